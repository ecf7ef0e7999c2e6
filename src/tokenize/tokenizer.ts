import type { NormalizedText, Segmentation, Sentence, Token, TokenKind } from '../core/types.js';
import { CharClass, charClass } from './char-classes.js';
import { procliticReadings } from './clitics.js';

/** Rare token shapes recognised where their first character appears, with sticky patterns. */
const URL = /(?:https?:\/\/|www\.)[^\s"«»<>()[\]،؛]*[^\s"«»<>()[\]،؛.,!?:;]/uy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const HASHTAG = /[#@][\p{L}\p{N}_]+/uy;
const SYMBOL = /\p{S}/u;
const LATIN = /\p{sc=Latin}/u;

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔']);

export interface TokenizeOptions {
  /** Whole normalized words that must not be cut into clitic + stem (lexicon entries, common words). */
  isKnownWord?: (norm: string) => boolean;
}

/**
 * Splits a normalized text into tokens and sentences with offsets into the original text: Arabic
 * words (with their proclitic readings), other-script words, numbers (with . , separators), URLs,
 * e-mail addresses, hashtags, punctuation and symbols. A sentence ends at . ! ? ؟ … or a newline.
 */
export function tokenize(
  original: string,
  normalized: NormalizedText,
  options: TokenizeOptions = {},
): { tokens: Token[]; sentences: Sentence[] } {
  const { text, originalStart, originalEnd } = normalized;
  const n = text.length;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceFirst = 0;
  const closeSentence = (): void => {
    if (tokens.length === sentenceFirst) return;
    sentences.push({ start: tokens[sentenceFirst]!.start, end: tokens[tokens.length - 1]!.end, firstToken: sentenceFirst, endToken: tokens.length });
    sentenceFirst = tokens.length;
  };
  const classAt = (k: number): CharClass => (k < n ? charClass(text.charCodeAt(k)) : CharClass.Space);
  const sticky = (pattern: RegExp, at: number): number => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex : at;
  };

  /** Original offset of the k-th character of the word at `wordAt` (one function for all words). */
  let wordAt = 0;
  const offsetInWord = (k: number): number => originalStart[wordAt + k]!;

  let i = 0;
  while (i < n) {
    const cls = classAt(i);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (cls === CharClass.Newline) {
      closeSentence();
      i++;
      continue;
    }
    let end = i + 1;
    let kind: TokenKind;
    switch (cls) {
      case CharClass.ArabicLetter:
        while (classAt(end) === CharClass.ArabicLetter || classAt(end) === CharClass.Mark) end++;
        kind = 'arabic';
        break;
      case CharClass.OtherLetter:
      case CharClass.Digit: {
        const code = text.charCodeAt(i);
        if ((code === 0x68 || code === 0x77) && (end = sticky(URL, i)) > i) {
          kind = 'url';
          break;
        }
        if ((end = sticky(EMAIL, i)) > i) {
          kind = 'email';
          break;
        }
        end = i + 1;
        if (cls === CharClass.Digit) {
          while (classAt(end) === CharClass.Digit || (isSeparator(text.charCodeAt(end)) && classAt(end + 1) === CharClass.Digit)) end++;
          kind = 'number';
        } else {
          while (true) {
            const next = classAt(end);
            if (next === CharClass.OtherLetter || next === CharClass.Mark || next === CharClass.Digit) end++;
            else if (isWordJoiner(text.charCodeAt(end)) && classAt(end + 1) === CharClass.OtherLetter) end += 2;
            else break;
          }
          kind = LATIN.test(text[i]!) ? 'latin' : 'other';
        }
        break;
      }
      case CharClass.Punct: {
        const code = text.charCodeAt(i);
        if ((code === 0x23 || code === 0x40) && (end = sticky(HASHTAG, i)) > i) {
          kind = 'hashtag';
          break;
        }
        end = i + 1;
        kind = 'punct';
        break;
      }
      case CharClass.Symbol:
        kind = 'symbol';
        break;
      case CharClass.HighSurrogate:
        if (end < n && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++;
        kind = SYMBOL.test(text.slice(i, end)) ? 'symbol' : 'other';
        break;
      default:
        kind = 'other';
    }
    const start = originalStart[i]!;
    const stop = originalEnd[end - 1]!;
    const norm = text.slice(i, end);
    let segmentations: Segmentation[];
    let stem: Segmentation;
    if (kind === 'arabic') {
      wordAt = i;
      segmentations = procliticReadings(norm, start, offsetInWord);
      stem = defaultReading(segmentations, options.isKnownWord);
    } else {
      stem = { prefix: '', stemStart: start, stem: norm };
      segmentations = [stem];
    }
    const token: Token = {
      index: tokens.length,
      start,
      end: stop,
      text: original.slice(start, stop),
      norm,
      kind,
      segmentations,
      stem,
      sentence: sentences.length,
    };
    tokens.push(token);
    if (kind === 'punct' && SENTENCE_END.has(norm)) closeSentence();
    i = end;
  }
  closeSentence();
  return { tokens, sentences };
}

const isSeparator = (code: number): boolean => code === 0x2e || code === 0x2c;
const isWordJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * The reading used when no lexicon decides: a known whole word stays whole (وزير, لبنان); else the
 * shortest split whose stem is known; else a split before the article (والصين → و + الصين), which is
 * unambiguous; else the word stays whole.
 */
function defaultReading(readings: Segmentation[], isKnownWord?: (norm: string) => boolean): Segmentation {
  const whole = readings[0]!;
  if (readings.length === 1) return whole;
  if (isKnownWord) {
    if (isKnownWord(whole.stem)) return whole;
    for (let i = 1; i < readings.length; i++) if (isKnownWord(readings[i]!.stem)) return readings[i]!;
  }
  if (whole.stem.startsWith('ال')) return whole;
  for (let i = readings.length - 1; i >= 1; i--) {
    if (readings[i]!.stem.startsWith('ال')) return readings[i]!;
  }
  return whole;
}
