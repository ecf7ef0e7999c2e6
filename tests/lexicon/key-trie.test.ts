import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTrie, type KeyNode } from '../../src/lexicon/key-trie.js';
import { phraseKey } from '../../src/lexicon/translit-key.js';

/** Letters that exercise every step of the key: classes (ق ك غ ج ت ط س ص د ض ز ذ), long vowels, hamza, final ه, doubles. */
const LETTERS = [...'اوي' + 'ء' + 'ه' + 'قكغجتطسصثدضزذظ' + 'بنمرلفشع' + 'پڤچگ' + 'ab'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''));
const phrase = fc.array(word, { minLength: 1, maxLength: 3 });

function followAll(trie: KeyTrie<number>, words: readonly string[]): KeyNode<number> | undefined {
  let node: KeyNode<number> | undefined = trie.root;
  for (const w of words) {
    node = trie.follow(node, w);
    if (!node) return undefined;
  }
  return node;
}

describe('KeyTrie', () => {
  it('reaches, word by word, the node of exactly the phrase key (phraseKey), or nothing when no stored key begins with it', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), phrase, (stored, query) => {
        const trie = new KeyTrie<number>();
        stored.forEach((p, n) => trie.insert(phraseKey(p), n));
        const key = phraseKey(query);
        const node = followAll(trie, query);
        const begun = stored.some((p) => phraseKey(p).startsWith(key));
        expect(node !== undefined).toBe(begun);
        if (node) {
          expect(node.depth).toBe(key.length);
          const exact = stored.flatMap((p, n) => (phraseKey(p) === key ? [n] : []));
          expect(node.values).toEqual(exact);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('meets spellings that share a key (طشقند / طاشقند, نزار باييف / نزارباييف)', () => {
    const trie = new KeyTrie<string>();
    trie.insert(phraseKey(['طشقند']), 'tashkent');
    trie.insert(phraseKey(['نزارباييف']), 'nazarbayev');
    expect(trie.follow(trie.root, 'طاشقند')?.values).toEqual(['tashkent']);
    const first = trie.follow(trie.root, 'نزار');
    expect(first?.values).toEqual([]);
    expect(first && trie.follow(first, 'باييف')?.values).toEqual(['nazarbayev']);
    expect(trie.follow(trie.root, 'باريس')).toBeUndefined();
  });
});
