// Period tables (src/extract/readers/period-tables.ts): a statement's rows are attributes, its columns periods of the page's
// one subject, from the spans of months its header names and the years under them.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const pack = parsePack(
  `name: results
entities:
  - {id: halden, name: Halden Systems, type: organization, aliases: [Halden Systems, Halden]}
  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane Inc., Corvane]}
attributes:
  - {id: fin.revenue, label: revenue, kind: quantity, unit: USD, measure: flow, triggers: [revenue], headers: [revenue], subjects: [organization]}
  - {id: fin.eps, label: earnings per share, kind: quantity, unit: USD, measure: flow, triggers: [EPS], headers: [diluted earnings per share], subjects: [organization]}
  - {id: fin.margin, label: operating margin, kind: quantity, unit: percent, measure: flow, triggers: [operating margin], headers: [operating margin], subjects: [organization]}
`,
  'results.yml',
);
const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), pack]));
const table = [
  '| | Three Months Ended June 30, | | % Change | Six Months Ended June 30, | | % Change |',
  '|---|---|---|---|---|---|---|',
  '| In millions, except percentages and per share amounts | 2025 | 2024 | | 2025 | 2024 | |',
  '| Revenue | $ 9,120 | $ 8,004 | 14 % | $ 17,630 | $ 15,210 | 16 % |',
  '| Operating margin | 31 % | 27 % | | 30 % | 26 % | |',
  '| Diluted earnings per share | $ 2.41 | $ 1.90 | 27 % | $ 4.52 | $ 3.75 | 21 % |',
].join('\n');
const read = (text: string) =>
  analyse([{ file: 'a.md', text }], { lexicon })
    .claims.filter((c) => c.source === 'table')
    .map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null, c.time?.end ?? null, c.periodLength ?? null]);

