/**
 * Chinese numerals ("三", "十二", "一百零五", "十二万", "三点五", "负二", "四分之三",
 * "百分之五") for answers written out in words. Deliberately small: no 壹贰
 * financial forms, no colloquial "三万五" (35000), no mixed "1.5万" (that is read
 * with the Arabic numbers, in `number-read.ts`).
 */

const INTEGER = '[零〇一二两三四五六七八九十百千万亿]+';
const DECIMAL = `${INTEGER}(?:点[零〇一二两三四五六七八九]+)?`;

/** A numeral, with an optional sign and an optional "X分之" denominator ("四分之三", "百分之五"). */
export const CHINESE_NUMERAL = new RegExp(`负?(?:${INTEGER}分之)?${DECIMAL}`);

const WHOLE = new RegExp(`^${CHINESE_NUMERAL.source}$`);
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export interface ChineseNumber {
  readonly value: number;
  /** "百分之五" is 5 with unit %, as "5%" is; "千分之三" is 3 with unit ‰. */
  readonly unit?: '%' | '‰';
}

/** The value of a whole numeral, or undefined if the text is not one. "四分之三" is 0.75. */
export function readChineseNumeral(text: string): ChineseNumber | undefined {
  if (!WHOLE.test(text)) return undefined;
  let rest = text;
  const negative = rest.startsWith('负');
  if (negative) rest = rest.slice(1);
  const [denominatorText, numeratorText = rest] = rest.includes('分之') ? rest.split('分之') : [undefined, rest];
  const numerator = parseDecimal(numeratorText);
  if (numerator === undefined) return undefined;
  const sign = negative ? -1 : 1;
  // Percent and per-mille keep the written number, like "5%" does: the target names the unit.
  if (denominatorText === '百') return { value: sign * numerator, unit: '%' };
  if (denominatorText === '千') return { value: sign * numerator, unit: '‰' };
  if (denominatorText === undefined) return { value: sign * numerator };
  const denominator = parseInteger(denominatorText);
  return denominator === undefined || denominator === 0 ? undefined : { value: (sign * numerator) / denominator };
}

/** The value of a whole numeral, units dropped ("百分之五" is 5), or undefined. */
export function parseChineseNumeral(text: string): number | undefined {
  return readChineseNumeral(text)?.value;
}

function parseDecimal(text: string): number | undefined {
  const [integerPart = '', fractionPart] = text.split('点');
  const integer = parseInteger(integerPart);
  if (integer === undefined) return undefined;
  const fraction = fractionPart === undefined ? '' : [...fractionPart].map((char) => DIGITS[char] ?? 0).join('');
  return Number(fraction === '' ? String(integer) : `${integer}.${fraction}`);
}

function parseInteger(text: string): number | undefined {
  if (text === '') return undefined;
  const chars = [...text];
  // "二五" read digit by digit: no units at all.
  if (chars.length > 1 && chars.every((char) => DIGITS[char] !== undefined)) return Number(chars.map((char) => DIGITS[char]).join(''));
  // 亿 multiplies everything before it; 万 only what follows the last 亿 ("一亿二千万").
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = 0;
  for (const char of chars) {
    const small = SMALL_UNITS[char];
    if (DIGITS[char] !== undefined) digit = DIGITS[char] ?? 0;
    else if (small !== undefined) {
      // "十二": a unit with no digit before it counts once.
      section += (digit === 0 ? 1 : digit) * small;
      digit = 0;
    } else if (char === '万') {
      wan = (wan + section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (char === '亿') {
      yi = (yi + wan + section + digit) * 1e8;
      wan = 0;
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return yi + wan + section + digit;
}
