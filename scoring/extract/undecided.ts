/**
 * Refusals and cannot-decide statements ("无法确定", "None of the options is
 * correct", "I cannot answer that"). Such an output must extract nothing: the
 * capitals and numbers inside it ("None of A–D is correct", "我无法计算第3题") are
 * not answers. Clauses are the unit, so "I'm not sure, but the answer is B" still
 * states B in its second clause.
 */

const CHINESE_CUES = [
  '(?:无法|不能|没法|难以|不可能)(?:准确|直接|唯一)?(?:地)?(?:确定|判断|回答|作答|选择|选出|得出|计算|求出|求解|给出|得到|解答|算出|提供|判定)',
  // Not "不确定度": the uncertainty of a measurement.
  '我?不(?:知道|清楚|确定(?!度|性))',
  '(?:信息|条件|数据)(?:不足|不全|不够|缺失)',
  '缺少(?:必要|足够)?的?(?:信息|条件|数据)',
  '没有(?:一个)?(?:正确|合适|符合)的?(?:答案|选项)',
  // "以上选项都不对", not "A、B都不对": ruling some options out is not giving up.
  '(?:以上|所有|全部|四个|五个|各)的?(?:选项|答案|说法)?(?:都|均)(?:不对|不正确|错误|不符合|是错的)',
  '以上都不是',
  '题目(?:有误|错误|有问题|不完整)',
  '作为(?:一个)?(?:AI|人工智能|语言模型)',
];

const ENGLISH_CUES = [
  "(?:cannot|can't|can not|unable to|(?:am|is|are) not able to)\\s+(?:be\\s+)?(?:answer|determine|decide|tell|say|choose|select|pick|compute|calculate|solve|provide|help|assist|answered|determined|computed|calculated)",
  "(?:i\\s+)?(?:don't|do not)\\s+know",
  'not\\s+sure',
  // "None of the above", "none of the given options", "none of these", "None of A–D"
  'none\\s+of\\s+(?:the\\s+above|(?:the\\s+|these\\s+)?(?:given\\s+|listed\\s+|provided\\s+|four\\s+|five\\s+)?(?:options|choices|answers)|these|them|[A-J]\\b)',
  'no\\s+(?:correct|right|valid)\\s+(?:answer|option|choice)',
  '(?:not\\s+enough|insufficient)\\s+(?:information|data|context)',
  'as\\s+an\\s+ai\\b',
  'as\\s+a\\s+(?:large\\s+)?language\\s+model',
];

const CUE = new RegExp(`${CHINESE_CUES.join('|')}|\\b(?:${ENGLISH_CUES.join('|')})`, 'i');

// Clause ends, in half-width text: a "." only when it ends a sentence ("3.5" is one number).
const CLAUSE_END = /[\n。!?;,，；！？]|\.(?=\s|$)/g;

export type Span = readonly [start: number, end: number];

/** The clauses of `text` that refuse or give up, as [start, end) offsets. Expects half-width text. */
export function refusalClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...[...text.matchAll(CLAUSE_END)].map((match) => match.index), text.length]) {
    if (end > start && CUE.test(text.slice(start, end))) spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

/** Whether `index` lies in one of `spans` (sorted, disjoint, as `refusalClauses` returns them). */
export function insideAny(spans: readonly Span[], index: number): boolean {
  // Binary search: a degenerate output can hold thousands of clauses and statements.
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return false;
    if (index < span[0]) high = middle - 1;
    else if (index >= span[1]) low = middle + 1;
    else return true;
  }
  return false;
}
