// Reading inputs: resolves files, folders, globs and stdin to decoded texts; the only module that touches the file system for inputs.

import { promises as fsp } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { detached } from '../extract/places.js';
import { decodeText } from './decode.js';
import { IGNORE_FILE, loadIgnoreRules, type IgnoreRules } from './ignore-rules.js';
import { fileReadError, kindOf, osReason, readRegularFile, tooLarge } from './regular-file.js';
import type { SourceText, FileError } from '../types.js';

export interface InputError {
  /** The path as the user would recognise it (relative to cwd, forward slashes). */
  file: string;
  error: FileError;
}

export interface ReadOptions {
  /** Default process.cwd(). */
  cwd?: string;
  /** Files picked up when walking folders or globbing; default ['.md', '.markdown', '.mdx', '.txt']. */
  extensions?: string[];
  /** Gitignore-syntax patterns (the config's), relative to `ignoreBase`; the nearest .claimcheckignore is read too. */
  ignore?: string[];
  /** The folder `ignore` patterns are relative to: the config file's folder (default cwd); no .claimcheckignore above it is read. */
  ignoreBase?: string;
  /** Default 10 MiB; larger files give the error 'too-large'. */
  maxFileBytes?: number;
  /** Used for the path '-'; default reads process.stdin. */
  readStdin?: () => Promise<Buffer>;
  /** Name used for '-' (default '<stdin>'). */
  stdinFilename?: string;
}

export interface ReadResult {
  sources: SourceText[];
  errors: InputError[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx', '.txt'];
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Parallel file reads. */
export const READ_CONCURRENCY = 8;

// ---------------------------------------------------------------------------
// Globs

/** Characters that make a path that does not exist as written a glob (escaped ones too). */
const GLOB_CHARS = /[*?[\]{}]/;

function hasGlobChars(s: string): boolean {
  return GLOB_CHARS.test(s);
}

/**
 * Wildcards (`*` runs, `?`, `[…]`) allowed in one folder or file name of a glob. picomatch compiles
 * a glob to a backtracking RegExp: k wildcards in a name cost up to n^k steps on an n-character
 * name, and names come from the checkout (a pull request's files). Three keep a 255-character name
 * to a few million steps; real globs use one or two.
 */
export const MAX_WILDCARDS_PER_NAME = 3;

/** Why a glob is refused, or null: too many wildcards in one of its names. */
export function globProblem(glob: string): string | null {
  for (const name of glob.split('/')) {
    if (name === '**') continue;
    const wildcards = (name.replace(/\\./g, '').match(/\*+|\?|\[/g) ?? []).length;
    if (wildcards > MAX_WILDCARDS_PER_NAME) {
      return `glob too complex: ${wildcards} wildcards in "${name.length > 40 ? `${name.slice(0, 40)}…` : name}" (at most ${MAX_WILDCARDS_PER_NAME} in one folder or file name)`;
    }
  }
  return null;
}

/**
 * Compiles a glob (picomatch: `*`, `**`, `?`, `[…]`, `{a,b}`, `\` escapes; extglobs off, so `+(x)`
 * is literal as in a shell without extglob) into a matcher for `/`-separated relative paths. Dot
 * files match `*`: which folders are walked is the walker's business (it skips dot-folders).
 * Throws on a glob that `globProblem` refuses.
 */
export function compileGlob(glob: string): (relPath: string) => boolean {
  const problem = globProblem(glob);
  if (problem) throw new Error(problem);
  return picomatch(glob, { dot: true, noextglob: true });
}

// ---------------------------------------------------------------------------
// Paths

/** Compares `/`-separated paths segment by segment, by code unit (locale-independent). */
function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    if (as[i] !== bs[i]) return as[i]! < bs[i]! ? -1 : 1;
  }
  return as.length - bs.length;
}

function toSlashes(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** Relative to cwd with forward slashes, or absolute when outside cwd. */
function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return toSlashes(abs);
  return toSlashes(rel);
}


function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}


