/**
 * Evaluates the rule-and-lexicon system alone (recognizers gazetteer + rules + variants, no
 * tagger) on ANERcorp's TRAIN split, with conlleval semantics (exact span and type), for PER, LOC
 * and ORG; prints per-rule precision and the false-match figures of the transliteration key.
 *
 *   npx tsx scripts/eval-rules.ts [path/to/train.conll]
 *
 * Each CoNLL sentence is joined with spaces into a text; mentions map back to the tokens they touch
 * (ANERcorp keeps clitics on tokens: a mention of الصين inside والصين tags the whole token). Never
 * run this on the test split while developing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnotatedConll } from '../src/conll/corpus.js';
import { formatScoreReport, scoreTags, chunksOf } from '../src/conll/score.js';
import { packageRoot } from '../src/core/paths.js';
import type { Mention } from '../src/core/types.js';
import { Extractor } from '../src/pipeline/extractor.js';

const TYPE_TO_CONLL: Record<string, string> = { PERSON: 'PER', PLACE: 'LOC', ORGANIZATION: 'ORG' };
const TYPES = ['PER', 'LOC', 'ORG'];

const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(packageRoot, '..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll');
if (!existsSync(path)) {
  console.error(`eval-rules: ${path} not found (ANERcorp lives in ../shared/data/ner/anercorp_camel/)`);
  process.exit(2);
}
if (/test\.conll$/.test(path)) console.warn('eval-rules: warning: this is a TEST split; use it only for the final reported figure');

const sentences = readAnnotatedConll(path);
const extractor = new Extractor({ recognizers: ['gazetteer', 'rules', 'variants'] });

/** Per source rule: predicted chunks and correct ones. */
const byRule = new Map<string, { predicted: number; correct: number }>();
/** With --errors: the most frequent wrong chunks per source. */
const showErrors = process.argv.includes('--errors');
const errors = new Map<string, Map<string, number>>();
/** Transliteration-key matches: where they land. */
const key = { matches: 0, onO: 0, onEntity: 0, sameType: 0, tokens: 0, examplesOnO: new Map<string, number>() };
let tokenCount = 0;

const gold: string[][] = [];
const predicted: string[][] = [];
const started = Date.now();
for (const sentence of sentences) {
  const starts: number[] = [];
  let text = '';
  for (const token of sentence.tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += token;
  }
  tokenCount += sentence.tokens.length;
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const doc = extractor.extract(text);
  const tags = sentence.tokens.map(() => 'O');
  const ruleOf = new Map<number, string>();
  for (const mention of doc.mentions as Mention[]) {
    const first = tokenAt(mention.start);
    const last = tokenAt(mention.end - 1);
    if (mention.source.recognizer === 'variants') {
      key.matches++;
      let onEntity = false;
      let sameType = false;
      for (let k = first; k <= last; k++) {
        key.tokens++;
        const goldTag = sentence.tags[k]!;
        if (goldTag !== 'O') onEntity = true;
        if (goldTag.slice(2) === TYPE_TO_CONLL[mention.type]) sameType = true;
      }
      if (!onEntity) {
        key.onO++;
        const label = `${mention.text} → ${mention.entity}`;
        key.examplesOnO.set(label, (key.examplesOnO.get(label) ?? 0) + 1);
      } else key.onEntity++;
      if (sameType) key.sameType++;
    }
    const type = TYPE_TO_CONLL[mention.type];
    if (!type) continue;
    if (tags.slice(first, last + 1).some((t) => t !== 'O')) continue;
    for (let k = first; k <= last; k++) tags[k] = `${k === first ? 'B' : 'I'}-${type}`;
    ruleOf.set(first, mention.source.rule ?? mention.source.recognizer);
  }
  gold.push(sentence.tags);
  predicted.push(tags);
  const goldKeys = new Set(chunksOf(sentence.tags).map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const chunk of chunksOf(tags)) {
    const rule = ruleOf.get(chunk.start) ?? '?';
    const ruleId = rule.startsWith('lexicon:') ? 'lexicon' : rule.startsWith('variant-key:') ? 'variant-key' : rule;
    const entry = byRule.get(`${ruleId} ${chunk.type}`) ?? { predicted: 0, correct: 0 };
    entry.predicted++;
    if (goldKeys.has(`${chunk.start}:${chunk.end}:${chunk.type}`)) entry.correct++;
    else if (showErrors) {
      const goldTags = sentence.tags.slice(Math.max(0, chunk.start - 1), chunk.end + 1).join(' ');
      const label = `${sentence.tokens.slice(chunk.start, chunk.end).join(' ')} [${goldTags}] «${sentence.tokens.slice(Math.max(0, chunk.start - 2), chunk.end + 2).join(' ')}»`;
      const list = errors.get(`${ruleId} ${chunk.type}`) ?? new Map<string, number>();
      list.set(label, (list.get(label) ?? 0) + 1);
      errors.set(`${ruleId} ${chunk.type}`, list);
    }
    byRule.set(`${ruleId} ${chunk.type}`, entry);
  }
}
const seconds = (Date.now() - started) / 1000;

console.log(`ANERcorp ${path.split('/').pop()}: ${sentences.length} sentences, ${tokenCount} tokens; recognizers gazetteer + rules + variants (no tagger); ${seconds.toFixed(1)} s`);
console.log('Entity level, exact span and type (conlleval semantics), PER / LOC / ORG (MISC ignored):');
console.log(formatScoreReport(scoreTags(gold, predicted, TYPES)));
console.log('\nBy source (predicted chunks, correct, precision):');
for (const [rule, { predicted: p, correct: c }] of [...byRule].sort((a, b) => b[1].predicted - a[1].predicted)) {
  console.log(`  ${rule.padEnd(36)} ${String(p).padStart(5)} ${String(c).padStart(5)}  ${((100 * c) / p).toFixed(1).padStart(5)}%`);
}
const per10k = (n: number): string => ((10000 * n) / tokenCount).toFixed(2);
console.log('\nTransliteration-key matches (spans no listed spelling covers, found through the key index):');
console.log(`  matches ${key.matches} (${per10k(key.matches)} per 10k tokens); on O tokens only (false matches) ${key.onO} = ${per10k(key.onO)} per 10k tokens; on entity tokens ${key.onEntity}, of which gold type agrees ${key.sameType}`);
if (key.examplesOnO.size) {
  console.log('  false matches:', [...key.examplesOnO].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => `${k} ×${n}`).join('; '));
}
if (showErrors) {
  for (const [rule, list] of errors) {
    console.log(`\nWrong ${rule}:`);
    for (const [label, n] of [...list].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${n}× ${label}`);
  }
}
