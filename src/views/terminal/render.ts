import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import { ENTITY_TYPES, type ArnerDocument, type ErrorRecord, type PublicMention } from '../../core/types.js';
import { countByType, entityRows } from '../entity-rows.js';
import { TYPE_STYLES } from '../palette.js';
import { segmentText } from '../segments.js';
import { sentenceSpans } from '../sentences.js';
import type { ColorLevel } from './color-level.js';
import { displayWidth, padEnd, padStart, wrapWidth } from './width.js';

let chalkModule: typeof import('chalk') | undefined;

/** A chalk at a colour level. chalk is loaded on first use: runs that write JSON never need it (it costs start-up time). */
function chalkAt(level: ColorLevel): ChalkInstance {
  chalkModule ??= createRequire(import.meta.url)('chalk') as typeof import('chalk');
  return new chalkModule.Chalk({ level });
}

export interface TerminalViewOptions {
  /** Chalk colour level; 0 (the default) writes no escape sequence at all. */
  colorLevel?: ColorLevel;
  /** Terminal columns: sentences are wrapped between words to fit. Default: no wrapping. */
  width?: number;
}

/** Brackets around a mention; they mirror correctly in terminals that lay Arabic out right to left. */
export const OPEN = '⟦';
export const CLOSE = '⟧';
/**
 * RIGHT-TO-LEFT MARK after each type label: without it, digits that follow a label (طشقند 24 يونيو)
 * join the label's left-to-right run and a bidi terminal shows them between the label and its mention.
 */
const RLM = '\u200f';
const INDENT = '  ';

/**
 * The terminal view of one document: a header, then the article one sentence per line with each
 * mention bracketed, coloured and labelled by type, then a table of entities.
 *
 * The text stays in logical order (as in the file): terminals that implement bidi (GNOME Terminal/VTE,
 * Konsole, mlterm, macOS Terminal) then show it right to left, and copying a line gives back the
 * original words. One sentence per line keeps each bidi paragraph short, and the type label follows
 * the closing bracket (then an RLM) so that it stays next to its mention whichever way the line is laid out.
 */
export function renderTerminal(result: ArnerDocument, text: string, options: TerminalViewOptions = {}): string {
  const chalk = chalkAt(options.colorLevel ?? 0);
  const out: string[] = [];
  out.push(header(result, chalk, options.width));
  out.push(legend(result, chalk));
  out.push('');
  for (const sentence of sentenceSpans(text, result.mentions)) {
    out.push(...renderSentence(text, result.mentions, sentence.start, sentence.end, chalk, options.width));
  }
  out.push('');
  out.push(...entityTable(result, chalk));
  return `${out.join('\n')}\n`;
}

/** An input that failed, as one line of the terminal view. */
export function renderTerminalError(record: ErrorRecord, options: TerminalViewOptions = {}): string {
  const chalk = chalkAt(options.colorLevel ?? 0);
  return `${chalk.bold(safe(record.source))}  ${chalk.red(`failed (${record.error.code})`)}: ${safe(record.error.message)}\n`;
}

function header(result: ArnerDocument, chalk: ChalkInstance, width: number | undefined): string {
  const parts = [
    safe(result.source),
    `language ${result.language}`,
    `reference date ${result.referenceDate ?? 'none'}`,
    `${result.mentions.length} ${result.mentions.length === 1 ? 'mention' : 'mentions'}`,
    `${result.entities.length} ${result.entities.length === 1 ? 'entity' : 'entities'}`,
  ];
  const separator = '  ·  ';
  // Wrapped between parts, never inside one.
  const lines: string[][] = [[]];
  let columns = 0;
  for (const part of parts) {
    const current = lines[lines.length - 1]!;
    if (width && current.length && columns + separator.length + displayWidth(part) > width) {
      lines.push([part]);
      columns = displayWidth(part);
    } else {
      columns += (current.length ? separator.length : 0) + displayWidth(part);
      current.push(part);
    }
  }
  return lines
    .map((line, i) => line.map((part, j) => (i === 0 && j === 0 ? chalk.bold(part) : part)).join(chalk.dim(separator)))
    .join('\n');
}

function legend(result: ArnerDocument, chalk: ChalkInstance): string {
  const counts = countByType(result);
  return ENTITY_TYPES.map((type) => `${chalk[TYPE_STYLES[type].terminal].bold(`${OPEN}${type}${CLOSE}`)} ${counts.get(type)}`).join('   ');
}

