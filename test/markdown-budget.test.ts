// The Markdown parse's budget: cost drivers surveyed up front, pieces past a budget read as plain
// text, a file beyond the parser's limits its own error; work is counted, never timed.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectSegments } from '../src/extract/segments.js';
import { MARKDOWN_LIMITS, splitPieces, surveyMarkdown } from '../src/parse/markdown-cost.js';
import { MarkdownBudgetError, parseMarkdown } from '../src/parse/markdown.js';

const pick = (text: string) => surveyMarkdown(text).lines.map(({ chain, depth, marks, fenced, blank }) => ({ chain, depth, marks, fenced, blank }));

describe('surveyMarkdown', () => {
  it('counts marker chains, nesting, marks and fenced lines', () => {
    expect(pick('> - 1. **a** [b]\n    - c\n\n```\n> - *x*\n```\n- - -\n')).toEqual([
      { chain: 3, depth: 3, marks: 6, fenced: false, blank: false },
      { chain: 1, depth: 3, marks: 0, fenced: false, blank: false },
      { chain: 0, depth: 0, marks: 0, fenced: false, blank: true },
      { chain: 0, depth: 0, marks: 0, fenced: true, blank: false },
      { chain: 0, depth: 0, marks: 0, fenced: true, blank: false },
      { chain: 0, depth: 0, marks: 0, fenced: true, blank: false },
      // A thematic break, not three nested items.
      { chain: 0, depth: 0, marks: 0, fenced: false, blank: false },
      { chain: 0, depth: 0, marks: 0, fenced: false, blank: true },
    ]);
  });

  it('starts a run at each footnote definition: a long list of cited works, one a line, is many short blocks', () => {
    // 300 definitions of four marks each, with no blank line between them: 1,200 marks, none of them one paragraph's.
    const notes = Array.from({ length: 300 }, (_, i) => `[^${i + 1}]: [Work ${i + 1}](https://example.org/${i + 1})\n`).join('');
    expect(surveyMarkdown(`# A life\n\nProse.[^1]\n\n${notes}`).withinBudget).toBe(true);
    // The same links in one paragraph (no definition opens its lines: 600 marks) are over the budget, as before.
    expect(surveyMarkdown(notes.replace(/\[\^(\d+)\]:/g, 'note $1,')).withinBudget).toBe(false);
    // Indented four columns under the first, the lines continue the first definition's paragraph: one run, over the budget.
    expect(surveyMarkdown(notes.replace(/^/gm, '    ').replace(/^    /, '')).withinBudget).toBe(false);
  });

  it('counts table cells: rows × columns of each table, a row without pipes included', () => {
    expect(surveyMarkdown('| a | b | c |\n|---|:-:|---|\n| 1 | 2 | 3 |\nlast row\n\nNot | a table\n').tableCells).toBe(9);
    expect(surveyMarkdown('a | b\n--|--\n1 | 2\n').tableCells).toBe(4);
  });

  it('finds the seeds-like article within budget, and the hostile shapes not', () => {
    expect(surveyMarkdown('# Title\n\nSome *prose* with a [link](x).\n\n- a\n  - b\n').withinBudget).toBe(true);
    expect(surveyMarkdown('*a'.repeat(MARKDOWN_LIMITS.marksPerRun)).withinBudget).toBe(true);
    expect(surveyMarkdown('*a'.repeat(MARKDOWN_LIMITS.marksPerRun + 1)).withinBudget).toBe(false);
    expect(surveyMarkdown('[a]\n'.repeat(12_000)).withinBudget).toBe(false);
    expect(surveyMarkdown('- a\n'.repeat(MARKDOWN_LIMITS.containerLines + 1)).withinBudget).toBe(false);
    expect(surveyMarkdown(`${' '.repeat(66)}- deep\n`).withinBudget).toBe(false);
  });

  it('splits at blank lines outside fences, and a long list before each top-level item', () => {
    const lines = surveyMarkdown('a\n\n```\nx\n\ny\n```\n\nb\n').lines;
    expect(splitPieces(lines)).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 7 },
      { from: 8, to: 9 },
    ]);
    const list = surveyMarkdown('- a\n  - b\n'.repeat(60)).lines;
    const pieces = splitPieces(list);
    expect(pieces).toHaveLength(60);
    expect(pieces[1]).toEqual({ from: 2, to: 4 });
  });
});

