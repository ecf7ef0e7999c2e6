import type { ArnerDocument, EntityType, ErrorRecord } from '../core/types.js';

/** Everything a worker needs to process tasks the way the main thread would: plain, cloneable data. */
export interface BatchSettings {
  extractor: { types?: EntityType[]; lexicons?: string[]; recognizers?: string[]; overlapPolicy?: string };
  referenceDate?: string;
  /** "auto" or a WHATWG encoding name (text inputs; jsonl inputs are UTF-8). */
  encoding: string;
  maxBytes: number;
  /** Name of the output format (a key of FORMATTERS) results are formatted in. */
  format: string;
  /**
   * True: lanes format results themselves (json, jsonl: stateless, and formatting in parallel is
   * cheaper). False: lanes return the document and its text and the main thread formats, in input
   * order (views may keep state across documents, e.g. the separator between terminal views).
   */
  formatInLane: boolean;
  textField: string;
  idField: string;
  /**
   * The tagger model's bytes in shared memory (see sharedShippedModel), when worker threads run the
   * tagger: read once by the main thread, one copy for all workers.
   */
  taggerModel?: Uint8Array;
}

/** One document to process, sent to a worker (or run in-process). */
export type Task = FileTask | BytesTask | LineTask;

/** A file to read, decode and extract. */
export interface FileTask {
  seq: number;
  kind: 'file';
  source: string;
  path: string;
}

/** Bytes already read (standard input in text mode). */
export interface BytesTask {
  seq: number;
  kind: 'bytes';
  source: string;
  bytes: Uint8Array;
}

/** One line of a JSON Lines input, decoded. */
export interface LineTask {
  seq: number;
  kind: 'line';
  source: string;
  line: number;
  text: string;
}

/** What came of one task: the formatted result (or the document and its text), or an error record. */
export type Outcome = Success | Failure;

export interface Success {
  seq: number;
  /** Bytes of input read. */
  bytes: number;
  error?: undefined;
  /** The formatted result, when the lane formats (BatchSettings.formatInLane). */
  output?: string;
  /** The result, when the main thread formats. */
  document?: ArnerDocument;
  /** The decoded input text, when the main thread formats. */
  text?: string;
}

export interface Failure {
  seq: number;
  bytes: number;
  error: ErrorRecord;
  /** The stack of an internal error, for --debug. */
  stack?: string;
}

/** A task before the runner numbers it. */
export type NewTask = Omit<FileTask, 'seq'> | Omit<BytesTask, 'seq'> | Omit<LineTask, 'seq'>;

/** An outcome without its sequence number, as the runner yields it. */
export type Result = Omit<Success, 'seq'> | Omit<Failure, 'seq'>;
