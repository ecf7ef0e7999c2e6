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
const T_FIRST_TAG = hashString('first-tag');
const BOUNDARY_TAG = 99;
const LABELS = ENTITY_LABELS.length + 1;
const NO_KEY = 0;

/** Extra features per token of one sentence: token i's are `features[offsets[i] .. offsets[i+1])`. */
export interface ExtraFeatures {
  offsets: Int32Array;
  features: Int32Array;
}

/**
 * For every sentence, the document features of its tokens. `keys[s][i]` is the stem key of token
 * i of sentence s (0: not compared); `tags[s]` the first stage's tags; occurrences count within
 * `window` sentences on each side.
 */
export function documentFeatures(
  keys: readonly Int32Array[],
  tags: readonly ArrayLike<number>[],
  window: number,
  stacked = false,
): ExtraFeatures[] {
  // Per stem key, the counts of each label in the window: LABELS slots of `counts` from slot(key).
  const slots = new Map<number, number>();
  let counts = new Int32Array(256 * LABELS);
  const slot = (key: number): number => {
    let at = slots.get(key);
    if (at === undefined) {
      at = slots.size * LABELS;
      slots.set(key, at);
      if (at + LABELS > counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    return at;
  };
  const labels = tags.map((sentence) => {
    const out = new Uint8Array(sentence.length);
    for (let i = 0; i < sentence.length; i++) {
      const label = labelOf(sentence[i]!);
      out[i] = label === undefined ? 0 : ENTITY_LABELS.indexOf(label) + 1;
    }
    return out;
  });
  const add = (s: number, delta: number): void => {
    if (s < 0 || s >= keys.length) return;
    const sentence = keys[s]!;
    for (let i = 0; i < sentence.length; i++) {
      const key = sentence[i]!;
      if (key === NO_KEY) continue;
      const at = slot(key); // may grow `counts`: read it after
      counts[at + labels[s]![i]!]! += delta;
    }
  };
  for (let s = 0; s <= window; s++) add(s, 1);
  const result: ExtraFeatures[] = [];
  const buffer: number[] = [];
  for (let s = 0; s < keys.length; s++) {
    if (s > 0) {
      add(s + window, 1);
      add(s - window - 1, -1);
    }
    const sentence = keys[s]!;
    const offsets = new Int32Array(sentence.length + 1);
    buffer.length = 0;
    for (let i = 0; i < sentence.length; i++) {
      offsets[i] = buffer.length;
      if (stacked) {
        // The first stage's own tags of the token and its neighbours (stacking).
        const tagged = tags[s]!;
        for (let d = -1; d <= 1; d++) {
          const j = i + d;
          const tag = j < 0 || j >= sentence.length ? BOUNDARY_TAG : tagged[j]!;
          buffer.push(combine(T_FIRST_TAG, (d + 1) * 128 + tag));
        }
      }
      const key = sentence[i]!;
      if (key === NO_KEY) continue;
      const at = slots.get(key)!;
      const own = labels[s]![i]!;
      let others = 0;
      let entities = 0;
      let majority = 0;
      let majorityCount = -1;
      for (let label = 0; label < LABELS; label++) {
        const n = counts[at + label]! - (label === own ? 1 : 0);
        others += n;
        if (label > 0) entities += n;
        if (n > majorityCount) {
          majorityCount = n;
          majority = label;
        }
        if (label > 0 && n > 0) buffer.push(combine(T_DOC_HAS, label));
      }
      if (others === 0) continue;
      buffer.push(combine(T_DOC_MAJORITY, majority));
      const share = entities === 0 ? 0 : entities === others ? 3 : 2 * entities >= others ? 2 : 1;
      buffer.push(combine(T_DOC_SHARE, share));
    }
    offsets[sentence.length] = buffer.length;
    result.push({ offsets, features: Int32Array.from(buffer) });
  }
  return result;
}
