// Rule temporal-scope: the same figure of a flow for one entity and attribute placed in different periods,
// or an event predicted in one article that another reports as already past.
import { overlaps } from '../normalise/dates.js';
import { flowPeriods, periodRuleOf } from '../packs/lexicon.js';
import type { Claim, EventValue, Quantity, TimeScope } from '../types.js';
import { describeQuantity, attributeLabel } from './describe.js';
import { interval } from './numeric-mismatch.js';
import { docsUrl, isAsserted, placeName, type Rule } from './rule.js';

/**
 * A figure placed in a period by an article that stands behind it: what the first half of the rule compares. Not a level
 * read as holding at the time of writing ("fell to 4.2", "so far"): the article names no period for it.
 */
const timedFigure = (c: Claim): c is Claim & { value: Quantity } => c.value.kind === 'quantity' && c.time !== undefined && c.latest !== true && isAsserted(c);

/** An event said to happen (or to have happened): what the second half compares. */
const happening = (c: Claim): c is Claim & { value: EventValue } => c.value.kind === 'event' && c.value.polarity === 'happened';

function figuresInTwoPeriods(group: readonly Claim[]): Claim[] {
  const timed = group.filter(timedFigure);
  // By figure, then by period: linear however many articles repeat the figure.
  const byFigure = new Map<string, (Claim & { value: Quantity })[]>();
  for (const c of timed) {
    // A relational figure with another party is another fact ("10% of X" held by A in 2024, by B in 2025).
    const key = `${describeQuantity(c.value)}\u0000${c.counterpart?.id ?? ''}`;
    const list = byFigure.get(key);
    if (list) list.push(c);
    else byFigure.set(key, [c]);
  }
  const involved: Claim[] = [];
  for (const claims of byFigure.values()) {
    const periods = new Map<string, TimeScope>();
    for (const c of claims) periods.set(`${c.time!.start}/${c.time!.end}`, c.time!);
    if (twoApart([...periods.values()])) involved.push(...claims);
  }
  return involved;
}

/**
 * Whether two of the periods do not overlap, in linear time. A named period ("~last season") meets
 * only itself, so it is apart from any period with another start. Of dated periods, some two are
 * apart exactly when the latest start comes after the earliest end (intervals on a line that meet
 * pairwise share a point).
 */
export function twoApart(periods: readonly TimeScope[]): boolean {
  if (periods.length < 2) return false;
  if (periods.some((p) => p.start.startsWith('~'))) return new Set(periods.map((p) => p.start)).size > 1;
  let latestStart = periods[0]!;
  let earliestEnd = periods[0]!;
  for (const p of periods) {
    if (p.start > latestStart.start) latestStart = p;
    if (p.end < earliestEnd.end) earliestEnd = p;
  }
  return latestStart !== earliestEnd && !overlaps(latestStart, earliestEnd);
}

const isPrediction = (c: Claim) => c.modality === 'predicted' && c.published !== undefined;
const isReport = (c: Claim) => isAsserted(c) || c.modality === 'hedged';

