// How long a period a figure covers when its words say so and no date does: "quarterly revenue", "full-year profit",
// "第四季度营收", "通期の売上高". A quarter's revenue and a year's are two facts, even on a page with no dates.
import type { PeriodLength, TimeScope } from '../types.js';

/** Every length, shortest first. */
export const PERIOD_LENGTHS: readonly PeriodLength[] = ['day', 'week', 'month', 'quarter', 'half', 'year'];

/**
 * Calendar words in the languages the date grammar reads (src/normalise/dates.ts), by the length they name: words
 * of alphabetic scripts (read between word boundaries, "_" included: "Q4_K_M" is a quantisation, not a quarter), then
 * Han and kana words (read anywhere: "2024财年第四季度").
 */
const CUE_WORDS: Record<PeriodLength, [string, string]> = {
  quarter: [
    [
      'FY\\s?(?:19|20)?\\d\\d\\s?Q[1-4]',
      'Q[1-4]\\s?(?:FY|fiscal\\s+)\\s?(?:19|20)?\\d\\d',
      '(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter',
      '(?:three|3)[\\s-]+months?(?=\\s+(?:ended|ending|to|through)\\s)',
      'quarterly',
      'quarter',
      'Q[1-4]',
      'trimestr(?:e|es|al|ales|ale|ali|iel|ielle|iels|ielles)',
      'Quartal(?:s|e|en|es)?',
    ].join('|'),
    '(?:第\\s*)?[一二三四1-4]?\\s*(?:季度|财季|財季)|(?:第\\s*[1-4一二三四]\\s*)?四半期',
  ],
  half: ['(?:six|6)[\\s-]+months?(?=\\s+(?:ended|ending|to|through)\\s)|half[\\s-]?year(?:ly)?|(?:first|second|1st|2nd)[\\s-]+half|H[12]|semestr(?:e|es|al|ales|iel|ielle)|Halbjahr(?:es)?', '[上下]半年度?|[上下]?半期'],
  year: [
    [
      '(?:twelve|12)[\\s-]+months?(?=\\s+(?:ended|ending|to|through)\\s)',
      'full[\\s-]+year',
      '(?:entire|whole)\\s+(?:fiscal\\s+|financial\\s+)?year',
      'fiscal[\\s-]+(?:year|(?:19|20)?\\d\\d)',
      'financial\\s+year',
      'FY\\s?(?:(?:19|20)?\\d\\d)?',
      'annual(?:ly)?',
      'yearly',
      'per\\s+(?:year|annum)',
      '(?:a|each|every)\\s+year(?!\\s+(?:after|before|later|earlier|ago|or|late|early|of|when|to|in|on)(?![\\p{L}]))',
      'for\\s+the\\s+year',
      'año\\s+fiscal|ano\\s+fiscal|exercice|ejercicio|Geschäftsjahr(?:es)?',
      'anual(?:es)?|annuel(?:le|les|s)?|jährlich',
    ].join('|'),
    '全年|财年|財年|财政年度|會計年度|会计年度|年度|通期|年間',
  ],
  month: ['monthly|per\\s+month|(?:a|each|every)\\s+month(?!\\s+(?:after|before|later|earlier|ago|or|late|early|of|when|to|in|on)(?![\\p{L}]))|mensual(?:es)?|mensuel(?:le|les|s)?|monatlich', '月度|每月'],
  week: ['weekly|per\\s+week|(?:a|each|every)\\s+week(?!\\s+(?:after|before|later|earlier|ago|or|late|early|of|when)(?![\\p{L}]))|semanal(?:es)?|hebdomadaire|wöchentlich|(?:opening\\s+)?weekend|week-end|fin\\s+de\\s+semana|Wochenende|Eröffnungswochenende', '每周|每週|周末|週末'],
  day: [
    'daily|per\\s+day|(?:a|each|every)\\s+day(?!\\s+(?:after|before|later|earlier|ago|or|late|early|of|when)(?![\\p{L}]))|al\\s+día|por\\s+día|par\\s+jour|pro\\s+Tag|diari[oa]s?|quotidien(?:ne|nes|s)?|täglich',
    '每日|每天|日均|[1一]日平均|[1一]日あたり|[1一]日当たり|하루\\s?평균|일평균',
  ],
};

const CUES = new RegExp(
  [...PERIOD_LENGTHS]
    .reverse()
    .map((length) => `(?<${length}>(?<![\\p{L}\\p{N}_])(?:${CUE_WORDS[length][0]})(?![\\p{L}\\p{N}_])|${CUE_WORDS[length][1]})`)
    .join('|'),
  'giu',
);

/**
 * A period word that is the base of a comparison, not the figure's period: "from the previous quarter", "than a year
 * earlier", "year-over-year", "a year ago", "50bp ahead of FY23", "较上季度", "前四半期比", "par rapport au trimestre précédent".
 */
