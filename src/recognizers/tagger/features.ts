import { procliticReadings, withoutArticle } from '../../tokenize/clitics.js';
import { wordKey } from '../../lexicon/translit-key.js';
import { combine, combine3, hashRange, hashString } from './hash.js';
import { phraseMasks, type LexiconResources } from './lexicon-features.js';

/**
 * Feature extraction. A token's features are 32-bit hashes of (template, value) pairs. Features
 * that depend only on the word (its form, stem, affixes, shape, word-list membership) are computed
 * once per distinct word and cached; context features combine the cached hashes of the neighbours
 * with the template of their offset, so tagging allocates no feature strings.
 */

/** Switches for feature groups (stored in the model so tagging uses what training used). */
export interface FeatureOptions {
  /** Longest word prefix / suffix used as a feature. */
  affixLength: number;
  /** Character n-gram length over the bare stem (0 = none). */
  ngram: number;
  /** Window of neighbouring words and stems, in tokens on each side. */
  window: number;
  /** Word bigrams (previous+current, current+next). */
  bigrams: boolean;
  /**
   * Features of the bare stem that generalize to unseen names: its suffixes of 1-4 letters, its
   * consonant/long-vowel skeleton, its exact length, letters that only foreign words use, and its
   * transliteration key. Absent in older models (= false).
   */
  stemShape?: boolean;
  /** Second stage: also the first stage's tags of the token and its neighbours at ±1 (stacking). */
  stacked?: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { affixLength: 4, ngram: 3, window: 2, bigrams: true };

/** What a word contributes to its own features and to its neighbours'. */
export interface WordInfo {
  /** Hash of the normalized word. */
  word: number;
  /** Hash of the bare stem: default clitic reading without the article. */
  stem: number;
  /** Hash of the word shape (script, length class). */
  shape: number;
  /** Hash of the last two letters. */
  suffix: number;
  /** The word's identity features (word, stems), template already combined. */
  identity: Int32Array;
  /** Its other word-level features (affixes, n-grams, shape, word lists). */
  own: Int32Array;
  /** Word-list memberships (list hashes), used for the token and its neighbours. */
  lists: Int32Array;
  /** Forms of the word that start an entity-lexicon phrase (among the word and its clitic-stripped stems). */
  phraseStarts: string[];
  /** The word's first half of the bigram features it starts (see pairHalves). */
  pairs: Int32Array;
  /** Whether the bare stem has two letters or more (document features compare only such words). */
  wordLike: boolean;
  /**
   * The word's weight sums under the model's stages, filled by the tagger's EmissionScorer on first
   * use (a cache that lives as long as the description).
   */
  scoreVectors?: Float32Array;
}

const T = (name: string): number => hashString(name);
/** The feature every token has. */
export const T_BIAS = T('bias');
/** The feature of a sentence's first token. */
export const T_FIRST = T('first');
const T_WORD = T('w');
const T_STEM = T('s');
const T_READING = T('rs');
const T_CLITIC = T('cl');
const T_PREFIX = T('p');
const T_SUFFIX = T('x');
const T_STEM_PREFIX = T('sp');
const T_NGRAM = T('ng');
const T_SHAPE = T('sh');
const T_LIST = T('wl');
const T_LIST_STEM = T('wl~');
const T_CONTEXT_WORD = T('w@');
const T_CONTEXT_STEM = T('s@');
const T_CONTEXT_LIST = T('wl@');
const T_CONTEXT_SHAPE = T('sh@');
const T_CONTEXT_SUFFIX = T('x@');
const T_BIGRAM_LEFT = T('ww-');
const T_BIGRAM_RIGHT = T('ww+');
const T_STEM_BIGRAM_LEFT = T('ss-');
const T_STEM_BIGRAM_RIGHT = T('ss+');
const T_PHRASE = T('gz');
const T_CONTEXT_PHRASE = T('gz@');
const T_STEM_SUFFIX = T('ss');
const T_STEM_SKELETON = T('sk');
const T_STEM_LENGTH = T('sl');
const T_FOREIGN = T('fl');
const T_TRANSLIT_KEY = T('tk');
const BOUNDARY_LEFT = T('<s>');
const BOUNDARY_RIGHT = T('</s>');

/**
 * A bigram feature is combine(combine(template, first), second); this is the inner part for a word
 * as the first element of each bigram template: [word as the left neighbour (ww-), word as the
 * token before its right neighbour (ww+), the same for stems (ss-, ss+)].
 */
function pairHalves(word: number, stem: number): Int32Array {
  return Int32Array.of(combine(T_BIGRAM_LEFT, word), combine(T_BIGRAM_RIGHT, word), combine(T_STEM_BIGRAM_LEFT, stem), combine(T_STEM_BIGRAM_RIGHT, stem));
}

/** How many bigram features a token has (see FeatureExtractor.pairFeatures). */
export const PAIR_FEATURES = 4;
/** The most phrase features a token can have: every bit of its own and its neighbours' masks. */
export const PHRASE_FEATURES = 3 * 32;

/** pairHalves of the left sentence edge. */
const EDGE_PAIRS = pairHalves(BOUNDARY_LEFT, BOUNDARY_LEFT);

/**
 * The features of one sentence: token i's features are `features[offsets[i] .. offsets[i+1])`,
 * of which the first `identity[i]` are about the word's own identity (its form and stems, alone or
 * in bigrams): training may hide them to teach the model what unseen words look like.
 */
export interface SentenceFeatures {
  length: number;
  offsets: Int32Array;
  identity: Uint8Array;
  features: Int32Array;
}

const ARTICLE = 'ال';

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** Shape class: the scripts present (Arabic, Latin, digit, other) and a length class. */
function shapeOf(word: string): string {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else other++;
  }
  const scripts = `${arabic ? 'A' : ''}${latin ? 'L' : ''}${digit ? 'D' : ''}${other ? 'P' : ''}`;
  const n = word.length;
  const length = n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+';
  const upper = latin && /^[A-Z]/.test(word) ? 'U' : '';
  return `${scripts}${upper}:${length}`;
}

