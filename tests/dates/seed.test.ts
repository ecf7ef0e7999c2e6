import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { createDateRecognizer, detectDateline } from '../../src/recognizers/date/index.js';

const seedDir = join(packageRoot, '..', 'shared', 'seed');
const expectedPath = join(seedDir, 'expected.json');
const present = existsSync(expectedPath);
if (!present) console.warn(`skipping the seed article's DATE test: ${expectedPath} is absent`);

interface ExpectedMention {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: string;
  grain?: string;
}

describe.skipIf(!present)("seed article: the seven DATE mentions", () => {
  it('come out with exact spans, values and grains, resolved against the dateline', () => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { source: string; referenceDate: string; mentions: ExpectedMention[] };
    const text = readFileSync(join(packageRoot, 'fixtures', 'articles', expected.source), 'utf8');
    const doc = analyze(text);
    const dateline = detectDateline(doc);
    expect(dateline?.date?.value).toBe(expected.referenceDate);
    const dates = createDateRecognizer()
      .recognize(doc, { referenceDate: dateline!.date!.value, dateline })
      .map(({ text: t, start, end, value, grain }) => ({ text: t, start, end, value, grain }));
    const want = expected.mentions
      .filter((m) => m.type === 'DATE')
      .map(({ text: t, start, end, value, grain }) => ({ text: t, start, end, value, grain }));
    expect(want).toHaveLength(7);
    expect(dates).toEqual(want);
  });
});
