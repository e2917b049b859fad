// Which names an event's word speaks of: a name past the clause the word stands in, a name that is only the start of a
// longer one, and a name that modifies the noun the clause is about take no part in the event (and so take neither its
// "happened" nor a negation of it).
import type { Mention } from '../../normalise/entities.js';
import { isMonthName } from '../../normalise/dates.js';
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

/**
 * After a passive event's word, where it happened: "was founded in X in 1878", "established at X", "founded in X, Y in 1906",
 * "established in the coastal regions of X" (a date or a short phrase may come first: "was founded in 1791 in X"). What was founded
 * there is the clause's subject, never the place; a name there takes no part in the event.
 */
export function placeOfPassiveEvent(text: string, trigger: Span, m: Mention): boolean {
  if (m.start < trigger.end || !/(?:ed|en|t)$/iu.test(text.slice(trigger.start, trigger.end))) return false;
  return PLACE_AFTER_EVENT.test(text.slice(trigger.end, m.start));
}
const PLACE_AFTER_EVENT =
  /^\s+(?:(?:in|on|by)\s+[^,;:.!?()]{1,30}?\s+)?(?:in|at|near|within|outside)\s+(?:the\s+)?(?:(?:\p{Ll}[\p{Ll}-]*\s+){1,3}of\s+(?:the\s+)?)?(?:[\p{Lu}][\p{L}-]*,\s+)?$/u;

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

/**
 * Right before a name, the capitalised words of a longer name it ends: "The University of X", "the Royal College of Physicians
 * of X", "Università di X", "Queen's University X", "AFC X". The name is only the end of another thing's name (an institution,
 * a club, a title named after a place), and what is said is said of that. The head word is no sentence's first word ("Later X",
 * "Medieval X"), unless "of" joins it ("University of X was founded"); nor a date's word ("In June X", "43 BC X"); nor a type noun
 * of the thing itself (`isTypeNoun`: "the City of X", "the Kingdom of X" are X).
 */
export function endsLongerNameBefore(text: string, m: Mention, isTypeNoun: (noun: string) => boolean, namesKnown: (words: string) => boolean): boolean {
  if (titleCase(text)) return false;
  const head = CAPITALISED_HEAD_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (!head) return false;
  const word = head[2]!;
  const joined = head[3] !== undefined;
  const first = /^(?:|.*[.!?:;]\s*|\s*[-*+]\s*)$/su.test(head[1]!) && (head[1] !== '' || m.start <= 60);
  if ((first && !joined) || NO_NAME_WORD.test(word) || isMonthName(word) || /['’]s$/u.test(word)) return false;
  // (An acronym joined by "of" is a thing of the name, no name: "the API of X".)
  if (joined && /^\p{Lu}+$/u.test(word)) return false;
  // (Nor is a maker's or a family's name a pack knows before it: "[Halden Orin Nano 2](…)" is the pack's "Orin Nano 2".)
  const run = /(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+)*$/u.exec(head[1]!)?.[0] ?? '';
  if (namesKnown(`${run}${word}`)) return false;
  // (A company's legal form after the name makes it the company's own name: "Mara Quell of Ardent Inc.")
  const next = CAPITALISED_WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (next && LEGAL_FORM.test(next[1]!)) return false;
  // Without "of", the head is an acronym ("AFC X") or the end of a name of its own ("Queen's University X", "Radboud University
  // X"): not a noun after an article, as languages that capitalise nouns write it ("der Hersteller X", "Die Firma X"), nor a name
  // written in capitals whose given names stand before it ("DMITRI PAVEL ORSK").
  if (!joined) {
    const capitals = /^\p{Lu}+$/u.test(word);
    if (capitals && /^\p{Lu}[\p{Lu}\s.'’-]*$/u.test(m.text)) return false;
    const before = /(\p{Lu}[\p{L}\p{N}'’.-]*)\s+$/u.exec(head[1]!);
    if (!(capitals && word.length <= 5) && !(before && !ARTICLE_CAPITALISED.test(before[1]!))) return false;
  }
  return !isTypeNoun(word.toLowerCase());
}
/** A capitalised word (after what stands before it; a footnote's mark may follow it), perhaps "of" or its kin after it, right before a name. */
const CAPITALISED_HEAD_BEFORE = /(^|[\s\S]*[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}'’.-]*)(?:\[\d{1,3}\])?[ \u00a0]+((?:of|de|di|du|del|della|dei|degli)[ \u00a0]+(?:the[ \u00a0]+)?)?$/u;
/** An article written with a capital: it opens a noun phrase, no name. */
const ARTICLE_CAPITALISED = /^(?:The|A|An|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|La|Le|Les|El|Los|Las|Il|Lo|Gli|Un|Une|Una|Uno)$/u;
/** Capitalised words that are no part of a name: a sentence's function words, a date's era. */
const NO_NAME_WORD =
  /^(?:The|A|An|In|On|At|By|For|From|To|Of|And|Or|But|With|Within|Into|After|Before|During|Since|Until|Near|Around|Across|Through|Under|Over|Between|Among|Most|Much|Part|Parts|Some|All|Many|Each|Both|None|One|Much|Rest|Half|Later|Then|Today|When|While|Where|Although|Though|As|If|That|This|These|Those|Its|Their|His|Her|Our|Also|Nearby|Modern|Ancient|Medieval|Old|BC|BCE|AD|CE|I|It)$/u;

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
