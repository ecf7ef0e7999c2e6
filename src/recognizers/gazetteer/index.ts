import type { Doc, Mention, Recognizer } from '../../core/types.js';
import { wordSet } from '../../lexicon/words.js';
import { compileGazetteer, type CompiledGazetteer, type GazetteerMatch } from './compile.js';
import { hasContextSupport } from './context.js';
import { createKeyMatcher, type KeyMatcher } from './key-match.js';

export { compileGazetteer, type CompiledGazetteer } from './compile.js';

interface Candidate {
  mention: Mention;
  needsContext: boolean;
}

/** What the gazetteer finds in one document: listed spellings, and transliteration variants. */
export interface GazetteerMatches {
  exact: Mention[];
  variants: Mention[];
}

const matchCache = new WeakMap<CompiledGazetteer, WeakMap<Doc, GazetteerMatches>>();
const keyMatchers = new WeakMap<CompiledGazetteer, KeyMatcher>();

/**
 * Matches a document against the gazetteer once (cached per document: the gazetteer, the variant
 * recognizer and the rules all ask). Lexicon phrases are token sequences on normalized forms; the
 * first token may carry proclitics (لقازاقستان → قازاقستان), the whole-word reading tried first so
 * that words merely starting with clitic letters (بكين, لبنان) are not cut; the longest phrase wins
 * at each position. Beside the listed spellings, foreign-origin names are found through their
 * transliteration key (key-match.ts); at a position where a key match is longer than the listed
 * one (نور سلطان نزاربايف against the city نور سلطان), the key match stands.
 * Entries flagged `context` need a cue (see context.ts) or an unflagged mention of the same entity
 * elsewhere in the document.
 */
export function matchGazetteer(doc: Doc, gazetteer: CompiledGazetteer): GazetteerMatches {
  let perDoc = matchCache.get(gazetteer);
  if (!perDoc) matchCache.set(gazetteer, (perDoc = new WeakMap()));
  const cached = perDoc.get(doc);
  if (cached) return cached;
  let keyMatcher = keyMatchers.get(gazetteer);
  if (!keyMatcher) keyMatchers.set(gazetteer, (keyMatcher = createKeyMatcher(gazetteer.keyIndex(), gazetteer.entries)));
  const { candidates, variants } = findCandidates(doc, gazetteer, keyMatcher);
  const confirmed = new Set(candidates.filter((c) => !c.needsContext).map((c) => c.mention.entity));
  const exact = candidates.filter((c) => !c.needsContext || confirmed.has(c.mention.entity)).map((c) => c.mention);
  const result = { exact, variants };
  perDoc.set(doc, result);
  return result;
}

/** The lexicon recognizer: listed spellings (priority 50, above every other recognizer). */
export function createGazetteerRecognizer(gazetteer: CompiledGazetteer = compileGazetteer()): Recognizer {
  return {
    name: 'gazetteer',
    produces: ['PERSON', 'PLACE', 'ORGANIZATION', 'INITIATIVE'],
    priority: 50,
    recognize: (doc) => matchGazetteer(doc, gazetteer).exact.map((m) => ({ ...m })),
  };
}

/**
 * Transliteration variants of listed foreign names (نزاربايف, طاشقند, شي جين بينج ...), found
 * through the gazetteer's key index. Priority 30: a fuzzy match yields to a listed spelling and to
 * a pattern rule's span (a photographer's name لان هونغ قوانغ is not هونغ كونغ); the linker still
 * links a rule's span to the lexicon entity when its key matches.
 */
export function createVariantRecognizer(gazetteer: CompiledGazetteer = compileGazetteer()): Recognizer {
  return {
    name: 'variants',
    produces: ['PERSON', 'PLACE'],
    priority: 30,
    recognize: (doc) => matchGazetteer(doc, gazetteer).variants.map((m) => ({ ...m })),
  };
}

interface PhraseMatch {
  /** Tokens the phrase spans, its lexicon values, and the reading of the first token it starts from. */
  length: number;
  values: GazetteerMatch[];
  readingIndex: number;
}

/** The longest lexicon phrase of at most `maxLength` tokens starting at token `i`, over its readings. */
function longestPhraseAt(trie: CompiledGazetteer['trie'], tokens: Doc['tokens'], i: number, maxLength: number): PhraseMatch | undefined {
  const token = tokens[i]!;
  const { segmentations } = token;
  let found: PhraseMatch | undefined;
  for (let readingIndex = 0; readingIndex < segmentations.length; readingIndex++) {
    const reading = segmentations[readingIndex]!;
    // Most words start no phrase: one lookup, before any closure or match object is made.
    if (!trie.startsWith(reading.stem)) continue;
    const match = phraseFrom(trie, tokens, i, maxLength, reading.stem);
    if (match && (!found || match.length > found.length)) found = { ...match, readingIndex };
  }
  return found;
}

/** The longest lexicon phrase of at most `maxLength` tokens that starts with `stem` (a reading of token `i`). */
function phraseFrom(trie: CompiledGazetteer['trie'], tokens: Doc['tokens'], i: number, maxLength: number, stem: string) {
  const { sentence } = tokens[i]!;
  return trie.longestMatch(stem, (k) => {
    const next = tokens[i + k];
    return k < maxLength && next && next.sentence === sentence ? next.norm : undefined;
  });
}

function findCandidates(doc: Doc, { trie, entries }: CompiledGazetteer, keyMatcher: KeyMatcher): { candidates: Candidate[]; variants: Mention[] } {
  const { tokens } = doc;
  const candidates: Candidate[] = [];
  const variants: Mention[] = [];
  const stopwords = wordSet('stopwords');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let best = longestPhraseAt(trie, tokens, i, Infinity);
    // A phrase of several words that ends in a function word (شي ان, Xi'an, in وقال شي ان ...) is as
    // often a name and a conjunction: without support the shorter phrase is taken instead.
    while (best && best.length > 1 && stopwords.has(tokens[i + best.length - 1]!.norm)) {
      const { entry } = best.values[0]!;
      if (hasContextSupport(doc, i, token.segmentations[best.readingIndex]!, entry)) break;
      best = longestPhraseAt(trie, tokens, i, best.length - 1);
    }
    const keyed = keyMatcher.at(doc, i);
    if (keyed && (!best || keyed.length > best.length)) {
      variants.push(keyed.mention);
      i += keyed.length - 1;
      continue;
    }
    if (!best) continue;
    candidates.push(lexiconCandidate(doc, i, best, entries));
    i += best.length - 1;
  }
  return { candidates, variants };
}

/** The mention of a listed phrase found at token `i`, and whether it still needs a cue (flag `context`). */
function lexiconCandidate(doc: Doc, i: number, best: PhraseMatch, entries: CompiledGazetteer['entries']): Candidate {
  const { tokens } = doc;
  const reading = tokens[i]!.segmentations[best.readingIndex]!;
  const { entry, variant } = best.values[0]!;
  const main = entries.get(entry.id) ?? entry;
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
    english: main.english || undefined,
    canonical: main.variants[0],
    source: { recognizer: 'gazetteer', rule: `lexicon:${entry.lexicon}`, lexicon: entry.lexicon },
  };
  if (variant !== main.variants[0]) mention.attributes = { variant };
  if (best.values.length > 1) {
    const alternatives = [...new Set(best.values.slice(1).map((v) => v.entry.id))].filter((id) => id !== entry.id);
    if (alternatives.length) mention.attributes = { ...mention.attributes, ambiguous: true, alternatives: alternatives.join(',') };
  }
  return { mention, needsContext };
}
