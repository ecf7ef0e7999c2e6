/**
 * A class for every UTF-16 code unit of the normalized text, computed once from Unicode properties,
 * so that the tokenizer scans runs of one class with a table lookup per character. The table is
 * filled as characters are met, not all at once (classifying all 65,536 costs ~9 ms at start-up).
 */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Newline = 2,
  ArabicLetter = 3,
  OtherLetter = 4,
  Digit = 5,
  Punct = 6,
  Symbol = 7,
  Mark = 8,
  HighSurrogate = 9,
}

/** Not classified yet: the table fills as characters are met (most texts use a few hundred). */
const UNKNOWN = 0xff;
const table = new Uint8Array(0x10000).fill(UNKNOWN);

/** The class of a UTF-16 code unit: a table lookup, the Unicode properties asked once per code unit. */
export function charClass(code: number): CharClass {
  const known = table[code]!;
  return known !== UNKNOWN ? known : (table[code] = classify(code));
}

const ARABIC = /\p{sc=Arabic}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const PUNCT = /\p{P}/u;
const SYMBOL = /\p{S}/u;
const SPACE = /\s/u;

function classify(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdbff) return CharClass.HighSurrogate;
  if (code >= 0xdc00 && code <= 0xdfff) return CharClass.Other;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return CharClass.Newline;
  const c = String.fromCharCode(code);
  if (SPACE.test(c)) return CharClass.Space;
  if (ARABIC.test(c) && (LETTER.test(c) || MARK.test(c))) return CharClass.ArabicLetter;
  if (LETTER.test(c)) return CharClass.OtherLetter;
  if (MARK.test(c)) return CharClass.Mark;
  if (DIGIT.test(c)) return CharClass.Digit;
  if (PUNCT.test(c)) return CharClass.Punct;
  if (SYMBOL.test(c)) return CharClass.Symbol;
  return CharClass.Other;
}
