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

  it('leaves a table whose header names no span of months to the other readers', () => {
    expect(read('# Halden Systems\n\n| | 2025 | 2024 |\n|---|---|---|\n| Revenue | $ 9,120 | $ 8,004 |\n').every((r) => r[3] === null)).toBe(true);
  });
});
