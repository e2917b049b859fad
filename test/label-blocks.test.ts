// A page that opens on a block of `label: value` lines (a reading log's or a catalogue's record, no front-matter fences):
// whose the block's values are, and what its repeated lines mean.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const SHELF = [
  'name: shelf',
  'entityTypes:',
  '  - {type: book, headers: [book, novel]}',
  '  - {type: person, headers: [author, writer], people: true}',
  'entities:',
  '  - {id: velora-tides, name: Velora Tides, type: book, aliases: [Velora Tides, Velora Tidés]}',
  '  - {id: amber-gate, name: The Amber Gate, type: book, aliases: [The Amber Gate]}',
  '  - {id: brenner, name: Tomas Brenner, type: person, aliases: [Tomas Brenner, Brenner]}',
  'attributes:',
  '  - id: author',
  '    label: author',
  '    kind: category',
  '    triggers: [by, author, written by]',
  '    headers: [author]',
  '    subjects: [book]',
  '    multiValued: true',
  '    values:',
  '      - {id: brenner, synonyms: [Tomas Brenner, Brenner]}',
  '      - {id: kessler, synonyms: [Ilse Kessler]}',
  '  - id: publisher',
  '    label: publisher',
  '    kind: category',
  '    triggers: [published by, publisher]',
  '    headers: [publisher]',
  '    subjects: [book]',
  '    values:',
  '      - {id: ardenia-house, synonyms: [Ardenia House]}',
  '      - {id: morrow-press, synonyms: [Morrow Press]}',
  'events:',
  '  - id: publication',
  '    label: publication',
  '    triggers: [published, came out]',
  '    headers: [year, published]',
  '    participantTypes: [book]',
  '    minParticipants: 1',
].join('\n');
const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(SHELF, 'shelf.yml')]));
const claimsOf = (files: { file: string; text: string }[]) =>
  analyse(files, { lexicon }).claims.map((c) => [c.place.file, c.entity.id, c.attribute, c.value.kind === 'category' ? c.value.value : c.value.kind === 'quantity' ? c.value.text : c.value.polarity]);
const conflictsOf = (files: { file: string; text: string }[]) => analyse(files, { lexicon }).report.conflicts.map((c) => [c.rule, c.claims.map((x) => x.attribute).join(' ')]);
const record = (lines: string[], prose = 'A quiet novel about a lighthouse keeper on the Ardenian coast.') => `${lines.join('\n')}\n\n${prose}\n`;

describe("a block of label lines that opens a page is the thing its `title:` or `name:` line names", () => {
  const rest = ['author: Ilse Kessler', 'publisher: Ardenia House', 'year: 1998', 'start: 2020-01-02', 'stop: 2020-01-09'];
  const expected = (file: string) => [
    [file, 'velora-tides', 'author', 'kessler'],
    [file, 'velora-tides', 'publisher', 'ardenia-house'],
    [file, 'velora-tides', 'event.publication', 'happened'],
    [file, 'velora-tides', 'event.publication.date', '1998'],
  ];

  it('a title line below other label lines, as a link or plain', () => {
    expect(claimsOf([{ file: 'a.md', text: record(['format: paperback', 'title: [Velora Tides](http://example.com/1)', ...rest]) }])).toEqual(expected('a.md'));
    expect(claimsOf([{ file: 'c.md', text: record(['name: Velora_Tides', 'format: paperback', 'title: Velora Tides', ...rest]) }])).toEqual(expected('c.md'));
  });

  it('the first line still, when it names the thing', () => {
    expect(claimsOf([{ file: 'b.md', text: record(['name: Velora Tides', 'title: [Velora Tides](http://example.com/1)', ...rest]) }])).toEqual(expected('b.md'));
  });

  it('no one, when the title lines name nothing the packs know or two different things', () => {
    expect(claimsOf([{ file: 'd.md', text: record(['name: Harbour_Lights', 'title: Harbour Lights', ...rest]) }])).toEqual([]);
    // (A known name inside a longer title, or run on into an edition's words, is another book's.)
    expect(claimsOf([{ file: 'g.md', text: record(['name: Velora_Drills', 'title: [Velora Tides Drills](http://example.com/4)', ...rest]) }])).toEqual([]);
    expect(claimsOf([{ file: 'i.md', text: record(['title: [Velora Tides Drills](http://example.com/4)', ...rest]) }])).toEqual([]);
    expect(claimsOf([{ file: 'h.md', text: record(['name: Velora_Tides_2ed', 'title: [Velora Tides, Second Edition](http://example.com/5)', ...rest]) }])).toEqual([]);
    // (A name no pack knows on the title line does not make the record that name's.)
    expect(claimsOf([{ file: 'f.md', text: record(['name: Harbour_Lights', 'title: [Harbour Lights](http://example.com/3)', 'pages: 310', 'year: 1998']) }])).toEqual([]);
    expect(claimsOf([{ file: 'e.md', text: record(['title: Velora Tides', 'title: The Amber Gate', ...rest]) }])).toEqual([]);
  });
});