describe('parseMarkdown within and beyond its budget', () => {
  it('a file nested beyond the parser is its error, wherever it is read (no stack overflow)', () => {
    for (const text of ['>'.repeat(5000) + ' a\n', '- '.repeat(2400) + 'a\n', '1. '.repeat(2700) + 'a\n']) {
      expect(() => parseMarkdown(text, 'markdown')).toThrow(MarkdownBudgetError);
    }
    expect(() => parseMarkdown('Intro.\n\n' + '> '.repeat(40) + 'a\n', 'markdown', 100, 9)).toThrow(
      new MarkdownBudgetError('Markdown nested too deeply: 40 quote and list markers in a row on line 12 (at most 32)'),
    );
  });

  it('tables of more cells than the budget are the file’s error, in Markdown and in plain text', () => {
    const table = '| a | b | c | d |\n|---|---|---|---|\n' + '| 1 | 2 | 3 | 4 |\n'.repeat(5001);
    for (const format of ['markdown', 'text'] as const) {
      expect(() => parseMarkdown(table, format)).toThrow(new MarkdownBudgetError('tables too large: 20,008 cells (at most 20,000 in one file)'));
    }
  });

  it('a nested list over budget gives the same paragraphs as the whole parse, the parser reading only its budget of lines', () => {
    const text = '- item one has 5 stars\n  - sub item has 6 stars\n'.repeat(600);
    const pieces = parseMarkdown(text, 'markdown');
    // 1,200 list lines: the parser read 1,000 of them; the rest were read line by line.
    expect(pieces.data?.plainText).toEqual({ blocks: 200, line: 1001 });
    const blocks = collectSegments(text, pieces).blocks;
    expect(blocks).toHaveLength(1200);
    // The same segments (kind, place, text) as remark gives parsing the whole text at once.
    expect(blocks).toEqual(collectSegments(text, unified().use(remarkParse).parse(text)).blocks);
  });

  it('a text over 1,000,000 characters is parsed in pieces (the parser’s memory bounded), with the same segments', () => {
    const paragraph = 'A paragraph has 5 stars, `acme/widget`.';
    const text = `${paragraph}\n\n`.repeat(30_000);
    expect(text.length).toBeGreaterThan(MARKDOWN_LIMITS.wholeParse);
    const tree = parseMarkdown(text, 'markdown');
    expect(tree.data?.plainText).toBeUndefined();
    // What remark gives parsing the whole text at once, written out (parsing 1.2 MB twice is slow on a loaded machine).
    const expected = (n: number) => Array.from({ length: n }, (_, k) => ({ source: 'prose', start: k * 41, end: k * 41 + 39, text: paragraph }));
    const small = `${paragraph}\n\n`.repeat(3);
    expect(collectSegments(small, unified().use(remarkParse).parse(small)).blocks).toEqual(expected(3));
    expect(collectSegments(text, tree).blocks).toEqual(expected(30_000));
  }, 120_000);

  it('marks past the budget: the parser reads a fixed amount whatever the length (counted in plain-text lines)', () => {
    const plainLines = (n: number) => parseMarkdown(`${'Some [x] *y* '.repeat(25)}\n\n`.repeat(n), 'markdown').data?.plainText?.blocks ?? 0;
    // 100 marks a paragraph: 200 paragraphs fit the 20,000 marks; every one past them is plain text.
    expect(plainLines(300)).toBe(100);
    expect(plainLines(3000)).toBe(2800);
  });

  it('a paragraph of marks by the thousand is read as plain text, its offsets the file’s', () => {
    const text = 'Intro has 5 stars.\n\n' + '['.repeat(100_000) + '\n';
    const tree = parseMarkdown(text, 'markdown', 10, 2);
    expect(tree.data?.plainText).toEqual({ blocks: 1, line: 5 });
    expect(tree.children.map((c) => [c.type, c.position?.start.offset, c.position?.start.line])).toEqual([
      ['paragraph', 10, 3],
      ['paragraph', 30, 5],
    ]);
  });
});
