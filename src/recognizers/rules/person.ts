import type { Mention, Token } from '../../core/types.js';
import { isNonNameWord, isStrongGiven, scanName, type NameRun } from './name-run.js';
import { isPunct, readingIn, ruleMention, tokenAt, type Rule, type RuleDoc } from './rule-doc.js';
import { WordRole } from './vocabulary.js';

/**
 * PERSON patterns: a name after a title or role (الرئيس الصيني شي جين بينغ, وزير الخارجية الروسي
 * سيرغي لافروف), after a counterpart word (نظيره القازاقي نورسلطان نزارباييف), after or before a
 * reporting verb (قال X إن / X قال), in a photo credit ((شينخوا/لان هونغ قوانغ)), and Arabic name
 * chains with particles (محمد بن سلمان, عبد الفتاح السيسي).
 */

function personMention(r: RuleDoc, run: NameRun, rule: string): Mention | undefined {
  const tokens = r.doc.tokens;
  // A lexicon already names a person here: the gazetteer's mention stands.
  for (let k = run.first; k < run.end; k++) if (r.known[k]) return undefined;
  return ruleMention(r, 'PERSON', tokens[run.first]!.start, tokens[run.end - 1]!, rule);
}

/**
 * After a title word, skips what completes the title before the name: complements (الخارجية,
 * الوزراء, العام), nationality adjectives (الصيني), named places and organizations (وزير خارجية
 * روسيا, الأمين العام للأمم المتحدة), and باسم + an organization (المتحدث باسم الخارجية).
 * Returns the index of the first token after the title, or undefined when the title runs into the
 * end of the sentence.
 */
export function skipTitleTail(r: RuleDoc, i: number, anchor: Token): number {
  const v = r.vocab;
  let j = i;
  for (let skipped = 0; skipped < 6; skipped++) {
    const token = tokenAt(r, j, anchor);
    if (!token || token.kind !== 'arabic') break;
    const known = r.known[j];
    if (known && known.type !== 'PERSON') {
      while (r.known[j] === known) j++;
      continue;
    }
    if (known) break;
    const stem = token.stem.stem;
    const isComplement =
      v.titleComplements.has(token.norm) ||
      v.titleComplements.has(stem) ||
      v.nisba.has(token.norm) ||
      v.titles.has(token.norm) ||
      (stem.startsWith('ال') && (token.stem.prefix === '' || token.stem.prefix === 'ل') && !isStrongGiven(r, stem) && !v.stopwords.has(stem));
    if (!isComplement) break;
    j++;
  }
  return j;
}

/** person:title — a name right after a title phrase. */
const afterTitle: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.title) === 0) continue;
    const token = tokens[i]!;
    const title = token.kind === 'arabic' && !r.known[i] ? readingIn(token, r.vocab.titles) : undefined;
    if (!title) continue;
    const start = skipTitleTail(r, i + 1, token);
    // A construct title (رئيس, وزير) names its office first: رئيس لجنة ... is not a name.
    if (start === i + 1 && r.vocab.titlesNeedingComplement.has(title.stem)) continue;
    const run = scanName(r, start, { allowUnknown: true });
    if (!run) continue;
    const mention = personMention(r, run, 'person:title');
    if (mention) found.push(mention);
    i = run.end - 1;
  }
  return found;
};

/** person:counterpart — a name after نظيره / نظيرته and their forms, with an optional nationality. */
const afterCounterpart: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.counterpart) === 0) continue;
    const token = tokens[i]!;
    if (token.kind !== 'arabic' || !readingIn(token, r.vocab.counterparts)) continue;
    const start = skipTitleTail(r, i + 1, token);
    const run = scanName(r, start, { allowUnknown: true });
    if (!run) continue;
    const mention = personMention(r, run, 'person:counterpart');
    if (mention) found.push(mention);
    i = run.end - 1;
  }
  return found;
};

/**
 * person:reporting-verb — a name after a reporting verb (قال, وأضاف, وذكر ...) that is followed by
 * what reported speech opens with (أن/إن, a colon, a comma, a quote), or a name before a reporting
 * verb at the start of a clause. The name must begin with a listed given name or name part: an
 * unknown word after قال is as often a common noun (قال مصدر, قال بيان).
 */
