import { describe, expect, it } from 'vitest';
import { conllSentences, readConll } from '../../src/conll/read.js';
import { writeConll } from '../../src/conll/write.js';

const SAMPLE = ['وقال\tO', 'الرئيس\tO', 'مبارك\tB-PER', '', '', 'في\tO x y', 'القاهرة LOC B-LOC', '', '-DOCSTART- -X- O', 'غزة\tB-LOC', ''].join('\n');

describe('CoNLL reading and writing', () => {
  it('reads the first column as the token and the last as the tag', () => {
    const file = readConll(SAMPLE);
    const sentences = conllSentences(file);
    expect(sentences.map((s) => s.map((t) => t.text))).toEqual([['وقال', 'الرئيس', 'مبارك'], ['في', 'القاهرة'], ['غزة']]);
    expect(sentences[1]!.map((t) => t.tag)).toEqual(['y', 'B-LOC']);
  });

  it('writes one line per input token and keeps every blank line', () => {
    const file = readConll(SAMPLE);
    const out = writeConll(file, () => Array<string>(10).fill('O'));
    const inLines = SAMPLE.split('\n');
    const outLines = out.split('\n');
    expect(outLines.length).toBe(inLines.length);
    inLines.forEach((line, i) => {
      if (line === '') expect(outLines[i]).toBe('');
      else expect(outLines[i]).toBe(`${line.split(/[\t ]+/)[0]}\tO`);
    });
  });

  it('round-trips token<TAB>tag files exactly, with or without a final newline and with CRLF input', () => {
    const text = 'أ\tB-ORG\nب\tI-ORG\n\nج\tO';
    const file = readConll(text);
    const tags = conllSentences(file).map((s) => s.map((t) => t.tag!));
    expect(writeConll(file, (s) => tags[s]!)).toBe(text);
    expect(writeConll(readConll(`${text}\n`), (s) => tags[s]!)).toBe(`${text}\n`);
    expect(writeConll(readConll(text.replaceAll('\n', '\r\n')), (s) => tags[s]!)).toBe(text);
  });

  it('keeps leading and repeated blank lines', () => {
    const text = '\n\nكلمة\tO\n\n\n\nأخرى\tO\n';
    const file = readConll(text);
    expect(writeConll(file, () => ['O'])).toBe(text);
  });
});
