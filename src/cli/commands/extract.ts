import { Option, type Command } from 'commander';
import { ArnerError, UsageError } from '../../core/errors.js';
import type { ArnerDocument, ErrorRecord } from '../../core/types.js';
import { FORMATTERS } from '../../io/formats/index.js';
import { Extractor } from '../../pipeline/extractor.js';
import type { CliIO } from '../io.js';
import { collect, parseReferenceDate, parseTypes } from '../options.js';
import { readInput } from '../read-inputs.js';

interface ExtractFlags {
  format?: string;
  refDate?: string;
  types?: string;
  lexicon?: string[];
  recognizers?: string;
  overlapPolicy?: string;
}

export function registerExtract(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract people, places, organizations, dates and initiatives as JSON')
    .argument('[paths...]', 'files to read; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one input, jsonl for several)').choices(Object.keys(FORMATTERS)))
    .option('--ref-date <date>', 'reference date for relative dates: YYYY-MM-DD or "today" (default: the dateline\'s date)')
    .option('--types <types>', 'only these types, comma-separated: PERSON,PLACE,ORGANIZATION,DATE,INITIATIVE')
    .option('--lexicon <file>', 'an extra entity lexicon (TSV, same format as lexicons/entities); repeatable', collect)
    .option('--recognizers <names>', 'recognizers to run, comma-separated (default: all)')
    .option('--overlap-policy <name>', 'how overlapping candidates are resolved (priority-then-longest, longest-first)')
    .addHelpText(
      'after',
      `
Examples:
  $ arner extract article.txt
  $ cat article.txt | arner extract --ref-date 2016-06-24
  $ arner extract a.txt b.txt --format jsonl --types PERSON,PLACE
  $ arner extract article.txt --lexicon my-entities.tsv`,
    )
    .action(async (paths: string[], flags: ExtractFlags) => {
      setExit(await runExtract(paths.length ? paths : ['-'], flags, io));
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const referenceDate = parseReferenceDate(flags.refDate);
  const types = parseTypes(flags.types);
  const recognizers = flags.recognizers?.split(',').map((r) => r.trim()).filter(Boolean);
  if (recognizers && recognizers.length === 0) throw new UsageError('--recognizers: no recognizer named');
  const extractor = new Extractor({ types, lexicons: flags.lexicon, recognizers, overlapPolicy: flags.overlapPolicy });
  const formatter = FORMATTERS[flags.format ?? (inputs.length > 1 ? 'jsonl' : 'json')]!();
  let failed = 0;
  for (const source of inputs) {
    let result: ArnerDocument | ErrorRecord;
    try {
      const { text, encoding } = await readInput(source, io);
      result = extractor.extract(text, { source, referenceDate, encoding });
    } catch (error) {
      if (!(error instanceof ArnerError) || error instanceof UsageError) throw error;
      failed++;
      result = { source, error: { code: error.code, message: error.message, ...(error.details as { byteOffset?: number }) } };
      io.stderr.write(`arner: ${error.message}\n`);
    }
    io.stdout.write(formatter.format(result));
  }
  return failed ? 1 : 0;
}
