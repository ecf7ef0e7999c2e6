import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/diacritics.json. */
export const diacritics: Normalization = lazyCharmap('diacritics');
