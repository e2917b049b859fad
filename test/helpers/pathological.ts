// Owns the pathological inputs of the linearity tests (test/adversarial.test.ts in npm test,
// test/stress/adversarial.test.ts in npm run stress): each makes a string of (about) n code units;
// and the matcher runs both measure.
import type { Lexicon } from '../../src/packs/lexicon.js';

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Pathological inputs by name. */
export const INPUTS: Record<string, (n: number) => string> = {
  'digit run 1111…': repeat('1'),
  'digit-comma run 1,1,1,…': repeat('1,'),
  'thousands groups 1,111,111,…': (n) => `1${repeat(',111')(n - 1)}`,
  'dotted digits 1.1.1.…': repeat('1.'),
  'spaces': repeat(' '),
  'punctuation .,;:!?': repeat('.,;:!?'),
  'dollars $$$': repeat('$'),
  'tildes ~~~': repeat('~'),
  'nested parentheses ((((…))))': (n) => `${'('.repeat(Math.floor(n / 2))}${')'.repeat(Math.ceil(n / 2))}`,
  'open brackets [[[[': repeat('['),
  'mixed brackets ([{': repeat('([{'),
  'one line of "a "': repeat('a '),
  'alternating A1-B2-C3…': repeat('A1-B2-C3-D4-E5-'),
  'CJK runs with 亿 and digits': repeat('约3亿5千万美元多400億'),
  'backticks': repeat('`'),
  'code spans `a/b`': repeat('`acme/widget` '),
  'table-like lines | 1 | a |': repeat('| 1 | a |\n'),
  // Shapes that mix what the extractors look for: names, triggers, figures, units, negations.
  'name tokens A1 A1 A1': repeat('A1 '),
  'trigger and figure: total 1 total 1': repeat('total 1 '),
  'figure and unit: 1 GPUs 1 GPUs': repeat('1 GPUs '),
  'negated events: no talks no talks': repeat('no talks '),
  'category values before names: MoE A1 MoE A1': repeat('MoE A1 '),
};

/** The lexicon's phrase matchers for events and modality cues, run on `text` (one unit of work for the linearity tests). */
export function runEventMatchers(lexicon: Lexicon, text: string): void {
  for (const e of lexicon.events) {
    e.triggers(text);
    e.negations(text);
    e.negationsAfter(text);
  }
  for (const cue of Object.values(lexicon.modality)) cue(text);
}

/** The lexicon's phrase matchers for aliases, category values and attribute triggers, run on `text`. */
export function runNameMatchers(lexicon: Lexicon, text: string): void {
  lexicon.aliases(text);
  lexicon.values(text);
  lexicon.triggers(text);
}
