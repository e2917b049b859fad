// `claimcheck explain ID`: the plain data behind one conflict: its claims, how each was read, derivations and the rule.
import type { RuleContext } from '../rules/rule.js';
import { rules } from '../rules/index.js';
import type { Claim, Conflict } from '../types.js';

export interface Explanation {
  conflict: Conflict;
  rule: { id: string; description: string; url: string };
  claims: { claim: Claim; reading: string; sources: Claim[] }[];
}

/** Finds a conflict by id, unique id prefix, or place in the report ("@1"). */
export function findConflict(conflicts: readonly Conflict[], id: string): Conflict[] {
  // "@2": the report's second conflict, in the order every format lists them.
  const nth = /^@(\d{1,9})$/u.exec(id);
  if (nth) {
    const found = conflicts[Number(nth[1]) - 1];
    return found ? [found] : [];
  }
  const exact = conflicts.filter((c) => c.id === id);
  return exact.length > 0 ? exact : conflicts.filter((c) => c.id.startsWith(id));
}

export function explainConflict(conflict: Conflict, allClaims: readonly Claim[], context: RuleContext): Explanation {
  const rule = rules.find((r) => r.id === conflict.rule)!;
  const byId = new Map(allClaims.map((c) => [c.id, c]));
  return {
    conflict,
    rule: { id: rule.id, description: rule.meta.description, url: rule.meta.url },
    claims: conflict.claims.map((claim) => ({
      claim,
      reading: rule.explainClaim?.(claim, context) ?? '',
      sources: (claim.derivedFrom ?? []).flatMap((id) => byId.get(id) ?? []),
    })),
  };
}
