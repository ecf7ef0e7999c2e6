/**
 * The shapes every part of arner shares. Offsets (`start`, `end`) are always JavaScript string
 * indices into the decoded original text (BOM dropped); `text.slice(start, end)` is the surface.
 */

/** The public entity types of the JSON contract. */
export const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORGANIZATION', 'DATE', 'INITIATIVE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types a recognizer may produce internally; MISC (from ANERcorp) is never a public type. */
export type MentionType = EntityType | 'MISC' | 'DURATION';

export type TokenKind =
  | 'arabic'
  | 'latin'
  | 'number'
  | 'punct'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'symbol'
  | 'other';

/** A span of the original text with its normalized form. */
export interface Span {
  start: number;
  end: number;
}

/** One way to split a word into proclitics and a stem (both with original offsets). */
export interface Segmentation {
  /** Normalized proclitic string, e.g. "وال", "ل", "" for none. */
  prefix: string;
  /** Start of the stem in the original text (the end of the proclitics). */
  stemStart: number;
  /** Normalized stem (the word without the proclitics). */
  stem: string;
}

export interface Token extends Span {
  /** Position of the token in `doc.tokens`. */
  index: number;
  /** The original surface, `doc.text.slice(start, end)`. */
  text: string;
  /** Normalized form of the whole token (see src/normalize). */
  norm: string;
  kind: TokenKind;
  /**
   * Possible proclitic segmentations of an Arabic word, the unsegmented reading (`prefix: ""`)
   * first, then shorter prefixes before longer ones. Consumers pick the reading their lexicon
   * confirms, so words that merely start with clitic letters (وزير, بكين, لبنان) are not cut;
   * `stem` is the reading chosen for words no lexicon knows (see tokenize/clitics.ts).
   */
  segmentations: Segmentation[];
  /** The default reading: the longest plausible proclitic split unless the whole word is known. */
  stem: Segmentation;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

/** The normalized view of the text with a map back to the original. */
export interface NormalizedText {
  text: string;
  /** `originalStart[i]`: start, in the original text, of the character that produced normalized char i. */
  originalStart: Int32Array;
  /**
   * `originalEnd[i]`: end, in the original text, of that character, extended over the diacritics and
   * tatweel attached to it (so a span ending on a letter keeps its marks).
   */
  originalEnd: Int32Array;
}

/** An analysed document: never mutated by recognizers. */
export interface Doc {
  /** The decoded original text (BOM dropped). */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

export interface MentionSource {
  /** Name of the recognizer that produced the mention. */
  recognizer: string;
  /** Rule id inside the recognizer (e.g. "lexicon:people", "date:day-month-year"). */
  rule?: string;
  /** Lexicon file the match came from, if any. */
  lexicon?: string;
}

export type DateGrain =
  | 'century'
  | 'decade'
  | 'year'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute';

export interface Mention extends Span {
  type: MentionType;
  /** `doc.text.slice(start, end)`. */
  text: string;
  /** Normalized form of the mention text. */
  normalized: string;
  /** Entity id (e.g. "person/xi-jinping", "place/KZ"); filled by the linker when unknown. */
  entity?: string;
  /** Canonical English name, when a lexicon knows it. */
  english?: string;
  /** Canonical Arabic name, when a lexicon knows it. */
  canonical?: string;
  source: MentionSource;
  /** DATE: ISO 8601 value at `grain` (e.g. "2016-06-24", "2016", "2016-07-13/2016-07-15"). */
  value?: string;
  grain?: DateGrain;
  /** DATE: false when a relative/partial date could not be resolved (value like "XXXX-06-24"). */
  resolved?: boolean;
  /** Extra facts: e.g. {hijri: "1437-09-15"}, {nationality: "CN"}. */
  attributes?: Record<string, string | number | boolean>;
  /** Recognizer confidence in [0, 1], when it has one. */
  confidence?: number;
}

export interface Dateline extends Span {
  text: string;
  place?: { text: string; start: number; end: number; entity?: string };
  date?: { text: string; start: number; end: number; value: string };
  agency?: { text: string; start: number; end: number; entity?: string };
}

export interface RecognizerContext {
  /** Reference date (YYYY-MM-DD) for relative dates, or null when none is known. */
  referenceDate: string | null;
  /** The dateline, when detected. */
  dateline?: Dateline | null;
}

/**
 * A recognizer: one shape for every source of mentions. It never mutates the document and never
 * does I/O while recognizing (resources are loaded by its factory).
 */
export interface Recognizer {
  readonly name: string;
  readonly produces: readonly MentionType[];
  /**
   * Overlap priority used by the combination policy: higher wins over lower regardless of length
   * (lexicon-confirmed spans beat the statistical tagger, which only fills gaps).
   */
  readonly priority: number;
  recognize(doc: Doc, ctx: RecognizerContext): Mention[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  /** Arabic name: the canonical lexicon name, else the longest mention text. */
  name: string;
  english?: string;
  /** Number of mentions. */
  mentions: number;
  /** DATE entities: the resolved value. */
  value?: string;
}

/** The JSON contract of one extracted document (see schema/document.schema.json). */
export interface ArnerDocument {
  source: string;
  id?: string | number;
  /** JSON Lines input: the 1-based line of the input this document came from. */
  line?: number;
  encoding?: string;
  language: string;
  referenceDate: string | null;
  dateline?: Dateline | null;
  mentions: PublicMention[];
  entities: EntitySummary[];
}

export type PublicMention = Omit<Mention, 'type'> & { type: EntityType };

/** An input that failed, in batch output. */
export interface ErrorRecord {
  source: string;
  id?: string | number;
  /** JSON Lines input: the 1-based line of the input. */
  line?: number;
  error: { code: string; message: string; byteOffset?: number };
}
