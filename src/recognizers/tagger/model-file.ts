import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packagePath } from '../../core/paths.js';

/**
 * Model files on disk. A model ships gzipped (models/<name>.bin.gz). Inflating ~10 MB costs
 * ~30 ms at every start, so `npm run build` also writes the gunzipped body next to the compiled
 * code, as dist/models/<name>.<crc>.bin, where <crc> is the CRC-32 of the body that the gzip
 * trailer records: a copy that no longer matches the .gz is never read, and without a copy the
 * .gz is read as before.
 */

/** The CRC-32 of a gzip file's content, from its trailer, as 8 hex digits. */
function contentCrc(gzPath: string): string {
  const fd = openSync(gzPath, 'r');
  try {
    const size = fstatSync(fd).size;
    const trailer = Buffer.alloc(8);
    if (size < 18 || readSync(fd, trailer, 0, 8, size - 8) !== 8) return '';
    return trailer.readUInt32LE(0).toString(16).padStart(8, '0');
  } finally {
    closeSync(fd);
  }
}

/** Where the build puts the gunzipped body of a gzipped model file. */
export function expandedModelPath(gzPath: string): string {
  return packagePath('dist', 'models', `${basename(gzPath, '.gz').replace(/\.bin$/, '')}.${contentCrc(gzPath)}.bin`);
}

/** The gunzipped body of a model file: the build's copy when there is one, else inflated here. */
export function readModelBody(gzPath: string): Buffer {
  const expanded = expandedModelPath(gzPath);
  return existsSync(expanded) ? readFileSync(expanded) : gunzipSync(readFileSync(gzPath));
}

/** Writes the gunzipped copy of a model file (see above) and removes its stale copies; returns its path. */
export function writeExpandedModel(gzPath: string): string {
  const expanded = expandedModelPath(gzPath);
  const dir = dirname(expanded);
  mkdirSync(dir, { recursive: true });
  writeFileSync(expanded, gunzipSync(readFileSync(gzPath)));
  const stem = `${basename(gzPath, '.bin.gz')}.`;
  for (const old of readdirSync(dir)) {
    if (old !== basename(expanded) && old.startsWith(stem) && old.endsWith('.bin')) rmSync(join(dir, old));
  }
  return expanded;
}

/** Writes the gunzipped copy of every model shipped in models/; returns their paths. */
export function writeExpandedModels(): string[] {
  return readdirSync(packagePath('models'))
    .filter((name) => name.endsWith('.bin.gz'))
    .map((name) => writeExpandedModel(packagePath('models', name)));
}
