/**
 * Trains the sequence tagger on ANERcorp's train split and writes models/tagger-anercorp.bin.gz.
 *
 *   npx tsx scripts/train.ts [--epochs N] [--bits B] [--seed S] [--limit N] [--out FILE]
 *   npx tsx scripts/train.ts --cv 5      cross-validation on the train split (nothing written)
 *
 * Feature switches: --affix N, --ngram N, --window N, --no-bigrams. Tune them only with --cv.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../src/core/paths.js';
import { readAnnotatedConll, type AnnotatedSentence } from '../src/conll/corpus.js';
import { formatScoreReport, scoreTags } from '../src/conll/score.js';
import { DEFAULT_FEATURE_OPTIONS, T_BIAS, type FeatureOptions } from '../src/recognizers/tagger/features.js';
import { loadLexiconResources, presentLexiconNames } from '../src/recognizers/tagger/lexicon-features.js';
import { penalizeOutside } from '../src/recognizers/tagger/model.js';
import { serializeModel } from '../src/recognizers/tagger/serialize.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger, type TrainOptions } from '../src/recognizers/tagger/training.js';
import { SHIPPED_MODEL_FILE } from '../src/recognizers/tagger/shipped.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: packagePath('..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll') },
    out: { type: 'string', default: packagePath('models', SHIPPED_MODEL_FILE) },
    epochs: { type: 'string' },
    bits: { type: 'string' },
    seed: { type: 'string' },
    limit: { type: 'string' },
    cv: { type: 'string' },
    folds: { type: 'string' },
    affix: { type: 'string' },
    ngram: { type: 'string' },
    window: { type: 'string' },
    'no-bigrams': { type: 'boolean', default: false },
    prune: { type: 'string' },
    'doc-window': { type: 'string' },
    jackknife: { type: 'string' },
    dropout: { type: 'string' },
    trainer: { type: 'string' },
    l2: { type: 'string' },
    lr: { type: 'string' },
    'o-penalty': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'no-lexicons': { type: 'boolean', default: false },
    'lexicon-dir': { type: 'string' },
  },
});

const int = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Number.parseInt(value, 10));

if (!existsSync(args.data!)) {
  console.error(`training data not found: ${args.data} (the shared data folder is needed to train)`);
  process.exit(2);
}
let sentences = readAnnotatedConll(args.data!);
if (args.limit) sentences = sentences.slice(0, int(args.limit, sentences.length));

const features: FeatureOptions = {
  affixLength: int(args.affix, DEFAULT_FEATURE_OPTIONS.affixLength),
  ngram: int(args.ngram, DEFAULT_FEATURE_OPTIONS.ngram),
  window: int(args.window, DEFAULT_FEATURE_OPTIONS.window),
  bigrams: args['no-bigrams'] ? false : DEFAULT_FEATURE_OPTIONS.bigrams,
};
// --lexicon-dir: a frozen copy of lexicons/ for cross-validation runs while the lexicons change.
const resources = args['no-lexicons']
  ? loadLexiconResources({ wordLists: [], entityLexicons: [] })
  : loadLexiconResources(presentLexiconNames(args['lexicon-dir']), args['lexicon-dir']);
if (process.env.TAGGER_EXTRA_LIST) {
  // Experiment hook: an extra word list from a file (one word per line), as if it were in lexicons/words.
  const words = new Set(readFileSync(process.env.TAGGER_EXTRA_LIST, 'utf8').split('\n').filter(Boolean));
  resources.wordLists.push({ name: 'extra', words });
}
const options: TrainOptions = {
  bits: int(args.bits, DEFAULT_TRAIN_OPTIONS.bits),
  epochs: int(args.epochs, DEFAULT_TRAIN_OPTIONS.epochs),
  seed: int(args.seed, DEFAULT_TRAIN_OPTIONS.seed),
  features,
  resources,
  documentWindow: int(args['doc-window'], 0),
  jackknife: int(args.jackknife, 5),
  identityDropout: args.dropout ? Number(args.dropout) : 0,
  trainer: args.trainer === 'crf' ? 'crf' : 'perceptron',
  l2: args.l2 ? Number(args.l2) : undefined,
  learningRate: args.lr ? Number(args.lr) : undefined,
  onEpoch: args.quiet
    ? undefined
    : (epoch, s) => console.log(`  epoch ${epoch}: ${options.trainer === 'crf' ? 'loss per sentence' : 'token error rate'} ${s.loss.toFixed(4)}  (${s.seconds.toFixed(1)} s)`),
  onStage: args.quiet ? undefined : (message) => console.log(message),
};
const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`${sentences.length} sentences, ${tokenCount} tokens; lexicons: ${resources.names.wordLists.length} word lists, ${resources.names.entityLexicons.length} entity lexicons`);
console.log(`options: ${JSON.stringify({ ...options, resources: undefined, onEpoch: undefined, onStage: undefined })}`);

if (args['lexicon-dir'] && !args.cv) {
  console.error('--lexicon-dir is for cross-validation only: a shipped model reads the package lexicons');
  process.exit(2);
}
if (args.cv) {
  crossValidate(sentences, int(args.cv, 5), args.folds ? args.folds.split(',').map(Number) : undefined);
} else {
  const started = performance.now();
  const model = trainTagger(sentences, options);
  model.info = {
    ...model.info,
    data: 'ANERcorp, CAMeL Lab train split (train.conll)',
    licence: 'CC BY-SA 4.0',
    attribution: 'Benajiba, Rosso & Benedí Ruiz 2007 (ANERsys); Obeid et al. 2020 (CAMeL Tools)',
  };
  if (args['o-penalty']) penalizeOutside(model, T_BIAS, Number(args['o-penalty']));
  const bytes = serializeModel(model, { pruneBelow: args.prune ? Number(args.prune) : 0 });
  mkdirSync(dirname(args.out!), { recursive: true });
  writeFileSync(args.out!, bytes);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${args.out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}

/**
 * K-fold cross-validation over contiguous blocks of sentences (the corpus is a sequence of news
 * articles, and the official test split is its tail, so contiguous folds mimic it best).
 */
