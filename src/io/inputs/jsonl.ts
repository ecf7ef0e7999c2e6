import { ArnerError } from '../../core/errors.js';
import { firstInvalidUtf8 } from '../decode.js';

/** One line of a JSON Lines input, as bytes; lines over the size limit come without their bytes. */
export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the input. */
  byteOffset: number;
  /** The line without its "\n" (and "\r"), unless it was too large. */
  bytes?: Buffer;
  /** Set when the line held more than maxBytes (its bytes were skipped, never buffered). */
  size?: number;
}

/**
 * Splits a byte stream into lines on "\n" (a final "\r" is dropped; a last line without "\n" counts;
 * a leading UTF-8 BOM is dropped). Memory is bounded by maxBytes: a longer line is skipped as it
 * streams by and reported with its size.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let lineStart = 0;
  let offset = 0;
  let line = 1;
  let first = true;
  const finish = (): RawLine => {
    const raw: RawLine = { line, byteOffset: lineStart };
    if (length > maxBytes) raw.size = length;
    else {
      let bytes = Buffer.concat(parts, length);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      raw.bytes = bytes;
    }
    parts = [];
    length = 0;
    line++;
    return raw;
  };
  for await (const chunk of chunks) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (first && buffer.length) {
      first = false;
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        buffer = buffer.subarray(3);
        offset = lineStart = 3;
      }
    }
    let from = 0;
    for (let nl = buffer.indexOf(0x0a, from); nl >= 0; nl = buffer.indexOf(0x0a, from)) {
      append(buffer.subarray(from, nl));
      yield finish();
      lineStart = offset + nl + 1;
      from = nl + 1;
    }
    append(buffer.subarray(from));
    offset += buffer.length;
  }
  if (length > 0) yield finish();

  function append(piece: Buffer): void {
    length += piece.length;
    if (length > maxBytes) parts = [];
    else if (piece.length) parts.push(Buffer.from(piece));
  }
}

/** Decodes one line as UTF-8; a bad sequence is E_DECODE with its byte offset in the whole input. */
export function decodeLine(raw: RawLine & { bytes: Buffer }): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw.bytes);
  } catch {
    const byteOffset = raw.byteOffset + firstInvalidUtf8(raw.bytes);
    throw new ArnerError('E_DECODE', `not valid UTF-8: bad byte sequence at byte ${byteOffset}`, { byteOffset });
  }
}

export interface JsonlRecord {
  text: string;
  id?: string | number;
}

export interface JsonlFields {
  /** The field holding the article (a dotted path such as "body.text" reaches into objects). */
  textField: string;
  /** The field holding the id, carried to the output. */
  idField: string;
}

/**
 * Reads the article and its id from one JSON Lines line. Not JSON, or not an object: E_JSON. No text
 * field, or not a string: E_FIELD. An id that is neither a string nor a number: E_FIELD; no id: none.
 */
export function parseJsonlRecord(line: string, fields: JsonlFields): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ArnerError('E_JSON', line.trim() === '' ? 'empty line, expected a JSON object' : `not JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArnerError('E_JSON', `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const id = field(value, fields.idField);
  const idOk = id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  const record = { ...(idOk && id !== undefined ? { id: id as string | number } : {}) };
  const text = field(value, fields.textField);
  if (text === undefined) throw new ArnerError('E_FIELD', `no "${fields.textField}" field`, record);
  if (typeof text !== 'string') throw new ArnerError('E_FIELD', `"${fields.textField}" is ${text === null ? 'null' : typeof text}, expected a string`, record);
  if (!idOk) throw new ArnerError('E_FIELD', `"${fields.idField}" is ${id === null ? 'null' : typeof id}, expected a string or a number`);
  return { text, ...record };
}

/** A field by exact name, else by dotted path. */
function field(object: object, name: string): unknown {
  if (Object.hasOwn(object, name)) return (object as Record<string, unknown>)[name];
  if (!name.includes('.')) return undefined;
  let current: unknown = object;
  for (const part of name.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
