/**
 * Entity-level evaluation of the shipped tagger (conlleval semantics): precision, recall and F1
 * per type and micro-averaged over (a) PER/LOC/ORG/MISC and (b) PER/LOC/ORG, on ANERcorp test
 * and AQMAR test, then tagging speed on one core.
 *
 *   npx tsx scripts/eval-ner.ts [--model FILE] [--out DIR]   (--out writes the tagged CoNLL files)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../src/core/paths.js';
import { readAnnotatedConll } from '../src/conll/corpus.js';
import { formatScoreReport, scoreTags } from '../src/conll/score.js';
import { tagConll } from '../src/conll/tag.js';
import { deserializeModel } from '../src/recognizers/tagger/serialize.js';
import { SHIPPED_MODEL_FILE } from '../src/recognizers/tagger/shipped.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: packagePath('models', SHIPPED_MODEL_FILE) },
    out: { type: 'string' },
    dev: { type: 'boolean', default: false },
  },
});

const data = packagePath('..', 'shared', 'data', 'ner');
// --dev: AQMAR's dev split only (for development; ANERcorp has no dev split and its train is the model's).
const sets = args.dev
  ? [{ name: 'AQMAR dev (Stanza split)', file: join(data, 'aqmar', 'dev.conll'), out: 'aqmar-dev.conll' }]
  : [
      { name: 'ANERcorp test (CAMeL split)', file: join(data, 'anercorp_camel', 'test.conll'), out: 'anercorp-test.conll' },
      { name: 'AQMAR test (Stanza split)', file: join(data, 'aqmar', 'test.conll'), out: 'aqmar-test.conll' },
    ];

let started = performance.now();
const model = deserializeModel(readFileSync(args.model!), args.model);
const tagger = new SequenceTagger(model);
console.log(`model ${args.model}: ${JSON.stringify(model.info)}`);
console.log(`loaded in ${(performance.now() - started).toFixed(0)} ms (model and lexicons)`);
if (!tagger.lexiconsMatchTraining) {
  console.log('WARNING: the lexicons changed since the model was trained; run `npm run train` for figures that match them.');
}

for (const set of sets) {
  if (!existsSync(set.file)) {
    console.log(`\n${set.name}: ${set.file} not found, skipped`);
    continue;
  }
  const gold = readAnnotatedConll(set.file);
  const text = readFileSync(set.file, 'utf8');
  const tagged = tagConll(text, tagger);
  if (args.out) {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(join(args.out, set.out), tagged);
  }
  const predicted = sentencesOf(tagged);
  const tokens = gold.reduce((n, s) => n + s.tokens.length, 0);
  console.log(`\n== ${set.name}: ${gold.length} sentences, ${tokens} tokens`);
  console.log('(a) PER/LOC/ORG/MISC');
  console.log(formatScoreReport(scoreTags(gold.map((s) => s.tags), predicted, ['PER', 'LOC', 'ORG', 'MISC'])));
  console.log('(b) PER/LOC/ORG');
  console.log(formatScoreReport(scoreTags(gold.map((s) => s.tags), predicted, ['PER', 'LOC', 'ORG'])));
}

/** The tag column of a tagged CoNLL text, by sentence. */
function sentencesOf(tagged: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of tagged.split('\n')) {
    if (line === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    current.push(line.slice(line.lastIndexOf('\t') + 1));
  }
  if (current.length) sentences.push(current);
  return sentences;
}

// Speed: the first set's tokens tagged as documents, after one warm-up pass, on this one thread.
const speedFile = sets[0]!.file;
if (existsSync(speedFile)) {
  const sentences = readAnnotatedConll(speedFile).map((s) => s.tokens);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const fresh = (): SequenceTagger => new SequenceTagger(model, tagger.lexicons);
  fresh().tagTokenSentences(sentences);
  const rounds = 5;
  started = performance.now();
  for (let r = 0; r < rounds; r++) fresh().tagTokenSentences(sentences);
  const coldSeconds = (performance.now() - started) / 1000;
  const warm = fresh();
  warm.tagTokenSentences(sentences);
  started = performance.now();
  for (let r = 0; r < rounds; r++) warm.tagTokenSentences(sentences);
  const warmSeconds = (performance.now() - started) / 1000;
  console.log(`\nspeed on ${sets[0]!.name} (one core): ${Math.round((rounds * tokens) / coldSeconds).toLocaleString('en')} tokens/s with an empty word cache, ` +
    `${Math.round((rounds * tokens) / warmSeconds).toLocaleString('en')} tokens/s with the word cache warm (${tokens} tokens x ${rounds})`);
}
