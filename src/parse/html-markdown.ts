// kramdown's Markdown inside HTML: the text of an HTML block opened with markdown="1" is read as Markdown, in place.
import type { Root } from 'mdast';

/**
 * An HTML block kramdown reads as Markdown: its opening tag says markdown="1", "block" or "span"
 * (`<div class="note" markdown="1">`, `<section markdown="block">`). markdown="0" is HTML.
 */
export const MARKDOWN_IN_HTML = /^\s*<[A-Za-z][\w-]*(?:\s[^>]*)?\smarkdown\s*=\s*["']?(?:1|block|span)["']?[^>]*>/u;

/** Cheap test of a whole text before the walk: no such attribute, nothing to do. */
export const MARKDOWN_IN_HTML_HINT = /\smarkdown\s*=\s*["']?(?:1|block|span)\b/u;

/** How deep blocks of this kind are read inside one another; a deeper one stays HTML (and is warned of). */
const MAX_DEPTH = 4;

/** A parse of `text.slice(from, to)`, whose first character is at file offset `offset`, on 0-based line `line`. */
export type ParseSlice = (from: number, to: number, offset: number, line: number) => Root;

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Positioned {
  type: string;
  value?: string;
  position?: { start: Point; end: Point };
  children?: Positioned[];
}

/** Block containers whose children may be HTML blocks. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * Reads the text of each HTML block opened with markdown="1" (MARKDOWN_IN_HTML) as Markdown, as kramdown does: the
 * block gives way to its opening tag (an HTML node of its own, that nothing reads) and the blocks its text parses to
 * (paragraphs, lists, tables, headings), in the same place of the tree, at their own offsets, lines and columns.
 * `text` is what the tree was parsed from, starting at file offset `offset`. A block whose source is not its value
 * (one in a quote or indented in a list item, whose markers CommonMark took out) stays HTML, and so does one nested
 * deeper than MAX_DEPTH or too costly to parse: collectSegments counts what is left unread.
 */
export function readMarkdownInHtml(tree: Root, text: string, offset: number, parse: ParseSlice, depth = 0, budget = { chars: 0 }): void {
  const visit = (parent: Positioned): void => {
    const children = parent.children!;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'html') {
        if (node.children && CONTAINERS.has(node.type)) visit(node);
        continue;
      }
      const read: Read = { text, offset, parse, budget };
      const blocks = markdownBlocks(node, read, depth) ?? (depth > 0 ? elementThenMarkdown(node, read, depth) : undefined);
      if (blocks === undefined) continue;
      children.splice(i, 1, ...blocks);
      i += blocks.length - 1;
    }
  };
  visit(tree as unknown as Positioned);
}

/**
 * How many characters of one page are parsed again, at most, as a multiple of its length (and a floor): past it, blocks
 * stay HTML. Each block's text is parsed once more, and the rest of a block after each element in it once more: a page of
 * thousands of elements in one block would cost their square.
 */
const REPARSE_FACTOR = 3;
const REPARSE_FLOOR = 50_000;

interface Read {
  text: string;
  offset: number;
  parse: ParseSlice;
  budget: { chars: number };
}

/**
 * The blocks of `text.slice(from, to)` (relative to the parsed text; file offset `at`, 0-based line `line`), its first
 * line's columns moved by `column`, its own kramdown blocks read; undefined when over a budget.
 */
function blocksOf(read: Read, from: number, to: number, line: number, column: number, depth: number): Positioned[] | undefined {
  read.budget.chars += to - from;
  if (read.budget.chars > REPARSE_FLOOR + REPARSE_FACTOR * read.text.length) return undefined;
  let inner: Root;
  try {
    inner = read.parse(from, to, read.offset + from, line);
  } catch {
    // Over the Markdown budgets: left as HTML, unread.
    return undefined;
  }
  if (column !== 0) moveColumns(inner as unknown as Positioned, line + 1, column);
  readMarkdownInHtml(inner, read.text, read.offset, read.parse, depth, read.budget);
  return inner.children as unknown as Positioned[];
}

/** A node's value as it stands in the source, and where: undefined in a quote or a list item, whose markers CommonMark took out. */
function sourceOf(node: Positioned, read: Read): { value: string; from: number; start: Point } | undefined {
  const value = node.value ?? '';
  const start = node.position?.start;
  if (start?.offset === undefined) return undefined;
  const from = start.offset - read.offset;
  return read.text.slice(from, from + value.length) === value ? { value, from, start } : undefined;
}

