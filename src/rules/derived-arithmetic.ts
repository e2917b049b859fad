// Rule derived-arithmetic: a stated ratio ("35x cheaper than X", "roughly 6x") that disagrees with the figures it
// refers to. Every figure stands for the range its rounding allows ("$0.14" = 0.135–0.145; "35x" = 34.5–35.5;
// "roughly 6x" = ±10%), so a ratio is wrong only when no reading of the stated figures gives it.
import { statedRange } from '../normalise/precision.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity, attributeLabel } from './describe.js';
import { docsUrl, isAsserted, isSupporting, type RuleContext, type Rule } from './rule.js';

type QuantityClaim = Claim & { value: Quantity };

/** A figure and the values its rounding allows. */
export interface Figure {
  claim: QuantityClaim;
  lo: number;
  hi: number;
}

/** The distinct figures of one entity's attribute: in all articles, and per article. */
interface Figures {
  all: Figure[];
  byFile: Map<string, Figure[]>;
}

/** One claim per distinct figure: a figure repeated in many articles is one figure. */
function distinct(claims: readonly QuantityClaim[]): Figure[] {
  const seen = new Map<string, Figure>();
  for (const claim of claims) {
    if (seen.has(claim.value.text)) continue;
    const [lo, hi] = statedRange(claim.value);
    seen.set(claim.value.text, { claim, lo, hi });
  }
  return [...seen.values()];
}

/** Figures per list of claims (context.claimsOf gives the same list for the same entity and attribute): built once a run. */
const figureCache = new WeakMap<readonly Claim[], Figures>();

function figuresFor(claims: readonly Claim[]): Figures {
  let figures = figureCache.get(claims);
  if (figures) return figures;
  const usable = claims.filter((c): c is QuantityClaim => c.value.kind === 'quantity' && isSupporting(c) && !c.relation && c.value.min !== null && c.value.min === c.value.max);
  const perFile = new Map<string, QuantityClaim[]>();
  for (const c of usable) {
    const list = perFile.get(c.place.file);
    if (list) list.push(c);
    else perFile.set(c.place.file, [c]);
  }
  figures = { all: distinct(usable), byFile: new Map([...perFile].map(([file, list]) => [file, distinct(list)])) };
  figureCache.set(claims, figures);
  return figures;
}

/** The figures an entity has for an attribute: those of the same article if it has any, else all. */
function figuresOf(context: RuleContext, entity: string, attribute: string, file: string): Figure[] {
  const figures = figuresFor(context.claimsOf(entity, attribute));
  // A money attribute also holds figures in other currencies, as written: a ratio is taken in the pack's unit only.
  const unit = context.lexicon.attributes.get(attribute)?.unit;
  const inUnit = (list: Figure[] | undefined) => (unit === undefined || list === undefined ? list : list.filter((f) => f.claim.value.unit === unit));
  const inFile = inUnit(figures.byFile.get(file));
  return inFile && inFile.length > 0 ? inFile : inUnit(figures.all)!;
}

/**
 * Whether some pair (x of `xs`, y of `ys`) gives a ratio y / x in [s0, s1]: the pair allows the ratios
 * y.lo / x.hi to y.hi / x.lo. In O((|xs| + |ys|) log |ys|), not pair by pair: for each x, the ys whose
 * lowest ratio is not above s1 are a prefix of the ys sorted by lo, and the highest ratio among them
 * comes from the prefix's highest hi.
 */
export function somePairGives(xs: readonly Figure[], ys: readonly Figure[], s0: number, s1: number): boolean {
  const sorted = [...ys].sort((a, b) => a.lo - b.lo);
  const highest: number[] = [];
  for (const y of sorted) highest.push(Math.max(y.hi, highest.at(-1) ?? -Infinity));
  return xs.some((x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.lo / x.hi <= s1) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && highest[lo - 1]! / x.lo >= s0;
  });
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
      if (mine.length === 0 || theirs.length === 0) continue;
      // A figure of zero or less gives no ratio to test.
      if (mine.some((f) => f.lo <= 0) || theirs.some((f) => f.lo <= 0)) continue;
      // Wrong only when no pair of the stated figures gives the ratio: "N times lower" is theirs / mine, "N times higher" mine / theirs.
      const [s0, s1] = statedRange(claim.value);
      const lower = claim.relation.direction === 'lower';
      if (lower ? somePairGives(mine, theirs, s0, s1) : somePairGives(theirs, mine, s0, s1)) continue;
      const m = mine[0]!.claim;
      const o = theirs[0]!.claim;
      const actual = claim.relation.direction === 'lower' ? o.value.min! / m.value.min! : m.value.min! / o.value.min!;
      const label = attributeLabel(context.lexicon, base);
      findings.push({
        subject: claim,
        claims: [claim, m, o],
        message: `${claim.entity.name} vs ${claim.relation.other.name} ${label}: stated ${describeQuantity(claim.value)}, the figures give ${Number(actual.toPrecision(3))}x (${describeQuantity(m.value)} vs ${describeQuantity(o.value)})`,
      });
    }
    return findings;
  },
};
