import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, lintSources, type LexiconKind, type LintProblem } from '../../src/lexicon/lint.js';
import { repoRoot } from '../helpers.js';

const HEADER = 'id\ttype\tenglish\tarabic\tflags\tattrs';

/** Lints one in-memory file (plus optional others) and returns its problems. */
function lint(content: string, kind: LexiconKind = 'entities', others: { file: string; content: string; kind?: LexiconKind }[] = []): LintProblem[] {
  return lintSources([{ file: 'test.tsv', kind, content }, ...others.map((o) => ({ kind: 'entities' as const, ...o }))]);
}
const errors = (problems: LintProblem[]): LintProblem[] => problems.filter((p) => p.severity === 'error');

/** A file with one defect must yield exactly the expected error at the expected line. */
function expectOneError(content: string, line: number, message: RegExp, kind: LexiconKind = 'entities'): void {
  const found = errors(lint(content, kind));
  expect(found.map(formatProblem)).toHaveLength(1);
  expect(found[0]).toMatchObject({ file: 'test.tsv', line });
  expect(found[0]!.message).toMatch(message);
}

const row = (...cells: string[]): string => cells.join('\t');
const file = (...rows: string[]): string => [HEADER, ...rows, ''].join('\n');

describe('lexicon linter: a clean file', () => {
  it('has no problems, including a deliberate ambiguity flagged on both rows and context rows', () => {
    const content = file(
      row('place/OM', 'PLACE', 'Oman', 'سلطنة عمان', '', 'kind=country'),
      row('place/OM', 'PLACE', 'Oman', 'عمان', 'ambiguous', 'kind=country'),
      row('place/city/amman', 'PLACE', 'Amman', 'عمان', 'ambiguous', 'country=JO'),
      row('place/city/jeddah', 'PLACE', 'Jeddah', 'جدة', 'context', 'country=SA'),
      row('person/xi-jinping', 'PERSON', 'Xi Jinping', 'شي جين بينغ|شي جين بينج', '', ''),
    );
    expect(lint(content)).toEqual([]);
  });

  it('accepts news usage: tatweel after the article before a number, a plus sign, anything in comments', () => {
    const content = ['# comment with ﺍﻟﺼﻴﻦ and الصيـن and a double  space', HEADER, row('org/g20', 'ORGANIZATION', 'G20', 'مجموعة العشرين|مجموعة الـ20', '', ''), row('org/opec-plus', 'ORGANIZATION', 'OPEC+', 'أوبك+', '', ''), ''].join('\n');
    expect(lint(content)).toEqual([]);
  });

  it('accepts unnormalized spellings (alef forms, hamza, ى) as long as they are not duplicates', () => {
    expect(lint(file(row('place/city/istanbul', 'PLACE', 'Istanbul', 'إسطنبول|استانبول', '', '')))).toEqual([]);
  });
});

