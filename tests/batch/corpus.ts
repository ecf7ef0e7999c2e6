/**
 * Builds, in a temporary folder, a corpus mixing everything a batch meets in the wild: good articles in
 * a nested tree, empty files, binary files, Windows-1256 and UTF-16 LE/BE files (each with a UTF-8
 * twin), invalid UTF-8, unreadable files (a FIFO, a file without read permission, which root can still
 * read, and a link to /proc/self/mem, whose read fails with EIO even for root), symbolic link loops, a broken link,
 * an oversized file, and hidden and non-text files that must be skipped. Returns what each input
 * should come out as.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, seedArticle } from '../helpers.js';

export interface Expectation {
  /** "ok" for a result, else the error code. */
  outcome: 'ok' | string;
  /** For "ok": the encoding the output must report. */
  encoding?: string;
  /** For E_DECODE: the byte offset of the first bad sequence. */
  byteOffset?: number;
  /** A UTF-8 file (relative path) with the same text: the mentions must be the same. */
  twin?: string;
}

export interface Corpus {
  root: string;
  /** Every input the run must account for, by path relative to root. */
  inputs: Map<string, Expectation>;
  /** Entries the walk must skip (hidden, non-text): files, and hidden folders counted once. */
  skipped: number;
  /** --max-bytes to pass so that the oversized file is refused. */
  maxBytes: number;
  /** True when running as root: a chmod 000 file is still readable then. */
  root_user: boolean;
  /** False when mkfifo is unavailable (the FIFO case is then absent). */
  hasFifo: boolean;
}

/** A deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arabic sentences: the seed article's lines and fixtures/batch/sentences.txt. */
export function sentences(): string[] {
  const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return [...lines(seedArticle), ...lines(join(repoRoot, 'fixtures', 'batch', 'sentences.txt'))];
}

/** A Windows-1256 encoder, the inverse of TextDecoder('windows-1256') over all 256 bytes (Node has no encoder). */
export function windows1256Encoder(): (text: string) => Buffer | undefined {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte);
  }
  return (text) => {
    const bytes: number[] = [];
    for (const char of text) {
      const byte = table.get(char);
      if (byte === undefined) return undefined;
      bytes.push(byte);
    }
    return Buffer.from(bytes);
  };
}

