// What a figure is the value of: a part's figure ("of €9 million each") and the whole a share is taken of
// ("half of the $1,099 …") are not the value the sentence's subject has.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks } from '../src/packs/load.js';

const withPack = (name: string) =>
  compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), loadPackFile(fileURLToPath(new URL(`../fixtures/packs/${name}.yml`, import.meta.url)))]));
const read = (name: string, sentence: string, attribute: string, heading = 'Notes') =>
  analyse([{ file: 'a.md', text: `# ${heading}\n\n${sentence}\n` }], { lexicon: withPack(name) })
    .claims.filter((c) => c.attribute === attribute)
    .map((c) => [c.entity.id, c.value.kind === 'quantity' ? c.value.min : null]);

describe('figures that are not the value of the subject', () => {
  it("one part's figure, said of each of several parts", () => {
    expect(read('football', 'The fee is split into four instalments of €9 million each.', 'transfer.fee', 'Tomas Varga joins Riverside FC')).toEqual([]);
  });

  it('the whole a share is taken of', () => {
    expect(read('phones', 'The Arc 3 costs $399, half of the $1,099 the Arc 3 Max costs.', 'price.launch')).toEqual([['arc-3', 399]]);
  });
});
