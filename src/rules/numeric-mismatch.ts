// Rule numeric-mismatch: figures for one entity, attribute and period whose intervals do not overlap.
//
// Periods: a flow (revenue in a year; every attribute a pack does not mark otherwise) is compared only within
// one period. A stock (`measure: stock`: stars, staff, a level at a time) is compared within one period and
// with the periods that contain it: "as of March 2025" with "in 2025" and "in Q1 2025", never March with April.
// Such a finding lists the inner period's figures and the containing periods' figures that clash with them.
//
// Tolerance: an exact figure stands for what its rounding allows ("6" = 5.5–6.5, "3,417" = 3,416.5–3,417.5), a
// scaled one at most 7.5% of itself ("2 trillion" = 1.85–2.15 trillion). A whole number ending in zeros stands for
// half a step of its last other digit, at most 2.5% of itself, or ±0.5% if wider ("470 g" = 465–475, "28,000" =
// 27,500–28,500, "5,000" = 4,875–5,125, "2,470" = 2,457.65–2,482.35). A whole number of four digits or more ending
// in another digit may have been cut short ("1604 kg" = 1,603.5–1,605), and so may one of two or three digits
// written to a scale ("46B" = 45.5–47B: 46.7B cut short). Pack attributes may set a relative
// `tolerance.exact`, and
// an approximate one ("~200B", "roughly") for ±10% (`tolerance.approx`), as is a figure that repeats the size
// its entity's name states ("13B" for "Acme-13B": names round). "Over N" is read as N up to
// N plus one step of N's last significant digit, and at least 10% of N: "over 8,000" = 8,000–9,000,
// "over $40B" = $40B–$50B; "under N" likewise downwards, so two bounds are compared, while a point figure on a
// bound's open side agrees with it ("more than 4 per cent" and "9.2%"). A range "20–30%" is its two ends. Two floors of a
// count that only grows (`measure: tally`: "over 40,000 evacuated", "exceeds 64,000") both hold: no clash. Two figures
// written in units of two systems ("412 feet", "125 m") agree within 1% once converted.
import { mayBeFamily } from '../normalise/entities.js';
import { parseQuantity } from '../normalise/numbers.js';
import { halfUnit, lastDigit } from '../normalise/precision.js';
import { oneInstantTwoZones } from '../normalise/zoned-days.js';
import type { PackAttribute } from '../packs/types.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Claim, PeriodLength, Quantity, TimeScope, Value } from '../types.js';
import { powerOfTwo, sizeOf } from './attribution.js';
import { describeFigure, describeQuantity, factLabel, FOR_LENGTH, isLooseVariant } from './describe.js';
import { compareClaims, docsUrl, isAsserted, isOtherMarket, isPart, isSupporting, placeName, type Finding, type Rule } from './rule.js';

/** One step of the last significant digit of n: 8,000 → 1,000; 236 → 1; 40e9 → 10e9. */
function step(n: number): number {
  const a = Math.abs(n);
  if (a === 0) return 1;
  let digits = a;
  let power = 0;
  while (digits >= 10 && digits % 10 === 0) {
    digits /= 10;
    power++;
  }
  if (!Number.isInteger(digits)) {
    const decimals = (String(a).split('.')[1] ?? '').length;
    return Math.pow(10, -decimals);
  }
  return Math.pow(10, power);
}

/** The most a stated figure's rounding may reach, as a fraction of it. */
const ROUNDING_REACH = 0.075;
/** The most the zeros ending a whole number may round, as a fraction of it ("5,000 mAh" is not 4,800). */
const ZEROS_REACH = 0.025;

/** The two horsepowers the unit grammar reads (src/normalise/units.ts): mechanical (hp, bhp) and metric (PS, CV, ch, 马力). */
const HORSEPOWERS = new Set(['horsepower', 'metric-horsepower']);
/** How far apart the two horsepowers are: 745.7 W against 735.5 W. */
const HORSEPOWER_SPREAD = 0.014;

