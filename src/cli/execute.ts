import { Command, CommanderError } from 'commander';
import { ArnerError, UsageError } from '../core/errors.js';
import { packageVersion } from './version.js';
import type { CliIO } from './io.js';
import { registerExtract } from './commands/extract.js';
import { registerNormalize } from './commands/normalize.js';
import { registerTokenize } from './commands/tokenize.js';
import { registerConll } from './commands/conll.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/**
 * Runs the arner command line in-process and returns the exit code; never calls process.exit.
 * 0 success, 1 some input failed, 2 usage error. Errors are one line on stderr; --debug adds the stack.
 */
export async function execute(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number): void => {
    exitCode = code;
  };
  const program = new Command('arner')
    .description('Extract people, places, organizations, dates and initiatives from Arabic news text.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces of errors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run arner --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ arner extract fixtures/articles/xinhua-2016-06-24-xi-nazarbayev.txt
  $ echo 'زار الرئيس الصيني شي جين بينغ كازاخستان أمس' | arner extract --ref-date 2016-06-24
  $ arner normalize article.txt
  $ arner tokenize --json article.txt`,
    );
  registerExtract(program, io, setExit);
  registerNormalize(program, io, setExit);
  registerTokenize(program, io, setExit);
  registerConll(program, io, setExit);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const debug = argv.includes('--debug');
    if (error instanceof ArnerError) {
      io.stderr.write(`arner: ${error.message}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return error instanceof UsageError || error.code === 'E_LEXICON' ? EXIT.usage : EXIT.inputFailed;
    }
    io.stderr.write(`arner: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && (error as Error)?.stack) io.stderr.write(`${(error as Error).stack}\n`);
    return EXIT.inputFailed;
  }
}
