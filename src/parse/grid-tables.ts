// Pandoc's grid tables ("+----+----+" rules, "|" between cells, "+====+" under the header row, a cell's text over
// several lines), which remark does not parse, turned into the mdast tables GFM gives, each cell at its text's place.
import type { Table, TableCell, TableRow, Text } from 'mdast';

/** The cheap test a text passes before it is searched for grid tables: a line that opens on "+-". */
export const GRID_HINT = /^[ \t]{0,3}\+-/m;

/** A part of a line: its text, the offset of its first character in the source, its 0-based line and column. */
interface Strip {
  text: string;
  start: number;
  line: number;
  column: number;
}

/** A grid table found in a text: the offsets of its lines, and the tables it gives (none when it is unreadable). */
export interface GridBlock {
  start: number;
  end: number;
  tables: Table[];
}

const TOP_RULE = /^\+(?:[-:]+\+)+$/;
const RULE = /^\+(?:[-=:]+\+)+$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that is a table's rule of its own inside a cell: a grid's ("+---+") or a simple table's ("-----  -----"). */
const INNER_RULE = /^(?:\+[-=]|-{3,}(?:\s+-{3,})*$)/;

/** The lines of `text`, each as a strip at column 0. */
function linesOf(text: string): Strip[] {
  const lines: Strip[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start, line, column: 0 });
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return lines;
}

/**
 * The grid tables of a Markdown text, outside fenced code: a run of lines that opens on a top rule ("+---+---+", indented
 * by three spaces at most) and goes on with lines that open on "+" or "|" at the same indent.
 */
export function findGridTables(text: string): GridBlock[] {
  const lines = linesOf(text);
  const blocks: GridBlock[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.text;
    const opened = FENCE.exec(raw);
    if (fence !== undefined) {
      if (opened && opened[1]![0] === fence[0] && opened[1]!.length >= fence.length && raw.trim() === opened[1]) fence = undefined;
      continue;
    }
    if (opened) {
      fence = opened[1]!;
      continue;
    }
    const indent = /^ {0,3}/.exec(raw)![0].length;
    if (!TOP_RULE.test(raw.slice(indent).trimEnd())) continue;
    let j = i + 1;
    while (j < lines.length && /^[+|]/.test(lines[j]!.text.slice(indent)) && /^ *$/.test(lines[j]!.text.slice(0, indent))) j++;
    const strips = lines.slice(i, j).map((l) => ({ ...l, text: l.text.slice(indent).trimEnd(), start: l.start + indent, column: indent }));
    const last = lines[j - 1]!;
    blocks.push({ start: lines[i]!.start, end: last.start + last.text.length, tables: readGrid(strips) });
    i = j - 1;
  }
  return blocks;
}

const point = (s: Strip, at: number) => ({ line: s.line + 1, column: s.column + at + 1, offset: s.start + at });

/**
 * The tables one grid gives, read from its lines (each cut to the grid's own columns): one table; or, when its cells
 * frame other grids (a layout of tables side by side), those grids' tables; or none, when a line is out of step with
 * the top rule (a cell spanning columns or rows) or a cell holds a table that is no grid.
 */
export function readGrid(strips: readonly Strip[]): Table[] {
  if (strips.length < 3 || !TOP_RULE.test(strips[0]!.text) || !RULE.test(strips[strips.length - 1]!.text)) return [];
  const top = strips[0]!.text;
  const bounds: number[] = [];
  for (let k = 0; k < top.length; k++) if (top[k] === '+') bounds.push(k);
  const width = bounds[bounds.length - 1]!;
  // Each row's lines, between two rules; the rows above a rule of "=" are the header.
  const rows: Strip[][] = [];
  let headerRows = 0;
  let current: Strip[] = [];
  for (const strip of strips.slice(1)) {
    const line = strip.text;
    if (line.length !== width + 1) return [];
    if (line[0] === '+') {
      if (!RULE.test(line) || bounds.some((b) => line[b] !== '+') || (line.match(/\+/g) ?? []).length !== bounds.length) return [];
      if (current.length === 0) return [];
      rows.push(current);
      current = [];
      if (line.includes('=')) {
        if (headerRows > 0) return [];
        headerRows = rows.length;
      }
      continue;
    }
    if (bounds.some((b) => line[b] !== '|')) return [];
    current.push(strip);
  }
  if (current.length > 0 || rows.length === 0 || headerRows > 1) return [];
  // Each row's cells, each a list of strips (one a line), cut between two bounds.
  const cellsOf = (row: Strip[]): Strip[][] =>
    bounds.slice(0, -1).map((b, c) => row.map((s) => ({ ...s, text: s.text.slice(b + 1, bounds[c + 1]), start: s.start + b + 1, column: s.column + b + 1 })));
  const grid = rows.map(cellsOf);
  if (grid.some((row) => row.some((cell) => cell.some((s) => INNER_RULE.test(s.text.trim()))))) return framed(grid);
  const table: Table = {
    type: 'table',
    align: bounds.slice(1).map(() => null),
    children: grid
      .map((cells, r) => ({ cells, r }))
      .filter(({ cells, r }) => r === 0 || cells.some((cell) => cell.some((s) => s.text.trim() !== '')))
      .map(({ cells, r }) => rowNode(rows[r]!, cells)),
    position: { start: point(strips[0]!, 0), end: point(strips[strips.length - 1]!, width + 1) },
  };
  return [table];
}

/** A grid whose cells hold grids: the tables of the cells that are grids; none if any other cell holds text or a table that is no grid. */
function framed(grid: Strip[][][]): Table[] {
  const tables: Table[] = [];
  for (const cell of grid.flat()) {
    const lines = cell.filter((s) => s.text.trim() !== '');
    if (lines.length === 0) continue;
    const indent = Math.min(...lines.map((s) => s.text.length - s.text.trimStart().length));
    const inner = lines.map((s) => ({ ...s, text: s.text.slice(indent).trimEnd(), start: s.start + indent, column: s.column + indent }));
    if (!TOP_RULE.test(inner[0]!.text)) return [];
    const read = readGrid(inner);
    if (read.length === 0) return [];
    tables.push(...read);
  }
  return tables;
}

function rowNode(lines: Strip[], cells: Strip[][]): TableRow {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    type: 'tableRow',
    children: cells.map(cellNode),
    position: { start: point(first, 0), end: point(last, last.text.length) },
  };
}

/** A cell: a text node for each line's words, so that the cell's text is its lines' joined by spaces, each at its place. */
function cellNode(lines: Strip[]): TableCell {
  const texts: Text[] = [];
  for (const s of lines) {
    const from = s.text.length - s.text.trimStart().length;
    const to = s.text.trimEnd().length;
    if (to <= from) continue;
    texts.push({ type: 'text', value: s.text.slice(from, to), position: { start: point(s, from), end: point(s, to) } });
  }
  const at = lines[0]!;
  const start = texts[0]?.position!.start ?? point(at, 1);
  const end = texts[texts.length - 1]?.position!.end ?? point(at, 1);
  return { type: 'tableCell', children: texts, position: { start, end } };
}
