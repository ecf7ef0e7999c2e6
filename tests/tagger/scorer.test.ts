import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { documentFeatures } from '../../src/recognizers/tagger/document.js';
import { DEFAULT_FEATURE_OPTIONS, FeatureExtractor, stemKeysOf, type SentenceFeatures } from '../../src/recognizers/tagger/features.js';
import { loadLexiconResources, presentLexiconNames } from '../../src/recognizers/tagger/lexicon-features.js';
import { interleaveStages } from '../../src/recognizers/tagger/model.js';
import { EmissionScorer } from '../../src/recognizers/tagger/scorer.js';
import { TAG_COUNT } from '../../src/recognizers/tagger/tags.js';

/**
 * The scorer sums cached per-word vectors; the reference is the plain sum, over every feature that
 * extract() lists (the features training sees), of random quantized weights.
 */

const BITS = 14;
const resources = loadLexiconResources(presentLexiconNames());

function randomValues(seed: number): Int16Array {
  const values = new Int16Array((1 << BITS) * TAG_COUNT);
  let x = seed;
  for (let k = 0; k < values.length; k++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    values[k] = (x >> 8) % 30000;
  }
  return values;
}

function referenceScores(values: Int16Array, scale: number, sentence: SentenceFeatures, extra?: { offsets: Int32Array; features: Int32Array }): Float64Array {
  const mask = (1 << BITS) - 1;
  const scores = new Float64Array(sentence.length * TAG_COUNT);
  for (let i = 0; i < sentence.length; i++) {
    const features = [...sentence.features.subarray(sentence.offsets[i]!, sentence.offsets[i + 1]!)];
    if (extra) features.push(...extra.features.subarray(extra.offsets[i]!, extra.offsets[i + 1]!));
    for (let t = 0; t < TAG_COUNT; t++) {
      let sum = 0;
      for (const f of features) sum += values[(f & mask) * TAG_COUNT + t]!;
      scores[i * TAG_COUNT + t] = sum * scale;
    }
  }
  return scores;
}

/** Sentences of normalized tokens from the bundled articles (names, dates, clitics, lexicon phrases). */
function sentences(): string[][] {
  const dir = packagePath('fixtures', 'articles');
  const out: string[][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = analyze(readFileSync(`${dir}/${file}`, 'utf8'));
    for (const s of doc.sentences) out.push(doc.tokens.slice(s.firstToken, s.endToken).map((t) => t.norm));
  }
  return out;
}

describe('EmissionScorer', () => {
  const all = sentences();
  const scale = 0.001;

  for (const options of [DEFAULT_FEATURE_OPTIONS, { ...DEFAULT_FEATURE_OPTIONS, window: 1, bigrams: false, stemShape: true }]) {
    it(`equals the sum over the extracted features (window ${options.window}, bigrams ${options.bigrams})`, () => {
      const extractor = new FeatureExtractor(options, resources);
      const values = randomValues(7);
      const scorer = new EmissionScorer(extractor, { scale, stageCount: 1, values }, BITS);
      expect(all.length).toBeGreaterThan(20);
      let phrases = 0;
      // Twice: the second pass reads the cached word vectors.
      for (let pass = 0; pass < 2; pass++) {
        for (const norms of all) {
          const infos = norms.map((w) => extractor.describe(w));
          const masks = extractor.phraseMasks(norms, infos);
          phrases += masks.filter((m) => m !== 0).length;
          const got = scorer.stageScores(0, scorer.sentenceSums(infos, masks), norms.length, undefined, new Float64Array(norms.length * TAG_COUNT));
          expect(got).toEqual(referenceScores(values, scale, extractor.extract(norms)));
        }
      }
      expect(phrases).toBeGreaterThan(0);
    });
  }

  it('adds document features of the second stage exactly', () => {
    const extractor = new FeatureExtractor(DEFAULT_FEATURE_OPTIONS, resources);
    const first = randomValues(3);
    const values = randomValues(11);
    // Two stages, their weights side by side: the cached vectors and sentence sums hold both; stage 1
    // is scored with the document features.
    const scorer = new EmissionScorer(extractor, { scale, stageCount: 2, values: interleaveStages([first, values]) }, BITS);
    const doc = all.slice(0, 30);
    const infos = doc.map((norms) => norms.map((w) => extractor.describe(w)));
    const firstTags = doc.map((norms) => Uint8Array.from(norms, (_, i) => (i % 5 === 0 ? 1 : i % 7 === 0 ? 3 : 0)));
    const extra = documentFeatures(infos.map(stemKeysOf), firstTags, 3);
    expect(extra.some((e) => e.features.length > 0)).toBe(true);
    doc.forEach((norms, s) => {
      const sums = scorer.sentenceSums(infos[s]!, extractor.phraseMasks(norms, infos[s]!));
      const features = extractor.extract(norms);
      expect(scorer.stageScores(0, sums, norms.length, undefined, new Float64Array(norms.length * TAG_COUNT))).toEqual(referenceScores(first, scale, features));
      expect(scorer.stageScores(1, sums, norms.length, extra[s], new Float64Array(norms.length * TAG_COUNT))).toEqual(referenceScores(values, scale, features, extra[s]));
    });
  });
});
