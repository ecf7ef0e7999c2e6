import { wordSet } from '../../lexicon/words.js';
/**
 * News dateline detection: the line that opens a dispatch with its place, often its date and the
 * agency (طشقند 24 يونيو 2016 (شينخوا), القاهرة - (أ ف ب), بيروت، 3 آذار/مارس (رويترز) -,
 * الرياض - واس, القاهرة في 24 يونيو /أ ش أ/, الكويت - 24 - 6 (كونا) --). The first lines of a
 * document are tried in order (a photo caption often comes first); the first that reads as a
 * dateline wins.
 */
import type { Dateline, Doc } from '../../core/types.js';
import { normalizeText } from '../../normalize/index.js';
import { parseAt } from './grammar.js';
import { agencyKey, loadDateLexicon, type DateLexicon } from './lexicon.js';
import { Reader } from './reader.js';
import { resolve } from './resolve.js';
import type { DateExpr } from './spec.js';

const MAX_LINES = 5;
const MAX_PLACE_TOKENS = 3;
const MAX_AGENCY_TOKENS = 5;
const SEPARATORS = '-–—ـ،,:';
const OPEN_CLOSE: Record<string, string> = { '(': ')', '/': '/', '«': '»', '[': ']' };

let sharedLexicon: DateLexicon | undefined;

interface LineTokens {
  first: number;
  end: number;
}

function firstLines(doc: Doc): LineTokens[] {
  const lines: LineTokens[] = [];
  let i = 0;
  const n = doc.tokens.length;
  while (i < n && lines.length < MAX_LINES) {
    const lineEnd = doc.text.indexOf('\n', doc.tokens[i]!.start);
    const stop = lineEnd < 0 ? doc.text.length : lineEnd;
    let j = i;
    while (j < n && doc.tokens[j]!.start < stop) j++;
    lines.push({ first: i, end: j });
    i = j;
  }
  return lines;
}

/** A function word (في, من, على ...): never a dateline's place ("في 2 تشرين الأول" is no dateline). */
function isFunctionWord(norm: string): boolean {
  return wordSet('stopwords').has(norm) || wordSet('common-words').has(norm);
}

/** A word of the date grammar (a weekday, a month, اليوم ...): never a dateline's place. */
function isDateWord(r: Reader, k: number): boolean {
  return r.matches(k, 'any').some((m) => m.info.role !== 'context' && m.info.role !== 'grammar');
}

function isSeparator(r: Reader, k: number): boolean {
  const t = r.token(k);
  return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && SEPARATORS.includes(t.norm);
}

/** A date that may stand in a dateline: a calendar day, month or weekday, not a relative word. */
function datelineDate(expr: DateExpr): boolean {
  const kind = expr.spec.kind;
  return kind === 'calendar' || kind === 'hijri' || kind === 'weekday';
}

interface AgencyRead {
  start: number;
  end: number;
  /** Token index one past the agency (with its closing bracket). */
  next: number;
  known: boolean;
}

/** An agency in brackets, slashes or guillemets: (شينخوا), /أ ش أ/, «الخليج», (أ ف ب). */
function bracketedAgency(r: Reader, k: number, line: LineTokens, lexicon: DateLexicon): AgencyRead | undefined {
  const open = r.token(k);
  if (!open || !(open.norm in OPEN_CLOSE)) return undefined;
  const close = OPEN_CLOSE[open.norm]!;
  let j = k + 1;
  while (j < line.end && j <= k + MAX_AGENCY_TOKENS + 4 && r.norm(j) !== close) j++;
  if (j >= line.end || r.norm(j) !== close || j === k + 1) return undefined;
  // Inside: the agency, maybe followed by "/" and a photographer (شينخوا/لان هونغ قوانغ).
  let last = j - 1;
  for (let m = k + 1; m < j; m++) {
    if (r.norm(m) === '/' && open.norm !== '/') {
      last = m - 1;
      break;
    }
  }
  if (last < k + 1 || last - k > MAX_AGENCY_TOKENS) return undefined;
  const words = r.doc.text.slice(r.token(k + 1)!.start, r.token(last)!.end);
  const known = lexicon.agencies.has(agencyKey(normalizeText(words)));
  return { start: r.token(k + 1)!.start, end: r.token(last)!.end, next: j + 1, known };
}

