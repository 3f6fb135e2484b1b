import { Agent, request } from 'node:http';
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
 * `node dist/bench/reference-client.js --base-url URL/v1 --suite DIR --concurrency N [--transport sdk|http]`.
 * `--transport http` swaps the SDK for a bare keep-alive `node:http` POST (written
 * here, not pingce's): the cheapest client this machine can run, and so the real
 * ceiling once pingce no longer uses the SDK. Prints one JSON line: `{ items, errors, loopMs }`.
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
const transport = stringFlag('--transport') ?? 'sdk';
if (transport !== 'sdk' && transport !== 'http') throw new Error('--transport is sdk or http');

const prompts: ChatMessage[][] = [];
for (const suite of await resolveSuites([suiteDir], process.cwd())) {
  for await (const sample of suite.samples()) prompts.push(renderPrompt(suite, sample));
}

const client = new OpenAI({ apiKey: 'unused', baseURL, maxRetries: 0 });
const agent = new Agent({ keepAlive: true });
const chatUrl = `${baseURL.replace(/\/+$/, '')}/chat/completions`;

/** One POST, the body read whole and parsed; a non-2xx status is an error, as in the SDK. */
function bareCreate(body: unknown): Promise<unknown> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const outgoing = request(chatUrl, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 299) reject(new Error(`HTTP ${status}`));
        else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const create = transport === 'http' ? bareCreate : (body: { model: string; messages: ChatMessage[] }) => client.chat.completions.create(body);
const limit = pLimit(concurrency);
let errors = 0;
const started = performance.now();
await Promise.all(
  prompts.map((messages) =>
    limit(async () => {
      try {
        await create({ model: MODEL, messages });
      } catch {
        errors += 1;
      }
    }),
  ),
);
const result: ReferenceClientResult = { items: prompts.length, errors, loopMs: performance.now() - started };
process.stdout.write(`${JSON.stringify(result)}\n`);
