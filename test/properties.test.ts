// Property tests: the number grammar, the sentence splitter and the whole extraction never throw on
// arbitrary Unicode, keep their spans and quotes consistent with the source, and give the same
// output on every run and for every order of the input files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, checkTexts } from '../src/check/index.js';
import { namesWithExclamation, splitSentences } from '../src/extract/sentences.js';
import { findQuantities } from '../src/normalise/numbers.js';
import { overlaps } from '../src/normalise/dates.js';
import { somePairGives, type Figure } from '../src/rules/derived-arithmetic.js';
import { twoApart } from '../src/rules/temporal-scope.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../src/packs/load.js';
import type { Claim, SourceText } from '../src/types.js';
// @ts-expect-error: a plain JavaScript module shared with scripts/fuzz.js
import { packWords, SEED_WORDS } from '../scripts/article-words.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
const options = { lexicon };

// ---------------------------------------------------------------------------------------------
// Generators

/** Any code points, lone surrogates included. */
const unicode = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });

const pack = lexicon.pack;
/** Words from the built-in pack: entity names, triggers, category values, event cues, modality cues. */
const PACK_WORDS = packWords(pack);

const PUNCT = ['|', '-', '---', '|---|---|', '\n', '\n\n', '#', '##', '*', '**', '`', '```', '> ', '- ', '1. ', '<!-- claimcheck-disable -->', ':', '\t'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PACK_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9][0-9,.]{0,12}[KMBkmb%x]?$/) },
  { weight: 1, arbitrary: unicode(4) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ' | ', '  ', '. ');

/** Whole statements the pack can read, so that corpora have claims and conflicts between files. */
const figure = fc.constantFrom('3,000', '8,000', '9,000', '21B', '72B', '236B', '10,000+', '~200B', '5.6 million');
const statement = fc.oneof(
  fc.tuple(fc.constantFrom('over ', 'about ', '', 'more than '), figure).map(([h, n]) => `The repository \`acme/widget\` has ${h}${n} stars.`),
  fc.tuple(fc.constantFrom('DeepSeek-V2', 'Qwen2.5-72B', 'Acme-7'), figure, fc.constantFrom('total', 'active')).map(([m, n, k]) => `${m} has ${n} ${k} parameters.`),
  fc.constantFrom('Alibaba and DeepSeek held investment talks.', 'Alibaba and DeepSeek never held talks.', 'Talks between Alibaba and DeepSeek never took place.'),
  fc.tuple(fc.constantFrom('Qwen2.5-72B', 'DeepSeek-V2'), fc.constantFrom('a MoE', 'a dense', 'an open-source', 'a proprietary')).map(([m, v]) => `${m} is ${v} model.`),
);

/** An article-like text built from the vocabulary, sometimes with front matter or a table. */
const articleText = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: statement }), separator), { maxLength: 60 }),
    fc.constantFrom('', '', '', '', '', '', '---\ntitle: DeepSeek and Alibaba\ndate: 2026-06-03\n---\n', '---\ntitle: [broken\n---\n', '---js\n({a: 1})\n---\n'),
    fc.constantFrom('', '', '\n| Model | Total parameters | Active parameters |\n|---|---|---|\n| Qwen2.5-72B | 72B | 72B |\n| DeepSeek-V2 | 236B | 21B |\n'),
  )
  .map(([parts, front, table]) => front + parts.map(([t, s]) => t + s).join('') + table);

/** A mix: mostly article-like, some arbitrary Unicode. */
const anyText = fc.oneof({ weight: 3, arbitrary: articleText }, { weight: 1, arbitrary: unicode() });

const extension = fc.constantFrom('.md', '.txt', '.markdown');

/** Small corpora with distinct file names. */
const corpus = fc
  .array(fc.tuple(anyText, extension), { minLength: 1, maxLength: 5 })
  .map((docs) => docs.map(([text, ext], i): SourceText => ({ file: `articles/${String.fromCharCode(97 + i)}${ext}`, text })));

// ---------------------------------------------------------------------------------------------
// Checks

