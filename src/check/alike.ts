// Claims stated alike: in a gate (--new, --changed-since, --index), the archive's claims that say the same thing in
// other places are shown once, with their count, so that what a new article is checked against grows with how
// many different things the archive says of a fact, not with how often it says them.
import { createHash } from 'node:crypto';
import type { Claim } from '../types.js';

/**
 * What a claim's statement is, without where and how it was made: every field a rule reads, and none it does not.
 * Left out are its id, place, quote and sentence, the names as written (`mention`), the reader's confidence, how
 * it was derived (a derived claim stays apart from a stated one), and its article's date, which only a prediction's
 * rule reads (src/rules/temporal-scope.ts; a tally's groups are keyed by it already). Two claims with one key are
 * the same to every rule but for where they stand: a rule that tells apart two figures of one sentence, or counts
 * the articles a name is in, sees the place of the first.
 */
const LEFT_OUT = new Set(['id', 'place', 'quote', 'sentence', 'derivedFrom', 'derivation', 'mention', 'confidence', 'published', 'alike']);

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && !LEFT_OUT.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** 128 bits of sha256 of a claim's statement: the same for claims stated alike (the claim index stores it). */
export function alikeKey(claim: Claim): string {
  const kept = `${claim.derivedFrom ? 'derived' : 'stated'}\u0000${claim.modality === 'predicted' && claim.published ? `${claim.published.start}/${claim.published.end}` : ''}\u0000${canonical(claim)}`;
  return createHash('sha256').update(kept).digest('hex').slice(0, 32);
}

/**
 * Paths in code point order (what SQLite's and PostgreSQL's "C" collation give for UTF-8 text): the order in which
 * the first of several claims stated alike is chosen, the same in a full run and in the claim index.
 */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** What a report says of a claim that `n` other archived claims state alike. */
export const alikeNote = (n: number): string => `and ${n} other archived ${n === 1 ? 'place' : 'places'} alike`;

/** A claim of a group, where it stands in its file's reading, and how many archived claims it stands for. */
export interface Placed {
  claim: Claim;
  path: string;
  seq: number;
  /** Archived claims it stands for (itself included): 1 for a claim read now, more for a claim the index gives with its count. */
  count: number;
  /** Its alikeKey, when known (the index gives it). */
  alike?: string;
}

/**
 * How many of the archive's statements of one fact a gate compares a new article with: those it makes most often.
 * A fact the archive states in hundreds of ways is already a conflict of the archive's own (a full run shows it);
 * what a new article is checked against stays bounded, however large the archive.
 */
export const STATEMENTS_SHOWN = 20;

/** The order in which a fact's statements are kept: most claims first, then by alike key (any fixed order will do). */
export const byStatedMost = (a: { total: number; alike: string }, b: { total: number; alike: string }): number =>
  b.total - a.total || (a.alike < b.alike ? -1 : a.alike > b.alike ? 1 : 0);

/**
 * A group's claims with the archive's claims stated alike kept once: the first in order of path (code points) and
 * place, marked with how many other archived claims state it (`alike`); of the archive's statements, the
 * STATEMENTS_SHOWN made most often. The claims of new articles are kept each. Claims come and stay in run order.
 */
export function collapseAlike(group: readonly Placed[], isNew: (path: string) => boolean): Claim[] {
  const first = new Map<string, { item: Placed; total: number }>();
  for (const item of group) {
    if (isNew(item.path)) continue;
    const key = (item.alike ??= alikeKey(item.claim));
    const seen = first.get(key);
    if (!seen) first.set(key, { item, total: item.count });
    else {
      seen.total += item.count;
      if (byCodePoint(item.path, seen.item.path) < 0 || (item.path === seen.item.path && item.seq < seen.item.seq)) seen.item = item;
    }
  }
  if (first.size > STATEMENTS_SHOWN) {
    const most = [...first].map(([alike, seen]) => ({ alike, total: seen.total })).sort(byStatedMost);
    for (const { alike } of most.slice(STATEMENTS_SHOWN)) first.delete(alike);
  }
  const kept: Claim[] = [];
  for (const item of group) {
    if (isNew(item.path)) kept.push(item.claim);
    else {
      const seen = first.get(item.alike!);
      if (seen?.item === item) kept.push(seen.total > 1 ? { ...item.claim, alike: seen.total - 1 } : item.claim);
    }
  }
  return kept;
}
