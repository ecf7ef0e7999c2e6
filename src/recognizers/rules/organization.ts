import type { Mention, Token } from '../../core/types.js';
import { isNonNameWord } from './name-run.js';
import { readingIn, ruleMention, tokenAt, type Rule, type RuleDoc } from './rule-doc.js';
import { WordRole } from './vocabulary.js';

/**
 * ORGANIZATION from a head word and its complements (وزارة الخارجية الصينية, جامعة القاهرة, منظمة
 * شانغهاي للتعاون, شركة مايكروسوفت, البنك الدولي). The span covers the head: it is part of the name.
 */

/** What a complement token is, or undefined when the name ends before it. */
type Complement = 'definite' | 'lam-definite' | 'and-definite' | 'modifier' | 'adjective' | 'named' | 'bare';

function complementOf(r: RuleDoc, token: Token, position: number, articledHead: boolean): Complement | undefined {
  if (token.kind !== 'arabic') return undefined;
  const known = r.known[token.index];
  const v = r.vocab;
  const { prefix, stem } = token.stem;
  // A listed place or organization completes the name (جامعة القاهرة, للأمم المتحدة), but not after
  // another preposition (معهد البراكين بالفلبين: the institute is in the Philippines).
  if (known) return (known.type === 'PLACE' || known.type === 'ORGANIZATION') && (prefix === '' || prefix === 'ل') ? 'named' : undefined;
  if (v.orgModifiers.has(token.norm)) return 'modifier';
  if (v.nisba.has(token.norm)) return 'adjective';
  // Title complements (الخارجية, الدفاع) are welcome here: وزارة الخارجية.
  const stops = (w: string): boolean => isNonNameWord(r, w) && !v.titleComplements.has(w);
  if (stops(token.norm) || stops(stem) || v.firstNames.has(token.norm)) return undefined;
  if (stem.startsWith('ال')) {
    if (prefix === '') return 'definite';
    if (prefix === 'ل') return 'lam-definite';
    if (prefix === 'و' && position > 0) return 'and-definite';
    return undefined;
  }
  // An indefinite word right after an indefinite head: a foreign name (شركة مايكروسوفت). Feminine
  // -a endings are adjectives (شركة كبيرة) and are left out.
  // Indefinite adjectives end in -ي (مؤتمر دولي, اتحاد طوعي) and are left out too.
  if (position === 0 && !articledHead && prefix === '' && !/[هي]$/u.test(token.norm) && token.norm.length >= 3) return 'bare';
  return undefined;
}

/** org:head — a head (منظمة, وزارة, حزب, جامعة, ...) with its complements. */
const orgHead: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & (WordRole.orgHead | WordRole.articledOrgHead)) === 0) continue;
    const head = tokens[i]!;
    if (head.kind !== 'arabic' || r.known[i]) continue;
    const reading = readingIn(head, r.vocab.orgHeads) ?? articledReading(r, head);
    if (!reading) continue;
    const articledHead = reading.stem.startsWith('ال');
    const kinds: Complement[] = [];
    let j = i + 1;
    let last = head;
    while (kinds.length < 5) {
      const token = tokenAt(r, j, head);
      if (!token) break;
      const kind = complementOf(r, token, kinds.length, articledHead);
      if (!kind || (kind === 'and-definite' && kinds.includes('and-definite'))) break;
      kinds.push(kind);
      if (kind === 'named') {
        const known = r.known[j];
        while (r.known[j + 1] === known) j++;
      }
      last = tokens[j]!;
      j++;
    }
    while (kinds.length && kinds[kinds.length - 1] === 'and-definite') {
      kinds.pop();
      last = tokens[last.index - 1]!;
    }
    if (kinds.length === 0) continue;
    // One definite common noun after a head is as often a description as a name (وزارة الصناعة,
    // صندوق المقاصة, حركة الطائرات): a name needs more (a place or organization, a nationality, a
    // listed modifier, a foreign word, a ل-complement as in منظمة شانغهاي للتعاون, a second word).
    if (!articledHead && kinds.length === 1 && kinds[0] === 'definite') continue;
    // An articled head names an organization only with a listed modifier (البنك الدولي, الحزب
    // الشيوعي, الاتحاد الأوروبي); with a nationality alone it is a description (الشركة الروسية).
    if (articledHead && kinds[0] !== 'modifier') continue;
    const mention = ruleMention(r, 'ORGANIZATION', reading.stemStart, last, 'org:head');
    // Built around a listed name (جامعة طشقند الحكومية around طشقند): the organization is the
    // larger entity, and the overlap policy lets it stand over the name it contains.
    const inner = tokens.slice(i + 1, last.index + 1).map((t) => r.known[t.index]).find((m) => m !== undefined);
    if (inner?.entity) mention.attributes = { builtAround: inner.entity };
    found.push(mention);
    i = last.index;
  }
  return found;
};

/** The reading of a word that is an org head with the article (البنك, والاتحاد). */
function articledReading(r: RuleDoc, token: Token) {
  return token.segmentations.find((s) => s.stem.startsWith('ال') && r.vocab.orgHeads.has(s.stem.slice(2)));
}

export const ORGANIZATION_RULES: Record<string, Rule> = {
  'org:head': orgHead,
};
