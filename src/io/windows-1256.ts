import { createRequire } from 'node:module';

/** chardet, loaded on the first input that is not UTF-8: most runs never need it (it costs start-up time). */
let chardet: typeof import('chardet') | undefined;
const loadChardet = (): typeof import('chardet') => (chardet ??= createRequire(import.meta.url)('chardet') as typeof import('chardet'));

/** Bytes chardet looks at; enough to judge and cheap on large files. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of the non-ASCII characters that must be Arabic letters, marks or punctuation. */
const MIN_ARABIC_SHARE = 0.8;

/**
 * True when bytes that are not valid UTF-8 are confidently Arabic text in Windows-1256. Two signals must
 * agree:
 *  - chardet lists windows-1256 among its candidates (it does not always rank it first: on short
 *    Arabic sentences it sometimes prefers ISO-8859-8, so the rank alone is not used), and
 *  - decoded as Windows-1256, at least 80% of the non-ASCII characters are Arabic letters, harakat or
 *    Arabic punctuation. UTF-8 Arabic with one corrupt byte fails this (about half of its non-ASCII
 *    characters become symbols such as ‚ ƒ „ § ©), and so does Latin-1 European text.
 */
export function looksLikeWindows1256(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (!loadChardet().analyse(sample).some((match) => match.name === 'windows-1256' && match.confidence > 0)) return false;
  return arabicShare(new TextDecoder('windows-1256').decode(bytes)) >= MIN_ARABIC_SHARE;
}

/** Share of the non-ASCII characters of a text that are core Arabic (letters, harakat, ، ؛ ؟); 0 when none. */
export function arabicShare(text: string): number {
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x0621 && c <= 0x0652) || c === 0x060c || c === 0x061b || c === 0x061f) arabic++;
    else other++;
  }
  return arabic + other === 0 ? 0 : arabic / (arabic + other);
}
