/**
 * Dates relative to the reference date: weekdays (الجمعة, يوم الأحد الماضي), deictic days (اليوم,
 * أمس, غدا, أول أمس), relative periods (الأسبوع الماضي, العام المقبل, هذا الشهر) and counted
 * offsets (قبل 5 أعوام, بعد يومين, منذ عامين).
 */
import { readNumber, TEEN_TAILS } from '../numbers.js';
import type { Reader } from '../reader.js';
import type { DateExpr, Direction, Mod, Unit } from '../spec.js';
import { dayMonth, numericDate } from './calendar.js';
import type { Parse } from './parse.js';
import { dayNumber, directionOffset, relativeAt } from './parts.js';

/** الأسبوع المقبل / الماضي / الجاري / هذا الأسبوع: a week offset from the reference week. */
function weekPeriod(r: Reader, k: number): { offset: number; end: number } | undefined {
  const demonstrative = r.find(k, 'relative');
  if (demonstrative?.info.demonstrative) {
    const period = r.find(demonstrative.end, 'period');
    return period?.info.unit === 'week' ? { offset: 0, end: period.end } : undefined;
  }
  const period = r.find(k, 'period');
  if (period?.info.unit !== 'week') return undefined;
  const rel = relativeAt(r, period.end);
  return rel ? { offset: directionOffset(rel.direction), end: rel.end } : undefined;
}

const FUTURE_CUE_WINDOW = 12;

/** Whether a future cue (سوف, من المقرر, ستعقد ...) precedes token i in its sentence. */
function futureCueBefore(r: Reader, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - FUTURE_CUE_WINDOW && r.together(j, i); j--) {
    if (r.isContext(j, 'future-cue')) return true;
  }
  return false;
}

/** الماضي / المقبل, or قبل الماضي / بعد المقبل (one week more), after a weekday or period. */
function relativeAfter(r: Reader, k: number): { direction: Direction; extra: number; end: number } | undefined {
  const rel = relativeAt(r, k);
  if (rel) return { direction: rel.direction, extra: 0, end: rel.end };
  const ago = r.fn(k, 'ago') ?? r.fn(k, 'later');
  if (ago) {
    const next = relativeAt(r, ago.end);
    const agoWord = r.fn(k, 'ago') !== undefined;
    if (next && ((agoWord && next.direction === 'past') || (!agoWord && next.direction === 'future'))) {
      return { direction: next.direction, extra: 1, end: next.end };
    }
  }
  return undefined;
}

/**
 * A date written beside a weekday or a deictic day: الجمعة 24 يونيو 2016, الجمعة، 24 يونيو,
 * الجمعة (24 يونيو), الخميس 23/6/2016.
 */
function appositionDate(r: Reader, k: number, first: number): Parse | undefined {
  let at = k;
  const open = r.isPunct(at, '(');
  if (r.isPunct(at, '،,-(')) at++;
  if (!r.together(first, at)) return undefined;
  const date = dayMonth(r, at) ?? numericDate(r, at, { dayMonthContext: true });
  if (!date || (date.expr.spec.kind !== 'calendar' && date.expr.spec.kind !== 'hijri')) return undefined;
  if (date.expr.spec.day === undefined || date.rule === 'day-of-month') return undefined;
  if (open) {
    if (!r.isPunct(date.end, ')')) return undefined;
    return { ...date, end: date.end + 1 };
  }
  return date;
}

/**
 * weekday: [يوم] WEEKDAY [الماضي|المقبل|قبل الماضي] [date]. A date written beside the weekday
 * gives the value (weekday-date).
 */
