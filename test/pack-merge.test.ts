// A user's pack wins over the built-in one: same ids replace, and claimed triggers and headers move.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
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
