// The exit code and its reason (src/cli/exit-code.ts), on plain reports.
import { describe, expect, it } from 'vitest';
import { verdict } from '../src/cli/exit-code.js';
import type { Conflict, Report, Severity } from '../src/types.js';

const conflict = (severity: Severity): Conflict =>
  ({ id: severity, rule: 'numeric-mismatch', severity, entity: { id: 'e', name: 'E', type: 't' }, attribute: 'a', message: 'm', claims: [] }) as Conflict;

function report(severities: Severity[], unreadable = 0): Report {
  const count = (s: Severity) => severities.filter((x) => x === s).length;
  return {
    version: 1,
    files: [
      { file: 'a.md', claims: 3, errors: [] },
      ...Array.from({ length: unreadable }, (_, i) => ({ file: `bad${i}.md`, claims: 0, errors: [{ code: 'binary', message: 'binary file skipped' }] })),
    ],
    conflicts: severities.map(conflict),
    summary: { files: 1 + unreadable, claims: 3, conflicts: severities.length, error: count('error'), warning: count('warning'), info: count('info') },
  };
}

describe('verdict', () => {
  it('2 when a file could not be checked, whatever the conflicts', () => {
    expect(verdict(report(['error'], 2), { failOn: 'error' })).toEqual({ code: 2, reason: '2 files could not be checked' });
    expect(verdict(report([], 1), { failOn: 'none' })).toEqual({ code: 2, reason: '1 file could not be checked' });
  });

  it('1 for conflicts at or above --fail-on, counted', () => {
    expect(verdict(report(['error', 'warning', 'info']), { failOn: 'error' })).toEqual({ code: 1, reason: '1 conflict at or above --fail-on error' });
    expect(verdict(report(['error', 'warning', 'info']), { failOn: 'warning' })).toEqual({ code: 1, reason: '2 conflicts at or above --fail-on warning' });
  });

  it('1 for more warnings than --max-warnings, saying when --quiet hides them', () => {
    const warnings = report(['warning', 'warning', 'warning']);
    expect(verdict(warnings, { failOn: 'none', maxWarnings: 2 })).toEqual({ code: 1, reason: '3 warnings, more than --max-warnings 2' });
    expect(verdict(warnings, { failOn: 'error', maxWarnings: 0, quiet: true })).toEqual({ code: 1, reason: '3 warnings (not shown: --quiet), more than --max-warnings 0' });
    expect(verdict(warnings, { failOn: 'none', maxWarnings: 3 })).toEqual({ code: 0, reason: '--fail-on none' });
  });

  it('0 with the reason when there are conflicts below the gate, and no reason when there are none', () => {
    expect(verdict(report(['warning']), { failOn: 'error' })).toEqual({ code: 0, reason: 'none at or above --fail-on error' });
    expect(verdict(report([]), { failOn: 'error' })).toEqual({ code: 0, reason: '' });
  });
});
