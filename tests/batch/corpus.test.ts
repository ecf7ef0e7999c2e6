import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { buildCorpus, type Corpus } from './corpus.js';
import { outputValidator } from './schema-validator.js';

const bin = join(repoRoot, 'bin', 'arner.js');

interface Record {
  source: string;
  encoding?: string;
  mentions?: { type: string; text: string; start: number; end: number; entity: string }[];
  error?: { code: string; message: string; byteOffset?: number };
}

describe('a generated folder of several hundred inputs of every kind (built bin, --jobs 1 and 4)', () => {
  let corpus: Corpus;
  let one: SpawnSyncReturns<string>;
  let four: SpawnSyncReturns<string>;
  let records: Map<string, Record>;
  const run = (jobs: number): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [bin, 'extract', '.', '--max-bytes', '64k', '--jobs', String(jobs)], { cwd: corpus.root, encoding: 'utf8', maxBuffer: 1 << 28 });

  beforeAll(() => {
    corpus = buildCorpus();
    one = run(1);
    four = run(4);
    const lines = one.stdout.trimEnd().split('\n');
    records = new Map(lines.map((line) => JSON.parse(line) as Record).map((r) => [r.source.replace(/^\.\//, ''), r]));
  });
  afterAll(() => rmSync(corpus.root, { recursive: true, force: true }));

  it('has several hundred inputs', () => {
    expect(corpus.inputs.size).toBeGreaterThan(300);
  });

  it('every input comes out exactly once, as a result or an error record: results + errors = inputs', () => {
    const lines = one.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(corpus.inputs.size);
    expect([...records.keys()].sort()).toEqual([...corpus.inputs.keys()].sort());
    const errors = [...records.values()].filter((r) => r.error).length;
    const results = [...records.values()].filter((r) => r.mentions).length;
    expect(results + errors).toBe(corpus.inputs.size);
  });

  it('each input has the expected outcome: a result with its encoding, or the right error code (E_DECODE with its byte offset)', () => {
    const wrong: string[] = [];
    for (const [rel, expected] of corpus.inputs) {
      const record = records.get(rel)!;
      const got = record.error ? record.error.code : 'ok';
      if (got !== expected.outcome) wrong.push(`${rel}: expected ${expected.outcome}, got ${got} ${record.error?.message ?? ''}`);
      else if (expected.encoding && record.encoding !== expected.encoding) wrong.push(`${rel}: encoding ${record.encoding}, expected ${expected.encoding}`);
      else if (expected.byteOffset !== undefined && record.error?.byteOffset !== expected.byteOffset) {
        wrong.push(`${rel}: byte offset ${record.error?.byteOffset}, expected ${expected.byteOffset}`);
      }
    }
    expect(wrong).toEqual([]);
    const codes = new Set([...records.values()].map((r) => r.error?.code).filter(Boolean));
    expect([...codes].sort()).toEqual(['E_BINARY', 'E_DECODE', 'E_READ', 'E_TOO_LARGE']);
    if (corpus.root_user) console.warn('[note] running as root: the chmod 000 file is readable, so it is expected as a result; the FIFO and the link to /proc/self/mem stand for unreadable files');
  });

  it('Windows-1256, UTF-16 LE/BE and UTF-8-with-BOM files give the same mentions as their UTF-8 twins', () => {
    const pairs = [...corpus.inputs].filter(([, e]) => e.twin);
    expect(pairs.length).toBe(15 + 16 + 5);
    for (const [rel, expected] of pairs) {
      const mine = records.get(rel)!;
      const twin = records.get(expected.twin!)!;
      expect(mine.mentions!.length, rel).toBeGreaterThan(0);
      expect(mine.mentions, rel).toEqual(twin.mentions);
    }
  });

  it('empty files are documents with no mentions', () => {
    for (const [rel] of [...corpus.inputs].filter(([rel]) => rel.startsWith('empty/'))) expect(records.get(rel)!.mentions).toEqual([]);
  });

  it('every record is valid against schema/output.schema.json', () => {
    const validate = outputValidator();
    const invalid = [...records.values()].map((r) => [r.source, validate(r)] as const).filter(([, errors]) => errors.length);
    expect(invalid).toEqual([]);
  });

  it('the output is byte-identical with --jobs 1 and --jobs 4', () => {
    expect(four.status).toBe(one.status);
    expect(four.stdout.length).toBeGreaterThan(0);
    expect(four.stdout === one.stdout).toBe(true);
  });

  it('exits 1 (inputs failed), one stderr line per error, and a summary with processed, failed, skipped, time and throughput', () => {
    expect(one.status).toBe(1);
    const failed = [...records.values()].filter((r) => r.error).length;
    for (const result of [one, four]) {
      const summary = result.stderr.trimEnd().split('\n').at(-1)!;
      expect(summary).toMatch(new RegExp(`^arner: processed ${corpus.inputs.size}, failed ${failed}, skipped ${corpus.skipped}, time \\d+\\.\\d\\d s, throughput \\d+\\.\\d docs/s \\(\\d+\\.\\d\\d MB/s\\)$`));
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(failed + 1);
    }
  });
});
