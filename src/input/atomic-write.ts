// Owns writing files whole or not at all: a temporary file beside the target, then a rename (the
// report of -o, the baseline of --write-baseline, the cache), and the list of temporary files that
// exist right now, so that a signal handler can remove them. A device or a pipe (-o /dev/null) is
// written into, never replaced.
import { closeSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Temporary files written but not yet renamed. */
const temps = new Set<string>();

/** The temporary file used for `file`: beside it (same folder, so the rename is atomic), named by the process. */
export function tempPathFor(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/**
 * Writes `chunks` to `file` through a temporary file beside it, then renames it over `file`: a
 * reader sees the old content or the new, never a part; a failure (a full disk, a file size limit)
 * leaves the old file as it was and no temporary file. `mkdir` creates the folder first. Throws the
 * file system's error.
 */
export function writeFileAtomic(target: string, chunks: Iterable<string | Buffer>, options: { mkdir?: boolean } = {}): void {
  const kind = existingKind(target);
  // "-o /dev/null", "-o /dev/stdout", a named pipe: a device or a pipe is written into, never replaced by a file.
  if (kind === 'special') return writeInto(target, chunks);
  // A link to a file: the file it points at is replaced, the link stays.
  const file = kind === 'file' ? realpathSync(target) : target;
  const temp = tempPathFor(file);
  let fd: number | undefined;
  temps.add(temp);
  try {
    if (options.mkdir) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fd = openSync(temp, 'w');
    writeChunks(fd, chunks);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  } finally {
    temps.delete(temp);
  }
}

/** What stands at `file` now: nothing, a regular file (or a link to one), or something else (a device, a pipe, a socket). */
function existingKind(file: string): 'none' | 'file' | 'special' {
  try {
    const st = statSync(file);
    return st.isFile() || st.isDirectory() ? 'file' : 'special';
  } catch {
    return 'none';
  }
}

/** Writes `chunks` straight into a device or a pipe. */
function writeInto(file: string, chunks: Iterable<string | Buffer>): void {
  const fd = openSync(file, 'w');
  try {
    writeChunks(fd, chunks);
  } finally {
    closeSync(fd);
  }
}

/** Writes every byte of `chunks` to an open file. */
function writeChunks(fd: number, chunks: Iterable<string | Buffer>): void {
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  }
}

/** Removes the temporary files being written now (for a signal handler); never throws. */
export function removeTempFiles(): void {
  for (const temp of temps) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done while the process is stopping.
    }
  }
  temps.clear();
}
