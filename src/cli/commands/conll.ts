import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { readInput } from '../read-inputs.js';

export function registerConll(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('conll')
    .description('tag pre-tokenized CoNLL (token in the first column) with the trained tagger: token<TAB>IOB2 tag per line')
    .argument('[file]', 'a CoNLL file; none or "-" reads stdin')
    .addHelpText(
      'after',
      `
Input: one token per line in the first column (other columns are ignored), a blank line between
sentences. Output: one "token<TAB>tag" line per input token with IOB2 tags B-PER/I-PER, B-LOC/I-LOC,
B-ORG/I-ORG, B-MISC/I-MISC or O, blank lines kept, so a conlleval-style scorer can compare it with
the gold file.

Examples:
  $ arner conll test.conll > predicted.conll
  $ cut -f1 gold.conll | arner conll | paste gold.conll - | cut -f1,2,4`,
    )
    .action(async (file: string | undefined) => {
      const { text } = await readInput(file ?? '-', io);
      const { tagConll } = await import('../../conll/tag.js'); // loads the model only for this command
      io.stdout.write(tagConll(text));
      setExit(0);
    });
}
