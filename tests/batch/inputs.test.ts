import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumerateInputs, staticBase } from '../../src/io/inputs/enumerate.js';
import { fileFilter } from '../../src/io/inputs/file-filter.js';
import { globMatcher } from '../../src/io/inputs/glob-match.js';
import type { InputEntry } from '../../src/io/inputs/input-entry.js';
import { decodeLine, parseJsonlRecord, splitLines } from '../../src/io/inputs/jsonl.js';

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of source) all.push(item);
  return all;
};

describe('globMatcher (--include)', () => {
  it.each([
    ['*.html', 'a/b/page.html', true],
    ['*.html', 'page.htm', false],
    ['**/*.html', 'page.html', true],
    ['**/*.html', 'a/b/page.html', true],
    ['news/*.txt', 'news/a.txt', true],
    ['news/*.txt', 'news/x/a.txt', false],
    ['news/**', 'news/x/a.txt', true],
    ['.git/**', '.git/HEAD', true],
    ['*.{xml,html}', 'x/a.xml', true],
    ['?.txt', 'a.txt', true],
    ['?.txt', 'ab.txt', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['.*', 'x/.hidden', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globMatcher([pattern])(path)).toBe(expected);
  });
});

describe('fileFilter', () => {
  it('takes text extensions and extension-less files, skips hidden parts and other extensions', () => {
    const filter = fileFilter('text');
    expect(['a.txt', 'b/c.TXT', 'd.md', 'e.text', 'f'].map((p) => filter.takeFile(p))).toEqual([true, true, true, true, true]);
    expect(['a.jpg', '.hidden.txt', 'x/.y/z.txt', 'a.jsonl'].map((p) => filter.takeFile(p))).toEqual([false, false, false, false]);
    expect(filter.enterDirectory('.git')).toBe(false);
  });

  it('jsonl mode takes .jsonl and .ndjson only', () => {
    const filter = fileFilter('jsonl');
    expect(['a.jsonl', 'b.ndjson', 'c.txt', 'd'].map((p) => filter.takeFile(p))).toEqual([true, true, false, false]);
  });

  it('--include takes matching files whatever their name, and lets the walk into hidden folders', () => {
    const filter = fileFilter('text', ['*.html']);
    expect(filter.takeFile('x/.y/page.html')).toBe(true);
    expect(filter.takeFile('x/.y/page.txt')).toBe(false);
    expect(filter.enterDirectory('.y')).toBe(true);
  });
});

describe('enumerateInputs', () => {
  const tree = (): string => {
    const root = mkdtempSync(join(tmpdir(), 'arner-inputs-'));
    for (const rel of ['b/z.txt', 'b/a.txt', 'a.txt', 'c/.hidden.txt', 'c/skip.png', '.git/x.txt', 'c/d/e']) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), 'نص');
    }
    symlinkSync('missing', join(root, 'c', 'broken.txt'));
    symlinkSync('.', join(root, 'c', 'self'));
    return root;
  };

  it('walks folders depth-first in name order, with sources joined to the folder given, and counts what it skips', async () => {
    const root = tree();
    const skipped: string[] = [];
    const entries = await collect(enumerateInputs(['.'], { cwd: root, filter: fileFilter('text'), onSkip: (rel) => skipped.push(rel) }));
    expect(entries.map((e) => [e.source, e.kind === 'error' ? e.code : e.kind])).toEqual([
      ['./a.txt', 'file'],
      ['./b/a.txt', 'file'],
      ['./b/z.txt', 'file'],
      ['./c/broken.txt', 'E_READ'],
      ['./c/d/e', 'file'],
      ['./c/self', 'E_READ'],
    ]);
    expect(skipped.sort()).toEqual(['.git', 'c/.hidden.txt', 'c/skip.png']);
    expect(entries.map((e) => e.outRel)).toEqual(['a.txt', 'b/a.txt', 'b/z.txt', 'c/broken.txt', 'c/d/e', 'c/self']);
  });

  it('takes a file given explicitly whatever its name; a missing path is an error entry; "-" is stdin', async () => {
    const root = tree();
    const entries = await collect(enumerateInputs(['c/skip.png', 'nope.txt', '-'], { cwd: root, filter: fileFilter('text') }));
    expect(entries.map((e) => [e.kind, e.source])).toEqual([
      ['file', 'c/skip.png'],
      ['error', 'nope.txt'],
      ['stdin', '-'],
    ]);
    expect((entries[1] as InputEntry & { message: string }).message).toBe('cannot read: no such file');
  });

  it('expands a quoted glob in sorted order; a glob matching nothing is one error entry', async () => {
    const root = tree();
    const entries = await collect(enumerateInputs(['b/*.txt', 'zzz/*.txt'], { cwd: root, filter: fileFilter('text') }));
    expect(entries.map((e) => [e.kind, e.source, e.outRel])).toEqual([
      ['file', 'b/a.txt', 'a.txt'],
      ['file', 'b/z.txt', 'z.txt'],
      ['error', 'zzz/*.txt', 'zzz'],
    ]);
    expect(staticBase('news/2016/**/*.txt')).toBe('news/2016');
    expect(staticBase('*.txt')).toBe('.');
  });
});

