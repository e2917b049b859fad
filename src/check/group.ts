// Claims → groups keyed by (entity, attribute, time scope), in one pass.
import type { PeriodRule } from '../packs/lexicon.js';
import type { Claim } from '../types.js';

/** How a rule wants claims grouped. */
export type Grouping =
  /**
   * one fact: entity (and a relational figure's other party), attribute, time scope and, for a ratio, what it
   * compares with (events ignore time: their dates
   * are claims of their own; a stock's periods are one group, the rules compare them by containment)
   */
  | 'fact'
  /** entity and attribute across time scopes */
  | 'entity-attribute'
  /** one figure said of one entity, under any attribute (a claim that is no figure: its entity and attribute) */
  | 'entity-figure'
  /** one attribute within one article */
  | 'document-attribute'
  /** one figure of one attribute across the corpus (a claim that is no figure: its entity and attribute) */
  | 'figure';

/** The period rule of each attribute (PeriodRule, src/packs/lexicon.ts; src/check/index.ts reads it from the packs). */
export type PeriodsOf = (attribute: string) => PeriodRule;

const equalPeriods: PeriodsOf = () => 'equal';

/**
 * Whom a fact is about: its entity, or for a relational figure the two parties in either order ("Marrow Capital's 81% stake
 * in Corvane" and "Corvane, 81% of which Marrow Capital owns" are one fact), kept apart from the entity's own figures.
 */
const partiesOf = (c: Claim) => (c.counterpart ? [c.entity.id, c.counterpart.id].sort().join('\u0002') : c.entity.id);

const factKey = (c: Claim, period: string) => [partiesOf(c), c.attribute, period, c.relation ? c.relation.other.id : ''].join('\u0000');

/**
 * A figure as the rules that compare equal figures key it (unit and lower end); a claim that is no figure gets
 * its entity or attribute instead, so that its group holds no more than the claims of its entity's attribute.
 * Keyed this finely rather than by attribute or entity alone, a group's size follows how often one figure is
 * stated, not the size of the corpus: the claim index looks up only the groups a new article touches.
 */
const figureKey = (c: Claim, other: string) => (c.value.kind === 'quantity' ? `${c.value.unit}\u0000${c.value.min}` : `\u0001${other}`);

const KEYS: Record<Grouping, (c: Claim) => string> = {
  fact: (c) => factKey(c, c.time && c.value.kind !== 'event' ? `${c.time.start}/${c.time.end}` : ''),
  'entity-attribute': (c) => `${c.entity.id}\u0000${c.attribute}`,
  'entity-figure': (c) => `${c.entity.id}\u0000${figureKey(c, c.attribute)}`,
  'document-attribute': (c) => `${c.place.file}\u0000${c.attribute}`,
  figure: (c) => `${c.attribute}\u0000${figureKey(c, c.entity.id)}`,
};

/**
 * When a tally with no period of its own holds: its article's date. An article with no date that gives such figures
 * counts events of a series or one count at several moments (a season's goals, a match's, a career's): each is a fact
 * of its own, keyed by its place, and meets none of the others.
 */
const writtenAt = (c: Claim) => (c.published ? `${c.published.start}/${c.published.end}` : `\u0004${c.place.file}:${c.place.line}:${c.place.column}`);

/** Every grouping, for callers that key claims under all of them (the claim index, src/index/). */
export const GROUPINGS = Object.keys(KEYS) as readonly Grouping[];

/** The key of the group a claim falls in under `grouping`; `periods` as for groupClaims. */
export function groupKey(claim: Claim, grouping: Grouping, periods: PeriodsOf = equalPeriods): string {
  if (grouping !== 'fact' || claim.value.kind === 'event') return KEYS[grouping](claim);
  if (claim.withinPage) return factKey(claim, `\u0003${claim.place.file}`);
  if (!claim.time) {
    const rule = periods(claim.attribute);
    // A one-off act's amount with no period (an investment: the first, an additional one, the total so far) is an act of its own.
    if (rule === 'dated') return factKey(claim, `\u0004${claim.place.file}:${claim.place.line}:${claim.place.column}`);
    return rule === 'writing' ? factKey(claim, writtenAt(claim)) : KEYS.fact(claim);
  }
  const rule = periods(claim.attribute);
  // A timeless figure meets the untimed ones too; a stock's timed figures are one group (not the untimed ones).
  return rule === 'any' ? factKey(claim, '') : rule === 'containing' ? factKey(claim, 'timed') : KEYS.fact(claim);
}

/** Groups claims; `periods` says which periods an attribute's figures meet in, in the 'fact' grouping. */
export function groupClaims(claims: readonly Claim[], grouping: Grouping = 'fact', periods: PeriodsOf = equalPeriods): Claim[][] {
  const keyOf = (c: Claim) => groupKey(c, grouping, periods);
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()];
}
