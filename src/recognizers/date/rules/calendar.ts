/**
 * Calendar dates: day + month (+ year), month (+ year), year, numeric dates. Gregorian and Hijri
 * months share the rules; a Hijri month makes a Hijri spec.
 */
import { daysInMonth } from '../calendar.js';
import type { Reader } from '../reader.js';
import type { DateSpec } from '../spec.js';
import type { Parse } from './parse.js';
import {
  afterDatePreposition,
  afterNameHead,
  afterNumberHead,
  dayNumber,
  monthName,
  relativeAt,
  yearNumber,
  yearTail,
  type YearTail,
} from './parts.js';

function calendarSpec(calendar: 'gregorian' | 'hijri', month: number | undefined, day: number | undefined, tail: YearTail | undefined): DateSpec {
  const spec: Record<string, unknown> = { kind: calendar === 'hijri' || tail?.calendar === 'hijri' ? 'hijri' : 'calendar' };
  if (month !== undefined) spec.month = month;
  if (day !== undefined) spec.day = day;
  if (tail?.year !== undefined) spec.year = tail.year;
  if (tail?.direction) spec.direction = tail.direction;
  if (tail?.yearOffset !== undefined) {
    if (spec.kind === 'calendar') spec.yearOffset = tail.yearOffset;
    else return spec as DateSpec; // a Hijri month "of last year" (Gregorian) is not resolvable: keep it partial
  }
  return spec as DateSpec;
}

/** The longest month a day may belong to (29 February is valid in leap years). */
function dayFits(calendar: 'gregorian' | 'hijri', month: number, day: number): boolean {
  return calendar === 'hijri' ? day <= 30 : day <= daysInMonth(2000, month);
}

/**
 * day-month(-year): [يوم] DAY [من] [شهر] MONTH [YEAR | relative | من العام ...]
 * (24 يونيو, 24 يونيو 2016, الأول من يوليو المقبل, 15 رمضان 1437 هـ, غرة شوال) and
 * day-of-month: يوم 15 / العاشر من الشهر الماضي (the month from the reference).
 */
export function dayMonth(r: Reader, i: number): Parse | undefined {
  let k = i;
  let start: number | undefined;
  const yawm = r.fn(k, 'day-word', 'any');
  if (yawm && r.norm(yawm.end - 1).endsWith('يوم')) {
    start = yawm.start;
    k = yawm.end;
  }
  const day = dayNumber(r, k, start === undefined ? 'any' : 'none');
  if (!day || !r.together(i, day.end - 1)) return undefined;
  start ??= day.start;
  k = day.end;
  const of = r.fn(k, 'of');
  const afterOf = of ? of.end : k;
  const monthWord = r.fn(afterOf, 'month-word');
  const month = monthName(r, monthWord ? monthWord.end : afterOf);
  if (month && r.together(i, month.end - 1) && dayFits(month.calendar, month.month, day.day)) {
    const tail = yearTail(r, month.end, i);
    if (!tail && afterNameHead(r, i)) return undefined;
    const hijri = month.calendar === 'hijri' || tail?.calendar === 'hijri';
    const rule = `${hijri ? 'hijri-' : ''}day-month${tail?.year !== undefined ? '-year' : tail ? '-relative' : ''}`;
    return { rule, first: i, start, end: tail?.end ?? month.end, expr: { spec: calendarSpec(month.calendar, month.month, day.day, tail) } };
  }
  // العاشر من الشهر الماضي / 24 من الشهر الجاري / 24 من هذا الشهر
  if (of) {
    const demonstrative = r.find(of.end, 'relative');
    const periodAt = demonstrative?.info.demonstrative ? demonstrative.end : of.end;
    const period = r.find(periodAt, 'period');
    if (period?.info.unit === 'month') {
      const rel = demonstrative?.info.demonstrative ? { direction: 'current' as const, end: period.end } : relativeAt(r, period.end);
      if (rel) {
        const monthOffset = rel.direction === 'past' ? -1 : rel.direction === 'future' ? 1 : 0;
        return { rule: 'day-of-month', first: i, start, end: rel.end, expr: { spec: { kind: 'calendar', day: day.day, monthOffset } } };
      }
    }
  }
  // يوم 15: a day of the reference month.
  if (yawm && !day.ordinal && !r.find(k, 'unit') && !afterNameHead(r, i)) {
    return { rule: 'day-of-month', first: i, start, end: k, expr: { spec: { kind: 'calendar', day: day.day } } };
  }
  return undefined;
}

