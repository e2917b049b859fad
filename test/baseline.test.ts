// Baselines (src/cli/baseline.ts): written with their sides, read in the smallest shape, and applied
// so that a conflict found again is hidden, one that lost a side stays hidden, one that gained a side
// is kept and listed as grown, and entries that match nothing are fixed.
import { describe, expect, it } from 'vitest';
import { applyBaseline, BaselineError, createBaseline, parseBaseline } from '../src/cli/baseline.js';
import type { Claim, Conflict } from '../src/types.js';

const claim = (file: string, min: number): Claim =>
  ({
    id: `${file}:${min}`,
    entity: { id: 'acme/widget', name: 'acme/widget', type: 'repository', mention: 'acme/widget', known: false },
    attribute: 'github.stars',
    value: { kind: 'quantity', min, max: null, unit: 'star', approx: true, text: `over ${min}` },
    modality: 'asserted',
    source: 'prose',
    place: { file, line: 1, column: 1, endLine: 1, endColumn: 10 },
    quote: `over ${min} stars`,
    sentence: '',
    confidence: 1,
  }) as Claim;

const conflict = (id: string, ...claims: Claim[]): Conflict => ({
  id,
  rule: 'numeric-mismatch',
  severity: 'error',
  entity: { id: 'acme/widget', name: 'acme/widget', type: 'repository' },
  attribute: 'github.stars',
  message: 'm',
  claims,
});

const a = claim('a.md', 3000);
const b = claim('b.md', 9000);
const e = claim('e.md', 20000);

describe('applyBaseline', () => {
  const baseline = createBaseline([conflict('x', a, b)]);

  it('hides a conflict found again, even on other lines', () => {
    const moved = { ...a, place: { ...a.place, line: 7 } };
    expect(applyBaseline([conflict('x2', moved, b)], baseline)).toEqual({ conflicts: [], matched: 1, fixed: [], grown: [] });
  });

  it('keeps a conflict that gained a side, lists it as grown with its new claims, not as fixed', () => {
    const grown = conflict('y', a, b, e);
    expect(applyBaseline([grown], baseline)).toEqual({
      conflicts: [grown],
      matched: 0,
      fixed: [],
      grown: [{ fingerprint: baseline.conflicts[0]!.fingerprint, conflict: 'y', newClaims: [{ file: 'e.md', line: 1, column: 1 }] }],
    });
  });

  it('hides a conflict that lost a side, and lists entries that match nothing as fixed', () => {
    const three = createBaseline([conflict('x', a, b, e)]);
    expect(applyBaseline([conflict('z', a, e)], three)).toMatchObject({ conflicts: [], matched: 1, fixed: [] });
    expect(applyBaseline([], three).fixed.map((f) => f.fingerprint)).toEqual([three.conflicts[0]!.fingerprint]);
  });
});

describe('parseBaseline', () => {
  it('reads the smallest shape, its descriptions empty', () => {
    expect(parseBaseline('{"version": 1, "conflicts": [{"fingerprint": "f1"}]}', 'b.json')).toEqual({
      version: 1,
      conflicts: [{ fingerprint: 'f1', rule: '', entity: '', attribute: '', message: '' }],
    });
  });

  it('refuses a wrong shape, naming the place', () => {
    const cases: [string, string][] = [
      ['[]', 'the top level is not an object'],
      ['{"version": 2, "conflicts": []}', '"version" is not 1'],
      ['{"version": 1}', '"conflicts" is not a list'],
      ['{"version": 1, "conflicts": [{"fingerprint": ""}]}', 'conflicts[0].fingerprint is not a non-empty string'],
      ['{"version": 1, "conflicts": [{"fingerprint": "f", "sides": [1]}]}', 'conflicts[0].sides is not a list of strings'],
    ];
    for (const [text, says] of cases) {
      expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
      expect(() => parseBaseline(text, 'b.json')).toThrow(`b.json: not a claimcheck baseline: ${says}`);
    }
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b\.json: not a baseline \(invalid JSON: /);
  });
});
