// Dates as values: the grammar's new forms (ISO months, Chinese days, quarters and halves, yearless and
// partial dates, times of day with zones) and compareDateValues by precision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDateValues, findDates, zoneOffset, type DateValue, type Day } from '../src/normalise/dates.js';
import { oneInstantTwoZones } from '../src/normalise/zoned-days.js';
import type { Quantity } from '../src/types.js';

/** [text as matched, value] for each date. */
const read = (text: string, today?: Day, options?: Parameters<typeof findDates>[2]) => findDates(text, today, options).map((d) => [text.slice(d.start, d.end), d.value]);
const V = (start: string, end: string, precision: DateValue['precision'], extra: Partial<DateValue> = {}): DateValue => ({ start, end, precision, ...extra });
const DOC: Day = { year: 2024, month: 8, day: 2 };

describe('dated forms (read by default)', () => {
  it('reads ISO months, also opening a list item, but not seasons', () => {
    expect(read('2023-04: first release; in 2024-11 the second')).toEqual([
      ['2023-04', V('2023-04-01', '2023-04-30', 'month')],
      ['2024-11', V('2024-11-01', '2024-11-30', 'month')],
    ]);
    // A season is a period of its own (test/dates.test.ts), no month.
    expect(read('the 2011-12 season')).toEqual([['2011-12', V('~2011/12', '~2011/12', 'year')]]);
  });

  it('reads English months and days with a year', () => {
    expect(read('Sep 2025, September 2025, Sept. 3, 2025')).toEqual([
      ['Sep 2025', V('2025-09-01', '2025-09-30', 'month')],
      ['September 2025', V('2025-09-01', '2025-09-30', 'month')],
      ['Sept. 3, 2025', V('2025-09-03', '2025-09-03', 'day')],
    ]);
  });

  it('reads Chinese days, months, quarters and halves with a year', () => {
    expect(read('2023 年 4 月，2024年7月23日，2023年第三季度，2023年Q4，2024年上半年，2024年3季度')).toEqual([
      ['2023 年 4 月', V('2023-04-01', '2023-04-30', 'month')],
      ['2024年7月23日', V('2024-07-23', '2024-07-23', 'day')],
      ['2023年第三季度', V('2023-07-01', '2023-09-30', 'quarter')],
      ['2023年Q4', V('2023-10-01', '2023-12-31', 'quarter')],
      ['2024年上半年', V('2024-01-01', '2024-06-30', 'half')],
      ['2024年3季度', V('2024-07-01', '2024-09-30', 'quarter')],
    ]);
  });

  it('reads Chinese relative years with a month, day, quarter or half against the document date', () => {
    expect(read('今年5月，去年12月3日，明年第一季度，前年下半年', DOC)).toEqual([
      ['今年5月', V('2024-05-01', '2024-05-31', 'month')],
      ['去年12月3日', V('2023-12-03', '2023-12-03', 'day')],
      ['明年第一季度', V('2025-01-01', '2025-03-31', 'quarter')],
      ['前年下半年', V('2022-07-01', '2022-12-31', 'half')],
    ]);
  });

  it('keeps yearless dates out by default', () => {
    expect(read('On July 24, in May, in Q3, 第三季度, 5月', DOC)).toEqual([]);
  });
});

