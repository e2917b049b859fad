// Walks the rule registry: every rule has fixtures (fixtures/<rule-id>/<case>/) in at least two
// subject fields, cases named fires-* make it fire, cases named silent-* keep it quiet, and each case
// yields exactly the conflicts of that rule its expect.json lists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, checkTexts } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';
import { rules } from '../src/rules/index.js';
import { isStandardSize } from '../src/rules/attribution.js';
import type { Claim, Place } from '../src/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const builtin = loadPackFile(BUILTIN_PACK_PATH);

interface Expectation {
  field: string;
  packs: string[];
  conflicts: { rule: string; entity: string; attribute: string }[];
}

interface Case {
  name: string;
  dir: string;
  expectation: Expectation;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function readExpectation(file: string): Expectation {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Expectation>;
  return { field: data.field ?? '', packs: data.packs ?? [], conflicts: data.conflicts ?? [] };
}

function casesOf(ruleId: string): Case[] {
  const root = path.join(FIXTURES, ruleId);
  if (!isDir(root)) return [];
  return readdirSync(root)
    .filter((name) => isDir(path.join(root, name)))
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const expectFile = path.join(dir, 'expect.json');
      const expectation = existsSync(expectFile) ? readExpectation(expectFile) : { field: '', packs: [], conflicts: [] };
      return { name, dir, expectation };
    });
}

/** The text of `file` between a place's start and end (1-based lines and columns, end exclusive). */
function textAt(text: string, place: Place): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  return text.slice(offset(place.line, place.column), offset(place.endLine, place.endColumn));
}

const key = (c: { rule: string; entity: string; attribute: string }) => `${c.rule} ${c.entity} ${c.attribute}`;

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (ruleId) => {
  const cases = casesOf(ruleId);

  it('has fixtures: at least 2 fires-* and 3 silent-* cases over at least 2 fields', () => {
    expect(isDir(path.join(FIXTURES, ruleId)), `fixtures/${ruleId}/ is missing`).toBe(true);
    const fires = cases.filter((c) => c.name.startsWith('fires-'));
    const silent = cases.filter((c) => c.name.startsWith('silent-'));
    expect(fires.length).toBeGreaterThanOrEqual(2);
    expect(silent.length).toBeGreaterThanOrEqual(3);
    expect(fires.length + silent.length, 'every case folder is named fires-* or silent-*').toBe(cases.length);
    for (const c of cases) {
      expect(existsSync(path.join(c.dir, 'expect.json')), `${c.name}/expect.json is missing`).toBe(true);
      expect(c.expectation.field, `${c.name}: expect.json needs a field`).not.toBe('');
    }
    const fields = new Set(cases.map((c) => c.expectation.field));
    expect(fields.size).toBeGreaterThanOrEqual(2);
    // The AI field counts as one field, and at most one case per rule may use it.
    expect(cases.filter((c) => c.expectation.field === 'ai').length).toBeLessThanOrEqual(1);
  });

  if (cases.length === 0) return;

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const { expectation } = c;
    const articles = readdirSync(c.dir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(articles.length, `${name} has no articles`).toBeGreaterThan(0);
    const sources = articles.map((f) => ({ file: `${name}/${f}`, text: readFileSync(path.join(c.dir, f), 'utf8') }));
    const packs = expectation.packs.map((p) => loadPackFile(path.resolve(c.dir, p)));
    const lexicon = compileLexicon(mergePacks([builtin, ...packs]));

    const report = checkTexts(sources, { lexicon });
    for (const file of report.files) expect(file.errors, file.file).toEqual([]);

    // The expectation itself must fit the folder's name and rule.
    for (const e of expectation.conflicts) expect(e.rule).toBe(ruleId);
    if (name.startsWith('fires-')) expect(expectation.conflicts.length).toBeGreaterThan(0);
    else expect(expectation.conflicts).toEqual([]);

    const found = report.conflicts.filter((x) => x.rule === ruleId);
    const summary = (claims: Claim[]) => claims.map((x) => `${x.place.file}:${x.place.line} "${x.quote}"`).join('; ');
    expect(
      found.map((x) => key({ rule: x.rule, entity: x.entity.id, attribute: x.attribute })).sort(),
      found.map((x) => `${x.message} [${summary(x.claims)}]`).join('\n'),
    ).toEqual(expectation.conflicts.map(key).sort());

    // A rule's `sides` holds of every claim its findings list (the CI gate runs a new claim's group only for such rules).
    for (const conflict of report.conflicts) {
      const rule = rules.find((r) => r.id === conflict.rule)!;
      for (const claim of conflict.claims) expect(rule.sides?.(claim, lexicon) ?? true, `${conflict.rule}: ${claim.place.file}:${claim.place.line} "${claim.quote}"`).toBe(true);
    }

    const texts = new Map(sources.map((s) => [s.file, s.text]));
    for (const conflict of found) {
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of conflict.claims) {
        const text = texts.get(claim.place.file);
        expect(text, `${claim.place.file} is not one of the case's articles`).toBeDefined();
        const at = textAt(text!, claim.place);
        const parts = claim.quote.split(' … ');
        if (claim.derivation && parts.length === 2 && claim.place.line !== claim.place.endLine) {
          // A claim derived from two others on different lines quotes both ends.
          expect(at.startsWith(parts[0]!) && at.endsWith(parts[1]!), `${claim.place.file}:${claim.place.line}`).toBe(true);
        } else {
          expect(at, `${claim.place.file}:${claim.place.line}:${claim.place.column}`).toBe(claim.quote);
        }
      }
    }
  });
});

