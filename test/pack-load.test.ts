// Pack loading: limits on what one pack may hold, checked on load with errors that name the pack and the entry.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../src/packs/lexicon.js';
import { backtrackingRisk, BUILTIN_PACK_PATH, loadPackFile, mergePacks, PACK_LIMITS, packNotes, packSize, PackError, parsePack, validatePack } from '../src/packs/load.js';

const entity = (i: number, aliases: string[] = []) => ({ id: `e${i}`, name: `Name${i}`, type: 'model', aliases });
const packOf = (data: Record<string, unknown>) => validatePack({ name: 'test', ...data }, 'my-pack.yml');

describe('pack limits', () => {
  it('the built-in pack is far within them', () => {
    const builtin = loadPackFile(BUILTIN_PACK_PATH);
    expect(packSize(builtin).phrases).toBeLessThan(PACK_LIMITS.phrases / 50);
    expect(packNotes(builtin)).toEqual([]);
  });

  it('a string longer than 100 characters is an error naming the pack and the entry', () => {
    expect(() => packOf({ entities: [entity(0), entity(1, ['ok', 'x'.repeat(5000)])] })).toThrow(
      new PackError('my-pack.yml: entities[1] (e1).aliases[1]: too long (5,000 characters; at most 100)'),
    );
    expect(() => packOf({ attributes: [{ id: 'a', label: 'A', kind: 'quantity', unit: 'u', triggers: ['y'.repeat(101)] }] })).toThrow(
      'my-pack.yml: attributes[0] (a).triggers[0]: too long (101 characters; at most 100)',
    );
  });

  it('too many entries in a list or a section is an error', () => {
    const aliases = Array.from({ length: 1001 }, (_, i) => `alias ${i}`);
    expect(() => packOf({ entities: [entity(0, aliases)] })).toThrow('my-pack.yml: entities[0] (e0).aliases: too many entries (1,001; at most 1,000)');
    const entities = Array.from({ length: PACK_LIMITS.entities + 1 }, (_, i) => ({ id: `e${i}` }));
    expect(() => validatePack({ name: 'big', entities }, 'big.yml')).toThrow('big.yml: entities: too many entries (50,001; at most 50,000)');
  });

  it('too many phrases in all, in one pack or in packs together, is an error', () => {
    const many = (from: number, n: number, aliases: number) => Array.from({ length: n }, (_, i) => entity(from + i, Array.from({ length: aliases }, (_, k) => `a${k}-${from + i}`)));
    // 40,000 entities × 4 names (a name and three aliases): 160,000 phrases.
    expect(() => packOf({ entities: many(0, 40_000, 3) })).toThrow(
      new PackError('my-pack.yml: pack: 160,000 phrases (aliases, synonyms, triggers, headers, unit words and cues); at most 150,000'),
    );
    // Two packs of 100,000 phrases each: each within the limit, not together.
    const one = packOf({ entities: many(0, 50_000, 1) });
    const two = packOf({ entities: many(50_000, 50_000, 1) });
    expect(() => mergePacks([one, two])).toThrow('my-pack.yml, my-pack.yml: together: 200,000 phrases (aliases, synonyms, triggers, headers, unit words and cues); at most 150,000');
  });

  it('a large pack gets a note: it is slow to load', () => {
    const entities = Array.from({ length: 10_001 }, (_, i) => entity(i, [`alias ${i}`]));
    expect(packNotes(packOf({ entities }))).toEqual(['packs my-pack.yml: 20,002 phrases; loading them takes seconds in every run (and again in every reader thread)']);
  });
});

describe('words of an edition (names.editions)', () => {
  it('are a list of strings, merged across packs, with the built-in pack\'s first', () => {
    expect(() => packOf({ names: { editions: 'Retold' } })).toThrow('my-pack.yml: names.editions: must be a list of strings');
    const merged = mergePacks([loadPackFile(BUILTIN_PACK_PATH), packOf({ names: { editions: ['Retold', 'VGA'] } })]);
    expect(merged.names.editions?.slice(0, 3)).toEqual(['edition', 'editions', 'remake']);
    expect(merged.names.editions?.slice(-2)).toEqual(['Retold', 'VGA']);
    expect([...compileLexicon(merged).editionWords].slice(-2)).toEqual(['retold', 'vga']);
  });
});

