import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type ArnerDocument } from '../../src/core/types.js';
import { bratFiles, FORMATTERS } from '../../src/io/formats/index.js';
import { BRAT_LABELS } from '../../src/views/export/brat.js';
import { repoRoot } from '../helpers.js';
import { documentOf, extractText, seedOutput } from './seed-output.js';

interface TextBound {
  id: string;
  label: string;
  /** Fragments in code points, as in the file. */
  fragments: Array<[number, number]>;
  text: string;
}

/** A small reader of brat standoff: text-bound annotations and their AnnotatorNotes. */
function readAnn(ann: string): { spans: TextBound[]; notes: Map<string, string> } {
  const spans: TextBound[] = [];
  const notes = new Map<string, string>();
  for (const line of ann.split('\n')) {
    if (!line) continue;
    const [id, middle, text, ...rest] = line.split('\t');
    expect(rest, `one line per annotation: ${line}`).toEqual([]);
    if (id!.startsWith('T')) {
      const [label, ...offsets] = middle!.split(' ');
      const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.push({ id: id!, label: label!, fragments, text: text! });
    } else if (id!.startsWith('#')) {
      const [kind, target] = middle!.split(' ');
      expect(kind).toBe('AnnotatorNotes');
      notes.set(target!, text!);
    } else {
      throw new Error(`unexpected annotation line: ${line}`);
    }
  }
  return { spans, notes };
}

/** What brat (Python) does with the .txt: index it by code points. */
const codePoints = (s: string): string[] => Array.from(s);

/** Checks a .ann against the JSON mentions, reading the .txt as brat does. */
function expectSameSpans(result: ArnerDocument, txt: string, ann: string): void {
  const { spans, notes } = readAnn(ann);
  const points = codePoints(txt);
  expect(spans).toHaveLength(result.mentions.length);
  spans.forEach((span, i) => {
    const m = result.mentions[i]!;
    expect(span.label).toBe(BRAT_LABELS[m.type]);
    // brat's own check: the text field equals the fragments of the .txt, joined by a space.
    expect(span.fragments.map(([s, e]) => points.slice(s, e).join('')).join(' ')).toBe(span.text);
    // and the fragments cover exactly the mention's characters.
    const [first] = span.fragments;
    const last = span.fragments[span.fragments.length - 1]!;
    expect(points.slice(first![0], last[1]).join('')).toBe(m.text);
    expect(notes.get(span.id)).toContain(`entity=${m.entity}`);
  });
}

describe('--format brat', () => {
  it('reads back with the spans and types of the seed\'s JSON mentions', () => {
    const { text, result } = seedOutput();
    expect(result.mentions.length).toBeGreaterThan(0);
    const { txt, ann } = bratFiles(result, text);
    expect(txt).toBe(text);
    expectSameSpans(result, txt, ann);
    expect(FORMATTERS.brat!().format(result, { text })).toBe(ann);
  });

  it('counts offsets in code points, so an emoji before a mention does not shift it', () => {
    const text = '😀😀 زار شي جين بينغ 🇨🇳 الصين';
    const result = extractText(text);
    const xi = result.mentions.find((m) => m.text === 'شي جين بينغ');
    const china = result.mentions.find((m) => m.text === 'الصين');
    expect(xi && china, 'the gazetteer finds both names').toBeTruthy();
    const { spans } = readAnn(bratFiles(result, text).ann);
    const byText = new Map(spans.map((s) => [s.text, s.fragments[0]]));
    expect(byText.get('شي جين بينغ')).toEqual([xi!.start - 2, xi!.end - 2]);
    expect(byText.get('الصين')).toEqual([china!.start - 4, china!.end - 4]);
    expectSameSpans(result, text, bratFiles(result, text).ann);
  });

  it('writes the DATE value, grain, English name and rule as a note', () => {
    const text = 'في 24 يونيو 2016 زار شي جين بينغ';
    const result = documentOf(text, [
      { type: 'DATE', start: 3, end: 16, value: '2016-06-24', grain: 'day', entity: 'date/2016-06-24', source: { recognizer: 'date', rule: 'day-month-year' } },
      { type: 'PERSON', start: 21, end: 32, english: 'Xi Jinping', entity: 'person/xi-jinping' },
    ]);
    const { notes } = readAnn(bratFiles(result, text).ann);
    expect(notes.get('T1')).toBe('entity=date/2016-06-24; value=2016-06-24; grain=day; rule=date/day-month-year');
    expect(notes.get('T2')).toBe('entity=person/xi-jinping; english=Xi Jinping; rule=test');
  });

  it('splits a mention that crosses a line break into fragments', () => {
    const text = 'منظمة شانغهاي\nللتعاون اليوم';
    const result = documentOf(text, [{ type: 'ORGANIZATION', start: 0, end: 21, entity: 'org/sco' }]);
    const ann = bratFiles(result, text).ann;
    expect(ann.split('\n')[0]).toBe('T1\tORGANIZATION 0 13;14 21\tمنظمة شانغهاي للتعاون');
    expectSameSpans(result, text, ann);
  });

  it('writes an empty .ann for a text without mentions, and nothing for a failed input', () => {
    expect(bratFiles(extractText('لا شيء هنا'), 'لا شيء هنا').ann).toBe('');
    expect(FORMATTERS.brat!().format({ source: 'x', error: { code: 'E_READ', message: 'cannot read x' } })).toBe('');
  });

  it('declares every label it writes in fixtures/brat/annotation.conf', () => {
    const conf = readFileSync(join(repoRoot, 'fixtures', 'brat', 'annotation.conf'), 'utf8');
    const entitiesSection = conf.split('[entities]')[1]!.split('[relations]')[0]!;
    const declared = entitiesSection.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(declared.sort()).toEqual(ENTITY_TYPES.map((t) => BRAT_LABELS[t]).sort());
  });
});
