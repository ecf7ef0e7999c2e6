import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedArticle } from '../helpers.js';

const bin = join(repoRoot, 'bin', 'arner.js');
const ARTICLES = 400;

/** ARTICLES copies of the seed article (each with its own last line) in a two-level tree. */
function makeFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'arner-resume-'));
  const seed = readFileSync(seedArticle, 'utf8');
  for (let i = 0; i < ARTICLES; i++) {
    const dir = join(root, 'in', `part-${i % 6}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `article-${i}.txt`), `${seed}\nالعدد ${i}\n`);
  }
  return root;
}

/** All files below a folder, relative, hidden ones (temporary files) apart. */
function listOutputs(dir: string): { outputs: string[]; temporary: string[] } {
  const all = (readdirSync(dir, { recursive: true }) as string[]).filter((p) => p.endsWith('.json') || p.includes('.tmp-'));
  return { outputs: all.filter((p) => !p.split('/').at(-1)!.startsWith('.')).sort(), temporary: all.filter((p) => p.split('/').at(-1)!.startsWith('.')) };
}

/** Starts a run writing to --out and stops it with `signal` once `after` outputs exist. */
async function interruptedRun(root: string, out: string, signal: NodeJS.Signals, after = 40): Promise<{ code: number | null; signal: string | null; stderr: string; seenAtKill: number }> {
  const child = spawn(process.execPath, [bin, 'extract', 'in', '--out', out, '--jobs', '2'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, sig) => resolve([code, sig])));
  let seenAtKill = 0;
  for (let waited = 0; waited < 60_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      seenAtKill = listOutputs(out).outputs.length;
    } catch {
      continue; // --out not created yet
    }
    if (seenAtKill >= after) break;
  }
  child.kill(signal);
  const [code, sig] = await exited;
  return { code, signal: sig, stderr, seenAtKill };
}

function expectAllValid(out: string, sources: boolean): string[] {
  const { outputs } = listOutputs(out);
  for (const rel of outputs) {
    const doc = JSON.parse(readFileSync(join(out, rel), 'utf8'));
    if (sources) expect(doc.source).toBe(join('in', rel.replace(/\.json$/, '')));
  }
  return outputs;
}

describe('an interrupted --out run, resumed with --skip-existing', () => {
  let root: string;
  beforeAll(() => {
    root = makeFolder();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('killed with SIGKILL midway: every output present is whole; the resumed run completes the rest', async () => {
    const out = join(root, 'out-kill');
    const killed = await interruptedRun(root, out, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const before = expectAllValid(out, true);
    expect(before.length, 'the run was stopped midway').toBeGreaterThanOrEqual(40);
    expect(before.length, 'the run was stopped midway').toBeLessThan(ARTICLES);

    const resumed = spawnSync(process.execPath, [bin, 'extract', 'in', '--out', out, '--skip-existing', '--jobs', '2'], { cwd: root, encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`^arner: processed ${ARTICLES - before.length}, failed 0, skipped ${before.length}, `));
    const after = expectAllValid(out, true);
    expect(after).toHaveLength(ARTICLES);
    expect(after.filter((p) => p.endsWith('.error.json'))).toEqual([]);
  });

  it('stopped with SIGINT: outputs stay whole, no temporary file is left, the summary says interrupted, exit 130', async () => {
    const out = join(root, 'out-int');
    const stopped = await interruptedRun(root, out, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/^arner: processed \d+, failed 0, skipped 0, time [\d.]+ s, throughput [\d.]+ docs\/s \([\d.]+ MB\/s\), interrupted\n$/);
    const processed = Number(/processed (\d+)/.exec(stopped.stderr)![1]);
    const { outputs, temporary } = listOutputs(out);
    expect(temporary).toEqual([]);
    expect(outputs.length).toBe(processed);
    expect(processed).toBeLessThan(ARTICLES);
    expectAllValid(out, true);

    const resumed = spawnSync(process.execPath, [bin, 'extract', 'in', '--out', out, '--skip-existing', '-q'], { cwd: root, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(expectAllValid(out, true)).toHaveLength(ARTICLES);
  });
});
