import { describe, expect, it } from 'vitest';
import { forwardBackward } from '../../src/recognizers/tagger/crf.js';
import { tokenMarginals } from '../../src/recognizers/tagger/marginals.js';
import { seededRandom } from '../../src/recognizers/tagger/perceptron.js';
import { viterbi } from '../../src/recognizers/tagger/model.js';
import { allowedTransition, TAG_COUNT } from '../../src/recognizers/tagger/tags.js';

function randomScores(length: number, random: () => number, spread: number): Float64Array {
  return Float64Array.from({ length: length * TAG_COUNT }, () => (random() - 0.5) * spread);
}

/** The best allowed path by enumerating every tag sequence (small lengths only). */
function bruteForceBest(scores: Float64Array, transitions: Float32Array, length: number): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const path: number[] = [];
  const walk = (i: number, score: number): void => {
    if (i === length) {
      if (score > bestScore) [bestScore, best] = [score, path.slice()];
      return;
    }
    for (let t = 0; t < TAG_COUNT; t++) {
      const prev = i === 0 ? -1 : path[i - 1]!;
      if (!allowedTransition(prev, t)) continue;
      path.push(t);
      walk(i + 1, score + scores[i * TAG_COUNT + t]! + transitions[(prev + 1) * TAG_COUNT + t]!);
      path.pop();
    }
  };
  walk(0, 0);
  return best;
}

describe('decoding', () => {
  const random = seededRandom(7);
  const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => (random() - 0.5) * 4);

  it('Viterbi finds the best IOB2-valid path (checked by enumeration)', () => {
    for (let trial = 0; trial < 20; trial++) {
      const length = 1 + (trial % 4);
      const scores = randomScores(length, random, 10);
      expect(Array.from(viterbi(scores, transitions, length))).toEqual(bruteForceBest(scores, transitions, length));
    }
  });

  it('never starts a sentence with I-X or puts I-X after O, even when the scores prefer it', () => {
    const length = 5;
    const scores = new Float64Array(length * TAG_COUNT);
    for (let i = 0; i < length; i++) scores[i * TAG_COUNT + 2] = 100; // I-PER everywhere
    scores[2 * TAG_COUNT] = 1000; // O in the middle
    const tags = Array.from(viterbi(scores, new Float32Array(transitions.length), length));
    tags.forEach((t, i) => expect(allowedTransition(i === 0 ? -1 : tags[i - 1]!, t)).toBe(true));
  });

  it('the scaled forward-backward gives the same marginals as the log-space one, summing to 1', () => {
    const length = 12;
    const scores = randomScores(length, random, 30);
    const scaled = tokenMarginals(scores, transitions, length);
    const { node } = forwardBackward(scores, transitions, length);
    for (let k = 0; k < scaled.length; k++) expect(scaled[k]).toBeCloseTo(node[k]!, 9);
    for (let i = 0; i < length; i++) {
      expect(scaled.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });
});