describe('messages of large groups', () => {
  it('numeric-mismatch names each figure’s period length when the figures name different lengths or none', () => {
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(FIXTURES, 'packs/deals.yml'))]));
    const sources = [
      ['a.md', 'Halden Systems posted quarterly revenue of $4.2 billion.'],
      ['b.md', 'Halden Systems reported revenue of $4.2 billion.'],
      ['c.md', 'Halden Systems posted annual revenue of $15.8 billion.'],
      ['d.md', 'Halden Systems posted quarterly revenue of $3.9 billion.'],
    ].map(([file, body]) => ({ file: file!, text: `# Notes\n\n${body}\n` }));
    const found = checkTexts(sources, { lexicon }).conflicts.filter((c) => c.rule === 'numeric-mismatch');
    expect(found.map((c) => [c.message, c.claims.map((claim) => claim.place.file)])).toEqual([
      ['Halden Systems revenue: $4.2 billion (for a quarter) vs $4.2 billion vs $3.9 billion (for a quarter)', ['a.md', 'b.md', 'd.md']],
    ]);
  });

  /** The numeric-mismatch messages of pages with the deals pack, one body a page ("# Notes" above it). */
  const mismatches = (bodies: string[]) => {
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(FIXTURES, 'packs/deals.yml'))]));
    return checkTexts(
      bodies.map((body, i) => ({ file: `${'abcd'[i]}.md`, text: `# Notes\n\n${body}\n` })),
      { lexicon },
    )
      .conflicts.filter((c) => c.rule === 'numeric-mismatch')
      .map((c) => c.message);
  };

  it('numeric-mismatch compares a figure that names no length only as of a length whose figures it agrees with, or with figures that name none', () => {
    const check = mismatches;
    // $3.2B may be a quarter's revenue beside the year's $14B: not compared with it.
    expect(check(['Halden Systems posted annual revenue of $14 billion.', 'Halden Systems reported revenue of $3.2 billion.'])).toEqual([]);
    // $4.1B and $17.3B name no length, but each agrees with the figures of one length: each is that length's.
    expect(
      check([
        'Halden Systems posted quarterly revenue of $4.1 billion.',
        'Halden Systems posted annual revenue of $17.3 billion.',
        'Halden Systems reported revenue of $4.1 billion.',
        'Halden Systems reported revenue of $17.3 billion.',
      ]),
    ).toEqual([]);
    // Two figures that name no length still meet each other.
    expect(
      check(['Halden Systems posted annual revenue of $14 billion.', 'Halden Systems reported revenue of $3.2 billion.', 'Halden Systems reported revenue of $5.9 billion.']),
    ).toEqual(['Halden Systems revenue: $3.2 billion vs $5.9 billion']);
  });

  it('numeric-mismatch: a page that confirms one side of a clash between figures that name no length never hides it', () => {
    const check = mismatches;
    const two = ['Halden Systems reported revenue of $3.2 billion.', 'Halden Systems reported revenue of $5.9 billion.'];
    expect(check(two)).toEqual(['Halden Systems revenue: $3.2 billion vs $5.9 billion']);
    // A third page names the year's length and agrees with $3.2B: $5.9B still contradicts $3.2B.
    expect(check(['Halden Systems posted annual revenue of $3.2 billion.', ...two])).toEqual(['Halden Systems revenue: $3.2 billion vs $5.9 billion']);
    // Each agrees with a figure of another length: each may be that length's, no clash.
    expect(check(['Halden Systems posted annual revenue of $5.9 billion.', 'Halden Systems posted quarterly revenue of $3.2 billion.', ...two])).toEqual([]);
  });

  it('numeric-mismatch names at most 6 figures and counts the others; its claims list them all', () => {
    const lexicon = compileLexicon(mergePacks([builtin]));
    const sources = Array.from({ length: 10 }, (_, i) => ({
      file: `a${String(i).padStart(2, '0')}.md`,
      text: `# Notes\n\nThe DeepSeek-V3 repository has over ${(1 + 2 * i).toLocaleString('en-US')},000 GitHub stars.\n`,
    }));
    const found = checkTexts(sources, { lexicon }).conflicts.filter((c) => c.rule === 'numeric-mismatch');
    expect(found.map((c) => [c.message, c.claims.length])).toEqual([
      ['DeepSeek-V3 GitHub stars: over 1,000 vs over 3,000 vs over 5,000 vs over 7,000 vs over 9,000 vs over 11,000 and 4 other figures', 10],
    ]);
  });

  it('numeric-mismatch lists each date once, in figures, and neither names nor lists a date that contains the others', () => {
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(FIXTURES, 'packs/football.yml'))]));
    const sources = [
      ['a.md', 'date: 2025-07-15', 'Tomas Varga retired today, the club said.'],
      ['b.md', 'date: 2025-07-20', 'Tomas Varga retired on 15 July 2025 at 6 p.m. after ten seasons.'],
      ['c.md', 'date: 2025-07-20', 'Tomas Varga retired in July 2025.'],
      ['d.md', 'date: 2025-07-22', 'Tomas Varga retired on 11 July 2025.'],
    ].map(([file, front, body]) => ({ file: file!, text: `---\n${front}\n---\n\n# Notes\n\n${body}\n` }));
    const found = checkTexts(sources, { lexicon }).conflicts.filter((c) => c.rule === 'numeric-mismatch');
    expect(found.map((c) => [c.message, c.claims.map((claim) => claim.quote)])).toEqual([
      ['Tomas Varga retirement date: 15 July 2025 at 6 p.m. vs 11 July 2025', ['today', '15 July 2025 at 6 p.m.', '11 July 2025']],
    ]);
  });

  it('numeric-mismatch explains a date as the days it covers', () => {
    const dir = path.join(FIXTURES, 'numeric-mismatch', 'silent-aviation-delivery-day-within-its-month');
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(dir, 'pack.yml'))]));
    const sources = ['registry-note.md', 'spotters-blog.md'].map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
    const dates = analyse(sources, { lexicon }).claims.filter((c) => c.attribute === 'event.delivery.date');
    const rule = rules.find((r) => r.id === 'numeric-mismatch')!;
    expect(dates.map((c) => rule.explainClaim!(c, { lexicon, claimsOf: () => [] }))).toEqual(['compared as the days 2025-11-30 to 2025-11-30', 'compared as the days 2025-11-01 to 2025-11-30']);
  });
});

