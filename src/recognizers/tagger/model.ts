import type { FeatureOptions, SentenceFeatures } from './features.js';
import type { LexiconNames } from './lexicon-features.js';
import { TAG_COUNT, allowedTransition } from './tags.js';

/**
 * The weights of one linear sequence model: hashed features → per-tag weights
 * (`weights[bucket * TAG_COUNT + tag]`), plus tag-to-tag transition weights
 * (`transitions[(prev + 1) * TAG_COUNT + tag]`, prev = -1 at the sentence start).
 * Decoding is Viterbi under the IOB2 constraints.
 */
export interface StageWeights {
  weights: Float32Array;
  transitions: Float32Array;
}

/**
 * The tagger's model: one stage, or two where the second also sees how the first tagged the other
 * occurrences of each word in the surrounding sentences (`documentWindow` sentences on each side).
 */
export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  stages: StageWeights[];
  documentWindow: number;
  features: FeatureOptions;
  lexicons: LexiconNames;
  /** SHA-1 of the lexicon contents the model was trained with. */
  lexiconFingerprint: string;
  /** Free-form facts about training (data, epochs, seed, licence). */
  info: Record<string, string | number>;
  /** The weights as the model file stores them, when the model was read from one. */
  quantized?: QuantizedModel;
}

/**
 * The weights as the model file stores them and the tagger reads them: an int16 per (bucket,
 * stage, tag), the stages of a bucket side by side (`values[(bucket * stageCount + stage) *
 * TAG_COUNT + tag]`), so that one memory read brings a feature's weights for every stage; weight =
 * value × scale (one scale for the model: the largest weight maps to 32767).
 */
export interface QuantizedModel {
  scale: number;
  stageCount: number;
  values: Int16Array;
}

/** The model's weights quantized as the model file stores them. */
export function quantizeModel(model: TaggerModel): QuantizedModel {
  let max = 0;
  for (const { weights } of model.stages) for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]!));
  const scale = max > 0 ? max / 32767 : 1;
  const stages = model.stages.map(({ weights }) => {
    const values = new Int16Array(weights.length);
    for (let k = 0; k < weights.length; k++) values[k] = Math.round(weights[k]! / scale);
    return values;
  });
  return { scale, stageCount: stages.length, values: interleaveStages(stages) };
}

/** Per-stage values (each in the layout of StageWeights.weights) side by side, as in QuantizedModel. */
export function interleaveStages(stages: readonly Int16Array[]): Int16Array {
  const count = stages.length;
  const values = new Int16Array(count * (stages[0]?.length ?? 0));
  stages.forEach((stage, s) => {
    for (let from = 0, to = s * TAG_COUNT; from < stage.length; from += TAG_COUNT, to += count * TAG_COUNT) {
      for (let t = 0; t < TAG_COUNT; t++) values[to + t] = stage[from + t]!;
    }
  });
  return values;
}

/** Float weights of one stage of a quantized model (in the layout of StageWeights.weights). */
export function dequantize({ values, scale, stageCount }: QuantizedModel, stage: number): Float32Array {
  const weights = new Float32Array(values.length / stageCount);
  for (let to = 0, from = stage * TAG_COUNT; to < weights.length; to += TAG_COUNT, from += stageCount * TAG_COUNT) {
    for (let t = 0; t < TAG_COUNT; t++) weights[to + t] = values[from + t]! * scale;
  }
  return weights;
}

export function createStage(bits: number): StageWeights {
  return { weights: new Float32Array((1 << bits) * TAG_COUNT), transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT) };
}

export function createModel(bits: number, features: FeatureOptions, lexicons: LexiconNames, fingerprint: string): TaggerModel {
  return {
    bits,
    stages: [],
    documentWindow: 0,
    features,
    lexicons,
    lexiconFingerprint: fingerprint,
    info: {},
  };
}

/** Row offsets into `weights` of every feature of a sentence (bucket * TAG_COUNT). */
export function featureRows(bits: number, sentence: SentenceFeatures): Int32Array {
  const mask = (1 << bits) - 1;
  const rows = new Int32Array(sentence.features.length);
  for (let k = 0; k < rows.length; k++) rows[k] = (sentence.features[k]! & mask) * TAG_COUNT;
  return rows;
}

/** Per-token tag scores from the features: `scores[i * TAG_COUNT + tag]`. */
export function emissionScores(
  weights: Float32Array,
  offsets: Int32Array,
  rows: Int32Array,
  length: number,
  scores: Float64Array = new Float64Array(length * TAG_COUNT),
): Float64Array {
  for (let i = 0; i < length; i++) {
    const base = i * TAG_COUNT;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const r = rows[k]!;
      s0 += weights[r]!;
      s1 += weights[r + 1]!;
      s2 += weights[r + 2]!;
      s3 += weights[r + 3]!;
      s4 += weights[r + 4]!;
      s5 += weights[r + 5]!;
      s6 += weights[r + 6]!;
      s7 += weights[r + 7]!;
      s8 += weights[r + 8]!;
    }
    scores[base] = s0;
    scores[base + 1] = s1;
    scores[base + 2] = s2;
    scores[base + 3] = s3;
    scores[base + 4] = s4;
    scores[base + 5] = s5;
    scores[base + 6] = s6;
    scores[base + 7] = s7;
    scores[base + 8] = s8;
  }
  return scores;
}

