// Files changed since a git ref, for `--changed-since` (the CLI's only use of git).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export class GitError extends Error {}

/** Changed and untracked files since `ref`, as paths relative to `cwd` (deleted files left out). */
export function changedSince(ref: string, cwd: string): string[] {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new GitError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`);
    }
  };
  if (ref.startsWith('-')) throw new GitError(`--changed-since: "${ref}" is not a git ref`);
  const root = git(['rev-parse', '--show-toplevel']).trim();
  const changed = git(['diff', '--name-only', '--diff-filter=d', ref, '--']).split('\n');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name']).split('\n');
  const files = new Set([...changed, ...untracked].filter((f) => f !== ''));
  return [...files].map((f) => path.relative(cwd, path.join(root, f)).split(path.sep).join('/')).sort();
}
