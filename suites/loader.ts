import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { deepFreeze } from '../common/freeze.js';
import { hashValue, unitInterval } from '../common/hash.js';
import { describeSchemaErrors, formatPath, schemaValidator } from '../common/schema.js';
import { readLocatedYaml, validateLocated, type LocatedYaml } from '../common/yaml-document.js';
import { checkSample, type SampleRules } from './checks.js';
import { SuiteError } from './errors.js';
import { SampleIdHashes } from './sample-ids.js';
import { templateFields } from './render.js';
import { TASK_KINDS, defaultTemplate, tasksWithDefaultTemplate } from './templates.js';
import type { FewShotSpec, PromptLanguage, PromptSpec, Sample, ScorerSpec, Suite, SuiteDefinition, Domain, TaskKind } from './types.js';

interface RawSuite {
  id: string;
  version: string;
  title: string;
  description?: string;
  domain: Domain;
  task: TaskKind;
  license: string;
  provenance?: string;
  data: string;
  prompt: { system?: string; template?: string; language?: PromptLanguage };
  fewShot?: FewShotSpec;
  scorers: (string | ScorerSpec)[];
  repeats?: number;
  circular?: boolean;
}

/** A data line and where it is, for messages that name the line. */
export interface LocatedSample {
  readonly sample: Sample;
  readonly line: number;
}

const TEMPLATE_FIELDS = new Set(['input', 'choices', 'id', 'category', 'target']);

/** Loads and validates one suite file. Data lines are validated as they stream. */
export async function loadSuite(file: string): Promise<Suite> {
  const path = resolve(file);
  const makeError = (location: ConstructorParameters<typeof SuiteError>[0], message: string, cause?: unknown) => new SuiteError(location, message, { cause });
  const yaml = readLocatedYaml(path, makeError);
  checkTaskRules(yaml);
  validateLocated(yaml, schemaValidator('suite'), makeError);
  const raw = yaml.value as RawSuite;
  const prompt = effectivePrompt(raw, yaml);

  const templates: [readonly string[], string | undefined][] = [
    [['prompt', 'system'], prompt.system],
    [['prompt', 'template'], prompt.template],
    [['fewShot', 'answerTemplate'], raw.fewShot?.answerTemplate],
  ];
  for (const [path, template] of templates) {
    for (const field of templateFields(template ?? '')) {
      if (!TEMPLATE_FIELDS.has(field) && !field.startsWith('metadata.')) {
        throw new SuiteError(yaml.locate(path), `unknown template field {{${field}}}; use one of ${[...TEMPLATE_FIELDS].join(', ')} or metadata.NAME`);
      }
    }
  }

  if (raw.circular && !templateFields(prompt.template).includes('choices')) {
    throw new SuiteError(yaml.locate(['prompt', 'template']), 'circular: true rotates the options, so the template must show them with {{choices}}');
  }

  const baseDir = dirname(path);
  const dataFile = resolve(baseDir, raw.data);
  if (!existsSync(dataFile) || !statSync(dataFile).isFile()) throw new SuiteError(yaml.locate(['data']), `data file not found: ${dataFile}`);
  const scorers: ScorerSpec[] = raw.scorers.map((spec) => (typeof spec === 'string' ? { id: spec } : spec));

  let exemplars: Sample[] = [];
  let fewShotHash = '';
  if (raw.fewShot) {
    const fewShotFile = resolve(baseDir, raw.fewShot.file);
    if (!existsSync(fewShotFile)) throw new SuiteError(yaml.locate(['fewShot', 'file']), `few-shot file not found: ${fewShotFile}`);
    const text = readFileSync(fewShotFile, 'utf8');
    fewShotHash = createHash('sha256').update(text).digest('hex');
    exemplars = parseJsonlText(text, fewShotFile, { task: raw.task });
    if (exemplars.length < raw.fewShot.k) {
      throw new SuiteError(yaml.locate(['fewShot', 'k']), `k is ${raw.fewShot.k} but ${fewShotFile} has only ${exemplars.length} exemplars`);
    }
    if (raw.fewShot.seed !== undefined) exemplars = seededOrder(exemplars, raw.fewShot.seed);
  }

  const dataHash = await hashFile(dataFile);
  // The template in effect is hashed, so a change to pingce's default template changes the hash of the suites using it.
  const definitionForHash = { ...raw, prompt, data: undefined, scorers };
  const rules: SampleRules = { task: raw.task, ...(raw.circular ? { circular: true } : {}) };
  const definition: SuiteDefinition = {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    domain: raw.domain,
    task: raw.task,
    license: raw.license,
    ...(raw.provenance === undefined ? {} : { provenance: raw.provenance }),
    prompt,
    ...(raw.fewShot === undefined ? {} : { fewShot: raw.fewShot }),
    scorers,
    ...(raw.repeats === undefined ? {} : { repeats: raw.repeats }),
    ...(raw.circular ? { circular: true } : {}),
    file: path,
    dataFile,
    hash: hashValue({ definition: definitionForHash, data: dataHash, fewShot: fewShotHash }),
    promptHash: hashValue({
      prompt,
      fewShot: raw.fewShot ?? null,
      exemplars: exemplars.slice(0, raw.fewShot?.k ?? 0),
      // Rotations change what the model is shown. Absent when false, so older suites keep their hash.
      ...(raw.circular ? { circular: true } : {}),
    }),
    exemplars,
  };
  return deepFreeze({ ...definition, samples: () => streamSamples(dataFile, rules) });
}

