import { describe, expect, it } from 'vitest';
import type { ArnerDocument } from '../../src/core/types.js';
import { FORMATTERS } from '../../src/io/formats/index.js';
import { DOCSTART } from '../../src/views/export/conll.js';
import { documentOf, extractText, seedOutput } from './seed-output.js';

interface Row {
  token: string;
  tag: string;
}

/** Reads a CoNLL document back: sentences of (token, tag) rows. */
function readConll(conll: string): Row[][] {
  const lines = conll.split('\n');
  expect(lines[0]).toBe(DOCSTART);
  const sentences: Row[][] = [];
  let current: Row[] = [];
  for (const line of lines.slice(1)) {
    if (line === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const fields = line.split('\t');
    expect(fields).toHaveLength(2);
    current.push({ token: fields[0]!, tag: fields[1]! });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/**
 * Rebuilds mention spans from the tags by finding each token in the text, in order: the spans the
 * JSON output has must come back exactly.
 */
function spansFromConll(text: string, sentences: Row[][]): Array<{ type: string; start: number; end: number }> {
  const spans: Array<{ type: string; start: number; end: number }> = [];
  let cursor = 0;
  for (const sentence of sentences) {
    let open: { type: string; start: number; end: number } | undefined;
    for (const { token, tag } of sentence) {
      const at = text.indexOf(token, cursor);
      expect(at, `token ${token} not found after ${cursor}`).toBeGreaterThanOrEqual(0);
      expect(text.slice(cursor, at).trim(), `text skipped before ${token}`).toBe('');
      cursor = at + token.length;
      if (tag === 'O') {
        open = undefined;
        continue;
      }
      const [prefix, type] = tag.split('-') as [string, string];
      if (prefix === 'B') {
        open = { type, start: at, end: cursor };
        spans.push(open);
      } else {
        expect(prefix).toBe('I');
        expect(open?.type, `I-${type} without a B-${type} before it`).toBe(type);
        open!.end = cursor;
      }
    }
  }
  expect(text.slice(cursor).trim()).toBe('');
  return spans;
}

const format = (result: ArnerDocument, text: string): string => FORMATTERS.conll!().format(result, { text });

describe('--format conll', () => {
  it('gives back every mention of the seed with its exact span and type', () => {
    const { text, result } = seedOutput();
    expect(result.mentions.length).toBeGreaterThan(0);
    const sentences = readConll(format(result, text));
    expect(spansFromConll(text, sentences)).toEqual(result.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end })));
  });

  it('puts one sentence per block, in the order of the text', () => {
    const { text, result } = seedOutput();
    const sentences = readConll(format(result, text));
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences.slice(0, -1)) expect(['.', '؟', '!', ')', '"', '».']).toContain(sentence[sentence.length - 1]!.token);
    expect(sentences.flat().map((r) => r.token).join('')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps a proclitic outside the mention as a token of its own', () => {
    const text = 'زار شي جين بينغ وقازاقستان';
    const result = extractText(text);
    const kz = result.mentions.find((m) => m.text === 'قازاقستان');
    expect(kz, 'the gazetteer finds قازاقستان after و').toBeDefined();
    const rows = readConll(format(result, text)).flat();
    expect(rows.slice(-2)).toEqual([
      { token: 'و', tag: 'O' },
      { token: 'قازاقستان', tag: `B-${kz!.type}` },
    ]);
    expect(rows.slice(1, 4).map((r) => r.tag)).toEqual(['B-PERSON', 'I-PERSON', 'I-PERSON']);
  });

  it('starts a new B- tag for two mentions side by side', () => {
    const text = 'الصين قازاقستان';
    const result = documentOf(text, [
      { type: 'PLACE', start: 0, end: 5 },
      { type: 'PLACE', start: 6, end: 15 },
    ]);
    expect(readConll(format(result, text)).flat().map((r) => r.tag)).toEqual(['B-PLACE', 'B-PLACE']);
  });

  it('writes only the -DOCSTART- line for an empty text, and nothing for a failed input', () => {
    expect(format(extractText(''), '')).toBe(`${DOCSTART}\n\n`);
    expect(FORMATTERS.conll!().format({ source: 'x', error: { code: 'E_READ', message: 'cannot read x' } })).toBe('');
  });
});
