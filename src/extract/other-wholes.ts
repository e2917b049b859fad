// Whose a figure is when the words beside its attribute's word name another whole or a group: "a metropolitan area with a
// population of some 3.2 million", "an agglomeration that includes 86,000 inhabitants" (another area, by a part word of the packs),
// "a student population of 17,500" (a part word right before the attribute's word), "X's Orvish population of 6,400", "its
// 2,790 Tallic inhabitants" (a group named by a capitalised word no pack knows). None is the subject's own figure.
import { isMonthName } from '../normalise/dates.js';
import { findMentions, type Mention } from '../normalise/entities.js';
import type { QuantityMatch } from '../normalise/numbers.js';
import type { Lexicon } from '../packs/lexicon.js';
import { spacedPattern } from '../packs/phrases.js';
import type { PackAttribute } from '../packs/types.js';
import type { Span } from '../types.js';
import { partWordsBesides } from './context.js';

/** After a part word, what hangs a figure on it: "with", "of", "that includes", "which has", "home to" (an estimate's words may follow). */
const HOLDS = String.raw`(?:with|of|that\s+(?:includes?|included|has|had|contains?|counts?|numbers?)|which\s+(?:has|had|includes?|included|contains?|counts?|numbers?|relies\s+on|is\s+home\s+to|was\s+home\s+to)|(?:is|was)\s+home\s+to)`;
/** Weekday names: a date's words, never a group. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

const PATTERNS = new WeakMap<Lexicon, Map<PackAttribute, { holds: RegExp; narrows: RegExp; aside: RegExp } | null>>();
function patternsOf(lexicon: Lexicon, attribute: PackAttribute): { holds: RegExp; narrows: RegExp; aside: RegExp } | null {
  let byAttribute = PATTERNS.get(lexicon);
  if (!byAttribute) PATTERNS.set(lexicon, (byAttribute = new Map()));
  let found = byAttribute.get(attribute);
  if (found === undefined) {
    const part = partWordsBesides(lexicon, attribute);
    const words = [...attribute.triggers, ...(attribute.unitWords ?? [])].filter((w) => /^\p{L}/u.test(w)).map(spacedPattern);
    found =
      part === undefined || words.length === 0
        ? null
        : {
            // "a busy metropolitan area with a population of ", "an agglomeration of ": no comma between.
            holds: new RegExp(String.raw`(?<![\p{L}\p{N}-])${part}\s+${HOLDS}\s+(?:[^,;:.!?()\d]{0,40}?\s)?$`, 'iu'),
            // "a student population of ", "the metro population was ": a part word right before the attribute's word.
            // "The Velmor metropolitan area, including three towns, is home to ": a part word heads the clause's subject past an aside.
            aside: new RegExp(String.raw`(?<![\p{L}\p{N}-])${part}\s*,[^,;:.!?]{1,80},\s*(?:is|was|are|were|has|had|have)\s[^,;:.!?()\d]{0,40}$`, 'iu'),
            narrows: new RegExp(String.raw`(?<![\p{L}\p{N}-])${part}\s+(?:${words.join('|')})(?![\p{L}\p{N}-])[^,;:.!?()\d]{0,30}$`, 'iu'),
          };
    byAttribute.set(attribute, found);
  }
  return found;
}

/**
 * Whether a figure is another whole's or a group's, not its subject's: a part word of the packs (`entityTypes[].parts`) holds
 * it ("a metropolitan area with a population of N", "an urban agglomeration that includes N inhabitants") or stands right before
 * the attribute's word ("a student population of N"); or a capitalised word no pack knows stands right before the attribute's
 * word or between the figure and its unit word ("X's Orvish population of N", "Seren and Varic population", "N Tallic
 * inhabitants"), the words of a group of the thing's people or things, not of all of them.
 */
export function anotherWholeOrGroup(lexicon: Lexicon, text: string, q: QuantityMatch, attribute: PackAttribute, trigger: Span | undefined, mentions: readonly Mention[]): boolean {
  const before = text.slice(Math.max(0, q.span.start - 100), q.span.start);
  const patterns = patternsOf(lexicon, attribute);
  if (patterns && (patterns.holds.test(before) || patterns.narrows.test(before) || patterns.aside.test(before))) return true;
  if (titleCase(text)) return false;
  // The capitalised words right before the attribute's word (before the figure), or between the figure and its unit word.
  // (The attribute's word a noun there, one of its headers' or unit words: "Orvish population", not a verb, "Pell raises".)
  const nouns = new Set([...attribute.headers, ...(attribute.unitWords ?? [])].flatMap((h) => h.toLowerCase().split(/\s+/u)));
  if (trigger && trigger.end <= q.span.start && nouns.has(text.slice(trigger.start, trigger.end).trim().toLowerCase()) && groupWordsEnd(lexicon, text, trigger.start, mentions)) return true;
  const unit = q.unitSpan;
  return unit !== undefined && unit.start > q.numberSpan.end && /^\s+\p{Lu}/u.test(text.slice(q.numberSpan.end, unit.start)) && groupWordsEnd(lexicon, text, unit.start, mentions);
}

/** Whether capitalised words no pack knows end right before `at`: "Orvish ", "Tallic and Seren " (not a sentence's first word). */
function groupWordsEnd(lexicon: Lexicon, text: string, at: number, mentions: readonly Mention[]): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  const run = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}[\p{L}-]*(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}[\p{L}-]*)?)\s+$/u.exec(window);
  if (!run) return false;
  const wordStart = at - window.length + run.index;
  // (After a word in lower case, a possessive, a number or an article only: not a name's last word, "The film The Martian cost".)
  if (!/(?:\p{Ll}|\d|['’]s?|\()\s+$/u.test(text.slice(Math.max(0, wordStart - 30), wordStart))) return false;
  // (Not a sentence's first word, nor a date's, nor a name a pack knows: "Velmor population", "In June".)
  const lead = text.slice(Math.max(0, wordStart - 40), wordStart);
  if ((wordStart <= 40 && lead.trim() === '') || /[.!?:;]\s*$/u.test(lead) || /^\s*[-*+]\s*$/u.test(lead)) return false;
  const words = run[1]!.split(/\s+(?:and|or)\s+/u);
  if (words.some((w) => isMonthName(w) || WEEKDAY.test(w) || FUNCTION_CAPITALS.test(w))) return false;
  // (A capitalised word the engine reads as a name no pack lists, whatever type it guesses, is no name a pack knows; the
  // sentence's names given may leave out the subject's, so the words are looked up too.)
  const known = (m: Mention) => lexicon.entities.has(m.entity.id);
  return !mentions.some((m) => known(m) && m.start < at && m.end > wordStart) && !findMentions(lexicon, text.slice(wordStart, at).trim()).some(known);
}
/** Capitalised words that name no group: an article or a word that opens a sentence or a title. */
const FUNCTION_CAPITALS = /^(?:The|A|An|Its|Their|His|Her|Our|This|That|These|Those|Total|Overall|Estimated|Official|Current|Population|Census)$/u;

/** A headline in title case: every word of four letters or more is capitalised. */
function titleCase(text: string): boolean {
  const words = text.match(/(?<![\p{L}\p{N}])\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}
