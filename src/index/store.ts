// The claim index's storage contract: what the SQLite file (sqlite.ts) and the PostgreSQL server (postgres.ts) both hold and answer.
import type { FileError } from '../types.js';
import type { GitStamp } from './git.js';

/*
 * Tables (the same in both stores):
 *
 *   meta        the index's description (IndexMeta as JSON): format, claimcheck's version, pack hash, roots, commit
 *   versions    one row per file version (path, content hash): its count of stated claims and its errors
 *   files       the archive as indexed: path → its current version, with the size and mtime it had
 *   claims      a version's claims, stated (kind 0) and derived (kind 1), in reading order (seq), as JSON; in SQLite
 *               stored in order of their claimsOf key (`cluster`), so that the claims of one entity's attribute,
 *               which most groups a new article touches are made of, are read from neighbouring pages
 *   claim_keys  key → claim: every key a claim is found under (one per grouping, and one for claimsOf), with the
 *               claim's alike key (src/check/alike.ts), so that a gate reads one claim of those stated alike
 *   consults    which groups' rules consulted which claimsOf key (a key hash), recorded by running them
 *   alike_firsts  per key and alike key: how many claims, and the first (by kind, path in code points, place), kept
 *               by every write for the keys it touched, so that a gate reads one row per statement, not per claim
 *
 * A writer inserts the new versions and their claims, points `files` at them and drops versions no
 * file points at, all in one transaction, so that a reader sees one archive or the other, never half.
 */

/**
 * Bumped when the tables or the keys change (3: a relational figure's group is keyed by both its parties; 4: a
 * claim is keyed only under the groupings of rules that see it; 5: a key row holds its claim's alike key; 6: the
 * first and count of each key's claims stated alike are kept): an
 * index of another format is rebuilt by `index build`, refused by the gate.
 */
export const INDEX_FORMAT = 'claimcheck-index/6';

export interface IndexMeta {
  format: string;
  /** claimcheck's version: readings from another version are not trusted. */
  version: string;
  /** hashPack() of the merged pack the readings were made with. */
  packHash: string;
  /** The paths the archive was listed from, as given to `index build` (relative to its working directory). */
  roots: string[];
  /** A hash of what decides which files a listing finds (extensions, ignore settings and file). */
  listing: string;
  /** The commit the archive's files were indexed at, when git knew them exactly (src/index/git.ts). */
  git?: GitStamp;
  /** How many files the archive has, and their stated claims: what a report counts of files it does not list. */
  totals?: { files: number; claims: number };
}

/** One archived file as indexed. */
export interface FileRow {
  path: string;
  /** sha256 of the decoded text; '' for a file that could not be read. */
  hash: string;
  size: number;
  /** Modification time (ms) when indexed: with the size, what tells that a file may have changed without reading it. */
  mtime: number;
  /** Stated claims (what a report counts). */
  claims: number;
  errors: FileError[];
}

/** Where a stored claim is: its file version, stated (0) or derived (1), and its place in the reading. */
export interface ClaimRef {
  version: number;
  kind: number;
  seq: number;
  /** Where a store that clusters claims keeps it (SQLite: from its claimsOf key); absent where a store does not. */
  cluster?: number;
}

/** A claim found under a key. */
export interface KeyedRef extends ClaimRef {
  key: string;
}

/** The first of a key's claims stated alike (by kind, path in code point order, place), and how many there are. */
export interface AlikeRef extends KeyedRef {
  alike: string;
  count: number;
}

/** A stored claim: where it is, its file, and the claim as JSON. */
export interface StoredClaim extends ClaimRef {
  path: string;
  body: string;
}

export interface ClaimRow {
  kind: number;
  seq: number;
  body: string;
  /** Key hashes (src/index/keys.ts) the claim is found under. */
  keys: string[];
  /** Its claimsOf key hash (also among `keys`): a store may keep the claims of one key together. */
  cluster: string;
  /** Its alike key (src/check/alike.ts). */
  alike: string;
}

/** A group whose rules consulted a claimsOf key. */
export interface Consult {
  /** The claimsOf key hash consulted. */
  key: string;
  grouping: string;
  /** The group's key hash. */
  group: string;
}

