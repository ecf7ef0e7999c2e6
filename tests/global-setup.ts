import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once as `npm run build` does (tsc, then scripts/post-build.mjs), so that tests running
 * the real `bin/arner.js` see the current sources.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/post-build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
