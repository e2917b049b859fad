// Baselines: accepted conflicts, fingerprinted by what they say (rule, entity, attribute, values, quotes), not by line.
import { createHash } from 'node:crypto';
import type { Claim, Conflict } from '../types.js';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  entity: string;
  attribute: string;
  message: string;
}

export interface Baseline {
  version: 1;
  conflicts: BaselineEntry[];
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

/** Survives edits elsewhere in an article: no line or column is part of it. */
export function fingerprint(conflict: Conflict): string {
  const sides = [...new Set(conflict.claims.map((c) => `${c.place.file}\u0000${valueKey(c)}\u0000${c.quote}`))].sort();
  return createHash('sha256')
    .update([conflict.rule, conflict.entity.id, conflict.attribute, ...sides].join('\u0001'))
    .digest('hex')
    .slice(0, 24);
}

export function createBaseline(conflicts: readonly Conflict[]): Baseline {
  const entries = conflicts.map((c) => ({ fingerprint: fingerprint(c), rule: c.rule, entity: c.entity.id, attribute: c.attribute, message: c.message }));
  entries.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: 1, conflicts: entries };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not a baseline (invalid JSON: ${(error as Error).message})`);
  }
  const raw = data as Partial<Baseline> | null;
  if (!raw || raw.version !== 1 || !Array.isArray(raw.conflicts) || raw.conflicts.some((c) => typeof c?.fingerprint !== 'string')) {
    throw new BaselineError(`${file}: not a claimcheck baseline (expected {"version": 1, "conflicts": [{"fingerprint": ...}]})`);
  }
  return raw as Baseline;
}

/** Hides baselined conflicts; the entries that matched nothing are reported as fixed. */
export function applyBaseline(conflicts: readonly Conflict[], baseline: Baseline): { conflicts: Conflict[]; matched: number; fixed: BaselineEntry[] } {
  const known = new Set(baseline.conflicts.map((e) => e.fingerprint));
  const seen = new Set<string>();
  const kept: Conflict[] = [];
  for (const c of conflicts) {
    const f = fingerprint(c);
    if (known.has(f)) seen.add(f);
    else kept.push(c);
  }
  return { conflicts: kept, matched: seen.size, fixed: baseline.conflicts.filter((e) => !seen.has(e.fingerprint)) };
}
