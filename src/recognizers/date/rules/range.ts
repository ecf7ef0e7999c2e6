/**
 * Ranges: من X إلى/حتى Y, بين X و Y, X-Y (13-15 يوليو, 2010-2015), يومي 13 و14 يوليو. The first end
 * may be partial and takes what it lacks from the second (من 13 إلى 15 يوليو 2016), or the second
 * from the first (من 13 يوليو إلى 15 منه is not handled; من 13 يوليو إلى 15 is).
 */
import { readNumber } from '../numbers.js';
import type { Reader } from '../reader.js';
import type { DateExpr, DateSpec } from '../spec.js';
import type { Parse } from './parse.js';
import { dayNumber, monthName } from './parts.js';

export type SimpleParser = (r: Reader, i: number) => Parse | undefined;

/** An incomplete range end: a day number, a month name, a year or an hour alone. */
type PartialEnd =
  | { kind: 'day'; day: number; start: number; end: number }
  | { kind: 'month'; month: number; calendar: 'gregorian' | 'hijri'; start: number; end: number }
  | { kind: 'year'; year: number; start: number; end: number };

function partialEnds(r: Reader, k: number): PartialEnd[] {
  const out: PartialEnd[] = [];
  const day = dayNumber(r, k);
  if (day) out.push({ kind: 'day', day: day.day, start: day.start, end: day.end });
  // من الأربعاء 20 إلى الجمعة 22 فبراير: a weekday before the day number.
  const weekday = r.find(k, 'weekday');
  const dayAfter = weekday ? dayNumber(r, weekday.end) : undefined;
  if (weekday && dayAfter) out.push({ kind: 'day', day: dayAfter.day, start: weekday.start, end: dayAfter.end });
  const month = monthName(r, k, 'wa');
  if (month) out.push({ kind: 'month', month: month.month, calendar: month.calendar, start: month.start, end: month.end });
  const n = readNumber(r, k, { allowOrdinal: false });
  if (n && n.digits === 4 && n.value >= 1000 && n.value <= 2999) out.push({ kind: 'year', year: n.value, start: n.start, end: n.end });
  return out;
}

function isCalendar(spec: DateSpec): spec is DateSpec & { kind: 'calendar' | 'hijri' } {
  return spec.kind === 'calendar' || spec.kind === 'hijri';
}

/** The first end completed from the second; undefined when they do not fit together. */
function completeFrom(from: PartialEnd, to: DateExpr): DateExpr | undefined {
  const spec = to.spec;
  if (to.time) {
    if (from.kind !== 'day' || from.day > 24) return undefined;
    let hour = from.day;
    if (to.time.hour >= 12 && hour < 12 && hour + 12 <= to.time.hour) hour += 12;
    else if (to.time.hour < 12 && hour > to.time.hour) return undefined;
    return { ...to, time: { hour } };
  }
  if (!isCalendar(spec)) return undefined;
  switch (from.kind) {
    case 'day':
      if (spec.day === undefined || from.day >= spec.day) return undefined;
      return { spec: { ...spec, day: from.day } };
    case 'month':
      if (spec.month === undefined || spec.day !== undefined || from.month >= spec.month) return undefined;
      if ((spec.kind === 'hijri') !== (from.calendar === 'hijri')) return undefined;
      return { spec: { ...spec, month: from.month } };
    case 'year':
      if (spec.kind !== 'calendar' || spec.year === undefined || spec.month !== undefined || from.year >= spec.year) return undefined;
      return { spec: { kind: 'calendar', year: from.year } };
  }
}

/** The second end completed from the first (من 13 يوليو إلى 15 / بين عامي 2010 و2015). */
function completeTo(from: DateExpr, to: PartialEnd): DateExpr | undefined {
  const spec = from.spec;
  // من 9:30 إلى 11, من الساعة 8 مساء حتى 10
  if (from.time) {
    if (to.kind !== 'day' || to.day > 24) return undefined;
    let hour = to.day;
    if (hour <= from.time.hour && hour + 12 > from.time.hour && hour + 12 < 24) hour += 12;
    if (hour <= from.time.hour) return undefined;
    return { ...from, time: { hour } };
  }
  if (!isCalendar(spec)) return undefined;
  if (to.kind === 'day' && spec.day !== undefined && to.day > spec.day) return { spec: { ...spec, day: to.day } };
  if (to.kind === 'month' && spec.month !== undefined && spec.day === undefined && to.month > spec.month && (to.calendar === 'hijri') === (spec.kind === 'hijri')) {
    return { spec: { ...spec, month: to.month } };
  }
  if (to.kind === 'year' && spec.kind === 'calendar' && spec.year !== undefined && spec.month === undefined && to.year > spec.year) {
    return { spec: { kind: 'calendar', year: to.year } };
  }
  return undefined;
}

/** Two full ends: the first inherits a missing year (من 28 ديسمبر إلى 3 يناير 2016 starts in 2015). */
function joinFull(from: DateExpr, to: DateExpr): DateExpr {
  const a = from.spec;
  const b = to.spec;
  // من الساعة 9:30 إلى 11:00 يوم الخميس: the first time is on the second's day.
  if (a.kind === 'time-only' && b.kind !== 'time-only' && to.time) return { ...from, spec: b };
  if (a.kind === 'calendar' && b.kind === 'calendar' && a.year === undefined && a.direction === undefined && a.month !== undefined) {
    if (b.year !== undefined) {
      const later = b.month !== undefined && (a.month > b.month || (a.month === b.month && (a.day ?? 0) > (b.day ?? 0)));
      return { ...from, spec: { ...a, year: later ? b.year - 1 : b.year } };
    }
    if (b.direction !== undefined || b.yearOffset !== undefined) {
      const spec: DateSpec = { ...a };
      if (b.direction !== undefined) spec.direction = b.direction;
      if (b.yearOffset !== undefined) spec.yearOffset = b.yearOffset;
      return { ...from, spec };
    }
  }
  return from;
}

