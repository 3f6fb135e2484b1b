/**
 * Simple Chinese numerals ("三", "十二", "一百零五", "三点五", "负二", "百分之五") for
 * answers written out in words. Deliberately small: no 壹贰 financial forms, no
 * mixed "1.5万", no fractions ("三分之一").
 */

export const CHINESE_NUMERAL = /负?(?:百分之)?[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?/;

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The value of a whole numeral, or undefined if the text is not one. "百分之五" is 5 (the percent is dropped, as for "5%"). */
export function parseChineseNumeral(text: string): number | undefined {
  const match = new RegExp(`^${CHINESE_NUMERAL.source}$`).exec(text);
  if (match === null) return undefined;
  let rest = text;
  const negative = rest.startsWith('负');
  if (negative) rest = rest.slice(1);
  if (rest.startsWith('百分之')) rest = rest.slice(3);
  const [integerPart = '', fractionPart] = rest.split('点');
  const integer = parseInteger(integerPart);
  if (integer === undefined) return undefined;
  const fraction = fractionPart === undefined ? '' : [...fractionPart].map((char) => DIGITS[char] ?? 0).join('');
  const value = Number(fraction === '' ? String(integer) : `${integer}.${fraction}`);
  return negative ? -value : value;
}

function parseInteger(text: string): number | undefined {
  if (text === '') return undefined;
  const chars = [...text];
  // "二五" read digit by digit: no units at all.
  if (chars.length > 1 && chars.every((char) => DIGITS[char] !== undefined)) return Number(chars.map((char) => DIGITS[char]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of chars) {
    const small = SMALL_UNITS[char];
    const large = LARGE_UNITS[char];
    if (DIGITS[char] !== undefined) digit = DIGITS[char] ?? 0;
    else if (small !== undefined) {
      // "十二": a unit with no digit before it counts once.
      section += (digit === 0 ? 1 : digit) * small;
      digit = 0;
    } else if (large !== undefined) {
      total = (total + section + digit) * large;
      section = 0;
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}