describe('yearless dates (yearless: true)', () => {
  const yl = { yearless: true };

  it('takes the year from the document date: the year that puts the date nearest to it', () => {
    expect(read('On July 24 it shipped; 24 July too; in May; by Sept.', DOC, yl)).toEqual([
      ['July 24', V('2024-07-24', '2024-07-24', 'day', { yearFromDocument: true })],
      ['24 July', V('2024-07-24', '2024-07-24', 'day', { yearFromDocument: true })],
      ['May', V('2024-05-01', '2024-05-31', 'month', { yearFromDocument: true })],
      ['Sept.', V('2024-09-01', '2024-09-30', 'month', { yearFromDocument: true })],
    ]);
    expect(read('On December 20', { year: 2026, month: 1, day: 5 }, yl)).toEqual([['December 20', V('2025-12-20', '2025-12-20', 'day', { yearFromDocument: true })]]);
    expect(read('on January 17', { year: 2023, month: 12, day: 20 }, yl)).toEqual([['January 17', V('2024-01-17', '2024-01-17', 'day', { yearFromDocument: true })]]);
  });

  it('takes the one year of the sentence: near the document date for days, always for quarters', () => {
    expect(read('In 2023, on July 24 it shipped', DOC, yl)).toEqual([
      ['2023', V('2023-01-01', '2023-12-31', 'year')],
      ['July 24', V('2023-07-24', '2023-07-24', 'day', { yearFromSentence: true })],
    ]);
    expect(read('Founded in 2015, it shipped on July 24', DOC, yl)[1]).toEqual(['July 24', V('2024-07-24', '2024-07-24', 'day', { yearFromDocument: true })]);
    expect(read('2019年营收在第三季度增长', DOC, yl)).toEqual([
      ['2019年', V('2019-01-01', '2019-12-31', 'year')],
      ['第三季度', V('2019-07-01', '2019-09-30', 'quarter', { yearFromSentence: true })],
    ]);
    expect(read('In 2024, growth slowed in Q3', undefined, yl)[1]).toEqual(['Q3', V('2024-07-01', '2024-09-30', 'quarter', { yearFromSentence: true })]);
  });

  it('reads Chinese yearless months, days, quarters and halves', () => {
    expect(read('5月，7月23日，十二月，三季度，上半年', DOC, yl)).toEqual([
      ['5月', V('2024-05-01', '2024-05-31', 'month', { yearFromDocument: true })],
      ['7月23日', V('2024-07-23', '2024-07-23', 'day', { yearFromDocument: true })],
      ['十二月', V('2024-12-01', '2024-12-31', 'month', { yearFromDocument: true })],
      ['三季度', V('2024-07-01', '2024-09-30', 'quarter', { yearFromDocument: true })],
      ['上半年', V('2024-01-01', '2024-06-30', 'half', { yearFromDocument: true })],
    ]);
  });

  it('reads only capitalised month names, and month names alone only after a preposition', () => {
    expect(read('prices may 5 rise; March on; the Q3 GPU; an H1 chip', DOC, yl)).toEqual([]);
    expect(read('3个月, 第5月', DOC, yl)).toEqual([]);
  });

  it('keeps a date without any year partial when asked, with a scope that overlaps only itself', () => {
    expect(read('On July 24 and in July; 今年5月', undefined, { partial: true })).toEqual([
      ['July 24', V('--07-24', '--07-24', 'day', { partial: { month: 7, day: 24 } })],
      ['July', V('--07', '--07', 'month', { partial: { month: 7 } })],
      ['5月', V('--05', '--05', 'month', { partial: { month: 5 } })],
    ]);
    expect(findDates('On July 24', undefined, { partial: true })[0]!.scope).toEqual({ start: '~--07-24', end: '~--07-24', text: 'July 24' });
    expect(read('in Q3', undefined, { partial: true })).toEqual([]);
    expect(read('Feb 30', undefined, { partial: true })).toEqual([]);
  });
});

