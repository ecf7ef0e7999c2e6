import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { readAnnotatedConll, type AnnotatedSentence } from '../../src/conll/corpus.js';
import { scoreTags } from '../../src/conll/score.js';
import { normalizeText } from '../../src/normalize/index.js';
import { deserializeModel, serializeModel } from '../../src/recognizers/tagger/serialize.js';
import { SequenceTagger } from '../../src/recognizers/tagger/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../../src/recognizers/tagger/training.js';
import { loadLexiconResources } from '../../src/recognizers/tagger/lexicon-features.js';

const TRAIN = packagePath('..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll');
const present = existsSync(TRAIN);
if (!present) console.warn(`tests/tagger/trainer.test.ts skipped: ${TRAIN} not found (the shared data folder is absent)`);

/** The trivial baseline: each word gets the tag it had most often in training, unseen words O. */
function memorizingBaseline(train: AnnotatedSentence[]): (tokens: string[]) => string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.tokens.forEach((token, i) => {
      const word = normalizeText(token);
      const byTag = counts.get(word) ?? new Map<string, number>();
      byTag.set(s.tags[i]!, (byTag.get(s.tags[i]!) ?? 0) + 1);
      counts.set(word, byTag);
    });
  }
  const best = new Map([...counts].map(([word, byTag]) => [word, [...byTag].sort((a, b) => b[1] - a[1])[0]![0]]));
  return (tokens) => tokens.map((t) => best.get(normalizeText(t)) ?? 'O');
}

describe.skipIf(!present)('the trainer learns (a small run on a slice of ANERcorp train)', () => {
  const sentences = present ? readAnnotatedConll(TRAIN) : [];
  const train = sentences.slice(0, 1200);
  const heldOut = sentences.slice(1200, 1600);
  // No lexicons: the test is about learning from the data, whatever the lexicons hold today.
  const resources = loadLexiconResources({ wordLists: [], entityLexicons: [] });
  const options = { ...DEFAULT_TRAIN_OPTIONS, bits: 18, epochs: 5, documentWindow: 0, resources };

  it('beats the memorizing baseline on held-out sentences by a clear margin', () => {
    const model = trainTagger(train, options);
    const tagger = new SequenceTagger(model, resources);
    const gold = heldOut.map((s) => s.tags);
    const f1 = scoreTags(gold, tagger.tagTokenSentences(heldOut.map((s) => s.tokens))).micro.f1;
    const baseline = memorizingBaseline(train);
    const baselineF1 = scoreTags(gold, heldOut.map((s) => baseline(s.tokens))).micro.f1;
    console.log(`held-out micro F1: model ${(100 * f1).toFixed(1)}, memorizing baseline ${(100 * baselineF1).toFixed(1)}`);
    expect(f1).toBeGreaterThan(baselineF1 + 0.05);
    expect(f1).toBeGreaterThan(0.5);
  }, 120_000);

  it('is reproducible and survives serialization', () => {
    const small = train.slice(0, 300);
    const a = trainTagger(small, { ...options, epochs: 2 });
    const b = trainTagger(small, { ...options, epochs: 2 });
    expect(Buffer.compare(serializeModel(a), serializeModel(b))).toBe(0);
    const loaded = deserializeModel(serializeModel(a));
    const sample = heldOut.slice(0, 50).map((s) => s.tokens);
    expect(new SequenceTagger(loaded, resources).tagTokenSentences(sample)).toEqual(
      new SequenceTagger(a, resources).tagTokenSentences(sample),
    );
  }, 120_000);
});
