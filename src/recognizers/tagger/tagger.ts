import { normalizeText } from '../../normalize/index.js';
import { tokenMarginals } from './crf.js';
import { documentFeatures, type ExtraFeatures } from './document.js';
import { FeatureExtractor, type SentenceFeatures } from './features.js';
import { loadLexiconResources, type LexiconResources } from './lexicon-features.js';
import { emissionScores, featureRows, viterbi, type StageWeights, type TaggerModel } from './model.js';
import { TAGS, TAG_COUNT } from './tags.js';

/** Emission scores of one stage: the sentence's features plus, optionally, extra features per token. */
export function stageScores(
  stage: StageWeights,
  bits: number,
  sentence: SentenceFeatures,
  rows: Int32Array,
  extra?: ExtraFeatures,
  scores?: Float64Array,
): Float64Array {
  scores = emissionScores(stage.weights, sentence.offsets, rows, sentence.length, scores);
  if (extra) {
    const mask = (1 << bits) - 1;
    const { weights } = stage;
    for (let i = 0; i < sentence.length; i++) {
      const base = i * TAG_COUNT;
      for (let k = extra.offsets[i]!, end = extra.offsets[i + 1]!; k < end; k++) {
        const r = (extra.features[k]! & mask) * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) scores[base + t]! += weights[r + t]!;
      }
    }
  }
  return scores;
}

/** Tags of a document, with, for probabilistic (CRF) models, each token's marginal probability of its tag. */
export interface TaggedDocument {
  tags: Uint8Array[];
  confidence?: Float64Array[];
}

/**
 * A model with its feature extractor. It tags a document (a sequence of sentences of normalized
 * tokens): the first stage tags each sentence alone; a second stage, when the model has one,
 * re-tags each sentence knowing how the first tagged the same words in nearby sentences.
 */
export class SequenceTagger {
  readonly extractor: FeatureExtractor;
  private scores = new Float64Array(256 * TAG_COUNT);

  constructor(
    readonly model: TaggerModel,
    readonly lexicons: LexiconResources = loadLexiconResources(model.lexicons),
  ) {
    this.extractor = new FeatureExtractor(model.features, lexicons);
  }

  /** Whether the model's scores are log-probabilities (a CRF), so that marginals mean something. */
  get probabilistic(): boolean {
    return this.model.info.probabilistic === 1;
  }

  /** Viterbi tags of a sentence under one stage; the emission scores stay in `this.scores`. */
  private decode(stage: StageWeights, features: SentenceFeatures, rows: Int32Array, extra?: ExtraFeatures): Uint8Array {
    const n = features.length;
    if (n * TAG_COUNT > this.scores.length) this.scores = new Float64Array(n * TAG_COUNT * 2);
    const scores = stageScores(stage, this.model.bits, features, rows, extra, this.scores);
    return viterbi(scores, stage.transitions, n);
  }

  /** Tags (indices into TAGS) of every sentence of a document of normalized tokens. */
  tagDocument(sentences: readonly (readonly string[])[], withConfidence = false): TaggedDocument {
    const { model, extractor } = this;
    const features = sentences.map((norms) => extractor.extract(norms));
    const rows = features.map((f) => featureRows(model.bits, f));
    const first = model.stages[0]!;
    const second = model.stages[1];
    const confidence: Float64Array[] | undefined = withConfidence && this.probabilistic ? [] : undefined;
    const tagWith = (stage: StageWeights, extra?: ExtraFeatures[]): Uint8Array[] =>
      features.map((f, s) => {
        const tags = this.decode(stage, f, rows[s]!, extra?.[s]);
        if (confidence && stage === (second ?? first)) {
          const out = new Float64Array(f.length).fill(1);
          if (tags.some((t) => t !== 0)) {
            const marginals = tokenMarginals(this.scores, stage.transitions, f.length);
            for (let i = 0; i < f.length; i++) out[i] = marginals[i * TAG_COUNT + tags[i]!]!;
          }
          confidence.push(out);
        }
        return tags;
      });
    let tags = tagWith(first);
    if (second) tags = tagWith(second, documentFeatures(sentences.map((norms) => extractor.stemKeys(norms)), tags, model.documentWindow, model.features.stacked === true));
    return confidence ? { tags, confidence } : { tags };
  }

  /** IOB2 tags of a document given as sentences of raw tokens (each normalized first). */
  tagTokenSentences(sentences: readonly (readonly string[])[]): string[][] {
    const { tags } = this.tagDocument(sentences.map((tokens) => tokens.map(normalizeText)));
    return tags.map((sentence) => Array.from(sentence, (t) => TAGS[t]!));
  }

  /** IOB2 tags of one sentence of raw tokens, tagged as a document of its own. */
  tagTokens(tokens: readonly string[]): string[] {
    return this.tagTokenSentences([tokens])[0]!;
  }

  /** Whether the lexicons on disk are still the ones the model was trained with. */
  get lexiconsMatchTraining(): boolean {
    return this.lexicons.fingerprint === this.model.lexiconFingerprint;
  }
}
