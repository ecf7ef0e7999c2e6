import { ALLOWED, emissionScores } from './model.js';
import type { StageWeights } from './model.js';
import { hideIdentity, seededRandom, shuffle, type TrainingSentence } from './perceptron.js';
import { TAG_COUNT } from './tags.js';

/**
 * Linear-chain CRF: forward-backward marginals under the IOB2 constraints, and training by
 * stochastic gradient descent on the L2-regularized log-likelihood (Bottou's SGD with the
 * regularization applied as a global scale, as CRFsuite's l2sgd does).
 */

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** L2 coefficient per sentence: the objective is sum(log p) - l2 / 2 * |w|^2 * sentences. */
  l2: number;
  /** Initial learning rate. */
  learningRate: number;
  identityDropout?: number;
  /**
   * Epoch from which the weights at the end of each epoch are averaged (iterate averaging); the
   * model is that average. Absent: the last epoch's weights.
   */
  averageFrom?: number;
  onEpoch?: (epoch: number, stats: { loss: number; seconds: number }) => void;
}

/** log(sum(exp(x))) over a small array slice. */
function logSumExp(values: Float64Array, count: number): number {
  let max = -Infinity;
  for (let k = 0; k < count; k++) if (values[k]! > max) max = values[k]!;
  if (max === -Infinity) return max;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(values[k]! - max);
  return max + Math.log(sum);
}

export interface Marginals {
  /** log Z of the sentence. */
  logZ: number;
  /** P(tag at i = t): `node[i * TAG_COUNT + t]`. */
  node: Float64Array;
  /** Forward and backward log scores (for pairwise marginals). */
  alpha: Float64Array;
  beta: Float64Array;
}

/** Forward-backward over emission scores and transitions (disallowed transitions have probability 0). */
export function forwardBackward(scores: Float64Array, transitions: Float32Array, length: number, scale = 1): Marginals {
  const T = TAG_COUNT;
  const alpha = new Float64Array(length * T);
  const beta = new Float64Array(length * T);
  const buffer = new Float64Array(T);
  for (let t = 0; t < T; t++) alpha[t] = ALLOWED[t] ? scores[t]! + scale * transitions[t]! : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < T; t++) {
      for (let p = 0; p < T; p++) {
        const k = (p + 1) * T + t;
        buffer[p] = ALLOWED[k] ? alpha[(i - 1) * T + p]! + scale * transitions[k]! : -Infinity;
      }
      alpha[i * T + t] = logSumExp(buffer, T) + scores[i * T + t]!;
    }
  }
  for (let t = 0; t < T; t++) beta[(length - 1) * T + t] = 0;
  for (let i = length - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) {
        const k = (p + 1) * T + t;
        buffer[t] = ALLOWED[k] ? scale * transitions[k]! + scores[(i + 1) * T + t]! + beta[(i + 1) * T + t]! : -Infinity;
      }
      beta[i * T + p] = logSumExp(buffer, T);
    }
  }
  for (let t = 0; t < T; t++) buffer[t] = alpha[(length - 1) * T + t]!;
  const logZ = logSumExp(buffer, T);
  const node = new Float64Array(length * T);
  for (let k = 0; k < length * T; k++) node[k] = Math.exp(alpha[k]! + beta[k]! - logZ);
  return { logZ, node, alpha, beta };
}

/**
 * Trains `model` as a CRF. Weights are kept as scale * v so that the L2 decay of every weight at
 * each step is one multiplication of the scale.
 */
