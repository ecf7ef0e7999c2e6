import type { ArnerDocument } from '../../src/core/types.js';

/** The types the rule-and-lexicon system answers for (DATE belongs to the date recognizer). */
export const NAME_TYPES = ['PERSON', 'PLACE', 'ORGANIZATION', 'INITIATIVE'] as const;

export interface ExpectedMention {
  type: string;
  text: string;
  start: number;
  end: number;
  canonical: string;
}

/** An expected-output file: required mentions and optional ones (neither required nor wrong). */
export interface Expected {
  mentions: ExpectedMention[];
  optional?: ExpectedMention[];
}

export interface Comparison {
  /** Required mentions not found with this exact span and type. */
  missing: string[];
  /** Found mentions neither required nor optional. */
  spurious: string[];
  /** Canonical entities whose required mentions carry more than one entity id. */
  split: string[];
  /** Entity ids shared by required mentions of different canonical entities. */
  merged: string[];
}

const label = (m: { type: string; start: number; end: number; text: string }): string => `${m.type} ${m.start}-${m.end} ${m.text}`;

/** Compares an extraction with an expected file for the name types: exact spans, and grouping. */
export function compareWithExpected(doc: ArnerDocument, expected: Expected): Comparison {
  const isName = (type: string): boolean => (NAME_TYPES as readonly string[]).includes(type);
  const required = expected.mentions.filter((m) => isName(m.type));
  const optional = (expected.optional ?? []).filter((m) => isName(m.type));
  const found = doc.mentions.filter((m) => isName(m.type));
  const key = (m: { type: string; start: number; end: number }): string => `${m.type}:${m.start}:${m.end}`;
  const foundByKey = new Map(found.map((m) => [key(m), m]));
  const allowed = new Set([...required, ...optional].map(key));
  const missing = required.filter((m) => !foundByKey.has(key(m))).map(label);
  const spurious = found.filter((m) => !allowed.has(key(m))).map(label);
  const idsOfCanonical = new Map<string, Set<string>>();
  const canonicalsOfId = new Map<string, Set<string>>();
  for (const m of required) {
    const hit = foundByKey.get(key(m));
    if (!hit?.entity) continue;
    if (!idsOfCanonical.has(m.canonical)) idsOfCanonical.set(m.canonical, new Set());
    idsOfCanonical.get(m.canonical)!.add(hit.entity);
    if (!canonicalsOfId.has(hit.entity)) canonicalsOfId.set(hit.entity, new Set());
    canonicalsOfId.get(hit.entity)!.add(m.canonical);
  }
  const split = [...idsOfCanonical].filter(([, ids]) => ids.size > 1).map(([c, ids]) => `${c}: ${[...ids].join(', ')}`);
  const merged = [...canonicalsOfId].filter(([, cs]) => cs.size > 1).map(([id, cs]) => `${id}: ${[...cs].join(', ')}`);
  return { missing, spurious, split, merged };
}