/** A run of the line that may not be broken, as shown (with colour) and as counted (without). */
interface Piece {
  styled: string;
  plain: string;
}

function renderSentence(
  text: string,
  mentions: readonly PublicMention[],
  start: number,
  end: number,
  chalk: ChalkInstance,
  width: number | undefined,
): string[] {
  // Words: pieces between breakable spaces. A mention with its label is one piece, glued to the
  // clitic or punctuation beside it (ل⟦قازاقستان⟧PLACE،), so a wrap never separates them.
  const words: Piece[][] = [[]];
  for (const segment of segmentText(mentions, start, end)) {
    const surface = safe(text.slice(segment.start, segment.end));
    if (segment.mention === undefined) {
      surface.split(/( +)/).forEach((part, i) => {
        if (i % 2 === 1) words.push([]);
        else if (part) words[words.length - 1]!.push({ styled: part, plain: part });
      });
      continue;
    }
    const type = mentions[segment.mention]!.type;
    const colour = chalk[TYPE_STYLES[type].terminal];
    words[words.length - 1]!.push({
      styled: colour(`${OPEN}${chalk.bold(surface)}${CLOSE}`) + colour.dim(type) + RLM,
      plain: `${OPEN}${surface}${CLOSE}${type}${RLM}`,
    });
  }
  const joined = words.filter((w) => w.length).map((w) => ({ styled: w.map((p) => p.styled).join(''), columns: wrapWidth(w.map((p) => p.plain).join('')) }));
  const lines: string[] = [];
  let line = '';
  let columns = 0;
  for (const word of joined) {
    if (line && width && columns + 1 + word.columns > width - (lines.length ? INDENT.length + 1 : 0)) {
      lines.push(line);
      line = '';
      columns = 0;
    }
    line += (line ? ' ' : '') + word.styled;
    columns += (columns ? 1 : 0) + word.columns;
  }
  if (line || !lines.length) lines.push(line);
  // Continuation lines are indented (at the right in a bidi terminal, at the left elsewhere). One may
  // start with a label or a number: an RLM first keeps a bidi terminal laying an Arabic sentence out
  // right to left.
  const continuation = firstStrongIsRtl(text.slice(start, end)) ? `${RLM}${INDENT}` : INDENT;
  return lines.map((l, i) => (i > 0 ? continuation + l : l));
}

/** Whether the first strongly directional character is right-to-left (Arabic, Hebrew, ...). */
function firstStrongIsRtl(s: string): boolean {
  const match = /[\p{L}]/u.exec(s);
  return match !== null && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(match[0]);
}

function entityTable(result: ArnerDocument, chalk: ChalkInstance): string[] {
  const rows = entityRows(result);
  if (rows.length === 0) return [chalk.dim('No entities found.')];
  const head = ['TYPE', 'COUNT', 'ENGLISH', 'DATE VALUE', 'ARABIC NAME'];
  const cells = rows.map((r) => [r.type, String(r.count), safe(r.english ?? '—'), r.values.join(', ') || '—', safe(r.name)]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const gap = '  ';
  // The Arabic name comes last: a terminal that joins lam-alef into one cell or reorders the run
  // then cannot push the other columns out of line.
  const layout = (c: string[]): string =>
    [padEnd(c[0]!, widths[0]!), padStart(c[1]!, widths[1]!), padEnd(c[2]!, widths[2]!), padEnd(c[3]!, widths[3]!), c[4]!].join(gap);
  const lines = [chalk.bold(layout(head)), chalk.dim('─'.repeat(widths.slice(0, 4).reduce((a, b) => a + b + gap.length, 0) + widths[4]!))];
  rows.forEach((r, i) => {
    const colour = chalk[TYPE_STYLES[r.type].terminal];
    const c = cells[i]!;
    lines.push(
      [colour(padEnd(c[0]!, widths[0]!)), padStart(c[1]!, widths[1]!), padEnd(c[2]!, widths[2]!), padEnd(c[3]!, widths[3]!), colour.bold(c[4]!)].join(gap),
    );
  });
  return lines;
}

/**
 * What of the article may reach the terminal: line breaks and tabs become spaces, other control
 * characters (an ESC could drive the terminal) become U+FFFD, and bidi embeddings/overrides/isolates
 * are dropped so that they cannot reorder the labels around them.
 */
export function safe(s: string): string {
  return s
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}
