import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { deepFreeze } from '../common/freeze.js';
import { hashValue } from '../common/hash.js';
import { describeSchemaErrors, formatPath, schemaValidator } from '../common/schema.js';
import { readLocatedYaml, validateLocated } from '../common/yaml-document.js';
import { SuiteError } from './errors.js';
import { CHOICE_LETTERS, templateFields } from './render.js';
import type { FewShotSpec, PromptSpec, Sample, ScorerSpec, Suite, SuiteDefinition, Domain, TaskKind } from './types.js';

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
  prompt: PromptSpec;
  fewShot?: FewShotSpec;
  scorers: (string | ScorerSpec)[];
  repeats?: number;
}

const TEMPLATE_FIELDS = new Set(['input', 'choices', 'id', 'category', 'target']);

/** Loads and validates one suite file. Data lines are validated as they stream. */
export async function loadSuite(file: string): Promise<Suite> {
  const path = resolve(file);
  const makeError = (location: ConstructorParameters<typeof SuiteError>[0], message: string, cause?: unknown) => new SuiteError(location, message, { cause });
  const yaml = readLocatedYaml(path, makeError);
  validateLocated(yaml, schemaValidator('suite'), makeError);
  const raw = yaml.value as RawSuite;

  const templates: [readonly string[], string | undefined][] = [
    [['prompt', 'system'], raw.prompt.system],
    [['prompt', 'template'], raw.prompt.template],
    [['fewShot', 'answerTemplate'], raw.fewShot?.answerTemplate],
  ];
  for (const [path, template] of templates) {
    for (const field of templateFields(template ?? '')) {
      if (!TEMPLATE_FIELDS.has(field) && !field.startsWith('metadata.')) {
        throw new SuiteError(yaml.locate(path), `unknown template field {{${field}}}; use one of ${[...TEMPLATE_FIELDS].join(', ')} or metadata.NAME`);
      }
    }
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
    exemplars = parseJsonlText(text, fewShotFile, raw.task);
    if (exemplars.length < raw.fewShot.k) {
      throw new SuiteError(yaml.locate(['fewShot', 'k']), `k is ${raw.fewShot.k} but ${fewShotFile} has only ${exemplars.length} exemplars`);
    }
  }

  const dataHash = await hashFile(dataFile);
  const definitionForHash = { ...raw, data: undefined, scorers };
  const definition: SuiteDefinition = {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    domain: raw.domain,
    task: raw.task,
    license: raw.license,
    ...(raw.provenance === undefined ? {} : { provenance: raw.provenance }),
    prompt: raw.prompt,
    ...(raw.fewShot === undefined ? {} : { fewShot: raw.fewShot }),
    scorers,
    ...(raw.repeats === undefined ? {} : { repeats: raw.repeats }),
    file: path,
    dataFile,
    hash: hashValue({ definition: definitionForHash, data: dataHash, fewShot: fewShotHash }),
    promptHash: hashValue({ prompt: raw.prompt, fewShot: raw.fewShot ?? null, exemplars: exemplars.slice(0, raw.fewShot?.k ?? 0) }),
    exemplars,
  };
  return deepFreeze({ ...definition, samples: () => streamSamples(dataFile, raw.task) });
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Streams a JSONL file: one validated sample per non-blank line, never the whole file in memory. */
export async function* streamSamples(file: string, task: TaskKind): AsyncIterable<Sample> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const seen = new Set<string>();
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const sample = parseSampleLine(line, file, lineNumber, task);
    if (!sample) continue;
    if (seen.has(sample.id)) throw new SuiteError({ file, line: lineNumber, path: 'id' }, `duplicate sample id "${sample.id}"`);
    seen.add(sample.id);
    yield sample;
  }
}

/** Same rules as streamSamples (line splitting, duplicate ids), for the small few-shot files. */
function parseJsonlText(text: string, file: string, task: TaskKind): Sample[] {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const sample = parseSampleLine(line, file, index + 1, task);
    if (!sample) return;
    if (seen.has(sample.id)) throw new SuiteError({ file, line: index + 1, path: 'id' }, `duplicate sample id "${sample.id}"`);
    seen.add(sample.id);
    samples.push(sample);
  });
  return samples;
}

/** Parses and checks one JSONL line; blank lines yield undefined. */
export function parseSampleLine(line: string, file: string, lineNumber: number, task: TaskKind): Sample | undefined {
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
  if (task === 'multiple-choice') checkMultipleChoice(sample, file, lineNumber);
  return sample;
}

function checkMultipleChoice(sample: Sample, file: string, line: number): void {
  if (!sample.choices) throw new SuiteError({ file, line, path: 'choices' }, `multiple-choice sample "${sample.id}" has no choices`);
  if (sample.target === undefined) return; // unlabelled (submit-only) items are allowed
  const offered = CHOICE_LETTERS.slice(0, sample.choices.length);
  const letters = typeof sample.target === 'string' ? sample.target : '';
  if (letters === '' || [...letters].some((letter) => !offered.includes(letter))) {
    throw new SuiteError({ file, line, path: 'target' }, `target ${JSON.stringify(sample.target)} of sample "${sample.id}" is not among the offered options ${offered}`);
  }
}

/** Streams a suite's data to the end: validates every line and counts the samples. An empty suite is an error. */
export async function countSamples(suite: Suite): Promise<number> {
  let count = 0;
  for await (const _sample of suite.samples()) count += 1;
  if (count === 0) throw new SuiteError({ file: suite.dataFile }, `suite "${suite.id}" has no samples`);
  return count;
}