describe('entity type patterns (regular expressions from a pack)', () => {
  it('refuses patterns that can backtrack exponentially, naming the pack and the entry', () => {
    expect(backtrackingRisk('(a+)+$')).toBe('a repeated group that repeats inside');
    expect(backtrackingRisk('^([a-z]+\\s?)*x')).toBe('a repeated group that repeats inside');
    expect(backtrackingRisk('(a|ab)*c')).toBe('a repeated group of alternatives');
    expect(backtrackingRisk('(?:(?:a)+){2,}')).toBe('a repeated group that repeats inside');
    expect(backtrackingRisk('(a)\\1')).toBe('a back-reference');
    expect(() => packOf({ entityTypes: [{ type: 'model', headers: [], patterns: ['^ok$', '(x+)+y'] }] })).toThrow(
      new PackError('my-pack.yml: entityTypes[0].patterns[1]: a repeated group that repeats inside: such a pattern can take exponential time on some names'),
    );
  });

  it('accepts the usual shapes: classes, optional groups, alternatives not repeated', () => {
    for (const ok of ['^[A-Z][a-z]+-\\d+$', '(?:^|[\\s_-])(?:\\d+x)?\\d+(?:\\.\\d+)?[BbMm](?:$|[\\s_-])', '[(+)]+', '\\(a+\\)+', '(?<size>\\d+)B', 'a{2}(b{1,3})?']) {
      expect(backtrackingRisk(ok)).toBeNull();
    }
    for (const hint of loadPackFile(BUILTIN_PACK_PATH).entityTypes) for (const p of hint.patterns ?? []) expect(backtrackingRisk(p)).toBeNull();
  });
});

describe('stock and flow attributes (measure)', () => {
  const attribute = (extra: Record<string, unknown>) => ({ id: 'a', label: 'A', kind: 'quantity', unit: 'u', subjects: ['model'], ...extra });

  it('reads measure: stock, flow or tally, and leaves it unset when absent (a flow: the safe side)', () => {
    const pack = packOf({ attributes: [attribute({ measure: 'stock' }), attribute({ id: 'b', measure: 'flow' }), attribute({ id: 'c' }), attribute({ id: 'd', measure: 'tally' })] });
    expect(pack.attributes.map((a) => a.measure)).toEqual(['stock', 'flow', undefined, 'tally']);
  });

  it('refuses another value, a category attribute as a stock or a flow, and a timeless one, naming the pack and the entry', () => {
    expect(() => packOf({ attributes: [attribute({ measure: 'level' })] })).toThrow(new PackError('my-pack.yml: attributes[0] (a).measure: must be "stock", "flow", "tally" or "act"'));
    const category = (measure: string) => ({ id: 'a', label: 'A', kind: 'category', subjects: ['model'], measure, values: [{ id: 'x' }, { id: 'y' }] });
    expect(() => packOf({ attributes: [category('stock')] })).toThrow(
      new PackError('my-pack.yml: attributes[0] (a).measure: a category attribute may only be a tally (a state that changes as news unfolds); a stock or a flow is a quantity'),
    );
    expect(packOf({ attributes: [category('tally')] }).attributes[0]!.measure).toBe('tally');
    expect(() => packOf({ attributes: [attribute({ measure: 'stock', timeless: true })] })).toThrow(
      new PackError('my-pack.yml: attributes[0] (a).measure: a timeless attribute meets every period already: drop "measure" or "timeless"'),
    );
  });

  it('the built-in pack marks levels as stocks and funding as a flow', () => {
    const builtin = loadPackFile(BUILTIN_PACK_PATH);
    const measure = (id: string) => builtin.attributes.find((a) => a.id === id)?.measure;
    expect([measure('github.stars'), measure('params.total'), measure('team.size'), measure('investment.amount'), measure('training.cost')]).toEqual(['stock', 'stock', 'stock', 'act', undefined]);
  });
});