/** Longer than a month: a period whose event may have become known only after it ("in 2023", "in the fourth quarter"). */
const COARSE_DAYS = 31;
/** How long after such a period its figures are out at the latest (a year's or a quarter's official statistics). */
const KNOWN_WITHIN_DAYS = 90;
const DAY_MS = 86_400_000;
const days = (t: { start: string; end: string }) => (Date.parse(t.end) - Date.parse(t.start)) / DAY_MS;
const later = (date: string, n: number) => new Date(Date.parse(date) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * A prediction is judged by its own date: it is a finding only when, at the date of the article that
 * makes it, another article dates the event before it ("released in March 2025" against a prediction
 * written in May 2025). A preview written before an event and a report after it agree; without dates,
 * nothing is found. An event a report dates only by a quarter or a year was known by the report's own
 * date, or three months after the period at the latest, not surely before ("overtook Ardenia in 2025", written
 * in February, against "expected to overtake" written in January). A prediction of the event in other places ("when it reaches other markets")
 * is not one of an event the report gives elsewhere or with no place, nor is one of another kind ("full approval").
 */
/** A forecast told in the past ("the agency predicted landfall"), not a live one ("will publish its results for Q2 2025"). */
const PAST_FORECAST = /(?<![\p{L}])(?:predicted|forecast|forecasted|projected|anticipated|prévoyait|avait\s+prévu|pronosticó|previó|vorhergesagt|prognostizierte|prevedeva)(?![\p{L}])/iu;
const FUTURE_WORDS = /(?<![\p{L}])(?:will|shall|is\s+expected|are\s+expected|is\s+set\s+to|are\s+set\s+to|is\s+scheduled|are\s+scheduled|wird|werden|va|vont|sera|seront|será|serán)(?![\p{L}])/iu;
/** How long after a reported occurrence a predicted one is another occurrence (a yearly meeting, a festival, a dividend). */
const RECURRENCE_DAYS = 300;
/** Words that say a prediction is of another occurrence: "the next edition", "a new round", "the following season". */
const NEXT_OCCURRENCE = /(?<![\p{L}])(?:next|following|another|upcoming|new)\s+(?:edition|round|issue|season|instalment|installment|ranking|rankings|report|survey|census|election|tournament)(?![\p{L}])/iu;
function predictedAndPast(group: readonly Claim[]): Claim[] {
  const events = group.filter(happening);
  const predicted = events.filter(isPrediction);
  const past = events.filter(isReport);
  // When the event was known to have happened, as a report dates it ("released in March 2025"); an undated report says nothing of when.
  const knownBy = (q: Claim) => {
    if (!q.time || q.time.start.startsWith('~')) return undefined;
    if (days(q.time) <= COARSE_DAYS) return q.time.end;
    const out = later(q.time.end, KNOWN_WITHIN_DAYS);
    return q.published && q.published.end < out ? q.published.end : out;
  };
  const involved = new Set<Claim>();
  for (const p of predicted) {
    // "On 13 September the agency predicted landfall …", written in December: a forecast its page tells as past, no live one.
    if (p.time && !p.time.start.startsWith('~') && p.time.end < p.published!.start && PAST_FORECAST.test(p.sentence) && !FUTURE_WORDS.test(p.sentence)) continue;
    for (const q of past) {
      const by = knownBy(q);
      if ((p.where !== undefined && placeName(p.where) !== placeName(q.where)) || (p.variant ?? '') !== (q.variant ?? '')) continue;
      // "The next edition will be published in June 2026" against "published in June 2025", "will hold its annual meeting in May
      // 2026" against "held … in May 2025": a prediction of the next occurrence, or of a time a year after the one reported, is
      // not one the report makes stale ("will be released in June" after "released in March" still is).
      if (p.time && q.time && !p.time.start.startsWith('~') && !q.time.start.startsWith('~') && p.time.start > q.time.end && (NEXT_OCCURRENCE.test(p.sentence) || days({ start: q.time.end, end: p.time.start }) >= RECURRENCE_DAYS)) continue;
      if (q.place.file !== p.place.file && by !== undefined && by < p.published!.start) {
        involved.add(p);
        involved.add(q);
      }
    }
  }
  return [...involved];
}

export const temporalScope: Rule = {
  id: 'temporal-scope',
  meta: {
    description: 'One figure placed in two periods, or a predicted event that another article reports as past',
    severity: 'warning',
    url: docsUrl('temporal-scope'),
  },
  grouping: 'entity-attribute',
  sides: (claim) => timedFigure(claim) || (happening(claim) && (isPrediction(claim) || isReport(claim))),
  check(group, { lexicon }) {
    const first = group[0]!;
    // A level (`measure: stock`) or a running count (`measure: tally`) may well be the same at two times: a rate left
    // unchanged, a headcount that held. Only a flow's figure, one period's, is a mistake placed in another.
    const figures = flowPeriods(periodRuleOf(lexicon.attributes.get(first.attribute))) ? figuresInTwoPeriods(group) : [];
    if (figures.length >= 2) {
      const label = attributeLabel(lexicon, first.attribute);
      const periods = [...new Set(figures.map((c) => c.time!.text))];
      const value = figures[0]!.value.kind === 'quantity' ? describeQuantity(figures[0]!.value) : '';
      return [{ claims: figures, message: `${first.entity.name} ${label}: the same figure ${value} placed in different periods (${periods.join(' vs ')})` }];
    }
    const events = predictedAndPast(group);
    if (events.length >= 2) {
      const label = lexicon.pack.events.find((e) => first.value.kind === 'event' && e.id === first.value.event)?.label ?? first.attribute;
      return [{ claims: events, message: `${first.entity.name} ${label}: predicted in one article, reported as past in another` }];
    }
    return [];
  },
  explainClaim(claim, { lexicon }) {
    if (claim.value.kind !== 'quantity') return claim.modality === 'predicted' ? 'a prediction' : 'reported as past';
    const [lo, hi] = interval(claim.value, lexicon.attributes.get(claim.attribute));
    // Rounded as the figures are written: "5.55–5.65", not the sum's binary remainder ("5.6499999999999995").
    const show = (n: number) => String(Number(n.toPrecision(12)));
    return `${describeQuantity(claim.value)} (${show(lo)}–${show(hi)}) in ${claim.time ? `${claim.time.start}..${claim.time.end}` : 'no stated period'}`;
  },
};
