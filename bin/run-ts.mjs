#!/usr/bin/env node
// Runs a TypeScript file of this project (benchmarks, examples): node bin/run-ts.mjs FILE [args...]
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node bin/run-ts.mjs FILE.ts [args...]\n");
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(file).href);
