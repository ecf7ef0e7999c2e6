import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { expandedModelPath, readModelBody, writeExpandedModel } from '../../src/recognizers/tagger/model-file.js';

describe('model files: the build gunzips a copy, keyed by the gzip CRC, and a stale copy is never read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arner-model-file-'));
  const gz = join(dir, `test-model-${process.pid}.bin.gz`);
  const written: string[] = [];
  afterAll(() => {
    for (const path of written) rmSync(path, { force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the gzip itself when there is no copy, then the copy once written', () => {
    const body = Buffer.from('first model body '.repeat(100));
    writeFileSync(gz, gzipSync(body));
    expect(existsSync(expandedModelPath(gz))).toBe(false);
    expect(readModelBody(gz)).toEqual(body);
    const copy = writeExpandedModel(gz);
    written.push(copy);
    expect(basename(copy)).toMatch(new RegExp(`^test-model-${process.pid}\\.[0-9a-f]{8}\\.bin$`));
    expect(readModelBody(gz)).toEqual(body);
  });

  it('ignores, then removes, the copy of an older model', () => {
    const stale = expandedModelPath(gz);
    const body = Buffer.from('second model body '.repeat(100));
    writeFileSync(gz, gzipSync(body));
    expect(expandedModelPath(gz)).not.toBe(stale);
    expect(readModelBody(gz)).toEqual(body);
    const copy = writeExpandedModel(gz);
    written.push(copy);
    expect(existsSync(stale)).toBe(false);
    expect(readModelBody(gz)).toEqual(body);
  });
});
