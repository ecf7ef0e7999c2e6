import { ALLOWED } from './model.js';
import { TAG_COUNT } from './tags.js';

/**
 * Tagging-time marginals (kept apart from crf.ts, the training code, which tagging does not load).
 */

/**
 * P(tag at i = t) for every token, by the scaled (non-log) forward-backward: one exp per emission
 * score, the transitions exponentiated once per table, and only the transitions IOB2 allows summed
 * (the others have probability 0).
 */
export function tokenMarginals(scores: Float64Array, transitions: Float32Array, length: number): Float64Array {
  const T: 9 = TAG_COUNT; // the loops below are unrolled for this tag set: this fails to compile if it changes
  const expTransitions = exponentiated(transitions);
  if (length * T > scratch.emit.length) scratch = marginalScratch(length * T * 2);
  const { emit, alpha, beta, norm } = scratch;
  for (let i = 0; i < length; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, scores[i * T + t]!);
    for (let t = 0; t < T; t++) emit[i * T + t] = Math.exp(scores[i * T + t]! - max);
  }
  let sum = 0;
  for (let t = 0; t < T; t++) sum += alpha[t] = expTransitions[t]! * emit[t]!;
  norm[0] = sum;
  for (let t = 0; t < T; t++) alpha[t] = alpha[t]! / sum;
  // The loops over the previous (forward) or next (backward) tag are unrolled, the neighbour's
  // values read once per token; a forbidden pair has an exponentiated score of 0, so it adds 0.
  const E = expTransitions.subarray(T); // E[prev * T + tag]: within a sentence
  for (let i = 1; i < length; i++) {
    const there = (i - 1) * T;
    const a0 = alpha[there]!, a1 = alpha[there + 1]!, a2 = alpha[there + 2]!, a3 = alpha[there + 3]!, a4 = alpha[there + 4]!;
    const a5 = alpha[there + 5]!, a6 = alpha[there + 6]!, a7 = alpha[there + 7]!, a8 = alpha[there + 8]!;
    sum = 0;
    for (let t = 0; t < T; t++) {
      const s =
        a0 * E[t]! + a1 * E[T + t]! + a2 * E[2 * T + t]! + a3 * E[3 * T + t]! + a4 * E[4 * T + t]! +
        a5 * E[5 * T + t]! + a6 * E[6 * T + t]! + a7 * E[7 * T + t]! + a8 * E[8 * T + t]!;
      sum += alpha[i * T + t] = s * emit[i * T + t]!;
    }
    norm[i] = sum;
    for (let t = 0; t < T; t++) alpha[i * T + t] = alpha[i * T + t]! / sum;
  }
  for (let t = 0; t < T; t++) beta[(length - 1) * T + t] = 1;
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * T;
    const m0 = emit[next]!, m1 = emit[next + 1]!, m2 = emit[next + 2]!, m3 = emit[next + 3]!, m4 = emit[next + 4]!;
    const m5 = emit[next + 5]!, m6 = emit[next + 6]!, m7 = emit[next + 7]!, m8 = emit[next + 8]!;
    const b0 = beta[next]!, b1 = beta[next + 1]!, b2 = beta[next + 2]!, b3 = beta[next + 3]!, b4 = beta[next + 4]!;
    const b5 = beta[next + 5]!, b6 = beta[next + 6]!, b7 = beta[next + 7]!, b8 = beta[next + 8]!;
    const scale = norm[i + 1]!;
    for (let p = 0; p < T; p++) {
      const row = p * T;
      const s =
        E[row]! * m0 * b0 + E[row + 1]! * m1 * b1 + E[row + 2]! * m2 * b2 + E[row + 3]! * m3 * b3 + E[row + 4]! * m4 * b4 +
        E[row + 5]! * m5 * b5 + E[row + 6]! * m6 * b6 + E[row + 7]! * m7 * b7 + E[row + 8]! * m8 * b8;
      beta[i * T + p] = s / scale;
    }
  }
  const marginals = new Float64Array(length * T);
  for (let i = 0; i < length; i++) {
    let total = 0;
    for (let t = 0; t < T; t++) total += marginals[i * T + t] = alpha[i * T + t]! * beta[i * T + t]!;
    for (let t = 0; t < T; t++) marginals[i * T + t] = marginals[i * T + t]! / total;
  }
  return marginals;
}

/** Work arrays of tokenMarginals, reused across calls (grown when a longer sentence comes). */
function marginalScratch(size: number): { emit: Float64Array; alpha: Float64Array; beta: Float64Array; norm: Float64Array } {
  return { emit: new Float64Array(size), alpha: new Float64Array(size), beta: new Float64Array(size), norm: new Float64Array(size / TAG_COUNT) };
}
let scratch = marginalScratch(256 * TAG_COUNT);

/** exp of the allowed transitions (0 where IOB2 forbids one), once per transition table. */
const expTransitionsOf = new WeakMap<Float32Array, Float64Array>();
function exponentiated(transitions: Float32Array): Float64Array {
  let table = expTransitionsOf.get(transitions);
  if (!table) {
    table = new Float64Array(transitions.length);
    for (let k = 0; k < transitions.length; k++) table[k] = ALLOWED[k] ? Math.exp(transitions[k]!) : 0;
    expTransitionsOf.set(transitions, table);
  }
  return table;
}
