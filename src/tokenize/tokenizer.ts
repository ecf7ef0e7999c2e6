import type { NormalizedText, Segmentation, Sentence, Token, TokenKind } from '../core/types.js';
import { procliticReadings } from './clitics.js';

/**
 * Token patterns over the normalized text, tried in order at each position. Normalization has
 * already removed diacritics, tatweel and invisible marks and mapped digits to ASCII, so each class
 * is a plain character class. Offsets are mapped back to the original text afterwards.
 */
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s"«»<>\(\)\[\]،؛]+[^\s"«»<>\(\)\[\]،؛.,!?:;])`,
    String.raw`(?<email>[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)`,
    String.raw`(?<hashtag>[#@][\p{L}\p{N}_]+)`,
    String.raw`(?<number>\p{Nd}+(?:[.,]\p{Nd}+)*)`,
    String.raw`(?<arabic>[\p{sc=Arabic}&&[\p{L}\p{M}]]+)`,
    String.raw`(?<latin>[[\p{L}\p{M}]--\p{sc=Arabic}](?:[[\p{L}\p{M}\p{Nd}]--\p{sc=Arabic}]|['’\-](?=[\p{L}--\p{sc=Arabic}]))*)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<space>\s+)`,
    String.raw`(?<symbol>\p{S})`,
    String.raw`(?<other>.)`,
  ].join('|'),
  'gvy',
);

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '!']);

export interface TokenizeOptions {
  /** Whole normalized words that must not be cut into clitic + stem (lexicon entries, common words). */
  isKnownWord?: (norm: string) => boolean;
}

/** Splits a normalized text into tokens and sentences with offsets into the original text. */
export function tokenize(
  original: string,
  normalized: NormalizedText,
  options: TokenizeOptions = {},
): { tokens: Token[]; sentences: Sentence[] } {
  const { text, originalStart, originalEnd } = normalized;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceFirst = 0;
  const closeSentence = (): void => {
    if (tokens.length === sentenceFirst) return;
    const first = tokens[sentenceFirst]!;
    const last = tokens[tokens.length - 1]!;
    sentences.push({ start: first.start, end: last.end, firstToken: sentenceFirst, endToken: tokens.length });
    sentenceFirst = tokens.length;
  };

  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    const groups = match.groups!;
    const at = match.index;
    const norm = match[0];
    if (groups.space !== undefined) {
      if (norm.includes('\n')) closeSentence();
      continue;
    }
    const kind = kindOf(groups);
    const start = originalStart[at]!;
    const end = originalEnd[at + norm.length - 1]!;
    const token: Token = {
      index: tokens.length,
      start,
      end,
      text: original.slice(start, end),
      norm,
      kind,
      segmentations: [],
      stem: { prefix: '', stemStart: start, stem: norm },
      sentence: sentences.length,
    };
    if (kind === 'arabic') {
      token.segmentations = procliticReadings(norm, start, (k) => originalStart[at + k]!);
      token.stem = defaultReading(token.segmentations, options.isKnownWord);
    } else {
      token.segmentations = [token.stem];
    }
    tokens.push(token);
    if (kind === 'punct' && SENTENCE_END.has(norm)) closeSentence();
  }
  closeSentence();
  return { tokens, sentences };
}

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  for (const kind of ['url', 'email', 'hashtag', 'number', 'arabic', 'latin', 'punct', 'symbol'] as const) {
    if (groups[kind] !== undefined) return kind;
  }
  return 'other';
}

/**
 * The reading used when no lexicon decides: a known whole word stays whole (وزير, لبنان); else the
 * shortest split whose stem is known; else a split before the article (والصين → و + الصين), which is
 * unambiguous; else the word stays whole.
 */
function defaultReading(readings: Segmentation[], isKnownWord?: (norm: string) => boolean): Segmentation {
  const whole = readings[0]!;
  if (isKnownWord?.(whole.stem)) return whole;
  if (isKnownWord) {
    for (let i = 1; i < readings.length; i++) if (isKnownWord(readings[i]!.stem)) return readings[i]!;
  }
  for (let i = readings.length - 1; i >= 1; i--) {
    const reading = readings[i]!;
    if (reading.stem.startsWith('ال') && !whole.stem.startsWith('ال')) return reading;
  }
  return whole;
}
