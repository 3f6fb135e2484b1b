import { CHOICE_LETTERS } from './choices.js';
import type { Sample } from './types.js';

/**
 * CircularEval's rotations of a multiple-choice sample. Rotation r shows the
 * options shifted left by r (with 4 options, rotation 1 shows B C D A), so over
 * all rotations the correct option sits once under every letter: a model that
 * guesses by position cannot be right under all of them.
 */

/** `hc-001@r2of4`: rotation 2 of 4. Rotation 0 keeps the plain id, so it lines up with a non-circular run. */
const ROTATION_ID = /^(.+)@r(\d+)of(\d+)$/;

export interface RotationRef {
  /** The sample's id in the data file. */
  readonly baseId: string;
  readonly rotation: number;
  /** How many rotations the sample has (its number of options). */
  readonly rotations: number;
}

export function rotationId(id: string, rotation: number, rotations: number): string {
  return rotation === 0 ? id : `${id}@r${rotation}of${rotations}`;
}

/** The rotation an id names, or undefined for a plain id (rotation 0, or a sample of a non-circular suite). */
export function parseRotationId(id: string): RotationRef | undefined {
  const match = ROTATION_ID.exec(id);
  if (!match) return undefined;
  const rotation = Number(match[2]);
  const rotations = Number(match[3]);
  if (rotation < 1 || rotation >= rotations) return undefined;
  return { baseId: match[1] ?? '', rotation, rotations };
}

/** Whether a data id would be mistaken for a rotation's id (the loader rejects these in circular suites). */
export function looksLikeRotationId(id: string): boolean {
  return ROTATION_ID.test(id);
}

/**
 * The sample as rotation `rotation` asks it: options shifted left, the target's
 * letters moved with their options (sorted, as the multiple-choice scorer
 * compares them), and the rotation in the id. Rotation 0 is the sample itself.
 */
export function rotateSample(sample: Sample, rotation: number): Sample {
  const choices = sample.choices ?? [];
  const count = choices.length;
  if (rotation === 0 || count === 0) return sample;
  if (!Number.isInteger(rotation) || rotation < 0 || rotation >= count) throw new RangeError(`rotation ${rotation} of a sample with ${count} options`);
  const rotated = choices.map((_choice, index) => choices[(index + rotation) % count] ?? '');
  const target = typeof sample.target === 'string' ? rotateLetters(sample.target, rotation, count) : sample.target;
  return {
    ...sample,
    id: rotationId(sample.id, rotation, count),
    choices: rotated,
    ...(target === undefined ? {} : { target }),
  };
}

/** Option at old position j is shown at (j − r) mod n. */
function rotateLetters(letters: string, rotation: number, count: number): string {
  return [...letters]
    .map((letter) => {
      const index = CHOICE_LETTERS.indexOf(letter);
      return index < 0 || index >= count ? letter : (CHOICE_LETTERS[(index - rotation + count) % count] ?? letter);
    })
    .sort()
    .join('');
}

/**
 * A sample by the id a run stored (the store keeps ids, not samples): a
 * rotation's id gives that rotation of its data sample, so rescoring checks it
 * against the rotated key and breakdowns find its metadata. Undefined when the
 * sample is gone or its options changed in number.
 */
export function sampleById(samples: ReadonlyMap<string, Sample>, id: string): Sample | undefined {
  const direct = samples.get(id);
  if (direct !== undefined) return direct;
  const ref = parseRotationId(id);
  const base = ref === undefined ? undefined : samples.get(ref.baseId);
  if (ref === undefined || base === undefined || base.choices?.length !== ref.rotations) return undefined;
  return rotateSample(base, ref.rotation);
}
