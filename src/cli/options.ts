import { ENTITY_TYPES, type EntityType } from '../core/types.js';
import { UsageError } from '../core/errors.js';

/** Parses --types "PERSON,PLACE" into entity types, rejecting unknown names. */
export function parseTypes(value: string | undefined): EntityType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  const unknown = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (unknown.length || types.length === 0) {
    throw new UsageError(`--types: unknown type ${unknown.join(', ') || '(none)'}; expected a comma-separated list of ${ENTITY_TYPES.join(', ')}`);
  }
  return types as EntityType[];
}

/** Parses --ref-date: YYYY-MM-DD (a real calendar day) or "today" (the local date). */
export function parseReferenceDate(value: string | undefined, now: Date = new Date()): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'today') {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : undefined;
  if (!match || !date || date.getUTCMonth() !== +match[2]! - 1 || date.getUTCDate() !== +match[3]!) {
    throw new UsageError(`--ref-date: "${value}" is not a date; expected YYYY-MM-DD or "today"`);
  }
  return value;
}

/** Collects a repeatable option into a list. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
