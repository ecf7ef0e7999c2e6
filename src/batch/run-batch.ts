import { mkdirSync, statSync } from 'node:fs';
import type { CliIO } from '../cli/io.js';
import { UsageError } from '../core/errors.js';
import { colorLevelFor, defaultFormat, FORMATTERS } from '../io/formats/index.js';
import { enumerateInputs } from '../io/inputs/enumerate.js';
import { describeFsError } from '../io/inputs/fs-errors.js';
import { fileFilter, type InputFormat } from '../io/inputs/file-filter.js';
import type { InputEntry } from '../io/inputs/input-entry.js';
import { OutputDir } from '../io/out-dir.js';
import { countInputs } from './count-inputs.js';
import { exists, itemsFromInputs } from './items.js';
import { DEFAULT_RECOGNIZERS } from '../recognizers/names.js';
import { inProcessLane, workerLanes, type Lane } from './lanes.js';
import { runOrdered } from './ordered-runner.js';
import { NO_PROGRESS, progressBar, type Progress } from './progress.js';
import { directorySink, OUTPUT_COLLISION, OutputNaming, PER_DOCUMENT_FORMATS, stdoutSink, type Result } from './sinks.js';
import { summaryLine, type BatchCounts } from './summary.js';
import type { BatchSettings } from './task.js';

export interface BatchRequest {
  /** Paths, folders, globs, "-". */
  inputs: string[];
  inputFormat: InputFormat;
  /** --include patterns. */
  include: string[];
  /** Settings for the lanes; `format` undefined means "the default for this run" (see defaultFormat). */
  settings: Omit<BatchSettings, 'format' | 'formatInLane'> & { format?: string };
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  outDir?: string;
  skipExisting: boolean;
  quiet: boolean;
  debug: boolean;
}

export const EXIT_INTERRUPTED = 130;

/** Documents per message to a worker: one document per message was slower than one thread on 2 cores. */
const BATCH_SIZE = 64;
/** A batch stops growing at about this many bytes of input. */
const BATCH_BYTES = 1 << 20;
/** Runs with at most this many documents stay in the main thread: starting workers would cost more. */
const IN_PROCESS_MAX = 32;
/** Formats the lanes produce themselves (stateless, no input text needed). */
const LANE_FORMATS = new Set(['json', 'jsonl']);

/**
 * Runs `arner extract` over any number of inputs: every input comes out as a result or an error record,
 * in input order, on stdout or below --out; a one-line summary goes to stderr. Returns the exit code:
 * 0, 1 when an input failed, 130 when interrupted.
 */