const COMPARED_BEFORE =
  /(?:(?<![\p{L}])(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against|since|on|in|de|du|au|al|del|do|da|vom|zum)\s+(?:the\s+|a\s+|its\s+|their\s+|le\s+|la\s+|el\s+|o\s+|a\s+|dem\s+|des\s+)?)?(?<![\p{L}])(?:previous|prior|preceding|last|same|year-ago|year-earlier|corresponding|comparable|précédent|anterior|vorigen|letzten)\s+(?:fiscal\s+)?$|(?<![\p{L}])(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against|since|ahead\s+of|behind|above|below)\s+(?:the\s+|a\s+|its\s+)?$|[较比与與上去前]\s*$|(?:year|quarter|month|week|day)[\s-]+(?:over|on)[\s-]+$/iu;
const COMPARED_AFTER = /^[\s-]+(?:over|on|to|ago|earlier|before|later|prior|précédent(?:e)?|anterior|pasado|passé|dernier|vorher)(?![\p{L}])|^(?:比|同期)/iu;
/** "a quarter of the market", "three quarters of its power", "of which about a quarter is spent": a share, not a period. */
const SHARE_BEFORE = /(?<![\p{L}])(?:a|one|two|three|1|2|3)[\s-]+$/iu;
const SHARE_AFTER = /^s?\s+of(?![\p{L}])/iu;
/** "of which about a quarter is spent": a share that a verb follows, after words that make it one ("which", "about"). */
const SHARE_VERB_AFTER = /^s?\s+(?:is|are|was|were|goes|go|went)(?![\p{L}])/iu;
const SHARE_WORD_BEFORE = /(?<![\p{L}])(?:which|them|those|these|about|roughly|nearly|almost|some|around|just\s+under|just\s+over)\s+(?:a|one|two|three)[\s-]+$/iu;

/** Between a shorter period and the year it belongs to ("fourth quarter of fiscal 2024", "Q4 FY24", "2024财年第四季度"). */
const WITHIN = /^[\s,'’-]*(?:of\s+)?(?:the\s+)?(?:(?:19|20)?\d\d\s*)?$/iu;

export interface PeriodCue {
  start: number;
  end: number;
  length: PeriodLength;
  /** The base of a comparison ("from the previous quarter") or another period ("prior quarter revenue"): not the figure's. */
  other?: true;
  /**
   * A rate or a short period ("3 sessions per day", "daily active users", "monthly fee"): it says the length of its own
   * phrase's figure only, never of the clause, the sentence or the paragraph around it.
   */
  near?: true;
}

/** "per year", "a year", "每": a rate's period, of its own figure only. */
const RATE = /^(?:per\s|(?:a|each|every)\s|每)/iu;

/** Bounds that keep one pathological sentence linear: prose never comes near them. */
const MAX_CUES = 40;

const ORDER: Record<PeriodLength, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5 };

/** The period words of a sentence that say how long its figures' periods are, comparison bases and shares left out. */
export function periodCues(text: string): PeriodCue[] {
  const found: PeriodCue[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m !== null; m = CUES.exec(text)) {
    const length = PERIOD_LENGTHS.find((l) => m!.groups![l] !== undefined)!;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 16);
    if (length === 'quarter' && /^quarter$/iu.test(m[0]) && SHARE_BEFORE.test(before) && (SHARE_AFTER.test(after) || (SHARE_WORD_BEFORE.test(before) && SHARE_VERB_AFTER.test(after)))) continue;
    const near = ORDER[length] < ORDER.quarter || RATE.test(m[0]);
    // "the three months to June": a span that ends on a date, not a comparison ("quarter to quarter").
    const ending = /months?$/iu.test(m[0]);
    found.push({ start, end, length, ...(COMPARED_BEFORE.test(before) || (!ending && COMPARED_AFTER.test(after)) ? { other: true as const } : {}), ...(near ? { near: true as const } : {}) });
  }
  // A "sentence" of this many period words is a data dump, not prose: it says nothing of its figures' periods.
  if (found.length > MAX_CUES) return [];
  // "the fourth quarter of fiscal 2024": the year only says which quarter; the figure is the quarter's (only a
  // neighbour can stand that close).
  const within = (a: PeriodCue | undefined, b: PeriodCue | undefined) => a !== undefined && b !== undefined && WITHIN.test(text.slice(a.end, b.start));
  return found.filter(
    (cue, i) =>
      !(within(found[i - 1], cue) && ORDER[found[i - 1]!.length] < ORDER[cue.length]) && !(within(cue, found[i + 1]) && ORDER[found[i + 1]!.length] < ORDER[cue.length]),
  );
}

