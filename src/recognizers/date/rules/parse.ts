import type { DateExpr } from '../spec.js';

/** One reading of a date expression over tokens [first, end). */
export interface Parse {
  /** Rule id, reported as `source.rule` ("date:" + rule). */
  rule: string;
  first: number;
  /** Start offset in the original text (after a proclitic on the first token). */
  start: number;
  /** One past the last token. */
  end: number;
  expr: DateExpr;
}

/** Of two parses, the one that covers more tokens (the first on a tie). */
export function longer(a: Parse | undefined, b: Parse | undefined): Parse | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}
