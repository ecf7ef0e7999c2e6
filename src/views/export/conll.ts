import type { ArnerDocument, PublicMention } from '../../core/types.js';
import { sentenceSpans } from '../sentences.js';

/** The line that starts each document (the CoNLL-2003 convention, skipped by conlleval-style readers). */
export const DOCSTART = '-DOCSTART-\tO';

/**
 * The CoNLL export of one document: one token per line, `token<TAB>tag` with IOB2 tags
 * (B-PERSON, I-PERSON, O, ...), sentences separated by blank lines, after a -DOCSTART- line.
 *
 * Tokens are arner's, except that a token is cut where a mention starts or ends inside it: a
 * proclitic stays outside the mention as its own token (و O, قازاقستان B-PLACE), so the tags
 * give back the exact spans of the JSON output.
 */
export function conllDocument(result: ArnerDocument, text: string): string {
  const lines = [DOCSTART, ''];
  const mentions = [...result.mentions].sort((a, b) => a.start - b.start);
  for (const sentence of sentenceSpans(text, mentions)) {
    if (!sentence.tokens.length) continue;
    let previous: PublicMention | undefined;
    for (const token of sentence.tokens) {
      for (const [start, end] of cutAtMentionBounds(token.start, token.end, mentions)) {
        const mention = mentions.find((m) => m.start <= start && end <= m.end);
        const tag = mention ? `${mention === previous ? 'I' : 'B'}-${mention.type}` : 'O';
        lines.push(`${conllToken(text.slice(start, end))}\t${tag}`);
        previous = mention;
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** `[start, end)` cut at every mention start or end strictly inside it. */
function cutAtMentionBounds(start: number, end: number, mentions: readonly PublicMention[]): Array<[number, number]> {
  const cuts = new Set<number>();
  for (const m of mentions) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [start, ...[...cuts].sort((a, b) => a - b), end];
  return points.slice(1).map((p, i) => [points[i]!, p] as [number, number]);
}

/** A token as one CoNLL field: whitespace (never inside arner's tokens) would split the line. */
function conllToken(s: string): string {
  return s.replace(/\s/g, '_');
}
