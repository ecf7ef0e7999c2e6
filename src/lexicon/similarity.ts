import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { classSpelling } from './translit-key.js';

/**
 * Jaro-Winkler similarity in [0, 1] of two spellings given as normalized words, compared as class
 * spellings (translit-key.ts: ق ك غ ج are one letter, ت ط one, ...; spaces removed, so a compound
 * written as one word or two compares equal). Used to confirm a transliteration-key match: the key
 * says the consonant skeletons agree, the similarity says the spellings, vowels included, are close.
 */
export function spellingSimilarity(a: readonly string[], b: readonly string[]): number {
  return jaroWinklerDistance(classSpelling(a), classSpelling(b));
}
