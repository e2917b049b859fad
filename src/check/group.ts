// Claims → groups keyed by (entity, attribute, time scope), in one pass.
import type { Claim } from '../types.js';

/** How a rule wants claims grouped. */
export type Grouping =
  /** one fact: entity, attribute, time scope and, for a ratio, what it compares with (events ignore time: their dates are claims of their own) */
  | 'fact'
  /** entity and attribute across time scopes */
  | 'entity-attribute'
  /** everything said about one entity */
  | 'entity'
  /** one attribute within one article */
  | 'document-attribute'
  /** one attribute across the corpus */
  | 'attribute';

const KEYS: Record<Grouping, (c: Claim) => string> = {
  fact: (c) =>
    [c.entity.id, c.attribute, c.time && c.value.kind !== 'event' ? `${c.time.start}/${c.time.end}` : '', c.relation ? c.relation.other.id : ''].join('\u0000'),
  'entity-attribute': (c) => `${c.entity.id}\u0000${c.attribute}`,
  entity: (c) => c.entity.id,
  'document-attribute': (c) => `${c.place.file}\u0000${c.attribute}`,
  attribute: (c) => c.attribute,
};

/** Every grouping, for callers that key claims under all of them (the claim index, src/index/). */
export const GROUPINGS = Object.keys(KEYS) as readonly Grouping[];

/** The key of the group a claim falls in under `grouping`; `timeless` as for groupClaims. */
export function groupKey(claim: Claim, grouping: Grouping, timeless: (attribute: string) => boolean = () => false): string {
  return grouping === 'fact' && claim.time && timeless(claim.attribute) ? KEYS.fact({ ...claim, time: undefined }) : KEYS[grouping](claim);
}

/** Groups claims; `timeless` says which attributes ignore time scopes in the 'fact' grouping. */
export function groupClaims(claims: readonly Claim[], grouping: Grouping = 'fact', timeless: (attribute: string) => boolean = () => false): Claim[][] {
  const keyOf = (c: Claim) => groupKey(c, grouping, timeless);
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()];
}
