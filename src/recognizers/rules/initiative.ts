import type { Mention, Token } from '../../core/types.js';
import { withoutArticle } from '../../tokenize/index.js';
import { isNonNameWord } from './name-run.js';
import { isPunct, readingIn, ruleMention, tokenAt, type Rule, type RuleDoc } from './rule-doc.js';
import { WordRole } from './vocabulary.js';

/**
 * INITIATIVE patterns: a program, strategy, plan or policy named after a naming phrase
 * (السياسة الاقتصادية الجديدة ... التي يطلق عليها اسم الطريق المشرق), in quotes after a head
 * (خطة «العمل الشامل»), a vision with its year (رؤية السعودية 2030), or the definite name after
 * a naming head (مبادرة الحزام والطريق → الحزام والطريق, as the seed article marks it).
 */

const OPEN_QUOTES = '"«“';
const CLOSE_QUOTES = '"»”';

/** Whether a token is an initiative head, with or without the article and proclitics. */
function isHead(r: RuleDoc, token: Token): boolean {
  if (token.kind !== 'arabic') return false;
  // No reading is a head, with or without the article: most tokens stop here.
  if ((r.readingRoles[token.index]! & (WordRole.initiativeHead | WordRole.articledInitiativeHead)) === 0) return false;
  const heads = r.vocab.initiativeHeads;
  // A plain loop: the quoted rule asks this at every token, and a callback would be allocated per call.
  for (const reading of token.segmentations) if (heads.has(reading.stem) || heads.has(withoutArticle(reading.stem))) return true;
  return false;
}

/** The tokens of a quoted name starting at an opening quote, or undefined. */
function quotedAt(r: RuleDoc, i: number, anchor: Token): { first: Token; last: Token; close: number } | undefined {
  const open = tokenAt(r, i, anchor);
  if (!isPunct(open, OPEN_QUOTES)) return undefined;
  for (let k = i + 1; k <= i + 9; k++) {
    const token = tokenAt(r, k, anchor);
    if (!token) return undefined;
    if (isPunct(token, CLOSE_QUOTES)) return k > i + 1 ? { first: r.doc.tokens[i + 1]!, last: r.doc.tokens[k - 1]!, close: k } : undefined;
    if (token.kind === 'punct') return undefined;
  }
  return undefined;
}

/**
 * A bare name after a naming phrase: up to 5 words, ending at punctuation, a function word, a
 * word with a proclitic (وتخطيط), or a relative pronoun.
 */
function bareNameAt(r: RuleDoc, i: number, anchor: Token): { first: Token; last: Token } | undefined {
  let last: Token | undefined;
  for (let k = i; k < i + 5; k++) {
    const token = tokenAt(r, k, anchor);
    if (!token || token.kind !== 'arabic' || (k > i && token.stem.prefix !== '' && token.stem.prefix !== 'ل')) break;
    // و / ف open the next clause (الطريق المشرق | وتخطيط ذلك).
    if (k > i && (token.norm[0] === 'و' || token.norm[0] === 'ف')) break;
    if (r.vocab.stopwords.has(token.norm) || isNonNameWord(r, token.norm)) break;
    last = token;
  }
  return last ? { first: r.doc.tokens[i]!, last } : undefined;
}

/** Naming phrases by their first word, per vocabulary: most tokens start none, and one lookup says so. */
const phrasesByFirstWord = new WeakMap<RuleDoc['vocab'], Map<string, string[][]>>();

/** The first naming phrase (in vocabulary order) that the tokens from `i` spell within one sentence. */
function namingPhraseAt(r: RuleDoc, i: number): string[] | undefined {
  let index = phrasesByFirstWord.get(r.vocab);
  if (!index) {
    index = new Map();
    for (const phrase of r.vocab.namingPhrases) {
      const list = index.get(phrase[0]!) ?? [];
      list.push(phrase);
      index.set(phrase[0]!, list);
    }
    phrasesByFirstWord.set(r.vocab, index);
  }
  const tokens = r.doc.tokens;
  const candidates = index.get(tokens[i]!.norm);
  return candidates?.find((p) => p.every((word, k) => tokens[i + k]?.norm === word && tokens[i + k]!.sentence === tokens[i]!.sentence));
}

