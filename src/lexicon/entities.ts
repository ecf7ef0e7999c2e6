import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ArnerError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import { ENTITY_TYPES, type EntityType } from '../core/types.js';
import { compiledLexicons, entryFromStored } from './compiled.js';
import { readTsv } from './tsv.js';

/**
 * One entity of a gazetteer: a row of an entity lexicon
 * (`id  type  english  arabic  flags  attrs`, see lexicons/README.md).
 */
export interface LexiconEntry {
  id: string;
  type: EntityType;
  english: string;
  /** Arabic spellings as written in the file; the first is the canonical Arabic name. */
  variants: string[];
  /**
   * `ambiguous`: a variant may also belong to another id; `context`: a variant that is also a
   * common word, matched only with supporting context (a title, a head word, a known neighbour).
   */
  flags: Set<string>;
  /** Extra facts, e.g. {country: "KZ"}. */
  attrs: Record<string, string>;
  /** Lexicon name (file name without .tsv) and line, for `source` and error messages. */
  lexicon: string;
  line: number;
}

export const ENTITY_COLUMNS = ['id', 'type', 'english', 'arabic'] as const;

/** Entries of the shipped lexicons read so far: the gazetteer and the tagger read the same files. */
const shippedCache = new Map<string, readonly LexiconEntry[]>();

/**
 * Reads one entity lexicon file. Malformed rows throw an error naming the file and line. A shipped
 * lexicon (lexicons/entities/) is read once; its entries are shared, not to be modified. Other files
 * (--lexicon) are read at every call.
 */
export function readEntityLexicon(path: string): readonly LexiconEntry[] {
  if (dirname(path) !== shippedDir()) return parseEntityLexicon(path);
  let entries = shippedCache.get(path);
  if (!entries) {
    const compiled = compiledLexicons()?.entityLexicons;
    const name = lexiconName(path);
    entries = compiled && Object.hasOwn(compiled, name) ? compiled[name]!.map((stored) => entryFromStored(stored, name)) : parseEntityLexicon(path);
    shippedCache.set(path, entries);
  }
  return entries;
}

function parseEntityLexicon(path: string): LexiconEntry[] {
  const lexicon = lexiconName(path);
  return readTsv(path, ENTITY_COLUMNS).map(({ line, cells }) => {
    const type = cells.type as EntityType;
    if (!ENTITY_TYPES.includes(type)) {
      throw new ArnerError('E_LEXICON', `${path}:${line}: unknown type "${cells.type}" (expected ${ENTITY_TYPES.join(', ')})`);
    }
    const variants = cells.arabic!.split('|').map((v) => v.trim()).filter(Boolean);
    if (variants.length === 0) throw new ArnerError('E_LEXICON', `${path}:${line}: no Arabic variant`);
    const flags = new Set((cells.flags ?? '').split(',').map((f) => f.trim()).filter(Boolean));
    const attrs: Record<string, string> = {};
    for (const pair of (cells.attrs ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new ArnerError('E_LEXICON', `${path}:${line}: attribute "${pair}" is not key=value`);
      attrs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { id: cells.id!, type, english: cells.english ?? '', variants, flags, attrs, lexicon, line };
  });
}

/** Paths of the entity lexicons shipped in lexicons/entities/, sorted by name. */
export function shippedEntityLexicons(): string[] {
  const dir = shippedDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
}

const shippedDir = (): string => packagePath('lexicons', 'entities');

/** A lexicon's name: its file name without .tsv. */
const lexiconName = (path: string): string => basename(path).replace(/\.tsv$/, '');
