import { PingceError, UsageError } from '../../common/errors.js';
import { describeSchemaErrors, formatPath, schemaValidator } from '../../common/schema.js';
import { workerScorer } from '../../scoring/judge/worker-scorer.js';
import { SuiteError } from '../errors.js';
import { parseSampleLine } from '../loader.js';
import { templateFields } from '../render.js';
import type { Sample, Suite } from '../types.js';
import type { ImportedSuite, LocatedSample, SuiteSpec } from './types.js';

/**
 * An imported suite gets the checks the loader makes on a suite file — before anything is
 * written, so that problems name the source file and line rather than a temporary copy.
 */
export function validateImported(suite: ImportedSuite, body: Record<string, unknown>, file: string): { samples: Sample[]; exemplars: Sample[] } {
  checkDefinition(body, file);
  checkScorers(suite.spec);
  return { samples: suite.samples.map((entry) => checked(entry, suite.spec.task)), exemplars: suite.exemplars.map((entry) => checked(entry, suite.spec.task)) };
}

/** The checks loadSuite makes on a YAML file, made on the in-memory definition. */
export function checkDefinition(body: Record<string, unknown>, file: string): void {
  const validate = schemaValidator('suite');
  if (!validate(body)) {
    const problem = describeSchemaErrors(validate.errors)[0];
    throw new SuiteError({ file, path: problem ? formatPath(problem.path) : undefined }, problem?.message ?? 'invalid suite definition');
  }
  const prompt = body['prompt'] as { system?: string; template: string };
  const fewShot = body['fewShot'] as { answerTemplate?: string } | undefined;
  for (const template of [prompt.system, prompt.template, fewShot?.answerTemplate]) {
    for (const field of templateFields(template ?? '')) {
      if (!['input', 'choices', 'id', 'category', 'target'].includes(field) && !field.startsWith('metadata.')) throw new SuiteError({ file, path: 'prompt' }, `unknown template field {{${field}}}`);
    }
  }
}

/**
 * Builds each scorer the suite names, as a run's workers will. Loading a suite does not,
 * and a scorer a worker cannot build stops a run mid-way; an import must not produce
 * such a suite (a typo in `--option scorers=`, or `refusal` before this build has it).
 */
export function checkScorers(spec: SuiteSpec): void {
  for (const scorer of spec.scorers) {
    const entry = typeof scorer === 'string' ? { id: scorer } : scorer;
    try {
      workerScorer(entry);
    } catch (error) {
      const reason = error instanceof PingceError ? error.message : String(error);
      throw new UsageError('IMPORT_SCORER', `suite "${spec.id}" needs scorer "${entry.id}", which this pingce build cannot create: ${reason}`, { cause: error });
    }
  }
}

/** Each item passes the same per-line checks as a JSONL line, with errors naming the source file and line. */
function checked(entry: LocatedSample, task: Suite['task']): Sample {
  const sample = parseSampleLine(JSON.stringify(entry.sample), entry.at.file, entry.at.line, task);
  if (!sample) throw new SuiteError(entry.at, 'empty item');
  return sample;
}
