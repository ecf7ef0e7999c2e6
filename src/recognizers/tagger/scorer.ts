import type { ExtraFeatures } from './document.js';
import { PAIR_FEATURES, PHRASE_FEATURES, T_BIAS, T_FIRST, type FeatureExtractor, type WordInfo } from './features.js';
import type { QuantizedModel } from './model.js';
import { TAG_COUNT } from './tags.js';

/**
 * Emission scores of a model's stages without listing every feature of every token.
 *
 * A token's score is the sum of the weights of its features (see FeatureExtractor.extract), and
 * most of those features depend on one word alone: the token's own word (its form, stems, affixes,
 * word lists) and each neighbour seen from a fixed offset (w@-1, wl@+2, ...). Their weight sums are
 * computed once per distinct word, for every stage at once, and kept with the word's description,
 * so a token costs one cached vector per window position plus the few features that depend on two
 * words (bigrams), on the sentence (first token), on lexicon phrases or on the document.
 *
 * The features of a sentence other than document features are summed for every stage in one pass
 * (sentenceSums): the stages' weights of a bucket lie side by side, so one memory read serves all
 * of them, and a second stage then costs only its document features (stageScores).
 *
 * It reads the quantized weights (an int16 per bucket, stage and tag, see QuantizedModel) and keeps
 * sums in those units, which are integers and therefore exact in any order (and in float32 for a
 * word's cached sums); each token's sum is scaled once. The result equals the score of the features that
 * extract() lists (tests/tagger/scorer.test.ts compares the two). The weights must not change once
 * the scorer is made.
 */
export class EmissionScorer {
  private readonly mask: number;
  private readonly stageCount: number;
  /** The quantized weights (see QuantizedModel) and their scale. */
  private readonly values: Int16Array;
  private readonly scale: number;
  /** Values per bucket: a weight per stage and tag. */
  private readonly rowSize: number;
  private readonly window: number;
  /** Floats per stage in a word's vectors: one vector per window position. */
  private readonly stride: number;
  /** Per stage (at stage * stride): the vectors of the window positions beyond the sentence edges. */
  private readonly edges: Float32Array;
  /** Per stage (at stage * TAG_COUNT): the weights of the bias and of the first-token feature. */
  private readonly bias: Float32Array;
  private readonly first: Float32Array;
  /** Feature hashes of one token, as the extractor writes them. */
  private readonly hashes = new Int32Array(Math.max(PAIR_FEATURES, PHRASE_FEATURES));
  /** Weight rows of one token's features that are not cached per word. */
  private rows = new Int32Array(64);
  /** The cached vectors of the words of the sentence being scored. */
  private readonly vectors: Float32Array[] = [];

  constructor(
    private readonly extractor: FeatureExtractor,
    weights: QuantizedModel,
    bits: number,
  ) {
    this.mask = (1 << bits) - 1;
    const stageCount = (this.stageCount = weights.stageCount);
    this.rowSize = stageCount * TAG_COUNT;
    this.values = weights.values;
    this.scale = weights.scale;
    const w = (this.window = extractor.options.window);
    this.stride = (2 * w + 1) * TAG_COUNT;
    this.bias = new Float32Array(stageCount * TAG_COUNT);
    this.first = new Float32Array(stageCount * TAG_COUNT);
    this.edges = new Float32Array(stageCount * this.stride);
    this.addAll(this.bias, 0, T_BIAS, TAG_COUNT);
    this.addAll(this.first, 0, T_FIRST, TAG_COUNT);
    for (let d = -w; d <= w; d++) {
      if (d !== 0) extractor.contextFeatures(undefined, d, (feature) => this.addAll(this.edges, (d + w) * TAG_COUNT, feature, this.stride));
    }
  }

