// Groups of claims put together from the index and from readings in memory, in the order a full run gives them; rules run over them.
import { alikeKey, byStatedMost, collapseAlike, STATEMENTS_SHOWN } from '../check/alike.js';
import { activeRules, finishConflicts, type RuleSetting } from '../check/index.js';
import { groupKey, type Grouping, type PeriodsOf } from '../check/group.js';
import type { DocumentReading } from '../check/index.js';
import type { Lexicon } from '../packs/lexicon.js';
import { runRule, type RuleContext } from '../rules/rule.js';
import type { Claim, Conflict } from '../types.js';
import { claimKeyHashes, claimsOfHash } from './keys.js';
import type { AlikeRef, ClaimRef, Consult, KeyedRef, StoreReader } from './store.js';

/** A claim and where a full run would place it: all stated claims (kind 0) by file, then all derived ones (kind 1). */
interface Entry {
  kind: number;
  path: string;
  seq: number;
  claim: Claim;
  /** Archived claims it stands for: more than 1 for the first of several stated alike, as a gate loads them. */
  count: number;
  alike?: string;
}

const byRunOrder = (a: Entry, b: Entry) => a.kind - b.kind || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.seq - b.seq;

/** Key hashes asked of the store at once, and claims fetched at once. */
const BATCH = 500;
const BODY_BATCH = 2000;

const refId = (r: ClaimRef) => `${r.version}:${r.kind}:${r.seq}`;

/**
 * The claims of some groups: those the index holds for them (but of the files in `replaced`, whose
 * current text is read instead) and those of `live` readings, merged in the order of a full run.
 */
export class ClaimSource {
  readonly #reader: StoreReader;
  readonly #periods: PeriodsOf;
  readonly #replaced: ReadonlySet<string>;
  readonly #archived = new Map<string, Entry[]>();
  readonly #live = new Map<string, Entry[]>();
  /** One object per stored claim, however many keys it was loaded under (null: a claim of a replaced file). */
  readonly #parsed = new Map<string, Entry | null>();
  readonly #claimsOf = new Map<string, Claim[]>();
  /** How many archived claims each loaded one stands for, at most (by claim id). */
  readonly #standsFor = new Map<string, number>();
  /** A gate's new articles: the archive's claims stated alike are then loaded and kept once (src/check/alike.ts). */
  readonly #newFiles: ReadonlySet<string> | undefined;
  /** Archive claims loaded (for the gate's message). */
  loadedClaims = 0;
  /** Archive claims the loaded ones stand for, those stated alike counted (for the gate's message). */
  representedClaims = 0;

  constructor(reader: StoreReader, periods: PeriodsOf, live: readonly DocumentReading[], replaced: ReadonlySet<string>, newFiles?: ReadonlySet<string>) {
    this.#reader = reader;
    this.#periods = periods;
    this.#replaced = replaced;
    this.#newFiles = newFiles;
    for (const reading of live) {
      const add = (claim: Claim, kind: number, seq: number) => {
        const entry: Entry = { kind, path: reading.file, seq, claim, count: 1 };
        for (const key of claimKeyHashes(claim, periods)) {
          const list = this.#live.get(key);
          if (list) list.push(entry);
          else this.#live.set(key, [entry]);
        }
      };
      reading.claims.forEach((c, i) => add(c, 0, i));
      reading.derived.forEach((c, i) => add(c, 1, i));
    }
  }

  /** Key hashes the live readings' claims fall under. */
  liveKeys(): IterableIterator<string> {
    return this.#live.keys();
  }

  isLoaded(key: string): boolean {
    return this.#archived.has(key);
  }

