import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The package root: this file lives at src/core/paths.ts (tests, tsx) or dist/core/paths.js
 * (built package), two levels below the root either way.
 */
export const packageRoot: string = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file shipped with the package (lexicons/, models/, schema/, ...). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}
