import { describe, expect, it } from 'vitest';
import { CHOICE_LETTERS, fillTemplate, formatChoices, renderPrompt, templateFields } from '../../suites/render.js';
import { TemplateError } from '../../suites/errors.js';
import type { FewShotSpec, PromptSpec, Sample, SuiteDefinition } from '../../suites/types.js';

type RenderSuite = Pick<SuiteDefinition, 'prompt' | 'fewShot' | 'exemplars'>;

function suite(prompt: PromptSpec, fewShot?: FewShotSpec, exemplars: readonly Sample[] = []): RenderSuite {
  return { prompt, ...(fewShot ? { fewShot } : {}), exemplars };
}

const MC_TEMPLATE = '题目：{{input}}\n{{choices}}\n请只回答选项字母。';

const sample: Sample = {
  id: 'hc-001',
  input: '华法林的常用监测指标是？',
  choices: ['APTT', 'INR', '血小板计数', 'D-二聚体'],
  target: 'B',
  category: 'pharmacy',
  metadata: { unit: 'mL/min', dose: 15, approved: false, tags: ['抗凝', '药理'], extra: { a: 1 } },
};

const exemplars: Sample[] = [
  { id: 'dev-1', input: '一加一？', choices: ['1', '2'], target: 'B', category: 'math' },
  { id: 'dev-2', input: '二加二？', choices: ['4', '5'], target: 'A', category: 'math' },
  { id: 'dev-3', input: '三加三？', choices: ['5', '6'], target: 'B', category: 'math' },
];

describe('formatChoices', () => {
  it('letters the options A., B., … one per line', () => {
    expect(formatChoices(['甲', '乙', '丙'])).toBe('A. 甲\nB. 乙\nC. 丙');
  });

  it('supports up to ten options', () => {
    const ten = Array.from({ length: 10 }, (_, index) => `o${index}`);
    expect(formatChoices(ten).split('\n').at(-1)).toBe('J. o9');
    expect(CHOICE_LETTERS).toBe('ABCDEFGHIJ');
  });
});

describe('renderPrompt', () => {
  it('renders a single user message when there is no system prompt or few-shot', () => {
    const messages = renderPrompt(suite({ template: MC_TEMPLATE }), sample);
    expect(messages).toEqual([
      { role: 'user', content: '题目：华法林的常用监测指标是？\nA. APTT\nB. INR\nC. 血小板计数\nD. D-二聚体\n请只回答选项字母。' },
    ]);
  });

  it('puts the system message first and fills its placeholders', () => {
    const messages = renderPrompt(suite({ system: '你是药学助手。类别：{{category}}', template: '{{input}}' }), sample);
    expect(messages).toEqual([
      { role: 'system', content: '你是药学助手。类别：pharmacy' },
      { role: 'user', content: '华法林的常用监测指标是？' },
    ]);
  });

  it('prepends the first k exemplars as user/assistant turns', () => {
    const messages = renderPrompt(suite({ system: '系统', template: MC_TEMPLATE }, { file: 'dev.jsonl', k: 2 }, exemplars), sample);
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages[1]?.content).toBe('题目：一加一？\nA. 1\nB. 2\n请只回答选项字母。');
    expect(messages[2]?.content).toBe('B');
    expect(messages[3]?.content).toContain('二加二？');
    expect(messages[4]?.content).toBe('A');
    expect(messages.some((message) => message.content.includes('三加三'))).toBe(false);
    expect(messages[5]?.content).toContain('华法林');
  });

  it('uses k = 1 and a custom answer template', () => {
    const messages = renderPrompt(suite({ template: '{{input}}' }, { file: 'dev.jsonl', k: 1, answerTemplate: '答案：{{target}}（{{id}}）' }, exemplars), sample);
    expect(messages).toEqual([
      { role: 'user', content: '一加一？' },
      { role: 'assistant', content: '答案：B（dev-1）' },
      { role: 'user', content: '华法林的常用监测指标是？' },
    ]);
  });

  it('fills metadata fields: strings, numbers, booleans, string arrays and objects', () => {
    const template = '{{metadata.unit}}|{{metadata.dose}}|{{metadata.approved}}|{{metadata.tags}}|{{metadata.extra}}';
    const [message] = renderPrompt(suite({ template }), sample);
    expect(message?.content).toBe('mL/min|15|false|抗凝、药理|{"a":1}');
  });

  it('fills id, category and target, and tolerates spaces inside the braces', () => {
    const [message] = renderPrompt(suite({ template: '{{ id }} {{category}} {{target}}' }), { ...sample, target: 42 });
    expect(message?.content).toBe('hc-001 pharmacy 42');
  });

  it('does not expand placeholders that appear inside a sample value', () => {
    const [message] = renderPrompt(suite({ template: '问：{{input}}' }), { id: 'x', input: '原文含 {{target}} 字样', target: 'SECRET' });
    expect(message?.content).toBe('问：原文含 {{target}} 字样');
  });

  it('sends chat-form input as it is, after the system message and exemplars', () => {
    const chat: Sample = {
      id: 'chat-1',
      input: [
        { role: 'user', content: '我头疼。' },
        { role: 'assistant', content: '持续多久了？' },
        { role: 'user', content: '两天。' },
      ],
      target: '咨询',
    };
    const messages = renderPrompt(suite({ system: '你是分诊助手。', template: '不应使用：{{input}}' }, { file: 'dev.jsonl', k: 1 }, exemplars), chat);
    expect(messages).toEqual([
      { role: 'system', content: '你是分诊助手。' },
      { role: 'user', content: '不应使用：一加一？' },
      { role: 'assistant', content: 'B' },
      { role: 'user', content: '我头疼。' },
      { role: 'assistant', content: '持续多久了？' },
      { role: 'user', content: '两天。' },
    ]);
  });

  it('throws a TemplateError naming the field and the sample when a field is missing', () => {
    const render = () => renderPrompt(suite({ template: '{{input}} {{metadata.missing}}' }), sample);
    expect(render).toThrow(TemplateError);
    try {
      render();
    } catch (error) {
      expect((error as TemplateError).code).toBe('TEMPLATE_FIELD_MISSING');
      expect((error as Error).message).toContain('{{metadata.missing}}');
      expect((error as Error).message).toContain('hc-001');
    }
  });

  it('throws when {{choices}} is used for a sample without choices', () => {
    expect(() => renderPrompt(suite({ template: '{{input}}\n{{choices}}' }), { id: 'n-1', input: '1+1=?' })).toThrow(/\{\{choices\}\}.*n-1/);
  });

  it('throws when an exemplar lacks a field the answer template needs', () => {
    const noTarget: Sample[] = [{ id: 'dev-x', input: '无答案' }];
    expect(() => renderPrompt(suite({ template: '{{input}}' }, { file: 'dev.jsonl', k: 1 }, noTarget), sample)).toThrow(TemplateError);
  });

  it('throws when the system prompt uses {{input}} with a chat-form sample', () => {
    const chat: Sample = { id: 'chat-2', input: [{ role: 'user', content: '你好' }] };
    expect(() => renderPrompt(suite({ system: '上下文：{{input}}', template: '{{input}}' }), chat)).toThrow(TemplateError);
  });
});

describe('fillTemplate and templateFields', () => {
  it('leaves text without placeholders unchanged', () => {
    expect(fillTemplate('只回答标签。', sample)).toBe('只回答标签。');
  });

  it('lists the fields a template uses, in order', () => {
    expect(templateFields('{{input}}\n{{ choices }}\n{{metadata.unit}}{{input}}')).toEqual(['input', 'choices', 'metadata.unit', 'input']);
  });
});
