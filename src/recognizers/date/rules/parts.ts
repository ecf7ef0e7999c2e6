/**
 * Constituents shared by the date rules: month names (with the double forms حزيران/يونيو and
 * يونيو (حزيران)), day numbers, years, the year that follows a month (2016, المقبل, من العام
 * الماضي) and the context checks. Each reads tokens from a position and returns where it stopped.
 */
import { readNumber } from '../numbers.js';
import type { NameNeeds } from '../lexicon.js';
import type { Clitics, Reader } from '../reader.js';
import type { Direction } from '../spec.js';

export interface MonthRead {
  month: number;
  calendar: 'gregorian' | 'hijri';
  needs?: NameNeeds;
  /** Written in two naming systems (آذار/مارس): never ambiguous. */
  double: boolean;
  start: number;
  end: number;
}

function monthAt(r: Reader, i: number, clitics: Clitics): MonthRead | undefined {
  const m = r.find(i, 'month', clitics);
  if (!m || !r.together(i, m.end - 1)) return undefined;
  const read: MonthRead = { month: m.info.month, calendar: m.info.calendar, double: false, start: m.start, end: m.end };
  if (m.info.needs) read.needs = m.info.needs;
  return read;
}

/** A month name, with its second naming system if written beside it. */
export function monthName(r: Reader, i: number, clitics: Clitics = 'none'): MonthRead | undefined {
  const first = monthAt(r, i, clitics);
  if (!first) return undefined;
  const k = first.end;
  const same = (m: MonthRead | undefined): m is MonthRead => m !== undefined && m.month === first.month && m.calendar === first.calendar;
  // حزيران/يونيو, حزيران - يونيو
  if (r.isPunct(k, '/-–') && r.together(i, k + 1)) {
    const second = monthAt(r, k + 1, 'none');
    if (same(second)) return { ...first, needs: undefined, double: true, end: second.end };
  }
  // يونيو (حزيران), يوليو « تموز »
  if (r.isPunct(k, '(«') && r.together(i, k + 2)) {
    const second = monthAt(r, k + 1, 'none');
    if (same(second) && r.isPunct(second.end, ')»')) return { ...first, needs: undefined, double: true, end: second.end + 1 };
  }
  // يونيو حزيران (no punctuation)
  const second = r.together(i, k) ? monthAt(r, k, 'none') : undefined;
  if (same(second)) return { ...first, needs: undefined, double: true, end: second.end };
  return first;
}

export interface DayRead {
  day: number;
  start: number;
  end: number;
  ordinal: boolean;
}

/** A day of the month: 1-31 in digits, or an ordinal (الأول, الخامس عشر, الحادي والثلاثين, غرة). */
export function dayNumber(r: Reader, i: number, clitics: Clitics = 'none'): DayRead | undefined {
  const n = readNumber(r, i, { clitics });
  if (!n) return undefined;
  if (n.digits > 2 || n.value < 1 || n.value > 31) return undefined;
  if (!n.digits && !n.ordinal) return undefined;
  return { day: n.value, start: n.start, end: n.end, ordinal: n.ordinal };
}

export interface YearRead {
  year: number;
  calendar?: 'gregorian' | 'hijri';
  start: number;
  end: number;
  digits: number;
}

/** A year number (3-4 digits, or words of 1000 and more) with an optional م/هـ suffix. */
export function yearNumber(r: Reader, i: number, options: { words?: boolean; clitics?: Clitics } = {}): YearRead | undefined {
  const n = readNumber(r, i, { allowOrdinal: false, clitics: options.clitics ?? 'none' });
  if (!n) return undefined;
  if (n.digits ? n.digits < 3 || n.digits > 4 : !options.words || n.value < 1000) return undefined;
  if (n.value < 100 || n.value > 2999) return undefined;
  const read: YearRead = { year: n.value, start: n.start, end: n.end, digits: n.digits };
  const suffix = r.together(i, n.end) ? r.matches(n.end, 'none') : [];
  for (const m of suffix) {
    if (m.info.role !== 'grammar') continue;
    if (m.info.fn === 'gregorian-suffix' || m.info.fn === 'hijri-suffix') {
      // A one-letter suffix (م, هـ) is written right after the digits or after a space; never a word's start.
      read.calendar = m.info.fn === 'hijri-suffix' ? 'hijri' : 'gregorian';
      read.end = m.end;
      break;
    }
  }
  return read;
}

