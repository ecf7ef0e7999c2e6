import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { memoryIO } from '../../src/cli/io.js';
import { seedArticle } from '../helpers.js';

describe('execute(argv, io) in-process', () => {
  it('extracts the seed article as one JSON document', async () => {
    const io = memoryIO();
    expect(await execute(['extract', seedArticle], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.source).toBe(seedArticle);
    expect(doc.language).toBe('arb');
    expect(doc.mentions.length).toBeGreaterThan(20);
  });

  it('reads stdin when no path or "-" is given', async () => {
    for (const argv of [['extract'], ['extract', '-']]) {
      const io = memoryIO('زار الرئيس شي جين بينغ كازاخستان');
      expect(await execute([...argv, '--ref-date', '2016-06-24'], io)).toBe(0);
      const doc = JSON.parse(io.out());
      expect(doc.source).toBe('-');
      expect(doc.referenceDate).toBe('2016-06-24');
      expect(doc.mentions.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['شي جين بينغ', 'كازاخستان']));
    }
  });

  it('drops a BOM and counts offsets from the character after it', async () => {
    const io = memoryIO(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('في الصين', 'utf8')]));
    expect(await execute(['extract'], io)).toBe(0);
    const mention = JSON.parse(io.out()).mentions[0];
    expect([mention.text, mention.start, mention.end]).toEqual(['الصين', 3, 8]);
  });

  it('--types keeps only the named types', async () => {
    const io = memoryIO('زار شي جين بينغ الصين');
    expect(await execute(['extract', '--types', 'PLACE'], io)).toBe(0);
    expect(JSON.parse(io.out()).mentions.map((m: { type: string }) => m.type)).toEqual(['PLACE']);
  });

  it('writes JSON Lines, one object per input', async () => {
    const io = memoryIO();
    expect(await execute(['extract', '--format', 'jsonl', seedArticle, seedArticle], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line).source).toBe(seedArticle);
  });

  it('a missing file is an error record and exit code 1, the other inputs still come out', async () => {
    const io = memoryIO();
    expect(await execute(['extract', 'no/such/file.txt', seedArticle], io)).toBe(1);
    const [error, doc] = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(error).toEqual({ source: 'no/such/file.txt', error: { code: 'E_READ', message: expect.stringContaining('no such file') } });
    expect(doc.mentions.length).toBeGreaterThan(0);
    expect(io.err()).toContain('no such file');
  });

  it('invalid UTF-8 is E_DECODE with the byte offset', async () => {
    const io = memoryIO(Buffer.from([0xd8, 0xa7, 0xff, 0x41]));
    expect(await execute(['extract'], io)).toBe(1);
    expect(JSON.parse(io.out()).error).toMatchObject({ code: 'E_DECODE', byteOffset: 2 });
  });

  it.each([
    [['extract', '--types', 'FOO']],
    [['extract', '--ref-date', '2016-13-40']],
    [['extract', '--format', 'xml']],
    [['--no-such-option']],
    [['no-such-command']],
  ])('usage error %j → exit 2 with one clear line, no stack trace', async (argv) => {
    const io = memoryIO('نص');
    expect(await execute(argv, io)).toBe(2);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.err().length).toBeGreaterThan(0);
  });

  it('--help shows examples; --version prints the version', async () => {
    const help = memoryIO();
    expect(await execute(['extract', '--help'], help)).toBe(0);
    expect(help.out()).toContain('Examples:');
    const version = memoryIO();
    expect(await execute(['--version'], version)).toBe(0);
    expect(version.out().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('normalize prints the normalized text', async () => {
    const io = memoryIO('الشئون الاقتصادى ٢٤');
    expect(await execute(['normalize'], io)).toBe(0);
    expect(io.out()).toBe('الشءون الاقتصادي 24');
  });

  it('tokenize --json prints one token per line with offsets and clitic splits', async () => {
    const io = memoryIO('وقال شي لقازاقستان');
    expect(await execute(['tokenize', '--json'], io)).toBe(0);
    const tokens = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(tokens.map((t) => t.text)).toEqual(['وقال', 'شي', 'لقازاقستان']);
    expect(tokens[2]).toMatchObject({ start: 8, end: 18 });
  });

  it('a malformed user lexicon names the file and line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'arner-')), 'mine.tsv');
    writeFileSync(file, 'id\ttype\tenglish\tarabic\nperson/x\tPERSN\tX\tاكس\n');
    const io = memoryIO('نص');
    expect(await execute(['extract', '--lexicon', file], io)).toBe(2);
    expect(io.err()).toContain(`${file}:2`);
  });

  it('a user lexicon adds entities', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'arner-')), 'mine.tsv');
    writeFileSync(file, 'id\ttype\tenglish\tarabic\norg/acme\tORGANIZATION\tAcme Trading\tشركة أكمي للتجارة|أكمي\n');
    const io = memoryIO('وقعت أكمي عقدا مع شركة أكمي للتجارة');
    expect(await execute(['extract', '--lexicon', file], io)).toBe(0);
    const doc = JSON.parse(io.out());
    const acme = doc.mentions.filter((m: { entity: string }) => m.entity === 'org/acme');
    expect(acme.map((m: { text: string }) => m.text)).toEqual(['أكمي', 'شركة أكمي للتجارة']);
  });
});

describe('arner conll', () => {
  it('writes one token<TAB>tag line per input token, blank lines kept', async () => {
    const input = 'زار\tO\tx\nالرئيس\nشي\nجين\nبينغ\n\n\nطشقند\n.\n';
    const io = memoryIO(input);
    expect(await execute(['conll'], io)).toBe(0);
    const inLines = input.split('\n');
    const outLines = io.out().split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      if (inLines[i] === '') expect(line).toBe('');
      else expect(line).toMatch(new RegExp(`^${inLines[i]!.split('\t')[0]}\\t(O|[BI]-(PER|LOC|ORG|MISC))$`));
    });
  });
});

describe('arner extract --format html|conll|brat through the CLI', () => {
  it('the HTML report marks every mention of the seed', async () => {
    const json = memoryIO();
    expect(await execute(['extract', seedArticle, '--quiet'], json)).toBe(0);
    const mentions = JSON.parse(json.out()).mentions as { text: string }[];
    const html = memoryIO();
    expect(await execute(['extract', seedArticle, '--format', 'html', '--quiet'], html)).toBe(0);
    const marked = [...html.out().matchAll(/<mark\b[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marked).toHaveLength(mentions.length);
  });

  it('brat and conll exports come out for one input', async () => {
    const brat = memoryIO();
    expect(await execute(['extract', seedArticle, '--format', 'brat', '--quiet'], brat)).toBe(0);
    expect(brat.out()).toMatch(/^T1\tPERSON 20 31\tشي جين بينغ$/m);
    const conll = memoryIO();
    expect(await execute(['extract', seedArticle, '--format', 'conll', '--quiet'], conll)).toBe(0);
    expect(conll.out()).toMatch(/^شي\tB-PERSON$/m);
  });
});
