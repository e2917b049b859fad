// mdast → text segments (paragraphs, headings, list items, table cells) whose offsets are the file's own.
import type { Root, RootContent, Table } from 'mdast';
import { MARKDOWN_IN_HTML } from '../parse/html-markdown.js';
import type { SourceKind } from '../types.js';
import { placeYearLead } from './place-year-lines.js';

export interface Segment {
  source: SourceKind;
  start: number;
  end: number;
  /**
   * The source slice with Markdown syntax (emphasis marks, link targets, HTML) blanked to spaces,
   * so that the text has the same length and offsets as the source.
   */
  text: string;
  /** A heading's level, 1 to 6. */
  depth?: number;
  /** The block stands in a block quote ("> …"): another voice, whose references are its own. */
  quoted?: true;
  /** A paragraph of bold words alone ("**Full-year 2023 highlights**"), as press releases head their lists. */
  bold?: true;
  /** A paragraph of emphasised words alone, bold, italic or both ("**Shot clock:**", "***Swing Beam***"): a caption perhaps. */
  emphasised?: true;
  /**
   * The title of a callout ("> [!info] Velora X2", "> [!info]- Game Info"), its marker blanked: a caption over the
   * callout's label lines.
   */
  caption?: true;
  /** Where the callout ("> [!info] …") the block stands in starts: its blocks are the page's own, and its caption's. */
  callout?: number;
}

export interface TableSegment {
  /** Where the table starts in the file. */
  start: number;
  /** Raw source of each row's cells: [row][column]; row 0 is the header. */
  rows: { start: number; end: number; cells: Segment[] }[];
  /** Where the callout the table stands in starts (see Segment). */
  callout?: number;
}

export interface DocumentSegments {
  blocks: Segment[];
  tables: TableSegment[];
  /** HTML comments (for suppression directives), with their offsets. */
  comments: { start: number; end: number; value: string }[];
  /**
   * HTML blocks opened with markdown="1" that parseMarkdown left as HTML (in a quote or a list item, or nested too
   * deep), with their text after the opening tag, tags taken out: words of a page that are not read.
   */
  unreadMarkdown: { start: number; text: string }[];
}

interface Node {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
}

const start = (node: Node): number => node.position?.start.offset ?? 0;
const end = (node: Node): number => node.position?.end.offset ?? 0;

/** Keeps the characters of text-bearing descendants; everything else in [from, to) becomes a space. */
function maskedText(source: string, node: Node): string {
  const from = start(node);
  const to = end(node);
  // The kept ranges, clipped to [from, to), in the order met: in document order, as a rule.
  const kept: number[] = [];
  const keep = (n: Node): void => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const s = Math.max(start(n), from);
      const e = Math.min(end(n), to);
      if (s < e) kept.push(s, e);
      return;
    }
    if (n.children) for (const child of n.children) keep(child);
  };
  keep(node);
  let text = '';
  let at = from;
  for (let k = 0; k < kept.length; k += 2) {
    const s = kept[k]!;
    const e = kept[k + 1]!;
    if (s < at) {
      // Out of order or overlapping (never from remark): fall back to one character at a time.
      return maskedByCharacter(source, from, to, kept);
    }
    if (s > at) text += ' '.repeat(s - at);
    text += source.slice(s, e);
    at = e;
  }
  if (to > at) text += ' '.repeat(to - at);
  // A line break inside a Markdown paragraph is wrapping, not a sentence end: it reads as a space.
  const unwrapped = text.includes('\n') ? text.replaceAll('\n', ' ') : text;
  return unwrapped.includes('[[') ? wikiLinksMasked(unwrapped) : unwrapped;
}

/**
 * A wiki link as Obsidian, Foam and wikis write it ("[[Quessel Column]]", "[[Ostmere/Quessel Column|the column]]") reads as
 * the words it shows: its brackets and its target before "|" become spaces. A pair of brackets with no letter inside
 * ("[[1]]", a reference mark) is left as it is.
 */
// (Bounded parts, so that a page of unclosed "[[" costs linear time.)
const WIKI_LINK = /\[\[(?:([^[\]|\n]{1,200})\|)?([^[\]|\n]{1,200})\]\]/gu;
function wikiLinksMasked(text: string): string {
  return text.replace(WIKI_LINK, (whole, target: string | undefined, shown: string) =>
    /\p{L}/u.test(shown) ? ' '.repeat(2 + (target === undefined ? 0 : target.length + 1)) + shown + '  ' : whole,
  );
}

