import type { PublicMention, Token } from '../core/types.js';
import { analyze } from '../pipeline/analyze.js';

/** A sentence of the text as views show it: one line of the terminal view, one block of the CoNLL export. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** The tokens of the sentence, in text order. */
  tokens: Token[];
}

/**
 * The sentences of a text, from arner's tokenizer, merged where a mention crosses a sentence
 * boundary so that no mention is cut in two. Token and sentence bounds do not depend on the
 * lexicons, so the plain analysis gives the same bounds the extraction saw.
 */
export function sentenceSpans(text: string, mentions: readonly PublicMention[]): SentenceSpan[] {
  const doc = analyze(text);
  const spans: SentenceSpan[] = [];
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const previous = spans[spans.length - 1];
    if (previous && mentions.some((m) => m.start < previous.end && m.end > sentence.start)) {
      previous.end = sentence.end;
      previous.tokens.push(...tokens);
    } else {
      spans.push({ start: sentence.start, end: sentence.end, tokens });
    }
  }
  return spans;
}
