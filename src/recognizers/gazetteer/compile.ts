import { readEntityLexicon, shippedEntityLexicons, type LexiconEntry } from '../../lexicon/entities.js';
import { phraseTokens } from '../../lexicon/phrase.js';
import { TokenTrie } from '../../lexicon/trie.js';

export interface GazetteerMatch {
  entry: LexiconEntry;
  /** The variant as written in the lexicon. */
  variant: string;
}

/** Entity lexicons compiled into one token trie, with every entry by id. */
export interface CompiledGazetteer {
  trie: TokenTrie<GazetteerMatch>;
  entries: Map<string, LexiconEntry>;
  /** Normalized single words of all variants: protects them from clitic cutting (بكين, لبنان). */
  knownWords: Set<string>;
}

/**
 * Compiles the shipped entity lexicons plus user lexicons. A user entry with the id of a shipped
 * entry replaces it; other user entries are added.
 */
export function compileGazetteer(userLexicons: readonly string[] = []): CompiledGazetteer {
  const entries = new Map<string, LexiconEntry>();
  for (const path of [...shippedEntityLexicons(), ...userLexicons]) {
    for (const entry of readEntityLexicon(path)) entries.set(entry.id, entry);
  }
  const trie = new TokenTrie<GazetteerMatch>();
  const knownWords = new Set<string>();
  for (const entry of entries.values()) {
    for (const variant of entry.variants) {
      const tokens = phraseTokens(variant);
      trie.insert(tokens, { entry, variant });
      if (tokens.length === 1) knownWords.add(tokens[0]!);
    }
  }
  return { trie, entries, knownWords };
}
