import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

/**
 * One orthographic normalization: maps a single UTF-16 code unit to its replacement (0..n
 * characters), or returns undefined when the character is left alone.
 */
export interface Normalization {
  readonly name: string;
  /** Removed characters of this normalization belong to the letter before them (diacritics, tatweel). */
  readonly attach: boolean;
  map(char: string): string | undefined;
  /**
   * Every code unit `map` may change, when the normalization can list them: composing the
   * normalizations then visits these few instead of all 65536 code units (a start-up cost).
   */
  domain?(): Iterable<number>;
}

interface CharmapFile {
  name: string;
  description: string;
  attach?: boolean;
  map?: Record<string, string>;
  removeRanges?: [string, string][];
}

/** Builds a normalization from a JSON character map in lexicons/charmaps/. */
export function charmapNormalization(file: string): Normalization {
  const data = JSON.parse(readFileSync(packagePath('lexicons', 'charmaps', `${file}.json`), 'utf8')) as CharmapFile;
  const table = new Map<string, string>(Object.entries(data.map ?? {}));
  for (const [from, to] of data.removeRanges ?? []) {
    for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) table.set(String.fromCharCode(code), '');
  }
  return { name: data.name, attach: data.attach === true, map: (char) => table.get(char), domain: () => [...table.keys()].map((char) => char.charCodeAt(0)) };
}

/** A normalization whose charmap is read on first use, not at import time. */
export function lazyCharmap(file: string): Normalization {
  let loaded: Normalization | undefined;
  const get = (): Normalization => (loaded ??= charmapNormalization(file));
  return {
    get name() {
      return file;
    },
    get attach() {
      return get().attach;
    },
    map: (char) => get().map(char),
    domain: () => get().domain!(),
  };
}
