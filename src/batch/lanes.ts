import { Worker } from 'node:worker_threads';
import { ArnerError, UsageError } from '../core/errors.js';
import type { FromWorker, ToWorker } from './messages.js';
import { createProcessor } from './processor.js';
import type { BatchSettings, Outcome, Task } from './task.js';

/** Somewhere batches of tasks run: the main thread, or one worker thread. */
export interface Lane {
  run(tasks: Task[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

/** Runs tasks on the main thread, yielding to the event loop between tasks (so SIGINT is heard). */
export function inProcessLane(settings: BatchSettings): Lane {
  const processTask = createProcessor(settings);
  return {
    async run(tasks) {
      const outcomes: Outcome[] = [];
      for (const task of tasks) {
        outcomes.push(await processTask(task));
        await new Promise((resolve) => setImmediate(resolve));
      }
      return outcomes;
    },
    async close() {},
  };
}

/**
 * Starts `count` worker threads, each building its extractor once. They are usable at once: a batch
 * sent to a lane waits for its worker to be ready, and a setup error (a malformed --lexicon, a usage
 * error) rejects that batch.
 */
export function workerLanes(count: number, settings: BatchSettings): Lane[] {
  return Array.from({ length: count }, () => new WorkerLane(settings));
}

/**
 * The worker script beside this module. From the built package that is worker.js; when arner runs from
 * its TypeScript sources (vitest, tsx: a development setup, tsx is a dev dependency), the worker first
 * registers tsx's loader, then imports worker.ts (`--import tsx` in a worker's execArgv is not honoured
 * by Node 20).
 */
function workerScript(): { script: URL | string; eval?: true } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./worker.js', import.meta.url) };
  const worker = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${worker}); });`, eval: true };
}

/**
 * The young generation of a worker's heap, in MB. Extraction allocates many objects that live for
 * one document (tokens, readings, mentions); with Node's default (3 × 16 MB semi-spaces) they
 * survive scavenges and get promoted to the old generation, and collecting them there costs the
 * time of a whole core when two threads extract at once. 3 × 64 MB semi-spaces measured 10-25%
 * faster on one thread and scaled better on two (scripts/bench.ts).
 */
const WORKER_YOUNG_GENERATION_MB = 192;

class WorkerCrash extends Error {}

/**
 * One worker thread. If the thread dies during a batch (out of memory, a native crash), it is restarted
 * and the batch's tasks are retried one at a time, so that only a task that kills it again becomes an
 * error record (E_WORKER) and the others still come out.
 */
class WorkerLane implements Lane {
  private worker!: Worker;
  private starting!: Promise<void>;
  private pending?: { batch: number; resolve: (outcomes: Outcome[]) => void; reject: (error: Error) => void };
  private nextBatch = 0;
  private closed = false;

  constructor(private readonly settings: BatchSettings) {
    this.spawn();
  }

  async run(tasks: Task[]): Promise<Outcome[]> {
    try {
      return await this.send(tasks);
    } catch (error) {
      if (!(error instanceof WorkerCrash)) throw error;
    }
    const outcomes: Outcome[] = [];
    for (const task of tasks) {
      try {
        outcomes.push(...(await this.send([task])));
      } catch (error) {
        if (!(error instanceof WorkerCrash)) throw error;
        outcomes.push({
          seq: task.seq,
          bytes: 0,
          error: { source: task.source, ...(task.kind === 'line' ? { line: task.line } : {}), error: { code: 'E_WORKER', message: error.message } },
        });
      }
    }
    return outcomes;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private async send(tasks: Task[]): Promise<Outcome[]> {
    await this.starting;
    const batch = this.nextBatch++;
    return new Promise<Outcome[]>((resolve, reject) => {
      this.pending = { batch, resolve, reject };
      this.worker.postMessage({ batch, tasks } satisfies ToWorker);
    });
  }

  private spawn(): void {
    const { script, eval: isCode } = workerScript();
    const worker = new Worker(script, {
      workerData: this.settings,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      ...(isCode ? { eval: true } : {}),
    });
    this.worker = worker;
    this.starting = new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          ready = true;
          resolve();
        } else if (message.type === 'fatal') {
          const error = message.usage ? new UsageError(message.message) : new ArnerError(message.code, message.message);
          if (message.stack) error.stack = message.stack;
          reject(error);
        } else if (message.type === 'done' && this.pending?.batch === message.batch) {
          const { resolve: done } = this.pending;
          this.pending = undefined;
          done(message.outcomes);
        }
      });
      const died = (reason: string): void => {
        if (this.closed || this.worker !== worker) return;
        if (!ready) {
          reject(new ArnerError('E_WORKER', `a worker thread failed to start: ${reason}`));
          return;
        }
        const pending = this.pending;
        this.pending = undefined;
        this.spawn();
        pending?.reject(new WorkerCrash(`the worker thread died while processing this input: ${reason}`));
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`exit code ${code}`));
    });
    this.starting.catch(() => undefined);
  }
}