export function interval(q: Quantity, attribute?: PackAttribute): [number, number] {
  // A date is the period it names: "December 2023" is its 31 days, nothing more; its last day runs to the next one's
  // start, so that "31 December 2023" lies in "December 2023" and two days apart do not meet.
  if (q.unit === 'date') return [q.min ?? -Infinity, q.max === null ? Infinity : q.max + 1];
  // A figure is as precise as its digits ("3,417" is not 3,414), but zeros at the end of a whole number may be
  // rounding ("470 g" for 474 g: half a step of its last digit other than 0); such a figure, and one in words, is
  // given ±0.5% of itself as well, whichever is wider.
  const last = lastDigit(q);
  const exact = attribute?.tolerance?.exact ?? (last.how === 'words' || last.how === 'zeros' ? 0.005 : 0);
  const approx = attribute?.tolerance?.approx ?? 0.1;
  // A figure also stands for what its rounding allows ("6 tonnes" is 5.5 to 6.5), but a round figure
  // stands for at most ROUNDING_REACH of itself: "2 trillion" is not 1.5 trillion (zeros ending a whole number, ZEROS_REACH). A figure written in
  // whole units with no scale ("6 TB/s", "8 kg": its last digit worth one unit) keeps its rounding: "6 TB/s" may be 6.4 TB/s rounded.
  const rounding = halfUnit(q) * 10 ** last.zeros;
  const rounded = (n: number) =>
    last.how === 'zeros' ? Math.min(rounding, Math.abs(n) * ZEROS_REACH) : rounding <= 0.5 ? rounding : Math.min(rounding, Math.abs(n) * ROUNDING_REACH);
  // "312 horsepower" on a page that means metric horsepower (PS, 735.5 W) and "312 PS": a figure written in either is
  // taken as either (1.4% apart), since pages mix them up.
  const either = HORSEPOWERS.has(parseQuantity(q.text)?.unit ?? '') ? HORSEPOWER_SPREAD : 0;
  const widen = (n: number) => Math.max(Math.abs(n) * Math.max(q.approx ? approx : exact, either), rounded(n));
  if (q.min !== null && q.max !== null) {
    // "1604 kg" may be 1,604.37 kg cut short: the upper end reaches one more half unit.
    if (q.min === q.max) return [q.min - widen(q.min), q.max + widen(q.max) + (!q.approx && last.how === 'cut' ? rounded(q.max) : 0)];
    return [q.min - Math.abs(q.min) * exact, q.max + Math.abs(q.max) * exact];
  }
  if (q.min !== null) return [q.min, q.min + Math.max(step(q.min), Math.abs(q.min) * 0.1)];
  if (q.max !== null) return [q.max - Math.max(step(q.max), Math.abs(q.max) * 0.1), q.max];
  return [-Infinity, Infinity];
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** Whether a figure is the size its entity's name states ("13B" for "Acme-13B"), which names round. */
function nominalSize(c: QuantityClaim): boolean {
  const size = /^(\d+(?:\.\d+)?)([kmbt])$/.exec(sizeOf(c.entity.name));
  if (!size || c.value.min === null || c.value.min !== c.value.max) return false;
  const n = Number(size[1]) * SCALE[size[2]!]!;
  return Math.abs(c.value.min - n) <= n * 1e-9;
}

/** The interval a claim's figure is compared as: the size its entity's name states is a rounded label ("13B" for "Acme-13B"), read as approximate. */
const claimInterval = (c: QuantityClaim, attribute: PackAttribute | undefined) => interval(nominalSize(c) ? { ...c.value, approx: true } : c.value, attribute);

/** Open intervals meet when they share more than an end point ("10 goals" and "11 goals" do not). */
const overlap = (a: [number, number], b: [number, number]) => (a[0] < b[1] && b[0] < a[1]) || (a[0] === b[0] && a[1] === b[1]);

/**
 * Whether two claims (not `exempt` from each other) have disjoint intervals, in linear time: if any
 * pair is disjoint, the claim with the highest lower end is disjoint from one whose upper end lies
 * below it, or the one with the lowest upper end from one whose lower end lies above it.
 */
function hasDisjointPair<T extends object>(items: readonly T[], range: (t: T) => [number, number], exempt: (a: T, b: T) => boolean): boolean {
  if (items.length < 2) return false;
  let highLow = items[0]!;
  let lowHigh = items[0]!;
  for (const item of items) {
    if (range(item)[0] > range(highLow)[0]) highLow = item;
    if (range(item)[1] < range(lowHigh)[1]) lowHigh = item;
  }
  if (
    items.some((item) => (!exempt(item, highLow) && !overlap(range(item), range(highLow))) || (!exempt(item, lowHigh) && !overlap(range(item), range(lowHigh))))
  ) {
    return true;
  }
  // The extremes may be exempt from the pair that clashes (another agency's approval, another place's figure): in a group
  // of a size a page or a few write, every pair is asked.
  if (items.length > EXACT_PAIRS_UP_TO) return false;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (!exempt(items[i]!, items[j]!) && !overlap(range(items[i]!), range(items[j]!))) return true;
  }
  return false;
}
/** Groups up to this size are checked pair by pair when their extremes find no clash. */
const EXACT_PAIRS_UP_TO = 200;

/** Whether some member-scope value is disjoint from some direct one, in linear time (the extremes of the direct values decide). */
function memberClash(direct: readonly Claim[], members: readonly Claim[], range: (c: Claim) => [number, number], exempt: (a: Claim, b: Claim) => boolean): boolean {
  if (direct.length === 0 || members.length === 0) return false;
  let highLow = direct[0]!;
  let lowHigh = direct[0]!;
  for (const d of direct) {
    if (range(d)[0] > range(highLow)[0]) highLow = d;
    if (range(d)[1] < range(lowHigh)[1]) lowHigh = d;
  }
  return members.some((m) => (!exempt(m, highLow) && !overlap(range(m), range(highLow))) || (!exempt(m, lowHigh) && !overlap(range(m), range(lowHigh))));
}

/** A message names at most this many figures (a corpus may hold hundreds for one fact); the claims list them all. */
const MAX_LISTED_VALUES = 6;

type QuantityClaim = Claim & { value: Quantity };

/** Two figures of one sentence are two things the sentence tells apart, not a contradiction. */
const sameSentence = (a: Claim, b: Claim) => a.place.file === b.place.file && a.sentence === b.sentence;

/**
 * Whether a point figure lies on the open side of a bound ("9.2%" beyond "more than 4 per cent", "12" below "under 20"), or
 * a range reaches the bound ("$78–100 million" and "$100+ million" both hold at $100 million).
 */
const keeps = (bound: Value, point: Value) =>
  bound.kind === 'quantity' &&
  point.kind === 'quantity' &&
  point.min !== null &&
  point.max !== null &&
  ((bound.max === null && bound.min !== null && point.max >= bound.min) || (bound.min === null && bound.max !== null && point.min <= bound.max));

