import { renderTerminal, renderTerminalError } from '../../views/terminal/render.js';
import type { DocumentFormatter, FormatterOptions } from './json.js';
import { isErrorRecord, requireText } from './text-required.js';

/** The terminal view: the article one sentence per line with labelled mentions, then a table of entities. */
export function prettyFormatter(options: FormatterOptions = {}): DocumentFormatter {
  const view = { colorLevel: options.colorLevel ?? 0, width: options.width };
  let count = 0;
  return {
    needsText: true,
    format(result, context) {
      const separator = count++ > 0 ? '\n' : '';
      if (isErrorRecord(result)) return separator + renderTerminalError(result, view);
      return separator + renderTerminal(result, requireText('pretty', context), view);
    },
  };
}
