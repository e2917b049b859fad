// What a figure measures: each pack trigger belongs to its nearest figure, a figure takes the attribute of its
// nearest trigger (or of its unit word), a figure in parallel with the one before it takes that one's
// attribute; differences ("1,000mAh larger than") and compared values ("up from 4,800mAh") are not stated values.
import type { QuantityMatch } from '../normalise/numbers.js';
import { canonicalUnit, CJK_MEASURE_WORDS, convertible, CURRENCY_CODES, dimensionOf, inUnit, isCountUnit, PERCENTAGE_POINT, sameUnit, takesAsWritten, UNIT_WORDS } from '../normalise/units.js';
import { PLACE_TYPES, type Mention } from '../normalise/entities.js';
import type { Lexicon } from '../packs/lexicon.js';
import { spacedPattern, type PhraseMatch, type PhraseMatcher } from '../packs/phrases.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, Quantity, Span } from '../types.js';
import { compatible, coordinated, counterpartOf, elidedPossessor, FRONTED_PHRASE, lastBefore, measuredBetween, NAME_OPENS, nearestBefore, personNameAsModifier, possessorBefore, SUB_BODY_BEFORE, unknownPossessorOpens, QUOTED_TITLE, REPORTING, SUBJECT_WINDOW } from './subjects.js';
import { afterAnEvent, CHANGED_BY, clauseBefore, DEFINITE_ARTICLES, CHANGED_BY_ABROAD, changeAsRange, changedByAfter, COMPARED_CHANGE_NOUN, countsItsSources, FUNCTION_WORDS, ratioTerm, moveSize, namesWhatItCounts, notItsValue, NOW_WORDS, settingsMasked, startsAChange, statisticOf, VERB_ONLY_TRIGGER } from './figure-phrases.js';
import { distance, enclosing, wordsBetween } from './words.js';
import { isMonthName } from '../normalise/dates.js';
import { countsAGroup } from './groups.js';
import { clauseNouns, descriptionsOf, headedByOtherType, subjectTypes, typeNounForOnly, typeNouns } from './typing.js';
import { partWordsBesides } from './context.js';
import { anotherWholeOrGroup } from './other-wholes.js';