/**
 * Figures said of two different places ("$46 million in the United States", "$57 million in China"), or a count said of a
 * part of the subject ("nine engines on the core stage", "in Corvalia alone", src/extract/where.ts) and one of another part or of
 * the whole, or a figure of a market other than the home one ("worldwide", "overseas") and one that names no market.
 */
const elsewhere = (a: Claim, b: Claim) => {
  const [x, y] = [a.where ?? placeByAgreement.get(a), b.where ?? placeByAgreement.get(b)];
  return placeName(x) !== placeName(y) && ((x !== undefined && y !== undefined) || isPart(x) || isPart(y) || isOtherMarket(x) || isOtherMarket(y));
};
/**
 * An event's date that names no place but agrees with the date of one place's event ("se estrenó … el 18 de julio" against
 * "released in the United States on July 11 and in Spain on 18 July"): that place's, so not set against another place's
 * date. One that agrees with no place's date, or with dates of several, stays unplaced and meets all.
 */
const placeByAgreement = new WeakMap<Claim, string>();
function placeDatesByAgreement(group: readonly Claim[], lexicon: Lexicon): void {
  const dates = group.filter((c): c is QuantityClaim => c.value.kind === 'quantity' && c.value.unit === 'date' && c.attribute.startsWith('event.') && c.attribute.endsWith('.date'));
  const placed = dates.filter((c) => c.where !== undefined && !isPart(c.where) && !isOtherMarket(c.where));
  if (placed.length === 0) return;
  const span = (c: QuantityClaim) => interval(c.value, lexicon.attributes.get(c.attribute));
  for (const c of dates) {
    if (c.where !== undefined) continue;
    const [lo, hi] = span(c);
    const places = new Set(placed.filter((p) => span(p)[0] < hi && lo < span(p)[1]).map((p) => placeName(p.where)));
    const agreeing = placed.find((p) => placeName(p.where) === [...places][0]);
    if (places.size === 1 && agreeing) placeByAgreement.set(c, agreeing.where!);
  }
}
/**
 * The options of one record: the claims of a group read from the label lines one block of label lines repeats ("year: 2006"
 * over "year: 1996", `Claim.record`), by claim.
 */
const recordOptions = new WeakMap<Claim, readonly Claim[]>();
function noteRecordOptions(group: readonly Claim[]): void {
  const records = new Map<string, Claim[]>();
  for (const c of group) {
    if (c.record === undefined) continue;
    const key = `${c.place.file}\n${c.record}`;
    const list = records.get(key);
    if (list) list.push(c);
    else records.set(key, [c]);
  }
  for (const list of records.values()) for (const c of list) recordOptions.set(c, list);
}
/**
 * Two options of one record (an original's year and an edition's, one year a volume) are no rivals; a figure that agrees with
 * any option of a record agrees with the record, so it is set against none of its options.
 */
function recordAgrees(a: Claim, b: Claim): boolean {
  const [x, y] = [recordOptions.get(a), recordOptions.get(b)];
  if (x === undefined && y === undefined) return false;
  if (x !== undefined && x === y) return true;
  const meets = (options: readonly Claim[] | undefined, other: Claim) =>
    options !== undefined && other.value.kind === 'quantity' && options.some((o) => o.value.kind === 'quantity' && o.value.unit === (other.value as Quantity).unit && overlap(interval(o.value), interval(other.value as Quantity)));
  return meets(x, b) || meets(y, a);
}

/**
 * After a total, the words that open its parts: "466 stoppages, with 47 planned and 419 not", "including 12 children", "of which",
 * or a parenthesis that lists them ("31 on board (28 sailors and 3 pilots)").
 */
const PARTS_AFTER = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:with|including|of\s+which|among\s+them|comprising)\s[^.;!?]{0,80}$/iu;
/** A parenthesis right after a total that breaks it into parts: "31 on board (28 sailors and 3 pilots)". */
const PARTS_IN_PARENS = /^[^()（）]{0,40}?[(（][^()（）]*\d[^()（）]*(?<![\p{L}])(?:and|und|et|y|e|和|及|与|與)(?![\p{L}])[^()（）]*\d[^()（）]*[)）]/u;
/**
 * Whether `part`'s figure is one of the parts `whole`'s sentence breaks its figure into ("noted 466 stoppages, with 47
 * planned and 419 not" against "419 stoppages"): that article says both, of different things. Whole numbers of two
 * digits or more only, written as the part's article writes them.
 */
