import { readEntityLexicon, shippedEntityLexicons, type LexiconEntry } from '../../lexicon/entities.js';
import { phraseTokens } from '../../lexicon/phrase.js';
import { TokenTrie } from '../../lexicon/trie.js';
import { buildKeyIndex, buildOrganizationKeys, type KeyedVariant, type KeyIndex } from './key-index.js';

export interface GazetteerMatch {
  entry: LexiconEntry;
  /** The variant as written in the lexicon. */
  variant: string;
}

/** Entity lexicons compiled into one token trie, with every entry by id. */
export interface CompiledGazetteer {
  trie: TokenTrie<GazetteerMatch>;
  /** The main row of each id (its first row: canonical name, English name, attributes). */
  entries: Map<string, LexiconEntry>;
  /** Every row of each id (an entity may hold rows with other flags, e.g. `context` short forms). */
  rows: Map<string, LexiconEntry[]>;
  /** Normalized single words of all variants: protects them from clitic cutting (بكين, لبنان). */
  knownWords: Set<string>;
  /** Spellings of foreign-origin entries by transliteration key (see key-index.ts), built on first use. */
  keyIndex: () => KeyIndex;
  /** Multi-word organization names by transliteration key (see key-index.ts), built on first use. */
  organizationKeys: () => Map<string, KeyedVariant[]>;
}

/**
 * Compiles the shipped entity lexicons plus user lexicons. Rows of one id in the shipped lexicons
 * add up (an entity's `context` short forms sit on rows of their own); a user lexicon that names a
 * shipped id replaces all its rows; other user entries are added.
 */
export function compileGazetteer(userLexicons: readonly string[] = []): CompiledGazetteer {
  const rows = new Map<string, LexiconEntry[]>();
  const addFile = (path: string, replaces: boolean): void => {
    const replaced = new Set<string>();
    for (const entry of readEntityLexicon(path)) {
      const list = rows.get(entry.id);
      if (!list || (replaces && !replaced.has(entry.id))) {
        rows.set(entry.id, [entry]);
        if (replaces) replaced.add(entry.id);
      } else list.push(entry);
    }
  };
  for (const path of shippedEntityLexicons()) addFile(path, false);
  for (const path of userLexicons) addFile(path, true);
  const entries = new Map<string, LexiconEntry>();
  const trie = new TokenTrie<GazetteerMatch>();
  const knownWords = new Set<string>();
  const inserted = new Set<string>();
  for (const [id, list] of rows) {
    entries.set(id, list[0]!);
    for (const entry of list) {
      for (const variant of entry.variants) {
        const tokens = phraseTokens(variant);
        const key = `${id}\t${tokens.join(' ')}`;
        if (inserted.has(key)) continue;
        inserted.add(key);
        trie.insert(tokens, { entry, variant });
        if (tokens.length === 1) knownWords.add(tokens[0]!);
      }
    }
  }
  let keyIndex: KeyIndex | undefined;
  let organizationKeys: Map<string, KeyedVariant[]> | undefined;
  return {
    trie,
    entries,
    rows,
    knownWords,
    keyIndex: () => (keyIndex ??= buildKeyIndex([...rows.values()].flat())),
    organizationKeys: () => (organizationKeys ??= buildOrganizationKeys([...rows.values()].flat())),
  };
}
