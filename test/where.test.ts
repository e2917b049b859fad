// The place a figure is said of (src/extract/where.ts), and figures of two places that are not compared.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { placeOf, placeOrElsewhere } from '../src/extract/where.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

/** The place the first figure ("$") of a sentence is said of. */
const place = (text: string, names: { start: number; end: number }[] = []) => {
  const start = text.indexOf('$');
  const end = text.indexOf(' million', start) + ' million'.length;
  return placeOf(text, { start, end }, names);
};

describe('the place a figure is said of', () => {
  it('is a capitalised name after "in" in its clause, or fronted before a comma', () => {
    expect(place('Lantern made $38 million in its third week in the United States.')).toBe('united states');
    expect(place('After its third week, Lantern made $52 million in Corvalia.')).toBe('corvalia');
    expect(place('In North Ardenia alone, Lantern took $70 million.')).toBe('north ardenia alone');
    expect(place('Lantern took $3 million in the U.S. on its first day.')).toBe('u.s.');
  });

  it('is no time, no numbered name, nothing past a clause break, and no name a pack knows', () => {
    expect(place('Lantern made $46 million in March.')).toBeUndefined();
    expect(place('Lantern made $46 million in Phase 3 of its run.')).toBeUndefined();
    expect(place('Lantern made $46 million, a record in Corvalia.')).toBeUndefined();
    expect(place("Lantern made $46 million in Nolan's week.")).toBeUndefined();
    const text = 'Lantern made $46 million in Harbour City.';
    const at = text.indexOf('Harbour');
    expect(place(text, [{ start: at, end: at + 'Harbour City'.length }])).toBeUndefined();
  });

  it('is not the place a comparison sets the figure against ("more than in Corvalia", "mehr als in Corvalien")', () => {
    expect(place('Lantern made $46 million here and so more than in Corvalia.')).toBeUndefined();
    expect(place('Lantern spielte hierzulande $46 million ein und damit mehr als in Corvalien.')).toBeUndefined();
    expect(place("Lantern a rapporté $46 million de plus qu'en Corvalie.")).toBeUndefined();
    expect(place('Lantern made $46 million more than last year in Corvalia.')).toBe('corvalia');
  });

  it('is no word that qualifies the noun after it, and ends at an abbreviation that ends its sentence', () => {
    expect(place('Lantern made $46 million in Corvalian cinemas.')).toBeUndefined();
    expect(place('Lantern made $46 million in Corvalia last week.')).toBe('corvalia');
    expect(place('Lantern made $46 million in the U.S. An inquiry followed.')).toBe('u.s.');
  });

  it('is "elsewhere" when the clause says other places than the first, before any other figure', () => {
    const at = (text: string) => {
      const start = text.indexOf('$');
      return placeOrElsewhere(text, { start, end: text.indexOf(' million', start) + ' million'.length }, []);
    };
    expect(at('Lantern made $46 million in other markets.')).toBe('elsewhere');
    expect(at('Lantern made $46 million outside the United States.')).toBe('elsewhere');
    expect(at('Lantern made $46 million in Corvalia.')).toBe('corvalia');
    // The other places come after another figure; "at home" names the first one's market.
    expect(at('Lantern made $46 million at home and another $20 million in other countries.')).toBe('domestic');
    expect(at('Lantern made $46 million and another $20 million in other countries.')).toBeUndefined();
  });
});

describe('figures said of two different places', () => {
  const films = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack(
        'name: films\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n  - {id: lantern, name: Lantern, type: film, aliases: [Lantern]}\n' +
          'attributes:\n  - {id: gross.second-weekend, label: second-weekend gross, kind: quantity, unit: USD, triggers: [second weekend], subjects: [film]}\n',
        'films.yml',
      ),
    ]),
  );
  const conflicts = (a: string, b: string) => analyse([{ file: 'a.md', text: `# Lantern\n\n${a}\n` }, { file: 'b.md', text: `# Lantern\n\n${b}\n` }], { lexicon: films }).report.conflicts.map((c) => c.rule);

  it('are not compared; a figure of one place and one of none still are', () => {
    expect(conflicts('Lantern made $38 million in its second weekend in Corvalia.', 'After its second weekend, Lantern made $52 million in Ardenia.')).toEqual([]);
    expect(conflicts('Lantern made $38 million in its second weekend in Corvalia.', 'Lantern made $52 million in its second weekend.')).toEqual(['numeric-mismatch']);
  });
});

describe('a place a pack names', () => {
  const lexicon = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack(
        [
          'name: svc49',
          'entityTypes:',
          '  - {type: service, headers: [service]}',
          '  - {type: country, headers: [country]}',
          'entities:',
          '  - {id: lumora, name: Lumora, type: service, aliases: [Lumora]}',
          '  - {id: brazil, name: Brazil, type: country, aliases: [Brazil, Brasil]}',
          'attributes:',
          '  - {id: subscribers, label: subscribers, kind: quantity, unit: subscribers, unitWords: [subscribers, assinantes], triggers: [subscribers, assinantes], subjects: [service]}',
        ].join('\n'),
        'svc49.yml',
      ),
    ]),
  );
  const where = (text: string) => analyse([{ file: 'a.md', text: `---\ndate: 2024-06-01\n---\n# Lumora\n\n${text}\n` }], { lexicon }).claims.filter((c) => c.attribute === 'subscribers' || c.attribute === 'event.launch').map((c) => [c.attribute, c.where ?? null]);

  it('is where its figure or event holds, by the name the pack gives it in any language ("no Brasil")', () => {
    expect(where('Lumora has 2.9 million subscribers in Brazil.')).toEqual([['subscribers', 'brazil']]);
    expect(where('A Lumora tem 2,9 milhões de assinantes no Brasil.')).toEqual([['subscribers', 'brazil']]);
    expect(where('Lumora has 48 million subscribers.')).toEqual([['subscribers', null]]);
  });
});