export function weekdayRule(r: Reader, i: number): Parse | undefined {
  // هذا الاثنين: the one of the current week, on or after the reference.
  const demonstrative = r.find(i, 'relative', 'any');
  const first = demonstrative?.info.demonstrative ? demonstrative.end : i;
  if (first !== i && !r.together(i, first)) return undefined;
  const yawm = r.fn(first, 'day-word', first === i ? 'any' : 'none');
  const hasYawm = yawm !== undefined && r.norm(yawm.end - 1).endsWith('يوم');
  const at = hasYawm ? yawm.end : first;
  const weekday = r.find(at, 'weekday', hasYawm ? 'none' : 'any');
  if (!weekday || !r.together(i, at)) return undefined;
  if (weekday.info.afterYawm && !hasYawm) return undefined;
  // الأحد عشر / الإحدى عشرة: the number eleven, not Sunday.
  if (TEEN_TAILS.has(r.norm(weekday.end))) return undefined;
  if (i > 0 && r.together(i - 1, i)) {
    if (r.isContext(i - 1, 'weekday-blocker')) return undefined;
    // بين الاثنين, كلا الاثنين: "the two", unless a weekday follows (بين الاثنين والخميس).
    if (weekday.info.weekday === 1 && !hasYawm && r.isContext(i - 1, 'pair-blocker')) {
      const next = r.find(weekday.end, 'weekday', 'wa') ?? (r.norm(weekday.end) === 'و' ? r.find(weekday.end + 1, 'weekday') : undefined);
      if (!next) return undefined;
    }
  }
  const start = first !== i ? demonstrative!.start : hasYawm ? yawm.start : weekday.start;
  let end = weekday.end;
  const rel = first !== i ? { direction: 'current' as const, extra: 0, end } : relativeAfter(r, end);
  const spec: DateExpr['spec'] = { kind: 'weekday', weekday: weekday.info.weekday };
  // الأربعاء من الأسبوع المقبل / من هذا الأسبوع
  const of = first === i && !rel ? r.fn(end, 'of') : undefined;
  const week = of ? weekPeriod(r, of.end) : undefined;
  if (week) {
    spec.weekOffset = week.offset;
    return { rule: 'weekday-of-week', first: i, start, end: week.end, expr: { spec } };
  }
  if (rel) {
    spec.direction = rel.direction;
    if (rel.extra) spec.extraWeeks = rel.extra;
    end = rel.end;
  } else if (futureCueBefore(r, i)) spec.futureCue = true;
  const date = appositionDate(r, end, i);
  if (date) {
    return { rule: 'weekday-date', first: i, start, end: date.end, expr: { ...date.expr, weekday: weekday.info.weekday } };
  }
  // الثلاثاء 19: a day of the month alone after the weekday (nothing but punctuation after it).
  const day = !rel && r.together(i, end) ? dayNumber(r, end) : undefined;
  if (day && (!r.together(i, day.end) || (r.token(day.end)!.kind === 'punct' && !r.isPunct(day.end, '/-.:')))) {
    return { rule: 'weekday-date', first: i, start, end: day.end, expr: { spec: { kind: 'calendar', day: day.day }, weekday: weekday.info.weekday } };
  }
  return { rule: rel ? 'weekday-relative' : 'weekday', first: i, start, end, expr: { spec } };
}

/**
 * deictic-day: اليوم, أمس, غدا, أول أمس, بعد غد, الليلة ... optionally with the weekday and date
 * beside it (اليوم الجمعة, أمس الخميس 23 يونيو). اليوم is the noun "the day" before an adjective or
 * ordinal (اليوم الوطني, اليوم التالي, اليوم الأول) and after ذلك/نفس.
 */
export function deicticRule(r: Reader, i: number, options: { afterPart?: boolean } = {}): Parse | undefined {
  const deictic = r.find(i, 'deictic', options.afterPart ? 'none' : 'any');
  if (!deictic || (deictic.info.afterPart && !options.afterPart)) return undefined;
  const single = deictic.end === i + 1;
  if (single && i > 0 && r.together(i - 1, i) && (r.isContext(i - 1, 'day-noun-before') || r.isContext(i - 1, 'name-head'))) return undefined;
  if (single && r.together(i, deictic.end)) {
    const next = deictic.end;
    if (r.isContext(next, 'day-noun-after', 'none')) return undefined;
    if (deictic.info.offset === 0 && r.find(next, 'ordinal') !== undefined) return undefined;
  }
  let end = deictic.end;
  const expr: DateExpr = { spec: { kind: 'shift', unit: 'day', amount: deictic.info.offset } };
  if (deictic.info.part) expr.part = deictic.info.part;
  const weekday = r.together(i, end) ? r.find(end, 'weekday') : undefined;
  if (weekday && !weekday.info.afterYawm) {
    expr.weekday = weekday.info.weekday;
    end = weekday.end;
    const date = appositionDate(r, end, i);
    if (date) return { rule: 'deictic-weekday-date', first: i, start: deictic.start, end: date.end, expr: { ...date.expr, weekday: weekday.info.weekday } };
    return { rule: 'deictic-weekday', first: i, start: deictic.start, end, expr };
  }
  return { rule: 'deictic-day', first: i, start: deictic.start, end, expr };
}

/**
 * relative-period: (الأسبوع|الشهر|العام|السنة|الربع|العقد|القرن) (الماضي|المقبل|الجاري|قبل الماضي)
 * and (هذا|هذه) + period: the reference period shifted.
 */
