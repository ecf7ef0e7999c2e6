import { packagePath } from '../../core/paths.js';
import { readModelBody } from './model-file.js';
import { deserializeModel } from './serialize.js';
import { SequenceTagger } from './tagger.js';

/** The model trained by `npm run train`, shipped in models/. */
export const SHIPPED_MODEL_FILE = 'tagger-anercorp.bin.gz';

let shipped: SequenceTagger | undefined;
let sharedBody: Uint8Array | undefined;

/** The shipped tagger, loaded on first use. */
export function shippedTagger(): SequenceTagger {
  if (!shipped) {
    const path = packagePath('models', SHIPPED_MODEL_FILE);
    const body = sharedBody ? Buffer.from(sharedBody.buffer, sharedBody.byteOffset, sharedBody.byteLength) : readModelBody(path);
    shipped = new SequenceTagger(deserializeModel(body, path));
  }
  return shipped;
}

/**
 * The shipped model's body in shared memory, for worker threads: the tagger reads its weights in
 * place, so every worker given these bytes (see useSharedShippedModel) uses one copy of them, which
 * saves memory and, above all, room in the processor cache the workers share.
 */
export function sharedShippedModel(): Uint8Array {
  const body = readModelBody(packagePath('models', SHIPPED_MODEL_FILE));
  const shared = new Uint8Array(new SharedArrayBuffer(body.byteLength));
  shared.set(body);
  return shared;
}

/** Makes shippedTagger() read the model from bytes made by sharedShippedModel (in a worker thread). */
export function useSharedShippedModel(body: Uint8Array): void {
  if (shipped) throw new Error('the shipped tagger is already loaded');
  sharedBody = body;
}