// ---------------------------------------------------------------------------
// File-system errors in plain words

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

function fsError(err: unknown): FileError {
  return fileReadError(err).fileError;
}

// ---------------------------------------------------------------------------
// Collecting candidate files

interface Candidate {
  abs: string;
  /** For de-duplication: the same file reached twice is read once. */
  real: string;
  file: string;
}

interface WalkResult {
  /** Files with a wanted extension that ignore rules excluded. */
  excluded: boolean;
  found: number;
}

class Collector {
  readonly candidates: Candidate[] = [];
  readonly errors: InputError[] = [];
  readonly extensions: string[];
  stdin = false;

  constructor(
    readonly cwd: string,
    extensions: readonly string[],
    readonly ignoreRules: IgnoreRules,
  ) {
    this.extensions = extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  }

  error(file: string, error: FileError): void {
    this.errors.push({ file, error });
  }

  noFiles(file: string, walk: WalkResult): void {
    const what = `no ${formatList(this.extensions)} files found`;
    const why = walk.excluded ? ` (matching files are excluded by ${IGNORE_FILE} or ignore settings)` : '';
    this.error(file, { code: 'no-files', message: what + why });
  }

  hasExtension(name: string): boolean {
    const lower = name.toLowerCase();
    return this.extensions.some((e) => lower.endsWith(e) && lower.length > e.length);
  }

  isIgnored(abs: string, dir: boolean): boolean {
    return this.ignoreRules.ignores(abs, dir);
  }

