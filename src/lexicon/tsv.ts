import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ArnerError } from '../core/errors.js';

export interface TsvRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  /** Cells by header name. */
  cells: Record<string, string>;
}

/**
 * Reads a TSV file with a header row. Lines starting with '#' and blank lines are skipped.
 * A row with more cells than the header, or missing a required column, is an error naming the
 * file and the line.
 */
export function readTsv(path: string, required: readonly string[]): TsvRow[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ArnerError('E_LEXICON', `cannot read lexicon ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  const lines = content.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: TsvRow[] = [];
  // A plain loop: this runs over every lexicon line at start-up, before the JIT has warmed up.
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      const missing = required.filter((r) => !header!.includes(r));
      if (missing.length) throw new ArnerError('E_LEXICON', `${path}:${i + 1}: header lacks column(s) ${missing.join(', ')}`);
      continue;
    }
    if (cells.length > header.length) {
      throw new ArnerError('E_LEXICON', `${path}:${i + 1}: ${cells.length} cells but the header has ${header.length} columns`);
    }
    const row: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) row[header[k]!] = cells[k] ?? '';
    for (const name of required) {
      if (!row[name]) throw new ArnerError('E_LEXICON', `${path}:${i + 1}: empty required column "${name}"`);
    }
    rows.push({ line: i + 1, cells: row });
  }
  if (!header) throw new ArnerError('E_LEXICON', `${path}: no header row`);
  return rows;
}

/** The names (file names without .tsv) of the TSV files in a folder, sorted; none when it is absent. */
export function tsvNamesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => f.slice(0, -4))
    .sort();
}
