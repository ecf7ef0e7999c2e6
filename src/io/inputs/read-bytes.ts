import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ArnerError } from '../../core/errors.js';
import { describeFsError } from './fs-errors.js';

/**
 * Reads a whole input file, refusing it with E_TOO_LARGE when it holds more than maxBytes (checked on
 * the size before reading, so a 1 GB file costs nothing). A path that is not a regular file (a pipe)
 * is read as a stream and refused as soon as it passes maxBytes. Failures are E_READ.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ArnerError('E_READ', `cannot read: ${describeFsError(error)}`);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new ArnerError('E_READ', 'cannot read: is a directory');
    if (!stats.isFile()) return await readStreamLimited(createReadStream('', { fd: handle.fd, autoClose: false }), maxBytes);
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof ArnerError) throw error;
    throw new ArnerError('E_READ', `cannot read: ${describeFsError(error)}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a byte stream to its end, refusing it with E_TOO_LARGE once it passes maxBytes. */
export async function readStreamLimited(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) throw tooLarge(undefined, maxBytes);
    parts.push(buffer);
  }
  return Buffer.concat(parts, total);
}

export function tooLarge(size: number | undefined, maxBytes: number): ArnerError {
  return new ArnerError('E_TOO_LARGE', `${size === undefined ? 'more than' : size} bytes, above --max-bytes ${maxBytes}`);
}
