#!/usr/bin/env node
// The command: a thin shim over the compiled CLI (bundled by scripts/bundle.js into one file, loaded with
// V8's code cache by ./load-cli.js). Exit code from run(); a crash is a short message and exit 2.
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const args = process.argv.slice(2);
const debug = args.includes('--debug');

// A reader that stops early (`claimcheck … | head`) closes the pipe: stop quietly, as other CLIs do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    // Answered here, before the CLI and what it loads (commander, remark, yaml, the pack) are imported:
    // `claimcheck --version` costs a bare Node start-up.
    process.stdout.write(`${version}\n`);
  } else {
    const { loadCli } = await import('./load-cli.js');
    const { run } = loadCli().exports;
    process.exitCode = await run(args, {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      env: process.env,
      cwd: process.cwd(),
    });
  }
} catch (error) {
  if (error?.code === 'CLAIMCHECK_NOT_BUILT') {
    process.stderr.write('claimcheck: not built yet: run `npm run build` in the checkout (npm pack does it for a package)\n');
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
