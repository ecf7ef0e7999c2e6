import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { readTsv } from '../../src/lexicon/tsv.js';
import { normalizeText } from '../../src/normalize/index.js';
import { loadDateLexicon } from '../../src/recognizers/date/index.js';

const dir = packagePath('lexicons', 'dates');
const tables = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

describe('lexicons/dates', () => {
  it('loads', () => {
    expect(loadDateLexicon().byFirstWord.size).toBeGreaterThan(300);
  });

  it.each(tables)('%s: no presentation forms, no duplicate rows, documented in the README', (file) => {
    const rows = readTsv(`${dir}/${file}`, ['arabic']);
    expect(rows.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.cells.arabic, `${file}:${row.line}`).not.toMatch(PRESENTATION_FORMS);
      const key = normalizeText(row.cells.arabic!) + '\t' + Object.entries(row.cells).filter(([k]) => k !== 'arabic' && k !== 'note').map(([, v]) => v).join('\t');
      expect(seen.has(key), `${file}:${row.line} repeats an earlier row`).toBe(false);
      seen.add(key);
    }
    expect(readFileSync(`${dir}/README.md`, 'utf8')).toContain(file);
  });

  it('no normalized word names two different Gregorian months, or two Hijri months', () => {
    const owner = new Map<string, number>();
    for (const entries of loadDateLexicon().byFirstWord.values()) {
      for (const { words, info } of entries) {
        if (info.role !== 'month') continue;
        const key = `${info.calendar}:${words.join(' ')}`;
        expect(owner.get(key) ?? info.month, key).toBe(info.month);
        owner.set(key, info.month);
      }
    }
    for (let m = 1; m <= 12; m++) {
      expect([...owner.entries()].filter(([k, v]) => k.startsWith('gregorian:') && v === m).length).toBeGreaterThanOrEqual(2);
      expect([...owner.entries()].some(([k, v]) => k.startsWith('hijri:') && v === m)).toBe(true);
    }
  });

  it('the CLDR table matches the ICU data of this Node (re-run scripts/build-date-tables.ts if not)', () => {
    const cldr = JSON.parse(readFileSync(`${dir}/calendar-names.cldr.json`, 'utf8')) as {
      gregorianMonths: { month: number; names: { text: string; locales: string[] }[] }[];
    };
    for (const { month, names } of cldr.gregorianMonths) {
      for (const { text, locales } of names) {
        const format = new Intl.DateTimeFormat(`${locales[0]}-u-nu-latn`, { month: 'long', timeZone: 'UTC' });
        expect(format.format(new Date(Date.UTC(2020, month - 1, 15)))).toBe(text);
      }
    }
  });
});
