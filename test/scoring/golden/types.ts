/**
 * Golden tables: realistic model outputs with the answer each extraction pipeline
 * must read from them. `null` means nothing may be extracted (NOANSWER). Every
 * output goes through `extractOutput` first, as in a run.
 */

export interface ChoiceCase {
  /** The completion exactly as a model returned it. */
  readonly out: string;
  readonly strict: string | null;
  readonly flexible: string | null;
  /** Number of options offered; 4 unless stated. */
  readonly n?: number;
  readonly multi?: boolean;
  readonly choices?: readonly string[];
  /** Reasoning end markers passed to `extractOutput`. */
  readonly endMarkers?: readonly string[];
}

export interface NumberCase {
  readonly out: string;
  readonly strict: number | null;
  readonly flexible: number | null;
  /** The unit both pipelines report when they extract (percent and per-mille only). */
  readonly unit?: '%' | '‰';
}

export interface JsonCase {
  readonly out: string;
  /** `undefined`: no JSON object or array may be extracted. */
  readonly want: unknown;
}

/** Shorthand for the many rows where both pipelines agree. */
export function both<T>(value: T): { readonly strict: T; readonly flexible: T } {
  return { strict: value, flexible: value };
}

/** Rows only the flexible pipeline reads: strict must give nothing. */
export function flexibleOnly<T>(value: T): { readonly strict: null; readonly flexible: T } {
  return { strict: null, flexible: value };
}

export const DOSE = ['1 片', '2 片', '4 片', '5 片'];
export const CITIES = ['北京', '上海', '广州', '深圳'];
export const HOURS = ['8 小时', '12 小时', '24 小时', '48 小时'];
