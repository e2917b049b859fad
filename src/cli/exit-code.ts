// The exit code, decided in one place: 0 nothing at or above the gate, 1 conflicts at or above it, 2 input errors.
import type { Report, Severity } from '../types.js';

export type FailOn = Severity | 'none';

export interface GateOptions {
  failOn: FailOn;
  /** Exit 1 when there are more warnings than this (ESLint's --max-warnings); undefined: no limit. */
  maxWarnings?: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function exitCode(report: Report, gate: GateOptions): 0 | 1 | 2 {
  if (report.files.some((f) => f.errors.length > 0)) return 2;
  const threshold = gate.failOn === 'none' ? Infinity : RANK[gate.failOn];
  if (report.conflicts.some((c) => RANK[c.severity] >= threshold)) return 1;
  if (gate.maxWarnings !== undefined && report.summary.warning > gate.maxWarnings) return 1;
  return 0;
}