export function utf16(text: string, order: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

export function buildCorpus(options: { articles?: number } = {}): Corpus {
  const root = mkdtempSync(join(tmpdir(), 'arner-batch-'));
  const inputs = new Map<string, Expectation>();
  const next = random(20160624);
  const pool = sentences();
  const article = (min = 2, max = 6): string => {
    const count = min + Math.floor(next() * (max - min + 1));
    return Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]!).join('\n') + '\n';
  };
  const write = (rel: string, content: string | Buffer, expectation?: Expectation): void => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
    if (expectation) inputs.set(rel, expectation);
  };

  // Good articles in a nested tree; some without an extension, some .md.
  const folders = ['2016/06', '2016/07', '2017/01/wires/xinhua', '2017/02', 'opinion'];
  const articles = options.articles ?? 200;
  for (let i = 0; i < articles; i++) {
    const extension = i % 25 === 0 ? '' : i % 31 === 0 ? '.md' : '.txt';
    write(`${folders[i % folders.length]}/article-${String(i).padStart(3, '0')}${extension}`, article(), { outcome: 'ok', encoding: 'utf-8' });
  }

  for (let i = 0; i < 10; i++) write(`empty/empty-${i}.txt`, '', { outcome: 'ok', encoding: 'utf-8' });

  for (let i = 0; i < 8; i++) {
    const bytes = Buffer.from(Array.from({ length: 200 + i * 50 }, () => Math.floor(next() * 256)));
    bytes[17 + i] = 0;
    write(`binary/blob-${i}${i % 2 ? '.txt' : ''}`, bytes, { outcome: 'E_BINARY' });
  }
  write('binary/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), { outcome: 'E_BINARY' });

  // Encodings, each with a UTF-8 twin.
  const encode1256 = windows1256Encoder();
  let made1256 = 0;
  for (let i = 0; made1256 < 15 && i < 500; i++) {
    const text = article(1, 4);
    const bytes = encode1256(text);
    if (!bytes) continue; // a character Windows-1256 cannot hold
    const twin = `twins/cp1256-${made1256}.txt`;
    write(twin, text, { outcome: 'ok', encoding: 'utf-8' });
    write(`encodings/cp1256-${made1256}.txt`, bytes, { outcome: 'ok', encoding: 'windows-1256', twin });
    made1256++;
  }
  if (made1256 < 15) throw new Error('could not make 15 Windows-1256 articles from the sentences');
  for (let i = 0; i < 8; i++) {
    for (const order of ['le', 'be'] as const) {
      const text = article();
      const twin = `twins/utf16${order}-${i}.txt`;
      write(twin, text, { outcome: 'ok', encoding: 'utf-8' });
      write(`encodings/utf16${order}-${i}.txt`, utf16(text, order), { outcome: 'ok', encoding: `utf-16${order}`, twin });
    }
  }
  for (let i = 0; i < 5; i++) {
    const text = article();
    const twin = `twins/utf8bom-${i}.txt`;
    write(twin, text, { outcome: 'ok', encoding: 'utf-8' });
    write(`encodings/utf8bom-${i}.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), {
      outcome: 'ok',
      encoding: 'utf-8-bom',
      twin,
    });
  }

  // Invalid UTF-8: a stray byte, a truncated sequence, an overlong encoding, inside Arabic text.
  for (let i = 0; i < 10; i++) {
    const good = Buffer.from(article());
    let at = 1 + Math.floor(next() * (good.length - 2));
    while ((good[at]! & 0xc0) === 0x80) at++; // at a character boundary
    const bad = [[0xff], [0xd8], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80]][i % 5]!;
    write(`invalid/bad-${i}.txt`, Buffer.concat([good.subarray(0, at), Buffer.from(bad), good.subarray(at)]), { outcome: 'E_DECODE', byteOffset: at });
  }

  // Unreadable: a FIFO (never opened by a walk: it could block forever), a file without permissions.
  let hasFifo = true;
  mkdirSync(join(root, 'unreadable'), { recursive: true });
  try {
    execFileSync('mkfifo', [join(root, 'unreadable', 'pipe.txt')]);
    inputs.set('unreadable/pipe.txt', { outcome: 'E_READ' });
  } catch {
    hasFifo = false;
  }
  // A read that fails even as root: /proc/self/mem stats as a regular file but reading it at offset 0
  // fails with EIO (Linux).
  if (existsSync('/proc/self/mem')) {
    symlinkSync('/proc/self/mem', join(root, 'unreadable', 'kernel-memory.txt'));
    inputs.set('unreadable/kernel-memory.txt', { outcome: 'E_READ' });
  }
  const rootUser = process.getuid?.() === 0;
  write('unreadable/locked.txt', article(), rootUser ? { outcome: 'ok', encoding: 'utf-8' } : { outcome: 'E_READ' });
  chmodSync(join(root, 'unreadable', 'locked.txt'), 0);

  // Links: a loop of two links, a link to an ancestor folder, a broken link, a good link.
  mkdirSync(join(root, 'links'), { recursive: true });
  symlinkSync('loop-b.txt', join(root, 'links', 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(root, 'links', 'loop-b.txt'));
  symlinkSync('..', join(root, 'links', 'up'));
  symlinkSync('no-such-target.txt', join(root, 'links', 'dangling.txt'));
  symlinkSync('../2016/07/article-001.txt', join(root, 'links', 'good-link.txt'));
  for (const rel of ['links/loop-a.txt', 'links/loop-b.txt', 'links/up', 'links/dangling.txt']) inputs.set(rel, { outcome: 'E_READ' });
  inputs.set('links/good-link.txt', { outcome: 'ok', encoding: 'utf-8' });

  // Too large for --max-bytes 64k.
  write('large/huge.txt', article().repeat(200), { outcome: 'E_TOO_LARGE' });

  // Skipped: hidden files, a hidden folder (counted once, not entered), non-text extensions.
  let skipped = 0;
  for (const rel of ['.hidden.txt', '2016/.notes.txt', 'photo.jpg', 'data.csv', 'opinion/page.html', 'binary/archive.zip']) {
    write(rel, article());
    skipped++;
  }
  write('.git/HEAD', 'ref: refs/heads/main\n');
  write('.git/objects/x.txt', article());
  skipped++;

  return { root, inputs, skipped, maxBytes: 64 * 1024, root_user: rootUser, hasFifo };
}
