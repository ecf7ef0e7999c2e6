import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { memoryIO } from '../../src/cli/io.js';
import { repoRoot } from '../helpers.js';
import { random, sentences } from './corpus.js';
import { outputValidator } from './schema-validator.js';

const bin = join(repoRoot, 'bin', 'arner.js');

/** N lines: articles with ids, plus every kind of bad line, in a fixed random order. Returns the lines and the expected code per line. */
function jsonlInput(n: number): { lines: Buffer[]; expected: (string | number)[] } {
  const next = random(42);
  const pool = sentences();
  const lines: Buffer[] = [];
  const expected: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    const pick = next();
    const text = pool[Math.floor(next() * pool.length)]!;
    if (pick < 0.04) [lines[i], expected[i]] = [Buffer.from('{"id": "broken", "text": '), 'E_JSON'];
    else if (pick < 0.06) [lines[i], expected[i]] = [Buffer.from(''), 'E_JSON'];
    else if (pick < 0.09) [lines[i], expected[i]] = [Buffer.from(JSON.stringify({ id: `doc-${i}`, body: text })), 'E_FIELD'];
    else if (pick < 0.11) [lines[i], expected[i]] = [Buffer.from(JSON.stringify({ id: i, text: 42 })), 'E_FIELD'];
    else if (pick < 0.13) [lines[i], expected[i]] = [Buffer.concat([Buffer.from(`{"id": ${i}, "text": "`), Buffer.from([0xd8, 0x41]), Buffer.from('"}')]), 'E_DECODE'];
    else if (pick < 0.15) [lines[i], expected[i]] = [Buffer.from(JSON.stringify({ id: i, text: text.repeat(200) })), 'E_TOO_LARGE'];
    else [lines[i], expected[i]] = [Buffer.from(JSON.stringify(i % 3 ? { id: `doc-${i}`, text } : { text, id: i })), i % 3 ? `doc-${i}` : i];
  }
  return { lines, expected };
}

describe('jsonl mode maps N input lines to N output lines, in order, whatever --jobs (what GNU parallel --pipe, Spark pipe and Hadoop Streaming rely on)', () => {
  const N = 300;
  const { lines, expected } = jsonlInput(N);
  const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  const run = (jobs: number) =>
    spawnSync(process.execPath, [bin, 'extract', '--input-format', 'jsonl', '--max-bytes', '16k', '--jobs', String(jobs)], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  let one: ReturnType<typeof run>;
  let four: ReturnType<typeof run>;
  beforeAll(() => {
    one = run(1);
    four = run(4);
  });

  it('each line gives one line: the result carrying the id, or an error record with the right code; all valid against the schema', () => {
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(N);
    const validate = outputValidator();
    out.forEach((record, i) => {
      expect(record.line, `line ${i + 1}`).toBe(i + 1);
      expect(record.source).toBe('-');
      const want = expected[i]!;
      if (typeof want === 'string' && want.startsWith('E_')) expect(record.error?.code, `line ${i + 1}`).toBe(want);
      else {
        expect(record.error, `line ${i + 1}: ${JSON.stringify(record.error)}`).toBeUndefined();
        expect(record.id).toBe(want);
      }
      expect(validate(record), `line ${i + 1}`).toEqual([]);
    });
    expect(new Set(out.map((r) => r.error?.code).filter(Boolean))).toEqual(new Set(['E_JSON', 'E_FIELD', 'E_DECODE', 'E_TOO_LARGE']));
    expect(one.status).toBe(1);
  });

  it('the output is byte-identical with --jobs 1 and --jobs 4', () => {
    expect(four.stdout.split('\n')).toHaveLength(N + 1);
    expect(four.stdout === one.stdout).toBe(true);
  });

  it('a line without a trailing newline still counts; CRLF lines too', async () => {
    const io = memoryIO('{"id":"a","text":"الصين"}\r\n{"id":"b","text":"روسيا"}');
    expect(await execute(['extract', '--input-format', 'jsonl', '--jobs', '1'], io)).toBe(0);
    expect(io.out().trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('--text-field and --id-field name other fields (dotted paths reach into objects)', async () => {
    const io = memoryIO('{"meta":{"key":"k1"},"article":{"body":"زار شي جين بينغ كازاخستان"}}\n');
    expect(await execute(['extract', '--input-format', 'jsonl', '--text-field', 'article.body', '--id-field', 'meta.key'], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.id).toBe('k1');
    expect(doc.mentions.map((m: { text: string }) => m.text)).toContain('شي جين بينغ');
  });

  it('with --out, one output file per input file, line for line; a folder takes its .jsonl files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-jsonl-'));
    writeFileSync(join(dir, 'a.jsonl'), input);
    writeFileSync(join(dir, 'b.ndjson'), '{"id":1,"text":"الصين"}\n{"id":2,"text":"روسيا"}\n');
    writeFileSync(join(dir, 'notes.txt'), 'not an input in jsonl mode');
    const io = memoryIO();
    expect(await execute(['extract', '--input-format', 'jsonl', dir, '--out', join(dir, 'out'), '--max-bytes', '16k', '--jobs', '1'], io)).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.jsonl', 'b.ndjson']);
    expect(readFileSync(join(dir, 'out', 'a.jsonl'), 'utf8').replaceAll(`"source":"${dir}/a.jsonl"`, '"source":"-"')).toBe(one.stdout);
    expect(readFileSync(join(dir, 'out', 'b.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 2]);
    expect(io.err()).toMatch(/skipped 1,/);
  });
});
