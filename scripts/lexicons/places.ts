/**
 * Cities and regions from their hand-kept sources (lexicons/sources/cities.tsv, regions.tsv):
 * one source row per place with all its spellings in `arabic` (the first is canonical) and the
 * spellings that need a flag repeated in `context` / `ambiguous`. Ids are
 * `place/city/<slug of the English name>` and `place/region/<slug>` unless the `id` column
 * gives the slug (two places with one English name: the lesser gets `-<country code>`).
 */
import { packagePath } from '../../src/core/paths.js';
import { readTsv } from '../../src/lexicon/tsv.js';
import { BuildProblems, entityRows, flagMap, slug, spellings, uniqueSpellings, type EntityRowOut } from './variants.js';

export const CITY_SOURCE = packagePath('lexicons', 'sources', 'cities.tsv');
export const REGION_SOURCE = packagePath('lexicons', 'sources', 'regions.tsv');

/** Kinds of region the regions source may use (attr `kind`). */
export const REGION_KINDS = [
  'continent',
  'region',
  'province',
  'state',
  'territory',
  'sea',
  'ocean',
  'gulf',
  'strait',
  'river',
  'lake',
  'mountains',
  'desert',
  'island',
  'peninsula',
  'canal',
  'historical',
] as const;

export interface PlaceBuild {
  rows: EntityRowOut[];
  /** Places (not rows) built. */
  places: number;
  spellings: number;
  /** Countries that have a capital row. */
  capitals: Set<string>;
}

export function buildPlaces(kind: 'city' | 'region', countryCodes: ReadonlySet<string>, problems: BuildProblems): PlaceBuild {
  const source = kind === 'city' ? CITY_SOURCE : REGION_SOURCE;
  const rows: EntityRowOut[] = [];
  const ids = new Map<string, number>();
  const capitals = new Set<string>();
  let places = 0;
  let total = 0;
  for (const { line, cells } of readTsv(source, ['english', 'arabic'])) {
    const report = (message: string): void => problems.add(`${source}:${line}`, message);
    const english = cells.english!;
    const country = cells.country ?? '';
    if (country && !countryCodes.has(country)) report(`unknown country code "${country}"`);
    const id = `place/${kind}/${cells.id || slug(english)}`;
    if (ids.has(id)) report(`id ${id} already used on line ${ids.get(id)} (give one of them an id such as ${slug(english)}-${country.toLowerCase()})`);
    ids.set(id, line);
    const all = uniqueSpellings(spellings(cells.arabic), { report });
    const flagged = flagMap(cells, all, report);
    const attrs: [string, string][] = [];
    if (kind === 'region') {
      const regionKind = cells.kind ?? '';
      if (!(REGION_KINDS as readonly string[]).includes(regionKind)) report(`unknown kind "${regionKind}" (known: ${REGION_KINDS.join(', ')})`);
      attrs.push(['kind', regionKind]);
      if (country) attrs.push(['country', country]);
    } else {
      // A city without a country is one whose status is disputed (Jerusalem): no country attr.
      attrs.push(['kind', 'city']);
      if (country) attrs.push(['country', country]);
      if (cells.capital === 'yes') {
        attrs.push(['capital', 'yes']);
        capitals.add(country);
      } else if (cells.capital) {
        report(`capital must be "yes" or empty, found "${cells.capital}"`);
      }
    }
    rows.push(...entityRows({ id, type: 'PLACE', english, attrs }, all, flagged));
    places++;
    total += all.length;
  }
  return { rows, places, spellings: total, capitals };
}
