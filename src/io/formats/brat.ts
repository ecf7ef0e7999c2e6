import { bratAnnotations } from '../../views/export/brat.js';
import type { DocumentFormatter } from './json.js';
import { isErrorRecord, requireText } from './text-required.js';

/**
 * brat standoff: on stdout, the `.ann` of the input; its `.txt` is the input text itself (UTF-8,
 * BOM dropped). `--out DIR` writes both files (views/export/brat.ts, `bratFiles`).
 */
export function bratFormatter(): DocumentFormatter {
  return {
    needsText: true,
    format: (result, context) => (isErrorRecord(result) ? '' : bratAnnotations(result, requireText('brat', context))),
  };
}
