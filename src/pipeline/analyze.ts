import type { Doc, NormalizedText } from '../core/types.js';
import { normalize } from '../normalize/index.js';
import { tokenize, type TokenizeOptions } from '../tokenize/index.js';

/** A document analysed once (normalized view, tokens, sentences) and shared by all recognizers. */
export interface AnalyzedDoc extends Doc {
  readonly normalized: NormalizedText;
}

export function analyze(text: string, options: TokenizeOptions = {}): AnalyzedDoc {
  const normalized = normalize(text);
  const { tokens, sentences } = tokenize(text, normalized, options);
  return { text, normalized, tokens, sentences };
}