/** A known agency written without brackets (الرياض - واس, القاهرة - أ ف ب). */
function bareAgency(r: Reader, k: number, line: LineTokens, lexicon: DateLexicon): AgencyRead | undefined {
  let best: AgencyRead | undefined;
  let key = '';
  for (let j = k; j < line.end && j < k + 4; j++) {
    const t = r.token(j)!;
    if (t.kind !== 'arabic' && !(t.kind === 'punct' && t.norm === '.')) break;
    key += agencyKey(t.norm);
    if (lexicon.agencies.has(key)) best = { start: r.token(k)!.start, end: t.end, next: j + 1, known: true };
  }
  return best;
}

function tryLine(r: Reader, line: LineTokens, lexicon: DateLexicon): Dateline | null {
  const doc = r.doc;
  const first = line.first;
  // Place: 1-3 Arabic words, then a separator, a bracket, a date or "في".
  let placeEnd = -1;
  for (let j = first; j < line.end && j < first + MAX_PLACE_TOKENS; j++) {
    if (r.token(j)!.kind !== 'arabic' || isDateWord(r, j) || r.token(j)!.segmentations.some((reading) => isFunctionWord(reading.stem))) break;
    const next = j + 1;
    const t = r.token(next);
    if (!t || next >= line.end) break;
    if (isSeparator(r, next) || t.norm in OPEN_CLOSE || t.kind === 'number' || r.norm(next) === 'في' || parseAt(r, next, false)) {
      placeEnd = next;
      break;
    }
  }
  if (placeEnd < 0) return null;
  let k = placeEnd;
  while (k < line.end && isSeparator(r, k)) k++;
  if (r.norm(k) === 'في') k++;
  let date: Dateline['date'] | undefined;
  const parse = k < line.end ? parseAt(r, k, false) : undefined;
  if (parse && parse.end <= line.end && datelineDate(parse.expr)) {
    const end = doc.tokens[parse.end - 1]!.end;
    date = { text: doc.text.slice(parse.start, end), start: parse.start, end, value: resolve(parse.expr, null).value };
    k = parse.end;
  } else if (r.digits(k) !== undefined && isSeparator(r, k + 1) && r.digits(k + 2) !== undefined) {
    // KUNA: الكويت - 24 - 6 (day - month)
    const day = r.digits(k)!;
    const month = r.digits(k + 2)!;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      const start = r.token(k)!.start;
      const end = r.token(k + 2)!.end;
      date = { text: doc.text.slice(start, end), start, end, value: resolve({ spec: { kind: 'calendar', month, day } }, null).value };
      k += 3;
    }
  }
  while (k < line.end && isSeparator(r, k)) k++;
  const agency = k < line.end ? (bracketedAgency(r, k, line, lexicon) ?? bareAgency(r, k, line, lexicon)) : undefined;
  const agencyOk = agency !== undefined && (agency.known || date !== undefined);
  if (!date && !agencyOk) return null;
  if (!agencyOk && date) {
    // A place and a date alone open a dispatch only when a separator follows and the story goes on
    // (بيروت 3 آذار - قال ...); a sentence that merely ends on a date (انتصر سنة 1920) is no dateline.
    if (k >= line.end || !isSeparator(r, k - 1)) return null;
  }
  const placeStart = r.token(first)!.start;
  const placeEndOffset = r.token(placeEnd - 1)!.end;
  const end = agencyOk ? Math.max(agency.end, r.token(agency.next - 1)!.end) : date!.end;
  const dateline: Dateline = {
    start: placeStart,
    end,
    text: doc.text.slice(placeStart, end),
    place: { text: doc.text.slice(placeStart, placeEndOffset), start: placeStart, end: placeEndOffset },
  };
  if (date) dateline.date = date;
  if (agencyOk) dateline.agency = { text: doc.text.slice(agency.start, agency.end), start: agency.start, end: agency.end };
  return dateline;
}

/**
 * The dateline of a news article, or null. Its date is resolved without a reference: a dateline
 * without a year keeps a partial value (XXXX-03-03).
 */
export function detectDateline(doc: Doc): Dateline | null {
  sharedLexicon ??= loadDateLexicon();
  const r = new Reader(doc, sharedLexicon);
  for (const line of firstLines(doc)) {
    if (line.end === line.first) continue;
    const dateline = tryLine(r, line, sharedLexicon);
    if (dateline) return dateline;
  }
  return null;
}
