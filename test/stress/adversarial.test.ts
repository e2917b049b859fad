// Stress (npm run stress, not npm test): every extraction pattern and matcher on ~1 MB of
// pathological text: each must run in (roughly) linear time. Times are the process's CPU time
// (process.cpuUsage), not the wall clock: a pattern may take max(1 s, 400 × a linear baseline on
// the same input) at the full size (the 1 s floor scaled down for the whole-pipeline functions,
// which get an eighth of the text). test/adversarial.test.ts runs the same inputs at small sizes
// in npm test.
//
// Sizes grow step by step (256 B, 512 B, ... 64 KB, 256 KB, 1 MB) so that a super-linear pattern
// fails fast, at a small size, with its timings in the message, instead of hanging the suite for
// hours. A failing step is measured twice and the better time kept.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/check/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { findMentions } from '../../src/normalise/entities.js';
import { findQuantities } from '../../src/normalise/numbers.js';
import { compileLexicon } from '../../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../../src/packs/load.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { INPUTS, runEventMatchers, runNameMatchers } from '../helpers/pathological.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));

/** The full size of every input: 1 MiB of UTF-16 code units. */
const FULL = 1 << 20;
/**
 * Whole-pipeline functions (Markdown parsing, reading a document) get an eighth of it: remark alone
 * reads 1 MB in seconds, and 22 inputs × 4 functions at 1 MB would not fit in the file's ~30 s.
 */
const PIPELINE = FULL / 8;

