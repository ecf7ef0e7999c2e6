import { franc } from 'franc-min';

/** ISO 639-3 code of the document's language (franc-min), "und" when too short or undetermined. */
export function detectLanguage(text: string): string {
  return franc(text, { minLength: 20 });
}
