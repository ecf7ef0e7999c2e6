/**
 * npm run bench: throughput of full extraction against a read-decode-split baseline, with one core
 * and with --jobs equal to the cores, peak memory, and start-up time. Prints a table and JSON.
 *
 *   npm run bench                 # builds .bench/corpus.jsonl (>= 50 MB) from ANERcorp train text
 *   npm run bench -- --mb 10      # a smaller corpus for a quick look
 *   npm run bench -- --rounds 5   # command-line runs repeated 5 times (default 3)
 *
 * This VM's speed drifts by 10-20% from one minute to the next, so the command-line runs (--jobs 1,
 * --jobs 1 on one CPU, --jobs = cores) are made in rounds, one of each per round, and the table
 * gives each run's median with its range; the speed-ups are the medians of each round's ratios,
 * which compare runs made within a minute of each other.
 *
 * The corpus is made reproducibly from ../shared/data/ner/anercorp_camel/train.conll: its sentences
 * are grouped into articles of about 3 KB, and the set is repeated (each copy with a numbered id)
 * until the corpus reaches the requested size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Extractor } from '../src/pipeline/extractor.js';
import { readAnnotatedConll } from '../src/conll/corpus.js';
import { normalizeText } from '../src/normalize/index.js';
import { shippedTagger } from '../src/recognizers/tagger/shipped.js';
import { SequenceTagger } from '../src/recognizers/tagger/tagger.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || 0 : 0);
const targetMb = option('--mb') || 50;
const rounds = option('--rounds') || 3;
const benchDir = join(root, '.bench');
const corpusPath = join(benchDir, `corpus-${targetMb}mb.jsonl`);
const trainPath = join(root, '..', 'shared', 'data', 'ner', 'anercorp_camel', 'train.conll');
const bin = join(root, 'bin', 'arner.js');
const cores = availableParallelism();

function buildCorpus(): void {
  if (existsSync(corpusPath)) return;
  if (!existsSync(trainPath)) {
    console.error(`bench: ${trainPath} is absent; the corpus is built from ANERcorp's train split`);
    process.exit(2);
  }
  const sentences = readAnnotatedConll(trainPath).map(({ tokens }) => tokens.join(' '));
  const articles: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const sentence of sentences) {
    current.push(sentence);
    size += sentence.length;
    if (size >= 3000) {
      articles.push(current.join('\n'));
      current = [];
      size = 0;
    }
  }
  if (current.length) articles.push(current.join('\n'));
  mkdirSync(benchDir, { recursive: true });
  const lines: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetMb * 1e6; copy++) {
    for (let i = 0; i < articles.length && bytes < targetMb * 1e6; i++) {
      const line = JSON.stringify({ id: `${copy}-${i}`, text: articles[i] });
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
  }
  writeFileSync(corpusPath, `${lines.join('\n')}\n`);
}

interface Run {
  name: string;
  seconds: number;
  mb: number;
  articles: number;
  peakRssMb: number;
  /** For repeated runs: the seconds of every round (`seconds` is their median). */
  rounds?: number[];
}

const rate = (run: Run): { mbPerSecond: number; articlesPerSecond: number } => ({
  mbPerSecond: run.mb / run.seconds,
  articlesPerSecond: run.articles / run.seconds,
});

