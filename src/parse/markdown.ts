// Markdown to mdast with remark and GFM tables; plain text is read line by line so that a line is a paragraph.
import type { Root, RootContent } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { findGridTables, GRID_HINT } from './grid-tables.js';
import { MARKDOWN_IN_HTML_HINT, readMarkdownInHtml } from './html-markdown.js';
import { isDelimiterRow, MARKDOWN_LIMITS, marksPerRun, splitPieces, surveyMarkdown, type Piece, type Survey } from './markdown-cost.js';

export type TextFormat = 'markdown' | 'text';

/**
 * GFM as claimcheck reads it: tables and strikethrough, without autolink literals. remark-gfm's
 * autolink-literal extension is super-linear on long paragraphs (micromark/micromark-extension-gfm#8:
 * 1 MB of table-like lines takes minutes), and claimcheck has no use for autolinks; the table and
 * strikethrough extensions are the ones remark-gfm itself bundles.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmTables);

/** Markdown for .md/.markdown/.mdx; plain text (one paragraph a line, pipe tables kept) otherwise. */
export function formatOf(file: string): TextFormat {
  return /\.(md|markdown|mdx)$/i.test(file) ? 'markdown' : 'text';
}

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: Positioned[];
}

/** Moves every position of a tree by `offset` characters and `lines` lines; iterative, so that no depth overflows the stack. */
function shift(root: Positioned, offset: number, lines: number): void {
  const stack: Positioned[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        point.offset = (point.offset ?? 0) + offset;
        point.line += lines;
      }
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

const TABLE_LINE = /^\s*\|/;

interface TextBlock {
  start: number;
  end: number;
  /** 0-based line of the block's start. */
  line: number;
  table: boolean;
}

/**
 * Groups plain-text lines into blocks: a run of lines starting with "|" is one block (a table),
 * every other non-blank line is a block of its own. Web pages saved as text have no blank lines
 * between paragraphs, so Markdown's rules would merge them, and a table would swallow what follows.
 */
function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  let line = 0;
  let open: TextBlock | null = null;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    if (content.trim() === '') {
      open = null;
    } else if (open?.table && TABLE_LINE.test(content)) {
      open.end = end;
    } else {
      open = { start, end, line, table: TABLE_LINE.test(content) };
      blocks.push(open);
    }
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return blocks;
}

/** A text too costly for the parser: the file's error, with the reason. */
export class MarkdownBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkdownBudgetError';
  }
}

/** Blocks of a Markdown file read as plain text (one paragraph a line) because parsing them would cost too much. */
export interface PlainTextBlocks {
  blocks: number;
  /** 1-based line of the first such block in the file. */
  line: number;
}

