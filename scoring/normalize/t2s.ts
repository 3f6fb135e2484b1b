import { createRequire } from 'node:module';

// Loaded on first use (its CommonJS build, so toSimplified stays synchronous): a run
// whose answers never need t2s never loads the tables' module either.
const requireOpenCC = (): typeof import('opencc-js/t2cn') => createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn');

/**
 * Traditional → simplified Chinese. Two OpenCC conversions in a row, because each
 * regional table knows variants the other does not: Hong Kong's turns 衞 into 卫,
 * Taiwan's turns 著 (as in 看著) into 着. Both leave simplified text as it is, so
 * running them on mixed or already simplified text is safe.
 *
 * The `t2cn` entry point is used instead of the package root: it holds only the
 * traditional→simplified tables (about a tenth of the full bundle).
 */
let converter: ((text: string) => string) | undefined;

// Nothing below the CJK radicals block can change: English answers skip the tables entirely.
const HAS_CJK = /[\u2E80-\u9FFF\uF900-\uFAFF]/;

export function toSimplified(text: string): string {
  if (!HAS_CJK.test(text)) return text;
  // Building the tables takes tens of milliseconds: done on first use, once per thread,
  // so suites that never ask for t2s never pay for it.
  if (!converter) {
    const OpenCC = requireOpenCC();
    converter = compose(OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' }));
  }
  return converter(text);
}

function compose(first: (text: string) => string, second: (text: string) => string): (text: string) => string {
  return (text) => second(first(text));
}
