#!/usr/bin/env node
// The command: a thin shim over the compiled CLI. Exit code from run(); a crash is a short message and exit 2.
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const debug = process.argv.includes('--debug');

try {
  const { run } = await import('../dist/cli.js');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('claimcheck: not built yet: run `npm run build` (npm install does it for you)\n');
  } else {
    process.stderr.write(
      `claimcheck ${version}: internal error: ${error?.message ?? error}\n` +
        'This is a bug in claimcheck, not in your articles. Please report it with the command you ran' +
        (debug ? '' : ' and the output of the same command with --debug') +
        '.\n',
    );
    if (debug && error?.stack) process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = 2;
}