describe('lexicon linter: each defect is found, with its line', () => {
  it('presentation-form letters (U+FB50–U+FDFF, U+FE70–U+FEFF)', () => {
    // الصين with its ص written as a presentation form (U+FEBC), which never matches normalized text.
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'ال\uFEBCين', '', '')), 2, /presentation-form character U\+FEBC/);
    // The ligature ﷲ (U+FDF2) inside a name.
    expectOneError(file(row('person/abdullah', 'PERSON', 'Abdullah', 'عبد\uFDF2', '', '')), 2, /presentation-form character U\+FDF2/);
  });

  it('text that is not NFC', () => {
    // أ written as ا + U+0654 (combining hamza above): NFC composes it to U+0623.
    expectOneError(file(row('place/JO', 'PLACE', 'Jordan', 'الا\u0654ردن', '', '')), 2, /not in Unicode NFC/);
  });

  it('leading, trailing and double whitespace in cells', () => {
    expectOneError(file(row('place/CN', 'PLACE', 'China ', 'الصين', '', '')), 2, /cell 3 has leading or trailing whitespace/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', ' الصين', '', '')), 2, /cell 4 has leading or trailing whitespace/);
    expectOneError(file(row('place/KZ', 'PLACE', 'Kazakhstan', 'جمهورية  كازاخستان', '', '')), 2, /cell 4 has a double space/);
    expectOneError(file(row('place/KZ', 'PLACE', 'Kazakhstan', 'كازاخستان | قازاقستان', '', '')), 2, /space around "\|" between variants/);
  });

  it('a row with more or fewer cells than the header', () => {
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصين')), 2, /4 cells \(3 tabs\) but the header has 6 columns/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصين', '', '', 'extra')), 2, /7 cells/);
  });

  it('duplicate rows, also when they differ only by normalization', () => {
    const china = row('place/CN', 'PLACE', 'China', 'الصين', '', '');
    expectOneError(file(china, china), 3, /duplicate row: same as line 2$/);
    const a = row('place/city/istanbul', 'PLACE', 'Istanbul', 'إسطنبول', '', '');
    const b = row('place/city/istanbul', 'PLACE', 'Istanbul', 'اسطنبول', '', '');
    expectOneError(file(a, b), 3, /duplicate row: same as line 2 after normalization/);
  });

  it('variants of one row that are the same after normalization', () => {
    expectOneError(file(row('place/city/shanghai', 'PLACE', 'Shanghai', 'شانغهاي|شانغهاى', '', '')), 2, /"شانغهاي" and "شانغهاى" are the same after normalization/);
    expectOneError(file(row('place/city/jeddah', 'PLACE', 'Jeddah', 'جدة|جده', '', '')), 2, /same after normalization/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصين|الصين', '', '')), 2, /listed twice/);
  });

  it('the same variant on two rows of one id', () => {
    expectOneError(
      file(row('place/OM', 'PLACE', 'Oman', 'عمان|سلطنة عمان', '', ''), row('place/OM', 'PLACE', 'Oman', 'عُمان', 'context', '')),
      3,
      /variant "عُمان" of place\/OM is already listed on line 2/,
    );
  });

  it('one normalized variant mapped to two ids without the ambiguous flag (on the row lacking it)', () => {
    const found = errors(
      lint(file(row('place/OM', 'PLACE', 'Oman', 'عمان', 'ambiguous', ''), row('place/city/amman', 'PLACE', 'Amman', 'عمّان', '', 'country=JO'))),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3 });
    expect(found[0]!.message).toMatch(/variant "عمّان" also names place\/OM \(test\.tsv:2\)/);
  });

  it('the ambiguity check spans files', () => {
    const found = errors(
      lint(file(row('place/city/bukhara', 'PLACE', 'Bukhara', 'بخارى', '', 'country=UZ')), 'entities', [
        { file: 'people.tsv', content: file(row('person/muhammadu-buhari', 'PERSON', 'Muhammadu Buhari', 'بخاري', '', '')) },
      ]),
    );
    expect(found.map((p) => `${p.file}:${p.line}`).sort()).toEqual(['people.tsv:2', 'test.tsv:2']);
  });

  it('a row flagged ambiguous that shares nothing is a warning, not an error', () => {
    const problems = lint(file(row('place/KM', 'PLACE', 'Comoros', 'جزر القمر', 'ambiguous', '')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 2 });
  });

  it('unknown types and flags', () => {
    expectOneError(file(row('place/CN', 'COUNTRY', 'China', 'الصين', '', '')), 2, /unknown type "COUNTRY"/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصين', 'maybe', '')), 2, /unknown flag "maybe"/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصين', 'context,', '')), 2, /empty flag/);
  });

  it('ids that do not match the convention, or whose prefix contradicts the type', () => {
    expectOneError(file(row('place/Tashkent', 'PLACE', 'Tashkent', 'طشقند', '', '')), 2, /id "place\/Tashkent" does not match/);
    expectOneError(file(row('city/tashkent', 'PLACE', 'Tashkent', 'طشقند', '', '')), 2, /does not match/);
    expectOneError(file(row('place/city/tashkent city', 'PLACE', 'Tashkent', 'طشقند', '', '')), 2, /does not match/);
    expectOneError(file(row('org/KZ', 'ORGANIZATION', 'x', 'كازاخستان', '', '')), 2, /does not match/);
    expectOneError(file(row('person/tashkent', 'PLACE', 'Tashkent', 'طشقند', '', '')), 2, /does not start with "place\/"/);
  });

  it('malformed attributes and variants', () => {
    expectOneError(file(row('place/city/tashkent', 'PLACE', 'Tashkent', 'طشقند', '', 'country')), 2, /not key=value/);
    expectOneError(file(row('place/city/tashkent', 'PLACE', 'Tashkent', 'طشقند', '', 'country=Uzbekistan')), 2, /not an ISO 3166-1 alpha-2 code/);
    expectOneError(file(row('place/city/tashkent', 'PLACE', 'Tashkent', 'طشقند||طاشقند', '', '')), 2, /empty variant/);
    expectOneError(file(row('place/MM', 'PLACE', 'Myanmar', 'ميانمار (بورما)', '', '')), 2, /contains "\("/);
    expectOneError(file(row('place/MM', 'PLACE', 'Myanmar', 'Myanmar', '', '')), 2, /no Arabic letter/);
  });

  it('rows of one id that disagree on type, English name or attributes', () => {
    expectOneError(
      file(row('place/OM', 'PLACE', 'Oman', 'سلطنة عمان', '', ''), row('place/OM', 'PLACE', 'Sultanate', 'عمان', 'context', '')),
      3,
      /is "Sultanate" here but "Oman" on line 2/,
    );
    expectOneError(
      file(row('place/city/amman', 'PLACE', 'Amman', 'عمان', 'context', 'country=JO'), row('place/city/amman', 'PLACE', 'Amman', 'العاصمة الأردنية', '', 'country=OM')),
      3,
      /has attrs "country=OM" here but "country=JO"/,
    );
  });

  it('an entity file with the wrong header', () => {
    expectOneError('id\ttype\tarabic\nplace/CN\tPLACE\tالصين\n', 0, /entity lexicon header must be/);
  });

  it('invisible characters, tatweel, odd spaces, a BOM, invalid UTF-8', () => {
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الص\u200Cين', '', '')), 2, /invisible character U\+200C/);
    expectOneError(file(row('place/CN', 'PLACE', 'China', 'الصيـن', '', '')), 2, /tatweel \(U\+0640\) between letters/);
    expectOneError(file(row('place/KZ', 'PLACE', 'Kazakhstan', 'جمهورية\u00A0كازاخستان', '', '')), 2, /unusual whitespace U\+00A0/);
    expectOneError(`\uFEFF${file(row('place/CN', 'PLACE', 'China', 'الصين', '', ''))}`, 1, /byte order mark/);
    const problems = lintSources([{ file: 'bad.tsv', kind: 'entities', content: new Uint8Array([0x69, 0x64, 0xff, 0x0a]) }]);
    expect(problems.map(formatProblem)).toEqual(['bad.tsv: not valid UTF-8']);
  });

  it('word lists: one row per normalized word unless both rows are flagged ambiguous, known flags, ISO countries', () => {
    const header = 'arabic\tcountry\tflags';
    expectOneError([header, 'الكوري\tKR\t', 'الكورى\tKP\t', ''].join('\n'), 3, /"الكورى" is already listed on line 2 as "الكوري"/, 'words');
    expect(errors(lint([header, 'الكونغولي\tCG\tambiguous', 'الكونغولي\tCD\tambiguous', ''].join('\n'), 'words'))).toEqual([]);
    expectOneError([header, 'الصيني\tCN\tsometimes', ''].join('\n'), 2, /unknown flag "sometimes"/, 'words');
    expectOneError([header, 'الصيني\tChina\t', ''].join('\n'), 2, /not an ISO 3166-1 alpha-2 code/, 'words');
    expectOneError(['word\tenglish', 'مدينة\tcity', ''].join('\n'), 0, /first column must be "arabic"/, 'words');
  });

  it('other TSV files get the generic checks only', () => {
    expect(errors(lint('code\tarabic\nKZ\tكازاخستان|قازاقستان\n', 'other'))).toEqual([]);
    expectOneError('code\tarabic\nKZ\tكازاخستان \n', 2, /trailing whitespace/, 'other');
  });
});

describe('npm run lint:lexicons (scripts/lint-lexicons.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arner-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (root: string) =>
    spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'scripts', 'lint-lexicons.ts'), root], {
      cwd: dir,
      encoding: 'utf8',
    });

  it('exits 1 and prints file:line: message for a bad lexicon, exits 0 for a clean one', () => {
    mkdirSync(join(dir, 'bad', 'entities'), { recursive: true });
    writeFileSync(join(dir, 'bad', 'entities', 'x.tsv'), file(row('place/CN', 'PLACE', 'China', 'الصين', '', ''), row('place/CN', 'PLACE', 'China', 'الصين', '', '')));
    const bad = run(join(dir, 'bad'));
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim()).toBe('bad/entities/x.tsv:3: duplicate row: same as line 2');

    mkdirSync(join(dir, 'good', 'words'), { recursive: true });
    writeFileSync(join(dir, 'good', 'words', 'heads.tsv'), 'arabic\tenglish\nمدينة\tcity\n');
    const good = run(join(dir, 'good'));
    expect(good.stdout).toBe('');
    expect(good.status).toBe(0);
  });
});
