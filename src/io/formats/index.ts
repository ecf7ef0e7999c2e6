import { bratFormatter } from './brat.js';
import { conllFormatter } from './conll.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter, jsonlFormatter, type DocumentFormatter, type FormatterOptions } from './json.js';
import { prettyFormatter } from './pretty.js';

export type { DocumentFormatter, FormatContext, FormatterOptions } from './json.js';

/**
 * Output formats of `arner extract`, by name. Formatters with `needsText` (pretty, html, conll,
 * brat) need the decoded input text: call `format(result, { text })`.
 */
export const FORMATTERS: Record<string, (options?: FormatterOptions) => DocumentFormatter> = {
  json: () => jsonFormatter,
  jsonl: () => jsonlFormatter,
  pretty: (options) => prettyFormatter(options),
  html: () => htmlFormatter(),
  conll: () => conllFormatter(),
  brat: () => bratFormatter(),
};

/**
 * The format used when none is given: the terminal view for one input shown in a terminal, else
 * JSON for one input and JSON Lines for several.
 */
export function defaultFormat({ stdoutIsTTY, inputCount }: { stdoutIsTTY: boolean; inputCount: number }): 'pretty' | 'json' | 'jsonl' {
  if (inputCount > 1) return 'jsonl';
  return stdoutIsTTY ? 'pretty' : 'json';
}

export { colorLevelFor, type ColorLevel } from '../../views/terminal/color-level.js';
export { bratFiles } from '../../views/export/brat.js';
export { htmlIndex, type HtmlIndexEntry } from '../../views/html/index-page.js';
export { renderHtmlReport } from '../../views/html/report.js';
