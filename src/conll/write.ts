import type { ConllFile } from './read.js';

/**
 * Writes `token<TAB>tag` lines with the file's blank lines kept. `tagsOf(s)` gives the tags of
 * the s-th sentence block (DOCSTART lines included, in file order).
 */
export function writeConll(file: ConllFile, tagsOf: (sentence: number) => readonly string[]): string {
  const lines: string[] = [];
  let sentence = 0;
  for (const block of file.blocks) {
    if (block.kind === 'blank') {
      lines.push('');
      continue;
    }
    const tags = tagsOf(sentence++);
    block.tokens.forEach((token, i) => lines.push(`${token.text}\t${tags[i] ?? 'O'}`));
  }
  return lines.join('\n') + (file.finalNewline ? '\n' : '');
}
