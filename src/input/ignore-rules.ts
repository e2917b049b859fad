// Which paths the ignore settings exclude: the nearest .claimcheckignore and the config's `ignore`, each relative to its own folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { FileError } from '../types.js';
import { FileReadError, fileReadError, MAX_BYTES, readRegularText } from './regular-file.js';

export const IGNORE_FILE = '.claimcheckignore';

export interface IgnoreRules {
  /** Whether `abs` (a folder when `dir`) is excluded; paths outside every rule set's folder never are. */
  ignores(abs: string, dir: boolean): boolean;
}

export interface IgnoreSettings {
  /** Where the run starts: the nearest .claimcheckignore is looked for here and in the folders above. */
  cwd: string;
  /** gitignore-syntax patterns from the config. */
  patterns?: readonly string[];
  /** The folder the patterns are relative to: the config file's folder (default `cwd`). */
  patternsBase?: string;
  /** The folder above which no .claimcheckignore is looked for (the config file's folder, when it is above `cwd`). */
  stopAt?: string;
}

/** gitignore rules and the folder their paths are relative to. */
interface RuleSet {
  base: string;
  rules: ReturnType<typeof ignore>;
}

/**
 * The nearest .claimcheckignore in `cwd` or a folder above it (not above `stopAt`), as git finds a
 * .gitignore for the folder it is in.
 */
export function findIgnoreFile(cwd: string, stopAt: string | undefined): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, IGNORE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dir === stopAt || path.dirname(dir) === dir) return undefined;
  }
}

/** `abs` relative to `base` with forward slashes, or null when it is not inside `base`. */
function inside(base: string, abs: string): string | null {
  const rel = path.relative(base, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/**
 * Loads the ignore rules of a run. The .claimcheckignore file's patterns are relative to its own
 * folder and the config's to the config file's folder, so that a run started in a subfolder
 * excludes what a run from the top does. A .claimcheckignore that cannot be read is an error
 * (named as the user would find it), and the run goes on without it.
 */
export function loadIgnoreRules(settings: IgnoreSettings): { rules: IgnoreRules; errors: { file: string; error: FileError }[] } {
  const cwd = path.resolve(settings.cwd);
  const patternsBase = path.resolve(settings.patternsBase ?? cwd);
  const errors: { file: string; error: FileError }[] = [];
  const sets: RuleSet[] = [];
  const setFor = (base: string): RuleSet => {
    let set = sets.find((s) => s.base === base);
    if (!set) sets.push((set = { base, rules: ignore() }));
    return set;
  };
  const file = findIgnoreFile(cwd, settings.stopAt && path.resolve(settings.stopAt));
  if (file) {
    try {
      setFor(path.dirname(file)).rules.add(readRegularText(file, MAX_BYTES.ignoreFile));
    } catch (err) {
      const error = fileReadError(err);
      if (!(error instanceof FileReadError && error.code === 'not-found')) {
        errors.push({ file: inside(cwd, file) ?? path.relative(cwd, file).split(path.sep).join('/'), error: error.fileError });
      }
    }
  }
  // Added after the file's: with one base, a config pattern can re-include what the file excludes.
  if (settings.patterns && settings.patterns.length > 0) setFor(patternsBase).rules.add([...settings.patterns]);
  return {
    rules: {
      ignores(abs, dir) {
        return sets.some(({ base, rules }) => {
          const rel = inside(base, abs);
          return rel !== null && rules.ignores(dir ? `${rel}/` : rel);
        });
      },
    },
    errors,
  };
}
