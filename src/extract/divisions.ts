// A division of a thing named by a common noun: "women's korvball", "synchronized reef diving", "strandwrestling's team
// competition". An event said of the division ("women's korvball was added to the program") is the division's, not the
// whole thing's: the whole's own event has a date of its own, and the two would clash.
import type { Mention } from '../normalise/entities.js';
import type { Span } from '../types.js';

/** Words that may open a noun phrase before its modifier: determiners, and the "and"/"or" of two possessives ("Men's and women's"). */
const LEAD_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'and', 'or', 'both', 'all']);
/**
 * Words of English grammar that may stand right before a common noun without narrowing it: determiners, prepositions,
 * conjunctions, adverbs of time and degree.
 */
const NOT_A_MODIFIER = new Set([
  ...LEAD_WORDS,
  ...'of in on at to for with from by as since when while after before where how why than then so but not no each every some any such only also even until into onto about over under through during against between among within without like unlike which who whom whose what whether if because although though once than is was are were be been being has had have do did does'.split(' '),
]);
/** After a possessive of the whole, words that still name the whole's own event: "X's first Games appearance", "X's own debut". */
const WHOLE_AFTER_POSSESSIVE = new Set(['first', 'own', 'official', 'initial', 'original', 'formal']);

/** A possessive right before the name: "women's ", "girls' ", "Men's and women's ". */
const POSSESSIVE_BEFORE = /(?<![\p{L}])[\p{L}][\p{L}-]*(?:['’]s|s['’])\s+$/u;
/** One word right before the name, and what stands before it. */
const WORD_BEFORE = /(?:^|[\s,;:(])([\p{L}][\p{L}-]*)\s+$/u;

/**
 * Whether a mention of a thing named by a common noun (an alias in lower case: "korvball", "reef diving") names a division of
 * it, so that an event of the clause is not the thing's: a possessive right before it ("women's korvball", "girls'
 * korvball"), a modifier of its own right before it that opens the noun phrase ("synchronized reef diving" where only
 * determiners, possessives and "and" stand before the modifier in the clause; a capitalised modifier only as a participle,
 * "Synchronized reef diving debuted"), or, before the event's word, the name's possessive over a noun of its own
 * ("strandwrestling's team competition debuted"; not "korvball's Games debut", "korvball's first appearance").
 */
export function namesADivision(text: string, m: Mention, trigger: Span, clauseStart: number): boolean {
  if (!/^\p{Ll}/u.test(m.text) && !(/^\p{Lu}/u.test(m.text) && m.entity.name !== undefined && /^\p{Ll}/u.test(m.entity.name))) return false;
  const before = text.slice(Math.max(clauseStart, m.start - 40), m.start);
  if (POSSESSIVE_BEFORE.test(before) && !/(?<![\p{L}])(?:it|who|one)['’]s\s+$/iu.test(before)) return true;
  const word = WORD_BEFORE.exec(text.slice(clauseStart, m.start)) ?? (/^\s*([\p{L}][\p{L}-]*)\s+$/u.exec(text.slice(clauseStart, m.start)) as RegExpExecArray | null);
  if (word) {
    const w = word[1]!;
    // (What stands after the last mark of the clause before the modifier: "**Tarsk, 1996:** Synchronized reef diving debuted".)
    const lead = text.slice(clauseStart, m.start - word[0].length + word[0].indexOf(w)).split(/[,;:(—–]/u).at(-1)!;
    const opens = lead
      .replace(/[\p{L}][\p{L}-]*(?:['’]s|s['’])/gu, ' ')
      .split(/[\s,]+/u)
      .every((x) => x === '' || LEAD_WORDS.has(x.toLowerCase()));
    const lower = /^\p{Ll}/u.test(w);
    if (opens && !NOT_A_MODIFIER.has(w.toLowerCase()) && (lower || /ed$/u.test(w))) return true;
  }
  if (m.end <= trigger.start) {
    const after = /^(?:['’]s|['’])\s+([^,;:.!?]*)$/u.exec(text.slice(m.end, trigger.start));
    if (after && after[1]!.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w) && !WHOLE_AFTER_POSSESSIVE.has(w))) return true;
  }
  return false;
}
