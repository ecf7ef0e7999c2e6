/** Chalk colour levels: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for a stream, decided from what the CLI's IO says (not from the process, so
 * tests are deterministic): none when NO_COLOR is set (https://no-color.org: present and not
 * empty) or the stream is not a terminal; FORCE_COLOR=0..3 overrides; TERM=dumb gets none.
 */
export function colorLevelFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): ColorLevel {
  if (env.NO_COLOR) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '') {
    if (forced === 'true') return 1;
    if (forced === 'false') return 0;
    const level = Number(forced);
    if (Number.isInteger(level) && level >= 0 && level <= 3) return level as ColorLevel;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
