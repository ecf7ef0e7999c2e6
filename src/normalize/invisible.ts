import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/invisible.json. */
export const invisible: Normalization = lazyCharmap('invisible');
