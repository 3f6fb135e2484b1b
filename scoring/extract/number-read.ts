/**
 * Reading numbers as models write them. Where the answer's number is (which one
 * counts) is `number.ts`'s business; this module only turns written numbers into
 * values: "1,234.5", "-3", "2e-3", "1.5 × 10^3", "1.5万", "3/4", "\frac{3}{4}",
 * "12.5%", "百分之12.5".
 */

export interface NumberToken {
  readonly value: number;
  /** Percent and per-mille are kept as written ("12.5%" is 12.5) and reported here. */
  readonly unit?: '%' | '‰';
  /** Where the written number starts and ends in the text. */
  readonly index: number;
  readonly end: number;
}

/**
 * A minus sign only counts when it is not a hyphen between words or numbers
 * ("GPT-4", "3-5"). Thousands separators must group exactly three digits, so "1,2,3"
 * is three numbers.
 */
const SIGN = '(?:(?<![A-Za-z0-9)\\]])-|负)?';
const MANTISSA = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
const E_NOTATION = '[eE][-+]?\\d+';
// "1.5 × 10^3", "1.5×10^{-3}", "1.5 \times 10^{3}", "3.2×10⁵". Each optional piece carries its own blanks.
const TIMES_TEN = '\\s*(?:×|\\\\times|\\\\cdot|\\*|·|x|X)\\s*10\\s*(?:\\^\\s*\\{?\\s*[-+]?\\d+\\s*\\}?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)';
// An integer fraction written without blanks ("3/4"); not a date ("2024/3/4") or a ratio of decimals.
const FRACTION = '\\d+/\\d+(?![\\d./])';
const MULTIPLIER = '\\s?(?:万亿|千万|百万|亿|万)';
const PERCENT = '\\s?[%‰]';

const NUMBER = new RegExp(`(?<![\\d./])(?:百分之\\s*)?${SIGN}(?:${FRACTION}|${MANTISSA}(?:${E_NOTATION}|${TIMES_TEN})?(?:${MULTIPLIER})?)(?:${PERCENT})?`, 'g');
const LATEX_FRACTION = /(-\s*)?\\[dt]?frac\s*\{\s*(-?\d+(?:\.\d+)?)\s*\}\s*\{\s*(-?\d+(?:\.\d+)?)\s*\}/g;

const POWERS: Readonly<Record<string, number>> = { 万亿: 12, 千万: 7, 百万: 6, 亿: 8, 万: 4 };
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Every number written in `text`, in order. Expects half-width text with "−" already "-". */
export function readNumbers(text: string): NumberToken[] {
  const fractions = [...text.matchAll(LATEX_FRACTION)].flatMap((match): NumberToken[] => {
    const value = (match[1] === undefined ? 1 : -1) * (Number(match[2]) / Number(match[3]));
    return Number.isFinite(value) ? [{ value, index: match.index, end: match.index + match[0].length }] : [];
  });
  let next = 0;
  const plain = [...text.matchAll(NUMBER)].flatMap((match): NumberToken[] => {
    // The digits of "\frac{3}{4}" are not numbers of their own. Both lists are in text order.
    while ((fractions[next]?.end ?? Infinity) <= match.index) next += 1;
    const fraction = fractions[next];
    if (fraction !== undefined && match.index >= fraction.index) return [];
    const token = parseWritten(match[0]);
    return token === undefined ? [] : [{ ...token, index: match.index, end: match.index + match[0].length }];
  });
  return [...fractions, ...plain].sort((a, b) => a.index - b.index);
}

function parseWritten(written: string): { value: number; unit?: '%' | '‰' } | undefined {
  let text = written.replace(/,/g, '').replace(/\s+/g, '');
  let unit: '%' | '‰' | undefined;
  if (text.startsWith('百分之')) {
    unit = '%';
    text = text.slice(3);
  }
  const last = text.at(-1);
  if (last === '%' || last === '‰') {
    unit = last;
    text = text.slice(0, -1);
  }
  const sign = text.startsWith('负') || text.startsWith('-') ? -1 : 1;
  text = text.replace(/^[负-]/, '');
  const value = sign * parseMagnitude(text);
  if (!Number.isFinite(value)) return undefined;
  return unit === undefined ? { value } : { value, unit };
}

function parseMagnitude(text: string): number {
  const slash = text.indexOf('/');
  if (slash > 0) return Number(text.slice(0, slash)) / Number(text.slice(slash + 1));
  let exponent = 0;
  let rest = text;
  const multiplier = /(万亿|千万|百万|亿|万)$/.exec(rest);
  if (multiplier?.[1] !== undefined) {
    exponent += POWERS[multiplier[1]] ?? 0;
    rest = rest.slice(0, multiplier.index);
  }
  const power = /(?:×|\\times|\\cdot|\*|·|x|X)10(?:\^\{?([-+]?\d+)\}?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/.exec(rest);
  if (power !== null) {
    exponent += Number(power[1] ?? fromSuperscript(power[2] ?? ''));
    rest = rest.slice(0, power.index);
  }
  // Through the decimal string, not a float product: "1.2万亿" must be exactly 1200000000000.
  return exponent === 0 ? Number(rest) : Number(`${rest}e${exponent}`.replace(/e([-+]?\d+)e([-+]?\d+)$/, (_m, a: string, b: string) => `e${Number(a) + Number(b)}`));
}

function fromSuperscript(text: string): string {
  return [...text].map((char) => (char === '⁻' ? '-' : char === '⁺' ? '+' : String(SUPERSCRIPTS.indexOf(char)))).join('');
}
