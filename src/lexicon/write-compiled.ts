import { writeFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { normalizeText } from '../normalize/index.js';
import { compileLexicons, compiledLexiconsPath, ignoreCompiledLexicons, sourceKey } from './compiled.js';
import { readEntityLexicon, shippedEntityLexicons } from './entities.js';
import { phraseTokens } from './phrase.js';
import { tsvNamesIn } from './tsv.js';
import { phraseKey } from './translit-key.js';
import { readWordList } from './words.js';

/**
 * Compiles the shipped lexicons with the run-time readers and writes them into this build (see
 * compiled.ts); the last step of `npm run build`. Returns the path written.
 */
export function writeCompiledLexicons(): string {
  ignoreCompiledLexicons();
  const wordListNames = tsvNamesIn(packagePath('lexicons', 'words'));
  const compiled = compileLexicons(
    { wordListNames, readWordList, normalizeText, entityLexiconPaths: shippedEntityLexicons(), readEntityLexicon, phraseTokens, phraseKey },
    sourceKey(),
  );
  const path = compiledLexiconsPath();
  writeFileSync(path, `${JSON.stringify(compiled)}\n`);
  return path;
}