/** Letters of Persian/foreign origin used in transliterations (گ پ چ ژ ڤ ڨ ڭ). */
const FOREIGN_LETTERS = /[گپچژڤڨڭ]/;

/** The stem as a skeleton of consonants (C) and long vowels (V: ا و ي), capped at 10 letters. */
function skeletonOf(stem: string): string {
  let out = '';
  for (let i = 0; i < stem.length && i < 10; i++) {
    const c = stem[i]!;
    out += c === 'ا' || c === 'و' || c === 'ي' ? 'V' : isArabicLetter(stem.charCodeAt(i)) ? 'C' : 'x';
  }
  return stem.length > 10 ? `${out}+` : out;
}

/** The word lists a word is in, as indices into LexiconResources.wordLists, ascending. */
type ListIndex = Map<string, number[]>;

/** One map for all word lists: a word's lists in one lookup instead of one per list. */
function indexWordLists(wordLists: LexiconResources['wordLists']): ListIndex {
  const index: ListIndex = new Map();
  wordLists.forEach(({ words }, list) => {
    for (const word of words) {
      const lists = index.get(word);
      if (lists) lists.push(list);
      else index.set(word, [list]);
    }
  });
  return index;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  /** Descriptions kept at most (the cache restarts beyond), to bound memory over huge batches. */
  private readonly maxCache = 100_000;
  private listIndex: ListIndex | undefined;
  /** Per word list: the hashes of its name, as met by the word itself and by a clitic-stripped form (name~). */
  private readonly listHashes: { word: number; form: number }[];

  constructor(
    readonly options: FeatureOptions,
    private readonly lexicons: LexiconResources,
  ) {
    this.listHashes = lexicons.wordLists.map(({ name }) => ({ word: hashString(name), form: hashString(`${name}~`) }));
  }

  /** What the model knows of a word on its own (cached per distinct word). */
  describe(word: string): WordInfo {
    let info = this.cache.get(word);
    if (info) return info;
    if (this.cache.size >= this.maxCache) this.cache.clear();
    info = this.buildWordInfo(word);
    this.cache.set(word, info);
    return info;
  }

  private buildWordInfo(word: string): WordInfo {
    const { affixLength, ngram } = this.options;
    const identity: number[] = [];
    const own: number[] = [];
    const readings = procliticReadings(word, 0, (k) => k);
    const chosen = defaultReading(readings);
    const bare = withoutArticle(chosen.stem);
    const wordHash = hashString(word);
    const stemHash = hashString(bare);
    identity.push(combine(T_WORD, wordHash), combine(T_STEM, stemHash));
    own.push(combine(T_CLITIC, hashString(`${chosen.prefix}|${chosen.stem.startsWith(ARTICLE) ? 'al' : ''}`)));
    const readingStems = new Set<string>();
    for (const reading of readings) readingStems.add(withoutArticle(reading.stem));
    readingStems.delete(bare);
    for (const stem of readingStems) identity.push(combine(T_READING, hashString(stem)));
    for (let n = 1; n <= affixLength && n < word.length; n++) {
      own.push(combine3(T_PREFIX, n, hashRange(word, 0, n)));
      own.push(combine3(T_SUFFIX, n, hashRange(word, word.length - n)));
    }
    for (let n = 1; n <= Math.min(3, affixLength) && n < bare.length; n++) {
      own.push(combine3(T_STEM_PREFIX, n, hashRange(bare, 0, n)));
    }
    if (ngram > 0 && bare.length > ngram) {
      const padded = `^${bare}$`;
      for (let i = 0; i + ngram <= padded.length; i++) own.push(combine(T_NGRAM, hashRange(padded, i, i + ngram)));
    }
    if (this.options.stemShape && bare.length >= 2) {
      for (let n = 1; n <= 4 && n < bare.length; n++) own.push(combine3(T_STEM_SUFFIX, n, hashRange(bare, bare.length - n)));
      own.push(combine(T_STEM_SKELETON, hashString(skeletonOf(bare))));
      own.push(combine(T_STEM_LENGTH, Math.min(bare.length, 14)));
      if (FOREIGN_LETTERS.test(bare)) own.push(T_FOREIGN);
      if (isArabicLetter(bare.charCodeAt(0))) own.push(combine(T_TRANSLIT_KEY, hashString(wordKey(bare))));
    }
    const shape = hashString(shapeOf(word));
    own.push(combine(T_SHAPE, shape));
    // Each word list the word is in, in list order; else each list a clitic-stripped form is in (name~).
    const listIndex = (this.listIndex ??= indexWordLists(this.lexicons.wordLists));
    const ofWord = listIndex.get(word);
    let ofForms: Set<number> | undefined;
    for (const reading of readings) {
      for (const form of [reading.stem, withoutArticle(reading.stem)]) {
        const found = form === word ? undefined : listIndex.get(form);
        if (found) for (const list of found) (ofForms ??= new Set()).add(list);
      }
    }
    const lists: number[] = [];
    if (ofWord || ofForms) {
      for (let list = 0; list < this.listHashes.length; list++) {
        if (ofWord?.includes(list)) {
          lists.push(this.listHashes[list]!.word);
          own.push(combine(T_LIST, this.listHashes[list]!.word));
        } else if (ofForms?.has(list)) {
          lists.push(this.listHashes[list]!.form);
          own.push(combine(T_LIST_STEM, this.listHashes[list]!.form));
        }
      }
    }
    const suffix = word.length > 2 ? hashRange(word, word.length - 2) : wordHash;
    const phraseStarts = [...new Set(readings.map((r) => r.stem))].filter((form) => this.lexicons.phrases.children.has(form));
    return {
      word: wordHash,
      stem: stemHash,
      shape,
      suffix,
      identity: Int32Array.from(identity),
      own: Int32Array.from(own),
      lists: Int32Array.from(lists),
      phraseStarts,
      pairs: pairHalves(wordHash, stemHash),
      scoreVectors: undefined,
      wordLike: bare.length >= 2 && /\p{L}/u.test(bare),
    };
  }

  /**
   * Hashes of the words' bare stems (clitics and article removed), the keys under which document
   * features compare occurrences; 0 for tokens that are not words of two letters or more.
   */
  stemKeys(norms: readonly string[]): Int32Array {
    return stemKeysOf(norms.map((word) => this.describe(word)));
  }

  /**
   * Entity-lexicon phrase masks of a sentence (see phraseMasks), from the words' descriptions.
   */
  phraseMasks(norms: readonly string[], infos: readonly WordInfo[]): Int32Array {
    return phraseMasks(norms, (i) => infos[i]!.phraseStarts, this.lexicons.phrases);
  }

  /**
   * The features a token gets from the word at offset `d` (d ≠ 0, |d| ≤ window): that word's form,
   * stem and word lists, and at ±1 its shape and last letters; `neighbour` undefined = beyond the
   * sentence edge.
   */
  contextFeatures(neighbour: WordInfo | undefined, d: number, emit: (feature: number) => void): void {
    if (!neighbour) {
      const boundary = d < 0 ? BOUNDARY_LEFT : BOUNDARY_RIGHT;
      emit(combine3(T_CONTEXT_WORD, d, boundary));
      emit(combine3(T_CONTEXT_STEM, d, boundary));
      return;
    }
    emit(combine3(T_CONTEXT_WORD, d, neighbour.word));
    emit(combine3(T_CONTEXT_STEM, d, neighbour.stem));
    for (let k = 0; k < neighbour.lists.length; k++) emit(combine3(T_CONTEXT_LIST, d, neighbour.lists[k]!));
    if (d === -1 || d === 1) {
      emit(combine3(T_CONTEXT_SHAPE, d, neighbour.shape));
      emit(combine3(T_CONTEXT_SUFFIX, d, neighbour.suffix));
    }
  }

  /**
   * Features of token i that depend on the pair it forms with its neighbours (word and stem
   * bigrams); they are identity features too (see SentenceFeatures). Written into `out` (room for
   * PAIR_FEATURES); returns how many (0 without bigrams).
   */
  pairFeatures(infos: readonly WordInfo[], i: number, out: Int32Array): number {
    if (!this.options.bigrams) return 0;
    const info = infos[i]!;
    const left = i > 0 ? infos[i - 1]!.pairs : EDGE_PAIRS;
    const right = i + 1 < infos.length ? infos[i + 1]! : undefined;
    out[0] = combine(left[0]!, info.word);
    out[1] = combine(info.pairs[1]!, right ? right.word : BOUNDARY_RIGHT);
    out[2] = combine(left[2]!, info.stem);
    out[3] = combine(info.pairs[3]!, right ? right.stem : BOUNDARY_RIGHT);
    return PAIR_FEATURES;
  }

  /**
   * Features of token i from the entity-lexicon phrases covering it and its neighbours at ±1,
   * written into `out` (room for PHRASE_FEATURES); returns how many.
   */
  phraseFeatures(masks: Int32Array, i: number, out: Int32Array): number {
    let count = 0;
    for (let d = -1; d <= 1; d++) {
      const j = i + d;
      if (j < 0 || j >= masks.length) continue;
      let mask = masks[j]!;
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask);
        mask &= ~(1 << bit);
        out[count++] = combine3(d === 0 ? T_PHRASE : T_CONTEXT_PHRASE, d, bit);
      }
    }
    return count;
  }

  /**
   * Features of a sentence given its normalized tokens, in this order per token: identity
   * features (the word's, then its bigrams), the bias, T_FIRST on the first token, the word's own
   * features, its context at each offset, the lexicon phrases around it.
   */
  extract(norms: readonly string[]): SentenceFeatures {
    const n = norms.length;
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = this.describe(norms[i]!);
    const masks = this.phraseMasks(norms, infos);
    const { window } = this.options;
    const offsets = new Int32Array(n + 1);
    const identity = new Uint8Array(n);
    let features = new Int32Array(Math.max(64, n * 64));
    let size = 0;
    const push = (h: number): void => {
      if (size === features.length) {
        const grown = new Int32Array(features.length * 2);
        grown.set(features);
        features = grown;
      }
      features[size++] = h;
    };
    const some = new Int32Array(Math.max(PAIR_FEATURES, PHRASE_FEATURES));
    const pushSome = (count: number): void => {
      for (let k = 0; k < count; k++) push(some[k]!);
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = size;
      const info = infos[i]!;
      for (let k = 0; k < info.identity.length; k++) push(info.identity[k]!);
      pushSome(this.pairFeatures(infos, i, some));
      identity[i] = size - offsets[i]!;
      push(T_BIAS);
      if (i === 0) push(T_FIRST);
      for (let k = 0; k < info.own.length; k++) push(info.own[k]!);
      for (let d = -window; d <= window; d++) {
        if (d !== 0) this.contextFeatures(infos[i + d], d, push);
      }
      pushSome(this.phraseFeatures(masks, i, some));
    }
    offsets[n] = size;
    return { length: n, offsets, identity, features: features.subarray(0, size) };
  }
}

/**
 * The reading used for the stem feature: the split before the article when the word does not
 * itself start with it (والصين → الصين, للتعاون → التعاون), else the word as written, as the
 * tokenizer does for words no lexicon knows.
 */
function defaultReading<R extends { prefix: string; stem: string }>(readings: R[]): R {
  const whole = readings[0]!;
  if (whole.stem.startsWith(ARTICLE)) return whole;
  for (let i = readings.length - 1; i >= 1; i--) {
    if (readings[i]!.stem.startsWith(ARTICLE)) return readings[i]!;
  }
  return whole;
}

/** The keys under which document features compare a sentence's words (see FeatureExtractor.stemKeys). */
export function stemKeysOf(infos: readonly WordInfo[]): Int32Array {
  const keys = new Int32Array(infos.length);
  for (let i = 0; i < infos.length; i++) keys[i] = infos[i]!.wordLike ? infos[i]!.stem || 1 : 0;
  return keys;
}
