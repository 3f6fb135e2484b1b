import { dirname, relative, resolve } from 'node:path';
import { SuiteError, TemplateError } from './errors.js';
import { streamLocatedSamples } from './loader.js';
import { renderPrompt } from './render.js';
import type { Suite } from './types.js';

/** What `pingce suites validate` found beyond what loading checks. */
export interface DataReport {
  readonly items: number;
  /** `file:line (key): message`, one per problem that does not stop a run. */
  readonly warnings: readonly string[];
}

/**
 * Streams a suite's data once more, with line numbers, for the checks a run
 * does not make up front: every sample must render (a template field it lacks
 * would make that item an error in every run), and a sample that is also a
 * few-shot exemplar is reported, since its exemplar is skipped for it and the
 * file pair is usually a split mistake. The loader's own checks (schema, task
 * rules, duplicate ids) run on the way; the first error throws a SuiteError.
 */
export async function checkSuiteData(suite: Suite): Promise<DataReport> {
  const exemplarIds = new Set(suite.exemplars.map((exemplar) => exemplar.id));
  const fewShotFile = suite.fewShot ? resolve(dirname(suite.file), suite.fewShot.file) : undefined;
  const warnings: string[] = [];
  let items = 0;
  for await (const { sample, line } of streamLocatedSamples(suite.dataFile, { task: suite.task, ...(suite.circular ? { circular: true } : {}) })) {
    items += 1;
    try {
      renderPrompt(suite, sample);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      throw new SuiteError({ file: suite.dataFile, line }, error.message, { cause: error });
    }
    if (exemplarIds.has(sample.id)) {
      warnings.push(`${suite.dataFile}:${line} (id): sample "${sample.id}" is also an exemplar in ${relative(dirname(suite.dataFile), fewShotFile ?? '')}; it is not shown its own exemplar, but keep dev and test items apart`);
    }
  }
  if (items === 0) throw new SuiteError({ file: suite.dataFile }, `suite "${suite.id}" has no samples`);
  return { items, warnings };
}
