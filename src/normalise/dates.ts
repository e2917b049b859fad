// The date grammar: absolute, partial ("May 2026" knows no day), yearless ("July 24", "第三季度") and
// relative dates, with times of day, → inclusive ISO periods and DateValues.
//
// Dates without a year are read only when asked (`yearless: true`), except a quarter in words ("in the third quarter"), which
// is always read but takes only the one year its sentence states. Such a date takes the one year its sentence states when that year is within a year of the
// document date (or there is no document date; for a quarter or a half always), else the document date's year (of the three years
// around it, the one that puts the date nearest to the document date: "December 20" in a text of
// January 2026 is 2025-12-20), else it stays partial: returned only when asked (`partial: true`), with
// a named scope ("~--07-24") that overlaps only itself. Yearless month names ("July") are read after a
// preposition ("in July", "since March"), and yearless days, months and quarters only when capitalised
// ("May 5", not "may 5"). "2011-12" is a season (12 follows 11), not December 2011.
import type { Span, TimeScope } from '../types.js';
import { TIME_ZONES, type DatePrecision, type DateValue, type TimeOfDay } from './date-values.js';
import { TextMemo } from './memo.js';
import { readCjkNumeral, readEnglishNumber } from './number-words.js';
import { escapePattern } from '../packs/phrases.js';

export { compareDateValues, zoneOffset, type DatePrecision, type DateValue, type TimeOfDay } from './date-values.js';

export interface DateMatch extends Span {
  scope: TimeScope;
  precision: DatePrecision;
  /** True for "this year", "yesterday": resolved against the document date. */
  relative: boolean;
  /** The date as a value: its period, precision, partial month and day, time of day, where its year came from. */
  value: DateValue;
}

/** A calendar day, as the document date. */
export interface Day {
  year: number;
  month: number;
  day?: number;
}

export interface FindDatesOptions {
  /**
   * Also read dates stated without a year ("July 24", "in May", "in Q3", "第三季度", "5月"), giving them
   * the sentence's or the document's year (off by default: today's extraction gives every claim of a
   * sentence its dates as time scopes, and a yearless month would split claims that meet today).
   */
  yearless?: boolean;
  /** With `yearless`: also return those that could get no year (their scope is named: "~--07-24"). Implies `yearless`. */
  partial?: boolean;
  /**
   * Implies `yearless`: a quarter or a half its sentence gives no year ("in the third quarter", "in Q3", "第三季度") takes the
   * latest one that has ended by the document date, not the nearest one ("the fourth quarter" on a page of 6 November 2025 is
   * 2024's): the reading of a figure told in the past.
   */
  ended?: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
/** The English month names and abbreviations dates are read in, in lower case ("march", "sept"). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(MONTHS));
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Month names as English writes them when they stand without a year: capitalised. */
const MONTH_CAP = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** After a month's name, its abbreviation's full stop ("3 Sept."), not a sentence's ("on 14 March."). */
const ABBREVIATION_DOT = '(?:(?<=(?<![\\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.)?';
const MONTH_FULL = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** A year in a date with a month: 1000 to 2099 ("12 March 1841", "March 1887"); a year alone is read from 1900 (and before, only after a word that dates it). */
const YEAR = '((?:1\\d|20)\\d\\d)';

/**
 * Month names of German (capitalised), French, Spanish, Portuguese, Italian and Dutch (in lower case, as those languages
 * write them: a capitalised "Mars" is the planet). Dates in these languages are read with a day and a year ("5. Januar
 * 2024", "1er mars 2024", "3 de septiembre de 2026"), a year ("janeiro de 2024"), or a day or a preposition alone.
 */
const OTHER_MONTHS: Readonly<Record<number, string[]>> = {
  1: ['Januar', 'Jänner', 'Jan.', 'janvier', 'janv.', 'enero', 'janeiro', 'gennaio', 'januari'],
  2: ['Februar', 'Feb.', 'février', 'fevrier', 'févr.', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  3: ['März', 'mars', 'marzo', 'março', 'maart'],
  4: ['April', 'Apr.', 'avril', 'abril', 'aprile'],
  5: ['Mai', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  6: ['Juni', 'juin', 'junio', 'junho', 'giugno', 'juni'],
  7: ['Juli', 'juillet', 'juil.', 'julio', 'julho', 'luglio', 'juli'],
  8: ['August', 'Aug.', 'août', 'aout', 'agosto', 'augustus'],
  9: ['September', 'Sept.', 'Sep.', 'septembre', 'sept.', 'septiembre', 'setiembre', 'setembro', 'settembre', 'september'],
  10: ['Oktober', 'Okt.', 'octobre', 'oct.', 'octubre', 'outubro', 'ottobre', 'oktober'],
  11: ['November', 'Nov.', 'novembre', 'nov.', 'noviembre', 'novembro', 'november'],
  12: ['Dezember', 'Dez.', 'décembre', 'decembre', 'déc.', 'diciembre', 'dezembro', 'dicembre', 'december'],
};
/**
 * Russian (nominative, genitive "20 августа 2025 года", prepositional "в августе 2025"), Turkish (capitalised: "9 Eylül
 * 2020") and Arabic ("أبريل 2021") month names, read as the names above are.
 */
const MORE_MONTHS: Readonly<Record<number, string[]>> = {
  1: ['январь', 'января', 'январе', 'Ocak', 'يناير'],
  2: ['февраль', 'февраля', 'феврале', 'Şubat', 'فبراير'],
  3: ['март', 'марта', 'марте', 'Mart', 'مارس'],
  4: ['апрель', 'апреля', 'апреле', 'Nisan', 'أبريل', 'ابريل'],
  5: ['май', 'мая', 'мае', 'Mayıs', 'مايو'],
  6: ['июнь', 'июня', 'июне', 'Haziran', 'يونيو'],
  7: ['июль', 'июля', 'июле', 'Temmuz', 'يوليو'],
  8: ['август', 'августа', 'августе', 'Ağustos', 'أغسطس', 'اغسطس'],
  9: ['сентябрь', 'сентября', 'сентябре', 'Eylül', 'سبتمبر'],
  10: ['октябрь', 'октября', 'октябре', 'Ekim', 'أكتوبر', 'اكتوبر'],
  11: ['ноябрь', 'ноября', 'ноябре', 'Kasım', 'نوفمبر'],
  12: ['декабрь', 'декабря', 'декабре', 'Aralık', 'ديسمبر'],
};
const OTHER_MONTH_NUMBER = new Map(
  [OTHER_MONTHS, MORE_MONTHS].flatMap((table) => Object.entries(table).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as const))),
);
/** Whether a word names a month, in English (any case) or as the other languages write it ("Juni", "juin", "giugno"). */
export const isMonthName = (word: string): boolean => MONTHS[word.toLowerCase()] !== undefined || OTHER_MONTH_NUMBER.has(word);
/** One of OTHER_MONTHS, longest first ("Juli" before "Jul."), as written (case matters). */
const OTHER_MONTH = `(${[...OTHER_MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map(escapePattern).join('|')})`;
/** What a text must hold for OTHER_MONTH to match in it: one of the names' first three letters. */
const HAS_OTHER_MONTH = new RegExp([...new Set([...OTHER_MONTH_NUMBER.keys()].map((n) => escapePattern(n.slice(0, 3))))].join('|'), 'u');
/** A day before such a month: "5.", "1er", "3 de", "1º". */
const OTHER_DAY = '(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?';
/** Between such a month and its year: "de", "del" (Spanish, Portuguese). */
const OTHER_YEAR = '\\s+(?:de\\s+|del\\s+)?((?:1\\d|20)\\d\\d)';
/** Words before a month alone that make it a date: "im Januar", "en mars", "desde enero", "a gennaio", "in juni". */
const OTHER_MONTH_LEAD = '(?:[Ii]m|[Aa]nfang|[Ee]nde|[Mm]itte|[Ss]eit|[Bb]is|[Ee]n|[Dd]epuis|[Dd]ébut|[Ff]in|[Dd]esde|[Ee]m|[Dd]al|[Nn]el|[Ss]inds|[Vv]anaf|[Ee]ind|[Bb]egin)';
/** Chinese month, day, quarter or half after a year or a relative year ("4月", "7月23日", "第三季度", "Q3", "上半年"). */
const CJK_PART = '(?:(1[0-2]|0?[1-9])\\s*月(?:\\s*(3[01]|[12]\\d|0?[1-9])\\s*[日号號])?|(?:第\\s*)?([一二三四1-4])\\s*季度?|[Qq]([1-4])|([上下])半年度?)';
const CJK_QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const CJK_MONTHS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** The month before the document date's month, with its year. */
const monthBefore = (today: Day) => (today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: today.month - 1 });

/**
 * The `months` ending on the day `end` (ISO), from the first of its first month: six months ended June 30, 2025 are 2025-01-01
 * to 2025-06-30. A fiscal calendar of weeks ends its quarters on a weekday near a month's end ("the three months ended
 * September 27", "… ended October 2"): a day in the last or the first week of a month ends the calendar months it stands for.
 */
export function monthsEnding(end: string, months: number, text: string): TimeScope {
  let [year, month, day] = end.split('-').map(Number) as [number, number, number];
  if (day !== undefined && day <= WEEK) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const close = day !== undefined && (day <= WEEK || day > lastDay(year, month) - WEEK) ? iso(year, month, lastDay(year, month)) : end;
  const first = month - months + 1;
  return { start: first <= 0 ? iso(year - 1, first + 12, 1) : iso(year, first, 1), end: close, text };
}
/** Days in a week: how far from a month's end a fiscal period of weeks may close. */
const WEEK = 7;

/**
 * Before a date, a span of months that ends on it, after a determiner ("extended by three months to June" is no span): "the three months ended June 30, 2025", "the quarter to June",
 * "six months ending", "the year to March 2026", "l'exercice clos le 31 mars 2025", "el semestre cerrado a 30 de junio".
 */
const MONTHS_ENDED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:the|its|their|first|last|l['’]|les|des|du|le|la|los|las|el|del|al|im|den|der|die|dem)\s*(?:(?:first|fiscal|financial|premier|primer)\s+)?(?:(?<count>three|six|nine|twelve|3|6|9|12|trois|neuf|douze|tres|seis|nueve|doce|drei|sechs|neun|zwölf)[\s-]+(?:months?|mois|meses|Monate[n]?)|(?<quarter>quarter|trimestre|Quartal)|(?<half>half[\s-]?year|semestre|Halbjahr)|(?<year>(?:fiscal\s+|financial\s+)?year|exercice|ejercicio|Geschäftsjahr))` +
    String.raw`\s+(?:ended|ending|to|through|thru|clos(?:e|es)?\s+(?:le|au)|clôturée?s?\s+(?:le|au)|cerrad[oa]s?\s+(?:el|a|al)|terminad[oa]s?\s+(?:el|a|al)|zum)\s+(?:on\s+)?$`,
  'iu',
);