describe('attributes whose parts share (nonAdditive)', () => {
  const attribute = (extra: Record<string, unknown>) => ({ id: 'a', label: 'A', kind: 'quantity', unit: 'u', subjects: ['model'], ...extra });

  it('reads nonAdditive: true, and refuses another value or a category attribute', () => {
    expect(packOf({ attributes: [attribute({ nonAdditive: true }), attribute({ id: 'b' })] }).attributes.map((a) => a.nonAdditive)).toEqual([true, undefined]);
    expect(() => packOf({ attributes: [attribute({ nonAdditive: 'yes' })] })).toThrow(new PackError('my-pack.yml: attributes[0] (a).nonAdditive: must be true or false'));
    expect(() => packOf({ attributes: [{ id: 'a', label: 'A', kind: 'category', subjects: ['model'], nonAdditive: true, values: [{ id: 'x' }, { id: 'y' }] }] })).toThrow(
      new PackError('my-pack.yml: attributes[0] (a).nonAdditive: only a quantity attribute has parts'),
    );
  });

  it('the built-in pack marks parameter counts: a mixture of experts shares its attention layers', () => {
    const builtin = loadPackFile(BUILTIN_PACK_PATH);
    expect(builtin.attributes.filter((a) => a.nonAdditive).map((a) => a.id)).toEqual(['params.total', 'params.active']);
  });
});

describe('counts in fractions (whole: false)', () => {
  const attribute = (extra: Record<string, unknown>) => ({ id: 'a', label: 'A', kind: 'quantity', unit: 'MParams', subjects: ['model'], ...extra });

  it('reads whole: false on a count, and refuses another value, a unit of measure, a share or a category', () => {
    expect(packOf({ attributes: [attribute({ whole: false }), attribute({ id: 'b', whole: true }), attribute({ id: 'c' })] }).attributes.map((a) => a.whole)).toEqual([false, undefined, undefined]);
    expect(() => packOf({ attributes: [attribute({ whole: 'no' })] })).toThrow(new PackError('my-pack.yml: attributes[0] (a).whole: must be true or false'));
    const onlyCounts = 'only a count (a quantity in a unit of no dimension, no currency, share or score) is whole or not';
    expect(() => packOf({ attributes: [attribute({ unit: 'km', whole: false })] })).toThrow(new PackError(`my-pack.yml: attributes[0] (a).whole: ${onlyCounts}`));
    expect(() => packOf({ attributes: [attribute({ unit: 'percent', whole: false })] })).toThrow(new PackError(`my-pack.yml: attributes[0] (a).whole: ${onlyCounts}`));
    expect(() => packOf({ attributes: [{ id: 'a', label: 'A', kind: 'category', subjects: ['model'], whole: false, values: [{ id: 'x' }, { id: 'y' }] }] })).toThrow(
      new PackError(`my-pack.yml: attributes[0] (a).whole: ${onlyCounts}`),
    );
  });
});

describe('events known by their agent (cues, topicParticipant)', () => {
  const event = (extra: Record<string, unknown>) => ({ id: 'e', label: 'E', triggers: ['led by'], participantTypes: ['organization'], minParticipants: 2, ...extra });

  it('reads cues and topicParticipant, and refuses another value, naming the pack and the entry', () => {
    const pack = packOf({ events: [event({ cues: ['round'], topicParticipant: true }), event({ id: 'f' })] });
    expect(pack.events.map((e) => [e.cues, e.topicParticipant])).toEqual([
      [['round'], true],
      [undefined, undefined],
    ]);
    expect(() => packOf({ events: [event({ topicParticipant: 'yes' })] })).toThrow(new PackError('my-pack.yml: events[0] (e).topicParticipant: must be true or false'));
  });
});

describe("the side of its verb an event's participant stands on (participantRole)", () => {
  const event = (extra: Record<string, unknown>) => ({ id: 'e', label: 'E', triggers: ['killed'], participantTypes: ['ruler'], minParticipants: 1, ...extra });

  it('reads object or subject, and refuses another value or an event of two participants, naming the pack and the entry', () => {
    const pack = packOf({ events: [event({ participantRole: 'object' }), event({ id: 'f', participantRole: 'subject' }), event({ id: 'g' })] });
    expect(pack.events.map((e) => e.participantRole)).toEqual(['object', 'subject', undefined]);
    expect(() => packOf({ events: [event({ participantRole: 'agent' })] })).toThrow(new PackError('my-pack.yml: events[0] (e).participantRole: must be object or subject'));
    expect(() => packOf({ events: [event({ participantRole: 'object', minParticipants: 2 })] })).toThrow(
      new PackError('my-pack.yml: events[0] (e).participantRole: is for an event of one participant (minParticipants: 1)'),
    );
  });
});

