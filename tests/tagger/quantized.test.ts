import { describe, expect, it } from 'vitest';
import { createModel, createStage, dequantize, quantizeModel } from '../../src/recognizers/tagger/model.js';
import { deserializeModel, serializeModel } from '../../src/recognizers/tagger/serialize.js';
import { DEFAULT_FEATURE_OPTIONS } from '../../src/recognizers/tagger/features.js';
import { TAG_COUNT } from '../../src/recognizers/tagger/tags.js';

/** A two-stage model over 2^6 buckets with pseudo-random weights. */
function randomModel() {
  const model = createModel(6, DEFAULT_FEATURE_OPTIONS, { wordLists: [], entityLexicons: [] }, 'none');
  let x = 5;
  for (let s = 0; s < 2; s++) {
    const stage = createStage(6);
    for (let k = 0; k < stage.weights.length; k++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      stage.weights[k] = ((x >> 8) % 1000) / 97;
    }
    for (let k = 0; k < stage.transitions.length; k++) stage.transitions[k] = k / 10;
    model.stages.push(stage);
  }
  return model;
}

describe('quantized weights: the stages of a bucket side by side', () => {
  it('places stage s of bucket b at (b * stages + s) * TAG_COUNT and gives the weights back within half a step', () => {
    const model = randomModel();
    const quantized = quantizeModel(model);
    expect(quantized.stageCount).toBe(2);
    expect(quantized.values.length).toBe(2 * model.stages[0]!.weights.length);
    for (let s = 0; s < 2; s++) {
      const weights = model.stages[s]!.weights;
      const back = dequantize(quantized, s);
      for (let k = 0; k < weights.length; k++) {
        const bucket = Math.floor(k / TAG_COUNT);
        const at = (bucket * 2 + s) * TAG_COUNT + (k % TAG_COUNT);
        expect(quantized.values[at]).toBe(Math.round(weights[k]! / quantized.scale) || 0);
        expect(Math.abs(back[k]! - weights[k]!)).toBeLessThanOrEqual(quantized.scale / 2 + 1e-6);
      }
    }
  });

  it('survives the model file: same values, same transitions, weights read back from them', () => {
    const model = randomModel();
    const loaded = deserializeModel(serializeModel(model));
    const quantized = quantizeModel(model);
    expect(loaded.quantized!.scale).toBe(quantized.scale);
    expect(Array.from(loaded.quantized!.values)).toEqual(Array.from(quantized.values));
    for (let s = 0; s < 2; s++) {
      expect(Array.from(loaded.stages[s]!.transitions)).toEqual(Array.from(model.stages[s]!.transitions));
      expect(Array.from(loaded.stages[s]!.weights)).toEqual(Array.from(dequantize(quantized, s)));
    }
  });
});
