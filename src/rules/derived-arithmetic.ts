// Rule derived-arithmetic: a stated ratio ("35x cheaper than X", "roughly 6x") that disagrees with the figures it
// refers to. Every figure stands for the range its rounding allows ("$0.14" = 0.135–0.145; "35x" = 34.5–35.5;
// "roughly 6x" = ±10%), so a ratio is wrong only when no reading of the stated figures gives it.
import { statedRange } from '../normalise/precision.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity } from './describe.js';
import { docsUrl, isAsserted, isSupporting, type RuleContext, type Rule } from './rule.js';

type QuantityClaim = Claim & { value: Quantity };

/** The one figure an entity has for an attribute, from the same article if it has one; none if figures differ. */
function figureOf(context: RuleContext, entity: string, attribute: string, file: string): QuantityClaim | undefined {
  const all = context
    .claimsOf(entity, attribute)
    .filter((c): c is QuantityClaim => c.value.kind === 'quantity' && isSupporting(c) && c.value.min !== null && c.value.min === c.value.max);
  const local = all.filter((c) => c.place.file === file);
  const pool = local.length > 0 ? local : all;
  const values = new Set(pool.map((c) => c.value.min));
  return values.size === 1 ? pool[0] : undefined;
}

export const derivedArithmetic: Rule = {
  id: 'derived-arithmetic',
  meta: {
    description: 'A stated ratio must agree with the figures it refers to',
    severity: 'warning',
    url: docsUrl('derived-arithmetic'),
  },
  check(group, context) {
    const findings = [];
    for (const claim of group) {
      if (!claim.relation || claim.value.kind !== 'quantity' || !isAsserted(claim)) continue;
      const base = claim.attribute.replace(/^ratio\./, '');
      const mine = figureOf(context, claim.entity.id, base, claim.place.file);
      const theirs = figureOf(context, claim.relation.other.id, base, claim.place.file);
      if (!mine || !theirs) continue;
      const [a0, a1] = statedRange(mine.value);
      const [b0, b1] = statedRange(theirs.value);
      if (a0 <= 0 || b0 <= 0) continue;
      // "N times lower": theirs / mine = N; "N times higher": mine / theirs = N.
      const [lo, hi] = claim.relation.direction === 'lower' ? [b0 / a1, b1 / a0] : [a0 / b1, a1 / b0];
      const [s0, s1] = statedRange(claim.value);
      if (s1 >= lo && s0 <= hi) continue;
      const actual = claim.relation.direction === 'lower' ? theirs.value.min! / mine.value.min! : mine.value.min! / theirs.value.min!;
      const label = context.lexicon.attributes.get(base)?.label ?? base;
      findings.push({
        subject: claim,
        claims: [claim, mine, theirs],
        message: `${claim.entity.name} vs ${claim.relation.other.name} ${label}: stated ${describeQuantity(claim.value)}, the figures give ${Number(actual.toPrecision(3))}x (${describeQuantity(mine.value)} vs ${describeQuantity(theirs.value)})`,
      });
    }
    return findings;
  },
};
