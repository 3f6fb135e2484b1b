import { didYouMean } from '../../common/did-you-mean.js';
import { PingceError } from '../../common/errors.js';
import { SuiteError } from '../../suites/errors.js';
import { parseJudgeSpec } from '../../scoring/judge/specs.js';
import type { Suite } from '../../suites/types.js';

/**
 * Every judge a suite names must be a model of the run (a `judges:` entry, or a
 * candidate model), and its options must be valid: checked before anything runs.
 */
export function checkJudges(suites: readonly Suite[], modelIds: readonly string[]): void {
  for (const suite of suites) {
    for (const scorer of suite.scorers) {
      let spec;
      try {
        spec = parseJudgeSpec(scorer);
      } catch (error) {
        throw new SuiteError({ file: suite.file, path: 'scorers' }, error instanceof PingceError ? error.message : String(error), { cause: error });
      }
      if (spec && !modelIds.includes(spec.model)) {
        throw new SuiteError({ file: suite.file, path: 'scorers' }, `scorer "${scorer.id}" names the judge model "${spec.model}", which is not in the config's judges or models${didYouMean(spec.model, modelIds)}`);
      }
    }
  }
}
