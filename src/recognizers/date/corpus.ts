/**
 * The date example corpus (fixtures/dates/*.json), shared by the generated tests and
 * scripts/eval-dates.ts. A corpus file is
 * `{context: {referenceDate}, examples: [{expect: {value, grain, text?, resolved?, attributes?}, texts}], negative}`:
 * each text of an example must yield exactly one DATE mention whose text is `expect.text` (default:
 * the whole text), with the value and grain given (and `resolved`, default true, and the listed
 * attributes); a negative text must yield no DATE mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateGrain, Mention, Recognizer } from '../../core/types.js';
import { analyze } from '../../pipeline/analyze.js';

export interface DateExpectation {
  value: string;
  grain: DateGrain;
  text?: string;
  resolved?: boolean;
  attributes?: Record<string, string | number | boolean>;
}

export interface DateExample {
  expect: DateExpectation;
  texts: string[];
}

export interface DateCorpus {
  description?: string;
  context: { referenceDate: string | null };
  examples: DateExample[];
  negative: string[];
}

export interface CorpusFile {
  name: string;
  corpus: DateCorpus;
}

export function loadDateCorpora(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, corpus: JSON.parse(readFileSync(join(dir, name), 'utf8')) as DateCorpus }));
}

function dates(recognizer: Recognizer, text: string, referenceDate: string | null): Mention[] {
  return recognizer.recognize(analyze(text), { referenceDate }).filter((m) => m.type === 'DATE');
}

function describeMention(m: Mention): string {
  return `[${m.text}] ${m.value} ${m.grain}${m.resolved === false ? ' unresolved' : ''} (${m.source.rule})`;
}

/** Problems with one example text (empty when it passes). */
export function checkExample(recognizer: Recognizer, referenceDate: string | null, expect: DateExpectation, text: string): string[] {
  const mentions = dates(recognizer, text, referenceDate);
  if (mentions.length !== 1) return [`expected 1 DATE, got ${mentions.length}: ${mentions.map(describeMention).join(' | ') || 'none'}`];
  const m = mentions[0]!;
  const problems: string[] = [];
  const span = expect.text ?? text;
  if (m.text !== span) problems.push(`span [${m.text}] instead of [${span}]`);
  if (text.slice(m.start, m.end) !== m.text) problems.push(`offsets ${m.start}-${m.end} do not slice to the mention text`);
  if (m.value !== expect.value) problems.push(`value ${m.value} instead of ${expect.value}`);
  if (m.grain !== expect.grain) problems.push(`grain ${m.grain} instead of ${expect.grain}`);
  const resolved = expect.resolved ?? true;
  if (m.resolved !== resolved) problems.push(`resolved ${m.resolved} instead of ${resolved}`);
  for (const [key, value] of Object.entries(expect.attributes ?? {})) {
    if (m.attributes?.[key] !== value) problems.push(`attribute ${key}=${String(m.attributes?.[key])} instead of ${String(value)}`);
  }
  if (problems.length) problems.push(`got ${describeMention(m)}`);
  return problems;
}

/** Problems with one negative text (empty when no DATE is found). */
export function checkNegative(recognizer: Recognizer, referenceDate: string | null, text: string): string[] {
  const mentions = dates(recognizer, text, referenceDate);
  return mentions.length ? [`expected no DATE, got ${mentions.map(describeMention).join(' | ')}`] : [];
}
