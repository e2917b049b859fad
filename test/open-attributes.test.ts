// Open attributes: the label of a figure no pack names becomes its attribute, canonicalised so pages meet.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/check/index.js';
import { openAttribute } from '../src/extract/attributes.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const id = (label: string) => openAttribute(label)?.attribute.id;

describe('openAttribute', () => {
  it('canonicalises case, plurals and stop words so that two pages naming a figure the same way meet', () => {
    expect(id('KV Heads')).toBe(id('kv head'));
    expect(id('Number of layers')).toBe(id('Layers'));
  });

  it('keeps words whose plural is the word itself, and singularises lenses', () => {
    expect(id('Telephoto lenses')).toBe(id('Telephoto lens'));
    expect(id('Series')).not.toBe(id('Serie'));
    expect(id('Lens')).toMatch(/lens$/);
    expect(id('Species')).toMatch(/species$/);
  });
});

describe('counted nouns in prose', () => {
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), loadPackFile(fileURLToPath(new URL('../fixtures/packs/phones.yml', import.meta.url)))]));
  const read = (sentence: string) =>
    analyse([{ file: 'a.md', text: `# Notes\n\n${sentence}\n` }], { lexicon }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('reads a counted noun said of a name by a verb of having, and the list that follows it', () => {
    expect(read('The Nova 7 has 3 rear cameras, 2 microphones and a flat display.')).toEqual([
      ['nova-7', 'open.rear-camera', 3],
      ['nova-7', 'open.microphone', 2],
    ]);
    expect(read('The Arc 3 comes in 4 colourways.')).toEqual([['arc-3', 'open.colourway', 4]]);
  });

  it('takes a name no pack knows from the capitalised words that open the clause before the verb', () => {
    const bare = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
    const claims = analyse([{ file: 'a.md', text: '# Wind\n\nKestrel Wind Partners operates 48 turbines and 3 substations.\n\nWhy Kestrel Wind Has 40 Turbines is a heading.\n' }], { lexicon: bare }).claims;
    expect(claims.map((c) => [c.entity.name, c.entity.known, c.attribute, c.value.kind === 'quantity' ? c.value.min : null])).toEqual([
      ['Kestrel Wind Partners', false, 'open.turbine', 48],
      ['Kestrel Wind Partners', false, 'open.substation', 3],
    ]);
  });

  it('leaves rates, extras, subsets and figures of something named around the name alone', () => {
    expect(read('The Nova 7 supports 7 languages in addition to English.')).toEqual([]);
    expect(read('The Arc 3, which has 2 speakers per side, is louder.')).toEqual([]);
    expect(read('The design studio behind Orbita has 40 designers.')).toEqual([]);
    expect(read('The Nova 7 was tested with 3 chargers.')).toEqual([]);
    expect(read('The Nova 7 has 3 more cameras than the Arc 3.')).toEqual([]);
  });
});

describe('openAttribute of a plural in -sses', () => {
  it('names it by its singular ("Documented losses" → open.documented-loss)', () => {
    expect(id('Documented losses')).toBe('open.documented-loss');
    expect(id('Fare classes')).toBe('open.fare-class');
  });
});

describe('a statistic in a metric\'s label ("(P50)", "(P90)", "(mean)", "(std)") makes a variant of the metric', () => {
  it('names the statistic, a percentile by its pattern, a word of statistics only as the whole parenthesis', () => {
    const of = (label: string) => [openAttribute(label)?.attribute.id, openAttribute(label)?.variant ?? null, openAttribute(label)?.unit ?? null];
    expect(of('Normalized Quantile Loss (P50)')).toEqual(['open.normalized-quantile-loss', 'p50', null]);
    expect(of('Normalized Quantile Loss (P90)')).toEqual(['open.normalized-quantile-loss', 'p90', null]);
    expect(of('PSNR (mean)')).toEqual(['open.psnr', 'mean', null]);
    expect(of('PSNR (std)')).toEqual(['open.psnr', 'std', null]);
    expect(of('Landmark error (standard deviation)')).toEqual(['open.landmark-error', 'std', null]);
    expect(of('Landmark error (90th percentile)')).toEqual(['open.landmark-error', 'p90', null]);
    expect(of('Latency (median)')).toEqual(['open.latency', 'p50', null]);
    // The metric's own words, and a unit, are no statistic.
    expect(of('Mean Average Precision (mAP)')).toEqual(['open.mean-average-precision', null, 'mAP']);
    expect(of('mean IoU')).toEqual(['open.mean-iou', null, null]);
    expect(of('Dry mass (kg)')).toEqual(['open.dry-mass', null, 'kg']);
    expect(of('Span (from the first survey)')).toEqual([undefined, null, null]);
  });

  const lexicon = compileLexicon(
    mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack('name: forecasters\nentities:\n  - {id: tidewell-0001, name: tidewell-0001, type: model, aliases: [tidewell-0001]}\n', 'forecasters.yml')]),
  );
  const card = (p50: string, p90: string) =>
    `# tidewell-0001\n\nThe model predicts load.\n\n## Accuracy\n\n| Metric | Value |\n|---|---|\n| Normalized Quantile Loss (P50) | ${p50} |\n| Normalized Quantile Loss (P90) | ${p90} |\n| PSNR (mean) | 34.27 dB |\n| PSNR (std) | 4.61 dB |\n`;
  const run = (...texts: string[]) => analyse(texts.map((text, i) => ({ file: `${'ab'[i]}.md`, text })), { lexicon });

  it('compares each statistic only with the same statistic: a P50 and a P90 of one card never meet', () => {
    const r = run(card('0.056', '0.028'));
    expect(r.claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null])).toEqual([
      ['open.normalized-quantile-loss', 0.056, 'p50'],
      ['open.normalized-quantile-loss', 0.028, 'p90'],
      ['open.psnr', 34.27, 'mean'],
      ['open.psnr', 4.61, 'std'],
    ]);
    expect(r.report.conflicts).toEqual([]);
    // Two pages that give one statistic differently still clash.
    expect(run(card('0.056', '0.028'), card('0.061', '0.028')).report.conflicts.map((c) => [c.attribute, c.claims.map((k) => k.value.kind === 'quantity' ? k.value.min : null)])).toEqual([
      ['open.normalized-quantile-loss', [0.056, 0.061]],
    ]);
  });
});
