// The last step of `npm run build`: writes dist/lexicons.compiled.json (see src/lexicon/compiled.ts)
// with the code tsc has just built, so that the file's key matches that code. Plain JavaScript: the
// build needs nothing but tsc and node.
const { writeCompiledLexicons } = await import('../dist/lexicon/write-compiled.js');

console.log(`wrote ${writeCompiledLexicons()}`);
