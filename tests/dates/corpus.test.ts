import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { createDateRecognizer } from '../../src/recognizers/date/index.js';
import { checkExample, checkNegative, loadDateCorpora } from '../../src/recognizers/date/corpus.js';

/** One generated test per text of fixtures/dates/*.json (see src/recognizers/date/corpus.ts). */
const recognizer = createDateRecognizer();

for (const { name, corpus } of loadDateCorpora(packagePath('fixtures', 'dates'))) {
  const ref = corpus.context.referenceDate;
  describe(`${name} (reference ${ref ?? 'none'})`, () => {
    for (const example of corpus.examples) {
      for (const text of example.texts) {
        it(`${text} → ${example.expect.value} ${example.expect.grain}`, () => {
          expect(checkExample(recognizer, ref, example.expect, text)).toEqual([]);
        });
      }
    }
    for (const text of corpus.negative) {
      it(`no DATE in: ${text}`, () => {
        expect(checkNegative(recognizer, ref, text)).toEqual([]);
      });
    }
  });
}