/** After a month, the mark of the Japanese fiscal year that closes with it ("3月期"), not a word it begins ("期間", "期限", "期日", "期末"). */
const FISCAL_YEAR_AFTER = /^期(?![間限日末]|中(?!間期))/u;
/** After that mark, a quarter or a half of the fiscal year: "第3四半期", "上期", "下半期", "中間期" (the first half). */
const FISCAL_PART_AFTER = /^\s*(?:第\s*([1-4一二三四])\s*四半期|(上期|下期|上半期|下半期|中間期))/u;

const SPAN_PRECISION: Record<number, DatePrecision> = { 3: 'quarter', 6: 'half', 9: 'month', 12: 'year' };

/** A day or a month that ends a span of months named before it is that span: "the six months ended June 30, 2025" are January to June. */
function monthsEnded(text: string, dates: DateMatch[]): void {
  for (const d of dates) {
    if ((d.precision !== 'day' && d.precision !== 'month') || d.value.start.startsWith('~')) continue;
    // "2023年3月期": the fiscal year that ends in that month (not "3月期間", a span of time in March).
    // "2024年3月期第3四半期", "2025年3月期上期": a quarter or a half of that fiscal year.
    if (d.precision === 'month' && FISCAL_YEAR_AFTER.test(text.slice(d.end, d.end + 4))) {
      const part = FISCAL_PART_AFTER.exec(text.slice(d.end + 1, d.end + 12));
      const end = d.end + 1 + (part?.[0].length ?? 0);
      // "第3四半期累計": the fiscal year to the part's end, not the part alone.
      const toDate = part !== null && /^\s*(?:連結)?累計/u.test(text.slice(end, end + 6));
      // The part's last month, counted from the fiscal year's first (12: its last), and how many months it spans.
      const upTo = part === null ? 12 : part[1] !== undefined ? 3 * CJK_QUARTERS[part[1]]! : /^下/u.test(part[2]!) ? 12 : 6;
      const months = part === null || toDate ? upTo : part[1] !== undefined ? 3 : 6;
      const [y, m] = d.value.end.split('-').map(Number) as [number, number];
      const last = y * 12 + (m - 1) - 12 + upTo; // months since year 0 of the part's last month
      const endYear = Math.floor(last / 12);
      const endMonth = (last % 12) + 1;
      const scope = monthsEnding(iso(endYear, endMonth, lastDay(endYear, endMonth)), months, text.slice(d.start, end));
      const precision = SPAN_PRECISION[months]!;
      d.end = end;
      d.scope = scope;
      d.precision = precision;
      d.value = { start: scope.start, end: scope.end, precision };
      continue;
    }
    const before = text.slice(Math.max(0, d.start - 60), d.start);
    const m = MONTHS_ENDED_BEFORE.exec(before);
    if (!m) continue;
    const count = m.groups!.count?.toLowerCase();
    const months = count ? (COUNT_MONTHS[count] ?? Number(count)) : m.groups!.quarter ? 3 : m.groups!.half ? 6 : 12;
    const start = d.start - (before.length - m.index);
    const scope = monthsEnding(d.value.end, months, text.slice(start, d.end));
    const precision = SPAN_PRECISION[months]!;
    d.start = start;
    d.scope = scope;
    d.precision = precision;
    d.value = { start: scope.start, end: scope.end, precision };
  }
}

/** A reading with its year. */
interface Dated {
  start: string;
  end: string;
  precision: DatePrecision;
  relative: boolean;
}

/** A reading that needs a year: months fromMonth..toMonth, or one day of fromMonth. */
interface Yearless {
  yearless: true;
  fromMonth: number;
  toMonth: number;
  day?: number;
  precision: DatePrecision;
  /** Takes only a year its sentence states ("in the third quarter" of a sentence on 2023), never the document's. */
  sentenceOnly?: true;
}

type Reading = Dated | Yearless;

function period(year: number, fromMonth: number, toMonth: number, precision: DatePrecision, relative = false): Dated {
  return { start: iso(year, fromMonth, 1), end: iso(year, toMonth, lastDay(year, toMonth)), precision, relative };
}

/** The month `month` of the document's year (`way` 0), the latest one before its month (-1) or the first one after it (1). */
function relativeMonth(today: Day, month: number, way: -1 | 0 | 1): Dated {
  const year = way === 0 ? today.year : way < 0 ? (month < today.month ? today.year : today.year - 1) : month > today.month ? today.year : today.year + 1;
  return period(year, month, month, 'month', true);
}

/** One calendar day, or nothing for a day the month does not have ("Feb 30"). */
function dayReading(year: number, month: number, day: number, relative = false): Dated | undefined {
  if (day < 1 || day > lastDay(year, month)) return undefined;
  const date = iso(year, month, day);
  return { start: date, end: date, precision: 'day', relative };
}

/** A day or month with no year; a day no month has ("Feb 30") is nothing. */
function yearless(month: number, day?: number): Yearless | undefined {
  if (day !== undefined && (day < 1 || day > lastDay(2000, month))) return undefined;
  return day === undefined ? { yearless: true, fromMonth: month, toMonth: month, precision: 'month' } : { yearless: true, fromMonth: month, toMonth: month, day, precision: 'day' };
}

/** "from April to June", "between January and June", "July-September": two months (groups) that bound a span. */
const MONTH_RANGE = `(?:from\\s+|between\\s+)?${MONTH}\\s*(?:to|through|and|[-–])\\s*${MONTH}`;
/** Which year "this", "last" and "next" year is, from the document's. */
const YEAR_OFFSET: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/**
 * Months `fromName`..`toName` of a year when they are a calendar quarter or half ("April to June"); other spans are not read,
 * and `null` says so: the month that ends one ("across March–June 2025") is no date of its own either.
 */
function monthsAsPart(year: number, fromName: string, toName: string): Dated | null | undefined {
  return monthNumbersAsPart(year, MONTHS[fromName.toLowerCase().replace(/\.$/, '')], MONTHS[toName.toLowerCase().replace(/\.$/, '')]);
}

/** The same for months by their numbers (1–12). */
function monthNumbersAsPart(year: number, from: number | undefined, to: number | undefined): Dated | null | undefined {
  if (from === undefined || to === undefined) return undefined;
  if (to === from + 2 && from % 3 === 1) return period(year, from, to, 'quarter');
  if (to === from + 5 && from % 6 === 1) return period(year, from, to, 'half');
  return to > from ? null : undefined;
}

/** Quarter n (1–4) or half n (1–2) as months. */
function part(kind: 'quarter' | 'half', n: number): { from: number; to: number } {
  const size = kind === 'half' ? 6 : 3;
  return { from: (n - 1) * size + 1, to: n * size };
}

/** The month, day, quarter or half after a Chinese year (CJK_PART's groups from `g`), for `year`. */
/** A season across two years, "2024–25": a period named by its years ("~2024/25"), none where the second is not the next. */
function season(from: number, next: string): Dated | undefined {
  if (Number(next) !== (from + 1) % 100) return undefined;
  const label = `~${from}/${next}`;
  return { start: label, end: label, precision: 'year', relative: false };
}

/** A year of four digits or of two ("98" is 1998, "24" 2024). */
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y));

/**
 * A fiscal year, or a quarter or a half of one ("FY2025", "Q3 FY2025"): a period named by its year ("~FY2025", "~FY2025
 * Q3", "~FY2025 H1"), since a company's fiscal year need not be the calendar year; it meets only the same fiscal period.
 * A two-digit year is of 1950–2049 ("FY98", "FY24").
 */
function fiscal(year: string, kind?: 'quarter' | 'half', n?: number): Dated | undefined {
  const y = fullYear(year);
  if (kind === 'half' && n! > 2) return undefined;
  const label = kind ? `~FY${y} ${kind === 'half' ? 'H' : 'Q'}${n}` : `~FY${y}`;
  return { start: label, end: label, precision: kind ?? 'year', relative: false };
}

function cjkPart(m: RegExpExecArray, g: number, year: number, relative: boolean): Dated | undefined {
  const [month, day, quarter, q, half] = [m[g], m[g + 1], m[g + 2], m[g + 3], m[g + 4]];
  if (month) return day ? dayReading(year, Number(month), Number(day), relative) : period(year, Number(month), Number(month), 'month', relative);
  if (quarter || q) {
    const p = part('quarter', CJK_QUARTERS[(quarter ?? q)!]!);
    return period(year, p.from, p.to, 'quarter', relative);
  }
  if (half) {
    const p = part('half', half === '上' ? 1 : 2);
    return period(year, p.from, p.to, 'half', relative);
  }
  return period(year, 1, 12, 'year', relative);
}

interface Pattern {
  re: RegExp;
  /** What a text must hold for `re` to match in it: a cheap test that spares most texts the full pattern. */
  needs: RegExp;
  /** Reads nothing without the document's date ("this year", "yesterday"). */
  needsToday?: true;
  /** `needs` holds a word of HAS_RELATIVE_WORD: a text without one is spared the test. */
  needsRelativeWord?: true;
  /** Reads dates without a year: only with the `yearless` option. */
  yearless?: true;
  /** Reads only with the `ended` option. */
  ended?: true;
  /** `null`: the words are a date this reads as none, and no other pattern reads a date inside them. */
  read(m: RegExpExecArray, today?: Day): Reading | null | undefined;
}

