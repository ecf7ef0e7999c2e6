import { ENTITY_TYPES, type ArnerDocument, type EntityType } from '../core/types.js';

/** One entity as the views list it: the document's entity summary plus its date values. */
export interface EntityRow {
  id: string;
  type: EntityType;
  /** Arabic name. */
  name: string;
  english?: string;
  count: number;
  /** DATE entities: the distinct values of their mentions (or the entity's value), in text order. */
  values: string[];
}

/** The entities of a document, grouped by type (in the contract's type order), most mentioned first. */
export function entityRows(result: ArnerDocument): EntityRow[] {
  const values = new Map<string, string[]>();
  for (const m of result.mentions) {
    if (m.value === undefined || !m.entity) continue;
    const list = values.get(m.entity) ?? [];
    if (!list.includes(m.value)) list.push(m.value);
    values.set(m.entity, list);
  }
  const rows = result.entities.map((e, order) => ({
    order,
    row: {
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.english ? { english: e.english } : {}),
      count: e.mentions,
      values: values.get(e.id) ?? (e.value ? [e.value] : []),
    } satisfies EntityRow,
  }));
  const typeRank = (t: EntityType): number => ENTITY_TYPES.indexOf(t);
  rows.sort((a, b) => typeRank(a.row.type) - typeRank(b.row.type) || b.row.count - a.row.count || a.order - b.order);
  return rows.map((r) => r.row);
}

/** Number of mentions of each type, in the contract's type order. */
export function countByType(result: ArnerDocument): Map<EntityType, number> {
  const counts = new Map<EntityType, number>(ENTITY_TYPES.map((t) => [t, 0]));
  for (const m of result.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return counts;
}
