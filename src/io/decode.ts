import { ArnerError, UsageError } from '../core/errors.js';
import { looksLikeWindows1256 } from './windows-1256.js';

export interface Decoded {
  text: string;
  /**
   * The encoding the bytes were read as: "utf-8", "utf-8-bom", "utf-16le", "utf-16be" (both with a BOM
   * when detected), "windows-1256", or the WHATWG name of an encoding forced with --encoding.
   */
  encoding: string;
}

/** "auto" (detect) or a WHATWG encoding label accepted by TextDecoder ("utf-8", "utf-16le", "windows-1256", ...). */
export type EncodingChoice = string;

/**
 * Returns the canonical WHATWG name of an encoding label ("cp1256" → "windows-1256"), "auto" for
 * "auto", or undefined when Node's TextDecoder does not know the label.
 */
export function canonicalEncoding(label: string): string | undefined {
  if (label.toLowerCase() === 'auto') return 'auto';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of one input. Bytes are never silently replaced: anything that is not valid in
 * the chosen encoding is an E_DECODE error carrying the byte offset of the first bad sequence.
 *
 * Automatic detection ("auto"), in order:
 *  1. a BOM: UTF-8 (EF BB BF), UTF-16 LE (FF FE), UTF-16 BE (FE FF); the BOM is dropped, so offsets count
 *     from the first character after it;
 *  2. a NUL byte anywhere: E_BINARY (UTF-16 without a BOM lands here too: pass --encoding utf-16le);
 *  3. valid UTF-8;
 *  4. Windows-1256, only when the bytes are confidently Arabic in it (see looksLikeWindows1256);
 *  5. otherwise E_DECODE at the first invalid UTF-8 sequence.
 * A forced encoding skips detection (a matching BOM is still dropped); NUL bytes are still E_BINARY
 * except in UTF-16.
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): Decoded {
  const forced = canonicalEncoding(encoding);
  if (forced === undefined) throw new UsageError(`unknown encoding "${encoding}"`);
  if (forced !== 'auto') return decodeAs(bytes, forced);

  if (startsWith(bytes, UTF8_BOM)) return decodeUtf8(bytes);
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes, 'utf-16be');
  rejectBinary(bytes);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt === bytes.length) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  if (looksLikeWindows1256(bytes)) return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  throw invalidUtf8Error(invalidAt, 'and not confidently Windows-1256 either (use --encoding to force one)');
}

/**
 * Decodes UTF-8 bytes (with or without a BOM; the BOM is dropped, so offsets count from the first
 * character after it). Invalid bytes are never replaced: they are an E_DECODE error with the byte
 * offset of the first bad sequence.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw invalidUtf8Error(firstInvalidUtf8(body) + (bom ? 3 : 0));
  }
}

/** Byte offset of the first invalid UTF-8 sequence (bytes.length when there is none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  if (encoding === 'utf-8') return decodeUtf8(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding);
  rejectBinary(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new ArnerError('E_DECODE', `not valid ${encoding}`);
  }
}

/** UTF-16 with an optional BOM of the same byte order (dropped); unpaired surrogates are E_DECODE. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const bom = startsWith(bytes, encoding === 'utf-16le' ? UTF16LE_BOM : UTF16BE_BOM) ? 2 : 0;
  const body = bytes.subarray(bom);
  const badAt = firstInvalidUtf16(body, encoding === 'utf-16le');
  if (badAt !== undefined) {
    const offset = badAt + bom;
    throw new ArnerError('E_DECODE', `not valid ${encoding.toUpperCase()}: bad sequence at byte ${offset}`, { byteOffset: offset });
  }
  return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
}

/** Byte offset of the first unpaired surrogate or odd trailing byte in UTF-16, undefined when valid. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number | undefined {
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  const end = bytes.length - (bytes.length % 2);
  for (let i = 0; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 2 >= end) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return bytes.length % 2 ? bytes.length - 1 : undefined;
}

function rejectBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ArnerError('E_BINARY', `binary content: NUL byte at byte ${nul} (UTF-16 without a BOM needs --encoding utf-16le or utf-16be)`, {
      byteOffset: nul,
    });
  }
}

function invalidUtf8Error(offset: number, more = ''): ArnerError {
  return new ArnerError('E_DECODE', `not valid UTF-8: bad byte sequence at byte ${offset}${more ? ` ${more}` : ''}`, { byteOffset: offset });
}
