// The keys a claim is stored under in the claim index: one per grouping (asked of src/check/group.ts) and one for claimsOf.
import { createHash } from 'node:crypto';
import { claimsOfKey } from '../check/index.js';
import { GROUPINGS, groupKey, type Grouping, type PeriodsOf } from '../check/group.js';
import type { Claim } from '../types.js';

/** The namespace of claimsOf keys, beside the groupings'. */
export const CLAIMS_OF = 'claims-of';

/**
 * A fixed-length key for the store (group keys hold NUL characters, which PostgreSQL text cannot): 128 bits
 * of sha256. Loaded claims are regrouped by their real keys, so even a collision would not merge two groups.
 */
export function keyHash(namespace: string, key: string): string {
  return createHash('sha256').update(namespace).update('\u0001').update(key).digest('hex').slice(0, 32);
}

export const claimsOfHash = (entity: string, attribute: string): string => keyHash(CLAIMS_OF, claimsOfKey(entity, attribute));

/** Every key hash a claim is found under: its group under each grouping, and its claimsOf key. */
export function claimKeyHashes(claim: Claim, periods: PeriodsOf): string[] {
  return [...GROUPINGS.map((grouping) => keyHash(grouping, groupKey(claim, grouping, periods))), claimsOfHash(claim.entity.id, claim.attribute)];
}

export const groupHash = (claim: Claim, grouping: Grouping, periods: PeriodsOf): string => keyHash(grouping, groupKey(claim, grouping, periods));
