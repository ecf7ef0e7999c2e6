import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalizeText } from '../normalize/index.js';

/**
 * The lexicon linter: finds the defects that make a lexicon row silently useless or wrong
 * (presentation-form letters that never match, non-NFC text, stray whitespace, shifted columns,
 * duplicates, one spelling claimed by two entities without saying so). It reads files as text and
 * never throws on a bad row: every defect becomes a problem with its file and line.
 *
 * Which checks apply depends on where a file lives (see lexicons/README.md):
 * - every `*.tsv`: encoding, characters, whitespace, cell count, duplicate rows;
 * - `entities/*.tsv` (header `id type english arabic flags attrs`): ids, types, flags, attrs,
 *   variants, and spellings shared between ids;
 * - `words/*.tsv` (first column `arabic`): one row per normalized word unless flagged ambiguous.
 */

export type Severity = 'error' | 'warning';

export interface LintProblem {
  /** The file as given to the linter (relative to the linted directory's parent when linting a directory). */
  file: string;
  /** 1-based line; 0 for a problem of the whole file. */
  line: number;
  severity: Severity;
  message: string;
}

/** A file to lint: its display name, its kind, and its raw bytes or text. */
export interface LexiconSource {
  file: string;
  kind: LexiconKind;
  content: string | Uint8Array;
}

export type LexiconKind = 'entities' | 'words' | 'other';

/** The columns of an entity lexicon, in order. */
export const ENTITY_HEADER = ['id', 'type', 'english', 'arabic', 'flags', 'attrs'] as const;

/** Entity types a lexicon may hold (DATE comes from grammar, never from a list). */
export const LEXICON_TYPES = ['PERSON', 'PLACE', 'ORGANIZATION', 'INITIATIVE'] as const;

/** The id prefix each type must use. */
const ID_PREFIX: Record<(typeof LEXICON_TYPES)[number], string> = {
  PERSON: 'person',
  PLACE: 'place',
  ORGANIZATION: 'org',
  INITIATIVE: 'initiative',
};

/**
 * Flags an entity row may carry (they apply to every variant of the row; put variants that need a
 * flag on a row of their own with the same id).
 * - `ambiguous`: a variant of the row also names another id (every row holding it must say so);
 * - `context`: a variant that is also a common word or a person name; match it only with support
 *   (a head word, a preposition, a known neighbour).
 */
export const ENTITY_FLAGS = ['ambiguous', 'context'] as const;

/**
 * Flags a word-list row may carry (lexicons/README.md says what each list uses):
 * `ambiguous` (the word is listed twice on purpose, with different values), `context`, `word`
 * (also a common Arabic word), `place` (also a place name), `surname` (also a family name).
 */
export const WORD_FLAGS = ['ambiguous', 'context', 'word', 'place', 'surname'] as const;

/**
 * Entity ids: `<kind>/<slug>` with kind person|place|org|initiative and a slug of lower-case ASCII
 * letters, digits, `-`, `_` and `/` (sub-kinds such as `place/city/tashkent`); countries are the
 * one exception, `place/<ISO 3166-1 alpha-2 in capitals>` (place/KZ).
 */
export const ID_PATTERN = /^(?:place\/[A-Z]{2}|(?:person|place|org|initiative)\/[a-z0-9][a-z0-9/_-]*)$/;

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/u;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\r\v\f]/u;
/** Tatweel between two letters is decoration (الصيـن); after the article before a number it is usage (الـ20). */
const TATWEEL = /\p{L}\u0640+\p{L}/u;
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]/u;
/** Punctuation that has no place inside a spelling (brackets, separators, quotes); أوبك+ and الـ20 are fine. */
const VARIANT_PUNCTUATION = /[()[\]{}<>,;:!?"«»،؛؟/\\|=]/u;
const ATTR_KEY = /^[a-z][a-z0-9_]*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const hex = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Lints one directory of lexicons (recursively): every `*.tsv`, with cross-file checks of entities. */
export function lintLexiconDirectory(root: string, displayBase: string = process.cwd()): LintProblem[] {
  const sources: LexiconSource[] = [];
  for (const path of tsvFiles(root)) {
    const inside = relative(root, path).split(sep);
    const kind: LexiconKind = inside[0] === 'entities' ? 'entities' : inside[0] === 'words' ? 'words' : 'other';
    sources.push({ file: relative(displayBase, path) || path, kind, content: readFileSync(path) });
  }
  return lintSources(sources);
}

function tsvFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...tsvFiles(path));
    else if (name.endsWith('.tsv')) found.push(path);
  }
  return found;
}

