/**
 * How often do the place lexicons' spellings occur in ANERcorp's train split, and how are those
 * occurrences tagged? An occurrence tagged O is a false match the gazetteer would make without
 * context; this is the evidence for flagging a spelling `context`.
 *
 *   npx tsx scripts/measure-place-matches.ts [train.conll] [--all]
 *
 * Matches are token sequences on normalized forms, longest first at each position, as the
 * gazetteer matches. Two counts per spelling: `exact` (the first token is the spelling itself)
 * and `clitic` (the spelling follows proclitics: والصين, بالعراق, للقاهرة). The tags of the
 * matched tokens decide the bucket: LOC if one is B-LOC or I-LOC (ANERcorp tags قطاع غزة as
 * O + B-LOC), O if all are O (a false match), OTHER otherwise (inside a PER/ORG/MISC name:
 * جامعة القاهرة is I-ORG). Train split only: never run this on test.conll.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { readEntityLexicon } from '../src/lexicon/entities.js';
import { phraseTokens } from '../src/lexicon/phrase.js';
import { TokenTrie } from '../src/lexicon/trie.js';
import { normalizeText } from '../src/normalize/index.js';
import { procliticReadings } from '../src/tokenize/clitics.js';

const DEFAULT_CORPUS = join(packagePath(), '..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll');
const PLACE_LEXICONS = ['countries', 'cities', 'regions'].map((name) => packagePath('lexicons', 'entities', `${name}.tsv`));

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
const showAll = args.includes('--all');
if (/test\.conll$/.test(corpus)) {
  console.error('measure-place-matches: refusing to measure on a test split (tune on train only)');
  process.exit(2);
}
if (!existsSync(corpus)) {
  console.error(`measure-place-matches: no corpus at ${corpus}`);
  process.exit(2);
}

interface Spelling {
  key: string;
  variant: string;
  ids: Set<string>;
  flags: Set<string>;
  counts: Record<'exact' | 'clitic', Record<Bucket, number>>;
}
type Bucket = 'O' | 'LOC' | 'OTHER';

const spellings = new Map<string, Spelling>();
const trie = new TokenTrie<Spelling>();
for (const path of PLACE_LEXICONS) {
  for (const entry of readEntityLexicon(path)) {
    for (const variant of entry.variants) {
      const tokens = phraseTokens(variant);
      const key = tokens.join(' ');
      let spelling = spellings.get(key);
      if (!spelling) {
        spelling = { key, variant, ids: new Set(), flags: new Set(), counts: { exact: { O: 0, LOC: 0, OTHER: 0 }, clitic: { O: 0, LOC: 0, OTHER: 0 } } };
        spellings.set(key, spelling);
        trie.insert(tokens, spelling);
      }
      spelling.ids.add(entry.id);
      for (const flag of entry.flags) spelling.flags.add(flag);
    }
  }
}

/** Sentences of the corpus as [normalized token, tag] pairs. */
function readConll(path: string): { norm: string; tag: string }[][] {
  const sentences: { norm: string; tag: string }[][] = [];
  let current: { norm: string; tag: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const [word = '', tag = 'O'] = line.split('\t');
    current.push({ norm: normalizeText(word), tag });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** O if no token of the span is in an entity; LOC if one is in a location; OTHER otherwise. */
const bucketOf = (tags: string[]): Bucket =>
  tags.some((t) => t.endsWith('-LOC')) ? 'LOC' : tags.every((t) => t === 'O') ? 'O' : 'OTHER';

let tokensSeen = 0;
/** LOC entities of the corpus (B-LOC + its I-LOC), and those whose first token is inside a lexicon match. */
let locEntities = 0;
let locCovered = 0;
const missed = new Map<string, number>();
for (const sentence of readConll(corpus)) {
  tokensSeen += sentence.length;
  const matched = new Set<number>();
  for (let i = 0; i < sentence.length; i++) {
    const first = sentence[i]!;
    let best: { length: number; spelling: Spelling; exact: boolean } | undefined;
    for (const reading of procliticReadings(first.norm, 0, (k) => k)) {
      const match = trie.longestMatch(reading.stem, (k) => sentence[i + k]?.norm);
      if (match && (!best || match.length > best.length)) best = { length: match.length, spelling: match.values[0]!, exact: reading.prefix === '' };
    }
    if (!best) continue;
    best.spelling.counts[best.exact ? 'exact' : 'clitic'][bucketOf(sentence.slice(i, i + best.length).map((t) => t.tag))]++;
    for (let k = i; k < i + best.length; k++) matched.add(k);
    i += best.length - 1;
  }
  sentence.forEach((token, i) => {
    if (token.tag !== 'B-LOC') return;
    locEntities++;
    if (matched.has(i)) {
      locCovered++;
      return;
    }
    let end = i + 1;
    while (sentence[end]?.tag === 'I-LOC') end++;
    const name = sentence.slice(i, end).map((t) => t.norm).join(' ');
    missed.set(name, (missed.get(name) ?? 0) + 1);
  });
}

const total = (s: Spelling, bucket: Bucket): number => s.counts.exact[bucket] + s.counts.clitic[bucket];
const found = [...spellings.values()].filter((s) => total(s, 'O') + total(s, 'LOC') + total(s, 'OTHER') > 0);
found.sort((a, b) => total(b, 'O') - total(a, 'O') || total(b, 'LOC') - total(a, 'LOC'));

const sum = (list: Spelling[], mode: 'exact' | 'clitic', bucket: Bucket): number => list.reduce((n, s) => n + s.counts[mode][bucket], 0);
const line = (label: string, list: Spelling[]): string => {
  const parts = (['exact', 'clitic'] as const).map((mode) => {
    const o = sum(list, mode, 'O');
    const loc = sum(list, mode, 'LOC');
    const other = sum(list, mode, 'OTHER');
    const all = o + loc + other;
    return `${mode}: ${all} matches, O ${o} (${all ? ((100 * o) / all).toFixed(1) : '0.0'}%), LOC ${loc}, other entity ${other}`;
  });
  return `${label} (${list.length} spellings found)\n  ${parts.join('\n  ')}`;
};
const flagged = (s: Spelling): boolean => s.flags.has('context') || s.flags.has('ambiguous');

console.log(`corpus: ${corpus} (${tokensSeen} tokens); ${spellings.size} place spellings`);
console.log(`LOC entities: ${locEntities}; first token inside a lexicon match: ${locCovered} (${((100 * locCovered) / locEntities).toFixed(1)}%)`);
console.log(line('all place spellings', found));
console.log(line('unflagged spellings', found.filter((s) => !flagged(s))));
console.log(line('spellings flagged context', found.filter((s) => s.flags.has('context'))));
console.log(line('spellings flagged ambiguous only', found.filter((s) => s.flags.has('ambiguous') && !s.flags.has('context'))));

console.log('\nspelling\tids\tflags\texact O/LOC/other\tclitic O/LOC/other');
for (const s of showAll ? found : found.filter((s) => total(s, 'O') > 0)) {
  const c = s.counts;
  console.log(
    `${s.variant}\t${[...s.ids].join(',')}\t${[...s.flags].join(',') || '-'}\t` +
      `${c.exact.O}/${c.exact.LOC}/${c.exact.OTHER}\t${c.clitic.O}/${c.clitic.LOC}/${c.clitic.OTHER}`,
  );
}

const topMissed = [...missed].sort((a, b) => b[1] - a[1]).slice(0, showAll ? 200 : 40);
console.log(`\nmost frequent LOC entities not matched (normalized): ${topMissed.map(([n, c]) => `${n}:${c}`).join('  ')}`);

const suggestions = found.filter((s) => !s.flags.has('context') && total(s, 'O') >= 2 && total(s, 'O') >= total(s, 'LOC'));
console.log(`\nmostly O (O >= 2 and O >= LOC) and not flagged context: ${suggestions.map((s) => s.variant).join(' ') || 'none'}`);
