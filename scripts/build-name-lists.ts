/**
 * Builds lexicons/words/first-names.tsv (Arabic given names) from the name table of the
 * `arabic-name-to-en` package (ISC licence), applying the hand-kept decisions in
 * lexicons/sources/first-names-overrides.tsv (drop a name, fix its spelling, flag it).
 *
 *   npx tsx scripts/build-name-lists.ts          writes the file
 *   npx tsx scripts/build-name-lists.ts --check  exits 1 if the file is out of date
 *
 * The package keeps its table in cases/fullnamedb.js as `arabic: "romanization"`. A few keys are
 * damaged in the package (a space after a diacritic, the first romanized word glued to the key:
 * "عبد الله Abad": "Allah"); they are repaired here. Diacritics are dropped, Persian and Kurdish
 * letters that Arabic news does not use make a name drop out, and spellings that differ only by
 * the normalizations of src/normalize (alef forms, ى/ي, ة/ه, hamza carriers) are kept once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { normalizeText } from '../src/normalize/index.js';
import { packagePath } from '../src/core/paths.js';
import { readTsv } from '../src/lexicon/tsv.js';

const OUTPUT = packagePath('lexicons', 'words', 'first-names.tsv');
const OVERRIDES = packagePath('lexicons', 'sources', 'first-names-overrides.tsv');
const PACKAGE = 'arabic-name-to-en';

interface Name {
  arabic: string;
  english: string;
  flags: Set<string>;
}

/** Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef). */
const DIACRITICS = /[\u064B-\u065F\u0670]/g;
/** Letters of Persian, Kurdish or Urdu that Arabic news writes otherwise: a name holding one is dropped. */
const FOREIGN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A4\u06B5\u06CE\u06C6\u06D5]/;
/** Persian forms of Arabic letters, mapped back. */
const PERSIAN_TO_ARABIC: Record<string, string> = { '\u06CC': 'ي', '\u06A9': 'ك' };

function packageTable(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`${PACKAGE}/cases/fullnamedb.js`);
  return require(path) as Record<string, string>;
}

/** Repairs one entry of the package table: returns the Arabic name and its romanization, or undefined. */
function repair(key: string, value: string): { arabic: string; english: string } | undefined {
  // A Latin part glued to the key belongs to the romanization: "عبد الله Abad": "Allah".
  const latinAt = key.search(/[A-Za-z]/);
  let arabic = latinAt >= 0 ? key.slice(0, latinAt) : key;
  const gluedLatin = latinAt >= 0 ? key.slice(latinAt) : '';
  // A space right after a diacritic splits one word in two: "عَ مر" is عَمر.
  arabic = arabic.replace(/([\u064B-\u065F\u0670]) /g, '$1');
  arabic = arabic.normalize('NFC').replace(DIACRITICS, '');
  arabic = [...arabic].map((c) => PERSIAN_TO_ARABIC[c] ?? c).join('');
  arabic = arabic.replace(/\s+/g, ' ').trim();
  if (!arabic || FOREIGN_LETTERS.test(arabic) || /[^\u0621-\u064A ]/.test(arabic)) return undefined;
  let english = `${gluedLatin}${value}`.replace(DIACRITICS, '').replace(/[^A-Za-z' -]/g, '').replace(/\s+/g, ' ').trim();
  english = english
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
  return { arabic, english };
}

interface Override {
  drop: boolean;
  spelling: string;
  english: string;
  flags: string[];
}

function readOverrides(): Map<string, Override> {
  const byName = new Map<string, Override>();
  for (const { line, cells } of readTsv(OVERRIDES, ['arabic', 'action'])) {
    if (cells.action !== 'drop' && cells.action !== 'keep') throw new Error(`${OVERRIDES}:${line}: action must be drop or keep, not "${cells.action}"`);
    const key = normalizeText(cells.arabic!);
    if (byName.has(key)) throw new Error(`${OVERRIDES}:${line}: a second row for ${cells.arabic}`);
    const flags = (cells.flags ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    byName.set(key, { drop: cells.action === 'drop', spelling: cells.spelling ?? '', english: cells.english ?? '', flags });
  }
  return byName;
}

/** Prefers the spelling news prints: a hamza on the alef, then a written teh marbuta, then the first seen. */
function better(a: string, b: string): string {
  const score = (s: string): number => (/[أإآ]/.test(s) ? 2 : 0) + (/ة/.test(s) ? 1 : 0);
  return score(b) > score(a) ? b : a;
}

/** The text of lexicons/words/first-names.tsv as the package and the overrides make it. */
export function buildFirstNames(): string {
  const overrides = readOverrides();
  const names = new Map<string, Name>();
  let seen = 0;
  let unusable = 0;
  for (const [key, value] of Object.entries(packageTable())) {
    seen++;
    const repaired = repair(key, value);
    if (!repaired) {
      unusable++;
      continue;
    }
    const norm = normalizeText(repaired.arabic);
    const known = names.get(norm);
    if (known) known.arabic = better(known.arabic, repaired.arabic);
    else names.set(norm, { arabic: repaired.arabic, english: repaired.english, flags: new Set() });
  }
  let dropped = 0;
  const stale = [...overrides.keys()].filter((norm) => !names.has(norm));
  if (stale.length) throw new Error(`${OVERRIDES}: not in the package table (stale overrides): ${stale.join(' ')}`);
  for (const [norm, override] of overrides) {
    const name = names.get(norm)!;
    if (override.drop) {
      names.delete(norm);
      dropped++;
      continue;
    }
    if (override.spelling) {
      if (normalizeText(override.spelling) !== norm) throw new Error(`${OVERRIDES}: ${override.spelling} is not a spelling of ${norm}`);
      name.arabic = override.spelling;
    }
    if (override.english) name.english = override.english;
    for (const flag of override.flags) name.flags.add(flag);
  }
  const rows = [...names.values()].sort((a, b) => (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0));
  const header = [
    '# GENERATED by scripts/build-name-lists.ts from the npm package arabic-name-to-en (ISC licence) and',
    '# lexicons/sources/first-names-overrides.tsv. Do not edit: change the overrides and run the script.',
    `# ${seen} package entries, ${unusable} unusable (Persian/Kurdish letters), ${dropped} dropped by override, ${rows.length} names.`,
    '# english = the package romanization (unreviewed); flags: word = also a common Arabic word (see the overrides).',
    'arabic\tenglish\torigin\tflags',
  ];
  const lines = rows.map((n) => [n.arabic, n.english, 'arabic', [...n.flags].sort().join(',')].join('\t'));
  return `${[...header, ...lines].join('\n')}\n`;
}

/** Path of the generated list. */
export const FIRST_NAMES_PATH = OUTPUT;

function main(): void {
  const text = buildFirstNames();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      /* a missing file is out of date */
    }
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run npx tsx scripts/build-name-lists.ts`);
      process.exitCode = 1;
      return;
    }
    console.log(`${OUTPUT} is up to date`);
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
