// The README's example outputs, made by the real command: each fenced block that follows a comment
// `<!-- output: claimcheck ARGS; keep: WHAT -->` holds what `node bin/claimcheck.js ARGS` prints
// (FORCE_COLOR=0, from the repository's root), cut as WHAT says. test/readme.test.ts checks every
// block; `npm run readme` (scripts/readme.js) rewrites them. Both use this module, so the cut is the same.
//
// ARGS is split at spaces. `@1` in ARGS stands for the id of the first conflict that
// `claimcheck PATHS --format json` reports, PATHS being the ARGS after `@1`.
// WHAT is one of:
//   all                                  the whole output (the default)
//   first N lines                        the first N lines
//   first N blocks and the summary       the first N blank-line-separated blocks, then the last line
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');

const DIRECTIVE = /<!-- output: claimcheck ([^;>]*?)(?:; keep: ([^>]*?))? -->\n+```[^\n]*\n([\s\S]*?)```/g;

/** The output blocks of a README: where each one's content starts and ends, its arguments and its cut. */
export function findBlocks(readme) {
  const blocks = [];
  for (const match of readme.matchAll(DIRECTIVE)) {
    const content = match[3];
    const end = match.index + match[0].length - 3;
    blocks.push({ args: match[1].trim().split(/\s+/), keep: (match[2] ?? 'all').trim(), start: end - content.length, end, content });
  }
  return blocks;
}

/** Runs the command as a user would, from the repository's root, without colour. */
export function runCommand(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: undefined },
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  if (r.status === 2 || r.status === null) throw new Error(`claimcheck ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** ARGS with `@1` replaced by the id of the first conflict in the paths that follow it. */
export function resolveArgs(args, run = runCommand) {
  const at = args.indexOf('@1');
  if (at === -1) return args;
  const report = JSON.parse(run([...args.slice(at + 1), '--format', 'json']));
  if (report.conflicts.length === 0) throw new Error(`@1: no conflict in ${args.slice(at + 1).join(' ')}`);
  return [...args.slice(0, at), report.conflicts[0].id, ...args.slice(at + 1)];
}

/** Cuts an output as a block's `keep` says. */
export function cut(output, keep) {
  const lines = output.replace(/\n$/, '').split('\n');
  if (keep === 'all') return `${lines.join('\n')}\n`;
  let m = /^first (\d+) lines$/.exec(keep);
  if (m) return `${lines.slice(0, Number(m[1])).join('\n')}\n`;
  m = /^first (\d+) blocks and the summary$/.exec(keep);
  if (m) {
    const blocks = lines.join('\n').split(/\n\n+/);
    const kept = blocks.slice(0, Math.min(Number(m[1]), blocks.length - 1));
    return `${[...kept, lines.at(-1)].join('\n\n')}\n`;
  }
  throw new Error(`README: unknown keep "${keep}" (all | first N lines | first N blocks and the summary)`);
}

/** What a block should hold now. */
export function expected(block, run = runCommand) {
  return cut(run(resolveArgs(block.args, run)), block.keep);
}

/** The README with every output block made anew. */
export function render(readme, run = runCommand) {
  let out = '';
  let at = 0;
  for (const block of findBlocks(readme)) {
    out += readme.slice(at, block.start) + expected(block, run);
    at = block.end;
  }
  return out + readme.slice(at);
}