/** One parsed data row of a file. */
interface Row {
  file: string;
  line: number;
  cells: Record<string, string>;
}

/** One entity row as the cross-file check sees it. */
interface EntityRow extends Row {
  id: string;
  flags: Set<string>;
  /** Normalized variant → the variant as written. */
  variants: Map<string, string>;
}

/** Lints a set of files; entity rows of all files are checked together for shared spellings. */
export function lintSources(sources: LexiconSource[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const entityRows: EntityRow[] = [];
  for (const source of sources) {
    const report = (line: number, message: string, severity: Severity = 'error'): void => {
      problems.push({ file: source.file, line, severity, message });
    };
    const parsed = parseTsv(source, report);
    if (!parsed) continue;
    if (source.kind === 'entities') entityRows.push(...lintEntityFile(source.file, parsed.header, parsed.rows, report));
    else if (source.kind === 'words') lintWordFile(parsed.header, parsed.rows, report);
  }
  lintSharedVariants(entityRows, problems);
  return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

type Report = (line: number, message: string, severity?: Severity) => void;

/** Generic checks of any TSV; returns the header and rows (rows with the wrong cell count are dropped). */
function parseTsv(source: LexiconSource, report: Report): { header: string[]; rows: Row[] } | undefined {
  let text: string;
  if (typeof source.content === 'string') {
    text = source.content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(source.content);
    } catch {
      report(0, 'not valid UTF-8');
      return undefined;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    report(1, 'byte order mark at the start of the file (save as UTF-8 without BOM)');
    text = text.slice(1);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else if (lines.length > 0) report(lines.length, 'no newline at the end of the file', 'warning');

  let header: string[] | undefined;
  const rows: Row[] = [];
  const seenRows = new Map<string, { line: number; raw: string }>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('#')) return; // comments may quote anything
    lintCharacters(raw, line, report);
    if (raw.trim() === '') {
      if (raw !== '') report(line, 'blank line holds whitespace');
      return;
    }
    const cells = raw.split('\t');
    cells.forEach((cell, k) => lintCellWhitespace(cell, k + 1, line, report));
    if (!header) {
      header = cells;
      const seen = new Set<string>();
      for (const name of header) {
        if (name === '') report(line, 'empty column name in the header');
        else if (seen.has(name)) report(line, `column "${name}" appears twice in the header`);
        seen.add(name);
      }
      return;
    }
    if (cells.length !== header.length) {
      report(line, `${cells.length} cells (${cells.length - 1} tabs) but the header has ${header.length} columns`);
      return;
    }
    const key = normalizeText(raw);
    const first = seenRows.get(key);
    if (first !== undefined) {
      report(line, `duplicate row: same as line ${first.line}${first.raw === raw ? '' : ' after normalization'}`);
      return;
    }
    seenRows.set(key, { line, raw });
    const record: Record<string, string> = {};
    header.forEach((name, k) => (record[name] = cells[k]!));
    rows.push({ file: source.file, line, cells: record });
  });
  if (!header) {
    report(0, 'no header row');
    return undefined;
  }
  return { header, rows };
}

function lintCharacters(raw: string, line: number, report: Report): void {
  const presentation = PRESENTATION_FORMS.exec(raw);
  if (presentation) {
    report(line, `presentation-form character ${hex(presentation[0])} "${presentation[0]}" (write the base letter ${JSON.stringify(normalizeText(presentation[0]))})`);
  }
  if (raw !== raw.normalize('NFC')) report(line, 'text is not in Unicode NFC (compose it, e.g. ا + U+0654 → أ)');
  const invisible = INVISIBLE.exec(raw);
  if (invisible) report(line, `invisible character ${hex(invisible[0])}`);
  const odd = ODD_SPACE.exec(raw);
  if (odd) report(line, `unusual whitespace ${hex(odd[0])} (use a plain space)`);
  if (TATWEEL.test(raw)) report(line, 'tatweel (U+0640) between letters');
}

