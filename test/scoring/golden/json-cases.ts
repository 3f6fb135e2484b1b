import type { JsonCase } from './types.js';

export const JSON_CASES: readonly JsonCase[] = [
  { out: '{"label": "报修"}', want: { label: '报修' } },
  { out: '```json\n{"a": 1, "b": [1, 2]}\n```', want: { a: 1, b: [1, 2] } },
  { out: '```JSON\n{"分类": "咨询", "置信度": 0.92}\n```', want: { 分类: '咨询', 置信度: 0.92 } },
  { out: '结果如下：{"name": "张三", "age": 30}。请查收。', want: { name: '张三', age: 30 } },
  { out: 'Here is the JSON:\n```\n[1, 2, 3]\n```\nLet me know if you need anything else.', want: [1, 2, 3] },
  { out: '根据留言内容，分类结果为：\n\n```json\n{\n  "category": "投诉",\n  "urgent": true,\n  "keywords": ["噪音", "夜间施工"]\n}\n```\n\n如需调整请告诉我。', want: { category: '投诉', urgent: true, keywords: ['噪音', '夜间施工'] } },
  { out: '<think>{"draft": true}</think>{"final": true}', want: { final: true } },
  { out: 'The format is {name}. Answer: {"name": "x"}', want: { name: 'x' } },
  { out: 'Output: {"text": "a } inside a string", "n": 1}', want: { text: 'a } inside a string', n: 1 } },
  { out: '{"quote": "he said \\"hi\\"", "ok": false}', want: { quote: 'he said "hi"', ok: false } },
  { out: 'Nested: {"a": {"b": [1, {"c": null}]}} and that is all.', want: { a: { b: [1, { c: null }] } } },
  { out: '```json\n{"x": 1}\n```\n\n```json\n{"x": 2}\n```', want: { x: 1 } },
  { out: 'The answer is [1, 2] or maybe {"a": 1}', want: [1, 2] },
  { out: '[]', want: [] },
  { out: '{}', want: {} },
  { out: '实体：[{"type": "PER", "text": "李明"}, {"type": "LOC", "text": "杭州"}]', want: [{ type: 'PER', text: '李明' }, { type: 'LOC', text: '杭州' }] },
  // Not valid JSON: nothing is repaired.
  { out: '```json\n{"a": 1,}\n```', want: undefined },
  { out: "{'a': 1}", want: undefined },
  { out: '数组：[“a”, “b”]', want: undefined },
  { out: 'Unclosed: {"a": 1', want: undefined },
  { out: 'No JSON here.', want: undefined },
  { out: 'true', want: undefined },
  { out: '', want: undefined },
];
