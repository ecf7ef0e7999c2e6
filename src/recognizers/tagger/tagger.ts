import { normalizeText } from '../../normalize/index.js';
import { FeatureExtractor } from './features.js';
import { loadLexiconResources, type LexiconResources } from './lexicon-features.js';
import { emissionScores, featureRows, viterbi, type TaggerModel } from './model.js';
import { TAGS, TAG_COUNT } from './tags.js';

/** A model with its feature extractor: tags sentences of normalized tokens. */
export class SequenceTagger {
  readonly extractor: FeatureExtractor;
  private scores = new Float64Array(256 * TAG_COUNT);

  constructor(
    readonly model: TaggerModel,
    readonly lexicons: LexiconResources = loadLexiconResources(model.lexicons),
  ) {
    this.extractor = new FeatureExtractor(model.features, lexicons);
  }

  /** Tag indices (see TAGS) of one sentence given its normalized tokens. */
  tagNormalized(norms: readonly string[]): Uint8Array {
    const n = norms.length;
    const features = this.extractor.extract(norms);
    const rows = featureRows(this.model, features);
    if (n * TAG_COUNT > this.scores.length) this.scores = new Float64Array(n * TAG_COUNT * 2);
    emissionScores(this.model.weights, features.offsets, rows, n, this.scores);
    return viterbi(this.scores, this.model.transitions, n);
  }

  /** IOB2 tags of one sentence of raw tokens (each normalized first). */
  tagTokens(tokens: readonly string[]): string[] {
    return Array.from(this.tagNormalized(tokens.map(normalizeText)), (t) => TAGS[t]!);
  }

  /** Whether the lexicons on disk are still the ones the model was trained with. */
  get lexiconsMatchTraining(): boolean {
    return this.lexicons.fingerprint === this.model.lexiconFingerprint;
  }
}
