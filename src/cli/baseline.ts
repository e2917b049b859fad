// Baselines: accepted conflicts, fingerprinted by what they say (rule, entity, attribute, values, quotes), not by line.
import { createHash } from 'node:crypto';
import type { Claim, Conflict } from '../types.js';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  entity: string;
  attribute: string;
  message: string;
  /**
   * The keys of the conflict's sides (file, value, quote), sorted: a conflict found again with more
   * sides is this one grown, not a new one. Absent in baselines written before sides were recorded.
   */
  sides?: string[];
}

export interface Baseline {
  version: 1;
  conflicts: BaselineEntry[];
}

/** A baselined conflict found again with sides it did not have. */
export interface GrownEntry {
  fingerprint: string;
  /** The id of the conflict as reported now. */
  conflict: string;
  /** The places of the claims that make the new sides. */
  newClaims: { file: string; line: number; column: number }[];
}

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

function valueKey(claim: Claim): string {
  const v = claim.value;
  if (v.kind === 'quantity') return `q:${v.min}:${v.max}:${v.unit}:${v.approx}`;
  if (v.kind === 'category') return `c:${v.value}`;
  return `e:${v.event}:${v.polarity}`;
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** One side of a conflict: a file, a value and the quote that states it. No line or column. */
function sideText(claim: Claim): string {
  return `${claim.place.file}\u0000${valueKey(claim)}\u0000${claim.quote}`;
}

/** The sorted, distinct side keys of a conflict. */
export function sideKeys(conflict: Conflict): string[] {
  return [...new Set(conflict.claims.map((c) => hash(sideText(c), 16)))].sort();
}

/** Survives edits elsewhere in an article: no line or column is part of it. */
export function fingerprint(conflict: Conflict): string {
  const sides = [...new Set(conflict.claims.map(sideText))].sort();
  return hash([conflict.rule, conflict.entity.id, conflict.attribute, ...sides].join('\u0001'), 24);
}

export function createBaseline(conflicts: readonly Conflict[]): Baseline {
  const entries = conflicts.map((c) => ({
    fingerprint: fingerprint(c),
    rule: c.rule,
    entity: c.entity.id,
    attribute: c.attribute,
    message: c.message,
    sides: sideKeys(c),
  }));
  entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: 1, conflicts: entries };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

const SHAPE = '{"version": 1, "conflicts": [{"fingerprint": "…"}, …]}';

/**
 * Reads a baseline. The smallest valid one is `{"version": 1, "conflicts": [{"fingerprint": "…"}]}`;
 * rule, entity, attribute and message are then '' (they only describe the entry). A wrong shape is
 * refused with the place of the first problem.
 */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not a baseline (invalid JSON: ${(error as Error).message})`);
  }
  const fail = (where: string, problem: string): never => {
    throw new BaselineError(`${file}: not a claimcheck baseline: ${where} ${problem} (expected ${SHAPE})`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('the top level', 'is not an object');
  const raw = data as { version?: unknown; conflicts?: unknown };
  if (raw.version !== 1) fail('"version"', 'is not 1');
  if (!Array.isArray(raw.conflicts)) return fail('"conflicts"', 'is not a list');
  const conflicts = raw.conflicts.map((entry: unknown, i): BaselineEntry => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(`conflicts[${i}]`, 'is not an object');
    const e = entry as Record<string, unknown>;
    if (typeof e.fingerprint !== 'string' || e.fingerprint === '') fail(`conflicts[${i}].fingerprint`, 'is not a non-empty string');
    const text = (key: string): string => {
      if (e[key] === undefined) return '';
      if (typeof e[key] !== 'string') fail(`conflicts[${i}].${key}`, 'is not a string');
      return e[key] as string;
    };
    const out: BaselineEntry = { fingerprint: e.fingerprint as string, rule: text('rule'), entity: text('entity'), attribute: text('attribute'), message: text('message') };
    if (e.sides !== undefined) {
      if (!Array.isArray(e.sides) || e.sides.some((s) => typeof s !== 'string')) fail(`conflicts[${i}].sides`, 'is not a list of strings');
      out.sides = e.sides as string[];
    }
    return out;
  });
  return { version: 1, conflicts };
}

const subjectKey = (rule: string, entity: string, attribute: string) => `${rule}\u0000${entity}\u0000${attribute}`;
const isSubset = (small: readonly string[], large: ReadonlySet<string>) => small.every((s) => large.has(s));

/**
 * Applies a baseline. A conflict whose fingerprint is in it, or whose sides are all sides of one of
 * its entries (a side fixed since), is accepted and hidden. A conflict that holds every side of an
 * entry and more has grown: it stays in the report (its new sides are new findings) and is listed
 * in `grown`, and its entry is not fixed. In a gate, where one archived claim stands for those stated alike
 * (src/check/alike.ts) and the entry's other sides may not be shown, a conflict with such a claim that shares a
 * side with an entry has grown from it too. Entries that match nothing are fixed.
 */
export function applyBaseline(
  conflicts: readonly Conflict[],
  baseline: Baseline,
): { conflicts: Conflict[]; matched: number; fixed: BaselineEntry[]; grown: GrownEntry[] } {
  const known = new Set(baseline.conflicts.map((e) => e.fingerprint));
  // Entries with recorded sides, by rule, entity and attribute.
  const bySubject = new Map<string, BaselineEntry[]>();
  for (const e of baseline.conflicts) {
    if (e.sides === undefined || e.sides.length === 0) continue;
    const key = subjectKey(e.rule, e.entity, e.attribute);
    bySubject.set(key, [...(bySubject.get(key) ?? []), e]);
  }
  const seen = new Set<string>();
  const kept: Conflict[] = [];
  const grown: GrownEntry[] = [];
  let matched = 0;
  for (const c of conflicts) {
    const f = fingerprint(c);
    if (known.has(f)) {
      seen.add(f);
      matched++;
      continue;
    }
    const sides = sideKeys(c);
    const sideSet = new Set(sides);
    const candidates = bySubject.get(subjectKey(c.rule, c.entity.id, c.attribute)) ?? [];
    const shrunk = candidates.find((e) => isSubset(sides, new Set(e.sides)));
    if (shrunk) {
      seen.add(shrunk.fingerprint);
      matched++;
      continue;
    }
    kept.push(c);
    const standsIn = c.claims.some((claim) => claim.alike !== undefined);
    const grownFrom = candidates.find((e) => isSubset(e.sides!, sideSet) || (standsIn && e.sides!.some((s) => sideSet.has(s))));
    if (grownFrom) {
      seen.add(grownFrom.fingerprint);
      const old = new Set(grownFrom.sides);
      const newClaims = c.claims
        .filter((claim) => !old.has(hash(sideText(claim), 16)))
        .map((claim) => ({ file: claim.place.file, line: claim.place.line, column: claim.place.column }));
      grown.push({ fingerprint: grownFrom.fingerprint, conflict: c.id, newClaims });
    }
  }
  return { conflicts: kept, matched, fixed: baseline.conflicts.filter((e) => !seen.has(e.fingerprint)), grown };
}
