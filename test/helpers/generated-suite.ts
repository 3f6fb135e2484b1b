import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes an original synthetic multiple-choice suite of `count` arithmetic items; returns its folder. */
export function writeArithmeticSuite(dir: string, id: string, count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const a = (index * 7) % 97;
    const b = (index * 13) % 89;
    const right = a + b;
    const options = [right, right + 1, right - 1, right + 10];
    const shift = index % 4;
    const choices = options.map((_, position) => String(options[(position + 4 - shift) % 4]));
    lines.push(JSON.stringify({ id: `a${index}`, input: `${a} + ${b} = ?`, choices, target: 'ABCD'[shift], category: index % 2 ? 'odd' : 'even' }));
  }
  writeFileSync(join(dir, `${id}.jsonl`), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, `${id}.yaml`),
    [`id: ${id}`, 'version: 1.0.0', `title: ${id}`, 'domain: general', 'task: multiple-choice', 'license: Apache-2.0', `data: ${id}.jsonl`, 'prompt:', '  template: "{{input}}\\n{{choices}}\\n请只回答选项字母。"', 'scorers: [multiple-choice]', ''].join('\n'),
  );
  return dir;
}
