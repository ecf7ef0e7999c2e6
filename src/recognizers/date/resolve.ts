import type { DateGrain } from '../../core/types.js';
import {
  addMonths,
  formatDay,
  fromDays,
  isoWeek,
  isoWeekday,
  isValidDate,
  pad,
  toDays,
  ymdDays,
  type Ymd,
} from './calendar.js';
import { gregorianToHijriYmd, hijriMonthDays, hijriToDays } from './hijri.js';
import type { DateExpr, DateSpec, Direction, TimeOfDay, Unit } from './spec.js';

/**
 * Resolution of date expressions to ISO 8601 values (TIMEX3 style). The conventions are listed in
 * src/recognizers/date/README.md; in short:
 * - values at the grain: 2016, 2016-06, 2016-06-24, 2016-W25, 2016-Q2, 201X (decade), 20XX (century),
 *   2016-06-24T10:00 (hour), 2016-06-24T10:30 (minute); ranges start/end, both ends inclusive;
 * - without a reference date, relative and partial dates keep X for what is unknown
 *   (XXXX-06-24, XXXX-WXX-5, XXXX-XX-XX) and `resolved` is false;
 * - a year missing from a day or month is the reference year, unless that puts the date more than
 *   nine months away from the reference (28 ديسمبر in an article of 3 January is last December);
 * - المقبل/القادم = the first one strictly after the reference, الماضي = the last one strictly
 *   before it (الجمعة المقبلة said on a Friday is a week later), الجاري/الحالي = the current one;
 * - a bare weekday is the most recent such day on or before the reference (news report the past;
 *   اليوم الجمعة said on a Friday is that day), unless a future cue precedes it in the sentence
 *   (سوف, من المقرر, ستعقد ...): then the first such day on or after the reference.
 */
export interface Resolution {
  value: string;
  grain: DateGrain;
  resolved: boolean;
  attributes: Record<string, string | number | boolean>;
}

/** A resolved (or partial) period: its value and, for ranges inside it, its two ends. */
interface Period {
  grain: DateGrain;
  /** First and last value of the period (equal for a single point). */
  start: string;
  end: string;
  resolved: boolean;
  /** Days since epoch of the first day, when known (for ordering and weekday checks). */
  firstDay?: number;
}

const NEAREST_YEAR_DAYS = 274;
const NEAREST_YEAR_MONTHS = 9;

function point(grain: DateGrain, value: string, resolved: boolean, firstDay?: number): Period {
  return firstDay === undefined ? { grain, start: value, end: value, resolved } : { grain, start: value, end: value, resolved, firstDay };
}

function dayPeriod(days: number): Period {
  return point('day', formatDay(fromDays(days)), true, days);
}

/** The year of a partial Gregorian date (month, optional day) relative to the reference. */
function chooseYear(ref: Ymd, month: number, day: number | undefined, direction: Direction | undefined): number {
  const refDays = ymdDays(ref);
  const refMonth = ref.y * 12 + ref.m;
  const after = (y: number): boolean => (day !== undefined ? toDays(y, month, day) > refDays : y * 12 + month > refMonth);
  const before = (y: number): boolean => (day !== undefined ? toDays(y, month, day) < refDays : y * 12 + month < refMonth);
  switch (direction) {
    case 'future':
      return after(ref.y) ? ref.y : ref.y + 1;
    case 'past':
      return before(ref.y) ? ref.y : ref.y - 1;
    case 'current':
      return ref.y;
    default: {
      if (day !== undefined) {
        const gap = toDays(ref.y, month, day) - refDays;
        if (gap > NEAREST_YEAR_DAYS) return ref.y - 1;
        if (gap < -NEAREST_YEAR_DAYS) return ref.y + 1;
        return ref.y;
      }
      const gap = month - ref.m;
      if (gap > NEAREST_YEAR_MONTHS) return ref.y - 1;
      if (gap < -NEAREST_YEAR_MONTHS) return ref.y + 1;
      return ref.y;
    }
  }
}

