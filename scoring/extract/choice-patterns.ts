/**
 * The regular expressions behind multiple-choice extraction. Every pattern captures
 * the letters in a group named `run`; patterns are built from the same pieces so
 * that brackets and separators are recognised identically everywhere.
 *
 * Optional pieces always carry their own trailing whitespace (`(?:X\s*)?`, never
 * `\s*X?\s*`): two adjacent `\s*` make a pattern quadratic on the long runs of
 * blanks that degenerate outputs contain.
 */

/** Brackets a letter may sit in: (A) 【A】 「A」 『A』 〔A〕 [A] <A> {A}. */
const OPEN = '[(\\[【「『〔<{]';
const CLOSE = '[)\\]】」』〕>}]';
const OPT_OPEN = `(?:${OPEN}\\s*)?`;
const OPT_CLOSE = `(?:\\s*${CLOSE})?`;

const SEPARATOR = '(?:\\s*[,，、&+和与及]\\s*|\\s+and\\s+|\\s*以及\\s*)';

/**
 * One or more letters: "B", "ABD", "A、C、E", "B, D", "A和C", "A and C". Plain spaces
 * do not join letters, so "B I think" is B followed by prose. The lookahead stops
 * "Answer: Because…" from reading the B of a word.
 */
const RUN = `(?<run>[A-Z](?:${SEPARATOR}?[A-Z])*)(?![A-Za-z])`;

/**
 * Where a run may begin when nothing before it anchors the match: not inside a word
 * or another run. Fixed-width on purpose: a `\s*` here would rescan every blank.
 */
const RUN_START = '(?<![A-Za-z]|[A-Z] ?[,，、&+和与及] ?|[A-Z] and |[A-Z]以及)';

/** A letter or run, optionally bracketed, followed only by closing punctuation. */
const TAIL = `${OPT_OPEN}${RUN}${OPT_CLOSE}\\s*(?:[.。!！]\\s*)?$`;

/** After a run: the statement ends there (sentence end, line end or end of text). */
const ENDS_HERE = `(?=${OPT_CLOSE}\\s*(?:[.。!！\\n]|$))`;

/**
 * English words in any case, as an alternation. The patterns cannot use the `i`
 * flag: it would let the letter run read "D, since" as letters.
 */
