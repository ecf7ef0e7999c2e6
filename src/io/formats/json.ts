import type { ArnerDocument, ErrorRecord } from '../../core/types.js';
import type { ColorLevel } from '../../views/terminal/color-level.js';

/** What the CLI knows about one input besides its result. */
export interface FormatContext {
  /** The decoded input text (BOM dropped): the text the result's offsets point into. */
  text?: string;
}

/** Settings of a formatter, fixed for a whole run. */
export interface FormatterOptions {
  /** Colour level for terminal output (see views/terminal/color-level.ts); 0 = no colour. */
  colorLevel?: ColorLevel;
  /** Terminal columns (stdout.columns) for the terminal view to wrap sentences between words; none = no wrapping. */
  width?: number;
}

/** Output of one extracted document (or error record) as text. */
export interface DocumentFormatter {
  /** True when `format` needs `context.text` for documents (views and token-level exports). */
  readonly needsText?: boolean;
  /** Formats one result; called in input order. */
  format(result: ArnerDocument | ErrorRecord, context?: FormatContext): string;
}

/** One pretty-printed JSON object per input. */
export const jsonFormatter: DocumentFormatter = {
  format: (result) => `${JSON.stringify(result, null, 2)}\n`,
};

/** JSON Lines: one compact object per input per line. */
export const jsonlFormatter: DocumentFormatter = {
  format: (result) => `${JSON.stringify(result)}\n`,
};
