import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/paths.js';
import { compileLexicons, entryFromStored, readCompiledLexicons, rowsFromStored, sourceKey, tokensFromStored } from '../../src/lexicon/compiled.js';
import { readEntityLexicon, shippedEntityLexicons } from '../../src/lexicon/entities.js';
import { phraseTokens } from '../../src/lexicon/phrase.js';
import { phraseKey } from '../../src/lexicon/translit-key.js';
import { readWordList } from '../../src/lexicon/words.js';
import { normalizeText } from '../../src/normalize/index.js';

const wordListNames = readdirSync(packagePath('lexicons', 'words'))
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => f.slice(0, -4));
const readers = { wordListNames, readWordList, normalizeText, entityLexiconPaths: shippedEntityLexicons(), readEntityLexicon, phraseTokens, phraseKey };
// Through JSON, as the build writes it and start-up reads it.
const compiled = JSON.parse(JSON.stringify(compileLexicons(readers, 'test-key'))) as ReturnType<typeof compileLexicons>;

const scratch = mkdtempSync(join(tmpdir(), 'arner-compiled-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('compiled lexicons give what reading the lexicons gives', () => {
  it('every entity lexicon: the same entries, flags and attributes included', () => {
    for (const path of shippedEntityLexicons()) {
      const name = basename(path, '.tsv');
      expect(compiled.entityLexicons[name]!.map((stored) => entryFromStored(stored, name))).toEqual(readEntityLexicon(path));
    }
  });

  it('every word list: the same rows, and each row\'s normalized word', () => {
    expect(Object.keys(compiled.wordLists).sort()).toEqual([...wordListNames].sort());
    for (const name of wordListNames) {
      const rows = readWordList(name);
      expect(rowsFromStored(compiled.wordLists[name]!)).toEqual(rows);
      expect(compiled.wordLists[name]!.words).toEqual(rows.map((row) => normalizeText(row.cells.arabic!)));
    }
  });

  it('every variant: the tokens the tokenizer gives, and their transliteration key', () => {
    let variants = 0;
    for (const path of shippedEntityLexicons()) {
      for (const entry of readEntityLexicon(path)) {
        for (const variant of entry.variants) {
          expect(tokensFromStored(compiled.phraseTokens[variant]!)).toEqual(phraseTokens(variant));
          expect(compiled.phraseKeys[variant]).toBe(phraseKey(phraseTokens(variant)));
          variants++;
        }
      }
    }
    expect(variants).toBeGreaterThan(1000);
    expect(tokensFromStored('')).toEqual([]);
  });
});

describe('a compiled file is used only while it matches', () => {
  const file = join(scratch, 'lexicons.compiled.json');
  writeFileSync(file, JSON.stringify(compiled));

  it('is read when its key is the current one', () => {
    expect(readCompiledLexicons(file, () => 'test-key')?.wordLists.titles?.words.length).toBe(compiled.wordLists.titles!.words.length);
  });

  it('is ignored when the key differs, the file is missing or broken', () => {
    expect(readCompiledLexicons(file, () => 'another-key')).toBeNull();
    expect(readCompiledLexicons(join(scratch, 'missing.json'), () => 'test-key')).toBeNull();
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"key": "test-key", ');
    expect(readCompiledLexicons(broken, () => 'test-key')).toBeNull();
  });

  it('the key changes when the code that reads lexicons changes', () => {
    const code = join(scratch, 'code');
    for (const dir of ['core', 'lexicon', 'normalize', 'tokenize']) cpSync(packagePath('src', dir), join(code, dir), { recursive: true });
    const before = sourceKey(code);
    expect(before).toBe(sourceKey(packagePath('src')));
    appendFileSync(join(code, 'normalize', 'index.ts'), '\n// changed\n');
    expect(sourceKey(code)).not.toBe(before);
  });
});
