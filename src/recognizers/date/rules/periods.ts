/**
 * Periods: quarters (الربع الأول من 2016), half years (النصف الثاني من العام), decades
 * (التسعينيات, ثمانينيات القرن الماضي), centuries (القرن الحادي والعشرين) and the start, middle
 * or end of a period (مطلع الشهر, أواخر 2015, منتصف شعبان).
 */
import { readNumber } from '../numbers.js';
import type { Reader } from '../reader.js';
import type { DateExpr, DateSpec } from '../spec.js';
import { monthRule, yearRule } from './calendar.js';
import { longer, type Parse } from './parse.js';
import { directionOffset, relativeAt, yearNumber, yearPeriodOffset } from './parts.js';
import { relativePeriodRule } from './relative.js';

/** The year after "من" in "الربع الأول من 2016", "النصف الثاني من العام الماضي", "من هذا العام", "من العام". */
function ofYear(r: Reader, k: number, first: number, options: { bareYearWord: boolean }): { year?: number; yearOffset?: number; end: number } | undefined {
  const of = r.fn(k, 'of');
  const at = of ? of.end : k;
  if (!r.together(first, at)) return undefined;
  const offset = yearPeriodOffset(r, at, of ? 'none' : 'any');
  if (offset) return { yearOffset: offset.offset, end: offset.end };
  const word = r.fn(at, 'year-word', of ? 'none' : 'any');
  const year = yearNumber(r, word ? word.end : at, { words: word !== undefined });
  if (year && year.calendar !== 'hijri') return { year: year.year, end: year.end };
  // "من العام" alone: the reference year.
  if (of && options.bareYearWord) {
    const period = r.find(at, 'period');
    if (period?.info.unit === 'year') return { yearOffset: 0, end: period.end };
  }
  return undefined;
}

/** quarter: الربع (الأول..الرابع|الأخير) [من] [العام|عام] (YEAR|الماضي|الجاري). */
export function quarterRule(r: Reader, i: number): Parse | undefined {
  const head = r.fn(i, 'quarter-head', 'any');
  if (!head) return undefined;
  let quarter: number | undefined;
  let k = head.end;
  const n = readNumber(r, k, { allowCardinal: false });
  if (n && n.value >= 1 && n.value <= 4) {
    quarter = n.value;
    k = n.end;
  } else if (r.norm(k) === 'الاخير') {
    quarter = 4;
    k++;
  }
  if (quarter === undefined) return undefined;
  const year = ofYear(r, k, i, { bareYearWord: true });
  // الربع الأول من الطلاب: "of" something that is not a year.
  if (!year && r.fn(k, 'of')) return undefined;
  const spec: DateSpec = { kind: 'quarter', quarter };
  if (year?.year !== undefined) spec.year = year.year;
  if (year?.yearOffset !== undefined) spec.yearOffset = year.yearOffset;
  return { rule: 'quarter', first: i, start: head.start, end: year?.end ?? k, expr: { spec } };
}

/** half-year: النصف (الأول|الثاني) من (العام|عام YEAR|YEAR|العام الماضي): "of" a year is required. */
export function halfYearRule(r: Reader, i: number): Parse | undefined {
  const head = r.fn(i, 'half-head', 'any');
  if (!head) return undefined;
  const n = readNumber(r, head.end, { allowCardinal: false });
  if (!n || (n.value !== 1 && n.value !== 2) || !r.fn(n.end, 'of')) return undefined;
  const year = ofYear(r, n.end, i, { bareYearWord: true });
  if (!year) return undefined;
  const spec: DateSpec = { kind: 'half-year', half: n.value as 1 | 2 };
  if (year.year !== undefined) spec.year = year.year;
  if (year.yearOffset !== undefined) spec.yearOffset = year.yearOffset;
  return { rule: 'half-year', first: i, start: head.start, end: year.end, expr: { spec } };
}

/** القرن (الحادي والعشرين|العشرين|21|ال21) [الميلادي] → century ordinal; القرن الماضي → offset. */
function centuryAfter(r: Reader, k: number): { century?: number; offset?: number; end: number } | undefined {
  const head = r.fn(k, 'century-head');
  if (!head) return undefined;
  let at = head.end;
  if (r.norm(at) === 'ال' && r.adjacent(at)) at++;
  const n = readNumber(r, at);
  if (n && (n.ordinal || n.digits) && n.value >= 1 && n.value <= 30) {
    let end = n.end;
    if (r.fn(end, 'gregorian-suffix')) end++;
    return { century: n.value, end };
  }
  const rel = relativeAt(r, head.end);
  if (rel) return { offset: directionOffset(rel.direction), end: rel.end };
  return undefined;
}

/** century: القرن الحادي والعشرين, القرن العشرين, القرن 21, القرن ال21. */
export function centuryRule(r: Reader, i: number): Parse | undefined {
  const head = r.fn(i, 'century-head', 'any');
  if (!head) return undefined;
  const century = centuryAfter(r, i);
  if (!century || century.century === undefined || !r.together(i, century.end - 1)) return undefined;
  return { rule: 'century', first: i, start: head.start, end: century.end, expr: { spec: { kind: 'century', century: century.century } } };
}

