// parseFrontMatter: the `---` block split from the body with any line endings; an unclosed block is no front matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../src/parse/front-matter.js';
import { readDocument } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

describe('parseFrontMatter', () => {
  it('splits a YAML block from the body, with its offset', () => {
    expect(parseFrontMatter('---\ntitle: X\n---\nBody\n')).toEqual({ data: { title: 'X' }, body: 'Body\n', bodyOffset: 17 });
    expect(parseFrontMatter('---\n---\nBody')).toEqual({ data: {}, body: 'Body', bodyOffset: 8 });
    expect(parseFrontMatter('--- yaml\ntitle: X\n---')).toEqual({ data: { title: 'X' }, body: '', bodyOffset: 21 });
    expect(parseFrontMatter('---\ntitle: X\n---  \nBody')).toEqual({ data: { title: 'X' }, body: 'Body', bodyOffset: 19 });
  });

  it('reads CRLF front matter as LF front matter: no stray CR in values, quoted values and flow lists accepted', () => {
    const lf = '---\ntitle: Notes\ndate: 2026-06-03\nauthor: "Jane Doe"\ntags: [a, b]\n---\nBody\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    expect(parseFrontMatter(crlf)).toEqual({ data: { title: 'Notes', date: '2026-06-03', author: 'Jane Doe', tags: ['a', 'b'] }, body: 'Body\r\n', bodyOffset: 76 });
    expect(parseFrontMatter(crlf).data).toEqual(parseFrontMatter(lf).data);
  });

  it('has no front matter without a closing line, or with four dashes, or with --- elsewhere than the first line', () => {
    for (const text of ['---\nSome text.\n', '---', '---\ntitle: X\n...\nBody\n', '----\nfoo\n---\n', 'Intro\n---\ntitle: X\n---\n', '---\ntitle: X\n ---\n']) {
      expect(parseFrontMatter(text)).toEqual({ data: {}, body: text, bodyOffset: 0 });
    }
    expect(parseFrontMatter('---\ntitle: X\n---x\n')).toMatchObject({ data: {}, body: '---\ntitle: X\n---x\n', bodyOffset: 0 });
  });

  it('marks a block of key: value lines that a line running "---" into text ends ("---### Top News"): no front matter, no prose', () => {
    const text = '---\nlayout: post\ntitle: "Digest #9"\nimage:\n  feature: a.jpg\n---### Top News\n\nBody.\n';
    expect(parseFrontMatter(text)).toEqual({ data: {}, body: text, bodyOffset: 0, unclosed: { start: 4, end: 60, line: 6, text: '---### Top News' } });
    // A line of prose between, or no key at all, is no such block: the file is read whole, as before.
    for (const other of ['---\ntitle: X\nSome text.\n---### Top News\n', '---\n\n---### Top News\n', '---\ntitle: X\n\nBody.\n']) {
      expect(parseFrontMatter(other)).toEqual({ data: {}, body: other, bodyOffset: 0 });
    }
  });

  it('reads no claim from such a block, and warns at the glued line', () => {
    const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack('name: firms\nentities:\n  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}\n', 'firms.yml')]));
    const text = '---\nlayout: post\nexcerpt: "Corvane has 160 employees"\n---### Top News\n\nBody.\n';
    const read = readDocument({ file: 'a.md', text }, lexicon);
    expect(read.claims).toEqual([]);
    expect(read.warnings).toEqual([
      {
        line: 4,
        message: 'front matter opened on line 1 is not closed: "---### Top News" runs the closing "---" into text (it must stand alone on its line), so the block is no front matter (no date, no title) and its key: value lines are not read',
      },
    ]);
  });

  it('refuses code and unknown languages, and broken YAML', () => {
    expect(() => parseFrontMatter('---js\n{}\n---\n')).toThrow(new FrontMatterError('front matter in JavaScript is not allowed (it would run code); use YAML'));
    expect(() => parseFrontMatter('--- CoffeeScript\nx\n---\n')).toThrow(/CoffeeScript is not allowed/);
    expect(() => parseFrontMatter('---toml\nx = 1\n---\n')).toThrow(/"toml" is not supported/);
    expect(() => parseFrontMatter('---\ntitle: [unclosed\n---\n')).toThrow(/^broken YAML front matter( at line \d+, column \d+)?: /);
    // The reason whole, and the line as the file counts it (the opening --- is line 1), with no snippet cut off after a colon.
    expect(() => parseFrontMatter('---\ndate: 2025-07-25\ntitle: Results: Halden and Corvane\n---\n\nText.\n')).toThrow(
      new FrontMatterError('broken YAML front matter at line 3, column 8: Nested mappings are not allowed in compact mappings'),
    );
  });

  it('property: the body is the text after bodyOffset, and LF, CRLF or CR-turned-LF endings give the same data', () => {
    const line = fc.stringMatching(/^[a-z]{1,6}: [A-Za-z0-9 ]{0,12}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.string({ maxLength: 40 }), fc.boolean(), (yamlLines, body, closed) => {
        const lf = `---\n${yamlLines.map((l) => `${l}\n`).join('')}${closed ? '---\n' : ''}${body}`;
        for (const text of [lf, lf.replaceAll('\n', '\r\n')]) {
          let parsed;
          try {
            parsed = parseFrontMatter(text);
          } catch (error) {
            expect(error).toBeInstanceOf(FrontMatterError);
            continue;
          }
          expect(text.slice(parsed.bodyOffset)).toBe(parsed.body);
          for (const value of Object.values(parsed.data)) if (typeof value === 'string') expect(value).not.toContain('\r');
        }
      }),
    );
  });
});