function range(from: DateExpr, to: DateExpr): DateExpr {
  return { spec: { kind: 'range', from, to } };
}

/** Ends joined by a connective (إلى, حتى, و, -): full or partial first end, full or partial second. */
function joinEnds(
  r: Reader,
  simple: SimpleParser,
  first: number,
  k: number,
  connective: (at: number) => number | undefined,
): { expr: DateExpr; end: number } | undefined {
  const fullFrom = simple(r, k);
  const candidates: ({ full: Parse } | { partial: PartialEnd })[] = [];
  if (fullFrom) candidates.push({ full: fullFrom });
  for (const p of partialEnds(r, k)) candidates.push({ partial: p });
  for (const candidate of candidates) {
    const fromEnd = 'full' in candidate ? candidate.full.end : candidate.partial.end;
    const at = connective(fromEnd);
    if (at === undefined || !r.together(first, at)) continue;
    const to = simple(r, at);
    if (to && r.together(first, to.end - 1)) {
      const expr = 'full' in candidate ? range(joinFull(candidate.full.expr, to.expr), to.expr) : (() => {
        const from = completeFrom(candidate.partial, to.expr);
        return from ? range(from, to.expr) : undefined;
      })();
      if (expr) return { expr, end: to.end };
    }
    if ('partial' in candidate && candidate.partial.kind === 'year') {
      const fromYear = candidate.partial.year;
      const toYear = partialEnds(r, at).find((p) => p.kind === 'year' && p.year > fromYear);
      if (toYear && r.together(first, toYear.end - 1)) {
        return { expr: range({ spec: { kind: 'calendar', year: fromYear } }, { spec: { kind: 'calendar', year: (toYear as { year: number }).year } }), end: toYear.end };
      }
    }
    if ('full' in candidate) {
      for (const partialTo of partialEnds(r, at)) {
        const completed = completeTo(candidate.full.expr, partialTo);
        if (completed && r.together(first, partialTo.end - 1)) return { expr: range(candidate.full.expr, completed), end: partialTo.end };
      }
    }
  }
  return undefined;
}

/** Position after "و" (a separate token, or the start of a token that carries it: و2015 is two tokens). */
function afterWa(r: Reader, at: number): number | undefined {
  if (r.norm(at) === 'و') return at + 1;
  const token = r.token(at);
  if (token?.kind === 'arabic' && token.segmentations.some((s) => s.prefix === 'و')) return at;
  return undefined;
}

function afterTo(r: Reader, at: number): number | undefined {
  const to = r.fn(at, 'to', 'wa');
  if (to) return to.end;
  if (r.isPunct(at, '-–—')) return at + 1;
  return undefined;
}

/**
 * range: من X (إلى|حتى|لغاية) Y | بين [عامي|يومي] X و Y | X-Y | (يومي|عامي) X و Y (when Y follows X
 * directly: يومي 13 و14 يوليو; عامي 2014 و2016 are two dates, not a range).
 */
export function rangeRule(r: Reader, i: number, simple: SimpleParser): Parse | undefined {
  const from = r.fn(i, 'from', 'any');
  if (from) {
    const joined = joinEnds(r, simple, i, from.end, (at) => afterTo(r, at));
    return joined ? { rule: 'range-from-to', first: i, start: from.start, end: joined.end, expr: joined.expr } : undefined;
  }
  const between = r.fn(i, 'between', 'any');
  if (between) {
    let k = between.end;
    const dual = r.fn(k, 'dual-word');
    if (dual) k = dual.end;
    const joined = joinEnds(r, simple, i, k, (at) => afterWa(r, at));
    return joined ? { rule: 'range-between', first: i, start: between.start, end: joined.end, expr: joined.expr } : undefined;
  }
  const token = r.token(i);
  if (!token) return undefined;
  const dual = r.fn(i, 'dual-word', 'any');
  if (dual) {
    const joined = joinEnds(r, simple, i, dual.end, (at) => afterWa(r, at));
    if (!joined || !consecutive(joined.expr)) return undefined;
    return { rule: 'range-dual', first: i, start: dual.start, end: joined.end, expr: joined.expr };
  }
  if (token.kind === 'number' && r.isPunct(i + 1, '-–—/')) {
    const joined = joinEnds(r, simple, i, i, (at) => (r.isPunct(at, '-–—/') ? at + 1 : undefined));
    if (!joined) return undefined;
    // 2015/2016 is a season (a range); 24/6 is a date, read by numeric-date.
    if (r.norm(i + 1) === '/' && !yearRange(joined.expr)) return undefined;
    return { rule: 'range-dash', first: i, start: token.start, end: joined.end, expr: joined.expr };
  }
  return undefined;
}

function yearRange(expr: DateExpr): boolean {
  return expr.spec.kind === 'range' && expr.spec.from.spec.kind === 'calendar' && expr.spec.from.spec.month === undefined;
}

/** Whether the two ends of a range are adjacent days or years (يومي 13 و14, عامي 2010 و2011). */
function consecutive(expr: DateExpr): boolean {
  if (expr.spec.kind !== 'range') return false;
  const a = expr.spec.from.spec;
  const b = expr.spec.to.spec;
  if (a.kind !== 'calendar' || b.kind !== 'calendar') return false;
  if (a.day !== undefined && b.day !== undefined) return a.month === b.month && b.day === a.day + 1;
  if (a.month === undefined && b.month === undefined && a.year !== undefined && b.year !== undefined) return b.year === a.year + 1;
  return false;
}
