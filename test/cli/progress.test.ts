import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../cli/progress.js';
import { item } from '../helpers/fixtures.js';

describe('createProgressReporter', () => {
  it('prints items, errors, retries and rate at most once per interval', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = createProgressReporter((line) => lines.push(line), 1000, () => clock);
    report({ type: 'run-started', total: undefined });
    clock = 500;
    report({ type: 'item-finished', result: item('a', 1) });
    expect(lines).toHaveLength(0);
    report({ type: 'item-retry', key: 'k', attempt: 1, delayMs: 10, error: { kind: 'transient', message: '503' } });
    clock = 2000;
    report({ type: 'item-finished', result: item('b', 'error') });
    clock = 2100;
    report({ type: 'item-finished', result: item('c', 0) });
    expect(lines).toEqual(['… 2 items done, 1 errors, 1 retries, 1.0 items/s\n']);
  });
});
