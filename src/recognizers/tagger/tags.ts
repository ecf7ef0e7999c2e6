/**
 * The IOB2 tag set of the tagger (ANERcorp's four entity types) and the transitions IOB2 allows.
 */

export const ENTITY_LABELS = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Tag index 0 is O; then B-X, I-X for each label in ENTITY_LABELS order. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag; unknown tags (and anything not in IOB2 form) read as O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? OUTSIDE;
}

export function isInside(tag: number): boolean {
  return tag !== OUTSIDE && tag % 2 === 0;
}

/** The entity label of a B-/I- tag (undefined for O). */
export function labelOf(tag: number): EntityLabel | undefined {
  return tag === OUTSIDE ? undefined : ENTITY_LABELS[(tag - 1) >> 1];
}

/**
 * Whether tag `next` may follow tag `prev` (`prev` = -1 at the start of a sentence):
 * an I-X only continues a B-X or an I-X.
 */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== -1 && prev !== OUTSIDE && labelOf(prev) === labelOf(next);
}

/** A span of tokens [start, end) with its label. */
export interface TagSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

/**
 * The entities of a tag sequence with conlleval semantics: a chunk starts at B-X, or at an I-X
 * that does not continue a chunk of type X; it ends before O, B-*, or a tag of another type.
 */
export function tagSpans(tags: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const label = labelOf(tag);
    const continues = open !== undefined && isInside(tag) && label === open.label;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = label === undefined ? undefined : { start: i, end: i + 1, label };
  }
  if (open) spans.push(open);
  return spans;
}
