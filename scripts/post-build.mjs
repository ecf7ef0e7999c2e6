// The last step of `npm run build`, run with the code tsc has just built (plain JavaScript: the build
// needs nothing but tsc, node and esbuild). It writes what makes start-up fast:
// - dist/lexicons.compiled.json, the shipped lexicons compiled, keyed so that the file matches the
//   code and the lexicons (see src/lexicon/compiled.ts);
// - dist/models/*.bin, the gunzipped copies of the shipped models (see src/recognizers/tagger/model-file.ts);
// - dist/bundle/, the command line bundled by esbuild: Node 20 has no compile cache, and loading one
//   file and a few chunks instead of ~120 modules saves ~40 ms at every start. bin/arner.js runs it
//   while it is newer than tsc's output (see there). The library (dist/index.js) is not bundled.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { writeCompiledLexicons } = await import('../dist/lexicon/write-compiled.js');
const { writeExpandedModels } = await import('../dist/recognizers/tagger/model-file.js');

console.log(`wrote ${writeCompiledLexicons()}`);
for (const path of writeExpandedModels()) console.log(`wrote ${path}`);

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = `${dist}bundle`;
rmSync(outdir, { recursive: true, force: true });
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
  console.log('esbuild is not installed: no bundle; bin/arner.js runs tsc\'s modules (slower start-up only)');
  process.exit(0);
}
await esbuild.build({
  // The worker must sit beside the code that starts it (src/batch/lanes.ts: new URL('./worker.js', ...)),
  // and every file two levels below the package root, as src/core/paths.ts expects.
  entryPoints: { main: `${dist}cli/main.js`, worker: `${dist}batch/worker.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // Packages written as CommonJS call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as arnerCreateRequire } from 'node:module'; const require = arnerCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`wrote ${outdir}/`);
