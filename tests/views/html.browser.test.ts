import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArnerDocument } from '../../src/core/types.js';
import { FORMATTERS } from '../../src/io/formats/index.js';
import { htmlIndex } from '../../src/views/html/index-page.js';
import { TYPE_STYLES } from '../../src/views/palette.js';
import { repoRoot } from '../helpers.js';
import { extractText, seedOutput } from './seed-output.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[skipped] HTML report browser test: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);

const artifacts = join(repoRoot, 'test-artifacts');

/** "#f6dcf3" → "rgb(246, 220, 243)", as getComputedStyle reports colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let workDir: string;
  /** Every request the report pages made beyond their own file, and every dialog they opened. */
  const requests: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'arner-browser-'));
    context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('file:') ? route.continue() : route.abort();
    });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** Opens a page from a file, as a person opens the saved report. */
  async function open(name: string, html: string, seen: string[] = requests): Promise<Page> {
    const path = join(workDir, name);
    writeFileSync(path, html);
    const page = await context.newPage();
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(path).href) seen.push(r.url());
    });
    page.on('pageerror', (e) => violations.push(`script error: ${e.message}`));
    page.on('dialog', (d) => {
      violations.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(pathToFileURL(path).href);
    await page.waitForLoadState('load');
    return page;
  }

  async function pageViolations(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  }

  it('highlights every mention of the seed with its type, at its offsets, right to left', async () => {
    const { text, result } = seedOutput();
    expect(result.mentions.length).toBeGreaterThan(0);
    const page = await open('seed.html', FORMATTERS.html!().format(result, { text }));

    const article = page.locator('#article');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await article.evaluate((el) => el.textContent)).toBe(text);

    const shown = await page.$$eval('#article mark.m', (marks) => {
      const article = document.getElementById('article')!;
      return marks.map((mark) => {
        const before = document.createRange();
        before.setStart(article, 0);
        before.setEnd(mark, 0);
        const box = mark.getBoundingClientRect();
        return {
          text: mark.textContent,
          type: mark.getAttribute('data-type'),
          start: before.toString().length,
          background: getComputedStyle(mark).backgroundColor,
          visible: box.width > 0 && box.height > 0,
        };
      });
    });
    expect(shown).toEqual(
      result.mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, background: rgb(TYPE_STYLES[m.type].background), visible: true })),
    );
    await page.screenshot({ path: join(artifacts, 'html-report-seed.png'), fullPage: true });
    expect(await pageViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a mention\'s canonical name, English name and rule in the side panel', async () => {
    const { text, result } = seedOutput();
    const page = await open('seed-panel.html', FORMATTERS.html!().format(result, { text }));
    const index = result.mentions.findIndex((m) => m.english);
    expect(index).toBeGreaterThanOrEqual(0);
    const m = result.mentions[index]!;
    await page.locator(`mark[data-m="${index}"]`).hover();
    const panel = page.locator('#panel-body');
    await expect.poll(() => panel.textContent()).toContain(m.english!);
    const panelText = (await panel.textContent())!;
    expect(panelText).toContain(`${m.source.recognizer}${m.source.rule ? ` / ${m.source.rule}` : ''}`);
    if (m.canonical) expect(panelText).toContain(m.canonical);
    await page.close();
  });

  it('highlights all the mentions of an entity when it is clicked in the table', async () => {
    const { text, result } = seedOutput();
    const page = await open('seed-click.html', FORMATTERS.html!().format(result, { text }));
    const entity = [...result.entities].sort((a, b) => b.mentions - a.mentions)[0]!;
    await page.locator(`tbody tr[data-entity="${entity.id}"]`).click();
    const active = await page.$$eval('#article mark.m.active', (marks) => marks.map((m) => Number(m.getAttribute('data-m'))));
    const expected = result.mentions.flatMap((m, i) => (m.entity === entity.id ? [i] : []));
    expect(active).toEqual(expected);
    expect(active).toHaveLength(entity.mentions);
    const dimmed = await page.$$eval('#article mark.m:not(.active)', (marks) => marks.map((m) => getComputedStyle(m).backgroundColor));
    expect(dimmed.every((c) => c === 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await page.locator('#panel-body').textContent()).toContain(entity.english ?? entity.name);
    await page.waitForTimeout(400); // the smooth scroll to the first mention
    await page.screenshot({ path: join(artifacts, 'html-report-seed-entity-selected.png') });
    // A second click clears the selection.
    await page.locator(`tbody tr[data-entity="${entity.id}"]`).click();
    expect(await page.locator('#article mark.m.active').count()).toBe(0);
    // A type in the legend highlights the mentions of that type.
    await page.locator('.legend button[data-type="PLACE"]').click();
    const places = await page.$$eval('#article mark.m.active', (marks) => marks.map((m) => Number(m.getAttribute('data-m'))));
    expect(places).toEqual(result.mentions.flatMap((m, i) => (m.type === 'PLACE' ? [i] : [])));
    await page.close();
  });

  it('shows an article with HTML in it as text, runs none of it, and fetches nothing', async () => {
    const text = 'زار شي جين بينغ <script>alert(1)</script><img src="http://127.0.0.1:9/x.png" onerror="alert(2)"> الصين';
    const result: ArnerDocument = extractText(text, '<img src=x onerror=alert(3)>.txt');
    const page = await open('hostile.html', FORMATTERS.html!().format(result, { text }));
    expect(await page.locator('#article').textContent()).toBe(text);
    expect(await page.locator('#article img, #article script').count()).toBe(0);
    expect(await page.locator('#article mark.m').count()).toBe(result.mentions.length);
    expect(await pageViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders an empty document and a batch index', async () => {
    const empty = await open('empty.html', FORMATTERS.html!().format(extractText(''), { text: '' }));
    expect(await empty.locator('mark').count()).toBe(0);
    expect(await empty.locator('.entities').textContent()).toContain('No entities found.');
    await empty.close();
    const { result } = seedOutput();
    const index = await open(
      'index.html',
      htmlIndex([
        { href: 'seed.html', result },
        { href: 'missing.html', result: { source: 'missing.txt', error: { code: 'E_READ', message: 'cannot read missing.txt: no such file' } } },
      ]),
    );
    expect(await index.locator('tbody tr').count()).toBe(2);
    expect(await index.locator('a[href="seed.html"]').textContent()).toBe(result.source);
    await index.screenshot({ path: join(artifacts, 'html-index.png'), fullPage: true });
    await index.close();
  });

  it('would see a page that fetches something (a control for the checks above)', async () => {
    const seen: string[] = [];
    const fetching = await open('control.html', '<!doctype html><img src="http://127.0.0.1:9/x.png">', seen);
    expect(seen).toEqual(['http://127.0.0.1:9/x.png']);
    await fetching.close();
    const blocked = await open('control-csp.html', `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><img src="http://127.0.0.1:9/y.png">`, seen);
    expect(await pageViolations(blocked)).toEqual(['img-src http://127.0.0.1:9/y.png']);
    await blocked.close();
  });

  it('made no network request on any report page', () => {
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
  });
});
