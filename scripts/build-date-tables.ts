/**
 * Writes lexicons/dates/calendar-names.cldr.json: the Arabic names of the Gregorian months (per
 * locale), of the weekdays and of the Hijri (Umm al-Qura) months, as CLDR gives them through the
 * ICU data built into Node (`Intl.DateTimeFormat`). Names CLDR lacks (إبريل, يونيه, مايس, كانون
 * ثاني, ربيع الثاني, ...) are hand-maintained in the *.tsv files beside it.
 *
 * Run: npx tsx scripts/build-date-tables.ts   (re-run when Node's ICU/CLDR version changes)
 */
import { writeFileSync } from 'node:fs';
import { packagePath } from '../src/core/paths.js';

/** Every Arabic locale CLDR has, from the most widely used to the regional ones. */
const ARABIC_LOCALES = [
  'ar', 'ar-AE', 'ar-BH', 'ar-DJ', 'ar-DZ', 'ar-EG', 'ar-EH', 'ar-ER', 'ar-IL', 'ar-IQ', 'ar-JO', 'ar-KM',
  'ar-KW', 'ar-LB', 'ar-LY', 'ar-MA', 'ar-MR', 'ar-OM', 'ar-PS', 'ar-QA', 'ar-SA', 'ar-SD', 'ar-SO', 'ar-SS',
  'ar-SY', 'ar-TD', 'ar-TN', 'ar-YE',
];

interface NameEntry {
  text: string;
  locales: string[];
}

function addName(names: Map<string, NameEntry>, text: string, locale: string): void {
  const entry = names.get(text) ?? { text, locales: [] };
  if (!entry.locales.includes(locale)) entry.locales.push(locale);
  names.set(text, entry);
}

function partOf(format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes): string {
  const part = format.formatToParts(date).find((p) => p.type === type);
  if (!part) throw new Error(`no ${type} part in ${format.format(date)}`);
  return part.value;
}

function gregorianMonths(locales: string[]): { month: number; names: NameEntry[] }[] {
  const result = [];
  for (let month = 1; month <= 12; month++) {
    const names = new Map<string, NameEntry>();
    const date = new Date(Date.UTC(2020, month - 1, 15));
    for (const locale of locales) {
      // Stand-alone (month alone) and format (with a day) contexts: Arabic uses the same words, but read both.
      const standAlone = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { month: 'long', timeZone: 'UTC' });
      const withDay = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      addName(names, partOf(standAlone, date, 'month'), locale);
      addName(names, partOf(withDay, date, 'month'), locale);
    }
    result.push({ month, names: [...names.values()] });
  }
  return result;
}

function weekdays(locales: string[]): { weekday: number; names: NameEntry[] }[] {
  const result = [];
  // 2020-06-01 was a Monday: ISO weekday 1.
  for (let weekday = 1; weekday <= 7; weekday++) {
    const names = new Map<string, NameEntry>();
    const date = new Date(Date.UTC(2020, 5, weekday));
    for (const locale of locales) {
      addName(names, partOf(new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }), date, 'weekday'), locale);
    }
    result.push({ weekday, names: [...names.values()] });
  }
  return result;
}

function hijriMonths(locales: string[]): { month: number; names: NameEntry[] }[] {
  const byMonth = new Map<number, Map<string, NameEntry>>();
  for (const locale of locales) {
    const name = new Intl.DateTimeFormat(`${locale}-u-ca-islamic-umalqura-nu-latn`, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const number = new Intl.DateTimeFormat(`en-u-ca-islamic-umalqura-nu-latn`, { month: 'numeric', timeZone: 'UTC' });
    // One date every 10 days over a little more than a Hijri year meets every month.
    for (let day = 0; day < 400; day += 10) {
      const date = new Date(Date.UTC(2020, 0, 1 + day));
      const month = Number(partOf(number, date, 'month'));
      const names = byMonth.get(month) ?? new Map<string, NameEntry>();
      addName(names, partOf(name, date, 'month'), locale);
      byMonth.set(month, names);
    }
  }
  return [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([month, names]) => ({ month, names: [...names.values()] }));
}

const locales = Intl.DateTimeFormat.supportedLocalesOf(ARABIC_LOCALES);
const tables = {
  generated: 'by scripts/build-date-tables.ts; do not edit by hand (add missing names to the *.tsv files)',
  source: `CLDR ${process.versions.cldr ?? '?'} via ICU ${process.versions.icu ?? '?'} in Node ${process.versions.node} (Intl.DateTimeFormat)`,
  license: 'Unicode License v3 (CLDR data)',
  locales,
  gregorianMonths: gregorianMonths(locales),
  weekdays: weekdays(locales),
  hijriMonths: hijriMonths(['ar', 'ar-SA', 'ar-EG', 'ar-MA']),
};
const path = packagePath('lexicons', 'dates', 'calendar-names.cldr.json');
writeFileSync(path, JSON.stringify(tables, null, 1) + '\n');
console.log(`wrote ${path}: ${locales.length} locales`);
