export { readConll, conllSentences, DOCSTART, type ConllFile, type ConllBlock, type ConllToken } from './read.js';
export { writeConll } from './write.js';
export { readAnnotatedConll, type AnnotatedSentence } from './corpus.js';
export { chunksOf, scoreTags, formatScoreReport, type Chunk, type Score, type ScoreReport } from './score.js';
export { tagConll } from './tag.js';