function partOfTotal(part: Claim, whole: Claim): boolean {
  const numeral = /\d[\d,.]*\d/u.exec(part.value.kind === 'quantity' ? part.value.text : '')?.[0];
  if (numeral === undefined || whole.value.kind !== 'quantity') return false;
  const at = whole.sentence.indexOf(whole.value.text);
  if (at === -1) return false;
  const rest = whole.sentence.slice(at + whole.value.text.length, at + whole.value.text.length + 160);
  // The part's numeral standing alone: no digit or separator glued before it, no digit (or a separator and a digit) after.
  for (let i = rest.indexOf(numeral); i !== -1; i = rest.indexOf(numeral, i + 1)) {
    const before = rest[i - 1] ?? ' ';
    const after = rest.slice(i + numeral.length, i + numeral.length + 2);
    if (/[\d.,]/u.test(before) || /^(?:\d|[.,]\d)/u.test(after)) continue;
    const lead = rest.slice(0, i);
    // A parenthesis counts only where it lists parts with "and" ("(28 sailors and 3 pilots)"), not a figure of another time.
    return /[(（][^()（）]*$/u.test(lead) ? PARTS_IN_PARENS.test(rest) : PARTS_AFTER.test(lead);
  }
  return false;
}

/**
 * A page's figures of one fact, less those it goes on to replace: a figure before one of the same period the page says
 * holds now ("was later revised to 256,000 tokens", "now stands at 40") is the page's history, not what it states against
 * other pages.
 */
function current(group: readonly Claim[]): readonly Claim[] {
  const latest = group.filter((c) => c.latest === true);
  if (latest.length === 0) return group;
  const samePeriod = (a: Claim, b: Claim) => a.time?.start === b.time?.start && a.time?.end === b.time?.end && a.periodLength === b.periodLength;
  return group.filter((c) => c.latest === true || !latest.some((l) => l.place.file === c.place.file && compareClaims(c, l) < 0 && samePeriod(c, l)));
}

/**
 * Two figures of one page, one said to hold at the time of writing ("截至目前仍有5人下落不明", "five are still missing") and
 * one not ("导致9人失踪", the count the page's story starts from): the page tells a change, not two values of one time.
 */
const laterOnPage = (a: Claim, b: Claim) => a.place.file === b.place.file && (a.latest === true) !== (b.latest === true);

/**
 * Dates of events of two kinds ("conditional approval in January", "full approval in July"), or of one kind and one unnamed;
 * figures of two quarters or halves no year places ("first-quarter revenue", "fourth-quarter revenue"), or benchmark scores
 * in two settings ("5-shot", "0-shot"), though one whose words name no quarter or setting may be of either.
 */
const otherKind = (a: Claim, b: Claim) => {
  const x = a.variant ?? '';
  const y = b.variant ?? '';
  return x !== y && !(x === '' && isLooseVariant(y)) && !(y === '' && isLooseVariant(x));
};

/**
 * Figures that do not contradict each other whatever their intervals: two of one sentence, two of one page of which one
 * holds at the time of writing, two of different places or
 * of events of different kinds, and a point figure
 * beyond a bound on its open side ("holds more than 4 per cent" and "a 9.2% stake": a bound says no more than
 * that). Two bounds are still read as the figures they round ("over 8,000" against "over 6,000"). A day and a time of day in a
 * zone a day apart that some zone on Earth makes one instant ("April 9th 2031", "2031-04-08 16:40 UTC") are one date
 * (src/normalise/zoned-days.ts).
 */
const compatibleFigures = (a: Claim, b: Claim) =>
  sameSentence(a, b) || recordAgrees(a, b) || convertedNear(a.value, b.value) || troyNear(a.value, b.value) || troyNear(b.value, a.value) || binaryNear(a.value, b.value) || binaryNear(b.value, a.value) || laterOnPage(a, b) || elsewhere(a, b) || otherKind(a, b) || keeps(a.value, b.value) || keeps(b.value, a.value) || partOfTotal(a, b) || partOfTotal(b, a) || oneInstantTwoZones(a.value as Quantity, b.value as Quantity);

/** Units of the imperial and US systems, as the unit grammar reads them (src/normalise/units.ts). */
const IMPERIAL = new Set(['foot', 'inch', 'mile', 'yard', 'pound', 'ounce', 'mile-per-hour']);
/** How far apart a figure and one written in the other system may be: one is often a conversion of a rounded other. */
const CONVERSION_SPREAD = 0.01;

/** Two figures that are each one value (no range, no bound), as their values; else undefined. */
function pointFigures(a: Value, b: Value): [number, number] | undefined {
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.min === null || b.min === null || a.min !== a.max || b.min !== b.max) return undefined;
  return [a.min, b.min];
}

/**
 * "412 feet" and "125 m", "2.3 miles" and "3.7 km": two figures written in units of two systems, within 1% of each other
 * once converted. Pages convert a figure they round, or take each system's figure from a different source.
 */
function convertedNear(a: Value, b: Value): boolean {
  const points = pointFigures(a, b);
  if (!points || Math.abs(points[0] - points[1]) > CONVERSION_SPREAD * Math.max(Math.abs(points[0]), Math.abs(points[1]))) return false;
  const [ua, ub] = [writtenUnit(a as Quantity), writtenUnit(b as Quantity)];
  return ua !== '' && ub !== '' && IMPERIAL.has(ua) !== IMPERIAL.has(ub);
}

/**
 * "128K tokens" and "131,072 tokens", "1M" and "1,048,576": a figure written with K or M that a page wrote out as a power of
 * 1,024 (memory and context lengths are counted so), the same value. However both are written, n×1,000 and n×1,024 with n a
 * power of two ("128,000 tokens" and "131,072 tokens"), or n×1,000,000 against n×1,048,576 (n×1,000,000,000 against n×2³⁰),
 * are one size read in the two ways: the decimal and the binary thousand. Dates are never so read.
 */
function binaryNear(a: Value, b: Value): boolean {
  const points = pointFigures(a, b);
  if (!points || (a as Quantity).unit === 'date') return false;
  if (twoThousands(points[0], points[1])) return true;
  const scale = /\d\s*([KkM])(?![\p{L}])/u.exec(a.text)?.[1];
  if (scale === undefined) return false;
  const [decimal, binary] = scale === 'M' ? [1e6, 1024 * 1024] : [1e3, 1024];
  const n = points[0] / decimal;
  return Number.isInteger(n) && n > 0 && points[1] === n * binary;
}

