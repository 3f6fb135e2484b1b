import { resolve } from 'node:path';
import { detectRefusal, isUncertain } from '../../../scoring/refusal/detect.js';
import { loadLabelled, metrics, OUTCOMES, type LabelledItem } from './metrics.js';

/*
 * Not a test: prints the detector's figures on the labelled set for scoring/README.md (the
 * test asserts thresholds and prints nothing). Node 20 cannot run TypeScript, so compile it
 * first, from the repository root:
 *
 *   npx tsc --noCheck --outDir /tmp/refusal-report --rootDir . --module nodenext \
 *     --moduleResolution nodenext --target es2022 --skipLibCheck test/scoring/refusal/report.ts
 *   ln -sfn "$PWD/node_modules" /tmp/refusal-report/node_modules
 *   node /tmp/refusal-report/test/scoring/refusal/report.js --heldout
 *
 * Without flags it prints the dev split only: held-out figures are for reading once a
 * version is frozen. `--errors` lists misclassified dev items; `--heldout-errors` the
 * held-out ones (reading them turns that batch into tuning data: see LABELLING.md);
 * `--table` prints each dev item's outcome and content units.
 */

const items = loadLabelled(resolve('test/scoring/refusal/labelled.jsonl'));
const showErrors = process.argv.includes('--errors');
const showHeldOutErrors = process.argv.includes('--heldout-errors');

// Held-out figures only on request: they are read once the detector is frozen, never while tuning.
const sets = process.argv.includes('--heldout')
  ? ([
      ['dev', items.filter((item) => item.split === 'dev')],
      ['heldout', items.filter((item) => item.split === 'heldout')],
      ['heldout2', items.filter((item) => item.split === 'heldout2')],
      ['heldout3', items.filter((item) => item.split === 'heldout3')],
      ['heldout4', items.filter((item) => item.split === 'heldout4')],
      ['tuned', items.filter((item) => item.split !== 'heldout4')],
      ['all', items],
    ] as const)
  : ([['dev', items.filter((item) => item.split === 'dev')]] as const);
for (const [name, subset] of sets) {
  for (const lang of ['all', 'zh', 'en'] as const) {
    const chosen = subset.filter((item: LabelledItem) => lang === 'all' || item.lang === lang);
    const m = metrics(chosen.map((item) => ({ label: item.label, predicted: detectRefusal(item.text).outcome })));
    const pct = (x: number) => (x * 100).toFixed(1);
    process.stdout.write(
      `${name}/${lang} n=${m.n} acc=${pct(m.accuracy)} refusal P=${pct(m.refusal.precision)} R=${pct(m.refusal.recall)} | declined P=${pct(m.declined.precision)} R=${pct(m.declined.recall)} | partial P=${pct(m.partial.precision)} R=${pct(m.partial.recall)}\n`,
    );
    if (lang === 'all') {
      const results = chosen.map((item) => ({ item, result: detectRefusal(item.text) }));
      const uncertain = results.filter(({ result }) => isUncertain(result));
      const certain = results.filter(({ result }) => !isUncertain(result));
      const wrong = (list: typeof results) => list.filter(({ item, result }) => item.label !== result.outcome).length;
      process.stdout.write(`   uncertain=${uncertain.length} (errors ${wrong(uncertain)}) certain=${certain.length} (errors ${wrong(certain)})\n`);
      for (const label of OUTCOMES) process.stdout.write(`   ${label.padEnd(16)} ${OUTCOMES.map((p) => `${p}=${m.confusion[label][p]}`).join(' ')}\n`);
    }
  }
}

if (process.argv.includes('--table')) {
  for (const item of items.filter((entry) => entry.split === 'dev')) {
    const result = detectRefusal(item.text);
    const content = result.cues.find((cue) => cue.startsWith('content:')) ?? '';
    process.stdout.write(`${item.id}\t${item.label}\t${result.outcome}\t${content}\t${result.cues.some((cue) => cue.includes('.refuse.') || cue.includes('.deflect.') || cue.includes('scope')) ? 'strong' : '-'}\n`);
  }
}

for (const item of items) {
  if (item.split === 'dev' ? !showErrors : !showHeldOutErrors) continue;
  const result = detectRefusal(item.text);
  if (result.outcome !== item.label) {
    process.stdout.write(`\n${item.id} label=${item.label} got=${result.outcome} (${result.confidence}) ${result.cues.join(' ')}\n  ${item.text.slice(0, 160).replace(/\n/g, ' ')}\n`);
  }
}