describe('period tables', () => {
  it('reads each figure as the subject\'s, for its column\'s span of months, in the table\'s scale; change columns are left out', () => {
    expect(read(`# Halden Systems results\n\n## Highlights\n\n${table}\n`)).toEqual([
      ['halden', 'fin.revenue', 9120e6, '2025-04-01', '2025-06-30', 'quarter'],
      ['halden', 'fin.revenue', 8004e6, '2024-04-01', '2024-06-30', 'quarter'],
      ['halden', 'fin.revenue', 17630e6, '2025-01-01', '2025-06-30', 'half'],
      ['halden', 'fin.revenue', 15210e6, '2024-01-01', '2024-06-30', 'half'],
      ['halden', 'fin.margin', 31, '2025-04-01', '2025-06-30', 'quarter'],
      ['halden', 'fin.margin', 27, '2024-04-01', '2024-06-30', 'quarter'],
      ['halden', 'fin.margin', 30, '2025-01-01', '2025-06-30', 'half'],
      ['halden', 'fin.margin', 26, '2024-01-01', '2024-06-30', 'half'],
      ['halden', 'fin.eps', 2.41, '2025-04-01', '2025-06-30', 'quarter'],
      ['halden', 'fin.eps', 1.9, '2024-04-01', '2024-06-30', 'quarter'],
      ['halden', 'fin.eps', 4.52, '2025-01-01', '2025-06-30', 'half'],
      ['halden', 'fin.eps', 3.75, '2024-01-01', '2024-06-30', 'half'],
    ]);
  });

  it('takes the one company the page named before it when its title names none (a ticker no pack knows is no second one), and none when it named two', () => {
    const release = (lead: string) => read(`# Second Quarter Highlights\n\n${lead}\n\n${table}\n`).map((r) => r[0]);
    expect(new Set(release('Halden Systems, Inc. (Nasdaq: HLDN) today reported results, said its chief executive.'))).toEqual(new Set(['halden']));
    expect(release('Halden Systems and Corvane Inc. today reported results.')).toEqual([]);
  });

  it('reads a table whose columns are years, quarters or halves: each row\'s figures are the subject\'s for each column\'s period', () => {
    expect(read('# Halden Systems\n\n| | 2025 | 2024 |\n|---|---|---|\n| Revenue | $ 9,120 | $ 8,004 |\n')).toEqual([
      ['halden', 'fin.revenue', 9120, '2025-01-01', '2025-12-31', 'year'],
      ['halden', 'fin.revenue', 8004, '2024-01-01', '2024-12-31', 'year'],
    ]);
    expect(read('# Halden Systems\n\n| Key figures | Q1 2025 | Q1 2024 | Change |\n|---|---|---|---|\n| Revenue ($m) | 2,310 | 2,040 | +13% |\n| Stores | 410 | 380 | |\n')).toEqual([
      ['halden', 'fin.revenue', 2310e6, '2025-01-01', '2025-03-31', 'quarter'],
      ['halden', 'fin.revenue', 2040e6, '2024-01-01', '2024-03-31', 'quarter'],
    ]);
  });

  it('reads columns of fiscal periods ("Q3 FY2025", "FY24", "FY23A", "FY25E"), periods of their own ("~FY2025 Q3"), with the scale and currency its corner names; an estimate\'s column is a forecast', () => {
    const full = (text: string) =>
      analyse([{ file: 'a.md', text }], { lexicon })
        .claims.filter((c) => c.source === 'table')
        .map((c) => [c.attribute, c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null, c.time?.start ?? null, c.time?.end ?? null, c.periodLength ?? null, c.modality]);
    expect(
      full('# Halden Systems\n\n| (in millions, except per-share data) | Q3 FY2025 | Q3 FY2024 | Change |\n|---|---|---|---|\n| Revenue | $1,420 | $1,371 | 3.6% |\n| Diluted earnings per share | $0.87 | $0.80 | 8.8% |\n'),
    ).toEqual([
      ['fin.revenue', [1420e6, 'USD'], '~FY2025 Q3', '~FY2025 Q3', 'quarter', 'asserted'],
      ['fin.revenue', [1371e6, 'USD'], '~FY2024 Q3', '~FY2024 Q3', 'quarter', 'asserted'],
      ['fin.eps', [0.87, 'USD'], '~FY2025 Q3', '~FY2025 Q3', 'quarter', 'asserted'],
      ['fin.eps', [0.8, 'USD'], '~FY2024 Q3', '~FY2024 Q3', 'quarter', 'asserted'],
    ]);
    expect(full('# Halden Systems\n\n| £m | FY24 | FY23 | Change |\n|---|---|---|---|\n| Revenue | 402.5 | 371.0 | +8% |\n')).toEqual([
      ['fin.revenue', [402.5e6, 'GBP'], '~FY2024', '~FY2024', 'year', 'asserted'],
      ['fin.revenue', [371e6, 'GBP'], '~FY2023', '~FY2023', 'year', 'asserted'],
    ]);
    expect(full('# Halden Systems\n\nDer Umsatz stieg im Jahr deutlich.\n\n| in Mio. € | 2024 | 2023 | Veränderung |\n|---|---|---|---|\n| Revenue | 1.204,6 | 1.150,3 | +4,7 % |\n')).toEqual([
      ['fin.revenue', [1204.6e6, 'EUR'], '2024-01-01', '2024-12-31', 'year', 'asserted'],
      ['fin.revenue', [1150.3e6, 'EUR'], '2023-01-01', '2023-12-31', 'year', 'asserted'],
    ]);
    expect(full('# Halden Systems\n\n| £m, year to June | FY23A | FY24A | FY25E |\n|---|---|---|---|\n| Revenue | 371.0 | 402.5 | 440.0 |\n')).toEqual([
      ['fin.revenue', [371e6, 'GBP'], '~FY2023', '~FY2023', 'year', 'asserted'],
      ['fin.revenue', [402.5e6, 'GBP'], '~FY2024', '~FY2024', 'year', 'asserted'],
      ['fin.revenue', [440e6, 'GBP'], '~FY2025', '~FY2025', 'year', 'predicted'],
    ]);
  });

  it('reads a table whose rows are periods, under a header such as "Year": each column\'s figures are the subject\'s for its row\'s period', () => {
    const yearly = '| Year | Revenue ($ bn) | Operating margin |\n|---|---|---|\n| 2023 | 5.3 | 21% |\n| FY 2024 | 5.9 | 24% |\n';
    expect(read(`# Halden Systems\n\n${yearly}`)).toEqual([
      ['halden', 'fin.revenue', 5.3e9, '2023-01-01', '2023-12-31', 'year'],
      ['halden', 'fin.margin', 21, '2023-01-01', '2023-12-31', 'year'],
      ['halden', 'fin.revenue', 5.9e9, '~FY2024', '~FY2024', 'year'],
      ['halden', 'fin.margin', 24, '~FY2024', '~FY2024', 'year'],
    ]);
    // A page about two companies names no one subject for the table: it reads nothing.
    expect(read(`# Halden Systems and Corvane\n\nHalden Systems and Corvane Inc. reported results.\n\n${yearly}`)).toEqual([]);
  });
});