/** The decimal and the binary thousand, million and billion. */
const THOUSANDS: readonly [number, number][] = [
  [1e3, 2 ** 10],
  [1e6, 2 ** 20],
  [1e9, 2 ** 30],
];
/** Whether the smaller of two figures is n decimal thousands (or millions, billions) and the larger n binary ones, n a power of two. */
function twoThousands(x: number, y: number): boolean {
  const [lo, hi] = x < y ? [x, y] : [y, x];
  return THOUSANDS.some(([decimal, binary]) => powerOfTwo(lo / decimal) && hi === (lo / decimal) * binary);
}

/** A troy ounce (31.1034768 g) over an ounce (28.349523125 g): precious metals are weighed in troy ounces, often written "ounces". */
const TROY_OVER_OUNCE = 31.1034768 / 28.349523125;
const METRIC_MASS = new Set(['gram', 'kilogram', 'tonne', 'megatonne', 'troy-ounce']);
/**
 * "318,000 ounces of gold" and "9.9 tonnes": a figure written in ounces that agrees with one in a metric unit once read as
 * troy ounces (within 1%).
 */
function troyNear(a: Value, b: Value): boolean {
  const points = pointFigures(a, b);
  if (!points || writtenUnit(a as Quantity) !== 'ounce' || !METRIC_MASS.has(writtenUnit(b as Quantity))) return false;
  const troy = points[0] * TROY_OVER_OUNCE;
  return Math.abs(troy - points[1]) <= CONVERSION_SPREAD * Math.max(Math.abs(troy), Math.abs(points[1]));
}

/** The unit a figure was written in, before conversion ("412 feet": foot), read once per figure. */
const WRITTEN_UNITS = new WeakMap<Quantity, string>();
function writtenUnit(q: Quantity): string {
  let unit = WRITTEN_UNITS.get(q);
  if (unit === undefined) WRITTEN_UNITS.set(q, (unit = parseQuantity(q.text)?.unit ?? ''));
  return unit;
}

/** Two floors ("over 40,000", "exceeds 64,000") of a count that only grows (`measure: tally`): both hold once it passes the higher. */
const floors = (a: Value, b: Value) => a.kind === 'quantity' && b.kind === 'quantity' && a.max === null && b.max === null && a.min !== null && b.min !== null;
/** Whether `a`'s figure is no more than `b`'s: every value `a` may have is at most the least `b` may have. */
const noMore = (a: Value, b: Value) => a.kind === 'quantity' && b.kind === 'quantity' && a.max !== null && b.min !== null && a.max <= b.min;
/**
 * Two pages' figures of a count that only grows, one a running count at its time of writing ("71 seats so far", "with 62% of
 * ballots counted"): a page of the same day may be written hours before or after, so a running count below the other
 * page's figure, or two running counts of one page (a live page's entries of one day), tell how far the count had come, not
 * two values of one time.
 */
const runningBelow = (a: Claim, b: Claim) =>
  a.place.file === b.place.file
    ? a.latest === true && b.latest === true
    : (a.latest === true && b.latest !== true && noMore(a.value, b.value)) || (b.latest === true && a.latest !== true && noMore(b.value, a.value));
/** What agrees for one attribute: compatible figures, and for a tally two floors and a running count below another. */
const compatibleFor = (attribute: PackAttribute | undefined) =>
  attribute?.measure === 'tally' ? (a: Claim, b: Claim) => compatibleFigures(a, b) || floors(a.value, b.value) || runningBelow(a, b) : compatibleFigures;

/**
 * Whether this rule reads two figures of one attribute as two values, periods aside (the caller chooses which figures
 * meet): in one unit, their intervals apart and nothing that lets both hold. "32K tokens" and "32,768 tokens" are one
 * value, "8,192 tokens" and "32,768 tokens" are two.
 */
export function figuresClash(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (a.value.kind !== 'quantity' || b.value.kind !== 'quantity' || a.value.unit !== b.value.unit) return false;
  const attribute = lexicon.attributes.get(a.attribute);
  return twoValues(compatibleFor(attribute), (c) => claimInterval(c, attribute))(a as QuantityClaim, b as QuantityClaim);
}

/**
 * How the rule compares two figures of one fact: two values when nothing lets both hold and their intervals are apart.
 * Two members' figures lifted to their line are never compared ("Acme 3 70B" and "Acme 3 8B" each meet only what is said
 * of "Acme 3").
 */
const twoValues =
  (compatible: (a: Claim, b: Claim) => boolean, intervalOf: (c: QuantityClaim) => [number, number]) =>
  (a: QuantityClaim, b: QuantityClaim) =>
    !(a.scope === 'member' && b.scope === 'member') && !compatible(a, b) && !overlap(intervalOf(a), intervalOf(b));

/**
 * The claims of a finding that another of them contradicts (`clash`), in their order: a figure every other agrees with is no
 * side ("March 2025" beside "12 March 2025" and "21 March 2025", "about 205 g" beside "200 g" and "212 g"). Asked pair by
 * pair only in findings of the size hasDisjointPair asks so; a larger finding lists every claim.
 */
function contradicted<C>(claims: readonly C[], clash: (a: C, b: C) => boolean): C[] {
  if (claims.length > EXACT_PAIRS_UP_TO) return [...claims];
  const met = new Set<C>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) if (clash(claims[i]!, claims[j]!)) met.add(claims[i]!).add(claims[j]!);
  }
  return claims.filter((c) => met.has(c));
}

