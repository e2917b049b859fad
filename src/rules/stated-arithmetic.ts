// Rule stated-arithmetic: a figure written beside the product, sum or share it is said to be, when no reading
// of the stated figures gives it; or said to be larger (smaller) than a figure the same sentence gives, when the
// two are the same figure or no reading puts it on that side ("a larger 5,000mAh battery than the Arc 3's 5,000mAh"). "€1.2 billion (6 x €160 million)" is €960 million; "four payments of
// €5 million each, a total of €24 million" is €20 million; "€30 million, a quarter of the €80 million" is
// €20 million. The figures are read in one sentence (src/extract/readers/arithmetic.ts).
//
// Tolerance: every figure stands for what its rounding allows ("€160 million" = 159.5–160.5, "~€1 billion"
// ±10%), a share word for ±10% of its fraction ("a quarter" = 22.5–27.5%); counts are exact. A hedged share
// ("about a third") is not read.
//
// Parts that share: when a pack marks an attribute `nonAdditive` (a mixture of experts shares its attention
// layers, so "141B (8 x 22B)" is right), no product or sum that is, or may be, its value is checked: a
// result read as that attribute or in its unit, or a bare scaled figure ("900 billion") in a sentence that
// names the attribute or a kind of thing it describes (a model). Shares of a whole are checked whatever the
// attribute.
import type { Lexicon } from '../packs/lexicon.js';
import { statedRange } from '../normalise/precision.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity } from './describe.js';
import { docsUrl, isAsserted, type Finding, type Rule } from './rule.js';

type Side = Claim & { value: Quantity; arithmetic: NonNullable<Claim['arithmetic']> };

/** Whether the result is, or may be, the value of an attribute whose parts share (pack `nonAdditive`): read as one, or in its unit. */
function partsMayShare(lexicon: Lexicon, result: Side): boolean {
  if (result.arithmetic.of?.some((id) => lexicon.attributes.get(id)?.nonAdditive === true)) return true;
  const unit = result.value.unit;
  return unit !== '' && [...lexicon.attributes.values()].some((a) => a.nonAdditive === true && a.unit === unit);
}

const WORDS = { product: 'a product', sum: 'a sum', share: 'a share', higher: 'more than', lower: 'less than' } as const;

/** Whether two figures contradict a comparison: the same figure written twice, or no reading of them puts the first on the stated side. */
function comparisonFails(result: Quantity, other: Quantity, operation: 'higher' | 'lower'): boolean {
  if (result.min === other.min && result.max === other.max) return true;
  const [lo, hi] = statedRange(result);
  const [olo, ohi] = statedRange(other);
  return operation === 'higher' ? hi < olo : lo > ohi;
}

export const statedArithmetic: Rule = {
  id: 'stated-arithmetic',
  meta: {
    description: 'A figure written beside the product, sum or share it is said to be must equal it, within rounding; a figure said to be larger or smaller than another must be',
    severity: 'warning',
    url: docsUrl('stated-arithmetic'),
  },
  grouping: 'document-attribute',
  arithmetic: true,
  check(group, { lexicon }) {
    const statements = new Map<number, { result?: Side; expression?: Side }>();
    for (const c of group) {
      if (!c.arithmetic || c.value.kind !== 'quantity') continue;
      const entry = statements.get(c.arithmetic.at) ?? {};
      entry[c.arithmetic.role] = c as Side;
      statements.set(c.arithmetic.at, entry);
    }
    const findings: Finding[] = [];
    for (const { result, expression } of statements.values()) {
      if (!result || !expression || !isAsserted(result) || !isAsserted(expression)) continue;
      const operation = expression.arithmetic.operation;
      if (operation === 'higher' || operation === 'lower') {
        if (!comparisonFails(result.value, expression.value, operation)) continue;
        findings.push({
          subject: result,
          claims: [result, expression],
          message: `${result.entity.name}: ${result.value.text} said to be ${operation === 'higher' ? 'more' : 'less'} than ${expression.value.text}`,
        });
        continue;
      }
      if (operation !== 'share' && partsMayShare(lexicon, result)) continue;
      const [lo, hi] = statedRange(result.value);
      const e = expression.value;
      if (e.min === null || e.max === null || (hi >= e.min && lo <= e.max)) continue;
      // A product or sum allows a range centred on its exact value; a share's range is its fraction ±10%.
      const middle = Number(((e.min + e.max) / 2).toPrecision(operation === 'share' ? 2 : 4));
      const makes = describeQuantity({ ...e, min: middle, max: middle });
      findings.push({
        subject: result,
        claims: [result, expression],
        message: `${result.entity.name}: ${result.value.text} given as ${WORDS[operation]}, ${e.text}, which makes ${operation === 'share' ? 'about ' : ''}${makes}`,
      });
    }
    return findings;
  },
  explainClaim(claim) {
    if (!claim.arithmetic || claim.value.kind !== 'quantity') return '';
    if (claim.arithmetic.role === 'expression' && (claim.arithmetic.operation === 'higher' || claim.arithmetic.operation === 'lower'))
      return `the figure it is said to be ${WORDS[claim.arithmetic.operation]}: ${describeQuantity(claim.value)}`;
    if (claim.arithmetic.role === 'expression') return `${WORDS[claim.arithmetic.operation]}: allows ${describeQuantity({ ...claim.value, max: claim.value.min })} to ${describeQuantity({ ...claim.value, min: claim.value.max })}`;
    const [lo, hi] = statedRange(claim.value);
    return `the stated result: ${describeQuantity({ ...claim.value, min: lo, max: lo })} to ${describeQuantity({ ...claim.value, min: hi, max: hi })}`;
  },
};
