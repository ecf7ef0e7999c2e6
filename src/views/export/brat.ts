import type { ArnerDocument, EntityType, PublicMention } from '../../core/types.js';

/** brat entity labels for arner's types (declared in fixtures/brat/annotation.conf). */
export const BRAT_LABELS: Record<EntityType, string> = {
  PERSON: 'PERSON',
  PLACE: 'PLACE',
  ORGANIZATION: 'ORGANIZATION',
  DATE: 'DATE',
  INITIATIVE: 'INITIATIVE',
};

/** The two files brat and INCEpTION load: `name.txt` (the text) and `name.ann` (the standoff annotations). */
export interface BratFiles {
  txt: string;
  ann: string;
}

/**
 * The brat standoff files of one document. `txt` is the decoded input text (BOM dropped), which is
 * the input file itself for a UTF-8 input without BOM; write it as UTF-8 beside the `.ann`.
 */
export function bratFiles(result: ArnerDocument, text: string): BratFiles {
  return { txt: text, ann: bratAnnotations(result, text) };
}

/**
 * The `.ann` of one document: a text-bound annotation per mention (`T1<TAB>PERSON 20 31<TAB>شي جين بينغ`)
 * and an AnnotatorNotes line with its entity id, English name, date value and rule
 * (`#1<TAB>AnnotatorNotes T1<TAB>entity=person/xi-jinping; english=Xi Jinping; ...`).
 *
 * brat counts offsets in Unicode code points (Python string indices), arner in UTF-16 code units:
 * the offsets are converted, so an emoji before a mention does not shift it. A mention that
 * crosses a line break is written as fragments (`PLACE 0 5;6 10`), as brat requires.
 */
export function bratAnnotations(result: ArnerDocument, text: string): string {
  const toCodePoints = codePointOffsets(text);
  const lines: string[] = [];
  const mentions = [...result.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  mentions.forEach((m, i) => {
    const id = i + 1;
    const fragments = lineFragments(text, m.start, m.end);
    const offsets = fragments.map(([s, e]) => `${toCodePoints(s)} ${toCodePoints(e)}`).join(';');
    const surface = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`T${id}\t${BRAT_LABELS[m.type]} ${offsets}\t${surface}`);
    const note = annotatorNote(m);
    if (note) lines.push(`#${id}\tAnnotatorNotes T${id}\t${note}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `entity=...; english=...; canonical=...; value=...; grain=...; rule=recognizer/rule`, as far as known. */
function annotatorNote(m: PublicMention): string {
  const fields: Array<[string, string | undefined]> = [
    ['entity', m.entity],
    ['english', m.english],
    ['canonical', m.canonical],
    ['value', m.value],
    ['grain', m.grain],
    ['rule', m.source.rule ? `${m.source.recognizer}/${m.source.rule}` : m.source.recognizer],
  ];
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `${k}=${v.replace(/[\t\r\n;]+/g, ' ')}`)
    .join('; ');
}

/** `[start, end)` split at line breaks, each fragment trimmed of the break characters. */
function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  const breaks = /[\r\n\u0085\u2028\u2029]+/g;
  breaks.lastIndex = start;
  let from = start;
  for (let match = breaks.exec(text); match && match.index < end; match = breaks.exec(text)) {
    if (match.index > from) fragments.push([from, match.index]);
    from = match.index + match[0].length;
  }
  if (end > from) fragments.push([from, end]);
  return fragments;
}

/**
 * Maps a JS string index (UTF-16 code units) to a code point index: the index brat and Python use.
 * An index inside a surrogate pair maps to the code point it belongs to.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  const table = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const code = text.charCodeAt(i);
    const pairStart = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pairStart) table[++i] = points;
    points++;
  }
  table[text.length] = points;
  return (utf16) => table[utf16]!;
}
