/**
 * Times of day (الساعة العاشرة صباحا, 10:30 مساء, الثالثة عصرا, الساعة 8 و15 دقيقة, الثالثة إلا
 * ربعا, منتصف الليل) and parts of the day on a day (صباح اليوم, مساء أمس, ليلة الجمعة).
 */
import { readNumber } from '../numbers.js';
import type { Reader, WordMatch } from '../reader.js';
import type { DateExpr, PartOfDay, TimeOfDay } from '../spec.js';
import type { WordInfo } from '../lexicon.js';
import { dayMonth, numericDate } from './calendar.js';
import type { Parse } from './parse.js';
import { deicticRule, weekdayRule } from './relative.js';

const UTC_WORDS = /غرينتش|غرينيتش|جرينتش|جرينيتش|تغ/;

type PartMatch = WordMatch<Extract<WordInfo, { role: 'part-of-day' }>>;

/**
 * The hour on a 24-hour clock. With a part of the day: صباحا/فجرا keep it (12 → 0), ظهرا moves
 * 1-4 to the afternoon, عصرا/مساء move 1-11 to the afternoon/evening, ليلا moves 6-11 to the
 * evening (الواحدة ليلا is 1:00). Without one, 1-6 is read as afternoon (الساعة الثالثة = 15:00):
 * news rarely give an unmarked time before dawn.
 */
export function clockHour(hour: number, part: PartOfDay | undefined): number {
  switch (part) {
    case 'dawn':
    case 'morning':
      return hour === 12 ? 0 : hour;
    case 'noon':
      return hour >= 1 && hour <= 4 ? hour + 12 : hour;
    case 'afternoon':
    case 'evening':
      return hour >= 1 && hour < 12 ? hour + 12 : hour;
    case 'night':
      return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
    default:
      return hour >= 1 && hour <= 6 ? hour + 12 : hour;
  }
}

function partAt(r: Reader, k: number, positions: readonly string[], clitics: 'none' | 'any' = 'none'): PartMatch | undefined {
  const part = r.find(k, 'part-of-day', clitics);
  return part && positions.includes(part.info.position) ? part : undefined;
}

/** A number joined by و, as a separate token (و 15) or attached (وعشر). */
function conjoinedNumber(r: Reader, k: number): { value: number; end: number } | undefined {
  if (r.norm(k) === 'و') {
    const n = readNumber(r, k + 1, { allowOrdinal: false });
    return n ? { value: n.value, end: n.end } : undefined;
  }
  const token = r.token(k);
  if (!token || token.kind !== 'arabic') return undefined;
  const wa = token.segmentations.find((s) => s.prefix === 'و');
  if (!wa) return undefined;
  const n = readNumber(r, k, { allowOrdinal: false, clitics: 'wa' });
  return n && n.start === wa.stemStart ? { value: n.value, end: n.end } : undefined;
}

/** Minutes after the hour: و15 دقيقة, والنصف, والربع, والثلث, إلا ربعا, إلا عشر دقائق. */
function minutesAfter(r: Reader, k: number): { minutes: number; end: number; fraction?: boolean } | undefined {
  for (const [fn, minutes] of [['half-past', 30], ['quarter-past', 15], ['third-past', 20]] as const) {
    const word = r.norm(k) === 'و' ? r.fn(k + 1, fn) : r.fn(k, fn, 'wa');
    if (word && (r.norm(k) === 'و' || word.start !== r.token(k)!.start)) return { minutes, end: word.end, fraction: true };
  }
  const n = conjoinedNumber(r, k);
  if (n && n.value >= 1 && n.value <= 59) {
    const word = r.fn(n.end, 'minute-word');
    return { minutes: n.value, end: word ? word.end : n.end };
  }
  const minus = r.fn(k, 'minus');
  if (minus) {
    const quarter = r.fn(minus.end, 'quarter');
    if (quarter) return { minutes: -15, end: quarter.end, fraction: true };
    const third = r.fn(minus.end, 'third');
    if (third) return { minutes: -20, end: third.end, fraction: true };
    const m = readNumber(r, minus.end, { allowOrdinal: false });
    if (m && m.value >= 1 && m.value < 30) {
      const word = r.fn(m.end, 'minute-word');
      return { minutes: -m.value, end: word ? word.end : m.end };
    }
  }
  return undefined;
}

/** A day a time or a part of the day belongs to: اليوم, أمس, الجمعة, 24 يونيو, يوم الأحد المقبل. */
export function dayExpression(r: Reader, k: number, options: { afterPart?: boolean } = {}): Parse | undefined {
  const day = deicticRule(r, k, options) ?? weekdayRule(r, k) ?? dayMonth(r, k) ?? numericDate(r, k, { dayMonthContext: true });
  if (!day) return undefined;
  const spec = day.expr.spec;
  if ((spec.kind === 'calendar' || spec.kind === 'hijri') && spec.day === undefined) return undefined;
  return day;
}

/**
 * clock-time: [الساعة] HOUR [:MM | minutes] [part of day] [timezone] [[من] [صباح] DAY].
 * Needs الساعة, a part of the day, or an HH:MM clock.
 */
