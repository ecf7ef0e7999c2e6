import { packagePath } from '../src/core/paths.js';
import { readAnnotatedConll } from '../src/conll/corpus.js';
import { chunksOf } from '../src/conll/score.js';
import { loadLexiconResources, presentLexiconNames } from '../src/recognizers/tagger/lexicon-features.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/recognizers/tagger/training.js';
const all = readAnnotatedConll(packagePath('..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll'));
const k = 5, fold = Number(process.argv[2] ?? 4);
const from = Math.floor((fold * all.length) / k), to = Math.floor(((fold + 1) * all.length) / k);
const train = [...all.slice(0, from), ...all.slice(to)], held = all.slice(from, to);
const resources = loadLexiconResources(presentLexiconNames());
const model = trainTagger(train, { ...DEFAULT_TRAIN_OPTIONS, resources, documentWindow: 5 });
const tagger = new SequenceTagger(model, resources);
const predAll = tagger.tagTokenSentences(held.map((s) => s.tokens));
const seen = new Map<string, string>();
for (const s of train) for (const c of chunksOf(s.tags)) seen.set(s.tokens.slice(c.start, c.end).join(' '), c.type);
let missedSeen = 0, missedUnseen = 0, goldSeen = 0, goldUnseen = 0;
const lines: string[] = [];
for (const s of held) {
  const pred = predAll[held.indexOf(s)]!;
  const g = chunksOf(s.tags), p = chunksOf(pred);
  const pk = new Set(p.map((c) => `${c.start}:${c.end}:${c.type}`));
  const gk = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const c of g) {
    const text = s.tokens.slice(c.start, c.end).join(' ');
    const known = seen.has(text);
    known ? goldSeen++ : goldUnseen++;
    if (!pk.has(`${c.start}:${c.end}:${c.type}`)) {
      known ? missedSeen++ : missedUnseen++;
      const ctx = s.tokens.slice(Math.max(0, c.start - 3), c.end + 2).join(' ');
      lines.push(`FN ${c.type} ${known ? 'seen' : 'new '} [${text}]  pred=${pred.slice(c.start, c.end).join(',')}  ctx: ${ctx}`);
    }
  }
  for (const c of p) if (!gk.has(`${c.start}:${c.end}:${c.type}`)) lines.push(`FP ${c.type} [${s.tokens.slice(c.start, c.end).join(' ')}] gold=${s.tags.slice(c.start, c.end).join(',')} ctx: ${s.tokens.slice(Math.max(0, c.start - 3), c.end + 2).join(' ')}`);
}
console.log({ goldSeen, goldUnseen, missedSeen, missedUnseen });
console.log(lines.join('\n'));
