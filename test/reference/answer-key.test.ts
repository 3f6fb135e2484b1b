import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnswerKey, promptKey } from '../../reference/answer-key.js';
import { createScriptedModel, UNKNOWN_PROMPT_REPLY } from '../../reference/scripted-model.js';
import { scriptedOutcome, scriptedReply } from '../../reference/script.js';
import { renderPrompt } from '../../suites/render.js';
import type { Sample } from '../../suites/types.js';
import { choiceSamples, writeTempSuite, type TempSuite } from './temp-suite.js';

describe('answer key and scripted model', () => {
  let fewShot: TempSuite;
  let chat: TempSuite;

  beforeAll(async () => {
    fewShot = await writeTempSuite({
      id: 'key-fewshot',
      task: 'multiple-choice',
      system: '你是考生。',
      samples: choiceSamples(6),
      fewShot: { exemplars: choiceSamples(2, 'ex'), k: 2 },
    });
    const chatSamples: Sample[] = [
      { id: 'c1', input: [{ role: 'user', content: '多轮对话第一问' }, { role: 'assistant', content: '好的' }, { role: 'user', content: '多轮对话第二问' }], target: '答复一' },
      { id: 'c2', input: '单轮问题', target: ['答复二', '答复贰'] },
    ];
    chat = await writeTempSuite({ id: 'key-chat', task: 'short-answer', samples: chatSamples });
  });

  afterAll(async () => {
    await fewShot?.cleanup();
    await chat?.cleanup();
  });

  it('keys each sample by its last user message, after system prompt and few-shot turns', async () => {
    const key = await buildAnswerKey([fewShot.suite, chat.suite]);
    expect(key.size).toBe(8);
    for (const sample of fewShot.samples) {
      const messages = renderPrompt(fewShot.suite, sample);
      expect(messages.length).toBe(6);
      expect(key.get(promptKey(messages[messages.length - 1]?.content ?? ''))?.sample.id).toBe(sample.id);
    }
    expect(key.get(promptKey('多轮对话第二问'))?.sample.id).toBe('c1');
    expect(key.get(promptKey('多轮对话第一问'))).toBeUndefined();
  });

  it('answers known prompts from the script and records each sample once', async () => {
    const key = await buildAnswerKey([fewShot.suite, chat.suite]);
    const model = createScriptedModel(key, { seed: 3, accuracy: { 'key-fewshot': 0.5 }, noAnswerRate: 0.3 });
    for (const sample of fewShot.samples) {
      const last = renderPrompt(fewShot.suite, sample).at(-1)?.content;
      const outcome = scriptedOutcome({ seed: 3, suiteId: 'key-fewshot', sampleId: sample.id, accuracy: 0.5, noAnswerRate: 0.3, task: 'multiple-choice' });
      expect(model.answer(last)).toEqual({ text: scriptedReply(sample, 'multiple-choice', outcome, 3), known: true, key: promptKey(last ?? ''), suiteId: 'key-fewshot', sampleId: sample.id });
      model.answer(last);
    }
    // No accuracy for key-chat and no default: always correct.
    expect(model.answer('单轮问题').text).toBe('答复二');
    const ledger = model.ledger();
    expect(ledger.map((entry) => entry.sampleId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'c2']);
    expect(ledger.slice(0, 6).every((entry) => entry.requests === 2)).toBe(true);
    expect(ledger[6]).toEqual({ suiteId: 'key-chat', sampleId: 'c2', outcome: 'correct', requests: 1, faulted: 0 });
  });

  it('uses the default accuracy for suites without their own', async () => {
    const model = createScriptedModel(await buildAnswerKey([chat.suite]), { seed: 3, accuracy: { default: 0 }, noAnswerRate: 0 });
    expect(model.answer('单轮问题').text).not.toContain('答复');
    expect(model.ledger()[0]?.outcome).toBe('wrong');
  });

  it('gives unknown prompts a polite generic reply and counts them', async () => {
    const model = createScriptedModel(await buildAnswerKey([chat.suite]), { seed: 1, accuracy: {}, noAnswerRate: 0 });
    expect(model.answer('这道题不在任何评测集里')).toEqual({ text: UNKNOWN_PROMPT_REPLY, known: false, key: promptKey('这道题不在任何评测集里') });
    expect(model.answer(undefined).known).toBe(false);
    expect(model.unknownPrompts()).toBe(2);
    expect(model.ledger()).toEqual([]);
    expect(UNKNOWN_PROMPT_REPLY).not.toMatch(/[A-Za-z0-9]/);
  });
});
