import { describe, expect, it } from 'vitest';
import { parseRotationId, rotateSample, rotationId, sampleById } from '../../suites/rotation.js';
import type { Sample } from '../../suites/types.js';

const sample: Sample = { id: 'hc-001', input: 'Q', choices: ['甲', '乙', '丙', '丁'], target: 'B', category: 'c', metadata: { x: 1 } };

describe('rotateSample', () => {
  it('rotation 0 is the sample itself', () => {
    expect(rotateSample(sample, 0)).toBe(sample);
  });

  it('shifts the options left and moves the target letter with its option', () => {
    expect(rotateSample(sample, 1)).toEqual({ ...sample, id: 'hc-001@r1of4', choices: ['乙', '丙', '丁', '甲'], target: 'A' });
    expect(rotateSample(sample, 2)).toMatchObject({ id: 'hc-001@r2of4', choices: ['丙', '丁', '甲', '乙'], target: 'D' });
    expect(rotateSample(sample, 3)).toMatchObject({ id: 'hc-001@r3of4', choices: ['丁', '甲', '乙', '丙'], target: 'C' });
  });

  it('puts the correct option under every letter once over all rotations', () => {
    const letters = [0, 1, 2, 3].map((rotation) => rotateSample(sample, rotation).target);
    expect([...letters].sort()).toEqual(['A', 'B', 'C', 'D']);
    for (const rotation of [0, 1, 2, 3]) {
      const rotated = rotateSample(sample, rotation);
      const index = 'ABCD'.indexOf(String(rotated.target));
      expect(rotated.choices?.[index]).toBe('乙');
    }
  });

  it('moves every letter of a multi-answer target, sorted', () => {
    expect(rotateSample({ ...sample, target: 'AC' }, 1).target).toBe('BD');
    expect(rotateSample({ ...sample, target: 'AD' }, 1).target).toBe('CD');
  });

  it('keeps an unlabelled sample unlabelled', () => {
    const { target: _target, ...unlabelled } = sample;
    expect(rotateSample(unlabelled, 1)).not.toHaveProperty('target');
  });

  it('refuses a rotation beyond the options', () => {
    expect(() => rotateSample(sample, 4)).toThrow(RangeError);
  });
});

describe('rotation ids', () => {
  it('round-trip, and plain ids are rotation 0', () => {
    expect(rotationId('a', 0, 4)).toBe('a');
    expect(parseRotationId(rotationId('a@b', 3, 4))).toEqual({ baseId: 'a@b', rotation: 3, rotations: 4 });
    expect(parseRotationId('a')).toBeUndefined();
    expect(parseRotationId('a@r0of4')).toBeUndefined();
    expect(parseRotationId('a@r4of4')).toBeUndefined();
  });
});

describe('sampleById', () => {
  const samples = new Map([[sample.id, sample]]);

  it('finds a data sample, and a rotation as that rotation of it', () => {
    expect(sampleById(samples, 'hc-001')).toBe(sample);
    expect(sampleById(samples, 'hc-001@r1of4')).toEqual(rotateSample(sample, 1));
  });

  it('finds nothing for a gone sample or one whose options changed in number', () => {
    expect(sampleById(samples, 'hc-002@r1of4')).toBeUndefined();
    expect(sampleById(samples, 'hc-001@r1of3')).toBeUndefined();
  });
});