function maskedByCharacter(source: string, from: number, to: number, kept: readonly number[]): string {
  const chars = new Array<string>(to - from).fill(' ');
  for (let k = 0; k < kept.length; k += 2) for (let i = kept[k]!; i < kept[k + 1]!; i++) chars[i - from] = source[i]!;
  for (let i = from; i < to; i++) if (source[i] === '\n') chars[i - from] = ' ';
  return chars.join('');
}

function segment(source: string, node: Node, kind: SourceKind): Segment {
  return { source: kind, start: start(node), end: end(node), text: maskedText(source, node) };
}

function tableSegments(source: string, table: Table): TableSegment {
  const rows = table.children.map((row) => ({
    start: start(row as Node),
    end: end(row as Node),
    cells: row.children.map((cell) => segment(source, cell as Node, 'table')),
  }));
  return { start: start(table as unknown as Node), rows: rowsUnderTheirHeaders(rows) };
}

/**
 * A row with more cells than the header ("| X | 30.97 | 16.062 | 0.030 |" under "| Model | GFLOPs | Size |"): a column was added
 * to it alone, so which header each of its cells is under cannot be told (GFM drops the cells past the header, which shifts
 * nothing back). The row is dropped, and none of its cells is read; empty cells past the header ("| X | 1 | 2 | |") are no column.
 */
function rowsUnderTheirHeaders(rows: TableSegment['rows']): TableSegment['rows'] {
  const width = rows[0]?.cells.length ?? 0;
  return rows.filter((row, i) => i === 0 || row.cells.slice(width).every((cell) => cell.text.trim() === ''));
}

/**
 * A section of links to other pages, not statements: "See also", "References", "External links", "Further reading", in the
 * languages the readers know. Its list of titles ("2021 general election") says nothing happened.
 */
const LINK_SECTION =
  /^(?:see\s+also|related(?:\s+(?:articles|pages|links|reading))?|references|external\s+links|further\s+reading|bibliography|voir\s+aussi|liens\s+externes|bibliographie|véase\s+también|enlaces\s+externos|referencias|siehe\s+auch|weblinks|literatur|einzelnachweise|ver\s+também|ligações\s+externas|referências|vedi\s+anche|collegamenti\s+esterni|note\s+e\s+riferimenti|参见|參見|参考文献|參考文獻|外部链接|外部連結|関連項目|外部リンク|関連記事)\s*:?$/iu;

/**
 * A heading of cited works whose noun takes a modifier or a companion: "Key References", "Wichtige Referenzen", "その他の参考資料",
 * "References / Papers", "참고자료 (References)", "Sources and Further Reading". Each of its parts (split at "/", "&", "and" and
 * parentheses) is such a noun, a few words of emphasis before it, or a companion ("Papers", "Further Reading"), and one at
 * least is a noun of cited works ("Sources of revenue" and "Primary Research Sources" are not such headings).
 */
const CITED_NOUN =
  /(?:references?|sources|citations|bibliography|r[ée]f[ée]rences|referenzen|quellen|quellenangaben|literaturverzeichnis|referenze|riferimenti|fonti|referencias|fuentes|referências|fontes|referències|ссылки|источники|kaynaklar|kaynakça|lähteet|viitteet|参考文献|參考文獻|参考资料|參考資料|参考資料|参考链接|參考連結|참고\s*문헌|참고\s*자료)/iu;
const CITED_COMPANION =
  /(?:further\s+reading|(?:further\s+|additional\s+)?resources|papers|articles|documents|links|readings|artikel|weiterführende\s+literatur|articoli(?:\s+scientifici)?|artículos|artigos|articles\s+scientifiques|documents|статьи|论文|論文|논문)/iu;
const CITED_EMPHASIS =
  /(?:(?:key|main|primary|selected|additional|further|other|more|useful|important|wichtige|zusätzliche|weitere|ausgewählte|principali|altre|principales|otras|otros|principais|outras|ключевые|основные|дополнительные|主要|その他の|その他|기타|주요)\s*)?/iu;
const CITED_PART = new RegExp(`^${CITED_EMPHASIS.source}(?:${CITED_NOUN.source}|${CITED_COMPANION.source})$`, 'iu');
const CITED_NOUN_PART = new RegExp(`^${CITED_EMPHASIS.source}${CITED_NOUN.source}$`, 'iu');

