import type { Normalization } from './normalization.js';

const isPresentationForm = (code: number): boolean =>
  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff && code !== 0xfeff);

/**
 * Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE) become their base letters, using
 * Unicode's own compatibility decomposition (NFKC): ﻻ → لا, ﺃ → أ, ﷲ → الله. A ligature that
 * stands for a whole phrase (ﷺ → صلى الله عليه وسلم) stays one symbol: expanding it would put
 * several words on one original character.
 */
export const presentationForms: Normalization = {
  name: 'presentation-forms',
  attach: false,
  map(char) {
    if (!isPresentationForm(char.charCodeAt(0))) return undefined;
    const base = char.normalize('NFKC');
    if (base === char || /\S\s+\S/.test(base)) return undefined;
    return base;
  },
  *domain() {
    for (let code = 0xfb50; code <= 0xfeff; code++) if (isPresentationForm(code)) yield code;
  },
};
