// Opening the files claimcheck reads (articles, config, packs, cache, baseline, ignore files): regular files only, size-capped, never blocking.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { FileError } from '../types.js';

/**
 * Why a file could not be read, in plain words; `code` is the report's machine-readable reason.
 * Thrown by `openRegularFile` and `readRegularFile`, never a user's stack trace.
 */
export class FileReadError extends Error {
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'not-regular' | 'too-large' | 'symlink-loop',
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }

  get fileError(): FileError {
    return { code: this.code, message: this.message };
  }
}

const MiB = 1024 * 1024;

/**
 * Size limits of claimcheck's own files (articles have theirs, 10 MB by default): far above any real
 * file, they stop a file that is not what it claims to be from filling the memory.
 */
export const MAX_BYTES = {
  /** A config is a few lines of options. */
  config: MiB,
  /** The built-in pack is about 20 KB; a pack of 50,000 entities (the most one may hold) about 5 MB. */
  pack: 8 * MiB,
  /** About 500 bytes per accepted conflict. */
  baseline: 64 * MiB,
  /** .claimcheckignore: thousands of patterns. */
  ignoreFile: MiB,
  /** The --cache file: its entries are held in memory, and V8 cannot hold much more anyway. */
  cache: 2048 * MiB,
} as const;

/**
 * Opened without blocking: a named pipe with no writer, a terminal or a device that would wait for
 * data returns at once instead of hanging the run (O_NONBLOCK is ignored by regular files).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** The OS reason without the errno prefix, the syscall or the path: "EIO: i/o error, read" → "i/o error". */
export function osReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^[A-Z0-9_]+: (.*?)(?:, [a-z_]+(?: '.*')?)?$/s.exec(message);
  return (m ? m[1]! : message).split('\n')[0]!;
}

/** A file-system error in plain words. */
export function fileReadError(err: unknown): FileReadError {
  if (err instanceof FileReadError) return err;
  switch (errnoCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileReadError('not-found', 'no such file or folder');
    case 'EACCES':
    case 'EPERM':
      return new FileReadError('unreadable', 'permission denied');
    case 'ELOOP':
      return new FileReadError('symlink-loop', 'symbolic link loop (too many levels of symbolic links)');
    case 'EISDIR':
      return new FileReadError('not-regular', 'is a folder, not a file');
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return new FileReadError('not-regular', 'not a regular file (reading it would wait for data)');
    default:
      return new FileReadError('unreadable', `could not read: ${osReason(err)}`);
  }
}

/** What a file that is not a regular file is, for its error. */
export function kindOf(st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export function formatMB(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const s = mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb * 10) / 10) : mb.toFixed(1);
  return `${s.replace(/\.0$/, '')} MB`;
}

export function tooLarge(size: number, limit: number, more = false): FileReadError {
  return new FileReadError('too-large', `file too large (${more ? 'over ' : ''}${formatMB(size)}; the limit is ${formatMB(limit)})`);
}

/**
 * Opens `file` (symbolic links followed) for reading if it is a regular file of at most `maxBytes`
 * bytes, and returns its descriptor; the caller closes it. The type is checked on the open
 * descriptor (fstat), so a link swapped between a check and the open cannot slip a device in.
 */
export function openRegularFile(file: string, maxBytes: number): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    throw fileReadError(err);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileReadError('not-regular', 'is a folder, not a file');
    if (!st.isFile()) throw new FileReadError('not-regular', `not a regular file (${kindOf(st)})`);
    if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    return { fd, size: st.size };
  } catch (err) {
    closeQuietly(fd);
    throw fileReadError(err);
  }
}

/**
 * Reads at most `length` bytes from an open descriptor into a new buffer, until end of file; a file
 * that gives more than `maxBytes` (one that grew, or a /proc file whose size reads as 0) is too large.
 */
export function readAll(fd: number, sizeHint: number, maxBytes: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, sizeHint) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(maxBytes, maxBytes, true);
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(2 * buffer.length, 64 * 1024)));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (err) {
      throw fileReadError(err);
    }
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) throw tooLarge(length, maxBytes, true);
  return buffer.subarray(0, length);
}

/** The bytes of `file` if it is a regular file of at most `maxBytes` bytes; else a FileReadError. */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const { fd, size } = openRegularFile(file, maxBytes);
  try {
    return readAll(fd, size, maxBytes);
  } finally {
    closeQuietly(fd);
  }
}

/** `readRegularFile` as UTF-8 text (a BOM dropped); for claimcheck's own files: config, packs, baseline, ignore files. */
export function readRegularText(file: string, maxBytes: number): string {
  const text = readRegularFile(file, maxBytes).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // nothing was lost: the bytes are read
  }
}
