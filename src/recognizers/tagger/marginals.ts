import { ALLOWED, ALLOWED_NEXT, ALLOWED_PREVIOUS } from './model.js';
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
  const T = TAG_COUNT;
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
  for (let i = 1; i < length; i++) {
    sum = 0;
    for (let t = 0; t < T; t++) {
      const previous = ALLOWED_PREVIOUS[t]!;
      let s = 0;
      for (let k = 0; k < previous.length; k++) s += alpha[(i - 1) * T + previous[k]!]! * expTransitions[(previous[k]! + 1) * T + t]!;
      sum += alpha[i * T + t] = s * emit[i * T + t]!;
    }
    norm[i] = sum;
    for (let t = 0; t < T; t++) alpha[i * T + t] = alpha[i * T + t]! / sum;
  }
  for (let t = 0; t < T; t++) beta[(length - 1) * T + t] = 1;
  for (let i = length - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      const next = ALLOWED_NEXT[p]!;
      let s = 0;
      for (let k = 0; k < next.length; k++) {
        const t = next[k]!;
        s += expTransitions[(p + 1) * T + t]! * emit[(i + 1) * T + t]! * beta[(i + 1) * T + t]!;
      }
      beta[i * T + p] = s / norm[i + 1]!;
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