  /** Adds the (quantized) weights of one feature under every stage s to `into` at `at + s * stride`. */
  private addAll(into: Float32Array, at: number, feature: number, stride: number): void {
    const { values } = this;
    const row = (feature & this.mask) * this.rowSize;
    for (let s = 0; s < this.stageCount; s++) {
      const to = at + s * stride;
      const from = row + s * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) into[to + t]! += values[from + t]!;
    }
  }

  /**
   * A word's weight sums, for stage s at s * stride, one vector per window position d (at
   * (d + window) * TAG_COUNT within the stage): d = 0, its own features; d ≠ 0, what it gives the
   * token that sees it at offset d.
   */
  private wordVectors(info: WordInfo): Float32Array {
    // The sums are made apart: V8 gives a function whose variables its closures capture a context
    // object on every call, and this is called for every token, nearly always with the sums cached.
    return (info.scoreVectors ??= this.sumWordVectors(info));
  }

  private sumWordVectors(info: WordInfo): Float32Array {
    const w = this.window;
    const { stride } = this;
    const vectors = new Float32Array(this.stageCount * stride);
    const center = w * TAG_COUNT;
    for (let k = 0; k < info.identity.length; k++) this.addAll(vectors, center, info.identity[k]!, stride);
    for (let k = 0; k < info.own.length; k++) this.addAll(vectors, center, info.own[k]!, stride);
    for (let d = -w; d <= w; d++) {
      if (d !== 0) this.extractor.contextFeatures(info, d, (feature) => this.addAll(vectors, (d + w) * TAG_COUNT, feature, stride));
    }
    return vectors;
  }

  /** Appends the weight rows of `features[from .. to)` to this.rows from `count`; returns the new count. */
  private appendRows(features: Int32Array, from: number, to: number, count: number): number {
    if (count + to - from > this.rows.length) {
      const grown = new Int32Array(2 * (count + to - from));
      grown.set(this.rows);
      this.rows = grown;
    }
    for (let k = from; k < to; k++) this.rows[count++] = (features[k]! & this.mask) * this.rowSize;
    return count;
  }

  /**
   * The sums, in quantized units, of every stage's weights of a sentence's own features (all but
   * the extra document features): `sums[(stage * n + i) * TAG_COUNT + tag]`. One pass serves every
   * stage, so a second stage costs only its extra features (see stageScores).
   */
  sentenceSums(infos: readonly WordInfo[], masks: Int32Array, sums: Float64Array = new Float64Array(this.stageCount * infos.length * TAG_COUNT)): Float64Array {
    const n = infos.length;
    const w = this.window;
    const { extractor, hashes, vectors, values, stride, bias, first, edges } = this;
    vectors.length = n;
    for (let i = 0; i < n; i++) vectors[i] = this.wordVectors(infos[i]!);
    for (let i = 0; i < n; i++) {
      let count = this.appendRows(hashes, 0, extractor.pairFeatures(infos, i, hashes), 0);
      if (masks[i] !== 0 || (i > 0 && masks[i - 1] !== 0) || (i + 1 < n && masks[i + 1] !== 0)) {
        count = this.appendRows(hashes, 0, extractor.phraseFeatures(masks, i, hashes), count);
      }
      const { rows } = this;
      // The usual window (w = 2), unrolled (about 10% faster): the words at i-2 .. i+2 seen from token i.
      const a = i >= 2 ? vectors[i - 2]! : edges;
      const b = i >= 1 ? vectors[i - 1]! : edges;
      const c = vectors[i]!;
      const d = i + 1 < n ? vectors[i + 1]! : edges;
      const e = i + 2 < n ? vectors[i + 2]! : edges;
      for (let s = 0; s < this.stageCount; s++) {
        const at = s * stride;
        const tags = s * TAG_COUNT;
        const base = (s * n + i) * TAG_COUNT;
        if (w === 2) {
          for (let t = 0; t < TAG_COUNT; t++) {
            let sum = bias[tags + t]! + (i === 0 ? first[tags + t]! : 0);
            sum += a[at + t]! + b[at + TAG_COUNT + t]! + c[at + 2 * TAG_COUNT + t]! + d[at + 3 * TAG_COUNT + t]! + e[at + 4 * TAG_COUNT + t]!;
            for (let k = 0; k < count; k++) sum += values[rows[k]! + tags + t]!;
            sums[base + t] = sum;
          }
          continue;
        }
        for (let t = 0; t < TAG_COUNT; t++) {
          let sum = bias[tags + t]! + (i === 0 ? first[tags + t]! : 0);
          // The word at j = i + d, seen from token i at offset d (d = 0: the token's own word).
          for (let d = -w; d <= w; d++) {
            const j = i + d;
            sum += (j < 0 || j >= n ? edges : vectors[j]!)[at + (d + w) * TAG_COUNT + t]!;
          }
          for (let k = 0; k < count; k++) sum += values[rows[k]! + tags + t]!;
          sums[base + t] = sum;
        }
      }
    }
    return sums;
  }

  /**
   * Per-token tag scores of a sentence of n tokens under one stage (`scores[i * TAG_COUNT + tag]`):
   * its sentence sums (see sentenceSums) plus optional extra (document) features per token, scaled.
   */
  stageScores(stage: number, sums: Float64Array, n: number, extra: ExtraFeatures | undefined, scores: Float64Array): Float64Array {
    const { scale, values } = this;
    const tags = stage * TAG_COUNT;
    const from = stage * n * TAG_COUNT;
    for (let i = 0; i < n; i++) {
      const count = extra ? this.appendRows(extra.features, extra.offsets[i]!, extra.offsets[i + 1]!, 0) : 0;
      const { rows } = this;
      const base = i * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) {
        let sum = sums[from + base + t]!;
        for (let k = 0; k < count; k++) sum += values[rows[k]! + tags + t]!;
        scores[base + t] = sum * scale;
      }
    }
    return scores;
  }
}
