import { readFileSync } from 'node:fs';
import { readAnnotatedConll } from '../src/conll/corpus.js';
import { scoreTags } from '../src/conll/score.js';
import { T_BIAS } from '../src/recognizers/tagger/features.js';
import { penalizeOutside } from '../src/recognizers/tagger/model.js';
import { deserializeModel } from '../src/recognizers/tagger/serialize.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';
const [file, ...deltas] = process.argv.slice(2);
const model = deserializeModel(readFileSync(file!), file);
const tagger = new SequenceTagger(model);
const gold = readAnnotatedConll('/work/shared/data/ner/aqmar/dev.conll');
let applied = 0;
for (const d of deltas.map(Number)) {
  penalizeOutside(model, T_BIAS, d - applied); applied = d;
  const pred = tagger.tagTokenSentences(gold.map((s) => s.tokens));
  const a = scoreTags(gold.map((s) => s.tags), pred, ['PER', 'LOC', 'ORG', 'MISC']).micro.f1;
  const b = scoreTags(gold.map((s) => s.tags), pred, ['PER', 'LOC', 'ORG']).micro.f1;
  console.log(`extra penalty ${d}: AQMAR dev (a) ${(100 * a).toFixed(2)} (b) ${(100 * b).toFixed(2)}`);
}
