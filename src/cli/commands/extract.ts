import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { canonicalEncoding } from '../../io/decode.js';
import { describeFsError } from '../../io/inputs/fs-errors.js';
import { FORMATTERS } from '../../io/formats/index.js';
import type { CliIO } from '../io.js';
import { collect, parseReferenceDate, parseTypes } from '../options.js';

interface ExtractFlags {
  format?: string;
  refDate?: string;
  types?: string;
  lexicon?: string[];
  recognizers?: string;
  overlapPolicy?: string;
  inputFormat: 'text' | 'jsonl';
  textField: string;
  idField: string;
  encoding: string;
  include?: string[];
  jobs?: number;
  out?: string;
  skipExisting?: boolean;
  maxBytes: number;
  quiet?: boolean;
  exitZero?: boolean;
}

/** Inputs larger than this are refused with E_TOO_LARGE unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export function registerExtract(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract people, places, organizations, dates and initiatives as JSON')
    .argument('[paths...]', 'files, folders (recursive) or quoted globs; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: one input: pretty in a terminal, else json; several inputs or jsonl input: jsonl; --out: json)').choices(Object.keys(FORMATTERS)))
    .option('--ref-date <date>', 'reference date for relative dates: YYYY-MM-DD or "today" (default: the dateline\'s date)')
    .option('--types <types>', 'only these types, comma-separated: PERSON,PLACE,ORGANIZATION,DATE,INITIATIVE')
    .option('--lexicon <file>', 'an extra entity lexicon (TSV, same format as lexicons/entities); repeatable', collect)
    .option('--recognizers <names>', 'recognizers to run, comma-separated (default: all)')
    .option('--overlap-policy <name>', 'how overlapping candidates are resolved (priority-then-longest, longest-first)')
    .addOption(new Option('--input-format <format>', 'text: each input is one article; jsonl: each line is a JSON object holding one').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'jsonl: the field holding the article (a dotted path reaches into objects)', 'text')
    .option('--id-field <name>', 'jsonl: the field holding the id carried to the output', 'id')
    .option('--encoding <name>', 'text inputs: auto (UTF-8 ± BOM, UTF-16 with BOM, Windows-1256) or an encoding to force, e.g. windows-1256, utf-16le', 'auto')
    .option('--include <glob>', 'in folders, also take files matching this glob (hidden or any extension); repeatable', collect)
    .option('-j, --jobs <n>', `worker threads that extract; runs of at most 32 documents use the main thread alone (default: the number of cores, ${availableParallelism()} here)`, positiveInteger('--jobs'))
    .option('-o, --out <dir>', 'write one <name>.json per input below DIR, mirroring the input tree (errors: <name>.error.json)')
    .option('--skip-existing', 'with --out: skip inputs whose output exists (resume an interrupted run)')
    .option('--max-bytes <size>', 'refuse larger inputs (jsonl: lines) with E_TOO_LARGE; k, M, G suffixes', byteSize, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress bar, no per-error lines, no summary (the exit code still tells)')
    .option('--exit-zero', 'exit 0 even when inputs failed (their error records are in the output); for Spark RDD.pipe and Hadoop Streaming, which fail a task on a non-zero exit')
    .addHelpText(
      'after',
      `
Inputs: files are read whatever their name; folders are walked recursively, taking .txt, .text, .md
and extension-less files (jsonl mode: .jsonl, .ndjson), skipping hidden ones unless --include says
otherwise. Every input comes out as a result or as an error record {"source", "error": {"code",
"message"}} (E_READ, E_BINARY, E_DECODE, E_TOO_LARGE, E_JSON, E_FIELD), in input order whatever --jobs.
A summary goes to stderr; exit code 1 if any input failed, 2 for a bad option, 130 when interrupted.

Examples:
  $ arner extract article.txt
  $ cat article.txt | arner extract --ref-date 2016-06-24
  $ arner extract a.txt b.txt --format jsonl --types PERSON,PLACE
  $ arner extract article.txt --lexicon my-entities.tsv
  $ arner extract news/ --jobs 4 > mentions.jsonl
  $ arner extract 'news/**/*.txt' --out results/ --skip-existing
  $ cat articles.jsonl | arner extract --input-format jsonl --text-field body | jq .entities`,
    )
    .action(async (paths: string[], flags: ExtractFlags, command: Command) => {
      const debug = Boolean(command.optsWithGlobals().debug);
      setExit(await runExtract(paths.length ? paths : ['-'], flags, command, io, debug));
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags, command: Command, io: CliIO, debug: boolean): Promise<number> {
  const referenceDate = parseReferenceDate(flags.refDate);
  const types = parseTypes(flags.types);
  const recognizers = flags.recognizers?.split(',').map((r) => r.trim()).filter(Boolean);
  if (recognizers && recognizers.length === 0) throw new UsageError('--recognizers: no recognizer named');
  const encoding = canonicalEncoding(flags.encoding);
  if (!encoding) throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (e.g. auto, utf-8, utf-16le, utf-16be, windows-1256)`);
  if (flags.inputFormat === 'jsonl' && encoding !== 'auto' && encoding !== 'utf-8') {
    throw new UsageError('--encoding: JSON Lines input is UTF-8; convert it first (iconv -f ... -t utf-8)');
  }
  for (const option of ['textField', 'idField'] as const) {
    if (command.getOptionValueSource(option) === 'cli' && flags.inputFormat !== 'jsonl') {
      throw new UsageError(`--${option === 'textField' ? 'text' : 'id'}-field applies to --input-format jsonl only`);
    }
  }
  if (flags.skipExisting && flags.out === undefined) throw new UsageError('--skip-existing needs --out DIR');
  if (flags.out !== undefined) {
    let stats;
    try {
      stats = statSync(resolve(io.cwd, flags.out), { throwIfNoEntry: false });
    } catch (error) {
      throw new UsageError(`--out: cannot use ${flags.out}: ${describeFsError(error)}`);
    }
    if (stats && !stats.isDirectory()) throw new UsageError(`--out: ${flags.out} exists and is not a folder`);
  }

  // The pipeline (lexicons, recognizers, worker pool) loads only when extraction really runs.
  const { runBatch } = await import('../../batch/run-batch.js');
  const code = await runBatch(
    {
      inputs,
      inputFormat: flags.inputFormat,
      include: flags.include ?? [],
      settings: {
        extractor: { types, lexicons: flags.lexicon, recognizers, overlapPolicy: flags.overlapPolicy },
        referenceDate,
        encoding,
        maxBytes: flags.maxBytes,
        format: flags.format,
        textField: flags.textField,
        idField: flags.idField,
      },
      jobs: flags.jobs ?? availableParallelism(),
      outDir: flags.out === undefined ? undefined : resolve(io.cwd, flags.out),
      skipExisting: Boolean(flags.skipExisting),
      quiet: Boolean(flags.quiet),
      debug,
    },
    io,
  );
  return code === 1 && flags.exitZero ? 0 : code;
}

function positiveInteger(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1024) throw new InvalidArgumentError(`${name} takes a whole number from 1 to 1024`);
    return Number(value);
  };
}

/** Parses a byte size: 1000, 512k, 8M, 1G (binary multiples). */
export function byteSize(value: string): number {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('a size in bytes, e.g. 1000000, 512k, 8M, 1G');
  const size = Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] || ' ').toLowerCase());
  if (size < 1 || !Number.isSafeInteger(size)) throw new InvalidArgumentError('a size of at least 1 byte');
  return size;
}