/** Whether a heading opens a section of links or cited works (LINK_SECTION, or parts each of cited works: CITED_PART). */
function linkSection(heading: string): boolean {
  if (LINK_SECTION.test(heading)) return true;
  const parts = heading
    .replace(/[\p{Extended_Pictographic}\uFE0F:：]/gu, ' ')
    .split(/\s*(?:[/&()（）]|\s(?:and|und|et|y|e|и)\s)\s*/iu)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every((p) => CITED_PART.test(p)) && parts.some((p) => CITED_NOUN_PART.test(p));
}

/** A line that is a label and its value: a few words (or Han characters), a colon, a value ("EPA range: 312 miles"). */
const LABEL_VALUE_LINE = /^\s*[^\s:：.!?。][^:：.!?。]{0,47}[:：]\s*\S/u;
/** A colon between digits is a time or a ratio ("10:30", "16:9"), no label's. */
const COLON_IN_FIGURE = /^[^:：]*\d[:：]\d/u;
/**
 * A line of the source that opens on a bold label ("**Platforms:** …", "> **Release:** 1987", "__Series__: …"), a quote's
 * marks before it or not: a label line however long its value.
 */
const BOLD_LABEL_SOURCE = /^[\s>]*(?:\*\*|__)[^*_:：\n]{1,48}(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])/u;

/**
 * The lines of a paragraph, each a segment of its own, when the paragraph is two or more lines and every one is a label
 * line ("Battery: 98 kWh", "EPA range: 312 miles"): the line breaks then part values, not wrapped prose.
 */
function labelLines(source: string, block: Segment): Segment[] | undefined {
  const lines: Segment[] = [];
  let from = 0;
  const raw = block.text;
  // The masked text has the line breaks as spaces; its offsets are the source's, so the breaks are read back from there.
  const breaks = [...source.slice(block.start, block.end).matchAll(/\n/gu)].map((m) => m.index);
  for (const at of [...breaks, raw.length]) {
    const text = raw.slice(from, at);
    if (text.trim() !== '') lines.push({ source: block.source, start: block.start + from, end: block.start + at, text });
    from = at + 1;
  }
  if (lines.length < 2) return undefined;
  // (A line whose label is bold is one however many words its value has: "**Platforms:** " and ten names.)
  const short = (l: Segment) => l.text.trim().split(/\s+/u).length <= 16 || BOLD_LABEL_SOURCE.test(source.slice(source.lastIndexOf('\n', l.start) + 1, l.end));
  if (!lines.every((l) => LABEL_VALUE_LINE.test(l.text) && !COLON_IN_FIGURE.test(l.text) && short(l))) return undefined;
  return lines;
}


/**
 * An Obsidian callout's or a GitHub alert's first line: "[!info]", "[!info]- Game Info", "[!NOTE]", its type, a fold mark
 * perhaps, and its title.
 */
const CALLOUT_MARKER = /^\[![\p{L}][\p{L}\p{N}_-]{0,30}\][+-]?/u;

/**
 * A callout's first paragraph: its title line, a caption (none when the marker stands alone), and the lines after it, label
 * lines each where every one is (`labelLines`), else one block. The marker is blanked.
 */
function calloutBlocks(source: string, block: Segment): Segment[] {
  const raw = source.slice(block.start, block.end);
  const marker = CALLOUT_MARKER.exec(raw);
  const text = marker ? ' '.repeat(marker[0].length) + block.text.slice(marker[0].length) : block.text;
  const newline = raw.indexOf('\n');
  const titleEnd = newline === -1 ? raw.length : newline;
  const blocks: Segment[] = [];
  const title = text.slice(0, titleEnd);
  if (title.trim() !== '') blocks.push({ source: 'prose', start: block.start, end: block.start + titleEnd, text: title, caption: true });
  if (newline === -1) return blocks;
  const rest: Segment = { source: block.source, start: block.start + newline + 1, end: block.end, text: text.slice(newline + 1) };
  if (rest.text.trim() === '') return blocks;
  return [...blocks, ...(labelLines(source, rest) ?? [rest])];
}

/** An HTML block still opened with markdown="1" and holding words after its tag: its text is not read. */
function unreadMarkdown(value: string, at: number, into: DocumentSegments['unreadMarkdown']): void {
  const open = MARKDOWN_IN_HTML.exec(value);
  if (!open) return;
  const text = value.slice(open[0].length).replace(/<[^>]*>/gu, ' ');
  if (/\p{L}{2,}\s+\p{L}{2,}/u.test(text)) into.push({ start: at, text });
}

