// `claimcheck index build` and `index update`: the archive's readings into the index, incrementally by content hash.
import { activeRules, periodsIn, type DocumentCache, type DocumentReading } from '../check/index.js';
import { GROUPINGS, type PeriodsOf } from '../check/group.js';
import type { Input, InputError } from '../input/collect.js';
import { readDocuments, type Concurrency } from '../input/read-documents.js';
import type { Lexicon } from '../packs/lexicon.js';
import { alikeKey } from '../check/alike.js';
import type { Claim } from '../types.js';
import { compareWithIndex, textHash, type FileStat } from './archive.js';
import { gitStamp } from './git.js';
import { addTarget, ClaimSource, consultsOf, type Targets } from './groups.js';
import { claimKeyHashes, claimsOfHash, groupHash, groupingsFor } from './keys.js';
import { INDEX_FORMAT, staleBecause, type ClaimRow, type ClaimStore, type FileRow, type StoreWriter } from './store.js';

export interface UpdateOptions {
  cwd: string;
  lexicon: Lexicon;
  version: string;
  packHash: string;
  /** The archive's roots, as given (recorded in the index). */
  roots: string[];
  /** Lists files, folders and globs as a full run does (the roots, or what git says changed under them). */
  list: (paths: string[]) => Promise<{ inputs: Input[]; errors: InputError[] }>;
  /** A hash of what decides the listing (extensions, ignore settings and file): recorded for the gate. */
  listingKey: string;
  /** Start afresh (`index build`); otherwise only what changed is read (and everything when the pack or version changed). */
  rebuild: boolean;
  concurrency?: Concurrency;
  /** Readings kept from earlier runs (--cache): a file found there is not read again. */
  cache?: DocumentCache;
  onProgress?: (done: number, total: number) => void;
}

export interface UpdateResult {
  /** Files in the index now, and their stated claims. */
  files: number;
  claims: number;
  /** The commit git compared the archive with, when it did (otherwise every file was listed and compared). */
  viaGit?: string;
  /** Files read (new or changed), found as indexed, with only a new mtime, and dropped. */
  read: number;
  same: number;
  touched: number;
  removed: number;
  /** Why every file was read again, when it was (another pack or version). */
  rebuilt?: string;
  errors: InputError[];
}

/** Files read and written per round: what bounds the readings held at once. */
const ROUND = 5000;
/** Groups whose consults are recorded at once. */
const CONSULT_ROUND = 2000;

function rowsOf(reading: DocumentReading, periods: PeriodsOf): ClaimRow[] {
  const row = (claim: Claim, kind: number, seq: number): ClaimRow => ({ kind, seq, body: JSON.stringify(claim), keys: claimKeyHashes(claim, periods), cluster: claimsOfHash(claim.entity.id, claim.attribute), alike: alikeKey(claim) });
  return [...reading.claims.map((c, i) => row(c, 0, i)), ...reading.derived.map((c, i) => row(c, 1, i))];
}

/** A file that could not be read: its "content" is its error, so that another error is another version. */
function errorRow(e: InputError, stat: FileStat): FileRow {
  return { path: e.file, hash: `!${textHash(JSON.stringify(e.error))}`, ...stat, claims: 0, errors: [e.error] };
}

