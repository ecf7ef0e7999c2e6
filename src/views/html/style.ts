import { ENTITY_TYPES } from '../../core/types.js';
import { TYPE_STYLES } from '../palette.js';

/** The report's stylesheet, inlined: system fonts only, nothing fetched. */
export function reportCss(): string {
  const typeRules = ENTITY_TYPES.map(
    (t) => `.t-${t}{--bg:${TYPE_STYLES[t].background};--accent:${TYPE_STYLES[t].accent}}`,
  ).join('\n');
  return `${typeRules}
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--paper:#ffffff;--page:#f6f8fa;--focus:#0969da;
--arabic:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Traditional Arabic","Segoe UI","Tahoma","DejaVu Sans",sans-serif;
--latin:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif;--mono:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--ink);font:15px/1.5 var(--latin)}
a{color:var(--focus)}
header.top{background:var(--paper);border-bottom:1px solid var(--line);padding:16px 28px 12px}
header.top h1{margin:0;font-size:18px;font-weight:600;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
header.top h1 .brand{color:var(--muted);font-weight:500}
header.top h1 .source{font-family:var(--mono);font-size:15px;word-break:break-all}
.meta{margin:4px 0 10px;color:var(--muted);font-size:13px}
.meta span+span::before{content:"·";margin:0 8px;color:var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.chip{font:600 12px/1 var(--latin);letter-spacing:.03em;border:1px solid var(--accent);background:var(--bg);color:var(--accent);border-radius:999px;padding:5px 10px;cursor:pointer}
.chip b{font-weight:700;margin-inline-start:6px;color:var(--ink)}
.chip[aria-pressed=true]{box-shadow:0 0 0 2px var(--accent)}
.chip.static{cursor:default;display:inline-block}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:20px;padding:20px 28px;align-items:start}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.card{background:var(--paper);border:1px solid var(--line);border-radius:8px}
.article{font-family:var(--arabic);font-size:21px;line-height:2.15;white-space:pre-wrap;padding:22px 28px;margin:0;text-align:start;unicode-bidi:isolate}
mark.m{background:var(--bg);color:inherit;border-radius:4px;box-shadow:0 0 0 2px var(--bg),inset 0 -2px 0 var(--accent);cursor:pointer;transition:opacity .15s,box-shadow .15s}
mark.m:hover,mark.m:focus-visible{box-shadow:0 0 0 2px var(--accent);outline:none}
.article .p{margin:0 0 .55em}
.article .p:last-child{margin-bottom:0}
.article.focus mark.m:not(.active){background:transparent;box-shadow:inset 0 -2px 0 var(--bg);color:var(--muted)}
mark.m.active{box-shadow:0 0 0 2px var(--accent),0 0 0 4px var(--bg)}
.panel{position:sticky;top:16px;padding:16px 18px;font-size:14px}
.panel h2,.entities h2{margin:0 0 10px;font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.panel .hint{color:var(--muted);margin:0}
.panel dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 12px;margin:10px 0 0}
.panel dt{color:var(--muted)}
.panel dd{margin:0;overflow-wrap:anywhere}
.panel .big{font-family:var(--arabic);font-size:22px;line-height:1.6;margin:6px 0 0}
.ar{font-family:var(--arabic);font-size:17px}
.mono{font-family:var(--mono);font-size:12.5px}
.entities{margin:0 28px 28px;padding:16px 18px}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:middle}
th{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.05em}
td.num{text-align:end;font-variant-numeric:tabular-nums}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f3f6f9}
tbody tr.selected{background:#eaf2fd}
tbody tr:focus-visible{outline:2px solid var(--focus);outline-offset:-2px}
.empty{color:var(--muted);padding:8px 0}
.error{margin:20px 28px;padding:16px 18px;border-color:#cf222e;color:#82071e}
footer{color:var(--muted);font-size:12px;padding:0 28px 24px}
@media print{.panel{display:none}.layout{grid-template-columns:1fr}}`;
}
