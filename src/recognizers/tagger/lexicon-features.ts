import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { packagePath } from '../../core/paths.js';
import { ENTITY_TYPES } from '../../core/types.js';
import { readEntityLexicon } from '../../lexicon/entities.js';
import { phraseTokens } from '../../lexicon/phrase.js';
import { wordSet } from '../../lexicon/words.js';
import { readTsv, tsvNamesIn } from '../../lexicon/tsv.js';
import { normalizeText } from '../../normalize/index.js';

/**
 * The lexicons a model was trained with, by name: word lists (lexicons/words/<name>.tsv) and
 * entity lexicons (lexicons/entities/<name>.tsv). A model records these names so that it reads
 * the same lists when it tags; lists added later are used only after retraining.
 */
export interface LexiconNames {
  wordLists: string[];
  entityLexicons: string[];
}

/** Where an entity-lexicon phrase covers a token: the whole phrase, its first, a middle or its last token. */
export const PHRASE_POSITIONS = ['U', 'B', 'I', 'E'] as const;

/** Bit of (entity type, position) in a token's phrase mask. */
export function phraseBit(type: number, position: number): number {
  return 1 << (type * PHRASE_POSITIONS.length + position);
}

interface PhraseNode {
  children: Map<string, PhraseNode>;
  /** Bit per entity type (ENTITY_TYPES order) of the phrases ending here. */
  types: number;
}

export interface LexiconResources {
  names: LexiconNames;
  wordLists: { name: string; words: Set<string> }[];
  phrases: PhraseNode;
  /** SHA-1 over the lists' contents: tells whether a model still sees the lexicons it was trained with. */
  fingerprint: string;
}

/** Every lexicon present in a lexicon folder (default: the package's; what training uses). */
export function presentLexiconNames(root: string = packagePath('lexicons')): LexiconNames {
  return {
    wordLists: tsvNamesIn(join(root, 'words')),
    entityLexicons: tsvNamesIn(join(root, 'entities')),
  };
}

/** The normalized words of a word list in a lexicon folder other than the package's. */
function wordSetIn(root: string, name: string): Set<string> {
  const path = join(root, 'words', `${name}.tsv`);
  if (!existsSync(path)) return new Set();
  return new Set(readTsv(path, ['arabic']).map((row) => normalizeText(row.cells.arabic!)));
}

/**
 * Loads the named lexicons from the package (or from another lexicon folder, for experiments on a
 * frozen copy); a name whose file no longer exists contributes nothing.
 */
export function loadLexiconResources(names: LexiconNames, root?: string): LexiconResources {
  const digest = createHash('sha1');
  const wordLists = names.wordLists.map((name) => {
    const words = root ? wordSetIn(root, name) : wordSet(name);
    digest.update(`words:${name}\n${[...words].sort().join('\n')}\n`);
    return { name, words };
  });
  const phrases: PhraseNode = { children: new Map(), types: 0 };
  for (const name of names.entityLexicons) {
    const path = join(root ?? packagePath('lexicons'), 'entities', `${name}.tsv`);
    if (!existsSync(path)) continue;
    const lines: string[] = [];
    for (const entry of readEntityLexicon(path)) {
      const typeBit = 1 << ENTITY_TYPES.indexOf(entry.type);
      for (const variant of entry.variants) {
        const tokens = phraseTokens(variant);
        if (tokens.length === 0) continue;
        let node = phrases;
        for (const token of tokens) {
          let child = node.children.get(token);
          if (!child) node.children.set(token, (child = { children: new Map(), types: 0 }));
          node = child;
        }
        node.types |= typeBit;
        lines.push(`${entry.type}\t${tokens.join(' ')}`);
      }
    }
    digest.update(`entities:${name}\n${lines.sort().join('\n')}\n`);
  }
  return { names, wordLists, phrases, fingerprint: digest.digest('hex') };
}

/**
 * For each token of a sentence, a bit mask of the entity-lexicon phrases covering it, by type and
 * position. `firstForms(i)` gives the forms token i may take as a phrase's first token (the word
 * and its clitic-stripped readings: والصين starts الصين); later tokens must match exactly.
 */
export function phraseMasks(
  norms: readonly string[],
  firstForms: (i: number) => readonly string[],
  phrases: PhraseNode,
): Int32Array {
  const masks = new Int32Array(norms.length);
  if (phrases.children.size === 0) return masks;
  for (let i = 0; i < norms.length; i++) {
    for (const form of firstForms(i)) {
      let node = phrases.children.get(form);
      let end = i + 1;
      while (node) {
        if (node.types !== 0) markPhrase(masks, i, end, node.types);
        if (end >= norms.length) break;
        node = node.children.get(norms[end]!);
        end++;
      }
    }
  }
  return masks;
}

function markPhrase(masks: Int32Array, start: number, end: number, types: number): void {
  for (let type = 0; type < ENTITY_TYPES.length; type++) {
    if ((types & (1 << type)) === 0) continue;
    if (end - start === 1) {
      masks[start]! |= phraseBit(type, 0);
      continue;
    }
    masks[start]! |= phraseBit(type, 1);
    for (let k = start + 1; k < end - 1; k++) masks[k]! |= phraseBit(type, 2);
    masks[end - 1]! |= phraseBit(type, 3);
  }
}
