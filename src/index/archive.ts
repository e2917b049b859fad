// The archive on disk against the index: which files are as indexed (by size and mtime, else by content hash), changed, added or gone.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Input, InputError } from '../input/collect.js';
import { changedSince } from './git.js';
import type { FileRow, IndexMeta } from './store.js';

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
 * Puts one listed file in its place in `result`: added (not indexed), the same (by size and mtime, when
 * `trustStat`), touched (same content, other stat) or changed (read, and its content hash differs).
 */
async function compareOne(input: Input, rows: ReadonlyMap<string, FileRow>, cwd: string, trustStat: boolean, result: Comparison): Promise<void> {
  const row = rows.get(input.file);
  const stat = statOf(cwd, input.file);
  if (stat) result.stats.set(input.file, stat);
  if (!row) {
    result.added.push(input);
    return;
  }
  if (trustStat && stat && row.size === stat.size && row.mtime === stat.mtime) {
    result.same++;
    return;
  }
  const read = await input.read();
  if (stat && 'text' in read && row.hash === textHash(read.text)) result.touched.push({ path: input.file, stat });
  else result.changed.push(input);
}

const emptyComparison = (): Comparison => ({ same: 0, touched: [], changed: [], added: [], gone: [], stats: new Map() });

/**
 * Compares the listed archive with the index's rows. A file whose size and mtime are as indexed is taken
 * as indexed; any other is read and its content hash compared. Files in `skip` (the new articles,
 * checked from their text anyway) are left out.
 */
export async function compareArchive(inputs: readonly Input[], rows: ReadonlyMap<string, FileRow>, cwd: string, skip: ReadonlySet<string> = new Set()): Promise<Comparison> {
  const result = emptyComparison();
  const listed = new Set<string>();
  for (const input of inputs) {
    listed.add(input.file);
    if (!skip.has(input.file)) await compareOne(input, rows, cwd, true, result);
  }
  for (const file of rows.keys()) if (!listed.has(file) && !skip.has(file)) result.gone.push(file);
  result.gone.sort();
  return result;
}

/**
 * Compares only the files git says may have changed (`paths`) with the index: those listed are read and
 * hashed, those not listed but indexed are gone; every other indexed file (of `total`) is as indexed. `rows`
 * needs to hold only the rows of `paths` and of the files in `skip`.
 */
export async function compareChanged(
  inputs: readonly Input[],
  rows: ReadonlyMap<string, FileRow>,
  total: number,
  paths: readonly string[],
  cwd: string,
  skip: ReadonlySet<string>,
): Promise<Comparison> {
  const result = emptyComparison();
  const listed = new Set<string>();
  for (const input of inputs) {
    if (listed.has(input.file) || skip.has(input.file)) continue;
    listed.add(input.file);
    await compareOne(input, rows, cwd, false, result);
  }
  for (const p of paths) if (rows.has(p) && !listed.has(p) && !skip.has(p)) result.gone.push(p);
  const looked = new Set([...listed, ...skip].filter((f) => rows.has(f)));
  result.same = total - looked.size - result.gone.length;
  return result;
}

/** `name` as a literal piece of a glob (src/input/collect.ts): its glob characters escaped. */
const literal = (name: string) => name.replace(/[\\*?{}[\],]/g, (c) => `\\${c}`);

/**
 * What to list so that only `paths` are looked at, by the same rules as a walk of the roots (extensions, ignore
 * files, no dot-folders): a root named as a file as it is; a folder to walk; a file as a glob matching only
 * itself in its folder, so that the walk's rules decide whether it is an article.
 */
export function listingOf(paths: readonly string[], roots: readonly string[]): string[] {
  return paths.map((p) => {
    if (p.endsWith('/') || roots.includes(p)) return p;
    const slash = p.lastIndexOf('/');
    // `{name,name}`: a glob (picomatch takes `{name}`, one alternative, as literal text) that matches only the name.
    const name = literal(p.slice(slash + 1));
    return `${slash === -1 ? '' : `${p.slice(0, slash).split('/').map(literal).join('/')}/`}{${name},${name}}`;
  });
}

/** "a.md (changed), b.md (added) and 3 more": what differs, for a message. */
export function describeDifferences(c: Comparison, most = 5): string {
  const all = [...c.changed.map((i) => `${i.file} (changed)`), ...c.added.map((i) => `${i.file} (not indexed)`), ...c.gone.map((f) => `${f} (gone)`)];
  const shown = all.slice(0, most).join(', ');
  return all.length > most ? `${shown} and ${all.length - most} more` : shown;
}

export interface ArchiveState {
  comparison: Comparison;
  /** What was listed: the whole archive, or only what git says changed (then no listing errors). */
  listing: { inputs: Input[]; errors: InputError[] };
  /** The index's rows: all of them, or (`partial`) those of the files looked at and of the files with errors. */
  rows: Map<string, FileRow>;
  partial: boolean;
  /** The commit git compared the archive with, when it did. */
  viaGit?: string;
  /** Why the archive was compared file by file although the index records a commit. */
  noGit?: string;
}

/** The index's rows: every one, or those at `paths` and those with errors. */
export type RowLoader = (paths?: readonly string[]) => Promise<FileRow[]>;

/**
 * The archive on disk against the index: what git says changed since the index's commit, when the index
 * records one for these roots and this listing (a clean checkout at update time); else every file listed and
 * compared (by size and mtime, then by content). `list` lists paths as a full run does; `skip` are files
 * checked from their text anyway (the new articles); `allRows` loads every row even where git tells.
 */
export async function compareWithIndex(
  meta: IndexMeta | undefined,
  rowsOf: RowLoader,
  total: () => Promise<number>,
  options: { cwd: string; roots: string[]; listingKey: string; list: (paths: string[]) => Promise<{ inputs: Input[]; errors: InputError[] }>; skip?: ReadonlySet<string>; allRows?: boolean },
): Promise<ArchiveState> {
  const skip = options.skip ?? new Set<string>();
  const byPath = (rows: FileRow[]) => new Map(rows.map((r) => [r.path, r]));
  const sameArchive = meta?.git && meta.listing === options.listingKey && JSON.stringify(meta.roots) === JSON.stringify(options.roots);
  const git = sameArchive ? await changedSince(meta.git!, options.cwd, options.roots) : undefined;
  if (git && 'paths' in git) {
    const listing = { inputs: git.paths.length > 0 ? (await options.list(listingOf(git.paths, options.roots))).inputs : [], errors: [] };
    const rows = byPath(await rowsOf(options.allRows ? undefined : [...git.paths, ...listing.inputs.map((i) => i.file), ...skip]));
    const comparison = await compareChanged(listing.inputs, rows, options.allRows ? rows.size : await total(), git.paths, options.cwd, skip);
    return { comparison, listing, rows, partial: !options.allRows, viaGit: meta!.git!.commit };
  }
  const rows = byPath(await rowsOf());
  const listing = await options.list(options.roots);
  const comparison = await compareArchive(listing.inputs, rows, options.cwd, new Set([...skip, ...listing.errors.map((e) => e.file)]));
  return { comparison, listing, rows, partial: false, ...(git && 'reason' in git ? { noGit: git.reason } : {}) };
}
