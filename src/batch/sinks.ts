import { extname, relative } from 'node:path';
import type { ErrorRecord } from '../core/types.js';
import type { CliIO } from '../cli/io.js';
import { bratFiles, FORMATTERS, htmlIndex, type DocumentFormatter, type HtmlIndexEntry } from '../io/formats/index.js';
import { jsonFormatter } from '../io/formats/json.js';
import { JSONL_EXTENSIONS, type InputFormat } from '../io/inputs/file-filter.js';
import { OutputDir, type OutputStream } from '../io/out-dir.js';
import type { ItemMeta } from './items.js';
import type { Result, Success } from './task.js';

export type { Result };
type Done = Omit<Success, 'seq'>;

/** Where outputs go, one call per item in input order. */
export interface Sink {
  put(outcome: Result | null, meta: ItemMeta): Promise<void>;
  close(interrupted: boolean): Promise<void>;
}

/** A result as text in the run's format: formatted by the lane already, or here with its text. */
export function formatted(outcome: Done, formatter: DocumentFormatter): string {
  return outcome.output ?? formatter.format(outcome.document!, { text: outcome.text });
}

/** Standard output: each result or error record formatted in turn; waits when the pipe is full. */
export function stdoutSink(io: CliIO, formatter: DocumentFormatter): Sink {
  const stdout = io.stdout as CliIO['stdout'] & { once?: (event: string, listener: () => void) => unknown };
  return {
    async put(outcome) {
      if (!outcome) return;
      const text = outcome.error ? formatter.format(outcome.error) : formatted(outcome, formatter);
      if (text && stdout.write(text) === false && typeof stdout.once === 'function') {
        await new Promise<void>((resolve) => stdout.once!('drain', resolve));
      }
    },
    async close() {},
  };
}

/** The files one result becomes below --out, by suffix added to the input's name; the first one marks it done. */
const OUT_FILES: Record<string, (outcome: Done) => { suffix: string; content: string }[]> = {
  json: (o) => [{ suffix: '.json', content: formatted(o, jsonFormatter) }],
  jsonl: (o) => [{ suffix: '.json', content: formatted(o, FORMATTERS.jsonl!()) }],
  pretty: (o) => [{ suffix: '.pretty.txt', content: formatted(o, FORMATTERS.pretty!({ colorLevel: 0 })) }],
  html: (o) => [{ suffix: '.html', content: formatted(o, FORMATTERS.html!()) }],
  conll: (o) => [{ suffix: '.conll', content: formatted(o, FORMATTERS.conll!()) }],
  brat: (o) => {
    const { txt, ann } = bratFiles(o.document!, o.text!);
    return [
      { suffix: '.ann', content: ann },
      { suffix: '.txt', content: txt },
    ];
  },
};

/** Suffixes of the files a format writes per input below --out (text mode). */
export function outSuffixes(format: string): string[] {
  return { json: ['.json'], jsonl: ['.json'], pretty: ['.pretty.txt'], html: ['.html'], conll: ['.conll'], brat: ['.ann', '.txt'] }[format] ?? [`.${format}`];
}

/** The error of an input whose output path another input of the run has taken. */
export const OUTPUT_COLLISION = 'E_OUTPUT';

/** Formats that write several files or pages per document: not for jsonl inputs with --out. */
export const PER_DOCUMENT_FORMATS: readonly string[] = ['html', 'brat'];

/**
 * Output names below --out. Text mode: `<input name><suffix>` (article.txt → article.txt.json) and
 * `<input name>.error.json` for an error record. jsonl mode: one `<input name>` per input file (".jsonl"
 * added when the input has no jsonl extension, as for stdin), one line per input line.
 */
export class OutputNaming {
  constructor(
    readonly dir: OutputDir,
    private readonly inputFormat: InputFormat,
    private readonly format: string,
  ) {}

  /** The file whose presence means "done" (--skip-existing). */
  done(outRel: string): string {
    return this.results(outRel)[0]!;
  }

  results(outRel: string): string[] {
    if (this.inputFormat === 'jsonl') return [this.dir.pathFor(outRel, JSONL_EXTENSIONS.includes(extname(outRel).toLowerCase()) ? '' : '.jsonl')];
    return outSuffixes(this.format).map((suffix) => this.dir.pathFor(outRel, suffix));
  }

  error(outRel: string): string {
    return this.dir.pathFor(outRel, '.error.json');
  }
}

/**
 * --out DIR. Text mode: each result or error record to its own files, atomically; with --format html an
 * index.html lists every document. jsonl mode: the lines of one input file are collected in a temporary
 * file renamed into place once the whole input was read (an input file that could not be read whole
 * gets `<name>.error.json` instead, so --skip-existing retries it).
 */
export function directorySink(naming: OutputNaming, format: string, formatter: DocumentFormatter): Sink {
  const dir = naming.dir;
  let group: { name: string; stream?: OutputStream; failure?: ErrorRecord } | undefined;
  const errorJson = (record: ErrorRecord): string => jsonFormatter.format(record);
  const index: HtmlIndexEntry[] | undefined = format === 'html' ? [] : undefined;
  const files = OUT_FILES[format]!;

  const putWhole = async (outcome: Result, meta: ItemMeta): Promise<void> => {
    const results = naming.results(meta.outRel);
    const error = naming.error(meta.outRel);
    if (outcome.error?.error.code === OUTPUT_COLLISION) return; // its files belong to the other input: on stderr only
    if (outcome.error) {
      await dir.write(error, errorJson(outcome.error), results);
      index?.push({ href: relativeHref(dir.root, error), result: outcome.error });
      return;
    }
    const pieces = files(outcome);
    // Written last to first, so the file that marks the input done appears once the others are there.
    for (let i = pieces.length - 1; i >= 0; i--) {
      await dir.write(dir.pathFor(meta.outRel, pieces[i]!.suffix), pieces[i]!.content, i === 0 ? [error] : []);
    }
    if (index) index.push({ href: relativeHref(dir.root, results[0]!), result: slim(outcome.document!) });
  };

  return {
    async put(outcome, meta) {
      if (meta.group === undefined) {
        if (outcome) await putWhole(outcome, meta);
        return;
      }
      if (!group || group.name !== meta.group) group = { name: meta.group };
      const [result] = naming.results(meta.outRel);
      const error = naming.error(meta.outRel);
      if (meta.role === 'end-of-file') {
        const current = group;
        group = undefined;
        if (current.failure) {
          await current.stream?.discard();
          await dir.write(error, errorJson(current.failure), [result!]);
        } else {
          current.stream ??= await dir.openStream(result!, [error]);
          await current.stream.commit();
        }
        return;
      }
      if (!outcome) return;
      if (meta.role === 'file-error') {
        group.failure = outcome.error!;
        return;
      }
      group.stream ??= await dir.openStream(result!, [error]);
      const text = outcome.error ? formatter.format(outcome.error) : formatted(outcome, formatter);
      await group.stream.write(text);
    },
    async close() {
      // An interrupted jsonl input file is not committed: its output appears only when whole.
      await group?.stream?.discard();
      if (index) await dir.write(dir.pathFor('index', '.html'), htmlIndex(index));
    },
  };
}

function relativeHref(root: string, path: string): string {
  return relative(root, path).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

/** What the index page needs of a document: its entities and the type, entity and value of its mentions. */
function slim(document: NonNullable<Done['document']>): NonNullable<Done['document']> {
  return {
    ...document,
    dateline: undefined,
    mentions: document.mentions.map((m) => ({ type: m.type, entity: m.entity, value: m.value }) as (typeof document.mentions)[number]),
  };
}
