import { createReadStream, existsSync } from 'node:fs';
import { ArnerError } from '../core/errors.js';
import type { ErrorRecord } from '../core/types.js';
import type { InputFormat } from '../io/inputs/file-filter.js';
import type { InputEntry } from '../io/inputs/input-entry.js';
import { decodeLine, splitLines } from '../io/inputs/jsonl.js';
import { readStreamLimited, tooLarge } from '../io/inputs/read-bytes.js';
import { describeFsError } from '../io/inputs/fs-errors.js';
import type { Item } from './ordered-runner.js';

/** What the main thread keeps about each item while it runs: where its output goes. */
export interface ItemMeta {
  source: string;
  /** The input's path below the folder given (names its output below --out). */
  outRel: string;
  /**
   * "document": one input document (a text file, stdin, one jsonl line);
   * "file-error": a whole input that failed (text mode, or a jsonl file that could not be read);
   * "end-of-file": marks the end of one jsonl input file (no outcome).
   */
  role: 'document' | 'file-error' | 'end-of-file';
  /** jsonl mode: the input file a line belongs to. */
  group?: string;
}

export interface ItemSourceOptions {
  inputFormat: InputFormat;
  maxBytes: number;
  /** Standard input as a stream of chunks. */
  stdin: () => AsyncIterable<Uint8Array | string>;
  /** True when this input's output exists already (--skip-existing): it is skipped. */
  alreadyDone?: (entry: InputEntry) => boolean;
  onSkipExisting?: () => void;
}

/**
 * Turns inputs into items for the runner: text inputs become one task each (the file is read by the
 * lane that processes it); jsonl inputs are streamed line by line here, each line one task; inputs
 * that failed already become error outcomes in place.
 */
export async function* itemsFromInputs(entries: AsyncIterable<InputEntry>, options: ItemSourceOptions): AsyncGenerator<Item<ItemMeta>> {
  for await (const entry of entries) {
    if (entry.kind === 'error') {
      yield failedItem(entry.source, entry.outRel, entry.code, entry.message);
      continue;
    }
    if (options.alreadyDone?.(entry)) {
      options.onSkipExisting?.();
      continue;
    }
    if (options.inputFormat === 'jsonl') {
      yield* jsonlItems(entry, options);
      continue;
    }
    const meta: ItemMeta = { source: entry.source, outRel: entry.outRel, role: 'document' };
    if (entry.kind === 'stdin') {
      try {
        const bytes = await readStreamLimited(options.stdin(), options.maxBytes);
        yield { task: { kind: 'bytes', source: '-', bytes }, weight: bytes.length, meta };
      } catch (error) {
        yield failedItem('-', entry.outRel, ...errorParts(error));
      }
    } else if (entry.size !== undefined && entry.size > options.maxBytes) {
      yield failedItem(entry.source, entry.outRel, 'E_TOO_LARGE', tooLarge(entry.size, options.maxBytes).message);
    } else {
      yield { task: { kind: 'file', source: entry.source, path: entry.path }, weight: entry.size ?? 64 * 1024, meta };
    }
  }
}

async function* jsonlItems(entry: Exclude<InputEntry, { kind: 'error' }>, options: ItemSourceOptions): AsyncGenerator<Item<ItemMeta>> {
  const group = entry.outRel;
  const chunks = entry.kind === 'stdin' ? options.stdin() : createReadStream(entry.path);
  const lineMeta: ItemMeta = { source: entry.source, outRel: entry.outRel, role: 'document', group };
  try {
    for await (const raw of splitLines(chunks, options.maxBytes)) {
      const where = { source: entry.source, line: raw.line };
      if (!raw.bytes) {
        yield { ready: errorOutcome({ ...where, error: { code: 'E_TOO_LARGE', message: tooLarge(raw.size, options.maxBytes).message } }), meta: lineMeta };
        continue;
      }
      let text: string;
      try {
        text = decodeLine(raw as typeof raw & { bytes: Buffer });
      } catch (error) {
        const [code, message] = errorParts(error);
        const byteOffset = (error as ArnerError).details?.byteOffset as number | undefined;
        yield { ready: errorOutcome({ ...where, error: { code, message, ...(byteOffset !== undefined ? { byteOffset } : {}) } }), meta: lineMeta };
        continue;
      }
      yield { task: { kind: 'line', source: entry.source, line: raw.line, text }, weight: raw.bytes.length, meta: lineMeta };
    }
  } catch (error) {
    // The file could not be opened or read on: one error record for it (the lines already read stand).
    yield { ...failedItem(entry.source, entry.outRel, ...errorParts(error)), meta: { source: entry.source, outRel: entry.outRel, role: 'file-error', group } };
  }
  yield { ready: null, meta: { source: entry.source, outRel: entry.outRel, role: 'end-of-file', group } };
}

function failedItem(source: string, outRel: string, code: string, message: string): Item<ItemMeta> {
  return { ready: errorOutcome({ source, error: { code, message } }), meta: { source, outRel, role: 'file-error' } };
}

function errorOutcome(error: ErrorRecord): { bytes: number; error: ErrorRecord } {
  return { bytes: 0, error };
}

function errorParts(error: unknown): [code: string, message: string] {
  if (error instanceof ArnerError) return [error.code, error.message];
  return ['E_READ', `cannot read: ${describeFsError(error)}`];
}

/** True when a path exists (for --skip-existing). */
export const exists = (path: string): boolean => existsSync(path);
