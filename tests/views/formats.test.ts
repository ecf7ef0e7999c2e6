import { describe, expect, it } from 'vitest';
import { defaultFormat, FORMATTERS } from '../../src/io/formats/index.js';
import { seedOutput } from './seed-output.js';

describe('FORMATTERS and defaultFormat', () => {
  it('offers the JSON formats and the views and exports', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(['brat', 'conll', 'html', 'json', 'jsonl', 'pretty']);
  });

  it('says which formatters need the input text, and those refuse to guess without it', () => {
    const { result } = seedOutput();
    for (const [name, make] of Object.entries(FORMATTERS)) {
      const formatter = make();
      const needsText = ['pretty', 'html', 'conll', 'brat'].includes(name);
      expect(Boolean(formatter.needsText), name).toBe(needsText);
      if (needsText) expect(() => formatter.format(result), name).toThrow(expect.objectContaining({ code: 'E_FORMAT' }));
      else expect(JSON.parse(formatter.format(result))).toEqual(result);
    }
  });

  it.each([
    [{ stdoutIsTTY: true, inputCount: 1 }, 'pretty'],
    [{ stdoutIsTTY: false, inputCount: 1 }, 'json'],
    [{ stdoutIsTTY: true, inputCount: 3 }, 'jsonl'],
    [{ stdoutIsTTY: false, inputCount: 3 }, 'jsonl'],
  ] as const)('defaultFormat(%o) is %s', (situation, format) => {
    expect(defaultFormat(situation)).toBe(format);
  });

  it('separates the terminal views of several inputs by a blank line', () => {
    const { text, result } = seedOutput();
    const pretty = FORMATTERS.pretty!();
    const first = pretty.format(result, { text });
    const second = pretty.format(result, { text });
    expect(second).toBe(`\n${first}`);
  });
});
