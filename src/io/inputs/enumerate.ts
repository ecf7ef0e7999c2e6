import { statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { FileFilter } from './file-filter.js';
import { describeFsError } from './fs-errors.js';
import type { InputEntry } from './input-entry.js';
import { walkFolder } from './walk.js';

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Tinyglobby | undefined;
/** tinyglobby, loaded when an argument that is no path may be a pattern: plain paths never need it (it costs start-up time). */
const globber = (): Tinyglobby => (tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as Tinyglobby);

export interface EnumerateOptions {
  /** Paths are resolved against this folder. */
  cwd: string;
  filter: FileFilter;
  /** Called for each file or folder a walk leaves out (hidden or non-text). */
  onSkip?: (relativePath: string) => void;
  /** Folders never walked, as "dev:ino" (the --out folder). */
  excludeDirectories?: ReadonlySet<string>;
}

/**
 * Turns command-line arguments into inputs, in order, one at a time:
 *  - "-" is standard input;
 *  - a folder is walked recursively (see walkFolder: hidden and non-text files skipped unless --include);
 *  - a file, or any other existing path (a pipe from <(...)), is read whatever its name;
 *  - a path that does not exist but contains glob characters is expanded with tinyglobby (sorted; the
 *    pattern chooses the files, so no extension filter applies; a pattern matching nothing is an error);
 *  - anything else is an error entry (no such file, permission denied, symbolic link loop, ...).
 */
export async function* enumerateInputs(args: readonly string[], options: EnumerateOptions): AsyncGenerator<InputEntry> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', source: '-', outRel: 'stdin' };
      continue;
    }
    const path = resolve(options.cwd, arg);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && globber().isDynamicPattern(arg)) yield* expandGlob(arg, options);
      else yield { kind: 'error', source: arg, outRel: basename(arg), code: 'E_READ', message: `cannot read: ${describeFsError(error)}` };
      continue;
    }
    if (stats.isDirectory()) yield* walkFolder(path, arg, options);
    else yield { kind: 'file', source: arg, path, outRel: basename(path), ...(stats.isFile() ? { size: stats.size } : { stream: true }) };
  }
}

async function* expandGlob(pattern: string, options: EnumerateOptions): AsyncGenerator<InputEntry> {
  const matches = await globber().glob(pattern, { cwd: options.cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) });
  matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (matches.length === 0) {
    yield { kind: 'error', source: pattern, outRel: basename(staticBase(pattern)) || 'glob', code: 'E_READ', message: "no file matches this pattern" };
    return;
  }
  const base = resolve(options.cwd, staticBase(pattern));
  for (const match of matches) {
    const path = resolve(options.cwd, match);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      yield { kind: 'error', source: match, outRel: relative(base, path), code: 'E_READ', message: `cannot read: ${describeFsError(error)}` };
      continue;
    }
    yield { kind: 'file', source: match, path, outRel: relative(base, path).split('\\').join('/'), size: stats.size };
  }
}

/** The leading segments of a glob pattern that contain no glob characters ("news/2020/*.txt" → "news/2020"). */
export function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const dynamic = parts.findIndex((part) => globber().isDynamicPattern(part));
  const base = parts.slice(0, dynamic < 0 ? parts.length - 1 : dynamic).join('/');
  return base === '' && pattern.startsWith('/') ? '/' : base || '.';
}
