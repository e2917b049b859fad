// What a Markdown text will cost the parser, measured up front in one pass: nesting, container lines, emphasis and link marks, table cells.
//
// micromark (remark's parser) is linear on prose but not on everything (upstream, measured on 2
// cores): nested lists are quadratic in their items (4,000 items with a sub-item: 30 s), list and
// quote lines cost ~40× a prose character, emphasis and link marks ~20 µs each and ~1.5 KB of
// memory for a "[" (8 MB of "[" would need 13 GB), runs of "~~a" or "[a](" grow faster than their
// length, a table takes ~0.5 ms and ~45 KB a row while it is parsed, and a line of 2,400 nested
// "- " markers takes seconds. The survey counts these drivers; markdown.ts decides from them.

export const MARKDOWN_LIMITS = {
  /** Block quote and list markers in a row at the start of one line ("> > - 1. …"): more is the file's error. */
  chain: 32,
  /** Table cells in one file (rows × columns of every table): more is the file's error. */
  tableCells: 20_000,
  /** Emphasis and link marks (* _ ~ [ ]) in one paragraph for the parser; a paragraph with more is read as plain text. */
  marksPerRun: 500,
  /** Emphasis and link marks in all the parser reads of one file; past them, blocks are read as plain text. */
  marks: 20_000,
  /** Quote and list lines in all the parser reads of one file; past them, blocks are read as plain text. */
  containerLines: 1_000,
  /** Quote and list lines of one block (between blank lines) above which it is split at its top-level items. */
  containerLinesPerBlock: 100,
  /** Nesting of a quote or list line, counting two columns of indentation as a level: a block nested deeper is read as plain text. */
  depth: 32,
  /**
   * Characters parsed in one call: a longer text is parsed in pieces of about this size (the
   * parser holds ~200 bytes of events per character while it works: 1 GB for 5 MB).
   */
  wholeParse: 1_000_000,
  /** Characters of pieces parsed together in one call, when a text is parsed in pieces. */
  piecesPerParse: 65_536,
} as const;

/** One line of the text, as the parser's cost sees it. */
export interface CostLine {
  start: number;
  /** End of the line's content (before its line ending). */
  end: number;
  blank: boolean;
  /** Inside a fenced code block (the fences included): no markup, no nesting, never split. */
  fenced: boolean;
  /** Quote and list markers in a row at the line's start. */
  chain: number;
  /** `chain` plus two columns of leading indentation a level: how deep a quote or list line may nest. */
  depth: number;
  /** Emphasis and link marks on the line. */
  marks: number;
  /** A line that starts a paragraph of its own: a quote or list line, a heading, a table row, a footnote definition. */
  startsRun: boolean;
}

export interface Survey {
  lines: CostLine[];
  /** The line with the longest marker chain, and that chain. */
  deepest: { line: number; chain: number };
  /** Rows × columns of every table. */
  tableCells: number;
  /** Whether the whole text is within every budget: parse it in one piece. */
  withinBudget: boolean;
}

const SPACE = 32;
const TAB = 9;
const MARK = new Uint8Array(128);
for (const c of '*_~[]') MARK[c.charCodeAt(0)] = 1;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A footnote definition's opening ("[^12]: …"): a block of its own, so a list of them is no one long paragraph. */
const FOOTNOTE_DEFINITION = /\[\^[^\]\s]{1,200}\]:/y;
const opensFootnoteDefinition = (text: string, at: number): boolean => {
  if (text.charCodeAt(at) !== 91 /* [ */ || text.charCodeAt(at + 1) !== 94 /* ^ */) return false;
  FOOTNOTE_DEFINITION.lastIndex = at;
  return FOOTNOTE_DEFINITION.test(text);
};

/** Width of the leading white space from `i` (a tab to the next multiple of 4) and where it ends. */
function indentation(text: string, i: number, end: number): { width: number; at: number } {
  let width = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE) width++;
    else if (c === TAB) width += 4 - (width % 4);
    else break;
    i++;
  }
  return { width, at: i };
}

/** A thematic break ("- - -", "***", "_ _ _"): a line of one of - * _ (at least three) and blanks. */
function isThematicBreak(text: string, from: number, end: number): boolean {
  const first = text.charCodeAt(from);
  if (first !== 45 && first !== 42 && first !== 95) return false;
  let count = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === first) count++;
    else if (c !== SPACE && c !== TAB) return false;
  }
  return count >= 3;
}

/** Quote and list markers in a row from `i` ("> ", "- ", "* ", "+ ", "1. ", "1) "), and where the content after them starts. */
function markerChain(text: string, i: number, end: number): { chain: number; at: number } {
  let chain = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) {
      if (isThematicBreak(text, i, end)) break;
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if (j >= end || (d !== 46 && d !== 41) || !(j + 1 === end || text.charCodeAt(j + 1) === SPACE || text.charCodeAt(j + 1) === TAB)) break;
      i = j + 1;
    } else {
      break;
    }
    chain++;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  }
  return { chain, at: i };
}

/** An opening or closing code fence: ``` or ~~~ (three or more), after the line's markers. */
function fenceAt(text: string, i: number, end: number): { char: number; length: number } | null {
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return null;
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  return j - i >= 3 ? { char: c, length: j - i } : null;
}

const DELIMITER_CELL = /^:?-+:?$/;

