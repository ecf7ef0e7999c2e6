import { normalize } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';

/**
 * The token sequence of a lexicon phrase, through the same normalizer and tokenizer as the text,
 * so that entries and text meet on equal terms ("الأمم المتحدة" → ["الامم", "المتحده"]).
 */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase, normalize(phrase)).tokens.map((t) => t.norm);
}
