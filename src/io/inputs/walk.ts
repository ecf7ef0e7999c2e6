import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { FileFilter } from './file-filter.js';
import type { FailedEntry, FileEntry } from './input-entry.js';
import { describeFsError } from './fs-errors.js';

export interface WalkOptions {
  filter: FileFilter;
  /** Called for each entry left out by the filter (hidden or non-text). */
  onSkip?: (relativePath: string) => void;
  /** Folders never walked, as "dev:ino" (the --out folder, when it lies inside an input folder). */
  excludeDirectories?: ReadonlySet<string>;
}

/**
 * Walks a folder depth-first, entries of each directory sorted by name, and yields its input files
 * one at a time (only one directory listing is held per level, never the whole tree).
 * Symbolic links are followed; a link to a missing target, a link loop (ELOOP) or a link to a folder
 * that is already being walked (an ancestor) is an error entry, never an endless walk. FIFOs, sockets
 * and devices are error entries: reading them could block forever.
 *
 * `display` is the folder as given by the user; sources are display + "/" + the relative path.
 */
export async function* walkFolder(root: string, display: string, options: WalkOptions): AsyncGenerator<FileEntry | FailedEntry> {
  const rootStats = statSync(root);
  yield* walkDirectory(root, display, '', new Set([inode(rootStats)]), options);
}

async function* walkDirectory(
  dir: string,
  display: string,
  relDir: string,
  ancestors: Set<string>,
  options: WalkOptions,
): AsyncGenerator<FileEntry | FailedEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    yield failed(display, relDir, 'E_READ', `cannot list folder: ${describeFsError(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    const path = join(dir, entry.name);
    let stats: Stats | undefined;
    if (entry.isSymbolicLink() || entry.isFile() || entry.isDirectory()) {
      try {
        stats = statSync(path);
      } catch (error) {
        // Only links end here in practice (broken, looping); report them if their name is an input's.
        if (!options.filter.takeFile(rel)) options.onSkip?.(rel);
        else yield failed(display, rel, 'E_READ', linkError(entry, error));
        continue;
      }
    }
    if (stats?.isDirectory()) {
      if (!options.filter.enterDirectory(rel)) {
        options.onSkip?.(rel);
        continue;
      }
      const id = inode(stats);
      if (options.excludeDirectories?.has(id)) continue;
      if (ancestors.has(id)) {
        yield failed(display, rel, 'E_READ', 'symbolic link loop: it points to a folder that contains it');
        continue;
      }
      ancestors.add(id);
      yield* walkDirectory(path, display, rel, ancestors, options);
      ancestors.delete(id);
      continue;
    }
    if (!options.filter.takeFile(rel)) {
      options.onSkip?.(rel);
      continue;
    }
    if (stats?.isFile()) yield { kind: 'file', source: joinDisplay(display, rel), path, outRel: rel, size: stats.size };
    else yield failed(display, rel, 'E_READ', `not a regular file (${specialKind(entry, stats)}); name it explicitly to read it`);
  }
}

function failed(display: string, rel: string, code: string, message: string): FailedEntry {
  return { kind: 'error', source: joinDisplay(display, rel), outRel: rel, code, message };
}

/** The user's folder joined with a relative path, without doubling a trailing "/". */
export function joinDisplay(display: string, rel: string): string {
  if (!rel) return display;
  return display.endsWith('/') ? `${display}${rel}` : `${display}/${rel}`;
}

function inode(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function linkError(entry: Dirent, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (entry.isSymbolicLink() && code === 'ENOENT') return 'broken symbolic link: its target does not exist';
  if (code === 'ELOOP') return 'symbolic link loop: too many levels of symbolic links';
  return `cannot read: ${describeFsError(error)}`;
}

function specialKind(entry: Dirent, stats: Stats | undefined): string {
  const is = stats ?? entry;
  if (is.isFIFO()) return 'a FIFO';
  if (is.isSocket()) return 'a socket';
  if (is.isCharacterDevice() || is.isBlockDevice()) return 'a device';
  return 'not a file';
}
