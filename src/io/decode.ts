import { ArnerError } from '../core/errors.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, e.g. "utf-8", "utf-8-bom". */
  encoding: string;
}

/**
 * Decodes UTF-8 bytes (with or without a BOM; the BOM is dropped, so offsets count from the first
 * character after it). Invalid bytes are never replaced: they are an E_DECODE error with the byte
 * offset of the first bad sequence.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body) + (bom ? 3 : 0);
    throw new ArnerError('E_DECODE', `not valid UTF-8: bad byte sequence at byte ${offset}`, { byteOffset: offset });
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
