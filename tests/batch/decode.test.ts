import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { canonicalEncoding, decodeBytes } from '../../src/io/decode.js';
import { arabicShare, looksLikeWindows1256 } from '../../src/io/windows-1256.js';
import { sentences, utf16, windows1256Encoder } from './corpus.js';

const encode1256 = windows1256Encoder();
const cp1256 = (text: string): Buffer => {
  const bytes = encode1256(text);
  if (!bytes) throw new Error(`not encodable in Windows-1256: ${text}`);
  return bytes;
};
const decodeError = (bytes: Uint8Array, encoding?: string): { code: string; byteOffset?: number; message: string } => {
  try {
    decodeBytes(bytes, encoding);
  } catch (error) {
    const e = error as { code: string; details: { byteOffset?: number }; message: string };
    return { code: e.code, byteOffset: e.details.byteOffset, message: e.message };
  }
  throw new Error('decoded without error');
};

describe('decodeBytes: automatic detection', () => {
  const text = 'زار الرئيس الصيني شي جين بينغ كازاخستان، 24 يونيو 2016.';

  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, dropping the BOM', (order) => {
    expect(decodeBytes(utf16(text, order))).toEqual({ text, encoding: `utf-16${order}` });
  });

  it('reads UTF-16 outside the BMP (surrogate pairs) with a BOM', () => {
    const emoji = 'مرحبا 😀 بالعالم';
    expect(decodeBytes(utf16(emoji, 'le')).text).toBe(emoji);
  });

  it('detects Windows-1256 on a 20-character sentence and on every sentence of the fixtures', () => {
    expect(decodeBytes(cp1256('زار الرئيس الصيني شي'))).toEqual({ text: 'زار الرئيس الصيني شي', encoding: 'windows-1256' });
    let checked = 0;
    for (const sentence of sentences()) {
      const bytes = encode1256(sentence);
      if (!bytes) continue;
      expect(decodeBytes(bytes), sentence).toEqual({ text: sentence, encoding: 'windows-1256' });
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('an empty input is UTF-8 text with nothing in it', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeBytes: bytes are never silently replaced', () => {
  it('invalid UTF-8 inside Arabic text is E_DECODE at the first bad byte, not mistaken for Windows-1256', () => {
    const good = Buffer.from('قال الرئيس الصيني إن الجانبين اتفقا على تعزيز التعاون');
    for (const bad of [[0xff], [0xd8], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80]]) {
      const bytes = Buffer.concat([good.subarray(0, 20), Buffer.from(bad), good.subarray(20)]);
      expect(decodeError(bytes), JSON.stringify(bad)).toMatchObject({ code: 'E_DECODE', byteOffset: 20 });
    }
  });

  it('a truncated sequence at the end is E_DECODE at its first byte', () => {
    const bytes = Buffer.concat([Buffer.from('الصين'), Buffer.from([0xd8])]);
    expect(decodeError(bytes)).toMatchObject({ code: 'E_DECODE', byteOffset: 10 });
  });

  it('Latin-1 European text is not taken for Windows-1256', () => {
    const latin1 = Buffer.from('Le président a visité la région de Montréal hier après-midi.', 'latin1');
    expect(decodeError(latin1)).toMatchObject({ code: 'E_DECODE', byteOffset: 5 });
  });

  it('a NUL byte is E_BINARY with its offset', () => {
    expect(decodeError(Buffer.from([0x41, 0x42, 0x00, 0x43]))).toMatchObject({ code: 'E_BINARY', byteOffset: 2 });
  });

  it('UTF-16 without a BOM is E_BINARY, with a hint to force the encoding', () => {
    const error = decodeError(Buffer.from('abc الصين', 'utf16le'));
    expect(error.code).toBe('E_BINARY');
    expect(error.message).toContain('--encoding utf-16le');
  });

  it('an unpaired surrogate in UTF-16 is E_DECODE at its byte offset; so is an odd trailing byte', () => {
    const body = Buffer.from('اب', 'utf16le');
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x3d, 0xd8]), body]);
    expect(decodeError(lone)).toMatchObject({ code: 'E_DECODE', byteOffset: 6 });
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x41])]);
    expect(decodeError(odd)).toMatchObject({ code: 'E_DECODE', byteOffset: 6 });
  });
});

describe('decodeBytes: --encoding forces a decoding', () => {
  it('UTF-16 LE without a BOM decodes when forced', () => {
    expect(decodeBytes(Buffer.from('الصين', 'utf16le'), 'utf-16le')).toEqual({ text: 'الصين', encoding: 'utf-16le' });
  });

  it('Windows-1256 forced on UTF-8 bytes really decodes them as Windows-1256', () => {
    const forced = decodeBytes(Buffer.from('الصين'), 'cp1256');
    expect(forced.encoding).toBe('windows-1256');
    expect(forced.text).not.toBe('الصين');
    expect(forced.text).toHaveLength(10);
  });

  it('forced UTF-8 still refuses invalid bytes', () => {
    expect(decodeError(Buffer.from([0x41, 0xff]), 'utf-8')).toMatchObject({ code: 'E_DECODE', byteOffset: 1 });
  });

  it('labels are canonicalised; unknown ones are usage errors', () => {
    expect(canonicalEncoding('CP1256')).toBe('windows-1256');
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('auto')).toBe('auto');
    expect(canonicalEncoding('klingon')).toBeUndefined();
    expect(() => decodeBytes(Buffer.from('x'), 'klingon')).toThrow(UsageError);
  });
});

describe('looksLikeWindows1256', () => {
  it('needs both chardet and a share of Arabic letters', () => {
    expect(looksLikeWindows1256(cp1256('اجتمع الرئيس الصيني مع نظيره'))).toBe(true);
    expect(looksLikeWindows1256(Buffer.from('Größe und Maß', 'latin1'))).toBe(false);
    expect(arabicShare('abc')).toBe(0);
    expect(arabicShare('الصين')).toBe(1);
    // "الصين" in UTF-8 read as Windows-1256: half of the characters are symbols, below the 0.8 needed.
    expect(arabicShare(new TextDecoder('windows-1256').decode(Buffer.from('الصين')))).toBe(0.5);
  });
});