/**
 * month(-year): [شهر] MONTH [YEAR | relative | من العام ...] (يونيو 2016, حزيران/يونيو 2016,
 * مارس الماضي, شهر رمضان). A month name that is also a common word needs context (see
 * lexicons/dates/ambiguous-names.tsv).
 */
export function monthRule(r: Reader, i: number, options: { bareContext?: boolean } = {}): Parse | undefined {
  const monthWord = r.fn(i, 'month-word', 'any');
  const month = monthName(r, monthWord ? monthWord.end : i, monthWord ? 'none' : 'any');
  if (!month || !r.together(i, month.end - 1)) return undefined;
  const start = monthWord ? monthWord.start : month.start;
  // After a day number the day-month rule decides (شارع 26 يوليو is a name, not July).
  if (!monthWord && i > 0 && r.together(i - 1, i) && (r.digits(i - 1) !== undefined || (r.fn(i - 1, 'of') !== undefined && r.digits(i - 2) !== undefined))) return undefined;
  const tail = yearTail(r, month.end, i);
  if (!tail) {
    if (month.needs && !monthWord && !month.double) {
      const context = options.bareContext || (month.needs === 'context' && afterDatePreposition(r, i));
      if (!context) return undefined;
    }
    if (afterNameHead(r, i)) return undefined;
  }
  const hijri = month.calendar === 'hijri' || tail?.calendar === 'hijri';
  const rule = `${hijri ? 'hijri-' : ''}month${tail?.year !== undefined ? '-year' : tail ? '-relative' : ''}`;
  return { rule, first: i, start, end: tail?.end ?? month.end, expr: { spec: calendarSpec(month.calendar, month.month, undefined, tail) } };
}

/** Whether the token after a bare year keeps it a year (not "2000 موقع", a count). */
function yearMayEndAt(r: Reader, k: number, first: number): boolean {
  const next = r.token(k);
  if (!next || !r.together(first, k) || next.kind !== 'arabic') return true;
  if (r.matches(k, 'any').length > 0) return true;
  // A following word joined by و/ف starts a new clause (في 2016 وقال).
  return next.segmentations.some((s) => s.prefix === 'و' || s.prefix === 'ف');
}

/**
 * year: (عام|سنة|العام) YEAR [م|هـ] | YEAR (م|هـ) | a bare 4-digit year after a date preposition
 * (في 2016, منذ 2011) or right after another date (عامي 2014 و2016).
 */
export function yearRule(r: Reader, i: number, options: { bare?: boolean; afterDate?: boolean } = {}): Parse | undefined {
  const yearWord = r.fn(i, 'year-word', 'any');
  if (yearWord) {
    const year = yearNumber(r, yearWord.end, { words: true });
    if (!year || !r.together(i, year.end - 1)) return undefined;
    return { rule: year.calendar === 'hijri' ? 'hijri-year' : 'year', first: i, start: yearWord.start, end: year.end, expr: { spec: yearSpec(year.year, year.calendar) } };
  }
  const year = yearNumber(r, i);
  if (!year || !r.together(i, year.end - 1)) return undefined;
  if (!year.calendar) {
    if (year.digits !== 4 || year.year < 1800 || year.year > 2100) return undefined;
    const contextual = options.bare || afterDatePreposition(r, i) || options.afterDate;
    if (!contextual || afterNumberHead(r, i) || !yearMayEndAt(r, year.end, i)) return undefined;
  }
  return { rule: year.calendar === 'hijri' ? 'hijri-year' : 'year', first: i, start: year.start, end: year.end, expr: { spec: yearSpec(year.year, year.calendar) } };
}

function yearSpec(year: number, calendar: 'gregorian' | 'hijri' | undefined): DateSpec {
  return calendar === 'hijri' ? { kind: 'hijri', year } : { kind: 'calendar', year };
}

