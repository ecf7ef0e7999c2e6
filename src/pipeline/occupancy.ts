import type { Span } from '../core/types.js';

/**
 * Which characters of a text some kept span covers: overlap tests in time proportional to the
 * span's length, not to the number of spans kept (no quadratic cost on long documents).
 */
export class Occupancy {
  private readonly taken: Uint8Array;

  constructor(textLength: number, spans: Iterable<Span> = []) {
    this.taken = new Uint8Array(textLength + 1);
    for (const span of spans) this.occupy(span);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  occupy({ start, end }: Span): void {
    this.taken.fill(1, start, end);
  }
}
