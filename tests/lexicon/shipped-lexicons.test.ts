import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { formatProblem, lintLexiconDirectory } from '../../src/lexicon/lint.js';
import { repoRoot } from '../helpers.js';

describe('the shipped lexicons', () => {
  it('pass the lexicon linter (no errors in any lexicons/**/*.tsv)', () => {
    const problems = lintLexiconDirectory(packagePath('lexicons'), repoRoot).filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('generated place lexicons and nisba list are up to date with their sources', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'scripts', 'build-lexicons.ts'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('lexicons/README.md', () => {
  it('has a section for every lexicon file (source and licence of every list)', () => {
    const readme = readFileSync(packagePath('lexicons', 'README.md'), 'utf8');
    const headingWords = new Set([...readme.matchAll(/^## (.+)$/gm)].flatMap((m) => m[1]!.split(/\s+/)));
    const described = (file: string): boolean => headingWords.has(file);
    const files = globSync('**/*.{tsv,json}', { cwd: packagePath('lexicons') }).sort();
    expect(files.filter((f) => !described(f))).toEqual([]);
  });
});
