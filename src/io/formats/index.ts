import { jsonFormatter, jsonlFormatter, type DocumentFormatter } from './json.js';

export type { DocumentFormatter } from './json.js';

/** Output formats of `arner extract`, by name. */
export const FORMATTERS: Record<string, () => DocumentFormatter> = {
  json: () => jsonFormatter,
  jsonl: () => jsonlFormatter,
};
