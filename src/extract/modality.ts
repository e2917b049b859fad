// How a sentence stands behind a statement at a given place: cue phrases from the pack, scoped by clause.
import type { Lexicon } from '../packs/lexicon.js';
import type { PhraseMatcher } from '../packs/phrases.js';
import type { Modality } from '../types.js';

/** A contrast starts a new assertion: "Rumours said X, but Y" asserts Y. */
const CONTRAST = /(?<![\p{L}])(?:but|however|yet|whereas|although|though)(?![\p{L}])|但是|但|然而|却|卻/giu;

const SEMICOLON = /[;；]/gu;

/** A comma and a relative pronoun that opens a clause of its own: ", which", ", who", ", whose", ", qui". */
const RELATIVE_CLAUSE = /,\s*(?:which|who|whose|qui)(?![\p{L}])/giu;

/** After a figure, in its sentence: the first estimate it is ("according to a preliminary estimate", "selon une estimation provisoire"). */
const FIRST_ESTIMATE_AFTER =
  /^(?:[^;.!?]|\.(?=\d))*?(?<![\p{L}])(?:according\s+to|based\s+on|per|selon|según|secondo|laut)\s+(?:a|an|the|une|un|la|le|los|las|una|einer|ersten)?\s*(?:preliminary|initial|provisional|early|first|rough|estimation\s+provisoire|estimación\s+preliminar|stima\s+preliminare|vorläufigen?)(?![\p{L}])/iu;

/**
 * After a figure, in its clause: a plan or a first figure it was ("Ten episodes were originally planned", "was initially
 * estimated"). Group 1: a plan (what was meant to be), else a first estimate.
 */
const EARLIER_AFTER =
  /^[^,;:.!?()]{0,40}?(?<![\p{L}])(?:was|were|had\s+been)\s+(?:originally|initially|first)\s+(?:(planned|scheduled|intended|envisaged|envisioned|announced|budgeted)|estimated|reported|projected)(?![\p{L}])/iu;

/** A share short of the whole: "87%", "99.6 %", "87 percent" (not "100%"). */
const PART_SHARE = String.raw`\d{1,2}(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|pour\s+cent|por\s+cento|por\s+ciento|per\s+cento|Prozent)`;
/** The participles of a count in progress: "counted", "reporting", "dépouillés", "apuradas", "escrutado", "scrutinate", "ausgezählten". */
const COUNTED_WORDS = String.raw`counted|reporting|reported|processed|tallied|tabulated|declared|d[ée]pouill[ée]e?s?|comptabilis[ée]e?s?|compt[ée]e?s?|apurad[oa]s?|contad[oa]s?|totalizad[oa]s?|escrutad[oa]s?|contabilizad[oa]s?|computad[oa]s?|scrutinat[eiao]|conteggiat[eiao]|ausgez[äa]hlt(?:e[nmrs]?)?`;
/**
 * A figure stated at a share of completion, a count in progress: "with 87% of ballots counted", "with 60% of precincts
 * reporting", "avec 87 % des bulletins dépouillés", "com 87% das urnas apuradas", "con el 87% escrutado", "nach Auszählung von
 * 87 %", "after 87% of votes were counted" (a share under 100%).
 */