describe('attribution-across', () => {
  it('reads a figure in dispute only where numeric-mismatch reads another value: the same value written in K is none', () => {
    const dir = path.join(FIXTURES, 'attribution-across', 'silent-ai-a-context-window-written-in-k-and-in-full');
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(dir, 'pack.yml'))]));
    const check = (third: string) =>
      checkTexts(
        [
          'Vessel-20B has a context window of 49,152 tokens.',
          'Marlo-3 Lite has a context window of 49,152 tokens.',
          `Vessel-20B has a context window of ${third} tokens.`,
        ].map((body, i) => ({ file: `${'abc'[i]}.md`, text: `# Notes\n\n${body}\n` })),
        { lexicon },
      )
        .conflicts.filter((c) => c.rule === 'attribution-across' || c.rule === 'numeric-mismatch')
        .map((c) => [c.rule, c.message, c.claims.map((claim) => claim.place.file)]);
    expect(check('48K')).toEqual([]);
    expect(check('16K')).toEqual([
      ['numeric-mismatch', 'Vessel-20B context window: 49,152 vs 16,000 (16K tokens)', ['a.md', 'c.md']],
      ['attribution-across', '49,152 context window credited to Vessel-20B in one article and to Marlo-3 Lite in another', ['a.md', 'b.md']],
    ]);
  });

  it('takes no standard size for a rare figure: a power of two, or its K/M/B form, is shared by many', () => {
    const dir = path.join(FIXTURES, 'attribution-across', 'silent-ai-a-context-window-written-in-k-and-in-full');
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(dir, 'pack.yml'))]));
    const check = (shared: string, other: string) =>
      checkTexts(
        [
          `Vessel-20B has a context window of ${shared} tokens.`,
          `Marlo-3 Lite has a context window of ${shared} tokens.`,
          `Vessel-20B has a context window of ${other} tokens.`,
        ].map((body, i) => ({ file: `${'abc'[i]}.md`, text: `# Notes\n\n${body}\n` })),
        { lexicon },
      )
        .conflicts.filter((c) => c.rule === 'attribution-across')
        .map((c) => c.message);
    expect(check('128K', '256,000')).toEqual([]);
    expect(check('131,072', '262,144')).toEqual([]);
    expect(check('4,096', '8,192')).toEqual([]);
    expect(check('1,048,576', '200,000')).toEqual([]);
    expect(check('163,840', '200,000')).toEqual(['163,840 context window credited to Vessel-20B in one article and to Marlo-3 Lite in another']);
    expect(['32K', '128K', '131,072', '4,096', '2,048', '1M', '1,048,576', '256,000'].map((t) => isStandardSize(Number(t.replace(/,/g, '').replace('K', '000').replace('M', '000000'))))).toEqual(Array(8).fill(true));
    expect([163840, 49152, 125000, 4000.5, 3].map(isStandardSize)).toEqual([false, false, false, false, false]);
  });
});

