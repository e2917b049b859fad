// Every extraction pattern and matcher, and the whole pipeline, on pathological text: each grows
// linearly. Work is counted, not timed (characters gone through by patterns and string operations,
// test/helpers/growth.ts) at two sizes ×16 apart, with a ×1.5 margin over linear: a rescan from
// every position fails, a busy machine cannot. The timed run up to 1 MB, for what counting cannot
// see (backtracking inside one pattern), is test/stress/adversarial.test.ts (npm run stress).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/check/index.js';
import { splitSentences } from '../src/extract/sentences.js';
import { findMentions } from '../src/normalise/entities.js';
import { findQuantities } from '../src/normalise/numbers.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../src/packs/load.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { measureGrowth, superLinear } from './helpers/growth.js';
import { INPUTS, runEventMatchers, runNameMatchers } from './helpers/pathological.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));

/** Extraction patterns: 8 KB against 128 KB. */
const PATTERN_SIZE = 8 * 1024;
/** Whole-pipeline functions (remark is slow per character): 1 KB against 16 KB. */
const PIPELINE_SIZE = 1024;

function expectLinear(fn: (text: string) => unknown, small: number): void {
  const failures: string[] = [];
  for (const [name, make] of Object.entries(INPUTS)) {
    const failure = superLinear(measureGrowth(fn, make, small));
    if (failure) failures.push(`${name}: ${failure}`);
  }
  expect(failures).toEqual([]);
}

describe('extraction patterns grow linearly on pathological text', () => {
  it('findQuantities (the number grammar)', () => expectLinear((t) => findQuantities(t, lexicon.unitWords), PATTERN_SIZE));

  it('splitSentences', () => expectLinear((t) => splitSentences(t), PATTERN_SIZE));

  it('findMentions with the built-in lexicon', () => expectLinear((t) => findMentions(lexicon, t), PATTERN_SIZE));

  it("the lexicon's compilePhrases matchers: aliases, category values, attribute triggers", () => {
    expectLinear((t) => runNameMatchers(lexicon, t), PATTERN_SIZE);
  });

  it("the lexicon's compilePhrases matchers: event triggers and negations, modality cues", () => {
    expectLinear((t) => runEventMatchers(lexicon, t), PATTERN_SIZE);
  });
});

describe('whole-pipeline functions grow linearly on pathological text', () => {
  it('parseMarkdown, Markdown format', () => expectLinear((t) => parseMarkdown(t, 'markdown'), PIPELINE_SIZE));

  it('parseMarkdown, plain-text format', () => expectLinear((t) => parseMarkdown(t, 'text'), PIPELINE_SIZE));

  it('readDocument on the whole text (.md)', () => expectLinear((t) => readDocument({ file: 'adversarial.md', text: t }, lexicon), PIPELINE_SIZE));

  it('readDocument on the whole text (.txt)', () => expectLinear((t) => readDocument({ file: 'adversarial.txt', text: t }, lexicon), PIPELINE_SIZE));
});
