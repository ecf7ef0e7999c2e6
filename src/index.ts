/**
 * arner's library API.
 *
 *   import { extract } from 'arner';
 *   const doc = extract('اجتمع الرئيس الصيني شي جين بينغ ...');
 */
import type { ArnerDocument } from './core/types.js';
import { Extractor, type ExtractOptions, type ExtractorOptions } from './pipeline/extractor.js';

export * from './core/types.js';
export { ArnerError, UsageError } from './core/errors.js';
export { Extractor, type ExtractOptions, type ExtractorOptions } from './pipeline/extractor.js';
export { normalize, normalizeText, toOriginalSpan } from './normalize/index.js';
export { tokenize } from './tokenize/index.js';
export { analyze, type AnalyzedDoc } from './pipeline/analyze.js';
export { OVERLAP_POLICIES, type OverlapPolicy } from './pipeline/overlap.js';

let defaultExtractor: Extractor | undefined;

/** Extracts entities and dates from one Arabic text with the default recognizers and lexicons. */
export function extract(text: string, options: ExtractOptions & ExtractorOptions = {}): ArnerDocument {
  const { source, id, referenceDate, encoding, ...extractorOptions } = options;
  const extractor = Object.keys(extractorOptions).length
    ? new Extractor(extractorOptions)
    : (defaultExtractor ??= new Extractor());
  return extractor.extract(text, { source, id, referenceDate, encoding });
}
