// One of each hostile file of issue 14, written beside a corpus, with the stderr line each must give.
// Shared by the CLI test (small sizes, in `npm test`) and the stress test (full sizes, `npm run stress`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type Scale = 'small' | 'full';

interface HostileFile {
  name: string;
  /** Writes the file (or the special file) at `file`. */
  make(file: string, scale: Scale): void;
  /** The stderr line it must give (after "claimcheck: " and the file's path), or null for none. */
  line: string | null;
}

const write = (content: string | ((scale: Scale) => string)) => (file: string, scale: Scale) =>
  fs.writeFileSync(file, typeof content === 'string' ? content : content(scale));

const tableRows = (scale: Scale) => (scale === 'full' ? 235_000 : 6_000);
/** Items with a sub-item: past 500 of them (1,000 list lines), the rest is read as plain text. */
const listItems = (scale: Scale) => (scale === 'full' ? 100_000 : 600);

const PLAIN_TEXT = 'too costly to parse as Markdown in full from here (long or deeply nested lists, or emphasis and link marks by the thousand)';

/** The hostile files; sizes at `full` are those the issue reports (5 KB to 9.8 MB). */
export const HOSTILE: HostileFile[] = [
  { name: 'deep-quotes.md', make: write('>'.repeat(5000) + ' a\n'), line: 'Markdown nested too deeply: 5,000 quote and list markers in a row on line 1 (at most 32)' },
  { name: 'deep-dashes.md', make: write('- '.repeat(2400) + 'a\n'), line: 'Markdown nested too deeply: 2,400 quote and list markers in a row on line 1 (at most 32)' },
  { name: 'deep-numbers.md', make: write('1. '.repeat(2700) + 'a\n'), line: 'Markdown nested too deeply: 2,700 quote and list markers in a row on line 1 (at most 32)' },
  {
    name: 'huge-table.md',
    // 41 bytes a row: 235,000 rows are the 9.8 MB table.
    make: write((scale) => '| model | params | date | arch |\n|---|---|---|---|\n' + '| model-0001 | 123456 | 2024-01-01 | x |\n'.repeat(tableRows(scale))),
    line: null, // set below: the cell count depends on the scale
  },
  { name: 'open-brackets.md', make: write((scale) => '['.repeat(scale === 'full' ? 8_000_000 : 200_000)), line: `${PLAIN_TEXT}: 1 line read as plain text` },
  { name: 'star-runs.md', make: write('*a'.repeat(64_000)), line: `${PLAIN_TEXT}: 1 line read as plain text` },
  { name: 'tilde-runs.md', make: write((scale) => '~~a'.repeat(scale === 'full' ? 42_000 : 20_000)), line: `${PLAIN_TEXT}: 1 line read as plain text` },
  {
    name: 'nested-lists.md',
    make: write((scale) => '- item text\n  - sub item text\n'.repeat(listItems(scale))),
    line: null, // set below
  },
  {
    name: 'number-runs.md',
    make: write((scale) => '1. a\n   1. b\n'.repeat(listItems(scale))),
    line: null, // set below
  },
  {
    name: 'directives.md',
    make: write((scale) =>
      '<!-- claimcheck-disable numeric-mismatch -->\nThe repository `acme/hostile` has 5 stars.\n<!-- claimcheck-enable numeric-mismatch -->\n\n'.repeat(scale === 'full' ? 40_000 : 300),
    ),
    line: null, // read as any article: no line
  },
  { name: 'unclosed-front-matter.md', make: write('---\ntitle: notes\n\nNothing to check here.\n'), line: null },
  { name: 'cr-only.txt', make: write('Notes\rNothing to check here.\r'), line: null },
  { name: 'crlf-front-matter.md', make: write('---\r\ntitle: Notes\r\nauthor: "A. B."\r\n---\r\nNothing to check here.\r\n'), line: null },
  {
    name: 'named-pipe.md',
    make: (file) => {
      if (spawnSync('mkfifo', [file]).status !== 0) throw new Error('mkfifo failed');
    },
    line: 'not a regular file (a named pipe)',
  },
  { name: 'dev-zero.md', make: (file) => fs.symlinkSync('/dev/zero', file), line: 'not a regular file (a character device)' },
];

const count = (n: number) => n.toLocaleString('en-US');

/** Writes every hostile file into `dir`; returns the stderr lines the run must give (warnings first, then errors, each in path order). */
export function writeHostileFiles(dir: string, prefix: string, scale: Scale): string[] {
  const rows = tableRows(scale);
  const nested = listItems(scale);
  const lineOf: Record<string, string | null> = {
    'huge-table.md': `tables too large: ${count((rows + 1) * 4)} cells (at most 20,000 in one file)`,
    // Lists: the parser reads 1,000 list lines, then every line past them is plain text.
    'nested-lists.md': `${PLAIN_TEXT}: ${count(2 * nested - 1000)} lines read as plain text`,
    'number-runs.md': `${PLAIN_TEXT}: ${count(2 * nested - 1000)} lines read as plain text`,
  };
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const h of [...HOSTILE].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    h.make(path.join(dir, h.name), scale);
    const line = h.name in lineOf ? lineOf[h.name]! : h.line;
    if (line === null) continue;
    if (line.startsWith(PLAIN_TEXT)) warnings.push(`claimcheck: warning: ${prefix}${h.name}:${h.name === 'nested-lists.md' || h.name === 'number-runs.md' ? 1001 : 1}: ${line}`);
    else errors.push(`claimcheck: ${prefix}${h.name}: ${line}`);
  }
  return [...warnings, ...errors];
}