function resolveCalendar(spec: DateSpec & { kind: 'calendar' }, ref: Ymd | null): Period {
  let { year, month } = spec;
  const { day } = spec;
  if (month === undefined) {
    if (day === undefined) {
      if (year !== undefined) return point('year', pad(year, 4), true, toDays(year, 1, 1));
      return point('day', 'XXXX-XX-XX', false);
    }
    if (!ref) return point('day', `XXXX-XX-${pad(day)}`, false);
    const shifted = addMonths(ref.y, ref.m, spec.monthOffset ?? 0);
    year ??= shifted.y;
    month = shifted.m;
  }
  if (year === undefined) {
    if (spec.yearOffset !== undefined && ref) year = ref.y + spec.yearOffset;
    else if (ref) year = chooseYear(ref, month, day, spec.direction);
    else return point(day === undefined ? 'month' : 'day', `XXXX-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`, false);
  }
  if (day === undefined) return point('month', `${pad(year, 4)}-${pad(month)}`, true, toDays(year, month, 1));
  if (!isValidDate(year, month, day)) return point('day', `${pad(year, 4)}-${pad(month)}-${pad(day)}`, false);
  return dayPeriod(toDays(year, month, day));
}

function resolveWeekday(spec: DateSpec & { kind: 'weekday' }, ref: Ymd | null): Period {
  if (!ref) return point('day', `XXXX-WXX-${spec.weekday}`, false);
  const refDays = ymdDays(ref);
  const today = isoWeekday(refDays);
  // الأربعاء من الأسبوع المقبل: that weekday in the ISO week (Monday to Sunday) shifted by weekOffset.
  if (spec.weekOffset !== undefined) return dayPeriod(refDays - today + spec.weekday + 7 * spec.weekOffset);
  const ahead = (spec.weekday - today + 7) % 7;
  const back = (today - spec.weekday + 7) % 7;
  const extra = 7 * (spec.extraWeeks ?? 0);
  let delta: number;
  switch (spec.direction) {
    case 'future':
      delta = (ahead || 7) + extra;
      break;
    case 'past':
      delta = -(back || 7) - extra;
      break;
    case 'current':
      delta = ahead;
      break;
    default:
      delta = spec.futureCue ? ahead : -back;
  }
  return dayPeriod(refDays + delta);
}

function offsetText(unit: Unit, amount: number): string {
  const [n, letter] = {
    minute: [amount, 'TM'],
    hour: [amount, 'TH'],
    day: [amount, 'D'],
    week: [amount, 'W'],
    month: [amount, 'M'],
    quarter: [amount * 3, 'M'],
    year: [amount, 'Y'],
    decade: [amount * 10, 'Y'],
    century: [amount * 100, 'Y'],
  }[unit] as [number, string];
  const sign = n < 0 ? '-' : n > 0 ? '+' : '';
  return letter.startsWith('T') ? `${sign}PT${Math.abs(n)}${letter[1]}` : `${sign}P${Math.abs(n)}${letter}`;
}

const UNRESOLVED_SHIFT: Record<Unit, [DateGrain, string]> = {
  minute: ['minute', 'XXXX-XX-XXTXX:XX'],
  hour: ['hour', 'XXXX-XX-XXTXX:00'],
  day: ['day', 'XXXX-XX-XX'],
  week: ['week', 'XXXX-WXX'],
  month: ['month', 'XXXX-XX'],
  quarter: ['quarter', 'XXXX-QX'],
  year: ['year', 'XXXX'],
  decade: ['decade', 'XXXX'],
  century: ['century', 'XXXX'],
};