const PART_WAY_COUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:with|at|avec|com|con|mit)\s+(?:(?:el|il|o|le)\s+)?(?:(?:about|almost|nearly|over|just\s+over|more\s+than|plus\s+de|près\s+de|mais\s+de|quase|cerca\s+de|más\s+del?|oltre\s+il|über)\s+)?${PART_SHARE}\s+(?:(?:of|des|das|dos|de|del|dei|delle|der)\s+(?:(?:the|los|las|la|les|l['’]|die)\s*)?(?:[\p{L}-]+\s+){0,3}?)?(?:${COUNTED_WORDS})|(?:after|once|when|après\s+que|depois\s+que|después\s+de\s+que)\s+${PART_SHARE}\s+(?:(?:of|des|das|dos|de|del|der)\s+(?:(?:the|los|las|les|die)\s+)?(?:[\p{L}-]+\s+){0,3}?)?(?:were|was|had\s+been|have\s+been|had|ont\s+été|avaient\s+été|foram|fueron)\s+(?:${COUNTED_WORDS}|in)|nach\s+(?:der\s+)?Auszählung\s+von\s+${PART_SHARE})(?![\p{L}])`,
  'iu',
);
/** Words that revise a figure given before them: "later revised", "corrected", "updated", "révisé", "revisado", "korrigiert". */
export const REVISION_WORDS =
  'revised|raised|lowered|corrected|updated|adjusted|révisée?s?|corrigée?s?|revisad[oa]s?|corregid[oa]s?|rivist[oa]|corrett[oa]|korrigiert|revidiert|aktualisiert';
const REVISED = new RegExp(`(?<![\\p{L}])(?:${REVISION_WORDS})(?![\\p{L}])`, 'giu');
/**
 * "adjusted earnings per share", "adjusted net income": "adjusted" before the noun it qualifies names a measure (one
 * that leaves some items out), not a revision; "adjusted to", "adjusted it upward" revise.
 */
const MEASURE_ADJECTIVE = /^adjusted\s+(?!(?:to|up|down|upwards?|downwards?|it|its|the|them|this|that|their|for|again|from|by)(?![\p{L}]))\p{L}/iu;

/** Before a participle cue ("expected", "forecast", "predicted"), words that make it the measure of what happened. */
const MEASURED_AGAINST = /(?<![\p{L}])(?:than|as|less|more|un)\s+$/iu;

/** Before Italian "attesa", what makes it waiting: "di attesa", "d'attesa", "in attesa" (not "l'attesa di ricavi", an expectation). */
const WAITING_NOUN_BEFORE = /(?<![\p{L}])(?:di|in|d['’])\s*$/iu;

/**
 * A dateline opening the paragraph: a place in capitals before a dash ("CEDAR FALLS — …", "**MAPLE FALLS, Ohio** — …"),
 * a place, never a cue's words.
 */
const DATELINE = /^[\s*_]*\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]*)*(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?[\s*_]*(?:[—–]|--?)\s/u;
/** A word in capitals (two letters or more, none small). */
const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
/** Whether a cue written in capitals stands in a run of words in capitals ("IDAHO FALLS", "TOWN COULD GROW"): no cue of its own. */
function inCapitalsRun(sentence: string, m: { start: number; end: number }): boolean {
  if (!/^[\p{Lu}\p{M}\s'’-]+$/u.test(sentence.slice(m.start, m.end)) || !/\p{Lu}.*\p{Lu}/u.test(sentence.slice(m.start, m.end))) return false;
  const before = /([\p{L}\p{M}'’-]+)[\s*_]*$/u.exec(sentence.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const after = /^[\s*_]*([\p{L}\p{M}'’-]+)/u.exec(sentence.slice(m.end, m.end + 40))?.[1];
  return [before, after].some((w) => w !== undefined && ALL_CAPS_WORD.test(w));
}

/**
 * Cues that are another language's verb too (German "falls", if; English "falls", drops): a cue only where it opens a
 * clause ("…, falls die Zahl steigt"), not after a noun ("revenue falls", "Corvane falls behind").
 */
const CLAUSE_OPENING_ONLY = new Set(['falls']);
const OPENS_A_CLAUSE_BEFORE = /(?:^|[,;:(—–]|(?<![\p{L}])(?:und|oder|aber|doch|nur|auch))[\s*_]*$/iu;

/**
 * Before a cue in the past, the figure it expected (after "the", "than", "of" …; no year) and a word or two (its subject), "had"
 * perhaps: "the €145 million analysts expected", "above the $2.82 analysts had forecast". Not a cue with no figure of its own
 * before it ("Corvane had expected, in its guidance, revenue of …", "In 2024 the group forecast, …, sales of …": a forecast).
 */
const PAST_EXPECTATION_BEFORE =
  /(?<![\p{L}])(?:the|than|of|versus|vs\.?)\s+[$€£¥]?\s*(?!(?:19|20)\d\d(?![\d.,]))\d(?:[\d.,]*\d)?\s*(?:%|[\p{L}$€£¥]+)?\s+(?:[\p{L}'’-]+\s+){1,2}(?:had\s+(?:\p{L}+ly\s+)?)?$/iu;
function cueBefore(matcher: PhraseMatcher, phrases: readonly string[], sentence: string, anchor: number, barrier: number, numberAt = anchor): boolean {
  const first = sentence.search(/\S/);
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  return matcher(sentence).some((m) => {
    // "an initially estimated $200 million": a cue that opens before the figure and ends in its own hedge words stands before it.
    if ((m.end > anchor && !(m.start < anchor && m.end <= numberAt)) || m.start < barrier || m.end <= dateline) return false;
    const text = sentence.slice(m.start, m.end);
    // "IDAHO FALLS — …", "TOWN MAY GROW": a cue in capitals among words in capitals, unless the pack writes it so.
    if (inCapitalsRun(sentence, m) && !/^[^\p{Ll}]*$/u.test(phrases[m.index] ?? '')) return false;
    if (CLAUSE_OPENING_ONLY.has(text.toLowerCase()) && !OPENS_A_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, m.start - 12), m.start))) return false;
    // "May 2026" is a month, "If" at the start is a cue: a capitalised cue counts only as the first word, or as the first
    // after a colon when it is several words ("Correction: An earlier version of this article said …"; not "results: May
    // revenue …"), unless the pack writes it capitalised (a German noun: "laut Prognose").
    const afterColon = /\s/u.test(text) && /[:：]\s*$/u.test(sentence.slice(0, m.start));
    const capitalised = /^\p{Lu}/u.test(text) && !/^\p{Lu}{2}/u.test(text) && !/^\p{Lu}/u.test(phrases[m.index] ?? '') && !afterColon;
    // "better than expected", "as forecast", "a less expected move": a past expectation the statement is measured against.
    if (MEASURED_AGAINST.test(sentence.slice(Math.max(0, m.start - 12), m.start)) && /(?:ed|cast)$/iu.test(text)) return false;
    // "came in above the €145 million analysts had forecast, on revenue up 5% at €2.3 billion": a past expectation of a figure
    // before it ("had forecast", "€145 million analysts expected") is that figure's; its comma ends its reach.
    if (/(?:ed|cast)$/iu.test(text) && /[,;]/u.test(sentence.slice(m.end, anchor)) && PAST_EXPECTATION_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start))) return false;
    // "il periodo di attesa", "lista d'attesa": a noun (waiting), no participle of expecting.
    if (WAITING_NOUN_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start)) && /^attes[ae]$/iu.test(text)) return false;
    return !capitalised || m.start === first;
  });
}

/**
 * Between a figure and the end of its clause: no full stop, semicolon or comma (a mark between digits is the figure's),
 * and no clause that ends on a verb in the past ("…120위였으나", "…投資したが、", "…투자했고").
 */
const SAME_CLAUSE_AFTER = /^(?:[^。．.！!？?；;，,、]|(?<=\p{N})[.,](?=\p{N})){0,40}$/u;
const PAST_CLAUSE_END = /(?:였|었|았|했)(?:고|으나|지만|는데|으며|다)|(?:た|て|し)(?:が|、)|だったが/u;
/** Hangul, or kana: Korean and Japanese, whose verbs come last (Chinese puts its "will" and "expected" before the figure). */
const VERB_LAST = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * "순위를 80위 안으로 끌어올리겠다", "売上高は3兆円に達する見込み", "…に達するとの観測": in Korean and Japanese the verb and its
 * forecast's or report's words close the clause, after the figure. A cue after the figure in its clause, in a Korean or a Japanese clause.
 */
function cueClosingClause(matcher: PhraseMatcher, sentence: string, anchor: number): boolean {
  return matcher(sentence).some((m) => {
    if (m.start < anchor || !VERB_FINAL_SCRIPT.test(sentence.slice(m.start, m.end))) return false;
    const between = sentence.slice(anchor, m.start);
    return SAME_CLAUSE_AFTER.test(between) && !PAST_CLAUSE_END.test(between) && VERB_LAST.test(between + sentence.slice(m.start, m.end));
  });
}

/**
 * A headline's "X to Y" is news style for "X will Y" ("Halden To Buy Corvane In All-Cash Deal",
 * "Orbita to launch the Nova 7 in India"): a capitalised word (a name, or any word of a title-case headline), "to"
 * and a word.
 */
const HEADLINE_TO = /(?:^|[\s"“‘'(])\p{Lu}[\p{L}\p{N}&'’.-]*\s+[Tt][Oo]\s+(?=\p{L})/gu;

/**
 * The modality of a statement anchored at `anchor` (an offset in `sentence`). `headingEnd`: the sentence is a
 * headline, and the statement is read from text ending there; a headline's "X to Y" before that end is a plan.
 */
export function modalityAt(lexicon: Lexicon, sentence: string, anchor: number, headingEnd?: number, numberAt = anchor): Modality {
  const stated = statedModality(lexicon, sentence, anchor, numberAt);
  if (stated !== 'asserted' || headingEnd === undefined) return stated;
  return [...sentence.matchAll(HEADLINE_TO)].some((m) => m.index + m[0].length < headingEnd && !ORDERED_BEFORE.test(sentence.slice(0, m.index))) ? 'predicted' : stated;
}

/**
 * "Court orders X to repay €4 million", "Judge forces X to sell its stake": a verb of ordering before the name makes "to" the
 * order's infinitive, what is ordered being stated, not a headline's plan.
 */
const ORDERED_BEFORE = /(?<![\p{L}])(?:orders?|ordered|requires?|required|forces?|forced|compels?|compelled|sentences?|sentenced|directs?|directed)(?:\s+[\p{L}\p{N}&'’.-]+){0,4}\s*$/iu;

/** A verb in the past: "-ed" ("disclosed"), or a common irregular form. */
const PAST_VERB = /^(?:\p{L}{2,}ed|overtook|took|fell|rose|became|began|won|lost|sold|bought|made|came|went|gave|struck|broke|led|held|paid|built|spent)(?![\p{L}])/iu;
/** A word before such a form that makes it no finite past: "will be disclosed", "to have launched", "expected to be sold", "will be re-released". */
const NOT_FINITE_BEFORE = /(?<![\p{L}])(?:be|been|being|to|have|having|will|would|shall|should|could|might|may|can|must|['’]ll|get|gets)\s+(?:re[-‐])?$/iu;

/**
 * "Shareholders will be paid $31 a share, more than the price before Halden disclosed its holding": a statement whose own verb
 * is in the past is a clause of its own, which a forecast's cue before it does not reach.
 */
function finitePastAt(sentence: string, anchor: number): boolean {
  return PAST_VERB.test(sentence.slice(anchor, anchor + 24)) && !NOT_FINITE_BEFORE.test(sentence.slice(Math.max(0, anchor - 24), anchor));
}

/**
 * Plans whose words also say something else, known by the verb that follows them: "is due to open" (not "is due to weak demand"),
 * French "compte lancer" (not "compte 300 salariés"), German "Halden plant die Einführung" (not the English "plant"). Group 1:
 * a plan told in the past ("was due to open"), what was meant to happen.
 */
const PLAN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:is|are|(was|were))\s+due\s+to\s+(?:be|open|reopen|launch|start|begin|close|complete|finish|enter|arrive|go|come|take|release|publish|report|announce|present|deliver|debut|ship|reach|hold|sign|vote|decide|rule|meet|resume|end|expire|join|leave|list|file|submit|apply)|compte(?:nt)?\s+(?:(?:bien|désormais|aussi|également|maintenant|toujours|donc)\s+)?(?!(?:encore|entre|notre|votre|autre|contre|centre|quatre|quatorze|membre|nombre|chiffre|litre|mètre|metre|kilomètre|kilometre)(?![\p{L}]))\p{Ll}+(?:er|ir|re)|(?<=(?<![\p{L}])(?:\p{Lu}[\p{L}-]*|[Ee]r|[Ss]ie|[Ee]s|[Mm]an|[Ww]ir)\s)plan(?:t|en|te|ten)\s+(?:die|den|das|der|eine[nm]?|für|ab|bis|zudem|außerdem|noch|bereits|nach))(?![\p{L}])`,
  'gu',
);

/** A short aside in parentheses. */
const ASIDE = /[(（]([^()（）]{1,30})[)）]/gu;
/** What such an aside may hold to be passed over: a time, a date, an entry's number ("08:20", "at 10:05 CET", "10 May", "#3"). */
const TIME_OR_DATE =
  /^\s*(?:(?:at|on|posted|updated|from|um|à|a\s+las|alle)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|Uhr|\p{Lu}{2,4}))?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|#\s*\d+|\d{4})\s*$/iu;

/**
 * The sentence with its asides of a time or a date blanked out, offsets kept: "An earlier entry (08:20) said …" reads as "An
 * earlier entry said …" to the cues. (Not an aside that holds the statement's own place.)
 */
function withoutAsides(sentence: string, anchor: number): string {
  if (!/[(（]/u.test(sentence)) return sentence;
  return sentence.replace(ASIDE, (aside: string, inner: string, at: number) => (TIME_OR_DATE.test(inner) && !(at <= anchor && anchor < at + aside.length) ? ' '.repeat(aside.length) : aside));
}

/**
 * Chinese "如" or "若" opening a condition that a "将" (will) closes: "表示如交出数据将不起诉" (if it hands the data over, it will
 * not sue). Not "例如", "比如", "正如", "如期", "如数", "如今", "若干".
 */
const HAN_CONDITION = /(?<![例比诸諸譬假犹猶宛正恰一不何])(?:如|若)(?![果何今此同下上期数數约約常愿願实實意是故一干])[^。；;！？!?]{1,30}?[将將]/gu;
/** "如前所述", "如图2所示", "如上文所说": "as … says or shows", a reference, no condition (its 将 may mark an object: "将资金归还"). */
const HAN_AS_SHOWN = /^(?:如|若)[^，,。；;！？!?]{0,12}?所(?:示|述|说|說|言|见|見|列|载|載)/u;
/** Whether `anchor` stands in such a condition or the clause that closes it. */
function inHanCondition(sentence: string, anchor: number, barrier: number): boolean {
  if (!/[如若]/u.test(sentence)) return false;
  for (const m of sentence.matchAll(HAN_CONDITION)) {
    if (m.index < barrier || m.index >= anchor || HAN_AS_SHOWN.test(m[0])) continue;
    const close = sentence.slice(m.index + m[0].length).search(/[，,。；;！？!?]/u);
    if (anchor < (close === -1 ? sentence.length : m.index + m[0].length + close)) return true;
  }
  return false;
}

/**
 * Before a figure, in its phrase: a word that says it holds now ("its current fare of €3.10", "today's level of",
 * "son cours actuel de", "der derzeitige Kurs von", "当前价格"). Group 1 is the word.
 */
const NOW_WORD_BEFORE =
  /(?<![\p{L}])(current|today['’]s|actuel(?:le)?s?|aktuellen?|derzeitigen?|jetzigen?|actual(?:es)?|attuale|atual)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:about|around|roughly|some|nearly|almost|just|only|rund|etwa|environ|unos|circa|cerca\s+de)\s+)?[$€£¥]?$|(当前|目前)[^\s，。；,;:：]{0,8}$/iu;
/** Where such a word stands before `at` in `sentence`, if one does. */
export function nowWordBefore(sentence: string, at: number): number | undefined {
  const from = Math.max(0, at - 60);
  const m = NOW_WORD_BEFORE.exec(sentence.slice(from, at));
  return m ? from + m.index : undefined;
}

/**
 * Before an event's word, a noun that takes a known event after "of": "the path of the X release", "in the wake of the launch
 * of X", "the success of the X launch", "the lessons of". Group 1 is the noun.
 */
const KNOWN_EVENT_OF =
  /(?<![\p{L}])(path|road|route|footsteps|example|lead|success|lessons?|wake|aftermath|legacy|impact|playbook|precedent|fate|template)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*\s+){0,4}$/u;
/** Where such a noun stands before `at` in `sentence`, if one does. */
function knownEventBefore(sentence: string, at: number): number | undefined {
  const from = Math.max(0, at - 80);
  const m = KNOWN_EVENT_OF.exec(sentence.slice(from, at));
  return m ? from + m.index : undefined;
}

function statedModality(lexicon: Lexicon, written: string, anchor: number, numberAt = anchor): Modality {
  if (/[?？]\s*["'”’)]*\s*$/.test(written)) return 'hypothetical';
  const sentence = withoutAsides(written, anchor);
  let barrier = 0;
  for (const m of sentence.matchAll(CONTRAST)) {
    if (m.index < anchor) barrier = m.index;
  }
  // "An earlier version misstated the revenue; it was $4.2 billion": a semicolon opens an assertion of its own.
  for (const m of sentence.matchAll(SEMICOLON)) {
    if (m.index < anchor && m.index > barrier) barrier = m.index;
  }
  // "It will lean on the K7, which can fly 3,700 miles": a relative clause set off by a comma states a fact of its own, which a
  // cue of the clause before it does not reach.
  for (const m of sentence.matchAll(RELATIVE_CLAUSE)) {
    if (m.index < anchor && m.index > barrier) barrier = m.index;
  }
  // "first estimated at 2.8 million; the figure was later revised to 4.2 million": what the revision gives is stated, whatever
  // was said of the first figure.
  for (const m of sentence.matchAll(REVISED)) {
    if (m.index < anchor && m.index > barrier && !MEASURE_ADJECTIVE.test(sentence.slice(m.index, m.index + 40))) barrier = m.index;
  }
  // "may hit €5 by 2027, well above its current fare of €3.10": a figure said to hold now is stated, whatever
  // was foretold of another figure before it.
  const now = nowWordBefore(sentence, anchor);
  if (now !== undefined && now > barrier) barrier = now;
  // "Systems shipped in 2023 will hopefully follow the path of the X release": an event named in the wake of which another thing
  // is to go is a known one, past; the clause's forecast is of its own subject.
  const known = knownEventBefore(sentence, anchor);
  if (known !== undefined && known > barrier) barrier = known;
  const cues = lexicon.modality;
  const phrases = lexicon.pack.modality;
  if (cueBefore(cues.reported, phrases.reported, sentence, anchor, barrier, numberAt) || cueClosingClause(cues.reported, sentence, anchor)) return 'reported';
  if (cueBefore(cues.hypothetical, phrases.hypothetical, sentence, anchor, barrier, numberAt) || inHanCondition(sentence, anchor, barrier)) return 'hypothetical';
  if (cueBefore(cues.predicted, phrases.predicted, sentence, anchor, barrier, numberAt) && !finitePastAt(sentence, anchor)) return 'predicted';
  if (cueClosingClause(cues.predicted, sentence, anchor)) return 'predicted';
  for (const m of sentence.matchAll(PLAN_BEFORE)) if (m.index >= barrier && m.index < anchor) return m[1] !== undefined ? 'hypothetical' : 'predicted';
  if (cueBefore(cues.hedged, phrases.hedged, sentence, anchor, barrier, numberAt)) return 'hedged';
  // "With 87% of ballots counted, X has 54.3%", "X leads with 54.3%, with 60% of precincts reporting": an earlier state of a
  // count, not its result (nor past a semicolon after the figure).
  const partWay = PART_WAY_COUNT.exec(sentence.slice(barrier));
  if (partWay && (barrier + partWay.index < anchor || !/[;；]/u.test(sentence.slice(anchor, barrier + partWay.index)))) return 'hedged';
  // "Ten episodes were originally planned, but …", "18 stations were initially estimated": a plan or a first figure, said so
  // after it in its clause.
  const earlier = EARLIER_AFTER.exec(sentence.slice(anchor, anchor + 80));
  if (earlier) return earlier[1] !== undefined ? 'hypothetical' : 'hedged';
  // "about 2.8 million customers are affected, according to a preliminary estimate": a first figure, said so after it.
  if (FIRST_ESTIMATE_AFTER.test(sentence.slice(anchor, anchor + 160))) return 'hedged';
  return 'asserted';
}

/** Han, kana or Hangul: a language whose full clauses end on their verb. */
const VERB_FINAL_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A sentence that ends on its figure and a unit or counter of a few characters ("A党は12議席減らして122議席。"). */
const ENDS_ON_FIGURE = /\p{N}[^\p{N}\s。．.!！?？]{0,4}\s*[。．.!！]?\s*$/u;

/**
 * Whether a sentence is an item of a list the sentence before it opened: in Japanese, Chinese or Korean a sentence
 * that ends on its figure has no verb of its own ("出口調査によるとA党は301議席。B党は122議席。"), so it goes on
 * with what the sentence before it said, and stands as that one does (a forecast, a report).
 */
export function listItemSentence(sentence: string): boolean {
  const tail = sentence.slice(-16);
  return ENDS_ON_FIGURE.test(tail) && VERB_FINAL_SCRIPT.test(tail);
}
