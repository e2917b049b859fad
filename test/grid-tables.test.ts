// Pandoc's grid tables: the parser never throws, every cell's text lies where the source has it, a table made of
// generated cells gives those cells back.
import fc from 'fast-check';
import type { Table, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findGridTables } from '../src/parse/grid-tables.js';

const textsOf = (table: Table): Text[] => table.children.flatMap((row) => row.children.flatMap((cell) => cell.children as Text[]));
const cellTexts = (table: Table) => table.children.map((row) => row.children.map((cell) => (cell.children as Text[]).map((t) => t.value).join(' ')));

/** A grid table of these cells (each a list of lines, words without "|" or "+"), with a header rule under row 0 when `header`. */
function gridOf(rows: string[][][], header: boolean): string {
  const columns = rows[0]!.length;
  const widths = Array.from({ length: columns }, (_, c) => Math.max(1, ...rows.flatMap((row) => row[c]!.map((l) => l.length))) + 2);
  const rule = (mark: string) => `+${widths.map((w) => mark.repeat(w)).join('+')}+`;
  const out = [rule('-')];
  rows.forEach((row, r) => {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let k = 0; k < height; k++) out.push(`|${row.map((cell, c) => ` ${(cell[k] ?? '').padEnd(widths[c]! - 1)}`).join('|')}|`);
    out.push(rule(header && r === 0 ? '=' : '-'));
  });
  return out.join('\n');
}

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,–-]{0,8}[A-Za-z0-9]$|^[A-Za-z0-9]$/);

describe('pandoc grid tables', () => {
  it('never throws, and every cell text found is the source at its place, on its line and column', () => {
    const pieces = fc.constantFrom('+', '-', '=', '|', ' ', '\n', 'a', '1', ':', '`', '+---+---+', '| a | 1 |', '+===+===+', '```');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const source = parts.join('');
        for (const block of findGridTables(source)) {
          expect(block.start).toBeGreaterThanOrEqual(0);
          expect(block.end).toBeLessThanOrEqual(source.length);
          for (const table of block.tables) {
            for (const text of textsOf(table)) {
              const { start, end } = text.position!;
              expect(source.slice(start.offset, end.offset)).toBe(text.value);
              const lineStart = source.split('\n').slice(0, start.line - 1).join('\n').length + (start.line > 1 ? 1 : 0);
              expect(lineStart + start.column - 1).toBe(start.offset);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a generated table gives back its cells, each line of a cell joined by a space, rows of blank cells aside', () => {
    const cell = fc.array(word, { minLength: 0, maxLength: 3 });
    const table = fc.integer({ min: 1, max: 4 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(table, fc.boolean(), fc.integer({ min: 0, max: 3 }), (rows, header, indent) => {
        const source = `Before.\n\n${gridOf(rows, header && rows.length > 1).replace(/^/gm, ' '.repeat(indent))}\n\nAfter.\n`;
        const blocks = findGridTables(source);
        expect(blocks).toHaveLength(1);
        expect(blocks[0]!.tables).toHaveLength(1);
        const kept = rows.filter((row, r) => r === 0 || row.some((c) => c.length > 0)).map((row) => row.map((c) => c.map((l) => l.trim()).filter((l) => l !== '').join(' ')));
        expect(cellTexts(blocks[0]!.tables[0]!)).toEqual(kept);
        for (const text of textsOf(blocks[0]!.tables[0]!)) expect(source.slice(text.position!.start.offset, text.position!.end.offset)).toBe(text.value);
      }),
      { numRuns: 300 },
    );
  });

  it('lines in a fenced code block are no table', () => {
    expect(findGridTables('```\n+---+\n| a |\n+---+\n```\n')).toEqual([]);
  });
});
