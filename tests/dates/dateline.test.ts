import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { detectDateline } from '../../src/recognizers/date/index.js';

function dateline(text: string) {
  const found = detectDateline(analyze(text));
  if (!found) return null;
  for (const part of [found, found.place, found.date, found.agency]) {
    if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
  }
  return {
    text: found.text,
    place: found.place?.text,
    date: found.date ? `${found.date.text} = ${found.date.value}` : undefined,
    agency: found.agency?.text,
  };
}

describe('detectDateline', () => {
  it('reads the seed article dateline on line 2, after the photo caption', () => {
    const text = readFileSync(packagePath('fixtures', 'articles', 'xinhua-2016-06-24-xi-nazarbayev.txt'), 'utf8');
    const found = detectDateline(analyze(text))!;
    expect(found).toMatchObject({ start: 113, end: 141, text: 'طشقند 24 يونيو 2016 (شينخوا)' });
    expect(found.place).toEqual({ text: 'طشقند', start: 113, end: 118 });
    expect(found.date).toEqual({ text: '24 يونيو 2016', start: 119, end: 132, value: '2016-06-24' });
    expect(found.agency).toEqual({ text: 'شينخوا', start: 134, end: 140 });
  });

  it.each([
    ['القاهرة - (أ ف ب) - أعلنت الحكومة المصرية', { text: 'القاهرة - (أ ف ب)', place: 'القاهرة', date: undefined, agency: 'أ ف ب' }],
    ['بيروت، 3 آذار/مارس (رويترز) - قال مسؤول', { text: 'بيروت، 3 آذار/مارس (رويترز)', place: 'بيروت', date: '3 آذار/مارس = XXXX-03-03', agency: 'رويترز' }],
    ['واشنطن 15 مارس 2016 (شينخوا) -- قال البيت الأبيض', { text: 'واشنطن 15 مارس 2016 (شينخوا)', place: 'واشنطن', date: '15 مارس 2016 = 2016-03-15', agency: 'شينخوا' }],
    ['الرياض - واس\nأعلنت وزارة الخارجية', { text: 'الرياض - واس', place: 'الرياض', date: undefined, agency: 'واس' }],
    ['القاهرة في 24 يونيو /أ ش أ/ أكد وزير الخارجية', { text: 'القاهرة في 24 يونيو /أ ش أ/', place: 'القاهرة', date: '24 يونيو = XXXX-06-24', agency: 'أ ش أ' }],
    ['الكويت - 24 - 6 (كونا) -- أعلنت الحكومة', { text: 'الكويت - 24 - 6 (كونا)', place: 'الكويت', date: '24 - 6 = XXXX-06-24', agency: 'كونا' }],
    ['القدس المحتلة - صفا\nأصيب عشرات المواطنين', { text: 'القدس المحتلة - صفا', place: 'القدس المحتلة', date: undefined, agency: 'صفا' }],
    ['موسكو، 24 حزيران/يونيو 2016 (سبوتنيك) - أعلن الكرملين', { text: 'موسكو، 24 حزيران/يونيو 2016 (سبوتنيك)', place: 'موسكو', date: '24 حزيران/يونيو 2016 = 2016-06-24', agency: 'سبوتنيك' }],
    ['دمشق، الجمعة 24 يونيو 2016 (سانا) - ', { text: 'دمشق، الجمعة 24 يونيو 2016 (سانا)', place: 'دمشق', date: 'الجمعة 24 يونيو 2016 = 2016-06-24', agency: 'سانا' }],
  ])('%s', (text, expected) => {
    expect(dateline(text)).toEqual(expected);
  });

  it.each([
    'أعلنت الحكومة اليوم أن المفاوضات ستستأنف',
    'قال الرئيس إن بلاده ملتزمة بالاتفاق (رويترز)',
    'اجتمع الرئيس الصيني شي جين بينغ مع نظيره في طشقند، 24 يونيو. (شينخوا/لان هونغ قوانغ)',
    'الجمعة 24 يونيو 2016',
    'في 2 تشرين الأول',
    'في عام 2010 (تقريبا)',
    'من 3 إلى 5 مايو',
    '',
  ])('finds no dateline in: %s', (text) => {
    expect(dateline(text)).toBeNull();
  });
});
