import { KeyLetter, keyLetters, type KeyLetters } from './translit-key.js';

const flagsOf = (letters: KeyLetters, code: number): number => (code < letters.flags.length ? letters.flags[code]! : 0);

/** A node of a KeyTrie: the key spelled by the path from the root. */
export interface KeyNode<V> {
  /** Code of the last symbol of the key (-1 at the root). */
  symbol: number;
  /** Length of the key in symbols. */
  depth: number;
  children: Map<number, KeyNode<V>>;
  /** Values stored under exactly this key. */
  values: V[];
}

/**
 * A trie over transliteration keys (translit-key.ts), followed one word at a time while the word's
 * key is worked out letter by letter. `follow(root, w1)` then `follow(node, w2)` reaches the node of
 * `phraseKey([w1, w2])` without building a key string; a word whose key no stored key continues
 * stops at its first letter that leaves the trie, so that a matcher rejects most words after a
 * letter or two and with no lookup in a large table.
 */
export class KeyTrie<V> {
  readonly root: KeyNode<V> = { symbol: -1, depth: 0, children: new Map(), values: [] };

  /** Stores a value under a key (a string from wordKey or phraseKey). */
  insert(key: string, value: V): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const symbol = key.charCodeAt(i);
      let child = node.children.get(symbol);
      if (!child) node.children.set(symbol, (child = { symbol, depth: node.depth + 1, children: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * The node reached from `from` (the root to start a phrase) by the key of one more normalized
   * word, the way extendKey grows a phrase key; undefined when no stored key continues that way.
   * The steps are wordKey's: drop hamza, long vowels after the first letter and a final ه, map
   * letters to their class symbols, and let a run of one symbol (across words too) count once.
   */
  follow(from: KeyNode<V>, word: string): KeyNode<V> | undefined {
    const letters = keyLetters();
    let end = word.length;
    while (end > 1 && flagsOf(letters, word.charCodeAt(end - 1)) & KeyLetter.finalDropped) end--;
    let node: KeyNode<V> | undefined = from;
    for (let i = 0; i < end; i++) {
      const code = word.charCodeAt(i);
      const letter = flagsOf(letters, code);
      if (letter & KeyLetter.dropped) continue;
      if (i > 0 && letter & KeyLetter.vowel) continue;
      const symbol = code < letters.symbol.length ? letters.symbol[code]! : code;
      if (symbol === node.symbol) continue;
      node = node.children.get(symbol);
      if (!node) return undefined;
    }
    return node;
  }
}
