// The CI gate against the index: new articles checked against the archive's stored claims, looking up only the groups they touch.
import { activeRules, reportOf, periodsIn, type DocumentReading, type RuleSetting } from '../check/index.js';
import type { Grouping } from '../check/group.js';
import type { Input, InputError } from '../input/collect.js';
import { readDocuments, type Concurrency } from '../input/read-documents.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Rule } from '../rules/rule.js';
import type { Claim, FileResult, Report } from '../types.js';
import { compareWithIndex, describeDifferences } from './archive.js';
import { addTarget, ClaimSource, conflictsOf, type Targets } from './groups.js';
import { claimsOfHash, groupHash, groupingsFor } from './keys.js';
import { IndexError, staleBecause, type ClaimStore } from './store.js';

export interface GateOptions {
  cwd: string;
  lexicon: Lexicon;
  rules?: Record<string, RuleSetting>;
  version: string;
  packHash: string;
  /** The new articles' paths (those to read and those already refused). */
  newFiles: ReadonlySet<string>;
  /**
   * Reads the new articles: their readings and the new paths that could not be read. Called once the archive's
   * comparison with the index has started, so that git answers while the articles are read.
   */
  read: () => Promise<{ readings: readonly DocumentReading[]; errors: readonly InputError[] }>;
  /** Lists files, folders and globs (as a full run lists its paths). */
  list: (paths: string[]) => Promise<{ inputs: Input[]; errors: InputError[] }>;
  /** A hash of what decides the listing (extensions, ignore settings and file), as the index records it. */
  listingKey: string;
  /** Whether the report lists every file (the json format); otherwise it lists only files with errors, and counts the rest. */
  listFiles: boolean;
  concurrency?: Concurrency;
}

export interface GateResult {
  /** What `claimcheck ARCHIVE NEW --new NEW` reports: conflicts with a side in a new file, every file listed. */
  report: Report;
  /** The archive checked against: its files and stated claims (new files not counted). */
  archive: { files: number; claims: number };
  /** Stored claims in the groups the new articles touch. */
  looked: number;
  /** Of those, the claims read: one of each set stated alike (src/check/alike.ts). */
  read: number;
  /** Archive files that differ from the index (read from disk for this check), described for a warning; '' when none. */
  behind: string;
  /** Why the archive was compared file by file rather than through git, when the index records a commit. */
  noGit?: string;
  /** The commit git compared the archive with, when it did. */
  viaGit?: string;
}

