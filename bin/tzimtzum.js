#!/usr/bin/env node
// The CLI is written in TypeScript and built into dist/ by `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/bin/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tzimtzum: the CLI is not built; run `npm run build` in the package folder\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