/** Writes the archive's readings into the store, in one transaction: a reader sees the old archive or the new one. */
export async function updateIndex(store: ClaimStore, options: UpdateOptions): Promise<UpdateResult> {
  const periods = periodsIn(options.lexicon);
  return store.write(async (w) => {
    const meta = await w.meta();
    const rebuilt = options.rebuild ? undefined : meta ? staleBecause(meta, options.version, options.packHash) : undefined;
    const fresh = options.rebuild || rebuilt !== undefined || !meta;
    if (fresh) await w.clear();
    const { comparison, listing, viaGit } = await compareWithIndex(
      fresh ? undefined : meta,
      async () => (fresh ? [] : w.files()),
      async () => 0,
      { cwd: options.cwd, roots: options.roots, listingKey: options.listingKey, list: options.list, allRows: true },
    );
    for (const { path, stat } of comparison.touched) await w.touchFile(path, stat.size, stat.mtime);

    // Groups whose content changes: those of the old versions of changed and gone files, and of the new versions.
    const touched: Targets = new Map();
    const consultedKeys = new Set<string>();
    const touch = (claim: Claim) => {
      for (const grouping of groupingsFor(claim)) addTarget(touched, grouping, groupHash(claim, grouping, periods));
      consultedKeys.add(claimsOfHash(claim.entity.id, claim.attribute));
    };
    for (const row of await w.claimsIn([...comparison.changed.map((i) => i.file), ...comparison.gone])) touch(JSON.parse(row.body) as Claim);
    for (const file of comparison.gone) await w.removeFile(file);

    // Listing errors (a missing root, a folder without articles) are kept as files that could not be read.
    const errors: InputError[] = [...listing.errors];
    for (const e of listing.errors) await w.putFile(errorRow(e, { size: 0, mtime: 0 }), []);
    const toRead = [...comparison.changed, ...comparison.added];
    const hashes = new Map<string, string>();
    const recorder: DocumentCache = {
      get: (source) => (hashes.set(source.file, textHash(source.text)), options.cache?.get(source)),
      set: (source, reading) => options.cache?.set(source, reading),
    };
    const stat = (file: string): FileStat => comparison.stats.get(file) ?? { size: 0, mtime: 0 };
    for (let start = 0; start < toRead.length; start += ROUND) {
      const round = toRead.slice(start, start + ROUND);
      const read = await readDocuments(round, {
        lexicon: options.lexicon,
        cache: recorder,
        concurrency: options.concurrency,
        onProgress: options.onProgress && ((done) => options.onProgress!(start + done, toRead.length)),
      });
      for (const reading of read.readings) {
        reading.claims.forEach(touch);
        reading.derived.forEach(touch);
        const row: FileRow = { path: reading.file, hash: hashes.get(reading.file) ?? '', ...stat(reading.file), claims: reading.claims.length, errors: reading.errors };
        await w.putFile(row, rowsOf(reading, periods));
      }
      for (const e of read.errors) await w.putFile(errorRow(e, stat(e.file)), []);
      errors.push(...read.errors);
    }
    await w.dropUnused();
    await w.refreshAlike();

    // Groups that consulted a changed claimsOf key are looked at again too: what they consult may depend on it.
    for (const c of await w.consultersOf([...consultedKeys])) addTarget(touched, c.grouping as (typeof GROUPINGS)[number], c.group);
    await recordConsults(w, touched, options.lexicon, periods);
    // The commit the files were read at, when git knows them exactly: the gate then asks git what changed since.
    const git = listing.errors.length === 0 ? await gitStamp(options.cwd, options.roots) : undefined;
    const totals = await w.totals();
    await w.setMeta({ format: INDEX_FORMAT, version: options.version, packHash: options.packHash, roots: options.roots, listing: options.listingKey, ...(git ? { git } : {}), totals });
    return {
      files: totals.files,
      claims: totals.claims,
      read: toRead.length,
      same: comparison.same,
      touched: comparison.touched.length,
      removed: comparison.gone.length,
      ...(rebuilt ? { rebuilt } : {}),
      ...(viaGit ? { viaGit } : {}),
      errors,
    };
  });
}

/** Records, for each touched group, which claimsOf keys its rules consult (in rounds, to bound the claims held). */
async function recordConsults(w: StoreWriter, touched: Targets, lexicon: Lexicon, periods: PeriodsOf): Promise<void> {
  const used = new Set(activeRules().map(({ rule }) => rule.grouping ?? 'fact'));
  for (const [grouping, keys] of touched) {
    const all = [...keys];
    if (!used.has(grouping)) continue; // no rule groups claims so: nothing consults from there
    for (let start = 0; start < all.length; start += CONSULT_ROUND) {
      const round = all.slice(start, start + CONSULT_ROUND);
      const source = new ClaimSource(w, periods, [], new Set());
      const consults = await consultsOf(source, new Map([[grouping, new Set(round)]]), lexicon);
      await w.replaceConsults(round, consults);
    }
  }
}