function words(...list: string[]): string {
  const folded = list.map((word) => [...word].map((char) => (char === ' ' ? '\\s+' : /[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char)).join(''));
  return `(?:${folded.join('|')})`;
}

/**
 * Words a statement pattern cannot match without, lower-cased: any one of them must
 * occur in the lower-cased text, or the pattern is not run at all. Only a shortcut,
 * never a rule (each list is a superset of what its pattern needs): thirteen
 * lookbehind-led patterns tried at every position of every reply were the largest
 * CPU cost of scoring a run.
 */
const NEEDLES = new WeakMap<RegExp, readonly string[]>();

function gated(pattern: RegExp, needles: readonly string[]): RegExp {
  NEEDLES.set(pattern, needles);
  return pattern;
}

/** True unless `pattern` certainly cannot match `lowerCaseText`. */
export function mayMatch(pattern: RegExp, lowerCaseText: string): boolean {
  const needles = NEEDLES.get(pattern);
  return needles === undefined || needles.some((needle) => lowerCaseText.includes(needle));
}

// Negations before 选: "不选A", "不应该选A", "没有选A" are not answers.
const NOT_BEFORE_CHOOSE = '(?<!不|不应|不应该|不该|别|未|没|没有|并非|而非)';

/**
 * Explicit answer statements: an answer word, then the letters. These are what the
 * strict pipeline reads. When several occur, the last one wins: models often state
 * a tentative answer and then revise it ("初步判断为A……最终答案为C"). English cue
 * words match in any case, option letters only in upper case, so "the answer is a
 * prime" gives nothing.
 */
export const STRICT_STATEMENTS: readonly RegExp[] = [
  // 答案：B / 答案是 C / 正确答案为 B / 答案应为B / 答案选B / 答案是选项B / 【答案】B (answer-key style)
  gated(new RegExp(`答案(?:\\s*】)?(?:应该|应当|应|就|只能|肯定|必然|显然|当然)?(?:\\s*(?:是|为|选择?|:))*\\s*(?:选项\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['答案']),
  // 答：B
  gated(new RegExp(`答\\s*:\\s*${OPT_OPEN}${RUN}`, 'gd'), ['答']),
  // 正确的是B / 正确选项为B / 最终为C / 不正确的一项是B (the question asked for the wrong one)
  gated(new RegExp(`(?:正确|最终|最后|最佳|最合适|合适)的?(?:选项|选择|一项|答案|项)?(?:应该|应当|应|就)?(?:\\s*(?:是|为|:))+\\s*(?:选项\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['正确', '最终', '最后', '最佳', '合适']),
  // 故选C / 因此选 D / 综上所述，选B / 应选A / 本题选C: a conclusion word, then 选
  gated(new RegExp(`(?<!不)(?:故|因此|所以|因而|于是|则|应|应该|应当|综上所述?|综上|最终|本题)\\s*(?:[,，]\\s*)?(?:选择?|选项)\\s*(?::\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['选']),
  // The answer is (A). / Answer: C / the correct option is B / Final answer: D / The best choice here is D
  gated(new RegExp(
    `\\b${words('answer', 'answers', 'option', 'choice')}(?:\\s+${words('here', 'then', 'therefore', 'thus')})?(?:\\s*(?:${words('is', 'are', 'would be', 'should be', 'must be', 'will be')}|:|=))+\\s*(?:${words('probably', 'likely', 'clearly', 'definitely')}\\s*)?(?:${words('option', 'choice', 'letter')}\\s*)?${OPT_OPEN}${RUN}`,
    'gd',
  ), ['answer', 'option', 'choice']),
  // \boxed{C} / \boxed{\text{C}}
  gated(new RegExp(`\\\\boxed\\{\\s*(?:\\\\(?:text|textbf|mathrm)\\{\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['\\boxed']),
];

/**
 * Weaker statements the flexible pipeline also reads: a choice without an answer
 * word ("选择B", "我选C", "I choose B"), a verdict on a letter ("C正确", "Option D
 * is correct"), or a conclusion that is only a letter ("综上，B。", "So, B.").
 */
export const LOOSE_STATEMENTS: readonly RegExp[] = [
  // 我选C / 我们选择 D
  gated(new RegExp(`(?<!不)(?:我|我们)\\s*(?:[,，]\\s*)?(?:选择?|选项)\\s*(?::\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['选']),
  // 选择B / 选B (but not 选项A, which only names an option)
  gated(new RegExp(`${NOT_BEFORE_CHOOSE}选择?\\s*(?::\\s*)?${OPT_OPEN}${RUN}`, 'gd'), ['选']),
  // C正确 / 选项C正确 / A、C是正确的
  gated(new RegExp(`${RUN_START}(?:选项\\s*)?${OPT_OPEN}${RUN}${OPT_CLOSE}\\s*(?:(?:选项|项|说法)\\s*)?(?:(?:是|为)\\s*)?(?:正确|是对的)`, 'gd'), ['正确', '是对的']),
  // I choose B / I'd go with (C) / select option D
  gated(new RegExp(`\\b${words('choose', 'select', 'pick', 'go with', 'opt for')}\\s+(?:${words('option', 'choice', 'answer')}\\s+)?${OPT_OPEN}${RUN}`, 'gd'), ['choose', 'select', 'pick', 'go', 'opt']),
  // Option C is correct / (B) is the right answer / B is the answer
  gated(new RegExp(`${RUN_START}(?:${words('option', 'choice')}\\s+)?${OPT_OPEN}${RUN}${OPT_CLOSE}\\s+is\\s+(?:the\\s+)?${words('correct', 'right', 'best', 'true', 'answer')}\\b`, 'gd'), ['is']),
  // 综上，B。 / 所以C。 / So, B. The letter must end the sentence: "因此A是错的" is not an answer.
  gated(new RegExp(`(?:综上所述?|综上|因此|所以|故|总之|最终|总结)\\s*(?:[,，:]\\s*)?${OPT_OPEN}${RUN}${ENDS_HERE}`, 'gd'), ['综上', '因此', '所以', '故', '总之', '最终', '总结']),
  gated(new RegExp(`\\b${words('so', 'therefore', 'thus', 'hence')}\\s*(?:,\\s*)?${OPT_OPEN}${RUN}${ENDS_HERE}`, 'gd'), ['so', 'therefore', 'thus', 'hence']),
];

/** After a run: "A或B", "A or B", "A/B", "A还是B" hedge between options, so nothing is decided. */
export const HEDGE_AFTER = new RegExp(`^\\s*(?:或者?|还是|${words('or')}|/)\\s*${OPT_OPEN}[A-Z](?![A-Za-z])`);

// The line patterns are not global (so stateless) and report indices ('d') like the statements.

/** A line that is only an answer: "B", "(A)", "【D】", "「A」", "ABD", "A、C、E", "B。". */
export const WHOLE_LINE = new RegExp(`^${TAIL}`, 'd');
/** A line that ends with a bracketed letter: "……所以选（B）". */
export const ENDS_WITH_BRACKETED = new RegExp(`${OPEN}\\s*${RUN}\\s*${CLOSE}\\s*(?:[.。!！]\\s*)?$`, 'd');
/** A line that ends with "是C。" or "is B." ("还是B" and "不是B" excluded). */
export const ENDS_WITH_IS = new RegExp(`(?:(?<!还|或|不|并不|而不|可能不)(?:是|为)|\\b(?:is|be|[Ii]t's))\\s*${TAIL}`, 'd');

// After a label: its text, which must not be another letter ("A、B、C都不对" lists letters, it labels nothing).
const LABEL_TEXT = '(?![A-Z](?![A-Za-z]))(?<text>\\S.*)';

/**
 * A line that starts with an option label followed by text: "B. 4", "B、北京",
 * "B) 4", "(B) 4", "【C】 3 mg". The `text` group holds what follows the label.
 */
export const LABEL_START: readonly RegExp[] = [
  new RegExp(`^${OPEN}\\s*(?<run>[A-Z])\\s*${CLOSE}\\s*(?:[.．、:]\\s*)?${LABEL_TEXT}`, 'd'),
  new RegExp(`^(?<run>[A-Z])\\s*[.．、:)]\\s*${LABEL_TEXT}`, 'd'),
];

/** Any line that starts like an option label, for spotting outputs that restate the options. */
export const LINE_LABEL = /^[^\S\n]*(?:[(\[【][^\S\n]*)?([A-Z])[^\S\n]*(?:[)\]】][^\S\n]*)?[.．、:)]/gm;
