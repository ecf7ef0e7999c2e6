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
 * The priority a candidate competes with: its recognizer's, raised to that of the candidates it
 * strictly contains when it says it was built around a listed name (`attributes.builtAround`, e.g.
 * the rule span جامعة طشقند الحكومية around the lexicon's طشقند): a rule that saw the lexicon's
 * span and built a larger entity around it should not lose to that span.
 */
function effectivePriorities(candidates: readonly RankedMention[]): Map<RankedMention, number> {
  const result = new Map<RankedMention, number>();
  for (const candidate of candidates) {
    let priority = candidate.priority;
    const { mention } = candidate;
    if (mention.attributes?.builtAround !== undefined) {
      for (const other of candidates) {
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

export const OVERLAP_POLICIES: Record<string, OverlapPolicy> = {
  'priority-then-longest': priorityThenLongest,
  'longest-first': longestFirst,
};
