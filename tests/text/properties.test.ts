import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { Extractor } from '../../src/pipeline/extractor.js';

/** Pieces Arabic news text is made of, including the awkward ones. */
const pieces = [
  'الصين', 'قازاقستان', 'لقازاقستان', 'وقازاقستان', 'طشقند', 'شي جين بينغ', 'نزار باييف', 'منظمة شانغهاى للتعاون',
  'الأمم المتحدة', 'للأمم', 'وبالصين', 'بكين', 'لبنان', 'وزير', 'الشئون', 'الشؤون', 'مُحَمَّدٌ', 'الـــصين', 'ﺍﻟﺼﻴﻦ',
  'ﻻ', 'ﷲ', '٢٤', '۲۴', '2016', '3٫5', 'يونيو', '😀', '👨‍👩‍👧', 'G20', 'NATO', 'https://x.cn/a', '#قمة', '،', '.', '؟', '«', '»',
  '(', ')', '/', '-', '\u200f', '\u200c', '\u061c', 'ـ', 'ً', 'ّ', '\n', ' ', '  ', '\t', 'ی', 'ک', 'ۀ', 'ٱ', 'ى', 'ة', 'ئ', 'ؤ',
];
const arabicish = fc.array(
  fc.oneof(
    fc.constantFrom(...pieces),
    fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
    fc.string({ unit: fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

const extractor = new Extractor();

describe('text layer properties', () => {
  it('normalization is idempotent and its map points into the original', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const n = normalize(text);
        expect(normalizeText(n.text)).toBe(n.text);
        expect(normalizeText(text)).toBe(n.text);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.originalStart[i]).toBeGreaterThanOrEqual(0);
          expect(n.originalEnd[i]).toBeGreaterThan(n.originalStart[i]!);
          expect(n.originalEnd[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(n.originalStart[i]).toBeGreaterThanOrEqual(n.originalStart[i - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tokens slice the original exactly, never overlap and come in order', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const { tokens, sentences } = extractor.analyze(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          for (const reading of token.segmentations) {
            expect(reading.stemStart).toBeGreaterThanOrEqual(token.start);
            expect(reading.stemStart).toBeLessThan(token.end);
          }
          previousEnd = token.end;
        }
        for (const sentence of sentences) expect(sentence.endToken).toBeGreaterThan(sentence.firstToken);
      }),
      { numRuns: 500 },
    );
  });

  it('every mention slices the original exactly', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const doc = extractor.extract(text, { referenceDate: '2016-06-24' });
        let previousEnd = 0;
        for (const mention of doc.mentions) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