describe('times of day', () => {
  it('attaches a time before or after a day, with its zone upper-cased', () => {
    expect(read('released July 24, 9:10 am GMT', DOC, { yearless: true })).toEqual([
      ['July 24, 9:10 am GMT', V('2024-07-24', '2024-07-24', 'day', { yearFromDocument: true, time: { minutes: 550, zone: 'GMT' } })],
    ]);
    expect(read('10am PT on 2024-07-23; 2024-07-23 14:30 UTC; Jun 3, 2026 · 11:44 PM; 2024-07-23 at 9 p.m. (utc+8)')).toEqual([
      ['10am PT on 2024-07-23', V('2024-07-23', '2024-07-23', 'day', { time: { minutes: 600, zone: 'PT' } })],
      ['2024-07-23 14:30 UTC', V('2024-07-23', '2024-07-23', 'day', { time: { minutes: 870, zone: 'UTC' } })],
      ['Jun 3, 2026 · 11:44 PM', V('2026-06-03', '2026-06-03', 'day', { time: { minutes: 1424 } })],
      ['2024-07-23 at 9 p.m.', V('2024-07-23', '2024-07-23', 'day', { time: { minutes: 1260 } })],
    ]);
  });

  it('leaves unknown words, impossible times and periods without a day alone', () => {
    expect(read('2024-07-23, 10am Monday')).toEqual([['2024-07-23, 10am', V('2024-07-23', '2024-07-23', 'day', { time: { minutes: 600 } })]]);
    expect(read('2024-07-23 at 13pm; May 2024 at 10am')).toEqual([
      ['2024-07-23', V('2024-07-23', '2024-07-23', 'day')],
      ['May 2024', V('2024-05-01', '2024-05-31', 'month')],
    ]);
  });

  it('knows the offsets of the zones it reads, with US daylight saving time for PT and ET', () => {
    expect(['GMT', 'UTC', 'CET', 'CEST', 'IST', 'KST', 'JST', 'PST', 'PDT', 'EST', 'EDT', 'UTC+8', 'GMT-05:30'].map((z) => zoneOffset(z))).toEqual([
      0, 0, 60, 120, 330, 540, 540, -480, -420, -300, -240, 480, -330,
    ]);
    expect([zoneOffset('PT', '2024-07-23'), zoneOffset('PT', '2024-01-10'), zoneOffset('ET', '2024-03-10'), zoneOffset('ET', '2024-03-09'), zoneOffset('PT')]).toEqual([-420, -480, -240, -300, undefined]);
    expect(zoneOffset('XYZ')).toBeUndefined();
  });
});

