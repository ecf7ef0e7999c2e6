import { readFileSync } from 'node:fs';
import { ArnerError } from '../../core/errors.js';
import { packagePath } from '../../core/paths.js';
import { readTsv, type TsvRow } from '../../lexicon/tsv.js';
import { normalizeText } from '../../normalize/index.js';
import type { Direction, Mod, PartOfDay, Unit } from './spec.js';

/** How much context an ambiguous calendar name needs (see lexicons/dates/ambiguous-names.tsv). */
export type NameNeeds = 'strict' | 'context';

export type NumberKind = 'unit' | 'ten' | 'hundred' | 'thousand' | 'thousand-value';

/** Roles of the grammar's function words (lexicons/dates/grammar-words.tsv). */
export type GrammarRole =
  | 'of'
  | 'from'
  | 'to'
  | 'between'
  | 'equals'
  | 'year-word'
  | 'month-word'
  | 'day-word'
  | 'hour-word'
  | 'minute-word'
  | 'half-past'
  | 'quarter-past'
  | 'third-past'
  | 'minus'
  | 'quarter'
  | 'third'
  | 'gregorian-suffix'
  | 'hijri-suffix'
  | 'ago'
  | 'later'
  | 'approx'
  | 'more-than'
  | 'less-than'
  | 'ago-tail'
  | 'now'
  | 'quarter-head'
  | 'half-head'
  | 'century-head'
  | 'timezone'
  | 'at'
  | 'season-word'
  | 'dual-word';

/** Roles of the context words (lexicons/dates/context-words.tsv). */
export type ContextRole =
  | 'name-head'
  | 'weekday-blocker'
  | 'pair-blocker'
  | 'day-noun-before'
  | 'day-noun-after'
  | 'future-cue'
  | 'date-preposition'
  | 'anchor'
  | 'number-head';

/** What a word (or phrase) of the date lexicon can be. A word may have several. */
export type WordInfo =
  | { role: 'month'; month: number; calendar: 'gregorian' | 'hijri'; needs?: NameNeeds }
  | { role: 'weekday'; weekday: number; afterYawm: boolean }
  | { role: 'cardinal'; value: number; kind: NumberKind }
  | { role: 'ordinal'; value: number; compoundOnly: boolean; dayOnly: boolean }
  | { role: 'unit'; unit: Unit; count: number | null; ambiguous: boolean }
  | { role: 'period'; unit: Unit }
  | { role: 'relative'; direction: Direction; demonstrative: boolean }
  | { role: 'deictic'; offset: number; part?: PartOfDay; afterPart?: boolean }
  | { role: 'part-of-day'; part: PartOfDay; position: 'after' | 'before' | 'both' | 'after-digits' }
  | { role: 'fixed-time'; hour: number; minute: number }
  | { role: 'period-part'; mod: Mod }
  | { role: 'decade'; digit: number }
  | { role: 'season'; start: number; end: number; definite: boolean }
  | { role: 'holiday'; calendar: 'gregorian' | 'hijri'; month: number; day: number }
  | { role: 'grammar'; fn: GrammarRole }
  | { role: 'context'; context: ContextRole };

export type Role = WordInfo['role'];

/** A lexicon entry: its normalized words (one or more tokens) and what it is. */
export interface DateWord {
  words: readonly string[];
  info: WordInfo;
}

export interface Agency {
  /** Normalized letters without spaces and dots: the matching key. */
  key: string;
  arabic: string;
  english: string;
}

export interface DateLexicon {
  /** Entries by their first normalized word, longest phrases first. */
  readonly byFirstWord: ReadonlyMap<string, readonly DateWord[]>;
  /** News agencies for datelines, by key. */
  readonly agencies: ReadonlyMap<string, Agency>;
}

const DIR = ['lexicons', 'dates'];

function rows(file: string, required: string[]): TsvRow[] {
  return readTsv(packagePath(...DIR, file), ['arabic', ...required]);
}