describe('a label a block of label lines repeats gives options of one record (an original and an edition, one line a volume)', () => {
  const editions = record(['name: Velora_Tides', 'title: [Velora Tides](http://example.com/1)', 'title: <i>Marea di Velora</i>', 'author: Ilse Kessler', 'year: 2006', 'year: <i>1996</i>'], 'I read the English edition; the original is ten years older.');
  const dates = (files: { file: string; text: string }[]) =>
    analyse(files, { lexicon }).claims.filter((c) => c.attribute === 'event.publication.date').map((c) => [c.place.file, c.place.line, c.value.kind === 'quantity' ? c.value.text : '', c.record ?? null]);

  it('keeps both years, marked as one record’s, and sets neither against the other', () => {
    expect(dates([{ file: 'a.md', text: editions }])).toEqual([
      ['a.md', 5, '2006', '0:year'],
      ['a.md', 6, '1996', '0:year'],
    ]);
    expect(conflictsOf([{ file: 'a.md', text: editions }])).toEqual([]);
  });

  it('across pages, a year that matches any of the record’s is no conflict; one that matches none still is', () => {
    const single = (year: string) => record(['name: Velora_Tides', 'title: Velora Tides', `year: ${year}`]);
    expect(conflictsOf([{ file: 'a.md', text: editions }, { file: 'b.md', text: single('1996') }, { file: 'c.md', text: editions }])).toEqual([]);
    expect(conflictsOf([{ file: 'a.md', text: editions }, { file: 'd.md', text: single('2011') }])).toEqual([['numeric-mismatch', 'event.publication.date event.publication.date event.publication.date']]);
    // (One year a line on two pages is two values as before.)
    expect(conflictsOf([{ file: 'b.md', text: single('1996') }, { file: 'd.md', text: single('2011') }])).toEqual([['numeric-mismatch', 'event.publication.date event.publication.date']]);
  });
});

describe("a date in a record's label line dates that label only", () => {
  it('an undated event sentence after the record takes no date from its `stop:` line', () => {
    const page = record(
      ['name: Velora_Tides', 'title: [Velora Tides](http://example.com/1)', 'author: Ilse Kessler', 'year: 1998', 'start: 2020-01-02', 'stop: 2020-01-09'],
      'This book came out at about the same time as the Ardenian ferry strike.',
    );
    expect(claimsOf([{ file: 'a.md', text: page }])).toEqual([
      ['a.md', 'velora-tides', 'author', 'kessler'],
      ['a.md', 'velora-tides', 'event.publication', 'happened'],
      ['a.md', 'velora-tides', 'event.publication.date', '1998'],
      ['a.md', 'velora-tides', 'event.publication', 'happened'],
    ]);
    expect(conflictsOf([{ file: 'a.md', text: page }])).toEqual([]);
  });
});

describe('a line of its own is no record', () => {
  it('a date line alone after a paragraph of prose (a blank line between) still dates the next blocks', () => {
    const page = '# Velora Tides\n\nNotes from the shelf.\n\nPublication - Mar 2024\n\n### Velora Tides\n\nVelora Tides was published by Ardenia House.\n';
    expect(claimsOf([{ file: 'a.md', text: page }])).toEqual([
      ['a.md', 'velora-tides', 'event.publication', 'happened'],
      ['a.md', 'velora-tides', 'event.publication.date', 'Mar 2024'],
      ['a.md', 'velora-tides', 'publisher', 'ardenia-house'],
    ]);
  });
});
