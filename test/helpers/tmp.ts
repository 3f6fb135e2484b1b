import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];
afterEach(() => {
  while (created.length > 0) rmSync(created.pop() ?? '', { recursive: true, force: true });
});

/** A temporary folder removed after the test; `write` puts files in it. */
export function tempDir(): { dir: string; write(relative: string, content: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'pingce-test-'));
  created.push(dir);
  return {
    dir,
    write(relative, content) {
      const file = join(dir, relative);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
  };
}
