// Markdown to mdast with remark and GFM tables; plain text is read line by line so that a line is a paragraph.
import type { Root, RootContent } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

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

function shift(node: Positioned, offset: number, lines: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.offset = (point.offset ?? 0) + offset;
      point.line += lines;
    }
  }
  for (const child of node.children ?? []) shift(child, offset, lines);
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

/** Parses `text` (which starts at `offset`, on line `line` (0-based) of its file) to mdast. */
export function parseMarkdown(text: string, format: TextFormat, offset = 0, line = 0): Root {
  if (format === 'markdown') {
    const tree = processor.parse(text);
    shift(tree as Positioned, offset, line);
    return tree;
  }
  const children: RootContent[] = [];
  for (const block of textBlocks(text)) {
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
