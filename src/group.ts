// Claims → groups keyed by (entity, attribute, time scope), in one pass.
import type { Claim } from './types.js';

export const groupKey = (c: Claim): string =>
  [c.entity.id, c.attribute, c.time ? `${c.time.start}/${c.time.end}` : ''].join('\u0000');

export function groupClaims(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = groupKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()];
}
