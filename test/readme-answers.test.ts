// What the README tells a new user writing a pack, in "Questions a new field raises", "Optional keys", "Which measure"
// and "Known limits", held to what the engine does: each answer a user asked for (ux26 notes) on an invented page.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

/** The built-in pack and one written inline, one YAML line per item. */
const lexiconOf = (lines: string[]) => compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(lines.join('\n'), 'pack.yml')]));
type Lexicon = ReturnType<typeof lexiconOf>;
/** Files by name and text: the claims [file, entity name, attribute, lower end or value id, modality] and the conflicts [rule, entity name]. */
const run = (lexicon: Lexicon, files: Record<string, string>) => {
  const { claims, report } = analyse(Object.entries(files).map(([file, text]) => ({ file, text })), { lexicon });
  return {
    claims: claims.map((c) => [c.place.file, c.entity.name, c.attribute, c.value.kind === 'quantity' ? c.value.min : c.value.kind === 'category' ? c.value.id : null, c.modality]),
    conflicts: report.conflicts.map((c) => [c.rule, c.entity.name]),
    errors: report.files.filter((f) => f.errors.length > 0).map((f) => [f.file, f.errors.map((e) => e.code)]),
  };
};

const launcher = [
  'name: space',
  'entityTypes:',
  '  - {type: launcher, headers: [rocket, launcher]}',
  'entities:',
  '  - {id: velora, name: Velora X2, type: launcher, aliases: [Velora X2]}',
  'attributes:',
  '  - {id: launches.count, label: number of launches, kind: quantity, unit: launches, unitWords: [launches], triggers: [launches], subjects: [launcher], measure: tally}',
  '  - {id: height, label: height, kind: quantity, unit: m, triggers: [height, tall], headers: [height], subjects: [launcher], timeless: true}',
  '  - {id: payload, label: payload, kind: quantity, unit: kg, triggers: [payload], blockers: [design target], subjects: [launcher], timeless: true}',
  'modality:',
  '  predicted: [design target]',
];

