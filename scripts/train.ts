/**
 * Trains the sequence tagger on ANERcorp's train split (CAMeL Lab split) and writes
 * models/tagger-anercorp.bin.gz. The defaults are the configuration chosen by cross-validation.
 *
 *   npx tsx scripts/train.ts [--limit N] [--out FILE] [options]
 *   npx tsx scripts/train.ts --cv 5 [options]     5-fold cross-validation on train (nothing written)
 *
 * Options: --trainer crf|perceptron, --epochs N, --bits B, --seed S, --l2 X, --lr X,
 * --average-from E (CRF: the model is the average of the weights at the end of epochs E..N),
 * --doc-window N (0 = one stage), --o-penalty X (with --cv: a comma-separated list to compare),
 * --affix N, --ngram N, --window N, --no-bigrams, --dropout P, --no-lexicons,
 * --lexicon-dir DIR (with --cv: a frozen copy of lexicons/), --quiet,
 * --dump FILE (with --cv: the held-out tokens as `token gold predicted` lines, for error analysis;
 * with several O penalties, the first one's tags),
 * --stem-shape (stem suffixes, skeleton, length, foreign letters, transliteration key),
 * --stacked (second stage also sees the first stage's tags at -1..+1),
 * --extra FILE (more training sentences, never held out by --cv; default AQMAR's train split,
 * ../shared/data/ner/aqmar/train.conll; --no-extra: ANERcorp alone), --extra-misc o (their MISC as O),
 * --extra-domain NAME (default wikipedia; their features get domain-conjoined copies, see
 * LabeledSentence.domain; none = plain copies).
 * Tune only with --cv: the test splits are for the reported figures (scripts/eval-ner.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../src/core/paths.js';
import { readAnnotatedConll, type AnnotatedSentence } from '../src/conll/corpus.js';
import { formatScoreReport, scoreTags } from '../src/conll/score.js';
import { T_BIAS, type FeatureOptions } from '../src/recognizers/tagger/features.js';
import { loadLexiconResources, presentLexiconNames } from '../src/recognizers/tagger/lexicon-features.js';
import { penalizeOutside } from '../src/recognizers/tagger/model.js';
import { serializeModel } from '../src/recognizers/tagger/serialize.js';
import { SHIPPED_MODEL_FILE } from '../src/recognizers/tagger/shipped.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger, type TrainOptions } from '../src/recognizers/tagger/training.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: packagePath('..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll') },
    out: { type: 'string', default: packagePath('models', SHIPPED_MODEL_FILE) },
    limit: { type: 'string' },
    extra: { type: 'string', default: packagePath('..', 'shared', 'data', 'ner', 'aqmar', 'train.conll') },
    'no-extra': { type: 'boolean', default: false },
    'extra-misc': { type: 'string' },
    'extra-domain': { type: 'string', default: 'wikipedia' },
    cv: { type: 'string' },
    folds: { type: 'string' },
    trainer: { type: 'string' },
    epochs: { type: 'string' },
    bits: { type: 'string' },
    seed: { type: 'string' },
    l2: { type: 'string' },
    lr: { type: 'string' },
    'average-from': { type: 'string' },
    'doc-window': { type: 'string' },
    jackknife: { type: 'string' },
    'o-penalty': { type: 'string' },
    affix: { type: 'string' },
    ngram: { type: 'string' },
    window: { type: 'string' },
    'no-bigrams': { type: 'boolean', default: false },
    'stem-shape': { type: 'boolean', default: false },
    stacked: { type: 'boolean', default: false },
    dropout: { type: 'string' },
    'no-lexicons': { type: 'boolean', default: false },
    'lexicon-dir': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    dump: { type: 'string' },
  },
});

const D = DEFAULT_TRAIN_OPTIONS;
const int = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Number.parseInt(value, 10));
const num = (value: string | undefined, fallback: number | undefined): number | undefined => (value === undefined ? fallback : Number(value));

if (!existsSync(args.data!)) {
  console.error(`training data not found: ${args.data} (the shared data folder is needed to train)`);
  process.exit(2);
}
if (args['lexicon-dir'] && !args.cv) {
  console.error('--lexicon-dir is for cross-validation only: a shipped model reads the package lexicons');
  process.exit(2);
}
let sentences = readAnnotatedConll(args.data!);
if (args.limit) sentences = sentences.slice(0, int(args.limit, sentences.length));
// --extra FILE: more annotated sentences (e.g. AQMAR's train split), always in training and never
// held out by --cv. --extra-misc o maps their MISC tags to O (AQMAR's MISC is broader than ANERcorp's).
let extra: (AnnotatedSentence & { domain?: string })[] = [];
if (args['no-extra']) args.extra = undefined;
if (args.extra && !existsSync(args.extra)) {
  console.error(`extra training data not found: ${args.extra} (use --no-extra to train on ANERcorp alone)`);
  process.exit(2);
}
if (args.extra) {
  extra = readAnnotatedConll(args.extra);
  if (args['extra-misc'] === 'o') extra = extra.map((s) => ({ tokens: s.tokens, tags: s.tags.map((t) => (t.endsWith('-MISC') ? 'O' : t)) }));
  // --extra-domain NAME: the extra sentences get domain-conjoined copies of their features.
  if (args['extra-domain'] && args['extra-domain'] !== 'none') extra = extra.map((s) => ({ ...s, domain: args['extra-domain'] }));
}

const features: FeatureOptions = {
  affixLength: int(args.affix, D.features.affixLength),
  ngram: int(args.ngram, D.features.ngram),
  window: int(args.window, D.features.window),
  bigrams: args['no-bigrams'] ? false : D.features.bigrams,
  stemShape: args['stem-shape'] || D.features.stemShape === true,
  stacked: args.stacked || D.features.stacked === true,
};
const resources = args['no-lexicons']
  ? loadLexiconResources({ wordLists: [], entityLexicons: [] })
  : loadLexiconResources(presentLexiconNames(args['lexicon-dir']), args['lexicon-dir']);
const penalties = (args['o-penalty'] ?? String(D.outsidePenalty ?? 0)).split(',').map(Number);
const options: TrainOptions = {
  bits: int(args.bits, D.bits),
  epochs: int(args.epochs, D.epochs),
  seed: int(args.seed, D.seed),
  features,
  trainer: args.trainer === 'perceptron' ? 'perceptron' : args.trainer === 'crf' ? 'crf' : D.trainer,
  l2: num(args.l2, D.l2),
  learningRate: num(args.lr, D.learningRate),
  averageFrom: num(args['average-from'], D.averageFrom),
  identityDropout: num(args.dropout, D.identityDropout),
  documentWindow: int(args['doc-window'], D.documentWindow ?? 0),
  jackknife: int(args.jackknife, D.jackknife ?? 5),
  outsidePenalty: penalties[0],
  resources,
  onEpoch: args.quiet
    ? undefined
    : (epoch, s) => console.log(`  epoch ${epoch}: ${options.trainer === 'crf' ? 'loss per sentence' : 'token error rate'} ${s.loss.toFixed(4)}  (${s.seconds.toFixed(1)} s)`),
  onStage: args.quiet ? undefined : (message) => console.log(message),
};
const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`${sentences.length} sentences, ${tokenCount} tokens from ${args.data}`);
if (args.extra) console.log(`+ ${extra.length} sentences from ${args.extra} (MISC ${args['extra-misc'] === 'o' ? 'as O' : 'kept'})`);
console.log(`lexicons: ${resources.names.wordLists.length} word lists, ${resources.names.entityLexicons.length} entity lexicons (fingerprint ${resources.fingerprint.slice(0, 12)})`);
console.log(`options: ${JSON.stringify({ ...options, resources: undefined, onEpoch: undefined, onStage: undefined })}`);

if (args.cv) {
  crossValidate(sentences, int(args.cv, 5), args.folds ? args.folds.split(',').map(Number) : undefined);
} else {
  const started = performance.now();
  const model = trainTagger([...sentences, ...extra], options);
  model.info = {
    ...model.info,
    data: args.extra
      ? `ANERcorp, CAMeL Lab train split (train.conll) + ${args.extra.split('/').slice(-2).join('/')} (domain ${args['extra-domain']})`
      : 'ANERcorp, CAMeL Lab train split (train.conll)',
    licence: 'CC BY-SA 4.0',
    attribution:
      'Benajiba, Rosso & Benedí Ruiz 2007 (ANERsys, CICLing); Obeid et al. 2020 (CAMeL Tools, LREC)' +
      (args.extra?.includes('aqmar') ? '; Mohit, Schneider, Bhowmick, Oflazer & Smith 2012 (AQMAR, EACL; CC BY-SA 3.0)' : ''),
  };
  const bytes = serializeModel(model);
  mkdirSync(dirname(args.out!), { recursive: true });
  writeFileSync(args.out!, bytes);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${args.out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}

/**
 * K-fold cross-validation over contiguous blocks of sentences (the corpus is a sequence of news
 * articles and the official test split is its tail, so contiguous folds mimic it best). Each held-out
 * fold is tagged as one document. With several O penalties, each is scored on the same models.
 */
