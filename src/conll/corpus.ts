import { readFileSync } from 'node:fs';
import { conllSentences, readConll } from './read.js';

/** A sentence of an annotated CoNLL file: tokens and their gold tags (O where a line has none). */
export interface AnnotatedSentence {
  tokens: string[];
  tags: string[];
}

export function readAnnotatedConll(path: string): AnnotatedSentence[] {
  return conllSentences(readConll(readFileSync(path, 'utf8'))).map((sentence) => ({
    tokens: sentence.map((t) => t.text),
    tags: sentence.map((t) => t.tag ?? 'O'),
  }));
}
