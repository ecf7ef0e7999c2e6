import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/digits.json. */
export const digits: Normalization = lazyCharmap('digits');
