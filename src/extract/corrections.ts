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

/**
 * In a figure's own sentence, words that say someone else told it: "Trade papers in May said", "reports claimed", "according
 * to", "dijeron que", "publicaron", "selon", "segundo", "berichteten", "と報じ", "とされ", "によると", "据报道".
 */
const TOLD_BY_OTHERS =
  /(?<![\p{L}])(?:said|says|reported|claimed|suggested|according\s+to|put\s+(?:the|its)|pegged|dijeron|dijo|publicaron|publicó|informaron|informó|afirmaron|según|selon|ont\s+rapporté|affirmaient|rapportaient|segundo|informaram|publicaram|disseram|berichteten|berichtete|laut|zufolge)(?![\p{L}])|と報じ|報道|とされ|によると|据报道|报道称|傳出|传出/iu;
/**
 * Opening the next sentence's clause, words that reject what was just told: "Orvell Pictures dismissed that figure", "denied the
 * report", "That is not true", "El estudio lo desmintió", "No es así", "Il n'en est rien", "スタジオはこれを否定した", "否认".
 */
const REJECTS_WHAT_WAS_TOLD =
  /(?<![\p{L}])(?:(?:dismissed|denied|disputed|rejected|refuted|contested|dismisses|denies|disputes|rejects|refutes)\s+(?:that|the|this|those|these|such)\s+(?:figure|figures|number|numbers|report|reports|claim|claims|estimate|estimates|account|story|stories|rumou?rs?)|(?:that|this|it)\s+(?:is|was)\s+(?:not\s+(?:true|correct|accurate|so)|untrue|false|wrong|incorrect)|(?:lo|la|los|las)\s+(?:desmintió|desmintieron|desmiente|negó|negaron|niega|rechazó|rechazaron)|desmintió|desmintieron|no\s+es\s+(?:así|cierto|verdad)|es\s+falso|l['’]a\s+démenti|a\s+démenti|ont\s+démenti|il\s+n['’]en\s+est\s+rien|c['’]est\s+faux|desmentiu|desmentiram|não\s+é\s+verdade|dementierte|dementierten|stimmt\s+nicht)(?![\p{L}])|(?:これ|それ|この報道|その報道)?を?否定し|事実ではない|事実無根|否认|辟谣|不实/iu;
/**
 * In one sentence or heading, a denial and the report or rumour it denies: "X denies reports that …", "X否认…传闻",
 * "X dementiert Berichte über …", "desmiente los rumores": what the sentence says of the figure is the report's, not the page's.
 */
const DENIES =
  /(?<![\p{L}])(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|dementier(?:t|te|ten|en)|desmient[ea]n?|desmintió|desmintieron|démen(?:t|tent|ti)|smentisce|smentito|desmente|desmentiu)(?![\p{L}])|否认|否認|辟谣|闢謠|驳斥|駁斥/iu;
const A_REPORT =
  /(?<![\p{L}])(?:reports?|rumou?rs?|speculation|Berichte?|Gerüchte?|Meldung(?:en)?|Spekulation(?:en)?|rumores?|informaciones|rumeurs?|informations|voci|indiscrezioni|notícias)(?![\p{L}])|传闻|傳聞|传言|傳言|网传|網傳|报道|報導|報道/iu;

/** The end of a sentence: its mark and the spaces after it. */
const SENTENCE_END = /[.!?。！？]+["'”’)]*\s*/gu;

/**
 * "Trade papers in May said the film cost more than $200 million. The studio dismissed that figure, …": a figure another voice
 * told, which the next sentence rejects, is hearsay (`reported`), never a side of a conflict; one the next sentence does not
 * reject stands as read. So is a figure in a sentence or a heading that denies a report or rumour (DENIES, A_REPORT).
 */
export function withdrawRejected(claims: RawClaim[], blocks: readonly Segment[]): RawClaim[] {
  return claims.map((c) => {
    if (c.value.kind === 'event' || c.modality !== 'asserted') return c;
    const block = blocks.find((b) => b.start <= c.sentence.start && c.sentence.end <= b.end);
    if (!block) return c;
    const sentence = block.text.slice(c.sentence.start - block.start, c.sentence.end - block.start);
    if (DENIES.test(sentence) && A_REPORT.test(sentence)) return { ...c, modality: 'reported' };
    if (!TOLD_BY_OTHERS.test(sentence)) return c;
    const rest = block.text.slice(c.sentence.end - block.start).replace(/^\s+/u, '');
    SENTENCE_END.lastIndex = 0;
    const end = SENTENCE_END.exec(rest);
    const next = rest.slice(0, end ? end.index + end[0].length : rest.length);
    return next.length > 0 && REJECTS_WHAT_WAS_TOLD.test(next) ? { ...c, modality: 'reported' } : c;
  });
}
