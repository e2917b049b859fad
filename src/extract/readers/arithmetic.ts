// Stated arithmetic: a figure written beside the product, sum or share it is said to be, in one sentence.
//   "€1.2 billion (6 x €160 million)", "6 x €160 million = €1.2 billion", "€600 million (€468 million + €132 million)",
//   "four payments of €5 million each, a total of €24 million", "€25 million, a quarter of the €80 million".
// Each reading gives the stated result and the expression with the values it allows (every figure's rounding,
// and for a fraction word ±10% of it: "a quarter" is 22.5–27.5%); rule stated-arithmetic compares them.
// Hedged shares ("about a third of") and figures glued into names ("8x22B") are not read.
// Stated comparisons too: a figure said to be larger or smaller than another figure the same sentence gives
// ("a larger 5,000mAh battery than the Arc 3's 5,000mAh", "a 108MP sensor, outshining the X's 108MP").
import { findQuantities, type NumberFormat, type QuantityMatch, type UnitWords } from '../../normalise/numbers.js';
import { statedRange } from '../../normalise/precision.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { EntityRef, Quantity, Span } from '../../types.js';

export type Operation = 'product' | 'sum' | 'share' | 'higher' | 'lower';

/** Whose figure a stated result is when no subject was found for it: the figure itself. */
export const STATED_FIGURE: EntityRef = { id: 'stated-figure', name: 'stated figure', type: 'figure', mention: '', known: false };

export interface StatedArithmetic {
  operation: Operation;
  /** The figure the text gives as the result. */
  result: QuantityMatch;
  /** The expression: its span, its text and the values it allows (unit of the result). */
  span: Span;
  value: Quantity;
}

/**
 * A cheap test before any parsing: a sign before a figure, "each", or a share word, with no letter before
 * the sign or the word. The letter is looked for behind the sign or word once it has matched: a look-behind
 * at the start of a branch makes the engine try every place of the sentence (several times slower), one
 * after the first character lets it skip to the places where a sign or a word can start; the two read alike.
 */
const SHARE_WORD = 'each|half|thirds?|quarters?|fourths?|fifths?|tenths?';
const CUE = new RegExp(`[x×*+=](?<![\\p{L}][x×*+=])\\s*[$€£¥]?\\d|(?:${SHARE_WORD})(?<![\\p{L}](?:${SHARE_WORD}))(?![\\p{L}])|%\\s*of(?![\\p{L}])`, 'iu');

