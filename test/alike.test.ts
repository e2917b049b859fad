// Claims stated alike (src/check/alike.ts): what makes two claims one statement, the order that picks the one shown,
// and a group with the archive's alike claims kept once and counted, the claims of new articles each kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alikeKey, byCodePoint, collapseAlike, STATEMENTS_SHOWN, type Placed } from '../src/check/alike.js';
import type { Claim } from '../src/types.js';

function claim(file: string, value: number, over: Partial<Claim> = {}): Claim {
  return {
    id: `${file}:0:staff`,
    entity: { id: 'acme', name: 'Acme', type: 'organization', mention: 'Acme', known: true },
    attribute: 'staff',
    value: { kind: 'quantity', min: value, max: value, unit: 'person', approx: false, text: String(value) },
    modality: 'asserted',
    source: 'prose',
    place: { file, line: 1, column: 1, endLine: 1, endColumn: 4 },
    quote: `${value} people`,
    sentence: `Acme has ${value} people.`,
    confidence: 1,
    ...over,
  };
}

describe('alikeKey', () => {
  it('is one for claims that differ only in where and how they were written', () => {
    const a = claim('a.md', 410);
    const b = claim('b.md', 410, {
      place: { file: 'b.md', line: 9, column: 3, endLine: 9, endColumn: 6 },
      quote: '410 staff',
      sentence: 'Staff: 410.',
      entity: { ...a.entity, mention: 'ACME Inc.' },
      confidence: 0.8,
      published: { start: '2025-03-01', end: '2025-03-01' },
    });
    expect(alikeKey(b)).toBe(alikeKey(a));
  });

  it('differs with anything a rule reads: value, its text, modality, source, period, subject found, derived or stated', () => {
    const a = claim('a.md', 410);
    const others: Claim[] = [
      claim('a.md', 411),
      claim('a.md', 410, { value: { ...(a.value as Extract<Claim['value'], { kind: 'quantity' }>), text: '410.0' } }),
      claim('a.md', 410, { modality: 'hedged' }),
      claim('a.md', 410, { source: 'table' }),
      claim('a.md', 410, { time: { start: '2025-01-01', end: '2025-12-31', text: 'in 2025' } }),
      claim('a.md', 410, { subjectVia: 'heading' }),
      claim('a.md', 410, { derivedFrom: ['a.md:0:staff'], derivation: 'lifted' }),
      claim('a.md', 410, { suppressed: ['numeric-mismatch'] }),
    ];
    expect(new Set([a, ...others].map(alikeKey)).size).toBe(others.length + 1);
  });

  it("keeps a prediction's article date: when it was made is what rule temporal-scope reads", () => {
    const at = (day: string) => claim('a.md', 410, { modality: 'predicted', published: { start: day, end: day } });
    expect(alikeKey(at('2025-03-01'))).not.toBe(alikeKey(at('2025-04-01')));
  });
});

describe('byCodePoint', () => {
  it("orders paths as their UTF-8 bytes do (SQLite's and PostgreSQL's C order)", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(byCodePoint(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
    );
    // UTF-16 order says otherwise: U+1F600 is two code units below U+FF5E.
    expect(['\u{1F600}.md', '\uFF5E.md'].sort(byCodePoint)).toEqual(['\uFF5E.md', '\u{1F600}.md']);
  });
});

describe('collapseAlike', () => {
  const placed = (c: Claim, seq: number, count = 1): Placed => ({ claim: c, path: c.place.file, seq, count });

  it("keeps the first of the archive's claims stated alike, counting the others; a new article's claims each", () => {
    const group = [claim('a.md', 410), claim('b.md', 410), claim('c.md', 300), claim('new.md', 300), claim('new.md', 300)].map((c, i) => placed(c, i));
    const kept = collapseAlike(group, (p) => p === 'new.md');
    expect(kept.map((c) => [c.place.file, c.alike])).toEqual([
      ['a.md', 1],
      ['c.md', undefined],
      ['new.md', undefined],
      ['new.md', undefined],
    ]);
  });

  it(`keeps the archive's ${STATEMENTS_SHOWN} statements made most often, and every claim of a new article`, () => {
    // 25 statements, each once but for 500, 501 and 502, stated three times.
    const archived = Array.from({ length: 25 }, (_, i) => claim(`a${String(i).padStart(2, '0')}.md`, 500 + i));
    const again = [0, 1, 2].flatMap((i) => [claim(`b${i}.md`, 500 + i), claim(`c${i}.md`, 500 + i)]);
    const fresh = Array.from({ length: 25 }, (_, i) => claim('new.md', 900 + i));
    const kept = collapseAlike([...archived, ...again, ...fresh].map((c, i) => placed(c, i)), (p) => p === 'new.md');
    const old = kept.filter((c) => c.place.file !== 'new.md');
    expect(old).toHaveLength(STATEMENTS_SHOWN);
    expect(old.filter((c) => c.alike === 2).map((c) => c.place.file)).toEqual(['a00.md', 'a01.md', 'a02.md']);
    expect(kept.filter((c) => c.place.file === 'new.md')).toHaveLength(25);
  });

  it('adds the counts a claim index gives, and picks the first by path in code point order, then place', () => {
    const astral = claim('\u{1F600}.md', 410);
    const wide = claim('\uFF5E.md', 410);
    const later = claim('\uFF5E.md', 410, { place: { file: '\uFF5E.md', line: 5, column: 1, endLine: 5, endColumn: 4 } });
    const kept = collapseAlike([placed(astral, 0, 3), placed(wide, 1), placed(later, 0)], () => false);
    expect(kept.map((c) => [c.place.file, c.place.line, c.alike])).toEqual([['\uFF5E.md', 5, 4]]);
  });
});