/** Walks the tree once and collects what the extractors read (nothing under a heading of links: LINK_SECTION). */
export function collectSegments(source: string, tree: Root): DocumentSegments {
  const result: DocumentSegments = { blocks: [], tables: [], comments: [], unreadMarkdown: [] };
  // The depth of the link section being skipped, till a heading of that depth or above.
  let skipping: number | undefined;
  const visit = (node: Node, inList: boolean, quoted: boolean, callout?: number): void => {
    const mark = <T extends Segment>(block: T): T => (quoted ? { ...block, quoted: true } : callout !== undefined ? { ...block, callout } : block);
    if (node.type === 'heading') {
      const depth = (node as Node & { depth?: number }).depth ?? 1;
      if (skipping !== undefined && depth <= skipping) skipping = undefined;
      // A heading under the links ("### 2019 bankruptcy") is one more title.
      if (skipping !== undefined) return;
      if (linkSection(maskedText(source, node).trim())) skipping = depth;
    } else if (skipping !== undefined && node.type !== 'html') return;
    switch (node.type) {
      case 'paragraph': {
        const only = node.children?.length === 1 ? node.children[0] : undefined;
        const bold = only !== undefined && only.type === 'strong' && !inList;
        const block = segment(source, node, inList ? 'list' : 'prose');
        // "Battery: 98 kWh" over "Range: 312 miles" in one paragraph (soft line breaks): each line is a label line of its own.
        const lines = inList ? undefined : labelLines(source, block);
        if (lines) {
          for (const line of lines) result.blocks.push(mark(line));
          return;
        }
        // "**Velora, 2012**⏎Team Ardenia won …": a bold line of a place and a year on top is a line of its own (place-year-lines.ts).
        const lead = !inList && node.children?.[0]?.type === 'strong' ? placeYearLead(block.text, source.slice(block.start, block.end), end(node.children[0]) - block.start) : undefined;
        if (lead !== undefined) {
          result.blocks.push(mark({ source: 'prose', start: block.start, end: end(node.children![0]!), text: block.text.slice(0, end(node.children![0]!) - block.start), bold: true, emphasised: true }));
          result.blocks.push(mark({ ...block, start: block.start + lead, text: block.text.slice(lead) }));
          return;
        }
        const emphasised = only !== undefined && (only.type === 'strong' || only.type === 'emphasis') && !inList;
        result.blocks.push(mark({ ...block, ...(bold ? { bold: true as const } : {}), ...(emphasised ? { emphasised: true as const } : {}) }));
        return;
      }
      case 'heading':
        result.blocks.push(mark({ ...segment(source, node, 'heading'), depth: (node as Node & { depth?: number }).depth ?? 1 }));
        return;
      case 'table':
        result.tables.push(callout !== undefined && !quoted ? { ...tableSegments(source, node as unknown as Table), callout } : tableSegments(source, node as unknown as Table));
        return;
      case 'html':
        if (node.value?.startsWith('<!--')) result.comments.push({ start: start(node), end: end(node), value: node.value });
        else if (node.value !== undefined) unreadMarkdown(node.value, start(node), result.unreadMarkdown);
        return;
      case 'code':
        return;
      case 'blockquote': {
        // "> [!info]- Game Info" over "> **Release:** 1987": a callout (Obsidian's; GitHub's alerts, "> [!NOTE]") is the page's
        // own box, no quote of another voice; its title line is a caption over the label lines below it.
        const first = node.children?.[0];
        if (!quoted && first?.type === 'paragraph' && CALLOUT_MARKER.test(source.slice(start(first), end(first)))) {
          const at = start(node);
          for (const block of calloutBlocks(source, segment(source, first, inList ? 'list' : 'prose'))) result.blocks.push({ ...block, callout: at });
          for (const child of node.children!.slice(1)) visit(child, inList, false, at);
          return;
        }
        for (const child of node.children ?? []) visit(child, inList, true);
        return;
      }
      default:
        for (const child of node.children ?? []) visit(child, inList || node.type === 'list', quoted, callout);
    }
  };
  for (const child of tree.children as RootContent[]) visit(child as Node, false, false);
  return result;
}