function lintCellWhitespace(cell: string, column: number, line: number, report: Report): void {
  if (cell !== cell.trim()) report(line, `cell ${column} has leading or trailing whitespace`);
  if (/ {2,}/.test(cell)) report(line, `cell ${column} has a double space`);
}

function lintEntityFile(file: string, header: string[], rows: Row[], report: Report): EntityRow[] {
  if (header.join('\t') !== ENTITY_HEADER.join('\t')) {
    report(0, `entity lexicon header must be "${ENTITY_HEADER.join('<TAB>')}", found "${header.join('<TAB>')}"`);
    return [];
  }
  const result: EntityRow[] = [];
  /** id → its first row, to check that rows of one id agree. */
  const firstRowOfId = new Map<string, { line: number; type: string; english: string; attrs: string }>();
  /** id + normalized variant → line, for the same spelling listed twice for one id. */
  const variantLines = new Map<string, number>();
  for (const row of rows) {
    const { id = '', type = '', english = '', arabic = '', flags = '', attrs = '' } = row.cells;
    const at = (message: string, severity?: Severity): void => report(row.line, message, severity);

    const idValid = ID_PATTERN.test(id);
    if (id === '') at('empty id');
    else if (!idValid) at(`id "${id}" does not match ${ID_PATTERN.source} (kind/slug in lower-case ASCII; countries place/XX)`);
    if (!(LEXICON_TYPES as readonly string[]).includes(type)) {
      at(`unknown type "${type}" (expected ${LEXICON_TYPES.join(', ')})`);
    } else if (idValid && !id.startsWith(`${ID_PREFIX[type as (typeof LEXICON_TYPES)[number]]}/`)) {
      at(`id "${id}" does not start with "${ID_PREFIX[type as (typeof LEXICON_TYPES)[number]]}/" as type ${type} requires`);
    }
    const first = firstRowOfId.get(id);
    if (first) {
      if (first.type !== type) at(`id ${id} has type ${type} here but ${first.type} on line ${first.line}`);
      if (english !== '' && first.english !== '' && first.english !== english) {
        at(`id ${id} is "${english}" here but "${first.english}" on line ${first.line}`);
      }
      if (attrs !== '' && first.attrs !== '' && first.attrs !== attrs) {
        at(`id ${id} has attrs "${attrs}" here but "${first.attrs}" on line ${first.line}`);
      }
    } else if (id) {
      firstRowOfId.set(id, { line: row.line, type, english, attrs });
    }

    const flagSet = new Set<string>();
    for (const flag of flags.split(',')) {
      if (flags === '') break;
      if (flag === '') at('empty flag (stray comma)');
      else if (!(ENTITY_FLAGS as readonly string[]).includes(flag)) at(`unknown flag "${flag}" (known: ${ENTITY_FLAGS.join(', ')})`);
      else if (flagSet.has(flag)) at(`flag "${flag}" given twice`);
      flagSet.add(flag);
    }

    if (attrs !== '') {
      const keys = new Set<string>();
      for (const pair of attrs.split(';')) {
        const eq = pair.indexOf('=');
        const key = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (eq <= 0 || value === '') at(`attribute "${pair}" is not key=value`);
        else if (!ATTR_KEY.test(key)) at(`attribute key "${key}" must be lower-case ASCII`);
        else if (keys.has(key)) at(`attribute "${key}" given twice`);
        else if (key === 'country' && !COUNTRY_CODE.test(value)) at(`country "${value}" is not an ISO 3166-1 alpha-2 code`);
        keys.add(key);
      }
    }

    const variants = new Map<string, string>();
    if (arabic === '') at('no Arabic variant');
    else {
      if (/\s\||\|\s/.test(arabic)) at('space around "|" between variants');
      for (const variant of arabic.split('|')) {
        if (variant === '') {
          at('empty variant (stray "|")');
          continue;
        }
        if (!ARABIC_LETTER.test(variant)) at(`variant "${variant}" has no Arabic letter`);
        const punctuation = VARIANT_PUNCTUATION.exec(variant);
        if (punctuation) at(`variant "${variant}" contains "${punctuation[0]}"`);
        const norm = normalizeText(variant.trim());
        const twin = variants.get(norm);
        if (twin !== undefined) {
          at(twin === variant ? `variant "${variant}" listed twice` : `variants "${twin}" and "${variant}" are the same after normalization (${norm}): keep one`);
          continue;
        }
        variants.set(norm, variant);
        const key = `${id}\t${norm}`;
        const other = variantLines.get(key);
        if (other !== undefined) at(`variant "${variant}" of ${id} is already listed on line ${other}`);
        else variantLines.set(key, row.line);
      }
    }
    result.push({ ...row, file, id, flags: flagSet, variants });
  }
  return result;
}