describe('triggers that carry a manner of their event (mannerTriggers)', () => {
  const event = (extra: Record<string, unknown>) => ({ id: 'e', label: 'E', triggers: ['released', 'open-sourced'], participantTypes: ['model'], minParticipants: 1, ...extra });

  it('reads a list of some of the triggers, and refuses a word that is no trigger, naming the pack and the entry', () => {
    const pack = packOf({ events: [event({ mannerTriggers: ['Open-sourced'] }), event({ id: 'f' })] });
    expect(pack.events.map((e) => e.mannerTriggers)).toEqual([['Open-sourced'], undefined]);
    expect(() => packOf({ events: [event({ mannerTriggers: ['leaked'] })] })).toThrow(new PackError('my-pack.yml: events[0] (e).mannerTriggers: "leaked" is not one of the event\'s triggers'));
    expect(() => packOf({ events: [event({ mannerTriggers: 'open-sourced' })] })).toThrow(new PackError('my-pack.yml: events[0] (e).mannerTriggers: must be a list of strings'));
  });
});

describe('a field a pack leaves out', () => {
  it('is named as required, with what it takes, apart from one of the wrong shape', () => {
    expect(() => packOf({ events: [{ id: 'e', label: 'E', triggers: ['sank'] }] })).toThrow(new PackError('my-pack.yml: events[0] (e).participantTypes: is required: a list of strings'));
    expect(() => packOf({ events: [{ id: 'e', label: 'E', triggers: ['sank'], participantTypes: 'ship' }] })).toThrow(new PackError('my-pack.yml: events[0] (e).participantTypes: must be a list of strings'));
    expect(() => packOf({ attributes: [{ id: 'a', kind: 'quantity', unit: 'm', subjects: ['ship'] }] })).toThrow(new PackError('my-pack.yml: attributes[0] (a).label: is required: a non-empty string'));
    expect(() => packOf({ attributes: [{ id: 'a', label: 'A', kind: 'quantity', unit: 'money', subjects: ['ship'] }] })).toThrow(
      new PackError('my-pack.yml: attributes[0] (a).unit: "money" names no currency: write its code (USD, EUR, GBP, CNY, JPY, …); figures in other currencies are then compared each apart'),
    );
  });
});