export interface StoreReader {
  meta(): Promise<IndexMeta | undefined>;
  /** Every file of the archive, in no particular order. */
  files(): Promise<FileRow[]>;
  /** The archive's files at these paths, and every file with errors. */
  filesAtOrWithErrors(paths: readonly string[]): Promise<FileRow[]>;
  /** How many files the archive has, and their stated claims. */
  totals(): Promise<{ files: number; claims: number }>;
  /** The claims found under any of these key hashes (one row per claim and key). Every stored version is current. */
  claimsUnder(keys: readonly string[]): Promise<KeyedRef[]>;
  /**
   * Under each of these key hashes, one claim per alike key, the first by kind, path (code points) and place, with
   * how many claims it stands for; the claims of the files at `skip` are left out (their text is read instead).
   */
  alikeUnder(keys: readonly string[], skip: readonly string[]): Promise<AlikeRef[]>;
  /** The claims at these places. */
  claims(refs: readonly ClaimRef[]): Promise<StoredClaim[]>;
  /** The claims of these files. */
  claimsIn(paths: readonly string[]): Promise<StoredClaim[]>;
  /** The groups recorded as consulting any of these claimsOf key hashes. */
  consultersOf(keys: readonly string[]): Promise<Consult[]>;
}

export interface StoreWriter extends StoreReader {
  setMeta(meta: IndexMeta): Promise<void>;
  /** Empties every table (a rebuild). */
  clear(): Promise<void>;
  /** Makes `row` the file's current version, with these claims; the claims of a version already stored are kept. */
  putFile(row: FileRow, claims: readonly ClaimRow[]): Promise<void>;
  /** The same content with another size or mtime. */
  touchFile(path: string, size: number, mtime: number): Promise<void>;
  removeFile(path: string): Promise<void>;
  /** Replaces what these groups (key hashes) consulted. */
  replaceConsults(groups: readonly string[], consults: readonly Consult[]): Promise<void>;
  /** Drops versions no file points at, and their claims and keys. */
  dropUnused(): Promise<void>;
  /**
   * Works out again the first and count of the claims stated alike under the keys whose claims this writer added or
   * dropped (every key after clear()), once the files are written and unused versions dropped.
   */
  refreshAlike(): Promise<void>;
}

export interface ClaimStore {
  /** Where the index lives, for messages (a file path, or a postgres URL without its password). */
  readonly location: string;
  /** Reads from one consistent state of the index. */
  read<T>(work: (reader: StoreReader) => Promise<T>): Promise<T>;
  /** One transaction; writers wait for each other, readers are not blocked and see it only once committed. */
  write<T>(work: (writer: StoreWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The firsts of claims stated alike (alike_firsts rows) less the claims of some files, whose text a gate reads
 * instead (`skipped`: their claims under the same keys): counts lowered, and a first that is one of those claims
 * found again by `recount` (undefined when no claim is left).
 */
export async function withoutFiles(
  firsts: readonly AlikeRef[],
  skipped: readonly AlikeRef[],
  recount: (key: string, alike: string) => AlikeRef | undefined | Promise<AlikeRef | undefined>,
): Promise<AlikeRef[]> {
  if (skipped.length === 0) return [...firsts];
  const at = (r: AlikeRef) => `${r.key}\u0000${r.alike}`;
  const gone = new Map<string, { count: number; places: Set<string> }>();
  for (const r of skipped) {
    const entry = gone.get(at(r)) ?? { count: 0, places: new Set<string>() };
    entry.count++;
    entry.places.add(`${r.version}:${r.kind}:${r.seq}`);
    gone.set(at(r), entry);
  }
  const out: AlikeRef[] = [];
  for (const first of firsts) {
    const g = gone.get(at(first));
    if (!g) out.push(first);
    else if (!g.places.has(`${first.version}:${first.kind}:${first.seq}`)) {
      if (first.count > g.count) out.push({ ...first, count: first.count - g.count });
    } else {
      const again = await recount(first.key, first.alike);
      if (again) out.push(again);
    }
  }
  return out;
}

/** Why an index's readings cannot be reused with this pack and version, or undefined. */
export function staleBecause(meta: { format: string; version: string; packHash: string }, version: string, packHash: string): string | undefined {
  if (meta.format !== INDEX_FORMAT) return `it has the format ${meta.format}, this claimcheck writes ${INDEX_FORMAT}`;
  if (meta.version !== version) return `it was built by claimcheck ${meta.version}, this is ${version}`;
  if (meta.packHash !== packHash) return 'it was built with other packs (a pack or the built-in pack changed)';
  return undefined;
}

/** A problem with the index itself (missing, stale, of another format, unreachable): one line for the user, exit 2. */
export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}
