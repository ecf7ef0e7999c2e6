export { createDateRecognizer, findDates } from './recognizer.js';
export { detectDateline } from './dateline.js';
export { loadDateLexicon, type DateLexicon } from './lexicon.js';
export { resolve, type Resolution } from './resolve.js';
