import type { Mention, Recognizer } from '../../core/types.js';
import type { CompiledGazetteer } from '../gazetteer/index.js';
import { matchGazetteer } from '../gazetteer/index.js';
import { INITIATIVE_RULES } from './initiative.js';
import { ORGANIZATION_RULES } from './organization.js';
import { PERSON_RULES } from './person.js';
import { PLACE_RULES } from './place.js';
import { createRuleDoc, tokensOverlapping, type Rule } from './rule-doc.js';
import { loadRuleVocabulary } from './vocabulary.js';

/**
 * Every pattern rule by id, in the order they run. Organization, place and initiative rules run
 * first; their spans join the lexicon's as known spans, so that person rules build around them
 * (الأمين العام لجامعة الدول العربية عمرو موسى).
 */
export const RULES: Record<string, Rule> = {
  ...ORGANIZATION_RULES,
  ...PLACE_RULES,
  ...INITIATIVE_RULES,
  ...PERSON_RULES,
};

export const RULES_PRIORITY = 40;

export interface RulesOptions {
  /** Rule ids to run (default: all of RULES). */
  rules?: readonly string[];
}

/**
 * The pattern recognizer: unseen names from their context (titles, heads, reporting verbs, photo
 * credits, naming phrases). Priority 40: below the gazetteer (a listed name wins), above the
 * statistical tagger. It consults the gazetteer so that it never re-finds, or cuts through, a
 * listed name.
 */
export function createRulesRecognizer(gazetteer: CompiledGazetteer, options: RulesOptions = {}): Recognizer {
  const vocab = loadRuleVocabulary();
  const ids = options.rules ?? Object.keys(RULES);
  return {
    name: 'rules',
    produces: ['PERSON', 'PLACE', 'ORGANIZATION', 'INITIATIVE'],
    priority: RULES_PRIORITY,
    recognize(doc, ctx) {
      const matches = matchGazetteer(doc, gazetteer);
      const r = createRuleDoc(doc, ctx, vocab, [...matches.exact, ...matches.variants]);
      const found: Mention[] = [];
      for (const id of ids) {
        const rule = RULES[id];
        if (!rule) throw new Error(`unknown rule "${id}"`);
        for (const mention of rule(r)) {
          if (found.some((m) => m.start < mention.end && mention.start < m.end)) continue;
          found.push(mention);
          if (!id.startsWith('person:')) {
            const [first, end] = tokensOverlapping(doc.tokens, mention.start, mention.end);
            for (let i = first; i < end; i++) r.known[doc.tokens[i]!.index] ??= mention;
          }
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}
