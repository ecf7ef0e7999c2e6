import { ArnerError, UsageError } from '../core/errors.js';
import type { ArnerDocument, ErrorRecord } from '../core/types.js';
import { decodeBytes } from '../io/decode.js';
import { FORMATTERS } from '../io/formats/index.js';
import { readFileLimited } from '../io/inputs/read-bytes.js';
import { parseJsonlRecord } from '../io/inputs/jsonl.js';
import { Extractor } from '../pipeline/extractor.js';
import type { BatchSettings, Outcome, Task } from './task.js';

export type TaskProcessor = (task: Task) => Promise<Outcome>;

/**
 * Builds the extractor once (lexicons and model loaded here, once per thread) and returns the function
 * that turns one task into an outcome. A failing input becomes an error record, never an exception:
 * the batch goes on. Only a broken setup (a malformed --lexicon) throws, at creation.
 */
export function createProcessor(settings: BatchSettings): TaskProcessor {
  const extractor = new Extractor(settings.extractor);
  const formatter = settings.formatInLane ? FORMATTERS[settings.format]?.() : undefined;
  if (settings.formatInLane && !formatter) throw new UsageError(`unknown format "${settings.format}"`);
  const referenceDate = settings.referenceDate;

  return async (task) => {
    let bytes = 0;
    try {
      let document: ArnerDocument;
      let text: string;
      if (task.kind === 'line') {
        bytes = Buffer.byteLength(task.text);
        const record = parseJsonlRecord(task.text, settings);
        text = record.text;
        const { source, id, ...rest } = extractor.extract(text, { source: task.source, id: record.id, referenceDate });
        document = { source, ...(id !== undefined ? { id } : {}), line: task.line, ...rest };
      } else {
        const raw = task.kind === 'file' ? await readFileLimited(task.path, settings.maxBytes) : task.bytes;
        bytes = raw.byteLength;
        const decoded = decodeBytes(raw, settings.encoding);
        text = decoded.text;
        document = extractor.extract(text, { source: task.source, referenceDate, encoding: decoded.encoding });
      }
      return formatter ? { seq: task.seq, bytes, output: formatter.format(document) } : { seq: task.seq, bytes, document, text };
    } catch (error) {
      return { seq: task.seq, bytes, ...failure(task, error) };
    }
  };
}

/** An error record for a task; errors that are not arner's own (a bug) are E_INTERNAL, with the stack kept for --debug. */
function failure(task: Task, error: unknown): { error: ErrorRecord; stack?: string } {
  const line = task.kind === 'line' ? { line: task.line } : {};
  if (error instanceof ArnerError && !(error instanceof UsageError)) {
    const { id, byteOffset } = error.details as { id?: string | number; byteOffset?: number };
    return {
      error: {
        source: task.source,
        ...(id !== undefined ? { id } : {}),
        ...line,
        error: { code: error.code, message: error.message, ...(byteOffset !== undefined ? { byteOffset } : {}) },
      },
    };
  }
  const message = (error as Error)?.message ?? String(error);
  return {
    error: { source: task.source, ...line, error: { code: 'E_INTERNAL', message: `internal error: ${message}` } },
    stack: (error as Error)?.stack,
  };
}
