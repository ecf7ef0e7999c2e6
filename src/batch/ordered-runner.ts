import type { Lane } from './lanes.js';
import type { NewTask, Result, Task } from './task.js';

/** An input item: a task to run, or an outcome known already (an input that failed before reading). */
export type Item<Meta> =
  | { task: NewTask; weight: number; meta: Meta }
  | { ready: Result | null; meta: Meta };

export interface RunOptions {
  /** At most this many tasks per message to a lane. */
  batchSize: number;
  /** A batch stops growing once its tasks weigh this many bytes (at least one task is sent). */
  batchBytes: number;
  /** At most this many items between the oldest one not yet yielded and the newest one read: bounds memory. */
  window: number;
  signal?: AbortSignal;
}

/**
 * Runs items on lanes in batches and yields their outcomes in input order, whatever order the lanes
 * finish in. Items are pulled from the (streamed) input only while fewer than `window` are in flight,
 * so memory stays bounded by the window, not by the number of inputs. A `ready: null` item yields no
 * outcome but keeps its place (markers such as the end of one jsonl file).
 * When the signal aborts, no new batch starts and iteration ends after the outcomes already in order.
 */
export async function* runOrdered<Meta>(
  items: AsyncIterable<Item<Meta>>,
  lanes: readonly Lane[],
  options: RunOptions,
): AsyncGenerator<{ outcome: Result | null; meta: Meta }> {
  const done = new Map<number, { outcome: Result | null; meta: Meta }>();
  const metas = new Map<number, Meta>();
  const queue: { task: Task; weight: number }[] = [];
  let read = 0;
  let written = 0;
  let inputEnded = false;
  let failure: { error: unknown } | undefined;
  const change = new Signal();
  const stopped = (): boolean => options.signal?.aborted === true || failure !== undefined;
  options.signal?.addEventListener('abort', () => change.notify(), { once: true });

  const produce = async (): Promise<void> => {
    const iterator = items[Symbol.asyncIterator]();
    try {
      for (;;) {
        // Wait for room before pulling the next item: at most `window` items are held at any time.
        while (read - written >= options.window && !stopped()) await change.wait();
        if (stopped()) break;
        const next = await iterator.next();
        if (next.done || stopped()) break;
        const item = next.value;
        const seq = read++;
        if ('ready' in item) done.set(seq, { outcome: item.ready, meta: item.meta });
        else {
          metas.set(seq, item.meta);
          queue.push({ task: { ...item.task, seq } as Task, weight: item.weight });
        }
        change.notify();
      }
    } catch (error) {
      failure ??= { error };
    } finally {
      inputEnded = true;
      change.notify();
    }
  };

  const consume = async (lane: Lane): Promise<void> => {
    try {
      for (;;) {
        while (queue.length === 0 && !inputEnded && !stopped()) await change.wait();
        if (stopped() || queue.length === 0) return;
        const share = Math.max(1, Math.min(options.batchSize, Math.ceil(queue.length / lanes.length)));
        const batch: Task[] = [];
        let bytes = 0;
        while (queue.length && batch.length < share && (batch.length === 0 || bytes < options.batchBytes)) {
          const next = queue.shift()!;
          batch.push(next.task);
          bytes += next.weight;
        }
        const outcomes = await lane.run(batch);
        for (const outcome of outcomes) {
          done.set(outcome.seq, { outcome, meta: metas.get(outcome.seq)! });
          metas.delete(outcome.seq);
        }
        change.notify();
      }
    } catch (error) {
      failure ??= { error };
      change.notify();
    }
  };

  const producing = produce();
  const consumers = lanes.map((lane) => consume(lane));
  let running = consumers.length;
  for (const consumer of consumers) void consumer.finally(() => (running--, change.notify()));

  try {
    for (;;) {
      if (failure) throw failure.error;
      if (options.signal?.aborted) break;
      const next = done.get(written);
      if (next) {
        done.delete(written);
        written++;
        change.notify();
        yield next;
        continue;
      }
      if (inputEnded && running === 0) {
        const failed = failure as { error: unknown } | undefined;
        if (failed) throw failed.error;
        break;
      }
      await change.wait();
    }
  } finally {
    // Stops the producer and the lanes' loops if iteration ends early. The producer is not awaited: it
    // may be blocked reading an input that never ends (an open stdin after SIGINT).
    failure ??= { error: new Error('stopped') };
    change.notify();
    void producing;
  }
}

/** Wakes every waiter on each change of shared state. */
class Signal {
  private waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
