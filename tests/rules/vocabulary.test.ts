import { describe, expect, it } from 'vitest';
import { loadRuleVocabulary, NON_NAME_ROLES, rolesOf, WordRole } from '../../src/recognizers/rules/vocabulary.js';

describe('rule vocabulary roles', () => {
  const vocab = loadRuleVocabulary();
  const lists: [keyof typeof WordRole, ReadonlySet<string>][] = [
    ['title', vocab.titles],
    ['titleComplement', vocab.titleComplements],
    ['counterpart', vocab.counterparts],
    ['nisba', vocab.nisba],
    ['firstName', vocab.firstNames],
    ['wordLikeFirstName', vocab.wordLikeFirstNames],
    ['namePart', vocab.nameParts],
    ['particle', vocab.particles],
    ['reportingVerb', vocab.reportingVerbs],
    ['stopword', vocab.stopwords],
    ['commonWord', vocab.commonWords],
    ['orgHead', vocab.orgHeads],
    ['placeHead', vocab.placeHeads],
    ['namingPlaceHead', vocab.namingPlaceHeads],
    ['initiativeHead', vocab.initiativeHeads],
    ['initiativeNameHead', vocab.initiativeNameHeads],
  ];

  it.each(lists)('a word has the %s role exactly when its list holds it', (role, list) => {
    expect(list.size).toBeGreaterThan(0);
    const bit = WordRole[role];
    for (const word of vocab.roles.keys()) expect((rolesOf(vocab, word) & bit) !== 0, word).toBe(list.has(word));
  });

  it('marks the articled forms of organization and initiative heads, and the first words of naming phrases', () => {
    for (const head of vocab.orgHeads) expect(rolesOf(vocab, `ال${head}`) & WordRole.articledOrgHead).not.toBe(0);
    for (const head of vocab.initiativeHeads) expect(rolesOf(vocab, `ال${head}`) & WordRole.articledInitiativeHead).not.toBe(0);
    for (const phrase of vocab.namingPhrases) expect(rolesOf(vocab, phrase[0]!) & WordRole.namingPhraseStart).not.toBe(0);
  });

  it('gives no role to a word no list has', () => {
    expect(rolesOf(vocab, 'نزارباييف')).toBe(0);
    expect(rolesOf(vocab, 'نزارباييف') & NON_NAME_ROLES).toBe(0);
  });
});
