import { describe, expect, it } from 'vitest';
import { FORMATTERS, htmlIndex } from '../../src/io/formats/index.js';
import { renderHtmlReport } from '../../src/views/html/report.js';
import { documentOf, extractText, seedOutput } from './seed-output.js';

/** Decodes the few entities escapeHtml writes. */
const unescape = (s: string): string => s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('the HTML report (static checks; the browser test renders it)', () => {
  it('is one self-contained page: no URL to fetch, scripts and styles inline', () => {
    const { text, result } = seedOutput();
    const html = renderHtmlReport(result, text);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(|<link\b/i);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="arner-data">', '<script>']);
    expect(html).toContain("default-src 'none'");
  });

  it('has one <mark> per mention with its type, and the article text unchanged', () => {
    const { text, result } = seedOutput();
    const html = renderHtmlReport(result, text);
    const article = html.split('id="article" dir="rtl" lang="ar">')[1]!.split('</div>\n<aside')[0]!;
    const marks = [...article.matchAll(/<mark class="m t-(\w+)" data-m="(\d+)" data-type="(\w+)"[^>]*>([^<]*)<\/mark>/g)];
    expect(marks.map((m) => [m[1], Number(m[2]), unescape(m[4]!)])).toEqual(result.mentions.map((m, i) => [m.type, i, m.text]));
    expect(unescape(article.replace(/<[^>]+>/g, ''))).toBe(text);
  });

  it('escapes everything that comes from the article or its path', () => {
    const text = 'زار شي جين بينغ <script>alert(1)</script> <img src=x onerror="alert(2)"> الصين </div>&amp;';
    const result = { ...extractText(text), source: '"><script>alert(3)</script>.txt' };
    const html = renderHtmlReport(result, text);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const data = html.split('<script type="application/json" id="arner-data">')[1]!.split('</script>')[0]!;
    expect(JSON.parse(data).source).toBe(result.source);
  });

  it('renders a document without mentions', () => {
    const html = renderHtmlReport(extractText('لا شيء هنا'), 'لا شيء هنا');
    expect(html).not.toContain('<mark');
    expect(html).toContain('No entities found.');
  });

  it('is the html formatter, which needs the text and turns a failed input into an error page', () => {
    const { text, result } = seedOutput();
    expect(FORMATTERS.html!().format(result, { text })).toBe(renderHtmlReport(result, text));
    expect(() => FORMATTERS.html!().format(result)).toThrow(/needs the input text/);
    const page = FORMATTERS.html!().format({ source: '<x>.txt', error: { code: 'E_READ', message: 'cannot read <x>.txt' } });
    expect(page).toContain('<strong>E_READ</strong>: cannot read &#60;x&#62;.txt');
  });

  it('lists a batch on an index page, with counts by type and failed inputs', () => {
    const text = 'في 24 يونيو زار شي جين بينغ الصين';
    const dated = documentOf(text, [
      { type: 'DATE', start: 3, end: 11, value: 'XXXX-06-24', grain: 'day' },
      { type: 'PERSON', start: 16, end: 27 },
      { type: 'PLACE', start: 28, end: 33 },
    ]);
    const html = htmlIndex([
      { href: 'a.html', result: { ...dated, source: 'news/a.txt' } },
      { href: 'b&c.html', result: { source: 'news/b.txt', error: { code: 'E_DECODE', message: 'not valid UTF-8', byteOffset: 3 } } },
    ]);
    expect(html).toContain('<a href="a.html" class="mono">news/a.txt</a>');
    expect(html).toContain('<a href="b&#38;c.html" class="mono">news/b.txt</a>');
    expect(html).toContain('<td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">0</td>');
    expect(html).toContain('<strong>E_DECODE</strong>: not valid UTF-8');
    expect(html).toContain('<span>1 extracted</span><span>1 failed</span>');
  });
});
