// The number grammar: finds figures in text (digits, number words, scales, currencies, hedges, ranges,
// units) and reads them as Quantity values.
//
// The scanner is hand-written and runs left to right over a folded copy of the text (ASCII lower-case,
// full-width forms made ASCII, one code unit for one code unit, so offsets carry over). Every look-ahead
// and look-behind is bounded, so the whole scan is linear in the length of the text and never backtracks.
//
// Decisions on ambiguous input:
// - A number glued to a letter ("X800", "Abc2.5", "ABC-4", "V3", "8x22B", "1990s", "5th") is not a number;
//   nor is anything in a dotted, colon or slash chain ("2.0.1", "11:44", "24/7", "4/1/2026") or a date
//   ("2026-04-01", "2020-04"). A number standing alone after a name ("Model 3 70B", "License 2.0") is
//   returned as is: callers decide what names mean. With `words`, "top-4" is read, marked `word`.
// - "N/M" is a fraction (unit ratio) only with an ordinal ending ("1/10th") or before "of" ("1/3 of").
// - "X to Y" is a range, except after "from" ("from 5 to 10" is a change, so two separate figures).
// - A bare 4-digit year-like number does not reach across name tokens for its unit ("In 2024 Acme GPUs"),
//   only to a unit right after it.
// - Scale suffixes (K, M, B, bn, T) are read as scales before unit words, so a caller's "m" cannot turn "$5M"
//   into metres.
// - Marks between digits follow the document's NumberFormat (English by default, see number-format.ts):
//   a mark that is neither the decimal mark nor followed by exactly three digits ("1,2", "2024,2025" in
//   English) makes the whole token not a number. One mark before exactly three digits read as a decimal
//   ("4.000" in English) is returned `ambiguous`. Indian grouping ("1,29,999") is read wherever the comma
//   groups thousands.
// - Number words ("three", "a dozen", "two million") and Chinese numerals ("三台", "两家") are read only
//   with the `words` option, and returned marked `word`: alone they are read only before a noun-like word or a unit ("three turbines", not "one
//   of the", "no one"), with a scale word always ("a million downloads"), and Chinese numerals only before
//   a measure word or a unit, never after 第 or inside a longer word.
// - A Latin unit may be glued to a Chinese scale ("35.5万GPU小时"); Chinese measure words may stand between
//   a number and its unit ("1.2万张卡" with the caller's 卡).

import type { Quantity, Span } from '../types.js';
import { COUNTED_AFTER, datesOldYear } from './dates.js';
import { ENGLISH_FORMAT, GROUP_SPACES, isNumberFormat, type NumberFormat, type WordsLanguage } from './number-format.js';
import { identityOf, TextMemo } from './memo.js';
import {
  asciiWordAt,
  CJK_NUMERAL_CHARS,
  CJK_NUMERAL_FIRST,
  NUMBER_WORD_OPENERS,
  NUMBER_WORD_SIGNATURES,
  readCjkNumeral,
  readEnglishNumber,
  readForeignNumber,
  wordSignature,
  type WordNumber,
} from './number-words.js';
import {
  CJK_RE,
  cjkNameBeforeHyphen,
  cpAt,
  cpBefore,
  fold,
  isD,
  isLetter,
  isSpace,
  isWordCh,
  LETTER_RE,
  matchBackward,
  matchForward,
  MAX_WS,
  normKey,
  skipWs,
  skipWsBack,
  UPPER_RE,
  wordAt,
  wordBefore,
} from './scan.js';
import {
  CJK_MEASURE_WORDS,
  CJK_NUMERAL_UNIT_WORDS,
  CJK_SCALES,
  CURRENCY_PREFIXES,
  canonicalUnit,
  CURRENCY_SYMBOLS,
  dimensionOf,
  DOTTED_CURRENCY_PREFIXES,
  FRACTION_ORDINALS,
  GLUED_UNIT_WORDS,
  HUNDREDTHS,
  isCountUnit,
  PERCENT,
  RATIO,
  RATIO_SUFFIXES,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  SPACED_ONLY_UNIT_WORDS,
  UNIT_WORD_CASE,
  UNIT_WORDS,
  UPPER_SCALE_SUFFIXES,
} from './units.js';

export { ENGLISH_FORMAT, inferNumberFormat, type NumberFormat } from './number-format.js';

/** Lower-cased word or phrase → canonical unit, e.g. {"stars": "star", "star": "star", "gpus": "gpu"}. */
export interface UnitWords {
  [word: string]: string;
}

/** Scale words a caller declares, word → power of ten, e.g. {"crore": 7, "lakh": 5}. */
export interface ScaleWords {
  [word: string]: number;
}

export interface FindOptions {
  /** The document's number format (inferNumberFormat); English when absent or invalid. */
  format?: NumberFormat;
  /** Scale words after a number or a number word, tried before the built-in ones. */
  scaleWords?: ScaleWords;
  /**
   * Also read numbers in words and compounds ("three turbines", "a dozen", "three-way", "top-4", "三台"),
   * returned marked `word`. Off by default: callers that do not look at `word` would take "two
   * parameters" in a how-to for a claim.
   */
  words?: boolean;
}

export interface QuantityMatch {
  /** [start,end) in the input of the whole figure incl. hedge words and unit, e.g. "over 8,000 stars". */
  span: Span;
  /** Just the numeric core incl. currency symbol and scale, e.g. "8,000" or "$5.6M". */
  numberSpan: Span;
  /** `quantity.text === input.slice(span.start, span.end)`; unit '' when none. */
  quantity: Quantity;
  /** Where the unit word was found, when it is a word after the number. */
  unitSpan?: Span;
  /** Parts of one duration joined ("two hours and 14 seconds"): the smallest part's unit in seconds; the figure is in seconds. */
  duration?: number;
  /**
   * A part of a date, not a figure (callers usually skip these): a bare 4-digit year 1900–2100 with no
   * unit/currency/scale, or a month or day number glued to 月, 日, 号 or 號 ("6月底", "23日").
   */
  calendar?: boolean;
  /**
   * True when the number is written in words or inside a compound ("three turbines", "a dozen", "two
   * million", "three-way", "top-4", "三台", "十二个"): such readings are ambiguous, callers decide.
   */
  word?: boolean;
  /**
   * True when one mark before exactly three digits was read as the decimal mark ("4.000" under the
   * English format is 4; in a document that groups thousands with dots it would be 4,000).
   */
  ambiguous?: boolean;
}

/** Longest name token that may stand between a number and its unit ("10,000 Acme X800 GPUs"). */
const MAX_NAME_TOKEN = 40;
/** How many name tokens may stand between a number and its unit. */
const MAX_NAME_TOKENS = 2;

type HedgeKind = 'lower' | 'upper' | 'approx' | 'between' | 'from' | 'until' | 'none';

interface Phrase {
  /** Folded phrase; for post-hedges without the leading space. */
  phrase: string;
  kind: HedgeKind;
  /** Post-hedges only: whitespace must come before the phrase (" or more"). */
  spaced: boolean;
}

/** Phrases grouped by one end character (last for pre-hedges, first for post-hedges), longest first. */
function phraseIndex(groups: Record<HedgeKind, string[]>, byLast: boolean): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const kind of Object.keys(groups) as HedgeKind[]) {
    for (const raw of groups[kind]) {
      const spaced = !byLast && raw[0] === ' ';
      const phrase = spaced ? raw.slice(1) : raw;
      const key = byLast ? phrase[phrase.length - 1]! : phrase[0]!;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ phrase, kind, spaced });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

/**
 * Words before the number, in the languages the date grammar reads. `none` entries block a shorter hedge inside a
 * longer word (最近 "recently"); a leading space makes a phrase start a word (" 약", never the end of 계약).
 * Words that also mean "until" (hasta, até, jusqu'à, fino a) are `until`: an upper bound only of a figure with a unit or a
 * currency ("hasta 3.250 millones de euros"), nothing before a bare number ("hasta 2025" is a year).
 */
/** Verbs of going past a mark: floors, also before an article ("superó los 300", "a dépassé les 2 millions"). */
const PASSING_VERBS = [
  'surpassed', 'surpassing', 'surpasses', 'exceeded', 'exceeds', 'topped', 'topping', 'crossed', 'eclipsed',
  'dépassé', 'dépasse', 'dépassant', 'franchi', 'superó', 'supera', 'superado', 'superando', 'rebasó', 'superou',
  'ultrapassou', 'ha superato', 'superato', 'überstieg', 'übertraf', 'überschritt', 'übersteigt', 'überschreitet',
];
const PASSING = new Set(PASSING_VERBS);

const PRE_HEDGES = phraseIndex(
  {
    lower: [
      'over', 'more than', 'above', 'at least', 'exceeding', 'upwards of', 'upward of', 'in excess of',
      'greater than', 'no less than', 'no fewer than', 'not less than', 'not fewer than', '>', '>=', '≥',
      '超过', '超過', '逾', '多于', '多於', '突破', '超', '至少', '不少于', '不少於', '不低于', '不低於',
      '高于', '高於', '大于', '大於',
      // French, Spanish, Portuguese, Italian, German, Dutch
      'plus de', "plus d'", 'plus d’', 'au moins', 'pas moins de', 'más de', 'al menos', 'por lo menos', 'mais de',
      'pelo menos', 'più di', 'oltre', 'almeno', 'mehr als', 'über', 'Über', 'mindestens', 'meer dan', 'ruim',
      // "no less than" ("non meno di 30" is no "meno di 30"): the negated upper bounds, longer than the bounds they hold
      "pas moins d'", 'pas moins d’', 'no menos de', 'no menos que', 'não menos de', 'não menos que', 'não menos do que',
      'non meno di', 'nicht weniger als', 'niet minder dan',
      // Korean, Japanese
      ' 최소', '少なくとも',
      // Verbs of going past a mark ("surpassed three million players", "a dépassé 2 millions", "superó los 300")
      ...PASSING_VERBS,
    ],
    upper: [
      'under', 'less than', 'below', 'fewer than', 'up to', 'at most', 'no more than', 'not more than',
      'as many as', 'as much as', '<', '<=', '≤', '不到', '不足', '最多', '至多', '多达', '多達',
      '不超过', '不超過', '不高于', '不高於', '不多于', '不多於', '高达', '高達',
      '低于', '低於', '小于', '小於', '少于', '少於',
      'moins de', "moins d'", 'moins d’', 'menos de', 'meno di', 'weniger als', 'höchstens', 'minder dan',
      // "no more than" ("non più di 33 milioni" is no "più di 33 milioni"): the negated floors, longer than the floors
      'pas plus de', "pas plus d'", 'pas plus d’', 'no más de', 'no más que', 'não mais de', 'não mais que',
      'não mais do que', 'non più di', 'non oltre', 'nicht mehr als', 'niet meer dan', 'au plus', 'tout au plus',
      'como máximo', 'a lo sumo', 'no máximo', 'al massimo',
      ' 최대', '最大で', 'bis zu',
    ],
    until: ['hasta', 'até', "jusqu'à", 'jusqu’à', 'fino a'],
    approx: [
      '~', '≈', 'about', 'around', 'roughly', 'approximately', 'approx.', 'nearly', 'almost', 'some',
      'an estimated', 'estimated', 'circa',
      // "estimada em 2.150", "estimé à 40 millions", "geschätzte 2.000", "stimati in 300": an estimate's figure.
      'estimado en', 'estimada en', 'estimados en', 'estimadas en', 'estimado em', 'estimada em', 'estimados em',
      'estimadas em', 'estimou em', 'estimé à', 'estimée à', 'estimés à', 'estimées à', 'stimato in',
      'stimata in', 'stimati in', 'stimate in', 'geschätzt auf', 'geschätzte', 'geschätzten', '约', '約', '近', '大约', '大約', '约为', '約為', '大约为', '大約為', '将近', '將近', '接近', '大概',
      'environ', 'près de', "près d'", 'près d’', 'quelque', 'autour de', 'presque', 'cerca de', 'alrededor de',
      'aproximadamente', 'unos', 'unas', 'casi', 'quase', 'em torno de', 'por volta de', 'quasi', 'intorno a',
      'rund', 'etwa', 'ca.', 'ungefähr', 'knapp', 'nahezu', 'annähernd', 'ongeveer', 'bijna', 'zo’n', "zo'n",
      ' 약', 'およそ',
    ],
    between: ['between', 'entre', 'tra', 'fra', 'zwischen', 'tussen'],
    from: ['from'],
    none: ['最近', '附近'],
  },
  true,
);

/** Words after the number or its unit. A leading space stands for whitespace before the phrase. */
const POST_HEDGES = phraseIndex(
  {
    lower: [
      '以上', '多', '余', '餘', ' or more', '-plus', ' et plus', ' o más', ' ou mais', ' o più', ' und mehr',
      // Korean ("30만 명이 넘는", "100만 돌파") and Japanese ("300人余り")
      '이상', ' 이상', '이 넘', '가 넘', '을 넘', '를 넘', ' 넘', '넘게', ' 돌파', '초과', ' 초과', '余り', 'あまり',
      'を突破', 'を超え', 'を超す', 'を上回',
    ],
    upper: ['以下', '以内', '以內', ' or less', ' or fewer', '미만', ' 미만', '이하', ' 이하', '未満', '足らず'],
    until: [],
    approx: ['左右', ' or so', '가량', ' 가량', '정도', ' 정도', '안팎', ' 안팎', '前後', '程度', 'ほど', '近く'],
    between: [],
    from: [],
    none: [],
  },
  false,
);

/** "400多亿", "50余万", Korean "30여만 명", "300여 명": some more than the figure. */
const CJK_MORE_CHARS = new Set(['多', '余', '餘', '여']);
/** After Korean 여, a scale, a counter or no Hangul at all: "300여명", never the 여 of 여름 ("2024여름" is no figure of 2024-odd). */
const AFTER_YEO = /^(?:[^\p{Script=Hangul}]|[만억천백명개건곳편회년일월대채척마가])/u;
const cjkMore = (ch: string, next = '') => CJK_MORE_CHARS.has(ch) && (ch !== '여' || AFTER_YEO.test(next || ' '));

interface Found {
  kind: HedgeKind;
  start: number;
  end: number;
}