declare module 'mdast' {
  interface RootData {
    /** Set when parseMarkdown read part of a Markdown file as plain text (see markdown-cost.ts). */
    plainText?: PlainTextBlocks;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Parses `text` (which starts at `offset`, on line `line` (0-based) of its file) to mdast. The cost
 * of the parse is measured first (markdown-cost.ts): a line nested deeper than the parser can bear
 * or tables of too many cells throw MarkdownBudgetError; a Markdown text within every budget is
 * parsed whole; one that is not is parsed in pieces, and the pieces past a budget are read as
 * plain text (recorded in `tree.data.plainText`).
 */
export function parseMarkdown(text: string, format: TextFormat, offset = 0, line = 0): Root {
  if (format === 'text') return parseText(text, offset, line);
  const tree = parseMarkdownBlocks(text, offset, line);
  // kramdown's `<div markdown="1">`: the block's text is Markdown, read in its place (html-markdown.ts).
  if (MARKDOWN_IN_HTML_HINT.test(text)) {
    readMarkdownInHtml(tree, text, offset, (from, to, at, atLine) => parseMarkdownBlocks(text.slice(from, to), at, atLine));
  }
  return tree;
}

/** Markdown `text` to mdast, HTML blocks left as HTML (see parseMarkdown). */
function parseMarkdownBlocks(text: string, offset: number, line: number): Root {
  // Pandoc's grid tables, read by a reader of their own: their lines are blank to remark, their tables put in their place.
  const grids = GRID_HINT.test(text) ? findGridTables(text) : [];
  if (grids.length === 0) return parseMarkdownText(text, offset, line);
  let masked = '';
  let copied = 0;
  for (const grid of grids) {
    masked += text.slice(copied, grid.start) + text.slice(grid.start, grid.end).replace(/[^\n]/g, ' ');
    copied = grid.end;
  }
  const tables = grids.flatMap((grid) => grid.tables);
  const cells = tables.reduce((sum, table) => sum + table.children.reduce((n, row) => n + row.children.length, 0), 0);
  const tree = parseMarkdownText(masked + text.slice(copied), offset, line, cells);
  for (const table of tables) shift(table as Positioned, offset, line);
  const at = (node: RootContent) => node.position?.start.offset ?? 0;
  tree.children = [...tree.children, ...tables].sort((a, b) => at(a) - at(b));
  return tree;
}

/** `text` parsed by remark, whose tables may have `gridCells` more cells than its own (those of its grid tables). */
function parseMarkdownText(text: string, offset: number, line: number, gridCells = 0): Root {
  const survey = surveyMarkdown(text);
  if (survey.deepest.chain > MARKDOWN_LIMITS.chain) {
    throw new MarkdownBudgetError(
      `Markdown nested too deeply: ${count(survey.deepest.chain)} quote and list markers in a row on line ${line + survey.deepest.line + 1} (at most ${MARKDOWN_LIMITS.chain})`,
    );
  }
  checkTableCells(survey.tableCells + gridCells);
  if (survey.withinBudget) {
    const tree = processor.parse(text);
    shift(tree as Positioned, offset, line);
    return tree;
  }
  return parseInPieces(text, survey, offset, line);
}

function checkTableCells(cells: number): void {
  if (cells > MARKDOWN_LIMITS.tableCells) {
    throw new MarkdownBudgetError(`tables too large: ${count(cells)} cells (at most ${count(MARKDOWN_LIMITS.tableCells)} in one file)`);
  }
}

/** A Markdown text over budget: each piece parsed alone while the budgets last and it is within them, else read as plain text. */
function parseInPieces(text: string, survey: Survey, offset: number, line: number): Root {
  const { lines } = survey;
  const children: RootContent[] = [];
  let marks = 0;
  let containerLines = 0;
  let plain: PlainTextBlocks | undefined;
  // Affordable pieces in a row are parsed together, up to a size: fewer calls, more context kept.
  let batch: Piece | null = null;
  const flush = (): void => {
    if (!batch) return;
    const start = lines[batch.from]!.start;
    const tree = processor.parse(text.slice(start, lines[batch.to - 1]!.end));
    shift(tree as Positioned, offset + start, line + batch.from);
    children.push(...tree.children);
    batch = null;
  };
  for (const piece of splitPieces(lines)) {
    let pieceMarks = 0;
    let pieceContainerLines = 0;
    let deep = false;
    for (let i = piece.from; i < piece.to; i++) {
      const l = lines[i]!;
      pieceMarks += l.marks;
      if (l.chain > 0) pieceContainerLines++;
      if (l.depth > MARKDOWN_LIMITS.depth) deep = true;
    }
    const affordable =
      !deep &&
      pieceContainerLines <= MARKDOWN_LIMITS.containerLinesPerBlock &&
      marksPerRun(lines, piece.from, piece.to) <= MARKDOWN_LIMITS.marksPerRun &&
      marks + pieceMarks <= MARKDOWN_LIMITS.marks &&
      containerLines + pieceContainerLines <= MARKDOWN_LIMITS.containerLines;
    if (affordable) {
      marks += pieceMarks;
      containerLines += pieceContainerLines;
      if (batch && lines[piece.to - 1]!.end - lines[batch.from]!.start > MARKDOWN_LIMITS.piecesPerParse) flush();
      batch = batch ? { from: batch.from, to: piece.to } : { ...piece };
      continue;
    }
    flush();
    plain ??= { blocks: 0, line: line + piece.from + 1 };
    for (let i = piece.from; i < piece.to; i++) {
      const l = lines[i]!;
      if (l.blank) continue;
      plain.blocks++;
      children.push(lineNode(text, { start: l.start, end: l.end, line: i, table: false }, offset, line));
    }
  }
  flush();
  return { type: 'root', children, ...(plain ? { data: { plainText: plain } } : {}) };
}

/** Plain text: one paragraph a line, tables (runs of lines starting with "|") parsed as GFM. */
function parseText(text: string, offset: number, line: number): Root {
  const blocks = textBlocks(text);
  let cells = 0;
  for (const block of blocks) {
    if (!block.table) continue;
    // Rows (the delimiter row aside) × the header's columns, as surveyMarkdown counts a table;
    // lines with no delimiter row under the first are no table (a paragraph to the parser).
    const rows = text.slice(block.start, block.end).split('\n');
    if (rows.length < 2 || !isDelimiterRow(rows[1]!)) continue;
    cells += (rows.length - 1) * Math.max(1, (rows[0]!.match(/\|/g)?.length ?? 1) - 1);
  }
  checkTableCells(cells);
  const children: RootContent[] = [];
  for (const block of blocks) {
    if (!block.table) {
      children.push(lineNode(text, block, offset, line));
      continue;
    }
    const tree = processor.parse(text.slice(block.start, block.end));
    shift(tree as Positioned, offset + block.start, line + block.line);
    children.push(...tree.children);
  }
  return { type: 'root', children };
}

const LIST_MARK = /^(\s*(?:[-*+•]|\d{1,3}[.)])\s+)\S/;
const HEADING_MARK = /^(#{1,6}\s+)\S/;

/**
 * One plain-text line as mdast, without a Markdown parse: a list item, a heading, an HTML comment or
 * a paragraph, whose text is the line as written. Plain text has no inline Markdown to read, and
 * skipping the parser keeps hostile lines (a run of "[[[[") as cheap as any other.
 */
function lineNode(text: string, block: TextBlock, offset: number, line: number): RootContent {
  const raw = text.slice(block.start, block.end);
  const point = (at: number) => ({ line: line + block.line + 1, column: at - block.start + 1, offset: offset + at });
  const position = (from: number, to: number) => ({ start: point(from), end: point(to) });
  const content = raw.trimEnd();
  const end = block.start + content.length;
  const textNode = (from: number) => ({ type: 'text' as const, value: text.slice(from, end), position: position(from, end) });
  if (/^\s*<!--[^]*-->\s*$/.test(content)) return { type: 'html', value: content.trim(), position: position(block.start, end) };
  const heading = HEADING_MARK.exec(content);
  if (heading) {
    const from = block.start + heading[1]!.length;
    return { type: 'heading', depth: Math.min(6, heading[1]!.trim().length) as 1, children: [textNode(from)], position: position(block.start, end) };
  }
  const item = LIST_MARK.exec(content);
  if (item) {
    const from = block.start + item[1]!.length;
    const paragraph = { type: 'paragraph' as const, children: [textNode(from)], position: position(from, end) };
    return {
      type: 'list',
      ordered: /\d/.test(item[1]!),
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [paragraph], position: position(block.start, end) }],
      position: position(block.start, end),
    };
  }
  const from = block.start + (raw.length - raw.trimStart().length);
  return { type: 'paragraph', children: [textNode(from)], position: position(from, end) };
}

/**
 * Diagram source and other code written in a JSX/MDX component's template-literal attribute
 * (`<Chart spec={`…`} />`) is no prose: its characters, line ends aside, become spaces, so that
 * positions hold and nothing inside is read. The attribute must stand in an opening tag begun on
 * its line (`<Name … attr={`); one that is never closed masks nothing. One pass, no backtracking.
 */
export function maskTemplateAttributes(text: string): string {
  const OPEN = '={`';
  let at = text.indexOf(OPEN);
  if (at === -1) return text;
  let out = '';
  let copied = 0;
  while (at !== -1) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const before = text.slice(lineStart, at);
    const tag = before.lastIndexOf('<');
    const from = at + OPEN.length;
    const close = text.indexOf('`', from);
    if (close === -1) break;
    const inTag = tag !== -1 && /^<[A-Za-z][\w.]*\s/.test(before.slice(tag)) && !before.slice(tag).includes('>');
    if (inTag && /^`\s*\}/.test(text.slice(close, close + 64))) {
      out += text.slice(copied, from) + text.slice(from, close).replace(/[^\n]/g, ' ');
      copied = close;
    }
    at = text.indexOf(OPEN, close + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
