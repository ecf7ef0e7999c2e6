import type { Command } from 'commander';
import { normalize } from '../../normalize/index.js';
import type { CliIO } from '../io.js';
import { readInput } from '../read-inputs.js';

export function registerNormalize(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('normalize')
    .description('print the normalized text of stdin or files (the view arner matches on)')
    .argument('[paths...]', 'files to read; none or "-" reads stdin')
    .action(async (paths: string[]) => {
      for (const path of paths.length ? paths : ['-']) {
        const { text } = await readInput(path, io);
        io.stdout.write(normalize(text).text);
      }
      setExit(0);
    });
}