export function clockTimeRule(r: Reader, i: number, options: { attachDay?: boolean; defaultPart?: PartOfDay } = { attachDay: true }): Parse | undefined {
  let k = i;
  const hourWord = r.fn(k, 'hour-word', 'any');
  const start0 = hourWord?.start;
  if (hourWord) k = hourWord.end;
  const clitics = hourWord ? 'none' : 'any';
  let hour: number | undefined;
  let minute: number | undefined;
  let start: number | undefined = start0;
  let digitsHour = false;
  let clock = false;
  let fixed = false;
  const fixedTime = r.find(k, 'fixed-time', clitics);
  if (fixedTime) {
    hour = fixedTime.info.hour;
    minute = fixedTime.info.minute;
    start ??= fixedTime.start;
    k = fixedTime.end;
    fixed = true;
  } else {
    const n = readNumber(r, k, { clitics });
    if (!n || !r.together(i, k)) return undefined;
    if (n.digits) {
      if (n.digits > 2 || n.value > 24) return undefined;
      digitsHour = true;
      if (r.adjacent(k) && r.isPunct(k + 1, ':') && r.adjacent(k + 1) && r.digits(k + 2) !== undefined && r.norm(k + 2).length === 2) {
        minute = r.digits(k + 2)!;
        if (minute > 59) return undefined;
        clock = true;
        k += 3;
      } else k = n.end;
    } else {
      if (n.value < 1 || n.value > 12) return undefined;
      k = n.end;
    }
    hour = n.value;
    start ??= n.start;
  }
  let spokenMinutes = false;
  if (!fixed && minute === undefined) {
    const m = minutesAfter(r, k);
    if (m) {
      spokenMinutes = !digitsHour || m.fraction === true;
      if (m.minutes < 0) {
        hour = hour === 0 ? 23 : hour - 1;
        minute = 60 + m.minutes;
      } else minute = m.minutes;
      k = m.end;
    }
  }
  let part: PartOfDay | undefined;
  const partWord = r.together(i, k) ? partAt(r, k, digitsHour ? ['after', 'both', 'after-digits'] : ['after', 'both']) : undefined;
  if (partWord && !fixed) {
    part = partWord.info.part;
    k = partWord.end;
  }
  let timezone: string | undefined;
  const tz = r.fn(k, 'timezone');
  if (tz) {
    timezone = UTC_WORDS.test(r.norm(tz.end - 1)) ? 'UTC' : 'local';
    k = tz.end;
  }
  let end = k;
  let expr: DateExpr = { spec: { kind: 'time-only' } };
  let rule = 'clock-time';
  let attachedByPart = false;
  if (options.attachDay) {
    let at = k;
    if (r.isPunct(at, '،,')) at++;
    if (r.fn(at, 'of')) at++;
    const construct = partAt(r, at, ['before', 'both']);
    const day = r.together(i, at) ? dayExpression(r, construct ? construct.end : at, { afterPart: construct !== undefined }) : undefined;
    if (day) {
      // العاشرة صباح اليوم, العاشرة من صباح اليوم: the construct marks the hour as a time.
      if (construct) attachedByPart = true;
      if (construct && !part) part = construct.info.part;
      expr = { ...day.expr };
      end = day.end;
      rule = `clock-time+${day.rule}`;
    }
  }
  if (!hourWord && !part && !clock && !fixed && !spokenMinutes && !attachedByPart) return undefined;
  const time: TimeOfDay = { hour: fixed ? hour : clockHour(hour, part ?? options.defaultPart) };
  if (minute !== undefined && !(fixed && minute === 0)) time.minute = minute;
  if (fixed && minute === 0) time.minute = 0;
  if (time.hour > 24 || (time.minute ?? 0) > 59) return undefined;
  if (time.hour === 24) time.hour = 0;
  expr.time = time;
  if (timezone) expr.timezone = timezone;
  delete expr.part;
  return { rule, first: i, start: start!, end, expr };
}

/** part-of-day: (صباح|مساء|ليلة|فجر ...) + a day (صباح اليوم, مساء أمس, ليلة الجمعة, صباح غد). */
export function partOfDayRule(r: Reader, i: number): Parse | undefined {
  // هذا المساء, هذا الصباح, هذه الليلة: the reference day.
  const demonstrative = r.find(i, 'relative', 'any');
  if (demonstrative?.info.demonstrative) {
    const part = r.find(demonstrative.end, 'part-of-day');
    const night = r.find(demonstrative.end, 'deictic');
    const info = part?.info.part ?? (night?.info.offset === 0 ? night.info.part : undefined);
    const end = part?.end ?? night?.end;
    if (!info || end === undefined || !r.together(i, end - 1)) return undefined;
    return { rule: 'part-of-day', first: i, start: demonstrative.start, end, expr: { spec: { kind: 'shift', unit: 'day', amount: 0 }, part: info } };
  }
  const part = partAt(r, i, ['before', 'both'], 'any');
  if (!part || !r.together(i, part.end)) return undefined;
  const day = dayExpression(r, part.end, { afterPart: true });
  if (!day) return undefined;
  return { rule: `part-of-day+${day.rule}`, first: i, start: part.start, end: day.end, expr: { ...day.expr, part: part.info.part } };
}

/** A part of the day written after a day (اليوم صباحا, أمس مساء): extends a day parse. */
export function partOfDayAfter(r: Reader, parse: Parse): Parse | undefined {
  if (!r.together(parse.first, parse.end)) return undefined;
  const part = partAt(r, parse.end, ['after', 'both']);
  if (!part) return undefined;
  return { ...parse, end: part.end, rule: `${parse.rule}+part-of-day`, expr: { ...parse.expr, part: part.info.part } };
}
