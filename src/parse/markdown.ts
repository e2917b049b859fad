// Markdown to mdast with remark + remark-gfm; plain text is parsed line by line so that a line is a paragraph.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type TextFormat = 'markdown' | 'text';

const processor = unified().use(remarkParse).use(remarkGfm);

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
    const tree = processor.parse(text.slice(block.start, block.end));
    shift(tree as Positioned, offset + block.start, line + block.line);
    children.push(...tree.children);
  }
  return { type: 'root', children };
}
