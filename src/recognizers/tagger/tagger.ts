import { normalizeText } from '../../normalize/index.js';
import { documentFeatures } from './document.js';
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
  extra?: readonly (readonly number[])[],
): Float64Array {
  const scores = emissionScores(stage.weights, sentence.offsets, rows, sentence.length);
  if (extra) {
    const mask = (1 << bits) - 1;
    const { weights } = stage;
    for (let i = 0; i < sentence.length; i++) {
      for (const h of extra[i]!) {
        const r = (h & mask) * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t]! += weights[r + t]!;
      }
    }
  }
  return scores;
}

/**
 * A model with its feature extractor. It tags a document (a sequence of sentences of normalized
 * tokens): the first stage tags each sentence alone; a second stage, when the model has one,
 * re-tags each sentence knowing how the first tagged the same words in nearby sentences.
 */
export class SequenceTagger {
  readonly extractor: FeatureExtractor;

  constructor(
    readonly model: TaggerModel,
    readonly lexicons: LexiconResources = loadLexiconResources(model.lexicons),
  ) {
    this.extractor = new FeatureExtractor(model.features, lexicons);
  }

  /** Tag indices (see TAGS) of every sentence of a document of normalized tokens. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const { model, extractor } = this;
    const features = sentences.map((norms) => extractor.extract(norms));
    const rows = features.map((f) => featureRows(model.bits, f));
    const first = model.stages[0]!;
    const tags = features.map((f, s) => viterbi(stageScores(first, model.bits, f, rows[s]!), first.transitions, f.length));
    const second = model.stages[1];
    if (!second) return tags;
    const keys = sentences.map((norms) => norms.map((norm) => extractor.stemKey(norm)));
    const extra = documentFeatures(keys, tags, model.documentWindow);
    return features.map((f, s) => viterbi(stageScores(second, model.bits, f, rows[s]!, extra[s]), second.transitions, f.length));
  }

  /** IOB2 tags of a document given as sentences of raw tokens (each normalized first). */
  tagTokenSentences(sentences: readonly (readonly string[])[]): string[][] {
    return this.tagDocument(sentences.map((tokens) => tokens.map(normalizeText))).map((tags) => Array.from(tags, (t) => TAGS[t]!));
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