const TIMES = /^\s*[x×*]\s*$/u;
const PLUS = /^\s*\+\s*$/u;
const EQUALS = /^\s*(?:=|equals|is equal to)\s*$/iu;
const OPEN = /^\s{0,2}[(（]\s*$/u;
const CLOSE = /^\s*[)）]/u;
const TEX = /\\[a-z]{2,}|\^\{|\$\s*[\d(][^$]*[-+×*/^][^$]*=[^$]*\$/u;
/** A sign or a power just before a term, or a sign and a figure just after a result: part of a longer formula. */
const OPERATOR_BEFORE = /[-+−–×x*/÷^=]\s*$/u;
const OPERATOR_AFTER = /^\s*[-+−–×x*/÷^]\s*\d/u;
/** Words that may stand between a result and its parenthesised expression: "€1.2 billion in total (…)", "€600 million round (…)". */
const RESULT_TAIL = /^\s+(?:in\s+total|total|overall|altogether|combined|\p{L}+(?:\s+\p{L}+)?)(?![\p{L}])/iu;
/** "25% of the", "10 percent of its": a percentage share of the figure after it. */
const PERCENT_OF = /^\s+of\s+(?:the|its|their|his|her|this|that|our)\s+(?:[\p{L}-]+\s+){0,1}$/iu;
/** "a total of", "totalling", "in total" next to the total of an "each" phrase. */
const TOTAL_BEFORE = /(?:a\s+total\s+of|totall?ing|in\s+total\s+of|for\s+a\s+total\s+of|altogether|combined\s+total\s+of)\s*$/iu;
const TOTAL_AFTER = /^\s*(?:in\s+total|in\s+all|altogether|combined)(?![\p{L}])/iu;
/** "N <up to three words> of B each": the count's things and the amount each. */
const EACH_OF = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:of|worth|at)\s+$/iu;
const EACH_AFTER = /^\s+each(?![\p{L}])/iu;

const FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'one half': 1 / 2, 'a third': 1 / 3, 'one third': 1 / 3, 'two thirds': 2 / 3, 'a quarter': 1 / 4, 'one quarter': 1 / 4,
  'a fourth': 1 / 4, 'one fourth': 1 / 4, 'three quarters': 3 / 4, 'three fourths': 3 / 4, 'a fifth': 1 / 5, 'one fifth': 1 / 5,
  'two fifths': 2 / 5, 'three fifths': 3 / 5, 'four fifths': 4 / 5, 'a tenth': 1 / 10, 'one tenth': 1 / 10,
};
/** How far a share word may be from the exact fraction: "a quarter" of €80 million is €18–22 million. */
const FRACTION_SLACK = 0.1;
/** "a quarter of the", "half of its", "25% of the": a share of the figure after it. */
const SHARE_BEFORE = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(FRACTIONS)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(' ', '[\\s-]+'))
    .join('|')})\\s+(?:of\\s+)?(?:the|its|their|his|her|this|that|our)\\s+(?:[\\p{L}-]+\\s+){0,1}$`,
  'iu',
);
/** Hedges before a share: "about a third of", "nearly half of". Not read: the share is not stated as a value. */
const HEDGE_BEFORE = /(?:about|around|roughly|nearly|almost|some|approximately|over|under|more\s+than|less\s+than|close\s+to|just|up\s+to|at\s+least|at\s+most|~)\s*$/iu;
/** "R, a quarter of the W went to …": the share opens a clause of its own, it is not R's apposition. */
const CLAUSE_GOES_ON = /^\s+(?:[\p{L}-]+\s+)?(?:went|goes|go|was|were|is|are|has|had|have|will|would|came|comes|remains|remained|stayed|funded|paid|covered)(?![\p{L}])/iu;
/** Between a result and a share after it: "€25 million, a quarter of the …", "€25 million (a quarter of the …". */
const APPOSITION = /^\s*(?:,|\(|（|—|–|-)\s*(?:or\s+)?$/u;

const point = (q: Quantity) => q.min !== null && q.min === q.max;
/** A count: a whole number from 2 to 10,000 with no unit ("6", "four"). */
const isCount = (q: Quantity) => point(q) && q.unit === '' && Number.isInteger(q.min) && q.min! >= 2 && q.min! <= 10_000 && !q.approx;

/** The share stated before a figure ("a quarter of the", "25% of its"): the fractions it allows and where it starts. */
function shareBefore(text: string, before: number, percent: QuantityMatch | undefined): { lo: number; hi: number; start: number } | undefined {
  if (percent && percent.quantity.unit === 'percent' && point(percent.quantity) && PERCENT_OF.test(text.slice(percent.span.end, before))) {
    const [lo, hi] = statedRange(percent.quantity);
    return { lo: lo / 100, hi: hi / 100, start: percent.span.start };
  }
  const from = Math.max(0, before - 40);
  const m = SHARE_BEFORE.exec(text.slice(from, before));
  if (!m) return undefined;
  const start = from + m.index;
  if (HEDGE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return undefined;
  const fraction = FRACTIONS[m[1]!.toLowerCase().replace(/[\s-]+/g, ' ')]!;
  return { lo: fraction * (1 - FRACTION_SLACK), hi: fraction * (1 + FRACTION_SLACK), start };
}

function expression(text: string, from: number, to: number, lo: number, hi: number, unit: string): { span: Span; value: Quantity } {
  return { span: { start: from, end: to }, value: { kind: 'quantity', min: lo, max: hi, unit, approx: false, text: text.slice(from, to) } };
}

/** A figure with a scale and no unit: "900 billion", "22B". */
const SCALED = /\d\s*[KMBT](?![\p{L}])|thousand|million|billion|trillion|[万萬亿億]/iu;

/**
 * The attributes a stated result may be a value of when no subject bound it: those the sentence's triggers
 * name that take its unit (or, for a bare scaled figure, bare scaled figures), and those that take bare
 * scaled figures and describe a kind of thing the sentence names, by a name or by its noun ("the model").
 * Rule stated-arithmetic checks none whose parts share (`nonAdditive`).
 */
export function mayBeOf(lexicon: Lexicon, text: string, result: Quantity, triggered: readonly PackAttribute[], mentioned: readonly EntityRef[]): string[] {
  const bare = result.unit === '' && SCALED.test(result.text);
  const takes = (a: PackAttribute) => (result.unit !== '' && a.unit === result.unit) || (bare && a.bareScaled === true);
  const out = new Set(triggered.filter(takes).map((a) => a.id));
  if (!bare) return [...out].sort();
  const lower = text.toLowerCase();
  const named = (type: string) =>
    mentioned.some((e) => e.type === type) ||
    lexicon.pack.entityTypes.some((hint) => hint.type === type && [type, ...hint.headers].some((noun) => wordIn(lower, noun.toLowerCase())));
  for (const a of lexicon.attributes.values()) if (a.bareScaled && a.subjects.some(named)) out.add(a.id);
  return [...out].sort();
}

/** Whether a word or phrase stands in the text as a word (or, in Han script, anywhere). */
function wordIn(text: string, word: string): boolean {
  if (word === '') return false;
  if (/\p{Script=Han}/u.test(word)) return text.includes(word);
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text.slice(i + word.length, i + word.length + 1);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after.replace(/^s(?![\p{L}])/u, ''))) return true;
  }
  return false;
}

/** The stated products, sums and shares of one sentence (`found`: its figures, where the caller read them already with the same unit words and format). */
export function statedArithmetic(text: string, unitWords: UnitWords, format?: NumberFormat, found?: readonly QuantityMatch[]): StatedArithmetic[] {
  // A formula typeset in TeX ("$ 2^{10} = 1024 $", "\\frac") is worked mathematics, not a figure stated of something.
  if (!CUE.test(text) || TEX.test(text)) return [];
  const qs = (found ?? findQuantities(text, unitWords, { words: true, ...(format ? { format } : {}) })).filter((q) => !q.calendar);
  if (qs.length < 2 || qs.length > 40) return [];
  const out: StatedArithmetic[] = [];
  const gap = (a: QuantityMatch, b: QuantityMatch) => text.slice(a.span.end, b.span.start);
  const sameUnit = (a: Quantity, b: Quantity) => a.unit === b.unit;

  // Terms joined by one sign: "6 x €160 million", "€468 million + €132 million (+ …)"; the whole of a chain
  // ("1023 - 512 + 1" is not "512 + 1"), and nothing after it but what the caller expects.
  const termsAt = (i: number): { operation: Operation; end: number; lo: number; hi: number; unit: string } | undefined => {
    const a = qs[i];
    const b = qs[i + 1];
    if (!a || !b || OPERATOR_BEFORE.test(text.slice(Math.max(0, a.span.start - 3), a.span.start))) return undefined;
    if (TIMES.test(gap(a, b)) && isCount(a.quantity) && point(b.quantity) && !isCount(b.quantity)) {
      const [lo, hi] = statedRange(b.quantity);
      return { operation: 'product', end: i + 1, lo: a.quantity.min! * lo, hi: a.quantity.min! * hi, unit: b.quantity.unit };
    }
    if (PLUS.test(gap(a, b)) && point(a.quantity) && point(b.quantity) && sameUnit(a.quantity, b.quantity)) {
      let end = i + 1;
      while (qs[end + 1] && PLUS.test(gap(qs[end]!, qs[end + 1]!)) && point(qs[end + 1]!.quantity) && sameUnit(a.quantity, qs[end + 1]!.quantity)) end++;
      let lo = 0;
      let hi = 0;
      for (let k = i; k <= end; k++) {
        const [l, h] = statedRange(qs[k]!.quantity);
        lo += l;
        hi += h;
      }
      return { operation: 'sum', end, lo, hi, unit: a.quantity.unit };
    }
    return undefined;
  };

  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    // "R (A x B)", "R (A + B)": the expression fills the parentheses after the result.
    const next = qs[i + 1];
    if (next && point(q.quantity) && OPEN.test(text.slice(q.span.end, next.span.start).replace(RESULT_TAIL, ''))) {
      const terms = termsAt(i + 1);
      if (terms && CLOSE.test(text.slice(qs[terms.end]!.span.end)) && terms.unit === q.quantity.unit) {
        out.push({ operation: terms.operation, result: q, ...expression(text, next.span.start, qs[terms.end]!.span.end, terms.lo, terms.hi, terms.unit) });
        i = terms.end;
        continue;
      }
    }
    // "A x B = R", "A + B = R".
    const terms = termsAt(i);
    if (terms) {
      const last = qs[terms.end]!;
      const result = qs[terms.end + 1];
      if (result && EQUALS.test(gap(last, result)) && point(result.quantity) && result.quantity.unit === terms.unit && !OPERATOR_AFTER.test(text.slice(result.span.end))) {
        out.push({ operation: terms.operation, result, ...expression(text, q.span.start, last.span.end, terms.lo, terms.hi, terms.unit) });
        i = terms.end + 1;
        continue;
      }
    }
    // "N things of B each", with a total stated beside it: "R (N … each)", "N … each, a total of R", "a total of R: N … each".
    const each = qs[i + 1];
    if (each && isCount(q.quantity) && point(each.quantity) && !isCount(each.quantity) && EACH_OF.test(gap(q, each)) && EACH_AFTER.test(text.slice(each.span.end))) {
      const [lo, hi] = statedRange(each.quantity);
      const end = each.span.end + EACH_AFTER.exec(text.slice(each.span.end))![0].length;
      const totals = qs.filter(
        (t) =>
          t !== q &&
          t !== each &&
          point(t.quantity) &&
          t.quantity.unit === each.quantity.unit &&
          (TOTAL_BEFORE.test(text.slice(Math.max(0, t.span.start - 30), t.span.start)) || TOTAL_AFTER.test(text.slice(t.span.end)) || (t.span.end <= q.span.start && OPEN.test(text.slice(t.span.end, q.span.start)))),
      );
      if (totals.length === 1) {
        out.push({ operation: 'product', result: totals[0]!, ...expression(text, q.span.start, end, q.quantity.min! * lo, q.quantity.min! * hi, each.quantity.unit) });
        i++;
        continue;
      }
    }
  }

  // Shares: "R, a quarter of the W", "R (25% of the W)", "a quarter of the W (R)", "a quarter of the W, R,".
  for (let i = 0; i < qs.length; i++) {
    const whole = qs[i]!;
    if (!point(whole.quantity) || whole.quantity.unit === 'percent') continue;
    const percent = qs[i - 1]?.quantity.unit === 'percent' ? qs[i - 1] : undefined;
    const stated = shareBefore(text, whole.span.start, percent);
    if (!stated) continue;
    const [wlo, whi] = statedRange(whole.quantity);
    const found = expression(text, stated.start, whole.span.end, stated.lo * wlo, stated.hi * whi, whole.quantity.unit);
    const before = qs.slice(0, i).filter((b) => b.span.end <= stated.start).pop();
    const after = qs[i + 1];
    if (before && point(before.quantity) && sameUnit(before.quantity, whole.quantity) && APPOSITION.test(text.slice(before.span.end, stated.start)) && !CLAUSE_GOES_ON.test(text.slice(whole.span.end))) {
      out.push({ operation: 'share', result: before, ...found });
    } else if (after && point(after.quantity) && sameUnit(after.quantity, whole.quantity) && /^\s*(?:,|\(|（)\s*$/u.test(text.slice(whole.span.end, after.span.start)) && /^\s*(?:,|\)|）|—|–|$)/u.test(text.slice(after.span.end))) {
      out.push({ operation: 'share', result: after, ...found });
    }
  }
  return out;
}

/** Words a stated comparison needs one of: "than", "compared to", "versus", "outshining". */
const COMPARISON_CUE = /(?<![\p{L}])(?:than|compared|versus|vs|over|outshin\p{L}*|beat\p{L}*|surpass\p{L}*|outclass\p{L}*|bettering|tops?|topping)(?![\p{L}])/iu;

/** "a larger", "the bigger": a comparative right before the figure it describes. */
const COMPARATIVE_BEFORE =
  /(?<![\p{L}])(larger|bigger|higher|greater|longer|heavier|faster|brighter|more|smaller|lower|lighter|shorter|slower|fewer|less|cheaper|dearer)\s+$/iu;
const LOWER_WORDS = new Set(['smaller', 'lower', 'lighter', 'shorter', 'slower', 'fewer', 'less', 'cheaper']);
/** What stands between the first figure (with up to three words of its noun) and the name whose figure follows. */
const THAN = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:than|compared\s+(?:to|with)|versus|vs\.?|over)\s+/iu;
/** "…, outshining", "beating": a verb that puts the first figure above the next. */
const ABOVE = /^\s*(?:[\p{L}-]+[\s,，]+){0,3}?[,，]?\s*(?:outshining|outshines|beating|beats|surpassing|surpasses|outclassing|bettering|topping|tops)\s+/iu;
/** The other's figure: "the Arc 3's 5,000mAh", "S23 Ultra's 108MP", "that of the Arc 3, 5,000mAh". */
const OTHERS = /^(?:the\s+)?[^.;:!?\d]{0,40}?[\p{L}\p{N}+]\s*(?:['’]s)\s+$|^(?:the\s+)?[^.;:!?]{0,40}?[\p{L}\p{N}+]['’]s\s+$/iu;

/**
 * Stated comparisons in one sentence: a figure said to be larger (or smaller) than another figure of the same
 * unit the sentence gives for something else. Each reading gives the first figure as the result and the other
 * as the expression; rule stated-arithmetic flags a comparison the two figures contradict.
 */
export function statedComparisons(text: string, unitWords: UnitWords, format?: NumberFormat, found?: readonly QuantityMatch[]): StatedArithmetic[] {
  // A cheap test first (most sentences compare nothing): a comparison word and another's possessive.
  if (!COMPARISON_CUE.test(text) || !/[\p{L}\p{N}+]['’]s\s/u.test(text)) return [];
  const qs = (found ?? findQuantities(text, unitWords, { words: true, ...(format ? { format } : {}) })).filter((q) => !q.calendar && q.quantity.unit !== '');
  if (qs.length < 2 || qs.length > 40) return [];
  const out: StatedArithmetic[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!point(a.quantity) || !point(b.quantity) || a.quantity.unit !== b.quantity.unit) continue;
    const before = COMPARATIVE_BEFORE.exec(text.slice(Math.max(0, a.span.start - 16), a.span.start));
    const between = text.slice(a.span.end, b.span.start);
    const joined = before ? THAN.exec(between) : ABOVE.exec(between);
    if (!joined || !OTHERS.test(between.slice(joined[0].length))) continue;
    const operation: Operation = before && LOWER_WORDS.has(before[1]!.toLowerCase()) ? 'lower' : 'higher';
    out.push({ operation, result: a, span: b.span, value: b.quantity });
    i++;
  }
  return out;
}
