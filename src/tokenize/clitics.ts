import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import type { Segmentation } from '../core/types.js';

interface ProcliticData {
  conjunctions: string[];
  prepositions: string[];
  article: string;
  minStemLength: number;
}

let data: ProcliticData | undefined;
function procliticData(): ProcliticData {
  return (data ??= JSON.parse(readFileSync(packagePath('lexicons', 'clitics', 'proclitics.json'), 'utf8')) as ProcliticData);
}

/**
 * Every way to read proclitics off the front of a normalized Arabic word, the unsegmented reading
 * first. `offsetOf(k)` maps the k-th normalized character of the word to its original offset.
 * لل is read as ل + ال: the stem keeps the article (للامم → ل + الامم).
 */
export function procliticReadings(word: string, wordStart: number, offsetOf: (k: number) => number): Segmentation[] {
  const { conjunctions, prepositions, article, minStemLength } = procliticData();
  const readings: Segmentation[] = [{ prefix: '', stemStart: wordStart, stem: word }];
  const add = (prefixLength: number, stem: string): void => {
    if (stem.length < minStemLength) return;
    if (stem.startsWith(article) && stem.length < article.length + minStemLength) return;
    readings.push({ prefix: word.slice(0, prefixLength), stemStart: offsetOf(prefixLength), stem });
  };
  const conj = conjunctions.includes(word[0]!) ? 1 : 0;
  const starts = conj ? [0, 1] : [0];
  for (const at of starts) {
    if (at > 0) add(at, word.slice(at));
    const prep = word[at];
    if (prep === undefined || !prepositions.includes(prep)) continue;
    const rest = word.slice(at + 1);
    // ل + ال is written لل: the second lam may be the article's (للتعاون) or the word's own (للبنان).
    if (prep === 'ل' && rest.startsWith('ل') && !rest.startsWith(article)) add(at + 1, article + rest.slice(1));
    add(at + 1, rest);
  }
  return readings;
}

/** The word without its definite article, for features and loose matching (الصين → صين). */
export function withoutArticle(stem: string): string {
  const { article, minStemLength } = procliticData();
  return stem.startsWith(article) && stem.length >= article.length + minStemLength ? stem.slice(article.length) : stem;
}
