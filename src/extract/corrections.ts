// A page's corrections of itself: a figure a correction says the page gave wrongly is withdrawn wherever the page gave it.
import type { Value } from '../types.js';
import type { RawClaim } from './raw-claim.js';
import type { Segment } from './segments.js';

/**
 * What makes a sentence a correction of the page's own text: a note that opens on its word ("**Correction:**", "Clarification:",
 * "更正：") after a time or a mark at most, or words only a correction uses ("an earlier version of", "we misstated"); not an
 * everyday "corrected" or "wrongly" ("shares corrected sharply after it reported …").
 */
const CORRECTION_OPENS = /^[\s*_>#|\d:.—–-]*(?:correction|clarification|erratum|corrigendum|correctif|rectificatif|rectificación|fe\s+de\s+erratas|Korrektur|Berichtigung|rettifica)(?![\p{L}])|^[\s*_>#|\d:.—–-]*(?:更正|訂正|勘误|勘誤|정정)/iu;
const CORRECTION_WORDS =
  /(?<![\p{L}])(?:an\s+earlier\s+(?:version|entry|post|update)|a\s+previous\s+(?:version|entry|post)|we\s+(?:misstated|misreported|incorrectly|mistakenly|wrongly|erroneously))(?![\p{L}])/iu;
/** In a correction, right before the figure, who gave it: "At 09:26 we said the observatory weighs", "the entry gave". */
const GIVEN_BEFORE = /(?<![\p{L}])(?:we|this\s+(?:article|story|entry|post|page|report)|the\s+(?:article|story|entry|post|page|report))\s+(?:had\s+)?(?:said|wrote|reported|stated|gave|listed|put)(?![\p{L}])[^.;!?]{0,60}$/iu;

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
  const sentences = new Map<number, string>();
  const sentenceOf = (c: RawClaim): string => {
    let text = sentences.get(c.sentence.start);
    if (text === undefined) {
      const block = blocks.find((b) => b.start <= c.sentence.start && c.sentence.end <= b.end);
      text = block ? block.text.slice(c.sentence.start - block.start, c.sentence.end - block.start) : '';
      sentences.set(c.sentence.start, text);
    }
    return text;
  };
  const quoted: RawClaim[] = [];
  for (const c of claims) {
    if (c.value.kind === 'event' || c.modality === 'predicted' || c.modality === 'hypothetical') continue;
    const sentence = sentenceOf(c);
    if (!CORRECTION_OPENS.test(sentence) && !CORRECTION_WORDS.test(sentence)) continue;
    if (c.modality === 'reported' || GIVEN_BEFORE.test(sentence.slice(0, Math.max(0, c.span.start - c.sentence.start)))) quoted.push(c);
  }
  if (quoted.length === 0) return claims;
  // The same figure of the same thing, for the same period, given before the correction.
  const samePeriod = (a: RawClaim, b: RawClaim) => a.time?.start === b.time?.start && a.time?.end === b.time?.end;
  const withdrawn = (c: RawClaim) =>
    quoted.includes(c) || quoted.some((q) => q.span.start > c.span.start && q.entity.id === c.entity.id && q.attribute === c.attribute && sameValue(q.value, c.value) && samePeriod(q, c));
  return claims.map((c) => (c.modality !== 'reported' && withdrawn(c) ? { ...c, modality: 'reported' } : c));
}
