// Prose events: a pack event's trigger in a clause, its participants (named in the clause, else in the
// sentence, the paragraph or the last event of the type) and its polarity (a negation before it or after it).
import { participantUnit } from '../unit-ordinals.js';
import { namedAsAnotherEvent } from '../event-dates.js';
import { findMentions, namesAUnit, ORGANISATION_TYPES, takesPart, type Mention } from '../../normalise/entities.js';
import { foldName, type Lexicon } from '../../packs/lexicon.js';
import type { EntityRef, Span, Value } from '../../types.js';
import type { PackEvent } from '../../packs/types.js';
import { BASED_ON, COMPARED_WITH, FIRST_VERSION, modifiesNounAfter, pastAffiliation, saidOfAnother } from '../subjects.js';
import { descriptionsOf, typeNounForOnly, typeNouns } from '../typing.js';
import { BEFORE_OR_UNTIL_WORDS, DEFINITE_ARTICLES } from '../figure-phrases.js';
import { distance, inside, wordsBetween } from '../words.js';
import { findDates, isMonthName } from '../../normalise/dates.js';
import { spacedPattern } from '../../packs/phrases.js';
import { endsLongerNameBefore, inLaterClause, modifiesClauseSubject, placeOfPassiveEvent, runsOnIntoLongerName } from './event-scope.js';
import { namesADivision } from '../divisions.js';

