// Grouping by periods (src/check/group.ts): a flow's figures meet only the same period, a stock's the periods that
// contain theirs, a timeless attribute's every period; open attributes (no pack) are flows, the safe side.
import { describe, expect, it } from 'vitest';
import { groupKey } from '../src/check/group.js';
import { findConflicts, periodsIn } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { validatePack } from '../src/packs/load.js';
import type { Claim, TimeScope } from '../src/types.js';

const pack = validatePack(
  {
    name: 'periods',
    entities: [{ id: 'acme', name: 'Acme', type: 'organization' }],
    attributes: [
      { id: 'staff', label: 'staff', kind: 'quantity', unit: 'person', subjects: ['organization'], measure: 'stock' },
      { id: 'revenue', label: 'revenue', kind: 'quantity', unit: 'USD', subjects: ['organization'], measure: 'flow' },
      { id: 'sales', label: 'sales', kind: 'quantity', unit: 'USD', subjects: ['organization'] },
      { id: 'founding.capital', label: 'founding capital', kind: 'quantity', unit: 'USD', subjects: ['organization'], timeless: true },
      { id: 'casualties', label: 'casualties', kind: 'quantity', unit: 'person', subjects: ['organization'], measure: 'tally' },
    ],
  },
  'periods.yml',
);
const lexicon = compileLexicon(pack);

const YEAR: TimeScope = { start: '2025-01-01', end: '2025-12-31', text: 'in 2025' };
const MARCH: TimeScope = { start: '2025-03-01', end: '2025-03-31', text: 'as of March 2025' };
const APRIL: TimeScope = { start: '2025-04-01', end: '2025-04-30', text: 'in April 2025' };
const Q1: TimeScope = { start: '2025-01-01', end: '2025-03-31', text: 'in Q1 2025' };
const NAMED: TimeScope = { start: '~last season', end: '~last season', text: 'last season' };

let n = 0;
function claim(attribute: string, value: number, time?: TimeScope, at: { file?: string; published?: { start: string; end: string } } = {}): Claim {
  n++;
  const file = at.file ?? `a${n}.md`;
  return {
    id: `${file}:0:${attribute}`,
    entity: { id: 'acme', name: 'Acme', type: 'organization', mention: 'Acme', known: true },
    attribute,
    value: { kind: 'quantity', min: value, max: value, unit: attribute === 'staff' ? 'person' : attribute.startsWith('open.') ? '' : 'USD', approx: false, text: String(value) },
    ...(time ? { time } : {}),
    modality: 'asserted',
    source: 'prose',
    place: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
    quote: String(value),
    sentence: `Acme: ${value}.`,
    confidence: 1,
    ...(at.published ? { published: at.published } : {}),
  };
}

const clashes = (claims: Claim[]) => findConflicts(claims, { lexicon }).filter((c) => c.rule === 'numeric-mismatch');

describe('periods by containment', () => {
  it('a stock is compared with the periods that contain its own, never across disjoint periods', () => {
    const found = clashes([claim('staff', 410, MARCH), claim('staff', 300, YEAR), claim('staff', 250, APRIL)]);
    expect(found.map((c) => c.message)).toEqual(['Acme staff: 410 (as of March 2025) vs 300 (in 2025)', 'Acme staff: 250 (in April 2025) vs 300 (in 2025)']);
    expect(clashes([claim('staff', 410, MARCH), claim('staff', 250, APRIL)])).toEqual([]);
    expect(clashes([claim('staff', 410, MARCH), claim('staff', 410, Q1), claim('staff', 410, YEAR)])).toEqual([]);
    // A named period meets only itself; figures with no period meet only each other.
    expect(clashes([claim('staff', 410, NAMED), claim('staff', 300, YEAR), claim('staff', 200)])).toEqual([]);
  });

  it('within one period a stock clashes as any figure does, and the finding is the same as without containment', () => {
    const found = clashes([claim('staff', 410, MARCH), claim('staff', 300, MARCH), claim('staff', 350, APRIL)]);
    expect(found.map((c) => [c.message, c.claims.length])).toEqual([['Acme staff: 410 vs 300', 2]]);
  });

  it('flows, attributes with no measure and open attributes meet only the same period; timeless ones meet every period', () => {
    for (const attribute of ['revenue', 'sales', 'open.download']) {
      expect(clashes([claim(attribute, 40e6, MARCH), claim(attribute, 400e6, YEAR)]), attribute).toEqual([]);
      expect(clashes([claim(attribute, 40e6, YEAR), claim(attribute, 400e6, YEAR)]), attribute).toHaveLength(1);
    }
    expect(clashes([claim('founding.capital', 1e6, MARCH), claim('founding.capital', 2e6, APRIL)])).toHaveLength(1);
  });

  it('a stock keys its timed claims as one fact group (the claim index stores and finds them under one key)', () => {
    const periods = periodsIn(lexicon);
    const key = (c: Claim) => groupKey(c, 'fact', periods);
    expect(key(claim('staff', 1, MARCH))).toBe(key(claim('staff', 2, YEAR)));
    expect(key(claim('staff', 1, MARCH))).not.toBe(key(claim('staff', 1)));
    expect(key(claim('revenue', 1, MARCH))).not.toBe(key(claim('revenue', 1, YEAR)));
    expect(key(claim('open.download', 1, MARCH))).not.toBe(key(claim('open.download', 1, YEAR)));
    expect(key(claim('founding.capital', 1, MARCH))).toBe(key(claim('founding.capital', 1)));
  });
});

