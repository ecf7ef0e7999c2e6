import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { memoryIO, type CliIO } from '../../src/cli/io.js';
import { repoRoot, seedArticle } from '../helpers.js';

function folderOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'arner-term-'));
  const seed = readFileSync(seedArticle, 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), seed);
  return dir;
}

/** A memory IO whose stderr claims to be a terminal of the given width. */
function ttyIO(columns = 100): CliIO & { out: () => string; err: () => string } {
  const io = memoryIO();
  return { ...io, stderr: { write: io.stderr.write, isTTY: true, columns } as CliIO['stderr'] };
}

describe('the progress bar', () => {
  const dir = folderOf(12);

  it('shows files done / total, a rate and an ETA on stderr when stderr is a terminal', async () => {
    const io = ttyIO();
    expect(await execute(['extract', dir, '--jobs', '1'], io)).toBe(0);
    expect(io.err()).toMatch(/\d+\/12 files \| [\d.]+\/s \| ETA /);
    expect(io.out().trimEnd().split('\n')).toHaveLength(12);
  });

  it('is not drawn when stderr is not a terminal, nor with --quiet', async () => {
    const plain = memoryIO();
    expect(await execute(['extract', dir], plain)).toBe(0);
    expect(plain.err()).not.toContain('files |');
    expect(plain.err()).toMatch(/^arner: processed 12, failed 0, skipped 0, /);
    const quiet = ttyIO();
    expect(await execute(['extract', dir, '--quiet'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  it('prints the error lines above the bar', async () => {
    const mixed = folderOf(3);
    writeFileSync(join(mixed, 'zz-binary.txt'), Buffer.from([1, 0, 2]));
    const io = ttyIO();
    expect(await execute(['extract', mixed, '--jobs', '1'], io)).toBe(1);
    expect(io.err()).toContain(`arner: ${join(mixed, 'zz-binary.txt')}: binary content: NUL byte at byte 1`);
    expect(io.err()).toMatch(/arner: processed 4, failed 1, skipped 0, /);
  });

  it('is not drawn when stdout is the same terminal (the output shows the progress; a bar would garble it)', async () => {
    const base = ttyIO();
    const io = { ...base, stdout: { write: base.stdout.write, isTTY: true } as CliIO['stdout'] };
    expect(await execute(['extract', dir, '--jobs', '1', '--format', 'jsonl'], io)).toBe(0);
    expect(io.err()).not.toContain('files |');
    expect(io.out().trimEnd().split('\n')).toHaveLength(12);
  });

  it('survives a terminal reporting 0 columns', async () => {
    const io = ttyIO(0);
    expect(await execute(['extract', dir, '--jobs', '1'], io)).toBe(0);
    expect(io.out().trimEnd().split('\n')).toHaveLength(12);
  });
});

describe('worker threads from the TypeScript sources (in-process execute, as other tests use it)', () => {
  it('more than 32 documents with --jobs 2 start a worker through tsx and give the same output as --jobs 1', async () => {
    const dir = folderOf(40);
    const one = memoryIO();
    const two = memoryIO();
    expect(await execute(['extract', dir, '--jobs', '1'], one)).toBe(0);
    expect(await execute(['extract', dir, '--jobs', '2'], two), two.err()).toBe(0);
    expect(two.out().trimEnd().split('\n')).toHaveLength(40);
    expect(two.out() === one.out()).toBe(true);
  });
});

describe('interrupts and closed pipes', () => {
  it('an interrupt (in-process) stops cleanly: whole lines out, summary marked interrupted, exit 130', async () => {
    const dir = folderOf(40);
    const io = memoryIO();
    let interrupt: (() => void) | undefined;
    let lines = 0;
    const watching: CliIO = {
      ...io,
      stdout: {
        write: (chunk: string) => {
          io.stdout.write(chunk);
          if (++lines === 5) interrupt?.();
          return true;
        },
      },
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => (interrupt = undefined);
      },
    };
    expect(await execute(['extract', dir, '--jobs', '1'], watching)).toBe(130);
    const out = io.out().trimEnd().split('\n');
    expect(out).toHaveLength(5);
    for (const line of out) expect(JSON.parse(line).mentions.length).toBeGreaterThan(0);
    expect(io.err()).toMatch(/^arner: processed 5, failed 0, skipped 0, .*, interrupted\n$/);
    expect(interrupt, 'the handler is unregistered at the end').toBeUndefined();
  });

  it('a closed stdout pipe (arner ... | head) ends quietly with exit 0, workers and all', async () => {
    const dir = folderOf(200);
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'arner.js'), 'extract', dir, '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('--out with the views', () => {
  const dir = folderOf(3);

  it('--format html writes one page per input and an index.html linking them', async () => {
    const out = join(dir, '..', `${dir.split('/').at(-1)}-html`);
    const io = memoryIO();
    expect(await execute(['extract', dir, '--out', out, '--format', 'html'], io), io.err()).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a000.txt.html', 'a001.txt.html', 'a002.txt.html', 'index.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const name of ['a000.txt.html', 'a001.txt.html', 'a002.txt.html']) expect(index).toContain(`href="${name}"`);
    expect(readFileSync(join(out, 'a000.txt.html'), 'utf8')).toContain('<html');
  });

  it('--format brat writes the .ann and .txt pair of each input', async () => {
    const out = join(dir, '..', `${dir.split('/').at(-1)}-brat`);
    expect(await execute(['extract', dir, '--out', out, '--format', 'brat'], memoryIO())).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a000.txt.ann', 'a000.txt.txt', 'a001.txt.ann', 'a001.txt.txt', 'a002.txt.ann', 'a002.txt.txt']);
    expect(readFileSync(join(out, 'a000.txt.txt'), 'utf8')).toBe(readFileSync(seedArticle, 'utf8'));
    expect(readFileSync(join(out, 'a000.txt.ann'), 'utf8')).toMatch(/^T1\t(PERSON|PLACE|ORGANIZATION|DATE|INITIATIVE) \d+ \d+\t/);
  });

  it('an --out folder inside the input folder is not read back as input', async () => {
    const io = memoryIO();
    expect(await execute(['extract', dir, '--out', join(dir, 'results'), '--format', 'brat'], io)).toBe(0);
    expect(await execute(['extract', dir, '--out', join(dir, 'results'), '--format', 'brat'], io)).toBe(0);
    expect(io.err().trimEnd().split('\n').at(-1)).toMatch(/^arner: processed 3, /);
  });

  it('mirrors each folder given below --out; two inputs that would write the same output: the second is an E_OUTPUT error', async () => {
    const a = folderOf(2);
    const b = folderOf(2);
    const out = join(a, '..', `${a.split('/').at(-1)}-both`);
    const io = memoryIO();
    expect(await execute(['extract', a, b, '--out', out], io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['a000.txt.json', 'a001.txt.json']);
    expect(JSON.parse(readFileSync(join(out, 'a000.txt.json'), 'utf8')).source).toBe(join(a, 'a000.txt'));
    expect(io.err()).toContain(`arner: ${join(b, 'a000.txt')}: another input of this run writes ${join(out, 'a000.txt.json')} already (E_OUTPUT)`);
  });
});
