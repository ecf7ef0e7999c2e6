import { renderHtmlError, renderHtmlReport } from '../../views/html/report.js';
import type { DocumentFormatter } from './json.js';
import { isErrorRecord, requireText } from './text-required.js';

/**
 * The HTML report: one self-contained page per input. On stdout this suits one input; for a batch,
 * write one file per input and an index (views/html/index-page.ts, `htmlIndex`).
 */
export function htmlFormatter(): DocumentFormatter {
  return {
    needsText: true,
    format: (result, context) => (isErrorRecord(result) ? renderHtmlError(result) : renderHtmlReport(result, requireText('html', context))),
  };
}
