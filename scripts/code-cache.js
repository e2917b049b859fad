// Writes dist/bundle/cli.cache, the V8 code cache of the bundled command line (bin/load-cli.js reads
// it): the bundle is compiled from source in this fresh process, a few checks run in it (no file
// written, nothing printed) so that the functions a check calls are compiled, and V8 serialises
// what it compiled. Run by `npm run build` after scripts/bundle.js.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE, loadCli } from '../bin/load-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

const { exports: cli, script } = loadCli({ useCache: false });
const sink = { write: () => true, isTTY: false };
// A clean file, conflicts in the pretty table (what a terminal shows) and in JSON (what CI reads).
for (const args of [['clean/a.md'], ['conflict', '--no-color'], ['conflict', '--format', 'json']]) {
  await cli.run(args, { stdout: sink, stderr: sink, env: {}, cwd: FIXTURES });
}
writeFileSync(CODE_CACHE, script.createCachedData());
process.stdout.write(`code cache: ${path.relative(process.cwd(), CODE_CACHE)}\n`);
