import { normalizeText } from '../../normalize/index.js';
import { trainCrf } from './crf.js';
import { documentFeatures, type ExtraFeatures } from './document.js';
import { DEFAULT_FEATURE_OPTIONS, FeatureExtractor, T_BIAS, type FeatureOptions, type SentenceFeatures } from './features.js';
import { combine, hashString } from './hash.js';
import { loadLexiconResources, presentLexiconNames, type LexiconNames, type LexiconResources } from './lexicon-features.js';
import { createModel, createStage, emissionScores, featureRows, penalizeOutside, viterbi, type StageWeights, type TaggerModel } from './model.js';
import { trainPerceptron, type TrainingSentence } from './perceptron.js';
import { TAG_COUNT, tagIndex } from './tags.js';

/** A sentence of raw tokens with gold IOB2 tags. */
export interface LabeledSentence {
  tokens: readonly string[];
  tags: readonly string[];
  /**
   * A domain other than the model's own (e.g. 'wikipedia'): such sentences also get a copy of
   * every feature conjoined with the domain, which absorbs what is peculiar to it ("frustratingly
   * easy" domain adaptation, Daumé 2007); tagging uses the shared copies only.
   */
  domain?: string;
}

export interface TrainOptions {
  /** log2 of the number of feature buckets. */
  bits: number;
  epochs: number;
  seed: number;
  features: FeatureOptions;
  trainer?: 'perceptron' | 'crf';
  /** CRF: L2 coefficient per sentence (default 1 / number of sentences). */
  l2?: number;
  /** CRF: initial learning rate. */
  learningRate?: number;
  /** CRF: average the weights at the end of epochs from this one on (see CrfOptions.averageFrom). */
  averageFrom?: number;
  /** See PerceptronOptions.identityDropout. */
  identityDropout?: number;
  /**
   * Sentences on each side whose first-stage tags the second stage sees (0 = one stage only).
   * The first-stage tags of the training data come from `jackknife` folds, so that the second
   * stage learns from tags as good as those it will see on new text.
   */
  documentWindow?: number;
  jackknife?: number;
  /** Subtracted from the score of O at every token (see penalizeOutside): trades precision for recall. */
  outsidePenalty?: number;
  /** Lexicons to use as features; default: every lexicon present in the package. */
  lexicons?: LexiconNames;
  /** Already loaded lexicon resources (saves reloading them across cross-validation folds). */
  resources?: LexiconResources;
  onEpoch?: (epoch: number, stats: { loss: number; seconds: number }) => void;
  onStage?: (message: string) => void;
}

/** The configuration chosen by 5-fold cross-validation on ANERcorp train (see models/README.md). */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: 18,
  epochs: 15,
  seed: 1,
  features: DEFAULT_FEATURE_OPTIONS,
  trainer: 'crf',
  l2: 1e-5,
  learningRate: 0.02,
  documentWindow: 5,
  jackknife: 5,
  // 0.6 with AQMAR's train split added as a second domain (scripts/train.ts's default); 0.3 was
  // the optimum on ANERcorp alone.
  outsidePenalty: 0.6,
};

function trainStage(bits: number, sentences: readonly TrainingSentence[], options: TrainOptions): StageWeights {
  const stage = createStage(bits);
  if (options.trainer === 'crf') {
    trainCrf(stage, sentences, {
      epochs: options.epochs,
      seed: options.seed,
      l2: options.l2 ?? 1 / sentences.length,
      learningRate: options.learningRate ?? 0.02,
      averageFrom: options.averageFrom,
      identityDropout: options.identityDropout,
      onEpoch: options.onEpoch,
    });
  } else {
    trainPerceptron(stage, sentences, {
      epochs: options.epochs,
      seed: options.seed,
      identityDropout: options.identityDropout,
      onEpoch: options.onEpoch && ((epoch, s) => options.onEpoch!(epoch, { loss: s.tokenErrorRate, seconds: s.seconds })),
    });
  }
  return stage;
}

function decodeStage(stage: StageWeights, sentence: TrainingSentence): Uint8Array {
  const scores = emissionScores(stage.weights, sentence.offsets, sentence.rows, sentence.length);
  return viterbi(scores, stage.transitions, sentence.length);
}