/**
 * Checks the schema expresses only as if/then, first, so the message says what
 * to do (the schema's own would read "must match \"then\" schema").
 */
function checkTaskRules(yaml: LocatedYaml): void {
  const value = yaml.value;
  if (!isRecord(value)) return;
  const task = value['task'];
  if (typeof task !== 'string' || !(TASK_KINDS as readonly string[]).includes(task)) return;
  const prompt = value['prompt'];
  if (isRecord(prompt) && prompt['template'] === undefined && defaultTemplate(task as TaskKind) === undefined) {
    throw new SuiteError(yaml.locate(['prompt']), `task ${task} has no default template: write prompt.template (pingce has defaults for ${tasksWithDefaultTemplate().join(', ')})`);
  }
  if (value['circular'] === true && task !== 'multiple-choice') {
    throw new SuiteError(yaml.locate(['circular']), `circular: true needs task multiple-choice (options to rotate), not ${task}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The prompt as sent: the suite's template, or pingce's default for the task and language. */
function effectivePrompt(raw: RawSuite, yaml: LocatedYaml): PromptSpec {
  const template = raw.prompt.template ?? defaultTemplate(raw.task, raw.prompt.language);
  if (template === undefined) throw new SuiteError(yaml.locate(['prompt', 'template']), `task ${raw.task} has no default template: write prompt.template`);
  return { ...raw.prompt, template };
}

/**
 * Exemplars in the order of a seeded hash of their ids: the same on every machine,
 * and adding an exemplar to the file moves it in but never reorders the others.
 */
function seededOrder(exemplars: readonly Sample[], seed: number): Sample[] {
  return exemplars
    .map((exemplar) => ({ exemplar, rank: unitInterval('few-shot', seed, exemplar.id) }))
    .sort((a, b) => a.rank - b.rank || (a.exemplar.id < b.exemplar.id ? -1 : 1))
    .map((entry) => entry.exemplar);
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Streams a JSONL file: one validated sample per non-blank line, never the whole file in memory. */
export async function* streamSamples(file: string, rules: SampleRules | TaskKind): AsyncIterable<Sample> {
  for await (const located of streamLocatedSamples(file, rules)) yield located.sample;
}

/** streamSamples with each sample's line number, for checks that name the line (suites validate). */
export async function* streamLocatedSamples(file: string, rules: SampleRules | TaskKind, options: { readonly idHashes?: () => SampleIdHashes } = {}): AsyncIterable<LocatedSample> {
  const checks = typeof rules === 'string' ? { task: rules } : rules;
  const input = createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  // Hashes, not the ids: a million-line file costs 16 MB here, not the ids themselves.
  const seen = options.idHashes?.() ?? new SampleIdHashes();
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      const sample = parseSampleLine(line, file, lineNumber, checks);
      if (!sample) continue;
      if (!seen.add(sample.id)) {
        // A hash seen before: confirm by re-reading the lines above (almost always a real duplicate).
        const first = await lineOfId(file, sample.id, lineNumber);
        if (first !== undefined) throw duplicateIdError(file, lineNumber, sample.id, first);
      }
      yield { sample, line: lineNumber };
    }
  } finally {
    // A reader that stops early (--limit, an abort, an error) closes readline but not the file.
    lines.close();
    input.destroy();
  }
}

function duplicateIdError(file: string, line: number, id: string, firstLine: number): SuiteError {
  return new SuiteError({ file, line, path: 'id' }, `duplicate sample id "${id}" (first on line ${firstLine})`);
}

/** The first line before `before` whose sample has this id; the lines above were already validated. */
async function lineOfId(file: string, id: string, before: number): Promise<number | undefined> {
  const input = createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (lineNumber >= before) return undefined;
      const text = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() === '') continue;
      if ((JSON.parse(text) as { id?: unknown }).id === id) return lineNumber;
    }
    return undefined;
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Same rules as streamSamples (line splitting, duplicate ids), for the small few-shot files. */
function parseJsonlText(text: string, file: string, rules: SampleRules): Sample[] {
  const samples: Sample[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const sample = parseSampleLine(line, file, index + 1, rules);
    if (!sample) return;
    const first = seen.get(sample.id);
    if (first !== undefined) throw duplicateIdError(file, index + 1, sample.id, first);
    seen.set(sample.id, index + 1);
    samples.push(sample);
  });
  return samples;
}

/** Parses and checks one JSONL line; blank lines yield undefined. */
export function parseSampleLine(line: string, file: string, lineNumber: number, rules: SampleRules | TaskKind): Sample | undefined {
  const text = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new SuiteError({ file, line: lineNumber }, `invalid JSON: ${(cause as Error).message}`, { cause });
  }
  const validate = schemaValidator('sample');
  if (!validate(value)) {
    const problem = describeSchemaErrors(validate.errors)[0];
    throw new SuiteError({ file, line: lineNumber, path: problem ? formatPath(problem.path) : undefined }, problem?.message ?? 'invalid sample');
  }
  const sample = value as Sample;
  checkSample(sample, file, lineNumber, typeof rules === 'string' ? { task: rules } : rules);
  return sample;
}

/** Streams a suite's data to the end: validates every line and counts the samples. An empty suite is an error. */
export async function countSamples(suite: Suite): Promise<number> {
  let count = 0;
  for await (const _sample of suite.samples()) count += 1;
  if (count === 0) throw new SuiteError({ file: suite.dataFile }, `suite "${suite.id}" has no samples`);
  return count;
}
