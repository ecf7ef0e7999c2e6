import type { Mention } from '../core/types.js';

/** Chooses a set of non-overlapping mentions from all recognizers' candidates. */
export type OverlapPolicy = (candidates: readonly RankedMention[]) => Mention[];

export interface RankedMention {
  mention: Mention;
  /** The priority of the recognizer that produced it. */
  priority: number;
}

const length = (m: Mention): number => m.end - m.start;
const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

/** Greedy selection in the given order: a candidate is kept when it overlaps nothing kept so far. */
function greedy(ordered: readonly RankedMention[]): Mention[] {
  const kept: Mention[] = [];
  for (const { mention } of ordered) {
    if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
  }
  return kept.sort(byStart);
}

/** spaCy's filter_spans: the longest span first, then the earliest. */
export const longestFirst: OverlapPolicy = (candidates) =>
  greedy([...candidates].sort((a, b) => length(b.mention) - length(a.mention) || a.mention.start - b.mention.start));

/**
 * The default: higher recognizer priority first (lexicon-confirmed spans and the date grammar beat
 * the statistical tagger, which fills the gaps), then the longest span, then the earliest.
 */
export const priorityThenLongest: OverlapPolicy = (candidates) =>
  greedy(
    [...candidates].sort(
      (a, b) => b.priority - a.priority || length(b.mention) - length(a.mention) || a.mention.start - b.mention.start,
    ),
  );

export const OVERLAP_POLICIES: Record<string, OverlapPolicy> = {
  'priority-then-longest': priorityThenLongest,
  'longest-first': longestFirst,
};
