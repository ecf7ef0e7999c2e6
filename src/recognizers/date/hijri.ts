import { createRequire } from 'node:module';
import { toDays, type Ymd } from './calendar.js';

type Converter = typeof import('@tabby_ai/hijri-converter');
/** The converter, loaded on the first Hijri date: most articles have none (it costs start-up time). */
let converter: Converter | undefined;
const hijriConverter = (): Converter => (converter ??= createRequire(import.meta.url)('@tabby_ai/hijri-converter') as Converter);

/** The Umm al-Qura years the converter supports (1 August 1924 to 16 November 2077). */
export const HIJRI_MIN_YEAR = 1343;
export const HIJRI_MAX_YEAR = 1500;

export function hijriYearSupported(year: number): boolean {
  return year >= HIJRI_MIN_YEAR && year <= HIJRI_MAX_YEAR;
}

/** Days since 1970-01-01 of a Hijri date (Umm al-Qura), or null outside the supported years. */
export function hijriToDays(year: number, month: number, day: number): number | null {
  if (!hijriYearSupported(year) || month < 1 || month > 12 || day < 1 || day > 30) return null;
  try {
    const g = hijriConverter().hijriToGregorian({ year, month, day });
    return toDays(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

/** First and last day (days since epoch) of a Hijri month. */
export function hijriMonthDays(year: number, month: number): { first: number; last: number } | null {
  const first = hijriToDays(year, month, 1);
  const next = month === 12 ? hijriToDays(year + 1, 1, 1) : hijriToDays(year, month + 1, 1);
  if (first === null) return null;
  // The converter stops at the end of 1500: the last month of its range has 29 or 30 days.
  return { first, last: next === null ? first + 29 : next - 1 };
}

export function gregorianToHijriYmd(date: Ymd): Ymd | null {
  try {
    const h = hijriConverter().gregorianToHijri({ year: date.y, month: date.m, day: date.d });
    return { y: h.year, m: h.month, d: h.day };
  } catch {
    return null;
  }
}
