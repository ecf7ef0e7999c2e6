import { ENTITY_TYPES, type ArnerDocument, type ErrorRecord } from '../../core/types.js';
import { countByType, entityRows } from '../entity-rows.js';
import { escapeHtml } from './escape.js';
import { page } from './report.js';

/** One document of a batch, as the index page lists it. */
export interface HtmlIndexEntry {
  /** Relative URL of the document's report (e.g. "xinhua-2016.html"). */
  href: string;
  result: ArnerDocument | ErrorRecord;
}

/**
 * The index page of a batch (`arner extract --out DIR --format html`): one row per input with its
 * counts by type and its most mentioned entities, linking to each report; failed inputs say why.
 */
export function htmlIndex(entries: readonly HtmlIndexEntry[]): string {
  const rows = entries.map(({ href, result }) => {
    const link = `<a href="${escapeHtml(href)}" class="mono">${escapeHtml(result.source)}</a>`;
    if ('error' in result) {
      return `<tr class="failed"><td>${link}</td><td colspan="${ENTITY_TYPES.length + 1}"><strong>${escapeHtml(result.error.code)}</strong>: ${escapeHtml(result.error.message)}</td></tr>`;
    }
    const counts = countByType(result);
    const top = entityRows(result)
      .slice()
      .sort((a, b) => b.count - a.count)
      .slice(0, 5)
      .map((r) => `<span class="chip static t-${r.type}" title="${escapeHtml(r.english ?? r.id)}"><span dir="rtl" lang="ar">${escapeHtml(r.name)}</span><b>${r.count}</b></span>`)
      .join(' ');
    return `<tr><td>${link}</td>${ENTITY_TYPES.map((t) => `<td class="num">${counts.get(t)}</td>`).join('')}<td>${top}</td></tr>`;
  });
  const failed = entries.filter((e) => 'error' in e.result).length;
  return page(
    'arner — documents',
    `<header class="top"><h1><span class="brand">arner</span><span>${entries.length} ${entries.length === 1 ? 'document' : 'documents'}</span></h1>
<p class="meta"><span>${entries.length - failed} extracted</span><span>${failed} failed</span></p></header>
<section class="card entities" style="margin-top:20px"><table><thead><tr><th>Document</th>${ENTITY_TYPES.map((t) => `<th class="num">${t}</th>`).join('')}<th>Most mentioned</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`,
  );
}