/** initiative:named-as — "... التي يطلق عليها اسم X", "المعروفة باسم X" after an initiative head. */
const namedAs: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.normRoles[i]! & WordRole.namingPhraseStart) === 0) continue;
    const phrase = namingPhraseAt(r, i);
    if (!phrase) continue;
    const after = i + phrase.length;
    let antecedent = false;
    for (let k = i - 1; k >= Math.max(0, i - 10) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
      if (isHead(r, tokens[k]!)) antecedent = true;
    }
    if (!antecedent) continue;
    const name = quotedAt(r, after, tokens[i]!) ?? (tokens[after] && !r.known[after] ? bareNameAt(r, after, tokens[i]!) : undefined);
    if (!name || tokensOf(r, name).some((t) => r.known[t.index])) continue;
    found.push(ruleMention(r, 'INITIATIVE', name.first.start, name.last, 'initiative:named-as'));
  }
  return found;
};

/** initiative:quoted — a head followed by a quoted name: خطة "العمل الوطني". */
const quoted: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isHead(r, tokens[i]!)) continue;
    const name = quotedAt(r, i + 1, tokens[i]!);
    if (!name || tokensOf(r, name).some((t) => r.known[t.index])) continue;
    found.push(ruleMention(r, 'INITIATIVE', name.first.start, name.last, 'initiative:quoted'));
    i = name.close;
  }
  return found;
};

/** initiative:vision-year — a head, up to two qualifying words and a year: رؤية السعودية 2030, خطة 2020. */
const visionYear: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.initiativeHead) === 0) continue;
    const head = tokens[i]!;
    const reading = head.kind === 'arabic' ? readingIn(head, r.vocab.initiativeHeads) : undefined;
    if (!reading || r.known[i]) continue;
    for (let k = i + 1; k <= i + 3; k++) {
      const token = tokenAt(r, k, head);
      if (!token) break;
      if (token.kind === 'number' && /^(19|20|21)\d\d$/.test(token.norm)) {
        const mention = ruleMention(r, 'INITIATIVE', reading.stemStart, token, 'initiative:vision-year');
        // Built around a listed place (رؤية الإمارات 2071): the vision is the larger entity.
        const inner = r.doc.tokens.slice(i + 1, k).map((t) => r.known[t.index]).find((m) => m?.entity);
        if (inner) mention.attributes = { builtAround: inner.entity! };
        found.push(mention);
        i = k;
        break;
      }
      const qualifies = token.kind === 'arabic' && (r.known[k]?.type === 'PLACE' || r.vocab.nisba.has(token.norm) || token.norm.startsWith('ال'));
      if (!qualifies) break;
    }
  }
  return found;
};

/**
 * initiative:head — the definite name right after an indefinite naming head (مبادرة الحزام والطريق
 * → الحزام والطريق): at least two words, not starting at a known place or organization (سياسة
 * الصين is China's policy, not a named one). Heads from lexicons/words/initiative-name-heads.tsv.
 */
const afterHead: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  const heads = r.vocab.initiativeNameHeads;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.initiativeNameHead) === 0) continue;
    const head = tokens[i]!;
    if (head.kind !== 'arabic' || r.known[i] || !readingIn(head, heads)) continue;
    const first = tokenAt(r, i + 1, head);
    if (!first || first.kind !== 'arabic' || r.known[first.index] || first.stem.prefix !== '' || !first.norm.startsWith('ال')) continue;
    if (isNonNameWord(r, first.norm)) continue;
    let last = first;
    let andUsed = false;
    for (let k = i + 2; k < i + 6; k++) {
      const token = tokenAt(r, k, head);
      if (!token || token.kind !== 'arabic' || isNonNameWord(r, token.norm) || isNonNameWord(r, token.stem.stem)) break;
      const { prefix, stem } = token.stem;
      if (!stem.startsWith('ال')) break;
      if (prefix === 'و') {
        if (andUsed) break;
        andUsed = true;
      } else if (prefix !== '' && prefix !== 'ل') break;
      if (r.known[k] && r.known[k]!.type !== 'PLACE') break;
      last = token;
      if (r.known[k]) while (r.known[last.index + 1] === r.known[k]) last = tokens[last.index + 1]!;
      k = last.index;
    }
    if (last === first) continue;
    found.push(ruleMention(r, 'INITIATIVE', first.start, last, 'initiative:head'));
    i = last.index;
  }
  return found;
};

function tokensOf(r: RuleDoc, span: { first: Token; last: Token }): Token[] {
  return r.doc.tokens.slice(span.first.index, span.last.index + 1);
}

export const INITIATIVE_RULES: Record<string, Rule> = {
  'initiative:named-as': namedAs,
  'initiative:quoted': quoted,
  'initiative:vision-year': visionYear,
  'initiative:head': afterHead,
};
