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

describe('a caption over a list of labels ("**Pass clock:**", a bare "Juniors" line, "***Low Ramp***") makes a variant of its open attributes', () => {
  const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
  const run = (...texts: string[]) => analyse(texts.map((text, i) => ({ file: `${'abc'[i]}.md`, text })), { lexicon });
  const rows = (r: ReturnType<typeof run>) => r.claims.map((c) => [c.attribute, c.value.kind === 'quantity' ? c.value.min : null, c.variant ?? null]);
  const timings = (pass: string) =>
    `Quellball 101: Timing\n=====================\n\nHow a quellball match is timed under two codes.\n\n**Pass clock:**\n\n-   QBL: ${pass} seconds\n-   VRA: 20 seconds\n\n**Restart limit:**\n\n-   QBL: 9 seconds\n-   VRA: 7 seconds\n`;

  it('keeps the lists under two bold captions apart, and the same caption on two pages still meets', () => {
    const r = run(timings('20'));
    expect(rows(r)).toEqual([
      ['open.qbl', 20, 'pass clock'],
      ['open.vra', 20, 'pass clock'],
      ['open.qbl', 9, 'restart limit'],
      ['open.vra', 7, 'restart limit'],
    ]);
    expect(r.report.conflicts).toEqual([]);
    expect(run(timings('20'), timings('25')).report.conflicts.map((c) => [c.attribute, c.claims.map((k) => (k.value.kind === 'quantity' ? k.value.min : null))])).toEqual([['open.qbl', [20, 25]]]);
  });

  it('takes a bare line of a word or two right over a list as its caption, to the next paragraph of prose', () => {
    const page =
      'Fenball 101: Classes\n====================\n\nThe classes of fenball at the Orlan Cup.\n\nSeniors\n\n-   Bantam class: 52kg (115 lbs)\n-   Light class: 64kg (141 lbs)\n\nJuniors\n\n-   Bantam class: 44kg (97 lbs)\n-   Light class: 55kg (121 lbs)\n\nEach class weighs in the day before.\n\n-   Open class: 90kg (198 lbs)\n';
    const r = run(page);
    expect(rows(r)).toEqual([
      ['open.bantam-class', 52, 'seniors'],
      ['open.light-class', 64, 'seniors'],
      ['open.bantam-class', 44, 'juniors'],
      ['open.light-class', 55, 'juniors'],
      ['open.open-class', 90, null],
    ]);
    expect(r.report.conflicts).toEqual([]);
  });

  it('holds a bold-italic caption over the paragraph after it, to the next caption; a bold sentence or a heading ends it', () => {
    const page =
      'Vaultcraft 101: Apparatus\n=========================\n\n***Low Ramp***\n\nThe low ramp is built of pine and padded with cork.\n\n**Height:** 0.9 meters (about 3 feet)\n**Length:** 6 meters (19 feet, 8 inches)\n\n***Long Plank***\n\nThe long plank is a single beam of oak.\n\n**Height:** 1.3 meters (4 feet, 3 inches)\n**Length:** 7.5 meters (24 feet, 7 inches)\n\n**Apparatus used only by juniors is the soft wall.**\n\n**Height:** 2 meters (6 feet, 7 inches)\n';
    const r = run(page);
    expect(rows(r)).toEqual([
      ['open.height', 0.9, 'low ramp'],
      ['open.length', 6, 'low ramp'],
      ['open.height', 1.3, 'long plank'],
      ['open.length', 7.5, 'long plank'],
      ['open.height', 2, null],
    ]);
    expect(r.report.conflicts).toEqual([]);
  });
});

describe('an identifier is no figure: a code under a label gives no open attribute', () => {
  const SHELF = 'name: shelf\nentityTypes:\n  - {type: book, headers: [book]}\nentities:\n  - {id: velora-tides, name: Velora Tides, type: book, aliases: [Velora Tides]}\n';
  const bare = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(SHELF, 'shelf.yml')]));
  const rows = (lexicon: ReturnType<typeof compileLexicon>, text: string) =>
    analyse([{ file: 'a.md', text }], { lexicon }).claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('a label of an identifier (names.identifiers), or a value of ten digits or more with no unit and no grouping', () => {
    const page = '# Velora Tides\n\nisbn: 2070000011\nisbn: 0060000018\nProduct ID: 40021\nPages: 310\nShelf mark: 9780201733860\nCopies printed: 12,000,000\n';
    expect(rows(bare, page)).toEqual([
      ['velora-tides', 'open.page', 310],
      ['velora-tides', 'open.copy-printed', 12000000],
    ]);
    expect(rows(bare, '# Velora Tides\n\n| | |\n|---|---|\n| Serial number | 7731002 |\n| Lines of code | 52000 |\n| Weight | 2.4 kg |\n')).toEqual([
      ['velora-tides', 'open.line-code', 52000],
      ['velora-tides', 'open.weight', 2.4],
    ]);
  });

  it("a pack adds its field's identifier words, validated when loaded", () => {
    expect(() => parsePack('name: my-pack\nnames:\n  identifiers: accession\n', 'my-pack.yml')).toThrow('my-pack.yml: names.identifiers: must be a list of strings');
    const own = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(SHELF, 'shelf.yml'), parsePack('name: my-pack\nnames:\n  identifiers: [accession]\n', 'my-pack.yml')]));
    expect(rows(own, '# Velora Tides\n\nAccession: 4471\nPages: 310\n')).toEqual([['velora-tides', 'open.page', 310]]);
    expect(rows(bare, '# Velora Tides\n\nAccession: 4471\nPages: 310\n')).toEqual([
      ['velora-tides', 'open.accession', 4471],
      ['velora-tides', 'open.page', 310],
    ]);
  });
});
