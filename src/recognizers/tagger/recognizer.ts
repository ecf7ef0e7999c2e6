import type { Doc, Mention, MentionType, Recognizer, Segmentation, Token } from '../../core/types.js';
import { normalizeText } from '../../normalize/index.js';
import { withoutArticle } from '../../tokenize/clitics.js';
import type { LexiconResources } from './lexicon-features.js';
import { shippedTagger } from './shipped.js';
import type { SequenceTagger } from './tagger.js';
import { tagSpans, type EntityLabel } from './tags.js';

const MENTION_TYPES: Record<EntityLabel, MentionType> = {
  PER: 'PERSON',
  LOC: 'PLACE',
  ORG: 'ORGANIZATION',
  MISC: 'MISC',
};

/** Word lists whose words confirm that a clitic-stripped reading is the start of a name. */
const NAME_LISTS = new Set(['first-names', 'name-parts']);

/**
 * Where a mention starting on `token` begins. ANERcorp tags whole tokens, clitics included
 * (والصين is B-LOC), while arner's mentions leave attached proclitics (و ف ب ل ك) out. The first
 * reading, unsegmented first, whose stem a lexicon knows (an entity name's first word, a first name)
 * wins; otherwise the token's default reading.
 */
export function mentionStart(token: Token, lexicons: LexiconResources): Segmentation {
  if (token.segmentations.length <= 1) return token.stem;
  const known = (stem: string): boolean =>
    lexicons.phrases.children.has(stem) ||
    lexicons.wordLists.some(({ name, words }) => NAME_LISTS.has(name) && (words.has(stem) || words.has(withoutArticle(stem))));
  return token.segmentations.find((reading) => known(reading.stem)) ?? token.stem;
}

/** Mentions of the tagger's spans in a document tagged sentence by sentence. */
export function taggedMentions(doc: Doc, tagger: SequenceTagger): Mention[] {
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.firstToken, s.endToken));
  const { tags, confidence } = tagger.tagDocument(
    sentences.map((tokens) => tokens.map((t) => t.norm)),
    true,
  );
  const mentions: Mention[] = [];
  sentences.forEach((tokens, s) => {
    for (const span of tagSpans(tags[s]!)) {
      const first = tokens[span.start]!;
      const last = tokens[span.end - 1]!;
      const start = mentionStart(first, tagger.lexicons).stemStart;
      if (start >= last.end) continue;
      const text = doc.text.slice(start, last.end);
      const mention: Mention = {
        type: MENTION_TYPES[span.label],
        start,
        end: last.end,
        text,
        normalized: normalizeText(text),
        source: { recognizer: 'tagger', rule: 'model:anercorp' },
      };
      const marginals = confidence?.[s];
      if (marginals) {
        let least = 1;
        for (let i = span.start; i < span.end; i++) least = Math.min(least, marginals[i]!);
        mention.confidence = Math.round(100 * least) / 100;
      }
      mentions.push(mention);
    }
  });
  return mentions;
}

/**
 * The statistical tagger as a recognizer: an averaged-perceptron / CRF sequence model trained on
 * ANERcorp (see models/README.md). Its priority is low: lexicon and rule spans win, the model fills
 * the gaps. MISC (events, products, ...) stays an internal type. The model loads on first use.
 */
export function createTaggerRecognizer(): Recognizer {
  return {
    name: 'tagger',
    produces: ['PERSON', 'PLACE', 'ORGANIZATION', 'MISC'],
    priority: 10,
    recognize: (doc) => taggedMentions(doc, shippedTagger()),
  };
}
