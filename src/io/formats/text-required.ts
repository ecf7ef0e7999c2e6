import { ArnerError } from '../../core/errors.js';
import type { ArnerDocument, ErrorRecord } from '../../core/types.js';
import type { FormatContext } from './json.js';

export function isErrorRecord(result: ArnerDocument | ErrorRecord): result is ErrorRecord {
  return 'error' in result;
}

/** The input text a view needs; its absence is a bug in the caller, said plainly. */
export function requireText(format: string, context: FormatContext | undefined): string {
  if (typeof context?.text !== 'string') {
    throw new ArnerError('E_FORMAT', `the ${format} format needs the input text: call format(result, { text })`);
  }
  return context.text;
}