/** What follows a month (or a day and month) to place it in a year. */
export interface YearTail {
  year?: number;
  calendar?: 'gregorian' | 'hijri';
  direction?: Direction;
  yearOffset?: number;
  end: number;
}

/** Relative direction of a relative word at i (not a demonstrative). */
export function relativeAt(r: Reader, i: number): { direction: Direction; end: number } | undefined {
  const m = r.find(i, 'relative', 'none');
  if (!m || m.info.demonstrative) return undefined;
  return { direction: m.info.direction, end: m.end };
}

/** The year of the reference period named by (العام|السنة) + relative, or هذا العام: an offset. */
export function yearPeriodOffset(r: Reader, i: number, clitics: Clitics = 'none'): { offset: number; start: number; end: number } | undefined {
  const demonstrative = r.find(i, 'relative', clitics);
  if (demonstrative?.info.demonstrative) {
    const period = r.find(demonstrative.end, 'period', 'none');
    if (period?.info.unit === 'year') return { offset: 0, start: demonstrative.start, end: period.end };
    return undefined;
  }
  const period = r.find(i, 'period', clitics);
  if (!period || period.info.unit !== 'year') return undefined;
  const rel = relativeAt(r, period.end);
  if (!rel) return undefined;
  return { offset: directionOffset(rel.direction), start: period.start, end: rel.end };
}

export function directionOffset(direction: Direction): number {
  return direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
}

/** 2016 | عام 2016 | ، 2016 | المقبل | من العام الماضي | من عام 2015 | من هذا العام. */
export function yearTail(r: Reader, i: number, first: number): YearTail | undefined {
  let k = i;
  if (r.isPunct(k, '،,') && r.together(first, k + 1)) k++;
  if (!r.together(first, k)) return undefined;
  const yearWord = r.fn(k, 'year-word', 'wa');
  const year = yearNumber(r, yearWord ? yearWord.end : k, { words: yearWord !== undefined });
  if (year) {
    const tail: YearTail = { year: year.year, end: year.end };
    if (year.calendar) tail.calendar = year.calendar;
    return tail;
  }
  if (k !== i) return undefined;
  const rel = relativeAt(r, k);
  if (rel) return { direction: rel.direction, end: rel.end };
  const of = r.fn(k, 'of');
  if (of) {
    const offset = yearPeriodOffset(r, of.end);
    if (offset) return { yearOffset: offset.offset, end: offset.end };
    // من عام 2015, من العام 2015, من 2015
    const word = r.fn(of.end, 'year-word');
    const y = yearNumber(r, word ? word.end : of.end, { words: word !== undefined });
    if (y) {
      const tail: YearTail = { year: y.year, end: y.end };
      if (y.calendar) tail.calendar = y.calendar;
      return tail;
    }
  }
  return undefined;
}

/** Whether the token before i is a date preposition (في, منذ, حتى ...), possibly with a conjunction (وفي). */
export function afterDatePreposition(r: Reader, i: number): boolean {
  return i > 0 && r.together(i - 1, i) && r.isContext(i - 1, 'date-preposition');
}

/** Whether the token before i heads a name (شارع 26 يوليو, ثورة 25 يناير). */
export function afterNameHead(r: Reader, i: number): boolean {
  return i > 0 && r.together(i - 1, i) && r.isContext(i - 1, 'name-head');
}

/** Whether a number-head word (رقم, القانون) precedes i. */
export function afterNumberHead(r: Reader, i: number): boolean {
  return i > 0 && r.together(i - 1, i) && r.isContext(i - 1, 'number-head');
}