const aroundReportingVerb: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  const v = r.vocab;
  for (let i = 0; i < tokens.length; i++) {
    if ((r.readingRoles[i]! & WordRole.reportingVerb) === 0) continue;
    const token = tokens[i]!;
    if (token.kind !== 'arabic' || !readingIn(token, v.reportingVerbs)) continue;
    // After the verb.
    const next = tokens[i + 1];
    const opensName = next && next.sentence === token.sentence && !r.known[i + 1] && (v.firstNames.has(next.norm) || v.nameParts.has(next.norm));
    if (next && opensName) {
      const run = scanName(r, i + 1, { allowUnknown: true });
      const after = run && tokenAt(r, run.end, token);
      // A given name that is also a common word (سالم, أمل) needs a second name word.
      const enough = run && (isStrongGiven(r, next.norm) || run.kinds.filter((k) => k !== 'particle').length >= 2);
      if (run && enough && (!after || isPunct(after, ':،,"«“') || v.speechOpeners.has(after.norm) || isNonNameWord(r, after.norm))) {
        const mention = personMention(r, run, 'person:reporting-verb');
        if (mention) found.push(mention);
      }
    }
    // Before the verb: a name that opens the clause (sentence start, punctuation, or a conjunction).
    for (let first = i - 1; first >= Math.max(0, i - 4); first--) {
      const candidate = tokens[first]!;
      if (candidate.sentence !== token.sentence) break;
      if (!isStrongGiven(r, candidate.norm)) continue;
      const before = tokens[first - 1];
      const opensClause = !before || before.sentence !== token.sentence || before.kind === 'punct';
      const run = opensClause ? scanName(r, first, { allowUnknown: true }) : undefined;
      if (run && run.end === i) {
        const mention = personMention(r, run, 'person:before-reporting-verb');
        if (mention) found.push(mention);
        break;
      }
    }
  }
  return found;
};

/**
 * person:photo-credit — news photos are credited "(agency/photographer)": the words between the
 * slash and the closing bracket are the photographer's name.
 */
const photoCredit: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isPunct(tokens[i], '/')) continue;
    const open = findBack(tokens, i, '(');
    if (open === undefined) continue;
    let close = i + 1;
    while (close < tokens.length && tokens[close]!.kind === 'arabic' && close - i <= 5) close++;
    if (!isPunct(tokens[close], ')') || close === i + 1) continue;
    const words = tokens.slice(i + 1, close);
    // A transliteration-key match inside the credit is a part of the name (لان هونغ قوانغ is not
    // هونغ كونغ): the credit's brackets are stronger evidence than a fuzzy match.
    if (words.some((t) => (r.known[t.index] && r.known[t.index]!.source.recognizer !== 'variants') || r.vocab.stopwords.has(t.norm))) continue;
    found.push(ruleMention(r, 'PERSON', words[0]!.start, words[words.length - 1]!, 'person:photo-credit'));
    const agency = tokens.slice(open + 1, i);
    if (agency.length > 0 && agency.length <= 3 && agency.every((t) => t.kind === 'arabic' && !r.known[t.index])) {
      found.push(ruleMention(r, 'ORGANIZATION', agency[0]!.start, agency[agency.length - 1]!, 'org:photo-credit'));
    }
  }
  return found;
};

/** The index of the bracket `mark` at most 4 tokens before `i` with only words between, or undefined. */
function findBack(tokens: readonly Token[], i: number, mark: string): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') return token.norm === mark ? k : undefined;
    if (token.kind !== 'arabic') return undefined;
  }
  return undefined;
}

/**
 * person:name-chain — an Arabic name chain without a cue: a given name joined by بن/ابن/بنت to
 * another name (محمد بن سلمان), or عبد + a name with the article and a family name (عبد الفتاح
 * السيسي), or a given name followed by a second name (given, listed name part or family name).
 */
const nameChain: Rule = (r) => {
  const found: Mention[] = [];
  const tokens = r.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // Only a given name, a name part or a particle opens a chain.
    if ((r.normRoles[i]! & (WordRole.firstName | WordRole.namePart | WordRole.particle)) === 0) continue;
    const token = tokens[i]!;
    if (token.kind !== 'arabic' || r.known[i]) continue;
    const opensWithName = isStrongGiven(r, token.norm) || (r.vocab.particles.has(token.norm) && token.norm !== 'بن' && token.norm !== 'ابن');
    if (!opensWithName) continue;
    const run = scanName(r, i, { allowUnknown: false });
    if (!run) continue;
    const names = run.kinds.filter((k) => k !== 'particle').length;
    if (names >= 2) {
      const mention = personMention(r, run, 'person:name-chain');
      if (mention) found.push(mention);
    }
    i = run.end - 1;
  }
  return found;
};

export const PERSON_RULES: Record<string, Rule> = {
  'person:title': afterTitle,
  'person:counterpart': afterCounterpart,
  'person:reporting-verb': aroundReportingVerb,
  'person:photo-credit': photoCredit,
  'person:name-chain': nameChain,
};
