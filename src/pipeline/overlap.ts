import type { Mention } from '../core/types.js';
import { Occupancy } from './occupancy.js';

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
  const occupancy = new Occupancy(ordered.reduce((max, { mention }) => Math.max(max, mention.end), 0));
  for (const { mention } of ordered) {
    if (!occupancy.isFree(mention.start, mention.end)) continue;
    occupancy.occupy(mention);
    kept.push(mention);
  }
  return kept.sort(byStart);
}

/** spaCy's filter_spans: the longest span first, then the earliest. */
export const longestFirst: OverlapPolicy = (candidates) =>
  greedy([...candidates].sort((a, b) => length(b.mention) - length(a.mention) || a.mention.start - b.mention.start));

/**
 * The priority a candidate competes with: its recognizer's, raised to that of the candidates it
 * strictly contains when it says it was built around a listed name (`attributes.builtAround`, e.g.
 * the rule span جامعة طشقند الحكومية around the lexicon's طشقند): a rule that saw the lexicon's
 * span and built a larger entity around it should not lose to that span.
 */
function effectivePriorities(candidates: readonly RankedMention[]): Map<RankedMention, number> {
  const result = new Map<RankedMention, number>();
  const builders = candidates.filter((c) => c.mention.attributes?.builtAround !== undefined);
  const byStartOrder = builders.length ? [...candidates].sort((a, b) => a.mention.start - b.mention.start) : [];
  for (const candidate of candidates) {
    let priority = candidate.priority;
    const { mention } = candidate;
    if (mention.attributes?.builtAround !== undefined) {
      for (const other of candidatesWithin(byStartOrder, mention)) {
        const inside = other.mention.start >= mention.start && other.mention.end <= mention.end && length(other.mention) < length(mention);
        if (inside && other.mention.entity === mention.attributes.builtAround) priority = Math.max(priority, other.priority);
      }
    }
    result.set(candidate, priority);
  }
  return result;
}

/**
 * The default: higher recognizer priority first (lexicon-confirmed spans and the date grammar beat
 * the statistical tagger, which fills the gaps; see effectivePriorities for spans built around a
 * listed name), then the longest span, then the earliest.
 */
export const priorityThenLongest: OverlapPolicy = (candidates) => {
  const priority = effectivePriorities(candidates);
  return greedy(
    [...candidates].sort(
      (a, b) => priority.get(b)! - priority.get(a)! || length(b.mention) - length(a.mention) || a.mention.start - b.mention.start,
    ),
  );
};

/** Candidates (sorted by start) that start inside `span`: found by binary search, then a short scan. */
function* candidatesWithin(sorted: readonly RankedMention[], span: Mention): Generator<RankedMention> {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.mention.start < span.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.length && sorted[i]!.mention.start < span.end; i++) yield sorted[i]!;
}

export const OVERLAP_POLICIES: Record<string, OverlapPolicy> = {
  'priority-then-longest': priorityThenLongest,
  'longest-first': longestFirst,
};
