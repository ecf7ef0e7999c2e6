import type { EntitySummary, EntityType, Mention } from '../core/types.js';
import { spellingSimilarity } from '../lexicon/similarity.js';
import { minKeyLength, minKeySimilarity, minSingleWordKeyLength, phraseKey, wordKey } from '../lexicon/translit-key.js';
import type { CompiledGazetteer } from '../recognizers/gazetteer/index.js';

/** A stable id for an entity no lexicon knows, from its type and normalized name. */
export function unknownEntityId(type: EntityType, normalized: string): string {
  const prefix = { PERSON: 'person', PLACE: 'place', ORGANIZATION: 'org', INITIATIVE: 'initiative', DATE: 'date' }[type];
  return `${prefix}/~${normalized.replace(/\s+/g, '-')}`;
}

/**
 * Links a mention no recognizer linked (a rule's span) to a lexicon entity: the same spelling as a
 * listed variant of the same type, else the same transliteration key as a foreign-origin variant
 * (people, places) or a multi-word organization name, with a close spelling (see
 * src/lexicon/translit-key.ts). Returns whether it linked.
 */
export function linkToLexicon(mention: Mention, gazetteer: CompiledGazetteer): boolean {
  if (mention.entity || (mention.type !== 'PERSON' && mention.type !== 'PLACE' && mention.type !== 'ORGANIZATION')) return false;
  const words = mention.normalized.split(' ');
  const listed = gazetteer.trie.longestMatch(words[0]!, (k) => words[k]);
  const exact = listed?.length === words.length ? listed.values.find((v) => v.entry.type === mention.type) : undefined;
  let entryId = exact?.entry.id;
  let linkedBy = 'lexicon';
  if (!entryId) {
    const key = phraseKey(words);
    if (key.length < (words.length === 1 ? minSingleWordKeyLength() : minKeyLength())) return false;
    const threshold = minKeySimilarity();
    const candidates =
      mention.type === 'ORGANIZATION'
        ? (words.length >= 2 ? gazetteer.organizationKeys().get(key) : undefined)
        : gazetteer.keyIndex().byKey.get(key);
    const keyed = (candidates ?? []).find(
      (k) =>
        k.entry.type === mention.type &&
        spellingSimilarity(words, k.words) >= threshold &&
        (mention.type !== 'ORGANIZATION' || respellsOneWord(words, k.words)),
    );
    entryId = keyed?.entry.id;
    linkedBy = 'transliteration-key';
  }
  const main = entryId ? gazetteer.entries.get(entryId) : undefined;
  if (!main) return false;
  mention.entity = main.id;
  if (main.english) mention.english = main.english;
  mention.canonical = main.variants[0];
  mention.attributes = { ...mention.attributes, linkedBy };
  return true;
}

/**
 * Whether two organization names differ only in one word that is a transliteration variant with a
 * telling key (منظمة شانجهاي للتعاون / منظمة شانغهاي للتعاون), not in a short word whose key merely
 * collides (شركة قطر is not شركة تويتر).
 */
function respellsOneWord(words: readonly string[], listed: readonly string[]): boolean {
  if (words.length !== listed.length) return false;
  const differing = words.flatMap((word, i) => (word === listed[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const i = differing[0]!;
  const key = wordKey(words[i]!);
  return key.length >= minSingleWordKeyLength() - 1 && key === wordKey(listed[i]!);
}

/**
 * Gives the mentions still without an entity an id of their own: mentions of one type whose
 * transliteration keys are equal (long enough to be telling) or whose normalized names are equal
 * share the id made from the first one's normalized name, so وانغ يي and وانج يي are one entity.
 * DATE mentions get theirs from their value.
 */
export function groupUnknownMentions(mentions: readonly Mention[]): void {
  const byKey = new Map<string, string>();
  const min = minKeyLength();
  for (const mention of mentions) {
    if (mention.entity) continue;
    const type = mention.type as EntityType;
    if (type === 'DATE') {
      mention.entity = `date/${mention.value ?? mention.normalized}`;
      continue;
    }
    const words = mention.normalized.split(' ');
    const key = phraseKey(words);
    const groupKey = `${type}\t${key.length >= min ? key : mention.normalized}`;
    let id = byKey.get(groupKey) ?? byKey.get(`${type}\t${mention.normalized}`);
    if (!id) {
      id = unknownEntityId(type, mention.normalized);
      byKey.set(groupKey, id);
      byKey.set(`${type}\t${mention.normalized}`, id);
    }
    mention.entity = id;
  }
}

/**
 * Groups mentions into entities: mentions with one `entity` id are one entity; a mention without an
 * id gets one (see groupUnknownMentions). Entities are listed in order of first mention; an
 * entity's name is the lexicon's canonical Arabic name, else its longest mention.
 */
export function summarizeEntities(mentions: Mention[]): EntitySummary[] {
  groupUnknownMentions(mentions);
  const byId = new Map<string, EntitySummary & { longest: string }>();
  for (const mention of mentions) {
    const type = mention.type as EntityType;
    let entity = byId.get(mention.entity!);
    if (!entity) {
      entity = { id: mention.entity!, type, name: mention.canonical ?? mention.text, mentions: 0, longest: mention.text };
      if (mention.english) entity.english = mention.english;
      if (type === 'DATE' && mention.value) entity.value = mention.value;
      byId.set(mention.entity!, entity);
    }
    entity.mentions++;
    if (!mention.canonical && mention.text.length > entity.longest.length) entity.longest = entity.name = mention.text;
  }
  return [...byId.values()].map(({ longest: _longest, ...entity }) => entity);
}