export function relativePeriodRule(r: Reader, i: number): Parse | undefined {
  const demonstrative = r.find(i, 'relative', 'any');
  if (demonstrative?.info.demonstrative) {
    const period = r.find(demonstrative.end, 'period');
    if (!period || !r.together(i, demonstrative.end)) return undefined;
    return { rule: 'relative-period', first: i, start: demonstrative.start, end: period.end, expr: { spec: { kind: 'shift', unit: period.info.unit, amount: 0 } } };
  }
  const period = r.find(i, 'period', 'any');
  if (!period) return undefined;
  const rel = r.together(i, period.end) ? relativeAfter(r, period.end) : undefined;
  if (!rel) return undefined;
  const amount = directionOffset(rel.direction) * (1 + rel.extra);
  return { rule: 'relative-period', first: i, start: period.start, end: rel.end, expr: { spec: { kind: 'shift', unit: period.info.unit, amount } } };
}

/** A counted quantity of a unit: 5 أعوام, خمسة أيام, عامين, عام, 20 عاما. */
function quantity(r: Reader, k: number): { unit: Unit; amount: number; end: number; implicit: boolean; ambiguous: boolean } | undefined {
  const n = readNumber(r, k, { allowOrdinal: false });
  if (n) {
    if (n.digits > 4) return undefined;
    const unit = r.find(n.end, 'unit');
    if (!unit || unit.info.count === 2 || !r.together(k, n.end)) return undefined;
    // Singular after a number only for 1, 2 (rare) and 11+ (عشرون عاما); plural for 3-10.
    return { unit: unit.info.unit, amount: n.value, end: unit.end, implicit: false, ambiguous: false };
  }
  const unit = r.find(k, 'unit');
  if (!unit || unit.info.count === null) return undefined;
  // "عام واحد"
  const one = r.find(unit.end, 'cardinal');
  const end = one && one.info.value === unit.info.count ? one.end : unit.end;
  return { unit: unit.info.unit, amount: unit.info.count, end, implicit: true, ambiguous: unit.info.ambiguous };
}

/**
 * ago / later: (قبل|منذ) [نحو|أكثر من] QUANTITY [مضت] [من الآن] and بعد QUANTITY: the reference
 * shifted by the quantity, at the unit's grain (قبل 5 أعوام = 2011 from 2016). Not when the
 * time is counted from an event (بعد يومين من المحادثات, بعد عام على الحرب), not for hours and
 * minutes (news gives no reference time), and not before a year number (منذ عام 2011 is a year).
 */
export function agoLaterRule(r: Reader, i: number): Parse | undefined {
  const ago = r.fn(i, 'ago', 'any');
  const later = ago ? undefined : r.fn(i, 'later', 'any');
  const head = ago ?? later;
  if (!head) return undefined;
  let k = head.end;
  let mod: Mod | undefined;
  for (const [fn, value] of [['approx', 'APPROX'], ['more-than', 'MORE_THAN'], ['less-than', 'LESS_THAN']] as const) {
    const word = r.fn(k, fn);
    if (word) {
      mod = value;
      k = word.end;
      break;
    }
  }
  const q = r.together(i, k) ? quantity(r, k) : undefined;
  if (!q || q.unit === 'hour' || q.unit === 'minute' || !r.together(i, q.end - 1)) return undefined;
  k = q.end;
  if (r.digits(k) !== undefined && r.together(i, k)) return undefined;
  if (ago && r.fn(k, 'ago-tail')) k++;
  if (r.fn(k, 'of') && r.fn(k + 1, 'now')) k += 2;
  else if (r.together(i, k) && r.isContext(k, 'anchor', 'none')) return undefined;
  if (q.ambiguous) {
    const next = r.token(k);
    if (next && r.together(i, k) && next.kind === 'arabic' && r.matches(k, 'any').length === 0) return undefined;
  }
  if (!mod) {
    const tail = r.fn(k, 'approx');
    if (tail && r.norm(k) === 'تقريبا') {
      mod = 'APPROX';
      k = tail.end;
    }
  }
  const sign = ago ? -1 : 1;
  // A count of weeks lands on a day (بعد أسبوع = seven days later); other units keep their grain.
  const expr: DateExpr = {
    spec: q.unit === 'week' ? { kind: 'shift', unit: 'day', amount: sign * 7 * q.amount } : { kind: 'shift', unit: q.unit, amount: sign * q.amount },
  };
  if (mod) expr.mod = mod;
  return { rule: ago ? 'ago' : 'later', first: i, start: head.start, end: k, expr };
}
