import { emissionScores, viterbi, type StageWeights } from './model.js';
import { TAG_COUNT } from './tags.js';

/** A training sentence: feature rows (see featureRows), token offsets into them, gold tags. */
export interface TrainingSentence {
  length: number;
  offsets: Int32Array;
  /** Number of identity features at the start of each token's features (see SentenceFeatures). */
  identity: Uint8Array;
  rows: Int32Array;
  gold: Uint8Array;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /**
   * Probability of hiding a token's identity features (word, stems) at a training step, so that
   * the model also learns the context and affix evidence it needs for words it has never seen.
   */
  identityDropout?: number;
  /** Called after each epoch with the share of tokens tagged wrongly during that epoch. */
  onEpoch?: (epoch: number, stats: { tokenErrorRate: number; seconds: number }) => void;
}

/** A small seeded PRNG (mulberry32), so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/**
 * Averaged structured perceptron (Collins 2002): decode each sentence with the current weights,
 * move the weights towards the gold path and away from the predicted one, and return the average
 * of the weights over all steps (computed lazily, Daumé's trick). Writes into `model`.
 */
export function trainPerceptron(model: StageWeights, sentences: readonly TrainingSentence[], options: PerceptronOptions): void {
  const { weights, transitions } = model;
  const weightSums = new Float64Array(weights.length);
  const transitionSums = new Float64Array(transitions.length);
  const random = seededRandom(options.seed);
  const order = sentences.slice();
  let step = 1;
  const dropout = options.identityDropout ?? 0;
  let scores = new Float64Array(256 * TAG_COUNT);
  let predicted = new Uint8Array(256);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const original of order) {
      const sentence = dropout > 0 ? hideIdentity(original, dropout, random) : original;
      const { length, offsets, rows, gold } = sentence;
      if (length * TAG_COUNT > scores.length) scores = new Float64Array(length * TAG_COUNT * 2);
      if (length > predicted.length) predicted = new Uint8Array(length * 2);
      emissionScores(weights, offsets, rows, length, scores);
      const path = viterbi(scores, transitions, length, predicted);
      tokens += length;
      for (let i = 0; i < length; i++) {
        const g = gold[i]!;
        const p = path[i]!;
        if (g !== p) {
          errors++;
          for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
            const r = rows[k]!;
            weights[r + g]! += 1;
            weightSums[r + g]! += step;
            weights[r + p]! -= 1;
            weightSums[r + p]! -= step;
          }
        }
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : path[i - 1]!;
        if (gPrev !== pPrev || g !== p) {
          const gt = (gPrev + 1) * TAG_COUNT + g;
          const pt = (pPrev + 1) * TAG_COUNT + p;
          transitions[gt]! += 1;
          transitionSums[gt]! += step;
          transitions[pt]! -= 1;
          transitionSums[pt]! -= step;
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, { tokenErrorRate: errors / tokens, seconds: (performance.now() - started) / 1000 });
  }
  for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! - weightSums[k]! / step;
  for (let k = 0; k < transitions.length; k++) transitions[k] = transitions[k]! - transitionSums[k]! / step;
}

/** A copy of the sentence where each token's identity features are hidden with probability p (both trainers use it). */
export function hideIdentity(sentence: TrainingSentence, p: number, random: () => number): TrainingSentence {
  const { length, offsets, identity, rows } = sentence;
  const kept = new Int32Array(rows.length);
  const keptOffsets = new Int32Array(length + 1);
  let size = 0;
  for (let i = 0; i < length; i++) {
    keptOffsets[i] = size;
    const from = random() < p ? offsets[i]! + identity[i]! : offsets[i]!;
    for (let k = from; k < offsets[i + 1]!; k++) kept[size++] = rows[k]!;
  }
  keptOffsets[length] = size;
  return { ...sentence, offsets: keptOffsets, rows: kept.subarray(0, size) };
}
