import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import type { Segmentation } from '../core/types.js';

interface ProcliticData {
  conjunctions: string[];
  prepositions: string[];
  article: string;
  minStemLength: number;
}

interface Proclitics {
  conjunctions: Set<string>;
  prepositions: Set<string>;
  article: string;
  minStemLength: number;
}

let data: Proclitics | undefined;
function proclitics(): Proclitics {
  if (data) return data;
  const raw = JSON.parse(readFileSync(packagePath('lexicons', 'clitics', 'proclitics.json'), 'utf8')) as ProcliticData;
  data = { ...raw, conjunctions: new Set(raw.conjunctions), prepositions: new Set(raw.prepositions) };
  return data;
}

/**
 * Every way to read proclitics off the front of a normalized Arabic word, the unsegmented reading
 * first. `offsetOf(k)` maps the k-th normalized character of the word to its original offset.
 * لل is read both as ل + ال (للتعاون → ل + التعاون, the stem keeps the article) and as ل + a word
 * that starts with ل (للبنان → ل + لبنان).
 */
export function procliticReadings(word: string, wordStart: number, offsetOf: (k: number) => number): Segmentation[] {
  const whole: Segmentation = { prefix: '', stemStart: wordStart, stem: word };
  const { conjunctions, prepositions, minStemLength } = proclitics();
  const first = word[0]!;
  if (word.length <= minStemLength || (!conjunctions.has(first) && !prepositions.has(first))) return [whole];
  return withProcliticSplits(whole, offsetOf);
}

/** The whole-word reading followed by the readings with proclitics read off (most words have none: see above). */
function withProcliticSplits(whole: Segmentation, offsetOf: (k: number) => number): Segmentation[] {
  const { conjunctions, prepositions, article, minStemLength } = proclitics();
  const word = whole.stem;
  const first = word[0]!;
  const readings: Segmentation[] = [whole];
  const add = (prefixLength: number, stem: string): void => {
    if (stem.length < minStemLength) return;
    if (stem.startsWith(article) && stem.length < article.length + minStemLength) return;
    readings.push({ prefix: word.slice(0, prefixLength), stemStart: offsetOf(prefixLength), stem });
  };
  const conj = conjunctions.has(first) ? 1 : 0;
  for (let at = 0; at <= conj; at++) {
    if (at > 0) add(at, word.slice(at));
    const prep = word[at];
    if (prep === undefined || !prepositions.has(prep)) continue;
    const rest = word.slice(at + 1);
    if (prep === 'ل' && rest.startsWith('ل') && !rest.startsWith(article)) add(at + 1, article + rest.slice(1));
    add(at + 1, rest);
  }
  return readings;
}

/** The word without its definite article, for features and loose matching (الصين → صين). */
export function withoutArticle(stem: string): string {
  const { article, minStemLength } = proclitics();
  return stem.startsWith(article) && stem.length >= article.length + minStemLength ? stem.slice(article.length) : stem;
}