describe('a career table whose rows are seasons', () => {
  const sport = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack(
        `name: sport
entityTypes:
  - {type: player, headers: [player]}
entities:
  - {id: orsk, name: Dario Orsk, type: player, aliases: [Dario Orsk, Orsk]}
  - {id: wexley, name: Wexley Rovers, type: organization, aliases: [Wexley Rovers]}
  - {id: tamberg, name: FC Tamberg, type: organization, aliases: [FC Tamberg]}
attributes:
  - {id: goals, label: league goals, kind: quantity, unit: goals, unitWords: [goals], measure: tally, triggers: [league goals], headers: [goals], subjects: [player]}
`,
        'sport.yml',
      ),
    ]),
  );
  const rows = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: sport })
      .claims.filter((c) => c.source === 'table')
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null, c.periodLength ?? null]);

  it('reads each row for its season ("2024–25"), a tally with no length', () => {
    expect(rows('# Dario Orsk\n\n| Season | Club | Goals |\n|---|---|---|\n| 2023–24 | Wexley Rovers | 9 |\n| 2024–25 | FC Tamberg | 12 |\n')).toEqual([
      ['orsk', 9, '2023–24', null],
      ['orsk', 12, '2024–25', null],
    ]);
  });

  it('reads no row of a season that labels two rows (a season split between clubs: each row is a part)', () => {
    expect(rows('# Dario Orsk\n\n| Season | Club | Goals |\n|---|---|---|\n| 2023–24 | Wexley Rovers | 9 |\n| 2024–25 | Wexley Rovers | 4 |\n| 2024–25 | FC Tamberg | 7 |\n')).toEqual([
      ['orsk', 9, '2023–24', null],
    ]);
  });
});

describe('a scale a header gives its column', () => {
  const units = parsePack(
    `name: fields
entities:
  - {id: ardmoor, name: Ardmoor Plain, type: region, aliases: [Ardmoor Plain]}
  - {id: vess, name: Vess Tower, type: building, aliases: [Vess Tower]}
attributes:
  - {id: height, label: height, kind: quantity, unit: m, timeless: true, triggers: [tall], headers: [height], subjects: [building]}
  - {id: crop.yield, label: yield, kind: quantity, unit: t/ha, unitWords: [t/ha], triggers: [yield], headers: [yield], subjects: [region]}
  - {id: crop.price, label: price, kind: quantity, unit: EUR, triggers: [price], headers: [price], subjects: [region]}
`,
    'fields.yml',
  );
  const fields = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), units]));
  const cells = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: fields })
      .claims.filter((c) => c.source === 'table')
      .map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null]);

  it('is no letter that is the attribute\'s unit ("Height (m)") or part of a unit with a slash ("(t/ha)", "(€/t)")', () => {
    expect(cells('# Towers\n\n| Building | Height (m) |\n|---|---|\n| Vess Tower | 212 |\n')).toEqual([['vess', 'height', [212, 'm']]]);
    expect(cells('# Ardmoor Plain\n\n| Year | Yield (t/ha) | Price (€/t) |\n|---|---|---|\n| 2024 | 6.1 | 214 |\n')).toEqual([
      ['ardmoor', 'crop.yield', [6.1, 't/ha']],
      ['ardmoor', 'crop.price', [214, 'EUR']],
    ]);
    expect(cells('# Ardmoor Plain\n\n| Year | Price (€m) |\n|---|---|\n| 2024 | 214 |\n')).toEqual([['ardmoor', 'crop.price', [214e6, 'EUR']]]);
  });
});
