/**
 * Measures how the variants of entity lexicons occur in a CoNLL NER corpus: for every variant, how
 * often its token sequence is exactly a gold entity span (of the lexicon's type or another), lies
 * inside a longer entity, or covers only O tokens (a would-be false match without context).
 *
 *   npx tsx scripts/measure-lexicon-overlap.ts [--corpus FILE] [--proclitics] [--list N] [lexicon.tsv ...]
 *
 * Defaults: the ANERcorp train split in ../shared (never the test split) and every shipped entity
 * lexicon. Tokens and variants are compared in normalized form (src/normalize). With --proclitics a
 * first token may also carry proclitics (و ف ب ل ك, لل = ل + ال), as in والصين. Prints per-lexicon
 * totals and the variants that are mostly O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../src/core/paths.js';
import { readEntityLexicon, shippedEntityLexicons, type LexiconEntry } from '../src/lexicon/entities.js';
import { normalizeText } from '../src/normalize/index.js';
import { procliticReadings } from '../src/tokenize/clitics.js';

interface Args {
  corpus: string;
  proclitics: boolean;
  list: number;
  lexicons: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpus: join(packageRoot, '..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll'),
    proclitics: false,
    list: 60,
    lexicons: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus') args.corpus = argv[++i]!;
    else if (a === '--proclitics') args.proclitics = true;
    else if (a === '--list') args.list = Number(argv[++i]);
    else args.lexicons.push(a);
  }
  if (args.lexicons.length === 0) args.lexicons = shippedEntityLexicons();
  return args;
}

interface CorpusToken {
  norm: string;
  /** 'O' or the entity type of a B-/I- tag. */
  type: string;
  begins: boolean;
}

function readConll(path: string): CorpusToken[][] {
  const sentences: CorpusToken[][] = [];
  let current: CorpusToken[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const [token, tag = 'O'] = line.split('\t');
    current.push({ norm: normalizeText(token!), type: tag === 'O' ? 'O' : tag.slice(2), begins: tag.startsWith('B-') });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** Corpus entity types named as the lexicon types are. */
const CORPUS_TYPE: Record<string, string> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORGANIZATION', MISC: 'MISC' };

type Outcome = 'exact' | 'exactOther' | 'inside' | 'O' | 'mixed';

function classify(sentence: CorpusToken[], start: number, end: number, type: string): Outcome {
  const span = sentence.slice(start, end);
  if (span.every((t) => t.type === 'O')) return 'O';
  if (span.some((t) => t.type === 'O')) return 'mixed';
  const first = span[0]!;
  const sameEntity = first.begins && span.slice(1).every((t) => !t.begins && t.type === first.type);
  const next = sentence[end];
  const closes = !next || next.begins || next.type !== first.type;
  if (sameEntity && closes) return CORPUS_TYPE[first.type] === type ? 'exact' : 'exactOther';
  return 'inside';
}

interface VariantStats {
  entry: LexiconEntry;
  variant: string;
  counts: Record<Outcome, number>;
}

function measure(args: Args): void {
  const sentences = readConll(args.corpus);
  const byFirst = new Map<string, { tokens: string[]; stats: VariantStats }[]>();
  const all: VariantStats[] = [];
  for (const path of args.lexicons) {
    for (const entry of readEntityLexicon(path)) {
      for (const variant of entry.variants) {
        const tokens = normalizeText(variant).split(' ');
        const stats: VariantStats = { entry, variant, counts: { exact: 0, exactOther: 0, inside: 0, O: 0, mixed: 0 } };
        all.push(stats);
        const list = byFirst.get(tokens[0]!) ?? [];
        list.push({ tokens, stats });
        byFirst.set(tokens[0]!, list);
      }
    }
  }
  for (const sentence of sentences) {
    sentence.forEach((token, i) => {
      const firstForms = args.proclitics
        ? [...new Set(procliticReadings(token.norm, 0, (k) => k).map((r) => r.stem))]
        : [token.norm];
      for (const form of firstForms) {
        for (const { tokens, stats } of byFirst.get(form) ?? []) {
          if (i + tokens.length > sentence.length) continue;
          if (!tokens.every((t, k) => k === 0 || sentence[i + k]!.norm === t)) continue;
          stats.counts[classify(sentence, i, i + tokens.length, stats.entry.type)]++;
        }
      }
    });
  }
  report(args, all);
}

function report(args: Args, all: VariantStats[]): void {
  console.log(`corpus: ${args.corpus}${args.proclitics ? ' (first token may carry proclitics)' : ' (exact tokens)'}`);
  console.log('lexicon\tflags\tvariants\tfound\texact\texact-other-type\tinside-entity\tO\tmixed\tvariants-mostly-O');
  const groups = new Map<string, VariantStats[]>();
  for (const s of all) {
    const flag = s.entry.flags.has('context') ? 'context' : s.entry.flags.has('ambiguous') ? 'ambiguous' : 'plain';
    const key = `${s.entry.lexicon}\t${flag}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const [key, list] of [...groups].sort()) {
    const sum = (o: Outcome): number => list.reduce((n, s) => n + s.counts[o], 0);
    const found = list.filter((s) => Object.values(s.counts).some((n) => n > 0)).length;
    console.log([key, list.length, found, sum('exact'), sum('exactOther'), sum('inside'), sum('O'), sum('mixed'), list.filter(mostlyO).length].join('\t'));
  }
  const flagged = all.filter(mostlyO).sort((a, b) => b.counts.O + b.counts.mixed - (a.counts.O + a.counts.mixed));
  console.log(`\nvariants matched mostly outside entities (O + mixed > exact + inside), top ${args.list}:`);
  console.log('lexicon\tid\tflags\tvariant\texact\texact-other-type\tinside\tO\tmixed');
  for (const s of flagged.slice(0, args.list)) {
    const c = s.counts;
    console.log([s.entry.lexicon, s.entry.id, [...s.entry.flags].join(',') || '-', s.variant, c.exact, c.exactOther, c.inside, c.O, c.mixed].join('\t'));
  }
}

function mostlyO(s: VariantStats): boolean {
  const c = s.counts;
  return c.O + c.mixed > 0 && c.O + c.mixed > c.exact + c.exactOther + c.inside;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(args.corpus)) {
  console.log(`skipped: corpus ${args.corpus} not found (the shared data folder is absent)`);
} else {
  console.log(`lexicons: ${args.lexicons.map((p) => basename(p)).join(', ')}`);
  measure(args);
}
