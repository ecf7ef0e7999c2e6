/** A trie over token sequences (normalized token strings), the structure gazetteers match with. */
export interface TrieNode<V> {
  children: Map<string, TrieNode<V>>;
  /** Values of the phrases that end at this node. */
  values: V[];
}

export class TokenTrie<V> {
  readonly root: TrieNode<V> = { children: new Map(), values: [] };
  size = 0;

  insert(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.children.get(token);
      if (!child) {
        child = { children: new Map(), values: [] };
        node.children.set(token, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /** Whether some phrase starts with this token. */
  startsWith(token: string): boolean {
    return this.root.children.has(token);
  }

  /**
   * The longest phrase starting with `first` and continuing with `rest(1)`, `rest(2)`, ...
   * (`rest` returns undefined past the end). Returns its length in tokens and its values.
   */
  longestMatch(first: string, rest: (k: number) => string | undefined): { length: number; values: V[] } | undefined {
    let node = this.root.children.get(first);
    let best: { length: number; values: V[] } | undefined;
    let length = 1;
    while (node) {
      if (node.values.length) best = { length, values: node.values };
      const next = rest(length);
      if (next === undefined) break;
      node = node.children.get(next);
      length++;
    }
    return best;
  }
}
