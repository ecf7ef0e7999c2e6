import { packagePath } from '../../core/paths.js';
import { readModelFile } from './model-file.js';
import { deserializeModel } from './serialize.js';
import { SequenceTagger } from './tagger.js';

/** The model trained by `npm run train`, shipped in models/. */
export const SHIPPED_MODEL_FILE = 'tagger-anercorp.bin.gz';

let shipped: SequenceTagger | undefined;

/** The shipped tagger, loaded on first use. */
export function shippedTagger(): SequenceTagger {
  if (!shipped) {
    const path = packagePath('models', SHIPPED_MODEL_FILE);
    shipped = new SequenceTagger(deserializeModel(readModelFile(path), path));
  }
  return shipped;
}
