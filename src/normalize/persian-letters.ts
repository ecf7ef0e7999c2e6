import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/persian-letters.json. */
export const persianLetters: Normalization = lazyCharmap('persian-letters');
