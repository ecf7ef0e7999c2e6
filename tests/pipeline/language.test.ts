import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/language.js';
import { hasShared, repoRoot, sharedDir, skipMessage } from '../helpers.js';

/** What franc alone answers on the sample detectLanguage looks at. */
const francAlone = (text: string): string => franc(text.slice(0, 400), { minLength: 20 });

/** Paragraph-sized texts (about 3,000 characters, as in news) built from the sentences of a CoNLL file. */
function articles(file: string): string[] {
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) {
      words.push(line.split(/\s/)[0]!);
    } else if (words.length) {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  const out: string[] = [];
  let current: string[] = [];
  for (const sentence of sentences) {
    current.push(sentence);
    if (current.join('\n').length > 3000) {
      out.push(current.join('\n'));
      current = [];
    }
  }
  return out;
}

describe('language detection', () => {
  it('answers arb on plain Arabic without franc, as franc does, on every fixture article', () => {
    const dir = join(repoRoot, 'fixtures', 'articles');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(detectLanguage(text), file).toBe(francAlone(text));
    }
  });

  it('leaves Persian letters, short texts and other scripts to franc', () => {
    const persian = 'این یک متن فارسی است که برای آزمایش تشخیص زبان نوشته شده و باید فارسی شناخته شود. '.repeat(4);
    expect(detectLanguage(persian)).toBe(francAlone(persian));
    expect(detectLanguage(persian)).not.toBe('arb');
    const english = 'This is an English paragraph about the summit in Tashkent and the leaders who met there. '.repeat(4);
    expect(detectLanguage(english)).toBe('eng');
    expect(detectLanguage('قال الرئيس')).toBe('und');
  });

  if (!hasShared) skipMessage('language detection on the corpora');
  describe.skipIf(!hasShared)('on the corpora (../shared/data/ner, train splits)', () => {
    it.each(['anercorp_camel/train.conll', 'aqmar/train.conll'])('%s: the same answer as franc alone on every article', (file) => {
      const texts = articles(join(sharedDir, 'data', 'ner', file));
      expect(texts.length).toBeGreaterThan(10);
      for (const text of texts) expect(detectLanguage(text)).toBe(francAlone(text));
    });
  });
});
