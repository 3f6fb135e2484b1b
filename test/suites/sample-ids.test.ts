import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamLocatedSamples, streamSamples } from '../../suites/loader.js';
import { SuiteError } from '../../suites/errors.js';
import { SampleIdHashes, hashId64, type IdHasher } from '../../suites/sample-ids.js';
import { caught, removeTempDirs, tempDir, writeFiles } from './helpers.js';

afterAll(removeTempDirs);

const line = (id: string) => JSON.stringify({ id, input: `题目 ${id}`, choices: ['1', '2'], target: 'A' });

/** Every id hashes alike: each new id looks like a duplicate until checked. */
const constantHasher: IdHasher = (_id, out) => {
  out[0] = 7;
  out[1] = 7;
};

function dataFile(lines: readonly string[]): string {
  const dir = tempDir();
  writeFiles(dir, { 'data.jsonl': `${lines.join('\n')}\n` });
  return join(dir, 'data.jsonl');
}

async function ids(stream: AsyncIterable<{ readonly sample: { readonly id: string } }>): Promise<string[]> {
  const out: string[] = [];
  for await (const { sample } of stream) out.push(sample.id);
  return out;
}

describe('SampleIdHashes', () => {
  it('says whether an id is new, past many doublings of its table', async () => {
    const set = new SampleIdHashes();
    for (let i = 0; i < 20_000; i += 1) expect(set.add(`id-${i}`)).toBe(true);
    expect(set.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 3) expect(set.add(`id-${i}`)).toBe(false);
    expect(set.add('id-20000')).toBe(true);
    expect(set.size).toBe(20_001);
  });

  it('stores an id whose hash is (0, 0), the empty-slot mark', () => {
    const set = new SampleIdHashes((id, out) => {
      out[0] = 0;
      out[1] = id === 'zero' ? 0 : 1;
    });
    expect(set.add('zero')).toBe(true);
    expect(set.add('zero')).toBe(false);
  });

  it('hashes deterministically to 64 bits that differ for near ids', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hashId64('ba-0000001', a);
    hashId64('ba-0000001', b);
    expect([...a]).toEqual([...b]);
    hashId64('ba-0000002', b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
    hashId64('题目-一', a);
    hashId64('题目-二', b);
    expect([...a]).not.toEqual([...b]);
  });
});

describe('duplicate sample ids while streaming', () => {
  it('reports a duplicate far down a file at its file:line, naming the first line', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => line(`q-${i}`));
    lines.push(line('q-1234'));
    const file = dataFile(lines);
    const error = await caught(() => ids(streamLocatedSamples(file, 'multiple-choice')));
    expect(error).toBeInstanceOf(SuiteError);
    expect(error.location).toMatchObject({ file, line: 3001, path: 'id' });
    expect(error.message.startsWith(`${file}:3001`)).toBe(true);
    expect(error.message).toContain('duplicate sample id "q-1234" (first on line 1235)');
  });

  it('confirms a shared hash by re-reading: different ids with one hash are not duplicates', async () => {
    const file = dataFile(['', line('a'), line('b'), '', line('c')]);
    const found = await ids(streamLocatedSamples(file, 'multiple-choice', { idHashes: () => new SampleIdHashes(constantHasher) }));
    expect(found).toEqual(['a', 'b', 'c']);
  });

  it('still reports a real duplicate when every id shares one hash, with a BOM and blank lines above', async () => {
    const file = dataFile([`\uFEFF${line('a')}`, '', line('b'), line('a')]);
    const error = await caught(() => ids(streamLocatedSamples(file, 'multiple-choice', { idHashes: () => new SampleIdHashes(constantHasher) })));
    expect(error.location).toMatchObject({ file, line: 4, path: 'id' });
    expect(error.message).toContain('duplicate sample id "a" (first on line 1)');
  });

  it('lets a reader stop early and read the file again', async () => {
    const file = dataFile(Array.from({ length: 100 }, (_, i) => line(`q-${i}`)));
    for (let round = 0; round < 3; round += 1) {
      let taken = 0;
      for await (const _sample of streamSamples(file, 'multiple-choice')) if (++taken === 2) break;
      expect(taken).toBe(2);
    }
    expect((await ids(streamLocatedSamples(file, 'multiple-choice'))).length).toBe(100);
  });
});