/** What one period's figures hold: those compared (one unit), the asserted ones said of the entity itself, and their clash. */
interface PeriodFigures {
  claims: QuantityClaim[];
  direct: QuantityClaim[];
  asserted: QuantityClaim[];
  clash: boolean;
}

function periodFigures(group: readonly Claim[], lexicon: Lexicon, intervalOf: (c: QuantityClaim) => [number, number], apart?: (a: Claim, b: Claim) => boolean): PeriodFigures {
  const unit = group.find((c) => c.value.kind === 'quantity')?.value;
  const claims = group.filter((c): c is QuantityClaim => c.value.kind === 'quantity' && isSupporting(c) && c.value.unit === (unit as Quantity | undefined)?.unit);
  const attribute = lexicon.attributes.get(group[0]!.attribute);
  // A value said of some members ("MoE models like X") or, for an attribute that varies by member, of a
  // name that may stand for a family ("Acme 3 70B" and "Acme 3 8B" are both "Acme 3"), is no clash.
  const family = attribute?.variesByMember === true && mayBeFamily(lexicon, group[0]!.entity);
  const direct = family ? [] : claims.filter((c) => isAsserted(c) && c.scope !== 'member');
  // A member's value lifted to its line ("Acme 3.1 70B" released July 23 dates "Acme 3.1") meets what is
  // said of the line itself, never another member's value.
  const members = family ? [] : claims.filter((c) => isAsserted(c) && c.scope === 'member');
  const alike = compatibleFor(attribute);
  const compatible = apart ? (a: Claim, b: Claim) => apart(a, b) || alike(a, b) : alike;
  const clash = hasDisjointPair(direct, intervalOf, compatible) || memberClash(direct, members, (c) => intervalOf(c as QuantityClaim), compatible);
  return { claims, direct, asserted: [...direct, ...members], clash };
}

/** The figures a message lists: one entry for each value (`key`), shown as its first figure is (`text`). */
function listValues(values: { key: string; text: string }[]): string {
  const byKey = new Map<string, string>();
  for (const { key, text } of values) if (!byKey.has(key)) byKey.set(key, text);
  const distinct = [...byKey.values()];
  return distinct.length > MAX_LISTED_VALUES ? `${distinct.slice(0, MAX_LISTED_VALUES).join(' vs ')} and ${distinct.length - MAX_LISTED_VALUES} other figures` : distinct.join(' vs ');
}

const periodKey = (c: Claim) => (c.time ? `${c.time.start}/${c.time.end}` : '');

/** Whether `outer` contains `inner` (and is not it); a named period ("~last season") contains nothing and lies in nothing. */
const contains = (outer: TimeScope, inner: TimeScope) =>
  !outer.start.startsWith('~') && !inner.start.startsWith('~') && outer.start <= inner.start && inner.end <= outer.end && (outer.start !== inner.start || outer.end !== inner.end);

/**
 * A stock's figures over several periods: for each period, its own clash (as for one period) and the figures of
 * periods that contain it which clash with its figures. The extremes of the inner figures decide, as in memberClash.
 */
function stockFindings(group: readonly Claim[], lexicon: Lexicon, intervalOf: (c: QuantityClaim) => [number, number]): Finding[] {
  const byPeriod = new Map<string, Claim[]>();
  for (const c of group) {
    const list = byPeriod.get(periodKey(c));
    if (list) list.push(c);
    else byPeriod.set(periodKey(c), [c]);
  }
  const periods = [...byPeriod.values()].map((claims) => ({ time: claims[0]!.time!, figures: periodFigures(claims, lexicon, intervalOf) }));
  // Figures are compared within one period and with those of the periods that contain it.
  const meet = (a: Claim, b: Claim) => periodKey(a) === periodKey(b) || contains(a.time!, b.time!) || contains(b.time!, a.time!);
  const twoOf = twoValues(compatibleFigures, intervalOf);
  const clash = (a: QuantityClaim, b: QuantityClaim) => meet(a, b) && twoOf(a, b);
  const findings: Finding[] = [];
  for (const inner of periods) {
    const { direct } = inner.figures;
    const unit = inner.figures.claims[0]?.value.unit;
    const crossing: QuantityClaim[] = [];
    if (direct.length > 0) {
      let highLow = direct[0]!;
      let lowHigh = direct[0]!;
      for (const d of direct) {
        if (intervalOf(d)[0] > intervalOf(highLow)[0]) highLow = d;
        if (intervalOf(d)[1] < intervalOf(lowHigh)[1]) lowHigh = d;
      }
      const apart = (o: QuantityClaim, d: QuantityClaim) => !compatibleFigures(o, d) && !overlap(intervalOf(o), intervalOf(d));
      for (const outer of periods) {
        if (!contains(outer.time, inner.time)) continue;
        for (const o of outer.figures.direct) if (o.value.unit === unit && (apart(o, highLow) || apart(o, lowHigh))) crossing.push(o);
      }
    }
    if (crossing.length === 0) {
      if (!inner.figures.clash) continue;
      const sides = contradicted(inner.figures.claims, clash);
      const listed = new Set<Claim>(sides);
      const values = inner.figures.asserted.filter((c) => listed.has(c)).map((c) => ({ key: describeQuantity(c.value), text: describeFigure(c.value) }));
      findings.push({ claims: sides, message: `${factLabel(lexicon, sides[0]!)}: ${listValues(values)}` });
      continue;
    }
    // Figures of nested periods: each named with its period ("12,000 (as of March 2025) vs 9,000 (in 2025)").
    const claims = contradicted([...inner.figures.claims, ...crossing], clash);
    const listed = new Set<Claim>(claims);
    const first = claims[0]!;
    const values = [...inner.figures.asserted, ...crossing]
      .filter((c) => listed.has(c))
      .map((c) => ({ key: `${describeQuantity(c.value)} (${c.time!.text})`, text: `${describeFigure(c.value)} (${c.time!.text})` }));
    findings.push({ claims, message: `${factLabel(lexicon, first)}: ${listValues(values)}` });
  }
  return findings;
}

