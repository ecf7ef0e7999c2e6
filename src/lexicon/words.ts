import { existsSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { normalizeText } from '../normalize/index.js';
import { readTsv, type TsvRow } from './tsv.js';

/**
 * Word lists (lexicons/words/<name>.tsv): a header row whose first column is `arabic`, then any
 * columns the list needs (english, country, ...). Used as features and rule vocabularies.
 */
export function readWordList(name: string): TsvRow[] {
  return readTsv(packagePath('lexicons', 'words', `${name}.tsv`), ['arabic']);
}

const cache = new Map<string, Set<string>>();

/** The normalized Arabic words of a list, as a set (read once). Missing list → empty set. */
export function wordSet(name: string): Set<string> {
  let set = cache.get(name);
  if (!set) {
    set = new Set();
    if (existsSync(packagePath('lexicons', 'words', `${name}.tsv`))) {
      for (const row of readWordList(name)) set.add(normalizeText(row.cells.arabic!));
    }
    cache.set(name, set);
  }
  return set;
}
