// A page's corrections of itself: a figure a correction says the page gave wrongly is withdrawn wherever the page gave it.
import type { Value } from '../types.js';
import type { RawClaim } from './raw-claim.js';
import type { Segment } from './segments.js';

/** Words that make a sentence a correction of the page's own text: "Correction:", "an earlier version", "we misstated", "更正". */
const CORRECTION =
  /(?<![\p{L}])(?:correction|corrected|clarification|erratum|an\s+earlier\s+(?:version|entry|post|update)|a\s+previous\s+(?:version|entry|post)|misstated|misreported|incorrectly|mistakenly|erroneously|wrongly|rectificación|rectificatif|correctif|Korrektur|Berichtigung|rettifica)(?![\p{L}])|更正|訂正|勘误|勘誤|정정/iu;
/** In a correction, before the figure, who gave it: "At 09:26 we said the observatory weighs", "the entry gave". */
const GIVEN_BEFORE = /(?<![\p{L}])(?:we|it|this\s+(?:article|story|entry|post|page|report)|the\s+(?:article|story|entry|post|page|report))\s+(?:had\s+)?(?:said|wrote|reported|stated|gave|listed|put)(?![\p{L}])/iu;

const sameValue = (a: Value, b: Value): boolean =>
  a.kind === 'quantity' && b.kind === 'quantity'
    ? a.unit === b.unit && a.min === b.min && a.max === b.max
    : a.kind === 'category' && b.kind === 'category' && a.value === b.value;

/**
 * "**09:26** — The observatory weighs 6,530 kg." … "**Correction:** At 09:26 we said the observatory weighs 6,530 kg. The
 * launch mass is 6,350 kg.": the figure a correction quotes as what the page said (a cue made it `reported`, or "we said"
 * stands before it) is no statement of the page, and neither is the same figure of the same thing given before the correction.
 */
export function withdrawCorrected(claims: RawClaim[], blocks: readonly Segment[]): RawClaim[] {
  const sentenceOf = (c: RawClaim): string => {
    const block = blocks.find((b) => b.start <= c.sentence.start && c.sentence.end <= b.end);
    return block ? block.text.slice(c.sentence.start - block.start, c.sentence.end - block.start) : '';
  };
  const quoted = new Set<RawClaim>();
  for (const c of claims) {
    if (c.value.kind === 'event' || c.modality === 'predicted' || c.modality === 'hypothetical') continue;
    const sentence = sentenceOf(c);
    if (!CORRECTION.test(sentence)) continue;
    if (c.modality === 'reported' || GIVEN_BEFORE.test(sentence.slice(0, Math.max(0, c.span.start - c.sentence.start)))) quoted.add(c);
  }
  if (quoted.size === 0) return claims;
  const withdrawn = (c: RawClaim) =>
    quoted.has(c) || [...quoted].some((q) => q.span.start > c.span.start && q.entity.id === c.entity.id && q.attribute === c.attribute && sameValue(q.value, c.value));
  return claims.map((c) => (c.modality !== 'reported' && withdrawn(c) ? { ...c, modality: 'reported' } : c));
}
