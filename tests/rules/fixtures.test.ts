import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extractor } from '../../src/pipeline/extractor.js';
import { repoRoot } from '../helpers.js';
import { compareWithExpected, type Expected } from './compare.js';

/**
 * Every article of fixtures/articles/ that has an expected file in fixtures/expected/ (respellings
 * of the seed article, and other news written for arner): exact spans and one entity per
 * real-world entity, for PERSON / PLACE / ORGANIZATION / INITIATIVE.
 */
const expectedDir = join(repoRoot, 'fixtures', 'expected');
const cases = readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();
const extractor = new Extractor();

describe.each(cases)('fixtures/expected/%s', (file) => {
  const expected = JSON.parse(readFileSync(join(expectedDir, file), 'utf8')) as Expected & { source: string };
  const text = readFileSync(join(repoRoot, 'fixtures', 'articles', expected.source), 'utf8');
  const doc = extractor.extract(text);
  const result = compareWithExpected(doc, expected);

  it('the expected spans slice the article', () => {
    for (const m of [...expected.mentions, ...(expected.optional ?? [])]) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('finds every required mention with its exact offsets', () => expect(result.missing).toEqual([]));
  it('finds nothing that is neither required nor optional', () => expect(result.spurious).toEqual([]));
  it('groups the mentions into exactly one entity per real-world entity', () => {
    expect(result.split).toEqual([]);
    expect(result.merged).toEqual([]);
  });
});