/** The opening tag and the blocks of one HTML block's text, or undefined when it is to stay HTML. */
function markdownBlocks(node: Positioned, read: Read, depth: number): Positioned[] | undefined {
  const open = MARKDOWN_IN_HTML.exec(node.value ?? '');
  if (!open || depth >= MAX_DEPTH) return undefined;
  const source = sourceOf(node, read);
  if (!source) return undefined;
  const { value, from, start } = source;
  const tagEnd = open[0].length;
  const rest = value.slice(tagEnd);
  if (!/\S/u.test(rest)) return undefined;
  // The text starts on the line after the tag, or right after the tag where the tag's line goes on.
  const newline = rest.indexOf('\n');
  const onNextLine = !/\S/u.test(newline === -1 ? rest : rest.slice(0, newline));
  const innerStart = onNextLine ? tagEnd + newline + 1 : tagEnd;
  const innerLine = start.line - 1 + (onNextLine ? value.slice(0, innerStart).split('\n').length - 1 : 0);
  const blocks = blocksOf(read, from + innerStart, from + value.length, innerLine, onNextLine ? 0 : start.column - 1 + tagEnd, depth + 1);
  if (!blocks) return undefined;
  const tagText = open[0].trimStart();
  const lead = open[0].length - tagText.length;
  const tag: Positioned = {
    type: 'html',
    value: tagText,
    position: {
      start: { line: start.line, column: start.column + lead, offset: start.offset! + lead },
      end: { line: start.line, column: start.column + tagEnd, offset: start.offset! + tagEnd },
    },
  };
  return [tag, ...blocks];
}

/** Elements that have no closing tag. */
const VOID_ELEMENT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/iu;

/**
 * Inside a block kramdown reads as Markdown, an HTML element ends at its closing tag, not at a blank line as CommonMark's
 * HTML block does: `<div data-type="title">`, "Field note", `</div>` and then a paragraph on the next line. The element
 * stays HTML; the lines after the line of its closing tag are read as Markdown. Undefined when the element runs to the
 * block's end (or its end is not found).
 */
function elementThenMarkdown(node: Positioned, read: Read, depth: number): Positioned[] | undefined {
  const source = sourceOf(node, read);
  if (!source) return undefined;
  const { value, from, start } = source;
  const name = /^\s*<([A-Za-z][\w-]*)(?=[\s/>])/u.exec(value)?.[1];
  if (name === undefined) return undefined;
  const lines = value.split('\n');
  let end = -1;
  if (VOID_ELEMENT.test(name) || /^[^\n]*\/>\s*$/u.test(lines[0]!)) end = 0;
  else {
    const opens = new RegExp(`<${name}(?=[\\s/>])`, 'giu');
    const closes = new RegExp(`</${name}\\s*>`, 'giu');
    let open = 0;
    for (let i = 0; i < lines.length; i++) {
      open += (lines[i]!.match(opens)?.length ?? 0) - (lines[i]!.match(closes)?.length ?? 0);
      if (open <= 0) {
        end = i;
        break;
      }
    }
  }
  if (end === -1 || end === lines.length - 1) return undefined;
  const htmlLength = lines.slice(0, end + 1).join('\n').length;
  const restFrom = from + htmlLength + 1;
  if (!/\S/u.test(value.slice(htmlLength + 1))) return undefined;
  const blocks = blocksOf(read, restFrom, from + value.length, start.line - 1 + end + 1, 0, depth);
  if (!blocks) return undefined;
  const lastLine = lines[end]!;
  const html: Positioned = {
    type: 'html',
    value: value.slice(0, htmlLength),
    position: { start: { ...start }, end: { line: start.line + end, column: (end === 0 ? start.column : 1) + lastLine.length, offset: start.offset! + htmlLength } },
  };
  return [html, ...blocks];
}
/** Adds `by` to the column of every point of a tree on `line`. */
function moveColumns(root: Positioned, line: number, by: number): void {
  const stack: Positioned[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) for (const point of [node.position.start, node.position.end]) if (point.line === line) point.column += by;
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