describe('attribution-across: a figure in dispute is one the entity is given another value of in the same period', () => {
  const lexicon = compileLexicon(
    mergePacks([
      builtin,
      parsePack(
        [
          'name: rounds-across',
          'entities:',
          '  - {id: corvane, name: Corvane, type: organization}',
          '  - {id: halden, name: Halden, type: organization}',
          'attributes:',
          '  - {id: raised, label: amount raised, kind: quantity, unit: USD, triggers: [raised, raises], subjects: [organization], measure: act}',
          '  - {id: valuation, label: valuation, kind: quantity, unit: USD, triggers: [valuation], subjects: [organization], measure: tally}',
        ].join('\n'),
        'rounds-across.yml',
      ),
    ]),
  );
  const across = (pages: [string, string][]) =>
    checkTexts(
      pages.map(([date, body], i) => ({ file: `${'abc'[i]}.md`, text: `---\ndate: ${date}\n---\n\n# Notes\n\n${body}\n` })),
      { lexicon },
    )
      .conflicts.filter((c) => c.rule === 'attribution-across')
      .map((c) => c.message);

  it('meets no value of a tally on another date, nor an undated act', () => {
    expect(across([['2023-05-08', 'Corvane is now at a $1.5 billion valuation.'], ['2024-07-08', 'Halden is now at a $1.5 billion valuation.'], ['2026-02-16', 'Corvane is now at a $5.3 billion valuation.']])).toEqual([]);
    expect(across([['2024-10-21', 'Corvane raised $13 billion.'], ['2025-09-08', 'Halden raised $13 billion.'], ['2025-03-03', 'Corvane raised $3.5 billion.']])).toEqual([]);
  });

  it('still reads a tally given another value on the same date', () => {
    expect(across([['2023-05-08', 'Corvane is now at a $1.5 billion valuation.'], ['2024-07-08', 'Halden is now at a $1.5 billion valuation.'], ['2023-05-08', 'Corvane is now at a $5.3 billion valuation.']])).toEqual([
      '$1.5 billion valuation credited to Corvane in one article and to Halden in another',
    ]);
  });
});

