import type { Doc, Mention } from '../../core/types.js';
import { spellingSimilarity } from '../../lexicon/similarity.js';
import { KeyTrie } from '../../lexicon/key-trie.js';
import { minKeySimilarity, minSingleWordKeyLength } from '../../lexicon/translit-key.js';
import { wordSet } from '../../lexicon/words.js';
import type { LexiconEntry } from '../../lexicon/entities.js';
import type { KeyIndex, KeyedVariant } from './key-index.js';

export interface KeyCandidate {
  mention: Mention;
  /** Index of the first token and how many tokens the match spans. */
  tokenIndex: number;
  length: number;
}

/** Words that never take part in a keyed name (function words, name particles, title words), in one set. */
function excludedWords(): Set<string> {
  return new Set(['stopwords', 'name-particles', 'titles', 'common-words', 'nisba'].flatMap((name) => [...wordSet(name)]));
}

/** Matches of the key index, built once per gazetteer. */
export interface KeyMatcher {
  /** The best key match starting at token `i`, or undefined. */
  at(doc: Doc, i: number): KeyCandidate | undefined;
}

/**
 * Finds transliteration variants of foreign-origin lexicon names (see key-index.ts): at a token,
 * the longest run of Arabic tokens whose joined key is indexed, whose spelling is close to the
 * lexicon's (Jaro-Winkler ≥ the threshold of lexicons/translit/key.json), and none of whose words
 * is a function word, a name particle, a title or a listed common word. The first token may carry
 * proclitics.
 */
export function createKeyMatcher(index: KeyIndex, mainRows: ReadonlyMap<string, LexiconEntry>): KeyMatcher {
  const excluded = excludedWords();
  const isExcluded = (word: string): boolean => excluded.has(word);
  const threshold = minKeySimilarity();
  const minSingle = minSingleWordKeyLength();
  const nameParts = wordSet('name-parts');
  const givenNames = wordSet('first-names');
  const stopwords = wordSet('stopwords');
  const isNamePart = (word: string): boolean => (nameParts.has(word) || givenNames.has(word)) && !stopwords.has(word);
  const keys = new KeyTrie<KeyedVariant>();
  for (const [key, spellings] of index.byKey) for (const keyed of spellings) keys.insert(key, keyed);
  return {
    at(doc, i) {
      const { tokens } = doc;
      const token = tokens[i]!;
      if (token.kind !== 'arabic' || index.byKey.size === 0) return undefined;
      let best: { length: number; similarity: number; keyed: KeyedVariant; readingIndex: number; words: string[] } | undefined;
      const { segmentations } = token;
      for (let readingIndex = 0; readingIndex < segmentations.length; readingIndex++) {
        const reading = segmentations[readingIndex]!;
        // Indexed spellings never carry the article; a text word with it is an Arabic word (المرات).
        if (reading.stem.startsWith('ال')) continue;
        // Most other words start no indexed key: the key trie rejects them within a letter or two.
        let phraseKey = keys.follow(keys.root, reading.stem);
        if (!phraseKey || isExcluded(reading.stem)) continue;
        const words = [reading.stem];
        for (let k = 1; k <= index.maxTokens; k++) {
          if (k > 1) {
            const next = tokens[i + k - 1];
            if (!next || next.sentence !== token.sentence || next.kind !== 'arabic' || next.norm.startsWith('ال')) break;
            // A phrase key only grows with more words: once no indexed key starts with it, none will.
            phraseKey = keys.follow(phraseKey, next.norm);
            if (!phraseKey || isExcluded(next.norm)) break;
            words.push(next.norm);
          }
          if (best && k < best.length) continue;
          if (k === 1 && phraseKey.depth < minSingle) continue;
          // The indexed spellings whose key is exactly the phrase's (none when it only begins keys).
          for (const keyed of phraseKey.values) {
            // A name split into more words than listed (نزار باييف for نزارباييف) is a habit of
            // personal names; for places it meets ordinary word pairs (أنت لي / أنطاليا).
            if (k > keyed.words.length && keyed.entry.type !== 'PERSON') continue;
            const similarity = spellingSimilarity(words, keyed.words);
            if (similarity < threshold) continue;
            if (!best || k > best.length || similarity > best.similarity) {
              best = { length: k, similarity, keyed, readingIndex, words: [...words] };
            }
          }
        }
      }
      if (!best) return undefined;
      // A key match inside a longer name is a part of that name (لان هونغ قوانغ is not هونغ كونغ).
      const before = tokens[i - 1];
      const after = tokens[i + best.length];
      if ((before && before.sentence === token.sentence && isNamePart(before.norm)) || (after && after.sentence === token.sentence && isNamePart(after.norm))) {
        return undefined;
      }
      const reading = token.segmentations[best.readingIndex]!;
      const last = tokens[i + best.length - 1]!;
      const { entry, variant } = best.keyed;
      const main = mainRows.get(entry.id) ?? entry;
      return {
        tokenIndex: i,
        length: best.length,
        mention: {
          type: entry.type,
          start: reading.stemStart,
          end: last.end,
          text: doc.text.slice(reading.stemStart, last.end),
          normalized: best.words.join(' '),
          entity: entry.id,
          english: main.english || undefined,
          canonical: main.variants[0],
          source: { recognizer: 'variants', rule: `variant-key:${entry.lexicon}`, lexicon: entry.lexicon },
          attributes: { variant, matchedBy: 'transliteration-key' },
          confidence: Math.round(best.similarity * 1000) / 1000,
        },
      };
    },
  };
}
