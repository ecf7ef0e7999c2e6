import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/alef-maksura.json. */
export const alefMaksura: Normalization = lazyCharmap('alef-maksura');
