// Reading inputs: resolves files, folders, globs and stdin to decoded texts; the only module that touches the file system for inputs.

import { closeSync, fstatSync, openSync, promises as fsp, readFileSync, readSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { detached } from '../extract/places.js';
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
  /** Gitignore-syntax patterns (from config and .claimcheckignore), relative to cwd. */
  ignore?: string[];
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
export const IGNORE_FILE = '.claimcheckignore';
/** Bytes scanned for a NUL byte to call a file binary, as ripgrep does. */
const BINARY_SNIFF_BYTES = 8192;
/** Parallel file reads. */
export const READ_CONCURRENCY = 8;

// ---------------------------------------------------------------------------
// Decoding

/**
 * Decodes a file's bytes to text. Pure. UTF-16 LE/BE with a BOM are decoded; a UTF-8 BOM is
 * stripped; a NUL byte in the first 8 KiB means binary; anything else must be valid UTF-8.
 */
export function decodeText(bytes: Buffer): { text: string } | { error: FileError } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'be');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { error: binaryError() };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const offset = bad + (bytes.length - body.length); // counted in the file, BOM included
    const where = bad >= 0 ? ` (line ${lineAt(bytes, offset)}, byte ${offset})` : '';
    return { error: { code: 'invalid-utf8', message: `not valid UTF-8 text${where}; save the file as UTF-8` } };
  }
}

function decodeUtf16(body: Buffer, order: 'le' | 'be'): { text: string } | { error: FileError } {
  const label = order === 'le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (body.length % 2 !== 0) {
    return { error: { code: 'invalid-utf16', message: `not valid ${label} text (odd number of bytes)` } };
  }
  const units = Buffer.from(body); // a copy: swap16 works in place
  if (order === 'be') units.swap16();
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(units);
  } catch {
    return { error: { code: 'invalid-utf16', message: `not valid ${label} text (unpaired surrogate)` } };
  }
  // A NUL character in decoded text is as binary as a NUL byte in UTF-8.
  if (text.slice(0, BINARY_SNIFF_BYTES / 2).includes('\0')) return { error: binaryError() };
  return { text };
}

function binaryError(): FileError {
  return { code: 'binary', message: 'binary file skipped (it contains NUL bytes)' };
}

