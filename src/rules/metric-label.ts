// Rule metric-label: the same value for one entity under two different metric names (a score reported as one
// benchmark here and as another there). Attributes are alternative metric names when the pack gives them
// the same `metricOf`.
import type { Lexicon } from '../packs/lexicon.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity, attributeLabel } from './describe.js';
import { docsUrl, isSupporting, type Rule } from './rule.js';

/** A point figure of a metric (an attribute the pack gives a `metricOf`), stated or hedged: the only claims the rule compares. */
const scored = (c: Claim, lexicon: Lexicon): c is Claim & { value: Quantity } =>
  c.value.kind === 'quantity' && isSupporting(c) && lexicon.attributes.get(c.attribute)?.metricOf !== undefined && c.value.min !== null && c.value.min === c.value.max;

export const metricLabel: Rule = {
  id: 'metric-label',
  meta: {
    description: 'One value under two metric names is probably one metric mislabelled',
    severity: 'info',
    url: docsUrl('metric-label'),
  },
  grouping: 'entity-figure', // one entity's equal figures, whatever their attribute
  sides: scored,
  check(group, { lexicon }) {
    const metricOf = (c: Claim) => lexicon.attributes.get(c.attribute)?.metricOf;
    const scores = group.filter((c): c is Claim & { value: Quantity } => scored(c, lexicon));
    const byValue = new Map<string, (Claim & { value: Quantity })[]>();
    for (const c of scores) {
      const key = `${metricOf(c)}:${c.value.unit}:${c.value.min}`;
      const list = byValue.get(key);
      if (list) list.push(c);
      else byValue.set(key, [c]);
    }
    const findings = [];
    for (const claims of byValue.values()) {
      const attributes = [...new Set(claims.map((c) => c.attribute))];
      if (attributes.length < 2) continue;
      // An article that gives the value under both names, apart ("Quiz | 71.4" in one table, "Recall | 71.4" in another),
      // tells them apart; under both in one row and the next, it may have copied one into the other.
      if (claims.some((a) => claims.some((b) => a.place.file === b.place.file && a.attribute !== b.attribute && Math.abs(a.place.line - b.place.line) > 1))) continue;
      const labels = attributes.map((a) => attributeLabel(lexicon, a));
      findings.push({ claims, message: `${claims[0]!.entity.name}: ${describeQuantity(claims[0]!.value)} given as ${labels.join(' and as ')}` });
    }
    return findings;
  },
};
