import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../src/recognizers/tagger/document.js';
import { tagIndex } from '../../src/recognizers/tagger/tags.js';

const tags = (...names: string[]): Uint8Array => Uint8Array.from(names, tagIndex);
const featuresOf = (extra: { offsets: Int32Array; features: Int32Array }, i: number): number[] =>
  Array.from(extra.features.subarray(extra.offsets[i]!, extra.offsets[i + 1]!));

describe('document features of the second stage', () => {
  // Two sentences; stem key 7 occurs in both, tagged B-PER by the first stage in the first one.
  const keys = [Int32Array.from([7, 3]), Int32Array.from([5, 7])];
  const first = [tags('B-PER', 'O'), tags('O', 'O')];

  it('tell a token how the first stage tagged the other occurrences of its stem', () => {
    const extra = documentFeatures(keys, first, 1);
    expect(featuresOf(extra[1]!, 1).length).toBeGreaterThan(0);
    // key 5 occurs once only: nothing to report.
    expect(featuresOf(extra[1]!, 0)).toEqual([]);
    // The same occurrence tagged O elsewhere gives other features than tagged B-PER.
    const asOutside = documentFeatures(keys, [tags('O', 'O'), tags('O', 'O')], 1);
    expect(featuresOf(asOutside[1]!, 1)).not.toEqual(featuresOf(extra[1]!, 1));
  });

  it('do not depend on how many other words the document holds', () => {
    // The same two sentences after a sentence of n distinct words that occur nowhere else: whatever
    // n (the counts' storage grows along the way), the two sentences get the same features.
    const alone = documentFeatures(keys, first, 2);
    for (let n = 1; n <= 700; n += 1) {
      const filler = Int32Array.from({ length: n }, (_, k) => 1000 + k);
      const extra = documentFeatures([filler, ...keys], [new Uint8Array(n), ...first], 2);
      for (let s = 0; s < keys.length; s++) {
        for (let i = 0; i < keys[s]!.length; i++) expect(featuresOf(extra[s + 1]!, i)).toEqual(featuresOf(alone[s]!, i));
      }
    }
  });

  it('add the first-stage tags of the token and its neighbours only when stacking', () => {
    const plain = documentFeatures(keys, first, 1);
    const stacked = documentFeatures(keys, first, 1, true);
    // Stacking adds three features (offsets -1, 0, +1) to every token, including ones with no key match.
    for (let s = 0; s < keys.length; s++) {
      for (let i = 0; i < keys[s]!.length; i++) {
        expect(featuresOf(stacked[s]!, i).length).toBe(featuresOf(plain[s]!, i).length + 3);
      }
    }
    // The second token of sentence 0 sees B-PER on its left; tagged O on the left, it would not.
    const otherLeft = documentFeatures(keys, [tags('O', 'O'), tags('O', 'O')], 1, true);
    expect(featuresOf(stacked[0]!, 1).slice(0, 3)).not.toEqual(featuresOf(otherLeft[0]!, 1).slice(0, 3));
  });
});