/**
 * An article, perhaps after "already", between such a verb and the number, in the languages that put one before a count
 * ("supera ya los 350 casos", "a dépassé les 2 millions"); not English "the", which opens a noun phrase the number modifies
 * ("surpassed the 70-billion-parameter X").
 */
const ARTICLE_AFTER_PASSING = /(?<![\p{L}])(?:(?:ya|já|déjà|già|bereits|schon)\s+)?(?:los|las|les|die|den|i|gli|os|as)\s+$/iu;

function hedgeBefore(f: string, s: number, lastEnd: number, afterArticle = false): Found | null {
  const e = skipWsBack(f, s, MAX_WS);
  if (e <= 0) return null;
  if (!afterArticle) {
    const article = ARTICLE_AFTER_PASSING.exec(f.slice(Math.max(0, e - 20), s));
    const passing = article ? hedgeBefore(f, s - article[0].length, lastEnd, true) : null;
    if (passing && passing.kind === 'lower' && PASSING.has(f.slice(passing.start, passing.end).toLowerCase())) return { kind: 'lower', start: passing.start, end: e };
  }
  const list = PRE_HEDGES.get(f[e - 1]!);
  if (!list) return null;
  for (const h of list) {
    // A hedge ending in a letter must be a separate word.
    if (e === s && isWordCh(h.phrase[h.phrase.length - 1])) continue;
    // A leading space stands for the start of a word: " 약" is 약 alone, never the end of 계약.
    const word = h.phrase[0] === ' ';
    const start = matchBackward(f, e, word ? h.phrase.slice(1) : h.phrase);
    if (word && start > 0 && isLetter(cpBefore(f, start))) continue;
    if (start < 0 || start < lastEnd) continue;
    // "ein Angebot über 20 Milliarden Euro", "einen Auftrag über 3 Mio.": after the noun of a sum, "über" is "of", no floor.
    if (h.kind === 'lower' && /^über$/iu.test(f.slice(start, e)) && SUM_BEFORE_UEBER.test(f.slice(Math.max(0, start - 40), start))) return null;
    // "verfügt über 48 Turbinen" (has 48 turbines): the preposition of a verb of having, no floor.
    if (h.kind === 'lower' && /^über$/iu.test(f.slice(start, e)) && HAVING_BEFORE_UEBER.test(f.slice(Math.max(0, start - 40), start))) return null;
    // "revised up to 4.2 million", "raised it up to $5 billion": a move upward to the figure, no bound of it.
    if (h.kind === 'upper' && /^up\s+to$/iu.test(f.slice(start, e)) && MOVED_UP_BEFORE.test(f.slice(Math.max(0, start - 40), start))) return null;
    // "handed over 114,800 cars", "took over 40 stores": "over" is the verb's particle, no floor.
    if (h.kind === 'lower' && /^over$/iu.test(f.slice(start, e)) && PARTICLE_OVER_BEFORE.test(f.slice(Math.max(0, start - 16), start))) return null;
    return { kind: h.kind, start, end: e };
  }
  return null;
}

/** German nouns of a sum, compounds too ("Übernahmeangebot", "Milliardenauftrag"), right before "über". */
const SUM_BEFORE_UEBER =
  /(?:angebot|gebot|vertrag|auftrag|aufträge|rechnung|kredit|darlehen|anleihe|scheck|vereinbarung|bestellung|zahlung|forderung|klage|strafe|bußgeld|summe|betrag)\s+$/iu;

/** German "verfügen über" (to have), an adverb perhaps between: "verfügt über", "verfügte bereits über". */
const HAVING_BEFORE_UEBER = /(?<![\p{L}])verfüg(?:t|te|ten|en|e|st|end)\s+(?:(?:jetzt|nun|derzeit|heute|inzwischen|bereits|schon|insgesamt|noch|mittlerweile)\s+)?$/iu;

