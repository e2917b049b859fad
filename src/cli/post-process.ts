// Steps run on a finished report, each pure: (report) => report.
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { cutMiddle, MAX_MESSAGE } from '../report/escape.js';
import type { Conflict, Omitted, Report } from '../types.js';

/** The report with another list of conflicts, its summary recounted. */
export function withConflicts(report: Report, conflicts: Conflict[]): Report {
  const count = (s: Conflict['severity']) => conflicts.filter((c) => c.severity === s).length;
  return {
    ...report,
    conflicts,
    summary: { ...report.summary, conflicts: conflicts.length, error: count('error'), warning: count('warning'), info: count('info') },
  };
}

/** The report with `kept` conflicts, the others counted as omitted for `cause`. */
function omitting(report: Report, kept: Conflict[], cause: keyof Omitted): Report {
  const left = report.conflicts.length - kept.length;
  const out = withConflicts(report, kept);
  return left === 0 ? out : { ...out, omitted: { ...report.omitted, [cause]: (report.omitted?.[cause] ?? 0) + left } };
}

/** `--new`: only conflicts with a side in one of these files, checked against the whole corpus; the others counted. */
export const onlyInvolving =
  (files: ReadonlySet<string>) =>
  (report: Report): Report =>
    omitting(report, report.conflicts.filter((c) => c.claims.some((claim) => files.has(claim.place.file))), 'outsideNew');

/** `--quiet`: only conflicts of these severities; the others counted. */
export const onlySeverities =
  (keep: readonly Conflict['severity'][]) =>
  (report: Report): Report =>
    omitting(report, report.conflicts.filter((c) => keep.includes(c.severity)), 'quiet');

/**
 * `--baseline`: accepted conflicts hidden; conflicts that grew a side kept and listed as grown;
 * baseline entries that match nothing listed as fixed.
 */
export const hideBaselined =
  (baseline: Baseline, file: string) =>
  (report: Report): Report => {
    const { conflicts, matched, fixed, grown } = applyBaseline(report.conflicts, baseline);
    return {
      ...withConflicts(report, conflicts),
      baseline: { file, matched, fixed: fixed.map(entryOf), ...(grown.length > 0 ? { grown } : {}) },
    };
  };

/** Every file error's message cut and kept to one line's worth (they may quote article text). */
export const boundErrorMessages = (report: Report): Report =>
  report.files.some((f) => f.errors.some((e) => e.message.length > MAX_MESSAGE))
    ? { ...report, files: report.files.map((f) => ({ ...f, errors: f.errors.map((e) => ({ ...e, message: cutMiddle(e.message, MAX_MESSAGE) })) })) }
    : report;

const entryOf = (e: BaselineEntry) => ({ fingerprint: e.fingerprint, rule: e.rule, entity: e.entity, attribute: e.attribute, message: e.message });
