import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteSize } from '../../src/cli/commands/extract.js';
import { execute } from '../../src/cli/execute.js';
import { memoryIO } from '../../src/cli/io.js';
import { repoRoot, seedArticle } from '../helpers.js';

const aFile = join(mkdtempSync(join(tmpdir(), 'arner-opts-')), 'file.txt');
writeFileSync(aFile, 'x');

describe('a malformed option stops at once with exit 2, one line on stderr, nothing on stdout', () => {
  it.each([
    [['--jobs', '0']],
    [['--jobs', 'two']],
    [['--jobs', '-1']],
    [['--max-bytes', '12x']],
    [['--max-bytes', '0']],
    [['--encoding', 'klingon']],
    [['--input-format', 'xml']],
    [['--skip-existing']],
    [['--text-field', 'body']],
    [['--id-field', 'key']],
    [['--input-format', 'jsonl', '--encoding', 'windows-1256']],
    [['--out', aFile]],
    [['--input-format', 'jsonl', '--format', 'html', '--out', join(tmpdir(), 'arner-never')]],
    [['--recognizers', 'nope']],
    [['--overlap-policy', 'nope']],
  ])('extract %j', async (flags) => {
    const io = memoryIO('{"text":"الصين"}\n');
    expect(await execute(['extract', seedArticle, ...flags], io)).toBe(2);
    expect(io.out()).toBe('');
    const err = io.err().trimEnd();
    expect(err.length).toBeGreaterThan(0);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toContain('processed');
  });

  it('also from the built bin, with --jobs 4 (a setup error in the workers is still exit 2)', () => {
    const bad = spawnSync(process.execPath, [join(repoRoot, 'bin', 'arner.js'), 'extract', '--jobs', '0', seedArticle], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    const lexicon = join(mkdtempSync(join(tmpdir(), 'arner-lex-')), 'bad.tsv');
    writeFileSync(lexicon, 'id\ttype\tenglish\tarabic\nperson/x\tPERSN\tX\tاكس\n');
    const folder = mkdtempSync(join(tmpdir(), 'arner-many-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(folder, `a${i}.txt`), 'الصين');
    const workers = spawnSync(process.execPath, [join(repoRoot, 'bin', 'arner.js'), 'extract', folder, '--jobs', '4', '--lexicon', lexicon], { encoding: 'utf8' });
    expect(workers.status).toBe(2);
    expect(workers.stdout).toBe('');
    expect(workers.stderr).toContain(`${lexicon}:2`);
  });
});

describe('byteSize (--max-bytes)', () => {
  it.each([
    ['1000', 1000],
    ['512k', 512 * 1024],
    ['8M', 8 * 1024 * 1024],
    ['8MiB', 8 * 1024 * 1024],
    ['1g', 1024 ** 3],
  ])('%s is %d bytes', (text, bytes) => {
    expect(byteSize(text)).toBe(bytes);
  });
});