function intCell(row: TsvRow, column: string, file: string): number {
  const value = Number(row.cells[column]);
  if (!Number.isInteger(value)) {
    throw new ArnerError('E_LEXICON', `lexicons/dates/${file}:${row.line}: column "${column}" is not an integer`);
  }
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T)) {
    throw new ArnerError('E_LEXICON', `${where}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

interface CldrNames {
  gregorianMonths: { month: number; names: { text: string }[] }[];
  weekdays: { weekday: number; names: { text: string }[] }[];
  hijriMonths: { month: number; names: { text: string }[] }[];
}

const UNITS: readonly Unit[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
const DIRECTIONS: readonly Direction[] = ['past', 'future', 'current'];
const PARTS: readonly PartOfDay[] = ['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night'];
const MODS: readonly Mod[] = ['START', 'MID', 'END'];

/**
 * Loads every date table of lexicons/dates/ (see its README) into one map from normalized first
 * word to entries. Called once by the recognizer factory.
 */
export function loadDateLexicon(): DateLexicon {
  const byFirstWord = new Map<string, DateWord[]>();
  const add = (arabic: string, info: WordInfo): void => {
    const words = normalizeText(arabic.trim()).split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const list = byFirstWord.get(words[0]!) ?? [];
    const same = list.find((e) => e.words.join(' ') === words.join(' ') && JSON.stringify(e.info) === JSON.stringify(info));
    if (!same) list.push({ words, info });
    byFirstWord.set(words[0]!, list);
  };

  const ambiguous = new Map<string, NameNeeds>();
  for (const row of rows('ambiguous-names.tsv', ['needs'])) {
    ambiguous.set(normalizeText(row.cells.arabic!), oneOf(row.cells.needs, ['strict', 'context'] as const, `ambiguous-names.tsv:${row.line}`));
  }
  const month = (arabic: string, n: number, calendar: 'gregorian' | 'hijri'): void => {
    const needs = ambiguous.get(normalizeText(arabic));
    add(arabic, needs ? { role: 'month', month: n, calendar, needs } : { role: 'month', month: n, calendar });
  };

  const cldr = JSON.parse(readFileSync(packagePath(...DIR, 'calendar-names.cldr.json'), 'utf8')) as CldrNames;
  for (const { month: n, names } of cldr.gregorianMonths) for (const { text } of names) month(text, n, 'gregorian');
  for (const { month: n, names } of cldr.hijriMonths) for (const { text } of names) month(text, n, 'hijri');
  for (const { weekday, names } of cldr.weekdays) for (const { text } of names) add(text, { role: 'weekday', weekday, afterYawm: false });

  for (const row of rows('gregorian-months.extra.tsv', ['month'])) month(row.cells.arabic!, intCell(row, 'month', 'gregorian-months.extra.tsv'), 'gregorian');
  for (const row of rows('hijri-months.extra.tsv', ['month'])) month(row.cells.arabic!, intCell(row, 'month', 'hijri-months.extra.tsv'), 'hijri');
  for (const row of rows('weekdays.extra.tsv', ['weekday'])) {
    add(row.cells.arabic!, { role: 'weekday', weekday: intCell(row, 'weekday', 'weekdays.extra.tsv'), afterYawm: (row.cells.flags ?? '').includes('after-yawm') });
  }
  for (const row of rows('numbers.tsv', ['value', 'kind'])) {
    const kind = oneOf(row.cells.kind, ['unit', 'ten', 'hundred', 'thousand', 'thousand-value'] as const, `numbers.tsv:${row.line}`);
    add(row.cells.arabic!, { role: 'cardinal', value: intCell(row, 'value', 'numbers.tsv'), kind });
  }
  for (const row of rows('ordinals.tsv', ['value'])) {
    const flags = row.cells.flags ?? '';
    add(row.cells.arabic!, {
      role: 'ordinal',
      value: intCell(row, 'value', 'ordinals.tsv'),
      compoundOnly: flags.includes('compound-only'),
      dayOnly: flags.includes('day-only'),
    });
  }
  for (const row of rows('units.tsv', ['unit', 'count'])) {
    const count = row.cells.count === 'n' ? null : intCell(row, 'count', 'units.tsv');
    add(row.cells.arabic!, {
      role: 'unit',
      unit: oneOf(row.cells.unit, UNITS, `units.tsv:${row.line}`),
      count,
      ambiguous: (row.cells.flags ?? '').includes('ambiguous'),
    });
  }
  for (const row of rows('period-nouns.tsv', ['unit'])) add(row.cells.arabic!, { role: 'period', unit: oneOf(row.cells.unit, UNITS, `period-nouns.tsv:${row.line}`) });
  for (const row of rows('relative-words.tsv', ['direction'])) {
    const norm = normalizeText(row.cells.arabic!);
    add(row.cells.arabic!, { role: 'relative', direction: oneOf(row.cells.direction, DIRECTIONS, `relative-words.tsv:${row.line}`), demonstrative: norm === 'هذا' || norm === 'هذه' });
  }
  for (const row of rows('deictic-days.tsv', ['offset'])) {
    const info: Extract<WordInfo, { role: 'deictic' }> = { role: 'deictic', offset: intCell(row, 'offset', 'deictic-days.tsv') };
    if (row.cells.part) info.part = oneOf(row.cells.part, PARTS, `deictic-days.tsv:${row.line}`);
    if ((row.cells.flags ?? '').includes('after-part')) info.afterPart = true;
    add(row.cells.arabic!, info);
  }
  for (const row of rows('parts-of-day.tsv', ['part', 'position'])) {
    add(row.cells.arabic!, {
      role: 'part-of-day',
      part: oneOf(row.cells.part, PARTS, `parts-of-day.tsv:${row.line}`),
      position: oneOf(row.cells.position, ['after', 'before', 'both', 'after-digits'] as const, `parts-of-day.tsv:${row.line}`),
    });
  }
  for (const row of rows('fixed-times.tsv', ['hour', 'minute'])) {
    add(row.cells.arabic!, { role: 'fixed-time', hour: intCell(row, 'hour', 'fixed-times.tsv'), minute: intCell(row, 'minute', 'fixed-times.tsv') });
  }
  for (const row of rows('period-parts.tsv', ['mod'])) add(row.cells.arabic!, { role: 'period-part', mod: oneOf(row.cells.mod, MODS, `period-parts.tsv:${row.line}`) });
  for (const row of rows('decades.tsv', ['digit'])) add(row.cells.arabic!, { role: 'decade', digit: intCell(row, 'digit', 'decades.tsv') });
  for (const row of rows('seasons.tsv', ['start', 'end'])) {
    add(row.cells.arabic!, {
      role: 'season',
      start: intCell(row, 'start', 'seasons.tsv'),
      end: intCell(row, 'end', 'seasons.tsv'),
      definite: normalizeText(row.cells.arabic!).startsWith('ال'),
    });
  }
  for (const row of rows('holidays.tsv', ['calendar', 'month', 'day'])) {
    add(row.cells.arabic!, {
      role: 'holiday',
      calendar: oneOf(row.cells.calendar, ['gregorian', 'hijri'] as const, `holidays.tsv:${row.line}`),
      month: intCell(row, 'month', 'holidays.tsv'),
      day: intCell(row, 'day', 'holidays.tsv'),
    });
  }
  const grammarRoles: readonly GrammarRole[] = [
    'of', 'from', 'to', 'between', 'equals', 'year-word', 'month-word', 'day-word', 'hour-word', 'minute-word',
    'half-past', 'quarter-past', 'third-past', 'minus', 'quarter', 'third', 'gregorian-suffix', 'hijri-suffix',
    'ago', 'later', 'approx', 'more-than', 'less-than', 'ago-tail', 'now', 'quarter-head', 'half-head',
    'century-head', 'timezone', 'at', 'season-word', 'dual-word',
  ];
  for (const row of rows('grammar-words.tsv', ['role'])) add(row.cells.arabic!, { role: 'grammar', fn: oneOf(row.cells.role, grammarRoles, `grammar-words.tsv:${row.line}`) });
  const contextRoles: readonly ContextRole[] = [
    'name-head', 'weekday-blocker', 'pair-blocker', 'day-noun-before', 'day-noun-after', 'future-cue',
    'date-preposition', 'anchor', 'number-head',
  ];
  for (const row of rows('context-words.tsv', ['role'])) add(row.cells.arabic!, { role: 'context', context: oneOf(row.cells.role, contextRoles, `context-words.tsv:${row.line}`) });

  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const agencies = new Map<string, Agency>();
  for (const row of rows('dateline-agencies.tsv', ['english'])) {
    const key = agencyKey(normalizeText(row.cells.arabic!));
    agencies.set(key, { key, arabic: row.cells.arabic!, english: row.cells.english! });
  }
  return { byFirstWord, agencies };
}

/** The matching key of an agency name: normalized letters with spaces, dots and slashes removed. */
export function agencyKey(normalized: string): string {
  return normalized.replace(/[\s.\-/·]+/g, '');
}
