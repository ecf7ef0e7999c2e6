import type { Recognizer } from '../core/types.js';
import { compileGazetteer, createGazetteerRecognizer, type CompiledGazetteer } from './gazetteer/index.js';

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
};

export const DEFAULT_RECOGNIZERS: readonly string[] = ['gazetteer'];

export function lazyResources(userLexicons: readonly string[]): RecognizerResources {
  let gazetteer: CompiledGazetteer | undefined;
  return { gazetteer: () => (gazetteer ??= compileGazetteer(userLexicons)) };
}
