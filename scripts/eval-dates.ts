/**
 * Runs the date example corpus (fixtures/dates/*.json) and prints the pass rate, overall and per
 * file. `--failures` lists every failing text with what went wrong.
 *
 * Run: npx tsx scripts/eval-dates.ts [--failures]
 */
import { packagePath } from '../src/core/paths.js';
import { createDateRecognizer } from '../src/recognizers/date/index.js';
import { checkExample, checkNegative, loadDateCorpora } from '../src/recognizers/date/corpus.js';

const showFailures = process.argv.includes('--failures');
const recognizer = createDateRecognizer();
let passed = 0;
let total = 0;
const rows: string[] = [];
const failures: string[] = [];
for (const { name, corpus } of loadDateCorpora(packagePath('fixtures', 'dates'))) {
  const ref = corpus.context.referenceDate;
  let filePassed = 0;
  let fileTotal = 0;
  const record = (text: string, problems: string[]): void => {
    fileTotal++;
    if (problems.length === 0) filePassed++;
    else failures.push(`${name}: ${text}\n    ${problems.join('\n    ')}`);
  };
  for (const example of corpus.examples) {
    for (const text of example.texts) record(text, checkExample(recognizer, ref, example.expect, text));
  }
  for (const text of corpus.negative) record(`(negative) ${text}`, checkNegative(recognizer, ref, text));
  passed += filePassed;
  total += fileTotal;
  rows.push(`${name.padEnd(28)} ${String(filePassed).padStart(4)}/${String(fileTotal).padEnd(4)} ${((100 * filePassed) / fileTotal).toFixed(1).padStart(5)}%`);
}
if (showFailures && failures.length) console.log(failures.join('\n') + '\n');
console.log(rows.join('\n'));
console.log(`${'all'.padEnd(28)} ${String(passed).padStart(4)}/${String(total).padEnd(4)} ${((100 * passed) / total).toFixed(1).padStart(5)}%`);
