import { normalize, normalizeText } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';
import { CharClass, charClass } from '../tokenize/char-classes.js';
import { compiledPhraseTokens } from './compiled.js';

/** Tokens of the phrases seen so far: the gazetteer, its key indexes and the tagger read the same variants. */
const tokenCache = new Map<string, readonly string[]>();

/**
 * The token sequence of a lexicon phrase, through the same normalizer and tokenizer as the text,
 * so that entries and text meet on equal terms ("الأمم المتحدة" → ["الامم", "المتحده"]).
 * The array is shared between callers asking for the same phrase: it must not be modified.
 */
export function phraseTokens(phrase: string): readonly string[] {
  let tokens = tokenCache.get(phrase);
  if (!tokens) {
    tokens = compiledPhraseTokens(phrase) ?? plainArabicWords(normalizeText(phrase)) ?? tokenize(phrase, normalize(phrase)).tokens.map((t) => t.norm);
    tokenCache.set(phrase, tokens);
  }
  return tokens;
}

/**
 * The words of a normalized phrase made of Arabic letters and spaces only — nearly every lexicon
 * entry — or undefined for any other phrase. For such a phrase the tokenizer yields exactly the
 * runs of letters; splitting them here spares it (and the offset map) for thousands of entries at
 * start-up.
 */
function plainArabicWords(text: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const cls = i < text.length ? charClass(text.charCodeAt(i)) : CharClass.Space;
    if (cls === CharClass.ArabicLetter) {
      if (start < 0) start = i;
    } else if (cls === CharClass.Space) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else {
      return undefined;
    }
  }
  return words;
}
