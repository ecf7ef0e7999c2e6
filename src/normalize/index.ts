import type { NormalizedText } from '../core/types.js';
import type { Normalization } from './normalization.js';
import { invisible } from './invisible.js';
import { presentationForms } from './presentation-forms.js';
import { persianLetters } from './persian-letters.js';
import { alef } from './alef.js';
import { alefMaksura } from './alef-maksura.js';
import { tehMarbuta } from './teh-marbuta.js';
import { hamzaCarriers } from './hamza-carriers.js';
import { diacritics } from './diacritics.js';
import { tatweel } from './tatweel.js';
import { digits } from './digits.js';

export type { Normalization } from './normalization.js';

/**
 * The normalizations, in the order they apply. Each later step sees the output of the earlier
 * ones, so a presentation form (ﺃ) becomes a letter (أ) and then a bare alef (ا).
 */
export const NORMALIZATIONS: readonly Normalization[] = [
  invisible,
  presentationForms,
  persianLetters,
  alef,
  alefMaksura,
  tehMarbuta,
  hamzaCarriers,
  diacritics,
  tatweel,
  digits,
];

/** What one UTF-16 code unit becomes: `undefined` = itself; `attach` = removed and belongs to the letter before. */
interface Replacement {
  text: string;
  attach: boolean;
}

let table: (Replacement | undefined)[] | undefined;

/** Composes all normalizations into one table indexed by code unit, built once on first use. */
function replacementTable(): (Replacement | undefined)[] {
  if (table) return table;
  const built: (Replacement | undefined)[] = new Array(0x10000);
  for (const code of codesToCompose()) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates pass through unchanged
    const char = String.fromCharCode(code);
    let text = char;
    let attach = false;
    for (const step of NORMALIZATIONS) {
      let next = '';
      for (const c of text) {
        const mapped = step.map(c);
        if (mapped === '' && text === c && step.attach) attach = true;
        next += mapped ?? c;
      }
      text = next;
    }
    if (text !== char) built[code] = { text, attach: attach && text === '' };
  }
  table = built;
  return built;
}

/**
 * The code units some normalization may change. A code unit outside every step's domain reaches
 * each step unchanged and is left alone by it, so only these need composing; a step that cannot
 * list its domain makes every code unit a candidate.
 */
function codesToCompose(): Iterable<number> {
  const codes = new Set<number>();
  for (const step of NORMALIZATIONS) {
    if (!step.domain) return Array.from({ length: 0x10000 }, (_, code) => code);
    for (const code of step.domain()) codes.add(code);
  }
  return codes;
}

/**
 * Normalizes `original` and returns the normalized string with, for every normalized character,
 * the span of the original character it came from. The original is never modified.
 */
export function normalize(original: string): NormalizedText {
  const replacements = replacementTable();
  const n = original.length;
  let codes = new Uint16Array(n + 16);
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let length = 0;
  const grow = (extra: number): void => {
    if (length + extra <= codes.length) return;
    const size = Math.max(codes.length * 2, length + extra);
    const c = new Uint16Array(size);
    c.set(codes);
    codes = c;
    const s = new Int32Array(size);
    s.set(starts);
    starts = s;
    const e = new Int32Array(size);
    e.set(ends);
    ends = e;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const replacement = replacements[code];
    if (replacement === undefined) {
      grow(1);
      codes[length] = code;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
      continue;
    }
    const text = replacement.text;
    if (text.length === 0) {
      // A removed mark stays part of the letter it follows, so spans ending there keep it.
      if (replacement.attach && length > 0 && ends[length - 1] === i) ends[length - 1] = i + 1;
      continue;
    }
    grow(text.length);
    for (let k = 0; k < text.length; k++) {
      codes[length] = text.charCodeAt(k);
      starts[length] = i;
      ends[length] = i + 1;
      length++;
    }
  }
  return {
    text: decodeCodeUnits(codes, length),
    originalStart: starts.slice(0, length),
    originalEnd: ends.slice(0, length),
  };
}

const CHUNK = 8192;

function decodeCodeUnits(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** The normalized form of a string, without the offset map (for lexicon entries and words). */
export function normalizeText(text: string): string {
  const replacements = replacementTable();
  let out: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = replacements[text.charCodeAt(i)];
    if (replacement === undefined) continue;
    out ??= [];
    out.push(text.slice(last, i), replacement.text);
    last = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** Maps a normalized span [start, end) back to the original text. */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: normalized.originalStart[start]!, end: normalized.originalEnd[end - 1]! };
}
