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

/**
 * Every prefix of the given keys (the empty one and the keys themselves included). Keys only grow as
 * words are added (see extendKey), so a phrase whose key so far is not in this set can reach none
 * of the keys: matchers reject most words with one lookup.
 */
export function keyPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    for (let end = 0; end <= key.length; end++) prefixes.add(key.slice(0, end));
  }
  return prefixes;
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
