import type { EntitySummary, EntityType, Mention } from '../core/types.js';

/** A stable id for an entity no lexicon knows, from its type and normalized name. */
export function unknownEntityId(type: EntityType, normalized: string): string {
  const prefix = { PERSON: 'person', PLACE: 'place', ORGANIZATION: 'org', INITIATIVE: 'initiative', DATE: 'date' }[type];
  return `${prefix}/~${normalized.replace(/\s+/g, '-')}`;
}

/**
 * Groups mentions into entities: mentions with one `entity` id are one entity; a mention without an
 * id gets one from its normalized name (DATE mentions from their value). Entities are listed in
 * order of first mention.
 */
export function summarizeEntities(mentions: Mention[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary & { longest: string }>();
  for (const mention of mentions) {
    const type = mention.type as EntityType;
    if (!mention.entity) {
      mention.entity = type === 'DATE' ? `date/${mention.value ?? mention.normalized}` : unknownEntityId(type, mention.normalized);
    }
    let entity = byId.get(mention.entity);
    if (!entity) {
      entity = { id: mention.entity, type, name: mention.canonical ?? mention.text, mentions: 0, longest: mention.text };
      if (mention.english) entity.english = mention.english;
      if (type === 'DATE' && mention.value) entity.value = mention.value;
      byId.set(mention.entity, entity);
    }
    entity.mentions++;
    if (!mention.canonical && mention.text.length > entity.longest.length) entity.longest = entity.name = mention.text;
  }
  return [...byId.values()].map(({ longest: _longest, ...entity }) => entity);
}
