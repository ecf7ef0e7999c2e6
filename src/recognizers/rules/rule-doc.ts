import type { Doc, Mention, MentionType, RecognizerContext, Segmentation, Token } from '../../core/types.js';
import { rolesOf, type RuleVocabulary } from './vocabulary.js';

/**
 * What every rule sees: the document, the vocabulary, and the spans the gazetteer already knows
 * (a rule never claims a span that a lexicon names: it builds around it).
 */
export interface RuleDoc {
  doc: Doc;
  ctx: RecognizerContext;
  vocab: RuleVocabulary;
  /** The gazetteer mention that overlaps each token, by token index. */
  known: (Mention | undefined)[];
  /**
   * By token index, the WordRole bits of the whole word (`normRoles`) and of any of its readings
   * (`readingRoles`): looked up once per document, so that a rule passes over the tokens that
   * cannot start it with a bit test.
   */
  normRoles: Uint32Array;
  readingRoles: Uint32Array;
}

export function createRuleDoc(doc: Doc, ctx: RecognizerContext, vocab: RuleVocabulary, gazetteerMentions: readonly Mention[]): RuleDoc {
  const known: (Mention | undefined)[] = new Array(doc.tokens.length);
  for (const mention of gazetteerMentions) {
    const [first, end] = tokensOverlapping(doc.tokens, mention.start, mention.end);
    for (let i = first; i < end; i++) known[i] = mention;
  }
  const normRoles = new Uint32Array(doc.tokens.length);
  const readingRoles = new Uint32Array(doc.tokens.length);
  doc.tokens.forEach((token, i) => {
    normRoles[i] = rolesOf(vocab, token.norm);
    let any = normRoles[i]!;
    for (const reading of token.segmentations) if (reading.stem !== token.norm) any |= rolesOf(vocab, reading.stem);
    readingRoles[i] = any;
  });
  return { doc, ctx, vocab, known, normRoles, readingRoles };
}

/** The index range [first, end) of the tokens that overlap [start, end), by binary search. */
export function tokensOverlapping(tokens: readonly Token[], start: number, end: number): [number, number] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  let stop = low;
  while (stop < tokens.length && tokens[stop]!.start < end) stop++;
  return [low, stop];
}

/** One rule family: finds mentions with rule ids (e.g. "person:title"). */
export type Rule = (r: RuleDoc) => Mention[];

/** The token at `i` when it exists and lies in the same sentence as token `of`. */
export function tokenAt(r: RuleDoc, i: number, of: Token): Token | undefined {
  const token = r.doc.tokens[i];
  return token && token.sentence === of.sentence ? token : undefined;
}

/** The reading of a token whose stem is in `set` (whole word first), or undefined. */
export function readingIn(token: Token, set: ReadonlySet<string>): Segmentation | undefined {
  // A plain loop: rules ask this at every token, and a callback would be allocated per call.
  for (const reading of token.segmentations) if (set.has(reading.stem)) return reading;
  return undefined;
}

/** Whether a token is the punctuation mark(s) given. */
export function isPunct(token: Token | undefined, marks: string): boolean {
  return token !== undefined && token.kind === 'punct' && marks.includes(token.norm);
}

/**
 * A mention from token `first` (read from `start`, to skip proclitics) through token `last`.
 * Rule mentions carry no entity id: the linker gives one.
 */
export function ruleMention(r: RuleDoc, type: MentionType, start: number, last: Token, rule: string, normalizedWords?: string[]): Mention {
  const [first, end] = tokensOverlapping(r.doc.tokens, start, last.end);
  const tokens = r.doc.tokens.slice(first, end);
  const words = normalizedWords ?? tokens.map((t, k) => (k === 0 ? (t.segmentations.find((s) => s.stemStart === start)?.stem ?? t.norm) : t.norm));
  return {
    type,
    start,
    end: last.end,
    text: r.doc.text.slice(start, last.end),
    normalized: words.join(' '),
    source: { recognizer: 'rules', rule },
  };
}

/** Whether a token is an Arabic word starting with the article (after any proclitics of its default reading). */
export function hasArticle(token: Token): boolean {
  return token.kind === 'arabic' && token.stem.stem.startsWith('ال');
}
