import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../core/paths.js';
import type { LexiconEntry } from './entities.js';
import type { TsvRow } from './tsv.js';

/**
 * The shipped lexicons as the build compiles them (`npm run build` writes dist/lexicons.compiled.json):
 * the rows of every word list with their normalized words, the entries of every entity lexicon, and
 * the tokens and transliteration keys of their variants. Start-up then parses one JSON file instead of reading, normalizing and
 * tokenizing thousands of lexicon lines before the JIT has warmed up.
 *
 * The file is used only while it still describes the lexicons and the code: its key is a hash of the
 * lexicon files read at run time, of the built code that reads, normalizes and tokenizes them, and of
 * the runtime's Unicode version.
 * When the key differs or the file is missing (tests run the sources, which have none), the lexicons
 * are compiled at run time as before, with the same result. User lexicons (--lexicon) are always
 * compiled at run time.
 */
export interface CompiledLexicons {
  /** Says what wrote the file. */
  generated: string;
  /** See sourceKey(). */
  key: string;
  /** By list name (lexicons/words/<name>.tsv). */
  wordLists: Record<string, StoredWordList>;
  /** By lexicon name (lexicons/entities/<name>.tsv): its entries. */
  entityLexicons: Record<string, StoredEntry[]>;
  /** The tokens (see phraseTokens) of every variant of the entity lexicons, joined by spaces. */
  phraseTokens: Record<string, string>;
  /** The transliteration key (see translit-key.ts) of every variant of the entity lexicons. */
  phraseKeys: Record<string, string>;
}

/**
 * A word list: the header's column names, each row as its line number and its cells in column
 * order, and the normalized `arabic` cell of each row (what most readers need). Arrays rather than
 * objects keep the file small and quick to parse.
 */
export interface StoredWordList {
  columns: string[];
  rows: [line: number, ...cells: string[]][];
  words: string[];
}

/** An entity lexicon entry (see LexiconEntry) with its fields in this order. */
export type StoredEntry = [line: number, id: string, type: LexiconEntry['type'], english: string, variants: string[], flags: string[], attrs: Record<string, string>];

export const COMPILED_LEXICONS_FILE = 'lexicons.compiled.json';

/** Lexicon folders whose files the compiled form stands for. */
const LEXICON_DIRS = ['entities', 'words', 'charmaps', 'clitics', 'translit'];
/** Folders of the build (dist/ or src/) holding the code that reads, normalizes and tokenizes lexicons. */
const CODE_DIRS = ['core', 'lexicon', 'normalize', 'tokenize'];

/** The build this module belongs to: dist/ when built, src/ under tsx and vitest (which have no compiled file). */
const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * SHA-1 over the lexicon files and the code files, each with its path, and over the Unicode version
 * of this Node (the normalizer decomposes presentation forms with the runtime's Unicode data):
 * changes when any of them does.
 */
export function sourceKey(codeRoot: string = buildDir): string {
  const hash = createHash('sha1');
  hash.update(`unicode ${process.versions.unicode}\n`);
  for (const dir of LEXICON_DIRS) hashFolder(hash, packagePath('lexicons', dir), `lexicons/${dir}`);
  for (const dir of CODE_DIRS) hashFolder(hash, join(codeRoot, dir), dir);
  return hash.digest('hex');
}

function hashFolder(hash: Hash, dir: string, label: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.d.ts')) continue;
    hash.update(`${label}/${name}\n`);
    hash.update(readFileSync(join(dir, name)));
  }
}

let loaded: CompiledLexicons | null | undefined;

/** The compiled lexicons of this build, or null when there is none or it no longer matches (read once). */
export function compiledLexicons(): CompiledLexicons | null {
  if (loaded === undefined) loaded = readCompiledLexicons(compiledLexiconsPath());
  return loaded;
}

