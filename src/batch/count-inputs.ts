import { createReadStream } from 'node:fs';
import type { InputFormat } from '../io/inputs/file-filter.js';
import { enumerateInputs, type EnumerateOptions } from '../io/inputs/enumerate.js';

/**
 * Counts the inputs of a run (for the progress bar's total and ETA) with a second, cheap pass: folder
 * walks without reading files in text mode; newline counts of the files in jsonl mode. Returns
 * undefined when the total cannot be known in advance (standard input in jsonl mode).
 */
export async function countInputs(args: readonly string[], options: EnumerateOptions, format: InputFormat): Promise<number | undefined> {
  let total = 0;
  for await (const entry of enumerateInputs(args, { ...options, onSkip: undefined })) {
    if (format === 'text' || entry.kind === 'error') total++;
    else if (entry.kind === 'stdin') return undefined;
    else total += await countLines(entry.path).catch(() => 1);
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return lines + (last === 0x0a ? 0 : 1);
}
