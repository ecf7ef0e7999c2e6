import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { LexiconEntry } from '../../lexicon/entities.js';
import { compiledPhraseKey } from '../../lexicon/compiled.js';
import { phraseTokens } from '../../lexicon/phrase.js';
import { minKeyLength, phraseKey } from '../../lexicon/translit-key.js';
import { wordSet } from '../../lexicon/words.js';

/** A lexicon spelling reachable through its transliteration key. */
export interface KeyedVariant {
  entry: LexiconEntry;
  /** The variant as written in the lexicon. */
  variant: string;
  /** Its normalized words. */
  words: readonly string[];
}

/** The second index of the gazetteer: transliteration key → spellings of foreign-origin entries. */
export interface KeyIndex {
  byKey: Map<string, KeyedVariant[]>;
  /** The most text tokens a keyed phrase may span (a compound may be split in the text). */
  maxTokens: number;
}

let nativeCountries: Set<string> | undefined;
function arabicNamedCountries(): Set<string> {
  if (!nativeCountries) {
    const data = JSON.parse(readFileSync(packagePath('lexicons', 'translit', 'native-countries.json'), 'utf8')) as { countries: string[] };
    nativeCountries = new Set(data.countries);
  }
  return nativeCountries;
}

/** The key of a lexicon variant: from the compiled lexicons when they hold it (see compiled.ts). */
function variantKey(variant: string, words: readonly string[]): string {
  return compiledPhraseKey(variant) ?? phraseKey(words);
}

/**
 * Whether an entry's names are transliterations (the key applies) rather than Arabic names (listed
 * spellings only). People and places only; an entry of an Arab country is native; a person whose
 * spelling holds an Arabic given name or a name particle is native unless its country says
 * otherwise (عبد العزيز كاميلوف is Uzbek: كاملوف is a spelling variant of a foreign name).
 */
export function isForeignOrigin(entry: LexiconEntry, words: readonly string[]): boolean {
  if (entry.type !== 'PERSON' && entry.type !== 'PLACE') return false;
  const country = entry.attrs.country ?? /^place\/([A-Z]{2})$/.exec(entry.id)?.[1];
  if (country) return !arabicNamedCountries().has(country);
  if (entry.type === 'PERSON') {
    const arabicNames = wordSet('first-names');
    const particles = wordSet('name-particles');
    if (words.some((w) => arabicNames.has(w) || particles.has(w))) return false;
  }
  return true;
}

/**
 * Indexes the spellings of foreign-origin entries by key. A spelling is left out when its key is
 * shorter than the minimum (short keys collide with ordinary words), when it starts with the
 * article (an ال-word is an Arabic word), or when the entry is flagged `context`.
 */
export function buildKeyIndex(entries: Iterable<LexiconEntry>): KeyIndex {
  const byKey = new Map<string, KeyedVariant[]>();
  let maxTokens = 1;
  const min = minKeyLength();
  for (const entry of entries) {
    if (entry.flags.has('context')) continue;
    for (const variant of entry.variants) {
      const words = phraseTokens(variant);
      if (words.length === 0 || words[0]!.startsWith('ال')) continue;
      if (!isForeignOrigin(entry, words)) continue;
      const key = variantKey(variant, words);
      if (key.length < min) continue;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      if (!list.some((k) => k.entry.id === entry.id)) list.push({ entry, variant, words });
      maxTokens = Math.max(maxTokens, words.length + 1);
    }
  }
  return { byKey, maxTokens: Math.min(maxTokens, 6) };
}

/**
 * Multi-word organization names by transliteration key, for linking a span a rule found (منظمة
 * شانجهاي للتعاون) to the listed name it respells (منظمة شانغهاي للتعاون). Only names of two words or
 * more, not flagged `context`: the words around the respelled one make a collision unlikely, and
 * the caller still asks for a close spelling.
 */
export function buildOrganizationKeys(entries: Iterable<LexiconEntry>): Map<string, KeyedVariant[]> {
  const byKey = new Map<string, KeyedVariant[]>();
  for (const entry of entries) {
    if (entry.type !== 'ORGANIZATION' || entry.flags.has('context')) continue;
    for (const variant of entry.variants) {
      const words = phraseTokens(variant);
      if (words.length < 2) continue;
      const key = variantKey(variant, words);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      if (!list.some((k) => k.entry.id === entry.id)) list.push({ entry, variant, words });
    }
  }
  return byKey;
}