function resolveShift(unit: Unit, amount: number, ref: Ymd | null): Period {
  if (!ref) {
    const [grain, value] = UNRESOLVED_SHIFT[unit];
    return point(grain, value, false);
  }
  const refDays = ymdDays(ref);
  switch (unit) {
    case 'day':
      return dayPeriod(refDays + amount);
    case 'week': {
      const days = refDays + 7 * amount;
      const { year, week } = isoWeek(days);
      return point('week', `${pad(year, 4)}-W${pad(week)}`, true, days - isoWeekday(days) + 1);
    }
    case 'month': {
      const { y, m } = addMonths(ref.y, ref.m, amount);
      return point('month', `${pad(y, 4)}-${pad(m)}`, true, toDays(y, m, 1));
    }
    case 'quarter': {
      const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + amount;
      const y = Math.floor(index / 4);
      const q = index - y * 4 + 1;
      return point('quarter', `${pad(y, 4)}-Q${q}`, true, toDays(y, 3 * q - 2, 1));
    }
    case 'year':
      return point('year', pad(ref.y + amount, 4), true, toDays(ref.y + amount, 1, 1));
    case 'decade': {
      const decade = Math.floor(ref.y / 10) + amount;
      return point('decade', `${pad(decade, 3)}X`, true, toDays(decade * 10, 1, 1));
    }
    case 'century': {
      const century = Math.floor(ref.y / 100) + amount;
      return point('century', `${pad(century, 2)}XX`, true, toDays(century * 100, 1, 1));
    }
    default:
      return point(unit === 'hour' ? 'hour' : 'minute', UNRESOLVED_SHIFT[unit][1], false);
  }
}

function resolveHijri(spec: DateSpec & { kind: 'hijri' }, ref: Ymd | null, attributes: Resolution['attributes']): Period {
  const { month, day } = spec;
  const hijriText = (y: number | undefined): string =>
    [y === undefined ? 'XXXX' : pad(y, 4), month === undefined ? undefined : pad(month), day === undefined ? undefined : pad(day)]
      .filter((p) => p !== undefined)
      .join('-');
  attributes.calendar = 'islamic-umalqura';
  const span = (y: number): { first: number; last: number } | null => {
    if (month === undefined) {
      const first = hijriToDays(y, 1, 1);
      const next = hijriToDays(y + 1, 1, 1);
      return first === null || next === null ? null : { first, last: next - 1 };
    }
    if (day === undefined) return hijriMonthDays(y, month);
    const days = hijriToDays(y, month, day);
    return days === null ? null : { first: days, last: days };
  };
  let year = spec.year;
  if (year === undefined) {
    const refHijri = ref ? gregorianToHijriYmd(ref) : null;
    if (!ref || !refHijri || month === undefined) {
      attributes.hijri = hijriText(undefined);
      return point('day', 'XXXX-XX-XX', false);
    }
    const refDays = ymdDays(ref);
    const candidates = [refHijri.y - 1, refHijri.y, refHijri.y + 1]
      .map((y) => ({ y, span: span(y) }))
      .filter((c): c is { y: number; span: { first: number; last: number } } => c.span !== null);
    const distance = (s: { first: number; last: number }): number =>
      s.first > refDays ? s.first - refDays : s.last < refDays ? refDays - s.last : 0;
    let chosen: { y: number } | undefined;
    switch (spec.direction) {
      case 'future':
        chosen = candidates.find((c) => c.span.first > refDays);
        break;
      case 'past':
        chosen = [...candidates].reverse().find((c) => c.span.last < refDays);
        break;
      case 'current':
        chosen = candidates.find((c) => c.y === refHijri.y);
        break;
      default:
        chosen = [...candidates].sort((a, b) => distance(a.span) - distance(b.span) || Math.abs(a.y - refHijri.y) - Math.abs(b.y - refHijri.y))[0];
    }
    if (!chosen) {
      attributes.hijri = hijriText(undefined);
      return point('day', 'XXXX-XX-XX', false);
    }
    year = chosen.y;
  }
  attributes.hijri = hijriText(year);
  const days = span(year);
  if (!days) return point('day', 'XXXX-XX-XX', false);
  const first = formatDay(fromDays(days.first));
  const last = formatDay(fromDays(days.last));
  return { grain: 'day', start: first, end: last, resolved: true, firstDay: days.first };
}

