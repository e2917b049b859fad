// Counted nouns in prose: a figure no pack attribute binds, said of a name by a verb of having ("Acme Wind
// operates 48 turbines", "the Zephyr 2 model has 48 layers and 40 attention heads"), takes the noun it counts
// as an open attribute (openAttribute, the same canonical form as a label in a spec sheet). Only this shape
// is read: a name, a verb of having, the figure, a few words ending in the plural noun. Anything else (a
// figure after a preposition, a ranking, a subset, a figure in a name) says something we cannot name safely.
import { resolveName, type Mention } from '../../normalise/entities.js';
import type { QuantityMatch } from '../../normalise/numbers.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { EntityRef, Span } from '../../types.js';
import { openAttribute } from '../attributes.js';
import { FUNCTION_WORDS } from '../figure-phrases.js';
import type { TriggerHit } from '../attributes.js';

/**
 * What may stand between the name and the figure: an optional relative pronoun or aside, a verb of
 * having, and hedge words. "Acme Wind operates", "Zephyr 2, which has", "the Orbis line now counts".
 */
const HAVING =
  /^\s*(?:,\s*with\s*$|(?:,\s*(?:which|that|who)\s+|,\s*)?(?:(?:also|now|still|currently|already|reportedly|today)\s+)?(?:has|have|had|uses|use|used|contains|contain|contained|features|featured|includes|include|included|comprises|comprise|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|boasts|boasted|employs|employed|operates|operated|stacks|stacked|totals|totalled|totaled|supports|supported|offers|offered|packs|sports|hosts|hosted|counts|counted|numbers|numbered|runs|ran|comes\s+in|come\s+in|came\s+in|(?:is|are|was|were)\s+available\s+in)(?:\s+(?:a\s+total\s+of|in\s+total|exactly|some|just))?\s*$)/iu;

/** Plural heads that count no attribute: "3 times", "in two ways", "the others". */
const NOT_COUNTED = new Set(['times', 'ways', 'ones', 'others', 'things', 'cases', 'reasons', 'places', 'percent', 'points', 'orders']);

/** After the counted noun: "per layer", "each", "of them" make it another figure (a rate, a share). */
const SHARE_AFTER =
  /^\s*(?:per|each|apiece|a\s+piece|of\s+(?:them|which|whom|these|those|its|their|the)|out\s+of|in\s+each|at\s+a\s+time|in\s+addition\s+to|besides|beyond|other\s+than|apart\s+from|aside\s+from|excluding|not\s+counting|on\s+top\s+of|plus|more|fewer|less)(?![\p{L}])/iu;
/** Before the name: "the team behind Acme has 40 engineers" is the team's figure, not Acme's. */
const OBJECT_BEFORE =
  /(?<![\p{L}])(?:behind|of|for|from|with|by|built|made|released|trained|than|like|unlike|to|in|on|at|about|over|under|after|before|versus|vs\.?|and|or)\s+(?:the\s+|its\s+|their\s+)?$/iu;

/**
 * A name no pack knows: two to four capitalised words opening the sentence or a clause, right before the
 * verb ("Acme Wind operates 48 turbines"). One capitalised word is too often a common word opening a sentence.
 */
const BARE_NAME = /(?:^|[,;:(]\s*)(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){1,3})(?=[\s,])/gu;
/** Capitalised words that open a sentence without being part of a name. */
const NOT_A_NAME_START = new Set(
  'the this that these those our its their his her my your a an in on at for from by with each all most some many both every why how what when where who which while after before during since if as but and or so yet also then there here today yesterday'.split(' '),
);

/** The longest counted phrase, in words: "48 transformer decoder layers". */
const MAX_WORDS = 3;

export interface CountedNounClaim {
  entity: EntityRef;
  attribute: PackAttribute;
  match: QuantityMatch;
  /** The figure and its counted noun. */
  span: Span;
}

/** A plural noun: "layers", "GPUs", "batteries" (not "class", "bonus", "basis"). */
const isPlural = (word: string): boolean => /^[\p{L}][\p{L}-]*[^sui]s$/u.test(word) && word.length > 3;

