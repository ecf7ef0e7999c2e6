import type { Doc, Segmentation } from '../../core/types.js';
import type { LexiconEntry } from '../../lexicon/entities.js';
import { wordSet } from '../../lexicon/words.js';

/** Word lists whose members, right before a name, confirm its type. */
const CUE_LISTS: Record<string, readonly string[]> = {
  PLACE: ['place-prepositions', 'place-heads'],
  PERSON: ['titles'],
  ORGANIZATION: ['org-heads'],
  INITIATIVE: ['initiative-heads'],
};

const PREPOSITION_CLITICS = /[بلك]/;

/**
 * Whether an entry flagged `context` (its variant is also a common word) has support at this
 * position: a cue word before it, or (for places) a preposition clitic on the word (بعمان, لجدة).
 */
export function hasContextSupport(doc: Doc, tokenIndex: number, reading: Segmentation, entry: LexiconEntry): boolean {
  if (entry.type === 'PLACE' && PREPOSITION_CLITICS.test(reading.prefix)) return true;
  const previous = doc.tokens[tokenIndex - 1];
  if (!previous || previous.sentence !== doc.tokens[tokenIndex]!.sentence) return false;
  for (const list of CUE_LISTS[entry.type] ?? []) {
    const cues = wordSet(list);
    if (cues.has(previous.norm) || cues.has(previous.stem.stem)) return true;
  }
  return false;
}