/** Errors found by two listings (the new paths' and the archive's, e.g. an unreadable ignore file) once, as one listing gives them. */
function distinct(errors: readonly InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}\u0000${e.error.code}\u0000${e.error.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Checks new readings against the index. Refuses (IndexError) an index made by another version, with
 * other packs or in another format. Archive files that differ from the index (changed, not indexed, gone)
 * are read from disk for this check and named in `behind`: the result is what a full run gives either way.
 */
export async function checkAgainstIndex(store: ClaimStore, options: GateOptions): Promise<GateResult> {
  const periods = periodsIn(options.lexicon);
  return store.read(async (r) => {
    const meta = await r.meta();
    if (!meta) throw new IndexError(`the claim index ${store.location} is empty: build it with \`claimcheck index build ARCHIVE --index ${store.location}\``);
    const stale = staleBecause(meta, options.version, options.packHash);
    if (stale) throw new IndexError(`the claim index ${store.location} is stale: ${stale}; rebuild it with \`claimcheck index build ${meta.roots.join(' ')} --index ${store.location}\``);

    // The archive as it is on disk, against the index (through git where it can tell).
    const newFiles = options.newFiles;
    let totals = meta.totals;
    const comparing = compareWithIndex(
      meta,
      async (paths) => (paths ? r.filesAtOrWithErrors(paths) : r.files()),
      async () => (totals ??= await r.totals()).files,
      { cwd: options.cwd, roots: meta.roots, listingKey: options.listingKey, list: options.list, skip: newFiles, allRows: options.listFiles },
    );
    comparing.catch(() => undefined); // awaited below; a failed read of the new articles must not leave it unhandled
    const news = await options.read();
    const state = await comparing;
    const { comparison, listing, rows } = state;
    const listingErrors = new Set(listing.errors.map((e) => e.file));
    const differing = [...comparison.changed, ...comparison.added];
    const extra = differing.length > 0 ? await readDocuments(differing, { lexicon: options.lexicon, concurrency: options.concurrency }) : { readings: [], errors: [] };
    const replaced = new Set([...newFiles, ...listingErrors, ...differing.map((i) => i.file), ...comparison.gone]);

    // The groups to run: those of every claim in memory, those the replaced files' stored claims were in,
    // and the stored groups whose rules consult what the claims in memory are about.
    // A group is run for a claim only under a grouping some active rule uses and can make the claim a side of:
    // the report holds only conflicts with a side in a new article, and a group holds only its claims' sides.
    const rulesBy = new Map<Grouping, Rule[]>();
    for (const { rule } of activeRules(options.rules)) {
      const grouping = rule.grouping ?? 'fact';
      rulesBy.set(grouping, [...(rulesBy.get(grouping) ?? []), rule]);
    }
    const targets: Targets = new Map();
    const about = new Set<string>();
    const target = (claim: Claim) => {
      for (const grouping of groupingsFor(claim)) {
        if (rulesBy.get(grouping)?.some((rule) => rule.sides?.(claim, options.lexicon) ?? true)) addTarget(targets, grouping, groupHash(claim, grouping, periods));
      }
      // What rules consult of it (no rule consults stated arithmetic, which only rule stated-arithmetic sees).
      if (claim.arithmetic === undefined) about.add(claimsOfHash(claim.entity.id, claim.attribute));
    };
    const live = [...news.readings, ...extra.readings];
    for (const reading of live) {
      reading.claims.forEach(target);
      reading.derived.forEach(target);
    }
    for (const row of await r.claimsIn([...replaced].filter((f) => rows.has(f)))) target(JSON.parse(row.body) as Claim);
    for (const c of await r.consultersOf([...about])) if (rulesBy.has(c.grouping as Grouping)) addTarget(targets, c.grouping as Grouping, c.group);

    const source = new ClaimSource(r, periods, live, replaced, newFiles);
    const conflicts = (await conflictsOf(source, targets, options.lexicon, options.rules, about)).filter((c) => c.claims.some((claim) => newFiles.has(claim.place.file)));

    // The files: every archived one not replaced, then those read now. With partial rows (the report lists
    // only files with errors), the archive's totals less the replaced files' rows.
    const archived: FileResult[] = [];
    for (const row of rows.values()) if (!replaced.has(row.path)) archived.push({ file: row.path, claims: row.claims, errors: row.errors });
    const fresh: FileResult[] = [
      ...live.map((x) => ({ file: x.file, claims: x.claims.length, errors: x.errors })),
      ...distinct([...news.errors, ...extra.errors, ...listing.errors]).map((e) => ({ file: e.file, claims: 0, errors: [e.error] })),
    ];
    const sum = (files: readonly { claims: number }[]) => files.reduce((n, f) => n + f.claims, 0);
    let kept = { files: archived.length, claims: sum(archived) };
    if (state.partial) {
      const all = (totals ??= await r.totals());
      const gone = [...rows.values()].filter((row) => replaced.has(row.path));
      kept = { files: all.files - gone.length, claims: all.claims - sum(gone) };
    }
    const extraResults = fresh.filter((f) => !newFiles.has(f.file));
    const listed = [...archived.filter((f) => !state.partial || f.errors.length > 0), ...fresh];
    return {
      report: reportOf(listed, conflicts, { files: kept.files + fresh.length, claims: kept.claims + sum(fresh) }),
      archive: { files: kept.files + extraResults.length, claims: kept.claims + sum(extraResults) },
      looked: source.representedClaims,
      read: source.loadedClaims,
      behind: describeDifferences(comparison),
      ...(state.noGit ? { noGit: state.noGit } : {}),
      ...(state.viaGit ? { viaGit: state.viaGit } : {}),
    };
  });
}
