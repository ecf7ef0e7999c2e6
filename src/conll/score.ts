/**
 * Entity-level scoring with conlleval semantics: an entity is a maximal chunk of IOB2 tags (a chunk
 * starts at B-X or at an I-X that does not continue a chunk of type X, and ends at a sentence end,
 * O, B-*, or a tag of another type); a predicted entity counts only if its start, end and type all
 * equal a gold entity's.
 */

export interface Chunk {
  type: string;
  /** Token index of the first token and one past the last, within the sentence. */
  start: number;
  end: number;
}

export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag.length > 1 && tag[1] === '-' ? tag[0] : undefined;
    const type = prefix === 'B' || prefix === 'I' ? tag.slice(2) : undefined;
    if (open && prefix === 'I' && type === open.type) {
      open.end = i + 1;
      continue;
    }
    if (open) chunks.push(open);
    open = type === undefined ? undefined : { type, start: i, end: i + 1 };
  }
  if (open) chunks.push(open);
  return chunks;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  byType: Map<string, Score>;
  micro: Score;
}

function score(counts: Counts): Score {
  const precision = counts.predicted ? counts.correct / counts.predicted : 0;
  const recall = counts.gold ? counts.correct / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

/**
 * Scores predicted tag sequences against gold ones (same sentences, same lengths). `types`
 * restricts the evaluation to those entity types (others are ignored on both sides); by default
 * every type found in either side counts.
 */
export function scoreTags(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  types?: readonly string[],
): ScoreReport {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, Counts>();
  const of = (type: string): Counts => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  for (const type of types ?? []) of(type);
  const keep = (chunk: Chunk): boolean => types === undefined || types.includes(chunk.type);
  gold.forEach((goldTags, s) => {
    const predictedTags = predicted[s]!;
    if (goldTags.length !== predictedTags.length) {
      throw new Error(`sentence ${s + 1}: ${goldTags.length} gold tags but ${predictedTags.length} predicted`);
    }
    const goldChunks = chunksOf(goldTags).filter(keep);
    const predictedChunks = chunksOf(predictedTags).filter(keep);
    const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of goldChunks) of(c.type).gold++;
    for (const c of predictedChunks) {
      const entry = of(c.type);
      entry.predicted++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) entry.correct++;
    }
  });
  const byType = new Map<string, Score>();
  const total: Counts = { gold: 0, predicted: 0, correct: 0 };
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType.set(type, score(c));
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return { byType, micro: score(total) };
}

/** A conlleval-like table: one line per type and the micro average, figures in percent. */
export function formatScoreReport(report: ScoreReport): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const line = (name: string, s: Score): string =>
    `${name.padEnd(6)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   gold ${String(s.gold).padStart(5)}  predicted ${String(s.predicted).padStart(5)}  correct ${String(s.correct).padStart(5)}`;
  return [...[...report.byType].map(([type, s]) => line(type, s)), line('micro', report.micro)].join('\n');
}
