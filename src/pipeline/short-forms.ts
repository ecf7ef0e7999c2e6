import { Occupancy } from './occupancy.js';
import type { Doc, Mention } from '../core/types.js';
import type { CompiledGazetteer } from '../recognizers/gazetteer/index.js';
import { KeyTrie, type KeyNode } from '../lexicon/key-trie.js';
import { minKeyLength, wordKey } from '../lexicon/translit-key.js';
import { readWordList, wordSet } from '../lexicon/words.js';
import { normalizeText } from '../normalize/index.js';
import { existsSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { groupUnknownMentions, linkToLexicon } from './link.js';

/** Origins (name-parts.tsv `origin`) whose names put the family name first. */
const FAMILY_FIRST_ORIGINS = new Set(['chinese', 'korean', 'vietnamese', 'zh', 'ko', 'vi']);

let familyFirst: Set<string> | undefined;
/** Name parts of languages that write the family name first (شي, وانغ, كيم, نغوين). */
function familyFirstParts(): Set<string> {
  if (!familyFirst) {
    familyFirst = new Set();
    if (existsSync(packagePath('lexicons', 'words', 'name-parts.tsv'))) {
      for (const { cells } of readWordList('name-parts')) {
        if (FAMILY_FIRST_ORIGINS.has((cells.origin ?? '').toLowerCase())) familyFirst.add(normalizeText(cells.arabic!));
      }
    }
  }
  return familyFirst;
}

/**
 * The short forms news uses for a person after the full name: the lexicon's `short` attribute
 * (`|`-separated) when it has one; else the family name — the first word of a name whose first
 * word is a Chinese, Korean or Vietnamese family name (شي جين بينغ → شي), or the entry says
 * `order=family-first`; else the last word (فلاديمير بوتين → بوتين, نورسلطان نزارباييف → نزارباييف).
 */
export function shortFormsOf(mention: Mention, gazetteer?: CompiledGazetteer): string[] {
  const words = mention.normalized.split(' ');
  if (words.length < 2) return [];
  const entry = mention.entity ? gazetteer?.entries.get(mention.entity) : undefined;
  if (entry?.attrs.short) return entry.attrs.short.split('|').map((s) => normalizeText(s.trim()));
  const familyFirstName = entry?.attrs.order === 'family-first' || familyFirstParts().has(words[0]!);
  return [familyFirstName ? words[0]! : words[words.length - 1]!];
}

let unfitWords: Set<string> | undefined;
/** Words that never stand for a person alone, even when they end a name. */
function isUnfitShortForm(part: string): boolean {
  // Asked at every word: the four lists are merged into one set once.
  unfitWords ??= new Set(['stopwords', 'common-words', 'name-particles', 'titles'].flatMap((name) => [...wordSet(name)]));
  return part.length < 2 || unfitWords.has(part);
}

interface ShortForm {
  /** The full mention it abbreviates. */
  full: Mention;
  /** Offset after which the short form may stand for it. */
  after: number;
  /** False when two people share the short form: it then links to neither. */
  unique: boolean;
}

/**
 * Links the mentions of one document to entities:
 * 1. a span a rule found gets the lexicon entity whose spelling or transliteration key it shares
 *    (link.ts, linkToLexicon);
 * 2. a later two-word name made of the first and last words of an earlier longer one (سالم الظاهري
 *    after سالم بن خليفة الظاهري) joins its entity;
 * 3. after a full personal name, a short form (see shortFormsOf) — an existing one-word PERSON
 *    mention, or a word no mention covers, written as listed or as a transliteration variant
 *    (نزاربايف, نزار باييف after نورسلطان نزارباييف) — joins the full name's entity; a short form two
 *    people share links to neither;
 * 4. what is still unlinked is grouped by transliteration key or normalized name (link.ts).
 */
export function linkShortForms(doc: Doc, mentions: Mention[], gazetteer?: CompiledGazetteer): Mention[] {
  if (gazetteer) for (const mention of mentions) linkToLexicon(mention, gazetteer);
  groupUnknownMentions(mentions.filter((m) => m.type === 'PERSON' && m.normalized.includes(' ')));

  // A short form is known by its words and, when its transliteration key is long enough to be
  // telling, by its key (a variant spelling then finds it too).
  const byWords = new Map<string, ShortForm>();
  const byKey = new Map<string, ShortForm>();
  const min = Math.min(3, minKeyLength());
  const register = (forms: Map<string, ShortForm>, form: string, mention: Mention): void => {
    const known = forms.get(form);
    if (!known) forms.set(form, { full: mention, after: mention.end, unique: true });
    else if (known.full.entity !== mention.entity) known.unique = false;
  };
  /** Given name + family name of earlier longer names (سالم الظاهري for سالم بن خليفة الظاهري). */
  const firstAndLast = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || !mention.entity) continue;
    const words = mention.normalized.split(' ');
    const earlier = firstAndLast.get(mention.normalized);
    if (earlier && earlier.entity !== mention.entity && mention.entity.includes('/~')) adopt(mention, earlier);
    if (words.length >= 3 && !firstAndLast.has(`${words[0]} ${words[words.length - 1]}`)) {
      firstAndLast.set(`${words[0]} ${words[words.length - 1]}`, mention);
    }
    for (const part of shortFormsOf(mention, gazetteer)) {
      if (isUnfitShortForm(part)) continue;
      register(byWords, part, mention);
      const key = wordKey(part);
      if (key.length >= min) register(byKey, key, mention);
    }
  }
  if (byWords.size === 0) return mentions;
  const usable = (found: ShortForm | undefined, at: number): Mention | undefined =>
    found && found.unique && at >= found.after ? found.full : undefined;
  // The forms' keys in a trie, followed word by word: most words leave it at their first letter,
  // and a pair is only tried when the first word's key begins some form's key (or some form is
  // written with a space).
  const keys = new KeyTrie<ShortForm>();
  for (const [key, form] of byKey) keys.insert(key, form);
  const spacedForms = [...byWords.keys()].some((form) => form.includes(' '));
  /**
   * The full name that `words` (one or two) stand for at `at`, by their spelling or by their key's
   * trie node (only keys of at least `min` symbols were stored).
   */
  const lookup = (words: string, keyNode: KeyNode<ShortForm> | undefined, at: number): Mention | undefined =>
    usable(byWords.get(words), at) ?? usable(keyNode?.values[0], at);

  // Existing one-word mentions a rule found without an entity of its own, or with an unknown one.
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || mention.normalized.includes(' ')) continue;
    if (mention.entity && !mention.entity.includes('/~')) continue;
    const full = lookup(mention.normalized, keys.follow(keys.root, mention.normalized), mention.start);
    if (full && full !== mention) adopt(mention, full);
  }

  // Words no mention covers: a short form on its own, or split in two (نزار باييف).
  const occupancy = new Occupancy(doc.text.length, mentions);
  const covered = (start: number, end: number): boolean => !occupancy.isFree(start, end);
  const added: Mention[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'arabic') continue;
    for (const reading of token.segmentations) {
      if (covered(reading.stemStart, token.end)) continue;
      const next = tokens[i + 1];
      const stemKey = keys.follow(keys.root, reading.stem);
      const pairs = (spacedForms || stemKey !== undefined) && next && next.kind === 'arabic' && next.sentence === token.sentence && !covered(next.start, next.end) && !isUnfitShortForm(next.norm);
      const pairKey = pairs && stemKey ? keys.follow(stemKey, next.norm) : undefined;
      const twoWords = pairs ? lookup(`${reading.stem} ${next.norm}`, pairKey, token.start) : undefined;
      const full = twoWords ?? lookup(reading.stem, stemKey, token.start);
      if (!full) continue;
      const last = twoWords ? next! : token;
      const mention: Mention = {
        type: 'PERSON',
        start: reading.stemStart,
        end: last.end,
        text: doc.text.slice(reading.stemStart, last.end),
        normalized: twoWords ? `${reading.stem} ${next!.norm}` : reading.stem,
        source: { recognizer: 'linker', rule: 'short-form' },
      };
      adopt(mention, full);
      added.push(mention);
      if (twoWords) i++;
      break;
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** Makes `mention` one more mention of `full`'s entity. */
function adopt(mention: Mention, full: Mention): void {
  mention.entity = full.entity;
  if (full.english) mention.english = full.english;
  else delete mention.english;
  if (full.canonical) mention.canonical = full.canonical;
  mention.attributes = { ...mention.attributes, shortFormOf: full.entity! };
}
