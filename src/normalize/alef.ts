import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/alef.json. */
export const alef: Normalization = lazyCharmap('alef');
