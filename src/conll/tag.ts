import { shippedTagger } from '../recognizers/tagger/shipped.js';
import type { SequenceTagger } from '../recognizers/tagger/tagger.js';
import { DOCSTART, readConll, type ConllBlock } from './read.js';
import { writeConll } from './write.js';

/**
 * Tags a CoNLL text (token in the first column, blank lines between sentences) and returns
 * `token<TAB>tag` lines with IOB2 tags, one per input token, blank lines kept. The sentences
 * between two -DOCSTART- lines (or the whole file) are tagged as one document.
 */
export function tagConll(text: string, tagger: SequenceTagger = shippedTagger()): string {
  const file = readConll(text);
  const sentences = file.blocks.filter((b): b is Extract<ConllBlock, { kind: 'sentence' }> => b.kind === 'sentence');
  const tags: string[][] = new Array(sentences.length);
  let documentStart = 0;
  const flush = (end: number): void => {
    if (end > documentStart) {
      const tagged = tagger.tagTokenSentences(sentences.slice(documentStart, end).map((b) => b.tokens.map((t) => t.text)));
      tagged.forEach((t, k) => (tags[documentStart + k] = t));
    }
  };
  sentences.forEach((block, s) => {
    if (block.tokens[0]!.text !== DOCSTART) return;
    flush(s);
    tags[s] = ['O'];
    documentStart = s + 1;
  });
  flush(sentences.length);
  return writeConll(file, (s) => tags[s]!);
}
