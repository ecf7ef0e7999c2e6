import { conllDocument } from '../../views/export/conll.js';
import type { DocumentFormatter } from './json.js';
import { isErrorRecord, requireText } from './text-required.js';

/** CoNLL: one token per line with its IOB2 tag; a failed input writes nothing (its error goes to stderr). */
export function conllFormatter(): DocumentFormatter {
  return {
    needsText: true,
    format: (result, context) => (isErrorRecord(result) ? '' : conllDocument(result, requireText('conll', context))),
  };
}
