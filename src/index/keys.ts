// The keys a claim is stored under in the claim index: one per grouping a rule sees it under (asked of src/check/group.ts), and claimsOf's.
import { createHash } from 'node:crypto';
import { CLAIMS_OF_GROUPING, claimsOfKey } from '../check/index.js';
import { GROUPINGS, groupKey, type Grouping, type PeriodsOf } from '../check/group.js';
import { rules } from '../rules/index.js';
import type { Claim } from '../types.js';

/**
 * A fixed-length key for the store (group keys hold NUL characters, which PostgreSQL text cannot): 128 bits
 * of sha256. Loaded claims are regrouped by their real keys, so even a collision would not merge two groups.
 */
export function keyHash(namespace: string, key: string): string {
  return createHash('sha256').update(namespace).update('\u0001').update(key).digest('hex').slice(0, 32);
}

/**
 * The key hash under which claimsOf(entity, attribute) finds its claims: that of their group under the grouping
 * claimsOf is made of (src/check/index.ts), so that a loaded group answers claimsOf without a second lookup.
 */
export const claimsOfHash = (entity: string, attribute: string): string => keyHash(CLAIMS_OF_GROUPING, claimsOfKey(entity, attribute));

/** The groupings of the rules that look at stated arithmetic (true) and of those that look at every other claim (false). */
const seenUnder = (arithmetic: boolean): readonly Grouping[] => GROUPINGS.filter((g) => rules.some((r) => (r.grouping ?? 'fact') === g && (r.arithmetic === true) === arithmetic));
const SEEN_UNDER = { arithmetic: seenUnder(true), other: seenUnder(false) };

/**
 * The groupings under which some rule can see a claim: a rule that reads stated arithmetic sees only such claims,
 * every other rule never sees them (src/rules/rule.ts, runRule). A stated sum's groups under the other groupings
 * (all of the archive's sums are one 'fact' group) are never run, so they are neither stored nor looked up.
 */
export const groupingsFor = (claim: Claim): readonly Grouping[] => (claim.arithmetic !== undefined ? SEEN_UNDER.arithmetic : SEEN_UNDER.other);

/** Every key hash a claim is found under: its group under each grouping a rule sees it under, and its claimsOf key. */
export function claimKeyHashes(claim: Claim, periods: PeriodsOf): string[] {
  return [...new Set([...groupingsFor(claim).map((grouping) => keyHash(grouping, groupKey(claim, grouping, periods))), claimsOfHash(claim.entity.id, claim.attribute)])];
}

export const groupHash = (claim: Claim, grouping: Grouping, periods: PeriodsOf): string => keyHash(grouping, groupKey(claim, grouping, periods));
