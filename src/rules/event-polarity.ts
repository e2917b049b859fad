// Rule event-polarity: one event asserted as having happened and as not having happened. Events of two kinds ("full
// approval", "conditional approval": the claims' variant) are two events. A denial dated to a period ("no emergency was
// declared in 2024") denies it only then: it meets an event said to have happened in that period, or one a page reports
// without a date that was written in it ("has declared" on a page of that year), not one dated or written another year. A
// denial dated only to its page's own day ("No schools have been closed" under a dateline), or undated on a dated page, meets
// reports dated up to that day (and undated ones).
// Events said of two places or two agents (`where`: "in Italy", "by the agency X") are two events; a denial said of a place
// meets no report that names none.
import { overlaps } from '../normalise/dates.js';
import type { Claim, EventValue } from '../types.js';
import { docsUrl, isAsserted, isSupporting, placeName, type Rule } from './rule.js';

type EventClaim = Claim & { value: EventValue };

/**
 * Whether a denial and a report of the event may speak of one time: the denial has no date, or the event's date shares a
 * day with it; an event with no date happened by its page's date.
 */
function sameTime(denied: EventClaim, happened: EventClaim): boolean {
  // "Corvessa has not banned barley exports" on a page of 17 August: not by then; a ban dated 2 September is no contradiction.
  if (denied.time === undefined) return happened.time === undefined || denied.published === undefined || happened.time.start.startsWith('~') || happened.time.start <= denied.published.end;
  // "No schools have been closed" on a page of March 18, dated by its dateline: a denial dated to its own page's day says
  // the event has not happened by then, so it meets any report of it up to that day.
  if (happened.time !== undefined && onItsPageDay(denied)) return !happened.time.start.startsWith('~') && happened.time.start <= denied.time.end;
  if (happened.time !== undefined) return overlaps(denied.time, happened.time);
  // "Dockworkers are on strike" on a page of June 2025 does not meet "there was no strike in 2024": an undated report is of
  // the time its page was written, which must fall in the denial's period.
  return happened.published !== undefined && !denied.time.start.startsWith('~') && overlaps(denied.time, happened.published);
}

/**
 * Whether a denial and a report speak of one place or agent: the same, or none on one side ("went on sale in Italy" and
 * "has not gone on sale in France" are two). A denial said of a place ("has not shipped in Corvalia") does not meet a report
 * that names none ("shipments began in April"): that may have happened elsewhere. (An agent, "by the agency X", is no place.)
 */
const samePlace = (denied: Claim, happened: Claim) =>
  denied.where === undefined ||
  (happened.where === undefined ? /^by\s/u.test(denied.where) : placeName(denied.where) === placeName(happened.where));

/** Whether a claim's date is the day its page was written. */
const onItsPageDay = (c: Claim) => c.time !== undefined && c.published !== undefined && c.time.start === c.published.start && c.time.end === c.published.end && c.time.start === c.time.end;

export const eventPolarity: Rule = {
  id: 'event-polarity',
  meta: {
    description: 'An event cannot be asserted both to have happened and not to have happened',
    severity: 'error',
    url: docsUrl('event-polarity'),
  },
  check(group, { lexicon }) {
    const events = group.filter((c): c is EventClaim => c.value.kind === 'event' && isSupporting(c));
    const kinds = new Set(events.filter(isAsserted).map((c) => c.variant ?? ''));
    // Per kind, the denials and reports that meet another (the claims that support them, undated or of a met date, ride along).
    const met = new Set<EventClaim>();
    for (const kind of kinds) {
      const asserted = events.filter((c) => isAsserted(c) && (c.variant ?? '') === kind);
      const happened = asserted.filter((c) => c.value.polarity === 'happened');
      for (const denied of asserted.filter((c) => c.value.polarity === 'not-happened')) {
        const meeting = happened.filter((h) => sameTime(denied, h) && samePlace(denied, h));
        if (meeting.length === 0) continue;
        met.add(denied);
        for (const h of meeting) met.add(h);
      }
    }
    if (met.size === 0) return [];
    const clashing = new Set([...met].map((c) => c.variant ?? ''));
    const claims = events.filter((c) => met.has(c) || (!isAsserted(c) && clashing.has(c.variant ?? '')));
    const first = claims[0]!;
    const label = lexicon.pack.events.find((e) => e.id === first.value.event)?.label ?? first.value.event;
    return [{ claims, message: `${first.entity.name} ${label}: happened vs did not happen` }];
  },
};