/** A GFM table's delimiter row: | :--- | ---: | (pipes at the ends optional). Linear: no regex over the whole line. */
export function isDelimiterRow(line: string): boolean {
  let row = line.trim();
  if (!row.includes('-')) return false;
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => DELIMITER_CELL.test(cell.trim()));
}

/**
 * Surveys `text` in one pass over its lines (time and memory linear in its length): for each line,
 * its blank-ness, whether it is fenced code, its marker chain and nesting, its marks; and for the
 * whole, the deepest chain, the table cells, and whether it is within every budget.
 */
export function surveyMarkdown(text: string): Survey {
  const lines: CostLine[] = [];
  let fence: { char: number; length: number } | null = null;
  let deepest = { line: 0, chain: 0 };
  for (let start = 0, n = 0; start <= text.length; n++) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length + 1 : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const { width, at } = indentation(text, start, end);
    const blank = at === end;
    const { chain, at: contentAt } = blank ? { chain: 0, at } : markerChain(text, at, end);
    // A fence may stand after the markers, inside a quote or list item.
    const fenceHere = width < 4 || chain > 0 ? fenceAt(text, contentAt, end) : null;
    let fenced = fence !== null;
    if (fence) {
      if (fenceHere && fenceHere.char === fence.char && fenceHere.length >= fence.length) fence = null;
    } else if (fenceHere) {
      fence = fenceHere;
      fenced = true;
    }
    let marks = 0;
    if (!fenced && !blank) for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && MARK[c] === 1) marks++;
    }
    const first = text.charCodeAt(at);
    const line: CostLine = {
      start,
      end,
      blank,
      fenced,
      chain: fenced ? 0 : chain,
      depth: fenced || chain === 0 ? 0 : chain + (width >> 1),
      marks,
      startsRun: !fenced && (chain > 0 || first === 35 /* # */ || first === 124 /* | */ || (width < 4 && opensFootnoteDefinition(text, at))),
    };
    if (line.chain > deepest.chain) deepest = { line: n, chain: line.chain };
    lines.push(line);
    start = next;
  }
  const tableCells = countTableCells(text, lines);
  return { lines, deepest, tableCells, withinBudget: text.length <= MARKDOWN_LIMITS.wholeParse && withinBudget(lines) };
}

/** Rows × columns of every table: a block (between blank lines) with a delimiter row under its first line. */
function countTableCells(text: string, lines: readonly CostLine[]): number {
  let cells = 0;
  // The next "|" at or after the line being looked at: found once per pipe, not once per line.
  let pipe = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (pipe !== Infinity && pipe < line.start) {
      pipe = text.indexOf('|', line.start);
      if (pipe === -1) pipe = Infinity;
    }
    if (line.blank || line.fenced || pipe >= line.end) continue;
    const below = lines[i + 1];
    if (!below || below.blank || below.fenced) continue;
    const delimiter = text.slice(below.start, below.end);
    if (!isDelimiterRow(delimiter)) continue;
    const columns = delimiter.split('|').filter((cell) => cell.trim() !== '').length;
    let rows = 1;
    let j = i + 2;
    while (j < lines.length && !lines[j]!.blank && !lines[j]!.fenced) {
      rows++;
      j++;
    }
    cells += rows * Math.max(1, columns);
    i = j - 1;
  }
  return cells;
}

/** The most marks in one paragraph-like run of `lines` [from, to). */
export function marksPerRun(lines: readonly CostLine[], from: number, to: number): number {
  let most = 0;
  let run = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank || line.startsRun) run = 0;
    run += line.marks;
    if (run > most) most = run;
  }
  return most;
}

function withinBudget(lines: readonly CostLine[]): boolean {
  let marks = 0;
  let containerLines = 0;
  for (const line of lines) {
    marks += line.marks;
    if (line.chain > 0) containerLines++;
    if (line.depth > MARKDOWN_LIMITS.depth) return false;
  }
  return marks <= MARKDOWN_LIMITS.marks && containerLines <= MARKDOWN_LIMITS.containerLines && marksPerRun(lines, 0, lines.length) <= MARKDOWN_LIMITS.marksPerRun;
}

/** A piece of the text the parser may read on its own: lines [from, to). */
export interface Piece {
  from: number;
  to: number;
}

/**
 * Splits the lines into pieces the parser can read apart: at blank lines outside fenced code, and,
 * in a block of more than `containerLinesPerBlock` quote and list lines, before each top-level
 * quote or list line (a long list becomes one piece an item, whose paragraphs are the same).
 */
export function splitPieces(lines: readonly CostLine[]): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.blank && !lines[i]!.fenced) i++;
    if (i >= lines.length) break;
    let j = i;
    let containerLines = 0;
    while (j < lines.length && !(lines[j]!.blank && !lines[j]!.fenced)) {
      if (lines[j]!.chain > 0) containerLines++;
      j++;
    }
    if (containerLines <= MARKDOWN_LIMITS.containerLinesPerBlock) {
      pieces.push({ from: i, to: j });
    } else {
      let from = i;
      for (let k = i + 1; k < j; k++) {
        const line = lines[k]!;
        if (line.chain > 0 && line.depth === line.chain && !line.fenced) {
          pieces.push({ from, to: k });
          from = k;
        }
      }
      pieces.push({ from, to: j });
    }
    i = j;
  }
  return pieces;
}
