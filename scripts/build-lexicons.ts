/**
 * Builds the place lexicons and the nisba list from their sources:
 *
 *   lexicons/entities/countries.tsv  ← Intl.DisplayNames (CLDR) + i18n-iso-countries + sources/country-variants.tsv
 *   lexicons/entities/cities.tsv     ← sources/cities.tsv
 *   lexicons/entities/regions.tsv    ← sources/regions.tsv
 *   lexicons/words/nisba.tsv         ← sources/nisba.tsv
 *
 *   npx tsx scripts/build-lexicons.ts          writes the files and prints counts
 *   npx tsx scripts/build-lexicons.ts --check  writes nothing; exits 1 if a file is out of date
 *
 * Exits 1 (writing nothing) if a source has a problem: unknown country code, a flagged spelling
 * that the entity does not have, a spelling listed twice, an id used twice.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { normalizeText } from '../src/normalize/index.js';
import { buildCountries } from './lexicons/countries.js';
import { buildNisba, formatNisba, NISBA_HEADER } from './lexicons/nisba.js';
import { buildPlaces } from './lexicons/places.js';
import { BuildProblems, ENTITY_HEADER, formatEntityRow, generatedHeader, type EntityRowOut } from './lexicons/variants.js';

const check = process.argv.includes('--check');
const problems = new BuildProblems();

const countries = buildCountries(problems);
const codes = new Set(countries.codes);
const cities = buildPlaces('city', codes, problems);
const regions = buildPlaces('region', codes, problems);
const placeIds = new Set([...countries.rows, ...cities.rows, ...regions.rows].map((r) => r.id));
const placeSpellings = new Set([...countries.rows, ...cities.rows, ...regions.rows].flatMap((r) => r.arabic.map(normalizeText)));
const nisba = buildNisba(codes, placeIds, placeSpellings, problems);

if (problems.messages.length > 0) {
  for (const message of problems.messages) console.error(message);
  console.error(`build-lexicons: ${problems.messages.length} problem(s); nothing written`);
  process.exit(1);
}

const entityFile = (rows: EntityRowOut[], about: string[]): string =>
  [generatedHeader(about), ENTITY_HEADER, ...rows.map(formatEntityRow), ''].join('\n');

const outputs: [path: string, content: string][] = [
  [
    packagePath('lexicons', 'entities', 'countries.tsv'),
    entityFile(countries.rows, [
      'Countries and territories. Sources: Node Intl.DisplayNames("ar", region) = CLDR (Unicode licence),',
      'i18n-iso-countries Arabic names (MIT), news spellings in lexicons/sources/country-variants.tsv.',
      'id place/<ISO 3166-1 alpha-2>; one entity may span rows (a row per set of flags; the first row holds the canonical name).',
    ]),
  ],
  [
    packagePath('lexicons', 'entities', 'cities.tsv'),
    entityFile(cities.rows, [
      'Capitals and major cities, Arabic names compiled by the arner authors (MIT): lexicons/sources/cities.tsv.',
      'id place/city/<slug>; attrs country=<ISO alpha-2>, capital=yes; one entity may span rows (a row per set of flags).',
    ]),
  ],
  [
    packagePath('lexicons', 'entities', 'regions.tsv'),
    entityFile(regions.rows, [
      'Continents, world regions, provinces and states, seas, rivers: lexicons/sources/regions.tsv (arner authors, MIT).',
      'id place/region/<slug>; attrs kind=..., country=<ISO alpha-2> when inside one country.',
    ]),
  ],
  [
    packagePath('lexicons', 'words', 'nisba.tsv'),
    [
      generatedHeader([
        'Nationality adjectives (nisba): every form of the stems in lexicons/sources/nisba.tsv (arner authors, MIT).',
        'They link a mention to a country (country, place) as an attribute; they are not PLACE mentions.',
        'form: m.sg f.sg m.pl (nominative -ون) m.pl.obl (-ين) f.pl pl.broken; definite: with the article ال.',
        'flags: context (also a common word), surname (masculine singular also a family name), ambiguous (forms of two countries), place (also a place name).',
      ]),
      NISBA_HEADER,
      ...nisba.map(formatNisba),
      '',
    ].join('\n'),
  ],
];

let stale = 0;
for (const [path, content] of outputs) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    console.error(`${relative(process.cwd(), path)} is out of date: run npx tsx scripts/build-lexicons.ts`);
    stale++;
  } else {
    writeFileSync(path, content);
  }
}

const noCapital = countries.codes.filter((c) => !cities.capitals.has(c));
const nisbaCountries = new Set(nisba.map((n) => n.country).filter(Boolean));
console.log(
  [
    `countries: ${countries.codes.length} entities, ${countries.rows.length} rows, ${countries.stats.total} spellings ` +
      `(${countries.stats.handOnly} only in the hand-kept variants, ${countries.stats.generatedOnly} only from the packages)`,
    `cities: ${cities.places} entities, ${cities.rows.length} rows, ${cities.spellings} spellings, capitals of ${cities.capitals.size} countries`,
    `regions: ${regions.places} entities, ${regions.rows.length} rows, ${regions.spellings} spellings`,
    `nisba: ${nisba.length} forms for ${nisbaCountries.size} countries and ${new Set(nisba.filter((n) => !n.country).map((n) => n.place)).size} other places`,
    `codes without a capital row (${noCapital.length}): ${noCapital.join(' ')}`,
  ].join('\n'),
);
if (stale > 0) process.exit(1);
