import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { tagConll } from '../../src/conll/tag.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { createTaggerRecognizer } from '../../src/recognizers/tagger/recognizer.js';
import { SHIPPED_MODEL_FILE, shippedTagger } from '../../src/recognizers/tagger/shipped.js';

// An invented news sentence: a minister (person), a city, an organization.
const SENTENCE =
  'وقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي عقده في القاهرة أمس إن جامعة الدول العربية ستعقد اجتماعا طارئا الأسبوع المقبل.';

describe('the shipped tagger model', () => {
  it('is in models/ and loads', () => {
    expect(existsSync(packagePath('models', SHIPPED_MODEL_FILE))).toBe(true);
    const tagger = shippedTagger();
    expect(tagger.model.stages.length).toBeGreaterThan(0);
    expect(tagger.model.info.licence).toBe('CC BY-SA 4.0');
  });

  it('finds the person, the city and the organization of a news sentence with exact offsets', () => {
    const doc = analyze(SENTENCE);
    const mentions = createTaggerRecognizer().recognize(doc, { referenceDate: null });
    const found = mentions.map((m) => ({ type: m.type, text: m.text, start: m.start }));
    expect(found).toEqual([
      { type: 'PERSON', text: 'سامح شكري', start: SENTENCE.indexOf('سامح') },
      { type: 'PLACE', text: 'القاهرة', start: SENTENCE.indexOf('القاهرة') },
      { type: 'ORGANIZATION', text: 'جامعة الدول العربية', start: SENTENCE.indexOf('جامعة') },
    ]);
    for (const m of mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.source).toEqual({ recognizer: 'tagger', rule: 'model:anercorp' });
    }
  });

  it('leaves an attached conjunction out of the mention', () => {
    const text = 'وصل الوفد إلى بكين والتقى مسؤولين من روسيا والصين.';
    const mentions = createTaggerRecognizer().recognize(analyze(text), { referenceDate: null });
    const china = mentions.find((m) => m.normalized === 'الصين');
    expect(china).toMatchObject({ type: 'PLACE', text: 'الصين', start: text.indexOf('والصين') + 1 });
  });

  it('tags CoNLL input with one line per token and the blank lines kept', () => {
    const input = ['قال', 'سامح', 'شكري', '', 'في', 'القاهرة', '.', ''].join('\n');
    const output = tagConll(input).split('\n');
    expect(output.length).toBe(input.split('\n').length);
    expect(output).toEqual(['قال\tO', 'سامح\tB-PER', 'شكري\tI-PER', '', 'في\tO', 'القاهرة\tB-LOC', '.\tO', '']);
  });
});
