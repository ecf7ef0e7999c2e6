import type { Token } from '../../core/types.js';
import { tokenAt, type RuleDoc } from './rule-doc.js';
import { NON_NAME_ROLES, rolesOf, WordRole } from './vocabulary.js';

/** How a token may take part in a personal name. */
export type NameWordKind =
  /** A listed given name or foreign name part (أحمد, سيرغي, جين). */
  | 'given'
  /** A particle of an Arabic name chain (بن, أبو, عبد, آل). */
  | 'particle'
  /** A word with the article after a given name or a particle: a family name (الأسد, السيسي). */
  | 'family'
  /** A word no list knows: a foreign family name (لافروف, نتنياهو) or an unlisted given name. */
  | 'unknown';

export interface NameRun {
  /** Index of the first and one past the last token of the name. */
  first: number;
  end: number;
  kinds: NameWordKind[];
}

export interface ScanOptions {
  /** Whether words no list knows may be part of the name (after a title, a counterpart word). */
  allowUnknown: boolean;
  /** Most name words (particles not counted). */
  maxWords?: number;
}


/** Whether a word is a vocabulary word that never belongs to a name (function, common, cue words). */
export function isNonNameWord(r: RuleDoc, word: string): boolean {
  return (rolesOf(r.vocab, word) & NON_NAME_ROLES) !== 0;
}

/** Whether a listed given name can open a name without other support (not also a common word). */
export function isStrongGiven(r: RuleDoc, word: string): boolean {
  const roles = rolesOf(r.vocab, word);
  return ((roles & WordRole.firstName) !== 0 && (roles & WordRole.wordLikeFirstName) === 0) || (roles & WordRole.namePart) !== 0;
}

/**
 * Whether a token carries a proclitic that opens a new phrase: a conjunction or preposition read off
 * by the tokenizer (ونظيره, والصين), or و/ف before a word some list knows (وقال). A name inside a
 * run never carries one (وليد, وانغ are whole words and stay whole).
 */
function startsNewPhrase(r: RuleDoc, token: Token): boolean {
  if (token.stem.prefix !== '') return true;
  const word = token.norm;
  const v = r.vocab;
  // A listed name is whole, unless its spelling was folded (لأن → لان, "because", not the name لان).
  if ((v.firstNames.has(word) || v.nameParts.has(word)) && token.text === word) return false;
  // و opens a new conjunct: a name written with an initial و is listed (وليد, وانغ, ويليام).
  if (word[0] === 'و' && word.length > 2) return true;
  // A proclitic before a word some list knows (بمجلس, لأن, فقال): not a name.
  return token.segmentations.some(
    (s) => s.prefix !== '' && (s.stem.startsWith('ال') || isNonNameWord(r, s.stem) || v.nisba.has(s.stem) || v.firstNames.has(s.stem)),
  );
}

/** An attached pronoun at the end of a word as written (ه, ها, هم, هما, not ة). */
const PRONOUN_SUFFIX = /[^\s](?:ه|ها|هم|هما)$/u;

/** Imperfect-verb shape (يقول, تستقبل): after a complete name such a word is a verb, not a name. */
const VERB_SHAPE = /^[يت].{3,}$/u;

