import type { NumberKind } from './lexicon.js';
import type { Clitics, Reader } from './reader.js';

/** A number read at a token position: digits (24, ٢٤) or words (خمسة وعشرين, الحادي عشر, العشرين). */
export interface NumberRead {
  value: number;
  /** One past the last token. */
  end: number;
  /** Start offset (after a proclitic on the first word). */
  start: number;
  ordinal: boolean;
  /** Written in digits, and how many. */
  digits: number;
}

interface NumberWord {
  value: number;
  kind: NumberKind;
  ordinal: boolean;
  compoundOnly: boolean;
  dayOnly: boolean;
  start: number;
}

/** One number word at token i: a cardinal, an ordinal, or a ten with the article (العشرين = 20th). */
function numberWord(r: Reader, i: number, clitics: Clitics): NumberWord | undefined {
  for (const m of r.matches(i, clitics)) {
    if (m.end !== i + 1) continue;
    if (m.info.role === 'ordinal') {
      const { value, compoundOnly, dayOnly } = m.info;
      return { value, kind: value >= 10 ? 'ten' : 'unit', ordinal: true, compoundOnly, dayOnly, start: m.start };
    }
    if (m.info.role === 'cardinal') {
      return { value: m.info.value, kind: m.info.kind, ordinal: false, compoundOnly: false, dayOnly: false, start: m.start };
    }
  }
  // العشرين, والثلاثين: a ten with the article is an ordinal.
  const token = r.token(i);
  if (!token || token.kind !== 'arabic') return undefined;
  for (const reading of token.segmentations) {
    if (reading.prefix !== '' && (clitics === 'none' || (clitics === 'wa' && reading.prefix !== 'و'))) continue;
    if (!reading.stem.startsWith('ال')) continue;
    for (const entry of r.lexicon.byFirstWord.get(reading.stem.slice(2)) ?? []) {
      if (entry.words.length === 1 && entry.info.role === 'cardinal' && entry.info.kind === 'ten' && entry.info.value >= 20) {
        return { value: entry.info.value, kind: 'ten', ordinal: true, compoundOnly: false, dayOnly: false, start: reading.stemStart };
      }
    }
  }
  return undefined;
}

type Place = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand';

function placeOf(value: number): Place {
  return value < 10 ? 'unit' : value < 20 ? 'teen' : value < 100 ? 'ten' : value < 1000 ? 'hundred' : 'thousand';
}

/**
 * Arabic order of a compound number: thousands, hundreds, then a unit before its ten (خمسة
 * وعشرون). After a unit only a ten may follow; a teen or a ten ends the number (الثالثة وخمس
 * دقائق is an hour and its minutes).
 */
function canFollow(previous: Place, value: number): boolean {
  switch (previous) {
    case 'unit':
      return value >= 20 && value < 100 && value % 10 === 0;
    case 'teen':
    case 'ten':
      return false;
    case 'hundred':
      return value < 100;
    case 'thousand':
      return value < 1000;
  }
}

/** The words that end a teen (خمسة عشر = 15, الحادي عشر = 11th). */
export const TEEN_TAILS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

/**
 * Reads a number at token i. Word numbers combine as Arabic writes them: a unit and a teen tail
 * (خمسة عشر), members joined by و (خمسة وعشرين, ألفين وستة عشر), a thousands multiplier after a
 * group (ثلاثة آلاف). `wordsOnly`/`digitsOnly` restrict the forms.
 */
export function readNumber(
  r: Reader,
  i: number,
  options: { clitics?: Clitics; allowOrdinal?: boolean; allowCardinal?: boolean } = {},
): NumberRead | undefined {
  const { clitics = 'none', allowOrdinal = true, allowCardinal = true } = options;
  const digitValue = r.digits(i);
  if (digitValue !== undefined) {
    if (!allowCardinal) return undefined;
    const token = r.token(i)!;
    return { value: digitValue, end: i + 1, start: token.start, ordinal: false, digits: token.norm.length };
  }
  const first = numberWord(r, i, clitics);
  if (!first) return undefined;
  if (first.ordinal ? !allowOrdinal : !allowCardinal) return undefined;
  let end = i + 1;
  let group = first.value;
  let total = 0;
  let compound = false;
  if ((first.kind === 'unit' || (first.ordinal && first.value < 10)) && TEEN_TAILS.has(r.norm(end)) && r.together(i, end)) {
    group += 10;
    end++;
    compound = true;
  }
  if (first.kind === 'thousand-value' || first.kind === 'thousand') {
    total = first.value;
    group = 0;
  }
  let last = placeOf(group || total);
  // Multiplier right after a group: ثلاثة آلاف, خمسة آلاف.
  for (;;) {
    const next = r.together(i, end) ? numberWord(r, end, 'none') : undefined;
    if (next && next.kind === 'thousand' && group > 0 && group < 1000) {
      total += group * 1000;
      group = 0;
      last = 'thousand';
      end++;
      compound = true;
      continue;
    }
    // A member joined by و: attached (وعشرين) or a separate و token.
    let at = end;
    let member: NumberWord | undefined;
    if (r.together(i, at)) member = numberWord(r, at, 'wa');
    if (member && r.token(at)!.segmentations.every((s) => s.prefix !== 'و' || s.stemStart !== member!.start)) {
      // Matched without a و: not a conjoined member.
      member = undefined;
    }
    if (!member && r.norm(at) === 'و' && r.together(i, at + 1)) {
      member = numberWord(r, at + 1, 'none');
      if (member) at++;
    }
    if (!member || member.compoundOnly || member.dayOnly) break;
    if (!canFollow(last, member.value)) break;
    let value = member.value;
    let memberEnd = at + 1;
    if ((member.kind === 'unit' || (member.ordinal && member.value < 10)) && TEEN_TAILS.has(r.norm(memberEnd))) {
      value += 10;
      memberEnd++;
    }
    if (member.kind === 'thousand' || member.kind === 'thousand-value') {
      total += group + member.value;
      group = 0;
    } else group += value;
    last = member.kind === 'thousand' || member.kind === 'thousand-value' ? 'thousand' : placeOf(value);
    end = memberEnd;
    compound = true;
  }
  if (first.compoundOnly && !compound) return undefined;
  return { value: total + group, end, start: first.start, ordinal: first.ordinal, digits: 0 };
}
