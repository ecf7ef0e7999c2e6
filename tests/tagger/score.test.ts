import { describe, expect, it } from 'vitest';
import { chunksOf, scoreTags } from '../../src/conll/score.js';
import { tagSpans, tagIndex } from '../../src/recognizers/tagger/tags.js';

describe('chunks with conlleval semantics', () => {
  it('starts a chunk at B-X and at an I-X that does not continue X', () => {
    expect(chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG', 'B-ORG', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'LOC', start: 5, end: 6 },
      { type: 'ORG', start: 6, end: 7 },
      { type: 'ORG', start: 7, end: 9 },
    ]);
  });

  it('agrees with the tagger spans on the same tags', () => {
    const tags = ['I-MISC', 'B-PER', 'I-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG'];
    expect(tagSpans(tags.map(tagIndex)).map((s) => ({ type: s.label, start: s.start, end: s.end }))).toEqual(chunksOf(tags));
  });
});

describe('entity-level scores', () => {
  const gold = [
    ['B-PER', 'I-PER', 'O', 'B-LOC'],
    ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'],
  ];
  const predicted = [
    ['B-PER', 'I-PER', 'O', 'B-ORG'], // PER right, LOC missed (typed ORG)
    ['B-ORG', 'I-ORG', 'O', 'O', 'B-MISC'], // ORG too short, MISC right
  ];

  it('counts exact matches only, per type and micro-averaged', () => {
    const report = scoreTags(gold, predicted);
    expect(report.byType.get('PER')).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(report.byType.get('LOC')).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(report.byType.get('ORG')).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(report.micro).toMatchObject({ gold: 4, predicted: 4, correct: 2 });
    expect(report.micro.precision).toBeCloseTo(0.5);
    expect(report.micro.recall).toBeCloseTo(0.5);
    expect(report.micro.f1).toBeCloseTo(0.5);
  });

  it('restricts the evaluation to the requested types on both sides', () => {
    const report = scoreTags(gold, predicted, ['PER', 'LOC', 'ORG']);
    expect([...report.byType.keys()]).toEqual(['LOC', 'ORG', 'PER']);
    expect(report.micro).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(report.micro.f1).toBeCloseTo(1 / 3);
  });

  it('rejects sentences of different lengths', () => {
    expect(() => scoreTags([['O', 'O']], [['O']])).toThrow(/sentence 1/);
  });
});