/**
 * decade: [عقد] DECADE-WORD [القرن ...] (التسعينيات, ثمانينيات القرن الماضي, عقد السبعينيات) and
 * العقد (الأول|الثاني..) من القرن ... .
 */
export function decadeRule(r: Reader, i: number): Parse | undefined {
  let k = i;
  let start: number | undefined;
  const aqd = r.find(i, 'unit', 'any');
  if (aqd?.info.unit === 'decade' && aqd.info.count === 1) {
    start = aqd.start;
    k = aqd.end;
  }
  const decade = r.find(k, 'decade', start === undefined ? 'any' : 'none');
  if (decade) {
    start ??= decade.start;
    const spec: DateSpec = { kind: 'decade', digit: decade.info.digit };
    let end = decade.end;
    const of = r.fn(end, 'of');
    const century = centuryAfter(r, of ? of.end : end);
    if (century) {
      if (century.century !== undefined) spec.century = century.century;
      if (century.offset !== undefined) spec.centuryOffset = century.offset;
      end = century.end;
    }
    return { rule: 'decade', first: i, start, end, expr: { spec } };
  }
  // العقد الأول من القرن الحادي والعشرين
  const period = r.find(i, 'period', 'any');
  if (period?.info.unit !== 'decade') return undefined;
  const n = readNumber(r, period.end, { allowCardinal: false });
  if (!n || n.value < 1 || n.value > 10 || !r.fn(n.end, 'of')) return undefined;
  const century = centuryAfter(r, n.end + 1);
  if (!century) return undefined;
  const spec: DateSpec =
    century.century !== undefined
      ? { kind: 'decade', decade: (century.century - 1) * 10 + n.value - 1 }
      : { kind: 'decade', digit: n.value - 1, centuryOffset: century.offset ?? 0 };
  return { rule: 'decade', first: i, start: period.start, end: century.end, expr: { spec } };
}

/** A period noun alone after a period part: نهاية الشهر, مطلع العام, نهاية الأسبوع (the current one). */
function currentPeriod(r: Reader, k: number): Parse | undefined {
  const period = r.find(k, 'period');
  if (!period || period.info.unit === 'quarter') return undefined;
  return { rule: 'relative-period', first: k, start: period.start, end: period.end, expr: { spec: { kind: 'shift', unit: period.info.unit, amount: 0 } } };
}

/**
 * period-part: (مطلع|بداية|أوائل|منتصف|أواسط|نهاية|أواخر|آخر ...) + a month, year, relative period,
 * decade or century: the period with mod START, MID or END. منتصف + a Hijri month is its 15th day
 * (منتصف شعبان, the night of mid-Sha'ban).
 */
export function periodPartRule(r: Reader, i: number): Parse | undefined {
  const part = r.find(i, 'period-part', 'any');
  if (!part || !r.together(i, part.end)) return undefined;
  const k = part.end;
  let target: Parse | undefined;
  for (const rule of [
    (): Parse | undefined => monthRule(r, k, { bareContext: true }),
    (): Parse | undefined => yearRule(r, k, { bare: true }),
    (): Parse | undefined => relativePeriodRule(r, k),
    (): Parse | undefined => decadeRule(r, k),
    (): Parse | undefined => centuryRule(r, k),
    (): Parse | undefined => quarterRule(r, k),
    (): Parse | undefined => currentPeriod(r, k),
  ]) {
    target = longer(target, rule());
  }
  if (!target) return undefined;
  const spec = target.expr.spec;
  if (spec.kind === 'hijri' && spec.month !== undefined && spec.day === undefined && spec.year === undefined && part.info.mod === 'MID') {
    return { rule: 'hijri-mid-month', first: i, start: part.start, end: target.end, expr: { spec: { ...spec, day: 15 } } };
  }
  // أول/آخر + a bare month is ambiguous with "the first/last of"; keep it only with a month or year word.
  const expr: DateExpr = { ...target.expr, mod: part.info.mod };
  return { rule: `period-part+${target.rule}`, first: i, start: part.start, end: target.end, expr };
}

/** النصف من شعبان (the 15th of a Hijri month). */
export function hijriHalfRule(r: Reader, i: number): Parse | undefined {
  const head = r.fn(i, 'half-head', 'any');
  if (!head) return undefined;
  const of = r.fn(head.end, 'of');
  if (!of) return undefined;
  const month = monthRule(r, of.end, { bareContext: true });
  if (!month || month.expr.spec.kind !== 'hijri' || month.expr.spec.day !== undefined) return undefined;
  return { rule: 'hijri-mid-month', first: i, start: head.start, end: month.end, expr: { spec: { ...month.expr.spec, day: 15 } } };
}
