#!/usr/bin/env node
// The `securebase` command. Runs the bundled CLI (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('securebase is not built yet: run `npm run build` in the checkout first.');
  process.exit(1);
}
const { main } = await import(pathToFileURL(bundle).href);
await main(process.argv.slice(2));
