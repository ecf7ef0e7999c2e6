/** What a command may touch of the process: streams and environment, injectable for tests. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>;
  /** Standard input as a stream of chunks (batch and jsonl modes read it without holding it all); default: readStdin(). */
  stdinStream?(): AsyncIterable<Uint8Array | string>;
  /**
   * Registers what to do on an interrupt (SIGINT): a command that can stop cleanly registers a handler
   * while it runs; the returned function unregisters it. Absent: interrupts keep their default effect.
   */
  onInterrupt?(handler: () => void): () => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** An in-memory IO for tests: collects stdout/stderr, serves a given stdin. */
export function memoryIO(stdin: string | Buffer = '', env: Record<string, string | undefined> = {}): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (c: string) => out.push(c) },
    stderr: { write: (c: string) => err.push(c) },
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    env,
    cwd: process.cwd(),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
