/**
 * A class for every UTF-16 code unit of the normalized text, computed once from Unicode properties,
 * so that the tokenizer scans runs of one class with a table lookup per character.
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

let table: Uint8Array | undefined;

export function charClasses(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  const arabic = /\p{sc=Arabic}/u;
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const digit = /\p{Nd}/u;
  const punct = /\p{P}/u;
  const symbol = /\p{S}/u;
  const space = /\s/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) {
      built[code] = CharClass.HighSurrogate;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    built[code] =
      code === 10 || code === 13 || code === 0x2028 || code === 0x2029
        ? CharClass.Newline
        : space.test(c)
          ? CharClass.Space
          : arabic.test(c) && (letter.test(c) || mark.test(c))
            ? CharClass.ArabicLetter
            : letter.test(c)
              ? CharClass.OtherLetter
              : mark.test(c)
                ? CharClass.Mark
                : digit.test(c)
                  ? CharClass.Digit
                  : punct.test(c)
                    ? CharClass.Punct
                    : symbol.test(c)
                      ? CharClass.Symbol
                      : CharClass.Other;
  }
  table = built;
  return built;
}
