// Files changed since a git ref, for `--changed-since` (the CLI's only use of git): which of the run's inputs changed.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export class GitError extends Error {}

/**
 * Changed and untracked files since `ref` (deleted files left out), as absolute paths. Read with
 * `-z`: git quotes names with non-ASCII or special characters in its line output, NUL-separated
 * output gives them as they are.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new GitError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`);
    }
  };
  if (ref.startsWith('-')) throw new GitError(`--changed-since: "${ref}" is not a git ref`);
  const root = git(['rev-parse', '--show-toplevel']).trim();
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=d', ref, '--']).split('\0');
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']).split('\0');
  return new Set([...changed, ...untracked].filter((f) => f !== '').map((f) => path.join(root, f)));
}

/**
 * The inputs (named as the reader names them: relative to `cwd`, or absolute) whose files are in
 * `changed`: the paths, extensions and ignore rules chose the inputs, git says which of them changed.
 */
export function changedInputs(inputs: readonly { file: string }[], changed: ReadonlySet<string>, cwd: string): string[] {
  // git names files under the real path of the checkout: compare from the real working folder.
  let realCwd = cwd;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    // a working folder that cannot be resolved: compared as given
  }
  return inputs.map((input) => input.file).filter((file) => changed.has(path.resolve(realCwd, file)) || changed.has(path.resolve(cwd, file)));
}
