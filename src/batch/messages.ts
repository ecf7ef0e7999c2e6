import type { Outcome, Task } from './task.js';

/** Main thread → worker: a batch of tasks. */
export interface ToWorker {
  batch: number;
  tasks: Task[];
}

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; code: string; usage: boolean; message: string; stack?: string }
  | { type: 'done'; batch: number; outcomes: Outcome[] };
