import type { Doc, Mention, Recognizer } from '../../core/types.js';
import { compileGazetteer, type CompiledGazetteer, type GazetteerMatch } from './compile.js';
import { hasContextSupport } from './context.js';

export { compileGazetteer, type CompiledGazetteer } from './compile.js';

interface Candidate {
  mention: Mention;
  needsContext: boolean;
}

/**
 * Finds lexicon phrases as token sequences on normalized forms. The first token may carry
 * proclitics (لقازاقستان → قازاقستان); the whole-word reading is tried first, so words that merely
 * start with clitic letters (بكين, لبنان) are not cut. Longest phrase wins at each position.
 * Entries flagged `context` need a cue (see context.ts) or an unflagged mention of the same entity
 * elsewhere in the document.
 */
export function createGazetteerRecognizer(gazetteer: CompiledGazetteer = compileGazetteer()): Recognizer {
  return {
    name: 'gazetteer',
    produces: ['PERSON', 'PLACE', 'ORGANIZATION', 'INITIATIVE'],
    priority: 50,
    recognize(doc) {
      const candidates = findCandidates(doc, gazetteer);
      const confirmed = new Set(candidates.filter((c) => !c.needsContext).map((c) => c.mention.entity));
      return candidates.filter((c) => !c.needsContext || confirmed.has(c.mention.entity)).map((c) => c.mention);
    },
  };
}

function findCandidates(doc: Doc, { trie }: CompiledGazetteer): Candidate[] {
  const { tokens } = doc;
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let best: { length: number; values: GazetteerMatch[]; readingIndex: number } | undefined;
    token.segmentations.forEach((reading, readingIndex) => {
      if (!trie.startsWith(reading.stem)) return;
      const match = trie.longestMatch(reading.stem, (k) => {
        const next = tokens[i + k];
        return next && next.sentence === token.sentence ? next.norm : undefined;
      });
      if (match && (!best || match.length > best.length)) best = { ...match, readingIndex };
    });
    if (!best) continue;
    const reading = token.segmentations[best.readingIndex]!;
    const { entry, variant } = best.values[0]!;
    const last = tokens[i + best.length - 1]!;
    const start = reading.stemStart;
    const needsContext = entry.flags.has('context') && !hasContextSupport(doc, i, reading, entry);
    const mention: Mention = {
      type: entry.type,
      start,
      end: last.end,
      text: doc.text.slice(start, last.end),
      normalized: [reading.stem, ...tokens.slice(i + 1, i + best.length).map((t) => t.norm)].join(' '),
      entity: entry.id,
      english: entry.english || undefined,
      canonical: entry.variants[0],
      source: { recognizer: 'gazetteer', rule: `lexicon:${entry.lexicon}`, lexicon: entry.lexicon },
    };
    if (variant !== entry.variants[0]) mention.attributes = { variant };
    if (best.values.length > 1) {
      mention.attributes = { ...mention.attributes, ambiguous: true, alternatives: best.values.slice(1).map((v) => v.entry.id).join(',') };
    }
    candidates.push({ mention, needsContext });
    i += best.length - 1;
  }
  return candidates;
}
