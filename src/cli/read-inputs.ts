import { resolve } from 'node:path';
import { ArnerError, UsageError } from '../core/errors.js';
import { decodeBytes, type Decoded } from '../io/decode.js';
import { readFileLimited, readStreamLimited } from '../io/inputs/read-bytes.js';
import type { CliIO } from './io.js';

export interface ReadInputOptions {
  /** "auto" (default) or an encoding to force (see decodeBytes). */
  encoding?: string;
  /** Larger inputs are refused with E_TOO_LARGE. Default: no limit. */
  maxBytes?: number;
}

/**
 * Reads and decodes one input: a file path, or "-" for standard input. Encodings are detected as in
 * `arner extract` (UTF-8 ± BOM, UTF-16 with BOM, Windows-1256); failures are ArnerErrors (E_READ,
 * E_BINARY, E_DECODE, E_TOO_LARGE).
 */
export async function readInput(path: string, io: CliIO, options: ReadInputOptions = {}): Promise<Decoded> {
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  try {
    const bytes =
      path === '-'
        ? io.stdinStream
          ? await readStreamLimited(io.stdinStream(), maxBytes)
          : await io.readStdin()
        : await readFileLimited(resolve(io.cwd, path), maxBytes);
    return decodeBytes(bytes, options.encoding);
  } catch (error) {
    // Name the input in the message: these commands print it as their one line of error.
    if (error instanceof ArnerError && !(error instanceof UsageError)) throw new ArnerError(error.code, `${path}: ${error.message}`, error.details);
    throw error;
  }
}