  async add(arg: string): Promise<void> {
    if (arg === '-') {
      this.stdin = true;
      return;
    }
    if (arg === '') {
      this.error(arg, { code: 'not-found', message: 'empty path' });
      return;
    }
    const abs = path.resolve(this.cwd, arg);
    let st: Stats;
    try {
      st = await fsp.stat(abs);
    } catch (err) {
      // A path that does not exist as written but has glob characters is a glob.
      const code = errnoCode(err);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && hasGlobChars(arg)) return this.addGlob(arg);
      this.error(displayPath(this.cwd, abs), fsError(err));
      return;
    }
    const file = displayPath(this.cwd, abs);
    if (st.isFile()) {
      this.candidates.push({ abs, real: await realpathOr(abs), file });
    } else if (st.isDirectory()) {
      const walk = await this.walk(abs, null, Infinity);
      if (walk.found === 0) this.noFiles(file, walk);
    } else {
      this.error(file, { code: 'not-regular', message: `not a regular file or folder (${kindOf(st)})` });
    }
  }

  async addGlob(pattern: string): Promise<void> {
    const glob = toSlashes(pattern).replace(/^(?:\.\/)+/, '');
    const segments = glob.split('/');
    let literal = 0;
    while (literal < segments.length - 1 && !hasGlobChars(segments[literal]!) && !segments[literal]!.includes('\\')) literal++;
    const base = segments.slice(0, literal).join('/') || (glob.startsWith('/') ? '/' : '.');
    const rest = segments.slice(literal).join('/');
    // Folder depth the walk needs: unbounded with `**`, else at most one per `/` in the rest.
    const maxDepth = rest.includes('**') ? Infinity : (rest.match(/\//g)?.length ?? 0);
    const baseAbs = path.resolve(this.cwd, base);
    const problem = globProblem(rest);
    if (problem) {
      this.error(glob, { code: 'bad-glob', message: problem });
      return;
    }
    let walk: WalkResult = { excluded: false, found: 0 };
    let isFolder = false;
    try {
      isFolder = (await fsp.stat(baseAbs)).isDirectory();
    } catch {
      // A missing base folder simply matches nothing.
    }
    if (isFolder) walk = await this.walk(baseAbs, compileGlob(rest), maxDepth);
    if (walk.found === 0) this.noFiles(glob, walk);
  }

  /**
   * Walks `root` in sorted order, skipping node_modules, .git and dot-folders below the root,
   * following symbolic links and reporting loops (a folder whose real path is one of its own
   * ancestors). Files must have a wanted extension, match `match` (relative to root) if given, and
   * not be excluded by the ignore rules.
   */
  async walk(root: string, match: ((relPath: string) => boolean) | null, maxDepth: number): Promise<WalkResult> {
    const result: WalkResult = { excluded: false, found: 0 };
    const rootReal = await realpathOr(root);
    const visited = new Set<string>([rootReal]);

    const visit = async (dir: string, dirReal: string, rel: string, depth: number, ancestors: Map<string, string>): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch (err) {
        this.error(displayPath(this.cwd, dir), fsError(err));
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const name = entry.name;
        const abs = path.join(dir, name);
        const childRel = rel === '' ? name : `${rel}/${name}`;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let kind: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'> = entry;
        let real = path.join(dirReal, name);
        if (entry.isSymbolicLink()) {
          try {
            const st = await fsp.stat(abs);
            isDir = st.isDirectory();
            isFile = st.isFile();
            kind = st;
            real = await fsp.realpath(abs);
          } catch (err) {
            const code = errnoCode(err);
            if (code === 'ELOOP') this.error(displayPath(this.cwd, abs), fsError(err));
            else if (this.hasExtension(name) && (match === null || match(childRel)) && !this.isIgnored(abs, false)) {
              this.error(displayPath(this.cwd, abs), code === 'ENOENT' ? { code: 'not-found', message: 'broken symbolic link' } : fsError(err));
            }
            continue;
          }
        }
        if (isDir) {
          if (name === 'node_modules' || name.startsWith('.') || depth >= maxDepth) continue;
          if (this.isIgnored(abs, true)) {
            result.excluded = true;
            continue;
          }
          const ancestor = ancestors.get(real);
          if (ancestor !== undefined) {
            this.error(displayPath(this.cwd, abs), {
              code: 'symlink-loop',
              message: `symbolic link loop: leads back to ${ancestor}; not followed`,
            });
            continue;
          }
          if (visited.has(real)) continue; // reached again through another link: its files are already in
          visited.add(real);
          const inner = new Map(ancestors);
          inner.set(real, displayPath(this.cwd, abs));
          await visit(abs, real, childRel, depth + 1, inner);
        } else if (isFile) {
          if (!this.hasExtension(name) || (match !== null && !match(childRel))) continue;
          if (this.isIgnored(abs, false)) {
            result.excluded = true;
            continue;
          }
          result.found++;
          this.candidates.push({ abs, real, file: displayPath(this.cwd, abs) });
        } else if (this.hasExtension(name) && (match === null || match(childRel)) && !this.isIgnored(abs, false)) {
          // A named pipe, device or socket with an article's name (or a link to one) is never opened.
          this.error(displayPath(this.cwd, abs), { code: 'not-regular', message: `not a regular file (${kindOf(kind)})` });
        }
      }
    };

    await visit(root, rootReal, '', 0, new Map([[rootReal, displayPath(this.cwd, root)]]));
    return result;
  }
}

async function realpathOr(abs: string): Promise<string> {
  try {
    return await fsp.realpath(abs);
  } catch {
    return abs;
  }
}

// ---------------------------------------------------------------------------
// Reading

/**
 * Reads one file: a regular file of at most `maxFileBytes`, opened without blocking (see
 * regular-file.ts). Synchronous calls: for the small files articles are, four promise round trips
 * through the thread pool (open, stat, read, close) cost more than the reading itself.
 */
async function readOne(abs: string, maxFileBytes: number): Promise<{ text: string } | { error: FileError }> {
  try {
    return decodeText(readRegularFile(abs, maxFileBytes));
  } catch (err) {
    return { error: fsError(err) };
  }
}

async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}


