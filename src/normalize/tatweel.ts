import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/tatweel.json. */
export const tatweel: Normalization = lazyCharmap('tatweel');
