import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import type { LexiconEntry } from '../../src/lexicon/entities.js';
import { formatProblem, lintLexiconDirectory } from '../../src/lexicon/lint.js';
import { readWordList } from '../../src/lexicon/words.js';
import { normalizeText } from '../../src/normalize/index.js';
import { repoRoot } from '../helpers.js';
import { shippedEntries } from './lexicon-index.js';

const { entries, rowsOf } = shippedEntries(['countries', 'cities', 'regions']);
const idsOf = (spelling: string): string[] => [...new Set(rowsOf(spelling).map((e) => e.id))].sort();
const flagsOf = (spelling: string, id: string): string[] =>
  [...(rowsOf(spelling).find((e) => e.id === id)?.flags ?? [])].sort();

describe('place lexicons: the files of this area are lint-clean', () => {
  it('countries, cities, regions, nisba, place-heads and their sources have no lint errors', () => {
    const mine = /lexicons\/(entities\/(countries|cities|regions)|words\/(nisba|place-heads)|sources\/(country-variants|cities|regions|nisba))\.tsv/;
    const problems = lintLexiconDirectory(packagePath('lexicons'), repoRoot).filter((p) => p.severity === 'error' && mine.test(p.file));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('place lexicons: news spellings link to the right entity', () => {
  const cases: [id: string, spellings: string[]][] = [
    ['place/KZ', ['كازاخستان', 'قازاقستان', 'كازاكستان']],
    ['place/US', ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا']],
    ['place/RU', ['روسيا', 'روسيا الاتحادية']],
    ['place/GB', ['بريطانيا', 'المملكة المتحدة']],
    ['place/AE', ['الإمارات', 'الإمارات العربية المتحدة']],
    ['place/SA', ['السعودية', 'المملكة العربية السعودية']],
    ['place/SY', ['سوريا', 'سورية']],
    ['place/KG', ['قيرغيزستان', 'قرغيزستان', 'قيرغيزيا']],
    ['place/TJ', ['طاجيكستان', 'طاجكستان']],
    ['place/UZ', ['أوزبكستان', 'أوزبكيستان']],
    ['place/MR', ['موريتانيا']],
    ['place/city/tashkent', ['طشقند', 'طاشقند']],
    ['place/city/shanghai', ['شانغهاي', 'شنغهاي', 'شانغهاى']],
    ['place/city/beijing', ['بكين', 'بيجين', 'بيجينغ']],
    ['place/city/new-delhi', ['نيودلهي', 'نيو دلهي']],
    ['place/city/moscow', ['موسكو']],
    ['place/city/astana', ['أستانا', 'أستانة']],
    ['place/region/middle-east', ['الشرق الأوسط']],
    ['place/region/central-asia', ['آسيا الوسطى']],
  ];
  it.each(cases)('%s', (id, spellings) => {
    for (const spelling of spellings) expect(idsOf(spelling), spelling).toContain(id);
  });

  it('واشنطن is not a spelling of the United States', () => {
    expect(idsOf('واشنطن')).not.toContain('place/US');
  });

  it('every city names a country of countries.tsv (except Jerusalem, whose status is disputed)', () => {
    const countries = new Set(entries.filter((e) => e.attrs.kind === 'country').map((e) => e.id));
    const cities = entries.filter((e) => e.attrs.kind === 'city');
    expect(cities.length).toBeGreaterThan(1000);
    const stray = cities.filter((e) => (e.attrs.country ? !countries.has(`place/${e.attrs.country}`) : e.id !== 'place/city/jerusalem'));
    expect(stray.map((e) => e.id)).toEqual([]);
  });

  it('every sovereign state of the list has a capital row (city-states and disputed capitals excepted)', () => {
    const capitals = new Set(entries.filter((e) => e.attrs.capital === 'yes').map((e) => e.attrs.country));
    // The UN member and observer states, Kosovo and Taiwan.
    const states =
      'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW'.split(' ');
    const exceptions = ['IL', 'PS', 'MC', 'SG', 'VA'];
    expect(states.filter((s) => !capitals.has(s) && !exceptions.includes(s))).toEqual([]);
  });
});

describe('place lexicons: ambiguity is deliberate', () => {
  const ambiguous: [spelling: string, ids: string[]][] = [
    ['عمان', ['place/OM', 'place/city/amman']],
    ['الجزائر', ['place/DZ', 'place/city/algiers']],
    ['الكويت', ['place/KW', 'place/city/kuwait-city']],
    ['تونس', ['place/TN', 'place/city/tunis']],
    ['طرابلس', ['place/city/tripoli', 'place/city/tripoli-lb']],
    ['الكونغو', ['place/CD', 'place/CG']],
    ['جورجيا', ['place/GE', 'place/region/georgia-us']],
  ];
  it.each(ambiguous)('%s names %j, flagged ambiguous on each', (spelling, ids) => {
    expect(idsOf(spelling)).toEqual(ids);
    for (const id of ids) expect(flagsOf(spelling, id)).toContain('ambiguous');
  });

  it.each(['جدة', 'صور', 'حماة', 'الخليل', 'بنها', 'المدينة', 'كيف', 'وان', 'نجد'])('%s needs context', (spelling) => {
    const [id] = idsOf(spelling);
    expect(flagsOf(spelling, id!)).toContain('context');
  });

  it('the unambiguous long forms carry no flag', () => {
    expect(flagsOf('سلطنة عمان', 'place/OM')).toEqual([]);
    expect(flagsOf('المدينة المنورة', 'place/city/medina')).toEqual([]);
    expect(flagsOf('الجزائر العاصمة', 'place/city/algiers')).toEqual([]);
  });

  it('an entity split over rows keeps its canonical name on its first row', () => {
    const first = (id: string): LexiconEntry => entries.find((e) => e.id === id)!;
    expect(first('place/DZ').variants[0]).toBe('الجزائر');
    expect(first('place/city/jeddah').variants[0]).toBe('جدة');
    expect(first('place/KZ').variants[0]).toBe('كازاخستان');
  });
});

describe('nisba list', () => {
  const rows = readWordList('nisba');
  const byForm = new Map(rows.map((r) => [normalizeText(r.cells.arabic!), r.cells]));

  it.each([
    ['الصيني', 'CN'],
    ['الصينية', 'CN'],
    ['الصينيون', 'CN'],
    ['الصينيين', 'CN'],
    ['الصينى', 'CN'],
    ['الأوزبكية', 'UZ'],
    ['القازاقي', 'KZ'],
    ['القازاقى', 'KZ'],
    ['الكازاخستاني', 'KZ'],
    ['الأمريكيون', 'US'],
    ['الأميركي', 'US'],
    ['أمريكي', 'US'],
    ['الأتراك', 'TR'],
    ['الكورية الشمالية', 'KP'],
    ['الجنوب أفريقية', 'ZA'],
  ])('%s → %s', (form, country) => {
    expect(byForm.get(normalizeText(form))?.country).toBe(country);
  });

  it('links region adjectives to a place id, not a country', () => {
    expect(byForm.get(normalizeText('العربي'))).toMatchObject({ country: '', place: 'place/region/arab-world' });
  });

  it('every country with a capital row has nisba forms, except small states whose adjective news rarely uses', () => {
    const countries = new Set(rows.map((r) => r.cells.country));
    const withCapital = new Set(entries.filter((e) => e.attrs.capital === 'yes').map((e) => e.attrs.country!));
    const rare = ['AG', 'DM', 'FM', 'GD', 'GW', 'KI', 'KN', 'LC', 'LI', 'MH', 'NR', 'PW', 'SB', 'SM', 'ST', 'TV', 'VC', 'WS'];
    expect([...withCapital].filter((c) => !countries.has(c) && !rare.includes(c)).sort()).toEqual([]);
  });

  it('every place a nisba links to exists', () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(rows.map((r) => r.cells.place!).filter((p) => !ids.has(p))).toEqual([]);
  });
});
