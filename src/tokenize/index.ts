export { tokenize, type TokenizeOptions } from './tokenizer.js';
export { procliticReadings, withoutArticle } from './clitics.js';