const oneLength = (cues: readonly PeriodCue[]): PeriodLength | undefined => (cues.length > 0 && cues.every((c) => c.length === cues[0]!.length) ? cues[0]!.length : undefined);

const CLAUSE_MARK = /[;；]/u;
const PHRASE_MARK = /[,;:，；：、]/u;

/** The marks around `at` in `text`: the start of what holds it and its end. */
function around(text: string, at: number, mark: RegExp): { start: number; end: number } {
  const marks = (i: number) => mark.test(text[i]!) && !(text[i] === ',' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
  let start = at;
  while (start > 0 && !marks(start - 1)) start--;
  let end = at;
  while (end < text.length && !marks(end)) end++;
  return { start, end };
}

/** A digit: a comma between two ("1,200", "84,2") is a number's, not a mark between phrases. */
const DIGIT = /\d/u;

/** Words that join two phrases without a comma: "a decrease of 6% but an annual increase of 18%". */
const JOINER = /(?<![\p{L}\p{N}])(?:and|but|while|whereas|et|mais|y|pero|mientras|e|mas|ma|mentre|und|aber|während)(?![\p{L}\p{N}])|但是|但|而|却|卻|同时|同時/giu;

/** The part of a phrase around `at` between the words that join it to another ("6% but an annual increase of 18%"). */
function joined(text: string, phrase: { start: number; end: number }, at: number): { start: number; end: number } {
  let { start, end } = phrase;
  for (const m of text.slice(phrase.start, phrase.end).matchAll(JOINER)) {
    const s = phrase.start + m.index;
    if (s + m[0].length <= at) start = s + m[0].length;
    else if (s >= at && s < end) end = s;
  }
  return { start, end };
}

/**
 * The length of the period of the figure at `at` in a sentence with these `cues`: the nearest cue in its phrase
 * (between commas), else the one length the cues of its clause (between semicolons) name, else the one length the
 * sentence's cues name; undefined when they disagree, or when the nearest cue in its phrase is another period's
 * ("prior quarter revenue was …"); null when neither its phrase nor its sentence says anything of its own (a
 * comparison's base elsewhere in the sentence says nothing of it): the paragraph or the section may.
 */
export function periodLengthAt(text: string, cues: readonly PeriodCue[], at: number): PeriodLength | undefined | null {
  const nearest = nearestInPhrase(text, cues, at);
  // "prior quarter revenue was …", "up 7% from the previous quarter": another period's figure, or a comparison's.
  if (nearest) return nearest.other ? undefined : nearest.length;
  const own = cues.filter((c) => !c.other && !c.near);
  if (own.length === 0) return null;
  const clause = around(text, at, CLAUSE_MARK);
  // "produced 412,000 tonnes in 2024, as its second line reached its design rate in the third quarter": a clause of time,
  // cause or contrast after the figure's says when something else happened.
  const other = OTHER_CLAUSE_AFTER.exec(text.slice(at));
  const end = other ? at + other.index : text.length;
  const mine = own.filter((c) => c.start < end);
  if (mine.length === 0) return null;
  return oneLength(mine.filter((c) => c.start >= clause.start && c.end <= clause.end)) ?? oneLength(mine);
}

/** Around an ordinal quarter, words that count quarters rather than name one: "a", "straight", "in a row", "as a …" ("its fourth-quarter revenue" names one). */
const COUNTED_BEFORE = /(?<![\p{L}])(?:a|another|straight|consecutive)\s+$/iu;
const COUNTED_AFTER = /^\s+(?:in\s+a\s+row|running|straight|as\s+an?\s|of\s+(?:growth|decline|losses|profit))/iu;
/** The ordinal of a quarter or a half as its cue writes it: "first", "1st", "Q1", "H1", "第一", "1". */
const ORDINAL = /(first|1st|Q1|H1|[第]?\s*[1一](?=\s*(?:季|四半期))|second|2nd|Q2|H2|[第]?\s*[2二](?=\s*(?:季|四半期))|third|3rd|Q3|[第]?\s*[3三](?=\s*(?:季|四半期))|fourth|4th|Q4|[第]?\s*[4四](?=\s*(?:季|四半期))|上半|下半)/iu;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, q1: 1, h1: 1, '1': 1, 一: 1, 上半: 1, second: 2, '2nd': 2, q2: 2, h2: 2, '2': 2, 二: 2, 下半: 2, third: 3, '3rd': 3, q3: 3, '3': 3, 三: 3, fourth: 4, '4th': 4, q4: 4, '4': 4, 四: 4 };

/**
 * Which quarter or half the cue nearest the figure at `at` names, when its phrase names one and no date does ("first-quarter
 * revenue", "Q4", "第四季度"): "first quarter" to "fourth quarter", "first half" or "second half"; undefined for "quarterly",
 * "the quarter" or another length.
 */
