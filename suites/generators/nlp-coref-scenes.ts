import type { Category, Ctx } from './nlp-core.js';
import type { Scene } from './nlp-coref-kit.js';
import { claim, dispute, handover, inspection, outpatient, signing } from './nlp-coref-scenes-a.js';
import { audit, consultation, crossing, noise, parkingFee, transfer } from './nlp-coref-scenes-b.js';

export type { Anaphor, Mention, MentionKind, Scene } from './nlp-coref-kit.js';

/** Three scenes per domain; a text is one scene with one of its anaphors (nlp-coref.ts). */
export const SCENES: Readonly<Record<Category, readonly ((ctx: Ctx) => Scene)[]>> = {
  'medical-record': [outpatient, handover, claim],
  'construction-contract': [signing, dispute, inspection],
  'public-opinion': [noise, parkingFee, crossing],
  'technical-archive': [consultation, transfer, audit],
};
