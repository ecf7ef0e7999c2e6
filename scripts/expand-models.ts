/**
 * Part of `npm run build`: writes the gunzipped copy of each shipped model into dist/models/ (it
 * loads without inflating; see src/recognizers/tagger/model-file.ts) and removes stale copies.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { writeExpandedModel } from '../src/recognizers/tagger/model-file.js';

const expandedDir = packagePath('dist', 'models');
for (const name of readdirSync(packagePath('models')).filter((f) => f.endsWith('.bin.gz'))) {
  const written = basename(writeExpandedModel(packagePath('models', name)));
  const stem = name.slice(0, -'.bin.gz'.length);
  for (const old of existsSync(expandedDir) ? readdirSync(expandedDir) : []) {
    if (old !== written && old.startsWith(`${stem}.`) && old.endsWith('.bin')) rmSync(packagePath('dist', 'models', old));
  }
  console.log(`models/${name} → dist/models/${written}`);
}
