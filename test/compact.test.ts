// createCompactor (src/input/compact.ts) changes how readings are held, never what they hold: every claim field survives.
import { describe, expect, it } from 'vitest';
import { analyse, readDocument } from '../src/check/index.js';
import { createCompactor } from '../src/input/compact.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks } from '../src/packs/load.js';

const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));

describe('createCompactor', () => {
  it('keeps a negated category value and an exclusive value, and the rest of each claim as read', () => {
    const source = { file: 'a.md', text: 'DeepSeek-V2 was not released under Apache 2.0.\n\nDeepSeek relies exclusively on Nvidia H800 GPUs.\n' };
    const read = () => readDocument(source, lexicon);
    const compacted = createCompactor()(read(), true);
    expect(compacted).toEqual(read());
    expect(compacted.claims.map((c) => [c.attribute, c.value.kind === 'category' ? c.value.negated : undefined, c.exclusive])).toEqual([
      ['licence', true, undefined],
      ['compute.gpu', undefined, true],
    ]);
    expect(analyse([source], { lexicon }).claims).toHaveLength(2);
  });
});
