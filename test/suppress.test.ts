// Suppression comments: which rules each line has disabled, in time linear in directives and claims; comments that do nothing are named.
import { describe, expect, it } from 'vitest';
import { disabledRules, readDirective, type Directive } from '../src/check/suppress.js';

const RULES = ['numeric-mismatch', 'event-polarity', 'attribution'];
const d = (kind: Directive['kind'], line: number, rules: string[] = [], endLine = line): Directive => ({ kind, rules, line, endLine });

describe('disabledRules', () => {
  it('disable … enable spans, by rule or for all rules, and disable-next-line', () => {
    const at = disabledRules([
      d('disable', 3, ['numeric-mismatch']),
      d('disable-next-line', 4, ['attribution'], 5),
      d('disable', 8),
      d('enable', 10),
      d('disable', 12, ['event-polarity', 'attribution']),
      d('enable', 14, ['attribution']),
      d('disable-next-line', 20),
    ]);
    expect([1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 20, 21, 22].map((line) => [line, at(line)])).toEqual([
      [1, []],
      [2, []],
      [3, ['numeric-mismatch']],
      [5, ['numeric-mismatch']],
      [6, ['attribution', 'numeric-mismatch']],
      [7, ['numeric-mismatch']],
      [8, ['*']],
      [9, ['*']],
      [10, []],
      [12, ['attribution', 'event-polarity']],
      [13, ['attribution', 'event-polarity']],
      [14, ['event-polarity']],
      [20, ['event-polarity']],
      [21, ['*']],
      [22, ['event-polarity']],
    ]);
  });

  it('reads each directive a bounded number of times, however many lines are asked (linear, not directives × claims)', () => {
    let reads = 0;
    const counted = (directive: Directive): Directive =>
      new Proxy(directive, {
        get(target, key) {
          reads++;
          return target[key as keyof Directive];
        },
      });
    const work = (n: number): number => {
      reads = 0;
      const directives = Array.from({ length: n }, (_, i) => counted(d(i % 3 === 2 ? 'disable-next-line' : i % 2 === 0 ? 'disable' : 'enable', 2 * i + 1, [RULES[i % 3]!])));
      const at = disabledRules(directives);
      for (let line = 1; line <= 2 * n; line++) at(line);
      return reads;
    };
    const small = work(500);
    const large = work(4000);
    // Sorting reads O(n log n); the questions read nothing. Directives × lines would be ×64.
    expect(large / small).toBeLessThan(12);
    expect(large).toBeLessThan(4000 * 40);
  });
});

describe('readDirective', () => {
  it('reads a directive, its rules and an ESLint-style reason', () => {
    expect(readDirective('<!-- claimcheck-disable-next-line numeric-mismatch, attribution -- the figure is right -->', 4, 4, RULES)).toEqual({
      directive: d('disable-next-line', 4, ['numeric-mismatch', 'attribution']),
      problems: [],
    });
    expect(readDirective('<!--claimcheck-enable-->', 2, 2, RULES)).toEqual({ directive: d('enable', 2), problems: [] });
    expect(readDirective('<!-- a note for editors -->', 2, 2, RULES)).toEqual({ problems: [] });
  });

  it('names a misspelt directive and an unknown rule id, which do nothing', () => {
    expect(readDirective('<!-- claimcheck-disabel numeric-mismatch -->', 7, 7, RULES)).toEqual({
      problems: [{ line: 7, message: 'unknown suppression comment "claimcheck-disabel" (expected claimcheck-disable, claimcheck-enable or claimcheck-disable-next-line); it does nothing' }],
    });
    expect(readDirective('<!-- ClaimCheck-disable-line -->', 1, 1, RULES).problems.map((p) => p.message)).toEqual([
      'unknown suppression comment "ClaimCheck-disable-line" (expected claimcheck-disable, claimcheck-enable or claimcheck-disable-next-line); it does nothing',
    ]);
    expect(readDirective('<!-- claimcheck-disable numeric-mismatc attribution -->', 3, 3, RULES)).toEqual({
      directive: d('disable', 3, ['attribution']),
      problems: [{ line: 3, message: 'unknown rule "numeric-mismatc" in claimcheck-disable (known rules: numeric-mismatch, event-polarity, attribution); it is ignored' }],
    });
    // Only unknown rules: the directive must not turn into "every rule".
    expect(readDirective('<!-- claimcheck-disable numeric-mismatc -->', 3, 3, RULES).directive).toBeUndefined();
  });
});