/** 1 where `transitions[(prev + 1) * TAG_COUNT + tag]` is allowed by IOB2, else 0. */
export const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let prev = -1; prev < TAG_COUNT; prev++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) allowed[(prev + 1) * TAG_COUNT + tag] = allowedTransition(prev, tag) ? 1 : 0;
  }
  return allowed;
})();

/**
 * The transition scores between tags inside a sentence as a dense table, `[prev * TAG_COUNT + tag]`,
 * -Infinity where IOB2 forbids the pair (so that a forbidden pair never wins), made once per table.
 */
const innerTransitionsOf = new WeakMap<Float32Array, Float64Array>();
function innerTransitions(transitions: Float32Array): Float64Array {
  let table = innerTransitionsOf.get(transitions);
  if (!table) {
    table = new Float64Array(TAG_COUNT * TAG_COUNT);
    for (let k = 0; k < table.length; k++) table[k] = ALLOWED[TAG_COUNT + k] ? transitions[TAG_COUNT + k]! : -Infinity;
    innerTransitionsOf.set(transitions, table);
  }
  return table;
}

/** The loops over the previous tag below are unrolled for this tag set: this fails to compile if it changes. */
const UNROLLED_FOR: 9 = TAG_COUNT;

// Work array of viterbi, reused across calls (grown when a longer sentence comes).
let scratchBest = new Float64Array(256 * TAG_COUNT);

/**
 * The best tag sequence under the emission and transition scores (IOB2-constrained Viterbi). The
 * forward pass keeps only each token's best scores; the way back recomputes, along the chosen path
 * only, which previous tag gave the best score (the first one, as the forward pass compared them).
 */
export function viterbi(
  scores: Float64Array,
  transitions: Float32Array,
  length: number,
  out: Uint8Array = new Uint8Array(length),
): Uint8Array {
  if (length === 0) return out;
  const T = UNROLLED_FOR;
  if (length * T > scratchBest.length) scratchBest = new Float64Array(length * T * 2);
  const best = scratchBest;
  const pair = innerTransitions(transitions);
  for (let tag = 0; tag < T; tag++) best[tag] = ALLOWED[tag] ? scores[tag]! + transitions[tag]! : -Infinity;
  for (let i = 1; i < length; i++) {
    const here = i * T;
    const there = here - T;
    // The previous token's best scores, read once for all tags (about twice as fast as loops over them).
    const b0 = best[there]!, b1 = best[there + 1]!, b2 = best[there + 2]!, b3 = best[there + 3]!, b4 = best[there + 4]!;
    const b5 = best[there + 5]!, b6 = best[there + 6]!, b7 = best[there + 7]!, b8 = best[there + 8]!;
    for (let tag = 0; tag < T; tag++) {
      const top = Math.max(
        b0 + pair[tag]!, b1 + pair[T + tag]!, b2 + pair[2 * T + tag]!, b3 + pair[3 * T + tag]!, b4 + pair[4 * T + tag]!,
        b5 + pair[5 * T + tag]!, b6 + pair[6 * T + tag]!, b7 + pair[7 * T + tag]!, b8 + pair[8 * T + tag]!,
      );
      best[here + tag] = top + scores[here + tag]!;
    }
  }
  let last = 0;
  const final = (length - 1) * T;
  for (let tag = 1; tag < T; tag++) if (best[final + tag]! > best[final + last]!) last = tag;
  out[length - 1] = last;
  for (let i = length - 1; i > 0; i--) {
    const tag = out[i]!;
    const there = (i - 1) * T;
    let top = -Infinity;
    let arg = 0;
    for (let prev = 0; prev < T; prev++) {
      const s = best[there + prev]! + pair[prev * T + tag]!;
      if (s > top) {
        top = s;
        arg = prev;
      }
    }
    out[i - 1] = arg;
  }
  return out;
}

/**
 * Shifts the score of O at every token by `-penalty` through the weight of the bias feature that
 * every token has: a positive penalty trades precision for recall.
 */
export function penalizeOutside(model: TaggerModel, biasFeature: number, penalty: number): void {
  const row = (biasFeature & ((1 << model.bits) - 1)) * TAG_COUNT;
  for (const stage of model.stages) stage.weights[row] = stage.weights[row]! - penalty;
  delete model.quantized;
}
