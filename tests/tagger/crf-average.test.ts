import { describe, expect, it } from 'vitest';
import { trainCrf, type CrfOptions } from '../../src/recognizers/tagger/crf.js';
import { createStage, type StageWeights } from '../../src/recognizers/tagger/model.js';
import { seededRandom, type TrainingSentence } from '../../src/recognizers/tagger/perceptron.js';
import { TAG_COUNT } from '../../src/recognizers/tagger/tags.js';

const BITS = 6;

/** Small random sentences: 1-3 features per token, gold tags O or B-PER (always valid in IOB2). */
function sentences(count: number): TrainingSentence[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(random() * 6);
    const offsets = new Int32Array(length + 1);
    const rows: number[] = [];
    const gold = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const features = 1 + Math.floor(random() * 3);
      for (let f = 0; f < features; f++) rows.push(Math.floor(random() * (1 << BITS)) * TAG_COUNT);
      offsets[i + 1] = rows.length;
      gold[i] = random() < 0.3 ? 1 : 0;
    }
    return { length, offsets, identity: new Uint8Array(length), rows: Int32Array.from(rows), gold };
  });
}

function train(data: TrainingSentence[], options: Partial<CrfOptions> & { epochs: number }): StageWeights {
  const stage = createStage(BITS);
  trainCrf(stage, data, { seed: 3, l2: 1e-3, learningRate: 0.05, ...options });
  return stage;
}

describe('CRF iterate averaging (averageFrom)', () => {
  const data = sentences(60);

  it('averaging over the last epoch alone gives the last epoch weights', () => {
    const plain = train(data, { epochs: 3 });
    const averaged = train(data, { epochs: 3, averageFrom: 3 });
    expect(averaged.weights).toEqual(plain.weights);
    expect(averaged.transitions).toEqual(plain.transitions);
  });

  it('is the mean of the weights at the end of the averaged epochs', () => {
    // Training is deterministic and a run of 2 epochs passes through the 1-epoch model, so the
    // average of epochs 1-2 is the mean of the 1-epoch and 2-epoch models.
    const one = train(data, { epochs: 1 });
    const two = train(data, { epochs: 2 });
    const averaged = train(data, { epochs: 2, averageFrom: 1 });
    let differs = false;
    for (let k = 0; k < averaged.weights.length; k++) {
      expect(averaged.weights[k]).toBeCloseTo((one.weights[k]! + two.weights[k]!) / 2, 5);
      if (Math.abs(averaged.weights[k]! - two.weights[k]!) > 1e-4) differs = true;
    }
    for (let k = 0; k < averaged.transitions.length; k++) {
      expect(averaged.transitions[k]).toBeCloseTo((one.transitions[k]! + two.transitions[k]!) / 2, 5);
    }
    expect(differs).toBe(true);
  });

  it('an averageFrom past the last epoch leaves the last epoch weights', () => {
    expect(train(data, { epochs: 2, averageFrom: 5 }).weights).toEqual(train(data, { epochs: 2 }).weights);
  });
});
