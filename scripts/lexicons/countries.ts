/**
 * Countries and territories: Arabic names from Node's Intl.DisplayNames (CLDR) and
 * i18n-iso-countries (MIT), merged with the hand-kept news spellings of
 * lexicons/sources/country-variants.tsv. Ids are `place/<ISO 3166-1 alpha-2>`.
 */
import { createRequire } from 'node:module';
import { packagePath } from '../../src/core/paths.js';
import { normalizeText } from '../../src/normalize/index.js';
import { readTsv } from '../../src/lexicon/tsv.js';
import { BuildProblems, entityRows, flagMap, spellings, uniqueSpellings, type EntityRowOut } from './variants.js';

export const COUNTRY_VARIANTS = packagePath('lexicons', 'sources', 'country-variants.tsv');

/** Codes outside ISO 3166-1 that news needs (user-assigned XK for Kosovo, as CLDR does; i18n-iso-countries has it too). */
const EXTRA_CODES = ['XK'];

interface IsoCountries {
  getAlpha2Codes(): Record<string, string>;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  alpha2ToAlpha3(code: string): string | undefined;
}

function isoCountries(): IsoCountries {
  return createRequire(import.meta.url)('i18n-iso-countries') as IsoCountries;
}

/**
 * A generated name made fit for matching: the parenthesized part dropped ("ميانمار (بورما)" →
 * "ميانمار"; a wanted one is listed in the variants file) and " - " made a space.
 */
export function cleanGeneratedName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+-\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function englishName(code: string, display: Intl.DisplayNames): string {
  return (display.of(code) ?? code).replace(/ & /g, ' and ').replace(/\bSt\. /g, 'Saint ');
}

export interface CountryBuild {
  rows: EntityRowOut[];
  codes: string[];
  /** Per code: how many spellings came from the packages only, from the hand file only, and in all. */
  stats: { generatedOnly: number; handOnly: number; total: number };
}

export function buildCountries(problems: BuildProblems): CountryBuild {
  const iso = isoCountries();
  const arabic = new Intl.DisplayNames('ar', { type: 'region' });
  const english = new Intl.DisplayNames('en', { type: 'region' });
  const isoArabic = iso.getNames('ar', { select: 'all' });
  const codes = [...new Set([...Object.keys(iso.getAlpha2Codes()), ...EXTRA_CODES])].sort();

  const hand = new Map<string, { line: number; cells: Record<string, string> }>();
  for (const row of readTsv(COUNTRY_VARIANTS, ['code'])) {
    const code = row.cells.code!;
    if (!codes.includes(code)) problems.add(`${COUNTRY_VARIANTS}:${row.line}`, `unknown country code ${code}`);
    else if (hand.has(code)) problems.add(`${COUNTRY_VARIANTS}:${row.line}`, `code ${code} already has a row (line ${hand.get(code)!.line})`);
    else hand.set(code, row);
  }

  const rows: EntityRowOut[] = [];
  const stats = { generatedOnly: 0, handOnly: 0, total: 0 };
  for (const code of codes) {
    const handRow = hand.get(code);
    const where = handRow ? `${COUNTRY_VARIANTS}:${handRow.line}` : `country ${code}`;
    const report = (message: string): void => problems.add(where, message);
    const rawGenerated = [arabic.of(code), ...(isoArabic[code] ?? [])].filter((n): n is string => !!n && n !== code);
    const drop = new Set(spellings(handRow?.cells.drop));
    for (const name of drop) if (!rawGenerated.includes(name)) report(`drop "${name}" is not a generated name`);
    const generated = uniqueSpellings(rawGenerated.filter((n) => !drop.has(n)).map(cleanGeneratedName).filter(Boolean));
    const handSpellings = uniqueSpellings(spellings(handRow?.cells.arabic), { report });
    const all = uniqueSpellings([...handSpellings, ...generated]);
    if (all.length === 0) {
      report(`no Arabic name for ${code}`);
      continue;
    }
    const flagged = flagMap(handRow?.cells ?? {}, all, report);
    const alpha3 = iso.alpha2ToAlpha3(code);
    const base = {
      id: `place/${code}`,
      type: 'PLACE' as const,
      english: handRow?.cells.english || englishName(code, english),
      attrs: [['kind', 'country'], ...(alpha3 ? [['iso3', alpha3]] : [])] as [string, string][],
    };
    rows.push(...entityRows(base, all, flagged));
    const handNorms = new Set(handSpellings.map(normalizeText));
    const generatedNorms = new Set(generated.map(normalizeText));
    stats.handOnly += all.filter((s) => !generatedNorms.has(normalizeText(s))).length;
    stats.generatedOnly += all.filter((s) => !handNorms.has(normalizeText(s))).length;
    stats.total += all.length;
  }
  return { rows, codes, stats };
}
