import { extname } from 'node:path';
import { globMatcher } from './glob-match.js';

/** Extensions taken from folders in text mode (besides files with no extension). */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md'];
/** Extensions taken from folders in jsonl mode. */
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];

export type InputFormat = 'text' | 'jsonl';

/** Which entries of a folder walk are inputs. Paths are relative to the folder, "/"-separated. */
export interface FileFilter {
  /** True when a file is an input. */
  takeFile(relativePath: string): boolean;
  /** True when the walk descends into a directory. */
  enterDirectory(relativePath: string): boolean;
}

/**
 * The default: files whose path has no hidden part (a name starting with ".") and whose extension is a
 * text extension (text mode: .txt .text .md or none; jsonl mode: .jsonl .ndjson). A file matching an
 * --include pattern is taken whatever its name; when patterns are given, hidden directories are
 * descended too, so that patterns can reach into them.
 */
export function fileFilter(format: InputFormat, include: readonly string[] = []): FileFilter {
  const included = include.length ? globMatcher(include) : () => false;
  const extensions = new Set(format === 'jsonl' ? JSONL_EXTENSIONS : TEXT_EXTENSIONS);
  const takesNoExtension = format === 'text';
  return {
    takeFile(relativePath) {
      if (included(relativePath)) return true;
      if (isHidden(relativePath)) return false;
      const extension = extname(relativePath).toLowerCase();
      return extension === '' ? takesNoExtension : extensions.has(extension);
    },
    enterDirectory(relativePath) {
      return include.length > 0 || !isHidden(relativePath);
    },
  };
}

function isHidden(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}
