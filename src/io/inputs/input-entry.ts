/** One input found on the command line, in a folder or by a glob, in input order. */
export type InputEntry = StdinEntry | FileEntry | FailedEntry;

export interface StdinEntry {
  kind: 'stdin';
  source: '-';
  outRel: string;
}

export interface FileEntry {
  kind: 'file';
  /** The path as shown in the output: as given, or the folder given joined with the path below it. */
  source: string;
  /** Absolute path to read. */
  path: string;
  /** Where its output goes below --out: the path relative to the folder given (a file given: its name). */
  outRel: string;
  /** Size in bytes when known (regular files). */
  size?: number;
  /** Not a regular file (a pipe such as /dev/fd/63 from a shell's <(...)): read as a stream. */
  stream?: boolean;
}

/** An input that failed before it could be read (broken link, symlink loop, nothing matched, ...). */
export interface FailedEntry {
  kind: 'error';
  source: string;
  outRel: string;
  code: string;
  message: string;
}