/** A spelling shared by two ids must be flagged `ambiguous` on every row holding it. */
function lintSharedVariants(rows: EntityRow[], problems: LintProblem[]): void {
  const holders = new Map<string, EntityRow[]>();
  for (const row of rows) {
    for (const norm of row.variants.keys()) {
      let list = holders.get(norm);
      if (!list) holders.set(norm, (list = []));
      list.push(row);
    }
  }
  const sharesWithOtherId = new Set<EntityRow>();
  for (const [norm, list] of holders) {
    const ids = new Set(list.map((r) => r.id));
    if (ids.size < 2) continue;
    for (const row of list) {
      sharesWithOtherId.add(row);
      if (row.flags.has('ambiguous')) continue;
      const others = list
        .filter((r) => r.id !== row.id)
        .map((r) => `${r.id} (${r.file}:${r.line})`)
        .join(', ');
      problems.push({
        file: row.file,
        line: row.line,
        severity: 'error',
        message: `variant "${row.variants.get(norm)}" also names ${others}: flag every row holding it "ambiguous"`,
      });
    }
  }
  for (const row of rows) {
    if (row.flags.has('ambiguous') && !sharesWithOtherId.has(row)) {
      problems.push({
        file: row.file,
        line: row.line,
        severity: 'warning',
        message: `flagged ambiguous but no variant of ${row.id} names another id (use "context" for a clash with a common word or name)`,
      });
    }
  }
}

function lintWordFile(header: string[], rows: Row[], report: Report): void {
  if (header[0] !== 'arabic') {
    report(0, `a word list's first column must be "arabic", found "${header[0]}"`);
    return;
  }
  const hasFlags = header.includes('flags');
  const firstLine = new Map<string, Row>();
  for (const row of rows) {
    const arabic = row.cells.arabic!;
    const at = (message: string): void => report(row.line, message);
    if (arabic === '') {
      at('empty "arabic" cell');
      continue;
    }
    if (!ARABIC_LETTER.test(arabic)) at(`"${arabic}" has no Arabic letter`);
    const punctuation = VARIANT_PUNCTUATION.exec(arabic);
    if (punctuation) at(`"${arabic}" contains "${punctuation[0]}"`);
    const flags = new Set(hasFlags && row.cells.flags ? row.cells.flags.split(',') : []);
    for (const flag of flags) {
      if (!(WORD_FLAGS as readonly string[]).includes(flag)) at(`unknown flag "${flag}" (known: ${WORD_FLAGS.join(', ')})`);
    }
    if ('country' in row.cells && row.cells.country !== '' && !COUNTRY_CODE.test(row.cells.country!)) {
      at(`country "${row.cells.country}" is not an ISO 3166-1 alpha-2 code`);
    }
    const norm = normalizeText(arabic);
    const first = firstLine.get(norm);
    if (!first) {
      firstLine.set(norm, row);
      continue;
    }
    const firstFlags = new Set(hasFlags && first.cells.flags ? first.cells.flags.split(',') : []);
    if (flags.has('ambiguous') && firstFlags.has('ambiguous')) continue;
    at(
      `"${arabic}" is already listed on line ${first.line}${first.cells.arabic === arabic ? '' : ` as "${first.cells.arabic}" (same after normalization)`}` +
        (hasFlags ? ': merge the rows or flag both "ambiguous"' : ''),
    );
  }
}

/** `file:line: message` (line omitted for whole-file problems), warnings marked as such. */
export function formatProblem(problem: LintProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