describe('tallies (measure: tally) at the article\'s date', () => {
  const FEB6 = { start: '2025-03-04', end: '2025-03-04' };
  const FEB9 = { start: '2025-03-07', end: '2025-03-07' };
  const DAY9: TimeScope = { start: '2025-03-07', end: '2025-03-07', text: 'on 7 March' };

  it('a figure with no period of its own meets only the figures of its article\'s date, and none when the article has none', () => {
    // Pages of two dates, and two pages with no date: a toll that grows is no contradiction between them.
    expect(clashes([claim('casualties', 912, undefined, { published: FEB6 }), claim('casualties', 20000, undefined, { published: FEB9 })])).toEqual([]);
    expect(clashes([claim('casualties', 912), claim('casualties', 20000)])).toEqual([]);
    // One date: still compared. Two figures of one page with no date: counts of two moments or events, not compared.
    expect(clashes([claim('casualties', 912, undefined, { published: FEB6 }), claim('casualties', 1500, undefined, { published: FEB6 })])).toHaveLength(1);
    const later = (c: Claim): Claim => ({ ...c, place: { ...c.place, line: 9, endLine: 9 } });
    expect(clashes([claim('casualties', 912, undefined, { file: 'live.md' }), later(claim('casualties', 1500, undefined, { file: 'live.md' }))])).toEqual([]);
    // A page's date meets a figure said of that day elsewhere; a stock with no periods still meets across pages.
    expect(clashes([claim('casualties', 912, undefined, { published: FEB9 }), claim('casualties', 20000, DAY9)])).toHaveLength(1);
    expect(clashes([claim('staff', 410), claim('staff', 300)])).toHaveLength(1);
  });

  it('two floors of a tally both hold ("over 40,000 evacuated", "exceeds 64,000"); of a stock they are read as the figures they round', () => {
    const floor = (c: Claim): Claim => ({ ...c, value: { ...c.value, max: null, approx: true } as Claim['value'] });
    expect(clashes([floor(claim('casualties', 40000, undefined, { file: 'live.md' })), floor(claim('casualties', 64000, undefined, { file: 'live.md' }))])).toEqual([]);
    expect(clashes([floor(claim('casualties', 40000, undefined, { file: 'live.md' })), claim('casualties', 64000, undefined, { file: 'live.md' })])).toEqual([]);
    expect(clashes([floor(claim('casualties', 64000, undefined, { file: 'live.md' })), claim('casualties', 40000, undefined, { file: 'live.md' })])).toHaveLength(1);
    expect(clashes([floor(claim('staff', 6000)), floor(claim('staff', 8000))])).toHaveLength(1);
  });

  it('figures with a period meet only the same period (a tally grows within a year: no containment)', () => {
    expect(clashes([claim('casualties', 912, DAY9), claim('casualties', 50000, YEAR)])).toEqual([]);
    expect(clashes([claim('casualties', 912, DAY9), claim('casualties', 50000, DAY9)])).toHaveLength(1);
  });
});

describe('groupings by figure', () => {
  const other = (c: Claim, entity: string): Claim => ({ ...c, entity: { ...c.entity, id: entity, name: entity, mention: entity } });
  const category = (c: Claim, value: string): Claim => ({ ...c, value: { kind: 'category', value, text: value } });

  it("'figure' holds one figure of one attribute across entities and articles; a value that is no figure is keyed by its entity", () => {
    const key = (c: Claim) => groupKey(c, 'figure');
    expect(key(claim('revenue', 5))).toBe(key(other(claim('revenue', 5), 'globex')));
    expect(key(claim('revenue', 5))).not.toBe(key(claim('revenue', 6)));
    expect(key(claim('revenue', 5))).not.toBe(key(claim('sales', 5)));
    expect(key(category(claim('revenue', 5), 'a'))).toBe(key(category(claim('revenue', 5), 'b')));
    expect(key(category(claim('revenue', 5), 'a'))).not.toBe(key(other(category(claim('revenue', 5), 'a'), 'globex')));
  });

  it("'entity-figure' holds one entity's equal figures under any attribute; a value that is no figure is keyed by its attribute", () => {
    const key = (c: Claim) => groupKey(c, 'entity-figure');
    expect(key(claim('revenue', 5))).toBe(key(claim('sales', 5)));
    expect(key(claim('revenue', 5))).not.toBe(key(other(claim('sales', 5), 'globex')));
    expect(key(claim('revenue', 5))).not.toBe(key(claim('revenue', 6)));
    expect(key(category(claim('revenue', 5), 'a'))).not.toBe(key(category(claim('sales', 5), 'a')));
  });
});
