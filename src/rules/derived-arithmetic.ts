// Rule derived-arithmetic: a stated ratio ("35x cheaper than X", "roughly 6x") that disagrees with the figures it
// refers to. Every figure stands for the range its rounding allows ("$0.14" = 0.135–0.145; "35x" = 34.5–35.5;
// "roughly 6x" = ±10%), so a ratio is wrong only when no reading of the stated figures gives it.
import { statedRange } from '../normalise/precision.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity } from './describe.js';
import { docsUrl, isAsserted, isSupporting, type RuleContext, type Rule } from './rule.js';

type QuantityClaim = Claim & { value: Quantity };

/** The figures an entity has for an attribute: those of the same article if it has any, else all. */
function figuresOf(context: RuleContext, entity: string, attribute: string, file: string): QuantityClaim[] {
  const all = context
    .claimsOf(entity, attribute)
    .filter((c): c is QuantityClaim => c.value.kind === 'quantity' && isSupporting(c) && !c.relation && c.value.min !== null && c.value.min === c.value.max);
  const local = all.filter((c) => c.place.file === file);
  // One claim per distinct figure: a figure repeated in many articles is one figure.
  const distinct = new Map<string, QuantityClaim>();
  for (const c of local.length > 0 ? local : all) if (!distinct.has(c.value.text)) distinct.set(c.value.text, c);
  return [...distinct.values()];
}

/** The ratio range two figures allow: "N times lower" is theirs / mine, "N times higher" mine / theirs. */
function ratioRange(mine: Quantity, theirs: Quantity, direction: 'lower' | 'higher'): [number, number] | undefined {
  const [a0, a1] = statedRange(mine);
  const [b0, b1] = statedRange(theirs);
  if (a0 <= 0 || b0 <= 0) return undefined;
  return direction === 'lower' ? [b0 / a1, b1 / a0] : [a0 / b1, a1 / b0];
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
      const mine = figuresOf(context, claim.entity.id, base, claim.place.file);
      const theirs = figuresOf(context, claim.relation.other.id, base, claim.place.file);
      const [s0, s1] = statedRange(claim.value);
      // Wrong only when no pair of the stated figures gives the ratio.
      const pairs = mine.flatMap((m) => theirs.map((o) => ({ m, o, range: ratioRange(m.value, o.value, claim.relation!.direction) })));
      if (pairs.length === 0 || pairs.some((p) => !p.range || (s1 >= p.range[0] && s0 <= p.range[1]))) continue;
      const { m, o } = pairs[0]!;
      const actual = claim.relation.direction === 'lower' ? o.value.min! / m.value.min! : m.value.min! / o.value.min!;
      const label = context.lexicon.attributes.get(base)?.label ?? base;
      findings.push({
        subject: claim,
        claims: [claim, m, o],
        message: `${claim.entity.name} vs ${claim.relation.other.name} ${label}: stated ${describeQuantity(claim.value)}, the figures give ${Number(actual.toPrecision(3))}x (${describeQuantity(m.value)} vs ${describeQuantity(o.value)})`,
      });
    }
    return findings;
  },
};
