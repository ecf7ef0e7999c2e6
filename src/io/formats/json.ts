import type { ArnerDocument, ErrorRecord } from '../../core/types.js';

/** Output of one extracted document (or error record) as text. */
export interface DocumentFormatter {
  /** Formats one result; called in input order. */
  format(result: ArnerDocument | ErrorRecord): string;
}

/** One pretty-printed JSON object per input. */
export const jsonFormatter: DocumentFormatter = {
  format: (result) => `${JSON.stringify(result, null, 2)}\n`,
};

/** JSON Lines: one compact object per input per line. */
export const jsonlFormatter: DocumentFormatter = {
  format: (result) => `${JSON.stringify(result)}\n`,
};
