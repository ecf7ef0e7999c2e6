import type { ExtraFeatures } from './document.js';
import { PAIR_FEATURES, PHRASE_FEATURES, T_BIAS, T_FIRST, type FeatureExtractor, type WordInfo } from './features.js';
import { TAG_COUNT } from './tags.js';

/**
 * Emission scores of one stage without listing every feature of every token.
 *
 * A token's score is the sum of the weights of its features (see FeatureExtractor.extract), and
 * most of those features depend on one word alone: the token's own word (its form, stems, affixes,
 * word lists) and each neighbour seen from a fixed offset (w@-1, wl@+2, ...). Their weight sums are
 * computed once per distinct word and offset and kept with the word's description, so a token
 * costs one cached vector per window position plus the few features that depend on two words
 * (bigrams), on the sentence (first token), on lexicon phrases or on the document.
 *
 * It reads the quantized weights (int16 per bucket and tag, see QuantizedModel) and keeps sums in
 * those units, which are integers and therefore exact in any order (and in float32 for a word's
 * cached sums); each token's sum is scaled once. The result equals the score of the features that
 * extract() lists (tests/tagger/scorer.test.ts compares the two). The weights must not change once
 * the scorer is made.
 */
export class EmissionScorer {
  /** Vectors of the window positions beyond the sentence edges, by offset + window. */
  private readonly edges: Float32Array;
  private readonly bias: Float32Array;
  private readonly first: Float32Array;
  private readonly mask: number;
  private readonly window: number;
  /** Feature hashes of one token, as the extractor writes them. */
  private readonly hashes = new Int32Array(Math.max(PAIR_FEATURES, PHRASE_FEATURES));
  /** Weight rows of one token's features that are not cached per word. */
  private rows = new Int32Array(64);
  /** The cached vectors of the words of the sentence being scored. */
  private readonly vectors: Float32Array[] = [];

  /**
   * `stage` is the index of this stage in the model: it names the slot of WordInfo.stageVectors
   * this scorer fills.
   */
  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly stage: number,
    private readonly values: Int16Array,
    private readonly scale: number,
    bits: number,
  ) {
    this.mask = (1 << bits) - 1;
    this.window = extractor.options.window;
    this.bias = this.sumOf((emit) => emit(T_BIAS));
    this.first = this.sumOf((emit) => emit(T_FIRST));
    this.edges = new Float32Array((2 * this.window + 1) * TAG_COUNT);
    for (let d = -this.window; d <= this.window; d++) {
      if (d !== 0) this.edges.set(this.sumOf((emit) => extractor.contextFeatures(undefined, d, emit)), (d + this.window) * TAG_COUNT);
    }
  }

  /** Adds the (quantized) weights of one feature to `into` at `at`. */
  private add(into: Float32Array, at: number, feature: number): void {
    const { values } = this;
    const row = (feature & this.mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) into[at + t]! += values[row + t]!;
  }

  private sumOf(features: (emit: (feature: number) => void) => void): Float32Array {
    const sum = new Float32Array(TAG_COUNT);
    features((feature) => this.add(sum, 0, feature));
    return sum;
  }

  /**
   * A word's weight sums, one vector per window position d (at (d + window) * TAG_COUNT): d = 0,
   * its own features; d ≠ 0, what it gives the token that sees it at offset d.
   */
  private wordVectors(info: WordInfo): Float32Array {
    const cached = info.stageVectors[this.stage];
    if (cached) return cached;
    const w = this.window;
    const vectors = new Float32Array((2 * w + 1) * TAG_COUNT);
    const center = w * TAG_COUNT;
    for (let k = 0; k < info.identity.length; k++) this.add(vectors, center, info.identity[k]!);
    for (let k = 0; k < info.own.length; k++) this.add(vectors, center, info.own[k]!);
    for (let d = -w; d <= w; d++) {
      if (d === 0) continue;
      const at = (d + w) * TAG_COUNT;
      this.extractor.contextFeatures(info, d, (feature) => this.add(vectors, at, feature));
    }
    info.stageVectors[this.stage] = vectors;
    return vectors;
  }

  /** Appends the weight rows of `features[from .. to)` to this.rows from `count`; returns the new count. */
  private appendRows(features: Int32Array, from: number, to: number, count: number): number {
    if (count + to - from > this.rows.length) {
      const grown = new Int32Array(2 * (count + to - from));
      grown.set(this.rows);
      this.rows = grown;
    }
    for (let k = from; k < to; k++) this.rows[count++] = (features[k]! & this.mask) * TAG_COUNT;
    return count;
  }

  /**
   * Per-token tag scores of a sentence (`scores[i * TAG_COUNT + tag]`), given its words'
   * descriptions and phrase masks, plus optional extra (document) features per token.
   */
  scores(infos: readonly WordInfo[], masks: Int32Array, extra: ExtraFeatures | undefined, scores: Float64Array): Float64Array {
    const n = infos.length;
    const w = this.window;
    const { extractor, hashes, vectors, values, scale } = this;
    vectors.length = n;
    for (let i = 0; i < n; i++) vectors[i] = this.wordVectors(infos[i]!);
    for (let i = 0; i < n; i++) {
      let count = this.appendRows(hashes, 0, extractor.pairFeatures(infos, i, hashes), 0);
      if (masks[i] !== 0 || (i > 0 && masks[i - 1] !== 0) || (i + 1 < n && masks[i + 1] !== 0)) {
        count = this.appendRows(hashes, 0, extractor.phraseFeatures(masks, i, hashes), count);
      }
      if (extra) count = this.appendRows(extra.features, extra.offsets[i]!, extra.offsets[i + 1]!, count);
      const { rows } = this;
      const base = i * TAG_COUNT;
      if (w === 2) {
        // The usual window, unrolled (about 10% faster): the words at i-2 .. i+2 seen from token i.
        const { edges } = this;
        const a = i >= 2 ? vectors[i - 2]! : edges;
        const b = i >= 1 ? vectors[i - 1]! : edges;
        const c = vectors[i]!;
        const d = i + 1 < n ? vectors[i + 1]! : edges;
        const e = i + 2 < n ? vectors[i + 2]! : edges;
        for (let t = 0; t < TAG_COUNT; t++) {
          let sum = this.bias[t]! + (i === 0 ? this.first[t]! : 0);
          sum += a[t]! + b[TAG_COUNT + t]! + c[2 * TAG_COUNT + t]! + d[3 * TAG_COUNT + t]! + e[4 * TAG_COUNT + t]!;
          for (let k = 0; k < count; k++) sum += values[rows[k]! + t]!;
          scores[base + t] = sum * scale;
        }
        continue;
      }
      for (let t = 0; t < TAG_COUNT; t++) {
        let sum = this.bias[t]! + (i === 0 ? this.first[t]! : 0);
        // The word at j = i + d, seen from token i at offset d (d = 0: the token's own word).
        for (let d = -w; d <= w; d++) {
          const j = i + d;
          sum += (j < 0 || j >= n ? this.edges : vectors[j]!)[(d + w) * TAG_COUNT + t]!;
        }
        for (let k = 0; k < count; k++) sum += values[rows[k]! + t]!;
        scores[base + t] = sum * scale;
      }
    }
    return scores;
  }
}