describe('a type a pack names', () => {
  const builtin = () => loadPackFile(BUILTIN_PACK_PATH);
  const mine = (subjects: string[], participantTypes: string[] = ['person']) =>
    packOf({
      entityTypes: [{ type: 'person', headers: ['candidate'] }],
      attributes: [{ id: 'party', label: 'party', kind: 'category', subjects, values: [{ id: 'green', synonyms: ['Green'] }, { id: 'red', synonyms: ['Red'] }] }],
      events: [{ id: 'resigned', label: 'resigned', triggers: ['resigned'], participantTypes }],
    });

  it('is one that some pack declares, in entityTypes or as an entity’s type, or one the engine gives (unknown)', () => {
    expect(() => mergePacks([builtin(), mine(['person', 'organization'], ['person', 'unknown'])])).not.toThrow();
  });

  it('is an error naming the pack, the entry and the types known when no pack declares it', () => {
    expect(() => mergePacks([builtin(), mine(['persons'])])).toThrow(/^my-pack\.yml: attributes\[0\] \(party\)\.subjects: "persons" is no type a pack declares \(in entityTypes or as an entity's type\); known types: .*\bperson\b/);
    expect(() => mergePacks([builtin(), mine(['person'], ['persn'])])).toThrow(/^my-pack\.yml: events\[0\] \(resigned\)\.participantTypes: "persn" is no type/);
  });
});

describe('a number written unquoted in a list in brackets', () => {
  const gauge = (synonyms: string) => `name: rail\nentityTypes:\n  - {type: line, headers: [line]}\nattributes:\n  - {id: gauge, label: gauge, kind: category, subjects: [line], values: [{id: standard, synonyms: ${synonyms}}, {id: broad, synonyms: [broad gauge]}]}\n`;

  it('is read, with a warning naming the entry, when a comma parted it in two ("[standard gauge, 1,435 mm]")', () => {
    expect(packNotes(mergePacks([parsePack(gauge('[standard gauge, 1,435 mm]'), 'rail.yml')]))).toEqual([
      'rail.yml: attributes[0] (gauge).values[0].synonyms[1]: "1" and "435 mm" are two entries: a comma parts the entries of a list in brackets; write the number in quotes ("1,435 mm")',
    ]);
    expect(packNotes(parsePack(gauge('[standard gauge, "1,435 mm"]'), 'rail.yml'))).toEqual([]);
    expect(packNotes(parsePack(gauge('[standard gauge, 1435 mm]'), 'rail.yml'))).toEqual([]);
  });

  it('and a value or trigger that is a number is never read inside a longer one ("5.1 million", "1,435")', () => {
    const lexicon = compileLexicon(parsePack(gauge('[standard gauge, "1", "435"]'), 'rail.yml'));
    const values = (text: string) => lexicon.values(text).map((m) => text.slice(m.start, m.end));
    expect(values('It carried 5.1 million people on 1,435 mm track.')).toEqual([]);
    expect(values('Track: 1 (standard).')).toEqual(['1']);
  });
});

describe('two category attributes that list the same value words', () => {
  const tools = (developerValues: string) =>
    [
      'name: tools',
      'entityTypes:',
      '  - {type: software, headers: [editor]}',
      'attributes:',
      '  - {id: creator, label: creator, kind: category, triggers: [created by], subjects: [software], values: [{id: brenner, synonyms: [Tomas Brenner]}, {id: halden, synonyms: [Halden Soft]}]}',
      `  - {id: developer, label: developer, kind: category, triggers: [developed by], subjects: [software], values: ${developerValues}}`,
    ].join('\n');

  it('warns at load, naming both attributes and the pack file: the second reads nothing, or never the shared words', () => {
    expect(packNotes(parsePack(tools('[{id: brenner, synonyms: [Tomas Brenner]}, {id: halden, synonyms: [halden soft]}]'), 'tools.yml'))).toEqual([
      'tools.yml: attributes[1] (developer): every value word of "developer" ("Tomas Brenner", "Halden Soft") is also a value of "creator", listed first, which takes them: "developer" reads nothing; give each attribute words of its own, or make them one attribute',
    ]);
    expect(packNotes(parsePack(tools('[{id: brenner, synonyms: [Tomas Brenner]}, {id: oster, synonyms: [Mira Oster]}]'), 'tools.yml'))).toEqual([
      'tools.yml: attributes[1] (developer): 1 of the value words of "developer" ("Tomas Brenner") are also values of "creator", listed first, which takes them: "developer" never reads them',
    ]);
    expect(packNotes(parsePack(tools('[{id: oster, synonyms: [Mira Oster]}, {id: orchard, synonyms: [Orchard Co]}]'), 'tools.yml'))).toEqual([]);
  });
});

describe('two entities that list the same alias', () => {
  const towns = (second: string) =>
    [
      'name: towns',
      'entityTypes:',
      '  - {type: city, headers: [town]}',
      'entities:',
      '  - {id: ostkirk-ardenia, name: "Ostkirk, Ardenia", type: city, aliases: ["Ostkirk, Ardenia", Ostkirk]}',
      `  - {id: ostkirk-lorvania, name: "Ostkirk, Lorvania", type: city, aliases: ${second}}`,
    ].join('\n');

  it('warns at load, naming both entries, the alias and the pack file; no warning where the aliases differ', () => {
    expect(packNotes(parsePack(towns('["Ostkirk, Lorvania", ostkirk]'), 'towns.yml'))).toEqual([
      'towns.yml: entities[1] (ostkirk-lorvania): the alias "ostkirk" of "ostkirk-lorvania" is also an alias of "ostkirk-ardenia" (entities[0]), listed first, which takes it on every page but one whose title names "Ostkirk, Lorvania"; give each entity a name of its own where pages write them apart',
    ]);
    expect(packNotes(parsePack(towns('["Ostkirk, Lorvania", Ostkirk in Lorvania]'), 'towns.yml'))).toEqual([]);
  });
});
