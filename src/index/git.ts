// What git says changed in the archive since the commit an index was made from: the gate's freshness check in time
// proportional to the change, where comparing every file would be proportional to the archive (a CI checkout gives
// every file a new mtime).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The commit an index was made from, and where in the repository its commands ran (the roots are relative to that). */
export interface GitStamp {
  commit: string;
  prefix: string;
}

/** git's output, or undefined when it fails. Asynchronous: the gate's calls run beside each other and beside the reading of the new articles. */
function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }, (error, stdout) => resolve(error ? undefined : stdout));
    child.stdin?.end();
  });
}

const split = (out: string) => out.split('\0').filter((s) => s !== '');

/** Paths that `git status` lists under the roots (modified, staged, untracked or ignored), relative to the repository's top. */
async function statusPaths(cwd: string, roots: readonly string[]): Promise<string[] | undefined> {
  const out = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching', '--no-renames', '--', ...roots], cwd);
  return out === undefined ? undefined : split(out).map((entry) => entry.slice(3));
}

/** Whether a path below a root is one a walk skips anyway (a dot-folder or node_modules on the way). */
function skippedByWalk(file: string, roots: readonly string[]): boolean {
  const root = roots.find((r) => file === r || file.startsWith(r.endsWith('/') ? r : `${r}/`));
  const below = root === undefined ? file : file.slice(root.length);
  const segments = below.split('/').filter((s) => s !== '');
  return segments.slice(0, -1).some((s) => s.startsWith('.') || s === 'node_modules') || (below.endsWith('/') && segments.some((s) => s.startsWith('.') || s === 'node_modules'));
}

const display = (cwd: string, top: string, file: string) => path.relative(cwd, path.join(top, file)).split(path.sep).join('/') + (file.endsWith('/') ? '/' : '');

/** The repository's top folder and where `cwd` is in it (one git call), or undefined outside a repository. */
async function whereAmI(cwd: string): Promise<{ top: string; prefix: string } | undefined> {
  const out = (await git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd))?.split('\n');
  return out && out[0] ? { top: out[0], prefix: out[1] ?? '' } : undefined;
}

/** The stamp to record after an update, when git knows the roots' content exactly (nothing modified, untracked or ignored there). */
export async function gitStamp(cwd: string, roots: readonly string[]): Promise<GitStamp | undefined> {
  const [where, head, dirty] = await Promise.all([whereAmI(cwd), git(['rev-parse', '--verify', '-q', 'HEAD'], cwd), statusPaths(cwd, roots)]);
  const commit = head?.trim();
  if (!where || !commit) return undefined;
  if (dirty === undefined || dirty.some((f) => !skippedByWalk(display(cwd, where.top, f), roots))) return undefined;
  return { commit, prefix: where.prefix };
}

/**
 * The paths (relative to `cwd`, forward slashes; a folder ends with '/') that may differ under the roots from the
 * stamp's commit: committed since, modified, untracked or ignored. Undefined when git cannot tell: not a
 * repository, another place in it, a commit this clone does not have (a shallow clone), or a root gone.
 */
export async function changedSince(stamp: GitStamp, cwd: string, roots: readonly string[]): Promise<{ paths: string[] } | { reason: string }> {
  // The three calls at once (git reads its own index; none writes): their answers are checked in order below.
  const [where, committed, worktree] = await Promise.all([
    whereAmI(cwd),
    git(['diff', '--name-only', '--no-renames', '-z', stamp.commit, 'HEAD', '--', ...roots], cwd),
    statusPaths(cwd, roots),
  ]);
  if (!where) return { reason: 'not in a git repository' };
  if (where.prefix !== stamp.prefix) return { reason: `the index was made in ./${stamp.prefix} of its repository` };
  if (roots.some((r) => !existsSync(path.resolve(cwd, r)))) return { reason: 'a folder of the archive is gone' };
  if (committed === undefined) return { reason: `git does not know the index's commit ${stamp.commit.slice(0, 12)} (a shallow clone? fetch more history)` };
  if (worktree === undefined) return { reason: 'git status failed' };
  const paths = new Set([...split(committed), ...worktree].map((f) => display(cwd, where.top, f)));
  return { paths: [...paths].filter((f) => !skippedByWalk(f, roots)).sort() };
}
