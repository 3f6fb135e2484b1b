import { didYouMean } from '../../common/did-you-mean.js';
import { PingceError } from '../../common/errors.js';
import { SuiteError } from '../../suites/errors.js';
import { parseJudgeSpec } from '../../scoring/judge/specs.js';
import { loadWorkerScorer } from '../../scoring/load.js';
import type { Suite } from '../../suites/types.js';

/**
 * Every scorer a suite names must build (known id, valid options), and every
 * judge it names must be a model of the run (a `judges:` entry or a candidate):
 * checked before anything runs, so a bad suite exits 2 instead of failing in a worker.
 */
export async function checkScorers(suites: readonly Suite[], modelIds: readonly string[]): Promise<void> {
  for (const suite of suites) {
    for (const [index, scorer] of suite.scorers.entries()) {
      const where = { file: suite.file, path: `scorers[${index}]` };
      let spec;
      try {
        // Loads only the scorers the suites name (not ajv, OpenCC, … for a multiple-choice run).
        await loadWorkerScorer(scorer);
        spec = parseJudgeSpec(scorer);
      } catch (error) {
        throw new SuiteError(where, error instanceof PingceError ? error.message : String(error), { cause: error });
      }
      if (spec && !modelIds.includes(spec.model)) {
        throw new SuiteError(where, `scorer "${scorer.id}" names the judge model "${spec.model}", which is not in the config's judges or models${didYouMean(spec.model, modelIds)}`);
      }
    }
  }
}