export function periodNamedAt(text: string, cues: readonly PeriodCue[], at: number): string | undefined {
  const nearest = nearestInPhrase(text, cues, at);
  if (!nearest || nearest.other || (nearest.length !== 'quarter' && nearest.length !== 'half')) return undefined;
  // "the second quarter in a row", "its first quarter as a listed company": a count of quarters, not one of the calendar.
  if (COUNTED_BEFORE.test(text.slice(Math.max(0, nearest.start - 12), nearest.start)) || COUNTED_AFTER.test(text.slice(nearest.end, nearest.end + 20))) return undefined;
  const m = ORDINAL.exec(text.slice(nearest.start, nearest.end));
  const n = m ? ORDINALS[m[1]!.replace(/^第\s*/u, '').toLowerCase()] : undefined;
  return n === undefined ? undefined : `${['first', 'second', 'third', 'fourth'][n - 1]} ${nearest.length}`;
}

/** A comma and words that open a clause of time, cause or contrast: ", as its …", ", when", ", while", ", but" (not ", as expected", ", as of"). */
const OTHER_CLAUSE_AFTER =
  /[,，;]\s*(?:as\s+(?:its|their|his|her|the|a|an|it|they|he|she|we)|when|while|because|since|although|though|whereas|but|until|alors\s+que|tandis\s+que|mientras|cuando|während|weil)(?![\p{L}])/iu;

/** The phrase around `at`: between commas, and the words that join two phrases ("5.1% in 2030, and 4.4% in …"). */
export function phraseAt(text: string, at: number): { start: number; end: number } {
  return joined(text, around(text, at, PHRASE_MARK), at);
}

/** The cue nearest `at` in its phrase (between commas, and the words that join two phrases). */
function nearestInPhrase(text: string, cues: readonly PeriodCue[], at: number): PeriodCue | undefined {
  const phrase = phraseAt(text, at);
  let nearest: { d: number; cue: PeriodCue } | undefined;
  for (const cue of cues) {
    if (cue.start < phrase.start || cue.end > phrase.end) continue;
    const d = cue.end <= at ? at - cue.end : cue.start - at;
    if (!nearest || d < nearest.d) nearest = { d, cue };
  }
  return nearest?.cue;
}

/**
 * A short window a level's or a running total's figure is said of, in its own phrase: "$84 million in its second
 * weekend", "12 new cases in the past day", "2,000 stars this week", "weekly active users". Such a figure is what
 * the window added or held, not the level or the total to date: another fact. Null when its phrase names none.
 */
export function windowAt(text: string, cues: readonly PeriodCue[], at: number): PeriodLength | null {
  let nearest = nearestInPhrase(text, cues, at);
  // "$118 million in its second weekend, including $71 million at home": the parts a figure breaks into are its window's.
  if (!nearest) {
    const open = around(text, at, PHRASE_MARK).start;
    if (open > 0 && PARTS_OPEN.test(text.slice(open, at))) nearest = nearestInPhrase(text, cues, open - 1);
  }
  return nearest && !nearest.other && ORDER[nearest.length] < ORDER.month ? nearest.length : null;
}

/** The words that open a phrase listing the parts of the figure before it: "including", "of which", "dont", "darunter". */
const PARTS_OPEN =
  /^\s*(?:including|of\s+which|among\s+them|incluidos?|incluidas?|incluyendo|de\s+los\s+cuales|dont|y\s+compris|incluindo|dos\s+quais|inclusi|di\s+cui|darunter|davon|einschließlich|inklusive)(?![\p{L}])|^\s*(?:其中|包括)/iu;

/**
 * What a sentence says of the length of its figures' periods, for the sentences after it: the one length its own
 * cues name (rates and short periods aside), undefined when they disagree, null when it names no length of its own.
 */
export function sentenceLength(cues: readonly PeriodCue[]): PeriodLength | undefined | null {
  const own = cues.filter((c) => !c.other && !c.near);
  return own.length === 0 ? null : oneLength(own);
}

/** The one length a heading's cues name ("## Fourth-quarter highlights"), for the figures under it that name none. */
export function headingPeriodLength(text: string): PeriodLength | undefined {
  return sentenceLength(periodCues(text)) ?? undefined;
}

/** A period that is one calendar year ("2023": January 1 to December 31), or a year across two ("2024–25"). A flow's figure dated so is the year's. */
export const wholeYear = (time: TimeScope) =>
  (/^\d{4}-01-01$/.test(time.start) && time.end === `${time.start.slice(0, 4)}-12-31`) ||
  // "2024–25", "2024/25": an academic, fiscal or sporting year across two calendar years is a year long too.
  (/^~\d{4}\/\d{2}$/.test(time.start) && time.start === time.end);