/** The clause around `at`: participants of an event are named in its own clause. */
const CLAUSE_BREAK = /[;；—，]|[,，]\s*但|,\s+(?:and|but|while|whereas|although|though|yet)(?![\p{L}])/giu;
function clauseOf(text: string, at: Span, breaks: readonly RegExpExecArray[] = [...text.matchAll(CLAUSE_BREAK)]): Span {
  let start = 0;
  let end = text.length;
  for (const m of breaks) {
    if (m.index + m[0].length <= at.start) start = m.index + m[0].length;
    else if (m.index >= at.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * After an event's word, in its clause, a part of an organisation the thing was made as, up to the name of the whole: "founded in
 * 2016 as a division of ", "launched as a subsidiary of the ", "gegründet als Tochter von ".
 */
const AS_PART_OF_AFTER =
  /^[^,;:.!?()]{0,40}?(?<![\p{L}])(?:as|als|comme|como|come|en\s+tant\s+que)\s+(?:(?:a|an|the|its|their|one|une?|una?|eine?|el|la|le|il)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:divisions?|subsidiar(?:y|ies)|units?|branch(?:es)?|arms?|spin-?offs?|offshoots?|imprints?|labels?|departments?|affiliates?|parts?|sister\s+compan(?:y|ies)|filiales?|filial(?:es)?|división|divisione|controllata|Tochter(?:gesellschaft|firma|unternehmen)?|Sparte|Abteilung)\s+(?:of|von|der|des|de|du|d['’]|del|della|di)\s+(?:(?:the|der|dem|la|le|el|il)\s+)?$/iu;

/** "ever" right before an event's word: "the best game ever released", "has ever launched", "jemals veröffentlicht". */
const EVER_BEFORE = /(?<![\p{L}])(?:ever|jemals)\s+$/iu;
/** After an event's word, the public domain a thing passes into: " into the public domain", " to the public domain". */
const PUBLIC_DOMAIN_AFTER = /^\s+(?:in)?to\s+the\s+public\s+domain(?![\p{L}])/iu;

/** Before a name inside a noun phrase: a determiner and a word or two ("The official ", "an early "). */
const DETERMINER_BEFORE_NAME = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|this|that|our)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
/** After it, a noun in lower case, then auxiliaries or adverbs only up to the event's word: " website ", " remake was ". */
const NOUN_THEN_VERB = /^\s+(\p{Ll}[\p{Ll}-]+)\s+(?:(?:was|were|is|are|has|have|had|been|being|be|then|later|also|first|finally|officially|formally|eventually|originally|initially|\p{Ll}+ly)\s+){0,3}$/u;
/** Words that may stand between a name and its verb and are no noun: "X itself launched", "X first launched". */
const NOT_A_NOUN = /^(?:itself|themselves|first|then|later|also|finally|officially|formally|eventually|originally|initially|again|once|soon|still|only|just|already|never|not|and|or|but|has|have|had|was|were|is|are|be|been|being|will|would|could|can|did|does|do|to|which|who|that)$|ly$/u;
/** Whether a negated trigger is one the pack says names the event with a manner (`mannerTriggers`): it denies the manner only. */
function deniesMannerOnly(event: PackEvent, word: string): boolean {
  return event.mannerTriggers?.some((t) => t.toLowerCase() === word.toLowerCase()) === true;
}
/** A name the event's word does not speak of (event-scope.ts): in a later clause, the start of a longer name, a noun's modifier. */
function outOfEventScope(lexicon: Lexicon, text: string, trigger: Span, m: Mention, eventWords: readonly Span[], types: readonly string[]): boolean {
  return inLaterClause(text, trigger, m) || placeOfPassiveEvent(text, trigger, m) || namesAnotherThing(lexicon, text, trigger, m, eventWords, types);
}
/** A name that is only part of another thing's name or phrase: the start of a longer name, a modifier of the clause's subject noun. */
function namesAnotherThing(lexicon: Lexicon, text: string, trigger: Span, m: Mention, eventWords: readonly Span[], types: readonly string[]): boolean {
  const isTypeNoun = (noun: string) => lexicon.pack.entityTypes.some((t) => types.includes(t.type) && t.headers.some((h) => h.toLowerCase() === noun));
  const namesKnown = (words: string) => findMentions(lexicon, words).some((n) => lexicon.entities.has(n.entity.id));
  return runsOnIntoLongerName(text, m, eventWords) || endsLongerNameBefore(text, m, isTypeNoun, namesKnown) || modifiesClauseSubject(text, m, trigger.start, isTypeNoun);
}
/** Whether the name nearest an event's word in its clause, nearer than the participant found (`found`), names another thing. */
function ownThingNearest(lexicon: Lexicon, text: string, trigger: Span, clause: Span, mentions: readonly Mention[], found: Mention | undefined, eventWords: readonly Span[], event: PackEvent): boolean {
  const own = mentions
    .filter((m) => takesPart(lexicon, event, m.entity) && inside(m, clause) && distance(text, m, trigger) <= PARTICIPANT_WINDOW && namesAnotherThing(lexicon, text, trigger, m, eventWords, event.participantTypes))
    .sort((a, b) => distance(text, a, trigger) - distance(text, b, trigger))[0];
  return own !== undefined && (found === undefined || distance(text, own, trigger) < distance(text, found, trigger));
}
/** Whether a name stands as a modifier of the noun that is the event's subject: "The official X website launched". */
function modifiesNounBefore(lexicon: Lexicon, text: string, m: Mention, triggerStart: number, types: readonly string[]): boolean {
  const between = NOUN_THEN_VERB.exec(text.slice(m.end, triggerStart));
  if (!between || NOT_A_NOUN.test(between[1]!) || !DETERMINER_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const noun = between[1]!;
  const singular = noun.replace(/s$/u, '');
  return !lexicon.pack.entityTypes.some((t) => types.includes(t.type) && t.headers.some((h) => [noun, singular].includes(h.toLowerCase())));
}

/**
 * Before a name, a version of it for a platform or a medium, named by its own words: "A Vireo 64 version of ", "the CD/DVD
 * edition of ", "an Amiga port of "; or a remake or another edition of it, by a word of the packs' `names.editions`: "a fan
 * remake of ", "the remake of ", "a compilation of ". Its release (or its non-release) is the version's, not the name's.
 */
function portOfBefore(lexicon: Lexicon): RegExp {
  let re = PORTS_OF.get(lexicon);
  if (!re) {
    const words = [...lexicon.editionWords].filter((w) => !PORT_WORDS.includes(w)).map(spacedPattern);
    const editions = words.length > 0 ? String.raw`|(?:[\p{L}\p{N}][\p{L}\p{N}/+.&-]*\s+){0,3}?(?:${words.join('|')})` : '';
    re = new RegExp(String.raw`(?<![\p{L}])(?:an?|the)\s+(?!${FIRST_VERSION})(?:(?:[\p{L}\p{N}][\p{L}\p{N}/+.&-]*\s+){1,3}?(?:${PORT_WORDS.join('|')})${editions})\s+of\s+(?:the\s+)?(?:\*\*|_|\*)?$`, 'iu');
    PORTS_OF.set(lexicon, re);
  }
  return re;
}
const PORT_WORDS = ['version', 'versions', 'edition', 'editions', 'port', 'ports', 'conversion'];

/**
 * "was reissued in 2001 and released as a budget title", "was ported to the Vireo as a cartridge release in 1983": an event's
 * word after a verb of a re-release or a port in its clause (made from a word of an edition, `names.editions`, that opens on
 * "re": "reissued", "remastered", "re-released"; or "ported"; lower case, a verb, not a title's word: "X Remastered") tells a later edition's event, not the thing's first one: no
 * event is read. (The event's own word after "re-", "was re-released", is the event again: variantAt.)
 */
function afterAgainOrPorted(lexicon: Lexicon, text: string, trigger: Span, clause: Span): boolean {
  return againVerb(lexicon).test(text.slice(clause.start, trigger.start));
}
function againVerb(lexicon: Lexicon): RegExp {
  let re = AGAIN_VERBS.get(lexicon);
  if (!re) {
    const stems = [...lexicon.editionWords].filter((w) => /^re[\p{L}-]+$/u.test(w) && !/(?:ed|s)$/u.test(w)).map((w) => w.replace(/e$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(String.raw`(?<![\p{L}-])(?:ported${stems.length > 0 ? `|(?:${stems.join('|')})e?d` : ''})(?![\p{L}])`, 'u');
    AGAIN_VERBS.set(lexicon, re);
  }
  return re;
}
const AGAIN_VERBS = new WeakMap<Lexicon, RegExp>();
const PORTS_OF = new WeakMap<Lexicon, RegExp>();

/** The longest quote an event may have, so that evidence stays readable. */
const MAX_EVENT_QUOTE = 120;

/** An event's quote: the trigger (with its negation) widened over the participants named in its clause. */
function quoteWithParticipants(text: string, core: Span, clause: Span, named: Mention[]): Span {
  const nearest = new Map<string, Mention>();
  for (const m of named.filter((n) => inside(n, clause))) {
    const best = nearest.get(m.entity.id);
    if (!best || distance(text, m, core) < distance(text, best, core)) nearest.set(m.entity.id, m);
  }
  const inClause = [...nearest.values()];
  let start = Math.min(core.start, ...inClause.map((m) => m.start));
  let end = Math.max(core.end, ...inClause.map((m) => m.end));
  // Keep parentheses balanced: "release a new model (X)".
  const opened = (text.slice(start, end).match(/\(/g)?.length ?? 0) - (text.slice(start, end).match(/\)/g)?.length ?? 0);
  if (opened > 0 && text[end] === ')') end++;
  if (end - start > MAX_EVENT_QUOTE) [start, end] = [core.start, core.end];
  return { start, end };
}

/** A run of capitalised words: a name no pack knows ("ASML", "Northgate Venture Partners"). */
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}`;
/** "led by X": the agent right after a trigger that ends in "by". */
const AGENT_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?(${CAPITALISED_RUN})`, 'u');
/** "X(光刻机巨头)领投": the agent right before a trigger, an aside allowed between. */
const AGENT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${CAPITALISED_RUN})\s*(?:[(（][^()（）]{0,20}[)）])?\s*$`, 'u');

/**
 * The agent a trigger names by its role when no pack knows the name: "led by X", "X 领投". Only for events
 * whose participants may be unknown names (`participantTypes` holds `unknown`).
 */
function agentByRole(text: string, trigger: Span): { start: number; end: number; entity: EntityRef } | undefined {
  const by = /by$/iu.test(text.slice(trigger.start, trigger.end));
  const m = by ? AGENT_AFTER.exec(text.slice(trigger.end, trigger.end + 60)) : AGENT_BEFORE.exec(text.slice(Math.max(0, trigger.start - 60), trigger.start));
  if (!m) return undefined;
  const name = m[1]!.replace(/[.'’-]+$/u, '');
  if (name.length < 2) return undefined;
  const start = by ? trigger.end + m[0].indexOf(m[1]!) : Math.max(0, trigger.start - 60) + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + name.length, entity: { id: foldName(name), name, type: 'unknown', mention: name, known: false } };
}

/**
 * "The “We Won’t Wait” mission launched", "No Rest for Larks lifted off": a negation word inside a name a pack lists is the
 * name's word, never the sentence's.
 */
function withinAKnownName(negation: Span, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.entity.known && m.start <= negation.start && negation.end <= m.end);
}

/** "did not just merge": a negation that scopes over "just", not over the event. */
const NOT_NEGATING = /^\s*(?:just|only|merely|simply|necessarily)(?![\p{L}])/iu;
/** A word a negation may stand before and still negate what follows: an auxiliary ("never has X launched", "no ha"). */
const AUXILIARY = /^(?:has|have|had|did|does|do|was|were|is|are|will|would|could|can|should|may|might|must|ha|han|hat|haben|hatte|est|sont|a|ont|è|sono|heeft|hebben|zijn)$/iu;

/**
 * "la cápsula no tripulada X ha aterrizado" (the uncrewed capsule X has landed): a negation before one word and a name,
 * with the trigger after that name, makes the word a negated adjective ("uncrewed"), not the event.
 */
function modifiesName(text: string, negation: Span, trigger: Span, mentions: readonly Mention[]): boolean {
  const name = mentions.find((m) => m.start > negation.end && m.end <= trigger.start);
  if (!name) return false;
  const word = /^\s+([\p{Ll}][\p{L}-]*)\s+$/u.exec(text.slice(negation.end, name.start));
  return word !== null && !AUXILIARY.test(word[1]!);
}

/** Before the name that opens a main clause: a determiner and a few words at most ("the Oslo-based rival X"), no verb or preposition. */
const OPENS_MAIN_CLAUSE =
  /^\s*(?:(?:the|a|an|its|their|this|le|la|les|l['’]|el|los|las|der|die|das|il|lo|o|a)\s*)?(?:(?!(?:after|before|than|like|as|with|without|of|in|on|for|from|to|by|at|is|was|are|were|has|had|have|be|been|and|or|but|which|who|that|it|he|she|they)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** A participle that opens a sentence: "Launched", "Founded", "Built", "Fondée", "Gegründet", "Fondata" (not a noun: "Launch of X took place"). */
const PARTICIPLE_WORD = /(?:ed|en|t|é|ée|és|ées|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie])$/iu;
/** A main clause that opens on a pronoun: "…, it is the second mission". */
const MAIN_CLAUSE_PRONOUN = /^\s*(?:it|he|she|they|il|elle|ils|elles|er|sie|es|él|ella)\s/iu;
/** A thing named by its kind: "the company", "公司", "该模型". */
const KIND_REFERENCE =
  /(?<![\p{L}])(?:(?:the|this|that)\s+(?:company|firm|startup|model|lab)|l['’]entreprise|la\s+société|la\s+empresa|la\s+compañía|a\s+empresa|a\s+companhia|l['’]azienda|la\s+società)(?![\p{L}])|公司|该公司|該公司|该模型|該模型|本公司/iu;
/** The same in German, whose verb may stand at the clause's end, further from its subject ("Das Unternehmen wurde 1989 gegründet"). */
const KIND_REFERENCE_VERB_LAST = /(?<![\p{L}])(?:das\s+Unternehmen|die\s+Firma|der\s+Konzern)(?![\p{L}])/iu;

/**
 * Between a subject and its verb, auxiliaries and adverbs of sequence ("was", "has been", "then", "wurde", "a été", "fue"): the
 * words the rules below let stand between a name, a pronoun or a type noun and the event's word.
 */
const BEFORE_VERB =
  '(?:was|were|is|are|has|have|had|been|being|be|then|later|also|first|finally|officially|formally|ist|wurde|war|hat|est|fut|a|été|fue|fueron|es|ha|han|sido|è|stato|stata|stati|state|era|fu|venne|viene|foi|foram|é)';
/** A clause that opens on a subject pronoun and at most a few auxiliaries before the event's word: "It was held", "He was born", "Er wurde". */
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*(?:it|he|she|they|il|elle|ils|elles|er|sie|es|él|ella)\s+(?:${BEFORE_VERB}\s+){0,3}$`, 'iu');
/** A passive's auxiliary after the clause's pronoun: "It was built", "It has been founded", "Es wurde gegründet". */
const PASSIVE_LEAD = /^\s*\p{L}+\s+(?:(?:has|had|have)\s+)?(?:was|were|been|is|are|wurde|wurden|fue|fueron|fut|été)\s/iu;
/** A clause that opens on the pronoun of a thing: "It was built", "Es wurde", "Il a été". */
const THING_PRONOUN_LEAD = /^\s*(?:it|es|il|elle)\s/iu;
/** The definite articles of the languages news is written in: "the club", "il club", "la squadra", "el equipo", "der Verein". */
const DEFINITE = String.raw`this|${DEFINITE_ARTICLES}`;
/** A clause that opens on an article and a noun or two: "The museum was", "Il club è stato", "Die Wahl wurde"; the noun is group 1. */
const ARTICLE_NOUN_SUBJECT = new RegExp(String.raw`^\s*(?:${DEFINITE})\s*([\p{L}-]+(?:\s+[\p{L}-]+)??)\s+(?:${BEFORE_VERB}\s+){0,3}$`, 'iu');
/**
 * A German clause that opens on an article, a noun or two and a passive's auxiliary, its participle last: "Der Verein wurde 1911
 * gegründet" (the noun is group 1).
 */
const ARTICLE_NOUN_VERB_LAST = /^\s*(?:der|die|das)\s+([\p{L}-]+(?:\s+[\p{L}-]+)??)\s+(?:wurde|wurden|ist|sind|war|waren)\s[^,;:.!?]*$/iu;
/**
 * The main clause after a participle's clause, opening on a definite noun: "the club plays", "la squadra gioca", "spielt der
 * Verein" (German puts its verb first there); the noun is group 1.
 */
const MAIN_CLAUSE_NOUN = new RegExp(String.raw`^\s*(?:(?!(?:als|wenn|weil|obwohl|nachdem|bevor|während|da|dass|ob)\s)\p{Ll}+\s+(?=(?:der|die|das)\s))?(?:${DEFINITE})\s*([\p{L}-]+)(?![\p{L}])`, 'iu');
/** A relative clause's opening up to the event's word, after the noun it is on: ", which ", ", which was first ", ", die ". */
const RELATIVE_ON_NOUN = /\s*,\s*(?:which|who|que|qui|die|der|das|che)\s+(?:(?!(?:a|an|the|its|their|un|une|ein|eine)\s)[\p{L}-]+\s+){0,3}$/iu;
/** "The museum was completed", "The election was called": a clause that opens on a type noun of a pack's type the event takes. */
function typeNounSubject(lexicon: Lexicon, lead: string, types: readonly string[]): boolean {
  return typeNounType(lexicon, lead, types) !== undefined;
}

/** A verb of founding: what it founds is its object ("founded a lab"), or its subject when it has none ("was founded"). */
const FOUNDING_VERB = /^(?:(?:co-?)?found(?:ed|s)|establish(?:ed|es)|creat(?:ed|es)|set\s+up|form(?:ed|s)|fund(?:ó|aron|a)|fond(?:a|èrent|ò|é|ée)|gründete|成立|创立|創立|创办|創辦|建立|设立|設立|창업|설립)$/iu;
/**
 * After a verb of founding, an object: " a research lab", " its own unit", " the partnership", " itself as", " una empresa",
 * "了一家公司", "了一个中心" (not "成立了十年", ten years since the founding; not "founded in", "founded by", "founded as").
 */
const OBJECT_AFTER_FOUNDING =
  /^\s+(?:a|an|the|its|their|his|her|our|this|that|another|several|two|three|four|five|new|itself|themselves|himself|herself|un|une|una|uno|la|le|les|el|los|las|sa|son|ses|su|sus|eine|einen|ein)(?![\p{L}])|^了(?![\d一二三四五六七八九十几两多]+(?:年|个月|個月|周|週|天))[^\s，。；：、,.;:!?！？]/iu;
/** Up to a conjunction that opens a clause of its own: "Work started in April 2017 and " (before "the bridge opened"). */
const BEFORE_COORDINATED_CLAUSE = /^.*(?<![\p{L}])(?:and|but|while|whereas|und|aber|et|mais|y|pero|e|ma)\s+(?=(?:the|this|der|die|das|le|la|l['’]|el)\s)/isu;
/** Before an event's noun that is its clause's subject: nothing, an article, a word ("The final breakthrough"). */
const EVENT_NOUN_SUBJECT = /^\s*(?:(?:the|its|their|this|that)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu;
/** After it, the clause's verb of happening: "The collision happened", "The final breakthrough came" (not "The opening was due in 2024"). */
const VERB_AFTER_NOUN = /^\s+(?:(?:has|had)\s+)?(?:happened|occurred|took\s+place|came|began|started|followed|ended)(?![\p{L}])/iu;
/** Whether the word at `trigger` is a noun the clause opens on and a verb follows ("Construction began", written as one trigger, or "The collision happened"), not a verb itself. */
function eventNounAsSubject(text: string, trigger: Span): boolean {
  const word = text.slice(trigger.start, trigger.end);
  if (/\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word)) return false;
  return VERB_AFTER_NOUN.test(text.slice(trigger.end, trigger.end + 24)) || /^\p{L}+\s+(?:began|started|ended|happened|occurred|took\s+place)$/iu.test(word);
}
/** After such a verb, a definite type noun as its object: " the studio", " this company" (not " the company's lab"). */
const DEFINITE_OBJECT = /^\s+(?:the|this)\s+([\p{L}-]+)(?![\p{L}'’-])(?!\s+of\s)/iu;
/** Right before such a verb, the object marker of Japanese or Korean: "Y社を設立した", "Y를 설립했다". */
const OBJECT_BEFORE_FOUNDING = /[を을를]\s*$/u;

/**
 * Whether an event's word is a verb of founding that founds something it names after it, or before it in Japanese and Korean
 * ("Corvane founded a research lab in 2018", "该公司于2009年成立了一家实验室", "established a partnership with"): the event is
 * that thing's, and the name before the verb its founder's.
 */
function foundsAnother(text: string, trigger: Span): boolean {
  if (!FOUNDING_VERB.test(text.slice(trigger.start, trigger.end))) return false;
  // "was founded the same year", "a été fondée le 3 mars", "Halden, founded a century ago": a passive or a participle's aside
  // has no object, and a time phrase is none.
  if (PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) || TIME_PHRASE_AFTER.test(text.slice(trigger.end, trigger.end + 30))) return false;
  if (OBJECT_AFTER_FOUNDING.test(text.slice(trigger.end, trigger.end + 16)) || OBJECT_BEFORE_FOUNDING.test(text.slice(Math.max(0, trigger.start - 3), trigger.start))) return true;
  // "had each established dedicated safety teams", "He founded Brightwell Inc. in June 2024": a noun no determiner opens, or a
  // capitalised name (no month, no weekday), right after an active verb of founding is its object too (a name a pack knows is
  // taken as the object below).
  // (A name in emphasis or quotes, or after a parenthesised word, is one too: "founded _(Sociedad) Brisk_", "founded "Brisk"".)
  const next = /^\s+[_*"“‘(]*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(trigger.end, trigger.end + 40))?.[1];
  if (next === undefined) return false;
  if (/^\p{Lu}/u.test(next)) return !isMonthName(next) && !WEEKDAY.test(next) && !NOT_AN_OBJECT.test(next);
  return !NOT_AN_OBJECT.test(next) && !/ly$/u.test(next);
}
/** A verb of bringing a thing out, in the past or the present ("launched", "releases", "unveiled", "rolled out"); not the noun "launch". */
const LAUNCH_VERB = /^(?:launch(?:ed|es)|releas(?:ed|es)|introduc(?:ed|es)|unveil(?:ed|s)|rolled\s+out|rolls\s+out|debut(?:ed|s))$/iu;
/** After such a verb, a determiner that opens an object of its own: " a card terminal", " its first app", " another tool", " two new plans". */
const OBJECT_AFTER_LAUNCH = /^\s+(?:(?:also|then|later|first|soon)\s+)?(?:a|an|its|their|his|her|our|another|several|two|three|four|five|new|un|une|una|uno|sa|son|ses|su|sus|eine|einen|ein)(?![\p{L}])/iu;

/**
 * Whether an event's word is an active verb of launching with an object of its own ("Brennerpay launched its first sticker in
 * 2018", "also launched a card terminal", "launched Ostral's first app"): the launch is that object's, not the subject's (a
 * company launches many things). "X launched in 2018", "X was launched", and a name a pack knows as the object are read as before.
 */
function launchesAnother(text: string, trigger: Span): boolean {
  if (!LAUNCH_VERB.test(text.slice(trigger.start, trigger.end))) return false;
  if (PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) || TIME_PHRASE_AFTER.test(text.slice(trigger.end, trigger.end + 30))) return false;
  if (OBJECT_AFTER_LAUNCH.test(text.slice(trigger.end, trigger.end + 24))) return true;
  // A capitalised word right after the verb (no month, no weekday, no grammar word): a name, its object.
  const next = /^\s+[_*"“‘]*(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(trigger.end, trigger.end + 40))?.[1];
  return next !== undefined && !isMonthName(next) && !WEEKDAY.test(next) && !NOT_AN_OBJECT.test(next);
}

/** A capitalised word, then an opening parenthesis right before an event's word: "Milo James (" of "Milo James (born …)". */
const NAME_THEN_PARENTHESIS = /(\p{Lu}[\p{L}\p{N}'’.-]*)\s*[(（]\s*$/u;
/** Between a verb of founding and the name it founds under: " as ", " in 1989 as the " (a date, a place before "as"). */
const AS_NAME_BETWEEN = /^(?:\s+(?:on|in|at)\s+[^,;:.!?]{1,30}?)?\s+as\s+(?:the\s+)?$/iu;
/** A verb of establishing (not of founding: "founded as a trading post" is a start). */
const ESTABLISH = /^establish(?:ed|es)?$/iu;
/** After it, "as" and a kind of thing, no name: " as a national park", " firmly as one of", " as the market leader". */
const STANDING_AS = /^\s+(?:(?:itself|themselves|firmly|well|now|quickly|already|long|solidly|securely)\s+)*as\s+(?:(?:a|an|the|one|its|their)\s+)?\p{Ll}/u;
/** Words after a verb of founding that open no object: prepositions, adverbs, conjunctions ("founded in", "established together"). */
const NOT_AN_OBJECT =
  /^(?:in|on|at|by|as|with|from|for|to|around|about|after|before|during|since|under|over|near|into|alongside|together|jointly|back|early|late|later|earlier|soon|then|there|here|and|or|but|when|while|which|who|whom|that|where|because|if|than|so|nearly|almost|just|only|also|first|itself|twice|once|independently|en|em|a|à|au|aux|dans|par|por|per|da|nel|nella|im|am|von|vom|mit|durch|de|del|della|des|du|el|la|le|les|il|lo|der|die|das|den|dem|in)$/iu;
/** A weekday's name: a date, no object ("founded Monday"). */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** Before a verb, what makes it a passive or a participle's aside: "was ", "had been ", "a été ", "wurde ", "X, ". */
const PASSIVE_BEFORE = /(?:(?<![\p{L}])(?:was|were|been|being|is|are|be|été|fut|wurde|worden|ist|est|fue|fu|foi)\s+(?:\p{L}+ly\s+|also\s+|first\s+)?|,\s*)$/iu;
/** After it, a time phrase or a date, no object: " the same year", " that autumn", " a year later", " le 3 mars", " a century ago". */
const TIME_PHRASE_AFTER =
  /^\s+(?:(?:a|an|the|that|this|two|three|several|le|la|el)\s+(?:[\p{L}-]+\s+)?(?:year|years|month|months|decade|decades|century|centuries|week|weeks|day|days|autumn|fall|spring|summer|winter|time|same|later|earlier|ago)(?![\p{L}])|(?:le|la|el|il)\s+\d)/iu;
/** Between a verb of founding and the name it founds: a determiner and a type noun or two ("the company ", "the retailer "; not "a partnership with "). */
const NAMED_OBJECT_BETWEEN = /^\s*(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:with|in|on|for|by|at|of|to|from|and|as)\s)[\p{L}-]+\s+){0,2}$/iu;
/** Between the verb and a name set beside its object's noun phrase: " its newest flagship phone, the " (of "unveiled its newest flagship phone, the X2"). */
const NAMED_APPOSITIVE_BETWEEN = /^\s*(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:(?!(?:with|in|on|for|by|at|of|to|from|and|as|which|that|who)\s)[\p{L}-]+\s+){0,4}(?!(?:with|in|on|for|by|at|of|to|from|and|as)\b)[\p{L}-]+,\s+(?:the\s+)?$/iu;
/**
 * Whether a name after an event's verb is set beside the verb's object as its appositive ("unveiled its newest phone, the X2",
 * "unveiled its newest reader, X2, in 2021"): "the" before it, or a comma or the clause's end after it. ("Compared with the
 * recently released SOTA models, X2 can still …" is no appositive: X2 opens the main clause.)
 */
function appositiveObject(text: string, trigger: Span, object: Span): boolean {
  const between = text.slice(trigger.end, object.start);
  return NAMED_APPOSITIVE_BETWEEN.test(between) && (/\bthe\s+$/iu.test(between) || /^\s*(?:[,;.)]|$)/u.test(text.slice(object.end, object.end + 4)));
}

/** The type whose noun opens the clause as its subject ("The group …": an act), among `types`. */
function typeNounType(lexicon: Lexicon, lead: string, types: readonly string[], clause: RegExp = ARTICLE_NOUN_SUBJECT): string | undefined {
  const m = clause.exec(lead);
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase();
  return lexicon.pack.entityTypes.find((t) => types.includes(t.type) && t.headers.some((h) => h.toLowerCase() === noun))?.type;
}

/**
 * Between a name and an event's word, a noun phrase that opens on a definite determiner and is the clause's subject: " the Y12
 * deprecation " (not "a", French's auxiliary in "X a été fondée").
 */
const OWN_SUBJECT_BETWEEN = new RegExp(String.raw`^\s+(?:the|this|its|their)\s+(?:[\p{L}\p{N}._-]+\s+){0,2}?([\p{L}-]+)\s+(?:${BEFORE_VERB}\s+){0,3}$`, 'iu');
/** Whether the words between a name and an event's word are a subject of their own, whose noun is of none of the event's `types`. */
function ownSubjectBetween(lexicon: Lexicon, between: string, types: readonly string[]): boolean {
  const m = OWN_SUBJECT_BETWEEN.exec(between);
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return !lexicon.pack.entityTypes.some((t) => types.includes(t.type) && t.headers.some((h) => h.toLowerCase().split(/\s+/u).at(-1) === noun));
}

/** After a name, the rest of a clause that reports who said it: "X spokesperson Y said", "said X", "told reporters". */
const SPEAKER_AFTER = /^[^,;:.!?]{0,60}?(?<![\p{L}])(?:said|says|told|added|stated|explained|noted|warned|dijo|afirmó|declaró|indicó|explicó|a\s+déclaré|a\s+dit|a\s+indiqué|sagte|erklärte|teilte|disse|afirmou|declarou)(?![\p{L}])/iu;
/** Right before a name, words that make it the source: "according to", "selon", "según", "laut", "segundo". */
const SOURCE_BEFORE = /(?<![\p{L}])(?:according\s+to|selon|según|laut|segundo|secondo)\s+(?:the\s+|la\s+|le\s+|el\s+|die\s+|der\s+|a\s+|o\s+)?$/iu;

/** Before a name, a ruling or a charge "against" it: "the verdict against ", "a fine of €2 million against ", "le jugement contre ". */
const PARTY_AGAINST =
  /(?<![\p{L}])(?:verdicts?|rulings?|judg(?:e)?ments?|fines?|penalt(?:y|ies)|awards?|injunctions?|decisions?|lawsuits?|suits?|cases?|claims?|actions?|complaints?|charges|sanctions?|orders?|jugement|arrêt|amende|sentencia|multa|demanda|sentenza|Urteil|Klage|Bußgeld)(?:\s+of\s+[^,;:.!?]{1,30}?)?\s+(?:against|contre|contra|contro|gegen)\s+(?:(?:the|la|le|l['’]|el|los|las|die|der|den|das)\s*)?$/iu;

/** Whether a name after the event's clause, set off by a comma, is who reports it ("…, the health office's spokesperson said"). */
function speaks(lexicon: Lexicon, text: string, trigger: Span, m: Mention, pageThings?: (types: readonly string[]) => EntityRef[]): boolean {
  if (SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  // "X said on Monday that the tribunal had issued a ruling": who announces a clause with a subject of its own is not in it
  // (but is in "X said that the company opened …", where a type noun of X's stands for X).
  // (Not where the page has named another thing of its type the description fits: that clause is of neither for sure.)
  const describesIt = (word: string) => typeNounForOnly(lexicon, word, m.entity, pageThings?.([m.entity.type]) ?? []);
  if (m.end <= trigger.start && saidOfAnother(text.slice(m.end, trigger.start), describesIt)) return true;
  return m.start >= trigger.end && /[,，]/u.test(text.slice(trigger.end, m.start)) && SPEAKER_AFTER.test(text.slice(m.end, m.end + 80));
}

/**
 * A participle that opens a clause after a comma: "connecting", "linking", "housing", "reliant", "abritant", "uniendo",
 * "verbindend", and the past participles of where a thing stands or what it was made after ("located", "set", "située",
 * "inspired", "inspirée", "ubicado", "gelegen"). A name in such a clause is said of the thing the clause hangs on, not the
 * subject of the main clause's verb.
 */
const CLAUSE_PARTICIPLE = String.raw`(?:\p{Ll}{2,}(?:ing|ant|ando|iendo|yendo|end)|(?:located|situated|set|sited|placed|positioned|standing|lying|nestled|perched|inspired|modell?ed|patterned|situ[ée]e?s?|plac[ée]e?s?|implant[ée]e?s?|install[ée]e?s?|inspir[ée]e?s?|calqu[ée]e?s?|ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|inspirad[oa]s?|gelegen|inspiriert))(?![\p{L}])`;
/**
 * Up to a name, a comma and such a participle's clause: after an event's word (", connecting the ", ", reliant le "), or as
 * an aside on the name before ("X, située sur la ", "X, located on ").
 */
const PARTICIPLE_CLAUSE_BEFORE = new RegExp(String.raw`[,，]\s*${CLAUSE_PARTICIPLE}[^,;:.!?]*$`, 'iu');
/**
 * Whether a name stands in a participle's clause set off by a comma from the event's verb: after the verb ("X was built in 1602,
 * connecting Y to …", "X a été construit en 1602, reliant Y à …"), or an aside closed by a comma before it ("X, located on Y in
 * Z, was erected", "X, située sur Y à Z, a été érigée"). Such a name says where or what the subject is; it is not the subject.
 */
function inParticipleClause(text: string, trigger: Span, m: Mention): boolean {
  if (m.start >= trigger.end) return PARTICIPLE_CLAUSE_BEFORE.test(text.slice(trigger.end, m.start));
  if (m.end > trigger.start) return false;
  return PARTICIPLE_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) && /^[^,;:.!?]*[,，][^,;:.!?]*$/u.test(text.slice(m.end, trigger.start));
}

/** Right before an event's word, a preposition of time that takes it as having happened: "after release", "since its launch", "seit der Gründung". */
const HAPPENED_BEFORE_EVENT = /(?<![\p{L}])(?:after|since|following|upon|seit|depuis|desde|dopo|dal|dalla)\s+(?:(?:the|its|their|his|her|der|dem|seiner|ihrer|sa|son|su|la|el|il)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** A clause that opens on a possessive and a noun, then an appositive that relates it to a name: "Her father, the younger brother of ", "Son épouse, la fille de " (not "Its successor, the "). */
const POSSESSED_SUBJECT_ASIDE = /^\s*(?:her|his|their|its|our|my|ihr|ihre|sein|seine|sa|son|ses|su|sus|la\s+sua|il\s+suo|sua|suo)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*,\s*(?:the|a|an|der|die|das|la|le|el|il|lo|un|une|una|ein|eine)\s[^,;:]*(?<![\p{L}])(?:of|von|des|de|du|del|della|di)\s+(?:the\s+|der\s+|la\s+|le\s+|el\s+)?$/iu;
/** Verbs that move a planned event to a later time: "pushed back", "postponed", "delayed", "verschoben", "reporté". */
const MOVED = String.raw`pushed\s+back|postponed|delayed|deferred|rescheduled|put\s+off|verschoben|reporté(?:e|es|s)?|aplazad[oa]s?|pospuest[oa]s?|rinviat[oa]|posticipat[oa]|adiad[oa]s?`;
/**
 * "The opening has been pushed back", "the launch was postponed", "X postponed the opening", "开通时间推迟": a plan moved to a
 * later time, no event; the verb governs the event's word (not "opened in 2026 after delays", "the delayed opening", "Line 7,
 * which had been delayed, opened"): right after it, or right before it as its verb.
 */
const POSTPONED_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+)?[^,;:.!?]{1,40}?)?\s+(?:has|have|had|was|were|is|are|will\s+be|would\s+be|wurde|wurden|ist|a\s+été|fue|fueron|è\s+stat[oa]|foi)\s+(?:been\s+)?(?:\p{L}+ly\s+|again\s+|once\s+more\s+|twice\s+)?(?:${MOVED})(?![\p{L}])|^(?:时间|日期)?(?:再次|一再)?(?:延期|推迟|推遲|延後)`,
  'iu',
);
const POSTPONED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${MOVED})\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?$|(?:推迟|推遲|延期)$`, 'iu');
/** After a German verb in second place, its negation a few words on in its clause: "Korvel heiratete nie.", "Der Zug fuhr 2024 nicht." */
const NEGATED_AFTER_VERB = /^(?:\s+[^\s,;:.!?]+){0,2}?\s+(?:nie|niemals|nicht|nimmer)\s*(?:[.;:!?]|$)/u;
/** After a name that opens a German clause, a passive's or a state's auxiliary: "Korvel wurde", "Die Firma ist" (not "X hat … gegründet", which founds another thing). */
const AUXILIARY_AFTER_NAME = /^\s+(?:wurde|wurden|ist|sind|war|waren|wird|werden)\s/u;
/** After a name that opens a German clause, an active auxiliary: "Die Agentur hatte X am … zugelassen" (the name is the agent). */
const ACTIVE_AUXILIARY_AFTER_NAME = /^\s+(?:hat|hatte|haben|hatten)\s/u;
/** Before a name, German's "von"/"vom" that names the agent of a passive: "X wurde am … von der Agentur zugelassen". */
const VON_BEFORE_NAME = /(?<![\p{L}])(?:von|vom)\s+(?:(?:der|dem|den)\s+)?$/iu;
/** Right after a verb, the end of its clause. */
const VERB_LAST_CLAUSE_END = /^\s*(?:[.;:!?,]|$)/u;
/** How far (in words) an event's negation may stand before its trigger. */
const NEGATION_WINDOW = 5;
/** After an event's word, German's "es … nicht" closing its clause: "Einen Rückruf des eQ5 gab es nicht." (not "kommentierte X nicht"). */
const NICHT_CLOSES = /^[^,;:.!?]{0,60}?\s(?:gab|gibt|hat|hatte)\s+es\s+(?:[\p{L}]+\s+){0,2}?(?:nicht|nie|niemals)(?:\s+(?:gegeben|stattgefunden))?\s*(?:[.;:!?]|$)/u;
/** Words that open another clause with a subject of its own: "while the levee held", "even though the event was cancelled". */
const OTHER_CLAUSE_WORD = /(?<![\p{L}])(?:while|but|and|or|though|although|after|before|when|as|because|since|whereas|which|that|who|während|aber|und|als|weil|mais|et|quand|pero|y|cuando)(?![\p{L}])/iu;
/** A verb of granting at or just before an event's word: "granted full approval", "awarded", "issued" (not "a follow-up to"). */
const GRANTING = /(?<![\p{L}])(?:grant(?:s|ed|ing)?|award(?:s|ed|ing)?|issu(?:es|ed|ing)|gave|given|gives|accord(?:s|ed)?|confer(?:s|red)?|extend(?:s|ed))(?![\p{L}])/iu;
/** Between an event's word and the name it goes to: " to ", " for the ", " on 14 March 2025 to ". */
const GRANTED_TO_BETWEEN = /^(?:\s+[^\s,;:.!?]+){0,4}?\s+(?:to|à|a)\s+(?:the\s+)?$/iu;
/** Between an agent opening the clause and the event's word: the verb's auxiliaries at most ("", " has ", " formally "). */
const AGENT_THEN_VERB = /^\s*(?:(?:has|have|had|was|is|also|formally|finally|officially|on\s+\S+\s+\S+(?:\s+\d{4})?,?)\s+)*$/iu;
/** After an event's word, "by" and the agent: " by the ", " on 14 March by ". */
const BY_AFTER_EVENT = /^(?:\s+[^\s,;:.!?]+){0,4}?\s+(?:by|von|par|por|da)\s+(?:the\s+|der\s+|la\s+|le\s+|el\s+)?$/iu;
/**
 * A verb of receiving or holding before an event's word, in its clause: "received a licence", "obtained", "was granted", "holds",
 * "erhielt", "a obtenu", "recibió", "recebeu", "ha ottenuto", "获得" (its subject is who receives the event).
 */
const RECEIVING = /(?<![\p{L}])(?:receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|got|gets|won|wins|(?:was|were|been|be|is|are)\s+(?:granted|awarded|issued|given)|holds?|held|erhielt|erhielten|erhalten|erhält|bekam|bekommen|besitzt|hält|reçu|reçoit|obtenu|obtient|détient|recibió|recibe|recibido|obtuvo|obtiene|obtenido|posee|recebeu|recebe|recebido|obteve|obtém|obtido|detém|ricevuto|riceve|ottenuto|ottiene|detiene)(?![\p{L}])|获得|獲得|取得|拿到|持有/iu;
/** Between an event's word and who grants it in a receiving shape: " from the ", " von der ", " de la part de ", " por parte de ", " por la ". */
const GRANTER_BETWEEN = /^(?:\s+[^\s,;:.!?]+){0,3}?\s+(?:from|von|vom|de\s+la\s+part\s+(?:de|du|des)|por\s+parte\s+de|por|da\s+parte\s+d[ei]|dal|dalla)\s+(?:(?:the|der|dem|den|la|le|les|l['’]|el|los|las|il|lo)\s*)?$/iu;
/** Before an event's word, a present passive: "is ", "are now ", "est ", "ist ", "es ", "è ", "é ". */
const PRESENT_BEFORE = /(?<![\p{L}])(?:is|are|est|sont|ist|sind|es|son|è|sono|é|são)\s+(?:(?:now|also|still|désormais|aussi|jetzt|auch|ahora|también|ora|anche|agora|também)\s+)?$/iu;
/** After it, the terms it is out under: " under the ", " sous licence ", " bajo la ", " unter der ", " sotto ", " sob a ". */
const PRESENT_UNDER = /^\s+(?:under|sous|bajo|unter|sotto|sob)\s+(?:(?:the|a|an|its|la|le|el|der|die|dem|den|il|lo|o)\s+|l['’]\s*)?(?:(?:licen[cs]e|licencia|licença|licenza|Lizenz)\s+)?(?:(?:the|la|le|el|der|die|dem|il)\s+)?/iu;
/**
 * After a name, a possessive and a document about it, then the verb's auxiliaries: "'s technical report will be ", "'s paper was ",
 * "的技术报告将于本月晚些时候", "的论文已": the event is the document's.
 */
const DOCUMENT_NOUN = String.raw`(?:technical\s+|research\s+|white\s+|system\s+|model\s+)?(?:report|paper|papers|documentation|study|card|blog\s+post|notes)`;
const POSSESSED_DOCUMENT_BEFORE_EVENT = new RegExp(
  String.raw`^(?:['’]s\s+(?:[\p{L}-]+\s+)?${DOCUMENT_NOUN}\s+(?:(?:will|would|was|were|is|are|has|have|had|been|be|being|later|also|now|finally|officially|first)\s+){1,3}|的(?:技术报告|技術報告|报告|報告|论文|論文|文档|文檔|说明文档)[^，。；！？,;]{0,12}?)$`,
  'iu',
);
/** Whether the text between a name and an event's word says the event is of a document about the name. */
/** Between a name and a verb of founding, a possessive and a noun of what it owns: "'s alignment team, ", "'s Y Lab was ". */
const POSSESSED_BEFORE_FOUNDING = /^['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+(?:\s*,\s*(?:(?:which|that)\s+)?|\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:\p{L}+ly\s+|also\s+|first\s+)?)$/iu;
/** A passive's auxiliary that opens a pack's trigger: "was founded", "has been established". */
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+/iu;
const possessedThing = (between: string): boolean => POSSESSED_DOCUMENT_BEFORE_EVENT.test(between);
/** After a family's name, a plural noun of its members or of several events: "X models", "X variants", "X releases", "X-Modelle". */
const MEMBERS_AFTER_NAME = /^[\s-]*(?:models|variants|versions|members|checkpoints|sizes|releases|launches|Modelle|Varianten|modèles|versions|modelos|versiones|modelli|versioni)(?![\p{L}])/iu;
/** A negative determiner before a noun: "No show", "Kein Flug", "Aucun concert", "Ningún vuelo", "Nessun volo", "Geen vlucht". */
const NEGATIVE_DETERMINER = /^(?:no|kein|keine|keinen|aucun|aucune|ningún|ninguna|nenhum|nenhuma|nessun|nessuna|nessuno|geen)\s+(?!(?:doubt|wonder|longer|matter|sooner|surprise|less|fewer|more|later|earlier|one|way)(?![\p{L}]))\p{L}/iu;
/** Between such a determiner and the event's word, a subordinate clause: "No one was hurt when the dam breached". */
const SUBORDINATE_BETWEEN = /(?<![\p{L}])(?:when|after|before|as|while|because|since|until|once|if|where|whereas|although|though|wenn|als|nachdem|weil|quand|lorsque|après|avant|cuando|después|antes|quando|dopo|prima)(?![\p{L}])|[,;:]/iu;
/**
 * A use an event is restricted to: "for use during pregnancy", "for use together with X", "for children", "in patients with …",
 * "for the treatment of", "in combination with", "for this indication", "chez l'enfant", "bei Kindern", "in der Schwangerschaft",
 * "en niños", "nei bambini", "em crianças". A negation of a restricted use is no negation of the event (one of a place is:
 * "not approved for use in any country").
 */
const PEOPLE = String.raw`children|adults|adolescents|teenagers|infants|babies|newborns|patients|people|women|men|pregnant|elderly|the\s+elderly|older|younger|minors|kids`;
/** Up to two words that describe a group before its noun ("pediatric patients", "older adult patients"), not "any", "all", "every". */
const GROUP_WORDS = String.raw`(?:(?!(?:any|all|every)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}`;
/** A group's adjective before "use": "for pediatric use", "for adult use". */
const GROUP_USE = String.raw`for\s+(?:pediatric|paediatric|adult|geriatric|adolescent|neonatal|juvenile)\s+use`;
const RESTRICTED_USE = String.raw`(?:for\s+use\s+(?:during|by|with|together|alongside|among|as|after|before|in\s+(?:pregnancy|combination))|for\s+(?:the\s+)?(?:treatment|prevention)\s+of|in\s+combination\s+with|together\s+with|alongside|${GROUP_USE}|for\s+(?:use\s+in\s+)?${GROUP_WORDS}(?:${PEOPLE}|those)(?!\s+of\s+(?:any|all|every)(?![\p{L}]))|in\s+${GROUP_WORDS}(?:${PEOPLE}|pregnancy)|during\s+(?:pregnancy|breast-?feeding|lactation)|while\s+(?:pregnant|breast-?feeding)|for\s+(?:this|that|the|a|an|another|other|additional|further|new|second|broader|wider)\s+(?:[\p{L}-]+\s+)?indications?|pour\s+(?:une\s+)?(?:utilisation|usage)|pendant\s+la\s+grossesse|pour\s+les\s+(?:enfants|adultes|adolescents|femmes|patients)|chez\s+(?:les|la|le)|en\s+association\s+avec|für\s+(?:die\s+)?(?:Anwendung|Behandlung|Kinder|Jugendliche|Erwachsene|Schwangere|Patienten)|bei\s+(?:Kindern|Jugendlichen|Erwachsenen|Schwangeren|Patienten)|(?:in|während)\s+der\s+(?:Schwangerschaft|Stillzeit)|in\s+Kombination\s+mit|para\s+(?:su\s+|el\s+|o\s+)?(?:uso|tratamiento|tratamento)|en\s+(?:niños|adultos|adolescentes|embarazadas|pacientes|mujeres)|durante\s+el\s+(?:embarazo|lactancia)|para\s+(?:niños|adultos|adolescentes|embarazadas|pacientes|mujeres|crianças|grávidas)|en\s+combinación\s+con|per\s+(?:l['’]\s*)?(?:uso|impiego|trattamento)|nei\s+(?:bambini|pazienti|adulti|ragazzi)|nelle\s+(?:donne|pazienti)|in\s+gravidanza|durante\s+(?:la\s+)?(?:gravidanza|gravidez|gestação)|per\s+(?:i\s+)?(?:bambini|adulti|pazienti)|in\s+combinazione\s+con|em\s+(?:crianças|adultos|adolescentes|grávidas|gestantes|pacientes|mulheres)|em\s+combinação\s+com)(?![\p{L}])|(?:pour\s+l['’]\s*(?:utilisation|usage)|chez\s+l['’]|pendant\s+l['’]allaitement)`;
/**
 * After a negated trigger, what the negation is about instead of the event: a manner ("under Apache 2.0"), or a use the
 * event is restricted to (RESTRICTED_USE).
 */
const MANNER_AFTER = new RegExp(String.raw`^\s*(?:(?:under|as|via|through)(?![\p{L}])|${RESTRICTED_USE})`, 'iu');
/**
 * Between a negation and an event's noun, a verb of the negation's own and a preposition that opens the noun's phrase:
 * " included in the 3.1.0 ", " been mentioned in the " (auxiliaries and "yet", "even" may stand before the verb; the verb a
 * participle, not a noun: "No schools in X have been closed" denies the closures). Not a verb
 * of taking part ("never participated in any talks", "did not take part in", "was not involved in"): denying one's part in
 * an event denies the event of its participants.
 */
const NEGATES_ANOTHER_VERB =
  /^\s*(?:(?:be|been|being|yet|even|ever|also|always)\s+)*(?!(?:be|been|being|have|has|had|do|does|did)\s)(?!(?:participat|engag|involv|join|attend|tak|took|held|hold|conduct|enter)\p{L}*\s)(?:\p{L}+(?:ed|en|wn)|made|put|set|built|sent|kept|left|brought|found|said)\s+(?:in|into|from|with|within|for|at|on|of|by|during)\s+(?:[^\s,;:!?]+\s+){0,4}$/iu;
/** Before a negated trigger, in verb-final clauses: "ist für Kinder nicht zugelassen", "For use in children, X has not been approved". */
const RESTRICTED_USE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RESTRICTED_USE}`, 'iu');
/** Right before a name, "by" and up to three words: the agent of a passive ("released by X", "founded by the X"). */
const BY_AGENT_BEFORE = /(?<![\p{L}])by\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** "by his nephew, X", "by the regent, X": a name in apposition to a description after "by" (a determiner and a word or two). */
const BY_AGENT_APPOSED_BEFORE = /(?<![\p{L}])by\s+(?:the|his|her|their|its|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*\s*,\s*(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** An event's word in the passive: an auxiliary right before it or opening the trigger, or "by" right after it ("succeeded by X"). */
const PASSIVE_AUXILIARY_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
const PASSIVE_AUXILIARY_OPENS = /^(?:was|were|been|being|is|are|be)\s/iu;
function passiveAt(text: string, trigger: Span): boolean {
  return PASSIVE_AUXILIARY_OPENS.test(text.slice(trigger.start, trigger.end)) || PASSIVE_AUXILIARY_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) || /^\s+by\s/iu.test(text.slice(trigger.end, trigger.end + 5));
}
/** Right after an active verb, its object: a pronoun of a person, or a noun phrase a determiner opens ("killed him", "deposed his uncle"). */
const OBJECT_RIGHT_AFTER = /^\s+(?:(?:him|them)(?![\p{L}])|her(?=\s*[.,;:!?])|(?:the|his|her|their|its|a|an)\s+\p{L})/iu;
/** Right before a name, a preposition (a determiner and a word of rank between): "son of King ", "after the death of ". */
const NAME_AFTER_PREPOSITION = /(?<![\p{L}])(?:of|to|from|with|by|for|against|over|under|after|before|than|beside)\s+(?:(?:the|his|her|their|its|a|an)\s+)?$/iu;
/** How far (in words) a participant may stand from a one-participant event's trigger. */
const PARTICIPANT_WINDOW = 6;
/** Bounds that keep one pathological sentence linear: prose never comes near them. */
const MAX_EVENT_TRIGGERS = 12;

/** After an event's word, the whole of a thing: "the full model", "the final version", "the complete release". */
const WHOLE_THING_AFTER = /^\s+the\s+(?:full|final|complete|finished|whole|entire|stable)\s+([\p{L}-]+)(?![\p{L}'’-])(?!\s+(?:of|for)\s)/iu;
/** Words for a thing's whole version, whatever its type: "the final version" ("the stable release" may be anyone's). */
const WHOLE_THING_WORD = /^(?:version|edition|product)$/u;
/** A subject that is another's rival: "Rival X released the full model", "its competitor". */
const RIVAL_WORD = /(?<![\p{L}])(?:rivals?|competitors?|another|other)(?![\p{L}])/iu;

/** A preview's noun, in the languages of the built-in pack's events and a few more: what was shown was not the thing itself. */
const PREVIEW_NOUN = String.raw`(?:preview|previews|demo|demos|demonstration|beta|betas|teaser|teasers|sneak\s+peek|early\s+look|aperçu|préversion|démo|bêta|vista\s+previa|avance|versión\s+beta|Vorschau|Vorabversion|Betaversion|Beta-Version|anteprima|versione\s+beta|prévia|pré-visualização|versão\s+beta)`;
/** After an event's word: "a preview of", "an early beta version of", "un aperçu de", "una vista previa de", "eine Vorschau auf". */
const PREVIEW_AFTER = new RegExp(
  String.raw`^\s+(?:(?:a|an|the|its|their|his|her|un|une|una|uno|um|uma|ein|eine|einen|sa|son|su|sua|seine|ihre)\s+)?(?:(?:first|early|limited|public|private|closed|open|research|developer|technical|brief|première|primera|primeira|prima|erste|ersten)\s+){0,2}${PREVIEW_NOUN}(?:\s+(?:version|release|build))?\s+(?:of|for|de|du|des|d['’]|del|di|della|do|da|von|vom|auf|zu)(?![\p{L}])`,
  'iu',
);
/** After a Chinese event's word, in its clause: "发布了X预览版", "推出测试版". */
const PREVIEW_AFTER_HAN = /^[^。！？!?]{0,30}?(?:预览版|預覽版|测试版|測試版|公测版|公測版|内测版|內測版|演示版|体验版|體驗版|尝鲜版|嘗鮮版)/u;
/** Before a Japanese event's word: "Xのプレビュー版を公開した". */
const PREVIEW_BEFORE = /(?:プレビュー版|ベータ版|デモ版|体験版|試用版|プレビュー|ベータ)(?:を|が)?\s*$/u;
/** "… and died", "… and disclosed it", "… und starb", "… et est mort": a verb joined to one before it, which has its subject. */
const COORDINATED_VERB = new RegExp(String.raw`(?<![\p{L}])(?:and|und|et|y|e)\s+(?:${BEFORE_VERB}\s+){0,2}$`, 'iu');
/** How far (in words) the subject of a coordinated verb may stand before it. */
const COORDINATED_WINDOW = 16;
/** Before a name that opens its sentence: nothing, or an article. */
const OPENS_SENTENCE = /^\s*(?:the\s+|der\s+|die\s+|das\s+|le\s+|la\s+|l['’]\s*|el\s+)?$/iu;
/** Nouns of kin, grammar words of each language the readers know (as pronouns are): a relative of a person is another person. */
const KIN =
  String.raw`(?:father|mother|parents?|sons?|daughters?|child|children|wife|husband|spouse|widow|widower|brothers?|sisters?|siblings?|half-brother|half-sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|grandparents|stepfather|stepmother|stepson|stepdaughter|fiancée?|père|mère|fils|fille|épouse|mari|époux|frère|sœur|soeur|oncle|tante|cousine?|grand-père|grand-mère|enfants?|padre|madre|hij[oa]s?|espos[oa]|marido|herman[oa]s?|tí[oa]|prim[oa]|abuel[oa]|Vater|Mutter|Eltern|Sohn|Söhne|Tochter|Töchter|Ehefrau|Ehemann|Bruder|Brüder|Schwester|Onkel|Tante|Großvater|Großmutter|Kinder|moglie|marito|figli[oa]?|fratello|sorella|zi[oa]|nonn[oa]|pai|mãe|filh[oa]s?|irmã|irmão|avô|avó)`;
/**
 * A noun of kin as the clause's subject, right before the event's word (auxiliaries, a negation, an adverb between): "Her father
 * died", "X's younger brother was killed", "her brother Tomas died", "Her husband, a pilot, was killed", "Son père est mort".
 */
const KIN_SUBJECT = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:his|her|their|its|my|our|your|whose|the|a|an|one|son|sa|ses|leur|leurs|su|sus|sein|seine|seinen|ihr|ihre|ihren|der|die|das|el|la|le|il\s+suo|la\s+sua|suo|sua|seu|o\s+seu|a\s+sua|[\p{L}.-]+['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?${KIN}(?:\s+[\p{L}'’-]+){0,2}?(?:\s*,[^,;:.!?]{1,80},)?\s+(?:(?:${BEFORE_VERB}|not|never|ne|pas|nicht|no|non)\s+){0,3}$`,
  'iu',
);
/** After a person's name, a noun of the family or its members as a group: "the X family", "the X brothers", "la famille X" aside. */
const FAMILY_AFTER = /^\s+(?:family|families|household|clan|brothers|sisters|siblings|children|parents|familia|Familie|famiglia|família)(?![\p{L}])/iu;
/** Right after a name, the possessive: "'s", "’s", "'" (the name owns the noun after it, which is the clause's subject). */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
/** Right before an event's word, a capitalised name's possessive and at most two words in lower case: "Wemmick's ", "Halden AG's planned ". */
const NAME_POSSESSIVE_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** Before a capitalised word, a determiner that makes it a noun of a description ("the Company's", "its Group's"). */
const DETERMINER_RIGHT_BEFORE = /(?<![\p{L}])(?:the|a|an|its|their|this|that|our|his|her)\s+$/iu;
/** Right after an event's verb, a "that"-clause as its object ("discovered that the tables were wrong"), not "that" of a time ("that year"). */
const THAT_CLAUSE_AFTER = /^\s+that\s+(?!(?:year|month|week|day|night|morning|evening|afternoon|spring|summer|autumn|fall|winter|season|decade|century|time)(?![\p{L}]))/iu;
/** Negation words between an aside and its verb: "n'a toujours pas été", "has not yet been", "no ha sido", "wurde noch nicht". */
const NEGATION_BEFORE_VERB = '(?:not|never|yet|still|ne|pas|toujours|jamais|encore|no|todavía|aún|nunca|nicht|noch|nie|non|ancora|mai)';
/**
 * Between a name and its verb, an aside set off by commas and at most an auxiliary: "X, which has a capacity of 760 MW,
 * was commissioned", "The X wind farm, a 310 MW plant near Y, was …", "X, the biggest blaze of the season, was …",
 * "X, el mayor incendio del año, fue …", "X, Calder Grid's largest project to date, was …", "X, a 400 MW lithium iron phosphate
 * (LFP) battery, entered …", "X, a line running 9.8 km to Y, opened …" (a head noun or two may stand before the comma; a
 * figure's decimal point or thousands comma breaks no aside).
 */
const ASIDE_THEN_VERB = new RegExp(
  String.raw`^(?:\s+[\p{L}\p{N}-]+){0,2}\s*,\s*(?:(?:which|who|whose|a|an|the|its|their|his|her|one|el|la|los|las|le|les|un|une|una|der|die|das|ein|eine|o|os|um|uma|il|lo)\s|l['’]|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]s\s|(\p{L}[\p{L}-]*\s+[\p{L}-]+\s))(?:[^,;:.!?()]|(?<=\d)[.,](?=\d)|\([^()]{0,30}\)){1,120},\s*(?:(?:${BEFORE_VERB}|${NEGATION_BEFORE_VERB})\s+|n['’]){0,5}$`,
  'iu',
);
/** (An aside with no article opens on a common noun in lower case: "X, version allongée de l'avion, n'a …".) */
const beforeAside = (text: string, from: number, to: number): boolean => {
  const m = ASIDE_THEN_VERB.exec(text.slice(from, to));
  return m !== null && (m[1] === undefined || /^\p{Ll}/u.test(m[1]));
};
/**
 * Before an event's word, a relative clause right after a name ("Vento-1, which the company ", "Korra Base, qui a été ", "Vento-1,
 * que la empresa "): the name (capitalised words, or a code) is group 1.
 */
/** Between a name and the place it stands in: " in ", " at ", " à ", " en ", " bei ". */
const PLACE_AFTER_NAME = /\s+(?:in|at|near|en|à|au|bei|em|nel|nella|a)\s+$/iu;
const RELATIVE_ON_NAME =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’.-]*(?:[ -](?:\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}[\p{L}\p{N}.]*))*)\s*,\s*(?:which|who|whom|that|qui|que|qu['’]|lequel|laquelle|quien|quienes|el\s+cual|la\s+cual|che|il\s+quale|la\s+quale|o\s+qual|a\s+qual|welches|welcher|welche)\s*(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * Between a name and an event's word, a relative clause or an appositive that opens on the name: ", which was ", ", a smaller
 * satellite ", and German's verb-final ", der am 28. September 2025 in China ".
 */
const CLAUSE_ON_NAME =
  /^\s*,\s*(?:(?:which|who)\s+(?:[\p{L}-]+\s+){0,3}|(?:a|an|the|its|one)\s+(?:[^,;:.!?()]|(?<=\d)[.,](?=\d)){0,60}?|(?:der|die|das|den|dem)\s+(?:[^,;:!?()]|\d\.){0,80}?)$/iu;

/** Between a clause's subject and its verb: auxiliaries, negations and adverbs, a few words with no mark ("has not", "non ha"). */
const SUBJECT_TO_VERB = /^(?:\s+[\p{Ll}'’]+){0,3}\s*$/u;
/** A clause that opens on a personal pronoun right before its verb (auxiliaries, negations between): "He joined", "Lui ha firmato". */
const PERSON_PRONOUN_SUBJECT = /(?:^|[.;:!?]\s*|,\s*(?:and|but|e|y|et)\s+)(?:he|she|lui|lei|egli|ella|él|il|elle|er)(?:\s+[\p{Ll}'’]+){0,3}\s*$/iu;
/**
 * After "il", what makes it the French pronoun rather than the Italian article ("Il presidente ha firmato" names no one): a
 * French auxiliary, negation or clitic right after it ("Il a rejoint", "Il n'a pas signé", "Il s'est engagé").
 */
const FRENCH_AFTER_IL =
  /^\s*il\s*(?:n['’]|s['’]|l['’]|m['’]|(?:ne|se|y|en|lui|leur|me|a|avait|aura|aurait|eut|est|était|sera|serait|fut|va|allait|vient|venait|doit|devait|pourrait|devrait)(?![\p{L}'’]))/iu;
/** Between a verb and its object, the opening of another clause: a conjunction or a relative pronoun. */
const ANOTHER_CLAUSE_BETWEEN = /(?<![\p{L}])(?:and|but|or|while|after|before|when|which|who|that|because|since|y|e|o|pero|ma|mais|et|ou|und|aber|oder|che|que|qui|dopo|después|après|nachdem|prima|antes|avant|tras)(?![\p{L}])|[;:()]/iu;
/** How many words may stand between a verb and its object ("firmó hoy, 29 de agosto de 2025, su contrato con el X"). */
const OBJECT_WINDOW = 12;
/**
 * The subject and the object of a one-participant event's verb, when the event takes names of two types and the clause names
 * one of each ("Rafe Tollund joined Fenwold Albion"): the subject ends right before the event's word, auxiliaries and a negation
 * between; the object is the first name of the other type after it, in the same clause. A personal pronoun as the subject ("He
 * joined X") stands for `person`, if any. (Not a family and its member: a family holds its models.)
 */
function subjectAndObject(
  text: string,
  trigger: Span,
  clause: Span,
  fitting: readonly Mention[],
  types: readonly string[],
  person: ((types: readonly string[]) => EntityRef | undefined) | undefined,
): EntityRef[] | undefined {
  if (fitting.some((m) => m.entity.type === 'family' || m.entity.type === 'unknown')) return undefined;
  const subject = [...fitting].reverse().find((m) => m.start >= clause.start && m.end <= trigger.start && SUBJECT_TO_VERB.test(text.slice(m.end, trigger.start)));
  const objectOf = (type: string | undefined) =>
    fitting.find(
      (m) =>
        m.start >= trigger.end &&
        m.end <= clause.end &&
        m.entity.type !== type &&
        wordsBetween(text, trigger.end, m.start) <= OBJECT_WINDOW &&
        !ANOTHER_CLAUSE_BETWEEN.test(text.slice(trigger.end, m.start)) &&
        !fitting.some((o) => o !== m && o.start >= trigger.end && o.end <= m.start),
    );
  if (subject) {
    const object = objectOf(subject.entity.type);
    return object && object.entity.id !== subject.entity.id ? [subject.entity, object.entity] : undefined;
  }
  const pronoun = person ? PERSON_PRONOUN_SUBJECT.exec(text.slice(clause.start, trigger.start)) : null;
  if (!person || !pronoun) return undefined;
  // "il" is the pronoun only before a French auxiliary, negation or clitic (the trigger may open on one: "a rejoint").
  const pronounWord = pronoun[0].replace(/^(?:[.;:!?]|,\s*(?:and|but|e|y|et)(?![\p{L}]))?\s*/iu, '');
  if (/^il(?![\p{L}])/iu.test(pronounWord) && !FRENCH_AFTER_IL.test(text.slice(clause.start + pronoun.index + pronoun[0].length - pronounWord.length, trigger.end))) return undefined;
  const object = objectOf(undefined);
  const others = object ? types.filter((t) => t !== object.entity.type && t !== 'family' && t !== 'unknown') : [];
  if (!object || others.length === 0) return undefined;
  // (No such name in context: the object alone would be keyed wrongly, so nothing.)
  const other = person(others);
  return other ? [other, object.entity] : [];
}

export interface EventReading {
  entity: EntityRef;
  attribute: string;
  value: Value;
  span: Span;
  /** Where the statement's modality is read from: the trigger. */
  anchor: number;
  /** Participants taken from earlier sentences: a guess from context. */
  fromContext: boolean;
  /** The kind the event's words make it ("full approval", "the preliminary report"), if any. */
  variant?: string;
  /** Who the event's words say did it, another than its participant ("The Federal Medicines Board approved X"): "by …". */
  agent?: string;
  /** An event a length of time counts from ("two weeks after X's release"): the sentence's date is not its date. */
  undated?: boolean;
}

/**
 * Words that make an event of a kind of its own, by the kind they name: English and German words stand before the event's
 * word, Romance ones after it ("aprobación condicional"), Han ones right before it with no space ("有条件批准").
 */
const KINDS: { kind: string; before: string[]; after: string[]; han: string[] }[] = [
  { kind: 'full', before: ['full', 'complete', 'vollständige', 'vollständigen', 'volle', 'vollen'], after: ['complète', 'completa'], han: ['完全'] },
  { kind: 'conditional', before: ['conditional', 'bedingte', 'bedingten'], after: ['conditionnelle', 'condicional'], han: ['有条件', '附条件'] },
  { kind: 'accelerated', before: ['accelerated', 'beschleunigte', 'beschleunigten'], after: ['accélérée', 'acelerada'], han: ['加速'] },
  { kind: 'preliminary', before: ['preliminary', 'vorläufige', 'vorläufigen'], after: ['préliminaire', 'preliminar'], han: [] },
  { kind: 'final', before: ['final', 'endgültige', 'endgültigen'], after: ['finale', 'définitive', 'definitiva', 'definitivo'], han: [] },
  { kind: 'provisional', before: ['provisional'], after: ['provisoire', 'provisoria'], han: [] },
  { kind: 'interim', before: ['interim'], after: [], han: [] },
  { kind: 'partial', before: ['partial', 'teilweise', 'teilweisen'], after: ['partielle', 'parcial'], han: [] },
  { kind: 'emergency', before: ['emergency'], after: [], han: ['紧急', '緊急'] },
  // "became prime minister again in 1841", "was again elected": another time the event happened, not the first.
  { kind: 'again', before: ['again', 'wieder', 'erneut', 'nuevamente', 'nuovamente'], after: ['again', 'anew', 'erneut', 'wieder', 'nuevamente', 'nuovamente', 'ancora'], han: ['再次', '再度', '重新'] },
];
/**
 * The medium a release is in ("on digital download", "for digital download", "in digital download form", "on Ultra HD
 * Blu-ray", "on Blu-ray and DVD", "in 4K", "to home video", "as a digital single", "on CD"), after a preposition in the
 * event's clause, or right before its word ("the DVD release"): each medium is a kind of its own (the first one named).
 */
const MEDIUM = String.raw`(?:digital(?:ly)?|downloads?|home\s+(?:media|video)|(?:4K\s+)?(?:Ultra\s+HD|UHD)(?:\s+Blu-?ray(?:\s+Discs?)?)?|4K(?:\s+Blu-?ray)?|Blu-?ray(?:\s+Discs?)?|DVDs?|VHS|LaserDiscs?|(?:premium\s+)?video\s+on\s+demand|VOD|pay-per-view|streaming|CDs?|vinyl|cassettes?)(?![\p{L}\p{N}])`;
const MEDIUM_AFTER = new RegExp(String.raw`(?:(?<![\p{L}])(?:on|for|in|via|to|as)\s+(?:(?:a|an|the|both)\s+)?|^\s+(?=digitally))(${MEDIUM})`, 'iu');
const MEDIUM_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${MEDIUM})\s+$`, 'iu');
/** A medium's words to its kind: "digital download" is "digital", "Ultra HD Blu-ray" is "4k". */
function mediumKind(words: string): string {
  const w = words.toLowerCase();
  if (/^(?:digital|download)/u.test(w)) return 'digital';
  if (/4k|ultra|uhd/u.test(w)) return '4k';
  if (w.startsWith('blu')) return 'blu-ray';
  if (w.startsWith('home')) return 'home media';
  if (/on\s+demand|vod/u.test(w)) return 'video on demand';
  return w.replace(/(?<=^(?:dvd|cd|cassette|laserdisc))s$/u, '');
}
/** The medium the event's clause names after its word, or right before it. */
function mediumAt(text: string, trigger: Span, clause: Span): string | undefined {
  const words = MEDIUM_AFTER.exec(text.slice(trigger.end, Math.max(trigger.end, clause.end)))?.[1] ?? MEDIUM_BEFORE.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start))?.[1];
  return words === undefined ? undefined : mediumKind(words);
}

/**
 * After the event's word, in its clause, a venue it was held at: "premiered at the Harlow Theatre", "at the 2017 Varden Film
 * Festival", "The world premiere took place on March 13, at the Harlow Theatre". A showing at a theatre, a cinema or a festival
 * is an event of that venue, not the release or the premiere everywhere.
 */
const VENUE_AFTER =
  /^[^;:.!?()]{0,60}?(?<![\p{L}])at\s+(?:the\s+)?(?:\d{4}\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}(?:Theatre|Theater|Cinema|Festival|Playhouse|Auditorium))(?![\p{L}])/u;
function venueAt(text: string, trigger: Span, clause: Span): string | undefined {
  const m = VENUE_AFTER.exec(text.slice(trigger.end, Math.max(trigger.end, clause.end)));
  return m ? `at ${m[1]!.replace(/\s+/gu, ' ').toLowerCase()}` : undefined;
}

/** Any of the words, in lower case, to its kind; and those that may stand after the event's word. */
const KIND_OF = new Map(KINDS.flatMap(({ kind, before, after, han }) => [...before, ...after, ...han].map((w) => [w, kind] as const)));
const AFTER_KIND = new Map(KINDS.flatMap(({ kind, after }) => after.map((w) => [w, kind] as const)));
const HAN_KIND = new RegExp(`(${KINDS.flatMap((k) => k.han).join('|')})\\s*$`, 'u');
const WORD_BEFORE = /(?:^|[^\p{L}])([\p{L}]+)\s*$/u;
const WORD_AFTER = /^\s+([\p{L}]+)/u;
const HAN = /\p{Script=Han}/u;

/** The kind a table's or a list's label names for `event` ("Full approval (FMB)": full), not the one the event is named after. */
export function labelKind(event: PackEvent, label: string): string | undefined {
  const kind = variantAt(label, { start: 0, end: label.length });
  return kind !== undefined && !`${event.id} ${event.label ?? ''}`.toLowerCase().includes(kind) ? kind : undefined;
}

/** "granted full approval", "the preliminary report", "aprobación condicional", "有条件批准": the kind of event its words (or its trigger's) name. */
function variantAt(text: string, trigger: Span): string | undefined {
  // Han words are not spaced: the kind is the characters right before the event's word.
  const han = HAN.test(text.slice(trigger.start, trigger.start + 1)) ? HAN_KIND.exec(text.slice(Math.max(0, trigger.start - 4), trigger.start))?.[1] : undefined;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, trigger.start - 24), trigger.start))?.[1];
  const next = WORD_AFTER.exec(text.slice(trigger.end, trigger.end + 24))?.[1]?.toLowerCase();
  const after = next !== undefined && AFTER_KIND.has(next) ? next : undefined;
  // "was re-released", "will be re-elected": the prefix "re-" glued to the event's word says it happened again.
  if (/(?<![\p{L}])[Rr]e[-‐]$/u.test(text.slice(Math.max(0, trigger.start - 4), trigger.start))) return 'again';
  // A pack's trigger may hold the kind itself ("released a preliminary report", "final report", "informe preliminar").
  const own = text.slice(trigger.start, trigger.end).split(/[^\p{L}]+/u);
  for (const word of [han, before, after, ...own]) {
    const kind = word === undefined ? undefined : KIND_OF.get(word.toLowerCase());
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The events a sentence states, one per clause and event type. `blockMentions` are the names of the
 * paragraph's earlier sentences, `lastParticipants` the participants of each event type's last mention
 * in the document (updated here).
 */
/**
 * After an event's word, what makes it name a thing rather than the event: a Chinese or Japanese suffix of place, device
 * or agent (着陆器 lander, 发射场 launch site, 着陸機), or an English head noun ("landing capability", "launch pad", "launch mass",
 * "launch date": a measure or a plan of the event, not the event).
 */
const NAMES_A_THING_AFTER =
  /^(?:[器者员員场場点點区區舱艙车車机機台站]|\s+(?:capabilit(?:y|ies)|technolog(?:y|ies)|systems?|sites?|zones?|modules?|gear|pads?|windows?|vehicles?|complex|facility|facilities|mass|weight|dates?|prices?|costs?|fees?|slots?|schedules?|manifest|cadences?|cycles?|process(?:es)?|teams?|channels?|branch(?:es)?|builds?|trains?|modes?|polic(?:y|ies)|calendars?|rhythms?)(?![\p{L}]))/iu;
/** An English past participle, one word: "discovered", "launched", "chosen", "flown". */
const PARTICIPLE_AS_ADJECTIVE = /^\p{L}+(?:ed|en|wn)$/iu;
/** Right before it, a determiner and at most an adverb: "the ", "a recently ", "its newly ", "our previously ". */
const DETERMINER_BEFORE_PARTICIPLE = /(?<![\p{L}])(?:the|a|an|its|their|his|her|our|my|your|this|these|those)\s+(?:(?:\p{L}+ly|first|last|most|just)\s+)?$/iu;
/** Beside an event's word inside a longer phrase, a word that is no preposition nor article: a noun the word modifies ("mass", "masse"). */
const NOUN_BESIDE = /(?<![\p{L}])(?!(?:of|in|on|at|to|for|by|from|with|the|a|an|its|de|du|des|d|au|aux|la|le|les|l|el|del|al|los|las|di|il|lo|della|von|vom|der|die|das|dem|den|zu|zum|zur|im|am)(?![\p{L}]))\p{L}{2,}/iu;

/**
 * "before the landing", "vor der geplanten Landung", "avant la séparation", "antes del lanzamiento", "until
 * the merger", "分离时", "分離之前": an event named as a point in time the sentence measures from, not said to have happened
 * (the probe broke up "before landing"). A clause ("before it touched down", "before the probe hit
 * the ground") tells what did happen, and is read.
 */
const TIME_POINT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${BEFORE_OR_UNTIL_WORDS}|vor|bis\s+zu[mr]?|avant|jusqu['’](?:à|au|aux)|antes\s+de(?:l)?|hasta)\s+(?:(?:the|a|an|its|their|der|die|das|dem|den|des|einer|la|le|les|l['’]|el|los|las|su|sus)\s*)?(?:(?!(?:it|he|she|they|we|you|i|er|sie|es|il|elle|ils|elles|on|él|ella|ellos|ellas)\s)[\p{L}-]+\s+)?$`,
  'iu',
);
/**
 * "two weeks after X released Y", "one week after Y's release", "just days after the launch of Y", "eine Woche nach der Zulassung":
 * an event a length of time counts from is the anchor of another date; the sentence's date is not its date (it is read
 * with no date but one its own words give it: "two weeks after X's release on 3 March").
 */
const OFFSET_FROM_EVENT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:just|only|barely|some|about|around|nearly|almost|roughly|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|\d+|the)\s+)*(?:hours?|days?|weeks?|months?|years?|decades?)|(?:(?:eine[mn]?|ein|zwei|drei|vier|fünf|sechs|wenige[n]?|\d+)\s+)?(?:Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?)|(?:(?:une?|deux|trois|quatre|cinq|six|quelques|\d+)\s+)?(?:heures?|jours?|semaines?|mois|ans|années?)|(?:(?:una?|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei|pocos|pochi|\d+)\s+)?(?:horas?|días?|semanas?|meses|años|ore|giorni|settimane?|mesi|anni))\s+(?:after|before|following|prior\s+to|later\s+than|earlier\s+than|nach|vor|après|avant|después\s+de(?:l)?|antes\s+de(?:l)?|dopo|prima\s+d[ie]|depois\s+d[eoa])\s+(?:[^\s,;:.!?—–()]+\s+){0,4}$`,
  'iu',
);
/** A verb in the past or the present ("landed", "hits"): the trigger heads a clause, not a noun. */
const FINITE_VERB = /(?:ed|s)$/iu;
/** After a Chinese event's word: "时" (when), "之前" (before), or a first day, week, month or year counted from it ("开通首月"). */
const TIME_POINT_AFTER_HAN = /^(?:[时時](?![间間])|之前|以前|首(?:[日月周週年]|个月|個月))/u;
/** Whether the event at `trigger` is only named as a point in time (TIME_POINT_BEFORE, TIME_POINT_AFTER_HAN). */
const timePoint = (text: string, trigger: Span) =>
  (TIME_POINT_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) && !FINITE_VERB.test(text.slice(trigger.start, trigger.end))) ||
  TIME_POINT_AFTER_HAN.test(text.slice(trigger.end, trigger.end + 3));

/**
 * "the court upheld the regulator's ruling", "upheld the fine", "bestätigte die Entscheidung", "confirmó la multa": an
 * event named as the object of a later act (a court's review, an appeal) is not what the sentence dates; its date is the
 * later act's. Nor is one a hearing or a review to come takes ("The board will review X's appeal"): that verb foretells its own
 * act, not the thing heard.
 */
/**
 * "68.4%, compared with 71.2% at the 2021 election", "contra 71,2% nas eleições de 2021", "up from 104 at the last election": an
 * event named right after the figure a statement is compared with is the time of that other figure, not an event asserted.
 */
const COMPARED_FIGURE_BEFORE =
  /(?<![\p{L}])(?:contra|contre|compared\s+(?:with|to)|against|versus|vs\.?|from|(?<!(?:more|less|fewer|greater|higher|lower|rather|other)\s)than|frente\s+a|gegenüber|rispetto\s+al?)\s+(?:(?:about|around|some|nearly|just|only|environ|cerca\s+de|rund|circa)\s+)?[$€£¥]?\d[\d.,\s]*(?:%|[\p{L}]+)?\s+(?:(?:at|in|on|during|for|of|the|its|their|last|previous|prior|a|an|de|do|da|das|dos|nas|nos|na|no|em|lors|des|du|la|le|les|en|el|los|las|al|bei|der|die|dem|den|vor|nel|nella|alle|\d{4})\s+){0,4}$/iu;
/**
 * "applied for approval", "a positive recommendation for the approval", "sought approval", "eine Empfehlung für die Zulassung",
 * "la demande d'autorisation", "la solicitud de aprobación": an event named as what is asked for or recommended is a step
 * toward it, not the event ("filed for bankruptcy" is the bankruptcy: not here); so is one awaited ("still awaits its
 * permit", "pending approval", "wartet auf die Zulassung", "en attente de l'autorisation", "attend la licence" (French "attend"
 * before a French determiner only: the English "attend the signing" awaits nothing), "in attesa di").
 */
const SOUGHT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:recommend(?:ation|ations|s|ed|ing)?|appl(?:y|ies|ied|ying|ication|ications)|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|pursu(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|petition(?:s|ed)?|bid|propos(?:al|ed|es)|await(?:s|ed|ing)?|waiting\s+(?:for|on)|wait(?:s|ed)?\s+(?:for|on)|pending|Empfehlung|empfahl|empfiehlt|Antrag|beantragt|beantragte|wartet\s+auf|warten\s+auf|wartete\s+auf|recommandation|recommandé|demande|demandé|en\s+attente\s+d['’]?e?|(?:attend|attendent)(?=\s+(?:la|le|les|l['’]|une?|des|du|sa|son|ses|leur|leurs)(?![\p{L}]))|solicitud|solicitó|a\s+la\s+espera\s+de|espera|esperando|recomendación|recomendó|pedido|pediu|aguarda|aguardando|à\s+espera\s+de|recomendação|richiesta|raccomandazione|in\s+attesa\s+d[ie]|attende)\s+(?:(?:for|of|to|für|pour|de|d['’]|da|para|per|auf)\s*)?(?:(?:the|a|an|its|die|der|den|eine|la|le|l['’]|el|su|il|sua|a)\s*)?(?:[\p{L}-]+\s+)?$`,
  'iu',
);
/**
 * "urging the company not to launch it", "asked regulators to approve X", "called on the board to delay the release": an
 * infinitive after a verb of asking or urging (and its object) says what someone wants done, not that it was or was not done.
 */
const ASKED_TO_BEFORE =
  /(?<![\p{L}])(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|beseech(?:es|ed|ing)?|besought|implor(?:e|es|ed|ing)|plead(?:s|ed|ing)?\s+with|pled\s+with|call(?:s|ed|ing)?\s+(?:on|upon)|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|encourag(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|warn(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|petition(?:s|ed|ing)?|demand(?:s|ed|ing)?|tell(?:s|ing)?|told)\s+(?:[^,;:.!?()]{0,60}?\s)?(?:not\s+|never\s+)?to\s+(?:be\s+)?$/iu;
/** "submitted X to the agency for approval", "submitted for approval": what is handed in for the event is not yet through it. */
const SUBMITTED_FOR_BEFORE = /(?<![\p{L}])(?:submit(?:s|ted|ting)?|resubmit(?:s|ted|ting)?)\s+(?:[^,;.!?]{0,50}?\s)?for\s+(?:(?:the|its|an?|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** The same in Chinese, right before the event's word in its clause: "正在等待监管机构的牌照", "尚待批准", "申请牌照". */
const SOUGHT_BEFORE_HAN = /(?:等待|等候|尚待|有待|申请|申請)[^\s，。；,.;:：！？!?]{0,10}$/u;
/** Right after a Japanese or Chinese event's word, the filing for it: "承認申請", "承認を申請した", "の申請", "批准申请". */
const SOUGHT_AFTER_HAN = /^(?:を|の)?(?:申請|申请|申報|申报)/u;
/**
 * "has 60 days to lodge an appeal", "has until 30 June to appeal", "the deadline to appeal", "hat zwei Monate Zeit, um …",
 * "dispose de deux mois pour faire appel", "tiene dos meses para recurrir": time given for an event is no event (it may
 * never come).
 */
const TIME_GIVEN_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:has|have|had|having|gets?|got|given|giving|with)\s+(?:(?:only|just|another|a\s+further|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|few|several|the|up\s+to|less\s+than|more\s+than)\s+){0,3}(?:hours?|days?|weeks?|months?|years?)|(?<![\p{L}])(?:has|have|had|having|given)\s+until\s+[^,;.!?]{1,30}|(?<![\p{L}])(?:deadline|time\s+limit)|(?<![\p{L}])(?:Stunden|Tage|Wochen|Monate|Jahre)\s+Zeit,?|(?<![\p{L}])(?:Frist)|(?<![\p{L}])(?:dispose|disposent|a|ont)\s+(?:de\s+)?(?:(?:un|une|deux|trois|quatre|six|huit|dix|douze|quinze|\d+)\s+)?(?:heures?|jours|semaines|mois|ans)|(?<![\p{L}])(?:délai)|(?<![\p{L}])(?:tiene|tienen|tem|têm|ha|hanno)\s+(?:(?:un|una|dos|tres|cuatro|seis|dois|duas|três|due|tre|quattro|sei|\d+)\s+)?(?:horas?|días|semanas|meses|años|dias|anos|ore|giorni|settimane|mesi|anni)|(?<![\p{L}])(?:plazo|prazo|termine))\s+(?:to|for|um|zur|zum|für|pour|para|per|de|di)\s+(?:[\p{L}'’-]+\s+){0,3}$`,
  'iu',
);
/**
 * "only 10 days to orbit insertion", "two weeks until launch", "three months away from landing": a span of time counted down to
 * the event says it is ahead, not that it happened.
 */
const COUNTDOWN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:to\s+go\s+)?(?:to|until|till|away\s+from)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$`,
  'iu',
);
/** Whether the trigger is the past verb of a clause whose subject, a capitalised name, stands right before it. */
function clauseAfterSaying(text: string, trigger: Span): boolean {
  return /(?:ed|ew|ung|ought|old|ook)$/iu.test(text.slice(trigger.start, trigger.end)) && /(?:^|\s)(?:that\s+)?(?:\p{Lu}[\p{L}\p{N}'’-]*|it|he|she|they|we)\s+$/u.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}
const OBJECT_OF_A_LATER_ACT = new RegExp(
  String.raw`(?<![\p{L}])(?:confirm(?:ed|s)|uph(?:eld|olds)|appeal(?:ed|s|ing)|annul(?:led|s)|overturn(?:ed|s)|quash(?:ed|es)|challeng(?:ed|es|ing)|review(?:ed|s|ing)|(?:will|would|shall|to|may|could|must|can)\s+(?:review|hear|examine|reconsider)|hear(?:s|d|ing)|examin(?:es|ed|ing)|reconsider(?:s|ed|ing)|revers(?:ed|es)|set\s+aside|struck\s+down|contest(?:ed|s|ing)|confirmó|ratificó|recurrió|anuló|avaló|confirmé|confirme|annulé|annule|contesté|bestätigte|bestätigt|kippte|annullierte|angefochten|anfocht)\s+(?:(?:the|a|an|its|their|this|that|la|le|les|l['’]|el|los|las|su|sus|die|den|das|der|dem|diese|diesen)\s*)?(?:[\p{L}'’-]+\s+){0,2}$`,
  'iu',
);

/**
 * A version as a clause's subject, before its verb, in Chinese or Japanese: "的版本", "企业版", "轻量版", "型号", "バージョン" (not
 * "出版", to publish, nor "版权", copyright).
 */
const VERSION_SUBJECT_HAN = /(?:版本|(?<!出|再)版(?![权權面图圖块塊])|型号|型號|变体|變體|バージョン|エディション)/u;

/** A name that authors a work cited: after "(" or "; ", before its year ("(X 2024)", "(X et al., 2023;"). */
const CITED_BEFORE = /[(;]\s*$/u;
const CITED_AFTER = /^(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:1[6-9]|20)\d\d[a-z]?\s*[);,]/u;

/** Between a head name and the name that says whose it is: "of the", "del", "de la", "des", "der", "della", "do". */
const OF_BETWEEN = /^\s+(?:of(?:\s+the)?|del|de\s+la|de\s+los|de\s+las|de|des|du|de\s+l['’]|der|des|von|vom|di|della|dello|dei|degli|delle|dell['’]|do|da|dos|das)\s*$/iu;

/** Before a name, the word that gives a thing its title: "a novel, also titled X", "a box set titled "X"", "The reboot, titled X". */
const TITLED_BEFORE = /(?<![\p{L}])(?:titled|entitled|called|named)\s*["“‘'_*]*\s*$/iu;
/** Before that word, the noun phrase it titles, from its article: "a novel adaptation, also", "a 10-disc box set". */
const TITLED_NOUN = /(?<![\p{L}])(?:a|an|the|its|their|this)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+)\s*,?\s*(?:(?:also|originally|simply|aptly)\s+)?$/iu;
/** Right after a name, a word of grammar, not a noun the name qualifies ("X was released", "X and Y", "X also"). */
const GRAMMAR_WORD =
  /^(?:was|were|is|are|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|that|which|who|whose|where|when|while|also|not|never|then|later|first|itself|only|alone|too|again|both|each|all|s)$/iu;
/** A quoted title: "“The Making of X”", '"X: The Official Game"'. */
const QUOTED_TITLE = /["“]([^"“”\n]{1,160})["”]/gu;

/**
 * Whether an event's word is a word of a capitalised name ("Brask, the Entry, Descent and Landing Demonstrator Module, will
 * …", "from Launch Complex 4"): capitalised inside the sentence, a capitalised word right after it, in a sentence written in
 * lower case (a headline in title case, "Kavra Probe Landed Safely", keeps its words).
 */
function insideACapitalisedName(text: string, trigger: Span): boolean {
  if (!/^\p{Lu}/u.test(text.slice(trigger.start, trigger.end)) || !/\p{L}/u.test(text.slice(0, trigger.start))) return false;
  if (!/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(trigger.end, trigger.end + 4))) return false;
  // (Title case: fewer than three words of four letters or more in lower case.)
  return (text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}{4,}/gu) ?? []).length >= 3;
}

/**
 * Whether a name stands inside the title of another work: after "titled", "called", "named" where the noun titled is none
 * of the name's type nouns ("a novel, also titled X", "a box set titled …"; not "a sequel titled X" where "sequel" is one);
 * between an indefinite article and a noun it qualifies ("A X video game", "an X soundtrack"; not "a X film", nor "an X
 * premiere" where the noun is the event's own word); or inside a quoted title that holds more words than the name ("“The Making
 * of X”"). The event is that work's, not the name's.
 */
function namesAnotherWork(lexicon: Lexicon, text: string, m: Mention, eventWords: readonly Span[], titles: readonly Span[]): boolean {
  const [, byNoun] = typeNouns(lexicon);
  const ownNoun = (words: string) => words.toLowerCase().split(/[^\p{L}\p{N}-]+/u).some((w) => byNoun.get(w) === m.entity.type);
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  const titled = TITLED_BEFORE.exec(before);
  if (titled) {
    const noun = TITLED_NOUN.exec(before.slice(0, titled.index));
    if (noun && !ownNoun(noun[1]!)) return true;
  }
  // (An indefinite article only: "The X issued …" opens on the name, whose verb follows.)
  if (/(?:^|[^\p{L}])(?:a|an)\s+$/iu.test(before.slice(-6))) {
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(m.end, m.end + 40));
    const at = next ? m.end + next[0].length - next[1]!.length : -1;
    if (next && !GRAMMAR_WORD.test(next[1]!) && !/ly$/u.test(next[1]!) && !ownNoun(next[1]!) && !eventWords.some((w) => w.start <= at && at < w.end)) return true;
  }
  return titles.some(({ start, end }) => start <= m.start && m.end <= end && /\p{L}/u.test(text.slice(start, m.start) + text.slice(m.end, end)));
}

/**
 * The sentence's quoted titles, inside their quotes; not a quote that holds the event's own word or ends a sentence ('"We
 * intend to launch X in the autumn."': what was said).
 */
function quotedTitles(text: string, eventWords: readonly Span[]): Span[] {
  const titles: Span[] = [];
  for (const q of text.matchAll(QUOTED_TITLE)) {
    const start = q.index + 1;
    const end = start + q[1]!.length;
    if (!eventWords.some((w) => start <= w.start && w.end <= end) && !/[.!?。]\s*$/u.test(q[1]!)) titles.push({ start, end });
  }
  return titles;
}

export function eventClaims(
  lexicon: Lexicon,
  text: string,
  allMentions: Mention[],
  blockMentions: readonly Mention[],
  lastParticipants: Map<string, EntityRef[]>,
  referent?: (types: readonly string[], titleOnly?: boolean, described?: boolean, aboutOnly?: boolean) => EntityRef | undefined,
  /** The things of these types the page has named so far or is titled by. */
  pageThings?: (types: readonly string[]) => EntityRef[],
  /** The sentence before, in the paragraph, opens on a name no pack knows ("St. Arvel's Church stands …"): a thing's "it" is that. */
  afterUnknownName = false,
): EventReading[] {
  const eventWords = lexicon.anyEventTrigger(text);
  if (eventWords.length === 0) return [];
  // Names something is compared with or replaced by ("superseding X", "than X") take no part in the event.
  // (Nor what a thing was made from: "launch a multimodal version of X", "released a model fine-tuned from X".)
  // A sentence about what was made from the page's subject is about another thing: no participant comes from context either.
  // ("fine-tuned on X and Y": Y too.)
  const madeFrom: Mention[] = [];
  for (const m of allMentions) {
    const last = madeFrom.at(-1);
    if (BASED_ON.test(text.slice(Math.max(0, m.start - 40), m.start)) || portOfBefore(lexicon).test(text.slice(Math.max(0, m.start - 60), m.start)) || (last !== undefined && /^\s*(?:and|or|&|和|与|與|及|、)\s*$/u.test(text.slice(last.end, m.start)))) madeFrom.push(m);
  }
  // (Not "the verdict against X", "a fine of €2 million against X": the party a ruling is against, no name compared with.)
  // (Nor the author of a work cited, "(X 2024)", "(X et al., 2023)".)
  // (Nor a name inside another work's title: "A novel, also titled X, was released", "An X video game", "“The Making of X”".)
  const titles = quotedTitles(text, eventWords);
  const otherWorks = new Set(allMentions.filter((m) => namesAnotherWork(lexicon, text, m, eventWords, titles)));
  const mentions = allMentions.filter(
    (m) =>
      (!COMPARED_WITH.test(text.slice(Math.max(0, m.start - 30), m.start)) || PARTY_AGAINST.test(text.slice(Math.max(0, m.start - 60), m.start))) &&
      !madeFrom.includes(m) &&
      !otherWorks.has(m) &&
      // "X is a Quill toolkit released in 2014": a name that modifies a noun is no party to the noun's event.
      // (Not where the noun is the event's own word: "is the Tarn release" is Tarn's release.)
      (!modifiesNounAfter(text, m, descriptionsOf(lexicon)) || eventWords.some((w) => w.start > m.end && /^[-\s\p{Ll}]*$/u.test(text.slice(m.end, w.start)))) &&
      !(CITED_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) && CITED_AFTER.test(text.slice(m.end, m.end + 40))),
  );
  if (madeFrom.length > 0) referent = undefined;
  const out: EventReading[] = [];
  // Clause breaks and negations matter only to a sentence with an event trigger: most have none.
  let breaks: RegExpExecArray[] | undefined;
  let attributeNames: ReturnType<Lexicon['triggers']> | undefined;
  // The longest phrase wins across events as across attributes: "unveiled a preview" (a pack's preview) takes its words
  // from "unveiled" (a release), whichever pack lists either.
  const matchesOf = lexicon.events.map(({ triggers }) => triggers(text));
  for (const [index, { event, negations, negationsAfter, cues, blockers }] of lexicon.events.entries()) {
    const triggerMatches = matchesOf[index]!.filter(
      (m) => !matchesOf.some((other, j) => j !== index && other.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)),
    );
    if (triggerMatches.length === 0) continue;
    const cueMatches = cues?.(text);
    if (cueMatches && cueMatches.length === 0) continue;
    // "was released on digital download": a pack's blocker in a trigger's clause says it is not this event (not one inside a
    // name a pack knows: the name's words).
    const blockerMatches = blockers?.(text).filter((b) => !allMentions.some((m) => m.entity.known && m.start <= b.start && b.end <= m.end)) ?? [];
    const negationMatches = negations(text);
    const negationAfterMatches = negationsAfter(text);
    breaks ??= [...text.matchAll(CLAUSE_BREAK)];
    // One claim per clause: "X never acquired a maker; its bid for Y fell through" states two.
    const clauses = new Set<number>();
    for (const trigger of triggerMatches.slice(0, MAX_EVENT_TRIGGERS)) {
      // "着陆器" (lander), "发射场" (launch site), "landing capability": the event's word names a thing, not the event.
      if (NAMES_A_THING_AFTER.test(text.slice(trigger.end, trigger.end + 16))) continue;
      // "the Entry, Descent and Landing Demonstrator Module": the word is a name's, no event.
      if (insideACapitalisedName(text, trigger)) continue;
      // "a launch mass of 2,150 kg", "sa masse au lancement": the word is part of an attribute's name the pack lists, which
      // holds a noun beside it (not a preposition only: an attribute's "launched on" names no thing).
      if ((attributeNames ??= lexicon.triggers(text)).some((m) => m.start <= trigger.start && m.end >= trigger.end && m.end - m.start > trigger.end - trigger.start && NOUN_BESIDE.test(text.slice(m.start, trigger.start) + ' ' + text.slice(trigger.end, m.end)))) continue;
      // "A remastered version of X was released in 2024, and Y followed": the event is the version's, no one else's.
      const before = allMentions.filter((m) => m.end <= trigger.start && !/[,;:，；]/u.test(text.slice(m.end, trigger.start))).at(-1);
      if (before !== undefined && madeFrom.includes(before)) continue;
      // "the public release version of X", "release notes", "a launch edition": the word names a version, not the event.
      if (/^\s*(?:version|edition|candidate|notes)(?![\p{L}])/iu.test(text.slice(trigger.end, trigger.end + 12))) continue;
      // "unveiled a preview of X", "released a beta of X", "发布了X预览版", "Xのベータ版を公開した": a preview of a thing is no event of the thing.
      if (PREVIEW_AFTER.test(text.slice(trigger.end, trigger.end + 60)) || PREVIEW_AFTER_HAN.test(text.slice(trigger.end, clauseOf(text, trigger, (breaks ??= [...text.matchAll(CLAUSE_BREAK)])).end).slice(0, 40)) || PREVIEW_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) continue;
      if (timePoint(text, trigger)) continue;
      // "the 12th-best strategy game ever released", "the largest model it has ever launched": a ranking over all such things, no
      // event of the thing ranked.
      if (EVER_BEFORE.test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) continue;
      // "was released into the public domain": a change of the terms a thing is under, not its release.
      if (PUBLIC_DOMAIN_AFTER.test(text.slice(trigger.end, trigger.end + 30))) continue;
      // "discovered that the old tables were wrong": the verb's object is a clause, a fact found, no named thing's event.
      if (THAT_CLAUSE_AFTER.test(text.slice(trigger.end, trigger.end + 40))) continue;
      // "sons Milo James (born 5 March 2001)": an event's word that opens a parenthesis right after a capitalised name no pack
      // knows is that name's, neither a pack name's near it nor the page's.
      // (A match of the name before the trigger, group 1 the name: whether no pack's name ends where it does.)
      const unknownNameBefore = (m: RegExpExecArray) => {
        const nameEnd = trigger.start - m[0].length + m[1]!.length;
        return !allMentions.some((n) => n.entity.type !== 'unknown' && n.end === nameEnd);
      };
      const nameBefore = NAME_THEN_PARENTHESIS.exec(text.slice(Math.max(0, trigger.start - 60), trigger.start));
      if (nameBefore && unknownNameBefore(nameBefore)) continue;
      // "Brisko's IPO in 1995, Tandrel's IPO in 1997, and Wemmick's IPO in 1998": an event's word after the possessive of a
      // capitalised name no pack knows is that name's event, no known name's near it.
      const possessor = NAME_POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, trigger.start - 80), trigger.start));
      // (Not "Acme's release of Orvane", "Acme's acquisition of Orvane": the object after "of" takes part.)
      if (possessor && !/^\s+(?:of|de|des|du|del|di|von)\s/iu.test(text.slice(trigger.end, trigger.end + 6)) && !DETERMINER_RIGHT_BEFORE.test(text.slice(Math.max(0, trigger.start - possessor[0].length - 12), trigger.start - possessor[0].length)) && unknownNameBefore(possessor)) continue;
      // "Founded as Acme Ladies in 1989, they …": a founding under the name of a unit or an affiliate of an organisation is that
      // unit's, neither the organisation's nor the page's.
      if (FOUNDING_VERB.test(text.slice(trigger.start, trigger.end)) && allMentions.some((m) => m.entity.type === 'unknown' && namesAUnit(m.text) && AS_NAME_BETWEEN.test(text.slice(trigger.end, m.start)))) continue;
      // "was established as a national park in 1962", "it's firmly established as one of the busiest streets": a verb of
      // establishing, then "as" and a kind of thing, tells a standing the thing took, not its start ("established in 1962" is a
      // founding, and so is "founded as a trading post"; "established as Acme Ltd" founds under a name).
      if (ESTABLISH.test(text.slice(trigger.start, trigger.end)) && STANDING_AS.test(text.slice(trigger.end, trigger.end + 60))) continue;
      // "Born and raised in Dunmore, X joined the academy in 1984": a participle that opens the sentence, in a phrase up to its
      // comma that names no date, is not dated by the main clause's (the date is the joining's). A number or a month's name
      // that is no date ("Born at 14 Quay Street,", "Born in May Hill,") names none.
      const opening = /^[\s*_"“]*$/u.test(text.slice(0, trigger.start)) ? /^[^,;:.!?]*,/u.exec(text.slice(trigger.end, trigger.end + 120)) : null;
      // "the newly discovered planet X", "our previously released X": a participle between a determiner and the noun it
      // describes says the thing went through the event, at no date the sentence gives.
      const attributive =
        PARTICIPLE_AS_ADJECTIVE.test(text.slice(trigger.start, trigger.end)) && DETERMINER_BEFORE_PARTICIPLE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) && /^\s+\p{L}/u.test(text.slice(trigger.end, trigger.end + 4));
      const offsetFrom =
        attributive ||
        OFFSET_FROM_EVENT.test(text.slice(Math.max(0, trigger.start - 80), trigger.start)) ||
        (opening !== null && findDates(opening[0]).length === 0);
      // "X is released under Apache 2.0", "X est distribué sous licence MIT": in the present, the terms a thing is out under (a
      // value of a category attribute) are what the clause states, not an event that happened.
      const terms = PRESENT_UNDER.exec(text.slice(trigger.end, trigger.end + 40));
      if (terms && PRESENT_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) && lexicon.values(text).some((v) => v.start === trigger.end + terms[0].length)) continue;
      // (Not a clause a verb of saying opens, its subject a name and its verb the trigger: "Atanasova confirms Halvard pulled
      // the checkpoint", "confirmed that Halden recalled …".)
      if (OBJECT_OF_A_LATER_ACT.test(text.slice(Math.max(0, trigger.start - 60), trigger.start)) && !clauseAfterSaying(text, trigger)) continue;
      if (TIME_GIVEN_BEFORE.test(text.slice(Math.max(0, trigger.start - 80), trigger.start))) continue;
      if (COUNTDOWN_BEFORE.test(text.slice(Math.max(0, trigger.start - 80), trigger.start))) continue;
      if (SOUGHT_BEFORE.test(text.slice(Math.max(0, trigger.start - 60), trigger.start)) || SOUGHT_BEFORE_HAN.test(text.slice(Math.max(0, trigger.start - 16), trigger.start))) continue;
      if (ASKED_TO_BEFORE.test(text.slice(Math.max(0, trigger.start - 100), trigger.start))) continue;
      if (SUBMITTED_FOR_BEFORE.test(text.slice(Math.max(0, trigger.start - 90), trigger.start)) || SOUGHT_AFTER_HAN.test(text.slice(trigger.end, trigger.end + 4))) continue;
      if (COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(0, trigger.start - 70), trigger.start).split(/[;；，]|,\s/u).at(-1)!)) continue;
      const clause = clauseOf(text, trigger, breaks);
      if (blockerMatches.some((b) => b.start >= clause.start && b.end <= clause.end)) continue;
      if (afterAgainOrPorted(lexicon, text, trigger, clause)) continue;
      // "面向学生的版本将于下半年推出", "X的轻量版将于…推出": the clause's subject is a version of the name, whose release
      // is not the name's (we would rather read nothing).
      // (Not "新版本蓝语-5将于…推出": a name after the word is the version's name.)
      const version = VERSION_SUBJECT_HAN.exec(text.slice(clause.start, trigger.start));
      if (version && !allMentions.some((m) => m.start >= clause.start + version.index && m.end <= trigger.start)) continue;
      // "The opening has been pushed back twice, from 2025 to 2026", "the launch was postponed": a plan moved, no event.
      if (POSTPONED_AFTER.test(text.slice(trigger.end, Math.min(clause.end, trigger.end + 80))) || POSTPONED_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start))) continue;
      // "No schools in the valley have been closed", "Aucune école n'a fermé": a negation right before the event's cue
      // noun negates the event however far its verb stands.
      const negatesCue = (n: Span) => cueMatches?.some((c) => c.end <= trigger.start && /^\s+$/u.test(text.slice(n.end, c.start))) === true;
      const clauseStart = clause.start;
      // "No show on the tour has been cancelled", "Kein Flug der Linie wurde gestrichen": a negative determiner opening the
      // clause negates its subject, and so the event its verb tells, however far.
      const negatesSubject = (n: Span) =>
        /^\s*$/u.test(text.slice(clauseStart, n.start)) && NEGATIVE_DETERMINER.test(text.slice(n.start, n.end + 12)) && !SUBORDINATE_BETWEEN.test(text.slice(n.end, trigger.start));
      const inClause = (n: Span) => n.start >= clauseStart;
      if (clauses.has(clauseStart)) continue;
      clauses.add(clauseStart);
      // "non ha firmato", "no ha firmado" where the trigger is "ha firmato": a negation that runs into the auxiliary the trigger
      // opens on stands before the verb it negates.
      const beforeAuxiliary = (n: Span) => n.start < trigger.start && n.end > trigger.start && n.end < trigger.end && AUXILIARY.test(text.slice(trigger.start, n.end).trim());
      const negation = negationMatches.find(
        (n) =>
          inClause(n) &&
          (n.end <= trigger.start || beforeAuxiliary(n)) &&
          (wordsBetween(text, n.end, trigger.start) <= NEGATION_WINDOW || negatesCue(n) || negatesSubject(n)) &&
          !NOT_NEGATING.test(text.slice(n.end, n.end + 12)) &&
          !modifiesName(text, n, trigger, mentions) &&
          !withinAKnownName(n, allMentions) &&
          // "has never withdrawn a checkpoint after release", "has not been updated since its launch": an event named after
          // "after" or "since" has happened; the negation is of the verb before it.
          !HAPPENED_BEFORE_EVENT.test(text.slice(n.end, trigger.start)),
      );
      // "was not released under Apache 2.0", "did not launch with 5G": the negation is about the manner, not the event.
      // "has not been approved for use during pregnancy", "ist für Kinder nicht zugelassen": the negation is of a restricted use.
      if (negation && (MANNER_AFTER.test(text.slice(trigger.end, trigger.end + 40)) || RESTRICTED_USE_BEFORE.test(text.slice(Math.max(clauseStart, negation.start - 40), trigger.start)))) continue;
      // "wasn't included in the 3.1.0 release", "was not mentioned in the launch notes": the negation is of a verb of its own, whose
      // object the event's noun is; the event may or may not have happened, and we would rather read nothing.
      if (negation && negation.end <= trigger.start && NEGATES_ANOTHER_VERB.test(text.slice(negation.end, trigger.start))) continue;
      // "X was not open-sourced": a trigger that carries a manner (the pack's `mannerTriggers`) denies the manner, not the event.
      if (negation && deniesMannerOnly(event, text.slice(trigger.start, trigger.end))) continue;
      // "Einen Rückruf des eQ5 hat es bislang nicht gegeben": within the clause, a few words more; "… gab es nicht.": German's
      // "nicht" closing the clause.
      const negationAfter =
        negationAfterMatches.find((n) => n.start >= trigger.end && !withinAKnownName(n, allMentions) && (wordsBetween(text, trigger.end, n.start) <= 4 || (wordsBetween(text, trigger.end, n.start) <= 7 && !/[,;:.!?]/u.test(text.slice(trigger.end, n.start)) && !OTHER_CLAUSE_WORD.test(text.slice(trigger.end, n.start))))) ??
        (NICHT_CLOSES.test(text.slice(trigger.end, trigger.end + 80)) || NEGATED_AFTER_VERB.test(text.slice(trigger.end, trigger.end + 60)) ? trigger : undefined);
      const participants: EntityRef[] = [];
      let agent: string | undefined;
      // The sentence's names, with those read by their role, for the quote.
      let named: Mention[] = mentions;
      let byKind = false;
      const addParticipant = (e: EntityRef) => {
        if (takesPart(lexicon, event, e) && !participants.some((p) => p.id === e.id)) participants.push(e);
      };
      if (event.minParticipants === 1) {
        // "Founded in June 2021 by two chemists, X has …": an opening participle's subject follows its comma.
        const opening = trigger.start === text.search(/\S/) ? /^[^,]{0,120},/u.exec(text.slice(trigger.start)) : null;
        const role = event.participantRole;
        const passive = role !== undefined && passiveAt(text, trigger);
        // (With a side set by the pack, a name in apposition after "by" is the agent too: "deposed by his nephew, X". Without it,
        // it is the participant, as the nearest name: "was succeeded by his brother, X" is X's accession.)
        const byAgent = (m: Mention) =>
          BY_AGENT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start).split(/[,;]/).pop() ?? '') ||
          (role !== undefined && BY_AGENT_APPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)));
        // (Active, with an object after the word: "X killed him", "X deposed his uncle", "X killed King Y".)
        const objectAfter =
          role === 'object' && !passive && (OBJECT_RIGHT_AFTER.test(text.slice(trigger.end, trigger.end + 24)) || mentions.some((o) => o.start >= trigger.end && NAMED_OBJECT_BETWEEN.test(text.slice(trigger.end, o.start))));
        const roleExcludes = (m: Mention): boolean => {
          if (role === 'object') return objectAfter && m.end <= trigger.start;
          if (role !== 'subject') return false;
          // "X was succeeded by Y": the subject of the passive underwent it; "X succeeded Y": the object did.
          if (passive) return m.end <= trigger.start;
          // "He was another son of King Y and ascended the throne": a name after a preposition is no subject of the verb.
          return m.start >= trigger.end || (m.end <= trigger.start && NAME_AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 30), m.start)));
        };
        const fits = (m: Mention) =>
          takesPart(lexicon, event, m.entity) &&
          // "No schools have closed, the health authority's spokesperson said": who speaks is not what the event is about.
          !speaks(lexicon, text, trigger, m, pageThings) &&
          // "released by X", "founded by X", "deposed by his nephew, X": the agent, not what the event is about (unless the pack
          // says the event is its verb's subject's: "was succeeded by X" is X's accession).
          (byAgent(m) ? role === 'subject' && passive : true) &&
          // The side of the verb the pack puts the participant on: "X killed Y" is Y's death, "X succeeded Y" X's accession.
          !roleExcludes(m) &&
          // "X received a licence from the agency Y", "X holds a licence from Y", "X erhielt eine Lizenz von der Y", "由Y颁发": who grants
          // what the clause's subject receives is no participant.
          !(m.start >= trigger.end && GRANTER_BETWEEN.test(text.slice(trigger.end, m.start)) && RECEIVING.test(text.slice(clause.start, trigger.end))) &&
          !/由\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
          // "discovered Orvin, Tessaly's largest moon": a name after the event's word that owns another noun is not what the event is about.
          !(m.start >= trigger.end && POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) &&
          // "X's technical report will be released", "X的技术报告将于…发布": the event is the document's, not X's.
          !(m.end <= trigger.start && possessedThing(text.slice(m.end, trigger.start))) &&
          // "Her father, the younger brother of X, died in 1719": a name in an appositive on a subject that a possessive opens
          // describes that subject, who is no name.
          !(m.end <= trigger.start && POSSESSED_SUBJECT_ASIDE.test(text.slice(clause.start, m.start))) &&
          // "(former X researcher)", "ex-X staff", "a X alumnus who co-founded Y": where a person worked, no part of the event.
          !pastAffiliation(text, m) &&
          // "will launch three months after the X mission", "continues with the upcoming X mission".
          !namedAsAnotherEvent(text, m, trigger) &&
          // "X was built in 1602, connecting Y to the prison", "X, located on Y, was erected": a name in a participle's clause
          // set off by a comma says where or what X is; it takes no part in X's event.
          !inParticipleClause(text, trigger, m) &&
          // "X's alignment team, established in July 2023", "X's Y Lab was founded in 2012": the founding of what X owns.
          // (A pack's trigger may hold the auxiliary: "was founded".)
          !(m.end <= trigger.start && FOUNDING_VERB.test(text.slice(trigger.start, trigger.end).replace(PASSIVE_AUXILIARY, '')) && POSSESSED_BEFORE_FOUNDING.test(text.slice(m.end, trigger.start))) &&
          // "In X the Y12 deprecation reached end of life": a noun phrase of its own between the name and the event's word is the
          // event's subject; unless its noun is one of a type the event takes, the event is that thing's, not the name's.
          !(m.end <= trigger.start && ownSubjectBetween(lexicon, text.slice(m.end, trigger.start), event.participantTypes)) &&
          // "The official X website launched on …", "an X remake was released": a name inside a noun phrase, before the noun it
          // modifies, is not what the event is about (the noun's thing is), unless the noun names a type the event takes.
          !(m.end <= trigger.start && modifiesNounBefore(lexicon, text, m, trigger.start, event.participantTypes)) &&
          // "the X family", "the X brothers": a person's name before a noun of the family names the family, not the person.
          !(FAMILY_AFTER.test(text.slice(m.end, m.end + 20)) && descriptionsOf(lexicon).person?.(m.entity) === true) &&
          !outOfEventScope(lexicon, text, trigger, m, eventWords, event.participantTypes);
        // The main clause's subject opens it, a determiner and a word or two at most before the name ("Launched in March 2025, it is
        // the second mission, after X": X is no subject; "it" stands for the thing the page is about).
        // A participle's clause may hold commas of its own ("Founded on March 3, 1998, X …", "Founded in Bergen, Norway, in 1931,
        // X …"): the main clause opens after the first comma that a fitting name or a pronoun follows.
        // (A trigger may go on past its participle: "fondata nel", "founded in".)
        const participle = opening !== null && PARTICIPLE_WORD.test(/^\S+/u.exec(text.slice(trigger.start, trigger.end))![0]);
        const commas = participle ? [...text.slice(trigger.start, trigger.start + 160).matchAll(/,/gu)].map((c) => trigger.start + c.index + 1) : [];
        let subject: Mention | undefined;
        let pronounOpens = false;
        // ("Founded in 1922, it has …": the pronoun is a thing's.)
        let thingOpens = false;
        // ("Fondata nel 1911, la squadra gioca …", "Founded in 1911, the club plays …": a type noun of a type the event takes
        // opening the main clause is its subject, as a pronoun is.)
        let nounOpens: string | undefined;
        for (const mainStart of commas) {
          subject = mentions.find((m) => m.start >= mainStart && takesPart(lexicon, event, m.entity) && OPENS_MAIN_CLAUSE.test(text.slice(mainStart, m.start)));
          pronounOpens = !subject && MAIN_CLAUSE_PRONOUN.test(text.slice(mainStart));
          thingOpens = pronounOpens && THING_PRONOUN_LEAD.test(text.slice(mainStart));
          nounOpens = subject || pronounOpens ? undefined : typeNounType(lexicon, text.slice(mainStart), event.participantTypes, MAIN_CLAUSE_NOUN);
          if (subject || pronounOpens || nounOpens !== undefined) break;
          // (A noun of another type opening it is that clause's subject: no name further on is.)
          if (MAIN_CLAUSE_NOUN.test(text.slice(mainStart)) && typeNounType(lexicon, text.slice(mainStart), lexicon.pack.entityTypes.map((t) => t.type), MAIN_CLAUSE_NOUN) !== undefined) break;
        }
        // One participant ("released X", "X was launched"): the nearest fitting name to the trigger, the object first.
        const byDistance = (a: Mention, b: Mention) => distance(text, a, trigger) - distance(text, b, trigger) || (a.start >= trigger.end ? -1 : 1);
        // "Korvel wurde am 22. Oktober 1802 in Dornau geboren": a German participle that closes its clause is the verb of the
        // name that opens it before an auxiliary, however many words stand between.
        const framed = VERB_LAST_CLAUSE_END.test(text.slice(trigger.end, trigger.end + 4))
          ? mentions.find((m) => fits(m) && m.start >= clause.start && /^\s*(?:(?:der|die|das)\s+)?$/iu.test(text.slice(clause.start, m.start)) && AUXILIARY_AFTER_NAME.test(text.slice(m.end, m.end + 12)))
          : undefined;
        // "La Línea 8 del Metro de Corvella se abrió", "Line 8 of the Kessel Metro opened": the name after "of" says whose the
        // head is; the head is what the event is about.
        const ofAnother = (m: Mention) => mentions.some((o) => o !== m && o.end <= m.start && fits(o) && OF_BETWEEN.test(text.slice(o.end, m.start)));
        // (The passive's subject first: "X wurde am … von der Agentur zugelassen" is X's, the agency its agent.)
        const within = mentions
          .filter((m) => fits(m) && (distance(text, m, trigger) <= PARTICIPANT_WINDOW || m === framed) && !ofAnother(m))
          .sort((a, b) => (a === framed ? -1 : b === framed ? 1 : byDistance(a, b)));
        // "not released Orin Long Reason", "X multimodality has not been released": the nearest name is part of another thing's
        // name or phrase, which is what the event (or its denial) is about: no other name takes it.
        if (ownThingNearest(lexicon, text, trigger, clause, mentions, within[0], eventWords, event)) {
          clauses.delete(clauseStart);
          continue;
        }
        // "X, which has a capacity of 760 MW, was commissioned": with no name near, a name whose verb follows an aside.
        const near = within.length > 0 ? within : mentions.filter((m) => fits(m) && m.end <= trigger.start && beforeAside(text, m.end, trigger.start));
        // "X was born in A in 1841 and died in B in 1903": a verb coordinated with an earlier one has its subject, the first
        // fitting name of the sentence before it.
        const coordinated =
          near.length === 0 && COORDINATED_VERB.test(text.slice(Math.max(0, trigger.start - 24), trigger.start))
            ? mentions.find((m) => fits(m) && m.end <= trigger.start && OPENS_SENTENCE.test(text.slice(0, m.start)) && wordsBetween(text, m.end, trigger.start) <= COORDINATED_WINDOW)
            : undefined;
        // "X replaces Y, which was launched in 2019", "…Y, a smaller satellite launched in 2019": an event in a relative
        // clause or an appositive right after a name is that name's, even one compared with or replaced, unless the
        // event's word has an object of its own ("the Orla, a barge that drifted into the pier").
        const object = near.find((m) => m.start >= trigger.end);
        // The nearest such name, with no other name the event could take between it and the word ("X, the successor to Y
        // launched in 2024" is no clause on X).
        const takes = (m: Mention) => takesPart(lexicon, event, m.entity);
        const antecedent = object
          ? undefined
          : [...allMentions].reverse().find((m) => m.end <= trigger.start && takes(m) && CLAUSE_ON_NAME.test(text.slice(m.end, trigger.start)) && !allMentions.some((o) => o !== m && o.start >= m.end && o.end <= trigger.start && takes(o)));
        // "…, up from 68.9 for its predecessor, Vento-1, which the company released in June 2024": a relative clause right after a
        // name the event cannot take (one no pack knows, or of another type) is that name's event, no one else's.
        // ("a novel, also titled X, that was released in 2010": the relative clause is the novel's, no name's.)
        if (antecedent && otherWorks.has(antecedent)) {
          clauses.delete(clauseStart);
          continue;
        }
        const relative = object || antecedent ? null : RELATIVE_ON_NAME.exec(text.slice(Math.max(clause.start, trigger.start - 120), trigger.start));
        if (relative) {
          const nameEnd = trigger.start - relative[0].length + relative[1]!.length;
          const nameStart = nameEnd - relative[1]!.length;
          // "The Musée X in Valmoreau, which reopened …": a place after a name that takes the event is that name's, and so is the clause.
          const placed = PLACE_AFTER_NAME.exec(text.slice(Math.max(0, nameStart - 12), nameStart));
          const placedOn = placed && allMentions.some((m) => takes(m) && m.end === nameStart - placed[0].length);
          if (!placedOn && !allMentions.some((m) => takes(m) && m.end === nameEnd)) {
            clauses.delete(clauseStart);
            continue;
          }
        }
        // "The board granted full approval to Ostravy": the name the event is granted to is its participant, whoever grants it.
        const recipient = GRANTING.test(text.slice(Math.max(0, trigger.start - 30), trigger.end))
          ? mentions.find((m) => fits(m) && m.start >= trigger.end && GRANTED_TO_BETWEEN.test(text.slice(trigger.end, m.start)))
          : undefined;
        // "Corvane founded a research lab in 2018": the founding is the unnamed lab's, no name's before the verb.
        // (A name the verb founds is that object: "founded the Orla Foundation"; a name further on is not: "established a partnership with X".)
        // "…, then released the full model": the object is the whole of a thing, not a name near the word (below).
        const wholeWord = pageThings ? WHOLE_THING_AFTER.exec(text.slice(trigger.end, trigger.end + 40))?.[1]?.toLowerCase() : undefined;
        const whole =
          wholeWord !== undefined && (WHOLE_THING_WORD.test(wholeWord) || lexicon.pack.entityTypes.some((t) => event.participantTypes.includes(t.type) && t.headers.some((h) => h.toLowerCase() === wholeWord)));
        // ("Brennerpay also launched a card terminal": so is a launch, of the thing launched.)
        const othersEvent = !subject && (foundsAnother(text, trigger) || (!whole && launchesAnother(text, trigger))) && !(object && (NAMED_OBJECT_BETWEEN.test(text.slice(trigger.end, object.start)) || appositiveObject(text, trigger, object)));
        // "It was built in 1852 to serve the garrison in Dunmere": a clause whose subject is a pronoun is the pronoun's event; a
        // name after the verb (a place, an agent, an object of a purpose) is never what "it" stands for.
        // (A passive only: "He joined X", "Il a rejoint le X" still take their object.)
        const pronounLead =
          !subject && PRONOUN_SUBJECT.test(text.slice(clause.start, trigger.start)) && PASSIVE_LEAD.test(text.slice(clause.start, trigger.end)) && PARTICIPLE_WORD.test(text.slice(trigger.start, trigger.end));
        if (((pronounLead && THING_PRONOUN_LEAD.test(text.slice(clause.start, trigger.start))) || thingOpens) && afterUnknownName && !mentions.some((m) => m.end <= clause.start && fits(m))) {
          clauses.delete(clauseStart);
          continue;
        }
        const chosen = othersEvent ? undefined : (subject ?? recipient ?? (pronounOpens || pronounLead || nounOpens !== undefined ? undefined : (antecedent ?? (whole ? undefined : (near[0] ?? coordinated)))));
        // "women's korvball was added", "synchronized reef diving debuted": the event is the division's, not the thing's (divisions.ts).
        if (chosen && namesADivision(text, chosen, trigger, clause.start)) {
          clauses.delete(clauseStart);
          continue;
        }
        // "Her father died in 1921, when X was twelve", "X's brother was killed": a noun of kin as the clause's subject owns the
        // event; only a name the verb takes as its object right after it ("her son founded X") may still be its participant.
        if (
          KIN_SUBJECT.test(text.slice(clause.start, trigger.start)) &&
          !(chosen && chosen.start >= trigger.end && !/[,，]/u.test(text.slice(trigger.end, chosen.start)) && !ANOTHER_CLAUSE_BETWEEN.test(text.slice(trigger.end, chosen.start)))
        ) {
          clauses.delete(clauseStart);
          continue;
        }
        const lead = text.slice(clause.start, trigger.start);
        // "The Federal Medicines Board approved Ostravy", "Ostravy was approved by the agency X": a named agent other than the
        // participant makes the event its own (two agencies' approvals of one drug are two events).
        if (chosen && event.agentsApart === true) {
          const other = (m: Mention) => m.entity.id !== chosen.entity.id && m.entity.type !== 'unknown' && !speaks(lexicon, text, trigger, m, pageThings);
          const agentMention =
            allMentions.find(
              (m) =>
                other(m) &&
                m.start >= clause.start &&
                m.end <= trigger.start &&
                /^\s*(?:(?:the|la|le|el|der|die|das)\s+)?$/iu.test(text.slice(clause.start, m.start)) &&
                AGENT_THEN_VERB.test(text.slice(m.end, trigger.start)),
            ) ??
            allMentions.find((m) => other(m) && m.start >= trigger.end && BY_AFTER_EVENT.test(text.slice(trigger.end, m.start))) ??
            // German closes the clause on the participle: the agent opens it before "hat"/"hatte", or follows "von" before the verb.
            (VERB_LAST_CLAUSE_END.test(text.slice(trigger.end, trigger.end + 4))
              ? allMentions.find(
                  (m) =>
                    other(m) &&
                    m.start >= clause.start &&
                    m.end <= trigger.start &&
                    ((/^\s*(?:(?:der|die|das)\s+)?$/iu.test(text.slice(clause.start, m.start)) && ACTIVE_AUXILIARY_AFTER_NAME.test(text.slice(m.end, m.end + 8))) ||
                      VON_BEFORE_NAME.test(text.slice(clause.start, m.start))),
                )
              : undefined);
          if (agentMention) agent = `by ${agentMention.entity.name.toLowerCase()}`;
        }
        // "The museum was completed", "The group, which debuted on …" (a relative clause right after the type noun): the
        // clause's subject is a type noun of a type the event takes.
        // (Or a clause coordinated after another's: "Work started in April 2017 and the bridge opened on 2 June 2023".)
        // ("Der Verein wurde 1911 gegründet": in German the participle closes the clause the type noun opens.)
        const leadType =
          chosen || !referent
            ? undefined
            : (nounOpens ??
              typeNounType(lexicon, lead, event.participantTypes) ??
              typeNounType(lexicon, lead.replace(BEFORE_COORDINATED_CLAUSE, ''), event.participantTypes) ??
              (VERB_LAST_CLAUSE_END.test(text.slice(trigger.end, trigger.end + 4)) ? typeNounType(lexicon, lead, event.participantTypes, ARTICLE_NOUN_VERB_LAST) : undefined));
        const relativeType = chosen || !referent || leadType !== undefined ? undefined : typeNounType(lexicon, text.slice(0, trigger.start).replace(RELATIVE_ON_NOUN, ' '), event.participantTypes);
        // "X joined Y", "X has not signed for Y", "X ha firmato con il Y": a subject right before the event's word and an object
        // right after it, of two types the event takes, are both its participants (one player's signing keyed on the club would
        // meet another player's; keyed on the player, his next club's).
        // (Not where the pack keeps the other name as the event's agent: `agentsApart`.)
        const pair = chosen && !othersEvent && event.agentsApart !== true ? subjectAndObject(text, trigger, clause, mentions.filter(fits), event.participantTypes, referent) : undefined;
        if (pair) {
          for (const e of pair) addParticipant(e);
          // (A pronoun's person, like a pronoun's thing below, is read by its role, not guessed from context.)
          byKind = pair.length > 0 && !allMentions.some((m) => m.entity.id === pair[0]!.id);
        }
        else if (chosen) addParticipant(chosen.entity);
        else if (whole && !othersEvent) {
          // "…, then released the full model on 3 February": the whole of the thing, on a page that has named one thing of
          // the event's kind only (with those of the sentence and its paragraph), is that thing.
          const found = new Map([...allMentions, ...blockMentions].filter((m) => takesPart(lexicon, event, m.entity)).map((m) => [m.entity.id, m.entity]));
          for (const e of pageThings?.(event.participantTypes) ?? []) found.set(e.id, e);
          const only = found.size === 1 ? [...found.values()][0]! : undefined;
          // Not where the clause's subject is another's: "Rival Lumenfold released the full model" on a page about Halvard's
          // model; a name before the verb may be the thing's maker only where the sentence names the thing before it too
          // ("X unveiled a preview of Y, then released the full model").
          const leadNames = allMentions.filter((m) => m.start >= clause.start && m.end <= trigger.start);
          const othersSubject =
            RIVAL_WORD.test(text.slice(clause.start, trigger.start)) ||
            (only !== undefined && leadNames.some((m) => m.entity.id !== only.id) && !allMentions.some((m) => m.entity.id === only.id && m.end <= trigger.start));
          if (only && !othersSubject) {
            const e = only;
            addParticipant(e);
            // (The quote is the verb and its object, not a name of the thing elsewhere in the sentence.)
            const object = WHOLE_THING_AFTER.exec(text.slice(trigger.end, trigger.end + 40))!;
            named = [{ start: trigger.end + object[0].length - object[0].trimStart().length, end: trigger.end + object[0].length, entity: e, text: object[0].trim() }];
            byKind = true;
          }
        } else if (othersEvent) {
          // (Nor the page's thing of that kind: "It founded a lab", "The company founded a lab"; but "who co-founded the
          // studio": a type noun the verb founds stands for the paragraph's last name of that type, else the page's thing.)
          const noun = DEFINITE_OBJECT.exec(text.slice(trigger.end, trigger.end + 40))?.[1]?.toLowerCase();
          // (A pack's type noun of any type: "the studio" is often a name's of type organization.)
          const described = noun !== undefined && lexicon.pack.entityTypes.some((t) => t.headers.some((h) => h.toLowerCase() === noun));
          const last = (ms: readonly Mention[]) => [...ms].reverse().find((m) => takesPart(lexicon, event, m.entity) && m.end <= trigger.start)?.entity;
          const e = described ? (last(mentions) ?? last(blockMentions) ?? referent?.(event.participantTypes, false, blockMentions.length === 0)) : undefined;
          if (e) {
            addParticipant(e);
            byKind = true;
          }
        }
        // "公司成立", "the company was founded": the thing of that kind the section or the page is about.
        else if (
          referent &&
          (KIND_REFERENCE.test(text.slice(Math.max(0, trigger.start - 24), trigger.end + 12)) || KIND_REFERENCE_VERB_LAST.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)))
        ) {
          // "… criticized the company's chatbot Murmur in internal messages, and the company did not launch it": a thing of
          // the event's kind the sentence names before its word, however far, is what it speaks of, not one a paragraph or a
          // sentence before named (two such things in the sentence: either, and nothing is read).
          // "The company did not launch it": a noun of a kind the event does not take is the clause's subject, no participant;
          // what "it" stands for is then the thing the page's title names, if one, never a name met in an earlier paragraph.
          const own = new Map(mentions.filter((m) => m.end <= trigger.start && takesPart(lexicon, event, m.entity)).map((m) => [m.entity.id, m]));
          const kind = (KIND_REFERENCE.exec(text.slice(Math.max(0, trigger.start - 24), trigger.end + 12)) ?? KIND_REFERENCE_VERB_LAST.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start)))![0];
          const kindTaken = /model|模型/iu.test(kind) ? event.participantTypes.some((t) => !ORGANISATION_TYPES.has(t)) : event.participantTypes.some((t) => ORGANISATION_TYPES.has(t));
          const e =
            own.size > 0 ? (own.size === 1 && fits([...own.values()][0]!) ? [...own.values()][0]!.entity : undefined)
            : kindTaken ? referent(event.participantTypes, false, blockMentions.length === 0)
            : referent(event.participantTypes, true);
          if (e) {
            addParticipant(e);
            byKind = true;
          }
        } else if (
          referent &&
          // "The park, created in 1989, covers …": a participle's aside right after the type noun is the noun's too.
          (pronounOpens ||
            PRONOUN_SUBJECT.test(lead) ||
            leadType !== undefined ||
            (PARTICIPLE_WORD.test(text.slice(trigger.start, trigger.end)) && typeNounSubject(lexicon, lead.replace(/\s*,\s*$/u, ' '), event.participantTypes)) ||
            relativeType !== undefined)
        ) {
          // "It was held on 21 September 2025", "He was born in 1841", "The museum was completed in 1887": the last name of a
          // fitting type in the paragraph, else the thing of that type the section or the page is about.
          // "The group, which debuted …": the last name of the noun's type, not of any type the event takes.
          const types = relativeType !== undefined ? [relativeType] : event.participantTypes;
          // (A type noun, not a pronoun, past the paragraph: what the section or the page is about comes first.)
          // (Nor the paragraph's last name of the type when it named several: "Line 7 relieves Line 5, …. Tunnelling started in 2019
          // and the line opened …": the one the section or the page is about, if any.)
          const described = !pronounOpens && !PRONOUN_SUBJECT.test(lead);
          const fitting = new Set(blockMentions.filter((m) => types.includes(m.entity.type)).map((m) => m.entity.id));
          // "X did not live to see it—he died in 1742—": a subject pronoun in a later clause of a sentence that names one of the
          // types before that clause stands for its own sentence's subject (the name that opens it), else for its one such name;
          // a sentence that names several and opens on none of them, or only on a possessive ("X's brother … he"), gives nothing.
          const earlier = !described && !pronounOpens ? mentions.filter((m) => m.end <= clause.start && types.includes(m.entity.type)) : [];
          const opener = earlier.find((m) => OPENS_SENTENCE.test(text.slice(0, m.start).replace(/^[\s*_"“]+/u, '')) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)));
          const named = new Set(earlier.map((m) => m.entity.id));
          const own = opener?.entity ?? (named.size === 1 && !earlier.every((m) => POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) ? earlier[0]!.entity : undefined);
          if (earlier.length > 0 && !own) {
            clauses.delete(clauseStart);
            continue;
          }
          const e =
            own ??
            (described && fitting.size > 1
              ? referent(types, false, true, true)
              : ([...blockMentions].reverse().find((m) => types.includes(m.entity.type))?.entity ?? referent(types, false, described && blockMentions.length === 0)));
          if (e) {
            addParticipant(e);
            byKind = true;
          }
        } else if (referent && allMentions.length === 0 && EVENT_NOUN_SUBJECT.test(lead) && eventNounAsSubject(text, trigger)) {
          // "Construction began in 2018.", "The collision happened on Sunday, Feb. 11.": the event's own noun is the clause's
          // subject, in a sentence that names nothing: the event is of the thing the section or the page is about.
          const e = referent(event.participantTypes);
          if (e) {
            addParticipant(e);
            byKind = true;
          }
        }
      } else if (event.topicParticipant) {
        // "Series C: €1.7B led by X" on a company's profile: the agent the trigger names, and the company the
        // page's title names. A sentence that names anything else (the investee, co-investors) is left alone:
        // in a digest it may be any company's round.
        const agent = agentByRole(text, trigger);
        const fitting = mentions.filter((m) => takesPart(lexicon, event, m.entity));
        const agentMention = agent ? fitting.find((m) => m.start < agent.end && m.end > agent.start) : undefined;
        const lead = agentMention?.entity ?? (agent && event.participantTypes.includes('unknown') ? agent.entity : undefined);
        const company = referent?.(event.participantTypes.filter((t) => t !== 'unknown'), true);
        if (lead && company && lead.id !== company.id && fitting.every((m) => m === agentMention || m.entity.id === company.id)) {
          addParticipant(lead);
          addParticipant(company);
          if (!agentMention) named = [...mentions, { ...agent!, text: agent!.entity.name }];
          byKind = true;
        }
      } else {
        for (const m of mentions) if (inside(m, clause)) addParticipant(m.entity);
        // Then, as context: the rest of the sentence, nearest first.
        const rest = [...mentions].filter((m) => !inside(m, clause)).sort((a, b) => distance(text, a, trigger) - distance(text, b, trigger));
        for (const m of rest) if (participants.length < event.minParticipants) addParticipant(m.entity);
        for (let i = blockMentions.length - 1; i >= 0 && participants.length < event.minParticipants; i--) addParticipant(blockMentions[i]!.entity);
        for (const e of lastParticipants.get(event.id) ?? []) {
          if (participants.length >= event.minParticipants) break;
          addParticipant(e);
        }
      }
      // A family is a participant only where the sentence names it: "the company plans to launch …" on a family's page, or a bare
      // "发布" after it, may be of a next generation or of anything else the family's maker puts out.
      // (Nor where it names some of its members: "previous X models had been released", "earlier X releases".)
      const familyNamed = (p: EntityRef) => allMentions.some((m) => m.entity.id === p.id) && !allMentions.some((m) => m.entity.id === p.id && (MEMBERS_AFTER_NAME.test(text.slice(m.end, m.end + 16)) || MEMBERS_AFTER_NAME.test(/[\s-]\S+$/u.exec(m.text)?.[0] ?? '')));
      // "X is the publishing arm of the Acme group, founded in 2016 as a division of Acme": what the event made is a part of the
      // organisation named after "as a division of", never that organisation (we would rather read nothing than give it the date).
      const wholeOf = new Set(allMentions.filter((m) => m.start >= trigger.end && m.start <= clause.end && AS_PART_OF_AFTER.test(text.slice(trigger.end, m.start))).map((m) => m.entity.id));
      if (participants.length < event.minParticipants || participants.some((p) => wholeOf.has(p.id) || (p.type === 'family' && (!familyNamed(p) || !takesPart(lexicon, event, p))))) {
        clauses.delete(clauseStart);
        continue;
      }
      // Participants taken from earlier sentences ("the approval", "the two sides") are a guess from
      // context: such a claim supports others but does not make a conflict on its own.
      const fromContext = !byKind && participants.some((p) => !allMentions.some((m) => m.entity.id === p.id));
      participants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      lastParticipants.set(event.id, participants);
      const core = {
        start: negation ? negation.start : trigger.start,
        end: negationAfter ? negationAfter.end : trigger.end,
      };
      // A kind the pack's event is named after ("full-approval") is that event itself, not a kind of it.
      const kind = variantAt(text, trigger) ?? mediumAt(text, trigger, clause) ?? venueAt(text, trigger, clause);
      // (One unit of a series, "its second Wren spacecraft", src/extract/unit-ordinals.ts: a kind of its own.)
      const variant = kind !== undefined && !`${event.id} ${event.label ?? ''}`.toLowerCase().includes(kind) ? kind : participants.length === 1 ? participantUnit(text, participants[0]!.id, allMentions, blockMentions) : undefined;
      const span = quoteWithParticipants(text, core, clause, named.filter((m) => participants.some((p) => p.id === m.entity.id)));
      const entity: EntityRef = {
        id: participants.map((p) => p.id).join('+'),
        name: participants.map((p) => p.name).join(' & '),
        // One participant is the thing itself ("Corvane Air cancelled …": an airline); several make an event of their own.
        type: participants.length === 1 ? participants[0]!.type : 'event',
        mention: text.slice(span.start, span.end),
        known: participants.every((p) => p.known),
      };
      out.push({
        entity,
        attribute: `event.${event.id}`,
        value: {
          kind: 'event',
          event: event.id,
          participants: participants.map((p) => p.id),
          polarity: negation || negationAfter ? 'not-happened' : 'happened',
          text: text.slice(span.start, span.end),
        },
        span,
        anchor: trigger.start,
        fromContext,
        ...(variant !== undefined ? { variant } : {}),
        ...(agent !== undefined ? { agent } : {}),
        ...(offsetFrom ? { undated: true } : {}),
      });
    }
  }
  return out;
}