/** Days between two ISO days ("2026-04-03"). */
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Whether two figures with no period of their own stand on pages written more than two years apart (both pages dated):
 * a level that changes slowly is one level across weeks and months, not across years ("over 1,700 packages" on the launch
 * page, "over 25,000" four years on). (Not one year: a line's length on its opening day and in a guide 13 months later is
 * one length, and a planted clash of two such pages was lost.)
 */
const writtenYearsApart = (a: Claim, b: Claim) =>
  a.time === undefined && b.time === undefined && a.published !== undefined && b.published !== undefined && daysBetween(a.published.start, b.published.start) > 731;

/** The findings of figures in one unit. */
function findingsInOneUnit(group: readonly Claim[], lexicon: Lexicon): Finding[] {
  const attribute = lexicon.attributes.get(group[0]!.attribute);
  // A level's or a running total's figure said of a day or a week ("in its second weekend") is what that window held or
  // added (src/extract/period-length.ts): compared only with figures of such a window.
  if ((attribute?.measure === 'stock' || attribute?.measure === 'tally') && attribute.timeless !== true && group.some((c) => c.periodLength !== group[0]!.periodLength)) {
    const byLength = new Map<string, Claim[]>();
    for (const c of group) {
      const list = byLength.get(c.periodLength ?? '');
      if (list) list.push(c);
      else byLength.set(c.periodLength ?? '', [c]);
    }
    return [...byLength.values()].flatMap((claims) => findingsInOneUnit(claims, lexicon));
  }
  const intervals = new Map<Claim, [number, number]>();
  const intervalOf = (c: QuantityClaim) => {
    let range = intervals.get(c);
    if (!range) intervals.set(c, (range = claimInterval(c, attribute)));
    return range;
  };
  // A stock's timed figures come as one group (src/check/group.ts): compared by containment.
  if (attribute?.measure === 'stock' && group.some((c) => c.time && periodKey(c) !== periodKey(group[0]!))) return stockFindings(group, lexicon, intervalOf);
  // One finding for the fact, of the figures of every view that clashes.
  const claims = new Set<QuantityClaim>();
  const asserted = new Set<QuantityClaim>();
  const compatible = compatibleFor(attribute);
  const clash = twoValues(compatible, intervalOf);
  const agree = (a: Claim, b: Claim) => compatible(a, b) || overlap(intervalOf(a as QuantityClaim), intervalOf(b as QuantityClaim));
  // A stock's figures with no date hold at their pages' dates: pages written more than two years apart give two levels.
  const levelsApart = attribute?.measure === 'stock' && attribute.timeless !== true ? writtenYearsApart : undefined;
  for (const { length, claims: view, apart: viewApart } of lengthViews(group, agree)) {
    const apart = levelsApart && viewApart ? (a: Claim, b: Claim) => levelsApart(a, b) || viewApart(a, b) : (levelsApart ?? viewApart);
    const figures = periodFigures(view, lexicon, intervalOf, apart);
    if (!figures.clash) continue;
    // In a view of one length, a clash among the figures that name no length is the view of those alone.
    if (length && !memberClash(figures.direct, figures.direct.filter((c) => c.periodLength === length), (c) => intervalOf(c as QuantityClaim), compatible)) continue;
    // A side is a figure another of its view contradicts: not one every other agrees with, nor one no other could
    // contradict (another agency's approval, another place's count).
    const sides = new Set(contradicted(figures.claims, apart ? (a, b) => !apart(a, b) && clash(a, b) : clash));
    for (const c of sides) claims.add(c);
    for (const c of figures.asserted) if (sides.has(c)) asserted.add(c);
  }
  if (claims.size === 0) return [];
  const listed = [...claims];
  // Figures that name different lengths or none: each named with its length ("$4.2B (for a quarter) vs $3.9B").
  const mixed = new Set([...asserted].map((c) => c.periodLength ?? '')).size > 1;
  const describe = (c: QuantityClaim) => {
    const length = mixed && c.periodLength ? ` (${FOR_LENGTH[c.periodLength]})` : '';
    if (c.value.unit === 'date') return { key: `${c.value.min}/${c.value.max}`, text: describeDate(c.value, asserted) };
    return { key: `${describeQuantity(c.value)}${length}`, text: `${describeFigure(c.value)}${length}` };
  };
  return [{ claims: listed, message: `${factLabel(lexicon, listed[0]!)}: ${listValues(clashingDates([...asserted]).map(describe))}` }];
}

/** A day (days since 1970) as a report writes it where no page wrote it in figures ("today"), and as explain shows a date: ISO. */
const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * A date as a message lists it: as a page wrote it, in figures where some page did ("14 March 2025" before "today"),
 * else with the day it names ("today (2025-03-14)").
 */
