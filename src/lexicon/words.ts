import { existsSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { normalizeText } from '../normalize/index.js';
import { compiledLexicons, rowsFromStored, type StoredWordList } from './compiled.js';
import { readTsv, type TsvRow } from './tsv.js';

/** Rows of the lists read so far: a list feeds several sets (titles, titles needing a complement, ...). */
const rowCache = new Map<string, readonly TsvRow[]>();

/**
 * Word lists (lexicons/words/<name>.tsv): a header row whose first column is `arabic`, then any
 * columns the list needs (english, country, ...). Used as features and rule vocabularies. Read once;
 * the rows are shared, not to be modified.
 */
export function readWordList(name: string): readonly TsvRow[] {
  let rows = rowCache.get(name);
  if (!rows) {
    const compiled = compiledList(name);
    rows = compiled ? rowsFromStored(compiled) : readTsv(packagePath('lexicons', 'words', `${name}.tsv`), ['arabic']);
    rowCache.set(name, rows);
  }
  return rows;
}

const wordsCache = new Map<string, readonly string[]>();

/** The normalized `arabic` cell of each row of a list, in row order (read once). */
export function normalizedWords(name: string): readonly string[] {
  let words = wordsCache.get(name);
  if (!words) {
    words = compiledList(name)?.words ?? readWordList(name).map((row) => normalizeText(row.cells.arabic!));
    wordsCache.set(name, words);
  }
  return words;
}

const cache = new Map<string, Set<string>>();

/** The normalized Arabic words of a list, as a set (read once). Missing list → empty set. */
export function wordSet(name: string): Set<string> {
  let set = cache.get(name);
  if (!set) {
    const listed = compiledList(name) !== undefined || existsSync(packagePath('lexicons', 'words', `${name}.tsv`));
    set = new Set(listed ? normalizedWords(name) : []);
    cache.set(name, set);
  }
  return set;
}

/** A list as the build compiled it (see compiled.ts), if it did. */
function compiledList(name: string): StoredWordList | undefined {
  const lists = compiledLexicons()?.wordLists;
  return lists && Object.hasOwn(lists, name) ? lists[name] : undefined;
}