/** Between a trigger and the figure after it, a word that joins them as a noun and its measure: "revenue of", "sales at", "Umsatz von", "chiffre d'affaires de". */
const LINKED_TO_FIGURE = /^\s*(?:of|at|von|de|d['’]|di|del|du|des|:)\s*$/iu;
/** How far (in words) a trigger may stand from its figure or value. */
export const TRIGGER_WINDOW = 6;
/** The most words a date between a trigger and its figure can hold ("the six months ended June 30, 2025"). */
const DATE_WORDS = 8;
/**
 * A figure set off by a dash restates a noun phrase earlier in the sentence ("on a budget that
 * critics called a joke—just $5 million"): its trigger may stand this far before the dash.
 */
const APPOSITION_WINDOW = 10;
const APPOSITIVE_DASH = /[—–]\s*(?:just|only|about|around|roughly|some|nearly)?\s*$/iu;

function hasScale(match: QuantityMatch, text: string): boolean {
  // Right after the number's digits: "96.8 on QA8K" has no scale (the "8K" is the name's).
  return /^[^\d]{0,3}[\d.,]*\d\s*(?:[KMBT]|bn|tn|thousand|million|billion|trillion|万|萬|亿|億)(?![A-Za-z])/iu.test(
    text.slice(match.numberSpan.start, match.numberSpan.end + 12),
  );
}

/** How far (in words) a blocker may stand from a figure: "pre-trained … with a context length of 4K tokens". */
const BLOCKER_WINDOW = 12;
/** What follows a listed blocker when it names a figure of its own: "…, width 1,790 mm", "…, une largeur de 1 790 mm". */
const LISTED_FIGURE = /^\s*(?:[:=(]\s*)?(?:[\p{L}'’]+\s+){0,2}\p{N}/u;
/**
 * Between a trigger and the level a move reached, past a few words of the move ("fell in the quarter"): "by 25 basis
 * points, from 4.25% to", "by 25 basis points to", "sank im Quartal um 7 Prozent auf", "a reculé de 7 % à".
 */
const MOVE_BETWEEN =
  /^\s*(?:(?!(?:as|while|whereas|and|but|when|und|et|y|e|mentre|während|alors\s+que|mientras)\s)[\p{L}'’-]+\s+){0,6}?(?:by\s+(?:(?:about|around|some|nearly|roughly)\s+)?[$€£]?\d(?:[^,;:.!?]|[.,](?=\d)){0,30}?(?:,?\s+from\s+(?:[^,;:.!?]|[.,](?=\d)){1,30}?)?\s+to|um\s+(?:rund\s+|etwa\s+)?\d(?:[^,;:.!?]|[.,](?=\d)){0,20}?\s+auf|de\s+(?:près\s+de\s+)?\d(?:[^,;:.!?]|[.,](?=\d)){0,20}?\s+à)\s+(?:(?:about|around|nearly|roughly|rund|etwa)\s+)?$/iu;
/** Between a whole's trigger and a figure, right before the figure, a verb that spends a part of it: "budget also sets aside". */
const ALLOCATED_BETWEEN =
  /(?<![\p{L}])(?:sets?\s+aside|setting\s+aside|earmark(?:s|ed|ing)?|allocat(?:es|ed|ing)|devot(?:es|ed|ing)|reserves|reserved|destina|asigna|stanzia)\s+(?:(?:about|around|some|nearly|another|a\s+further|an\s+additional|up\s+to)\s+)?$/iu;
/** "which includes $400 million for transit", "provides €2 billion for schools": a verb that may state the whole, a part only with what it is for. */
const INCLUDES_BETWEEN = /(?<![\p{L}])(?:includes|included|including|provides|provided|prévoit|prevede|incluye|umfasst|beinhaltet)\s+(?:(?:about|around|some|nearly|up\s+to)\s+)?$/iu;
const SPENT_FOR_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:for|pour|per|para|für)\s/iu;
/** A verb of a part's share of a whole right before a figure: "accounted for 31 deaths", "made up 12%", "representó el 40%". */
const SHARE_OF_WHOLE_VERB =
  /(?<![\p{L}])(?<!(?:have|has|had|so\s+far|now|also|already)\s+)(?:accounted\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|make\s+up|representó|représente|représentait|entfielen\s+(?:auf\s+\S+\s+)?)\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|el|la|les|rund|etwa)\s+)?$/iu;
/** After a figure that modifies a noun: the noun (a word or two), then a comma ("21-inch wheels, the "). */
const MODIFIED_NOUN_THEN_COMMA = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,/u;
/** Between a trigger and the level a change reached, past its start and the start's year: "grew from $2.2 billion in 2019 to". */
const FROM_BETWEEN = /^\s*(?:[\p{L}-]+\s+){1,2}from\s+(?:(?:about|around|some|nearly|roughly)\s+)?[$€£¥]?\d(?:[^,;:.!?]|[.,](?=\d)){0,40}?\s+to\s+(?:(?:about|around|nearly|roughly)\s+)?$/iu;

/** Right before a figure, a period's end or start and "with": "ended 2024 with", "closed the year with about", "entered 2025 with". */
const PERIOD_WITH_BEFORE =
  /(?<![\p{L}])(?:ended|finished|closed|entered|began|started)\s+(?:the\s+)?(?:(?:fiscal\s+)?(?:year|quarter|month|season)\s+|(?:FY\s*)?(?:19|20)\d\d\s+|(?:Q[1-4]|H[12])\s+(?:FY\s*)?(?:19|20)?\d\d\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\s+)with\s+(?:(?:about|around|some|nearly|roughly|a\s+total\s+of|just\s+over|just\s+under|more\s+than|over)\s+)?$/iu;

/** "and" and a verb of its own ("and was trained on", "and has", "and raised"), after a figure. */
const AND_VERB = /^\s*,?\s*and\s+(?:(?:then|also|later)\s+)?(?:(?:was|were|is|are|has|have|had)(?![\p{L}])|\p{Ll}{2,}ed(?![\p{L}]))/u;
const BLOCKER_BREAK = /[;；]|(?<![\p{L}])(?:but|while|whereas|although|however)(?![\p{L}])|[,，]\s*(?:and|but|while)(?![\p{L}])|而|但/iu;

/**
 * Whether a phrase near the figure says it is not this attribute's value (a stage, a setting). `found`
 * keeps each matcher's matches in `text`: every figure of a sentence asks every attribute, and the
 * matches depend on the sentence alone.
 */
function blocked(lexicon: Lexicon, text: string, attribute: PackAttribute, q: QuantityMatch, found: Map<PhraseMatcher, PhraseMatch[]>, quantities: readonly QuantityMatch[], mentions: readonly Mention[]): boolean {
  const matcher = lexicon.blockers.get(attribute.id);
  if (!matcher) return false;
  let blockers = found.get(matcher);
  // "X International Airport handled …": a blocker's words inside a name a pack knows are the name's, not a blocker.
  if (!blockers) found.set(matcher, (blockers = matcher(text).filter((b) => !mentions.some((m) => m.entity.known && m.start <= b.start && b.end <= m.end))));
  return blockers.some((b) => {
    if (distance(text, b, q.span) > BLOCKER_WINDOW) return false;
    // "4,650 mm long and 2,770 mm between the axles", "32K tokens natively and 128K tokens with scaling", "12 deaths with
    // another 40 people unaccounted for": a blocker after another figure is that figure's (one before the figure may name a
    // stage of the whole clause).
    // (Nor a blocker that is another figure's unit word: "2,048 GPUs by a team of 40 people".)
    // (Not a figure in a parenthesis right after this one, an aside on it: "28 pages (10%) of notes" is still notes'.)
    if (b.start >= q.span.end && quantities.some((o) => o !== q && o.span.start >= q.span.end && o.span.start < b.start && (o.span.end <= b.start || o.span.end >= b.end) && !asideAfter(text, q, o, b))) return false;
    // "a context window of 256,000 tokens and was trained on 12 trillion tokens": a blocker before another figure, that a
    // predicate of its own after "and" follows, is that figure's.
    if (b.end <= q.span.start && quantities.some((o) => o !== q && o.span.start >= b.end && o.span.end <= q.span.start && AND_VERB.test(text.slice(o.span.end, q.span.start)))) return false;
    // "raised $1.1 billion in a Series C round led by Y": a participle after the figure whose agent follows ("led by", "backed by")
    // says who led what the figure measures, not that the figure is another's.
    if (b.start >= q.span.end && (/(?:led|backed)\s+by$/iu.test(text.slice(b.start, b.end)) || (/(?:led|backed)$/iu.test(text.slice(b.start, b.end)) && /^\s+by\s/iu.test(text.slice(b.end, b.end + 4))))) return false;
    // "236B total parameters but only 21B per token": a blocker in another clause says nothing of this figure.
    const between = b.end <= q.span.start ? text.slice(b.end, q.span.start) : text.slice(q.span.end, b.start);
    if (BLOCKER_BREAK.test(between)) return false;
    // "a length of 4,650 mm, a width of 1,790 mm": a blocker listed after the figure, with a figure of its own, is that one's.
    return !(b.start >= q.span.end && /[,，、]/u.test(between) && LISTED_FIGURE.test(text.slice(b.end, b.end + 30)));
  });
}

/** Whether figure `o` stands alone in a parenthesis right after figure `q`, before blocker `b`: "28 pages (10%) of notes". */
function asideAfter(text: string, q: QuantityMatch, o: QuantityMatch, b: { start: number }): boolean {
  return /^\s*[(（]\s*$/u.test(text.slice(q.span.end, o.span.start)) && /^\s*[)）]\s*$/u.test(text.slice(o.span.end, b.start));
}

/** A comma or an opening parenthesis, and perhaps a company suffix before it, right after a name ("Corvane Inc, worth …"). */
const APPOSED = /^(?:\s+(?:inc|corp|ltd|plc|llc|ag|sa|gmbh)\.?)?\s*[,(（，]\s*$/iu;
/** Words that open a phrase describing the name before it: "worth", "valued at", "priced at", "weighing", "valorada en". */
const APPOSED_WORD = /^(?:worth|valued|priced|weighing|measuring|estimated\s+at|valorad[oa]s?|valoris[ée]e?s?|évalu[ée]e?s?|d['’]une\s+valeur|im\s+Wert|估值|价值|價值)(?![\p{L}])/iu;

/**
 * A clause set before the main one, up to its comma, that says when or despite what ("Despite record revenue, the shares
 * closed 2% lower at €41", "After revenue of …, …", "A pesar de …,"): a trigger in it does not reach a figure of the main clause.
 */
const FRONTED_CLAUSE =
  /^\s*(?:despite|in\s+spite\s+of|although|though|after|following|amid|before|pese\s+a|a\s+pesar\s+de|aunque|malgré|bien\s+que|après|trotz|obwohl)\s[^,;:，；]{1,160}[,，]/iu;

/** "on general benchmarks like QuizBench", "in the coding test": a figure's own phrase, up to the next break. */
const OWN_PHRASE = /^\s*on\s+[^,;:.，；。]{1,60}/iu;

/**
 * Between a trigger and a bare number, the words that let the number stand for a percentage of what the trigger names: "response
 * rate: 58.1", "SCORE 75 of 58.1", "turnout was 71.3", "taux de 62,4".
 */
const PERCENT_LINK_BETWEEN =
  /^\s*(?:[:=]\s*|[-–—]\s*)?(?:(?:of|was|is|were|are|at|stood\s+at|reached|hit|de|von|bei|di|del|da|do|du|des|est|était|war|ist|lag|liegt|era|es|fue|è|é|foi|fu)\s+){0,2}$/iu;

/** A comma, a dash or a parenthesis after a trigger, then an article: "reached SCORE 75, a 75% gain in the index". */
const APPOSED_ARTICLE_BETWEEN = /^\s*[,—–(]\s*(?:a|an|un|une|ein|eine|einer|einem|einen|una|uno|um|uma)\s+$/iu;
/** Nouns that restate a percentage as the attribute's own figure ("SCORE 75, a 58.1% rate"): after one, the figure stays the trigger's. */
const RATE_NOUN = /^(?:rates?|share|shares|proportion|percentage|response|responses|taux|part|Anteil|Quote|Rate|tasa|proporción|tasso|quota|taxa)$/iu;
/**
 * "and" (perhaps after a comma), then maybe a verb in the past and its words, between a figure and a trigger after it; the figure
 * may close on a word of distance or time of its own ("30 miles away and was heard"), and auxiliaries may open the trigger's
 * predicate ("and was heard"): a verb of the same subject, whose figure is not the one before.
 */
const AND_THEN =
  /^(?:\s+(?:away|off|ago|apart|distant|long|wide|high|deep|tall))?\s*,?\s*and\s+(?:(?:then|also|later)\s+)?(?:(?:was|were|is|are|had|has|have|been|being)\s+)*(?:(?:\p{Ll}+ed|broke|set|took|ran|won|beat|cut|made|hit|became)(?:\s+[^\s,;:.!?]+){0,4}\s+)?$/u;
/**
 * After a figure, a comma, a word of contrast and a subject of its own: "all 90 billion, but the cost per token …", "…, mais le
 * coût par jeton …"; a trigger past it is that clause's.
 */
const CONTRAST_CLAUSE_BETWEEN =
  /^[^,;]*[,;]\s*(?:but|yet|while|whereas|although|though|mais|alors\s+que|tandis\s+que|pero|mientras\s+que|ma|mentre|mas|enquanto|aber|doch|während)\s+(?:the|its|their|this|that|le|la|les|l['’]|son|sa|ses|el|los|las|su|sus|il|lo|gli|o|os|as|seu|sua|der|die|das|sein|seine|ihr|ihre)\s/iu;
const CLAUSE_BREAK = /[,;，；、]|(?<![\p{L}])(?:and|while|whereas)(?![\p{L}])|而/u;
/** A verb of its own between a trigger and "by" ("a 12% holding that has shrunk by $9 billion"): the "by" is that verb's. */
const ANOTHER_VERB = /(?<![\p{L}])(?:has|have|had|is|are|was|were|been|will|would|\p{L}+ed)(?![\p{L}])/iu;
/** Between a trigger and a figure after it: "by" in the trigger's clause, maybe with a bound ("beat the old mark by nearly 20 seconds"). */
const BY_AFTER = /^[^,;:.!?，；：。]{0,60}?(?<![\p{L}])(?:by|um)\s+(?:(?:more\s+than|over|nearly|almost|about|around|some|just|roughly|at\s+least|less\s+than|under|mehr\s+als|fast|knapp|rund)\s+)?$/iu;
/** The words of a maximum reached, opening a figure: "up to", "as many as", "bis zu", "jusqu'à", "hasta", "fino a", "até", "最多", "高达". */
/**
 * After a bound, words that make it the highest over places ("up to 38 m in some areas", "locally", "in places",
 * "stellenweise", "par endroits"): the top of figures that differ from place to place, each lower one true somewhere.
 */
const OVER_PLACES_AFTER =
  /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?,?\s*(?:in\s+(?:some|certain|many|several|a\s+few|parts|places|spots)|locally|at\s+(?:some|certain)\s+(?:places|points|sites|spots|locations)|in\s+the\s+(?:worst|hardest)[-\s]hit|stellenweise|örtlich|lokal|par\s+endroits|localement|en\s+(?:algunas|ciertas)\s+zonas|localmente|in\s+alcune\s+zone|em\s+algumas\s+áreas)(?![\p{L}])/iu;
const UP_TO = /^(?:up\s+to|as\s+(?:many|much)\s+as|bis\s+zu|jusqu['’]à|hasta|fino\s+a|até|最多|多达|多達|高达|高達|최대|最大で)(?![\p{L}])/iu;
/** Words of an attribute that is a maximum: "max context", "maximum speed", "seating capacity", "top speed". */
const CEILING_WORDS = /(?<![\p{L}])(?:max|maximum|capacity|top[\s-]speed)(?![\p{L}])/iu;
/**
 * Before a maximum's trigger, words that put something inside it ("a whole codebase in context", "fed into its context window",
 * "im Kontext", "dans le contexte", "en la ventana de contexto", "nel contesto"): what is put in is measured, not the maximum.
 */
const INSIDE_BEFORE = /(?<![\p{L}])(?:in|into|within|im|ins|in\s+(?:den|das|dem|sein(?:en|em)?|ihr(?:en|em)?)|dans|en|nel(?:la|l['’])?|no|na|dentro\s+de)\s+(?:(?:the|its|their|a|le|la|l['’]|les|son|sa|el|su|il|o|a|seu|sua)\s*)?$/iu;
/** Verbs that put an amount into something ("given", "fed", "loaded", "pasted"). */
const PUT_IN = /(?<![\p{L}])(?:given|gave|give|gives|giving|fed|feed|feeds|feeding|put|puts|putting|placed|loaded|loads|loading|passed|passing|inserted|pasted|stuffed|uploaded|dropped|provided|gegeben|eingegeben|geladen|eingefügt|donné|chargé|placé|inséré|collé|dado|cargado|colocado|insertado|dato|caricato|inserito|fornito|carregado|inserido|colado)(?![\p{L}])[^,;:.!?]{0,80}$/iu;
/** After a figure, "on" (or its kin) and a capitalised name: "55.1% on the QRZT benchmark", "auf BenchX", "sur le TestY". */
const ON_ANOTHER_BENCHMARK = /^\s*(?:on|auf|sur)\s+(?:(?:the|dem|der|le|la|l['’])\s*)?(\p{Lu}[\p{L}\p{N}-]*)/u;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/u;
const ON_A_NAME_AFTER = /^\s*(?:on|in|auf|im|bei|sur|en|su|nel|em|no|na)\s+(?:(?:the|dem|der|le|la|l['’]|el|il|lo|o|a)\s*)?(\p{Lu}[\p{L}\p{N}-]*)/u;
/** Whether an attribute's value is a maximum, which "up to" states (`ceiling`, or its id or label says so). */
const isCeiling = (attribute: PackAttribute) => attribute.ceiling === true || CEILING_WORDS.test(attribute.label) || CEILING_WORDS.test(attribute.id.replace(/[._-]/gu, ' '));
/** Whether the text between a trigger and a figure is the trigger's "by" ("beat the old mark by"), with no verb of its own. */
const byTakes = (between: string) => BY_AFTER.test(between) && !ANOTHER_VERB.test(between);

/**
 * A noun's last character in a script that counts after the noun, then at most a space, right before a figure; in
 * Korean the noun's word may go on past the trigger ("탑승자 7명": the trigger 탑승 and the suffix 자).
 */
const COUNTED_BEFORE = /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{Script=Hangul}{1,3})\s?$/u;

/** Between a counted noun and the number that numbers it: a space ("floors 70"), "No.", "#", "nos.". */
const NUMBERED_AFTER = /^[ \t]+(?:(?:no\.?|nos\.?|nr\.?|n\.?º|#)\s*)?$/iu;

/** A number and a hyphen right before a trigger ("38-game"). */
const HYPHENATED_BEFORE = /\p{N}[-‐]$/u;
/** Between a figure and a trigger after it, words that make the figure a part of what the trigger names: " (included in the ", ", part of the ". */
const INCLUDED_IN_BETWEEN = /^\s*[(（,，]?\s*(?:(?:which\s+is|which\s+are|is|are|and|all)\s+)?(?:included\s+in|includ(?:ed)?\s+within|part\s+of|counted\s+(?:in|towards?)|inclus?\s+dans|incluid[oa]s?\s+en|enthalten\s+in|compres[oa]\s+nel(?:la)?)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|le\s+|la\s+|el\s+|dem\s+|der\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/** Between a trigger and a figure: "and" another noun, its "of" phrase and "for" ("… and acquisition of Snapfield for "). */
const JOINED_NOUN_FOR_BETWEEN =
  /^\s+(?:and|or|&|plus|et|y|e|und)\s+(?:(?:the|its|their|an?|la|le|l['’]|el|die|der|das)\s*)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+(?:of|de|du|des|del|di|von)\s+[^,;.!?]{1,60}?\s+(?:for|pour|por|per|für)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to)\s+)?$/iu;
/** Right before a figure, a verb of giving money: "invested", "has pledged", "poured in", "a investi", "invirtió", "investiert". */
const GIVEN_BEFORE =
  /(?<![\p{L}])(?:invest(?:ed|s|ing)?|pledg(?:ed|es|ing)|donat(?:ed|es|ing)|contribut(?:ed|es|ing)|poured(?:\s+in)?|pours(?:\s+in)?|lent|loaned|investi|invirti[óo]|invertido|investito|investiert(?:e|en)?|investiu)\s+(?:(?:about|around|some|nearly|almost|roughly|another|a\s+further|an\s+additional|up\s+to|more\s+than|over|près\s+de|environ|unos|circa|rund|etwa)\s+)?$/iu;
/** Right before a bare number, the words that make it an age in years: "aged ", "at the age of ", "Alter von ", "all'età di ". */
const AGE_BEFORE = /(?<![\p{L}])(?:aged|age\s+of|age|Alter\s+von|età\s+di|âge\s+de|edad\s+de|idade\s+de)\s+$/iu;
/** After a bare number, the words of a multiple: "-fold", "- to 10-fold", " times", "x higher". */
const MULTIPLE_AFTER = /^(?:\s*(?:[-–]\s*|\s)(?:to|or|and)\s+\d+(?:\.\d+)?)?\s*[-–]?\s*(?:fold|times)(?![\p{L}])|^\s*[x×]\s+(?:higher|lower|more|less|greater|increased|the)(?![\p{L}])/iu;
/**
 * Whether a bare number (no "%", no "percent") cannot stand for a share: a multiple ("2- to 10-fold", "three times"), a figure over
 * a hundred ("CD4 <200", "owns 61,204,117, or 8.4%, of the shares"), an age ("boys age 3-12"). A score written without its sign ("87.3 on QuizBench") still may.
 */
function bareNoShare(text: string, q: QuantityMatch): boolean {
  if (MULTIPLE_AFTER.test(text.slice(q.numberSpan.end, q.numberSpan.end + 24)) || MULTIPLE_AFTER.test(text.slice(q.span.end, q.span.end + 24))) return true;
  if ((q.quantity.max ?? q.quantity.min ?? 0) > 100) return true;
  return AGE_BEFORE.test(text.slice(Math.max(0, q.span.start - 20), q.span.start));
}
/**
 * "now", "currently" (or Spanish "ya", already) right before a figure, or before one verb and a hedge ("is now about", "now weighs", "ist jetzt",
 * "pèse désormais", "ahora pesa", "ora pesa"): a level at the time of writing. ("is now estimated at" revises the figure.)
 */
const NOW_LEVEL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOW_WORDS}|ya)\s+(?:(?!(?:estimated|expected|put|thought|believed|projected|forecast|reckoned|geschätzt|estimé|estimée|estimado|estimada|stimato|stimata)(?![\p{L}]))[\p{L}]+\s+)?(?:(?:about|around|some|nearly|roughly|only|just|over|under|rund|etwa|environ|unos|unas|circa|cerca\s+de)\s+)?$`,
  'iu',
);

/** "current mass", "its present height", "aktuelle Masse", "masse actuelle", "massa attuale": the level now, named by its noun. */
const CURRENT_BEFORE = /(?<![\p{L}])(?:current|present|today['’]s|aktuelle[nmrs]?|jetzige[nmrs]?|derzeitige[nmrs]?|actuel(?:le)?)\s+$/iu;
const CURRENT_AFTER = /^\s+(?:actuelle?s?|actual(?:es)?|attuale|attuali|atual|atuais)(?![\p{L}])/iu;

/** After an age's number: "-year-old", " years old", "-Jährige", "enne" ("24enne"). */
const AGE_AFTER_NUMBER = /^(?:[-‐\s](?:years?|yrs?)[-‐\s]old|[-‐]?j(?:ä|ae)hrige?[rnms]?|enne)(?![\p{L}])/iu;
/** An age set off after a word (a name, a type noun): ", de 24 años,", ", 24 anni,", ", 24,", " (24)". */
const AGE_APPOSITION_BEFORE = /[\p{L}.'’]\s*(?:[,，]\s*(?:(?:de|di|com|con)\s+)?|[(（]\s*)$/u;
const AGE_APPOSITION_AFTER = /^\s*(?:(?:años|anni|anos|ans|years|Jahre)(?:\s+de\s+edad)?\s*)?[,，)）]/iu;

/**
 * The span of the age phrase a figure in years (or a bare one) stands in, or undefined: "aged 24", "at the age of 24",
 * "24-year-old", "24enne", and an age set off after a word that is no trigger ("Varga, de 24 años,", "Varga, 24 anni,",
 * "Varga, 24,", "Varga (24)"; "un contrato, de 4 años," is the contract's).
 */
function agePhrase(text: string, q: QuantityMatch, triggers: readonly Span[]): Span | undefined {
  const number = text.slice(q.numberSpan.start, q.numberSpan.end);
  if (!/^\d{1,3}$/u.test(number) || Number(number) > 120) return undefined;
  const before = text.slice(Math.max(0, q.numberSpan.start - 24), q.numberSpan.start);
  const after = text.slice(q.numberSpan.end, q.numberSpan.end + 30);
  const word = AGE_BEFORE.exec(before);
  if (word) return { start: q.numberSpan.start - (before.length - word.index), end: Math.max(q.span.end, q.numberSpan.end) };
  const old = AGE_AFTER_NUMBER.exec(after);
  if (old) return { start: q.numberSpan.start, end: q.numberSpan.end + old[0].length };
  const set = AGE_APPOSITION_BEFORE.exec(before);
  const close = AGE_APPOSITION_AFTER.exec(after);
  if (!set || !close) return undefined;
  const wordEnd = q.numberSpan.start - (before.length - set.index) + 1;
  if (triggers.some((t) => t.end === wordEnd)) return undefined;
  return { start: wordEnd, end: q.numberSpan.end + close[0].length };
}

/** A letter and a hyphen right before a trigger ("long-range"). */
const COMPOUND_BEFORE = /\p{L}[-‐]$/u;
/** After a trigger, a hyphen and the rest of the word it opens ("long-range", "long-term"). */
const COMPOUND_AFTER = /^[-‐]\p{L}[\p{L}-]*/u;
/** After such a trigger, the noun it is an adjective of ("long-range lidar", not "long-range of", "long-range: 480 km", "long-range 480 km"). */
const COMPOUND_NOUN_AFTER =
  /^\s+(?!(?:of|is|was|are|were|has|have|had|will|would|can|could|may|might|at|in|on|for|to|from|with|by|and|or|up|about|around|over|under|reaches|stands|rose|rises|fell|falls|grew|grows|hit|hits|stood|came|went|reached|topped|der|die|das|des|dem|den|the|a|an|beträgt|liegt|lag|stieg|sank)(?![\p{L}]))(?!\p{Ll}+ed(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}])/u;

/** A trigger that is one word of small letters made with a hyphen ("visa-free", "tax-free"): an adjective before a noun. */
const HYPHENATED_ADJECTIVE = /^\p{Ll}+[-‐]\p{Ll}+$/u;

/** Whether `noun` is a word of the attribute's own: of its triggers, its unit, its label or its headers ("stay" of "visa-free stay"). */
function namesNoun(attribute: PackAttribute, noun: string): boolean {
  const singular = noun.replace(/(?:es|s)$/u, '');
  const own = [attribute.label, ...(attribute.headers ?? [])].flatMap((w) => w.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [attributeWords(attribute), new Set(own)].some((words) => words.has(noun) || words.has(singular));
}

/**
 * Whether a figure in `unit` may be a value of `attribute` by its unit alone (a bare number may be any attribute's): a unit
 * of its dimension; a percentage as a score, "1,240 people were hurt" as a count the pack names ("injured"); any currency
 * for a money attribute, kept as written ("$96.5 million" for a cost in INR).
 */
function takesUnit(attribute: PackAttribute, unit: string, lexicon?: Lexicon): boolean {
  if (unit === '' || attribute.kind !== 'quantity' || attribute.unit === undefined) return true;
  return (
    convertible(unit, attribute.unit) ||
    takesAsWritten(attribute.unit, unit) ||
    (CURRENCY_CODES.has(unit) && CURRENCY_CODES.has(attribute.unit)) ||
    // "64 people" where `people` is a unit word of deaths and of injured alike: a count either may take.
    lexicon?.sharedUnits.get(unit)?.has(attribute.unit) === true
  );
}

export interface TriggerHit extends Span {
  attributes: PackAttribute[];
}

export function quantityClaims(
  lexicon: Lexicon,
  text: string,
  quantities: QuantityMatch[],
  triggers: TriggerHit[],
  mentions: Mention[],
  parens: Span[],
  /** Figures of a compared name (statedOrCompared: 'compared'), read only as its possessor's. */
  comparedFigures: ReadonlySet<QuantityMatch> = new Set(),
  /** The sentence's dates, asked only when a trigger stands just out of reach: a date between a trigger and its figure is one word of that distance ("revenue for the quarter ended June 30, 2025 was €441 million"). */
  datesOf: () => readonly Span[] = () => [],
  /** Every figure of the sentence, those that are no value too ("short of the 15.0 million tonnes … forecast"): a blocker after one is its. */
  allFigures: readonly QuantityMatch[] = quantities,
  /** The things of these types the page has named so far or is titled by (a description that fits two stands for neither). */
  pageThings: (types: readonly string[]) => readonly EntityRef[] = () => [],
): { entity?: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span; counterpart?: EntityRef; unnamedParty?: string; objectNoun?: string; measured?: true }[] {
  // No figure, no claim (and no trigger has a figure to belong to): most sentences end here.
  if (quantities.length === 0) return [];
  const holdsFigures = (m: Mention) => subjectTypes(lexicon).has(m.entity.type);
  // "X said that the company …": a pack's type noun that stands for the name (subjects.ts, saidOfAnother).
  // (Not where the page has named another thing it fits: "Brightmoor said that the company …" on a page about another company.)
  const describesMention = (word: string, m: Mention) => typeNounForOnly(lexicon, word, m.entity, pageThings([m.entity.type]));
  const headedMention = (m: Mention) => headedByOtherType(lexicon, text, m) || SUB_BODY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  // Each trigger belongs to the figure nearest to it; a tie goes to the figure before it ("236B total").
  const owned = new Map<QuantityMatch, TriggerHit[]>();
  /** A figure's own "on …" phrase when it says what the figure measures: a trigger, or a name ("on MathSet"). */
  const ownPhrases = new Map<QuantityMatch, Span | undefined>();
  const ownPhrase = (q: QuantityMatch): Span | undefined => {
    if (ownPhrases.has(q)) return ownPhrases.get(q);
    // Only a bare number ("87.3 on QuizBench") takes its meaning from such a phrase; "€20 million on a five-year contract" has its own.
    const m = q.quantity.unit === '' || q.quantity.unit === 'percent' ? OWN_PHRASE.exec(text.slice(q.span.end, q.span.end + 80)) : null;
    let own: Span | undefined;
    if (m) {
      const span = { start: q.span.end, end: q.span.end + m[0].length };
      // (A trigger that is the phrase's own "on", or one of attributes that take no figure — a category's "on" in "out on
      // Tidewater Records" — says nothing of what the figure measures: "peaked at number 3 on the Albion chart".)
      const onEnd = span.start + /^\s*on/iu.exec(m[0])![0].length;
      const names = triggers.some((t) => t.start >= onEnd && t.end <= span.end && t.attributes.some((a) => a.kind === 'quantity')) || /\b\p{Lu}[\p{L}\p{N}-]*\p{Lu}|\b\p{Lu}{2,}/u.test(m[0].replace(/^\s*\p{L}+\s+/u, ''));
      own = names ? span : undefined;
    }
    ownPhrases.set(q, own);
    return own;
  };
  /** "1.25 million tonnes handled (780,000 tonnes of milling wheat and 470,000 …)": a figure in parentheses that a figure in its unit a few words before them breaks down. */
  const partInParentheses = (q: QuantityMatch): boolean => {
    const aside = q.quantity.unit === '' ? undefined : enclosing(parens, q.span);
    return (
      aside !== undefined &&
      quantities.some((o) => o !== q && o.span.end <= aside.start && sameUnit(o.quantity.unit, q.quantity.unit) && PART_AFTER_FIGURE.test(text.slice(o.span.end, aside.start)))
    );
  };
  /** "growth of around 6%": the figure follows "of" after a noun no trigger of the sentence takes in. */
  const nounsOf = new Map<QuantityMatch, boolean>();
  const ownNounOf = (q: QuantityMatch) => {
    let own = nounsOf.get(q);
    if (own === undefined) {
      const m = NOUN_OF_BEFORE.exec(text.slice(Math.max(0, q.span.start - 40), q.span.start));
      const start = m ? Math.max(0, q.span.start - 40) + m.index : 0;
      own = m !== null && !triggers.some((t) => t.start < start + m[1]!.length && t.end > start) && !FUNCTION_WORDS.has(m[1]!.toLowerCase());
      nounsOf.set(q, own);
    }
    return own;
  };
  const reach = (t: Span, q: QuantityMatch) => {
    // "49.8 on math tasks such as MathSet, and 57.9 on CodeTrial": a figure's own "on …" phrase says what it
    // measures, so a trigger outside that phrase does not reach it; nor does one across a clause break
    // when another figure stands on the trigger's side.
    const own = ownPhrase(q);
    if (own && (t.start < q.span.end || t.start >= own.end)) return Infinity;
    // "乗客・乗員のうち9人が負傷", "탑승자 중 3명이 부상": the trigger names the whole a part is counted from.
    if (t.end <= q.span.start && PART_AFTER_WHOLE.test(text.slice(t.end, q.span.start))) return Infinity;
    // "乗員乗客212人のうち9人が搬送された", "탑승자 212명 중 9명": the trigger names the whole's count; the part counted from
    // it says something else of its own (a part that repeats the whole's noun, "500議席のうち212議席", has a trigger of its own).
    if (t.end <= q.span.start && PART_AFTER_COUNTED_WHOLE.test(text.slice(t.end, q.span.start))) return Infinity;
    // "9 of the 212 people on board were hurt": the part is what the verb after the whole speaks of; the whole's words
    // describe the whole ("North Party won 212 of the 500 seats": the part is what was won).
    if (t.start >= q.span.end && PART_BEFORE_WHOLE.test(text.slice(q.span.end, t.start)) && PREDICATE_AFTER.test(text.slice(t.end, t.end + 40))) return Infinity;
    // "took the title in 2:03:40 and trimmed nearly a minute from the course best": a trigger that opens a predicate of its own after "and" speaks
    // of what follows it, not of the figure before.
    if (t.start >= q.span.end && AND_THEN.test(text.slice(q.span.end, t.start))) return Infinity;
    // "Memory holds all 90 billion, but the cost per token is …": a trigger in a clause of contrast with a subject of its
    // own speaks of that subject.
    if (t.start >= q.span.end && CONTRAST_CLAUSE_BETWEEN.test(text.slice(q.span.end, t.start))) return Infinity;
    // "won in 2:19:40 to beat the old mark by 31 seconds": a trigger followed by "by" and a figure measures that figure,
    // not the one before it.
    if (t.start >= q.span.end && quantities.some((o) => o.span.start >= t.end && byTakes(text.slice(t.end, o.span.start)))) return Infinity;
    // "IPO and acquisition of Snapfield for $1 billion": a figure after "for" that closes another noun's "of" phrase, the noun
    // joined to the trigger by "and", is that noun's price; the trigger before names nothing of it.
    if (t.end <= q.span.start && JOINED_NOUN_FOR_BETWEEN.test(text.slice(t.end, q.span.start))) return Infinity;
    // "Corvane, which has already invested $13 billion in the start-up, reconsidered further funding": a figure an investing
    // verb takes is money given; a trigger after it (a round, a funding) names what another raised, not this figure.
    if (t.start >= q.span.end && GIVEN_BEFORE.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) return Infinity;
    // "$34 million (included in the operations budget)", "$2 million, part of the total budget": the trigger names the whole
    // the figure is a part of.
    if (t.start >= q.span.end && INCLUDED_IN_BETWEEN.test(text.slice(q.span.end, t.start))) return Infinity;
    // "1.25 million tonnes of wheat handled (780,000 tonnes of milling wheat and …)": a figure in parentheses after the
    // trigger is a part of the figure before the trigger; the trigger is that figure's.
    if (t.end <= q.span.start && partInParentheses(q)) return Infinity;
    // "The budget also sets aside $38 million for …", "the plan earmarks €2 billion": a part the whole is spent on.
    if (t.end <= q.span.start && (ALLOCATED_BETWEEN.test(text.slice(t.end, q.span.start)) || (INCLUDES_BETWEEN.test(text.slice(t.end, q.span.start)) && SPENT_FOR_AFTER.test(text.slice(q.span.end, q.span.end + 30))))) return Infinity;
    // "On optional 21-inch wheels, the range …": a figure glued to its unit by a hyphen modifies the noun after it; a trigger
    // past a comma after that noun is another clause's word.
    if (t.start >= q.span.end && /\d[-‐]\p{L}/u.test(q.quantity.text) && MODIFIED_NOUN_THEN_COMMA.test(text.slice(q.span.end, t.start))) return Infinity;
    // "wage growth of around 6% is not consistent with our target": a figure inside a noun phrase of its own ("growth of …")
    // that no trigger names is that noun's; a trigger in the predicate after a verb speaks of something else.
    // (Not a predicate noun: "a reading of 2.4% was the lowest inflation since 2021" names what the figure is.)
    if (t.start >= q.span.end && COMPARED_OBJECT_BEFORE.test(text.slice(Math.max(q.span.end, t.start - 40), t.start)) && PREDICATE_VERB.test(text.slice(q.span.end, t.start)) && ownNounOf(q)) return Infinity;
    // "reached SCORE 75, a 75% gain in the index": a figure set after the trigger in an appositive of its own, before a noun
    // it measures ("improvement"), is that noun's, not what the trigger names ("…, a 62.4% response rate" restates it).
    if (t.end <= q.span.start && APPOSED_ARTICLE_BETWEEN.test(text.slice(t.end, q.span.start))) {
      const noun = /^\s+(\p{L}+)/u.exec(text.slice(q.span.end, q.span.end + 40))?.[1];
      if (noun !== undefined && !FUNCTION_WORDS.has(noun.toLowerCase()) && !RATE_NOUN.test(noun) && !triggers.some((o) => o.start >= q.span.end && o.start <= q.span.end + 1 + noun.length && /^\s*$/u.test(text.slice(q.span.end, o.start)))) return Infinity;
    }
    let d = distance(text, t, q.span);
    if (d > TRIGGER_WINDOW && d <= TRIGGER_WINDOW + DATE_WORDS) {
      const from = Math.min(t.end, q.span.end);
      const to = Math.max(t.start, q.span.start);
      for (const date of datesOf()) if (date.start >= from && date.end <= to) d -= Math.max(0, wordsBetween(text, date.start, date.end) - 1);
    }
    const between = t.end <= q.span.start ? text.slice(t.end, q.span.start) : text.slice(q.span.end, t.start);
    if (CLAUSE_BREAK.test(between) && quantities.some((o) => o !== q && (t.end <= q.span.start ? o.span.end <= t.start && o.span.end > t.start - 40 : o.span.start >= t.end && o.span.start < t.end + 40))) d += 3;
    // "raised the policy rate by 25 basis points, from 4.25% to 4.5%", "grew from $2.2 billion in 2019 to $3.1 billion": a
    // move's size or start stand between the trigger and the level it reached.
    if (t.end <= q.span.start && (MOVE_BETWEEN.test(text.slice(t.end, q.span.start)) || FROM_BETWEEN.test(text.slice(t.end, q.span.start)))) d = Math.min(d, TRIGGER_WINDOW);
    const appositive = t.end <= q.span.start && APPOSITIVE_DASH.test(text.slice(t.end, q.span.start));
    return appositive && d <= APPOSITION_WINDOW && !quantities.some((o) => o !== q && o.span.start >= t.end && o.span.end <= q.span.start) ? Math.min(d, TRIGGER_WINDOW) : d;
  };
  // "a hotel occupies floors 70 to 80", "Stockwerke 70 bis 80": a counted noun (a count's unit word) right before a bare
  // number numbers those things, it does not count them (a participle counts: "injured 1,040"; and in scripts that count after
  // the noun, a noun does: "탑승자 7명").
  const numbers = (t: TriggerHit, q: QuantityMatch) =>
    t.end <= q.span.start &&
    q.quantity.unit === '' &&
    NUMBERED_AFTER.test(text.slice(t.end, q.span.start)) &&
    /\p{Script=Latin}(?<!ed)$/u.test(text.slice(t.start, t.end)) &&
    t.attributes.every((a) => a.unit !== undefined && isCountUnit(a.unit) && [a.unit, ...(a.unitWords ?? [])].some((w) => w.toLowerCase() === text.slice(t.start, t.end).toLowerCase()));
  for (const t of triggers) {
    // "a 34-game campaign": a trigger glued to a number by a hyphen is that number's, figure or not; it names
    // nothing for the figures around it ("Varga's 32 led the league for a 34-game campaign").
    const figureGlued = () => quantities.some((q) => q.span.start < t.start && q.span.end >= t.start - 1);
    if (HYPHENATED_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) && !figureGlued()) continue;
    // "its long-range lidar detects objects at 300 metres", "a high-capacity cell": a trigger that ends a word made with a
    // hyphen before another noun is part of an adjective of that noun, and names nothing.
    // (A figure glued before names the trigger's thing: "a 128K-context model".)
    // So does one that opens such a word ("a long-range radar", "long-term debt").
    const glued = COMPOUND_AFTER.exec(text.slice(t.end, t.end + 30))?.[0].length;
    if (
      (COMPOUND_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) || glued !== undefined) &&
      COMPOUND_NOUN_AFTER.test(text.slice(t.end + (glued ?? 0), t.end + 40)) &&
      !figureGlued()
    )
      continue;
    // "the 240-hour visa-free transit policy", "not on the 30-day visa-free list": a trigger that is itself one word made with a
    // hyphen, before a noun, is an adjective of that noun, and the figure near it is that noun's: a value of the trigger's
    // attribute only where the noun is a word of its own ("a 30-day visa-free stay"; a pack that means "visa-free entry" lists
    // it). (Not with a figure joined to it: "a 7 billion-parameter model", "a 7B-parameter model".)
    let hit = t;
    const word = text.slice(t.start, t.end);
    const figureJoined = () => quantities.some((q) => q.span.start < t.start && (q.span.end > t.start || /^[-‐]$/u.test(text.slice(q.span.end, t.start))));
    // (Only a figure right before the trigger, in the noun's phrase: "visa-free entry for 30 days" says the stay.)
    const figureBefore = () => quantities.some((q) => q.span.end <= t.start && /^\s+$/u.test(text.slice(q.span.end, t.start)));
    if (HYPHENATED_ADJECTIVE.test(word) && figureBefore() && !figureJoined()) {
      const noun = COMPOUND_NOUN_AFTER.exec(text.slice(t.end, t.end + 40))?.[0].trim().toLowerCase();
      if (noun !== undefined && !FUNCTION_WORDS.has(noun)) {
        const kept = t.attributes.filter((a) => namesNoun(a, noun));
        if (kept.length === 0) continue;
        if (kept.length < t.attributes.length) hit = { ...t, attributes: kept };
      }
    }
    let best: QuantityMatch | undefined;
    let bestDistance = Infinity;
    // Figures are in text order: only the figures next to the trigger can be the nearest.
    const next = quantities.findIndex((q) => q.span.end > t.start);
    const neighbours = next === -1 ? quantities.slice(-1) : quantities.slice(Math.max(0, next - 1), next + 2);
    // "a 6.8-inch display at 120Hz": a figure in a unit none of the trigger's attributes takes does not take the trigger
    // from a figure whose unit says it can; a bare number gets nothing that such a figure passed on.
    const misfit = (q: QuantityMatch) => q.quantity.unit !== '' && !t.attributes.some((a) => takesUnit(a, q.quantity.unit, lexicon) || (inPeople(text, q) && takesUnit(a, 'person')));
    let passed = Infinity;
    for (const q of neighbours) if (misfit(q)) passed = Math.min(passed, reach(t, q));
    for (const q of neighbours) {
      if (passed < Infinity && misfit(q)) continue;
      // "在5个样本的QuizBench上得分88.5": a number that counts a noun through a counter, a noun none of the trigger's attributes
      // counts, is no figure of the trigger; the trigger goes on to the figure it names.
      if (q.quantity.unit === '' && countedNoun(text, q) !== undefined && !t.attributes.some((a) => namesItsCount(text, q, a))) continue;
      const d = numbers(t, q) ? Infinity : reach(t, q);
      if (q.quantity.unit === '' && passed < d) continue;
      // A tie goes to the figure before the trigger, unless "of" or "at" joins the trigger to the one after: "rose 7% to
      // ¥51.2 billion on revenue of ¥482 billion" (revenue is ¥482 billion; ¥51.2 billion is what rose).
      const linkedAfter = (o: QuantityMatch) => o.span.start >= t.end && LINKED_TO_FIGURE.test(text.slice(t.end, o.span.start));
      if (d < bestDistance || (d === bestDistance && best && (q.span.end <= t.start || (best.span.end <= t.start && linkedAfter(q) && !linkedAfter(best))))) {
        best = q;
        bestDistance = d;
      }
    }
    if (best && bestDistance <= TRIGGER_WINDOW) owned.set(best, [...(owned.get(best) ?? []), hit]);
  }
  const out: { entity?: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span; counterpart?: EntityRef; unnamedParty?: string; objectNoun?: string; measured?: true }[] = [];
  const blockersFound = new Map<PhraseMatcher, PhraseMatch[]>();
  // `names`, `k`: "A and B signed for €25 million and €15 million respectively": the k-th figure is the k-th name's.
  let previous: { q: QuantityMatch; attribute: PackAttribute; entity?: EntityRef; names?: EntityRef[]; k?: number; trigger?: Span } | undefined;
  /** Figures no attribute took (none reached them; not ambiguous ones): a figure listed right before another may share its attribute. */
  const unbound = new Set<QuantityMatch>();
  /**
   * "推进舱2300千克，着陆器重1500千克", "the module weighs 2,300 kg, lander 1,500 kg": after the name's own figure, a clause
   * that opens on a bare noun of a type the attribute describes lists another thing, one the page does not name ("…发射成功，
   * 探测器重3吨", with no figure between, refers back to the name); so does a noun of another type than the name's, figure
   * or none ("游戏业务表现稳定，公司营收…": the company's revenue, not the segment's). A list's dash parts clauses as a comma does.
   */
  const listsAnother = (subject: Mention, q: QuantityMatch, attribute: PackAttribute): boolean => {
    const between = text.slice(subject.end, q.span.start);
    const nouns = clauseNouns(lexicon, between).filter((c) => attribute.subjects.includes(c.type));
    // A bare noun of another type opening any clause between: a topic the clauses after it go on about.
    if (nouns.some((c) => c.type !== subject.entity.type)) return true;
    // One of the name's own type opening the figure's clause, after a figure of the name's.
    const last = nouns.at(-1);
    return last !== undefined && !/[,，、;；()（）]/u.test(between.slice(last.end)) && quantities.some((o) => o.span.start >= subject.end && o.span.end <= subject.end + last.at);
  };
  /**
   * Whether `attribute` is the change of some quantities (Lexicon.changeOf) and the last quantity the sentence names before
   * the figure is another ("Revenue rose 12%, and parts revenue 31%": the 31% is the parts revenue's change).
   */
  const changeOfAnother = (attribute: PackAttribute, q: QuantityMatch): boolean => {
    const bases = lexicon.changeOf.get(attribute.id);
    if (!bases) return false;
    let last: TriggerHit | undefined;
    for (const t of triggers) if (t.end <= q.span.start && (!last || t.end > last.end) && t.attributes.some((a) => a.kind === 'quantity' && a.unit !== 'percent')) last = t;
    return last !== undefined && !last.attributes.some((a) => bases.has(a.id));
  };
  /** Whether the figure's phrase modifies a name right after it that `attribute` describes ("the 1,400 kg Tern"). */
  const modifiesFitting = (q: QuantityMatch, attribute: PackAttribute, headOnly = false): boolean => {
    const m = modifiedName(text, mentions, q.span, q.numberSpan);
    return m !== undefined && m !== 'unknown' && compatible(attribute, m.entity) && !(headOnly && NOT_THE_HEAD.test(text.slice(m.end, m.end + 40)));
  };
  /**
   * "88.5% on QuizBench and 55.1% on the QRZT benchmark": a metric's figure whose phrase after it puts it on a name of its own (a
   * capitalised word after "on", "in", "auf", "sur", "en", "su", "em") that is no trigger of the metric is a score on that other
   * benchmark, one the pack may not know.
   */
  const onAnotherName = (q: QuantityMatch, attribute: PackAttribute): boolean => {
    if (attribute.metricOf === undefined) return false;
    const on = ON_A_NAME_AFTER.exec(text.slice(q.span.end, q.span.end + 40));
    if (!on) return false;
    const at = q.span.end + on[0].length - on[1]!.length;
    return !triggers.some((t) => t.start <= at && at < t.end && t.attributes.includes(attribute));
  };
  /** The same, "on" (auf, sur) a name only, not a day's ("on Monday") nor a month's: for any metric's figure, trigger or none. */
  const onAnotherBenchmark = (q: QuantityMatch, attribute: PackAttribute): boolean => {
    if (attribute.metricOf === undefined) return false;
    const on = ON_ANOTHER_BENCHMARK.exec(text.slice(q.span.end, q.span.end + 40));
    if (!on || isMonthName(on[1]!) || WEEKDAY.test(on[1]!)) return false;
    const at = q.span.end + on[0].length - on[1]!.length;
    return !triggers.some((t) => t.start <= at && at < t.end && t.attributes.includes(attribute));
  };
  const fronted = FRONTED_CLAUSE.exec(text)?.[0].length;
  for (const [i, q] of quantities.entries()) {
    // "another $2 billion", "the fastest to reach 30 goals", "died in the past 24 hours": not the subject's figure.
    if (notItsValue(text, q.span, q.quantity.unit)) continue;
    // "according to two people familiar with the talks", "three sources said": the count of those cited, no figure of the sentence.
    if (countsItsSources(text, q)) continue;
    // "1 in 10 students", "3 out of 4 students", "one in five": a term of a ratio, a proportion, no count.
    if (q.quantity.unit !== 'percent' && !CURRENCY_CODES.has(canonicalUnit(q.quantity.unit)) && ratioTerm(text, q)) continue;
    // "Dynamic 2.0 quantisation", "Python 3.11": a bare number right after a capitalised word is that name's version,
    // unless a trigger ends there ("QuizBench 86.4").
    if (q.quantity.unit === '' && !hasScale(q, text) && NAME_BEFORE_VERSION.test(text.slice(Math.max(0, q.span.start - 24), q.span.start)) && !(owned.get(q) ?? []).some((t) => t.end === q.span.start - 1)) continue;
    // "Rs 830 crore (about $100 million)": a sum given again in another currency is a conversion, not a second value.
    if (i > 0 && isConversion(text, quantities[i - 1]!, q)) continue;
    // A compared name's figure ("than the X's 4,900mAh") is read only as that name's; "outshining the X's 108MP main
    // camera": a possessor right before the figure holds it, even as what is compared.
    const compared = comparedFigures.has(q);
    const possessor = possessorBefore(text, mentions, parens, q.span.start);
    if (compared && !possessor) {
      previous = undefined;
      continue;
    }
    // "the 6-station Southern Line spur": a count glued by a hyphen to its noun, before a name and a noun of its own, counts
    // that noun; it is no one's, nor another value of the figure before it.
    if (text[q.numberSpan.end] === '-' && q.unitSpan !== undefined) {
      const name = modifiedName(text, mentions, q.span, q.numberSpan);
      if (name !== undefined && name !== 'unknown' && NOT_THE_HEAD.test(text.slice(name.end, name.end + 40))) {
        previous = undefined;
        continue;
      }
    }
    const unitWord = q.unitSpan ? text.slice(q.unitSpan.start, q.unitSpan.end).toLowerCase() : '';
    // "23 league goals and 31 in all competitions": a bare number joined to a figure shares its unit.
    // "…; a Tarsen ape's is 257 days": a possessive whose noun is left out is the subject of that clause (subjects.ts).
    const contrasted =
      previous !== undefined
        ? (contrastedSubject(text, previous.q, q, previous.attribute, mentions) ??
          (sameUnit(previous.q.quantity.unit, q.quantity.unit) ? elidedPossessor(text, mentions, previous.q.span, q.span, (m) => compatible(previous!.attribute, m.entity)) : undefined))
        : undefined;
    const joined = !compared && previous !== undefined && (isParallel(text, previous.q, q, previous.attribute, mentions) || contrasted !== undefined);
    // "23 Cup goals and 9 assists": a figure followed right away by a trigger of its own names what it
    // counts; it borrows no unit from the figure before it.
    const ownNoun = (owned.get(q) ?? []).some((t) => t.start >= q.span.end && /^\s*$/.test(text.slice(q.span.end, t.start)));
    // "300 sales and 7 dealerships": a bare number with a noun of its own counts that noun.
    const ownWord = countsItsOwn(text, q);
    const elided =
      joined &&
      !ownNoun &&
      !ownWord &&
      q.quantity.unit === '' &&
      !hasScale(q, text) &&
      !/^-\p{L}/u.test(text.slice(q.span.end, q.span.end + 2)) &&
      !PART_OF_THEM_AFTER.test(text.slice(q.span.end, q.span.end + 20)) &&
      // "225 kW …, charges from 10 to 80 per cent": a bare number before "to" and a figure is that figure's, in its unit.
      !/^\s*(?:to|bis|à|a|hasta|até)\s+[$€£]?\d/u.test(text.slice(q.span.end, q.span.end + 12));
    let chosen: { attribute: PackAttribute; distance: number; trigger?: Span }[] = [];
    const candidates: { attribute: PackAttribute; distance: number; trigger?: Span }[] = [];
    const scaled = hasScale(q, text);
    // What the figure is, whichever attribute asks: read once per figure, not once per attribute of the pack.
    const unit = elided ? previous!.q.quantity.unit || previous!.attribute.unit : q.quantity.unit;
    const inPeopleWord = unit !== undefined && unit !== '' && inPeople(text, q);
    let noNounCounted: boolean | undefined;
    const namesIt = (a: PackAttribute) => a.triggers.length === 0 || (owned.get(q) ?? []).some((t) => t.attributes.includes(a));
    // Only an attribute a trigger that reaches the figure names, one with the figure's unit word among its own, or the one a
    // figure that borrows its unit keeps can end with a best reach below; the others are not asked (nothing they ask has effects).
    const mayTake = new Set<PackAttribute>(unitWord ? unitWordOwners(lexicon, unitWord) : []);
    for (const t of owned.get(q) ?? []) for (const a of t.attributes) mayTake.add(a);
    if (elided) mayTake.add(previous!.attribute);
    for (const attribute of lexicon.pack.attributes) {
      if (attribute.kind !== 'quantity' || !mayTake.has(attribute)) continue;
      // A bare number may be a value of an attribute whose unit the text never writes (a score, a count of
      // layers) when a trigger points at it; a score may be written as a percentage.
      const countable = unit === '' && !scaled && countsThings(attribute);
      const written = (attribute.unitWords?.length ?? 0) > 0;
      // "down 17 points" is no count of seats: a noun of its own after the number must be one of the attribute's words.
      const bare = countable && !written && (!ownWord || namesItsCount(text, q, attribute));
      // "the death toll had reached 17", "killed 23": a count whose pack names its nouns ("deaths") is also given as a bare
      // number counting nothing, right after a trigger that names it.
      const bareCount = countable && written && (noNounCounted ??= countsNothing(text, q));
      // "2,016 confirmed cases" where the trigger is "confirmed cases" and the unit word "cases": a count whose trigger, right
      // after it, ends on a word of the attribute's unit.
      const triggerCount =
        countable &&
        written &&
        (owned.get(q) ?? []).some(
          (t) => t.attributes.includes(attribute) && /^\s+$/u.test(text.slice(q.span.end, t.start)) && attribute.unitWords!.includes(/[\p{L}]+$/u.exec(text.slice(t.start, t.end))?.[0].toLowerCase() ?? ''),
        );
      // "18.4 million mobile subscribers", "2 million paying customers": a scaled count whose noun phrase after it ends on a word of
      // the attribute's unit, a trigger of the attribute right after the figure or no word of another noun before that head.
      const scaledCount = unit === '' && !elided && written && scaled && countsThings(attribute) && headCounted(text, q, attribute);
      // "a population of 2.4 million", "the population is about 2.4 million": a scaled count right after its own trigger, with
      // only a linking word between and no noun of its own after it, counts what the trigger names.
      const scaledAfterTrigger =
        unit === '' &&
        !elided &&
        scaled &&
        countsThings(attribute) &&
        (noNounCounted ??= countsNothing(text, q)) &&
        (owned.get(q) ?? []).some((t) => t.attributes.includes(attribute) && t.end <= q.span.start && LINK_TO_FIGURE.test(text.slice(t.end, q.span.start)));
      // "killed 64 people" where another count of the pack is written in people ("residents: [people]"): the figure is in
      // people still, which any count of people takes (takesAsWritten).
      const people = inPeopleWord && takesUnit(attribute, 'person');
      // A money attribute takes a figure in any currency, kept as written ("$96.5 million" for a cost in INR), unless
      // another attribute of the pack for its subjects is in that currency and a trigger of it names the figure ("price.usd"
      // beside "price.inr", both "price"); a fare in GBP leaves "cost £2.9 billion" to a cost in EUR, which its trigger names.
      const foreign = unit !== undefined && unit !== '' && CURRENCY_CODES.has(unit) && CURRENCY_CODES.has(attribute.unit!) && !convertible(unit, attribute.unit!);
      if (foreign && lexicon.pack.attributes.some((a) => a !== attribute && a.kind === 'quantity' && a.unit !== undefined && sameUnit(a.unit, unit!) && a.subjects.some((t) => attribute.subjects.includes(t)) && namesIt(a))) continue;
      // "died aged 61", "at the age of 47", "im Alter von 64": an age written bare after its word, in an attribute kept in years.
      const age = unit === '' && !scaled && attribute.unit !== undefined && canonicalUnit(attribute.unit) === 'year' && AGE_BEFORE.test(text.slice(Math.max(0, q.span.start - 20), q.span.start));
      // "a 2- to 10-fold rise", "CD4 <200", "boys age 3-12": a bare number that is a multiple, over a hundred, or an age is no share.
      if (unit === '' && attribute.unit !== undefined && canonicalUnit(attribute.unit) === 'percent' && bareNoShare(text, q)) continue;
      const unitOk =
        age ||
        (unit !== undefined && unit !== '' && takesUnit(attribute, unit, lexicon)) || (unit === '' && attribute.bareScaled === true && scaled && !triggerQualifiesAnother(text, q, attribute)) || bare || bareCount || triggerCount || scaledCount || scaledAfterTrigger || people;
      if (!unitOk) continue;
      if (!inRange(attribute, q.quantity)) continue;
      const percentBare = unit === '' && canonicalUnit(attribute.unit!) === 'percent' && quantities.some((o) => o !== q && o.quantity.unit === 'percent');
      let best: { distance: number; trigger?: Span } | undefined;
      if (attribute.triggers.length === 0) {
        if (unitWord && attribute.unitWords?.includes(unitWord)) best = { distance: 0 };
      } else {
        for (const t of owned.get(q) ?? []) {
          if (!t.attributes.includes(attribute)) continue;
          // "the average loss per company is $44 million", "revenue per employee": a figure for each one of a kind, not the whole's.
          if (CURRENCY_CODES.has(attribute.unit!) && PER_EACH_AFTER.test(text.slice(t.end, t.end + 24))) continue;
          // "the 38,000-capacity stadium": a trigger glued to the count by a hyphen names it too.
          const glued = t.start >= q.span.end && (text.slice(q.span.end, t.start) === '-' || (t.start === q.span.end && text[t.start] === '-'));
          if (bareCount && !glued && !(t.end <= q.span.start && COUNT_LINK.test(text.slice(t.end, q.span.start)))) continue;
          // "58.1% of patients reached SCORE 75 at week 12": in a sentence that writes its percentages with their sign, a bare
          // number is one only where it stands for one: right after the trigger ("SCORE 75 of 58.1"), or with the trigger in its own
          // "on …" phrase ("71.2 on QuizBench").
          const phrase = percentBare ? ownPhrase(q) : undefined;
          if (percentBare && !(t.end <= q.span.start && PERCENT_LINK_BETWEEN.test(text.slice(t.end, q.span.start))) && !(phrase !== undefined && t.start >= phrase.start && t.end <= phrase.end)) continue;
          const d = reach(t, q);
          if (!best || d < best.distance) best = { distance: d, trigger: t };
        }
        // "… to 6.8 inches on the X": where no trigger stands, a unit of measurement (a length, a charge, not a
        // count of things) that only this attribute of the pack takes names it, when the figure's phrase ends there
        // ("360Hz touch response rate" measures something else), or where it modifies a name the attribute describes ("the
        // 1,400 kg Tern"). A trigger's attribute wins.
        if (!best && unitWord && attribute.unitWords?.includes(unitWord) && onlyAttributeOf(lexicon, unitWord) === attribute && (PHRASE_ENDS.test(text.slice(q.span.end, q.span.end + 12)) || modifiesFitting(q, attribute)) && !partInParentheses(q)) {
          best = { distance: TRIGGER_WINDOW + 1 };
        }
        // "X ended 2024 with 124 aircraft": the level a stock held when a period ended or began, counted in a unit word that
        // only this stock of the pack takes, needs no trigger.
        if (!best && unitWord && attribute.measure === 'stock' && attribute.unitWords?.includes(unitWord) && PERIOD_WITH_BEFORE.test(text.slice(Math.max(0, q.span.start - 60), q.span.start)) && unitWordOwners(lexicon, unitWord).filter((a) => a.measure === 'stock').every((a) => a === attribute)) {
          best = { distance: TRIGGER_WINDOW + 1 };
        }
        // "the 13-station Northern Line": a count glued by a hyphen to a word of its unit, modifying a name the attribute
        // describes (the name ends the noun phrase: not "an 8-GPU X Instinct node"), when no other attribute with that word
        // describes the name.
        if (!best && unitWord && text[q.numberSpan.end] === '-' && attribute.unitWords?.includes(unitWord) && modifiesFitting(q, attribute, true) && unitWordOwners(lexicon, unitWord).every((a) => a === attribute || !modifiesFitting(q, a))) {
          best = { distance: TRIGGER_WINDOW + 1 };
        }
      }
      // With its unit borrowed, the figure keeps the attribute before it unless a trigger says otherwise.
      if (!best && elided && attribute === previous!.attribute) best = { distance: TRIGGER_WINDOW + 1 };
      if (!best) continue;
      // "69% on MMLU and 8.38 on MT-bench": a trigger or a figure before it does not give the metric a score the words right
      // after it put on another benchmark.
      if (onAnotherBenchmark(q, attribute)) continue;
      if (best.trigger && fronted !== undefined && best.trigger.end <= fronted && q.span.start >= fronted) continue;
      // Asked last, of the few attributes that would take the figure: the other tests are cheaper, and none has effects.
      if (blocked(lexicon, text, attribute, q, blockersFound, allFigures, mentions) || changeOfAnother(attribute, q)) continue;
      candidates.push({ attribute, ...best });
    }
    // Your pack wins: of the attributes that would take the figure, only those of the pack loaded last count (a
    // user's over the built-in one: "1,240 people were injured" is the injured count of a disaster pack, not a team's size).
    // Unless the nearest name before the figure that any of them could describe is of another pack's attribute only ("… the
    // Halcyon cluster and says it trained Harrow-7 on 2,048 GPUs": a model's count, not a cluster's).
    const orders = new Set(candidates.map((c) => c.attribute.packOrder ?? 0));
    // (A name after a preposition, "makes cooling systems for Corvane and employs 12,000 staff", is no such subject.)
    const nearestName =
      orders.size > 1
        ? nearestBefore(text, mentions, parens, q.numberSpan, SUBJECT_WINDOW.quantity, (m) => candidates.some((c) => compatible(c.attribute, m.entity)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
        : undefined;
    const fitting = nearestName ? Math.max(...candidates.filter((c) => compatible(c.attribute, nearestName.entity)).map((c) => c.attribute.packOrder ?? 0)) : undefined;
    const top = fitting ?? Math.max(0, ...orders);
    const ranked = candidates.filter((c) => (c.attribute.packOrder ?? 0) === top);
    // Binding by cue: an attribute whose trigger reaches the figure wins over those it outranks, however
    // near their triggers stand; among the rest, the nearest trigger wins.
    // A more specific trigger ("total parameters") is not outranked by a shorter one ("active").
    const words = (t?: Span) => (t ? text.slice(t.start, t.end).trim().split(/\s+/).length : 0);
    const outranking = ranked.filter((c) => c.trigger && c.distance <= TRIGGER_WINDOW && (c.attribute.outranks?.length ?? 0) > 0);
    const isOutranked = (candidate: (typeof candidates)[number]) =>
      outranking.some((o) => o.attribute.outranks!.includes(candidate.attribute.id) && words(candidate.trigger) <= words(o.trigger));
    // A trigger in the figure's own clause wins over one across a clause break ("RAM remains 12GB while storage …").
    const crosses = (c: (typeof candidates)[number]) =>
      c.trigger !== undefined && CLAUSE_BREAK.test(c.trigger.end <= q.span.start ? text.slice(c.trigger.end, q.span.start) : text.slice(q.span.end, c.trigger.start));
    const ownClause = ranked.some((c) => c.trigger && !crosses(c));
    // "Its total value locked fell to about $2 million": a trigger that is a verb alone ("fell to", a price's) does not take the
    // figure from a noun's trigger of another attribute before it in the figure's clause; the noun is what fell.
    const verbOnly = (c: (typeof candidates)[number]) => c.trigger !== undefined && VERB_ONLY_TRIGGER.test(text.slice(c.trigger.start, c.trigger.end).trim());
    const nounOwner = ranked.some(
      (c) =>
        c.trigger !== undefined &&
        !verbOnly(c) &&
        c.trigger.end <= q.span.start &&
        c.distance <= TRIGGER_WINDOW &&
        !crosses(c) &&
        ranked.some((v) => v !== c && verbOnly(v) && v.attribute !== c.attribute && v.trigger!.start >= c.trigger!.end && v.trigger!.end <= q.span.start),
    );
    for (const candidate of ranked) {
      if (isOutranked(candidate) || (ownClause && crosses(candidate))) continue;
      if (nounOwner && verbOnly(candidate)) continue;
      if (chosen.length === 0 || candidate.distance < chosen[0]!.distance) chosen = [candidate];
      else if (candidate.distance === chosen[0]!.distance) chosen.push(candidate);
    }
    // "… 4,400mAh and 4,700mAh cells, respectively": the next figure is the next name's.
    if (previous?.names && joined && sameUnit(previous.q.quantity.unit, q.quantity.unit)) {
      const k = previous.k! + 1;
      const entity = previous.names[k];
      if (entity) out.push({ entity, attribute: previous.attribute, match: q, span: q.span });
      previous = { ...previous, q, entity, k };
      continue;
    }
    // "rose to 21% in 2025 from 19% in 2024": a figure in parallel with the one before it, with no
    // trigger of its own, is another value of the same attribute for the same subject.
    // "the 200MP main sensor and the 12MP ultra-wide sensor": a figure that names its own kind of the thing the figure
    // before it measures (another word before the same head noun) is another thing, not another value of it.
    if (chosen.length === 0 && previous?.trigger && joined && namesAnotherKind(text, previous.q, previous.trigger, q)) {
      previous = undefined;
      continue;
    }
    // "$40 million at home and $52 million from 31 markets overseas": a trigger of another attribute in the figure's own
    // phrase after it, that a count between took, still says the figure is not another value of the attribute before it.
    const namedAfter = (attribute: PackAttribute) =>
      triggers.some(
        (t) => t.start >= q.span.end && !t.attributes.includes(attribute) && t.attributes.some((a) => a.kind === 'quantity' && takesUnit(a, q.quantity.unit, lexicon)) && !/[,;:.!?，；：。]/u.test(text.slice(q.span.end, t.start)) && t.start - q.span.end <= 40,
      );
    // "a context window of 256,000 tokens and was trained on 12 trillion tokens": a trigger of its own for another attribute (one
    // a blocker kept from it) says the same.
    const ownOther = (attribute: PackAttribute) => (owned.get(q) ?? []).some((t) => !t.attributes.includes(attribute));
    // "88.5% on QuizBench and 55.1% on the QRZT benchmark": a metric's figure whose phrase after it puts it on a name of its own (a
    // capitalised word after "on", "in", "auf", "sur", "en", "su", "em") that is no trigger of the metric before it is a score on
    // that other benchmark, one the pack may not know: not another value of the metric before it.
    const onOwnName = (attribute: PackAttribute) => onAnotherName(q, attribute);
    if (chosen.length === 0 && previous && joined && !ownWord && sameUnit(previous.q.quantity.unit, q.quantity.unit) && sameMagnitude(previous.q.quantity, q.quantity) && !otherDimension(text, previous.q, q) && !blocked(lexicon, text, previous.attribute, q, blockersFound, allFigures, mentions) && !namedAfter(previous.attribute) && !ownOther(previous.attribute) && !onOwnName(previous.attribute)) {
      const fits = (m: Mention) => compatible(previous!.attribute, m.entity);
      // "41% … against 18% for the comparator": what follows "for"/"with" owns the figure; if that is
      // no name we know, the figure is someone else's and is left alone.
      const owner = OWNER_AFTER.exec(text.slice(q.span.end, q.span.end + 40));
      const after = owner ? mentions.find((m) => m.start === q.span.end + owner[0].length && fits(m)) : undefined;
      if (owner && !after) continue;
      const between = mentions.find((m) => m.start >= previous!.q.span.end && m.end <= q.span.start && fits(m));
      // "… while A and B have 6.7-inch and 6.8-inch panels, respectively": the clause's names, in order.
      const names = contrasted && !after ? [contrasted, ...joinedNames(text, mentions, contrasted, 'after', fits, q.span.start)] : [];
      if (names.length > 1) {
        const respectively = RESPECTIVELY.test(text.slice(q.span.end));
        for (const m of respectively ? names.slice(0, 1) : names) out.push({ entity: m.entity, attribute: previous.attribute, match: q, span: q.span });
        previous = { q, attribute: previous.attribute, entity: names[0]!.entity, ...(respectively ? { names: names.map((m) => m.entity), k: 0 } : {}) };
        continue;
      }
      const entity = after?.entity ?? contrasted?.entity ?? between?.entity ?? previous.entity;
      // "weighs 1,400 kg and carries a 31 kg crawler": another thing's figure (as below).
      const noun = describedNoun(lexicon, text, q.span, q.numberSpan, undefined);
      if (noun !== undefined && (!entity || !descriptionsOf(lexicon).describes(noun, entity))) {
        previous = undefined;
        continue;
      }
      out.push({ entity, attribute: previous.attribute, match: q, span: q.span });
      previous = { q, attribute: previous.attribute, entity };
      continue;
    }
    // "23 people were injured", "Twenty people on the plane suffered injuries": a trigger that is only the noun the figure
    // counts ("people") says what is counted; a trigger in the predicate after it, in its clause, says what the figure is.
    // In Japanese, Chinese and Korean the counted noun comes right before the count ("乗員7名がけが", "승무원 7명이 사망").
    const countedNoun = (c: (typeof candidates)[number]) =>
      c.trigger !== undefined &&
      ((c.trigger.start >= q.numberSpan.end && c.trigger.end <= q.span.end) ||
        (c.trigger.end <= q.numberSpan.start && COUNTED_BEFORE.test(text.slice(Math.max(0, c.trigger.end - 1), q.numberSpan.start))));
    if (chosen.some(countedNoun)) {
      const predicates = ranked.filter((c) => !countedNoun(c) && c.trigger !== undefined && c.trigger.start >= q.span.end && c.distance <= TRIGGER_WINDOW && !crosses(c) && !isOutranked(c));
      if (predicates.length > 0 && predicates.every((c) => c.attribute === predicates[0]!.attribute)) chosen = [predicates[0]!];
    }
    // "250bhp" where a pack has power in kW, in PS and in bhp: of attributes equally near, the one in the figure's own
    // unit wins (the others would take it converted).
    // Unless no name before the figure is of its subjects while one is of exactly one other's: "the movie X cost Rs 320
    // crore" is a film's budget (in any currency), not a mission's cost in rupees.
    if (chosen.length > 1) {
      const written = elided ? previous!.q.quantity.unit || previous!.attribute.unit! : q.quantity.unit;
      const own = written === '' ? [] : chosen.filter((c) => sameUnit(c.attribute.unit!, written));
      const named = (c: (typeof chosen)[number]) => nearestBefore(text, mentions, parens, q.numberSpan, SUBJECT_WINDOW.quantity, (m) => compatible(c.attribute, m.entity)) !== undefined;
      if (own.length === 1) {
        const others = named(own[0]!) ? [] : chosen.filter((c) => c !== own[0] && named(c));
        chosen = others.length === 1 ? others : own;
      } else {
        // "The X is 912 feet long" where a ship's and a bridge's lengths share "long": the one attribute whose subjects the
        // name before the figure is of.
        const fitting = chosen.filter(named);
        if (fitting.length === 1) chosen = fitting;
      }
    }
    // Two attributes equally near: the figure is ambiguous, and we would rather miss it than guess.
    if (chosen.length !== 1) {
      if (chosen.length === 0) unbound.add(q);
      continue;
    }
    const { attribute, trigger } = chosen[0]!;
    // "X's interpretability team had 17 people", "the X Red Team comprises 15 researchers", "a 30-person safety team": a count
    // of people whose trigger a noun narrows is that part's, not the whole organisation's headcount.
    // "800 employees signed a letter", "All 142 riders of the night crossing were evacuated", "a committee of seven students",
    // "completed by over a thousand students", "a capacity for 4,000 people": a count of a group of them, not the attribute
    // (src/extract/groups.ts).
    // "The small intestine of X is over 6 m long", "its tail is 20 cm long", "X gametes have 23 chromosomes", "23 chromosomes in
    // each egg": a figure whose clause's subject is a part of the thing (a part word of the packs or of the engine), or that a
    // phrase after it limits to one such part, is the part's, not the whole's.
    // "a metropolitan area with a population of some 3.2 million", "X's Orvish population of 6,400": another whole's or a group's (other-wholes.ts).
    if (partsFigure(lexicon, text, q, attribute) || anotherWholeOrGroup(lexicon, text, q, attribute, trigger, mentions)) {
      previous = undefined;
      continue;
    }
    if ((countsPeople(attribute) && narrowedTrigger(text, mentions, triggers, attribute, q)) || countsAGroup(text, q, attribute, trigger, triggers)) {
      previous = undefined;
      continue;
    }
    // "6 members put their names forward as candidates", "4 members stood as nominees": a count whose things act, in its
    // clause, in a role named after "as" counts those in the role, a part, not the whole.
    if (inARole(text, q)) {
      previous = undefined;
      continue;
    }
    // "runs at up to 320 km/h" where the pack's trigger is "run at up to": the bound's words are the trigger's (a top speed,
    // a capacity), and the figure is the value itself.
    // So is "up to 128K tokens" of a maximum (a context window: `ceiling`, or an attribute whose words say "max"), but not
    // "up to 38 m in some areas": the top over places stays a bound, which each place's lower figure meets.
    const matched =
      q.quantity.min === null && q.quantity.max !== null && ((trigger && trigger.end > q.span.start && trigger.end <= q.numberSpan.start) || (isCeiling(attribute) && UP_TO.test(q.quantity.text) && !OVER_PLACES_AFTER.test(text.slice(q.span.end, q.span.end + 60))))
        ? { ...q, quantity: { ...q.quantity, min: q.quantity.max, approx: false } }
        : q;
    // "given a whole novel series in context (~910K tokens)", "fed 500K tokens into its context window": an amount put inside a
    // maximum (a prompt, a document) is measured, not the maximum; "up to 1M tokens in context" is the maximum still.
    if (
      isCeiling(attribute) &&
      trigger !== undefined &&
      matched === q &&
      INSIDE_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) &&
      ((trigger.end <= q.span.start && /^\s*[(（]\s*$/u.test(text.slice(trigger.end, q.span.start))) || PUT_IN.test(text.slice(Math.max(0, Math.min(trigger.start, q.span.start) - 80), Math.min(trigger.start, q.span.start))))
    ) {
      previous = undefined;
      continue;
    }
    // "three popular benchmarks such as X": a number in words counts what the trigger that chose it names, right after it.
    if (q.word && !namesWhatItCounts(q, text, () => (trigger ? [trigger] : []))) {
      previous = undefined;
      continue;
    }
    // "diminished the value of their stake by 56%", "raised its stake by 2 points": the amount of a change, unless the
    // verb is in one of the attribute's own triggers ("cut the risk of death by 27%" for a risk reduction). So in the other
    // languages: "wächst um rund 600 Beschäftigte", "augmente de 700", "crece en 700", "cresce di 700", "um 600 gewachsen".
    const before80 = text.slice(Math.max(0, q.span.start - 80), q.span.start);
    // "Wren's mass is now about 900 kg", "now weighs", "its current mass", "weighs 900 kg after the final burn", "pèse 900 kg
    // après la manœuvre": a level said to hold now or after an event, after a change, is no value of an attribute the pack
    // says never changes (`timeless`).
    // A sum of money is no level: "signed for €9.5 million after three rounds of talks" is when it was agreed.
    const money = attribute.unit !== undefined && CURRENCY_CODES.has(canonicalUnit(attribute.unit));
    if (attribute.timeless && (NOW_LEVEL_BEFORE.test(before80) || (!money && afterAnEvent(text, q.span)) || (trigger !== undefined && (CURRENT_BEFORE.test(text.slice(Math.max(0, trigger.start - 24), trigger.start)) || CURRENT_AFTER.test(text.slice(trigger.end, trigger.end + 16)))))) {
      previous = undefined;
      continue;
    }
    // "Varga, de 24 años, tiene contrato", "aged 24", "the 24-year-old": a person's age, no value of another attribute in years
    // (an age attribute whose trigger is in the phrase keeps it).
    if (attribute.unit !== undefined && canonicalUnit(attribute.unit) === 'year' && (q.quantity.unit === '' || canonicalUnit(q.quantity.unit) === 'year')) {
      const age = agePhrase(text, q, triggers);
      if (age && !triggers.some((t) => t.attributes.includes(attribute) && t.start < age.end && t.end > age.start)) {
        previous = undefined;
        continue;
      }
    }
    if (changedByAfter(before80, text.slice(q.span.end, q.span.end + 60))) {
      previous = undefined;
      continue;
    }
    // (A percentage after "progressé de", "stiegen um" is how those languages write "rose 3.1%": a growth rate's own value.)
    const change = CHANGED_BY.exec(before80) ?? (q.quantity.unit === 'percent' || q.quantity.unit === PERCENTAGE_POINT ? null : CHANGED_BY_ABROAD.exec(before80));
    if (change) {
      const verb = Math.max(0, q.span.start - 80) + change.index;
      if (!triggers.some((t) => t.attributes.includes(attribute) && t.start <= verb && t.end > verb)) {
        previous = undefined;
        continue;
      }
    }
    // "(1 year remaining)", "two months of support left", "for the next two months", "an additional 12 months": a span of time
    // still to run, or added, is not the whole length.
    if (q.quantity.unit && dimensionOf(canonicalUnit(q.quantity.unit)) === 'time' && (REMAINDER_BEFORE.test(before80) || REMAINDER_AFTER.test(text.slice(q.span.end, q.span.end + 40)))) {
      previous = undefined;
      continue;
    }
    // The subject stands before the figure ("it trained X on $5M"), or before a trigger that comes
    // first and stands far from the figure ("X matched Y while training on a budget … $5M").
    // "Orsk joined Fenwold, and over two seasons he scored 44 goals": a name with a personal pronoun between it and the figure is
    // the figure's subject only if it may be a person ("it" between: only if it may not be one).
    const accept = (m: Mention) => compatible(attribute, m.entity) && pronounAllows(lexicon, text.slice(m.end, q.numberSpan.start), m.entity) && !personNameAsModifier(lexicon.peopleTypes, text, m);
    const span = trigger
      ? { start: Math.min(trigger.start, q.span.start), end: Math.max(trigger.end, q.span.end) }
      : q.span;
    // "12GB RAM in the Nova 7", "the 5,000mAh battery of the Nova 7": the name the figure's phrase ends on holds it.
    const held = OWNER_IN.exec(text.slice(span.end, span.end + 40));
    // "38,000 people living in Brennholt's old town", "… who live in Brennholt but work in Carrow": a part of the place's people.
    if (held && /^\s*(?:living|who|residing|resident)/iu.test(held[0])) {
      const place = mentions.find((m) => m.start === span.end + held[0].length);
      if (place && NARROWED_AFTER.test(text.slice(place.end, place.end + 24))) {
        previous = undefined;
        continue;
      }
    }
    // "the 70-billion-parameter X", "the 9B version of X", "700億參數規模的X": the phrase modifies the name right after it,
    // which holds the figure; a name there that cannot hold it (one no pack knows as such) leaves the figure no one's.
    const modifier = modifiedName(text, mentions, span, q.numberSpan);
    if (modifier === 'unknown' || (modifier && !accept(modifier)) || partOfAList(text, mentions, parens, q.numberSpan, trigger) || reportedByAPart(lexicon, text, q.span, attribute)) {
      previous = undefined;
      continue;
    }
    if (compared && !(possessor && accept(possessor))) {
      previous = undefined;
      continue;
    }
    // "the Halden region's 38 members", "Corvane's 40 stores": a name's possessive right before the figure holds it; a name
    // the attribute cannot describe leaves the figure no one's, not a name's further back.
    // "Brennholt's 11-station Southern Line": a figure that modifies a name the attribute describes is that name's.
    // "Halden Dynamics' team of 25 people": a name no pack knows owns the phrase by its possessive (subjects.ts).
    if ((possessor && !accept(possessor) && !held && !modifier) || (!possessor && !held && !modifier && unknownPossessorOpens(text, mentions, span))) {
      previous = undefined;
      continue;
    }
    // "noise barriers along 41 km of the route", "3,000 hectares of the park": a length or an area of a thing named after it is
    // a stretch of it, not its whole.
    const dimension = q.quantity.unit ? dimensionOf(canonicalUnit(q.quantity.unit)) : undefined;
    if ((dimension === 'length' || dimension === 'area') && STRETCH_OF_AFTER.test(text.slice(q.span.end, q.span.end + 16))) {
      previous = undefined;
      continue;
    }
    // "make up 40.3% of the new chamber (121 members)": a count in parentheses after a share of a whole is that share counted.
    const aside = enclosing(parens, q.numberSpan);
    if (aside && aside.start < q.numberSpan.start && SHARE_OF_WHOLE_BEFORE.test(text.slice(Math.max(0, aside.start - 80), aside.start))) {
      previous = undefined;
      continue;
    }
    // "Corvane Group paid it $40 million": what the one a pronoun stands for got, not the giver's; we do not guess whom it means.
    // "made his debut at 18", "esordì a diciotto anni", "a los 18 años": an age something happened at, not the age now.
    if (GIVEN_TO_PRONOUN.test(text.slice(Math.max(0, q.numberSpan.start - 80), q.numberSpan.start)) || (q.quantity.unit === 'year' && ageAt(text.slice(Math.max(0, q.span.start - 30), q.span.start), q.quantity.text))) {
      previous = undefined;
      continue;
    }
    // The name may take in the place's noun ("província de Valdara" as a pack writes it) or start after it.
    const takers = SHARE_OF_TAKERS.exec(text.slice(q.span.end, q.span.end + 60));
    const holder =
      (held ? mentions.find((m) => (m.start === span.end + held[0].length || m.start === span.end + held[0].length - (held[1]?.length ?? 0)) && accept(m)) : undefined) ??
      (takers ? mentions.find((m) => m.start === q.span.end + takers[0].length && accept(m)) : undefined);
    // "X won in 2:19:40 to beat Y's old mark by 31 seconds": the margin is the verb's subject's, before the verb, not the
    // object's owner.
    const byMargin = trigger !== undefined && trigger.end <= q.span.start && byTakes(text.slice(trigger.end, q.span.start));
    // "The regulator fined the lender €3.6 million", "impuso una multa de 3,6 millones a X", "demanded $12 million from X": the
    // one fined or asked owns the sum, never the one who fines; a description stands for the one name of its kind the
    // paragraph gives other than the agent (the prose reader looks), and a name that cannot hold it leaves it no one's.
    const penalised = modifier || holder || possessor ? undefined : (penalisedObject(lexicon, text, mentions, q.span) ?? paidForObject(lexicon, text, mentions, parens, span, q, attribute, accept) ?? boughtObject(text, mentions, q, attribute, accept, trigger));
    if (penalised !== undefined) {
      if (penalised === 'none' || (typeof penalised !== 'string' && !accept(penalised))) {
        previous = undefined;
        continue;
      }
      if (typeof penalised === 'string') {
        out.push({ attribute, match: matched, span, objectNoun: penalised });
        previous = undefined;
        continue;
      }
    }
    const subject =
      (penalised as Mention | undefined) ??
      (modifier as Mention | undefined) ??
      holder ??
      (possessor && accept(possessor) ? possessor : undefined) ??
      adjunctOwner(text, mentions, q.span, span, accept) ??
      (byMargin ? nearestBefore(text, mentions, parens, trigger, SUBJECT_WINDOW.quantity, accept, false, describesMention, headedMention) : undefined) ??
      nearestBefore(text, mentions, parens, q.numberSpan, SUBJECT_WINDOW.quantity, byMargin ? (m) => accept(m) && (m.end <= trigger.start || m.start >= q.span.end) : accept, false, describesMention, headedMention) ??
      (trigger && trigger.start < q.numberSpan.start ? nearestBefore(text, mentions, parens, trigger, SUBJECT_WINDOW.quantity, accept, false, describesMention, headedMention) : undefined) ??
      frontedOwner(text, mentions, span, accept, q.span, trigger) ??
      objectOwner(text, mentions, q.span, trigger, accept) ??
      trailingOwner(text, mentions, q.span, span, accept);
    // "the lander carries a 31 kg crawler", "一辆31公斤重的巡视车": a figure that modifies a type noun describes a thing of that
    // type; it is not the subject's unless the subject is of that type ("一台重1400公斤的着陆器").
    // "Santa Inés province accounted for 31 deaths": a share of a whole, said of something no pack names; not the page's
    // ("Carbon dioxide accounted for 41.3 million tonnes": the attribute's own word is the part, of the page's subject).
    if (!subject && !(trigger && trigger.end <= q.span.start) && SHARE_OF_WHOLE_VERB.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) {
      previous = undefined;
      continue;
    }
    // "The 5.x release branch of Velto carries 3 open flaws": the figure of a thing of another type that a name completes by
    // "of" is that thing's; where no name of it can hold the figure, it is no one's, never the name's after "of".
    if (subject && subject.end <= q.span.start && headedMention(subject)) {
      previous = undefined;
      continue;
    }
    const noun = modifier ? undefined : describedNoun(lexicon, text, q.span, q.numberSpan, trigger);
    if (noun !== undefined && (!subject || !descriptionsOf(lexicon).describes(noun, subject.entity))) {
      previous = undefined;
      continue;
    }
    // "A and B each took three seats, while 11 went to independents": a name before "while" is not the subject
    // of a figure in the clause it opens (that clause names its own, or none we know).
    // "X is cheaper than the film 'Star Harbour' (budget: $90 million)": a title in quotes between them holds the figure.
    // "A's is 257 days, and B gestation is 260 days": a clause after ", and" that opens on a subject of its own (a word that is
    // no function word, no word of the attribute and no type noun for the name) takes the figure from the name before it.
    if (subject && subject.end <= q.span.start && (CONTRAST_CLAUSE.test(text.slice(subject.end, q.span.start)) || QUOTED_TITLE.test(text.slice(subject.end, q.span.start)) || listsAnother(subject, q, attribute) || andOwnSubject(text.slice(subject.end, q.span.start), attribute, (w) => describesMention(w, subject)))) {
      previous = undefined;
      continue;
    }
    // "… to buy Corvane Inc, worth $29 billion": a phrase set after a name by a comma or a parenthesis is that name's; a name
    // the attribute cannot describe leaves the figure no one's, not a name's further back.
    const phraseStart = Math.min(span.start, q.span.start);
    const apposed = lastBefore(mentions, phraseStart);
    if (apposed && apposed !== subject && !accept(apposed) && APPOSED.test(text.slice(apposed.end, phraseStart)) && APPOSED_WORD.test(text.slice(phraseStart, phraseStart + 24))) {
      previous = undefined;
      continue;
    }
    // "killed 2,300 people in Ardenia and Corvalia", "阿登和科瓦利亚两国至少2300人死亡": a tally said of names joined by "and" is
    // their sum, no one's alone (unless "each" hands it to every one).
    if (attribute.measure === 'tally' && subject && countedTogether(text, mentions, subject, accept) && !EACH.test(text)) {
      previous = undefined;
      continue;
    }
    // "The Nova 7 and the Arc 3 both sell from $1,049": the names coordinated with the subject share the
    // figure; "… respectively" hands the figures out in order; "a combined €30 million" is no one's alone.
    const partners = subject && !held ? joinedNames(text, mentions, subject, 'before', accept) : [];
    // "a lander, a crawler and the Kestrel module, with a combined weight of 3,100 kg": the last of a list holds none of it.
    const listed = subject !== undefined && (partners.length > 0 || LISTED_LAST.test(text.slice(Math.max(0, subject.start - 12), subject.start)));
    // "Together, A and B hold 159 seats", "A and B together hold …", "zusammen", "juntos": their sum, neither's.
    if (listed && (NOT_SHARED.test(text.slice(Math.max(0, q.span.start - 40), q.span.start)) || TOGETHER.test(text.slice(Math.max(0, q.span.start - 160), q.span.start).split(/[;；]/u).at(-1)!))) {
      previous = undefined;
      continue;
    }
    // "A and B: a family with 64K context and 52B parameters": after a colon, a description of the names together.
    if (partners.length > 0 && /[:：]/u.test(text.slice(subject!.end, q.span.start))) {
      previous = undefined;
      continue;
    }
    const respectively = RESPECTIVELY.test(text.slice(q.span.end));
    // "sells the X in three trims -- base, Plus and Ultra -- at $699, $799 and $999 respectively": the
    // figures are handed out to a list of things that are not the names we know; none is the one subject's (with other
    // names in the sentence that could hold it, "…, respectively" may hand the figures out to them).
    // "Discontinuations were 8.4% and 6.1%, respectively": figures in one unit, with no name nor years in the sentence to hand
    // them to, are none the context's ("$3.9 billion and $4.2 billion in 2023 and 2024, respectively" go to the years;
    // "$4.2 billion and 3,100 staff, respectively" to two attributes).
    const toNoOne = () => !TWO_YEARS.test(text) && quantities.some((o) => o !== q && o.quantity.unit === q.quantity.unit);
    if (respectively && partners.length === 0 && (subject ? mentions.every((m) => m.entity.id === subject.entity.id || !accept(m)) : toNoOne())) {
      previous = undefined;
      continue;
    }
    if (partners.length > 0 && respectively) {
      const names = [...partners.reverse(), subject!].map((m) => m.entity);
      out.push({ entity: names[0], attribute, match: matched, span });
      previous = { q, attribute, entity: names[0], names, k: 0 };
      continue;
    }
    // "Tarnby is 12 km south of Korvath", "2 km from the old mill": a length between two places is no place's own; the place it is
    // measured from never holds it, and with no name of its own in the sentence it is no one's (not the page's).
    const between = dimensionOf(canonicalUnit(attribute.unit ?? '')) === 'length' ? measuredBetween(text, mentions, q.span) : undefined;
    if (between && subject && between.parties.some((m) => m.entity.id === subject.entity.id)) {
      previous = undefined;
      continue;
    }
    if (between && !subject) {
      out.push({ attribute, match: matched, span, measured: true });
      previous = undefined;
      continue;
    }
    // "Marrow Capital's 81% stake in Corvane", "a $117 billion bid for Pellucid Networks": the other party of what the figure measures.
    const other = !modifier ? counterpartOf(text, mentions, parens, span, subject, subject !== undefined && subject === holder, accept, holdsFigures) : undefined;
    // "a 6% stake in the firm", "owns 14% of the group's shares": an other party written as a description, not named here,
    // may be any thing of its kind: the figure is of that unnamed relation, not of the subject alone.
    const described = !other && !modifier && subject ? unnamedParty(lexicon, text, span) : undefined;
    const counterpart = other && !partners.includes(other) ? { counterpart: other.entity } : described ? { unnamedParty: described } : {};
    out.push({ entity: subject?.entity, attribute, match: matched, span, ...counterpart });
    for (const partner of partners) out.push({ entity: partner.entity, attribute, match: matched, span, ...counterpart });
    previous = { q, attribute, entity: subject?.entity, ...(trigger ? { trigger } : {}) };
  }
  const handedOut = RESPECTIVELY.test(text) || RESPECTIVELY_CJK.test(text);
  // "Quorn 4 is available in 8B and 70B parameters", "7B, 13B or 34B parameters": values of an attribute that varies by
  // member, listed for one subject, each name a member (the 8B model, the 70B model); none is the subject's own.
  if (!handedOut) {
    const listed = (a: QuantityMatch, b: QuantityMatch, attribute: PackAttribute) =>
      LISTED_BEFORE.test(text.slice(a.span.end, b.span.start)) &&
      sameMagnitude(a.quantity, b.quantity) &&
      (a.quantity.unit === '' || b.quantity.unit === '' || sameUnit(a.quantity.unit, b.quantity.unit)) &&
      !out.some((o) => (o.match === a || o.match === b) && o.attribute !== attribute);
    const sizes = out.filter((o) => {
      if (!o.attribute.variesByMember) return false;
      const i = quantities.indexOf(o.match);
      return (i > 0 && listed(quantities[i - 1]!, o.match, o.attribute)) || (i >= 0 && i + 1 < quantities.length && listed(o.match, quantities[i + 1]!, o.attribute));
    });
    for (const o of sizes) out.splice(out.indexOf(o), 1);
  }
  // "61.4 kWh and 82.5 kWh batteries", "de 58,2 kWh e de 77,4 kWh": a figure no attribute took, listed right before a
  // figure in the same unit that one took, is another value of it, for the same subject (as a figure after one is).
  for (const [i, q] of quantities.entries()) {
    const next = quantities[i + 1];
    if (handedOut || !unbound.has(q) || !next || q.quantity.unit === '' || !sameUnit(q.quantity.unit, next.quantity.unit) || !LISTED_BEFORE.test(text.slice(q.span.end, next.span.start))) continue;
    // "$371.5 million, or 79 cents a share": a sum and its share per unit are no list of one thing's values.
    if (!sameMagnitude(q.quantity, next.quantity)) continue;
    for (const claim of out.filter((o) => o.match === next)) {
      if (!inRange(claim.attribute, q.quantity) || blocked(lexicon, text, claim.attribute, q, blockersFound, allFigures, mentions)) break;
      out.push({ ...(claim.entity ? { entity: claim.entity } : {}), attribute: claim.attribute, match: q, span: q.span });
    }
  }
  return out;
}

/** A word of a dimension right after a figure: "4,720 mm long", "1,915 mm wide", "4,5 m hoch", "62 mètres de haut". */
const DIMENSION_AFTER =
  /^\s*(long|wide|high|tall|deep|thick|broad|lang|breit|hoch|tief|dick|de\s+long|de\s+large|de\s+haut|de\s+profondeur|de\s+largo|de\s+ancho|de\s+alto|de\s+altura)(?![\p{L}])/iu;

/** "4,720 mm long and 1,915 mm wide": the figure after the first says by its own word that it measures another dimension. */
function otherDimension(text: string, first: QuantityMatch, second: QuantityMatch): boolean {
  const b = DIMENSION_AFTER.exec(text.slice(second.span.end, second.span.end + 20));
  if (!b) return false;
  const a = DIMENSION_AFTER.exec(text.slice(first.span.end, first.span.end + 20));
  return !a || a[1]!.toLowerCase() !== b[1]!.toLowerCase();
}

/** Whether two figures are within a thousandfold of each other, as values of one thing listed side by side are. */
function sameMagnitude(a: Quantity, b: Quantity): boolean {
  const x = Math.abs(a.max ?? a.min ?? 0);
  const y = Math.abs(b.max ?? b.min ?? 0);
  return x === 0 || y === 0 || Math.max(x, y) / Math.min(x, y) <= 1000;
}

/**
 * Right after a trigger of a sum of money, "for each one of a kind": "loss per company", "revenue per employee", "pertes par
 * entreprise", "Umsatz pro Mitarbeiter", "pérdidas por cada empresa". Not a rate in time or a share of a hundred ("per year",
 * "per cent"), which units and period cues read, nor a price's unit of trade ("price per share", "per barrel"), nor Italian
 * "per" before an article or a figure ("perdite per il settore").
 */
const PER_EACH_AFTER =
  /^\s+(?:per\s+(?!cent(?:o|um)?\b|annum\b|l['’]|(?:the|il|la|lo|le|i|gli|un|una|uno)\s|(?:year|month|week|day|hour|minute|second|quarter|share|unit|barrel|ounce|tonne|ton|kilogram|litre|liter|gallon)s?\b)\p{L}|par\s+(?!rapport|actions?\b|an\b|mois\b|jour\b|semaine\b|l['’]|(?:le|la|les|un|une|des)\s)\p{L}|pro\s+(?!Aktie\b|Jahr\b|Monat\b|Tag\b|Woche\b|(?:der|die|das|den|dem|ein|eine)\s)\p{Lu}|por\s+cada\s)/u;

/**
 * Before an age something happened at: "at the age of", "a los", "aos", "à l'âge de"; "at" after a verb of a career's or a
 * life's step ("made his debut at 18", "retired at 35"); "mit", French "à" and Italian "a" before the word for years ("mit 18
 * Jahren", "à 18 ans", "a 18 anni"), not after "jusqu'à", "fino a" or a first number ("de 5 à 10 ans", "da 5 a 10 anni").
 */
const AGE_AT_BEFORE = /(?:(?<![\p{L}])at\s+the\s+age\s+of\s+|(?<![\p{L}])a\s+los\s+|(?<![\p{L}])aos\s+|(?<![\p{L}])à\s+l['’]âge\s+de\s+)$/iu;
const AT_AFTER_A_STEP = /(?<![\p{L}])(?:debut|début|debuted|joined|retired|died|started|began|turned\s+professional|signed)(?:\s+[\p{L}'’-]+){0,4}\s+at\s+$/iu;
const YEARS_WORD_BEFORE = /(?<![\p{L}])(?<!(?:jusqu['’]|fino\s|sino\s|\d\s))(?:mit|à|a)\s+$/iu;
const ageAt = (before: string, figure: string): boolean =>
  AGE_AT_BEFORE.test(before) || AT_AFTER_A_STEP.test(before) || (YEARS_WORD_BEFORE.test(before) && /\s(?:ans|anni|Jahren)$/u.test(figure));

/**
 * A verb of giving and a pronoun for whom it gives, right before a figure: "paid it $40 million", "offered them $2 million",
 * "zahlte ihr 40 Millionen".
 */
const GIVEN_TO_PRONOUN =
  /(?<![\p{L}])(?:paid|pays|pay|paying|gave|gives|give|giving|offered|offers|offer|owes|owed|owe|awarded|awards|granted|grants|lent|loaned|sent|promised|handed|zahlte|zahlt|gezahlt|bot|bietet|überwies|gewährte)\s+(?:it|them|him|her|us|me|you|ihr|ihm|ihnen|uns)\s+["“„«]?\s*(?:(?:approximately|about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|rund|etwa|knapp|fast|über|mehr\s+als)\s+)?[^\s\p{L}]{0,4}$/iu;

/** Between a verb and its object: nothing, a preposition of passage, an article ("transited the", "通过"). */
const OBJECT_AFTER = /^\s*(?:(?:through|via|across|into)\s+)?(?:the\s+)?$/iu;

/**
 * "12,400 vessels transited the Ardley Canal last year", "12400艘船通过阿德利运河": with no name before it, a figure that opens
 * its clause, its trigger the verb right after it, counts what the verb's object saw: the name right after the verb.
 */
function objectOwner(text: string, mentions: readonly Mention[], figure: Span, trigger: Span | undefined, accept: (m: Mention) => boolean): Mention | undefined {
  if (!trigger || trigger.start < figure.end || mentions.some((m) => m.end <= figure.start)) return undefined;
  const between = text.slice(figure.end, trigger.start);
  if (/[,;:，；：]/u.test(between) || between.trim().split(/\s+/u).length > 3) return undefined;
  return mentions.find((m) => m.start >= trigger.end && OBJECT_AFTER.test(text.slice(trigger.end, m.start)) && accept(m));
}

/** Before a figure that opens its clause as its subject: nothing, or a word of amount ("Only", "Just", "Some", "Nur", "Seuls"). */
const FIGURE_OPENS_CLAUSE = /^\s*(?:(?:only|just|some|about|around|roughly|nearly|almost|over|under|fewer\s+than|more\s+than|less\s+than|a\s+total\s+of|nur|lediglich|etwa|rund|seuls?|seulement|environ|solo|sólo|apenas|unos|unas|cerca\s+de|soltanto|circa|somente|cerca\s+de)\s+)?$/iu;
/**
 * After the figure's phrase, a preposition of where or for whom and a name that closes the clause: " for each token in ", " in
 * the ", " bei ". (Not "of", "von", "de", "di", "do": "5 staff came to the opening of X" makes X the possessor of the last noun.)
 */
const OWNER_CLOSES_CLAUSE = /^(?:\s+[^\s,;:.!?()]+){0,6}?\s+(?:in|for|im|in\s+der|bei|für|dans|pour|en|para|nel|nella|per|em|no|na)\s+(?:(?:the|its|der|dem|den|die|le|la|les|l['’]|el|los|las|il|lo|o|a)\s*)?$/iu;
/**
 * "Only 14B parameters are active for each token in Zorvan-3": in a clause the figure opens as its subject, the one name the
 * clause ends on after "in" or "for" holds it, when the clause names nothing else.
 */
function trailingOwner(text: string, mentions: readonly Mention[], figure: Span, span: Span, accept: (m: Mention) => boolean): Mention | undefined {
  const start = Math.max(text.slice(0, figure.start).search(/[^,;:.!?，；：。]*$/u), 0);
  if (!FIGURE_OPENS_CLAUSE.test(text.slice(start, figure.start))) return undefined;
  const rest = /^[^,;:!?，；：。]*?(?:[.](?!\d)|[,;:!?，；：。]|$)/u.exec(text.slice(span.end))![0];
  const end = span.end + rest.length;
  const inClause = mentions.filter((m) => m.end > start && m.start < end);
  if (inClause.length !== 1) return undefined;
  const m = inClause[0]!;
  // (A place there is where the figure holds, not whose it is: "12 deaths in Corvalia".)
  return m.start >= span.end && !PLACE_TYPES.has(m.entity.type) && OWNER_CLOSES_CLAUSE.test(text.slice(span.end, m.start)) && /^\s*(?:[.,;:!?，；：。]|$)/u.test(text.slice(m.end, m.end + 3)) && accept(m) ? m : undefined;
}

/** A participle's clause set off by a comma, up to the figure's phrase: ", ruling for ", ", serving as chair for ". */
const ADJUNCT_BEFORE = /[,，]\s*\p{Ll}{2,}ing(?![\p{L}])[^,;:.!?()，；：。]*$/u;
/** In it, a possessive that owns the figure's noun: ", ending his 40-year reign" (the pronoun's, not the subject's). */
const ADJUNCT_POSSESSIVE = /(?<![\p{L}])(?:his|her|their|its)(?![\p{L}])/iu;
/** Right before a name, what makes it an object in the main clause: a preposition, or a verb in the past ("son of ", "defeated "). */
const OBJECT_POSITION = /(?<![\p{L}])(?:(?:of|to|from|with|by|against|for|over|under|than|beside|after|before)|\p{Ll}{3,}ed)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/u;
/** Between the main clause's subject and the adjunct, a word that opens another clause with a subject of its own. */
const OTHER_SUBJECT_CLAUSE = /[;；]|(?<![\p{L}])(?:which|who|whom|whose|while|whereas|but|although|though|because|when|where)(?![\p{L}])/iu;
/**
 * "X was the eldest son of King Y and succeeded his father, ruling for 12 years": a participle's clause set off by a comma after
 * the main clause says what the main clause's subject did, the name the sentence opens on, not the nearest name before it, an
 * object of that clause (after a preposition or a verb). Not where the clause holds a name or a possessive of its own (", ending
 * his 40-year reign"), nor past a clause with a subject of its own.
 */
function adjunctOwner(text: string, mentions: readonly Mention[], figure: Span, span: Span, accept: (m: Mention) => boolean): Mention | undefined {
  const adjunct = ADJUNCT_BEFORE.exec(text.slice(0, figure.start));
  if (!adjunct) return undefined;
  const comma = adjunct.index;
  const end = text.slice(span.end).search(/[,;:.!?()，；：。]/u);
  const clauseEnd = end < 0 ? text.length : span.end + end;
  if (ADJUNCT_POSSESSIVE.test(text.slice(comma, clauseEnd)) || mentions.some((m) => m.start >= comma && m.start < clauseEnd)) return undefined;
  const opener = mentions[0];
  if (!opener || opener.end > comma || !NAME_OPENS.test(text.slice(0, opener.start)) || !accept(opener)) return undefined;
  if (OTHER_SUBJECT_CLAUSE.test(text.slice(opener.end, comma))) return undefined;
  const others = mentions.filter((m) => m !== opener && m.end <= comma);
  if (others.length === 0 || others.some((m) => m.entity.id === opener.entity.id)) return undefined;
  return others.every((m) => OBJECT_POSITION.test(text.slice(Math.max(0, m.start - 30), m.start))) ? opener : undefined;
}

/**
 * "With a yield of 6.4 t/ha in 2025, the Ardmoor Plain …", "At 212 metres, the Vess Tower …": a figure in a phrase set
 * before the main clause is of the name that clause opens on. "At €180 a month, Velandrix costs more than …": so is a price
 * set before it whose trigger is the main clause's verb, right after that name (not a price of each share: "At $5 a share,
 * the offer values X at …").
 */
function frontedOwner(text: string, mentions: readonly Mention[], span: Span, accept: (m: Mention) => boolean, figure?: Span, trigger?: Span): Mention | undefined {
  const fronted = FRONTED_PHRASE.exec(text);
  if (!fronted) return undefined;
  const main = fronted[0].length;
  const opening = (m: Mention) => m.start >= main && NAME_OPENS.test(text.slice(main, m.start));
  if (span.end <= main) return mentions.find((m) => opening(m) && accept(m));
  if (figure === undefined || trigger === undefined || figure.end > main || trigger.start < main || !AT_PRICE.test(fronted[0])) return undefined;
  const name = mentions.find(opening);
  return name && name.end <= trigger.start && accept(name) && VERB_AFTER_NAME.test(text.slice(name.end, trigger.start)) ? name : undefined;
}
/** A fronted "At <price>," that is no price of each share. */
const AT_PRICE = /^\s*at\s(?![^,]*(?<![\p{L}])(?:a|per|each)\s+share(?![\p{L}]))/iu;
/** Between a name and its verb: a head noun ("the Velandrix pen costs"), an adverb or an auxiliary at most. */
const VERB_AFTER_NAME = /^(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:(?:now|still|only|just|currently|already|also|typically|usually|is|are|was|were|will|would|has|have|been|be)\s+)*$/u;

/** A verb of fining and its object, right before the sum: "fined the bank €3.6 million", "fined Corvane a record €9 million". */
const FINED_OBJECT =
  /(?<![\p{L}])(?:fined|fines|fining|penali[sz]ed|penali[sz]es)\s+(?!(?:a|an|about|around|some|nearly|almost|roughly|up|more|over|just|only|another|by|for|in|on|at|over|under|and|but|after|before|under)\s)((?:the\s+|its\s+|their\s+)?[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,3}?)\s+(?:(?:a\s+total\s+of|a\s+record|an?|about|around|some|nearly|almost|roughly|up\s+to|more\s+than|over)\s+)?$/iu;
/**
 * A sum imposed or demanded, whose bearer follows it: "imposed a fine of €3 million on X", "demanded $12 million from X", "impuso
 * una multa de … a X", "a judgment of €7 million against X".
 */
const IMPOSED_BEFORE =
  /(?<![\p{L}])(?:(?:impos(?:ed|es|ing)|levied|levies|levying|issued|handed\s+down)\s+an?\s+(?:[\p{L}-]+\s+)?(?:fine|penalty)\s+of|(?:verdict|judg(?:e)?ment)\s+of|(?:demanded|demands|demanding|demand|sought|seeks|seeking)(?:\s+an?\s+(?:ransom|payment|sum)\s+of)?|(?:impuso|impone|imponen|impusieron|impuesto|impondrá|impondría)\s+una\s+(?:multa|sanción)\s+de|(?:inflige|infligé|infligée|infligent|imposé|impose)\s+une\s+(?:amende|sanction)\s+de|verhängt(?:e|en)?\s+(?:ein(?:e)?\s+)?(?:Bußgeld|Geldbuße|Geldstrafe|Strafe)\s+(?:in\s+Höhe\s+)?von|(?:inflitto|inflitta|irrogato|comminato|imposto|impone)\s+una\s+(?:multa|sanzione)\s+(?:di|da)|(?:aplicou|aplica|impôs|impõe)\s+uma\s+(?:multa|coima|sanção)\s+de)\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|over|unos|cerca\s+de|environ|rund|etwa|circa)\s+)?$/iu;
/** After such a sum, the word that names its bearer: "on", "from", "a", "à", "gegen", with an article. */
const BEARER_AFTER = /^\s*(?:(?:in\s+[\p{L}]+|de\s+euros|de\s+dólares|d['’]euros|Euro|di\s+euro)\s+)?(?:on|upon|against|from|a|al|à|au|gegen|an|ao)\s+(?:(?:the|its|la|el|le|l['’]|die|den|der|das|o)\s*)?/iu;
/** A pronoun as the bearer: we do not guess whom it means. */
const BEARER_PRONOUN = /^(?:it|them|him|her|les|le|la|lui|les|ihn|sie|ihr|ihm|lo|los|le|les)(?![\p{L}])/iu;

/**
 * The one a sum is imposed on or demanded from, when the sentence says so: a name, a description ("the bank": its noun, when a
 * pack's type noun), or 'none' (a pronoun, a thing no pack names); undefined when no such verb governs the sum.
 */
function penalisedObject(lexicon: Lexicon, text: string, mentions: readonly Mention[], figure: Span): Mention | string | 'none' | undefined {
  const before = text.slice(Math.max(0, figure.start - 80), figure.start);
  const offset = Math.max(0, figure.start - 80);
  const fined = FINED_OBJECT.exec(before);
  let at: number | undefined;
  let phrase: string | undefined;
  if (fined) {
    at = offset + fined.index + fined[0].indexOf(fined[1]!, fined[0].search(/\s/u));
    phrase = fined[1]!;
  } else if (IMPOSED_BEFORE.test(before)) {
    const bearer = BEARER_AFTER.exec(text.slice(figure.end, figure.end + 60));
    if (!bearer) return undefined;
    at = figure.end + bearer[0].length;
    phrase = /^[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,3}/u.exec(text.slice(at, at + 60))?.[0];
    if (phrase === undefined) return undefined;
  } else return undefined;
  const named = mentions.find((m) => m.start >= at! && m.start < at! + phrase!.length);
  if (named) return named;
  if (BEARER_PRONOUN.test(phrase)) return 'none';
  const noun = /^(?:(?:the|its|their)\s+)?([\p{L}-]+)/iu.exec(phrase)?.[1]?.toLowerCase();
  const article = /^(?:the|its|their)\s/iu.test(phrase) || /(?<![\p{L}])(?:the|its|their|la|el|le|l['’]|die|den|der|das|o)\s*$/iu.test(text.slice(Math.max(0, at - 8), at));
  return noun !== undefined && article && typeNouns(lexicon)[1].has(noun) ? noun : 'none';
}

/**
 * After a sum's phrase, what it pays for: "for", "por", "per", "für", "pour", "pelo" with an article, a word or two of the
 * sum between ("48 millones de euros fijos por el jugador").
 */
const PAID_FOR_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|or|y|e|et|und|o|in|en|im|nel|with|con|mit|avec)\s)\p{Ll}[\p{Ll}-]*){0,2}\s+(?:for|por|per|für|pour|pelo|pela)\s+(?:(?:${DEFINITE_ARTICLES})\s*)?(?=\p{L})`, 'u');
/**
 * "Fenwold paid a fee of €48 million for Tollund", "el club abonará 48 millones de euros por el jugador": a sum whose attribute
 * cannot describe its payer (the name nearest before it in its clause, or a definite type noun opening the clause) is the sum
 * of what it is paid for, a name the attribute describes, or a description ("the player": its noun, a pack's type noun of a
 * type the attribute describes) that the prose reader resolves as the one name of its kind the paragraph gave before;
 * undefined when the sentence has no such shape (no payer: "Prices start at $799 for the X" is left to the other rules).
 */
function paidForObject(lexicon: Lexicon, text: string, mentions: readonly Mention[], parens: Span[], span: Span, q: QuantityMatch, attribute: PackAttribute, accept: (m: Mention) => boolean): Mention | string | undefined {
  if (attribute.kind !== 'quantity' || !CURRENCY_CODES.has(attribute.unit!)) return undefined;
  const types = typeNouns(lexicon)[1];
  const takes = (noun: string) => {
    const type = types.get(noun);
    return type !== undefined && attribute.subjects.includes(type);
  };
  const payer = nearestBefore(text, mentions as Mention[], parens, q.numberSpan, SUBJECT_WINDOW.quantity, () => true);
  const opening = PAYER_NOUN.exec(clauseBefore(text, q.span.start))?.[1]?.toLowerCase();
  if (payer ? accept(payer) : opening === undefined || !types.has(opening) || takes(opening)) return undefined;
  const end = Math.max(span.end, q.span.end);
  const tie = PAID_FOR_AFTER.exec(text.slice(end, end + 60));
  if (!tie) return undefined;
  const at = end + tie[0].length;
  const named = mentions.find((m) => m.start === at);
  if (named) return accept(named) ? named : undefined;
  if (!ENDS_ON_ARTICLE.test(tie[0])) return undefined;
  const noun = /^[\p{L}-]+(?![\p{L}])/u.exec(text.slice(at, at + 40))?.[0]?.toLowerCase();
  return noun !== undefined && takes(noun) ? noun : undefined;
}
/**
 * A verb of buying in the active, with its object, then "for" before the sum: "signed Corrow's Ansel Brigg for a record fee of",
 * "bought Y for" (group 1: the object). Not "signed for Y", "signed with Y", "was signed by Y" (the one who moves), nor a pronoun
 * object (left to the other rules).
 */
const BOUGHT_OBJECT_BEFORE =
  /(?<![\p{L}])(?<!(?:was|were|been|being|be|is|are|get|gets|got|had)\s+)(?:signed|signs|signing|bought|buys|buying|purchased|purchases|acquired|acquires|recruited|recruits)\s+(?!(?:for|with|by|on|as|up|to|in|from|off|again|back|him|her|them|it|me|us|you)(?![\p{L}]))([^,;:!?()]{1,60}?)\s+for\s+[^,;:!?()]*$/iu;
/** A verb of paying or spending in the active before the sum: "paid a record fee of", "spent" (the payer is the buyer). */
const PAID_BEFORE = /(?<![\p{L}])(?<!(?:was|were|been|being|be|is|are|get|gets|got|had)\s+)(?:paid|pays|paying|spent|spends|spending|splashed\s+out|shelled\s+out)\s+[^,;:!?()]*$/iu;
/** After the sum paid, what it pays for: "for", "on" with an optional article (a word or two of the sum between). */
const PAID_FOR_OR_ON_AFTER = /^(?:\s+(?!(?:and|or|in|with)\s)\p{Ll}[\p{Ll}-]*){0,2}\s+(?:for|on)\s+/u;
/**
 * "Tollund signed Corrow's Ansel Brigg for a record fee of £3.2 million", "Tollund paid £3.2 million for Ansel Brigg": a sum the
 * one named before pays as the buyer is the fee of the one bought, never the buyer's: that name where it is one the attribute
 * describes, 'none' where the one bought is a name no pack knows (a capitalised word) or one the attribute cannot describe;
 * undefined when the sentence has no such shape or the object is a description ("a contract", "the season").
 */
function boughtObject(text: string, mentions: readonly Mention[], q: QuantityMatch, attribute: PackAttribute, accept: (m: Mention) => boolean, trigger: Span | undefined): Mention | 'none' | undefined {
  if (attribute.kind !== 'quantity' || !CURRENCY_CODES.has(attribute.unit!)) return undefined;
  const before = clauseBefore(text, q.numberSpan.start, 160);
  const from = q.numberSpan.start - before.length;
  // (An attribute whose trigger is the verb itself, "signed", "spent", counts the buyer's outlay: the sum is the buyer's.)
  const verbIsTrigger = (at: number) => trigger !== undefined && trigger.start <= at && trigger.end > at;
  const object = (start: number, end: number): Mention | 'none' | undefined => {
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    const named = [...inside].reverse().find(accept);
    if (named) return named;
    if (inside.length > 0 || /^(?:[\p{L}'’-]+\s+){0,3}?\p{Lu}/u.test(text.slice(start, end)) && !/^(?:the|a|an|his|her|its|their)\s/iu.test(text.slice(start, end))) return 'none';
    return undefined;
  };
  const bought = BOUGHT_OBJECT_BEFORE.exec(before);
  if (bought) {
    if (verbIsTrigger(from + bought.index)) return undefined;
    const start = from + bought.index + bought[0].indexOf(bought[1]!, bought[0].search(/\s/u));
    return object(start, start + bought[1]!.length);
  }
  const paid = PAID_BEFORE.exec(before);
  if (!paid || verbIsTrigger(from + paid.index)) return undefined;
  const end = q.span.end;
  const tie = PAID_FOR_OR_ON_AFTER.exec(text.slice(end, end + 60));
  if (!tie) return undefined;
  const start = end + tie[0].length;
  const phrase = /^[^,;:.!?()]{1,60}?(?=\s*(?:[,;:.!?()]|$|\s(?:in|from|after|before|during|when|and|but)\s))/u.exec(text.slice(start, start + 60))?.[0];
  return phrase === undefined ? undefined : object(start, start + phrase.length);
}
/** A definite noun opening a clause, its payer: "The club", "El club inglés", "Der Verein" (group 1: the noun). */
const PAYER_NOUN = new RegExp(String.raw`^\s*(?:${DEFINITE_ARTICLES})\s*([\p{L}-]+)`, 'iu');
/** A tie that ends on a definite article ("for the "): what it pays for is a description. */
const ENDS_ON_ARTICLE = new RegExp(String.raw`(?<![\p{L}])(?:${DEFINITE_ARTICLES})\s*$`, 'iu');

/** A figure's phrase tied to a description: "… in the company", "… of the automaker's shares" (group 1: the noun). */
const TIED_DESCRIPTION = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:of|in|into|for)\s+the\s+(\p{L}+)(?![\p{L}])/iu;

/** The description ("the company") a figure's phrase ties its other party to, when that is a noun of a type the packs know. */
function unnamedParty(lexicon: Lexicon, text: string, span: Span): string | undefined {
  const m = TIED_DESCRIPTION.exec(text.slice(span.end, span.end + 50));
  return m && typeNouns(lexicon)[1].has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : undefined;
}

/** Between a trigger and the bare number it names: "a death toll of", "the toll had reached", "deaths now", "killed". */
const COUNT_LINK =
  /^\s*(?:[:=]|of|at|is|was|now|stands\s+at|stood\s+at|(?:has\s+|had\s+)?(?:reached|hit|(?:rose|risen|climbed|jumped|grew|fell|dropped)\s+to)|de|[为為达達至是：])?\s*$/iu;

/** Whether an attribute with triggers counts things: not money (a figure always writes its currency), nor a measure. */
export function countsThings(attribute: PackAttribute): boolean {
  return attribute.kind === 'quantity' && attribute.triggers.length > 0 && !CURRENCY_CODES.has(attribute.unit!) && dimensionOf(canonicalUnit(attribute.unit!)) === undefined;
}

/** Whether a figure's unit word is one of people ("64 people", "47 personnes"), whichever unit a pack gave that word. */
const inPeople = (text: string, q: QuantityMatch) => q.unitSpan !== undefined && UNIT_WORDS[text.slice(q.unitSpan.start, q.unitSpan.end).trim().toLowerCase()] === 'person';

/**
 * Between a trigger and its figure, only words that link them and the name whose it is: "population of", "population is
 * about", "population of Ardenia is", "stood at nearly".
 */
const LINK_TO_FIGURE = /^(?:\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){1,4}(?=\s))?(?:\s+|\s*[:=]\s*|\s+(?:(?:of|is|was|are|were|at|to|stands|stood|reached|reaches|totals|totalled|totaled|about|around|nearly|roughly|some|approximately|almost|over|just|more\s+than|an\s+estimated|estimated\s+at)\s+)+)$/iu;

/** Whether a bare number counts no noun of its own: a break or a function word after it ("killed 23 in the north"). */
function countsNothing(text: string, q: QuantityMatch): boolean {
  const word = /^\s*(\p{L}+|\p{N})/u.exec(text.slice(q.span.end, q.span.end + 40))?.[1];
  // "12 000 GPUs" on a page read as writing no spaces between thousands: the first group of another figure.
  return word === undefined || FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * "300 sales and 7 dealerships": a bare number followed by a word of its own counts that word, and borrows no unit; one
 * followed by a break or a function word ("31 in all competitions", "19% in 2024") may borrow the unit before it.
 */
function countsItsOwn(text: string, q: QuantityMatch): boolean {
  if (q.quantity.unit === '' && countedNoun(text, q) !== undefined) return true;
  const word = /^\s+(\p{L}+)/u.exec(text.slice(q.span.end, q.span.end + 40))?.[1];
  return q.quantity.unit === '' && word !== undefined && !FUNCTION_WORDS.has(word.toLowerCase());
}

/** Counters of Chinese and Japanese that the number grammar reads as no unit, beside its measure words: people, long things, times. */
const CJK_COUNTERS = new Set([...CJK_MEASURE_WORDS, '人', '本', '回']);
/**
 * Right after a counter, what is no noun: a particle, a word of more or less, of place or of time ("16个以上", "16个中",
 * "16个的", "16个左右"); Japanese particles are written in hiragana, which a noun here never opens with (but の before it).
 */
const NOT_A_COUNTED_NOUN = /^(?:[的之以多余餘上中内內里裡后後前和与與或及都也是为為在被已就才还還将將时時至到]|左右)/u;

/**
 * "16个样本", "16個のサンプル", "16次试验": the noun a bare number counts through a Chinese or Japanese counter glued to
 * it (a word of the Han or Katakana script, or a Latin one), up to eight characters; undefined when no noun follows.
 */
function countedNoun(text: string, q: QuantityMatch): string | undefined {
  const after = text.slice(q.span.end, q.span.end + 12);
  if (!CJK_COUNTERS.has(after[0] ?? '')) return undefined;
  const noun = /^の?([\p{Script=Han}\p{Script=Katakana}ー\p{Script=Latin}]{1,8})/u.exec(after.slice(1))?.[1];
  return noun === undefined || NOT_A_COUNTED_NOUN.test(noun) ? undefined : noun;
}

/**
 * Whether the words after a bare number that counts a noun of its own ("23 league goals", "12 seats") name what the
 * attribute counts: its unit, or a word of one of its triggers, within three words.
 */
function namesItsCount(text: string, q: QuantityMatch, attribute: PackAttribute): boolean {
  // "在16个样本上的QuizBench": a count through a counter is of its noun, never a score or a share; a count of things only where
  // that noun holds a word of the attribute ("32个注意力头" for heads).
  const counted = countedNoun(text, q);
  if (counted !== undefined) {
    if (!isCountUnit(attribute.unit ?? '')) return false;
    const noun = counted.toLowerCase();
    return [...attributeWords(attribute)].some((w) => noun.startsWith(w) || (w.length >= 2 && noun.includes(w)));
  }
  const words = text.slice(q.span.end, q.span.end + 60).toLowerCase().match(/\p{L}+/gu)?.slice(0, 3) ?? [];
  // Scripts written without spaces run a counter into the words after it ("88.1 分和"): not read here.
  if (words.length > 0 && !/^\p{Script=Latin}/u.test(words[0]!)) return true;
  const own = attributeWords(attribute);
  return words.some((w) => own.has(w) || own.has(w.replace(/(?:es|s)$/u, '')));
}

/**
 * Whether the noun phrase right after a figure, of a word or two and its head ("mobile subscribers"), ends on a word of the
 * attribute's unit, its other words the attribute's own too (from its triggers: not "broadband customers", "more customers").
 */
function headCounted(text: string, q: QuantityMatch, attribute: PackAttribute): boolean {
  const phrase = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(\p{L}+)(?![\p{L}\p{N}-])/u.exec(text.slice(q.span.end, q.span.end + 60));
  if (!phrase) return false;
  // Each word before the head is one of the attribute's own ("mobile" of "mobile subscribers"): "broadband customers" are others.
  const own = attributeWords(attribute);
  return attribute.unitWords!.includes(phrase[2]!.toLowerCase()) && phrase[1]!.trim().split(/\s+/u).every((w) => own.has(w) && !FUNCTION_WORDS.has(w));
}

/**
 * "fewer than 100 million monthly active users": a trigger's word ("active") in the noun phrase after a bare scaled figure
 * qualifies another plural noun, which the figure counts.
 */
function triggerQualifiesAnother(text: string, q: QuantityMatch, attribute: PackAttribute): boolean {
  const phrase = /^\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+s)(?![\p{L}])/u.exec(text.slice(q.span.end, q.span.end + 60));
  if (!phrase) return false;
  const own = attributeWords(attribute);
  const head = phrase[2]!.toLowerCase();
  const before = phrase[1]!.toLowerCase().match(/\p{L}+/gu) ?? [];
  return !own.has(head) && !own.has(head.replace(/(?:es|s)$/u, '')) && before.some((w) => own.has(w)) && !before.some((w) => FUNCTION_WORDS.has(w));
}

const ATTRIBUTE_WORDS = new WeakMap<PackAttribute, ReadonlySet<string>>();
/** An attribute's unit and the words of its triggers, lower-cased, singular and plural. */
function attributeWords(attribute: PackAttribute): ReadonlySet<string> {
  let words = ATTRIBUTE_WORDS.get(attribute);
  if (!words) {
    const all = [attribute.unit ?? '', ...attribute.triggers].flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []);
    ATTRIBUTE_WORDS.set(attribute, (words = new Set(all.flatMap((w) => [w, w.replace(/(?:es|s)$/u, '')]))));
  }
  return words;
}

/** "分别", "それぞれ", "각각": figures handed out to names in order, as "respectively" does. */
const RESPECTIVELY_CJK = /分别|分別|それぞれ|각각/u;

/** Between two listed figures: "and", "or" or a comma, in the languages a pack may be written for ("e de", "und", "et", "y", "和"). */
const LISTED_BEFORE = /^\s*(?:,\s*)?(?:and|or|e|ou|und|oder|et|y|o|en|og|och|[,、和及与與或])\s*(?:(?:of|de|di|da|del|von|van|a|an|the|um|uma|un|une|una|ein|eine|einen)\s+)?$/iu;

/**
 * An opening parenthesis, "or", "i.e." or "converted", with a hedge, between a sum and its conversion, in the languages news is
 * written in: "(about $5.2 billion)", "soit environ", "o sea unos", "umgerechnet rund", "(约合人民币86亿元)".
 */
const CONVERSION_GAP =
  /^\s*(?:[(（]|[,，]?\s*(?:or|i\.e\.,?|soit|o\s+sea|das\s+sind|umgerechnet))\s*(?:umgerechnet\s+)?(?:about|around|approximately|roughly|nearly|some|almost|over|environ|près\s+de|unos|unas|aproximadamente|cerca\s+de|alrededor\s+de|etwa|rund|ca\.|knapp|~|≈|约合|約合|折合|合|相当于|相當於|约|約)?\s*$/iu;

/** Whether `q` gives the sum of the figure right before it in another currency ("₹615 crore ($75 million)", "$75 million (₹615 crore)"). */
function isConversion(text: string, before: QuantityMatch, q: QuantityMatch): boolean {
  return CURRENCY_CODES.has(q.quantity.unit) && CURRENCY_CODES.has(before.quantity.unit) && before.quantity.unit !== q.quantity.unit && CONVERSION_GAP.test(text.slice(before.span.end, q.span.start));
}

/**
 * Whether figure `b` is followed by words of its own before the head noun of the trigger right after figure `a`
 * ("200MP primary sensor … 12MP ultra-wide sensor": "ultra-wide" where `a` had "primary"): then `b` measures
 * another thing of that kind. A trigger of one word, or one that does not follow `a` at once, says nothing here.
 */
function namesAnotherKind(text: string, a: QuantityMatch, trigger: Span, b: QuantityMatch): boolean {
  if (trigger.start < a.span.end || !/^\s*$/u.test(text.slice(a.span.end, trigger.start))) return false;
  const words = text.slice(trigger.start, trigger.end).trim().split(/\s+/u);
  if (words.length < 2) return false;
  const head = words.at(-1)!.toLowerCase();
  const after = /^\s+((?:[\p{L}-]+\s+){1,3}?)([\p{L}-]+)/u.exec(text.slice(b.span.end, b.span.end + 60));
  if (!after || after[2]!.toLowerCase().replace(/s$/u, '') !== head.replace(/s$/u, '')) return false;
  const own = after[1]!.trim().toLowerCase();
  return own !== words.slice(0, -1).join(' ').toLowerCase();
}

/**
 * Two figures in parallel: joined by "and", "from", "to", "versus" within four words, with no name
 * between them that could not hold the attribute ("$1,199, and Acme bundles a 45-watt charger" is not).
 */
function isParallel(text: string, a: QuantityMatch, b: QuantityMatch, attribute: PackAttribute, mentions: Mention[]): boolean {
  const gap = text.slice(a.span.end, b.span.start);
  if (!PARALLEL.test(gap) || wordsBetween(text, a.span.end, b.span.start) > 4) return false;
  return !mentions.some((m) => m.start >= a.span.end && m.end <= b.span.start && !compatible(attribute, m.entity));
}

/**
 * A figure in a clause set against the one before ("X has a 6.8-inch display while Y sports a 6.9-inch one"):
 * the same unit written out, "while" or "whereas" between, and a name that could hold the attribute after it,
 * which is the figure's subject; undefined when the figure is not in such a clause.
 */
function contrastedSubject(text: string, a: QuantityMatch, b: QuantityMatch, attribute: PackAttribute, mentions: Mention[]): Mention | undefined {
  if (a.quantity.unit === '' || a.quantity.unit !== b.quantity.unit) return undefined;
  const gap = text.slice(a.span.end, b.span.start);
  const contrast = CONTRAST.exec(gap);
  if (!contrast || /[.;:]/.test(gap) || wordsBetween(text, a.span.end, b.span.start) > 14) return undefined;
  const from = a.span.end + contrast.index + contrast[0].length;
  // The clause's own subject: the first name after "while" that could hold the attribute.
  return mentions.find((m) => m.start >= from && m.end <= b.span.start && compatible(attribute, m.entity));
}

const CONTRAST = /(?<![\p{L}])(?:while|whereas)(?![\p{L}])/iu;
/** "while" or "whereas" opening a clause of its own ("while 11 went to …"), not a phrase ("while training on …", "while at X"). */
const CONTRAST_CLAUSE = /(?<![\p{L}])(?:while|whereas)\s+(?!(?:[\p{L}]+ing|at|in|on|under|with|still|also)(?![\p{L}]))/iu;

/** "… for X", "… with X" right after a figure: X is whose figure it is. */
const OWNER_AFTER = /^\s*(?:for|with|among)\s+(?:the\s+)?(?=\p{L})/iu;
/** "a combined $2 billion", "a total of 40": one figure for the names together, not for each. */
const NOT_SHARED = /(?<![\p{L}])(?:combined|together|jointly|total|totalling|totaling|between\s+them)\s+(?:(?:[\p{L}-]+\s+){1,2}of\s+|of\s+)?$/iu;
/** Words by which names joined by "and" hold a figure as one: "together", "jointly", "between them", "juntos", "ensemble". */
const TOGETHER =
  /(?<![\p{L}])(?<!(?:brought|bring|brings|come|came|comes|got|get|gets|put|puts|pulled|pull|pulls)\s)(?:together(?!\s+with)|jointly|between\s+them|juntos|juntas|ensemble|zusammen|gemeinsam|insieme|conjuntamente)(?![\p{L}])(?![^;；]*?,\s*(?:and|but|while|whereas|y|et|und|e)\s)[^;；]*$/iu;
/** A name that closes a list: "a lander, a crawler and the Kestrel module". */
const LISTED_LAST = /(?:[,，、]|(?<![\p{L}])(?:and|or|und|et|y|e|&))\s+(?:(?:the|a|an)\s+)?$/iu;
const TWO_YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)[^.;]*?(?<!\d)(?:19|20)\d\d(?!\d)/u;
/** "… $1,199 and $1,299 respectively": figures handed out to the names in order. */
const RESPECTIVELY = /^(?:[^.;]|\.(?=\d))*?(?<![\p{L}])respectively(?![\p{L}])/iu;
/** "and" between two names, in the languages the readers know ("A and B", "A y B", "A und B", "A和B", "A、B"). */
const AND_BETWEEN = /^\s*(?:,?\s*and|&|y|et|und|e|en|和|与|與|及|、)\s*(?:the\s+)?$/iu;
/** "each", "apiece", "jeweils", "各": a figure handed to every one of the names. */
const EACH = /(?<![\p{L}])(?:each|apiece|jeweils|chacun|chacune|cada\s+uno|cada\s+una)(?![\p{L}])|各/iu;

/** Whether another name that could hold the figure is joined to the subject by "and", right before or after it. */
function countedTogether(text: string, mentions: Mention[], subject: Mention, accept: (m: Mention) => boolean): boolean {
  const i = mentions.indexOf(subject);
  const before = i > 0 ? mentions[i - 1] : undefined;
  const after = i >= 0 ? mentions[i + 1] : undefined;
  const joined = (a: Mention, b: Mention) => a.entity.id !== b.entity.id && AND_BETWEEN.test(text.slice(a.end, b.start));
  return (before !== undefined && accept(before) && joined(before, subject)) || (after !== undefined && accept(after) && joined(subject, after));
}

/** The names joined to a subject by "and" (before or after it, up to `end`) that could hold the figure too. */
function joinedNames(text: string, mentions: Mention[], subject: Mention, direction: 'before' | 'after', accept: (m: Mention) => boolean, end = Infinity): Mention[] {
  const chain = coordinated(text, mentions, subject, direction, true).slice(1);
  const stop = chain.findIndex((m) => !accept(m) || m.entity.id === subject.entity.id || m.end > end);
  return stop === -1 ? chain : chain.slice(0, stop);
}

/** A capitalised word and one space right before a figure: the figure may be its version ("Dynamic 2.0"). */
const NAME_BEFORE_VERSION = /(?<![\p{Script=Latin}\p{N}.,:;(\-])\p{Lu}\p{Ll}+ $/u;

const UNIT_OWNERS = new WeakMap<Lexicon, Map<string, PackAttribute[]>>();

/** Between a figure and the parentheses that break it down: a few words, no clause mark ("… of wheat handled (", " ("). */
const PART_AFTER_FIGURE = /^(?:\s+[\p{L}-]+){0,4}\s*$/u;

/** After a figure: its phrase ends (punctuation, the end, or "on/in/of/for/across …"), no noun of its own follows. */
const PHRASE_ENDS = /^(?:\s*(?:[,;:.)]|$)|\s+(?:on|in|of|for|across|each)(?![\p{L}]))/iu;

/** The quantity attributes of the packs whose unit words hold `unitWord` (lower case), read once per lexicon. */
export function unitWordOwners(lexicon: Lexicon, unitWord: string): readonly PackAttribute[] {
  let owners = UNIT_OWNERS.get(lexicon);
  if (!owners) {
    owners = new Map();
    for (const attribute of lexicon.pack.attributes) {
      if (attribute.kind !== 'quantity') continue;
      for (const word of new Set((attribute.unitWords ?? []).map((w) => w.toLowerCase()))) owners.set(word, [...(owners.get(word) ?? []), attribute]);
    }
    UNIT_OWNERS.set(lexicon, owners);
  }
  return owners.get(unitWord) ?? [];
}

/** The one quantity attribute of the pack, measured in a unit with a dimension, whose unit words hold `unitWord` (null when several do). */
function onlyAttributeOf(lexicon: Lexicon, unitWord: string): PackAttribute | null | undefined {
  // A duration ("within three days", "for 30 months") is said of too many things to name an attribute by its unit alone.
  const measures = unitWordOwners(lexicon, unitWord).filter((a) => {
    const dimension = dimensionOf(canonicalUnit(a.unit!));
    return dimension !== undefined && dimension !== 'time';
  });
  return measures.length === 0 ? undefined : measures.length === 1 ? measures[0] : null;
}

/** A figure's phrase that modifies what follows: "… version of (the) X", "…的X" (規模的, 版本的). */
const MODIFIES_AFTER =
  /^(?:[\s-]*(?:versions?|variants?|editions?|checkpoints?)\s+of\s+(?:the\s+)?|\s*(?:規模|规模|版本|級別|级别|級|级)?\s*的\s*(?:\p{Script=Han}{0,4}?(?:车型|車型|版本|型号|型號|机型|機型|车款|車款)\s*)?)/iu;
/**
 * A determiner or possessive right before a figure: "the 70-billion-parameter X", "its 90-metre-tall X", "beim 4,5 Meter langen X", "de 4,5 meter
 * lange X" are noun phrases whose head may be a name (the languages whose adjectives stand before the noun).
 */
const NOUN_PHRASE_OPENS = /(?:(?<![\p{L}])(?:the|a|an|its|his|her|their|our|this|that|these|those|der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer|beim|im|vom|zum|zur|am|het|een)|\p{L}['’]s)\s+$/iu;

/** A name no pack knows that reads as a product's: a capitalised word and a number ("Nemotron 4", "Zeta-2"). */
const VERSIONED_NAME = /^\p{Lu}[\p{L}]+[ -]?\d/u;

/**
 * The name a figure's phrase (`span`) modifies, right after it: "the 70-billion-parameter X", "the 9B version of X",
 * "700億參數的X"; 'unknown' when a versioned name no pack knows stands there.
 */
function modifiedName(text: string, mentions: readonly Mention[], span: Span, figure: Span): Mention | 'unknown' | undefined {
  const after = text.slice(span.end, span.end + 40);
  const at = MODIFIES_AFTER.exec(after)?.[0].length ?? (NOUN_PHRASE_OPENS.test(text.slice(Math.max(0, figure.start - 16), figure.start)) ? /^ +(?=\p{Lu})/u.exec(after)?.[0].length : undefined);
  if (at === undefined) return undefined;
  const name = mentions.find((m) => m.start === span.end + at);
  // "a 61-layer X V3.2-style stack": a name glued by a hyphen to a word after it is an adjective; the figure modifies the
  // noun after it, which no pack names.
  if (name && NAME_AS_ADJECTIVE.test(text.slice(name.end, name.end + 24))) return 'unknown';
  return name ?? (VERSIONED_NAME.test(after.slice(at)) ? 'unknown' : undefined);
}
/** After a name, words that make the noun phrase go on past it: "AMD Instinct MI300X node", "X cluster", "X-based". */
const NOT_THE_HEAD =
  /^(?:\s+[\p{Lu}\p{N}]|\s+(?!(?:and|or|but|nor|has|had|have|is|was|are|were|will|would|can|could|may|might|now|also|still|then|in|on|at|of|for|to|with|by|from|since|which|that|who|whose|where|when|as|than)(?![\p{L}]))\p{Ll}+\s+(?:is|was|are|were|has|had|have|will|would|opened|opens|closed|closes)(?![\p{L}])|\s+\p{Ll}+(?:sion|tion|ment|ness|ity|ure|age|ance|ence|ship)s?(?![\p{L}])|\s+(?:spur|branch|section|project|upgrade|route|loop|stretch|corridor|stage|phase|plan|scheme|site|depot|network|service)s?(?![\p{L}])|[-.][\p{L}\p{N}])/u;
/** Right after a name, what makes it an adjective: "-style", ".2-style", "-based", "-class". */
const NAME_AS_ADJECTIVE = /^[\p{L}\p{N}.]*-\p{Ll}/u;

/** Between a figure and the noun it modifies in Chinese and Japanese: "31公斤重的", "31キロの". */
const HAN_MODIFIES = /^\s*(?:重|长|長|高|宽|寬|大)?\s*(?:的|の)\s*/u;

/**
 * The type noun a figure modifies, right after it: "a 31 kg crawler", "an 80-tonne six-wheeled crawler", "31公斤重的巡视车";
 * undefined when none follows, or when the attribute's own word follows the figure ("a 6% stake in the firm").
 */
function describedNoun(lexicon: Lexicon, text: string, figure: Span, number: Span, trigger: Span | undefined): string | undefined {
  const after = text.slice(figure.end, figure.end + 60);
  const [noun] = typeNouns(lexicon);
  const han = HAN_MODIFIES.exec(after);
  if (han) return noun.exec(after.slice(han[0].length))?.[0];
  if ((trigger && trigger.start >= figure.end) || !NOUN_PHRASE_OPENS.test(text.slice(Math.max(0, number.start - 16), number.start))) return undefined;
  let at = after.match(/^[\s-]*/u)![0].length;
  for (let n = 0; n <= 2; n++) {
    const found = noun.exec(after.slice(at));
    if (found) return found[0];
    const word = /^([\p{Ll}-]+)\s+/u.exec(after.slice(at));
    if (!word || FUNCTION_WORDS.has(word[1]!)) return undefined;
    at += word[0].length;
  }
  return undefined;
}

/**
 * "is made of a propulsion module (2,100 kg), a lander (1,600 kg) and a rover (30 kg)": figures in parentheses after the
 * nouns of a list are each noun's; one after a noun that is no name is no name's (the name before the list holds only its
 * own). Only where another noun of the sentence has a figure in parentheses too.
 */
function partOfAList(text: string, mentions: readonly Mention[], parens: Span[], figure: Span, trigger: Span | undefined): boolean {
  const paren = enclosing(parens, figure);
  const noun = paren ? A_NOUN_BEFORE.exec(text.slice(Math.max(0, paren.start - 40), paren.start)) : null;
  if (!paren || !noun) return false;
  // "a context window (128K tokens)": the noun is the attribute's own word, and the figure is its value.
  const nounStart = paren.start - noun[0].length;
  if (trigger && trigger.start >= nounStart && trigger.end <= paren.start) return false;
  if (mentions.some((m) => m.end > nounStart && m.start < paren.start)) return false;
  return parens.some((p) => p !== paren && /\d/u.test(text.slice(p.start, p.end)) && A_NOUN_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)));
}
/**
 * After a count and its noun, a verb phrase of its clause that ends in "as" and a plural role: "put their names forward as
 * candidates", "stood as nominees", "signed up as volunteers". Not "as of", "as many", "as well" and the like (the words after
 * "as" are a role only when they are a plural noun of their own).
 */
const IN_A_ROLE_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){1,6}?as\s+(?!(?:of|many|much|well|well\s+as|such|part|long|far|soon|though|if|usual|expected|planned|before|after|always|ours|yours|theirs|others|is|was|follows)(?![\p{L}]))(?:[\p{L}-]+\s+)?[\p{L}-]+s(?![\p{L}])/iu;
/** Whether a count's things act in a role ("6 members put their names forward as candidates"): its noun, then the role. */
function inARole(text: string, q: QuantityMatch): boolean {
  if (!/\p{L}$/u.test(q.span.end > q.numberSpan.end ? text.slice(q.numberSpan.end, q.span.end) : '')) return false;
  const clause = /^[^,;:.!?()]*/u.exec(text.slice(q.span.end, q.span.end + 80))![0];
  return IN_A_ROLE_AFTER.test(clause);
}
/** Before a span of time, words that make it a remainder or an addition: "the next two months", "another year", "an additional 12 months". */
const REMAINDER_BEFORE = /(?<![\p{L}])(?:next|remaining|another|further|additional|extra)\s+$/iu;
/** After a span of time, words that make it a remainder: "1 year remaining", "two months left", "two months of support left", "a year to go". */
const REMAINDER_AFTER = /^\s*(?:of\s+(?:[\p{L}-]+\s+){1,2})?(?:remaining|left|to\s+go|to\s+run)(?![\p{L}])/iu;
/** Whether an attribute counts people (a headcount, a team's size). */
const countsPeople = (attribute: PackAttribute) => attribute.unit !== undefined && canonicalUnit(attribute.unit) === 'person';
/**
 * Words before a trigger of a count of people that do not narrow it to a part: an article, a size, the whole ("the entire
 * team of 40", "a small team of 12", "its full-time staff"). Any other word is a noun or an adjective that names a part
 * ("the interpretability team", "the Red Team", "research staff").
 */
const WHOLE_WORDS = new Set(
  'whole entire full total combined overall global worldwide current present existing growing expanding small smaller large larger big bigger tiny lean own full-time part-time permanent our my your'.split(' '),
);
/**
 * "X's interpretability team had 17 people", "X's Red Team comprises 15 researchers", "a 30-person safety team": a trigger of a
 * count of people that a word other than an article, a size or a name narrows (the word right before it, or between the figure
 * and it), in the figure's clause, counts a part of the organisation.
 */
function narrowedTrigger(text: string, mentions: readonly Mention[], triggers: readonly TriggerHit[], attribute: PackAttribute, q: QuantityMatch): boolean {
  const narrows = (word: string, end: number) => {
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || WHOLE_WORDS.has(lower) || /\p{N}/u.test(word) || /['’]s?$/u.test(word)) return false;
    // "the Corvane team": the name itself.
    return !mentions.some((m) => m.end === end);
  };
  // (Only a trigger that is a noun, one a header of the attribute holds: "team", "staff"; not a verb, "employs", "contava".)
  const nouns = new Set(attribute.headers.flatMap((h) => h.toLowerCase().split(/\s+/u)));
  return triggers.some((t) => {
    if (!t.attributes.includes(attribute) || !nouns.has(text.slice(t.start, t.end).trim().toLowerCase())) return false;
    if (t.end <= q.span.start) {
      // (A link's target stands blanked between: its spaces count as one.)
      const between = text.slice(t.end, q.span.start).replace(/\s+/gu, ' ');
      if (between.length > 60 || /[.;!?:]|(?<![\p{L}])(?:and|but|while|whereas)(?![\p{L}])/iu.test(between) || /\d/u.test(between)) return false;
      const before = /([\p{L}\p{N}'’-]+)\s+$/u.exec(text.slice(Math.max(0, t.start - 40), t.start));
      return before !== null && narrows(before[1]!, t.start - before[0].length + before[1]!.length);
    }
    if (t.start < q.span.end) return false;
    // "a 30-person interpretability team", "40 research staff": words between the figure and its trigger.
    const words = /^\s+((?:[\p{L}-]+\s+){1,2})$/u.exec(text.slice(q.span.end, t.start));
    if (!words) return false;
    let at = q.span.end;
    return words[1]!.trim().split(/\s+/u).some((w) => {
      at = text.indexOf(w, at) + w.length;
      return narrows(w, at);
    });
  });
}
/**
 * Between a name and a figure, a clause after ", and" that opens on a subject of up to four words right before its verb, the
 * figure's clause (group 1: the subject's words): "…, and B gestation is 260 days".
 */
const AND_CLAUSE_SUBJECT =
  /,\s*and\s+((?:[\p{L}\p{N}'’-]+\s+){1,4}?)(?:is|are|was|were|has|have|had|lasts?|measures?|weighs?|reach(?:es)?|averages?|stands?|runs?|numbers?|totals?|counts?)(?![\p{L}])[^,;:]*$/iu;

/**
 * Whether the text between a name and its figure holds a clause after ", and" whose subject is another thing than the name:
 * a word of it is no function word, no word of the attribute (its triggers, headers, unit words, label: "…, and revenue was
 * …" stays the name's) and no type noun that stands for the name (`describes`: "…, and the company has …").
 */
function andOwnSubject(gap: string, attribute: PackAttribute, describes: (word: string) => boolean): boolean {
  const found = AND_CLAUSE_SUBJECT.exec(gap);
  if (!found) return false;
  const own = new Set([...attribute.triggers, ...attribute.headers, ...(attribute.unitWords ?? []), attribute.label].flatMap((w) => w.toLowerCase().split(/\s+/u)));
  return found[1]!
    .trim()
    .split(/\s+/u)
    .some((w) => {
      const word = w.toLowerCase().replace(/['’]s?$/u, '');
      return !FUNCTION_WORDS.has(word) && !/^(?:they|he|she|we|you|i|my|our|your|them|now|then|also|still|later|since|so|thus|today|currently|already|only)$/u.test(word) && !own.has(word) && !own.has(`${word}s`) && !(word.endsWith('s') && own.has(word.slice(0, -1))) && !describes(word);
    });
}

/** Where a figure's clause opens: after a semicolon or a colon, or a conjunction that opens a clause with a subject of its own. */
const CLAUSE_OPENING = /[;:；：]|,\s*(?:and|but|while|whereas|though|although)\s+|(?<![\p{L}])(?:while|whereas|but)\s+/giu;
/** Words that may follow a clause's subject: a verb of being, having or measuring, a modal, or an adverb before the verb. */
const SUBJECT_THEN_VERB =
  'is|are|was|were|has|have|had|can|could|may|might|will|would|becomes?|became|grows?|grew|measures?|measured|reach(?:es)?|reached|weighs?|weighed|stands?|stood|extends?|spans?|averages?|ranges?|contains?|holds?|carr(?:y|ies)|lies|runs?|typically|usually|often|only|alone|generally|normally|also';
/** A word of the subject phrase before its head: no verb of being or having, no conjunction. */
const SUBJECT_WORD = String.raw`(?!(?:is|are|was|were|has|have|had|and|or|but|that|which|who)\s)[\p{L}\p{N}'’-]+\s+`;
const PART_SUBJECTS = new WeakMap<Lexicon, Map<PackAttribute, { subject: RegExp; limited: RegExp; fronted: RegExp } | null>>();

/**
 * Whether a figure is a part's, not the whole's: its clause opens (past a fronted phrase) on a noun phrase whose head is a
 * part word (`entityTypes[].parts` of any type, or the engine's: "component", "subsystem"), perhaps completed by "of" and a
 * name, right before the clause's verb ("The small intestine of X is over 6 m long", "The human trachea is …", "its tail
 * measures …", "X gametes have 23 chromosomes", "During the third trimester, the fetus grows to 3 kg"), or "in", "within" or
 * "per" and a determiner before a part word limit it to one such part ("23 chromosomes in each egg", "24 chromosomes per
 * sperm cell", "In the egg, 24 chromosomes …"). A part word that is one of the attribute's own words ("wings" of a wingspan
 * whose trigger is "wings span") is no part here.
 */
function partsFigure(lexicon: Lexicon, text: string, q: QuantityMatch, attribute: PackAttribute): boolean {
  let byAttribute = PART_SUBJECTS.get(lexicon);
  if (!byAttribute) PART_SUBJECTS.set(lexicon, (byAttribute = new Map()));
  let patterns = byAttribute.get(attribute);
  if (patterns === undefined) {
    const part = partWordsBesides(lexicon, attribute);
    const verbs = [SUBJECT_THEN_VERB, ...attribute.triggers.map(spacedPattern)].join('|');
    patterns =
      part === undefined
        ? null
        : {
            subject: new RegExp(
              String.raw`^\s*(?:[^,;:]{1,60},\s*)?(?:${SUBJECT_WORD}){0,3}?${part}(?:\s+of\s+(?:${SUBJECT_WORD}){0,4}?[\p{L}\p{N}'’-]+)?\s+(?:${verbs})(?![\p{L}])`,
              'iu',
            ),
            limited: new RegExp(String.raw`^[^,;:.!?()]{0,40}?(?<![\p{L}])(?:(?:in|inside|within)\s+(?:the|a|an|each|every|one|its|their)|per(?:\s+(?:each|every|one))?)\s+(?:[\p{L}-]+\s+){0,2}?${part}(?![\p{L}\p{N}-])`, 'iu'),
            fronted: new RegExp(String.raw`^\s*(?:in|inside|within)\s+(?:the|a|an|each|every|one|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${part}\s*,`, 'iu'),
          };
    byAttribute.set(attribute, patterns);
  }
  if (patterns === null) return false;
  const before = text.slice(0, q.span.start);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_OPENING)) start = m.index + m[0].length;
  const clause = before.slice(start);
  if (patterns.subject.test(clause) || patterns.fronted.test(clause)) return true;
  return patterns.limited.test(text.slice(q.span.end).split(/[,;:，；：]/u)[0]!);
}
/**
 * "with one province reporting 17 deaths", "a province has recorded 40": a figure reported by a thing the page names by a type
 * noun of the packs that the attribute does not describe (a town, for a storm's toll) is a part's, no one's whole.
 */
function reportedByAPart(lexicon: Lexicon, text: string, figure: Span, attribute: PackAttribute): boolean {
  const m = REPORTED_BY_A_THING.exec(text.slice(Math.max(0, figure.start - 60), figure.start));
  if (!m) return false;
  const type = typeNouns(lexicon)[1].get(m[1]!.toLowerCase());
  return type !== undefined && attribute.subjects.length > 0 && !attribute.subjects.includes(type);
}
const REPORTED_BY_A_THING = new RegExp(String.raw`(?<![\p{L}])(?:one|a|an|another|each|every|the)\s+(\p{L}+)${REPORTING}`, 'iu');

/** "a lander (", "the rover (": an article, a noun of a word or two, then an opening parenthesis. */
const A_NOUN_BEFORE = /(?<![\p{L}])(?:a|an|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*$/u;

/** "8.4% of patients on X", "19% of those taking X": a share of the people a name after them is given to is that name's. */
/** After a length or an area: "of the" and what it is a stretch of ("41 km of the route", "of its coastline"). */
const STRETCH_OF_AFTER = /^\s+of\s+(?:the|its|their|this|that)\s/iu;
/** Before a parenthesis: a share of a whole ("40.3% of the new chamber", "a third of its seats"), and the words of the whole after "of". */
const SHARE_OF_WHOLE_BEFORE = /(?:\d\s*(?:%|per\s*cent|percent)|(?<![\p{L}])(?:half|third|quarter|fifth|two-thirds|three-quarters))\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+\s*$/iu;
const SHARE_OF_TAKERS = /^\s+of\s+(?:[\p{L}-]+\s+){1,2}?(?:on|taking|receiving|given|treated\s+with)\s+(?:the\s+)?(?=\p{L})/iu;

/** A noun and "of" right before a figure, a hedge perhaps between: "growth of around ", "a rate of ". */
const NOUN_OF_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}-]*)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than|up\s+to)\s+)?$/iu;
/** A verb that opens a predicate between a figure and a word after it: "… 6% is not consistent with our target". */
const PREDICATE_VERB = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|remains?|remained|seems?|seemed|stays?|stayed)(?![\p{L}])/iu;
/** Right before a trigger, what makes it the object of a comparison or a preposition: "with our target", "than the goal". */
const COMPARED_OBJECT_BEFORE = /(?<![\p{L}])(?:with|than|to|against|from|versus|vs\.?)\s+(?:(?:our|the|its|their|a|an|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A preposition right before a name: "for Corvane", "with the X", "to Y". */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:of|for|in|into|on|from|to|by|with|at|than|like|including|via)\s+(?:the\s+)?$/iu;
/** After a place people are counted "living in", what narrows them: "'s old town", "but work in", "without a fixed address". */
const NARROWED_AFTER = /^(?:['’]s\s|\s+(?:but|without|except|outside|while|who|whose|for\s+(?:less|more|fewer)|on\s+less|below|under))/iu;
/** "… in the X", "… of the X" right after a figure and its trigger: X holds the figure. */
const OWNER_IN = new RegExp(
  // "421,600 people living in X", "who live in X", "residing in X": the place the counted people live in.
  String.raw`^\s*(?:(?:living|who\s+(?:live|lived|lives)|residing|resident)\s+)?(?:in|on|of|inside|em|no|na|nos|nas|en|dans|au|aux|im|in\s+der|nel|nella)\s+(?:(?:the|its|their|la|el|le|les|los|las|il|der|die|dem)\s+|l['’])?` +
    // "in northern X" is the place named next; so is "in the province of X", "na província de X".
    String.raw`(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+)?` +
    String.raw`((?:province|provincia|província|region|région|región|região|regione|state|estado|county|condado|district|distrito|prefecture)\s+(?:of|de|du|di|del|della|do|da)\s+)?(?=\p{L})`,
  'iu',
);

/** Words that join two figures of one attribute: "to 21% … from 19%", "17 and 23", "$5 versus $7". */
const PARALLEL = /^[^.;:]{0,40}?(?:(?<![\p{L}])(?:from|to|and|versus|vs\.?|against|compared\s+with|e|y|und|et|en|og|och)(?![\p{L}]))[^.;:\d]{0,30}$/iu;

/** "1,000mAh larger than", "24-year-old": a difference or an age, not the value of an attribute. */
const DIFFERENCE_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:more|less|fewer|larger|bigger|smaller|higher|lower|greater|longer|shorter|heavier|lighter|faster|slower|cheaper|dearer|costlier|pricier)\s+than(?![\p{L}])|^-?\s*(?:years?|months?)[-\s]old(?![\p{L}])/iu;
/** "the tallest in the region by a margin of more than 160 metres", "by a distance of 3 km": a difference, no value. */
const DIFFERENCE_BEFORE = /(?<![\p{L}])by\s+a\s+(?:(?:wide|narrow|large|small|comfortable)\s+)?(?:margin|distance|gap)\s+of\s+(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$/iu;
/**
 * "narrowed the gap to 5 points", "a lead of 3 points", "差は3ポイント以内", "差距为3分", "相差2分", "écart de 4 points": the size
 * of a gap between two things, no value of either.
 */
const GAP_BEFORE =
  /(?<![\p{L}])(?:(?:gap|lead|deficit|difference)\s+of|gap\s+(?:to|at)|écart\s+(?:de|à)|diferencia\s+de|ventaja\s+de|diferença\s+de|vantagem\s+de|distacco\s+di|scarto\s+di|vantaggio\s+di|Abstand\s+von|Vorsprung\s+von|Differenz\s+von)\s+(?:(?:just|only|some|about|around|roughly|nearly|almost|under|less\s+than|seulement|environ|solo|unos|nur|etwa|rund)\s+)?$|(?:差距|差值|相差|差[をはがも]?|領先|领先|落後|落后)(?:[为為是在约約仅僅只有不到了]{0,3})\s*$/iu;
/**
 * "满分为100分", "満点は100点", "a maximum score of 100", "88 out of 100", "14 sur 20": the top of a scale, no score on it.
 */
const SCALE_MAXIMUM_BEFORE =
  /(?:满分|滿分|満点|満分)(?:[为為是はが的]|达到?|達到?|とな[りる]){0,2}\s*$|(?<![\p{L}])(?:maximum|max\.?|highest\s+possible|perfect)\s+(?:possible\s+)?(?:score|mark)\s+(?:of|is|was|would\s+be)\s+$|(?<![\p{L}])(?:score|note)\s+(?:maximale|máxima|massima|maximal)\s+(?:de|di|von|est\s+de|es\s+de|è\s+di)\s+$|\d\s*(?:points?|pts|punti|puntos|Punkte[n]?|分|点)?\s+(?:out\s+of|sur|su|von|sobre)\s+$/iu;
/** "from $22.2 billion a year earlier", "$1.06 per share a year before", "im Vorjahresquartal": the value of the period a year before. */
const YEAR_EARLIER_AFTER =
  /^(?:\s*,?\s*(?:in|for)?\s*(?:the\s+year\s+before|the\s+(?:previous|prior)\s+year|l['’]année\s+(?:précédente|d['’]avant)|el\s+año\s+anterior)(?![\p{L}])|(?:\s*[\p{L}/-]+){0,3}?\s*,?\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|prior|before)|in\s+the\s+(?:year-ago|prior-year|year-earlier)\s+(?:quarter|period)|(?:im|des)\s+Vorjahr(?:es(?:quartal|zeitraum)?)?|vor\s+einem\s+Jahr|(?:un\s+an\s+plus\s+tôt|il\s+y\s+a\s+un\s+an)|(?:hace\s+un\s+año|un\s+año\s+antes))(?![\p{L}]))/iu;
/**
 * The figure is the value of the year before (YEAR_EARLIER_AFTER), unless a word of comparison stands between it and the year
 * before: "rose 3.8% in April from a year earlier", "$5 billion, up from a year earlier" state this year's.
 */
const yearEarlier = (after: string): boolean => {
  const m = YEAR_EARLIER_WORD.test(after) ? YEAR_EARLIER_AFTER.exec(after) : null;
  return m !== null && !MEASURED_FROM_YEAR_BEFORE.test(m[0]);
};
/**
 * A word every match of YEAR_EARLIER_AFTER holds ("year", "année", "año", "Jahr", "Vorjahr", French "an"), with its flags: asked
 * first, since that pattern's opening words (up to three, each split every way) cost most on the many figures with no such word.
 */
const YEAR_EARLIER_WORD = /year|année|año|jahr|\san(?![\p{L}])/iu;
const MEASURED_FROM_YEAR_BEFORE = /(?<![\p{L}])(?:from|over|than|on|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+|one\s+)?(?:year|year-ago|prior-year|year-earlier|previous\s+year|prior\s+year)/iu;
/** "up from 4,800mAh", "than 5,000": an earlier or compared value, not the one stated. */
const COMPARED_BEFORE_HAN = /(?:优于|優於|超过|超過|相比|相較|比|之前的|此前的|以往的|原来的|原來的|从|從)\s*$|(?:对比|對比|比较|比較|相较于|相較於)[^，。；、,;]{0,8}$/u;
/**
 * A sentence opening a year (or a quarter) before another time: "A year earlier", "The year before", "Un an plus tôt", "Ein
 * Jahr zuvor" ("A year ago" is counted back from the page's date, a date of its own).
 */
const YEAR_EARLIER_OPENING =
  /^[\s"“'‘(*_]*(?:(?:a|one)\s+(?:year|quarter)\s+(?:earlier|before|prior)|the\s+(?:year|quarter)\s+before|in\s+the\s+(?:previous|prior|preceding)\s+(?:year|quarter)|un\s+an\s+plus\s+tôt|l['’]année\s+précédente|un\s+año\s+antes|el\s+año\s+anterior|ein\s+Jahr\s+(?:zuvor|davor|früher)|im\s+Vorjahr|un\s+anno\s+prima|l['’]anno\s+precedente|um\s+ano\s+antes|no\s+ano\s+anterior)(?![\p{L}])/iu;
/**
 * "up from", "than", "against 7% on placebo", "contra 71,2%", "gegenüber", "nach 2.450 im Jahr 2022", "compared with an
 * increase of 1.7%": the figure compared with.
 */
const COMPARED_BEFORE = new RegExp(
  String.raw`(?:(?:up|down|rising|falling|increased?|decreased?|rose|fell|dropped)\s+from|than|versus|vs\.?|compared\s+(?:with|to)|(?<![\p{L}])(?:against|contra|contre|gegenüber|nach|frente\s+a(?:l|\s+la|\s+los|\s+las)?|rispetto\s+a[li]?|par\s+rapport\s+(?:à|au|aux)|em\s+relação\s+ao?))\s+(?:${COMPARED_CHANGE_NOUN}|the\s+|a\s+|an\s+)?(?:just\s+|only\s+|about\s+)?$`,
  'iu',
);
/** "than the Arc 3's 5,000mAh", "outshining X's 108MP": the figure of what something is compared with. */
const COMPARED_OWNER_BEFORE = /(?<![\p{L}])(?:than|versus|vs\.?|compared\s+(?:with|to)|outshining|beating|surpassing|outclassing)\s+(?:the\s+)?[^.;:!?]{1,40}?['’]s\s+$/iu;
/** "cheaper than an Arc 3 ($899)": a figure alone in parentheses after a compared name (not "(6.1 oz vs 6.4 oz)", ours first). */
const COMPARED_PAREN_BEFORE = /(?<![\p{L}])(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?[^.;:!?()]{1,40}?\s*[(（]\s*$/iu;

/**
 * "212 of the 500 seats", "212 der insgesamt 500 Sitze", "212 seggi su 500", "500議席のうち212議席": the whole a plain
 * count is taken from, which that count's unit and trigger then describe. A scaled part ("activates 3B of its 30B
 * parameters") is another measure of the same thing, and the whole is a value (the total).
 */
/** "the first 20", "the last 12", "die ersten 20": the few counted so far of a whole. */
const FIRST_OR_LAST = String.raw`(?:first|last|ersten|letzten|primeros|primeras|primeiros|primeiras|primi|prime|últimos|últimas|ultimi|ultime)`;
/** "les 20 premiers", "os 20 primeiros": the same words after the number. */
const FIRST_OR_LAST_AFTER = String.raw`(?:premiers|premières|derniers|dernières|primeiros|primeiras|primeros|primeras|últimos|últimas|primi|prime|ultimi|ultime)`;
/** Between a part and the whole it is counted from: "of the", "der insgesamt", "su", "degli". */
const OF_WHOLE = String.raw`(?:of|out\s+of|der|van|von|sur|su|de|des|dos|das|di|dei|degli|delle|av)\s+(?:(?:the|its|their|his|her|de|den|der|die|les|los|las|le|la|os|as|i|gli)\s+)?(?:(?:total|insgesamt|totale|totaal|${FIRST_OR_LAST})\s+)?`;
/**
 * "14 of the first 20 seats declared", "14 des 20 premiers sièges": a part of the first or last few counted, a running count;
 * neither it nor that whole is a value.
 */
const RUNNING_PART_AFTER = new RegExp(String.raw`^\s+${OF_WHOLE.replace(`|${FIRST_OR_LAST}`, '')}(?:${FIRST_OR_LAST}\s+\d|\d[\d.,]*\s+${FIRST_OR_LAST_AFTER}(?![\p{L}]))`, 'iu');
// Not a year: "posted 2025 revenue of €1.19 billion" names the figure's year, no part; nor a number a hyphen glues to a word
// before it, a name's ("le prix de l'Orva-4 est de 68 millions d'euros": no "4 … of" a whole).
const WHOLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?<!\p{L}[-‐])(?!(?:19|20)\d\d\s+\p{L}+\s+(?:of|de|des|dos|das|di|von)\s)\d[\d.,]*\s+(?:\p{L}+\s+)?${OF_WHOLE}$`, 'iu');
const WHOLE_AFTER = /^\s*\S{0,3}?のうち/u;
/** After a whole, before a part counted from it: "のうち", "の中で", "其中", "中的", "중" ("of them"). */
const PART_MARK = String.raw`(?:のうち|の中で|の中の|其中|之中|当中|當中|中的|중(?:에서)?)`;
/** Between a noun that names a whole and a figure counted from it. */
const PART_AFTER_WHOLE = new RegExp(String.raw`^\s*${PART_MARK}\s*$`, 'u');
/** A whole's figure and "のうち", "其中", "중" between a trigger and a figure: the figure is a part counted from that whole. */
const PART_AFTER_COUNTED_WHOLE = new RegExp(String.raw`^\s*(?:は|が|の)?\s*\d[\d.,]*\s*\S{0,2}?\s*[,，、]?\s*${PART_MARK}\s*[,，、]?\s*$`, 'u');
/** Between a part and the whole it is counted from, and nothing else: " of the ", " des ", " der insgesamt ". */
const OF_WHOLE_BETWEEN = new RegExp(String.raw`^\s+${OF_WHOLE}$`, 'iu');
/** Whether `between` joins a part to the whole figure after it ("212 of the 500 seats"). */
export const partToWhole = (between: string): boolean => OF_WHOLE_BETWEEN.test(between);
/** Between a part and a trigger: the whole it is counted from ("9 of the 212 ", "9 of the 212 people "). */
const PART_BEFORE_WHOLE = new RegExp(String.raw`^\s+${OF_WHOLE}\d[\d.,]*\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
/** A verb right after the whole's words: the part before them is what it speaks of ("… were taken to hospital"). */
const PREDICATE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:were|was|are|is|have|had|has|died|suffered|remain|remained|fueron|resultaron|murieron|furent|sont|ont|sono|hanno|wurden|sind|haben|foram|ficaram|werden|zijn)(?![\p{L}])/iu;
/** "14 of them", "two of whom": a part of what was counted before, not a value that figure's attribute gives it by ellipsis. */
const PART_OF_THEM_AFTER = /^\s+(?:of|out\s+of)\s+(?:them|these|those|whom|which)(?![\p{L}])/iu;
/** "passant de 31 sièges à 12", "pasando de 20 a 35": the value before a change, in the languages that say "passing from". */
const PASSING_FROM = /(?<![\p{L}])(?:passant|passé|passée|passe|passer|pasando|pasó|pasa|pasar|passando|passato|passata|passou|passa)\s+(?:de|d['’]|da|di|dal|dai|del)\s*$/iu;

/**
 * "대학원생 4,200명을 포함해 1만 8,200명", "大学院生4,200人を含む1万8,200人", "包括4200名研究生在内": a part the whole after it
 * includes, as Korean, Japanese and Chinese write "including" after the part; no value of the whole.
 */
const INCLUDED_PART_AFTER = /^\s*\p{Script=Hangul}{0,2}\s*(?:을|를)?\s*포함(?:해|하여|한|된|하면)|^\s*\S{0,2}?を含(?:む|め)/u;
/** Chinese: "包括" before the part and "在内" after it (not "在内地", "in the mainland"). */
const INCLUDED_PART_BEFORE_HAN = /(?:包括|包含)[^\s，。,；;]{0,8}$/u;
const INCLUDED_PART_AFTER_HAN = /^[^\s，。,；;]{0,8}?在内(?!地|蒙)/u;

/** "four instalments of €9 million each": one part's figure, not the whole's. */
const PART_OF_BEFORE = /(?<![\p{L}])of\s+$/iu;
const EACH_AFTER = /^\s*(?:each|apiece|a\s+piece)(?![\p{L}])/iu;
/**
 * A share of a whole, or a multiple, right before what it is taken of: "half of the $1,099 …", "twice the 4,000mAh of …", "25%
 * plus one of the ordinary shares", "el 51% de las", "25 % der", "25 % de l'", "25%的". Before a figure, the figure is that
 * whole, no value; before a category value, the value names the whole a part is taken of (src/extract/readers/prose.ts).
 */
export const SHARE_OF_BEFORE =
  /(?<![\p{L}])(?:half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters|a\s+fraction|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|twice|double|triple|three\s+times|four\s+times)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$|\d\s?(?:%|per\s?cent|percent|por\s?ciento|pour\s?cent|Prozent|por\s?cento)\s+(?:(?:plus|más|mais|\+)\s+(?:one|una?|uma?|eine?)\s+)?(?:of|de|des|der|du|di|do|da|dos|das|del)\s+(?:(?:the|las?|los|les?|die|den|os|as|its|their|sus?)\s+|l['’])?$|\d\s?%的$/iu;

/**
 * "a 256GB model", "the 8GB + 256GB storage variant", "256GB and 1TB storage options": figures that name one
 * configuration among several on sale, not the value of the thing itself.
 */
const CONFIGURATION_AFTER =
  /^(?:\s*(?:,|\/|\+|and|or)\s*\d[\d.,]*\s*\p{L}{0,5})*(?:[\s-]+(?!(?:while|whereas|and|or|but|in|on|at|of|for|with|as|than|to|the|a|an)(?![\p{L}]))[\p{L}]+)?[\s-]+(?:options?|variants?|models?|versions?|configurations?|configs?|editions?|skus?|trims?)(?![\p{L}])|^\s*(?:个|個|组|組)?(?:参数|參數)?(?:规模|規模|级别|級別|级|級)?\s*(?:的)?(?:模型|版本|型号|型號|配置)/iu;

/** "storage options go up to 512GB", "variants from 128GB" (the bound may be part of the figure): the range of the configurations on sale. */
const CONFIGURATION_BEFORE =
  /(?<![\p{L}])(?:options|variants|configurations)\s+(?:go|goes|range|ranges|run|runs|come|comes|start|starts|extend|extends)\s+(?:(?:up\s+to|up\s+till|till|from|to|between)\s+)?$/iu;

/**
 * "212 of the 500 seats": the part, a plain count, counts in the whole's unit. The figures in text order, with each
 * bare count right before a whole given the whole's unit (the whole itself is no value: statedOrCompared).
 */
export function partsInUnits(text: string, quantities: QuantityMatch[]): QuantityMatch[] {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const q = quantities[i]!;
    const whole = quantities[i + 1]!;
    if (q.quantity.unit !== '' || whole.quantity.unit === '' || !WHOLE_BEFORE.test(text.slice(Math.max(0, q.span.start - 1), whole.span.start))) continue;
    quantities[i] = { ...q, quantity: { ...q.quantity, unit: whole.quantity.unit }, ...(whole.unitSpan ? { unitSpan: whole.unitSpan } : {}) };
  }
  return quantities;
}

/** A figure, a few words and ", or" right before another figure: "$371.5 million, or ", "€1.2 billion in revenue, or ". */
const RESTATES_FIGURE = /(?<![\p{L}\p{N}.,])([$€£¥]?\d[\d.,]*(?:\s*(?:million|billion|bn|mn|m|thousand|%|percent|per\s+cent)(?![\p{L}]))?)(?:\s+[\p{L}-]+){0,3}?,\s+or\s+$/iu;

/**
 * Whether a figure is stated as a value ('stated'), is the compared name's own, read only as that name's
 * ('compared': "outshining the X's 108MP"), or is no value at all (undefined: a difference, a configuration, a part).
 */
/** A word that opens a restrictive clause or phrase after a noun: a relative pronoun, or a participle in -ing (not a preposition). */
const RESTRICTS = String.raw`(?:who|whom|that|which|qui|que|quienes|che|(?!(?:during|including|excluding|following|regarding|concerning|according|notwithstanding|pending|considering|barring|nothing|something|anything|everything)(?![\p{L}]))\p{Ll}{2,}ing)(?![\p{L}])`;
/** A pronoun that stands for a group named before: "of those", "among them", "de ellos", "unter denen", "parmi eux", "tra questi", "deles". */
const GROUP_PRONOUN = String.raw`(?:(?:of|out\s+of|among(?:st)?)\s+(?:those|these|them|whom|which)|parmi\s+(?:eux|elles|ceux|celles|ces|lesquel(?:le)?s)|d['’]entre\s+(?:eux|elles)|(?:de|entre)\s+(?:ellos|ellas|estos|estas|esos|esas|quienes|(?:los|las)\s+(?:cuales|que))|(?:unter|von)\s+(?:denen|ihnen|diesen|jenen)|davon|(?:di|tra|fra)\s+(?:questi|queste|loro|essi|esse|coloro|quelli|quelle|cui)|destes|destas|deles|delas|(?:dos|das)\s+quais|entre\s+(?:eles|elas|aqueles|aquelas|(?:os|as)\s+que))(?![\p{L}])`;
/**
 * Right after a share, the group it is a share of, when that is a part of those the sentence speaks of: "83% of those who …",
 * "18% of respondents that use …", "40% among users who …", "35% of them" (not "38% of respondents", the whole, nor a
 * participle, "40% of revenue coming from ads", which may name the part).
 */
const SUBGROUP_AFTER = new RegExp(
  String.raw`^\s+(?:${GROUP_PRONOUN}|(?:of|out\s+of|among(?:st)?)\s+(?:(?:the|all)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:who|whom)(?![\p{L}])|(?:of|out\s+of|among(?:st)?)\s+(?:(?:the|all)\s+)?[\p{L}-]+\s+(?:that|which)(?![\p{L}]))`,
  'iu',
);
/**
 * A phrase that opens the clause and names the group its shares are of: "Of those, ", "Of those who used it in 2024, ", "Of
 * respondents using it at work, ", "Among respondents, ", "De ellos, ", "Unter denen, " (not "Of the 212 people on board, ", a
 * whole, nor "Among the largest, ").
 */
const SUBGROUP_OPENING = new RegExp(
  String.raw`(?:^|[;:]\s*|,\s*(?:(?:and|but|while)\s+)?)[\s"“*_(]*(?:${GROUP_PRONOUN}[^,;:.!?]{0,80}|(?:of|out\s+of|parmi|entre|tra|fra)\s+(?!(?:the\s+)?\d)[^,;:.!?]{0,60}?(?<![\p{L}])${RESTRICTS}[^,;:.!?]{0,80}|among(?:st)?\s+(?!(?:the\s+)?(?:top|first|last|best|worst|most|least|largest|biggest|highest|lowest|\p{L}+est)(?![\p{L}]))[^,;:.!?]{1,80}),[^;:.!?]*$`,
  'iu',
);
/**
 * A share of a part of those the sentence speaks of (a subgroup named by a relative clause, by a participle before the clause,
 * by "among", or by a pronoun for a group named before) is no share of the whole.
 */
const TAKERS = /(?<![\p{L}])(?:taking|receiving|given|treated\s+with)\s/iu;
/** A plural noun of a group and "with": "patients with", "adult women with", "households with" (the group is narrowed by what it has). */
const GROUP_WITH = String.raw`(?:(?:the|all|those)\s+)?(?:[\p{L}-]+\s+)?(?:\p{L}[\p{L}-]*s|people|children|men|women)\s+with\s+`;
/** Right after a share: "10–20% of patients with a heart attack", "30% in people with …", "among adults with …". */
const SUBGROUP_WITH_AFTER = new RegExp(String.raw`^\s+(?:of|in|among(?:st)?)\s+${GROUP_WITH}([^,;:.!?()]*)`, 'iu');
/** Opening the sentence, a group the whole sentence speaks within: "In patients with X, … occurs in 30%". */
const SUBGROUP_WITH_OPENING = new RegExp(String.raw`^[\s"“*_(]*(?:in|among(?:st)?|for)\s+${GROUP_WITH}([^,;:.!?]{1,80}),`, 'iu');
/**
 * A share of a group narrowed by "with": "X affects 10–20% of patients with Y", "N% of people with X have Y", "In patients with X,
 * … Y occurs in 30%": the share is counted within that group, no figure of X's or Y's own — unless the narrowing words hold a
 * trigger of the attribute ("40% of households with broadband" where the pack reads broadband access).
 */
function subgroupWithShare(text: string, q: QuantityMatch, triggerAt?: (at: number) => boolean): boolean {
  const narrowedBy = (from: number, length: number) => !triggerAt || !Array.from({ length }, (_, i) => from + i).some(triggerAt);
  const after = SUBGROUP_WITH_AFTER.exec(text.slice(q.span.end, q.span.end + 160));
  if (after && narrowedBy(q.span.end + after[0].length - after[1]!.length, after[1]!.length)) return true;
  const opening = SUBGROUP_WITH_OPENING.exec(text);
  return opening !== null && opening[0].length <= q.span.start && narrowedBy(opening[0].length - 1 - opening[1]!.length, opening[1]!.length);
}

function subgroupShare(text: string, q: QuantityMatch, triggerAt?: (at: number) => boolean): boolean {
  if (q.quantity.unit !== 'percent') return false;
  // "58.1% of those treated with X", "6.2% of those taking X": a share of a name's takers is that name's (SHARE_OF_TAKERS).
  const after = text.slice(q.span.end, q.span.end + 80);
  if (SHARE_OF_TAKERS.test(after)) return false;
  if (SUBGROUP_AFTER.test(after) || subgroupWithShare(text, q, triggerAt)) return true;
  // "Among patients treated with X, 58% …": the takers of a name, as after the share.
  const opening = SUBGROUP_OPENING.exec(text.slice(Math.max(0, q.span.start - 240), q.span.start));
  return opening !== null && !TAKERS.test(opening[0]);
}
/**
 * After a count that opens its clause, a predicate that narrows what it counts: "only 5 boxes have the affected code" (the
 * boxes with the flaw, not all of them; not "the registry's 70,000 boxes have …", all of them, nor "a model with 32 billion
 * parameters that …", whose relative clause may be the model's).
 */
const NARROWED_BY_PREDICATE = /^(\s+(?:(?!(?:and|or|but|then|also|which|that|who|it|they)(?![\p{L}]))[\p{L}-]+\s+)?(?:(?:have|has|had)\s+(?:the|a|an|no|any|some|this|that|these|those|its|their)|contains?|contained|includes?|included|use[sd]?)(?![\p{L}]))([^,;:.!?]*)/iu;
/** Before a count that is its clause's subject: the clause's opening, and a hedge perhaps ("…, and only 5 boxes"; not "weighs 228 grams and has", "X's 70,000 boxes"). */
const COUNT_OPENS_CLAUSE = /(?:^|[,;:(—–]\s*|(?<![\p{L}])(?:and|but|while|whereas|yet|where)\s+)(?:(?:only|just|about|around|some|nearly|almost|over|roughly|more\s+than|fewer\s+than|at\s+least)\s+)*$/iu;
function narrowedCount(text: string, q: QuantityMatch, triggerAt?: (at: number) => boolean): boolean {
  if (q.quantity.unit === 'percent' || CURRENCY_CODES.has(canonicalUnit(q.quantity.unit))) return false;
  const m = NARROWED_BY_PREDICATE.exec(text.slice(q.span.end, q.span.end + 120));
  if (!m || !COUNT_OPENS_CLAUSE.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) return false;
  // "5 boxes have the affected code" in a pack that counts affected code: a trigger in the predicate names what is counted.
  const from = q.span.end + m[1]!.length;
  if (triggerAt) for (let at = from; at < from + m[2]!.length; at++) if (triggerAt(at)) return false;
  return true;
}

export function statedOrCompared(written: string, q: QuantityMatch, triggerAt?: (at: number) => boolean): 'stated' | 'compared' | undefined {
  // "a QuizBench pass@1 of 52.3%", "a top-1 accuracy of 80.1%": a setting's number is no part the figure is counted from.
  const text = settingsMasked(written);
  const before = text.slice(Math.max(0, q.span.start - 40), q.span.start);
  const after = text.slice(q.span.end, q.span.end + 60);
  if (CONFIGURATION_AFTER.test(after) || CONFIGURATION_BEFORE.test(before)) return undefined;
  if (EACH_AFTER.test(after) && PART_OF_BEFORE.test(before)) return undefined;
  if (INCLUDED_PART_AFTER.test(after) || (INCLUDED_PART_AFTER_HAN.test(after) && INCLUDED_PART_BEFORE_HAN.test(before))) return undefined;
  if (SHARE_OF_BEFORE.test(before) || PASSING_FROM.test(before) || WHOLE_BEFORE.test(before) || WHOLE_AFTER.test(after)) return undefined;
  if (RUNNING_PART_AFTER.test(after)) return undefined;
  // "83% of those who …", "Of those, 35% …", "only 5 boxes have the affected code": a part's figure, not the whole's.
  if (subgroupShare(text, q, triggerAt) || narrowedCount(text, q, triggerAt)) return undefined;
  // (A gap's word that is a pack's trigger is what the figure measures: "a budget deficit of 3.2%", "a lead of 6 points" in a
  // pack that reads deficits or leads.)
  const gap = GAP_BEFORE.exec(before);
  const gapIsTrigger = gap !== null && triggerAt !== undefined && triggerAt(Math.max(0, q.span.start - 40) + gap.index);
  if (DIFFERENCE_AFTER.test(after) || DIFFERENCE_BEFORE.test(before) || (gap !== null && !gapIsTrigger) || SCALE_MAXIMUM_BEFORE.test(before) || COMPARED_BEFORE.test(before) || COMPARED_BEFORE_HAN.test(before) || yearEarlier(after)) return undefined;
  // "A year earlier, the same sale made £71.3 million": a sentence set a year back, with no year of its own, states the year
  // before's figures (as "… a year earlier" after a figure does).
  if (YEAR_EARLIER_OPENING.test(text.slice(0, 40)) && !/[;；]|(?<![\p{L}])(?:today|now|this\s+year)(?![\p{L}])/iu.test(text.slice(0, q.span.start)) && !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text.slice(0, q.span.end + 40))) return undefined;
  const longBefore = text.slice(Math.max(0, q.span.start - 80), q.span.start);
  if (startsAChange(longBefore, after)) return undefined;
  // "rose 5 cents to 64 cents", "beat estimates by 3 cents": a sum a level moved or missed by (a share's move stays a growth).
  if (CURRENCY_CODES.has(q.quantity.unit) && moveSize(before, after)) return undefined;
  // "climbed from its listing price of €41.20 to €44.90": not a range of values, the two ends of a change.
  if (q.quantity.min !== q.quantity.max && /\sto\s/u.test(q.quantity.text) && changeAsRange(longBefore)) return undefined;
  // "from $371.5 million, or 79 cents a share,": a figure that restates the one before it in other terms is what that one is.
  const restated = RESTATES_FIGURE.exec(before);
  if (restated) {
    const start = q.span.start - before.length + restated.index;
    const span = { start, end: start + restated[1]!.length };
    if (statedOrCompared(text, { span, numberSpan: span, quantity: { ...q.quantity, min: 0, max: 0, text: restated[1]! } }) === undefined) return undefined;
  }
  return COMPARED_OWNER_BEFORE.test(before) || (COMPARED_PAREN_BEFORE.test(before) && /^\s*[)）]/u.test(after)) ? 'compared' : 'stated';
}

/** Words a label may drop: "Number of layers" = "layers", "Total experts" stays. */
const LABEL_STOP = new Set(['the', 'a', 'an', 'of', 'number', 'no', 'num', 'count', 'total', 'amount', 'in', 'for', 'per', 'and', 'its', 'our']);
const openAttributes = new Map<string, PackAttribute>();
/**
 * A verb that makes a label a clause ("Halden is enormous", "Sales were weak"): an open attribute is named by a noun phrase (a
 * label, a header, a counted noun), never by what a sentence says of its subject.
 */
const CLAUSE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|has|have|had|ist|sind|waren|wird|sont|était|étaient|es|está|están|fue|fueron|è|sono|erano|é|são|foi|foram|estão)(?![\p{L}])/iu;
/** One word in its singular form, for labels: "heads" → "head", "batteries" → "battery". */
/** Words whose plural is the word itself, or that only look plural. */
const SAME_IN_PLURAL = new Set(['lens', 'series', 'species', 'news', 'means', 'physics', 'mathematics', 'aircraft', 'chassis']);

function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word) || SAME_IN_PLURAL.has(word)) return word;
  if (word === 'lenses') return 'lens';
  // "losses" → "loss", "classes" → "class".
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The open attribute a label names when no pack attribute does: "KV Heads" → open.kv-head, "Number of
 * layers" → open.layer, "Dry mass (kg)" → open.dry-mass with unit kg. Two pages that name a figure the
 * same way meet; undefined for what cannot be a label (a sentence, a number, a date).
 */
export function openAttribute(label: string): { attribute: PackAttribute; unit?: string; variant?: string } | undefined {
  const raw = label.replace(/[*_`]/g, ' ').trim();
  // "PSNR (mean)", "Loss (P90)", "NE (90th percentile)": a statistic of the metric, no unit; its figures are that statistic's
  // (a variant).
  const variant = statisticOf(raw);
  const aside = (variant !== undefined ? /^(.*?)\s*[(（]([^)）]{1,30})[)）]\s*$/u : /^(.*?)\s*[(（]([^)）]{1,12})[)）]\s*$/u).exec(raw);
  const base = (aside ? aside[1]! : raw).toLowerCase().replace(/[:：]\s*$/u, '');
  const unit = aside && variant === undefined && !/\d/.test(aside[2]!) ? aside[2]!.trim() : undefined;
  if (base === '' || base.length > 40 || /\d/.test(base) || /[.!?;,]/.test(base) || CLAUSE_VERB.test(base)) return undefined;
  const han = /\p{Script=Han}/u.test(base);
  const words = han ? [base.replace(/\s+/g, '')] : base.split(/[\s/–—-]+/).filter((w) => w !== '' && !LABEL_STOP.has(w)).map(singular);
  if (words.length === 0 || words.length > 5 || words.some((w) => !/^[\p{L}\p{N}+]+$/u.test(w))) return undefined;
  const id = `open.${words.join('-')}`;
  let attribute = openAttributes.get(id);
  if (!attribute) {
    attribute = { id, label: words.join(' '), kind: 'quantity', unit: '', triggers: [], headers: [], subjects: [] };
    if (openAttributes.size < 10_000) openAttributes.set(id, attribute);
  }
  return { attribute, ...(unit ? { unit } : {}), ...(variant !== undefined ? { variant } : {}) };
}

/**
 * Whether a figure can be a value of the attribute: within its pack's `minimum` and `maximum`, when given, in the
 * attribute's unit ("4,650 mm" is 4.65 for a length in metres).
 */
export function inRange(attribute: PackAttribute | undefined, figure: Quantity): boolean {
  if (!attribute) return true;
  const q = attribute.unit && figure.unit !== '' && !sameUnit(figure.unit, attribute.unit) ? (inUnit(figure, attribute.unit) ?? figure) : figure;
  const high = q.max ?? q.min;
  const low = q.min ?? q.max;
  if (attribute.minimum !== undefined && high !== null && high < attribute.minimum) return false;
  if (attribute.maximum !== undefined && low !== null && low > attribute.maximum) return false;
  return true;
}

/** A personal pronoun or a pronoun for a thing, as a word. */
const PRONOUN_BETWEEN = /(?<![\p{L}])(he|she|his|him|it|its)(?![\p{L}])/giu;

/**
 * Whether a name may be what the last pronoun between it and a figure stands for: "he", "she", "his" a person (not an
 * organisation, a place, or a type the packs do not say is of people), "it", "its" no person.
 */
export function pronounAllows(lexicon: Lexicon, gap: string, entity: EntityRef): boolean {
  const last = [...gap.matchAll(PRONOUN_BETWEEN)].at(-1)?.[1]?.toLowerCase();
  if (last === undefined) return true;
  const person = descriptionsOf(lexicon).person?.(entity);
  return last === 'it' || last === 'its' ? person !== true : person !== false;
}

