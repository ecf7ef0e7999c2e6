import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { createDateRecognizer } from '../../src/recognizers/date/index.js';

/** The resolution conventions of src/recognizers/date/README.md, one by one. */
const recognizer = createDateRecognizer();

function only(text: string, referenceDate: string | null) {
  const mentions = recognizer.recognize(analyze(text), { referenceDate });
  expect(mentions, `one DATE in ${text}`).toHaveLength(1);
  return mentions[0]!;
}

function value(text: string, referenceDate: string | null): string | undefined {
  return only(text, referenceDate).value;
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const WEEKDAYS: [string, number][] = [
  ['الاثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6], ['الأحد', 0],
];

describe('weekdays', () => {
  it('الجمعة المقبلة said on a Friday is a week later; الجمعة الماضية a week earlier', () => {
    expect(value('الجمعة المقبلة', '2016-06-24')).toBe('2016-07-01');
    expect(value('الجمعة الماضية', '2016-06-24')).toBe('2016-06-17');
  });
  it('a bare weekday is the most recent on or before the reference; on its own day, the reference', () => {
    expect(value('الجمعة', '2016-06-24')).toBe('2016-06-24');
    expect(value('الخميس', '2016-06-24')).toBe('2016-06-23');
    expect(value('السبت', '2016-06-24')).toBe('2016-06-18');
  });
  it('after a future cue, a bare weekday is the first on or after the reference', () => {
    expect(only('ومن المقرر أن تبدأ المحادثات السبت', '2016-06-24').value).toBe('2016-06-25');
    expect(only('سوف يصل الوفد الجمعة', '2016-06-24').value).toBe('2016-06-24');
  });

  const refs = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY }).map((d) => d * DAY);
  const weekday = fc.constantFrom(...WEEKDAYS);
  it('property: المقبل is 1-7 days after the reference, on that weekday', () => {
    fc.assert(
      fc.property(refs, weekday, (ref, [name, dow]) => {
        const got = Date.parse(value(`${name} المقبل`, iso(ref))!);
        const delta = (got - ref) / DAY;
        return delta >= 1 && delta <= 7 && new Date(got).getUTCDay() === dow;
      }),
      { numRuns: 200 },
    );
  });
  it('property: الماضي is 1-7 days before; a bare weekday 0-6 days before', () => {
    fc.assert(
      fc.property(refs, weekday, (ref, [name, dow]) => {
        const past = (ref - Date.parse(value(`${name} الماضي`, iso(ref))!)) / DAY;
        const bare = Date.parse(value(name, iso(ref))!);
        const back = (ref - bare) / DAY;
        return past >= 1 && past <= 7 && back >= 0 && back <= 6 && new Date(bare).getUTCDay() === dow;
      }),
      { numRuns: 200 },
    );
  });
});

describe('months and days without a year', () => {
  it('take the reference year', () => {
    expect(value('24 يونيو', '2016-06-24')).toBe('2016-06-24');
    expect(value('في أكتوبر', '2016-06-24')).toBe('2016-10');
  });
  it('unless that is more than nine months away (year boundaries)', () => {
    expect(value('28 ديسمبر', '2017-01-03')).toBe('2016-12-28');
    expect(value('3 يناير', '2016-12-28')).toBe('2017-01-03');
    expect(value('في ديسمبر', '2016-01-10')).toBe('2015-12');
  });
  it('الماضي / المقبل: the last one strictly before / the first strictly after', () => {
    expect(value('مارس الماضي', '2016-06-24')).toBe('2016-03');
    expect(value('يونيو الماضي', '2016-06-24')).toBe('2015-06');
    expect(value('يونيو المقبل', '2016-06-24')).toBe('2017-06');
    expect(value('الأول من يوليو المقبل', '2016-06-24')).toBe('2016-07-01');
    expect(value('20 يونيو الماضي', '2016-06-24')).toBe('2016-06-20');
  });
});

describe('offsets and periods', () => {
  it('a counted offset keeps the grain of its unit; weeks land on a day', () => {
    expect(only('قبل 5 أعوام', '2016-06-24')).toMatchObject({ value: '2011', grain: 'year' });
    expect(only('بعد 3 أشهر', '2016-06-24')).toMatchObject({ value: '2016-09', grain: 'month' });
    expect(only('بعد أسبوعين', '2016-06-24')).toMatchObject({ value: '2016-07-08', grain: 'day' });
  });
  it('weeks are ISO weeks, across year ends', () => {
    expect(value('هذا الأسبوع', '2016-01-01')).toBe('2015-W53');
    expect(value('الأسبوع المقبل', '2016-01-01')).toBe('2016-W01');
    expect(value('الأسبوع الماضي', '2019-01-02')).toBe('2018-W52');
  });
  it('a decade without its century is the latest not after the reference', () => {
    expect(value('العشرينيات', '2016-06-24')).toBe('192X');
    expect(value('العشرينيات', '2024-06-24')).toBe('202X');
  });
  it('a Hijri date without a year is the nearest occurrence', () => {
    expect(value('غرة رمضان', '2016-06-24')).toBe('2016-06-06');
    expect(value('غرة رمضان', '2016-04-20')).toBe('2016-06-06');
    expect(value('غرة رمضان', '2016-08-20')).toBe('2016-06-06');
  });
});

describe('what is not a date', () => {
  it.each(['لمدة 5 أيام', 'خلال 3 سنوات', 'الذكرى ال95', 'طوال عامين', 'بعد ساعتين'])('%s', (text) => {
    expect(recognizer.recognize(analyze(text), { referenceDate: '2016-06-24' })).toEqual([]);
  });
});

describe('spans', () => {
  it('exclude attached proclitics and slice the original text, diacritics included', () => {
    for (const [text, span] of [
      ['ويوم الجمعة', 'يوم الجمعة'],
      ['وأمس', 'أمس'],
      ['لعام 2017', 'عام 2017'],
      ['وفي 24 يونيو', '24 يونيو'],
      ['غداً', 'غداً'],
      ['العامَ الماضي', 'العامَ الماضي'],
    ]) {
      const m = only(text!, '2016-06-24');
      expect(m.text).toBe(span);
      expect(text!.slice(m.start, m.end)).toBe(m.text);
    }
  });
  it('property: a date inside any text keeps exact offsets', () => {
    const filler = fc.constantFrom('قال', 'الرئيس', 'إن', '،', 'و', 'الحكومة', '(', ')', '\n', 'في');
    const date = fc.constantFrom('24 يونيو 2016', 'أمس', 'الأسبوع الماضي', 'قبل 5 أعوام', 'الساعة 10:30 مساء');
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 6 }), date, fc.array(filler, { maxLength: 6 }), (before, d, after) => {
        const text = [...before, d, ...after].join(' ');
        const mentions = recognizer.recognize(analyze(text), { referenceDate: '2016-06-24' });
        return mentions.every((m) => text.slice(m.start, m.end) === m.text) && mentions.some((m) => m.text === d);
      }),
      { numRuns: 200 },
    );
  });
});
