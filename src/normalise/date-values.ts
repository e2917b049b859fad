// Dates as values: a date with its precision (day, month, quarter, half, year), partial dates with no
// year, times of day with their zones, and how two such values compare ("June 2022" agrees with "June
// 14, 2022" and conflicts with "May 2022").

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** A time of day: minutes after midnight, and the zone as written, upper-cased ("GMT", "PT", "UTC+8"). */
export interface TimeOfDay {
  minutes: number;
  zone?: string;
}

/**
 * A date as stated, plain data. `start` and `end` are inclusive ISO days ("2023-04-01", "2023-04-30").
 * A partial date, with no year known, has ISO 8601's forms without a year ("--07-24" for July 24,
 * "--07" for July) and `partial`; a period with no calendar ("last season") is named: "~last season".
 */
export interface DateValue {
  start: string;
  end: string;
  precision: DatePrecision;
  /** The month (1–12) and day of a date stated without a year, when none could be given to it. */
  partial?: { month: number; day?: number };
  /** A time of day stated with a day. */
  time?: TimeOfDay;
  /** The year was not stated: it is the document date's (the year that puts the date nearest to it). */
  yearFromDocument?: true;
  /** The year was not stated: it is the one year the sentence states. */
  yearFromSentence?: true;
}

// ---------------------------------------------------------------------------------------------
// Zones

/**
 * Zones with a fixed offset from UTC, in minutes. IST is India's; CET and CEST, EST and EDT, PST and
 * PDT are taken as written, even out of their season.
 */
const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ['UTC', 0], ['GMT', 0], ['Z', 0], ['BST', 60], ['CET', 60], ['CEST', 120], ['EET', 120], ['EEST', 180], ['MSK', 180],
  ['IST', 330], ['HKT', 480], ['SGT', 480], ['KST', 540], ['JST', 540],
  ['EST', -300], ['EDT', -240], ['PST', -480], ['PDT', -420],
]);

/** Zones whose offset depends on the day (US daylight saving time): standard and summer offsets. */
const US_ZONES: ReadonlyMap<string, [number, number]> = new Map([
  ['ET', [-300, -240]],
  ['PT', [-480, -420]],
]);

/** Every zone the grammar accepts after a time of day. */
export const TIME_ZONES: ReadonlySet<string> = new Set([...FIXED_ZONES.keys(), ...US_ZONES.keys()]);

const OFFSET_ZONE = /^(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d\d))?$/;

/** The n-th Sunday (n ≥ 1) of a month, as a day of the month. */
function nthSunday(year: number, month: number, n: number): number {
  const firstDay = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstDay) % 7) + 7 * (n - 1);
}

/** US daylight saving time (since 2007): from the second Sunday of March to the first Sunday of November. */
function usSummer(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const from = nthSunday(year, 3, 2);
  const to = nthSunday(year, 11, 1);
  return (month > 3 || (month === 3 && day >= from)) && (month < 11 || (month === 11 && day < to));
}

/**
 * The zone's offset from UTC in minutes on a day, or undefined when it is unknown or needs a day that
 * is not given (PT and ET need a year to know daylight saving time).
 */
export function zoneOffset(zone: string, day?: string): number | undefined {
  const fixed = FIXED_ZONES.get(zone);
  if (fixed !== undefined) return fixed;
  const us = US_ZONES.get(zone);
  if (us) return day !== undefined && /^\d{4}-\d\d-\d\d$/.test(day) ? (usSummer(day) ? us[1] : us[0]) : undefined;
  const m = OFFSET_ZONE.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? undefined : m[1] === '-' ? -minutes : minutes;
}

// ---------------------------------------------------------------------------------------------
// Comparison

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const isNamed = (v: DateValue) => v.start.startsWith('~') || v.end.startsWith('~');
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether two times of day (on the same day, or on the days given) name different moments; undefined when they cannot be compared. */
function timesDiffer(a: TimeOfDay, b: TimeOfDay, dayA?: string, dayB?: string): boolean | undefined {
  if (a.zone === undefined && b.zone === undefined) return dayA === dayB ? a.minutes !== b.minutes : undefined;
  if (a.zone === undefined || b.zone === undefined) return undefined;
  const oa = zoneOffset(a.zone, dayA);
  const ob = zoneOffset(b.zone, dayB);
  if (oa === undefined || ob === undefined) {
    return a.zone === b.zone && dayA === dayB ? a.minutes !== b.minutes : undefined;
  }
  const at = (day: string | undefined, minutes: number, offset: number) => (day === undefined ? 0 : dayNumber(day) * 1440) + minutes - offset;
  return at(dayA, a.minutes, oa) !== at(dayB, b.minutes, ob);
}

/** A partial date (no year) against a dated interval: some year in the interval has that month and day in it. */
function partialFits(p: { month: number; day?: number }, v: DateValue): boolean {
  const from = yearOf(v.start);
  const to = yearOf(v.end);
  if (!(to >= from) || to - from > 50) return true;
  for (let y = from; y <= to; y++) {
    if (p.day !== undefined && p.day > lastDay(y, p.month)) continue;
    const start = `${y}-${pad(p.month)}-${pad(p.day ?? 1)}`;
    const end = `${y}-${pad(p.month)}-${pad(p.day ?? lastDay(y, p.month))}`;
    if (start <= v.end && v.start <= end) return true;
  }
  return false;
}

/**
 * Whether two stated dates can both be true. Each value stands for "somewhere in [start, end]", so two
 * values agree when their periods share a day: "June 2022" agrees with "June 14, 2022", "2023" with
 * "April 2023", "Q3 2023" with "August 2023"; "June 2022" conflicts with "May 2022". A partial date is
 * compared only on what it states: "July 24" conflicts with "2024-07-23" on the day, "July" agrees with
 * it. Times of day are compared only when both sides give one on the same day, both with a zone that
 * converts (see zoneOffset) or both with none or the same zone; then "9:10 am GMT" and "10:10 CET"
 * agree, and two times that convert to one moment agree even when their days as written differ. Named
 * periods ("last season") and values that cannot be compared agree: only a contradiction conflicts.
 */
export function compareDateValues(a: DateValue, b: DateValue): 'agree' | 'conflict' {
  if (isNamed(a) || isNamed(b)) return 'agree';
  const pa = a.partial;
  const pb = b.partial;
  if (pa && pb) {
    if (pa.month !== pb.month) return 'conflict';
    if (pa.day === undefined || pb.day === undefined) return 'agree';
    if (pa.day !== pb.day) return 'conflict';
    return a.time && b.time && timesDiffer(a.time, b.time) === true ? 'conflict' : 'agree';
  }
  if (pa || pb) {
    const [p, v] = pa ? [a, b] : [b, a];
    if (!partialFits(p.partial!, v)) return 'conflict';
    if (p.time && v.time && p.partial!.day !== undefined && v.precision === 'day') {
      const differ = timesDiffer(p.time, v.time, v.start, v.start);
      // PT/ET on the partial side convert with the other side's day, the only year in question.
      return differ === true ? 'conflict' : 'agree';
    }
    return 'agree';
  }
  if (a.time && b.time && a.precision === 'day' && b.precision === 'day') {
    const differ = timesDiffer(a.time, b.time, a.start, b.start);
    if (differ !== undefined && (a.time.zone !== undefined || a.start === b.start)) return differ ? 'conflict' : 'agree';
  }
  return a.start <= b.end && b.start <= a.end ? 'agree' : 'conflict';
}
