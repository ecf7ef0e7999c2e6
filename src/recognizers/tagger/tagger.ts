import { normalizeText } from '../../normalize/index.js';
import { tokenMarginals } from './marginals.js';
import { documentFeatures, type ExtraFeatures } from './document.js';
import { FeatureExtractor, stemKeysOf } from './features.js';
import { loadLexiconResources, type LexiconResources } from './lexicon-features.js';
import { quantizeModel, viterbi, type TaggerModel } from './model.js';
import { EmissionScorer } from './scorer.js';
import { TAGS, TAG_COUNT } from './tags.js';

/** Tags of a document, with, for probabilistic (CRF) models, each token's marginal probability of its tag. */
export interface TaggedDocument {
  tags: Uint8Array[];
  confidence?: Float64Array[];
}

/**
 * A model with its feature extractor. It tags a document (a sequence of sentences of normalized
 * tokens): the first stage tags each sentence alone; a second stage, when the model has one,
 * re-tags each sentence knowing how the first tagged the same words in nearby sentences.
 * It tags with the weights quantized as in the model file, so a model tags the same before and
 * after it is saved, and caches per-word scores: the model must not change once the tagger is made.
 */
export class SequenceTagger {
  readonly extractor: FeatureExtractor;
  private readonly scorer: EmissionScorer;
  private scores = new Float64Array(256 * TAG_COUNT);
  /** Scratch for a document's sentence sums (see EmissionScorer.sentenceSums), grown when needed. */
  private sums = new Float64Array(4096 * TAG_COUNT);

  constructor(
    readonly model: TaggerModel,
    readonly lexicons: LexiconResources = loadLexiconResources(model.lexicons),
  ) {
    this.extractor = new FeatureExtractor(model.features, lexicons);
    this.scorer = new EmissionScorer(this.extractor, model.quantized ?? quantizeModel(model), model.bits);
  }

  /** Whether the model's scores are log-probabilities (a CRF), so that marginals mean something. */
  get probabilistic(): boolean {
    return this.model.info.probabilistic === 1;
  }

  /** Tags (indices into TAGS) of every sentence of a document of normalized tokens. */
  tagDocument(sentences: readonly (readonly string[])[], withConfidence = false): TaggedDocument {
    const { model, extractor } = this;
    const infos = sentences.map((norms) => norms.map((word) => extractor.describe(word)));
    const masks = sentences.map((norms, s) => extractor.phraseMasks(norms, infos[s]!));
    const confidence: Float64Array[] | undefined = withConfidence && this.probabilistic ? [] : undefined;
    const last = model.stages.length - 1;
    // Every stage's sums of a sentence's own features, computed in one pass, in one buffer.
    const stride = model.stages.length * TAG_COUNT;
    const total = infos.reduce((n, words) => n + words.length, 0) * stride;
    if (total > this.sums.length) this.sums = new Float64Array(total * 2);
    let from = 0;
    const sums = infos.map((words, s) => this.scorer.sentenceSums(words, masks[s]!, this.sums.subarray(from, (from += words.length * stride))));
    const tagWith = (stage: number, extra?: ExtraFeatures[]): Uint8Array[] =>
      sentences.map((norms, s) => {
        const n = norms.length;
        if (n * TAG_COUNT > this.scores.length) this.scores = new Float64Array(n * TAG_COUNT * 2);
        const scores = this.scorer.stageScores(stage, sums[s]!, n, extra?.[s], this.scores);
        const { transitions } = model.stages[stage]!;
        const tags = viterbi(scores, transitions, n);
        if (confidence && stage === last) confidence.push(tagConfidence(scores, transitions, tags));
        return tags;
      });
    let tags = tagWith(0);
    if (last > 0) {
      const keys = infos.map(stemKeysOf);
      tags = tagWith(1, documentFeatures(keys, tags, model.documentWindow, model.features.stacked === true));
    }
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

/** Each token's marginal probability of its Viterbi tag (1 throughout a sentence tagged all O). */
function tagConfidence(scores: Float64Array, transitions: Float32Array, tags: Uint8Array): Float64Array {
  const out = new Float64Array(tags.length).fill(1);
  if (tags.every((t) => t === 0)) return out;
  const marginals = tokenMarginals(scores, transitions, tags.length);
  for (let i = 0; i < tags.length; i++) out[i] = marginals[i * TAG_COUNT + tags[i]!]!;
  return out;
}
