// Prose: a paragraph, heading or list item, read sentence by sentence: figures, category values, ratios
// and events, each bound to its subject (src/extract/subjects.ts) and attribute (src/extract/attributes.ts).
import { rememberUnitOrdinals } from '../unit-ordinals.js';
import { dayPeriod, findDates, isMonthName, latestEndedPart, type DateMatch, type Day } from '../../normalise/dates.js';
import { AMBIGUOUS, familiesOf, findMentions, mayBeFamily, PLACE_TYPES, resolveName, UNKNOWN_ENTITY_CONFIDENCE, type Mention } from '../../normalise/entities.js';
import { anotherEventsDate } from '../event-dates.js';
import { runningTotalAt, BEFORE_OR_UNTIL_WORDS, benchmarkSetting, clauseBefore, NOW_WORDS, PAST_BESIDE_NOW, COMPARED_CHANGE_NOUN, COMPARED_WITH_WORDS, CHANGE_AFTER, CHANGE_BEFORE, conditionThreshold, countedPer, EACH_OPENING, editionAt, eachOnes, FUNCTION_WORDS, instalmentAt, labelNumber, MOVED_TO, namesWhatItCounts, PARTS_OPENING, RUNNING_AFTER, RUNNING_BEFORE, settingSpans } from '../figure-phrases.js';
import type { PhraseMatch } from '../../packs/phrases.js';
import { findQuantities, metresNotMillions, wholeCount, type NumberFormat, type QuantityMatch } from '../../normalise/numbers.js';
import { convertible, CURRENCY_CODES, dimensionOf, inUnit, isCountUnit, PERCENT, PERCENTAGE_POINT, sameUnit } from '../../normalise/units.js';
import type { CompiledValue, Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute, PackEvent } from '../../packs/types.js';
import type { EntityRef, Modality, PeriodLength, Span, TimeScope, Value } from '../../types.js';
import { periodCues, periodLengthAt, periodNamedAt, phraseAt, sentenceLength, wholeYear, windowAt, type PeriodCue } from '../period-length.js';
import { foldName, flowPeriods, periodRuleOf } from '../../packs/lexicon.js';
import { countsThings, partsInUnits, partToWhole, quantityClaims, SHARE_OF_BEFORE, statedOrCompared, TRIGGER_WINDOW, type TriggerHit } from '../attributes.js';
import { listItemSentence, modalityAt, nowWordBefore, REVISION_WORDS } from '../modality.js';
import { plannedEventNoun } from '../planned-events.js';
import type { RawClaim } from '../raw-claim.js';
import type { Segment } from '../segments.js';
import { namesWithExclamation, splitSentences } from '../sentences.js';
import type { DocumentTypes } from '../typing.js';
import { antecedents, leftBehind, namesOnlyCompared, type Antecedents, categorySubjects, type Descriptions, unknownNameBefore, CLAUSE_OF_ITS_OWN, compatible, CONTEXT_SUBJECT_CONFIDENCE, contextSubject, frontedClauseEnd, inClosedRelative, inFrontedParticiple, pastAffiliation, POSSESSIVE_BEFORE, QUOTED_TITLE, type SubjectVia } from '../subjects.js';
import { namesATime, partOf, placeOrElsewhere, placesCounted } from '../where.js';
import { familyInContext } from '../context.js';
import { descriptionsOf, membersMeant, subjectTypes, typedNames, typeNouns } from '../typing.js';
import { distance, enclosing, parentheses } from '../words.js';
import { countedNounClaims } from './counted-nouns.js';
import { eventClaims } from './prose-events.js';
import { ratioClaims } from './ratios.js';
import { mayBeOf, STATED_FIGURE, statedArithmetic, statedComparisons } from './arithmetic.js';

/** What one document's reading carries from sentence to sentence. */
export interface ProseState {
  /** The participants of the last event of each type, for "the failed negotiation". */
  lastEventParticipants: Map<string, EntityRef[]>;
  /** The document's date, for "this year" and "yesterday". */
  today?: Day;
  /** What the article is about: the names in its title. */
  topic: EntityRef[];
  /** Whether `topic` comes from a title (front matter or a level-1 heading), not from a first short block. */
  titled?: boolean;
  /** The headings above the current block, outermost first, each with the names it holds (`opaque`: it names something no pack reads). */
  /**
   * `attribute`: the one quantity an introduction names ("Container throughput at X, year by year:"), which the dated
   * items after it give ("- 2023: 9.1 million TEU").
   */
  /** `example`: a heading that calls its section a worked example ("## Example", "### Example Calculation"). */
  /**
   * `conditions`: a heading or a caption of requirements ("## System Requirements", "**Minimum Requirements:**") or a
   * caption of a version ("**Amiga Version:**"): its label lines and tables are no values of the subject.
   */
  sections: { depth: number; entities: EntityRef[]; opaque?: true; periodLength?: PeriodLength; periodNamed?: string; periodDate?: TimeScope; seasonDate?: TimeScope; attribute?: PackAttribute; event?: PackEvent; namesYear?: true; example?: true; conditions?: true; held?: true }[];
  /** A paragraph since the last heading opened a worked example ("Suppose …", "Example entry:"). */
  supposed?: true;
  /** The names met since the current section's heading, in reading order. */
  sectionNames: EntityRef[];
  /** The text of the sentences of prose read since the current section's heading ("… or apply for an e-visa online."). */
  sectionText?: string;
  /** The names met in the page's text so far, headings aside, in reading order. */
  pageNames?: EntityRef[];
  /** Every name the page's text has met so far, by id, those compared with included. */
  namedOnPage?: Map<string, EntityRef>;
  /** The names of the last sentence (since the heading) that had any a later sentence may refer back to, in order. */
  lastNamed?: EntityRef[];
  /** That sentence's names where it stands (a sentence of prose; none after a label line), for what it opens on. */
  lastSentence?: Antecedents;
  /** The types the document gives names no pack knows. */
  types?: DocumentTypes;
  /** How the document writes numbers ("1.024" is a thousand and twenty-four on a page that writes "6,7"). */
  format?: NumberFormat;
  /** The date a timeline label gives the events of the block it opens ("2023-04: founded", "Funding - Mar 2024"). */
  pendingDate?: TimeScope;
  /** On a dated page whose paragraphs open on a time ("**14:07** — …", a live blog's entries), the page's day. */
  timedEntries?: TimeScope;
  /** The quarters and halves the document has named so far, by their start, for "in the quarter" (src/extract/readers/prose.ts). */
  namedParts?: { quarter: Map<string, TimeScope>; half: Map<string, TimeScope> };
  /** Whether a block read so far, this one included, writes a year in digits ("2019", "FY2021"). */
  yearWritten?: true;
  /** The caption the label lines read now stand under ("**Shot clock:**", a bare "Women" over a list): src/extract/captions.ts. */
  caption?: { text: string; bare: boolean };
}

export const newProseState = (today?: Day, topic: EntityRef[] = [], types?: DocumentTypes, format?: NumberFormat): ProseState => ({
  lastEventParticipants: new Map(),
  today,
  topic,
  sections: [],
  sectionNames: [],
  types,
  ...(format ? { format } : {}),
});

/** One sentence of a block, with its category values and its names. */
export interface SentenceReading {
  /** The sentence's span in the block's text. */
  span: Span;
  text: string;
  values: ValueHit[];
  mentions: Mention[];
}

/** A block's sentences, with their values and names (the first pass of a document's reading). */
export function readSentences(lexicon: Lexicon, block: Segment, title = ''): SentenceReading[] {
  return splitSentences(block.text, namesWithExclamation(lexicon, block.text, title)).map((span) => {
    const text = block.text.slice(span.start, span.end);
    return { span, text, ...findValues(lexicon, text) };
  });
}

/** Bounds that keep one pathological sentence linear: prose never comes near them. */
/** A word of decline right before a percentage: "同比下降15%", "减少了15%", "下滑约15%". */
const FALL_BEFORE_FIGURE = /(?:下降|减少|減少|下滑|下跌|下挫|回落|降低|萎缩|萎縮|跌)了?\s*(?:约|約|近)?\s*$/u;
/** A word of decline right after a percentage: "15% 감소", "15% 하락", "15%減". */
const FALL_AFTER_FIGURE = /^\s*(?:감소|하락|줄|減(?!速))/u;

const MAX_FIGURES = 40;
const MAX_VALUES = 40;
const MAX_TRIGGERS = 80;

/** How far (in words) a date may stand from the statement it scopes. */
const DATE_WINDOW = 8;
/**
 * What may open a sentence before the date that scopes all of it: "By", "On", "As of", "In", "Through", "le", "am", "em"; perhaps
 * after a short phrase with no figure set off by a comma ("Au second tour, le 30 mars 2025, …", "In the runoff, on …").
 */
