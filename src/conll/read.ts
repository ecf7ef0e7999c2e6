/**
 * CoNLL files: one token per line (the token in the first column, other columns separated by tabs
 * or spaces), a blank line between sentences. The reader keeps the exact line layout so that a
 * writer can give back one line per input token and every blank line where it was.
 */

export interface ConllToken {
  /** The first column. */
  text: string;
  /** The last column when the line has two or more (the gold tag of an annotated file). */
  tag?: string;
}

/** A line of the file: a run of token lines (a sentence) or one blank line. */
export type ConllBlock = { kind: 'sentence'; tokens: ConllToken[] } | { kind: 'blank' };

export interface ConllFile {
  blocks: ConllBlock[];
  /** Whether the text ended with a line break (kept by the writer). */
  finalNewline: boolean;
}

/** conlleval's document separator: a line of its own, never part of a sentence. */
export const DOCSTART = '-DOCSTART-';

export function readConll(text: string): ConllFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const finalNewline = text.endsWith('\n');
  const lines = text.split('\n');
  if (finalNewline) lines.pop();
  const blocks: ConllBlock[] = [];
  let current: ConllToken[] | undefined;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      current = undefined;
      blocks.push({ kind: 'blank' });
      continue;
    }
    const columns = line.split(/[\t ]+/).filter((c) => c !== '');
    const token: ConllToken = { text: columns[0]! };
    if (columns.length >= 2) token.tag = columns[columns.length - 1];
    if (token.text === DOCSTART) {
      blocks.push({ kind: 'sentence', tokens: [token] });
      current = undefined;
      continue;
    }
    if (!current) blocks.push({ kind: 'sentence', tokens: (current = []) });
    current.push(token);
  }
  return { blocks, finalNewline };
}

/** The sentences of a file (DOCSTART lines excluded). */
export function conllSentences(file: ConllFile): ConllToken[][] {
  const sentences: ConllToken[][] = [];
  for (const block of file.blocks) {
    if (block.kind === 'sentence' && block.tokens[0]!.text !== DOCSTART) sentences.push(block.tokens);
  }
  return sentences;
}
