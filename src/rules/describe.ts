// Short human forms of values for rule messages ("over 8,000", "$5.6 million", "€4.3 billion", "236B").
import type { Lexicon } from '../packs/lexicon.js';
import { canonicalUnit, CURRENCY_CODES, dimensionOf, unitSymbol } from '../normalise/units.js';
import type { Claim, PeriodLength, Quantity, Value } from '../types.js';

/** One formatter for every figure: toLocaleString would build a new one per call. */
/** Made on first use: setting up a number format costs start-up time a clean check never needs. */
let plain: Intl.NumberFormat | undefined;

/** How a report writes an amount of money: the currency's sign before it where it has one of its own, else its code. */
const MONEY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

function figure(written: number, unit: string): string {
  // A figure converted from another unit ("180 km/h" in mph) keeps four significant digits, not the conversion's fraction.
  const n = Number.isInteger(written * 100) ? written : Number(written.toPrecision(4));
  const abs = Math.abs(n);
  // Money is written as news writes it ("$68.7 billion", "€4.3 billion"); other large figures short ("236B", "911M").
  const money = CURRENCY_CODES.has(unit);
  const scaled = (d: number, short: string, word: string) => `${Number((n / d).toPrecision(4))}${money ? ` ${word}` : short}`;
  const body =
    unit === 'percent' || unit === 'score' || unit === 'ratio' || abs < 1e6
      ? (plain ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })).format(n)
      : abs >= 1e15 && !money
        ? Number(n.toPrecision(4)).toExponential().replace('e+', 'e') // "4.6e24" FLOP, not "4600000000000T"
        : abs >= 1e12
        ? scaled(1e12, 'T', 'trillion')
        : abs >= 1e9
          ? scaled(1e9, 'B', 'billion')
          : scaled(1e6, 'M', 'million');
  if (money) return MONEY_SIGNS[unit] ? `${MONEY_SIGNS[unit]}${body}` : `${unit} ${body}`;
  if (unit === 'percent') return `${body}%`;
  if (unit === 'ratio') return `${body}x`;
  return body;
}

/**
 * Whether a claim's variant names a quarter or a half no year places ("first quarter": src/extract/period-length.ts,
 * periodNamedAt), rather than an event's kind.
 */
export const isNamedPeriod = (variant: string | undefined): boolean => variant !== undefined && /^(?:first|second|third|fourth) (?:quarter|half)$/u.test(variant);
/** Whether a claim's variant is the setting of a benchmark score ("5-shot", "pass@1", "cot": src/extract/figure-phrases.ts). */
export const isBenchmarkSetting = (variant: string | undefined): boolean => variant !== undefined && /^(?:\d+-shot|few-shot|(?:pass|maj|cons)@\d+|top-\d+|cot)$/u.test(variant);
/**
 * Whether a claim's variant is an instalment of a series ("season 2", "part 3": src/extract/figure-phrases.ts, instalmentAt).
 * Not a loose one: a figure of the series that names no instalment may be of all of them, so it meets none.
 */
export const isInstalment = (variant: string | undefined): boolean => variant !== undefined && /^(?:season|part) \d+$/u.test(variant);
/** Whether a claim's variant is an edition of a work ("deluxe edition": src/extract/figure-phrases.ts, editionAt); strict as an instalment is. */
export const isEdition = (variant: string | undefined): boolean => variant !== undefined && / edition$/u.test(variant);
/**
 * A variant that keeps a claim apart only from one of another such variant, not from one that names none: a quarter no year
 * places ("quarterly revenue" may be of any quarter), a benchmark's setting (a score whose page names no setting may be in
 * either).
 */
export const isLooseVariant = (variant: string | undefined): boolean => isNamedPeriod(variant) || isBenchmarkSetting(variant);

/** How a figure's period length reads in a report ("prose, for a quarter", "$4.2B (for a quarter)"). */
export const FOR_LENGTH: Record<PeriodLength, string> = {
  day: 'for a day',
  week: 'for a week',
  month: 'for a month',
  quarter: 'for a quarter',
  half: 'for a half-year',
  year: 'for a year',
};

export function describeQuantity(q: Quantity): string {
  if (q.unit === 'date') return q.text;
  if (q.min !== null && q.max !== null) {
    if (q.min === q.max) return `${q.approx ? '~' : ''}${figure(q.min, q.unit)}`;
    return `${figure(q.min, q.unit)}–${figure(q.max, q.unit)}`;
  }
  if (q.min !== null) return `over ${figure(q.min, q.unit)}`;
  if (q.max !== null) return `under ${figure(q.max, q.unit)}`;
  return q.text;
}


/** The digits of a text, full-width ones made ASCII. */
const digitsOf = (text: string) => text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/gu, '');

/**
 * A figure as a report lists it: the normalised value, with its unit when it is one of measurement ("360 s", "131.1 m"),
 * and the figure as its page wrote it when that reads otherwise ("~300 s (nearly five minutes)", "183,600 (18.36万元)").
 */
export function describeFigure(q: Quantity): string {
  const value = describeQuantity(q);
  if (q.unit === 'date') return value;
  const canonical = canonicalUnit(q.unit);
  const unit = dimensionOf(canonical) !== undefined ? ` ${unitSymbol(canonical) ?? q.unit}` : '';
  const written = q.text.replace(/\s+/gu, ' ').trim();
  return written !== '' && digitsOf(written) !== digitsOf(value) ? `${value}${unit} (${written})` : `${value}${unit}`;
}

/** A value as the `claims`, `facts` and `explain` listings show it: a figure with its unit of measurement ("2,340 kg", "128 min"). */
export function describeValue(value: Value): string {
  if (value.kind === 'quantity') {
    const canonical = canonicalUnit(value.unit);
    return value.unit !== 'date' && dimensionOf(canonical) !== undefined ? `${describeQuantity(value)} ${unitSymbol(canonical) ?? value.unit}` : describeQuantity(value);
  }
  if (value.kind === 'category') return value.negated ? `not ${value.value}` : value.value;
  return value.polarity === 'happened' ? `${value.event}: happened` : `${value.event}: did not happen`;
}

/** What an attribute is called in a message: the pack's label, an event's label with "date", an open attribute's words. */
export function attributeLabel(lexicon: Lexicon, id: string): string {
  const attribute = lexicon.attributes.get(id);
  if (attribute) return attribute.label;
  const event = /^event\.(.+?)(\.date)?$/.exec(id);
  if (event) {
    const label = lexicon.pack.events.find((e) => e.id === event[1])?.label ?? event[1]!;
    return event[2] ? `${label} date` : label;
  }
  if (id.startsWith('open.')) return id.slice(5).replace(/-/g, ' ');
  if (id.startsWith('ratio.')) return `ratio of ${attributeLabel(lexicon, id.slice(6))}`;
  return id;
}

/** What a fact is in a message: the entity's name and the attribute's label, with a relational figure's other party ("Acme stake (Orbit Labs)"). */
export function factLabel(lexicon: Lexicon, claim: Claim): string {
  return `${claim.entity.name} ${attributeLabel(lexicon, claim.attribute)}${claim.counterpart ? ` (${claim.counterpart.name})` : ''}`;
}