function describeDate(q: Quantity, all: Iterable<QuantityClaim>): string {
  const inFigures = (text: string) => /\p{Nd}/u.test(text);
  const alike = [...all].find((c) => c.value.min === q.min && c.value.max === q.max && inFigures(c.value.text));
  const written = (alike?.value.text ?? q.text).replace(/\s+/gu, ' ').trim();
  if (inFigures(written) || q.min === null || q.max === null) return written;
  return q.min === q.max ? `${written} (${isoDay(q.min)})` : `${written} (${isoDay(q.min)} to ${isoDay(q.max)})`;
}

/**
 * The dates a message lists: a date that contains another listed date refines nothing. It is a side only where a date
 * outside it contradicts it ("September 2025" beside "14 September 2025" and "3 October 2025"), and the message lists the
 * dates that differ ("14 September 2025 vs 3 October 2025"). All are listed where fewer than two different dates would be left.
 */
function clashingDates<C extends QuantityClaim>(claims: C[]): C[] {
  if (!claims.every((c) => c.value.unit === 'date' && c.value.min !== null && c.value.max !== null)) return claims;
  const within = (inner: Quantity, outer: Quantity) => outer.min! <= inner.min! && inner.max! <= outer.max! && (outer.min !== inner.min || outer.max !== inner.max);
  const finest = claims.filter((c) => !claims.some((d) => within(d.value, c.value)));
  return new Set(finest.map((c) => `${c.value.min}/${c.value.max}`)).size >= 2 ? finest : claims;
}

/**
 * Figures of one fact said to cover periods of different lengths ("quarterly revenue", "full-year revenue": the
 * period words of src/extract/period-length.ts) are different facts: one view of the group per length. A figure
 * that names no length may be of any. It joins the view of each length whose named figures it agrees with ("$12.7B"
 * beside "quarterly revenue of $12.7B" and "full-year revenue of $51.3B" is the quarter's), and is never compared with
 * a named figure whose length it may not share ("revenue of $3.2B" against "full-year revenue of $14B"). The figures
 * that name no length always meet each other (a view of their own): a page that confirms one side ("annual revenue of
 * $3.2B" beside "revenue of $3.2B" and "revenue of $5.9B") never hides their clash. Two of them are apart (`apart`)
 * only where each agrees with figures of a length the other may be read apart from ("$4.1B" the quarter's and
 * "$17.3B" the year's). A group where no figure names a length is one view.
 */
function lengthViews(
  group: readonly Claim[],
  agree: (a: Claim, b: Claim) => boolean,
): { length?: PeriodLength; claims: readonly Claim[]; apart?: (a: Claim, b: Claim) => boolean }[] {
  const lengths = [...new Set(group.flatMap((c) => (c.periodLength ? [c.periodLength] : [])))].sort();
  if (lengths.length === 0) return [{ claims: group }];
  const fits = new Map<Claim, PeriodLength[]>();
  for (const c of group) {
    if (c.periodLength) continue;
    fits.set(c, lengths.filter((length) => group.some((named) => named.periodLength === length && agree(c, named))));
  }
  const unnamed = group.filter((c) => !c.periodLength);
  const apart = (a: Claim, b: Claim) => {
    const fa = fits.get(a) ?? [];
    const fb = fits.get(b) ?? [];
    return fa.some((la) => fb.some((lb) => la !== lb));
  };
  return [
    ...(unnamed.length > 0 ? [{ claims: unnamed, apart }] : []),
    ...lengths.map((length) => ({ length, claims: group.filter((c) => c.periodLength === length || fits.get(c)?.includes(length)) })),
  ];
}

export const numericMismatch: Rule = {
  id: 'numeric-mismatch',
  meta: {
    description: 'Figures for one entity and attribute in one period (or, for a stock, in nested periods) must agree within tolerance',
    severity: 'error',
    url: docsUrl('numeric-mismatch'),
  },
  check(all, { lexicon }) {
    const group = current(all);
    placeDatesByAgreement(group, lexicon);
    noteRecordOptions(group);
    // A money attribute holds figures in the currencies they were written in: each currency is compared apart
    // (no exchange rate is assumed), and so are the units of an attribute no pack knows.
    const units = new Map<string, Claim[]>();
    for (const c of group) {
      if (c.value.kind !== 'quantity') continue;
      const list = units.get(c.value.unit);
      if (list) list.push(c);
      else units.set(c.value.unit, [c]);
    }
    return units.size <= 1 ? findingsInOneUnit(group, lexicon) : [...units.values()].flatMap((claims) => findingsInOneUnit(claims, lexicon));
  },
  explainClaim(claim, { lexicon }) {
    if (claim.value.kind !== 'quantity') return '';
    const [lo, hi] = interval(claim.value, lexicon.attributes.get(claim.attribute));
    const unit = claim.value.unit;
    // A date is days since 1970: shown as the days it covers.
    if (unit === 'date') return `compared as the days ${isoDay(lo)} to ${isoDay(hi - 1)}${isAsserted(claim) ? '' : ` (${claim.modality}: supporting evidence only)`}`;
    const show = (n: number) => describeQuantity({ kind: 'quantity', min: n, max: n, unit, approx: false, text: '' });
    return `compared as ${show(lo)} to ${show(hi)}${isAsserted(claim) ? '' : ` (${claim.modality}: supporting evidence only)`}`;
  },
};