/** Reads a compiled-lexicons file; null when it is missing, unreadable or its key is not `key`. */
export function readCompiledLexicons(path: string, key: () => string = sourceKey): CompiledLexicons | null {
  if (!existsSync(path)) return null;
  let data: CompiledLexicons;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as CompiledLexicons;
  } catch {
    return null;
  }
  return data.key === key() ? data : null;
}

/** A stored entry of the named lexicon as the lexicon reader returns it. */
export function entryFromStored([line, id, type, english, variants, flags, attrs]: StoredEntry, lexicon: string): LexiconEntry {
  return { id, type, english, variants, flags: new Set(flags), attrs, lexicon, line };
}

/** The rows of a stored word list as the TSV reader returns them. */
export function rowsFromStored({ columns, rows }: StoredWordList): TsvRow[] {
  return rows.map(([line, ...cells]) => {
    const row: Record<string, string> = {};
    for (let k = 0; k < columns.length; k++) row[columns[k]!] = cells[k]!;
    return { line, cells: row };
  });
}

/** Tokens of a lexicon phrase from the compiled lexicons, if it is one of their variants. */
export function compiledPhraseTokens(phrase: string): string[] | undefined {
  const tokens = compiledLexicons()?.phraseTokens;
  return tokens && Object.hasOwn(tokens, phrase) ? tokensFromStored(tokens[phrase]!) : undefined;
}

/** The transliteration key of a lexicon phrase from the compiled lexicons, if it is one of their variants. */
export function compiledPhraseKey(phrase: string): string | undefined {
  const keys = compiledLexicons()?.phraseKeys;
  return keys && Object.hasOwn(keys, phrase) ? keys[phrase] : undefined;
}

/** Stored tokens (joined by spaces) as a list; none for the empty string. */
export function tokensFromStored(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/** What the compiled file holds, from the given readers (the run-time ones, so both paths agree). */
export interface LexiconReaders {
  wordListNames: string[];
  readWordList(name: string): readonly TsvRow[];
  normalizeText(text: string): string;
  entityLexiconPaths: string[];
  readEntityLexicon(path: string): readonly LexiconEntry[];
  phraseTokens(phrase: string): readonly string[];
  phraseKey(words: readonly string[]): string;
}

export function compileLexicons(readers: LexiconReaders, key: string): CompiledLexicons {
  const wordLists: CompiledLexicons['wordLists'] = {};
  for (const name of readers.wordListNames) {
    const rows = readers.readWordList(name);
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))];
    wordLists[name] = {
      columns,
      rows: rows.map((row) => [row.line, ...columns.map((column) => row.cells[column]!)]),
      words: rows.map((row) => readers.normalizeText(row.cells.arabic!)),
    };
  }
  const entityLexicons: CompiledLexicons['entityLexicons'] = {};
  const phraseTokens: CompiledLexicons['phraseTokens'] = {};
  const phraseKeys: CompiledLexicons['phraseKeys'] = {};
  for (const path of readers.entityLexiconPaths) {
    const entries = readers.readEntityLexicon(path);
    entityLexicons[basename(path, '.tsv')] = entries.map((e) => [e.line, e.id, e.type, e.english, e.variants, [...e.flags], e.attrs]);
    for (const entry of entries) {
      for (const variant of entry.variants) {
        const tokens = readers.phraseTokens(variant);
        if (tokens.some((token) => token.includes(' '))) throw new Error(`a token of "${variant}" holds a space: it cannot be stored joined`);
        phraseTokens[variant] = tokens.join(' ');
        phraseKeys[variant] = readers.phraseKey(tokens);
      }
    }
  }
  return { generated: 'by npm run build (scripts/post-build.mjs) from lexicons/: do not edit', key, wordLists, entityLexicons, phraseTokens, phraseKeys };
}

/** Where this build keeps its compiled lexicons. */
export function compiledLexiconsPath(): string {
  return join(buildDir, COMPILED_LEXICONS_FILE);
}

/** Ignores the compiled file from now on: writing a new one must not read the old one. */
export function ignoreCompiledLexicons(): void {
  loaded = null;
}