/** The text at a 1-based line/column span (columns count UTF-16 code units). */
function textAt(text: string, place: { line: number; column: number; endLine: number; endColumn: number }): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(starts.length);
    expect(column).toBeGreaterThanOrEqual(1);
    return starts[line - 1]! + column - 1;
  };
  const start = offset(place.line, place.column);
  const end = offset(place.endLine, place.endColumn);
  expect(start).toBeLessThanOrEqual(end);
  expect(end).toBeLessThanOrEqual(text.length);
  return text.slice(start, end);
}

function expectQuotesAtTheirPlaces(sources: readonly SourceText[], claims: readonly Claim[]): void {
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  for (const claim of claims) {
    const text = texts.get(claim.place.file);
    expect(text, `claim in an unknown file ${claim.place.file}`).toBeDefined();
    expect(textAt(text!, claim.place)).toBe(claim.quote);
  }
}

function expectSpansOrdered(spans: readonly { start: number; end: number }[], length: number): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    last = s.end;
  }
}

// ---------------------------------------------------------------------------------------------

describe('the number grammar (findQuantities)', () => {
  const check = (text: string) => {
    const found = findQuantities(text, lexicon.unitWords);
    expectSpansOrdered(
      found.map((m) => m.span),
      text.length,
    );
    for (const m of found) {
      expect(m.quantity.text).toBe(text.slice(m.span.start, m.span.end));
      expect(m.numberSpan.start).toBeGreaterThanOrEqual(m.span.start);
      expect(m.numberSpan.end).toBeLessThanOrEqual(m.span.end);
      const { min, max } = m.quantity;
      expect(min === null || Number.isFinite(min)).toBe(true);
      expect(max === null || Number.isFinite(max)).toBe(true);
      if (min !== null && max !== null) expect(min).toBeLessThanOrEqual(max);
    }
  };

  it('never throws on arbitrary Unicode; spans in bounds, in order, quoting the text', () => {
    fc.assert(fc.property(unicode(300), check), { numRuns: 300 });
  });

  it('never throws on figure-like text; the same invariants hold', () => {
    fc.assert(fc.property(articleText, check), { numRuns: 300 });
  });

  it('gives the same result on every run', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(findQuantities(text, lexicon.unitWords))).toBe(JSON.stringify(findQuantities(text, lexicon.unitWords)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the sentence splitter (splitSentences)', () => {
  const check = (text: string) => {
    const spans = splitSentences(text);
    expectSpansOrdered(spans, text.length);
    for (const s of spans) {
      // Trimmed: no white space at either end.
      expect(/^\s/.test(text.slice(s.start, s.start + 1))).toBe(false);
      expect(/\s$/.test(text.slice(s.end - 1, s.end))).toBe(false);
    }
  };

  it('never throws on arbitrary Unicode; spans in bounds, increasing and non-overlapping', () => {
    fc.assert(fc.property(unicode(300), check), { numRuns: 300 });
  });

  it('never throws on article-like text; the same invariants hold', () => {
    fc.assert(fc.property(articleText, check), { numRuns: 300 });
  });

  it('ends a Chinese sentence at its full stop when a citation follows ("。[5][6]")', () => {
    const text = '首日票房3705.6万元。[5][6]截至2024年4月2日,全球票房9.65亿美元。[7]';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['首日票房3705.6万元。', '[5][6]截至2024年4月2日,全球票房9.65亿美元。', '[7]']);
  });

  it('ends no sentence at a "!" inside or at the end of a name, or before a lower-case word or a comma', () => {
    const text = 'Whirl Away! Sky Racer sold well. Hop Hop! was a hit, and Hop Hop!, its sequel, too. We won! The crowd cheered.';
    const name = 'Whirl Away! Sky Racer';
    expect(splitSentences(text, [{ start: 0, end: name.length }]).map((s) => text.slice(s.start, s.end))).toEqual([
      'Whirl Away! Sky Racer sold well.',
      'Hop Hop! was a hit, and Hop Hop!, its sequel, too.',
      'We won!',
      'The crowd cheered.',
    ]);
  });

  it("finds the page title's name with a \"!\" in any case; a \"!\" that opens it makes no name", () => {
    const text = 'ZIP ZAP! Deluxe came first; Zip Zap! Turbo followed.';
    expect(namesWithExclamation(lexicon, text, 'Zip Zap!')).toEqual([{ start: 0, end: 8 }, { start: 28, end: 36 }]);
    expect(namesWithExclamation(lexicon, text, '!Zap')).toEqual([]);
  });

  it('never lets a sentence cross a newline', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).not.toContain('\n');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the whole extraction (checkTexts with the built-in pack)', () => {
  it('never throws on arbitrary Unicode files', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unicode(), extension), { minLength: 1, maxLength: 3 }), (docs) => {
        const sources = docs.map(([text, ext], i) => ({ file: `u${i}${ext}`, text }));
        const { report, claims } = analyse(sources, options);
        expect(report.files).toHaveLength(sources.length);
        expectQuotesAtTheirPlaces(sources, claims);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on article-like corpora; every claim quotes the source at its place', () => {
    fc.assert(
      fc.property(corpus, (sources) => {
        const { report, claims } = analyse(sources, options);
        expect(report.files.map((f) => f.file)).toEqual(sources.map((s) => s.file).sort());
        expectQuotesAtTheirPlaces(sources, claims);
        // The conflicts' claims are claims of the corpus, with the same quotes and places.
        for (const conflict of report.conflicts) {
          expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
          expectQuotesAtTheirPlaces(sources, conflict.claims);
        }
        expect(report.summary.claims).toBe(report.files.reduce((n, f) => n + f.claims, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('gives byte-identical output on two runs and for any order of the files', () => {
    fc.assert(
      fc.property(
        corpus.chain((sources) => fc.tuple(fc.constant(sources), fc.shuffledSubarray(sources, { minLength: sources.length, maxLength: sources.length }))),
        ([sources, shuffled]) => {
          const first = JSON.stringify(checkTexts(sources, options));
          expect(JSON.stringify(checkTexts(sources, options))).toBe(first);
          expect(JSON.stringify(checkTexts(shuffled, options))).toBe(first);
          expect(JSON.stringify(checkTexts([...sources].reverse(), options))).toBe(first);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the generated corpora do exercise the rules (a guard for the properties above)', () => {
    const reports = fc.sample(corpus, { numRuns: 200, seed: 42 }).map((sources) => checkTexts(sources, options));
    expect(reports.filter((r) => r.summary.claims > 0).length).toBeGreaterThan(50);
    expect(reports.filter((r) => r.conflicts.length > 0).length).toBeGreaterThan(10);
  });

  it('reads a document the same way alone and within a corpus', () => {
    fc.assert(
      fc.property(corpus, (sources) => {
        const together = checkTexts(sources, options).files;
        for (const source of sources) {
          const alone = checkTexts([source], options).files[0];
          expect(together.find((f) => f.file === source.file)).toEqual(alone);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('linear-time rule checks agree with the pair-by-pair definitions', () => {
  const figure = fc
    .tuple(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }))
    .map(([lo, width]) => ({ claim: {} as Figure['claim'], lo, hi: lo + width }));

  it('somePairGives: some pair (x, y) allows a ratio y / x within [s0, s1]', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 12 }), fc.array(figure, { maxLength: 12 }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (xs, ys, a, b) => {
        const [s0, s1] = a <= b ? [a, b] : [b, a];
        const pairwise = xs.some((x) => ys.some((y) => y.lo / x.hi <= s1 && y.hi / x.lo >= s0));
        expect(somePairGives(xs, ys, s0, s1)).toBe(pairwise);
      }),
      { numRuns: 500 },
    );
  });

  it('twoApart: some two periods (dated or named) do not overlap', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const dated = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b, text: '' } : { start: b, end: a, text: '' }));
    const named = fc.constantFrom('~last season', '~next year').map((n) => ({ start: n, end: n, text: n }));
    fc.assert(
      fc.property(fc.array(fc.oneof(dated, dated, named), { maxLength: 8 }), (periods) => {
        const pairwise = periods.some((a, i) => periods.slice(i + 1).some((b) => !overlaps(a, b)));
        expect(twoApart(periods)).toBe(pairwise);
      }),
      { numRuns: 500 },
    );
  });
});
