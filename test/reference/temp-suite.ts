import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSuite } from '../../suites/loader.js';
import type { Sample, Suite, TaskKind } from '../../suites/types.js';

export interface TempSuiteOptions {
  readonly id: string;
  readonly task: TaskKind;
  readonly samples: readonly Sample[];
  readonly system?: string;
  readonly template?: string;
  readonly fewShot?: { readonly exemplars: readonly Sample[]; readonly k: number };
}

export interface TempSuite {
  readonly suite: Suite;
  readonly samples: readonly Sample[];
  cleanup(): Promise<void>;
}

/** Writes a suite (YAML + JSONL) to a fresh temporary folder and loads it the way pingce does. */
export async function writeTempSuite(options: TempSuiteOptions): Promise<TempSuite> {
  const dir = await mkdtemp(join(tmpdir(), 'pingce-suite-'));
  const definition = {
    id: options.id,
    version: '1.0.0',
    title: `temporary ${options.id}`,
    domain: 'general',
    task: options.task,
    license: 'CC0-1.0',
    data: 'data.jsonl',
    prompt: {
      ...(options.system === undefined ? {} : { system: options.system }),
      template: options.template ?? (options.task === 'multiple-choice' ? '{{input}}\n{{choices}}\n请只回答选项字母。' : '{{input}}'),
    },
    ...(options.fewShot === undefined ? {} : { fewShot: { file: 'fewshot.jsonl', k: options.fewShot.k } }),
    scorers: ['exact-match'],
  };
  // JSON is valid YAML, and saves this helper a YAML writer.
  await writeFile(join(dir, 'suite.yaml'), JSON.stringify(definition, null, 2));
  await writeFile(join(dir, 'data.jsonl'), options.samples.map((sample) => JSON.stringify(sample)).join('\n') + '\n');
  if (options.fewShot) await writeFile(join(dir, 'fewshot.jsonl'), options.fewShot.exemplars.map((sample) => JSON.stringify(sample)).join('\n') + '\n');
  const suite = await loadSuite(join(dir, 'suite.yaml'));
  return { suite, samples: options.samples, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** `count` multiple-choice samples with four options and targets cycling through A–D. */
export function choiceSamples(count: number, prefix = 'q'): Sample[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${index + 1}`,
    input: `第${index + 1}题：下列哪一项是正确的？`,
    choices: [`选项甲${index}`, `选项乙${index}`, `选项丙${index}`, `选项丁${index}`],
    target: 'ABCD'[index % 4] ?? 'A',
  }));
}
