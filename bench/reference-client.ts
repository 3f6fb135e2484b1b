import OpenAI from 'openai';
import type { ChatMessage } from '../adapters/types.js';
import pLimit from 'p-limit';
import { renderPrompt } from '../suites/render.js';
import { resolveSuites } from '../suites/resolve.js';
import { MODEL, numberFlag, stringFlag } from './util.js';

/**
 * The reference client: the official `openai` SDK in a bare p-limit loop, sending
 * the same prompts pingce sends, and nothing else (no scoring, no storage, no
 * retries). It is the yardstick for pingce's overhead. Run as a child process:
 * `node dist/bench/reference-client.js --base-url URL/v1 --suite DIR --concurrency N`.
 * Prints one JSON line: `{ items, errors, loopMs }`.
 */
export interface ReferenceClientResult {
  readonly items: number;
  readonly errors: number;
  /** From the first request sent to the last reply received, prompts already rendered. */
  readonly loopMs: number;
}

const baseURL = stringFlag('--base-url');
const suiteDir = stringFlag('--suite');
if (baseURL === undefined || suiteDir === undefined) throw new Error('usage: reference-client.js --base-url URL/v1 --suite DIR [--concurrency N]');
const concurrency = numberFlag('--concurrency', 50);

const prompts: ChatMessage[][] = [];
for (const suite of await resolveSuites([suiteDir], process.cwd())) {
  for await (const sample of suite.samples()) prompts.push(renderPrompt(suite, sample));
}

const client = new OpenAI({ apiKey: 'unused', baseURL, maxRetries: 0 });
const limit = pLimit(concurrency);
let errors = 0;
const started = performance.now();
await Promise.all(
  prompts.map((messages) =>
    limit(async () => {
      try {
        await client.chat.completions.create({ model: MODEL, messages });
      } catch {
        errors += 1;
      }
    }),
  ),
);
const result: ReferenceClientResult = { items: prompts.length, errors, loopMs: performance.now() - started };
process.stdout.write(`${JSON.stringify(result)}\n`);
