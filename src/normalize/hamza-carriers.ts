import { lazyCharmap, type Normalization } from './normalization.js';

/** See lexicons/charmaps/hamza-carriers.json. */
export const hamzaCarriers: Normalization = lazyCharmap('hamza-carriers');
