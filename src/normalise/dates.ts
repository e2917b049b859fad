// The date grammar: absolute, partial ("May 2026" knows no day) and relative dates → inclusive ISO periods.
import type { Span, TimeScope } from '../types.js';

export interface DateMatch extends Span {
  scope: TimeScope;
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
  /** True for "this year", "yesterday": resolved against the document date. */
  relative: boolean;
}

/** A calendar day, as the document date. */
export interface Day {
  year: number;
  month: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function period(year: number, fromMonth: number, toMonth: number, text: string): TimeScope {
  return { start: iso(year, fromMonth, 1), end: iso(year, toMonth, lastDay(year, toMonth)), text };
}

/** One calendar day, or nothing for a day the month does not have ("Feb 30"). */
function dayReading(year: number, month: number, day: number, text: string) {
  if (day < 1 || day > lastDay(year, month)) return undefined;
  const date = iso(year, month, day);
  return { scope: { start: date, end: date, text }, precision: 'day' as const, relative: false };
}

interface Pattern {
  re: RegExp;
  /** What a text must hold for `re` to match in it: a cheap test that spares most texts the full pattern. */
  needs: RegExp;
  /** Reads nothing without the document's date ("this year", "yesterday"). */
  needsToday?: true;
  read(m: RegExpExecArray, today?: Day): { scope: TimeScope; precision: DateMatch['precision']; relative: boolean } | undefined;
}

/** Latin words need boundaries; Chinese has no spaces, so its alternatives match anywhere. */
const word = (body: string, han = '') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])${han ? `|${han}` : ''}`, 'giu');

/** Every absolute date holds a year of the form 19xx or 20xx. */
const HAS_YEAR = /(?:19|20)\d\d/;

const PATTERNS: Pattern[] = [
  {
    // 2026-06-03
    re: /(?<![\p{N}-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}-])/gu,
    needs: HAS_YEAR,
    read: (m) => ({ scope: { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}`, text: m[0] }, precision: 'day', relative: false }),
  },
  {
    // Jun 3, 2026 / June 3 2026
    re: word(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[0]),
  },
  {
    // 3 June 2026
    re: word(`(\\d{1,2})\\s+${MONTH}\\s+${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => dayReading(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[0]),
  },
  {
    // May 2026 (no day)
    re: word(`${MONTH}\\s+(?:of\\s+)?${YEAR}`),
    needs: HAS_YEAR,
    read: (m) => {
      const month = MONTHS[m[1]!.toLowerCase()]!;
      return { scope: period(Number(m[2]), month, month, m[0]), precision: 'month', relative: false };
    },
  },
  {
    // 2025 H1, H2 2025, Q3 2025, 2025 Q3
    re: /(?<![\p{L}\p{N}])(?:((?:19|20)\d\d)\s*([HQ])([1-4])|([HQ])([1-4])\s*((?:19|20)\d\d))(?![\p{L}\p{N}])/gu,
    needs: HAS_YEAR,
    read: (m) => {
      const year = Number(m[1] ?? m[6]);
      const kind = m[2] ?? m[4];
      const n = Number(m[3] ?? m[5]);
      if (kind === 'H' && n > 2) return undefined;
      const size = kind === 'H' ? 6 : 3;
      return { scope: period(year, (n - 1) * size + 1, n * size, m[0]), precision: kind === 'H' ? 'half' : 'quarter', relative: false };
    },
  },
  {
    // 2025年5月, 2025年
    re: /((?:19|20)\d\d)\s*年(?:\s*(1[0-2]|0?[1-9])\s*月)?/gu,
    needs: HAS_YEAR,
    read: (m) =>
      m[2]
        ? { scope: period(Number(m[1]), Number(m[2]), Number(m[2]), m[0]), precision: 'month', relative: false }
        : { scope: period(Number(m[1]), 1, 12, m[0]), precision: 'year', relative: false },
  },
  {
    // 2024-2025, 2024–2026
    re: /(?<![\p{L}\p{N}$€£¥.,\-–])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\p{L}\p{N}%])/gu,
    needs: HAS_YEAR,
    read: (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to <= from) return undefined;
      return { scope: { start: iso(from, 1, 1), end: iso(to, 12, 31), text: m[0] }, precision: 'year', relative: false };
    },
  },
  {
    // in 2025, by 2026, during 2024, 2025 alone
    re: /(?<![\p{L}\p{N}$€£¥.,\-–])((?:19|20)\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:[-–]\s*\d|年))/gu,
    needs: HAS_YEAR,
    read: (m) => ({ scope: period(Number(m[1]), 1, 12, m[0]), precision: 'year', relative: false }),
  },
  {
    re: word('this year|last year|next year', '今年|去年|明年'),
    needs: /(?:this|last|next) year|今年|去年|明年/iu,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const t = m[0].toLowerCase();
      const offset = t === 'last year' || t === '去年' ? -1 : t === 'next year' || t === '明年' ? 1 : 0;
      return { scope: period(today.year + offset, 1, 12, m[0]), precision: 'year', relative: true };
    },
  },
  {
    re: word('this month|last month'),
    needs: /(?:this|last) month/iu,
    needsToday: true,
    read: (m, today) => {
      if (!today) return undefined;
      const back = m[0].toLowerCase() === 'last month';
      const month = back ? (today.month === 1 ? 12 : today.month - 1) : today.month;
      const year = back && today.month === 1 ? today.year - 1 : today.year;
      return { scope: period(year, month, month, m[0]), precision: 'month', relative: true };
    },
  },
  {
    // "last season", "this term": periods with no calendar here. They get a period of their own, named
    // by the phrase ("~last season"), so that figures in them are never compared with other periods.
    re: word('(?:last|this|next|previous|current|the\\s+previous)\\s+(?:season|term|campaign|fiscal\\s+year|financial\\s+year|quarter|half)'),
    needs: /(?:last|this|next|previous|current)\s+(?:season|term|campaign|fiscal|financial|quarter|half)/iu,
    read: (m) => {
      const label = `~${m[0].toLowerCase().replace(/\s+/g, ' ')}`;
      return { scope: { start: label, end: label, text: m[0] }, precision: 'year', relative: true };
    },
  },
  {
    re: word('today|yesterday', '昨天|今天'),
    needs: /today|yesterday|昨天|今天/iu,
    needsToday: true,
    read: (m, today) => {
      if (!today?.day) return undefined;
      const back = /yesterday|昨天/i.test(m[0]) ? 1 : 0;
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
      const day = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      return { scope: { start: day, end: day, text: m[0] }, precision: 'day', relative: true };
    },
  },
];

/** Date expressions in `text`, leftmost first, the more precise reading winning where two overlap. */
export function findDates(text: string, today?: Day): DateMatch[] {
  const found: DateMatch[] = [];
  let hasYear: boolean | undefined;
  for (const pattern of PATTERNS) {
    if (pattern.needsToday && !today) continue;
    if (!(pattern.needs === HAS_YEAR ? (hasYear ??= HAS_YEAR.test(text)) : pattern.needs.test(text))) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      const read = pattern.read(m, today);
      if (read) found.push({ start: m.index, end: m.index + m[0].length, ...read });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    if (out.length === 0 || d.start >= out[out.length - 1]!.end) out.push(d);
  }
  return out;
}

/** A document date as the period it names: a day, or a whole month when the dateline gives no day. */
export function dayPeriod(day: Day): { start: string; end: string } {
  return day.day !== undefined
    ? { start: iso(day.year, day.month, day.day), end: iso(day.year, day.month, day.day) }
    : { start: iso(day.year, day.month, 1), end: iso(day.year, day.month, lastDay(day.year, day.month)) };
}

function toDay(scope: TimeScope, precision: DateMatch['precision']): Day {
  const [year, month, day] = scope.start.split('-').map(Number) as [number, number, number];
  return precision === 'day' ? { year, month, day } : { year, month };
}

/**
 * The document's date: front matter `date`/`published`/`pubDate`, else a dateline, a short line
 * among the first lines that is mostly a date ("Jun 3, 2026 · 11:44 PM", "May 2026").
 */
export function documentDate(frontMatter: Record<string, unknown>, text: string): Day | undefined {
  for (const key of ['date', 'published', 'pubDate', 'publishDate', 'created']) {
    const value = frontMatter[key];
    const asText = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
    if (asText) {
      const d = findDates(asText)[0];
      if (d && d.precision !== 'year') return toDay(d.scope, d.precision);
    }
  }
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 6);
  for (const line of lines) {
    if (line.length > 40) continue;
    const d = findDates(line)[0];
    if (!d || (d.precision !== 'day' && d.precision !== 'month')) continue;
    // Besides the date, a dateline holds at most a time of day and separators.
    const rest = (line.slice(0, d.start) + line.slice(d.end)).replace(/\d{1,2}:\d\d\s*(?:[AP]M)?/gi, '').replace(/[\s·|•,\-–—:]/g, '');
    if (rest.length <= 3) return toDay(d.scope, d.precision);
  }
  return undefined;
}

/** Whether two periods share a day; a named period ("~last season") overlaps only itself. */
export const overlaps = (a: TimeScope, b: TimeScope) =>
  a.start.startsWith('~') || b.start.startsWith('~') ? a.start === b.start : a.start <= b.end && b.start <= a.end;
