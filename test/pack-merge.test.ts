// A user's pack wins over the built-in one: same ids replace, and claimed triggers and headers move.
import { describe, expect, it } from 'vitest';
import { analyse, checkTexts } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const builtin = loadPackFile(BUILTIN_PACK_PATH);
const user = parsePack(
  `name: my-api-prices
entityTypes:
  - {type: model, headers: [model]}
attributes:
  - id: api.price
    label: API price
    kind: quantity
    unit: USD
    triggers: [per million tokens, per 1m tokens, per 1 million tokens]
    headers: [price per million tokens]
    subjects: [model]
`,
  'my-api-prices.yml',
);

describe('merging packs', () => {
  const merged = mergePacks([builtin, user]);
  const byId = new Map(merged.attributes.map((a) => [a.id, a]));

  it('stamps each attribute with its pack', () => {
    expect(byId.get('api.price')?.pack).toBe('my-api-prices');
    expect(byId.get('params.total')?.pack).toBe(builtin.name);
  });

  it("takes the triggers and headers a later pack claims from the earlier pack's attributes", () => {
    const earlier = builtin.attributes.find((a) => a.id === 'price.per-million-tokens')!;
    expect(earlier.triggers).toContain('per million tokens');
    // All its triggers are claimed: the built-in attribute is superseded rather than left without a trigger.
    expect(byId.has('price.per-million-tokens')).toBe(false);
  });

  it("binds a figure to the user's attribute", () => {
    const lexicon = compileLexicon(merged);
    const { claims } = analyse([{ file: 'a.md', text: 'The Kestrel-9 model costs $2 per million tokens.\n' }], { lexicon });
    expect(claims.map((c) => [c.entity.name, c.attribute, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['Kestrel-9', 'api.price', 2]]);
  });
});

describe('a word a later pack claims for another kind of value', () => {
  const site = parsePack(
    `name: my-sites
entityTypes:
  - {type: datacenter, headers: [campus]}
entities:
  - {id: lowell, name: Lowell Creek, type: datacenter, aliases: [Lowell Creek]}
attributes:
  - {id: training-site, label: training site, kind: category, triggers: [trained at, trained on], subjects: [datacenter], values: [{id: lowell, synonyms: [Lowell]}, {id: kestrel, synonyms: [Kestrel]}]}
  - {id: training-cost, label: training cost, kind: quantity, unit: USD, triggers: [trained on, cost to train], subjects: [datacenter]}
  - {id: accelerators, label: accelerators, kind: quantity, unit: accelerators, unitWords: [GPUs, accelerators], triggers: [GPUs], headers: [GPUs], subjects: [datacenter]}
`,
    'my-sites.yml',
  );
  const merged = mergePacks([builtin, site]);
  const byId = new Map(merged.attributes.map((a) => [a.id, a]));

  it('stays with an earlier attribute of figures in another unit ("trained on" for a count of GPUs, not a site or a cost)', () => {
    expect(byId.get('compute.gpu-count')?.triggers).toContain('trained on');
    // A count written with the same word ("GPUs") is taken as before.
    expect(byId.get('compute.gpu-count')?.headers).not.toContain('gpus');
    const { claims } = analyse([{ file: 'a.md', text: '# Halcyra-4\n\nThe new model Halcyra-4 was trained on 48,000 GPUs.\n' }], { lexicon: compileLexicon(merged) });
    expect(claims.map((c) => [c.entity.name, c.attribute, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([['Halcyra-4', 'compute.gpu-count', 48000]]);
  });
});

describe('names a later pack claims', () => {
  it('are taken from the earlier packs\' entities: a user\'s company named as a built-in one is the user\'s', () => {
    const mine = parsePack(
      'name: my-companies\nentities:\n  - {id: meta-platforms, name: Meta Platforms, type: organization, aliases: [Meta Platforms, Meta]}\n',
      'my-companies.yml',
    );
    const lexicon = compileLexicon(mergePacks([builtin, mine]));
    const ids = (text: string) => analyse([{ file: 'a.md', text }], { lexicon }).claims.map((c) => c.entity.id);
    expect(mergePacks([builtin, mine]).entities.find((e) => e.id === 'meta')?.aliases.some((a) => a.toLowerCase() === 'meta')).toBe(false);
    expect(new Set(ids('# Meta\n\nMeta has 1,234 employees.\n'))).toEqual(new Set(['meta-platforms']));
  });
});

describe('an entry that extends an earlier pack\'s (extends: true)', () => {
  const extending = (body: string) => parsePack(`name: desk-fr\n${body}`, 'desk-fr.yml');
  const fr = extending(`entities:
  - {id: orla-ai, name: Orla AI, type: organization, aliases: [Orla AI]}
  - {id: vento-2, name: Vento-2, type: model, aliases: [Vento-2]}
attributes:
  - id: headquarters
    extends: true
    triggers: [siège est à]
    headers: [siège]
    values:
      - {id: brevik, group: brevik, synonyms: [Brevik]}
      - {id: san-francisco, synonyms: [San Francisco (CA)]}
  - id: licence
    extends: true
    triggers: [sous licence]
events:
  - id: model-release
    extends: true
    triggers: [a mis en ligne]
`);

  it('adds its triggers, headers, values and synonyms to the earlier entry, which keeps its own', () => {
    const merged = mergePacks([builtin, fr]);
    const before = builtin.attributes.find((a) => a.id === 'headquarters')!;
    const after = merged.attributes.find((a) => a.id === 'headquarters')!;
    expect(after.triggers).toEqual([...before.triggers, 'siège est à']);
    expect(after.headers).toEqual([...before.headers, 'siège']);
    expect(after.values!.map((v) => v.id)).toEqual([...before.values!.map((v) => v.id), 'brevik']);
    expect(after.values!.find((v) => v.id === 'san-francisco')!.synonyms).toEqual([...before.values!.find((v) => v.id === 'san-francisco')!.synonyms, 'San Francisco (CA)']);
    expect([after.label, after.subjects, after.pack]).toEqual([before.label, before.subjects, builtin.name]);
    expect(merged.events.find((e) => e.id === 'model-release')!.triggers.at(-1)).toBe('a mis en ligne');
    expect(fr.attributes).toEqual([]);
    expect(merged.extensions).toBeUndefined();
  });

  it('reads with the words added', () => {
    const claims = analyse(
      [{ file: 'a.md', text: '---\nlang: fr\ndate: 2025-02-04\n---\n\n# Orla AI\n\nOrla AI, dont le siège est à Brevik, a lancé Vento-2 le 3 février 2025.\n\nVento-2 est publié sous licence MIT.\n' }],
      { lexicon: compileLexicon(mergePacks([builtin, fr])) },
    ).claims;
    expect(claims.filter((c) => c.value.kind !== 'quantity').map((c) => [c.entity.id, c.attribute, c.value.kind === 'category' ? c.value.value : c.value.kind])).toEqual([
      ['orla-ai', 'headquarters', 'brevik'],
      ['vento-2', 'event.model-release', 'event'],
      ['vento-2', 'licence', 'MIT'],
    ]);
  });

  it('is refused, naming the place, where it has nothing to extend, changes more than words, or adds nothing', () => {
    expect(() => mergePacks([builtin, extending('attributes:\n  - {id: headquarter, extends: true, triggers: [siège]}\n')])).toThrow(
      /^desk-fr\.yml: attributes\[0\] \(headquarter\)\.extends: no earlier pack has an attribute "headquarter" to extend \(known: .*headquarters.*; see claimcheck vocabulary\)$/u,
    );
    expect(() => mergePacks([extending('events:\n  - {id: model-release, extends: true, triggers: [a lancé]}\n')])).toThrow('desk-fr.yml: events[0] (model-release).extends: no earlier pack has an event "model-release" to extend');
    expect(() => extending('attributes:\n  - {id: headquarters, extends: true, label: siège, triggers: [siège]}\n')).toThrow(
      'desk-fr.yml: attributes[0] (headquarters).label: an entry with "extends: true" only adds words to the earlier entry of its id (triggers, headers, blockers, unitWords, exclusiveCues, values, variesByMember, tolerance); to change its label, replace the entry whole: drop "extends"',
    );
    expect(() => extending('attributes:\n  - {id: headquarters, extends: true}\n')).toThrow('desk-fr.yml: attributes[0] (headquarters): extends "headquarters" but adds nothing');
    expect(() => extending('attributes:\n  - {id: headquarters, extends: yes please, triggers: [siège]}\n')).toThrow('desk-fr.yml: attributes[0] (headquarters).extends: must be true or false');
    // A city the built-in headquarters has already may take synonyms, not a group of its own; a new city may set one.
    expect(() => mergePacks([builtin, extending('attributes:\n  - {id: headquarters, extends: true, values: [{id: ardenstadt, group: ardenstadt, synonyms: [Ardenstadt]}, {id: berlin, group: berlin, synonyms: [Berlin]}]}\n')])).toThrow(
      `desk-fr.yml: attributes[0] (headquarters).values[1].group: "berlin" is a value "headquarters" has already (from pack "${builtin.name}", in group "berlin"), and an extension may not move it to another group: drop "group" here to add synonyms to it ({id: berlin, synonyms: [...]}), or give a new id for a value of your own (claimcheck vocabulary --format json lists the values an attribute has)`,
    );
    expect(() => mergePacks([builtin, extending('attributes:\n  - {id: params.total, extends: true, values: [{id: many}]}\n')])).toThrow(
      'desk-fr.yml: attributes[0] (params.total).values: "params.total" is a quantity attribute: it has no values to add to',
    );
  });
});

describe('variesByMember through "extends"', () => {
  const extending = (yaml: string) => parsePack(`name: desk\n${yaml}`, 'desk.yml');
  it('sets it on the earlier attribute, and refuses anything but true or false', () => {
    const merged = mergePacks([builtin, extending('attributes:\n  - {id: licence, extends: true, variesByMember: true}\n')]);
    expect(merged.attributes.find((a) => a.id === 'licence')?.variesByMember).toBe(true);
    expect(merged.attributes.find((a) => a.id === 'licence')?.values?.length).toBe(builtin.attributes.find((a) => a.id === 'licence')?.values?.length);
    expect(() => extending('attributes:\n  - {id: licence, extends: true, variesByMember: often}\n')).toThrow('desk.yml: attributes[0] (licence).variesByMember: must be true or false');
  });

  it("keeps a member's licence from speaking for its family", () => {
    const family = extending(
      [
        'entities:',
        '  - {id: vorn-2, name: Vorn-2, type: family, memberType: model, aliases: [Vorn-2], memberPrefixes: [vorn-2]}',
        '  - {id: vorn-2-60b, name: Vorn-2-60B, type: model, family: vorn-2, aliases: [Vorn-2-60B]}',
        'attributes:',
        '  - {id: licence, extends: true, variesByMember: true}',
        '',
      ].join('\n'),
    );
    const report = analyse(
      [
        { file: 'a.md', text: 'Vorn-2-60B is licensed under the MIT License.\n' },
        { file: 'b.md', text: 'Vorn-2 is released under Apache 2.0.\n' },
      ],
      { lexicon: compileLexicon(mergePacks([builtin, family])) },
    ).report;
    expect(report.conflicts).toEqual([]);
  });
});

describe('fixer fx-b: tolerance through "extends"', () => {
  const extending = (yaml: string) => parsePack(`name: desk\n${yaml}`, 'desk.yml');
  it('sets it on the earlier attribute, validated as on a whole entry', () => {
    const merged = mergePacks([builtin, extending('attributes:\n  - {id: team.size, extends: true, tolerance: {approx: 0.02}}\n')]);
    expect(merged.attributes.find((a) => a.id === 'team.size')?.tolerance).toEqual({ exact: undefined, approx: 0.02 });
    expect(merged.attributes.find((a) => a.id === 'team.size')?.triggers).toEqual(builtin.attributes.find((a) => a.id === 'team.size')?.triggers);
    expect(() => extending('attributes:\n  - {id: team.size, extends: true, tolerance: {approx: -1}}\n')).toThrow('desk.yml: attributes[0] (team.size).tolerance.approx: must be a number >= 0');
    expect(() => extending('attributes:\n  - {id: team.size, extends: true, tolerance: {loose: 1}}\n')).toThrow(/attributes\[0\] \(team\.size\)\.tolerance/u);
  });

  it('"about 19,300" then clashes with 18,342 under a tighter "approx"', () => {
    const firms = extending(
      ['entities:', '  - {id: halvik, name: Halvik Group, type: organization, aliases: [Halvik Group]}', 'attributes:', '  - {id: team.size, extends: true, tolerance: {approx: 0.02}}', ''].join('\n'),
    );
    const texts = [
      { file: 'a.md', text: 'Halvik Group had 18,342 employees as of March 31, 2025.\n' },
      { file: 'b.md', text: 'Halvik Group had about 19,300 employees as of March 31, 2025.\n' },
    ];
    expect(checkTexts(texts, { lexicon: compileLexicon(mergePacks([builtin, firms])) }).conflicts.map((c) => c.rule)).toEqual(['numeric-mismatch']);
    expect(checkTexts(texts, { lexicon: compileLexicon(builtin) }).conflicts.map((c) => c.rule)).toEqual([]);
  });
});

describe('value words a later pack claims', () => {
  // The built-in pack knows some place names as values of a category of its own; a user's pack of towers gives two of
  // the same words as values of its own category. Before, the built-in value kept the words and the user's were never read.
  const earlier = [...builtin.attributes].filter((a) => a.kind === 'category').sort((a, b) => (b.values?.length ?? 0) - (a.values?.length ?? 0))[0]!;
  const [first, second, third] = earlier.values!.map((v) => v.synonyms[0]!).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  const towers = parsePack(
    `name: my-towers
entityTypes:
  - {type: tower, headers: [tower]}
entities:
  - {id: varn, name: Varn Tower, type: tower, aliases: [Varn Tower]}
attributes:
  - id: tower.city
    label: city
    kind: category
    triggers: [stands in]
    subjects: [tower]
    values:
      - {id: one, synonyms: [${first}]}
      - {id: two, synonyms: [${second}]}
`,
    'my-towers.yml',
  );
  const merged = mergePacks([builtin, towers]);
  const wordsOf = (id: string) => merged.attributes.find((a) => a.id === id)?.values?.flatMap((v) => v.synonyms) ?? [];

  it("are taken from the earlier packs' values of the same kind, which keep their other words", () => {
    expect(wordsOf(earlier.id)).not.toContain(first);
    expect(wordsOf(earlier.id)).not.toContain(second);
    expect(wordsOf(earlier.id)).toContain(third);
    expect(wordsOf('tower.city')).toEqual([first, second]);
  });

  it("read as the user's values", () => {
    const lexicon = compileLexicon(merged);
    const { claims, report } = analyse(
      [
        { file: 'a.md', text: `# Varn Tower\n\nThe Varn Tower stands in ${first}.\n` },
        { file: 'b.md', text: `# Varn Tower\n\nThe Varn Tower stands in ${second}.\n` },
      ],
      { lexicon },
    );
    expect(claims.map((c) => [c.place.file, c.entity.name, c.attribute, c.value.kind === 'category' ? c.value.value : null])).toEqual([
      ['a.md', 'Varn Tower', 'tower.city', 'one'],
      ['b.md', 'Varn Tower', 'tower.city', 'two'],
    ]);
    expect(report.conflicts.map((c) => [c.rule, c.attribute])).toEqual([['categorical-exclusive', 'tower.city']]);
  });
});