function kindOf(r: RuleDoc, token: Token, kindsSoFar: readonly NameWordKind[], names: number, options: ScanOptions): NameWordKind | undefined {
  const position = kindsSoFar.length;
  const previous = kindsSoFar[position - 1];
  if (token.kind !== 'arabic') return undefined;
  const known = r.known[token.index];
  if (known && known.type !== 'PERSON') return undefined;
  if (startsNewPhrase(r, token)) return undefined;
  const word = token.norm;
  const v = r.vocab;
  // علي (Ali) and على (on) meet in normalized text; the spelling with ي after a name is the name.
  const writtenAli = position > 0 && token.text.endsWith('ي') && v.firstNames.has(word);
  if (v.stopwords.has(word) && !writtenAli && !v.particles.has(word)) return undefined;
  // A regnal ordinal ends a ruler's name (الحسن الثاني, ألفونسو الثالث عشر).
  if (options.allowUnknown && position > 0 && v.regnalOrdinals.has(word) && (previous === 'given' || previous === 'unknown' || previous === 'family')) {
    return word === 'عشر' ? undefined : 'family';
  }
  if (options.allowUnknown && previous === 'family' && word === 'عشر' && position > 1) return 'family';
  if (v.linkingParticles.has(word)) return position > 0 && previous !== 'particle' ? 'particle' : undefined;
  if (v.leadingParticles.has(word)) return previous === 'particle' ? undefined : 'particle';
  if (writtenAli) return 'given';
  // After a family name with the article only another one, a particle (سعود الفيصل بن عبد العزيز) or
  // a regnal ordinal (above) continues the name: سالم بن خليفة الظاهري | إطلاق.
  if (previous === 'family' && !word.startsWith('ال') && !v.linkingParticles.has(word)) return undefined;
  if (v.firstNames.has(word) || v.nameParts.has(word)) {
    if (isStrongGiven(r, word)) return 'given';
    if (isNonNameWord(r, word)) return undefined;
    return position > 0 || options.allowUnknown ? 'given' : undefined;
  }
  if (isNonNameWord(r, word)) return undefined;
  if (word.startsWith('ال')) {
    if (position === 0 || (v.nisba.has(word) && !v.surnameNisba.has(word))) return undefined;
    // عبد / أبو + an ال-word is a compound given name (عبد العزيز, أبو الحسن): a surname may follow.
    const before = r.doc.tokens[token.index - 1]!.norm;
    if (previous === 'particle' && before !== 'ال' && !v.linkingParticles.has(before)) return 'given';
    if (previous !== 'given' && previous !== 'particle' && previous !== 'family') return undefined;
    // Without a cue, a family name with the article is taken only in its usual nisba shape
    // (السيسي, الحريري, المالكي): after a bare given name an ال-word is as often a noun (حزام النار).
    if (!options.allowUnknown && previous === 'given' && !word.endsWith('ي')) return undefined;
    return 'family';
  }
  if (v.nisba.has(word)) return undefined;
  if (!options.allowUnknown && previous !== 'particle') return undefined;
  if (word.length < 2) return undefined;
  // A word written with a final pronoun (قراره, حملته, كنيته) is a noun or verb with its object, not a
  // name (listed names ending in ة were taken above).
  if (PRONOUN_SUFFIX.test(token.text)) return undefined;
  if (position === 0 && /^ي.{3,}$/u.test(word)) return undefined;
  if (position > 0 && names >= 1 && VERB_SHAPE.test(word) && previous !== 'particle') return undefined;
  // Two unknown words in a row end a name, unless it opened with a listed given name (خوسيه غارسيا بيلاندي).
  if (names >= 2 && previous === 'unknown' && (names >= 3 || kindsSoFar[0] !== 'given')) return undefined;
  return 'unknown';
}

/**
 * Scans a personal name starting at token `i`: a run of given names, name parts, particles, family
 * names with the article (after a given name or particle) and, when allowed, unknown words, bounded
 * by punctuation, function and common words, cue words, verbs and words with a proclitic.
 * Returns undefined when no name starts here.
 */
export function scanName(r: RuleDoc, i: number, options: ScanOptions): NameRun | undefined {
  const first = r.doc.tokens[i];
  if (!first) return undefined;
  const maxWords = options.maxWords ?? 4;
  const kinds: NameWordKind[] = [];
  let names = 0;
  let j = i;
  for (;;) {
    const token = tokenAt(r, j, first);
    if (!token || names >= maxWords) break;
    const kind = kindOf(r, token, kinds, names, options);
    if (!kind) break;
    kinds.push(kind);
    if (kind !== 'particle') names++;
    j++;
  }
  while (kinds.length && kinds[kinds.length - 1] === 'particle') kinds.pop();
  if (names === 0 || kinds.length === 0) return undefined;
  return { first: i, end: i + kinds.length, kinds };
}
