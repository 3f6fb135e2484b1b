import { basename } from 'node:path';
import type { ChatMessage } from '../../adapters/types.js';
import { askedForms } from '../../runners/circular.js';
import { countSamples } from '../../suites/loader.js';
import { renderPrompt } from '../../suites/render.js';
import { DEFAULT_LANGUAGE, defaultTemplate } from '../../suites/templates.js';
import type { Suite } from '../../suites/types.js';

/** `pingce suites show`: what a suite is and how it asks, without running it. */
export async function describeSuite(suite: Suite): Promise<string> {
  const language = suite.prompt.language ?? DEFAULT_LANGUAGE;
  const isDefault = suite.prompt.template === defaultTemplate(suite.task, language);
  const rows: [string, string][] = [
    ['file', suite.file],
    ['data', `${suite.dataFile} (${await countSamples(suite)} items)`],
    ['domain', suite.domain],
    ['task', suite.task],
    ['license', suite.license],
    ['scorers', suite.scorers.map((scorer) => (scorer.options ? `${scorer.id} ${JSON.stringify(scorer.options)}` : scorer.id)).join(', ')],
    ['repeats', String(suite.repeats ?? 1)],
    ['circular', suite.circular ? 'yes: every item is asked under each rotation of its options' : 'no'],
    ['language', language],
  ];
  if (suite.fewShot) {
    const order = suite.fewShot.seed === undefined ? 'the first k in file order' : `chosen by seeded hash (seed ${suite.fewShot.seed})`;
    rows.push(['few-shot', `k = ${suite.fewShot.k} of ${suite.exemplars.length} exemplars in ${basename(suite.fewShot.file)}, ${order}`]);
  }
  rows.push(['hash', suite.hash], ['promptHash', suite.promptHash]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [`${suite.id}@${suite.version}  ${suite.title}`];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value}`);
  if (suite.prompt.system !== undefined) lines.push(`  system:`, indent(suite.prompt.system, 4));
  lines.push(`  template${isDefault ? ` (pingce's default for ${suite.task}, ${language})` : ''}:`, indent(suite.prompt.template, 4));
  return `${lines.join('\n')}\n`;
}

/**
 * The exact messages of the first `count` samples, as the plan asks them (every
 * rotation in a circular suite), role by role. An endpoint's `systemRole`
 * mapping is applied later, by its adapter, and is not shown here.
 */
export async function renderSamples(suite: Suite, count: number): Promise<string> {
  const lines: string[] = [];
  let shown = 0;
  for await (const sample of suite.samples()) {
    if (shown >= count) break;
    shown += 1;
    for (const asked of askedForms(suite, sample)) {
      const target = asked.target === undefined ? '' : `  target ${JSON.stringify(asked.target)}`;
      lines.push('', `── ${asked.id}${target} ──`);
      let messages: ChatMessage[];
      try {
        messages = renderPrompt(suite, asked);
      } catch (error) {
        lines.push(`(cannot render: ${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      for (const message of messages) lines.push(`[${message.role}]`, message.content);
    }
  }
  return `${lines.join('\n')}\n`;
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(spaces)}${line}`))
    .join('\n');
}