/** The counted phrase after a figure: up to MAX_WORDS words ending in a plural noun, else undefined. */
function countedPhrase(text: string, from: number): { phrase: string; end: number } | undefined {
  const word = /\s+([\p{L}][\p{L}\p{N}-]*)/uy;
  word.lastIndex = from;
  const words: string[] = [];
  let m: RegExpExecArray | null;
  while (words.length < MAX_WORDS && (m = word.exec(text))) {
    const w = m[1]!;
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || /ly$/.test(lower)) return undefined;
    // A capitalised word after the first is a name, not part of what is counted ("3 models Acme ships").
    if (words.length > 0 && /^\p{Lu}\p{Ll}/u.test(w)) return undefined;
    words.push(w);
    if (isPlural(w)) {
      if (NOT_COUNTED.has(lower)) return undefined;
      const end = word.lastIndex;
      // "48 layers" ends at a break or a word that is no part of the noun phrase.
      if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) return undefined;
      return { phrase: words.join(' '), end };
    }
  }
  return undefined;
}

/**
 * Open attributes from counted nouns, for figures no pack attribute took. `isBound` tells the figures
 * a pack attribute took; `mentions` are the sentence's names in order; `triggers` the pack's trigger phrases (a
 * phrase the pack knows is never made open: the pack's attribute declined the figure for a reason).
 */
/** The bare name that says the figure at `at`: a capitalised run opening its clause, then a verb of having. */
function bareName(lexicon: Lexicon, text: string, at: number): EntityRef | undefined {
  const before = text.slice(Math.max(0, at - 120), at);
  const offset = Math.max(0, at - 120);
  let found: EntityRef | undefined;
  for (const m of before.matchAll(BARE_NAME)) {
    const name = m[1]!;
    const end = m.index + m[0].length;
    if (NOT_A_NAME_START.has(name.split(/\s+/)[0]!.toLowerCase()) || !HAVING.test(before.slice(end))) continue;
    if (offset > 0 && m.index === 0) continue;
    found = resolveName(lexicon, name);
  }
  return found;
}

export function countedNounClaims(
  lexicon: Lexicon,
  text: string,
  quantities: readonly QuantityMatch[],
  isBound: (q: QuantityMatch) => boolean,
  mentions: readonly Mention[],
  triggers: readonly TriggerHit[],
): CountedNounClaim[] {
  const out: CountedNounClaim[] = [];
  const unitWords = lexicon.unitWords;
  let previous: { entity: EntityRef; end: number } | undefined;
  for (const q of quantities) {
    const carried = previous;
    previous = undefined;
    if (isBound(q) || q.quantity.unit !== '' || q.calendar || q.ambiguous) continue;
    // "three turbines" is a count; "three-way", "top-4" are not.
    if (q.word && !/^[\p{L}\s]+$/u.test(text.slice(q.numberSpan.start, q.numberSpan.end))) continue;
    const value = q.quantity.min ?? q.quantity.max;
    if (value === null || value === undefined || !Number.isInteger(value) || value < 2) continue;
    const counted = countedPhrase(text, q.span.end);
    if (!counted) continue;
    const span = { start: q.span.start, end: counted.end };
    if (mentions.some((m) => m.start < span.end && m.end > q.span.end)) continue;
    if (triggers.some((t) => t.start < span.end && t.end > q.span.start)) continue;
    if (counted.phrase.toLowerCase().split(/\s+/).some((w) => Object.hasOwn(unitWords, w))) continue;
    if (SHARE_AFTER.test(text.slice(counted.end, counted.end + 20))) continue;
    const open = openAttribute(counted.phrase);
    if (!open) continue;
    // The name the figure is said of: right before the verb of having, or the one the list began with.
    const before = [...mentions].reverse().find((m) => m.end <= q.span.start);
    let entity: EntityRef | undefined;
    if (before && before.entity.type !== 'event' && HAVING.test(text.slice(before.end, q.span.start)) && !OBJECT_BEFORE.test(text.slice(Math.max(0, before.start - 30), before.start)))
      entity = before.entity;
    else if (carried && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u.test(text.slice(carried.end, q.span.start))) entity = carried.entity;
    if (!entity && !(before && before.end > q.span.start - 80)) entity = bareName(lexicon, text, q.span.start);
    if (!entity) continue;
    out.push({ entity, attribute: open.attribute, match: q, span });
    previous = { entity, end: counted.end };
  }
  return out;
}