describe('parseFrontMatter: TOML between +++ lines', () => {
  it('reads the flat key = value lines before any table; arrays, inline tables and tables are left out', () => {
    const text = '+++\npath = "2031/04/09/notes"\ntitle = "Say \\"hi\\""\nlabel = \'raw\\n\'\ndate = 2031-04-09\ndraft = false\nweight = 3\nauthors = [\n  "A = B",\n]\nbody = """\nx = "y"\n"""\n[extra]\nkey = "inner"\n+++\nBody\n';
    const parsed = parseFrontMatter(text);
    expect(parsed.data).toEqual({ path: '2031/04/09/notes', title: 'Say "hi"', label: 'raw\\n', date: '2031-04-09', draft: false, weight: 3 });
    expect(parsed.body).toBe('Body\n');
    expect(text.slice(parsed.bodyOffset)).toBe('Body\n');
    expect(parseFrontMatter('+++\r\ntitle = "X"\r\n+++\r\nBody').data).toEqual({ title: 'X' });
  });

  it('has no front matter without a closing +++ line', () => {
    for (const text of ['+++\ntitle = "X"\nBody\n', '++++\ntitle = "X"\n+++\n']) expect(parseFrontMatter(text)).toEqual({ data: {}, body: text, bodyOffset: 0 });
  });
});

describe('a page whose paragraphs are all indented', () => {
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack('name: firms\nentities:\n  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}\n', 'firms.yml')]));

  it('is code, as CommonMark says: no claim, and a warning at its first block', () => {
    const read = readDocument({ file: 'a.md', text: '---\ntitle: Notes\n---\n\n# Notes\n\n\tCorvane has 160 employees.\n\n\tIt was founded in 2001.\n\n[Source](https://example.org/a)\n' }, lexicon);
    expect(read.claims).toEqual([]);
    expect(read.warnings).toEqual([
      { line: 7, message: 'every paragraph of this page is indented by a tab or four spaces, which Markdown (CommonMark) reads as code, and code is not read: remove the indent to have the text read' },
    ]);
  });

  it('gives no warning where a paragraph is prose or the code is fenced', () => {
    expect(readDocument({ file: 'a.md', text: '# Notes\n\nCorvane has 160 employees.\n\n    Corvane has 200 employees.\n' }, lexicon).warnings).toBeUndefined();
    expect(readDocument({ file: 'a.md', text: '# Notes\n\n```\nCorvane has 160 employees.\n```\n' }, lexicon).warnings).toBeUndefined();
  });
});

describe('text inside an HTML block opened with markdown="1" (kramdown)', () => {
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack('name: firms\nentities:\n  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}\n', 'firms.yml')]));
  const read = (text: string) => readDocument({ file: 'a.md', text }, lexicon);
  const at = (text: string) =>
    read(text).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind, c.place.line, c.place.column, c.place.endColumn]);

  it('is read as Markdown, as kramdown reads it: paragraphs, lists and tables at their own line and column, and no warning', () => {
    const text =
      '# Notes\n\n<div data-type="note" markdown="1">\n<div data-type="title">\nField note\n</div>\nCorvane has 160 employees.\n\n* Corvane was founded in 2001.\n\n| Firm | Employees |\n|---|---|\n| Corvane | 170 |\n\n</div>\n\nIt rained.\n\n<section markdown="block">\nCorvane has 175 employees.\n</section>\n';
    expect(at(text)).toEqual([
      ['team.size', 160, 7, 13, 26],
      ['event.founding', 'event', 9, 3, 22],
      ['team.size', 170, 13, 13, 16],
      ['team.size', 175, 20, 13, 26],
    ]);
    expect(read(text).warnings).toBeUndefined();
  });

  it('reads text begun on the tag\'s line at its column, in a span block, and in such a block inside another', () => {
    expect(at('# Notes\n\n<p markdown="span">Corvane has 180 employees.</p>\n')).toEqual([['team.size', 180, 3, 32, 45]]);
    expect(at('<div markdown="1">\n<aside markdown="1">\nCorvane has 185 employees.\n</aside>\n</div>\n')).toEqual([['team.size', 185, 3, 13, 26]]);
  });

  it('leaves markdown="0", a block without the attribute, and the HTML element inside a block unread', () => {
    expect(read('# Notes\n\n<div class="note">\nCorvane has 160 employees.\n</div>\n').claims).toEqual([]);
    expect(read('# Notes\n\n<div markdown="0">\nCorvane has 160 employees.\n</div>\n').claims).toEqual([]);
    expect(read('<div markdown="1">\n<div class="x">\nCorvane has 160 employees.\n</div>\nIt rained.\n</div>\n').claims).toEqual([]);
  });

  it('still warns, once per page, of such blocks left unread: in a quote', () => {
    const text = '# Notes\n\n> <div markdown="1">\n> Corvane has 160 employees.\n> </div>\n\n> <section markdown="1">\n> Corvane was founded in 2001.\n> </section>\n';
    expect(read(text).claims).toEqual([]);
    expect(read(text).warnings).toEqual([
      {
        line: 3,
        message: `2 HTML blocks opened with markdown="1" (kramdown's Markdown inside HTML) hold text the packs know that is not read: such a block's text is read as Markdown where the block stands on lines of the page's own, not behind a quote's ">" or a list item's indent (and at most four such blocks deep)`,
      },
    ]);
    expect(read('> <div markdown="1">\n> It rained all week.\n> </div>\n').warnings).toBeUndefined();
  });
});