describe('splitLines', () => {
  const chunks = (...parts: (string | number[])[]): Buffer[] => parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)));

  it('splits on \\n, drops \\r and a leading BOM, keeps a last line without \\n, numbers lines and byte offsets', async () => {
    const lines = await collect(splitLines(chunks([0xef, 0xbb, 0xbf], 'a\r\n', 'bc\n\nd'), 100));
    expect(lines.map((l) => [l.line, l.byteOffset, l.bytes?.toString()])).toEqual([
      [1, 3, 'a'],
      [2, 6, 'bc'],
      [3, 9, ''],
      [4, 10, 'd'],
    ]);
  });

  it('skips a line longer than maxBytes without holding it, reporting its size', async () => {
    const lines = await collect(splitLines(chunks('short\n', 'x'.repeat(30), 'y'.repeat(30), '\nok\n'), 40));
    expect(lines.map((l) => [l.line, l.bytes?.toString(), l.size])).toEqual([
      [1, 'short', undefined],
      [2, undefined, 60],
      [3, 'ok', undefined],
    ]);
  });

  it('gives the same lines however the input is cut into chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 6 }), async (lines, cuts) => {
        const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points, bytes.length].slice(1).map((end, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1]!, end));
        const got = await collect(splitLines([bytes.subarray(0, 0), ...pieces], 1 << 20));
        expect(got.map((l) => l.bytes!.toString())).toEqual(lines);
      }),
      { numRuns: 200 },
    );
  });

  it('decodeLine reports a bad byte with its offset in the whole input', () => {
    expect(() => decodeLine({ line: 3, byteOffset: 100, bytes: Buffer.from([0x7b, 0xff]) })).toThrow(expect.objectContaining({ code: 'E_DECODE', details: { byteOffset: 101 } }));
  });
});

describe('parseJsonlRecord', () => {
  const fields = { textField: 'text', idField: 'id' };
  it('reads the text and the id, also by dotted path', () => {
    expect(parseJsonlRecord('{"id": 7, "text": "نص"}', fields)).toEqual({ id: 7, text: 'نص' });
    expect(parseJsonlRecord('{"doc": {"body": "نص"}, "key": "a"}', { textField: 'doc.body', idField: 'key' })).toEqual({ id: 'a', text: 'نص' });
    expect(parseJsonlRecord('{"text": ""}', fields)).toEqual({ text: '' });
  });

  it.each([
    ['not json', 'E_JSON'],
    ['', 'E_JSON'],
    ['[1, 2]', 'E_JSON'],
    ['"text"', 'E_JSON'],
    ['{"id": 1}', 'E_FIELD'],
    ['{"text": 5}', 'E_FIELD'],
    ['{"text": null}', 'E_FIELD'],
    ['{"text": "x", "id": [1]}', 'E_FIELD'],
  ])('%j is %s', (line, code) => {
    expect(() => parseJsonlRecord(line, fields)).toThrow(expect.objectContaining({ code }));
  });
});