describe('sides of a conflict', () => {
  const sidesOf = (pack: string, pages: [string, string][]) => {
    const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(FIXTURES, `packs/${pack}.yml`))]));
    const sources = pages.map(([date, body], i) => ({ file: `${'abcdef'[i]}.md`, text: `---\ndate: ${date}\n---\n\n# Notes\n\n${body}\n` }));
    return checkTexts(sources, { lexicon })
      .conflicts.filter((c) => c.rule === 'numeric-mismatch')
      .map((c) => [c.message, c.claims.map((claim) => `${claim.place.file} ${claim.quote}`)]);
  };

  it('numeric-mismatch lists no date that contains both dates in conflict: it contradicts neither', () => {
    expect(
      sidesOf('football', [
        ['2025-04-02', 'Tomas Varga retired on 12 March 2025.'],
        ['2025-04-02', 'Tomas Varga retired on 21 March 2025.'],
        ['2025-04-02', 'Tomas Varga retired in March 2025.'],
      ]),
    ).toEqual([['Tomas Varga retirement date: 12 March 2025 vs 21 March 2025', ['a.md 12 March 2025', 'b.md 21 March 2025']]]);
  });

  it('numeric-mismatch lists no figure that agrees with every other; figures that agree with each other are listed when another contradicts them', () => {
    expect(
      sidesOf('phones', [
        ['2026-03-02', 'The Arc 3 Max weighs 200 g.'],
        ['2026-03-02', 'The Arc 3 Max weighs 212 g.'],
        ['2026-03-02', 'The Arc 3 Max weighs about 205 g.'],
      ]),
    ).toEqual([['Arc 3 Max weight: 200 g vs 212 g', ['a.md weighs 200 g', 'b.md weighs 212 g']]]);
    expect(
      sidesOf('phones', [
        ['2026-03-02', 'The Arc 3 Max weighs 240 g.'],
        ['2026-03-02', 'The Arc 3 Max weighs about 205 g.'],
        ['2026-03-02', 'The Arc 3 Max weighs 200–210 g.'],
      ]),
    ).toEqual([['Arc 3 Max weight: 240 g vs ~205 g vs 200–210 g', ['a.md weighs 240 g', 'b.md weighs about 205 g', 'c.md weighs 200–210 g']]]);
  });

  it('numeric-mismatch lists no figure of a stock that agrees with every figure of its period and of the periods it lies in', () => {
    expect(
      sidesOf('phones', [
        ['2026-04-02', 'In Q1 2026, the Arc 3 shipped with a 5,200mAh battery.'],
        ['2026-04-02', 'In Q1 2026, the Arc 3 shipped with a 4,800mAh battery.'],
        ['2026-04-02', 'In Q1 2026, the Arc 3 shipped with a battery of about 5,000mAh.'],
      ]),
    ).toEqual([['Arc 3 battery capacity: 5,200 mAh vs 4,800 mAh', ['a.md 5,200mAh', 'b.md 4,800mAh']]]);
    expect(
      sidesOf('phones', [
        ['2026-12-02', 'In 2026, the Arc 3 came with a 4,800mAh battery.'],
        ['2026-04-02', 'In Q1 2026, the Arc 3 shipped with a 5,200mAh battery.'],
        ['2026-04-02', 'In Q1 2026, the Arc 3 shipped with a battery of about 5,000mAh.'],
      ]),
    ).toEqual([['Arc 3 battery capacity: 5,200 mAh (Q1 2026) vs 4,800 mAh (2026)', ['a.md 4,800mAh', 'b.md 5,200mAh']]]);
  });
});

describe('a size read as decimal and as binary thousands', () => {
  const lexicon = compileLexicon(mergePacks([builtin, loadPackFile(path.join(FIXTURES, 'attribution-across', 'silent-ai-a-context-window-written-in-k-and-in-full', 'pack.yml'))]));
  const mismatches = (one: string, other: string) =>
    checkTexts(
      [
        { file: 'a.md', text: `# Notes\n\nVessel-20B has a context window of ${one} tokens.\n` },
        { file: 'b.md', text: `# Notes\n\nVessel-20B has a context window of ${other} tokens.\n` },
      ],
      { lexicon },
    )
      .conflicts.filter((c) => c.rule === 'numeric-mismatch')
      .map((c) => c.message);
  it('n×1,000 and n×1,024 (n a power of two), n×1,000,000 and n×1,048,576 are one size, however written', () => {
    expect(mismatches('128,000', '131,072')).toEqual([]);
    expect(mismatches('131,072', '128 000')).toEqual([]);
    expect(mismatches('1,000,000', '1,048,576')).toEqual([]);
    expect(mismatches('2,000,000', '2,097,152')).toEqual([]);
    expect(mismatches('32,000', '32,768')).toEqual([]);
  });
  it('a real difference still clashes', () => {
    expect(mismatches('128K', '32K')).toEqual(['Vessel-20B context window: 128,000 (128K tokens) vs 32,000 (32K tokens)']);
    expect(mismatches('131,072', '100,000')).toEqual(['Vessel-20B context window: 131,072 vs 100,000']);
    expect(mismatches('96,000', '98,304')).toEqual(['Vessel-20B context window: 96,000 vs 98,304']);
    expect(mismatches('128,000', '262,144')).toEqual(['Vessel-20B context window: 128,000 vs 262,144']);
  });
});
