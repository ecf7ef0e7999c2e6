import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { Extractor } from '../../src/pipeline/extractor.js';
import { repoRoot } from '../helpers.js';

interface NormalizationCase {
  name: string;
  input: string;
  expected: string;
  spans?: [number, number][];
}
interface TokenCase {
  input: string;
  tokens: { text: string; start: number; end: number; kind: string; norm?: string; stem?: string }[];
}

const load = <T>(file: string): T => JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'text', file), 'utf8')) as T;

describe('normalization cases (fixtures/text/normalization.json)', () => {
  for (const c of load<{ cases: NormalizationCase[] }>('normalization.json').cases) {
    it(c.name, () => {
      const result = normalize(c.input);
      expect(result.text).toBe(c.expected);
      expect(normalizeText(c.input)).toBe(c.expected);
      if (c.spans) {
        expect(c.spans.length).toBe(result.text.length);
        c.spans.forEach(([start, end], i) => {
          expect([result.originalStart[i], result.originalEnd[i]]).toEqual([start, end]);
        });
      }
    });
  }
});

describe('tokenization cases (fixtures/text/tokenization.json)', () => {
  const extractor = new Extractor();
  for (const c of load<{ cases: TokenCase[] }>('tokenization.json').cases) {
    it(c.input, () => {
      const tokens = extractor.analyze(c.input).tokens;
      expect(tokens.map((t) => ({ text: t.text, start: t.start, end: t.end, kind: t.kind }))).toEqual(
        c.tokens.map(({ text, start, end, kind }) => ({ text, start, end, kind })),
      );
      c.tokens.forEach((expected, i) => {
        const token = tokens[i]!;
        expect(token.norm).toBe(expected.norm ?? expected.text);
        const stemText = c.input.slice(token.stem.stemStart, token.end);
        expect(stemText).toBe(expected.stem ?? expected.text);
      });
    });
  }
});