  /** Fetches the archive's claims under these key hashes (those not fetched yet); each claim's JSON once, however many keys it is under. */
  async load(keys: Iterable<string>): Promise<void> {
    const wanted = [...new Set(keys)].filter((k) => !this.#archived.has(k));
    for (let i = 0; i < wanted.length; i += BATCH) {
      const batch = wanted.slice(i, i + BATCH);
      for (const key of batch) this.#archived.set(key, []);
      const all: (KeyedRef & { alike?: string; count?: number })[] = this.#newFiles ? await this.#reader.alikeUnder(batch, [...this.#replaced]) : await this.#reader.claimsUnder(batch);
      for (const ref of all) {
        const id = refId(ref);
        const count = ref.count ?? 1;
        if (count > (this.#standsFor.get(id) ?? 0)) {
          this.representedClaims += count - (this.#standsFor.get(id) ?? 0);
          this.#standsFor.set(id, count);
        }
      }
      const found = this.#newFiles ? this.#mostStated(all as AlikeRef[], this.#newFiles) : all;
      const missing = new Map<string, ClaimRef>();
      for (const ref of found) {
        const id = refId(ref);
        if (!this.#parsed.has(id)) missing.set(id, ref);
      }
      const refs = [...missing.values()];
      for (let j = 0; j < refs.length; j += BODY_BATCH) {
        for (const row of await this.#reader.claims(refs.slice(j, j + BODY_BATCH))) {
          this.#parsed.set(refId(row), this.#replaced.has(row.path) ? null : { kind: row.kind, path: row.path, seq: row.seq, claim: JSON.parse(row.body) as Claim, count: 1 });
          if (!this.#replaced.has(row.path)) this.loadedClaims++;
        }
      }
      for (const ref of found) {
        const entry = this.#parsed.get(refId(ref));
        // In a gate, under this key it stands for `count` claims stated alike (under a key of its own file's, fewer).
        if (entry) this.#archived.get(ref.key)!.push(ref.count === undefined ? entry : { ...entry, count: ref.count, alike: ref.alike! });
      }
    }
  }

  /**
   * Of each key's statements, those collapseAlike can keep: the STATEMENTS_SHOWN stated most often in the index, and
   * any that an archived file read from disk states too (its count grows). Every other one is stated no more
   * often than the last of those, and comes after it: it would not be kept whatever the files read from disk say.
   */
  #mostStated(refs: readonly AlikeRef[], newFiles: ReadonlySet<string>): AlikeRef[] {
    const byKey = new Map<string, AlikeRef[]>();
    for (const ref of refs) {
      const list = byKey.get(ref.key);
      if (list) list.push(ref);
      else byKey.set(ref.key, [ref]);
    }
    const kept: AlikeRef[] = [];
    for (const [key, list] of byKey) {
      if (list.length <= STATEMENTS_SHOWN) {
        kept.push(...list);
        continue;
      }
      const read = new Set((this.#live.get(key) ?? []).filter((e) => !newFiles.has(e.path)).map((e) => (e.alike ??= alikeKey(e.claim))));
      const ranked = list.map((ref) => ({ ref, total: ref.count, alike: ref.alike })).sort(byStatedMost);
      ranked.forEach(({ ref }, i) => {
        if (i < STATEMENTS_SHOWN || read.has(ref.alike)) kept.push(ref);
      });
    }
    return kept;
  }

  /** Archive and live claims under one key hash, in run order; in a gate, the archive's claims stated alike kept once. */
  #merged(key: string): Claim[] {
    const entries = [...(this.#archived.get(key) ?? []), ...(this.#live.get(key) ?? [])].sort(byRunOrder);
    const newFiles = this.#newFiles;
    return newFiles ? collapseAlike(entries, (path) => newFiles.has(path)) : entries.map((e) => e.claim);
  }

  /** The groups under a key hash of `grouping` (one, unless two keys share a hash), in run order. */
  groups(grouping: Grouping, key: string): Claim[][] {
    const groups = new Map<string, Claim[]>();
    for (const claim of this.#merged(key)) {
      const real = groupKey(claim, grouping, this.#periods);
      const group = groups.get(real);
      if (group) group.push(claim);
      else groups.set(real, [claim]);
    }
    return [...groups.values()];
  }

  /** What `RuleContext.claimsOf` returns in a full run, the same array each time; undefined until loaded. */
  claimsOf(entity: string, attribute: string): Claim[] | undefined {
    const key = claimsOfHash(entity, attribute);
    let claims = this.#claimsOf.get(key);
    if (claims) return claims;
    if (!this.#archived.has(key)) return undefined;
    claims = this.#merged(key).filter((c) => c.entity.id === entity && c.attribute === attribute);
    this.#claimsOf.set(key, claims);
    return claims;
  }
}

/** Which groups to run: key hashes per grouping. */
export type Targets = Map<Grouping, Set<string>>;

export function addTarget(targets: Targets, grouping: Grouping, key: string): void {
  let keys = targets.get(grouping);
  if (!keys) targets.set(grouping, (keys = new Set()));
  keys.add(key);
}

/**
 * A context whose claimsOf comes from `source`; keys not loaded yet are collected in `missing` (and read as no claims),
 * and `onMissing` is told.
 */
function contextOf(source: ClaimSource, lexicon: Lexicon, missing: Set<string>, consulted?: (key: string) => void, onMissing?: () => void): RuleContext {
  return {
    lexicon,
    claimsOf(entity, attribute) {
      consulted?.(claimsOfHash(entity, attribute));
      const claims = source.claimsOf(entity, attribute);
      if (claims) return claims;
      missing.add(claimsOfHash(entity, attribute));
      onMissing?.();
      return [];
    },
  };
}

/**
 * Runs the active rules over the target groups, as a full run would over every group (conflictsInGroups): what the
 * rules consult through claimsOf is fetched, and the rules that asked for it run again, until nothing is missing.
 */
export async function conflictsOf(
  source: ClaimSource,
  targets: Targets,
  lexicon: Lexicon,
  settings?: Record<string, RuleSetting>,
  /** claimsOf keys the rules will likely consult (those of the claims in memory), fetched with the groups: one round fewer. */
  likely: Iterable<string> = [],
): Promise<Conflict[]> {
  await source.load([...[...targets.values()].flatMap((keys) => [...keys]), ...likely]);
  const rules = activeRules(settings);
  // The targets' groups, made once: what is fetched later (claimsOf keys the rules ask for) is under other keys.
  const groups = new Map<string, Claim[][]>();
  const groupsOf = (grouping: Grouping, key: string) => {
    const id = `${grouping}\u0000${key}`;
    let found = groups.get(id);
    if (!found) groups.set(id, (found = source.groups(grouping, key)));
    return found;
  };
  // What a rule found in a key's groups once every claimsOf key it asked for was there: the same in every later round.
  const settled = new Map<string, Conflict[]>();
  for (;;) {
    const missing = new Set<string>();
    let short = false;
    const context = contextOf(source, lexicon, missing, undefined, () => (short = true));
    // In conflictsInGroups' order: rule by rule, each over its grouping's groups.
    const conflicts: Conflict[] = [];
    for (const { rule, severity } of rules) {
      const grouping = rule.grouping ?? 'fact';
      for (const key of targets.get(grouping) ?? []) {
        const id = `${rule.id}\u0000${key}`;
        let found = settled.get(id);
        if (!found) {
          short = false;
          found = groupsOf(grouping, key).flatMap((group) => runRule(rule, severity, group, context));
          if (!short) settled.set(id, found);
        }
        conflicts.push(...found);
      }
    }
    if (missing.size === 0) return finishConflicts(conflicts);
    await source.load(missing);
  }
}

/**
 * Runs every rule (whatever a config turns off) over the target groups and records which claimsOf keys
 * each group's rules consult: the gate then knows which stored groups a new article's claims can change.
 */
export async function consultsOf(source: ClaimSource, targets: Targets, lexicon: Lexicon): Promise<Consult[]> {
  await source.load([...targets.values()].flatMap((keys) => [...keys]));
  const rules = activeRules(); // every rule at its default severity: no settings turn one off
  for (;;) {
    const missing = new Set<string>();
    const found = new Map<string, Consult>();
    let current: { grouping: Grouping; group: string } | undefined;
    const context = contextOf(source, lexicon, missing, (key) => {
      if (current) found.set(`${key}\u0000${current.grouping}\u0000${current.group}`, { key, ...current });
    });
    for (const { rule, severity } of rules) {
      const grouping = rule.grouping ?? 'fact';
      for (const group of targets.get(grouping) ?? []) {
        current = { grouping, group };
        for (const claims of source.groups(grouping, group)) runRule(rule, severity, claims, context);
      }
    }
    if (missing.size === 0) return [...found.values()];
    await source.load(missing);
  }
}
