/**
 * Terminal columns a string takes: combining marks (Arabic harakat) and format characters take
 * none, wide East Asian characters and emoji take two, everything else one. Arabic letters take one
 * column each in terminals that shape them and in those that do not.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    if (/[\p{M}\p{Cf}]/u.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Pads to a number of columns (on the right). */
export function padEnd(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - displayWidth(s)));
}

/** Pads to a number of columns (on the left). */
export function padStart(s: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - displayWidth(s))) + s;
}

/**
 * Columns to budget for a string when wrapping: as displayWidth, but a format character (the RLM
 * after each label) counts as one, since some terminals (mlterm) give it a cell of its own. Lines
 * then end a little short in the others rather than overflowing in these.
 */
export function wrapWidth(s: string): number {
  return displayWidth(s) + (s.match(/\p{Cf}/gu)?.length ?? 0);
}
