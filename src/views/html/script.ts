/**
 * The report's behaviour, inlined as plain JavaScript: pointing at or clicking a mention shows its
 * details in the side panel; clicking an entity (a table row, or a mention) highlights all its
 * mentions; clicking a type in the legend shows only that type. Reads the data block; fetches nothing.
 */
export const REPORT_SCRIPT = String.raw`(() => {
  const data = JSON.parse(document.getElementById('arner-data').textContent);
  const article = document.getElementById('article');
  const panel = document.getElementById('panel-body');
  const marks = Array.from(article.querySelectorAll('mark.m'));
  const rows = Array.from(document.querySelectorAll('tbody tr[data-entity]'));
  const chips = Array.from(document.querySelectorAll('.legend button[data-type]'));
  let selected = null;

  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const show = (title, big, fields) => {
    panel.replaceChildren();
    panel.append(el('div', { class: 'chip static t-' + title }, title));
    if (big) panel.append(el('p', { class: 'big', dir: 'rtl', lang: 'ar' }, big));
    const dl = el('dl');
    for (const [label, value, cls] of fields) {
      if (value === undefined || value === null || value === '') continue;
      dl.append(el('dt', {}, label), el('dd', cls ? { class: cls } : {}, String(value)));
    }
    panel.append(dl);
  };
  const showMention = (i) => {
    const m = data.mentions[i];
    const rule = m.source.recognizer + (m.source.rule ? ' / ' + m.source.rule : '');
    show(m.type, m.text, [
      ['canonical', m.canonical, 'ar'],
      ['English', m.english],
      ['entity', m.entity, 'mono'],
      ['date value', m.value !== undefined ? m.value + (m.grain ? ' (' + m.grain + ')' : '') : undefined, 'mono'],
      ['rule', rule, 'mono'],
      ['lexicon', m.source.lexicon, 'mono'],
      ['offsets', m.start + '–' + m.end, 'mono'],
      ['confidence', m.confidence],
      ...Object.entries(m.attributes || {}).map(([k, v]) => [k, v]),
    ]);
  };
  const showEntity = (id) => {
    const e = data.entities.find((x) => x.id === id);
    if (!e) return;
    const forms = [...new Set(data.mentions.filter((m) => m.entity === id).map((m) => m.text))];
    show(e.type, e.name, [
      ['English', e.english],
      ['entity', e.id, 'mono'],
      ['mentions', e.mentions],
      ['date value', e.value, 'mono'],
      ['written as', forms.join('، '), 'ar'],
    ]);
  };
  const select = (id) => {
    selected = selected === id ? null : id;
    article.classList.toggle('focus', selected !== null);
    for (const m of marks) m.classList.toggle('active', selected !== null && m.dataset.entity === selected);
    for (const r of rows) r.classList.toggle('selected', r.dataset.entity === selected);
    for (const c of chips) c.setAttribute('aria-pressed', 'false');
    if (selected !== null) {
      showEntity(selected);
      const first = marks.find((m) => m.dataset.entity === selected);
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };
  const selectType = (type, chip) => {
    const on = chip.getAttribute('aria-pressed') !== 'true';
    selected = null;
    for (const r of rows) r.classList.remove('selected');
    for (const c of chips) c.setAttribute('aria-pressed', String(on && c === chip));
    article.classList.toggle('focus', on);
    for (const m of marks) m.classList.toggle('active', on && m.dataset.type === type);
  };

  for (const m of marks) {
    m.addEventListener('mouseenter', () => showMention(Number(m.dataset.m)));
    m.addEventListener('focus', () => showMention(Number(m.dataset.m)));
    m.addEventListener('click', () => { select(m.dataset.entity); showMention(Number(m.dataset.m)); });
    m.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); m.click(); } });
  }
  for (const r of rows) {
    r.addEventListener('click', () => select(r.dataset.entity));
    r.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); r.click(); } });
  }
  for (const c of chips) c.addEventListener('click', () => selectType(c.dataset.type, c));
})();`;
