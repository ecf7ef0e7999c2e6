import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, seedArticle } from '../helpers.js';

const bin = join(repoRoot, 'bin', 'arner.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });

describe('bin/arner.js as a real subprocess', () => {
  it('prints only JSON on stdout (no library chatter) and exits 0', () => {
    const result = run(['extract', seedArticle]);
    expect(result.status).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(JSON.parse(result.stdout).mentions.length).toBeGreaterThan(0);
  });

  it('reads stdin', () => {
    const result = run(['extract', '--format', 'jsonl'], 'زار شي جين بينغ كازاخستان');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 with one line and no stack trace on a bad option', () => {
    const result = run(['extract', '--ref-date', 'yesterday']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--ref-date');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when an input fails', () => {
    const result = run(['extract', 'missing.txt']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).error.code).toBe('E_READ');
  });

  it('--version matches package.json', () => {
    const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(JSON.parse(execFileSync('cat', [join(repoRoot, 'package.json')], { encoding: 'utf8' })).version);
  });
});