describe('README answers to a new pack writer', () => {
  it('reads no ordinal as a count, only a cardinal (Known limits)', () => {
    expect(run(lexiconOf(launcher), { 'a.md': '# Velora X2\n\nThe Velora X2 flew its 12th launch in March.\n\nBy then the Velora X2 had flown 12 launches.\n' }).claims).toEqual([
      ['a.md', 'Velora X2', 'launches.count', 12, 'asserted'],
    ]);
  });

  it('reads nothing of a figure and its conversion after a slash, and the first of one in parentheses', () => {
    const { claims } = run(lexiconOf(launcher), {
      'a.md': '# Velora X2\n\n| Field | Value |\n|---|---|\n| Height | 21 m / 69 ft |\n\nThe Velora X2 has a height of 21m / 69ft.\n\nThe Velora X2 is 21 m (69 ft) tall.\n',
    });
    expect(claims).toEqual([['a.md', 'Velora X2', 'height', 21, 'asserted']]);
  });

  it('skips a page whose YAML front matter is broken, body too, and reads no front-matter key but the date and title', () => {
    const { claims, errors } = run(lexiconOf(launcher), {
      'a.md': '---\ntitle: "Velora X2 "the workhorse" flies"\n---\nThe Velora X2 had flown 30 launches.\n',
      'b.md': '---\ntitle: Velora X2\nlaunch_count: 31\n---\nIt had flown 32 launches.\n',
    });
    expect(errors).toEqual([['a.md', ['front-matter']]]);
    expect(claims).toEqual([['b.md', 'Velora X2', 'launches.count', 32, 'asserted']]);
  });

  it('lets a blocker win over a modality cue of the same words: the figure is not read; the cue alone marks it', () => {
    const page = { 'b.md': '# Velora X2\n\nThe Velora X2 has a payload design target of 450 kg.\n' };
    expect(run(lexiconOf(launcher), page).claims).toEqual([]);
    expect(run(lexiconOf(launcher.map((l) => l.replace(', blockers: [design target]', ''))), page).claims).toEqual([['b.md', 'Velora X2', 'payload', 450, 'predicted']]);
  });

  it('takes metricOf as a family name: one name flags a value given under two of its metrics, another name does not', () => {
    const lexicon = lexiconOf([
      'name: evals',
      'entities:',
      '  - {id: lumen, name: Lumen-4, type: model, aliases: [Lumen-4]}',
      'attributes:',
      '  - {id: bench.quiz, label: QuizBench score, kind: quantity, unit: score, triggers: [QuizBench], subjects: [model], maximum: 100, metricOf: benchmark}',
      '  - {id: bench.zorb, label: Zorbit score, kind: quantity, unit: score, triggers: [Zorbit], subjects: [model], maximum: 100, metricOf: benchmark}',
      '  - {id: bench.trail, label: Trailset score, kind: quantity, unit: score, triggers: [Trailset], subjects: [model], maximum: 100, metricOf: trailset}',
    ]);
    const { conflicts } = run(lexicon, {
      'a.md': '# Lumen-4\n\nLumen-4 scores 71.2 on QuizBench.\n',
      'b.md': '# Lumen-4\n\nLumen-4 scores 71.2 on Zorbit.\n\nLumen-4 scores 71.2 on Trailset.\n',
    });
    expect(conflicts).toEqual([['metric-label', 'Lumen-4']]);
  });

  it('never sets a spec in the future tense against a later page: it is a prediction', () => {
    const lexicon = lexiconOf([
      'name: venues',
      'entityTypes:',
      '  - {type: venue, headers: [arena, venue]}',
      'entities:',
      '  - {id: halden, name: Halden Arena, type: venue, aliases: [Halden Arena]}',
      'attributes:',
      '  - {id: seats, label: seats, kind: quantity, unit: seats, unitWords: [seats], triggers: [seats, capacity], subjects: [venue], measure: stock}',
    ]);
    const { claims, conflicts } = run(lexicon, {
      'a.md': '---\ndate: 2025-02-01\n---\n# Halden Arena\n\nThe Halden Arena will have a seating capacity of 8,400.\n',
      'b.md': '---\ndate: 2026-02-01\n---\n# Halden Arena\n\nThe Halden Arena has 7,900 seats.\n',
    });
    expect(claims.map((c) => [c[3], c[4]])).toEqual([[8400, 'predicted'], [7900, 'asserted']]);
    expect(conflicts).toEqual([]);
  });

  it('reads a type noun opening a sentence as the last thing of its type named, even as an object', () => {
    const lexicon = lexiconOf([
      'name: venues',
      'entityTypes:',
      '  - {type: venue, headers: [arena, venue]}',
      'entities:',
      '  - {id: brisk, name: Brisk Dome, type: venue, aliases: [Brisk Dome]}',
      'attributes:',
      '  - {id: seats, label: seats, kind: quantity, unit: seats, unitWords: [seats], triggers: [seats], subjects: [venue], measure: stock}',
    ]);
    expect(run(lexicon, { 'a.md': '# Sports venues of Ardenia\n\nFans travelled by train to the Brisk Dome. The venue has 9,000 seats.\n' }).claims).toEqual([
      ['a.md', 'Brisk Dome', 'seats', 9000, 'asserted'],
    ]);
  });

  it('keeps a distance the pair\'s only where a pack lists the other place: two unknown places clash', () => {
    const pack = (known: boolean) =>
      lexiconOf([
        'name: travel',
        'entityTypes:',
        '  - {type: city, headers: [city]}',
        '  - {type: town}',
        'entities:',
        '  - {id: velmor, name: Velmor, type: city, aliases: [Velmor]}',
        ...(known ? ['  - {id: ostvale, name: Ostvale, type: city, aliases: [Ostvale]}', '  - {id: brenn, name: Brenn, type: town, aliases: [Brenn]}'] : []),
        'attributes:',
        '  - {id: distance, label: distance, kind: quantity, unit: km, triggers: [from], subjects: [city], timeless: true}',
      ]);
    const page = { 'a.md': '# Velmor\n\nVelmor is 35 km from Ostvale. Velmor is 80 km from Brenn.\n' };
    expect(run(pack(false), page).conflicts).toEqual([['numeric-mismatch', 'Velmor']]);
    expect(run(pack(true), page).conflicts).toEqual([]);
  });

  it('honours groups under multiValued after "only", and clashes nothing with group: open', () => {
    const pack = (a: string, b: string) =>
      lexiconOf([
        'name: atlas',
        'entityTypes:',
        '  - {type: country, headers: [country]}',
        'entities:',
        '  - {id: velmor, name: Velmor, type: country, aliases: [Velmor]}',
        'attributes:',
        '  - id: language',
        '    label: language',
        '    kind: category',
        '    triggers: [spoken]',
        '    subjects: [country]',
        '    multiValued: true',
        `    values: [{id: bri, group: ${a}, synonyms: [Briskan]}, {id: ola, group: ${b}, synonyms: [Olan]}]`,
      ]);
    const pages = { 'a.md': '# Notes\n\nThe only language spoken in Velmor is Briskan.\n', 'b.md': '# Notes\n\nThe language spoken in Velmor is Olan.\n' };
    expect(run(pack('g1', 'g2'), pages).conflicts).toEqual([['categorical-exclusive', 'Velmor']]);
    expect(run(pack('g1', 'g1'), pages).conflicts).toEqual([]);
    expect(run(pack('open', 'open'), pages).conflicts).toEqual([]);
  });

  it('turns a built-in attribute and event off by replacing them with entries of a type no entity has', () => {
    const lexicon = lexiconOf([
      'name: venues',
      'entityTypes:',
      '  - {type: retired}',
      'entities:',
      '  - {id: orla, name: Orla Events, type: organization, aliases: [Orla Events]}',
      'attributes:',
      '  - {id: team.size, label: unused, kind: quantity, unit: employees, triggers: [], subjects: [retired]}',
      'events:',
      '  - {id: founding, label: unused, triggers: [founded], participantTypes: [retired], minParticipants: 1}',
    ]);
    expect(run(lexicon, { 'a.md': '# Orla Events\n\nOrla Events has 140 employees. Orla Events was founded in 2001.\n' }).claims).toEqual([]);
  });

  it('reads a word that is a part of one type and a header of another as the part', () => {
    const pack = (parts: string) =>
      lexiconOf([
        'name: space',
        'entityTypes:',
        `  - {type: launcher, headers: [rocket], parts: [${parts}]}`,
        '  - {type: engine, headers: [engine]}',
        'entities:',
        '  - {id: velora, name: Velora X2, type: launcher, aliases: [Velora X2]}',
        '  - {id: kest, name: Kestrel 5, type: engine, aliases: [Kestrel 5]}',
        'attributes:',
        '  - {id: thrust, label: thrust, kind: quantity, unit: kN, triggers: [thrust], subjects: [launcher, engine], timeless: true}',
      ]);
    const page = { 'a.md': '# Velora X2\n\nThe Velora X2 has a thrust of 900 kN. Its engine has a thrust of 90 kN.\n\nThe Kestrel 5 engine has a thrust of 95 kN.\n' };
    expect(run(pack('engine, stage'), page).claims.map((c) => [c[1], c[3]])).toEqual([['Velora X2', 900]]);
    expect(run(pack('stage'), page).claims.map((c) => [c[1], c[3]])).toEqual([['Velora X2', 900], ['Velora X2', 90], ['Kestrel 5', 95]]);
  });
});
