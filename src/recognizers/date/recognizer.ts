import type { Doc, Mention, Recognizer, RecognizerContext } from '../../core/types.js';
import { normalizeText } from '../../normalize/index.js';
import { parseIsoDate } from './calendar.js';
import { parseAt } from './grammar.js';
import { loadDateLexicon, type DateLexicon } from './lexicon.js';
import { Reader } from './reader.js';
import { resolve } from './resolve.js';

/** All DATE readings of a document, left to right, longest first, never overlapping. */
export function findDates(doc: Doc, lexicon: DateLexicon, referenceDate: string | null): Mention[] {
  const r = new Reader(doc, lexicon);
  const ref = parseIsoDate(referenceDate);
  const mentions: Mention[] = [];
  let lastEnd = -1;
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    const afterDate = lastEnd >= 0 && i === lastEnd + 1 && r.norm(lastEnd) === 'و' && r.together(lastEnd - 1, i);
    const parse = parseAt(r, i, afterDate);
    if (!parse) continue;
    const start = parse.start;
    const end = doc.tokens[parse.end - 1]!.end;
    const text = doc.text.slice(start, end);
    const resolution = resolve(parse.expr, ref);
    const mention: Mention = {
      type: 'DATE',
      start,
      end,
      text,
      normalized: normalizeText(text),
      source: { recognizer: 'date', rule: `date:${parse.rule}` },
      value: resolution.value,
      grain: resolution.grain,
      resolved: resolution.resolved,
    };
    if (Object.keys(resolution.attributes).length > 0) mention.attributes = resolution.attributes;
    mentions.push(mention);
    lastEnd = parse.end;
    i = parse.end - 1;
  }
  return mentions;
}

/**
 * The DATE recognizer: a grammar over tokens with word tables from lexicons/dates/ (see
 * src/recognizers/date/README.md for the rules and the resolution conventions).
 */
export function createDateRecognizer(): Recognizer {
  const lexicon = loadDateLexicon();
  return {
    name: 'date',
    produces: ['DATE'],
    priority: 60,
    recognize(doc: Doc, ctx: RecognizerContext): Mention[] {
      return findDates(doc, lexicon, ctx.referenceDate);
    },
  };
}
