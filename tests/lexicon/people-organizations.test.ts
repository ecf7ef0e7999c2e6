import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { formatProblem, lintLexiconDirectory } from '../../src/lexicon/lint.js';
import { readWordList } from '../../src/lexicon/words.js';
import { normalizeText } from '../../src/normalize/index.js';
import { buildFirstNames, FIRST_NAMES_PATH } from '../../scripts/build-name-lists.js';
import { repoRoot } from '../helpers.js';
import { shippedEntries } from './lexicon-index.js';

const { entries, rowsOf } = shippedEntries(['people', 'organizations', 'initiatives']);
const idsOf = (spelling: string): string[] => [...new Set(rowsOf(spelling).map((e) => e.id))].sort();

describe('people, organization and initiative lexicons: lint-clean', () => {
  it('the files of this area have no lint errors', () => {
    const mine =
      /lexicons\/(entities\/(people|organizations|initiatives)|words\/(first-names|name-parts|titles|reporting-verbs|org-heads|initiative-heads)|sources\/first-names-overrides)\.tsv/;
    const problems = lintLexiconDirectory(packagePath('lexicons'), repoRoot).filter((p) => p.severity === 'error' && mine.test(p.file));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('words/first-names.tsv is what scripts/build-name-lists.ts generates from the package and the overrides', () => {
    expect(readFileSync(FIRST_NAMES_PATH, 'utf8') === buildFirstNames(), 'run npx tsx scripts/build-name-lists.ts').toBe(true);
  });
});

describe('news spellings link to the right entity', () => {
  const cases: [id: string, spellings: string[]][] = [
    ['person/nursultan-nazarbayev', ['نور سلطان نزارباييف', 'نورسلطان نزارباييف', 'نزارباييف', 'نزار باييف', 'نزاربايف']],
    ['person/xi-jinping', ['شي جين بينغ', 'شي جين بينج', 'شي جينبينغ']],
    ['person/vladimir-putin', ['بوتين', 'بوتن', 'فلاديمير بوتين']],
    ['person/donald-trump', ['ترامب', 'ترمب', 'دونالد ترامب']],
    ['person/shavkat-mirziyoyev', ['شوكت ميرضيائيف', 'ميرزيوييف']],
    ['person/kassym-jomart-tokayev', ['قاسم جومارت توكاييف', 'توكاييف']],
    ['person/abdel-fattah-el-sisi', ['عبد الفتاح السيسي', 'عبدالفتاح السيسي', 'السيسي']],
    ['person/recep-tayyip-erdogan', ['رجب طيب أردوغان', 'أردوغان', 'إردوغان']],
    ['person/antonio-guterres', ['أنطونيو غوتيريش', 'غوتيريش', 'جوتيريس']],
    ['org/un', ['الأمم المتحدة', 'منظمة الأمم المتحدة']],
    ['org/sco', ['منظمة شانغهاي للتعاون', 'منظمة شنغهاي للتعاون']],
    ['org/arab-league', ['جامعة الدول العربية', 'الجامعة العربية']],
    ['org/nato', ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو']],
    ['org/african-union', ['الاتحاد الإفريقي', 'الاتحاد الأفريقي']],
    ['org/gcc', ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية']],
    ['org/opec', ['أوبك', 'منظمة الدول المصدرة للنفط']],
    ['org/xinhua', ['شينخوا', 'وكالة أنباء شينخوا', 'وكالة أنباء الصين الجديدة']],
    ['org/afp', ['وكالة الأنباء الفرنسية', 'فرانس برس', 'أ ف ب']],
    ['org/cpc', ['الحزب الشيوعي الصيني']],
    ['org/hamas', ['حركة حماس', 'حماس']],
    ['org/fatah', ['حركة فتح', 'فتح']],
    ['org/unrwa', ['الأونروا', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين']],
    ['initiative/belt-and-road', ['الحزام والطريق', 'حزام واحد وطريق واحد']],
    ['initiative/silk-road-economic-belt', ['الحزام الاقتصادي لطريق الحرير', 'الحزام الاقتصادى لطريق الحرير']],
    ['initiative/maritime-silk-road', ['طريق الحرير البحري للقرن الحادي والعشرين']],
    ['initiative/bright-road', ['الطريق المشرق', 'نورلي جول', 'نورلي زول']],
    ['initiative/saudi-vision-2030', ['رؤية السعودية 2030', 'رؤية المملكة 2030', 'رؤية 2030']],
    ['initiative/jcpoa', ['خطة العمل الشاملة المشتركة']],
  ];
  it.each(cases)('%s', (id, spellings) => {
    for (const spelling of spellings) expect(idsOf(spelling), spelling).toContain(id);
  });
});

describe('flags', () => {
  it.each([['عباس'], ['سلمان'], ['الأسد'], ['فتح'], ['القاعدة'], ['العربية'], ['الجزيرة'], ['شي'], ['مبارك']])(
    '%s is also a common word or name: every row holding it is flagged context',
    (spelling) => {
      const rows = rowsOf(spelling);
      expect(rows.length, spelling).toBeGreaterThan(0);
      for (const row of rows) expect([...row.flags], `${row.id}:${row.line}`).toContain('context');
    },
  );

  it('a spelling two people share is flagged ambiguous on every row (الحريري: Rafic and Saad Hariri)', () => {
    const rows = rowsOf('الحريري');
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(['person/rafic-hariri', 'person/saad-hariri']));
    for (const row of rows) expect([...row.flags]).toContain('ambiguous');
  });
});

describe('people: short forms', () => {
  const people = entries.filter((e) => e.type === 'PERSON' && e.attrs.short);
  it('there are short forms to check', () => expect(people.length).toBeGreaterThan(50));
  it.each(people.map((e) => [e.id, e.line, e] as const))('%s (line %i): every word of a short form is a word of its spellings', (_id, _line, entry) => {
    const words = new Set(
      entries
        .filter((e) => e.id === entry.id)
        .flatMap((e) => e.variants)
        .flatMap((v) => normalizeText(v).split(' ')),
    );
    for (const form of entry.attrs.short!.split('|')) {
      for (const word of normalizeText(form).split(' ')) expect(words.has(word), `${form}: ${word}`).toBe(true);
    }
  });
});

describe('initiatives: names without their head word', () => {
  const heads = new Set(readWordList('initiative-name-heads').map((r) => normalizeText(r.cells.arabic!)));
  it('no initiative spelling starts with a head whose complement is the name (مبادرة, استراتيجية, ...) unless the rest is listed too', () => {
    for (const entry of entries.filter((e) => e.type === 'INITIATIVE')) {
      for (const variant of entry.variants) {
        const [first, ...rest] = normalizeText(variant).split(' ');
        if (!heads.has(first!) || normalizeText(first!) === normalizeText('رؤية')) continue;
        expect(idsOf(rest.join(' ')), variant).toContain(entry.id);
      }
    }
  });
});

describe('word lists: columns hold known values', () => {
  const valuesOf = (list: string, column: string): Set<string> => new Set(readWordList(list).map((r) => r.cells[column] ?? ''));
  it('titles: kind, nisba, complement', () => {
    expect([...valuesOf('titles', 'kind')].sort()).toEqual(['honorific', 'military', 'religious', 'role', 'royal']);
    expect([...valuesOf('titles', 'nisba')].sort()).toEqual(['no', 'yes']);
    expect([...valuesOf('titles', 'complement')].sort()).toEqual(['none', 'optional', 'required']);
  });
  it('reporting verbs: form', () => {
    expect([...valuesOf('reporting-verbs', 'form')].sort()).toEqual(['participle', 'past', 'present']);
  });
  it('name parts: part and flags; every row has an origin', () => {
    expect([...valuesOf('name-parts', 'part')].sort()).toEqual(['any', 'family', 'given']);
    expect([...valuesOf('name-parts', 'flags')].sort()).toEqual(['', 'word']);
    expect(valuesOf('name-parts', 'origin').has('')).toBe(false);
  });
  it('first names: flags', () => {
    expect([...valuesOf('first-names', 'flags')].sort()).toEqual(['', 'word']);
  });
});