const DOTTED_DATE = /^\d+\.\d+\.\d+$/;
const DIGITS = /^\d+$/;

function spacedTriple(r: Reader, i: number): { parts: string[]; end: number } | undefined {
  if (!r.isPunct(i + 1, '/-') || !r.isPunct(i + 3, r.norm(i + 1)) || !r.together(i, i + 4)) return undefined;
  if (r.digits(i + 2) === undefined || r.digits(i + 4) === undefined) return undefined;
  const parts = [r.norm(i), r.norm(i + 2), r.norm(i + 4)];
  if (parts[0]!.length !== 4 && parts[2]!.length !== 4) return undefined;
  return { parts, end: i + 5 };
}

/** A number group with no word before it in its sentence and no number after it (a bare 15/2). */
function standsAlone(r: Reader, first: number, end: number): boolean {
  const before = first > 0 && r.together(first - 1, first) ? r.token(first - 1) : undefined;
  if (before && (before.kind === 'arabic' || before.kind === 'number' || before.kind === 'latin')) return false;
  const after = r.together(first, end) ? r.token(end) : undefined;
  return !after || (after.kind !== 'number' && !r.isPunct(end, '/-:.,%'));
}

function twoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/**
 * numeric-date: 24/6/2016, 24-6-2016, 24.6.2016, 2016-06-24, 2016/6/24, 24/6/16; month-year 6/2016;
 * day-month 24/6 only after a date preposition, يوم or a weekday. Arabic writes the day first.
 */
export function numericDate(r: Reader, i: number, options: { dayMonthContext?: boolean } = {}): Parse | undefined {
  const token = r.token(i);
  if (!token || token.kind !== 'number' || afterNumberHead(r, i)) return undefined;
  let parts: string[];
  let end: number;
  if (DOTTED_DATE.test(token.norm)) {
    parts = token.norm.split('.');
    end = i + 1;
  } else {
    parts = [token.norm];
    end = i + 1;
    let separator: string | undefined;
    while (parts.length < 3 && r.adjacent(end - 1) && r.isPunct(end, '/-') && r.adjacent(end) && r.digits(end + 1) !== undefined) {
      const sep = r.norm(end);
      if (separator !== undefined && sep !== separator) break;
      separator = sep;
      parts.push(r.norm(end + 1));
      end += 2;
    }
    // 30 - 8 - 2006: spaced separators, only as a full day-month-year (a 4-digit year at one end).
    if (parts.length === 1) {
      const spaced = spacedTriple(r, i);
      if (spaced) {
        parts = spaced.parts;
        end = spaced.end;
      }
    }
    if (parts.length < 2 || !DIGITS.test(parts[0]!)) return undefined;
    // 13-15 is a range of days, 2010-2015 a range of years: left to the range rule.
    if (parts.length === 2 && separator === '-') return undefined;
  }
  const [a, b, c] = parts.map(Number) as [number, number, number | undefined];
  let spec: DateSpec | undefined;
  if (c !== undefined) {
    if (parts[0]!.length === 4) spec = { kind: 'calendar', year: a, month: b, day: c };
    else if (parts[2]!.length === 4 || parts[2]!.length === 2) spec = { kind: 'calendar', year: parts[2]!.length === 2 ? twoDigitYear(c) : c, month: b, day: a };
  } else if (parts[1]!.length === 4) {
    if (b >= 1800 && b <= 2100 && a >= 1 && a <= 12) spec = { kind: 'calendar', year: b, month: a };
  } else if (parts[0]!.length <= 2 && parts[1]!.length <= 2 && (options.dayMonthContext || afterDatePreposition(r, i) || standsAlone(r, i, end))) {
    spec = { kind: 'calendar', month: b, day: a };
  }
  if (!spec || spec.kind !== 'calendar') return undefined;
  const { year, month, day } = spec;
  if (month === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year ?? 2000, month))) return undefined;
  if (year !== undefined && (year < 1000 || year > 2999)) return undefined;
  return { rule: 'numeric-date', first: i, start: token.start, end, expr: { spec } };
}