/** CPU time of this process spent in `fn(text)`, in ms. */
function time(fn: (text: string) => unknown, text: string): number {
  const start = process.cpuUsage();
  fn(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** A linear baseline on the same input: copying it character by character, reversed (best of 3). */
function baseline(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) best = Math.min(best, time((t) => t.split('').reverse().join(''), text));
  return best;
}

const fmt = (n: number) => (n >= 1 << 20 ? `${n / (1 << 20)} MB` : `${n / 1024} KB`);

/** Texts and their baselines, made once per input and size. */
const texts = new Map<string, string>();
const baselines = new Map<string, number>();
function textOf(name: string, n: number): string {
  const key = `${name}:${n}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = INPUTS[name]!(n)));
  return text;
}
function boundFor(name: string, full: number): number {
  const key = `${name}:${full}`;
  let b = baselines.get(key);
  if (b === undefined) baselines.set(key, (b = baseline(textOf(name, full))));
  return Math.max(1000 * (full / FULL), 400 * b);
}

/** Below this, a time is too short to say anything about growth. */
const NOISE_MS = 10;
const FIRST_STEP = 256;
/** Sizes double up to here (where super-linear patterns show), then grow four-fold to save time. */
const FOUR_FOLD_FROM = 64 * 1024;

/**
 * Runs `fn` on the input at growing sizes up to `full` code units. Returns null when it stays
 * within the bound at the full size, else a description of the failure with the timings. It stops
 * early when a step is already over the bound, or when the growth over the last two doublings is
 * super-linear and its projection to the full size is well over the bound.
 */
function check(fn: (text: string) => unknown, name: string, full: number): string | null {
  fn(textOf(name, FIRST_STEP)); // warm the JIT up
  const bound = boundFor(name, full);
  const steps: { n: number; ms: number }[] = [];
  const trace = () => steps.map((s) => `${fmt(s.n)}: ${s.ms.toFixed(0)} ms`).join(', ');
  for (let n = FIRST_STEP; ; n = Math.min(full, n * (n < FOUR_FOLD_FROM ? 2 : 4))) {
    const step = { n, ms: time(fn, textOf(name, n)) };
    steps.push(step);
    const verdict = judge(steps, bound, full);
    // A failing step is measured once more, so that a pause of the machine is not a failure.
    if (verdict !== null && step.ms < 2 * bound) step.ms = Math.min(step.ms, time(fn, textOf(name, n)));
    const final = verdict === null ? null : judge(steps, bound, full);
    if (final !== null) return `${final} (${trace()})`;
    if (n === full) return null;
  }
}

/** Why the timings so far fail, or null. */
function judge(steps: { n: number; ms: number }[], bound: number, full: number): string | null {
  const { n, ms } = steps[steps.length - 1]!;
  if (ms > bound) return n === full ? `${ms.toFixed(0)} ms at ${fmt(full)} > bound ${bound.toFixed(0)} ms` : `already ${ms.toFixed(0)} ms at ${fmt(n)} > bound ${bound.toFixed(0)} ms for ${fmt(full)}`;
  const before = steps.find((s) => s.n === n / 4)?.ms;
  if (n < full && before !== undefined && before >= NOISE_MS && ms >= 250) {
    const exponent = Math.log(ms / before) / Math.log(4);
    const projected = ms * (full / n) ** Math.max(1, exponent);
    if (exponent >= 1.5 && projected > 2 * bound) {
      return `super-linear (×${(ms / before).toFixed(1)} for ×4 input; projected ${(projected / 1000).toFixed(0)} s at ${fmt(full)} > bound ${bound.toFixed(0)} ms)`;
    }
  }
  return null;
}

/**
 * Inputs on which a third-party parser is linear but slower than the bound, held to linear growth
 * only: micromark resolves each unclosed "[" as a possible link label (about 12 µs a character,
 * 1.5 s per 100 KB of "[[[["). Only Markdown files go through it; plain text never does.
 */
const THIRD_PARTY_LINEAR: Record<string, string> = {
  'open brackets [[[[': 'micromark label starts',
  'mixed brackets ([{': 'micromark label starts',
};

function expectLinear(fn: (text: string) => unknown, full = FULL, thirdParty: Record<string, string> = {}): void {
  const failures: string[] = [];
  for (const name of Object.keys(INPUTS)) {
    const failure = name in thirdParty ? checkGrowth(fn, name, full) : check(fn, name, full);
    if (failure) failures.push(`${name}: ${failure}`);
  }
  expect(failures).toEqual([]);
}

/** Linear growth only: ×4 input may cost at most ×6 time (best of two), from 16 KB up. */
function checkGrowth(fn: (text: string) => unknown, name: string, full: number): string | null {
  const best = (n: number) => Math.min(time(fn, textOf(name, n)), time(fn, textOf(name, n)));
  const small = best(full / 8);
  const large = best(full / 2);
  return large / Math.max(small, NOISE_MS) > 6 ? `super-linear (×${(large / small).toFixed(1)} for ×4 input)` : null;
}

describe('extraction patterns on 1 MB of pathological text', { timeout: 300_000 }, () => {
  it('findQuantities (the number grammar)', () => expectLinear((t) => findQuantities(t, lexicon.unitWords)));

  it('splitSentences', () => expectLinear((t) => splitSentences(t)));

  it('findMentions with the built-in lexicon', () => expectLinear((t) => findMentions(lexicon, t)));

  it("the lexicon's compilePhrases matchers: aliases, category values, attribute triggers", () => {
    expectLinear((t) => runNameMatchers(lexicon, t));
  });

  it("the lexicon's compilePhrases matchers: event triggers and negations, modality cues", () => {
    expectLinear((t) => runEventMatchers(lexicon, t));
  });
});

describe(`whole-pipeline functions on ${PIPELINE / 1024} KB of pathological text`, { timeout: 300_000 }, () => {
  it('parseMarkdown, Markdown format', () => expectLinear((t) => parseMarkdown(t, 'markdown'), PIPELINE, THIRD_PARTY_LINEAR));

  it('parseMarkdown, plain-text format', () => expectLinear((t) => parseMarkdown(t, 'text'), PIPELINE));

  it('readDocument on the whole text (.md)', () => expectLinear((t) => readDocument({ file: 'adversarial.md', text: t }, lexicon), PIPELINE, THIRD_PARTY_LINEAR));

  it('readDocument on the whole text (.txt)', () => expectLinear((t) => readDocument({ file: 'adversarial.txt', text: t }, lexicon), PIPELINE));
});
