// Steps run on a finished report, each pure: (report) => report.
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import type { Conflict, Report } from '../types.js';

/** The report with another list of conflicts, its summary recounted. */
export function withConflicts(report: Report, conflicts: Conflict[]): Report {
  const count = (s: Conflict['severity']) => conflicts.filter((c) => c.severity === s).length;
  return {
    ...report,
    conflicts,
    summary: { ...report.summary, conflicts: conflicts.length, error: count('error'), warning: count('warning'), info: count('info') },
  };
}

/** `--new`: only conflicts with a side in one of these files, checked against the whole corpus. */
export const onlyInvolving =
  (files: ReadonlySet<string>) =>
  (report: Report): Report =>
    withConflicts(report, report.conflicts.filter((c) => c.claims.some((claim) => files.has(claim.place.file))));

/** `--quiet`: only conflicts of these severities. */
export const onlySeverities =
  (keep: readonly Conflict['severity'][]) =>
  (report: Report): Report =>
    withConflicts(report, report.conflicts.filter((c) => keep.includes(c.severity)));

/** `--baseline`: accepted conflicts hidden; baseline entries that no longer match are listed as fixed. */
export const hideBaselined =
  (baseline: Baseline, file: string) =>
  (report: Report): Report => {
    const { conflicts, matched, fixed } = applyBaseline(report.conflicts, baseline);
    return { ...withConflicts(report, conflicts), baseline: { file, matched, fixed: fixed.map(entryOf) } };
  };

const entryOf = (e: BaselineEntry) => ({ fingerprint: e.fingerprint, rule: e.rule, entity: e.entity, attribute: e.attribute, message: e.message });
