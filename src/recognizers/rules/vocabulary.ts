import { normalizedWords, readWordList, wordSet } from '../../lexicon/words.js';
import { existsSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';

/**
 * The word lists the pattern rules read (all from lexicons/words/, see lexicons/README.md), as
 * sets of normalized words, loaded once per rules recognizer. A list that is absent is empty.
 */
export interface RuleVocabulary {
  titles: Set<string>;
  /** Titles that are construct heads (رئيس, وزير): a complement must come before the name. */
  titlesNeedingComplement: Set<string>;
  /** Words that fill a title before the name: الخارجية in وزير الخارجية, وزراء in رئيس وزراء. */
  titleComplements: Set<string>;
  counterparts: Set<string>;
  nisba: Set<string>;
  /** Nisba forms also common as family names (المصري): they may end a name. */
  surnameNisba: Set<string>;
  firstNames: Set<string>;
  /** First names that are also common words (أمل, أسد): not enough on their own to start a name. */
  wordLikeFirstNames: Set<string>;
  nameParts: Set<string>;
  /** Name parts of languages that write the family name first (Chinese, Korean, Vietnamese). */
  familyFirstParts: Set<string>;
  particles: Set<string>;
  /** Particles that join two names (محمد بن سلمان): never first, never last (kind patronymic). */
  linkingParticles: Set<string>;
  /** Particles that start a name of their own (أبو مازن, عبد الله, آل سعود): the other kinds. */
  leadingParticles: Set<string>;
  /** Words that open reported speech after a name (قال X إن ...). */
  speechOpeners: Set<string>;
  regnalOrdinals: Set<string>;
  reportingVerbs: Set<string>;
  stopwords: Set<string>;
  commonWords: Set<string>;
  orgHeads: Set<string>;
  orgModifiers: Set<string>;
  placeHeads: Set<string>;
  /**
   * Place heads after which an unseen word is the place's name (مدينة, محافظة, ولاية, العاصمة):
   * singular heads of settlements and administrative units, without the article except capitals.
   * Direction words (شمال), plurals and natural features are cues only.
   */
  namingPlaceHeads: Set<string>;
  initiativeHeads: Set<string>;
  /** Heads whose definite complement is the initiative's name (مبادرة الحزام والطريق). */
  initiativeNameHeads: Set<string>;
  /** Phrases that introduce a name (يطلق عليها اسم, المعروفة باسم), as normalized token sequences. */
  namingPhrases: string[][];
  /**
   * Every listed word with the lists it is in, as WordRole bits: one lookup answers what a lookup
   * per list would (is this word a title? a function word? any non-name word?).
   */
  roles: Map<string, number>;
}

/** The bits of `RuleVocabulary.roles`. */
export const WordRole = {
  title: 1 << 0,
  titleComplement: 1 << 1,
  counterpart: 1 << 2,
  nisba: 1 << 3,
  firstName: 1 << 4,
  wordLikeFirstName: 1 << 5,
  namePart: 1 << 6,
  particle: 1 << 7,
  reportingVerb: 1 << 8,
  stopword: 1 << 9,
  commonWord: 1 << 10,
  orgHead: 1 << 11,
  placeHead: 1 << 12,
  namingPlaceHead: 1 << 13,
  initiativeHead: 1 << 14,
  initiativeNameHead: 1 << 15,
  /** ال + an organization head (البنك for بنك). */
  articledOrgHead: 1 << 16,
  /** ال + an initiative head (الخطة for خطة). */
  articledInitiativeHead: 1 << 17,
  /** The first word of a naming phrase. */
  namingPhraseStart: 1 << 18,
} as const;

/** Words that never belong to a name: function, common and cue words (see name-run.ts, isNonNameWord). */
export const NON_NAME_ROLES =
  WordRole.stopword |
  WordRole.commonWord |
  WordRole.title |
  WordRole.counterpart |
  WordRole.reportingVerb |
  WordRole.orgHead |
  WordRole.placeHead |
  WordRole.initiativeHead |
  WordRole.titleComplement;

/** The WordRole bits of a normalized word (0 for a word no list has). */
export function rolesOf(vocab: RuleVocabulary, word: string): number {
  return vocab.roles.get(word) ?? 0;
}

function indexRoles(vocab: Omit<RuleVocabulary, 'roles'>): Map<string, number> {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, role: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  mark(vocab.titles, WordRole.title);
  mark(vocab.titleComplements, WordRole.titleComplement);
  mark(vocab.counterparts, WordRole.counterpart);
  mark(vocab.nisba, WordRole.nisba);
  mark(vocab.firstNames, WordRole.firstName);
  mark(vocab.wordLikeFirstNames, WordRole.wordLikeFirstName);
  mark(vocab.nameParts, WordRole.namePart);
  mark(vocab.particles, WordRole.particle);
  mark(vocab.reportingVerbs, WordRole.reportingVerb);
  mark(vocab.stopwords, WordRole.stopword);
  mark(vocab.commonWords, WordRole.commonWord);
  mark(vocab.orgHeads, WordRole.orgHead);
  mark(vocab.placeHeads, WordRole.placeHead);
  mark(vocab.namingPlaceHeads, WordRole.namingPlaceHead);
  mark(vocab.initiativeHeads, WordRole.initiativeHead);
  mark(vocab.initiativeNameHeads, WordRole.initiativeNameHead);
  mark([...vocab.orgHeads].map((head) => `ال${head}`), WordRole.articledOrgHead);
  mark([...vocab.initiativeHeads].map((head) => `ال${head}`), WordRole.articledInitiativeHead);
  mark(vocab.namingPhrases.map((phrase) => phrase[0]!), WordRole.namingPhraseStart);
  return roles;
}

function listExists(name: string): boolean {
  return existsSync(packagePath('lexicons', 'words', `${name}.tsv`));
}

/** Rows of a list whose `column` satisfies `keep`, as normalized words. */
function wordsWhere(name: string, keep: (cells: Record<string, string>) => boolean): Set<string> {
  const set = new Set<string>();
  if (!listExists(name)) return set;
  const rows = readWordList(name);
  const words = normalizedWords(name);
  for (let i = 0; i < rows.length; i++) if (keep(rows[i]!.cells)) set.add(words[i]!);
  return set;
}

const hasFlag = (cells: Record<string, string>, flag: string): boolean => (cells.flags ?? '').split(',').includes(flag);

/** Languages whose names put the family name first (origin column of name-parts.tsv). */
const FAMILY_FIRST_ORIGINS = new Set(['chinese', 'korean', 'vietnamese', 'zh', 'ko', 'vi']);

export function loadRuleVocabulary(): RuleVocabulary {
  const namingPhrases: string[][] = [];
  for (const phrase of wordSet('naming-phrases')) namingPhrases.push(phrase.split(' '));
  const lists = {
    titles: wordSet('titles'),
    titlesNeedingComplement: wordsWhere('titles', (c) => c.complement === 'required'),
    titleComplements: wordSet('title-complements'),
    counterparts: wordSet('counterparts'),
    nisba: wordSet('nisba'),
    surnameNisba: wordsWhere('nisba', (c) => hasFlag(c, 'surname')),
    firstNames: wordSet('first-names'),
    wordLikeFirstNames: new Set([
      ...wordsWhere('first-names', (c) => hasFlag(c, 'word') || hasFlag(c, 'place')),
      ...wordsWhere('name-parts', (c) => hasFlag(c, 'word')),
    ]),
    nameParts: wordSet('name-parts'),
    familyFirstParts: wordsWhere('name-parts', (c) => FAMILY_FIRST_ORIGINS.has((c.origin ?? '').toLowerCase())),
    particles: wordSet('name-particles'),
    linkingParticles: wordsWhere('name-particles', (cells) => cells.kind === 'patronymic'),
    leadingParticles: wordsWhere('name-particles', (cells) => cells.kind !== 'patronymic'),
    speechOpeners: wordSet('speech-openers'),
    regnalOrdinals: wordSet('regnal-ordinals'),
    reportingVerbs: wordSet('reporting-verbs'),
    stopwords: wordSet('stopwords'),
    commonWords: wordSet('common-words'),
    orgHeads: wordSet('org-heads'),
    orgModifiers: wordSet('org-modifiers'),
    placeHeads: wordSet('place-heads'),
    namingPlaceHeads: wordSet('naming-place-heads'),
    initiativeHeads: wordSet('initiative-heads'),
    initiativeNameHeads: wordSet('initiative-name-heads'),
    namingPhrases,
  };
  return { ...lists, roles: indexRoles(lists) };
}
