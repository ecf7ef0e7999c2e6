import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

/**
 * A phonetic skeleton for Arabic transliterations of foreign names: two spellings of one name by
 * different outlets get the same key, whatever they chose for g/k/q (شانغهاي / شنغهاي, بينغ / بينج),
 * long vowels (طشقند / طاشقند), doubled letters (نزارباييف / نزاربايف), a final ى/ي/ه, or a compound
 * written as one word or two (نور سلطان / نورسلطان, نزار باييف / نزارباييف).
 *
 * The key of a word: map each letter through its class (lexicons/translit/key.json), drop the long
 * vowels ا و ي after the first letter, drop hamza, drop a final ه, collapse runs of one symbol.
 * The key of a phrase is the keys of its words joined without a separator, so split and joined
 * compounds meet. Keys are computed on normalized text (src/normalize).
 */

interface KeySpec {
  classes: Record<string, string>;
  vowels: string;
  dropped: string;
  finalDropped: string;
  minKeyLength: number;
  minSimilarity: number;
  minSingleWordKeyLength: number;
}

let spec: KeySpec | undefined;
function keySpec(): KeySpec {
  return (spec ??= JSON.parse(readFileSync(packagePath('lexicons', 'translit', 'key.json'), 'utf8')) as KeySpec);
}

/** Keys of words already seen: news repeat their words, and a key is asked for many times per word. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

/** The key of one normalized word. */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeWordKey(word);
    keyCache.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  const { classes, vowels, dropped, finalDropped } = keySpec();
  let end = word.length;
  while (end > 1 && finalDropped.includes(word[end - 1]!)) end--;
  let key = '';
  for (let i = 0; i < end; i++) {
    const char = word[i]!;
    if (dropped.includes(char)) continue;
    if (i > 0 && vowels.includes(char)) continue;
    const symbol = classes[char] ?? char;
    if (!key.endsWith(symbol)) key += symbol;
  }
  return key;
}

/** What `keyLetters` says of a character. */
export const KeyLetter = {
  /** Dropped everywhere (hamza). */
  dropped: 1,
  /** A long vowel: dropped after the first letter of a word. */
  vowel: 2,
  /** Dropped at the end of a word (final ه). */
  finalDropped: 4,
} as const;

/** The key spec as tables by character code, for code that follows a key letter by letter (key-trie.ts). */
export interface KeyLetters {
  /** The code of the key symbol of each character below `symbol.length` (its class, else itself). */
  symbol: Uint16Array;
  /** KeyLetter bits of each character below `flags.length`. */
  flags: Uint8Array;
}

let letters: KeyLetters | undefined;
/** The key spec as tables; characters past the tables' length are their own symbols with no flags. */
export function keyLetters(): KeyLetters {
  if (letters) return letters;
  const { classes, vowels, dropped, finalDropped } = keySpec();
  const specChars = [...Object.keys(classes), ...vowels, ...dropped, ...finalDropped];
  for (const [char, symbol] of Object.entries(classes)) {
    if (char.length !== 1 || symbol.length !== 1) throw new Error(`key.json: class ${char} → ${symbol}: a letter and its symbol must be one character each`);
  }
  const size = Math.max(0x700, ...specChars.map((char) => char.charCodeAt(0) + 1));
  const symbol = new Uint16Array(size);
  for (let code = 0; code < size; code++) symbol[code] = code;
  for (const [char, cls] of Object.entries(classes)) symbol[char.charCodeAt(0)] = cls.charCodeAt(0);
  const flags = new Uint8Array(size);
  for (const char of dropped) flags[char.charCodeAt(0)]! |= KeyLetter.dropped;
  for (const char of vowels) flags[char.charCodeAt(0)]! |= KeyLetter.vowel;
  for (const char of finalDropped) flags[char.charCodeAt(0)]! |= KeyLetter.finalDropped;
  return (letters = { symbol, flags });
}

/**
 * The spelling with every letter mapped to its class and hamza dropped, vowels and doubled letters
 * kept (طشقند → TشKنD, تاشكند → TاشKنD): what a similarity measure compares once the choice of
 * letter for one sound no longer counts, while vowels still do.
 */
export function classSpelling(words: readonly string[]): string {
  const { classes, dropped } = keySpec();
  let out = '';
  for (const char of words.join('')) {
    if (dropped.includes(char)) continue;
    out += classes[char] ?? char;
  }
  return out;
}

/** The key of a phrase given as normalized words: the word keys joined (compounds split or joined meet). */
export function phraseKey(words: readonly string[]): string {
  let key = '';
  for (const word of words) key = extendKey(key, word);
  return key;
}

/**
 * The key of a phrase one word longer: `phraseKey([...words, word])` from `phraseKey(words)`, for
 * callers that grow a phrase word by word. A symbol repeated across the word boundary counts once.
 */
export function extendKey(key: string, word: string): string {
  const part = wordKey(word);
  return key + (key.endsWith(part[0] ?? '') ? part.slice(1) : part);
}

/** The number of symbols a key needs before it may stand for a name on its own (shorter keys collide too often). */
export function minKeyLength(): number {
  return keySpec().minKeyLength;
}

/** The Jaro-Winkler similarity a key match needs (see similarity.ts). */
export function minKeySimilarity(): number {
  return keySpec().minSimilarity;
}

/** The key length a match of a single text word needs. */
export function minSingleWordKeyLength(): number {
  return keySpec().minSingleWordKeyLength;
}