/** Latin words need boundaries; Chinese has no spaces, so its alternatives match anywhere. */
const word = (body: string, han = '') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])${han ? `|${han}` : ''}`, 'giu');

/** Quarters in words: "the final quarter" is the fourth. */
const QUARTER_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
/** Counts of months in words, in English, Spanish, Portuguese, Italian, French and German ("the first five months"). */
const MONTH_COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  dois: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11,
  due: 2, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10, undici: 11,
  deux: 2, trois: 3, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
};
/** The counts a span of months ended on a day may have ("the three months ended", "les douze mois clos"). */
const COUNT_MONTHS: Record<string, number> = { ...MONTH_COUNTS, twelve: 12, douze: 12, doce: 12, zwölf: 12 };
/** Ordinals before a quarter or a half in French, Spanish, Portuguese, Italian, German and Dutch ("the last" is the fourth quarter, the second half). */
const OTHER_ORDINALS: Record<string, number> = {
  premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, dernier: 4,
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, último: 4,
  primeiro: 1, terceiro: 3, quarto: 4,
  primo: 1, secondo: 2, terzo: 3, ultimo: 4,
  ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, letzten: 4,
  eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4,
};
/** Halves in words: "the final half" is the second. */
const HALF_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, final: 2, last: 2 };

/** Before a year earlier than 1900 read alone: a word that dates ("in", "since", "circa", "en", "seit", "desde"). */
const OLD_YEAR_BEFORE = /(?<![\p{L}])(?:in|since|by|until|till|from|circa|c\.|ca\.|around|before|after|year|en|im|um|seit|bis|depuis|dès|desde|hasta|nel|dal|fino\s+al|em|année|anno|año|jahr|ano)\s+$/iu;
/** Before the second year of a span, the first and its words: "from 1738 to ", "between 1738 and ", "von 1738 bis ". */
const OLD_YEAR_SPAN_BEFORE = /(?<![\p{L}])(?:from|between|von|zwischen|de|du|entre|dal|tra)\s+1\d{3}\s+(?:to|and|until|till|bis|und|à|au|a|al|e|y)\s+$/iu;
/** Whether the text right before a year earlier than 1900 (24 characters) dates it: OLD_YEAR_BEFORE, or a span's first year. */
export const datesOldYear = (before: string): boolean => OLD_YEAR_BEFORE.test(before) || OLD_YEAR_SPAN_BEFORE.test(before);
/** After such a year, a word that says it counts something ("in 1500 cases", "since 1200 people") or a time zone ("by 1100 GMT"): no year. */
export const COUNTED_AFTER = /^\s*(?:GMT|UTC|[A-Z]{1,3}T|hrs?|hours|h)(?![\p{L}])|^\s+(?!(?:and|or|but|to|in|on|at|by|as|the|a|an|when|where|which|while|after|before|with|from|for|of|until|under|during|near|into|is|was|were|has|had|then|et|und|y|e|o|de|du|des|del|im|am|à|au|en|il|la|le|el|los|las|die|der|das|un|une|una|ein|eine|he|she|it|they|his|her|its|their|con|sin|por|para|tras|bajo|como|que|donde|cuando|fue|pero|avec|par|pour|sur|dans|sous|où|quand|qui|mais|mit|von|zu|bei|nach|unter|als|wo|wurde|aber|nel|nella|per|come|che|dove|fu|ma|com|em|no|na|pelo|pela|onde|foi|mas)(?![\p{L}]))\p{Ll}/u;
/** Two years a pattern matched (groups 1 and 2) as one span from the first's start to the last's end; none where the second is not later. */
function yearSpan(m: RegExpExecArray): Dated | undefined {
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to > from ? { start: iso(from, 1, 1), end: iso(to, 12, 31), precision: 'year', relative: false } : undefined;
}
/** Every absolute date holds a year of the form 1xxx or 20xx. */
const HAS_YEAR = /(?:1\d|20)\d\d/;
/** Yearless English dates hold a capitalised month name or a capital Q or H. */
const HAS_MONTH_NAME = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/**
 * What the `needs` of every relative date ("this year", "last season", "yesterday", "去年") holds: one
 * test spares most texts the five.
 */
const HAS_RELATIVE_WORD = /this|last|next|previous|prior|current|today|yesterday|hoy|ayer|heute|gestern|aujourd|今日|오늘|今年|去年|明年|前年|昨天|今天|올해|금년|지난해|작년|내년|재작년/iu;
const CJK_RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };
const KOREAN_RELATIVE_YEARS: Record<string, number> = { 올해: 0, 금년: 0, 지난해: -1, 작년: -1, 내년: 1, 재작년: -2 };

/** How many units back an "ago" phrase counts, in digits or words (src/normalise/dates.ts, the "ago" pattern). */
const AGO_COUNT = String.raw`\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ein|einem|einer|zwei|drei|vier|fünf|sechs|un|una|uno|dos|tres|cuatro|cinco|seis|une|deux|trois|quatre|cinq|six`;
const AGO_UNIT = String.raw`days?|weeks?|months?|years?|Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|d[ií]as?|semanas?|mes|meses|años?|jours?|semaines?|mois|ans?|années?`;
/** German, French and Spanish counts of an "ago" phrase; English words and Chinese numerals are read by the number grammar. */
const AGO_WORDS: Record<string, number> = {
  ein: 1, einem: 1, einer: 1, un: 1, una: 1, uno: 1, une: 1, zwei: 2, dos: 2, deux: 2, drei: 3, tres: 3, trois: 3,
  vier: 4, cuatro: 4, quatre: 4, fünf: 5, cinco: 5, cinq: 5, sechs: 6, seis: 6,
};
function agoCount(written: string): number | undefined {
  const w = written.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  return AGO_WORDS[w] ?? readEnglishNumber(w, 0, () => null)?.value ?? readCjkNumeral(w, 0, () => false)?.value;
}
function agoUnit(written: string): 'day' | 'week' | 'month' | 'year' | undefined {
  const w = written.toLowerCase();
  if (/^(?:years?|jahre?n?|años?|ans?|années?|年)$/u.test(w)) return 'year';
  if (/^(?:months?|monate?n?|mes|meses|mois|个月|個月)$/u.test(w)) return 'month';
  if (/^(?:weeks?|wochen?|semanas?|semaines?|周|週)$/u.test(w)) return 'week';
  if (/^(?:days?|tage?n?|d[ií]as?|jours?|天)$/u.test(w)) return 'day';
  return undefined;
}

/**
 * Days `from` to `to` of one month, a week at most ("July 11–13, 2025", a weekend; "August 4–10, 2025", a week): one
 * period, not its first day nor its year. A longer span is left to the other patterns.
 */
function dayRange(year: number, month: number, from: number, to: number): Dated | undefined {
  if (!(from < to) || to - from > 6 || to > lastDay(year, month)) return undefined;
  return { start: iso(year, month, from), end: iso(year, month, to), precision: 'day', relative: false };
}
/** The dash or the words between the two days of such a span ("11–13", "del 4 al 10", "du 4 au 10", "vom 4. bis 10."). */
const DAY_TO = String.raw`\.?\s*(?:[-–]|(?:al|au|a|ao|bis(?:\s+zum)?)(?=\s))\s*`;

/**
 * An author-year citation in parentheses: "(Kessler 2025)", "(Orlo et al., 2023", "; Brandt and Mey 2024)": a capitalised name
 * (group 1), perhaps "et al." or a second name, then a year that dates the work cited, not what the sentence tells.
 */
export const CITATION =
  /(?<=[(;]\s*)(\p{Lu}[\p{L}'’-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:1[6-9]|20)\d\d[a-z]?(?=\s*[);,])/gu;
/** Words that open a date or a time phrase in parentheses, not an author's name: "(Spring 2024)", "(Since 2019)", "(FY 2024)". */
const DATE_WORD_NOT_AUTHOR =
  /^(?:spring|summer|autumn|fall|winter|early|late|mid|end|since|in|until|till|from|by|before|after|circa|est|founded|launched|released|established|updated|as|fy|cy|q[1-4]|h[12]|year|fiscal|ended|ending|through|to|und|and|et|le|la|el|der|die|das|the)$/iu;

const PATTERNS: Pattern[] = [
  {
    // (Kessler 2025), (Orlo et al., 2023; Brandt and Mey 2024): a citation's year, read as no date
    re: CITATION,
    needs: /\(/,
    read: (m) => (isMonthName(m[1]!) || DATE_WORD_NOT_AUTHOR.test(m[1]!) ? undefined : null),
  },
  {
    // July 11–13, 2025; Aug. 4-10 2025: a weekend or a week
    re: word(`${MONTH}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2}),?\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayRange(Number(m[4]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])),
  },
  {
    // 11–13 July 2025
    re: word(`(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayRange(Number(m[4]), MONTHS[m[3]!.toLowerCase()]!, Number(m[1]), Number(m[2])),
  },
  {
    // del 4 al 10 de agosto de 2025, du 4 au 10 août 2025, vom 4. bis 10. August 2025, 4–10 de agosto de 2025
    re: new RegExp(`(?<![\\p{L}\\p{N}.,])(?:(?:del|du|vom|dal|de)\\s+)?(\\d{1,2})${DAY_TO}${OTHER_DAY}${OTHER_MONTH}${OTHER_YEAR}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_YEAR,
    read: (m) => dayRange(Number(m[4]), OTHER_MONTH_NUMBER.get(m[3]!)!, Number(m[1]), Number(m[2])),
  },
  {
    // 2026-06-03
    re: /(?<![\p{N}-])((?:1\d|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}-])/gu,
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 19/07/2025, 7/19/2025, 09/09/2020: a day where the order of day and month shows (one is over 12, or both are one);
    // 19.07.2025 (dots: day first); 2025/07/19. "03/04/2025" may be either day: only its year is read (below).
    re: /(?<![\p{L}\p{N}.,/-])(?:(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)([/.])(\d{1,2})\6(\d{1,2}))(?![\p{L}\p{N}]|[.,/-]\d)/gu,
    needs: HAS_YEAR,
    read: (m) => {
      if (m[5]) return dayReading(Number(m[5]), Number(m[7]), Number(m[8]));
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (m[2] === '.' || a > 12 || a === b) return dayReading(Number(m[4]), b, a);
      return b > 12 ? dayReading(Number(m[4]), a, b) : undefined;
    },
  },
  {
    // 2023-04 (also "2023-04:" opening a list item); not a season such as "2011-12"
    re: /(?<![\p{N}\-/.])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\p{N}]|[-/.]\d)/gu,
    needs: HAS_YEAR,
    read: (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month === (year + 1) % 100) return undefined;
      return period(year, month, month, 'month');
    },
  },
  {
    // Jun 3, 2026 / June 3 2026
    re: word(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])),
  },
  {
    // 3 June 2026
    re: word(`(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])),
  },
  {
    // 5. Januar 2024, 1er mars 2024, 3 de septiembre de 2026, 5 gennaio 2024
    re: new RegExp(`(?<![\\p{L}\\p{N}.,])${OTHER_DAY}${OTHER_MONTH}${OTHER_YEAR}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[3]), OTHER_MONTH_NUMBER.get(m[2]!)!, Number(m[1])),
  },
  {
    // Januar 2024, janvier 2024, enero de 2024
    re: new RegExp(`(?<![\\p{L}\\p{N}])${OTHER_MONTH}${OTHER_YEAR}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_YEAR,
    read: (m) => {
      const month = OTHER_MONTH_NUMBER.get(m[1]!)!;
      return period(Number(m[2]), month, month, 'month');
    },
  },
  {
    // from April to June 2025, between January and June of 2024, July-September 2023: a quarter or a half by its months
    re: word(`${MONTH_RANGE},?\\s+(?:of\\s+)?${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => monthsAsPart(Number(m[3]), m[1]!, m[2]!),
  },
  {
    // entre abril y junio de 2025, de abril a junio de 2025, d'avril à juin 2025, entre janvier et mars 2024, von April bis Juni
    // 2025, tra aprile e giugno 2025: a quarter or a half by its months, as for English (not after a day: "5 de abril a junio")
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<!\\d\\.?\\s+(?:de\\s+)?)(?:(?:entre|zwischen|tra|fra)\\s+|(?:de|von|vom|da|dal|desde)\\s+|d['’])?${OTHER_MONTH}(?:\\s+(?:et|y|e|und|à|a|au|bis|al|hasta)\\s+|\\s*[-–]\\s*)${OTHER_MONTH}${OTHER_YEAR}(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    needs: HAS_YEAR,
    read: (m) => monthNumbersAsPart(Number(m[3]), OTHER_MONTH_NUMBER.get(m[1]!), OTHER_MONTH_NUMBER.get(m[2]!)),
  },
  {
    // May 2026 (no day)
    re: word(`${MONTH}\\s+(?:of\\s+)?${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => {
      const month = MONTHS[m[1]!.toLowerCase()]!;
      return period(Number(m[2]), month, month, 'month');
    },
  },
  {
    // 2025 H1, H2 2025, Q3 2025, 2025 Q3
    re: /(?<![\p{L}\p{N}])(?:((?:19|20)\d\d)\s*([HQ])([1-4])|([HQ])([1-4])\s*((?:19|20)\d\d))(?![\p{L}\p{N}])/gu,
    needs: HAS_YEAR,
    read: (m) => {
      const year = Number(m[1] ?? m[6]);
      const kind = (m[2] ?? m[4]) === 'H' ? 'half' : 'quarter';
      const n = Number(m[3] ?? m[5]);
      if (kind === 'half' && n > 2) return undefined;
      const p = part(kind, n);
      return period(year, p.from, p.to, kind);
    },
  },
  {
    // 2025年, 2025年5月, 2024年7月23日, 2023年第三季度, 2023年Q3, 2024年上半年
    re: new RegExp(`((?:19|20)\\d\\d)\\s*年(?:\\s*${CJK_PART})?`, 'gu'),
    needs: HAS_YEAR,
    read: (m) => cjkPart(m, 2, Number(m[1]), false),
  },
  {
    // 2024년, 2024년 4월, 1953년 4월 10일, 2024년 3분기, 2024년 상반기 (Korean)
    re: /(?<![\p{N}])((?:19|20)\d\d)\s*년(?!대)(?:\s*(?:(1[0-2]|0?[1-9])\s*월(?:\s*(3[01]|[12]\d|0?[1-9])\s*일)?|([1-4])\s*분기|([상하])반기))?/gu,
    needs: /년/u,
    read: (m) => {
      const year = Number(m[1]);
      if (m[2]) return m[3] ? dayReading(year, Number(m[2]), Number(m[3])) : period(year, Number(m[2]), Number(m[2]), 'month');
      const p = m[4] ? part('quarter', Number(m[4])) : m[5] ? part('half', m[5] === '상' ? 1 : 2) : undefined;
      return p ? period(year, p.from, p.to, m[4] ? 'quarter' : 'half') : period(year, 1, 12, 'year');
    },
  },
  {
    // 2024–25, 2024/25, 2024-25: a season, an academic or a fiscal year across two calendar years, whose months vary by field
    // and country. A period of its own, named by its first year and the next ("~2024/25"), so that "2024–25" and "2024/25"
    // meet and no calendar year does.
    re: /(?<![\p{L}\p{N}$€£¥.,\-–/])((?:19|20)\d\d)\s*[-–/]\s*(\d\d)(?![\p{L}\p{N}%]|[.,/]\d)/gu,
    needs: HAS_YEAR,
    read: (m) => season(Number(m[1]), m[2]!),
  },
  {
    // Q3 FY2025, Q3 FY25, FY2025 Q3, H1 FY24, Q3 fiscal 2025: a quarter or a half of a fiscal year, a period of its own
    // ("~FY2025 Q3"), never a calendar quarter: the company's third quarter may be any three months.
    re: /(?<![\p{L}\p{N}])(?:([HQ])([1-4])\s*(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)?\d\d)|FY\s?((?:19|20)?\d\d)\s*([HQ])([1-4]))(?![\p{L}\p{N}%]|[.,/]\d|\s*[-–/]\s*\d)/gu,
    needs: /FY|fiscal/iu,
    read: (m) => fiscal(m[3] ?? m[4]!, (m[1] ?? m[5]) === 'H' ? 'half' : 'quarter', Number(m[2] ?? m[6])),
  },
  {
    // FY2024, FY 2024, FY24: a fiscal year ("~FY2024"), as "fiscal 2024" is; FY2024-25 is the season above.
    re: /(?<![\p{L}\p{N}])FY\s?((?:19|20)?\d\d)(?:\s*[-–/]\s*(\d\d))?(?![\p{L}\p{N}%]|[.,/]\d)/gu,
    needs: /FY/u,
    read: (m) => (m[2] !== undefined ? season(fullYear(m[1]!), m[2]) : fiscal(m[1]!)),
  },
  {
    // fiscal 2025, fiscal year 2025, financial year 2025, the 2025 fiscal year, GJ 2025, Geschäftsjahr 2025, l'exercice 2025,
    // ejercicio 2025: a fiscal year ("~FY2025"); "Geschäftsjahr 2024/25" is the season above.
    re: word(
      '(?:(?:fiscal|financial)\\s+(?:year\\s+)?|GJ\\s*|Geschäftsjahr(?:es)?\\s+|exercice\\s+(?:fiscal\\s+)?|ejercicio\\s+(?:fiscal\\s+)?)((?:19|20)\\d\\d)(?!\\s*[-–/]\\s*\\d)|((?:19|20)\\d\\d)\\s+(?:fiscal|financial)\\s+year',
    ),
    needs: /fiscal|financial|GJ|Geschäftsjahr|exercice|ejercicio/iu,
    read: (m) => fiscal(m[1] ?? m[2]!),
  },
  {
    // the third quarter of fiscal 2025, the fiscal third quarter of 2025, the third fiscal quarter of 2025, fiscal 2025's
    // third quarter, the first half of fiscal 2025: a quarter or a half of a fiscal year ("~FY2025 Q3")
    re: word(
      '(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal\\s+)?(quarter|half)\\s+(?:of\\s+|in\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?((?:19|20)\\d\\d)' +
        '|fiscal\\s+(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(quarter|half)\\s+(?:of\\s+|in\\s+)?((?:19|20)\\d\\d)' +
        '|(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+fiscal\\s+(quarter|half)\\s+(?:of\\s+|in\\s+)?((?:19|20)\\d\\d)' +
        "|(?:fiscal|financial)\\s+(?:year\\s+)?((?:19|20)\\d\\d)(?:['’]s)?\\s+(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(quarter|half)",
    ),
    needs: /fiscal|financial/iu,
    read: (m) => {
      const [nth, kind, year] = m[1] ? [m[1], m[2]!, m[3]!] : m[4] ? [m[4], m[5]!, m[6]!] : m[7] ? [m[7], m[8]!, m[9]!] : [m[11]!, m[12]!, m[10]!];
      const half = /^half$/iu.test(kind);
      const n = (half ? HALF_WORDS : QUARTER_WORDS)[nth.toLowerCase()];
      return n === undefined ? undefined : fiscal(year, half ? 'half' : 'quarter', n);
    },
  },
  {
    // 2025財年, 2025财年, 2025年度 (a fiscal year: "~FY2025"), with its quarter or half after it ("2025财年第三财季", "2025财年第3季度",
    // "2025年度第3四半期", "2025年度上期", "2025财年上半年")
    re: /(?<![\p{N}])((?:19|20)\d\d)\s*(?:財年|财年|年度)(?:\s*(?:第\s*([1-4一二三四])\s*(?:财季|財季|季度|四半期)|([上下])(?:半年|半期|期)))?/gu,
    needs: /財年|财年|年度/u,
    read: (m) => (m[2] ? fiscal(m[1]!, 'quarter', CJK_QUARTERS[m[2]]!) : m[3] ? fiscal(m[1]!, 'half', m[3] === '上' ? 1 : 2) : fiscal(m[1]!)),
  },
  {
    // from 2019 to 2023, between 2019 and 2023, von 2019 bis 2023, de 2019 à 2023, entre 2019 y 2023: one span of years, not
    // its last year ("Between 1989 and 2005, X won five cups" is five over the span).
    re: /(?<=(?<![\p{L}])(?:from|between|von|zwischen|de|du|entre|desde|dal|tra)\s+)((?:19|20)\d\d)\s+(?:to|through|until|till|and|bis|und|à|au|a|al|e|y|hasta)\s+((?:19|20)\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*[-–]\s*\d)/giu,
    needs: HAS_YEAR,
    read: yearSpan,
  },
  {
    // 2024-2025, 2024–2026
    re: /(?<![\p{L}\p{N}$€£¥.,\-–])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\p{L}\p{N}%])/gu,
    needs: HAS_YEAR,
    read: yearSpan,
  },
  {
    // (1841–1903), (c. 1790–1850): the years of a life or of a work, in parentheses
    re: /(?<=\((?:c\.\s*|ca\.\s*|b\.\s*)?)(1[0-8]\d\d)\s*[-–]\s*((?:1\d|20)\d\d)(?=\))/gu,
    needs: /\(/,
    read: yearSpan,
  },
  {
    // in 1841, since 1887, um 1650, en 1799: a year before 1900 after a word that dates it, not a count ("in 1500 cases")
    re: /(?<![\p{L}\p{N}$€£¥.,\-–])(1[0-8]\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:[-–]\s*\d|年))/gu,
    needs: /1[0-8]\d\d/,
    read: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 24), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!datesOldYear(before) || COUNTED_AFTER.test(after)) return undefined;
      return period(Number(m[1]), 1, 12, 'year');
    },
  },
  {
    // in 2025, by 2026, during 2024, 2025 alone
    re: /(?<![\p{L}\p{N}$€£¥.,\-–])((?:19|20)\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:[-–]\s*\d|年))/gu,
    needs: HAS_YEAR,
    read: (m) => period(Number(m[1]), 1, 12, 'year'),
  },
  {
    re: word('this year|last year|next year'),
    needs: /(?:this|last|next) year/iu,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const t = m[0].toLowerCase();
      const offset = t === 'last year' ? -1 : t === 'next year' ? 1 : 0;
      return period(today.year + offset, 1, 12, 'year', true);
    },
  },
  {
    // 今年, 去年5月, 明年第一季度, 今年上半年
    re: new RegExp(`(今年|去年|明年|前年)(?:\\s*${CJK_PART})?`, 'gu'),
    needs: /今年|去年|明年|前年/u,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => (today ? cjkPart(m, 2, today.year + CJK_RELATIVE_YEARS[m[1]!]!, true) : undefined),
  },
  {
    // 올해, 지난해 3분기, 작년 상반기, 내년 4월 (Korean: this, last, next year)
    // Not "올해로 데뷔 6주년" (in this year, the sixth anniversary): a year counted to, no date.
    re: /(?<![\p{L}])(올해|금년|지난해|작년|내년|재작년)(?!로)(?:\s*(?:(1[0-2]|0?[1-9])\s*월|([1-4])\s*분기|([상하])반기))?/gu,
    needs: /올해|금년|지난해|작년|내년|재작년/u,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const year = today.year + KOREAN_RELATIVE_YEARS[m[1]!]!;
      if (m[2]) return period(year, Number(m[2]), Number(m[2]), 'month', true);
      const p = m[3] ? part('quarter', Number(m[3])) : m[4] ? part('half', m[4] === '상' ? 1 : 2) : undefined;
      return p ? period(year, p.from, p.to, m[3] ? 'quarter' : 'half', true) : period(year, 1, 12, 'year', true);
    },
  },
  {
    re: word('this month|last month'),
    needs: /(?:this|last) month/iu,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const { year, month } = m[0].toLowerCase() === 'last month' ? monthBefore(today) : today;
      return period(year, month, month, 'month', true);
    },
  },
  {
    // "last October", "this March", "next June", "October last year", "March of this year", "en octobre dernier", "el pasado
    // octubre", "lo scorso ottobre", "im vergangenen Oktober": a month the document's date places. "Last October" is the
    // latest October before the document's month, "next June" the first June after it. Not "the next March" (after a date
    // the story told), nor "le 12 octobre dernier", whose day the day's reading keeps.
    re: new RegExp(
      String.raw`(?<![\p{L}])(?<!(?:the|that)\s+)(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+${MONTH_FULL}|${MONTH_FULL},?\s+(?:of\s+)?(this|last|next)\s+year|(?<!\d\.?(?:er|º|°)?\s+(?:de\s+)?)${OTHER_MONTH}\s+(dernier|pasado|passado|scorso)|(?:[Ee]l\s+)?(pasado)\s+${OTHER_MONTH}|(?:[Ll]o\s+)?(scorso)\s+${OTHER_MONTH}|(?:im\s+)?(vergangenen|letzten|vorigen)\s+${OTHER_MONTH}|(afgelopen|vorige)\s+${OTHER_MONTH})(?![\p{L}])`,
      'gu',
    ),
    needs: /(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:of\s+)?(?:this|last|next)\s+year|dernier|pasado|passado|scorso|vergangenen|letzten|vorigen|afgelopen|vorige/u,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const englishWord = m[1] ?? m[4];
      if (englishWord !== undefined) {
        const month = MONTHS[(m[2] ?? m[3])!.toLowerCase().replace(/\.$/, '')]!;
        const w = englishWord.toLowerCase();
        if (m[4] !== undefined) return period(today.year + YEAR_OFFSET[w]!, month, month, 'month', true);
        return relativeMonth(today, month, w === 'this' ? 0 : w === 'next' ? 1 : -1);
      }
      const name = m[5] ?? m[8] ?? m[10] ?? m[12] ?? m[14]!;
      const month = OTHER_MONTH_NUMBER.get(name);
      return month === undefined ? undefined : relativeMonth(today, month, -1);
    },
  },
  {
    // from April to June last year, between January and June this year: a quarter or a half of a year the document's date places
    re: word(`${MONTH_RANGE}\\s+(?:of\\s+)?(this|last|next)\\s+year`),
    needs: /(?:this|last|next)\s+year/iu,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const p = monthsAsPart(today.year + YEAR_OFFSET[m[3]!.toLowerCase()]!, m[1]!, m[2]!);
      return p ? { ...p, relative: true } : undefined;
    },
  },
  {
    // the last quarter of last year, the first half of this year: a quarter or half of a year the document's date places
    re: word('(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(quarter|half)\\s+of\\s+(this|last|next)\\s+year'),
    needs: /(?:quarter|half)\s+of\s+(?:this|last|next)\s+year/iu,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const kind = m[2]!.toLowerCase() === 'half' ? 'half' : 'quarter';
      const word = m[1]!.toLowerCase();
      const n = (kind === 'half' ? HALF_WORDS : QUARTER_WORDS)[word];
      if (n === undefined) return undefined;
      const p = part(kind, n);
      return period(today.year + YEAR_OFFSET[m[3]!.toLowerCase()]!, p.from, p.to, kind, true);
    },
  },
  {
    // "last season", "this term", "prior quarter": periods with no calendar here. They get a period of their own, named
    // by the phrase ("~last season"), so that figures in them are never compared with other periods.
    re: word('(?:last|this|next|previous|prior|current|the\\s+previous)\\s+(?:season|term|campaign|fiscal\\s+year|financial\\s+year|quarter|half)'),
    needs: /(?:last|this|next|previous|prior|current)\s+(?:season|term|campaign|fiscal|financial|quarter|half)/iu,
    needsRelativeWord: true,
    read: (m) => {
      const label = `~${m[0].toLowerCase().replace(/\s+/g, ' ')}`;
      return { start: label, end: label, precision: 'year', relative: true };
    },
  },
  {
    // "five months ago", "a year ago", "vor drei Jahren", "hace cinco meses", "il y a deux ans", "五个月前": the period that
    // far before the document's date; on a page with no date, a period named by the phrase, which overlaps only itself.
    // Not "発売の3年前", "上市的3年前" (three years before the launch): counted from something else.
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(${AGO_COUNT})\s+(${AGO_UNIT})\s+ago|vor\s+(${AGO_COUNT})\s+(${AGO_UNIT})|hace\s+(${AGO_COUNT})\s+(${AGO_UNIT})|il\s+y\s+a\s+(${AGO_COUNT})\s+(${AGO_UNIT}))(?![\p{L}\p{N}])|(?<![の的之\p{N}])(\d{1,2}|[一二两兩三四五六七八九十]{1,2})\s*(个月|個月|年|周|週|天)前`,
      'giu',
    ),
    needs: /ago|vor\s|hace\s|il\s+y\s+a\s|(?:月|年|周|週|天)前/iu,
    read: (m, today) => {
      const i = [1, 3, 5, 7, 9].find((k) => m[k] !== undefined)!;
      const n = agoCount(m[i]!);
      const unit = agoUnit(m[i + 1] ?? m[10]!);
      if (n === undefined || unit === undefined) return undefined;
      if (!today) {
        const label = `~${m[0].toLowerCase().replace(/\s+/g, ' ')}`;
        return { start: label, end: label, precision: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day', relative: true };
      }
      // A count of months or weeks is a round figure: "four months ago" is the month before or after as well.
      if (unit === 'year') return period(today.year - n, 1, 12, 'year', true);
      if (unit === 'month') {
        const monthAt = (back: number) => ({ year: Math.floor(back / 12), month: (back % 12) + 1 });
        const from = monthAt(today.year * 12 + today.month - 2 - n);
        const to = monthAt(today.year * 12 + today.month - n);
        return { start: iso(from.year, from.month, 1), end: iso(to.year, to.month, lastDay(to.year, to.month)), precision: 'month', relative: true };
      }
      const day = today.day;
      if (!day) return undefined;
      const dayAt = (back: number) => new Date(Date.UTC(today.year, today.month - 1, day - back)).toISOString().slice(0, 10);
      if (unit === 'week') return { start: dayAt(7 * n + 3), end: dayAt(7 * n - 3), precision: 'day', relative: true };
      const d = new Date(Date.UTC(today.year, today.month - 1, day - n));
      return dayReading(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), true);
    },
  },
  {
    // Not "the last night of the week", "its last night as …": an ordinal night, no moment.
    // In the languages the readers know: "hoy", "ayer", "heute", "gestern", "aujourd'hui", 今天, 今日, 오늘 (not "时至今日", "to
    // this day"; not 오늘날, "nowadays").
    re: word(
      "today|yesterday|hoy(?!\\s+en\\s+d[ií]a)|ayer|heute|gestern|aujourd['’]hui|(?<!(?:the|its|his|her|their|a|one|on)\\s+)last\\s+night(?!\\s+(?:of|in|as|at|before|on)(?![\\p{L}]))",
      '昨天|今天|(?<![至迄])今日|오늘(?!날)',
    ),
    needs: /today|yesterday|hoy|ayer|heute|gestern|aujourd['’]hui|last\s+night|昨天|今天|今日|오늘/iu,
    needsRelativeWord: true,
    needsToday: true,
    read: (m, today) => {
      if (!today?.day) return undefined;
      // "last night" (a dateline's "Imogen Vael last night won …"): the day before the page's.
      const back = /yesterday|ayer|gestern|last\s+night|昨天/i.test(m[0]) ? 1 : 0;
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
      return dayReading(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), true);
    },
  },
  {
    // "大会21日闭幕", "21日晚": a day of the document's month (of the month before when the day is still to come), only when
    // asked for dates without a year. Not "13日元" (yen), "3日内" (within three days), "第1日" (the first day).
    re: /(?<![\p{N}月年第.\-/])([12]?\d|3[01])日(?![元本语語内內间間以后後前圆圓])/gu,
    needs: /\d日/u,
    needsToday: true,
    yearless: true,
    read: (m, today) => {
      if (!today) return undefined;
      const day = Number(m[1]);
      const { year, month } = today.day !== undefined && day > today.day ? monthBefore(today) : today;
      return dayReading(year, month, day, true);
    },
  },
  // Yearless dates: their year comes from the sentence or the document.
  {
    // July 24, On Sept. 3rd
    re: new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_CAP}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'gu'),
    needs: HAS_MONTH_NAME,
    yearless: true,
    read: (m) => yearless(MONTHS[m[1]!.toLowerCase()]!, Number(m[2])),
  },
  {
    // 24 July, the 3rd of March
    re: new RegExp(`(?<![\\p{L}\\p{N}.,:])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_CAP}${ABBREVIATION_DOT}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_MONTH_NAME,
    yearless: true,
    read: (m) => yearless(MONTHS[m[2]!.toLowerCase()]!, Number(m[1])),
  },
  {
    // am 5. Januar, le 1er mars, el 3 de septiembre, il 5 gennaio
    re: new RegExp(`(?<![\\p{L}\\p{N}.,:])${OTHER_DAY}${OTHER_MONTH}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_OTHER_MONTH,
    yearless: true,
    read: (m) => yearless(OTHER_MONTH_NUMBER.get(m[2]!)!, Number(m[1])),
  },
  {
    // im Januar, en mars, desde enero
    re: new RegExp(`(?<=(?:^|[^\\p{L}])${OTHER_MONTH_LEAD}\\s)${OTHER_MONTH}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_OTHER_MONTH,
    yearless: true,
    read: (m) => yearless(OTHER_MONTH_NUMBER.get(m[1]!)!),
  },
  {
    // in July, since March, by Sept.
    re: new RegExp(`(?<=(?:^|[^\\p{L}])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Tt]hrough)\\s)${MONTH_FULL}(?![\\p{L}\\p{N}])`, 'gu'),
    needs: HAS_MONTH_NAME,
    yearless: true,
    read: (m) => yearless(MONTHS[m[1]!.toLowerCase().replace(/\.$/, '')]!),
  },
  {
    // the third quarter of 2023, the final quarter of 2023, fourth-quarter 2023
    re: word('(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+quarter\\s+(?:of\\s+|in\\s+)?((?:19|20)\\d\\d)'),
    needs: HAS_YEAR,
    read: (m) => {
      const n = QUARTER_WORDS[m[1]!.toLowerCase()]!;
      const p = part('quarter', n);
      return period(Number(m[2]), p.from, p.to, 'quarter');
    },
  },
  {
    // the first half of 2025, the second half of 2024, first-half 2025
    re: word('(first|second|1st|2nd|final|last)[\\s-]+half\\s+(?:of\\s+|in\\s+)?((?:19|20)\\d\\d)'),
    needs: HAS_YEAR,
    read: (m) => {
      const p = part('half', HALF_WORDS[m[1]!.toLowerCase()]!);
      return period(Number(m[2]), p.from, p.to, 'half');
    },
  },
  {
    // the first five months of 2024, los primeros cinco meses de 2024, les cinq premiers mois de 2024, die ersten fünf Monate
    // 2024, i primi cinque mesi del 2024: January to that month
    re: word(
      `(?:first|primeros|primeiros|primi|ersten)\\s+(${Object.keys(MONTH_COUNTS).join('|')}|[2-9]|1[01])\\s+(?:months|meses|mesi|monate[n]?)\\s+(?:(?:of|de|del|des\\s+jahres)\\s+)?((?:19|20)\\d\\d)|(${Object.keys(MONTH_COUNTS).join('|')}|[2-9]|1[01])\\s+premiers\\s+mois\\s+(?:de\\s+)?((?:19|20)\\d\\d)`,
    ),
    needs: HAS_YEAR,
    read: (m) => {
      const n = MONTH_COUNTS[(m[1] ?? m[3])!.toLowerCase()] ?? Number(m[1] ?? m[3]);
      return period(Number(m[2] ?? m[4]), 1, n, SPAN_PRECISION[n] ?? 'month');
    },
  },
  {
    // premier trimestre 2025, primer trimestre de 2025, primeiro semestre de 2024, primo trimestre del 2025, ersten Quartal
    // 2025, 1. Quartal 2025, eerste kwartaal van 2025; T1 2025, 1T 2025
    re: word(
      `(${Object.keys(OTHER_ORDINALS).join('|')}|[1-4]\\.|[1-4](?:er|re|e|º|ª|°)?)\\s+(trimestre|semestre|quartals?|halbjahr(?:es|s)?|kwartaal|halfjaar)\\s+(?:(?:de|del|des\\s+jahres|van|of|du|di)\\s+)?((?:19|20)\\d\\d)|([1-4])T\\s*((?:19|20)\\d\\d)|T([1-4])\\s+((?:19|20)\\d\\d)`,
    ),
    needs: HAS_YEAR,
    read: (m) => {
      if (m[4] || m[6]) return period(Number(m[5] ?? m[7]), part('quarter', Number(m[4] ?? m[6])).from, part('quarter', Number(m[4] ?? m[6])).to, 'quarter');
      const kind = /^(?:semestre|halbjahr|halfjaar)/iu.test(m[2]!) ? 'half' : 'quarter';
      const n = OTHER_ORDINALS[m[1]!.toLowerCase()] ?? Number(/\d/u.exec(m[1]!)![0]);
      if (kind === 'half' && n > 2) return undefined;
      const p = part(kind, kind === 'half' && n === 4 ? 2 : n);
      return period(Number(m[3]), p.from, p.to, kind);
    },
  },
  {
    // in the third quarter, the fourth-quarter results: the year its sentence states ("the second quarter of 2025", "the third
    // quarter of fiscal 2025" are read whole above)
    re: /(?<=(?:^|[^\p{L}])(?:in|during|for|of|by|since|the|its|their)\s)(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?![\p{L}])(?!\s+(?:of\s+|in\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d)/giu,
    // Not `yearless`: read in every call, since its reading takes only a year its sentence states (sentenceOnly).
    needs: /quarter/iu,
    read: (m) => {
      const p = part('quarter', QUARTER_WORDS[m[1]!.toLowerCase()]!);
      return { yearless: true, fromMonth: p.from, toMonth: p.to, precision: 'quarter', sentenceOnly: true };
    },
  },
  {
    // in the first half, its second-half sales: only for a figure told in the past (`ended`), since a match has halves too
    re: /(?<=(?:^|[^\p{L}])(?:in|during|for|of|the|its|their)\s)(?:the\s+)?(first|second|1st|2nd)[\s-]+half(?![\p{L}])(?!\s+(?:of\s+|in\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d)/giu,
    needs: /half/iu,
    yearless: true,
    ended: true,
    read: (m) => {
      const p = part('half', /^(?:first|1st)$/iu.test(m[1]!) ? 1 : 2);
      return { yearless: true, fromMonth: p.from, toMonth: p.to, precision: 'half' };
    },
  },
  {
    // in Q3, by H2
    re: /(?<=(?:^|[^\p{L}])(?:[Ii]n|[Bb]y|[Dd]uring|[Ff]or|[Ss]ince|[Uu]ntil|[Oo]f|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)\s)([QH])([1-4])(?![\p{L}\p{N}'’])/gu,
    needs: /[QH][1-4]/u,
    yearless: true,
    read: (m) => {
      const kind = m[1] === 'H' ? 'half' : 'quarter';
      const n = Number(m[2]);
      if (kind === 'half' && n > 2) return undefined;
      const p = part(kind, n);
      return { yearless: true, fromMonth: p.from, toMonth: p.to, precision: kind };
    },
  },
  {
    // 5月, 7月23日, 十二月
    re: /(?<![\p{N}一二三四五六七八九十第])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(3[01]|[12]\d|0?[1-9])\s*[日号號])?/gu,
    needs: /月/u,
    yearless: true,
    read: (m) => yearless(CJK_MONTHS[m[1]!] ?? Number(m[1]), m[2] ? Number(m[2]) : undefined),
  },
  {
    // 第三季度, 三季度, 上半年
    re: /(?<![\p{N}年])(?:(?:第\s*)?([一二三四1-4])\s*季度|([上下])半年)/gu,
    needs: /季度|半年/u,
    yearless: true,
    read: (m) => {
      const p = m[1] ? part('quarter', CJK_QUARTERS[m[1]]!) : part('half', m[2] === '上' ? 1 : 2);
      return { yearless: true, fromMonth: p.from, toMonth: p.to, precision: m[1] ? 'quarter' : 'half' };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Years for yearless dates

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

function withYear(r: Yearless, year: number): Dated | undefined {
  if (r.day !== undefined) return dayReading(year, r.fromMonth, r.day);
  return period(year, r.fromMonth, r.toMonth, r.precision);
}

/** Of the document's year and the years around it, the one that puts the reading nearest the document date. */
function nearestYear(r: Yearless, today: Day): Dated | undefined {
  const ref = dayNumber(today.year, today.month, today.day ?? 15);
  let best: { dated: Dated; distance: number } | undefined;
  for (const year of [today.year, today.year - 1, today.year + 1]) {
    const dated = withYear(r, year);
    if (!dated) continue;
    const [s, e] = [dated.start, dated.end].map((d) => dayNumber(...(d.split('-').map(Number) as [number, number, number])));
    const distance = ref < s! ? s! - ref : ref > e! ? ref - e! : 0;
    if (!best || distance < best.distance) best = { dated, distance };
  }
  return best?.dated;
}

/** Of the document's year and the year before, the later one in which the reading has ended by the document date. */
function latestEnded(r: Yearless, today: Day): Dated | undefined {
  const ref = dayNumber(today.year, today.month, today.day ?? 15);
  for (const year of [today.year, today.year - 1]) {
    const dated = withYear(r, year);
    if (dated && dayNumber(...(dated.end.split('-').map(Number) as [number, number, number])) <= ref) return dated;
  }
  return undefined;
}

/**
 * The latest quarter (or half) that had ended by the document date: the one `which` names (1 to 4, or 1 to 2), else any
 * ("quarterly revenue" on a page of 24 February 2026 is the fourth quarter of 2025's).
 */
export function latestEndedPart(today: Day, length: 'quarter' | 'half', which?: number): { start: string; end: string } | undefined {
  const months = length === 'quarter' ? 3 : 6;
  let best: Dated | undefined;
  for (let n = 1; n <= 12 / months; n++) {
    if (which !== undefined && n !== which) continue;
    const dated = latestEnded({ yearless: true, fromMonth: (n - 1) * months + 1, toMonth: n * months, precision: length }, today);
    if (dated && (!best || dated.end > best.end)) best = dated;
  }
  return best && { start: best.start, end: best.end };
}

/** The one year that the sentence's dated readings state, if there is exactly one. */
/** "当年10月", "同年9月" (that year, the same year): a month of the year the sentence last named. */
const THAT_YEAR_BEFORE = /(?:当年|同年|當年|その年|同年の)\s*$/u;
/** "in September that year", "in September of the same year", "im September desselben Jahres". */
const THAT_YEAR_AFTER = /^,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year(?![\p{L}])|^\s*desselben\s+Jahres(?![\p{L}])|^\s*(?:de\s+)?la\s+même\s+année(?![\p{L}])|^\s*(?:de\s+)?(?:ese|ese\s+mismo|el\s+mismo)\s+año(?![\p{L}])/iu;

/** Words after a month that count its year from the document's, beside English's this, last and next (YEAR_OFFSET). */
const OTHER_YEAR_OFFSET: Readonly<Record<string, number>> = {
  'dieses jahres': 0, 'letzten jahres': -1, 'vergangenen jahres': -1, 'nächsten jahres': 1,
  'de cette année': 0, "de l'année dernière": -1, "de l'année prochaine": 1, "de l'an dernier": -1, "de l'an prochain": 1,
  'de este año': 0, 'del año pasado': -1, 'del año próximo': 1, 'del año que viene': 1,
};
/** "January this year", "March of last year", "im März dieses Jahres", "en janvier de l'année dernière", "en enero del año pasado". */
const RELATIVE_YEAR_AFTER = new RegExp(
  String.raw`^,?\s*(?:of\s+)?(?:(this|last|next)\s+year|(${Object.keys(OTHER_YEAR_OFFSET).map((k) => k.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')}))(?![\p{L}])`,
  'iu',
);
/** "今年4月" with no document date: the year CJK_RELATIVE_YEARS counts from it, so none. */
const RELATIVE_YEAR_BEFORE = new RegExp(`(${Object.keys(CJK_RELATIVE_YEARS).join('|')})\\s*$`, 'u');
/** How many years from the document's the words around a yearless date count ("January this year", "今年4月"), if they count. */
function yearOffsetAround(text: string, span: Span): number | undefined {
  const after = RELATIVE_YEAR_AFTER.exec(text.slice(span.end, span.end + 30));
  if (after) return after[1] !== undefined ? YEAR_OFFSET[after[1].toLowerCase()] : OTHER_YEAR_OFFSET[after[2]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
  const before = RELATIVE_YEAR_BEFORE.exec(text.slice(Math.max(0, span.start - 6), span.start));
  return before ? CJK_RELATIVE_YEARS[before[1]!] : undefined;
}

/** The one calendar year a date the sentence writes lies in, if it is written (not relative) and lies in one. */
const yearOf = (d: Dated): number | undefined => (d.relative || d.start.startsWith('~') || d.start.slice(0, 4) !== d.end.slice(0, 4) ? undefined : Number(d.start.slice(0, 4)));

function sentenceYear(dated: readonly Dated[]): number | undefined {
  const years = new Set(dated.map(yearOf).filter((y) => y !== undefined));
  return years.size === 1 ? [...years][0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Times of day

const TIME_RE = /(?<![\p{L}\p{N}:.])(?:(\d{1,2}):([0-5]\d)(?::[0-5]\d)?(?:\s?([AaPp])\.?\s?[Mm]\.?(?![\p{L}]))?|(\d{1,2})\s?([AaPp])\.?\s?[Mm]\.?(?![\p{L}]))(?:\s?\(?((?:UTC|GMT)[+-]\d{1,2}(?::?\d\d)?|[A-Z]{1,4})\)?(?![\p{L}\p{N}]))?/gu;
/** Before a time, words that make it a length of time: "clocked", "in", "a time of", "finished in". */
const DURATION_BEFORE = /(?<![\p{L}])(?:clocked|timed|ran|in|of|record|finished\s+in|won\s+in)\s+$/iu;
/** What may stand between a date and its time, or a time and its date. */
const DATE_THEN_TIME = /^\s*(?:[,·|@—–-]\s*)?(?:at\s+|um\s+)?$/iu;
/** Between a time and its day: "10am PT on", "03:40 local time on", "3:40 a.m. on Sunday, ", "a las 3.40 del lunes ". */
const TIME_THEN_DATE =
  /^\.?\s*(?:\(?local(?:\s+time)?\)?\s*|hora\s+local\s*|heure\s+locale\s*|Ortszeit\s*)?(?:[,·|—–-]\s*)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?$/iu;
const MAX_GAP = 24;

interface TimeMatch extends Span {
  time: TimeOfDay;
}

function findTimes(text: string): TimeMatch[] {
  if (!/\d(?::\d|\s?[AaPp]\.?\s?[Mm])/u.test(text)) return [];
  const out: TimeMatch[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m !== null; m = TIME_RE.exec(text)) {
    // "clocked 2:05:30", "won in 2:19:40": a race's time, not a time of day.
    if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const hour = Number(m[1] ?? m[4]);
    const minute = Number(m[2] ?? 0);
    const half = (m[3] ?? m[5])?.toLowerCase();
    if (half ? hour < 1 || hour > 12 : hour > 23) continue;
    const h24 = half === undefined ? hour : (hour % 12) + (half === 'p' ? 12 : 0);
    let end = m.index + m[0].length;
    let zone: string | undefined = m[6]?.toUpperCase();
    if (zone !== undefined && !TIME_ZONES.has(zone) && !/^(?:UTC|GMT)[+-]/.test(zone)) {
      // An unknown capitalised word after the time is not its zone ("10am Monday"): leave it out.
      zone = undefined;
      const z = m[0].search(/\s?\(?[A-Z]{1,4}\)?$/u);
      end = m.index + (z >= 0 ? z : m[0].length);
    }
    out.push({ start: m.index, end, time: zone === undefined ? { minutes: h24 * 60 + minute } : { minutes: h24 * 60 + minute, zone } });
  }
  return out;
}

/** Gives each day its adjacent time of day ("July 24, 9:10 am GMT", "10am PT on July 24"), widening its span. */
function attachTimes(text: string, dates: DateMatch[]): void {
  const times = findTimes(text);
  if (times.length === 0) return;
  let t = 0;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (d.precision !== 'day' || d.value.start.startsWith('~')) continue;
    while (t < times.length && times[t]!.end <= d.start - MAX_GAP) t++;
    for (let k = t; k < times.length && times[k]!.start < d.end + MAX_GAP; k++) {
      const tm = times[k]!;
      const prev = dates[i - 1];
      const next = dates[i + 1];
      const after = tm.start >= d.end && DATE_THEN_TIME.test(text.slice(d.end, tm.start)) && (!next || tm.end <= next.start);
      const before = tm.end <= d.start && TIME_THEN_DATE.test(text.slice(tm.end, d.start)) && (!prev || tm.start >= prev.end);
      if (!after && !before) continue;
      d.value.time = tm.time;
      if (after) d.end = tm.end;
      else d.start = tm.start;
      d.scope = { ...d.scope, text: text.slice(d.start, d.end) };
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** What findDates read, by its text, document date and options: the readers of a sentence, and pages, ask again for the same. */
const READ_DATES = new TextMemo<DateMatch[]>();

/**
 * Date expressions in `text`, leftmost first, the longer reading winning where two overlap. `today` is
 * the document date: relative expressions and yearless dates need it (see the top of this module). The same text with
 * the same date and options is read once (memo.ts): the caller gets a copy.
 */
export function findDates(text: string, today?: Day, options?: FindDatesOptions): DateMatch[] {
  if (typeof text !== 'string') return [];
  const partial = options?.partial;
  const context = (today ? `${today.year}-${today.month}-${today.day ?? ''}` : String(today)) + '\u0000' + (options?.yearless === true ? 'y' : '') + (partial === true ? 'p' : partial ? 'q' : '') + (options?.ended === true ? 'e' : '');
  return READ_DATES.get(context, text, () => readDates(text, today, options));
}

function readDates(text: string, today: Day | undefined, options: FindDatesOptions | undefined): DateMatch[] {
  const dated: Array<{ span: Span; read: Dated }> = [];
  const pending: Array<{ span: Span; read: Yearless }> = [];
  let unread: Span[] | undefined;
  let hasYear: boolean | undefined;
  let hasRelativeWord: boolean | undefined;
  const yearless = options?.yearless === true || options?.partial === true || options?.ended === true;
  for (const pattern of PATTERNS) {
    if (pattern.needsToday && !today) continue;
    if ((pattern.yearless && !yearless) || (pattern.ended && options?.ended !== true)) continue;
    if (pattern.needsRelativeWord && !(hasRelativeWord ??= HAS_RELATIVE_WORD.test(text))) continue;
    if (!(pattern.needs === HAS_YEAR ? (hasYear ??= HAS_YEAR.test(text)) : pattern.needs.test(text))) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      const read = pattern.read(m, today);
      const span = { start: m.index, end: m.index + m[0].length };
      if (read === null) (unread ??= []).push(span);
      else if (read && 'yearless' in read) pending.push({ span, read });
      else if (read) dated.push({ span, read });
    }
  }
  const found: DateMatch[] = dated.map(({ span, read: d }) => match(text, span, { start: d.start, end: d.end, precision: d.precision }, d.relative));
  if (pending.length > 0) {
    const year = sentenceYear(dated.map((d) => d.read));
    for (const { span, read: p } of pending) {
      // "In March 2016 X launched; in October that year …", "2016年3月…当年10月": the year last written before it, or none.
      if (THAT_YEAR_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) || THAT_YEAR_AFTER.test(text.slice(span.end, span.end + 20))) {
        const before = dated.filter((d) => d.span.end <= span.start && yearOf(d.read) !== undefined).at(-1);
        const resolved = before ? withYear(p, yearOf(before.read)!) : undefined;
        if (resolved) found.push(match(text, span, { start: resolved.start, end: resolved.end, precision: resolved.precision, yearFromSentence: true }, false));
        continue;
      }
      // "January this year", "今年4月": the document's year, or none without a document date.
      const offset = yearOffsetAround(text, span);
      if (offset !== undefined) {
        const resolved = today ? withYear(p, today.year + offset) : undefined;
        if (resolved) found.push(match(text, span, { start: resolved.start, end: resolved.end, precision: resolved.precision, yearFromDocument: true }, false));
        else if (options?.partial) found.push(...partialDate(text, span, p));
        continue;
      }
      // A quarter or half takes the sentence's year ("2023年营收…第三季度"); a day or month only near the document date, or,
      // with none, a year written before it ("In 2018 …, on June 9", not "On June 9 … in 2027").
      // "$6.5 billion in the fourth quarter, up from $5.4 billion in the fourth quarter of 2022": a quarter the sentence names
      // again with a year is of another year than that one.
      const named = year !== undefined && (p.precision === 'quarter' || p.precision === 'half') ? withYear(p, year) : undefined;
      const again = named !== undefined && dated.some((d) => d.read.start === named.start && d.read.end === named.end);
      const useSentence =
        !again &&
        year !== undefined &&
        (today ? Math.abs(year - today.year) <= 1 || p.precision === 'quarter' || p.precision === 'half' : p.precision === 'quarter' || p.precision === 'half' || dated.some((d) => d.span.end <= span.start && !d.read.relative));
      const ended = options?.ended === true && today !== undefined && (p.precision === 'quarter' || p.precision === 'half');
      if (p.sentenceOnly && !useSentence && !ended) continue;
      const resolved = useSentence ? withYear(p, year!) : ended ? latestEnded(p, today!) : today ? nearestYear(p, today) : undefined;
      if (resolved) {
        const value: DateValue = { start: resolved.start, end: resolved.end, precision: resolved.precision };
        if (useSentence) value.yearFromSentence = true;
        else value.yearFromDocument = true;
        found.push(match(text, span, value, false));
      } else if (options?.partial) found.push(...partialDate(text, span, p));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    if (unread?.some((u) => d.start < u.end && d.end > u.start)) continue;
    if (out.length === 0 || d.start >= out[out.length - 1]!.end) out.push(d);
  }
  attachTimes(text, out);
  monthsEnded(text, out);
  withLeadWords(text, out);
  return out;
}

/** A weekday's name right before a day ("Sunday, Aug. 3", "dimanche 3 août", "am Sonntag, 3. August"), with its comma. */
const WEEKDAY_BEFORE =
  /(?<![\p{L}])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\s*,?\s*$/iu;

/** "fiscal 2024", "fiscal year 2024", "financial year 2024": the year as its page names it. */
const FISCAL_BEFORE = /(?<![\p{L}])(?:fiscal|financial)\s+(?:year\s+)?$/iu;

/**
 * A day's date takes the weekday written before it: one date, not a date after a comma ("which ignited on Sunday,
 * Aug. 3, …": the comma parts no clause); a year takes "fiscal" before it ("fiscal 2024", read as its calendar year).
 */
function withLeadWords(text: string, dates: DateMatch[]): void {
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (d.precision !== 'day' && d.precision !== 'year') continue;
    const from = Math.max(i > 0 ? dates[i - 1]!.end : 0, d.start - 24);
    const lead = (d.precision === 'day' ? WEEKDAY_BEFORE : FISCAL_BEFORE).exec(text.slice(from, d.start));
    if (!lead) continue;
    const start = from + lead.index;
    dates[i] = { ...d, start, scope: { ...d.scope, text: text.slice(start, d.end) } };
  }
}

/** A day or month with no year at all, kept as such when asked (`partial`): a scope that overlaps only itself. */
function partialDate(text: string, span: Span, p: Yearless): DateMatch[] {
  if (p.precision !== 'day' && p.precision !== 'month') return [];
  const iso8601 = p.day === undefined ? `--${pad(p.fromMonth)}` : `--${pad(p.fromMonth)}-${pad(p.day)}`;
  const value: DateValue = { start: iso8601, end: iso8601, precision: p.precision, partial: p.day === undefined ? { month: p.fromMonth } : { month: p.fromMonth, day: p.day } };
  return [{ ...match(text, span, value, false), scope: { start: `~${iso8601}`, end: `~${iso8601}`, text: text.slice(span.start, span.end) } }];
}

function match(text: string, span: Span, value: DateValue, relative: boolean): DateMatch {
  return {
    start: span.start,
    end: span.end,
    scope: { start: value.start, end: value.end, text: text.slice(span.start, span.end) },
    precision: value.precision,
    relative,
    value,
  };
}

/** A document date as the period it names: a day, or a whole month when the dateline gives no day. */
export function dayPeriod(day: Day): { start: string; end: string } {
  return day.day !== undefined
    ? { start: iso(day.year, day.month, day.day), end: iso(day.year, day.month, day.day) }
    : { start: iso(day.year, day.month, 1), end: iso(day.year, day.month, lastDay(day.year, day.month)) };
}

function toDay(scope: TimeScope, precision: DatePrecision): Day {
  const [year, month, day] = scope.start.split('-').map(Number) as [number, number, number];
  return precision === 'day' ? { year, month, day } : { year, month };
}

/**
 * The document's date: front matter `date`/`published`/`pubDate`, else a day in the page's address in front
 * matter (`url`, `link`, Zola's `path`: "…/2022/06/06/…"), else the day a post's file name opens on (Jekyll's
 * "_posts/2023-11-13-weekly.md"), else a dateline, a short line among the first lines that is mostly
 * a date ("Jun 3, 2026 · 11:44 PM", "May 2026").
 */
export function documentDate(frontMatter: Record<string, unknown>, text: string, file?: string): Day | undefined {
  for (const key of ['date', 'published', 'pubDate', 'publishDate', 'created']) {
    const value = frontMatter[key];
    const asText = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
    if (asText) {
      const d = findDates(asText)[0];
      if (d && d.precision !== 'year' && !d.value.yearFromSentence) return toDay(d.scope, d.precision);
    }
  }
  // A news page's address often holds its date ("…/2022/06/06/…", "…/2022/jun/06/…", "…/2024-05-14-…").
  for (const key of ['url', 'link', 'canonical', 'source', 'permalink', 'path']) {
    const value = frontMatter[key];
    // A relative path opens on the year ("2022/06/06/story", as Zola's `path` is written).
    const day = typeof value === 'string' ? dayInAddress(`/${value}`) : undefined;
    if (day) return day;
  }
  // A post's file name opens on its day, as Jekyll names them ("_posts/2023-11-13-weekly.md").
  const named = file === undefined ? null : DAY_OPENING_FILE_NAME.exec(file.split(/[\\/]/u).pop()!);
  if (named) {
    const [year, month, day] = [Number(named[1]), Number(named[2]), Number(named[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)) return { year, month, day };
  }
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 6);
  for (const line of lines) {
    // A table's row ("| Date | 14 September 2025 |") dates what the table is about, an infobox's event, not the page.
    if (line.length > 40 || /^\|.*\|/u.test(line)) continue;
    const d = findDates(line)[0];
    if (!d || (d.precision !== 'day' && d.precision !== 'month') || d.value.yearFromSentence) continue;
    // Besides the date, a dateline holds at most a time of day, separators and a word that says it is the page's
    // ("Published: Jun 3, 2026"); a page's date of update ("Updated: Dec 30, 2023") is a day it was read again, not written.
    const words = (line.slice(0, d.start) + line.slice(d.end)).replace(/\d{1,2}:\d\d\s*(?:[AP]M)?/gi, '');
    const rest = words.replace(/[\s·|•,\-–—:]/g, '');
    if (rest.length <= 3 || pageDateWord(words) === 'published') return toDay(d.scope, d.precision);
  }
  return undefined;
}

/** A file name that opens on a whole day and a dash: "2023-11-13-weekly.md". */
const DAY_OPENING_FILE_NAME = /^((?:19|20)\d\d)-(\d\d)-(\d\d)-/u;

const PUBLISHED_WORDS =
  /^(?:published|published on|posted|posted on|first published|date|veröffentlicht|veröffentlicht am|erschienen am|publié|publié le|publicado|publicado el|publicado em|pubblicato|pubblicato il|发布|发布时间|發布|發佈時間|公開日)$/iu;
const UPDATED_WORDS =
  /^(?:updated|updated on|last updated|last update|modified|last modified|edited|aktualisiert|aktualisiert am|zuletzt aktualisiert|mis à jour|mis à jour le|actualizado|actualizado el|atualizado|atualizado em|aggiornato|aggiornato il|更新|更新时间|更新於|更新于|更新日)$/iu;

/**
 * What the words of a short line beside a date say it is: the page's date ("Published:", "Posted on", "Veröffentlicht
 * am", "发布时间") or the day the page was updated ("Updated:", "Last modified", "Mis à jour le", "更新"); undefined for
 * other words (a label that dates what follows: "Funding - Mar 2024").
 */
export function pageDateWord(words: string): 'published' | 'updated' | undefined {
  const bare = words.replace(/[\s·|•,\-–—:]+/gu, ' ').trim();
  if (PUBLISHED_WORDS.test(bare)) return 'published';
  return UPDATED_WORDS.test(bare) ? 'updated' : undefined;
}

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A year, a month (number or English abbreviation) and a day as path segments, or as one dashed segment. */
const DATE_IN_ADDRESS = /[/_](19\d\d|20\d\d)[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/i;

const MONTH_IN_ADDRESS = /\/(19\d\d|20\d\d)\/(0?[1-9]|1[0-2])\/(?=[a-z])/i;

/** The day (or month) a web address holds in its path ("https://example.com/news/2022/jun/06/story"), or undefined. */
export function dayInAddress(address: string): Day | undefined {
  const m = DATE_IN_ADDRESS.exec(address.slice(0, 2000));
  if (!m) {
    // "…/2024/05/story": a month.
    const month = MONTH_IN_ADDRESS.exec(address.slice(0, 2000));
    return month ? { year: Number(month[1]), month: Number(month[2]) } : undefined;
  }
  const year = Number(m[1]);
  const month = /^\d/.test(m[2]!) ? Number(m[2]) : MONTH_ABBREVIATIONS.indexOf(m[2]!.toLowerCase().slice(0, 3)) + 1;
  const day = Number(m[3]);
  return day <= lastDay(year, month) ? { year, month, day } : undefined;
}

/** Whether two periods share a day; a named period ("~last season") overlaps only itself. */
export const overlaps = (a: Pick<TimeScope, 'start' | 'end'>, b: Pick<TimeScope, 'start' | 'end'>) =>
  a.start.startsWith('~') || b.start.startsWith('~') ? a.start === b.start : a.start <= b.end && b.start <= a.end;
