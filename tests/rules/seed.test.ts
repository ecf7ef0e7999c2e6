import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extractor } from '../../src/pipeline/extractor.js';
import { hasShared, seedArticle, sharedDir, skipMessage } from '../helpers.js';
import { compareWithExpected, type Expected } from './compare.js';

skipMessage('the seed article against ../shared/seed/expected.json');

describe.skipIf(!hasShared)('the seed article (../shared/seed/expected.json), PERSON / PLACE / ORGANIZATION / INITIATIVE', () => {
  // describe.skipIf still collects this body: read ../shared only when it is there.
  if (!hasShared) return;
  const expected = JSON.parse(readFileSync(join(sharedDir, 'seed', 'expected.json'), 'utf8')) as Expected;
  const doc = new Extractor().extract(readFileSync(seedArticle, 'utf8'));
  const result = compareWithExpected(doc, expected);

  it('finds every required mention with its exact offsets', () => {
    expect(result.missing).toEqual([]);
  });

  it('finds nothing that is neither required nor optional', () => {
    expect(result.spurious).toEqual([]);
  });

  it('groups the mentions into exactly one entity per real-world entity', () => {
    expect(result.split).toEqual([]);
    expect(result.merged).toEqual([]);
  });

  it('every shown mention slices the text exactly', () => {
    const text = readFileSync(seedArticle, 'utf8');
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
