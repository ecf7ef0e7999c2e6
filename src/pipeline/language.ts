import { franc } from 'franc-min';

/** franc needs no more than a paragraph to tell Arabic from Persian or Urdu; longer samples only cost time. */
const SAMPLE_LENGTH = 400;

/** ISO 639-3 code of the document's language (franc-min), "und" when too short or undetermined. */
export function detectLanguage(text: string): string {
  return franc(text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text, { minLength: 20 });
}
