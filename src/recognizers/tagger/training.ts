import { normalizeText } from '../../normalize/index.js';
import { DEFAULT_FEATURE_OPTIONS, FeatureExtractor, type FeatureOptions } from './features.js';
import { loadLexiconResources, presentLexiconNames, type LexiconNames, type LexiconResources } from './lexicon-features.js';
import { createModel, featureRows, type TaggerModel } from './model.js';
import { trainPerceptron, type TrainingSentence } from './perceptron.js';
import { tagIndex } from './tags.js';

/** A sentence of raw tokens with gold IOB2 tags. */
export interface LabeledSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

export interface TrainOptions {
  /** log2 of the number of feature buckets. */
  bits: number;
  epochs: number;
  seed: number;
  features: FeatureOptions;
  /** Lexicons to use as features; default: every lexicon present in the package. */
  lexicons?: LexiconNames;
  /** Already loaded lexicon resources (saves reloading them across cross-validation folds). */
  resources?: LexiconResources;
  /** Features (buckets) seen fewer times than this in training are not used. */
  minFeatureCount?: number;
  onEpoch?: (epoch: number, stats: { tokenErrorRate: number; seconds: number }) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 20, epochs: 10, seed: 1, features: DEFAULT_FEATURE_OPTIONS };

export function trainTagger(sentences: readonly LabeledSentence[], options: TrainOptions): TaggerModel {
  const resources = options.resources ?? loadLexiconResources(options.lexicons ?? presentLexiconNames());
  const model = createModel(options.bits, options.features, resources.names, resources.fingerprint);
  const extractor = new FeatureExtractor(options.features, resources);
  const prepared: TrainingSentence[] = sentences
    .filter((s) => s.tokens.length > 0)
    .map((s) => {
      const features = extractor.extract(s.tokens.map(normalizeText));
      return {
        length: features.length,
        offsets: features.offsets,
        rows: featureRows(model, features),
        gold: Uint8Array.from(s.tags, tagIndex),
      };
    });
  const kept = options.minFeatureCount && options.minFeatureCount > 1 ? dropRareFeatures(prepared, options.minFeatureCount) : prepared;
  trainPerceptron(model, kept, { epochs: options.epochs, seed: options.seed, onEpoch: options.onEpoch });
  model.info = { trainer: 'averaged perceptron', epochs: options.epochs, seed: options.seed, sentences: prepared.length };
  return model;
}

/** The sentences with the features seen fewer than `minCount` times in the whole set removed. */
function dropRareFeatures(sentences: TrainingSentence[], minCount: number): TrainingSentence[] {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const r of s.rows) counts.set(r, (counts.get(r) ?? 0) + 1);
  return sentences.map((s) => {
    const rows: number[] = [];
    const offsets = new Int32Array(s.length + 1);
    for (let i = 0; i < s.length; i++) {
      offsets[i] = rows.length;
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) if (counts.get(s.rows[k]!)! >= minCount) rows.push(s.rows[k]!);
    }
    offsets[s.length] = rows.length;
    return { ...s, offsets, rows: Int32Array.from(rows) };
  });
}
