// Tables saved as text without cell separators: read when the columns are certain, skipped otherwise.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../src/packs/load.js';
import { describeValue } from '../src/rules/describe.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
const read = (text: string) =>
  readDocument({ file: 'saved.txt', text }, lexicon)
    .claims.filter((c) => c.source === 'table')
    .map((c) => `${c.place.line} ${c.entity.id} ${c.attribute} ${describeValue(c.value)}`);

describe('flattened tables', () => {
  it('reads a comparison whose header names the columns and whose rows hold one value per column', () => {
    const text = [
      'How the two flagships compare',
      '',
      'Model Corvex-9B GPT-4o',
      'Total parameters 90B 200B',
      'Architecture MoE dense',
      'MMLU 71.2 88.7',
      '',
      'Table 2: two flagships side by side',
    ].join('\n');
    expect(read(text)).toEqual([
      '4 corvex-9b params.total 90B',
      '4 gpt-4o params.total 200B',
      '5 corvex-9b architecture moe',
      '5 gpt-4o architecture dense',
      '6 corvex-9b benchmark.mmlu 71.2',
      '6 gpt-4o benchmark.mmlu 88.7',
    ]);
  });

  it('reads a one-entity spec sheet', () => {
    expect(read('Corvex-9B specifications\nTotal parameters 90B\nActive parameters 12B\nLicense Apache 2.0\n')).toEqual([
      '2 corvex-9b params.total 90B',
      '3 corvex-9b params.active 12B',
      '4 corvex-9b licence Apache-2.0',
    ]);
  });

  it('skips rows whose values cannot be assigned to columns with certainty', () => {
    const text = [
      'Aspect GPT-4o Corvex-9B',
      'Training cost ~$80M (est.) - a lot Not publicly disclosed',
      'Model release approach Closed, API only Open weights',
      'Total parameters 200B',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('does not read sentences or lists as rows', () => {
    expect(read('Corvex-9B specifications\nTotal parameters are 90B.\n- Active parameters 12B\n')).toEqual([]);
  });
});