function crossValidate(all: AnnotatedSentence[], k: number, only?: number[]): void {
  const gold: string[][] = [];
  const heldOutAll: AnnotatedSentence[] = [];
  const predictedBy = penalties.map(() => [] as string[][]);
  for (let fold = 0; fold < k; fold++) {
    if (only && !only.includes(fold)) continue;
    const from = Math.floor((fold * all.length) / k);
    const to = Math.floor(((fold + 1) * all.length) / k);
    const started = performance.now();
    const model = trainTagger([...all.slice(0, from), ...all.slice(to), ...extra], { ...options, outsidePenalty: 0 });
    const heldOut = all.slice(from, to);
    heldOutAll.push(...heldOut);
    const foldGold = heldOut.map((s) => s.tags);
    gold.push(...foldGold);
    let applied = 0;
    const figures: string[] = [];
    penalties.forEach((penalty, p) => {
      penalizeOutside(model, T_BIAS, penalty - applied);
      applied = penalty;
      // A tagger reads the weights as they are when it is made.
      const tagger = new SequenceTagger(model, resources);
      const foldPredicted = tagger.tagTokenSentences(heldOut.map((s) => s.tokens));
      predictedBy[p]!.push(...foldPredicted);
      figures.push((100 * scoreTags(foldGold, foldPredicted, ['PER', 'LOC', 'ORG', 'MISC']).micro.f1).toFixed(2));
    });
    console.log(`fold ${fold + 1}/${k}: micro F1 ${figures.join(' / ')}  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (args.dump) {
    const lines = heldOutAll.map((s, i) => s.tokens.map((token, t) => `${token}\t${s.tags[t]}\t${predictedBy[0]![i]![t]}`).join('\n'));
    writeFileSync(args.dump, `${lines.join('\n\n')}\n`);
  }
  penalties.forEach((penalty, p) => {
    const predicted = predictedBy[p]!;
    console.log(`\ncross-validation, O penalty ${penalty}, PER/LOC/ORG/MISC:`);
    console.log(formatScoreReport(scoreTags(gold, predicted, ['PER', 'LOC', 'ORG', 'MISC'])));
    console.log(`cross-validation, O penalty ${penalty}, PER/LOC/ORG: micro F1 ${(100 * scoreTags(gold, predicted, ['PER', 'LOC', 'ORG']).micro.f1).toFixed(2)}`);
  });
}
