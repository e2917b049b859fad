// The exit code and its reason, decided in one place: 0 nothing at or above the gate, 1 conflicts at
// or above it (or more warnings than allowed), 2 input errors.
import type { Report, Severity } from '../types.js';

export type FailOn = Severity | 'none';

export interface GateOptions {
  failOn: FailOn;
  /** Exit 1 when there are more warnings than this (ESLint's --max-warnings); undefined: no limit. */
  maxWarnings?: number;
  /** --quiet: conflicts below the gate are not shown; the reason says so when they decide the code. */
  quiet?: boolean;
}

export interface Verdict {
  code: 0 | 1 | 2;
  /** Why, in words for the summary line ("1 file could not be checked"); '' when there is nothing to explain. */
  reason: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The exit code of a check and why, from the report the gate sees (before --quiet hides anything). */
export function verdict(report: Report, gate: GateOptions): Verdict {
  const unreadable = report.files.filter((f) => f.errors.length > 0).length;
  if (unreadable > 0) return { code: 2, reason: `${plural(unreadable, 'file', 'files')} could not be checked` };
  const threshold = gate.failOn === 'none' ? Infinity : RANK[gate.failOn];
  const failing = report.conflicts.filter((c) => RANK[c.severity] >= threshold).length;
  if (failing > 0) return { code: 1, reason: `${plural(failing, 'conflict', 'conflicts')} at or above --fail-on ${gate.failOn}` };
  const warnings = report.conflicts.filter((c) => c.severity === 'warning').length;
  if (gate.maxWarnings !== undefined && warnings > gate.maxWarnings) {
    // --quiet shows only conflicts at or above the gate: warnings below it are counted, not shown.
    const hidden = gate.quiet === true && RANK.warning < threshold ? ' (not shown: --quiet)' : '';
    return { code: 1, reason: `${plural(warnings, 'warning', 'warnings')}${hidden}, more than --max-warnings ${gate.maxWarnings}` };
  }
  if (report.conflicts.length === 0) return { code: 0, reason: '' };
  return { code: 0, reason: gate.failOn === 'none' ? '--fail-on none' : `none at or above --fail-on ${gate.failOn}` };
}

/** The exit code alone. */
export function exitCode(report: Report, gate: GateOptions): 0 | 1 | 2 {
  return verdict(report, gate).code;
}