const FRONTED_DATE_BEFORE =
  /^[\s"“'‘(]*(?:[^\d,;:.!?()]{1,30},\s*)?(?:by|on|as\s+of|as\s+at|in|through|until|at\s+the\s+end\s+of|le|au|en|el|em|no|na|am|im|il|nel|al)\s+$/iu;
/** "huit de plus qu'en 2021", "mais 14 do que em 2021", "un 14% más que en 2022": a comparative, then "than in". */
const THAN_IN_BEFORE = /(?<![\p{L}])(?:plus|moins|autant|davantage|más|menos|mais)\s+(?:[\p{L}\p{N}%,.$€£¥]+\s+){0,3}?(?:qu['’]en|que\s+en|do\s+que\s+em)\s*$/iu;
/** Around a date, the words of a birth: "born on", "geboren am", "née le", "nacido el"; "生まれ", "出生", "년생". */
const BORN_BEFORE_DATE = /(?<![\p{L}])(?:[Bb]orn|[Gg]eboren|[Nn]ée?|[Nn]acid[oa]|nat[oa]|[Nn]ascid[oa])\s+(?:(?:on|in|am|im|le|en|el|il|em|a)\s+)?$/u;
const BORN_AFTER_DATE = /^\s*(?:生まれ|出生|생(?!\p{Script=Hangul})|에\s*태어)/u;
/** A mark that ends a clause, not a decimal point. */
const PHRASE_BREAK = /[;!?。；]|\.(?!\d)/gu;
/** Between an event's word and a date after it, "and then", "and later": the date is the next predicate's. */
const THEN_BETWEEN = /(?<![\p{L}])(?:and|but)\s+(?:then|later|afterwards|subsequently|since)(?![\p{L}])/iu;
/**
 * Between an event's word and a date after it, another verb in the past coordinated after the event's, with an object of its
 * own: "founded X and sold it to Y in 1995", "co-founded X but left the company in 2000" (not "founded and incorporated in 1989",
 * whose second verb shares the date; not "founded by A and B").
 */
const LATER_PREDICATE_BETWEEN =
  /(?<![\p{L}])(?:and|but)\s+(?:(?:then|later|also|soon|eventually|subsequently|afterwards)\s+)?(?:[a-z]+ed|sold|left|bought|took|made|built|became|went|gave|ran|won|lost|grew|led|began|spun|split|sent|brought|kept|held|quit)\s+(?!(?:in|on|at|by|during|from|until|around|circa|as|and|or|with)\s)[\p{L}\p{N}]/u;
/** Between an event's word and a day after it, words that open another clause or name another moment. */
const ANOTHER_MOMENT_BETWEEN =
  /(?<![\p{L}])(?:since|after|before|ahead|following|until|till|will|would|shall|next|previous|last|which|that|who|whose|when|while|came|comes|debut|first|election|meeting)(?![\p{L}])|['’]s\s/iu;
/** "an increase of 16% over 2022", "… over the first half of 2023": a change named as a noun, measured over the year it is counted from ("rose 16% over 2024" is during). */
const CHANGE_OVER_BEFORE = /(?<![\p{L}])(?:increase|decrease|rise|gain|growth|decline|drop|jump|fall|improvement)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+over\s+(?:the\s+)?$/iu;
/** In parentheses, the zone a date is given again in: "14日（日本時間15日）", "(Japan time)", "(hora local: …)". */
const CONVERTED_DATE_BEFORE = /[（(]\s*(?:日本時間|現地時間|韓国時間|北京時間|日本时间|北京时间|当地时间|當地時間|한국\s*시간|현지\s*시간|Japan\s+time|local\s+time|hora\s+local|heure\s+locale|Ortszeit)\s*[:：,、]?\s*$/iu;
/**
 * A compared figure, right before its date: "frente al 11,2% de febrero de 2023", "against 4.1% in March 2024", "par rapport aux
 * 12 % de 2023", "compared with an increase of 1.7% in the second quarter of 2030": the date is that figure's (which is no
 * value), not the statement's.
 */
/** "the same period", "el mismo periodo", "la même période", "lo stesso trimestre", "gleichen Zeitraum": the compared figure's period, named again. */
const SAME_PERIOD = String.raw`(?:same|mism[oa]|même|stess[oa]|mesm[oa]|gleichen|selben)\s+(?:period|quarter|half|month|year|periodo|período|trimestre|semestre|mes|año|période|mois|année|mese|anno|mês|ano|Zeitraum|Quartal|Halbjahr|Monat|Jahr)`;
const COMPARED_FIGURE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:versus|vs\.?|against|compared\s+(?:with|to)|comparad[oa]s?\s+con|en\s+comparación\s+con|comparée?s?\s+(?:à|aux?)|frente\s+a(?:l|\s+la|\s+los|\s+las)?|contra|contre|par\s+rapport\s+(?:à|au|aux)|rispetto\s+a[li]?|gegenüber|im\s+Vergleich\s+zu[mr]?|em\s+relação\s+ao?)\s+(?:${COMPARED_CHANGE_NOUN}|(?:the|el|la|los|las|le|les|il|lo|o|os|der|die|das|dem|den)\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent|por\s+ciento|pour\s+cent|Prozent|[\p{L}]+)?\s+(?:(?:in|of|for|de|del|en|du|des|di|im|vom|von|em|do|da|sur)\s+)?(?:the\s+|la\s+|l['’])?(?:${SAME_PERIOD}\s+(?:(?:of|in|de|del|du|des|di|dello|della|do|da)\s+(?:la\s+)?)?)?$`, 'iu');
/**
 * Before a date, words that make it a mark something is measured from or compared with, not the statement's time: "than
 * (in) 2024", "since", "from", "seit", "depuis", "desde", "sinds", "than in" as French, Portuguese and Italian write it
 * after a comparative ("huit de plus qu'en 2021", "mais 14 do que em 2021", "un 14% más que en 2022": THAN_IN_BEFORE), or
 * "rispetto al 2021" (not a bare "qu'en", "que en" or German "als", which as often open a clause: "recordó que en 1987, …",
 * "a annoncé qu'en 2024, …"), a comparison in Chinese ("已超过2018年的…": has passed 2018's …), and the thing compared with
 * ("29% above the 2018 budget", "against the 2023 target"), or what it is ahead of or behind ("50bp ahead of FY23").
 */
const MARK_BEFORE_DATE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:than|since|from|seit|depuis|desde|sinds|ahead\s+of|behind|short\s+of)\s+(?:in\s+)?|(?<![\p{L}])(?:above|below|beyond|${COMPARED_WITH_WORDS}|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:the|its|their)\s+|(?<![\p{L}])rispetto\s+al(?:l['’])?\s*|(?:超过|超過|高于|高於|低于|低於|多于|多於|少于|少於|相比|相較|比)\s*|\d\s*(?:%|percent|per\s+cent|points?)\s+(?:over|versus|vs\.?|against)\s+)$`,
  'iu',
);
/** A sentence that opens on a clause of time, up to an event's word: "Before Line 4 opened", "Until the plant closed", "Bevor …". */
const FRONTED_TIME_CLAUSE = /^\s*(?:before|after|until|till|once|when|since|as\s+soon\s+as|bevor|nachdem|avant\s+que|après\s+que|antes\s+de\s+que|después\s+de\s+que|prima\s+che|dopo\s+che)\s[^,，;]*$/iu;
/** Between a date and an event's word, a clause of time the event stands in: ", before X was ", " until X ", " after the ". */
const TRAILING_TIME_CLAUSE =
  /(?<![\p{L}])(?:before|after|until|till|prior\s+to|ahead\s+of|bevor|nachdem|avant\s+que|après\s+que|antes\s+de\s+que|después\s+de\s+que|prima\s+che|dopo\s+che)\s(?:[^,，;；:.!?]|(?<=\d)\.(?=\d))*$/iu;
/** Before a date, a determiner that opens a noun phrase the date stands in: "the 14 September election". */
/** A capitalised word right before a year, with a word of the sentence before it: "… Summit 2024", "at Sorrelby Expo 2024". */
const NAME_WORD_BEFORE_YEAR = /[\p{L}\p{N}][^\p{L}\p{N}]*?\s(\p{Lu}[\p{L}\p{N}’'&.-]*) $/u;
/**
 * Capitalised words before a year that are no name: words of the calendar ("Summer 2025", "Ende 2025", "Fiscal 2025") and
 * the little words a Title Case heading capitalises ("Opened In 2025"), in the languages the readers know.
 */
const CALENDAR_OR_FUNCTION_WORDS = new Set(
  (
    'summer spring autumn fall winter fiscal financial calendar year years fy cy ad ce bc bce early late mid end start beginning christmas easter ' +
    'eve day week weekend night thanksgiving halloween hanukkah ramadan diwali new natal natale noël noel weihnachten silvester ostern pâques pascua navidad páscoa pasqua ' +
    'anfang mitte ende beginn frühjahr frühling sommer herbst winter jahr jahres jahresende jahresbeginn jahresmitte geschäftsjahr geschäftsjahres saison halbjahr quartal stand ' +
    'fin début mi printemps été automne hiver exercice année an ' +
    'verano primavera otoño invierno finales principios mediados año ejercicio ' +
    'estate autunno inverno fine inizio metà anno esercizio ' +
    'verão outono fim início meados ano exercício ' +
    'in on at by since during until till through throughout from before after of for to around circa ca and or the from ' +
    'seit ab bis vor nach im um zum am ' +
    'en depuis dès avant après vers ' +
    'desde hasta antes después hacia ' +
    'em até após ' +
    'nel dal dopo prima entro fino'
  ).split(' '),
);
const ATTRIBUTIVE_BEFORE = /(?<![\p{L}])(?:the|this|that|its|their|his|her|our)\s+$/iu;
/** After a date, the content word of the noun phrase it stands in ("general election", "vote"), not a clause's next word. */
const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:the|a|an|and|or|but|to|at|in|on|by|of|for|with|from|as|was|were|is|are|had|has|have|it|they|he|she|we|when|after|before|until|this|that|its|their)(?![\p{L}]))\p{Ll}[\p{L}-]*/u;
/** Between a date and an event's word after it: the noun phrase goes on to that word ("the 2019 launch", "the 14 May general strike"). */
const NOUN_PHRASE_GOES_ON = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** After a date, the possessive and a noun: "this year's project", "2019's roadmap". */
const POSSESSIVE_AFTER = /^['’]s\s+\p{Ll}/u;
/** The possessive's mark, passed over to see whether the noun phrase goes on to an event's word ("last year's launch"). */
const POSSESSIVE_S = /^['’]s(?=\s)/u;
/**
 * A noun right before "du", "vom", "del" and the date: "l'élection du 14 septembre", "die Wahl vom 14. September"; a part of
 * the day is no such noun ("en la madrugada del 15 de septiembre").
 */
const NOUN_OF_DATE_BEFORE =
  /(?<![\p{L}])(?!(?:madrugada|mañana|tarde|noche|matin|matinée|soir|soirée|nuit|Morgen|Vormittag|Nachmittag|Abend|Nacht|mattina|pomeriggio|sera|notte|manhã|noite)\s)\p{L}{3,}\s+(?:du|vom|del|della|do|da)\s+$/iu;
/** "on the 3rd of March aboard …": "the" after a preposition opens an adverb of time, not a noun phrase. */
const ADVERBIAL_THE_BEFORE = /(?<![\p{L}])(?:on|by|until|till|from|since|before|after)\s+the\s+$/iu;
/** Before a date, the base a figure is measured against, right after it: "13% on the same period last year", "$3 billion, versus the same quarter of 2024" (not "Over the same period of 2024, revenue was …"). */
const SAME_PERIOD_BEFORE =
  /\d\S*(?:\s+[\p{L}-]+)?\s+(?:on|over|from|in|during|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:same|year-ago|prior-year|corresponding)\s+(?:period|quarter|month|half|week|time)\s+(?:(?:of|in|a)\s+)?$/iu;
/**
 * "up 5% on the third quarter of 2022", "4% from 2022", "down 2% compared with the first half of 2024", "en hausse de 6 % par rapport
 * au troisième trimestre 2022", "5 % gegenüber dem dritten Quartal 2022": right after a change in percent, the period it is counted
 * from, not the statement's (a day is when the move happened: "rose 6% on Tuesday"; "grew 6% over the year" is during it).
 */
const BASE_OF_CHANGE_BEFORE =
  /\d\s*(?:%|percent|per\s+cent|(?:percentage\s+|basis\s+)?points?|bps?|Pp\.?|Prozent(?:punkte)?|pour\s+cent|por\s+ciento|per\s+cento|por\s+cento)\s+(?:(?:more|less|higher|lower|mehr|weniger|höher|niedriger|plus|moins|más|menos|più|meno|mais)\s+)?(?:on|from|versus|vs\.?|against|compared\s+(?:with|to)|ahead\s+of|behind|above|below|par\s+rapport\s+(?:à|au|aux)|gegenüber|im\s+Vergleich\s+zu[mr]?|frente\s+al?|respecto\s+al?|en\s+comparación\s+con|rispetto\s+a(?:l|llo|lla)?|em\s+relação\s+ao?|face\s+ao?|comparado\s+com)\s+(?:(?:the|la|le|les|el|il|lo|o|dem|der|den)\s+|l['’])?$/iu;
/** After a date, a mark counted from: "1985年以来" (since 1985), "2010年以降". */
const MARK_AFTER_DATE = /^\s*(?:以来|以來|以降|보다|대비|같은\s*기간|동기\s*대비)/u;
/** The trading session a market move names after its figure: "in early trading", "during after-hours trade", "at the open". */
const SESSION_AFTER =
  /^[^,;:.!?]{0,30}?(?<![\p{L}])(?:(?:in|during)\s+((?:[\p{L}-]+\s+){0,2}?(?:trading|trade|session|dealings))|(at\s+the\s+(?:open|opening|close))|(intraday|after[\s-]hours))(?![\p{L}])/iu;
/** The session named in the words after a move's figure, lower-cased ("early trading", "at the open"), or undefined. */
function sessionOf(after: string): string | undefined {
  const m = SESSION_AFTER.exec(after);
  return m ? (m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+/gu, ' ') : undefined;
}
/**
 * A clause joined by "and" (or "but", "while"), its figure said to hold now: "…, and the ground now holds", "y hoy cuenta con", "e
 * oggi ha". (Not "now" beside a verb in the past, the story's time: "in 2019 … and now had", "und hatte nun"; nor "ya", already.)
 */
const AND_NOW_BETWEEN = new RegExp(
  String.raw`(?<![\p{L}])(?:and|but|while|whereas|y|pero|e|ma|et|mais|und|aber)\s+(?:[^,;:.!?]*?\s)?(?<!(?<![\p{L}])${PAST_BESIDE_NOW}\s+)${NOW_WORDS}(?![\p{L}])(?!\s+${PAST_BESIDE_NOW}(?![\p{L}]))[^,;:.!?]*$`,
  'iu',
);
/** A figure said to hold now: "now owns", "currently holds", "still has". */
const NOW_BEFORE = /(?<![\p{L}])(?:now|currently|still|today|at\s+present)(?![\p{L}])/iu;
/** A relative clause or "what" opening between a figure and a date after it: the date is that clause's. */
const RELATIVE_BETWEEN = /(?<![\p{L}])(?:which|who|whose|what)(?![\p{L}])[^;:.!?]*$/iu;
/** A coordinator right before a value: "and", "or", a comma, 和, 与, 及, 、. */
const CONJUNCT_BEFORE = /(?:(?<![\p{L}])(?:and|or|und|et|y|e)\s+|[,，、]\s*|[和与與及]\s*)$/iu;
/** What parts a sentence's clauses, for the date of an event. */
const CLAUSE_MARK = /[,;:，；：]/u;
/** Between a figure and a date after it, a part of the figure with a figure of its own: ", including a $400 million ", "，其中". */
// (Within the part's own phrase: a date past the comma that closes it is the sentence's, "including 9,000 electric models, in 2024".)
const INCLUDED_FIGURE_BETWEEN = /(?<![\p{L}])(?:including|includes|included|of\s+which|among\s+them|dont|davon|darunter|incluid[oa]s?|incluyendo|inclus|compres[oi]|di\s+cui)(?![\p{L}])[^.;,]*\d[^.;,]*$|(?:其中|包括)[^。；，,]*\d[^。；，,]*$/iu;
/** A name set off by commas as an appositive, which parts no clause: "opened by the First Minister, Alys Penhallow, on 2 June". */
const NAME_ASIDE = /,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*,/gu;
/** A date outside the trigger's clause ranks after any inside it (more than any distance in the window). */
const OUTSIDE_CLAUSE = 100;


interface ValueHit extends Span {
  entry: CompiledValue;
}

/** Category values, each widened over a maker's name standing before it ("Acme's X100" → maker + value). */
function findValues(lexicon: Lexicon, text: string): { values: ValueHit[]; mentions: Mention[] } {
  const found = lexicon.values(text);
  // As with figures, a "sentence" of dozens of values is a data dump: read none of them.
  let values: ValueHit[] = found.length > MAX_VALUES ? [] : found.map((m) => ({ start: m.start, end: m.end, entry: lexicon.valueEntries[m.index]! }));
  // "Kestrelmoor Offshore Wind Farm has …": a value's words inside a longer name a pack knows are the name's, not a value.
  if (values.length > 0) {
    const names = findMentions(lexicon, text).filter((m) => m.entity.known);
    if (names.length > 0) values = values.filter((v) => !names.some((m) => m.start <= v.start && m.end >= v.end && m.end - m.start > v.end - v.start));
  }
  // "pre-trained in Torchly and converted to Onyx format", with the attribute's blocker "converted to": a value a blocker of its
  // attribute stands right before (within four words of its clause, no other value of it between) is not the attribute's.
  if (values.length > 0) values = values.filter((v) => !valueBlocked(lexicon, text, v, values));
  // A value that is also a pack's name for a thing ("two K2 GPUs" in a superchip, the K2 a GPU of its own) is both:
  // the name stays a mention, so that its own figures are its ("The K2 has 92 billion transistors").
  let mentions = findMentions(lexicon, text, values.filter((v) => !lexicon.folded.has(foldName(text.slice(v.start, v.end)))));
  for (const v of values) {
    const makers = v.entry.value.makers;
    if (!makers) continue;
    const maker = [...mentions].reverse().find((m) => m.end <= v.start);
    if (maker && makers.includes(maker.entity.id) && /^(?:['’]s)?\s{1,2}$/.test(text.slice(maker.end, v.start))) {
      v.start = maker.start;
      mentions = mentions.filter((m) => m !== maker);
    }
  }
  return { values, mentions };
}

/** Whether one of its attribute's `blockers` stands right before a category value: within four words, in its clause, no other value of the attribute between. */
function valueBlocked(lexicon: Lexicon, text: string, v: ValueHit, values: readonly ValueHit[]): boolean {
  const matcher = lexicon.blockers.get(v.entry.attribute.id);
  if (!matcher) return false;
  return matcher(text).some((b) => {
    if (b.end > v.start) return false;
    const between = text.slice(b.end, v.start);
    if (/[.;:!?。；：]/u.test(between) || between.trim().split(/\s+/u).filter((w) => w !== '').length > 4) return false;
    return !values.some((o) => o !== v && o.entry.attribute === v.entry.attribute && o.start >= b.end && o.end <= v.start);
  });
}

/** A verb of saying or announcing: what follows is what was said, dated or not by its own date. */
const SAYING =
  /(?<![\p{L}])(?:said|says|say|announced|announces|told|stated|wrote|claimed|hinted|signalled|signaled|sagte|erklärte|kündigte|a\s+déclaré|a\s+annoncé|déclarait|annonçait|dijo|anunció|ha\s+detto|ha\s+annunciato|zei|verklaarde)(?![\p{L}])|預告|预告|表示|宣布|宣佈|指出|透露|と発表|と述べ/iu;
/** A release phrase right before a date: ", released on", "(launched in". */
const RELEASE_BEFORE_DATE = /[,(]\s*(?:first\s+)?(?:released|launched|announced|unveiled|introduced|published|founded)\s+(?:on\s+|in\s+)?$/iu;

/** Sizes that stand as names: "the 405B model", "the 90B version", "8B:" opening a list item. */
const SIZE_NAME =
  /(?<![\p{L}\p{N}.,$€£¥-])((?:\d+x)?\d+(?:\.\d+)?)([BMK])(?![\p{L}\p{N}])(?=(?:[\s-]+(?:[\p{L}-]+\s+){0,1}?(?:model|models|version|versions|variant|variants|checkpoint|size)(?![\p{L}]))|\s*(?:模型|版本|规格|規格))/giu;
/** An indefinite article right before a size: "a 9B dense model", "an 8B model", "ein 9B-Modell". */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:a|an|any|un|une|una|uno|ein|eine|einem|einen|einer|um|uma)\s+$/iu;
const SIZE_AFTER_ARTICLE = /(?<![\p{L}])(?:the|its|our|their)\s+(?:[\p{L}-]+\s+){0,2}?((?:\d+x)?\d+(?:\.\d+)?)([BMK])(?![\p{L}\p{N}])/giu;
const SIZE_LABEL_AT_START = /^\s*((?:\d+x)?\d+(?:\.\d+)?)([BMK])\s*[:：]/iu;

/** The sentence's names with sizes that stand as names turned into members of the family in context. */
function withSizeNames(lexicon: Lexicon, text: string, mentions: Mention[], state: ProseState, opensBlock: boolean): Mention[] {
  if (!/\d[BMK]/i.test(text)) return mentions;
  const found: { start: number; end: number; size: string }[] = [];
  const add = (m: RegExpExecArray, group = 1) => {
    const start = m.index + m[0].indexOf(m[group]!);
    const end = start + m[group]!.length + m[group + 1]!.length;
    if (!mentions.some((n) => n.start < end && n.end > start) && !found.some((f) => f.start === start)) found.push({ start, end, size: `${m[group]}${m[group + 1]!.toUpperCase()}` });
  };
  if (opensBlock) {
    const label = SIZE_LABEL_AT_START.exec(text);
    if (label) add(label);
  }
  // "a 52B-total / 9B-active model" counts parameters: the size of no member.
  // "as fast as a 9B dense model": a size after an indefinite article is any model of that size, no member.
  for (const m of text.matchAll(SIZE_NAME)) {
    if (/^[\s-]*(?:active|activated|total|parameters?|params)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) continue;
    if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    add(m);
  }
  for (const m of text.matchAll(SIZE_AFTER_ARTICLE)) {
    // "the 405B model" and "its 70B version" name a member; "the 405B parameters" count parameters.
    if (/^\s*(?:parameters?|params|tokens|tokens?)\b/i.test(text.slice(m.index + m[0].length))) continue;
    add(m);
  }
  if (found.length === 0) return mentions;
  const out = [...mentions];
  for (const f of found) {
    const earlier = out.filter((m) => m.end <= f.start).map((m) => m.entity);
    const family = familyInContext(state, earlier);
    if (!family) continue;
    const member = resolveName(lexicon, `${family.name} ${f.size}`);
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), entity: state.types?.typed(member) ?? member });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The sentence's names without a pack's family that only modifies a type noun of another type after it: in "the
 * liquid-cooled Acme system rated at 960 PFLOPS" the thing is a system, not the Acme line of chips ("Acme GPU", a noun of
 * its members' type, is one of the line).
 */
function withoutModifiers(lexicon: Lexicon, text: string, mentions: Mention[]): Mention[] {
  if (mentions.length === 0) return mentions;
  const { noun, describes } = descriptionsOf(lexicon);
  const byNoun = typeNouns(lexicon)[1];
  return mentions.filter((m) => {
    if (!m.entity.known || lexicon.entities.get(m.entity.id)?.type !== 'family') return true;
    const after = /^[ ]+/u.exec(text.slice(m.end, m.end + 3));
    const found = after ? noun.exec(text.slice(m.end + after[0].length, m.end + after[0].length + 40)) : null;
    // Only a noun for a thing that has figures of its own (a system, not "launch event").
    const type = found ? byNoun.get(found[0].toLowerCase().replace(/\s+/gu, ' ')) : undefined;
    return !found || describes(found[0], m.entity) || type === undefined || !subjectTypes(lexicon).has(type);
  });
}

/**
 * Before a name, a build made from it: "the Q4_K_M build of", "a 4-bit quant of", "the GGUF conversion of", "the FP8 version of"
 * (`noun`: the build's noun; `words`: the words before it, which make a version or a variant one only where they name a
 * quantisation).
 */
const BUILD_OF_BEFORE =
  /(?<![\p{L}])(?:the|a|an|its|this|that|their|our)\s+(?<words>(?:[\p{L}\p{N}_.+-]+\s+){0,2}?)(?<noun>builds?|quants?|quanti[sz]ations?|conversion|port|versions?|variants?|weights|edition|release)\s+of\s+(?:the\s+)?$/iu;
/**
 * A build's own nouns: whatever words come before them, the thing is another than the name after "of". ("The port of X", "the
 * conversion of X" are that only with a build's word: "the MLX port of X", "the GGUF conversion of X".)
 */
const BUILD_NOUN = /^(?:builds?|quants?|quanti[sz]ations?)$/iu;
/** After a name, its build in Chinese or Japanese: "X的Q4_K_M量化版", "XのQ4_K_M量子化版", "X的4-bit量化模型". */
const BUILD_AFTER_HAN = /^\s*(?:的|の)?\s*(?:[A-Za-z0-9_.-]+\s*)?(?:量化|量子化)(?:版|版本|模型|モデル|ビルド)/u;
/** A word that names a quantisation: "4-bit", "quantised", or a token a pack names a build by ("Q4_K_M", "FP8", "GGUF": `names.builds`). */
const quantWord = (lexicon: Lexicon, word: string): boolean =>
  /^(?:\d+(?:\.\d+)?-?bits?|quanti[sz]ed|low-bit)$/iu.test(word) || lexicon.builds.has(word.toLowerCase());

/**
 * The sentence's names, each that a build made from it stands for ("The Q4_K_M build of X scores 71.2", "X FP8 scores 71.2") turned
 * into a name of no type: the score is the build's, not X's, and no other name or the page's subject takes it.
 */
function withDerivedBuilds(lexicon: Lexicon, text: string, mentions: Mention[]): Mention[] {
  if (mentions.length === 0) return mentions;
  return mentions.map((m) => {
    const before = BUILD_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    // "X W8A8", "X-FP8", "X (FP8)": a build's token right after the name names the build too (a token that is merely no
    // name, "X EBITDA", "X (GAAP)", does not).
    // ("X.5 FP8": past the rest of a version the name was read without.)
    const token = /^(?:\.\d+)*(?:[\s-]+|\s*[(（]\s*)([\p{L}\p{N}_]+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
    const built =
      (before !== null && (BUILD_NOUN.test(before.groups!.noun!) || before.groups!.words!.trim().split(/\s+/u).some((w) => quantWord(lexicon, w)))) ||
      BUILD_AFTER_HAN.test(text.slice(m.end, m.end + 24)) ||
      (token !== undefined && lexicon.builds.has(token.toLowerCase()));
    if (!built) return m;
    const name = `${m.entity.name} build`;
    return { ...m, entity: { id: foldName(name), name, type: AMBIGUOUS, mention: m.text, known: false } };
  });
}

/** The sentence's names with the names its type nouns introduce ("the space film Gravity", src/extract/typing.ts). */
function withTypedNames(lexicon: Lexicon, text: string, mentions: Mention[], state: ProseState): Mention[] {
  const found = typedNames(lexicon, text, mentions).map((m) => ({ ...m, entity: state.types?.typed(m.entity) ?? m.entity }));
  return found.length === 0 ? mentions : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

/** What follows a timeline entry's date: a colon, or a dash between spaces ("April 4: …", "2019 – …"), perhaps after an agency's name in parentheses. */
const ENTRY_MARK = /^\s*(?:\*\*|__|\*|_)?\s*(?:\([\p{L} .&-]{1,30}\)\s*)?(?:[:：]|\s[-–—]\s|[-–—]\s)/u;
/** Before a dateline's date: a place and a comma, perhaps an article ("ARDLEY, Oct. 14, 2025 —", "Lyon, le 5 mars 2025 —"). */
const DATELINE_PLACE = /^[\s*_#>-]*(?:\p{Lu}[\p{L}.'’ -]{1,30},\s*(?:(?:le|el|il|am|den|on)\s+)?)?$/u;

/**
 * "April 4: A filing reveals a 9% stake", "ARDLEY, Oct. 14, 2025 — Farmers …": a paragraph or list item that opens on a
 * date and a colon or a dash is a timeline's entry or a dateline, and the date is when its statements hold, unless one
 * names a date of its own (`scope`); `at`: where it is written in the block.
 */
function entryDate(text: string, today?: Day): { scope: TimeScope; at: Span; wire: boolean } | undefined {
  const head = text.slice(0, 64);
  // (An entry's mark, a colon or a dash, must follow its date: a head with none is no entry, and its dates are not read.)
  if (!/[:：\-–—]/u.test(head)) return undefined;
  const date = findDates(head, today, today ? { yearless: true } : undefined).find((d) => !d.scope.start.startsWith('~'));
  if (!date || !DATELINE_PLACE.test(head.slice(0, date.start))) return undefined;
  // A wire's dateline names its place before the date or its agency after it ("ARDLEY, June 24 —", "June 24 (Wire) -"); a
  // timeline's entry names neither ("2019-03: …", "March 2019: …").
  const wire = /\p{Lu}/u.test(head.slice(0, date.start)) || WIRE_AGENCY_AFTER.test(head.slice(date.end));
  return ENTRY_MARK.test(head.slice(date.end)) ? { scope: date.scope, at: { start: date.start, end: date.end }, wire } : undefined;
}
/** After a dateline's date, its agency in parentheses: "June 24 (Wire) -". */
const WIRE_AGENCY_AFTER = /^\s*(?:\*\*|__|\*|_)?\s*\([\p{L} .&-]{1,30}\)/u;

/** A paragraph that opens on a time of day and a colon or a dash, as a live blog's entries do: "**14:07** — …", "09.30 Uhr: …". */
const TIME_ENTRY = /^[\s*_]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?|Uhr|h|UTC|GMT|[A-Z]{2,4}T))?[\s*_]*(?:[:：]|\s[-–—]\s|[-–—]\s)/u;
/**
 * Before an event's word, what makes it no news of a live entry's hour: a determiner, a possessive or a preposition and a word at
 * most (a noun: "an appeal", "its first launch", "sought a permit"), a relative pronoun and a few words ("who founded"), or
 * a hyphen (a compound: "Oslo-born").
 */
const NOT_THE_ENTRYS_NEWS =
  /(?:(?:(?<![\p{L}])(?:a|an|the|its|their|his|her|this|that|these|those|our|my|your|for|of|with|to|from|by|after|before|since|der|die|das|den|dem|ein|eine|einen|für|von|mit|nach|le|la|les|l['’]|un|une|pour|de|du|des|avec|après|el|los|las|para|por|con|il|lo|per|o|os|as|um|uma)|\p{L}['’]s)\s*(?:[\p{L}-]+\s+)?|(?<![\p{L}])(?:who|whom|whose|which|that|qui|que|che|der|die|das)\s+(?:[\p{L}-]+\s+){0,3}|[-‐])$/iu;
/** Whether a block opens on a time of day, as a live blog's entry. */
export const opensOnTime = (text: string): boolean => TIME_ENTRY.test(text);
/**
 * Between a live entry's time and its event's word, what makes the event no news of that hour: a stretch set off by a comma,
 * a colon, a dash or a parenthesis ("X, opened decades ago, …", "As a reminder, X opened …", "Background: X opened …"), or a
 * pluperfect ("X had opened …").
 */
const RECALLED_IN_ENTRY = /[,;:()，；：（）—–]|(?<![\p{L}])(?:had|hatte|hatten|avait|avaient|había|habían|aveva|avevano|tinha|tinham)(?![\p{L}])/iu;
/** Whether the event's word at `trigger` in a sentence is the news of the live entry that sentence opens: in its first clause. */
const entrysNews = (sentence: string, trigger: number): boolean => {
  const mark = TIME_ENTRY.exec(sentence);
  return mark !== null && trigger >= mark[0].length && !RECALLED_IN_ENTRY.test(sentence.slice(mark[0].length, trigger)) && !NOT_THE_ENTRYS_NEWS.test(sentence.slice(Math.max(0, trigger - 40), trigger));
};

/**
 * Whether a pack's attribute is a flow (revenue in a quarter, sales in a year), whose figures a period length tells
 * apart: not a stock, a tally or a timeless value, nor an attribute no pack names (counted nouns are most often levels).
 */
export function isFlow(lexicon: Lexicon, attribute: string): boolean {
  const a = lexicon.attributes.get(attribute);
  return a !== undefined && flowPeriods(periodRuleOf(a));
}

/** Right after a date, a comma and the word that opens a clause of what happened then: ", when", ", als", ", cuando", ", quand". */
const WHEN_AFTER_DATE = /^\s*,\s*(?:when|als|cuando|quand|quando|lorsque)(?![\p{L}])/iu;

/**
 * "opened its first store, on the Via Larga in Morvale, on 14 March 2025": a phrase commas set off that holds no verb (a few
 * words, none a form of "be" or "have", none ending in "-ed" or "-ing") is an aside; the words around it are one clause.
 */
const VERBLESS_ASIDE = /,((?:\s+(?!(?:is|are|was|were|be|been|has|have|had|will|would|said|says|which|who|whose|that|when|where|while|and|but|or)(?![\p{L}]))(?!\p{L}+(?:ed|ing)(?![\p{L}]))[\p{L}\p{N}'’.-]+){1,8}),(?=\s)/gu;
const withoutAsides = (between: string): string => between.replace(VERBLESS_ASIDE, (_, words: string) => words);
/** How many words such asides hold, when the last of them closes right before the date's "on" or "in" (else none). */
const asideWords = (between: string): number => {
  const asides = [...between.matchAll(VERBLESS_ASIDE)];
  const last = asides.at(-1);
  if (!last || !/^\s+(?:on|in)\s+(?:the\s+)?$/iu.test(between.slice(last.index + last[0].length))) return 0;
  return asides.reduce((n, m) => n + m[1]!.trim().split(/\s+/u).length, 0);
};

/** Between a figure and the date right after it: "5.1% in 2030", "4.4% in the first half of 2031", "$4 billion for 2030". */
const DATE_RIGHT_AFTER = /^\s+(?:(?:in|for|during|over)\s+)?(?:the\s+)?$/iu;

/** Between a figure and a day after it, a clause of its own: "to where its shares traded on", ", which", "when", "after". */
const CLAUSE_AFTER_FIGURE = /(?<![\p{L}])(?:which|who|whose|what|where|when|after|before|since|than|from|compared)(?![\p{L}])/iu;

/**
 * A verb told in the past, in English ("rose", "reported", "were"), not after a word that makes it no finite past ("will be
 * reported", "to have grown", "the listed"); and the words of a time to come or a condition ("will", "would", "expects").
 */
const PAST_TOLD =
  /(?<![\p{L}])(?:\p{L}{2,}ed|was|were|had|rose|fell|grew|shrank|sank|slid|swung|saw|took|made|sold|won|lost|came|went|gave|brought|spent|paid|built|held|led|ran|got|hit|cut|beat|kept|drew|stood)(?![\p{L}])/giu;
const NOT_TOLD_BEFORE = /(?<![\p{L}])(?:be|been|being|to|have|having|will|would|shall|should|could|might|may|can|must|['’]ll|get|gets|the|a|an|its|their)\s+$/iu;
const TO_COME_OR_CONDITION = /(?<![\p{L}])(?:will|would|could|might|may|shall|should|['’]ll|['’]d|expects?|expected|forecasts?|projects?|projected|aims?|plans?|planned|targets?|targeted)(?![\p{L}])/iu;
/** Whether a clause tells its statement in the past, and says nothing of a time to come or a condition. */
/** A year written in digits: "2019", "FY2021". */
export const YEAR_WRITTEN = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
function toldInPast(clause: string): boolean {
  if (TO_COME_OR_CONDITION.test(clause)) return false;
  return [...clause.matchAll(PAST_TOLD)].some((m) => !NOT_TOLD_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index)));
}

/** Between a value and the name it modifies: nothing, or a word or two that are no preposition ("coal-fired Drummerloch", not "gas plant like X"). */
const MODIFIER_GAP = /^[\s-]*(?:(?!(?:like|as|than|of|in|at|on|for|from|with|to|and|or|but|such)(?![\p{L}]))[\p{L}-]+\s+){0,2}$/iu;

/**
 * Right before a value, an indefinite determiner and perhaps a word ("built beside a coal-fired plant", "another
 * open-weight model", "one of the gas-fired plants", "ein kohlebefeuertes Kraftwerk"); or "former" ("the former coal-fired
 * station"). In the Romance languages the value follows the noun: "una central de carbón", "une centrale à charbon".
 */
const INDEFINITE_BEFORE_VALUE = /(?<![\p{L}])(?:an?|another|one\s+of\s+the|ein|eine|einer|einem|einen|eines)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const FORMER_BEFORE_VALUE = /(?<![\p{L}])(?:former|ehemalig(?:e|en|er|es|em)?|ancien(?:ne)?|antigu[oa]|ex)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** Right before a title ("a former chief executive", "l'ex amministratore delegato", "ex-CEO", "前任CEO", "the incoming chief executive"): one who held it, or will, not who holds it now. */
const FORMER_TITLE = /(?<![\p{L}])(?:former|previous|one-time|incoming|ex|ehemalig(?:e|en|er|es|em)?|früher(?:e|en|er|es|em)?|ancien(?:ne)?|antigu[oa]|anterior|precedente|前任)\s*-?\s*$/iu;
/** Between a value and a title after it, a comma, an article or none, and a word of time held: "Harriet Vane, chief executive", "X, a former chief executive". */
const TITLE_AFTER_VALUE = /^\s*,\s*(?:(?:the|its|an?|il|la|lo|le|l['’]|o|a|el|der|die|sa|son|un|una|um|uma|ein|eine)\s*)?(?:(?:former|previous|one-time|ex|ehemalig(?:e|en|er|es|em)?|ancien(?:ne)?|antigu[oa]|anterior|precedente)\s*-?\s*)?$/iu;
/** The words that name a title's owner after it: "of", "at", "di", "von", "chez". */
const OWNER_PREPOSITION = String.raw`(?:of|at|di|del|della|dello|de|da|do|dos|das|du|des|von|der|bei|chez)`;
/** After a title, what makes the name after it its holder's owner: "chief executive of Halden", "CEO at", "amministratore delegato di". */
const TITLE_OF = new RegExp(String.raw`^\s+${OWNER_PREPOSITION}\s+(?:(?:the|la|o|a)\s+)?$`, 'iu');
/** Right after a title (or the name it stands before), a phrase that names whose it is: "of the landlord", "at a trade body", "di Talvik". */
const OWNER_PHRASE_AFTER = new RegExp(String.raw`^\s+${OWNER_PREPOSITION}\s+\S`, 'iu');
/** A person's name as written: two to four capitalised words, particles between ("Harriet Vane", "Ana da Costa Neves"). */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:da|de|do|dos|das|di|del|della|van|von|der|den|le|la)\s+)?\p{Lu}[\p{Ll}'’-]+){1,3}$/u;
const INDEFINITE_NOUN_BEFORE_VALUE = /(?<![\p{L}])(?:un|une|una|uno|um|uma)\s+(?:[\p{Ll}-]+\s+)?([\p{L}-]+)\s+(?:(?:de|a|à|au|di|da|del|do)\s+)?$/iu;
/** Before that determiner, what makes the noun phrase a predicate or an appositive of the sentence's subject ("It is a coal-fired plant", "X, a gas-fired plant,"). */
const PREDICATE_BEFORE =
  /(?:(?<![\p{L}])(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained|stays?|stayed|as|ist|war|sind|waren|wird|wurde|bleibt|als|est|était|sont|reste|devient|comme|es|era|fue|son|sigue|como|è|sono|resta|come|é|foi|são|continua)(?:\s+(?:not|n['’]t|never|no\s+longer|now|still|also|currently|today|\p{Ll}+ly|nicht|jetzt|noch|heute|pas|plus|encore|aujourd['’]hui|ahora|todavía|ancora|oggi|ainda|hoje)){0,2}|[,(:–—])\s*$/iu;

/** Between an event's verb and the date it governs: nothing, or a preposition ("founded in", "fundada en", "成立于"). */
const GOVERNED_DATE = /^\s*(?:(?:in|on|en|em|im|am|le|el|au|no|na)\s+)?$|^[于於在]$/iu;

/** A participle used as an adjective: "founded", "gegründete", "eröffnete" (not a noun: "the 2021 election", "the 2024 vote"). */
const PARTICIPLE_END = /^(?:\p{L}+ed|(?:ge|er|ver|be|ent|zer|über|unter)\p{L}+t(?:e|en|es|er|em)|\p{L}+iert(?:e|en|es|er|em))$/iu;
/**
 * After a date, a participle used as an adjective before its noun: " gegründete Unternehmen", " eröffnete Filiale",
 * " geschlossene Werk", "-founded firm".
 */
const ATTRIBUTIVE_PARTICIPLE_AFTER =
  /^(?:-\p{L}+ed\s+\p{L}|\s+(?:(?:ge|er|ver|be|ent|zer|über|unter)\p{L}+(?:t|en)|\p{L}+iert)(?:e|en|es|er|em)\s+\p{Lu})/u;
/** A verb of a clause of its own: "announced", "said", "has", "erhielt", "teilte … mit". */
const CLAUSE_VERB =
  /(?<![\p{L}])(?:\p{Ll}+ed|said|says|told|is|are|was|were|has|have|had|will|would|hat|haben|ist|sind|war|waren|wurde|wurden|wird|erhielt|erhielten|gab|teilte|sagte|kündigte)(?![\p{L}])/u;

/** Between a figure and a date: the figure's clause ends and another opens ("…, and ", "…, but "). */
const CLAUSE_OPENS_BEFORE = /^[^.;:!?]*,\s*(?:and|but|while|whereas)\s+$/iu;
/** After a date that opens a clause: its subject and verb ("this year it ran", "in 2024 the plant closed"). */
const SUBJECT_AFTER_DATE = /^\s*,?\s*(?:it|they|he|she|we|the\s+\p{Ll}+)\s+\p{Ll}+/u;
/** A relative clause set off by commas: ", which announced record profits in March,". */
const RELATIVE_ASIDE = /,\s*(?:which|who|whose|that)\s[^,]*,/giu;
/** A comma and a verb in the present: "…, has a workforce of", "…, and now employs". */
const PRESENT_PREDICATE_BETWEEN = /,\s*(?:and\s+)?(?:(?:now|today|currently|still)\s+)?(?:(?!was(?![\p{L}]))\p{Ll}+s|has|have|is|are)(?![\p{L}])/u;
/** After a date, a predicate in the present coordinated with the one it stands in: "founded in 1931 and employs …" (not "and won 40 seats"). */
const AND_AFTER_DATE = /^\s*,?\s*(?:and|und|et|y|e)\s+(?:[\p{L}-]+\s+){0,8}$/iu;
/** The coordinated predicate's verb in the present: "and employs", "and now has", "und hat" (not "and won", "and was"). */
const PRESENT_AFTER_AND = /^\s*,?\s*(?:and|und|et|y|e)\s+(?:now\s+|today\s+|currently\s+|still\s+)?(?:(?!was(?![\p{L}]))\p{L}+s|has|is|are|have|hat|ist|a|est|tiene|tem|ha)(?![\p{L}])/iu;
/** Between a date and a verb coordinated after it: "1841 and died", "March 3, 2025 and disclosed". */
const ENDS_PREDICATE_BEFORE = /^\s*,?\s*(?:and|und|et|y|e)\s+(?:then\s+|later\s+|also\s+)?$/iu;

/** The figure's clause, up to 200 characters back from `at` (past a semicolon or ", and", ", but") and 60 on. */
function ownClause(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  const before = text.slice(from, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK_BEFORE)) start = m.index + m[0].length;
  return before.slice(start) + text.slice(at, at + 60);
}
const CLAUSE_BREAK_BEFORE = /[;；]|,\s*(?:and|but|while|whereas)\s/giu;

/** Before a date a progress is measured up to: "by March", "by the end of 2024", "by mid-June". */
const BY_DATE = /(?<![\p{L}])by\s+(?:(?:the\s+)?(?:end|start|middle|close)\s+of\s+|early\s+|mid-?|late\s+)?$/iu;
/** A perfect tense: "had been built", "has completed", "have reached". */
const PERFECT = /(?<![\p{L}])(?:had|has|have)\s+(?:(?:already|now|only|just)\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ilt|un|one|ght)(?![\p{L}])/u;

/** Before a figure a revision gives: "later revised to", "revised it up to", "corrected the count to", "revisado a", "révisé à". */
const REVISED_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:${REVISION_WORDS})\s+(?:(?:it|this|that|them|its|their|the|le|la|el|lo)\s+)?(?:(?:figure|estimate|count|forecast|total|tally|toll|number|chiffre|cifra|bilan|Zahl)\s+)?(?:(?:up|upward|upwards|down|downward|downwards|à\s+la\s+hausse|à\s+la\s+baisse|al\s+alza|a\s+la\s+baja|nach\s+oben|nach\s+unten)\s+)?(?:to|à|a|auf)\s+(?:about\s+|around\s+|some\s+|environ\s+|unos\s+|rund\s+)?$`,
  'iu',
);

/** Whether a pack's attribute is a level (`measure: stock`) or a running total (`measure: tally`). */
const levelOrTally = (lexicon: Lexicon, attribute: string) => {
  const rule = periodRuleOf(lexicon.attributes.get(attribute));
  return rule === 'containing' || rule === 'writing';
};

/** Whether a pack's attribute counts what happens over time, a flow or a tally, whose figures a sentence's date places. */
export const countsOverTime = (lexicon: Lexicon, attribute: string) => isFlow(lexicon, attribute) || periodRuleOf(lexicon.attributes.get(attribute)) === 'writing';

/** The names a block read, met in reading order: the section's, the page's, and the last that any later sentence may mean. */
export function rememberNames(state: ProseState, names: readonly EntityRef[], sentence?: Antecedents): void {
  state.sectionNames.push(...names);
  (state.pageNames ??= []).push(...names);
  for (const e of names) (state.namedOnPage ??= new Map()).set(e.id, e);
  if (names.length === 0) return;
  state.lastNamed = [...names];
  if (sentence) state.lastSentence = sentence;
  else delete state.lastSentence;
}

/** The period length the innermost heading above that names one gives (src/extract/period-length.ts). */
export function sectionLength(state: ProseState): PeriodLength | undefined {
  return periodSection(state)?.periodLength;
}

/** The innermost section above that names a period length (not the page's title: a page about a quarter gives the year's figures too). */
function periodSection(state: ProseState): ProseState['sections'][number] | undefined {
  for (let i = state.sections.length - 1; i >= 0 && state.sections[i]!.depth > 1; i--) if (state.sections[i]!.periodLength) return state.sections[i];
  return undefined;
}

/** The period the innermost section above that dates one dates ("**First nine months of 2031**" over a list). */
function sectionDate(state: ProseState): TimeScope | undefined {
  for (let i = state.sections.length - 1; i >= 0 && state.sections[i]!.depth > 1; i--) if (state.sections[i]!.periodDate) return state.sections[i]!.periodDate;
  return undefined;
}

/** The season the innermost heading above that names one names ("# 2024–25 Wexley Rovers season"), the title's too. */
export function sectionSeason(state: ProseState): TimeScope | undefined {
  for (let i = state.sections.length - 1; i >= 0; i--) if (state.sections[i]!.seasonDate) return state.sections[i]!.seasonDate;
  return undefined;
}

/** The quarter or half the innermost heading above that names a length names ("**Fourth-quarter 2023 highlights**"), if it names one. */
function sectionPeriodNamed(state: ProseState): string | undefined {
  return periodSection(state)?.periodNamed;
}

/** "for the first time since", "the biggest drop since": a superlative measured from the date after it. */
const FIRST_SINCE = /(?<![\p{L}])(?:first|highest|lowest|biggest|largest|best|worst|most|least|strongest|weakest|deadliest)(?![\p{L}])[^,;:.!?]{0,40}(?<![\p{L}])since\s+(?:in\s+)?$/iu;
/** "since" and the words of its phrase before a date: "since its win in ", "since ". */
/**
 * Between a date and an event after it, the start of a clause that gives a finding's content: "In May 2026, the
 * court confirmed the decision that X imposed …", "la decisión de que", "die Entscheidung, dass": what the finding says
 * happened is not dated by the sentence's date, the finding's.
 */
/** In parentheses after a name: a bare year ("1902", "c. 1520") or a life's span ("1851–1922", "born 1866", "née en 1866, morte en 1939"). */
const MADE_OR_LIVED =
  /^\s*(?:(?:c\.|ca\.|circa)\s*)?\d{4}\s*$|\d{4}\s*[-–]\s*\d{2,4}|(?<![\p{L}])(?:born|b\.|died|d\.|née?|morte?|mort|geboren|gestorben|nato|nata|morto|morta|nacid[oa]|muert[oa]|nascid[oa])(?![\p{L}])/iu;
const CONTENT_CLAUSE_BETWEEN =
  /(?<![\p{L}])(?:decision|ruling|finding|findings|judgment|judgement|conclusion|view|claim|allegation|allegations|accusation|accusations|charge|charges|assessment|décision|conclusion|decisión|conclusión|acusación|Entscheidung|Feststellung|Vorwurf)\s*,?\s+(?:that|selon\s+laquelle|que|de\s+que|dass)(?![\p{L}])/iu;

const SINCE_PHRASE = /(?<![\p{L}])since\s+[^,;:.!?]{0,40}$/iu;
/**
 * Before a date, a phrase of time that names another event by a noun ("after the 1945 flood", "since its opening in 2012",
 * "following the 2020 merger", "depuis son inauguration en 2010", "desde su apertura en 2012", "seit der Eröffnung 2012"):
 * the date is that event's. The clause's figure or event holds after it or since it, not at it (not "after the end of 2024",
 * a calendar's mark).
 */
const EVENT_PHRASE_BEFORE_DATE =
  /(?<![\p{L}])(?:after|following|since|après|depuis|desde|después\s+de(?:l)?|tras|seit|nach)\s+(?:(?:the|its|their|his|her|this|le|la|les|son|sa|ses|leur|du|des|el|los|las|su|sus|der|die|das|dem|den|seinem|seiner|ihrem|ihrer)\s+|l['’])(?:(?!(?:end|start|beginning|close|middle|turn|fin|début|milieu|final|finales|principios|comienzo|mediados|Ende|Anfang|Mitte)(?![\p{L}]))[\p{L}-]+\s+){0,3}?(?:(?:in|en|im)\s+)?$/iu;
/** Words that set an event before or after a date rather than on it: "the last session before …", "ahead of", "until". */
const BEFORE_OR_UNTIL = new RegExp(String.raw`(?<![\p{L}])(?:${BEFORE_OR_UNTIL_WORDS})(?![\p{L}])`, 'iu');
/** Right after a date, a postposition that makes it the end of a span, not a moment: "14日まで", "14일까지", "14日为止". */
const UNTIL_AFTER_DATE = /^\s*(?:まで|迄|까지|为止|為止)/u;
/**
 * From an event's word to a date: an aside that says when the event was held ("general election, held on 21 September 2025,",
 * "élections, tenues le 7 septembre", "celebradas el", "realizada em", "abgehalten am"): the date right after it is the event's.
 */
const HELD_ON_AFTER_EVENT =
  /^[^,;:.!?()]{0,40}?,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:held|staged|tenue?s?|organisée?s?|celebrad[oa]s?|realizad[oa]s?|abgehalten|tenutas?i)\s+(?:on|in|le|en|el|em|no|na|am|im|il)\s+$/iu;

/**
 * Between a figure and a date that dates it alone: a few words, no clause mark ("€5.3 billion in 2023", "€6.1bn approved in
 * 2016"), or the comma that closes the figure's phrase ("compared with $109 million, or 59 cents, in the third quarter of 2024").
 */
const COMPARED_DATE_BETWEEN = /^,?(?:\s+[\p{L}-]+){0,3}\s+$/u;

/**
 * Between a figure and a date, a phrase about the things compared with, a participle before the date: "level with closed models
 * released in late", "ahead of rivals launched in", "than models built in", "au niveau des modèles sortis fin", "por delante de los
 * modelos lanzados en".
 */
const COMPARED_THINGS_DATED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:level|on\s+par|in\s+line|comparable|similar|close|equal|at\s+par)\s+(?:with|to)|ahead\s+of|behind|than|compared\s+(?:with|to)|versus|vs\.?|rival(?:l?ing)|matching|au\s+niveau\s+d(?:e|es|u)|à\s+égalité\s+avec|comparables?\s+à|devant|derrière|par\s+rapport\s+à|a\s+la\s+par\s+de|al\s+nivel\s+de|por\s+delante\s+de|por\s+detrás\s+de|en\s+comparación\s+con|alla\s+pari\s+di|al\s+livello\s+di|rispetto\s+a|davanti\s+a|à\s+frente\s+de|em\s+comparação\s+com|no\s+nível\s+de)(?![\p{L}])[^,;:.!?，；。]{0,60}?(?<![\p{L}])(?:\p{L}+ed|built|made|sold|shown|written|grown|run|\p{L}+(?:é|ée|és|ées|is|ies|ados|adas|ados|idos|idas|ati|ate|iti|ite|uti|ute))(?:\s+[\p{L}-]+){0,3}\s+$`,
  'iu',
);

/**
 * After a figure, the words that open one of its parts, then the part's own words up to its figure: ", dont", ", of which",
 * ", davon", ", di cui", "，其中嵌入层参数约", "、うち埋め込み層は" (`part`: the words between the opener and the figure; not "500議席のうち212議席",
 * a part counted from the whole, which is the subject's own).
 */
const PART_OF_FIGURE_BEFORE =
  /\d[^.;:!?\d。；]{0,40}[,，(（、]\s*(?:dont|of\s+which|among\s+them|de\s+(?:los|las)\s+cuales|(?:dos|das)\s+quais|di\s+cui|darunter|davon|其中|(?:その)?うち(?!に))(?<part>[^.;:!?\d。；，,]{0,40})$/iu;

/**
 * After a whole's figure, in its sentence, the words that open a part of it: "(including $11.5 million", ", which included $9.5
 * million", "einschließlich", "y compris", "incluidos"; group `part`: the part's own words before its figure.
 */
const INCLUDED_PART_BEFORE =
  /\d[^.;!?\d。；]{0,120}?[,，(（]\s*(?:including|incl\.|inclusive\s+of|(?:which|that)\s+(?:included|includes|include)|einschließlich|inklusive|darunter|y\s+compris|incluidos?|incluidas?|incluyendo|incluindo|inclusi|inclusa|compresi)(?![\p{L}])(?<part>[^.;:!?\d。；，,()（）]{0,40})$/iu;

/**
 * One day or a later weekend of a run, which a figure may be said of: "on its opening day", "its first day", "its Saturday gross",
 * "the next day", "in its second weekend", "its sophomore weekend", "the following weekend"; or the first week, month or year
 * of a thing's sales ("in its first month", "its first year"). Group 1: the day, weekend or span.
 */
const RUN_DAY =
  /(?<![\p{L}])(?:(?:its|their|the)\s+)?((?:opening|first|final|last)[\s-]+day|(?<=(?:its|their)\s+)(?:opening|first|debut)[\s-]+(?:week|month|year)(?![\p{L}'’-])|(?<=(?:its|their)\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}'’])|(?:next|following)\s+day|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sophomore|following|next|final|last)\s+weekend)(?![\p{L}])/giu;

/** Before a whole's figure, a hedge of it: "of about $9 million". */
const WHOLE_HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|rund|etwa|fast|environ|près\s+de|plus\s+de|unos|unas|cerca\s+de|más\s+de|circa|oltre|quase|mais\s+de)\s+)?`;
/**
 * After a figure (and a short phrase of its own and a comma: " in tokens,"), the words that make it a part of a whole figure
 * after them: ", part of a larger haul of $9 million", "Teil einer Beute von", "partie d'un butin de", "parte de un botín de", "parte di un bottino di".
 */
const A_PART_OF_AFTER = new RegExp(
  String.raw`^(?:(?:\s+[\p{L}-]+){1,3}?\s*[,，(（–—]|\s*[,，(（–—]?)\s*(?:(?:which\s+(?:is|was)|itself)\s+)?(?:part\s+of\s+(?:(?:a|an|the|its|their)\s+)?|Teil\s+(?:einer|eines|der|des)\s+|partie\s+d['’](?:une?\s+)?|parte\s+d[eio]\s+(?:(?:un|una|um|uma)\s+)?)(?:[\p{L}-]+\s+){0,3}?(?:of|von|de|d['’]|di)\s*${WHOLE_HEDGE}(?:[$€£¥]|US\$)?\s?\p{N}`,
  'iu',
);
/**
 * After a figure, the words of a total it is counted from: " out of a total of", " of a total loss of", " von insgesamt",
 * " sur un total de", " de un total de", " su un totale di", " de um total de" (up to the whole's figure).
 */
/**
 * A decade as the time of a clause: "in the 1950s", "during the '80s", "throughout the 1990s", "since the 1970s", "in den
 * 1950er Jahren", "dans les années 1950", "negli anni '80", "en los años 50" (not "built in the 1950s", a thing's own date).
 */
const DECADE_TIME =
  /(?<![\p{L}])(?<!\p{L}ed\s+)(?:(?:in|during|throughout|over|across|through|since|by)\s+the\s+(?:(?:early|mid|late)-?\s*)?(?:(?:1[5-9]|20)\d0s|['’]\d0s)|the\s+(?:(?:early|mid|late)-?\s*)?(?:(?:1[5-9]|20)\d0s|['’]\d0s),?\s+when|(?:in\s+den\s+)?(?:1[5-9]|20)\d0er(?:\s+Jahren)?|(?:dans\s+les\s+|durant\s+les\s+)?années\s+(?:(?:19|20)\d0|['’]?\d0)|(?:negli|nei)\s+anni\s+(?:(?:19|20)\d0|['’]\d0)|(?:en\s+los\s+|durante\s+los\s+)?años\s+(?:(?:19|20)\d0|['’]?\d0))(?![\p{L}\p{N}])/iu;
/** A figure that is four digits of a year and nothing more ("2005 cups", not "2,005", "2005.5" or "20050"). */
const YEAR_DIGITS = /^(?:19|20)\d\d(?![\d.,])/u;
/** Before such a figure, a determiner and perhaps other years of a list: "the ", "the 2003 and ", "its 2021, 2022 and ". */
const YEAR_MODIFIER_BEFORE = /(?<![\p{L}])(?:the|its|their|his|her|this|that|these|those)\s+(?:(?:19|20)\d\d\s*(?:,|and|&|or|\/)\s*)*$/iu;
/** A year written alone ("in 2024"), not a decade's ("the 1990s", "1950er"). */
const A_YEAR = /(?<![\p{L}\p{N}'’])(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])/u;
/**
 * Whether the figure at `at` is in a clause whose time is a decade: a count of those ten years, no total nor level of the
 * subject. Not where the clause writes a year of its own ("412 Mt in 2024, … the lowest level since the early 1990s": the
 * decade is a comparison's).
 */
const inADecade = (text: string, at: number, end: number): boolean => {
  const after = /^[^.;!?；。]*/u.exec(text.slice(end))![0];
  const before = clauseOrListBefore(text, at);
  return (DECADE_TIME.test(before) || DECADE_TIME.test(after)) && !A_YEAR.test(before) && !A_YEAR.test(after);
};
/**
 * The figure's clause before it; where the figure opens a list after a semicolon ("won the most trophies in the 1990s; five
 * league titles, four cups"), the clause before the semicolon too, whose words the list spells out.
 */
const clauseOrListBefore = (text: string, at: number): string => {
  const own = ownClause(text, at).slice(0, -Math.min(60, text.length - at) || undefined);
  if (!/^\s*$/u.test(own) || !/[;；]\s*$/u.test(text.slice(0, at))) return own;
  const semicolon = text.slice(0, at).search(/[;；]\s*$/u);
  return ownClause(text, semicolon) + own;
};
/**
 * A span a count is limited to, in the figure's clause: a leader's era ("under Ivo Marren", "under manager X"), a tenure
 * ("during his tenure", "during Marren's eight seasons as coach", "during his time in charge"), the years between two
 * ("between 1961 and 1969", "from 1961 to 1969"), an era ("in the Northern League era"). Case is read as written: "under" a
 * capitalised name
 * only, written as a name (not an acronym), with no number after it: "under Apache 2.0", "under the MIT licence" name terms.
 */
const SPAN_TIME = new RegExp(
  [
    String.raw`(?<![\p{L}])[Uu]nder\s+(?:(?:the|manager|coach|head\s+coach|captain|chairman|owner|president|boss|trainer|new)\s+)*\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){0,2}(?![\p{L}'’.-]|\s*\p{N}|\s+\p{Lu})`,
    String.raw`(?<![\p{L}])(?:[Dd]uring|[Tt]hroughout|[Ii]n|[Oo]ver)\s+(?:his|her|their|(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:tenure|reign|spell|stint|era|(?:time|years|seasons|period|days)\s+(?:as|in\s+charge|at\s+the\s+helm))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:[Dd]uring|[Tt]hroughout)\s+the\s+(?:tenure|reign|era)\s+of\s+\p{Lu}`,
    String.raw`(?<![\p{L}\p{N}])(?:[Bb]etween|[Ff]rom)\s+(?:1[5-9]|20)\d\d\s+(?:and|to|until|till)\s+(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])[Ii]n\s+the\s+(?:[\p{L}-]+\s+){1,3}era(?![\p{L}])`,
  ].join('|'),
  'u',
);
/** Whether the count at `at` is in a clause limited to a span (SPAN_TIME, before it or after it in its clause): no total of the subject. */
const inASpan = (text: string, at: number, end: number): boolean => {
  const after = /^[^.;!?；。]*/u.exec(text.slice(end))![0];
  return SPAN_TIME.test(clauseOrListBefore(text, at)) || SPAN_TIME.test(after);
};
/**
 * After a figure, in its clause, the words that make it a sum over several: "38 titles between them", "between the two
 * clubs", "among them", "à eux deux", "entre ellos", "entre los dos", "insieme"; before it, "a combined", "a joint".
 */
const SHARED_AFTER =
  /^[^.;:!?,()]{0,40}?(?<![\p{L}])(?:between|among(?:st)?)\s+(?:them|themselves|(?:the|these|those)\s+(?:two|three|four|both)|both)(?![\p{L}])|^[^.;:!?,()]{0,40}?(?<![\p{L}])(?:à\s+(?:eux|elles)\s+(?:deux|trois)|entre\s+(?:ellos|ellas|ambos|ambas|los\s+dos|las\s+dos)|zu\s+(?:zweit|dritt))(?![\p{L}])/iu;
const SHARED_BEFORE = /(?<![\p{L}])(?:a|an|their)\s+(?:combined|joint|collective)\s+(?:total\s+of\s+)?$/iu;
/** The same words before the figure, earlier in its clause or the list it ends ("and between them they have won 9 cups and 38 titles"). */
const SHARED_EARLIER =
  /(?<![\p{L}])(?:(?:between|among(?:st)?)\s+(?:them|themselves|(?:the|these|those)\s+(?:two|three|four|both)|both)|à\s+(?:eux|elles)\s+(?:deux|trois)|entre\s+(?:ellos|ellas|ambos|ambas|los\s+dos|las\s+dos)|zu\s+(?:zweit|dritt))(?![\p{L}])[^.;:!?()]*$/iu;
const A_TOTAL_AFTER = new RegExp(
  String.raw`^\s*[,，(（]?\s*(?:(?:out\s+of|of)\s+(?:a|the)\s+total(?:\s+[\p{L}-]+){0,2}?(?:\s+of)?|von\s+insgesamt|sur\s+un\s+total(?:\s+[\p{L}-]+){0,2}?\s+de|de\s+un\s+total(?:\s+[\p{L}-]+){0,2}?\s+de|su\s+un\s+totale(?:\s+[\p{L}-]+){0,2}?\s+di|de\s+um\s+total(?:\s+[\p{L}-]+){0,2}?\s+de)\s+${WHOLE_HEDGE}(?=(?:[$€£¥]|US\$)?\s?\p{N})`,
  'iu',
);

/**
 * Right before a figure, a contributor's verb: "Dome screens contributed $14.1 million to the opening weekend", "contributing an additional
 * $6.3 million": one contributor's share of a whole, no value of the whole.
 */
const CONTRIBUTED_BEFORE =
  /(?<![\p{L}])(?:contributed|contributing|contributes|contribute)\s+(?:(?:an?\s+)?(?:additional|extra|further|another|estimated|about|around|nearly|almost|over|some|roughly|approximately|more\s+than)\s+)?$/iu;
/**
 * A capitalised name right before the parenthesis a figure opens ("highs in Ardenia ($31.6 million), Corvalia ($17.2
 * million)"), after a word or a comma (not opening the sentence); group 1: the name.
 */
const NAME_BEFORE_PARENTHESIS = /(?<=[\p{L},;]\s+)(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+the\s+)?\p{Lu}[\p{L}.'’-]*){0,3})\s*[(（]\s*$/u;
/**
 * A clause that opens on a capitalised name and "had the", "saw the", "set the" … ("Corvalia had the biggest opening weekend
 * ever", ", while Ardenia had the top opening"): the record is that name's; group 1: the name.
 */
const NAME_HAD_THE = /(?:^|[.;!?]\s+|,\s+(?:while|whereas|and|but)\s+|\s(?:while|whereas)\s+)(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:also\s+)?(?:had|saw|set|posted|recorded)\s+(?:the|its|a|an)\s/gu;

/**
 * Right before a count, a verb of one person's role in a work ("Quist ultimately directed five episodes", "wrote two episodes",
 * "guest-starred in three episodes"): that person's share, no count of the work (not after "all": "directed all eight episodes").
 */
const ROLE_VERB_BEFORE =
  /(?<![\p{L}-])(?:directed|co-directed|helmed|wrote|co-wrote|penned|starred\s+in|appeared\s+in|guest-starred\s+in|guest\s+starred\s+in)\s+(?:(?:only|just|about|around|some|nearly|at\s+least)\s+)?$/iu;
/**
 * After a count and its unit, "of" and another work's name, past an article and lower-case words ("Four episodes of the
 * streaming series Corvina Tales", "two episodes of Brightmoor"); group 1: the name's first word.
 */
const OF_A_NAME_AFTER = /^\s+of\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}(\p{Lu}[\p{L}\p{N}'’.-]*)/u;
/** Capitalised words that name a part of a work, not another work ("of Season 2", "of Part One"). */
const PART_OF_A_WORK = /^(?:Season|Series|Part|Volume|Vol\.|Chapter|Book|Episode|Act|Phase)$/u;
/** A wiki template's parameter line ("|tv series = …", "| appearances = …"); group 1: its key. */
const TEMPLATE_PARAMETER = /(?<![\p{L}\p{N}|])\|\s*([\p{L}][\p{L}\p{N} _-]{0,40}?)\s*=[^|=\n]*$/u;

/** The names that are never a place: all but those of a place type. */
/**
 * Another work of a person or a thing: "her last picture", "his previous film", "the studio's prior model", "su película
 * anterior", "son précédent film", "前作" (the noun one of the packs' type nouns), its end's offset in `before`.
 */
const ANOTHER_WORK =
  /(?<![\p{L}])(?:(?:his|her|its|their|\p{L}+['’]s)\s+(?:last|previous|prior|earlier|preceding)\s+(\p{L}+)|(?:su|sus)\s+(\p{L}+)\s+anteriore?s?|(?:su|sus)\s+anteriore?s?\s+(\p{L}+)|(?:son|sa|ses)\s+(?:précédente?s?|dernière?s?)\s+(\p{L}+)|(?:son|sa|ses)\s+(\p{L}+)\s+précédente?s?)(?![\p{L}])|(前作)/gu;
function anotherWorkBefore(lexicon: Lexicon, text: string, anchor: number, mentions: readonly Mention[], figures: readonly QuantityMatch[]): boolean {
  const from = Math.max(0, anchor - 120);
  const nouns = typeNouns(lexicon)[1];
  for (const m of text.slice(from, anchor).matchAll(ANOTHER_WORK)) {
    const noun = m.slice(1).find((g) => g !== undefined)!;
    if (noun !== '前作' && !nouns.has(noun.toLowerCase())) continue;
    const end = from + m.index + m[0].length;
    // Between the work and the figure, no name a pack knows and no other figure: "Her last film made $20 million; X opened to $48 million" is X's.
    if (mentions.some((n) => n.start >= end && n.start < anchor) || figures.some((f) => f.span.start >= end && f.span.end <= anchor)) continue;
    if (/[.;!?。；]/u.test(text.slice(end, anchor))) continue;
    return true;
  }
  return false;
}

/** "on", "in" and their articles between a figure and a name: "on the", "in", "sur le", "dans la", "auf der", "en el", "im". */
const HELD_ON = /^\s+(?:on|in|sur|dans|auf|im|en)\s+(?:(?:the|le|la|les|der|die|dem|den|el|los|las)\s+|l['’])?$/iu;
/**
 * The known name right after a figure, after "on" or "in" ("peaked at number 3 on the Vextor Chart"), whose type the attribute
 * does not describe (not among its `subjects`): where the figure holds, not a rival subject. None for a place (src/extract/where.ts
 * reads those) or where the attribute lists no subjects.
 */
function heldOnName(lexicon: Lexicon, text: string, end: number, mentions: readonly Mention[], attribute: string): EntityRef | undefined {
  const subjects = lexicon.attributes.get(attribute)?.subjects;
  if (!subjects || subjects.length === 0) return undefined;
  const next = mentions.find((m) => m.start >= end);
  if (!next || !next.entity.known || PLACE_TYPES.has(next.entity.type) || subjects.includes(next.entity.type)) return undefined;
  return HELD_ON.test(text.slice(end, next.start)) ? next.entity : undefined;
}

const unplaced = (mentions: readonly Mention[]): Mention[] => mentions.filter((m) => !PLACE_TYPES.has(m.entity.type));
/** A place as a pack names it ("brasil" is Brazil's alias: "brazil"), else as written. */
const placeNamed = (place: string | undefined, mentions: readonly Mention[]): string | undefined => {
  if (place === undefined) return undefined;
  const [name, alone] = place.endsWith(' alone') ? [place.slice(0, -6), ' alone'] : [place, ''];
  const known = mentions.find((m) => PLACE_TYPES.has(m.entity.type) && m.text.toLowerCase() === name);
  return known ? `${known.entity.name.toLowerCase()}${alone}` : place;
};

/** Times in words that no date is read from: a season ("last summer", "l'été dernier"), "years ago", "earlier this year". */
const UNPLACED_TIME =
  /(?<![\p{L}])(?:(?:last|this|next|that|in\s+the|during\s+the|over\s+the|early|late)\s+(?:summer|winter|spring|autumn|fall)|(?:summer|winter|spring|autumn|fall)\s+of|(?:years|months|decades|weeks)\s+ago|earlier\s+this\s+(?:year|month)|(?:l['’]été|l['’]hiver|le\s+printemps|l['’]automne)\s+(?:dernier|passé)|(?:el\s+)?(?:verano|invierno|otoño)\s+pasado|(?:la\s+)?primavera\s+pasada|(?:im\s+)?(?:letzten|vergangenen)\s+(?:Sommer|Winter|Frühling|Herbst)|(?:l['’]estate|l['’]inverno|l['’]autunno|la\s+primavera)\s+scors[oa])(?![\p{L}])/iu;

/**
 * A verb of comparison ("trails", "beat", "outscored"), then in its clause, with no comma between, "by" right before the figure:
 * the margin between two ("trails X by 2 points"). Not a passive's agent ("driven by", "watched by 41,000"): a word in -ed or
 * -en right before "by" that is no such verb.
 */
const MARGIN_VERB = String.raw`(?:trails?|trailed|trailing|leads?|beats?|beaten|beating|outperform(?:s|ed|ing)?|outscor(?:es|ed|ing|e)|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|tops|topped|topping|edges|edged|lags?|lagged|lagging|behind|ahead\s+of|outpac(?:es|ed|ing|e)|overtak(?:es|en|ing|e)|overtook)`;
const MARGIN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${MARGIN_VERB})(?![\p{L}])[^.;:!?,]{0,60}?(?<![\p{L}])(\p{L}+\s+)?by\s+(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over|just\s+(?:over|under))\s+)?$`,
  'iu',
);
const MARGIN_VERB_ONLY = new RegExp(`^${MARGIN_VERB}$`, 'iu');
/** A cheap test first: "by" and a word or two at most before the figure. */
const BY_BEFORE = /(?<![\p{L}])by\s+(?:\p{L}+\s+){0,2}$/iu;

/** Right before a figure, the "from" of a change measured from it: "up 14% from", "down from", "rising from about" (not "from … to …" alone). */
const CHANGED_FROM_BEFORE = /(?:[\d%]|up|down|higher|lower|rise|rising|rose|fall|falling|fell|increased?|decreased?|grew|growth|declined?)\s+from\s+(?:about\s+|around\s+|roughly\s+)?[$€£¥]?$/iu;

/** Right before a date, the verb of an edit to a page: "was updated on", "revised on", "aktualisiert am", "mis à jour le". */
const EDITED_ON_BEFORE =
  /(?<![\p{L}])(?:updated|revised|edited|amended|modified|aktualisiert|geändert|mis\s+à\s+jour|actualizad[oa]|aggiornat[oa]|atualizad[oa])\s+(?:on\s+|am\s+|le\s+|el\s+|il\s+|em\s+)?$/iu;

/** What the readers of one sentence share: the sentence, what was read of it so far, and the block's state. */
class SentenceContext {
  lexicon!: Lexicon;
  block!: Segment;
  state!: ProseState;
  sentences!: SentenceReading[];
  claims!: RawClaim[];
  seen!: Set<string>;
  blockMentions!: Mention[];
  nouns!: Descriptions;
  kinds!: Map<string, string>;
  previousSentences!: Antecedents[];
  dateline!: { scope: TimeScope; at: Span; wire: boolean; } | undefined;
  entry!: TimeScope | undefined;
  timedEntry!: TimeScope | undefined;
  sentenceCues!: PeriodCue[][];
  blockLengths!: (PeriodLength | null | undefined)[];
  index!: number;
  sentenceSpan!: Span;
  text!: string;
  values!: ValueHit[];
  inList!: boolean;
  carried!: Modality | undefined;
  stood!: Modality | undefined;
  mentions!: Mention[];
  base!: number;
  sentence!: { start: number; end: number; };
  parens!: Span[];
  figures!: QuantityMatch[];
  statedFigures!: Set<QuantityMatch>;
  dates!: DateMatch[] | undefined;
  writtenAt!: Map<TimeScope, Span>;
  allDates!: DateMatch[] | undefined;
  eventTriggers!: PhraseMatch[] | undefined;
  ownYearlessDates!: Set<DateMatch> | undefined;
  frontedEnd!: number | undefined;
  endedDates!: DateMatch[] | undefined;
  yearless!: DateMatch[] | undefined;
  exclusive!: boolean;
  triggers!: TriggerHit[] | undefined;
  comparedFigures!: Set<QuantityMatch>;
  masked!: string | undefined;
  revisable!: { end: number; entity: EntityRef; attribute: PackAttribute; via: SubjectVia; context: boolean; time?: TimeScope; periodLength?: PeriodLength; }[];
  found!: QuantityMatch[];
  quantities!: QuantityMatch[];
  context!: Parameters<typeof contextSubject>[2];
  owners!: Mention[];
  bound!: Map<number, { entity?: EntityRef; attribute: string }>;
  blk!: { listStood: Modality | undefined };
}

const cuesOf = (cx: SentenceContext, i: number): PeriodCue[] => {
  const { sentenceCues, sentences } = cx;
  return (sentenceCues[i] ??= periodCues(sentences[i]!.text));
};
const blockLength = (cx: SentenceContext, before: number): PeriodLength | undefined | null => {
  const { blockLengths } = cx;
  for (let i = blockLengths.length; i <= before; i++) {
    const named = sentenceLength(cuesOf(cx, i - 1));
    blockLengths.push(named === null ? blockLengths[i - 1] : named);
  }
  return blockLengths[before];
};
const push = (cx: SentenceContext, claim: RawClaim) => {
  const { seen, claims } = cx;
  const v = claim.value;
  const key = [claim.entity.id, claim.attribute, v.kind === 'quantity' ? `${v.min}:${v.max}` : v.kind === 'category' ? v.value : v.polarity, claim.sentence.start, claim.time?.start ?? '', claim.relation?.other.id ?? '', claim.counterpart?.id ?? ''].join('|');
  if (seen.has(key)) return;
  seen.add(key);
  claims.push(claim);
};
/** What the sentences after this one know of it: the names it gave, and how it stood behind a list it opened. */
const remember = (cx: SentenceContext) => {
  const { block, state, text, blockMentions, mentions, inList, carried, lexicon, previousSentences } = cx;
  if (block.source !== 'heading') state.sectionText = state.sectionText === undefined ? text : `${state.sectionText}\n${text}`;
  // (A name the sentence moves away from, "pulled me away from X", is none a later sentence's description stands for.)
  blockMentions.push(...mentions.filter((m) => !leftBehind(text, m)));
  rememberUnitOrdinals(text, mentions);
  for (const m of mentions) (state.namedOnPage ??= new Map()).set(m.entity.id, m.entity);
  cx.blk.listStood = inList ? (cx.stood ?? carried) : undefined;
  const later = antecedents(text, mentions, typeNouns(lexicon)[0]);
  previousSentences.push(later);
  rememberNames(state, later.mentions.map((m) => m.entity), later);
  if (namesOnlyCompared(text, mentions)) state.lastNamed = [];
};
const abs = (cx: SentenceContext, s: Span): Span => {
  const { base } = cx;
  return ({ start: base + s.start, end: base + s.end });
};
const noted = (cx: SentenceContext, found: DateMatch[]): DateMatch[] => {
  const { writtenAt } = cx;
  for (const d of found) writtenAt.set(d.scope, d);
  return found;
};
const ownDate = (cx: SentenceContext, d: DateMatch) => {
  const { text } = cx;
  return !/^['’]s(?![\p{L}])/u.test(text.slice(d.end, d.end + 3)) &&
  !MARK_BEFORE_DATE.test(text.slice(Math.max(0, d.start - 26), d.start)) &&
  !COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
  !CHANGE_OVER_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) &&
  !CONVERTED_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)) &&
  !THAN_IN_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) &&
  !SAME_PERIOD_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
  !(d.precision !== 'day' && BASE_OF_CHANGE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) &&
  !MARK_AFTER_DATE.test(text.slice(d.end, d.end + 8));
};
// "The Meridian Rankings 2026 were published on 15 October 2025", "the 2026 Rankings": a year right before or after a name is
// its edition's, no date of an event (it is the period of the edition's figures: "the 2022 election, … won 12 seats").
const editionYear = (cx: SentenceContext, d: DateMatch) => {
  const { text, mentions } = cx;
  return d.precision === 'year' &&
  /^\d{4}$/u.test(text.slice(d.start, d.end)) &&
  mentions.some(
    (m) =>
      (m.end < d.start && /^ $/u.test(text.slice(m.end, d.start))) ||
      (m.start > d.end && /^ $/u.test(text.slice(d.end, m.start)) && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))),
  );
};
// "Live: Corriby Summit 2024 — Ostrel-2 launch", "unveiled at Sorrelby Expo 2024": a year glued after a capitalised word inside the
// sentence (a name no pack knows) is part of that name, no date of an event; not after a word of the calendar ("Summer
// 2025", "Ende 2025", "Fiscal 2025"), a word a Title Case heading capitalises ("Launched In 2025"), nor the event's own word.
const nameYear = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  if (d.precision !== 'year' || !/^\d{4}$/u.test(text.slice(d.start, d.end))) return false;
  const m = NAME_WORD_BEFORE_YEAR.exec(text.slice(Math.max(0, d.start - 40), d.start));
  if (!m) return false;
  const at = Math.max(0, d.start - 40) + m.index + m[0].length - m[1]!.length - 1;
  const word = m[1]!.replace(/[.’']+$/u, '');
  return at !== trigger && !isMonthName(word) && !CALENDAR_OR_FUNCTION_WORDS.has(word.toLowerCase());
};
const allDatesOf = (cx: SentenceContext): DateMatch[] => {
  const { text, state } = cx;
  return (cx.allDates ??= findDates(text, state.today));
};
/** "The bank, founded in 1927, raised …": a date in an aside that closes before an event's verb at `trigger`. */
const asideBefore = (cx: SentenceContext, date: Span, trigger: number) => {
  const { text } = cx;
  return date.end <= trigger && inClosedRelative(text, date, trigger);
};
/** Whether a revision's words ("later revised to") stand right before `at`. */
const revisedBefore = (cx: SentenceContext, at: number) => {
  const { text } = cx;
  return REVISED_TO.test(text.slice(Math.max(0, at - 60), at));
};
// "By March, 31 floors had been built": a figure in a perfect tense, up to a date "by" names, is how far something had
// come by then; on its page it meets no figure of the whole (the same `latest` as a running "so far").
// The perfect in the figure's own clause: not "By April, the crane had been removed, and the tower stood 420 m tall".
const reachedBy = (cx: SentenceContext, at: number) => {
  const { text } = cx;
  return PERFECT.test(ownClause(text, at)) && yearlessOf(cx).some((d) => BY_DATE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !/[;；.!?。]/u.test(text.slice(Math.min(d.end, at), Math.max(d.start, at))));
};
/** Whether an event's trigger governs `date`, right before it ("founded in 2022", "成立于2021年", "fundada en 1927"). */
const eventDated = (cx: SentenceContext, date: Span) => {
  const { lexicon, text } = cx;
  return (cx.eventTriggers ??= lexicon.anyEventTrigger(text)).some((m) => m.end <= date.start && GOVERNED_DATE.test(text.slice(m.end, date.start)));
};
// "This explainer was updated on 1 September 2025 to add X's approval": the day of an edit to the page, not the event's.
const editedOn = (cx: SentenceContext, date: Span, trigger: number | undefined) => {
  const { text } = cx;
  return trigger !== undefined && date.end <= trigger && EDITED_ON_BEFORE.test(text.slice(Math.max(0, date.start - 24), date.start));
};
// "X, fondé en 1808, se classe 41e du classement, publié la semaine dernière": a date another event's word governs, before
// the word at `trigger`, is not that event's date.
const governedByAnother = (cx: SentenceContext, date: Span, trigger: number | undefined) => {
  const { lexicon, text } = cx;
  return trigger !== undefined &&
  date.end <= trigger &&
  (cx.eventTriggers ??= lexicon.anyEventTrigger(text)).some((m) => m.start !== trigger && m.end <= date.start && GOVERNED_DATE.test(text.slice(m.end, date.start)));
};
// "das 1958 gegründete Unternehmen", "the 1958-founded firm": a date right before an event's participle is that event's.
const participleDated = (cx: SentenceContext, date: Span) => {
  const { lexicon, text } = cx;
  return (cx.eventTriggers ??= lexicon.anyEventTrigger(text)).some(
    (m) => m.start >= date.end && (/^-$/u.test(text.slice(date.end, m.start)) || (/^\s+$/u.test(text.slice(date.end, m.start)) && PARTICIPLE_END.test(text.slice(m.start, m.end)))),
  );
};
// "X, the exchange headquartered in Y, today announced …": a date after the value, past a comma, in a stretch between
// commas that holds a verb of its own.
const otherVerbsClause = (cx: SentenceContext, date: Span, span: Span): boolean => {
  const { text } = cx;
  if (date.start < span.end || !/[,，]/u.test(text.slice(span.end, date.start))) return false;
  const from = Math.max(text.lastIndexOf(',', date.start), text.lastIndexOf('，', date.start)) + 1;
  const rest = text.slice(date.end);
  const stop = rest.search(/[,，;；]/u);
  const clause = `${text.slice(from, date.start)} ${stop === -1 ? rest : rest.slice(0, stop)}`;
  return CLAUSE_VERB.test(clause);
};
/** "on 13 March 2025 the policy rate …", "am 13. März 2025 den Leitzins …": a bare number that is a date's day is no figure. */
const dayOfADate = (cx: SentenceContext, q: QuantityMatch) => q.quantity.unit === '' && q.quantity.min === q.quantity.max && Number.isInteger(q.quantity.min) && q.quantity.min! >= 1 && q.quantity.min! <= 31 &&
  allDatesOf(cx).some((d) => d.start <= q.numberSpan.start && q.numberSpan.end <= d.end);
const datesOf = (cx: SentenceContext): DateMatch[] => (cx.dates ??= noted(cx, allDatesOf(cx).filter((d) => ownDate(cx, d))));
// "the deadliest since 2009, when a flood killed 12": a figure in a clause that "when" opens right after a date is that
// date's, another time's than the sentence's news.
const whenClauseDate = (cx: SentenceContext, at: number): TimeScope | undefined => {
  const { text } = cx;
  for (const d of allDatesOf(cx)) {
    const when = WHEN_AFTER_DATE.exec(text.slice(d.end, d.end + 16));
    if (when && d.end + when[0].length <= at && !/[;；.!?。]/u.test(text.slice(d.end, at))) return { ...d.scope, text: text.slice(d.start, d.end) };
  }
  return undefined;
};
// "X, released on March 3, 2026, moved to …": the date of a release phrase dates the release, not what else the sentence says.
const releaseDated = (cx: SentenceContext, d: DateMatch) => {
  const { text } = cx;
  return RELEASE_BEFORE_DATE.test(text.slice(Math.max(0, d.start - 30), d.start));
};
const eventPhraseDate = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  const from = Math.max(0, d.start - 60);
  const phrase = EVENT_PHRASE_BEFORE_DATE.exec(text.slice(from, d.start));
  if (!phrase) return false;
  // (The event's own word in the phrase, or right after its date: "since its opening in 2012", "after the 1945 flood".)
  return trigger === undefined || !((trigger >= from + phrase.index && trigger < d.start) || (trigger >= d.end && /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(d.end, trigger))));
};
// "发射成功:预计9月5日着陆" (launched; expected to land on 5 September): a date in a later clause that a
// prediction cue stands before is the predicted statement's, not that of the event the sentence asserts.
const predictedDate = (cx: SentenceContext, d: DateMatch, span: Span) => {
  const { text, lexicon } = cx;
  return d.start >= span.end && /[,;:，；：]/u.test(text.slice(span.end, d.start)) && modalityAt(lexicon, text, d.start) === 'predicted';
};
// "In May, Halden said the drug will soon be approved", "3月,X就表示…将很快获批": a date before a verb of saying dates
// the saying, not the event it predicts.
const sayingDated = (cx: SentenceContext, d: DateMatch, span: Span) => {
  const { text } = cx;
  return d.end <= span.start && SAYING.test(text.slice(d.end, span.start).replace(RELATIVE_ASIDE, ' '));
};
// "X today announced the successful maiden flight of Y": a day the report counts from the page's dates the announcing.
const reportDay = (cx: SentenceContext, d: DateMatch) => {
  const { text, dateline, sentenceSpan } = cx;
  return /^(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|hoy|ayer|heute|gestern|aujourd['’]hui)$/iu.test(text.slice(d.start, d.end)) ||
  (dateline !== undefined && sentenceSpan.start + d.start === dateline.at.start);
};
// "…获得批准；2026年3月，另一机构也批准了…", "revenue was $5 billion; in 2024 it rose": a semicolon parts the clauses, and
// a date past it is the next clause's.
const otherClause = (cx: SentenceContext, d: DateMatch, span: Span) => {
  const { text } = cx;
  return /[;；]/u.test(d.start >= span.end ? text.slice(span.end, d.start) : text.slice(d.end, span.start));
};
// "Unveiled in 2021, the Lark arrives on PC on May 14": a date the trigger's own clause holds dates the event before a
// date a comma parts from it (another verb's, or a clause about something else); with none in the clause, the nearest.
const outsideClause = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  if (trigger === undefined) return 0;
  const between = d.end <= trigger ? text.slice(d.end, trigger) : text.slice(trigger, d.start);
  // (An aside is looked for only where a mark stands at all.)
  return CLAUSE_MARK.test(between) && CLAUSE_MARK.test(between.replace(NAME_ASIDE, ' ')) ? OUTSIDE_CLAUSE : 0;
};
// "Halden's Q4 2023 earnings report was out on Feb 1": a quarter or a half written right before the event's word names the
// period the event is about, not when it happened.
const periodOfEvent = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  return trigger !== undefined && (d.precision === 'quarter' || d.precision === 'half') && d.end <= trigger && /^\s*$/u.test(text.slice(d.end, trigger));
};
const ownYearless = (cx: SentenceContext) => (cx.ownYearlessDates ??= new Set(yearlessOf(cx).filter((d) => ownDate(cx, d) && !birthDate(cx, d) && !releaseDated(cx, d))));
const birthDate = (cx: SentenceContext, d: DateMatch) => {
  const { text } = cx;
  return BORN_BEFORE_DATE.test(text.slice(Math.max(0, d.start - 16), d.start)) || BORN_AFTER_DATE.test(text.slice(d.end, d.end + 6));
};
const frontedDate = (cx: SentenceContext): TimeScope | undefined => {
  const { text } = cx;
  const first = datesOf(cx)[0];
  return first && FRONTED_DATE_BEFORE.test(text.slice(0, first.start)) && /^\s*,/u.test(text.slice(first.end)) ? first.scope : undefined;
};
// "Before Line 4 opened, the metro carried 488 million passengers in 2024": an event in a clause of time that opens the
// sentence takes no date from the main clause after its comma.
const pastFrontedClause = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  if (trigger === undefined || d.start < trigger || !FRONTED_TIME_CLAUSE.test(text.slice(0, trigger))) return false;
  const comma = text.slice(trigger).search(/[,，;]/u);
  return comma !== -1 && d.start > trigger + comma;
};
// "The port was started in 2027, before X was released", "stalled in 2027 until X shipped": an event in a clause of time
// that follows a date takes no date from the main clause before it (the event came before or after that date).
const pastTrailingClause = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  return trigger !== undefined && d.end <= trigger && TRAILING_TIME_CLAUSE.test(text.slice(d.end, trigger));
};
// "certified the results of the 14 September general election on Wednesday", "les résultats de l'élection du 14 septembre":
// a date between a determiner and a noun, or right after a noun by "du" or "vom", names that noun's time, not the time of
// an event whose word stands elsewhere (but "the 2019 launch of X" dates the launch).
// "the focus of this year's project is the X release": a date in the possessive names the time of the noun after it (but
// "last year's launch of X" dates the launch).
const attributiveDate = (cx: SentenceContext, d: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  return trigger !== undefined &&
  !(trigger >= d.end && NOUN_PHRASE_GOES_ON.test(text.slice(d.end, trigger).replace(POSSESSIVE_S, ''))) &&
  (POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 6)) ||
    (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
    !ADVERBIAL_THE_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)) &&
    ATTRIBUTIVE_AFTER.test(text.slice(d.end, d.end + 24))) ||
    (trigger < d.start && ![undefined, trigger].includes(nounOfDateBefore(cx, d))));
};
/** Where the noun that "du", "vom" or "del" ties the date to starts, if one does. */
const nounOfDateBefore = (cx: SentenceContext, d: DateMatch) => {
  const { text } = cx;
  const m = NOUN_OF_DATE_BEFORE.exec(text.slice(Math.max(0, d.start - 30), d.start));
  return m ? Math.max(0, d.start - 30) + m.index : undefined;
};
// "In May 2026, the court confirmed the decision that X imposed …": the event is a finding's content, the date the finding's.
const findingBefore = (cx: SentenceContext, date: DateMatch, trigger: number | undefined) => {
  const { text } = cx;
  return trigger !== undefined && date.end <= trigger && CONTENT_CLAUSE_BETWEEN.test(text.slice(date.end, trigger));
};
// "revenue of €5.9 billion (2023: €5.3 billion)", "up from €5.3 billion in 2023", "(Q1 2024: €71 million)": a date that
// stands with another figure in parentheses the figure is not in, or right after a figure that is no value stated (the
// one compared with), dates that figure and no other.
/** Whether a figure is the one a change is measured from: "up 14% from $5.44 billion", "down from 12". */
const changedFrom = (cx: SentenceContext, f: QuantityMatch) => {
  const { text } = cx;
  return CHANGED_FROM_BEFORE.test(text.slice(Math.max(0, f.span.start - 24), f.span.start));
};
/** Whether a date stands right after such a figure, as its date ("… from $5.44 billion in the fourth quarter of 2022"). */
const baseDate = (cx: SentenceContext, d: DateMatch) => {
  const { text } = cx;
  return cx.figures.some((f) => f.span.end <= d.start && COMPARED_DATE_BETWEEN.test(text.slice(f.span.end, d.start)) && changedFrom(cx, f));
};
const datesAnother = (cx: SentenceContext, date: DateMatch, span: Span): boolean => {
  const { text, parens, statedFigures } = cx;
  return cx.figures.some((f) => {
    if (f.span.end > span.start && f.span.start < span.end) return false;
    // "won 98 of the 240 seats in the 14 September 2025 election": the whole a part is counted from is of the part's time.
    if (f.span.start >= span.end && partToWhole(text.slice(span.end, f.span.start))) return false;
    const paren = enclosing(parens, date);
    if (paren && paren.start <= f.span.start && f.span.end <= paren.end && !(paren.start <= span.start && span.end <= paren.end)) return true;
    const between = text.slice(f.span.end, date.start);
    // Past a comma only after a restatement ("compared with $109 million, or 59 cents, in …"); else the comma closes the
    // compared phrase and the date is the sentence's ("up from $109 million, in the third quarter of 2025").
    const commaOk = !/^\s*,/u.test(between) || /,\s+or\s+$/u.test(text.slice(Math.max(0, f.span.start - 8), f.span.start));
    // "$6.3 billion, up 14% from $5.44 billion in the fourth quarter of 2022": a figure changed from dates it even when stated,
    // for the figures before "from" (a figure after the date may still take it).
    return (!statedFigures.has(f) || (span.end <= f.span.start && changedFrom(cx, f))) && f.quantity.unit !== 'ratio' && date.start >= f.span.end && commaOk && COMPARED_DATE_BETWEEN.test(between);
  });
};
/** The parentheses a date stands in, outside `span`, when they say when someone lived or something was made ("(1822–1896)", "(born 1866)"). */
const madeOrLivedParen = (cx: SentenceContext, date: DateMatch, span: Span): Span | undefined => {
  const { parens, text } = cx;
  const paren = enclosing(parens, date);
  return paren && !(paren.start <= span.start && span.end <= paren.end) && MADE_OR_LIVED.test(text.slice(paren.start + 1, paren.end - 1)) ? paren : undefined;
};
/** Such parentheses right after a capitalised word that is not in the event's own span: "the collection of Arne Halvorsen (1822–1896)". */
const lifeSpan = (cx: SentenceContext, date: DateMatch, span: Span): boolean => {
  const { text } = cx;
  const paren = madeOrLivedParen(cx, date, span);
  // (The span of a name the claim is about is its own: "Émile Sarrazine (1851–1922), né à …", "X (born 3 March 1979)".)
  if (!paren || (paren.start >= span.start && paren.start <= span.end + 2)) return false;
  return /(?:^|[\s(])\p{Lu}[\p{L}'’.-]*\s*$/u.test(text.slice(Math.max(0, paren.start - 40), paren.start));
};
/** Such parentheses right after a name a pack knows: "The Lantern Field (1911), which fetched £9.6 million". */
const namesDate = (cx: SentenceContext, date: DateMatch, span: Span): boolean => {
  const { mentions, text } = cx;
  const paren = madeOrLivedParen(cx, date, span);
  return paren !== undefined && mentions.some((m) => m.end <= paren.start && /^\s*$/u.test(text.slice(m.end, paren.start)));
};
// `flow`: the figure covers a period (a quarter's revenue): a day ("today reported revenue of … for the first quarter")
// dates it only where the sentence gives no longer period.
// `category`: a value, not a figure: a date nearer to a figure of the sentence is that figure's ("The open-pit X mine
// produced 58,000 tonnes in 2024": the method is not 2024's).
const mannerDated = (cx: SentenceContext, date: Span, span: Span) => {
  const { lexicon, text } = cx;
  return date.start >= span.end && (cx.eventTriggers ??= lexicon.anyEventTrigger(text)).some((m) => m.start <= span.start && m.end <= date.start && !/[,;:.!?，；。]/u.test(text.slice(m.end, date.start)));
};
const datesLaterFigure = (cx: SentenceContext, date: Span, span: Span) => {
  const { text } = cx;
  return date.start >= span.end && /[，,;；]/u.test(text.slice(span.end, date.start)) && cx.figures.some((f) => f.span.start >= date.end && !/[，,;；。.!?]/u.test(text.slice(date.end, f.span.start)));
};
const inFrontedClause = (cx: SentenceContext, date: Span, span: Span) => {
  const { text } = cx;
  return date.end <= (cx.frontedEnd ??= frontedClauseEnd(text)) && span.start >= cx.frontedEnd;
};
const datedRightAfter = (cx: SentenceContext, span: Span) => {
  const { index, text } = cx;
  return [...datesOf(cx), ...cuesOf(cx, index).filter((c) => !c.other && !c.near)].some((d) => d.start >= span.end && DATE_RIGHT_AFTER.test(text.slice(span.end, d.start)));
};
/** Whether a date follows "since" in its phrase, and the event's word (at `trigger`) is not between the two. */
const sinceOutside = (cx: SentenceContext, date: Span, trigger: number): boolean => {
  const { text } = cx;
  const before = text.slice(Math.max(0, date.start - 50), date.start);
  const since = SINCE_PHRASE.exec(before);
  if (!since) return false;
  const sinceAt = date.start - before.length + since.index;
  return trigger < sinceAt || trigger >= date.start;
};
const timeOf = (cx: SentenceContext, span: Span, forEvent = false, asserted = false, trigger?: number, length?: PeriodLength, flow = false, category = false): TimeScope | undefined => {
  const { text, dateline, sentenceSpan, state, entry } = cx;
  let best: { d: number; scope: TimeScope } | undefined;
  let bestDay: { d: number; scope: TimeScope } | undefined;
  /** The periods of `length` the sentence names, however far from the figure. */
  const ofLength: TimeScope[] = [];
  // On a tie the date after the statement wins: "21% in 2025 from 19% in 2024".
  const now = forEvent ? undefined : nowWordBefore(text, span.start);
  for (const date of datesOf(cx)) {
    if (!forEvent && releaseDated(cx, date)) continue;
    // "may hit €5 by 2027, well above its current fare of €3.10": a date in another figure's
    // clause, before the word that says this one holds now, is that figure's.
    if (now !== undefined && date.end <= now && CLAUSE_MARK.test(text.slice(date.end, now)) && cx.figures.some((f) => f.span.end <= date.start && !CLAUSE_MARK.test(text.slice(f.span.end, date.start)))) continue;
    // "the best vote share since its win in 2001", "the highest since 2019": the mark measured from, not the figure's time.
    if (!forEvent && SINCE_PHRASE.test(text.slice(Math.max(0, date.start - 50), date.start))) continue;
    // "rebuilt after the 1945 flood", "900 visiteurs par jour depuis son ouverture en 2012": a date of another event a phrase of
    // time names is that event's; it dates the event whose word the phrase holds ("depuis son inauguration en 2010"), nothing else.
    // (A fronted clause of time still dates a level, as above: "After its listing in 2019, X had 2,300 employees".)
    if (eventPhraseDate(cx, date, forEvent ? trigger : undefined) && (forEvent || !inFrontedClause(cx, date, span))) continue;
    // (An event's word outside the "since" phrase: see eventTimeOf.)
    if (forEvent && trigger !== undefined && sinceOutside(cx, date, trigger)) continue;
    if (forEvent && trigger !== undefined && anotherEventsDate(text, date, { start: trigger, end: trigger }, yearlessOf(cx))) continue;
    if (forEvent && trigger !== undefined && date.start >= trigger && LATER_PREDICATE_BETWEEN.test(text.slice(trigger, date.start))) continue;
    if (otherClause(cx, date, span)) continue;
    // (A date in a fronted clause of time bounds when the main clause holds: "After its listing in 2019, X had 2,300
    // employees" is of 2019 still. Only an event's date is the fronted clause's own: below.)
    if (forEvent && inFrontedClause(cx, date, span)) continue;
    if (!forEvent && datesAnother(cx, date, span)) continue;
    // "scores 81.4, roughly level with closed models released in late 2024", "than models launched in 2024": a date in the
    // phrase about the things compared with is theirs.
    if (date.start >= span.end && COMPARED_THINGS_DATED.test(text.slice(span.end, date.start))) continue;
    // "rose 5.1% in 2030, and 4.4% in the first half of 2031", "£2.2 billion in the first half, and £4.7 billion in 2030": a
    // date written right after another figure is that figure's, when a date or a period is written right after this one too.
    if (!forEvent && datedRightAfter(cx, span) && cx.figures.some((f) => (f.span.end <= span.start || f.span.start >= span.end) && f.span.end <= date.start && DATE_RIGHT_AFTER.test(text.slice(f.span.end, date.start)))) continue;
    // "total funding of $2.1 billion, including a $400 million Series C completed in 2022": a date past a part's figure is the part's.
    if (!forEvent && date.start >= span.end && INCLUDED_FIGURE_BETWEEN.test(text.slice(span.end, date.start))) continue;
    // "The Lantern Field (1911), which fetched £9.6 million", "X (born 1866, died 1939) sold for …": a date in parentheses
    // right after a name is that name's (when it was made, a life's span), not a figure's outside them.
    if (!forEvent && namesDate(cx, date, span)) continue;
    if (forEvent && lifeSpan(cx, date, span)) continue;
    if (category && cx.figures.some((f) => (f.span.end <= span.start || f.span.start >= span.end) && distance(text, date, f.span) < distance(text, date, span))) continue;
    // "was founded in 2022 and is headquartered in X", "成立于2021年，总部位于X": a date an event's verb governs is that event's;
    // "founded in 1931 and employs about 17,500 people": so for a figure of a predicate coordinated after it.
    if (category && eventDated(cx, date)) continue;
    // "X, das 2018 gegründete Unternehmen mit Sitz in Y", "the 2018-founded firm based in Y": a date an attributive
    // participle governs dates that participle's event only; "X, the exchange headquartered in Y, today announced …": a
    // date in a clause of another verb after the value's, past a comma, dates that verb. A category takes neither.
    if (category && (ATTRIBUTIVE_PARTICIPLE_AFTER.test(text.slice(date.end, date.end + 40)) || otherVerbsClause(cx, date, span))) continue;
    // "made landfall as a Category 3 hurricane on September 14": a value said of how an event happened, the event's word
    // before it and the date after it in one clause: the date is the event's.
    if (category && mannerDated(cx, date, span)) continue;
    if (!forEvent && date.end <= span.start && AND_AFTER_DATE.test(text.slice(date.end, span.start)) && PRESENT_AFTER_AND.test(text.slice(date.end, date.end + 40)) && eventDated(cx, date)) continue;
    if (!forEvent && participleDated(cx, date)) continue;
    // "The stands were rebuilt in 1998, and the ground now holds 38,500": a clause joined after the date that says its figure
    // holds now is not of the date.
    if (!forEvent && date.end <= span.start && AND_NOW_BETWEEN.test(text.slice(date.end, span.start))) continue;
    // "born on 9 February 2001, is 24", "2001年2月19日生まれの24歳": a birth date dates the birth, not a figure.
    if (!forEvent && birthDate(cx, date)) continue;
    // "In 2023 X generated 2.1 TWh, and this year it ran only in cold spells": a date that opens a clause after the figure's,
    // its own subject after it, is that clause's.
    if (!forEvent && date.start >= span.end && CLAUSE_OPENS_BEFORE.test(text.slice(span.end, date.start)) && SUBJECT_AFTER_DATE.test(text.slice(date.end, date.end + 30))) continue;
    // "…共交付新车31.2万辆，同比增长38%，2024年全年交付量为22.6万辆": a date past a clause break after the figure, with a figure of
    // its own after it in its clause, dates that one.
    if (!forEvent && datesLaterFigure(cx, date, span)) continue;
    // "成立于1952年，是一所公立大学，现有在校生约5.2万人", "was established in 1931, has a workforce of 2,400": a date an event's
    // word governs, before a Chinese comma or a comma and a verb in the present, is the event's (a comma may also open a
    // phrase of the same moment: "went public in 2021, raising $1.5 billion").
    if (!forEvent && date.end <= span.start && (/[，、]/u.test(text.slice(date.end, span.start)) || PRESENT_PREDICATE_BETWEEN.test(text.slice(date.end, span.end))) && eventDated(cx, date)) continue;
    // A dateline's date dates the sentence's figures only as the entry's date does (below), never as a date of their own.
    if (!forEvent && dateline && sentenceSpan.start + date.start === dateline.at.start) continue;
    // "X, which sold its stake in Y two years ago, now owns 10%", "X, a line that opened in 2019, carried …", "A X, fundada
    // em 1987, emprega …": a date in a relative clause or an aside that closes before a figure is that clause's;
    // "2,140 points, roughly what a flagship managed three years ago", "…, which ran in 2015": a date in a clause after
    // the figure about something else. (An event's date stays with the nearest verb.)
    if (inClosedRelative(text, date, span.start) && (!forEvent || NOW_BEFORE.test(text.slice(date.end, span.start)))) continue;
    // "Founded in 1889, the university received 52,700 applications": the date an event's participle governs in a clause
    // opening the sentence is that clause's, not the figure's ("Measured in 2024, …" still dates it).
    if (!forEvent && inFrontedParticiple(text, date, span.start) && eventDated(cx, date)) continue;
    if (forEvent && trigger !== undefined && asideBefore(cx, date, trigger)) continue;
    if (date.start >= span.end && RELATIVE_BETWEEN.test(text.slice(span.end, date.start))) continue;
    if (forEvent && asserted && predictedDate(cx, date, span)) continue;
    if (forEvent && (!asserted || reportDay(cx, date)) && sayingDated(cx, date, span)) continue;
    if (forEvent && periodOfEvent(cx, date, trigger)) continue;
    if (forEvent && findingBefore(cx, date, trigger)) continue;
    if (forEvent && attributiveDate(cx, date, trigger)) continue;
    if (forEvent && (editionYear(cx, date) || nameYear(cx, date, trigger))) continue;
    if (forEvent && governedByAnother(cx, date, trigger)) continue;
    if (forEvent && (pastFrontedClause(cx, date, trigger) || pastTrailingClause(cx, date, trigger))) continue;
    if (forEvent && editedOn(cx, date, trigger)) continue;
    if (length !== undefined && date.precision === length) ofLength.push(date.scope);
    const d = distance(text, date, span) - (date.start >= span.end ? 0.5 : 0);
    const rank = forEvent ? d + outsideClause(cx, date, trigger) : d;
    if (flow && date.scope.start === date.scope.end) {
      if (d <= DATE_WINDOW && (!bestDay || rank < bestDay.d)) bestDay = { d: rank, scope: date.scope };
    } else if (d <= DATE_WINDOW && (!best || rank < best.d)) best = { d: rank, scope: date.scope };
  }
  // "2024年11月1日，X公布10月交付数据：当月共交付新车32,418辆": a flow's figure its clause gives a month (a quarter, a half)
  // without a year is of that period, not of the day another clause names (the day the figures were announced on).
  if (!best && bestDay && flow && !forEvent) {
    for (const date of yearlessOf(cx)) {
      if (date.precision === 'day' || date.precision === 'year' || !ownYearless(cx).has(date)) continue;
      const between = date.end <= span.start ? text.slice(date.end, span.start) : date.start >= span.end ? text.slice(span.end, date.start) : undefined;
      if (between === undefined || /[,;，；、。.!?]/u.test(between)) continue;
      const d = distance(text, date, span);
      if (d <= DATE_WINDOW && (!best || d < best.d)) best = { d, scope: date.scope };
    }
  }
  best ??= bestDay;
  // "Halden's Q2 2025 report showed a doubling of profits, with net income climbing to $3.1 billion": a quarter's (or
  // half's) figure takes the one quarter its sentence names, however far.
  // "Shares closed at €3.42 on March 14" on a page of March 15: with no date of its own year, a figure takes a day its
  // sentence writes without one, in the year that puts it nearest the page's date.
  if (!best && !forEvent && ofLength.length === 0 && state.today) {
    for (const date of yearlessOf(cx)) {
      if ((date.precision !== 'day' && date.precision !== 'month') || !date.value.yearFromDocument || otherClause(cx, date, span) || SINCE_PHRASE.test(text.slice(Math.max(0, date.start - 50), date.start))) continue;
      // "su nivel más débil desde octubre", "than in March": a mark measured from, as for a date with its year.
      if (!ownYearless(cx).has(date)) continue;
      // "a 46% premium to where its shares traded on January 14": a day in a clause after the figure is that clause's.
      if (date.start >= span.end && CLAUSE_AFTER_FIGURE.test(text.slice(span.end, date.start))) continue;
      if (datesLaterFigure(cx, date, span)) continue;
      if (category && mannerDated(cx, date, span)) continue;
      // "The outbreak, which it declared on March 21, had caused 2,016 cases": as a date with its year, a day in a clause
      // that closes before the figure is that clause's.
      if (inClosedRelative(text, date, span.start)) continue;
      const d = distance(text, date, span) - (date.start >= span.end ? 0.5 : 0);
      if (d <= DATE_WINDOW && (!best || d < best.d)) best = { d, scope: date.scope };
    }
  }
  return best?.scope ?? (ofLength.length === 1 ? ofLength[0] : entry);
};
// (A half in words only for a figure of a half: "in the first half" may be a match's.)
const endedPeriodOf = (cx: SentenceContext, span: Span, length: PeriodLength | undefined): TimeScope | undefined => {
  const { state, block, text } = cx;
  if (!state.today) return undefined;
  // "## 2021" above, "Halden struggled in 2019. Revenue fell 4% in the third quarter": a year the paragraph or a heading
  // above names may be the quarter's; then it is not placed.
  if (YEAR_WRITTEN.test(block.text) || state.sections.some((s) => s.namesYear || s.periodDate)) return undefined;
  const clause = text.slice(Math.max(0, ...[...text.slice(0, span.start).matchAll(/[,;:，；：]/gu)].map((m) => m.index + 1)), span.end);
  if (!toldInPast(clause)) return undefined;
  let best: { d: number; scope: TimeScope; date: DateMatch } | undefined;
  for (const date of (cx.endedDates ??= noted(cx, findDates(text, state.today, { ended: true }).filter((d) => !d.scope.start.startsWith('~'))))) {
    if ((date.precision !== 'quarter' && date.precision !== 'half') || !date.value.yearFromDocument) continue;
    if (date.precision === 'half' && length !== 'half' && /half/iu.test(text.slice(date.start, date.end))) continue;
    if (!ownDate(cx, date) || otherClause(cx, date, span) || datesAnother(cx, date, span) || SINCE_PHRASE.test(text.slice(Math.max(0, date.start - 50), date.start))) continue;
    if (date.start >= span.end && CLAUSE_AFTER_FIGURE.test(text.slice(span.end, date.start))) continue;
    if (inClosedRelative(text, date, span.start)) continue;
    // Only in the figure's own clause ("grew 6%, aided by higher tariffs in the second half" is not the half's), or in a
    // phrase that opens the sentence ("In the third quarter, sales rose 2.8%").
    if (/[,;:，；：]/u.test(date.start >= span.end ? text.slice(span.end, date.start) : text.slice(date.end, span.start)) && !(date.end <= span.start && /^\W*(?:\p{L}+\s+){0,2}$/u.test(text.slice(0, date.start)))) continue;
    const d = distance(text, date, span) - (date.start >= span.end ? 0.5 : 0);
    if (d <= DATE_WINDOW && (!best || d < best.d)) best = { d, scope: date.scope, date };
  }
  // The quarter so placed is one the page names: "Of the $2.7 billion in quarterly revenue, …" after it is of it.
  if (best) notePartsNamed(state, [best.date]);
  return best?.scope;
};
// "Halden posted fourth-quarter revenue of $4.2 billion", "Halden's quarterly revenue rose to $3.1 billion", "revenue for
// the quarter" on a dated page: a figure told in the past of a quarter its own sentence names with no date, the latest
// such quarter that had ended by the page's date, so that a release and a column four days later that names no quarter
// meet. A half only where its words say which ("first-half sales": "in the half" may be a match's). Not where the page
// names quarters of its own (they place it, or it is of one of them), nor after a year the page has written so far
// ("up 14% from the fourth quarter of 2022. … Quarterly revenue was …"), nor where its sentence names a month or a day
// ("for the three months to June 30": that quarter, whose year it does not say).
const endedPartOf = (cx: SentenceContext, span: Span, anchor: number, length: PeriodLength | undefined): TimeScope | undefined => {
  const { state, text, index } = cx;
  if (!state.today || (length !== 'quarter' && length !== 'half') || periodLengthAt(text, cuesOf(cx, index), anchor) !== length) return undefined;
  if (state.namedParts?.[length].size || state.yearWritten || state.sections.some((s) => s.namesYear || s.periodDate)) return undefined;
  const named = periodNamedAt(text, cuesOf(cx, index), anchor);
  const which = named === undefined ? undefined : ['first', 'second', 'third', 'fourth'].indexOf(named.split(' ')[0]!) + 1;
  if (which === undefined && (length === 'half' || QUARTER_ORDINALS.some(([re]) => re.test(text)))) return undefined;
  if (yearlessOf(cx).length > 0) return undefined;
  const clause = text.slice(Math.max(0, ...[...text.slice(0, span.start).matchAll(/[,;:，；：]/gu)].map((m) => m.index + 1)), span.end);
  if (!toldInPast(clause)) return undefined;
  const part = latestEndedPart(state.today, length, which);
  if (!part) return undefined;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(part.end.slice(5, 7)) - 1]!;
  const scope = { ...part, text: named ? `${named} ${part.end.slice(0, 4)}` : `the ${length} to ${month} ${part.end.slice(0, 4)}` };
  (state.namedParts ??= { quarter: new Map(), half: new Map() })[length].set(scope.start, scope);
  return scope;
};
const yearlessOf = (cx: SentenceContext): DateMatch[] => {
  const { text, state } = cx;
  return (cx.yearless ??= noted(cx, findDates(text, state.today, { yearless: true }).filter((d) => !d.scope.start.startsWith('~'))));
};
/** Whether the event's clause tells it at a time it does not place ("found the torc last summer"). */
const untoldDay = (cx: SentenceContext, trigger: number) => {
  const { text } = cx;
  const start = Math.max(0, ...[...text.slice(0, trigger).matchAll(/[;:，；]|,\s/gu)].map((m) => m.index + m[0].length));
  const stop = text.slice(trigger).search(/[;:，；]|,\s/u);
  return UNPLACED_TIME.test(text.slice(start, stop === -1 ? text.length : trigger + stop));
};
const eventTimeOf = (cx: SentenceContext, span: Span, asserted: boolean, trigger: number): TimeScope | undefined => {
  const { text, dateline, sentenceSpan, state, timedEntry, block, entry } = cx;
  let best: { d: number; scope: TimeScope } | undefined;
  // "Norvania's 2025 general election, held on 21 September 2025, gave …": the aside's date, not the year before the word.
  const heldOn = yearlessOf(cx).find((d) => d.start > trigger && HELD_ON_AFTER_EVENT.test(text.slice(trigger, d.start)));
  if (heldOn) return heldOn.scope;
  for (const date of yearlessOf(cx)) {
    if (editionYear(cx, date) || nameYear(cx, date, trigger)) continue;
    // "14日（日本時間15日）": the same moment in another zone, not a date of its own.
    if (CONVERTED_DATE_BEFORE.test(text.slice(Math.max(0, date.start - 16), date.start))) continue;
    // "won the Golden Heron and then, in October, became …": a date past "and then" is the next predicate's.
    if (date.start >= trigger && THEN_BETWEEN.test(text.slice(trigger, date.start))) continue;
    // "founded X and sold it to Y in 1995": a date past another predicate coordinated after the event's is that predicate's.
    if (date.start >= trigger && LATER_PREDICATE_BETWEEN.test(text.slice(trigger, date.start))) continue;
    // "SANTA LUCERA, March 29 — The bank cut its rate … on Wednesday, March 27": a dateline dates the report; it dates an
    // event only as the entry's date does, when the sentence names no other (below).
    if (dateline && sentenceSpan.start + date.start === dateline.at.start && yearlessOf(cx).some((d) => d !== date && d.start >= trigger)) continue;
    // "DUNMARSH, 30 August 2025 — A volunteer found the torc last summer": not on the dateline's day.
    if (dateline && sentenceSpan.start + date.start === dateline.at.start && untoldDay(cx, trigger)) continue;
    if (governedByAnother(cx, date, trigger)) continue;
    // "born in A in 1841 and died in B in 1903": a date that ends the predicate before "and" is that predicate's.
    if (date.end <= trigger && ENDS_PREDICATE_BEFORE.test(text.slice(date.end, trigger))) continue;
    // "El banco, fundado en 1927, subió el tipo …": a date in an aside that closes before the event's verb is the aside's
    // (the founding, whose verb is in the aside, keeps it).
    if (asideBefore(cx, date, trigger)) continue;
    if (asserted && predictedDate(cx, date, span)) continue;
    if ((!asserted || reportDay(cx, date)) && sayingDated(cx, date, span)) continue;
    if (otherClause(cx, date, span)) continue;
    if (inFrontedClause(cx, date, span)) continue;
    if (periodOfEvent(cx, date, trigger)) continue;
    if (findingBefore(cx, date, trigger)) continue;
    if (attributiveDate(cx, date, trigger)) continue;
    if (pastFrontedClause(cx, date, trigger) || pastTrailingClause(cx, date, trigger)) continue;
    if (editedOn(cx, date, trigger)) continue;
    // "for the first time in 40 years since 1986": the mark counted from, not when the event happened.
    if (FIRST_SINCE.test(text.slice(Math.max(0, date.start - 60), date.start))) continue;
    // "rebuilt after the 1945 flood": another event's date, not this one's (its own in the phrase keeps it: "since its opening in 2012").
    if (eventPhraseDate(cx, date, trigger)) continue;
    // ("…on March 16, and its 35th launch, X, …", "following launches in 2028 and 2029": src/extract/event-dates.ts.)
    if (anotherEventsDate(text, date, { start: trigger, end: trigger }, yearlessOf(cx))) continue;
    // "searches have doubled since the beginning of 2023, … matching the releases of X and Y": a date that opens a span
    // after "since" dates no event whose word stands outside that phrase ("since its release in 2023" dates the release).
    if (sinceOutside(cx, date, trigger)) continue;
    // "the collection of Arne Halvorsen (1822–1896)": a life's span or a making's year in parentheses after a name is the name's.
    if (lifeSpan(cx, date, span)) continue;
    // "loaded on July 10, the last day before Orbis-3 launched": a date the event came after (or before).
    if (BEFORE_OR_UNTIL.test(date.end <= span.start ? text.slice(date.end, span.start) : text.slice(span.end, date.start))) continue;
    // "9月12日に公開され、14日までの3日間で…": a day a span runs until is not when the event happened.
    if (UNTIL_AFTER_DATE.test(text.slice(date.end, date.end + 4))) continue;
    // (The words of an aside between the event's word and a date after it are not counted, nor is its commas' clause.)
    const aside = date.start >= trigger ? asideWords(text.slice(trigger, date.start)) : 0;
    const d = distance(text, date, span) - aside - (date.start >= span.end ? 0.5 : 0);
    const rank = d + (aside > 0 && !CLAUSE_MARK.test(withoutAsides(text.slice(trigger, date.start))) ? 0 : outsideClause(cx, date, trigger));
    if (d <= DATE_WINDOW && (!best || rank < best.d)) best = { d: rank, scope: date.scope };
  }
  // A timeline's label or a byline's date ("April 4: …", "*Courier — March 20, 2026*") dates an event that names no date of its own.
  if (best) return best.scope;
  // "cut its benchmark interest rate by 50 basis points to 9.25% on Wednesday, March 27": a day after "on" in the event's own
  // clause dates it, however many words stand between.
  // Not past a word that opens another clause or names another moment ("for the first time since the crash on March 3",
  // "a listing that came after X's debut on March 3", "will announce its next decision on May 8"), nor a day after the page's.
  const today = state.today ? dayPeriod(state.today).end : undefined;
  const onDay = yearlessOf(cx).find(
    (d) =>
      d.start >= trigger &&
      d.precision === 'day' &&
      (today === undefined || d.scope.end <= today) &&
      !(dateline && sentenceSpan.start + d.start === dateline.at.start) &&
      /(?<![\p{L}])on\s+$/iu.test(text.slice(Math.max(0, d.start - 4), d.start)) &&
      !/[,;:!?，；：。]|\.(?!\d)/u.test(withoutAsides(text.slice(trigger, d.start))) &&
      !ANOTHER_MOMENT_BETWEEN.test(text.slice(trigger, d.start)),
  );
  if (onDay) return onDay.scope;
  if (state.pendingDate) return state.pendingDate;
  // "KESSMERE, 6 May 2025 — X today announced the maiden flight of Y": the page's or the entry's day dates the announcing,
  // not an event it reports.
  // (What the entry's verb reports, not an event named as a noun: "Brenfold has lodged a bond for the appeal" is no appeal of that hour.)
  // (Nor one a relative clause or a compound tells of someone: "X, who founded the label, says", "the Oslo-born rower".)
  // (Only in the entry's first sentence, before any comma or colon: "**10:05** — X, opened decades ago, …" recalls, it does not report.)
  const found = timeOf(cx, span, true, asserted, trigger) ?? (timedEntry && block.text.slice(0, sentenceSpan.start).trim() === '' && entrysNews(text, trigger) ? timedEntry : undefined);
  // "DUNMARSH, 30 August 2025 — A volunteer found the torc last summer": a time the event's clause gives in words the dates
  // reader does not place says the event was not on the entry's day.
  const byEntry = found !== undefined && ((entry !== undefined && found.start === entry.start && found.end === entry.end) || found === timedEntry);
  if (byEntry && untoldDay(cx, trigger)) return undefined;
  return byEntry && (found === entry || found === timedEntry) && SAYING.test(text.slice(Math.max(0, trigger - 80), trigger)) ? undefined : found;
};
// Where a figure's own text ends (its value as written, from where it starts), for the words right after it.
const figureEnd = (cx: SentenceContext, value: Value, anchor: number): number => {
  const { text } = cx;
  const at = text.indexOf(value.text, anchor);
  return at === -1 ? anchor : at + value.text.length;
};
// The day or the later weekend of a run a figure is said of (RUN_DAY): in its phrase, or in a phrase that opens its clause ("The
// next day, it earned …", "In its sixth weekend, the film …"), with no other figure between or in that phrase; not the words of
// one of the attribute's own triggers ("opening day" where an attribute is the opening day's).
const runDayOf = (cx: SentenceContext, attribute: string, anchor: number, end: number): string | undefined => {
  const { text } = cx;
  const clauseStart = Math.max(0, ...[...text.slice(0, anchor).matchAll(/[.;!?](?=\s)|[。；]/gu)].map((m) => m.index + 1));
  const clauseEnd = (() => {
    const m = /[.;!?](?=\s|$)|[。；]/u.exec(text.slice(end));
    return m ? end + m.index : text.length;
  })();
  const phrase = phraseAt(text, anchor);
  const own = (s: number, e: number) => triggersOf(cx).some((t) => t.start < e && s < t.end && t.attributes.some((a) => a.id === attribute));
  let found: string | undefined;
  RUN_DAY.lastIndex = 0;
  const region = text.slice(clauseStart, clauseEnd);
  for (let m = RUN_DAY.exec(region); m !== null; m = RUN_DAY.exec(region)) {
    const s = clauseStart + m.index + m[0].length - m[1]!.length;
    const e = clauseStart + m.index + m[0].length;
    if (own(s, e)) continue;
    const between = e <= anchor ? { start: e, end: anchor } : { start: end, end: s };
    if (between.start > between.end || cx.figures.some((f) => f.span.start >= between.start && f.span.end <= between.end)) continue;
    const inPhrase = s >= phrase.start && e <= phrase.end;
    if (!inPhrase) {
      if (e > anchor) continue;
      // A phrase that opens the clause and holds no figure of its own.
      const cuePhrase = phraseAt(text, s);
      if (text.slice(clauseStart, cuePhrase.start).trim() !== '' || cx.figures.some((f) => f.span.start >= cuePhrase.start && f.span.end <= cuePhrase.end)) continue;
    }
    found = m[1]!.toLowerCase().replace(/[\s-]+/gu, ' ');
    if (e <= anchor) continue;
    break;
  }
  return found;
};
// Where a figure's number starts, past the hedge words its value was written with ("estimated $200 million", "over 40").
const numberStart = (cx: SentenceContext, value: Value, anchor: number): number => {
  const { text } = cx;
  if (value.kind !== 'quantity' || text.indexOf(value.text, anchor) !== anchor) return anchor;
  const at = value.text.search(/[\p{N}$€£¥]/u);
  return at > 0 ? anchor + at : anchor;
};
// A move is a share, points or an amount of money ("jumped 7%", "lost $84 billion"), not a count of things moved.
const isMove = (cx: SentenceContext, value: Value) => value.kind === 'quantity' && (value.unit === PERCENT || value.unit === PERCENTAGE_POINT || CURRENCY_CODES.has(value.unit));
// "down $190 billion since March 9": from that day to the page's; "lost $84 billion on March 21" (with no year: the
// page's year): that day. Only a date in the figure's own clause.
const changeDated = (cx: SentenceContext, span: Span, today: { start: string; end: string }): TimeScope | undefined => {
  const { text } = cx;
  for (const date of yearlessOf(cx)) {
    const between = date.start >= span.end ? text.slice(span.end, date.start) : date.end <= span.start ? text.slice(date.end, span.start) : ',';
    if (/[,;:.!?，；：。]/u.test(between) || distance(text, date, span) > DATE_WINDOW) continue;
    const lead = text.slice(Math.max(0, date.start - 8), date.start);
    if (/(?<![\p{L}])since\s+$/iu.test(lead) && date.scope.start <= today.start) return { start: date.scope.start, end: today.end, text: `since ${text.slice(date.start, date.end)}` };
    if (/(?<![\p{L}])on\s+$/iu.test(lead)) return date.scope;
  }
  return undefined;
};
// "the toll rose to 2,417", "52 goals so far": a running level with no date of its own holds at the article's date
// ("… on October 30", "… since March 9": then, or since then); on a page with no date, within the page ('page').
// A move ("shares jumped 7%", "lost $84 billion") is measured over a span its page does not state (since the last
// close, in early trading, since the news): compared only within its page, unless its clause dates it.
// `atWriting`: a level at the time of writing ("so far", "still"), not a move.
const runningAt = (cx: SentenceContext, figure: number, span: Span, value: Value): { time: TimeScope | 'page'; atWriting: boolean } | undefined => {
  const { text, state } = cx;
  // The cue as written when it names the time ("so far"), else what a tally's verb means.
  // After the statement, or inside it when its trigger follows the figure ("four matches remaining").
  const before = text.slice(Math.max(0, figure - 60), figure);
  const running =
    RUNNING_BEFORE.exec(before) ?? RUNNING_AFTER.exec(text.slice(span.end, span.end + 60)) ?? (figure < span.end ? RUNNING_AFTER.exec(text.slice(figure, span.end)) : null);
  const today = state.today ? dayPeriod(state.today) : undefined;
  if (running) return { time: today ? (changeDated(cx, span, today) ?? { ...today, text: running[1] ?? 'at the time of writing' }) : 'page', atWriting: true };
  // "has now deployed a total of 146", "since its first launch … has delivered 197" (figure-phrases.ts).
  const total = value.kind === 'quantity' && isCountUnit(value.unit) ? runningTotalAt(text, figure) : undefined;
  if (total !== undefined) return { time: today ? { ...today, text: 'at the time of writing' } : 'page', atWriting: true };
  if (!movedBy(cx, figure, value)) return undefined;
  return { time: (today && changeDated(cx, span, today)) || 'page', atWriting: false };
};
// Whether the figure is the size of a move ("jumped 7%", "added $90 billion in market value"), not a level.
// `anyUnit`: a count too, for a stock ("lost nearly 2,000 residents", "added 3,100 staff": what the level moved by).
const movedBy = (cx: SentenceContext, figure: number, value: Value, anyUnit = false): boolean => {
  const { text } = cx;
  if (!isMove(cx, value) && !(anyUnit && value.kind === 'quantity')) return false;
  const end = figureEnd(cx, value, figure);
  return CHANGE_BEFORE.test(text.slice(Math.max(0, figure - 60), figure)) || CHANGE_AFTER.test(text.slice(end, end + 12));
};
// "quarterly revenue", "full-year profit": how long a period the figure covers, as its sentence says; a figure its
// sentence says nothing of takes the paragraph's length, else its section heading's.
const lengthAt = (cx: SentenceContext, anchor: number): PeriodLength | undefined => {
  const { text, index, state } = cx;
  const own = periodLengthAt(text, cuesOf(cx, index), anchor);
  if (own !== null) return own;
  const named = blockLength(cx, index);
  return named === null ? sectionLength(state) : named;
};
/**
 * Whether a part's figure at `anchor` is of an attribute of its own: a trigger of it in the part's words (`from`…`anchor`) or in
 * its phrase after the figure, and none in the whole's words before them (`whole`…`from`, from a little before the whole's figure:
 * "参数总量为720亿，其中…").
 */
const triggeredPart = (cx: SentenceContext, attribute: string, whole: number, from: number, anchor: number): boolean => {
  const of = (s: number, e: number) => triggersOf(cx).some((t) => t.start >= s && t.end <= e && t.attributes.some((a) => a.id === attribute));
  return (of(from, anchor) || triggeredAfter(cx, attribute, anchor)) && !of(whole, from);
};
/** Whether a trigger of the attribute, other than a word of its unit, stands in the figure's phrase after it ("21 billion are active"). */
const triggeredAfter = (cx: SentenceContext, attribute: string, anchor: number): boolean => {
  const { text, lexicon } = cx;
  const stop = text.slice(anchor, anchor + 80).search(/[,;:.!?](?=\s|$)|[，；。]/u);
  const end = stop === -1 ? Math.min(text.length, anchor + 80) : anchor + stop;
  const unitWords = lexicon.attributes.get(attribute)?.unitWords?.map((w) => w.toLowerCase()) ?? [];
  return triggersOf(cx).some(
    (t) => t.start >= anchor && t.end <= end && t.attributes.some((a) => a.id === attribute) && !unitWords.includes(text.slice(t.start, t.end).toLowerCase()),
  );
};
const notTheWorksCount = (cx: SentenceContext, anchor: number, end: number, subject: EntityRef, attribute: string): boolean => {
  const { text, mentions } = cx;
  if (ROLE_VERB_BEFORE.test(text.slice(Math.max(0, anchor - 40), anchor))) return true;
  const of = OF_A_NAME_AFTER.exec(text.slice(end, end + 80));
  if (of && !PART_OF_A_WORK.test(of[1]!)) {
    const phraseEnd = (() => {
      const m = /[,;:.!?()](?=\s|$)|[，；。]/u.exec(text.slice(end));
      return m ? end + m.index : text.length;
    })();
    // The subject named in the phrase keeps its count ("eight episodes of Netflix's Tidewatch").
    if (!mentions.some((m) => m.entity.id === subject.id && m.start >= end && m.start < phraseEnd) && !subject.name.toLowerCase().startsWith(of[1]!.toLowerCase())) return true;
  }
  const parameter = /[(（]\s*$/u.test(text.slice(Math.max(0, anchor - 3), anchor)) ? TEMPLATE_PARAMETER.exec(text.slice(0, anchor)) : null;
  if (parameter) {
    const key = parameter.index + parameter[0].indexOf(parameter[1]!);
    if (!triggersOf(cx).some((t) => t.start < key + parameter[1]!.length && key < t.end && t.attributes.some((a) => a.id === attribute))) return true;
  }
  return false;
};
// Whether a capitalised name at [start, end) is none a pack knows but as a place (a known name is read as one).
// (Nor the subject's own name where no pack knows it: "Acme had the best year of its history ($5 billion)" on Acme's page.)
// Nor words of the attribute written in capitals ("Maximize Context Window (up to 10M)").
const unknownOrPlace = (cx: SentenceContext, start: number, end: number, subject: EntityRef, attribute: string) => {
  const { text, mentions } = cx;
  return !namesATime(text.slice(start, end)) &&
  !triggersOf(cx).some((t) => t.start < end && start < t.end && t.attributes.some((a) => a.id === attribute)) &&
  !subject.name.toLowerCase().includes(text.slice(start, end).toLowerCase()) &&
  !mentions.some((m) => m.start < end && start < m.end && !PLACE_TYPES.has(m.entity.type));
};
const ownedByUnknownName = (cx: SentenceContext, anchor: number, subject: EntityRef, attribute: string): boolean => {
  const { text } = cx;
  const from = Math.max(0, anchor - 80);
  const before = NAME_BEFORE_PARENTHESIS.exec(text.slice(from, anchor));
  if (before) {
    const start = from + before.index + before[0].indexOf(before[1]!);
    if (unknownOrPlace(cx, start, start + before[1]!.length, subject, attribute)) return true;
  }
  const clauseFrom = Math.max(0, ...[...text.slice(0, anchor).matchAll(/[.;!?](?=\s)/gu)].map((m) => m.index));
  NAME_HAD_THE.lastIndex = 0;
  const region = text.slice(clauseFrom === 0 ? 0 : clauseFrom, anchor);
  let last: RegExpExecArray | null = null;
  for (let m = NAME_HAD_THE.exec(region); m !== null; m = NAME_HAD_THE.exec(region)) last = m;
  if (!last) return false;
  const start = clauseFrom + last.index + last[0].indexOf(last[1]!);
  const end = start + last[1]!.length;
  // No other clause's subject between: "…, while Corvalia had the top opening with $10.1 million".
  if (/[;]|,\s+(?:while|whereas|but)\s/u.test(text.slice(end, anchor))) return false;
  return !/^(?:The|It|Its|This|That|These|Those|He|She|They|Their|His|Her|A|An|In|On|At|By|For|With)$/u.test(text.slice(start, end)) && unknownOrPlace(cx, start, end, subject, attribute);
};
const claim = (cx: SentenceContext, entity: EntityRef, attribute: string, value: Value, span: Span, anchor: number, confidence?: number, fromContext = false, scope?: 'member', via: SubjectVia = 'sentence', counterpart?: EntityRef, variant?: string, agent?: string) => {
  const { text, lexicon, mentions, block, state, carried, index, entry, dateline, writtenAt, sentence } = cx;
  // "同比下降15%", "同比减少了15%", "전년 대비 15% 감소": a percentage a word of decline gives is a fall, read with its sign
  // (-15), unless that word is the attribute's own trigger (a decline's size).
  if (value.kind === 'quantity' && value.unit === 'percent' && value.min !== null && value.min >= 0 && value.max !== null) {
    const before = FALL_BEFORE_FIGURE.exec(text.slice(Math.max(0, anchor - 12), anchor));
    const after = FALL_AFTER_FIGURE.exec(text.slice(figureEnd(cx, value, anchor), figureEnd(cx, value, anchor) + 8));
    const at = before ? { start: anchor - before[0].length, end: anchor } : after ? { start: figureEnd(cx, value, anchor), end: figureEnd(cx, value, anchor) + after[0].length } : undefined;
    if (at && !triggersOf(cx).some((t) => t.start < at.end && at.start < t.end && t.attributes.some((a) => a.id === attribute))) {
      value = { ...value, min: -value.max, max: -value.min };
    }
  }
  // "the stock up 4.5% to $41.63": a level a market reached, never the value of an attribute said to hold for all time (an offer's price).
  if (value.kind === 'quantity' && lexicon.attributes.get(attribute)?.timeless === true && MOVED_TO.test(text.slice(Math.max(0, anchor - 40), anchor))) return;
  // "added $90 billion in market value", "lost nearly 2,000 residents": the size of a move is no level of a stock (a market
  // value, a headcount, a population).
  if (value.kind === 'quantity' && lexicon.attributes.get(attribute)?.measure === 'stock' && movedBy(cx, anchor, value, true)) return;
  // "slid 41% in early trading", "down 38% in pre-market trading": a move over a session it names is of that session.
  variant ??= value.kind === 'quantity' && movedBy(cx, anchor, value) ? sessionOf(text.slice(figureEnd(cx, value, anchor), figureEnd(cx, value, anchor) + 60)) : undefined;
  // "on its opening day", "its Saturday gross of", "in its second weekend": a figure of one day or of a later weekend of a run is
  // that day's or weekend's, never compared with the run's nor with another day's.
  if (value.kind === 'quantity') variant ??= runDayOf(cx, attribute, anchor, figureEnd(cx, value, anchor));
  // "$33.8 million on its opening day (including $11.5 million from previews)", ", which included $9.5 million from …": a part
  // of the figure before it, no value of the whole (a part of its own kind keeps its trigger).
  const included = value.kind === 'quantity' ? INCLUDED_PART_BEFORE.exec(text.slice(Math.max(0, anchor - 200), anchor)) : null;
  if (included && !triggeredPart(cx, attribute, Math.max(0, anchor - 200) + included.index, anchor - included.groups!.part!.length, anchor)) return;
  // "212 sépultures, dont 37 tombes à char", "212 Gräber, davon 37 …", "di cui 37": a part of the figure before it, no value of the whole.
  // (A part of its own kind keeps its trigger: "236B total parameters, of which 21 billion are active".)
  // "参数总量为540亿，其中嵌入层参数约8亿", "90 billion parameters, of which the embeddings hold 2 billion parameters": a part named
  // by a word of the whole's attribute is a part all the same; only a part of another attribute is its own ("，其中激活参数为90亿":
  // the whole's words hold no trigger of the part's attribute).
  // "ahead of the director's last picture, which debuted with $19.7 million", "su película anterior recaudó", "前作の興行収入は":
  // a figure after another work of a person, in its sentence with no name nor figure between, is that work's.
  if (value.kind === 'quantity' && anotherWorkBefore(lexicon, text, anchor, mentions, cx.figures)) return;
  const part = value.kind === 'quantity' ? PART_OF_FIGURE_BEFORE.exec(text.slice(Math.max(0, anchor - 120), anchor)) : null;
  if (part && !triggeredPart(cx, attribute, Math.max(0, Math.max(0, anchor - 120) + part.index - 30), anchor - part.groups!.part!.length, anchor)) return;
  // "took $4.1 million, part of a larger haul of $9 million": a part of the figure after it, no value of the whole; so is
  // "$4.1 million out of a total loss of $9 million", where the whole's words are this attribute's trigger ("won 58 seats
  // out of a total of 120" keeps its part: the total is of another thing).
  if (value.kind === 'quantity') {
    const after = text.slice(figureEnd(cx, value, anchor), figureEnd(cx, value, anchor) + 90);
    const total = A_TOTAL_AFTER.exec(after);
    // "In the 1950s, X won four titles": a count of a decade, a part of the total (read as no value: the decade is no period the figures carry).
    if (inADecade(text, anchor, figureEnd(cx, value, anchor))) return;
    // "Under Ivo Marren, X won five titles", "during his tenure", "between 1961 and 1969", "in the Northern League era": a count
    // over a span is a part of the total, as a decade's is (money and measures are no count: "under X, revenue rose to …").
    const counted = lexicon.attributes.get(attribute);
    if (counted && countsThings(counted) && inASpan(text, anchor, figureEnd(cx, value, anchor))) return;
    // "won the 2003 and 2005 cups", "its 2024 accounts": a year written after a determiner as a noun's modifier, no count of it.
    if (YEAR_DIGITS.test(text.slice(anchor, anchor + 5)) && YEAR_MODIFIER_BEFORE.test(text.slice(Math.max(0, anchor - 60), anchor))) return;
    // "and Charity Shields (21)": a bare count in parentheses right after a noun is that noun's count; it is the attribute's
    // only where that noun ends in one of its triggers or unit words ("the most league titles (13)").
    const labelled = /^\d[\d,.]*$/u.test(text.slice(anchor, figureEnd(cx, value, anchor))) && /^\s*[)）]/u.test(text.slice(figureEnd(cx, value, anchor))) ? /(\p{L}[\p{L}\s'’-]{0,60}?)\s*[(（]\s*$/u.exec(text.slice(Math.max(0, anchor - 60), anchor)) : null;
    if (labelled) {
      const words = labelled[1]!.toLowerCase().replace(/\s+/gu, ' ');
      const own = [...(lexicon.attributes.get(attribute)?.triggers ?? []), ...(lexicon.attributes.get(attribute)?.unitWords ?? [])].some((w) => words.endsWith(w.toLowerCase()));
      if (!own) return;
    }
    // "Quist directed five episodes": one person's share of the work; "four episodes of the series Corvina Tales": another work's
    // count; "|tv series = Tidewatch (3 episodes)" in a wiki template: a note on the page's subject (its appearances), not the
    // work's count.
    if (counted && isCountUnit(value.unit) && countsThings(counted) && notTheWorksCount(cx, anchor, figureEnd(cx, value, anchor), entity, attribute)) return;
    // "Dome screens contributed $14.1 million to the opening weekend": a contributor's share, no value of the whole.
    if (CONTRIBUTED_BEFORE.test(text.slice(Math.max(0, anchor - 60), numberStart(cx, value, anchor)))) return;
    // "highs in Ardenia ($31.6 million), Corvalia ($17.2 million)", "Corvalia had the biggest opening weekend ever ($450,000)": a
    // figure of a name no pack knows (but as a place), said in a parenthesis right after it or in a clause it opens with "had the",
    // is that name's share, no value of the subject's whole.
    if (ownedByUnknownName(cx, anchor, entity, attribute)) return;
    // "the 38 titles between them", "a combined 38 titles", "between them they have won 38 titles": a sum over several, no one's count.
    if (SHARED_AFTER.test(text.slice(figureEnd(cx, value, anchor), figureEnd(cx, value, anchor) + 80)) || SHARED_BEFORE.test(text.slice(Math.max(0, anchor - 40), anchor)) || SHARED_EARLIER.test(text.slice(Math.max(0, anchor - 300), anchor))) return;
    if (A_PART_OF_AFTER.test(after) || (total !== null && triggersOf(cx).some((t) => t.start >= figureEnd(cx, value, anchor) && t.end <= figureEnd(cx, value, anchor) + total[0].length && t.attributes.some((a) => a.id === attribute) && !(lexicon.attributes.get(attribute)?.unitWords ?? []).some((w) => w.toLowerCase() === text.slice(t.start, t.end).toLowerCase())))) return;
  }
  // "trails Mosaic-3 by 2 points on QuizBench", "beat the rival by 4%": a margin between two, no value of either.
  // (Unless the attribute is that margin, its verb a trigger: "beat the old mark by 31 seconds" for a record's margin.)
  const margin = value.kind === 'quantity' && BY_BEFORE.test(text.slice(Math.max(0, anchor - 30), anchor)) ? MARGIN_BEFORE.exec(text.slice(Math.max(0, anchor - 100), anchor)) : null;
  const passive = margin?.[2] !== undefined && /(?:ed|en)\s+$/iu.test(margin[2]) && !MARGIN_VERB_ONLY.test(margin[2].trim());
  if (margin && !passive && !(lexicon.attributes.get(attribute)?.triggers ?? []).some((t) => margin[1]!.toLowerCase() === t.toLowerCase())) return;
  // "an initially estimated $200 million": a cue that ends in the figure's own hedge words ("estimated") stands before its number.
  const said = modalityAt(lexicon, text, anchor, block.source === 'heading' ? span.end : undefined, numberStart(cx, value, anchor));
  // "The board will review X's appeal against yesterday's ruling": an event named as a noun that its own words date in the past
  // happened, whatever the verb that governs it foretells.
  const stated = said === 'predicted' && value.kind === 'event' && pastDatedNoun(text, anchor, value.text, state.today) ? 'asserted' : said === 'asserted' && value.kind === 'event' && plannedEventNoun(text, anchor) ? 'predicted' : said;
  const modality = stated === 'asserted' && carried ? carried : stated;
  if (modality !== 'asserted') cx.stood ??= modality;
  const flow = value.kind === 'quantity' && isFlow(lexicon, attribute);
  // A level's or a running total's figure said of a day or a week ("in its second weekend") is that window's.
  const named = flow ? lengthAt(cx, anchor) : value.kind === 'quantity' && levelOrTally(lexicon, attribute) ? (windowAt(text, cuesOf(cx, index), anchor) ?? undefined) : undefined;
  // A figure for a quarter or a year ("full-year revenue rose to …") is that period's, not a running tally's.
  // "endowment grew from $2.2 billion in 2019 to $3.1 billion": a claim whose quote runs from its trigger past another
  // figure is dated from its own figure, so that a date with the other figure stays that figure's.
  const figureSpan = value.kind === 'quantity' && cx.figures.some((f) => f.span.start >= span.start && f.span.end <= span.end && (f.span.end <= anchor || f.span.start > anchor)) ? { start: anchor, end: figureEnd(cx, value, anchor) } : span;
  const sentenceTime =
    value.kind === 'event'
      ? undefined
      : (whenClauseDate(cx, anchor) ?? timeOf(cx, figureSpan, false, false, undefined, named === 'quarter' || named === 'half' ? named : undefined, flow, value.kind === 'category'));
  // "Oct. 14, 2025 — Growers harvested 3.9 million tonnes this season": the day of a dateline or a timeline's entry is
  // when a level holds, not the period a flow (a harvest, a year's revenue) covers.
  // So is it, of any length, for a category on a wire's dateline ("ARDLEY, June 24 — Ardley-based X …"): where a thing is,
  // who leads it, is said as of the page's day, and meets what other pages say undated, as a figure that names no period
  // length does. A timeline's entry ("2019-03: X moved to Ardley") keeps its date: the entries tell a change.
  const own =
    (flow && sentenceTime === entry && entry !== undefined && entry.start === entry.end) ||
    (value.kind === 'category' && dateline?.wire === true && entry !== undefined && sentenceTime?.start === entry.start && sentenceTime.end === entry.end)
      ? undefined
      : sentenceTime;
  // "1.2 million visitors in 2023": a flow whose sentence dates it by a whole year, and names no length, is that year's.
  // "rose 5.1% in 2030, and 4.4% in the first half of 2031": a figure dated in its own phrase, which names no length, takes
  // none that another phrase's words name.
  const phrase = named !== undefined && own !== undefined && writtenAt.has(own) ? phraseAt(text, anchor) : undefined;
  const otherPhrases =
    phrase !== undefined &&
    writtenAt.get(own!)!.start >= phrase.start &&
    writtenAt.get(own!)!.end <= phrase.end &&
    !cuesOf(cx, index).some((c) => c.start >= phrase.start && c.end <= phrase.end);
  // "9 new stores in the quarter. … some 40 openings this year": a length its paragraph or section names yields to a
  // whole year the figure's own sentence dates it by.
  const inherited = named !== undefined && own !== undefined && wholeYear(own) && periodLengthAt(text, cuesOf(cx, index), anchor) === null;
  const lengthNamed = otherPhrases || inherited ? undefined : named;
  const periodLength = flow && !lengthNamed && own && wholeYear(own) ? 'year' : lengthNamed;
  const dated =
    value.kind === 'event'
      ? eventTimeOf(cx, span, modality === 'asserted', anchor)
      : (own ??
        namedPart(state, periodLength, text.slice(0, anchor)) ??
        (value.kind === 'quantity' && modality !== 'predicted' ? endedPeriodOf(cx, figureSpan, periodLength) : undefined) ??
        (flow && modality !== 'predicted' ? endedPartOf(cx, figureSpan, anchor, periodLength) : undefined) ??
        (value.kind === 'quantity' ? sectionDate(state) : undefined) ??
        (value.kind === 'quantity' && countsOverTime(lexicon, attribute) ? (frontedDate(cx) ?? sectionSeason(state)) : undefined));
  const running = dated === undefined && value.kind === 'quantity' && !periodLength ? runningAt(cx, anchor, span, value) : undefined;
  // "The first deliveries are scheduled for 2028", "están previstas para 2028" on a page of 2026: an event dated after the
  // day its page was written has not happened yet, whatever words tell it; what words the plan has, and for which of the
  // event's kinds or places, the sentence may not say: it is not read.
  const ahead = value.kind === 'event' && value.polarity === 'happened' && modality === 'asserted' && dated !== undefined && !dated.start.startsWith('~') && state.today !== undefined && dated.start > dayPeriod(state.today).end;
  if (ahead) return;
  const timed = dated ?? running?.time;
  const time = timed === 'page' ? undefined : timed;
  // "86.1 on QuizBench (5-shot)", "with chain-of-thought": a benchmark score's setting, in its clause, keeps two settings apart.
  // Its phrase runs between the figures before and after it ("86.1 on QuizBench and 45.3 on CodeTrial pass@1": pass@1 is 45.3's).
  if (value.kind === 'quantity' && lexicon.attributes.get(attribute)?.metricOf !== undefined) {
    const end = figureEnd(cx, value, anchor);
    const from = Math.max(0, anchor - 60, ...cx.figures.filter((f) => f.span.end <= anchor).map((f) => f.span.end));
    // "…中得分71.3，在MathTrial（8-shot）中得分64.0": a setting written after another benchmark's name is that one's.
    // (Not a word inside this one's own name: "MMLU" in "MMLU-Pro".)
    const own = (t: TriggerHit) => t.attributes.some((a) => a.id === attribute);
    const otherBenchmark = (t: TriggerHit) =>
      !own(t) && t.attributes.some((a) => a.metricOf !== undefined) && !triggersOf(cx).some((u) => own(u) && u.start < t.end && t.start < u.end);
    const to = Math.min(
      text.length,
      end + 60,
      ...cx.figures.filter((f) => f.span.start >= end).map((f) => f.span.start),
      ...triggersOf(cx).filter((t) => t.start >= end && t.start < end + 60 && otherBenchmark(t)).map((t) => t.start),
    );
    // …and the sentence's marks around it.
    const phrase = text.slice(from, to);
    const at = anchor - from;
    // "61.2 on MMLU-Pro (5-shot) and 80.4 on MMLU": a setting written right after another benchmark's name, before the figure, is that one's.
    const othersSetting = (s: Span) => triggersOf(cx).some((t) => t.end <= from + s.start && otherBenchmark(t) && /^[\s(（]*$/u.test(text.slice(t.end, from + s.start)));
    const start = Math.max(
      ...[...phrase.slice(0, at).matchAll(PHRASE_BREAK)].map((m) => m.index + m[0].length),
      ...settingSpans(phrase.slice(0, at)).filter(othersSetting).map((s) => s.end),
      0,
    );
    const stop = phrase.slice(at).search(PHRASE_BREAK);
    variant ??= benchmarkSetting(phrase.slice(start, stop === -1 ? phrase.length : at + stop));
  }
  // "first-quarter revenue" and "fourth-quarter revenue" with no year: which quarter (or half) keeps them apart.
  if (flow && time === undefined && (periodLength === 'quarter' || periodLength === 'half')) {
    const named = periodNamedAt(text, cuesOf(cx, index), anchor) ?? sectionPeriodNamed(state);
    if (named?.endsWith(periodLength)) variant ??= named;
  }
  // "Kings: Season 2 drew 41.3 million hours", "the first season of Kings drew 9.6 million": the instalment of a series its
  // sentence names keeps its figures apart from another instalment's and from the series' (which may be of all of them);
  // so does an edition of a work ("the deluxe edition has 16 tracks").
  if (value.kind === 'quantity' && value.unit !== 'date') variant ??= instalmentAt(text, anchor) ?? editionAt(text, anchor);
  // An event's place keeps it apart first ("approved … in Germany"), else the agent an `agentsApart` event names.
  // "peaked at number 3 on the Vextor Chart": a known name right after the figure, after "on" or "in", of a type the attribute
  // does not describe, is where the figure holds (by its pack name), so figures on two such names never meet.
  const heldOn = value.kind === 'quantity' && value.unit !== 'date' ? heldOnName(lexicon, text, figureEnd(cx, value, anchor), mentions, attribute) : undefined;
  if (heldOn && counterpart?.id === heldOn.id) counterpart = undefined;
  const where =
    heldOn?.name ??
    ((value.kind === 'quantity' && value.unit !== 'date') || value.kind === 'event'
      ? (placeNamed(placeOrElsewhere(text, span, unplaced(mentions)), mentions) ??
        (value.kind === 'quantity' && isCountUnit(value.unit) ? partOf(text, span) : undefined) ??
        // "was released in 32 markets on March 26": an event in a count of places is that count's.
        (value.kind === 'event' ? placesCounted(text, span) : undefined))
      : undefined) ?? agent;
  push(cx, {
    entity,
    attribute,
    value,
    span: abs(cx, span),
    sentence,
    modality: fromContext && modality === 'asserted' ? 'hedged' : modality,
    source: block.source,
    confidence: Math.min(confidence ?? 1, entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE),
    ...(time ? { time } : {}),
    ...(value.kind === 'event' && time && writtenAt.has(time) ? { timeAt: abs(cx, writtenAt.get(time)!) } : {}),
    ...(timed === 'page' ? { withinPage: true as const } : {}),
    // "The context window was later revised to 256,000 tokens": a revision says what holds now, as a running figure does;
    // on its page it meets no earlier value of the fact.
    ...(running?.atWriting || (value.kind === 'quantity' && (revisedBefore(cx, anchor) || reachedBy(cx, anchor))) ? { latest: true as const } : {}),
    ...(where !== undefined ? { where } : {}),
    ...(variant !== undefined ? { variant } : {}),
    ...(periodLength ? { periodLength } : {}),
    ...(scope ? { scope } : {}),
    subjectVia: via,
    ...(cx.exclusive ? { exclusive: true as const } : {}),
    ...(counterpart && counterpart.id !== entity.id ? { counterpart } : {}),
  });
};
const triggersOf = (cx: SentenceContext): TriggerHit[] => {
  const { lexicon, text } = cx;
  return (cx.triggers ??= lexicon
    .triggers(text)
    .slice(0, MAX_TRIGGERS)
    .map((m) => ({ start: m.start, end: m.end, attributes: lexicon.triggerAttributes[m.index]! })));
};
const triggerMasked = (cx: SentenceContext): string => {
  const { text } = cx;
  if (cx.masked !== undefined) return cx.masked;
  cx.masked = text;
  for (const t of triggersOf(cx)) if (/\p{N}/u.test(text.slice(t.start, t.end))) cx.masked = cx.masked.slice(0, t.start) + cx.masked.slice(t.start, t.end).replace(/\p{N}/gu, 'k') + cx.masked.slice(t.end);
  return cx.masked;
};
const readAs = (cx: SentenceContext, q: QuantityMatch) => {
  const { comparedFigures, statedFigures } = cx;
  const read = statedOrCompared(triggerMasked(cx), q, (at) => triggersOf(cx).some((t) => t.start <= at && at < t.end));
  if (read === 'compared') comparedFigures.add(q);
  if (read === 'stated') statedFigures.add(q);
  return read;
};
// The words after a value: perhaps one of its attribute's triggers ("architecture", "架构"), then a type noun of a kind
// the attribute describes.
const headedBy = (cx: SentenceContext, after: string, attribute: PackAttribute): boolean => {
  const { kinds } = cx;
  let rest = after.replace(/^[\s-]+/u, '');
  const trigger = attribute.triggers.find((t) => rest.toLowerCase().startsWith(t.toLowerCase()));
  if (trigger) rest = rest.slice(trigger.length).replace(/^[\s-]+/u, '');
  const head = /^(?:\p{Script=Han}{1,4}|[\p{L}-]+)/u.exec(rest)?.[0]?.toLowerCase();
  if (head === undefined) return false;
  const type = kinds.get(head) ?? [...kinds.entries()].find(([noun]) => /\p{Script=Han}/u.test(head) && head.startsWith(noun))?.[1];
  return type !== undefined && attribute.subjects.includes(type);
};
/**
 * The thing a value's words open with ("Kestrel 3.2 Community License"), when a pack knows it or its family and the attribute
 * may describe it; not its maker ("HALDEN H7" is no value of Halden's).
 */
const namesItsOwner = (cx: SentenceContext, v: ValueHit, attribute: PackAttribute): EntityRef | undefined => {
  const { lexicon, text, state } = cx;
  // (Read in its sentence, whose line tells a name's longer name from a title: "created by Crest Works" names no Crest.)
  const opening = findMentions(lexicon, text).find((m) => m.start === v.start);
  if (!opening || opening.end >= v.end || v.entry.value.makers?.includes(opening.entity.id)) return undefined;
  const entity = state.types?.typed(opening.entity) ?? opening.entity;
  return (entity.known || familiesOf(lexicon, entity).length > 0) && compatible(attribute, entity) ? entity : undefined;
};
/** Whether one of the first three words at `from` is a type noun, or the last word of one, of a kind the attribute describes. */
const kindNounAt = (cx: SentenceContext, from: string, attribute: PackAttribute): boolean => {
  const { kinds } = cx;
  // The noun phrase's own words only: not past a mark or a function word ("has a driver at the controls, and the line …").
  const words: string[] = [];
  for (const w of /^[\s-]*[^,;:.!?()]*/u.exec(from.toLowerCase())![0].match(/[\p{L}-]+/gu)?.slice(0, 3) ?? []) {
    if (FUNCTION_WORDS.has(w)) break;
    words.push(w);
  }
  for (const [noun, type] of kinds) if (attribute.subjects.includes(type) && words.some((w) => noun === w || noun.endsWith(` ${w}`))) return true;
  return false;
};
const anotherOfItsKind = (cx: SentenceContext, v: ValueHit, attribute: PackAttribute): boolean => {
  const { text, mentions } = cx;
  const before = text.slice(Math.max(0, v.start - 60), v.start);
  const after = text.slice(v.end, v.end + 40);
  // "a coal-fired Drummerloch station", "an open-weight model, Lark 3": the noun phrase names a thing, and the value is its.
  if (mentions.some((m) => m.start >= v.end && m.start - v.end <= 40 && /^[\s-]*(?:[\p{L}-]+\s*){0,3}(?:,\s*|\s+(?:called|named|dubbed)\s+)?$/u.test(text.slice(v.end, m.start)))) return false;
  const indefinite = INDEFINITE_BEFORE_VALUE.exec(before);
  if (indefinite && !PREDICATE_BEFORE.test(before.slice(0, indefinite.index)) && kindNounAt(cx, after, attribute)) return true;
  if (FORMER_BEFORE_VALUE.test(before) && kindNounAt(cx, after, attribute)) return true;
  const romance = INDEFINITE_NOUN_BEFORE_VALUE.exec(before);
  return romance !== null && !PREDICATE_BEFORE.test(before.slice(0, romance.index)) && kindNounAt(cx, romance[1]!, attribute);
};
const describedBefore = (cx: SentenceContext, noun: string, before: number, subject: EntityRef): EntityRef | undefined => {
  const { nouns, mentions, previousSentences } = cx;
  const fits = (m: Mention) => m.entity.id !== subject.id && nouns.describes(noun, m.entity);
  const own = [...mentions].reverse().find((m) => m.end <= before && fits(m));
  if (own) return own.entity;
  for (let i = previousSentences.length - 1; i >= 0; i--) {
    const earlier = [...previousSentences[i]!.mentions].reverse().find(fits);
    if (earlier) return earlier.entity;
  }
  return undefined;
};
const pageThingsOf = (cx: SentenceContext, types: readonly string[]): EntityRef[] => {
  const { state } = cx;
  return [...(state.namedOnPage?.values() ?? []), ...state.topic].filter((e) => types.includes(e.type));
};
// "first estimated at 2.8 million; the figure was later revised to 4.2 million", "revised it up to 67.4%": a figure a
// revision gives, with no trigger of its own, is of what the figure before it in the sentence was.
// The revised figure is of the period the first one was (a date in the first clause dates both).
const samePeriod = (cx: SentenceContext, made: readonly RawClaim[], before: SentenceContext['revisable'][number]) => {
  for (const c of made) {
    if (c.attribute !== before.attribute.id || c.entity.id !== before.entity.id) continue;
    if (c.time === undefined && before.time !== undefined) c.time = before.time;
    if (c.periodLength === undefined && before.periodLength !== undefined) c.periodLength = before.periodLength;
  }
};
/**
 * A trigger of the value's attribute standing beside it as a title ("chief executive Harriet Vane", "Harriet Vane, chief
 * executive"), whether a word before it makes the title one held before, and the owner a title after the value names
 * ("…, chief executive of Halden").
 */
const titleOf = (cx: SentenceContext, v: Span, attribute: PackAttribute): { former: boolean; owner?: Mention; ownedElsewhere: boolean } | undefined => {
  const { text, mentions } = cx;
  const t = triggersOf(cx).find(
    (t) => t.attributes.includes(attribute) && ((t.end <= v.start && /^\s*,?\s*$/u.test(text.slice(t.end, v.start))) || (t.start >= v.end && TITLE_AFTER_VALUE.test(text.slice(v.end, t.start)))),
  );
  if (!t) return undefined;
  const former = FORMER_TITLE.test(text.slice(Math.max(0, t.start - 24), t.start));
  const after = t.start >= v.end ? mentions.find((m) => m.start >= t.end && TITLE_OF.test(text.slice(t.end, m.start))) : undefined;
  // "…, chief executive of the British Grocers' Guild", "chief executive Ada Ferri of the landlord": an owner named after the
  // title (or after the name the title stands before), known or not, is no page's subject.
  const ownedElsewhere = OWNER_PHRASE_AFTER.test(text.slice(t.start >= v.end ? t.end : v.end));
  return { former, ownedElsewhere, ...(after && compatible(attribute, after.entity) ? { owner: after } : {}) };
};
// "公司成立", "the company was founded": an event of a thing the sentence names only by its kind.
// `described`: the event's subject is a type noun ("The queen, who died …"), which past its paragraph stands for what the
// section or the page is about before any name met on the way (a pronoun, for the last name met).
// `aboutOnly`: what the section or the page is about, or nothing (a type noun after a paragraph that named several of its
// type: "The film is a sequel to A and B. … The film was released …" on a page with no title is neither A's nor B's).
const referent = (cx: SentenceContext, types: readonly string[], titleOnly = false, described = false, aboutOnly = false): EntityRef | undefined => {
  const { state } = cx;
  const fits = (e: EntityRef) => types.includes(e.type);
  if (titleOnly) {
    if (!state.titled) return undefined;
    const topic = state.topic.filter(fits);
    return topic.length === 1 ? topic[0] : undefined;
  }
  if (described || aboutOnly) {
    const about = sectionThing(cx, fits);
    if (about || aboutOnly) return about;
  }
  const names = state.sectionNames;
  for (let i = names.length - 1; i >= 0; i--) if (fits(names[i]!)) return names[i];
  return sectionThing(cx, fits);
};
/** The one fitting thing the innermost section's heading that names one, else the page, is about. */
const sectionThing = (cx: SentenceContext, fits: (e: EntityRef) => boolean): EntityRef | undefined => {
  const { state } = cx;
  for (let i = state.sections.length - 1; i >= 0; i--) {
    const named = state.sections[i]!.entities.filter(fits);
    if (named.length === 0 && state.sections[i]!.opaque) return undefined;
    if (named.length === 1) return named[0];
  }
  const topic = state.topic.filter(fits);
  return topic.length === 1 ? topic[0] : undefined;
};
// The things of a type the page has named so far or is titled by ("then released the full model": the one model, if one).
const pageThings = (cx: SentenceContext, types: readonly string[]): EntityRef[] => {
  const { state } = cx;
  return [...(state.namedOnPage?.values() ?? []), ...state.topic].filter((e) => types.includes(e.type));
};

/** The sentence's figures that are stated values: not a date's, a setting's, a label's, a conversion or a table's column. */
function sentenceQuantities(cx: SentenceContext): QuantityMatch[] {
  const { mentions, values, text, found } = cx;
  const blocked = [...mentions, ...values];
  // "a QuizBench pass@1 of 52.3%", "5-shot": the number of a benchmark's setting is no figure.
  const settings = settingSpans(text);
  cx.figures = partsInUnits(text, [...found]).filter(
    (q) => !q.calendar && [...blocked, ...settings].every((b) => q.numberSpan.end <= b.start || q.numberSpan.start >= b.end),
  );
  const quantities = cx.figures.filter(
    (q) =>
      (q.quantity.unit === 'ratio' || readAs(cx, q) !== undefined) &&
      !dayOfADate(cx, q) &&
      // "phase 3", "at week 12": a number a noun before it labels is no figure.
      !labelNumber(text, q) &&
      // "reached SCORE 75", "a GRADE 4 response": a number inside a pack's trigger is part of the name of what is measured.
      !(/\p{N}/u.test(text.slice(q.numberSpan.start, q.numberSpan.end)) && triggersOf(cx).some((t) => t.start <= q.numberSpan.start && q.numberSpan.end <= t.end)) &&
      // "Il y a trois mois", "three months ago", "the first five months of 2024": a length of time inside a date is the date's
      // (the sentence's dates read only for such a figure).
      !(dimensionOf(q.quantity.unit) === 'time' && allDatesOf(cx).some((d) => d.start <= q.span.start && q.span.end <= d.end)) &&
      // "5-shot", "3-layer": a number glued to a word by a hyphen qualifies that word ("141B-total" keeps its scale and is a figure).
      // A pack's trigger written with its hyphen ("-capacity": "the 38,000-capacity stadium") names the count it is glued to.
      !(
        q.quantity.unit === '' &&
        /^-\p{L}/u.test(text.slice(q.span.end, q.span.end + 2)) &&
        !/\d[BMKT]$/u.test(text.slice(q.span.start, q.span.end)) &&
        !triggersOf(cx).some((t) => t.start === q.span.end)
      ),
  );
  // "five games left", "four hat-tricks", "four top-tier matches remaining", "one million tokens": a number in words is
  // a figure when it is scaled, or names what it counts (a unit, or a pack trigger a word or two after it); alone it
  // is too often no value at all ("two reasons", "两种规模", "three popular benchmarks such as X").
  for (let i = quantities.length - 1; i >= 0; i--) {
    const q = quantities[i]!;
    if (q.word && !namesWhatItCounts(q, text, () => triggersOf(cx))) quantities.splice(i, 1);
  }
  // A "sentence" with this many figures is a data dump, not prose: read none of them.
  if (quantities.length > MAX_FIGURES) quantities.length = 0;
  // "71 metres (233 ft) tall", "€3.2 billion (DKK 23.8 billion)": a figure in parentheses right after one of the same
  // dimension in another unit is that figure converted, no figure of its own (a trigger after it is the first one's).
  for (let i = quantities.length - 1; i > 0; i--) {
    const q = quantities[i]!;
    const prior = quantities[i - 1]!;
    if (/^\s*[(（]\s*$/u.test(text.slice(prior.span.end, q.span.start)) && /^\s*[)）]/u.test(text.slice(q.span.end, q.span.end + 2)) && prior.quantity.unit !== '' && q.quantity.unit !== '' && !sameUnit(prior.quantity.unit, q.quantity.unit) && convertible(q.quantity.unit, prior.quantity.unit)) quantities.splice(i, 1);
  }
  // "Net income $1.2 billion $3.4 billion 183%": figures in one unit side by side, with nothing between them, are the
  // columns of a table that lost its separators (a year ago, this year); which is which is not written. A figure alone in
  // its unit in such a run (the change, 183%) is read as written.
  const columns = new Set<QuantityMatch>();
  for (let start = 0, end = 1; start < quantities.length; start = end, end = start + 1) {
    while (end < quantities.length && quantities[end]!.quantity.unit !== '' && quantities[end - 1]!.quantity.unit !== '' && /^[ \t]+$/.test(text.slice(quantities[end - 1]!.span.end, quantities[end]!.span.start))) end++;
    const run = quantities.slice(start, end);
    for (const q of run) if (run.filter((o) => sameUnit(o.quantity.unit, q.quantity.unit)).length > 1) columns.add(q);
  }
  if (columns.size > 0) for (let i = quantities.length - 1; i >= 0; i--) if (columns.has(quantities[i]!)) quantities.splice(i, 1);
  return quantities;
}

/** The figures a pack attribute takes, with their subjects; then a revised figure, of what the one before it was. */
function packFigureClaims(cx: SentenceContext): void {
  const { lexicon, text, quantities, owners, parens, comparedFigures, mentions, previousSentences, nouns, bound, context, kinds, claims } = cx;
  let listed: { entity: EntityRef; end: number } | undefined;
  // The figures bound so far, for a revision later in the sentence.
  // The claims each bound figure made, by where it starts.
  const madeOf = new Map<number, RawClaim[]>();
  const revisable: { end: number; entity: EntityRef; attribute: PackAttribute; via: SubjectVia; context: boolean; time?: TimeScope; periodLength?: PeriodLength }[] = [];
  cx.revisable = revisable;
  const bindings = quantityClaims(lexicon, text, quantities, quantities.length > 0 ? triggersOf(cx) : [], owners, parens, comparedFigures, () => datesOf(cx), cx.figures, (types) => pageThingsOf(cx, types));
  for (const { entity: given, attribute, match, span, counterpart, unnamedParty, objectNoun, measured } of bindings) {
    // "The regulator fined the lender €3.6 million": the one name of the description's kind the paragraph gave before, other
    // than the names before the sum in this sentence (the one who fines); none, or several, leave the sum no one's.
    let fined: EntityRef | undefined;
    if (objectNoun !== undefined) {
      const agents = new Set(mentions.filter((m) => m.end <= match.span.start).map((m) => m.entity.id));
      const fitting = new Map<string, EntityRef>();
      for (const earlier of previousSentences)
        for (const m of earlier.mentions) if (!agents.has(m.entity.id) && m.entity.type !== 'unknown' && nouns.describes(objectNoun, m.entity) && compatible(attribute, m.entity)) fitting.set(m.entity.id, m.entity);
      if (fitting.size !== 1) continue;
      fined = [...fitting.values()][0];
    }
    const entity = fined ?? given;
    bound.set(match.span.start, { attribute: attribute.id });
    // "256 nodes with four GPUs each", "256 nodes, each with four GPUs": a figure of each of some parts is no figure of the
    // whole (unless it is handed to several names: "A and B have 4,096 GPUs each").
    if (eachOnes(text, match.span) && bindings.filter((b) => b.match === match).length < 2) continue;
    // "when the daily dose is greater than 5 mg": a condition's threshold, no value.
    if (conditionThreshold(text, match.numberSpan.start)) continue;
    // "scores 87.3 on A, 89.0 on B, … and 51.1 on C": the figures of one list share the subject of its first.
    const carried = !entity && listed && compatible(attribute, listed.entity) && continuesList(text, listed.end, match.span.start, mentions.filter((m) => compatible(attribute, m.entity))) ? listed.entity : undefined;
    // "the 200MP main sensor remains the same as the X": the figure is X's too, and X is not what the sentence is about.
    const shared = sharedWith(text, span.end, mentions, (m) => compatible(attribute, m.entity));
    const others = shared ? mentions.filter((m) => m !== shared) : mentions;
    const found = entity ? { entity, via: 'sentence' as const } : carried ? { entity: carried, via: 'sentence' as const } : attribute.namedSubject || measured || PARTS_OPENING.test(text) || EACH_OPENING.test(text) || QUOTED_TITLE.test(text.slice(0, match.span.start)) ? undefined : contextSubject(text, others, context, attribute, true, match.numberSpan, undefined, nouns);
    listed = entity || carried ? { entity: (entity ?? carried)!, end: span.end } : undefined;
    // "2.4 TB/s per GPU" of a rack: a rate of another kind of thing; "90 kW per rack" of a rack is its own, and "144 per
    // GPU" of a line of GPUs is each member's.
    // ("48 millones de euros por Tollund": a name the figure is given to is what it is paid for, no unit of a rate.)
    const per = entity && mentions.some((m) => m.entity.id === entity.id && m.start > match.span.end && m.start - match.span.end < 40 && /^\s*(?:per|por|par|pro)\s+$/iu.test(text.slice(match.span.end, m.start))) ? undefined : countedPer(text, match.span, attribute.triggers, attribute.unitWords);
    const perKind = per === undefined ? undefined : kinds.get(per.toLowerCase());
    if (per !== undefined && (found === undefined || (perKind !== found.entity.type && !(perKind !== undefined && found.entity.type === 'family' && nouns.describes(per, found.entity))))) continue;
    // "más de 2.300 muertos": a count of things is whole, whichever decimal mark the page seemed to use.
    const written = wholeCount(metresNotMillions(match, attribute.unit!), attribute.unit!, attribute.whole !== false);
    const value =
      (written.unit !== '' && written.unit !== 'percent' && inUnit(written, attribute.unit!)) ||
      (CURRENCY_CODES.has(written.unit) ? written : { ...written, unit: attribute.unit! });
    if (shared && shared.entity.id !== found?.entity.id) claim(cx, shared.entity, attribute.id, value, span, match.span.start);
    if (!found) continue;
    // "a 6% stake in the firm": the other party is the last thing of the description's kind named before it, in the
    // sentence or the paragraph's sentences before, other than the subject; with none, an unnamed one of its own.
    const party = unnamedParty === undefined ? undefined : describedBefore(cx, unnamedParty, match.span.start, found.entity);
    const made = claims.length;
    claim(cx, found.entity, attribute.id, value, span, match.span.start, entity ? undefined : CONTEXT_SUBJECT_CONFIDENCE, false, undefined, found.via, counterpart ?? party, unnamedParty !== undefined && !party ? `with the ${unnamedParty}` : undefined);
    bound.get(match.span.start)!.entity = found.entity;
    madeOf.set(match.span.start, claims.slice(made));
    const own = claims.slice(made).find((c) => c.attribute === attribute.id && c.entity.id === found.entity.id);
    revisable.push({ end: match.span.end, entity: found.entity, attribute, via: found.via, context: !entity, ...(own?.time ? { time: own.time } : {}), ...(own?.periodLength ? { periodLength: own.periodLength } : {}) });
  }
  for (const q of quantities) {
    if (!revisedBefore(cx, q.span.start)) continue;
    const before = revisable.filter((r) => r.end <= q.span.start).at(-1);
    if (!before) continue;
    // "later revised to 3.4 million tonnes once late-harvested fields were counted": a revised figure a trigger of its own took.
    if (bound.has(q.span.start)) {
      samePeriod(cx, madeOf.get(q.span.start) ?? [], before);
      continue;
    }
    const written = wholeCount(q, before.attribute.unit!, before.attribute.whole !== false);
    const unit = before.attribute.unit!;
    const value = written.unit === '' ? { ...written, unit } : (inUnit(written, unit) ?? (CURRENCY_CODES.has(written.unit) && CURRENCY_CODES.has(unit) ? written : undefined));
    if (!value) continue;
    bound.set(q.span.start, { attribute: before.attribute.id, entity: before.entity });
    const made = claims.length;
    claim(cx, before.entity, before.attribute.id, value, q.span, q.span.start, before.context ? CONTEXT_SUBJECT_CONFIDENCE : undefined, false, undefined, before.via);
    samePeriod(cx, claims.slice(made), before);
  }
}


function statedArithmeticClaims(cx: SentenceContext): void {
  const { text, lexicon, state, found, bound, mentions, base, block, sentence } = cx;
  // "€1.2 billion (6 x €160 million)": a figure and the product, sum or share it is given as (rule stated-arithmetic).
  for (const a of [...statedArithmetic(text, lexicon.unitWords, state.format, found), ...statedComparisons(text, lexicon.unitWords, state.format, found)]) {
    const read = bound.get(a.result.span.start);
    const of = read?.entity ? [read.attribute] : mayBeOf(lexicon, text, a.result.quantity, triggersOf(cx).flatMap((t) => t.attributes), mentions.map((m) => m.entity));
    const at = base + a.span.start;
    const side = { entity: read?.entity ?? { ...STATED_FIGURE, mention: a.result.quantity.text }, attribute: 'arithmetic', sentence, modality: modalityAt(lexicon, text, a.result.span.start), source: block.source, confidence: 1 };
    push(cx, { ...side, value: a.result.quantity, span: abs(cx, a.result.span), arithmetic: { role: 'result', operation: a.operation, at, ...(of.length > 0 ? { of } : {}) } });
    // A comparison's other figure is another name's ("the Arc 3's 5,000mAh"): the nearest name before it, if any.
    const other = a.operation === 'higher' || a.operation === 'lower' ? [...mentions].reverse().find((m) => m.end <= a.span.start && m.start >= a.result.span.end) : undefined;
    push(cx, { ...side, ...(other ? { entity: other.entity } : {}), value: a.value, span: abs(cx, a.span), arithmetic: { role: 'expression', operation: a.operation, at } });
  }
}

/** The values of a pack a sentence names ("headquartered in A", "open-weight"), of the names it gives them to. */
function categoryClaims(cx: SentenceContext): void {
  const { values, text, mentions, parens, kinds, lexicon, context, nouns } = cx;
  for (const v of values) {
    const attribute = v.entry.attribute;
    let ownWordOnly = false;
    if (attribute.triggers.length > 0) {
      // "headquartered in A, with offices in B": a trigger of a single-valued attribute takes the nearest of its values, not the ones past it.
      // Values coordinated with it ("A or B chipset") share the trigger.
      const coordinated = (o: Span) => {
        const [from, to] = o.end <= v.start ? [o.end, v.start] : [v.end, o.start];
        let gap = '';
        let at = from;
        for (const w of values) {
          if (w.start < from || w.end > to) continue;
          gap += `${text.slice(at, w.start)} `;
          at = w.end;
        }
        return /^(?:\s*(?:,|and|or|&|\/)\s*)+$/iu.test(gap + text.slice(at, to));
      };
      const between = (t: Span, o: Span) => ((t.end <= o.start && o.end <= v.start) || (v.end <= o.start && o.end <= t.start)) && !coordinated(o);
      // "rivals proprietary models, a first among open-source LLMs": a trigger that is itself another of the attribute's
      // values says that value, and reaches no other.
      // A trigger inside a longer value ("display" in "flat display") still names the attribute for the values near it.
      const anotherValue = (t: Span) => values.some((o) => o !== v && o.entry.attribute === attribute && o.start === t.start && o.end === t.end);
      const near = triggersOf(cx).filter(
        (t) =>
          t.attributes.includes(attribute) &&
          !anotherValue(t) &&
          distance(text, t, v) <= TRIGGER_WINDOW &&
          (attribute.multiValued === true || !values.some((o) => o !== v && o.entry.attribute === attribute && between(t, o))),
      );
      if (near.length === 0) continue;
      // "the rise of X alongside the open-source community": a value whose only trigger is its own word has no more
      // behind it than a value of an attribute with no trigger, and must be said of its name as one is ("X is open-source").
      ownWordOnly = near.every((t) => t.start === v.start && t.end === v.end);
    }
    // "lost its place as the second-busiest port": a value held before, not now.
    if (lostValue(text, v.start, v.end)) continue;
    // "developed outside of A", "made without B", "instead of C": a value the sentence sets apart is none the thing has.
    if (SET_APART_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start))) continue;
    // "developed by A, published by B": where the pack names the attribute by its agent ("developed by"), a value right after
    // another verb's "by" is that verb's agent, another role ("developed and published by B" shares the attribute's verb).
    if (agentOfAnotherVerb(text, v, attribute, triggersOf(cx))) continue;
    // "buys 25% of the ordinary shares": a value after a share of a whole names the whole a part is taken of.
    if (SHARE_OF_BEFORE.test(text.slice(Math.max(0, v.start - 40), v.start))) continue;
    // "It was built beside a coal-fired plant": a value that modifies a noun of a kind the attribute
    // describes, introduced by "a" or "another" (not as what the subject is: "It is a coal-fired station"), names another
    // thing of that kind; after "former", what a thing was.
    if (anotherOfItsKind(cx, v, attribute)) continue;
    // "chief executive Harriet Vane", "Harriet Vane, chief executive of Halden": a title beside the value names what it holds.
    const title = titleOf(cx, v, attribute);
    // "a former chief executive, Harriet Vane": one who held the title, not who holds it now.
    if (title?.former) continue;
    const found = title?.owner ? { subjects: [title.owner], quote: { start: v.start, end: title.owner.end } } : categorySubjects(text, v, attribute, mentions, parens, attribute.triggers.length > 0 && !ownWordOnly, () => v.entry.value.makers ?? [], nouns);
    const { quote, existential } = found;
    // "Halden and its investment bank": a value named by a noun of its owner's own kind, after a possessive, is
    // another thing of that kind the owner has (a unit, a subsidiary), not what the owner is.
    const owned = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start)) ? kinds.get(text.slice(v.start, v.end).toLowerCase().split(/\s+/u).at(-1)!) : undefined;
    // "Kestrel K7 and Lark architecture GPUs", "K7和Lark架构GPU": a value opening a conjunct of its own,
    // whose head is a noun of a kind the attribute describes, is said of those things, not of a name before it (of the
    // names after it, "and dense models such as X and Y", still).
    const ownConjunct = CONJUNCT_BEFORE.test(text.slice(Math.max(0, v.start - 8), v.start)) && headedBy(cx, text.slice(v.end, v.end + 40), attribute);
    const subjects = found.subjects.filter((m) => !(ownConjunct && m.end <= v.start) && (owned === undefined || m.entity.type !== owned));
    // "did not shut down the coal-fired Drummerloch station": a value that stands before a name, as its modifier, says what
    // the name is whatever the verb's negation denies ("does not use the V9 chip" still denies the chip).
    const modifiesName = mentions.some((m) => m.start >= v.end && MODIFIER_GAP.test(text.slice(v.end, m.start)));
    const value: Value = { kind: 'category', value: v.entry.value.id, text: text.slice(v.start, v.end), ...(negatedBefore(text, v.start) && !modifiesName ? { negated: true as const } : {}) };
    cx.exclusive = attribute.multiValued === true && saidExclusive(text, v.start, attribute.exclusiveCues ?? []);
    for (const subject of subjects) {
      const some = existential || membersMeant(lexicon, text.slice(Math.max(0, subject.start - 40), subject.start)) === 'some';
      claim(cx, subject.entity, attribute.id, value, quote, v.start, undefined, false, some && mayBeFamily(lexicon, subject.entity) ? 'member' : undefined);
    }
    // "prohibited by the Kestrel 3.2 Community License": a value named after a thing a pack knows, that the sentence says of
    // nothing else, is that thing's.
    const namedAfter = subjects.length === 0 && owned === undefined && !ownConjunct ? namesItsOwner(cx, v, attribute) : undefined;
    if (namedAfter) claim(cx, namedAfter, attribute.id, value, quote, v.start);
    const fromContext = subjects.length === 0 && !namedAfter && owned === undefined && !ownConjunct ? contextSubject(text, mentions, context, attribute, false, undefined, attribute.triggers.length > 0 ? undefined : v, nouns) : undefined;
    if (fromContext) claim(cx, fromContext.entity, attribute.id, value, quote, v.start, CONTEXT_SUBJECT_CONFIDENCE, false, undefined, fromContext.via);
    // "…, said chief executive Harriet Vane.", "L'amministratore delegato Ada Ferri ha presentato …": a title and a person's
    // name, the sentence naming no owner, are the page's (or the section's) one subject of the attribute's type, where neither
    // the sentence nor its paragraph before names another thing of that type.
    const titled =
      subjects.length === 0 && !namedAfter && !fromContext && owned === undefined && !ownConjunct && title !== undefined && !title.ownedElsewhere && PERSON_NAME.test(text.slice(v.start, v.end))
        ? contextSubject(text, mentions, context, attribute, true, undefined, undefined, nouns)
        : undefined;
    if (titled && !mentions.some((m) => compatible(attribute, m.entity)) && context.previousSentences.every((p) => p.mentions.every((m) => !compatible(attribute, m.entity) || m.entity.id === titled.entity.id))) {
      claim(cx, titled.entity, attribute.id, value, quote, v.start, CONTEXT_SUBJECT_CONFIDENCE, false, undefined, titled.via);
    }
    cx.exclusive = false;
  }
}

/** The events a sentence tells ("was founded in 1927", "the company was founded"). */
function sentenceEventClaims(cx: SentenceContext): void {
  const { lexicon, text, mentions, blockMentions, state, block, sentence } = cx;
  for (const e of eventClaims(lexicon, text, mentions, blockMentions, state.lastEventParticipants, (types, titleOnly, described, aboutOnly) => referent(cx, types, titleOnly, described, aboutOnly), (types) => pageThings(cx, types), unknownNameBefore(cx.previousSentences))) {
    // "will lay off 1,300 staff following its acquisition of X": an event named as what came before is past, whatever
    // the sentence says of the rest, and the sentence's date is not its date.
    // (So is one a length of time counts from: "two weeks after X's release", e.undated.)
    if (e.value.kind === 'event' && e.value.polarity === 'happened' && (e.undated === true || PAST_EVENT_NAMED.test(text.slice(Math.max(0, e.anchor - 40), e.anchor)))) {
      // (Its own date it keeps: "Since its opening on 14 March 2025, Line 7 has carried …".)
      const own = datesOf(cx).find((d) => d.start > e.anchor && EVENT_NOUN_DATE_BETWEEN.test(text.slice(e.anchor, d.start)));
      push(cx, {
        entity: e.entity,
        attribute: e.attribute,
        value: e.value,
        span: abs(cx, e.span),
        sentence,
        modality: 'asserted',
        source: block.source,
        confidence: 1,
        subjectVia: e.fromContext ? 'reference' : 'sentence',
        ...(e.variant !== undefined ? { variant: e.variant } : {}),
        ...(own ? { time: { ...own.scope, text: text.slice(own.start, own.end) } } : {}),
      });
      continue;
    }
    claim(cx, e.entity, e.attribute, e.value, e.span, e.anchor, undefined, e.fromContext, undefined, e.fromContext ? 'reference' : 'sentence', undefined, e.variant, e.agent);
  }
}

/** Reads one block (paragraph, heading or list item) and returns its claims. */
export function extractBlockClaims(lexicon: Lexicon, block: Segment, state: ProseState, sentences: SentenceReading[] = readSentences(lexicon, block)): RawClaim[] {
  const blk: SentenceContext['blk'] = { listStood: undefined };
  const claims: RawClaim[] = [];
  const seen = new Set<string>();
  const blockMentions: Mention[] = [];
  const nouns = descriptionsOf(lexicon);
  const kinds = typeNouns(lexicon)[1];
  const previousSentences: Antecedents[] = [];
  const dateline = block.source === 'heading' ? undefined : entryDate(block.text, state.today);
  const entry = dateline?.scope;
  if (YEAR_WRITTEN.test(block.text)) state.yearWritten = true;
  // "**14:07** — Orvik is live." on a live page of 22 April: an entry's time dates its events to the page's day.
  const timedEntry = !dateline && block.source !== 'heading' && state.timedEntries && opensOnTime(block.text) ? state.timedEntries : undefined;
  // "For the full year, revenue rose to X. Of that, Y came from …": what the last sentence before that names a length
  // of period says of it (src/extract/period-length.ts), null when none does. Read when a figure asks: most blocks state none.
  const sentenceCues: PeriodCue[][] = [];
  const blockLengths: (PeriodLength | undefined | null)[] = [null];

  for (const [index, reading] of sentences.entries()) {
    const { span: sentenceSpan, text, values } = reading;
    const inList = listItemSentence(text);
    const cx = new SentenceContext();
    cx.blk = blk;
    cx.lexicon = lexicon; cx.block = block; cx.state = state; cx.sentences = sentences; cx.claims = claims; cx.seen = seen; cx.blockMentions = blockMentions; cx.nouns = nouns; cx.kinds = kinds; cx.previousSentences = previousSentences; cx.dateline = dateline; cx.entry = entry; cx.timedEntry = timedEntry; cx.sentenceCues = sentenceCues; cx.blockLengths = blockLengths; cx.index = index; cx.sentenceSpan = sentenceSpan; cx.text = text; cx.values = values; cx.inList = inList;
    const carried = inList ? blk.listStood : undefined;
    cx.carried = carried;
    // "the 405B model", "8B:" as a list item's label: a size names a member of the family in context.
    // "founded by A, B and C alums", "ex-A staffers": a name that tells where people once worked is no subject of the sentence.
    const mentions = withDerivedBuilds(lexicon, text, withoutModifiers(lexicon, text, withTypedNames(lexicon, text, withSizeNames(lexicon, text, reading.mentions, state, sentenceSpan.start === 0), state))).filter((m) => !pastAffiliation(text, m));
    cx.mentions = mentions;
    // Every figure of the sentence, in numbers or in words, read once (the arithmetic readers below read the same).
    const found = findQuantities(text, lexicon.unitWords, { words: true, ...(state.format ? { format: state.format } : {}) });
    // A sentence with no figure, no value of a pack, no event's word and no quarter or half states nothing (each reader below
    // starts from one of them): only the names it gives are kept, for the sentences after it. Most sentences of real pages.
    if (found.length === 0 && values.length === 0 && !PART_WORD.test(text) && lexicon.anyEventTrigger(text).length === 0) {
      remember(cx);
      continue;
    }
    const base = block.start + sentenceSpan.start;
    cx.base = base;
    const sentence = { start: base, end: base + text.length };
    cx.sentence = sentence;
    const parens = parentheses(text);
    cx.parens = parens;
    // The sentence's figures (not dates), and those of them stated as values (not one compared with, a difference, a part).
    cx.figures = [];
    const statedFigures = new Set<QuantityMatch>();
    cx.statedFigures = statedFigures;
    // Where each date of the sentence is written, by its period: an event's date claim quotes the date, not the event.
    const writtenAt = new Map<TimeScope, Span>();
    cx.writtenAt = writtenAt;
    cx.exclusive = false;
    // How each figure is read (stated, or a compared name's own), asked once: binding and counted nouns both need it.
    const comparedFigures = new Set<QuantityMatch>();
    cx.comparedFigures = comparedFigures;
    cx.found = found;
    const quantities = sentenceQuantities(cx);
    cx.quantities = quantities;
    const context = { previousSentences, topic: state.topic, sections: state.sections, sectionNames: state.sectionNames, lastNamed: state.lastNamed, lastSentence: state.lastSentence, sectionText: state.sectionText };
    // "24 Acme X300 GPUs": a name inside a figure says what is counted, not whose figure it is.
    const owners = mentions.filter((m) => !quantities.some((q) => m.start >= q.numberSpan.end && m.end <= q.span.end));
    // Each figure a pack attribute took, by where it starts, with its subject when one was found.
    const bound = new Map<number, { entity?: EntityRef; attribute: string }>();
    cx.context = context;
    cx.owners = owners;
    cx.bound = bound;
    packFigureClaims(cx);

    statedArithmeticClaims(cx);

    // "Acme Wind operates 48 turbines": a counted noun no pack names is an open attribute of the name.
    for (const c of countedNounClaims(lexicon, text, quantities, (q) => bound.has(q.span.start) || comparedFigures.has(q), owners, quantities.length > 0 ? triggersOf(cx) : [])) {
      claim(cx, c.entity, c.attribute.id, c.match.quantity, c.span, c.match.span.start);
    }

    for (const r of ratioClaims(lexicon, text, quantities, mentions, parens)) {
      const ratio = r.quantity;
      push(cx, {
        entity: r.subject.entity,
        attribute: `ratio.${r.attribute.id}`,
        value: ratio,
        span: abs(cx, r.span),
        sentence,
        modality: modalityAt(lexicon, text, r.span.start),
        source: block.source,
        confidence: r.subject.entity.known && r.other.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
        relation: { other: r.other.entity, direction: r.direction },
      });
    }
    categoryClaims(cx);
    sentenceEventClaims(cx);
    // "Q4 2023", "the fourth quarter of 2023": a quarter or half the page names, which its later figures of that length are of.
    if (PART_WORD.test(text)) {
      // (Not the base a change is measured from: "up 14% from $5.44 billion in the fourth quarter of 2022".)
      notePartsNamed(state, datesOf(cx).filter((d) => !baseDate(cx, d)));
    }
    remember(cx);
  }
  return claims;
}

/**
 * Records the quarters and halves of `dates` as periods the page names ("Q4 2023", "the fourth quarter of 2023", a fiscal
 * one: "the third quarter of fiscal 2025", "~FY2025 Q3").
 */
export function notePartsNamed(state: ProseState, dates: readonly DateMatch[]): void {
  const parts = (state.namedParts ??= { quarter: new Map(), half: new Map() });
  for (const d of dates) if ((d.precision === 'quarter' || d.precision === 'half') && (!d.scope.start.startsWith('~') || FISCAL_PART.test(d.scope.start))) parts[d.precision].set(d.scope.start, d.scope);
}

/** A fiscal quarter's or half's label ("~FY2025 Q3"), with its number. */
const FISCAL_PART = /^~FY\d{4} [QH]([1-4])$/u;

/** Which quarter (`months` 3) or half (6) of its year a period is: a calendar one by its months, a fiscal one by its label. */
const partNumber = (scope: TimeScope, months: number): number => {
  const fiscal = FISCAL_PART.exec(scope.start);
  return fiscal ? Number(fiscal[1]) : Math.floor((Number(scope.start.slice(5, 7)) - 1) / months) + 1;
};

/**
 * "in the quarter", "quarterly revenue" with no date: the one quarter (or half) the page has named before, if it named one
 * only; where the sentence says before the figure which one, with no year ("In the third quarter, output rose 0.6%"), the
 * one of those the page named that it is, or none (one named after it is often a comparison's base: "up 16% from Q1").
 */
function namedPart(state: ProseState, length: PeriodLength | undefined, text: string): TimeScope | undefined {
  const named = length === 'quarter' || length === 'half' ? state.namedParts?.[length] : undefined;
  if (!named || named.size === 0) return undefined;
  const which = length === 'quarter' ? ordinalOf(text, QUARTER_ORDINALS) : ordinalOf(text, HALF_ORDINALS);
  if (which === undefined) return named.size === 1 ? named.values().next().value : undefined;
  const months = length === 'quarter' ? 3 : 6;
  const fitting = [...named.values()].filter((scope) => partNumber(scope, months) === which);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Which quarter or half a sentence names, in words or digits (a year beside it or not): 1 to 4 (or 2), undefined for none or several. */
function ordinalOf(text: string, patterns: readonly (readonly [RegExp, number])[]): number | undefined {
  const found = new Set(patterns.filter(([re]) => re.test(text)).map(([, n]) => n));
  return found.size === 1 ? found.values().next().value : undefined;
}
const QUARTER_ORDINALS: readonly (readonly [RegExp, number])[] = [
  ['first|1st|premier|primer|ersten|erste', 'Q1|1Q', '第一|第1|一', 1],
  ['second|2nd|deuxième|segundo|zweiten|zweite', 'Q2|2Q', '第二|第2|二', 2],
  ['third|3rd|troisième|tercer|dritten|dritte', 'Q3|3Q', '第三|第3|三', 3],
  ['fourth|4th|quatrième|cuarto|vierten|vierte', 'Q4|4Q', '第四|第4|四', 4],
].map(([words, codes, cjk, n]) => [new RegExp(`(?<![\\p{L}])(?:${words})[\\s-]+(?:quarter|trimestre|Quartal)|(?<![\\p{L}\\p{N}])(?:${codes})(?![\\p{L}\\p{N}])|(?<![上下前后後每同本])(?:${cjk})季度|(?<!\\p{N})${n}분기|第${n}四半期`, 'iu'), n as number] as const);
const HALF_ORDINALS: readonly (readonly [RegExp, number])[] = [
  [/(?<![\p{L}])(?:first|1st)[\s-]+half|(?<![\p{L}\p{N}])H1(?![\p{L}\p{N}])|上半年|上半期|premier\s+semestre|primer\s+semestre|ersten\s+Halbjahr/iu, 1],
  [/(?<![\p{L}])(?:second|2nd)[\s-]+half|(?<![\p{L}\p{N}])H2(?![\p{L}\p{N}])|下半年|下半期|second\s+semestre|segundo\s+semestre|zweiten\s+Halbjahr/iu, 2],
];

/** Words that may name a quarter or a half: only a sentence with one is asked for its dates after its claims. */
const PART_WORD = /Q[1-4]|H[12]|quarter|half|季度|半年|四半期|trimestre|semestre|Quartal|Halbjahr/iu;

/** Words before a value, in its clause, that make it the only one ("relies exclusively on", "only", "仅"). */
const EXCLUSIVE_WORDS = /(?:^|[^\p{L}])(?:only|exclusively|solely|entirely|wholly)(?![\p{L}])|仅|只|完全依赖|全部/iu;

/** Right before an event's noun, words that date it in the past: "last year's", "yesterday's", "vorjährige", "去年的". */
const PAST_DATED_BEFORE =
  /(?:(?<![\p{L}])(?:(?:last|previous|past)\s+(?:year|month|week|season)['’]s|yesterday['’]s|(?:letzt|vor)jährigen?|(?:the|its|their|this|that)\s+(\d{4}))|去年的?|上个月的?|上個月的?)\s*(?:(?!(?:planned|proposed|expected|scheduled|upcoming|next|future)(?![\p{L}]))[\p{L}-]+\s+)?$/iu;
/** Right after an event's noun, the same: "de l'an dernier", "del año pasado", "des Vorjahres", "of last year". */
const PAST_DATED_AFTER =
  /^\s+(?:of\s+last\s+(?:year|month|week)|from\s+last\s+(?:year|month|week)|de\s+l['’]an\s+dernier|de\s+l['’]année\s+dernière|del\s+año\s+pasado|dell['’]anno\s+scorso|des\s+Vorjahres|vom\s+(?:letzten|vergangenen)\s+Jahr|do\s+ano\s+passado)(?![\p{L}])/iu;
/**
 * Right before such a noun's dating words, a preposition that sets it apart from the verb to come ("will hear X's appeal against
 * last year's verdict"); without one the noun is that verb's object, and what it foretells ("will finalise the 2024 licence",
 * "expects last year's listing to be approved").
 */
const PREPOSITION_BEFORE_DATED =
  /(?<![\p{L}])(?:against|of|over|after|following|from|on|about|into|in|at|with|since|contre|sur|de|du|des|après|depuis|gegen|über|nach|von|vom|seit|contra|sobre|tras|desde|contro|dopo|su|di|da|após|对|對|针对|針對|就|关于|關於)\s*$/iu;
/** Whether the event's noun at `anchor` is dated in the past by its own words (a year before the page's, for "the 2024 verdict"). */
function pastDatedNoun(text: string, anchor: number, written: string, today?: Day): boolean {
  // A verb ("verdict" is a noun; "was approved" is not): only a trigger with no ending of a verb in the past or the present.
  const word = /^[\p{L}-]+/u.exec(text.slice(anchor))?.[0] ?? '';
  if (/(?:ed|ing)$/iu.test(word)) return false;
  const from = Math.max(0, anchor - 40);
  const before = PAST_DATED_BEFORE.exec(text.slice(from, anchor));
  if (before) {
    if (!PREPOSITION_BEFORE_DATED.test(text.slice(Math.max(0, from + before.index - 20), from + before.index))) return false;
    return before[1] === undefined || (today !== undefined && Number(before[1]) < today.year);
  }
  const end = text.indexOf(word, anchor) + word.length;
  // ("the appeal against the verdict of last year": a preposition before the noun and its article.)
  return written.length > 0 && PAST_DATED_AFTER.test(text.slice(end, end + 40)) && PREPOSITION_BEFORE_DATED.test(text.slice(Math.max(0, anchor - 30), anchor).replace(/(?<![\p{L}])(?:the|its|their|this|that|le|la|les|l['’]|el|los|las|die|der|das|den|dem|il|lo|o|a|os|as)\s*$/iu, ''));
}

/** "following its acquisition of", "after the launch of": an event named as what came before. */
const PAST_EVENT_NAMED =
  /(?<![\p{L}])(?:following|after|since|upon)\s+(?:its|the|their|his|her|this|that)\s+(?:(?!(?:planned|proposed|pending|expected|intended|announced|failed|attempted|aborted|rumou?red|possible|potential)(?![\p{L}]))[\p{L}-]+\s+)?$/iu;

/** Between an event's noun and the date it governs: "opening on ", "launch in ", "inauguración el ". */
const EVENT_NOUN_DATE_BETWEEN = /^[\p{L}-]+\s+(?:on|in|el|le|am|im|il|em)\s+$/iu;

/** Words that say the figures before them are also the next name's: "remains the same as (on) the", "identical to", "unchanged from". */
const SAME_AS =
  /(?<![\p{L}])(?:(?:exactly|essentially|virtually|just|still)\s+)?(?:the\s+)?same\s+as\s+(?:(?:on|in|for|with)\s+)?(?:the\s+|its\s+|their\s+)?$|(?<![\p{L}])(?:identical\s+to|unchanged\s+from|carried\s+over\s+from)\s+(?:the\s+|its\s+|their\s+)?$/iu;
/** What ends the figures a "same as" takes: a sentence's or clause's mark, a contrast, a comparison of its own. */
const SAME_AS_BARRIER = /[;:!?]|(?<![\p{L}])(?:but|while|whereas|although|though|however|than|unlike|except|instead)(?![\p{L}])/iu;

/**
 * The name a figure is said to share ("the 200MP main sensor and 12MP ultra-wide remain the same as the X": both
 * figures are the X's as well), when the name follows within the clause (at most 25 words, no contrast, no other
 * comparison on the way) and `accept`s the figure's attribute; undefined otherwise. Its possessive ("as the X's")
 * is the name's.
 */
function sharedWith(text: string, from: number, mentions: readonly Mention[], accept: (m: Mention) => boolean): Mention | undefined {
  const m = mentions.find((n) => n.start >= from);
  if (!m || !accept(m)) return undefined;
  const gap = text.slice(from, m.start);
  const same = SAME_AS.exec(gap);
  if (!same || SAME_AS_BARRIER.test(gap.slice(0, same.index)) || gap.slice(0, same.index).split(/\s+/u).length > 25) return undefined;
  return m;
}

/** Whether the clause before a category value says the value is the only one (always-exclusive words or a pack's cues). */
export function saidExclusive(text: string, start: number, cues: readonly string[]): boolean {
  const before = clauseBefore(text, start, 80);
  if (EXCLUSIVE_WORDS.test(before)) return true;
  const lower = before.toLowerCase();
  return cues.some((cue) => lower.includes(cue.toLowerCase()));
}

/** Whether the text between two figures only goes on with a list ("…, 96.8 on C, and"): no name that could hold the figure, no sentence-level break. */
function continuesList(text: string, from: number, to: number, mentions: readonly Mention[]): boolean {
  if (to < from || to - from > 160) return false;
  if (mentions.some((m) => m.start >= from && m.start < to)) return false;
  const gap = text.slice(from, to);
  return /[,，、]|(?<![\p{L}])and(?![\p{L}])/u.test(gap) && !/[;；:：]|(?<![\p{L}])(?:while|whereas|but|although)(?![\p{L}])/u.test(gap) && !CLAUSE_OF_ITS_OWN.test(gap);
}

/** A negation that governs the value after it, in its clause and a few words before it ("was not released under", "不是"). */
const NEGATION = /(?<![\p{L}])(?:not|never|no\s+longer|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|doesn['’]t|didn['’]t|won['’]t|neither|nor)(?![\p{L}])(?!\s+(?:only|just|merely)(?![\p{L}]))(?:\s+[\p{L}-]+){0,4}\s+$|(?:不是|并非|並非|没有|沒有)\s*\S{0,6}$/iu;

/** A participle and "by" right before a value: "published by ", "owned by the "; the participle is group 1. */
const AGENT_BY_BEFORE = /(?<![\p{L}])(\p{Ll}+)\s+by\s+(?:the\s+)?$/u;
/** Before that participle, the attribute's own verb coordinated with it: "developed and ", "developed, marketed and ". */
const COORDINATED_BEFORE = /(?:,|&|\/|(?<![\p{L}])(?:and|or))\s*(?:\p{Ll}+\s*(?:,|and|or|&|\/)\s*)*$/u;
/**
 * Whether a value stands as the agent of a verb that is not its attribute's, in a pack that names the attribute by its agent (a
 * trigger ending in "by"): "published by B" is no developer where "developed by" is the developer's trigger.
 */
function agentOfAnotherVerb(text: string, v: Span, attribute: PackAttribute, triggers: readonly TriggerHit[]): boolean {
  if (!attribute.triggers.some((t) => /(?<![\p{L}])by$/iu.test(t.trim()))) return false;
  const m = AGENT_BY_BEFORE.exec(text.slice(Math.max(0, v.start - 40), v.start));
  if (!m) return false;
  const verbStart = v.start - m[0].length + m[0].indexOf(m[1]!);
  const verbEnd = verbStart + m[1]!.length;
  const own = (from: number, to: number) => triggers.some((t) => t.attributes.includes(attribute) && t.start < to && t.end > from);
  if (own(verbStart, verbEnd)) return false;
  // "developed and published by B": the attribute's verb before the coordinated one still governs the agent.
  const co = COORDINATED_BEFORE.exec(text.slice(Math.max(0, verbStart - 60), verbStart));
  const coAt = co ? verbStart - co[0].length : -1;
  return !(co && triggers.some((t) => t.attributes.includes(attribute) && t.end <= coAt && /^\s*$/u.test(text.slice(t.end, coAt))));
}

/** Right before a value, words that set it apart from what is said: "outside of ", "without the ", "instead of ", "außerhalb von ". */
const SET_APART_BEFORE =
  /(?<![\p{L}])(?:outside(?:\s+of)?|without|instead\s+of|rather\s+than|other\s+than|apart\s+from|independently\s+of|independent\s+of|away\s+from|except(?:\s+for)?|excluding|en\s+dehors\s+d[eu]|hors\s+d[eu]|sans|fuera\s+de|sin|außerhalb\s+(?:von|der|des)|ohne|al\s+di\s+fuori\s+d[ie]|senza)\s+(?:(?:the|la|le|el|der|die|das|il)\s+)?$/iu;
/** Whether a category value is said not to hold. */
export function negatedBefore(text: string, start: number): boolean {
  return NEGATION.test(clauseBefore(text, start, 60));
}

/**
 * A value said to be lost or taken over, or only nearly reached: a rank, title or status held before, not now ("lost its
 * place as the second-busiest port", "cedes its spot as", "stripping X of its status as", "displaces X as", "overtakes X
 * to become", "on the verge of becoming the busiest"; "… als zweitgrößte … abgelöst"; "从第二大降至…").
 */
const LOST_BEFORE =
  /(?<![\p{L}])(?:(?:los(?:e|es|t|ing)|ced(?:e|es|ed|ing)|surrender(?:s|ed|ing)?|relinquish(?:es|ed|ing)?|forfeit(?:s|ed|ing)?|g(?:ive|ives|ave|iving)\s+up|stripp(?:ed|ing)(?:\s+[\p{L}'’-]+){0,4}\s+of|displac(?:e|es|ed|ing)|overt(?:ook|akes?|aking|aken)|replac(?:e|es|ed|ing)|dethron(?:e|es|ed|ing)|unseat(?:s|ed|ing)?|oust(?:s|ed|ing)?)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:as|of)(?:\s+(?:boasting|having|being|holding))?|to\s+become)|on\s+the\s+verge\s+of\s+becoming|(?:perd(?:u|ió|e|it)?|cède|céd[ée]|pierde|perdió)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:de|como|comme))\s+(?:the\s+|la\s+|el\s+|le\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu;
/** "als zweitgrößte … abgelöst": "als" before the value, a verb of replacing after it in its clause. */
const AS_BEFORE_DE = /(?<![\p{L}])als\s+(?:die\s+|der\s+|das\s+)?$/iu;
const REPLACED_AFTER_DE = /^[^,.;:]{0,40}?(?:abgelöst|verdrängt|überholt|entthront)/u;
/** "从第二大降至…": "from" before the value, a fall or rise right after it. */
const FROM_BEFORE_HAN = /从\s*$/u;
const MOVED_AFTER_HAN = /^\s*(?:位)?\s*(?:降至|跌至|滑落至|下滑至|跌落至|退居|降为|降為)/u;

/**
 * Before a value, a word of an earlier time and the trigger's words: "initially created by", "was originally developed by",
 * "formerly licensed under the", "at first written in". The value of the thing's first days, not a rival of its current one.
 */
const EARLIER_BEFORE = /(?<![\p{L}])(?:initially|originally|formerly|at\s+first)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/iu;

/** Whether a category value is one held before, lost or taken over, or held at first ("initially created by"), not now. */
export function lostValue(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start, 80);
  return (
    LOST_BEFORE.test(before) ||
    EARLIER_BEFORE.test(before) ||
    (AS_BEFORE_DE.test(before) && REPLACED_AFTER_DE.test(text.slice(end, end + 60))) ||
    (FROM_BEFORE_HAN.test(before) && MOVED_AFTER_HAN.test(text.slice(end, end + 12)))
  );
}

