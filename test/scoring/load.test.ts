import { describe, expect, it } from 'vitest';
import { createScorer, scorerIds } from '../../scoring/index.js';
import { workerScorer } from '../../scoring/judge/worker-scorer.js';
import { loadableScorerIds, loadScorer, loadWorkerScorer } from '../../scoring/load.js';
import type { ExtractedOutput } from '../../scoring/types.js';
import type { ScorerSpec } from '../../suites/types.js';

const OUTPUT: ExtractedOutput = { raw: '答案：B', answerText: '答案：B' };

/** What createScorer (sync, every module) and loadScorer (one module, on demand) make of a spec. */
async function both(spec: ScorerSpec) {
  let eager: unknown;
  let lazy: unknown;
  try {
    eager = createScorer(spec)({ id: 'q', input: 'x', target: 'B', choices: ['a', 'b'] }, OUTPUT);
  } catch (error) {
    eager = (error as Error).message;
  }
  try {
    lazy = (await loadScorer(spec))({ id: 'q', input: 'x', target: 'B', choices: ['a', 'b'] }, OUTPUT);
  } catch (error) {
    lazy = (error as Error).message;
  }
  return { eager, lazy };
}

describe('scoring/load (scorers loaded on demand)', () => {
  it('knows exactly the ids index.ts registers', () => {
    expect(loadableScorerIds()).toEqual(scorerIds());
  });

  it('builds each scorer as createScorer does: same scores, same option errors', async () => {
    for (const id of scorerIds()) {
      const { eager, lazy } = await both({ id });
      expect(lazy, id).toEqual(eager);
    }
    const bad = await both({ id: 'multiple-choice', options: { nope: true } });
    expect(bad.lazy).toEqual(bad.eager);
  });

  it('names an unknown scorer the same way, with a suggestion', async () => {
    const { eager, lazy } = await both({ id: 'multiple-choise' });
    expect(lazy).toEqual(eager);
    expect(lazy).toMatch(/unknown scorer "multiple-choise".*multiple-choice/);
  });

  it('treats judge specs as workerScorer does', async () => {
    const judge: ScorerSpec = { id: 'judge', options: { model: 'j', rubric: 'r' } };
    const sample = { id: 'q', input: 'x', target: 'B' };
    expect((await loadWorkerScorer(judge))(sample, OUTPUT)).toEqual(workerScorer(judge)(sample, OUTPUT));
    const cascade: ScorerSpec = { id: 'cascade', options: { model: 'j', rubric: 'r', rule: { id: 'exact-match' } } };
    expect((await loadWorkerScorer(cascade))(sample, OUTPUT)).toEqual(workerScorer(cascade)(sample, OUTPUT));
  });
});
