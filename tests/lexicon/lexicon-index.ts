import { packagePath } from '../../src/core/paths.js';
import { readEntityLexicon, type LexiconEntry } from '../../src/lexicon/entities.js';
import { normalizeText } from '../../src/normalize/index.js';

/** The entries of some shipped entity lexicons, and the rows holding each spelling (normalized). */
export function shippedEntries(names: readonly string[]): { entries: readonly LexiconEntry[]; rowsOf: (spelling: string) => LexiconEntry[] } {
  const entries = names.flatMap((name) => readEntityLexicon(packagePath('lexicons', 'entities', `${name}.tsv`)));
  const bySpelling = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    for (const variant of entry.variants) {
      const key = normalizeText(variant);
      bySpelling.set(key, [...(bySpelling.get(key) ?? []), entry]);
    }
  }
  return { entries, rowsOf: (spelling) => bySpelling.get(normalizeText(spelling)) ?? [] };
}
