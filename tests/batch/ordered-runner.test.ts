import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lane } from '../../src/batch/lanes.js';
import { runOrdered, type Item } from '../../src/batch/ordered-runner.js';
import type { Outcome, Task } from '../../src/batch/task.js';

/** A lane that answers after a delay chosen per task, and records how many tasks are in flight. */
function fakeLanes(count: number, delayOf: (task: Task) => number, stats = { inFlight: 0, maxInFlight: 0, batches: [] as number[] }): Lane[] {
  return Array.from({ length: count }, () => ({
    async run(tasks: Task[]): Promise<Outcome[]> {
      stats.inFlight += tasks.length;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      stats.batches.push(tasks.length);
      await new Promise((resolve) => setTimeout(resolve, Math.max(...tasks.map(delayOf))));
      stats.inFlight -= tasks.length;
      return tasks.map((t) => ({ seq: t.seq, bytes: 1, output: (t as Task & { kind: 'line' }).text }));
    },
    async close() {},
  }));
}

async function* itemsOf(n: number, readyEvery = 0, read = { count: 0 }): AsyncGenerator<Item<number>> {
  for (let i = 0; i < n; i++) {
    read.count++;
    if (readyEvery && i % readyEvery === 0) yield { ready: { bytes: 0, error: { source: `s${i}`, error: { code: 'E_X', message: String(i) } } }, meta: i };
    else yield { task: { kind: 'line', source: 's', line: i, text: String(i) }, weight: 10, meta: i };
  }
}

const drain = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const x of source) all.push(x);
  return all;
};

describe('runOrdered', () => {
  it('yields outcomes in input order whatever order the lanes finish in (property over delays and lane counts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 1000 }), async (lanes, n, readyEvery, seed) => {
        const delay = (t: Task): number => ((t.seq * 7919 + seed) % 5);
        const results = await drain(runOrdered(itemsOf(n, readyEvery), fakeLanes(lanes, delay), { batchSize: 4, batchBytes: 1000, window: 16 }));
        expect(results.map((r) => r.meta)).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const { outcome, meta } of results) {
          if (readyEvery && meta % readyEvery === 0) expect(outcome?.error?.error.message).toBe(String(meta));
          else expect(outcome && 'output' in outcome ? outcome.output : undefined).toBe(String(meta));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps at most `window` items between the oldest not yet yielded and the newest read', async () => {
    const read = { count: 0 };
    const stats = { inFlight: 0, maxInFlight: 0, batches: [] as number[] };
    // The first task is slow: everything after it waits in order, so reading must stop at the window.
    const lanes = fakeLanes(2, (t) => (t.seq === 0 ? 80 : 1), stats);
    let maxAhead = 0;
    let yielded = 0;
    for await (const _ of runOrdered(itemsOf(500, 0, read), lanes, { batchSize: 8, batchBytes: 1 << 20, window: 32 })) {
      yielded++;
      maxAhead = Math.max(maxAhead, read.count - yielded);
    }
    expect(yielded).toBe(500);
    expect(maxAhead).toBeLessThanOrEqual(32);
    expect(stats.maxInFlight).toBeLessThanOrEqual(32);
  });

  it('sends batches of several tasks, split between lanes, and cut at batchBytes', async () => {
    const stats = { inFlight: 0, maxInFlight: 0, batches: [] as number[] };
    await drain(runOrdered(itemsOf(200), fakeLanes(2, () => 2, stats), { batchSize: 64, batchBytes: 1 << 20, window: 256 }));
    expect(Math.max(...stats.batches)).toBeGreaterThan(1);
    expect(Math.max(...stats.batches)).toBeLessThanOrEqual(64);
    const small = { inFlight: 0, maxInFlight: 0, batches: [] as number[] };
    await drain(runOrdered(itemsOf(200), fakeLanes(2, () => 2, small), { batchSize: 64, batchBytes: 30, window: 256 }));
    expect(Math.max(...small.batches)).toBe(3); // 10 bytes each: the third reaches 30
  });

  it('stops when the signal aborts, after the outcomes already in order', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    for await (const { meta } of runOrdered(itemsOf(1000), fakeLanes(2, () => 1), { batchSize: 4, batchBytes: 1000, window: 16, signal: controller.signal })) {
      seen.push(meta);
      if (meta === 20) controller.abort();
    }
    expect(seen).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it('a lane that throws (a broken setup) ends the run with its error', async () => {
    const lane: Lane = { run: async () => Promise.reject(new Error('lane broke')), close: async () => {} };
    await expect(drain(runOrdered(itemsOf(10), [lane], { batchSize: 4, batchBytes: 1000, window: 16 }))).rejects.toThrow('lane broke');
  });
});