export function trainCrf(model: StageWeights, sentences: readonly TrainingSentence[], options: CrfOptions): void {
  const T = TAG_COUNT;
  const { weights, transitions } = model;
  const n = sentences.length;
  const lambda = options.l2;
  const random = seededRandom(options.seed);
  const order = sentences.slice();
  let scale = 1;
  let step = 0;
  const t0 = 1 / (lambda * options.learningRate);
  let scores = new Float64Array(256 * T);
  const expected = new Float64Array(transitions.length);
  const average = options.averageFrom !== undefined && options.averageFrom <= options.epochs ? new IterateAverage(options.averageFrom, weights.length, transitions.length) : undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, random);
    let loss = 0;
    for (const original of order) {
      const sentence = options.identityDropout ? hideIdentity(original, options.identityDropout, random) : original;
      const { length, offsets, rows, gold } = sentence;
      const eta = 1 / (lambda * (t0 + step));
      step++;
      scale *= 1 - eta * lambda;
      if (scale < 1e-9) {
        for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! * scale;
        for (let k = 0; k < transitions.length; k++) transitions[k] = transitions[k]! * scale;
        scale = 1;
      }
      if (length * T > scores.length) scores = new Float64Array(length * T * 2);
      emissionScores(weights, offsets, rows, length, scores);
      for (let k = 0; k < length * T; k++) scores[k] = scores[k]! * scale;
      const { logZ, node, alpha, beta } = forwardBackward(scores, transitions, length, scale);
      let goldScore = 0;
      for (let i = 0; i < length; i++) {
        const g = gold[i]!;
        const prev = i === 0 ? -1 : gold[i - 1]!;
        goldScore += scores[i * T + g]! + scale * transitions[(prev + 1) * T + g]!;
      }
      loss += logZ - goldScore;
      expectedTransitions(expected, node, alpha, beta, scores, transitions, scale, logZ, length);
      const gain = eta / scale;
      for (let i = 0; i < length; i++) {
        const g = gold[i]!;
        for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
          const r = rows[k]!;
          for (let t = 0; t < T; t++) weights[r + t] = weights[r + t]! - gain * node[i * T + t]!;
          weights[r + g] = weights[r + g]! + gain;
        }
        const prev = i === 0 ? -1 : gold[i - 1]!;
        transitions[(prev + 1) * T + g] = transitions[(prev + 1) * T + g]! + gain;
      }
      for (let k = 0; k < expected.length; k++) transitions[k] = transitions[k]! - gain * expected[k]!;
    }
    if (average && epoch >= average.from) average.add(weights, transitions, scale);
    options.onEpoch?.(epoch, { loss: loss / n, seconds: (performance.now() - started) / 1000 });
  }
  if (average) {
    average.store(weights, transitions);
    return;
  }
  for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! * scale;
  for (let k = 0; k < transitions.length; k++) transitions[k] = transitions[k]! * scale;
}

/** Running sums of the weights at the end of epochs, for iterate averaging (CrfOptions.averageFrom). */
class IterateAverage {
  private readonly weights: Float64Array;
  private readonly transitions: Float64Array;
  private count = 0;

  constructor(
    readonly from: number,
    size: number,
    transitionCount: number,
  ) {
    this.weights = new Float64Array(size);
    this.transitions = new Float64Array(transitionCount);
  }

  /** Adds the current weights (stored as scale * value). */
  add(weights: Float32Array, transitions: Float32Array, scale: number): void {
    for (let k = 0; k < weights.length; k++) this.weights[k]! += weights[k]! * scale;
    for (let k = 0; k < transitions.length; k++) this.transitions[k]! += transitions[k]! * scale;
    this.count++;
  }

  /** Writes the average into the model's arrays. */
  store(weights: Float32Array, transitions: Float32Array): void {
    for (let k = 0; k < weights.length; k++) weights[k] = this.weights[k]! / this.count;
    for (let k = 0; k < transitions.length; k++) transitions[k] = this.transitions[k]! / this.count;
  }
}

/** Expected count of every transition (row -1 = sentence start) under the current model. */
function expectedTransitions(
  expected: Float64Array,
  node: Float64Array,
  alpha: Float64Array,
  beta: Float64Array,
  scores: Float64Array,
  transitions: Float32Array,
  scale: number,
  logZ: number,
  length: number,
): void {
  const T = TAG_COUNT;
  expected.fill(0);
  for (let t = 0; t < T; t++) expected[t] = node[t]!;
  for (let i = 1; i < length; i++) {
    for (let p = 0; p < T; p++) {
      const a = alpha[(i - 1) * T + p]!;
      if (a === -Infinity) continue;
      for (let t = 0; t < T; t++) {
        const k = (p + 1) * T + t;
        if (!ALLOWED[k]) continue;
        expected[k]! += Math.exp(a + scale * transitions[k]! + scores[i * T + t]! + beta[i * T + t]! - logZ);
      }
    }
  }
}
