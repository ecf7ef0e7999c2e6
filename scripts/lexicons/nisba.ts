/**
 * Nationality adjectives (nisba) from lexicons/sources/nisba.tsv: for each masculine singular
 * stem (صيني) the inflected forms with and without the article (صيني الصيني صينية الصينية
 * صينيون الصينيون صينيين الصينيين صينيات الصينيات) plus the broken plurals given (أتراك).
 * Multi-word stems inflect every word ending in ي (كوري شمالي → الكورية الشمالية); when the
 * first word does not inflect it alone takes the article (جنوب أفريقي → الجنوب أفريقية).
 * Flags: `context` and `ambiguous` apply to every form of a row, `surname` to the masculine
 * singular only, `place` to forms that are also a place name.
 */
import { packagePath } from '../../src/core/paths.js';
import { normalizeText } from '../../src/normalize/index.js';
import { readTsv } from '../../src/lexicon/tsv.js';
import { BuildProblems, spellings } from './variants.js';

export const NISBA_SOURCE = packagePath('lexicons', 'sources', 'nisba.tsv');

export const NISBA_HEADER = 'arabic\tcountry\tplace\tform\tdefinite\tenglish\tflags';

/** Suffix of each regular form, added to the masculine singular stem. */
const FORMS: [form: string, suffix: string][] = [
  ['m.sg', ''],
  ['f.sg', 'ة'],
  ['m.pl', 'ون'],
  ['m.pl.obl', 'ين'],
  ['f.pl', 'ات'],
];

export interface NisbaForm {
  arabic: string;
  country: string;
  place: string;
  form: string;
  definite: boolean;
  english: string;
  flags: string[];
}

function inflect(stem: string, suffix: string, definite: boolean): string {
  const words = stem.split(' ');
  const inflects = words.map((w) => w.endsWith('ي'));
  const articleOnAll = inflects[0];
  return words
    .map((word, i) => {
      const body = inflects[i] ? word + suffix : word;
      const article = definite && (articleOnAll ? inflects[i] : i === 0);
      return article ? `ال${body}` : body;
    })
    .join(' ');
}

/** Adds the article to a broken plural (أتراك → الأتراك); multi-word plurals take it on each word. */
function definitePlural(plural: string): string {
  return plural
    .split(' ')
    .map((w) => `ال${w}`)
    .join(' ');
}

/**
 * `placeSpellings`: normalized spellings of all place entities; a form that is also one of them
 * (جيبوتي, زيمبابوي, سورية) gets the flag `place`.
 */
export function buildNisba(
  countryCodes: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  placeSpellings: ReadonlySet<string>,
  problems: BuildProblems,
): NisbaForm[] {
  const forms: NisbaForm[] = [];
  /** Normalized form → where it was made, to report forms made twice without `ambiguous`. */
  const made = new Map<string, { line: number; ambiguous: boolean; key: string }>();
  for (const { line, cells } of readTsv(NISBA_SOURCE, ['arabic', 'english'])) {
    const report = (message: string): void => problems.add(`${NISBA_SOURCE}:${line}`, message);
    const country = cells.country ?? '';
    const place = cells.place || (country ? `place/${country}` : '');
    if (country && !countryCodes.has(country)) report(`unknown country code "${country}"`);
    if (!place) report('a nisba needs a country or a place');
    else if (!placeIds.has(place)) report(`unknown place id "${place}"`);
    const flags = spellings(cells.flags?.replace(/,/g, '|'));
    const ambiguous = flags.includes('ambiguous');
    const add = (arabic: string, form: string, definite: boolean, formFlags: string[]): void => {
      const norm = normalizeText(arabic);
      const key = `${place}`;
      const earlier = made.get(norm);
      if (earlier) {
        if (earlier.key === key) return; // the same form from two stems of one place (rare; keep one)
        if (!(earlier.ambiguous && ambiguous)) report(`"${arabic}" is also made on line ${earlier.line}: flag both rows ambiguous`);
      } else {
        made.set(norm, { line, ambiguous, key });
      }
      const flags = placeSpellings.has(norm) ? [...formFlags, 'place'] : formFlags;
      forms.push({ arabic, country, place, form, definite, english: cells.english!, flags });
    };
    const stems = spellings(cells.arabic);
    for (const stem of stems) {
      if (!stem.split(' ').some((w) => w.endsWith('ي'))) report(`stem "${stem}" has no word ending in ي`);
      for (const [form, suffix] of FORMS) {
        for (const definite of [false, true]) {
          // `surname` marks the masculine singular only: المصري is a family name, المصريون is not.
          const formFlags = flags.filter((f) => f !== 'surname' || form === 'm.sg');
          add(inflect(stem, suffix, definite), form, definite, formFlags);
        }
      }
    }
    for (const plural of spellings(cells.plural)) {
      const pluralFlags = flags.filter((f) => f !== 'surname');
      add(plural, 'pl.broken', false, pluralFlags);
      add(definitePlural(plural), 'pl.broken', true, pluralFlags);
    }
  }
  return forms;
}

export function formatNisba(form: NisbaForm): string {
  return [form.arabic, form.country, form.place, form.form, form.definite ? 'yes' : 'no', form.english, form.flags.join(',')].join('\t');
}