/** The sentence with extra feature rows appended to each token's features. */
function withExtraRows(sentence: TrainingSentence, extra: ExtraFeatures, bits: number): TrainingSentence {
  const mask = (1 << bits) - 1;
  const rows = new Int32Array(sentence.rows.length + extra.features.length);
  const offsets = new Int32Array(sentence.length + 1);
  let size = 0;
  for (let i = 0; i < sentence.length; i++) {
    offsets[i] = size;
    for (let k = sentence.offsets[i]!; k < sentence.offsets[i + 1]!; k++) rows[size++] = sentence.rows[k]!;
    for (let k = extra.offsets[i]!; k < extra.offsets[i + 1]!; k++) rows[size++] = (extra.features[k]! & mask) * TAG_COUNT;
  }
  offsets[sentence.length] = size;
  return { ...sentence, offsets, rows };
}

/** Every feature of the sentence twice: as is, and conjoined with the domain. */
function withDomainCopies(sentence: SentenceFeatures, domain: number): SentenceFeatures {
  const features = new Int32Array(sentence.features.length * 2);
  const offsets = new Int32Array(sentence.length + 1);
  const identity = new Uint8Array(sentence.length);
  let size = 0;
  for (let i = 0; i < sentence.length; i++) {
    offsets[i] = size;
    const from = sentence.offsets[i]!;
    const to = sentence.offsets[i + 1]!;
    const own = sentence.identity[i]!;
    for (let k = from; k < from + own; k++) features[size++] = sentence.features[k]!;
    for (let k = from; k < from + own; k++) features[size++] = combine(sentence.features[k]!, domain);
    identity[i] = Math.min(255, 2 * own);
    for (let k = from + own; k < to; k++) features[size++] = sentence.features[k]!;
    for (let k = from + own; k < to; k++) features[size++] = combine(sentence.features[k]!, domain);
  }
  offsets[sentence.length] = size;
  return { length: sentence.length, offsets, identity, features };
}

export function trainTagger(sentences: readonly LabeledSentence[], options: TrainOptions): TaggerModel {
  const resources = options.resources ?? loadLexiconResources(options.lexicons ?? presentLexiconNames());
  const model = createModel(options.bits, options.features, resources.names, resources.fingerprint);
  const extractor = new FeatureExtractor(options.features, resources);
  const nonEmpty = sentences.filter((s) => s.tokens.length > 0);
  const norms = nonEmpty.map((s) => s.tokens.map(normalizeText));
  const prepared: TrainingSentence[] = nonEmpty.map((s, k) => {
    const features = s.domain ? withDomainCopies(extractor.extract(norms[k]!), hashString(s.domain)) : extractor.extract(norms[k]!);
    return {
      length: features.length,
      offsets: features.offsets,
      identity: features.identity,
      rows: featureRows(options.bits, features),
      gold: Uint8Array.from(s.tags, tagIndex),
    };
  });
  options.onStage?.('stage 1');
  model.stages.push(trainStage(options.bits, prepared, options));
  const window = options.documentWindow ?? 0;
  if (window > 0) {
    const folds = options.jackknife ?? 5;
    const firstTags: Uint8Array[] = new Array(prepared.length);
    for (let fold = 0; fold < folds; fold++) {
      const from = Math.floor((fold * prepared.length) / folds);
      const to = Math.floor(((fold + 1) * prepared.length) / folds);
      options.onStage?.(`jackknife ${fold + 1}/${folds}`);
      const stage = trainStage(options.bits, [...prepared.slice(0, from), ...prepared.slice(to)], options);
      for (let k = from; k < to; k++) firstTags[k] = decodeStage(stage, prepared[k]!);
    }
    const keys = norms.map((sentence) => extractor.stemKeys(sentence));
    const extra = documentFeatures(keys, firstTags, window, options.features.stacked === true);
    const second = prepared.map((s, k) => withExtraRows(s, extra[k]!, options.bits));
    options.onStage?.('stage 2');
    model.stages.push(trainStage(options.bits, second, options));
    model.documentWindow = window;
  }
  if (options.outsidePenalty) penalizeOutside(model, T_BIAS, options.outsidePenalty);
  model.info = {
    outsidePenalty: options.outsidePenalty ?? 0,
    trainer: options.trainer === 'crf' ? 'linear-chain CRF (SGD, L2)' : 'averaged perceptron',
    probabilistic: options.trainer === 'crf' ? 1 : 0,
    epochs: options.epochs,
    seed: options.seed,
    sentences: prepared.length,
    stages: model.stages.length,
  };
  return model;
}
