#!/usr/bin/env node
// Process glue only: run the CLI, leave the exit code to it. It runs the bundle `npm run build`
// makes (dist/bundle/, faster to load) unless tsc has rebuilt dist/ since, which would make the
// bundle stale; then tsc's modules.
import module from 'node:module';
import { statSync } from 'node:fs';

module.enableCompileCache?.();
const built = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = built('../dist/bundle/main.js') >= built('../dist/cli/main.js');
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');
await main();