/** Text bytes of the articles (what the MB/s figures count), and their number. */
function corpusTexts(): { texts: string[]; mb: number } {
  const texts = readFileSync(corpusPath, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  return { texts, mb: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6 };
}

/** Baseline: read the file, decode it, parse each line, split the text with one regular expression. */
function baseline(mb: number): Run {
  const start = performance.now();
  let words = 0;
  const bytes = readFileSync(corpusPath);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  let articles = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    words += (JSON.parse(line) as { text: string }).text.split(/\s+/).length;
    articles++;
  }
  if (words === 0) throw new Error('empty corpus');
  return { name: 'baseline: read + decode + regex split (1 core)', seconds: (performance.now() - start) / 1000, mb, articles, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Full extraction in this process: read, decode, parse, extract every article. */
function inProcess(mb: number): Run {
  const extractor = new Extractor();
  extractor.extract('تمهيد: الرئيس الصيني شي جين بينغ في طشقند يوم 24 يونيو 2016.');
  const start = performance.now();
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(corpusPath));
  let articles = 0;
  let mentions = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    mentions += extractor.extract((JSON.parse(line) as { text: string }).text).mentions.length;
    articles++;
  }
  if (mentions === 0) throw new Error('no mentions found: the extractor is not working');
  return { name: 'full extraction, library in-process (1 core)', seconds: (performance.now() - start) / 1000, mb, articles, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * `taskset -c 0` when it exists: pins a run to one CPU, so that "one core" means one core. Without
 * it a --jobs 1 run also uses the other core for V8's background work (JIT compilation, concurrent
 * garbage collection): about 1.3 cores.
 */
const taskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Full extraction through the CLI in jsonl mode with --jobs N, output discarded; `pinned`: on CPU 0 only. */
function cli(jobs: number, mb: number, articles: number, pinned = false): Run {
  const rssFile = join(benchDir, `rss-${jobs}.txt`);
  const reporter = join(benchDir, 'report-rss.cjs');
  writeFileSync(reporter, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const argv = [process.execPath, '--require', reporter, bin, 'extract', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', String(jobs), corpusPath];
  const [command, ...rest] = pinned ? ['taskset', '-c', '0', ...argv] : argv;
  const start = performance.now();
  const result = spawnSync(command!, rest, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`arner extract --jobs ${jobs} failed (${result.status}): ${result.stderr}`);
  const name = `full extraction, arner extract --jobs ${jobs}${pinned ? ', pinned to one CPU (taskset -c 0)' : ''}`;
  return { name, seconds, mb, articles, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/** The run of median time among repeated ones, with every round's seconds and the highest peak RSS. */
function medianRun(runs: Run[]): Run {
  const middle = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
  return { ...middle, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), rounds: runs.map((r) => r.seconds) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function startup(): { arnerMs: number; nodeMs: number; ratio: number } {
  const article = join(root, 'fixtures', 'articles', 'xinhua-2016-06-24-xi-nazarbayev.txt');
  const time = (argv: string[]): number => {
    const start = performance.now();
    execFileSync(process.execPath, argv, { stdio: 'ignore' });
    return performance.now() - start;
  };
  time([bin, 'extract', article]); // warm the compile cache and the file cache
  const arnerMs = median(Array.from({ length: 11 }, () => time([bin, 'extract', article])));
  const nodeMs = median(Array.from({ length: 11 }, () => time(['-e', ''])));
  return { arnerMs, nodeMs, ratio: arnerMs / nodeMs };
}

interface TaggerSpeed {
  tokens: number;
  mb: number;
  seconds: number;
  tokensPerSecond: number;
  mbPerSecond: number;
}

/**
 * The tagger alone on one core: ANERcorp train's sentences, normalized beforehand, tagged (with
 * confidences, as extraction does) in documents of about 3 KB, after one warm-up pass. Its MB/s
 * counts the UTF-8 bytes of the sentences' text (tokens joined by spaces, as in the corpus): full
 * extraction runs the tagger on that text and more, so this is a ceiling on its speed.
 * `newWords` is the same with a new word cache for every pass, so that every distinct word is met
 * for the first time once per pass, as in text with a vocabulary it has not seen (the corpus repeats
 * ANERcorp train, so after its first copy the cache knows every word).
 */
function taggerSpeed(): TaggerSpeed & { newWords: TaggerSpeed } {
  const documents: string[][][] = [];
  let current: string[][] = [];
  let size = 0;
  let tokens = 0;
  let bytes = 0;
  for (const sentence of readAnnotatedConll(trainPath)) {
    const text = sentence.tokens.join(' ');
    current.push(sentence.tokens.map(normalizeText));
    tokens += sentence.tokens.length;
    size += text.length;
    bytes += Buffer.byteLength(text) + 1;
    if (size >= 3000) {
      documents.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) documents.push(current);
  const shipped = shippedTagger();
  const rounds = 3;
  const timed = (taggerOfPass: () => SequenceTagger): TaggerSpeed => {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) {
      const tagger = taggerOfPass();
      for (const document of documents) tagger.tagDocument(document, true);
    }
    const seconds = (performance.now() - start) / 1000;
    const mb = (rounds * bytes) / 1e6;
    return { tokens: rounds * tokens, mb, seconds, tokensPerSecond: (rounds * tokens) / seconds, mbPerSecond: mb / seconds };
  };
  for (const document of documents) shipped.tagDocument(document, true);
  const warm = timed(() => shipped);
  const newWords = timed(() => new SequenceTagger(shipped.model, shipped.lexicons));
  return { ...warm, newWords };
}

buildCorpus();
// The package as users run it: compiled, with the model's gunzipped copy (npm run build).
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'scripts', 'post-build.mjs')], { stdio: 'inherit' });
const { texts, mb } = corpusTexts();
const base = baseline(mb);
const single = inProcess(mb);
const roundRuns: { one: Run; pinned?: Run; many: Run }[] = [];
for (let r = 0; r < rounds; r++) {
  roundRuns.push({ one: cli(1, mb, texts.length), pinned: taskset ? cli(1, mb, texts.length, true) : undefined, many: cli(cores, mb, texts.length) });
}
const one = medianRun(roundRuns.map((r) => r.one));
const pinned = taskset ? medianRun(roundRuns.map((r) => r.pinned!)) : undefined;
const many = medianRun(roundRuns.map((r) => r.many));
const start = startup();
const tagging = taggerSpeed();

const runs = [base, single, one, ...(pinned ? [pinned] : []), many];
const table = runs.map((run) => ({ ...run, ...rate(run) }));
console.log(`\narner bench: ${mb.toFixed(1)} MB of article text, ${texts.length} articles; ${cpus()[0]?.model ?? 'cpu'}, ${cores} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log(`| run | seconds | MB/s | articles/s | peak RSS MB |${rounds > 1 ? ` MB/s in the ${rounds} rounds |` : ''}`);
console.log(`|---|---:|---:|---:|---:|${rounds > 1 ? '---|' : ''}`);
for (const r of table) {
  const each = r.rounds ? r.rounds.map((seconds) => (r.mb / seconds).toFixed(2)).join(', ') : '';
  console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${r.mbPerSecond.toFixed(2)} | ${r.articlesPerSecond.toFixed(0)} | ${r.peakRssMb.toFixed(0)} |${rounds > 1 ? ` ${each} |` : ''}`);
}
const summary = {
  corpusMb: mb,
  articles: texts.length,
  cores,
  runs: table,
  /** How many times faster the baseline is than full extraction (--jobs 1); the issue's bar is at most 8. */
  baselineOverExtraction: base.mb / base.seconds / (one.mb / one.seconds),
  /** --jobs equal to the cores against --jobs 1: the median of the rounds' ratios. */
  jobsSpeedup: median(roundRuns.map((r) => r.one.seconds / r.many.seconds)),
  /** --jobs equal to the cores against --jobs 1 held to one CPU (absent without taskset), likewise. */
  jobsSpeedupOverOneCpu: taskset ? median(roundRuns.map((r) => r.pinned!.seconds / r.many.seconds)) : undefined,
  rounds,
  startup: start,
  /** The statistical tagger alone, one core (warm); its MB/s bounds full extraction's per core. */
  tagger: tagging,
};
console.log(`\nbaseline is ${summary.baselineOverExtraction.toFixed(1)}x faster than extraction (--jobs 1); --jobs ${cores} speed-up: ${summary.jobsSpeedup.toFixed(2)}x`);
if (summary.jobsSpeedupOverOneCpu !== undefined) console.log(`--jobs ${cores} against --jobs 1 on one CPU: ${summary.jobsSpeedupOverOneCpu.toFixed(2)}x`);
console.log(`tagger alone (1 core, warm): ${(tagging.tokensPerSecond / 1000).toFixed(0)}k tokens/s, ${tagging.mbPerSecond.toFixed(2)} MB/s of text (a ceiling on full extraction's speed per core)`);
console.log(`tagger alone, every word new once per pass (1 core): ${(tagging.newWords.tokensPerSecond / 1000).toFixed(0)}k tokens/s, ${tagging.newWords.mbPerSecond.toFixed(2)} MB/s of text`);
console.log(`start-up: arner extract ${start.arnerMs.toFixed(0)} ms, node -e "" ${start.nodeMs.toFixed(0)} ms (${start.ratio.toFixed(2)}x)\n`);
console.log(JSON.stringify(summary, null, 2));