function crossValidate(all: AnnotatedSentence[], k: number, only?: number[]): void {
  const penalties = (args['o-penalty'] ?? '0').split(',').map(Number);
  const gold: string[][] = [];
  const predictedBy = penalties.map(() => [] as string[][]);
  for (let fold = 0; fold < k; fold++) {
    if (only && !only.includes(fold)) continue;
    const from = Math.floor((fold * all.length) / k);
    const to = Math.floor(((fold + 1) * all.length) / k);
    const train = [...all.slice(0, from), ...all.slice(to)];
    const heldOut = all.slice(from, to);
    const started = performance.now();
    const model = trainTagger(train, options);
    const tagger = new SequenceTagger(model, resources);
    const foldGold = heldOut.map((s) => s.tags);
    gold.push(...foldGold);
    let applied = 0;
    const figures: string[] = [];
    penalties.forEach((penalty, p) => {
      penalizeOutside(model, T_BIAS, penalty - applied);
      applied = penalty;
      const foldPredicted = tagger.tagTokenSentences(heldOut.map((s) => s.tokens));
      predictedBy[p]!.push(...foldPredicted);
      figures.push((100 * scoreTags(foldGold, foldPredicted, ['PER', 'LOC', 'ORG', 'MISC']).micro.f1).toFixed(2));
    });
    console.log(`fold ${fold + 1}/${k}: micro F1 ${figures.join(' / ')}  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  penalties.forEach((penalty, p) => {
    const predicted = predictedBy[p]!;
    if (penalties.length > 1) console.log(`O penalty ${penalty}: micro F1 ${(100 * scoreTags(gold, predicted, ['PER', 'LOC', 'ORG', 'MISC']).micro.f1).toFixed(2)}  PER/LOC/ORG ${(100 * scoreTags(gold, predicted, ['PER', 'LOC', 'ORG']).micro.f1).toFixed(2)}`);
  });
  const predicted = predictedBy[0]!;
  console.log('cross-validation, PER/LOC/ORG/MISC:');
  console.log(formatScoreReport(scoreTags(gold, predicted, ['PER', 'LOC', 'ORG', 'MISC'])));
  console.log(`cross-validation, PER/LOC/ORG: micro F1 ${(100 * scoreTags(gold, predicted, ['PER', 'LOC', 'ORG']).micro.f1).toFixed(2)}`);
}
