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

/**
 * A figure after a denial in its own sentence or heading that names a report or rumour ("X denies reports that …", "X否认…
 * 传闻"): the report's, unless a break that opens an assertion of its own (a semicolon, "but") parts it from the denial.
 * A figure before the denial ("cost $90 million, and X denied a rival report") stays the page's.
 */
function deniedAsReported(sentence: string, at: number): boolean {
  if (!A_REPORT.test(sentence)) return false;
  const denial = DENIES.exec(sentence);
  if (!denial || denial.index >= at) return false;
  return !OWN_ASSERTION.test(sentence.slice(denial.index + denial[0].length, at));
}

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
    if (deniedAsReported(sentence, c.span.start - c.sentence.start)) return { ...c, modality: 'reported' };
    if (!TOLD_BY_OTHERS.test(sentence)) return c;
    const rest = block.text.slice(c.sentence.end - block.start).replace(/^\s+/u, '');
    SENTENCE_END.lastIndex = 0;
    const end = SENTENCE_END.exec(rest);
    const next = rest.slice(0, end ? end.index + end[0].length : rest.length);
    return next.length > 0 && REJECTS_WHAT_WAS_TOLD.test(next) ? { ...c, modality: 'reported' } : c;
  });
}

/**
 * Before a figure, a verb that denies the clause it opens: "denied that", "disputed claims that", "negó que", "desmintió que",
 * "a démenti que", "negou que", "ha smentito che", "bestritt, dass". English "denied that report" names what was denied: no clause.
 */
const DENIES_THAT =
  /(?<![\p{L}])(?:(?:denied|denies|deny|denying|disputed|disputes|refuted|refutes)\s+(?:(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?)\s+)?that(?!\s+(?:figure|figures|number|numbers|report|reports|claim|claims|estimate|estimates|account|story|rumou?rs?)(?![\p{L}]))|(?:rejected|rejects|dismissed|dismisses)\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?)\s+that|(?:neg[óo]|negaron|niegan?|desmintió|desmintieron|desmienten?|(?:ha|han|había)\s+(?:negado|desmentido)|negou|negaram|negam?|desmentiu|desmentiram|desmentem?)\s+que|(?:a|ont|avait|avaient)\s+(?:démenti|nié|contesté)\s+que|(?:dément|démentent|conteste|contestent)\s+que|(?:(?:ha|hanno|aveva)\s+(?:negato|smentito)|negò|smentì|smentisce|smentiscono)\s+che|(?:bestritt|bestritten|bestreitet|dementierte|dementierten|dementiert),?\s+dass)(?![\p{L}])/giu;
/**
 * After a figure, in its sentence, words that deny it: "…, a figure the studio denied", "…, which the ministry disputes", "…, una
 * cifra que el gobierno desmintió", "…, lo que el estudio negó", "…, un chiffre que la mairie a démenti", "…, o que a empresa negou",
 * "…, una cifra che il comune ha smentito", "…, was das Ministerium bestritt".
 */
const DENIED_AFTER = new RegExp(
  String.raw`^[^;；]*?,\s*(?:(?:(?:a|an|the)\s+(?:figure|number|claim|estimate|sum|amount|total|report|account)\s+(?:that\s+|which\s+)?|which\s+)(WORDS)(?:has\s+|have\s+|had\s+)?(?:denied|disputed|rejected|refuted|dismissed|denies|disputes|rejects|refutes|dismisses)|(?:(?:una|la)\s+(?:cifra|afirmación|dato|versión|estimación|cantidad|suma|información)|lo|algo)\s+que\s+(WORDS)(?:ha\s+|han\s+|había\s+)?(?:desmintió|desmintieron|desmienten?|desmentido|negó|negaron|niegan?|negado|rechazó|rechazaron|rechazan?|rechazado)|(?:un\s+chiffre|une\s+somme|une\s+affirmation|une\s+information|ce)\s+qu(?:e\s+|['’])(WORDS)(?:(?:a|ont|avait|avaient)\s+(?:démenti|contesté|nié|rejeté)|dément|démentent|conteste|contestent)|(?:um\s+(?:número|valor|dado)|uma\s+(?:cifra|informação|afirmação)|o)\s+que\s+(WORDS)(?:desmentiu|desmentiram|desmentem?|negou|negaram|negam?|contestou|rejeitou)|(?:una\s+cifra|un\s+dato|un['’]affermazione|ciò|il\s+che)\s+che\s+(WORDS)(?:(?:ha|hanno|aveva)\s+(?:smentito|negato|respinto|contestato)|smentisce|smentiscono|nega|negano)|(?:was|eine\s+(?:Zahl|Angabe|Summe),\s+die)\s+(WORDS)(?:dementierte|dementierten|bestritt|bestritten|bestreitet|dementiert))(?![\p{L}])`.replaceAll('(WORDS)', String.raw`((?:[\p{L}'’.-]+\s+){0,5}?)`),
  'iu',
);
/** A word that denies the denial ("did not deny", "no negó", "n'a pas démenti", "non ha smentito", "não negou", "nicht bestritten"). */
const NOT_BEFORE = /(?<![\p{L}])(?:not|never|no|nunca|jamás|pas|jamais|non|mai|não|nicht|nie)\s+(?:[\p{L}'’]+\s+)?$|n['’]t\s+$/iu;
const NEGATION_WORD = /(?<![\p{L}])(?:not|never|no|nunca|jamás|pas|jamais|non|mai|não|nicht|nie)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** Between a denial and the figure, a break that opens an assertion of its own: a semicolon, "but", "pero", "mais", "aber". */
const OWN_ASSERTION = /[;；]|(?<![\p{L}])(?:but|however|pero|sin\s+embargo|mais|mas|ma|però|aber|jedoch)(?![\p{L}])/iu;

/**
 * "The studio denied that the film cost $90 million", "X said the film cost $90 million, a figure the studio denied", "negó que
 * …", "una cifra que … desmintió": a figure its own sentence denies is hearsay (`reported`), never a side of a conflict. A denial
 * that is itself denied ("did not deny that …"), or one a semicolon or "but" parts from the figure, leaves it stated.
 */
export function withdrawDenied(claims: RawClaim[], blocks: readonly Segment[]): RawClaim[] {
  return claims.map((c) => {
    if (c.value.kind === 'event' || (c.modality !== 'asserted' && c.modality !== 'hedged')) return c;
    const block = blocks.find((b) => b.start <= c.sentence.start && c.sentence.end <= b.end);
    if (!block) return c;
    const sentence = block.text.slice(c.sentence.start - block.start, c.sentence.end - block.start);
    const at = c.span.start - c.sentence.start;
    const end = c.span.end - c.sentence.start;
    if (at < 0 || end > sentence.length) return c;
    for (const m of sentence.matchAll(DENIES_THAT)) {
      if (m.index >= at) break;
      const between = sentence.slice(m.index + m[0].length, at);
      if (between.length <= 200 && !OWN_ASSERTION.test(between) && !NOT_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return { ...c, modality: 'reported' };
    }
    const after = DENIED_AFTER.exec(sentence.slice(end));
    if (after && !after.slice(1).some((words) => words !== undefined && NEGATION_WORD.test(words))) return { ...c, modality: 'reported' };
    return c;
  });
}