/** A season ending in year y runs from (start, y or y-1) to (end, y). */
function seasonPeriod(spec: DateSpec & { kind: 'season' }, y: number): Period {
  const startYear = spec.start > spec.end ? y - 1 : y;
  const period: Period = { grain: 'month', start: `${pad(startYear, 4)}-${pad(spec.start)}`, end: `${pad(y, 4)}-${pad(spec.end)}`, resolved: true };
  period.firstDay = toDays(startYear, spec.start, 1);
  return period;
}

/**
 * Seasons: with a year, the season of that year (winter 2016 = December 2015 to February 2016);
 * هذا الصيف = the season containing the reference, else the next one; الماضي / المقبل = the last one
 * ended before it / the first one starting after it.
 */
function resolveSeason(spec: DateSpec & { kind: 'season' }, ref: Ymd | null): Period {
  if (spec.year !== undefined) return seasonPeriod(spec, spec.year);
  if (!ref) {
    const period: Period = { grain: 'month', start: `XXXX-${pad(spec.start)}`, end: `XXXX-${pad(spec.end)}`, resolved: false };
    return period;
  }
  if (spec.yearOffset !== undefined) return seasonPeriod(spec, ref.y + spec.yearOffset);
  const refMonth = ref.y * 12 + ref.m;
  const bounds = (y: number): [number, number] => [(spec.start > spec.end ? y - 1 : y) * 12 + spec.start, y * 12 + spec.end];
  const years = [ref.y - 1, ref.y, ref.y + 1, ref.y + 2];
  let chosen: number | undefined;
  switch (spec.direction) {
    case 'past':
      chosen = [...years].reverse().find((y) => bounds(y)[1] < refMonth);
      break;
    case 'future':
      chosen = years.find((y) => bounds(y)[0] > refMonth);
      break;
    default:
      chosen = years.find((y) => bounds(y)[1] >= refMonth);
  }
  return seasonPeriod(spec, chosen ?? ref.y);
}

function resolveDecade(spec: DateSpec & { kind: 'decade' }, ref: Ymd | null): Period {
  let decade = spec.decade;
  if (decade === undefined) {
    const digit = spec.digit ?? 0;
    if (spec.century !== undefined) decade = (spec.century - 1) * 10 + digit;
    else if (spec.centuryOffset !== undefined && ref) decade = (Math.floor(ref.y / 100) + spec.centuryOffset) * 10 + digit;
    else if (ref) {
      decade = Math.floor(ref.y / 100) * 10 + digit;
      if (decade > Math.floor(ref.y / 10)) decade -= 10;
    } else decade = 190 + digit;
  }
  return point('decade', `${pad(decade, 3)}X`, true, toDays(decade * 10, 1, 1));
}

