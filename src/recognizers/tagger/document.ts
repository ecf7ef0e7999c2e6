import { combine, hashString } from './hash.js';
import { ENTITY_LABELS, labelOf } from './tags.js';

/**
 * Document features for the second stage: how the first stage tagged the other occurrences of a
 * word (same bare stem) in the surrounding sentences. News repeats names, and a name is often
 * easy to recognize once (after a title, in full) and hard elsewhere (a surname alone).
 */

const T_DOC_HAS = hashString('doc-has');
const T_DOC_MAJORITY = hashString('doc-majority');
const T_DOC_SHARE = hashString('doc-share');
const LABELS = ENTITY_LABELS.length + 1;

/**
 * For every sentence, per token, the document feature hashes. `keys[s][i]` is the stem key of token
 * i of sentence s (undefined: not compared); `tags[s]` the first stage's tags; occurrences count
 * within `window` sentences on each side.
 */
export function documentFeatures(
  keys: readonly (readonly (number | undefined)[])[],
  tags: readonly ArrayLike<number>[],
  window: number,
): number[][][] {
  const counts = new Map<number, Int32Array>();
  const labelAt = (s: number, i: number): number => {
    const label = labelOf(tags[s]![i]!);
    return label === undefined ? 0 : ENTITY_LABELS.indexOf(label) + 1;
  };
  const add = (s: number, delta: number): void => {
    if (s < 0 || s >= keys.length) return;
    keys[s]!.forEach((key, i) => {
      if (key === undefined) return;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Int32Array(LABELS)));
      c[labelAt(s, i)]! += delta;
    });
  };
  for (let s = 0; s <= window; s++) add(s, 1);
  const result: number[][][] = [];
  for (let s = 0; s < keys.length; s++) {
    if (s > 0) {
      add(s + window, 1);
      add(s - window - 1, -1);
    }
    result.push(
      keys[s]!.map((key, i) => {
        if (key === undefined) return [];
        const c = counts.get(key)!;
        const own = labelAt(s, i);
        let others = 0;
        let entities = 0;
        let majority = 0;
        let majorityCount = -1;
        const features: number[] = [];
        for (let label = 0; label < LABELS; label++) {
          const n = c[label]! - (label === own ? 1 : 0);
          others += n;
          if (label > 0) entities += n;
          if (n > majorityCount) {
            majorityCount = n;
            majority = label;
          }
          if (label > 0 && n > 0) features.push(combine(T_DOC_HAS, label));
        }
        if (others === 0) return features;
        features.push(combine(T_DOC_MAJORITY, majority));
        const share = entities === 0 ? 0 : entities === others ? 3 : 2 * entities >= others ? 2 : 1;
        features.push(combine(T_DOC_SHARE, share));
        return features;
      }),
    );
  }
  return result;
}