describe('compareDateValues', () => {
  const day = (iso: string, extra: Partial<DateValue> = {}) => V(iso, iso, 'day', extra);
  const month = (y: number, m: number) => V(`${y}-${String(m).padStart(2, '0')}-01`, `${y}-${String(m).padStart(2, '0')}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`, 'month');

  it('compares by precision: a coarser value agrees with the finer ones inside it', () => {
    expect(compareDateValues(month(2022, 6), day('2022-06-14'))).toBe('agree');
    expect(compareDateValues(month(2022, 6), month(2022, 5))).toBe('conflict');
    expect(compareDateValues(V('2023-01-01', '2023-12-31', 'year'), month(2023, 4))).toBe('agree');
    expect(compareDateValues(V('2023-07-01', '2023-09-30', 'quarter'), month(2023, 8))).toBe('agree');
    expect(compareDateValues(V('2023-07-01', '2023-09-30', 'quarter'), month(2023, 10))).toBe('conflict');
    expect(compareDateValues(day('2024-07-23'), day('2024-07-24'))).toBe('conflict');
  });

  it('compares partial dates only on what they state', () => {
    const july24 = V('--07-24', '--07-24', 'day', { partial: { month: 7, day: 24 } });
    const july = V('--07', '--07', 'month', { partial: { month: 7 } });
    expect(compareDateValues(july24, day('2024-07-23'))).toBe('conflict');
    expect(compareDateValues(july, day('2024-07-23'))).toBe('agree');
    expect(compareDateValues(day('2024-07-23'), july)).toBe('agree');
    expect(compareDateValues(july24, month(2024, 7))).toBe('agree');
    expect(compareDateValues(july24, month(2024, 6))).toBe('conflict');
    expect(compareDateValues(july24, V('2024-07-01', '2024-09-30', 'quarter'))).toBe('agree');
    expect(compareDateValues(july24, july)).toBe('agree');
    expect(compareDateValues(july24, V('--07-23', '--07-23', 'day', { partial: { month: 7, day: 23 } }))).toBe('conflict');
    expect(compareDateValues(V('--02-29', '--02-29', 'day', { partial: { month: 2, day: 29 } }), V('2023-01-01', '2023-12-31', 'year'))).toBe('conflict');
  });

  it('compares times only when both sides give one, converting zones it knows', () => {
    const at = (iso: string, minutes: number, zone?: string) => day(iso, { time: zone === undefined ? { minutes } : { minutes, zone } });
    expect(compareDateValues(at('2024-07-23', 550, 'GMT'), at('2024-07-23', 610, 'CET'))).toBe('agree');
    expect(compareDateValues(at('2024-07-23', 550, 'GMT'), at('2024-07-23', 560, 'UTC'))).toBe('conflict');
    expect(compareDateValues(at('2024-07-24', 60, 'UTC'), at('2024-07-23', 1080, 'PT'))).toBe('agree');
    expect(compareDateValues(at('2024-07-23', 600), at('2024-07-23', 660))).toBe('conflict');
    expect(compareDateValues(at('2024-07-23', 600, 'KST'), at('2024-07-23', 660))).toBe('agree');
    expect(compareDateValues(at('2024-07-23', 600, 'JST'), day('2024-07-23'))).toBe('agree');
    expect(compareDateValues(at('2024-07-23', 600, 'JST'), day('2024-07-22'))).toBe('conflict');
    const p = V('--07-23', '--07-23', 'day', { partial: { month: 7, day: 23 }, time: { minutes: 600, zone: 'PT' } });
    expect(compareDateValues(p, at('2024-07-23', 1020, 'UTC'))).toBe('agree');
    expect(compareDateValues(p, at('2024-07-23', 1080, 'UTC'))).toBe('conflict');
  });

  it('lets named periods agree with everything: they cannot be compared', () => {
    expect(compareDateValues(V('~last season', '~last season', 'year'), day('2024-07-23'))).toBe('agree');
  });

  it('is symmetric, and a value agrees with itself and with any period containing it', () => {
    const iso = fc.date({ min: new Date('1990-01-01'), max: new Date('2039-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const value = fc.oneof(
      iso.map((d) => day(d)),
      iso.map((d) => month(Number(d.slice(0, 4)), Number(d.slice(5, 7)))),
      iso.map((d) => V(`${d.slice(0, 4)}-01-01`, `${d.slice(0, 4)}-12-31`, 'year')),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined })).map(([m, dd]) =>
        dd === undefined ? V(`--${String(m).padStart(2, '0')}`, `--${String(m).padStart(2, '0')}`, 'month', { partial: { month: m } }) : V(`--${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, `--${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, 'day', { partial: { month: m, day: dd } }),
      ),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(compareDateValues(a, b)).toBe(compareDateValues(b, a));
        expect(compareDateValues(a, a)).toBe('agree');
      }),
    );
    fc.assert(
      fc.property(iso, (d) => {
        const y = Number(d.slice(0, 4));
        const m = Number(d.slice(5, 7));
        expect([compareDateValues(day(d), month(y, m)), compareDateValues(day(d), V(`${y}-01-01`, `${y}-12-31`, 'year'))]).toEqual(['agree', 'agree']);
      }),
    );
  });

  it('never throws on arbitrary text with every option', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.boolean(), (s, partial) => {
        for (const d of findDates(s, DOC, { yearless: true, partial })) {
          expect(d.start).toBeLessThan(d.end);
          expect(d.end).toBeLessThanOrEqual(s.length);
          expect(d.scope.text).toBe(s.slice(d.start, d.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('oneInstantTwoZones: a zoneless day and a zoned time of day a day apart', () => {
  const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const q = (iso: string, text: string): Quantity => ({ kind: 'quantity', min: dayOf(iso), max: dayOf(iso), unit: 'date', approx: false, text });
  it('is one date where some zone on Earth (UTC−12 to UTC+14) puts the instant on the other day', () => {
    const pairs: [Quantity, Quantity][] = [
      [q('2031-04-09', 'April 9th 2031'), q('2031-04-08', '2031-04-08 16:40 UTC')],
      [q('2031-11-21', 'November 21, 2031, at 2:15 AM (UTC)'), q('2031-11-20', '2031-11-20 00:00')],
      [q('2031-11-22', 'November 22nd 2031'), q('2031-11-21', '2031-11-21 01:10 UTC')],
      [q('2031-04-09', 'April 9, 2031'), q('2031-04-08', 'April 8, 2031')],
      [q('2031-04-09', 'April 9, 2031 at 09:00'), q('2031-04-08', '2031-04-08 18:00')],
      [q('2031-04-09', 'April 9, 2031 at 09:00 UTC'), q('2031-04-08', '2031-04-08 18:00 UTC')],
      [q('2031-04-10', 'April 10, 2031'), q('2031-04-08', '2031-04-08 23:00 UTC')],
    ];
    expect(pairs.map(([a, b]) => [oneInstantTwoZones(a, b), oneInstantTwoZones(b, a)])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});
