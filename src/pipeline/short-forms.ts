import type { Doc, Mention } from '../core/types.js';
import type { CompiledGazetteer } from '../recognizers/gazetteer/index.js';
import { wordSet } from '../lexicon/words.js';

/**
 * After a full name, news refers to a person by one part of it: the surname (بوتين after فلاديمير
 * بوتين) or, for names written family name first, the family name (شي after شي جين بينغ, given as
 * the entry's `short` attribute). Adds a PERSON mention, linked to the same entity, for each later
 * token that equals such a part and lies outside every other mention.
 */
export function linkShortForms(doc: Doc, mentions: Mention[], gazetteer?: CompiledGazetteer): Mention[] {
  const stopwords = wordSet('stopwords');
  const parts = new Map<string, { after: number; mention: Mention }>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || !mention.entity) continue;
    const words = mention.normalized.split(' ');
    if (words.length < 2) continue;
    const entry = gazetteer?.entries.get(mention.entity);
    const short = entry?.attrs.short ? [entry.attrs.short] : [words[words.length - 1]!];
    for (const part of short) {
      if (part.length < 2 || stopwords.has(part)) continue;
      const known = parts.get(part);
      if (known && known.mention.entity !== mention.entity) parts.set(part, { after: Infinity, mention }); // two people share it
      else if (!known) parts.set(part, { after: mention.end, mention });
    }
  }
  if (parts.size === 0) return mentions;
  const covered = (start: number, end: number): boolean => mentions.some((m) => start < m.end && m.start < end);
  const added: Mention[] = [];
  for (const token of doc.tokens) {
    if (token.kind !== 'arabic') continue;
    for (const reading of token.segmentations) {
      const part = parts.get(reading.stem);
      if (!part || token.start < part.after || covered(reading.stemStart, token.end)) continue;
      const { mention } = part;
      added.push({
        type: 'PERSON',
        start: reading.stemStart,
        end: token.end,
        text: doc.text.slice(reading.stemStart, token.end),
        normalized: reading.stem,
        entity: mention.entity,
        english: mention.english,
        canonical: mention.canonical,
        source: { recognizer: 'linker', rule: 'short-form' },
      });
      break;
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
