import type { Mention, Token } from '../../core/types.js';
import { isNonNameWord } from './name-run.js';
import { readingIn, ruleMention, tokenAt, type Rule, type RuleDoc } from './rule-doc.js';
import { WordRole } from './vocabulary.js';

/**
 * PLACE from a head word: مدينة X, محافظة X, ولاية X, إقليم X, العاصمة [nationality] X. Only X is
 * the place (in العاصمة الأوزبكية طشقند the place is طشقند), and only when no lexicon knows it.
 */

/** Whether a word can be (the first word of) a place name no list knows. */
function isPlaceWord(r: RuleDoc, token: Token, position: number): boolean {
  if (token.kind !== 'arabic' || r.known[token.index] || token.stem.prefix !== '') return false;
  const word = token.norm;
  const v = r.vocab;
  // A proclitic before a known word (وحتى, بمنطقة) or an attached pronoun (طالتها) ends the name.
  if (token.segmentations.some((s) => s.prefix !== '' && (isNonNameWord(r, s.stem) || s.stem.startsWith('ال')))) return false;
  if (/[^\s](?:ه|ها|هم|هما)$/u.test(token.text)) return false;
  if (isNonNameWord(r, word) || v.nisba.has(word) || word.length < 3) return false;
  // A second word never carries the article (سان فرانسيسكو, not مدينة الموصل القديمة).
  if (position > 0 && word.startsWith('ال')) return false;
  // An indefinite feminine -a word after a head is an adjective (مدينة كبيرة, منطقة عازلة).
  if (!word.startsWith('ال') && word.endsWith('ه')) return false;
  return true;
}

/** place:head — the name after a place head and optional nationality adjectives. */
const placeHead: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  const v = r.vocab;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.namingPlaceHead) === 0) continue;
    const head = tokens[i]!;
    if (head.kind !== 'arabic' || r.known[i] || !readingIn(head, v.namingPlaceHeads)) continue;
    let j = i + 1;
    while (tokenAt(r, j, head) && v.nisba.has(tokens[j]!.norm)) j++;
    const first = tokenAt(r, j, head);
    if (!first || !isPlaceWord(r, first, 0)) continue;
    let last = first;
    const second = tokenAt(r, j + 1, head);
    if (second && !first.norm.startsWith('ال') && isPlaceWord(r, second, 1) && !isEndOfName(r, second)) last = second;
    found.push(ruleMention(r, 'PLACE', first.start, last, 'place:head'));
    i = last.index;
  }
  return found;
};

/** A word after a one-word place that more likely starts the rest of the sentence. */
function isEndOfName(r: RuleDoc, token: Token): boolean {
  return r.vocab.firstNames.has(token.norm) || /^[يت].{3,}$/u.test(token.norm);
}

/** place:dateline — the place of a news dateline (طشقند 24 يونيو 2016 (شينخوا)) when no lexicon knows it. */
const datelinePlace: Rule = (r) => {
  const place = r.ctx.dateline?.place;
  if (!place || place.entity) return [];
  const tokens = r.doc.tokens.filter((t) => t.start >= place.start && t.end <= place.end);
  if (tokens.length === 0 || tokens.some((t) => r.known[t.index])) return [];
  return [ruleMention(r, 'PLACE', tokens[0]!.start, tokens[tokens.length - 1]!, 'place:dateline')];
};

export const PLACE_RULES: Record<string, Rule> = {
  'place:head': placeHead,
  'place:dateline': datelinePlace,
};