export async function runBatch(request: BatchRequest, io: CliIO): Promise<number> {
  const started = performance.now();
  const counts: BatchCounts = { processed: 0, failed: 0, skipped: 0, bytes: 0 };
  const controller = new AbortController();
  // The bar shares the terminal with the output when stdout is the terminal too: then the output itself
  // shows the progress, and a bar redrawn over it would garble it.
  const showProgress = io.stderr.isTTY === true && !request.quiet && (io.stdout.isTTY !== true || request.outDir !== undefined);
  let progress: Progress = NO_PROGRESS;
  let lanes: Lane[] = [];
  // The format is known now unless it depends on the number of inputs (stdout, text inputs).
  let format = request.settings.format ?? (request.inputFormat === 'jsonl' ? 'jsonl' : request.outDir ? 'json' : undefined);
  if (request.outDir && request.inputFormat === 'jsonl' && format && PER_DOCUMENT_FORMATS.includes(format)) {
    throw new UsageError(`--format ${format} writes files per document: with --out it needs text inputs, not --input-format jsonl`);
  }
  const outDir = request.outDir === undefined ? undefined : new OutputDir(request.outDir);
  const naming = outDir ? new OutputNaming(outDir, request.inputFormat, format!) : undefined;
  let excluded: string | undefined;
  if (outDir) {
    try {
      mkdirSync(outDir.root, { recursive: true });
      const stats = statSync(outDir.root);
      excluded = `${stats.dev}:${stats.ino}`;
    } catch (error) {
      throw new UsageError(`--out: cannot create ${outDir.root}: ${describeFsError(error)}`);
    }
  }
  const unregister = io.onInterrupt?.(() => controller.abort());

  try {
    const enumerateOptions = {
      cwd: io.cwd,
      filter: fileFilter(request.inputFormat, request.include),
      onSkip: () => void counts.skipped++,
      excludeDirectories: excluded ? new Set([excluded]) : undefined,
    };
    const entries = enumerateInputs(request.inputs, enumerateOptions);
    const items = itemsFromInputs(naming && request.inputs.length > 1 ? withCollisionCheck(entries, (rel) => naming.done(rel)) : entries, {
      inputFormat: request.inputFormat,
      maxBytes: request.settings.maxBytes,
      stdin: () => io.stdinStream?.() ?? readAll(io),
      alreadyDone: request.skipExisting && naming ? (entry) => exists(naming.done(entry.outRel)) : undefined,
      onSkipExisting: () => {
        counts.skipped++;
        progress.tick();
      },
    });

    // Look ahead a little: a run of a few documents stays in-process, and one text input may be shown pretty.
    const { head, rest, ended } = await peek(items, IN_PROCESS_MAX + 1);
    const documents = head.filter((item) => item.meta.role !== 'end-of-file').length;
    format ??= defaultFormat({ stdoutIsTTY: io.stdout.isTTY === true, inputCount: ended ? documents : documents + 1 });
    const settings: BatchSettings = { ...request.settings, format, formatInLane: LANE_FORMATS.has(format) };
    const tasks = head.filter((item) => 'task' in item).length;
    // --jobs N: N worker threads extract while the main thread reads, orders and writes. Workers run
    // with a young generation large enough for a batch's short-lived objects (see lanes.ts), which the
    // main thread cannot be given. A run of a few documents stays in the main thread: starting a
    // worker and loading the lexicons again would cost more than it saves.
    const inProcess = ended && tasks <= IN_PROCESS_MAX;
    const runsTagger = (settings.extractor.recognizers ?? DEFAULT_RECOGNIZERS).includes('tagger');
    // The main thread reads the model once for all workers; it loads the tagger's code only for that.
    const taggerModel = !inProcess && runsTagger ? (await import('../recognizers/tagger/shipped.js')).sharedShippedModel() : undefined;
    lanes = inProcess ? [inProcessLane(settings)] : workerLanes(request.jobs, taggerModel ? { ...settings, taggerModel } : settings);

    if (showProgress) {
      progress = progressBar(io.stderr, request.inputFormat === 'jsonl' ? 'lines' : 'files');
      void countInputs(request.inputs, enumerateOptions, request.inputFormat).then(
        (total) => total !== undefined && progress.setTotal(total),
        () => undefined,
      );
    }

    const stdoutColumns = (io.stdout as { columns?: number }).columns;
    const formatter = FORMATTERS[format]!(outDir ? { colorLevel: 0 } : { colorLevel: colorLevelFor(io.stdout, io.env), width: stdoutColumns });
    const sink = naming ? directorySink(naming, format, formatter) : stdoutSink(io, formatter);
    const results = runOrdered(concat(head, rest), lanes, {
      batchSize: inProcess ? 1 : BATCH_SIZE,
      batchBytes: BATCH_BYTES,
      window: Math.max(256, lanes.length * BATCH_SIZE * 2),
      signal: controller.signal,
    });
    for await (const { outcome, meta } of results) {
      await sink.put(outcome, meta);
      if (!outcome) continue;
      counts.processed++;
      counts.bytes += outcome.bytes;
      progress.tick();
      if (outcome.error) {
        counts.failed++;
        if (!request.quiet) reportError(outcome, request.debug, (line) => (showProgress ? progress.log(line) : io.stderr.write(line)));
      }
    }
    await sink.close(controller.signal.aborted);
  } finally {
    unregister?.();
    progress.stop();
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  const interrupted = controller.signal.aborted;
  if (!request.quiet || interrupted) io.stderr.write(summaryLine(counts, (performance.now() - started) / 1000, interrupted));
  return interrupted ? EXIT_INTERRUPTED : counts.failed ? 1 : 0;
}

function reportError(outcome: Result, debug: boolean, write: (line: string) => void): void {
  const record = outcome.error!;
  const where = record.line !== undefined ? `${record.source}:${record.line}` : record.source;
  write(`arner: ${where}: ${record.error.message} (${record.error.code})\n`);
  if (debug && 'stack' in outcome && outcome.stack) write(`${outcome.stack}\n`);
}

/** With several inputs given, two of them could map to the same output (a/x.txt and b/x.txt): the later one is an error. */
async function* withCollisionCheck(entries: AsyncIterable<InputEntry>, output: (outRel: string) => string): AsyncGenerator<InputEntry> {
  const seen = new Set<string>();
  for await (const entry of entries) {
    const path = output(entry.outRel);
    if (seen.has(path)) {
      yield { kind: 'error', source: entry.source, outRel: entry.outRel, code: OUTPUT_COLLISION, message: `another input of this run writes ${path} already` };
    } else {
      seen.add(path);
      yield entry;
    }
  }
}

async function peek<T>(source: AsyncIterable<T>, count: number): Promise<{ head: T[]; rest: AsyncIterator<T>; ended: boolean }> {
  const rest = source[Symbol.asyncIterator]();
  const head: T[] = [];
  while (head.length < count) {
    const next = await rest.next();
    if (next.done) return { head, rest, ended: true };
    head.push(next.value);
  }
  return { head, rest, ended: false };
}

async function* concat<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* readAll(io: CliIO): AsyncGenerator<Buffer> {
  yield await io.readStdin();
}

