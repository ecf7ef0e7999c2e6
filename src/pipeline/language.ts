import { franc } from 'franc-min';

/** franc needs no more than a paragraph to tell Arabic from Persian or Urdu; longer samples only cost time. */
const SAMPLE_LENGTH = 400;

/** franc's own floor: a shorter text is undetermined ("und"). */
const MIN_LENGTH = 20;

/**
 * The shortest sample the plain-Arabic test below decides alone. On shorter ones franc's trigrams
 * sometimes prefer Persian or Pashto even for Arabic (انه امر يشغلنا ايضا → pes), and the answer
 * stays franc's.
 */
const MIN_PLAIN_ARABIC_LENGTH = 200;

/**
 * ISO 639-3 code of the document's language (franc-min), "und" when too short or undetermined.
 *
 * A sample of at least 200 characters written in the Arabic alphabet alone (see `isPlainArabic`) is
 * Arabic without asking franc: its trigram comparison costs more than tokenizing the article, and
 * on such samples it answers "arb" (all 3,677 samples of ANERcorp train, AQMAR train/dev,
 * NewsFANE and fixtures/ that pass the test). Any other sample goes to franc.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  if (sample.length >= MIN_PLAIN_ARABIC_LENGTH && isPlainArabic(sample)) return 'arb';
  return franc(sample, { minLength: MIN_LENGTH });
}

/**
 * Whether every letter of the sample is a letter of the Arabic alphabet (ء to غ, ف to ي, and
 * tatweel) or an ASCII Latin letter, with Latin letters under a tenth of the Arabic ones. The other
 * languages franc-min writes in Arabic script (Persian, Urdu, Pashto, Saraiki, Malay in Jawi) each
 * use letters outside that alphabet (ی ک پ چ ژ گ ے ں ٹ ڈ ڑ ہ ې ڠ ...); a sample with one, with
 * letters of any other script, or with presentation forms, is left to franc. Marks, digits,
 * punctuation and spaces do not count.
 */
function isPlainArabic(sample: string): boolean {
  if (OTHER_LETTER.test(sample)) return false;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x0621 && code <= 0x063a) || (code >= 0x0640 && code <= 0x064a)) arabic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return latin * 10 < arabic;
}

/** A letter that is neither of the Arabic alphabet (with tatweel) nor ASCII Latin. */
const OTHER_LETTER = /(?![\u0621-\u063A\u0640-\u064AA-Za-z])\p{L}/u;
