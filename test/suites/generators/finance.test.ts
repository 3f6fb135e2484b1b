import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScorer, extractOutput } from '../../../scoring/index.js';
import { renderPrompt } from '../../../suites/render.js';
import type { Sample } from '../../../suites/types.js';
import { bundledSuites } from '../helpers.js';

// The generated finance suites: they load and validate, have the promised counts per
// category, state the answer format, key every item correctly (knowledge options,
// figures read back from the statement text, classifications re-derived from the rules)
// and score a right answer 1 and a wrong one 0.

const EXPECTED: Record<string, { task: string; categories: Record<string, number> }> = {
  'finance-calc': { task: 'numeric', categories: { 'equal-instalment': 12, 'equal-principal': 12, npv: 12, irr: 12, 'bond-price': 12, 'bond-yield': 12, 'bond-duration': 12, 'individual-income-tax': 12, vat: 12, 'compound-interest': 12, 'financial-ratios': 12, depreciation: 12 } },
  'finance-mcq': { task: 'multiple-choice', categories: { 'tax-bracket': 8, 'loan-comparison': 8, 'project-choice': 8, 'bond-valuation': 8, accounting: 8, 'tax-rules': 8, banking: 8, investment: 8 } },
  'finance-extract': { task: 'short-answer', categories: { 'statement-extraction': 16, 'cash-flow-classification': 16, 'approval-routing': 16 } },
  'finance-explain': { task: 'generation', categories: { 'loan-explanation': 4, 'tax-explanation': 4, 'investment-explanation': 4, 'bond-explanation': 4 } },
};

const get = bundledSuites('finance', Object.keys(EXPECTED));

const meta = (sample: Sample): Record<string, unknown> => (sample.metadata ?? {}) as Record<string, unknown>;

