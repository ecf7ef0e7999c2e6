#!/usr/bin/env node
// Process glue only: enable the compile cache, run the CLI, leave the exit code to it.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
await main();