function resolveSpec(spec: DateSpec, ref: Ymd | null, attributes: Resolution['attributes']): Period {
  switch (spec.kind) {
    case 'calendar':
      return resolveCalendar(spec, ref);
    case 'hijri':
      return resolveHijri(spec, ref, attributes);
    case 'weekday':
      return resolveWeekday(spec, ref);
    case 'shift':
      if (!ref) attributes.offset = offsetText(spec.unit, spec.amount);
      return resolveShift(spec.unit, spec.amount, ref);
    case 'quarter': {
      const year = spec.year ?? (ref ? ref.y + (spec.yearOffset ?? 0) : undefined);
      if (year === undefined) return point('quarter', `XXXX-Q${spec.quarter}`, false);
      return point('quarter', `${pad(year, 4)}-Q${spec.quarter}`, true, toDays(year, 3 * spec.quarter - 2, 1));
    }
    case 'half-year': {
      const year = spec.year ?? (ref ? ref.y + (spec.yearOffset ?? 0) : undefined);
      const y = year === undefined ? 'XXXX' : pad(year, 4);
      const [a, b] = spec.half === 1 ? ['01', '06'] : ['07', '12'];
      const period: Period = { grain: 'month', start: `${y}-${a}`, end: `${y}-${b}`, resolved: year !== undefined };
      if (year !== undefined) period.firstDay = toDays(year, Number(a), 1);
      return period;
    }
    case 'decade':
      return resolveDecade(spec, ref);
    case 'century': {
      if (spec.century !== undefined) return point('century', `${pad(spec.century - 1, 2)}XX`, true, toDays((spec.century - 1) * 100, 1, 1));
      return resolveShift('century', spec.offset ?? 0, ref);
    }
    case 'season':
      return resolveSeason(spec, ref);
    case 'time-only':
      return ref ? dayPeriod(ymdDays(ref)) : point('day', 'XXXX-XX-XX', false);
    case 'range': {
      const from = resolvePeriod(spec.from, ref, attributes);
      let to = resolvePeriod(spec.to, ref, attributes);
      // من الاثنين إلى الجمعة: the second weekday is the first such day on or after the first.
      const toSpec = spec.to.spec;
      if (toSpec.kind === 'weekday' && toSpec.direction === undefined && from.firstDay !== undefined && from.grain === 'day') {
        to = withTimeIf(dayPeriod(from.firstDay + ((toSpec.weekday - isoWeekday(from.firstDay) + 7) % 7)), spec.to.time);
      }
      const period: Period = { grain: from.grain, start: from.start, end: to.end, resolved: from.resolved && to.resolved };
      if (from.firstDay !== undefined) period.firstDay = from.firstDay;
      return period;
    }
  }
}

function withTime(period: Period, time: TimeOfDay): Period {
  const clock = `T${pad(time.hour)}:${time.minute === undefined ? '00' : pad(time.minute)}`;
  const grain: DateGrain = time.minute === undefined ? 'hour' : 'minute';
  if (period.grain !== 'day' || period.start !== period.end) return period;
  return { ...period, grain, start: period.start + clock, end: period.end + clock };
}

function withTimeIf(period: Period, time: TimeOfDay | undefined): Period {
  return time ? withTime(period, time) : period;
}

function resolvePeriod(expr: DateExpr, ref: Ymd | null, attributes: Resolution['attributes']): Period {
  let period = resolveSpec(expr.spec, ref, attributes);
  if (expr.time) period = withTime(period, expr.time);
  return period;
}

/** Resolves a date expression against a reference date (null: none known). */
export function resolve(expr: DateExpr, ref: Ymd | null): Resolution {
  const attributes: Resolution['attributes'] = {};
  if (expr.hijri) {
    const hijriAttributes: Resolution['attributes'] = {};
    resolveHijri(expr.hijri, ref, hijriAttributes);
    Object.assign(attributes, hijriAttributes);
  }
  let period = resolvePeriod(expr, ref, attributes);
  if (expr.mod) attributes.mod = expr.mod;
  if (expr.part) attributes.partOfDay = expr.part;
  if (expr.timezone) attributes.timezone = expr.timezone;
  if (expr.weekday !== undefined && period.firstDay !== undefined && period.grain === 'day' && period.start === period.end) {
    if (isoWeekday(period.firstDay) !== expr.weekday) attributes.weekdayConflict = true;
  }
  // اليوم الجمعة without a reference: the weekday is all that is known.
  if (!period.resolved && expr.weekday !== undefined && period.start === 'XXXX-XX-XX') {
    period = { ...period, start: `XXXX-WXX-${expr.weekday}`, end: `XXXX-WXX-${expr.weekday}` };
  }
  const value = period.start === period.end ? period.start : `${period.start}/${period.end}`;
  return { value, grain: period.grain, resolved: period.resolved, attributes };
}
