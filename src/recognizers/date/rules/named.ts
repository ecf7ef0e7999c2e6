/**
 * Named periods and days: seasons (هذا الصيف, الشتاء الماضي, صيف 2016) and holidays with a fixed
 * date (عيد الفطر, عيد الأضحى المقبل, عيد الميلاد, رأس السنة).
 */
import { readNumber } from '../numbers.js';
import type { Reader } from '../reader.js';
import type { DateSpec } from '../spec.js';
import type { Parse } from './parse.js';
import { relativeAt, yearNumber, yearPeriodOffset } from './parts.js';

/** season: (هذا|هذه) الصيف | [فصل] الصيف (الماضي|المقبل) | صيف (2016|عام 2016|العام الماضي). */
export function seasonRule(r: Reader, i: number): Parse | undefined {
  let k = i;
  let start: number | undefined;
  let current = false;
  const demonstrative = r.find(k, 'relative', 'any');
  if (demonstrative?.info.demonstrative) {
    start = demonstrative.start;
    k = demonstrative.end;
    current = true;
  }
  const fasl = r.fn(k, 'season-word', start === undefined ? 'any' : 'none');
  if (fasl) {
    start ??= fasl.start;
    k = fasl.end;
  }
  const season = r.find(k, 'season', start === undefined ? 'any' : 'none');
  if (!season || !r.together(i, k)) return undefined;
  start ??= season.start;
  const spec: DateSpec = { kind: 'season', start: season.info.start, end: season.info.end };
  let end = season.end;
  if (current) {
    if (!season.info.definite) return undefined;
  } else if (season.info.definite) {
    const rel = relativeAt(r, end);
    if (!rel) return undefined;
    if (rel.direction !== 'current') spec.direction = rel.direction;
    end = rel.end;
  } else {
    // صيف 2016, صيف عام 2016, صيف العام الماضي, صيف هذا العام
    const word = r.fn(end, 'year-word');
    const year = yearNumber(r, word ? word.end : end, { words: word !== undefined });
    const offset = year ? undefined : yearPeriodOffset(r, end);
    if (year && year.calendar !== 'hijri') {
      spec.year = year.year;
      end = year.end;
    } else if (offset) {
      spec.yearOffset = offset.offset;
      end = offset.end;
    } else return undefined;
  }
  return { rule: 'season', first: i, start, end, expr: { spec } };
}

/** holiday: a holiday name [الماضي|المقبل|YEAR]: its day in its calendar. */
export function holidayRule(r: Reader, i: number): Parse | undefined {
  const holiday = r.find(i, 'holiday', 'any');
  if (!holiday) return undefined;
  const { calendar, month, day } = holiday.info;
  const spec: DateSpec = calendar === 'hijri' ? { kind: 'hijri', month, day } : { kind: 'calendar', month, day };
  let end = holiday.end;
  const rel = relativeAt(r, end);
  const word = rel ? undefined : r.fn(end, 'year-word');
  const year = rel ? undefined : yearNumber(r, word ? word.end : end, { words: word !== undefined });
  const hijriYear = year !== undefined && (year.calendar === 'hijri' || (year.calendar === undefined && year.year >= 1300 && year.year < 1600));
  if (rel) {
    spec.direction = rel.direction;
    end = rel.end;
  } else if (year && hijriYear === (calendar === 'hijri')) {
    spec.year = year.year;
    end = year.end;
  } else if (readNumber(r, end) || r.norm(end) === 'ال') {
    // عيد الميلاد الستين, عيد الميلاد ال60: a number after it makes it a birthday.
    return undefined;
  }
  return { rule: 'holiday', first: i, start: holiday.start, end, expr: { spec } };
}
