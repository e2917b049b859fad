// What a figure is the value of, and whose: a part's figure ("of €9 million each"), the whole a share is taken
// of ("half of the $1,099 …") and a configuration on sale ("a 256GB model") are not the value the sentence's
// subject has; names joined by "and" share a figure, "respectively" hands figures out in order.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyse, checkTexts } from '../src/check/index.js';
import { collectSegments } from '../src/extract/segments.js';
import { findMentions } from '../src/normalise/entities.js';
import { findQuantities } from '../src/normalise/numbers.js';
import { membersMeant } from '../src/extract/typing.js';
import { countsItsSources } from '../src/extract/figure-phrases.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, packNotes, parsePack } from '../src/packs/load.js';

const withPack = (name: string) =>
  compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), loadPackFile(fileURLToPath(new URL(`../fixtures/packs/${name}.yml`, import.meta.url)))]));
/** The built-in pack and one written inline (YAML), compiled. */
const withInlinePack = (yaml: string, file: string) => compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(yaml, file)]));
/** A pack of one entity type (named by its own type noun), its entities and attributes: each a YAML flow mapping. */
const packOf = (name: string, type: string, entities: string[], attributes: string[]) =>
  withInlinePack(
    `name: ${name}\nentityTypes:\n  - {type: ${type}, headers: [${type}]}\nentities:\n${entities.map((e) => `  - ${e}\n`).join('')}attributes:\n${attributes.map((a) => `  - ${a}\n`).join('')}`,
    `${name}.yml`,
  );
/** A pack written inline, one YAML line per item, named and filed by its name. */
const inlinePack = (name: string, lines: string[]) => withInlinePack([`name: ${name}`, ...lines].join('\n'), `${name}.yml`);
/** The claims a document's text gives an attribute, with this lexicon. */
const claimsIn = (lexicon: ReturnType<typeof compileLexicon>, text: string, attribute: string) =>
  analyse([{ file: 'a.md', text }], { lexicon }).claims.filter((c) => c.attribute === attribute);
/** The figures a text under a heading gives an attribute, with this lexicon: [lower end, modality]. */
const valuesUnder = (lexicon: ReturnType<typeof compileLexicon>, heading: string, text: string, attribute: string) =>
  claimsIn(lexicon, `# ${heading}\n\n${text}\n`, attribute).map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
/** The figures one sentence gives an attribute under a heading, with this lexicon: [entity id, lower end]. */
const figuresWith = (lexicon: ReturnType<typeof compileLexicon>, sentence: string, attribute: string, heading = 'Notes') =>
  claimsIn(lexicon, `# ${heading}\n\n${sentence}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
const read = (name: string, sentence: string, attribute: string, heading = 'Notes') => figuresWith(withPack(name), sentence, attribute, heading);
/** The claims of one text under a heading, with this lexicon. */
const claimsUnder = (lexicon: ReturnType<typeof compileLexicon>, heading: string, text: string) => analyse([{ file: 'a.md', text: `# ${heading}\n\n${text}\n` }], { lexicon }).claims;
/** A reader of one text under a heading: each attribute's figures in turn, as [attribute, lower end]. */
const figuresOf =
  (lexicon: ReturnType<typeof compileLexicon>, heading: string, attributes: string[]) =>
  (text: string) =>
    attributes.flatMap((a) => claimsIn(lexicon, `# ${heading}\n\n${text}\n`, a).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]));

describe('figures that are not the value of the subject', () => {
  it("one part's figure, said of each of several parts", () => {
    expect(read('football', 'The fee is split into four instalments of €9 million each.', 'transfer.fee', 'Tomas Varga joins Riverside FC')).toEqual([]);
  });

  it('the whole a share is taken of', () => {
    expect(read('phones', 'The Arc 3 costs $399, half of the $1,099 the Arc 3 Max costs.', 'price.launch')).toEqual([['arc-3', 399]]);
  });
});

describe('a figure compared in a condition ("when the dose is greater than 5 mg") is its threshold, no value', () => {
  const lexicon = packOf('remedies', 'drug', ['{id: velorazine, name: Velorazine, type: drug, aliases: [velorazine, Velorazine]}'], [
    '{id: dose, label: usual dose, kind: quantity, unit: mg, triggers: [dose, daily dose], subjects: [drug], timeless: true}',
  ]);

  it('reads no dose from a threshold after "when", "if" or "unless"; a bound stated plainly, or a past "when", stays', () => {
    expect(figuresWith(lexicon, 'Velorazine use in the first trimester can cause fetal harm when the daily dose is greater than 5 mg.', 'dose', 'Pregnancy')).toEqual([]);
    expect(figuresWith(lexicon, 'Stop velorazine if the daily dose exceeds 20 mg.', 'dose')).toEqual([]);
    expect(figuresWith(lexicon, 'Velorazine is safe unless the dose is >10 mg.', 'dose')).toEqual([]);
    expect(figuresWith(lexicon, 'Velorazine (maximum dose <5 mg/d) is recommended.', 'dose')).toEqual([['velorazine', null]]);
    expect(figuresWith(lexicon, 'The daily dose of velorazine is 5 mg.', 'dose')).toEqual([['velorazine', 5]]);
    expect(figuresWith(lexicon, 'Velorazine was withdrawn in 2019, when its daily dose was over 30 mg.', 'dose')).toEqual([['velorazine', 30]]);
  });
});

describe('a category value against its sense: "a non–X (such as Z)", "an X plus Z"', () => {
  const lexicon = packOf('remedy-classes', 'drug', ['{id: velorazine, name: Velorazine, type: drug, aliases: [velorazine, Velorazine]}', '{id: tomaxilan, name: Tomaxilan, type: drug, aliases: [tomaxilan, Tomaxilan]}'], [
    '{id: drug.class, label: drug class, kind: category, triggers: [], subjects: [drug], multiValued: true, values: [{id: vka, synonyms: [quellin Z blocker]}, {id: xa, synonyms: [factor Xa inhibitor]}]}',
  ]);
  const classes = (sentence: string) => claimsUnder(lexicon, 'Anticoagulants', sentence).filter((c) => c.attribute === 'drug.class').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('gives no class from a value that a prefix ("non-", "non–") makes part of a longer word', () => {
    expect(classes('Alternatives include a non–quellin Z blocker oral thinner (such as velorazine).')).toEqual([]);
    expect(classes('Alternatives include a non-quellin Z blocker oral thinner (such as velorazine).')).toEqual([]);
    expect(classes('Alternatives include a quellin Z blocker oral thinner (such as velorazine).')).toEqual([['velorazine', 'vka']]);
  });

  it('gives no class to a name added to the value by "plus"', () => {
    expect(classes('Empiric therapy is a factor Xa inhibitor plus velorazine for deep wounds.')).toEqual([]);
    expect(classes('Empiric therapy is a factor Xa inhibitor such as velorazine.')).toEqual([['velorazine', 'xa']]);
    expect(classes('Tomaxilan is a factor Xa inhibitor.')).toEqual([['tomaxilan', 'xa']]);
  });
});

describe('a short name inside a longer noun phrase that names another thing ("drug-induced X", "kelvane-X", "Crest Works")', () => {
  const lexicon = inlinePack('longer-names', [
    'entityTypes:',
    '  - {type: drug, headers: [drug]}',
    '  - {type: disease, headers: [disease]}',
    '  - {type: language, headers: [language]}',
    'entities:',
    '  - {id: velorazine, name: Velorazine, type: drug, aliases: [velorazine, Velorazine]}',
    '  - {id: brenner, name: Brenner syndrome, type: disease, aliases: [Brenner syndrome]}',
    '  - {id: crest, name: Crest, type: language, aliases: [Crest]}',
    'attributes:',
    '  - {id: prevalence, label: prevalence, kind: quantity, unit: percent, triggers: [prevalence, seen in, affects], subjects: [disease], measure: stock}',
    '  - {id: dose, label: usual dose, kind: quantity, unit: mg, triggers: [dose], subjects: [drug], timeless: true}',
    '  - {id: creator, label: creator, kind: category, triggers: [created by], subjects: [language], values: [{id: brenner-t, synonyms: [Tomas Brenner]}, {id: crest-works, synonyms: [Crest Works]}]}',
  ]);
  const facts = (text: string) => claimsUnder(lexicon, 'Notes', text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null]);

  it('reads no figure of the short name from a compound of a cause before it, or a word glued to it by a hyphen', () => {
    expect(facts('Drug-induced Brenner syndrome is seen in 8% of patients.')).toEqual([]);
    expect(facts('In such patients, drug-induced Brenner syndrome is seen in 8%.')).toEqual([]);
    expect(facts('A kelvane-velorazine reuptake inhibitor has a dose of 20 mg.')).toEqual([]);
    expect(facts('Brenner syndrome affects 1% of the population.')).toEqual([['brenner', 'prevalence', 1]]);
    // A compound that says no cause keeps the name: the same drug.
    expect(facts('Long-acting velorazine has a dose of 20 mg.')).toEqual([['velorazine', 'dose', 20]]);
  });

  it('reads no value of a thing from a capitalised name it opens, and keeps "the X language", "X\'s", "the usual X dose"', () => {
    expect(facts('PipeStream is a sound server created by Crest Works.')).toEqual([]);
    expect(facts('Crest was created by Tomas Brenner.')).toEqual([['crest', 'creator', 'brenner-t']]);
    expect(facts('The Crest language was created by Tomas Brenner.')).toEqual([['crest', 'creator', 'brenner-t']]);
    expect(facts("Crest's first version was created by Tomas Brenner.")).toEqual([['crest', 'creator', 'brenner-t']]);
    expect(facts('The usual Velorazine dose is 20 mg.')).toEqual([['velorazine', 'dose', 20]]);
  });
});

describe('a name with a "!" in it', () => {
  const lexicon = packOf('arcade', 'game', ['{id: whirl-away, name: "Whirl Away! Sky Racer", type: game}', '{id: sky-racer, name: Sky Racer, type: game}'], [
    '{id: sales, label: copies sold, kind: quantity, unit: copies, unitWords: [copies], triggers: [sold], subjects: [game]}',
  ]);

  it("is one name: the words after its \"!\" open no sentence, and name no other thing", () => {
    expect(figuresWith(lexicon, 'Whirl Away! Sky Racer sold 40,000 copies. Sky Racer sold 90,000 copies.', 'sales')).toEqual([
      ['whirl-away', 40000],
      ['sky-racer', 90000],
    ]);
  });
});

describe('configurations on sale', () => {
  it('a figure that names a model, a variant or the options is not the value', () => {
    const sentence = 'Prices start at $599 for the Nova 7, which ships with 8GB of RAM plus 128GB of storage, and a 256GB version is also on offer.';
    expect(read('phones', sentence, 'storage')).toEqual([['nova-7', 128]]);
    expect(read('phones', 'The Nova 7 comes in the 8GB + 256GB storage variant.', 'storage')).toEqual([]);
    expect(read('phones', 'The Nova 7 keeps 8GB of RAM while storage options go up to 512GB.', 'storage')).toEqual([]);
  });

  it("a pack's own unit is read glued to the figure, with or without a space", () => {
    expect(read('phones', 'The Nova 7 has 12GB RAM.', 'memory.ram')).toEqual([['nova-7', 12]]);
    expect(read('phones', 'The Nova 7 has 12 GB of RAM.', 'memory.ram')).toEqual([['nova-7', 12]]);
  });

  it('so are the other units of its dimension that are read only spaced in general text ("96TB" where memory is in GB)', () => {
    const racks = withInlinePack(
      'name: racks\nentityTypes:\n  - {type: system, headers: [rack]}\nentities:\n  - {id: halden-r9, name: Halden R9, type: system, aliases: [Halden R9]}\n' +
        'attributes:\n  - {id: memory.capacity, label: memory, kind: quantity, unit: GB, triggers: [memory, HBM], subjects: [system]}\n',
      'racks.yml',
    );
    expect(figuresWith(racks, 'The Halden R9 has 96TB of memory.', 'memory.capacity')).toEqual([['halden-r9', 96000]]);
    expect(figuresWith(racks, 'The Halden R9 has 192GB of memory.', 'memory.capacity')).toEqual([['halden-r9', 192]]);
  });
});

describe('whose figure it is', () => {
  it('the name a figure\'s phrase modifies, right after it; none when that name is one no pack knows', () => {
    expect(read('phones', 'In our test the Nova 7 beat the 4,500mAh Arc 3 by two hours.', 'battery.capacity')).toEqual([['arc-3', 4500]]);
    expect(read('phones', 'The Nova 7 outlasted the 4,000mAh Zeta 5 from a smaller maker.', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'Nova 7 的續航勝過4000mAh的Zeta 5。', 'battery.capacity')).toEqual([]);
  });

  it('not a name that only describes the noun after it ("an X rival", "the X successor", "X lineage")', () => {
    expect(read('phones', 'An Arc 3 rival carries a 6,000mAh battery.', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'The Arc 3 successor packs a 5,200mAh battery.', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'Arc 3 lineage, scaled up: a 5,500mAh battery.', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'The Arc 3, a Nova 7 rival, packs a 5,200mAh battery.', 'battery.capacity')).toEqual([['arc-3', 5200]]);
  });

  it('the name a figure\'s phrase ends on ("12GB RAM in the X")', () => {
    expect(read('phones', 'Every model gets a new chip, 12GB RAM in the Nova 7 Pro, and a bigger battery.', 'memory.ram')).toEqual([['nova-7-pro', 12]]);
  });

  it('names joined by "and" share one figure; not a combined one', () => {
    expect(read('phones', 'The Nova 7 and the Arc 3 have a starting price of $699.', 'price.launch')).toEqual([['arc-3', 699], ['nova-7', 699]]);
    expect(read('football', 'Luca Ferrin and Sami Okoro cost a combined €30 million.', 'transfer.fee')).toEqual([]);
    // A bare comma joins no list: a fronted comparison or an apposition.
    expect(read('phones', 'Unlike the Arc 3 Max, the Nova 7 measures 6.8 inches.', 'display.size')).toEqual([['nova-7', 6.8]]);
    expect(read('phones', 'The Arc 3, the Nova 7 and the Pebble 2 have a starting price of $699.', 'price.launch')).toEqual([['pebble-2', 699], ['nova-7', 699], ['arc-3', 699]]);
  });

  it('a unit of measurement that one attribute alone takes names it where no trigger stands, if the figure\'s phrase ends there', () => {
    expect(read('phones', 'The Arc 3 Max comes in at 221 grams.', 'weight')).toEqual([['arc-3-max', 221]]);
    expect(read('phones', 'The sizes range from 6.1 inches on the Nova 7 to 6.9 inches on the Arc 3 Max.', 'display.size')).toEqual([['nova-7', 6.1], ['arc-3-max', 6.9]]);
    expect(read('phones', 'The Arc 3 Max ships with a 35-gram charger.', 'weight')).toEqual([]);
    expect(read('phones', 'The Arc 3 Max is 19 grams heavier than the Nova 7.', 'weight')).toEqual([]);
  });

  it('"respectively" hands the figures to the names in order', () => {
    expect(read('football', 'Tomas Varga and Eli Brandt signed for €25 million and €15 million respectively.', 'transfer.fee')).toEqual([
      ['tomas-varga', 25e6],
      ['eli-brandt', 15e6],
    ]);
  });

  it('"respectively" after the one name that could hold them hands the figures to something else: none is its', () => {
    expect(read('phones', 'Orbita sells the Nova 7 in three trims -- base, Plus and Ultra -- with a starting price of $699, $799 and $999 respectively.', 'price.launch')).toEqual([]);
    expect(read('phones', 'The Nova 7 costs $699, while the Arc 3 and the Pebble 2 cost $799 and $999, respectively.', 'price.launch')).toEqual([
      ['nova-7', 699],
      ['arc-3', 799],
      ['pebble-2', 999],
    ]);
  });

  it('after a colon, the figures describe coordinated names together: none is each one\'s', () => {
    expect(read('phones', 'Nova 7 and Arc 3: two flagships, 16GB of RAM each and a $999 top price', 'memory.ram')).toEqual([]);
    expect(read('phones', 'The Nova 7 and the Arc 3 have 16GB of RAM.', 'memory.ram')).toEqual([['arc-3', 16], ['nova-7', 16]]);
  });

  it('an increment in the languages figures are read in is no value ("altre 9.000", "weitere 3.000", "otros 500")', () => {
    expect(read('phones', 'Il Nova 7 ha una batteria da 5000 mAh; la versione Pro aggiunge altre 500 mAh.', 'battery.capacity')).toEqual([['nova-7', 5000]]);
    expect(read('phones', 'Der Nova 7 hat einen Akku mit 5000 mAh, der Pro weitere 500 mAh.', 'battery.capacity')).toEqual([['nova-7', 5000]]);
  });

  describe('a bare count and the noun it counts', () => {
    const votes = withInlinePack(
      [
        'name: votes',
        'entityTypes:',
        '  - {type: party, headers: [party]}',
        'entities:',
        '  - {id: greens, name: Green Alliance, type: party, aliases: [Green Alliance, the Greens]}',
        'attributes:',
        '  - {id: seats.change, label: seat gain or loss, kind: quantity, unit: seats, triggers: [gained, lost, down], subjects: [party]}',
        '  - {id: seats.won, label: seats won, kind: quantity, unit: seats, unitWords: [seats], triggers: [won, seats], subjects: [party]}',
      ].join('\n'),
      'votes.yml',
    );
    const of = (sentence: string, attribute: string) => figuresWith(votes, sentence, attribute, 'Notes').map(([, v]) => v);

    it('counts what the attribute counts only when the noun after it is one of its words ("down 17 points" is no seat count)', () => {
      expect(of('In those seats the Greens are down 17 points.', 'seats.change')).toEqual([]);
      expect(of('The Greens lost 29 councils.', 'seats.change')).toEqual([]);
      expect(of('The Greens gained 12 new seats.', 'seats.change')).toEqual([12]);
      expect(of('The Greens lost 29 in all.', 'seats.change')).toEqual([29]);
    });

    it('a threshold passed ("after reaching 320 seats", "on passing the 320 seat mark") is a milestone, no count', () => {
      expect(of('The Greens took the chamber after reaching 320 seats.', 'seats.won')).toEqual([]);
      expect(of('The Greens won 320 seats.', 'seats.won')).toEqual([320]);
    });
  });

  it("a block quote's reference is its own speaker's: \"> This model's context length is …\" is not the model named above it", () => {
    const api = packOf('api-quote', 'model', ['{id: lark-4, name: Lark 4, type: model, aliases: [Lark 4]}'], [
      '{id: context, label: context window, kind: quantity, unit: token, triggers: [context], subjects: [model]}',
    ]);
    const figures = (text: string) => claimsIn(api, `# Notes\n\n${text}\n`, 'context').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    const before = 'I tried Lark 4 from the command line. The call failed:';
    expect(figures(`${before}\n\n> This model's maximum context length is 4,000 tokens.\n\nThe model has a context window of 32,000 tokens.`)).toEqual([['lark-4', 32000]]);
    // A quote that names its subject keeps it; so does the text after the quote its own references.
    expect(figures(`${before}\n\n> Lark 4 reads a context of 8,000 tokens.\n\nIt has a context window of 32,000 tokens.`)).toEqual([
      ['lark-4', 8000],
      ['lark-4', 32000],
    ]);
  });

  it('a figure in a fronted phrase is the main clause\'s subject\'s', () => {
    expect(read('phones', 'I took the Nova 7 on a trip. With 12GB of RAM and fast storage, the phone never stuttered.', 'memory.ram')).toEqual([['nova-7', 12]]);
    expect(read('football', 'Riverside settled on Tomas Varga. With 19 league goals, he was top of their list.', 'goals.season')).toEqual([['tomas-varga', 19]]);
  });
});

describe("a figure near a known name that is not the clause's subject (\"Solberg's effort - three golds\")", () => {
  const games = withInlinePack(
    'name: games\nentityTypes:\n  - {type: athlete, people: true, headers: [athlete, swimmer]}\nentities:\n  - {id: ilsa-varga, name: Ilsa Varga, type: athlete, aliases: [Ilsa Varga, Varga]}\n' +
      'attributes:\n  - {id: golds, label: gold medals, kind: quantity, unit: golds, unitWords: [gold medals, golds, gold medal], triggers: [gold medals, golds], subjects: [athlete], measure: stock}\n',
    'games.yml',
  );
  const golds = (text: string) =>
    analyse([{ file: 'a.md', text: `Finswimming 101: History\n========================\n\n${text}\n` }], { lexicon: games })
      .claims.filter((c) => c.attribute === 'golds')
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('gives no figure past an unknown name whose possessive owns the phrase', () => {
    expect(golds('Ilsa Varga won seven gold medals at the Velora Games.')).toEqual([['ilsa-varga', 7]]);
    expect(golds("But with Ilsa Varga piling up wins, Solberg's remarkable effort - two records, three gold medals - was a ripple.")).toEqual([]);
  });
  it("still gives it to the name: a possessive in an aside, a possessive over another name, the full name after \"the\"", () => {
    expect(golds("Ilsa Varga became the second swimmer (after Ardenia's best sprinter) to win three gold medals.")).toEqual([['ilsa-varga', 3]]);
    expect(golds("Ilsa Varga out-touched Ardenia's Mira Solberg and took four golds.")).toEqual([['ilsa-varga', 4]]);
    expect(golds('In the final, Varga won five gold medals.')).toEqual([['ilsa-varga', 5]]);
  });
});

describe('a known name used as a noun modifier ("the Varga standard") is no subject of the figures', () => {
  const games = withInlinePack(
    'name: games\nentityTypes:\n  - {type: athlete, people: true, headers: [athlete, swimmer]}\n  - {type: pool, headers: [pool]}\nentities:\n' +
      '  - {id: ilsa-varga, name: Ilsa Varga, type: athlete, aliases: [Ilsa Varga, Varga]}\n  - {id: tomas-brenner, name: Tomas Brenner, type: athlete, aliases: [Tomas Brenner, Brenner]}\n' +
      '  - {id: halden, name: Halden, type: pool, aliases: [Halden]}\n' +
      'attributes:\n  - {id: golds, label: gold medals, kind: quantity, unit: golds, unitWords: [gold medals, golds, gold medal], triggers: [gold medals, golds], subjects: [athlete], measure: stock}\n' +
      '  - {id: lanes, label: lanes, kind: quantity, unit: lanes, unitWords: [lanes], triggers: [lanes], subjects: [pool]}\n',
    'games.yml',
  );
  const figures = (text: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `Finswimming 101: History\n========================\n\n${text}\n` }], { lexicon: games })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it("gives the figure to no one when the clause's subject is a name no pack knows", () => {
    expect(figures('Kasimir Holt attempted to equal that record. Holt dominated, but not quite at the Varga standard, claiming four golds and a bronze.', 'golds')).toEqual([]);
    expect(figures('Holt, a swimmer of the Varga era, claimed four golds.', 'golds')).toEqual([]);
    expect(figures("But with Ilsa Varga piling up wins, Mira Solberg's remarkable effort - two records, three gold medals - was a ripple.", 'golds')).toEqual([]);
  });
  it("gives it to the sentence's own subject, and still to the name itself", () => {
    expect(figures('Brenner dominated at the Varga standard, winning four golds.', 'golds')).toEqual([['tomas-brenner', 4]]);
    expect(figures('Varga dominated in Velora, claiming four golds.', 'golds')).toEqual([['ilsa-varga', 4]]);
    expect(figures('The legendary Varga dominated in Velora, claiming four golds.', 'golds')).toEqual([['ilsa-varga', 4]]);
  });
  it('leaves a name of a thing that is no person after "the" the subject', () => {
    expect(figures('The Halden pool opened with 10 lanes.', 'lanes')).toEqual([['halden', 10]]);
  });
});

describe('names with a version before "and"', () => {
  const lexicon = withPack('phones');
  const names = (text: string) => findMentions(lexicon, text).map((m) => m.text);
  it('a lower-case word glued by a hyphen makes a compound of the name, not a new name; a variant glued stays one', () => {
    const ids = (text: string) => findMentions(lexicon, text).map((m) => [m.text, m.entity.id]);
    expect(ids('The Nova 7 Pro-class phones and Arc 3-based kits')).toEqual([['Nova 7 Pro', 'nova-7-pro'], ['Arc 3', 'arc-3']]);
    expect(ids('The Nova 7-Turbo is new.')).toEqual([['Nova 7-Turbo', 'nova-7-turbo']]);
  });
  it('a variant word in lower case that is no common word ("mini", "nano", "lite") names another thing; its figures are not the name\'s', () => {
    const labs = inlinePack('lower-variants', ['entities:', '  - {id: tern-2, name: Tern 2, type: model, aliases: [Tern 2]}']);
    expect(findMentions(labs, 'Tern 2 mini is new, and Tern 2 nano too.').map((m) => [m.text, m.entity.id, m.entity.known])).toEqual([
      ['Tern 2 mini', 'tern-2-mini', false],
      ['Tern 2 nano', 'tern-2-nano', false],
    ]);
    expect(figuresWith(labs, 'Tern 2 mini scored 82% on the MMLU reasoning benchmark.', 'benchmark.mmlu')).toEqual([]);
    expect(figuresWith(labs, 'Tern 2 scored 88.7% on MMLU.', 'benchmark.mmlu')).toEqual([['tern-2', 88.7]]);
    // A common word after the name is the sentence's own ("Tern 2 large context window").
    expect(findMentions(labs, 'Tern 2 large context windows help.').map((m) => m.text)).toEqual(['Tern 2']);
  });
  it('keep their version; a number joined to a figure is a figure', () => {
    expect(names('The Zephyr 3 and the Zephyr 4 ship this year.')).toEqual(['Zephyr 3', 'Zephyr 4']);
    expect(names('Later, Zephyr 2 and 2.1 gained public weights.')).toEqual(['Zephyr 2']);
    expect(names('Analysts expect Zephyr 2 to 3 billion in revenue.')).toEqual([]);
  });

  it('end where Chinese resumes, with no space after them', () => {
    expect(names('此外，Zephyr-7B则能处理64k的上下文长度。')).toEqual(['Zephyr-7B']);
  });
});

describe('a category value opening a noun phrase', () => {
  it('is said of the name that heads it, past a word or two of its own ("the Lumen OS flagship Nova 7 Pro")', () => {
    const os = (text: string) => claimsIn(withPack('phones'), `# Notes\n\n${text}\n`, 'os').filter((c) => !c.derivedFrom).map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
    expect(os('Orbita showed the Android Go Nova 7 Lite and the Lumen OS flagship Nova 7 Pro.')).toEqual([
      ['nova-7-lite', 'android-go'],
      ['nova-7-pro', 'lumen-os'],
    ]);
    // Words of another phrase between ("with the") are no part of it.
    expect(os('Orbita pairs Android Go with the Nova 7 Pro.')).toEqual([]);
  });
});

describe('a family before a type noun of another type', () => {
  it('only modifies it: "a liquid-cooled Lark system" is a system, not the Lark line of chips', () => {
    const lark = withInlinePack(
      [
        'name: lark',
        'entityTypes:',
        '  - {type: gpu, headers: [GPU, chip]}',
        '  - {type: system, headers: [system, rack]}',
        'entities:',
        '  - {id: lark, name: Lark, type: family, memberType: gpu, aliases: [Lark]}',
        '  - {id: lark-l2, name: Lark L2, type: gpu, family: lark, aliases: [Lark L2]}',
        '  - {id: halden-r9, name: Halden R9, type: system, aliases: [Halden R9]}',
        'attributes:',
        '  - {id: compute, label: compute, kind: quantity, unit: petaflops, unitWords: [PFLOPS], triggers: [delivering, compute], subjects: [gpu, system, family]}',
      ].join('\n'),
      'lark.yml',
    );
    const of = (text: string) => claimsIn(lark, `# Notes\n\n${text}\n`, 'compute').map((c) => c.entity.id);
    expect(of('Halden sells the Halden R9, a liquid-cooled Lark system delivering 960 PFLOPS.')).toEqual(['halden-r9']);
    expect(of('Each Lark GPU is delivering 20 PFLOPS.')).toEqual(['lark']);
  });
});

describe('a name that modifies the noun after it in a predicate ("X is a Quill toolkit created by P") is no subject', () => {
  const kit = inlinePack('modifier-names', [
    'entityTypes:',
    '  - {type: software, headers: [editor, framework, toolkit]}',
    '  - {type: language, headers: [language, programming language]}',
    'entities:',
    '  - {id: quill, name: Quill, type: language, aliases: [Quill]}',
    '  - {id: velora, name: Velora, type: software, aliases: [Velora]}',
    '  - {id: brisk-forge, name: Brisk Forge, type: software, aliases: [Brisk Forge]}',
    '  - {id: tarn-native, name: Tarn Native, type: software, aliases: [Tarn Native]}',
    'attributes:',
    '  - {id: creator, label: creator, kind: category, triggers: [created by], subjects: [software, language], values: [{id: oster, synonyms: [Mira Oster]}, {id: halden, synonyms: [Halden Soft]}, {id: brenner, synonyms: [Tomas Brenner]}]}',
    'events:',
    '  - {id: first-release, label: first release, triggers: [released], participantTypes: [software, language], minParticipants: 1}',
  ]);
  const of = (sentence: string, attribute = 'creator') =>
    claimsIn(kit, `# Notes\n\n${sentence}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : c.value.kind === 'event' ? c.value.polarity : null]);

  it("gives the value to the sentence's subject, or to no one, not to the name used as an adjective", () => {
    expect(of('Brisk Forge is a Quill-native toolkit created by Mira Oster.')).toEqual([['brisk-forge', 'oster']]);
    expect(of('Tarn Native is a Quill toolkit for phone apps created by Halden Soft.')).toEqual([['tarn-native', 'halden']]);
    expect(of('Tarn Native, a cross-platform Quill toolkit created by Halden Soft, is small.')).toEqual([['tarn-native', 'halden']]);
    // A subject no pack knows: nothing, rather than the modifier.
    expect(of('Zentro is a Quill toolkit created by Mira Oster.')).toEqual([]);
    // Nor is the name a party to the noun's event.
    expect(of('Tarn Native is a Quill toolkit released in 2014.', 'event.first-release')).toEqual([['tarn-native', 'happened']]);
  });

  it("keeps the name where the noun is of its own type, where a grammar word stands before it, or where it heads its phrase", () => {
    // "the Quill language" is Quill.
    expect(of("Velora's scripting layer is the Quill language created by Tomas Brenner.")).toEqual([['quill', 'brenner']]);
    // "an editor for Quill": the name is the object of "for", no modifier (read as before).
    expect(of('Velora is an editor for Quill created by Mira Oster.')).toEqual([['quill', 'oster']]);
    expect(of('Quill is a language created by Tomas Brenner.')).toEqual([['quill', 'brenner']]);
    expect(of('Velora is a Quill editor. Quill was created by Tomas Brenner.')).toEqual([['quill', 'brenner']]);
  });
});

describe('a figure that modifies a type noun', () => {
  const probes = withInlinePack(
    [
      'name: probes',
      'entityTypes:',
      '  - {type: lander, headers: [lander, 着陆器]}',
      '  - {type: crawler, headers: [crawler, 巡视车]}',
      '  - {type: module, headers: [module]}',
      'entities:',
      '  - {id: tern, name: Tern lander, type: lander, aliases: [Tern]}',
      '  - {id: kestrel, name: Kestrel module, type: module, aliases: [Kestrel module]}',
      'attributes:',
      '  - {id: mass, label: mass, kind: quantity, unit: kg, unitWords: [kg, kilograms, 公斤], triggers: [weighs, weight, weighing, 重], subjects: [lander, crawler, module]}',
    ].join('\n'),
    'probes.yml',
  );
  const of = (text: string) => claimsIn(probes, `# Notes\n\n${text}\n`, 'mass').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('describes a thing of that type: "carries a 31 kg crawler" is no lander\'s mass, "一台重1400公斤的着陆器" is', () => {
    expect(of('The Tern lander weighs about 1,400 kg and carries a 31 kg crawler.')).toEqual([['tern', 1400]]);
    expect(of('Tern carries a 31 kg six-wheeled crawler.')).toEqual([]);
    expect(of('Tern是一台重1400公斤的着陆器。')).toEqual([['tern', 1400]]);
    expect(of('Tern携带一辆重31公斤的巡视车。')).toEqual([]);
    expect(of('Tern着陆器重约1400公斤，包括一辆31公斤重的巡视车。')).toEqual([['tern', 1400]]);
  });

  it('a figure after a possessive modifies the name right after it: "the agency sent its 2,000 kg Kestrel module", not the agency\'s', () => {
    expect(of('The agency launched its 2,000 kg Kestrel module on Monday.')).toEqual([['kestrel', 2000]]);
    expect(of('The 1,400 kg Tern touched down.')).toEqual([['tern', 1400]]);
    // A possessive whose noun is a type noun describes a thing of that type, not the name before it.
    expect(of('Tern landed; its 31 kg crawler rolled off.')).toEqual([]);
  });

  it("the last of a list holds no combined figure: \"a lander, a crawler and the Kestrel module, with a combined weight of 3,100 kg\"", () => {
    expect(of('The mission has a lander, a crawler and the Kestrel module, with a combined weight of 3,100 kg.')).toEqual([]);
    expect(of('The Kestrel module, with a weight of 2,000 kg, is the heaviest part.')).toEqual([['kestrel', 2000]]);
  });
});

describe('the value a change started from, and an example of what is compared', () => {
  const labs = withInlinePack(
    [
      'name: labs',
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      '  - {type: model, headers: [model]}',
      'entities:',
      '  - {id: corvane, name: Corvane, type: company, aliases: [Corvane]}',
      '  - {id: tern-2, name: Tern 2, type: model, aliases: [Tern 2]}',
      '  - {id: lark-4, name: Lark 4, type: model, aliases: [Lark 4]}',
      'attributes:',
      '  - {id: close, label: closing share price, kind: quantity, unit: USD, triggers: [closing price, closing at, shares fell, to], subjects: [company]}',
      '  - {id: gpus, label: GPUs used for training, kind: quantity, unit: gpu, unitWords: [chips, GPUs], triggers: [using, trained on], subjects: [model]}',
      '  - {id: sizes, label: parameters, kind: quantity, unit: parameter, unitWords: [parameters], triggers: [parameters], subjects: [model]}',
      '  - {id: issue-price, label: issue price, kind: quantity, unit: EUR, triggers: [issue price], subjects: [company]}',
      '  - {id: penalty, label: fine, kind: quantity, unit: EUR, triggers: [fine, multa, amende, Strafe, 罚款], subjects: [company]}',
    ].join('\n'),
    'labs.yml',
  );
  const read = (text: string, attribute: string) => figuresWith(labs, text, attribute);

  it('"slid from last week\'s closing price of $71.40 to $63.10": the first figure is what the price was, not what it is', () => {
    expect(read("Corvane shares slid from last week's closing price of $71.40 to $63.10.", 'close')).toEqual([['corvane', 63.1]]);
    // A range with no verb of change ("traded from … to …") is no change: both ends are read.
    expect(read('The Tern 2 models grew in size from 7 billion to 70 billion parameters.', 'sizes')).toEqual([['tern-2', 70e9]]);
    expect(read('Corvane shares traded from $60.20 to $63.10 on Monday.', 'close')).toEqual([['corvane', 60.2], ['corvane', 63.1]]);
  });

  it('the start of a change in Spanish, French, German and Chinese ("redujo de X a Y", "de X à Y", "von X auf Y", "由X降至Y") is not what the figure is', () => {
    const starts = (text: string) => read(text, 'penalty').filter(([, v]) => v === 4.815e9 || v === 4.8e9);
    expect(starts('El tribunal redujo la multa de Corvane de 4.815 millones de euros a 4.215 millones.')).toEqual([]);
    expect(starts("La cour a ramené l'amende de Corvane de 4,8 milliards d'euros à 4,2 milliards.")).toEqual([]);
    // A verb of change in its plain form, after "did", "will", "to": "The court did cut the penalty from X to Y".
    expect(starts('A judge will reduce the fine of Corvane from €4.8 billion to €4.2 billion.')).toEqual([]);
    expect(read('Das Gericht hat die Strafe gegen Corvane von 4,8 auf 4,2 Milliarden Euro gesenkt.', 'penalty')).toEqual([['corvane', 4.2e9]]);
    expect(read('法院将Corvane的罚款由48亿欧元降至42亿欧元。', 'penalty')).toEqual([['corvane', 4.2e9]]);
    // A fine "de" a sum with no verb of change is what it says.
    expect(read("L'amende de Corvane de 4,8 milliards d'euros a été confirmée.", 'penalty')).toEqual([['corvane', 4.8e9]]);
  });

  it('"climbed from its listing price of €41.20 to €44.90" is the two ends of a change, not a range of issue prices', () => {
    expect(read('Corvane shares climbed from their issue price of €41.20 to €44.90 by noon.', 'issue-price')).toEqual([]);
    expect(read('Corvane set an issue price of €41.20 to €44.90 a share.', 'issue-price')).toEqual([['corvane', 41.2]]);
  });

  it('a name given as an example of what is compared ("cheaper than big models such as X") holds no figure after it', () => {
    expect(read('Tern 2 took far less to build than the big models like Lark 4—using just 256 chips.', 'gpus')).toEqual([]);
    expect(read('Lark 4 was trained on 256 GPUs.', 'gpus')).toEqual([['lark-4', 256]]);
  });

  it('names given as examples of what a verb compares with ("outperforms leading models like X and Y, achieving …") hold no figure after them', () => {
    const mmlu = (text: string) => read(text, 'benchmark.mmlu');
    expect(mmlu('Corvane has a new model. It outperforms leading models like Tern 2 and Lark 4, achieving 84.0% accuracy on the MMLU benchmark.')).toEqual([]);
    expect(mmlu('Corvane has a new model. It beats popular models such as Tern 2 and Lark 4, scoring 84.0% on MMLU.')).toEqual([]);
    expect(mmlu('Corvane has a new model. It performs on par with larger models like Tern 2 and Lark 4, achieving 69% on MMLU.')).toEqual([]);
    // The name that compares keeps its figure.
    expect(mmlu('Tern 2 outperforms leading models like Lark 4, achieving 84.0% on MMLU.')).toEqual([['tern-2', 84]]);
  });
});

describe("a year-earlier figure, an analysts' expectation and a market's gain", () => {
  const results = packOf('results2', 'company', ['{id: corvane, name: Corvane, type: company, aliases: [Corvane]}'], [
    '{id: eps, label: earnings per share, kind: quantity, unit: USD, triggers: [per share], subjects: [company]}',
    '{id: income, label: net income, kind: quantity, unit: USD, triggers: [earned], subjects: [company]}',
    '{id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, sales], subjects: [company]}',
    '{id: value, label: market value, kind: quantity, unit: USD, triggers: [market value, market cap, Marktwert], subjects: [company]}',
  ]);
  const claims = (text: string, attribute: string) => claimsIn(results, `# Corvane\n\n${text}\n`, attribute).map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality, c.withinPage ?? false]);

  it('the value of the period a year before ("$1.06 per share a year before", "from $22.2 billion a year earlier") is not stated', () => {
    expect(claims('Corvane reported $3.33 per share, against $1.06 per share a year before.', 'eps')).toEqual([[3.33, 'asserted', false]]);
    expect(claims('Corvane said sales rose to $30 billion from $22.2 billion a year earlier.', 'revenue')).toEqual([[30e9, 'asserted', true]]);
  });

  it('what analysts were expecting or had anticipated is a forecast', () => {
    expect(claims('Analysts were expecting Corvane to report earnings of $2.82 per share.', 'eps')).toEqual([[2.82, 'predicted', false]]);
    // A past expectation of the figure before it, its clause closed by a comma, does not reach a figure after the comma.
    expect(claims('Corvane earned $2.90 per share, above the $2.82 analysts had forecast, on revenue of $30 billion.', 'revenue')).toEqual([[30e9, 'asserted', false]]);
    expect(claims('Corvane beat the $2.82 per share analysts expected, on revenue of $30 billion.', 'revenue')).toEqual([[30e9, 'asserted', false]]);
    expect(claims('Analysts had forecast, for the year, revenue of $30 billion at Corvane.', 'revenue').map((c) => c[1])).not.toContain('asserted');
    // A cue with no figure of its own before it is the figure after it's forecast, a comma between or not ("had expected", a year before its subject).
    expect(claims('Corvane had expected, in its January guidance, revenue of $30 billion.', 'revenue').map((c) => c[1])).toEqual(['predicted']);
    expect(claims('In 2024 the company expected, at its March update, revenue of $30 billion.', 'revenue').map((c) => c[1])).toEqual(['predicted']);
    expect(claims('At the end of 2024 the board forecast, on a constant-currency basis, revenue of $30 billion.', 'revenue').map((c) => c[1])).toEqual(['predicted']);
  });

  it('the conditional of German, French, Spanish and Italian, and Chinese "if", make a figure hypothetical', () => {
    expect(claims('Corvane würde einen Marktwert von 61 Milliarden Dollar erreichen.', 'value')).toEqual([[61e9, 'hypothetical', false]]);
    expect(claims('Corvane pourrait atteindre une market value de 61 milliards de dollars.', 'value')).toEqual([[61e9, 'hypothetical', false]]);
    expect(claims('Corvane podría alcanzar un market value de 610 millones de dólares.', 'value')).toEqual([[610e6, 'hypothetical', false]]);
    expect(claims('如果上市顺利,Corvane的market value将达到610亿美元。', 'value')).toEqual([[61e9, 'hypothetical', false]]);
    expect(claims('Corvane erreichte einen Marktwert von 61 Milliarden Dollar.', 'value')).toEqual([[61e9, 'asserted', false]]);
    // A figure said to hang on something not yet known ("depending on the final price", "je nach") is no fact either.
    expect(claims('Depending on the final price, Corvane will have a market value of $61 billion.', 'value')).toEqual([[61e9, 'hypothetical', false]]);
    expect(claims('Je nach Ausgabepreis erreicht Corvane einen Marktwert von 61 Milliarden Dollar.', 'value')).toEqual([[61e9, 'hypothetical', false]]);
  });

  it('"gain $96 billion in market value" is a move, compared only within its page', () => {
    expect(claims('Corvane rose enough to gain $96 billion in market value.', 'value')).toEqual([[96e9, 'asserted', true]]);
  });
});

describe('a trigger in a predicate of its own after "and"', () => {
  it('"took the title in 2:03:40 and trimmed nearly a minute from the course best" gives the margin no race time', () => {
    const races = packOf('races2', 'athlete', ['{id: ada-kerr, name: Ada Kerr, type: athlete, aliases: [Ada Kerr, Kerr]}'], [
      '{id: margin, label: margin, kind: quantity, unit: s, timeless: true, triggers: [trimmed, from the course best], subjects: [athlete]}',
    ]);
    expect(figuresWith(races, 'Kerr took the Harbour title in 2:03:40 and trimmed nearly a minute from the course best.', 'margin')).toEqual([]);
    expect(figuresWith(races, 'Kerr trimmed 42 seconds from the course best.', 'margin')).toEqual([['ada-kerr', 42]]);
  });
});

describe('a level a market reached, and an attribute said to hold for all time', () => {
  it('"the stock up 4.5% to $41.63" is no price an offer set; a price stated as such is', () => {
    const deals = packOf('deals2', 'company', ['{id: corvane, name: Corvane, type: company, aliases: [Corvane]}'], [
      '{id: offer, label: price per share, kind: quantity, unit: USD, timeless: true, triggers: [per share, a share, /share], subjects: [company]}',
    ]);
    expect(figuresWith(deals, 'Trading paused with Corvane stock up 4.5% to $41.63/share.', 'offer')).toEqual([]);
    expect(figuresWith(deals, 'Corvane agreed to a deal at $44.20/share.', 'offer')).toEqual([['corvane', 44.2]]);
  });
});

describe('a table row with more cells than its header', () => {
  const nets = packOf('nets', 'network', ['{id: kestrel-1, name: kestrel-1, type: network}', '{id: kestrel-2, name: kestrel-2, type: network}', '{id: kestrel-3, name: kestrel-3, type: network}'], [
    '{id: gflops, label: complexity, kind: quantity, unit: GFLOPs, headers: [complexity (gflops)], subjects: [network], timeless: true}',
    '{id: mparams, label: parameters, kind: quantity, unit: MParams, headers: [mparams], subjects: [network], timeless: true}',
  ]);
  it('is read as nothing: which header each cell stands under cannot be told; an empty cell past the header is no column', () => {
    const table = ['| Network | Complexity (GFLOPs) | MParams |', '|---|---|---|', '| kestrel-1 | 11.6 | 0.03 |', '| kestrel-2 | 30.9 | 16.1 | 0.03 |', '| kestrel-3 | 1.4 | 0.01 | |'].join('\n');
    expect(claimsUnder(nets, 'Networks', table).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([
      ['kestrel-1', 'gflops', 11.6],
      ['kestrel-1', 'mparams', 0.03],
      ['kestrel-3', 'gflops', 1.4],
      ['kestrel-3', 'mparams', 0.01],
    ]);
  });
});

describe('a table whose columns are statistics ("| Metric | Mean value | Std value |")', () => {
  const nets = packOf('nets-stats', 'network', ['{id: kestrel-1, name: kestrel-1, type: network}'], [
    '{id: mad, label: mean absolute difference, kind: quantity, unit: mad, headers: [mad], subjects: [network], timeless: true}',
    '{id: mse, label: mean squared error, kind: quantity, unit: mse, headers: [mse], subjects: [network], timeless: true}',
  ]);
  const table = ['| Metric | Mean value | Std value |', '| --- | --- | --- |', '| MAD | 5.66 | 6.21 |', '| MSE | 762.52 | 1494.45 |'].join('\n');
  it("reads each row's metric in each column's statistic, a variant of its own", () => {
    const read = analyse([{ file: 'a.md', text: `# kestrel-1\n\n## Accuracy\n\n${table}\n` }], { lexicon: nets });
    expect(read.claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null])).toEqual([
      ['kestrel-1', 'mad', 5.66, 'mean'],
      ['kestrel-1', 'mad', 6.21, 'std'],
      ['kestrel-1', 'mse', 762.52, 'mean'],
      ['kestrel-1', 'mse', 1494.45, 'std'],
    ]);
    expect(read.report.conflicts).toEqual([]);
  });
});

describe('two columns of a table read as one attribute', () => {
  it('are two things the pack does not tell apart: neither is read, the other columns are', () => {
    const api = packOf('api', 'model', ['{id: lark-4, name: Lark 4, type: model, aliases: [Lark 4]}'], [
      '{id: max-output, label: maximum output, kind: quantity, unit: token, headers: [max output tokens, max reasoning tokens], triggers: [max output], subjects: [model]}',
      '{id: context, label: context window, kind: quantity, unit: token, headers: [context length], triggers: [context], subjects: [model]}',
    ]);
    const table = (header: string, row: string) => claimsIn(api, `# API\n\n| Model | ${header} |\n|---|---|---|\n| Lark 4 | ${row} |\n`, 'max-output').length;
    expect(table('Max Reasoning Tokens | Max Output Tokens', '32K | 8K')).toBe(0);
    expect(table('Context Length | Max Output Tokens', '64K | 8K')).toBe(1);
  });
});

describe('two columns of one attribute whose headers name two places in parentheses ("Price (Ardenia)", "Price (Corvalia)")', () => {
  const cars = packOf('cars1', 'car', ['{id: velta, name: Marlo Velta, type: car, aliases: [Marlo Velta]}', '{id: brin, name: Marlo Brin, type: car, aliases: [Marlo Brin]}'], [
    '{id: price, label: price, kind: quantity, unit: USD, headers: [price, price (Ardenia)], triggers: [costs], subjects: [car]}',
    '{id: tokens, label: token budget, kind: quantity, unit: token, headers: [tokens], triggers: [tokens], subjects: [car]}',
  ]);
  const rows = (header: string, row: string, attribute: string) =>
    claimsIn(cars, `# Cars\n\n| Car | ${header} |\n|---|---|---|\n| Marlo Velta | ${row} |\n`, attribute).map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.value.kind === 'quantity' ? c.value.unit : null, c.where ?? null]);

  it('are each read, its figures said of its place; never one place\'s figure for the other\'s', () => {
    expect(rows('Price (Ardenia) | Price (Corvalia)', '$56,900 | €47,300', 'price')).toEqual([
      [56900, 'USD', 'ardenia'],
      [47300, 'EUR', 'corvalia'],
    ]);
    expect(rows('Price (US) | Price (North Corvalia)', '$56,900 | –', 'price')).toEqual([[56900, 'USD', 'us']]);
  });

  it('meet a figure said of the same place in prose, and not one said of the other', () => {
    const text = (prose: string) => [{ file: 'a.md', text: '# Cars\n\n| Car | Price (Ardenia) | Price (Corvalia) |\n|---|---|---|\n| Marlo Velta | $56,900 | $51,000 |\n' }, { file: 'b.md', text: `# Marlo Velta\n\n${prose}\n` }];
    const conflicts = (prose: string) => checkTexts(text(prose), { lexicon: cars }).conflicts.map((c) => c.claims.map((x) => (x.value.kind === 'quantity' ? x.value.min : null)).sort());
    expect(conflicts('The Marlo Velta costs $54,900 in Ardenia.')).toEqual([[54900, 56900]]);
    expect(conflicts('The Marlo Velta costs $51,000 in Corvalia.')).toEqual([]);
  });

  it('stay unread where an aside is no name ("Tokens (input)", "Price (each)") or names a scale or a currency', () => {
    expect(rows('Tokens (input) | Tokens (output)', '32K | 8K', 'tokens')).toEqual([]);
    expect(rows('Price (USD) | Price (EUR)', '56,900 | 47,300', 'price')).toEqual([]);
    expect(rows('Price (Ardenia) | Price', '$56,900 | $47,300', 'price')).toEqual([]);
  });
});

describe('a running time written as minutes and seconds ("| Length | 47:12 |") in a cell or after a label of a quantity of time', () => {
  const records = packOf('records1', 'album', ['{id: lowtide, name: Quell Lowtide, type: album, aliases: [Quell Lowtide]}'], [
    '{id: length, label: running time, kind: quantity, unit: min, headers: [length], triggers: [length, clocks in at], subjects: [album], timeless: true}',
    '{id: score, label: score, kind: quantity, unit: points, headers: [score], triggers: [score], subjects: [album]}',
  ]);
  const figures = (text: string, attribute = 'length') =>
    claimsIn(records, `# Quell Lowtide\n\n${text}\n`, attribute).map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.value.kind === 'quantity' ? c.value.unit : null]);

  it('is that duration, in minutes and seconds or in hours, minutes and seconds', () => {
    expect(figures('| **Quell Lowtide** | |\n|---|---|\n| Length | 47:12 |')).toEqual([[47.2, 'min']]);
    expect(figures('| Album | Length |\n|---|---|\n| Quell Lowtide | 1:02:30 |')).toEqual([[62.5, 'min']]);
    expect(figures('- Length: 47:12')).toEqual([[47.2, 'min']]);
  });

  it('is nothing in prose, under a quantity not of time, or where it is no such time ("3:75", "14:30 CET")', () => {
    expect(figures('Quell Lowtide clocks in at 47:12 on the vinyl pressing.')).toEqual([]);
    expect(figures('| Album | Score |\n|---|---|\n| Quell Lowtide | 3:1 |', 'score')).toEqual([]);
    expect(figures('| Album | Length |\n|---|---|\n| Quell Lowtide | 3:75 |')).toEqual([]);
    expect(figures('| Album | Length |\n|---|---|\n| Quell Lowtide | 14:30 CET |')).toEqual([]);
  });
});

describe('a size standing as a name', () => {
  const lark = withInlinePack(
    ['name: lark', 'entities:', '  - {id: lark, name: Lark, type: model, aliases: [Lark]}', '  - {id: lark-52b, name: Lark 52B, type: model, family: lark, aliases: [Lark 52B]}'].join('\n'),
    'lark.yml',
  );
  const named = (text: string) => claimsIn(lark, `# Notes\n\n${text}\n`, 'context.window').map((c) => c.entity.name);

  it('names a member of the family in context ("the 9B model"), but a count of parameters ("a 52B-total / 9B-active model") names none', () => {
    expect(named('The Lark models are out. Corvane released the 9B model with a 64K context window.')).toEqual(['Lark 9B']);
    expect(named('The Lark models are out. Corvane released a 52B-total / 9B-active model with a 64K context window.')).toEqual([]);
  });
});

describe("what the words before a family's name say of its members", () => {
  it('every one, some, or nothing; the pack\'s type nouns count as member nouns', () => {
    const phones = withPack('phones');
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    expect(['All models in the ', 'every variant of the ', 'all of the phones in the ', 'Most models in the ', 'two of the ', 'the '].map((b) => membersMeant(phones, b))).toEqual([
      'every',
      'every',
      'every',
      'some',
      'some',
      undefined,
    ]);
    // "handsets" is a type noun of the phones pack, not of the AI pack.
    expect([membersMeant(phones, 'all handsets in the '), membersMeant(ai, 'all handsets in the ')]).toEqual(['every', undefined]);
  });
});

describe('names compared with the subject', () => {
  it('"from the previous X and Y": every name of the list is a predecessor, not the subject', () => {
    const chips = (sentence: string) =>
      analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: withPack('phones') })
        .claims.filter((c) => c.attribute === 'chipset' && !c.derivedFrom)
        .map((c) => c.entity.id);
    expect(chips('The Nova 8, the maker’s new phone for 2027, keeps the look from the previous Nova 7 and Arc 3 phones, but adds a faster Vireo V9 chip.')).toEqual([]);
    expect(chips('The Nova 7 and Arc 3 use the Vireo V9 chip.')).toEqual(['arc-3', 'nova-7']);
  });
});

describe('a description that opens the sentence', () => {
  it('stands for the one name met before it when singular ("The phone"), not when plural ("The phones")', () => {
    expect(read('phones', 'The Arc 3 came out in June. The phone carries a 4,800mAh battery.', 'battery.capacity')).toEqual([['arc-3', 4800]]);
    expect(read('phones', 'The Nova 7 came out in May. The phones carry 5,000mAh batteries.', 'battery.capacity')).toEqual([]);
    expect(read('phones', "The Arc 3 came out in June. The phone's specs list a 4,800mAh battery.", 'battery.capacity')).toEqual([['arc-3', 4800]]);
  });

  it('stands only for a name of its own type: "The rover" is never the module named before it', () => {
    const craft = withInlinePack(
      'name: parts\nentityTypes:\n  - {type: module, headers: [module, propulsion module]}\n  - {type: lander, headers: [lander, descent module]}\n  - {type: rover, headers: [rover]}\n' +
        'entities:\n  - {id: halden-pm, name: Halden propulsion module, type: module, aliases: [Halden propulsion module]}\n  - {id: tern, name: Tern lander, type: lander, aliases: [Tern]}\n' +
        'attributes:\n  - {id: mass, label: mass, kind: quantity, unit: kg, triggers: [weighs, weight, mass], subjects: [module, lander, rover]}\n',
      'parts.yml',
    );
    const mass = (text: string) => claimsIn(craft, `# Notes\n\n${text}\n`, 'mass').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.subjectVia]);
    expect(mass('The Halden propulsion module weighs 2,300 kg. The descent module has a weight of 1,500 kg. The rover itself weighs 30 kg.')).toEqual([['halden-pm', 2300, undefined]]);
    // A name of its type further back is the one it stands for; one of the same type right before still is.
    expect(mass('Tern was built in Halden. The Halden propulsion module weighs 2,300 kg. The lander has a mass of 1,500 kg.')).toEqual([['halden-pm', 2300, undefined], ['tern', 1500, 'reference']]);
    expect(mass('The Halden propulsion module is ready. The module weighs 2,300 kg.')).toEqual([['halden-pm', 2300, 'reference']]);
  });

  it('figures in parentheses after the nouns of a list are each noun\'s: "a rover (30 kg)" is not the module\'s', () => {
    const craft = withInlinePack(
      'name: parts\nentityTypes:\n  - {type: module, headers: [module, propulsion module]}\n  - {type: craft, headers: [spacecraft]}\n  - {type: lander, headers: [lander]}\n  - {type: rover, headers: [rover]}\n' +
        'entities:\n  - {id: halden-pm, name: Halden propulsion module, type: module, aliases: [Halden propulsion module, propulsion module]}\n  - {id: tern, name: Tern, type: mission, aliases: [Tern]}\n  - {id: corra, name: Corra lander, type: lander, aliases: [Corra]}\n' +
        'attributes:\n  - {id: mass, label: mass, kind: quantity, unit: kg, unitWords: [kg, kilograms], triggers: [weighs, weight, mass, weighing], subjects: [module, lander, rover]}\n',
      'parts.yml',
    );
    const mass = (text: string) => claimsIn(craft, `# Notes\n\n${text}\n`, 'mass').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(mass('The Tern mission is made of a propulsion module (weighing 2,300 kg), a lander (1,512.5 kg) and a rover (30 kg).')).toEqual([['halden-pm', 2300]]);
    // One figure in parentheses after a noun is not a list of parts.
    expect(mass('Corra weighs a lot (1,500 kg).')).toEqual([['corra', 1500]]);
  });
});

describe('a name inside a longer dotted token', () => {
  // Release lines whose aliases are versions, as a project's pack writes them.
  const lines = inlinePack('tarrow-lines', [
    'entityTypes:',
    '  - {type: release-line, headers: [release line]}',
    'entities:',
    '  - {id: tarrow-4, name: Tarrow 4, type: release-line, aliases: [Tarrow 4, 4.x]}',
    '  - {id: tarrow-0-6, name: Tarrow 0.6, type: release-line, aliases: [Tarrow 0.6, Tarrow v0.6]}',
  ]);
  const ids = (text: string) => findMentions(lines, text).map((m) => [m.text, m.entity.id]);
  it('is no match: "4.x" inside "9.4.x", "Tarrow v0.6" at the front of "v0.6.17"', () => {
    expect(ids('Tarrow 9.4.x and later are affected.').filter(([, id]) => id === 'tarrow-4')).toEqual([]);
    expect(ids('We shipped Tarrow v0.6.17 today.').filter(([, id]) => id === 'tarrow-0-6')).toEqual([]);
  });
  it('matches where a period ends the sentence, or a comma or bracket follows', () => {
    expect(ids('We shipped Tarrow v0.6.')).toEqual([['Tarrow v0.6', 'tarrow-0-6']]);
    expect(ids('Lines 4.x, and Tarrow v0.6 (old) are affected.')).toEqual([['4.x', 'tarrow-4'], ['Tarrow v0.6', 'tarrow-0-6']]);
  });
});

describe('a name written with a capital', () => {
  const lexicon = inlinePack('harbour-firms', ['entities:', '  - {id: quarry, name: Quarry, type: organization, aliases: [Quarry, Quarry Works]}', '  - {id: tidewell, name: tidewell, type: organization, aliases: [tidewell]}']);
  const ids = (text: string) => findMentions(lexicon, text).map((m) => [m.text, m.entity.id]);
  it('is not the same word in lower case ("**quarry**: move one collaborator", "the quarry works"); a name the pack writes in lower case is', () => {
    expect(ids('- **quarry**: move one collaborator to emeritus')).toEqual([]);
    expect(ids('Stone from the quarry works well.')).toEqual([]);
    expect(ids('Quarry hired staff; QUARRY WORKS grew; so did tidewell.')).toEqual([['Quarry', 'quarry'], ['QUARRY WORKS', 'quarry'], ['tidewell', 'tidewell']]);
  });
});

describe('a name that is also a common word, opening a sentence', () => {
  const lexicon = inlinePack('studio-firms', [
    'entities:',
    '  - {id: around, name: Around, type: organization, aliases: [Around]}',
    '  - {id: brisk, name: Brisk, type: organization, aliases: [Brisk]}',
    '  - {id: pellwick, name: Pellwick Studio, type: organization, aliases: [Pellwick Studio, Pellwick]}',
    '  - {id: quillet, name: quillet, type: organization, aliases: [quillet]}',
  ]);
  const sizes = (...texts: string[]) =>
    analyse(texts.map((text, i) => ({ file: `${i}.md`, text })), { lexicon }).claims.filter((c) => c.attribute === 'team.size').map((c) => [c.place.file, c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('is the word, not the name, on another page: a grammar word ("Around 850 team members"), or one the page writes in lower case', () => {
    const a = '---\ntitle: "Pellwick Studio"\n---\n\n## Company size\n\nAround 850 employees.\n';
    const b = '---\ntitle: "Tarnhold"\n---\n\n## Company size\n\nAround 300 employees.\n';
    expect(sizes(a, b)).toEqual([['0.md', 'pellwick', 850]]);
    expect(analyse([{ file: 'a.md', text: a }, { file: 'b.md', text: b }], { lexicon }).report.conflicts).toEqual([]);
    // "Brisk" is written in lower case on the page: at the sentence's start it is that word too.
    expect(sizes('# Pellwick Studio\n\nWe keep a brisk pace. Brisk growth took us to 40 employees.\n')).toEqual([['0.md', 'pellwick', 40]]);
  });
  it('stays the name inside a sentence, on the page its title names, and where the page never writes it in lower case', () => {
    expect(sizes('# Notes\n\nWe met Around, which has 12 employees.\n')).toEqual([['0.md', 'around', 12]]);
    expect(sizes('---\ntitle: "Around"\n---\n\nAround has 12 employees.\n')).toEqual([['0.md', 'around', 12]]);
    expect(sizes('# Notes\n\nBrisk has 30 employees.\n')).toEqual([['0.md', 'brisk', 30]]);
    // A name the pack writes in lower case is written so in the text: its capital is only the sentence's.
    expect(sizes('# Notes\n\nWe use quillet daily. Quillet has 30 employees.\n')).toEqual([['0.md', 'quillet', 30]]);
  });
});

describe('a rank, a part of a count, and a negated "one"', () => {
  const lexicon = inlinePack('merrow-project', [
    'entityTypes:',
    '  - {type: project, headers: [project]}',
    'entities:',
    '  - {id: merrow, name: Merrow, type: project, aliases: [Merrow]}',
    'attributes:',
    '  - {id: contributors, label: number of contributors, kind: quantity, unit: contributors, unitWords: [contributors, collaborators], triggers: [contributors, collaborators], subjects: [project], measure: stock}',
  ]);
  const read = (sentence: string) => figuresWith(lexicon, sentence, 'contributors');
  it('"among the top ten contributors", "one of 12 contributors" are a place among them, no count', () => {
    expect(read('My patch to Merrow placed me among the top ten contributors that year.')).toEqual([]);
    expect(read('She was one of 12 contributors to Merrow that year.')).toEqual([]);
    expect(read('Merrow is run by a team of 38 collaborators.')).toEqual([['merrow', 38]]);
  });
  it('"does not depend on one person" counts nobody', () => {
    expect(read('Merrow has loyal contributors and does not depend on one person.')).toEqual([]);
    expect(read('Merrow has loyal contributors and is not tied to a single person.')).toEqual([]);
  });
});

describe('a shift of a date by a span', () => {
  const lexicon = inlinePack('tarrow-support', [
    'entityTypes:',
    '  - {type: release-line, headers: [release line]}',
    'entities:',
    '  - {id: tarrow-9, name: Tarrow 9, type: release-line, aliases: [Tarrow 9]}',
    'attributes:',
    '  - {id: support.length, label: length of support, kind: quantity, unit: days, triggers: [supported for, support], subjects: [release-line], timeless: true}',
  ]);
  const read = (sentence: string) => figuresWith(lexicon, sentence, 'support.length');
  it('is the size of a change, no length: "moving the end of Tarrow 9 support by seven months"', () => {
    expect(read('We are moving the end of Tarrow 9 support by seven months.')).toEqual([]);
    expect(read('The end of Tarrow 9 support was pushed back by two months.')).toEqual([]);
    expect(read('Tarrow 9 is supported for 30 months.')).toEqual([['tarrow-9', 912.5]]);
  });
});

describe("a product no pack knows, named by its maker's name and a version", () => {
  it('has the sentence to itself: its figures do not fall to the heading\'s name', () => {
    expect(read('phones', 'Orbita 3 ships with a 5,000mAh battery.', 'battery.capacity', 'Nova 7 review')).toEqual([]);
    expect(read('phones', 'Orbita 2 是新一代手机，配备 5000mAh 电池。', 'battery.capacity', 'Nova 7 review')).toEqual([]);
    expect(read('phones', 'The phone has a 4,800mAh battery.', 'battery.capacity', 'Nova 7 review')).toEqual([['nova-7', 4800]]);
  });
});

describe('a version of a name', () => {
  it('is no value: a bare number right after a capitalised word that no trigger ends', () => {
    const mmlu = (sentence: string) =>
      analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: withPack('phones') })
        .claims.filter((c) => c.attribute === 'benchmark.mmlu')
        .map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(mmlu('Zephyr-7B 使用了Dynamic 2.0量化方法，在5-shot MMLU基准测试中提供最佳性能。')).toEqual([]);
    expect(mmlu('Zephyr-7B, tuned with Dynamic 2.0 quantisation in 5-shot MMLU tests, scores 61.2 on MMLU.')).toEqual([61.2]);
  });
});

describe('a clause of its own after a semicolon and a contrast', () => {
  it('holds the figures of its own subject, not the name before the semicolon', () => {
    expect(read('phones', 'The Nova 7 Pro has a 5,500mAh battery; whereas the smaller models make do with 4,000mAh.', 'battery.capacity')).toEqual([['nova-7-pro', 5500]]);
    expect(read('phones', 'Nova 7 Pro 配备5500mAh电池；而两个较小的型号则配备4000mAh电池。', 'battery.capacity')).toEqual([['nova-7-pro', 5500]]);
    expect(read('phones', 'Nova 7 Pro 配备5500mAh电池，至于较小的型号则只有4000mAh电池。', 'battery.capacity')).toEqual([['nova-7-pro', 5500]]);
  });

  it('not a class of products ("4000mAh级别的型号") or what is compared ("对比当前最好的…")', () => {
    expect(read('phones', 'Nova 7 Pro 的续航仍优于4000mAh级别的型号。', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'Nova 7 Pro 对比当前最好的4000mAh手机续航更长。', 'battery.capacity')).toEqual([]);
    expect(read('phones', 'Nova 7 Pro 配备5500mAh电池。', 'battery.capacity')).toEqual([['nova-7-pro', 5500]]);
  });
});

describe('what a category value is said of', () => {
  // A lab whose product names are models ("Zephyr Large 2"), as a user's pack would declare it.
  const lab = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack('name: lab\nentities:\n  - {id: zephyr, name: Zephyr, type: organization, aliases: [Zephyr], productType: model}\n', 'lab.yml'),
    ]),
  );
  const values = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: lab })
      .claims.filter((c) => c.attribute === 'licence')
      .map((c) => [c.entity.name, c.value.kind === 'category' ? c.value.value : null]);

  it('a release phrase: what was added, then the terms; a version joined to the name; a release aside', () => {
    expect(values('Later, Zephyr Large 2 and 2.1 gained public weights under the MIT License.')).toEqual([['Zephyr Large 2', 'MIT']]);
    expect(values('The lab said Zephyr Large3 is released under the MIT License.')).toEqual([['Zephyr Large3', 'MIT']]);
    expect(values('Zephyr Large 3, released on March 3, 2026, moved to the permissive Apache 2.0 license.')).toEqual([['Zephyr Large 3', 'Apache-2.0']]);
  });

  it("a community licence is its maker's: another maker's is not Llama's, and one named after a Llama model is that model's", () => {
    const table = (licence: string) =>
      analyse([{ file: 'a.md', text: `# Models\n\n| Model | License |\n|---|---|\n| Zephyr Large 2 | ${licence} |\n` }], { lexicon: lab })
        .claims.filter((c) => c.attribute === 'licence')
        .map((c) => [c.entity.name, c.value.kind === 'category' ? c.value.value : null]);
    expect(table('Zephyr Community License 1.0')).toEqual([]);
    expect(table('Community License')).toEqual([]);
    expect(values('Zephyr Large 2 ships under the Brightwater Community License.')).toEqual([]);
    expect(values('Any use the Llama 3.3 Community License forbids is out of scope.')).toEqual([
      ['Llama 3.3', 'llama-community'],
      ['Llama', 'llama-community'],
    ]);
    expect(values('Zephyr Large 2 is released under the Llama 3.2 Community License.')).toEqual([['Zephyr Large 2', 'llama-community']]);
    // A chip named with its maker ("NVIDIA H100") is no chip of the maker's.
    expect(analyse([{ file: 'a.md', text: '# Notes\n\nTraining ran on 5,000 NVIDIA H100 GPUs.\n' }], { lexicon: lab }).claims.map((c) => [c.entity.name, c.attribute])).toEqual([]);
  });

  it('the release aside dates the release, not the licence', () => {
    const [licence] = analyse([{ file: 'a.md', text: '# Notes\n\nZephyr Large 3, released on March 3, 2026, moved to the permissive Apache 2.0 license.\n' }], {
      lexicon: lab,
    }).claims.filter((c) => c.attribute === 'licence');
    expect(licence?.time).toBeUndefined();
  });

  it("an event's date is quoted where its sentence writes it, with its year or without", () => {
    const dates = (text: string) =>
      analyse([{ file: 'a.md', text }], { lexicon: lab })
        .claims.filter((c) => c.attribute.endsWith('.date'))
        .map((c) => [c.quote, c.place.line, c.place.column]);
    expect(dates('# Notes\n\nThe lab released Zephyr Large 3 on March 3, 2025 to the public.\n')).toEqual([['March 3, 2025', 3, 36]]);
    expect(dates('---\npublished: 2025-03-05\n---\n# Notes\n\nThe lab released Zephyr Large 3 on March 3 to the public.\n')).toEqual([['March 3', 6, 36]]);
  });
});

describe("a scale is the number's own", () => {
  const read = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: compileLexicon(loadPackFile(BUILTIN_PACK_PATH)) }).claims.map((c) => [
      c.attribute,
      c.value.kind === 'quantity' ? c.value.min : null,
    ]);
  it('"96.8 on GSM8K" has no scale (the 8K is the name\'s); "128K context" has one', () => {
    expect(read('Zephyr-7B scores 96.8 on GSM8K.')).toEqual([['benchmark.gsm8k', 96.8]]);
    expect(read('Zephyr-7B has a 128K context.')).toEqual([['context.window', 128000]]);
  });
});

describe('a heading that names a repository no pack reads', () => {
  it('is about that repository: its figures go neither to the names inside it nor to the headings above', () => {
    const text = '# 大模型 CodeVault 项目追踪\n\n## 2026-06-23 CodeVault 项目巡检\n\n### 1. acme-lab/widget\n\n- 仓库：acme-lab/widget\n- stars：25333\n\n### 2. Northwind/PageKit\n\n- stars：67091\n';
    const stars = analyse([{ file: 'a.md', text }], { lexicon: compileLexicon(loadPackFile(BUILTIN_PACK_PATH)) }).claims.filter((c) => c.attribute === 'github.stars');
    expect(stars.map((c) => c.entity.name)).toEqual([]);
  });
});

describe('a figure in a clause set against the one before ("while")', () => {
  it('is the same attribute, said of the clause\'s own names', () => {
    expect(read('phones', 'The Nova 7 has a 6.1-inch display while the Arc 3 sports a 6.4-inch OLED.', 'display.size')).toEqual([
      ['nova-7', 6.1],
      ['arc-3', 6.4],
    ]);
    expect(read('phones', 'The Nova 7 has a 6.1-inch display, while the Arc 3 and the Pebble 2 get 6.4-inch and 6.7-inch panels, respectively.', 'display.size')).toEqual([
      ['nova-7', 6.1],
      ['arc-3', 6.4],
      ['pebble-2', 6.7],
    ]);
  });
});

describe("a possessive whose noun is left out (\"a Tarsen ape's is 257 days\")", () => {
  const apes = packOf(
    'apes',
    'species',
    ['{id: velor, name: Velor ape, type: species, aliases: [Velor ape]}', '{id: tarsen, name: Tarsen ape, type: species, aliases: [Tarsen ape]}', '{id: mirel, name: Mirel ape, type: species, aliases: [Mirel ape]}'],
    ['{id: gestation, label: gestation, kind: quantity, unit: days, triggers: [gestation, pregnancy], subjects: [species], timeless: true}', '{id: mass, label: body mass, kind: quantity, unit: kg, triggers: [weighs, mass], subjects: [species], timeless: true}'],
  );

  it("is the possessor's figure of the noun the clause before it measured, not the page's subject's nor the first name's", () => {
    expect(figuresWith(apes, "A Velor ape's gestation lasts 266 days; a Tarsen ape's is 257 days.", 'gestation', 'Velor ape')).toEqual([
      ['velor', 266],
      ['tarsen', 257],
    ]);
    expect(figuresWith(apes, "Velor ape gestation is 266 days, while Mirel ape gestation is 237 days, a Tarsen ape's is 257 days, and so on.", 'gestation', 'Apes')).toEqual([
      ['velor', 266],
      ['mirel', 237],
      ['tarsen', 257],
    ]);
    expect(figuresWith(apes, "The Velor ape weighs 40 kg. A Tarsen ape's mass is 90 kg, and a Mirel ape's is about 70 kg.", 'mass', 'Velor ape')).toEqual([
      ['velor', 40],
      ['tarsen', 90],
      ['mirel', 70],
    ]);
  });

  it('not where the possessive has a noun of its own, or the figure is in another unit', () => {
    expect(figuresWith(apes, "A Velor ape's gestation lasts 266 days; a Tarsen ape's tail is 40 cm.", 'gestation', 'Velor ape')).toEqual([['velor', 266]]);
    expect(figuresWith(apes, "A Velor ape's gestation lasts 266 days; a Tarsen ape's is 90 kg.", 'gestation', 'Velor ape')).toEqual([['velor', 266]]);
  });
});

describe('a figure said to be the same as another name\'s', () => {
  it('is that name\'s too; the sentence keeps its own subject ("remains the same as", "identical to", "unchanged from")', () => {
    expect(read('phones', 'The Nova 8 is here. Its 4,800mAh battery remains the same as the Nova 7.', 'battery.capacity')).toEqual([['nova-7', 4800], ['nova-8', 4800]]);
    expect(read('phones', 'The Nova 8 has a 6.4-inch screen, identical to the Arc 3.', 'display.size')).toEqual([['arc-3', 6.4], ['nova-8', 6.4]]);
    expect(read('phones', 'The Nova 8 keeps 12GB RAM, unchanged from the Nova 7.', 'memory.ram')).toEqual([['nova-7', 12], ['nova-8', 12]]);
  });

  it('not across a contrast, nor when the sameness is of another thing ("the same battery as")', () => {
    expect(read('phones', 'The Nova 8 has 12GB RAM, but its storage is the same as the Nova 7.', 'memory.ram')).toEqual([['nova-8', 12]]);
    expect(read('phones', 'The Nova 8 has a 6.4-inch screen and the same battery as the Arc 3.', 'display.size')).toEqual([['nova-8', 6.4]]);
  });
});

describe("a compared name's own figure", () => {
  it('is read as that name\'s when its possessive stands right before it, and as no one\'s otherwise', () => {
    expect(read('phones', 'The Nova 8 has a larger 5,000mAh battery than the Arc 3\'s 4,500mAh.', 'battery.capacity')).toEqual([['nova-8', 5000], ['arc-3', 4500]]);
    expect(read('phones', 'The Nova 8 has a larger 5,000mAh battery than the 4,500mAh of last year.', 'battery.capacity')).toEqual([['nova-8', 5000]]);
  });
});

describe('a second figure before its own kind of the first one\'s noun', () => {
  const cameras = withInlinePack(
    'name: cameras\nentities:\n  - {id: lyra-5, name: Lyra 5, type: phone, aliases: [Lyra 5]}\nattributes:\n  - {id: camera.main, label: main camera, kind: quantity, unit: MP, triggers: [main sensor, primary sensor], subjects: [phone]}\n',
    'cameras.yml',
  );
  const megapixels = (sentence: string) => figuresWith(cameras, sentence, 'camera.main');

  it('"a 200MP primary sensor and a 12MP ultra-wide sensor": the second is another sensor, not another main one', () => {
    expect(megapixels('The Lyra 5 pairs a 200MP primary sensor and a 12MP ultra-wide sensor.')).toEqual([['lyra-5', 200]]);
    expect(megapixels('The Lyra 5 moves to a 200MP primary sensor from a 108MP one.')).toEqual([['lyra-5', 200], ['lyra-5', 108]]);
  });
});

describe('a money attribute in one currency', () => {
  const missions = withInlinePack(
    'name: missions\nentityTypes:\n  - {type: mission, headers: [mission]}\nentities:\n  - {id: tara-2, name: Tara-2, type: mission, aliases: [Tara-2]}\n  - {id: tara-1, name: Tara-1, type: mission, aliases: [Tara-1]}\nattributes:\n  - {id: mission.cost, label: mission cost, kind: quantity, unit: INR, triggers: [cost, budget, 预算], subjects: [mission], timeless: true}\n',
    'missions.yml',
  );
  const costs = (...texts: string[]) => {
    const analysis = analyse(texts.map((text, i) => ({ file: `${i}.md`, text: `# Notes\n\n${text}\n` })), { lexicon: missions });
    return {
      claims: analysis.claims.filter((c) => c.attribute === 'mission.cost').map((c) => [c.entity.id, c.value.kind === 'quantity' ? `${c.value.unit} ${c.value.min}` : null]),
      conflicts: analysis.report.conflicts.map((c) => c.message),
    };
  };

  it('takes figures in other currencies as written; a sum given again in another currency is a conversion, not read', () => {
    expect(costs('Tara-2 had a budget of $96.5 million.').claims).toEqual([['tara-2', 'USD 96500000']]);
    expect(costs('The cost of Tara-1 was Rs 830 crore ($100 million).').claims).toEqual([['tara-1', 'INR 8300000000']]);
    // "Rs 830" is a sum, not a product named by a word and a number.
    expect(costs('The cost of Tara-2 was Rs 830 crore.').claims).toEqual([['tara-2', 'INR 8300000000']]);
  });

  it('reads no conversion written with the words of other languages: "(约合…)", "umgerechnet", "soit environ", "o sea unos"', () => {
    expect(costs('Tara-1获批12亿美元(约合人民币86亿元)的预算。').claims).toEqual([]);
    expect(costs('Tara-1: cost 120 Millionen Dollar, umgerechnet 110 Millionen Euro.').claims).toEqual([['tara-1', 'USD 120000000']]);
    expect(costs('Tara-1: cost 120 millions de dollars, soit environ 110 millions d’euros.').claims).toEqual([['tara-1', 'USD 120000000']]);
    expect(costs('Tara-1: cost 120 millones de dólares, o sea unos 110 millones de euros.').claims).toEqual([['tara-1', 'USD 120000000']]);
  });

  it('compares each currency apart: no exchange rate is assumed', () => {
    expect(costs('Tara-2 had a budget of $96.5 million.', 'The cost of Tara-2 was about $140 million.').conflicts).toEqual(['Tara-2 mission cost: $96.5 million vs ~$140 million']);
    expect(costs('Tara-2 had a budget of $96.5 million.', 'The cost of Tara-2 was Rs 1,150 crore.').conflicts).toEqual([]);
  });
});

describe('a name right after a type noun', () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film, movie]}\n  - {type: mission, headers: [mission]}\nentities:\n  - {id: tara-2, name: Tara-2, type: mission, aliases: [Tara-2]}\nattributes:\n  - {id: budget, label: budget, kind: quantity, unit: USD, triggers: [cost, budget], subjects: [mission, film], timeless: true}\n',
    'films.yml',
  );
  const budgets = (text: string) =>
    analyse([{ file: 'a.md', text: `# Tara-2 is cheap\n\n${text}\n` }], { lexicon: films })
      .claims.filter((c) => c.attribute === 'budget')
      .map((c) => [c.entity.name, c.entity.type, c.value.kind === 'quantity' ? c.value.min : null]);

  it('is a name of that type, even a plain word no pack knows: its figure is not the page topic\'s', () => {
    expect(budgets('Tara-2 cost $75 million. The space film Gravity was made on a budget of $100 million.')).toEqual([
      ['Tara-2', 'mission', 75e6],
      ['Gravity', 'film', 100e6],
    ]);
    expect(budgets('Tara-2 cost $75 million. The film The Martian cost $108 million.')).toEqual([
      ['Tara-2', 'mission', 75e6],
      ['The Martian', 'film', 108e6],
    ]);
  });
});

describe('a fiscal period ("Q3 FY2025", "fiscal 2025", "2025财年") and a calendar one', () => {
  const firms = packOf('firms1', 'firm', ['{id: tollard, name: Tollard Works, type: firm, aliases: [Tollard Works, Tollard]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, sales], subjects: [firm]}',
  ]);
  const conflicts = (a: string, b: string) =>
    checkTexts([{ file: 'a.md', text: `# Tollard Works\n\n${a}\n` }, { file: 'b.md', text: `# Tollard Works\n\n${b}\n` }], { lexicon: firms }).conflicts.map((c) =>
      c.claims.map((x) => [x.value.kind === 'quantity' ? x.value.min : null, x.time?.start ?? null]),
    );

  it('never meet: a company\'s fiscal quarter or year may span any months', () => {
    expect(conflicts('Tollard Works reported Q3 FY2025 revenue of $4.1 billion.', 'Tollard Works reported revenue of $3.2 billion in the third quarter of 2025.')).toEqual([]);
    expect(conflicts('Tollard Works reported revenue of $16 billion in fiscal 2025.', 'Tollard Works reported revenue of $13 billion in 2025.')).toEqual([]);
  });

  it('meet the same fiscal period however it is written', () => {
    expect(conflicts('Tollard Works reported Q3 FY2025 revenue of $4.1 billion.', 'Tollard Works reported revenue of $3.2 billion in the third quarter of fiscal 2025.')).toEqual([
      [
        [4.1e9, '~FY2025 Q3'],
        [3.2e9, '~FY2025 Q3'],
      ],
    ]);
    expect(conflicts('Tollard Works reported revenue of $16 billion in fiscal 2025.', 'Tollard Works reported revenue of $13 billion in FY2025.')).toEqual([
      [
        [16e9, '~FY2025'],
        [13e9, '~FY2025'],
      ],
    ]);
    // A fiscal quarter the page names is the one its later figures of a quarter are of, as a calendar one is.
    expect(conflicts('Tollard Works reported results for the third quarter of fiscal 2025.\n\n## Third-quarter highlights\n\n- Net sales were $4.1 billion', 'Tollard Works reported Q3 FY2025 revenue of $3.9 billion.')).toEqual([
      [
        [4.1e9, '~FY2025 Q3'],
        [3.9e9, '~FY2025 Q3'],
      ],
    ]);
  });
});

describe('when a figure holds, and whose other party it names', () => {
  const storms = withPack('storms');
  const deals = withPack('deals');
  const timed = (name: 'storms' | 'deals', text: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-10-17\n---\n\n${text}\n` }], { lexicon: name === 'storms' ? storms : deals })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null, c.counterpart?.id ?? null]);

  it('a running tally holds at the article date; a change, a present-tense level and a milestone do not', () => {
    expect(timed('storms', 'The death toll from Storm Ardo rose to 35.', 'toll.deaths')).toEqual([[35, 'at the time of writing', null]]);
    expect(timed('storms', 'Storm Ardo has killed 35 people so far.', 'toll.deaths')).toEqual([[35, 'so far', null]]);
    expect(timed('deals', 'Halden Systems is down to 1,500 staff.', 'staff')).toEqual([[1500, 'at the time of writing', null]]);
    expect(timed('deals', 'Halden Systems was up 4% to 1,560 staff.', 'staff')).toEqual([[1560, 'at the time of writing', null]]);
    expect(timed('deals', 'Halden Systems now has around 1,500 staff.', 'staff')).toEqual([[1500, 'at the time of writing', null]]);
    expect(timed('deals', 'Halden Systems has around 1,500 staff.', 'staff')).toEqual([[1500, null, null]]);
    // A clause joined after a date that says its figure holds now is not of the date.
    expect(timed('deals', 'Halden Systems moved its offices in 2019, and Halden Systems now has around 1,500 staff.', 'staff').map((c) => c[1])).not.toContain('2019');
    expect(timed('deals', 'Halden Systems had around 1,500 staff in 2019.', 'staff').map((c) => c[1])).toEqual(['2019']);
    // Not "ya" (already) nor "now" beside a verb in the past: the story's time, the date's.
    expect(timed('deals', 'Halden Systems trasladó sus oficinas en 2019 y ya tenía unos 1.500 empleados.', 'staff').map((c) => c[1])).toEqual(['2019']);
    expect(timed('deals', 'Halden Systems zog 2019 um und hatte nun rund 1.500 Mitarbeiter.', 'staff').map((c) => c[1])).toEqual(['2019']);
    expect(timed('deals', 'Halden Systems moved its offices in 2019, and now had around 1,500 staff.', 'staff').map((c) => c[1])).toEqual(['2019']);
    expect(timed('deals', 'Halden Systems trasladó sus oficinas en 2019 y hoy tiene unos 1.500 empleados.', 'staff').map((c) => c[1])).not.toContain('2019');
    expect(timed('deals', 'Halden Systems arrived with a 12% stake in Corvane to its name.', 'stake')).toEqual([[12, 'at the time of writing', 'halden-systems']]);
    expect(timed('deals', 'Halden Systems revenue grew 20% last quarter.', 'revenue')).toEqual([]);
    expect(timed('deals', 'Marrow Capital now owns 10% of Halden.', 'stake')).toEqual([[10, null, 'marrow-capital']]);
    expect(timed('storms', 'Storm Ardo was the fastest storm on record to reach 30 deaths.', 'toll.deaths')).toEqual([]);
    expect(timed('deals', 'Orbis Partners cut the value of its stake in Halden by 40%.', 'stake')).toEqual([]);
  });

  describe('a move over a span its page does not state', () => {
    const markets = withInlinePack(
      [
        'name: markets',
        'entities:',
        '  - {id: halden, name: Halden Systems, type: organization, aliases: [Halden Systems, Halden]}',
        '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}',
        'attributes:',
        '  - {id: share.move, label: share price move, kind: quantity, unit: percent, triggers: [rose, jumped, fell, up, down, higher], subjects: [organization]}',
        '  - {id: value.lost, label: market value lost, kind: quantity, unit: USD, triggers: [lost, down], subjects: [organization]}',
        '  - {id: staff, label: staff, kind: quantity, unit: person, unitWords: [staff], triggers: [staff], subjects: [organization]}',
      ].join('\n'),
      'markets.yml',
    );
    const read = (pages: { file: string; date?: string; text: string }[]) =>
      analyse(
        pages.map((p) => ({ file: p.file, text: `${p.date ? `---\ndate: ${p.date}\n---\n\n` : ''}${p.text}\n` })),
        { lexicon: markets },
      );
    const times = (text: string, date?: string) =>
      read([{ file: 'a.md', date, text }]).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null, c.withinPage ?? null]);

    it('is its page\'s own, unless its clause dates it ("on March 21", "since March 9"); a level the verb moves to is not a move', () => {
      expect(times('Halden shares jumped 7% after the offer.', '2023-03-22')).toEqual([['share.move', 7, null, true]]);
      expect(times('Halden is trading higher by 4.2% in early trading.')).toEqual([['share.move', 4.2, null, true]]);
      expect(times('Halden lost $84 billion in market value on March 21.', '2023-03-22')).toEqual([['value.lost', 84e9, 'March 21', null]]);
      expect(times('Halden was down $190 billion since March 9.', '2023-03-22')).toEqual([['value.lost', 190e9, 'since March 9', null]]);
      // A count moved ("cut 500 staff") is no move of a price; a level reached holds at the page's date, or within an undated page.
      expect(times('Halden now has 1,500 staff.', '2023-03-22')).toEqual([['staff', 1500, 'at the time of writing', null]]);
      expect(times('Halden now has 1,500 staff.')).toEqual([['staff', 1500, null, true]]);
      expect(times('Halden has 1,500 staff.')).toEqual([['staff', 1500, null, null]]);
    });

    it('moves on pages of one day or of no day do not clash; two moves on one page do', () => {
      const pages = [
        { file: 'a.md', date: '2023-03-22', text: 'Halden shares jumped 7% after the offer.' },
        { file: 'b.md', date: '2023-03-22', text: 'Halden shares rose as much as 19% in the session.' },
        { file: 'c.md', text: 'Halden shares fell nearly 3 percent.' },
      ];
      expect(read(pages).report.conflicts).toEqual([]);
      const one = read([{ file: 'd.md', text: 'Halden shares jumped 7% after the offer. Halden was up 12%, the report said.' }]).report.conflicts;
      expect(one.map((c) => [c.rule, c.claims.map((x) => x.quote)])).toEqual([['numeric-mismatch', ['jumped 7%', 'up 12%']]]);
      // Moves over sessions they name ("at the open", "in early trading") are of those sessions.
      expect(read([{ file: 'e.md', text: 'Halden shares jumped 7% at the open. Halden was up 12% in late trading.' }]).report.conflicts).toEqual([]);
    });

    it('a pack that writes a currency as a word or a sign reads money as one that writes its code', () => {
      for (const unit of ['euros', '"€"', 'eur']) {
        const lexicon = inlinePack('money', [
          'entities:',
          '  - {id: halden, name: Halden Systems, type: organization, aliases: [Halden Systems, Halden]}',
          'attributes:',
          `  - {id: bid, label: bid, kind: quantity, unit: ${unit}, triggers: [bid], subjects: [organization]}`,
        ]);
        const { claims, report } = analyse([{ file: 'a.md', text: '# Notes\n\nHalden made a bid of €4.3 billion. Halden made a bid of €4.9 billion.\n' }], { lexicon });
        expect(claims.map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null))).toEqual([
          [4.3e9, 'EUR'],
          [4.9e9, 'EUR'],
        ]);
        expect(report.conflicts.map((c) => c.message)).toEqual(['Halden Systems bid: €4.3 billion vs €4.9 billion']);
      }
    });

    it('a pack that writes the unit as "%" or "per cent" reads shares as one that writes percent', () => {
      for (const unit of ['"%"', 'per cent']) {
        const symbol = withInlinePack(
          [
            'name: symbol',
            'entities:',
            '  - {id: halden, name: Halden Systems, type: organization, aliases: [Halden Systems, Halden]}',
            'attributes:',
            `  - {id: share.move, label: share price move, kind: quantity, unit: ${unit}, triggers: [rose, jumped, fell, up, down, higher], subjects: [organization]}`,
          ].join('\n'),
          'symbol.yml',
        );
        const pages = [
          { file: 'a.md', text: '---\ndate: 2023-03-22\n---\n\nHalden shares jumped 7% after the offer.\n' },
          { file: 'b.md', text: '---\ndate: 2023-05-02\n---\n\nHalden shares fell nearly 3 percent.\n' },
        ];
        const { claims, report } = analyse(pages, { lexicon: symbol });
        expect(claims.map((c) => [c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null, c.withinPage ?? null])).toEqual([
          [[7, 'percent'], true],
          [[3, 'percent'], true],
        ]);
        expect(report.conflicts).toEqual([]);
      }
    });
  });

  it('a table cell reads people counted and a count written with a point as the prose does', () => {
    const table = '| storm | injured | deaths |\n|---|---|---|\n| Storm Ardo | 1,240 people | 1.700 |';
    expect(timed('storms', table, 'toll.injured')).toEqual([[1240, null, null]]);
    expect(timed('storms', table, 'toll.deaths')).toEqual([[1700, null, null]]);
  });

  it('a timeline entry dates its figures; a deal, a stake and a place name their other party', () => {
    expect(timed('storms', 'October 13: Storm Ardo has killed 12 people, officials say.', 'toll.deaths')).toEqual([[12, 'October 13', null]]);
    expect(timed('deals', 'Halden Systems reported revenue of $3 billion in Ardenia.', 'revenue')).toEqual([[3e9, null, 'ardenia']]);
    // "in" as other languages write it, after the figure or opening the sentence.
    expect(timed('deals', 'Halden Systems a réalisé un revenue de $3 billion dans l’Ardenia.', 'revenue')).toEqual([[3e9, null, 'ardenia']]);
    expect(timed('deals', 'Só na Ardenia, a Halden Systems teve revenue de $3 billion.', 'revenue')).toEqual([[3e9, null, 'ardenia']]);
    expect(timed('deals', 'En Ardenia, Halden Systems tuvo un revenue de $3 billion.', 'revenue')).toEqual([[3e9, null, 'ardenia']]);
    expect(timed('deals', 'Halden Systems made a $117 billion bid for Pellucid Networks.', 'deal.value')).toEqual([[117e9, null, 'pellucid-networks']]);
    // Right after the figure, "de", "du", "von", "di" tie it to the name after (a quote mark may open it): "superó los $117 mil millones de «X»".
    expect(timed('deals', 'Halden Systems superó el bid de $117 billion de «Pellucid Networks».', 'deal.value')).toEqual([[117e9, null, 'pellucid-networks']]);
    expect(timed('deals', 'Halden Systems übertraf den bid von $117 billion von Pellucid Networks.', 'deal.value')).toEqual([[117e9, null, 'pellucid-networks']]);
    // Not past other words in those languages: "de $3 billion, como la revenue actual de Pellucid" is Halden's.
    expect(timed('deals', 'Halden Systems tuvo un revenue de $3 billion, cerca de la cifra actual de Pellucid Networks.', 'revenue')).toEqual([[3e9, null, null]]);
    // The name the phrase ends on holds the figure; the name before is then the other party.
    expect(timed('deals', "Marrow Capital's 81% stake in Corvane was sold.", 'stake')).toEqual([[81, null, 'marrow-capital']]);
  });

  it("a date that stands with another figure, the one compared with, dates that figure alone", () => {
    expect(timed('deals', 'Halden Systems reported full-year revenue of $5.9 billion (2023: $5.3 billion).', 'revenue')).toEqual([[5.9e9, null, null]]);
    expect(timed('deals', 'Halden Systems said revenue was $5.9 billion, up from $5.3 billion in 2023.', 'revenue')).toEqual([[5.9e9, null, null]]);
    expect(timed('deals', 'Halden Systems revenue fell to $4.2 billion, from $5.9 billion the year before.', 'revenue')).toEqual([[4.2e9, 'at the time of writing', null]]);
    // Only right after the figure: "rose to $5.9 billion from the previous year" states $5.9 billion.
    expect(timed('deals', 'Halden Systems revenue rose to $5.9 billion from the previous year.', 'revenue')).toEqual([[5.9e9, 'at the time of writing', null]]);
    expect(timed('deals', 'Halden Systems said revenue was $5.9 billion in 2024, up from $5.3 billion in 2023.', 'revenue')).toEqual([[5.9e9, '2024', null]]);
    // A sentence set a year back, with no year of its own, states the year before's figures.
    expect(timed('deals', 'Halden Systems posted revenue of $5.9 billion. A year earlier, Halden Systems posted revenue of $5.3 billion.', 'revenue')).toEqual([[5.9e9, null, null]]);
    expect(timed('deals', 'Ein Jahr zuvor hatte Halden Systems einen revenue von $5.3 billion.', 'revenue')).toEqual([]);
    expect(timed('deals', 'A year earlier, in 2023, Halden Systems posted revenue of $5.3 billion.', 'revenue')).toEqual([[5.3e9, '2023', null]]);
    // A date in parentheses right after a name is that name's.
    expect(timed('deals', 'The list was led by Halden Systems (1987), which posted revenue of $5.9 billion.', 'revenue')).toEqual([[5.9e9, null, null]]);
    expect(timed('deals', 'Halden Systems posted revenue of $5.9 billion (2024).', 'revenue')).toEqual([[5.9e9, '2024', null]]);
    expect(timed('deals', 'Halden Systems (fiscal 2024) posted revenue of $5.9 billion.', 'revenue')).toEqual([[5.9e9, 'fiscal 2024', null]]);
    // A margin is a difference, no value.
    expect(timed('deals', 'Halden Systems leads its rivals in revenue by a margin of $2 billion.', 'revenue')).toEqual([]);
    // A change's start and its year, then "to" and the level it reached: the level takes the trigger and its own year.
    expect(timed('deals', 'Halden Systems revenue grew from $2.2 billion in 2019 to $3.1 billion in fiscal 2024.', 'revenue')).toEqual([[3.1e9, 'fiscal 2024', null]]);
    expect(timed('deals', 'Halden Systems revenue grew from $2.2 billion (FY2019) to $3.1 billion in FY2024.', 'revenue')).toEqual([[3.1e9, 'FY2024', null]]);
    // A figure stated in its own right keeps the date after it, even past another stated figure.
    expect(timed('deals', 'Halden Systems posted revenue of $5.9 billion and 2,100 staff in 2024.', 'revenue')).toEqual([[5.9e9, '2024', null]]);
    // The level reached first, then "from" and where it started, with that start's date: the start is no value, the date its.
    expect(timed('deals', 'Halden Systems revenue fell to $4.2 billion from $5.9 billion in 2021.', 'revenue')).toEqual([[4.2e9, 'at the time of writing', null]]);
    // A participle of change starts one too: "lowering X from … to …".
    expect(timed('deals', 'Halden Systems shrank, lowering its revenue from $5.9 billion to $4.2 billion.', 'revenue').map((r) => r[0])).toEqual([4.2e9]);
    // "than in 2021" as French, Portuguese and German write it, and "contra …" before the figure compared with.
    expect(timed('deals', 'Halden Systems a réalisé un revenue de $4.2 billion, soit $1 billion de plus qu’en 2021.', 'revenue')).toEqual([[4.2e9, null, null]]);
    expect(timed('deals', 'A Halden Systems teve revenue de $4.2 billion, mais $1 billion do que em 2021.', 'revenue')).toEqual([[4.2e9, null, null]]);
    expect(timed('deals', 'A Halden Systems teve revenue de $4.2 billion, contra $5.9 billion em 2021.', 'revenue')).toEqual([[4.2e9, null, null]]);
    expect(timed('deals', 'Halden Systems tuvo un revenue de $4.2 billion, un 14% más que en 2021.', 'revenue')).toEqual([[4.2e9, null, null]]);
    expect(timed('deals', 'Halden Systems hatte einen revenue von $4.2 billion, nach $3.9 billion im Jahr 2021.', 'revenue')).toEqual([[4.2e9, null, null]]);
  });

  it('a date in a relative clause or an aside that closes before the figure is that clause\'s', () => {
    expect(timed('deals', 'Halden Systems, which was founded in 1987, has about 7,900 staff.', 'staff')).toEqual([[7900, null, null]]);
    expect(timed('deals', 'Halden Systems, founded in 1987, has about 7,900 staff.', 'staff')).toEqual([[7900, null, null]]);
    expect(timed('deals', 'Halden Systems, fundada em 1987, emprega cerca de 7.900 empleados.', 'staff')).toEqual([[7900, null, null]]);
    expect(timed('deals', 'Halden Systems, que abriu a fábrica em 1987, emprega cerca de 7.900 empleados.', 'staff')).toEqual([[7900, null, null]]);
    expect(timed('deals', 'Halden Systems, qui a ouvert son usine en 1987, emploie 900 workers.', 'staff')).toEqual([[900, null, null]]);
    expect(timed('deals', 'Founded in 1987, Halden Systems has about 7,900 staff.', 'staff')).toEqual([[7900, null, null]]);
    expect(timed('deals', 'Fundada en 1987, Halden Systems tiene 7.900 empleados.', 'staff')).toEqual([[7900, null, null]]);
    // Not a participle no event's word is, nor Romance "that" after a verb of saying.
    expect(timed('deals', 'Measured in 1987, Halden Systems had about 7,900 staff.', 'staff')).toEqual([[7900, '1987', null]]);
    expect(timed('deals', 'El director recordó, además, que en 1987, Halden Systems tenía 7.900 empleados.', 'staff')).toEqual([[7900, '1987', null]]);
    expect(timed('deals', 'In 1987, Halden Systems had about 900 staff.', 'staff')).toEqual([[900, '1987', null]]);
  });

  it('a flow takes the period its sentence names over a day ("today reported revenue of … for the first quarter of 2025")', () => {
    expect(timed('deals', 'Halden Systems today reported revenue of $1.3 billion for the first quarter of 2025.', 'revenue')).toEqual([[1.3e9, 'first quarter of 2025', null]]);
    expect(timed('deals', 'On October 14, 2025, Halden Systems posted revenue of $5.9 billion for 2024.', 'revenue')).toEqual([[5.9e9, '2024', null]]);
    // A level keeps the nearest date, a day included.
    expect(timed('deals', 'Halden Systems had 2,100 staff on October 14, 2025, its 2024 report says.', 'staff')).toEqual([[2100, 'October 14, 2025', null]]);
  });

  it('a figure a revision gives is of the period of the figure it revises', () => {
    expect(timed('deals', 'Halden Systems first put its 2024 revenue at $5.1 billion; the figure was later revised to $5.3 billion once late sales were counted.', 'revenue')).toEqual([
      [5.1e9, '2024', null],
      [5.3e9, '2024', null],
    ]);
  });

  it("a dateline's day is when a level holds, not the period of a flow", () => {
    expect(timed('deals', 'ARDLEY, Oct. 14, 2025 — Halden Systems has 2,100 staff and posted revenue of $5.9 billion.', 'staff')).toEqual([[2100, 'Oct. 14, 2025', null]]);
    expect(timed('deals', 'ARDLEY, Oct. 14, 2025 — Halden Systems has 2,100 staff and posted revenue of $5.9 billion.', 'revenue')).toEqual([[5.9e9, null, null]]);
  });

  it('a place that reports a figure is where it was counted; a place named by its type noun reports a part, no one\'s whole', () => {
    expect(timed('storms', 'Storm Ardo swept the coast. Corvalia reported at least 31 deaths.', 'toll.deaths')).toEqual([[31, null, 'corvalia']]);
    expect(timed('storms', 'Storm Ardo swept the coast, with one province reporting 17 deaths.', 'toll.deaths')).toEqual([]);
    expect(timed('storms', 'Storm Ardo swept the coast and killed 48 people.', 'toll.deaths')).toEqual([[48, null, null]]);
  });
});

describe('a figure in a phrase set before the main clause, and a part in parentheses after a trigger', () => {
  const farms = inlinePack('farms', [
    'entityTypes:',
    '  - {type: region, headers: [region, plain]}',
    '  - {type: cooperative, headers: [cooperative]}',
    'entities:',
    "  - {id: ardmoor, name: Ardmoor Plain, type: region, aliases: [Ardmoor Plain]}",
    "  - {id: kessa-coop, name: Kessa Growers' Cooperative, type: cooperative, aliases: [Kessa Growers' Cooperative, Kessa Growers]}",
    'attributes:',
    '  - {id: crop.yield, label: yield, kind: quantity, unit: t/ha, unitWords: [t/ha, tonnes per hectare], triggers: [yield], subjects: [region]}',
    '  - {id: handled, label: grain handled, kind: quantity, unit: t, unitWords: [tonnes], triggers: [handled], subjects: [cooperative]}',
  ]);
  const of = (text: string, attribute: string) => figuresWith(farms, text, attribute);

  it('"With a yield of 6.4 t/ha in 2025, the Ardmoor Plain …": the name the main clause opens on holds the figure', () => {
    expect(of('With a yield of 6.4 tonnes per hectare in 2025, the Ardmoor Plain again led the country.', 'crop.yield')).toEqual([['ardmoor', 6.4]]);
    expect(of('With a yield of 6.4 tonnes per hectare, Ardmoor Plain led the country.', 'crop.yield')).toEqual([['ardmoor', 6.4]]);
    // Not a name further into the main clause.
    expect(of('With a yield of 6.4 tonnes per hectare, farmers again outpaced the Ardmoor Plain.', 'crop.yield')).toEqual([]);
  });

  it('a figure in parentheses after the trigger is a part of the figure before it: the trigger is that figure\'s', () => {
    expect(of("Kessa Growers' Cooperative: 1.25 million tonnes of grain handled (780,000 tonnes of wheat and 470,000 tonnes of barley).", 'handled')).toEqual([['kessa-coop', 1.25e6]]);
  });
});

describe('a unit word two attributes share', () => {
  // A new user's pack: each count in a unit of its own, "people" a unit word of both.
  const quakes = inlinePack('quakes', [
    'entityTypes:',
    '  - {type: quake, headers: [earthquake, quake]}',
    'entities:',
    '  - {id: ardmoor-quake, name: Ardmoor earthquake, type: quake, aliases: [Ardmoor earthquake]}',
    'attributes:',
    '  - {id: deaths, label: deaths, kind: quantity, unit: deaths, unitWords: [deaths, people], triggers: [killed, dead], subjects: [quake]}',
    '  - {id: injured, label: injured, kind: quantity, unit: injured, unitWords: [injured, people], triggers: [injured, hurt], subjects: [quake]}',
    '  - {id: displaced, label: displaced, kind: quantity, unit: people displaced, unitWords: [people, residents], triggers: [displaced], subjects: [quake]}',
  ]);
  const of = (text: string) => ['deaths', 'injured', 'displaced'].flatMap((a) => figuresWith(quakes, text, a).map((f) => [a, f[1]]));

  it('is a count any of them may take, which the triggers tell apart (the last one listed took them all, and the others read nothing)', () => {
    expect(of('The Ardmoor earthquake killed 212 people and injured 1,040, and 9,000 people were displaced.')).toEqual([
      ['deaths', 212],
      ['injured', 1040],
      ['displaced', 9000],
    ]);
  });
});

describe("a date a category value's sentence gives a figure", () => {
  const mines = packOf('mines', 'mine', [
    '{id: corra, name: Corra mine, type: mine, aliases: [Corra mine, Corra]}',
  ], [
    '{id: method, label: mining method, kind: category, subjects: [mine], values: [{id: open-pit, group: open-pit, synonyms: [open-pit]}, {id: underground, group: underground, synonyms: [underground]}]}',
    '{id: output, label: copper output, kind: quantity, unit: t, unitWords: [tonnes], triggers: [produced], subjects: [mine]}',
  ]);
  const dated = (text: string) => claimsIn(mines, `# Notes\n\n${text}\n`, 'method').map((c) => [c.value.kind === 'category' ? c.value.value : null, c.time?.text ?? null]);

  it('is the figure\'s when the figure stands nearer to it; the value keeps a date of its own', () => {
    expect(dated('The open-pit Corra mine produced 58,000 tonnes of copper in 2024.')).toEqual([['open-pit', null]]);
    expect(dated('In 2019 the Corra mine was an underground mine.')).toEqual([['underground', '2019']]);
  });
});

describe('a figure said of the whole country', () => {
  it('is not that of the name the sentence before opens on ("Nationally, the count has reached 503" after one on a province)', () => {
    const outbreaks = packOf('outbreaks', 'province', [
      '{id: kessmoor, name: Kessmoor, type: province, aliases: [Kessmoor]}',
    ], [
      '{id: cases, label: cases, kind: quantity, unit: cases, unitWords: [cases], triggers: [cases, count], subjects: [province]}',
    ]);
    const read = (text: string) => claimsIn(outbreaks, text, 'cases').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(read('# Kessmoor count reaches 41\n\nKessmoor has recorded 41 cases. Nationally, the count has reached 503.\n')).toEqual([['kessmoor', 41]]);
    // Nor of a name the title gives that the sentence before opened on.
    expect(read('# Kessmoor\n\nKessmoor has recorded 41 cases. Nationally, 503 cases.\n')).toEqual([['kessmoor', 41]]);
  });
});

describe('a figure followed by its own noun after one joined to it', () => {
  const riders = withInlinePack(
    'name: riders\nentities:\n  - {id: mara-ostrova, name: Mara Ostrova, type: rider, aliases: [Ostrova]}\nattributes:\n' +
      '  - {id: wins.stage, label: stage wins, kind: quantity, unit: wins, triggers: [stage wins, Tour stage wins], subjects: [rider]}\n' +
      '  - {id: podiums, label: podiums, kind: quantity, unit: podiums, triggers: [podiums, podium finishes], subjects: [rider]}\n',
    'riders.yml',
  );
  const figures = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: riders })
      .claims.filter((c) => c.entity.id === 'mara-ostrova')
      .map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('"12 Tour stage wins and 31 podiums": the second counts podiums, not stage wins', () => {
    expect(figures('Ostrova retired with 12 Tour stage wins and 31 podiums.')).toEqual([
      ['wins.stage', 12],
      ['podiums', 31],
    ]);
    expect(figures('Ostrova came with 12 Tour stage wins to her name in 31 podium finishes.')).toEqual([
      ['wins.stage', 12],
      ['podiums', 31],
    ]);
  });
});

describe('a trigger glued to a number by a hyphen', () => {
  const leagues = withInlinePack(
    'name: leagues\nentityTypes:\n  - {type: league, headers: [league]}\nentities:\n  - {id: coast-league, name: Coast League, type: league, aliases: [Coast League]}\nattributes:\n' +
      '  - {id: season-length, label: games per season, kind: quantity, unit: games, triggers: [game season, game campaign, games long], subjects: [league], minimum: 10, maximum: 60, timeless: true}\n',
    'leagues.yml',
  );
  const lengths = (sentence: string) => figuresWith(leagues, sentence, 'season-length');

  it('"32 … for a 34-game campaign": the trigger is the hyphenated number’s, not the figure before it', () => {
    expect(lengths('In the Coast League, the old record of 32 stood for a 34-game campaign.')).toEqual([]);
    expect(lengths('The Coast League season is 34 games long.')).toEqual([['coast-league', 34]]);
  });
});

describe('a figure counted over a window of time or games', () => {
  it('"died in the past 24 hours", "in the first three days", "in a 10-match run": not the whole figure', () => {
    expect(read('storms', 'Storm Ardo killed 212 people in Corvalia.', 'toll.deaths')).toEqual([['storm-ardo', 212]]);
    expect(read('storms', 'Storm Ardo killed 38 people in the past 24 hours.', 'toll.deaths')).toEqual([]);
    expect(read('storms', 'In the last two days, Storm Ardo killed 38 people.', 'toll.deaths')).toEqual([]);
    expect(read('storms', 'Storm Ardo killed 40 people in its first three days over Corvalia.', 'toll.deaths')).toEqual([]);
    const players = withInlinePack(
      'name: players\nentities:\n  - {id: ines-varga, name: Ines Varga, type: player, aliases: [Varga]}\nattributes:\n  - {id: goals.season, label: goals this season, kind: quantity, unit: goals, triggers: [goals this season, in all competitions], subjects: [player]}\n',
      'players.yml',
    );
    const goals = (sentence: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: players }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(goals('Varga has 41 goals this season.')).toEqual([['goals.season', 41]]);
    expect(goals('Varga scored 14 in a 9-match scoring run in all competitions.')).toEqual([]);
  });

  it('"9 goals in six appearances", "21 buts lors de ses 18 premières rencontres": the games another figure was counted over', () => {
    const players = withInlinePack(
      'name: players2\nentities:\n  - {id: ines-varga, name: Ines Varga, type: player, aliases: [Varga]}\nattributes:\n  - {id: appearances, label: appearances, kind: quantity, unit: appearances, unitWords: [appearances, rencontres, partidos], triggers: [appearances, rencontres, partidos], subjects: [player]}\n' +
        '  - {id: recovery, label: recovery time, kind: quantity, unit: day, triggers: [recovered], subjects: [player]}\n',
      'players2.yml',
    );
    const apps = (sentence: string) => figuresWith(players, sentence, 'appearances');
    expect(apps('Varga has 31 appearances this season.')).toEqual([['ines-varga', 31]]);
    expect(apps('Varga has 9 goals in six appearances in the cup.')).toEqual([]);
    expect(apps('Varga, whose 27 goals have come in just 24 league appearances, is one short of the record.')).toEqual([]);
    expect(apps('Varga a inscrit 21 buts lors de ses 18 premières rencontres.')).toEqual([]);
    expect(apps('Varga lleva 20 goles en 25 partidos.')).toEqual([]);
    // A span of time after "in" may be a value of its own.
    expect(figuresWith(players, 'Varga had 2 operations and recovered in 54 days.', 'recovery')).toEqual([['ines-varga', 54]]);
  });
});

describe('a headline’s "X to Y"', () => {
  const launches = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: withPack('phones') })
      .claims.filter((c) => c.attribute === 'event.launch')
      .map((c) => [c.source, c.modality]);

  it('is news style for "will": a plan, not a launch done; the same words in prose, or a headline without "to", are not', () => {
    expect(launches('# Orbita to launch the Nova 7 in India\n\nText.\n')).toEqual([['heading', 'predicted']]);
    expect(launches('# Orbita launches the Nova 7 in India\n\nText.\n')).toEqual([['heading', 'asserted']]);
    expect(launches('# Notes\n\nOrbita went on to launch the Nova 7 in India.\n')).toEqual([['prose', 'asserted']]);
  });
});

describe('a forecast’s cue and a verb in the past', () => {
  const launches = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: withPack('phones') })
      .claims.filter((c) => c.attribute === 'event.launch')
      .map((c) => c.modality);

  it('a statement whose own verb is in the past is not reached by a cue before it; one in the future or the passive is', () => {
    expect(launches('Halden will cut its prices next month, two weeks after Orbita launched the Nova 8.')).toEqual(['asserted']);
    expect(launches('Halden will cut its prices next month, after Orbita unveiled the Nova 8.')).toEqual(['asserted']);
    expect(launches('Halden will cut its prices next month, when Orbita launches the Nova 8.')).toEqual(['predicted']);
    expect(launches('Halden expects the Nova 8 to be launched next month.')).toEqual(['predicted']);
    expect(launches('Orbita will have launched the Nova 8 by then.')).toEqual(['predicted']);
  });
});

describe('a description after a sentence that names two things of its type', () => {
  const films = packOf(
    'films',
    'film',
    ['{id: lantern, name: Lantern, type: film, aliases: [Lantern]}', '{id: harbour-lights, name: Harbour Lights, type: film, aliases: [Harbour Lights]}', '{id: lantern-2, name: Lantern 2, type: film, aliases: [Lantern 2]}'],
    ['{id: gross.weekend, label: weekend gross, kind: quantity, unit: USD, triggers: [added], subjects: [film]}', '{id: budget, label: budget, kind: quantity, unit: USD, triggers: [cost], subjects: [film]}'],
  );
  it('may mean either, and means none; a member and its line are one', () => {
    // "The final cost of the film": a description of what the film owns, in two words or one.
    expect(figuresWith(films, 'Lantern outsold Harbour Lights this year. The final cost of the film was $90 million.', 'budget')).toEqual([]);
    expect(figuresWith(films, 'Lantern outsold its rivals this year. The final cost of the film was $90 million.', 'budget')).toEqual([['lantern', 90000000]]);
    expect(figuresWith(films, 'Lantern outsold Harbour Lights this year. The film added $31 million in its third weekend.', 'gross.weekend')).toEqual([]);
    expect(figuresWith(films, 'Lantern outsold its rivals this year. The film added $31 million in its third weekend.', 'gross.weekend')).toEqual([['lantern', 31000000]]);
    expect(figuresWith(films, 'Lantern 2 opened like Lantern before it. The film added $31 million in its third weekend.', 'gross.weekend')).toEqual([['lantern-2', 31000000]]);
  });
});

describe('two members of one family the pack lists, one named like the other ("Lark 7", "Lark 7 Max")', () => {
  const cars = withInlinePack(
    'name: cars\nentityTypes:\n  - {type: car, headers: [car]}\n  - {type: family, headers: [line]}\nentities:\n' +
      '  - {id: lark-7-line, name: Lark 7 line, type: family, aliases: [Lark 7 line], memberPrefixes: [lark-7]}\n' +
      '  - {id: lark-7, name: Lark 7, type: car, family: lark-7-line, aliases: [Lark 7]}\n' +
      '  - {id: lark-7-max, name: Lark 7 Max, type: car, family: lark-7-line, aliases: [Lark 7 Max]}\n' +
      'attributes:\n  - {id: sprint, label: 0-100 km/h time, kind: quantity, unit: s, triggers: [100 km/h], subjects: [car]}\n' +
      '  - {id: power, label: power, kind: quantity, unit: kW, triggers: [makes, power], subjects: [car], timeless: true}\n' +
      '  - {id: battery, label: battery, kind: quantity, unit: kWh, triggers: [battery, 电池], subjects: [car], timeless: true}\n' +
      '  - {id: price, label: price, kind: quantity, unit: CNY, unitWords: [万元], triggers: [售价], subjects: [car], timeless: true}\n',
    'cars.yml',
  );
  const sprints = (text: string) =>
    claimsIn(cars, `---\ntitle: The Lark 7 arrives\n---\n\n${text}\n`, 'sprint').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('are two things: a sentence right after one that opens on the other takes no subject from the title', () => {
    expect(sprints('As the top version, Lark 7 Max comes with two motors. Zero to 100 km/h takes 2.8 seconds.')).toEqual([]);
    expect(sprints('As the base version, Lark 7 comes with one motor. Zero to 100 km/h takes 5.3 seconds.')).toEqual([['lark-7', 5.3]]);
  });

  it('a sentence on a variant named by its place in the range ("its fastest version", "das Topmodell", "顶配") is not about the plain name', () => {
    expect(sprints('In its fastest version, zero to 100 km/h takes 2.8 seconds.')).toEqual([]);
    expect(sprints('Als Topmodell schafft er 100 km/h in 2,8 Sekunden.')).toEqual([]);
    expect(sprints('Zero to 100 km/h takes 5.3 seconds.')).toEqual([['lark-7', 5.3]]);
  });

  it('nor a paragraph that opens after one whose last named sentence opened on the other', () => {
    expect(sprints('As the top version, Lark 7 Max comes with two motors.\n\nZero to 100 km/h takes 2.8 seconds.')).toEqual([]);
    expect(sprints('As the base version, Lark 7 comes with one motor.\n\nZero to 100 km/h takes 5.3 seconds.')).toEqual([['lark-7', 5.3]]);
  });

  it('a figure before 的 and a description of its kind ("售价26.4万元的旗舰车型Lark 7 Max") is the name\'s after it', () => {
    const prices = (text: string) => claimsIn(cars, `# Lark 7\n\n${text}\n`, 'price').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(prices('展厅里停着一辆售价26.4万元的旗舰车型Lark 7 Max。')).toEqual([['lark-7-max', 264000]]);
    expect(prices('Lark 7售价18.36万元。')).toEqual([['lark-7', 183600]]);
  });

  it('a consumption counted per distance ("13.2 kWh/100 km", "百公里电耗13.2kWh") is no capacity', () => {
    const batteries = (text: string) => claimsIn(cars, `# Lark 7\n\n${text}\n`, 'battery').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(batteries('The Lark 7 battery holds 68.4 kWh.')).toEqual([['lark-7', 68.4]]);
    expect(batteries('The Lark 7 draws 13.2 kWh/100 km from its battery.')).toEqual([]);
    expect(batteries('Lark 7 的电池技术能耗低,百公里电耗 13.2kWh。')).toEqual([]);
  });

  it('a variant named by its word ("the Max version", "Max版") is the member of the line a pack lists by it; one it does not list is no one', () => {
    expect(sprints('The Max version reaches 100 km/h in 2.8 seconds.')).toEqual([['lark-7-max', 2.8]]);
    expect(sprints('Max版的100 km/h加速为2.8秒。')).toEqual([['lark-7-max', 2.8]]);
    expect(sprints('The Turbo version reaches 100 km/h in 2.8 seconds.')).toEqual([]);
    expect(sprints('This version reaches 100 km/h in 5.3 seconds.')).toEqual([['lark-7', 5.3]]);
  });

  it('a power written in horsepower of either kind agrees with the same number in the other ("312 horsepower", "312 PS")', () => {
    const conflicts = (a: string, b: string) =>
      analyse([{ file: 'a.md', text: `# Lark 7\n\n${a}\n` }, { file: 'b.md', text: `# Lark 7\n\n${b}\n` }], { lexicon: cars }).report.conflicts.length;
    expect(conflicts('The Lark 7 makes 312 horsepower.', 'The Lark 7 makes 312 PS.')).toBe(0);
    expect(conflicts('The Lark 7 makes 312 horsepower.', 'The Lark 7 makes 230 kW.')).toBe(0);
    expect(conflicts('The Lark 7 makes 226 kW.', 'The Lark 7 makes 222 kW.')).toBe(1);
    expect(conflicts('The Lark 7 makes 312 horsepower.', 'The Lark 7 makes 340 PS.')).toBe(1);
  });
});

describe('two attributes that share a trigger and a dimension', () => {
  const harbour = withInlinePack(
    'name: harbour\nentityTypes:\n  - {type: ship, headers: [ship]}\n  - {type: bridge, headers: [bridge]}\nentities:\n' +
      '  - {id: kestrel-ship, name: Kestrel, type: ship, aliases: [Kestrel]}\n  - {id: halden-bridge, name: Halden Bridge, type: bridge, aliases: [Halden Bridge]}\n' +
      'attributes:\n  - {id: ship-length, label: ship length, kind: quantity, unit: m, triggers: [long, length, lang], subjects: [ship], timeless: true}\n' +
      '  - {id: bridge-length, label: bridge length, kind: quantity, unit: km, triggers: [long, length], subjects: [bridge], timeless: true}\n',
    'harbour.yml',
  );
  const lengths = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: harbour }).claims.map((c) => [c.attribute, c.entity.id, c.value.kind === 'quantity' ? Math.round(c.value.min!) : null]);
  it('give a figure in a third unit of it ("912 feet") to the one whose subjects the name before it is of', () => {
    expect(lengths('The Kestrel is 912 feet long.')).toEqual([['ship-length', 'kestrel-ship', 278]]);
    expect(lengths('The Halden Bridge is 1.6 miles long.')).toEqual([['bridge-length', 'halden-bridge', 3]]);
  });
});

describe('a total and the parts a parenthesis lists', () => {
  const ships = packOf('ships-crew', 'ship', ['{id: kestrel-ship, name: Kestrel, type: ship, aliases: [Kestrel]}'], [
    '{id: crew, label: crew, kind: quantity, unit: person, unitWords: [sailors], triggers: [sailors, on board], subjects: [ship]}',
  ]);
  const conflicts = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${a}\n` }, { file: 'b.md', text: `# Notes\n\n${b}\n` }], { lexicon: ships }).report.conflicts.length;
  it('("31 on board (28 sailors and 3 pilots)") agree with a page that gives one part; a parenthesis of another kind does not', () => {
    expect(conflicts('The Kestrel left port with 31 sailors on board (28 sailors and 3 pilots).', 'The Kestrel had 28 sailors.')).toBe(0);
    expect(conflicts('The Kestrel left port with 31 sailors on board (up from 28).', 'The Kestrel had 28 sailors.')).toBe(1);
  });
});

describe('the market a figure is said of', () => {
  const films = packOf('films-scope', 'film', ['{id: star-harbour, name: Star Harbour, type: film, aliases: [Star Harbour, 星港]}'], [
    '{id: gross, label: box-office gross, kind: quantity, unit: USD, triggers: [grossed, total, 票房], subjects: [film]}',
  ]);
  const conflicts = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${a}\n` }, { file: 'b.md', text: `# Notes\n\n${b}\n` }], { lexicon: films }).report.conflicts.length;
  it('("worldwide", "domestically", "海外") sets figures of two markets apart, as two places do; one market\'s figures still clash', () => {
    expect(conflicts('Star Harbour grossed $480 million worldwide.', 'Star Harbour grossed $210 million domestically.')).toBe(0);
    expect(conflicts('星港全球票房达4.8亿美元。', '星港海外票房2.7亿美元。')).toBe(0);
    expect(conflicts('Star Harbour grossed $480 million worldwide.', "Star Harbour's worldwide total is $520 million.")).toBe(1);
    // A capitalised name is no market: "Star Harbour International" is a name, not overseas.
    expect(conflicts('Star Harbour grossed $480 million.', 'Star Harbour grossed $210 million, International Pictures said.')).toBe(1);
  });
  it('reads the market a trigger names ("worldwide total", "global launch"), and a market word after one figure is not the next one\'s', () => {
    const scoped = withInlinePack(
      'name: films-scope-2\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n  - {id: star-harbour, name: Star Harbour, type: film, aliases: [Star Harbour]}\n' +
        'attributes:\n  - {id: gross, label: box-office gross, kind: quantity, unit: USD, triggers: [grossed, earned, worldwide total, global launch, recaudado], subjects: [film]}\n',
      'films-scope-2.yml',
    );
    const where = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: scoped }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.where ?? null]);
    expect(where("Star Harbour's worldwide total passed $96.4 million.")).toEqual([[9.64e7, 'worldwide']]);
    expect(where('Star Harbour added $83 million, for a global launch of $131 million.')).toEqual([[1.31e8, 'worldwide']]);
    expect(where('Star Harbour has earned $128.6 million domestically and $173.8 million internationally.')).toEqual([
      [1.286e8, 'domestic'],
      [1.738e8, 'overseas'],
    ]);
    expect(where('Star Harbour ha recaudado 300 millones de dólares en todo el mundo.')).toEqual([[3e8, 'worldwide']]);
  });
  it('a worldwide or overseas figure meets only its own market; a domestic one also meets a figure that names none', () => {
    expect(conflicts('Star Harbour grossed $480 million worldwide.', 'Star Harbour grossed $210 million.')).toBe(0);
    expect(conflicts('Star Harbour grossed $270 million overseas.', 'Star Harbour grossed $210 million.')).toBe(0);
    expect(conflicts('Star Harbour grossed $180 million domestically.', 'Star Harbour grossed $210 million.')).toBe(1);
  });
});

describe('a count said to hold at the time of writing', () => {
  const bridges = packOf('bridges', 'bridge', ['{id: halden-bridge, name: Halden Bridge, type: bridge, aliases: [Halden Bridge, 哈尔登大桥]}'], [
    '{id: missing, label: missing, kind: quantity, unit: person, measure: tally, triggers: [missing, 失踪, 下落不明], subjects: [bridge]}',
  ]);
  const read = (text: string) => {
    const { claims, report } = analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: bridges });
    return { figures: claims.filter((c) => c.attribute === 'missing').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.latest ?? false]), conflicts: report.conflicts.length };
  };
  it('("five are still missing", "截至目前仍有5人", "5人仍失踪") is a later state than the count its page starts from, not a second value', () => {
    expect(read('The collapse of the Halden Bridge left 9 people missing.\n\nAt the Halden Bridge, 5 people are still missing.')).toEqual({ figures: [[9, false], [5, true]], conflicts: 0 });
    expect(read('哈尔登大桥倒塌,导致9人失踪。\n\n## 哈尔登大桥5人仍失踪')).toEqual({ figures: [[9, false], [5, true]], conflicts: 0 });
    expect(read('哈尔登大桥倒塌,导致9人失踪。\n\n哈尔登大桥截至目前仍有5人下落不明。')).toEqual({ figures: [[9, false], [5, true]], conflicts: 0 });
    // Two counts of one time on one dated page still clash; a clause that goes on about something else holds no such word.
    // (On a page with no date a tally's figures meet nothing.)
    expect(read('The collapse of the Halden Bridge left 9 people missing.\n\nThe Halden Bridge collapse left 6 people missing, and the road is still closed.').conflicts).toBe(0);
    const dated = analyse([{ file: 'a.md', text: '---\ndate: 2025-06-02\n---\n\n# Notes\n\nThe collapse of the Halden Bridge left 9 people missing.\n\nThe Halden Bridge collapse left 6 people missing, and the road is still closed.\n' }], { lexicon: bridges });
    expect(dated.report.conflicts.length).toBe(1);
  });
});

describe('a running total beside one event\'s count ("has now deployed a total of", "since its first launch")', () => {
  const rockets = withInlinePack(
    'name: rockets-total\nentityTypes:\n  - {type: launch-vehicle, headers: [rocket]}\nentities:\n' +
      '  - {id: kestrel, name: Kestrel, type: launch-vehicle, aliases: [Kestrel]}\n  - {id: velora, name: Velora Space, type: organization, aliases: [Velora Space]}\n' +
      'attributes:\n  - {id: satellites.deployed, label: satellites delivered to orbit, kind: quantity, unit: satellites, unitWords: [satellites], triggers: [deployed, delivered, deploying], subjects: [organization, launch-vehicle], measure: tally}\n',
    'rockets-total.yml',
  );
  const read = (text: string) => {
    const { claims, report } = analyse([{ file: 'a.md', text: `---\npublished: 2031-09-21\n---\n# Notes\n\n${text}\n` }], { lexicon: rockets });
    return { figures: claims.filter((c) => c.attribute === 'satellites.deployed').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.latest ?? false]), conflicts: report.conflicts.length };
  };

  it('is said at the time of writing: no rival of the count of the launch the page reports', () => {
    expect(read('Velora Space today launched its 53rd Kestrel mission and deployed five satellites for Ardenia Telecom.\n\nSince its first launch in 2028, the Kestrel rocket has delivered 197 satellites to orbit.')).toEqual({
      figures: [
        ['kestrel', 5, false],
        ['kestrel', 197, true],
      ],
      conflicts: 0,
    });
    expect(read('Velora Space deployed 34 satellites to orbit on its 26th mission. Velora Space has now deployed a total of 146 satellites to orbit.')).toEqual({
      figures: [
        ['velora', 34, false],
        ['velora', 146, true],
      ],
      conflicts: 0,
    });
  });
});

describe('the kind of an event', () => {
  const boards = withInlinePack(
    'name: boards\nentityTypes:\n  - {type: board, headers: [board]}\nentities:\n  - {id: harbour-board, name: Harbour Safety Board, type: board, aliases: [Harbour Safety Board]}\n' +
      'events:\n  - {id: report-release, label: report release, triggers: [released a preliminary report, final report, released its report], participantTypes: [board], minParticipants: 1}\n' +
      '  - {id: final-ruling, label: final ruling, triggers: [final ruling], participantTypes: [board], minParticipants: 1}\n',
    'boards.yml',
  );
  const kinds = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: boards })
      .claims.filter((c) => !c.attribute.endsWith('.date'))
      .map((c) => [c.attribute, c.variant ?? null]);
  it("is read from the words before the event's word, or from the trigger itself, unless the pack's event is named after it", () => {
    expect(kinds('The Harbour Safety Board released a preliminary report in March.')).toEqual([['event.report-release', 'preliminary']]);
    expect(kinds("The Harbour Safety Board's final report came out in June.")).toEqual([['event.report-release', 'final']]);
    expect(kinds('The Harbour Safety Board released its report in June.')).toEqual([['event.report-release', null]]);
    expect(kinds('The Harbour Safety Board issued its final ruling in June.')).toEqual([['event.final-ruling', null]]);
  });
});

describe('a unit of a series named by its ordinal ("the first Wren spacecraft", "its second Wren spacecraft") has its own events', () => {
  const craft = withInlinePack(
    'name: craft\nentityTypes:\n  - {type: spacecraft, headers: [spacecraft, satellite]}\n  - {type: mission, headers: [mission]}\nentities:\n' +
      '  - {id: wren, name: Wren, type: spacecraft, aliases: [Wren, Wren spacecraft]}\n  - {id: velora, name: Velora Space, type: organization, aliases: [Velora Space]}\n' +
      'events:\n  - {id: launch, label: launch, triggers: [launched], participantTypes: [mission, spacecraft], minParticipants: 1}\n',
    'craft.yml',
  );
  const launches = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: craft })
      .claims.filter((c) => c.attribute === 'event.launch.date')
      .map((c) => [c.entity.id, c.quote, c.variant ?? null]);
  it('is read from an ordinal right before the name, in the sentence or in the one before it in the paragraph', () => {
    expect(launches("Velora Space's first Wren spacecraft for Ostral Labs was launched in June 2031.")).toEqual([['wren', 'June 2031', 'unit 1']]);
    expect(launches('Velora Space today announced its second Wren spacecraft for Ostral Labs is operating on orbit. The mission launched January 14, 2033 from Pad 4.')).toEqual([
      ['wren', 'January 14, 2033', 'unit 2'],
    ]);
    expect(launches('The 3rd Wren spacecraft was launched on May 2, 2034.')).toEqual([['wren', 'May 2, 2034', 'unit 3']]);
    expect(launches('The Wren spacecraft was launched in June 2031.')).toEqual([['wren', 'June 2031', null]]);
    expect(launches('Velora Space launched the Wren spacecraft first, in June 2031.')).toEqual([['wren', 'June 2031', null]]);
    // A rank among a whole's members, the member named elsewhere: no unit.
    expect(launches('Velora Space launched the first Wren spacecraft of the Ardenia series, the Tessel One, in June 2031.').map((c) => c[2])).toEqual([null]);
  });
  it("so two units' launches are not one event's two dates", () => {
    const pages = [
      { file: 'a.md', text: "# Wren for Ostral\n\nVelora Space's first Wren spacecraft for Ostral Labs was launched in June 2031.\n" },
      { file: 'b.md', text: '# Second Wren\n\nVelora Space today announced its second Wren spacecraft is operating on orbit. The mission launched January 14, 2033.\n' },
    ];
    expect(analyse(pages, { lexicon: craft }).report.conflicts).toEqual([]);
  });
});

describe('a release in a medium ("on digital download", "on Ultra HD Blu-ray", "in 4K") is an event of that kind', () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n  - {id: corvina, name: Corvina Nights, type: film, aliases: [Corvina Nights]}\n' +
      'events:\n  - {id: film-release, label: film release, triggers: [was released], participantTypes: [film], minParticipants: 1}\n',
    'films.yml',
  );
  const kinds = (text: string) =>
    analyse([{ file: 'a.md', text: `# Corvina Nights\n\n${text}\n` }], { lexicon: films })
      .claims.filter((c) => c.attribute === 'event.film-release.date')
      .map((c) => [c.quote, c.variant ?? null]);
  it('is read from the medium after a preposition in its clause, the first one named', () => {
    expect(kinds('Corvina Nights was released in the United States on May 5, 2017.')).toEqual([['May 5, 2017', null]]);
    expect(kinds('Corvina Nights was released on digital download by Halvard Home Video on August 8, 2017, and on Blu-ray and DVD on August 22.')).toEqual([['August 8, 2017', 'digital']]);
    expect(kinds('Corvina Nights was released by Halvard Home Video for digital download on August 8, 2017.')).toEqual([['August 8, 2017', 'digital']]);
    expect(kinds('Corvina Nights was released on 4K UHD Blu-ray on April 23, 2019.')).toEqual([['April 23, 2019', '4k']]);
    expect(kinds('Corvina Nights was released on Blu-ray and DVD on October 21, 2017.')).toEqual([['October 21, 2017', 'blu-ray']]);
    expect(kinds('Corvina Nights was released digitally on March 3, 2018.')).toEqual([['March 3, 2018', 'digital']]);
  });
  it('so the film\'s release and its home media release are not compared', () => {
    const text = 'Corvina Nights was released in the United States on May 5, 2017.\n\n## Home media\n\nCorvina Nights was released on digital download on August 8, 2017.';
    expect(analyse([{ file: 'a.md', text: `# Corvina Nights\n\n${text}\n` }], { lexicon: films }).report.conflicts).toEqual([]);
  });
});

describe("a name inside another work's title (\"a novel, also titled X\", \"An X video game\", \"“The Making of X”\") takes no part in that work's event", () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film, sequel]}\nentities:\n  - {id: corvina, name: Corvina Nights, type: film, aliases: [Corvina Nights]}\n' +
      'events:\n  - {id: film-release, label: film release, triggers: [was released], participantTypes: [film], minParticipants: 1}\n',
    'films.yml',
  );
  const dates = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: films })
      .claims.filter((c) => c.attribute === 'event.film-release.date')
      .map((c) => [c.entity.id, c.quote]);
  it('is no participant after "titled" of a noun none of its type\'s, after an indefinite article before a noun it qualifies, or in a longer quoted title', () => {
    expect(dates('A novel adaptation, also titled Corvina Nights, was released in April 2017.')).toEqual([]);
    expect(dates('Ilse Varn adapted the script into a novel, also titled Corvina Nights, that was released in April 2017.')).toEqual([]);
    expect(dates('A Corvina Nights video game was released by Pixelwade on May 2, 2017.')).toEqual([]);
    expect(dates('The special on this film, "The Making of Corvina Nights", was released on September 13, 2017.')).toEqual([]);
  });
  it('is one after "titled" of its own type noun, before the event\'s word, or alone in quotes', () => {
    expect(dates('A sequel titled Corvina Nights was released on May 5, 2017.')).toEqual([['corvina', 'May 5, 2017']]);
    expect(dates('A Corvina Nights film was released on May 5, 2017.')).toEqual([['corvina', 'May 5, 2017']]);
    expect(dates('The Corvina Nights crew wrapped in May, and Corvina Nights was released on May 5, 2017.')).toEqual([['corvina', 'May 5, 2017']]);
    expect(dates('"Corvina Nights" was released on May 5, 2017.')).toEqual([['corvina', 'May 5, 2017']]);
    // A quote of what was said, not a title: it holds the event's word, or ends its sentence.
    expect(dates('The studio wrote: "Corvina Nights was released on May 5, 2017 in most markets."')).toEqual([['corvina', 'May 5, 2017']]);
  });
});

describe('a type noun after a paragraph that named several things of its type ("The film is a sequel to A and B. … The film was released …")', () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n' +
      '  - {id: dawn, name: Corvina Dawn, type: film, aliases: [Corvina Dawn]}\n  - {id: nights, name: Corvina Nights, type: film, aliases: [Corvina Nights]}\n  - {id: tides, name: Corvina Tides, type: film, aliases: [Corvina Tides]}\n' +
      'events:\n  - {id: film-release, label: film release, triggers: [was released], participantTypes: [film], minParticipants: 1}\n',
    'films.yml',
  );
  const lead = 'Corvina Dawn is a 2019 adventure film. The film is a sequel to Corvina Nights and Corvina Tides. The film was released in the United States on April 26, 2019.';
  const dates = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: films })
      .claims.filter((c) => c.attribute === 'event.film-release.date')
      .map((c) => [c.entity.id, c.quote]);
  it('stands for what the page is about, and for none of the films named when its title names none', () => {
    expect(dates(`# Corvina Dawn\n\n${lead}\n`)).toEqual([['dawn', 'April 26, 2019']]);
    expect(dates(`${lead}\n`)).toEqual([]);
  });
});

describe("an event's blockers", () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n  - {id: corvina, name: Corvina Nights, type: film, aliases: [Corvina Nights]}\n' +
      '  - {id: pale, name: Pale Streaming Hour, type: film, aliases: [Pale Streaming Hour]}\n' +
      'events:\n  - {id: film-release, label: film release, triggers: [was released], blockers: [streaming, re-edited], participantTypes: [film], minParticipants: 1}\n',
    'films.yml',
  );
  const dates = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: films })
      .claims.filter((c) => c.attribute === 'event.film-release.date')
      .map((c) => [c.entity.id, c.quote]);
  it("keep a trigger whose clause holds one from the event, not one inside a name a pack knows, nor one in another clause", () => {
    expect(dates('Corvina Nights was released on the Lumo streaming service on September 8, 2022.')).toEqual([]);
    expect(dates('A re-edited cut of Corvina Nights was released on June 1, 2023.')).toEqual([]);
    expect(dates('Pale Streaming Hour was released on May 5, 2017.')).toEqual([['pale', 'May 5, 2017']]);
    expect(dates('Corvina Nights was released on May 5, 2017; streaming followed in 2018.')).toEqual([['corvina', 'May 5, 2017']]);
  });
});

describe("a division of a thing named by a common noun (\"women's korvball\", \"synchronized reef diving\", \"X's team competition\") has its own events", () => {
  const games = withInlinePack(
    'name: games\nentityTypes:\n  - {type: sport, headers: [sport, discipline]}\nentities:\n  - {id: korvball, name: korvball, type: sport, aliases: [korvball]}\n' +
      '  - {id: reef-diving, name: reef diving, type: sport, aliases: [reef diving]}\n  - {id: strandwrestling, name: strandwrestling, type: sport, aliases: [strandwrestling]}\n' +
      'events:\n  - {id: games-debut, label: debut at the Ardenia Games, triggers: [made its debut, debuted, was added to the program, Games debut], participantTypes: [sport], minParticipants: 1}\n',
    'games.yml',
  );
  const dates = (text: string) =>
    analyse([{ file: 'a.md', text: `Sports 101: History\n===================\n\n${text}\n` }], { lexicon: games })
      .claims.filter((c) => c.attribute === 'event.games-debut.date')
      .map((c) => [c.entity.id, c.quote]);
  it('reads no event of the whole where a possessive, a modifier opening the noun phrase or a noun the whole owns names a part', () => {
    expect(dates("Korvball made its debut at the Ardenia Games in 1928. In 2008, women's korvball was added to the program.")).toEqual([['korvball', '1928']]);
    expect(dates("Girls' and boys' synchronized reef diving, in which pairs leave the ledge together, made its debut at the 1996 Games.")).toEqual([]);
    expect(dates('**Tarsk, 1996:** Synchronized reef diving debuted in Tarsk, where the Brenner twins won.')).toEqual([]);
    expect(dates("**Merrow, 1988:** Strandwrestling's team competition debuted in Merrow.")).toEqual([]);
    expect(dates("Velora hosted the Games debut of women's strandwrestling in 1992.")).toEqual([]);
  });
  it("still reads the whole's own event: its possessive over the event's noun, a capitalised word before it, a date before it", () => {
    expect(dates("Strandwrestling's Games debut came in 1960.")).toEqual([['strandwrestling', '1960']]);
    expect(dates("Korvball's first Games debut was in 1928.")).toEqual([['korvball', '1928']]);
    expect(dates('In 1932, reef diving made its debut at the Ardenia Games.')).toEqual([['reef-diving', '1932']]);
    expect(dates('Ardenian korvball made its debut in 1928.')).toEqual([['korvball', '1928']]);
  });
});

describe('the period an event is about', () => {
  const firms = withInlinePack(
    'name: firms\nentityTypes:\n  - {type: company, headers: [company]}\nentities:\n  - {id: halden, name: Halden, type: company, aliases: [Halden]}\n' +
      'events:\n  - {id: results, label: results release, triggers: [earnings report], participantTypes: [company], minParticipants: 1}\n',
    'firms.yml',
  );
  const times = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: firms })
      .claims.filter((c) => c.attribute === 'event.results')
      .map((c) => c.time?.text ?? null);
  it('is not its date when a quarter or a half is written right before the event\'s word', () => {
    expect(times("Halden's Q3 2025 earnings report beat the forecasts.")).toEqual([null]);
    expect(times('Halden published its earnings report in November 2025.')).toEqual(['November 2025']);
  });
});

describe('a class\'s bound or a rule\'s limit', () => {
  const storms = packOf(
    'storms',
    'storm',
    ['{id: storm-ardo, name: Storm Ardo, type: storm, aliases: [Storm Ardo, Ardo]}'],
    ['{id: winds.sustained, label: sustained winds, kind: quantity, unit: km/h, triggers: [sustained winds, wind speed, winds], subjects: [storm]}'],
  );
  it('is not the subject\'s figure', () => {
    expect(figuresWith(storms, 'Ardo made landfall well above the minimum 257 km/h wind speed of the top category.', 'winds.sustained')).toEqual([]);
    expect(figuresWith(storms, 'Ardo made landfall well above the minimum 160 mph (257 km/h) wind speed of the top category.', 'winds.sustained')).toEqual([]);
    expect(figuresWith(storms, 'Ardo stayed below the 120 km/h threshold for a warning.', 'winds.sustained')).toEqual([]);
    expect(figuresWith(storms, 'Ardo made landfall with sustained winds of 270 km/h.', 'winds.sustained')).toEqual([['storm-ardo', 270]]);
  });
});

describe('a tally said of names joined by "and"', () => {
  const quakes = packOf(
    'quakes',
    'country',
    ['{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia, 阿登]}', '{id: corvalia, name: Corvalia, type: country, aliases: [Corvalia, 科瓦利亚]}'],
    ['{id: toll.deaths, label: death toll, kind: quantity, unit: deaths, measure: tally, unitWords: [people, 人], triggers: [killed, died, 死亡], subjects: [country]}'],
  );
  it('is their sum, no one\'s alone, unless each is given it', () => {
    expect(figuresWith(quakes, 'The two quakes killed at least 2,300 people in Ardenia and Corvalia.', 'toll.deaths')).toEqual([]);
    expect(figuresWith(quakes, '地震已造成阿登和科瓦利亚两国至少2300人死亡。', 'toll.deaths')).toEqual([]);
    expect(figuresWith(quakes, 'In Corvalia, at least 480 people died.', 'toll.deaths')).toEqual([['corvalia', 480]]);
  });
});

describe('a margin after "by"', () => {
  const runners = packOf(
    'runs',
    'runner',
    ['{id: ines-varga, name: Ines Varga, type: runner, aliases: [Ines Varga, Varga]}', '{id: mara-kessler, name: Mara Kessler, type: runner, aliases: [Mara Kessler, Kessler]}'],
    ['{id: record.margin, label: record margin, kind: quantity, unit: s, timeless: true, triggers: [beat, broke], subjects: [runner]}'],
  );
  it("is the figure the verb's \"by\" takes, said of the verb's subject, not of the object's owner", () => {
    expect(figuresWith(runners, "Varga won in 2:19:40 to beat Kessler's old mark by 31 seconds.", 'record.margin')).toEqual([['ines-varga', 31]]);
    expect(figuresWith(runners, "Varga beat Kessler's old mark by 31 seconds.", 'record.margin')).toEqual([['ines-varga', 31]]);
  });
});

describe('numbers written in words', () => {
  const clubs = withInlinePack(
    'name: clubs\nentityTypes:\n  - {type: club, headers: [club]}\n  - {type: player, headers: [striker]}\nentities:\n' +
      '  - {id: riverside-fc, name: Riverside FC, type: club, aliases: [Riverside FC, Riverside]}\n  - {id: ines-varga, name: Ines Varga, type: player, aliases: [Ines Varga, Varga]}\nattributes:\n' +
      '  - {id: games-left, label: games remaining, kind: quantity, unit: games, triggers: [games left, matches remaining, games remaining], subjects: [club], maximum: 60}\n' +
      '  - {id: hat-tricks, label: hat-tricks, kind: quantity, unit: hat-tricks, triggers: [hat-tricks], subjects: [player]}\n' +
      '  - {id: score, label: rating, kind: quantity, unit: points, triggers: [rated, used], subjects: [player]}\n',
    'clubs.yml',
  );
  const figures = (sentence: string, attribute: string) => figuresWith(clubs, sentence, attribute);

  it('are figures when they name what they count: a unit or a trigger right after them, a word or two between at most', () => {
    expect(figures('Riverside FC have five games left.', 'games-left')).toEqual([['riverside-fc', 5]]);
    expect(figures('Riverside FC still have four top-tier matches remaining.', 'games-left')).toEqual([['riverside-fc', 4]]);
    expect(figures('Ines Varga has scored four hat-tricks this season.', 'hat-tricks')).toEqual([['ines-varga', 4]]);
    expect(figures('Ines Varga has scored 4 hat-tricks this season.', 'hat-tricks')).toEqual([['ines-varga', 4]]);
  });

  it('are not figures alone, nor when the trigger that would take them stands further on', () => {
    expect(figures('Ines Varga gave two reasons, and she was rated highly.', 'score')).toEqual([]);
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    expect(figuresWith(ai, 'Qwen2.5 was scored on three popular maths benchmarks GSM8K, MATH and HumanEval.', 'benchmark.gsm8k')).toEqual([]);
  });

  it('a scaled number in words is a figure as digits are', () => {
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    expect(figuresWith(ai, 'Mixtral 8x22B supports a context length of one million tokens.', 'context.window')).toEqual([['mixtral-8x22b', 1_000_000]]);
  });

  it('a number of a window is not a figure of the subject ("in her last six appearances")', () => {
    const players = withInlinePack(
      'name: players2\nentities:\n  - {id: ines-varga, name: Ines Varga, type: player, aliases: [Varga]}\nattributes:\n  - {id: appearances, label: appearances, kind: quantity, unit: appearances, triggers: [appearances, league appearances], subjects: [player]}\n',
      'players2.yml',
    );
    expect(figuresWith(players, 'Varga has 31 league appearances.', 'appearances')).toEqual([['ines-varga', 31]]);
    expect(figuresWith(players, 'Varga has scored five goals in her last six league appearances.', 'appearances')).toEqual([]);
  });
});

describe('a list or party led by a person', () => {
  const lists = withInlinePack(
    'name: lists\nentityTypes:\n  - {type: party, headers: [party, liste]}\n  - {type: candidate, headers: [candidate]}\nentities:\n' +
      '  - {id: north-list, name: North List, type: party, aliases: [North List, NL]}\n  - {id: ana-ferro, name: Ana Ferro, type: candidate, aliases: [Ana Ferro, Ferro]}\nattributes:\n' +
      '  - {id: vote-share, label: vote share, kind: quantity, unit: percent, triggers: [of the vote, des suffrages, dos votos, de los votos, dei voti, der Stimmen], subjects: [party, candidate]}\n',
    'lists.yml',
  );
  const shares = (text: string) => figuresWith(lists, text, 'vote-share');

  it('"X led by Y", "conduite par", "encabeçada por", "guidata da": the figure is the list\'s, not its leader\'s', () => {
    expect(shares('The North List led by Ana Ferro won 44.7% of the vote.')).toEqual([['north-list', 44.7]]);
    expect(shares('The North List headed by Ana Ferro won 44.7% of the vote.')).toEqual([['north-list', 44.7]]);
    expect(shares('La liste NL conduite par Ana Ferro a obtenu 44,7 % des suffrages.')).toEqual([['north-list', 44.7]]);
    expect(shares('A lista NL encabeçada por Ana Ferro obteve 44,7% dos votos.')).toEqual([['north-list', 44.7]]);
    expect(shares('La lista NL encabezada por Ana Ferro obtuvo el 44,7% de los votos.')).toEqual([['north-list', 44.7]]);
    expect(shares('La lista NL guidata da Ana Ferro ha ottenuto il 44,7% dei voti.')).toEqual([['north-list', 44.7]]);
    expect(shares('Die Liste NL, angeführt von Ana Ferro, erhielt 44,7 % der Stimmen.')).toEqual([['north-list', 44.7]]);
    // The leader's own figure stays hers.
    expect(shares('Ana Ferro won 44.7% of the vote.')).toEqual([['ana-ferro', 44.7]]);
  });
});

describe('a count stated part-way through', () => {
  const tallies = withInlinePack(
    'name: tallies\nentityTypes:\n  - {type: candidate, headers: [candidate]}\nentities:\n' +
      '  - {id: ana-ferro, name: Ana Ferro, type: candidate, aliases: [Ana Ferro, Ferro]}\nattributes:\n' +
      '  - {id: vote-share, label: vote share, kind: quantity, unit: percent, triggers: [of the vote, des voix, dos votos, de los votos, der Stimmen], subjects: [candidate], measure: tally}\n',
    'tallies.yml',
  );
  const shares = (text: string) => claimsIn(tallies, `# Notes\n\n${text}\n`, 'vote-share').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('"with 87% of ballots counted", "com 87% das urnas apuradas", "with 60% of precincts reporting": a provisional figure, hedged', () => {
    expect(shares('With 87% of ballots counted, Ana Ferro has 54.3% of the vote.')).toEqual([[54.3, 'hedged']]);
    expect(shares('Ana Ferro leads with 54.3% of the vote, with 60% of precincts reporting.')).toEqual([[54.3, 'hedged']]);
    expect(shares('Avec 87 % des bulletins dépouillés, Ana Ferro obtient 54,3 % des voix.')).toEqual([[54.3, 'hedged']]);
    expect(shares('Com 87% das urnas apuradas, Ana Ferro tem 54,3% dos votos.')).toEqual([[54.3, 'hedged']]);
    expect(shares('Con el 87% escrutado, Ana Ferro tiene el 54,3% de los votos.')).toEqual([[54.3, 'hedged']]);
    expect(shares('Nach Auszählung von 87 % der Wahlbezirke hat Ana Ferro 54,3 % der Stimmen.')).toEqual([[54.3, 'hedged']]);
    // The final count, and a share of a whole that is no count in progress, are stated.
    expect(shares('With 100% of ballots counted, Ana Ferro has 53.9% of the vote.')).toEqual([[53.9, 'asserted']]);
    expect(shares('Ana Ferro won 53.9% of the vote.')).toEqual([[53.9, 'asserted']]);
    expect(shares('Ana Ferro won 53.9% of the vote, with 60% of voters under 40.')).toEqual([[53.9, 'asserted']]);
  });
});

describe('whose figure, across clauses and paragraphs', () => {
  const parties = withInlinePack(
    'name: parties\nentityTypes:\n  - {type: party, headers: [party]}\nentities:\n' +
      '  - {id: north-party, name: North Party, type: party, aliases: [North Party]}\n  - {id: river-party, name: River Party, type: party, aliases: [River Party]}\n  - {id: green-bloc, name: Green Bloc, type: party, aliases: [Green Bloc]}\nattributes:\n' +
      '  - {id: seats, label: seats won, kind: quantity, unit: seats, unitWords: [seats, sièges, zetels, Sitze, 議席], triggers: [seats, won, sièges, zetels, Sitze, 議席], subjects: [party]}\n' +
      '  - {id: vote-share, label: share of the vote, kind: quantity, unit: percent, triggers: [vote share, share of the vote], subjects: [party]}\n',
    'parties.yml',
  );
  const seats = (text: string) => figuresWith(parties, text, 'seats');

  it('a clause opened by "while" or "whereas" is not about the names before it ("while training on …" is)', () => {
    expect(seats('River Party and Green Bloc each won three seats, while 11 seats went to independents.')).toEqual([
      ['green-bloc', 3],
      ['river-party', 3],
    ]);
    expect(seats('North Party won 40 seats while holding its ground in the north.')).toEqual([['north-party', 40]]);
  });

  it('the whole a plain count is taken from is not the count ("212 of the 500 seats", "212 van de 500 zetels", "500議席のうち212議席")', () => {
    expect(seats('North Party won 212 of the 500 seats.')).toEqual([['north-party', 212]]);
    expect(seats('North Party haalt 212 van de 500 zetels.')).toEqual([['north-party', 212]]);
    expect(seats('North Party gewinnt 212 der insgesamt 500 Sitze.')).toEqual([['north-party', 212]]);
    expect(seats('North Party obtient 212 sièges sur 500.')).toEqual([['north-party', 212]]);
    // A part right after a name is no version of the name ("North Party 212").
    expect(seats('Am Sonntag gewann die North Party 212 der 500 Sitze.')).toEqual([['north-party', 212]]);
    expect(seats('North Party は500議席のうち212議席を獲得した。')).toEqual([['north-party', 212]]);
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    expect(figuresWith(ai, 'DeepSeek-V2 activates 21B of its 236B parameters.', 'params.total')).toEqual([['deepseek-v2', 236e9]]);
  });

  it('"212 des 500 sièges", "212 dos 500 assentos", "212 de los 500 escaños", "212 dei 500 seggi": a part of a whole, as "212 of the 500" is', () => {
    expect(seats('North Party a remporté 212 des 500 sièges du parlement.')).toEqual([['north-party', 212]]);
    expect(seats('North Party conquistou 212 dos 500 sièges.')).toEqual([['north-party', 212]]);
    expect(seats('North Party ganó 212 de los 500 sièges.')).toEqual([['north-party', 212]]);
    expect(seats('North Party ha vinto 212 dei 500 sièges.')).toEqual([['north-party', 212]]);
    expect(seats('North Party ha vinto 212 degli 500 sièges.')).toEqual([['north-party', 212]]);
    expect(seats('North Party conquistou 212 das 500 sièges.')).toEqual([['north-party', 212]]);
  });

  it('a date after the whole a part is counted from dates the part ("212 of the 500 seats in the 14 September 2025 election")', () => {
    const timed = (text: string) => claimsIn(parties, `# Notes\n\n${text}\n`, 'seats').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
    expect(timed('North Party won 212 of the 500 seats in the 14 September 2025 election.')).toEqual([[212, '14 September 2025']]);
    expect(timed('North Party a remporté 212 des 500 sièges le 14 septembre 2025.')).toEqual([[212, '14 septembre 2025']]);
    // A date after a figure compared with is still that figure's.
    expect(timed('North Party won 212 seats, up from 180 in 2021.')).toEqual([[212, null]]);
  });

  it('"14 of the first 20 seats declared": a part of the first or last few is a running count, neither figure a value', () => {
    expect(seats('North Party has taken 14 of the first 20 seats declared.')).toEqual([]);
    expect(seats('North Party a remporté 14 des 20 premiers sièges.')).toEqual([]);
    expect(seats('North Party won 9 of the last 12 seats.')).toEqual([]);
    expect(seats('North Party won 14 of the 20 seats.')).toEqual([['north-party', 14]]);
  });

  it('"passant de 31 sièges à 12": the value before a change is not the value', () => {
    expect(seats('North Party tient 31 sièges.')).toEqual([['north-party', 31]]);
    expect(seats('North Party recule, passant de 31 sièges à 12.')).toEqual([]);
  });

  it('the amount a share plummeted, plunged or surged by is not the share', () => {
    const shares = (text: string) => figuresWith(parties, text, 'vote-share');
    expect(shares('North Party saw its vote share fall to 31%.')).toEqual([['north-party', 31]]);
    expect(shares('North Party saw its vote share plunging by 9 points.')).toEqual([]);
  });

  it('a name given as a cause ("thanks to X", "due in part to X", "because of X") is not whose figure it is', () => {
    const shares = (text: string) => figuresWith(parties, text, 'vote-share');
    expect(shares('North Party surged, due in part to River Party, and took a vote share of 41%.')).toEqual([['north-party', 41]]);
    expect(shares('North Party lost ground because of River Party, whose vote share rose to 12%.')).toEqual([['river-party', 12]]);
  });

  it('a name in an aside set off by dashes, or the mark after "since", holds no figure outside it', () => {
    const shares = (text: string) => figuresWith(parties, text, 'vote-share');
    expect(shares('North Party won 312 seats – River Party had been tipped to win – on a vote share of 41%.')).toEqual([['north-party', 41]]);
    expect(shares("It is the best result since River Party's win, and gives the winner a vote share of 41%.")).toEqual([]);
    // Nor is a date in the "since" phrase the figure's time.
    const timed = (text: string) => claimsIn(parties, `# Notes\n\n${text}\n`, 'vote-share').map((c) => c.time?.text ?? null);
    expect(timed('North Party took its best vote share since its win in 2001, 41%.')).toEqual([null]);
    expect(timed('North Party took a vote share of 41% in 2001.')).toEqual(['2001']);
  });

  it("a sentence that names no one after one that opens on another name is not the heading's", () => {
    const under = (heading: string, text: string) => figuresWith(parties, text, 'seats', heading);
    expect(under('North Party', 'This spring, River Party did well in the cities. The rural list won 12 seats.')).toEqual([]);
    expect(under('North Party', 'This spring, the party did well in the cities. The rural list won 12 seats.')).toEqual([['north-party', 12]]);
    // A title in quotes that no pack knows is another name too; a quoted remark is not.
    expect(under('North Party', 'This spring, “Harbour Lights” topped the charts. The rural list won 12 seats.')).toEqual([]);
    expect(under('North Party', 'Voters said “It was time for change.” The rural list won 12 seats.')).toEqual([['north-party', 12]]);
    // "It" after a sentence that names such a title after the name may be either.
    expect(under('Notes', 'North Party shared the bill with “Harbour Lights”. It won 12 seats.')).toEqual([]);
    expect(under('Notes', 'North Party shared the bill with River Party. It won 12 seats.')).toEqual([['north-party', 12]]);
    // "its" after a sentence that names two such things may be either's.
    expect(under('North Party', 'North Party shared the stage with River Party. In its best week, the list won 12 seats.')).toEqual([]);
    expect(under('North Party', 'North Party shared the stage with the voters. In its best week, the list won 12 seats.')).toEqual([['north-party', 12]]);
    // Named further on, not as what the sentence opens on, it leaves the heading's subject alone.
    expect(under('North Party', 'Polls had long favoured the rivals of River Party. The rural list won 12 seats.')).toEqual([['north-party', 12]]);
  });

  it('a pronoun opening a paragraph stands for the subject of the last sentence that named something, not its last name', () => {
    expect(seats('North Party won 412 seats, beating the 400 of River Party and Green Bloc in 2019.\n\nIt also won 12 seats in the west.')).toEqual([
      ['north-party', 412],
      ['north-party', 12],
    ]);
  });
});

describe('an event\'s noun a plan dates ("announced X for a 2016 release", "a planned 2016 release") is a plan', () => {
  const games = withInlinePack(
    'name: games\nentityTypes:\n  - {type: game, headers: [game]}\nentities:\n  - {id: velora-quest-2, name: Velora Quest 2, type: game, aliases: [Velora Quest 2]}\n  - {id: ardent-run-2, name: Ardent Run! 2, type: game, aliases: [Ardent Run! 2]}\n' +
      'events:\n  - {id: game-release, label: release, triggers: [released, was released, release], negations: [never, cancelled], participantTypes: [game], minParticipants: 1}\n',
    'games.yml',
  );
  const releases = (text: string) => claimsIn(games, `# Velora Quest 2\n\n${text}\n`, 'event.game-release').map((c) => [c.modality, c.time?.text ?? null]);
  it('reads the release as predicted, dated by the plan', () => {
    expect(releases('The studio announced Velora Quest 2 for a 2016 release on several platforms.')).toEqual([['predicted', '2016']]);
    expect(releases('The studio planned a 2016 release for Velora Quest 2.')).toEqual([['predicted', '2016']]);
    expect(releases('Velora Quest 2 was slated for a 2016 release.')).toEqual([['predicted', '2016']]);
    expect(releases('The studio announced Ardent Run! 2 for a 2016 release.')).toEqual([['predicted', '2016']]);
  });
  it('a release its words say happened stays one', () => {
    expect(releases('Velora Quest 2 was released in 2016.')).toEqual([['asserted', '2016']]);
    expect(releases('The studio announced that Velora Quest 2 was released in 2016.')).toEqual([['asserted', '2016']]);
  });
});

describe('events named as things, and dates of predicted statements', () => {
  const missions = withInlinePack(
    'name: missions\nentityTypes:\n  - {type: mission, headers: [mission, probe]}\nentities:\n' +
      '  - {id: orbis-3, name: Orbis-3, type: mission, aliases: [Orbis-3, 奥比斯3号]}\n' +
      'attributes:\n  - {id: cost, label: mission cost, kind: quantity, unit: USD, triggers: [cost, valued at], subjects: [mission], timeless: true}\n' +
      'events:\n  - {id: landing, label: landing, triggers: [landed, landing, 着陆], negations: [not, never], participantTypes: [mission], minParticipants: 1}\n' +
      '  - {id: launch, label: launch, triggers: [launched, 发射], negations: [not, never], participantTypes: [mission], minParticipants: 1}\n',
    'missions.yml',
  );
  const events = (text: string, attribute: string) =>
    claimsIn(missions, `---\ndate: 2025-07-14\n---\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null, c.time?.text ?? null]);

  it('an event’s word before a noun or a suffix of a thing names that thing ("着陆器" lander, "landing capability")', () => {
    expect(events('Orbis-3 landed on the Moon.', 'event.landing')).toEqual([['orbis-3', 'happened', null]]);
    expect(events('奥比斯3号着陆器由火箭发射升空。', 'event.landing')).toEqual([]);
    expect(events('Orbis-3 was built to show its landing capability near the pole.', 'event.landing')).toEqual([]);
  });

  it('an event’s word inside a capitalised name ("the Entry, Descent and Landing Demonstrator Module") is no event; a headline in title case keeps it', () => {
    expect(events('Orbis-3, the Entry, Descent and Landing Demonstrator Module of the Tarv mission, will target the Sela plain for its October landing.', 'event.landing')).toEqual([]);
    expect(events('Orbis-3 Landed Safely Near the Pole', 'event.landing')).toEqual([['orbis-3', 'happened', null]]);
    expect(events('Orbis-3 landed near the pole.', 'event.landing')).toEqual([['orbis-3', 'happened', null]]);
  });

  it('a span of time counted down to the event ("only 10 days to orbit insertion", "two weeks until launch") says it is ahead: no event is read', () => {
    expect(events('"We have five years of flight behind us and only 10 days to Sela landing," said Ada Verin, Orbis-3 project manager.', 'event.landing')).toEqual([]);
    expect(events('Orbis-3, three months away from landing, is healthy.', 'event.landing')).toEqual([]);
    expect(events('Orbis-3 is two weeks until landing.', 'event.landing')).toEqual([]);
    expect(events('Orbis-3 landed near the pole 10 days ago.', 'event.landing')).toEqual([['orbis-3', 'happened', '10 days ago']]);
  });

  it('an event’s word that a prefix makes part of a longer word ("pre-launch", "预发射") is no word of the event', () => {
    expect(events('Orbis-3 passed its pre-launch review.', 'event.launch')).toEqual([]);
    expect(events('Orbis-3 completed a non-landing test flight.', 'event.landing')).toEqual([]);
    expect(events('奥比斯3号完成了预发射检查。', 'event.launch')).toEqual([]);
    expect(events('奥比斯3号于7月14日发射。', 'event.launch')).toEqual([['orbis-3', 'happened', '7月14日']]);
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const released = (text: string) => claimsIn(builtin, `# Qwen2.5-72B\n\n${text}\n`, 'event.model-release').map((c) => c.entity.id);
    expect(released('Qwen2.5-72B 使用 tensorweft 3.0 预发布版训练。')).toEqual([]);
    expect(released('Qwen2.5-72B was trained with a pre-release build of tensorweft.')).toEqual([]);
    expect(released('Qwen2.5-72B was trained with a prerelease build of tensorweft.')).toEqual([]);
  });

  it('an event named as a point in time ("before landing", "着陆时") is not said to have happened; a clause after "before" is', () => {
    expect(events('Orbis-3 lost contact before the landing.', 'event.landing')).toEqual([]);
    expect(events('奥比斯3号着陆时发生故障。', 'event.landing')).toEqual([]);
    expect(events('Orbis-3 lost power seconds before it landed.', 'event.landing')).toEqual([['orbis-3', 'happened', null]]);
  });

  it('a first day, week, month or year after an event ("发射首月") measures from it: the sentence’s date (the day figures were published) is not the event’s', () => {
    expect(events('航天局8月20日发布数据显示，发射首月奥比斯3号传回图像1.2万张。', 'event.launch')).toEqual([]);
    expect(events('奥比斯3号发射首日即传回图像。', 'event.launch')).toEqual([]);
    expect(events('奥比斯3号于7月14日发射，首月传回图像1.2万张。', 'event.launch')).toEqual([['orbis-3', 'happened', '7月14日']]);
  });

  it('a date a prediction cue stands before, in a later clause, is not the date of the event the sentence asserts', () => {
    expect(events('奥比斯3号发射成功:预计9月5日着陆', 'event.launch')).toEqual([['orbis-3', 'happened', null]]);
    expect(events('Orbis-3 launched on July 14.', 'event.launch')).toEqual([['orbis-3', 'happened', 'July 14']]);
  });

  it('an event that is the object of a later act ("the court upheld the fine"), or a finding\'s content ("the decision that …"), takes no date from the sentence', () => {
    const fines = withInlinePack(
      'name: fines\nentityTypes:\n  - {type: company, headers: [company]}\n  - {type: authority, headers: [regulator, court]}\nentities:\n' +
        '  - {id: halden, name: Halden, type: company, aliases: [Halden]}\n  - {id: board, name: Trade Board, type: authority, aliases: [Trade Board, Board]}\n' +
        'events:\n  - {id: fine, label: fine imposed, triggers: [fined, fine on, imposed], participantTypes: [company, authority], minParticipants: 1}\n',
      'fines.yml',
    );
    const dated = (text: string) => claimsIn(fines, `# Notes\n\n${text}\n`, 'event.fine').map((c) => [c.modality, c.time?.text ?? null]);
    expect(dated('In May 2026, the court upheld the Trade Board fine on Halden.')).toEqual([]);
    expect(dated("In May 2026, the court confirmed the Board's decision that Halden imposed unfair terms.")).toEqual([['asserted', null]]);
    expect(dated('In 2019 the Board suspected that Halden imposed unfair terms.')).toEqual([['hedged', '2019']]);
    // The act itself keeps its date.
    expect(dated('In March 2024, the Trade Board fined Halden.')).toEqual([['asserted', 'March 2024']]);
  });

  it('a date the event came before or after ("on July 10, the last day before Orbis-3 launched") is not its date', () => {
    expect(events('Fuel was loaded on July 10, the last day before Orbis-3 launched.', 'event.launch')).toEqual([['orbis-3', 'happened', null]]);
    expect(events('Orbis-3 launched on July 10, ahead of the storm.', 'event.launch')).toEqual([['orbis-3', 'happened', 'July 10']]);
  });

  it('a date past a semicolon is the next clause\'s, not the event\'s before it', () => {
    expect(events('Orbis-3 landed on the Moon; in March 2026, a second probe followed.', 'event.landing')).toEqual([['orbis-3', 'happened', null]]);
    expect(events('奥比斯3号成功着陆；2026年3月，另一个探测器也着陆了。', 'event.landing').slice(0, 1)).toEqual([['orbis-3', 'happened', null]]);
    expect(events('In March 2025, Orbis-3 landed on the Moon.', 'event.landing')).toEqual([['orbis-3', 'happened', 'March 2025']]);
  });

  it('a date in the event\'s own clause dates it before a date a comma parts from it', () => {
    expect(events('Unveiled in 2021, Orbis-3 launched on July 10.', 'event.launch')).toEqual([['orbis-3', 'happened', 'July 10']]);
    expect(events('Orbis-3, first shown in 2021, launched on July 10.', 'event.launch')).toEqual([['orbis-3', 'happened', 'July 10']]);
    // A page with no date of its own: a month "of that year" takes the year written before it.
    const undated = (text: string) => claimsIn(missions, `${text}\n`, 'event.landing').map((c) => [c.entity.id, c.time?.start ?? null]);
    expect(undated('Orbis-3 was launched in March 2016, and in October that year Orbis-3 landed.')).toEqual([['orbis-3', '2016-10-01']]);
    // "从7月1日起在港口停放的奥比斯3号于10日发射" (Orbis-3, parked at the port from 1 July on, launched on the 10th): a day
    // written alone is a day of the page's month, and the launch's.
    expect(events('从7月1日起在港口停放的奥比斯3号于10日发射。', 'event.launch')).toEqual([['orbis-3', 'happened', '10日']]);
    // With no date in its clause, the nearest still dates it.
    expect(events('On July 10, Orbis-3 launched.', 'event.launch')).toEqual([['orbis-3', 'happened', 'July 10']]);
  });

  it('a sentence that opens on the whole it divides states parts: no figure of the subject before', () => {
    const costs = (text: string) => figuresWith(missions, text, 'cost', 'Orbis-3');
    expect(costs('The cost of Orbis-3 amounted to $75 million.')).toEqual([['orbis-3', 75e6]]);
    expect(costs('The cost of Orbis-3 amounted to $75 million. The launch was valued at $30 million.')).toEqual([
      ['orbis-3', 75e6],
      ['orbis-3', 30e6],
    ]);
    expect(costs('The cost of Orbis-3 amounted to $75 million. Of that amount, the launch was valued at $30 million.')).toEqual([['orbis-3', 75e6]]);
  });
});

describe('a running level in words after the figure, and what something was made from', () => {
  it('"five games left", "seven matches remaining": a level at the article’s date', () => {
    const clubs = withInlinePack(
      'name: clubs2\nentityTypes:\n  - {type: club, headers: [club]}\nentities:\n  - {id: riverside-fc, name: Riverside FC, type: club, aliases: [Riverside FC]}\nattributes:\n' +
        '  - {id: games-left, label: games remaining, kind: quantity, unit: games, triggers: [games left, matches remaining], subjects: [club], maximum: 60}\n',
      'clubs2.yml',
    );
    const left = (sentence: string) =>
      claimsIn(clubs, `---\ndate: 2025-04-26\n---\n\n${sentence}\n`, 'games-left').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
    expect(left('Riverside FC have five games left.')).toEqual([[5, 'at the time of writing']]);
    expect(left('Riverside FC still have 7 matches remaining.')).toEqual([[7, 'at the time of writing']]);
  });

  it('"a repro of X": X is what the thing reproduces, not whose figure it is', () => {
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    expect(figuresWith(ai, 'Mixtral 8x22B was trained with 2T tokens.', 'training.tokens')).toEqual([['mixtral-8x22b', 2e12]]);
    expect(figuresWith(ai, 'TinyMix - a repro of Mixtral 8x22B - was trained with 1T tokens.', 'training.tokens')).toEqual([]);
  });
});

describe('a negation before a word and a name', () => {
  const missions = withInlinePack(
    'name: missions2\nentityTypes:\n  - {type: mission, headers: [mission, probe, sonda]}\nentities:\n  - {id: orbis-3, name: Orbis-3, type: mission, aliases: [Orbis-3]}\n' +
      'events:\n  - {id: landing, label: landing, triggers: [landed, ha aterrizado], negations: [not, never, "no"], participantTypes: [mission], minParticipants: 1}\n',
    'missions2.yml',
  );
  const landings = (sentence: string) => claimsIn(missions, `# Notes\n\n${sentence}\n`, 'event.landing').map((c) => (c.value.kind === 'event' ? c.value.polarity : null));

  it('negates the word ("la cápsula no tripulada X ha aterrizado": uncrewed), not the event; before an auxiliary it negates the event', () => {
    expect(landings('La cápsula no tripulada Orbis-3 ha aterrizado en el desierto.')).toEqual(['happened']);
    expect(landings('Orbis-3 has not landed.')).toEqual(['not-happened']);
    expect(landings('Never has Orbis-3 landed so softly.')).toEqual(['not-happened']);
  });
});

describe('a negation word inside a name a pack knows', () => {
  const missions = withInlinePack(
    'name: missions-neg\nentityTypes:\n  - {type: mission, headers: [mission]}\nentities:\n' +
      '  - {id: wont-wait, name: "We Won\'t Wait", type: mission, aliases: ["We Won\'t Wait", "We Won’t Wait"]}\n' +
      '  - {id: no-rest, name: No Rest for Larks, type: mission, aliases: [No Rest for Larks]}\n' +
      'events:\n  - {id: launch, label: launch, triggers: [launched, launch], negations: ["no", not, never], participantTypes: [mission], minParticipants: 1}\n',
    'missions-neg.yml',
  );
  const launches = (sentence: string) =>
    claimsIn(missions, `# Notes\n\n${sentence}\n`, 'event.launch').map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);

  it('is the name\'s word, not the sentence\'s ("the “We Won’t Wait” mission launched"); a negation outside the name still denies', () => {
    expect(launches('The “We Won’t Wait” mission launched from Pad 2 on 4 May 2031.')).toEqual([['wont-wait', 'happened']]);
    expect(launches('The No Rest for Larks mission launched on 9 May 2031.')).toEqual([['no-rest', 'happened']]);
    expect(launches('**“No Rest for Larks” launch details:** one satellite.')).toEqual([['no-rest', 'happened']]);
    expect(launches('The No Rest for Larks mission has not launched.')).toEqual([['no-rest', 'not-happened']]);
  });
});

describe("a date or a name of another event in the sentence (a coordinated conjunct, \"following X\", \"the upcoming X\")", () => {
  const missions = withInlinePack(
    'name: missions-dates\nentityTypes:\n  - {type: mission, headers: [mission]}\nentities:\n' +
      '  - {id: amber-sky, name: Amber Sky, type: mission, aliases: [Amber Sky]}\n  - {id: blue-heron, name: Blue Heron, type: mission, aliases: [Blue Heron]}\n' +
      'events:\n  - {id: launch, label: launch, triggers: [launched, launch, launches, lifted off], negations: ["no", not, never], participantTypes: [mission], minParticipants: 1}\n',
    'missions-dates.yml',
  );
  const launches = (sentence: string) =>
    claimsIn(missions, `---\npublished: 2031-05-02\n---\n# Notes\n\n${sentence}\n`, 'event.launch').map((c) => [c.entity.id, c.modality, c.time?.start ?? null]);

  it('a date that closes the conjunct before ", and its …" is that conjunct\'s, not the next name\'s', () => {
    expect(
      launches('Velora turned around in eight days between its 34th launch, “Amber Sky”, from Pad 2 on March 16, 2031, and its 35th launch, “Blue Heron”, from Pad 1 on March 24, 2031.'),
    ).toEqual([
      ['amber-sky', 'asserted', '2031-03-16'],
      ['blue-heron', 'asserted', '2031-03-24'],
    ]);
    expect(launches('Velora flew a test probe in 2029, and the successful launch of the Blue Heron mission for the navy followed.')).toEqual([['blue-heron', 'asserted', null]]);
  });

  it('a date after "following …" or "after …" is the date of the events it names', () => {
    expect(launches('The “Blue Heron” mission was our fourth launch for the operator following launches in 2028 and 2029.')).toEqual([['blue-heron', 'asserted', null]]);
    expect(launches('The launch plan for Amber Sky was set following the successful Kestrel-6 launch in June.')).toEqual([['amber-sky', 'asserted', null]]);
  });

  it('a name after "following the …", "after the …" or "the upcoming" takes no part in the event the sentence tells', () => {
    expect(launches('“Blue Heron” will be our third launch for the operator following the successful “Amber Sky” mission launched in March 2031.')).toEqual([['blue-heron', 'predicted', null]]);
    expect(launches('This mission will launch just three months after the  [“Amber Sky”](https://example.com/a) mission, our first launch for them.')).toEqual([]);
    expect(launches('The partnership began with our first launch and continues today with the upcoming Blue Heron mission.')).toEqual([]);
  });
});

describe('units of one dimension', () => {
  it('one attribute takes every unit of its dimension, converted; of attributes in several units, the figure’s own wins', () => {
    const one = withInlinePack(
      'name: cars1\nentityTypes:\n  - {type: car, headers: [car]}\nentities:\n  - {id: vela-4, name: Vela 4, type: car, aliases: [Vela 4]}\nattributes:\n' +
        '  - {id: power, label: power, kind: quantity, unit: kW, triggers: [power, develops], subjects: [car]}\n',
      'cars1.yml',
    );
    expect(figuresWith(one, 'The Vela 4 develops 150 kW.', 'power')).toEqual([['vela-4', 150]]);
    const [[, ps]] = figuresWith(one, 'The Vela 4 develops 204 PS.', 'power') as [[string, number]];
    expect(Math.round(ps * 10) / 10).toBe(150);
    const split = withInlinePack(
      'name: cars2\nentityTypes:\n  - {type: car, headers: [car]}\n  - {type: motorbike, headers: [motorbike]}\nentities:\n  - {id: vela-4, name: Vela 4, type: car, aliases: [Vela 4]}\nattributes:\n' +
        '  - {id: power.kw, label: power (kW), kind: quantity, unit: kW, triggers: [power, develops], subjects: [car]}\n' +
        // Other subjects: not one quantity written twice (those are merged, below), so both attributes stand.
        '  - {id: power.bhp, label: power (bhp), kind: quantity, unit: bhp, triggers: [power, develops], subjects: [car, motorbike]}\n',
      'cars2.yml',
    );
    expect(figuresWith(split, 'The Vela 4 develops 250bhp.', 'power.bhp')).toEqual([['vela-4', 250]]);
    expect(figuresWith(split, 'The Vela 4 develops 150 kW.', 'power.kw')).toEqual([['vela-4', 150]]);
    expect(figuresWith(split, 'The Vela 4 develops 150 kW.', 'power.bhp')).toEqual([]);
  });
});

describe('a title in quotes before a figure', () => {
  it('is what the sentence is about: the figure takes no subject from the page or the sentence before', () => {
    const missions = withInlinePack(
      'name: missions3\nentityTypes:\n  - {type: mission, headers: [mission]}\nentities:\n  - {id: orbis-3, name: Orbis-3, type: mission, aliases: [Orbis-3]}\n' +
        'attributes:\n  - {id: cost, label: mission cost, kind: quantity, unit: USD, triggers: [cost, budget], subjects: [mission], timeless: true}\n',
      'missions3.yml',
    );
    const costs = (text: string) => figuresWith(missions, text, 'cost', 'Orbis-3');
    expect(costs('Orbis-3 cost $75 million. The whole venture cost $80 million.')).toEqual([
      ['orbis-3', 75e6],
      ['orbis-3', 80e6],
    ]);
    expect(costs('Orbis-3 cost $75 million. Meanwhile, the film ‘Star Harbour’ cost $90 million.')).toEqual([['orbis-3', 75e6]]);
    expect(costs("Orbis-3 is cheaper than the film 'Star Harbour' (budget: $90 million).")).toEqual([]);
  });
});

describe('a member of a family written with its number glued to the family\'s name ("Quillon V3 Pro")', () => {
  const handsets = withInlinePack(
    'name: handsets-glued\nentityTypes:\n  - {type: handset, headers: [handset, model]}\nentities:\n' +
      '  - {id: quillon-v, name: Quillon V series, type: family, aliases: [Quillon V series, Quillon V], memberType: handset}\n' +
      '  - {id: quillon-v3, name: Quillon V3, type: handset, family: quillon-v, aliases: [Quillon V3]}\n' +
      '  - {id: brantor-k, name: Brantor K line, type: family, aliases: [Brantor K line]}\n' +
      'attributes:\n' +
      '  - {id: cell, label: battery capacity, kind: quantity, unit: mAh, unitWords: [mah], triggers: [battery], headers: [battery], subjects: [handset]}\n',
    'handsets-glued.yml',
  );
  const cells = (sentence: string) => figuresWith(handsets, sentence, 'cell', 'Quillon V series');

  it('is a member of the family, in prose, and the subject of its sentence', () => {
    expect(cells('The Quillon V7 Pro has a 5,200 mAh battery.')).toEqual([['quillon-v7-pro', 5200]]);
    expect(cells('The Quillon V12 Ultra weighs 230 g. It has a 5,500 mAh battery.')).toEqual([['quillon-v12-ultra', 5500]]);
    expect(cells('The Quillon V3 has a 4,100 mAh battery.')).toEqual([['quillon-v3', 4100]]);
  });

  it('is a name of its own with a longer number or letters after it, never the shorter member', () => {
    expect(cells('The Quillon V30 has a 4,900 mAh battery.')).toEqual([['quillon-v30', 4900]]);
    // "V3D" is another name than "V3" (a pack that means the same lists it as an alias).
    expect(cells('The Quillon V3D has a 4,900 mAh battery.')).toEqual([['quillon-v3d', 4900]]);
    // Glued inside a longer word, the family's name is not there: the figure is no one's.
    expect(cells('The QuillonV3 has a 4,900 mAh battery.')).toEqual([]);
  });

  it("is no member of a family whose members' type no pack gives", () => {
    expect(cells('The Brantor K5 has a 4,900 mAh battery.')).toEqual([]);
  });

  it('in a table row, under a header of no type', () => {
    const table = '| Name | Battery |\n|---|---|\n| Quillon V7 Pro | 5,200 mAh |\n| Quillon V30 | 4,900 mAh |';
    expect(figuresWith(handsets, table, 'cell', 'Notes')).toEqual([
      ['quillon-v7-pro', 5200],
      ['quillon-v30', 4900],
    ]);
  });
});

describe('a family of cars, and names that only say what a car rivals', () => {
  const cars = withInlinePack(
    'name: cars3\nentityTypes:\n  - {type: car, headers: [car, saloon]}\nentities:\n' +
      '  - {id: zephyr, name: Corvane Zephyr, type: family, aliases: [Corvane Zephyr, Zephyr], memberPrefixes: [zephyr-], memberType: car}\n' +
      '  - {id: zephyr-lr, name: Zephyr LR, type: car, family: zephyr, aliases: [Zephyr LR]}\n' +
      '  - {id: vela, name: Halden Vela, type: family, aliases: [Halden Vela, Vela], memberType: car}\n' +
      'attributes:\n' +
      '  - {id: length, label: length, kind: quantity, unit: mm, triggers: [long, length, longueur, langen, comprimento], blockers: [width, largeur, wheelbase], subjects: [car]}\n' +
      '  - {id: battery, label: battery, kind: quantity, unit: kWh, triggers: [battery, bateria], subjects: [car]}\n',
    'cars3.yml',
  );
  const lengths = (sentence: string) => figuresWith(cars, sentence, 'length', 'Corvane Zephyr arrives');

  it("a family whose members are cars is described as a car is: its name may hold a car's figure", () => {
    expect(lengths('The Zephyr is 4,800 mm long.')).toEqual([['zephyr', 4800]]);
    expect(lengths('The Zephyr LR is 4,800 mm long.')).toEqual([['zephyr-lr', 4800]]);
  });

  it('a name after "rival to", "concorrente do" is not the subject: the page\'s is', () => {
    expect(lengths('The rival to the Halden Vela is 4,800 mm long.')).toEqual([['zephyr', 4800]]);
    expect(figuresWith(cars, 'O concorrente do Halden Vela traz uma bateria de 58,2 kWh.', 'battery', 'Corvane Zephyr')).toEqual([['zephyr', 58.2]]);
    expect(lengths('It is longer than the Halden Vela at 4,800 mm long.')).toEqual([['zephyr', 4800]]);
    // A compound that names the rival is no member of the rival's line.
    expect(lengths('Der Zephyr-Konkurrent ist 4800 mm lang.')).toEqual([]);
  });

  it('the name a German figure phrase modifies, after its adjective ("beim 4.800 mm langen X")', () => {
    expect(lengths('Auch beim 4650 mm langen Halden Vela sitzt der Akku unter dem Boden.')).toEqual([['vela', 4650]]);
  });

  it('a blocker listed after the figure, with a figure of its own, is that figure\'s', () => {
    expect(lengths('The Zephyr has a length of 4,650 mm, a width of 1,810 mm and a wheelbase of 2,770 mm.')).toEqual([['zephyr', 4650]]);
    expect(lengths('Côté gabarit, le Zephyr mesure en longueur 4 650 mm, pour une largeur de 1 810 mm.')).toEqual([['zephyr', 4650]]);
    expect(lengths('The Zephyr has a 2,920 mm wheelbase and is long.')).toEqual([]);
  });

  it("a blocker after another figure in the same unit is that figure's; a blocker before the figures still blocks them all", () => {
    expect(lengths('The Zephyr is 4,650 mm long and 1,810 mm in width.')).toEqual([['zephyr', 4650]]);
    expect(lengths('O Zephyr tem 4.650 mm de comprimento e 2.770 mm de wheelbase, e 6,5 m de raio.')).toEqual([['zephyr', 4650]]);
    expect(lengths('The Zephyr, with its wheelbase of 2,770 mm, is 4,650 mm long.')).toEqual([]);
  });

  it('a figure listed right before one a trigger took, in the same unit, is another value of it', () => {
    const batteries = (sentence: string) => figuresWith(cars, sentence, 'battery', 'Corvane Zephyr');
    expect(batteries('The Zephyr comes with a 58.2 kWh or a 77.4 kWh battery.')).toEqual([['zephyr', 58.2], ['zephyr', 77.4]]);
    expect(batteries('O Zephyr tem bateria de 58,2 kWh e de 77,4 kWh.')).toEqual([['zephyr', 58.2], ['zephyr', 77.4]]);
    // Figures handed out in order ("respectively") are not one subject's values.
    expect(batteries('The Zephyr and the Halden Vela have a 58.2 kWh and a 77.4 kWh battery, respectively.')).not.toContainEqual(['zephyr', 58.2]);
    // Another unit, or a word of its own between them: not listed with it.
    expect(batteries('The Zephyr charges at 150 kW and 77.4 kWh is its battery.')).toEqual([['zephyr', 77.4]]);
    expect(batteries('The Zephyr weighs 58.2 kWh less than its 77.4 kWh battery.')).toEqual([['zephyr', 77.4]]);
    // A bare number with a noun of its own counts that noun: it is no second value of the figure before it.
    const makers = packOf('makers', 'maker', ['{id: corvane, name: Corvane, type: maker, aliases: [Corvane]}'], ['{id: sales, label: sales, kind: quantity, unit: units, triggers: [sales, ventas], subjects: [maker]}']);
    expect(figuresWith(makers, 'In Spain, Corvane has almost 300 sales and 7 dealerships.', 'sales')).toEqual([['corvane', 300]]);
    expect(figuresWith(makers, 'En Chile, Corvane cuenta con 300 ventas y 7 concesionarios.', 'sales')).toEqual([['corvane', 300]]);
    expect(figuresWith(makers, 'Corvane had 500 sales in 2024 and 700 in 2025.', 'sales')).toEqual([['corvane', 500], ['corvane', 700]]);
  });
});

describe('a part counted from a whole', () => {
  const flights = packOf('flights', 'flight', ['{id: cv-12, name: Corvane Air 12, type: flight, aliases: [Corvane Air 12, コルヴェイン航空12便, 코르베인항공 12편]}'], [
    '{id: on-board, label: people on board, kind: quantity, unit: person, triggers: [乗客・乗員, 탑승자, people on board], subjects: [flight]}',
    '{id: injured, label: injured, kind: quantity, unit: person, triggers: [けが, 부상, injured], subjects: [flight]}',
  ]);
  const read = figuresOf(flights, 'Corvane Air 12', ['on-board', 'injured']);

  it('a trigger right before "のうち" or "중" names the whole: the figure after it is not that count', () => {
    expect(read('コルヴェイン航空12便の乗客・乗員のうち9人がけがをした。')).toEqual([['injured', 9]]);
    expect(read('코르베인항공 12편 탑승자 중 9명이 부상을 입었다.')).toEqual([['injured', 9]]);
    expect(read('コルヴェイン航空12便の乗客・乗員は212人だった。')).toEqual([['on-board', 212]]);
  });

  it('a part counted from a whole figure takes nothing the whole\'s words say of the whole ("212人のうち9人", "9 of them", "9 of the 212 people on board")', () => {
    // The whole itself is no value either ("500議席のうち212議席" above).
    expect(read('コルヴェイン航空12便の乗客・乗員212人のうち9人が病院に搬送された。')).toEqual([]);
    expect(read('コルヴェイン航空12便の乗客・乗員212人のうち9人がけがをした。')).toEqual([['injured', 9]]);
    expect(read('코르베인항공 12편 탑승자 212명 중 9명이 병원으로 옮겨졌다.')).toEqual([['on-board', 212]]);
    expect(read('Corvane Air 12 carried 212 people on board, and 9 of them were taken to hospital.')).toEqual([['on-board', 212]]);
    expect(read('On Corvane Air 12, 9 of the 212 people on board were taken to hospital.')).toEqual([]);
    expect(read('Corvane Air 12 carried 212 people on board, and 9 were injured.')).toEqual([['on-board', 212], ['injured', 9]]);
  });
});

describe('figures side by side with nothing between them', () => {
  const deals = packOf('deals2', 'company', ['{id: halden, name: Halden Systems, type: company, aliases: [Halden Systems, Halden]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    '{id: revenue.growth, label: revenue growth, kind: quantity, unit: percent, triggers: [revenue growth, change], outranks: [revenue], subjects: [company]}',
  ]);
  const read = figuresOf(deals, 'Halden Systems', ['revenue', 'revenue.growth']);

  it('are the columns of a table that lost its separators: those in one unit are not read, a change alone in its unit is', () => {
    expect(read('Halden revenue $3.9 billion $4.2 billion')).toEqual([]);
    expect(read('Halden revenue $3.9 billion $4.2 billion 8% change')).toEqual([['revenue.growth', 8]]);
    expect(read('Halden revenue was $3.9 billion in 2024 and $4.2 billion in 2025.')).toEqual([['revenue', 3.9e9], ['revenue', 4.2e9]]);
  });
});

describe('the noun a figure counts and the predicate after it', () => {
  const flights = packOf('flights3', 'flight', ['{id: cv-12, name: Corvane Air 12, type: flight, aliases: [Corvane Air 12, コルベーン12便, 코르베인 12편]}', '{id: hd-3, name: Halden 3, type: flight, aliases: [Halden 3, ハルデン3便]}'], [
    '{id: on-board, label: people on board, kind: quantity, unit: people, triggers: [people, on board, 乗員, 搭乗, 탑승], subjects: [flight]}',
    '{id: injured, label: injured, kind: quantity, unit: injured, triggers: [injured, injuries, けが, 사망], subjects: [flight]}',
  ]);
  const read = figuresOf(flights, 'Corvane Air 12', ['on-board', 'injured']);

  it('"23 people were injured": the predicate says what the figure is, "people" only what it counts', () => {
    expect(read('On Corvane Air 12, 23 people were injured.')).toEqual([['injured', 23]]);
    expect(read('Corvane Air 12 carried 212 people.')).toEqual([['on-board', 212]]);
    expect(read('Corvane Air 12 carried 212 people on board, and 9 people were injured.')).toEqual([['on-board', 212], ['injured', 9]]);
  });

  it('in Japanese and Korean the counted noun stands before the count: "乗員7名がけが", "탑승자 7명 사망"', () => {
    expect(read('コルベーン12便の乗員7名がけがをした。')).toEqual([['injured', 7]]);
    expect(read('コルベーン12便には乗員7名が乗っていた。')).toEqual([['on-board', 7]]);
    // The trigger and its word's suffix (탑승 and 자), and a predicate as near as the noun.
    expect(read('코르베인 12편 탑승자 7명 사망')).toEqual([['injured', 7]]);
  });

  it('a space between Japanese or Chinese characters parts a headline\'s clauses: the second names its own subject', () => {
    const subjects = (sentence: string) =>
      ['on-board', 'injured'].flatMap((a) => claimsIn(flights, `# Notes\n\n${sentence}\n`, a).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]));
    expect(subjects('ハルデン3便の乗員7名がけが 乗客4人けが')).toEqual([['hd-3', 'injured', 7]]);
    expect(subjects('ハルデン3便の乗員7名がけが、乗客4人けが')).toEqual([['hd-3', 'injured', 7], ['hd-3', 'injured', 4]]);
  });
});

describe('a clause that opens on a thing of the type it does not name', () => {
  const craft = withInlinePack(
    'name: craft\nentityTypes:\n  - {type: spacecraft, headers: [spacecraft, lander, rover, 着陆器, 月球车]}\n  - {type: person, headers: [captain, 机长]}\n' +
      'entities:\n  - {id: halden-pm, name: Halden propulsion module, type: spacecraft, aliases: [Halden propulsion module, 哈尔登推进舱]}\n' +
      'attributes:\n  - {id: mass, label: mass, kind: quantity, unit: kg, triggers: [weighs, 重], subjects: [spacecraft]}\n  - {id: crew, label: crew, kind: quantity, unit: person, triggers: [crew, 人], subjects: [spacecraft]}\n',
    'craft.yml',
  );
  const read = (sentence: string, attribute = 'mass') => figuresWith(craft, sentence, attribute);

  it('"…，着陆器重1500千克", "…, lander 1,500 kg": the figure is not the named thing\'s', () => {
    expect(read('哈尔登推进舱重2300千克，着陆器重1500千克，月球车重30千克。')).toEqual([['halden-pm', 2300]]);
    expect(read('The Halden propulsion module weighs 2,300 kg, lander weighs 1,500 kg.')).toEqual([['halden-pm', 2300]]);
  });

  it('"the lander", an appositive, a noun of a type the attribute does not describe, and a noun with no figure before it leave the name its figure', () => {
    expect(read('The Halden propulsion module is ready, and the lander weighs 1,500 kg.')).toEqual([['halden-pm', 1500]]);
    expect(read('The Halden propulsion module, lander that it is, weighs 1,500 kg.')).toEqual([['halden-pm', 1500]]);
    expect(read('哈尔登推进舱载有8人，机长除外共7人。', 'crew')).toEqual([['halden-pm', 8], ['halden-pm', 7]]);
    // With no figure of the name's own before it, the noun refers back to the name.
    expect(read('哈尔登推进舱发射成功，着陆器重1500千克。')).toEqual([['halden-pm', 1500]]);
  });

  it('a noun of another type than the name\'s opens a clause about something else, figure before it or none; a list\'s dash parts clauses', () => {
    const firms = withInlinePack(
      'name: firms\nentityTypes:\n  - {type: company, headers: [company, 公司]}\n  - {type: segment, headers: [segment, 业务]}\n' +
        'entities:\n  - {id: halden, name: Halden Systems, type: company, aliases: [Halden Systems, 哈尔登]}\n  - {id: halden-games, name: Halden Games, type: segment, aliases: [游戏业务]}\n' +
        'attributes:\n  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [营收, revenue], subjects: [company, segment]}\n',
      'firms.yml',
    );
    const revenue = (sentence: string) => figuresWith(firms, sentence, 'revenue');
    expect(revenue('游戏业务表现稳定，公司营收达到50亿美元。')).toEqual([]);
    expect(revenue('游戏业务表现稳定 - 公司营收达到50亿美元。')).toEqual([]);
    // The noun is a topic the clauses after it go on about.
    expect(revenue('游戏业务表现稳定，公司季度营收达到50亿美元，全年营收达到180亿美元。')).toEqual([]);
    // The same type: the noun refers back to the name ("哈尔登发布财报，公司营收…").
    expect(revenue('哈尔登发布财报，公司营收达到50亿美元。')).toEqual([['halden', 5e9]]);
    expect(revenue('游戏业务营收达到8亿美元。')).toEqual([['halden-games', 8e8]]);
  });
});

describe('a description that names the type, in other languages', () => {
  const flights = withInlinePack(
    'name: flights2\nentityTypes:\n  - {type: flight, headers: [flight, vol, vuelo, volo, Flug]}\nentities:\n  - {id: cv-12, name: Corvane Air 12, type: flight, aliases: [Corvane Air 12]}\n' +
      'attributes:\n  - {id: on-board, label: people on board, kind: quantity, unit: person, unitWords: [personnes, personas, persone, Personen], triggers: [à bord, a bordo, an Bord], subjects: [flight]}\n',
    'flights2.yml',
  );
  const read = (text: string) => claimsIn(flights, `# Notes\n\n${text}\n`, 'on-board').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.subjectVia]);

  it('"le vol", "el vuelo", "der Flug" refer to the flight named before', () => {
    expect(read('Corvane Air 12 a atterri à Halden. Le vol transportait 212 personnes à bord.')).toEqual([['cv-12', 212, 'reference']]);
    expect(read('Corvane Air 12 aterrizó en Halden. El vuelo llevaba 212 personas a bordo.')).toEqual([['cv-12', 212, 'reference']]);
    expect(read('Corvane Air 12 landete in Halden. Der Flug hatte 212 Personen an Bord.')).toEqual([['cv-12', 212, 'reference']]);
    // Several things: no one name.
    expect(read('Corvane Air 12 a atterri à Halden. Les vols transportaient 212 personnes à bord.')).toEqual([]);
    // What the sentence opens on belongs to the flight: "the cabin of the flight", "die Kabine des Flugs".
    expect(read('Corvane Air 12 landete in Halden. Die Kabine des Flugs hatte 212 Personen an Bord.')).toEqual([['cv-12', 212, 'reference']]);
    expect(read('Corvane Air 12 a atterri à Halden. La cabine du vol comptait 212 personnes à bord.')).toEqual([['cv-12', 212, 'reference']]);
    // A place named by the type, inside the sentence, is no owner.
    expect(read('Corvane Air 12 a atterri à Halden. Un avion au nord du vol comptait 212 personnes à bord.')).toEqual([]);
  });
});

describe('two attributes that share a trigger, for subjects of two types', () => {
  const costs = withInlinePack(
    'name: costs\nentityTypes:\n  - {type: mission, headers: [mission]}\n  - {type: film, headers: [film, movie]}\nentities:\n' +
      '  - {id: vela-3, name: Vela-3, type: mission, aliases: [Vela-3]}\n  - {id: star-harbour, name: Star Harbour, type: film, aliases: [Star Harbour]}\n  - {id: dune-rider, name: Dune Rider, type: film, aliases: [Dune Rider]}\n' +
      'attributes:\n  - {id: mission.cost, label: mission cost, kind: quantity, unit: INR, unitWords: [crore, Rs], triggers: [cost, budget], subjects: [mission]}\n' +
      '  - {id: film.budget, label: film budget, kind: quantity, unit: USD, triggers: [cost, budget], subjects: [film]}\n',
    'costs.yml',
  );
  const read = (text: string) => claimsUnder(costs, 'Notes', text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it("a figure in one's currency goes to the other when only the other's subject is named before it", () => {
    expect(read('The movie Star Harbour cost Rs 320 crore.')).toEqual([['star-harbour', 'film.budget', 3.2e9]]);
    expect(read('Vela-3 cost Rs 540 crore.')).toEqual([['vela-3', 'mission.cost', 5.4e9]]);
    expect(read('Vela-3 was built on a budget of $66 million.')).toEqual([['vela-3', 'mission.cost', 66e6]]);
  });

  it('a figure alone in parentheses after a compared name is that name\'s', () => {
    expect(read('Vela-3 cost less than an Orbis jet (Rs 900 crore).')).toEqual([]);
    expect(read('Star Harbour is lighter on its budget than Dune Rider ($85 million vs $140 million).')).toEqual([['star-harbour', 'film.budget', 85e6]]);
  });
});

describe('a list of figures the sentence before opened', () => {
  const parties = packOf('polls2', 'party', ['{id: harbour-party, name: Harbour Party, type: party, aliases: [Harbour Party, ハーバー党]}', '{id: coast-party, name: Coast Party, type: party, aliases: [Coast Party, コースト党]}'], ['{id: seats, label: seats won, kind: quantity, unit: seats, unitWords: [seats, 議席], triggers: [], subjects: [party]}']);
  const modalities = (text: string) => claimsIn(parties, `# Notes\n\n${text}\n`, 'seats').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('in Japanese, a sentence that ends on its figure goes on with the forecast before it; a full sentence does not', () => {
    expect(modalities('出口調査によるとハーバー党は301議席。コースト党は122議席。')).toEqual([
      ['harbour-party', 301, 'predicted'],
      ['coast-party', 122, 'predicted'],
    ]);
    expect(modalities('出口調査によるとハーバー党は301議席。コースト党は122議席を獲得した。')).toEqual([
      ['harbour-party', 301, 'predicted'],
      ['coast-party', 122, 'asserted'],
    ]);
    expect(modalities('ハーバー党は301議席。コースト党は122議席。')).toEqual([
      ['harbour-party', 301, 'asserted'],
      ['coast-party', 122, 'asserted'],
    ]);
  });
});

describe('forecasts and polls', () => {
  const seats = packOf('polls', 'party', ['{id: harbour-party, name: Harbour Party, type: party, aliases: [Harbour Party, Harbour]}'], ['{id: seats, label: seats won, kind: quantity, unit: seats, unitWords: [seats, Sitze, zetels, seggi, sièges, 議席], triggers: [], subjects: [party]}']);
  const modalities = (sentence: string) => claimsIn(seats, `# Notes\n\n${sentence}\n`, 'seats').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('a projection, an exit poll and an opinion poll are no count: they never make a conflict', () => {
    expect(modalities('The Harbour Party is predicted to take 288 seats.')).toEqual([[288, 'predicted']]);
    expect(modalities('The Harbour Party ends the night on a projected total of 290 seats.')).toEqual([[290, 'predicted']]);
    expect(modalities('Die Harbour Party kommt laut Prognose auf 37 Sitze.')).toEqual([[37, 'predicted']]);
    expect(modalities('Volgens de exitpolls wint de Harbour Party 44 zetels.')).toEqual([[44, 'predicted']]);
    expect(modalities('According to a poll, the Harbour Party holds 40 seats.')).toEqual([[40, 'hedged']]);
    expect(modalities('The Harbour Party won 291 seats.')).toEqual([[291, 'asserted']]);
    // The conditional of unconfirmed reports.
    expect(modalities('Secondo fonti interne, la Harbour Party avrebbe 23 seggi.')).toEqual([[23, 'reported']]);
    expect(modalities('La Harbour Party aurait obtenu 23 sièges.')).toEqual([[23, 'reported']]);
    // An estimate: supporting evidence, never a side of a conflict on its own.
    expect(modalities('Si stima che la Harbour Party abbia 155 seggi.')).toEqual([[155, 'hedged']]);
    expect(modalities('Die Harbour Party kommt schätzungsweise auf 155 Sitze.')).toEqual([[155, 'hedged']]);
    expect(modalities('Analysts estimate that the Harbour Party holds 155 seats.')).toEqual([[155, 'hedged']]);
    expect(modalities('It is estimated that the Harbour Party holds 155 seats.')).toEqual([[155, 'hedged']]);
  });

  it('seats still to be handed out are no party\'s: "with 41 seats still to be declared", "met nog 17 zetels te verdelen"', () => {
    expect(modalities('The Harbour Party has 288 seats, with 41 seats still to be declared.')).toEqual([[288, 'asserted']]);
    expect(modalities('De Harbour Party staat op 350 zetels, met nog 17 zetels te verdelen.')).toEqual([[350, 'asserted']]);
    expect(modalities('Die Harbour Party hat 200 Sitze, noch 12 Sitze zu vergeben.')).toEqual([[200, 'asserted']]);
    expect(modalities('La Harbour Party a 80 sièges, 12 sièges restant à attribuer.')).toEqual([[80, 'asserted']]);
    expect(modalities('The Harbour Party won 12 seats to become the third party.')).toEqual([[12, 'asserted']]);
  });

  it('what was expected, in the languages of the news, is a forecast; a party\'s "consenso" (support) is not', () => {
    expect(modalities('La Harbour Party: el sondeo preveía 180 seats.')).toEqual([[180, 'predicted']]);
    expect(modalities('Pour la Harbour Party, les analystes s\'attendaient à 180 sièges.')).toEqual([[180, 'predicted']]);
    expect(modalities('Die Harbour Party erwartete 180 Sitze.')).toEqual([[180, 'predicted']]);
    expect(modalities('The consensus for the Harbour Party was 180 seats.')).toEqual([[180, 'predicted']]);
    expect(modalities('La Harbour Party porta il suo consenso a 180 seggi.')).toEqual([[180, 'asserted']]);
  });
});

describe('one quantity written as two attributes, one per unit', () => {
  const cars = packOf('cars4', 'car', ['{id: zephyr, name: Zephyr, type: car, aliases: [Zephyr]}'], [
    '{id: length.m, label: length (m), kind: quantity, unit: m, unitWords: [m, metres, Meter], triggers: [long, length, langen], subjects: [car], minimum: 3, maximum: 6}',
    '{id: length.mm, label: length (mm), kind: quantity, unit: mm, unitWords: [mm], triggers: [long, length], subjects: [car], minimum: 3000, maximum: 6000}',
    '{id: power.kw, label: power (kW), kind: quantity, unit: kW, triggers: [power, develops], subjects: [car]}',
    '{id: power.bhp, label: power (bhp), kind: quantity, unit: bhp, unitWords: [bhp], triggers: [develops, horsepower], subjects: [car]}',
    '{id: charging, label: charging power, kind: quantity, unit: kW, triggers: [charging], subjects: [car], outranks: [power.bhp]}',
  ]);
  const read = (...texts: string[]) => {
    const analysis = analyse(texts.map((text, i) => ({ file: `${i}.md`, text: `# Zephyr\n\n${text}\n` })), { lexicon: cars });
    return {
      claims: analysis.claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? Math.round(c.value.min! * 1000) / 1000 : null]),
      conflicts: analysis.report.conflicts.map((c) => c.message),
    };
  };

  it('is one attribute, in the first one\'s unit: figures in either unit meet, each unit word still names its unit', () => {
    expect(read('The Zephyr is 4,800 mm long.').claims).toEqual([['length.m', 4.8]]);
    expect(read('The Zephyr is 4.52 metres long.', 'The Zephyr is 4,720 mm long.').conflicts).toEqual(['Zephyr length (m): 4.52 m vs 4.72 m (4,720 mm)']);
    expect(read('The Zephyr develops 308bhp.').claims).toEqual([['power.kw', 229.676]]);
    expect(read('The Zephyr develops 230 kW.', 'The Zephyr develops 308bhp.').conflicts).toEqual([]);
    // An outranks that named the merged attribute names the one it was merged into.
    expect(cars.attributes.get('charging')?.outranks).toEqual(['power.kw']);
    expect(cars.attributes.has('length.mm')).toBe(false);
  });

  it("a pack's minimum and maximum hold in the attribute's unit, whatever unit the figure is written in", () => {
    const metres = packOf('cars5', 'car', ['{id: zephyr, name: Zephyr, type: car, aliases: [Zephyr]}'], ['{id: length, label: length, kind: quantity, unit: m, triggers: [long], subjects: [car], minimum: 3, maximum: 6}']);
    expect(figuresWith(metres, 'The Zephyr is 4,800 mm long.', 'length')).toEqual([['zephyr', 4.8]]);
    expect(figuresWith(metres, 'The Zephyr is 4,800 m long.', 'length')).toEqual([]);
  });
});

describe('the date of a saying, not of what it predicts', () => {
  it('"In May, X said it will launch Y": May dates the saying; a date after the prediction dates the event', () => {
    const dates = (sentence: string) =>
      claimsIn(withPack('phones'), `---\ndate: 2026-06-10\n---\n\n${sentence}\n`, 'event.launch').map((c) => [c.modality, c.time?.text ?? null]);
    expect(dates('In May, Orbita said it will launch the Nova 8 soon.')).toEqual([['predicted', null]]);
    expect(dates('Orbita said it will launch the Nova 8 on March 17.')).toEqual([['predicted', 'March 17']]);
  });
});

describe('a label line whose value is a figure in a size-like unit', () => {
  it('"128K tokens" is the figure, no size of the family; "8B≈61%" still is one', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const read = (heading: string, line: string) =>
      analyse([{ file: 'a.md', text: `# ${heading}\n\n${line}\n` }], { lexicon: builtin }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(read('Qwen2.5-72B', '- Context window: 128K tokens, enough for long reports')).toEqual([['qwen2.5-72b', 'context.window', 128000]]);
    expect(read('Qwen2.5', '- MMLU: 32B≈83%, 72B≈86%')).toEqual([
      ['qwen2.5-32b', 'benchmark.mmlu', 83],
      ['qwen2.5-72b', 'benchmark.mmlu', 86],
    ]);
  });
});

describe('a spec sheet row whose label opens with a name', () => {
  it('is about that name ("| Service Module Weight | 1,930 kg |"), not the page\'s; a name later in the label is not', () => {
    const craft = packOf('craft', 'spacecraft', [
      '{id: orbis-3, name: Orbis-3, type: spacecraft, aliases: [Orbis-3]}',
      '{id: orbis-sm, name: Orbis-3 service module, type: spacecraft, aliases: [Service Module]}',
    ], ['{id: mass, label: mass, kind: quantity, unit: kg, triggers: [weight, mass], headers: [weight, mass, service module weight, weight (vs service module)], subjects: [spacecraft]}']);
    const table = (row: string) => claimsIn(craft, `# Orbis-3\n\n| Parameter | Value |\n|---|---|\n${row}\n`, 'mass').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(table('| Service Module Weight | 1,930 kg |')).toEqual([['orbis-sm', 1930]]);
    expect(table('| Weight | 3,900 kg |')).toEqual([['orbis-3', 3900]]);
    expect(table('| Weight (vs Service Module) | 3,900 kg |')).toEqual([['orbis-3', 3900]]);
  });
});

describe('a place something is measured from', () => {
  it('is not the subject: "near the border with X", "north of X", "km from X"', () => {
    const quakes = packOf('quakes', 'country', [
      '{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia]}',
      '{id: belmark, name: Belmark, type: country, aliases: [Belmark]}',
    ], ['{id: toll, label: death toll, kind: quantity, unit: deaths, triggers: [dead, killed], subjects: [country]}']);
    const tolls = (sentence: string) => figuresWith(quakes, sentence, 'toll');
    expect(tolls('A quake shook Ardenia near the border with Belmark, leaving 460 dead.')).toEqual([['ardenia', 460]]);
    expect(tolls('A quake shook Ardenia 40 km from Belmark, leaving 460 dead.')).toEqual([['ardenia', 460]]);
    expect(tolls('A quake shook Ardenia, north of Belmark, leaving 460 dead.')).toEqual([['ardenia', 460]]);
  });
});

describe('names compared with, in other languages', () => {
  it('"es parecido a X", "par rapport à X", "im Vergleich zum X", and a name past a semicolon, leave the page its subject', () => {
    const cars = packOf('cars6', 'car', [
      '{id: zephyr, name: Zephyr, type: car, aliases: [Zephyr]}',
      '{id: vela, name: Halden Vela, type: car, aliases: [Halden Vela]}',
    ], ['{id: length, label: length, kind: quantity, unit: m, unitWords: [metros, mètres, Meter], triggers: [mide, longueur, lang], subjects: [car]}']);
    const lengths = (sentence: string) => figuresWith(cars, sentence, 'length', 'Zephyr');
    expect(lengths('Mide 4,6 metros; por tamaño recuerda a un Halden Vela.')).toEqual([['zephyr', 4.6]]);
    expect(lengths('Sa longueur de 4,6 mètres reste modeste par rapport à la Halden Vela.')).toEqual([['zephyr', 4.6]]);
    expect(lengths('Im Vergleich zum Halden Vela ist er mit 4,6 Meter kaum lang.')).toEqual([['zephyr', 4.6]]);
  });
});

describe('a count of what is left or added', () => {
  it('"five more games" is read, and holds the trigger after "more"', () => {
    const games = packOf('games2', 'player', ['{id: tomas-varga, name: Tomas Varga, type: player, aliases: [Tomas Varga, Varga]}'], ['{id: games-remaining, label: games remaining, kind: quantity, unit: games, triggers: [more games, games left], subjects: [player]}']);
    expect(figuresWith(games, 'Tomas Varga gets five more games before the break.', 'games-remaining')).toEqual([['tomas-varga', 5]]);
    // The trigger is the nearer figure's: not "34 games" played before it.
    expect(figuresWith(games, 'Tomas Varga has started 21 games, and Tomas Varga gets five more games.', 'games-remaining')).toEqual([['tomas-varga', 5]]);
  });

  it('an amount said to be added after it, in Japanese ("…が追加された"), is no total', () => {
    const films = packOf('films2', 'film', ['{id: lantern, name: Lantern, type: film, aliases: [Lantern]}'], ['{id: gross, label: gross, kind: quantity, unit: USD, triggers: [興行収入, 興収], subjects: [film]}']);
    expect(figuresWith(films, 'Lanternの興行収入に210万ドル(約3億円)が追加された。', 'gross')).toEqual([]);
    expect(figuresWith(films, 'Lanternの興行収入は2億1,000万ドルに達した。', 'gross')).toEqual([['lantern', 210e6]]);
  });
});

describe('a name that is also a category value, and type nouns in a row', () => {
  const chips = withInlinePack(
    'name: chips\nentityTypes:\n  - {type: gpu, headers: [gpu, chip, die]}\n  - {type: superchip, headers: [superchip]}\n' +
      'entities:\n  - {id: kestrel, name: Kestrel, type: family, memberType: gpu, aliases: [Kestrel, Kestrel line]}\n  - {id: kestrel-k2, name: K2, type: gpu, family: kestrel, aliases: [K2, Kestrel K2]}\n' +
      '  - {id: duo, name: Duo Superchip, type: superchip, aliases: [Duo Superchip]}\n' +
      'attributes:\n  - {id: transistors, label: transistor count, kind: quantity, unit: transistor, unitWords: [transistors], triggers: [transistors], subjects: [gpu, superchip, family]}\n' +
      '  - {id: duo.gpu, label: GPUs in the superchip, kind: category, triggers: [pairs], subjects: [superchip], values: [{id: k2, group: k2, synonyms: [K2]}, {id: k1, group: k1, synonyms: [K1]}]}\n',
    'chips.yml',
  );

  it('a value that is also a pack\'s name stays that name: its own figures are its', () => {
    expect(figuresWith(chips, 'The K2 has 90 billion transistors.', 'transistors')).toEqual([['kestrel-k2', 9e10]]);
    expect(claimsIn(chips, '# Notes\n\nThe Duo Superchip pairs two K2.\n', 'duo.gpu').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null])).toEqual([['duo', 'k2']]);
  });

  it('"a multi-chip GPU die": a type noun in capitals after another names nothing', () => {
    expect(claimsIn(chips, '# Kestrel: a multi-chip GPU die, 90 billion transistors\n\nText.\n', 'transistors').map((c) => c.entity.id)).toEqual(['kestrel']);
  });

  it('one figure credited to a family and to its member in one article is no mix-up', () => {
    const line = withInlinePack(
      'name: line\nentityTypes:\n  - {type: gpu, headers: [gpu]}\n' +
        'entities:\n  - {id: kestrel, name: Kestrel, type: family, memberType: gpu, aliases: [Kestrel, Kestrel line]}\n  - {id: kestrel-k2, name: K2, type: gpu, family: kestrel, aliases: [K2]}\n' +
        'attributes:\n  - {id: transistors, label: transistor count, kind: quantity, unit: transistor, unitWords: [transistors], triggers: [transistors], subjects: [gpu, family]}\n',
      'line.yml',
    );
    const { report, claims } = analyse([{ file: 'a.md', text: '# Notes\n\nThe Kestrel line has 92 billion transistors.\n\nThe K2 has 92 billion transistors.\n' }], { lexicon: line });
    expect(claims.map((c) => c.entity.id)).toEqual(['kestrel', 'kestrel-k2']);
    expect(report.conflicts.map((c) => c.rule)).toEqual([]);
  });
});

describe('a figure counted per something', () => {
  const racks = withInlinePack(
    'name: racks\nentityTypes:\n  - {type: system, headers: [system, rack]}\n  - {type: gpu, headers: [gpu]}\n' +
      'entities:\n  - {id: halden-r9, name: Halden R9, type: system, aliases: [Halden R9]}\n' +
      'attributes:\n  - {id: bandwidth, label: bandwidth, kind: quantity, unit: TB/s, triggers: [bandwidth], subjects: [system, gpu]}\n' +
      '  - {id: power, label: power draw, kind: quantity, unit: kW, triggers: [draws, consumes], subjects: [system]}\n' +
      '  - {id: price, label: unit price, kind: quantity, unit: USD, triggers: [sells for, per unit], subjects: [system]}\n',
    'racks.yml',
  );
  it('is a rate of that thing, not the subject\'s value, unless it is a span of time, the subject\'s own kind or the attribute\'s words', () => {
    expect(figuresWith(racks, 'The Halden R9 has a bandwidth of 2.4 TB/s per GPU.', 'bandwidth')).toEqual([]);
    expect(figuresWith(racks, 'The Halden R9 has a bandwidth of 115 TB/s.', 'bandwidth')).toEqual([['halden-r9', 115]]);
    expect(figuresWith(racks, 'The Halden R9 consumes 90 kW per rack.', 'power')).toEqual([['halden-r9', 90]]);
    expect(figuresWith(racks, 'The Halden R9 sells for $52,000 per unit.', 'price')).toEqual([['halden-r9', 52000]]);
    expect(figuresWith(racks, 'The Halden R9 sells for $9,000 per year.', 'price')).toEqual([['halden-r9', 9000]]);
  });

  it('per a member of a line is each member\'s: "128 cores per GPU" of a line of GPUs', () => {
    const line = withInlinePack(
      'name: line\nentityTypes:\n  - {type: gpu, headers: [GPU]}\n  - {type: system, headers: [rack]}\n' +
        'entities:\n  - {id: lark, name: Lark, type: family, memberType: gpu, aliases: [Lark]}\n  - {id: halden-r9, name: Halden R9, type: system, aliases: [Halden R9]}\n' +
        'attributes:\n  - {id: cores, label: cores, kind: quantity, unit: core, unitWords: [cores], triggers: [cores], subjects: [gpu, family, system]}\n',
      'line.yml',
    );
    expect(figuresWith(line, 'Lark has 128 cores per GPU.', 'cores')).toEqual([['lark', 128]]);
    expect(figuresWith(line, 'The Halden R9 has 128 cores per GPU.', 'cores')).toEqual([]);
  });

  it('a sentence opening on "Each node", "Chaque nœud" is about each part: its figures are no one\'s the context gives', () => {
    const power = (text: string) => claimsIn(racks, `# Halden R9\n\n${text}\n`, 'power').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(power('The rack ships in March. Each node draws 3 kW.')).toEqual([]);
    expect(power('The rack ships in March. Chaque nœud consumes 3 kW.')).toEqual([]);
    expect(power('The rack ships in March. It draws 90 kW.')).toEqual([['halden-r9', 90]]);
  });
});

describe('a record-holder whose mark is broken, and times in seconds', () => {
  const runners = withInlinePack(
    'name: runners\nentityTypes:\n  - {type: athlete, headers: [runner, athlete]}\n' +
      'entities:\n  - {id: ada-varga, name: Ada Varga, type: athlete, aliases: [Ada Varga, Varga]}\n  - {id: corra-lind, name: Corra Lind, type: athlete, aliases: [Corra Lind, Lind]}\n' +
      'attributes:\n  - {id: race.time, label: finishing time, kind: quantity, unit: s, triggers: [clocked, clocking, a time of], subjects: [athlete]}\n',
    'runners.yml',
  );
  const times = (sentence: string) => figuresWith(runners, sentence, 'race.time');

  it('is not the subject of the time that broke it: "broke X\'s record with a time of", "to break X\'s record after clocking"', () => {
    expect(times("Ada Varga broke Corra Lind's world record with a time of 2:16:41.")).toEqual([['ada-varga', 8201]]);
    expect(times("Varga ran a fine race to break Lind's record after clocking 2:16:41 in Halden.")).toEqual([['ada-varga', 8201]]);
    expect(times('Corra Lind clocked 2:16:41 in Halden.')).toEqual([['corra-lind', 8201]]);
  });

  it('a pack unit written as a symbol ("s") is the time unit it names: "two hours and 14 seconds" is 7,214 s', () => {
    expect(times('Ada Varga clocked two hours and 14 seconds.')).toEqual([['ada-varga', 7214]]);
  });
});

describe('a phrase set after a name by a comma, and a bare count under a percentage', () => {
  const deals = withInlinePack(
    'name: deals2\nentityTypes:\n  - {type: person, headers: [investor]}\n  - {type: company, headers: [company]}\n' +
      'entities:\n  - {id: ada-varga, name: Ada Varga, type: person, aliases: [Ada Varga, Varga]}\n  - {id: corvane, name: Corvane, type: company, aliases: [Corvane, Corvane Inc]}\n' +
      'attributes:\n  - {id: net-worth, label: net worth, kind: quantity, unit: USD, triggers: [worth], subjects: [person]}\n' +
      '  - {id: stake, label: stake, kind: quantity, unit: percent, triggers: [owns, stake], subjects: [person]}\n',
    'deals2.yml',
  );
  it('"to buy Corvane Inc, worth $29 billion": the phrase is the company\'s, no one else\'s', () => {
    expect(figuresWith(deals, 'Ada Varga offered to buy Corvane Inc, worth $29 billion.', 'net-worth')).toEqual([]);
    expect(figuresWith(deals, 'Ada Varga, worth $73 billion, offered to buy Corvane.', 'net-worth')).toEqual([['ada-varga', 73e9]]);
  });
  it('"owns 61,204,117, or 8.4%, of the shares": the count is no percentage', () => {
    expect(figuresWith(deals, 'Ada Varga owns 61,204,117 Corvane shares.', 'stake')).toEqual([]);
    expect(figuresWith(deals, 'Ada Varga owns a 8.4% stake.', 'stake')).toEqual([['ada-varga', 8.4]]);
  });
});

describe('tables whose columns name the models', () => {
  const models = packOf('models9', 'model', [
    '{id: kestrel-8b, name: Kestrel 8B, type: model, aliases: [Kestrel 8B]}',
    '{id: kestrel-70b, name: Kestrel 70B, type: model, aliases: [Kestrel 70B]}',
  ], ['{id: quiz-score, label: Quiz score, kind: quantity, unit: score, triggers: [Quiz], headers: [quiz], subjects: [model]}']);
  const scores = (header: string) =>
    claimsIn(models, `# Kestrel\n\n| ${header} | Kestrel 8B | Kestrel 70B |\n|---|---|---|\n| Quiz | 61.2 | 80.4 |\n`, 'quiz-score').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('are read whatever the first header cell says the rows are ("Benchmark", "基准"), if it names nothing itself', () => {
    expect(scores('Benchmark')).toEqual([['kestrel-8b', 61.2], ['kestrel-70b', 80.4]]);
    expect(scores('基准')).toEqual([['kestrel-8b', 61.2], ['kestrel-70b', 80.4]]);
    expect(scores('Kestrel 8B')).toEqual([]);
  });

  it('are not read when a column header says more than the name ("Kestrel 8B - It", a variant the pack does not name)', () => {
    const table = `# Kestrel\n\n| Benchmark | Kestrel 8B - It | Kestrel 70B |\n|---|---|---|\n| Quiz | 61.2 | 80.4 |\n`;
    expect(claimsIn(models, table, 'quiz-score')).toEqual([]);
  });

  it('leave out a column whose header names nothing ("Notes"), if two others name entities', () => {
    const table = `# Kestrel\n\n| Benchmark | Kestrel 8B | Kestrel 70B | Notes |\n|---|---|---|---|\n| Quiz | 61.2 | 80.4 | Up 12 points on the old test |\n`;
    expect(claimsIn(models, table, 'quiz-score').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['kestrel-8b', 61.2], ['kestrel-70b', 80.4]]);
  });

  it('a label–value table whose value header carries an aside ("Value (from the paper)") is the page subject\'s', () => {
    const table = `# Kestrel 70B\n\n| Parameter | Value (from the paper) |\n|---|---|\n| Wingspan | 80 |\n`;
    const layers = analyse([{ file: 'a.md', text: table }], { lexicon: models }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(layers).toEqual([['kestrel-70b', 'open.wingspan', 80]]);
  });

  it('a row named by a size alone is the member of that size of the family the page is about', () => {
    const family = packOf('models10', 'model', [
      '{id: lark-3, name: Lark 3, type: model, aliases: [Lark 3]}',
      '{id: lark-3-70b, name: Lark 3 70B, type: model, aliases: [Lark 3 70B]}',
    ], ['{id: gpu-hours, label: GPU hours, kind: quantity, unit: gpu-hour, headers: [training hours], subjects: [model]}']);
    const table = `# Lark 3 model card\n\n| Model | Training Hours |\n|---|---|\n| 70B | 6.3M |\n`;
    expect(claimsIn(family, table, 'gpu-hours').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['lark-3-70b', 6.3e6]]);
  });
});

describe('unit words a pack lists for its attribute', () => {
  it('that name another unit of its dimension ("pounds" where weight is in g) keep their own unit and are converted', () => {
    const gear = packOf('gear', 'headset', ['{id: lumen-visor, name: Lumen Visor, type: headset, aliases: [Lumen Visor]}'], [
      '{id: weight, label: weight, kind: quantity, unit: g, unitWords: [g, grams, pounds, kg], triggers: [weighs], subjects: [headset]}',
    ]);
    const grams = (sentence: string) => figuresWith(gear, sentence, 'weight').map(([id, n]) => [id, Math.round(n as number)]);
    expect(grams('The Lumen Visor weighs 1.2 pounds.')).toEqual([['lumen-visor', 544]]);
    expect(grams('The Lumen Visor weighs 0.6 kg.')).toEqual([['lumen-visor', 600]]);
    expect(grams('The Lumen Visor weighs 544 grams.')).toEqual([['lumen-visor', 544]]);
  });
});

describe('a category value held before, not now', () => {
  const ranks = packOf('ranks', 'port', [
    '{id: ardenia-port, name: Ardenia Harbour, type: port, aliases: [Ardenia Harbour]}',
    '{id: corvalia-port, name: Corvalia Docks, type: port, aliases: [Corvalia Docks]}',
  ], ['{id: rank, label: rank, kind: category, triggers: [busiest port, port, Hafen, 港口], subjects: [port], values: [{id: second, group: second, synonyms: [second-busiest, second busiest, zweitgrößte, 第二大]}, {id: third, group: third, synonyms: [third-busiest, 第三大]}]}']);
  const values = (sentence: string) => claimsIn(ranks, `# Notes\n\n${sentence}\n`, 'rank').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('is no value: lost, ceded, stripped, taken over ("lost its place as the second-busiest port")', () => {
    expect(values('Ardenia Harbour lost its place as the second-busiest port to Corvalia Docks.')).toEqual([]);
    expect(values('New tariffs are stripping Ardenia Harbour of its status as the region’s second-busiest port.')).toEqual([]);
    expect(values('Corvalia Docks displaces Ardenia Harbour as the second busiest port.')).toEqual([]);
    expect(values('Im Mai hat Corvalia Docks Ardenia Harbour als zweitgrößte Hafen abgelöst.')).toEqual([]);
    expect(values('Ardenia Harbour港口从第二大降至第三大。')).toEqual([]);
  });

  it('a value now held is still read', () => {
    expect(values('Ardenia Harbour is now the third-busiest port.')).toEqual([['ardenia-port', 'third']]);
    expect(values('Ardenia Harbour remains the second-busiest port.')).toEqual([['ardenia-port', 'second']]);
  });
});

describe('a category value after a share of a whole', () => {
  const shares = packOf('shares', 'company', [
    '{id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group]}',
  ], ['{id: share-class, label: class of shares offered, kind: category, triggers: [shares, acciones, Aktien], subjects: [company], values: [{id: preferred, group: preferred, synonyms: [preferred shares, acciones preferentes, Vorzugsaktien]}, {id: ordinary, group: ordinary, synonyms: [ordinary shares, acciones comunes, Stammaktien]}]}']);
  const values = (sentence: string) => claimsIn(shares, `# Notes\n\n${sentence}\n`, 'share-class').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('names the whole a part is taken of, not what the subject offers', () => {
    expect(values('In the Corvane Group listing, a family trust will buy 25% plus one of the ordinary shares.')).toEqual([]);
    expect(values('En la salida a bolsa de Corvane Group, un fondo comprará el 51% de las acciones comunes.')).toEqual([]);
    expect(values('Beim Börsengang der Corvane Group übernimmt ein Fonds 25 % der Stammaktien.')).toEqual([]);
    // Without the share before it, the value is read.
    expect(values('Corvane Group offers ordinary shares to retail buyers.')).toEqual([['corvane', 'ordinary']]);
  });
});

describe('a sum of money for each one of a kind', () => {
  const losses = packOf('losses', 'company', [
    '{id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group]}',
  ], ['{id: loss, label: loss, kind: quantity, unit: USD, triggers: [loss, losses, Verlust, pertes], subjects: [company]}', '{id: price, label: share price, kind: quantity, unit: USD, triggers: [price], subjects: [company]}']);
  const figures = (sentence: string, attribute = 'loss') => figuresWith(losses, sentence, attribute).map(([id, n]) => [id, n]);

  it('is not the whole’s: "the average loss per company", "Verlust pro Mitarbeiter", "pertes par entreprise"', () => {
    expect(figures('Corvane Group put the average loss per customer at $2.1 million.')).toEqual([]);
    expect(figures('Corvane Group beziffert den Verlust pro Mitarbeiter auf 12.000 Dollar.')).toEqual([]);
    expect(figures('Corvane Group estime les pertes par entreprise à 3 millions de dollars.')).toEqual([]);
    // The whole's own figure, a rate in time, and a price per share are still read.
    expect(figures('Corvane Group put its loss at $2.1 million.')).toEqual([['corvane', 2100000]]);
    expect(figures('Corvane Group reported a loss per year of $2.1 million.')).toEqual([['corvane', 2100000]]);
    expect(figures('Corvane Group set the price per share at $14.', 'price')).toEqual([['corvane', 14]]);
  });
});

describe('a sum given to someone a pronoun names', () => {
  const pay = packOf('payouts', 'company', [
    '{id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group]}',
    '{id: halden, name: Halden Air, type: company, aliases: [Halden Air]}',
  ], ['{id: compensation, label: compensation received, kind: quantity, unit: USD, triggers: [paid, compensation, zahlte], subjects: [company]}']);
  const figures = (sentence: string) => figuresWith(pay, sentence, 'compensation').map(([id, n]) => [id, n]);

  it('is not the giver’s: "Corvane Group paid it $40 million", "zahlte ihr 40 Millionen Dollar"', () => {
    expect(figures('The carrier said Corvane Group paid it "roughly $40 million in cash".')).toEqual([]);
    expect(figures('Die Fluglinie sagte, Corvane Group zahlte ihr rund 40 Millionen Dollar.')).toEqual([]);
    // A name after the verb still takes the figure.
    expect(figures('Corvane Group paid Halden Air $40 million.')).toEqual([['halden', 40000000]]);
  });
});

describe('an amount paid on top', () => {
  it('"for $129 more", "$40 extra" is no price of the subject', () => {
    const gear = packOf('gear2', 'headset', ['{id: lumen-visor, name: Lumen Visor, type: headset, aliases: [Lumen Visor]}'], [
      '{id: price, label: price, kind: quantity, unit: USD, triggers: [costs, cost, priced at], subjects: [headset]}',
    ]);
    const prices = (sentence: string) => figuresWith(gear, sentence, 'price');
    expect(prices('The Lumen Visor costs $1,499, and for $129 more you can get prescription lenses.')).toEqual([['lumen-visor', 1499]]);
    expect(prices('The Lumen Visor costs $1,499; the case costs $40 extra.')).toEqual([['lumen-visor', 1499]]);
  });
});

describe('a bare count of a tally whose pack names its nouns', () => {
  const fires = packOf(
    'fires',
    'fire',
    ['{id: lark-fire, name: Lark Fire, type: fire, aliases: [Lark Fire]}', '{id: kestrel-fire, name: Kestrel Fire, type: fire, aliases: [Kestrel Fire]}'],
    [
      '{id: fire.deaths, label: death toll, kind: quantity, unit: deaths, measure: tally, unitWords: [deaths, dead, morts], triggers: [death toll, killed, died, a tué], subjects: [fire]}',
      '{id: fire.trained, label: crews trained, kind: quantity, unit: crews, unitWords: [crews], triggers: [trained on], subjects: [fire]}',
    ],
  );
  it('is read right after a trigger that names it, or before one after "people"', () => {
    expect(figuresWith(fires, 'The Lark Fire has a death toll of 23.', 'fire.deaths')).toEqual([['lark-fire', 23]]);
    expect(figuresWith(fires, 'Officials said the death toll had reached 17.', 'fire.deaths', 'Lark Fire grows')).toEqual([['lark-fire', 17]]);
    expect(figuresWith(fires, 'The Lark Fire killed at least 64 people.', 'fire.deaths')).toEqual([['lark-fire', 64]]);
    expect(figuresWith(fires, 'Le Lark Fire a tué 47 personnes.', 'fire.deaths')).toEqual([['lark-fire', 47]]);
    expect(figuresWith(fires, 'In the Lark Fire, 38 people died.', 'fire.deaths')).toEqual([['lark-fire', 38]]);
  });
  it('is read after the -ing form of a trigger in -ed ("killing 23" where the pack says "killed"), unless a pack lists that form', () => {
    expect(figuresWith(fires, 'The Lark Fire swept through the valley, killing 23, before crews held it.', 'fire.deaths')).toEqual([['lark-fire', 23]]);
    const blocked = packOf(
      'fires',
      'fire',
      ['{id: lark-fire, name: Lark Fire, type: fire, aliases: [Lark Fire]}'],
      ['{id: fire.deaths, label: death toll, kind: quantity, unit: deaths, measure: tally, unitWords: [deaths], triggers: [killed], blockers: [killing], subjects: [fire]}'],
    );
    expect(figuresWith(blocked, 'The Lark Fire swept through the valley, killing 23, before crews held it.', 'fire.deaths')).toEqual([]);
  });
  it('is dated by a date that opens its sentence before a comma, however far from it', () => {
    const dated = claimsIn(fires, '# Lark Fire\n\nBy March 3, 2025, more than two weeks after it began, officials said the Lark Fire had killed 23 people.\n', 'fire.deaths');
    expect(dated.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null])).toEqual([[23, '2025-03-03']]);
  });
  it('is not read when it counts a noun of its own, is part of another figure, or the trigger stands before another word', () => {
    expect(figuresWith(fires, 'The Lark Fire response was trained on 48,000 records.', 'fire.trained')).toEqual([]);
    expect(figuresWith(fires, 'Le Lark Fire a tué 12 000 arbres.', 'fire.deaths')).toEqual([]);
    expect(figuresWith(fires, 'Step 8: the Lark Fire crews were trained on maps.', 'fire.trained')).toEqual([]);
  });
  it('is said of the place after "in", a compass word between', () => {
    const quakes = packOf(
      'quakes',
      'country',
      ['{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia]}', '{id: corvalia, name: Corvalia, type: country, aliases: [Corvalia]}'],
      ['{id: toll.deaths, label: death toll, kind: quantity, unit: deaths, measure: tally, unitWords: [deaths], triggers: [killed], subjects: [country]}'],
    );
    expect(figuresWith(quakes, 'The quakes killed 12,400 in Ardenia and over 900 in southern Corvalia.', 'toll.deaths')).toEqual([
      ['ardenia', 12400],
      ['corvalia', 900],
    ]);
    // "in the province of X", and Romance prepositions before a place: "na província de X", "en la provincia de X".
    expect(figuresWith(quakes, 'The quakes killed 12,400 in the province of Ardenia.', 'toll.deaths')).toEqual([['ardenia', 12400]]);
    expect(figuresWith(quakes, 'Os sismos killed 12.400 na província de Ardenia.', 'toll.deaths')).toEqual([['ardenia', 12400]]);
    expect(figuresWith(quakes, 'Los sismos killed 900 en Corvalia.', 'toll.deaths')).toEqual([['corvalia', 900]]);
  });
});

describe('an ordinal in Chinese or Japanese', () => {
  const awards = packOf(
    'awards',
    'film',
    ['{id: harbour-lights, name: Harbour Lights, type: film, aliases: [Harbour Lights, 港灯]}'],
    ['{id: awards.won, label: awards won, kind: quantity, unit: awards, triggers: [奖, 獲得], subjects: [film]}'],
  );
  it('is the rank of an edition, not a figure', () => {
    expect(figuresWith(awards, '《港灯》获得第12届港湾电影节最佳影片奖。', 'awards.won')).toEqual([]);
  });
});

describe("a quarter's figure far from the quarter its sentence names", () => {
  const firms = packOf(
    'firms',
    'company',
    ['{id: halden, name: Halden, type: company, aliases: [Halden]}'],
    ['{id: fin.net-income, label: net income, kind: quantity, unit: USD, triggers: [net income], subjects: [company]}'],
  );
  const timeOf = (sentence: string) => claimsIn(firms, `# Notes\n\n${sentence}\n`, 'fin.net-income').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null]);
  it('takes that quarter, when the sentence names one only', () => {
    expect(timeOf('Halden’s Q2 2025 earnings report showed a doubling of profits from a year before, with net income climbing to an impressive $3.1 billion.')).toEqual([[3.1e9, '2025-04-01']]);
  });
});

describe('a figure "in the quarter" with no date of its own', () => {
  const firms = packOf(
    'firms',
    'company',
    ['{id: halden, name: Halden, type: company, aliases: [Halden]}'],
    ['{id: fin.revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}'],
  );
  const times = (text: string) => claimsIn(firms, `# Halden results\n\n${text}\n`, 'fin.revenue').map((c) => c.time?.start ?? null);
  it('is of the one quarter the page has named before', () => {
    expect(times('Halden reported its results for Q3 2025 on Tuesday.\n\nHalden said revenue in the quarter was $8.2 billion.')).toEqual(['2025-07-01']);
    expect(times('Halden reported its results for Q3 2025 on Tuesday, after Q2 2025 had disappointed.\n\nHalden said revenue in the quarter was $8.2 billion.')).toEqual([null]);
  });
});

describe('a duration with no trigger', () => {
  const players = packOf(
    'players',
    'player',
    ['{id: ines-varga, name: Ines Varga, type: player, aliases: [Ines Varga, Varga]}'],
    ['{id: contract.length, label: contract length, kind: quantity, unit: year, unitWords: [years, year], triggers: [contract], subjects: [player]}'],
  );
  it('names no attribute by its unit alone: durations are said of too many things', () => {
    expect(figuresWith(players, 'Varga has been sold twice in four years.', 'contract.length')).toEqual([]);
    expect(figuresWith(players, 'Varga signed a contract for four years.', 'contract.length')).toEqual([['ines-varga', 4]]);
  });
});

describe('a blocker after another figure', () => {
  const fires = packOf(
    'fires',
    'fire',
    ['{id: lark-fire, name: Lark Fire, type: fire, aliases: [Lark Fire]}'],
    ['{id: fire.deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [deaths], triggers: [death toll, deaths], blockers: [unaccounted, missing], subjects: [fire]}'],
  );
  it("is that figure's, in any unit", () => {
    expect(figuresWith(fires, 'The Lark Fire has caused 12 deaths so far with another 40 people still unaccounted for.', 'fire.deaths')).toEqual([['lark-fire', 12]]);
    expect(figuresWith(fires, 'The Lark Fire has caused 12 deaths so far, most of them still unaccounted for.', 'fire.deaths')).toEqual([]);
  });
});

describe('a count written in people that another count of the pack lists', () => {
  const fires = packOf(
    'fires',
    'fire',
    ['{id: lark-fire, name: Lark Fire, type: fire, aliases: [Lark Fire]}', '{id: kestrel-fire, name: Kestrel Fire, type: fire, aliases: [Kestrel Fire]}'],
    [
      '{id: fire.deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [deaths], triggers: [killed, died], subjects: [fire]}',
      '{id: fire.evacuated, label: people evacuated, kind: quantity, unit: evacuees, unitWords: [people, evacuees], triggers: [evacuated], subjects: [fire]}',
    ],
  );
  it('is the count the trigger names', () => {
    expect(figuresWith(fires, 'The Lark Fire killed 64 people.', 'fire.deaths')).toEqual([['lark-fire', 64]]);
    expect(figuresWith(fires, 'The Lark Fire killed 64 people.', 'fire.evacuated')).toEqual([]);
    expect(figuresWith(fires, 'The Lark Fire evacuated 5,200 people.', 'fire.evacuated')).toEqual([['lark-fire', 5200]]);
  });
  it('is not the page\'s when the sentence points back at another thing of its type ("by that fire")', () => {
    const deaths = (text: string) => claimsIn(fires, `# Lark Fire grows\n\n${text}\n`, 'fire.deaths').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(deaths('The Lark Fire is the worst since the Kestrel Fire of 2009. Twelve people were killed by that fire.')).toEqual([]);
    expect(deaths('The Lark Fire is the worst since the Kestrel Fire of 2009. Twelve people were killed by the fire.')).toEqual([['lark-fire', 12]]);
  });
});

describe('a description on a page that names nothing of its type', () => {
  const one = packOf('rovers', 'rover', ['{id: lark, name: Lark rover, type: rover, aliases: [Lark]}'], ['{id: mass, label: mass, kind: quantity, unit: kg, triggers: [weighs], subjects: [rover]}']);
  const two = packOf(
    'rovers',
    'rover',
    ['{id: lark, name: Lark rover, type: rover, aliases: [Lark]}', '{id: wren, name: Wren rover, type: rover, aliases: [Wren]}'],
    ['{id: mass, label: mass, kind: quantity, unit: kg, triggers: [weighs], subjects: [rover]}'],
  );
  it('is the one thing of its type the packs know, if they know one only', () => {
    expect(figuresWith(one, 'The mission launches in July. The rover weighs 31 kg.', 'mass', 'Mission update')).toEqual([['lark', 31]]);
    expect(figuresWith(two, 'The mission launches in July. The rover weighs 31 kg.', 'mass', 'Mission update')).toEqual([]);
  });
});

describe('a paragraph that ends on a colon', () => {
  const cars = packOf(
    'cars',
    'car',
    ['{id: lark, name: Lark, type: car, aliases: [Lark]}', '{id: lark-max, name: Lark Max, type: car, aliases: [Lark Max]}'],
    ['{id: top-speed, label: top speed, kind: quantity, unit: km/h, triggers: [top speed], headers: [top speed], subjects: [car]}'],
  );
  const speeds = (text: string) => claimsIn(cars, `# Halden news\n\n${text}`, 'top-speed').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('opens the label lines after it on the one thing its last sentence names, until a paragraph of prose', () => {
    expect(speeds('Halden showed two cars on Monday. Specs of the Lark, in short:\n\nTop speed: 205 km/h\n\nThe Lark Max, in short:\n\nTop speed: 262 km/h\n')).toEqual([
      ['lark', 205],
      ['lark-max', 262],
    ]);
    expect(speeds('Halden showed two cars on Monday. Here are the figures, measured on a Lark:\n\nTop speed: 205 km/h\n')).toEqual([]);
    expect(speeds('Specs of the Lark, in short:\n\nBoth cars were shown on Monday.\n\nTop speed: 205 km/h\n')).toEqual([]);
  });
  it('"extended … from 180 km/h to 205 km/h": the value before a change is not the value, with words between the verb and "from"', () => {
    expect(speeds('Halden extended the Lark’s top speed from 180 km/h to 205 km/h.\n')).toEqual([['lark', 205]]);
  });
});

describe('pronouns over a run of sentences', () => {
  const chips = withInlinePack(
    'name: chips\nentityTypes:\n  - {type: chip, headers: [chip]}\nentities:\n' +
      '  - {id: kestrel-x2, name: Kestrel X2, type: chip, aliases: [Kestrel X2]}\n' +
      '  - {id: kestrel-x1, name: Kestrel X1, type: chip, aliases: [Kestrel X1]}\n' +
      'attributes:\n  - {id: chip.transistors, label: transistor count, kind: quantity, unit: transistor, unitWords: [transistors], triggers: [transistors], subjects: [chip]}\n',
    'chips.yml',
  );
  const transistors = (text: string) => figuresWith(chips, text, 'chip.transistors');

  it('"it" after a sentence whose own subject is "it" stands for what that one stood for, not a name it compares', () => {
    expect(transistors('The Kestrel X2 is new. It packs 96 GB, twice the Kestrel X1’s memory. And it does this with 41 billion transistors.')).toEqual([
      ['kestrel-x2', 41e9],
    ]);
    // A sentence that names its own subject still gives "it" that subject.
    expect(transistors('The Kestrel X2 is new. The Kestrel X1 is older. It has 12 billion transistors.')).toEqual([['kestrel-x1', 12e9]]);
  });

  it('a verb opening a fronted phrase ("Shipping from May, …") is no name the pronoun after it could mean', () => {
    expect(transistors('Shipping from May, the Kestrel X2 is new. It has 41 billion transistors.')).toEqual([['kestrel-x2', 41e9]]);
    // A capitalised word no pack knows, opening a sentence, still stands for itself.
    expect(transistors('Corvan matches the Kestrel X2. It has 41 billion transistors.')).toEqual([]);
  });
});

describe('moves of a stock', () => {
  const caps = packOf(
    'markets',
    'organization',
    ['{id: halden, name: Halden, type: organization, aliases: [Halden]}'],
    ['{id: market.cap, label: market value, kind: quantity, unit: USD, measure: stock, triggers: [market value, market cap], subjects: [organization]}'],
  );
  it('the size of a move ("added $90 billion in market value") is no level of a stock', () => {
    expect(figuresWith(caps, 'Halden added $90 billion in market value on Friday.', 'market.cap')).toEqual([]);
    expect(figuresWith(caps, 'Halden has a market value of $900 billion.', 'market.cap')).toEqual([['halden', 900e9]]);
  });
});

describe('what a figure is measured from or against', () => {
  const cases = packOf(
    'outbreaks',
    'country',
    ['{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia, 阿登尼亚]}'],
    ['{id: cases, label: confirmed cases, kind: quantity, measure: tally, unit: cases, unitWords: [cases, 例], triggers: [cases, 确诊], subjects: [country]}'],
  );
  const dated = (text: string) =>
    claimsIn(cases, `---\npublished: 2026-03-02\n---\n\n${text}\n`, 'cases').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('a date after a comparison in Chinese ("已超过2018年的…") or before 以来 ("since") is not the figure’s', () => {
    expect(dated('阿登尼亚2024年报告的412例确诊病例已超过2018年的380例。')).toEqual([[412, '2024年']]);
    expect(dated('2018年阿登尼亚确诊病例超380例，为2001年以来最多。')).toEqual([[380, '2018年']]);
  });
  it('a date in a relative clause is not the figure’s: one that closes before the figure, or one after the figure', () => {
    expect(dated('Ardenia, which reported its first case in 2019, now counts 412 cases.').map(([, time]) => time === '2019')).toEqual([false]);
    expect(dated('Ardenia, which reported its first case in 2019, counted 412 cases.')).toEqual([[412, null]]);
    expect(dated('Ardenia, which reported its first case in 2019, counted 412 cases in 2021.')).toEqual([[412, '2021']]);
    expect(dated('Ardenia counts 412 cases, which is what Corvalia had in 2019.').map(([, time]) => time === '2019')).toEqual([false]);
  });

  const crashes = withInlinePack(
    'name: crashes\nentityTypes:\n  - {type: accident, headers: [accident]}\n  - {type: place}\nentities:\n' +
      '  - {id: lark-pass-crash, name: Lark Pass crash, type: accident, aliases: [Lark Pass crash]}\n' +
      '  - {id: halden, name: Halden, type: place, aliases: [Halden]}\n  - {id: corvane, name: Corvane, type: place, aliases: [Corvane]}\n' +
      'attributes:\n  - {id: distance, label: distance from a city, kind: quantity, timeless: true, unit: km, triggers: [south of, north of], subjects: [accident]}\n',
    'crashes.yml',
  );
  it('a distance whose trigger ends on its preposition ("310 km south of X") is measured from the name after it', () => {
    const found = claimsIn(crashes, '# Notes\n\nThe Lark Pass crash happened about 310 km south of Halden and 95 km north of Corvane.\n', 'distance');
    expect(found.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.counterpart?.id])).toEqual([
      ['lark-pass-crash', 310, 'halden'],
      ['lark-pass-crash', 95, 'corvane'],
    ]);
    const report = analyse([{ file: 'a.md', text: '# Notes\n\nThe Lark Pass crash happened about 310 km south of Halden and 95 km north of Corvane.\n' }], { lexicon: crashes });
    expect(report.report.conflicts).toEqual([]);
  });

  const roads = withInlinePack(
    'name: roads\nentityTypes:\n  - {type: town, headers: [town]}\n  - {type: dam, headers: [dam]}\nentities:\n' +
      '  - {id: korvath, name: Korvath, type: town, aliases: [Korvath]}\n  - {id: velmora, name: Velmora, type: town, aliases: [Velmora]}\n' +
      '  - {id: halvik, name: Halvik, type: town, aliases: [Halvik]}\n  - {id: ismere-dam, name: Ismere Dam, type: dam, aliases: [Ismere Dam]}\n' +
      'attributes:\n  - {id: distance, label: distance, kind: quantity, timeless: true, unit: km, triggers: [from, south of, north of, away, distance], subjects: [town, dam]}\n' +
      '  - {id: length, label: length, kind: quantity, timeless: true, unit: km, triggers: [long, length], subjects: [dam]}\n',
    'roads.yml',
  );
  const distances = (title: string, text: string) =>
    claimsIn(roads, `# ${title}\n\n${text}\n`, 'distance').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.counterpart?.id ?? null]);
  it('a length measured from another place, with no name of its own in the sentence, is no one’s: not the page title’s', () => {
    expect(distances('Riding to Ismere Dam and back', 'Our next stop was Pellow, a small town about nineteen kilometres from Grist.')).toEqual([]);
    expect(distances('Riding to Ismere Dam and back', 'The main road is about two kilometres from the old mill.')).toEqual([]);
    expect(distances('Riding to Ismere Dam and back', 'The distance from Pellow to Grist is 19 km.')).toEqual([]);
    const report = analyse([{ file: 'a.md', text: '# Riding to Ismere Dam\n\nPellow is about 19 km from Grist.\n\nThe main road is about 2 km from the old mill.\n' }], { lexicon: roads });
    expect(report.report.conflicts).toEqual([]);
  });
  it('the place a length is measured from never holds it: "Tarnby is 12 km south of Korvath" is not Korvath’s', () => {
    expect(distances('Notes', 'Tarnby is a heritage village about 12 km south of Korvath on the old highway.')).toEqual([]);
    expect(distances('Notes', 'The lake at Fennick is about 15 km north of Korvath.')).toEqual([]);
    expect(distances('Notes', 'The road between Korvath and Velmora is about 15 km.')).toEqual([]);
    // The sentence's own name keeps it, with the other party.
    expect(distances('Notes', 'Halvik is about 15 km from Velmora.')).toEqual([['halvik', 15, 'velmora']]);
    // A length of its own is untouched.
    expect(claimsIn(roads, '# Ismere Dam\n\nThe dam is 2 km long.\n', 'length').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['ismere-dam', 2]]);
  });
});

describe('whose a figure is, past another thing of its kind or a relative clause', () => {
  const trains = packOf(
    'trains',
    'train',
    ['{id: kestrel-express, name: Kestrel Express, type: train, aliases: [Kestrel Express]}'],
    ['{id: coaches, label: coaches derailed, kind: quantity, unit: coaches, unitWords: [coaches], triggers: [derailment of, derailed], subjects: [train]}'],
  );
  it('"another train … its coaches": the pronoun may stand for the other train, so the figure is no one’s', () => {
    expect(figuresWith(trains, 'Minutes later another train struck the wreck, and its 6 coaches derailed.', 'coaches', 'Kestrel Express derails')).toEqual([]);
    expect(figuresWith(trains, 'Minutes later the Kestrel Express struck the wreck, and its 6 coaches derailed.', 'coaches', 'Kestrel Express derails')).toEqual([
      ['kestrel-express', 6],
    ]);
  });

  const moves = packOf(
    'moves',
    'company',
    ['{id: halden, name: Halden, type: company, aliases: [Halden]}', '{id: corvane, name: Corvane, type: company, aliases: [Corvane]}'],
    ['{id: share.change, label: share price change, kind: quantity, unit: percent, triggers: [fell, plunged, down], subjects: [company]}'],
  );
  it('a name inside a relative clause that closes before the figure is not its subject', () => {
    expect(figuresWith(moves, 'The Orbis banks index, which does not include Halden or Corvane, fell 5%.', 'share.change')).toEqual([]);
    expect(figuresWith(moves, 'Halden, which bought Corvane last year, fell 5%.', 'share.change')).toEqual([['halden', 5]]);
    // A name followed by a relative clause of its own, after a dash, is the figure's.
    expect(figuresWith(moves, 'Two stocks moved: Halden, which fell 2% – and Corvane, which fell 5%.', 'share.change')).toEqual([
      ['halden', 2],
      ['corvane', 5],
    ]);
    // A comma that goes on with the clause ("…, after …") does not close it.
    expect(figuresWith(moves, 'It is the level to which Halden fell in May, after Corvane fell 5%.', 'share.change')).toEqual([['corvane', 5]]);
  });

  it('moves over different trading sessions named after them are not compared; moves over one session are', () => {
    const conflicts = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: moves }).report.conflicts.map((c) => c.rule);
    expect(conflicts('Halden shares fell 41% in early trading on Monday. Halden shares were down 38% in pre-market trading in New York.')).toEqual([]);
    expect(conflicts('Halden shares fell 41% in early trading on Monday.\n\nLater, Halden shares were down 30% in early trading.')).toEqual(['numeric-mismatch']);
  });
});

describe('a category value named by a noun of its owner’s own kind, after a possessive', () => {
  const banks = withInlinePack(
    'name: banks\nentityTypes:\n  - {type: bank, headers: [bank, lender]}\nentities:\n  - {id: halden, name: Halden, type: bank, aliases: [Halden]}\n' +
      'attributes:\n  - {id: bank.type, label: kind of bank, kind: category, triggers: [], subjects: [bank], values: [{id: investment-bank, synonyms: [investment bank]}, {id: commercial-bank, synonyms: [commercial bank, lender]}]}\n',
    'banks.yml',
  );
  const kinds = (text: string) => claimsIn(banks, `# Notes\n\n${text}\n`, 'bank.type').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
  it('is another thing of that kind the owner has ("X and its investment bank"), not what the owner is', () => {
    expect(kinds('Cuts will fall on Halden and its investment bank, where 3,000 people work.')).toEqual([]);
    expect(kinds('Halden, an investment bank, employs 3,000 people.')).toEqual([['halden', 'investment-bank']]);
  });
});

describe('a sentence that opens on "as", a preposition read as a unit, and a party named by a description', () => {
  const storms = withInlinePack(
    'name: storms\nentityTypes:\n  - {type: storm, headers: [storm]}\n  - {type: country, headers: [country]}\nentities:\n' +
      '  - {id: ardo, name: Storm Ardo, type: storm, aliases: [Storm Ardo]}\n  - {id: corvalia, name: Corvalia, type: country, aliases: [Corvalia]}\n' +
      'attributes:\n  - {id: deaths, label: deaths, kind: quantity, measure: tally, unit: deaths, unitWords: [deaths], triggers: [death toll, deaths], subjects: [storm]}\n' +
      '  - {id: rainfall, label: rainfall, kind: quantity, unit: in, triggers: [rain, rainfall], subjects: [storm]}\n',
    'storms.yml',
  );
  it('"As X moves north, the toll stands at 31 in Y": X is no comparison’s object, and "in" before a name is no unit (a pack’s inches)', () => {
    expect(figuresWith(storms, 'As Storm Ardo moves north, the death toll stands at 31 in Corvalia.', 'deaths')).toEqual([['ardo', 31]]);
    expect(figuresWith(storms, 'Storm Ardo brought 30 in of rain to the coast.', 'rainfall')).toEqual([['ardo', 30]]);
  });

  const stakes = withInlinePack(
    'name: stakes\nentityTypes:\n  - {type: person, headers: [investor]}\n  - {type: company, headers: [company, firm]}\nentities:\n' +
      '  - {id: ada-kerr, name: Ada Kerr, type: person, aliases: [Ada Kerr, Kerr]}\n  - {id: halden, name: Halden, type: company, aliases: [Halden]}\n  - {id: corvane, name: Corvane, type: company, aliases: [Corvane]}\n' +
      'attributes:\n  - {id: stake, label: stake, kind: quantity, measure: stock, unit: percent, triggers: [stake, owns], subjects: [person, company]}\n',
    'stakes.yml',
  );
  it('"a 6% stake in the company" is a stake in the last company named before it, in the sentence or the paragraph', () => {
    const parties = (text: string) => claimsIn(stakes, `# Notes\n\n${text}\n`, 'stake').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.counterpart?.id ?? c.variant]);
    expect(parties('Halden shares rose before Kerr disclosed a 6% stake in the company.')).toEqual([['ada-kerr', 6, 'halden']]);
    expect(parties('Corvane lost a fifth of its value. As Kerr owns 14% of the company’s shares, she lost more than anyone.')).toEqual([['ada-kerr', 14, 'corvane']]);
    expect(parties('Kerr owns 14% of the company’s shares.')).toEqual([['ada-kerr', 14, 'with the company']]);
  });
});

describe('a category value opening a conjunct of its own', () => {
  const gpus = withInlinePack(
    'name: gpus\nentityTypes:\n  - {type: gpu, headers: [gpu, gpus]}\nentities:\n  - {id: kestrel-h1, name: Kestrel H1, type: gpu, aliases: [Kestrel H1]}\n' +
      'attributes:\n  - {id: arch, label: architecture, kind: category, triggers: [architecture], subjects: [gpu], values: [{id: arch-orbis, synonyms: [Orbis]}, {id: arch-vela, synonyms: [Vela]}]}\n',
    'gpus.yml',
  );
  const arch = (text: string) => claimsIn(gpus, `# Notes\n\n${text}\n`, 'arch').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
  it('headed by a noun of a kind the attribute describes ("X and Orbis architecture GPUs") is not said of the name before it', () => {
    expect(arch('The new process refines the one of the Kestrel H1 and Orbis architecture GPUs.')).toEqual([]);
    expect(arch('The Kestrel H1 is an Orbis architecture GPU.')).toEqual([['kestrel-h1', 'arch-orbis']]);
  });
});

describe('a description after a clause that reports the sentence', () => {
  const ferries = inlinePack('ferries', [
      'entityTypes:',
      '  - {type: ship, headers: [ship]}',
      '  - {type: company, headers: [operator]}',
      'entities:',
      '  - {id: kestrel, name: Kestrel, type: ship, aliases: [Kestrel]}',
      '  - {id: halden-lines, name: Halden Lines, type: company, aliases: [Halden Lines]}',
      'attributes:',
      '  - {id: cost, label: construction cost, kind: quantity, unit: EUR, triggers: [cost], subjects: [ship]}',
    ]);
  const costs = (second: string) => figuresWith(ferries, `The Kestrel entered service in May. ${second}`, 'cost');
  it('stands for the last thing of its type, as it does opening the sentence', () => {
    expect(costs('The ship cost €240 million, Halden Lines said.')).toEqual([['kestrel', 240e6]]);
    expect(costs('Halden Lines said the ship cost €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(costs('Halden Lines said that the ship cost €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(costs('The ship, Halden Lines said, cost €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(costs('According to Halden Lines, the ship cost €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(costs('Officials told reporters that the ship cost €240 million.')).toEqual([['kestrel', 240e6]]);
    // Not a description that names another one of its kind.
    expect(costs('Halden Lines said the next ship would cost €240 million.')).toEqual([]);
    expect(costs('Halden Lines said the ships cost €240 million.')).toEqual([]);
  });

  it('in the clause that says who speaks, names the speaker, not what the figure is of', () => {
    const titled = (sentence: string) => figuresWith(ferries, sentence, 'cost', 'Kestrel enters service');
    expect(titled('The operator said the cost came to €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(titled('According to the operator, the cost came to €240 million.')).toEqual([['kestrel', 240e6]]);
    expect(titled('The operator told reporters that the cost came to €240 million.')).toEqual([['kestrel', 240e6]]);
    // A speaker who may be the figure's subject, named before, is it: a company tells its own figures.
    const results = inlinePack('results', [
      'entityTypes:',
      '  - {type: organization, headers: [firm]}',
      'entities:',
      '  - {id: halden, name: Halden Foods, type: organization, aliases: [Halden Foods]}',
      '  - {id: corvane, name: Corvane Group, type: organization, aliases: [Corvane Group]}',
      'attributes:',
      '  - {id: profit, label: net profit, kind: quantity, unit: EUR, triggers: [net profit], subjects: [organization]}',
      '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue], subjects: [organization]}',
    ]);
    const read = (text: string) => claimsUnder(results, 'Results day', text).map((c) => [c.attribute, c.entity.id]);
    expect(read('Halden Foods had a good quarter. The firm said net profit rose to €20 million.')).toEqual([['profit', 'halden']]);
    // "rival X" before a name is a noun, and X the subject: not "to rival X", a comparison.
    expect(read('Halden Foods had a good quarter. Rival Corvane Group posted revenue of €300 million.')).toEqual([['revenue', 'corvane']]);
    expect(read('Halden Foods had a good quarter. Its rival Corvane Group posted revenue of €300 million.')).toEqual([['revenue', 'corvane']]);
  });
});

describe('figures of a period that ends on a day', () => {
  const results = inlinePack('quarterly', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: halden, name: Halden Foods, type: organization, aliases: [Halden Foods, Halden]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, measure: flow, triggers: [revenue], headers: [revenue], subjects: [organization]}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-08-01\n---\n# Halden Foods results\n\n${text}\n` }], { lexicon: results }).claims.map((c) => [
      c.entity.id,
      c.value.kind === 'quantity' ? c.value.min : undefined,
      c.time ? [c.time.start, c.time.end] : undefined,
      c.periodLength,
    ]);

  it('reads a figure whose trigger stands before the span its period is ("revenue for the quarter ended June 30, 2025 was …")', () => {
    expect(read('Halden Foods’ revenue for the quarter ended June 30, 2025 was €441 million.')).toEqual([['halden', 441e6, ['2025-04-01', '2025-06-30'], 'quarter']]);
    expect(read('Revenue at Halden Foods for the year ended March 31, 2025 was €1.2 billion.')).toEqual([['halden', 1.2e9, ['2024-04-01', '2025-03-31'], 'year']]);
    // A date is one word of the distance, not all of the words between: a trigger far away still does not reach.
    expect(read('Halden Foods’ revenue, which the board discussed at length with investors and staff on June 30, 2025, was €441 million.')).toEqual([]);
  });

  it('reads a figure whose year stands before its trigger ("posted 2025 revenue of …"), not as a part of a whole', () => {
    expect(read('Halden Foods posted 2024 revenue of €1.6 billion.')).toEqual([['halden', 1.6e9, ['2024-01-01', '2024-12-31'], 'year']]);
    expect(read('Halden Foods reported Q2 2025 revenue of €441 million.')).toEqual([['halden', 441e6, ['2025-04-01', '2025-06-30'], 'quarter']]);
  });

  it('takes no date from the period a change is measured against ("50bp ahead of FY23", "3% above 2023")', () => {
    expect(read('Halden Foods revenue of €900 million implies a margin of 20%, 50bp ahead of FY23.')).toEqual([['halden', 900e6, undefined, undefined]]);
    expect(read('Halden Foods revenue of €900 million came in 3% above 2023.')).toEqual([['halden', 900e6, undefined, undefined]]);
    expect(read('Halden Foods revenue of €900 million was 40 basis points below 2023.')).toEqual([['halden', 900e6, undefined, undefined]]);
  });

  it('gives a flow its sentence dates by a whole year, naming no length, the year’s length', () => {
    expect(read('Halden Foods had revenue of €1.6 billion in 2024.')).toEqual([['halden', 1.6e9, ['2024-01-01', '2024-12-31'], 'year']]);
    // A length the sentence names wins.
    expect(read('Halden Foods had quarterly revenue of €400 million in 2024.')).toEqual([['halden', 400e6, ['2024-01-01', '2024-12-31'], 'quarter']]);
  });

  it('gives a figure of "the three months to June" a quarter’s length', () => {
    expect(read('Halden Foods reported revenue of €438 million for the three months to June 30.')).toEqual([['halden', 438e6, undefined, 'quarter']]);
  });

  it('reads a table whose header names a period beside its attribute as that period’s (a whole year: the year’s, as in prose)', () => {
    const table = '| Company | Revenue Q2 2025 (€m) | 2024 revenue (€m) |\n|---|---|---|\n| Halden Foods | 438 | 1,610 |';
    expect(read(table)).toEqual([
      ['halden', 438e6, ['2025-04-01', '2025-06-30'], undefined],
      ['halden', 1.61e9, ['2024-01-01', '2024-12-31'], 'year'],
    ]);
  });
});

describe('an infobox', () => {
  const pack = inlinePack('infobox', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: halden, name: Halden Foods, type: organization, aliases: [Halden Foods]}',
    '  - {id: corvane, name: Corvane Group, type: organization, aliases: [Corvane Group]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, measure: flow, triggers: [revenue], headers: [revenue], subjects: [organization]}',
    'events:',
    '  - {id: founding, label: founded, triggers: [founded], participantTypes: [organization], minParticipants: 1, headers: [founded]}',
  ]);
  const read = (title: string, table: string) =>
    analyse([{ file: 'a.md', text: `# ${title}\n\n${table}\n` }], { lexicon: pack }).claims.map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'quantity' ? (c.value.unit === 'date' ? 'date' : c.value.min) : c.value.kind === 'event' ? c.value.polarity : c.value.kind,
      c.time?.text,
      c.subjectVia,
    ]);
  const rows = '| Type | Public company |\n| Revenue | €1.6 billion (2024) |\n| Founded | 12 March 1931 |';

  it('reads the rows under a header that names the thing over an empty cell as that thing’s', () => {
    expect(read('Food makers', `| **Halden Foods** | |\n|---|---|\n${rows}`)).toEqual([
      ['halden', 'revenue', 1.6e9, '2024', 'column'],
      ['halden', 'event.founding', 'happened', '12 March 1931', 'column'],
      ['halden', 'event.founding.date', 'date', undefined, 'column'],
    ]);
    // A header that names nothing a pack knows leaves the rows to the page's subject.
    expect(read('Corvane Group', `| Key facts | |\n|---|---|\n${rows}`).map((c) => c[0])).toEqual(['corvane', 'corvane', 'corvane']);
  });

  it('reads a label two attributes of the packs list as the one that describes the thing the rows are about', () => {
    // The built-in pack lists "GPUs" as the header of what a lab or a model uses; this pack as a count of a data centre's.
    const sites = inlinePack('sites', [
      'entityTypes:',
      '  - {type: datacenter, headers: [campus, site]}',
      '  - {type: accelerator, headers: [GPU, GPUs]}',
      'entities:',
      '  - {id: ostmark, name: Ostmark Campus, type: datacenter, aliases: [Ostmark Campus]}',
      'attributes:',
      '  - {id: dc.gpus, label: GPUs installed, kind: quantity, unit: gpu, unitWords: [GPUs, GPU], triggers: [GPUs], headers: [GPUs, GPU count], subjects: [datacenter], measure: stock}',
      '  - {id: dc.power, label: power capacity, kind: quantity, unit: MW, triggers: [power capacity], headers: [power capacity], subjects: [datacenter], measure: stock}',
    ]);
    const rows = (label: string) =>
      analyse([{ file: 'a.md', text: `# Sites\n\n| Ostmark Campus | |\n|---|---|\n| Power capacity | 300 MW |\n| ${label} | 100,000 |\n` }], { lexicon: sites }).claims.map((c) => [
        c.entity.id,
        c.attribute,
        c.value.kind === 'quantity' ? c.value.min : null,
      ]);
    const both = [
      ['ostmark', 'dc.power', 300],
      ['ostmark', 'dc.gpus', 100000],
    ];
    expect(rows('GPU count')).toEqual(both);
    expect(rows('GPUs')).toEqual(both);
  });

  it('dates a row by the period its label names beside the attribute, a flow by a whole year for that year', () => {
    const table = '| **Halden Foods** | |\n|---|---|\n| Revenue (2024) | €1.6 billion |';
    const claims = analyse([{ file: 'a.md', text: `# Food makers\n\n${table}\n` }], { lexicon: pack }).claims;
    expect(claims.map((c) => [c.entity.id, c.attribute, c.time?.text, c.periodLength])).toEqual([['halden', 'revenue', '2024', 'year']]);
    // So does a label line under the page's subject.
    const line = analyse([{ file: 'a.md', text: '# Halden Foods\n\nRevenue (2024): €1.6 billion\n' }], { lexicon: pack }).claims;
    expect(line.map((c) => [c.entity.id, c.attribute, c.time?.text, c.periodLength])).toEqual([['halden', 'revenue', '2024', 'year']]);
  });

  it('dates the events of a table whose header names things over an empty first cell', () => {
    expect(read('Food makers', `| | Halden Foods | Corvane Group |\n|---|---|---|\n| Founded | 12 March 1931 | 1957 |`)).toEqual([
      ['halden', 'event.founding', 'happened', '12 March 1931', 'column'],
      ['halden', 'event.founding.date', 'date', undefined, 'column'],
      ['corvane', 'event.founding', 'happened', '1957', 'column'],
      ['corvane', 'event.founding.date', 'date', undefined, 'column'],
    ]);
  });

  it('reads a year before 1900 alone in a cell under an event\'s header ("| Founded | 1887 |"), not one with other words', () => {
    expect(read('Corvane Group', '| Key facts | |\n|---|---|\n| Founded | 1887 |').map((c) => [c[1], c[3]])).toEqual([
      ['event.founding', '1887'],
      ['event.founding.date', undefined],
    ]);
    expect(read('Corvane Group', '| Key facts | |\n|---|---|\n| Founded | 1887 workers |')).toEqual([]);
  });
});

describe('a season a heading names', () => {
  const sport = inlinePack('seasons', [
    'entityTypes:',
    '  - {type: player, headers: [player]}',
    'entities:',
    '  - {id: orsk, name: Dario Orsk, type: player, aliases: [Dario Orsk, Orsk]}',
    '  - {id: wexley, name: Wexley Rovers, type: organization, aliases: [Wexley Rovers]}',
    'attributes:',
    '  - {id: goals, label: league goals, kind: quantity, unit: goals, unitWords: [goals], measure: tally, triggers: [league goals], headers: [league goals], subjects: [player]}',
    '  - {id: wage, label: weekly wage, kind: quantity, unit: EUR, measure: stock, triggers: [weekly wage], subjects: [player]}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-07-15\n---\n${text}\n` }], { lexicon: sport }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : undefined, c.time?.text ?? null]);

  it('dates the flows and tallies below it that name no date ("# 2024–25 Wexley Rovers season"), in the title or a section', () => {
    expect(read('# 2024–25 Wexley Rovers season\n\nDario Orsk was the top scorer with 14 league goals.')).toEqual([['goals', 14, '2024–25']]);
    expect(read('# Wexley Rovers\n\n## 2023/24 season\n\nDario Orsk scored 9 league goals.\n\n## Squad\n\nDario Orsk scored 11 league goals.')).toEqual([
      ['goals', 9, '2023/24'],
      ['goals', 11, null],
    ]);
    // Not a stock (a level the season's name does not bound), nor a figure its own sentence dates, nor a season the heading counts from.
    expect(read('# 2024–25 Wexley Rovers season\n\nDario Orsk earns a weekly wage of €40,000.')).toEqual([['wage', 40000, null]]);
    expect(read('# 2024–25 Wexley Rovers season\n\nDario Orsk scored 12 league goals in 2023–24.')).toEqual([['goals', 12, '2023–24']]);
    expect(read('# Wexley Rovers since 2019–20\n\nDario Orsk scored 30 league goals.')).toEqual([['goals', 30, null]]);
    expect(read('# Wexley Rovers\n\n## From 2019–20\n\nDario Orsk has scored 60 league goals for the club.')).toEqual([['goals', 60, null]]);
    expect(read('# Wexley Rovers\n\n## 2019–20 onwards\n\nDario Orsk has scored 60 league goals for the club.')).toEqual([['goals', 60, null]]);
    expect(read('# Wexley Rovers\n\n## 2019/20 – present\n\nDario Orsk has scored 60 league goals for the club.')).toEqual([['goals', 60, null]]);
    // A table below it that dates nothing, as its prose.
    expect(read('# 2024–25 Wexley Rovers season\n\n| Player | League goals |\n|---|---|\n| Dario Orsk | 14 |')).toEqual([['goals', 14, '2024–25']]);
  });
});

describe("a figure of a person's other work", () => {
  const films = inlinePack('other-work', [
    'entityTypes:',
    '  - {type: film, headers: [film, picture, película, 映画]}',
    'entities:',
    '  - {id: tin-comet, name: The Tin Comet, type: film, aliases: [The Tin Comet]}',
    'attributes:',
    '  - {id: opening, label: opening gross, kind: quantity, unit: USD, triggers: [opened to, debuted with, debutó con, 初週末], subjects: [film], timeless: true}',
  ]);
  const read = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: films }).claims.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('("her last picture, which debuted with $19.7 million", "su película anterior", "前作") is not the page subject\'s', () => {
    expect(read("The Tin Comet opened to $48.2 million. It is well ahead of director Ana Vell's last picture, which debuted with $19.7 million in 2022.")).toEqual([['tin-comet', 4.82e7]]);
    expect(read('The Tin Comet opened to $48.2 million, far above his previous film, which debuted with $12 million.')).toEqual([['tin-comet', 4.82e7]]);
    expect(read('The Tin Comet debutó con 48 millones de dólares; su película anterior debutó con 12 millones de dólares.')).toEqual([['tin-comet', 4.8e7]]);
    // The work named before another name or figure does not reach past them.
    expect(read("Ana Vell's last picture flopped, but The Tin Comet opened to $48.2 million.")).toEqual([['tin-comet', 4.82e7]]);
  });
});

describe('a report the next sentence rejects', () => {
  const films = inlinePack('rejected', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: tin-comet, name: The Tin Comet, type: film, aliases: [The Tin Comet]}',
    'attributes:',
    '  - {id: budget, label: budget, kind: quantity, unit: USD, triggers: [cost, budget, costó, 製作費], subjects: [film], timeless: true}',
  ]);
  const read = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: films }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('("Trade papers in May said … $90 million. The studio dismissed that figure") is hearsay, not a side; a report confirmed or not answered stands', () => {
    expect(read('Trade papers in May said The Tin Comet cost more than $90 million to make. Orvell Pictures dismissed that figure.')).toEqual([[9e7, 'reported']]);
    expect(read('Algunos diarios dijeron que The Tin Comet costó 90 millones de dólares. El estudio lo desmintió.')).toEqual([[9e7, 'reported']]);
    expect(read('一部報道では、The Tin Cometの製作費は9000万ドルとされた。スタジオはこれを否定した。')).toEqual([[9e7, 'reported']]);
    expect(read('Trade papers in May said The Tin Comet cost $90 million to make. Orvell Pictures confirmed that figure.')).toEqual([[9e7, 'asserted']]);
    expect(read('The Tin Comet cost $90 million to make. Orvell Pictures dismissed a rival report.')).toEqual([[9e7, 'asserted']]);
  });
});

describe('a figure its own sentence denies', () => {
  const films = inlinePack('denied', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: tin-comet, name: The Tin Comet, type: film, aliases: [The Tin Comet]}',
    'attributes:',
    '  - {id: budget, label: budget, kind: quantity, unit: USD, triggers: [cost, costó, costara, costado, coûté, custou, costato], subjects: [film], timeless: true}',
  ]);
  const read = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: films }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('("denied that …", "negó que …", "a figure the studio denied", "una cifra que … desmintió") is hearsay, not a side', () => {
    expect(read('Orvell Pictures denied that The Tin Comet cost $90 million.')).toEqual([[9e7, 'reported']]);
    expect(read('Dana Pell said The Tin Comet cost $90 million, a figure Orvell Pictures denied.')).toEqual([[9e7, 'reported']]);
    expect(read('El estudio negó que The Tin Comet costara 90 millones de dólares.')).toEqual([[9e7, 'reported']]);
    expect(read('Dana Pell afirmó que The Tin Comet «ha costado más de 90 millones de dólares», una cifra que el estudio desmintió.')).toEqual([[9e7, 'reported']]);
    expect(read('The Tin Comet ha costado 90 millones de dólares, lo que el estudio desmintió.')).toEqual([[9e7, 'reported']]);
    expect(read("Le studio a démenti que The Tin Comet ait coûté 90 millions de dollars.")).toEqual([[9e7, 'reported']]);
    expect(read('O estúdio negou que The Tin Comet custou 90 milhões de dólares.')).toEqual([[9e7, 'reported']]);
    expect(read('Lo studio ha smentito che The Tin Comet sia costato 90 milioni di dollari.')).toEqual([[9e7, 'reported']]);
  });

  it('a denial denied, one of something else, or a confirmation leaves the figure stated', () => {
    expect(read('Orvell Pictures did not deny that The Tin Comet cost $90 million.')).toEqual([[9e7, 'asserted']]);
    expect(read('El estudio no negó que The Tin Comet costara 90 millones de dólares.')).toEqual([[9e7, 'asserted']]);
    expect(read('The Tin Comet cost $90 million, which Orvell Pictures confirmed.')).toEqual([[9e7, 'asserted']]);
    expect(read('Orvell Pictures denied the rumours; The Tin Comet cost $90 million.')).toEqual([[9e7, 'asserted']]);
    expect(read('The Tin Comet cost $90 million, and Orvell Pictures denied a rival report.')).toEqual([[9e7, 'asserted']]);
  });
});

describe('a weekend or a week a chart names', () => {
  const charts = inlinePack('charts', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: tin-comet, name: The Tin Comet, type: film, aliases: [The Tin Comet]}',
    'attributes:',
    '  - {id: weekend, label: weekend gross, kind: quantity, unit: USD, triggers: [weekend gross], headers: [weekend gross], subjects: [film]}',
    '  - {id: hours, label: hours viewed, kind: quantity, unit: hr, triggers: [hours viewed], headers: [hours viewed], subjects: [film]}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-08-20\n---\n${text}\n` }], { lexicon: charts }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : undefined, c.time?.start ?? null, c.time?.end ?? null]);
  const conflicts = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-08-20\n---\n${a}\n` }, { file: 'b.md', text: `---\ndate: 2025-08-20\n---\n${b}\n` }], { lexicon: charts }).report.conflicts.length;

  it('reads a span of days of one month ("August 4–10, 2025", "11–13 July 2025", "del 4 al 10 de agosto de 2025") as that span, not its year', () => {
    expect(read('The Tin Comet logged 41.3 million hours viewed in the week of August 4–10, 2025.')).toEqual([['hours', 4.13e7, '2025-08-04', '2025-08-10']]);
    expect(read('The Tin Comet took a weekend gross of $9 million on 11–13 July 2025.')).toEqual([['weekend', 9e6, '2025-07-11', '2025-07-13']]);
    expect(conflicts('The Tin Comet logged 41.3 million hours viewed in the week of August 4–10, 2025.', 'The Tin Comet logged 38.9 million hours viewed in the week of July 14–20, 2025.')).toBe(0);
  });

  it('a heading that names one such span ("# Weekend box office, July 11–13, 2025") dates the flows of its chart, as a season does', () => {
    const chart = (heading: string, cell: string) => `# ${heading}\n\n| Rank | Film | Weekend gross |\n|---|---|---|\n| 1 | The Tin Comet | ${cell} |`;
    expect(read(chart('Weekend box office, July 11–13, 2025', '$48,200,000'))).toEqual([['weekend', 4.82e7, '2025-07-11', '2025-07-13']]);
    expect(conflicts(chart('Weekend box office, July 11–13, 2025', '$48,200,000'), chart('Weekend box office, July 18–20, 2025', '$21.5M'))).toBe(0);
    // One weekend's two charts still clash.
    expect(conflicts(chart('Weekend box office, July 11–13, 2025', '$48,200,000'), chart('Weekend box office, July 11–13, 2025', '$21.5M'))).toBe(1);
  });
});

describe('a year before 1900', () => {
  const pack = inlinePack('heritage', [
    'entityTypes:',
    '  - {type: building, headers: [museum]}',
    'entities:',
    '  - {id: orbis-hall, name: Orbis Hall, type: building, aliases: [Orbis Hall]}',
    'attributes:',
    '  - {id: visitors, label: visitors, kind: quantity, unit: count, measure: flow, triggers: [visitors], subjects: [building]}',
    'events:',
    '  - {id: completion, label: completed, triggers: [completed], participantTypes: [building], minParticipants: 1}',
  ]);
  const read = (text: string) =>
    claimsUnder(pack, 'Notes', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : c.value.kind, c.time?.text]);

  it('dates a figure or an event, and is no figure itself', () => {
    expect(read('In 1887, Orbis Hall had 5,200 visitors.')).toEqual([['visitors', 5200, '1887']]);
    expect(read('Orbis Hall was completed in 1887.')[0]).toEqual(['event.completion', 'happened', '1887']);
  });
});

describe('the founding of a thing named only by "it"', () => {
  const pack = inlinePack('towns', [
    'entityTypes:',
    '  - {type: city, headers: [town]}',
    '  - {type: site, headers: [church]}',
    'entities:',
    '  - {id: dunmere, name: Dunmere, type: city, aliases: [Dunmere]}',
    'events:',
    '  - {id: founding, label: founding or building, triggers: [founded, was built], participantTypes: [city, site], minParticipants: 1}',
  ]);
  const events = (title: string, text: string) =>
    claimsUnder(pack, title, text).filter((c) => c.attribute === 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('after a sentence that opens on a name no pack knows, "it" is that thing: the building is no town’s founding', () => {
    expect(events('Three churches of Dunmere', "St. Arvel's Church stands alone on the ridge. It was built in 1852 to serve the garrison stationed in Dunmere.")).toEqual([]);
    expect(events('Three churches of Dunmere', "St. Arvel's Church stands alone on the ridge. There is nothing else nearby. It was built in 1852 for the garrison in Dunmere.")).toEqual([]);
    // A name after the verb is never what "it" stands for: here the pronoun stands for the town the sentence before named.
    expect(events('Notes', 'Dunmere lies on the ridge. It was founded in 1790 by traders from Halvik.')).toEqual([['dunmere', '1790']]);
    expect(events('Notes', 'Dunmere was founded in 1790 by traders from the coast.')).toEqual([['dunmere', '1790']]);
  });
});

describe('what a figure was expected to be', () => {
  const pack = packOf('expectations', 'party', [
    '{id: union, name: Union of the Commons, type: party, aliases: [Union of the Commons]}',
  ], [
    '{id: seats, label: seats, kind: quantity, unit: seat, unitWords: [seats, Sitze], triggers: [seats], subjects: [party]}',
  ]);
  const modalities = (text: string) => claimsUnder(pack, 'Notes', text).map((c) => c.modality);

  it('is a prediction, and a figure measured against it is not', () => {
    expect(modalities('The Union of the Commons is expected to win 61 seats.')).toEqual(['predicted']);
    expect(modalities('The Union of the Commons won 61 seats, more than expected.')).toEqual(['asserted']);
    expect(modalities('In a less expected result, the Union of the Commons won 61 seats.')).toEqual(['asserted']);
    expect(modalities('The Union of the Commons won 61 seats, as forecast.')).toEqual(['asserted']);
  });

  it('is hearsay or a plan in the words of other languages', () => {
    expect(modalities('Insider vermuten, die Union of the Commons gewinnt 61 seats.')).toEqual(['reported']);
    expect(modalities('A plan under consideration gives the Union of the Commons 61 seats.')).toEqual(['hypothetical']);
    expect(modalities("Un projet à l'étude donne à la Union of the Commons 61 seats.")).toEqual(['hypothetical']);
  });
});

describe('a figure that a later one revises', () => {
  const pack = inlinePack('revisions', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: organization, aliases: [Corvane Group, Corvane]}',
    'attributes:',
    '  - {id: customers, label: customers affected, kind: quantity, unit: count, unitWords: [customers], triggers: [customers], subjects: [organization]}',
    '  - {id: cost, label: cost, kind: quantity, unit: EUR, measure: stock, triggers: [budget], subjects: [organization]}',
  ]);
  const read = (text: string) =>
    claimsUnder(pack, 'Notes', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : undefined, c.value.kind === 'quantity' ? c.value.max : undefined, c.modality]);

  it('is hedged, and the revision is what the figure before it was, stated', () => {
    expect(read('Corvane first estimated that 2.8 million customers were affected; the figure was later revised to 4.2 million.')).toEqual([
      ['customers', 2.8e6, 2.8e6, 'hedged'],
      ['customers', 4.2e6, 4.2e6, 'asserted'],
    ]);
    expect(read('The Corvane Group budget, first estimated at €210 million, was later revised to €240 million.')).toEqual([
      ['cost', 210e6, 210e6, 'hedged'],
      ['cost', 240e6, 240e6, 'asserted'],
    ]);
    expect(read('The preliminary count gave Corvane Group 1.3 million customers.')).toEqual([['customers', 1.3e6, 1.3e6, 'hedged']]);
    expect(read('Corvane Group says about 2.8 million customers are affected, according to a preliminary estimate.')).toEqual([['customers', 2.8e6, 2.8e6, 'hedged']]);
    expect(read('Corvane Group says 2.8 million customers are affected, according to the company.')).toEqual([['customers', 2.8e6, 2.8e6, 'asserted']]);
  });

  it('reads "adjusted" before the measure it names as no revision: an expectation reaches past it', () => {
    const expected = 'Analysts had expected Corvane Group to report adjusted earnings of €3 million on a budget of €240 million.';
    expect(read(expected)).toEqual([['cost', 240e6, 240e6, 'predicted']]);
    expect(read('Corvane Group had expected a budget of €210 million and later adjusted the budget to €240 million.').map((c) => c[3])).toEqual(['predicted', 'asserted']);
  });

  it('reads "revised up to" as a move to the figure, not a bound', () => {
    expect(read('Corvane Group revised the count up to 4.2 million customers.')).toEqual([['customers', 4.2e6, 4.2e6, 'asserted']]);
    expect(read('Corvane Group has up to 4.2 million customers.')).toEqual([['customers', null, 4.2e6, 'asserted']]);
  });
});

describe('names and the clauses around them', () => {
  const pack = inlinePack('plants', [
    'entityTypes:',
    '  - {type: plant, headers: [station, plant, wind farm]}',
    'entities:',
    '  - {id: drummer, name: Drummerloch Power Station, type: plant, aliases: [Drummerloch Power Station, Drummerloch]}',
    '  - {id: kestrel, name: Kestrel Offshore Wind Farm, type: plant, aliases: [Kestrel Offshore Wind Farm, Kestrel]}',
    '  - {id: ardle, name: Ardle Wind Farm, type: plant, aliases: [Ardle Wind Farm, Ardle]}',
    'attributes:',
    '  - {id: fuel, label: fuel, kind: category, subjects: [plant], values: [{id: coal, synonyms: [coal, coal-fired]}, {id: gas, synonyms: [gas, gas-fired]}]}',
    '  - {id: siting, label: siting, kind: category, subjects: [plant], values: [{id: offshore, synonyms: [offshore]}, {id: onshore, synonyms: [onshore]}]}',
    '  - {id: capacity, label: capacity, kind: quantity, unit: MW, unitWords: [MW], triggers: [capacity], subjects: [plant]}',
  ]);
  const read = (text: string) =>
    claimsUnder(pack, 'Notes', text).map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? `${c.value.negated ? 'not ' : ''}${c.value.value}` : c.value.kind,
      c.time?.text,
    ]);

  it('keeps a value’s words inside a longer name a pack knows as the name’s', () => {
    expect(read('Kestrel Offshore Wind Farm has a capacity of 1,040 MW.')).toEqual([['kestrel', 'capacity', 1040, undefined]]);
    expect(read('Kestrel is an offshore wind farm.')).toEqual([['kestrel', 'siting', 'offshore', undefined]]);
  });

  it('denies no value that modifies a name after it ("did not shut down the coal-fired X")', () => {
    expect(read('Calder Grid did not shut down the coal-fired Drummerloch Power Station.')).toEqual([['drummer', 'fuel', 'coal', undefined]]);
    expect(read('Drummerloch is not a coal-fired station.')).toEqual([['drummer', 'fuel', 'not coal', undefined]]);
    // A name after a preposition is no name the value modifies.
    expect(read('Drummerloch is not a coal-fired station like Ardle.').map((c) => c[2])).toEqual(['not coal']);
  });

  it('takes no subject from an appositive set off by commas', () => {
    expect(read('Ardle Wind Farm, an older neighbour of Kestrel, has a capacity of 84 MW.')).toEqual([['ardle', 'capacity', 84, undefined]]);
  });
});

describe('an event whose verb is far from its one participant', () => {
  const pack = inlinePack('lives', [
    'entityTypes:',
    '  - {type: person, headers: [painter]}',
    '  - {type: plant, headers: [wind farm]}',
    'entities:',
    '  - {id: vasko, name: Teodor Vasko, type: person, aliases: [Teodor Vasko, Vasko]}',
    '  - {id: ooster, name: Ooster Bank, type: plant, aliases: [Ooster Bank]}',
    '  - {id: kestel, name: Kestel Sands, type: plant, aliases: [Kestel Sands]}',
    'events:',
    '  - {id: birth, label: born, triggers: [born], participantTypes: [person], minParticipants: 1}',
    '  - {id: death, label: died, triggers: [died], participantTypes: [person], minParticipants: 1}',
    '  - {id: commissioning, label: commissioned, triggers: [commissioned], participantTypes: [plant], minParticipants: 1}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.value.kind === 'event')
      .map((c) => [c.attribute, c.entity.id, c.time?.text]);

  it('takes the subject of the verb it is coordinated with, and its own date, not the one that ends the first verb', () => {
    expect(read('Teodor Vasko was born in Corvedo in 1841 and died in Tarrasca in 1903.')).toEqual([
      ['event.birth', 'vasko', '1841'],
      ['event.death', 'vasko', '1903'],
    ]);
  });

  it('takes for a subject pronoun or a type noun the paragraph’s last name of the type, else the section’s or the page’s', () => {
    const page = (text: string) =>
      analyse([{ file: 'a.md', text }], { lexicon: pack })
        .claims.filter((c) => c.value.kind === 'event')
        .map((c) => [c.attribute, c.entity.id, c.time?.text]);
    expect(page('# Painters\n\nTeodor Vasko was a painter. He was born in 1841.\n')).toEqual([['event.birth', 'vasko', '1841']]);
    expect(page('# Ooster Bank\n\nThe wind farm was commissioned in October 2022.\n')).toEqual([['event.commissioning', 'ooster', 'October 2022']]);
    // A pronoun with nothing of the event's type before it, and a noun of no type the event takes, name no one.
    expect(page('# Notes\n\nIt was commissioned in October 2022.\n')).toEqual([]);
    expect(page('# Ooster Bank\n\nThe painter was born in 1841.\n')).toEqual([]);
  });

  it('takes a name whose verb follows an aside set off by commas', () => {
    expect(read('The Ooster Bank wind farm, which has a capacity of 760 MW, was commissioned in October 2022.')).toEqual([['event.commissioning', 'ooster', 'October 2022']]);
    expect(read('The Ooster Bank wind farm, the largest of the three plants that line the coast, was commissioned in October 2022.')).toEqual([['event.commissioning', 'ooster', 'October 2022']]);
    expect(read('The Ooster Bank wind farm, its owner’s first offshore site, was commissioned in October 2022.')).toEqual([['event.commissioning', 'ooster', 'October 2022']]);
    // An acronym in parentheses after a name is no word apart: the date stays as near as without it.
    expect(read('The Ooster Bank wind farm was commissioned for the new Kestel Offshore Grid Authority (KOGA) on 3 October 2022.')).toEqual([['event.commissioning', 'ooster', '3 October 2022']]);
    // An event in a clause or an appositive right after a name is that name's, even a name replaced or compared with.
    expect(read('Kestel Sands replaces Ooster Bank, which was commissioned in 2009.')).toEqual([['event.commissioning', 'ooster', '2009']]);
    expect(read('Kestel Sands replaces Ooster Bank, a smaller plant commissioned in 2009.')).toEqual([['event.commissioning', 'ooster', '2009']]);
    // A coordinated verb's subject opens the sentence: not a name in an opening phrase.
    expect(read('Building on the Ooster Bank series of designs, the engineers of the firm refined the blades and commissioned a prototype.')).toEqual([]);
  });
});

describe('a day written without a year', () => {
  const pack = inlinePack('shares', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: organization, aliases: [Corvane Group]}',
    'attributes:',
    '  - {id: price, label: share price, kind: quantity, unit: EUR, measure: tally, triggers: [closed at], subjects: [organization]}',
    '  - {id: premium, label: premium, kind: quantity, unit: percent, triggers: [premium], subjects: [organization]}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-03-15\n---\n# Notes\n\n${text}\n` }], { lexicon: pack }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : undefined, c.time?.start]);

  it('dates a figure with no dated date of its own, in the year nearest the page’s date', () => {
    expect(read('On March 13, Corvane Group shares closed at €3.76. On March 14, Corvane Group shares closed at €3.42.')).toEqual([
      ['price', 3.76, '2025-03-13'],
      ['price', 3.42, '2025-03-14'],
    ]);
    // Not a day in a clause of its own after the figure.
    expect(read('Corvane Group offered a 46% premium to where its shares traded on March 14.')).toEqual([['premium', 46, undefined]]);
  });
});

describe('a figure converted in parentheses', () => {
  const pack = inlinePack('towers', [
    'entityTypes:',
    '  - {type: building, headers: [tower]}',
    'entities:',
    '  - {id: celina, name: Celina Tower, type: building, aliases: [Celina Tower]}',
    'attributes:',
    '  - {id: height, label: height, kind: quantity, unit: m, triggers: [tall], subjects: [building]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Notes', text).map((c) => [c.value.kind === 'quantity' ? c.value.min : undefined, c.quote]);

  it('is no figure of its own: a trigger after it is the first figure’s', () => {
    expect(read('The Celina Tower is 71 metres (233 ft) tall.')).toEqual([[71, '71 metres (233 ft) tall']]);
    // A figure in another dimension in parentheses is one of its own.
    expect(read('The Celina Tower is 71 metres tall (12 floors).')).toEqual([[71, '71 metres tall']]);
  });
});

/** Two companies and their events, for the tests of events below. */
const companyEvents = inlinePack('deals', [
  'entityTypes:',
  '  - {type: company, headers: [company]}',
  'entities:',
  '  - {id: corvane, name: Corvane, type: company, aliases: [Corvane]}',
  '  - {id: lark, name: Lark, type: company, aliases: [Lark]}',
  'events:',
  '  - {id: sale.announced, label: sale announcement, triggers: [announced], negations: [not], participantTypes: [company], minParticipants: 1}',
  '  - {id: recall, label: recall, triggers: [recalled], negations: [not], participantTypes: [company], minParticipants: 1}',
  '  - {id: merger, label: merger, triggers: [merged with], negations: [not], participantTypes: [company], minParticipants: 2}',
]);

describe('a line that dates the page, not what follows', () => {
  const dated = (line: string) =>
    analyse([{ file: 'a.md', text: `# Corvane sells\n\n${line}\n\nCorvane has announced a plan to license its catalogue to Lark.\n` }], { lexicon: companyEvents }).claims.map((c) => [c.attribute, c.time?.text ?? null]);
  it('"Updated: …" and "Published: …" date no event below them; a label does ("Sale – Mar 3, 2024")', () => {
    expect(dated('Updated: Nov 14, 2025')).toEqual([['event.sale.announced', null]]);
    expect(dated('Mis à jour le 2 mars 2024')).toEqual([['event.sale.announced', null]]);
    expect(dated('Sale – Mar 3, 2024')).toEqual([
      ['event.sale.announced', 'Mar 3, 2024'],
      ['event.sale.announced.date', null],
    ]);
  });
});

describe('a table row that sums or averages the rows above it', () => {
  const packWith = (extra: string[]) => inlinePack('outbreaks', [
      'entityTypes:',
      '  - {type: outbreak, headers: [outbreak]}',
      '  - {type: town, headers: [town]}',
      'entities:',
      '  - {id: lark-fever, name: Lark fever outbreak, type: outbreak, aliases: [Lark fever outbreak, Lark fever]}',
      '  - {id: halden, name: Halden, type: town, aliases: [Halden]}',
      '  - {id: corvane, name: Corvane, type: town, aliases: [Corvane]}',
      ...extra,
      'attributes:',
      '  - {id: cases, label: cases, kind: quantity, unit: cases, unitWords: [cases], triggers: [cases], headers: [cases], subjects: [outbreak, town], measure: tally}',
    ]);
  const page = (last: string, lexicon = packWith([])) =>
    analyse([{ file: 'a.md', text: `# Lark fever outbreak grows\n\nLark fever cases rose to 61.\n\n| Town | Cases |\n|---|---|\n| Halden | 40 |\n| Corvane | 21 |\n| ${last} | 61 |\n` }], { lexicon });
  it('is no thing of its own, and credits its figure to nothing', () => {
    for (const label of ['Total', 'Grand total', 'Gesamt', 'Total général', '合计', 'Average']) {
      const { claims, report } = page(label);
      expect(claims.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([
        ['lark-fever', 61],
        ['halden', 40],
        ['corvane', 21],
      ]);
      expect(report.conflicts).toEqual([]);
    }
  });
  it('is a thing a pack names so', () => {
    const named = packWith(['  - {id: total, name: Total, type: town, aliases: [Total]}']);
    expect(page('Total', named).claims.map((c) => c.entity.id)).toEqual(['lark-fever', 'halden', 'corvane', 'total']);
  });
});

describe('an event dated after the day its page was written', () => {
  const jets = inlinePack('jets', [
      'entityTypes:',
      '  - {type: aircraft, headers: [aircraft]}',
      'entities:',
      '  - {id: kestrel-k7, name: Kestrel K7, type: aircraft, aliases: [Kestrel K7, K7]}',
      'events:',
      '  - {id: first-delivery, label: first delivery, triggers: [first deliveries, primeras entregas], negations: [no, not], participantTypes: [aircraft], minParticipants: 1}',
    ]);
  const read = (sentence: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2026-05-20\n---\n\n${sentence}\n` }], { lexicon: jets }).claims.map((c) => [c.attribute, c.modality, c.time?.text ?? null]);
  it('has not happened, whatever words tell it, and is not read; one dated before it is', () => {
    expect(read('The first deliveries of the K7 are scheduled for 2028.')).toEqual([]);
    expect(read('Las primeras entregas del K7 están previstas para 2028.')).toEqual([]);
    expect(read('The first deliveries of the K7 came in March 2026.')).toEqual([
      ['event.first-delivery', 'asserted', 'March 2026'],
      ['event.first-delivery.date', 'asserted', null],
    ]);
  });
});

describe('a relative clause set off by a comma', () => {
  const jets = inlinePack('jets', [
      'entityTypes:',
      '  - {type: aircraft, headers: [aircraft]}',
      '  - {type: airline, headers: [airline]}',
      'entities:',
      '  - {id: kestrel-k7, name: Kestrel K7, type: aircraft, aliases: [Kestrel K7, K7]}',
      '  - {id: orbis-air, name: Orbis Air, type: airline, aliases: [Orbis Air]}',
      'attributes:',
      '  - {id: range, label: range, kind: quantity, unit: km, triggers: [range, fly], subjects: [aircraft], timeless: true}',
    ]);
  const modality = (sentence: string) => claimsIn(jets, `# Notes\n\n${sentence}\n`, 'range').map((c) => [c.entity.id, c.modality]);
  it('states a fact of its own, which a cue of the clause before it does not reach', () => {
    expect(modality('Orbis Air will lean on the K7, which can fly 6,000 km, a spokesperson said.')).toEqual([['kestrel-k7', 'asserted']]);
    expect(modality('Orbis Air will lean on the K7, which will fly 6,000 km.')).toEqual([['kestrel-k7', 'predicted']]);
    expect(modality('Orbis Air expects the K7 to fly 6,000 km.')).toEqual([['kestrel-k7', 'predicted']]);
  });

  it('is a forecast where a noun says so ("predictions", "projections"), as the verbs do', () => {
    expect(modality('Early predictions gave the K7 a range of 6,000 km.')).toEqual([['kestrel-k7', 'predicted']]);
    expect(modality('Projections gave the K7 a range of 6,000 km.')).toEqual([['kestrel-k7', 'predicted']]);
    expect(modality('Tests gave the K7 a range of 6,000 km.')).toEqual([['kestrel-k7', 'asserted']]);
  });
});

describe('a category that changes as news unfolds (measure: tally)', () => {
  const outbreaks = (measure: string) =>
    packOf('outbreaks', 'outbreak', [
        '{id: lark-fever, name: Lark fever outbreak, type: outbreak, aliases: [Lark fever outbreak, Lark fever]}',
      ], [
        `{id: status, label: outbreak status, kind: category, ${measure} triggers: [remains, declared, is], subjects: [outbreak], values: [{id: ongoing, group: ongoing, synonyms: [ongoing, active]}, {id: contained, group: contained, synonyms: [contained]}]}`,
      ]);
  const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n${text}\n` });
  const conflicts = (measure: string, pages: { file: string; text: string }[]) => analyse(pages, { lexicon: outbreaks(measure) }).report.conflicts.map((c) => [c.rule, c.claims.map((x) => x.place.file)]);
  it('meets only the values of its page\'s date; without it, every undated value meets every other', () => {
    const pages = [page('a.md', '2026-03-10', 'The Lark fever outbreak remains active.'), page('b.md', '2026-03-28', 'The Lark fever outbreak is contained.')];
    expect(conflicts('measure: tally,', pages)).toEqual([]);
    expect(conflicts('', pages)).toEqual([['categorical-exclusive', ['a.md', 'b.md']]]);
    expect(conflicts('measure: tally,', [pages[0]!, page('c.md', '2026-03-10', 'The Lark fever outbreak is contained.')])).toEqual([['categorical-exclusive', ['a.md', 'c.md']]]);
  });
});

describe('a percentage change of one quantity among others', () => {
  const pack = (growth: string) =>
    inlinePack('results', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group, Corvane]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue, 营收], blockers: [parts revenue, 零部件], subjects: [company]}',
      '  - {id: revenue.parts, label: parts revenue, kind: quantity, unit: EUR, triggers: [parts revenue, 零部件营收], subjects: [company]}',
      '  - {id: opex, label: operating expenses, kind: quantity, unit: EUR, triggers: [operating expenses], subjects: [company]}',
      `  - ${growth}`,
    ]);
  const read = (growth: string, text: string) =>
    analyse([{ file: 'a.md', text: `# Corvane Group\n\n${text}\n` }], { lexicon: pack(growth) }).claims.filter((c) => c.value.kind === 'quantity' && c.value.unit === 'percent').map((c) => [c.attribute, c.quote]);
  const byId = '{id: revenue.growth, label: growth year on year, kind: quantity, unit: percent, triggers: [year on year, 同比增长], subjects: [company]}';
  const byLabel = '{id: growth, label: revenue growth year on year, kind: quantity, unit: percent, triggers: [year on year, 同比增长], subjects: [company]}';
  it('is the change of the quantity its sentence names last before it, when the pack says whose change it is', () => {
    for (const growth of [byId, byLabel]) {
      const id = growth.includes('id: growth,') ? 'growth' : 'revenue.growth';
      expect(read(growth, 'Corvane Group revenue rose 12% year on year to €4.1 billion, while parts revenue grew 31% year on year and operating expenses rose 8% year on year.'), growth).toEqual([[id, '12% year on year']]);
      expect(read(growth, 'Corvane 营收同比增长 12%，零部件营收同比增长 31%。'), growth).toEqual([[id, '同比增长 12%']]);
      // With no quantity named before it, the change is the one the attribute names.
      expect(read(growth, 'Corvane Group grew 12% year on year.'), growth).toEqual([[id, '12% year on year']]);
    }
  });

  it('is read as before when the pack does not say whose change it is', () => {
    const unlinked = '{id: yoy, label: growth year on year, kind: quantity, unit: percent, triggers: [year on year], subjects: [company]}';
    expect(read(unlinked, 'Corvane Group parts revenue grew 31% year on year.')).toEqual([['yoy', '31% year on year']]);
    expect(read(byId, 'Corvane Group parts revenue grew 31% year on year.')).toEqual([]);
  });
});

describe('a clause that "when" opens after a date', () => {
  const pack = packOf('mines', 'mine', [
    '{id: harrow-pit, name: Harrow Pit, type: mine, aliases: [Harrow Pit]}',
  ], [
    '{id: deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [people, miners], measure: tally, triggers: [killed], subjects: [mine]}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-06-02\n---\n\n# Harrow Pit\n\n${text}\n` }], { lexicon: pack }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('dates its figures by that date: another time than the news', () => {
    expect(read('It was the worst accident since 2011, when a flood at the Harrow Pit killed 9 miners.')).toEqual([[9, '2011']]);
    expect(read('The collapse at the Harrow Pit killed 4 miners, the union said.')).toEqual([[4, null]]);
  });
});

describe('a figure that opens its clause, its verb a trigger', () => {
  const pack = packOf('canals', 'canal', [
    '{id: ardley-canal, name: Ardley Canal, type: canal, aliases: [Ardley Canal, 阿德利运河]}',
  ], [
    '{id: transits, label: transits, kind: quantity, unit: transits, unitWords: [vessels, ships, 艘], triggers: [transited, 通过], subjects: [canal]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Shipping notes', text).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('counts what the verb’s object saw, when no name stands before it', () => {
    expect(read('12,400 vessels transited the Ardley Canal last year.')).toEqual([['ardley-canal', 12400]]);
    expect(read('去年共有12,400艘船舶通过阿德利运河。')).toEqual([['ardley-canal', 12400]]);
    // Not across a comma, and not where a name stands before the figure.
    expect(read('12,400 vessels transited, the Ardley Canal said.')).toEqual([]);
  });
});

describe('dated list items that give one quantity', () => {
  const pack = packOf('ports', 'port', [
    '{id: ardley, name: Port of Ardley, type: port, aliases: [Port of Ardley, Ardley]}',
  ], [
    '{id: throughput, label: container throughput, kind: quantity, unit: TEU, unitWords: [TEU], triggers: [throughput, handled], subjects: [port]}',
    '{id: berths, label: berths, kind: quantity, unit: berths, unitWords: [berths], triggers: [berths], subjects: [port]}',
  ]);
  const read = (text: string, title = 'Ports') =>
    analyse([{ file: 'a.md', text: `# ${title}\n\n${text}\n` }], { lexicon: pack }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text]);
  it('take the quantity their introduction names, for the label’s period', () => {
    expect(read('Container throughput at the Port of Ardley, year by year:\n\n- 2023: 9.1 million\n- 2024: 9.8 million')).toEqual([
      ['ardley', 'throughput', 9.1e6, '2023'],
      ['ardley', 'throughput', 9.8e6, '2024'],
    ]);
  });
  it('take the one quantity whose unit words name the unit of a figure alone', () => {
    expect(read('A short history.\n\n- 2023: 9.1 million TEU\n- 2024: 40 berths', 'Port of Ardley')).toEqual([
      ['ardley', 'throughput', 9.1e6, '2023'],
      ['ardley', 'berths', 40, '2024'],
    ]);
    // An item with words of its own beside the figure is read as prose.
    expect(read('A short history.\n\n- 2023: a record 9.1 million TEU, said the port', 'Port of Ardley')).toEqual([]);
  });
  it('a label naming an attribute over counts of different things takes the count in its unit, not the last figure', () => {
    const crews = packOf('crews', 'fire', ['{id: lark-fire, name: Lark Fire, type: fire, aliases: [Lark Fire]}'], [
      '{id: crews, label: firefighters, kind: quantity, unit: firefighters, unitWords: [firefighters], headers: [personnel], subjects: [fire]}',
    ]);
    expect(figuresWith(crews, 'Personnel: 2,140 firefighters, 38 engines, 11 helicopters', 'crews', 'Lark Fire')).toEqual([['lark-fire', 2140]]);
    // Figures in units of one dimension are options of one value, none read.
    const phones = packOf('storage2', 'phone', ['{id: nova, name: Nova 7, type: phone, aliases: [Nova 7]}'], [
      '{id: storage, label: storage, kind: quantity, unit: GB, headers: [storage], subjects: [phone]}',
    ]);
    expect(figuresWith(phones, 'Storage: 256 GB, 1 TB', 'storage', 'Nova 7')).toEqual([]);
  });
});

describe('a label–value line whose label says estimate or plan', () => {
  const pack = packOf('towers2', 'tower', ['{id: halden, name: Halden Tower, type: tower, aliases: [Halden Tower]}'], [
    '{id: cost, label: construction cost, kind: quantity, unit: USD, triggers: [cost], headers: [cost, budget, estimated budget, projected cost, claimed cost], subjects: [tower]}',
  ]);
  const stands = (line: string) => claimsIn(pack, `# Halden Tower\n\n- ${line}\n`, 'cost').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
  it('is an estimate after "Estimated", a plan after "Projected", and stated otherwise, whatever a prose cue would say', () => {
    expect(stands('Estimated budget: $2.9 billion')).toEqual([[2.9e9, 'hedged']]);
    expect(stands('Projected cost: $3.1 billion')).toEqual([[3.1e9, 'predicted']]);
    expect(stands('Budget: $3.4 billion')).toEqual([[3.4e9, 'asserted']]);
    expect(stands('Claimed cost: $3.4 billion')).toEqual([[3.4e9, 'asserted']]);
  });
});

describe('a Korean clause that closes on a forecast’s words', () => {
  const pack = packOf('rankings', 'university', ['{id: garam, name: Garam University, type: university, aliases: [Garam University, 가람대학교]}'], [
    '{id: rank, label: rank, kind: quantity, unit: rank, triggers: [순위], subjects: [university]}',
  ]);
  const modality = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'rank').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
  it('is a forecast after the figure ("…겠다", "…예정이다"), a statement without one', () => {
    expect(modality('가람대학교는 순위를 80위로 끌어올리겠다고 밝혔다.')).toEqual([[80, 'predicted']]);
    expect(modality('가람대학교의 순위는 80위가 될 예정이다.')).toEqual([[80, 'predicted']]);
    expect(modality('가람대학교의 순위는 80위였다.')).toEqual([[80, 'asserted']]);
    // A clause in the past before the forecast's keeps its figure; a comma inside a figure ends no clause.
    expect(modality('가람대학교의 순위는 작년 120위였으나 80위로 오를 전망이다.').slice(0, 1)).toEqual([[120, 'asserted']]);
    expect(modality('가람대학교의 순위는 1,200위로 떨어질 전망이다.')).toEqual([[1200, 'predicted']]);
  });
});

describe('a part that the whole after it includes, as Korean, Japanese and Chinese write it', () => {
  const pack = packOf('campus', 'university', ['{id: garam, name: Garam University, type: university, aliases: [Garam University, 가람대학교, ガラム大学, 加兰大学]}'], [
    '{id: students, label: students, kind: quantity, unit: students, triggers: [재학생, 在学生, 在校生], subjects: [university]}',
  ]);
  it('is no value of the whole ("대학원생 4,200명을 포함해 1만 8,200명", "を含む", "包括…在内")', () => {
    expect(figuresWith(pack, '가람대학교의 재학생은 대학원생 4,200명을 포함해 1만 8,200명이다.', 'students')).toEqual([['garam', 18200]]);
    expect(figuresWith(pack, 'ガラム大学の在学生は大学院生4,200人を含む1万8,200人だ。', 'students')).toEqual([['garam', 18200]]);
    expect(figuresWith(pack, '加兰大学在校生包括4200名研究生在内共18200人。', 'students')).toEqual([['garam', 18200]]);
  });
});

describe('a clause set before the main one', () => {
  const pack = packOf('shares', 'company', [
    '{id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group, Corvane]}',
  ], [
    '{id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue, ingresos], subjects: [company]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Corvane Group', text).map((c) => [c.attribute, c.quote]);
  it('holds its trigger: it does not reach a figure of the main clause', () => {
    expect(read('Despite growth in profit and revenue, Corvane shares settled 2.1% lower at €41.20.')).toEqual([]);
    expect(read('A pesar de unos ingresos récord, las acciones de Corvane cerraron a 41,20 euros.')).toEqual([]);
    // A figure in the clause itself is still read, and so is one whose trigger is in the main clause.
    expect(read('After Corvane Group reported revenue of €4.1 billion, its shares fell.')).toEqual([['revenue', 'revenue of €4.1 billion']]);
    expect(read('Despite the slump, Corvane Group revenue rose to €4.1 billion.')).toEqual([['revenue', 'revenue rose to €4.1 billion']]);
  });
});

describe('a level or a running total said of a day or a week', () => {
  const films = (measure: string) =>
    packOf('films', 'film', [
      '{id: tin-lantern, name: The Tin Lantern, type: film, aliases: [The Tin Lantern, Tin Lantern]}',
    ], [
      `{id: gross, label: worldwide gross to date, kind: quantity, unit: USD, measure: ${measure}, triggers: [worldwide, global takings], subjects: [film]}`,
    ]);
  const page = (file: string, text: string) => ({ file, text: `---\ndate: 2026-05-10\n---\n\n${text}\n` });
  const pages = [
    page('a.md', 'The Tin Lantern took $84.2 million in cinemas worldwide over its second weekend.'),
    page('b.md', 'The Tin Lantern has now earned $412 million worldwide.'),
  ];
  it('is what that window added or held, another fact than the total to date', () => {
    for (const measure of ['tally', 'stock']) {
      const { claims, report } = analyse(pages, { lexicon: films(measure) });
      expect(claims.map((c) => [c.place.file, c.periodLength ?? null]), measure).toEqual([
        ['a.md', 'week'],
        ['b.md', null],
      ]);
      expect(report.conflicts, measure).toEqual([]);
    }
    // Two figures of one window still meet.
    const { report } = analyse([...pages, page('c.md', 'Over its second weekend The Tin Lantern grossed $61 million worldwide.')], { lexicon: films('tally') });
    expect(report.conflicts.map((c) => c.claims.map((x) => x.place.file))).toEqual([['a.md', 'c.md']]);
  });
  it('gives its window to the parts a phrase opened by "including" breaks it into', () => {
    const read = (text: string) => analyse([page('a.md', text)], { lexicon: films('stock') }).claims.map((c) => [c.quote, c.periodLength ?? null]);
    expect(read('The Tin Lantern took $84.2 million in its second weekend, including $51 million worldwide from its new markets.')).toEqual([
      ['$51 million worldwide', 'week'],
    ]);
    expect(read('Die Tin Lantern spielte am zweiten Wochenende 84,2 Millionen Dollar ein, darunter 51 Millionen Dollar worldwide.')).toEqual([
      ['51 Millionen Dollar worldwide', 'week'],
    ]);
    // A part of a figure said of no window is the total's to date.
    expect(read('The Tin Lantern has taken $412 million, including $230 million worldwide outside its home market.')).toEqual([['$230 million worldwide', null]]);
  });
});

describe('the day of a date before a trigger', () => {
  const pack = packOf('rates', 'bank', [
    '{id: corvane-bank, name: Corvane Bank, type: bank, aliases: [Corvane Bank, Corvane-Bank]}',
  ], [
    '{id: policy-rate, label: policy rate, kind: quantity, unit: percent, triggers: [policy rate, Leitzins], subjects: [bank]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Corvane Bank', text).map((c) => [c.attribute, c.quote]);
  it('is no figure of it: "on 13 March 2025 the policy rate", "am 13. März 2025 den Leitzins"', () => {
    expect(read('Corvane Bank said that on 13 March 2025 the policy rate was left alone.')).toEqual([]);
    expect(read('Die Corvane-Bank hat bei ihrer Sitzung am 13. März 2025 den Leitzins nicht verändert.')).toEqual([]);
    // The rate itself, after the date, is read.
    expect(read('Corvane Bank said that on 13 March 2025 the policy rate stood at 4.5%.')).toEqual([['policy-rate', 'policy rate stood at 4.5%']]);
  });
});

describe('one figure at two times', () => {
  const pack = (measure: string) =>
    packOf(`rates-${measure}`, 'bank', [
      '{id: corvane-bank, name: Corvane Bank, type: bank, aliases: [Corvane Bank]}',
    ], [
      `{id: policy-rate, label: policy rate, kind: quantity, unit: percent, measure: ${measure}, triggers: [policy rate], subjects: [bank]}`,
    ]);
  const pages = [
    { file: 'a.md', text: '# Corvane Bank\n\nIn March 2025 Corvane Bank set its policy rate at 4%.\n' },
    { file: 'b.md', text: '# Corvane Bank\n\nIn January 2026 Corvane Bank kept its policy rate at 4%.\n' },
  ];
  it('is a temporal-scope finding for a flow, not for a level that held (a stock, a tally)', () => {
    const rules = (measure: string) => analyse(pages, { lexicon: pack(measure) }).report.conflicts.map((c) => c.rule);
    expect(rules('flow')).toEqual(['temporal-scope']);
    expect(rules('stock')).toEqual([]);
    expect(rules('tally')).toEqual([]);
  });
});

describe('a date in an aside before an event’s verb', () => {
  const pack = inlinePack('listings', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, fundado], participantTypes: [company], minParticipants: 1}',
    '  - {id: listing, label: stock market listing, triggers: [listed its shares, salió a bolsa], participantTypes: [company], minParticipants: 1}',
  ]);
  const dated = (text: string) =>
    claimsUnder(pack, 'Corvane Group', text).filter((c) => c.value.kind === 'event').map((c) => [c.attribute, c.time?.text ?? null]);
  it('dates the aside’s event, not the main verb’s', () => {
    expect(dated('Corvane Group, founded in 1927, listed its shares on 12 March 2025.')).toEqual([
      ['event.founding', '1927'],
      ['event.listing', '12 March 2025'],
    ]);
    expect(dated('Corvane Group, fundado en 1927, salió a bolsa el 12 de marzo de 2025.')).toEqual([
      ['event.founding', '1927'],
      ['event.listing', '12 de marzo de 2025'],
    ]);
    expect(dated('Corvane Group, founded in 1927, listed its shares.')).toEqual([
      ['event.founding', '1927'],
      ['event.listing', null],
    ]);
  });
});

describe('a verb of launching with an object of its own', () => {
  const pack = inlinePack('launchers', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: brennerpay, name: Brennerpay, type: company, aliases: [Brennerpay]}',
    '  - {id: tessel, name: Tessel Card, type: company, aliases: [Tessel Card]}',
    'events:',
    '  - {id: product-launch, label: product launch, triggers: [launched, released, introduced, unveiled], participantTypes: [company, unknown], minParticipants: 1}',
  ]);
  const launches = (text: string) =>
    claimsUnder(pack, 'Notes', text).filter((c) => c.value.kind === 'event').map((c) => [c.entity.id, c.attribute, c.time?.text ?? null]);
  it('launches what it names after it, not the name before it: two launches of a company are no one event', () => {
    const text = 'Brennerpay was founded in 2018. In 2018, Brennerpay launched Ardenia’s first QR payment sticker. In 2020, Brennerpay also launched a card terminal for small shops.';
    expect(launches(text)).toEqual([]);
    expect(analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: pack }).report.conflicts).toEqual([]);
    expect(launches('Brennerpay unveiled its second reader in 2021.')).toEqual([]);
  });
  it('is still the name’s launch with no object, in the passive, and where the object is a name a pack knows', () => {
    expect(launches('Brennerpay launched in 2018.')).toEqual([['brennerpay', 'event.product-launch', '2018']]);
    expect(launches('Brennerpay was launched in March 2018.')).toEqual([['brennerpay', 'event.product-launch', 'March 2018']]);
    expect(launches('Brennerpay launched Tessel Card in 2020.')).toEqual([['tessel', 'event.product-launch', '2020']]);
  });
  it('is the launch of a known name set beside the object, not of the object alone', () => {
    expect(launches('Ostral has unveiled its newest flagship reader, the Tessel Card, and it ships in May.')).toEqual([['tessel', 'event.product-launch', null]]);
    expect(launches('Ostral unveiled its newest reader, Tessel Card, in 2021.')).toEqual([['tessel', 'event.product-launch', '2021']]);
    expect(launches('Ostral unveiled its newest reader for Tessel Card in 2021.')).toEqual([]);
    expect(launches('Compared with the recently released SOTA readers, Tessel Card still leads.')).toEqual([]);
  });
});

describe('a verb of founding with an object of its own', () => {
  const pack = inlinePack('founders', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group, 科瓦集团]}',
    '  - {id: orla, name: Orla Labs, type: company, aliases: [Orla Labs, 奥拉]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, co-founded, established, 成立], participantTypes: [company], minParticipants: 1}',
    '  - {id: recall, label: recall, triggers: [recalled], participantTypes: [company], minParticipants: 1}',
  ]);
  const events = (text: string) =>
    claimsUnder(pack, 'Notes', text).filter((c) => c.value.kind === 'event').map((c) => [c.entity.id, c.attribute, c.time?.text ?? null]);
  it('founds what it names after it, not the name before it', () => {
    expect(events('Corvane Group founded a research lab in Toronto in 2018.')).toEqual([]);
    expect(events('In 2020 Corvane Group established a partnership with Orla Labs.')).toEqual([]);
    expect(events('Corvane Group established itself as the market leader in 2016.')).toEqual([]);
    expect(events('科瓦集团于2009年成立了一家实验室。')).toEqual([]);
    expect(events('Corvane Group founded Orla Labs in 2018.')).toEqual([['orla', 'event.founding', '2018']]);
  });
  it('is still the name’s founding with no object, and other verbs keep theirs', () => {
    expect(events('Corvane Group was founded as a trading firm in 1927.')).toEqual([['corvane', 'event.founding', '1927']]);
    expect(events('Corvane Group was established in 1927.')).toEqual([['corvane', 'event.founding', '1927']]);
    expect(events('科瓦集团于1927年成立。')).toEqual([['corvane', 'event.founding', '1927年']]);
    expect(events('科瓦集团成立了十年。')).toEqual([['corvane', 'event.founding', null]]);
    expect(events('Corvane Group recalled its scooters in 2024.')).toEqual([['corvane', 'event.recall', '2024']]);
    // A type noun as the object stands for the name of that type before it.
    expect(events("Orla Labs invested. Ines Marchetti, Corvane Group's chief executive, who co-founded the company in 2011, spoke.")).toEqual([['corvane', 'event.founding', '2011']]);
  });
  it('reads no founding in "established as" a kind of thing: a standing the thing took, not its start', () => {
    expect(events('Corvane Group was established as a listed company in 1962.')).toEqual([]);
    expect(events('With a 4.4 rating on Orla Labs, it is firmly established as one of the busiest firms.')).toEqual([]);
    expect(events('Corvane Group is now well established as the market leader.')).toEqual([]);
  });
  it('takes no alias out of a foreign name parted by a middle dot', () => {
    expect(events('首席执行官查德·奥拉穆拉说，奥拉直到2011年才正式成立。').map((e) => e[0])).toEqual(['orla']);
    expect(events('首席执行官查德·奥拉穆拉说，该公司直到2011年才正式成立。')).toEqual([]);
  });
});

describe('figures and events that asides, parts and corrections take away', () => {
  const pack = inlinePack('works', [
    'entityTypes:',
    '  - {type: project, headers: [project, tunnel, bridge]}',
    '  - {type: person, headers: [person]}',
    'entities:',
    '  - {id: brenna, name: Brenna Tunnel, type: project, aliases: [Brenna Tunnel]}',
    '  - {id: harrow, name: Harrow Bridge, type: project, aliases: [Harrow Bridge]}',
    '  - {id: odo, name: King Odo, type: person, aliases: [King Odo]}',
    'attributes:',
    '  - {id: length, label: length, kind: quantity, unit: km, triggers: [long, length], headers: [length], subjects: [project]}',
    '  - {id: range, label: range, kind: quantity, unit: km, triggers: [range], subjects: [project]}',
    '  - {id: budget, label: budget, kind: quantity, unit: EUR, triggers: [budget, operations budget], headers: [budget, operations budget], subjects: [project], measure: flow}',
    '  - {id: mass, label: mass, kind: quantity, unit: kg, triggers: [weighs, mass], subjects: [project]}',
    '  - {id: reign, label: reign, kind: quantity, unit: years, triggers: [reign, reigned], subjects: [person]}',
    'events:',
    '  - {id: opening, label: opening, triggers: [opened, opening], negations: [not, never], participantTypes: [project], minParticipants: 1}',
    '  - {id: death, label: death, triggers: [died], participantTypes: [person], minParticipants: 1}',
    '  - {id: crowning, label: crowning, triggers: [was crowned, crowned], participantTypes: [person], minParticipants: 1}',
    '  - {id: birth, label: birth, triggers: [born, geboren], participantTypes: [person], minParticipants: 1}',
    '  - {id: marriage, label: marriage, triggers: [married, heiratete], negations: [never, nie], participantTypes: [person], minParticipants: 1}',
  ]);
  const values = (heading: string, text: string) =>
    claimsUnder(pack, heading, text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : c.value.value, c.modality, c.time?.text ?? null]);
  it('reads no trigger that ends a word made with a hyphen before another noun', () => {
    const ranges = packOf('ranges', 'project', ['{id: harrow, name: Harrow Bridge, type: project, aliases: [Harrow Bridge]}'], ['{id: range, label: range, kind: quantity, unit: km, triggers: [range], subjects: [project]}']);
    const read = (text: string) => claimsUnder(ranges, 'Notes', text).map((c) => (c.value.kind === 'quantity' ? c.value.text : null));
    expect(read('The Harrow Bridge has a range of 480 km. Its long-range radar detects ships at up to 30 km.')).toEqual(['480 km']);
    expect(read('The Harrow Bridge has a 480 km-range radar.')).toEqual(['480 km']);
  });
  it('reads the second year of a span as a year, and a gap as no value', () => {
    expect(values('Notes', 'King Odo reigned for 33 years. His reign of 33 years, from 1738 to 1771, was long.').map((v) => v[2])).toEqual([33, 33]);
    expect(values('Notes', 'Dates in the reign of King Odo are sometimes given eleven days apart.')).toEqual([]);
    expect(values('Brenna Tunnel', '- Length: 38.4 km (two bores, 40 m apart)')).toEqual([['brenna', 'length', 38.4, 'asserted', null]]);
  });
  it('keeps a figure out of the whole it is part of, and dates a label’s figure by the label', () => {
    expect(values('Brenna Tunnel', '- **Science grants, FY2032:** €34 million (included in the operations budget)')).toEqual([]);
    expect(values('Brenna Tunnel', '- **Operations budget, FY2032:** €210 million, up from €185 million in FY2031')).toEqual([['brenna', 'budget', 210e6, 'asserted', 'FY2032']]);
  });
  it('withdraws what a correction says the page gave wrongly, wherever the page gave it', () => {
    const text = '**09:26** — The Harrow Bridge deck weighs 6,530 kg.\n\n**11:05** — **Correction:** At 09:26 we said the Harrow Bridge deck weighs 6,530 kg. The mass is 6,350 kg.';
    expect(values('Harrow Bridge live', text).map((v) => [v[2], v[3]])).toEqual([
      [6530, 'reported'],
      [6530, 'reported'],
      [6350, 'asserted'],
    ]);
    expect(values('Harrow Bridge live', 'The Harrow Bridge deck weighs 6,530 kg.\n\nAt 09:26 we said the Harrow Bridge deck weighs 6,530 kg.').map((v) => v[3])).toEqual(['asserted', 'asserted']);
  });
  it('dates an event by the day in its own clause past an appositive, and reads no moved plan as an event', () => {
    expect(values('Harrow Bridge', 'The last segment of the Harrow Bridge was lifted on 14 September 2022, and the bridge was opened by the minister, Alys Penhallow, on 2 June 2023.')[0]).toEqual(['harrow', 'event.opening', 'happened', 'asserted', '2 June 2023']);
    expect(values('Notes', "The Brenna Tunnel's opening has been pushed back twice, most recently from 2023 to 2026.")).toEqual([]);
    expect(values('Notes', 'The Brenna Tunnel opened in 2024 after delays.')[0]).toEqual(['brenna', 'event.opening', 'happened', 'asserted', '2024']);
  });
  it('reads no negation into an event named after "after" or "since", nor a subject in the appositive of a possessive', () => {
    expect(values('Notes', 'The Brenna Tunnel has not been inspected since its opening.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', null]]);
    expect(values('Notes', 'The Brenna Tunnel has not opened.')).toEqual([['brenna', 'event.opening', 'not-happened', 'asserted', null]]);
    expect(values('Notes', 'Her father, the younger brother of King Odo, died in 1719.')).toEqual([]);
  });
  it('gives an event whose own noun is the subject, in a sentence that names nothing, to the page’s thing', () => {
    const openings = (text: string) => values('Brenna Tunnel', text).filter((v) => v[1] === 'event.opening');
    expect(openings('The opening happened on 2 June 2023.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', '2 June 2023']]);
    expect(openings('Work began in 2017 and the tunnel opened on 2 June 2023.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', '2 June 2023']]);
    expect(values('Brenna Tunnel', 'The ceremony happened in June, two years after King Odo opened the archive.')).toEqual([]);
  });
  it('reads a German verb’s subject and negation where German puts them', () => {
    expect(values('Notes', 'King Odo heiratete nie.')).toEqual([['odo', 'event.marriage', 'not-happened', 'asserted', null]]);
    expect(values('Notes', 'King Odo heiratete im Jahr 1720 in Dornau.')[0]).toEqual(['odo', 'event.marriage', 'happened', 'asserted', '1720']);
    expect(values('Notes', 'King Odo wurde am 22. Oktober 1702 in Dornau geboren.')[0]).toEqual(['odo', 'event.birth', 'happened', 'asserted', '22. Oktober 1702']);
  });
  it('dates a figure by none of the dates of what it is compared with or includes, and an event named after "since" by its own', () => {
    expect(values('Notes', 'The final budget of the Brenna Tunnel was €3.1 billion, about 29% above the 2018 budget.').map((v) => v[4])).toEqual([null]);
    expect(values('Notes', 'The final budget of the Brenna Tunnel was €3.1 billion, 4% ahead of 2018.').map((v) => v[4])).toEqual([null]);
    expect(values('Notes', 'The final budget of the Brenna Tunnel was €3.1 billion, well behind 2018.').map((v) => v[4])).toEqual([null]);
    expect(values('Notes', 'The Brenna Tunnel budget is €3.1 billion, including a €400 million grant paid in 2022.').map((v) => v[4])).toEqual([null]);
    expect(values('Notes', 'Since its opening on 14 March 2025, the Brenna Tunnel has carried 3.9 million cars.').filter((v) => v[1] === 'event.opening')).toEqual([
      ['brenna', 'event.opening', 'happened', 'asserted', '14 March 2025'],
    ]);
  });
  it('dates no event by a date that opens a span after "since", its word outside that phrase', () => {
    const openings = (text: string) => values('Notes', text).filter((v) => v[1] === 'event.opening');
    expect(openings('Traffic has doubled since the beginning of 2023, with the biggest jumps matching the opening of the Brenna Tunnel.')).toEqual([
      ['brenna', 'event.opening', 'happened', 'asserted', null],
    ]);
    expect(openings('Since 2023, the Brenna Tunnel has opened to lorries.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', null]]);
    expect(openings('The Brenna Tunnel has been busy since its opening in March 2023.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', 'March 2023']]);
  });
  it('makes an event that happened again one of a kind of its own', () => {
    const again = claimsUnder(pack, 'Notes', 'King Odo was crowned in May 1731. He was crowned again in 1741.').filter((c) => c.attribute === 'event.crowning');
    expect(again.map((c) => [c.time?.text, c.variant ?? null])).toEqual([
      ['May 1731', null],
      ['1741', 'again'],
    ]);
  });
});

describe('what the first readings of asides, plans and founders took too far (review of the change)', () => {
  const pack = inlinePack('reviewed', [
    'entityTypes:',
    '  - {type: company, headers: [company, firm, retailer]}',
    '  - {type: project, headers: [project, tunnel, line]}',
    'entities:',
    '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden]}',
    '  - {id: talvik, name: Talvik Systems, type: company, aliases: [Talvik]}',
    '  - {id: brenna, name: Brenna Tunnel, type: project, aliases: [Brenna Tunnel]}',
    '  - {id: marrow, name: Marrow Pass Tunnel, type: project, aliases: [Marrow Pass Tunnel]}',
    '  - {id: tessary, name: Tessary, type: company, aliases: [Tessary]}',
    'attributes:',
    '  - {id: staff, label: employees, kind: quantity, unit: people, unitWords: [people, employees], triggers: [employs, employees], subjects: [company]}',
    '  - {id: deliveries, label: deliveries, kind: quantity, unit: vehicles, unitWords: [vehicles], triggers: [delivered], subjects: [company], measure: flow}',
    '  - {id: income, label: net income, kind: quantity, unit: USD, triggers: [net income], subjects: [company], measure: flow}',
    '  - {id: cases, label: confirmed cases, kind: quantity, unit: cases, triggers: [confirmed cases, cases], subjects: [company]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, fondée, gegründet], participantTypes: [company], minParticipants: 1}',
    '  - {id: opening, label: opening, triggers: [opened, opening], participantTypes: [project], minParticipants: 1}',
  ]);
  const read = (heading: string, text: string) =>
    claimsUnder(pack, heading, text)
      .filter((c) => !c.attribute.endsWith('.date'))
      .map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null, c.modality, c.time?.text ?? null]);
  it('reads no plan as an event, and keeps an event whose story holds a delay', () => {
    expect(read('Brenna Tunnel', 'The opening was originally due in 2024.')).toEqual([]);
    expect(read('Notes', 'The Brenna Tunnel, which had been delayed by two years, opened on 14 March 2025.')).toEqual([['brenna', 'event.opening', 'happened', 'asserted', '14 March 2025']]);
  });
  it('founds the name a type noun introduces, and reads no object into a passive or a time phrase', () => {
    expect(read('Notes', "Halden's former finance chief founded the company Talvik in 2010.")).toEqual([['talvik', 'event.founding', 'happened', 'asserted', '2010']]);
    expect(read('Notes', 'Halden was founded the same year as Talvik, in 1962.')).toEqual([['halden', 'event.founding', 'happened', 'asserted', '1962']]);
    expect(read('Notes', 'Halden a été fondée le 3 mars 1962 à Bergen.')).toEqual([['halden', 'event.founding', 'happened', 'asserted', '3 mars 1962']]);
    expect(read('Notes', 'Halden hat im März 2021 gemeinsam mit der Stadt eine Betreibergesellschaft gegründet.')).toEqual([]);
  });
  it('gives a possessive subject’s appositive name its event, and a type noun after "and" the page’s thing when the paragraph named several', () => {
    expect(read('Notes', 'Its successor, the Marrow Pass Tunnel, opened on 2 June 2023.')).toEqual([['marrow', 'event.opening', 'happened', 'asserted', '2 June 2023']]);
    expect(read('Brenna Tunnel', 'The Brenna Tunnel relieves the Marrow Pass Tunnel, which had run at capacity. Boring started in 2019 and the tunnel opened on 14 March 2025.')).toEqual([
      ['brenna', 'event.opening', 'happened', 'asserted', '14 March 2025'],
    ]);
  });
  it('reads an age written bare after its word, a French pronoun, and a type noun past its paragraph as the page’s thing', () => {
    const lives = inlinePack('lives', [
      'entityTypes:',
      '  - {type: person, headers: [person, queen, general]}',
      '  - {type: planet, headers: [planet]}',
      'entities:',
      '  - {id: adalind, name: Adalind II, type: person, aliases: [Adalind II]}',
      '  - {id: valdan, name: Ruprecht Valdan, type: person, aliases: [Valdan]}',
      '  - {id: k41b, name: Kestrel-41b, type: planet, aliases: [Kestrel-41b]}',
      'attributes:',
      '  - {id: age, label: age at death, kind: quantity, unit: years, triggers: [aged, died aged, at the age of], subjects: [person]}',
      '  - {id: period, label: orbital period, kind: quantity, unit: days, triggers: [orbite, orbits], subjects: [planet]}',
    ]);
    const ages = (heading: string, text: string) => claimsUnder(lives, heading, text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(ages('Notes', 'Adalind II died aged 61.')).toEqual([['adalind', 'age', 61]]);
    expect(ages('Adalind II', 'The victory at Harnsby was Valdan’s.\n\nThe queen, who died aged 61, left her son a richer kingdom.')).toEqual([['adalind', 'age', 61]]);
    expect(ages('Kestrel-41b', 'La planète Kestrel-41b boucle son orbite en 9,3 jours.\n\nLes données révèlent une seconde planète, Kestrel-41c. Elle boucle son orbite en 4,1 jours.')).toEqual([['k41b', 'period', 9.3]]);
  });
  it('reads the event of a clause that a verb of confirming opens, not an event named as that verb’s object', () => {
    expect(read('Notes', 'Atanasova confirms Halden founded Talvik in 2010.')).toEqual([['talvik', 'event.founding', 'happened', 'asserted', '2010']]);
    expect(read('Notes', 'The board confirmed that it opened the Brenna Tunnel in 2019.').map((v) => [v[0], v[1]])).toEqual([['brenna', 'event.opening']]);
    expect(read('Notes', 'The court confirmed the opening of the Brenna Tunnel in 2019.')).toEqual([]);
  });
  it('keeps figures that a word near them only seemed to take away', () => {
    expect(read('Notes', 'Halden employs 5,000 people apart from its contractors.').map((v) => v[2])).toEqual([5000]);
    expect(read('Notes', 'At Tessary, lab-confirmed cases rose to 1,240.').map((v) => v[2])).toEqual([1240]);
    expect(read('Notes', 'Halden delivered 41,000 vehicles, including 9,000 electric models, in 2024.')).toEqual([['halden', 'deliveries', 41000, 'asserted', '2024']]);
    expect(read('Notes', "Halden's shares corrected sharply in March after it reported net income of $310 million for 2024.").map((v) => v[3])).toEqual(['asserted']);
  });
});

describe('a date an event’s verb governs, beside a category value', () => {
  const pack = inlinePack('seats', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group, 科尔文集团]}',
    'attributes:',
    '  - {id: hq, label: headquarters, kind: category, triggers: [headquartered in, 总部位于], subjects: [company], values: [{id: ardley, group: ardley, synonyms: [Ardley, 阿德利]}, {id: fenmoor, group: fenmoor, synonyms: [Fenmoor]}]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, 成立于], participantTypes: [company], minParticipants: 1}',
  ]);
  const pages = [
    { file: 'a.md', text: '# Corvane Group\n\nCorvane Group was founded in 2019 and is headquartered in Ardley.\n' },
    { file: 'b.md', text: '# 科尔文集团\n\n科尔文集团成立于2020年，总部位于阿德利。\n' },
    { file: 'c.md', text: '# Corvane Group\n\nCorvane Group is headquartered in Fenmoor.\n' },
  ];
  it('dates the event, not the value: the values meet', () => {
    const { claims, report } = analyse(pages, { lexicon: pack });
    expect(claims.filter((c) => c.attribute === 'hq').map((c) => [c.place.file, c.time?.text ?? null])).toEqual([
      ['a.md', null],
      ['b.md', null],
      ['c.md', null],
    ]);
    expect(report.conflicts.filter((c) => c.attribute === 'hq').map((c) => c.rule)).toEqual(['categorical-exclusive']);
  });
});

describe('a figure after "and" and a predicate of its own', () => {
  const pack = packOf('windows', 'model', [
    '{id: tern-4, name: Tern-4, type: model, aliases: [Tern-4]}',
  ], [
    '{id: context, label: context window, kind: quantity, unit: token, unitWords: [tokens], triggers: [context window], subjects: [model]}',
    '{id: corpus, label: training tokens, kind: quantity, unit: token, unitWords: [tokens], triggers: [trained on], blockers: [context window], subjects: [model]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Tern-4', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
  it('is no other value of the figure before it, and a blocker of that figure does not reach it', () => {
    expect(read('Tern-4 has a context window of 64,000 tokens and was trained on about 9 trillion tokens.')).toEqual([
      ['context', 64000],
      ['corpus', 9e12],
    ]);
    // A blocker in the figure's own predicate still keeps it from the attribute.
    expect(read('Tern-4 was trained on a context window of 64,000 tokens.')).toEqual([['context', 64000]]);
  });
});

describe('a page that revises a figure it gave before', () => {
  const pack = packOf('revisions', 'model', [
    '{id: tern-4, name: Tern-4, type: model, aliases: [Tern-4]}',
  ], [
    '{id: context, label: context window, kind: quantity, unit: token, unitWords: [tokens], triggers: [context window], subjects: [model]}',
  ]);
  const pages = [
    { file: 'a.md', text: '# Tern-4\n\nThe context window of Tern-4 is 32,000 tokens, the lab said.\n\nUpdate: the context window was later revised to 64,000 tokens.\n' },
    { file: 'b.md', text: '# Tern-4\n\nTern-4 has a context window of 64,000 tokens.\n' },
  ];
  it('states the revised figure: the one it replaced meets no other page', () => {
    const conflicts = (files: typeof pages) => analyse(files, { lexicon: pack }).report.conflicts.map((c) => c.claims.map((x) => `${x.place.file}:${x.place.line}`));
    expect(conflicts(pages)).toEqual([]);
    // Without the revision, the page's figure meets the other page's.
    expect(conflicts([{ file: 'a.md', text: '# Tern-4\n\nThe context window of Tern-4 is 32,000 tokens, the lab said.\n' }, pages[1]!])).toEqual([['a.md:3', 'b.md:3']]);
  });
});

describe('a month its sentence names with no year', () => {
  const pack = packOf('exports', 'country', [
    '{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia]}',
  ], [
    '{id: exports, label: exports, kind: quantity, unit: USD, triggers: [exports], subjects: [country]}',
  ]);
  const page = (date: string, text: string) => ({ file: 'a.md', text: `---\ndate: ${date}\n---\n\n# Ardenia\n\n${text}\n` });
  const time = (date: string, text: string) => analyse([page(date, text)], { lexicon: pack }).claims.map((c) => [c.time?.start ?? null, c.time?.end ?? null]);
  it('dates a figure in the year that puts it nearest the page’s date, as a day with no year does', () => {
    expect(time('2025-02-14', 'Ardenia exports reached $4.1 billion in January.')).toEqual([['2025-01-01', '2025-01-31']]);
    expect(time('2025-02-14', 'In December, Ardenia exports reached $4.3 billion.')).toEqual([['2024-12-01', '2024-12-31']]);
    // With a year of its own, the month is that year's.
    expect(time('2025-02-14', 'Ardenia exports reached $4.1 billion in January 2023.')).toEqual([['2023-01-01', '2023-01-31']]);
  });
});

describe('a quarter a sentence names with no year', () => {
  const pack = packOf('output', 'country', [
    '{id: ardenia, name: Ardenia, type: country, aliases: [Ardenia]}',
  ], [
    '{id: growth, label: growth, kind: quantity, unit: percent, triggers: [output rose, output grew], subjects: [country]}',
  ]);
  const times = (text: string) =>
    analyse([{ file: 'a.md', text: `# Ardenia\n\nArdenia output grew 0.5% in the fourth quarter of 2024.\n\n${text}\n` }], { lexicon: pack }).claims.map((c) => [c.quote, c.time?.text ?? null]);
  it('is not the one quarter the page named before, when it names another', () => {
    expect(times('In the third quarter, Ardenia output rose 0.7%.')).toEqual([
      ['output grew 0.5%', 'fourth quarter of 2024'],
      ['output rose 0.7%', null],
    ]);
    // "In the quarter", or the same quarter named again, is the page's quarter; one named after the figure (a base) says nothing.
    expect(times('In the fourth quarter, Ardenia output rose 0.7%.').at(-1)).toEqual(['output rose 0.7%', 'fourth quarter of 2024']);
    expect(times('In the quarter, Ardenia output rose 0.7%, up from Q3.').at(-1)).toEqual(['output rose 0.7%', 'fourth quarter of 2024']);
  });
});

describe('a table row a pack’s event and the built-in one both list', () => {
  const clubs = withInlinePack(
    [
      'name: clubs',
      'entityTypes:',
      '  - {type: club, headers: [club]}',
      'entities:',
      '  - {id: harbour-rovers, name: Harbour Rovers, type: club, aliases: [Harbour Rovers]}',
      'events:',
      '  - {id: formed, label: founding of a club, triggers: [founded], headers: [founded], participantTypes: [club], minParticipants: 1}',
    ].join('\n'),
    'clubs.yml',
  );
  it('dates the pack’s event, as a trigger in prose does', () => {
    const text = '# Harbour Rovers\n\n| Harbour Rovers | |\n|---|---|\n| Founded | 1911 |\n\nHarbour Rovers was founded in 1913.\n';
    const dates = analyse([{ file: 'a.md', text }], { lexicon: clubs }).claims.filter((c) => c.attribute.endsWith('.date')).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.text : null]);
    expect(dates).toEqual([
      ['event.formed.date', '1911'],
      ['event.formed.date', '1913'],
    ]);
  });
});

describe('a level a move reached, after its size in basis points', () => {
  const pack = packOf('moves', 'bank', [
    '{id: corvane-bank, name: Corvane Bank, type: bank, aliases: [Corvane Bank]}',
  ], [
    '{id: policy-rate, label: policy rate, kind: quantity, unit: percent, triggers: [policy rate], subjects: [bank]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Corvane Bank', text).map((c) => [c.value.kind === 'quantity' ? c.value.text : null, c.time?.text ?? null]);
  it('takes the trigger before the move; the move and its start are no level', () => {
    expect(read('Corvane Bank raised its policy rate by 25 basis points, from 3.25% to 3.5%, on 9 April 2025.')).toEqual([['3.5%', '9 April 2025']]);
    expect(read('Corvane Bank cut its policy rate by 50 bp to 2.75% on 9 April 2025.')).toEqual([['2.75%', '9 April 2025']]);
  });
  it('past a few words of the move, in English, German and French', () => {
    expect(read('Corvane Bank\'s policy rate fell in the second quarter by 50 bp to 2.75%.')).toEqual([['2.75%', null]]);
    expect(read('Der policy rate sank im zweiten Quartal um 50 Basispunkte auf 2,75 %.')).toEqual([['2,75 %', null]]);
    expect(read('Le policy rate a reculé au deuxième trimestre de 50 points de base à 2,75 %.')).toEqual([['2,75 %', null]]);
    // A figure after "to" with no move's size before it is still too far.
    expect(read('Corvane Bank\'s policy rate fell sharply in the second quarter of the year to 2.75%.')).toEqual([]);
  });
});

describe('a category value after a name and another name for it in parentheses', () => {
  const pack = packOf('designs', 'model', [
    '{id: tern-4, name: Tern-4, type: model, aliases: [Tern-4, 燕鸥-4]}',
  ], [
    '{id: design, label: design, kind: category, triggers: [], subjects: [model], values: [{id: sparse, group: sparse, synonyms: [sparse, 稀疏]}, {id: dense, group: dense, synonyms: [dense, 稠密]}]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Notes', text).map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
  it('is said of that name, as without the parenthesis', () => {
    expect(read('Tern-4 (燕鸥-4) is a sparse model.')).toEqual([['tern-4', 'sparse']]);
    expect(read('燕鸥-4（Tern-4）是一个稀疏模型。')).toEqual([['tern-4', 'sparse']]);
    expect(read('Tern-4 is a sparse model.')).toEqual([['tern-4', 'sparse']]);
  });
});

describe('the built-in pack on a Chinese model page', () => {
  const ai = withInlinePack(['name: tern', 'entities:', '  - {id: tern-4, name: Tern-4, type: model, aliases: [Tern-4]}'].join('\n'), 'tern.yml');
  const read = (text: string) => claimsUnder(ai, 'Tern-4', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null]);
  it('reads 激活 as active parameters and 混合专家 as MoE, not an activation’s memory', () => {
    expect(read('Tern-4 采用混合专家架构，每个token激活120亿参数。')).toEqual([
      ['architecture', 'moe'],
      ['params.active', 12e9],
    ]);
    expect(read('Tern-4 处理长度100万的序列时，MLP 层的激活权重占用大量显存。')).toEqual([]);
  });
});

describe('an age something happened at', () => {
  const pack = packOf('players', 'player', [
    '{id: dario-venn, name: Dario Venn, type: player, aliases: [Dario Venn, Venn]}',
  ], [
    '{id: age, label: age, kind: quantity, unit: year, unitWords: [years old, anni, años, anos], triggers: [aged, age, anni, años, anos, years old], subjects: [player]}',
    '{id: contract, label: contract length, kind: quantity, unit: year, triggers: [contract], subjects: [player]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'Dario Venn', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
  it('is not the age now: "debuted at 18", "esordì a 18 anni", "debutó a los 18 años"', () => {
    expect(read('Venn, 24 anni, ha esordito in Serie A a 18 anni.')).toEqual([['age', 24]]);
    expect(read('Venn debutó a los 18 años y hoy tiene 24 años.')).toEqual([['age', 24]]);
    expect(read('Dario Venn is 24 years old; he made his debut at 18 years old.')).toEqual([['age', 24]]);
    // "a" before a figure in English is an article: "signed a 5-year contract".
    expect(read('Dario Venn signed a 5-year contract.')).toEqual([['contract', 5]]);
  });
});

describe('a name after "led by"', () => {
  const pack = packOf('rounds', 'company', [
    '{id: corvane, name: Corvane Labs, type: company, aliases: [Corvane Labs]}',
    '{id: halden, name: Halden Ventures, type: company, aliases: [Halden Ventures]}',
  ], ['{id: valuation, label: valuation, kind: quantity, unit: USD, triggers: [valuation], subjects: [company]}']);
  const read = (text: string) => claimsUnder(pack, 'Notes', text).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('is who led the round, not whose valuation the sentence gives', () => {
    expect(read('Corvane Labs raised $120 million in a round led by Halden Ventures, at a post-money valuation of $1.1 billion.')).toEqual([['corvane', 1.1e9]]);
    // A clause about the leader is the leader's.
    expect(read('The round was led by Halden Ventures, which has a valuation of $4 billion.')).toEqual([['halden', 4e9]]);
  });
});

describe('a figure after another, with a trigger of another attribute after it', () => {
  const pack = packOf('takings', 'film', [
    '{id: tin-lantern, name: The Tin Lantern, type: film, aliases: [The Tin Lantern]}',
  ], [
    '{id: gross.home, label: home gross, kind: quantity, unit: USD, triggers: [at home, domestically], subjects: [film]}',
    '{id: gross.abroad, label: overseas gross, kind: quantity, unit: USD, triggers: [overseas], subjects: [film]}',
  ]);
  const read = (text: string) => claimsUnder(pack, 'The Tin Lantern', text).map((c) => [c.attribute, c.quote]);
  it('is no other value of the attribute before it, even where a count between took that trigger', () => {
    expect(read('The Tin Lantern took $40 million domestically and $52 million from 31 markets overseas.')).toEqual([['gross.home', '$40 million domestically']]);
    // With no such trigger, it is another value of the same attribute, as before.
    expect(read('The Tin Lantern took $40 million domestically and $52 million in its first fortnight.')).toEqual([
      ['gross.home', '$40 million domestically'],
      ['gross.home', '$52 million'],
    ]);
  });
});

describe('an event whose subject is a noun for the page’s kind of thing', () => {
  const pack = inlinePack('founders', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, gegründet, fundada], participantTypes: [company], minParticipants: 1}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `# Corvane Group\n\nCorvane Group makes pumps.\n\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.value.kind === 'event')
      .map((c) => [c.entity.id, c.time?.text]);
  it('is the page’s thing of that kind, in German with its verb at the end too', () => {
    expect(read('Das Unternehmen wurde 1989 in Bremen gegründet.')).toEqual([['corvane', '1989']]);
    expect(read('A empresa, fundada em 1987, emprega 900 pessoas.')).toEqual([['corvane', '1987']]);
    // Not a noun of that kind farther off in English, where the verb follows its subject closely.
    expect(read('Check the company handbook against the list of addresses we founded.')).toEqual([]);
  });
});

describe('an event that a cue noun names', () => {
  const pack = inlinePack('closures', [
    'entityTypes:',
    '  - {type: region, headers: [region]}',
    '  - {type: agency, headers: [agency]}',
    'entities:',
    '  - {id: fenmoor, name: Fenmoor, type: region, aliases: [Fenmoor]}',
    '  - {id: health-office, name: Fenmoor Health Office, type: agency, aliases: [Fenmoor Health Office]}',
    'events:',
    '  - {id: school-closure, label: school closures, triggers: [closed], cues: [schools, écoles], negations: [no, aucune], participantTypes: [region, agency], minParticipants: 1}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.value.kind === 'event')
      .map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);
  it('is denied by a negation right before the cue, however far the verb; who speaks is no participant', () => {
    expect(read('No schools in the district of Fenmoor have been closed, the Fenmoor Health Office said.')).toEqual([['fenmoor', 'not-happened']]);
    expect(read('Schools in Fenmoor were closed on Monday, the Fenmoor Health Office said.')).toEqual([['fenmoor', 'happened']]);
    expect(read('According to the Fenmoor Health Office, schools in Fenmoor were closed.')).toEqual([['fenmoor', 'happened']]);
  });

  it('denied only as of its page’s day, meets a report of it up to that day, not after', () => {
    const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` });
    const denial = page('b.md', '2026-03-18', '*Fenmoor Courier — March 18, 2026*\n\nNo schools in Fenmoor have been closed, the Fenmoor Health Office said.');
    const conflicts = (report: string) =>
      analyse([page('a.md', '2026-03-20', report), denial], { lexicon: pack }).report.conflicts.map((c) => [c.rule, c.claims.map((x) => x.place.file)]);
    expect(conflicts('Schools in Fenmoor were closed on 16 March 2026.')).toEqual([['event-polarity', ['a.md', 'b.md']]]);
    expect(conflicts('Schools in Fenmoor were closed on 19 March 2026.')).toEqual([]);
    // A byline's date dates an event only where its sentence names none of its own.
    const dated = (text: string) =>
      analyse([page('a.md', '2026-03-20', `*Fenmoor Courier — March 20, 2026*\n\n${text}`)], { lexicon: pack }).claims.filter((c) => c.value.kind === 'event').map((c) => c.time?.text);
    expect(dated('Schools in Fenmoor were closed on 16 March 2026.')).toEqual(['16 March 2026']);
    expect(dated('Schools in Fenmoor were closed.')).toEqual(['March 20, 2026']);
  });
  it('denied for a period, meets a report with no date only from a page written in that period', () => {
    const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` });
    const denial = page('b.md', '2026-09-01', 'In 2025 no schools in Fenmoor were closed.');
    const conflicts = (date: string) =>
      analyse([page('a.md', date, 'Schools in Fenmoor are closed, the Fenmoor Health Office said.'), denial], { lexicon: pack }).report.conflicts.map((c) => c.rule);
    expect(conflicts('2025-11-03')).toEqual(['event-polarity']);
    expect(conflicts('2026-06-03')).toEqual([]);
  });
});

describe('the thing an event is said of', () => {
  it('is of its own type when it is one thing, and an event of its own when it is several', () => {
    const { claims } = analyse([{ file: 'a.md', text: '# Notes\n\nCorvane recalled its scooters.\n\nCorvane merged with Lark.\n' }], { lexicon: companyEvents });
    expect(claims.map((c) => [c.attribute, c.entity.id, c.entity.type])).toEqual([
      ['event.recall', 'corvane', 'company'],
      ['event.merger', 'corvane+lark', 'event'],
    ]);
  });
});

describe('a sentence that names nothing, after one that opens on a name', () => {
  const outbreaks = inlinePack('outbreaks', [
      'entityTypes:',
      '  - {type: outbreak, headers: [outbreak]}',
      '  - {type: agency, headers: [agency]}',
      'entities:',
      '  - {id: lark-fever, name: Lark fever outbreak, type: outbreak, aliases: [Lark fever outbreak, Lark fever]}',
      '  - {id: kestrel-fever, name: Kestrel fever outbreak, type: outbreak, aliases: [Kestrel fever outbreak, Kestrel fever]}',
      'attributes:',
      '  - {id: cases, label: cases, kind: quantity, unit: cases, unitWords: [cases], triggers: [cases], subjects: [outbreak]}',
    ]);
  const cases = (text: string, title = 'Fever in the north') => figuresWith(outbreaks, text, 'cases', title);
  it('goes on about that name, on a page whose title names nothing it could be of', () => {
    expect(cases('The Lark fever outbreak is spreading. Around 60 cases have been confirmed.')).toEqual([['lark-fever', 60]]);
    // Not a name that opens a phrase of setting ("For the …", "On …"), nor one of two, nor past the paragraph.
    expect(cases('For the Lark fever outbreak, tests were slow. Around 60 cases have been confirmed.')).toEqual([]);
    expect(cases('The Lark fever outbreak followed the Kestrel fever outbreak. Around 60 cases have been confirmed.')).toEqual([]);
    // Nor where the sentence has a subject of its own before the figure.
    expect(cases('The Lark fever outbreak is spreading. The clinics in the valley counted 60 cases.')).toEqual([]);
    expect(figuresWith(outbreaks, 'The Lark fever outbreak is spreading.\n\nAround 60 cases have been confirmed.', 'cases', 'Fever in the north')).toEqual([]);
    // The title's one name is the subject still.
    expect(cases('The Lark fever outbreak is spreading. Around 60 cases have been confirmed.', 'Kestrel fever outbreak grows')).toEqual([]);
  });
});

describe('a table column whose header gives a scale', () => {
  const results = (headers: string) =>
    inlinePack('results', [
      'entityTypes:',
      '  - {type: organization, headers: [company]}',
      'entities:',
      '  - {id: halden, name: Halden Foods, type: organization, aliases: [Halden Foods]}',
      'attributes:',
      `  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue], headers: [${headers}], subjects: [organization]}`,
    ]);
  const read = (header: string, headers = 'revenue') =>
    analyse([{ file: 'a.md', text: `# Results\n\n| Company | ${header} |\n|---|---|\n| Halden Foods | 438 |\n` }], { lexicon: results(headers) }).claims.map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('reads its figures in that scale, in the words of other languages too, and where the pack lists the header whole', () => {
    expect(read('Revenue (€m)')).toEqual([438e6]);
    expect(read('Revenue (Mio. €)')).toEqual([438e6]);
    expect(read('Revenue (Mrd. €)')).toEqual([438e9]);
    expect(read('Revenue (EUR m)', 'revenue, revenue (eur m)')).toEqual([438e6]);
  });

  const riders = inlinePack('riders', [
    'entityTypes:',
    '  - {type: airport, headers: [airport]}',
    'entities:',
    '  - {id: orlen, name: Orlen Field, type: airport, aliases: [Orlen Field]}',
    'attributes:',
    '  - {id: passengers, label: passengers, kind: quantity, unit: passengers, unitWords: [passengers, 人次, 명], triggers: [passengers], headers: [passengers, 旅客吞吐量, 승객], subjects: [airport]}',
    '  - {id: cost, label: cost, kind: quantity, unit: CNY, triggers: [cost], headers: [cost, 投资], subjects: [airport]}',
  ]);
  const cells = (header: string, cell = '3160') =>
    analyse([{ file: 'a.md', text: `# Airports\n\n| Airport | ${header} |\n|---|---|\n| Orlen Field | ${cell} |\n` }], { lexicon: riders }).claims.map((c) =>
      c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null,
    );
  it('a Chinese or Korean scale word opening the aside (万, 亿, 百万, 만, 억) scales the column as "(millions)" does', () => {
    expect(cells('Passengers (millions)', '31.6')).toEqual([[31.6e6, 'passengers']]);
    expect(cells('旅客吞吐量（万人次）')).toEqual([[3160e4, 'passengers']]);
    expect(cells('旅客吞吐量（单位：万人次）')).toEqual([[3160e4, 'passengers']]);
    expect(cells('승객 (만 명)')).toEqual([[3160e4, 'passengers']]);
    expect(cells('投资（亿元）', '12.5')).toEqual([[12.5e8, 'CNY']]);
    expect(cells('投资（百万元）', '640')).toEqual([[640e6, 'CNY']]);
    // A cell that writes its own scale keeps it; a unit whose first sign is a scale's ("千米", kilometres) is no scale.
    expect(cells('旅客吞吐量（万人次）', '3160万')).toEqual([[3160e4, 'passengers']]);
    expect(cells('Passengers (千米)')).toEqual([[3160, 'passengers']]);
  });
});

describe('a sentence whose own subject is another thing than the page’s name', () => {
  const pack = packOf('towers3', 'tower', ['{id: calder, name: Calder Tower, type: tower, aliases: [Calder Tower]}'], [
    '{id: cost, label: construction cost, kind: quantity, unit: USD, triggers: [cost, costs], subjects: [tower]}',
    '{id: floors, label: floors, kind: quantity, unit: floors, unitWords: [floors], triggers: [floors], subjects: [tower]}',
  ]);
  const figures = figuresOf(pack, 'Calder Tower', ['cost', 'floors']);
  it('a part singled out by "alone" has the figure, unless it is a description of the name ("the tower alone")', () => {
    expect(figures('The Calder Tower cost $900 million. The podium alone cost $140 million.')).toEqual([['cost', 9e8]]);
    expect(figures('The base alone cost $140 million.')).toEqual([]);
    expect(figures('The tower alone cost $900 million.')).toEqual([['cost', 9e8]]);
    expect(figures('In the second year alone, the tower cost $900 million.')).toEqual([['cost', 9e8]]);
  });
  it('a bare plural noun opening the sentence is what its figure is of, unless it is the attribute’s word', () => {
    expect(figures('Tickets cost $38.')).toEqual([]);
    expect(figures('Tickets for the deck are priced at $38.')).toEqual([]);
    expect(figures('Costs rose to $1.1 billion.')).toEqual([['cost', 1.1e9]]);
    expect(figures('This costs $900 million.')).toEqual([['cost', 9e8]]);
  });
  it('a thing the sentence introduces with "a", then the figure its verb gives it, is another thing', () => {
    expect(figures('The Calder Tower cost $900 million. A smaller annex cost $40 million.')).toEqual([['cost', 9e8]]);
    expect(figures('The Calder Tower has 71 floors. A rival tower across the river has 64 floors.')).toEqual([['floors', 71]]);
    // "A record …", "A total of …", "A year earlier" open no such subject, nor does a speaker's verb.
    expect(figures('A record 71 floors were built.')).toEqual([['floors', 71]]);
    expect(figures('A spokesperson confirmed the tower has 71 floors.')).toEqual([['floors', 71]]);
    expect(figures('A spokesperson said the tower has 71 floors.')).toEqual([['floors', 71]]);
  });
  it('a counted noun right before a bare number numbers those things: no count', () => {
    expect(figures('The tower has 71 floors. A hotel occupies floors 60 to 71.')).toEqual([['floors', 71]]);
    expect(figures('Offices fill floors 3–40.')).toEqual([]);
  });
});

describe('a figure in a perfect tense up to a date "by" names', () => {
  const pack = packOf('towers4', 'tower', ['{id: calder, name: Calder Tower, type: tower, aliases: [Calder Tower]}'], [
    '{id: floors, label: floors, kind: quantity, unit: floors, unitWords: [floors], triggers: [floors], subjects: [tower]}',
  ]);
  it('is how far the work had come: on its page it meets no figure of the whole', () => {
    const text = '---\ndate: 2025-06-01\n---\n# Calder Tower\n\nThe Calder Tower has 71 floors. By April, 30 floors had been built.\n';
    const { claims, report } = analyse([{ file: 'a.md', text }], { lexicon: pack });
    expect(claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.latest ?? false])).toEqual([
      [71, false],
      [30, true],
    ]);
    expect(report.conflicts).toEqual([]);
  });
});

describe('a fee and its parts, and a correction', () => {
  const pack = packOf('transfers', 'player', ['{id: ruano, name: Dario Ruano, type: player, aliases: [Dario Ruano, Ruano]}'], [
    '{id: fee, label: transfer fee, kind: quantity, unit: EUR, triggers: [fee, fees], subjects: [player]}',
    '{id: squad, label: squad size, kind: quantity, unit: players, unitWords: [players], triggers: [squad], subjects: [player]}',
  ]);
  const figures = figuresOf(pack, 'Dario Ruano', ['fee', 'squad']);
  it('the figures of a list of parts after "made up of", "consists of", "se compone de" are parts, no value of the whole', () => {
    expect(figures('Ruano’s fee was €41m. The fee is made up of a €35m fixed payment and €6m in bonuses.')).toEqual([['fee', 4.1e7]]);
    expect(figures('Ruano’s fee consists of €35m up front, plus €6m in bonuses.')).toEqual([]);
    // One figure after the words is the whole.
    expect(figures('Ruano’s squad consists of 26 players.')).toEqual([['squad', 26]]);
  });
  it('"respectively" with no name in its sentence hands the figures to no one: not the heading’s name', () => {
    expect(figures('The fees in the two windows were €35m and €6m, respectively.')).toEqual([]);
  });
  it('a correction’s words make the figure it withdraws hearsay, never a side', () => {
    const text = '# Dario Ruano\n\nRuano’s fee is €41m.\n\n*Correction: an earlier version of this article said Ruano’s fee was €44m.*\n';
    expect(claimsIn(pack, text, 'fee').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality])).toEqual([
      [4.1e7, 'asserted'],
      [4.4e7, 'reported'],
    ]);
    // A capital after the note's colon opens the words as a sentence's first word does.
    expect(claimsIn(pack, text.replace('an earlier', 'An earlier'), 'fee').map((c) => c.modality)).toEqual(['asserted', 'reported']);
  });
});

describe('names that hold a figure together', () => {
  const pack = packOf('councils', 'party', ['{id: reds, name: Red List, type: party, aliases: [Red List]}', '{id: blues, name: Blue List, type: party, aliases: [Blue List]}'], [
    '{id: seats, label: seats, kind: quantity, unit: seats, unitWords: [seats], triggers: [hold, holds], subjects: [party]}',
  ]);
  const figures = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'seats').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('give it to neither after "together", "jointly", "zusammen"; "together with" names a companion', () => {
    expect(figures('The Red List and the Blue List together hold 61 seats.')).toEqual([]);
    expect(figures('Together, the Red List and the Blue List hold 61 seats.')).toEqual([]);
    expect(figures('Die Red List und die Blue List halten zusammen 61 seats.')).toEqual([]);
    expect(figures('Together with the Red List, the Blue List holds 24 seats.')).toEqual([['blues', 24]]);
  });
});

describe('a share of the people a name is given to', () => {
  const pack = packOf('trial', 'drug', ['{id: orvatide, name: orvatide, type: drug, aliases: [orvatide]}', '{id: placebo, name: placebo, type: drug, aliases: [placebo]}'], [
    '{id: nausea, label: nausea rate, kind: quantity, unit: percent, triggers: [nausea], subjects: [drug]}',
    '{id: dropout, label: dropout rate, kind: quantity, unit: percent, triggers: [stopped treatment], subjects: [drug]}',
  ]);
  const figures = figuresOf(pack, 'Notes', ['nausea', 'dropout']);
  it('is the name’s after "of patients on", "of those taking", whatever name stands before', () => {
    expect(figures('Nausea was common, at 21% against 9% on placebo, and 6.2% of patients on orvatide stopped treatment.')).toEqual([['dropout', 6.2]]);
    expect(claimsIn(pack, '# Notes\n\nNausea was common, at 21% against 9% on placebo, and 6.2% of patients on orvatide stopped treatment.\n', 'dropout').map((c) => c.entity.id)).toEqual(['orvatide']);
    expect(claimsIn(pack, '# Notes\n\nOn placebo, few stopped; 6.2% of those taking orvatide stopped treatment.\n', 'dropout').map((c) => c.entity.id)).toEqual(['orvatide']);
  });
  it('after "against", is the figure compared with, no value of the sentence’s name', () => {
    expect(figures('Orvatide caused nausea in 21% of patients, against 9% on placebo.')).toEqual([['nausea', 21]]);
  });
});

describe('a section of links to other pages', () => {
  const pack = inlinePack('votes', [
    'entityTypes:',
    '  - {type: country, headers: [country]}',
    'entities:',
    '  - {id: velland, name: Velland, type: country, aliases: [Velland, Vellandic]}',
    'events:',
    '  - {id: election, label: general election, triggers: [election, held], negations: [no], participantTypes: [country], minParticipants: 1}',
  ]);
  const events = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: pack }).claims.filter((c) => c.value.kind === 'event').map((c) => [c.place.line, c.time?.text ?? null]);
  it('states nothing: its titles are no events, and the section ends at the next heading of its depth', () => {
    const page = '# Vellandic general election, 2027\n\nThe Vellandic general election was held on 9 May 2027.\n\n## See also\n\n- 2022 Vellandic general election\n\n### Older votes\n\n- 2017 Vellandic general election\n\n### 2012 Vellandic general election was held in May\n\n## Aftermath\n\nAn early general election in Velland was held on 3 April 2022.\n';
    expect(events(page)).toEqual([
      [1, '2027'],
      [3, '9 May 2027'],
      [17, '3 April 2022'],
    ]);
  });
});

describe('a name in an appositive that closes before the verb', () => {
  const pack = packOf('studies', 'trial', ['{id: kite-1, name: KITE-1, type: trial, aliases: [KITE-1]}', '{id: kite-2, name: KITE-2, type: trial, aliases: [KITE-2]}'], [
    '{id: enrolled, label: patients enrolled, kind: quantity, unit: patients, unitWords: [patients], triggers: [enrolled], subjects: [trial]}',
  ]);
  it('is not the subject: the name before the appositive is, after "the", "its" as after "a"', () => {
    const whose = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'enrolled').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(whose('KITE-1, the smaller study that preceded KITE-2, enrolled 288 patients.')).toEqual([['kite-1', 288]]);
    expect(whose('KITE-1, a pilot for KITE-2, enrolled 288 patients.')).toEqual([['kite-1', 288]]);
    expect(whose('KITE-1 preceded KITE-2, which enrolled 1,150 patients.')).toEqual([['kite-2', 1150]]);
    // The name alone after "the" names the subject again; with a verb of its own, the aside is the main clause.
    expect(whose('The sponsor’s main trial, the KITE-2, enrolled 1,150 patients.')).toEqual([['kite-2', 1150]]);
    expect(whose('Like KITE-1, the KITE-2 is a large study, with 1,150 patients enrolled.')).toEqual([['kite-2', 1150]]);
  });
});

describe('a negated event restricted to a use', () => {
  const pack = inlinePack('approvals', [
    'entityTypes:',
    '  - {type: drug, headers: [drug]}',
    'entities:',
    '  - {id: orvatide, name: orvatide, type: drug, aliases: [orvatide, Orvatide]}',
    'events:',
    '  - {id: approval, label: approval, triggers: [approved, approval, Zulassung], negations: [not, never], participantTypes: [drug], minParticipants: 1}',
  ]);
  const polarity = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon: pack }).claims.flatMap((c) => (c.value.kind === 'event' ? [c.value.polarity] : []));
  it('denies that use, not the event', () => {
    expect(polarity('Orvatide has not been approved for use together with other inhibitors.')).toEqual([]);
    expect(polarity('Orvatide is not approved in combination with steroids.')).toEqual([]);
    expect(polarity('Orvatide has not been approved.')).toEqual(['not-happened']);
    expect(polarity('Orvatide has not been approved for use in any country.')).toEqual(['not-happened']);
  });
  it('denies a use for a group or a time of life, in the languages events are read in', () => {
    expect(polarity('Orvatide is not approved for use during breastfeeding.')).toEqual([]);
    expect(polarity('Orvatide has never been approved for adolescents.')).toEqual([]);
    expect(polarity('Orvatide has not been approved in patients with kidney disease.')).toEqual([]);
  });
  it('denies a use for a group a word or two describe ("for use in pediatric patients", "in patients under 12")', () => {
    expect(polarity('Orvatide has not been approved for use in pediatric patients.')).toEqual([]);
    expect(polarity('Orvatide is not approved for older adult patients.')).toEqual([]);
    expect(polarity('Orvatide has not been approved in patients under 12.')).toEqual([]);
    expect(polarity('Orvatide has not been approved for pediatric use.')).toEqual([]);
    // Not a place, nor every group.
    expect(polarity('Orvatide has not been approved for use in any country.')).toEqual(['not-happened']);
    expect(polarity('Orvatide has not been approved for use in Canada.')).toEqual(['not-happened']);
  });
  it('denies it before a verb-final negation too ("ist für Kinder nicht zugelassen")', () => {
    const german = inlinePack('approvals52', [
      'entityTypes:',
      '  - {type: drug, headers: [drug]}',
      'entities:',
      '  - {id: orvatide, name: orvatide, type: drug, aliases: [Orvatide]}',
      'events:',
      '  - {id: approval, label: approval, triggers: [zugelassen], negations: [nicht], participantTypes: [drug], minParticipants: 1}',
    ]);
    const denied = (sentence: string) =>
      analyse([{ file: 'a.md', text: `---\nlang: de\n---\n# Notizen\n\n${sentence}\n` }], { lexicon: german }).claims.flatMap((c) => (c.value.kind === 'event' ? [c.value.polarity] : []));
    expect(denied('Orvatide ist für Kinder nicht zugelassen.')).toEqual([]);
    expect(denied('Orvatide ist in der Schwangerschaft nicht zugelassen.')).toEqual([]);
    expect(denied('Orvatide ist nicht zugelassen.')).toEqual(['not-happened']);
  });
  it('asked for or recommended, is a step toward it, not the event', () => {
    expect(polarity('The maker applied for approval of orvatide in May.')).toEqual([]);
    expect(polarity('The committee issued a positive recommendation for the approval of orvatide.')).toEqual([]);
    expect(polarity('Der Ausschuss sprach eine Empfehlung für die Zulassung von Orvatide aus.')).toEqual([]);
    expect(polarity('Orvatide was approved in May.')).toEqual(['happened']);
  });
  it('filed or submitted for, in English, German and Japanese, is a step toward it, not the event', () => {
    expect(polarity('The maker submitted orvatide to the agency for approval in May.')).toEqual([]);
    expect(polarity('Der Hersteller stellte im Mai einen Antrag auf Zulassung von Orvatide.')).toEqual([]);
    const japanese = inlinePack('approvals53', [
      'entityTypes:',
      '  - {type: drug, headers: [drug]}',
      'entities:',
      '  - {id: orvatide, name: orvatide, type: drug, aliases: [オルバチド]}',
      'events:',
      '  - {id: approval, label: approval, triggers: [承認した, 承認], participantTypes: [drug], minParticipants: 1}',
    ]);
    const filed = (sentence: string) =>
      analyse([{ file: 'a.md', text: `---\nlang: ja\n---\n# メモ\n\n${sentence}\n` }], { lexicon: japanese }).claims.flatMap((c) => (c.value.kind === 'event' ? [c.value.polarity] : []));
    expect(filed('オルバチドは、2026年内の承認申請を目指している。')).toEqual([]);
    expect(filed('同社は5月にオルバチドの承認を申請した。')).toEqual([]);
    expect(filed('厚生労働省は5月にオルバチドを承認した。')).toEqual(['happened']);
  });
});

describe('a release asked for, and whose release "the company" speaks of', () => {
  const chatbots = inlinePack('asked-release', [
    'entities:',
    '  - {id: brightmoor, name: Brightmoor, type: organization, aliases: [Brightmoor]}',
    '  - {id: quillchat, name: QuillChat, type: model, aliases: [QuillChat]}',
    '  - {id: murmur, name: Murmur, type: model, aliases: [Murmur]}',
  ]);
  const releases = (text: string) =>
    analyse([{ file: 'a.md', text: `# Concerns\n\n${text}\n` }], { lexicon: chatbots }).claims.flatMap((c) =>
      c.value.kind === 'event' && c.attribute === 'event.model-release' ? [[c.entity.id, c.value.polarity]] : [],
    );
  const before = 'Teachers say students lean on QuillChat for essays.\n\n';

  it('an infinitive after a verb of asking or urging ("urging the company not to launch it") states no release', () => {
    expect(releases(`${before}Brightmoor staff criticized the chatbot Murmur, urging the company not to launch it.`)).toEqual([]);
    expect(releases('Staff asked Brightmoor to release Murmur.')).toEqual([]);
    expect(releases('Critics called on Brightmoor to delay and not to launch Murmur.')).toEqual([]);
    expect(releases('Brightmoor did not launch Murmur.')).toEqual([['murmur', 'not-happened']]);
  });

  it('"the company … launch it": the thing the sentence names, never one an earlier paragraph named', () => {
    expect(releases(`${before}Brightmoor staff criticized the company’s chatbot Murmur in internal messages, and the company did not launch it.`)).toEqual([['murmur', 'not-happened']]);
    expect(releases(`${before}Brightmoor staff criticized the company’s chatbot in internal messages, and the company did not launch it.`)).toEqual([]);
  });
});

describe('a count of one before a price in Japanese ("1錠412.30円")', () => {
  const pack = packOf('tablets', 'drug', ['{id: orvatide, name: orvatide, type: drug, aliases: [オルバチド, Orvatide]}'], [
    '{id: price, label: price per tablet, kind: quantity, unit: JPY, triggers: [薬価, price per tablet], subjects: [drug]}',
  ]);
  const prices = (sentence: string) => figuresWith(pack, sentence, 'price');
  it('is the price\'s basis, not a figure that blocks it', () => {
    expect(prices('オルバチドの薬価を1錠98.40円とすることが決まった。')).toEqual([['orvatide', 98.4]]);
    expect(prices('オルバチドの薬価は1錠あたり98.40円となった。')).toEqual([['orvatide', 98.4]]);
    expect(prices('オルバチドの薬価は98.40円となった。')).toEqual([['orvatide', 98.4]]);
  });
});

describe('a money attribute in a table', () => {
  const pack = packOf('builders', 'company', ['{id: alder, name: Alder Homes, type: company, aliases: [Alder Homes]}', '{id: birch, name: Birch Bau, type: company, aliases: [Birch Bau]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: GBP, triggers: [revenue], headers: [revenue], subjects: [company]}',
  ]);
  it('takes a cell in any currency, kept as written, as prose does', () => {
    const table = '# Builders\n\n| Company | Revenue |\n|---|---|\n| Alder Homes | £412m |\n| Birch Bau | €1.31bn |\n';
    expect(claimsIn(pack, table, 'revenue').map((c) => [c.entity.id, c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null])).toEqual([
      ['alder', [4.12e8, 'GBP']],
      ['birch', [1.31e9, 'EUR']],
    ]);
  });
});

describe('a figure of one division or segment', () => {
  const pack = packOf('studios', 'company', ['{id: tarrow, name: Tarrow Interactive, type: company, aliases: [Tarrow Interactive, タロウ・インタラクティブ]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, 売上高], subjects: [company]}',
  ]);
  const figures = figuresOf(pack, 'Tarrow Interactive', ['revenue']);
  it('is no value of the company', () => {
    expect(figures('Tarrow Interactive’s revenue was $8.4 billion. Revenue of its software division was $5 billion.')).toEqual([['revenue', 8.4e9]]);
    expect(figures('The cloud segment’s revenue rose to $2 billion.')).toEqual([]);
    expect(figures('タロウ・インタラクティブの売上高は84億ドルだった。ソフトウエア部門の売上高は50億ドルだった。')).toEqual([['revenue', 8.4e9]]);
    // Not "per unit", nor segments in the plural.
    expect(figures('Revenue across all segments rose to $8.4 billion.')).toEqual([['revenue', 8.4e9]]);
  });
});

describe('a label narrowed to a part by its aside', () => {
  const pack = packOf('consoles', 'console', ['{id: lumeo, name: Lumeo Pro, type: console, aliases: [Lumeo Pro]}'], [
    '{id: weight, label: weight, kind: quantity, unit: kg, triggers: [weighs], headers: [weight], subjects: [console]}',
  ]);
  const weights = (text: string) => claimsIn(pack, `# Lumeo Pro\n\n${text}\n`, 'weight').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('gives no value of the whole, in a table’s row or a label line; a unit or a period in the aside still does', () => {
    expect(weights('| Spec | Value |\n|---|---|\n| Weight | 2.9 kg |\n| Weight (screen alone) | 610 g |\n| Weight (each controller) | 240 g |')).toEqual([2.9]);
    expect(weights('- Weight (screen alone): 610 g\n- Weight (kg): 2.9')).toEqual([2.9]);
    // A source or a tax left out narrows nothing.
    expect(weights('- Weight (per spec sheet): 2.9 kg')).toEqual([2.9]);
  });
});

describe('ordinary sentences this stop’s rules leave alone (a review found each misread)', () => {
  const deals = withPack('deals');
  const read = (text: string, attribute: string, heading = 'Halden Systems') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-10-17\n---\n\n# ${heading}\n\n${text}\n` }], { lexicon: deals })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null, c.modality]);
  it('keeps the figure', () => {
    expect(read('Halden Systems leads the cloud segment with revenue of $5.9 billion in 2024.', 'revenue')).toEqual([[5.9e9, '2024', 'asserted']]);
    expect(read('Revenue was $3.9 billion and $5.9 billion in 2023 and 2024, respectively.', 'revenue').length).toBe(2);
    expect(read('Halden Systems monthly results: May revenue reached $400 million.', 'revenue').map((r) => [r[0], r[2]])).toEqual([[4e8, 'asserted']]);
    expect(read('Correction: An earlier version of this article misstated Halden Systems revenue; it was $5.9 billion.', 'revenue').map((r) => r[2])).toEqual(['asserted']);
    expect(read('Orvik and Halden Systems were brought together by a merger in 2019, and Halden Systems now has 3,100 staff.', 'staff').map((r) => r[0])).toEqual([3100]);
    expect(read('A year ago, Halden Systems had 2,900 staff; today it has 3,100 staff.', 'staff').map((r) => r[0])).toContain(3100);
    expect(read('The third quarter alone brought Halden Systems revenue of $1.2 billion.', 'revenue').map((r) => r[0])).toEqual([1.2e9]);
  });
  it('keeps the subject', () => {
    const shop = packOf('shop', 'product', ['{id: kettle, name: Vela Kettle, type: product, aliases: [Vela Kettle]}'], [
      '{id: price, label: price, kind: quantity, unit: USD, triggers: [price], subjects: [product]}',
      '{id: parts, label: parts, kind: quantity, unit: parts, unitWords: [parts], triggers: [parts], subjects: [product]}',
    ]);
    const figures = figuresOf(shop, 'Vela Kettle', ['price', 'parts']);
    // One figure after "consists of", then another clause: the whole.
    expect(figures('The Vela Kettle consists of 41 parts and was designed in 2021.')).toEqual([['parts', 41]]);
    // A fronted phrase of time is no name an appositive follows.
    expect(read('On Friday, the chief executive of Halden Systems, Mara Voss, said revenue had reached $5.9 billion in 2024.', 'revenue').map((r) => r[0])).toEqual([5.9e9]);
  });
  it('keeps its date', () => {
    expect(read('Halden Systems a annoncé qu’en 2024, son revenue a atteint $5.9 billion.', 'revenue').map((r) => r[1])).toEqual(['2024']);
    // A perfect in another clause makes no progress of the figure's.
    const latest = (text: string) => analyse([{ file: 'a.md', text: `---\ndate: 2025-10-17\n---\n\n# Halden Systems\n\n${text}\n` }], { lexicon: deals }).claims.map((c) => c.latest ?? false);
    expect(latest('By April, the old office had been sold, and Halden Systems had 3,100 staff.')).toEqual([false]);
    expect(latest('By April, Halden Systems had hired 3,100 staff.')).toEqual([true]);
  });
});

describe('figures and dates other pages’ shapes give another owner', () => {
  const votes = inlinePack('votes', [
    'entityTypes:',
    '  - {type: parliament, headers: [parliament]}',
    '  - {type: region, headers: [region]}',
    '  - {type: country, headers: [country]}',
    '  - {type: commission, headers: [commission]}',
    'entities:',
    '  - {id: assembly, name: Grand Assembly, type: parliament, aliases: [Grand Assembly]}',
    '  - {id: north-region, name: North region, type: region, aliases: [North region]}',
    '  - {id: ardenia, name: Ardenia, type: country, aliases: [Ardenia, Ardênia]}',
    '  - {id: board, name: Electoral Board, type: commission, aliases: [Electoral Board, Commission électorale]}',
    'attributes:',
    '  - {id: size, label: members, kind: quantity, unit: members, unitWords: [members], triggers: [members], subjects: [parliament]}',
    '  - {id: turnout, label: turnout, kind: quantity, unit: percent, triggers: [turnout, participação], subjects: [country, region]}',
    'events:',
    '  - {id: certified, label: results certified, triggers: [certified, certifier], negations: [not], participantTypes: [commission], minParticipants: 1}',
    '  - {id: election, label: election held, triggers: [election, eleições], negations: [no], participantTypes: [country], minParticipants: 1}',
  ]);
  const claims = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-09-30\n---\n\n# Notes\n\n${text}\n` }], { lexicon: votes }).claims.map((c) => [
      c.attribute,
      c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null,
      c.time?.text ?? null,
      c.modality,
    ]);
  it('a name’s possessive that cannot hold the figure, and a share counted in parentheses, give the whole no size', () => {
    expect(claims('The Grand Assembly has 300 members. The North region’s 38 members form the largest delegation.')).toEqual([['size', 300, null, 'asserted']]);
    expect(claims('The Grand Assembly has 300 members. Women make up 40.3% of the new Grand Assembly (121 members).')).toEqual([['size', 300, null, 'asserted']]);
  });
  it('a date inside the noun phrase of another thing does not date the event; one of the event’s own noun does', () => {
    expect(claims('The Electoral Board certified the results of the 14 September general election on Wednesday.')).toEqual([['event.certified', 'happened', null, 'asserted']]);
    expect(claims('The Electoral Board certified the results on 24 September.').map((c) => c[2])).toEqual(['24 September', null]);
  });
  it('an event named after the figure a statement is compared with is that figure’s time, not an event asserted', () => {
    expect(claims('Turnout in Ardenia was 68%, compared with 71% at the 2021 election.').map((c) => c[0])).toEqual(['turnout']);
    expect(claims('A participação na Ardênia foi de 64,8%, contra 71,2% nas eleições de 2021.').map((c) => c[0])).toEqual(['turnout']);
    expect(claims('Ardenia held its election on 14 September 2025.').map((c) => c[0])).toEqual(['event.election', 'event.election.date']);
  });
  it('a correction of a live entry or a post withdraws the figure it quotes', () => {
    expect(claims('Correction: An earlier version of this entry said the Grand Assembly had 310 members.').map((c) => c[3])).toEqual(['reported']);
  });
});

describe('a table column headed by an event’s header', () => {
  const probes = inlinePack('probes', [
    'entityTypes:',
    '  - {type: probe, headers: [probe]}',
    'entities:',
    '  - {id: vela, name: Vela-1, type: probe, aliases: [Vela-1]}',
    '  - {id: orla, name: Orla, type: probe, aliases: [Orla]}',
    'attributes:',
    '  - {id: mass, label: launch mass, kind: quantity, unit: kg, triggers: [weighs], headers: [launch mass], subjects: [probe]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [launched], headers: [launch date], participantTypes: [probe], minParticipants: 1}',
  ]);
  it('dates each row’s event', () => {
    const table = '# Probes\n\n| Probe | Launch mass | Launch date |\n|---|---|---|\n| Vela-1 | 2,340 kg | 14 March 2025 |\n| Orla | 610 kg | 2019 |\n';
    expect(claimsIn(probes, table, 'event.launch').map((c) => [c.entity.id, c.time?.start])).toEqual([
      ['vela', '2025-03-14'],
      ['orla', '2019-01-01'],
    ]);
  });
});

describe('a header’s currency', () => {
  const pack = packOf('firms', 'company', ['{id: brennmoor, name: Brennmoor, type: company, aliases: [Brennmoor]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], headers: [revenue], subjects: [company]}',
  ]);
  it('is the currency of the column’s bare figures, under a money attribute in another', () => {
    const units = (text: string) => claimsIn(pack, `# Brennmoor\n\n${text}\n`, 'revenue').map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null));
    expect(units('| Year | Revenue (€ bn) |\n|---|---|\n| 2024 | 4.7 |')).toEqual([[4.7e9, 'EUR']]);
    expect(units('| | 2025 | 2024 |\n|---|---|---|\n| Revenue (€m) | 1,340 | 1,190 |')).toEqual([
      [1.34e9, 'EUR'],
      [1.19e9, 'EUR'],
    ]);
  });
});

describe('whose figure, past a comparison or a fronted participle', () => {
  const films = packOf('films', 'film', ['{id: orchard, name: The Salt Meadow, type: film, aliases: [The Salt Meadow]}', '{id: tide, name: Cobalt Run, type: film, aliases: [Cobalt Run]}'], [
    '{id: gross, label: gross, kind: quantity, unit: USD, triggers: [gross], subjects: [film]}',
  ]);
  it('the owner of a compared figure is no antecedent and no subject', () => {
    const figures = figuresOf(films, 'Box office', ['gross']);
    expect(figures('The Salt Meadow was the surprise. Its total is 4.1 times its opening, against 3.1 times for Cobalt Run. Its worldwide gross is $402.6 million.')).toEqual([['gross', 4.026e8]]);
    expect(claimsIn(films, '# Box office\n\nThe Salt Meadow was the surprise. Its total is 4.1 times its opening, against 3.1 times for Cobalt Run. Its worldwide gross is $402.6 million.\n', 'gross').map((c) => c.entity.id)).toEqual(['orchard']);
  });
  it('the owner of a compared figure ("up from 80GB on the Y", "compared with N for Y", "frente a N del Y") is not the subject of a clause after it', () => {
    const chips = packOf('chips', 'accelerator', ['{id: tor-5, name: Tor-5, type: accelerator, aliases: [Tor-5]}', '{id: tor-4, name: Tor-4, type: accelerator, aliases: [Tor-4]}'], [
      '{id: memory, label: memory, kind: quantity, unit: GB, triggers: [memory, HBM], subjects: [accelerator], timeless: true}',
      '{id: fp8, label: FP8 compute, kind: quantity, unit: TFLOPS, triggers: [FP8, rendimiento FP8], subjects: [accelerator], timeless: true}',
    ]);
    const owners = (text: string) =>
      ['memory', 'fp8'].flatMap((a) => claimsIn(chips, `# Notes\n\n${text}\n`, a).map((c) => [c.attribute, c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]));
    expect(owners('The Tor-5 carries 192GB of HBM, up from 80GB on the Tor-4, and delivers 4,500 TFLOPS of FP8 compute.')).toEqual([
      ['memory', 'tor-5', 192],
      ['fp8', 'tor-5', 4500],
    ]);
    expect(owners('The Tor-5 carries 192GB of HBM, compared with 80GB for the Tor-4, and delivers 4,500 TFLOPS of FP8 compute.')).toEqual([
      ['memory', 'tor-5', 192],
      ['fp8', 'tor-5', 4500],
    ]);
    expect(owners('El Tor-5 lleva 192GB de HBM, frente a 80GB del Tor-4, y ofrece un rendimiento FP8 de 4.500 TFLOPS.')).toEqual([
      ['memory', 'tor-5', 192],
      ['fp8', 'tor-5', 4500],
    ]);
    // A clause of its own that the compared name opens is still that name's.
    expect(owners('The Tor-5 carries 192GB of HBM; the Tor-4 delivers 1,980 TFLOPS of FP8 compute.')).toEqual([
      ['memory', 'tor-5', 192],
      ['fp8', 'tor-4', 1980],
    ]);
  });
  const probes = inlinePack('missions', [
    'entityTypes:',
    '  - {type: probe, headers: [probe]}',
    'entities:',
    '  - {id: pell-2, name: Pell-2, type: probe, aliases: [Pell-2]}',
    '  - {id: pell-1, name: Pell-1, type: probe, aliases: [Pell-1]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [launched, Launched], participantTypes: [probe], minParticipants: 1}',
  ]);
  it('a fronted participle’s subject opens the main clause; "it" there is the page’s', () => {
    const launched = (text: string) => claimsIn(probes, `# Pell-2\n\n${text}\n`, 'event.launch').map((c) => c.entity.id);
    expect(launched('Launched in March 2025, it is the second mission of the programme, after Pell-1 (2019–2023).')).toEqual(['pell-2']);
    expect(launched('Launched in 2019, Pell-1 mapped the far side.')).toEqual(['pell-1']);
  });
});

describe('dates of another predicate or of a comparison base', () => {
  const firms = inlinePack('firms', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: brennmoor, name: Brennmoor Werke, type: company, aliases: [Brennmoor Werke]}',
    'attributes:',
    '  - {id: staff, label: employees, kind: quantity, unit: people, unitWords: [people, employees], triggers: [employs], subjects: [company], measure: stock}',
    '  - {id: margin, label: operating margin, kind: quantity, unit: percent, triggers: [operating margin], subjects: [company]}',
    '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue, Umsatz], subjects: [company]}',
    'events:',
    '  - {id: founded, label: founding, triggers: [founded, gegründete], participantTypes: [company], minParticipants: 1}',
  ]);
  const timed = (text: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-08-01\n---\n\n# Brennmoor Werke\n\n${text}\n` }], { lexicon: firms })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('a date an event governs, before a coordinated predicate or a participle, is not the figure’s', () => {
    expect(timed('Brennmoor Werke was founded in 1931 and employs about 17,500 people.', 'staff')).toEqual([[17500, null]]);
    expect(timed('Der Umsatz von Brennmoor Werke stieg 2024 auf 1,34 Milliarden Euro, wie das 1958 gegründete Unternehmen mitteilte.', 'revenue').map((r) => r[1])).toEqual(['2024']);
  });
  it('"on the same period last year" is the base of a change, no figure’s date', () => {
    expect(timed('Brennmoor Werke grew revenue by 13% on the same period last year, and its operating margin rose to 9.8%.', 'margin').map((r) => r[1])).not.toContain('last year');
  });
  it('a segment named as a compound before the figure holds it', () => {
    expect(timed('Brennmoor Werke revenue was €2.38 billion. Software segment revenue was €1.02 billion.', 'revenue').map((r) => r[0])).toEqual([2.38e9]);
    expect(timed('- Memory division revenue: €6.1 billion', 'revenue')).toEqual([]);
  });
});

describe('counts, stretches and bounds as rail and space pages write them', () => {
  const rail = inlinePack('transit', [
    'entityTypes:',
    '  - {type: line, headers: [line]}',
    '  - {type: train, headers: [train]}',
    'entities:',
    '  - {id: line-9, name: Line 9, type: line, aliases: [Line 9]}',
    '  - {id: arrow, name: Arrow, type: train, aliases: [Arrow]}',
    'attributes:',
    '  - {id: fleet, label: fleet, kind: quantity, unit: trains, unitWords: [trains], triggers: [fleet of, served by], subjects: [line]}',
    '  - {id: length, label: route length, kind: quantity, unit: km, triggers: [long, route length, along], subjects: [line]}',
    '  - {id: top-speed, label: top speed, kind: quantity, unit: km/h, triggers: [top speed, run at up to], subjects: [train]}',
    'events:',
    '  - {id: opening, label: opening, triggers: [opened], participantTypes: [line], minParticipants: 1}',
  ]);
  const read = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-04-01\n---\n\n# Notes\n\n${text}\n` }], { lexicon: rail }).claims.map((c) => [
      c.attribute,
      c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null,
      c.time?.text ?? null,
    ]);
  it('a count’s noun after a compound or a word of lack is still its noun; not after a word of measure', () => {
    expect(read('Line 9 is served by 32 four-car trains.')).toEqual([['fleet', [32, 32], null]]);
    expect(read('Line 9 has a fleet of 32 driverless trains.')).toEqual([['fleet', [32, 32], null]]);
    expect(read('Line 9 has a fleet of 32 other trains.')).toEqual([]);
  });
  it('a length of a thing named after it ("of the route") is a stretch of it', () => {
    expect(read('Line 9 has noise barriers along 41 km of the route.')).toEqual([]);
    expect(read('Line 9 is 23.6 km long.')).toEqual([['length', [23.6, 23.6], null]]);
  });
  it('a bound a trigger writes ("run at up to") is the value itself', () => {
    expect(read('The Arrow trains, which run at up to 320 km/h, are new.')).toEqual([['top-speed', [320, 320], null]]);
    // So is "up to" of an attribute whose words say it is a maximum (a top speed)
    expect(read('The Arrow has a top speed of up to 320 km/h.')).toEqual([['top-speed', [320, 320], null]]);
  });
  it('an event in a clause of time that opens the sentence takes no date from the main clause', () => {
    expect(read('Before Line 9 opened, the metro carried 488 million passengers in 2024.')).toEqual([['event.opening', null, null]]);
    expect(read('Line 9 opened on 14 March 2025.').map((r) => r[2])).toEqual(['14 March 2025', null]);
  });
  const missions = packOf('missions', 'orbiter', ['{id: pell-2, name: Pell-2, type: orbiter, aliases: [Pell-2]}'], [
    '{id: cost, label: cost, kind: quantity, unit: EUR, triggers: [cost], subjects: [orbiter]}',
  ]);
  it('a description with a word before its type noun stands for the name before it; "our" does not', () => {
    const costs = (text: string) => claimsIn(missions, `# Opinion\n\n${text}\n`, 'cost').map((c) => c.entity.id);
    expect(costs('Take Pell-2. The lunar orbiter cost €498 million.')).toEqual(['pell-2']);
    expect(costs('Take Pell-2. Our lunar orbiter cost €498 million.')).toEqual([]);
  });
});

describe('ordinary sentences the new rules leave alone (a review of them found each misread)', () => {
  const org = inlinePack('org', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    '  - {type: party, headers: [party]}',
    '  - {type: country, headers: [country]}',
    '  - {type: spacecraft, headers: [probe]}',
    'entities:',
    '  - {id: halden, name: Halden Foods, type: organization, aliases: [Halden Foods, Halden]}',
    '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane, Corvane Group]}',
    '  - {id: left, name: Nordic Left, type: party, aliases: [Nordic Left]}',
    '  - {id: ardenia, name: Ardenia, type: country, aliases: [Ardenia]}',
    '  - {id: orla, name: Orla-2, type: spacecraft, aliases: [Orla-2]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [organization]}',
    '  - {id: staff, label: employees, kind: quantity, unit: employees, unitWords: [employees, people], triggers: [employs], subjects: [organization], measure: stock}',
    '  - {id: seats, label: seats, kind: quantity, unit: seats, unitWords: [seats], triggers: [won], subjects: [party], measure: tally}',
    '  - {id: turnout, label: turnout, kind: quantity, unit: percent, triggers: [turnout], subjects: [country]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [founded, Founded], participantTypes: [organization], minParticipants: 1}',
    '  - {id: election, label: election, triggers: [election, vote], participantTypes: [country, party], minParticipants: 1}',
    '  - {id: launch, label: launch, triggers: [launched, lancement], headers: [launch date], participantTypes: [spacecraft], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-08-01\n---\n\n# Notes\n\n${text}\n` }], { lexicon: org })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('"more than N" is a bound, no comparison: the name after it may hold the figure', () => {
    expect(read('Halden Foods sold its bakery unit in 2023. Revenue rose to more than $2 billion at Corvane last year, and it now employs 9,000 people.', 'staff').map((r) => r[0])).toEqual(['corvane']);
  });
  it('a date keeps a past predicate coordinated after it, and a noun ending like a participle', () => {
    expect(read('The Nordic Left contested its first election in 2019 and won 40 seats.', 'seats')).toEqual([['left', 40, '2019']]);
    expect(read('Turnout in Ardenia’s 2024 vote was 61%.', 'turnout')).toEqual([['ardenia', 61, '2024']]);
  });
  it('an event keeps its own date: a participle’s clause with a comma, "du" after the event’s noun, "on the 3rd of March"', () => {
    expect(read('Founded on March 3, 1998, Corvane Group now runs 300 stores.', 'event.founding')).toEqual([['corvane', null, 'March 3, 1998']]);
    expect(read('Le lancement du 3 mars 2024 a placé Orla-2 en orbite.', 'event.launch').map((r) => r[2])).toEqual(['3 mars 2024']);
    expect(read('Orla-2 was launched on the 3rd of March aboard a heavy rocket.', 'event.launch').map((r) => r[2])).toEqual(['3rd of March']);
    expect(read('Halden employs more than 4,000 people and was founded in 2009.', 'event.founding').map((r) => r[2])).toEqual(['2009']);
  });
  it('"Over the same period of 2024" names the figure’s own period', () => {
    const halves = analyse([{ file: 'a.md', text: "---\ndate: 2025-08-10\n---\n\n# Corvane Group\n\nCorvane's revenue was $3.1 billion in the first half of 2025. Over the same period of 2024, its revenue was $2.6 billion.\n" }], { lexicon: org })
      .claims.filter((c) => c.attribute === 'revenue')
      .map((c) => c.time?.start);
    expect(halves).toEqual(['2025-01-01', '2024-01-01']);
  });
  it('a table’s planned date is a plan, an estimated one an estimate', () => {
    const table = '| Probe | Launch date |\n|---|---|\n| Orla-2 | 2026 (planned) |';
    expect(analyse([{ file: 'a.md', text: `---\ndate: 2025-06-10\n---\n\n# Missions\n\n${table}\n` }], { lexicon: org }).claims.filter((c) => c.attribute === 'event.launch').map((c) => c.modality)).toEqual(['predicted']);
  });
});

describe('what mining and film pages needed read', () => {
  const mines = packOf('mines', 'mine', ['{id: carrow, name: Mount Carrow, type: mine, aliases: [Mount Carrow]}'], [
    '{id: reserve, label: ore reserve, kind: quantity, unit: t, triggers: [ore reserve, ore reserves], headers: [ore reserve], subjects: [mine]}',
    '{id: gold, label: gold output, kind: quantity, unit: oz, triggers: [produced], subjects: [mine]}',
  ]);
  it('a megatonne is a million tonnes; ounces of gold agree with tonnes read as troy ounces', () => {
    const report = checkTexts(
      [
        { file: 'a.md', text: '# Mount Carrow\n\n| Mount Carrow | |\n|---|---|\n| Ore reserve | 48.6 Mt |\n\nMount Carrow has ore reserves of 48.6 million tonnes.\n\nMount Carrow produced 9.9 tonnes of gold in 2024.\n' },
        { file: 'b.md', text: '# Mount Carrow\n\nMount Carrow produced 318,000 ounces of gold in 2024.\n' },
      ],
      { lexicon: mines },
    );
    expect(report.conflicts).toEqual([]);
    expect(report.files.map((f) => f.claims)).toEqual([3, 1]);
  });
  const films = packOf('films', 'film', ['{id: lanterns, name: Salt Lanterns, type: film, aliases: [Salt Lanterns]}', '{id: lisca, name: Lisca Festival, type: festival, aliases: [Lisca Festival]}'], [
    '{id: views, label: views in the first week, kind: quantity, unit: views, unitWords: [views], headers: [views in first seven days], triggers: [views], subjects: [film]}',
    '{id: tickets, label: tickets sold, kind: quantity, unit: tickets, unitWords: [tickets], triggers: [sold], subjects: [festival]}',
  ]);
  it('a table headed by a known name under a generic first cell reads the rows a pack knows, however few', () => {
    const table = '| Metric | Salt Lanterns |\n|---|---|\n| Views in first seven days | 24.1 million |\n| Hours viewed | 39.9 million |\n| Countries in the top ten | 61 |\n| Countries at number one | 38 |';
    expect(claimsIn(films, `# Streaming\n\n${table}\n`, 'views').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['lanterns', 24.1e6]]);
  });
});

describe('what university, energy and AI pages needed read', () => {
  const uni = inlinePack('universities', [
    'entityTypes:',
    '  - {type: university, headers: [university]}',
    '  - {type: ranking, headers: [ranking]}',
    'entities:',
    '  - {id: caldermoor, name: University of Caldermoor, type: university, aliases: [University of Caldermoor]}',
    '  - {id: lanjiang, name: Lanjiang University, type: university, aliases: [Lanjiang University, 澜江大学]}',
    '  - {id: meridian, name: Meridian Rankings, type: ranking, aliases: [Meridian Rankings]}',
    'attributes:',
    '  - {id: income, label: research income, kind: quantity, unit: GBP, triggers: [research income], subjects: [university]}',
    '  - {id: students, label: students, kind: quantity, unit: students, unitWords: [students, 人], triggers: [enrolled, 在校生], subjects: [university], measure: stock}',
    'events:',
    '  - {id: publication, label: publication, triggers: [published], participantTypes: [ranking], minParticipants: 1}',
    '  - {id: merger, label: merger, triggers: [merger], participantTypes: [university], minParticipants: 1}',
    '  - {id: founding, label: founding, triggers: [成立于, founded], participantTypes: [university], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string, date = '2025-11-20') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` }], { lexicon: uni })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null, c.time?.text ?? null, c.periodLength ?? null]);
  it('an academic year across two calendar years is a year long', () => {
    expect(read('The University of Caldermoor had research income of £398 million in 2024–25.', 'income')).toEqual([['caldermoor', 3.98e8, '2024–25', 'year']]);
  });
  it('a year right after a name, or between "the" and a name, is its edition, no date', () => {
    expect(read('The Meridian Rankings 2026 were published on 15 October 2025.', 'event.publication')).toEqual([['meridian', 'happened', '15 October 2025', null]]);
    expect(read('The 2026 Meridian Rankings were published on 15 October 2025.', 'event.publication')).toEqual([['meridian', 'happened', '15 October 2025', null]]);
    expect(read('In 2024 the University of Caldermoor enrolled 34,100 students.', 'students').map((r) => r[2])).toEqual(['2024']);
  });
  it('a merger pursued is no merger; a founding date in a clause before the figure’s is the founding’s', () => {
    expect(read('The University of Caldermoor pursued a merger with the art school.', 'event.merger')).toEqual([]);
    expect(read('澜江大学成立于1952年，是一所公立大学，现有在校生约5.2万人。', 'students').map((r) => r[2])).toEqual([null]);
  });
  it('a prediction of a later time than a reported occurrence is of another occurrence', () => {
    const report = checkTexts(
      [
        { file: 'a.md', text: '---\ndate: 2025-10-08\n---\n\n# News\n\nThe Meridian Rankings were published in June.\n' },
        { file: 'b.md', text: '---\ndate: 2025-10-10\n---\n\n# News\n\nThe next edition of the Meridian Rankings will be published in June 2026.\n' },
      ],
      { lexicon: uni },
    );
    expect(report.conflicts).toEqual([]);
  });
  const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
  it('a leaderboard’s rank column leaves the names in the next one', () => {
    const table = '| Rank | Model | MMLU |\n|---|---|---|\n| 1 | Qwen2.5-72B | 86.1 |\n| 2 | Llama 3.1 405B | 85.2 |';
    expect(claimsIn(ai, `# Leaderboard\n\n${table}\n`, 'benchmark.mmlu').map((c) => (c.value.kind === 'quantity' ? c.value.min : null))).toEqual([86.1, 85.2]);
  });
  it('a round "led by" someone after its figure is still the round', () => {
    expect(claimsIn(ai, '# Funding\n\nMistral AI raised $1.1 billion in a Series C round led by General Catalyst.\n', 'funding.series-c').map((c) => (c.value.kind === 'quantity' ? c.value.min : null))).toEqual([1.1e9]);
  });
  it('128K tokens and 131,072 tokens agree; a correction of a newsletter issue withdraws its figure', () => {
    const report = checkTexts(
      [
        { file: 'a.md', text: '# Qwen2.5-72B\n\nQwen2.5-72B has a 128K-token context window.\n' },
        { file: 'b.md', text: '# Qwen2.5-72B\n\nQwen2.5-72B has a context window of 131,072 tokens.\n\nCorrection: An earlier version of this issue said Qwen2.5-72B had a context window of 32,768 tokens.\n' },
      ],
      { lexicon: ai },
    );
    expect(report.conflicts).toEqual([]);
  });
});

describe('events in asides, label lines and reports of them', () => {
  const plants = inlinePack('plants', [
    'entityTypes:',
    '  - {type: battery, headers: [battery]}',
    '  - {type: wind-farm, headers: [wind farm]}',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: kessington, name: Kessington, type: battery, aliases: [Kessington]}',
    '  - {id: haldrup, name: Haldrup, type: wind-farm, aliases: [Haldrup]}',
    '  - {id: calder, name: Calder Grid, type: company, aliases: [Calder Grid]}',
    'attributes:',
    '  - {id: power, label: power, kind: quantity, unit: MW, triggers: [power output], headers: [power output], subjects: [battery, wind-farm]}',
    'events:',
    '  - {id: operation, label: start of operation, triggers: [commissioned, entered commercial operation, first power, mise en service], negations: [not, toujours pas], headers: [commercial operation], participantTypes: [battery, wind-farm], minParticipants: 1}',
  ]);
  const dates = (text: string, heading = 'Notes') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-06-03\n---\n\n# ${heading}\n\n${text}\n` }], { lexicon: plants })
      .claims.filter((c) => c.attribute === 'event.operation')
      .map((c) => [c.entity.id, c.time?.text ?? null]);
  const polarities = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n${text}\n` }], { lexicon: plants })
      .claims.filter((c) => c.attribute === 'event.operation')
      .map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);
  it('a long aside after a name and a code of its own ("X unit H7, a … plant ordered from Y in 2021,") still leads to the verb', () => {
    expect(dates('Haldrup unit H7, a 310 MW plant ordered from Calder Grid in 2021, was commissioned on 12 March 2025.')).toEqual([['haldrup', '12 March 2025']]);
  });
  it('an aside with no article, and negation words before the verb, still lead to the verb and its denial', () => {
    expect(polarities("La Kessington, batterie lithium du réseau côtier, n'a toujours pas été mise en service.", 'fr')).toEqual([['kessington', 'not-happened']]);
    expect(polarities('Kessington, the largest battery on the coast, has still not been commissioned.', 'en')).toEqual([['kessington', 'not-happened']]);
  });
  it('an aside that opens on a name’s possessive or holds a parenthesis still leads to the verb', () => {
    expect(dates("Haldrup, Calder Grid's largest project to date, was commissioned on 12 March 2025.")).toEqual([['haldrup', '12 March 2025']]);
    expect(dates('Kessington, a 400 MW lithium iron phosphate (LFP) battery, entered commercial operation on 2 June 2025.')).toEqual([['kessington', '2 June 2025']]);
  });
  it('a label line an event’s header names dates the event, not the blocks after it', () => {
    expect(dates('Kessington at a glance:\n\n- Power output: 400 MW\n- Commercial operation: 2 June 2025', 'Kessington')).toEqual([['kessington', '2 June 2025']]);
  });
  it('a report’s day ("today announced", a dateline) dates the announcing, not the event reported', () => {
    expect(dates('WREXFIELD, 3 June 2025 — Calder Grid today announced the first power of Haldrup.')).toEqual([['haldrup', null]]);
    expect(dates('WREXFIELD, 3 June 2025 — Haldrup was commissioned today.')).toEqual([['haldrup', 'today']]);
  });
  it('"All X models" hands the family’s figure to its members', () => {
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    const text = '# Qwen2.5 card\n\nAll Qwen2.5 models were pretrained on 15 trillion tokens.\n\n| | Qwen2.5-7B | Qwen2.5-72B |\n|---|---|---|\n| Training tokens | 18T | 18T |\n';
    expect(checkTexts([{ file: 'a.md', text }], { lexicon: ai }).conflicts.length).toBeGreaterThan(0);
  });
});

describe('ordinary sentences the second set of rules leaves alone (a review of them found each misread)', () => {
  const pack = inlinePack('mixed', [
    'entityTypes:',
    '  - {type: party, headers: [party]}',
    '  - {type: place, headers: [town]}',
    '  - {type: storm, headers: [storm]}',
    '  - {type: company, headers: [company]}',
    '  - {type: mine, headers: [mine]}',
    '  - {type: festival, headers: [festival]}',
    'entities:',
    '  - {id: green, name: Green Party, type: party, aliases: [Green Party]}',
    '  - {id: ardley, name: Ardley, type: place, aliases: [Ardley]}',
    '  - {id: corvane-storm, name: Storm Corvane, type: storm, aliases: [Storm Corvane]}',
    '  - {id: acme, name: Acme Robotics, type: company, aliases: [Acme Robotics, Acme]}',
    '  - {id: vell, name: Vell Mine, type: mine, aliases: [Vell Mine]}',
    '  - {id: halden-fest, name: Halden Festival, type: festival, aliases: [Halden Festival, 할든 축제]}',
    'attributes:',
    '  - {id: seats, label: seats won, kind: quantity, unit: seats, unitWords: [seats], triggers: [won], headers: [seats], subjects: [party]}',
    '  - {id: deaths, label: deaths, kind: quantity, unit: deaths, unitWords: [people, deaths], triggers: [killed], blockers: [injured, evacuated], subjects: [storm], measure: tally}',
    '  - {id: raised, label: money raised, kind: quantity, unit: USD, triggers: [raising, raised], subjects: [company]}',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    '  - {id: gold, label: gold output, kind: quantity, unit: kg, triggers: [produced], subjects: [mine]}',
    '  - {id: visitors, label: visitors, kind: quantity, unit: visitors, unitWords: [visitors, 명], triggers: [관람객, visitors], subjects: [festival]}',
    'events:',
    '  - {id: ipo, label: listing, triggers: [went public], participantTypes: [company], minParticipants: 1}',
    '  - {id: takeover, label: takeover, triggers: [takeover], participantTypes: [company], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string, date = '2025-10-30') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null, c.time?.text ?? null, c.periodLength ?? null]);
  it('an edition’s year dates its figures', () => {
    expect(read('In the 2022 Ardley election, the Green Party won 12 seats.', 'seats').map((r) => r[1])).toEqual(['2022']);
  });
  it('a blocker with its agent after the figure still blocks, but for a round "led by" someone', () => {
    expect(read('Storm Corvane killed 3 people, and 45 people were injured by flying debris.', 'deaths').map((r) => r[0])).toEqual([3]);
  });
  it('an English comma after an event’s date opens a phrase of the same moment', () => {
    expect(read('Acme Robotics went public in 2021, raising $1.5 billion.', 'raised').map((r) => r[1])).toEqual(['2021']);
  });
  it('a Korean comparison base is no date of the figure', () => {
    expect(read('할든 축제 관람객은 120만명으로 지난해보다 20% 늘었다.', 'visitors').map((r) => r[1])).toEqual([null]);
  });
  it('", as expected," is no clause of another time', () => {
    expect(read("Acme's revenue was $4.2 billion, as analysts had expected, in the fourth quarter.", 'revenue').map((r) => r[2])).toEqual(['quarter']);
  });
  it('"considered the largest takeover" states a takeover', () => {
    expect(read('In March 2024 Acme completed what is considered the largest takeover in its sector.', 'event.takeover').map((r) => r[0])).toEqual(['happened']);
  });
  it('ounces and troy ounces of one output agree', () => {
    const report = checkTexts(
      [
        { file: 'a.md', text: '# Vell Mine\n\nThe Vell Mine produced 318,000 ounces of gold in 2024.\n' },
        { file: 'b.md', text: '# Vell Mine\n\nThe Vell Mine produced 318,000 troy ounces of gold in 2024.\n' },
      ],
      { lexicon: pack },
    );
    expect(report.conflicts).toEqual([]);
  });
  it('a table for a few known rows reads no label no pack knows', () => {
    const table = '| | Green Party |\n|---|---|\n| Seats | 12 |\n| Shots | 14 |\n| Corners | 7 |\n| Possession | 55% |';
    expect(analyse([{ file: 'a.md', text: `# Match\n\n${table}\n` }], { lexicon: pack }).claims.map((c) => c.attribute)).toEqual(['seats']);
  });
});

describe('a stale prediction of a one-off event', () => {
  it('is still one when its time comes after the reported occurrence', () => {
    const lexicon = inlinePack('launches', [
      'entityTypes:',
      '  - {type: phone, headers: [phone]}',
      'entities:',
      '  - {id: lark, name: Lark X1, type: phone, aliases: [Lark X1]}',
      'events:',
      '  - {id: launch, label: launch, triggers: [released], participantTypes: [phone], minParticipants: 1}',
    ]);
    const report = checkTexts(
      [
        { file: 'a.md', text: '---\ndate: 2025-03-20\n---\n\n# Lark X1\n\nThe Lark X1 was released on 12 March 2025.\n' },
        { file: 'b.md', text: '---\ndate: 2025-04-15\n---\n\n# Lark X1\n\nThe Lark X1 will be released in June 2025.\n' },
      ],
      { lexicon },
    );
    expect(report.conflicts.map((c) => c.rule)).toEqual(['temporal-scope']);
  });
});

describe('the yen sign, a date opening a later clause, a type noun before a participle’s aside', () => {
  const plants = inlinePack('stations', [
    'entityTypes:',
    '  - {type: station, headers: [station, plant, park]}',
    'entities:',
    '  - {id: tomisaki, name: Tomisaki Station, type: station, aliases: [Tomisaki Station, 富岬発電所, 富岬电厂]}',
    'attributes:',
    '  - {id: cost, label: cost, kind: quantity, unit: USD, triggers: [cost, 总投资], headers: [cost], subjects: [station]}',
    '  - {id: output, label: generation, kind: quantity, unit: TWh, triggers: [generated], subjects: [station]}',
    'events:',
    '  - {id: opened, label: opening, triggers: [opened, created], participantTypes: [station], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string, heading = 'Tomisaki Station') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2024-11-01\n---\n\n# ${heading}\n\n${text}\n` }], { lexicon: plants })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.unit : c.value.kind, c.time?.text ?? null]);
  it('"¥" is the yen, but on a page in Chinese the yuan', () => {
    expect(read('The Tomisaki Station had a total project cost of ¥430 billion.', 'cost')).toEqual([['JPY', null]]);
    expect(read('富岬电厂总投资为￥430亿元。', 'cost')).toEqual([['CNY', null]]);
  });
  it('a date that opens a clause after the figure’s, with its own subject, is that clause’s', () => {
    expect(read('In 2023 Tomisaki Station generated 2.1 TWh, and this year it ran only during cold spells.', 'output')).toEqual([['TWh', '2023']]);
  });
  it('a type noun before a participle’s aside is the event’s participant', () => {
    expect(read('The plant, opened in 1989, covers 40 hectares.', 'event.opened')).toEqual([['event', '1989']]);
  });
});

describe('ordinary sentences the third set of rules leaves alone (a review of them found each misread)', () => {
  const pack = inlinePack('third', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: plant, headers: [plant]}',
    '  - {type: car, headers: [car]}',
    'entities:',
    '  - {id: halden, name: Halden Foods, type: company, aliases: [Halden Foods, Halden]}',
    '  - {id: ardley, name: Ardley Battery, type: plant, aliases: [Ardley Battery]}',
    '  - {id: su7, name: Lark S7, type: car, aliases: [Lark S7]}',
    'attributes:',
    '  - {id: staff, label: employees, kind: quantity, unit: employees, unitWords: [employees, people], triggers: [workforce, employs], subjects: [company], measure: stock}',
    '  - {id: price, label: price, kind: quantity, unit: CNY, triggers: [starts at], subjects: [car]}',
    'events:',
    '  - {id: founding, label: founding, triggers: [established], participantTypes: [company], minParticipants: 1}',
    '  - {id: commissioning, label: commissioning, triggers: [commissioned], headers: [commissioned], participantTypes: [plant], minParticipants: 1}',
    '  - {id: agm, label: annual meeting, triggers: [annual general meeting], participantTypes: [company], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string, date = '2025-06-05') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : c.value.kind, c.time?.text ?? null]);
  it('a founding date before a comma and a verb in the present dates no figure', () => {
    expect(read('Halden Foods was established in 1931, has a workforce of 2,400 and sells in 30 countries.', 'staff')).toEqual([[[2400, 'employees'], null]]);
  });
  it('a saying verb in a relative clause does not make a relative day the saying’s', () => {
    expect(read('Yesterday Halden, which announced record profits in March, commissioned the Ardley Battery.', 'event.commissioning').map((r) => r[1])).toEqual(['Yesterday']);
  });
  it('a line of its own before a heading, labelled by an event’s header, still dates the next heading’s thing', () => {
    expect(read('Commissioned: June 2023\n\n## Ardley Battery\n\nThe plant was commissioned after two years of work.', 'event.commissioning').map((r) => r[1])).toEqual(['June 2023']);
  });
  it('"¥" for an attribute a pack keeps in yuan is the yuan', () => {
    expect(read('The Lark S7 starts at ¥215,900 in China.', 'price')).toEqual([[[215900, 'CNY'], null]]);
  });
  it('"the largest of all X models" says nothing of every member', () => {
    const ai = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    const text = '# Qwen2.5 card\n\nThe largest of all Qwen2.5 models was pretrained on 15 trillion tokens.\n\n| | Qwen2.5-7B | Qwen2.5-72B |\n|---|---|---|\n| Training tokens | 18T | 18T |\n';
    expect(checkTexts([{ file: 'a.md', text }], { lexicon: ai }).conflicts).toEqual([]);
  });
  it('a yearly event planned a year after one reported is another occurrence', () => {
    const report = checkTexts(
      [
        { file: 'a.md', text: '---\ndate: 2025-09-01\n---\n\n# Halden\n\nHalden Foods held its annual general meeting in May 2025.\n' },
        { file: 'b.md', text: '---\ndate: 2025-10-01\n---\n\n# Halden\n\nHalden Foods will hold its annual general meeting in May 2026.\n' },
      ],
      { lexicon: pack },
    );
    expect(report.conflicts).toEqual([]);
  });
});

describe('a date another event’s word governs', () => {
  it('does not date the event of another word in the sentence', () => {
    const lexicon = inlinePack('rankings', [
      'entityTypes:',
      '  - {type: university, headers: [university]}',
      '  - {type: ranking, headers: [ranking]}',
      'entities:',
      '  - {id: valmorel, name: Université de Valmorel, type: university, aliases: [Université de Valmorel]}',
      '  - {id: meridian, name: Meridian Rankings, type: ranking, aliases: [classement Meridian]}',
      'events:',
      '  - {id: founding, label: founding, triggers: [fondé, fondée], participantTypes: [university], minParticipants: 1}',
      '  - {id: publication, label: publication, triggers: [publié], participantTypes: [ranking], minParticipants: 1}',
    ]);
    const events = analyse([{ file: 'a.md', text: "---\ndate: 2025-10-20\n---\n\n# Notes\n\nL'Université de Valmorel, établissement public fondé en 1808, se classe 41e du classement Meridian 2026, publié la semaine dernière.\n" }], { lexicon })
      .claims.filter((c) => c.value.kind === 'event')
      .map((c) => [c.attribute, c.time?.text ?? null]);
    expect(events).toEqual([
      ['event.founding', '1808'],
      ['event.publication', null],
    ]);
  });
});

describe('a column of years in an entity table', () => {
  it('dates the other figures of its row', () => {
    const lexicon = packOf('sites', 'site', ['{id: laguna, name: Laguna Ocre, type: site, aliases: [Laguna Ocre]}', '{id: rio, name: Rio Claro, type: site, aliases: [Rio Claro]}'], [
      '{id: cranes, label: cranes counted, kind: quantity, unit: cranes, unitWords: [cranes], triggers: [counted], headers: [cranes], subjects: [site]}',
    ]);
    const table = '| Site | Year of count | Cranes |\n|---|---|---|\n| Laguna Ocre | 2024 | 7,400 |\n| Rio Claro | 2023 | 640 |';
    expect(claimsIn(lexicon, `# Counts\n\n${table}\n`, 'cranes').map((c) => [c.entity.id, c.time?.start ?? null])).toEqual([
      ['laguna', '2024-01-01'],
      ['rio', '2023-01-01'],
    ]);
  });
});

describe('a column of field dates in a table of polls', () => {
  it('dates the other figures of its row, a span of days as that span, as prose does ("| Pollster | Field dates | Sample |")', () => {
    const lexicon = packOf('polls', 'organization', ['{id: corvel, name: Corvel Polling, type: organization, aliases: [Corvel Polling, Corvel]}'], [
      '{id: sample, label: poll sample size, kind: quantity, unit: respondents, triggers: [sample], headers: [sample], subjects: [organization]}',
    ]);
    const sampled = (table: string) => claimsIn(lexicon, `# Polls\n\n${table}\n`, 'sample').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null, c.time?.end ?? null]);
    expect(sampled('| Pollster | Field dates | Sample |\n|---|---|---|\n| Corvel Polling | 3–6 Mar 2025 | 1,204 |\n| Corvel Polling | 10–13 Feb 2025 | 1,190 |')).toEqual([
      [1204, '2025-03-03', '2025-03-06'],
      [1190, '2025-02-10', '2025-02-13'],
    ]);
    expect(sampled('| Institut | Dates du terrain | Sample |\n|---|---|---|\n| Corvel | 3-6 mars 2025 | 1 204 |')).toEqual([[1204, '2025-03-03', '2025-03-06']]);
    expect(sampled('| Instituto | Período de campo | Sample |\n|---|---|---|\n| Corvel | 3 a 6 de março de 2025 | 1.204 |')).toEqual([[1204, '2025-03-03', '2025-03-06']]);
    const report = checkTexts([{ file: 'a.md', text: '---\ndate: 2025-03-10\n---\n\n# Polls\n\n| Pollster | Fieldwork | Sample |\n|---|---|---|\n| Corvel Polling | 3–6 Mar 2025 | 1,204 |\n| Corvel Polling | 10–13 Feb 2025 | 1,190 |\n' }], { lexicon });
    expect(report.conflicts).toEqual([]);
  });
});

describe('a unit of the attribute’s dimension in a header', () => {
  it('is the unit of the column’s bare figures, converted', () => {
    const lexicon = packOf('campuses', 'university', ['{id: valmorel, name: Valmorel, type: university, aliases: [Valmorel]}'], [
      '{id: area, label: campus area, kind: quantity, unit: ha, triggers: [campus], headers: [campus], subjects: [university]}',
    ]);
    const areas = (table: string) => claimsIn(lexicon, `# Campuses\n\n${table}\n`, 'area').map((c) => (c.value.kind === 'quantity' ? [Math.round(c.value.min! * 10) / 10, c.value.unit] : null));
    expect(areas('| University | Campus (acres) |\n|---|---|\n| Valmorel | 297 |')).toEqual([[120.2, 'ha']]);
    expect(areas('| University | Campus (ha) |\n|---|---|\n| Valmorel | 120 |')).toEqual([[120, 'ha']]);
  });
});

describe('a figure "estimated at"', () => {
  const lexicon = packOf('wildlife', 'site', ['{id: laguna, name: Laguna Ocre, type: site, aliases: [Laguna Ocre]}'], [
    '{id: cranes, label: cranes counted, kind: quantity, unit: cranes, unitWords: [cranes, grous, grullas, grous-cendrés], triggers: [population, población, população], subjects: [site]}',
  ]);
  const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-03-10\n---\n\n${text}\n` });
  const conflicts = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon }).report.conflicts.map((c) => c.claims.map((x) => x.quote));
  it('is an approximate statement in every language, set against another page’s figure; "it is estimated that" stays hedged', () => {
    expect(conflicts('In 2024 the Laguna Ocre population was estimated at 2,150 cranes.', 'In 2024 the population of Laguna Ocre was 3,400 cranes.')).toHaveLength(1);
    expect(conflicts('En 2024, la población de Laguna Ocre fue estimada en 2.150 grullas.', 'In 2024 the population of Laguna Ocre was 3,400 cranes.')).toHaveLength(1);
    // Within a tenth, an estimate agrees.
    expect(conflicts('En 2024, la población de Laguna Ocre fue estimada en 2.150 grullas.', 'In 2024 the population of Laguna Ocre was 2,200 cranes.')).toEqual([]);
    expect(conflicts('In 2024 it is estimated that the population of Laguna Ocre was 2,150 cranes.', 'In 2024 the population of Laguna Ocre was 3,400 cranes.')).toEqual([]);
  });
});

describe('a sum and its share per unit, restated after "or"', () => {
  const lexicon = packOf('results', 'company', ['{id: corvane, name: Corvane Group, type: company, aliases: [Corvane Group, Corvane]}'], [
    '{id: net-income, label: net income, kind: quantity, unit: USD, triggers: [net income], subjects: [company]}',
    '{id: eps, label: earnings per share, kind: quantity, unit: USD, triggers: [a share, a diluted share, per share], subjects: [company]}',
  ]);
  const read = (text: string) =>
    claimsUnder(lexicon, 'Corvane Group', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('gives the cents to the share, and a change\'s start in both terms is no value', () => {
    expect(read('Net income rose to $412 million, or 87 cents a share, from $371.5 million, or 79 cents a share, in the same quarter of 2024.')).toEqual([
      ['net-income', 412e6, null],
      ['eps', 0.87, null],
    ]);
  });
  it('leaves the date after a compared sum and its share to them, past the comma that closes them', () => {
    expect(read('Net income was $118 million, or 64 cents a diluted share, compared with $109 million, or 59 cents, in the third quarter of 2024.')).toEqual([
      ['net-income', 118e6, null],
      ['eps', 0.64, null],
    ]);
  });
});

describe('a figure said of something else than the attribute', () => {
  const cars = packOf('cars9', 'car', ['{id: tern, name: Voltara Tern, type: car, aliases: [Voltara Tern, Tern]}'], [
    '{id: length, label: length, kind: quantity, unit: mm, triggers: [long, length], subjects: [car]}',
    '{id: range, label: range, kind: quantity, unit: km, triggers: [range], subjects: [car]}',
    '{id: dc, label: peak DC charging, kind: quantity, unit: kW, triggers: [charger, charges], subjects: [car]}',
    '{id: chemistry, label: cell chemistry, kind: category, triggers: [battery, packs], subjects: [car], values: [{id: lfp, synonyms: [LFP]}, {id: nmc, synonyms: [NMC]}]}',
  ]);
  const of = (sentence: string, attribute: string) => claimsIn(cars, `# Notes\n\n${sentence}\n`, attribute).map((c) => (c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null));
  it('is another dimension where its own word says so ("1,915 mm wide" after "4,720 mm long")', () => {
    expect(of('The Tern is 4,720 mm long and 1,915 mm wide.', 'length')).toEqual([4720]);
    expect(of('The Tern is 4,720 mm long, and the Tern LR 4,810 mm long.', 'length')).toEqual([4720, 4810]);
  });
  it('modifies the noun after it when glued to its unit, the trigger past a comma in another clause', () => {
    expect(of('On optional 21-inch wheels, the range of the Tern falls.', 'range')).toEqual([]);
  });
  it('before "to" and a figure in another unit, borrows no unit from a figure before it', () => {
    const chargers = packOf('cars10', 'car', ['{id: tern, name: Voltara Tern, type: car, aliases: [Voltara Tern, Tern]}'], [
      '{id: dc, label: peak DC charging, kind: quantity, unit: kW, triggers: [DC fast charger, fast charger], subjects: [car]}',
      '{id: time, label: charging time, kind: quantity, unit: minutes, triggers: [charges], subjects: [car]}',
    ]);
    const dc = (sentence: string) => claimsIn(chargers, `# Notes\n\n${sentence}\n`, 'dc').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(dc('On a DC fast charger rated at 225 kW or more, the Tern charges from 10 to 80 per cent in 24 minutes.')).not.toContain(10);
    expect(dc('The Tern accepts 225 kW on a DC fast charger and charges from 10 to 80 per cent in 24 minutes.')).toEqual([225]);
  });
  it('is what a thing is compared with, not the thing, after "than"', () => {
    expect(of('The Tern has an LFP battery, which is heavier than the NMC packs of its rivals.', 'chemistry')).toEqual(['lfp']);
    // "que" is a comparison only after a comparative: not "parce que", "ya que".
    expect(of('The Tern est moins cher parce que la battery LFP coûte moins.', 'chemistry')).toEqual(['lfp']);
  });
});

describe('a part of a whole', () => {
  const storms = packOf('storms9', 'storm', ['{id: odalys, name: Hurricane Odalys, type: storm, aliases: [Hurricane Odalys, Odalys]}'], [
    '{id: deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [deaths], triggers: [killed, deaths], subjects: [storm]}',
    '{id: budget, label: budget, kind: quantity, unit: USD, triggers: [budget], subjects: [storm]}',
  ]);
  const of = (sentence: string, attribute: string) => claimsUnder(storms, 'Hurricane Odalys', sentence).filter((c) => c.attribute === attribute).map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('that something no pack names "accounted for" is not the page subject\'s; the attribute\'s own word accounting for it is', () => {
    expect(of('Santa Inés province accounted for 31 deaths.', 'deaths')).toEqual([]);
    expect(of('Odalys accounted for 31 deaths in the region.', 'deaths')).toEqual([31]);
  });
  it('that a whole "sets aside" or "earmarks" is not the whole', () => {
    expect(of('The relief budget also sets aside $38 million for repairs.', 'budget')).toEqual([]);
    expect(of('The relief budget, which earmarks $38 million for repairs, was approved.', 'budget')).toEqual([]);
    expect(of('The relief budget is $380 million.', 'budget')).toEqual([380e6]);
  });
  it('in a place "alone" meets no figure that names no place, and still one of that place', async () => {
    const { numericMismatch } = await import('../src/rules/numeric-mismatch.js');
    void numericMismatch;
    const music = packOf('music9', 'album', ['{id: glass, name: Glass Orchard, type: album, aliases: [Glass Orchard]}'], [
      '{id: sales, label: first-week sales, kind: quantity, unit: copies, unitWords: [copies], triggers: [sold], subjects: [album]}',
    ]);
    const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-04-01\n---\n\n${text}\n` });
    const conflicts = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: music }).report.conflicts.length;
    expect(conflicts('In Corvalia alone, Glass Orchard sold 58,000 copies in its first week.', 'Glass Orchard sold 212,000 copies in its first week.')).toBe(0);
    expect(conflicts('In Corvalia alone, Glass Orchard sold 58,000 copies in its first week.', 'In Corvalia, Glass Orchard sold 59,000 copies in its first week.')).toBe(1);
  });
});

describe('an event and the words around it', () => {
  const drugs = withInlinePack(
    'name: drugs9\nentityTypes:\n  - {type: drug, headers: [drug]}\nentities:\n  - {id: nuvaria, name: Nuvaria, type: drug, aliases: [Nuvaria]}\n' +
      'events:\n  - {id: approval, label: approval, triggers: [approval, approved], negations: ["no", not], participantTypes: [drug], minParticipants: 1}\n',
    'drugs9.yml',
  );
  const events = (sentence: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-09-02\n---\n\n# Nuvaria\n\n${sentence}\n` }], { lexicon: drugs }).claims.filter((c) => c.attribute === 'event.approval').map((c) => [c.value.kind === 'event' ? c.value.polarity : null, c.time?.text ?? null]);
  it('takes no date from an edit to the page ("updated on 1 September 2025 to add …")', () => {
    expect(events('This explainer was updated on 1 September 2025 to add the Nuvaria approval.')).toEqual([['happened', null]]);
    expect(events('Nuvaria was approved on 5 June 2025.')).toEqual([['happened', '5 June 2025']]);
  });
  it('is not denied by "No one …" nor across a clause of time ("No one was hurt when …")', () => {
    expect(events('No one was hurt when Nuvaria was approved.')).toEqual([['happened', null]]);
    expect(events('No objections were raised after Nuvaria was approved.')).toEqual([['happened', null]]);
  });
  it('is denied by a negative determiner opening its clause ("No … has been …"), not by "No doubt"', () => {
    expect(events('No application for Nuvaria in any market has been approved.')).toEqual([['not-happened', null]]);
    expect(events('No doubt Nuvaria will be approved, but for now Nuvaria has been approved only in trials.')).toEqual([['happened', null]]);
  });
});

describe('a length inside a date', () => {
  it('is the date\'s, no figure ("Il y a trois mois", "three months ago")', () => {
    const albums = packOf('albums9', 'album', ['{id: heures, name: Les Heures Bleues, type: album, aliases: [Les Heures Bleues]}'], [
      '{id: weeks, label: weeks at No. 1, kind: quantity, unit: weeks, unitWords: [weeks, semaines], triggers: [en tête, at No. 1], subjects: [album]}',
    ]);
    const weeks = (sentence: string) =>
      analyse([{ file: 'a.md', text: `---\ntitle: "« Les Heures Bleues » triomphe"\ndate: 2025-12-10\nlang: fr\n---\n\n${sentence}\n` }], { lexicon: albums }).claims.filter((c) => c.attribute === 'weeks').length;
    expect(weeks('Il y a trois mois, l\'album était en tête des ventes.')).toBe(0);
    expect(weeks('L\'album est en tête des ventes depuis 13 semaines.')).toBe(1);
  });
});

describe('a sentence that opens on a name with figures of its own', () => {
  const cities = withInlinePack(
    [
      'name: cities9',
      'entityTypes:',
      '  - {type: city, headers: [city]}',
      '  - {type: metro-area, headers: [metropolitan area]}',
      'entities:',
      '  - {id: brennholt, name: Brennholt, type: city, aliases: [Brennholt]}',
      '  - {id: greater-brennholt, name: Greater Brennholt, type: metro-area, aliases: [Greater Brennholt]}',
      '  - {id: veltrane, name: Veltrane, type: metro-area, aliases: [Veltrane]}',
      'attributes:',
      '  - {id: population, label: population, kind: quantity, unit: inhabitants, unitWords: [inhabitants, residents], triggers: [inhabitants, residents], subjects: [city]}',
      '  - {id: metro-jobs, label: jobs, kind: quantity, unit: jobs, unitWords: [jobs], triggers: [jobs], subjects: [metro-area]}',
      '  - {id: fare, label: fare, kind: quantity, unit: EUR, triggers: [fare], subjects: [city]}',
    ].join('\n'),
    'cities9.yml',
  );
  const of = (sentence: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ntitle: Brennholt\ndate: 2025-02-01\n---\n\n${sentence}\n` }], { lexicon: cities }).claims.filter((c) => c.attribute === attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('whose verb takes the figure gives it to that name or to no one, not to the page\'s', () => {
    expect(of('Greater Brennholt, which takes in most of the county, had about 1.08 million inhabitants in 2023.', 'population')).toEqual([]);
    expect(of('Greater Brennholt passed one million inhabitants for the first time.', 'population')).toEqual([]);
    expect(of('The city had 412,600 inhabitants in 2023.', 'population')).toEqual([['brennholt', 412600]]);
  });
  it('acting on another thing\'s figure leaves it to the page\'s', () => {
    expect(of('Veltrane has kept the fare unchanged at €2.40 since 2023.', 'fare')).toEqual([['brennholt', 2.4]]);
  });
});

describe('an event in a relative clause', () => {
  const pack = withInlinePack(
    'name: acts9\nentityTypes:\n  - {type: act, headers: [group, band]}\n  - {type: car, headers: [car]}\nentities:\n  - {id: novareef, name: NOVAREEF, type: act, aliases: [NOVAREEF, 노바리프]}\n  - {id: luma, name: Luma S7, type: car, aliases: [Luma S7]}\n' +
      'events:\n  - {id: debut, label: debut, triggers: [debuted, 데뷔한], participantTypes: [act], minParticipants: 1}\n  - {id: launch, label: market launch, triggers: [auf den Markt], participantTypes: [car], minParticipants: 1}\n',
    'acts9.yml',
  );
  const events = (text: string, date = '2025-04-18') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n${text}\n` }], { lexicon: pack }).claims.filter((c) => c.value.kind === 'event').map((c) => [c.entity.id, c.time?.text ?? null]);
  it('after a type noun is the noun\'s ("The group, which debuted on …")', () => {
    expect(events('NOVAREEF is a five-member act. The group, which debuted on September 4, 2020, has five members.')).toEqual([['novareef', 'September 4, 2020']]);
  });
  it('after a name in German, its verb last ("Der Luma S7, der am 28. September 2025 … auf den Markt kam, …")', () => {
    expect(events('Der Luma S7, der am 28. September 2025 in China auf den Markt kam, ist nun auch in Deutschland erhältlich.', '2025-11-10')).toEqual([['luma', '28. September 2025']]);
  });
  it('takes no date from "올해로" (the sixth anniversary this year)', () => {
    expect(events("2019년 9월 4일 싱글로 데뷔한 노바리프는 올해로 데뷔 6주년을 맞았다.")).toEqual([['novareef', '2019년 9월 4일']]);
  });
});

describe('a German denial closing the clause', () => {
  const pack = withInlinePack(
    'name: recalls9\nentityTypes:\n  - {type: car, headers: [car]}\nentities:\n  - {id: eq5, name: eQ5, type: car, aliases: [eQ5]}\n' +
      'events:\n  - {id: recall, label: recall, triggers: [Rückruf], negationsAfter: [nicht gegeben], participantTypes: [car], minParticipants: 1}\n',
    'recalls9.yml',
  );
  const polarity = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'event.recall').map((c) => (c.value.kind === 'event' ? c.value.polarity : null));
  it('denies the event, past an adverb, and "nicht" alone at the clause\'s end too', () => {
    expect(polarity('Einen Rückruf des eQ5 hat es bislang nicht gegeben.')).toEqual(['not-happened']);
    expect(polarity('Einen Rückruf des eQ5 gab es nicht.')).toEqual(['not-happened']);
    expect(polarity('Der Rückruf des eQ5 verlief nicht reibungslos.')).toEqual(['happened']);
  });
});

describe('a date past a clause break with a figure of its own', () => {
  it('dates that figure, not the one before the break', () => {
    const cars = packOf('cars11', 'carmaker', ['{id: xingchi, name: Xingchi Auto, type: carmaker, aliases: [Xingchi Auto, 星驰汽车]}'], [
      '{id: deliveries, label: deliveries, kind: quantity, unit: vehicles, unitWords: [辆, cars], triggers: [交付, delivered], subjects: [carmaker]}',
    ]);
    const read = (sentence: string) => claimsIn(cars, `---\ndate: 2026-01-10\n---\n\n# Notes\n\n${sentence}\n`, 'deliveries').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
    expect(read('星驰汽车2025年全年共交付新车31.2万辆，同比增长38%，2024年全年交付量为22.6万辆。')).toEqual([
      [312000, '2025年'],
      [226000, '2024年'],
    ]);
  });
});

describe('a part of the day before "del" and a date', () => {
  it('leaves the date to the event ("tocó tierra en la madrugada del 15 de septiembre")', () => {
    const pack = withInlinePack(
      'name: storms10\nentityTypes:\n  - {type: storm, headers: [huracán]}\nentities:\n  - {id: odalys, name: Hurricane Odalys, type: storm, aliases: [Hurricane Odalys, Odalys]}\n' +
        'events:\n  - {id: landfall, label: landfall, triggers: [tocó tierra], participantTypes: [storm], minParticipants: 1}\n',
      'storms10.yml',
    );
    const dated = (sentence: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-09-20\n---\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.landfall').map((c) => c.time?.text ?? null);
    expect(dated('El huracán Odalys tocó tierra en la madrugada del 15 de septiembre.')).toEqual(['15 de septiembre']);
  });
});

describe('second read of the new reading rules: what they must leave alone', () => {
  const co = withInlinePack(
    [
      'name: co9',
      'entityTypes:',
      '  - {type: company, headers: [company, Unternehmen]}',
      'entities:',
      '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, Umsatz, "chiffre d\'affaires"], subjects: [company]}',
      '  - {id: net-income, label: net income, kind: quantity, unit: USD, triggers: [net income], subjects: [company]}',
      '  - {id: eps, label: earnings per share, kind: quantity, unit: USD, triggers: [earnings per share, a share], blockers: [dividend], subjects: [company]}',
      '  - {id: dividend, label: dividend, kind: quantity, unit: USD, triggers: [dividend], subjects: [company]}',
      '  - {id: battery, label: battery capacity, kind: quantity, unit: kWh, triggers: [battery], subjects: [company]}',
      'events:',
      '  - {id: ipo, label: listing, triggers: [went public], negations: [never, not], participantTypes: [company], minParticipants: 1}',
      '  - {id: results, label: results release, triggers: [publish its results, published its results], participantTypes: [company], minParticipants: 1}',
    ].join('\n'),
    'co9.yml',
  );
  const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n${text}\n` });
  const claimsOf = (text: string, attribute: string, date = '2025-11-01') =>
    analyse([page('a.md', date, text)], { lexicon: co }).claims.filter((c) => c.attribute === attribute);
  const values = (text: string, attribute: string, date?: string) => claimsOf(text, attribute, date).map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('a move or a miss in cents is no level; the level after "to" is', () => {
    expect(values("Halden's earnings per share beat analysts' estimates by 3 cents.", 'eps')).toEqual([]);
    expect(values("Halden's dividend rose 2 cents to 24 cents a share in 2024.", 'dividend')).toEqual([0.24]);
  });
  it('a move past a conjunction and another noun is that noun\'s', () => {
    expect(values("Halden's revenue held steady as costs rose by 7% to $400 million in 2024.", 'revenue')).toEqual([]);
    expect(values('Bei Halden stagnierte 2024 der Umsatz und die Kosten stiegen um 7 Prozent auf 400 Millionen Dollar.', 'revenue')).toEqual([]);
  });
  it('an estimate\'s word before its noun still hedges the figure; right before the figure it makes it approximate', () => {
    expect(claimsOf("Le chiffre d'affaires estimé de Halden atteint 1,3 milliard de dollars en 2024.", 'revenue').map((c) => c.modality)).toEqual(['hedged']);
  });
  it('a comma after a compared figure gives the date back to the sentence, unless a restatement closes there', () => {
    expect(claimsOf("Halden's net income rose to $140 million, up from $109 million, in the third quarter of 2025.", 'net-income').map((c) => c.time?.start ?? null)).toEqual(['2025-07-01']);
  });
  it('"the next March" after a date the story told is no month of the page\'s', () => {
    expect(claimsOf('Halden was founded in 1998 and went public the next March.', 'event.ipo', '2025-12-05').map((c) => (c.value.kind === 'event' ? c.value.polarity : null))).toEqual(['happened']);
  });
  it('German "macht … Umsatz" is the whole revenue; "have so far accounted for" tallies', () => {
    expect(values('Halden ist ein Konzern. Das Unternehmen macht 1,2 Milliarden Euro Umsatz im Jahr 2024.', 'revenue')).toEqual([1.2e9]);
  });
  it('"provides" states the whole unless a purpose follows the figure', () => {
    expect(values("Halden's battery provides 82 kWh of usable capacity.", 'battery')).toEqual([82]);
  });
  it('a live prediction dated by the period it is about still meets the report', () => {
    const found = analyse([page('a.md', '2025-08-10', 'Halden will publish its results for the second quarter of 2025.'), page('b.md', '2025-08-06', 'Halden published its results for the second quarter of 2025 on 5 August.')], { lexicon: co }).report.conflicts.map((c) => c.rule);
    expect(found).toEqual(['temporal-scope']);
  });
  it('"3p.m." is no pence; centimes take the francs written beside them', () => {
    expect(findQuantities('Shares rose after 3p.m. on Friday, when the £2 billion deal was announced.').map((m) => m.quantity.unit)).toEqual(['GBP']);
    expect(findQuantities('It earned 118 million Swiss francs, or 64 centimes a share.').map((m) => [m.quantity.min, m.quantity.unit]).at(-1)).toEqual([0.64, 'CHF']);
  });
});

describe('an event its words say another named agent did', () => {
  const pack = withInlinePack(
    'name: approvals9\nentityTypes:\n  - {type: drug, headers: [drug]}\n  - {type: regulator, headers: [agency]}\nentities:\n  - {id: ostravy, name: Ostravy, type: drug, aliases: [Ostravy]}\n' +
      '  - {id: fmb, name: Federal Medicines Board, type: regulator, aliases: [Federal Medicines Board]}\n  - {id: cma, name: Continental Medicines Agency, type: regulator, aliases: [Continental Medicines Agency]}\n' +
      '  - {id: ndo, name: Northern Drug Office, type: regulator, aliases: [Northern Drug Office]}\n' +
      'events:\n  - {id: approval, label: approval, triggers: [approved], agentsApart: true, participantTypes: [drug, regulator], minParticipants: 1}\n',
    'approvals9.yml',
  );
  const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-08-01\n---\n\n${text}\n` });
  const conflicts = (...texts: string[]) =>
    analyse(texts.map((t, i) => page(`${i}.md`, t)), { lexicon: pack }).report.conflicts.map((c) => [c.rule, c.claims.map((x) => x.place.file)]);
  it('without `agentsApart`, a subject and an object of two types it takes make a pair\'s event: two agencies\' approvals do not meet', () => {
    const shared = withInlinePack(
      'name: approvals11\nentityTypes:\n  - {type: drug, headers: [drug]}\n  - {type: regulator, headers: [agency]}\nentities:\n  - {id: ostravy, name: Ostravy, type: drug, aliases: [Ostravy]}\n' +
        '  - {id: fmb, name: Federal Medicines Board, type: regulator, aliases: [Federal Medicines Board]}\n  - {id: cma, name: Continental Medicines Agency, type: regulator, aliases: [Continental Medicines Agency]}\n' +
        'events:\n  - {id: approval, label: approval, triggers: [approved], participantTypes: [drug, regulator], minParticipants: 1}\n',
      'approvals11.yml',
    );
    const found = analyse([page('a.md', 'The Federal Medicines Board approved Ostravy on 14 March 2025.'), page('b.md', 'The Continental Medicines Agency approved Ostravy on 24 July 2025.')], { lexicon: shared });
    expect(found.report.conflicts.map((c) => c.rule)).toEqual([]);
    const same = analyse([page('a.md', 'The Federal Medicines Board approved Ostravy on 14 March 2025.'), page('b.md', 'Ostravy was approved by the Federal Medicines Board on 24 July 2025.')], { lexicon: shared });
    expect(same.claims.filter((c) => c.attribute === 'event.approval').map((c) => c.entity.id)).toEqual(['fmb+ostravy', 'ostravy']);
  });
  it('with `agentsApart`, an agent keeps its place second ("approved … in Germany" and "in Austria" are two events)', () => {
    expect(conflicts('The Federal Medicines Board approved Ostravy in Germany on 12 March 2025.', 'The Federal Medicines Board approved Ostravy in Austria on 2 May 2025.')).toEqual([]);
  });
  it('is that agent\'s: two agencies\' approvals of one drug are two events; one agency\'s two dates clash, the other listed as no side', () => {
    expect(conflicts('The Federal Medicines Board approved Ostravy on 14 March 2025.', 'The Continental Medicines Agency approved Ostravy on 24 July 2025.')).toEqual([]);
    expect(conflicts('The Federal Medicines Board approved Ostravy on 14 March 2025.', 'The Continental Medicines Agency approved Ostravy on 24 July 2025.', 'Ostravy was approved by the Federal Medicines Board on 12 March 2025.')).toEqual([
      ['numeric-mismatch', ['0.md', '2.md']],
    ]);
    // The earliest and the latest date are another agency's: the clash between them is still found.
    expect(
      conflicts(
        'The Continental Medicines Agency approved Ostravy on 9 May 2023.',
        'The Federal Medicines Board approved Ostravy on 14 March 2025.',
        'The Northern Drug Office approved Ostravy on 24 July 2025.',
        'Ostravy was approved by the Federal Medicines Board on 12 March 2025.',
      ),
    ).toEqual([['numeric-mismatch', ['1.md', '3.md']]]);
    // With no agent named, the approval meets either.
    expect(conflicts('The Federal Medicines Board approved Ostravy on 14 March 2025.', 'Ostravy was approved on 12 March 2025.')).toEqual([['numeric-mismatch', ['0.md', '1.md']]]);
  });
  it('is the agent\'s in German, before "hatte" or after "von", and in a header that names it', () => {
    const headed = withInlinePack(
      'name: approvals12\nentityTypes:\n  - {type: drug, headers: [drug]}\n  - {type: regulator, headers: [agency]}\nentities:\n  - {id: ostravy, name: Ostravy, type: drug, aliases: [Ostravy]}\n' +
        '  - {id: cma, name: Continental Medicines Agency, type: regulator, aliases: [Continental Medicines Agency, CMA]}\n  - {id: fmb, name: Federal Medicines Board, type: regulator, aliases: [Federal Medicines Board]}\n' +
        'events:\n  - {id: approval, label: approval, triggers: [approved, zugelassen], headers: [CMA approval], agentsApart: true, participantTypes: [drug, regulator], minParticipants: 1}\n',
      'approvals12.yml',
    );
    const agents = (text: string) =>
      analyse([page('a.md', text)], { lexicon: headed })
        .claims.filter((c) => c.attribute === 'event.approval')
        .map((c) => [c.entity.id, c.where ?? null]);
    expect(agents('Die Continental Medicines Agency hatte Ostravy am 21. März 2025 zugelassen.')).toEqual([['ostravy', 'by continental medicines agency']]);
    expect(agents('Ostravy wurde am 22. März 2025 von der Federal Medicines Board zugelassen.')).toEqual([['ostravy', 'by federal medicines board']]);
    expect(agents('Ostravy wurde am 23. März 2025 zugelassen.')).toEqual([['ostravy', null]]);
    const found = analyse([page('a.md', '| Drug | CMA approval |\n|---|---|\n| Ostravy | 12 March 2025 |'), page('b.md', 'The Federal Medicines Board approved Ostravy on 28 April 2025.')], { lexicon: headed });
    expect(found.claims.filter((c) => c.attribute === 'event.approval').map((c) => c.where ?? null)).toEqual(['by continental medicines agency', 'by federal medicines board']);
    expect(found.report.conflicts).toEqual([]);
  });
  it('in a row whose label names a place before the header ("| Corvalia approval |"), is that place\'s, as "approved in Corvalia" is', () => {
    const regions = withInlinePack(
      'name: approvals13\nentityTypes:\n  - {type: drug, headers: [drug]}\nentities:\n  - {id: ostravy, name: Ostravy, type: drug, aliases: [Ostravy]}\n' +
        'events:\n  - {id: approval, label: approval, triggers: [approved], headers: [approval, CV approval, Ardenia approval, full approval, approval (Ardenia)], agentsApart: true, participantTypes: [drug], minParticipants: 1}\n',
      'approvals13.yml',
    );
    const box = (rows: string) => page('a.md', `# Ostravy\n\n| Ostravy | |\n|---|---|\n${rows}`);
    const found = analyse([box('| CV approval | 14 March 2025 |\n| Ardenia approval | 2 June 2025 |'), page('b.md', 'Ostravy was approved in the CV on 14 March 2025.')], { lexicon: regions });
    expect(found.claims.filter((c) => c.attribute === 'event.approval').map((c) => [c.time?.text ?? null, c.where ?? null])).toEqual([
      ['14 March 2025', 'cv'],
      ['2 June 2025', 'ardenia'],
      ['14 March 2025', 'cv'],
    ]);
    expect(found.report.conflicts).toEqual([]);
    // A gloss after the header names it too; a kind ("Full approval") or a header alone names no place.
    const wheres = (rows: string) =>
      analyse([box(rows)], { lexicon: regions })
        .claims.filter((c) => c.attribute === 'event.approval')
        .map((c) => c.where ?? null);
    expect(wheres('| Approval (Ardenia) | 2 June 2025 |\n| Full approval | 3 June 2025 |\n| Approval | 4 June 2025 |')).toEqual(['ardenia', null, null]);
  });
  it('goes to the name it is granted to; a table\'s label names its kind as prose does', () => {
    const kinds = withInlinePack(
      'name: approvals10\nentityTypes:\n  - {type: drug, headers: [drug]}\n  - {type: regulator, headers: [agency]}\nentities:\n  - {id: ostravy, name: Ostravy, type: drug, aliases: [Ostravy]}\n' +
        '  - {id: fmb, name: Federal Medicines Board, type: regulator, aliases: [Federal Medicines Board]}\n' +
        'events:\n  - {id: approval, label: approval, triggers: [approved, granted full approval], headers: [accelerated approval, full approval], agentsApart: true, participantTypes: [drug, regulator], minParticipants: 1}\n',
      'approvals10.yml',
    );
    const table = '# Ostravy\n\n| Ostravy | |\n|---|---|\n| Accelerated approval | 9 May 2023 |\n| Full approval | 12 March 2025 |';
    const claims = analyse([page('a.md', table), page('b.md', 'The Federal Medicines Board granted full approval to Ostravy on 12 March 2025.')], { lexicon: kinds });
    expect(claims.claims.filter((c) => c.attribute === 'event.approval').map((c) => [c.entity.id, c.variant ?? null])).toEqual([
      ['ostravy', 'accelerated'],
      ['ostravy', 'full'],
      ['ostravy', 'full'],
    ]);
    expect(claims.report.conflicts).toEqual([]);
  });
});

describe('a category said of how an event happened', () => {
  it('takes no date from the event\'s ("made landfall as a Category 3 hurricane on September 14")', () => {
    const pack = withInlinePack(
      'name: storms11\nentityTypes:\n  - {type: storm, headers: [hurricane]}\nentities:\n  - {id: odalys, name: Hurricane Odalys, type: storm, aliases: [Hurricane Odalys, Odalys]}\n' +
        'attributes:\n  - {id: cat, label: category at landfall, kind: category, triggers: [made landfall as, came ashore as], subjects: [storm], values: [{id: cat3, synonyms: [Category 3]}, {id: cat4, synonyms: [Category 4]}]}\n' +
        'events:\n  - {id: landfall, label: landfall, triggers: [made landfall, came ashore], participantTypes: [storm], minParticipants: 1}\n',
      'storms11.yml',
    );
    const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-09-20\n---\n\n${text}\n` });
    const found = analyse([page('a.md', 'Odalys, which made landfall as a Category 3 hurricane on September 14, has left thousands homeless.'), page('b.md', 'Odalys came ashore as a Category 4 hurricane.')], { lexicon: pack });
    expect(found.claims.filter((c) => c.attribute === 'cat').map((c) => [c.value.kind === 'category' ? c.value.value : null, c.time?.text ?? null])).toEqual([
      ['cat3', null],
      ['cat4', null],
    ]);
    expect(found.report.conflicts.map((c) => c.rule)).toEqual(['categorical-exclusive']);
  });
});

describe('third read of the new reading rules: what they must leave alone', () => {
  it('"a follow-up to X" names no grantee; "granted … to X" does', () => {
    const pack = withInlinePack(
      'name: models12\nentityTypes:\n  - {type: model, headers: [model]}\nentities:\n  - {id: r1, name: Deep-R1, type: model, aliases: [Deep-R1]}\n  - {id: v3, name: Deep-V3, type: model, aliases: [Deep-V3]}\n' +
        'events:\n  - {id: release, label: release, triggers: [released], participantTypes: [model], minParticipants: 1}\n',
      'models12.yml',
    );
    const who = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'event.release').map((c) => c.entity.id);
    expect(who('The lab released Deep-R1 as a follow-up to Deep-V3 on 20 January 2025.')).toEqual(['r1']);
    // A name the clause gives is the only participant, whatever a type noun before it and the paragraph's names are.
    expect(who('Deep-V3 came first. Later the company released Deep-R1 as a proprietary system.')).toEqual(['r1']);
  });
  it('an event in a relative clause whose words hold a noun of their own is not the type noun\'s', () => {
    const pack = withInlinePack(
      'name: firms12\nentityTypes:\n  - {type: company, headers: [company]}\nentities:\n  - {id: corvane, name: Corvane, type: company, aliases: [Corvane]}\n' +
        'events:\n  - {id: founding, label: founding, triggers: [founded], participantTypes: [company], minParticipants: 1}\n',
      'firms12.yml',
    );
    expect(claimsIn(pack, '# Notes\n\nCorvane rents out servers. The company, which acquired a startup founded in 2019, went public in March.\n', 'event.founding')).toEqual([]);
  });
  it('a negation after the event\'s word in a clause with a subject of its own is that clause\'s; German "nicht" only with "es"', () => {
    const pack = withInlinePack(
      'name: dams12\nentityTypes:\n  - {type: dam, headers: [dam]}\n  - {type: car, headers: [car]}\nentities:\n  - {id: ribera, name: Ribera Dam, type: dam, aliases: [Ribera Dam]}\n  - {id: eq5, name: eQ5, type: car, aliases: [eQ5]}\n' +
        'events:\n  - {id: breach, label: breach, triggers: [breached], negationsAfter: [held], participantTypes: [dam], minParticipants: 1}\n  - {id: recall, label: recall, triggers: [Rückruf], participantTypes: [car], minParticipants: 1}\n',
      'dams12.yml',
    );
    const polarity = (sentence: string, attribute: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, attribute).map((c) => (c.value.kind === 'event' ? c.value.polarity : null));
    expect(polarity('The Ribera Dam breached on Friday while the levee downstream held.', 'event.breach')).toEqual(['happened']);
    expect(polarity('Den Rückruf des eQ5 kommentierte Brenninger nicht.', 'event.recall')).toEqual(['happened']);
  });
  it('a maker opening the sentence with a verb of its own ("quotes", "charges") leaves the page\'s product the figure', () => {
    const pack = withInlinePack(
      'name: makers12\nentityTypes:\n  - {type: carmaker, headers: [carmaker]}\n  - {type: car, headers: [car]}\nentities:\n  - {id: voltara, name: Voltara, type: carmaker, aliases: [Voltara]}\n  - {id: tern, name: Voltara Tern, type: car, aliases: [Voltara Tern, Tern]}\n' +
        'attributes:\n  - {id: range, label: range, kind: quantity, unit: km, triggers: [range], subjects: [car]}\n  - {id: deliveries, label: deliveries, kind: quantity, unit: cars, triggers: [delivered], subjects: [carmaker]}\n',
      'makers12.yml',
    );
    expect(analyse([{ file: 'a.md', text: '---\ntitle: Voltara Tern review\n---\n\nVoltara quotes 520 km of range.\n' }], { lexicon: pack }).claims.filter((c) => c.attribute === 'range').map((c) => c.entity.id)).toEqual(['tern']);
  });
});

describe('a denial of an event said of another place or agent', () => {
  it('does not meet the event said of this one; one that names none meets both', () => {
    const pack = withInlinePack(
      'name: phones13\nentityTypes:\n  - {type: phone, headers: [phone]}\nentities:\n  - {id: nova, name: Nova 8, type: phone, aliases: [Nova 8]}\n' +
        'events:\n  - {id: sale, label: sale, triggers: [went on sale, gone on sale], negations: [not, never], participantTypes: [phone], minParticipants: 1}\n',
      'phones13.yml',
    );
    const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-09-20\n---\n\n${text}\n` });
    const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: pack }).report.conflicts.map((c) => c.rule);
    expect(rules('The Nova 8 went on sale in Italy.', 'The Nova 8 has not gone on sale in France.')).toEqual([]);
    expect(rules('The Nova 8 went on sale in Italy.', 'The Nova 8 has not gone on sale.')).toEqual(['event-polarity']);
  });
  it('keeps its place when a clause of reason or condition follows it ("in France because of …", "in France unless …")', () => {
    const pack = withInlinePack(
      'name: phones14\nentityTypes:\n  - {type: phone, headers: [phone]}\nentities:\n  - {id: nova, name: Nova 8, type: phone, aliases: [Nova 8]}\n' +
        'events:\n  - {id: sale, label: sale, triggers: [went on sale, gone on sale, go on sale], negations: [not, never], participantTypes: [phone], minParticipants: 1}\n',
      'phones14.yml',
    );
    const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-09-20\n---\n\n${text}\n` });
    const places = (text: string) => analyse([page('a.md', text)], { lexicon: pack }).claims.map((c) => c.where ?? null);
    expect(places('The Nova 8 has not gone on sale in France because of a patent dispute.')).toEqual(['france']);
    expect(places('The Nova 8 has not gone on sale in France although the carrier asked for it.')).toEqual(['france']);
    expect(places('The Nova 8 has not gone on sale in France despite strong demand.')).toEqual(['france']);
    const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: pack }).report.conflicts.map((c) => c.rule);
    expect(rules('The Nova 8 has not gone on sale in France because of a patent dispute.', 'The Nova 8 went on sale in Italy.')).toEqual([]);
    // A place that qualifies a noun after it is still no place.
    expect(places('The Nova 8 has not gone on sale in French shops.')).toEqual([null]);
  });
  it('said of a place, does not meet the event that names none (it may have happened elsewhere); a denial that names none still meets one of a place', () => {
    const pack = withInlinePack(
      'name: phones15\nentityTypes:\n  - {type: phone, headers: [phone]}\nentities:\n  - {id: nova, name: Nova 8, type: phone, aliases: [Nova 8]}\n' +
        'events:\n  - {id: sale, label: sale, triggers: [went on sale, gone on sale], negations: [not, never], participantTypes: [phone], minParticipants: 1}\n',
      'phones15.yml',
    );
    const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-09-20\n---\n\n${text}\n` });
    const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: pack }).report.conflicts.map((c) => c.rule);
    expect(rules('The Nova 8 went on sale in May 2025.', 'The Nova 8 has not gone on sale in France.')).toEqual([]);
    expect(rules('The Nova 8 went on sale in France.', 'The Nova 8 has not gone on sale in France.')).toEqual(['event-polarity']);
    expect(rules('The Nova 8 went on sale in France.', 'The Nova 8 has not gone on sale.')).toEqual(['event-polarity']);
  });
});

describe('a city, its lines and their figures', () => {
  const cities = inlinePack('cities10', [
    'entityTypes:',
    '  - {type: city, headers: [city, città, gemeente]}',
    '  - {type: line, headers: [line]}',
    'entities:',
    '  - {id: brennholt, name: Brennholt, type: city, aliases: [Brennholt]}',
    '  - {id: castelvero, name: Castelvero, type: city, aliases: [Castelvero]}',
    '  - {id: orvenmeer, name: Orvenmeer, type: city, aliases: [Orvenmeer]}',
    '  - {id: northern, name: Northern Line, type: line, aliases: [Northern Line]}',
    '  - {id: southern, name: Southern Line, type: line, aliases: [Southern Line]}',
    'attributes:',
    '  - {id: population, label: population, kind: quantity, unit: residents, unitWords: [residents, inhabitants, people, abitanti, inwoners], triggers: [population, residents, inhabitants, census counted, contava, telde], subjects: [city], measure: stock}',
    '  - {id: stations, label: stations, kind: quantity, unit: stations, unitWords: [stations, station], triggers: [stations], subjects: [line], measure: stock}',
    'events:',
    '  - {id: opening, label: opening, triggers: [opened], participantTypes: [line], minParticipants: 1}',
  ]);
  const of = (text: string, attribute: string) =>
    claimsIn(cities, `---\ndate: 2025-06-01\n---\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.time?.start ?? null]);

  it("a stock's gain or loss is no level of it", () => {
    expect(of('The old dock quarter of Brennholt lost nearly 2,000 residents between 2015 and 2023.', 'population')).toEqual([]);
    expect(of('Brennholt gained 4,000 residents last year.', 'population')).toEqual([]);
    expect(of('Brennholt added 3,100 inhabitants in 2024.', 'population')).toEqual([]);
    expect(of('Brennholt had 421,600 residents in 2024.', 'population')).toEqual([['brennholt', 421600]]);
    expect(of("Brennholt's population grew by 5,000 to 426,600 residents.", 'population')).toEqual([['brennholt', 426600]]);
  });
  it('is that of the place people are counted living in', () => {
    expect(of('The census counted 421,600 people living in Brennholt.', 'population')).toEqual([['brennholt', 421600]]);
    expect(of('The census counted 421,600 residents who live in Brennholt.', 'population')).toEqual([['brennholt', 421600]]);
  });
  it('glued to its noun by a hyphen, is the count of the name it modifies', () => {
    expect(of('The 13-station Northern Line opened in 2019.', 'stations')).toEqual([['northern', 13]]);
    expect(of("Brennholt's 11-station Southern Line is older.", 'stations')).toEqual([['southern', 11]]);
    // The name does not end the noun phrase: the count is of what follows it.
    expect(of('The works close the 13-station Northern Line Extension Project site.', 'stations')).toEqual([]);
  });
  it("in an aside with a decimal, keep the name's event", () => {
    expect(of('The Northern Line, a driverless line running 9.8 km to the Central Station, opened on 21 March 2024.', 'event.opening')).toEqual([['northern', '2024-03-21']]);
  });
  it('after a fronted date in Italian and Dutch, are the type noun\'s', () => {
    expect(of('Castelvero cresce. Al 31 dicembre 2024 la città contava 98.400 abitanti.', 'population')).toEqual([['castelvero', 98400]]);
    expect(of('Orvenmeer groeit snel. Op 1 januari 2024 telde de gemeente ruim 212.000 inwoners.', 'population')).toEqual([['orvenmeer', 212000]]);
    expect(findMentions(cities, 'Al 31 dicembre 2024 la città contava 98.400 abitanti.').map((m) => m.text)).toEqual([]);
  });
});

describe('an outbreak and its counts', () => {
  const outbreaks = inlinePack('outbreaks10', [
    'entityTypes:',
    '  - {type: outbreak, headers: [outbreak]}',
    'entities:',
    '  - {id: tessary, name: Tessary outbreak, type: outbreak, aliases: [Tessary outbreak, Tessary]}',
    'attributes:',
    '  - {id: cases, label: confirmed cases, kind: quantity, unit: cases, unitWords: [cases], triggers: [confirmed cases, cases], subjects: [outbreak], measure: tally}',
  ]);
  const of = (text: string) => claimsIn(outbreaks, `---\ndate: 2024-08-12\n---\n\n${text}\n`, 'cases').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null]);
  it('take no day from a relative clause that closes before them, with or without its year', () => {
    expect(of('The Tessary outbreak, which was declared on March 21, has caused 2,016 confirmed cases.')).toEqual([[2016, null]]);
    expect(of('The Tessary outbreak, which was declared on March 21, 2024, has caused 2,016 confirmed cases.')).toEqual([[2016, null]]);
  });
  it('counted for every so many residents are a rate, no count', () => {
    expect(of('Tessary recorded 2,016 confirmed cases. That works out at roughly 106 cases for every 100,000 residents.')).toEqual([[2016, null]]);
  });
});

describe('a figure modifying a name glued to an adjective\'s ending', () => {
  it('is no figure of that name ("a 61-layer X V3.2-style stack")', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const layers = (text: string) => claimsIn(builtin, `# Notes\n\n${text}\n`, 'arch.layers').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(layers('That is less than the estimate for a 61-layer DeepSeek V3.2-style stack.')).toEqual([]);
    expect(layers('The 61-layer DeepSeek-V3 is large.')).toEqual([['deepseek-v3', 61]]);
  });
});

describe('figures of a bank, a chipmaker and a model, as new users wrote them', () => {
  const finance = inlinePack('finance10', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: bank, headers: [bank]}',
    'entities:',
    '  - {id: halvorsen, name: Halvorsen Semiconductor, type: company, aliases: [Halvorsen Semiconductor, Halvorsen]}',
    '  - {id: kaldoria, name: Bank of Kaldoria, type: bank, aliases: [Bank of Kaldoria]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    '  - {id: target, label: inflation target, kind: quantity, unit: percent, triggers: [target, inflation target], subjects: [bank]}',
  ]);
  const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n${text}\n` });
  const rules = (a: string, b: string, dateB = '2024-01-18') => analyse([page('a.md', '2024-04-24', a), page('b.md', dateB, b)], { lexicon: finance }).report.conflicts.map((c) => c.rule);
  it('of two quarters that no year places are not compared; of the same quarter they are', () => {
    expect(rules('Halvorsen Semiconductor reported first-quarter revenue of $6.13 billion.', 'Halvorsen Semiconductor posted fourth-quarter revenue of $6.2 billion.')).toEqual([]);
    // Told in the past on a dated page, the first quarter is the latest that had ended: 2024's in late April, 2023's in January.
    expect(rules('Halvorsen Semiconductor reported first-quarter revenue of $6.13 billion.', 'Halvorsen Semiconductor posted first-quarter revenue of $6.2 billion.', '2024-05-02')).toEqual(['numeric-mismatch']);
    expect(rules('Halvorsen Semiconductor reported first-quarter revenue of $6.13 billion.', 'Halvorsen Semiconductor posted first-quarter revenue of $6.2 billion.')).toEqual([]);
  });
  it('take no date from the base they are compared with ("an increase of 16% over 2022", "frente al 11,2% de febrero de 2023")', () => {
    const times = (text: string, attribute: string) => claimsIn(finance, `---\ndate: 2024-02-15\n---\n\n${text}\n`, attribute).map((c) => c.time?.text ?? null);
    expect(times('Halvorsen Semiconductor had revenue of $22.8 billion, an increase of 16% over 2022.', 'revenue')).toEqual([null]);
    expect(times('Halvorsen Semiconductor had revenue of $22.8 billion in 2023, an increase of 16% over 2022.', 'revenue')).toEqual(['2023']);
    expect(times('El Bank of Kaldoria fijó su target en el 5,6% en febrero, frente al 11,2% de febrero de 2023.', 'target').includes('febrero de 2023')).toBe(false);
  });
  it('inside a noun phrase of their own are not what a word in the predicate names', () => {
    const target = (text: string) => claimsUnder(finance, 'Bank of Kaldoria lifts its rate', text).filter((c) => c.attribute === 'target').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(target('Services inflation is stubborn, and wage growth of around 6% is not consistent with our target.')).toEqual([]);
    expect(target('The Bank of Kaldoria has an inflation target of 2%.')).toEqual([2]);
  });
});

describe('a bare scaled figure and a trigger word in the noun phrase after it', () => {
  it('counts that phrase\'s own noun, not the attribute ("fewer than 100 million monthly active users")', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const active = (text: string) => claimsIn(builtin, `# Qwen2.5-72B\n\n${text}\n`, 'params.active').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(active('Its licence is free for companies with fewer than 100 million monthly active users.')).toEqual([]);
    expect(active('Qwen2.5-72B has 21B active parameters.')).toEqual([21e9]);
  });
});

describe("your pack's attribute and a built-in one", () => {
  it('the built-in one takes the figure when the nearest name before it is of its subjects only', () => {
    const gpus = inlinePack('clusters10', [
      'entityTypes:',
      '  - {type: cluster, headers: [cluster]}',
      'entities:',
      '  - {id: halcyon, name: Halcyon, type: cluster, aliases: [Halcyon]}',
      'attributes:',
      '  - {id: cluster.gpus, label: GPUs in the cluster, kind: quantity, unit: gpu, unitWords: [GPUs], triggers: [GPUs], subjects: [cluster]}',
    ]);
    const of = (text: string) => claimsIn(gpus, `# Notes\n\n${text}\n`, 'cluster.gpus').concat(claimsIn(gpus, `# Notes\n\n${text}\n`, 'compute.gpu-count')).map((c) => [c.entity.name, c.attribute]);
    expect(of('Kestrel Mind rents capacity on the Halcyon cluster and says it trained Qwen2.5-72B on 2,048 GPUs.')).toEqual([['Qwen2.5-72B', 'compute.gpu-count']]);
    expect(of('Halcyon runs 24,576 GPUs.')).toEqual([['Halcyon', 'cluster.gpus']]);
  });
});

describe('benchmark scores of the built-in pack', () => {
  it('two sources a point or two apart clash ("86.4" and "84.6" on MMLU)', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const page = (file: string, text: string) => ({ file, text: `# Qwen2.5-72B\n\n${text}\n` });
    const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: builtin }).report.conflicts.map((c) => c.rule);
    expect(rules('Qwen2.5-72B scored 86.4 on MMLU.', 'Qwen2.5-72B scored 84.6 on MMLU.')).toEqual(['numeric-mismatch']);
    expect(rules('Qwen2.5-72B scored 86.4 on MMLU.', 'Qwen2.5-72B scored 86.2 on MMLU.')).toEqual([]);
  });
});

describe('a change measured from a year earlier', () => {
  it('is this year\'s figure; one "a year earlier" with no word of comparison between is the year before\'s', () => {
    const prices = inlinePack('prices10', [
      'entityTypes:',
      '  - {type: country, headers: [country]}',
      'entities:',
      '  - {id: kaldoria, name: Kaldoria, type: country, aliases: [Kaldoria]}',
      'attributes:',
      '  - {id: cpi, label: inflation, kind: quantity, unit: percent, triggers: [consumer prices, inflation], subjects: [country]}',
    ]);
    const cpi = (text: string) => claimsIn(prices, `---\ndate: 2024-05-14\n---\n\n${text}\n`, 'cpi').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(cpi('Consumer prices in Kaldoria rose 3.8% in April from a year earlier.')).toEqual([3.8]);
    expect(cpi('Inflation in Kaldoria was 3.6% in April, against 7.1% a year earlier.')).toEqual([3.6]);
  });
});

describe('a sentence that opens on a part of a company', () => {
  it("states the part's figures, not the company's the page is about", () => {
    const firms = inlinePack('firms10', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: brightwater, name: Brightwater Foods, type: company, aliases: [Brightwater Foods, Brightwater]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, net sales], subjects: [company]}',
    ]);
    const revenue = (text: string) => claimsUnder(firms, 'Brightwater Foods', text).filter((c) => c.attribute === 'revenue').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(revenue('The snacks segment, which includes two popcorn brands, grew revenue 9% to $1.02 billion.')).toEqual([]);
    expect(revenue('Snacks segment net sales increased 9.1% to $1,021 million.')).toEqual([]);
    expect(revenue('Revenue grew 5% to $2.38 billion.')).toEqual([2.38e9]);
  });
});

describe('an athlete, a race and a bank, as new users wrote them', () => {
  const sport = inlinePack('sport10', [
    'entityTypes:',
    '  - {type: athlete, headers: [athlete, runner]}',
    '  - {type: bank, headers: [bank]}',
    'entities:',
    '  - {id: hasebe, name: Kaito Hasebe, type: athlete, aliases: [Kaito Hasebe, Hasebe, 長谷部海斗, 長谷部]}',
    '  - {id: thorn, name: Elias Thorn, type: athlete, aliases: [Elias Thorn, Thorn]}',
    '  - {id: marvella, name: Marvella Bank, type: bank, aliases: [Marvella Bank]}',
    'attributes:',
    '  - {id: age, label: age, kind: quantity, unit: years, unitWords: [year-old, 歳], triggers: [aged, -year-old, 歳], subjects: [athlete], measure: stock}',
    '  - {id: wait, label: waiting period, kind: quantity, unit: months, triggers: [periodo di attesa, waiting period], subjects: [athlete]}',
    'events:',
    '  - {id: win, label: race win, triggers: [won, 優勝], participantTypes: [athlete], minParticipants: 1}',
    '  - {id: cut, label: rate cut, triggers: [cut its], participantTypes: [bank], minParticipants: 1}',
  ]);
  const page = (text: string) => `---\ndate: 2025-06-20\n---\n\n# Kaito Hasebe\n\n${text}\n`;
  const of = (text: string, attribute: string) => claimsIn(sport, page(text), attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null, c.modality]);
  it('a day given again in another zone in parentheses is no date of the event', () => {
    expect(of('メリディアン・クラシックは14日（日本時間15日）、ハーウィックで行われ、長谷部海斗が優勝した。', 'event.win')).toEqual([['hasebe', null, '2025-06-14', 'asserted']]);
  });
  it('a person named by an age is the one person the sentence before names, never the page\'s subject by default', () => {
    expect(of('Elias Thorn congratulated Hasebe. "This one was broken properly," the 31-year-old wrote.', 'age')).toEqual([]);
    expect(of('Elias Thorn did not race. "Records are there to be broken," the 31-year-old wrote.', 'age')).toEqual([['thorn', 31, null, 'asserted']]);
  });
  it('a birth date dates the birth, not an age beside it', () => {
    expect(of('長谷部は2001年2月19日生まれの24歳。', 'age')).toEqual([['hasebe', 24, null, 'asserted']]);
  });
  it('Italian "attesa" after "di" is waiting, no expectation', () => {
    expect(of('Il comitato ha applicato a Hasebe il periodo di attesa di 12 mesi.', 'wait').map((c) => c[3])).toEqual(['asserted']);
  });
  it("a dateline dates no event whose clause names a day of its own after \"on\"", () => {
    const cut = claimsIn(sport, '---\ndate: 2024-03-29\n---\n\n**SANTA LUCERA, March 29** — Marvella Bank cut its benchmark interest rate by 50 basis points to 9.25% on Wednesday, March 27.\n', 'event.cut');
    expect(cut.map((c) => c.time?.start)).toEqual(['2024-03-27']);
  });
});

describe('a start-up, its round and its model, as a new user wrote them', () => {
  const startups = inlinePack('startups10', [
    'entityTypes:',
    '  - {type: startup, headers: [startup, company]}',
    '  - {type: investor, headers: [investor]}',
    'entities:',
    '  - {id: veridian, name: Veridian Labs, type: startup, aliases: [Veridian Labs, Veridian]}',
    '  - {id: halvard, name: Halvard Capital, type: investor, aliases: [Halvard Capital]}',
    'attributes:',
    '  - {id: series-b, label: Series B, kind: quantity, unit: USD, triggers: [Series B], subjects: [startup, investor]}',
    '  - {id: power, label: power draw, kind: quantity, unit: MW, triggers: [draws], subjects: [startup]}',
  ]);
  const of = (text: string, attribute: string) => claimsUnder(startups, 'Veridian Labs', text).filter((c) => c.attribute === attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
  it("takes the page's subject past a name that only led the round", () => {
    expect(of('In May 2025 the company raised $460 million in a Series B round led by Halvard Capital.', 'series-b')).toEqual([['veridian', 460e6, 'asserted']]);
  });
  it('reads a live blog\'s correction of an earlier entry as a report of what it withdraws', () => {
    expect(of('Correction: An earlier entry said Veridian draws 38 MW.', 'power').map((c) => c[2])).toEqual(['reported']);
  });
  it('is no start of a change in Chinese, with a few words between 从 and the figure', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const gsm = claimsIn(builtin, '# Qwen2.5-72B\n\nQwen2.5-72B在GSM8K上的得分从上一代的84.1提高到92.7。\n', 'benchmark.gsm8k').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(gsm).toEqual([92.7]);
  });
  it('is not dated by a release aside with no year', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const mmlu = claimsIn(builtin, '---\ndate: 2025-06-01\n---\n\nQwen2.5-72B, released on 22 April, scored 86.4 on MMLU.\n', 'benchmark.mmlu').map((c) => c.time?.start ?? null);
    expect(mmlu).toEqual([null]);
  });
});

describe('a table whose first column holds years', () => {
  it('names its rows by the column of names after it, dated by the years', () => {
    const outbreaks = inlinePack('outbreaks10t', [
      'entityTypes:',
      '  - {type: outbreak, headers: [outbreak, province]}',
      'entities:',
      '  - {id: tessary, name: Tessary outbreak, type: outbreak, aliases: [Tessary]}',
      '  - {id: dorvin, name: Dorvin outbreak, type: outbreak, aliases: [Dorvin]}',
      'attributes:',
      '  - {id: cases, label: confirmed cases, kind: quantity, unit: cases, triggers: [confirmed cases], headers: [confirmed cases], subjects: [outbreak]}',
    ]);
    const table = '# Outbreaks\n\n| Outbreak | Province | Confirmed cases |\n|---|---|---|\n| 2023 | Dorvin | 389 |\n| 2024 | Tessary | 2,016 |\n';
    expect(claimsIn(outbreaks, table, 'cases').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.start])).toEqual([
      ['dorvin', 389, '2023-01-01'],
      ['tessary', 2016, '2024-01-01'],
    ]);
  });
});

describe('a stadium and an allegiance, as a new user wrote them', () => {
  const venues = inlinePack('venues10', [
    'entityTypes:',
    '  - {type: venue, headers: [stadium]}',
    '  - {type: athlete, headers: [athlete]}',
    'entities:',
    '  - {id: lakeshore, name: Lakeshore Stadium, type: venue, aliases: [Lakeshore Stadium]}',
    '  - {id: adekoya, name: Samuel Adekoya, type: athlete, aliases: [Samuel Adekoya, Adekoya]}',
    'attributes:',
    '  - {id: capacity, label: capacity, kind: quantity, unit: seats, unitWords: [seats], triggers: [capacity, -capacity], headers: [current capacity], subjects: [venue], measure: stock}',
    '  - id: allegiance',
    '    label: allegiance',
    '    kind: category',
    '    subjects: [athlete]',
    '    triggers: [allegiance, represent]',
    '    values:',
    '      - {id: norway, group: country, synonyms: [Norway]}',
    '      - {id: ghana, group: country, synonyms: [Ghana]}',
  ]);
  const of = (text: string, attribute: string) =>
    claimsIn(venues, `# Notes\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null, c.time?.start ?? null]);
  it('a count glued to a trigger the pack writes with its hyphen is that count ("the 38,000-capacity stadium")', () => {
    expect(of('The crowd filled the 38,000-capacity Lakeshore Stadium.', 'capacity')).toEqual([['lakeshore', 38000, null]]);
    // A number glued to a word no trigger writes so still qualifies that word.
    expect(of('Lakeshore Stadium uses a 3-tier design.', 'capacity')).toEqual([]);
  });
  it('a label\'s date after "since" is a mark, not its figures\' period', () => {
    expect(of('# Lakeshore Stadium\n\n| Item | Value |\n|---|---|\n| Current capacity (since 2019 expansion) | 42,500 |', 'capacity')).toEqual([['lakeshore', 42500, null]]);
  });
  it('a category value a change starts from ("from Norway to Ghana") is none', () => {
    expect(of('Samuel Adekoya moved his allegiance from Norway to Ghana.', 'allegiance').map((c) => c[1])).not.toContain('norway');
  });
});

describe('guards the second reading asked for', () => {
  const co = inlinePack('co10', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: bank, headers: [bank]}',
    'entities:',
    '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
    '  - {id: kaldoria, name: Bank of Kaldoria, type: bank, aliases: [Bank of Kaldoria]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, sales, ricavi, "chiffre d\'affaires"], subjects: [company]}',
    '  - {id: price, label: price, kind: quantity, unit: EUR, triggers: [price, costs], subjects: [company]}',
    '  - {id: employees, label: employees, kind: quantity, unit: employees, unitWords: [employees], triggers: [workforce, employees], subjects: [company], measure: stock}',
    'events:',
    '  - {id: cut, label: rate cut, triggers: [cut its], participantTypes: [bank], minParticipants: 1}',
    '  - {id: ipo, label: listing, triggers: [went public], participantTypes: [company], minParticipants: 1}',
  ]);
  const claims = (text: string, date: string) => analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n${text}\n` }], { lexicon: co }).claims;
  const of = (text: string, date: string, attribute: string) => claims(text, date).filter((c) => c.attribute === attribute).map((c) => [c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null, c.time?.start ?? null, c.modality]);
  it('an event takes no day past a word of another moment after "on"', () => {
    expect(of('The Bank of Kaldoria cut its benchmark rate by 25 basis points for the first time since the crash on March 3.', '2025-03-20', 'event.cut')).toEqual([[null, null, 'asserted']]);
    expect(of("Halden went public on Friday in a listing that came a month after Talvik's debut on March 3.", '2025-03-30', 'event.ipo')).toEqual([[null, null, 'asserted']]);
    expect(of('The Bank of Kaldoria cut its benchmark rate by 25 basis points and will announce its next decision on May 8.', '2025-03-20', 'event.cut')).toEqual([[null, null, 'asserted']]);
  });
  it('keep bounds, years and ranges the new rules must leave alone', () => {
    expect(of('The Halden Corp price goes up to €52,000 with the larger battery.', '2025-03-01', 'price')).toEqual([[[null, 52000], null, 'asserted']]);
    expect(of("Halden ha confermato l'attesa di ricavi per 5 miliardi di dollari nel 2026.", '2025-09-01', 'revenue').map((c) => c[2])).toEqual(['predicted']);
    expect(of("Halden a publié un chiffre d'affaires de 4,2 milliards de dollars pour 2024.", '2025-03-01', 'revenue').map((c) => c[1])).toEqual(['2024-01-01']);
    expect(of("Halden's sales to NATO in 2024 reached $2.3 billion.", '2025-06-01', 'revenue').map((c) => c[1])).toEqual(['2024-01-01']);
    // "over 2024" after a move is the base it is measured from (as "an increase of 16% over 2022"): the level is left undated, not 2024's.
    expect(of("Halden's revenue rose 16% over 2024 to $4.1 billion.", '2025-02-01', 'revenue').map((c) => c[1])).toEqual([null]);
    expect(of('Halden expects its workforce to be 1,000 to 5,000 employees in 2026.', '2025-03-01', 'employees').map((c) => c[0])).toEqual([[1000, 5000]]);
    // (After a verb of change and "by", the range is the size of the change, no level: "shrink by 1,000 to 5,000 employees".)
    expect(of('Halden expects its workforce to shrink by 1,000 to 5,000 employees in 2026.', '2025-03-01', 'employees')).toEqual([]);
  });
});

describe('subjects past a long appositive, and things "a" introduces mid-sentence', () => {
  const chips = inlinePack('chips10', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: cluster, headers: [cluster]}',
    'entities:',
    '  - {id: corvane, name: Corvane Microsystems, type: company, aliases: [Corvane Microsystems, Corvane]}',
    '  - {id: halcyon, name: Halcyon, type: cluster, aliases: [Halcyon]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    '  - {id: gpus, label: GPUs, kind: quantity, unit: gpu, unitWords: [GPUs], triggers: [GPUs], subjects: [cluster]}',
  ]);
  it('a name keeps its figure past an appositive set off by commas', () => {
    const of = (text: string) => claimsIn(chips, `# Notes\n\n${text}\n`, 'revenue').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(of('Corvane Microsystems, a company that makes chips for many big and small cloud computing customers, said that revenue rose to $3.1 billion.')).toEqual([['corvane', 3.1e9]]);
  });
  it('a clause opened by "a" and a verb of having is no figure of the page\'s subject', () => {
    const of = (text: string) => claimsUnder(chips, 'Halcyon', text).filter((c) => c.attribute === 'gpus').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(of('Each pod sits on its own leaf switches, so that a customer renting a whole pod gets 256 GPUs.')).toEqual([]);
    expect(of('Halcyon runs 24,576 GPUs.')).toEqual([24576]);
  });
});

describe('guards the first reading asked for', () => {
  const city = inlinePack('city10g', [
    'entityTypes:',
    '  - {type: city, headers: [city]}',
    '  - {type: line, headers: [line]}',
    '  - {type: athlete, headers: [athlete]}',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: brennholt, name: Brennholt, type: city, aliases: [Brennholt]}',
    '  - {id: northern, name: Northern Line, type: line, aliases: [Northern Line]}',
    '  - {id: hasebe, name: Kaito Hasebe, type: athlete, aliases: [Kaito Hasebe, Hasebe]}',
    '  - {id: lomongin, name: Peter Lomongin, type: athlete, aliases: [Peter Lomongin, Lomongin]}',
    '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
    'attributes:',
    '  - {id: population, label: population, kind: quantity, unit: residents, unitWords: [residents, people], triggers: [census counted, residents], subjects: [city], measure: stock}',
    '  - {id: stations, label: stations, kind: quantity, unit: stations, unitWords: [stations, station], triggers: [stations], subjects: [line], measure: stock}',
    '  - {id: age, label: age, kind: quantity, unit: years, unitWords: [year-old], triggers: [-year-old], subjects: [athlete], measure: stock}',
    '  - {id: employees, label: employees, kind: quantity, unit: employees, unitWords: [staff, employees], triggers: [employs], subjects: [company], measure: stock}',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
  ]);
  const of = (text: string, attribute: string) => claimsUnder(city, 'Notes', text).filter((c) => c.attribute === attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('an age in a description names no earlier person when the sentence names its own, and "a N-year-old" brings in a new one', () => {
    expect(of('Kaito Hasebe won the race. A 24-year-old Kenyan, Peter Lomongin, was second.', 'age')).not.toContainEqual(['hasebe', 24]);
  });
  it('a hyphenated count before a name and a noun of its own is that noun\'s', () => {
    expect(of('Brennholt approved the 6-station Northern Line extension to Carrow.', 'stations')).toEqual([]);
    expect(of('The 13-station Northern Line extension opened in 2020.', 'stations')).toEqual([]);
  });
  it('a name after a preposition does not take a figure from the page pack\'s attribute', () => {
    expect(of('Halden Corp makes cooling systems for Microsoft and employs 12,000 staff.', 'employees')).toEqual([['halden', 12000]]);
  });
  it('people counted living in a part of a place, or narrowed after it, are no population of the place', () => {
    expect(of("The 2021 census counted 38,000 people living in Brennholt's old town.", 'population')).toEqual([]);
    expect(of('The 2021 census counted 61,000 people who live in Brennholt but work in Carrow.', 'population')).toEqual([]);
  });
  it('a sentence opening on a phrase with a part, or a part that reports, keeps the figure the company\'s', () => {
    expect(claimsUnder(city, 'Halden Corp', 'Including the new subsidiary, revenue rose 9% to $4.2 billion.').filter((c) => c.attribute === 'revenue').map((c) => c.entity.id)).toEqual(['halden']);
  });
});

describe('benchmark scores in two settings', () => {
  it('are not compared; in one setting they are', () => {
    const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const page = (file: string, text: string) => ({ file, text: `# Qwen2.5-72B\n\n${text}\n` });
    const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: builtin }).report.conflicts.map((c) => c.rule);
    expect(rules('Qwen2.5-72B scores 86.1 on MMLU (5-shot).', 'Qwen2.5-72B scores 84.2 on MMLU (0-shot).')).toEqual([]);
    expect(rules('Qwen2.5-72B scores 86.6 on HumanEval (pass@1).', 'Qwen2.5-72B scores 88.4 on HumanEval (pass@10).')).toEqual([]);
    expect(rules('Qwen2.5-72B scores 86.1 on MMLU with 5-shot prompting.', 'With chain-of-thought, Qwen2.5-72B scores 87.9 on MMLU.')).toEqual([]);
    expect(rules('Qwen2.5-72B scores 86.4 on MMLU (5-shot).', '| Model | MMLU (5-shot) |\n|---|---|\n| Qwen2.5-72B | 84.6 |')).toEqual(['numeric-mismatch']);
  });
});

describe("the number of a benchmark's setting", () => {
  const builtin = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
  /** A text's benchmark scores on a page about Qwen2.5-72B: [attribute, lower end, setting]. */
  const scores = (lexicon: ReturnType<typeof compileLexicon>, text: string) =>
    analyse([{ file: 'a.md', text: `# Qwen2.5-72B\n\n${text}\n` }], { lexicon }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.variant]);
  it('is no figure: the score is, in that setting', () => {
    expect(scores(builtin, 'Qwen2.5-72B has an MMLU pass@1 of 52.3%.')).toEqual([['benchmark.mmlu', 52.3, 'pass@1']]);
    expect(scores(builtin, 'Qwen2.5-72B has a HumanEval pass@10 of 71.2%.')).toEqual([['benchmark.humaneval', 71.2, 'pass@10']]);
    expect(scores(builtin, 'Qwen2.5-72B has a GSM8K maj@32 score of 61.0.')).toEqual([['benchmark.gsm8k', 61, 'maj@32']]);
    expect(scores(builtin, 'Qwen2.5-72B has an MMLU (5 shot) score of 66.4.')).toEqual([['benchmark.mmlu', 66.4, '5-shot']]);
    expect(scores(builtin, 'Qwen2.5-72B的MMLU pass@1为62.4%。')).toEqual([['benchmark.mmlu', 62.4, 'pass@1']]);
    expect(scores(builtin, '在HumanEval上，Qwen2.5-72B的pass@1达到62.4%。')).toEqual([['benchmark.humaneval', 62.4, 'pass@1']]);
    const vision = inlinePack('vision1', [
      'entities:',
      '  - {id: lumen-v, name: Lumen-V, type: model, aliases: [Lumen-V]}',
      'attributes:',
      '  - {id: bench.imagenet, label: ImageNet accuracy, kind: quantity, unit: percent, metricOf: benchmark, triggers: [ImageNet], headers: [ImageNet], subjects: [model]}',
    ]);
    expect(scores(vision, 'Lumen-V has an ImageNet top-1 accuracy of 80.1%.')).toEqual([['bench.imagenet', 80.1, 'top-1']]);
  });
  it("a header or a label that writes the setting after the benchmark's name reads the benchmark in that setting", () => {
    expect(scores(builtin, '| Model | HumanEval pass@1 |\n|---|---|\n| Qwen2.5-72B | 48.0 |')).toEqual([['benchmark.humaneval', 48, 'pass@1']]);
    expect(scores(builtin, '- HumanEval pass@10: 71.2')).toEqual([['benchmark.humaneval', 71.2, 'pass@10']]);
  });
  it('a figure above 100 is no benchmark score', () => {
    expect(scores(builtin, 'Qwen2.5-72B ranks in the top 500 on GPQA.')).toEqual([]);
  });
});

describe('a harvest, a co-op and a ban, as a new user wrote them', () => {
  const farm = inlinePack('farm10', [
    'entityTypes:',
    '  - {type: country, headers: [country]}',
    '  - {type: coop, headers: [cooperativa, co-op]}',
    'entities:',
    '  - {id: corvessa, name: Corvessa, type: country, aliases: [Corvessa]}',
    '  - {id: terralva, name: Terralva, type: country, aliases: [Terralva]}',
    '  - {id: coopervas, name: Coopervas, type: coop, aliases: [Coopervas]}',
    'attributes:',
    '  - {id: wheat, label: wheat production, kind: quantity, unit: t, unitWords: [tonnes, tonnes of wheat, million tonnes], triggers: [wheat, harvested], blockers: [barley, forecast], subjects: [country]}',
    '  - {id: coffee, label: coffee production, kind: quantity, unit: bags, unitWords: [sacas, bags], triggers: [colheu, harvested], subjects: [coop, country]}',
    'events:',
    '  - {id: ban, label: barley export ban, triggers: [banned barley exports, imposed a ban on barley exports], negations: [not, never], participantTypes: [country], minParticipants: 1}',
  ]);
  const of = (text: string, attribute: string) => claimsIn(farm, `# Notes\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it("a blocker after another figure, even one that is no value, is that figure's", () => {
    expect(of('Corvessa harvested 14.2 million tonnes of wheat in 2025, short of the 15.0 million tonnes the Board had forecast in June.', 'wheat')).toEqual([['corvessa', 14.2e6]]);
  });
  it('a name in a Portuguese appositive opened by a superlative holds no figure of the main clause', () => {
    expect(of('A Coopervas, maior cooperativa de café de Terralva, colheu 3,4 milhões de sacas na safra 2025.', 'coffee')).toEqual([['coopervas', 3.4e6]]);
  });
  it('an undated denial on a dated page meets no report dated after that page', () => {
    const page = (file: string, date: string, text: string) => ({ file, text: `---\ndate: ${date}\n---\n\n${text}\n` });
    const rules = (b: string) => analyse([page('a.md', '2025-08-17', 'Corvessa has not banned barley exports, the minister said.'), page('b.md', '2025-09-10', b)], { lexicon: farm }).report.conflicts.map((c) => c.rule);
    expect(rules('On 2 September Corvessa imposed a ban on barley exports.')).toEqual([]);
    expect(rules('On 2 August Corvessa imposed a ban on barley exports.')).toEqual(['event-polarity']);
  });
});

describe('an event and a date past "and then"', () => {
  it('takes the date of its own clause, not the next predicate\'s', () => {
    const films = inlinePack('films10', [
      'entityTypes:',
      '  - {type: film, headers: [film]}',
      'entities:',
      '  - {id: lanterns, name: Salt Lanterns, type: film, aliases: [Salt Lanterns]}',
      'events:',
      '  - {id: win, label: award won, triggers: [won the Golden Heron], participantTypes: [film], minParticipants: 1}',
    ]);
    const when = claimsIn(films, '---\ndate: 2025-12-29\n---\n\nAt the festival in September, Salt Lanterns won the Golden Heron and then, in October, became the most-watched film.\n', 'event.win').map((c) => c.time?.start);
    expect(when).toEqual(['2025-09-01']);
  });
});

describe('guards the third reading asked for', () => {
  const co = inlinePack('co10c', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: line, headers: [line]}',
    'entities:',
    '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
    '  - {id: northern, name: Northern Line, type: line, aliases: [Northern Line]}',
    '  - {id: southern, name: Southern Line, type: line, aliases: [Southern Line]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    '  - {id: employees, label: employees, kind: quantity, unit: employees, unitWords: [employees], triggers: [workforce, employees], subjects: [company], measure: stock}',
    '  - {id: stations, label: stations, kind: quantity, unit: stations, unitWords: [stations, station], triggers: [stations], subjects: [line], measure: stock}',
    'events:',
    '  - {id: results, label: results release, triggers: [published its results], participantTypes: [company], minParticipants: 1}',
  ]);
  const page = (file: string, text: string) => ({ file, text: `---\ndate: 2025-09-20\n---\n\n# Halden Corp\n\n${text}\n` });
  const rules = (a: string, b: string) => analyse([page('a.md', a), page('b.md', b)], { lexicon: co }).report.conflicts.map((c) => c.rule);
  const of = (text: string, attribute: string) => analyse([page('a.md', text)], { lexicon: co }).claims.filter((c) => c.attribute === attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null]);
  it('"its fourth-quarter revenue" names its quarter', () => {
    expect(rules('Halden said its fourth-quarter revenue rose to $1.4 billion.', "Halden's first-quarter revenue was $0.9 billion.")).toEqual([]);
  });
  it('"the last night of the week" is no date', () => {
    expect(rules('Halden published its results on the last night of the trading week.', 'Halden published its results on September 12, 2025.')).toEqual([]);
  });
  it("a part that reports its results keeps them, not the company", () => {
    expect(of('Halden makes kitchen appliances. The cleaning division reported revenue of $1.2 billion for 2024.', 'revenue')).toEqual([]);
  });
  it('a past move and the level it reached stay two figures after "continued to"', () => {
    expect(of("Halden's workforce continued to grow by 500 to 12,400 employees.", 'employees')).toEqual([['halden', [12400, 12400]]]);
  });
  it('a count glued to a name keeps it past a verb of its own, and is no one\'s before a noun of its own', () => {
    expect(of('The 14-station Northern Line closes for repairs in July.', 'stations')).toEqual([['northern', [14, 14]]]);
    expect(of('Halden runs the 29-station Northern Line, and the 6-station Southern Line spur opened in 2022.', 'stations')).toEqual([['northern', [29, 29]]]);
  });
  it('"a decade later it has" is the page subject\'s', () => {
    expect(of('The firm started with three staff in 2010; a decade later it has 12,000 employees.', 'employees')).toEqual([['halden', [12000, 12000]]]);
  });
});

describe('a line of bold words over a list', () => {
  it('says how long a period the figures below it cover, as a heading does', () => {
    const co = inlinePack('co10b', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    ]);
    const text = '# Halden Corp results\n\n**Full-year 2023 highlights**\n\n- Revenue of $22.8 billion.\n\n**Outlook**\n\nHalden Corp expects steady revenue of $23 billion.\n';
    expect(claimsIn(co, text, 'revenue').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.periodLength ?? null])).toEqual([
      [22.8e9, 'year'],
      [23e9, null],
    ]);
  });
});

describe('a quarter named over a list, and the base a change is measured from', () => {
  const co = () =>
    inlinePack('co49a', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [company]}',
    ]);
  const dated = (text: string) =>
    claimsIn(co(), `---\ndate: 2024-01-18\n---\n# Halden Corp results\n\nHalden Corp today announced its results.\n\n${text}\n`, 'revenue').map((c) => [
      c.value.kind === 'quantity' ? c.value.min : null,
      c.time ? `${c.time.start}..${c.time.end}` : null,
    ]);

  it('a line of bold words that names a dated quarter dates the quarter’s figures below it, and is no date label', () => {
    expect(dated('**Fourth-quarter 2023 highlights**\n\n- Revenue of $6.2 billion.\n- Revenue of $6.3 billion in the quarter.')).toEqual([
      [6.2e9, '2023-10-01..2023-12-31'],
      [6.3e9, '2023-10-01..2023-12-31'],
    ]);
    expect(dated('**Q4 2023 highlights**\n\n- Revenue of $6.2 billion.')).toEqual([[6.2e9, '2023-10-01..2023-12-31']]);
    expect(dated('**Fourth quarter 2023: highlights**\n\n- Revenue of $6.2 billion.')).toEqual([[6.2e9, '2023-10-01..2023-12-31']]);
  });

  it('a bold line with a mark between its label and its quarter stays a date label of the events below it', () => {
    const lexicon = inlinePack('co49t', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
      'events:',
      '  - {id: ipo, label: listing, triggers: [went public], negations: [not, never], participantTypes: [company], minParticipants: 1}',
    ]);
    const ipo = analyse([{ file: 'a.md', text: '---\ndate: 2024-01-18\n---\n# Halden Corp\n\nHalden Corp makes pumps.\n\n**Listing – third quarter of 2021**\n\nHalden Corp went public on the Nasdaq.\n' }], { lexicon }).claims.filter((c) => c.attribute === 'event.ipo');
    expect(ipo.map((c) => (c.time ? `${c.time.start}..${c.time.end}` : null))).toEqual(['2021-07-01..2021-09-30']);
  });

  it('a date right after the figure a change is measured from dates that figure, not the level before it', () => {
    expect(dated('Revenue was $6.3 billion, up 14% from $5.44 billion in the fourth quarter of 2022.')).toEqual([
      [6.3e9, null],
      [5.44e9, '2022-10-01..2022-12-31'],
    ]);
    // …nor a figure of a later paragraph by the page's one named quarter.
    expect(dated('Revenue was $6.3 billion, up 14% from $5.44 billion in the fourth quarter of 2022.\n\nQuarterly revenue was $6.5 billion.')).toEqual([
      [6.3e9, null],
      [5.44e9, '2022-10-01..2022-12-31'],
      [6.5e9, null],
    ]);
    // A date after both figures of a list still dates both.
    expect(dated('Revenue was $6.7 billion and $6.8 billion in the fourth quarter of 2023.')).toEqual([
      [6.7e9, '2023-10-01..2023-12-31'],
      [6.8e9, '2023-10-01..2023-12-31'],
    ]);
  });
});

describe('figures of a part, of a margin and of a noun phrase that counts', () => {
  const site = () =>
    inlinePack('dc49', [
      'entityTypes:',
      '  - {type: datacenter, headers: [campus, site]}',
      '  - {type: operator, headers: [operator]}',
      'entities:',
      '  - {id: kestrel, name: Kestrel Campus, type: datacenter, aliases: [Kestrel Campus, Kestrel site]}',
      '  - {id: orvane, name: Orvane Telecom, type: operator, aliases: [Orvane Telecom, Orvane]}',
      'attributes:',
      '  - {id: site-area, label: site area, kind: quantity, unit: acres, unitWords: [acres], triggers: [covers], subjects: [datacenter]}',
      '  - {id: graves, label: graves, kind: quantity, unit: graves, unitWords: [graves, sépultures, tombes, Gräber], triggers: [graves, tombes], subjects: [datacenter]}',
      '  - {id: subscribers, label: subscribers, kind: quantity, unit: subscribers, unitWords: [subscribers, customers], triggers: [mobile subscribers, subscribers], subjects: [operator], measure: stock}',
    ]);
  const values = (heading: string, text: string, attribute: string) => valuesUnder(site(), heading, text, attribute);

  it('a correction that calls its page a release or a fact sheet withdraws the figure it quotes; an earlier version of a product is no correction', () => {
    expect(values('Kestrel Campus', 'Correction: An earlier version of this release stated that the Kestrel site covers 1,200 acres. The Kestrel site covers 1,100 acres.', 'site-area')).toEqual([
      [1200, 'reported'],
      [1100, 'asserted'],
    ]);
    expect(values('Kestrel Campus', 'Correction: An earlier version of this analysis said the Kestrel site covers 1,200 acres.', 'site-area')).toEqual([[1200, 'reported']]);
    expect(values('Kestrel Campus', 'Unlike an earlier version of this campus, the Kestrel site covers 1,100 acres.', 'site-area')).toEqual([[1100, 'asserted']]);
  });

  it('a part that "dont", "davon" or "di cui" opens after a figure is no value of the whole', () => {
    expect(values('Kestrel Campus', 'Kestrel Campus a livré 212 tombes, dont 37 tombes à char.', 'graves')).toEqual([[212, 'asserted']]);
    expect(values('Kestrel Campus', 'Kestrel Campus lieferte 212 graves, davon 37 graves mit Wagen.', 'graves')).toEqual([[212, 'asserted']]);
  });

  it('a scaled count whose noun phrase ends on the unit’s word counts it ("18.4 million mobile subscribers"), not "more" or "new" ones', () => {
    expect(values('Orvane Telecom', 'Orvane Telecom had 18.4 million mobile subscribers.', 'subscribers')).toEqual([[18.4e6, 'asserted']]);
    // Not another line of business's, nor "more": the words before the head must be the attribute's own.
    expect(values('Orvane Telecom', 'Orvane Telecom had 2.3 million broadband subscribers.', 'subscribers')).toEqual([]);
    expect(values('Orvane Telecom', 'Orvane Telecom signed up 2 million more subscribers.', 'subscribers')).toEqual([]);
  });
});

describe('a margin between two', () => {
  it('is no score of either ("trails X by 2 points on MMLU")', () => {
    const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const scores = (text: string) => claimsIn(lexicon, `# Quill-2\n\n${text}\n`, 'benchmark.mmlu').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(scores('Quill-2 72B trails Mosaic-3 by 2 points on MMLU.')).toEqual([]);
    expect(scores('Quill-2 72B scores 85.1 on MMLU, beating Mosaic-3 by 2.5 points.')).toEqual([85.1]);
  });

  it('is no passive’s agent: "topped the chart, driven by 145,000 units" keeps its figure', () => {
    const co = inlinePack('co49m', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      'entities:',
      '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
      'attributes:',
      '  - {id: employees, label: employees, kind: quantity, unit: employees, unitWords: [employees], triggers: [employees], subjects: [company], measure: stock}',
    ]);
    expect(figuresWith(co, 'Halden, which tops the European rankings, is run by 12,500 employees.', 'employees', 'Halden Corp')).toEqual([['halden', 12500]]);
    expect(figuresWith(co, 'Halden topped the rankings, helped by 12,500 employees.', 'employees', 'Halden Corp')).toEqual([['halden', 12500]]);
  });
});

describe('what the new users’ pages named around an event or a figure', () => {
  const lab = () =>
    inlinePack('lab49', [
      'entityTypes:',
      '  - {type: model, headers: [model]}',
      '  - {type: artefact, headers: [torc, museum]}',
      '  - {type: lab, headers: [lab]}',
      'entities:',
      '  - {id: tessellate, name: Tessellate, type: lab, aliases: [Tessellate]}',
      '  - {id: mosaic-3, name: Mosaic-3, type: model, aliases: [Mosaic-3]}',
      '  - {id: quill-2-72b, name: Quill-2 72B, type: model, aliases: [Quill-2 72B]}',
      '  - {id: cangming-3, name: Cangming-3, type: model, aliases: [Cangming-3]}',
      '  - {id: dunmarsh-torc, name: Dunmarsh Torc, type: artefact, aliases: [Dunmarsh Torc]}',
      '  - {id: halvorsen-museum, name: Halvorsen Museum, type: artefact, aliases: [Halvorsen Museum]}',
      'events:',
      '  - {id: release, label: release, triggers: [released, launch], negations: [not, never], participantTypes: [model], minParticipants: 1}',
      '  - {id: discovery, label: discovery, triggers: [found, uncovered], negations: [not, never], participantTypes: [artefact], minParticipants: 1}',
      '  - {id: founding, label: founding, triggers: [Founded, founded], negations: [not, never], participantTypes: [artefact], minParticipants: 1}',
      'attributes:',
      '  - {id: context, label: context window, kind: quantity, unit: tokens, unitWords: [tokens], triggers: [context window], subjects: [model]}',
    ]);
  const claims = (heading: string, text: string, date = '2025-09-01') => analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n# ${heading}\n\n${text}\n` }], { lexicon: lab() }).claims;
  const events = (heading: string, text: string) =>
    claims(heading, text)
      .filter((c) => c.value.kind === 'event' && ['event.release', 'event.discovery', 'event.founding'].includes(c.attribute))
      .map((c) => [c.entity.id, c.time ? `${c.time.start}..${c.time.end}` : null]);

  it('a version of a thing, or a thing made from it, takes no part in an event, nor does the page’s subject for it', () => {
    expect(events('Cangming-3', 'The lab plans to launch a multimodal version of Cangming-3 in the third quarter.')).toEqual([]);
  });

  it('a life’s span in parentheses after a name dates no event of the sentence', () => {
    expect(events('Halvorsen Museum', 'Founded in 1887 with the collection of Arne Halvorsen (1822–1896), the Halvorsen Museum is large.')).toEqual([['halvorsen-museum', '1887-01-01..1887-12-31']]);
    expect(events('Halvorsen Museum', 'The Halvorsen Museum was founded with the collection of Arne Halvorsen (1822–1896).')).toEqual([['halvorsen-museum', null]]);
    // The parentheses of the name the event is about still date it.
    expect(events('Halvorsen Museum', 'The Halvorsen Museum (founded in 1887) holds 4,000 works.')).toEqual([['halvorsen-museum', '1887-01-01..1887-12-31']]);
  });

  it('a dateline’s day dates no event its clause tells at a time in words ("last summer"); a perfect is the day’s news', () => {
    expect(events('Dunmarsh Torc', 'DUNMARSH, 30 August 2025 — A volunteer found the Dunmarsh Torc last summer.')).toEqual([['dunmarsh-torc', null]]);
    expect(events('Dunmarsh Torc', 'DUNMARSH, 30 August 2025 — A volunteer has uncovered the Dunmarsh Torc.')).toEqual([['dunmarsh-torc', '2025-08-30..2025-08-30']]);
    // (A season in another clause says nothing of the event's day.)
    expect(events('Dunmarsh Torc', 'DUNMARSH, 30 August 2025 — A volunteer uncovered the Dunmarsh Torc; the dig had begun last summer.')).toEqual([['dunmarsh-torc', '2025-08-30..2025-08-30']]);
  });

  it('an event of a version of a thing is no other name’s; "Built on X, Y was released" is Y’s', () => {
    expect(events('Releases', 'A remastered version of Cangming-3 was released in 2024, and Mosaic-3 followed on 14 March 2025.')).toEqual([]);
    expect(events('Releases', 'Built on Cangming-3, Mosaic-3 was released on 14 March 2025.')).toEqual([['mosaic-3', '2025-03-14..2025-03-14']]);
  });

  it('a name a figure is set against ("ahead of the 82.6 reported for X") is no antecedent of the next sentence’s "it"', () => {
    const text = 'Tessellate released Mosaic-3. The model scored 83.0 on MMLU, ahead of the 82.6 reported for Quill-2 72B. It supports a context window of 256K tokens.';
    expect(claims('Mosaic-3', text).filter((c) => c.attribute.startsWith('context')).map((c) => [c.attribute, c.entity.id])).toEqual([['context', 'mosaic-3']]);
  });
});

describe('more from the new users: parts, plans, places around, sizes', () => {
  const dc = () =>
    inlinePack('dc49b', [
      'entityTypes:',
      '  - {type: datacenter, headers: [campus, Rechenzentrum]}',
      '  - {type: auction, headers: [auction]}',
      '  - {type: city, headers: [city]}',
      'entities:',
      '  - {id: kestrel, name: Kestrel Campus, type: datacenter, aliases: [Kestrel Campus, Kestrel, Ostermoor]}',
      '  - {id: auction-35, name: 3.5 GHz auction, type: auction, aliases: [3.5 GHz auction]}',
      'attributes:',
      '  - {id: power, label: power, kind: quantity, unit: MW, triggers: [capacity, draws, Gesamtleistung, Leistung], subjects: [datacenter]}',
      '  - {id: proceeds, label: proceeds, kind: quantity, unit: EUR, triggers: [raised, proceeds], subjects: [auction]}',
    ]);
  const figures = (heading: string, text: string, attribute: string) => valuesUnder(dc(), heading, text, attribute);

  it('a sentence about each of some parts after an opening phrase states each one’s figures ("To put that in perspective, each rack …")', () => {
    expect(figures('Kestrel Campus', 'Kestrel has a capacity of 300 MW. To put that in perspective, each server rack draws about 130 kilowatts.', 'power')).toEqual([[300, 'asserted']]);
  });

  it('a budget is a plan ("had budgeted for proceeds of about €1.2 billion")', () => {
    expect(figures('3.5 GHz auction', 'The 3.5 GHz auction raised €1.86 billion. The finance ministry had budgeted for proceeds of about €1.2 billion.', 'proceeds')).toEqual([
      [1.86e9, 'asserted'],
      [1.2e9, 'predicted'],
    ]);
  });

  it('what stands around a name is another thing’s ("Rund um Ostermoor … 1,3 Gigawatt")', () => {
    expect(figures('Kestrel Campus', 'Das Rechenzentrum Ostermoor hat eine Leistung von 90 Megawatt. Rund um Ostermoor drehen sich Windräder mit einer Gesamtleistung von 1,3 Gigawatt.', 'power')).toEqual([[90, 'asserted']]);
  });
});

describe('a count of people near a training run', () => {
  it('is no count of GPUs ("which employs 115 people, said the training run …")', () => {
    const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const counts = (text: string) => claimsIn(lexicon, `# Mistral AI\n\n${text}\n`, 'compute.gpu-count').map((c) => [c.entity.name, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(counts('Mistral AI, which employs 115 people, said the training run consumed about 2.9 million hours on H100 chips.')).toEqual([]);
    expect(counts('Mistral Large was trained on 2,048 GPUs by a team of 40 people.')).toEqual([['Mistral Large', 2048]]);
  });
});

describe('a size alone after a place', () => {
  it('names a member of the line in context, never a place ("unveiled Quill-2 in Velmora. … the 72B is …")', () => {
    const lexicon = inlinePack('lines49', [
      'entityTypes:',
      '  - {type: city, headers: [city]}',
      'entities:',
      '  - {id: quill-2, name: Quill-2, type: family, memberType: model, aliases: [Quill-2]}',
      '  - {id: velmora, name: Velmora, type: city, aliases: [Velmora]}',
    ]);
    const claims = analyse([{ file: 'a.md', text: '# Larkspur news\n\nLarkspur unveiled Quill-2 in Velmora. Okafor said the 72B is released under the Apache 2.0 license.\n' }], { lexicon }).claims;
    expect(claims.filter((c) => c.attribute === 'licence').map((c) => c.entity.name)).toEqual(['Quill-2 72B']);
  });
});

describe('a comparison base of the same quarter, and an appositive after a name ending on a sign', () => {
  const svc = () =>
    inlinePack('svc49b', [
      'entityTypes:',
      '  - {type: service, headers: [service]}',
      '  - {type: company, headers: [company, studio]}',
      'entities:',
      '  - {id: corvana-plus, name: Corvana+, type: service, aliases: [Corvana+]}',
      '  - {id: corvana-studios, name: Corvana Studios, type: company, aliases: [Corvana Studios]}',
      'attributes:',
      '  - {id: churn, label: monthly churn, kind: quantity, unit: percent, triggers: [churn, monthly churn], subjects: [service, company]}',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [service, company]}',
    ]);
  const read = (text: string, attribute: string) =>
    claimsIn(svc(), `---\ndate: 2024-10-20\n---\n# Streaming\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);

  it('"from $3.33 billion in the same quarter last year" dates neither figure to last year', () => {
    expect(read('Corvana+ revenue rose 17% to $3.9 billion, from $3.33 billion in the same quarter last year.', 'revenue').map((r) => r[2] === 'last year')).toEqual([false, false]);
  });

  it('"Corvana+, the video service of Corvana Studios, reported …" is Corvana+’s', () => {
    expect(read('Corvana+, the video service of Corvana Studios, reported monthly churn of 4.6%.', 'churn')).toEqual([['corvana-plus', 4.6, null]]);
  });
});

describe('a release told in Japanese', () => {
  it('is read from 公開した / リリースされた as from 发布', () => {
    const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const released = (text: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2024-10-01\n---\n# Qwen2.5-72B\n\n${text}\n` }], { lexicon }).claims
        .filter((c) => c.attribute === 'event.model-release')
        .map((c) => [c.entity.name, c.time ? `${c.time.start}..${c.time.end}` : null]);
    expect(released('Qwen2.5-72Bは2024年9月19日に公開された。')).toEqual([['Qwen2.5-72B', '2024-09-19..2024-09-19']]);
    expect(released('Qwen2.5-72Bは2024年9月19日にリリースされた。')).toEqual([['Qwen2.5-72B', '2024-09-19..2024-09-19']]);
  });
});

describe('numbered tables, money in another currency, Japanese rounds and years in names', () => {
  const transit = inlinePack('transit', [
    'entityTypes:',
    '  - {type: network, headers: [metro]}',
    '  - {type: line, headers: [line]}',
    'entities:',
    '  - {id: pellory, name: Pellory Metro, type: network, aliases: [Pellory Metro]}',
    '  - {id: ashgrove, name: Ashgrove Line, type: line, aliases: [Ashgrove Line, Line 7]}',
    '  - {id: wrenfield, name: Wrenfield Line, type: line, aliases: [Wrenfield Line]}',
    'attributes:',
    '  - {id: length, label: route length, kind: quantity, unit: km, triggers: [long], headers: [length], subjects: [line], timeless: true}',
    '  - {id: stations, label: stations, kind: quantity, unit: stations, unitWords: [stations], headers: [stations], subjects: [line], measure: stock}',
    '  - {id: cost, label: construction cost, kind: quantity, unit: EUR, triggers: [cost], headers: [cost], subjects: [line], timeless: true}',
    '  - {id: fare, label: single fare, kind: quantity, unit: GBP, triggers: [single fare], subjects: [network, line], measure: stock}',
  ]);
  const rows = (text: string, attribute: string) =>
    claimsIn(transit, `# Pellory Metro\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? `${c.value.unit} ${c.value.min}` : null]);
  it('a first column of small numbers or letters numbers the rows whatever its header; the names are in the next column', () => {
    const table = (first: string, a: string, b: string) => `| ${first} | Name | Length | Stations |\n|---|---|---|---|\n| ${a} | Wrenfield Line | 11.2 km | 9 |\n| ${b} | Ashgrove Line | 18.3 km | 12 |`;
    expect(rows(table('Line', '1', '7'), 'length')).toEqual([['wrenfield', 'km 11.2'], ['ashgrove', 'km 18.3']]);
    expect(rows(table('Route', 'A', 'B'), 'stations')).toEqual([['wrenfield', 'stations 9'], ['ashgrove', 'stations 12']]);
    // Years are a series' rows, and a column of places no pack knows under no header of names names nothing.
    expect(rows('| Line | Terminus | Length |\n|---|---|---|\n| 1 | Dunlace Cross | 11.2 km |', 'length')).toEqual([]);
  });
  it('a cell of that column with no number in it (a dash, a blank, "NEW", "RE": a new entry or a re-entry) leaves the other rows read', () => {
    const chart = (cell: string) => `| Pos | Last week | Name | Stations |\n|---|---|---|---|\n| 1 | 1 | Wrenfield Line | 9 |\n| 2 | ${cell} | Ashgrove Line | 12 |`;
    for (const cell of ['–', '-', '', 'NEW', 'RE']) expect(rows(chart(cell), 'stations')).toEqual([['wrenfield', 'stations 9'], ['ashgrove', 'stations 12']]);
    const table = (a: string, b: string) => `| Line | Name | Stations |\n|---|---|---|\n| ${a} | Wrenfield Line | 9 |\n| ${b} | Ashgrove Line | 12 |`;
    expect(rows(table('1', '—'), 'stations')).toEqual([['wrenfield', 'stations 9'], ['ashgrove', 'stations 12']]);
  });
  it('a number under a type’s header names the row with the header’s word, where a pack knows the name', () => {
    expect(rows('| Line | Length |\n|---|---|\n| 7 | 18.3 km |\n| 9 | 3.0 km |', 'length')).toEqual([['ashgrove', 'km 18.3']]);
  });
  it('a money attribute keeps a figure in another currency unless an attribute in that currency is what the trigger names', () => {
    expect(rows('In the end the Ashgrove Line cost £1.9 billion.', 'cost')).toEqual([['ashgrove', 'GBP 1900000000']]);
    expect(rows('The single fare on the Ashgrove Line is £2.80.', 'fare')).toEqual([['ashgrove', 'GBP 2.8']]);
    expect(rows('The single fare on the Ashgrove Line is £2.80.', 'cost')).toEqual([]);
    const prices = inlinePack('prices', [
      'entityTypes:',
      '  - {type: phone, headers: [phone]}',
      'entities:',
      '  - {id: zaltor, name: Zaltor 3, type: phone, aliases: [Zaltor 3]}',
      'attributes:',
      '  - {id: price.inr, label: price in rupees, kind: quantity, unit: INR, triggers: [costs, priced at], subjects: [phone]}',
      '  - {id: price.usd, label: price in dollars, kind: quantity, unit: USD, triggers: [costs, priced at], subjects: [phone]}',
    ]);
    const price = (attribute: string) => claimsIn(prices, '# Zaltor 3\n\nThe Zaltor 3 costs $499.\n', attribute).map((c) => (c.value.kind === 'quantity' ? `${c.value.unit} ${c.value.min}` : null));
    expect([price('price.usd'), price('price.inr')]).toEqual([['USD 499'], []]);
  });
  const startups = inlinePack('startups', ['entities:', '  - {id: kiribune, name: Kiribune Compute, type: organization, aliases: [Kiribune Compute, キリブネ計算]}']);
  it('a Japanese round is named シリーズC', () => {
    expect(claimsIn(startups, '---\ndate: 2025-06-05\n---\n\n# ニュース\n\nキリブネ計算は2月、シリーズCで80億円を調達したと発表した。\n', 'funding.series-c').map((c) => (c.value.kind === 'quantity' ? `${c.value.unit} ${c.value.min}` : null))).toEqual(['JPY 8000000000']);
  });
  const models = inlinePack('models', ['entities:', '  - {id: ostrel-2, name: Ostrel-2, type: model, aliases: [Ostrel-2]}']);
  const released = (text: string) =>
    claimsIn(models, `---\ndate: 2025-05-20\n---\n\n${text}\n`, 'event.model-release').map((c) => c.time?.text ?? null);
  it('a year glued into a capitalised name is part of the name, no date of the event', () => {
    expect(released('# Live: Corriby Summit 2024 — Ostrel-2 launch\n\nHello.')).toEqual([null]);
    expect(released('# Notes\n\nThe lab unveiled Ostrel-2 at Sorrelby Expo 2024.')).toEqual([null]);
    expect(released('# Notes\n\nThe lab released Ostrel-2 in Summer 2024.')).toEqual(['2024']);
    expect(released('# Ostrel-2 Released In 2024\n\nHello.')).toEqual(['2024']);
  });
  it('a date in the possessive is its noun\'s, no date of an event elsewhere in the sentence', () => {
    const editions = inlinePack('editions', ['entities:', '  - {id: tarn, name: Tarn, type: model, aliases: [Tarn]}']);
    const editionReleased = (text: string) => claimsIn(editions, `---\ndate: 2031-01-10\n---\n\n# Notes\n\n${text}\n`, 'event.model-release').map((c) => c.time?.text ?? null);
    expect(editionReleased("The focus of this year's project is the Tarn release.")).toEqual([null]);
    expect(editionReleased("Last year's release of Tarn drew crowds.")).toEqual(['Last year']);
  });
});

describe('another thing of the kind, a part, and a name beside the subject', () => {
  const grid = () =>
    inlinePack('grid', [
      'entityTypes:',
      '  - {type: plant, headers: [power station, power plant, plant]}',
      '  - {type: line, headers: [line, línea]}',
      'entities:',
      '  - {id: brindlemoor, name: Brindlemoor Power Station, type: plant, aliases: [Brindlemoor Power Station, Brindlemoor]}',
      '  - {id: tarrow-line, name: Tarrow Line, type: line, aliases: [Tarrow Line, Línea 5]}',
      'attributes:',
      '  - {id: plant.capacity, label: capacity, kind: quantity, unit: MW, triggers: [capacity], subjects: [plant]}',
      '  - {id: plant.fuel, label: fuel, kind: category, triggers: [fuel, fired], subjects: [plant], values: [{id: coal, synonyms: [coal, coal-fired]}, {id: gas, synonyms: [gas, gas-fired]}]}',
      '  - {id: stations, label: stations, kind: quantity, unit: stations, unitWords: [stations, estaciones, stations], subjects: [line]}',
    ]);
  const read = (heading: string, text: string, attribute: string) =>
    claimsIn(grid(), `# ${heading}\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null]);

  it('a value on "a … station" after a preposition is another station\'s; as a predicate it is the subject\'s', () => {
    expect(read('Brindlemoor Power Station', 'It went up in 2012 next to a coal-fired plant that shut in 1998.', 'plant.fuel')).toEqual([]);
    expect(read('Brindlemoor Power Station', 'It replaced a coal-fired plant.', 'plant.fuel')).toEqual([]);
    expect(read('Brindlemoor Power Station', 'It is a gas-fired station.', 'plant.fuel')).toEqual([['brindlemoor', 'gas']]);
    expect(read('Brindlemoor Power Station', 'Brindlemoor, a gas-fired plant, was built in 2012.', 'plant.fuel')).toEqual([['brindlemoor', 'gas']]);
  });

  it('a sentence that opens on a numbered part gives the part\'s figure to no one', () => {
    expect(read('Brindlemoor Power Station', 'The plant has two units. Unit 1 has a capacity of 380 MW.', 'plant.capacity')).toEqual([]);
    expect(read('Brindlemoor Power Station', 'Since then, Block B has had a capacity of 250 MW.', 'plant.capacity')).toEqual([]);
    expect(read('Brindlemoor Power Station', 'The plant has two units. Its capacity is 760 MW.', 'plant.capacity')).toEqual([['brindlemoor', 760]]);
  });

  it('the figure of an extension or a phase of a line is not the line\'s', () => {
    expect(read('Tarrow Line', 'Línea 5 tiene 18 estaciones. Según el ayuntamiento, la ampliación de la Línea 5 sumará dos estaciones en 2027.', 'stations')).toEqual([['tarrow-line', 18]]);
    expect(read('Tarrow Line', 'El consorcio ganó el contrato de la ampliación de la Línea 5 (tres estaciones) en marzo.', 'stations')).toEqual([]);
    expect(read('Tarrow Line', 'The Tarrow Line extension will have two stations.', 'stations')).toEqual([]);
    expect(read('Tarrow Line', 'Phase 2 of the Tarrow Line has four stations.', 'stations')).toEqual([]);
    expect(read('Tarrow Line', 'The Tarrow Line has 18 stations after its extension.', 'stations')).toEqual([['tarrow-line', 18]]);
  });

  const firms = () =>
    inlinePack('firms', [
      'entityTypes:',
      '  - {type: company, headers: [company]}',
      '  - {type: drug, headers: [drug]}',
      'entities:',
      '  - {id: pellham, name: Pellham Pharma, type: company, aliases: [Pellham Pharma, Pellham]}',
      '  - {id: ostry, name: Ostry Bio, type: company, aliases: [Ostry Bio, Ostry]}',
      '  - {id: varnexa, name: Varnexa, type: drug, aliases: [Varnexa]}',
      '  - {id: quillfern, name: Quillfern Labs, type: company, aliases: [Quillfern Labs, Quillfern]}',
      '  - {id: halvane, name: Halvane Cloud, type: company, aliases: [Halvane Cloud, Halvane]}',
      '  - {id: copperleaf, name: Copperleaf Capital, type: investor, aliases: [Copperleaf Capital, Copperleaf]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue, sales], subjects: [company]}',
      '  - {id: valuation, label: valuation, kind: quantity, unit: USD, triggers: [valuation], subjects: [company]}',
    ]);
  const readFirms = (heading: string, text: string, attribute: string) =>
    claimsIn(firms(), `# ${heading}\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('"whose" after an appositive with a possessor stands for the head, not the possessor', () => {
    expect(readFirms('Results', "Analysts pointed to Varnexa, Pellham's heart drug, whose sales topped €3 billion last year.", 'revenue')).toEqual([]);
    expect(readFirms('Results', "Pellham's top seller is Varnexa, a heart drug, whose sales topped €3 billion in 2024.", 'revenue')).toEqual([]);
    expect(readFirms('Results', "Ostry Bio, Pellham's partner, whose revenue passed €2 billion, grew fast.", 'revenue')).toEqual([['ostry', 2e9]]);
    expect(readFirms('Results', 'Ostry Bio, whose revenue passed €2 billion, grew fast.', 'revenue')).toEqual([['ostry', 2e9]]);
  });

  it('a name that only takes part in a round beside the company is not whose valuation it is', () => {
    const sentence = 'Backed by Copperleaf Capital, with Halvane Cloud also participating, the company reached a valuation of $3.1 billion.';
    expect(readFirms('Quillfern Labs', sentence, 'valuation')).toEqual([['quillfern', 3.1e9]]);
    expect(readFirms('Quillfern Labs', 'The company closed its Series B in May with Halvane Cloud and two other funds joining, at a valuation of $3.1 billion.', 'valuation')).toEqual([['quillfern', 3.1e9]]);
  });
});

describe('reported speech, carried subjects, sources and fronted clauses', () => {
  const rounds = inlinePack('rounds-told', [
    'entityTypes:',
    '  - {type: company, headers: [company, start-up]}',
    '  - {type: investor, headers: [investor]}',
    '  - {type: model, headers: [model]}',
    'entities:',
    '  - {id: brightmore, name: Brightmore Labs, type: company, aliases: [Brightmore Labs]}',
    '  - {id: tallis, name: Tallis Capital, type: investor, aliases: [Tallis Capital]}',
    '  - {id: orla, name: Orla, type: model, aliases: [Orla]}',
    'attributes:',
    '  - id: round.lead',
    '    label: lead investor',
    '    kind: category',
    '    triggers: [led by, mené par, menée par, liderada por, guidato da]',
    '    subjects: [company]',
    '    values:',
    '      - {id: tallis, group: tallis, synonyms: [Tallis Capital]}',
    '      - {id: orwen, group: orwen, synonyms: [Orwen Ventures]}',
  ]);
  const leads = (text: string) => claimsIn(rounds, text, 'round.lead').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('"X said (that) it had …" is said of X, in the languages news is written in', () => {
    expect(leads('Brightmore Labs said on Tuesday that it had closed a $90 million round led by Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    expect(leads('Brightmore Labs today confirmed that it has completed a $90 million growth round led by Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    expect(leads("Brightmore Labs a annoncé avoir bouclé un tour de 90 millions d'euros mené par Tallis Capital.")).toEqual([['brightmore', 'tallis']]);
    expect(leads('Brightmore Labs anunció que había cerrado una ronda de 90 millones de euros liderada por Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    expect(leads('Brightmore Labs ha annunciato di aver chiuso un round da 90 milioni di euro guidato da Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    // After an appositive (a name in it that cannot be the subject ends nothing), a parenthesis first.
    expect(leads('Brightmore Labs, the start-up behind the Orla models, said on Tuesday that it had closed a $90 million round led by Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    expect(leads('Brightmore Labs ("Brightmore"), a developer of reasoning models, today confirmed that it has completed a $90 million growth round led by Tallis Capital.')).toEqual([['brightmore', 'tallis']]);
    // What X says of another thing is not X's.
    expect(leads('Brightmore Labs said the start-up it acquired had closed a $90 million round led by Tallis Capital.')).toEqual([]);
  });

  const clusters = inlinePack('clusters-told', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: cluster, headers: [cluster]}',
    'entities:',
    '  - {id: varro, name: Varro AI, type: company, aliases: [Varro AI, Varro]}',
    '  - {id: corvane, name: Corvane, type: company, aliases: [Corvane]}',
    '  - {id: halden, name: Halden, type: cluster, aliases: [Halden, Halden cluster]}',
    'attributes:',
    '  - {id: cluster.gpus, label: accelerators, kind: quantity, unit: accelerators, unitWords: [accelerators], triggers: [accelerators], subjects: [cluster], measure: stock}',
  ]);
  const gpus = (text: string) => claimsIn(clusters, text, 'cluster.gpus').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it("a sentence that opens on another name, its pronoun that name's, takes no thing from the sentence before", () => {
    expect(gpus('Varro runs its models on the Halden cluster. Corvane says it has built its own data hall with roughly 2,048 accelerators.')).toEqual([]);
    expect(gpus('Varro runs its models on the Halden cluster. Corvane has built its own data hall with roughly 2,048 accelerators.')).toEqual([]);
    expect(gpus('Varro runs its models on the Halden cluster. It has roughly 2,048 accelerators.')).toEqual([['halden', 2048]]);
  });

  const metro = inlinePack('metro-told', [
    'entityTypes:',
    '  - {type: network, headers: [metro, network, red]}',
    '  - {type: line, headers: [line, línea]}',
    'entities:',
    '  - {id: corvella-metro, name: Corvella Metro, type: network, aliases: [Corvella Metro, Metro de Corvella]}',
    '  - {id: corvella-l6, name: Línea 6, type: line, aliases: [Línea 6, Line 6]}',
    '  - {id: harbour-line, name: Harbour Line, type: line, aliases: [Harbour Line]}',
    'attributes:',
    '  - {id: ridership, label: ridership, kind: quantity, unit: passengers, unitWords: [passengers, viajeros], triggers: [carries, transporta], subjects: [line, network]}',
    '  - {id: fleet.size, label: fleet size, kind: quantity, unit: trains, unitWords: [trains], triggers: [fleet], subjects: [line, network], measure: stock}',
    'events:',
    '  - {id: opening, label: opening, triggers: [opened, abrió sus puertas], participantTypes: [line, network], minParticipants: 1}',
  ]);
  const riders = (text: string) => claimsIn(metro, text, 'ridership').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('"According to X," names a source, not the subject; "the line" is the line named before', () => {
    expect(riders('La Línea 6 del Metro de Corvella abrió sus puertas en 2017. Según Metro de Corvella, la línea transporta a diario unos 71.000 viajeros.')).toEqual([['corvella-l6', 71000]]);
    expect(riders('Line 6 of the Corvella Metro opened in 2017. According to Corvella Metro, the line now carries some 71,000 passengers daily.')).toEqual([['corvella-l6', 71000]]);
  });

  it('the head of "X del Y", "X of the Y" is what an event is about', () => {
    const opened = (text: string) => claimsIn(metro, text, 'event.opening').map((c) => c.entity.id);
    expect(opened('La Línea 6 del Metro de Corvella abrió sus puertas en 2017.')).toEqual(['corvella-l6']);
    expect(opened('Line 6 of the Corvella Metro opened in 2017.')).toEqual(['corvella-l6']);
  });

  it("a name and a date in a fronted clause of time are that clause's, not the main clause's", () => {
    const fleet = claimsIn(metro, '# Corvella Metro\n\nFollowing the arrival of new stock for the Harbour Line in March, the Metro\'s fleet has grown to 88 trains.\n', 'fleet.size');
    expect(fleet.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null])).toEqual([['corvella-metro', 88, null]]);
  });
});

describe('a percentage, a label and a per-unit figure', () => {
  const pack = inlinePack('studies52', [
    'entityTypes:',
    '  - {type: drug, headers: [drug]}',
    '  - {type: cluster, headers: [cluster]}',
    'entities:',
    '  - {id: velunex, name: Velunex, type: drug, aliases: [Velunex]}',
    '  - {id: tarnby, name: Tarnby, type: cluster, aliases: [Tarnby]}',
    'attributes:',
    '  - {id: score-75, label: SCORE 75 response rate, kind: quantity, unit: percent, triggers: [SCORE 75], subjects: [drug], timeless: true}',
    '  - {id: accelerators, label: accelerators, kind: quantity, unit: accelerators, unitWords: [GPUs, accelerators], triggers: [GPUs, accelerators], subjects: [cluster], timeless: true}',
    '  - {id: nodes, label: nodes, kind: quantity, unit: nodes, unitWords: [nodes], triggers: [nodes], subjects: [cluster], timeless: true}',
  ]);
  const read = (text: string, attribute: string) => claimsIn(pack, `# Notes\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('a number after a noun that labels it ("at week 12", "phase 3") and a number inside a trigger are no figures', () => {
    expect(read('In the LUMEN study, 58.1% of those treated with Velunex achieved SCORE 75 by week 12.', 'score-75')).toEqual([['velunex', 58.1]]);
    expect(read('Velunex reached SCORE 75 in 47.5% of patients in phase 3.', 'score-75')).toEqual([['velunex', 47.5]]);
    expect(read('Velunex reached SCORE 75 at week 12.', 'score-75')).toEqual([]);
  });

  it('a bare number is a percentage beside figures with their sign only right after the trigger', () => {
    expect(read('With 3.1% dropping out, Velunex reached SCORE 75 in cohort 12.', 'score-75')).toEqual([]);
    expect(read('Velunex had a SCORE 75 of 51.4, against 3.1% on placebo.', 'score-75')).toEqual([['velunex', 51.4]]);
  });

  it('a figure in an appositive with a noun of its own is not what the trigger before it names', () => {
    expect(read('Velunex reached SCORE 75, a 75% gain in the index, in 44.2% of patients.', 'score-75')).toEqual([]);
  });

  it('"each", "apiece", "each with" make a figure each part\'s, not the whole\'s', () => {
    expect(read('Tarnby links 384 servers with four GPUs each.', 'accelerators')).toEqual([]);
    expect(read('Tarnby spans 96 nodes, each with six GPUs.', 'accelerators')).toEqual([]);
    expect(read('Tarnby spans 384 nodes with four GPUs apiece.', 'nodes')).toEqual([['tarnby', 384]]);
    expect(read('Tarnby adds 300 GPUs each month.', 'accelerators')).toEqual([['tarnby', 300]]);
    expect(read('Tarnby has 4,096 GPUs.', 'accelerators')).toEqual([['tarnby', 4096]]);
  });
});

describe('the base of a change in percent', () => {
  const pack = packOf('results52', 'company', ['{id: brightwell, name: Brightwell, type: company, aliases: [Brightwell]}'], [
    '{id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue, Umsatz], subjects: [company]}',
  ]);
  const dated = (text: string, lang = 'en') =>
    claimsIn(pack, `---\ndate: 2025-03-10\nlang: ${lang}\n---\n# Brightwell\n\n${text}\n`, 'revenue').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);

  it('dates no figure: "up 9% on the third quarter of 2022", "over", "gegenüber"', () => {
    expect(dated('Third-quarter revenue came to €1.4 billion, up 9% on the third quarter of 2022.').map((r) => r[1] === 'third quarter of 2022')).toEqual([false]);
    expect(dated('Revenue for the first half was €2.6 billion, 3% more than the first half of 2022.').map((r) => r[1] === 'first half of 2022')).toEqual([false]);
    expect(dated('Revenue for the second quarter was €1.2 billion, an increase of 7% over the second quarter of 2022.').map((r) => r[1] === 'second quarter of 2022')).toEqual([false]);
    expect(dated('Der Umsatz im dritten Quartal betrug 1,4 Milliarden Euro, 9 % mehr gegenüber dem dritten Quartal 2022.', 'de').map((r) => r[1] === 'dritten Quartal 2022')).toEqual([false]);
  });

  it('but a day is when the move happened', () => {
    expect(dated('Brightwell said revenue rose 6% on 4 March 2025 to €12 million.').map((r) => r[1])).toEqual(['4 March 2025']);
  });
});

describe('an intent or a plan', () => {
  const pack = inlinePack('launches52', [
    'entityTypes:',
    '  - {type: drug, headers: [drug]}',
    'entities:',
    '  - {id: velunex, name: Velunex, type: drug, aliases: [Velunex]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [launch, launched, lancer, Markteinführung], negations: [not], participantTypes: [drug], minParticipants: 1}',
  ]);
  const stood = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.launch').map((c) => c.modality);

  it('is no event that happened ("we intend to launch", "hopes to", "is due to launch", "compte lancer", "plant die Markteinführung")', () => {
    expect(stood('Brightwell said: "We intend to launch Velunex in the autumn."')).toEqual(['predicted']);
    expect(stood('Brightwell hopes to launch Velunex in Europe.')).toEqual(['predicted']);
    expect(stood('Velunex is due to launch in Europe.')).toEqual(['predicted']);
    expect(stood('Velunex was due to launch in Europe.')).toEqual(['hypothetical']);
    expect(stood('Brightwell compte lancer Velunex en Europe.')).toEqual(['predicted']);
    expect(stood('Brightwell plant die Markteinführung von Velunex.')).toEqual(['predicted']);
  });

  it('but "due to" a cause is none, and a launch told in the past happened', () => {
    expect(stood('The delay is due to the launch of Velunex.')).toEqual(['asserted']);
    expect(stood('Brightwell launched Velunex in 2023.')).toEqual(['asserted']);
  });
});

describe('a correction that cites the earlier entry by its time', () => {
  it('withdraws the figure it quotes, the time in parentheses between its words', () => {
    const lexicon = inlinePack('live52', ['entities:', '  - {id: corvane-2, name: Corvane-2, type: model, aliases: [Corvane-2]}']);
    const text = '---\ndate: 2025-05-20\n---\n# Live\n\n**08:20** — Corvane-2 is trained on 14 trillion tokens and has 33 billion parameters.\n\n**10:05** — **Correction:** An earlier entry (08:20) said Corvane-2 has 33 billion parameters. It has 34 billion parameters.\n';
    const claims = analyse([{ file: 'a.md', text }], { lexicon }).claims.filter((c) => c.attribute === 'params.total');
    expect(claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality])).toEqual([
      [33e9, 'reported'],
      [33e9, 'reported'],
      [34e9, 'asserted'],
    ]);
  });
});

describe('what the reviewed rules leave alone: another thing in a reported clause, a side party\'s own phrase, a closed clause', () => {
  const firms = inlinePack('firms53', [
    'entityTypes:',
    '  - {type: company, headers: [company, group]}',
    'entities:',
    '  - {id: halden, name: Halden Corp, type: company, aliases: [Halden Corp, Halden]}',
    '  - {id: talvik, name: Talvik Systems, type: company, aliases: [Talvik Systems, Talvik]}',
    '  - {id: brightwater, name: Brightwater Foods, type: company, aliases: [Brightwater Foods, Brightwater]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, sales, chiffre d\'affaires], subjects: [company]}',
    '  - {id: staff, label: employees, kind: quantity, unit: employees, unitWords: [employees, people], triggers: [employs, employees], subjects: [company], measure: stock}',
    '  - {id: eps, label: earnings per share, kind: quantity, unit: CNY, triggers: [每股收益], subjects: [company]}',
  ]);
  const read = (text: string, attribute: string, title = 'Notes') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-09-20\n---\n\n# ${title}\n\n${text}\n` }], { lexicon: firms })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
  it('a figure of a thing the reported clause goes on to is not the speaker\'s', () => {
    expect(read('Halden announced today that it has closed the purchase of a regional snack maker that had sales of $310 million in 2024.', 'revenue')).toEqual([]);
    expect(read('Halden said on Tuesday that it had agreed to buy a family-owned bakery chain with annual revenue of $310 million.', 'revenue')).toEqual([]);
    expect(read('Halden a annoncé mardi avoir racheté un fabricant familial de biscuits de la région de Lyon dont le chiffre d\'affaires atteint 310 millions de dollars.', 'revenue')).toEqual([]);
  });
  it('a side party\'s own appositive or "with" phrase holds its own figure', () => {
    expect(read('Brightwater is bidding alongside Talvik, the Texas group with sales of $2.3 billion.', 'revenue')).toEqual([['talvik', 2.3e9, null]]);
    expect(read('Halden will bid together with Talvik, a smaller rival with 800 employees.', 'staff').map((r) => r[0])).toEqual(['talvik']);
  });
  it('a cited source that fits keeps the figure from the page\'s subject', () => {
    expect(read('Brightwater Foods is based in Iowa. According to Halden\'s annual report, the group had revenue of $5.2 billion in 2024.', 'revenue', 'Brightwater Foods').map((r) => r[0])).not.toContain('brightwater');
  });
  it('a "whose" clause a comma closes says nothing of the figure after it', () => {
    expect(read('Halden, which bought Talvik, whose founder retired in 2020, posted revenue of $6.1 billion in 2024.', 'revenue')).toEqual([['halden', 6.1e9, '2024']]);
  });
  it('a date in a fronted clause of time still dates a level', () => {
    expect(read('After its listing in 2019, Halden had 2,300 employees.', 'staff')).toEqual([['halden', 2300, '2019']]);
  });
  it('"每股收益" is no per-unit figure', () => {
    expect(read('哈尔登2024年每股收益1.35元。', 'eps', 'Halden')).toHaveLength(1);
  });
});

describe('an opening that names what the main clause\'s description stands for; a price set before the main clause; a version\'s release', () => {
  const firms = inlinePack('firms54', [
    'entityTypes:',
    '  - {type: grocer, headers: [company, group, chain]}',
    'entities:',
    '  - {id: tessaline, name: Tessaline Markets, type: grocer, aliases: [Tessaline Markets, Tessaline]}',
    '  - {id: quillon, name: Quillon Stores, type: grocer, aliases: [Quillon Stores, Quillon]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue, sales], subjects: [grocer]}',
  ]);
  const revenues = (text: string, title = 'Notes') =>
    analyse([{ file: 'a.md', text: `# ${title}\n\n${text}\n` }], { lexicon: firms })
      .claims.filter((c) => c.attribute === 'revenue')
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('the owner of a cited source is what "the company" after it stands for', () => {
    expect(revenues('According to Tessaline\'s annual report, the company had revenue of $3.8 billion in 2024.')).toEqual([['tessaline', 3.8e9]]);
    expect(revenues('According to Tessaline\'s latest filing, the group had sales of $3.7 billion in 2024.', 'Tessaline')).toEqual([['tessaline', 3.7e9]]);
    // A speaker is no owner; a page about another grocer, another grocer named, another thing the company owns: nothing.
    expect(revenues('According to analysts at Quillon, the company had revenue of $3.9 billion in 2024.', 'Tessaline').map((r) => r[0])).not.toContain('quillon');
    expect(revenues('According to Tessaline\'s annual report, the company had revenue of $3.6 billion in 2024.', 'Quillon')).toEqual([]);
    expect(revenues('According to Tessaline\'s annual report, the company\'s largest supplier had revenue of $3.5 billion in 2024.')).toEqual([]);
  });
  it('the subject of a fronted clause of time is what "the company\'s" after it stands for, when it is the only name that fits', () => {
    expect(revenues('After Tessaline cut its prices in 2024, the company\'s revenue rose to $4.1 billion.')).toEqual([['tessaline', 4.1e9]]);
    expect(revenues('After Quillon bought Tessaline, the company\'s revenue rose to $4.2 billion.')).toEqual([]);
    expect(revenues('After Tessaline entered the market, the chain\'s revenue fell to $1.1 billion.', 'Quillon')).toEqual([]);
    expect(revenues('Quillon opened a store in May. After Tessaline cut its prices, the company\'s revenue rose to $4.3 billion.')).toEqual([]);
  });
  const drugs = inlinePack('drugs54', [
    'entityTypes:',
    '  - {type: drug, headers: [drug]}',
    'entities:',
    '  - {id: velandrix, name: Velandrix, type: drug, aliases: [Velandrix]}',
    'attributes:',
    '  - {id: price, label: list price per month, kind: quantity, unit: EUR, triggers: [list price, costs, price], subjects: [drug]}',
  ]);
  const prices = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: drugs })
      .claims.filter((c) => c.attribute === 'price')
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  it('a fronted "At <price>," whose main clause opens on a name and its verb of costing is that name\'s price', () => {
    expect(prices('At €180 a month, Velandrix costs more than its rivals.')).toEqual([['velandrix', 180]]);
    expect(prices('At €181 a month, the Velandrix pen costs far more than older drugs.')).toEqual([['velandrix', 181]]);
    // A price of each share, a verb that is not the name's, a phrase of another kind: no price of the name.
    expect(prices('At €5 a share, Velandrix costs its maker little.')).toEqual([]);
    expect(prices('At €182 a month, Velandrix treats patients who can pay and costs insurers a lot.')).toEqual([]);
    expect(prices('Thanks to a €2 million grant, Velandrix costs less than planned.')).toEqual([]);
  });
  it('a spec sheet\'s row whose event header names the agent reads as the column table\'s header does', () => {
    const agency = withInlinePack(
      'name: approvals54\nentityTypes:\n  - {type: drug, headers: [drug]}\n  - {type: regulator, headers: [agency]}\nentities:\n  - {id: velandrix, name: Velandrix, type: drug, aliases: [Velandrix]}\n' +
        '  - {id: vmo, name: Vessen Medicines Office, type: regulator, aliases: [Vessen Medicines Office, VMO]}\n' +
        'events:\n  - {id: approval, label: approval, triggers: [approved], headers: [VMO approval, approval], agentsApart: true, participantTypes: [drug, regulator], minParticipants: 1}\n',
      'approvals54.yml',
    );
    const sheet = '# Velandrix fact sheet\n\n| Field | Value |\n|---|---|\n| VMO approval | 4 June 2024 |\n| Approval | 5 June 2024 |';
    expect(
      analyse([{ file: 'a.md', text: sheet }], { lexicon: agency })
        .claims.filter((c) => c.attribute === 'event.approval')
        .map((c) => [c.entity.id, c.time?.text ?? null, c.where ?? null]),
    ).toEqual([
      ['velandrix', '4 June 2024', 'by vessen medicines office'],
      ['velandrix', '5 June 2024', null],
    ]);
  });
  it('"…的版本将于…推出": a version of the model is released, not the model', () => {
    const models = withInlinePack('name: models54\nentities:\n  - {id: lanyu-5, name: Lanyu-5, type: model, aliases: [Lanyu-5, 蓝语-5]}\n', 'models54.yml');
    const released = (text: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-05-02\n---\n\n${text}\n` }], { lexicon: models })
        .claims.filter((c) => c.attribute === 'event.model-release')
        .map((c) => c.entity.id);
    expect(released('蓝语-5已向企业用户开放，面向学生的版本将于今年下半年推出。')).toEqual([]);
    expect(released('蓝语-5的轻量版将于今年下半年推出。')).toEqual([]);
    expect(released('新版本蓝语-5将于今年下半年推出。')).toEqual(['lanyu-5']);
    expect(released('蓝语-5将于今年下半年推出。')).toEqual(['lanyu-5']);
  });
});

describe("a chain's pages: an owner's column beside a product's, titles, lists of places, clause labels", () => {
  const diners = inlinePack('diners', [
    'entityTypes:',
    '  - {type: dish, headers: [dish]}',
    'entities:',
    '  - {id: halden-grill, name: Halden Grill, type: organization, aliases: [Halden Grill]}',
    '  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}',
    '  - {id: ember-stack, name: Ember Stack, type: dish, aliases: [Ember Stack]}',
    '  - {id: brisa-hall, name: Brisa Hall, type: hall, aliases: [Brisa Hall]}',
    'attributes:',
    '  - {id: price, label: menu price, kind: quantity, unit: USD, measure: stock, triggers: [price, sells for], headers: [price], subjects: [dish]}',
    '  - {id: outlets, label: outlets, kind: quantity, unit: outlet, measure: stock, unitWords: [outlets, restaurants, restaurantes], triggers: [has, operates, conta com], headers: [outlets], subjects: [organization]}',
    '  - {id: hall.area, label: floor area, kind: quantity, unit: m², timeless: true, triggers: [covers, floor area], subjects: [hall]}',
    '  - {id: ceo, label: chief executive, kind: category, triggers: [chief executive, amministratore delegato], headers: [chief executive], subjects: [organization], values: [{id: ada-ferri, synonyms: [Ada Ferri]}, {id: olaf-brenn, synonyms: [Olaf Brenn]}]}',
  ]);
  const read = (text: string, attribute: string, title = 'Notes') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-09-20\n---\n\n# ${title}\n\n${text}\n` }], { lexicon: diners })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null, c.where ?? null]);

  it("a figure of a product's attribute in a row named by its owner is the product column's thing's", () => {
    expect(read('| Chain | Dish | Price (2025) |\n|---|---|---|\n| Halden Grill | Ember Stack (large) | $8.49 |', 'price')).toEqual([['ember-stack', 8.49, null]]);
    // Only a column whose header names the things' type: under "Signature" (or "Largest chain", "Anchor tenant") a name is
    // no owner of the row's figure. The owner's own figure stays the owner's.
    expect(read('| Chain | Signature | Price | Outlets |\n|---|---|---|---|\n| Halden Grill | Ember Stack | $8.49 | 140 |', 'price')).toEqual([]);
    expect(read('| Chain | Signature dish | Price |\n|---|---|---|\n| Halden Grill | Ember Stack | $8.49 |', 'price')).toEqual([['ember-stack', 8.49, null]]);
    expect(read('| Chain | Signature | Price | Outlets |\n|---|---|---|---|\n| Halden Grill | Ember Stack | $8.49 | 140 |', 'outlets')).toEqual([['halden-grill', 140, null]]);
    // A name no pack knows is no product, even under a type's header (a column of venues may hold a town's name): nothing is read.
    expect(read('| Chain | Signature | Price |\n|---|---|---|\n| Halden Grill | Smoky Tower | $8.49 |', 'price')).toEqual([]);
    expect(read('| Chain | Dish | Price |\n|---|---|---|\n| Halden Grill | Smoky Tower | $8.49 |', 'price')).toEqual([]);
  });

  it("a title and a person's name are the page's one subject's where the sentence names no owner", () => {
    expect(read('The new menu sold well, said chief executive Ada Ferri.', 'ceo', 'Halden Grill opens in Corvalia')).toEqual([['halden-grill', 'ada-ferri', null]]);
    expect(read("L'amministratore delegato Ada Ferri ha presentato ieri un piano.", 'ceo', 'Halden Grill, il piano')).toEqual([['halden-grill', 'ada-ferri', null]]);
    // "…, chief executive of Talvik": the title names its owner.
    expect(read('Prices held, said Ada Ferri, chief executive of Talvik.', 'ceo', 'Halden Grill opens in Corvalia')).toEqual([['talvik', 'ada-ferri', null]]);
    // A former holder is not the holder now, whoever the sentence names.
    expect(read('The plan came from a former chief executive, Olaf Brenn.', 'ceo', 'Halden Grill opens in Corvalia')).toEqual([]);
    expect(read("Halden Grill's former chief executive Olaf Brenn left in 2021.", 'ceo')).toEqual([]);
    expect(read('Halden Grill hired Olaf Brenn, a former chief executive of Talvik.', 'ceo')).toEqual([]);
    // Another company of the type in the paragraph before: the title may be its.
    expect(read('Talvik cut prices. The new menu sold well, said chief executive Ada Ferri.', 'ceo', 'Halden Grill opens in Corvalia')).toEqual([]);
  });

  it('a place before "where" is its clause\'s figure\'s, and a list of places is said whole', () => {
    expect(read('Halden Grill is growing in Ardenia, where it has 74 outlets.', 'outlets')).toEqual([['halden-grill', 74, 'ardenia']]);
    expect(read('A Halden Grill quer crescer em Corvália, onde já conta com 74 restaurantes.', 'outlets')).toEqual([['halden-grill', 74, 'corvália']]);
    expect(read('Halden Grill has more than 300 outlets across Ardenia, Corvalia and Brisk.', 'outlets')).toEqual([['halden-grill', 300, 'ardenia, corvalia and brisk']]);
    // A list broken by a noun its last name qualifies is no place; a comma and a name no "and" closes is no list.
    expect(read('Halden Grill has 120 outlets in Ardenia and Corvalian towns.', 'outlets')).toEqual([['halden-grill', 120, null]]);
    expect(read('Halden Grill has 120 outlets in Ardenia, Talvik said.', 'outlets')).toEqual([['halden-grill', 120, 'ardenia']]);
  });

  it('a clause before a colon names no open attribute; "outside X, in Y" is in Y', () => {
    const all = analyse([{ file: 'a.md', text: '# Notes\n\nBrisa Hall is enormous: it covers about 10,000 square metres.\n' }], { lexicon: diners }).claims;
    expect(all.map((c) => c.attribute)).toEqual(['hall.area']);
    expect(read('Talvik has 12 outlets outside Ardenia, in Corvalia, since 2019.', 'outlets')).toEqual([['talvik', 12, 'corvalia']]);
    expect(read('Talvik has 12 outlets outside Ardenia, in 2019.', 'outlets')).toEqual([['talvik', 12, null]]);
  });
});

describe('a preview, the full model, a relative clause on another name and a date of the things compared with', () => {
  const desk = (events: string[] = []) =>
    inlinePack('desk-e2', [
      'entities:',
      '  - {id: korra-ai, name: Korra AI, type: organization, aliases: [Korra AI, Korra]}',
      '  - {id: vento-2, name: Vento-2, type: model, aliases: [Vento-2]}',
      '  - {id: vento-3, name: Vento-3, type: model, aliases: [Vento-3]}',
      ...(events.length > 0 ? ['events:', ...events] : []),
    ]);
  const PREVIEW = '  - {id: model-preview, label: preview, triggers: [unveiled a preview, showed a preview], participantTypes: [model], minParticipants: 1}';
  /** Each event claim of a page: [attribute, entity id, date]. */
  const eventsOf = (lexicon: ReturnType<typeof compileLexicon>, text: string, heading = 'Korra AI at work') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-02-20\n---\n# ${heading}\n\n${text}\n` }], { lexicon }).claims
      .filter((c) => c.value.kind === 'event')
      .map((c) => [c.attribute, c.entity.id, c.time ? `${c.time.start}..${c.time.end}` : null]);

  it("takes the words of a pack's longer event trigger from the built-in event's shorter one", () => {
    expect(eventsOf(desk([PREVIEW]), 'Korra unveiled a preview of Vento-2 on January 14.')).toEqual([['event.model-preview', 'vento-2', '2025-01-14..2025-01-14']]);
  });

  it('reads no release in a preview, a demo or a beta of the thing, in English, Chinese and Japanese', () => {
    const lexicon = desk();
    expect(eventsOf(lexicon, 'Korra unveiled a preview of Vento-2 on January 14.')).toEqual([]);
    expect(eventsOf(lexicon, 'Korra released an early beta version of Vento-2 on January 14.')).toEqual([]);
    expect(eventsOf(lexicon, 'Korra showed a demo of Vento-2 on January 14.')).toEqual([]);
    expect(eventsOf(lexicon, 'Korra于2025年1月14日发布了Vento-2预览版。')).toEqual([]);
    expect(eventsOf(lexicon, 'Korraは2025年1月14日にVento-2のベータ版を公開した。')).toEqual([]);
    expect(eventsOf(lexicon, 'Korra released Vento-2 on February 3.')).toEqual([['event.model-release', 'vento-2', '2025-02-03..2025-02-03']]);
  });

  it('reads "the full model" after a release as the one model the page has named, and as none when it named two', () => {
    const lexicon = desk();
    expect(eventsOf(lexicon, 'This winter it put out Vento-2.\n\nKorra first unveiled a preview of Vento-2 on January 14 at a meetup, then released the full model on 3 February.')).toEqual([
      ['event.model-release', 'vento-2', '2025-02-03..2025-02-03'],
    ]);
    expect(eventsOf(lexicon, 'Vento-3 is larger than Vento-2.\n\nKorra released the full model on 3 February.')).toEqual([]);
    expect(eventsOf(lexicon, 'Vento-3 is larger than Vento-2.\n\nKorra showed a demo of Vento-2 in January, then released the full model on 3 February.')).toEqual([]);
  });

  it('gives an event in a relative clause right after a name no pack knows to no one', () => {
    expect(
      eventsOf(
        compileLexicon(loadPackFile(BUILTIN_PACK_PATH)),
        'Korra Labs today released Vento-2, a dense language model.\n\nVento-2 scores 71.3 on MMLU, up from 60.2 for its predecessor, Vento-1, which the company released in June 2024.',
        'News',
      ),
    ).toEqual([['event.model-release', 'vento-2', '2025-02-20..2025-02-20']]);
    const lexicon = desk();
    expect(eventsOf(lexicon, 'Vento-2 scores 71.3 on MMLU, up from 60.2 for its predecessor, Vento-3, which the company released in June 2024.')).toEqual([
      ['event.model-release', 'vento-3', '2024-06-01..2024-06-30'],
    ]);
  });

  it('dates no figure by a date in the phrase about the things it is compared with', () => {
    const scopes = (sentence: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-03-05\n---\n# Notes\n\n${sentence}\n` }], { lexicon: desk() }).claims
        .filter((c) => c.attribute === 'benchmark.mmlu')
        .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);
    expect(scopes('Vento-2 scores 71.3 on MMLU, roughly level with closed models released in late 2024.')).toEqual([[71.3, null]]);
    expect(scopes('Vento-2 scores 71.3 on MMLU, higher than models launched in 2024.')).toEqual([[71.3, null]]);
    expect(scopes('Vento-2 scored 71.3 on MMLU in March 2024, ahead of rivals.')).toEqual([[71.3, 'March 2024']]);
  });
});

describe('category values and figures in French, Spanish, Italian, Portuguese and German', () => {
  const models = inlinePack('tessel', [
    'entities:',
    '  - {id: quorra-labs, name: Quorra Labs, type: organization, aliases: [Quorra Labs, Quorra]}',
    '  - {id: tessel, name: Tessel series, type: family, aliases: [Tessel series], memberType: model}',
    '  - {id: tessel-1, name: Tessel-1, type: model, family: tessel, aliases: [Tessel-1]}',
    'attributes:',
    '  - {id: range.max, label: maximum range, kind: quantity, unit: kilometre, triggers: [range], subjects: [model]}',
    '  - {id: reach, label: reach, kind: quantity, unit: kilometre, triggers: [reach], subjects: [model]}',
    '  - {id: lift, label: lift, kind: quantity, unit: kilogram, ceiling: true, triggers: [lifts], subjects: [model]}',
    "  - {id: headquarters, label: headquarters, kind: category, triggers: [siège est à, headquarters are in, sede está en], subjects: [organization], values: [{id: varnholt, synonyms: [Varnholt]}, {id: dunmere, synonyms: [Dunmere]}]}",
  ]);
  /** The values one sentence gives an attribute on a page in `lang`: [entity id, value]. */
  const valuesIn = (lang: string, sentence: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n# Notes\n\n${sentence}\n` }], { lexicon: models })
      .claims.filter((c) => c.attribute === attribute && c.entity.id !== 'tessel')
      .map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : c.value.kind === 'quantity' ? [c.value.min, c.value.max] : c.value.polarity]);

  it('reads a licence said with the release verb and the preposition of each language, one foreign word in an English sentence too', () => {
    expect(valuesIn('fr', 'Tessel-1 est publié sous licence Apache 2.0.', 'licence')).toEqual([['tessel-1', 'Apache-2.0']]);
    expect(valuesIn('en', 'Tessel-1 is published sous licence MIT.', 'licence')).toEqual([['tessel-1', 'MIT']]);
    expect(valuesIn('es', 'Tessel-1 se publica bajo licencia MIT.', 'licence')).toEqual([['tessel-1', 'MIT']]);
    expect(valuesIn('it', 'Tessel-1 è rilasciato con licenza MIT.', 'licence')).toEqual([['tessel-1', 'MIT']]);
    expect(valuesIn('pt', 'Tessel-1 é distribuído sob licença MIT.', 'licence')).toEqual([['tessel-1', 'MIT']]);
    expect(valuesIn('de', 'Tessel-1 wurde unter der MIT-Lizenz veröffentlicht.', 'licence')).toEqual([['tessel-1', 'MIT']]);
    expect(valuesIn('fr', 'Tessel-1 utilise la licence MIT.', 'licence')).toEqual([['tessel-1', 'MIT']]);
  });

  it('leaves a licence said of the things a clause compares with', () => {
    expect(valuesIn('fr', 'Tessel-1 est plus rapide que les modèles sous licence MIT.', 'licence')).toEqual([]);
    expect(valuesIn('es', 'Tessel-1 es más rápido que los modelos bajo licencia MIT.', 'licence')).toEqual([]);
  });

  it("reads the built-in attributes' figures and releases by their words in those languages", () => {
    expect(valuesIn('fr', 'Tessel-1 a été entraîné sur 6 000 milliards de tokens.', 'training.tokens')).toEqual([['tessel-1', [6e12, 6e12]]]);
    expect(valuesIn('es', 'Tessel-1 fue entrenado con 6000 millones de tokens.', 'training.tokens')).toEqual([['tessel-1', [6e9, 6e9]]]);
    expect(valuesIn('fr', "Tessel-1 dispose d'une fenêtre de contexte de 64K tokens.", 'context.window')).toEqual([['tessel-1', [64000, 64000]]]);
    expect(valuesIn('fr', 'Tessel-1 compte 12 milliards de paramètres.', 'params.total')).toEqual([['tessel-1', [12e9, 12e9]]]);
    expect(valuesIn('it', 'Tessel-1 ha 12 miliardi di parametri.', 'params.total')).toEqual([['tessel-1', [12e9, 12e9]]]);
    expect(valuesIn('fr', 'Quorra Labs a lancé Tessel-1 le 3 mars 2025.', 'event.model-release')).toEqual([['tessel-1', 'happened']]);
    expect(valuesIn('es', 'Quorra Labs lanzó Tessel-1 el 3 de marzo de 2025.', 'event.model-release')).toEqual([['tessel-1', 'happened']]);
  });

  it('gives a "whose" clause after an appositive to the name the appositive describes', () => {
    expect(valuesIn('fr', 'Quorra Labs, la jeune entreprise fondée en 2019 dont le siège est à Varnholt, emploie 30 personnes.', 'headquarters')).toEqual([['quorra-labs', 'varnholt']]);
    expect(valuesIn('fr', 'Quorra Labs, la jeune entreprise fondée en 2019, dont le siège est à Varnholt, emploie 30 personnes.', 'headquarters')).toEqual([['quorra-labs', 'varnholt']]);
    expect(valuesIn('en', 'Quorra Labs, the small start-up founded in 2019 whose headquarters are in Varnholt, employs 30 people.', 'headquarters')).toEqual([['quorra-labs', 'varnholt']]);
    expect(valuesIn('es', 'Quorra Labs, la pequeña empresa fundada en 2019 cuya sede está en Varnholt, emplea a 30 personas.', 'headquarters')).toEqual([['quorra-labs', 'varnholt']]);
    // the clause of another noun the appositive names
    expect(valuesIn('en', 'Quorra Labs, the longtime rival of a large firm whose headquarters are in Varnholt, employs 30 people.', 'headquarters')).toEqual([]);
  });

  it('reads "up to" of a maximum as its value, a bound of anything else as a bound', () => {
    expect(valuesIn('en', 'Tessel-1 can read up to 64K tokens of context.', 'context.window')).toEqual([['tessel-1', [64000, 64000]]]);
    expect(valuesIn('de', 'Tessel-1 hat ein Kontextfenster von bis zu 64K Tokens.', 'context.window')).toEqual([['tessel-1', [64000, 64000]]]);
    expect(valuesIn('en', 'Tessel-1 has a context window of under 64K tokens.', 'context.window')).toEqual([['tessel-1', [null, 64000]]]);
    expect(valuesIn('en', 'Tessel-1 has a range of up to 900 km.', 'range.max')).toEqual([['tessel-1', [900, 900]]]);
    expect(valuesIn('en', 'Tessel-1 has a reach of up to 900 km.', 'reach')).toEqual([['tessel-1', [null, 900]]]);
    expect(valuesIn('en', 'Tessel-1 lifts up to 40 kg.', 'lift')).toEqual([['tessel-1', [40, 40]]]);
  });
});

describe('dates and periods of a chain\'s trading figures', () => {
  const chains = inlinePack('chains', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    '  - {type: product, headers: [product]}',
    'entities:',
    '  - {id: larkfield, name: Larkfield Stores, type: company, aliases: [Larkfield, Larkfield Stores]}',
    '  - {id: tumble-melt, name: Tumble Melt, type: product, aliases: [Tumble Melt]}',
    'attributes:',
    '  - {id: lfl, label: like-for-like sales growth, kind: quantity, unit: percent, triggers: [like-for-like sales, ventes comparables, vergleichbare Umsätze], subjects: [company]}',
    '  - {id: sales, label: net sales, kind: quantity, unit: GBP, triggers: [net sales], subjects: [company]}',
    '  - {id: openings, label: stores opened, kind: quantity, unit: opening, triggers: [openings], subjects: [company]}',
    '  - {id: price, label: price, kind: quantity, unit: USD, measure: stock, triggers: [sells for, costs, kostet], subjects: [product]}',
    'events:',
    '  - {id: opening, label: store opening, triggers: [opened], participantTypes: [company], minParticipants: 1}',
  ]);
  const read = (text: string, attribute: string, date = '2025-11-06') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n# Notes\n\n${text}\n` }], { lexicon: chains })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : c.value.kind, c.time ? `${c.time.start}..${c.time.end}` : null, c.periodLength ?? null]);
  it('a date after a figure compared with, past a noun of change, is that figure\'s ("compared with an increase of 1.9% in …")', () => {
    expect(read('Larkfield like-for-like sales rose 3.1%, compared with an increase of 1.7% in the second quarter of 2024.', 'lfl')).toEqual([[3.1, null, 'quarter']]);
    expect(read('Larkfield like-for-like sales rose 3.1%, against a gain of 1.7% in 2024.', 'lfl')).toEqual([[3.1, null, null]]);
    expect(read('Larkfield like-for-like sales rose 3.1%, versus a drop of 1.7% in 2024.', 'lfl')).toEqual([[3.1, null, null]]);
    expect(read('Les ventes comparables de Larkfield ont progressé de 3,1 %, contre une hausse de 1,7 % au deuxième trimestre 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Larkfield: vergleichbare Umsätze stiegen um 3,1 %, gegenüber einem Anstieg von 1,7 % im zweiten Quartal 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    // With its own date, the figure keeps it.
    expect(read('Larkfield like-for-like sales rose 3.1% in 2025, against a gain of 1.7% in 2024.', 'lfl')).toEqual([[3.1, '2025-01-01..2025-12-31', 'year']]);
  });
  it('so is a date after a figure compared with and the same period it names ("frente al 1,7 % del mismo periodo de 2024")', () => {
    expect(read('Larkfield like-for-like sales rose 3.1%, against 1.7% in the same period of 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Larkfield like-for-like sales rose 3.1%, compared with 1.7% for the same quarter of 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Les ventes comparables de Larkfield ont progressé de 3,1 %, contre 1,7 % de la même période de 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Les ventes comparables de Larkfield ont progressé de 3,1 %, par rapport aux 1,7 % du même trimestre de 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Larkfield: vergleichbare Umsätze stiegen um 3,1 %, gegenüber 1,7 % im gleichen Zeitraum 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    expect(read('Les ventes comparables de Larkfield ont progressé de 3,1 %, comparé à 1,7 % en 2024.', 'lfl').map((r) => r[1])).toEqual([null]);
    // A quarter the heading names stays the figure's.
    expect(read('## Larkfield in the second quarter of 2025\n\nLarkfield like-for-like sales rose 3.1%, against 1.7% in the same period of 2024.', 'lfl').map((r) => r[1])).toEqual(['2025-04-01..2025-06-30']);
  });
  it('a quarter or a half with no year, told in the past on a dated page, is the latest that had ended by the page\'s date', () => {
    expect(read('Larkfield says like-for-like sales rose 4.2% in the second quarter.', 'lfl', '2025-08-20')).toEqual([[4.2, '2025-04-01..2025-06-30', 'quarter']]);
    // The fourth quarter had not ended on 20 August 2025: the last one that had is 2024's.
    expect(read('Larkfield says like-for-like sales rose 4.2% in the fourth quarter.', 'lfl', '2025-08-20')).toEqual([[4.2, '2024-10-01..2024-12-31', 'quarter']]);
    expect(read('Larkfield like-for-like sales rose 4.2% in H1.', 'lfl', '2025-08-20')).toEqual([[4.2, '2025-01-01..2025-06-30', 'half']]);
    expect(read('Larkfield like-for-like sales rose 4.2% in the first half.', 'lfl', '2025-08-20')).toEqual([[4.2, '2025-01-01..2025-06-30', 'half']]);
    // A time to come, a present tense, or a page with no date: no year.
    expect(read('Larkfield like-for-like sales will rise 4.2% in the fourth quarter.', 'lfl', '2025-08-20').map((r) => r[1])).toEqual([null]);
    expect(read('Larkfield like-for-like sales are up 4.2% in the second quarter.', 'lfl', '2025-08-20').map((r) => r[1])).toEqual([null]);
    expect(
      analyse([{ file: 'a.md', text: '# Notes\n\nLarkfield says like-for-like sales rose 4.2% in the second quarter.\n' }], { lexicon: chains }).claims.map((c) => [c.time ?? null, c.variant ?? null]),
    ).toEqual([[null, 'second quarter']]);
  });
  it('so is a quarter joined to its noun ("posted fourth-quarter net sales") and one no word names ("quarterly net sales", "for the quarter")', () => {
    expect(read('Larkfield reported fourth-quarter net sales of £1.2 billion on Tuesday.', 'sales', '2025-02-12')).toEqual([[1.2e9, '2024-10-01..2024-12-31', 'quarter']]);
    expect(read('Larkfield reported third-quarter net sales of £1.2 billion.', 'sales', '2025-11-07')).toEqual([[1.2e9, '2025-07-01..2025-09-30', 'quarter']]);
    expect(read('Larkfield posted first-half net sales of £2.3 billion.', 'sales', '2025-08-20')).toEqual([[2.3e9, '2025-01-01..2025-06-30', 'half']]);
    // A quarter no word names is the latest that had ended, whichever it was.
    expect(read("Larkfield's quarterly net sales rose to £1.2 billion.", 'sales', '2025-11-07')).toEqual([[1.2e9, '2025-07-01..2025-09-30', 'quarter']]);
    expect(read('Larkfield posted net sales of £1.2 billion for the quarter.', 'sales', '2025-02-12')).toEqual([[1.2e9, '2024-10-01..2024-12-31', 'quarter']]);
    // A time to come, a present tense, a year the sentence or its paragraph names, a page with no date: not the latest ended one.
    expect(read('Larkfield expects fourth-quarter net sales of £1.2 billion.', 'sales', '2025-02-12').map((r) => r[1])).toEqual([null]);
    expect(read("Larkfield's quarterly net sales are £1.2 billion.", 'sales', '2025-02-12').map((r) => r[1])).toEqual([null]);
    expect(read('Larkfield reported fourth-quarter net sales of £1.2 billion for 2023.', 'sales', '2025-02-12').map((r) => r[1])).not.toContain('2024-10-01..2024-12-31');
    expect(read("Larkfield struggled in 2019. Its quarterly net sales fell to £1.2 billion.", 'sales', '2025-02-12').map((r) => r[1])).not.toContain('2024-10-01..2024-12-31');
    expect(
      analyse([{ file: 'a.md', text: "# Notes\n\nLarkfield's quarterly net sales rose to £1.2 billion.\n" }], { lexicon: chains }).claims.map((c) => c.time ?? null),
    ).toEqual([null]);
    // Two pages four days apart, one naming the fourth quarter and one no quarter, tell of the same quarter.
    const pages = analyse(
      [
        { file: 'a.md', text: '---\ndate: 2025-02-12\n---\n\n# Notes\n\nLarkfield posted fourth-quarter net sales of £1.2 billion.\n' },
        { file: 'b.md', text: "---\ndate: 2025-02-16\n---\n\n# Notes\n\nLarkfield's quarterly net sales rose to £1.4 billion.\n" },
      ],
      { lexicon: chains },
    );
    expect(pages.report.conflicts.map((c) => c.rule)).toEqual(['numeric-mismatch']);
  });
  it('an event\'s date after a phrase that commas set off and that holds no verb is still the event\'s', () => {
    const opened = (text: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-09-10\n---\n\n# Notes\n\n${text}\n` }], { lexicon: chains }).claims.filter((c) => c.attribute === 'event.opening').map((c) => c.time?.start ?? null);
    expect(opened('Larkfield opened its first Ardenian store, on the Corso Vello in Marbridge, on 12 May 2025.')).toEqual(['2025-05-12']);
    expect(opened('Larkfield opened its first Ardenian store in Marbridge on 12 May 2025.')).toEqual(['2025-05-12']);
  });
  it('each figure takes the period written right after it ("X% in P1, and Y% in P2")', () => {
    expect(read('Larkfield like-for-like sales rose 3.2% in 2024, and 2.7% in the first half of 2025.', 'lfl')).toEqual([
      [3.2, '2024-01-01..2024-12-31', 'year'],
      [2.7, '2025-01-01..2025-06-30', 'half'],
    ]);
    expect(read('Larkfield like-for-like sales rose 3.2% in 2024 and 2.7% in the first half of 2025.', 'lfl').map((r) => r[1])).toEqual(['2024-01-01..2024-12-31', '2025-01-01..2025-06-30']);
  });
  it('a length its paragraph names yields to a whole year its own sentence dates the figure by', () => {
    expect(read('Larkfield had 412 stores at the end of September after 9 new stores in the quarter. It is on track for about 40 openings this year.', 'openings')).toEqual([[40, '2025-01-01..2025-12-31', 'year']]);
  });
  it('a price "currently" asked holds at the page\'s date, as a level "now" has does', () => {
    const price = (text: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-09-10\n---\n\n# Notes\n\n${text}\n` }], { lexicon: chains }).claims.filter((c) => c.attribute === 'price').map((c) => c.time?.start ?? null);
    expect(price('The Tumble Melt currently sells for $6.29 at most stores.')).toEqual(['2025-09-10']);
    expect(price('Der Tumble Melt kostet derzeit 6,29 Dollar.')).toEqual(['2025-09-10']);
    expect(price('The Tumble Melt sells for $6.29 at most stores.')).toEqual([null]);
  });
  it('a bold line that is a period dates the figures of the list below it', () => {
    const listed = (line: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-11-06\n---\n\n# Larkfield results\n\n${line}\n\n- Net sales of £4.82 billion, up 6.1%.\n\nThe chief executive spoke of net sales of £2 billion.\n` }], { lexicon: chains })
        .claims.filter((c) => c.attribute === 'sales')
        .map((c) => c.time?.text ?? null);
    expect(listed('**First nine months of 2025**')).toEqual(['First nine months of 2025', null]);
    expect(listed('**2024 highlights**')).toEqual(['2024', null]);
    expect(listed('**Larkfield**')).toEqual([null, null]);
  });
});

describe('a bold line of a place and a year heads a section ("**Velora, 2012**")', () => {
  const games = withInlinePack(
    'name: games\nentityTypes:\n  - {type: athlete, people: true, headers: [athlete, swimmer]}\nentities:\n  - {id: tomas-brenner, name: Tomas Brenner, type: athlete, aliases: [Tomas Brenner, Brenner]}\n' +
      'attributes:\n  - {id: golds, label: gold medals, kind: quantity, unit: golds, unitWords: [gold medals, golds, gold medal], triggers: [gold medals, golds], subjects: [athlete], measure: stock}\n',
    'games.yml',
  );
  const golds = (text: string) =>
    analyse([{ file: 'a.md', text: `Finswimming 101: History\n========================\n\n${text}\n` }], { lexicon: games })
      .claims.filter((c) => c.attribute === 'golds')
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time ? `${c.time.start}..${c.time.end}` : null]);
  it('dates the figures of the paragraphs and lists below it that name no date, to the next such line', () => {
    expect(
      golds(
        '**Velora, 2012**\nThe Ardenian squad won 11 races in Velora.\n\nTomas Brenner earned five medals at those Games: three golds and two silvers.\n\n' +
          "**Oslan, 2004:**\n\nTomas Brenner's haul of five golds was the finest of his career.\n\n**1996 – Port Ellery**\n\n- Tomas Brenner won two golds.\n\nTomas Brenner won three golds in the relay.",
      ),
    ).toEqual([
      [3, '2012-01-01..2012-12-31'],
      [5, '2004-01-01..2004-12-31'],
      [2, '1996-01-01..1996-12-31'],
      [3, '1996-01-01..1996-12-31'],
    ]);
  });
  it('glued to its paragraph, the line dates it too; a heading ends the section', () => {
    expect(golds('**Velora, 2012**\nTomas Brenner won three golds.\n\n## Records\n\nTomas Brenner won five golds in all.')).toEqual([
      [3, '2012-01-01..2012-12-31'],
      [5, null],
    ]);
  });
  it('a bold line of words and a year that is no place and a year heads nothing', () => {
    expect(golds('**Medals won before 2012 and after**\n\nTomas Brenner won three golds.')).toEqual([[3, null]]);
    expect(golds('**Velora 2012 finals recap**\n\nTomas Brenner won three golds.')).toEqual([[3, null]]);
  });
});

describe('a count of the sources a sentence cites', () => {
  const breaches = inlinePack('breaches54', [
    'entities:',
    '  - {id: corvalis, name: Corvalis Health, type: organization, aliases: [Corvalis Health, Corvalis]}',
    'attributes:',
    '  - {id: leak.people, label: people affected, kind: quantity, unit: people, unitWords: [people, patients, personas, pacientes, personnes], triggers: [affected, stolen, exposed, afectados, touchées], subjects: [organization]}',
  ]);
  const read = (text: string) => figuresWith(breaches, text, 'leak.people');
  it('is never a figure of the sentence ("according to two people", "two people familiar with")', () => {
    expect(read('Corvalis paid the gang to erase the stolen files, according to two people with knowledge of the talks.')).toEqual([]);
    expect(read('Corvalis paid the gang to erase the stolen files, two people familiar with the talks said.')).toEqual([]);
  });
  it('while the figure the sources give is read', () => {
    expect(read('Two people familiar with the matter said the breach at Corvalis affected 900 patients.')).toEqual([['corvalis', 900]]);
    expect(read('The breach at Corvalis affected 4,000 patients, three sources said.')).toEqual([['corvalis', 4000]]);
  });
  it('in the other languages too (number words there are no figures)', () => {
    const cited = (text: string) => findQuantities(text).map((q) => countsItsSources(text, q));
    expect(cited('Corvalis pagó, según 12 empleados de la empresa.')).toEqual([true]);
    expect(cited('据3名知情人士透露，科瓦利斯已付款。')).toEqual([true]);
    expect(cited('関係者2人によると、コルヴァリスは支払った。')).toEqual([true]);
    expect(cited('Corvalis perdió los datos de 300 pacientes, según Reuters.')).toEqual([false]);
  });
});

describe('a dateline and cues in capitals', () => {
  const desk = inlinePack('desk54', [
    'entities:',
    '  - {id: corvalis, name: Corvalis Health, type: organization, aliases: [Corvalis Health, Corvalis]}',
    'attributes:',
    '  - {id: leak.people, label: people affected, kind: quantity, unit: people, unitWords: [people, patients, Patienten], triggers: [affected, betroffen], subjects: [organization]}',
    '  - {id: hq, label: headquarters, kind: category, triggers: [based in], subjects: [organization], values: [{id: maple-falls, synonyms: [Maple Falls, "Maple Falls, Ohio"]}, {id: dunmore, synonyms: [Dunmore]}]}',
  ]);
  const stood = (text: string, attribute: string) => claimsIn(desk, `# Notes\n\n${text}\n`, attribute).map((c) => c.modality);
  it('a place in capitals before a dash is no cue ("CEDAR FALLS —": German "falls" is "if")', () => {
    expect(stood('CEDAR FALLS — Corvalis Health, a hospital operator based in Maple Falls, Ohio, said on Friday that it was attacked.', 'hq')).toEqual(['asserted']);
    expect(stood('**CEDAR FALLS, Iowa** — Corvalis Health, which is based in Maple Falls, said on Friday that it was attacked.', 'hq')).toEqual(['asserted']);
  });
  it('nor is an English "falls" after a noun; a German "falls" opening a clause is', () => {
    expect(stood('Corvalis falls behind: the breach affected 300 patients.', 'leak.people')).toEqual(['asserted']);
    expect(stood('Falls Corvalis zahlt, sind 300 Patienten betroffen.', 'leak.people')).toEqual(['hypothetical']);
  });
});

describe('the one fined or asked owns the sum', () => {
  const fines = inlinePack('fines54', [
    'entities:',
    '  - {id: corvalis, name: Corvalis Bank, type: organization, aliases: [Corvalis Bank, Corvalis]}',
    '  - {id: odpr, name: Office for Data Protection Review, type: organization, aliases: [ODPR]}',
    'attributes:',
    '  - {id: fine, label: fine, kind: quantity, unit: EUR, triggers: [fine, fined, multa, amende], subjects: [organization]}',
    '  - {id: ransom, label: ransom, kind: quantity, unit: USD, triggers: [ransom, demanded], subjects: [organization]}',
  ]);
  const owners = (text: string, attribute: string, lang = 'en') =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: fines }).claims.filter((c) => c.attribute === attribute).map((c) => c.entity.id);
  it('a description after "fined" stands for the one fitting name of the paragraph, never the one who fines', () => {
    expect(owners('**Corvalis Bank** had a bad year. The country\'s data regulator, the ODPR, fined the company €3.6 million in May 2024.', 'fine')).toEqual(['corvalis']);
  });
  it('one that is no type noun of the packs leaves the sum no one\'s', () => {
    expect(owners('**Corvalis Bank** had a bad year. The country\'s data regulator, the ODPR, fined the lender €3.6 million in May 2024.', 'fine')).toEqual([]);
  });
  it('"impuso una multa … a X", "inflige une amende … à X", "demanded … from X"', () => {
    expect(owners('La ODPR ha impuesto una multa de 3,6 millones de euros a Corvalis por la brecha.', 'fine', 'es')).toEqual(['corvalis']);
    expect(owners("L'ODPR a infligé une amende de 3,6 millions d'euros à Corvalis.", 'fine', 'fr')).toEqual(['corvalis']);
    expect(owners('The attackers demanded a ransom of $12 million from Corvalis.', 'ransom')).toEqual(['corvalis']);
  });
  it('a name after "fined" keeps it, and "was fined a record" is the subject\'s', () => {
    expect(owners('The ODPR fined Corvalis €3.6 million in May 2024.', 'fine')).toEqual(['corvalis']);
    expect(owners('Corvalis was fined a record €5 million by the ODPR.', 'fine')).toEqual(['corvalis']);
  });
});

describe('a stated policy or intention not to act', () => {
  const pack = inlinePack('payments54', [
    'entities:',
    '  - {id: corvalis, name: Corvalis Bank, type: organization, aliases: [Corvalis Bank, Corvalis, コルヴァリス]}',
    'events:',
    '  - {id: payment, label: ransom payment, triggers: [pay, paid, pagar, 支払う, 支払わない], negations: [not, no, ない], participantTypes: [organization], minParticipants: 1}',
  ]);
  const stood = (text: string, lang = 'en') =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.payment').map((c) => c.modality);
  it('is no past "did not happen" ("支払わない方針", "no tiene intención de", "does not intend to")', () => {
    expect(stood('コルヴァリスは身代金の要求を認めたうえで、「交渉には応じない」として支払わない方針を示した。', 'ja')).toEqual(['predicted']);
    expect(stood('コルヴァリスは支払わない意向だ。', 'ja')).toEqual(['predicted']);
    expect(stood('Corvalis no tiene intención de pagar el rescate.', 'es')).toEqual(['predicted']);
    expect(stood('Corvalis does not intend to pay the ransom.')).toEqual(['predicted']);
  });
});

describe('a founding year before 1900 and the place a thing is based', () => {
  const banks = inlinePack('banks54', ['entities:', '  - {id: corvalis, name: Corvalis Bank, type: organization, aliases: [Corvalis Bank, Corvalis]}']);
  const founded = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: banks }).claims.filter((c) => c.attribute === 'event.founding').map((c) => [c.time?.text ?? null, c.where ?? null]);
  it('"fundada en 1887 con sede en X" dates the founding, and the seat is no place of it', () => {
    expect(founded('Corvalis es una entidad financiera fundada en 1887 con sede en Tarragona.', 'es')).toEqual([['1887', null]]);
    expect(founded('Corvalis, a lender founded in 1887 and based in Tarragona, said on Monday it was attacked.', 'en')).toEqual([['1887', null]]);
    expect(founded('Corvalis fue fundada en 1887 en Tarragona.', 'es')).toEqual([['1887', 'tarragona']]);
  });
});

describe("an entity type's patterns and its header as a table's row label", () => {
  const flaws = inlinePack('flaws54', [
    'entityTypes:',
    "  - {type: flaw, headers: [flaw, flaw id], patterns: ['CVE-\\d{4}-\\d{4,7}']}",
    'entities:',
    '  - {id: cve-2031-4040, name: CVE-2031-4040, type: flaw, aliases: [CVE-2031-4040]}',
    'attributes:',
    '  - {id: flaw.score, label: severity score, kind: quantity, unit: score, triggers: [severity score, base score], headers: [base score], subjects: [flaw], minimum: 0, maximum: 10}',
  ]);
  const scores = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: flaws }).claims.filter((c) => c.attribute === 'flaw.score').map((c) => [c.entity.name, c.entity.type, c.value.kind === 'quantity' ? c.value.min : null]);
  it('a name no pack lists that matches a type\'s pattern is a name of that type', () => {
    expect(scores('# Notes\n\nCVE-2031-5151 has a severity score of 9.1.\n')).toEqual([['CVE-2031-5151', 'flaw', 9.1]]);
  });
  it('a "| Flaw ID | X |" row names a Field/Value table\'s subject', () => {
    expect(scores('# Advisory: Orvane Gateway\n\n| Field | Value |\n|---|---|\n| Flaw ID | CVE-2031-4040 |\n| Base score | 9.8 |\n')).toEqual([['CVE-2031-4040', 'flaw', 9.8]]);
  });
  it("but not where a row's attribute describes the page's subject (a club's \"| Stadium | X |\")", () => {
    const clubs = inlinePack('clubs54', [
      'entityTypes:',
      '  - {type: club, headers: [club]}',
      '  - {type: stadium, headers: [stadium, ground]}',
      'entities:',
      '  - {id: orvane-rovers, name: Orvane Rovers, type: club, aliases: [Orvane Rovers]}',
      '  - {id: mell-park, name: Mell Park, type: stadium, aliases: [Mell Park]}',
      'attributes:',
      '  - {id: club.revenue, label: revenue, kind: quantity, unit: GBP, triggers: [revenue], headers: [revenue], subjects: [club]}',
      '  - {id: capacity, label: capacity, kind: quantity, unit: seats, triggers: [capacity], headers: [capacity], subjects: [stadium]}',
    ]);
    const text = '# Orvane Rovers\n\n| Field | Value |\n|---|---|\n| Ground | Mell Park |\n| Capacity | 41,250 |\n| Revenue | £221.4 million |\n';
    expect(analyse([{ file: 'a.md', text }], { lexicon: clubs }).claims.map((c) => [c.entity.id, c.attribute])).toEqual([['orvane-rovers', 'club.revenue']]);
  });
});

describe('mends from a review: an outside body\'s title, a row of a place, a year above a quarter, a rival\'s full model, an opening that names another thing', () => {
  const desk = inlinePack('review-52', [
    'entityTypes:',
    '  - {type: organization, headers: [company, chain]}',
    'entities:',
    '  - {id: halden-grill, name: Halden Grill, type: organization, aliases: [Halden Grill, Halden]}',
    '  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}',
    '  - {id: orrin-7b, name: Orrin-7B, type: model, aliases: [Orrin-7B]}',
    'attributes:',
    '  - {id: outlets, label: outlets, kind: quantity, unit: outlet, measure: stock, unitWords: [outlets], triggers: [outlets], headers: [outlets], subjects: [organization]}',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], headers: [revenue], subjects: [organization]}',
    '  - {id: ceo, label: chief executive, kind: category, triggers: [chief executive], headers: [chief executive], subjects: [organization], values: [{id: ada-ferri, synonyms: [Ada Ferri]}, {id: olaf-brenn, synonyms: [Olaf Brenn]}]}',
  ]);
  const claims = (text: string, date = '2025-11-06') => analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n\n${text}\n` }], { lexicon: desk }).claims;
  const read = (text: string, attribute: string, date?: string) =>
    claims(text, date)
      .filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : c.value.polarity, c.time?.start ?? null]);

  it('a title whose owner is named after it, known or not, is no title of the page\'s company', () => {
    expect(read('# Halden Grill\n\nHalden Grill opened 12 outlets. "Diners are trading down," said Ada Ferri, chief executive of the Ardenian Grocers Guild.', 'ceo')).toEqual([]);
    expect(read('# Halden Grill\n\nThe deal was welcomed by chief executive Ada Ferri of the landlord.', 'ceo')).toEqual([]);
    expect(read('# Halden Grill\n\nThe plan was drawn up by the incoming chief executive, Olaf Brenn.', 'ceo')).toEqual([]);
    expect(read('# Halden Grill\n\nHalden Grill opened 12 outlets, said chief executive Ada Ferri.', 'ceo')).toEqual([['halden-grill', 'ada-ferri', null]]);
  });

  it('a row of a place no pack knows keeps its figure from a later column of known names', () => {
    expect(read('# Cities\n\n| City | Largest chain | Outlets |\n|---|---|---|\n| Brisk | Talvik | 42 |\n| Orlo | Halden Grill | 17 |', 'outlets')).toEqual([]);
  });

  it('a quarter with no year is not placed where a heading above or the paragraph names a year', () => {
    expect(read('# Halden\n\n## 2021\n\nHalden revenue rose to $510 million in the second quarter.', 'revenue')).toEqual([['halden-grill', 510e6, null]]);
    expect(read('# Halden\n\nHalden struggled in 2019. Revenue fell 4% to $310 million in the third quarter.', 'revenue').map((r) => r[2])).not.toContain('2025-07-01');
    expect(read('# Halden\n\nHalden revenue rose to $510 million in the second quarter.', 'revenue')).toEqual([['halden-grill', 510e6, '2025-04-01']]);
  });

  it('"released the full model" by a rival, or "the stable release", is no release of the page\'s model', () => {
    const released = (text: string) => claims(text).filter((c) => c.attribute === 'event.model-release').map((c) => c.entity.id);
    expect(released("# Orrin-7B\n\nTalvik's Orrin-7B set the pace. Rival Lumenfold released the full model in June 2025.")).toEqual([]);
    expect(released('# Orrin-7B\n\nTalvik released Orrin-7B in March 2024. In June 2025 it released the stable release.').filter((id) => id === 'orrin-7b')).toHaveLength(1);
    expect(released('# Orrin-7B\n\nTalvik unveiled a preview of Orrin-7B in March, then released the full model in June 2025.')).toEqual(['orrin-7b']);
    // A relative clause after a place the model stands in is the model's: "X in Brisk, which …".
    expect(released('# Notes\n\nThe Orrin-7B in Brisk, which was released in June 2025, scored well.')).toEqual(['orrin-7b']);
  });

  it('an opening that names another thing (a pronoun, a noun of a type) gives the main clause\'s description no owner', () => {
    expect(read('# Notes\n\nAfter Halden acquired it, the company\'s revenue doubled to $900 million in 2024.', 'revenue')).toEqual([]);
    expect(read("# Notes\n\nAccording to Halden's complaint, the company it sued had revenue of $900 million in 2024.", 'revenue')).toEqual([]);
    expect(read('# Notes\n\nAfter Halden bought a regional chain, the company\'s revenue doubled to $900 million in 2024.', 'revenue')).toEqual([]);
    expect(read("# Notes\n\nAccording to Halden's annual report, the company had revenue of $4.1 billion in 2024.", 'revenue')).toEqual([['halden-grill', 4.1e9, '2024-01-01']]);
  });
});

describe('a bare answer under a question heading', () => {
  const works = inlinePack('waterworks', [
    'entityTypes:',
    '  - {type: plant, headers: [plant, waterworks]}',
    'entities:',
    '  - {id: orlen-works, name: Orlen Works, type: plant, aliases: [Orlen Works]}',
    'attributes:',
    '  - {id: plant.output, label: daily output, kind: quantity, unit: m3/day, unitWords: [cubic metres a day, m3/day], triggers: [produce, produces, output], subjects: [plant]}',
    '  - {id: plant.staff, label: staff, kind: quantity, unit: staff, unitWords: [staff, people], triggers: [staff, employ, employs, emploie, 员工, 員工], subjects: [plant]}',
  ]);
  const faq = (heading: string, answer: string) =>
    analyse([{ file: 'a.md', text: `# Waterworks: questions\n\n### ${heading}\n\n${answer}\n` }], { lexicon: works }).claims.map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null,
    ]);
  it('gives its first figure to the name and the quantity the question asks of', () => {
    expect(faq('How much water does Orlen Works produce?', 'Between 40,000 and 45,000 cubic metres a day, depending on the season. Demand peaks in August.')).toEqual([
      ['orlen-works', 'plant.output', [40000, 45000]],
    ]);
    expect(faq('How many people does Orlen Works employ?', 'About 120, most of them engineers.')).toEqual([['orlen-works', 'plant.staff', [120, 120]]]);
    expect(faq('Combien de personnes Orlen Works emploie-t-elle ?', 'Environ 120.')).toEqual([['orlen-works', 'plant.staff', [120, 120]]]);
  });
  it('reads nothing where the answer has a name or a quantity of its own, opens on other words, or the question is of the future', () => {
    expect(faq('How much water does Orlen Works produce?', 'The old Vessa plant next door once made 9,000 cubic metres a day.')).toEqual([]);
    expect(faq('How much water does Orlen Works produce?', 'Its staff of 80 keeps the pumps running.')).toEqual([]);
    expect(faq('How much water does Orlen Works produce?', 'Since the pumps were replaced in the spring of last year, 40,000 cubic metres a day.')).toEqual([]);
    expect(faq('How much water will Orlen Works produce?', 'About 60,000 cubic metres a day.')).toEqual([]);
    expect(faq('Where is Orlen Works?', 'About 12 km north of the river mouth.')).toEqual([]);
    // A heading that names no one, or names two, asks of no one.
    expect(faq('How much water is produced here?', 'About 40,000 cubic metres a day.')).toEqual([]);
  });
  it('asks in Chinese by 多少, 几, 何, not by the 几 of 几乎 (almost) nor the 何 of 任何 (any)', () => {
    expect(faq('Orlen Works有多少员工', 'About 120.')).toEqual([['orlen-works', 'plant.staff', [120, 120]]]);
    expect(faq('Orlen Works有几名员工', 'About 120.')).toEqual([['orlen-works', 'plant.staff', [120, 120]]]);
    expect(faq('Orlen Works员工几乎都是工程师', 'About 120, most of them on night shifts.')).toEqual([]);
    expect(faq('Orlen Works没有任何员工被裁', 'About 120, most of them on night shifts.')).toEqual([]);
    expect(faq('Orlen Works員工幾乎都是工程師', 'About 120, most of them on night shifts.')).toEqual([]);
  });
  it('reads nothing where the opening figure counts something of its own, is a rate or labels a thing', () => {
    const staff = 'How many people does Orlen Works employ?';
    expect(faq(staff, '3 shifts of operators keep the pumps running around the clock.')).toEqual([]);
    expect(faq(staff, 'Up to 40 per shift.')).toEqual([]);
    expect(faq(staff, 'Roughly 2 per pump.')).toEqual([]);
    expect(faq(staff, 'Version 2 of the staffing plan doubles that.')).toEqual([]);
    expect(faq(staff, 'See page 12 of the annual report.')).toEqual([]);
    expect(faq(staff, 'See page 12.')).toEqual([]);
    expect(faq(staff, 'About 120 in all — most of them engineers.')).toEqual([['orlen-works', 'plant.staff', [120, 120]]]);
  });
});

describe('a bare value under a heading that is an attribute’s label ("## Company size" over "11 to 50")', () => {
  const firms = inlinePack('firms', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: quillory, name: Quillory, type: organization, aliases: [Quillory]}',
    '  - {id: brevane, name: Brevane, type: organization, aliases: [Brevane]}',
    'attributes:',
    '  - {id: firm.size, label: company size, kind: quantity, unit: people, unitWords: [employees, people], triggers: [employees], headers: [company size], subjects: [organization], measure: stock}',
    '  - {id: firm.remote, label: remote status, kind: category, triggers: [remote status], subjects: [organization], values: [{id: remote, group: remote, synonyms: [fully remote, 100% remote]}, {id: hybrid, group: hybrid, synonyms: [hybrid]}]}',
  ]);
  const page = (title: string, heading: string, body: string) =>
    analyse([{ file: 'a.md', text: `---\ntitle: "${title}"\n---\n\n## About\n\nQuillory makes ledgers.\n\n## ${heading}\n\n${body}\n` }], { lexicon: firms }).claims.map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'quantity' ? [c.value.min, c.value.max] : c.value.kind === 'category' ? c.value.value : null,
    ]);
  it('reads a paragraph that is only a value as the page’s subject’s, the heading matched by header or by label', () => {
    expect(page('Quillory', 'Company size', '11-50')).toEqual([['quillory', 'firm.size', [11, 50]]]);
    expect(page('Quillory', 'Company size', 'About 25 people')).toEqual([['quillory', 'firm.size', [25, 25]]]);
    expect(page('Quillory', 'Company size', '200+ (as of January 2020)')).toEqual([['quillory', 'firm.size', [200, null]]]);
    expect(page('Quillory', 'Remote status', 'Fully remote.')).toEqual([['quillory', 'firm.remote', 'remote']]);
  });
  it('reads nothing where the paragraph is a sentence with words of its own, names a thing, or the page has no one subject', () => {
    expect(page('Quillory', 'Company size', 'We hired 12 people last spring.')).toEqual([]);
    expect(page('Quillory', 'Company size', 'Around 30 today, most of them in sales.')).toEqual([]);
    expect(page('Quillory', 'Company size', '30. Half of us work from Ostmere.')).toEqual([]);
    expect(page('Quillory', 'Remote status', 'Fully remote since the office in Ostmere closed.')).toEqual([]);
    expect(page('Quillory', 'Office size', '30')).toEqual([]);
    expect(page('Quillory and Brevane', 'Company size', '30')).toEqual([]);
  });
  it('reads no count after "no" ("No two people work in the same city")', () => {
    expect(page('Quillory', 'Team', 'Quillory has 40 employees. No two people work in the same city.')).toEqual([['quillory', 'firm.size', [40, 40]]]);
  });
  it('reads no count a denied verb right before it says does not hold ("does not have 400 employees"), but a bound after "not" stands as before', () => {
    expect(page('Quillory', 'Team', 'Quillory does not have 400 employees, as the old brochure said, but 40 employees.')).toEqual([['quillory', 'firm.size', [40, 40]]]);
    expect(page('Quillory', 'Team', "Quillory doesn't have 400 employees.")).toEqual([]);
    expect(page('Quillory', 'Team', 'Quillory never had about 400 employees.')).toEqual([]);
    expect(page('Quillory', 'Team', 'Quillory has 40 employees.')).toEqual([['quillory', 'firm.size', [40, 40]]]);
  });
  it('gives a figure in a "where" clause in parentheses after a place (and its state’s capitals) that place', () => {
    const where = (body: string) => analyse([{ file: 'a.md', text: `# Quillory\n\n${body}\n` }], { lexicon: firms }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.where]);
    expect(where('Quillory has an office in Tarrow, NV (where about 10 employees live), but most work remotely.')).toEqual([[10, 'tarrow']]);
    expect(where('Quillory has an office in Tarrow (where about 10 employees live).')).toEqual([[10, 'tarrow']]);
  });
});

describe('a table whose first column holds full dates', () => {
  const incidents = inlinePack('incidents-dated', [
    'entityTypes:',
    '  - {type: clinic, headers: [clinic]}',
    'entities:',
    '  - {id: harrowby, name: Harrowby Clinic, type: clinic, aliases: [Harrowby Clinic]}',
    '  - {id: selwick, name: Selwick Clinic, type: clinic, aliases: [Selwick Clinic]}',
    'attributes:',
    '  - {id: records, label: records exposed, kind: quantity, unit: records, unitWords: [records], triggers: [records exposed], headers: [records exposed], subjects: [clinic]}',
    'events:',
    '  - {id: outage, label: outage, triggers: [went offline], headers: [outage date], participantTypes: [clinic], minParticipants: 1}',
  ]);
  const rows = (table: string) =>
    analyse([{ file: 'a.md', text: `# Incidents\n\n${table}\n` }], { lexicon: incidents }).claims
      .filter((c) => !c.derivedFrom)
      .map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' && c.value.unit !== 'date' ? c.value.min : null, c.time?.start ?? null]);
  it('names its rows by the one later column of known names, the dates dating them or their event', () => {
    expect(rows('| Outage date | Site | Region | Records exposed |\n|---|---|---|---|\n| 4 May 2031 | Harrowby Clinic | North | 12,400 |\n| 19 June 2031 | Selwick Clinic | South | 3,100 |')).toEqual([
      ['harrowby', 'event.outage', null, '2031-05-04'],
      ['harrowby', 'records', 12400, null],
      ['selwick', 'event.outage', null, '2031-06-19'],
      ['selwick', 'records', 3100, null],
    ]);
    expect(rows('| Date | Site | Records exposed |\n|---|---|---|\n| 4 May 2031 | Harrowby Clinic | 12,400 |')).toEqual([['harrowby', 'records', 12400, '2031-05-04']]);
  });
  it('reads nothing where a first cell is no full date, or two columns hold names', () => {
    expect(rows('| Outage date | Site | Records exposed |\n|---|---|---|\n| May 2031 | Harrowby Clinic | 12,400 |')).toEqual([]);
    expect(rows('| Outage date | Site | Records exposed |\n|---|---|---|\n| 4 May 2031 | Harrowby Clinic | 12,400 |\n| soon | Selwick Clinic | 3,100 |')).toEqual([]);
    expect(rows('| Outage date | Site | Backup site | Records exposed |\n|---|---|---|---|\n| 4 May 2031 | Harrowby Clinic | Selwick Clinic | 12,400 |')).toEqual([]);
  });
  it('of two columns of names, takes the one whose names are of the types the first column\'s event takes part in', () => {
    const withVans = inlinePack('incidents-vans', [
      'entityTypes:',
      '  - {type: clinic, headers: [clinic]}',
      '  - {type: van, headers: [van]}',
      'entities:',
      '  - {id: harrowby, name: Harrowby Clinic, type: clinic, aliases: [Harrowby Clinic]}',
      '  - {id: selwick, name: Selwick Clinic, type: clinic, aliases: [Selwick Clinic]}',
      '  - {id: tolk-3, name: Tolk-3, type: van, aliases: [Tolk-3]}',
      'events:',
      '  - {id: outage, label: outage, triggers: [went offline], headers: [date], participantTypes: [clinic], minParticipants: 1}',
    ]);
    const read = (table: string) =>
      analyse([{ file: 'a.md', text: `# Incidents\n\n${table}\n` }], { lexicon: withVans }).claims
        .filter((c) => !c.derivedFrom)
        .map((c) => [c.entity.id, c.attribute, c.time?.start ?? null]);
    expect(read('| Date | Van | Site |\n|---|---|---|\n| 4 May 2031 | Tolk-3 | Harrowby Clinic |\n| 19 June 2031 | Tolk-3 | Selwick Clinic |')).toEqual([
      ['harrowby', 'event.outage', '2031-05-04'],
      ['selwick', 'event.outage', '2031-06-19'],
    ]);
    // A name no pack knows among them ("Harwick Annex") is read as named; the van's column, all known, is not the event's.
    expect(read('| Date | Van | Site |\n|---|---|---|\n| 4 May 2031 | Tolk-3 | Harrowby Clinic |\n| 19 June 2031 | Tolk-3 | Harwick Annex |').filter((r) => r[0] === 'harrowby')).toEqual([
      ['harrowby', 'event.outage', '2031-05-04'],
    ]);
    // Two columns whose names both fit: neither.
    expect(read('| Date | Site | Backup site |\n|---|---|---|\n| 4 May 2031 | Harrowby Clinic | Selwick Clinic |')).toEqual([]);
  });
});

describe('times below a second, and a cell whose unit the tool does not know', () => {
  const chains = packOf('chains', 'network', ['{id: quillnet, name: Quillnet, type: network, aliases: [Quillnet]}'], [
    '{id: block-time, label: block time, kind: quantity, unit: s, triggers: [block time, a block every], headers: [block time], subjects: [network]}',
  ]);
  const seconds = (text: string) => claimsIn(chains, `# Quillnet\n\n${text}\n`, 'block-time').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('reads milliseconds in tables and prose, in the attribute\'s unit', () => {
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 400 ms |')).toEqual([0.4]);
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 250 milliseconds |')).toEqual([0.25]);
    expect(seconds('| Field | Value |\n|---|---|\n| Block time (ms) | 600 |')).toEqual([0.6]);
    expect(seconds('Quillnet targets a block time of 350 ms.')).toEqual([0.35]);
    expect(seconds('Quillnet produces a block every 800 Millisekunden.')).toEqual([0.8]);
  });
  it('reads no figure in a unit it does not know as one in the attribute\'s unit', () => {
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 400 blips |')).toEqual([]);
    expect(seconds('Block time: 400 blips')).toEqual([]);
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 2 (avg) |')).toEqual([2]);
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 3 seconds |')).toEqual([3]);
    // A symbol the text is not read for ("5 s") that names the attribute's own unit is that unit.
    expect(seconds('| Field | Value |\n|---|---|\n| Block time | 4.5 s |')).toEqual([4.5]);
  });
});

describe('a sum, then "to" and a count of something else', () => {
  const figures = (text: string) => findQuantities(text).map((m) => [m.quantity.min, m.quantity.max, m.quantity.unit]);
  it('is no range', () => {
    expect(figures('ordered Ostrel to pay $40 million to 2,300 patients')).toEqual([
      [40e6, 40e6, 'USD'],
      [2300, 2300, ''],
    ]);
    expect(figures('paid €12 million to 480 people')).toEqual([
      [12e6, 12e6, 'EUR'],
      [480, 480, 'person'],
    ]);
  });
  it('still reads a range whose second end is bare and counts nothing of its own', () => {
    expect(figures('priced at $5 to 10 each')).toEqual([[5, 10, 'USD']]);
    expect(figures('a cost of $3 to 4 billion')).toEqual([[3e9, 4e9, 'USD']]);
    expect(figures('€5 to 10 euros')).toEqual([[5, 10, 'EUR']]);
  });
});

describe('a figure that is a part of a whole figure after it', () => {
  const thefts = inlinePack('thefts', [
    'entityTypes:',
    '  - {type: protocol, headers: [protocol]}',
    'entities:',
    '  - {id: brellin, name: Brellin Finance, type: protocol, aliases: [Brellin Finance, Brellin]}',
    'attributes:',
    '  - {id: loss, label: loss, kind: quantity, unit: USD, triggers: [took, haul, loss], subjects: [protocol]}',
    '  - {id: seats, label: seats won, kind: quantity, unit: seats, unitWords: [seats], triggers: [won], subjects: [protocol]}',
  ]);
  const losses = (text: string, attribute = 'loss') => claimsIn(thefts, `# Brellin\n\n${text}\n`, attribute).map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('is no value of the whole ("part of a larger …", "out of a total loss of …")', () => {
    expect(losses('Hackers who breached Brellin Finance took $4.1 million in tokens, part of a larger haul of $9 million.')).toEqual([9e6]);
    expect(losses('Hackers who breached Brellin Finance took $4.1 million out of a total loss of $9 million.')).toEqual([9e6]);
  });
  it('keeps a part whose total is of another thing', () => {
    expect(losses('Brellin won 58 seats out of a total of 120.', 'seats')).toEqual([58]);
  });
});

describe("a verb's trigger after another attribute's noun", () => {
  const tokens = inlinePack('tokens', [
    'entityTypes:',
    '  - {type: network, headers: [network]}',
    '  - {type: protocol, headers: [protocol]}',
    'entities:',
    '  - {id: ostra, name: Ostra, type: network, aliases: [Ostra]}',
    '  - {id: brellin, name: Brellin, type: protocol, aliases: [Brellin]}',
    'attributes:',
    '  - {id: price, label: price, kind: quantity, unit: USD, triggers: [price, fell to, rose to], subjects: [network]}',
    '  - {id: tvl, label: total value locked, kind: quantity, unit: USD, measure: tally, triggers: [total value locked, 锁仓总价值, 存款规模], subjects: [protocol]}',
  ]);
  it('leaves the figure to the noun ("its total value locked fell to …")', () => {
    const claims = claimsUnder(tokens, 'Notes', 'Brellin is a lending market on Ostra. Its total value locked fell to roughly $75 million after the breach.');
    expect(claims.filter((c) => c.value.kind === 'quantity').map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['brellin', 'tvl', 75e6]]);
  });
  it('reads "降至" as a level at the time of writing, and "约为" as about', () => {
    const text = '---\ndate: 2025-06-02\nlang: zh\n---\n漏洞被利用之前，Brellin的存款规模约为3.2亿美元。一周后，其锁仓总价值降至约1.5亿美元。\n';
    const { claims, report } = analyse([{ file: 'a.md', text }], { lexicon: tokens });
    expect(claims.filter((c) => c.attribute === 'tvl').map((c) => [c.value.kind === 'quantity' ? [c.value.min, c.value.approx] : null, c.time?.text ?? null])).toEqual([
      [[320e6, true], null],
      [[150e6, true], 'at the time of writing'],
    ]);
    expect(report.conflicts).toEqual([]);
  });
});

describe('scale abbreviations in prose', () => {
  const fines = inlinePack('fines', [
    'entities:',
    '  - {id: dornfeld, name: Dornfeld AG, type: organization, aliases: [Dornfeld AG, Dornfeld]}',
    'attributes:',
    '  - {id: fine, label: fine, kind: quantity, unit: EUR, triggers: [Bußgeld, Geldbuße, amende], subjects: [organization]}',
  ]);
  const fined = (lang: string, sentence: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n${sentence}\n` }], { lexicon: fines }).claims.filter((c) => c.attribute === 'fine').map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null));
  it('reads "Mio." and "Mrd." before a currency in one sentence, and French "M€", "Md€"', () => {
    expect(fined('de', 'Das Kartellamt belegte die Dornfeld AG mit einer Geldbuße in Höhe von 36 Mio. Euro.')).toEqual([[36e6, 'EUR']]);
    expect(fined('de', 'Dornfeld zahlt ein Bußgeld von 1,2 Mrd. Euro.')).toEqual([[1.2e9, 'EUR']]);
    expect(fined('fr', "Le régulateur a imposé à Dornfeld AG une amende de 27 M€.")).toEqual([[27e6, 'EUR']]);
    expect(fined('fr', "Le régulateur a imposé à Dornfeld AG une amende de 1,5 Md€.")).toEqual([[1.5e9, 'EUR']]);
  });
  it('scales a sum only with "Md", "Mds", "Bio."', () => {
    const read = (text: string) => findQuantities(text, undefined, { format: { decimal: ',', thousands: '.' } }).map((m) => [m.quantity.min, m.quantity.unit]);
    expect(read('2 Bio. Euro')).toEqual([[2e12, 'EUR']]);
    expect(read('2 mds d’euros')).toEqual([[2e9, 'EUR']]);
    expect(read('hired 5 MDs')).toEqual([[5, '']]);
  });
  it('reads English "bio" as a billion, as reports in English write it; only German "Bio." is a trillion', () => {
    const read = (text: string) => findQuantities(text).map((m) => [m.quantity.min, m.quantity.unit]);
    expect(read('revenue of CHF 3.2 bio for the year')).toEqual([[3.2e9, 'CHF']]);
    expect(read('a fine of EUR 1.5 bio.')).toEqual([[1.5e9, 'EUR']]);
    expect(fined('en', 'The regulator set the amende for Dornfeld AG at EUR 1.5 bio.')).toEqual([[1.5e9, 'EUR']]);
    expect(fined('de', 'Dornfeld zahlt ein Bußgeld von 2 Bio. Euro.')).toEqual([[2e12, 'EUR']]);
  });
});

describe('a category beside a date of another verb', () => {
  const exchanges = inlinePack('exchanges', [
    'entities:',
    '  - {id: quellnet, name: Quellnet, type: organization, aliases: [Quellnet]}',
    'attributes:',
    '  - {id: hq, label: headquarters, kind: category, triggers: [mit Sitz in, headquartered in], subjects: [organization], values: [{id: ardley, synonyms: [Ardley]}, {id: fenmoor, synonyms: [Fenmoor]}]}',
  ]);
  const dated = (lang: string, sentence: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\ndate: 2025-02-05\n---\n${sentence}\n` }], { lexicon: exchanges }).claims.filter((c) => c.attribute === 'hq').map((c) => [c.value.kind === 'category' ? c.value.value : null, c.time?.text ?? null]);
  it('takes no date from an attributive participle, nor from a clause of another verb after a comma', () => {
    expect(dated('de', 'Quellnet, die 2016 gegründete Firma mit Sitz in Ardley, stellt neue Mitarbeiter ein.')).toEqual([['ardley', null]]);
    expect(dated('en', 'Quellnet, the broker headquartered in Ardley, today unveiled a savings account.')).toEqual([['ardley', null]]);
    expect(dated('en', 'Quellnet is headquartered in Fenmoor, and in 2019 it said it would stay.')).toEqual([['fenmoor', null]]);
  });
});

describe('a sentence that opens on "Since" and a name', () => {
  const upgrades = inlinePack('upgrades', [
    'entityTypes:',
    '  - {type: upgrade, headers: [upgrade]}',
    'entities:',
    '  - {id: tamsin, name: Tamsin, type: upgrade, aliases: [Tamsin]}',
    'attributes:',
    '  - {id: height, label: activation block height, kind: quantity, unit: block, unitWords: [block], triggers: [at block], subjects: [upgrade], timeless: true}',
  ]);
  it('is about that name, wherever its paragraph stands', () => {
    const heights = (text: string) => claimsIn(upgrades, text, 'height').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    const sentence = 'Since Tamsin shipped at block 7,020,000 in June, fees have fallen by half.';
    expect(heights(`${sentence}\n`)).toEqual([['tamsin', 7020000]]);
    expect(heights(`Some opening words.\n\n${sentence}\n`)).toEqual([['tamsin', 7020000]]);
  });
});

describe('the -s form of a trigger in -ed', () => {
  const fines = inlinePack('penalties', [
    'entities:',
    '  - {id: tessaline, name: Tessaline Networks, type: organization, aliases: [Tessaline Networks]}',
    'attributes:',
    '  - {id: fine, label: fine, kind: quantity, unit: EUR, triggers: [fined], subjects: [organization]}',
  ]);
  it('is found too ("fines" where the pack says "fined")', () => {
    expect(figuresWith(fines, 'Valmora fines Tessaline Networks €1.7 billion.', 'fine')).toEqual([['tessaline', 1.7e9]]);
  });

  it('is a verb only, with an object after it: "road signs cost", "launches: 11", "the launches" are nouns and name nothing', () => {
    const clubs = inlinePack('signings-fxe', [
      'entityTypes:',
      '  - {type: club, headers: [club]}',
      '  - {type: operator, headers: [operator]}',
      'entities:',
      '  - {id: dunmore, name: Dunmore Athletic, type: club, aliases: [Dunmore Athletic]}',
      '  - {id: vessa, name: Vessa Orbital, type: operator, aliases: [Vessa Orbital]}',
      'attributes:',
      '  - {id: signed, label: players signed, kind: quantity, unit: players, unitWords: [players], triggers: [signed], subjects: [club]}',
      '  - {id: fee, label: fee, kind: quantity, unit: EUR, triggers: [signed], subjects: [club]}',
      '  - {id: satellites, label: satellites launched, kind: quantity, unit: satellites, unitWords: [satellites], triggers: [launched], subjects: [operator]}',
    ]);
    expect(figuresWith(clubs, "Dunmore Athletic's new road signs cost €40,000.", 'fee')).toEqual([]);
    expect(figuresWith(clubs, 'Dunmore Athletic put up road signs worth €40,000.', 'fee')).toEqual([]);
    expect(figuresWith(clubs, 'Vessa Orbital launches: 11 in 2024.', 'satellites')).toEqual([]);
    expect(figuresWith(clubs, 'Vessa Orbital had launches: 11 in 2024.', 'satellites')).toEqual([]);
    expect(figuresWith(clubs, 'Dunmore Athletic signs Ivo Pell for €2 million.', 'fee')).toEqual([['dunmore', 2e6]]);
    expect(figuresWith(clubs, 'Vessa Orbital launches 40 satellites a year.', 'satellites')).toEqual([['vessa', 40]]);
  });
});

describe('what a future verb, a deadline, a wait, a condition or "current" leave of an event or a figure', () => {
  const pack = inlinePack('rulings', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: ordwell, name: Ordwell Foods, type: organization, aliases: [Ordwell Foods, Ordwell]}',
    '  - {id: tarrow-vale, name: Tarrow & Vale LLP, type: organization, aliases: [Tarrow & Vale LLP]}',
    'attributes:',
    '  - {id: damages, label: damages, kind: quantity, unit: USD, triggers: [to pay, verdict of], subjects: [organization]}',
    '  - {id: share-price, label: share price, kind: quantity, unit: USD, triggers: [price, trading at], subjects: [organization]}',
    'events:',
    '  - {id: verdict, label: verdict, triggers: [verdict], negations: [not], participantTypes: [organization], minParticipants: 1}',
    '  - {id: appeal, label: appeal, triggers: [appealed, appeal], negations: [not], participantTypes: [organization], minParticipants: 1}',
    '  - {id: licence, label: licence, triggers: [licence, Lizenz, 牌照], negations: [not, nicht, 未], participantTypes: [organization], minParticipants: 1}',
    '  - {id: repaid, label: funds returned, triggers: [returned the funds, 归还], negations: [not, 未], participantTypes: [organization], minParticipants: 1}',
    '  - {id: opening, label: opening, triggers: [opened], negations: [not], participantTypes: [organization], minParticipants: 1}',
  ]);
  const events = (text: string, event: string, date = '2025-02-10') =>
    analyse([{ file: 'a.md', text: `---\ndate: ${date}\n---\n${text}\n` }], { lexicon: pack })
      .claims.filter((c) => c.attribute === `event.${event}`)
      .map((c) => [c.value.kind === 'event' ? c.value.polarity : null, c.modality, c.time?.text ?? null]);
  it('an event noun dated in the past that a verb to come governs directly is still to come ("will finalise the 2024 licence")', () => {
    expect(events('# Notes\n\nOrdwell Foods will finalise the 2024 licence in March.', 'licence').map((r) => r[1])).toEqual(['predicted']);
    expect(events("# Notes\n\nOrdwell Foods expects last year's licence to be renewed in June.", 'licence').map((r) => r[1])).not.toContain('asserted');
    expect(events("# Notes\n\nA panel will hear Ordwell Foods' appeal against last year's verdict.", 'verdict').map((r) => r[1])).toEqual(['asserted']);
  });
  it('a hearing to come foretells the hearing, not the appeal it hears, nor a verdict its words date in the past', () => {
    expect(events("# Notes\n\nA panel will hear Ordwell Foods' appeal against last year's verdict.", 'verdict')).toEqual([['happened', 'asserted', 'last year']]);
    expect(events("# Notes\n\nA panel will hear Ordwell Foods' appeal against last year's verdict.", 'appeal')).toEqual([]);
    expect(events("# Notes\n\nA panel will hear Ordwell Foods' appeal against the 2024 verdict.", 'verdict').map((r) => r.slice(0, 2))).toEqual([['happened', 'asserted']]);
    expect(events('# Notes\n\nThe jury will deliver its verdict on Ordwell Foods next month.', 'verdict').map((r) => r[1])).toEqual(['predicted']);
  });
  it('a headline\'s "orders X to pay" states the order, where "X to pay" is a plan', () => {
    const modality = (text: string) => claimsIn(pack, `${text}\n`, 'damages').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
    expect(modality('# Jury orders Ordwell Foods to pay $40 million')).toEqual([[40e6, 'asserted']]);
    expect(modality('# Court forces Ordwell to pay $40 million')).toEqual([[40e6, 'asserted']]);
    expect(modality('# Ordwell Foods to pay $40 million')).toEqual([[40e6, 'predicted']]);
  });
  it('time given for an event ("has 30 days to", "has until … to", "deadline to") is no event', () => {
    expect(events('# Notes\n\nOrdwell Foods has 30 days to file its appeal.', 'appeal')).toEqual([]);
    expect(events('# Notes\n\nOrdwell Foods has until 4 May to file an appeal.', 'appeal')).toEqual([]);
    expect(events("# Notes\n\nThe deadline for Ordwell Foods' appeal is 4 May.", 'appeal')).toEqual([]);
    expect(events('# Notes\n\nOrdwell Foods appealed on 4 February.', 'appeal').map((r) => r[0])).toEqual(['happened']);
  });
  it('an event awaited is not the event, in the languages events are read in', () => {
    expect(events('# Notes\n\nOrdwell Foods, which is awaiting a licence decision from the regulator, grew quickly.', 'licence')).toEqual([]);
    expect(events('# Notes\n\nOrdwell Foods is still pending licence approval.', 'licence')).toEqual([]);
    expect(events('# Notizen\n\nOrdwell Foods wartet auf die Lizenz.', 'licence')).toEqual([]);
    expect(events('# 笔记\n\nOrdwell Foods正在等待监管机构的牌照。', 'licence')).toEqual([]);
    expect(events('# Notes\n\nOrdwell Foods received its licence in January.', 'licence').map((r) => r[0])).toEqual(['happened']);
  });
  it('the French "attend" (awaits) before its own determiner, not the English "attend"', () => {
    expect(events('# Notes\n\nOrdwell Foods attend la licence du régulateur.', 'licence')).toEqual([]);
    expect(events('# Notes\n\nOrdwell Foods staff attend the licence handover in January.', 'licence').map((r) => r[0])).toEqual(['happened']);
  });
  it('a German Konjunktiv II and a Chinese condition closed by 将 are hypothetical', () => {
    expect(events('# Notizen\n\nFür den Export bräuchte Ordwell Foods eine eigene Lizenz.', 'licence').map((r) => r[1])).toEqual(['hypothetical']);
    expect(events('# 笔记\n\nOrdwell Foods承诺如归还资金将不起诉。', 'repaid').map((r) => r[1])).toEqual(['hypothetical']);
    expect(events('# 笔记\n\nOrdwell Foods已如数归还资金。', 'repaid').map((r) => r[1])).toEqual(['asserted']);
  });
  it('"如前所述", "如图所示" ("as said", "as the figure shows") open no condition, and 将 after them may mark the object', () => {
    expect(events('# 笔记\n\n如前所述，Ordwell Foods已将资金归还。', 'repaid').map((r) => r[1])).toEqual(['asserted']);
    expect(events('# 笔记\n\n如图2所示，Ordwell Foods已将资金归还。', 'repaid').map((r) => r[1])).toEqual(['asserted']);
    expect(events('# 笔记\n\n如上文所说，Ordwell Foods已将资金归还。', 'repaid').map((r) => r[1])).toEqual(['asserted']);
    expect(events('# 笔记\n\nOrdwell Foods承诺如归还资金将不起诉。', 'repaid').map((r) => r[1])).toEqual(['hypothetical']);
  });
  it('a figure said to hold now takes neither the forecast nor the date of another figure\'s clause', () => {
    const prices = (text: string) => claimsIn(pack, `---\ndate: 2025-02-10\n---\n# Notes\n\n${text}\n`, 'share-price').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality, c.time?.text ?? null]);
    expect(prices('Analysts think Ordwell could reach $9 by the end of 2026, more than double its current price of about $4.10.')).toEqual([[4.1, 'asserted', null]]);
    expect(prices('Analysts think the price of Ordwell could reach $9 by the end of 2026.')).toEqual([[9, 'hypothetical', '2026']]);
  });
  it('who announces a clause with a subject of its own is not in it; a verdict "against X" is X\'s', () => {
    const owners = (text: string) =>
      claimsUnder(pack, 'Notes', text)
        .filter((c) => c.attribute === 'damages' || c.attribute === 'event.verdict')
        .map((c) => [c.attribute, c.entity.id]);
    expect(owners('Tarrow & Vale LLP today announced that a jury has returned a verdict of $40 million against Ordwell Foods.')).toEqual([['event.verdict', 'ordwell']]);
    expect(owners('Tarrow & Vale LLP said that the jury had returned a verdict against Ordwell Foods.')).toEqual([['event.verdict', 'ordwell']]);
  });
  it('who announces a clause whose subject describes the speaker ("the company") is in it, on a page that names no other company', () => {
    const owners = (text: string) =>
      claimsUnder(pack, 'Notes', `The market grew.\n\n${text}`)
        .filter((c) => c.attribute === 'event.opening' || c.attribute === 'share-price')
        .map((c) => [c.attribute, c.entity.id]);
    expect(owners('Ordwell Foods said that the company opened its first store on 3 March 2024.')).toEqual([['event.opening', 'ordwell']]);
    expect(owners('Ordwell Foods announced on Monday that the food company was trading at $4.10.')).toEqual([['share-price', 'ordwell']]);
    expect(owners('Ordwell Foods said that the tribunal opened its doors on 3 March 2024.')).toEqual([]);
  });
  it('who announces such a clause on a page about another thing its description fits is not taken for its subject', () => {
    const owners = (text: string) =>
      claimsUnder(pack, 'Ordwell Foods', `Ordwell Foods makes soup.\n\n${text}`)
        .filter((c) => c.attribute === 'event.opening' || c.attribute === 'share-price')
        .map((c) => [c.attribute, c.entity.id]);
    expect(owners('Tarrow & Vale LLP said that the company opened its first store on 3 March 2024.')).not.toContainEqual(['event.opening', 'tarrow-vale']);
    expect(owners('Tarrow & Vale LLP said on Monday that the company was trading at $4.10.')).not.toContainEqual(['share-price', 'tarrow-vale']);
  });
  it('an entry that opens on a time, on a live page of a day, dates its events to that day', () => {
    const live = '# Live: Ordwell\n\n**09:12** — Crowds are gathering.\n\n**10:05** — Ordwell Foods opened its first store.';
    expect(events(live, 'opening')).toEqual([['happened', 'asserted', '2025-02-10']]);
    // (Not an event named as a noun: "posted an opening bond" is no opening of that hour.)
    expect(events('# Live: Ordwell\n\n**09:12** — Crowds are gathering.\n\n**10:05** — Ordwell Foods has paid for the opened store.', 'opening')).toEqual([['happened', 'asserted', null]]);
    // (One entry is no timeline; nor is a page with no day.)
    expect(events('# Notes\n\n**10:05** — Ordwell Foods opened its first store.', 'opening')).toEqual([['happened', 'asserted', null]]);
  });
  it('a live entry dates only the news its opening clause tells, not an event recalled past a comma, a colon or "had"', () => {
    const live = (entry: string) => events(`# Live: Ordwell\n\n**09:12** — Crowds are gathering.\n\n**10:05** — ${entry}`, 'opening');
    expect(live('Ordwell Foods, which opened its first store long ago, is busy again.')).toEqual([['happened', 'asserted', null]]);
    expect(live('Ordwell Foods, opened as a corner shop some decades back, is busy again.')).toEqual([['happened', 'asserted', null]]);
    expect(live('As a reminder, Ordwell Foods opened its first store in a former bank.')).toEqual([['happened', 'asserted', null]]);
    expect(live('Background for late readers: Ordwell Foods opened its first store and then a second.')).toEqual([['happened', 'asserted', null]]);
    expect(live('Ordwell Foods had opened its first store before the strike began.')).toEqual([['happened', 'asserted', null]]);
    expect(live('Crowds cheer. Ordwell Foods opened its first store.')).toEqual([['happened', 'asserted', null]]);
    expect(live('Ordwell Foods opened its first store.')).toEqual([['happened', 'asserted', '2025-02-10']]);
  });
});

describe('a granter after "from", a joined verb, a "whose" clause on a name, an appositive before a licence, a name closing the clause, a family and its members', () => {
  const desk = inlinePack('fixer-j', [
    'entityTypes:',
    '  - {type: organization, headers: [exchange, authority]}',
    '  - {type: model, headers: [checkpoint]}',
    'entities:',
    '  - {id: pellwick, name: Pellwick, type: organization, aliases: [Pellwick]}',
    '  - {id: ostrava-board, name: Ostrava Board of Markets, type: organization, aliases: [Ostrava Board of Markets, OBM]}',
    '  - {id: vorn-2, name: Vorn-2, type: family, memberType: model, aliases: [Vorn-2], memberPrefixes: [vorn-2]}',
    '  - {id: vorn-2-9b, name: Vorn-2-9B, type: model, family: vorn-2, aliases: [Vorn-2-9B]}',
    '  - {id: vorn-2-60b, name: Vorn-2-60B, type: model, family: vorn-2, aliases: [Vorn-2-60B]}',
    '  - {id: vorn-2-90b-a9b, name: Vorn-2-90B-A9B, type: model, family: vorn-2, aliases: [Vorn-2-90B-A9B]}',
    'attributes:',
    '  - {id: tokens.listed, label: tokens listed, kind: quantity, unit: listed-tokens, unitWords: [tokens], triggers: [lists], headers: [tokens listed], subjects: [organization], measure: stock}',
    '  - id: licence',
    '    extends: true',
    '    values: [{id: vorn-licence, synonyms: [Vorn Licence 1.0, VL-1.0]}]',
    'events:',
    '  - {id: permit, label: permit granted, triggers: [licence, Lizenz], negations: [not, never], participantTypes: [organization], minParticipants: 1}',
  ]);
  const claims = (text: string, lexicon = desk) => analyse([{ file: 'a.md', text: `${text}\n` }], { lexicon }).claims;
  const read = (text: string, attribute: string, lexicon = desk) =>
    claims(text, lexicon)
      .filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : c.value.polarity]);

  it('who a licence is received from grants it: the clause\'s subject receives it', () => {
    expect(read('Pellwick received a licence from the OBM on 3 March 2031.', 'event.permit')).toEqual([['pellwick', 'happened']]);
    expect(read('Pellwick obtained a licence from the Ostrava Board of Markets in May 2031.', 'event.permit')).toEqual([['pellwick', 'happened']]);
    expect(read('Pellwick erhielt im Mai 2031 eine Lizenz von der OBM.', 'event.permit')).toEqual([['pellwick', 'happened']]);
  });

  it('a verb joined by "and" after a preposition\'s object has the clause\'s subject', () => {
    expect(read('Pellwick holds a permit from the OBM and lists 380 tokens.', 'tokens.listed')).toEqual([['pellwick', 380]]);
  });

  it('a "whose" clause on a name (or on its appositive) is that name\'s, not the page\'s model\'s', () => {
    const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    const text = '# Sorrel 2 70B\n\nSorrel 2 70B supports a context window of 128K tokens. That beats Sorrel 1, the lab\'s 30-billion-parameter model from May 2030, whose context window stopped at 8,192 tokens.';
    expect(read(text, 'context.window', lexicon)).toEqual([['sorrel-2-70b', 128000]]);
  });

  it('an appositive between a name and "is released under" keeps the licence the name\'s, and the present tense states no release', () => {
    expect(read('Vorn-2-60B, the flagship, is released under VL-1.0.', 'licence')).toEqual([['vorn-2-60b', 'vorn-licence'], ['vorn-2', 'vorn-licence']]);
    expect(read('Vorn-2-60B, the flagship of the family, is released under VL-1.0.', 'licence')).toEqual([['vorn-2-60b', 'vorn-licence'], ['vorn-2', 'vorn-licence']]);
    expect(read('Vorn-2-60B is released under VL-1.0.', 'event.model-release')).toEqual([]);
    expect(read('Vorn-2-60B was released on 4 April 2031.', 'event.model-release')).toEqual([['vorn-2-60b', 'happened']]);
  });

  it('a name after "in" that closes a clause the figure opens holds the figure', () => {
    expect(read('Only 9B parameters are active for each token in Vorn-2-90B-A9B.', 'params.active')).toEqual([['vorn-2-90b-a9b', 9e9]]);
  });

  it('a name after "of" that closes the clause is the last noun\'s possessor, not the holder of the figure that opens it', () => {
    const plants = packOf('plants-trailing', 'plant', ['{id: vessa, name: Vessa Plant, type: plant, aliases: [Vessa Plant, Vessa]}'], [
      '{id: plant.staff, label: staff, kind: quantity, unit: staff, unitWords: [staff, engineers], triggers: [staff, employs], subjects: [plant]}',
    ]);
    expect(figuresWith(plants, 'Just 5 staff came to the opening of Vessa.', 'plant.staff')).toEqual([]);
    expect(figuresWith(plants, 'Some 12 engineers travelled out to inspect the pumps of Vessa.', 'plant.staff')).toEqual([]);
  });

  it('members with different licences lift none to their family; a cell that hands values to members gives the family none', () => {
    const report = analyse(
      [
        { file: 'a.md', text: 'Vorn-2-9B is licensed under Apache 2.0. Vorn-2-60B uses the Vorn Licence 1.0.\n' },
        { file: 'b.md', text: '| **Vorn-2** | |\n|---|---|\n| License | VL-1.0 (60B, 90B-A9B); Apache 2.0 (9B) |\n' },
      ],
      { lexicon: desk },
    );
    expect(report.claims.filter((c) => c.attribute === 'licence' && c.place.file === 'b.md')).toEqual([]);
    expect(report.report.conflicts.filter((c) => c.attribute === 'licence')).toEqual([]);
    // A member's value still clashes with one said of the family where the members agree.
    const agree = analyse(
      [
        { file: 'a.md', text: 'Vorn-2-60B uses the Vorn Licence 1.0.\n' },
        { file: 'b.md', text: 'Vorn-2 is released under Apache 2.0.\n' },
      ],
      { lexicon: desk },
    );
    expect(agree.report.conflicts.map((c) => [c.entity.id, c.attribute])).toEqual([['vorn-2', 'licence']]);
  });

  it("a family is a participant of its own release, and a member's date does not speak for it", () => {
    const report = analyse(
      [
        { file: 'a.md', text: '---\ndate: 2031-05-01\n---\n# Vorn-2\n\n| **Vorn-2** | |\n|---|---|\n| Release date | 11 April 2031 |\n' },
        { file: 'b.md', text: 'Vorn-2 was released on 18 April 2031. Vorn-2-9B was released on 2 June 2031.\n' },
      ],
      { lexicon: desk },
    );
    expect(report.claims.filter((c) => c.attribute === 'event.model-release.date').map((c) => [c.entity.id, c.value.text])).toEqual([
      ['vorn-2', '11 April 2031'],
      ['vorn-2', '18 April 2031'],
      ['vorn-2-9b', '2 June 2031'],
    ]);
    expect(report.report.conflicts.map((c) => [c.entity.id, c.attribute])).toEqual([['vorn-2', 'event.model-release.date']]);
  });

  it("a family takes part in a model's release only where it is named and its members are models", () => {
    const consoles = inlinePack('fixer-j-consoles', [
      'entityTypes:',
      '  - {type: console, headers: [console]}',
      'entities:',
      '  - {id: brio, name: Brio family, type: family, aliases: [Brio, Brio family], memberPrefixes: [brio]}',
      '  - {id: brio-pro, name: Brio Pro, type: console, family: brio, aliases: [Brio Pro]}',
    ]);
    expect(read('Stormwake was released on 14 March 2031 for the Brio.', 'event.model-release', consoles)).toEqual([]);
    expect(read("# Vorn-2\n\nThe company plans to release a successor in 2032. Vorn-2's technical report was released on 2 May 2031.", 'event.model-release')).toEqual([]);
    expect(read('Earlier Vorn-2 models had been released under open licences in April 2031.', 'event.model-release')).toEqual([]);
  });
});

describe('model cards: names, gaps, maxima, parts, settings and quantised builds', () => {
  const terns = inlinePack('terns16', [
    'entities:',
    '  - {id: tern-3, name: Tern-3, type: family, memberType: model, aliases: [Tern-3, 燕鸥-3], memberPrefixes: [tern-3]}',
    '  - {id: tern-3-72b, name: Tern-3-72B, type: model, family: tern-3, aliases: [Tern-3-72B, 燕鸥-3-72B]}',
    '  - {id: tern-3-72b-instruct, name: Tern-3-72B-Instruct, type: model, family: tern-3, aliases: [Tern-3-72B-Instruct, 燕鸥-3-72B-Instruct]}',
    '  - {id: tern-3-90b-a9b, name: Tern-3-90B-A9B, type: model, family: tern-3, aliases: [Tern-3-90B-A9B]}',
    'attributes:',
    '  - {id: benchmark.quizbench, label: QuizBench score, kind: quantity, unit: score, triggers: [QuizBench], headers: [QuizBench], subjects: [model], metricOf: benchmark}',
    '  - {id: benchmark.mathtrial, label: MathTrial score, kind: quantity, unit: score, triggers: [MathTrial], headers: [MathTrial], subjects: [model], metricOf: benchmark}',
  ]);
  /** The claims of a text under a heading: [entity, attribute, lower end or category, setting]. */
  const read = (heading: string, text: string) =>
    claimsUnder(terns, heading, text)
      .filter((c) => c.derivedFrom === undefined)
      .map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : null, c.variant ?? null]);

  it('a Chinese name glued to its number by a hyphen that no pack knows is another model: its score is no one\'s, not the title\'s', () => {
    // The heading states the family's release ("系列发布"): that claim is the heading's; the scores are what is asked here.
    const scores = (heading: string, text: string) => read(heading, text).filter((c) => c[1] !== 'event.model-release');
    expect(read('燕鸥-3系列发布', '上一代的燕鸥-2-70B-Chat在QuizBench上拿到63.2分。')).toEqual([['tern-3', 'event.model-release', null, null]]);
    expect(scores('燕鸥-3系列发布', '上一代的燕鸥-2-70B-Chat在QuizBench上拿到63.2分。')).toEqual([]);
    expect(scores('燕鸥-3系列发布', '燕鸥-3-72B-Instruct在QuizBench上拿到70.4分。')).toEqual([['tern-3-72b-instruct', 'benchmark.quizbench', 70.4, null]]);
    expect(read('燕鸥-3-72B-Instruct', '| 模型名称 | 燕鸥-3-72B-Instruct |\n|---|---|\n| QuizBench | 70.4 |')).toEqual([['tern-3-72b-instruct', 'benchmark.quizbench', 70.4, null]]);
  });

  it('a gap between two scores and the top of a scale are no scores', () => {
    expect(read('Tern-3-72B', 'Tern-3-72B在QuizBench上与第一名的差距为3分。')).toEqual([]);
    expect(read('Tern-3-72B', '燕鸥-3-72B在QuizBench上拿到70.4分，而QuizBench的满分为100分。')).toEqual([['tern-3-72b', 'benchmark.quizbench', 70.4, null]]);
    expect(read('Tern-3-72B', 'QuizBenchでの差は3ポイントにとどまりました。')).toEqual([]);
    expect(read('Tern-3-72B', 'On QuizBench, Tern-3-72B narrowed the gap to 3 points.')).toEqual([]);
    expect(read('Tern-3-72B', 'QuizBenchの満点は50点です。')).toEqual([]);
    expect(read('Tern-3-72B', 'QuizBench has a maximum score of 100.')).toEqual([]);
  });

  it('a gap\'s word that is the attribute\'s own trigger ("a budget deficit of 3.2%", "a lead of 6 points") states its value', () => {
    const econ = inlinePack('econ-gaps', [
      'entityTypes:',
      '  - {type: country, headers: [country]}',
      'entities:',
      '  - {id: veskaria, name: Veskaria, type: country, aliases: [Veskaria]}',
      'attributes:',
      '  - {id: budget.deficit, label: budget deficit, kind: quantity, unit: "%", triggers: [deficit, budget deficit], subjects: [country]}',
      '  - {id: poll.lead, label: poll lead, kind: quantity, unit: points, unitWords: [points], triggers: [lead], subjects: [country]}',
    ]);
    const figures = (text: string) => claimsUnder(econ, 'Veskaria', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(figures('Veskaria ran a budget deficit of 3.2% of output in 2024.')).toEqual([['budget.deficit', 3.2]]);
    expect(figures('In Veskaria the ruling bloc holds a lead of 6 points.')).toEqual([['poll.lead', 6]]);
    expect(read('Tern-3-72B', 'On QuizBench, Tern-3-72B narrowed the gap to 3 points.')).toEqual([]);
  });

  it('a part after 其中 named by a word of the whole\'s attribute is a part; one of another attribute is its own', () => {
    expect(read('Tern-3-72B', '燕鸥-3-72B的参数总量为720亿，其中嵌入层参数约8亿。')).toEqual([['tern-3-72b', 'params.total', 72e9, null]]);
    expect(read('Tern-3-72B', '燕鸥-3-72B拥有720亿参数，其中输出层约6亿参数。')).toEqual([['tern-3-72b', 'params.total', 72e9, null]]);
    expect(read('Tern-3-72B', 'Tern-3-72B has 72 billion parameters, of which the output head holds 0.6 billion parameters.')).toEqual([['tern-3-72b', 'params.total', 72e9, null]]);
    expect(read('Tern-3-90B-A9B', 'Tern-3-90B-A9B has 90 billion parameters, of which 9 billion are active.')).toEqual([
      ['tern-3-90b-a9b', 'params.total', 90e9, null],
      ['tern-3-90b-a9b', 'params.active', 9e9, null],
    ]);
  });

  it('"a 9B dense model" is any model of that size, no member of the family; nor is a trigger past ", but the …" the figure\'s', () => {
    expect(read('Tern-3 family', 'Tern-3-90B-A9B answers about as fast as a 9B dense model, yet all 90 billion parameters stay loaded.')).toEqual([
      ['tern-3-90b-a9b', 'params.total', 90e9, null],
    ]);
    expect(read('Tern-3 family', 'Memory holds all 90 billion, but the cost per token stays low.')).toEqual([]);
  });

  it('a benchmark setting is its own clause\'s, and a table\'s column of settings gives each row\'s scores theirs', () => {
    expect(read('Tern-3-72B', 'Tern-3-72B在QuizBench中得分71.3，在MathTrial（8-shot）中得分64.0。')).toEqual([
      ['tern-3-72b', 'benchmark.quizbench', 71.3, null],
      ['tern-3-72b', 'benchmark.mathtrial', 64, '8-shot'],
    ]);
    const table = '| Benchmark | Shots | Tern-3-72B | Tern-3-72B-Instruct |\n|---|---|---|---|\n| QuizBench | 5-shot | 70.4 | 73.0 |\n| QuizBench | 0-shot | 66.1 | 69.8 |\n| MathTrial | 8-shot, CoT | 58.2 | 61.7 |';
    expect(read('Tern-3', table).map((c) => c[3])).toEqual(['5-shot', '5-shot', '0-shot', '0-shot', '8-shot', '8-shot']);
    expect(read('Tern-3', '| Model | Shots | QuizBench |\n|---|---|---|\n| Tern-3-72B | 5 | 70.4 |\n| Tern-3-72B | 0 | 66.1 |').map((c) => c[3])).toEqual(['5-shot', '0-shot']);
    expect(read('Tern-3-72B', 'Tern-3-72B scores 70.4 on QuizBench in the five-shot setting.')).toEqual([['tern-3-72b', 'benchmark.quizbench', 70.4, '5-shot']]);
    // Scores in two settings are no conflict.
    const report = checkTexts([{ file: 'a.md', text: `# Tern-3\n\n${table}\n` }], { lexicon: terns });
    expect(report.conflicts).toEqual([]);
  });

  it('a quantised build\'s score is not the model\'s, and a quant type names no row', () => {
    expect(read('Tern-3-72B-Instruct', 'The Q4_K_M build of Tern-3-72B-Instruct scores 71.2 on QuizBench.')).toEqual([]);
    expect(read('Tern-3-72B-Instruct', 'A 4-bit version of Tern-3-72B-Instruct scores 70.9 on QuizBench.')).toEqual([]);
    expect(read('Tern-3-72B-Instruct', 'Tern-3-72B-Instruct的Q4_K_M量化版在QuizBench上拿到71.2分。')).toEqual([]);
    expect(read('Tern-3-72B-Instruct', 'Tern-3-72B-Instruct FP8 scores 71.6 on QuizBench.')).toEqual([]);
    // (Nor where the name's version goes on past what the pack knows: "Tern-3.5" read as "Tern-3", then the build's token.)
    expect(read('Tern-3 notes', 'A Tern-3.5 FP8 build scored 64.2 on QuizBench.')).toEqual([]);
    expect(read('Tern-3 notes', 'The test used a Tern-3.5 W8A8 model cut down to 10 layers.')).toEqual([]);
    expect(read('Tern-3-72B-Instruct', 'Tern-3-72B-Instruct scores 71.7 on QuizBench.')).toEqual([['tern-3-72b-instruct', 'benchmark.quizbench', 71.7, null]]);
    expect(read('Tern-3-72B-Instruct-GGUF', '| Quant | QuizBench |\n|---|---|\n| Q8_0 | 71.7 |\n| Q4_K_M | 71.2 |\n| IQ3_M | 69.0 |')).toEqual([]);
  });

  it('a build is named by a pack\'s build words only: a token that is merely no name, or "the port of", leaves the name its figures', () => {
    // A finance pack says "EBITDA" and "GAAP" are no names; that makes no build of the company they follow.
    const firms = inlinePack('firms-notnames', [
      'names:',
      '  notNames: [EBITDA, GAAP]',
      'entities:',
      '  - {id: halwick, name: Halwick Foods, type: organization, aliases: [Halwick Foods, Halwick]}',
      'attributes:',
      '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [organization]}',
    ]);
    const revenue = (text: string) => claimsUnder(firms, 'Results', text).filter((c) => c.attribute === 'revenue').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(revenue('Halwick Foods (GAAP) revenue was $41 million in 2024.')).toEqual([['halwick', 41e6]]);
    expect(revenue('Halwick EBITDA rose, and revenue reached $40 million in 2024.')).toEqual([['halwick', 40e6]]);
    const ports = inlinePack('ports-build', [
      'entityTypes:',
      '  - {type: port, headers: [port, harbour]}',
      'entities:',
      '  - {id: saltmere, name: Saltmere, type: port, aliases: [Saltmere]}',
      'attributes:',
      '  - {id: port.teu, label: container throughput, kind: quantity, unit: TEU, unitWords: [TEU], triggers: [handled, throughput], subjects: [port]}',
    ]);
    const teu = (text: string) => claimsUnder(ports, 'Harbours', text).filter((c) => c.attribute === 'port.teu').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(teu('The port of Saltmere handled 4.1 million TEU in 2024.')).toEqual([['saltmere', 4.1e6]]);
    expect(teu('After the conversion of Saltmere into a free port, throughput of Saltmere reached 3.9 million TEU.')).toEqual([['saltmere', 3.9e6]]);
  });
});

describe('benchmarks whose names share a head: "QuizBench" and "QuizBench-Pro"', () => {
  const quiz = inlinePack('quizpro', [
    'entities:',
    '  - {id: tern-5-9b, name: Tern-5-9B, type: model, aliases: [Tern-5-9B]}',
    'attributes:',
    '  - {id: benchmark.quizbench, label: QuizBench score, kind: quantity, unit: score, triggers: [on QuizBench, QuizBench], headers: [QuizBench], subjects: [model], metricOf: benchmark}',
    '  - {id: benchmark.quizbench-pro, label: QuizBench-Pro score, kind: quantity, unit: score, triggers: [QuizBench-Pro], headers: [QuizBench-Pro], subjects: [model], metricOf: benchmark}',
  ]);
  /** [attribute, value, setting] of each claim of a sentence under the model's heading. */
  const read = (text: string) =>
    claimsUnder(quiz, 'Tern-5-9B', text)
      .filter((c) => c.derivedFrom === undefined)
      .map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null]);

  it('a trigger a hyphen joins to a word after it is the longer name\'s, or no trigger; a setting after another benchmark\'s name is that one\'s', () => {
    expect(read('Tern-5-9B scores 61.2 on QuizBench-Pro (5-shot) and 80.4 on QuizBench (0-shot).')).toEqual([
      ['benchmark.quizbench-pro', 61.2, '5-shot'],
      ['benchmark.quizbench', 80.4, '0-shot'],
    ]);
    expect(read('Tern-5-9B scores 58.0 on QuizBench-Redux.')).toEqual([]);
    expect(read('Tern-5-9B scores 80.4 on QuizBench (5-shot).')).toEqual([['benchmark.quizbench', 80.4, '5-shot']]);
  });
});

describe('a trigger between two figures', () => {
  const results = inlinePack('results-tie', [
    'entities:',
    '  - {id: pellam, name: Pellam Works, type: organization, aliases: [Pellam Works, Pellam]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: USD, triggers: [revenue], subjects: [organization]}',
    '  - {id: operating.profit, label: operating profit, kind: quantity, unit: USD, triggers: [operating profit], subjects: [organization]}',
  ]);
  const read = (text: string) =>
    claimsUnder(results, 'Pellam Works', text)
      .filter((c) => c.derivedFrom === undefined)
      .map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('is the figure\'s after it when "of" or "at" joins them, else the figure\'s before it', () => {
    expect(read('Pellam said operating profit rose 7% to $51.2 million on revenue of $482 million.')).toEqual([
      ['operating.profit', 51.2e6],
      ['revenue', 482e6],
    ]);
    expect(read('Pellam reported $482 million in revenue and $51.2 million of operating profit.')).toEqual([
      ['revenue', 482e6],
      ['operating.profit', 51.2e6],
    ]);
  });
});

describe('a signing: a negation before the base form or an auxiliary, and who joins whom', () => {
  const clubs = inlinePack('transfers', [
    'entityTypes:',
    '  - {type: organization, headers: [club, squadra]}',
    '  - {type: player, headers: [player, giocatore]}',
    'entities:',
    '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
    '  - {id: corrastra, name: Corrastra FC, type: organization, aliases: [Corrastra FC, Corrastra]}',
    '  - {id: tollund, name: Rafe Tollund, type: player, aliases: [Rafe Tollund, Tollund]}',
    '  - {id: lentisco, name: Dario Lentisco, type: player, aliases: [Dario Lentisco, Lentisco]}',
    'events:',
    '  - {id: signing, label: signing, triggers: [signed for, joined, ha firmato, ha firmado, firmó], negations: [not, non, non ha, no ha], participantTypes: [player, organization], minParticipants: 1}',
  ]);
  /** [entity id, polarity] of each signing a text states. */
  const signings = (text: string, lang = 'en') =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n${text}\n` }], { lexicon: clubs })
      .claims.filter((c) => c.attribute === 'event.signing')
      .map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);

  it('"did not sign for" is the base form of the trigger "signed for" after "did not", and denies it; so does "didn\'t"', () => {
    expect(signings('Rafe Tollund did not sign for Fenwold Albion.')).toEqual([['fenwold+tollund', 'not-happened']]);
    expect(signings("Rafe Tollund didn't sign for Fenwold Albion.")).toEqual([['fenwold+tollund', 'not-happened']]);
    // (The base form alone is no trigger: "to sign for" is a plan, not a signing.)
    expect(signings('Rafe Tollund hopes to sign for Fenwold Albion.')).toEqual([]);
  });

  it('a negation before the auxiliary a trigger opens on ("non ha firmato", "no ha firmado") denies the event', () => {
    expect(signings('Tollund non ha firmato con il Fenwold.', 'it')).toEqual([['fenwold+tollund', 'not-happened']]);
    expect(signings('Tollund no ha firmado con el Fenwold.', 'es')).toEqual([['fenwold+tollund', 'not-happened']]);
    expect(signings('Tollund ha firmato con il Fenwold.', 'it')).toEqual([['fenwold+tollund', 'happened']]);
  });

  it('a one-participant event between a subject and an object of two types it takes is the pair\'s: two players joining one club are two signings', () => {
    expect(signings('Rafe Tollund joined Fenwold Albion in 2022.')).toEqual([['fenwold+tollund', 'happened']]);
    expect(signings('Rafe Tollund has not signed for Fenwold Albion.')).toEqual([['fenwold+tollund', 'not-happened']]);
    const report = checkTexts(
      [
        { file: 'a.md', text: 'Rafe Tollund joined Fenwold Albion in 2022.\n' },
        { file: 'b.md', text: 'Dario Lentisco joined Fenwold Albion on 1 September 2025.\n' },
      ],
      { lexicon: clubs },
    );
    expect(report.conflicts).toEqual([]);
    // (The object may stand further on in the clause; a personal pronoun as the subject is the person the page is about, or
    // no one: the club alone would be the wrong key.)
    expect(signings('Tollund firmó hoy, 29 de agosto de 2025, su contrato con el Fenwold.', 'es')).toEqual([['fenwold+tollund', 'happened']]);
    expect(signings('# Rafe Tollund\n\nHe joined Fenwold Albion on 1 September 2025.')).toEqual([['fenwold+tollund', 'happened']]);
    expect(signings('# Notes\n\nHe joined Fenwold Albion on 1 September 2025.')).toEqual([]);
    // (One name alone is still the event's.)
    expect(signings('Dario Lentisco joined in 2022.')).toEqual([['lentisco', 'happened']]);
  });
});

describe("an event's word that modifies a noun after it", () => {
  const craft = inlinePack('probes', [
    'entityTypes:',
    '  - {type: spacecraft, headers: [probe]}',
    'entities:',
    '  - {id: orvane, name: Orvane, type: spacecraft, aliases: [Orvane]}',
    'attributes:',
    '  - {id: launch.mass, label: launch mass, kind: quantity, unit: kg, triggers: [launch mass, masse au lancement], subjects: [spacecraft], timeless: true}',
    'events:',
    '  - {id: launch, label: launch, triggers: [launch, launched, lancement], negations: [not, pas], participantTypes: [spacecraft], minParticipants: 1}',
  ]);
  const launches = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-01-10\n---\n\n${text}\n` }], { lexicon: craft })
      .claims.filter((c) => c.attribute === 'event.launch')
      .map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);
  it('is no event: inside an attribute\'s name ("a launch mass of", "sa masse au lancement") or before "weight", "date", "price"', () => {
    expect(launches('Orvane has a launch mass of 2,150 kg.')).toEqual([]);
    expect(launches('Orvane a une masse au lancement de 2 150 kg.')).toEqual([]);
    expect(launches('Orvane has a launch weight of 2,150 kg.')).toEqual([]);
    expect(launches('Orvane has a launch date of 3 March 2026.')).toEqual([]);
    expect(launches('Orvane has not launched yet.')).toEqual([['orvane', 'not-happened']]);
    expect(launches('The launch of Orvane took place in 2024.')).toEqual([['orvane', 'happened']]);
  });
});

describe('a change after a verb of growth, in the languages news is written in', () => {
  const firms = inlinePack('firms-fxb', [
    'entities:',
    '  - {id: tovarek, name: Tovarek Werke, type: organization, aliases: [Tovarek Werke, Tovarek]}',
    'attributes:',
    '  - {id: team.size, extends: true, triggers: [Beschäftigte, empleados, salariés, dipendenti], unitWords: [Beschäftigte, empleados, salariés, dipendenti]}',
  ]);
  const staff = (text: string) => figuresWith(firms, text, 'team.size');

  it('"wächst um", "crece en", "augmente de", "cresce di" before a figure: the size of the change, no level', () => {
    expect(staff('Mit dem Zukauf wächst Tovarek um rund 700 Beschäftigte.')).toEqual([]);
    expect(staff('Con la compra, Tovarek crece en unos 700 empleados.')).toEqual([]);
    expect(staff('Avec ce rachat, Tovarek augmente de 700 salariés.')).toEqual([]);
    expect(staff('Con l’acquisizione Tovarek cresce di circa 700 dipendenti.')).toEqual([]);
    expect(staff('Tovarek grows by about 700 employees.')).toEqual([]);
    expect(staff('Seit 2023 ist Tovarek um 700 Beschäftigte gewachsen.')).toEqual([]);
  });

  it('the level itself is still read, and so is the level a change reached', () => {
    expect(staff('Tovarek beschäftigt rund 9.800 Beschäftigte.')).toEqual([['tovarek', 9800]]);
    expect(staff('Tovarek cuenta con 9.800 empleados.')).toEqual([['tovarek', 9800]]);
    expect(staff('Tovarek wächst um 700 auf 9.800 Beschäftigte.')).toEqual([['tovarek', 9800]]);
  });
});

describe('a date in a parenthesis that gives another figure', () => {
  const firms = inlinePack('firms-fxb2', [
    'entities:',
    '  - {id: tovarek, name: Tovarek Werke, type: organization, aliases: [Tovarek Werke, Tovarek]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue], headers: [revenue], subjects: [organization]}',
    '  - {id: deliveries, label: deliveries, kind: quantity, unit: units, unitWords: [units], triggers: [deliveries], headers: [deliveries], subjects: [organization]}',
  ]);
  /** [attribute, value, period] of each claim of a text under the company's heading. */
  const dated = (text: string) =>
    claimsUnder(firms, 'Tovarek Werke', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);

  it('"(Q1 2024: €531.0 million)", "(2023: 8)" date the figure inside, never the one before the parenthesis', () => {
    expect(dated('- Revenue: €612.5 million (Q2 2024: €587.0 million)')).toEqual([['revenue', 612.5e6, null]]);
    expect(dated('- Deliveries: 14 (2023: 9)')).toEqual([['deliveries', 14, null]]);
    expect(dated('- Deliveries: 14 (9 in 2023)')).toEqual([['deliveries', 14, null]]);
    expect(dated('| Metric | Value |\n|---|---|\n| Revenue | €612.5 million (Q2 2024: €587.0 million) |')).toEqual([['revenue', 612.5e6, null]]);
  });

  it('a parenthesis with a date alone still dates the figure', () => {
    expect(dated('- Revenue: €612.5 million (Q2 2024)')).toEqual([['revenue', 612.5e6, 'Q2 2024']]);
    expect(dated('- Deliveries: 14 (as of May 2025)')).toEqual([['deliveries', 14, 'May 2025']]);
  });
});

describe("a person's age beside another attribute in years", () => {
  const clubs = inlinePack('clubs-fxb', [
    'entityTypes:',
    '  - {type: player, headers: [player, delantero, attaccante]}',
    'entities:',
    '  - {id: varga, name: Tomas Varga, type: player, aliases: [Tomas Varga, Varga]}',
    'attributes:',
    '  - {id: contract.length, label: contract length, kind: quantity, unit: years, triggers: [contract, contrato, contratto], subjects: [player]}',
  ]);
  const years = (text: string) => figuresWith(clubs, text, 'contract.length');

  it('"de 24 años", "24 anni", "aged 24", "24-year-old", "(24)" after a name are the age, no contract length', () => {
    expect(years('Varga, de 24 años, tiene contrato hasta 2027.')).toEqual([]);
    expect(years('Varga, 24 anni, ha un contratto fino al 2027.')).toEqual([]);
    expect(years('Varga, aged 24, has a contract until 2027.')).toEqual([]);
    expect(years('Varga, 24, has a contract until 2027.')).toEqual([]);
    expect(years('Varga (24) has a contract until 2027.')).toEqual([]);
    expect(years('The 24-year-old Varga has a contract until 2027.')).toEqual([]);
  });

  it('the contract length itself is read, set off by commas after its own trigger too', () => {
    expect(years('Varga ha firmato un contratto di 4 anni.')).toEqual([['varga', 4]]);
    expect(years('Varga firmó un contrato, de 4 años, con el club.')).toEqual([['varga', 4]]);
    expect(years('Varga signed a four-year contract.')).toEqual([['varga', 4]]);
  });

  it('an age attribute whose trigger is in the phrase keeps its age', () => {
    const people = inlinePack('people-fxb', [
      'entityTypes:',
      '  - {type: player, headers: [player]}',
      'entities:',
      '  - {id: varga, name: Tomas Varga, type: player, aliases: [Tomas Varga, Varga]}',
      'attributes:',
      '  - {id: age, label: age, kind: quantity, unit: years, triggers: [aged, years old, años], subjects: [player]}',
    ]);
    expect(figuresWith(people, 'Varga, aged 24, has a contract until 2027.', 'age')).toEqual([['varga', 24]]);
    expect(figuresWith(people, 'Varga, de 24 años, tiene contrato hasta 2027.', 'age')).toEqual([['varga', 24]]);
  });
});

describe('a level said to hold now, of an attribute that never changes', () => {
  const craft = inlinePack('craft-fxb', [
    'entityTypes:',
    '  - {type: spacecraft, headers: [spacecraft, probe]}',
    'entities:',
    '  - {id: wren, name: Wren, type: spacecraft, aliases: [Wren]}',
    'attributes:',
    '  - {id: launch.mass, label: launch mass, kind: quantity, unit: kg, triggers: [launch mass, mass, weighs], subjects: [spacecraft], timeless: true}',
  ]);
  const mass = (text: string) => figuresWith(craft, text, 'launch.mass');

  it('"is now about 900 kg", "now weighs", "is currently": a level after a change, no value of an attribute that never changes', () => {
    expect(mass("Wren's mass is now about 900 kg after the final burn.")).toEqual([]);
    expect(mass('Wren now weighs about 900 kg.')).toEqual([]);
    expect(mass("Wren's mass is currently 900 kg.")).toEqual([]);
    expect(mass("Wren's mass is about 1,800 kg.")).toEqual([['wren', 1800]]);
    expect(mass("Wren's launch mass is now estimated at 1,850 kg.")).toEqual([['wren', 1850]]);
  });

  it('"after the burn", "since the separation", "following the burn", "après la manœuvre", "tras la maniobra", "nach dem Manöver": a level after a change, too', () => {
    expect(mass('Wren weighs about 900 kg after the final burn.')).toEqual([]);
    expect(mass('Wren has weighed 900 kg since the separation of its stage.')).toEqual([]);
    expect(mass('Following the burn, Wren weighs about 900 kg.')).toEqual([]);
    expect(mass('Wren weighs 900 kg following the second burn.')).toEqual([]);
    const fr = inlinePack('craft-fxe-fr', [
      'entityTypes:',
      '  - {type: spacecraft, headers: [spacecraft, sonde, sonda]}',
      'entities:',
      '  - {id: wren, name: Wren, type: spacecraft, aliases: [Wren]}',
      'attributes:',
      '  - {id: launch.mass, label: launch mass, kind: quantity, unit: kg, triggers: [weighs, pèse, pesa, wiegt, masse, masa], subjects: [spacecraft], timeless: true}',
    ]);
    expect(figuresWith(fr, 'Wren pèse 900 kg après la manœuvre.', 'launch.mass')).toEqual([]);
    expect(figuresWith(fr, 'Wren pesa 900 kg tras la maniobra de frenado.', 'launch.mass')).toEqual([]);
    expect(figuresWith(fr, 'Wren pesa 900 kg después de la maniobra.', 'launch.mass')).toEqual([]);
    expect(figuresWith(fr, 'Wren wiegt nach dem Manöver 900 kg.', 'launch.mass')).toEqual([]);
    expect(figuresWith(fr, 'Depuis la manœuvre, Wren pèse 900 kg.', 'launch.mass')).toEqual([]);
    // The mass at launch, fuelled, or ranked after another name is the value.
    expect(mass('Wren weighs 1,800 kg at launch.')).toEqual([['wren', 1800]]);
    expect(mass('Wren weighs 1,800 kg fuelled.')).toEqual([['wren', 1800]]);
    expect(mass('Wren weighs 1,800 kg, second after Orla-3.')).toEqual([['wren', 1800]]);
    expect(mass('Wren weighs 1,800 kg and was launched after the storm.')).toEqual([['wren', 1800]]);
    expect(figuresWith(fr, 'Wren pèse 1 800 kg au lancement.', 'launch.mass')).toEqual([['wren', 1800]]);
    expect(mass('Since 2019, Wren weighs 1,800 kg.')).toEqual([['wren', 1800]]);
  });

  it('a sum is no level: "signed for €9.5 million after three rounds of talks" keeps the fee that never changes', () => {
    const clubs = inlinePack('fees-after', [
      'entityTypes:',
      '  - {type: player, headers: [player]}',
      'entities:',
      '  - {id: varga, name: Ilan Varga, type: player, aliases: [Ilan Varga, Varga]}',
      'attributes:',
      '  - {id: transfer.fee, label: transfer fee, kind: quantity, unit: EUR, triggers: [signed for, fee], subjects: [player], timeless: true}',
    ]);
    expect(figuresWith(clubs, 'Varga signed for €9.5 million after three rounds of talks.', 'transfer.fee')).toEqual([['varga', 9.5e6]]);
    expect(figuresWith(clubs, 'After a long negotiation, Varga signed for €9.5 million.', 'transfer.fee')).toEqual([['varga', 9.5e6]]);
  });

  it('"current mass", "masse actuelle": the level now, too; "dry mass" is another kind the pack names by a blocker', () => {
    expect(mass("Wren's current mass is 900 kg.")).toEqual([]);
    expect(mass('La masse actuelle de Wren est 900 kg.')).toEqual([]);
    expect(mass('Wren has a mass of 1,800 kg.')).toEqual([['wren', 1800]]);
    const blocked = inlinePack('craft-fxb2', [
      'entityTypes:',
      '  - {type: spacecraft, headers: [spacecraft, probe]}',
      'entities:',
      '  - {id: wren, name: Wren, type: spacecraft, aliases: [Wren]}',
      'attributes:',
      '  - {id: launch.mass, label: launch mass, kind: quantity, unit: kg, triggers: [launch mass, mass], blockers: [dry mass], subjects: [spacecraft], timeless: true}',
    ]);
    expect(figuresWith(blocked, 'Wren has a dry mass of 700 kg.', 'launch.mass')).toEqual([]);
  });
});

describe('a figure after "est de", "es de" (is), past a name that ends on a number', () => {
  const rockets = inlinePack('rockets-de', [
    'entityTypes:',
    '  - {type: rocket, headers: [rocket, fusée, cohete]}',
    'entities:',
    '  - {id: orva-4, name: Orva-4, type: rocket, aliases: [Orva-4]}',
    'attributes:',
    '  - {id: price, label: launch price, kind: quantity, unit: EUR, triggers: [prix de lancement, precio de lanzamiento, launch price], subjects: [rocket]}',
  ]);
  const read = (text: string) => claimsUnder(rockets, 'Notes', text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('is the value, not a part counted "of" a whole after the name\'s number', () => {
    expect(read("Le prix de lancement de l'Orva-4 est de 68 millions d'euros.")).toEqual([['orva-4', 'price', 68e6]]);
    expect(read('El precio de lanzamiento del Orva-4 es de 68 millones de euros.')).toEqual([['orva-4', 'price', 68e6]]);
  });
});

describe('a place glued to the name after it by the attribute\'s hyphenated trigger ("London-based X")', () => {
  const firms = inlinePack('based', [
    'entities:',
    '  - {id: halwick, name: Halwick Foods, type: organization, aliases: [Halwick Foods, Halwick]}',
    'attributes:',
    '  - id: headquarters',
    '    extends: true',
    '    values:',
    '      - {id: ardley, synonyms: [Ardley]}',
    '      - {id: wessex, synonyms: [Wessex]}',
  ]);
  const read = (text: string) =>
    claimsUnder(firms, 'Notes', text)
      .filter((c) => c.attribute === 'headquarters')
      .map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('is that name\'s headquarters, a region between or a dateline before it', () => {
    expect(read('Ardley-based Halwick Foods cut its prices.')).toEqual([['halwick', 'ardley']]);
    expect(read('The Ardley-based Halwick Foods cut its prices.')).toEqual([['halwick', 'ardley']]);
    expect(read('Ardley, Wessex-based Halwick Foods cut its prices.')).toEqual([['halwick', 'ardley']]);
    expect(read('June 24 (Wire) - Ardley-based Halwick Foods cut its prices.')).toEqual([['halwick', 'ardley']]);
    // Another hyphenated word is no trigger of the attribute: "Ardley-style" says nothing of where Halwick is.
    expect(read('Ardley-style Halwick Foods cut its prices.')).toEqual([]);
  });

  it('dated only by its dateline, a category meets an undated one of another article; one its own words date does not', () => {
    const conflicts = (a: string, b: string) =>
      analyse([{ file: 'a.md', text: `---\ndate: 2025-06-24\n---\n# Notes\n\n${a}\n` }, { file: 'b.md', text: `# Notes\n\n${b}\n` }], { lexicon: firms }).report.conflicts.map((c) => c.message);
    expect(conflicts('June 24 (Wire) - Ardley-based Halwick Foods cut its prices.', 'Halwick Foods is headquartered in Wessex.')).toHaveLength(1);
    expect(conflicts('ARDLEY, June 24, 2025 — Ardley-based Halwick Foods cut its prices.', 'Halwick Foods is headquartered in Wessex.')).toHaveLength(1);
    expect(conflicts('June 24 (Wire) - Ardley-based Halwick Foods cut its prices.', 'Halwick Foods is headquartered in Ardley.')).toEqual([]);
    expect(conflicts('In 2019 Halwick Foods was headquartered in Ardley.', 'Halwick Foods is headquartered in Wessex.')).toEqual([]);
  });

  it('a timeline\'s entries keep their dates: a category that changed between two entries is no conflict', () => {
    const one = (text: string) => analyse([{ file: 'a.md', text: `# Halwick Foods\n\n${text}\n` }], { lexicon: firms }).report.conflicts.map((c) => c.message);
    expect(one('- 2019-03: Halwick Foods was headquartered in Ardley.\n- 2023-05: Halwick Foods is headquartered in Wessex.')).toEqual([]);
    expect(one('March 2019: Halwick Foods was headquartered in Ardley.\n\nMay 2023: Halwick Foods is headquartered in Wessex.')).toEqual([]);
  });
});

describe('a heading that describes its first name ("# X, the new satellite of Y")', () => {
  const craft = inlinePack('craft-apposed', [
    'entityTypes:',
    '  - {type: spacecraft, headers: [satellite, satellite]}',
    'entities:',
    '  - {id: wren-7, name: Wren-7, type: spacecraft, aliases: [Wren-7]}',
    '  - {id: ostral, name: Ostral Space, type: organization, aliases: [Ostral Space, Ostral]}',
    'attributes:',
    '  - {id: design.life, label: design life, kind: quantity, unit: years, triggers: [design life, durée de vie nominale], headers: [design life, durée de vie nominale], subjects: [spacecraft]}',
  ]);
  const read = (heading: string, text: string) =>
    claimsUnder(craft, heading, text).map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('is about that name: the owner its description names is not the subject of the lines below', () => {
    expect(read('Wren-7, the new satellite of Ostral Space', '- Design life: 12 years')).toEqual([['wren-7', 'design.life', 12]]);
    expect(read('Wren-7, le nouveau satellite d’Ostral Space', '- Durée de vie nominale : 12 ans')).toEqual([['wren-7', 'design.life', 12]]);
    // Two names side by side name no one subject.
    expect(read('Wren-7 and Ostral Space', '- Design life: 12 years')).toEqual([]);
  });
});

describe('a Han word, a hyphen and a signed percentage is a change, not a name', () => {
  const firms = inlinePack('firms-fxe', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: lumen, name: Lumen Tech, type: company, aliases: [Lumen Tech, 流明科技]}',
    'attributes:',
    '  - {id: revenue, label: revenue, kind: quantity, unit: CNY, triggers: [营收], subjects: [company]}',
  ]);
  it('"同比-15%" leaves the heading\'s company the subject, as "同比下降15%" does; "燕鸥-2-70B" is still a name', () => {
    expect(figuresWith(firms, '2024年营收为120亿元，同比-15%。', 'revenue', '流明科技')).toEqual([['lumen', 12e9]]);
    expect(figuresWith(firms, '2024年营收为120亿元，环比-3.5%。', 'revenue', '流明科技')).toEqual([['lumen', 12e9]]);
    expect(figuresWith(firms, '2024年营收为120亿元，同比下降15%。', 'revenue', '流明科技')).toEqual([['lumen', 12e9]]);
    expect(findMentions(firms, '营收为120亿元，同比-15%。').map((m) => m.entity.name)).toEqual([]);
    expect(findMentions(firms, '上一代的燕鸥-2-70B在测试中得分63.2。').map((m) => m.entity.name.endsWith('燕鸥-2-70B'))).toEqual([true]);
  });
});

describe('a sum paid "for" a name, of an attribute the payer cannot hold', () => {
  const clubs = inlinePack('fees-fxd', [
    'entityTypes:',
    '  - {type: organization, headers: [club, squadra, verein]}',
    '  - {type: player, headers: [player, jugador, giocatore, spieler]}',
    'entities:',
    '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
    '  - {id: tollund, name: Rafe Tollund, type: player, aliases: [Rafe Tollund, Tollund]}',
    '  - {id: lentisco, name: Dario Lentisco, type: player, aliases: [Dario Lentisco, Lentisco]}',
    'attributes:',
    '  - {id: transfer.fee, label: transfer fee, kind: quantity, unit: EUR, triggers: [fee, traspaso, fijos, cartellino, Ablöse], subjects: [player]}',
  ]);
  const fees = (text: string, lang = 'en') =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n${text}\n` }], { lexicon: clubs })
      .claims.filter((c) => c.attribute === 'transfer.fee')
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.counterpart?.id ?? null]);

  it('is the fee of the one paid for: a name after "for", "por", "per", "für"', () => {
    expect(fees('Fenwold Albion paid a fee of €48 million for Rafe Tollund.')).toEqual([['tollund', 48e6, null]]);
    expect(fees('El Fenwold pagará un traspaso de 48 millones de euros por Tollund.', 'es')).toEqual([['tollund', 48e6, null]]);
    expect(fees('Il Fenwold ha pagato un cartellino di 48 milioni di euro per Tollund.', 'it')).toEqual([['tollund', 48e6, null]]);
    expect(fees('Fenwold zahlt eine Ablöse von 48 Millionen Euro für Tollund.', 'de')).toEqual([['tollund', 48e6, null]]);
  });

  it('a type noun there ("por el jugador") is the one name of its type the paragraph gave before', () => {
    expect(fees('El Fenwold ha cerrado el fichaje de Rafe Tollund. El club abonará 48 millones de euros fijos por el jugador.', 'es')).toEqual([['tollund', 48e6, null]]);
    expect(fees('Fenwold Albion paid a fee of €48 million for the player.')).toEqual([]);
    expect(fees('Tollund and Lentisco trained with Fenwold. The club paid a fee of €48 million for the player.')).toEqual([]);
  });

  it('a fee of a name the attribute describes before it stays that name\'s', () => {
    expect(fees('Fenwold Albion signed Rafe Tollund for a fixed fee of €42 million.')).toEqual([['tollund', 42e6, null]]);
    expect(fees('Fenwold Albion paid a fee of €48 million for the season.')).toEqual([]);
    // (Without a payer the sentence says whose the sum is some other way, or not at all; a count is no sum paid.)
    expect(fees('Fees start at €48 million for the player.')).toEqual([]);
    const apps = inlinePack('apps-fxd', [
      'entityTypes:',
      '  - {type: organization, headers: [club]}',
      '  - {type: player, headers: [player]}',
      'entities:',
      '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
      '  - {id: corrastra, name: Corrastra FC, type: organization, aliases: [Corrastra FC, Corrastra]}',
      '  - {id: tollund, name: Rafe Tollund, type: player, aliases: [Rafe Tollund, Tollund]}',
      'attributes:',
      '  - {id: appearances, label: appearances, kind: quantity, unit: appearances, unitWords: [appearances], triggers: [appearances], subjects: [player]}',
    ]);
    expect(figuresWith(apps, 'Tollund joined Fenwold from Corrastra in 2022. He has made 96 appearances for the club.', 'appearances', 'Rafe Tollund')).toEqual([['tollund', 96]]);
  });
});

describe('a type noun as the subject, and a participle\'s clause that opens the sentence', () => {
  const clubs = inlinePack('clubs-fxd', [
    'entityTypes:',
    '  - {type: organization, headers: [club, squadra, società, verein, equipo]}',
    '  - {type: stadium, headers: [stadium, stadio]}',
    'entities:',
    '  - {id: corvara, name: Calcio Corvara, type: organization, aliases: [Calcio Corvara, Corvara]}',
    '  - {id: lenti, name: Stadio Ottavio Lenti, type: stadium, aliases: [Stadio Ottavio Lenti, Ottavio Lenti]}',
    'attributes:',
    '  - {id: stadium.capacity, label: stadium capacity, kind: quantity, unit: seats, unitWords: [seats, spettatori], triggers: [capacity, capienza], subjects: [stadium]}',
  ]);
  /** [entity id, attribute, value] of each claim a text states under a heading that names the club. */
  const claims = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n# Calcio Corvara\n\n${text}\n` }], { lexicon: clubs }).claims.map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'event' ? c.value.polarity : c.attribute.endsWith('.date') ? c.value.text : c.value.kind === 'quantity' ? c.value.min : null,
    ]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  const founded = [
    ['corvara', 'event.founding', 'happened'],
    ['corvara', 'event.founding.date', '1911'],
  ];

  it('"il club", "la squadra", "der Verein", "el equipo": a definite type noun is the name of its type the section is about', () => {
    expect(claims('Il club è stato fondato nel 1911.', 'it')).toEqual(founded);
    expect(claims('La squadra è stata fondata nel 1911.', 'it')).toEqual(founded);
    expect(claims('La società è stata fondata nel 1911.', 'it')).toEqual(founded);
    expect(claims('El equipo fue fundado en 1911.', 'es')).toEqual(founded);
    expect(claims('Der Verein wurde 1911 gegründet.', 'de')).toEqual(founded);
    expect(claims('The club was founded in 1911.', 'en')).toEqual(founded);
  });

  it('a participle\'s clause that opens the sentence gives its event to the main clause\'s subject, a type noun too, and takes no figure of it', () => {
    expect(claims('Fondata nel 1911, la squadra gioca allo Stadio Ottavio Lenti, che ha una capienza di 27.300 spettatori.', 'it')).toEqual([
      ...founded,
      ['lenti', 'stadium.capacity', 27300],
    ]);
    expect(claims('Fondata da studenti, la squadra gioca allo Stadio Ottavio Lenti, che ha una capienza di 27.300 spettatori.', 'it')).toEqual([
      ['corvara', 'event.founding', 'happened'],
      ['lenti', 'stadium.capacity', 27300],
    ]);
    expect(claims('Founded in 1911, the club plays at the Stadio Ottavio Lenti.', 'en')).toEqual(founded);
    // (A pack's trigger that goes on past the participle: "fondata nel".)
    const withTrigger = inlinePack('clubs-fxd-nel', [
      'entityTypes:',
      '  - {type: organization, headers: [club, squadra]}',
      'entities:',
      '  - {id: corvara, name: Calcio Corvara, type: organization, aliases: [Calcio Corvara, Corvara]}',
      'events:',
      '  - {id: founding, extends: true, triggers: [fondata nel]}',
    ]);
    expect(
      analyse([{ file: 'a.md', text: '---\nlang: it\n---\n\n# Calcio Corvara\n\nFondata nel 1911 da un gruppo di studenti, la squadra gioca in città.\n' }], { lexicon: withTrigger }).claims.map((c) => [c.entity.id, c.attribute]),
    ).toEqual([
      ['corvara', 'event.founding'],
      ['corvara', 'event.founding.date'],
    ]);
    expect(claims('Gegründet 1911, spielt der Verein im Stadio Ottavio Lenti.', 'de')).toEqual(founded);
    // (A type noun of a type the event does not take is no subject of it.)
    expect(claims('Founded in 1911, the stadium holds 27,300 seats.', 'en').filter(([, a]) => a === 'event.founding')).toEqual([]);
  });
});

describe('a counted noun a pack names, after a verb of having in the languages news is written in', () => {
  const farms = inlinePack('farms-fxd', [
    'entityTypes:',
    '  - {type: windfarm, headers: [wind farm, parc, Windpark]}',
    'entities:',
    '  - {id: quellmoor, name: Quellmoor Bank, type: windfarm, aliases: [Quellmoor Bank]}',
    'attributes:',
    '  - {id: turbines, label: turbine count, kind: quantity, unit: turbines, unitWords: [turbines, éoliennes, turbinas, Turbinen], triggers: [turbines, éoliennes, turbinas, Turbinen], subjects: [windfarm]}',
  ]);
  const counts = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n# Notes\n\n${text}\n` }], { lexicon: farms }).claims.map((c) => [
      c.entity.id,
      c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null,
    ]);

  it('is the count of the name: "compte 48 éoliennes", "cuenta con 48 turbinas", "verfügt über 48 Turbinen" (no "over 48")', () => {
    expect(counts('Quellmoor Bank has 48 turbines.', 'en')).toEqual([['quellmoor', [48, 48]]]);
    expect(counts('Quellmoor Bank compte 48 éoliennes.', 'fr')).toEqual([['quellmoor', [48, 48]]]);
    expect(counts('Quellmoor Bank cuenta con 48 turbinas.', 'es')).toEqual([['quellmoor', [48, 48]]]);
    expect(counts('Quellmoor Bank verfügt über 48 Turbinen.', 'de')).toEqual([['quellmoor', [48, 48]]]);
    // ("über" before a figure elsewhere is still "more than".)
    expect(counts('Quellmoor Bank hat über 48 Turbinen.', 'de')).toEqual([['quellmoor', [48, null]]]);
  });
});

describe('an amount of one act that may recur (`measure: act`): an investment with no period of its own', () => {
  const lexicon = inlinePack('stakes', [
    'entityTypes:',
    '  - {type: organization, headers: [company]}',
    'entities:',
    '  - {id: halvane, name: Halvane, type: organization}',
    '  - {id: corrix, name: Corrix, type: organization}',
    'attributes:',
    '  - {id: stake.bought, label: stake bought, kind: quantity, measure: act, unit: USD, triggers: [invested, investment], subjects: [organization]}',
  ]);
  const conflicts = (files: Record<string, string>) =>
    checkTexts(
      Object.entries(files).map(([file, text]) => ({ file, text })),
      { lexicon },
    ).conflicts.map((c) => [c.rule, c.entity.id, c.attribute, c.claims.map((x) => (x.value.kind === 'quantity' ? x.value.min : null))]);

  it('is one act of its own: an initial, an additional and a total amount never clash', () => {
    expect(
      conflicts({
        'a.md': '# Notes\n\nHalvane has invested $2 billion in Corrix.\n',
        'b.md': '# Notes\n\nHalvane made a $4 billion investment in Corrix.\n',
      }),
    ).toEqual([]);
  });

  it('figures of one period still meet, as a flow\'s', () => {
    expect(
      conflicts({
        'a.md': '# Notes\n\nIn 2024, Halvane invested $2 billion in startups.\n',
        'b.md': '# Notes\n\nIn 2024, Halvane invested $5 billion in startups.\n',
      }),
    ).toEqual([['numeric-mismatch', 'halvane', 'stake.bought', [2e9, 5e9]]]);
  });
});

/** Two labs, and the foundings read from one text: for the two describe blocks below. */
const twoLabs = inlinePack('labs', ['entities:', '  - {id: corvane, name: Corvane, type: organization}', '  - {id: halden, name: Halden, type: organization}']);
const labFoundings = (text: string) =>
  claimsIn(twoLabs, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.start ?? null]);

describe('a name that tells where a founder came from ("by former X researchers", "a X alumnus who co-founded")', () => {
  const foundings = labFoundings;

  it('is no participant of the founding: the founded thing is another', () => {
    expect(foundings('Brightwell is a safety lab founded in 2021 by former Corvane researchers.')).toEqual([]);
    expect(foundings('Founded by Ada Lind (former Corvane engineer) in 2023, Brightwell audits models.')).toEqual([]);
    expect(foundings('Ivo Brandt, a Corvane alumnus who co-founded Brightwell Capital in 2005, led the round.')).toEqual([]);
    expect(foundings('Brightwell was founded in 2019 by ex-Corvane staff.')).toEqual([]);
    expect(foundings('Brightwell, a lab founded in 2021 by a former <OrgLink id="org-12" slug="corvane-labs">Corvane</OrgLink> engineer, audits models.')).toEqual([]);
  });

  it('the founded name itself is still read', () => {
    expect(foundings('Halden was founded in 2015 by former Corvane researchers.')).toEqual([['halden', '2015-01-01']]);
  });
});

describe("a founding after a name's possessive and a noun (\"X's safety team, established in 2023\")", () => {
  const foundings = labFoundings;

  it('is the founding of what the name owns, not of the name', () => {
    expect(foundings("Corvane's alignment team, established in July 2023, was disbanded a year later.")).toEqual([]);
    expect(foundings("Halden's governance structure, established in 2023, gives the trust control.")).toEqual([]);
    expect(foundings("Corvane's Tessel Lab was founded in 2012 in Oslo.")).toEqual([]);
  });

  it('a name founded itself is still read', () => {
    expect(foundings('Halden, established in 2010, makes chips.')).toEqual([['halden', '2010-01-01']]);
  });
});

describe('"il" before a verb is the French pronoun, before a noun the Italian article ("Il presidente ha firmato")', () => {
  const clubs = inlinePack('transfers', [
    'entityTypes:',
    '  - {type: organization, headers: [club, squadra]}',
    '  - {type: player, headers: [player, giocatore]}',
    'entities:',
    '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
    '  - {id: tollund, name: Rafe Tollund, type: player, aliases: [Rafe Tollund, Tollund]}',
    'events:',
    '  - {id: signing, label: signing, triggers: [ha firmato, rejoint, signé], negations: [non, pas], participantTypes: [player, organization], minParticipants: 1}',
  ]);
  const signings = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n\n# Rafe Tollund\n\n${text}\n` }], { lexicon: clubs })
      .claims.filter((c) => c.attribute === 'event.signing')
      .map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null]);

  it('the Italian article and its noun are no person: the page\'s player is no one who signs, the club alone is named', () => {
    expect(signings('Il presidente ha firmato con il Fenwold.', 'it')).toEqual([['fenwold', 'happened']]);
    expect(signings('Il nuovo allenatore ha firmato con il Fenwold.', 'it')).toEqual([['fenwold', 'happened']]);
  });

  it('the French pronoun before an auxiliary, a negation or a clitic is still the person the page is about', () => {
    expect(signings('Il a rejoint le Fenwold en 2022.', 'fr')).toEqual([['fenwold+tollund', 'happened']]);
    expect(signings('Il avait signé au Fenwold en 2022.', 'fr')).toEqual([['fenwold+tollund', 'happened']]);
    expect(signings("Il n'a pas signé au Fenwold.", 'fr')).toEqual([['fenwold+tollund', 'not-happened']]);
  });
});

describe('a fall of a growth figure ("同比下降15%", "15% 감소") keeps its sign', () => {
  const lexicon = inlinePack('growth', [
    'entityTypes:',
    '  - {type: company, headers: [company]}',
    'entities:',
    '  - {id: halden, name: Halden, type: company, aliases: [Halden, 哈尔登, 할덴]}',
    'attributes:',
    '  - {id: revenue.growth, label: revenue growth, kind: quantity, unit: percent, triggers: [同比, 전년 대비], subjects: [company]}',
  ]);
  const growth = (sentence: string) => figuresWith(lexicon, sentence, 'revenue.growth').map(([, v]) => v);

  it('a word of decline right before the figure, or right after it, makes it negative; a rise stays positive', () => {
    expect(growth('哈尔登营收同比下降15%。')).toEqual([-15]);
    expect(growth('哈尔登营收同比减少15%。')).toEqual([-15]);
    expect(growth('哈尔登营收同比下滑15%。')).toEqual([-15]);
    expect(growth('哈尔登营收同比下跌15%。')).toEqual([-15]);
    expect(growth('哈尔登营收同比减少了15%。')).toEqual([-15]);
    expect(growth('할덴의 매출은 전년 대비 15% 감소했다.')).toEqual([-15]);
    expect(growth('哈尔登营收同比增长15%。')).toEqual([15]);
    expect(growth('할덴의 매출은 전년 대비 15% 증가했다.')).toEqual([15]);
  });
});

describe("a count of people whose trigger a noun narrows (\"X's interpretability team had 17 people\")", () => {
  const lexicon = inlinePack('labs', ['entities:', '  - {id: corvane, name: Corvane, type: organization}']);
  const staff = (text: string) => figuresWith(lexicon, text, 'team.size');

  it("is a part's count, not the organisation's headcount", () => {
    expect(staff("Corvane's interpretability team had 17 people at the time.")).toEqual([]);
    expect(staff('Corvane grew fast. Their Frontier Red Team comprises approximately 15 researchers who test systems.')).toEqual([]);
    expect(staff('The [Corvane Superalignment team](https://example.org/sa) (approximately 30 researchers) launched a program.')).toEqual([]);
    expect(staff('The [Corvane Superalignment team](https://example.org/research/index/scaling-oversight-with-weak-supervisors/) consists of approximately 30 researchers.')).toEqual([]);
    expect(staff('- Corvane (Interpretability team, ~15-25 researchers)')).toEqual([]);
    expect(staff('Corvane runs a 30-person safety team.')).toEqual([]);
  });

  it('a team, staff or workforce that only an article, a size or the name qualifies is still the headcount', () => {
    expect(staff('Corvane has a team of 40 people.')).toEqual([['corvane', 40]]);
    expect(staff("Corvane's entire team of 40 engineers shipped it.")).toEqual([['corvane', 40]]);
    expect(staff('The Corvane team has 40 people.')).toEqual([['corvane', 40]]);
    expect(staff('Corvane employs 1,500 staff.')).toEqual([['corvane', 1500]]);
  });
});

describe('a fronted phrase that holds a list ("With 20 staff and partnerships with A, B, and C, D provides")', () => {
  const lexicon = inlinePack('labs', ['entities:', '  - {id: corvane, name: Corvane, type: organization}', '  - {id: halden, name: Halden, type: organization}']);
  const staff = (text: string) => figuresWith(lexicon, text, 'team.size');

  it('ends at the comma that closes the list, not at one inside it', () => {
    expect(staff('With approximately 20 full-time staff and partnerships with Halden, Corvane, and Tessel, Quillon provides evidence.')).toEqual([]);
  });

  it('a fronted phrase without a list still gives the name the main clause opens on', () => {
    expect(staff('With approximately 20 full-time staff, Corvane provides evidence.')).toEqual([['corvane', 20]]);
  });
});

describe('an instalment of a series ("Season 2", "the first season of", "Temporada 2", "シーズン2", "Part 2")', () => {
  const shows = inlinePack('shows', [
    'entityTypes:',
    '  - {type: series, headers: [series, show]}',
    'entities:',
    '  - {id: brinewood, name: Brinewood Crowns, type: series, aliases: [Brinewood Crowns, ブラインウッド]}',
    'attributes:',
    '  - {id: hours.viewed, label: hours viewed, kind: quantity, unit: hr, triggers: [hours viewed, horas vistas, 視聴時間], headers: [hours viewed], subjects: [series]}',
  ]);
  const conflicts = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${a}\n` }, { file: 'b.md', text: `# Notes\n\n${b}\n` }], { lexicon: shows }).report.conflicts.length;
  const variants = (text: string) => claimsIn(shows, `# Notes\n\n${text}\n`, 'hours.viewed').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null]);

  it('is read as the figure\'s variant, in the languages a page is written in', () => {
    expect(variants('Brinewood Crowns: Season 2 held the top spot with 41.3 million hours viewed.')).toEqual([[41.3e6, 'season 2']]);
    expect(variants('The first season of Brinewood Crowns returned with 9.6 million hours viewed.')).toEqual([[9.6e6, 'season 1']]);
    expect(variants('Brinewood Crowns: Temporada 2 sumó 41,3 millones de horas vistas.')).toEqual([[41.3e6, 'season 2']]);
    expect(variants('Brinewood Crowns Part 2 drew 12 million hours viewed.')).toEqual([[12e6, 'part 2']]);
    expect(variants('Brinewood Crowns drew 12 million hours viewed in the 2024 season.')).toEqual([[12e6, null]]);
  });

  it('keeps two instalments apart, and an instalment from the series (whose figure may be of all of them); one instalment\'s figures still clash', () => {
    expect(
      conflicts('Brinewood Crowns: Season 2 held the top spot with 41.3 million hours viewed.', 'The first season of Brinewood Crowns returned with 9.6 million hours viewed.'),
    ).toBe(0);
    expect(conflicts('Brinewood Crowns: Season 2 drew 41.3 million hours viewed.', 'Brinewood Crowns: Season 2 drew 38 million hours viewed.')).toBe(1);
    expect(conflicts('Brinewood Crowns: Season 2 drew 41.3 million hours viewed.', 'Brinewood Crowns drew 38 million hours viewed.')).toBe(0);
  });

  it('a table row labelled "Name: Season 2" is that instalment\'s row; another label after a colon still names no row', () => {
    const table = (label: string) => `| Series | Hours viewed |\n|---|---|\n| ${label} | 41,300,000 |`;
    expect(variants(table('Brinewood Crowns: Season 2'))).toEqual([[41.3e6, 'season 2']]);
    expect(variants(table('Brinewood Crowns: Temporada 3'))).toEqual([[41.3e6, 'season 3']]);
    expect(variants(table('Brinewood Crowns: Limited Series'))).toEqual([]);
  });
});

describe('an event date that names no place, beside dates placed in two countries', () => {
  const films = inlinePack('films-dates', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: tidebreak, name: Tidebreak, type: film, aliases: [Tidebreak]}',
    'events:',
    '  - {id: release, label: release, triggers: [released, premiered, se estrenó], participantTypes: [film], minParticipants: 1}',
  ]);
  const clashes = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${a}\n` }, { file: 'b.md', text: `# Notes\n\n${b}\n` }], { lexicon: films }).report.conflicts
      .filter((c) => c.rule === 'numeric-mismatch').length;
  const placed = 'Tidebreak was released in the United States on July 11, 2025, and premiered in Spain on 18 July 2025.';

  it('is the place\'s whose date it agrees with, and is not set against another place\'s date', () => {
    expect(clashes(placed, 'Tidebreak se estrenó el 18 de julio de 2025.')).toBe(0);
  });

  it('one that agrees with no place\'s date still meets them all', () => {
    expect(clashes(placed, 'Tidebreak se estrenó el 25 de julio de 2025.')).toBe(1);
  });
});

describe('a day that ends a span after an event ("9月12日に公開され、14日までの3日間で")', () => {
  const films = inlinePack('films-spans', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: kumo-no-tou, name: Kumo no Tou, type: film, aliases: [Kumo no Tou, 雲の塔]}',
    'events:',
    '  - {id: release, label: release, triggers: [公開され, 公開, released], participantTypes: [film], minParticipants: 1}',
  ]);
  const released = (text: string) =>
    claimsIn(films, `---\ndate: 2025-06-20\nlang: ja\n---\n# 興行\n\n${text}\n`, 'event.release').map((c) => c.time ? `${c.time.start}..${c.time.end}` : null);

  it('is not the event\'s date: the day the event\'s clause writes is', () => {
    expect(released('『雲の塔』が6月6日に全国200館で公開され、8日までの3日間で観客20万人を集めた。')).toEqual(['2025-06-06..2025-06-06']);
  });

  it('a day the event\'s clause writes with no span after it still dates it', () => {
    expect(released('『雲の塔』が6月6日に全国200館で公開され、話題を集めた。')).toEqual(['2025-06-06..2025-06-06']);
    expect(released('『雲の塔』が6月6日に公開され、8日までに観客20万人を集めた。')).toEqual(['2025-06-06..2025-06-06']);
  });
});

describe('an aside "held on <date>" right after an event\'s word ("the 2025 general election, held on 21 September 2025,")', () => {
  const polls = inlinePack('polls-held', [
    'entityTypes:',
    '  - {type: jurisdiction, headers: [country]}',
    'entities:',
    '  - {id: belmoria, name: Belmoria, type: jurisdiction, aliases: [Belmoria]}',
    'events:',
    '  - {id: election, label: election, triggers: [general election, election, élections régionales], participantTypes: [jurisdiction], minParticipants: 1}',
  ]);
  const held = (text: string, lang = 'en') =>
    claimsIn(polls, `---\ndate: 2025-10-01\nlang: ${lang}\n---\n# Results\n\n${text}\n`, 'event.election').map((c) => c.time ? `${c.time.start}..${c.time.end}` : null);

  it('dates the event with the aside\'s date, not with a year written before its word', () => {
    expect(held("Belmoria's 2025 general election, held on 7 September 2025, returned a hung parliament.")).toEqual(['2025-09-07..2025-09-07']);
    expect(held('Les élections régionales de Belmoria, tenues le 7 septembre 2025, ont donné la majorité à la gauche.', 'fr')).toEqual(['2025-09-07..2025-09-07']);
  });

  it('a verb "held on to" after the comma is no such aside', () => {
    expect(held("Belmoria's 2025 general election, held on to by the old guard in March 2026, was close.")).toEqual(['2025-01-01..2025-12-31']);
  });
});

describe('a date set off by commas after a phrase that opens the sentence ("Au second tour, le 30 mars 2025, …")', () => {
  const polls = inlinePack('polls-fronted', [
    'entityTypes:',
    '  - {type: party, headers: [party, liste]}',
    'entities:',
    '  - {id: rl, name: Renouveau lémanique, type: party, aliases: [Renouveau lémanique, RL]}',
    'attributes:',
    '  - {id: vote.share, label: vote share, kind: quantity, unit: percent, triggers: [des suffrages exprimés, of the vote], subjects: [party], measure: tally}',
  ]);
  const shares = (text: string, lang = 'fr') =>
    claimsIn(polls, `---\ndate: 2025-04-02\nlang: ${lang}\n---\n# Résultats\n\n${text}\n`, 'vote.share').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);

  it('dates the figures of the clause after it, however far', () => {
    expect(shares('Au second tour, le 30 mars 2025, la liste RL conduite par une ancienne maire du chef-lieu a obtenu 44,7 % des suffrages exprimés.')).toEqual([[44.7, '30 mars 2025']]);
    expect(shares('In the runoff, on 30 March 2025, the RL list led by a former mayor of the county town won 44.7% of the vote.', 'en')).toEqual([[44.7, '30 March 2025']]);
  });

  it('a date after a phrase with a figure of its own is no such opening', () => {
    expect(shares('Avec 12 sièges, le 30 mars 2025, la liste RL conduite par une ancienne maire du chef-lieu a obtenu 44,7 % des suffrages exprimés.')).toEqual([[44.7, null]]);
  });
});

describe('a length of time in Japanese or Korean ("上映時間は118分", "121분", "2時間")', () => {
  const films = inlinePack('films-minutes', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: kumo-no-tou, name: Kumo no Tou, type: film, aliases: [Kumo no Tou, 雲の塔, 구름의 탑]}',
    'attributes:',
    '  - {id: runtime, label: running time, kind: quantity, unit: min, triggers: [上映時間, 상영 시간, runtime], subjects: [film], timeless: true}',
  ]);
  const minutes = (text: string, lang: string) =>
    claimsIn(films, `---\nlang: ${lang}\n---\n# 作品\n\n${text}\n`, 'runtime').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.value.kind === 'quantity' ? c.value.unit : null]);

  it('is read in the unit of an attribute measured in time, converted', () => {
    expect(minutes('『雲の塔』の上映時間は121分。', 'ja')).toEqual([['kumo-no-tou', 121, 'min']]);
    expect(minutes('『雲の塔』の上映時間は2時間1分。', 'ja')).toEqual([['kumo-no-tou', 121, 'min']]);
    expect(minutes('《구름의 탑》의 상영 시간은 121분이다.', 'ko')).toEqual([['kumo-no-tou', 121, 'min']]);
  });

  it('is no unit word where no attribute is measured in time', () => {
    const lexicon = inlinePack('films-scores', [
      'entityTypes:',
      '  - {type: film, headers: [film]}',
      'entities:',
      '  - {id: kumo-no-tou, name: Kumo no Tou, type: film, aliases: [Kumo no Tou, 雲の塔]}',
      'attributes:',
      '  - {id: rating, label: rating, kind: quantity, unit: points, triggers: [評価], subjects: [film]}',
    ]);
    expect(lexicon.unitWords['分']).toBeUndefined();
    expect(films.unitWords['分']).toBe('min');
  });
});

describe('a list under a bold line that names an event ("**Release dates**" over "- Country: date")', () => {
  const films = inlinePack('films-lists', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: tidewater, name: Tidewater, type: film, aliases: [Tidewater]}',
    'events:',
    '  - {id: release, label: release, triggers: [released], headers: [release date, release dates], participantTypes: [film], minParticipants: 1}',
  ]);
  const dates = (text: string) =>
    claimsIn(films, `---\ndate: 2025-10-02\n---\n# Tidewater\n\n${text}\n`, 'event.release').map((c) => [c.time ? c.time.start : null, c.where ?? null]);

  it('dates the page\'s event in each item\'s place', () => {
    expect(dates('**Release dates**\n\n- Spain: 11 July 2025\n- Japan: 6 September 2025')).toEqual([
      ['2025-07-11', 'in spain'],
      ['2025-09-06', 'in japan'],
    ]);
  });

  it('a bold line that names no event gives its items nothing; prose after the list ends it', () => {
    expect(dates('**Festivals**\n\n- Spain: 11 July 2025')).toEqual([]);
    expect(dates('**Release dates**\n\n- Spain: 11 July 2025\n\nSeen by many.\n\n- Japan: 6 September 2025')).toEqual([['2025-07-11', 'in spain']]);
  });
});

describe('a hyphenated compound of capitalised words before a noun in a title-case line ("Neglected Low-Cost Areas")', () => {
  const lexicon = inlinePack('gardens', ['entities:', '  - {id: corvane, name: Corvane, type: organization}']);
  const owners = (text: string) => [...new Set(analyse([{ file: 'a.md', text }], { lexicon }).claims.map((c) => c.entity.name))];

  it('is an adjective, no name: the labels and figures under it are no one\'s', () => {
    const titled = '---\ntitle: Rain-Garden Drainage Loop Model\n---\n\n## Types\n\n**Type 1: Wet Meadow**\n- Prevalence: 35-40% of plots\n\n**Type 2: Dry Bed**\n- Prevalence: 20-25% of plots\n';
    expect(owners(titled)).toEqual([]);
    const headed = '# Budget notes\n\n### Neglected Low-Cost Areas\n\n**Seed Banks:**\n- Current funding: $20M annually\n\n**Soil Mapping:**\n- Current funding: $15M annually\n';
    expect(owners(headed)).toEqual([]);
  });

  it('a hyphenated name alone in a heading, or in a sentence of prose, is still a name', () => {
    expect(owners('# Notes\n\n### Brant-Holloway\n\n- Current funding: $20M annually\n')).toEqual(['Brant-Holloway']);
    expect(findMentions(lexicon, 'Brant-Holloway Engines raised $20M in 2024.').map((m) => m.entity.name)).toEqual(['Brant-Holloway']);
  });
});

describe('a unit word of a money attribute that names another currency ("万元", "yuan" on a price in EUR)', () => {
  const yaml = [
    'name: carts',
    'entityTypes:',
    '  - {type: cart, headers: [cart]}',
    'entities:',
    '  - {id: pellow-t3, name: Pellow T3, type: cart, aliases: [Pellow T3]}',
    'attributes:',
    '  - {id: price, label: price, kind: quantity, unit: EUR, unitWords: [万元, yuan, 元], triggers: [priced from, kostet, 售价], headers: [price], subjects: [cart]}',
  ].join('\n');
  const carts = withInlinePack(yaml, 'carts.yml');
  const prices = (text: string) => claimsIn(carts, `# Notes\n\n${text}\n`, 'price').map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : null));

  it('keeps its own currency: a figure in yuan is never read as euros, and the scale of "万元" stays', () => {
    expect(prices('The Pellow T3 is priced from 259,800 yuan.')).toEqual([[259800, 'CNY']]);
    expect(prices('Pellow T3售价25.98万元起。')).toEqual([[259800, 'CNY']]);
    expect(prices('The Pellow T3 is priced from 49,900 euros.')).toEqual([[49900, 'EUR']]);
  });

  it('so a price in euros and one in yuan never clash', () => {
    const conflicts = analyse(
      [{ file: 'a.md', text: '# Notes\n\nDer Pellow T3 kostet ab 49.900 Euro.\n' }, { file: 'b.md', text: '# Notes\n\nThe Pellow T3 is priced from 259,800 yuan.\n' }],
      { lexicon: carts },
    ).report.conflicts;
    expect(conflicts).toEqual([]);
  });

  it('is named in a warning of the pack loader', () => {
    expect(packNotes(parsePack(yaml, 'carts.yml'))).toEqual([
      'carts.yml: attributes[0] (price).unitWords: "万元", "yuan", "元" name another currency (CNY) than the attribute\'s unit EUR: figures written with them are read in CNY, and never compared with EUR',
    ]);
  });
});

describe('a figure in a sentence or a heading that denies a report of it ("否认…传闻", "denies report", "dementiert Bericht")', () => {
  const carts = inlinePack('carts-denied', [
    'entityTypes:',
    '  - {type: cart, headers: [cart]}',
    'entities:',
    '  - {id: pellow-t3, name: Pellow T3, type: cart, aliases: [Pellow T3]}',
    'attributes:',
    '  - {id: price, label: price, kind: quantity, unit: CNY, triggers: [price, priced from, Preis, kostet, 售价, 指导价], headers: [price], subjects: [cart]}',
  ]);
  const read = (text: string) => analyse([{ file: 'a.md', text }], { lexicon: carts }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('is hearsay, not a side, in Chinese, English and German', () => {
    expect(read('# 佩洛否认Pellow T3售价29.98万元传闻\n\nPellow T3国内指导价为32.98万元。\n')).toEqual([
      [299800, 'reported'],
      [329800, 'asserted'],
    ]);
    expect(read('# Notes\n\nThe maker denied reports that the Pellow T3 is priced from 299,800 yuan.\n')).toEqual([[299800, 'reported']]);
    expect(read('---\nlang: de\n---\n# Notes\n\nDer Hersteller dementiert Berichte, der Pellow T3 kostet ab 299.800 Yuan.\n')).toEqual([[299800, 'reported']]);
    expect(read('---\nlang: de\n---\n# Hersteller dementiert Bericht: Pellow T3 kostet 299.800 Yuan\n')).toEqual([[299800, 'reported']]);
  });

  it('a denial of something else, with no report or rumour in its sentence, leaves the figure stated', () => {
    expect(read('# Notes\n\nThe maker denied any delay: the Pellow T3 is priced from 329,800 yuan.\n')).toEqual([[329800, 'asserted']]);
  });
});

describe('a correction note in German, Italian or Portuguese ("In einer früheren Version dieses Artikels hieß es …")', () => {
  const carts = inlinePack('carts-corrected', [
    'entityTypes:',
    '  - {type: cart, headers: [cart]}',
    'entities:',
    '  - {id: pellow-t3, name: Pellow T3, type: cart, aliases: [Pellow T3]}',
    'attributes:',
    '  - {id: battery, label: battery capacity, kind: quantity, unit: kWh, triggers: [Akku, batteria, bateria], headers: [battery], subjects: [cart]}',
  ]);
  const read = (lang: string, text: string) =>
    analyse([{ file: 'a.md', text: `---\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: carts }).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]);

  it('withdraws the figure it quotes, as in English; the right figure after it stands', () => {
    expect(read('de', 'Korrektur: In einer früheren Version dieses Artikels hieß es, der Akku des Pellow T3 fasse 77 kWh. Richtig sind 79 kWh.')).toEqual([[77, 'reported']]);
    expect(read('de', 'In einer früheren Fassung dieses Artikels hieß es, der Akku des Pellow T3 fasse 77 kWh.')).toEqual([[77, 'reported']]);
    expect(read('it', 'Una versione precedente di questo articolo indicava che la batteria del Pellow T3 è di 77 kWh.')).toEqual([[77, 'reported']]);
    expect(read('pt', 'Uma versão anterior deste artigo dizia que a bateria do Pellow T3 tem 77 kWh.')).toEqual([[77, 'reported']]);
  });
});

describe('an edition of a work ("the standard edition", "a deluxe edition", "l\'édition deluxe", "디럭스 에디션")', () => {
  const records = inlinePack('records', [
    'entityTypes:',
    '  - {type: album, headers: [album, record]}',
    'entities:',
    '  - {id: tin-orchard, name: Tin Orchard, type: album, aliases: [Tin Orchard, 틴 오차드]}',
    'attributes:',
    '  - {id: tracks, label: number of tracks, kind: quantity, unit: tracks, unitWords: [tracks, titres, 곡], triggers: [tracks, titres, 수록], subjects: [album], timeless: true}',
  ]);
  const conflicts = (a: string, b: string) =>
    analyse([{ file: 'a.md', text: `# Tin Orchard\n\n${a}\n` }, { file: 'b.md', text: `# Tin Orchard\n\n${b}\n` }], { lexicon: records }).report.conflicts.length;
  const variants = (text: string) => claimsIn(records, `# Tin Orchard\n\n${text}\n`, 'tracks').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null]);

  it("is read as the figure's variant, in the languages a page is written in", () => {
    expect(variants('The standard edition has 12 tracks.')).toEqual([[12, 'standard edition']]);
    expect(variants('Tin Orchard has 12 tracks on its deluxe edition.')).toEqual([[12, 'deluxe edition']]);
    expect(variants("L'édition deluxe de Tin Orchard compte 16 titres.")).toEqual([[16, 'deluxe edition']]);
    expect(variants('틴 오차드 디럭스 에디션에는 16곡이 수록됐다.')).toEqual([[16, '디럭스 edition']]);
    expect(variants('Tin Orchard has 12 tracks.')).toEqual([[12, null]]);
  });

  it('keeps two editions apart, and an edition from the work; one edition\'s figures still clash', () => {
    expect(conflicts('The standard edition has 12 tracks. A deluxe edition, issued a year later, has 16 tracks.', 'Tin Orchard has 12 tracks.')).toBe(0);
    expect(conflicts('The standard edition of Tin Orchard has 12 tracks.', 'The deluxe edition of Tin Orchard has 16 tracks.')).toBe(0);
    expect(conflicts('The deluxe edition of Tin Orchard has 16 tracks.', 'Tin Orchard has 12 tracks.')).toBe(0);
    expect(conflicts('The deluxe edition of Tin Orchard has 16 tracks.', 'The deluxe edition of Tin Orchard has 18 tracks.')).toBe(1);
  });
});

describe('a bare figure\'s "on …" phrase that names what it measures', () => {
  const charts = inlinePack('charts', [
    'entityTypes:',
    '  - {type: album, headers: [album]}',
    '  - {type: chart, headers: [chart]}',
    'entities:',
    '  - {id: tin-orchard, name: Tin Orchard, type: album, aliases: [Tin Orchard]}',
    '  - {id: vellmark-chart, name: Vellmark Albums Chart, type: chart, aliases: [Vellmark Albums Chart]}',
    'attributes:',
    '  - {id: chart.peak, label: peak chart position, kind: quantity, unit: position, triggers: [peaked at number, peaked at], subjects: [album], timeless: true}',
    '  - {id: label, label: record label, kind: category, triggers: [label, on, by], subjects: [album], values: [{id: ashby, synonyms: [Ashby Records]}, {id: corran, synonyms: [Corran Music]}]}',
  ]);
  const peaks = (sentence: string) => figuresWith(charts, sentence, 'chart.peak');

  it('is not made by a trigger of an attribute that takes no figure, nor by the phrase\'s own "on"', () => {
    expect(peaks('Tin Orchard peaked at number 3 on the Vellmark Albums Chart.')).toEqual([['tin-orchard', 3]]);
    expect(peaks('Tin Orchard peaked at number 3 on the list.')).toEqual([['tin-orchard', 3]]);
    expect(figuresWith(charts, 'Tin Orchard is out on Ashby Records.', 'label').length).toBe(1);
  });
});

describe('an event dated by a span of months ("released across March–June 2025")', () => {
  const lab = inlinePack('span-lab', [
    'entityTypes:',
    '  - {type: model, headers: [model]}',
    'entities:',
    '  - {id: orrin-5, name: Orrin-5, type: model, aliases: [Orrin-5]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [released], participantTypes: [model], minParticipants: 1}',
  ]);
  const dated = (text: string) => claimsIn(lab, `# Notes\n\n${text}\n`, 'event.launch').map((c) => c.time?.text ?? null);

  it('takes no date from the span, not its last month', () => {
    expect(dated("Pellam's Orrin-5 line, released across March–June 2025, added three sizes.")).toEqual([null]);
    expect(dated('Orrin-5 was released between February and May 2025.')).toEqual([null]);
    expect(dated('Orrin-5 was released in March 2025.')).toEqual(['March 2025']);
  });
});

describe("a date told as a time after another thing's event (\"two weeks after X's release\")", () => {
  const lab = inlinePack('offset-lab', [
    'entityTypes:',
    '  - {type: model, headers: [model]}',
    'entities:',
    '  - {id: orrin-5, name: Orrin-5, type: model, aliases: [Orrin-5]}',
    '  - {id: varla, name: Varla, type: organization, aliases: [Varla]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [released, release], participantTypes: [model], minParticipants: 1}',
  ]);
  const dated = (text: string) => claimsIn(lab, `# Notes\n\n${text}\n`, 'event.launch').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('is the date of what the sentence tells, not of the event it counts from', () => {
    expect(dated('The petition went out on May 9, 2024—two weeks after Varla released Orrin-5.')).toEqual([['orrin-5', null]]);
    expect(dated('On May 9, 2024, two weeks after Orrin-5\'s release, a petition went out.')).toEqual([['orrin-5', null]]);
    expect(dated('A petition went out on May 9, 2024, just days after the release of Orrin-5.')).toEqual([['orrin-5', null]]);
  });

  it('an event with a date of its own is read', () => {
    expect(dated('Varla released Orrin-5 in April 2024.')).toEqual([['orrin-5', 'April 2024']]);
    expect(dated('Orrin-5 was released in April 2024, two weeks after its preview.')).toEqual([['orrin-5', 'April 2024']]);
  });
});

describe('a name after "to compete with" is the rival, not the subject', () => {
  const lab = inlinePack('rival-lab', [
    'entityTypes:',
    '  - {type: model, headers: [model]}',
    'entities:',
    '  - {id: orrin-5, name: Orrin-5, type: model, aliases: [Orrin-5]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [released, release], participantTypes: [model], minParticipants: 1}',
  ]);
  const dated = (text: string) => claimsIn(lab, `# Notes\n\n${text}\n`, 'event.launch').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('an unknown model released to compete with a known one gives the known one no date', () => {
    expect(dated('- **June 2024**: Talon 1.0 released to compete with Orrin-5')).toEqual([]);
    expect(dated('In June 2024 Pellam released a new model, competing against Orrin-5.')).toEqual([]);
  });
});

describe('a year in an author-year citation ("(Kessler 2025)") dates no event', () => {
  const labs = inlinePack('citation-labs', ['entities:', '  - {id: varla, name: Varla, type: organization, aliases: [Varla]}']);
  const founded = (text: string) => claimsIn(labs, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('reads the founding without the citation\'s year', () => {
    expect(founded('Varla was founded in 2015.')).toEqual([['varla', '2015']]);
    expect(founded('Sparse probes scaled (Orlo 2023); replication shown (Varla 2024); a shared protocol established (Kessler 2025).')).toEqual([]);
  });
});

describe('a founding verb whose object is a noun no determiner opens, or a name no pack knows ("established safety teams", "founded Brightwell Inc.")', () => {
  const labs = inlinePack('object-labs', ['entities:', '  - {id: varla, name: Varla, type: organization, aliases: [Varla]}', '  - {id: quenby, name: Quenby, type: organization, aliases: [Quenby]}']);
  const founded = (text: string) => claimsIn(labs, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it("is that thing's founding, not the subject's", () => {
    expect(founded('Varla and Quenby had each established dedicated review teams by 2020.')).toEqual([]);
    expect(founded('Tomas Brell left Varla in May 2024. He founded Brightwell Systems Inc. in June 2024.')).toEqual([]);
  });

  it('a founding with no object is the subject\'s', () => {
    expect(founded('Varla was founded in 2015.')).toEqual([['varla', '2015']]);
    expect(founded('Quenby, founded in 2012 by two engineers, builds probes.')).toEqual([['quenby', '2012']]);
  });
});

describe('a month the figure\'s own clause names is its period, not the day the figures were announced on', () => {
  const cars = packOf('sc-cars', 'carmaker', ['{id: brindle, name: Brindle Motors, type: carmaker, aliases: [Brindle Motors, 布林德汽车]}'], [
    '{id: deliveries, label: deliveries, kind: quantity, unit: vehicles, unitWords: [vehicles, 辆], triggers: [delivered, deliveries, 交付, 交付新车], subjects: [carmaker]}',
  ]);
  const timed = (text: string, lang = 'zh') =>
    analyse([{ file: 'a.md', text: `---\ndate: 2030-11-02\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: cars })
      .claims.filter((c) => c.attribute === 'deliveries')
      .map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.start ?? null, c.time?.end ?? null]);

  it('a yearless month in the figure\'s clause, a dated day in another', () => {
    expect(timed('2030年11月2日，布林德汽车公布10月交付数据：当月共交付新车41,207辆。')).toEqual([[41207, '2030-10-01', '2030-10-31']]);
  });

  it('the day alone still dates the figure', () => {
    expect(timed('2030年11月2日，布林德汽车共交付新车41,207辆。')).toEqual([[41207, '2030-11-02', '2030-11-02']]);
  });
});

describe('"Label: value" lines on consecutive lines of one paragraph', () => {
  const cars = packOf('sc-labels', 'car', ['{id: quill, name: Marrow Quill, type: car, aliases: [Marrow Quill]}'], [
    '{id: battery, label: battery capacity, kind: quantity, unit: kWh, triggers: [battery], headers: [battery], subjects: [car], timeless: true}',
    '{id: range, label: EPA range, kind: quantity, unit: km, triggers: [EPA range], headers: [EPA range], subjects: [car], timeless: true}',
    '{id: price, label: price, kind: quantity, unit: USD, triggers: [price, base price], headers: [price, base price (US)], subjects: [car]}',
  ]);
  const values = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2030-01-08\n---\n# Marrow Quill\n\n${text}\n` }], { lexicon: cars }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? Math.round(c.value.min ?? 0) : null]);

  it('each line is its own label line', () => {
    expect(values('Battery: 84 kWh\nEPA range: 301 miles\nPrice: $47,300')).toEqual([
      ['battery', 84],
      ['range', 484],
      ['price', 47300],
    ]);
  });

  it('a wrapped sentence stays one sentence', () => {
    expect(values('The Marrow Quill has a battery of 84 kWh and\nsells at a base price of $47,300.')).toEqual([
      ['battery', 84],
      ['price', 47300],
    ]);
  });
});

describe('a label\'s qualifier in parentheses ("Players (Offline)", "Players (Online)") makes a variant, as a column\'s does', () => {
  const games = packOf('sc-qualifiers', 'game', ['{id: tarn, name: Tarn Rally 2, type: game, aliases: [Tarn Rally 2]}'], [
    '{id: players, label: number of players, kind: quantity, unit: players, unitWords: [players], triggers: [players], headers: [players], subjects: [game], timeless: true}',
    '{id: battery, label: battery capacity, kind: quantity, unit: mAh, triggers: [battery], headers: [battery], subjects: [game], timeless: true}',
  ]);
  const page = (body: string) => `# Tarn Rally 2\n\n## Technical\n\n${body}\n`;
  const read = (body: string) =>
    analyse([{ file: 'a.md', text: page(body) }], { lexicon: games }).claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.text : null, c.variant ?? null]);
  const conflicts = (a: string, b: string) =>
    checkTexts([{ file: 'a.md', text: page(a) }, { file: 'b.md', text: page(b) }], { lexicon: games }).conflicts.map((c) => c.claims.map((x) => (x.value.kind === 'quantity' ? x.value.text : null)));

  it('each qualified line is its own variant, and two variants never meet', () => {
    expect(read('- **Players (Offline):** 1\n- **Players (Online):** 2-8')).toEqual([
      ['players', '1', 'offline'],
      ['players', '2-8', 'online'],
    ]);
    expect(conflicts('- **Players (Offline):** 1\n- **Players (Online):** 2-8', 'Players (Online): 2-8')).toEqual([]);
  });

  it('one variant on two pages still meets itself', () => {
    expect(conflicts('- **Players (Online):** 2-8', '- **Players (Online):** 16')).toEqual([['2-8', '16']]);
  });

  it("a unit, an estimate, a sum, a bound or the label's initials in the parentheses is no qualifier", () => {
    expect(read('- **Battery (mAh):** 5,000\n- **Players (max):** 8\n- **Players (est.):** 4\n- **Online Players (OP):** 6')).toEqual([
      ['battery', '5,000', null],
      ['players', '8', null],
      ['players', '4', null],
      ['open.online-player', '6', null],
    ]);
  });
});

describe('a callout ("> [!info]- Game Info" over "> **Release Year:** 1989") is an infobox: its title a caption, each bold label a line', () => {
  const games = inlinePack('sc-callouts', [
    'entityTypes:',
    '  - {type: game, headers: [game]}',
    'entities:',
    '  - {id: vq2, name: "Velora Quest II: The Amber Gate", type: game, aliases: ["Velora Quest II: The Amber Gate", Velora Quest II]}',
    '  - {id: vq3, name: Velora Quest III, type: game, aliases: [Velora Quest III]}',
    '  - {id: vq, name: Velora Quest, type: game, aliases: [Velora Quest]}',
    'attributes:',
    '  - id: developer',
    '    label: developer',
    '    kind: category',
    '    triggers: [developed by]',
    '    headers: [developer]',
    '    subjects: [game]',
    '    values: [{id: brindle, group: brindle, synonyms: [Brindle Soft]}, {id: orvane, group: orvane, synonyms: [Orvane Works]}]',
    'events:',
    '  - {id: game-release, label: release, triggers: [released, release], headers: [release year], participantTypes: [game], minParticipants: 1}',
  ]);
  const claims = (title: string, body: string) =>
    analyse([{ file: 'a.md', text: `---\ntitle: '${title}'\n---\n# ${title}\n\n${body}\n` }], { lexicon: games }).claims.map((c) => [
      c.entity.id,
      c.attribute,
      c.value.kind === 'category' ? c.value.value : c.value.kind === 'event' ? c.value.polarity : c.value.text,
    ]);
  const infobox = [
    '> [!info]- Game Info',
    '> **Developer:** [[Brindle Soft]][^ref-1]',
    '> **Platforms:** Tandem PC, Corvo 64, Lumen ST, Arden II, Arden IIGS, Vellum DOS, Marrow Box, Quill Station, Orbis Home, Kestrel Portable[^ref-2]',
    '> **Release Year:** 1989[^ref-1]',
    '> **Series:** Velora Quest',
    '> **Protagonist:** Sir Hadrel',
  ].join('\n');

  it("a title that names nothing: the label lines are the page's subject's, not the name on the next line", () => {
    expect(claims('Velora Quest II: The Amber Gate', infobox)).toEqual([
      ['vq2', 'developer', 'brindle'],
      ['vq2', 'event.game-release', 'happened'],
      ['vq2', 'event.game-release.date', '1989'],
    ]);
  });

  it('a title that names one thing gives it the label lines, to the callout\'s end', () => {
    expect(claims('Velora Quest', '> [!info] Velora Quest III\n> **Developer:** Orvane Works\n> **Release Year:** 1991\n\n- **Developer:** Brindle Soft')).toEqual([
      ['vq3', 'developer', 'orvane'],
      ['vq3', 'event.game-release', 'happened'],
      ['vq3', 'event.game-release.date', '1991'],
      ['vq', 'developer', 'brindle'],
    ]);
  });

  it("a title that names a version gives the label lines to no one; a quote that is no callout is read as before", () => {
    expect(claims('Velora Quest III', '> [!note] Amiga Version\n> **Release Year:** 1993')).toEqual([]);
    expect(claims('Velora Quest III', '> Velora Quest III was developed by Orvane Works.')).toEqual([['vq3', 'developer', 'orvane']]);
  });
});

describe('a known name run on into words of an edition, a remake or a port (names.editions) names another thing', () => {
  const games = (editions: string[]) =>
    inlinePack('sc-editions', [
      'entityTypes:',
      '  - {type: game, headers: [game]}',
      'entities:',
      '  - {id: velora, name: Velora Quest, type: game, aliases: [Velora Quest]}',
      '  - {id: ardley, name: Ardley Port, type: place, aliases: [Ardley]}',
      'events:',
      '  - {id: game-release, label: release, triggers: [released], participantTypes: [game], minParticipants: 1}',
      ...(editions.length > 0 ? ['names:', `  editions: [${editions.join(', ')}]`] : []),
    ]);
  const released = (text: string, editions: string[] = []) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: games(editions) })
      .claims.filter((c) => c.attribute === 'event.game-release.date')
      .map((c) => [c.entity.name, c.entity.known ?? true, c.entity.type, c.value.kind === 'quantity' ? c.value.text : null]);

  it('the built-in words: "X: Gold Edition", "X Remastered", "X (2015 remake)", "the X remake", "X Game of the Year Edition"', () => {
    expect(released('Velora Quest was released in 1986.')).toEqual([['Velora Quest', true, 'game', '1986']]);
    expect(released('Velora Quest: Gold Edition was released in 1994.')).toEqual([['Velora Quest: Gold Edition', false, 'game', '1994']]);
    expect(released('Velora Quest Remastered was released in 2016.')).toEqual([['Velora Quest Remastered', false, 'game', '2016']]);
    expect(released('Velora Quest (2015 remake) was released in 2015.')).toEqual([['Velora Quest (2015 remake)', false, 'game', '2015']]);
    expect(released('The Velora Quest remake was released in 2019.')).toEqual([['Velora Quest remake', false, 'game', '2019']]);
    expect(released('Velora Quest Game of the Year Edition was released in 2001.')).toEqual([['Velora Quest Game of the Year Edition', false, 'game', '2001']]);
  });

  it('"a fan remake of X", "the remake of X" was released: the remake\'s release, not X\'s', () => {
    expect(released('In 2011 a team released a fan remake of Velora Quest. The remake of Velora Quest was released in 2019.')).toEqual([]);
    expect(released('An Amiga port of Velora Quest was released in 1989. Velora Quest was released in 1986.')).toEqual([['Velora Quest', true, 'game', '1986']]);
  });

  it("a pack's own words: \"X Retold\", \"X VGA\"", () => {
    // (Without the pack's words, a capitalised word run on from the name is a longer name no pack knows: no release is read.)
    expect(released('Velora Quest Retold was released in 2011.')).toEqual([]);
    expect(released('Velora Quest Retold was released in 2011.', ['Retold', 'VGA'])).toEqual([['Velora Quest Retold', false, 'game', '2011']]);
    expect(released('Velora Quest VGA was released in 1992.', ['Retold', 'VGA'])).toEqual([['Velora Quest VGA', false, 'game', '1992']]);
  });

  it('not a word in lower case after a colon or other words, nor after a place, nor "and" between', () => {
    expect(released('Velora Quest: remake rights were sold, and it was released in 1986.')).toEqual([['Velora Quest', true, 'game', '1986']]);
    expect(released('Velora Quest and the Gold Edition were released in 1994.')).toEqual([['Velora Quest', true, 'game', '1994']]);
    expect(findMentions(games([]), 'The Ardley edition of the fair drew crowds.').map((m) => [m.text, m.entity.id])).toEqual([['Ardley', 'ardley']]);
  });
});

describe('an exclusion word inside a known name blocks no figure', () => {
  const airports = withInlinePack(
    [
      'name: sc-airports',
      'entityTypes:',
      '  - {type: airport, headers: [airport]}',
      'entities:',
      '  - {id: orv, name: Orvell International Airport, type: airport, aliases: [Orvell International Airport, ORV]}',
      'attributes:',
      '  - {id: airport.passengers, label: passenger traffic, kind: quantity, unit: passengers, unitWords: [passengers], triggers: [passengers, handled], headers: [passengers], blockers: [international], subjects: [airport]}',
    ].join('\n'),
    'sc-airports.yml',
  );
  const passengers = (sentence: string) => figuresWith(airports, sentence, 'airport.passengers');

  it('the word inside the name does not block', () => {
    expect(passengers('Orvell International Airport handled 22.4 million passengers in 2029.')).toEqual([['orv', 22400000]]);
  });

  it('the word outside the name still blocks', () => {
    expect(passengers('ORV handled 9.1 million international passengers in 2029.')).toEqual([]);
  });
});

describe('"hoy", "heute", "aujourd\'hui", 今天, 今日, 오늘 date from the page as "today" does', () => {
  const lines = withInlinePack(
    [
      'name: sc-lines',
      'entityTypes:',
      '  - {type: line, headers: [line]}',
      'entities:',
      '  - {id: tern-3, name: Tern Line 3, type: line, aliases: [Tern Line 3, Línea 3 de Tern, Tern-Linie 3, ligne 3 de Tern, Tern 3号线, 턴 3호선]}',
      'events:',
      '  - {id: opening, label: opening, triggers: [opened, inaugurado, inauguró, eröffnet, inaugurée, 开通, 개통], participantTypes: [line], minParticipants: 1}',
    ].join('\n'),
    'sc-lines.yml',
  );
  const dated = (text: string, lang: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2030-05-08\nlang: ${lang}\n---\n# Notes\n\n${text}\n` }], { lexicon: lines })
      .claims.filter((c) => c.attribute === 'event.opening')
      .map((c) => c.time?.start ?? null);

  it('in Spanish, German, French, Chinese and Korean', () => {
    expect(dated('La alcaldesa ha inaugurado hoy la Línea 3 de Tern.', 'es')).toEqual(['2030-05-08']);
    expect(dated('Die Tern-Linie 3 wurde heute eröffnet.', 'de')).toEqual(['2030-05-08']);
    expect(dated("La ligne 3 de Tern a été inaugurée aujourd'hui.", 'fr')).toEqual(['2030-05-08']);
    expect(dated('Tern 3号线今天正式开通。', 'zh')).toEqual(['2030-05-08']);
    expect(dated('Tern 3号线今日正式开通。', 'zh')).toEqual(['2030-05-08']);
    expect(dated('턴 3호선이 오늘 개통했다.', 'ko')).toEqual(['2030-05-08']);
  });

  it('"ayer" and "gestern" are the day before', () => {
    expect(dated('La alcaldesa inauguró ayer la Línea 3 de Tern.', 'es')).toEqual(['2030-05-07']);
  });
});

describe('a number word after "number", "No.", "n°" or "numéro" is that number ("debuted at number one")', () => {
  const charts = inlinePack('word-ranks', [
    'entities:',
    '  - {id: tindle, name: Tindle Arc, type: album, aliases: [Tindle Arc]}',
    'attributes:',
    '  - {id: chart.peak, label: peak position, kind: quantity, unit: position, triggers: [peaked at number, peaked at No., peaked at, debuted at number], subjects: [album], timeless: true}',
  ]);
  const peaks = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: charts }).claims.filter((c) => c.attribute === 'chart.peak').map((c) => c.value.kind === 'quantity' ? c.value.min : null);

  it('reads one..twenty after the mark', () => {
    expect(peaks('Tindle Arc debuted at number one on the Varn Albums Chart.')).toEqual([1]);
    expect(peaks('Tindle Arc peaked at number twelve.')).toEqual([12]);
    expect(peaks('Tindle Arc peaked at No. three in Varn.')).toEqual([3]);
  });

  it('reads un/une..vingt after "numéro" or "n°"', () => {
    const figures = (text: string) => findQuantities(text, undefined, { words: true }).map((m) => [m.quantity.text, m.quantity.min]);
    expect(figures('classé au numéro un du Top Varn')).toEqual([['un', 1]]);
    expect(figures('classé au n° dix-sept du Top Varn')).toEqual([['dix-sept', 17]]);
    expect(figures('une vingtaine de titres, dont un au numéro 3')).toEqual([['3', 3]]);
  });

  it('reads nothing without the mark, or after a sentence that ends in "no."', () => {
    expect(peaks('Tindle Arc peaked at one point in the spring.')).toEqual([]);
    expect(peaks('Tindle Arc peaked at no. One week later it fell.')).toEqual([]);
  });
});

describe('diagram source in a component\'s template-literal attribute (<Chart spec={`…`} />) is no prose', () => {
  const labs = inlinePack('chart-labs', ['entities:', '  - {id: varla, name: Varla, type: organization, aliases: [Varla]}']);
  const founded = (text: string) => claimsIn(labs, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('reads nothing inside the attribute, blank lines and all', () => {
    const chart = ['<Chart spec={`', 'flowchart TD', '    A[2015: Varla founded] --> B[Mar 2019: Varla founded again]', '', '    style A fill:#eee', '`} />'].join('\n');
    expect(founded(chart)).toEqual([]);
  });

  it('reads the prose around it', () => {
    const chart = ['Varla was founded in 2015.', '', '<Chart spec={`', 'flowchart TD', '    A[Mar 2019: Varla founded]', '`} />', '', 'It grew.'].join('\n');
    expect(founded(chart)).toEqual([['varla', '2015']]);
  });
});

describe('an organisation\'s name before a unit noun ("Varla Research", "Varla Labs", "the Varla Foundation") names the unit', () => {
  const labs = inlinePack('unit-labs', ['entities:', '  - {id: varla, name: Varla, type: organization, aliases: [Varla]}', '  - {id: quenby-labs, name: Quenby Labs, type: organization, aliases: [Quenby Labs]}']);
  const founded = (text: string) => claimsIn(labs, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it("is the unit's founding, not the organisation's", () => {
    expect(founded('Varla Research was founded in 1991.').filter(([id]) => id === 'varla')).toEqual([]);
    expect(founded('Varla Labs was founded in 1991.').filter(([id]) => id === 'varla')).toEqual([]);
    expect(founded('The Varla Foundation was established in 2000.').filter(([id]) => id === 'varla')).toEqual([]);
    expect(founded('Varla Research Asia was founded in 1998.').filter(([id]) => id === 'varla')).toEqual([]);
  });

  it('a pack name that holds the noun, or the name alone, is the organisation', () => {
    expect(founded('Quenby Labs was founded in 2012.')).toEqual([['quenby-labs', '2012']]);
    expect(founded('Varla was founded in 1975.')).toEqual([['varla', '1975']]);
    expect(founded('Varla was founded in 1975 as a research lab.')).toEqual([['varla', '1975']]);
  });
});

describe('a count of people that is a sample or a group acting ("a survey of 16 staff", "800 employees signed a letter")', () => {
  const lexicon = inlinePack('sample-labs', ['entities:', '  - {id: corvane, name: Corvane, type: organization}']);
  const staff = (text: string) => figuresWith(lexicon, text, 'team.size');

  it('is a part, not the headcount', () => {
    expect(staff('Corvane relied on an internal survey of 16 staff members.')).toEqual([]);
    expect(staff('At Corvane, approximately 800 employees signed a letter.')).toEqual([]);
    expect(staff('At Corvane, 120 employees were laid off in March.')).toEqual([]);
  });

  it('a count a verb before it acts on (laid off, cut, fired, reassigned) is a change or a part, not the headcount', () => {
    expect(staff('[Corvane Lays Off 8,000 Employees as Cuts Mount](https://example.com/a).')).toEqual([]);
    expect(staff('[Corvane Reassigns 7,000 Employees to New Teams](https://example.com/b).')).toEqual([]);
    expect(staff('Corvane laid off 8,000 employees on Monday.')).toEqual([]);
    expect(staff('Corvane is reassigning 7,000 employees to new teams.')).toEqual([]);
    expect(staff('Corvane fired 40 staff.')).toEqual([]);
    expect(staff('Corvane will cut 1,200 staff.')).toEqual([]);
    // A verb that says how many it has keeps the count.
    expect(staff('Corvane has 8,000 employees.')).toEqual([['corvane', 8000]]);
  });

  it('a whole team that did a thing is still the headcount', () => {
    expect(staff("Corvane's entire team of 40 engineers shipped it.")).toEqual([['corvane', 40]]);
    expect(staff('Corvane employs 1,500 staff.')).toEqual([['corvane', 1500]]);
  });
});

describe('a figure of "the <thing of a type the pack knows> of X" ("the 5.x branch of Velto") is that thing\'s, not X\'s', () => {
  const pack = (subjects: string) =>
    inlinePack(`branch-counts-${subjects.replace(/\W+/g, '-')}`, [
      'entityTypes:',
      '  - {type: branch, headers: [branch, release branch]}',
      '  - {type: project, headers: [project]}',
      'entities:',
      '  - {id: velto, name: Velto, type: project, aliases: [Velto]}',
      '  - {id: velto-5, name: Velto 5, type: branch, aliases: [Velto 5, 5.x]}',
      '  - {id: velto-4, name: Velto 4, type: branch, aliases: [Velto 4, 4.x]}',
      'attributes:',
      `  - {id: flaws, label: open flaws, kind: quantity, unit: flaws, unitWords: [open flaws, open flaw], triggers: [open flaws, open flaw], subjects: [${subjects}]}`,
    ]);

  it("gives the figure to the named thing where the attribute describes it, else to no one", () => {
    const both = pack('project, branch');
    expect(figuresWith(both, 'The 5.x release branch of Velto carries 3 open flaws.', 'flaws')).toEqual([['velto-5', 3]]);
    expect(figuresWith(both, 'The 4.x branch of Velto carries 1 open flaw.', 'flaws')).toEqual([['velto-4', 1]]);
    const projectOnly = pack('project');
    expect(figuresWith(projectOnly, 'The 5.x release branch of Velto carries 3 open flaws.', 'flaws')).toEqual([]);
    expect(figuresWith(projectOnly, 'The oldest branch of Velto carries 3 open flaws.', 'flaws')).toEqual([]);
  });

  it('a noun of the name\'s own type, or no type noun, leaves the figure the name\'s', () => {
    const projectOnly = pack('project');
    expect(figuresWith(projectOnly, 'Velto carries 3 open flaws.', 'flaws')).toEqual([['velto', 3]]);
    expect(figuresWith(projectOnly, 'The project of Velto carries 3 open flaws.', 'flaws')).toEqual([['velto', 3]]);
    expect(figuresWith(projectOnly, 'The latest audit of Velto found 3 open flaws.', 'flaws')).toEqual([['velto', 3]]);
  });
});

describe('a count of members of a named sub-body ("the steering committee for X") is not X\'s', () => {
  const club = inlinePack('sub-body-club', [
    'entities:',
    '  - {id: tarrow-guild, name: Tarrow Guild, type: organization, aliases: [Tarrow Guild]}',
    'attributes:',
    '  - {id: members, label: member firms, kind: quantity, unit: members, unitWords: [members, member firms], triggers: [members, member firms], subjects: [organization], measure: stock}',
  ]);
  it('reads the sub-body\'s size as no one\'s, and the whole\'s as its own', () => {
    expect(figuresWith(club, 'The steering committee for the Tarrow Guild is now 9 members strong.', 'members')).toEqual([]);
    expect(figuresWith(club, 'The board of Tarrow Guild has 7 members.', 'members')).toEqual([]);
    expect(figuresWith(club, 'Tarrow Guild now has 40 members.', 'members')).toEqual([['tarrow-guild', 40]]);
  });
});

describe('a count of things that stand in a role ("6 members put their names forward as candidates") is a part, not the whole', () => {
  const club = inlinePack('role-club', [
    'entities:',
    '  - {id: pellam-league, name: Pellam League, type: organization, aliases: [Pellam League]}',
    'attributes:',
    '  - {id: members, label: member firms, kind: quantity, unit: members, unitWords: [members, member firms], triggers: [members, member firms], subjects: [organization], measure: stock}',
  ]);
  it('reads those in the role as no one\'s count, and the whole as its own', () => {
    expect(figuresWith(club, 'Voting for the Pellam League board opened. 6 members put their names forward as candidates.', 'members')).toEqual([]);
    expect(figuresWith(club, 'At the Pellam League, 4 members stood as nominees.', 'members')).toEqual([]);
    expect(figuresWith(club, 'The Pellam League has 30 members as of June.', 'members')).toEqual([['pellam-league', 30]]);
    expect(figuresWith(club, 'The Pellam League counts 30 members, twice as many as in 2019.', 'members')).toEqual([['pellam-league', 30]]);
  });
});

describe('a length of time still to run ("1 year remaining", "two months left") is not the whole length', () => {
  const lines = inlinePack('remaining-lines', [
    'entityTypes:',
    '  - {type: release-line, headers: [release line]}',
    'entities:',
    '  - {id: morrow-6, name: Morrow 6, type: release-line, aliases: [Morrow 6]}',
    'attributes:',
    '  - {id: support.length, label: length of support, kind: quantity, unit: days, triggers: [supported for, long-term support, support, LTS], subjects: [release-line], timeless: true}',
  ]);
  const length = (text: string) => figuresWith(lines, text, 'support.length');
  it('reads the remainder as no length, and the length as itself', () => {
    expect(length('Morrow 6 LTS: March 2024 - March 2027 (1 year remaining)')).toEqual([]);
    expect(length('Morrow 6 has two months of support left.')).toEqual([]);
    expect(length('Morrow 6 will be supported for the next two months.')).toEqual([]);
    expect(length('Morrow 6 is supported for 30 months.')).toEqual([['morrow-6', 912.5]]);
  });
});

describe('an event whose own subject is another thing ("in X the Y deprecation reached end of life") is not X\'s', () => {
  const lines = inlinePack('eol-lines', [
    'entityTypes:',
    '  - {type: release-line, headers: [release line]}',
    'entities:',
    '  - {id: morrow-7, name: Morrow 7, type: release-line, aliases: [Morrow 7]}',
    'events:',
    '  - {id: eol, label: end of life, triggers: [end-of-life, End-of-Life, end of life, reached end-of-life], negations: [not], participantTypes: [release-line], minParticipants: 1}',
  ]);
  const eol = (text: string) => analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: lines }).claims.filter((c) => c.attribute === 'event.eol').map((c) => c.entity.id);
  it('gives the event to no one where a noun of its own is its subject', () => {
    expect(eol('In Morrow 7 the XR12 deprecation reached End-of-Life, and the old call was removed.')).toEqual([]);
    expect(eol('Morrow 7 reached End-of-Life in May 2025.')).toEqual(['morrow-7']);
    expect(eol('In May 2025 Morrow 7 reached End-of-Life.')).toEqual(['morrow-7']);
  });
});

describe('a team column in a table of several organisations ("| Lab | Team Size |") counts a team inside each, not its headcount', () => {
  const labs = inlinePack('team-columns', [
    'entities:',
    '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}',
    '  - {id: halbrook, name: Halbrook, type: organization, aliases: [Halbrook]}',
  ]);
  const sizes = (text: string) => claimsIn(labs, text, 'team.size').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it("reads no organisation's headcount from a team column", () => {
    expect(sizes('# Probing research\n\n| Organization | Budget | Team Size |\n|---|---|---|\n| Corvane | $20M | 30-50 |\n| Halbrook | $10M | 10-20 |\n')).toEqual([]);
    expect(sizes('# Probing research\n\n| Organization | Team Size (FTE) |\n|---|---|\n| Corvane | 30-50 |\n| Halbrook | 10-20 |\n')).toEqual([]);
  });

  it('a column of employees, and a team size on a page of one organisation, are still the headcount', () => {
    expect(sizes('# Labs\n\n| Organization | Employees |\n|---|---|\n| Corvane | 1,500 |\n| Halbrook | 3,000 |\n')).toEqual([
      ['corvane', 1500],
      ['halbrook', 3000],
    ]);
    expect(sizes('# Corvane\n\n| | |\n|---|---|\n| **Team Size** | 20 employees |\n| **Founded** | 2021 |\n')).toEqual([['corvane', 20]]);
  });
});

describe('a count of people who are the subject of a verb of acting, the verb past an aside ("800 employees — nearly all — signed")', () => {
  const lexicon = inlinePack('acting-aside', ['entities:', '  - {id: corvane, name: Corvane, type: organization}']);
  const staff = (text: string) => figuresWith(lexicon, text, 'team.size');

  it('is a group acting, not the headcount', () => {
    expect(staff('At Corvane, approximately 800 employees — nearly the entire staff — signed a letter.')).toEqual([]);
    expect(staff('At Corvane, some 300 employees, most of them engineers, voted to strike.')).toEqual([]);
    expect(staff('At Corvane, 90 staff (a third of the team) protested the decision.')).toEqual([]);
  });

  it('a headcount with an aside and no verb of acting, or a verb of another clause, stays', () => {
    expect(staff('Corvane has 1,500 employees — most of them engineers — and offices in two cities.')).toEqual([['corvane', 1500]]);
    expect(staff('Corvane has 1,500 employees, its founder said, and signed a lease in May.')).toEqual([['corvane', 1500]]);
  });
});

describe('a count of people that acts ("40 students organised the fair", "along with 20,000 people") is a group of participants, not a stock', () => {
  const campus = inlinePack('acting-campus', [
    'entityTypes:',
    '  - {type: organization, headers: [university]}',
    'entities:',
    '  - {id: brennock, name: Brennock University, type: organization, aliases: [Brennock University, Brennock]}',
    'attributes:',
    '  - {id: students, label: number of students, kind: quantity, unit: students, unitWords: [students, student], triggers: [students], subjects: [organization], measure: stock}',
    '  - {id: attendance, label: attendance, kind: quantity, unit: people, unitWords: [people], triggers: [attended], subjects: [organization], measure: act}',
  ]);
  const students = (text: string) => figuresWith(campus, text, 'students');

  it('gives the stock no count of people who organised, attended, took part, joined, marched or turned up', () => {
    expect(students('At Brennock, a committee of only seven students organised the regatta.')).toEqual([]);
    expect(students('At Brennock, nearly 3000 students attended the concert.')).toEqual([]);
    expect(students('At Brennock, over 140 students and staff took part.')).toEqual([]);
    expect(students('At Brennock, 500 students gathered outside the library.')).toEqual([]);
    expect(students('At Brennock, 12 students turned out for the vote.')).toEqual([]);
    expect(students('At Brennock only two students turned up.')).toEqual([]);
    expect(students('At Brennock, over 60 students joined the march.')).toEqual([]);
  });

  it('nor a count after "along with", "together with" or "alongside"', () => {
    expect(students('On Sunday Brennock students along with over 20,000 people walked through the city.')).toEqual([]);
    expect(students('Brennock students, together with 4,000 others, walked to the square.')).toEqual([]);
  });

  it('the stock itself stays, and so does a count of an attribute whose own trigger is the verb', () => {
    expect(students('Brennock University has 18,000 students.')).toEqual([['brennock', 18000]]);
    expect(students('Brennock University has 18,000 students, who organised a fair in May.')).toEqual([['brennock', 18000]]);
    expect(figuresWith(campus, 'At Brennock, 3,000 people attended the open day.', 'attendance')).toEqual([['brennock', 3000]]);
  });
});

describe('a count of people named by what they do or are for ("managed by 4 students", "a team of 9", "a capacity for 3,000") is a group, not the stock', () => {
  const campus = inlinePack('group-campus', [
    'entityTypes:',
    '  - {type: organization, headers: [university]}',
    'entities:',
    '  - {id: brennock, name: Brennock University, type: organization, aliases: [Brennock University, Brennock]}',
    'attributes:',
    '  - {id: students, label: number of students, kind: quantity, unit: students, unitWords: [students, student], triggers: [students, student body], headers: [students], subjects: [organization], measure: stock}',
    '  - {id: capacity, label: seating capacity, kind: quantity, unit: people, unitWords: [people, seats], triggers: [capacity], subjects: [organization], measure: stock}',
  ]);
  const students = (text: string) => figuresWith(campus, text, 'students');

  it('gives the stock no count of the people a thing was run or completed by', () => {
    expect(students('The Brennock page was managed by five second-year students of the university.')).toEqual([]);
    expect(students('The Brennock poll, completed by over a thousand students, found that most slept badly.')).toEqual([]);
    expect(students('The Brennock stall was jointly run by the three students.')).toEqual([]);
    expect(students('Brennock University is run by 2,000 staff and taught by 900 lecturers; it has 18,000 students.')).toEqual([['brennock', 18000]]);
  });

  it('nor the members a team, committee or panel is made of, nor a capacity for people', () => {
    expect(students('At Brennock, choirs are made up of 12 to 16 students each.')).toEqual([]);
    expect(students('At Brennock, a panel of just five students have chosen the winners.')).toEqual([]);
    expect(students('Brennock booked the city hall, with a capacity for 3,000 students.')).toEqual([]);
  });

  it('nor a count of people who came together, managed or showed interest', () => {
    expect(students('At Brennock, over 40 students in total have come together to run the fair.')).toEqual([]);
    expect(students('At Brennock, the two students also managed to meet the mayor.')).toEqual([]);
    expect(students('At Brennock, over 2,000 students have expressed interest in the trip.')).toEqual([]);
    expect(students('At Brennock, the four students behind the prank said sorry.')).toEqual([]);
  });

  it('the stock stays, and so does a capacity whose own trigger names it', () => {
    expect(students('Brennock University has 18,000 students.')).toEqual([['brennock', 18000]]);
    expect(students('Brennock University enrols 18,000 students.')).toEqual([['brennock', 18000]]);
    expect(students("Brennock's 18,000 students return in October.")).toEqual([['brennock', 18000]]);
    expect(students('Brennock University has a student body of 18,000.')).toEqual([['brennock', 18000]]);
    expect(figuresWith(campus, 'Brennock University has a main hall with a capacity for 3,000 people.', 'capacity')).toEqual([['brennock', 3000]]);
  });
});

describe('a term of a ratio ("1 in 10 students", "3 out of 4 students") is a proportion, no count', () => {
  const campus = inlinePack('ratio-campus', [
    'entityTypes:',
    '  - {type: organization, headers: [university]}',
    'entities:',
    '  - {id: brennock, name: Brennock University, type: organization, aliases: [Brennock University, Brennock]}',
    'attributes:',
    '  - {id: students, label: number of students, kind: quantity, unit: students, unitWords: [students, student], triggers: [students], subjects: [organization], measure: stock}',
  ]);
  const students = (text: string) => figuresWith(campus, text, 'students');

  it('reads no count from "N in M", "N out of M", "N of every M"', () => {
    expect(students('A survey at Brennock found that 1 in 10 students skip meals.')).toEqual([]);
    expect(students('At Brennock 3 out of 4 students feel stressed before exams.')).toEqual([]);
    expect(students('At Brennock one in five students works nights.')).toEqual([]);
    expect(students('At Brennock 2 of every 5 students work.')).toEqual([]);
  });

  it('a count beside a year or a rank among others stays', () => {
    expect(students('Brennock University has 18,000 students.')).toEqual([['brennock', 18000]]);
    expect(students('Brennock University had 17,500 students in 2015.')).toEqual([['brennock', 17500]]);
  });
});

describe('equal figures handed out in order to a list of names ("A and B invested $1B and $1B respectively") are no mix-up', () => {
  const backers = inlinePack('respectively-backers', [
    'entities:',
    '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}',
    '  - {id: halbrook, name: Halbrook, type: organization, aliases: [Halbrook]}',
    '  - {id: pellion, name: Pellion, type: organization, aliases: [Pellion]}',
    'attributes:',
    '  - {id: stake, label: stake bought, kind: quantity, unit: USD, triggers: [invested], subjects: [organization]}',
  ]);
  const warned = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: backers }).report.conflicts.filter((c) => c.rule === 'attribution').map((c) => c.claims.map((k) => k.entity.id));

  it('gives each name its figure and warns of nothing', () => {
    expect(warned('Corvane and Halbrook invested $2.5 billion and $2.5 billion respectively in Pellion.')).toEqual([]);
    expect(warned('Corvane and Halbrook invested $2.5 billion and $2.5 billion, respectively.')).toEqual([]);
  });

  it('the same figure in two sentences, with no word of order, is still a warning', () => {
    expect(warned('Corvane invested $2.5 billion last year. Halbrook invested $2.5 billion in March.')).toEqual([['corvane', 'halbrook']]);
  });
});

describe('a name no pack reads, as the subject of its sentence', () => {
  const handsets = packOf('handsets-unread', 'handset', ['{id: brisk-7, name: Brisk 7, type: handset, aliases: [Brisk 7]}'], [
    '{id: weight, label: weight, kind: quantity, unit: g, triggers: [weighs, weighed], subjects: [handset]}',
  ]);
  const weights = (text: string, heading = 'Notes') => figuresWith(handsets, text, 'weight', heading);
  const untitled = (text: string) => claimsIn(handsets, `${text}\n`, 'weight').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('keeps its figure from the name of the sentence before, of the heading and of the page', () => {
    expect(untitled('The Brisk 7 weighs 180 g. The Quorra Z5 weighs 210 g.')).toEqual([['brisk-7', 180]]);
    expect(untitled('The Brisk 7 weighs 180 g.\nQuorra Z5 weighs 210 g.')).toEqual([['brisk-7', 180]]);
    expect(weights('The Brisk 7 weighs 180 g. The Quorra Z5 weighs 210 g.')).toEqual([['brisk-7', 180]]);
    expect(weights('The Brisk 7 weighs 180 g. Quorra Z5 weighs 210 g.')).toEqual([['brisk-7', 180]]);
    expect(untitled('The Brisk 7 weighs 180 g. The Quorra Mobile handset weighs 210 g.')).toEqual([['brisk-7', 180]]);
    expect(weights('The Quorra Z5 weighs 210 g.', 'Brisk 7 review')).toEqual([]);
    expect(weights('In our tests, the Quorra Z5 weighed 210 g.', 'Brisk 7 review')).toEqual([]);
    expect(weights('Using a lighter frame, qPhone weighs 150 g.', 'Brisk 7 review')).toEqual([]);
  });

  it('leaves a pronoun, a description and a capitalised word that names nothing to the context as before', () => {
    expect(weights('The Brisk 7 is new. It weighs 180 g.')).toEqual([['brisk-7', 180]]);
    expect(untitled('The Brisk 7 weighs 180 g. The handset weighs 185 g with its case.')).toEqual([['brisk-7', 180], ['brisk-7', 185]]);
    expect(weights('The Brisk 7 is new. The handset weighs 180 g.')).toEqual([['brisk-7', 180]]);
    expect(weights('The Brisk 7 is new. The Italian handset weighs 180 g.')).toEqual([['brisk-7', 180]]);
    expect(weights('Overall the handset weighs 180 g.', 'Brisk 7 review')).toEqual([['brisk-7', 180]]);
    expect(weights('Weighing 180 g, it is light.', 'Brisk 7 review')).toEqual([['brisk-7', 180]]);
    expect(weights('Lighter Frame Design: the handset now weighs 180 g.', 'Brisk 7 review')).toEqual([['brisk-7', 180]]);
    expect(weights('Der Flug Test: the handset weighs 180 g.', 'Brisk 7 review')).toEqual([['brisk-7', 180]]);
    expect(weights('Using a lighter frame, the handset weighs 180 g.', 'Brisk 7 review')).toEqual([['brisk-7', 180]]);
  });

  it('leaves an acronym before a noun to the context ("The EU handset", "The NHI price"): capitals alone mark no name', () => {
    expect(weights('The Brisk 7 is new. The EU handset weighs 185 g.')).toEqual([['brisk-7', 185]]);
    expect(weights('The EU handset weighs 185 g.', 'Brisk 7 review')).toEqual([['brisk-7', 185]]);
  });
});

describe('TOML front matter between +++ lines (Hugo, Zola) is front matter, never prose', () => {
  const pack = inlinePack('toml-front-matter', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-3-1, name: Tarlo 3.1, type: release, aliases: [Tarlo 3.1, Tarlo 3.1.0, 3.1.0]}',
    'attributes:',
    '  - {id: fixes, label: fixes, kind: quantity, unit: fixes, unitWords: [fixes], triggers: [fixes], subjects: [release], measure: stock}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release, announcing], negations: [not, never], participantTypes: [release], minParticipants: 1}',
  ]);
  const claimsOf = (text: string) => analyse([{ file: 'a.md', text }], { lexicon: pack }).claims;

  it('reads no claim from the block, and dates the page by its date or its Zola path', () => {
    const zola = '+++\npath = "2031/04/09/Tarlo-3.1.0"\ntitle = "Announcing Tarlo 3.1.0"\nauthors = ["A. Writer"]\n+++\n\nThe compiler is faster.\n';
    expect(claimsOf(zola)).toEqual([]);
    const dated = claimsOf('+++\ntitle = "Notes"\ndate = 2031-04-09\n+++\n\nTarlo 3.1 carries 12 fixes.\n');
    expect(dated.map((c) => [c.entity.id, c.attribute, c.place.line, c.published])).toEqual([['tarlo-3-1', 'fixes', 6, { start: '2031-04-09', end: '2031-04-09' }]]);
    const pathed = claimsOf(zola.replace('The compiler is faster.', 'Tarlo 3.1 carries 12 fixes.'));
    expect(pathed.map((c) => [c.attribute, c.published])).toEqual([['fixes', { start: '2031-04-09', end: '2031-04-09' }]]);
  });
});

describe('a version number right after another name ("quillup version 3.1.0", "Quillup-3.1.0") is that name\'s, not the release whose bare alias it is', () => {
  const pack = inlinePack('version-of-another-name', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-3-1, name: Tarlo 3.1, type: release, aliases: [Tarlo 3.1, Tarlo 3.1.0, 3.1.0]}',
    '  - {id: quillup, name: quillup, type: organization, aliases: [quillup, Quillup]}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release, announcing], negations: [not, never], participantTypes: [release], minParticipants: 1}',
  ]);
  const releases = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# News\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.tarlo-release').map((c) => c.entity.id);

  it('gives no release to the entity whose bare alias the number is', () => {
    expect(releases('On 4 May 2031 the team announced the release of quillup version 3.1.0.')).toEqual([]);
    expect(releases('On 4 May 2031 the team announced the release of Quillup 3.1.0.')).toEqual([]);
    expect(releases('On 4 May 2031 the team published Quillup-3.1.0, a new release.')).toEqual([]);
    expect(releases('On 4 May 2031 the team released Brindle v3.1.0 to everyone.')).toEqual([]);
  });

  it('keeps the number the entity\'s own after its own name, a grammar word or the sentence start', () => {
    expect(releases('On 4 May 2031 the team released Tarlo version 3.1.0.')).toEqual(['tarlo-3-1']);
    expect(releases('On 4 May 2031 the team released 3.1.0 to everyone.')).toEqual(['tarlo-3-1']);
    expect(releases('3.1.0 was released on 4 May 2031.')).toEqual(['tarlo-3-1']);
  });
});

describe('a negation of another verb before an event\'s noun ("wasn\'t included in the 3.1.0 release") denies that verb, not the event', () => {
  const pack = inlinePack('negated-other-verb', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-3-1, name: Tarlo 3.1, type: release, aliases: [Tarlo 3.1, Tarlo 3.1.0, 3.1.0]}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release], negations: [not, never, "no"], participantTypes: [release], minParticipants: 1}',
  ]);
  const polarity = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# News\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.tarlo-release').map((c) => (c.value.kind === 'event' ? c.value.polarity : null));

  it('reads no event where the negation governs a verb of its own with a preposition before the event', () => {
    expect(polarity("The docs component wasn't included in the 3.1.0 release due to a build failure.")).toEqual([]);
    expect(polarity('The plugin was not mentioned in the Tarlo 3.1 release notes.')).toEqual([]);
  });

  it('still reads a negation of the event itself', () => {
    expect(polarity('Tarlo 3.1 was not released in May.')).toEqual(['not-happened']);
    expect(polarity('Tarlo 3.1 was released in May.')).toEqual(['happened']);
  });
});

describe('a negation of one\'s part in an event ("never participated in any talks") still denies the event', () => {
  const pack = inlinePack('negated-taking-part', [
    'entities:',
    '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}',
    '  - {id: halbrook, name: Halbrook, type: organization, aliases: [Halbrook]}',
    'events:',
    '  - {id: merger-talks, label: merger talks, triggers: [negotiations, talks], negations: [not, never, "no"], participantTypes: [organization], minParticipants: 2}',
  ]);
  const polarity = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# News\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.merger-talks').map((c) => (c.value.kind === 'event' ? c.value.polarity : null));

  it('reads the denial where the verb is one of taking part', () => {
    expect(polarity('Corvane never participated in any negotiations with Halbrook.')).toEqual(['not-happened']);
    expect(polarity('Corvane did not take part in the talks with Halbrook.')).toEqual(['not-happened']);
  });
});

describe('a citation mark after a full stop ends the sentence (".[21] In 1990, …", ".[a] The", ".[note 3] In")', () => {
  const lexicon = inlinePack('citation-marks', [
    'entityTypes:',
    '  - {type: player, headers: [player]}',
    'entities:',
    '  - {id: orsk, name: Dmitri Orsk, type: player, aliases: [Dmitri Orsk, Orsk]}',
    'attributes:',
    '  - {id: goals, label: goals, kind: quantity, unit: goals, unitWords: [goals], triggers: [goals, scored], subjects: [player], measure: tally}',
  ]);
  const goals = (text: string) => claimsIn(lexicon, `# Dmitri Orsk\n\n${text}\n`, 'goals').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.time?.text ?? null]);

  it('the next sentence\'s year does not date the figure before the mark', () => {
    expect(goals('Orsk retired as the league\'s fifth-best scorer, with 188 goals.[14] In 1987, he moved abroad.')).toEqual([[188, null]]);
    expect(goals('Orsk retired as the league\'s fifth-best scorer, with 188 goals.[b] In 1987, he moved abroad.')).toEqual([[188, null]]);
    expect(goals('Orsk retired as the league\'s fifth-best scorer, with 188 goals.[note 3][15] In 1987, he moved abroad.')).toEqual([[188, null]]);
  });

  it('a mark with no capital after it, or inside a sentence, ends nothing', () => {
    expect(goals('In 1987, Orsk scored 31 goals.[14]')).toEqual([[31, '1987']]);
    expect(goals('In 1987,[3] Orsk scored 31 goals.')).toEqual([[31, '1987']]);
  });
});

describe('a personal pronoun ("he", "she", "er", "elle", "él") stands for a person, never an organisation; "it" never for a person', () => {
  const lexicon = inlinePack('pronoun-people', [
    'entityTypes:',
    '  - {type: player, headers: [player], people: true}',
    'entities:',
    '  - {id: orsk, name: Dmitri Orsk, type: player, aliases: [Dmitri Orsk, Orsk]}',
    '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
    '  - {id: carrow, name: Carrow Athletic, type: organization, aliases: [Carrow Athletic, Carrow]}',
    'attributes:',
    '  - {id: goals, label: goals, kind: quantity, unit: goals, unitWords: [goals], triggers: [goals, scored], subjects: [player, organization], measure: tally}',
  ]);
  const goals = (text: string) => claimsIn(lexicon, `# Notes\n\n${text}\n`, 'goals').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('"he" after a sentence that names a club first is the person that sentence names', () => {
    expect(goals('Carrow Athletic coach Piet Lamm tried to sign Orsk, but Orsk signed for Fenwold Albion in 1991. Over two seasons, he scored 44 goals.')).toEqual([['orsk', 44]]);
    expect(goals('Orsk moved to Fenwold Albion in 1991, and over two seasons he scored 44 goals.')).toEqual([['orsk', 44]]);
  });

  it('with no person in reach, "he" reads nothing; "it" is never the person', () => {
    expect(goals('Carrow Athletic won the cup in 1991. He scored 44 goals.')).toEqual([]);
    expect(goals('Orsk left Carrow Athletic in 1991. In that season it scored 90 goals.')).toEqual([['carrow', 90]]);
  });
});

describe('a count limited to a decade ("in the 1950s") is a part of the total, no value of it', () => {
  const club = inlinePack('decade-club', [
    'entities:',
    '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}',
    'attributes:',
    '  - {id: trophies, label: trophies, kind: quantity, unit: trophies, unitWords: [trophies], triggers: [trophies], subjects: [organization], measure: stock}',
  ]);
  it('reads nothing of a figure whose clause names a decade, and keeps the all-time figure', () => {
    expect(figuresWith(club, 'In the 1950s, Brackwater Albion won four trophies.', 'trophies')).toEqual([]);
    expect(figuresWith(club, 'Brackwater Albion won six trophies during the 1970s.', 'trophies')).toEqual([]);
    expect(figuresWith(club, "Brackwater Albion won two trophies in the '80s.", 'trophies')).toEqual([]);
    expect(figuresWith(club, 'Brackwater Albion has won 12 trophies.', 'trophies')).toEqual([['brackwater', 12]]);
  });

  it('reads no count of a year written as a noun\'s modifier ("the 2003 and 2005 trophies")', () => {
    expect(figuresWith(club, 'Brackwater Albion won the 2003 and 2005 trophies.', 'trophies')).toEqual([]);
    expect(figuresWith(club, 'Brackwater Albion kept the 2005 trophies in a vault.', 'trophies')).toEqual([]);
    expect(figuresWith(club, 'Brackwater Albion has won 2,005 trophies.', 'trophies')).toEqual([['brackwater', 2005]]);
  });

  it('keeps a figure whose clause writes a year of its own, the decade a comparison\'s', () => {
    expect(figuresWith(club, 'Brackwater Albion won four trophies in 2024, the most since the 1980s.', 'trophies')).toEqual([['brackwater', 4]]);
  });
});

describe('a sum over several ("the 38 trophies between them") is no one\'s count', () => {
  const clubs = inlinePack('between-clubs', [
    'entities:',
    '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}',
    'attributes:',
    '  - {id: trophies, label: trophies, kind: quantity, unit: trophies, unitWords: [trophies], triggers: [trophies], subjects: [organization], measure: stock}',
  ]);
  it('reads nothing of a figure said to be shared between them, and keeps one club\'s own', () => {
    expect(figuresWith(clubs, 'Brackwater Albion and its rival have 38 trophies between them.', 'trophies')).toEqual([]);
    expect(figuresWith(clubs, 'Despite the 38 trophies between the two clubs, Brackwater Albion rarely led.', 'trophies')).toEqual([]);
    expect(figuresWith(clubs, 'Brackwater Albion and its neighbour won a combined 38 trophies.', 'trophies')).toEqual([]);
    expect(figuresWith(clubs, 'Brackwater Albion has won 18 trophies.', 'trophies')).toEqual([['brackwater', 18]]);
  });
  it('reads nothing of a figure after "between them" in its clause, down a list too, and keeps the next clause\'s own', () => {
    expect(figuresWith(clubs, 'The rivalry with Brackwater Albion is old, and between them they have won 38 trophies.', 'trophies')).toEqual([]);
    expect(figuresWith(clubs, 'The rivalry with Brackwater Albion is old, and between them they have won 9 shields, 4 plates and 38 trophies.', 'trophies')).toEqual([]);
    expect(figuresWith(clubs, 'The rivals meet twice a year between them; Brackwater Albion has won 18 trophies.', 'trophies')).toEqual([['brackwater', 18]]);
  });
});

describe('a bare count in parentheses after a noun ("Charity Shields (21)") is that noun\'s count', () => {
  const club = inlinePack('parenthesised-count', [
    'entities:',
    '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}',
    'attributes:',
    '  - {id: trophies, label: league trophies, kind: quantity, unit: trophies, unitWords: [league trophies, trophies], triggers: [league trophies], subjects: [organization], measure: stock}',
  ]);
  it('reads a parenthesised count only after a word of its attribute', () => {
    expect(figuresWith(club, 'Brackwater Albion holds a record 13 league trophies, and county shields (21).', 'trophies')).toEqual([['brackwater', 13]]);
    expect(figuresWith(club, 'Brackwater Albion holds a record 13 league trophies.', 'trophies')).toEqual([['brackwater', 13]]);
  });
});

describe('a known name of a type the attribute does not describe, after "on"/"in" ("peaked at number 3 on the Vextor Chart"), is where the figure holds', () => {
  const ranks = inlinePack('ranks-on-a-board', [
    'entityTypes:',
    '  - {type: record, headers: [record]}',
    '  - {type: board, headers: [board]}',
    'entities:',
    '  - {id: dune-lamps, name: Dune Lamps, type: record, aliases: [Dune Lamps]}',
    '  - {id: vextor-chart, name: Vextor Chart, type: board, aliases: [Vextor Chart, Vextor Top 40]}',
    '  - {id: quell-list, name: Quell List, type: board, aliases: [Quell List]}',
    'attributes:',
    '  - {id: peak, label: peak position, kind: quantity, unit: position, triggers: [peaked at number, peaked at], subjects: [record], timeless: true}',
  ]);
  const placed = (text: string) => claimsIn(ranks, `# Notes\n\n${text}\n`, 'peak').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.where ?? null, c.counterpart?.id ?? null]);

  it("gives the figure to the sentence's subject, said of that name (by its pack name), not of a rival subject", () => {
    expect(placed('Dune Lamps peaked at number 3 on the Vextor Chart.')).toEqual([['dune-lamps', 3, 'Vextor Chart', null]]);
    expect(placed('Dune Lamps peaked at number 2 on the Vextor Top 40.')).toEqual([['dune-lamps', 2, 'Vextor Chart', null]]);
    expect(placed('Dune Lamps peaked at number 5 in the Quell List.')).toEqual([['dune-lamps', 5, 'Quell List', null]]);
    expect(placed('Dune Lamps peaked at number 4.')).toEqual([['dune-lamps', 4, null, null]]);
  });

  it('keeps figures on two named boards apart, and one on a named board meets one that names none', () => {
    const run = (a: string, b: string) =>
      analyse([{ file: 'a.md', text: `# A\n\n${a}\n` }, { file: 'b.md', text: `# B\n\n${b}\n` }], { lexicon: ranks }).report.conflicts.map((c) => c.rule);
    expect(run('Dune Lamps peaked at number 3 on the Vextor Chart.', 'Dune Lamps peaked at number 7 on the Quell List.')).toEqual([]);
    expect(run('Dune Lamps peaked at number 3 on the Vextor Chart.', 'Dune Lamps peaked at number 1.')).toEqual(['numeric-mismatch']);
  });
});

describe('one figure credited to two point releases of one major version ("Varo 3 8B" and "Varo 3.3") is no mix-up', () => {
  const models = inlinePack('point-releases', [
    'entities:',
    '  - {id: varo-3-8b, name: Varo 3 8B, type: model, aliases: [Varo 3 8B]}',
    '  - {id: varo-3, name: Varo 3, type: model, aliases: [Varo 3]}',
    '  - {id: varo-3-3, name: Varo 3.3, type: model, aliases: [Varo 3.3]}',
    '  - {id: varo-4, name: Varo 4, type: model, aliases: [Varo 4]}',
    '  - {id: tessan-2, name: Tessan 2, type: model, aliases: [Tessan 2]}',
    '  - {id: tessan-2-5, name: Tessan 2.5, type: model, aliases: [Tessan 2.5]}',
    'attributes:',
    '  - {id: corpus, label: training data, kind: quantity, unit: tokens, triggers: [trained on], subjects: [model]}',
    '  - {id: cost, label: training cost, kind: quantity, unit: USD, triggers: [cost], subjects: [model]}',
  ]);
  const warned = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: models }).report.conflicts.filter((c) => c.rule === 'attribution').map((c) => c.claims.map((k) => k.entity.id));

  it('a major version and its point release share a spec: no warning', () => {
    expect(warned('Varo 3 8B was trained on 15 trillion tokens. Much later, Varo 3.3 was trained on 15 trillion tokens.')).toEqual([]);
    expect(warned('Varo 3.3 was trained on 15 trillion tokens. Varo 3 was trained on 15 trillion tokens.')).toEqual([]);
    expect(warned('Tessan 2 was trained on 18 trillion tokens. Tessan 2.5 was trained on 18 trillion tokens.')).toEqual([]);
  });

  it('another major version, another line, or a sum of money is still a warning', () => {
    expect(warned('Varo 3 was trained on 15 trillion tokens. Varo 4 was trained on 15 trillion tokens.')).toEqual([['varo-3', 'varo-4']]);
    expect(warned('Varo 3 was trained on 15 trillion tokens. Tessan 2 was trained on 15 trillion tokens.')).toEqual([['varo-3', 'tessan-2']]);
    expect(warned('Varo 3 cost $61 million to train. Varo 3.3 cost $61 million to train.')).toEqual([['varo-3', 'varo-3-3']]);
  });
});

describe('a pandoc grid table ("+---+" rules, "|" cells, "+===+" under the header, cells over several lines)', () => {
  const league = () =>
    packOf('league', 'club', ['{id: wrenfield, name: Wrenfield Athletic, type: club, aliases: [Wrenfield Athletic, Wrenfield]}', '{id: osk, name: Oskbury Vale, type: club, aliases: [Oskbury Vale]}'], [
      '{id: titles, label: league titles, kind: quantity, unit: titles, headers: [league titles], triggers: [league titles], subjects: [club], measure: stock}',
    ]);
  const grid = [
    '+--------------------+---------+',
    '| Club               | League  |',
    '|                    | titles  |',
    '+====================+=========+',
    '| Wrenfield Athletic | 7       |',
    '+--------------------+---------+',
    '| Oskbury            | 3       |',
    '| Vale               |         |',
    '+--------------------+---------+',
  ].join('\n');

  it('is read as a table: the header row over two lines, a row label over two lines, each figure at its own line and column', () => {
    const claims = claimsIn(league(), `# Clubs\n\n${grid}\n`, 'titles');
    expect(claims.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.place.line, c.place.column, c.source])).toEqual([
      ['wrenfield', 7, 7, 24, 'table'],
      ['osk', 3, 9, 24, 'table'],
    ]);
  });

  it('a grid table of another grid table in its one cell (a layout frame) is read as the inner table', () => {
    const framed = ['+------------------------------------+', ...grid.split('\n').map((l) => `| ${l}   |`), '+------------------------------------+'].join('\n');
    const claims = claimsIn(league(), `# Clubs\n\n${framed}\n`, 'titles');
    expect(claims.map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.place.line, c.place.column])).toEqual([
      ['wrenfield', 7, 8, 26],
      ['osk', 3, 10, 26],
    ]);
  });

  it('lines that only look like a grid (a cell border out of line with the top rule) are no table and give no figure', () => {
    const broken = grid.replace('| Wrenfield Athletic | 7       |', '| Wrenfield Athletic  7 |       |');
    expect(claimsIn(league(), `# Clubs\n\n${broken}\n`, 'titles').map((c) => c.entity.id)).toEqual([]);
  });
});

describe('a table whose first row is a second header ("Apps | Goals | Apps | Goals" under "League | Cup")', () => {
  it('has headers that span two columns each, so that no header names one column: nothing of it is read', () => {
    const league = packOf('league', 'club', ['{id: wrenfield, name: Wrenfield Athletic, type: club, aliases: [Wrenfield Athletic]}'], [
      '{id: titles, label: league titles, kind: quantity, unit: titles, headers: [league], triggers: [league titles], subjects: [club], measure: stock}',
    ]);
    const table = (second: string) =>
      claimsIn(league, `# Record\n\n| Club | Season | League | Cup | Total |\n|---|---|---|---|---|\n${second}| Wrenfield Athletic | 2019 | 12 | 3 | 15 |\n`, 'titles').map((c) =>
        c.value.kind === 'quantity' ? c.value.min : null,
      );
    expect(table('| Apps | Goals | Apps | Goals | Apps |\n')).toEqual([]);
    expect(table('')).toEqual([12]);
  });
});

describe('a row labelled by a total with a word before it ("Career total", "Club total")', () => {
  it('sums the rows above it, as a "Total" row does, and names no thing', () => {
    const league = packOf('league', 'club', ['{id: wrenfield, name: Wrenfield Athletic, type: club, aliases: [Wrenfield Athletic]}'], [
      '{id: scored, label: goals, kind: quantity, unit: goals, headers: [goals], triggers: [goals], subjects: [club]}',
    ]);
    const rows = (label: string) =>
      claimsIn(league, `# Record\n\n| Club | Goals |\n|---|---|\n| Wrenfield Athletic | 12 |\n| Dunmore Rovers | 9 |\n| ${label} | 21 |\n`, 'scored').map((c) => [
        c.entity.name,
        c.value.kind === 'quantity' ? c.value.min : null,
      ]);
    const named = [
      ['Wrenfield Athletic', 12],
      ['Dunmore Rovers', 9],
    ];
    expect(rows('Career total')).toEqual(named);
    expect(rows('Club totals')).toEqual(named);
    expect(rows('Total')).toEqual(named);
    expect(rows('Halden Vale')).toEqual([...named, ['Halden Vale', 21]]);
  });
});

describe('a country named as the travellers\' nationality ("citizens of X", "X passport holders") is whom a rule is for, not its subject', () => {
  const lands = packOf('entry-rules', 'country', [
    '{id: tarvona, name: Tarvona, type: country, aliases: [Tarvona]}',
    '{id: quellis, name: Quellis, type: country, aliases: [Quellis]}',
    '{id: bramore, name: Bramore, type: country, aliases: [Bramore]}',
  ], ['{id: visa.free.days, label: visa-free stay, kind: quantity, unit: days, triggers: [visa-free], subjects: [country]}']);
  const stays = (text: string, heading = 'Notes') => figuresWith(lands, text, 'visa.free.days', heading);

  it('the nationality, alone or listed, takes no figure; the page\'s own country does', () => {
    expect(stays('Citizens of Tarvona and Quellis get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Citizens of Tarvona and Quellis get visa-free entry for 30 days.', 'Bramore essentials')).toEqual([['bramore', 30]]);
    expect(stays('Nationals of Tarvona, Quellis and others get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Nationals of Ostra, Tarvona, the Velmar Isles and Quellis get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Tarvona, Ostra and Quellis passport holders get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Holders of Tarvona passports get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Tarvona and Quellis passport holders get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('There is a visa-free stay of 30 days for Tarvona nationals.', 'Bramore essentials')).toEqual([['bramore', 30]]);
    expect(stays('Travellers from Tarvona get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Some nationalities, including Tarvona and Ostra, get visa-free entry for 30 days.')).toEqual([]);
    expect(stays('Les ressortissants de Tarvona ont un séjour visa-free de 30 jours.')).toEqual([]);
    expect(stays('Los ciudadanos de Tarvona tienen visa-free 30 días.')).toEqual([]);
    expect(stays('Staatsangehörige von Tarvona haben 30 Tage visa-free.')).toEqual([]);
  });

  it('the country entered, named as such, keeps its figure', () => {
    expect(stays('Citizens of Tarvona can enter Quellis visa-free for 30 days.')).toEqual([['quellis', 30]]);
    expect(stays('Tarvona grants visa-free entry for 30 days.')).toEqual([['tarvona', 30]]);
    expect(stays('Tarvona grants visa-free entry for 30 days to Quellis citizens.')).toEqual([['tarvona', 30]]);
    expect(stays('Quellis is visa-free for 30 days for Tarvona, Ostra and Lune nationals.')).toEqual([['quellis', 30]]);
  });
});

describe('a pre-release of a version ("Tarlo 3.1 beta", "Tarlo 3.1.0.alpha.2", "Tarlo 3.1 RC1") is not the release itself', () => {
  const pack = inlinePack('pre-release', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-3-1, name: Tarlo 3.1, type: release, aliases: [Tarlo 3.1, Tarlo 3.1.0, 3.1.0]}',
    'attributes:',
    '  - {id: contributors, label: contributors to a release, kind: quantity, unit: contributors, unitWords: [contributors], triggers: [contributors], subjects: [release], timeless: true}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release, announce, announcing], negations: [not, never], participantTypes: [release], minParticipants: 1}',
  ]);
  const claimsOf = (heading: string, text: string) =>
    [...new Set(analyse([{ file: 'a.md', text: `# ${heading}\n\n${text}\n` }], { lexicon: pack }).claims.filter((c) => c.entity.id === 'tarlo-3-1').map((c) => c.attribute))].sort();

  it('reads no release of the version, and no count of it, from a page about its alpha, beta or release candidate', () => {
    expect(claimsOf('Tarlo 3.1 Beta', 'On 3 April 2031 we are announcing Tarlo 3.1 Beta. Thanks to the 170 contributors for this release.')).toEqual([]);
    expect(claimsOf('News', 'Today we announce the release of Tarlo 3.1 beta!')).toEqual([]);
    expect(claimsOf('Tarlo 3.1.0.alpha.2', 'On 20 February 2031 we are happy to announce the release of Tarlo 3.1.0.alpha.2, with 201 contributors.')).toEqual([]);
    expect(claimsOf('News', 'On 1 March 2031 we released Tarlo 3.1 RC1 and Tarlo 3.1 release candidate 2.')).toEqual([]);
    expect(claimsOf('News', 'On 1 March 2031 we released Tarlo 3.1.0-beta.1 to testers.')).toEqual([]);
  });

  it('still reads the release itself', () => {
    expect(claimsOf('Announcing Tarlo 3.1', 'Tarlo 3.1 was released on 15 May 2031, with 180 contributors.')).toEqual(['contributors', 'event.tarlo-release', 'event.tarlo-release.date']);
    expect(claimsOf('News', 'Tarlo 3.1.0 was released on 15 May 2031.')).toEqual(['event.tarlo-release', 'event.tarlo-release.date']);
  });
});

describe('an event in a clause of time after a date ("started in 2027, before Tarlo 3.1 was released") takes no date from the main clause', () => {
  const pack = inlinePack('event-in-trailing-time-clause', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-3-1, name: Tarlo 3.1, type: release, aliases: [Tarlo 3.1, Tarlo 3.1.0]}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release], negations: [not, never], participantTypes: [release], minParticipants: 1}',
  ]);
  const dates = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# News\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute === 'event.tarlo-release').map((c) => c.time?.text ?? null);

  it('reads the event with no date', () => {
    expect(dates('The port was started back in 2027, before Tarlo 3.1 was released, but was soon put aside.')).toEqual([null]);
    expect(dates('The port was started in 2027 after Tarlo 3.1 was released.')).toEqual([null]);
    expect(dates('Work stalled in 2027 until Tarlo 3.1 was released.')).toEqual([null]);
  });

  it('keeps a date of the event\'s own clause, and one a comma parts from the clause of time', () => {
    expect(dates('The port was started before Tarlo 3.1 was released in 2027.')).toEqual(['2027']);
    expect(dates('In May 2027, shortly after the beta, Tarlo 3.1 was released.')).toEqual(['May 2027']);
    expect(dates('Tarlo 3.1 was released in 2027.')).toEqual(['2027']);
  });
});

describe('an event\'s word before a noun it modifies ("our six week release cadence", "the release process") names that thing, no event', () => {
  const pack = inlinePack('event-word-as-modifier', [
    'entityTypes:',
    '  - {type: release, headers: [release, version]}',
    'entities:',
    '  - {id: tarlo-1-0, name: Tarlo 1.0, type: release, aliases: [Tarlo 1.0, Tarlo 1.0.0]}',
    'events:',
    '  - {id: tarlo-release, label: release, triggers: [released, release], negations: [not, never], participantTypes: [release], minParticipants: 1}',
  ]);
  const events = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# News\n\n${sentence}\n` }], { lexicon: pack }).claims.filter((c) => c.attribute.startsWith('event.tarlo-release')).map((c) => [c.attribute, c.time?.text ?? (c.value.kind === 'quantity' ? c.value.text : null)]);

  it('reads no release', () => {
    expect(events('This point fix comes after Tarlo 0.3.1, all the way back in 2026, and marks 72 weeks since Tarlo 1.0, when we set up our six week release cadence.')).toEqual([]);
    expect(events('In 2026 Tarlo 1.0 changed its release process.')).toEqual([]);
    expect(events('In 2026 the Tarlo 1.0 release team grew.')).toEqual([]);
  });

  it('still reads the release', () => {
    expect(events('Tarlo 1.0 was released in 2026.')).toEqual([['event.tarlo-release', '2026'], ['event.tarlo-release.date', '2026']]);
  });
});

describe('a tally (measure: tally) given several figures with no period on a page with no date', () => {
  const lexicon = inlinePack('tally-series', [
    'entityTypes:',
    '  - {type: player, headers: [player], people: true}',
    'entities:',
    '  - {id: orsk, name: Dmitri Orsk, type: player, aliases: [Dmitri Orsk, Orsk]}',
    'attributes:',
    '  - {id: goals, label: goals, kind: quantity, unit: goals, unitWords: [goals], triggers: [goals, scored], subjects: [player], measure: tally}',
  ]);
  const PAGE = 'Orsk scored 31 goals on loan. He scored nine goals that season. In all, Orsk scored 140 goals for Carrow.';
  const conflicts = (pages: { file: string; text: string }[]) => analyse(pages, { lexicon }).report.conflicts.map((c) => [c.rule, c.claims.map((x) => [x.place.file, x.value.kind === 'quantity' ? x.value.min : null])]);

  it('counts several events or moments, none of them the page\'s one count: no conflict', () => {
    expect(conflicts([{ file: 'a.md', text: `# Dmitri Orsk\n\n${PAGE}\n` }])).toEqual([]);
  });

  it('on a dated page, the figures hold at its date and still meet', () => {
    expect(conflicts([{ file: 'a.md', text: `---\ndate: 2025-05-02\n---\n\n# Dmitri Orsk\n\nOrsk has scored 31 goals. Orsk has scored 35 goals.\n` }])).toEqual([
      ['numeric-mismatch', [['a.md', 31], ['a.md', 35]]],
    ]);
  });
});

describe('a club\'s name before words that end on a noun of a part ("the Varla Benevolent Trust", "Varla Ladies", "Varla Women") names that part', () => {
  const club = inlinePack('affiliate-club', ['entities:', '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}']);
  const founded = (text: string) => claimsIn(club, `# Notes\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it("is the part's founding, not the club's", () => {
    expect(founded('In 1994 the club established The Brackwater Benevolent Trust, which raises money for local causes.').filter(([id]) => id === 'brackwater')).toEqual([]);
    expect(founded('Brackwater Ladies was founded in 1989.').filter(([id]) => id === 'brackwater')).toEqual([]);
    expect(founded('Brackwater Women is the women\'s side affiliated to Brackwater Albion. Founded as Brackwater Ladies in 1989, they turned professional in 2004.').filter(([id]) => id === 'brackwater')).toEqual([]);
  });

  it('the club\'s own founding stays the club\'s', () => {
    expect(founded('Brackwater Albion was founded in 1890.')).toEqual([['brackwater', '1890']]);
    expect(founded('In 1890, dock workers founded Brackwater Albion.')).toEqual([['brackwater', '1890']]);
  });
});

describe('a founding verb whose object is a name in emphasis or after a parenthesis ("founded _Brisk Rowing_", "founded (Club) Brisk")', () => {
  const club = inlinePack('object-markup', ['entities:', '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}']);
  const founded = (text: string) => claimsIn(club, `# Brackwater Albion\n\n${text}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.text ?? null]);

  it("is that thing's founding, not the page's", () => {
    expect(founded('Students of the college brought the game to the town. They founded _(Sociedad) Brisk Rowing_ in 1898.')).toEqual([]);
    expect(founded('Students of the college brought the game to the town. They founded *Brisk Rowing* in 1898.')).toEqual([]);
    expect(founded('Students of the college brought the game to the town. They founded "Brisk Rowing" in 1898.')).toEqual([]);
  });

  it('a founding with no object is still the club\'s', () => {
    expect(founded('Founded on 4 April 1903 as _Westfield_, Brackwater Albion has always played in blue.')).toEqual([['brackwater', '4 April 1903']]);
  });
});

describe('an event\'s word opening a parenthesis right after a name no pack knows ("sons Milo Brell (born 5 March 2001)") is that name\'s', () => {
  const people = inlinePack('child-birth', [
    'entityTypes:',
    '  - {type: player, headers: [player], people: true}',
    'entities:',
    '  - {id: orsk, name: Dmitri Orsk, type: player, aliases: [Dmitri Orsk, Orsk]}',
    'events:',
    '  - {id: birth, label: birth, triggers: [born], negations: [], participantTypes: [player], minParticipants: 1}',
  ]);
  const born = (text: string) => claimsIn(people, `# Dmitri Orsk\n\n${text}\n`, 'event.birth').map((c) => [c.entity.id, c.time?.text ?? null]);

  it("is the child's birth, not the parent's", () => {
    expect(born('Dmitri and Anna Orsk have two children: sons Milo James (born 5 March 2001 at St Anne\'s Hospital) and Ira Paul (born 1 September 2004).')).toEqual([]);
  });

  it("the page's person's own birth in parentheses after the name stays his", () => {
    expect(born('Dmitri Orsk (born 3 June 1976) is a former player.')).toEqual([['orsk', '3 June 1976']]);
    expect(born('DMITRI PAVEL ORSK (born 3 June 1976) is a former player.')).toEqual([['orsk', '3 June 1976']]);
  });
});

describe('a figure a permission or a proposal names ("granted permission to …, increasing the capacity to", "a proposal to raise it to") is planned', () => {
  const lexicon = inlinePack('planned-capacity', [
    'entityTypes:',
    '  - {type: stadium, headers: [stadium, ground]}',
    'entities:',
    '  - {id: brisk-park, name: Brisk Park, type: stadium, aliases: [Brisk Park]}',
    'attributes:',
    '  - {id: capacity, label: capacity, kind: quantity, unit: seats, unitWords: [seats], triggers: [capacity, holds], subjects: [stadium], measure: stock}',
  ]);
  const read = (text: string) => {
    const { claims, report } = analyse([{ file: 'a.md', text: `# Brisk Park\n\n${text}\n` }], { lexicon });
    return { figures: claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.modality]), conflicts: report.conflicts.length };
  };

  it('is no value of the ground today, and meets none', () => {
    expect(read('Brisk Park holds 21,500 seats. The club was granted permission to rebuild the North Stand, increasing the capacity of Brisk Park to 28,000 seats.')).toEqual({ figures: [[21500, 'asserted'], [28000, 'predicted']], conflicts: 0 });
    expect(read('Brisk Park holds 21,500 seats. The club submitted a proposal to raise the capacity of Brisk Park to 28,000 seats.')).toEqual({ figures: [[21500, 'asserted'], [28000, 'predicted']], conflicts: 0 });
  });

  it('a capacity stated plainly is still a value', () => {
    expect(read('Brisk Park holds 21,500 seats. The capacity of Brisk Park is 28,000 seats.').conflicts).toBe(1);
  });
});

describe('a count said of one occasion ("All 90 riders of the 7:15 ferry were evacuated", "Two riders were hurt") is not a yearly count', () => {
  const lexicon = inlinePack('occasion-ferries', [
    'entities:',
    '  - {id: brenmoor, name: Brenmoor Ferries, type: organization, aliases: [Brenmoor Ferries, Brenmoor]}',
    'attributes:',
    '  - {id: riders, label: riders carried, kind: quantity, unit: riders, unitWords: [riders, rider], triggers: [carried, riders], headers: [riders], subjects: [organization]}',
    '  - {id: riders.hurt, label: riders hurt, kind: quantity, unit: hurt, unitWords: [riders], triggers: [injured riders, were hurt], headers: [riders hurt], subjects: [organization]}',
  ]);
  const riders = (text: string) => figuresWith(lexicon, text, 'riders');

  it('gives the people evacuated, hurt or on board of one trip no count of riders carried', () => {
    expect(riders('All 90 riders of the Brenmoor Ferries night crossing were evacuated.')).toEqual([]);
    expect(riders('At Brenmoor Ferries, three riders suffered minor injuries.')).toEqual([]);
    expect(riders('The 240 riders on board the Brenmoor Ferries vessel were safe.')).toEqual([]);
    expect(riders('Brenmoor Ferries said 40 riders were rescued.')).toEqual([]);
    expect(riders('At Brenmoor Ferries, all 90 riders and 4 crew were evacuated.')).toEqual([]);
    expect(riders('At Brenmoor Ferries, two riders were slightly hurt.')).toEqual([]);
  });

  it('keeps the yearly count, and a count whose occasion words are its own trigger', () => {
    expect(riders('Brenmoor Ferries carried 4 million riders in 2024.')).toEqual([['brenmoor', 4000000]]);
    expect(riders('Brenmoor Ferries had 4 million riders in 2024, who travelled safely.')).toEqual([['brenmoor', 4000000]]);
    expect(figuresWith(lexicon, 'At Brenmoor Ferries, 12 riders were hurt.', 'riders.hurt')).toEqual([['brenmoor', 12]]);
  });
});

describe('a figure said to be the record of a class ("300K is the largest context window of any available model") is a comparison\'s mark, no one\'s value', () => {
  const models = inlinePack('class-record', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  it('reads no value of a figure that is itself the subject of a superlative, nor of a previous record', () => {
    expect(figuresWith(models, 'Pellow Nine has a context window of 2 million tokens. To put it in context, 300K is the largest context window to date of any available model.', 'context.window')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine hat ein Kontextfenster von 2 Millionen Tokens. Anders gesagt, 300K ist das bisher größte Kontextfenster eines verfügbaren Modells.', 'context.window')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine has a context window of 2 million tokens, beating the previous record of 300K tokens.', 'context.window')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine a une fenêtre de contexte de 2 millions de tokens ; 300K était la plus grande fenêtre de contexte disponible.', 'context.window')).toEqual([['pellow-nine', 2e6]]);
  });
  it('keeps a figure the named subject holds as the record', () => {
    expect(figuresWith(models, 'Pellow Nine hat mit 400K das größte Kontextfenster aller verfügbaren Modelle.', 'context.window')).toEqual([['pellow-nine', 4e5]]);
    expect(figuresWith(models, 'Pellow Nine has the largest context window of any available model, 2 million tokens.', 'context.window')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, "Pellow Nine's context window of 2 million tokens is the largest of any available model.", 'context.window')).toEqual([['pellow-nine', 2e6]]);
  });
});

describe('an amount put into a maximum ("given a whole codebase in context (~600K tokens)") is measured, not the maximum', () => {
  const models = inlinePack('put-in-context', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  it('reads no context window of an amount put in the context', () => {
    expect(figuresWith(models, 'Pellow Nine has a 2 million token context window. In one demo the model is given a whole codebase in context (~600K tokens) and asked to find a bug.', 'context.window', 'Pellow Nine')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine has a 2 million token context window. In one demo the team fed 600K tokens of logs into its context window.', 'context.window', 'Pellow Nine')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine hat ein Kontextfenster von 2 Millionen Tokens. In einer Demo liest es ein ganzes Handbuch im Kontext (~600K Tokens).', 'context.window', 'Pellow Nine')).toEqual([['pellow-nine', 2e6]]);
  });
  it('keeps a maximum said of what fits in the context', () => {
    expect(figuresWith(models, 'Pellow Nine can be given up to 2 million tokens in context.', 'context.window', 'Pellow Nine')).toEqual([['pellow-nine', 2e6]]);
    expect(figuresWith(models, 'Pellow Nine has a context window of 2 million tokens.', 'context.window', 'Pellow Nine')).toEqual([['pellow-nine', 2e6]]);
  });
});

describe('a second score put on a name of its own ("and 55.1% on the QRZT benchmark") is that benchmark\'s, not the metric\'s before it', () => {
  const models = inlinePack('second-benchmark', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  it('gives the metric only its own figure', () => {
    expect(figuresWith(models, 'Pellow Nine achieves 88.5% on MMLU and 55.1% on the QRZT benchmark, which tests reasoning.', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    expect(figuresWith(models, 'Pellow Nine scores 88.5% on MMLU and 55.1% on Quibble-Hard.', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
  });
  it('so does a score in no unit of its own, however near the metric\'s name before it ("69% on MMLU and 8.38 on MT-bench")', () => {
    expect(figuresWith(models, 'Pellow Nine achieves 69% on MMLU and 8.38 on Quibble-Bench.', 'benchmark.mmlu')).toEqual([['pellow-nine', 69]]);
    expect(figuresWith(models, 'Pellow Nine scores 88.5 on MMLU, 91.2 on HumanEval and 8.38 on Quibble-Bench.', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    // A day is no benchmark.
    expect(figuresWith(models, 'Pellow Nine scored 88.5% on the MMLU benchmark on Monday.', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
  });
});

describe('an event\'s participle opening the sentence, its phrase naming no date ("Born and raised in Dunmore, X joined … in 1984"), takes no date from the main clause', () => {
  const people = inlinePack('participle-birth', [
    'entityTypes:',
    '  - {type: player, headers: [player], people: true}',
    'entities:',
    '  - {id: orsk, name: Dmitri Orsk, type: player, aliases: [Dmitri Orsk, Orsk]}',
    'events:',
    '  - {id: birth, label: birth, triggers: [born], negations: [], participantTypes: [player], minParticipants: 1}',
  ]);
  const born = (text: string) => claimsIn(people, `# Dmitri Orsk\n\n${text}\n`, 'event.birth').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('reads the birth with no date', () => {
    expect(born('Born and raised in Dunmore, Orsk joined the academy of a local club in 1984 and later captained its youth team.')).toEqual([['orsk', null]]);
  });

  it('a number or a month name in the phrase that is no date leaves it undated ("Born at 14 Quay Street,", "Born in May Hill,")', () => {
    expect(born('Born at 14 Quay Street in Dunmore, Orsk joined the academy of a local club in 1984.')).toEqual([['orsk', null]]);
    expect(born('Born in May Hill, Orsk joined the academy of a local club in 1984.')).toEqual([['orsk', null]]);
  });

  it('a date in the participle\'s own phrase dates it', () => {
    expect(born('Born in Dunmore in 1976, Orsk joined the academy of a local club in 1984.')).toEqual([['orsk', '1976']]);
    expect(born('Orsk was born in Dunmore in 1976.')).toEqual([['orsk', '1976']]);
  });
});

describe('a move in a ranking ("down one place", "climbed two places") is no position in it', () => {
  const tables = inlinePack('rank-move', [
    'entityTypes:',
    '  - {type: organization, headers: [college]}',
    'entities:',
    '  - {id: quarnby, name: Quarnby College, type: organization, aliases: [Quarnby College, Quarnby]}',
    'attributes:',
    '  - {id: table.place, label: league table position, kind: quantity, unit: rank, unitWords: [place, position], triggers: [ranked, ranking, rankings, league table], subjects: [organization]}',
  ]);
  it('reads no position of a count of places a college moved by', () => {
    expect(figuresWith(tables, "This puts Quarnby down one place on last year's rankings.", 'table.place')).toEqual([]);
    expect(figuresWith(tables, 'Quarnby College went up three places in the league table.', 'table.place')).toEqual([]);
    expect(figuresWith(tables, 'In the rankings Quarnby climbed two places.', 'table.place')).toEqual([]);
    expect(figuresWith(tables, 'In the league table Quarnby College fell 5 places.', 'table.place')).toEqual([]);
    expect(figuresWith(tables, 'In the league table Quarnby College slipped four positions.', 'table.place')).toEqual([]);
  });
  it('keeps a position stated as one', () => {
    expect(figuresWith(tables, 'Quarnby College ranked 47 of 150 in the league table.', 'table.place')).toEqual([['quarnby', 47]]);
  });
});

describe('a change named by a noun ("a decrease of 15% in satisfaction", "a 12% increase") is a move, as its verb is, no level', () => {
  const surveys = inlinePack('change-noun', [
    'entityTypes:',
    '  - {type: organization, headers: [college]}',
    'entities:',
    '  - {id: quarnby, name: Quarnby College, type: organization, aliases: [Quarnby College, Quarnby]}',
    'attributes:',
    '  - {id: content, label: student contentment, kind: quantity, unit: percent, triggers: [contentment, content], subjects: [organization]}',
  ]);
  const page = (text: string) => analyse([{ file: 'a.md', text: `---\ndate: 2016-11-18\n---\n\n${text}\n` }], { lexicon: surveys });
  const moves = (text: string) => page(text).claims.map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.withinPage ?? null]);
  it('reads the size of a change a noun names as a move within its page, as the verb\'s', () => {
    expect(moves('At Quarnby contentment fell 15% from last year.')).toEqual([[15, true]]);
    expect(moves('Quarnby saw a decrease of 15% in contentment.')).toEqual([[15, true]]);
    expect(moves('Quarnby saw an increase of 3% in contentment.')).toEqual([[3, true]]);
    expect(moves('Quarnby saw a 12% decrease in contentment.')).toEqual([[12, true]]);
    expect(moves('Quarnby saw a 7% increase in contentment.')).toEqual([[7, true]]);
    expect(moves('Quarnby saw a reduction of 4% in contentment.')).toEqual([[4, true]]);
  });
  it('does not set the change against the level the page states', () => {
    const text = 'Overall Quarnby contentment was 81%. The Tarvel department dropped the most from last year, a decrease of 15% in contentment.';
    expect(moves(text)).toEqual([
      [81, null],
      [15, true],
    ]);
    expect(page(text).report.conflicts).toEqual([]);
  });
});


describe('a figure after "by" that a verb of change in its base form leads to ("fees rise by £250", "will increase by") is the change, no level', () => {
  const fees = inlinePack('change-base-verb', [
    'entityTypes:',
    '  - {type: organization, headers: [college]}',
    'entities:',
    '  - {id: quarnby, name: Quarnby College, type: organization, aliases: [Quarnby College, Quarnby]}',
    'attributes:',
    '  - {id: fee, label: tuition fee, kind: quantity, unit: GBP, triggers: [tuition fees, tuition fee], subjects: [organization], measure: stock}',
  ]);
  const fee = (text: string) => figuresWith(fees, text, 'fee');
  it('reads no fee of the size of a rise or a cut', () => {
    expect(fee('At Quarnby College tuition fees rise by £250 next year.')).toEqual([]);
    expect(fee('At Quarnby College tuition fees will increase by £300.')).toEqual([]);
    expect(fee('Quarnby College may cut tuition fees by £500, or lower them by £200.')).toEqual([]);
    expect(fee('At Quarnby College tuition fees could go up by £150.')).toEqual([]);
  });
  it('keeps the level, and the past tense as before', () => {
    expect(fee('At Quarnby College tuition fees rose by £250 last year.')).toEqual([]);
    expect(fee('At Quarnby College tuition fees are £9,250.')).toEqual([['quarnby', 9250]]);
    expect(fee('At Quarnby College tuition fees rise to £9,250 next year.')).toEqual([['quarnby', 9250]]);
  });
});

describe('a pronoun that opens a paragraph ("With a 4.7 rating, it\'s …") and a name met in the paragraph before', () => {
  const sites = packOf('sites-carried', 'site', [
    '{id: verdant-park, name: Verdant Park, type: site, aliases: [Verdant Park]}',
    '{id: ferro-market, name: Ferro Market, type: site, aliases: [Ferro Market]}',
  ], ['{id: rating, label: rating, kind: quantity, unit: rating, triggers: [rating, rated], subjects: [site], maximum: 5}']);
  const ratings = (text: string) => claimsIn(sites, text, 'rating').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('stands for the name no pack reads that the paragraph before opened on: the figure is no one\'s', () => {
    expect(ratings('# Lumen Teahouse\n\n## Why go\n\nLumen Teahouse sits deep inside Verdant Park, on the path to the shrine.\n\nWith a 4.7 rating from 1,200 reviews, it has become a favourite stop.\n')).toEqual([]);
    expect(ratings('Lumen Teahouse sits deep inside Verdant Park, on the path to the shrine.\n\nIt is rated 4.7 by visitors.\n')).toEqual([]);
  });

  it('stands for the one subject the title or the heading names, not a backdrop the paragraph before named', () => {
    expect(ratings('# Ferro Market: an Ostra guide\n\nOpened in 1905, Ferro is the oldest covered hall in town, set beside Verdant Park.\n\nWith a 4.2 rating across 44,000 reviews, it is one of the busiest halls.\n')).toEqual([['ferro-market', 4.2]]);
    expect(ratings('# Ostra guide\n\n## Ferro Market\n\nOpened in 1905, the hall is set beside Verdant Park.\n\nIt is rated 4.2 across 44,000 reviews.\n')).toEqual([['ferro-market', 4.2]]);
  });

  it('still stands for the name the paragraph before opened on, where no title or heading names a subject', () => {
    expect(ratings('Verdant Park is a green district at the foot of the hills.\n\nIt is rated 4.6 across many reviews.\n')).toEqual([['verdant-park', 4.6]]);
    expect(ratings('# Ostra guide\n\nVerdant Park is a green district at the foot of the hills.\n\nIt is rated 4.6 across many reviews.\n')).toEqual([['verdant-park', 4.6]]);
    expect(ratings('# Verdant Park\n\nVerdant Park is a green district beside Ferro Market.\n\nIt is rated 4.6 across many reviews.\n')).toEqual([['verdant-park', 4.6]]);
  });
});

describe('a number with a Chinese or Japanese counter and a noun ("16个样本", "16個のサンプル") counts that noun, never a score', () => {
  const models = inlinePack('counted-noun', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  const counted = inlinePack('counted-noun-samples', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
    'attributes:',
    '  - {id: eval.samples, label: evaluation samples, kind: quantity, unit: sample, triggers: [样本, サンプル], subjects: [model]}',
  ]);
  it('reads no score of a count of samples, trials or cases', () => {
    expect(figuresWith(models, 'Pellow Nine在MMLU上达到88.5%。报告称，Pellow Nine在16个样本上的MMLU测试效果有所提高。', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    expect(figuresWith(models, 'Pellow Nine在5个样本的MMLU上得分88.5。', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    expect(figuresWith(models, 'Pellow Nine在MMLU上进行了16次试验。', 'benchmark.mmlu')).toEqual([]);
    expect(figuresWith(models, 'Pellow NineはMMLUで16個のサンプルを使った。', 'benchmark.mmlu')).toEqual([]);
    expect(figuresWith(models, 'Pellow NineのMMLUは16件の事例で測った。', 'benchmark.mmlu')).toEqual([]);
  });
  it('keeps a score written bare, and a count of the noun an attribute counts', () => {
    expect(figuresWith(models, 'Pellow Nine的MMLU得分为88.5。', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    expect(figuresWith(models, 'Pellow NineはMMLUで88.5を記録した。', 'benchmark.mmlu')).toEqual([['pellow-nine', 88.5]]);
    expect(figuresWith(counted, 'Pellow Nine在16个样本上评估。', 'eval.samples')).toEqual([['pellow-nine', 16]]);
  });
});

describe('a change\'s start with a short phrase of method or condition before "to" ("from 71.2% with plain decoding to 80.4%") is no value', () => {
  const models = inlinePack('change-by-method', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  it('reads only the level the change reached', () => {
    expect(figuresWith(models, 'Pellow Nine improves its score on MMLU from 71.2% with plain decoding to 80.4% with voting over many samples.', 'benchmark.mmlu')).toEqual([['pellow-nine', 80.4]]);
    // (The bare end reached is not yet read there: nothing rather than the start.)
    expect(figuresWith(models, 'Pellow Nine raised its MMLU score from 71.2 using the base prompt to 80.4.', 'benchmark.mmlu')).toEqual([]);
    expect(figuresWith(models, 'Pellow Nine improved on MMLU from 71.2% under greedy decoding, to 80.4%.', 'benchmark.mmlu')).toEqual([['pellow-nine', 80.4]]);
  });
  it('keeps the plain change and a figure whose phrase is no change\'s start', () => {
    expect(figuresWith(models, 'Pellow Nine improves its score on MMLU from 71.2% to 80.4%.', 'benchmark.mmlu')).toEqual([['pellow-nine', 80.4]]);
    expect(figuresWith(models, 'Pellow Nine scores 80.4% on MMLU with plain decoding.', 'benchmark.mmlu')).toEqual([['pellow-nine', 80.4]]);
  });
});

describe('a fee the subject pays as the buyer ("X signed Y for a fee of …", "X paid … for Y") is not the subject\'s fee', () => {
  const clubs = inlinePack('fee-buyer', [
    'entityTypes:',
    '  - {type: organization, headers: [club]}',
    '  - {type: player, headers: [player, striker]}',
    'entities:',
    '  - {id: fenwold, name: Fenwold Albion, type: organization, aliases: [Fenwold Albion, Fenwold]}',
    '  - {id: tollund, name: Rafe Tollund, type: player, aliases: [Rafe Tollund, Tollund]}',
    '  - {id: lentisco, name: Dario Lentisco, type: player, aliases: [Dario Lentisco, Lentisco]}',
    'attributes:',
    '  - {id: transfer.fee, label: transfer fee, kind: quantity, unit: GBP, triggers: [transfer fee, fee of, record fee], subjects: [player], timeless: true}',
  ]);
  const fees = (text: string) => figuresWith(clubs, text, 'transfer.fee', 'Rafe Tollund');
  it('reads nothing of a fee a player-manager paid for someone no pack names', () => {
    expect(fees("As manager, Tollund signed Corrow's Ansel Brigg for a British record fee of £3.2 million.")).toEqual([]);
    expect(fees('As manager, Tollund paid a record fee of £3.2 million for Ansel Brigg.')).toEqual([]);
    expect(fees('Tollund spent a record fee of £3.2 million on Ansel Brigg.')).toEqual([]);
  });
  it('gives the fee to the one bought, where a pack names him', () => {
    expect(fees("As manager, Tollund signed Corrow's Dario Lentisco for a record fee of £3.2 million.")).toEqual([['lentisco', 3.2e6]]);
    expect(fees('Tollund paid a record fee of £3.2 million for Dario Lentisco.')).toEqual([['lentisco', 3.2e6]]);
  });
  it('keeps the fee of the one who moves: signed for, was signed by, joined', () => {
    expect(fees('In 1977 Tollund was signed by Fenwold Albion for a transfer fee of £400,000.')).toEqual([['tollund', 400000]]);
    expect(fees('In 1977 Tollund signed for Fenwold Albion for a transfer fee of £400,000.')).toEqual([['tollund', 400000]]);
    expect(fees('Fenwold Albion signed Tollund for a transfer fee of £400,000.')).toEqual([['tollund', 400000]]);
    expect(fees('Tollund joined Fenwold Albion for a transfer fee of £400,000.')).toEqual([['tollund', 400000]]);
  });
});

describe('sizes listed for one family ("available in 8B and 70B parameters") name its members, none the family\'s size', () => {
  const models = inlinePack('listed-sizes', [
    'entities:',
    '  - {id: quorn-4, name: Quorn 4, type: family, aliases: [Quorn 4], memberType: model, memberPrefixes: [quorn-4]}',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  it('reads no size of the family from two or more sizes joined by and, or, commas', () => {
    expect(figuresWith(models, 'Quorn 4 is available in 8B and 70B parameters.', 'params.total', 'Quorn 4')).toEqual([]);
    expect(figuresWith(models, 'This release includes 8B and 70B parameters pre-trained and instruction-tuned models.', 'params.total', 'Quorn 4')).toEqual([]);
    expect(figuresWith(models, 'Quorn 4 comes with 7B, 13B or 34B parameters.', 'params.total', 'Quorn 4')).toEqual([]);
    expect(figuresWith(models, 'Quorn 4 comes in 7 billion, 13 billion and 34 billion parameter versions.', 'params.total', 'Quorn 4')).toEqual([]);
  });
  it('keeps one size of the family, a model\'s own listed figures, and a total listed with an active count', () => {
    expect(figuresWith(models, 'Quorn 4 has 70B parameters.', 'params.total', 'Quorn 4')).toEqual([['quorn-4', 70e9]]);
    expect(figuresWith(models, 'Quorn 4 has 52B total and 12B active parameters.', 'params.total', 'Quorn 4')).toEqual([['quorn-4', 52e9]]);
    expect(figuresWith(models, 'Pellow Nine has 52B total and 12B active parameters.', 'params.active')).toEqual([['pellow-nine', 12e9]]);
  });
});

describe('a section of cited works under a heading with a modifier or in another language ("Key References", "Wichtige Referenzen", "参考资料", "References / Papers") states nothing', () => {
  const models = inlinePack('cited-works', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
  ]);
  const dates = (heading: string) =>
    analyse([{ file: 'a.md', text: `# Pellow Nine\n\nPellow Nine has 40B parameters.\n\n## ${heading}\n\n- [Pellow Nine release announcement](https://example.org/p9) (September 2031)\n- [Pellow Nine paper](https://example.org/p9.pdf) (October 2031) --- the model was released with 52B parameters\n` }], { lexicon: models })
      .claims.map((c) => [c.attribute, c.place.line]);
  it('reads nothing under it, to the next heading of its depth', () => {
    for (const heading of ['Key References', 'Additional References', 'Wichtige Referenzen', 'Zusätzliche Referenzen', 'Referenzen', 'Referenze', 'Referències', 'Ссылки', 'Ключевые ссылки', '参考资料', 'その他の参考資料', '참고 자료', '참고자료 (References)', 'References / Papers', 'Referenze / Articoli scientifici', 'Sources', 'Key Sources', 'Sources and Further Reading', 'Sources & Resources', 'Sources and Citations'])
      expect([heading, dates(heading)]).toEqual([heading, [['params.total', 3]]]);
  });
  it('keeps a section whose heading only opens on such a word or names another matter', () => {
    expect(dates('Sources of revenue')).toEqual([['params.total', 3], ['event.model-release', 7], ['event.model-release.date', 7], ['event.model-release', 8], ['event.model-release.date', 8], ['params.total', 8]]);
  });
});

describe('the built-in release reads its date column under a header in German, Italian, Japanese, Korean or Turkish', () => {
  const models = inlinePack('release-headers', [
    'entities:',
    '  - {id: pellow-nine, name: Pellow Nine, type: model, aliases: [Pellow Nine]}',
    '  - {id: quorn-lite, name: Quorn Lite, type: model, aliases: [Quorn Lite]}',
  ]);
  const released = (model: string, date: string) =>
    analyse([{ file: 'a.md', text: `# Models\n\n| ${model} | ${date} |\n|---|---|\n| Pellow Nine | 2031 |\n| Quorn Lite | Mar 2032 |\n` }], { lexicon: models })
      .claims.filter((c) => c.attribute === 'event.model-release').map((c) => [c.entity.id, c.time?.text ?? null]);
  const both = [['pellow-nine', '2031'], ['quorn-lite', 'Mar 2032']];
  it('German', () => {
    expect(released('Modell', 'Veröffentlichungsdatum')).toEqual(both);
    expect(released('Modell', 'Erscheinungsdatum')).toEqual(both);
  });
  it('Italian', () => {
    expect(released('Modello', 'Data di rilascio')).toEqual(both);
    expect(released('Modello', 'Data Rilascio')).toEqual(both);
  });
  it('Japanese', () => {
    expect(released('モデル', 'リリース日')).toEqual(both);
    expect(released('モデル名', '公開日')).toEqual(both);
    expect(released('モデル名', '発表された年')).toEqual(both);
  });
  it('Korean', () => {
    expect(released('모델', '출시일')).toEqual(both);
    expect(released('모델', '공개일')).toEqual(both);
    expect(released('모델', '공개 일자')).toEqual(both);
  });
  it('Turkish', () => {
    expect(released('Model', 'Yayın Tarihi')).toEqual(both);
    expect(released('Model', 'Çıkış Tarihi')).toEqual(both);
  });
  it('and in English, as before', () => {
    expect(released('Model', 'Release Date')).toEqual(both);
  });
});

describe('a trigger that is one word made with a hyphen, before a noun of another thing ("a 240-hour visa-free transit")', () => {
  const stays = packOf('hyphen-adjective', 'country', ['{id: talvoria, name: Talvoria, type: country, aliases: [Talvoria]}'], ['{id: stay, label: visa-free stay, kind: quantity, unit: days, triggers: [visa-free, stay of], subjects: [country], measure: stock}']);
  const read = (text: string) => claimsUnder(stays, 'Talvoria', text).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.text : null]);
  it('reads the figure as that noun’s, no value of the attribute', () => {
    expect(read('Talvoria offers a 240-hour visa-free transit to travellers passing through.')).toEqual([]);
    expect(read('Ostlanders are not on the 30-day visa-free list of Talvoria.')).toEqual([]);
  });
  it('keeps the figure where the noun is a word of the attribute, or where none follows', () => {
    expect(read('Talvoria grants a 30-day visa-free stay to most travellers.')).toEqual([['talvoria', '30-day']]);
    expect(read('Most travellers can enter Talvoria visa-free for up to 45 days.')).toEqual([['talvoria', 'up to 45 days']]);
    expect(read('Travellers enter Talvoria visa-free (60 days).')).toEqual([['talvoria', '60 days']]);
  });
});

describe('an event\'s participle between a determiner and a noun ("discussed the newly discovered planet Tessaly") describes the noun, at no date of the sentence', () => {
  const pack = inlinePack('attributive-participle', [
    'entityTypes:',
    '  - {type: body, headers: [planet, moon]}',
    'entities:',
    '  - {id: tessaly, name: Tessaly, type: body, aliases: [Tessaly]}',
    'events:',
    '  - {id: discovery, label: discovery, triggers: [discovered, discovery of], negations: [never, not], participantTypes: [body], minParticipants: 1}',
  ]);
  const found = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'event.discovery').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('reads the discovery with no date', () => {
    expect(found('On May 2, 1790, Pike spent the evening discussing the newly discovered planet Tessaly with a friend.')).toEqual([['tessaly', null]]);
    expect(found('In 1795 our recently discovered planet Tessaly drew crowds to the observatory.')).toEqual([['tessaly', null]]);
  });

  it('still reads the discovery its verb tells', () => {
    expect(found('Pike discovered the planet Tessaly in 1788.')).toEqual([['tessaly', '1788']]);
    expect(found('Tessaly was discovered in 1788.')).toEqual([['tessaly', '1788']]);
    expect(found('Tessaly, discovered in 1788, is the seventh planet.')).toEqual([['tessaly', '1788']]);
  });
});

describe('a label line whose parentheses name a time ("Population (1991)", "Population (Today)")', () => {
  const spills = packOf('label-times', 'disaster', ['{id: orlan-spill, name: Orlan spill, type: disaster, aliases: [Orlan spill]}'], [
    '{id: deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [deaths], triggers: [deaths, killed], headers: [deaths], subjects: [disaster], timeless: true}',
  ]);
  const lines = (text: string) =>
    claimsUnder(spills, 'Orlan spill', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text]);
  it('dates the figure of an attribute no pack knows by the year in its label', () => {
    expect(lines('**Population (1991):** 31,000')).toEqual([['open.population', 31000, '1991']]);
  });
  it('reads nothing of a label whose time is one it cannot date ("Today", "current", "pre-spill")', () => {
    expect(lines('**Population (1991):** 31,000\n**Population (Today):** 0 (officially)')).toEqual([['open.population', 31000, '1991']]);
    expect(lines('**Population (current):** 12')).toEqual([]);
    expect(lines('**Population (pre-spill):** 31,000')).toEqual([]);
    expect(lines('**Deaths (now):** 12')).toEqual([]);
  });
  it('keeps a label whose aside is a unit or a note', () => {
    expect(lines('**Population (people):** 31,000')).toEqual([['open.population', 31000, undefined]]);
    expect(lines('**Deaths:** 12')).toEqual([['deaths', 12, undefined]]);
  });
});

describe('a label that narrows the attribute\'s noun to a kind ("Radiation deaths: 1")', () => {
  const spills = packOf('label-kinds', 'disaster', ['{id: orlan-spill, name: Orlan spill, type: disaster, aliases: [Orlan spill]}'], [
    '{id: deaths, label: death toll, kind: quantity, unit: deaths, unitWords: [deaths, people], triggers: [deaths, killed], headers: [deaths], subjects: [disaster], timeless: true}',
  ]);
  const tolls = (text: string) => claimsIn(spills, `# Orlan spill\n\n${text}\n`, 'deaths').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
  it('reads no value of the whole toll from a kind of death, in a label or in prose', () => {
    expect(tolls('The spill killed 2,200+ people.\n\n**Confirmed Radiation Deaths:** 1 (a worker)')).toEqual([2200]);
    expect(tolls('**Direct deaths:** 3')).toEqual([]);
    expect(tolls('The spill caused 3 direct deaths.')).toEqual([]);
  });
  it('keeps the plain noun and a sum of it', () => {
    expect(tolls('**Deaths:** 6')).toEqual([6]);
    expect(tolls('The spill caused 50 deaths.')).toEqual([50]);
  });
  it('reads on as prose a headline label whose line says more than a figure', () => {
    expect(tolls('**Delayed Deaths:** The spill killed 40 people in all.')).toEqual([40]);
  });
});

describe('"up to" of a maximum said over places ("up to 38 m in some areas")', () => {
  const floods = packOf('ceiling-places', 'disaster', ['{id: orlan-flood, name: Orlan flood, type: disaster, aliases: [Orlan flood]}'], [
    '{id: wave.height, label: wave height, kind: quantity, unit: m, triggers: [waves, wave height], subjects: [disaster], ceiling: true, timeless: true}',
  ]);
  const heights = (text: string) => claimsIn(floods, `# Orlan flood\n\n${text}\n`, 'wave.height').map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null));
  const conflicts = (text: string) => checkTexts([{ file: 'a.md', text: `# Orlan flood\n\n${text}\n` }], { lexicon: floods }).conflicts.length;
  it('stays a bound, which a lower figure of one place meets', () => {
    expect(heights('**Waves:** Up to 38.2 meters (125 feet) in some areas')).toEqual([[null, 38.2]]);
    expect(heights('Waves reached up to 38.2 meters locally.')).toEqual([[null, 38.2]]);
    expect(conflicts('**Waves:** Up to 38.2 meters (125 feet) in some areas\n\n12-meter waves overwhelm the seawall.')).toBe(0);
  });
  it('is the maximum itself when no place is said', () => {
    expect(heights('Waves reached up to 38.2 meters.')).toEqual([[38.2, 38.2]]);
  });
});

describe('a name in a participle\'s clause set off by a comma ("X was built in 1602, connecting Y to …", "X, located on Y, was erected") takes no part in the main clause\'s event', () => {
  const monuments = inlinePack('participle-clause-monuments', [
    'entityTypes:',
    '  - {type: monument, headers: [monument, bridge, palace, column, square, pont, palais, colonne, place]}',
    'entities:',
    '  - {id: velmar, name: Velmar Bridge, type: monument, aliases: [Velmar Bridge, Pont Velmar]}',
    '  - {id: durnwick, name: Durnwick Palace, type: monument, aliases: [Durnwick Palace, Palais Durnwick]}',
    '  - {id: halvine, name: Halvine Column, type: monument, aliases: [Halvine Column, Colonne Halvine]}',
    '  - {id: pellory, name: Pellory Square, type: monument, aliases: [Pellory Square, Place Pellory]}',
    'events:',
    '  - {id: construction, label: construction, triggers: [built, erected, construit, érigée], participantTypes: [monument], minParticipants: 1}',
  ]);
  const built = (text: string) => claimsIn(monuments, `# Notes\n\n${text}\n`, 'event.construction').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('gives the event to the subject, not to a name in a participle\'s clause after the verb', () => {
    expect(built('The Velmar Bridge, a landmark of Ostmere, was built in 1602, connecting the Durnwick Palace to the old prison.')).toEqual([['velmar', '1602']]);
    expect(built('Le Pont Velmar, célèbre ouvrage de Ostmere, a été construit en 1602, reliant le Palais Durnwick à la prison voisine.')).toEqual([['velmar', '1602']]);
  });

  it('gives the event to the subject, not to a place named in an aside on it before the verb', () => {
    expect(built('The Halvine Column, located on Pellory Square in Ostmere, was erected in 1810.')).toEqual([['halvine', '1810']]);
    expect(built('La Colonne Halvine, située sur la Place Pellory à Ostmere, a été érigée en 1810.')).toEqual([['halvine', '1810']]);
  });

  it('keeps a name the verb takes with no participle between', () => {
    expect(built('The Durnwick Palace was built in 1340.')).toEqual([['durnwick', '1340']]);
    expect(built('Le Palais Durnwick, situé à Ostmere, a été construit en 1340.')).toEqual([['durnwick', '1340']]);
  });
});

/** A column with a height in English and French: the pack of the two blocks below. */
const columnHeights = (() => {
  const monuments = inlinePack('modelled-on-monuments', [
    'entityTypes:',
    '  - {type: monument, headers: [monument, column, colonne]}',
    'entities:',
    '  - {id: quessel, name: Quessel Column, type: monument, aliases: [Quessel Column, colonne Quessel, Colonne Quessel]}',
    'attributes:',
    '  - {id: height, label: height, kind: quantity, unit: m, unitWords: [mètres, metres], triggers: [de haut, tall], subjects: [monument], timeless: true}',
  ]);
  return (text: string) => figuresWith(monuments, text, 'height');
})();

describe('a name a thing was made after or is likened to ("inspired by the X", "inspirée par la X", "modelled on X") is the model, not the subject of the figure', () => {
  const heights = columnHeights;

  it('gives the model no figure of the thing made after it', () => {
    expect(heights('Cette structure a été inspirée par la colonne Quessel à Ostmere et mesure 44 mètres de haut.')).toEqual([]);
    expect(heights('The structure was modelled on the Quessel Column in Ostmere and is 44 metres tall.')).toEqual([]);
    expect(heights('Inspired by the Quessel Column, it stands 44 metres tall.')).toEqual([]);
  });

  it('keeps the figure of the thing itself', () => {
    expect(heights('La Colonne Quessel, à Ostmere, mesure 30 mètres de haut.')).toEqual([['quessel', 30]]);
    expect(heights('The Quessel Column is 30 metres tall.')).toEqual([['quessel', 30]]);
  });
});

describe('an Obsidian or wiki link ("[[Quessel Column]]", "[[Quessel Column|the column]]") is read as the words it shows', () => {
  const heights = columnHeights;

  it('reads the link\'s words where the brackets stand, at the same place', () => {
    expect(heights('The [[Quessel Column]] is 30 metres tall.')).toEqual([['quessel', 30]]);
    expect(heights('The [[Ostmere/Quessel Column|Quessel Column]] is 30 metres tall.')).toEqual([['quessel', 30]]);
    const segments = collectSegments('See [[Orvik Hall|the hall]] and [[Tarn]].\n', unified().use(remarkParse).parse('See [[Orvik Hall|the hall]] and [[Tarn]].\n'));
    expect(segments.blocks.map((b) => b.text)).toEqual([`See ${' '.repeat('[[Orvik Hall|'.length)}the hall${'  '} and ${'  '}Tarn${'  '}.`]);
  });

  it('so the words before the link are read as they would be without it', () => {
    expect(heights('Cette structure a été inspirée par la [[colonne Quessel]] à Ostmere et mesure 44 mètres de haut.')).toEqual([]);
  });

  it('leaves a bracketed reference mark with no word in it as it is', () => {
    const segments = collectSegments('Revenue rose.[[1]]\n', unified().use(remarkParse).parse('Revenue rose.[[1]]\n'));
    expect(segments.blocks.map((b) => b.text)).toEqual(['Revenue rose.[[1]]']);
  });
});

describe('a tally scoped to a span (a decade named as "the 1960s, when", a coach\'s era, a tenure, years between two, an era) is a part of the total, no value of it', () => {
  const club = inlinePack('span-club', [
    'entities:',
    '  - {id: brackwater, name: Brackwater Albion, type: organization, aliases: [Brackwater Albion, Brackwater]}',
    'attributes:',
    '  - {id: trophies, label: league titles, kind: quantity, unit: titles, unitWords: [titles], triggers: [league titles], subjects: [organization], measure: stock}',
  ]);
  const titles = (text: string) => figuresWith(club, text, 'trophies');
  it('reads nothing of a count in a clause a decade, a coach, a tenure, two years or an era scope', () => {
    expect(titles("Brackwater Albion's finest decade was the 1960s, when the club won five League titles.")).toEqual([]);
    expect(titles('Brackwater Albion won most of its honours in the 1970s; four league titles, two shields and a cup.')).toEqual([]);
    expect(titles('Under Ivo Marren, Brackwater Albion won five league titles.')).toEqual([]);
    expect(titles("During Marren's eight seasons as coach Brackwater Albion won 14 honours, including five league titles and two cups.")).toEqual([]);
    expect(titles('Brackwater Albion won three league titles during his tenure.')).toEqual([]);
    expect(titles('Between 1961 and 1969 Brackwater Albion won five league titles.')).toEqual([]);
    expect(titles('Brackwater Albion has won seven league titles in the Northern League era.')).toEqual([]);
  });
  it('keeps the all-time count, and a clause with no such scope', () => {
    expect(titles('Brackwater Albion has won 12 league titles.')).toEqual([['brackwater', 12]]);
    expect(titles('Brackwater Albion has won 12 league titles, more than any club in the country.')).toEqual([['brackwater', 12]]);
    expect(titles('Brackwater Albion was founded in the 1880s. Brackwater has won 12 league titles.')).toEqual([['brackwater', 12]]);
  });
  it('keeps a count where "under" names terms, not a leader: a name with a number after it, an acronym', () => {
    expect(titles('Playing under Kestrel Rules 2.1, Brackwater Albion has won 12 league titles.')).toEqual([['brackwater', 12]]);
    expect(titles('Registered under the KFA charter, Brackwater Albion has won 12 league titles.')).toEqual([['brackwater', 12]]);
  });
});

describe('a subject pronoun ("—he died in 1790—") stands for a name of its own sentence before it, before one of the sentences before', () => {
  const pack = inlinePack('pronoun-own-sentence', [
    'entityTypes:',
    '  - {type: person, people: true, headers: [astronomer]}',
    'entities:',
    '  - {id: oren-pike, name: Oren Pike, type: person, aliases: [Oren Pike, Pike]}',
    '  - {id: tamsin-holt, name: Tamsin Holt, type: person, aliases: [Tamsin Holt, Holt]}',
    'events:',
    '  - {id: death, label: death, triggers: [died], negations: [never], participantTypes: [person], minParticipants: 1}',
  ]);
  const deaths = (text: string) => claimsIn(pack, `# Oren Pike\n\n${text}\n`, 'event.death').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('gives the death to the name that opens its own sentence', () => {
    expect(deaths('Pike used the tables of Holt to plot the orbit. Pike did not live to see it come back—he died in 1790—but it returned in 1799.')).toEqual([['oren-pike', '1790']]);
    expect(deaths('Pike read the letters of Holt. Pike left for the coast, and he died there in 1790.')).toEqual([['oren-pike', '1790']]);
  });

  it('still takes the name of the sentence before when its own names none', () => {
    expect(deaths('Pike read the letters of Holt. He died in 1790.')).toEqual([['tamsin-holt', '1790']]);
  });
});

describe('the object of an event\'s verb: a name after it that owns another noun ("discovered Orvin, Tessaly\'s largest moon"), a "that"-clause ("discovered that the tables were wrong")', () => {
  const pack = inlinePack('object-owner-that-clause', [
    'entityTypes:',
    '  - {type: body, headers: [planet, moon]}',
    '  - {type: person, people: true, headers: [astronomer]}',
    'entities:',
    '  - {id: tessaly, name: Tessaly, type: body, aliases: [Tessaly]}',
    '  - {id: marrow, name: Marrow, type: body, aliases: [Marrow]}',
    '  - {id: oren-pike, name: Oren Pike, type: person, aliases: [Oren Pike, Pike]}',
    'events:',
    '  - {id: discovery, label: discovery, triggers: [discovered, discovery of], negations: [never, not], participantTypes: [body], minParticipants: 1}',
  ]);
  const found = (sentence: string) => claimsIn(pack, `# Oren Pike\n\n${sentence}\n`, 'event.discovery').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('reads no discovery of the owner, nor of a name before a "that"-clause', () => {
    expect(found('His fame came in 1790 when he discovered Orvin, Tessaly\'s largest moon, with a mirror he had ground himself.')).toEqual([]);
    expect(found('In 1790 Pike discovered Tessaly\'s largest moon.')).toEqual([]);
    expect(found('In June 1785 Pike watched Marrow pass close to Tessaly, and discovered that the old tables were badly wrong.')).toEqual([]);
    expect(found('In June 1785 Pike watched Marrow pass close to Tessaly, and discovered that existing tables were badly wrong.')).toEqual([]);
  });

  it('still reads the discovery of the name it takes', () => {
    expect(found('In 1790 Pike discovered Tessaly, the seventh planet.')).toEqual([['tessaly', '1790']]);
    expect(found('Pike discovered Tessaly in 1790.')).toEqual([['tessaly', '1790']]);
    expect(found('Tessaly was discovered in 1790.')).toEqual([['tessaly', '1790']]);
    expect(found('In 1791 Pike discovered that comet Marrow returns every 40 years.')).toEqual([]);
  });
});

describe('a trigger that is one of its attribute\'s own values ("open-weight" both names the attribute and says its value) reads that value, not another one nearby', () => {
  const pack = packOf('weights-trigger-value', 'model', ['{id: kx-7b, name: Kx-7B, type: model, aliases: [Kx-7B]}'], [
    '{id: weights, label: weights, kind: category, triggers: [weights, open-weight, open-source, closed], subjects: [model], values: [{id: open, group: open, synonyms: [open weights, open-weight, open-source]}, {id: closed, group: closed, synonyms: [closed weights, closed-source, proprietary]}]}',
  ]);
  const found = (sentence: string) => claimsIn(pack, `# Notes\n\n${sentence}\n`, 'weights').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('leaves a value of the compared things alone', () => {
    expect(found('The Kx-7B model rivals proprietary models, a first among open-source LLMs.')).toEqual([]);
    expect(found('The Kx-7B model is an open-source base model that rivals the quality of proprietary models.')).toEqual([['kx-7b', 'open']]);
  });

  it('reads such a value only where it is said of the name, as a value of an attribute with no trigger', () => {
    expect(found('The report covers the rise of the Kx-7B model alongside the thriving open-source community.')).toEqual([]);
    expect(found('The Kx-7B model is open-source.')).toEqual([['kx-7b', 'open']]);
    expect(found('The Kx-7B, an open-weight model, tops the board.')).toEqual([['kx-7b', 'open']]);
  });

  it('still reads a value a trigger that is no value reaches, or one inside a longer value ("weights" in "closed weights")', () => {
    expect(found('The Kx-7B model ships with closed weights.')).toEqual([['kx-7b', 'closed']]);
    expect(found('Unlike its open-source rivals, the Kx-7B model ships with closed weights.')).toEqual([['kx-7b', 'closed']]);
    expect(found('The weights of the Kx-7B model are proprietary.')).toEqual([['kx-7b', 'closed']]);
  });
});

describe('a stock\'s figures with no date, on pages written more than two years apart, are levels of two times', () => {
  const lexicon = inlinePack('stock-years-apart', [
    'entityTypes:',
    '  - {type: registry, headers: [registry]}',
    'entities:',
    '  - {id: pellet, name: Pellet Depot, type: registry, aliases: [Pellet Depot]}',
    'attributes:',
    '  - {id: packages, label: packages on the registry, kind: quantity, unit: packages, unitWords: [packages], triggers: [packages], subjects: [registry], measure: stock}',
  ]);
  const yaml = (date: string, sentence: string) => `---\ndate: ${date}\n---\n\n# News\n\n${sentence}\n`;
  const toml = (path: string, sentence: string) => `+++\npath = "${path}"\ntitle = "News"\n+++\n\n${sentence}\n`;
  const clashes = (a: string, b: string) => checkTexts([{ file: 'a.md', text: a }, { file: 'b.md', text: b }], { lexicon }).conflicts.map((c) => c.claims.map((x) => (x.value.kind === 'quantity' ? x.value.min : null)));
  it('meet no more when the pages are years apart (a date in front matter or in a Zola path)', () => {
    expect(clashes(yaml('2026-04-03', 'The Pellet Depot has over 1,700 packages available.'), yaml('2030-05-15', 'Pellet Depot has over 25,000 packages available.'))).toEqual([]);
    expect(clashes(toml('2026/04/03/depot-opens', 'The Pellet Depot has over 1,700 packages available.'), toml('2030/05/15/four-years', 'Pellet Depot has over 25,000 packages available.'))).toEqual([]);
  });
  it('still meet on pages weeks apart, or where a page has no date', () => {
    expect(clashes(yaml('2026-04-03', 'The Pellet Depot has over 1,700 packages available.'), yaml('2026-05-15', 'Pellet Depot has 900 packages available.'))).toEqual([[1700, 900]]);
    // Thirteen months apart: still one level (a line's length on its opening day and in a guide a year on).
    expect(clashes(yaml('2026-04-03', 'The Pellet Depot has over 1,700 packages available.'), yaml('2027-05-15', 'Pellet Depot has 900 packages available.'))).toEqual([[1700, 900]]);
    expect(clashes(yaml('2026-04-03', 'The Pellet Depot has over 1,700 packages available.'), '# News\n\nPellet Depot has 900 packages available.\n')).toEqual([[1700, 900]]);
  });
});

describe('a year in a phrase of time naming another event ("after the 1945 flood", "since its opening in 2012", "depuis son ouverture en 2012") dates that event only', () => {
  const pack = inlinePack('event-phrase-year', [
    'entityTypes:',
    '  - {type: site, headers: [temple, tower]}',
    'entities:',
    '  - {id: orvel, name: Orvel Temple, type: site, aliases: [Orvel Temple]}',
    'attributes:',
    '  - {id: visitors, label: visitors a day, kind: quantity, unit: visitors, unitWords: [visitors, visiteurs, visitantes], triggers: [visitors, visiteurs, visitantes], subjects: [site]}',
    'events:',
    '  - {id: building, label: building, triggers: [founded, built], participantTypes: [site], minParticipants: 1}',
    '  - {id: rebuilding, label: rebuilding, triggers: [rebuilt], participantTypes: [site], minParticipants: 1}',
    '  - {id: opening, label: opening, triggers: [opening, inauguration], participantTypes: [site], minParticipants: 1}',
  ]);
  const read = (sentence: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2025-03-01\n---\n\n# Orvel Temple\n\n${sentence}\n` }], { lexicon: pack })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.time?.text ?? null]);
  it('no date for the event of the clause', () => {
    expect(read('Orvel Temple was rebuilt after the 1945 flood.', 'event.rebuilding')).toEqual([['orvel', null]]);
    expect(read('Founded long ago and rebuilt after the 1945 flood, Orvel Temple draws pilgrims.', 'event.building')).toEqual([['orvel', null]]);
    expect(read('Orvel Temple was rebuilt after its flood in 1945.', 'event.rebuilding')).toEqual([['orvel', null]]);
  });
  it('no date for the figure of the clause, in English, French, Spanish', () => {
    expect(read('Orvel Temple receives 900 visitors a day since its opening in 2012.', 'visitors')).toEqual([['orvel', null]]);
    expect(read("Orvel Temple reçoit 900 visiteurs par jour depuis son ouverture en 2012.", 'visitors')).toEqual([['orvel', null]]);
    expect(read('Orvel Temple recibe 900 visitantes al día desde su apertura en 2012.', 'visitors')).toEqual([['orvel', null]]);
  });
  it('the date of the event the phrase names, and a date of the clause itself', () => {
    expect(read('Orvel Temple has drawn crowds since its opening in 2012.', 'event.opening')).toEqual([['orvel', '2012']]);
    expect(read('Orvel Temple culmine depuis son inauguration en 2012.', 'event.opening')).toEqual([['orvel', '2012']]);
    expect(read('Orvel Temple was rebuilt in 1950 after the 1945 flood.', 'event.rebuilding')).toEqual([['orvel', '1950']]);
    expect(read('Orvel Temple was rebuilt in 1950.', 'event.rebuilding')).toEqual([['orvel', '1950']]);
  });
});

describe('a figure scoped to a subgroup ("of those who …", "among respondents who …", "Of those, …")', () => {
  const pack = inlinePack('subgroup-shares', [
    'entityTypes:',
    '  - {type: survey, headers: [survey]}',
    '  - {type: registry, headers: [registry]}',
    'entities:',
    '  - {id: tallow-poll, name: Tallow Poll 2031, type: survey, aliases: [Tallow Poll 2031, Tallow Poll]}',
    '  - {id: crateyard, name: Crateyard, type: registry, aliases: [Crateyard]}',
    'attributes:',
    '  - {id: use.at.work, label: share using Wren at work, kind: quantity, unit: percent, triggers: [at work, en el trabajo], subjects: [survey]}',
    '  - {id: registry.boxes, label: boxes on the registry, kind: quantity, unit: boxes, unitWords: [boxes], triggers: [boxes], subjects: [registry], measure: stock}',
    '  - {id: registry.flawed, label: boxes with the flaw, kind: quantity, unit: boxes, unitWords: [boxes], triggers: [affected code], outranks: [registry.boxes], subjects: [registry]}',
  ]);
  const shares = (text: string) => claimsIn(pack, `# Tallow Poll 2031\n\n${text}\n`, 'use.at.work').map((c) => c.value.kind === 'quantity' ? c.value.min : null);
  const boxes = (text: string) => claimsIn(pack, `# Crateyard\n\n${text}\n`, 'registry.boxes').map((c) => c.value.kind === 'quantity' ? c.value.min : null);

  it('reads no share of a subgroup a relative clause or a participle names as the whole\'s', () => {
    expect(shares('In the Tallow Poll, 71% of those who have adopted Wren at work found it hard.')).toEqual([]);
    expect(shares('In the Tallow Poll, 18% of respondents that use Wren at work do so because they know it.')).toEqual([]);
    expect(shares('In the Tallow Poll, of respondents using Wren at work, 64% of respondents said it was fun.')).toEqual([]);
    expect(shares('Of those respondents using Wren, the Tallow Poll found 52% use it at work.')).toEqual([]);
    expect(shares('Among respondents who write Wren daily, the Tallow Poll found 47% use it at work.')).toEqual([]);
    expect(shares('The Tallow Poll asked 4,000 people. Of those, 35% use Wren at work.')).toEqual([]);
    expect(shares('El Tallow Poll preguntó a 4.000 personas. De ellos, el 35% usa Wren en el trabajo.')).toEqual([]);
  });

  it('still reads the share of all respondents', () => {
    expect(shares('In the Tallow Poll, 38% of respondents used Wren at work.')).toEqual([38]);
    expect(shares('In the Tallow Poll, 38% of respondents said they used Wren at work.')).toEqual([38]);
    // The takers of a name are that name's group, after the share or before it (a share of patients on a drug is the drug's).
    expect(shares('Among respondents given the Tallow Poll, 38% used Wren at work.')).toEqual([38]);
  });

  it('reads no count that a predicate of its own narrows ("only 5 boxes have the flaw") as the whole\'s', () => {
    expect(boxes('We scanned every box ever published on Crateyard, and only 5 boxes have the affected code.')).toEqual([]);
    expect(boxes('We scanned Crateyard, and 12 boxes contain the affected code.')).toEqual([]);
    expect(boxes('Crateyard has over 70,000 boxes.')).toEqual([70000]);
    expect(boxes("Crateyard's 70,000 boxes have a new index.")).toEqual([70000]);
    expect(boxes('Crateyard holds 70,000 boxes and has a new index.')).toEqual([70000]);
  });

  it('keeps such a count for an attribute the predicate names ("have the affected code" where the pack counts it)', () => {
    const flawed = (text: string) => claimsIn(pack, `# Crateyard\n\n${text}\n`, 'registry.flawed').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));
    expect(flawed('We scanned every box ever published on Crateyard, and only 5 boxes have the affected code.')).toEqual([5]);
  });
});

describe('a share of a group narrowed by "with" ("of patients with …", "In patients with …, …")', () => {
  const pack = inlinePack('subgroup-with', [
    'entityTypes:',
    '  - {type: disease, headers: [disease]}',
    'entities:',
    '  - {id: brenner, name: Brenner syndrome, type: disease, aliases: [Brenner syndrome]}',
    '  - {id: ardenian, name: Ardenian fever, type: disease, aliases: [Ardenian fever]}',
    'attributes:',
    '  - {id: prevalence, label: prevalence, kind: quantity, unit: percent, triggers: [prevalence, affects, occurs in, seen in], subjects: [disease], measure: stock}',
    '  - {id: reach, label: share of homes with a cold store, kind: quantity, unit: percent, triggers: [cold store], subjects: [disease]}',
  ]);
  const shares = (heading: string, text: string, attribute = 'prevalence') =>
    claimsIn(pack, `# ${heading}\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('reads no share counted within such a group as the figure of a name in the sentence', () => {
    expect(shares('Heart attack', 'Ardenian fever, which affects up to 10% to 20% of patients with heart attack, complicates care.')).toEqual([]);
    expect(shares('Brenner syndrome', 'In patients with Brenner syndrome, anemia is common; thrombocytopenia occurs in 30% to 50%.')).toEqual([]);
    expect(shares('Notes', 'About 40% of people with Brenner syndrome have joint pain, and it is seen in 12% of adult women with Ardenian fever.')).toEqual([]);
  });

  it('still reads the share of a whole population, and one whose narrowing words name the attribute', () => {
    expect(shares('Brenner syndrome', 'Brenner syndrome affects about 2% of adults.')).toEqual([['brenner', 2]]);
    expect(shares('Ardenian fever', 'Ardenian fever affects 1% of travellers.')).toEqual([['ardenian', 1]]);
    expect(shares('Ardenian fever', 'In Ardenian fever, 40% of households with a cold store were spared.', 'reach')).toEqual([['ardenian', 40]]);
  });
});

describe('a bare number in a percent attribute: a multiple, a figure over a hundred or an age is no share', () => {
  const pack = inlinePack('bare-shares', [
    'entityTypes:',
    '  - {type: disease, headers: [disease]}',
    'entities:',
    '  - {id: brenner, name: Brenner syndrome, type: disease, aliases: [Brenner syndrome]}',
    'attributes:',
    '  - {id: prevalence, label: prevalence, kind: quantity, unit: percent, triggers: [prevalence, affects, seen in], subjects: [disease], measure: stock}',
  ]);
  const shares = (text: string) =>
    claimsIn(pack, `# Brenner syndrome\n\n${text}\n`, 'prevalence').map((c) => (c.value.kind === 'quantity' ? [c.value.min, c.value.max] : null));

  it('reads none of them', () => {
    expect(shares('Patients with gout have a 3- to 8-fold increased prevalence of Brenner syndrome.')).toEqual([]);
    expect(shares('Brenner syndrome shows a 4-fold higher prevalence in smokers.')).toEqual([]);
    expect(shares('It is typically seen in a **Brenner syndrome patient with CD4 <200** who has a cough.')).toEqual([]);
    expect(shares('Brenner syndrome most commonly affects boys age 3-12, with a peak at 6.')).toEqual([]);
  });

  it('still reads a share written with its sign', () => {
    expect(shares('Brenner syndrome affects 2% of adults.')).toEqual([[2, 2]]);
    expect(shares('Brenner syndrome affects 2% to 10% of adults.')).toEqual([[2, 10]]);
  });
});

describe('a count added ("plans to add 10 aircraft to the fleet")', () => {
  const fleets = packOf('added-counts', 'airline', ['{id: orla-air, name: Orla Air, type: airline, aliases: [Orla Air, Orla]}'], [
    '{id: fleet.size, label: fleet size, kind: quantity, unit: aircraft, unitWords: [aircraft, planes, avions, aviones], triggers: [fleet, flotte, flota], subjects: [airline], measure: stock}',
  ]);
  const fleet = (sentence: string) => figuresWith(fleets, sentence, 'fleet.size', 'Orla Air');

  it('is an increment, no level of the count, in the languages of the news', () => {
    expect(fleet('Orla Air plans to add 10 aircraft to the fleet by the end of 2031.')).toEqual([]);
    expect(fleet('Orla Air ajoutera 10 avions à sa flotte en 2031.')).toEqual([]);
    expect(fleet('Orla Air añadirá 10 aviones a su flota en 2031.')).toEqual([]);
  });

  it('leaves the level read, and a thing added with an article ("adds a fleet of 42 aircraft")', () => {
    expect(fleet('Orla Air has a fleet of 42 aircraft.')).toEqual([['orla-air', 42]]);
    expect(fleet('Orla Air adds a fleet of 42 aircraft.')).toEqual([['orla-air', 42]]);
  });
});

describe('a floor written with a plus before its scale ("$200+ billion")', () => {
  const costs = packOf('plus-floors', 'disaster', ['{id: veyra-spill, name: Veyra spill, type: disaster, aliases: [Veyra spill]}'], [
    '{id: cost, label: cost, kind: quantity, unit: USD, triggers: [cost], subjects: [disaster]}',
  ]);
  const conflicts = (a: string, b: string) =>
    checkTexts([{ file: 'a.md', text: `# Veyra spill\n\n${a}\n` }, { file: 'b.md', text: `# Veyra spill\n\n${b}\n` }], { lexicon: costs }).conflicts.map((c) =>
      c.claims.map((x) => (x.value.kind === 'quantity' ? [x.value.min, x.value.max] : null)),
    );

  it('meets no exact figure above it nor a range that reaches it, and still meets one below it', () => {
    expect(conflicts('The Veyra spill had a cost of $200+ billion.', 'The Veyra spill had a cost of $240 billion.')).toEqual([]);
    expect(conflicts('The Veyra spill had a cost of $200+ billion.', 'The Veyra spill had a cost of $150 billion to $200 billion.')).toEqual([]);
    expect(conflicts('The Veyra spill had a cost of $200+ billion.', 'The Veyra spill had a cost of $90 billion.').length).toBe(1);
    expect(conflicts('The Veyra spill had a cost of $200+ billion.', 'The Veyra spill had a cost of $90 billion to $150 billion.').length).toBe(1);
  });
});

describe('a figure of an earlier verb before "and was <trigger>" ("shattered windows 30 miles away and was heard …") is that verb\'s, not the trigger\'s', () => {
  const pack = inlinePack('earlier-verb-figure', [
    'entityTypes:',
    '  - {type: blast, headers: [blast, eruption]}',
    'entities:',
    '  - {id: mount-askerrin, name: Mount Askerrin, type: blast, aliases: [Mount Askerrin, Askerrin]}',
    'attributes:',
    '  - {id: heard.distance, label: distance heard, kind: quantity, unit: km, triggers: [heard], subjects: [blast], timeless: true}',
  ]);
  const heard = (sentence: string) => figuresWith(pack, sentence, 'heard.distance', 'Mount Askerrin');

  it('reads no distance of the verb before "and was heard"', () => {
    expect(heard('The blast of Mount Askerrin shattered windows 30 miles away and was heard across the sea.')).toEqual([]);
    expect(heard('The blast of Mount Askerrin shattered windows 30 miles away, and was heard across the sea.')).toEqual([]);
  });

  it('still reads the distance the trigger takes', () => {
    expect(heard('The blast of Mount Askerrin was heard 2,500 miles away.')).toEqual([['mount-askerrin', 4023.36]]);
    expect(heard('The blast of Mount Askerrin shattered windows and was heard 2,500 miles away.')).toEqual([['mount-askerrin', 4023.36]]);
  });
});

describe('a noun of kin as the subject of an event ("his father died", "her son was killed", "the X family … when Y died") owns the event: it is no event of the page\'s person', () => {
  const pack = inlinePack('kin-subject', [
    'entityTypes:',
    '  - {type: person, people: true, headers: [chemist]}',
    'entities:',
    '  - {id: ilse-dravenholt, name: Ilse Dravenholt, type: person, aliases: [Ilse Dravenholt, Dravenholt]}',
    'events:',
    '  - {id: death, label: death, triggers: [died, was killed, est mort, est morte], negations: [never], participantTypes: [person], minParticipants: 1}',
  ]);
  const deaths = (text: string) => claimsIn(pack, `# Ilse Dravenholt\n\n${text}\n`, 'event.death').map((c) => [c.entity.id, c.time?.text ?? null]);

  it('gives no death to the person when a relative is the verb\'s subject', () => {
    expect(deaths('Her father died in 1921, when Dravenholt was twelve.')).toEqual([]);
    expect(deaths('Dravenholt married in 1930. Her husband was killed in 1944.')).toEqual([]);
    expect(deaths("Dravenholt's younger brother died in 1925.")).toEqual([]);
    expect(deaths('In 1925 her brother Piet died in a fall, and Dravenholt left for the coast.')).toEqual([]);
    expect(deaths('Loss struck the Dravenholt family in 1915 when Piet died of a fever.')).toEqual([]);
    expect(deaths('Son père est mort en 1921, quand Dravenholt avait douze ans.')).toEqual([]);
  });

  it('still gives the person her own death', () => {
    expect(deaths('Dravenholt died in 1966, ten years after her father.')).toEqual([['ilse-dravenholt', '1966']]);
    expect(deaths('Ilse Dravenholt, whose father was a miller, died in 1966.')).toEqual([['ilse-dravenholt', '1966']]);
    expect(deaths('She died in 1966.')).toEqual([['ilse-dravenholt', '1966']]);
  });
});

describe('an alias that is one word of an entity\'s longer name, written beside another capitalised word ("Sabine Dravenholt" for "Ilse Dravenholt", "Quellby Ventures" for "Quellby University"), is another name', () => {
  const pack = inlinePack('alias-in-longer-name', [
    'entityTypes:',
    '  - {type: person, people: true, headers: [chemist]}',
    '  - {type: organization, headers: [university]}',
    'entities:',
    '  - {id: ilse-dravenholt, name: Ilse Dravenholt, type: person, aliases: [Ilse Dravenholt, Dravenholt]}',
    '  - {id: quellby, name: Quellby University, type: organization, aliases: [Quellby University, Quellby]}',
    'attributes:',
    '  - {id: deficit, label: deficit, kind: quantity, unit: GBP, triggers: [loss of], subjects: [organization], measure: flow}',
    'events:',
    '  - {id: death, label: death, triggers: [died], negations: [never], participantTypes: [person], minParticipants: 1}',
  ]);
  const deaths = (text: string) => claimsIn(pack, `# Ilse Dravenholt\n\n${text}\n`, 'event.death').map((c) => [c.entity.id, c.time?.text ?? null]);
  const losses = (text: string) => figuresWith(pack, text, 'deficit', 'Quellby University');

  it('gives the entity nothing of what the longer name\'s sentence says (a person\'s death goes to the longer name)', () => {
    expect(deaths('Sabine Dravenholt survived her husband by ten years. She died in 1977.')).toEqual([['sabine-dravenholt', '1977']]);
    expect(deaths('The chemist met Sabine Dravenholt in Lisbon; Sabine Dravenholt died in 1977.')).toEqual([['sabine-dravenholt', '1977']]);
    expect(losses('Quellby Ventures posted a loss of £5.9 million.')).toEqual([]);
  });

  it('still reads the alias after a grammar word or a title, and the entity\'s own longer name', () => {
    expect(deaths('When Dravenholt died in 1966 the lab closed.')).toEqual([['ilse-dravenholt', '1966']]);
    expect(deaths('Professor Dravenholt died in 1966.')).toEqual([['ilse-dravenholt', '1966']]);
    expect(deaths('Ilse Dravenholt died in 1966.')).toEqual([['ilse-dravenholt', '1966']]);
    expect(losses('Quellby University posted a loss of £5.9 million.')).toEqual([['quellby', 5900000]]);
    expect(losses('Quellby posted a loss of £5.9 million.')).toEqual([['quellby', 5900000]]);
  });
});

/** Companies, their rounds and valuations, and their foundings: for the describe blocks on names beside a round's subject below. */
const rounds = inlinePack('rounds-beside', [
  'entities:',
  '  - {id: corvane, name: Corvane, type: organization}',
  '  - {id: halden, name: Halden, type: organization}',
  '  - {id: vantor, name: Vantor, type: organization}',
  'attributes:',
  '  - {id: raised, label: amount raised, kind: quantity, unit: USD, triggers: [raised, raises, funding round, funding], subjects: [organization], measure: act}',
  '  - {id: valuation, label: valuation, kind: quantity, unit: USD, triggers: [valuation, valued at], subjects: [organization], measure: tally}',
]);
/** The rounds, valuations and foundings one sentence gives, as [attribute, entity id, lower end or polarity]. */
const roundsIn = (sentence: string) =>
  claimsUnder(rounds, 'Notes', sentence)
    .filter((c) => ['raised', 'valuation', 'event.founding', 'headquarters'].includes(c.attribute))
    .map((c) => [c.attribute, c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.value : c.value.polarity]);

describe('companies named as where a startup\'s founders once worked ("founded by A, B and C alums", "ex-A, B and C staffers", "researchers from A and B")', () => {
  it('take no part of the startup\'s round, valuation or founding', () => {
    expect(roundsIn('Lindqvist, a startup founded by Corvane, Halden and Vantor alums, raised $480 million.')).toEqual([]);
    expect(roundsIn('Founded by ex-Corvane, Halden, and Vantor staffers, the startup raised $480 million.')).toEqual([]);
    expect(roundsIn('Pell Labs, Founded by Ex-Corvane Researchers, in Talks for $1.3 Billion Valuation')).toEqual([]);
    expect(roundsIn('Pell Labs, a startup founded by researchers from Corvane, Halden and Vantor, has raised $58 million in funding.')).toEqual([]);
    expect(roundsIn('Pell Labs, founded by ex-Corvane/Halden researcher Ada Lind, raised $1 billion.')).toEqual([]);
  });

  it('the company the sentence is about is still read', () => {
    expect(roundsIn('Corvane, founded by former Halden engineers, raised $480 million.')).toEqual([['event.founding', 'corvane', 'happened'], ['raised', 'corvane', 480e6]]);
    expect(roundsIn('Corvane and Halden raised $480 million.')).toEqual([['raised', 'halden', 480e6], ['raised', 'corvane', 480e6]]);
  });
});

describe('a name in the role of a backer ("with backing from X", "with X as a strategic investor", "backers like X", "investors including X")', () => {
  it('takes no part of the round, the valuation or the headquarters of the company it backs', () => {
    expect(roundsIn('The startup, with Corvane as a strategic investor, has raised $125 million.')).toEqual([]);
    expect(roundsIn('New capital from existing backers like Corvane and Halden lifts its post-money valuation to about $5.3 billion.')).toEqual([]);
    expect(roundsIn('Funding from investors including Corvane, Halden and Vantor lifted the valuation to $2 billion.')).toEqual([]);
    expect(roundsIn('Chip maker gets backing from Corvane - Silicon Valley-based chip startup Pell raises $90 million in funding.')).toEqual([['raised', 'pell', 90e6]]);
  });

  it('its own figures, in a clause about it, are still its own', () => {
    expect(roundsIn('The startup has backing from Corvane, which raised $2 billion last year.')).toEqual([['raised', 'corvane', 2e9]]);
    expect(roundsIn('Corvane raised $125 million, with Halden as a strategic investor.')).toEqual([['raised', 'corvane', 125e6]]);
  });
});

describe('a count limited to the first, last or other few of a whole ("its first two episodes", "the final three") is a part, no value of the whole', () => {
  const show = inlinePack('part-show', [
    'entityTypes:',
    '  - {type: series, headers: [series]}',
    'entities:',
    '  - {id: tidewatch, name: Tidewatch, type: series, aliases: [Tidewatch]}',
    'attributes:',
    '  - {id: episodes, label: number of episodes, kind: quantity, unit: episodes, unitWords: [episodes, episode], triggers: [episodes], subjects: [series], measure: stock}',
  ]);
  const episodes = (text: string) => figuresWith(show, text, 'episodes', 'Tidewatch');
  it('reads no count after first, last, final, other, opening or closing', () => {
    expect(episodes('Tidewatch premiered with its first two episodes on March 3, 2023.')).toEqual([]);
    expect(episodes('The run ended on April 14 with the final two episodes.')).toEqual([]);
    expect(episodes('The other six episodes were released weekly.')).toEqual([]);
    expect(episodes('Music from the last five episodes was released in May.')).toEqual([]);
    expect(episodes('Critics saw the opening three episodes before the premiere.')).toEqual([]);
  });
  it('keeps the whole count', () => {
    expect(episodes('Tidewatch ran for eight episodes.')).toEqual([['tidewatch', 8]]);
    expect(episodes('Tidewatch premiered with its first two episodes and ran for eight episodes.')).toEqual([['tidewatch', 8]]);
    expect(episodes('The director shot all eight episodes on location.')).toEqual([['tidewatch', 8]]);
  });
});

describe('a figure given as an earlier plan or estimate ("an initially estimated $200 million", "Ten episodes were originally planned") is not stated', () => {
  const film = inlinePack('earlier-film', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    '  - {type: series, headers: [series]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: film, aliases: [Lanternfall]}',
    '  - {id: tidewatch, name: Tidewatch, type: series, aliases: [Tidewatch]}',
    'attributes:',
    '  - {id: budget, label: production budget, kind: quantity, unit: USD, triggers: [budget, production budget], subjects: [film, series], timeless: true}',
    '  - {id: episodes, label: number of episodes, kind: quantity, unit: episodes, unitWords: [episodes, episode], triggers: [episodes], subjects: [series], measure: stock}',
  ]);
  const said = (heading: string, text: string, attribute: string) => valuesUnder(film, heading, text, attribute);
  it('reads the earlier figure as hedged or a plan, not asserted', () => {
    expect(said('Lanternfall', 'Its production budget of $326 million was over 60% more than an initially estimated $200 million production budget.', 'budget')).toEqual([
      [326e6, 'asserted'],
      [200e6, 'hedged'],
    ]);
    expect(said('Lanternfall', "The film's budget was initially reported to be $200 million.", 'budget')).toEqual([[200e6, 'hedged']]);
    expect(said('Tidewatch', 'Ten episodes were originally planned, but this was reworked to eight episodes.', 'episodes')).toEqual([
      [10, 'hypothetical'],
      [8, 'asserted'],
    ]);
    expect(said('Tidewatch', 'The series was originally announced as consisting of ten episodes.', 'episodes')).toEqual([[10, 'hypothetical']]);
    expect(said('Tidewatch', 'The planned 18 episodes were split into two seasons.', 'episodes')).toEqual([[18, 'hypothetical']]);
  });
  it('keeps a figure stated plainly', () => {
    expect(said('Lanternfall', 'The film had an estimated budget of $200 million.', 'budget')).toEqual([[200e6, 'asserted']]);
    expect(said('Tidewatch', 'Ten episodes were filmed in Corvalia.', 'episodes')).toEqual([[10, 'asserted']]);
  });
});

describe('a figure of one day or a later weekend of a run ("on its opening day", "its Saturday gross", "in its second weekend") is that day\'s or weekend\'s; a part after "including" is no value', () => {
  const film = inlinePack('run-film', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: film, aliases: [Lanternfall]}',
    'attributes:',
    '  - {id: gross.worldwide, label: worldwide gross, kind: quantity, unit: USD, triggers: [grossed, gross of, grossing], blockers: [in the United States and Canada], subjects: [film]}',
    '  - {id: gross.domestic, label: domestic gross, kind: quantity, unit: USD, triggers: [in the United States and Canada], subjects: [film]}',
    '  - {id: opening.weekend, label: opening weekend gross, kind: quantity, unit: USD, triggers: [opening weekend], subjects: [film], timeless: true}',
  ]);
  const of = (text: string, attribute: string) =>
    claimsIn(film, `# Lanternfall\n\n${text}\n`, attribute).map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null]);
  it('gives a day or a later weekend its own variant', () => {
    expect(of('Lanternfall earned $30.7 million on its opening day in the United States and Canada.', 'gross.domestic')).toEqual([[30.7e6, 'opening day']]);
    expect(of('Its Saturday gross of $83 million was the best-ever Saturday gross.', 'gross.worldwide')).toEqual([[83e6, 'saturday']]);
    expect(of('The film remained the top film in its second weekend, grossing $66.5 million.', 'gross.worldwide')).toEqual([[66.5e6, 'second weekend']]);
    expect(of('The following weekend, the film remained atop the box office, grossing $45.6 million.', 'gross.worldwide')).toEqual([[45.6e6, 'following weekend']]);
  });
  it('reads no part after "including", "which included"', () => {
    expect(of('Lanternfall earned $33.8 million on its opening day in the United States and Canada (including $11.5 million from Thursday night previews).', 'gross.domestic')).toEqual([]);
    expect(of('Lanternfall earned $25.5 million on its opening day in the United States and Canada, including $3.3 million from Thursday previews.', 'gross.domestic')).toEqual([
      [25.5e6, 'opening day'],
    ]);
  });
  it('keeps the run\'s figures, and a weekend the trigger itself names', () => {
    expect(of('Lanternfall grossed $164.9 million in the United States and Canada.', 'gross.domestic')).toEqual([[164.9e6, null]]);
    expect(of('Lanternfall made $153.4 million over its opening weekend.', 'opening.weekend')).toEqual([[153.4e6, null]]);
    expect(of('Lanternfall earned $106.7 million on its opening day, for an opening weekend total of $258.2 million.', 'opening.weekend')).toEqual([[258.2e6, null]]);
    expect(of('Lanternfall grossed $5 million in its second weekend, and has grossed $300 million since.', 'gross.worldwide')).toEqual([
      [5e6, 'second weekend'],
      [300e6, null],
    ]);
  });
});

describe('label lines inside a worked example ("## Example", "Suppose …", "Example entry:") are hypothetical, no facts', () => {
  const funds = packOf('worked-examples', 'fund', ['{id: brell-fund, name: Brell Fund, type: fund, aliases: [Brell Fund]}'], [
    '{id: fund.assets, label: assets, kind: quantity, unit: USD, triggers: [assets], headers: [assets], subjects: [fund]}',
  ]);
  const lines = (text: string) =>
    claimsUnder(funds, 'Brell Fund', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.modality]);
  it('reads the label lines under a heading that calls its section an example as hypothetical', () => {
    expect(lines('## Example\n\nA saver sold units twice.\n\n- Proceeds: $10,000\n- Assets: $8,000')).toEqual([
      ['open.proceed', 10000, 'hypothetical'],
      ['fund.assets', 8000, 'hypothetical'],
    ]);
    expect(lines('## Practical Example\n\n- Proceeds: $10,000\n\n## Figures\n\n- Proceeds: $30,000')).toEqual([
      ['open.proceed', 10000, 'hypothetical'],
      ['open.proceed', 30000, 'asserted'],
    ]);
  });
  it('reads the label lines after a paragraph of supposition, or one that introduces an example, as hypothetical to the next heading', () => {
    expect(lines('## Tax\n\nSuppose a saver sells units bought in 2020.\n\n- Proceeds: $10,000\n\n## Figures\n\n- Proceeds: $30,000')).toEqual([
      ['open.proceed', 10000, 'hypothetical'],
      ['open.proceed', 30000, 'asserted'],
    ]);
    expect(lines("Let's say a saver sells units.\n\n- Proceeds: $10,000")).toEqual([['open.proceed', 10000, 'hypothetical']]);
    expect(lines('Consider a saver who sold units.\n\n- Proceeds: $10,000')).toEqual([['open.proceed', 10000, 'hypothetical']]);
    expect(lines('The form is filed yearly. Example entry:\n\n- Proceeds: $3,000')).toEqual([['open.proceed', 3000, 'hypothetical']]);
    expect(lines('For example:\n\n- Proceeds: $3,000')).toEqual([['open.proceed', 3000, 'hypothetical']]);
  });
  it('keeps the label lines of real examples and of sections that only mention an example', () => {
    expect(lines('## Historical Examples\n\n- Proceeds: $10,000')).toEqual([['open.proceed', 10000, 'asserted']]);
    expect(lines('## Example: The Brell Crash of 1987\n\n- Proceeds: $10,000')).toEqual([['open.proceed', 10000, 'asserted']]);
    expect(lines('## Notes\n\nNotable examples include these:\n\n- Proceeds: $10,000')).toEqual([['open.proceed', 10000, 'asserted']]);
    expect(lines('## Notes\n\nFor example, the fund grew.\n\n- Proceeds: $10,000')).toEqual([['open.proceed', 10000, 'asserted']]);
  });
});

describe('an organisation\'s alias before capitalised words and a noun of its type ("the QMV Venture Exchange") opens another thing\'s name', () => {
  const markets = inlinePack('longer-names', [
    'entityTypes:',
    '  - {type: organization, headers: [exchange, bank]}',
    'entities:',
    '  - {id: dornvale, name: Dornvale Exchange, type: organization, aliases: [Dornvale Exchange, DVX]}',
    '  - {id: quellvane, name: Quellvane Exchange, type: organization, aliases: [Quellvane Exchange, QMV]}',
  ]);
  const names = (text: string) => findMentions(markets, text).map((m) => [m.text, m.entity.known]);
  it('reads the longer name as a name no pack knows, and a pronoun after it not as the alias\'s entity', () => {
    expect(names('The old bourse, now part of the QMV Venture Exchange, closed.')).toEqual([['QMV Venture Exchange', false]]);
    expect(names('the QMV Growth Market Exchange')).toEqual([['QMV Growth Market Exchange', false]]);
    const claims = analyse([{ file: 'a.md', text: '# Harlow Bourse\n\nThe Harlow Bourse, now part of the QMV Venture [Exchange](../e/exchange.md), was a regional market. Founded in 1907, it traded mining shares.\n' }], { lexicon: markets }).claims;
    expect(claims.filter((c) => c.entity.known).map((c) => [c.entity.id, c.attribute])).toEqual([]);
  });
  it('keeps the alias before a lower-case noun, a word of its own or another alias', () => {
    expect(names('the QMV exchange; QMV and DVX traded; the QMV Exchange')).toEqual([
      ['QMV', true],
      ['QMV', true],
      ['DVX', true],
      ['QMV', true],
    ]);
  });
});

describe('a pack\'s abbreviation that the page spells out as another name ("the Cadwick Stock Exchange (CSE)") means that name on the page', () => {
  const markets = inlinePack('page-abbreviations', [
    'entityTypes:',
    '  - {type: organization, headers: [exchange]}',
    'entities:',
    '  - {id: corvale, name: Corvale Stock Exchange, type: organization, aliases: [Corvale Stock Exchange, CSE]}',
  ]);
  const known = (text: string) => analyse([{ file: 'a.md', text }], { lexicon: markets }).claims.filter((c) => c.entity.known).map((c) => [c.entity.id, c.attribute, c.time?.text]);
  it('gives the page\'s own name what the abbreviation says, in a list item and in the title', () => {
    expect(known('# Tarsen Exchange\n\n## History\n\n- **1970:** Cadwick Stock Exchange (CSE) is established.\n- **2016:** The CSE was established anew.\n')).toEqual([]);
    expect(known('# Cadwick Stock Exchange (CSE)\n\nThe Cadwick Stock Exchange (CSE) is the main exchange of Cadwick.\n\n## History\n\nThe CSE was established in 1954.\n')).toEqual([]);
  });
  it('keeps the pack\'s entity where the page spells the abbreviation out as one of its names', () => {
    expect(known('# Corvale Stock Exchange (CSE)\n\n## History\n\nThe CSE was established in 1698.\n')).toEqual([
      ['corvale', 'event.founding', '1698'],
      ['corvale', 'event.founding.date', undefined],
    ]);
  });
});

describe('a mark a running total passes ("…, crossing the $800 million threshold") is no value of it', () => {
  const pack = packOf('gross-milestone', 'film', ['{id: starfall, name: Starfall Finale, type: film, aliases: [Starfall Finale]}'], [
    '{id: gross.domestic, label: domestic gross, kind: quantity, unit: USD, triggers: [grossed, earned, domestically], subjects: [film]}',
  ]);
  const grosses = (sentence: string) => claimsIn(pack, `# Starfall Finale\n\n${sentence}\n`, 'gross.domestic').map((c) => (c.value.kind === 'quantity' ? c.value.min : null));

  it('reads no value after a participle of passing and "the"', () => {
    expect(grosses('In its fifth weekend Starfall Finale earned $17.2 million, crossing the $800 million threshold domestically.')).toEqual([17.2e6]);
    expect(grosses('Starfall Finale grossed $5 million on Friday, passing the $300 million mark domestically.')).toEqual([5e6]);
  });

  it('still reads a figure the participle does not pass', () => {
    expect(grosses('Starfall Finale grossed $858.4 million domestically.')).toEqual([858.4e6]);
  });
});

describe('a heading that names a place no pack reads after "of" ("## Evacuation of Tessby") heads a section about that place', () => {
  const spills = packOf('place-headings', 'disaster', ['{id: orlan-spill, name: Orlan spill, type: disaster, aliases: [Orlan spill, Orlan]}'], [
    '{id: evacuated, label: people evacuated, kind: quantity, unit: evacuees, unitWords: [people, residents], triggers: [evacuated, displaced], subjects: [disaster], timeless: true}',
  ]);
  const counts = (text: string) => claimsIn(spills, `# Orlan spill\n\n${text}\n`, 'evacuated').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  const page = (heading: string, extra = '') =>
    `The Orlan spill displaced 120,000 people. Many came from Tessby, a mill town on the Orlan river.${extra}\n\n## ${heading}\n\n**March 4, 1991:**\n30 hours after the leak, 18,000 residents evacuated.`;
  it("gives the page's subject no figure of the section", () => {
    expect(counts(page('Evacuation of Tessby'))).toEqual([['orlan-spill', 120000]]);
    expect(counts(page('Évacuation de Tessby'))).toEqual([['orlan-spill', 120000]]);
    expect(checkTexts([{ file: 'a.md', text: `# Orlan spill\n\n${page('Evacuation of Tessby')}\n` }], { lexicon: spills }).conflicts).toEqual([]);
  });
  it('leaves a heading of common words in title case, and one naming the subject, to the subject', () => {
    // "Residents" is a word the page writes in lower case: no name.
    expect(counts(page('Evacuation of Residents'))).toEqual([['orlan-spill', 120000], ['orlan-spill', 18000]]);
    expect(counts(page('Evacuation of Orlan'))).toEqual([['orlan-spill', 120000], ['orlan-spill', 18000]]);
    // A capitalised word the page never writes in prose is no name it gives ("Evacuation of Districts").
    expect(counts(page('Evacuation of Districts'))).toEqual([['orlan-spill', 120000], ['orlan-spill', 18000]]);
    // A noun that describes what comes below, no action done to the place, leaves it the subject's.
    expect(counts(page('Pride of Tessby'))).toEqual([['orlan-spill', 120000], ['orlan-spill', 18000]]);
  });
});

describe('a sentence that opens on a thing the section brought in with "a" ("… or apply for an e-visa. The e-visa …") is about that thing', () => {
  const travel = packOf('introduced-things', 'country', ['{id: norvia, name: Norvia, type: country, aliases: [Norvia]}'], [
    '{id: visa.free.days, label: visa-free stay, kind: quantity, unit: days, triggers: [visa-free, stay of], subjects: [country], measure: stock}',
  ]);
  const stays = (text: string) => claimsIn(travel, `# Norvia travel essentials\n\n${text}\n`, 'visa.free.days').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.max : null]);
  it("gives the page's subject no figure of that thing", () => {
    expect(stays('Most travellers can enter Norvia visa-free for up to 45 days or apply for an e-visa online.\n\nFor all other nationalities, the e-visa can be applied for online for US$25 with a stay of up to 90 days.')).toEqual([['norvia', 45]]);
    expect(stays('Travellers may apply for an e-visa online. The e-visa allows a stay of up to 90 days.')).toEqual([]);
  });
  it('leaves the subject a thing it has, one it is, and a thing brought in only under another heading', () => {
    expect(stays('Norvia has a simple entry regime. The regime allows a stay of up to 90 days.')).toEqual([['norvia', 90]]);
    expect(stays('Norvia is a small country. The country allows a stay of up to 90 days.')).toEqual([['norvia', 90]]);
    expect(stays('Travellers may apply for an e-visa online.\n\n## Entry\n\nThe e-visa aside, Norvia allows a stay of up to 90 days.')).toEqual([['norvia', 90]]);
  });
});

describe('a stock\'s count after a period\'s end and "with" ("ended 2024 with 124 aircraft") is its level then', () => {
  const airlines = packOf('ended-with', 'airline', ['{id: orla-air, name: Orla Air, type: airline, aliases: [Orla Air]}'], [
    '{id: fleet.size, label: fleet size, kind: quantity, unit: aircraft, unitWords: [aircraft, jets], triggers: [fleet], subjects: [airline], measure: stock}',
    '{id: orders, label: aircraft on order, kind: quantity, unit: orders, unitWords: [orders], triggers: [on order], subjects: [airline], measure: flow}',
  ]);
  const fleet = (text: string) =>
    claimsIn(airlines, `---\ndate: 2025-02-20\n---\n# Orla Air\n\n${text}\n`, 'fleet.size').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.time?.text]);
  it('reads the count in a word of the stock, dated by the period', () => {
    expect(fleet('Orla Air ended 2024 with 124 aircraft after taking six new jets in the fourth quarter.')).toEqual([['orla-air', 124, '2024']]);
    expect(fleet('Orla Air closed the year with about 124 aircraft.')).toEqual([['orla-air', 124, undefined]]);
  });
  it('reads nothing without the period and "with", nor in a word no stock takes', () => {
    expect(fleet('Orla Air flew 124 aircraft to the show.')).toEqual([]);
    expect(fleet('Orla Air ended 2024 with 30 orders.')).toEqual([]);
  });
});

describe('a release or a premiere in some places, again, or at a venue ("in 32 markets", "will be re-released", "premiered at the X Theatre") is an event of its own', () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film]}\n  - {type: series, headers: [series]}\nentities:\n  - {id: corvina, name: Corvina Nights, type: film, aliases: [Corvina Nights]}\n  - {id: tidewell, name: Tidewell, type: series, aliases: [Tidewell]}\n' +
      'events:\n  - {id: film-release, label: film release, triggers: [was released, released in theaters], participantTypes: [film], minParticipants: 1}\n' +
      '  - {id: premiere, label: world premiere, triggers: [premiered, world premiere], participantTypes: [film, series], minParticipants: 1}\n',
    'films.yml',
  );
  const claims = (text: string, heading = 'Corvina Nights') => analyse([{ file: 'a.md', text: `# ${heading}\n\n${text}\n` }], { lexicon: films });
  const dates = (text: string, heading?: string) =>
    claims(text, heading)
      .claims.filter((c) => c.attribute.endsWith('.date'))
      .map((c) => [c.quote, c.where ?? null, c.variant ?? null, c.modality]);
  it('reads a count of markets or countries after the event\'s word as where it happened', () => {
    expect(dates('Corvina Nights was released in 32 markets on March 26, 2017, and in North America on April 4, 2017.')).toEqual([['March 26, 2017', '32 markets', null, 'asserted']]);
    expect(dates('Corvina Nights was released in several countries on May 3, 2017.')).toEqual([['May 3, 2017', 'several countries', null, 'asserted']]);
    expect(claims('Corvina Nights was released in 32 markets on March 26, 2017.\n\n## Later\n\nCorvina Nights was released in the United States on April 4, 2017.').report.conflicts).toEqual([]);
  });
  it('reads "re-" before the event\'s word as another time, and "will be re-released" as to come', () => {
    expect(dates('Corvina Nights will be re-released in theaters on September 25, 2026.')).toEqual([['September 25, 2026', null, 'again', 'predicted']]);
    expect(dates('Corvina Nights was re-released in theaters on September 25, 2020.')).toEqual([['September 25, 2020', null, 'again', 'asserted']]);
  });
  it('reads a showing at a theatre, a cinema or a festival as a premiere of that venue, kept apart from the premiere', () => {
    expect(dates('Tidewell held its world premiere at Harlow Theatre in Brenmouth on August 15, 2022.', 'Tidewell')).toEqual([['August 15, 2022', 'brenmouth', 'at harlow theatre', 'asserted']]);
    expect(dates('Corvina Nights premiered at the Varden Film Festival on May 16, 2017.')).toEqual([['May 16, 2017', null, 'at varden film festival', 'asserted']]);
    expect(claims('Tidewell premiered on August 18, 2022, and ran for eight episodes.\n\n## Release\n\nTidewell held its world premiere at Harlow Theatre in Brenmouth on August 15, 2022.', 'Tidewell').report.conflicts).toEqual([]);
  });
  it('keeps a release in a place, and a premiere with no venue, as they were', () => {
    expect(dates('Corvina Nights was released in the United States on April 4, 2017.')).toEqual([['April 4, 2017', 'united states', null, 'asserted']]);
    expect(dates('Corvina Nights premiered in Brenmouth on May 16, 2017.')).toEqual([['May 16, 2017', 'brenmouth', null, 'asserted']]);
    expect(claims('Corvina Nights was released on April 4, 2017.\n\n## Later\n\nCorvina Nights was released on May 9, 2017.').report.conflicts).toHaveLength(1);
  });
});

describe('"it" after a sentence whose subject is a description by a type noun ("The film is a sequel to A and B. It is …") stands for what the description does', () => {
  const films = withInlinePack(
    'name: films\nentityTypes:\n  - {type: film, headers: [film]}\nentities:\n' +
      '  - {id: dawn, name: Lantern Dawn, type: film, aliases: [Lantern Dawn]}\n  - {id: dusk, name: Lantern Dusk, type: film, aliases: [Lantern Dusk]}\n  - {id: noon, name: Lantern Noon, type: film, aliases: [Lantern Noon]}\n' +
      'attributes:\n  - {id: cycle, label: story cycle, kind: category, triggers: [Cycle], subjects: [film], values: [{id: cycle-1, synonyms: [Cycle One]}, {id: cycle-3, synonyms: [Cycle Three]}]}\n' +
      '  - {id: opening, label: opening weekend gross, kind: quantity, unit: USD, triggers: [opening weekend], subjects: [film]}\n',
    'films.yml',
  );
  const values = (text: string, attribute: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: films })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : c.value.kind === 'quantity' ? c.value.min : null]);
  it('is the name before it in the paragraph, on a page with no title', () => {
    expect(values('Lantern Noon is a 2019 film. The film is a sequel to Lantern Dawn and Lantern Dusk. It is the last film of Cycle Three.\n', 'cycle')).toEqual([['noon', 'cycle-3']]);
  });
  it('is what the section or the page is about when the description opens the paragraph', () => {
    expect(values('# Lantern Dusk\n\n## Box office\n\nThe film\'s advance sales ranked second, behind Lantern Dawn. It made $153.4 million over its opening weekend.\n', 'opening')).toEqual([['dusk', 153_400_000]]);
    expect(values('## Box office\n\nThe film\'s advance sales ranked second, behind Lantern Dawn. It made $153.4 million over its opening weekend.\n', 'opening')).toEqual([]);
  });
  it('keeps "it" after a sentence that opens on a name', () => {
    expect(values('# Notes\n\nLantern Dawn is a sequel to Lantern Dusk. It is part of Cycle One.\n', 'cycle')).toEqual([['dawn', 'cycle-1']]);
  });
});

describe('an appositive set after another noun phrase ("X acquired Y, a New York-based startup") describes that phrase, not the name before it', () => {
  it('gives the subject of the sentence nothing of the appositive of its object', () => {
    expect(roundsIn('Corvane has acquired Pellwick, a New York-based startup that builds creative tools.')).toEqual([]);
    expect(roundsIn('Corvane quietly bought a small design studio, a Boston-based firm.')).toEqual([]);
  });

  it('keeps an appositive right after the name or its parenthesis', () => {
    expect(roundsIn('Corvane, a New York-based startup, raised $5 million.')).toEqual([['headquarters', 'corvane', 'new-york'], ['raised', 'corvane', 5e6]]);
    expect(roundsIn('Corvane (CRV), a Boston-based company, opened an office.')).toEqual([['headquarters', 'corvane', 'boston']]);
    expect(roundsIn('Corvane is based in Boston.')).toEqual([['headquarters', 'corvane', 'boston']]);
  });
});

describe('money a name gives ("X, which has already invested $13 billion in the start-up, …") is no round it raised', () => {
  it('reads no raise from a figure an investing verb takes, whatever trigger follows', () => {
    expect(roundsIn('Corvane, which has already invested $13 billion in the start-up, reconsidered further funding after the board fight.')).toEqual([]);
    expect(roundsIn('Halden pledged $40 million to the lab, its largest funding commitment.')).toEqual([]);
  });

  it('keeps the round a name raised', () => {
    expect(roundsIn('Corvane raised $13 billion in new funding.')).toEqual([['raised', 'corvane', 13e9]]);
    expect(roundsIn('Corvane has raised $13 billion in funding, with Halden investing heavily.')).toEqual([['raised', 'corvane', 13e9]]);
  });
});

/** Companies going public and their proceeds: for the describe blocks on a listing's year and size below. */
const listings = inlinePack('listings', [
  'entityTypes:',
  '  - {type: organization, headers: [company]}',
  'entities:',
  '  - {id: tandrel, name: Tandrel, type: organization, aliases: [Tandrel]}',
  'events:',
  '  - {id: ipo, label: initial public offering, triggers: [went public, IPO], participantTypes: [organization], minParticipants: 1}',
  'attributes:',
  '  - {id: ipo.amount, label: IPO proceeds, kind: quantity, unit: USD, triggers: [IPO, went public], subjects: [organization], timeless: true}',
]);
/** The listings one paragraph gives, as [attribute, entity id, lower end or polarity]. */
const listingsIn = (heading: string, text: string) =>
  claimsUnder(listings, heading, text)
    .filter((c) => c.attribute.startsWith('event.ipo') || c.attribute === 'ipo.amount')
    .map((c) => [c.attribute, c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null]);

describe('an event\'s word after the possessive of a name no pack knows ("…, and Wemmick\'s IPO in 1998") is that name\'s event', () => {
  it('gives the known name listed before it no event and no date', () => {
    expect(listingsIn('Notes', 'Examples include Tandrel\'s IPO in 1997, and Wemmick\'s IPO in 1998.')).toEqual([
      ['event.ipo', 'tandrel', 'happened'],
      ['event.ipo.date', 'tandrel', 9862],
    ]);
  });

  it('keeps the known name\'s own possessive', () => {
    expect(listingsIn('Notes', 'Tandrel\'s IPO in 1997 drew crowds.').map((c) => c[0])).toEqual(['event.ipo', 'event.ipo.date']);
  });
});

describe('a price after another noun joined to the trigger ("IPO and acquisition of Snapfield for $1 billion") is that noun\'s', () => {
  it('reads no proceeds of the listing', () => {
    expect(listingsIn('Tandrel', '- **2012**: IPO and acquisition of Snapfield for $1 billion').filter((c) => c[0] === 'ipo.amount')).toEqual([]);
  });

  it('keeps the listing\'s own size', () => {
    expect(listingsIn('Tandrel', 'Tandrel used book building to manage its $16 billion IPO.').filter((c) => c[0] === 'ipo.amount')).toEqual([['ipo.amount', 'tandrel', 16e9]]);
    expect(listingsIn('Tandrel', 'Tandrel went public for $2 billion.').filter((c) => c[0] === 'ipo.amount')).toEqual([['ipo.amount', 'tandrel', 2e9]]);
  });
});

describe('a share of a whole said of one market or format ("Dome screens contributed $14.1 million", "records in Ardenia ($31.6 million)", "Corvalia had the biggest opening weekend ever ($450,000)") is no value of the whole', () => {
  const film = inlinePack('market-film', [
    'entityTypes:',
    '  - {type: film, headers: [film]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: film, aliases: [Lanternfall]}',
    'attributes:',
    '  - {id: opening.weekend, label: opening weekend gross, kind: quantity, unit: USD, triggers: [opening weekend], subjects: [film], timeless: true}',
  ]);
  const of = (text: string) =>
    claimsIn(film, `# Lanternfall\n\n${text}\n`, 'opening.weekend').map((c) => [c.value.kind === 'quantity' ? c.value.min : null, c.where ?? null]);
  it('reads no share a contributor gives', () => {
    expect(of('Dome screens contributed $14.1 million to the opening weekend takings.')).toEqual([]);
    expect(of('Premium halls contributed an additional $6.3 million, the best opening weekend the halls ever had.')).toEqual([]);
  });
  it('reads no figure in parentheses right after a place no pack knows, nor one of a clause a place opens with "had the"', () => {
    expect(of('New opening weekend highs came in Ardenia ($31.6 million), Corvalia ($17.2 million) and the Brisk Isles ($11.8 million).')).toEqual([]);
    expect(of('It beat opening weekend marks in Ardenia ($8.4 million) and was the third-best opening weekend in Corvalia ($3.3 million).')).toEqual([]);
    expect(of('Corvalia had the biggest opening weekend ever ($450,000).')).toEqual([]);
    expect(of('The film did well in Ardenia, while Corvalia had the top opening weekend of the year with $5.2 million.')).toEqual([]);
    expect(of('Brisk saw the best March opening day on record, with $1.4 million, and an opening weekend total of $6.6 million.')).toEqual([]);
  });
  it('scopes a figure from overseas markets it counts', () => {
    expect(of('Lanternfall led the charts on its opening weekend with $48.5 million from 27 overseas markets.')).toEqual([[48.5e6, 'overseas']]);
    expect(of('Lanternfall opened in 38 international markets and took $52.9 million on its opening weekend.')).toEqual([[52.9e6, 'overseas']]);
  });
  it('keeps the whole, and a figure in parentheses after the subject or a word of the attribute', () => {
    expect(of('Lanternfall earned $71.3 million on its opening day, for an opening weekend total of $190.5 million.')).toEqual([[190.5e6, null]]);
    expect(of('Lanternfall ($190.5 million) had the biggest opening weekend of the year.')).toEqual([[190.5e6, null]]);
    expect(of('Lanternfall had the biggest opening weekend of the year ($190.5 million).')).toEqual([[190.5e6, null]]);
    expect(of('The film had the best opening weekend ($174 million) of any autumn release.')).toEqual([[174e6, null]]);
  });
});

describe('a count limited to a person\'s role, to another work or to a listing\'s note ("Quist directed five episodes", "four episodes of the series Corvina Tales", "|tv series = Tidewatch (3 episodes)") is no count of the subject', () => {
  const show = inlinePack('role-show', [
    'entityTypes:',
    '  - {type: series, headers: [series]}',
    'entities:',
    '  - {id: tidewatch, name: Tidewatch, type: series, aliases: [Tidewatch]}',
    'attributes:',
    '  - {id: episodes, label: number of episodes, kind: quantity, unit: episodes, unitWords: [episodes, episode], triggers: [episodes], subjects: [series], measure: stock}',
  ]);
  const episodes = (text: string, heading = 'Tidewatch') => figuresWith(show, text, 'episodes', heading);
  it('reads no count after a verb of a person\'s role', () => {
    expect(episodes('Mara Quist ultimately directed five episodes and Tobin Ash directed three.')).toEqual([]);
    expect(episodes('Ellery Vance wrote two episodes of the first season.')).toEqual([]);
  });
  it('reads no count of another work named after "of"', () => {
    expect(episodes('Four episodes of the streaming series Corvina Tales: Legends explore the harbor pilots.')).toEqual([]);
    expect(episodes('The directors had previously made two episodes of Brightmoor (2021).')).toEqual([]);
  });
  it('reads no count in a parenthesis after a name in a wiki template\'s parameter', () => {
    expect(episodes('{{Character Infobox\n|tv series = Tidewatch (3 episodes)\n}}', 'Captain Vell')).toEqual([]);
  });
  it('keeps the whole count', () => {
    expect(episodes('Mara Quist was hired to direct all eight episodes.')).toEqual([['tidewatch', 8]]);
    expect(episodes('Mara Quist directed all eight episodes.')).toEqual([['tidewatch', 8]]);
    expect(episodes('Tidewatch is a drama series of eight episodes.')).toEqual([['tidewatch', 8]]);
    expect(episodes('The season has eight episodes of Tidewatch drama.')).toEqual([['tidewatch', 8]]);
  });
});

describe('a heading below the title that names a part of the page\'s thing ("## Encoder model specification", "## First stage") heads a section that is not the thing\'s', () => {
  const models = inlinePack('composite-parts', [
    'entityTypes:',
    '  - {type: model, headers: [model]}',
    'entities:',
    '  - {id: brisk-tagger-0004, name: brisk-tagger-0004, type: model, aliases: [brisk-tagger-0004]}',
    'attributes:',
    '  - {id: complexity.gflops, label: complexity, kind: quantity, unit: GFLOPs, unitWords: [GFLOPs], triggers: [GFLOPs], headers: [GFLOPs], subjects: [model], timeless: true}',
  ]);
  const gflops = (text: string) => claimsIn(models, text, 'complexity.gflops').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  const table = (figure: string) => `| Metric | Value |\n|---|---|\n| GFLOPs | ${figure} |\n`;

  it('reads no figure of the page\'s thing under a heading that names another thing of its type by the type noun and words of its own', () => {
    const page = `# brisk-tagger-0004 (composite)\n\n## Composite model specification\n\n${table('7.5')}\n## Encoder model specification\n\n${table('6.120')}\n### Inputs\n\n${table('0.9')}\n## Duration prediction model specification\n\n${table('1.38')}\n## Side encoder models specification\n\n${table('0.611')}\n## brisk-tagger-0004-decoder-head model specification\n\n${table('0.210')}`;
    expect(gflops(page)).toEqual([['brisk-tagger-0004', 7.5]]);
  });

  it('keeps the page\'s thing under a heading of the type noun alone, its own name or a word of its title', () => {
    expect(gflops(`# brisk-tagger-0004\n\n## Model specification\n\n${table('7.5')}`)).toEqual([['brisk-tagger-0004', 7.5]]);
    expect(gflops(`# brisk-tagger-0004\n\n## The brisk-tagger-0004 model\n\n${table('7.5')}`)).toEqual([['brisk-tagger-0004', 7.5]]);
    expect(gflops(`# brisk-tagger-0004\n\n## About this model\n\n${table('7.5')}`)).toEqual([['brisk-tagger-0004', 7.5]]);
    expect(gflops(`# brisk-tagger-0004\n\n## Recommended models\n\n${table('7.5')}`)).toEqual([['brisk-tagger-0004', 7.5]]);
  });

  it('reads no figure of the thing under a heading that holds a word the pack lists as a part\'s (`parts` of its type)', () => {
    const rockets = inlinePack('rocket-parts', [
      'entityTypes:',
      '  - {type: rocket, headers: [rocket, launcher], parts: [stage, booster]}',
      'entities:',
      '  - {id: orrin-heavy, name: Orrin Heavy, type: rocket, aliases: [Orrin Heavy]}',
      'attributes:',
      '  - {id: height, label: height, kind: quantity, unit: m, triggers: [tall], headers: [height], subjects: [rocket], timeless: true}',
    ]);
    const heights = (text: string) => claimsIn(rockets, text, 'height').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
    const page = '# Orrin Heavy\n\n## Overview\n\n| Field | Value |\n|---|---|\n| Height | 70 m |\n\n## First stage\n\n| Field | Value |\n|---|---|\n| Height | 42 m |\n\n## Side boosters\n\n| Field | Value |\n|---|---|\n| Height | 38 m |\n\n## Second stage\n\nIt is 12 m tall.\n';
    expect(heights(page)).toEqual([['orrin-heavy', 70]]);
  });
});

describe('an index table\'s row named by a part word ("| encoder |") under a row of a thing is a part of that thing, not a thing', () => {
  const models = inlinePack('composite-rows', [
    'entityTypes:',
    '  - {type: model, headers: [model, model name], parts: [encoder, decoder]}',
    'entities:',
    '  - {id: brisk-tagger-0004, name: brisk-tagger-0004, type: model, aliases: [brisk-tagger-0004]}',
    '  - {id: brisk-tagger-0005, name: brisk-tagger-0005, type: model, aliases: [brisk-tagger-0005]}',
    '  - {id: velora-lens-0002, name: velora-lens-0002, type: model, aliases: [velora-lens-0002]}',
    'attributes:',
    '  - {id: complexity.gflops, label: complexity, kind: quantity, unit: GFLOPs, headers: [GFLOPs], subjects: [model], timeless: true}',
  ]);
  const index = [
    '# Text models',
    '',
    '| Model Name | GFLOPs |',
    '|---|---|',
    '| [velora-lens-0002](./velora-lens-0002/README.md) | 1.25 |',
    '| [brisk-tagger-0004](./brisk-tagger-0004/README.md) | |',
    '| encoder | 12.4 |',
    '| decoder | 0.03 |',
    '| [brisk-tagger-0005](./brisk-tagger-0005/README.md) | |',
    '|   Encoder | 9.27 |',
    '|   Decoders | 0.08 |',
    '',
  ].join('\n');
  const read = (text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon: models }).claims.filter((c) => c.attribute === 'complexity.gflops').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null, c.where ?? null]);

  it('reads each part row as its thing\'s figure on that part, and no two parts of two things meet', () => {
    expect(read(index)).toEqual([
      ['velora-lens-0002', 1.25, null],
      ['brisk-tagger-0004', 12.4, 'encoder part'],
      ['brisk-tagger-0004', 0.03, 'decoder part'],
      ['brisk-tagger-0005', 9.27, 'encoder part'],
      ['brisk-tagger-0005', 0.08, 'decoders part'],
    ]);
    expect(analyse([{ file: 'a.md', text: index }], { lexicon: models }).report.conflicts).toEqual([]);
  });

  it('a part\'s figure meets the same part\'s on another page, never the whole\'s', () => {
    const card = '# brisk-tagger-0004\n\n| Metric | Value |\n|---|---|\n| GFLOPs | 12.43 |\n';
    const other = index.replace('| encoder | 12.4 |', '| encoder | 14.1 |').replace('# Text models', '# All models');
    const conflicts = analyse([{ file: 'a.md', text: index }, { file: 'b.md', text: other }, { file: 'c.md', text: card }], { lexicon: models }).report.conflicts;
    expect(conflicts.map((c) => [c.entity.id, c.claims.map((k) => k.value.kind === 'quantity' ? k.value.min : null)])).toEqual([['brisk-tagger-0004', [12.4, 14.1]]]);
  });

  it('a part word with no row of a thing above it, or a name a pack knows, is read as before', () => {
    const alone = '# Parts\n\n| Model Name | GFLOPs |\n|---|---|\n| encoder | 12.4 |\n';
    expect(read(alone)).toEqual([['encoder', 12.4, null]]);
  });
});

describe('a category value right after one of its attribute\'s blockers ("converted to Onyx format") is not the attribute\'s', () => {
  const models = inlinePack('converted-formats', [
    'entities:',
    '  - {id: velora-x2, name: velora-x2, type: model, aliases: [velora-x2]}',
    'attributes:',
    '  - id: framework',
    '    label: source framework',
    '    kind: category',
    '    triggers: [framework]',
    '    blockers: [converted to, exported to]',
    '    headers: [source framework]',
    '    subjects: [model]',
    '    values:',
    '      - {id: torchly, group: torchly, synonyms: [Torchly]}',
    '      - {id: onyx, group: onyx, synonyms: [Onyx]}',
  ]);
  const read = (text: string) => claimsIn(models, `# velora-x2\n\n${text}\n`, 'framework').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('reads the framework a model was trained in, not the format it was converted to', () => {
    expect(read('The velora-x2 model is pre-trained in Torchly\\* framework and converted to Onyx\\* format.')).toEqual([['velora-x2', 'torchly']]);
    expect(read('The velora-x2 model is pre-trained in Torchly framework and exported to the Onyx format.')).toEqual([['velora-x2', 'torchly']]);
  });

  it('a blocker after the value, far before it or in another clause blocks nothing', () => {
    expect(read('The velora-x2 framework is Onyx, converted to a smaller file for the demo.')).toEqual([['velora-x2', 'onyx']]);
    expect(read('The velora-x2 model was converted to smaller files; the velora-x2 framework is Onyx.')).toEqual([['velora-x2', 'onyx']]);
    expect(read('The velora-x2 model, converted to a file for the demo, has the Onyx framework.')).toEqual([['velora-x2', 'onyx']]);
  });
});

describe('figures under a heading or caption of requirements ("Minimum Requirements:", "### Recommended") or of a version ("Amiga Version:") are no values of the product', () => {
  const games = packOf('requirement-lists', 'game', ['{id: tarnwick-rally, name: Tarnwick Rally, type: game, aliases: [Tarnwick Rally]}'], [
    '{id: install.size, label: install size, kind: quantity, unit: GB, unitWords: [GB], triggers: [install size], headers: [install size], subjects: [game]}',
  ]);
  const lines = (text: string) => claimsUnder(games, 'Tarnwick Rally', text).map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
  it('reads no label line under a caption that names requirements, footnoted, bold or in italics', () => {
    expect(lines('### Technical Specifications\n\n**Minimum Requirements:**[^1]\n- **CPU:** 233 MHz\n- **Install size:** 2 GB\n\n*Recommended:*\n- **CPU:** 333 MHz\n\n[^1]: A shop page.')).toEqual([]);
    expect(lines('System requirements:\n\n- RAM: 32 MB\n- Install size: 2 GB')).toEqual([]);
  });
  it('reads no label line under a heading that names requirements, nor under one of its subsections', () => {
    expect(lines('## System Requirements\n\n### Minimum\n\n- RAM: 32 MB\n\n### Recommended\n\n- RAM: 64 MB')).toEqual([]);
    expect(lines('## Recommended Specs\n\n- RAM: 64 MB')).toEqual([]);
  });
  it('reads no label line under a caption that names a version or an edition of the product', () => {
    expect(lines('**Amiga Version:**\n- **Media:** 3 disks\n\n**Disc Edition:**\n- **Media:** 2 discs\n\n**2019 Re-release (Windows):**\n- **Install size:** 4 GB')).toEqual([]);
  });
  it('reads the label lines of other captions and headings, and after a paragraph of prose ends the list', () => {
    expect(lines('**Minimum Requirements:**\n- RAM: 32 MB\n\nThe game shipped on two discs.\n\n- Install size: 2 GB')).toEqual([['install.size', 2]]);
    expect(lines('**Technical Features:**\n- **Install size:** 2 GB')).toEqual([['install.size', 2]]);
    expect(lines('## Minimum wage\n\n- Workers: 3,000')).toEqual([['open.worker', 3000]]);
    expect(lines('## Recommended models\n\n- Install size: 2 GB')).toEqual([['install.size', 2]]);
    expect(lines('**Recommended Setup:**\n- RAM: 64 MB\n\n> **Note:** the install size of Tarnwick Rally is 2 GB.')).toEqual([['install.size', 2]]);
  });
});

describe('an event and a date past another predicate coordinated after it', () => {
  const studios = inlinePack('studios-jg1', [
    'entityTypes:',
    '  - {type: organization, headers: [studio]}',
    'entities:',
    '  - {id: quillon, name: Quillon Works, type: organization, aliases: [Quillon Works, Quillon]}',
    '  - {id: marrowby, name: Marrowby, type: organization, aliases: [Marrowby]}',
  ]);
  const founded = (sentence: string) => claimsIn(studios, `# Notes\n\n${sentence}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.start ?? null]);
  it('"founded X and sold it to Y in 1995": the date is the sale\'s, not the founding\'s', () => {
    expect(founded('Edda Vantor founded Quillon Works and sold it to Marrowby in 1995, after the team had grown.')).toEqual([['quillon', null]]);
    expect(founded('Edda Vantor co-founded Quillon Works alongside Brann Oake but left the company in 2000 to travel.')).toEqual([['quillon', null]]);
  });
  it('a date before the coordinated predicate, or shared by a bare second verb, stays the founding\'s', () => {
    expect(founded('Edda Vantor founded Quillon Works in 1989 and sold it to Marrowby in 1995.')).toEqual([['quillon', '1989-01-01']]);
    expect(founded('Quillon Works was founded and incorporated in 1989.')).toEqual([['quillon', '1989-01-01']]);
  });
});

describe('an event of a part made "as a division of" an organisation', () => {
  const studios = inlinePack('studios-jg2', [
    'entityTypes:',
    '  - {type: organization, headers: [studio]}',
    'entities:',
    '  - {id: quillon, name: Quillon Works, type: organization, aliases: [Quillon Works, Quillon]}',
    '  - {id: marrowby, name: Marrowby, type: organization, aliases: [Marrowby]}',
  ]);
  const founded = (sentence: string) => claimsIn(studios, `# Notes\n\n${sentence}\n`, 'event.founding').map((c) => [c.entity.id, c.time?.start ?? null]);
  it('is never the founding of the organisation named after "as a division of"', () => {
    expect(founded('Quillon Press is the publishing arm of the Quillon group, founded in 2016 as a division of Quillon Works.')).toEqual([]);
    expect(founded('Quillon Press, founded in 2016 as a subsidiary of Quillon Works, publishes card games.')).toEqual([]);
  });
  it('the thing founded keeps its founding', () => {
    expect(founded('Quillon Works was founded in 1999 as a division of Marrowby.')).toEqual([['quillon', '1999-01-01']]);
  });
});

// Games, studios and a developer attribute named by "developed by": the two blocks below.
const developerGames = inlinePack('games-developers', [
  'entityTypes:',
  '  - {type: game, headers: [game]}',
  '  - {type: organization, headers: [studio]}',
  'entities:',
  '  - {id: lanternfall, name: Lanternfall, type: game, aliases: [Lanternfall]}',
  '  - {id: quillon, name: Quillon Works, type: organization, aliases: [Quillon Works, Quillon]}',
  '  - {id: marrowby, name: Marrowby, type: organization, aliases: [Marrowby]}',
  'attributes:',
  '  - {id: developer, label: developer, kind: category, triggers: [developed by, developer, developed], subjects: [game], values: [{id: quillon, synonyms: [Quillon Works, Quillon]}, {id: marrowby, synonyms: [Marrowby]}]}',
]);
const developers = (sentence: string) => claimsIn(developerGames, `# Notes\n\n${sentence}\n`, 'developer').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);
describe('a value as the agent of another verb than its attribute\'s', () => {
  it('"developed by A, published by B": B is no developer where the pack names the developer by "developed by"', () => {
    expect(developers('Some titles shipped on their own, though Lanternfall (developed by Quillon Works, published by Marrowby) and the Glass Road (developed by a small team) reached release.')).toEqual([['lanternfall', 'quillon']]);
  });
  it('"developed and published by B": the attribute\'s own verb still governs the agent', () => {
    expect(developers('Lanternfall was developed and published by Marrowby.')).toEqual([['lanternfall', 'marrowby']]);
  });
});

describe("a category label's qualifier (\"Developer (Handheld port): X\")", () => {
  const studios = inlinePack('games-qualified', [
    'entityTypes:',
    '  - {type: game, headers: [game]}',
    '  - {type: organization, headers: [studio]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: game, aliases: [Lanternfall]}',
    '  - {id: quillon, name: Quillon Works, type: organization, aliases: [Quillon Works]}',
    '  - {id: marrowby, name: Marrowby, type: organization, aliases: [Marrowby]}',
    'attributes:',
    '  - {id: developer, label: developer, kind: category, triggers: [developed by], headers: [developer], subjects: [game], values: [{id: quillon, synonyms: [Quillon Works]}, {id: marrowby, synonyms: [Marrowby]}]}',
  ]);
  it('makes a variant of its own: its value never meets the unqualified one', () => {
    const text = '# Lanternfall\n\n- **Developer:** Quillon Works\n- **Developer (Handheld port):** Marrowby\n';
    const read = analyse([{ file: 'a.md', text }], { lexicon: studios });
    expect(read.claims.filter((c) => c.attribute === 'developer').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null, c.variant ?? null])).toEqual([
      ['lanternfall', 'quillon', null],
      ['lanternfall', 'marrowby', 'handheld port'],
    ]);
    expect(read.report.conflicts).toEqual([]);
    const again = analyse([{ file: 'a.md', text }, { file: 'b.md', text: '# Lanternfall\n\n- **Developer (Handheld port):** Quillon Works\n' }], { lexicon: studios });
    expect(again.report.conflicts.map((c) => c.message)).toEqual(['Lanternfall developer: marrowby vs quillon']);
  });
});

describe('a value the sentence sets apart', () => {
  it('"developed outside of A", "without A": A is no value of the thing', () => {
    expect(developers('Designed by Ada Merrow, this was the first Lanternfall game to be developed outside of Quillon Works proper.')).toEqual([]);
    expect(developers('Lanternfall was developed without Quillon Works.')).toEqual([]);
  });
  it('the value before "rather than" stays', () => {
    expect(developers('Lanternfall was developed by Marrowby rather than Quillon Works.')).toEqual([['lanternfall', 'marrowby']]);
  });
});

describe('words of a release that tell no release of the thing named', () => {
  const games = inlinePack('games-jg6', [
    'entityTypes:',
    '  - {type: game, headers: [game, remake]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: game, aliases: [Lanternfall]}',
    'events:',
    '  - {id: game-release, label: game release, triggers: [released, release, launched], negations: [never, not], participantTypes: [game], minParticipants: 1}',
  ]);
  const releases = (text: string) =>
    analyse([{ file: 'a.md', text: `# Lanternfall\n\n${text}\n` }], { lexicon: games }).claims.filter((c) => c.attribute === 'event.game-release').map((c) => [c.entity.id, c.value.kind === 'event' ? c.value.polarity : null, c.time?.start ?? null]);
  it('"the 12th-best game ever released": a ranking', () => {
    expect(releases('In 2011, a critics\' poll ranked Lanternfall as the 12th-best strategy game ever released.')).toEqual([]);
  });
  it('"released into the public domain": a change of terms', () => {
    expect(releases('In 1987, Lanternfall was released into the public domain for the anniversary.')).toEqual([]);
  });
  it('"The official X website launched": the name modifies the noun whose launch it is', () => {
    expect(releases('The official Lanternfall website launched on March 24, 1999, hosted by a fan.')).toEqual([]);
    expect(releases('The long-awaited Lanternfall finally launched on March 24, 1999.')).toEqual([['lanternfall', 'happened', '1999-03-24']]);
  });
  it('"A Vireo 64 version of X was never released": the port\'s release, not the thing\'s', () => {
    expect(releases('A Vireo 64 version of Lanternfall was planned but never released.')).toEqual([]);
    expect(releases('Lanternfall was never released.')).toEqual([['lanternfall', 'not-happened', null]]);
  });
  it('"reissued … and released", "ported … as a cartridge release", "remastered and released": a later edition\'s release, not the first', () => {
    expect(releases('Lanternfall was reissued in 2001 and released as a budget title.')).toEqual([]);
    expect(releases('Lanternfall was later ported to the Vireo 64 as a standalone cartridge release in 1983.')).toEqual([]);
    expect(releases('Lanternfall was remastered and released again in 2019.')).toEqual([]);
    expect(releases('Lanternfall was released in 1981, and it was reissued in 2001.')).toEqual([['lanternfall', 'happened', '1981-01-01']]);
    expect(releases('Lanternfall was co-released by two studios in 1981.')).toEqual([['lanternfall', 'happened', '1981-01-01']]);
  });
});

describe('a figure of a thing\'s first month or first year', () => {
  const games = inlinePack('games-jg8', [
    'entityTypes:',
    '  - {type: game, headers: [game]}',
    'entities:',
    '  - {id: lanternfall, name: Lanternfall, type: game, aliases: [Lanternfall]}',
    'attributes:',
    '  - {id: copies, label: copies sold, kind: quantity, unit: copies, unitWords: [copies, units], triggers: [sold, sales], subjects: [game], measure: stock}',
  ]);
  const read = (text: string) => analyse([{ file: 'a.md', text: `# Lanternfall\n\n${text}\n` }], { lexicon: games });
  it('is that span\'s, compared neither with another span nor with the lifetime figure', () => {
    const r = read('Despite a slow start, with only 4,000 copies sold in its first month, the game became a hit.\n\nIt eventually sold 250,000 copies in its first year.\n\nLanternfall ultimately sold over one million copies.');
    expect(r.claims.filter((c) => c.attribute === 'copies').map((c) => c.variant ?? null)).toEqual(['first month', 'first year', null]);
    expect(r.report.conflicts).toEqual([]);
  });
  it('two figures of no span still meet', () => {
    expect(read('Lanternfall sold 300,000 copies.\n\nLanternfall sold over one million copies.').report.conflicts.map((c) => c.rule)).toEqual(['numeric-mismatch']);
  });
});

describe('a count of what one effort found ("after finding two moons with deeper searches") is a count of finds, no total', () => {
  const lexicon = inlinePack('found-count', [
    'entityTypes:',
    '  - {type: body, headers: [planet, moon]}',
    'entities:',
    '  - {id: quorra, name: Quorra, type: body, aliases: [Quorra]}',
    'attributes:',
    '  - {id: moon.count, label: number of known moons, kind: quantity, unit: moons, unitWords: [moons, satellites], triggers: [moons], headers: [moons], subjects: [body], measure: stock}',
  ]);
  const moons = (text: string) => figuresWith(lexicon, text, 'moon.count');

  it('reads no total from a count a verb of finding acts on', () => {
    expect(moons('Quorra has many satellites. After finding two moons with ever deeper searches, the team looked again.')).toEqual([]);
    expect(moons('At Quorra, the probe spotted four moons on its way in.')).toEqual([]);
    expect(moons('Quorra: the camera has detected two moons.')).toEqual([]);
    expect(moons('At Quorra, astronomers discovered two moons in 2030.')).toEqual([]);
  });

  it('keeps the total a body has, and a conflict between two totals', () => {
    expect(moons("Quorra's five moons are shown to scale.")).toEqual([['quorra', 5]]);
    expect(moons('Quorra has five moons.')).toEqual([['quorra', 5]]);
    expect(checkTexts([{ file: 'a.md', text: "# Quorra\n\nQuorra's five moons are shown to scale. Quorra has many satellites. After finding four moons with deeper searches, the team rested.\n" }], { lexicon }).conflicts).toEqual([]);
    expect(checkTexts([{ file: 'a.md', text: "# Quorra\n\nQuorra's five moons are shown to scale. Quorra has four moons.\n" }], { lexicon }).conflicts.length).toBe(1);
  });
});

describe('the units of spaceflight: a speed in km/s or mi/s is no distance, light-years, AU and parsecs are lengths', () => {
  const lexicon = inlinePack('space-units', [
    'entityTypes:',
    '  - {type: spacecraft, headers: [probe]}',
    '  - {type: body, headers: [star, planet]}',
    'entities:',
    '  - {id: kesta, name: Kesta, type: spacecraft, aliases: [Kesta, Kesta probe]}',
    '  - {id: orrin, name: Orrin, type: body, aliases: [Orrin]}',
    'attributes:',
    '  - {id: travel.distance, label: distance travelled, kind: quantity, unit: km, unitWords: [km, miles], triggers: [travelling, travelled], subjects: [spacecraft], measure: tally}',
    '  - {id: speed, label: speed, kind: quantity, unit: km/s, triggers: [speed], subjects: [spacecraft]}',
    '  - {id: distance, label: distance from Earth, kind: quantity, unit: km, triggers: [away, from Earth], subjects: [body]}',
  ]);

  it('reads no distance from a speed per second', () => {
    expect(figuresWith(lexicon, 'The Kesta probe is travelling at a velocity of 19 km/s, the agency said.', 'travel.distance')).toEqual([]);
    expect(figuresWith(lexicon, 'The Kesta probe is travelling at 12 mi/s.', 'travel.distance')).toEqual([]);
    expect(figuresWith(lexicon, 'The Kesta probe is travelling at 12 miles per second.', 'travel.distance')).toEqual([]);
    expect(figuresWith(lexicon, 'The Kesta probe travelled 19 kilometres per second.', 'travel.distance')).toEqual([]);
    expect(figuresWith(lexicon, 'The Kesta probe has travelled 190 million km.', 'travel.distance')).toEqual([['kesta', 190e6]]);
  });

  it('converts speeds into an attribute in km/s', () => {
    expect(figuresWith(lexicon, 'The Kesta probe has a speed of 19 km/s.', 'speed')).toEqual([['kesta', 19]]);
    expect(figuresWith(lexicon, 'The Kesta probe has a speed of 68,400 km/h.', 'speed')).toEqual([['kesta', 19]]);
    expect(figuresWith(lexicon, 'The Kesta probe has a speed of 19,000 m/s.', 'speed')).toEqual([['kesta', 19]]);
  });

  it('converts light-years, AU and parsecs into an attribute in km; "au" in lower case is no unit', () => {
    expect(figuresWith(lexicon, 'Orrin is 5 AU from Earth.', 'distance')).toEqual([['orrin', 747989353.5]]);
    expect(figuresWith(lexicon, 'Orrin is 5 astronomical units from Earth.', 'distance')).toEqual([['orrin', 747989353.5]]);
    expect(figuresWith(lexicon, 'Orrin is 2 light-years away.', 'distance').map(([, v]) => Math.round(v as number / 1e9))).toEqual([18921]);
    expect(figuresWith(lexicon, 'Orrin is 2 parsecs away.', 'distance').map(([, v]) => Math.round(v as number / 1e9))).toEqual([61714]);
    expect(figuresWith(lexicon, 'Orrin is 5 au from Earth.', 'distance')).toEqual([]);
  });
});

describe('a letter after a name that ends in a digit is a serial letter, no model size ("the second Orsa-1 satellite – Orsa-1B –")', () => {
  const lexicon = inlinePack('serial-letter', [
    'entityTypes:',
    '  - {type: spacecraft, headers: [spacecraft, probe, satellite]}',
    'entities:',
    '  - {id: kavo, name: Kavo, type: spacecraft, aliases: [Kavo]}',
    'events:',
    '  - {id: launch, label: launch, triggers: [launched, launch], negations: [failed, not], participantTypes: [spacecraft], minParticipants: 1}',
  ]);
  const events = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon }).claims.filter((c) => c.value.kind === 'event').map((c) => [c.entity.name, c.entity.type, c.attribute]);

  it('types the lettered name as the name it letters, so a satellite launch is no model release', () => {
    expect(events('The second Orsa-1 satellite – Orsa-1B – was launched today to complete the pair.')).toEqual([['Orsa-1B', 'spacecraft', 'event.launch']]);
  });

  it('keeps a model size where nothing types the name otherwise', () => {
    expect(events('Brontel-9B was launched today.')).toEqual([['Brontel-9B', 'model', 'event.model-release']]);
  });
});

describe("whose figure in a biography: a participle's clause after the main clause, and a pronoun after a fronted clause with an appositive", () => {
  const rulers = inlinePack('biography-rulers', [
    'entityTypes:',
    '  - {type: ruler, headers: [king, queen, ruler], people: true}',
    'entities:',
    '  - {id: aldric-varn, name: Aldric Varn, type: ruler, aliases: [Aldric Varn, King Aldric Varn]}',
    '  - {id: tomas-brenner, name: Tomas Brenner, type: ruler, aliases: [Tomas Brenner, King Tomas Brenner]}',
    '  - {id: hald-orrin, name: Hald and Orrin, type: ruler, aliases: [Hald and Orrin]}',
    'attributes:',
    '  - {id: reign.length, label: length of reign, kind: quantity, unit: years, unitWords: [years, year], triggers: [reign, reigned, ruled, ruled for, reigned for], subjects: [ruler], timeless: true}',
  ]);
  const reigns = (heading: string, text: string) => claimsIn(rulers, `# ${heading}\n\n${text}\n`, 'reign.length').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it("gives a participle's clause after a coordinated predicate to the sentence's subject, not to the name inside the predicate", () => {
    expect(reigns('Rulers', 'Tomas Brenner was the eldest son of King Aldric Varn and succeeded his father as king of Ostmark, ruling for 12 years.')).toEqual([['tomas-brenner', 12]]);
    expect(reigns('Rulers', 'Tomas Brenner defeated King Aldric Varn, ruling for 12 years.')).toEqual([['tomas-brenner', 12]]);
  });

  it("leaves a participle's clause with a possessive or a subject of its own to the names it has", () => {
    expect(reigns('Rulers', 'Tomas Brenner defeated King Aldric Varn, ending his 40-year reign.')).toEqual([['aldric-varn', 40]]);
    expect(reigns('Rulers', 'Tomas Brenner was crowned while King Aldric Varn was away, having reigned for 40 years.')).toEqual([['aldric-varn', 40]]);
  });

  it('binds "He" after a fronted clause whose subject has an appositive to the main clause\'s subject', () => {
    const text = 'After the two raiders, Hald and Orrin, had ruled for 22 years, Tomas Brenner raised an army and retook the throne. He ruled from Velmora for ten years.';
    expect(reigns('Tomas Brenner', text)).toEqual([['hald-orrin', 22], ['tomas-brenner', 10]]);
    expect(reigns('Notes', text)).toEqual([['hald-orrin', 22], ['tomas-brenner', 10]]);
  });
});

describe("the side of its verb an event's one participant stands on (participantRole)", () => {
  const lines = (roles: { death?: string; deposition?: string; accession?: string }) => [
    'entityTypes:',
    '  - {type: ruler, headers: [king, queen, ruler], people: true}',
    'entities:',
    '  - {id: aldric-varn, name: Aldric Varn, type: ruler, aliases: [Aldric Varn, King Aldric Varn]}',
    '  - {id: tomas-brenner, name: Tomas Brenner, type: ruler, aliases: [Tomas Brenner, King Tomas Brenner]}',
    'events:',
    `  - {id: death, label: death, triggers: [died, was killed, killed], negations: [survived], participantTypes: [ruler], minParticipants: 1${roles.death ? `, participantRole: ${roles.death}` : ''}}`,
    `  - {id: deposition, label: deposition, triggers: [was deposed, deposed], negations: [never], participantTypes: [ruler], minParticipants: 1${roles.deposition ? `, participantRole: ${roles.deposition}` : ''}}`,
    `  - {id: accession, label: accession, triggers: [ascended the throne, succeeded], negations: [never], participantTypes: [ruler], minParticipants: 1${roles.accession ? `, participantRole: ${roles.accession}` : ''}}`,
  ];
  const sided = inlinePack('event-sides', lines({ death: 'object', deposition: 'object', accession: 'subject' }));
  const unsided = inlinePack('event-sides-unset', lines({}));
  const events = (lexicon: ReturnType<typeof compileLexicon>, heading: string, text: string) =>
    analyse([{ file: 'a.md', text: `# ${heading}\n\n${text}\n` }], { lexicon }).claims.filter((c) => c.value.kind === 'event').map((c) => [c.entity.id, c.attribute]);

  it('gives an event done to the object to neither the active subject nor the agent after "by"', () => {
    const killed = 'Tomas Brenner built the great reservoir. His reign ended when his son Aldric Varn, fearing disinheritance, imprisoned and killed him.';
    expect(events(unsided, 'Tomas Brenner', killed)).toEqual([['aldric-varn', 'event.death']]);
    expect(events(sided, 'Tomas Brenner', killed)).toEqual([]);
    const deposed = 'Tomas Brenner was a king of Ostmark. His reign ended when he was deposed by his nephew, Aldric Varn, who feared him.';
    expect(events(sided, 'Tomas Brenner', deposed)).toEqual([]);
    expect(events(sided, 'Rulers', 'Tomas Brenner killed King Aldric Varn.')).toEqual([['aldric-varn', 'event.death']]);
    expect(events(sided, 'Rulers', 'Aldric Varn was killed by Tomas Brenner.')).toEqual([['aldric-varn', 'event.death']]);
    expect(events(sided, 'Rulers', 'Aldric Varn died in the winter.')).toEqual([['aldric-varn', 'event.death']]);
  });

  it("gives an event done by the subject to the verb's subject, never its object, and to the agent of its passive", () => {
    const object = 'Tomas Brenner was a king of Ostmark. He succeeded his elder brother, the renowned King Aldric Varn.';
    expect(events(unsided, 'Tomas Brenner', object)).toEqual([['aldric-varn', 'event.accession']]);
    expect(events(sided, 'Tomas Brenner', object)).toEqual([['tomas-brenner', 'event.accession']]);
    expect(events(sided, 'Rulers', 'He was another son of King Aldric Varn and ascended the throne after his brother.')).toEqual([]);
    expect(events(sided, 'Rulers', 'Tomas Brenner was the eldest son of King Aldric Varn and succeeded his father as king of Ostmark.')).toEqual([['tomas-brenner', 'event.accession']]);
    expect(events(sided, 'Rulers', 'Aldric Varn was succeeded by his brother, Tomas Brenner.')).toEqual([['tomas-brenner', 'event.accession']]);
  });
});

describe('a possessive pronoun opening a sentence before a figure ("His 29-year reign") is no name with a version', () => {
  const rulers = inlinePack('possessive-before-figure', [
    'entityTypes:',
    '  - {type: ruler, headers: [king, queen, ruler], people: true}',
    'entities:',
    '  - {id: tomas-brenner, name: Tomas Brenner, type: ruler, aliases: [Tomas Brenner]}',
    'attributes:',
    '  - {id: reign.length, label: length of reign, kind: quantity, unit: years, unitWords: [years, year], triggers: [reign, reigned, year reign], subjects: [ruler], timeless: true}',
  ]);
  const reigns = (text: string) => claimsIn(rulers, `# Tomas Brenner\n\n${text}\n`, 'reign.length').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('reads digits as it reads a number in words', () => {
    expect(reigns('Tomas Brenner restored the old capital. His 29-year reign brought peace to Ostmark.')).toEqual([['tomas-brenner', 29]]);
    expect(reigns('Tomas Brenner restored the old capital. Her 29-year reign brought peace to Ostmark.')).toEqual([['tomas-brenner', 29]]);
    expect(reigns('Tomas Brenner restored the old capital. His twenty-nine-year reign brought peace to Ostmark.')).toEqual([['tomas-brenner', 29]]);
  });
});

describe('a pronoun subject past an opening phrase ("After landing on the coast, they …") is the sentence\'s subject: a later "They" is not its object', () => {
  const rulers = inlinePack('pronoun-past-opening', [
    'entityTypes:',
    '  - {type: ruler, headers: [king, queen, ruler], people: true}',
    'entities:',
    '  - {id: tomas-brenner, name: Tomas Brenner, type: ruler, aliases: [Tomas Brenner, King Tomas Brenner]}',
    '  - {id: hald-orrin, name: Hald and Orrin, type: ruler, aliases: [Hald and Orrin]}',
    'attributes:',
    '  - {id: reign.length, label: length of reign, kind: quantity, unit: years, unitWords: [years, year], triggers: [reign, reigned, ruled, ruled for], subjects: [ruler], timeless: true}',
  ]);
  const reigns = (heading: string, text: string) => claimsIn(rulers, `# ${heading}\n\n${text}\n`, 'reign.length').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('gives the figure to the name the pronouns go back to, not to the one they killed', () => {
    const text =
      'Hald and Orrin were two horse traders who became the first foreign rulers of Ostmark. After landing on the coast, they raised an army, defeated and killed King Tomas Brenner, and seized the throne. They ruled jointly for 22 years.';
    expect(reigns('Hald and Orrin', text)).toEqual([['hald-orrin', 22]]);
    expect(reigns('Notes', text)).toEqual([['hald-orrin', 22]]);
  });
});

describe('a figure of a part in running text (`parts` of an entity type, and the engine\'s part words)', () => {
  const animals = inlinePack('animal-parts', [
    'entityTypes:',
    '  - {type: species, headers: [species, animal], parts: [intestine, trachea, gamete, tail, egg, sperm cell, embryo, wing]}',
    '  - {type: rocket, headers: [rocket], parts: [stage, booster]}',
    'entities:',
    '  - {id: ardenian-hare, name: Ardenian hare, type: species, aliases: [Ardenian hare, Ardenian hares]}',
    '  - {id: tomari-crane, name: Tomari crane, type: species, aliases: [Tomari crane]}',
    '  - {id: orrin-heavy, name: Orrin Heavy, type: rocket, aliases: [Orrin Heavy]}',
    'attributes:',
    '  - {id: body.length, label: body length, kind: quantity, unit: m, triggers: [long, length], headers: [length], subjects: [species], timeless: true}',
    '  - {id: wingspan, label: wingspan, kind: quantity, unit: m, triggers: [wingspan, wings span], headers: [wingspan], subjects: [species], timeless: true}',
    '  - {id: chromosomes, label: chromosome number, kind: quantity, unit: chromosomes, unitWords: [chromosomes], triggers: [chromosomes], headers: [chromosomes], subjects: [species], timeless: true}',
    '  - {id: height, label: height, kind: quantity, unit: m, triggers: [tall], headers: [height], subjects: [rocket], timeless: true}',
  ]);
  const values = (text: string, attribute: string) => claimsIn(animals, text, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('gives the whole no figure whose clause opens on a part: "of" the name, the name before it, "its", past a fronted phrase', () => {
    const page =
      '# Ardenian hare\n\nThe Ardenian hare is about 45 cm long. The small intestine of the Ardenian hare is over 4 m long, and its trachea is about 6 cm long. The Ardenian hare trachea is a tube about 6 cm long. By the third week, the embryo is about 2 cm long.\n';
    expect(values(page, 'body.length')).toEqual([['ardenian-hare', 0.45]]);
  });

  it('gives the whole no count of a part, nor one limited to one part ("in each egg", "per sperm cell")', () => {
    const page =
      '# Ardenian hare genetics\n\nArdenian hare body cells have 48 chromosomes. Ardenian hare gametes have 24 chromosomes, one complete set. One set of 24 chromosomes is present in each egg. The hare carries 24 chromosomes per sperm cell.\n';
    expect(values(page, 'chromosomes')).toEqual([['ardenian-hare', 48]]);
  });

  it('keeps a figure whose part word is a word of the attribute, one of a part that is only an object, and a machine\'s whole', () => {
    expect(values('# Tomari crane\n\nThe Tomari crane\'s wings span about 2.1 m.\n', 'wingspan')).toEqual([['tomari-crane', 2.1]]);
    expect(values('# Ardenian hare\n\nThe Ardenian hare has a short tail and is about 45 cm long.\n', 'body.length')).toEqual([['ardenian-hare', 0.45]]);
    expect(values('# Orrin Heavy\n\nThe Orrin Heavy is 70 m tall. The first stage of the Orrin Heavy is 42 m tall, and its side boosters are 38 m tall.\n', 'height')).toEqual([['orrin-heavy', 70]]);
  });
});

describe('a clause that opens on "the" and a thing no pack knows as a type', () => {
  const animals = inlinePack('animal-others', [
    'entityTypes:',
    '  - {type: species, headers: [species, animal, mammal]}',
    'entities:',
    '  - {id: ardenian-hare, name: Ardenian hare, type: species, aliases: [Ardenian hare, Ardenian hares]}',
    '  - {id: brisk-vole, name: Brisk vole, type: species, aliases: [Brisk vole]}',
    'attributes:',
    '  - {id: gestation, label: gestation period, kind: quantity, unit: days, triggers: [gestation], headers: [gestation], subjects: [species], timeless: true}',
  ]);
  const days = (text: string) => claimsIn(animals, text, 'gestation').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);
  const firms = inlinePack('firm-rivals', ['entities:', '  - {id: halden, name: Halden Robotics, type: organization, aliases: [Halden Robotics]}']);
  const staff = (text: string) => claimsIn(firms, text, 'team.size').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('gives the name in context no figure of "the marten", "the company\'s rival", in a sentence or a clause after ", and"', () => {
    expect(days('# Ardenian hare pregnancy\n\nArdenian hare gestation is 42 days, while Brisk vole gestation is 21 days. The marten has a 30-day gestation.\n')).toEqual([['ardenian-hare', 42], ['brisk-vole', 21]]);
    expect(days('# Ardenian hare\n\nArdenian hare gestation is 42 days, while Brisk vole gestation is 21 days. In the north, the marten has a 30-day gestation.\n')).toEqual([['ardenian-hare', 42], ['brisk-vole', 21]]);
    expect(staff('# Halden Robotics\n\nHalden Robotics has 1,200 employees. The company\'s rival has 300 staff.\n\nThe rival has 300 staff.\n')).toEqual([['halden', 1200]]);
  });

  it('keeps the figure of a type noun, a word of the name in context, a word of the attribute, and a thing the name has', () => {
    expect(days('# Ardenian hare\n\nThe species has a 42-day gestation. The hare has a 42-day gestation. The mammal has a 42-day gestation. The gestation lasts 42 days.\n')).toEqual([
      ['ardenian-hare', 42],
      ['ardenian-hare', 42],
      ['ardenian-hare', 42],
      ['ardenian-hare', 42],
    ]);
    expect(staff('# Halden Robotics\n\nHalden Robotics is a young company. The company has 300 staff.\n')).toEqual([['halden', 300]]);
  });
});

describe('the plural of an alias in lower case', () => {
  const reptiles = inlinePack('reptile-plurals', [
    'entityTypes:',
    '  - {type: species, headers: [species]}',
    'entities:',
    '  - {id: orla-skink, name: tuatara, type: species, aliases: [tuatara]}',
    '  - {id: brisk-fly, name: brisk fly, type: species, aliases: [brisk fly]}',
    '  - {id: velora-gecko, name: Velora gecko, type: species, aliases: [Velora gecko]}',
    'attributes:',
    '  - {id: body.length, label: body length, kind: quantity, unit: m, triggers: [measure, long], headers: [length], subjects: [species], timeless: true}',
  ]);
  const lengths = (text: string) => claimsIn(reptiles, `# Notes\n\n${text}\n`, 'body.length').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('names the same thing ("tuataras", "brisk flies"); an alias with a capital takes no plural', () => {
    expect(lengths('Tuataras measure about 80 centimeters.')).toEqual([['orla-skink', 0.8]]);
    expect(lengths('Brisk flies are about 3 mm long.')).toEqual([['brisk-fly', 0.003]]);
    expect(lengths('Velora geckos are about 20 cm long.')).toEqual([]);
  });
});

describe('a clause after ", and" with a subject of its own', () => {
  const animals = inlinePack('animal-clauses', [
    'entityTypes:',
    '  - {type: species, headers: [species, animal]}',
    'entities:',
    '  - {id: ardenian-hare, name: Ardenian hare, type: species, aliases: [Ardenian hare]}',
    '  - {id: brisk-vole, name: Brisk vole, type: species, aliases: [Brisk vole]}',
    'attributes:',
    '  - {id: gestation, label: gestation period, kind: quantity, unit: days, triggers: [gestation, gestation period], headers: [gestation], subjects: [species], timeless: true}',
    '  - {id: body.length, label: body length, kind: quantity, unit: m, triggers: [long, length], headers: [length], subjects: [species], timeless: true}',
  ]);
  const values = (text: string, attribute: string) => claimsIn(animals, `# Notes\n\n${text}\n`, attribute).map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('gives the name before ", and" no figure of the next clause\'s own subject', () => {
    expect(values('Ardenian hare gestation is 42 days, a Brisk vole\'s is 21 days, and marten gestation is 30 days long.', 'gestation')).toEqual([['ardenian-hare', 42], ['brisk-vole', 21]]);
    expect(values('The Brisk vole has a 21-day gestation, and the marten gestation period is 30 days.', 'gestation')).toEqual([['brisk-vole', 21]]);
  });

  it('keeps the name\'s figure after ", and" with the attribute\'s own words, a pronoun, a type noun for it, or no subject', () => {
    expect(values('The Brisk vole is common, and its gestation is 21 days.', 'gestation')).toEqual([['brisk-vole', 21]]);
    expect(values('The Brisk vole is common, and gestation is 21 days.', 'gestation')).toEqual([['brisk-vole', 21]]);
    expect(values('The Brisk vole is common, and the species has a 21-day gestation.', 'gestation')).toEqual([['brisk-vole', 21]]);
    expect(values('The Brisk vole is 12 cm long, and has a 21-day gestation.', 'gestation')).toEqual([['brisk-vole', 21]]);
  });
});

describe('a scaled count right after its trigger', () => {
  const atlas = withPack('atlas');
  it('"a population of 2.4 million" is a count of the trigger\'s attribute, with no unit word after it', () => {
    expect(figuresWith(atlas, 'Ardenia has a population of 2.4 million.', 'population')).toEqual([['ardenia', 2_400_000]]);
    expect(figuresWith(atlas, 'The population of Ardenia is about 2.4 million, the census says.', 'population')).toEqual([['ardenia', 2_400_000]]);
  });
  it('not where a noun of its own follows the figure, nor where a word other than a link stands between', () => {
    expect(figuresWith(atlas, 'Ardenia has a population of 2.4 million sheep.', 'population')).toEqual([]);
    expect(figuresWith(atlas, 'The population grew while Ardenia spent 2.4 million on roads.', 'population')).toEqual([]);
  });
});

describe('an earlier value ("initially created by")', () => {
  // Toolkits built on a language, the language's own page, and who made each.
  const tools = inlinePack('tools', [
    'entityTypes:',
    '  - {type: software, headers: [toolkit, editor, compiler]}',
    '  - {type: language, headers: [language, programming language]}',
    'entities:',
    '  - {id: brisk-forge, name: Brisk Forge, type: software, aliases: [Brisk Forge]}',
    '  - {id: tarn-native, name: Tarn Native, type: software, aliases: [Tarn Native]}',
    '  - {id: quill, name: Quill, type: language, aliases: [Quill]}',
    'attributes:',
    '  - id: creator',
    '    label: creator',
    '    kind: category',
    '    triggers: [created by, developed by]',
    '    subjects: [software, language]',
    '    values:',
    '      - {id: oster, synonyms: [Mira Oster]}',
    '      - {id: halden, synonyms: [Halden Soft]}',
  ]);
  const creators = (sentence: string) => claimsIn(tools, `# Notes\n\n${sentence}\n`, 'creator').map((c) => [c.entity.id, c.value.kind === 'category' ? c.value.value : null]);

  it('reads no current value where the sentence says it was the first one ("initially created by", "originally developed by")', () => {
    expect(creators('Tarn Native is a toolkit created by Halden Soft. It began as a hobby: Tarn Native was initially created by Mira Oster.')).toEqual([['tarn-native', 'halden']]);
    expect(creators('Tarn Native, originally developed by Mira Oster, is a toolkit.')).toEqual([]);
    expect(creators('Tarn Native was at first developed by Mira Oster.')).toEqual([]);
    expect(creators('Tarn Native was formerly developed by Mira Oster.')).toEqual([]);
    // Not a word of time that stands further from the value.
    expect(creators('Tarn Native, initially a hobby, is developed by Halden Soft.')).toEqual([['tarn-native', 'halden']]);
  });
});

describe('a negation or an event word that speaks of another thing than the name (model releases)', () => {
  const models = inlinePack('newsletter-models', [
    'entities:',
    '  - {id: ardent, name: Ardent, type: organization, aliases: [Ardent]}',
    '  - {id: velora-x1, name: Velora X1, type: model, aliases: [Velora X1]}',
    '  - {id: velora-x2, name: Velora X2, type: model, aliases: [Velora X2]}',
    '  - {id: brennerchat, name: BrennerChat, type: model, aliases: [BrennerChat]}',
    '  - {id: orin, name: Orin, type: family, memberType: model, aliases: [Orin]}',
  ]);
  const releases = (text: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: models }).claims.flatMap((c) =>
      c.value.kind === 'event' && c.attribute === 'event.model-release' ? [[c.entity.id, c.value.polarity]] : [],
    );

  it('a name in a clause that "when", "after" or "until" opens after the word is no participant', () => {
    expect(releases('Velora X1 was still not released when the BrennerChat wave began.')).toEqual([['velora-x1', 'not-happened']]);
    expect(releases('Velora X2 was released a week after BrennerChat.')).toEqual([['velora-x2', 'happened']]);
  });

  it('a negated trigger that carries a manner ("not open-sourced", mannerTriggers) denies the manner, not the release', () => {
    expect(releases('Velora X1 was still not open-sourced when the BrennerChat wave began.')).toEqual([]);
    expect(releases('Ardent open-sourced Velora X1 in May.')).toEqual([['velora-x1', 'happened']]);
  });

  it('a name that runs on into a longer capitalised name is that longer thing\'s, and no other name takes the event', () => {
    expect(releases('Ardent has shown but not released Orin Long Reason, a mode that samples many answers.')).toEqual([]);
    expect(releases('Ardent has not released [Orin Deep Mode](https://example.com/orin) to the public.')).toEqual([]);
    expect(releases('Ardent has not released Orin to the public.')).toEqual([['orin', 'not-happened']]);
    // (A compound adjective is no name: "the Orin Ardent-themed launch".)
    expect(releases('We watched the Orin Ardent-themed launch.')).toEqual([['orin', 'happened']]);
    // (Nor a headline in title case.)
    expect(releases('Velora X2 Finally Released After Long Delay')).toEqual([['velora-x2', 'happened']]);
  });

  it('a company\'s legal form after its name ("Ardent Inc.") is no longer name: the company keeps its founding', () => {
    const foundings = (text: string) =>
      analyse([{ file: 'a.md', text: `# Notes\n\n${text}\n` }], { lexicon: models }).claims.flatMap((c) =>
        c.value.kind === 'event' && c.attribute === 'event.founding' ? [[c.entity.id, c.value.polarity]] : [],
      );
    expect(foundings('The series was the idea of Mara Quell of Ardent Inc., a software company she had founded in 1979.')).toEqual([['ardent', 'happened']]);
    expect(foundings('Ardent Ltd was founded in 1979.')).toEqual([['ardent', 'happened']]);
  });

  it('a name that opens its clause before a noun in lower case modifies that noun: "X multimodality has not been released"', () => {
    expect(releases('Ardent serves images through BrennerChat first, Velora X2 multimodality has not been released yet.')).toEqual([]);
    expect(releases('Corvane says Velora X2 multimodality has not been released yet.')).toEqual([]);
    expect(releases('Velora X2 has not been released yet.')).toEqual([['velora-x2', 'not-happened']]);
  });
});

describe('a category value a negation denies in a label line ("**Architecture:** … are not a mixture of experts")', () => {
  const models = inlinePack('label-models', ['entities:', '  - {id: orin-4, name: Orin 4, type: model, aliases: [Orin 4]}']);
  const architectures = (text: string) =>
    analyse([{ file: 'a.md', text: `# Orin 4 notes\n\n${text}\n` }], { lexicon: models }).claims.flatMap((c) =>
      c.attribute === 'architecture' && c.value.kind === 'category' ? [[c.entity.id, c.value.value, c.value.negated === true]] : [],
    );

  it('is denied, as in prose; an asserted one stands', () => {
    expect(architectures('- **Architecture:** Mostly unchanged. The models **are not a mixture of experts (MoE)** this year.')).toEqual([['orin-4', 'moe', true]]);
    expect(architectures('- **Architecture:** a mixture of experts (MoE) with 16 experts.')).toEqual([['orin-4', 'moe', false]]);
  });
});

describe('an AI newsletter: whom a subjectless sentence goes on about, and whose figure it is', () => {
  const newsletter = () =>
    inlinePack('newsletter-f12', [
      'entities:',
      '  - {id: ardent-labs, name: Ardent Labs, type: organization, aliases: [Ardent Labs, Ardent]}',
      '  - {id: corvane, name: Corvane, type: organization, aliases: [Corvane]}',
      '  - {id: velora-x2, name: Velora X2, type: model, aliases: [Velora X2]}',
      '  - {id: velora-x1, name: Velora X1, type: model, aliases: [Velora X1]}',
      '  - {id: brenner-chat, name: BrennerChat, type: model, aliases: [BrennerChat]}',
      '  - {id: orin, name: Orin, type: family, memberType: model, aliases: [Orin], memberPrefixes: [orin]}',
      '  - {id: talvik-2, name: Talvik 2, type: model, aliases: [Talvik 2]}',
    ]);
  /** Each claim of one page (title, date, text) of an attribute: [entity id, value or polarity, time]. */
  const page = (title: string, text: string, attribute: string) =>
    analyse([{ file: 'a.md', text: `---\ntitle: "${title}"\ndate: 2025-05-27\n---\n${text}\n` }], { lexicon: newsletter() })
      .claims.filter((c) => c.attribute === attribute)
      .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'event' ? c.value.polarity : null, c.time?.text ?? null]);

  it('a name the writer moved away from ("pulled me away from X", "stop using X") is no antecedent of "That model"', () => {
    expect(
      page(
        'What makes Ardent models distinct',
        'The traits showed first in the first version of Velora X1 — a major model at the time and the model that pulled me away from BrennerChat for the longest. That model was released on Jun 20, 2024, and it still holds up.',
        'event.model-release',
      ),
    ).toEqual([['velora-x1', 'happened', 'Jun 20, 2024']]);
    expect(
      page('Notes', 'Velora X1 is the one that got me to stop using BrennerChat for months. That model was released on Jun 20, 2024.', 'event.model-release'),
    ).toEqual([['velora-x1', 'happened', 'Jun 20, 2024']]);
  });

  it('a name among "the likes of" rivals is no antecedent of the next sentence, nor is a name before it', () => {
    expect(
      page(
        'Velora X2 and what training costs',
        'Ardent released Velora X2, a model with 29B active parameters. Beating the pair of Talvik 2 and BrennerChat is rare.\n\nSince then the leaderboard has put them in the top ten, above the likes of newer Orin pro models, Talvik 2, etc. With only 29B active parameters, this is attractive for businesses.',
        'params.active',
      ),
    ).toEqual([['velora-x2', 29e9, null]]);
  });

  it('a figure after "their" that stands for a plural noun of another kind ("closed labs building their $100 billion training clusters") is theirs', () => {
    expect(
      page('Velora X2, Ardent’s bet, and the open frontier', 'Today, Ardent released Velora X2. Open models stay relevant for years next to closed labs building their \\$100 billion training clusters.', 'training.cost'),
    ).toEqual([]);
    expect(page('Velora X2, Ardent’s bet, and the open frontier', 'Open models stay relevant next to closed labs and their $100 billion training clusters.', 'training.cost')).toEqual([]);
    // (A plural noun that describes the page's thing is still it: "The models kept their …".)
    expect(page('Velora X2 in numbers', 'The models kept their $60 million training budget.', 'training.cost')).toEqual([['velora-x2', 60e6, null]]);
  });
});

describe('a forecast of one clause is not of an event it names as past ("will follow the path of the X release")', () => {
  const lexicon = () => inlinePack('newsletter-f12b', ['entities:', '  - {id: brenner-chat, name: BrennerChat, type: model, aliases: [BrennerChat]}', '  - {id: velora-x2, name: Velora X2, type: model, aliases: [Velora X2]}']);
  const stood = (text: string) =>
    analyse([{ file: 'a.md', text: `---\ndate: 2023-01-06\n---\n# What 2023 may bring\n\n${text}\n` }], { lexicon: lexicon() })
      .claims.filter((c) => c.attribute === 'event.model-release')
      .map((c) => [c.entity.id, c.modality]);

  it('an event in the path, the wake or the example of which another thing is to go is known, past', () => {
    expect(stood('The strongest systems shipped in 2023 will hopefully take the road of the BrennerChat release.')).toEqual([['brenner-chat', 'asserted']]);
    expect(stood('Open models will follow the path of the release of BrennerChat.')).toEqual([['brenner-chat', 'asserted']]);
    // (The clause's own event is still foretold.)
    expect(stood('Corvane will release Velora X2 next year.')).toEqual([['velora-x2', 'predicted']]);
  });
});

describe("a pronoun's contraction after a type noun is no name ('other books I've read')", () => {
  it('gives the next sentence’s event to no one rather than to "I\'ve"', () => {
    const lexicon = inlinePack('shelf-contraction', [
      'entityTypes:',
      '  - {type: book, headers: [book, books, novel]}',
      'events:',
      '  - {id: publication, label: publication, triggers: [published, was written in], participantTypes: [book], minParticipants: 1}',
    ]);
    const text = "# Reading log, spring\n\nThe film was pleasant and a friend said it was in line with other books I've read.\nThe book was written in 1998 and the film was made much later.\n";
    expect(analyse([{ file: 'a.md', text }], { lexicon }).claims.map((c) => [c.entity.name, c.attribute])).toEqual([]);
    // (A name after the type noun is still one: "the novel Velora Tides was written in 1998".)
    expect(analyse([{ file: 'b.md', text: '# Notes\n\nThe novel Velora Tides was written in 1998.\n' }], { lexicon }).claims.map((c) => [c.entity.name, c.attribute])).toEqual([
      ['Velora Tides', 'event.publication'],
      ['Velora Tides', 'event.publication.date'],
    ]);
  });
});

describe('a figure in a parenthesis between a figure and its blocker does not defeat the blocker', () => {
  it("'28 pages (10%) of notes' is the notes', as '28 pages of notes' is", () => {
    const lexicon = inlinePack('shelf-pages', [
      'entityTypes:',
      '  - {type: book, headers: [book, novel]}',
      'entities:',
      '  - {id: velora-tides, name: Velora Tides, type: book, aliases: [Velora Tides]}',
      'attributes:',
      '  - {id: page.count, label: number of pages, kind: quantity, unit: pages, unitWords: [pages, page], triggers: [pages, long], subjects: [book], timeless: true, blockers: [first, of notes]}',
    ]);
    const pages = (text: string) => analyse([{ file: 'a.md', text: `# Velora Tides\n\n${text}\n` }], { lexicon }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);
    expect(pages('Velora Tides is barely 280 pages long. The book includes 28 pages (10%) of notes listing its sources.')).toEqual([['velora-tides', 'page.count', 280]]);
    expect(pages('The book includes 28 pages of notes listing its sources.')).toEqual([]);
    // (A figure of its own between them, not in an aside, still takes the blocker: "280 pages and 28 of notes".)
    expect(pages('Velora Tides runs 280 pages and 28 of notes.')).toEqual([['velora-tides', 'page.count', 280]]);
  });
});

describe('a founding of a thing named after a place, or founded in it, is not the place\'s founding (encyclopedia city pages)', () => {
  const atlas = inlinePack('atlas-foundings', [
    'entityTypes:',
    '  - {type: city, headers: [city, town]}',
    '  - {type: polity, headers: [kingdom, empire]}',
    'entities:',
    '  - {id: velmor, name: Velmor, type: city, aliases: [Velmor]}',
    '  - {id: ardenia, name: Ardenia, type: polity, aliases: [Ardenia]}',
    'events:',
    '  - {id: settlement-founded, label: founding of a city, triggers: [was founded, founded, established], participantTypes: [city, polity], minParticipants: 1}',
  ]);
  const foundings = (text: string, heading = 'Velmor') =>
    analyse([{ file: 'a.md', text: `# ${heading}\n\n${text}\n` }], { lexicon: atlas }).claims.flatMap((c) =>
      c.attribute === 'event.settlement-founded.date' && c.value.kind === 'quantity' ? [[c.entity.id, c.value.text]] : [],
    );

  it('a name that ends a longer capitalised name ("The University of X", "Queen\'s College X", "AFC X") is that longer thing\'s', () => {
    expect(foundings('The University of Velmor, founded in 1460, is the oldest in the country.')).toEqual([]);
    expect(foundings('In 1647, the University of Velmor was founded.')).toEqual([]);
    expect(foundings('The Botanical Garden of Velmor, founded 1930, lies by the river.')).toEqual([]);
    expect(foundings('The town is host to Queen\'s College Velmor, founded in 1845.')).toEqual([]);
    expect(foundings('The town is represented by AFC Velmor, a club founded in 2014.')).toEqual([]);
    // (The place's own founding still stands, and so does a type noun of the place's own type: "the Town of X", "the Kingdom of X".)
    expect(foundings('Velmor was founded in 1150 by traders from the coast.')).toEqual([['velmor', '1150']]);
    expect(foundings('The Town of Velmor was founded in 1151.')).toEqual([['velmor', '1151']]);
    expect(foundings('The Kingdom of Ardenia was established in 1100.', 'Ardenia')).toEqual([['ardenia', '1100']]);
    expect(foundings('In 1152 Velmor was founded on the river.')).toEqual([['velmor', '1152']]);
  });

  it('"it" after a sentence that says what another named thing is ("X Rovers is a football club.") is that thing', () => {
    expect(foundings('Velmor Rovers is a football club. It was established in 1922.')).toEqual([]);
    expect(foundings('The Tarn Orchestra, based in Velmor, is the only orchestra of the north. Founded in 1966, it has played since 1981.')).toEqual([]);
    expect(foundings('The oldest golf course in the city is the Royal Velmor Golf Club. It was established in 1906.')).toEqual([]);
    // ("It" after a sentence about the place itself is the place.)
    expect(foundings('Velmor is a city on the Tarn. It was founded in 1153.')).toEqual([['velmor', '1153']]);
    expect(foundings('The largest city of the valley is Velmor. It was founded in 1154.')).toEqual([['velmor', '1154']]);
  });

  it('a name after "in" or "at" past a passive event\'s word is where the thing was founded, not what was', () => {
    expect(foundings('The first rowing club was founded in Velmor in 1878.')).toEqual([]);
    expect(foundings('A faculty of theology was established at Velmor in 1808.')).toEqual([]);
    expect(foundings('The daily paper, established in Velmor in 1898, is printed on Mondays.')).toEqual([]);
    expect(foundings('Velmor was founded in 1155 in the Tarn valley.')).toEqual([['velmor', '1155']]);
  });
});

describe('a figure of another area or of a group of a place\'s people is not the place\'s own (other-wholes.ts)', () => {
  const atlas = inlinePack('atlas-areas', [
    'entityTypes:',
    '  - {type: city, headers: [city, town], parts: [metropolitan area, urban area, agglomeration, suburb, student]}',
    // (A type whose noun the page uses makes the engine guess a type for a capitalised word: "the war" … "Orvish".)
    '  - {type: war, headers: [war]}',
    'entities:',
    '  - {id: velmor, name: Velmor, type: city, aliases: [Velmor]}',
    'attributes:',
    '  - {id: population, label: population, kind: quantity, unit: inhabitants, unitWords: [inhabitants, residents, people], triggers: [population, inhabitants, residents], headers: [population], subjects: [city], measure: stock}',
    '  - {id: revenue, label: revenue, kind: quantity, unit: EUR, triggers: [revenue], headers: [revenue], subjects: [city]}',
  ]);
  const populations = (text: string) => claimsIn(atlas, `# Velmor\n\n${text}\n`, 'population').map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

  it('a part word of the packs that holds the figure ("an area with", "an agglomeration that includes", "X metropolitan area, …, is home to")', () => {
    expect(populations('Velmor lies at the heart of a busy metropolitan area with a population of some 3.2 million.')).toEqual([]);
    expect(populations('Velmor belongs to an urban agglomeration that includes 86,000 inhabitants.')).toEqual([]);
    expect(populations('The Velmor metropolitan area, including four satellite towns, is home to 731,400 inhabitants.')).toEqual([]);
    expect(populations('The town has a student population of 17,500.')).toEqual([]);
    // (The place's own figure stays, also beside a part word that holds none.)
    expect(populations('Velmor, the largest town of the metropolitan area, has a population of 410,000.')).toEqual([['velmor', 410000]]);
  });

  it('a capitalised word no pack knows right before the attribute\'s word names a group: "X\'s Orvish population", "140 Tallic inhabitants"', () => {
    expect(populations('After the war, nearly all of Velmor\'s Orvish population of 6,400 had left for the coast.')).toEqual([]);
    expect(populations('Velmor\'s Tallic and Seren population of 2,915 was counted apart.')).toEqual([]);
    expect(populations('Today the town has about 140 Orvish inhabitants.')).toEqual([]);
    // (Not the name itself, nor a date's word, nor a sentence's first word.)
    expect(populations('In 2010 the Velmor population was 410,000.')).toEqual([['velmor', 410000]]);
    expect(populations('According to the census 410,000 Velmor residents lived in the town.')).toEqual([['velmor', 410000]]);
    expect(populations('Velmor had 410,000 inhabitants in June.')).toEqual([['velmor', 410000]]);
    expect(populations('Velmor has a population of 410,000, the largest in the Tarn valley.')).toEqual([['velmor', 410000]]);
  });
});

describe('an alias two entities share is the one the page\'s title names (shared-aliases.ts)', () => {
  const towns = inlinePack('towns-shared', [
    'entityTypes:',
    '  - {type: city, headers: [town]}',
    'entities:',
    '  - {id: ostkirk-ardenia, name: "Ostkirk, Ardenia", type: city, aliases: ["Ostkirk, Ardenia", Ostkirk]}',
    '  - {id: ostkirk-lorvania, name: "Ostkirk, Lorvania", type: city, aliases: ["Ostkirk, Lorvania", Ostkirk]}',
    'events:',
    '  - {id: settlement-founded, label: founding of a town, triggers: [was founded], participantTypes: [city], minParticipants: 1}',
  ]);
  const foundings = (heading: string, text: string) =>
    claimsUnder(towns, heading, text).flatMap((c) => (c.attribute === 'event.settlement-founded.date' && c.value.kind === 'quantity' ? [[c.entity.id, c.value.text]] : []));

  it('under a title that names the second, the shared alias is the second; elsewhere the first listed', () => {
    expect(foundings('Ostkirk, Lorvania', 'Ostkirk was founded in 1879 by settlers from the south.')).toEqual([['ostkirk-lorvania', '1879']]);
    expect(foundings('Ostkirk, Ardenia', 'Ostkirk was founded in 1821 on the river.')).toEqual([['ostkirk-ardenia', '1821']]);
    expect(foundings('Towns of the north', 'Ostkirk was founded in 1821 on the river.')).toEqual([['ostkirk-ardenia', '1821']]);
  });
});