/** A verb whose particle is "over" ("handed over", "turned over"; not "took over 40 minutes"): the figure after it is its object. */
const PARTICLE_OVER_BEFORE = /(?<![\p{L}])(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$/iu;

/** A verb of revising or raising, perhaps with its object, before "up to": "revised its estimate up to", "raised it up to". */
const MOVED_UP_BEFORE = /(?<![\p{L}])(?:revised|raised|revises|raises|revising|raising|increased|lifted|pushed|bumped|went|moved|jumped|climbed|rose|crept|creeps|edged|edges|inched|inches|ticked|ticks|shot|shoots|soared|surged|nudged)\s+(?:(?:it|this|that|them|its|their|the)\s+)?(?:(?:figure|estimate|count|forecast|guidance|total|tally|toll|number)\s+)?$/iu;

function hedgeAfter(f: string, p: number): Found | null {
  const q = skipWs(f, p, MAX_WS);
  for (const at of q > p ? [p, q] : [p]) {
    const list = POST_HEDGES.get(f[at]!);
    if (!list) continue;
    for (const h of list) {
      if (h.spaced !== (at > p)) continue;
      const end = matchForward(f, at, h.phrase);
      if (end >= 0) return { kind: h.kind, start: p, end };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Units

interface UnitEntry {
  key: string;
  unit: string;
  startsWithLetter: boolean;
}

interface UnitTable {
  byFirst: Map<string, UnitEntry[]>;
  exact: Map<string, string>;
  /** The built-in table: its short words do not reach across names, its single letters match in one case. */
  builtin: boolean;
}

function buildTable(table: Readonly<Record<string, unknown>>, builtin = false): UnitTable {
  const exact = new Map<string, string>();
  for (const raw of Object.keys(table)) {
    const unit = table[raw];
    if (typeof unit !== 'string') continue;
    const key = normKey(raw);
    if (key !== '') exact.set(key, unit);
  }
  const byFirst = new Map<string, UnitEntry[]>();
  for (const [key, unit] of exact) {
    const first = key[0]!;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push({ key, unit, startsWithLetter: isLetter(cpAt(key, 0)) });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return { byFirst, exact, builtin };
}

const BUILTIN_UNITS = buildTable(UNIT_WORDS, true);
const CJK_NUMERAL_UNITS = buildTable(CJK_NUMERAL_UNIT_WORDS, true);
const CASED_UNITS: ReadonlyMap<string, string> = new Map(Object.entries(UNIT_WORD_CASE));

/** A caller's unit words are built into a table once per object (a pack's lexicon passes the same object every time). */
const CALLER_TABLES = new WeakMap<object, UnitTable>();
function callerTable(words: UnitWords): UnitTable {
  let table = CALLER_TABLES.get(words);
  if (!table) {
    table = buildTable(words);
    CALLER_TABLES.set(words, table);
  }
  return table;
}
const GLUED_UNITS = buildTable(GLUED_UNIT_WORDS);
const PREFIXES: Readonly<Record<string, string>> = { ...CURRENCY_PREFIXES, ...DOTTED_CURRENCY_PREFIXES };
const CURRENCY_KEYS = Object.keys(PREFIXES).sort((a, b) => b.length - a.length);
const CURRENCY_LAST = new Set(CURRENCY_KEYS.map((k) => k[k.length - 1]!));
const CURRENCY_FIRST = new Set(CURRENCY_KEYS.map((k) => k[0]!));

interface ScaleEntry {
  key: string;
  exp: number;
}

/** Scale words by first character, longest first; a caller's before the built-in ones of the same length. */
type ScaleTable = Map<string, ScaleEntry[]>;

function buildScales(caller: Readonly<Record<string, unknown>>): ScaleTable {
  const entries: ScaleEntry[] = [];
  const seen = new Set<string>();
  for (const raw of Object.keys(caller)) {
    const exp = caller[raw];
    const key = normKey(raw);
    if (typeof exp !== 'number' || !Number.isInteger(exp) || exp < -30 || exp > 30 || key === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push({ key, exp });
  }
  for (const [key, exp] of SCALE_WORDS) {
    if (!seen.has(key)) entries.push({ key, exp });
  }
  const table: ScaleTable = new Map();
  for (const e of entries) {
    let list = table.get(e.key[0]!);
    if (!list) table.set(e.key[0]!, (list = []));
    list.push(e);
  }
  for (const list of table.values()) list.sort((a, b) => b.key.length - a.key.length);
  return table;
}

/**
 * "Thousand" as languages that write a decimal comma say it after a number ("48,5 mil entradas", "40 mila
 * spettatori", "3 mille"): read on such pages only, since English writes "5 mil" for five million.
 */
const DECIMAL_COMMA_SCALE_WORDS: Readonly<Record<string, number>> = { mil: 3, mille: 3, mila: 3, duizend: 3, tusen: 3, tusind: 3 };

const BUILTIN_SCALES = buildScales({});
const BUILTIN_COMMA_SCALES = buildScales(DECIMAL_COMMA_SCALE_WORDS);
const CALLER_SCALES = new WeakMap<object, ScaleTable>();
const CALLER_COMMA_SCALES = new WeakMap<object, ScaleTable>();
/** The scale words of a document: with the words for "thousand" said after a number where `decimal` is ',' (or the page says them). */
function scaleTable(words: ScaleWords | undefined, decimal: '.' | ','): ScaleTable {
  if (!words || typeof words !== 'object') return decimal === ',' ? BUILTIN_COMMA_SCALES : BUILTIN_SCALES;
  const cache = decimal === ',' ? CALLER_COMMA_SCALES : CALLER_SCALES;
  let table = cache.get(words);
  if (!table) {
    // The caller's words come first.
    table = buildScales(decimal === ',' ? { ...DECIMAL_COMMA_SCALE_WORDS, ...words } : words);
    cache.set(words, table);
  }
  return table;
}

interface Ctx {
  f: string;
  text: string;
  tables: UnitTable[];
  scales: ScaleTable;
  decimal: '.' | ',';
  /** Marks read between groups of three digits. */
  groupMarks: string;
  /** Numbers in words are read (FindOptions.words). */
  words: boolean;
  /** The page's other language whose number words are read too (NumberFormat.words), with `words`. */
  foreign?: WordsLanguage;
  /** This context with the caller's unit tables only, made once (src/normalise/numbers.ts, modifiedCount). */
  callerOnly?: Ctx;
  /** Where the scan goes on after a figure read as nothing: past a power of ten whose exponent cannot be read. */
  skipTo?: number;
}

/** A scale word at `pos` ("million", a caller's "crore"); its power of ten and end. */
function scaleAt(ctx: Ctx, pos: number): { exp: number; end: number } | null {
  const list = ctx.scales.get(ctx.f[pos]!);
  if (!list) return null;
  for (const e of list) {
    const end = matchForward(ctx.f, pos, e.key);
    if (end >= 0) return { exp: e.exp, end };
  }
  return null;
}

interface UnitHit {
  unit: string;
  start: number;
  end: number;
  key: string;
}

/**
 * The longest unit word or phrase at `pos` in the caller's and the built-in tables (the caller's on a
 * tie). After a name token (`afterName`) built-in words of one or two letters do not count.
 */
function unitAt(ctx: Ctx, pos: number, letterStart: boolean, afterName = false, extra?: UnitTable): UnitHit | null {
  const f = ctx.f;
  const first = f[pos];
  if (first === undefined) return null;
  let best: UnitHit | null = null;
  const tables = extra ? [extra, ...ctx.tables] : ctx.tables;
  for (const table of tables) {
    const list = table.byFirst.get(first);
    if (!list) continue;
    for (const e of list) {
      if (best && e.key.length <= best.key.length) break;
      if (letterStart && !e.startsWithLetter) continue;
      if (table.builtin) {
        if (afterName && e.key.length <= 2) continue;
        const cased = CASED_UNITS.get(e.key);
        if (cased !== undefined && ctx.text.slice(pos, pos + cased.length) !== cased) continue;
      }
      if (isWordCh(e.key[0]) && wordBefore(f, pos)) continue;
      const end = matchForward(f, pos, e.key);
      if (end >= 0) {
        best = { unit: e.unit, start: pos, end, key: e.key };
        break;
      }
    }
  }
  return best;
}

/**
 * Whether the Chinese scale character at `pos` scales the figure: no unit word starts there ("千克", kilogram, is a unit of
 * its own), or only one that is the scale and a word of the same unit after it ("万元", a pack's word for 万 yuan).
 */
function scalesAt(ctx: Ctx, pos: number): boolean {
  // 兆 is a trillion before money, a smaller scale or a counted word ("1兆円", "1兆2400億円", "14.8兆トークン"); before a
  // unit of measurement it is mega in Chinese ("145 兆字节", "3.2 兆赫", "100兆宽带"), which no scale reads.
  if (ctx.f[pos] === '兆' && MEGA_AFTER.test(ctx.f.slice(pos + 1, pos + 4))) return false;
  const unit = unitAt(ctx, pos, false);
  if (!unit) return true;
  let rest = pos;
  while (rest < unit.end && CJK_SCALES.has(ctx.f[rest]!)) rest++;
  if (rest >= unit.end) return false;
  const after = unitAt(ctx, rest, false);
  return after !== null && after.end === unit.end && after.unit === unit.unit;
}

/** After 兆, what makes it mega: a unit of measurement ("兆瓦", "兆字节", "兆赫", "兆宽带"), a Latin unit, or nothing (a sentence's end). */
const MEGA_AFTER = /^(?:瓦|字节|字節|赫|帕|比特|位|欧|歐|焦|伏|安|宽带|寬頻|寬帶|像素|[A-Za-z]|\s*[。，、,.;；:：!?！？)）]|\s*$)/u;
/** A unit glued to the digits ("100GW", "3pp"): the caller's words, then the built-in ones that may be glued. */
function gluedUnit(ctx: Ctx, run: string, at: number): string | undefined {
  for (const table of ctx.tables) {
    const u = table.exact.get(run);
    if (u === undefined) continue;
    if (!table.builtin) return u;
    const cased = CASED_UNITS.get(run);
    if (!SPACED_ONLY_UNIT_WORDS.has(run) && (cased === undefined || ctx.text.slice(at, at + cased.length) === cased)) return u;
  }
  const glued = GLUED_UNITS.exact.get(run);
  // "9.6p" is pence only where the text writes the pound: "1080p", "24p" are no money.
  // Nor "3p.m.", "3pm": a time.
  return glued === 'penny' && (!POUND_WRITTEN.test(ctx.text) || /^\.?m/iu.test(ctx.text.slice(at + run.length, at + run.length + 2))) ? undefined : glued;
}

/** A text that writes the pound, so that a "p" glued to a figure is pence. */
const POUND_WRITTEN = /£|(?<![\p{L}])(?:GBP|pence|pounds?|sterling)(?![\p{L}])/u;
/** A currency written in a text, for the hundredths of a currency (HUNDREDTHS) near it: "$118 million, or 64 cents". */
const CURRENCY_WRITTEN = /(?:US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£)|(?<![\p{L}])(?:USD|EUR|GBP|AUD|CAD|CHF|dollars?|euros?|Euro|pounds?|francs?|Franken)(?![\p{L}])/gu;
const WRITTEN_CODES: Readonly<Record<string, string>> = {
  'us$': 'USD', 'a$': 'AUD', 'c$': 'CAD', 'nz$': 'NZD', 'hk$': 'HKD', 's$': 'SGD', 'r$': 'BRL', $: 'USD', '€': 'EUR', '£': 'GBP',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', aud: 'AUD', cad: 'CAD', chf: 'CHF', franc: 'CHF', francs: 'CHF', franken: 'CHF', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
};

/** The currency whose hundredths `unit` counts at `at`: the one written nearest to it in a currency of cents, else the unit's own. */
function hundredthsOf(text: string, at: number, unit: string): string | undefined {
  const h = HUNDREDTHS[unit];
  if (!h) return undefined;
  if (h.fixed) return h.fixed;
  let best: { code: string; distance: number } | undefined;
  CURRENCY_WRITTEN.lastIndex = 0;
  for (let m = CURRENCY_WRITTEN.exec(text); m !== null; m = CURRENCY_WRITTEN.exec(text)) {
    const code = WRITTEN_CODES[m[0].toLowerCase()];
    const distance = Math.abs(m.index - at);
    if (code && code !== 'GBP' && (!best || distance < best.distance)) best = { code, distance };
  }
  return best?.code ?? h.otherwise;
}

/** A capitalised or letters-and-digits token that may stand between a number and its unit; its end, or -1. */
function nameTokenEnd(ctx: Ctx, q: number): number {
  const f = ctx.f;
  let e = q;
  let letters = false;
  let digits = false;
  while (e < f.length && !isSpace(f[e])) {
    if (e - q > MAX_NAME_TOKEN) return -1;
    const ch = cpAt(f, e);
    if (isD(f, e)) digits = true;
    else if (isLetter(ch)) letters = true;
    else if (ch !== '-' && ch !== '.' && ch !== "'" && ch !== '’') return -1;
    e += ch.length;
  }
  if (e === q || !letters) return -1;
  const lastCh = f[e - 1];
  if (lastCh === '-' || lastCh === '.' || lastCh === "'" || lastCh === '’') return -1;
  if (!(UPPER_RE.test(cpAt(ctx.text, q)) || digits)) return -1;
  return e;
}

/** A word of size after a figure: "tall", "high", "long", "wide", "deep", "in height" (and "-tall"; not "high-end"). */
const SIZE_AFTER = /^[\s-]*(?:tall|high|long|wide|deep|in\s+(?:height|length|diameter|width))(?![\p{L}]|-\p{L})/u;
/** A scale written short with a full stop after it: "Mrd.", "Mio.", "Tsd.", "Bio.", French "Md.", "Mds.". */
const SHORT_SCALES = String.raw`(?:Mrd|Mrds|Mio|Tsd|Bio|Md|Mds|тыс|млн|млрд)`;
const SCALE_ABBREVIATION_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SHORT_SCALES}$`, 'u');
/** A figure, such a scale and its full stop, up to a point: "48 Mio. |". */
const SHORT_SCALE_STOP_BEFORE = new RegExp(String.raw`\d\s?${SHORT_SCALES}\.\s*$`, 'u');
/** Scale abbreviations that are other words too ("5 MDs", "bio"): read only before a currency or after one. */
const MONEY_ONLY_SCALES: ReadonlySet<string> = new Set(['md', 'mds', 'mrds', 'bio']);
/** Right after such a scale: its full stop, then a currency's sign, code or word ("Md€", "Bio. Euro", "Mds d'euros", "Md. CHF"). */
const CURRENCY_AFTER_SCALE = /^\.?\s?(?:[€$£]|(?:EUR|USD|CHF|GBP)(?![\p{L}])|(?:[Ee]uros?|Euro|dollars?|Dollar|US-Dollar|Franken|Pfund|francs?)(?![\p{L}])|d['’]euros|de\s+(?:dollars|francs))/u;

/** Whether `end` falls between a scale written short with its full stop and its currency ("48 Mio. | Euro"): the sentence splitter's test. */
export function shortScaleThenCurrency(text: string, end: number): boolean {
  return SHORT_SCALE_STOP_BEFORE.test(text.slice(Math.max(0, end - 12), end)) && CURRENCY_AFTER_SCALE.test(text.slice(end, end + 20).replace(/^\s+/u, ''));
}

/** "48 M€", "750 k€": a scale letter glued to the euro sign, as French writes millions and thousands of euros. */
function euroScaleAt(ctx: Ctx, k: number): { exp: number; end: number } | null {
  if (ctx.f[k + 1] !== '€') return null;
  const letter = ctx.text[k];
  return letter === 'M' ? { exp: 6, end: k + 1 } : letter === 'k' ? { exp: 3, end: k + 1 } : null;
}
/** "de ", "di ", "d'", "del ", "degli " before the unit after such a scale word. */
const OF_BEFORE_UNIT = /^(?:de|di|d['’]|del|degli|delle|dei)\s*(?=\p{L})/iu;

/** Unit words that are also prepositions: "in" (inches), "at", "on", "to", "by". */
const PREPOSITION_UNITS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'to', 'by']);

/**
 * The unit word after a figure ending at `p`: right after it, after a Chinese measure word ("1.2万张卡"),
 * after a hyphen ("70B-parameter"), after whitespace, or after up to two name tokens ("10,000 Acme X800
 * GPUs"). `extra` is a table tried first (units after Chinese numerals).
 */
function unitAfter(ctx: Ctx, p: number, acrossNames: boolean, extra?: UnitTable, scaled = false): UnitHit | null {
  const f = ctx.f;
  let hit = unitAt(ctx, p, false, false, extra);
  if (hit) return hit;
  if (CJK_MEASURE_WORDS.has(f[p]!)) {
    hit = unitAt(ctx, p + 1, false, false, extra);
    if (hit) return hit;
  }
  if (f[p] === '-' && isLetter(cpAt(f, p + 1))) {
    hit = unitAt(ctx, p + 1, true); // "70B-parameter"
    if (hit) return hit;
  }
  // "5,9 Mrd. Euro", "120 Mio. US-Dollar": the full stop of a scale's abbreviation stands between it and the unit.
  // The unit must then follow right away: a capitalised word may open the next sentence.
  if (f[p] === '.' && SCALE_ABBREVIATION_BEFORE.test(ctx.text.slice(Math.max(0, p - 4), p)) && skipWs(f, p + 1, MAX_WS) > p + 1) {
    p += 1;
    acrossNames = false;
  }
  let q = skipWs(f, p, MAX_WS);
  if (q === p) return null;
  hit = unitAt(ctx, q, false);
  // "5,6 millones de toneladas", "1,1 million de tonnes", "1,5 milioni di tonnellate": after a scale word (`scaled`, the
  // figure ending on its letters) in the languages that say "of", the unit after "de" / "di" / "d'".
  if (!hit && scaled && isLetter(cpBefore(f, p))) {
    const of = OF_BEFORE_UNIT.exec(ctx.text.slice(q, q + 8));
    if (of) hit = unitAt(ctx, q + of[0].length, true);
  }
  // "31 in Corvalia", "23 in the north": a unit word that is also a preposition (a pack's "in" for inches) is the
  // preposition when a word follows it ("30 in of rain" is still inches).
  if (hit && PREPOSITION_UNITS.has(hit.key) && /^\s+(?!of(?![\p{L}]))[\p{L}\p{N}]/u.test(ctx.text.slice(hit.end, hit.end + 6))) return null;
  // "… 2.000 ha quemado", "ha sido": Spanish and Italian "ha" (has) before a participle is the verb, not hectares.
  // "HA" (high availability) is no hectare either: only the lower-case symbol.
  if (hit && hit.key === 'ha' && (ctx.text.slice(hit.end - 2, hit.end) !== 'ha' || /^\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ado|ada|ido|ida|ato|ata|ito|ita|uto|uta|to|cho|so|sto)(?![\p{L}])/u.test(ctx.text.slice(hit.end, hit.end + 40)))) return null;
  if (hit || !acrossNames) return hit;
  const start = q;
  for (let t = 0; t < MAX_NAME_TOKENS; t++) {
    const te = nameTokenEnd(ctx, q);
    if (te < 0) break;
    const q2 = skipWs(f, te, MAX_WS);
    if (q2 === te) break;
    hit = unitAt(ctx, q2, true, true);
    if (hit) return hit;
    q = q2;
  }
  return modifiedCount(ctx, start);
}

/** Words that end a noun phrase's modifiers, say the count is of some others ("32 more trains", "20 other stations") or name a measure. */
const NOT_A_MODIFIER = new Set(
  ('of the a an and or but to in on at for with by from per each more less than about around some over under up was were is are has had have will would can could which that who other others additional extra further another its their his her ' +
    // Words that say which measure of the things it is ("671B total parameters", "37B active parameters"): a trigger's, no modifier.
    'total overall combined cumulative net gross annual average active maximum minimum max min peak daily weekly monthly yearly quarterly').split(' '),
);
/**
 * A modifier between a count and its noun: a compound ("four-car", "12-car", "low-floor") or a word that says what the things
 * lack ("driverless"); not any adjective, which may name another kind of thing ("two classification heads", "8,000 new stars").
 */
const MODIFIER_WORD = /^(?:\p{Ll}+-\p{Ll}[\p{Ll}-]*|\p{N}+-\p{Ll}[\p{Ll}-]*|\p{Ll}+less)(?=\s)/u;

/**
 * "32 four-car trains", "32 driverless trains": a pack's count noun after a word that qualifies it; only
 * a caller's unit word (a pack's noun of things counted), never a built-in unit.
 */
function modifiedCount(ctx: Ctx, q: number): UnitHit | null {
  const callers = (ctx.callerOnly ??= { ...ctx, tables: ctx.tables.filter((t) => !t.builtin) });
  if (callers.tables.length === 0) return null;
  const f = ctx.f;
  for (let t = 0; t < MAX_MODIFIERS; t++) {
    const m = MODIFIER_WORD.exec(ctx.text.slice(q, q + 40));
    // Not a verb's form ("140 counting staff", "12 remaining seats"): a count of those doing or left, another group.
    if (!m || NOT_A_MODIFIER.has(m[0].toLowerCase()) || /ing$/u.test(m[0])) return null;
    const q2 = skipWs(f, q + m[0].length, MAX_WS);
    const hit = unitAt(callers, q2, true, true);
    if (hit) return hit;
    q = q2;
  }
  return null;
}
/** How many words may qualify a count's noun between it and the figure. */
const MAX_MODIFIERS = 1;

// ---------------------------------------------------------------------------------------------
// Numbers

/** One number as written: one end of a range, or the whole figure. */
interface NumPart {
  /** Start incl. sign and currency. */
  start: number;
  mantissa: string;
  neg: boolean;
  signed: boolean;
  /** Four digits, nothing else: may be a year. */
  plainInt4: boolean;
  /** Power of ten from a scale, or null when unscaled. */
  exp: number | null;
  fraction: number | null;
  currency: string | null;
  /** A unit glued to the digits: %, x, GW, ... */
  unit: string | null;
  unitSpan?: Span;
  /** A Chinese 多/余 inside the figure ("400多亿"). */
  more: boolean;
  /** One mark before exactly three digits read as the decimal mark ("4.000"). */
  ambiguous: boolean;
  /** End of digits and scale. */
  numEnd: number;
  /** End incl. a glued unit. */
  end: number;
}

/** A capitalised word inside a sentence (after a word), and one space, right before a figure ("the Arc 3"; not "Avec 3"). */
const NAME_BEFORE = /[\p{L},]\s\p{Lu}[\p{L}-]*\s$/u;

/** A group of exactly three digits after a group mark at `r`. */
function groupAt(ctx: Ctx, r: number): boolean {
  const f = ctx.f;
  return ctx.groupMarks.includes(f[r]!) && isD(f, r + 1) && isD(f, r + 2) && isD(f, r + 3) && !isD(f, r + 4);
}

/**
 * A group of three digits that opens on a zero after a comma and a space at `r` ("78, 054"): no figure of its own (nobody
 * writes 54 as "054"), so a group of thousands a stray space parts from its comma.
 */
function strayGroupAt(ctx: Ctx, r: number): boolean {
  const f = ctx.f;
  return ctx.groupMarks.includes(',') && f[r] === ',' && f[r + 1] === ' ' && f[r + 2] === '0' && isD(f, r + 3) && isD(f, r + 4) && !isD(f, r + 5) && !(f[r + 5] === ',' && isD(f, r + 6));
}

/** The end of Indian grouping from a lead of one or two digits ending at `r` ("1,29,999"), or -1. */
function indianEnd(f: string, r: number): number {
  let k = r;
  let pairs = 0;
  while (f[k] === ',' && isD(f, k + 1) && isD(f, k + 2) && f[k + 3] === ',' && pairs < 8) {
    k += 3;
    pairs++;
  }
  if (pairs === 0 || f[k] !== ',' || !isD(f, k + 1) || !isD(f, k + 2) || !isD(f, k + 3) || isD(f, k + 4)) return -1;
  return k + 4;
}

/** A power of ten read after a figure, or where one stands unread, the end of what cannot be read. */
type Exponent = { exp: number; end: number } | { unread: number };
/** Superscript digits, as "10²⁴" writes a power of ten. */
const SUPERSCRIPT_DIGITS: ReadonlyMap<string, string> = new Map([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((ch, i) => [ch, String(i)]));
/** What opens a power of ten right after "10": a caret or a superscript. */
const POWER_OPENING = /^[\^⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]$/u;
/** Longest exponent read: three digits (beyond them a figure is no finite number anyway). */
const MAX_EXPONENT_DIGITS = 3;

/**
 * The power of ten right after "10" at `k`: "^24", "^-3", "^{24}", "²⁴", "⁻³". 'unread' where something stands there that
 * could hold one but does not read as one ("10^x", "10<sup>", "1024" when a caret was lost), null where nothing does.
 */
function powerOfTenAt(f: string, k: number): Exponent | null {
  let p = k;
  let sign = '';
  let digits = '';
  if (f[p] === '^') {
    p++;
    const braced = f[p] === '{';
    if (braced) p++;
    if (f[p] === '-' || f[p] === '+' || f[p] === '\u2212') sign = f[p++] === '+' ? '' : '-';
    while (isD(f, p) && digits.length <= MAX_EXPONENT_DIGITS) digits += f[p++];
    if (braced && f[p++] !== '}') return { unread: p };
  } else if (SUPERSCRIPT_DIGITS.has(f[p]!) || ((f[p] === '⁻' || f[p] === '⁺') && SUPERSCRIPT_DIGITS.has(f[p + 1]!))) {
    if (f[p] === '⁻' || f[p] === '⁺') sign = f[p++] === '⁻' ? '-' : '';
    while (SUPERSCRIPT_DIGITS.has(f[p]!) && digits.length <= MAX_EXPONENT_DIGITS) digits += SUPERSCRIPT_DIGITS.get(f[p++]!)!;
  } else {
    // "10<sup>24</sup>" once the page's tags are masked as spaces: "10     24".
    let q = p;
    while (f[q] === ' ' && q - p < 8) q++;
    if (q - p < 2 || !isD(f, q)) return null;
    while (isD(f, q)) q++;
    return { unread: q };
  }
  if (digits === '' || digits.length > MAX_EXPONENT_DIGITS || isD(f, p) || SUPERSCRIPT_DIGITS.has(f[p]!) || isLetter(cpAt(f, p))) {
    while (isD(f, p) || SUPERSCRIPT_DIGITS.has(f[p]!)) p++;
    return { unread: p };
  }
  return { exp: Number(sign + digits), end: p };
}

/**
 * Scientific notation after a mantissa ending at `j`: "e24", "E+24", "e-3" glued to it, or "× 10^24", "×10²⁴", "x 10^24",
 * "· 10^-3", "\times 10^{24}". Its power of ten and end; 'unread' where a power of ten stands whose exponent cannot be read
 * (then the mantissa alone would be a wrong value), null where there is none.
 */
function exponentAt(f: string, j: number): Exponent | null {
  if (f[j] === 'e') {
    let p = j + 1;
    const sign = f[p] === '-' || f[p] === '+' ? f[p++] : '';
    const from = p;
    while (isD(f, p)) p++;
    if (p === from || p - from > MAX_EXPONENT_DIGITS || wordAt(f, p) || ((f[p] === '.' || f[p] === ',') && isD(f, p + 1))) return null;
    return { exp: Number((sign === '-' ? '-' : '') + f.slice(from, p)), end: p };
  }
  let p = f[j] === ' ' ? j + 1 : j;
  if (f[p] === '×' || f[p] === 'x' || f[p] === '·' || f[p] === '⋅' || f[p] === '*') p++;
  else if (f.startsWith('\\times', p)) p += 6;
  else return null;
  if (f[p] === ' ') p++;
  if (f[p] !== '1' || f[p + 1] !== '0') return null;
  // "2 x 10 GPUs", "a 2.5 x 100 mm screw": a product or a size, no power of ten (powerOfTenAt reads no digit after "10").
  return powerOfTenAt(f, p + 2);
}

/** Reads digits at `d` and what is glued to them; null when the token is not a number. */
function readNumber(ctx: Ctx, d: number, start: number, currency: string | null, neg: boolean, signed: boolean): NumPart | null {
  const f = ctx.f;
  let j = d;
  let intPart = '';
  let grouped = false;
  if (isD(f, j)) {
    let r = j;
    while (isD(f, r)) r++;
    const indian = r - j <= 2 && ctx.groupMarks.includes(',') ? indianEnd(f, r) : -1;
    if (indian >= 0) {
      r = indian;
      grouped = true;
    } else if (r - j <= 3 && !(f[r] === ' ' && NAME_BEFORE.test(ctx.text.slice(Math.max(0, j - 24), j)))) {
      // Not after a capitalised word across a plain space: "the Arc 3 200 GPUs" is a name's number and a figure.
      while (groupAt(ctx, r)) {
        r += 4;
        grouped = true;
      }
      // "seats 78, 054 spectators": a group with a leading zero a stray space parts from its comma is a group still.
      if (!grouped && strayGroupAt(ctx, r)) {
        r += 5;
        grouped = true;
      }
    }
    intPart = grouped ? f.slice(j, r).replace(/\D/g, '') : f.slice(j, r);
    j = r;
  }
  let frac = '';
  if (f[j] === ctx.decimal && isD(f, j + 1)) {
    let r = j + 1;
    while (isD(f, r)) r++;
    frac = f.slice(j + 1, r);
    j = r;
  } else if (intPart !== '' && (f[j] === '.' || f[j] === ',') && isD(f, j + 1)) {
    // "4,6 × 10^24" on a page of decimal points, "4.6 × 10^24" on one of decimal commas: before a power of ten, the other
    // mark before digits that are no group of thousands is a decimal mark (a mantissa is written either way).
    let r = j + 1;
    while (isD(f, r)) r++;
    const sci = exponentAt(f, r);
    if (sci !== null && 'exp' in sci) {
      frac = f.slice(j + 1, r);
      j = r;
    }
  }
  if (intPart === '' && frac === '') return null;
  // Versions, times, malformed groups: "2.0.1", "11:44", "1,2".
  if ((f[j] === '.' || f[j] === ',' || f[j] === ':') && isD(f, j + 1)) return null;

  const part: NumPart = {
    start,
    mantissa: (intPart === '' ? '0' : intPart) + (frac === '' ? '' : '.' + frac),
    neg,
    signed,
    plainInt4: !grouped && frac === '' && intPart.length === 4,
    exp: null,
    fraction: null,
    currency,
    unit: null,
    more: false,
    ambiguous: !grouped && frac.length === 3 && intPart !== '0' && intPart.length <= 3,
    numEnd: j,
    end: j,
  };

  if (f[j] === '/' && isD(f, j + 1)) return readFraction(f, part, j, intPart, grouped || frac !== '');

  let exp = 0;
  let scaled = false;
  if (cjkMore(f[j]!, f[j + 1])) {
    part.more = true;
    j++;
  } else if (f[j] === ' ' && CJK_SCALES.has(f[j + 1]!) && scalesAt(ctx, j + 1)) {
    j++; // "3.5 亿美元"
  }
  for (let n = 0; n < 3 && CJK_SCALES.has(f[j]!) && scalesAt(ctx, j); n++) {
    exp += CJK_SCALES.get(f[j]!)!;
    j++;
    scaled = true;
  }
  if (scaled && !part.more && cjkMore(f[j]!, f[j + 1])) {
    part.more = true;
    j++;
  }
  // After a Chinese scale or 多, a Latin word may be glued: "35.5万GPU小时", "1万X900".
  const cjkEnd = scaled || part.more;
  let end = j;
  // Scientific notation: "4.6e24", "4.6 × 10^24", "10^24" alone. Where its exponent cannot be read, no figure: the mantissa
  // alone would be a wrong value.
  const times = scaled || part.more ? null : exponentAt(f, j);
  const power = times === null && !scaled && !part.more && part.mantissa === '10' && POWER_OPENING.test(f[j] ?? '') ? powerOfTenAt(f, j) : null;
  const sci = times ?? power;
  if (sci !== null) {
    if ('unread' in sci) {
      ctx.skipTo = sci.unread;
      return null;
    }
    if (power !== null) part.mantissa = '1';
    // "$4.6 \times 10^{24}$": the dollar signs of a formula, no currency.
    if (currency !== null && f[start] === '$' && f[sci.end] === '$') {
      part.currency = null;
      part.start = d;
    }
    part.plainInt4 = false;
    part.ambiguous = false;
    exp = sci.exp;
    scaled = true;
    j = end = sci.end;
  }
  if (!scaled && !part.more) {
    let r = j;
    while (r < f.length && f.charCodeAt(r) >= 97 && f.charCodeAt(r) <= 122) r++;
    // "185km/h", "6TB/s": a rate's unit glued whole, not its first half ("185km" is no distance).
    if (r > j && f[r] === '/') {
      let s = r + 1;
      while (s < f.length && f.charCodeAt(s) >= 97 && f.charCodeAt(s) <= 122) s++;
      if (s > r + 1) {
        // "50km/s", "10GB/month": a rate no table knows is no figure in the first half's unit.
        if (s - j > 16 || wordAt(f, s) || gluedUnit(ctx, f.slice(j, s), j) === undefined) return null;
        r = s;
      }
    }
    if (r > j) {
      if (r - j > 16 || wordAt(f, r)) return null;
      const run = f.slice(j, r);
      // "stands 1.84m tall", "a 12m-long hull": with no currency, an "m" that a word of size follows is metres, not millions.
      const metres = run === 'm' && currency === null && SIZE_AFTER.test(f.slice(r, r + 24));
      const scale = metres ? undefined : (SCALE_SUFFIXES.get(run) ?? UPPER_SCALE_SUFFIXES.get(ctx.text.slice(j, r)));
      if (metres) {
        part.unit = 'metre';
        part.unitSpan = { start: j, end: r };
        end = r;
      } else if (RATIO_SUFFIXES.has(run)) {
        part.unit = RATIO;
        end = r;
      } else if (scale !== undefined) {
        exp = scale;
        scaled = true;
        j = end = r;
      } else {
        const u = gluedUnit(ctx, run, j);
        if (u === undefined) return null; // "5th", "80GB", "1990s"
        part.unit = u;
        part.unitSpan = { start: j, end: r };
        end = r;
      }
    } else if (RATIO_SUFFIXES.has(f[j]!)) {
      if (wordAt(f, j + 1)) return null; // "3×4"
      part.unit = RATIO;
      end = j + 1;
    }
  }
  if (!scaled && part.unit === null) {
    // "$5.6 million", "₹450 crore", "1.5 lakh crore": at most two, the second larger.
    for (let n = 0; n < 2; n++) {
      // "a 70-billion-parameter model", "a $5-million deal": a hyphen joins the first scale word as a space does.
      const k = n === 0 && f[j] === '-' ? j + 1 : skipWs(f, j, 2);
      const hit = k > j ? (euroScaleAt(ctx, k) ?? scaleAt(ctx, k)) : null;
      if (!hit || (scaled && hit.exp <= exp)) break;
      // "3 Md€", "2 Bio. Euro": a scale abbreviation that is also another word ("5 MDs") scales a sum only.
      if (MONEY_ONLY_SCALES.has(f.slice(k, hit.end)) && currency === null && !CURRENCY_AFTER_SCALE.test(ctx.text.slice(hit.end, hit.end + 16))) break;
      // German writes a trillion "Bio." (capital, full stop); reports in English write a billion "CHF 3.2 bio", "EUR 1.5 bio.".
      exp += f.slice(k, hit.end) === 'bio' && ctx.text.slice(k, hit.end + 1) !== 'Bio.' ? 9 : hit.exp;
      scaled = true;
      j = end = hit.end;
    }
  }
  if (part.unit === null && f[end] === '%') {
    part.unit = PERCENT;
    end++;
  }
  if (wordAt(f, end) && !(cjkEnd && end === j)) return null;
  part.exp = scaled ? exp : null;
  part.numEnd = j;
  part.end = end;
  return part;
}

/** The unit of a score out of a hundred ("84/100"). */
const SCORE = 'score';

/** "1/10th", "1/3 of": a fraction, unit ratio; "84/100": a score. Anything else with a slash is not a number. */
function readFraction(f: string, part: NumPart, j: number, intPart: string, decorated: boolean): NumPart | null {
  if (part.currency !== null || part.neg) return null;
  let r = j + 1;
  while (isD(f, r)) r++;
  if (f[r] === '/' || ((f[r] === '.' || f[r] === ',' || f[r] === ':') && isD(f, r + 1))) return null;
  // "84/100", "91.5/100": a score out of a hundred is the score.
  if (f.slice(j + 1, r) === '100' && !wordAt(f, r) && Number(part.mantissa) <= 100 && !/^\s*of(?![a-z])/.test(f.slice(r, r + 6))) {
    part.unit = SCORE;
    part.numEnd = r;
    part.end = r;
    return part;
  }
  if (decorated) return null;
  const den = Number(f.slice(j + 1, r));
  if (!(den > 0) || r - j > 10 || intPart.length > 9) return null;
  let e = r;
  while (e < f.length && f.charCodeAt(e) >= 97 && f.charCodeAt(e) <= 122 && e - r <= 3) e++;
  const suffix = f.slice(r, e);
  if (suffix !== '' && !FRACTION_ORDINALS.has(suffix)) return null;
  if (wordAt(f, e)) return null;
  if (suffix === '') {
    const k = skipWs(f, r, MAX_WS);
    if (k === r || matchForward(f, k, 'of') < 0) return null;
  }
  part.fraction = Number(intPart) / den;
  part.unit = RATIO;
  part.numEnd = r;
  part.end = e;
  return part;
}

/** A currency prefix ending at digit `d` ("$", "US$ ", "USD ", "人民币"); 'reject' for "HK$5". */
function currencyBefore(f: string, d: number, lastEnd: number): { start: number; code: string } | 'reject' | null {
  const ends = [d];
  if (d >= 1 && (f[d - 1] === ' ' || f[d - 1] === '\u00a0')) ends.push(d - 1);
  for (const e of ends) {
    if (e <= 0 || !CURRENCY_LAST.has(f[e - 1]!)) continue;
    for (const key of CURRENCY_KEYS) {
      const cs = e - key.length;
      if (cs < 0 || !f.startsWith(key, cs)) continue;
      const cjk = CJK_RE.test(key[0]!);
      if (!cjk && wordBefore(f, cs)) {
        if (CURRENCY_SYMBOLS.has(key) && e === d) return 'reject';
        continue;
      }
      if (cs < lastEnd) return null;
      return { start: cs, code: PREFIXES[key]! };
    }
  }
  return null;
}

/** A sign at `p` is a sign when nothing number-like or word-like is glued to its left. */
function signOk(f: string, p: number): boolean {
  const c = cpBefore(f, p);
  if (c === '') return true;
  return !isWordCh(c) && !'.,-+–—/\\:'.includes(c) && !cjkNameHyphen(f, p);
}

/** Whether the hyphen at `p` glues digits to a Chinese or Japanese name on its left (see cjkNameBeforeHyphen). */
function cjkNameHyphen(f: string, p: number): boolean {
  return f[p] === '-' && cjkNameBeforeHyphen(f, p) >= 0;
}

/** Nothing glues the figure starting at `s` to a name or another number on its left. */
function leftOk(f: string, s: number): boolean {
  const c = cpBefore(f, s);
  if (c === '') return true;
  if (isWordCh(c)) return false;
  if ('.,:/-–—+_×*^'.includes(c) && wordBefore(f, s - 1)) return false;
  if (cjkNameHyphen(f, s - 1)) return false;
  return true;
}

/** The second end of a range, read forward from `k`: optional sign (after words only), currency, digits. */
function readForward(ctx: Ctx, k: number, allowSign: boolean): NumPart | null {
  const f = ctx.f;
  const start = k;
  let neg = false;
  let signed = false;
  if (allowSign && (f[k] === '-' || f[k] === '+')) {
    neg = f[k] === '-';
    signed = true;
    k++;
  }
  let currency: string | null = null;
  for (const key of CURRENCY_FIRST.has(f[k]!) ? CURRENCY_KEYS : []) {
    if (!f.startsWith(key, k)) continue;
    let j = k + key.length;
    if (f[j] === ' ') j++;
    if (isD(f, j)) {
      currency = PREFIXES[key]!;
      k = j;
    }
    break;
  }
  if (!isD(f, k) && !(f[k] === '.' && ctx.decimal === '.' && isD(f, k + 1))) return null;
  return readNumber(ctx, k, start, currency, neg, signed);
}

interface RangeTry {
  b: NumPart | null;
  /** A tight hyphen ("2026-04"): when it fails, the whole token is not a number. */
  tight: boolean;
  /** Two whole numbers given as alternatives ("4 or 5 coaches", "6節或7節"): a range only when they are near. */
  alternative?: true;
}

/** Words between two whole numbers that give them as alternatives: "4 or 5", "4 ou 5", "4 oder 5", "4 o 5". */
const ALTERNATIVE_WORDS = ['or', 'ou', 'oder', 'o'];
/** The word that closes "between X and Y": "entre 63 y 65", "entre 63 et 65", "tra 4 e 4,5", "zwischen 63 und 65". */
const BETWEEN_AND = ['and', 'y', 'et', 'e', 'und', 'en'];

/** Whether two whole numbers given as alternatives are one estimate's ends ("four or five", "10 or 12"), not two figures. */
function nearAlternatives(a: NumPart, b: NumPart): boolean {
  if (a.exp !== null || b.exp !== null || a.unit !== null || a.currency !== null || b.currency !== null || a.signed || b.signed) return false;
  if (!/^\d+$/.test(a.mantissa) || !/^\d+$/.test(b.mantissa)) return false;
  const lo = Number(a.mantissa);
  const hi = Number(b.mantissa);
  return hi > lo && hi - lo <= Math.max(2, lo / 2);
}

function tryRange(ctx: Ctx, a: NumPart, hedge: HedgeKind | null): RangeTry | null {
  const f = ctx.f;
  if (a.fraction !== null) return null;
  const j = a.end;
  const ws1 = skipWs(f, j, 1) - j;
  const sc = f[j + ws1];
  if (sc === '-' || sc === '–' || sc === '—') {
    const after = j + ws1 + 1;
    const ws2 = skipWs(f, after, 1) - after;
    if (ws1 !== ws2 || (sc === '—' && ws1 > 0)) return null;
    const tight = ws1 === 0;
    if (!isD(f, after + ws2) && !(f[after + ws2] === '$' || f[after + ws2] === '€' || f[after + ws2] === '£')) {
      return null;
    }
    return { b: readForward(ctx, after + ws2, false), tight };
  }
  if ((sc === '~' && ws1 === 0) || sc === '至' || sc === '到') {
    const k = skipWs(f, j + ws1 + 1, 1);
    return { b: readForward(ctx, k, false), tight: false };
  }
  // "6節或7節": a measure word after each number.
  if (ws1 === 0 && CJK_RE.test(f[j] ?? '') && f[j + 1] === '或' && isD(f, j + 2)) {
    const b = readForward(ctx, j + 2, false);
    return b && f[b.end] === f[j] ? { b, tight: false, alternative: true } : null;
  }
  if (ws1 === 0) return null;
  if (hedge !== 'between' && hedge !== 'from') {
    for (const alternative of ALTERNATIVE_WORDS) {
      const we = matchForward(f, j + ws1, alternative);
      const k = we < 0 ? we : skipWs(f, we, 1);
      if (we >= 0 && k > we && isD(f, k)) return { b: readForward(ctx, k, false), tight: false, alternative: true };
    }
  }
  for (const word of hedge === 'between' ? BETWEEN_AND : hedge === 'from' ? [] : ['to']) {
    const we = matchForward(f, j + ws1, word);
    if (we < 0) continue;
    const k = skipWs(f, we, MAX_WS);
    if (k === we) return null;
    const b = readForward(ctx, k, true);
    // "fell 5% in 2024 to 112,000 tonnes": a year, then "to" and a figure that is no year, is a date and the figure it came to.
    if (word === 'to' && b !== null && isYearValue(a, valueOf(a, a.exp)) && !isYearValue(b, valueOf(b, b.exp)) && DATING_WORD_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 12), a.start))) return null;
    // "grew by 5,000 to 426,600": the size of a move, then the level it reached, many times the move, is no range ("rose by
    // 5 to 10 percent" still is one).
    // A planned move's sizes stay a range ("expects to shrink by 1,000 to 5,000 employees", "could raise by 25 to 150 points").
    if (
      b !== null &&
      MOVED_BY_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 20), a.start)) &&
      !PLANNED_MOVE_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 60), a.start)) &&
      valueOf(b, b.exp) >= 5 * valueOf(a, a.exp ?? b.exp) &&
      valueOf(a, a.exp ?? b.exp) > 0
    )
      return null;
    return { b, tight: false };
  }
  return null;
}

/**
 * Words that may follow a range's bare second end without a noun of their own: "$5 to 10 each", "a share", "per month",
 * "more", "in fees", and their like in the other languages.
 */
const RANGE_END_WORDS =
  /^\s+(?:per|pro|par|por|je|a|an|each|apiece|every|more|less|higher|lower|cheaper|dearer|off|extra|in|for|on|at|from|by|with|of|and|or|but|if|plus|up|down|over|under|than|when|while|depending|annually|monthly|yearly|weekly|daily|apart|respectively|already|so\s+far)(?![\p{L}])/iu;

/**
 * Whether a letter word right after a range's bare second end at `end` is a noun of its own: neither a unit word of the
 * first end's `unit` nor a word that follows a figure (RANGE_END_WORDS).
 */
function nounOfItsOwn(ctx: Ctx, end: number, unit: string): boolean {
  const word = /^\s+(?=\p{L})/u.exec(ctx.text.slice(end, end + 4));
  if (word === null || RANGE_END_WORDS.test(ctx.text.slice(end, end + 40))) return false;
  const hit = unitAt(ctx, end + word[0].length, true);
  return hit === null || hit.unit !== unit;
}

function valueOf(p: NumPart, exp: number | null): number {
  if (p.fraction !== null) return p.fraction;
  const v = Number(`${p.mantissa}e${exp ?? 0}`);
  if (v === 0) return 0;
  return p.neg ? -v : v;
}

function isYearValue(p: NumPart, v: number): boolean {
  return p.plainInt4 && !p.signed && p.currency === null && p.exp === null && p.unit === null && !p.more && v >= 1900 && v <= 2100;
}

/** Before a year, a word that makes it a date: "in 2024", "by 2030" (not "1999 to 2499 yuan", "2000 to 3000 protesters"). */
const DATING_WORD_BEFORE = /(?<![\p{L}])(?:in|by|during|since|until|through|for)\s+$/iu;
/** Right before the size of a move: "by", "up", "down", "um" ("grew by 5,000 to 426,600"). */
const MOVED_BY_BEFORE = /(?<![\p{L}])(?:by|up|down|um)\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/iu;
/** A move not yet made, before its size: "to shrink by", "will cut by", "could raise it by". */
const PLANNED_MOVE_BEFORE =
  /(?<![\p{L}])(?:will|would|could|may|might|should|can|(?:expects?|expected|plans?|planned|aims?|intends?|wants?|seeks?|hopes?|proposes?|proposed|is\s+set|is\s+due|are\s+set|are\s+due)\s+(?:[\p{L}'’-]+\s+){0,3}?to)\s+(?:[\p{L}-]+\s+){1,3}?by\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/iu;
/** A verb of spread before "from": "varies from X to Y", "ranging from X to Y" (not "rose from X to Y", a change). */
const RANGE_VERB_BEFORE = /(?<![\p{L}])(?:var(?:y|ies|ied|ying)|rang(?:e|es|ed|ing)|anywhere)\s+$/iu;

/** After a fraction's denominator in Chinese and Japanese, the word and the numerator: "5分の1", "5 分之 1", "3分の2". */
const CJK_FRACTION_AFTER = /^\s?分[の之]\s?[\d〇零一二三四五六七八九十百千]/u;
/** Before a fraction's numerator: its denominator and the word ("5分の1"). */
const CJK_FRACTION_BEFORE = /[\d〇零一二三四五六七八九十百千]\s?分[の之]\s?$/u;

/** Any space that may stand between groups of thousands, as a character class. */
const GROUP_SPACE = `[${GROUP_SPACES}]`;
/**
 * Digits and one space after them, not after another such group: the first half of a pair, before `at`. Not after a
 * capitalised word: "the Arc 3 200 g", "Flight 9 180 passengers", "March 3 200 protesters" are a name's or a date's number
 * and a figure.
 */
const PAIR_FIRST_BEFORE = new RegExp(String.raw`(?<![\p{N}.,]${GROUP_SPACE}?)(?<![\p{N}.,]|\p{Lu}[\p{L}-]*\s)\d{1,3}${GROUP_SPACE}$`, 'u');
/** Nothing before `at` that joins a group to it: not digits and a space, nor a capitalised word. */
const NO_GROUP_BEFORE = new RegExp(String.raw`(?<![\p{N}.,]${GROUP_SPACE}?|\p{Lu}[\p{L}-]*\s)$`, 'u');
/** Right after a pair's first half: a space and three digits. */
const PAIR_SECOND_AFTER = new RegExp(String.raw`^${GROUP_SPACE}(\d{3})`, 'u');
/** After a pair's second half: no further group, decimal or digit. */
const PAIR_ENDS = new RegExp(String.raw`^(?!${GROUP_SPACE}?\p{N}|[.,]\p{N})`, 'u');

/**
 * Whether the digits at `d`…`end` are one half of two groups a single space parts, "31 400": a first group of one to three
 * digits and a second of three, no other group either side.
 */
function spacePairHalf(text: string, d: number, end: number): boolean {
  const digits = text.slice(d, end);
  if (/^\d{3}$/u.test(digits) && PAIR_FIRST_BEFORE.test(text.slice(Math.max(0, d - 12), d)) && PAIR_ENDS.test(text.slice(end, end + 3))) return true;
  const next = PAIR_SECOND_AFTER.exec(text.slice(end, end + 5));
  return /^\d{1,3}$/u.test(digits) && next !== null && NO_GROUP_BEFORE.test(text.slice(Math.max(0, d - 4), d)) && PAIR_ENDS.test(text.slice(end + 4, end + 7));
}

/** Right before a number, a time zone and the sign of its offset: "GMT +", "UTC −", "CET+", "UTC ±". */
const ZONE_OFFSET_BEFORE = /(?<![\p{L}\p{N}])(?:UTC|GMT|CET|CEST|WET|WEST|EET|EEST|BST|IST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|KST|SGT|HKT)\s?[+±−-]\s?$/u;

/** Parses the figure whose digits start at `d`; null when it is not a number. */
function parseAt(ctx: Ctx, d: number, lastEnd: number): QuantityMatch | null {
  const f = ctx.f;
  let start = d;
  let currency: string | null = null;
  const cur = currencyBefore(f, d, lastEnd);
  if (cur === 'reject') return null;
  if (cur) {
    start = cur.start;
    currency = cur.code;
  }
  let neg = false;
  let signed = false;
  const sc = f[start - 1];
  if ((sc === '-' || sc === '+') && start - 1 >= lastEnd && signOk(f, start - 1)) {
    neg = sc === '-';
    signed = true;
    start--;
  }
  // "All GMT +2 countries", "UTC −5", "(+2 hours)": an offset from a time zone, or hours added to one, is no count of what follows.
  if (ZONE_OFFSET_BEFORE.test(ctx.text.slice(Math.max(0, d - 12), d)) || (/[+±−]\s?$/u.test(ctx.text.slice(Math.max(0, d - 2), d)) && /^\d{1,2}(?::\d\d)?\s?(?:hours?|hrs?|h)(?![\p{L}])/iu.test(ctx.text.slice(d, d + 12)))) return null;
  // "top-4": read with `words`, marked as a compound.
  let top = -1;
  if (!leftOk(f, start)) {
    if (ctx.words && currency === null && !signed && f[start - 1] === '-') top = matchBackward(f, start - 1, 'top');
    if (top < lastEnd) return null;
  }
  const a = readNumber(ctx, d, start, currency, neg, signed);
  if (a === null) return null;
  start = a.start;
  // "以61 5欧元的价格": digits split by a stray space in Chinese text are no figure of the last digits alone.
  if (currency === null && /\d[ \u00a0]$/u.test(f.slice(Math.max(0, d - 2), d)) && (CJK_RE.test(f[a.numEnd] ?? '') || /\p{Script=Han}\d+[ \u00a0]$/u.test(f.slice(Math.max(0, d - 12), d)))) return null;
  // "had 31 400 students" where the page's format reads no space between groups: 31,400, or two figures side by side;
  // neither half is read alone (not "400 students"). A run of three or more groups is a row of figures, not this.
  // The digits and the marks between them, not the scale after ("000 billion" is the second half of "4 000 billion").
  let digitsEnd = d;
  while (digitsEnd < a.numEnd && (isD(f, digitsEnd) || ((ctx.groupMarks.includes(f[digitsEnd]!) || f[digitsEnd] === ctx.decimal) && isD(f, digitsEnd + 1)))) digitsEnd++;
  if (spacePairHalf(ctx.text, d, digitsEnd)) return null;
  // "In 1978, 054 …": such a group after a figure that is no group of thousands is read as nothing, never 54.
  if (f[d] === '0' && digitsEnd - d === 3 && d >= 3 && f[d - 1] === ' ' && f[d - 2] === ',' && isD(f, d - 3)) return null;
  // "5分の1以下", "5分之1" (one fifth): a fraction written in Chinese or Japanese, whose two numbers are no figures.
  if (CJK_FRACTION_AFTER.test(f.slice(digitsEnd, digitsEnd + 5)) || CJK_FRACTION_BEFORE.test(f.slice(Math.max(0, start - 4), start))) return null;

  let hedge = top >= 0 ? null : hedgeBefore(f, start, lastEnd);
  // "between X and Y", "varies from X to Y": a range, also where each end carries its unit (read once the unit is).
  const rangeOpen =
    hedge?.kind === 'between' ? BETWEEN_AND : hedge?.kind === 'from' && RANGE_VERB_BEFORE.test(f.slice(Math.max(0, hedge.start - 16), hedge.start)) ? ['to'] : null;

  // Ranges.
  let b: NumPart | null = null;
  let expA = a.exp;
  let expB: number | null = null;
  const r = tryRange(ctx, a, hedge?.kind ?? null);
  if (r) {
    let ok = r.b !== null;
    const rb = r.b;
    if (rb !== null) {
      if (r.tight) {
        // Dates and codes: "2026-04-01", "2026-04".
        if ((f[rb.end] === '-' || f[rb.end] === '–') && isD(f, rb.end + 1)) return null;
        if (/^0\d/.test(rb.mantissa)) return null;
      }
      expA = a.exp ?? rb.exp;
      expB = rb.exp ?? a.exp;
      if (a.unit !== null && rb.unit !== null && a.unit !== rb.unit) ok = false;
      // "增长38%至72亿美元" (grew 38% to 7.2 billion): a first end with a unit of its own, a second without it, is two figures.
      if (a.unit !== null && rb.unit === null) ok = false;
      if (a.currency !== null && rb.currency !== null && a.currency !== rb.currency) ok = false;
      if (a.fraction !== null || rb.fraction !== null) ok = false;
      if (ok && !(valueOf(a, expA) <= valueOf(rb, expB))) ok = false;
      if (r.alternative && !nearAlternatives(a, rb)) ok = false;
      // "to pay $40 million to 2,300 patients": a first end with a currency or a unit, then a bare figure with a noun of
      // its own after it, is a sum and a count, no range (its second end would take the first's scale and currency).
      if (ok && !r.tight && (a.currency !== null || a.unit !== null) && rb.currency === null && rb.unit === null && rb.exp === null && nounOfItsOwn(ctx, rb.end, a.currency ?? a.unit!)) ok = false;
    }
    if (ok) b = rb;
    else if (r.tight) return null;
    else expA = a.exp;
  }
  if (hedge && (hedge.kind === 'none' || hedge.kind === 'from' || (hedge.kind === 'between' && b === null))) {
    hedge = null;
  }

  const last = b ?? a;
  let end = last.end;
  let numEnd = last.numEnd;
  currency = a.currency ?? b?.currency ?? null;
  let unit: string | null = currency ?? b?.unit ?? a.unit;
  let unitSpan: Span | undefined = b ? b.unitSpan : a.unitSpan;

  let plus = false;
  if (f[end] === '+') {
    if (isD(f, end + 1)) return null; // "5+3"
    plus = true;
    end++;
    // "$200+ billion", "1.3+ million tons": a scale after the plus is the figure's own (at least $200 billion).
    if (b === null && a.exp === null && a.unit === null && a.fraction === null) {
      const k = skipWs(f, end, 2);
      const hit = k > end ? scaleAt(ctx, k) : null;
      if (hit && !MONEY_ONLY_SCALES.has(f.slice(k, hit.end)) && !wordAt(f, hit.end)) {
        expA = hit.exp;
        end = numEnd = hit.end;
      }
    }
  }

  let post = hedgeAfter(f, end);
  if (post) end = post.end;

  const yearLike = b === null && isYearValue(a, valueOf(a, expA)) && !plus && post === null;
  if (unit === null || (currency !== null && a.unit === null && b?.unit == null)) {
    const hit = unitAfter(ctx, end, unit === null && !yearLike, undefined, (b ?? a).exp !== null);
    if (hit && (unit === null || hit.unit === unit)) {
      unit = hit.unit;
      end = hit.end;
      if (LETTER_RE.test(hit.key)) unitSpan = { start: hit.start, end: hit.end };
      if (!post) {
        post = hedgeAfter(f, end);
        if (post) end = post.end;
      }
    }
  }

  // "between 6.12 billion euros and 7.05 billion euros": the second end, with the same unit, closes the range.
  let second: QuantityMatch | null = null;
  if (rangeOpen !== null && b === null && post === null && !plus && unit !== null && unit !== '') {
    const at = skipWs(f, end, 1);
    const we = rangeOpen.reduce((found, word) => (found >= 0 ? found : matchForward(f, at, word)), -1);
    const k = we < 0 ? -1 : skipWs(f, we, MAX_WS);
    let d2 = k;
    while (k > we && d2 < k + 3 && d2 < f.length && !isD(f, d2)) d2++;
    const m2 = k > we && isD(f, d2) ? parseAt(ctx, d2, we) : null;
    const q2 = m2?.quantity;
    if (q2 && !m2!.calendar && q2.unit === unit && q2.min !== null && q2.min === q2.max && !q2.approx && q2.min > valueOf(a, expA)) {
      second = m2;
      end = m2!.span.end;
    }
  }

  // "hasta 3.250 millones de euros" is at most that; "hasta 2025" is no hedge of the year.
  if (hedge?.kind === 'until') hedge = unit !== null && unit !== '' && b === null ? { ...hedge, kind: 'upper' } : null;

  // Values.
  const lo = valueOf(a, expA);
  const hi = b ? valueOf(b, expB) : second ? second.quantity.max! : lo;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;

  const preKind = hedge && hedge.kind !== 'between' ? hedge.kind : null;
  const postKind = post ? post.kind : null;
  const bounds = b
    ? { min: lo, max: hi, approx: preKind !== null || postKind !== null || plus || a.more || b.more, bound: null }
    : second
    ? { min: lo, max: hi, approx: false, bound: null }
    : pointBounds(lo, preKind, postKind, plus || a.more);

  // "64 cents a share", "9.6p": hundredths of a currency are that currency's figure ($0.64, £0.096).
  const hundredths = unit !== null && currency === null ? hundredthsOf(ctx.text, start, unit) : undefined;
  if (hundredths !== undefined) {
    // "1080p", "2,400 cents": no money written so.
    if (hi >= 1000) return null;
    unit = hundredths;
    if (bounds.min !== null) bounds.min /= 100;
    if (bounds.max !== null) bounds.max /= 100;
  }
  const spanStart = hedge ? hedge.start : top >= 0 ? top : start;
  const finalUnit = unit ?? '';
  const match: QuantityMatch = {
    span: { start: spanStart, end },
    numberSpan: { start, end: numEnd },
    quantity: { kind: 'quantity', min: bounds.min, max: bounds.max, unit: finalUnit, approx: bounds.approx, text: ctx.text.slice(spanStart, end) },
  };
  if (unitSpan && finalUnit !== '') match.unitSpan = unitSpan;
  const year = top < 0 && finalUnit === '' && bounds.bound === null && !plus && (b ? isYearValue(a, lo) && isYearValue(b, hi) : isYearValue(a, lo));
  // "6月底" (the end of June), "23日", "7월 5일": a month or a day of a Chinese, Japanese or Korean date; "3季度", "3분기",
  // "第3四半期": a quarter.
  const monthOrDay = finalUnit === '' && !b && bounds.bound === null && top < 0 && Number.isInteger(lo) && lo >= 1 && lo <= 31 && CALENDAR_AFTER.test(ctx.text.slice(end, end + 3));
  // "午後3時20分", "9点40分", "8시15분": the hour and the minute of a time of day ("8時間", hours, is a figure).
  const clock =
    !b && bounds.bound === null && top < 0 && Number.isInteger(lo) && lo >= 0 && lo <= 59 && CLOCK_MARK.test(ctx.text.slice(Math.max(0, spanStart - 2), end + 1)) &&
    ((finalUnit === '' && /^[時时点點시]\s*\d{1,2}\s*[分분]/u.test(ctx.text.slice(end, end + 6))) ||
      (/\d\s*[時时点點시]\s*$/u.test(ctx.text.slice(Math.max(0, spanStart - 4), spanStart)) && /^\d{1,2}\s*[分분]/u.test(ctx.text.slice(start, start + 4))));
  // "in 1841", "seit 1871": a year before 1900 where the date grammar reads one (src/normalise/dates.ts).
  const oldYear =
    !year && top < 0 && finalUnit === '' && !b && bounds.bound === null && a.plainInt4 && lo >= 1000 && lo < 1900 && datesOldYear(ctx.text.slice(Math.max(0, spanStart - 24), spanStart)) && !COUNTED_AFTER.test(ctx.text.slice(end, end + 16));
  if (year || oldYear || monthOrDay || clock) match.calendar = true;
  if (top >= 0) match.word = true;
  if (a.ambiguous || b?.ambiguous) match.ambiguous = true;
  return match;
}

interface Bounds {
  min: number | null;
  max: number | null;
  approx: boolean;
  bound: 'lower' | 'upper' | null;
}

/** The interval of a point figure with its hedges: "over 5" [5, ∞), "under 5" (−∞, 5], "about 5" ≈5. */
function pointBounds(v: number, pre: HedgeKind | null, post: HedgeKind | null, more: boolean): Bounds {
  let bound: Bounds['bound'] = null;
  if (pre === 'lower' || pre === 'upper') bound = pre;
  else if (more) bound = 'lower';
  else if (post === 'lower' || post === 'upper') bound = post;
  return {
    min: bound === 'upper' ? null : v,
    max: bound === 'lower' ? null : v,
    approx: pre !== null || post !== null || more,
    bound,
  };
}

/** A figure read from words or numerals: its parts, from which the match is made. */
interface WordFigure {
  start: number;
  numEnd: number;
  end: number;
  value: number;
  hedge: Found | null;
  post: Found | null;
  more: boolean;
  unit: string;
  unitSpan?: Span;
}

function wordMatch(ctx: Ctx, w: WordFigure): QuantityMatch | null {
  if (!Number.isFinite(w.value)) return null;
  const pre = w.hedge && w.hedge.kind !== 'between' && w.hedge.kind !== 'none' && w.hedge.kind !== 'from' && w.hedge.kind !== 'until' ? w.hedge : null;
  const bounds = pointBounds(w.value, pre?.kind ?? null, w.post?.kind ?? null, w.more);
  const spanStart = pre ? pre.start : w.start;
  const match: QuantityMatch = {
    span: { start: spanStart, end: w.end },
    numberSpan: { start: w.start, end: w.numEnd },
    quantity: { kind: 'quantity', min: bounds.min, max: bounds.max, unit: w.unit, approx: bounds.approx, text: ctx.text.slice(spanStart, w.end) },
  };
  if (w.unitSpan && w.unit !== '') match.unitSpan = w.unitSpan;
  match.word = true;
  return match;
}

// ---------------------------------------------------------------------------------------------
// Number words

/** Words after which a number word is not a count of anything: function words, fractions, "times". */
const NOT_COUNTED: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for with from into onto and or but nor as than that this these those which who whom whose what ' +
    'when where while whether if then so too also is are was were be been being am has have had do does did will would shall ' +
    'should can could may might must not no it its they them their he him his she her we us our you your i me my most less ' +
    'least times another other others each every all both either neither there here over under about after before up down out ' +
    'off again just only ever never per via vs versus among between through during without within upon against across like ' +
    'such same half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh eighth ninth tenth ' +
    'tenths hundred hundreds thousand thousands million millions billion billions dozen dozens point percent'
  ).split(' '),
);

/** Words before "one" that make it a pronoun: "no one", "the one", "every one". */
const ONE_AS_PRONOUN_AFTER: ReadonlySet<string> = new Set(['the', 'no', 'any', 'every', 'each', 'which', 'this', 'that', 'some', 'such', 'only', 'another', 'one', 'anyone', 'someone']);

/** The ASCII word before `i`, across at most MAX_WS whitespace, or ''. */
function wordBeforeAt(f: string, i: number): { word: string; start: number } | null {
  const e = skipWsBack(f, i, MAX_WS);
  if (e === i) return null;
  let s = e;
  while (s > 0 && e - s < 16 && isLetter(f[s - 1])) s--;
  return s < e ? { word: f.slice(s, e), start: s } : null;
}

/** Whether a noun-like word follows `p` after whitespace: a word that is not a function word or a number word. */
function nounLikeAt(ctx: Ctx, p: number): boolean {
  const f = ctx.f;
  const s = skipWs(f, p, MAX_WS);
  if (s === p || !isLetter(cpAt(f, s))) return false;
  const w = asciiWordAt(f, s);
  if (!w) return true; // a longer or non-ASCII word
  return !NOT_COUNTED.has(w.word) && readEnglishNumber(f, s, () => null) === null;
}

/** The number words read after a number mark, by the mark's language: one..twenty, un/une..vingt. */
const RANK_WORDS_EN: ReadonlyMap<string, number> = new Map([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, i + 1] as const),
]);
const RANK_WORDS_FR: ReadonlyMap<string, number> = new Map([
  ['un', 1], ['une', 1],
  ...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'].map((w, i) => [w, i + 2] as const),
]);
/** Number marks (folded) and the words read after them; "no." is the English abbreviation, "n°"/"nº" either language's. */
const RANK_MARKS: readonly (readonly [string, readonly ReadonlyMap<string, number>[]])[] = [
  ['number', [RANK_WORDS_EN]],
  ['no.', [RANK_WORDS_EN]],
  ['numéro', [RANK_WORDS_FR]],
  ['numero', [RANK_WORDS_FR]],
  ['n°', [RANK_WORDS_EN, RANK_WORDS_FR]],
  ['nº', [RANK_WORDS_EN, RANK_WORDS_FR]],
];

/**
 * "number one", "No. three", "numéro un", "n° dix-sept": a number word (one..twenty, un/une..vingt) right after a number
 * mark is that number, with no unit. Not after "no." when the word is capitalised ("…said no. One day…": a sentence's
 * end), nor a capitalised word after a capitalised mark ("Number Nine": a name), nor a word joined on by a hyphen.
 */
function rankWordAt(ctx: Ctx, i: number, lastEnd: number): QuantityMatch | null {
  const f = ctx.f;
  const e = skipWsBack(f, i, MAX_WS);
  if (e === i || !'r.o°º'.includes(f[e - 1]!)) return null;
  for (const [mark, tables] of RANK_MARKS) {
    const start = e - mark.length;
    if (start < 0 || f.slice(start, e) !== mark || wordBefore(f, start)) continue;
    const upper = UPPER_RE.test(ctx.text[i]!);
    if (upper && (mark === 'no.' || UPPER_RE.test(ctx.text[start]!))) return null;
    let end = i;
    while (end < f.length && isLetter(f[end])) end++;
    if (f[end] === '-' && isLetter(f[end + 1])) {
      end++;
      while (end < f.length && isLetter(f[end])) end++;
    }
    if (f[end] === '-' || isD(f, end)) return null;
    const word = f.slice(i, end);
    for (const table of tables) {
      const value = table.get(word);
      if (value !== undefined) return wordMatch(ctx, { start: i, numEnd: end, end, value, hedge: hedgeBefore(f, i, lastEnd), post: null, more: false, unit: '' });
    }
    return null;
  }
  return null;
}

/** After a unit word, the half that makes "an hour and a half", "an hour-and-a-half", "a mile and a half" one and a half of it. */
const AND_A_HALF = /^(?:-and-a-half|\s+and\s+a\s+half)(?![\p{L}-])/u;
/** "an hour and a half", "about an hour-and-a-half", "a kilometre and a half": one and a half of a unit written in words. */
function unitAndAHalfAt(ctx: Ctx, i: number, lastEnd: number): QuantityMatch | null {
  const f = ctx.f;
  const article = asciiWordAt(f, i);
  if (!article || (article.word !== 'a' && article.word !== 'an')) return null;
  const hit = unitAfter(ctx, article.end, false);
  if (!hit || hit.unit === '' || !LETTER_RE.test(hit.key) || hit.start === article.end) return null;
  const half = AND_A_HALF.exec(f.slice(hit.end, hit.end + 16));
  if (!half) return null;
  const end = hit.end + half[0].length;
  return wordMatch(ctx, { start: i, numEnd: end, end, value: 1.5, hedge: hedgeBefore(f, i, lastEnd), post: null, more: false, unit: hit.unit, unitSpan: { start: hit.start, end: hit.end } });
}

/** A figure in English number words at the word start `i` ("three turbines", "over two million", "a dozen"). */
function wordFigureAt(ctx: Ctx, i: number, lastEnd: number, read?: WordNumber): QuantityMatch | null {
  const f = ctx.f;
  const left = f[i - 1];
  if (left !== undefined && ('-./_'.includes(left) || isD(f, i - 1))) return null;
  const halfOf = read ? null : unitAndAHalfAt(ctx, i, lastEnd);
  if (halfOf) return halfOf;
  const w = read ?? readEnglishNumber(f, i, (_, k) => scaleAt(ctx, k));
  if (!w) return null;
  const before = wordBeforeAt(f, i);
  // "Cloud Nine", "Series A million": a capitalised number word after a capitalised word is a name.
  if (before && UPPER_RE.test(ctx.text[i]!) && UPPER_RE.test(ctx.text[before.start]!)) return null;
  if (!w.scaled && w.value === 1 && before && ONE_AS_PRONOUN_AFTER.has(before.word)) return null;
  const fig: WordFigure = { start: i, numEnd: w.end, end: w.end, value: w.value, hedge: hedgeBefore(f, i, lastEnd), post: null, more: false, unit: '' };
  if (f[w.end] === '-') {
    // Compounds: "three-way", "two-day", "five-year"; not "one-off", "twenty-first", "two-thirds".
    const way = matchForward(f, w.end + 1, 'way');
    const hit = way < 0 && isLetter(cpAt(f, w.end + 1)) ? unitAt(ctx, w.end + 1, true) : null;
    if (way < 0 && !hit) return null;
    fig.end = way >= 0 ? way : hit!.end;
    if (hit) {
      fig.unit = hit.unit;
      fig.unitSpan = { start: hit.start, end: hit.end };
    }
    return wordMatch(ctx, fig);
  }
  fig.post = hedgeAfter(f, fig.end);
  if (fig.post) fig.end = fig.post.end;
  const hit = unitAfter(ctx, fig.end, true);
  if (hit) {
    fig.unit = hit.unit;
    fig.end = hit.end;
    if (LETTER_RE.test(hit.key)) fig.unitSpan = { start: hit.start, end: hit.end };
    if (!fig.post) {
      fig.post = hedgeAfter(f, fig.end);
      if (fig.post) fig.end = fig.post.end;
    }
  } else if (!w.scaled && !fig.post && !nounLikeAt(ctx, fig.end)) {
    return wordRangeAt(ctx, fig, lastEnd);
  }
  return wordMatch(ctx, fig);
}

/** The word that joins a range's two ends in words: "two to three weeks", "one or two days". */
const WORD_RANGE_JOIN = /^\s+(to|or)\s+/u;
/**
 * "two to three weeks", "four or five days": a bare number word, then "to" (or "or", ends near each other, as for digits)
 * and a number word with a unit, is a range in that unit, as "2 to 3 weeks" is; not when the first end is a bound
 * ("more than two to three weeks"), nor when the second end is no greater.
 */
function wordRangeAt(ctx: Ctx, first: WordFigure, lastEnd: number): QuantityMatch | null {
  const join = WORD_RANGE_JOIN.exec(ctx.f.slice(first.end, first.end + 12));
  if (!join) return null;
  const k = first.end + join[0].length;
  const w = readEnglishNumber(ctx.f, k, (_, p) => scaleAt(ctx, p));
  const second = w && !w.scaled ? wordFigureAt(ctx, k, lastEnd, w) : null;
  const hi = second?.quantity.min;
  if (!second || second.quantity.unit === '' || hi == null || second.quantity.max !== hi || !(hi > first.value)) return null;
  if (join[1] === 'or' && hi - first.value > Math.max(2, first.value / 2)) return null;
  const m = wordMatch(ctx, { ...first, end: second.span.end, numEnd: second.numberSpan.end, unit: second.quantity.unit, ...(second.unitSpan ? { unitSpan: second.unitSpan } : {}) });
  if (!m || m.quantity.min !== first.value || m.quantity.max !== first.value) return null;
  return { ...m, quantity: { ...m.quantity, max: hi, approx: m.quantity.approx || second.quantity.approx } };
}

/** Characters after which a Chinese numeral may start: verbs and particles that come before a count. */
const CJK_BEFORE_COUNT: ReadonlySet<string> = new Set([...'有了是共约約近超达達和与與及或为為用买買卖賣在仅僅只就逾过過到至的等将將已再另前后後其中内內']);

/** A figure in Chinese numerals at `i`, before a measure word or a unit ("三台", "两千万人", "三十多家"). */
function cjkFigureAt(ctx: Ctx, i: number, lastEnd: number): QuantityMatch | null {
  const f = ctx.f;
  const before = cpBefore(f, i);
  if (isD(f, i - 1)) return null;
  const hedge = hedgeBefore(f, i, lastEnd);
  // After a hedge ("突破", "超过") or a word that comes before counts; not inside a word (统一, 唯一, 第三).
  if (before !== '' && CJK_RE.test(before) && !CJK_BEFORE_COUNT.has(before) && !(hedge && hedge.end === i)) return null;
  const w = readCjkNumeral(f, i, (k) => CJK_NUMERAL_CHARS.has(f[k]!) && unitAt(ctx, k, false, false, CJK_NUMERAL_UNITS) !== null);
  if (!w) return null;
  const fig: WordFigure = { start: i, numEnd: w.end, end: w.end, value: w.value, hedge, post: null, more: false, unit: '' };
  if (cjkMore(f[fig.end]!, f[fig.end + 1])) {
    fig.more = true;
    fig.end++;
    fig.numEnd = fig.end;
  }
  // A caller's one-character unit right after a numeral is too loose: 三星 is a name, not three stars.
  const unitHere = (k: number) => {
    const hit = unitAt(ctx, k, false, false, CJK_NUMERAL_UNITS);
    return hit && (hit.key.length > 1 || BUILTIN_UNITS.exact.has(hit.key) || CJK_NUMERAL_UNITS.exact.has(hit.key)) ? hit : null;
  };
  let hit = unitHere(fig.end);
  if (!hit) {
    if (!CJK_MEASURE_WORDS.has(f[fig.end]!)) return null;
    hit = unitAt(ctx, fig.end + 1, false, false, CJK_NUMERAL_UNITS);
  }
  if (hit) {
    fig.unit = hit.unit;
    fig.end = hit.end;
    fig.unitSpan = { start: hit.start, end: hit.end };
  }
  fig.post = hedgeAfter(f, fig.end);
  if (fig.post) fig.end = fig.post.end;
  return wordMatch(ctx, fig);
}

// ---------------------------------------------------------------------------------------------
// API

/** The marks read between groups of thousands under a format (see NumberFormat). */
function groupMarksOf(format: NumberFormat): string {
  if (format.thousands === '') return '';
  const other = format.decimal === '.' ? ',' : '.';
  return format.thousands === ' ' ? other + GROUP_SPACES : other;
}

/** ASCII text without a digit. */
const NO_DIGIT_ASCII = /^[\x00-\x2f\x3a-\x7f]*$/;

/** What findQuantities read, by its text and options: the readers of a sentence, and pages, ask again for the same. */
const READ_QUANTITIES = new TextMemo<QuantityMatch[]>();

/**
 * Every figure in `text`, left to right, non-overlapping. `unitWords` are the caller's unit words (they
 * win over the built-in ones on a tie); `options.format` the document's number format (English by
 * default; see inferNumberFormat), `options.scaleWords` the caller's scale words. Never throws; linear
 * in the length of `text`. The same text with the same options is read once (memo.ts): the caller gets a copy.
 */
export function findQuantities(text: string, unitWords?: UnitWords, options?: FindOptions): QuantityMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Without number words, a figure starts at a digit or a Chinese numeral: ASCII text with no digit has
  // none (folding ASCII only lower-cases it), and is spared the folding and the tables below.
  if (options?.words !== true && NO_DIGIT_ASCII.test(text)) return [];
  const format = options && isNumberFormat(options.format) ? options.format : ENGLISH_FORMAT;
  // The unit and scale words by identity (a pack's tables are read by identity too: callerTable, scaleTable), the format by value.
  const context = [
    unitWords && typeof unitWords === 'object' ? identityOf(unitWords) : '-',
    identityOf(options?.scaleWords),
    options?.words === true ? 'w' : '',
    format.decimal + format.thousands + (format.thousandWords === true ? 't' : '') + (options?.words === true ? (format.words ?? '') : ''),
  ].join('\u0000');
  return READ_QUANTITIES.get(context, text, () => readQuantities(text, unitWords, format, options));
}

function readQuantities(text: string, unitWords: UnitWords | undefined, format: NumberFormat, options: FindOptions | undefined): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const tables = unitWords && typeof unitWords === 'object' ? [callerTable(unitWords), BUILTIN_UNITS] : [BUILTIN_UNITS];
  const ctx: Ctx = { f: fold(text), text, tables, scales: scaleTable(options?.scaleWords, format.thousandWords === true ? ',' : format.decimal), decimal: format.decimal, groupMarks: groupMarksOf(format), words: options?.words === true, ...(options?.words === true && format.words ? { foreign: format.words } : {}) };
  const f = ctx.f;
  const n = f.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    let m: QuantityMatch | null = null;
    if ((c >= 48 && c <= 57) || (c === 46 && ctx.decimal === '.' && isD(f, i + 1) && !isD(f, i - 1))) {
      ctx.skipTo = undefined;
      m = durationAt(text, i) ?? parseAt(ctx, i, lastEnd);
      if (!m) {
        i++;
        while (i < n && isD(f, i)) i++;
        if (ctx.skipTo !== undefined && ctx.skipTo > i) i = ctx.skipTo;
        continue;
      }
    } else if (!ctx.words) {
      // Only digits start a figure.
    } else if (c >= 97 && c <= 122) {
      // A word: only the few that open a number in words are read; the rest is skipped whole.
      let e = i + 1;
      while (e < n && e - i <= 10 && f.charCodeAt(e) >= 97 && f.charCodeAt(e) <= 122) e++;
      const sig = wordSignature(c, e - i > 1 ? f.charCodeAt(i + 1) : 0, e - i);
      // "neun Meter", "cinq morts", "seis personas": a page's other language's number words, on a page written in it.
      const ranked = !wordBefore(f, i) ? rankWordAt(ctx, i, lastEnd) : null;
      const foreign = !ranked && ctx.foreign && !wordBefore(f, i) ? readForeignNumber(f, i, ctx.foreign, (_, k) => scaleAt(ctx, k)) : null;
      if (ranked) m = ranked;
      else if (foreign) m = wordFigureAt(ctx, i, lastEnd, foreign);
      else if (NUMBER_WORD_SIGNATURES.has(sig) && !wordBefore(f, i) && NUMBER_WORD_OPENERS.has(f.slice(i, e))) m = wordFigureAt(ctx, i, lastEnd);
      if (!m) {
        while (e < n && isLetter(f[e])) e++;
        i = e;
        continue;
      }
    } else if (c >= 0x4e00 && CJK_NUMERAL_FIRST.has(f[i]!)) {
      m = cjkFigureAt(ctx, i, lastEnd);
    }
    if (m) {
      // "…と述べた[2][5]", "as the report says.[12]": a reference mark, not a figure.
      if (!isReferenceMark(text, m)) out.push(m);
      i = m.span.end;
      lastEnd = i;
      continue;
    }
    i++;
  }
  return joinDurations(text, joinScaledParts(text, perUnitBasis(text, ratioUnits(text, out))));
}

/** After a figure's unit, "/" and a word ("1 mg/kg", "10 mg/dL"), or "per" and a unit word ("2 mL per kg"): what it is per. */
const RATIO_AFTER = /^\s*(?:\/\s*|per\s+)(\p{L}[\p{L}\p{N}²³]*)(?![\p{L}\p{N}])/iu;
/** What a figure may be counted per and keep its unit: a span of time ("5 mg/d", "20 km/week"), a dose ("5 mg/dose"). */
const KEEPS_UNIT_PER = /^(?:s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|daily|wks?|weeks?|mos?|months?|y|yrs?|years?|annum|dose|doses)$/iu;
/**
 * "0.75 to 1 mg/kg per day", "2 mL per kg", "10 mg/dL": a unit of measure written as a ratio to another is another quantity
 * (a dose per body weight, a concentration), never the plain one: the figure's unit becomes the ratio ("milligram/kilogram"),
 * which converts to no plain unit. A span of time after it ("5 mg/d") keeps the unit, a rate in time being the figure's own
 * reading; money ("$3 per gallon", a price's unit of trade) is left to the readers.
 */
function ratioUnits(text: string, found: QuantityMatch[]): QuantityMatch[] {
  return found.map((m) => {
    const unit = m.quantity.unit;
    if (unit === '' || dimensionOf(unit) === undefined) return m;
    const per = RATIO_AFTER.exec(text.slice(m.span.end, m.span.end + 24));
    if (!per || KEEPS_UNIT_PER.test(per[1]!)) return m;
    const of = UNIT_WORDS[per[1]!.toLowerCase()] ?? UNIT_WORDS[per[1]!];
    // After "per", only a unit of measure ("per kg"); "per patient" is a rate the readers weigh (countedPer).
    if (!per[0].includes('/') && (of === undefined || dimensionOf(of) === undefined)) return m;
    return { ...m, quantity: { ...m.quantity, unit: `${unit}/${of ?? per[1]!}` } };
  });
}

/** A Japanese or Chinese counter of one unit, "per" after it or not: "1錠", "1個あたり", "1台当たり", "每1瓶". */
const ONE_UNIT_BASIS = /^(?:錠|個|台|枚|本|粒|瓶|箱|袋|包|缶|株|杯|回|件|人)(?:あたり|当たり|につき)?\s*$/u;
/**
 * "薬価を1錠412.30円とする", "1個あたり98円": a count of one unit right before a figure is the basis the figure is per, not a
 * figure of its own (it would stand nearer the attribute's word and block the price).
 */
function perUnitBasis(text: string, found: QuantityMatch[]): QuantityMatch[] {
  return found.filter((m, k) => {
    const next = found[k + 1];
    if (!next || m.quantity.min !== 1 || m.quantity.max !== 1 || m.quantity.unit !== '') return true;
    return !ONE_UNIT_BASIS.test(text.slice(m.span.end, next.span.start));
  });
}

/** The time units a duration is told in, largest first, in seconds. */
const DURATION_PARTS: ReadonlyMap<string, number> = new Map([['hour', 3600], ['minute', 60], ['second', 1]]);
/** What may stand between the parts of one duration: "2 hours, 0 minutes and 14 seconds", "2 horas y 25 segundos". */
const DURATION_GAP = /^\s*,?\s*(?:(?:and|y|et|und|e|i)\s*)?$/iu;

/**
 * "two hours and 14 seconds", "2 hours, 1 minute and 9 seconds", "3 horas, dos minutos y 40 segundos": the parts of one
 * duration, each a smaller unit than the one before, are one figure in seconds.
 */
function joinDurations(text: string, found: QuantityMatch[]): QuantityMatch[] {
  return joinRuns(found, (a, m) => {
    const q = a.quantity;
    const b = m.quantity;
    const last = a.duration ?? DURATION_PARTS.get(q.unit);
    const next = DURATION_PARTS.get(b.unit);
    if (
      last === undefined || next === undefined || next >= last || !DURATION_GAP.test(text.slice(a.span.end, m.span.start)) ||
      // The first part may carry the hedge ("over 2 hours and 10 minutes"); the later ones are exact.
      q.min === null || (q.max !== null && q.max !== q.min) || b.min === null || b.min !== b.max || b.approx
    ) {
      return undefined;
    }
    const sum = (a.duration !== undefined ? q.min : q.min * last) + b.min * next;
    return { ...spanOfBoth(a, m), quantity: { ...b, min: sum, max: q.max === null ? null : sum, approx: q.approx, unit: 'second', text: text.slice(a.span.start, m.span.end) }, duration: next };
  });
}

/** Merges each match into the one before it where `join` gives their merged match; the others are kept as they are. */
function joinRuns(found: QuantityMatch[], join: (a: QuantityMatch, m: QuantityMatch) => QuantityMatch | undefined): QuantityMatch[] {
  if (found.length < 2) return found;
  const out: QuantityMatch[] = [];
  for (const m of found) {
    const a = out[out.length - 1];
    const merged = a ? join(a, m) : undefined;
    if (merged) out[out.length - 1] = merged;
    else out.push(m);
  }
  return out;
}

/** The spans of two matches merged: from the first's start to the second's end. */
const spanOfBoth = (a: QuantityMatch, m: QuantityMatch) => ({
  span: { start: a.span.start, end: m.span.end },
  numberSpan: { start: a.numberSpan.start, end: m.numberSpan.end },
});

/** A race time as clocks show it, hours first ("2:16:41", "2:07:09.5"); a time of day is written with a leading zero, "am" or a zone after. */
const CLOCK_DURATION = /^([1-9]\d?):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?(?![\d:])(?!\s*(?:[ap]\.?m\.?|utc|gmt|[a-z]{1,2}t|uhr|h(?![\p{L}])))/iu;
/**
 * A race time under an hour, minutes first, with the fraction of a second that tells it from a time of day ("2:05.31",
 * "26:31.07", "9:58,12").
 */
const CLOCK_MINUTES = /^([1-9]?\d):([0-5]\d)[.,](\d{1,3})(?![\d:])/u;
/** The same in Chinese or Japanese: minutes, seconds and perhaps hundredths after them ("26分31秒07", "2分05秒31", "4分10秒"). */
const CJK_MINUTES = /^(\d{1,3})\s*分\s*(\d{1,2}(?:\.\d+)?)\s*秒(?:(\d{2})(?!\d))?/u;
/** A time in Chinese or Japanese, hours then minutes and maybe seconds ("2小时00分47秒", "2時間5分7秒"). */
const CJK_DURATION = /^(\d{1,2})\s*(?:小时|小時|時間)\s*(\d{1,2}|零)\s*(?:分钟|分鐘|分)\s*(?:(\d{1,2}(?:\.\d+)?)\s*秒)?/u;
/** What stands before a time of day rather than a duration: "at 2:16:41", "à", "um", "a las". */
const CLOCK_BEFORE = /(?<![\p{L}])(?:at|à|um|a\s+las?|alle|às)\s*$/iu;

/** A duration written as a clock ("2:16:41") or in Chinese or Japanese time words, in seconds, at `i`; null when none starts there. */
function durationAt(text: string, i: number): QuantityMatch | null {
  // Most figures are none: a clock has a colon after one or two digits, a Chinese or Japanese time its hour word.
  const after = isD(text, i + 1) ? i + 2 : i + 1;
  const mark = text.charCodeAt(after) === 0x20 ? text.charCodeAt(after + 1) : text.charCodeAt(after);
  // Minutes may have three digits before 分 ("105分").
  const cjkMark = isD(text, after) ? text.charCodeAt(after + 1) : mark;
  if (mark !== 0x3a && mark !== 0x5c0f && mark !== 0x6642 && mark !== 0x5206 && cjkMark !== 0x5206) return null;
  if (isD(text, i - 1) || text[i - 1] === ':' || text[i - 1] === '.') return null;
  const head = text.slice(i, i + 24);
  const clock = CLOCK_DURATION.exec(head);
  const minutes = clock ? null : CLOCK_MINUTES.exec(head);
  if ((clock || minutes) && CLOCK_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return null;
  let value: number;
  let length: number;
  if (clock) {
    value = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) + Number(`0.${clock[4] ?? '0'}`);
    length = clock[0].length;
  } else if (minutes) {
    value = Number(minutes[1]) * 60 + Number(minutes[2]) + Number(`0.${minutes[3]}`);
    length = minutes[0].length;
  } else {
    const cjk = CJK_DURATION.exec(head);
    const cjkMinutes = cjk ? null : CJK_MINUTES.exec(head);
    if (cjk) value = Number(cjk[1]) * 3600 + (cjk[2] === '零' ? 0 : Number(cjk[2])) * 60 + Number(cjk[3] ?? '0');
    // "午後7時26分31秒": minutes and seconds after an hour mark are a time of day.
    else if (cjkMinutes && !/[時时點点]\s*$/u.test(text.slice(Math.max(0, i - 3), i))) value = Number(cjkMinutes[1]) * 60 + Number(cjkMinutes[2]) + Number(`0.${cjkMinutes[3] ?? '0'}`);
    else return null;
    length = (cjk ?? cjkMinutes)![0].length;
  }
  const span = { start: i, end: i + length };
  return { span, numberSpan: span, quantity: { kind: 'quantity', min: value, max: value, unit: 'second', approx: false, text: text.slice(span.start, span.end) } };
}

/** A plain number alone in square brackets, as wikis and papers mark their references ("[4]", "[12][13]"). */
const isReferenceMark = (text: string, m: QuantityMatch) =>
  text[m.span.start - 1] === '[' && text[m.span.end] === ']' && m.span.end - m.span.start <= 3 && /^\d+$/.test(text.slice(m.span.start, m.span.end));

/** An hour mark of a time of day, next to a figure: only then is the figure asked whether it is an hour or a minute. */
const CLOCK_MARK = /[時时点點시]/u;
/** Right after a small whole number, a word that makes it a month, a day or a quarter of a date in Chinese, Japanese or Korean. */
const CALENDAR_AFTER = /^(?:[月日号號월일]|분기|季度|财季|財季|四半期)/u;

/** The power of ten of a Turkish scale word a figure ends on ("38 bin", "2 milyon"): Turkish writes a figure's parts apart ("38 bin 412"). */
const TURKISH_SCALE_AT_END = /\s(bin|milyon|milyar)$/iu;
function wordScaleAtEnd(number: string): number | undefined {
  const m = TURKISH_SCALE_AT_END.exec(number);
  return m ? SCALE_WORDS.get(m[1]!.toLowerCase()) : undefined;
}

/**
 * "41万2530人", "1억 4,300만 달러", "2亿3500万美元", "38 bin 412": a figure ending on a Chinese, Korean or Turkish scale,
 * followed right away (Korean, Turkish: after a space) by a smaller one, is one figure, their sum, in the second one's unit.
 */
function joinScaledParts(text: string, found: QuantityMatch[]): QuantityMatch[] {
  return joinRuns(found, (a, m) => {
    const q = a.quantity;
    const b = m.quantity;
    const scale = CJK_SCALES.get(text[a.numberSpan.end - 1]!) ?? wordScaleAtEnd(text.slice(a.numberSpan.start, a.numberSpan.end));
    const gap = text.slice(a.span.end, m.span.start);
    if (
      scale === undefined || (gap !== '' && gap !== ' ') || q.unit !== '' || a.word || a.calendar || m.word || m.calendar ||
      q.min === null || q.min !== q.max || b.min === null || b.min !== b.max || b.min < 0 || b.min >= 10 ** scale || !/^\d/.test(text.slice(m.span.start, m.span.start + 1))
    ) {
      return undefined;
    }
    const sum = q.min + b.min;
    return { ...spanOfBoth(a, m), quantity: { ...b, min: sum, max: sum, approx: q.approx || b.approx, text: text.slice(a.span.start, m.span.end) }, ...(m.unitSpan ? { unitSpan: m.unitSpan } : {}) };
  });
}

/**
 * A count of things is whole: a figure whose reading hangs on the decimal mark ("2.300 muertos" read as 2.3 in
 * the English convention, `ambiguous`) counts thousands when it is not whole and its attribute's unit is a count
 * (isCountUnit), unless the attribute says its count is not whole (`whole` false: millions of parameters, "6.200" is
 * 6.2). Any other figure is returned as is.
 */
export function wholeCount(match: QuantityMatch, attributeUnit: string, whole = true): Quantity {
  const q = match.quantity;
  const fractional = (n: number | null) => n !== null && !Number.isInteger(n);
  // "180.000 Packungen" read with a decimal point is 180, a whole number: its zeros after the mark say it counts thousands.
  const zeros = /\d[.,]000(?![\d.,])/u.test(q.text);
  if (!whole || !match.ambiguous || match.word || !(fractional(q.min) || fractional(q.max) || zeros) || !isCountUnit(attributeUnit)) return q;
  const thousands = (n: number | null) => (n === null ? null : Math.round(n * 1000));
  return { ...q, min: thousands(q.min), max: thousands(q.max) };
}

/**
 * "| Height | 18m |", "Length: 21.5m": for an attribute of length, a lowercase "m" glued to a bare number is metres, not
 * millions (no length is written "18m" for eighteen million metres; "$18m", "18m users" keep their millions, as they have a
 * currency or no attribute of length asks). The figure as written otherwise.
 */
export function metresNotMillions(match: QuantityMatch, attributeUnit: string): QuantityMatch {
  const q = match.quantity;
  if (q.unit !== '' || !/(?<![\p{L}\d.,])\d[\d.,]*m$/u.test(q.text) || dimensionOf(canonicalUnit(attributeUnit)) !== 'length') return match;
  const metres = (n: number | null) => (n === null ? null : Number((n / 1e6).toPrecision(12)));
  return { ...match, quantity: { ...q, min: metres(q.min), max: metres(q.max), unit: 'metre' }, unitSpan: { start: match.numberSpan.end - 1, end: match.numberSpan.end } };
}

/** The first figure in `text`, or null. */
export function parseQuantity(text: string, unitWords?: UnitWords, options?: FindOptions): Quantity | null {
  const all = findQuantities(text, unitWords, options);
  return all.length > 0 ? all[0]!.quantity : null;
}
