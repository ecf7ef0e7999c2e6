/**
 * A worker thread of the batch pool: builds the extractor once, then processes batches of tasks sent by
 * the main thread and posts their outcomes back, in the order received.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArnerError, UsageError } from '../core/errors.js';
import { useSharedShippedModel } from '../recognizers/tagger/shipped.js';
import { createProcessor, type TaskProcessor } from './processor.js';
import type { BatchSettings, Task } from './task.js';
import type { FromWorker, ToWorker } from './messages.js';

const port = parentPort!;
const post = (message: FromWorker): void => port.postMessage(message);

let processor: TaskProcessor | undefined;
try {
  const settings = workerData as BatchSettings;
  if (settings.taggerModel) useSharedShippedModel(settings.taggerModel);
  processor = createProcessor(settings);
  post({ type: 'ready' });
} catch (error) {
  post({
    type: 'fatal',
    code: error instanceof ArnerError ? error.code : 'E_INTERNAL',
    usage: error instanceof UsageError,
    message: (error as Error)?.message ?? String(error),
    stack: (error as Error)?.stack,
  });
}

port.on('message', async (message: ToWorker) => {
  if (!processor) return;
  const outcomes = [];
  for (const task of message.tasks as Task[]) outcomes.push(await processor(task));
  post({ type: 'done', batch: message.batch, outcomes });
});