describe('generated finance suites', () => {
  it('hold at least 200 items together, mixing multiple choice, short answer, numeric and open-ended tasks', () => {
    const total = Object.keys(EXPECTED).reduce((sum, id) => sum + get(id).samples.length, 0);
    expect(total).toBe(272);
    expect(new Set(Object.keys(EXPECTED).map((id) => get(id).suite.task))).toEqual(new Set(['numeric', 'multiple-choice', 'short-answer', 'generation']));
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    describe(id, () => {
      it('is a versioned Apache-2.0 suite whose provenance names its generator and seed', () => {
        const { suite } = get(id);
        expect(suite.id).toBe(id);
        expect(suite.version).toBe('1.0.0');
        expect(suite.domain).toBe('finance');
        expect(suite.task).toBe(expected.task);
        expect(suite.license).toBe('Apache-2.0');
        expect(suite.provenance).toMatch(/^Original to pingce/);
        expect(suite.provenance).toContain(`suites/generators/${id}.ts`);
        expect(suite.provenance).toContain(`pingce-${id}-v1`);
        expect(readFileSync(suite.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/suite.schema.json');
      });

      it('has the promised items per category, unique ids, a category and a target on each', () => {
        const { samples } = get(id);
        const counts: Record<string, number> = {};
        for (const sample of samples) counts[sample.category ?? '?'] = (counts[sample.category ?? '?'] ?? 0) + 1;
        expect(counts).toEqual(expected.categories);
        expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
        expect(new Set(samples.map((sample) => sample.input)).size).toBe(samples.length);
        for (const sample of samples) {
          expect(sample.id).toMatch(/^fn[a-z]-\d{3}$/);
          expect(sample.target, sample.id).toBeDefined();
        }
      });

      it('renders every item with an answer-format instruction and no leftover placeholder', () => {
        const { suite, samples } = get(id);
        for (const sample of samples) {
          const text = renderPrompt(suite, sample).at(-1)?.content ?? '';
          expect(text, sample.id).not.toMatch(/\{\{/);
          expect(text, sample.id).toMatch(/只输出|只回答|必须写出/);
        }
      });

      it('scores the keyed answer 1 and a wrong answer 0 with every listed scorer', () => {
        const { suite, samples } = get(id);
        const scorers = suite.scorers.map((spec) => createScorer(spec));
        for (const sample of samples) {
          const targets = Array.isArray(sample.target) ? (sample.target as string[]) : [String(sample.target)];
          const right = expected.task === 'generation' ? `结论如下：${targets.join('；')}。` : (targets[0] ?? '');
          const wrong = expected.task === 'numeric' ? String((sample.target as number) + 1) : expected.task === 'multiple-choice' ? (sample.target === 'A' ? 'B' : 'A') : '无法判断';
          for (const scorer of scorers) {
            expect(scorer(sample, extractOutput(right)).value, `${sample.id} right`).toBe(1);
            expect(scorer(sample, extractOutput(wrong)).value, `${sample.id} wrong`).toBe(0);
          }
        }
      });
    });
  }
});

describe('finance-mcq', () => {
  it('has four distinct options per item and keys spread evenly over A–D', () => {
    const letters: Record<string, number> = {};
    for (const sample of get('finance-mcq').samples) {
      expect(new Set(sample.choices).size, sample.id).toBe(4);
      letters[String(sample.target)] = (letters[String(sample.target)] ?? 0) + 1;
    }
    expect(letters).toEqual({ A: 16, B: 16, C: 16, D: 16 });
  });

  it('keys each knowledge item to its written answer, with rationale and a versioned source for tax rules', () => {
    const facts = get('finance-mcq').samples.filter((sample) => !('inputs' in meta(sample)));
    expect(facts).toHaveLength(32);
    for (const sample of facts) {
      expect(sample.choices?.['ABCD'.indexOf(String(sample.target))], sample.id).toBe(meta(sample)['answer']);
      expect(String(meta(sample)['rationale']).length, sample.id).toBeGreaterThan(10);
      expect(meta(sample)['source'], sample.id).toMatch(/^(standard|textbook topic|law|regulation): /);
      if (sample.category === 'tax-rules') expect(meta(sample)['source'], sample.id).toMatch(/\d{4}/);
    }
  });
});

describe('finance-extract', () => {
  const samples = () => get('finance-extract').samples;

  it('statement figures are read back from the table, and the table adds up', () => {
    for (const sample of samples().filter((candidate) => candidate.category === 'statement-extraction')) {
      const text = String(sample.input);
      const rows = new Map([...text.matchAll(/^(\S+) \| ([\d,.]+) \| ([\d,.]+)$/gm)].map((match) => [match[1] ?? '', [match[2], match[3]].map((cell) => Math.round(Number(String(cell).replace(/,/g, '')) * 100))]));
      for (const column of [0, 1]) {
        const cell = (row: string) => rows.get(row)?.[column] ?? NaN;
        expect(cell('营业收入') - cell('营业成本') - cell('销售费用') - cell('管理费用') - cell('财务费用'), sample.id).toBe(cell('营业利润'));
        expect(cell('营业利润') - cell('所得税费用'), sample.id).toBe(cell('净利润'));
      }
      const row = /的(\S+?)是多少元/.exec(text)?.[1] ?? '';
      const column = text.includes('本期的') ? 0 : 1;
      const cents = rows.get(row)?.[column] ?? NaN;
      expect((sample.target as string[])[0], sample.id).toBe(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    }
  });

  // The cash-flow classes re-derived from keywords of the printed rules.
  function cashFlowClass(event: string): string {
    if (/借款|股票|利息|向本公司股东分配/.test(event)) return '筹资活动';
    if (/设备|车辆|股权|专利|收到被投资单位/.test(event)) return '投资活动';
    return '经营活动';
  }

  it('cash-flow classes follow the printed CAS 31 rules and all three occur', () => {
    const items = samples().filter((candidate) => candidate.category === 'cash-flow-classification');
    for (const sample of items) {
      const event = /交易：某制造企业(.+?)，金额/.exec(String(sample.input))?.[1] ?? '';
      expect((sample.target as string[])[0], sample.id).toBe(cashFlowClass(event));
    }
    expect(new Set(items.map((sample) => (sample.target as string[])[0])).size).toBe(3);
  });

  it('approvals follow the printed (fictional) policy and all three levels occur', () => {
    const items = samples().filter((candidate) => candidate.category === 'approval-routing');
    for (const sample of items) {
      const [, expense = '', amountText = ''] = /报销单：(\S+?)，金额 (\d+) 元/.exec(String(sample.input)) ?? [];
      const amount = Number(amountText);
      const levels = ['部门经理', '财务总监', '总经理'];
      let level = amount > 50000 ? 2 : amount > 5000 ? 1 : 0;
      if (expense === '业务招待费' && level === 0) level = 1;
      if (expense === '境外差旅费' && level < 2) level += 1;
      expect(sample.target, sample.id).toEqual([levels[level]]);
      expect(Math.abs(amount - 5000) >= 200 && Math.abs(amount - 50000) >= 200, sample.id).toBe(true);
    }
    expect(new Set(items.map((sample) => (sample.target as string[])[0])).size).toBe(3);
  });
});
