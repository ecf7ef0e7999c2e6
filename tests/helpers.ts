import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The shared evaluation data and seed (beside the repo); absent for a user who cloned the repo alone. */
export const sharedDir = join(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'seed', 'expected.json'));
export const seedArticle = join(repoRoot, 'fixtures', 'articles', 'xinhua-2016-06-24-xi-nazarbayev.txt');

export function skipMessage(what: string): void {
  if (!hasShared) console.warn(`[skipped] ${what}: ../shared is absent (it holds the seed's expected output and the evaluation data)`);
}
