import type { PublicMention } from '../core/types.js';

/** A stretch of the text: plain, or one mention (by its index in the document's mentions). */
export interface Segment {
  start: number;
  end: number;
  mention?: number;
}

/**
 * Cuts `[from, to)` of the text into plain stretches and mentions, in text order. Mentions are
 * disjoint by contract (the overlap policy ran); a mention that overlaps an earlier one is left out
 * rather than shown with wrong bounds.
 */
export function segmentText(mentions: readonly PublicMention[], from: number, to: number): Segment[] {
  const order = mentions
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.start >= from && m.end <= to && m.end > m.start)
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const segments: Segment[] = [];
  let cursor = from;
  for (const { m, index } of order) {
    if (m.start < cursor) continue;
    if (m.start > cursor) segments.push({ start: cursor, end: m.start });
    segments.push({ start: m.start, end: m.end, mention: index });
    cursor = m.end;
  }
  if (cursor < to) segments.push({ start: cursor, end: to });
  return segments;
}
