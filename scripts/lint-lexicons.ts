/**
 * Lints the lexicons: `npx tsx scripts/lint-lexicons.ts [directory]` (default: the package's
 * lexicons/). Prints one `file:line: message` line per problem and exits 1 if any is an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { formatProblem, lintLexiconDirectory } from '../src/lexicon/lint.js';

const root = process.argv[2] ? resolve(process.argv[2]) : packagePath('lexicons');
if (!existsSync(root)) {
  console.error(`lint-lexicons: no such directory: ${root}`);
  process.exit(2);
}
const problems = lintLexiconDirectory(root);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.error(`lint-lexicons: ${errors} error(s), ${warnings} warning(s) in ${root}`);
process.exit(errors > 0 ? 1 : 0);