/** One input to read: its name as the user knows it, and how to get its text (read when asked, not before). */
export interface Input {
  file: string;
  read(): Promise<{ text: string } | { error: FileError }>;
}

export interface InputList {
  /** Sorted by path and de-duplicated (the same real file reached twice is one input). */
  inputs: Input[];
  /** Problems found while resolving the paths (missing paths, empty folders, loops…), sorted. */
  errors: InputError[];
}

/** A file on disk: only its two names are held until it is read (a run may list 100,000 of them). */
class FileInput implements Input {
  readonly file: string;
  readonly #abs: string;
  readonly #maxFileBytes: number;

  constructor(file: string, abs: string, maxFileBytes: number) {
    this.file = detached(file);
    this.#abs = detached(abs);
    this.#maxFileBytes = maxFileBytes;
  }

  read(): Promise<{ text: string } | { error: FileError }> {
    return readOne(this.#abs, this.#maxFileBytes);
  }
}

/** Errors sorted, and the same problem reported once. */
function sortErrors(errors: InputError[]): InputError[] {
  const errorKeys = new Set<string>();
  return errors
    .sort((a, b) => comparePaths(a.file, b.file) || (a.error.code < b.error.code ? -1 : a.error.code > b.error.code ? 1 : 0))
    .filter((e) => {
      const key = `${e.file}\0${e.error.code}\0${e.error.message}`;
      return errorKeys.has(key) ? false : (errorKeys.add(key), true);
    });
}

/**
 * Resolves files, folders, globs and '-' (stdin) to the inputs to read, without reading any file
 * (stdin excepted, which can be read only once): a caller can then read them one at a time, so
 * that a run over 100,000 files never holds them all. Every problem is an `InputError`.
 */
export async function collectInputs(paths: string[], options: ReadOptions = {}): Promise<InputList> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignoring = loadIgnoreRules({ cwd, patterns: options.ignore, patternsBase: options.ignoreBase, stopAt: options.ignoreBase });
  const collector = new Collector(cwd, options.extensions ?? DEFAULT_EXTENSIONS, ignoring.rules);
  collector.errors.push(...ignoring.errors);
  for (const p of paths) await collector.add(p);

  // Sort, then keep the first path of each real file.
  const seen = new Set<string>();
  const inputs: Input[] = [...collector.candidates]
    .sort((a, b) => comparePaths(a.file, b.file))
    .filter((c) => (seen.has(c.real) ? false : (seen.add(c.real), true)))
    .map((c) => new FileInput(c.file, c.abs, maxFileBytes));

  if (collector.stdin) {
    const file = options.stdinFilename ?? '<stdin>';
    let result: { text: string } | { error: FileError };
    try {
      const bytes = await (options.readStdin ?? readProcessStdin)();
      result = bytes.length > maxFileBytes ? { error: tooLarge(bytes.length, maxFileBytes).fileError } : decodeText(bytes);
    } catch (err) {
      result = { error: { code: 'unreadable', message: `could not read standard input: ${osReason(err)}` } };
    }
    inputs.push({ file, read: async () => result });
    inputs.sort((a, b) => comparePaths(a.file, b.file));
  }
  return { inputs, errors: sortErrors(collector.errors) };
}

/**
 * Resolves files, folders, globs and '-' (stdin) to decoded texts, all read. Output is sorted by
 * path and de-duplicated; every problem with an input is an `InputError` and never stops the others.
 */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const { inputs, errors } = await collectInputs(paths, options);
  const results: ({ text: string } | { error: FileError })[] = new Array(inputs.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await inputs[i]!.read();
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, inputs.length) }, reader));

  const sources: SourceText[] = [];
  inputs.forEach((input, i) => {
    const r = results[i]!;
    if ('text' in r) sources.push({ file: input.file, text: r.text });
    else errors.push({ file: input.file, error: r.error });
  });
  return { sources, errors: sortErrors(errors) };
}
