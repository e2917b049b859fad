// Which names an event's word speaks of: a name past the clause the word stands in, a name that is only the start of a
// longer one, and a name that modifies the noun the clause is about take no part in the event (and so take neither its
// "happened" nor a negation of it).
import type { Mention } from '../../normalise/entities.js';
import type { Span } from '../../types.js';

/**
 * After an event's word, a subordinating word that opens a clause of its own: "was still not open-sourced when the X wave
 * began", "launched a week after X", "released before X was". A name past it is that clause's, never the event's.
 */
const SUBORDINATE_CLAUSE_BETWEEN =
  /(?<![\p{L}])(?:when|whenever|while|whereas|because|although|though|until|till|before|after|once|unless|wenn|als|nachdem|während|quand|lorsque|cuando|mientras|quando|mentre)(?![\p{L}])/iu;

/** Whether a name after an event's word stands in a subordinate clause that opens after the word. */
export function inLaterClause(text: string, trigger: Span, m: Mention): boolean {
  return m.start >= trigger.end && SUBORDINATE_CLAUSE_BETWEEN.test(text.slice(trigger.end, m.start));
}

/** A company's legal form, written after its name: "Inc", "Ltd", "GmbH" (the name and its form are one name). */
const LEGAL_FORM = /^(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|LLP|Plc|PLC|Co|AG|SA|SAS|GmbH|BV|NV|Pty|KK|Oy|AB|AS|SpA|Srl)$/u;
const CAPITALISED_WORD_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/u;
/**
 * Right after a name, a capitalised word with no break between: "Orin Long Reason", "[Orin Deep Mode](…)". The name is only
 * the start of a longer name no pack knows (a product, a mode, an add-on), and what is said is said of that. ("I" is a
 * pronoun; an event's own word, as in a title "Orin 4 Released", is no part of a name.)
 */
export function runsOnIntoLongerName(text: string, m: Mention, eventWords: readonly Span[]): boolean {
  if (titleCase(text)) return false;
  const next = CAPITALISED_WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  // (Nor a compound adjective: "X Ardent-themed launch".)
  if (!next || next[1] === 'I' || next[1]!.length < 2 || /-\p{Ll}/u.test(next[1]!)) return false;
  // (Nor a company's legal form after its name: "Ardent Inc., a studio they had founded in 1979".)
  if (LEGAL_FORM.test(next[1]!)) return false;
  const start = m.end + next[0].length - next[1]!.length;
  return !eventWords.some((w) => w.start <= start && w.end > start);
}

/** A headline in title case ("Orin 4 Officially Launched Today"): every word of four letters or more is capitalised. */
function titleCase(text: string): boolean {
  const words = text.match(/(?<![\p{L}\p{N}])\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Before a name that opens its clause: the sentence's start, a break, a conjunction that joins clauses, or a verb of saying. */
const OPENS_CLAUSE_BEFORE = /(?:^|[,;:(—–]|(?<![\p{L}])(?:and|but|while|whereas|so|yet|that|says|said|notes|noted|reports|reported|writes|wrote))[\s*_"“]*$/iu;
/**
 * After it, a noun in lower case, then a finite auxiliary (a negation, "yet", "still" or an adverb among the auxiliaries) up to
 * the event's word: " multimodality has not been ", " weights were ".
 */
const NOUN_THEN_AUXILIARY =
  /^\s+(\p{Ll}[\p{Ll}-]+)\s+(?:was|were|is|are|has|have|had)(?:n['’]t)?\s+(?:(?:not|never|yet|still|been|being|be|also|finally|\p{Ll}+ly)\s+){0,4}$/u;
/** Lower-case words that are no noun of their own: "X itself has …", "X also was …". */
const NO_NOUN = /^(?:itself|themselves|also|still|now|today|yesterday|then|first|again|once|soon|only|just|already|never|not|has|have|had|was|were|is|are)$|ly$/u;

/**
 * "…, X multimodality has not been released": a name that opens its clause right before a noun in lower case, the clause's
 * subject, modifies that noun; the event (or its denial) is the noun's thing, a feature or a part of X, not X's. (With a
 * determiner before the name, "The official X website launched", `modifiesNounBefore` reads it.) A noun that is a type noun
 * of the event's participants ("X models were released") is the thing itself: `isTypeNoun` says which.
 */
export function modifiesClauseSubject(text: string, m: Mention, triggerStart: number, isTypeNoun: (noun: string) => boolean): boolean {
  if (m.end > triggerStart || !OPENS_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  const between = NOUN_THEN_AUXILIARY.exec(text.slice(m.end, triggerStart));
  if (!between || NO_NOUN.test(between[1]!)) return false;
  const noun = between[1]!;
  return !isTypeNoun(noun) && !isTypeNoun(noun.replace(/s$/u, ''));
}
