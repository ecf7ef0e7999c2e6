import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { readInput } from '../read-inputs.js';

export function registerTokenize(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('tokenize')
    .description('print tokens with their offsets, normalized forms and clitic splits')
    .argument('[paths...]', 'files to read; none or "-" reads stdin')
    .option('--json', 'one JSON object per token (JSON Lines)')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { Extractor } = await import('../../pipeline/extractor.js'); // loaded only for this command
      const extractor = new Extractor();
      for (const path of paths.length ? paths : ['-']) {
        const { text } = await readInput(path, io);
        for (const token of extractor.analyze(text).tokens) {
          const { index, start, end, kind, sentence, text: surface, norm, stem } = token;
          if (options.json) {
            const clitic = stem.prefix ? { prefix: text.slice(start, stem.stemStart), stemStart: stem.stemStart, stem: stem.stem } : undefined;
            io.stdout.write(`${JSON.stringify({ index, start, end, text: surface, norm, kind, sentence, ...(clitic ? { clitic } : {}) })}\n`);
          } else {
            const split = stem.prefix ? `\t${text.slice(start, stem.stemStart)}+${text.slice(stem.stemStart, end)}` : '';
            io.stdout.write(`${start}\t${end}\t${kind}\t${surface}\t${norm}${split}\n`);
          }
        }
      }
      setExit(0);
    });
}