/** Offset of the first byte that breaks UTF-8 (WHATWG rules), or -1. Only called after a decode failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return i; // truncated at the end
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

// ---------------------------------------------------------------------------
// Globs

const GLOB_CHARS = /[*?{]/;

function hasGlobChars(s: string): boolean {
  return GLOB_CHARS.test(s);
}

type GlobNode =
  | { kind: 'char'; c: string }
  | { kind: 'one' } // `?`: one character but `/`
  | { kind: 'star' } // `*`: a run of characters without `/`
  | { kind: 'dirs' } // `**/`: zero or more folders
  | { kind: 'all' } // trailing `**`: anything
  | { kind: 'alt'; options: GlobNode[][] }; // `{a,b}`

/** Parses `*`, `**`, `?`, `{a,b}` (nested) and `\` escapes; an unbalanced brace is literal. */
function parseGlob(glob: string): GlobNode[] {
  const chars = Array.from(glob); // code points, as the matcher reads paths
  // Pair up balanced braces first.
  const closeOf = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\\') i++;
    else if (ch === '{') stack.push(i);
    else if (ch === '}' && stack.length > 0) closeOf.set(stack.pop()!, i);
  }
  // Parses chars[from, to) into a list of options split at top-level commas (when inBraces).
  const parse = (from: number, to: number, inBraces: boolean): GlobNode[][] => {
    const options: GlobNode[][] = [[]];
    let seq = options[0]!;
    const atSegmentStart = (i: number): boolean => i === from || chars[i - 1] === '/' || (inBraces && chars[i - 1] === ',');
    for (let i = from; i < to; i++) {
      const ch = chars[i]!;
      if (ch === '\\' && i + 1 < to) {
        seq.push({ kind: 'char', c: chars[++i]! });
      } else if (ch === '*') {
        let j = i;
        while (j + 1 < to && chars[j + 1] === '*') j++;
        const next = j + 1 < to ? chars[j + 1] : undefined;
        const endsSegment = next === undefined || next === '/' || (inBraces && next === ',');
        if (j > i && atSegmentStart(i) && endsSegment) {
          if (next === '/') {
            seq.push({ kind: 'dirs' });
            j++;
          } else {
            seq.push({ kind: 'all' });
          }
        } else if (seq[seq.length - 1]?.kind !== 'star') {
          seq.push({ kind: 'star' });
        }
        i = j;
      } else if (ch === '?') {
        seq.push({ kind: 'one' });
      } else if (ch === '{' && closeOf.has(i)) {
        const close = closeOf.get(i)!;
        seq.push({ kind: 'alt', options: parse(i + 1, close, true) });
        i = close;
      } else if (ch === ',' && inBraces) {
        seq = [];
        options.push(seq);
      } else {
        seq.push({ kind: 'char', c: ch });
      }
    }
    return options;
  };
  return parse(0, chars.length, false)[0]!;
}

type NfaState =
  | { kind: 'char'; c: string; next: number }
  | { kind: 'noslash' | 'any'; next: number }
  | { kind: 'split'; outs: number[] }
  | { kind: 'match' };

/**
 * Compiles a glob (`*`, `**`, `?`, `{a,b}`, `\` escapes) into a matcher for `/`-separated relative
 * paths. The glob becomes a Thompson NFA (size linear in the pattern) simulated without
 * backtracking, so matching takes O(pattern × path) time whatever the pattern.
 */
export function compileGlob(glob: string): (relPath: string) => boolean {
  const states: NfaState[] = [{ kind: 'match' }];
  const add = (s: NfaState): number => states.push(s) - 1;
  const loop = (kind: 'noslash' | 'any', next: number): number => {
    const split = add({ kind: 'split', outs: [] });
    const body = add({ kind, next: split });
    (states[split] as { outs: number[] }).outs = [body, next];
    return split;
  };
  // Builds `seq` backwards so each node knows its successor.
  const build = (seq: GlobNode[], next: number): number => {
    let cur = next;
    for (let k = seq.length - 1; k >= 0; k--) {
      const node = seq[k]!;
      switch (node.kind) {
        case 'char':
          cur = add({ kind: 'char', c: node.c, next: cur });
          break;
        case 'one':
          cur = add({ kind: 'noslash', next: cur });
          break;
        case 'star':
          cur = loop('noslash', cur);
          break;
        case 'all':
          cur = loop('any', cur);
          break;
        case 'dirs': {
          // (?:[^/]*/)*
          const split = add({ kind: 'split', outs: [] });
          const slash = add({ kind: 'char', c: '/', next: split });
          (states[split] as { outs: number[] }).outs = [loop('noslash', slash), cur];
          cur = split;
          break;
        }
        case 'alt':
          cur = add({ kind: 'split', outs: node.options.map((o) => build(o, cur)) });
          break;
      }
    }
    return cur;
  };
  const start = build(parseGlob(glob), 0);

  const closure = (from: number[]): Set<number> => {
    const seen = new Set<number>();
    const todo = [...from];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const st = states[s]!;
      if (st.kind === 'split') todo.push(...st.outs);
    }
    return seen;
  };
  return (relPath: string): boolean => {
    let current = closure([start]);
    for (const ch of relPath) {
      const next: number[] = [];
      for (const s of current) {
        const st = states[s]!;
        if (st.kind === 'char' ? st.c === ch : st.kind === 'any' || (st.kind === 'noslash' && ch !== '/')) {
          next.push((st as { next: number }).next);
        }
      }
      if (next.length === 0) return false;
      current = closure(next);
    }
    return current.has(0);
  };
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

/** The cwd-relative path the ignore rules test, or null when outside cwd. */
function ignorePath(cwd: string, abs: string): string | null {
  const rel = path.relative(cwd, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return toSlashes(rel);
}

function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function formatMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const s = mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb * 10) / 10) : mb.toFixed(1);
  return `${s.replace(/\.0$/, '')} MB`;
}

// ---------------------------------------------------------------------------
// File-system errors in plain words

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** The OS reason without the errno prefix, the syscall or the path: "EIO: i/o error, read" → "i/o error". */
function osReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^[A-Z0-9_]+: (.*?)(?:, [a-z_]+(?: '.*')?)?$/s.exec(message);
  return (m ? m[1]! : message).split('\n')[0]!;
}

function fsError(err: unknown): FileError {
  switch (errnoCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found', message: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: 'permission denied' };
    case 'ELOOP':
      return { code: 'symlink-loop', message: 'symbolic link loop (too many levels of symbolic links)' };
    default:
      return { code: 'unreadable', message: `could not read: ${osReason(err)}` };
  }
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
    readonly ig: ReturnType<typeof ignore>,
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
    const rel = ignorePath(this.cwd, abs);
    return rel !== null && this.ig.ignores(dir ? `${rel}/` : rel);
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
      this.error(file, { code: 'unreadable', message: 'not a regular file or folder' });
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
    let walk: WalkResult = { excluded: false, found: 0 };
    try {
      if ((await fsp.stat(baseAbs)).isDirectory()) walk = await this.walk(baseAbs, compileGlob(rest), maxDepth);
    } catch {
      // A missing base folder simply matches nothing.
    }
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
        let real = path.join(dirReal, name);
        if (entry.isSymbolicLink()) {
          try {
            const st = await fsp.stat(abs);
            isDir = st.isDirectory();
            isFile = st.isFile();
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
 * Reads one file. Synchronous calls: for the small files articles are, four promise round trips
 * through the thread pool (open, stat, read, close) cost more than the reading itself.
 */
async function readOne(abs: string, maxFileBytes: number): Promise<{ text: string } | { error: FileError }> {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    if (size > maxFileBytes) return { error: tooLarge(size, maxFileBytes) };
    return decodeText(readKnownSize(fd, size));
  } catch (err) {
    return { error: fsError(err) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing was lost: the text is read
      }
    }
  }
}

/**
 * Reads an open file whose size one fstat gave, as readFileSync(fd) would but without a second fstat. A
 * size of 0 may be a file whose size the system does not know (/proc): then readFileSync reads to the end.
 */
function readKnownSize(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, bytes, done, size - done, null);
    if (n === 0) break;
    done += n;
  }
  return done === size ? bytes : bytes.subarray(0, done);
}

function tooLarge(size: number, limit: number): FileError {
  return { code: 'too-large', message: `file too large (${formatMB(size)}; the limit is ${formatMB(limit)})` };
}

async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function loadIgnore(cwd: string, patterns: readonly string[], errors: InputError[]): Promise<ReturnType<typeof ignore>> {
  const ig = ignore();
  try {
    ig.add(await fsp.readFile(path.join(cwd, IGNORE_FILE), 'utf8'));
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') errors.push({ file: IGNORE_FILE, error: fsError(err) });
  }
  ig.add([...patterns]);
  return ig;
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
  const setupErrors: InputError[] = [];
  const ig = await loadIgnore(cwd, options.ignore ?? [], setupErrors);
  const collector = new Collector(cwd, options.extensions ?? DEFAULT_EXTENSIONS, ig);
  collector.errors.push(...setupErrors);
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
      result = bytes.length > maxFileBytes ? { error: tooLarge(bytes.length, maxFileBytes) } : decodeText(bytes);
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
