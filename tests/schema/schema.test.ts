import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { memoryIO } from '../../src/cli/io.js';
import { extract } from '../../src/index.js';
import { repoRoot, seedArticle } from '../helpers.js';

const SCHEMAS = ['document', 'error', 'token', 'output'] as const;

function validators(): Record<(typeof SCHEMAS)[number], ValidateFunction> {
  // Ajv's default strict mode (unknown keywords and formats are errors); union types are draft-07.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  for (const name of SCHEMAS) ajv.addSchema(JSON.parse(readFileSync(join(repoRoot, 'schema', `${name}.schema.json`), 'utf8')), `${name}.schema.json`);
  return Object.fromEntries(SCHEMAS.map((name) => [name, ajv.getSchema(`${name}.schema.json`)!])) as Record<(typeof SCHEMAS)[number], ValidateFunction>;
}

const validate = validators();

function expectValid(v: ValidateFunction, value: unknown): void {
  const ok = v(value);
  expect(v.errors ?? [], JSON.stringify(value).slice(0, 200)).toEqual([]);
  expect(ok).toBe(true);
}

/** Runs the CLI in-process and parses its JSON Lines output. */
async function cli(argv: string[], stdin: string | Buffer = ''): Promise<{ code: number; records: unknown[]; stderr: string }> {
  const io = memoryIO(stdin);
  const code = await execute(argv, io);
  return { code, records: io.out().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: io.err() };
}

describe('schema/*.schema.json validate what arner really emits', () => {
  it('the seed article\'s output, from the CLI', async () => {
    const io = memoryIO();
    expect(await execute(['extract', seedArticle, '--format', 'json'], io), io.err()).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.mentions.length).toBeGreaterThan(0);
    expectValid(validate.document, doc);
    expectValid(validate.output, doc);
  });

  it.each([
    ['an empty text', ''],
    ['only spaces and line breaks', ' \n\n  '],
    ['one name', 'شي جين بينغ'],
    ['a short sentence with a clitic', 'زار الرئيس الصيني شي جين بينغ وقازاقستان'],
    ['Latin text', 'Xi Jinping visited Kazakhstan.'],
    ['emoji and digits', '😀 ٢٤ يونيو ٢٠١٦ 🇨🇳 الصين'],
    ['diacritics and tatweel', 'الصِّيـــن وقَازَاقِسْتَان'],
  ])('a short text: %s', (_, text) => {
    const doc = extract(text, { referenceDate: '2016-06-24' });
    expectValid(validate.document, doc);
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('error records: a missing file and bytes that are not UTF-8, next to a good input', async () => {
    const missing = await cli(['extract', 'no-such-file.txt', seedArticle, '--format', 'jsonl']);
    expect(missing.code, missing.stderr).toBe(1);
    expect(missing.records, missing.stderr).toHaveLength(2);
    expectValid(validate.error, missing.records[0]);
    expectValid(validate.output, missing.records[0]);
    expectValid(validate.document, missing.records[1]);

    const invalid = await cli(['extract', '--format', 'jsonl'], Buffer.from([0xd8, 0xa7, 0xff, 0x20]));
    expect(invalid.code).toBe(1);
    expectValid(validate.error, invalid.records[0]);
    expect((invalid.records[0] as { error: { byteOffset: number } }).error.byteOffset).toBe(2);
  });

  it('the tokens of `arner tokenize --json`', async () => {
    const { code, records } = await cli(['tokenize', '--json'], 'قال شي جين بينغ والصين، في 24 يونيو 2016: https://example.org #الصين 😀');
    expect(code).toBe(0);
    expect(records.length).toBeGreaterThan(5);
    for (const token of records) expectValid(validate.token, token);
    expect(records.some((t) => (t as { clitic?: unknown }).clitic)).toBe(true);
  });

  it('and reject what breaks the contract', () => {
    const doc = extract('زار شي جين بينغ الصين');
    const mention = doc.mentions[0]!;
    const broken: Array<[string, unknown]> = [
      ['no mentions array', { ...doc, mentions: undefined }],
      ['an unknown type', { ...doc, mentions: [{ ...mention, type: 'MISC' }] }],
      ['a negative offset', { ...doc, mentions: [{ ...mention, start: -1 }] }],
      ['a DATE without value', { ...doc, mentions: [{ ...mention, type: 'DATE', grain: 'day' }] }],
      ['a bad reference date', { ...doc, referenceDate: '24/06/2016' }],
      ['an entity without mentions', { ...doc, entities: [{ ...doc.entities[0], mentions: 0 }] }],
    ];
    for (const [why, value] of broken) expect(validate.document(value), why).toBe(false);
    expect(validate.error({ source: 'x', error: { code: 'read failed', message: 'm' } }), 'a code not in E_* form').toBe(false);
    expect(validate.error({ source: 'x', error: { code: 'E_READ' } }), 'no message').toBe(false);
    expect(validate.output({ source: 'x' }), 'neither a document nor an error').toBe(false);
  });
});
