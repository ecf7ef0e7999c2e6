import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/core/types.js';
import { FORMATTERS } from '../../src/io/formats/index.js';
import { colorLevelFor } from '../../src/views/terminal/color-level.js';
import { renderTerminal } from '../../src/views/terminal/render.js';
import { displayWidth, wrapWidth } from '../../src/views/terminal/width.js';
import { documentOf, extractText, seedOutput } from './seed-output.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const RLM = '\u200f';
const LABELLED = new RegExp(`⟦([^⟧]+)⟧(${ENTITY_TYPES.join('|')})`, 'g');

/** The article part of the view: the lines between the header (header, legend, blank line) and the table. */
function articleLines(view: string): string[] {
  const lines = view.split('\n');
  const tableAt = lines.findIndex((l) => l.startsWith('TYPE ') || l === 'No entities found.');
  return lines.slice(lines.indexOf('') + 1, tableAt - 1);
}

describe('the terminal view (--format pretty)', () => {
  it('marks every mention of the seed, in text order, with its type', () => {
    const { text, result } = seedOutput();
    expect(result.mentions.length).toBeGreaterThan(0);
    const marked = [...articleLines(renderTerminal(result, text)).join('\n').matchAll(LABELLED)].map((m) => [m[1], m[2]]);
    expect(marked).toEqual(result.mentions.map((m) => [m.text, m.type]));
  });

  it('shows the whole article, one sentence per line, in logical order', () => {
    const { text, result } = seedOutput();
    const lines = articleLines(renderTerminal(result, text));
    const unmarked = lines.map((l) => l.replace(LABELLED, '$1').replaceAll(RLM, '')).join(' ');
    expect(unmarked.split(/\s+/).join(' ').trim()).toBe(text.split(/\s+/).join(' ').trim());
    expect(lines.length).toBeGreaterThan(text.split('\n').filter(Boolean).length);
    for (const line of lines) expect(line).not.toBe('');
  });

  it('lists each entity with its type, count, English and Arabic names', () => {
    const { text, result } = seedOutput();
    const table = renderTerminal(result, text).split('\n').filter((l) => /^(PERSON|PLACE|ORGANIZATION|DATE|INITIATIVE) /.test(l));
    expect(table).toHaveLength(result.entities.length);
    for (const e of result.entities) {
      const row = table.find((l) => l.endsWith(`  ${e.name}`) && l.startsWith(e.type));
      expect(row, `row of ${e.id}`).toBeDefined();
      expect(row).toMatch(new RegExp(`^${e.type} +${e.mentions}  `));
      if (e.english) expect(row).toContain(e.english);
    }
  });

  it('shows date values in the table and keeps a label next to its mention when digits follow', () => {
    const text = 'طشقند 24 يونيو 2016 (شينخوا)';
    const result = documentOf(text, [
      { type: 'PLACE', start: 0, end: 5, english: 'Tashkent' },
      { type: 'DATE', start: 6, end: 19, value: '2016-06-24', grain: 'day' },
    ]);
    const view = renderTerminal(result, text);
    // An RLM after each label: digits after it cannot join the label's left-to-right run.
    expect(articleLines(view)[0]).toBe(`⟦طشقند⟧PLACE${RLM} ⟦24 يونيو 2016⟧DATE${RLM} (شينخوا)`);
    expect(view).toMatch(/^DATE +1 +— +2016-06-24 +24 يونيو 2016$/m);
  });

  it('writes no escape sequence at colour level 0, and the same text in colour at level 1', () => {
    const { text, result } = seedOutput();
    const plain = renderTerminal(result, text, { colorLevel: 0 });
    const coloured = renderTerminal(result, text, { colorLevel: 1 });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('wraps sentences between words to the width, indenting continuation lines', () => {
    const { text, result } = seedOutput();
    const wide = articleLines(renderTerminal(result, text));
    const narrow = articleLines(renderTerminal(result, text, { width: 60 }));
    expect(narrow.length).toBeGreaterThan(wide.length);
    for (const line of narrow) {
      // Counting the RLMs as one column each, as terminals like mlterm do.
      expect(wrapWidth(line), line).toBeLessThanOrEqual(60);
    }
    const continuation = narrow.filter((l) => l.startsWith(`${RLM}  `));
    expect(continuation.length).toBe(narrow.length - wide.length);
    const rejoin = (lines: string[]): string => lines.join('\n').replace(new RegExp(`\\n${RLM}  `, 'g'), ' ');
    expect(rejoin(narrow)).toBe(wide.join('\n'));
  });

  it('keeps control characters and bidi overrides of the article away from the terminal', () => {
    const text = 'زار \u001b[31mشي جين بينغ\u202e الصين\u0007';
    const view = renderTerminal(extractText(text), text, { colorLevel: 0 });
    expect(view).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(view).toContain('\ufffd[31m');
  });

  it('wraps the header between its parts', () => {
    const { text, result } = seedOutput();
    const [first, second] = renderTerminal(result, text, { width: 80 }).split('\n');
    expect(first).toBe(`${result.source}  ·  language ${result.language}`);
    expect(second).toBe(`reference date ${result.referenceDate ?? 'none'}  ·  ${result.mentions.length} mentions  ·  ${result.entities.length} entities`);
  });

  it('says so when there are no entities', () => {
    const view = renderTerminal(extractText(''), '');
    expect(view).toContain('0 mentions');
    expect(view.trimEnd().endsWith('No entities found.')).toBe(true);
  });

  it('is the pretty formatter, which needs the text and reports failed inputs in one line', () => {
    const { text, result } = seedOutput();
    const formatter = FORMATTERS.pretty!({ colorLevel: 0 });
    expect(formatter.needsText).toBe(true);
    expect(formatter.format(result, { text })).toBe(renderTerminal(result, text));
    expect(() => FORMATTERS.pretty!().format(result)).toThrow(/needs the input text/);
    const failed = FORMATTERS.pretty!().format({ source: 'missing.txt', error: { code: 'E_READ', message: 'cannot read missing.txt: no such file' } });
    expect(failed).toBe('missing.txt  failed (E_READ): cannot read missing.txt: no such file\n');
  });
});

describe('colorLevelFor', () => {
  const tty = { isTTY: true };
  it.each([
    [tty, {}, 1],
    [tty, { TERM: 'xterm-256color' }, 2],
    [tty, { COLORTERM: 'truecolor' }, 3],
    [tty, { NO_COLOR: '1' }, 0],
    [tty, { NO_COLOR: '' }, 1],
    [tty, { TERM: 'dumb' }, 0],
    [{ isTTY: false }, {}, 0],
    [{}, { TERM: 'xterm-256color' }, 0],
    [{ isTTY: false }, { FORCE_COLOR: '2' }, 2],
    [tty, { FORCE_COLOR: '0' }, 0],
    [tty, { NO_COLOR: '1', FORCE_COLOR: '3' }, 0],
  ] as const)('%o %o → %i', (stream, env, level) => {
    expect(colorLevelFor(stream, env as Record<string, string>)).toBe(level);
  });
});

describe('displayWidth', () => {
  it('counts Arabic letters as one column, harakat as none, emoji as two', () => {
    expect(displayWidth('شي')).toBe(2);
    expect(displayWidth('شِيّ')).toBe(2);
    expect(displayWidth('😀a')).toBe(3);
    expect(displayWidth(RLM)).toBe(0);
  });
});

