// One instant seen from two zones: a launch's day where it happened ("April 9th 2031") and the UTC timestamp of the
// same launch ("2031-04-08 16:40 UTC") are a day apart on the page and one moment in the world. A day written with no
// zone may be any zone's day; a time of day with a zone is one instant. The day of that instant in some zone on Earth
// (UTC−12:00 to UTC+14:00) that is the other side's day makes the two one date. Two plain days a day apart, or a time
// of day with no zone on both sides, stay two dates: nothing says where either day was counted.
import { findDates, zoneOffset, type TimeOfDay } from './dates.js';
import type { Quantity } from '../types.js';

/** The zones furthest west and east of UTC, in minutes. */
const WEST = -12 * 60;
const EAST = 14 * 60;
const MINUTES_A_DAY = 1440;

/** A day (days since 1970) with a time of day in a zone the grammar converts: its instant in UTC minutes. */
function zonedInstant(q: Quantity): number | undefined {
  if (q.min === null || q.min !== q.max) return undefined;
  const read = findDates(q.text);
  if (read.length !== 1) return undefined;
  const time: TimeOfDay | undefined = read[0]!.value.time;
  if (time?.zone === undefined || read[0]!.value.precision !== 'day') return undefined;
  const offset = zoneOffset(time.zone, read[0]!.value.start);
  return offset === undefined ? undefined : q.min * MINUTES_A_DAY + time.minutes - offset;
}

/**
 * Whether two dates (days since 1970, `unit: date`) are one instant seen from two zones: one side a day with a time of day
 * in a zone ("2031-04-08 16:40 UTC"), the other one day with no zone ("April 9th 2031"; a time of day it gives with no
 * zone is taken as a placeholder of its day, "2031-11-20 00:00"), and some zone on Earth puts the instant on that day.
 */
export function oneInstantTwoZones(a: Quantity, b: Quantity): boolean {
  if (a.unit !== 'date' || b.unit !== 'date') return false;
  // Each side's text is read once: exactly one side must be an instant.
  const [ia, ib] = [zonedInstant(a), zonedInstant(b)];
  if ((ia === undefined) === (ib === undefined)) return false;
  const [instant, local] = ia !== undefined ? [ia, b] : [ib!, a];
  if (local.min === null || local.min !== local.max) return false;
  // The offsets that put the instant on the local day: [day start − instant, day end − instant), within WEST..EAST.
  const from = local.min * MINUTES_A_DAY - instant;
  const to = (local.min + 1) * MINUTES_A_DAY - instant;
  return from <= EAST && to > WEST;
}
