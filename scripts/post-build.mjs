// The last step of `npm run build`, run with the code tsc has just built (plain JavaScript: the build
// needs nothing but tsc and node). It writes what makes start-up fast:
// - dist/lexicons.compiled.json, the shipped lexicons compiled, keyed so that the file matches the
//   code and the lexicons (see src/lexicon/compiled.ts);
// - dist/models/*.bin, the gunzipped copies of the shipped models (see src/recognizers/tagger/model-file.ts).
const { writeCompiledLexicons } = await import('../dist/lexicon/write-compiled.js');
const { writeExpandedModels } = await import('../dist/recognizers/tagger/model-file.js');

console.log(`wrote ${writeCompiledLexicons()}`);
for (const path of writeExpandedModels()) console.log(`wrote ${path}`);
