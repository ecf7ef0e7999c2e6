import { readFileSync } from 'node:fs';
import type { ArnerDocument, PublicMention } from '../../src/core/types.js';
import { Extractor } from '../../src/pipeline/extractor.js';
import { seedArticle } from '../helpers.js';

let extractor: Extractor | undefined;

/** A real extraction: the views are tested on what arner actually outputs, whatever it finds. */
export function extractText(text: string, source = '-'): ArnerDocument {
  extractor ??= new Extractor();
  return extractor.extract(text, { source });
}

let seed: { text: string; result: ArnerDocument } | undefined;

/** The seed article and arner's output for it. */
export function seedOutput(): { text: string; result: ArnerDocument } {
  if (!seed) {
    const text = readFileSync(seedArticle, 'utf8');
    seed = { text, result: extractText(text, 'fixtures/articles/xinhua-2016-06-24-xi-nazarbayev.txt') };
  }
  return seed;
}

/** A hand-made document for cases the recognizers do not produce today (dates, line breaks in mentions). */
export function documentOf(text: string, spans: Array<Partial<PublicMention> & { start: number; end: number; type: PublicMention['type'] }>): ArnerDocument {
  const mentions: PublicMention[] = spans.map((s) => ({
    text: text.slice(s.start, s.end),
    normalized: text.slice(s.start, s.end),
    entity: `${s.type.toLowerCase()}/${text.slice(s.start, s.end)}`,
    source: { recognizer: 'test' },
    ...s,
  }));
  const entities = new Map<string, ArnerDocument['entities'][number]>();
  for (const m of mentions) {
    const e = entities.get(m.entity!) ?? { id: m.entity!, type: m.type, name: m.canonical ?? m.text, mentions: 0, ...(m.english ? { english: m.english } : {}), ...(m.value ? { value: m.value } : {}) };
    e.mentions++;
    entities.set(m.entity!, e);
  }
  return { source: 'test.txt', language: 'arb', referenceDate: null, mentions, entities: [...entities.values()] };
}
