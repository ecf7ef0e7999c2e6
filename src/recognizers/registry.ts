import type { Recognizer } from '../core/types.js';
import { compileGazetteer, createGazetteerRecognizer, createVariantRecognizer, type CompiledGazetteer } from './gazetteer/index.js';
import { createRulesRecognizer } from './rules/index.js';
import { createDateRecognizer } from './date/index.js';
import { createTaggerRecognizer } from './tagger/recognizer.js';

/** What factories may share: resources compiled once per extractor. */
export interface RecognizerResources {
  gazetteer: () => CompiledGazetteer;
}

export type RecognizerFactory = (resources: RecognizerResources) => Recognizer;

/**
 * Every recognizer arner has, by name, in one explicit map. A factory loads its resources when it is
 * called, so a recognizer that is not enabled costs nothing.
 */
export const RECOGNIZERS: Record<string, RecognizerFactory> = {
  gazetteer: (resources) => createGazetteerRecognizer(resources.gazetteer()),
  rules: (resources) => createRulesRecognizer(resources.gazetteer()),
  variants: (resources) => createVariantRecognizer(resources.gazetteer()),
  date: () => createDateRecognizer(),
  tagger: () => createTaggerRecognizer(),
};

export { DEFAULT_RECOGNIZERS } from './names.js';

export function lazyResources(userLexicons: readonly string[]): RecognizerResources {
  let gazetteer: CompiledGazetteer | undefined;
  return { gazetteer: () => (gazetteer ??= compileGazetteer(userLexicons)) };
}
