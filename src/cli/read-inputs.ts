import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ArnerError } from '../core/errors.js';
import { decodeUtf8, type Decoded } from '../io/decode.js';
import type { CliIO } from './io.js';

/** Reads and decodes one input: a file path, or "-" for standard input. */
export async function readInput(path: string, io: CliIO): Promise<Decoded> {
  let bytes: Buffer;
  if (path === '-') bytes = await io.readStdin();
  else {
    try {
      bytes = await readFile(resolve(io.cwd, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code ?? String(error);
      throw new ArnerError('E_READ', `cannot read ${path}: ${reason}`);
    }
  }
  return decodeUtf8(bytes);
}
