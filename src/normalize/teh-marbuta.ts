import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/teh-marbuta.json. */
export const tehMarbuta: Normalization = lazyCharmap('teh-marbuta');
