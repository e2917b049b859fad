// The archive on disk against the index: which files are as indexed (by size and mtime, else by content hash), changed, added or gone.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Input } from '../input/collect.js';
import type { FileRow } from './store.js';

/** sha256 of a decoded text: what the index records of a file's content. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface FileStat {
  size: number;
  mtime: number;
}

export interface Comparison {
  /** Files as indexed. */
  same: number;
  /** Same content, another size or mtime (a checkout touches every file): nothing to read again. */
  touched: { path: string; stat: FileStat }[];
  /** Content other than indexed, or a file the index does not hold: to be read. */
  changed: Input[];
  added: Input[];
  /** Indexed files no longer listed. */
  gone: string[];
  /** Size and mtime of every file to be read. */
  stats: Map<string, FileStat>;
}

/** One stat; undefined when the file cannot be stat'ed (then it is read, and its error reported as a full run would). */
function statOf(cwd: string, file: string): FileStat | undefined {
  try {
    const st = statSync(path.resolve(cwd, file));
    return { size: st.size, mtime: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * Compares the listed archive with the index's rows. A file whose size and mtime are as indexed is taken
 * as indexed; any other is read and its content hash compared. Files in `skip` (the new articles,
 * checked from their text anyway) are left out.
 */
export async function compareArchive(inputs: readonly Input[], rows: ReadonlyMap<string, FileRow>, cwd: string, skip: ReadonlySet<string> = new Set()): Promise<Comparison> {
  const result: Comparison = { same: 0, touched: [], changed: [], added: [], gone: [], stats: new Map() };
  const listed = new Set<string>();
  for (const input of inputs) {
    listed.add(input.file);
    if (skip.has(input.file)) continue;
    const row = rows.get(input.file);
    const stat = statOf(cwd, input.file);
    if (stat) result.stats.set(input.file, stat);
    if (!row) {
      result.added.push(input);
      continue;
    }
    if (stat && row.size === stat.size && row.mtime === stat.mtime) {
      result.same++;
      continue;
    }
    const read = await input.read();
    if (stat && 'text' in read && row.hash === textHash(read.text)) result.touched.push({ path: input.file, stat });
    else result.changed.push(input);
  }
  for (const file of rows.keys()) if (!listed.has(file) && !skip.has(file)) result.gone.push(file);
  result.gone.sort();
  return result;
}

/** "a.md (changed), b.md (added) and 3 more": what differs, for a message. */
export function describeDifferences(c: Comparison, most = 5): string {
  const all = [...c.changed.map((i) => `${i.file} (changed)`), ...c.added.map((i) => `${i.file} (not indexed)`), ...c.gone.map((f) => `${f} (gone)`)];
  const shown = all.slice(0, most).join(', ');
  return all.length > most ? `${shown} and ${all.length - most} more` : shown;
}
