// Rule attribution: one distinctive figure given for the same attribute of two different entities in one article
// (the same training cost credited to two models). Distinctive: a currency amount or a figure with at least two
// significant digits (three for rates and scores), and not a standard size (a power of two or its K/M/B form). A table sets values side by side on purpose: at least one
// entity must be credited outside a table, and not merely as a repeat of its own row.
import { CURRENCY_CODES } from '../normalise/units.js';
import { foldName, type Lexicon } from '../packs/lexicon.js';
import type { Claim, Quantity } from '../types.js';
import { describeQuantity, attributeLabel } from './describe.js';
import { docsUrl, isAsserted, isSupporting, type Rule } from './rule.js';
import { spacedPattern } from '../packs/phrases.js';

export function significantDigits(n: number): number {
  const digits = Math.abs(n).toPrecision(12).replace(/\.?0+$/, '').replace('.', '').replace(/^0+/, '');
  return digits.replace(/0+$/, '').length;
}

export const isCurrency = (unit: string) => CURRENCY_CODES.has(unit);

/** Whether a pack puts every one of these entities in one family. */
export function oneFamily(lexicon: Lexicon, ids: readonly string[]): boolean {
  // A family stands for itself among its members ("Acme X" beside "Acme X1").
  const families = new Set(ids.map((id) => lexicon.entities.get(id)?.family ?? (ids.some((other) => lexicon.entities.get(other)?.family === id) ? id : undefined)));
  return families.size === 1 && !families.has(undefined);
}

/** Words by which one sentence sets two names' figures side by side. */
const SIDE_BY_SIDE = /(?<![\p{L}])(?:than|versus|vs\.?|compared\s+(?:with|to)|outshin\p{L}*|beat(?:s|ing)?|surpass\p{L}*|outclass\p{L}*|match(?:es|ed|ing)?|same\s+as|identical\s+to)(?![\p{L}])/iu;

/**
 * Words by which one sentence hands a list of figures out to a list of names in order: "respectively", "respectivement",
 * "respectivamente", "rispettivamente", "jeweils", "beziehungsweise", "bzw.", "分别", "分別", "それぞれ", "각각".
 */
const IN_ORDER = /(?<![\p{L}])(?:respectively|respectivement|respectivamente|rispettivamente|jeweils|beziehungsweise|bzw\.)(?![\p{L}])|分别|分別|それぞれ|각각/iu;

/** Words that state one thing's figure equal to another's: "ties", "matches", "equals", "the same as". */
const EQUALS = String.raw`(?:ti(?:es|ed|ing)|match(?:es|ed|ing)|equal(?:s|led|ed|ling|ing)?|(?:the\s+)?same\s+as|identical\s+to|on\s+par\s+with)`;

/** Whether a claim's sentence says its figure equals another's: the claim's name right after such a word ("This ties the X with 884 mb"). */
function saidEqual(c: Claim): boolean {
  const name = spacedPattern(c.entity.mention);
  return name !== '' && new RegExp(String.raw`(?<![\p{L}])${EQUALS}\s+(?:the\s+|a\s+|an\s+)?${name}`, 'iu').test(c.sentence);
}

/** Whether a whole number is a power of two (1, 2, 4, … 4,096, 131,072). */
export function powerOfTwo(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 1) return false;
  let m = n;
  while (m % 2 === 0) m /= 2;
  return m === 1;
}

/**
 * A size that computing sets in powers of two, written in full or in thousands, millions, billions: "4,096",
 * "131,072", "1,048,576", and "128K" read as 128,000, "1M", "32K". Many things share such a size (a context length,
 * a GPU count, a storage size): it is no mark of one entity.
 */
export function isStandardSize(n: number): boolean {
  for (let scaled = n; Number.isSafeInteger(scaled) && scaled >= 1; scaled /= 1000) if (powerOfTwo(scaled)) return true;
  return false;
}

/** Point figures that are unlikely to repeat by chance: not a standard size (a power of two, or its K/M/B form), nor a round figure. */
export function isDistinctive(q: Quantity): boolean {
  if (q.min === null || q.max === null || q.min !== q.max || q.min === 0) return false;
  if (isCurrency(q.unit)) return true;
  if (q.unit !== 'date' && isStandardSize(Math.abs(q.min))) return false;
  // Rates and scores cluster (a 91% pass rate is common): they need three significant digits ("62.4%").
  return significantDigits(q.min) >= (['percent', 'score', 'ratio'].includes(q.unit) ? 3 : 2);
}

/** A name without its size: the line it belongs to ("Acme 2 7B" and "Acme 2 70B" → "acme-2"; "Acme 2 Pro" stays apart). */
/** A figure an article credits to an entity itself: stated or hedged, not a family's figure lent to a member, not derived. */
export const creditedFigure = (c: Claim): c is Claim & { value: Quantity } =>
  c.value.kind === 'quantity' && isSupporting(c) && c.scope !== 'member' && !c.derivedFrom;

export function lineOf(name: string): string {
  return foldName(name)
    .split('-')
    .filter((t) => !SIZE_PART.test(t) && !/^a\d+(?:\.\d+)?b$/.test(t))
    .join('-');
}

/**
 * The major version a line belongs to: a point release ("3.3", "2.5") read as its major ("3", "2"), so "Acme 3 8B",
 * "Acme 3" and "Acme 3.3" are of one major version, and "Acme 4" is not.
 */
export const majorLineOf = (name: string) =>
  lineOf(name)
    .split('-')
    .map((t) => t.replace(/^(\d+)\.\d+$/, '$1'))
    .join('-');

/** A size in a folded name ("405b", "8x22b"). */
const SIZE_PART = /^(?:\d+x)?\d+(?:\.\d+)?[bmkt]$/;

/** The sizes a name states ("Acme 2 7B" → "7b"), empty when none. */
export function sizeOf(name: string): string {
  return foldName(name)
    .split('-')
    .filter((t) => SIZE_PART.test(t))
    .join('-');
}

/**
 * Whether the claims' entities are the two parties of one relational figure ("Corvane's $61 billion acquisition"
 * with Halden as the buyer, "Halden paid $61 billion for Corvane"): one figure told from either side, no mix-up.
 */
export function oneRelation(claims: readonly Claim[]): boolean {
  const entities = [...new Set(claims.map((c) => c.entity.id))];
  return claims.some((c) => c.counterpart !== undefined && entities.every((id) => id === c.entity.id || id === c.counterpart!.id));
}

/** Point figures grouped by value and unit ("usd:5600000"). */
export function byFigure<C extends Claim & { value: Quantity }>(figures: readonly C[]): Map<string, C[]> {
  const groups = new Map<string, C[]>();
  for (const c of figures) {
    const key = `${c.value.unit}:${c.value.min}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** The tokens of a name that hold a digit, as codes ("nvl36", "gx200"). */
const codesOf = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => /\d/.test(t) && /\p{L}/u.test(t));

/** Whether a name no pack knows shares a code with another name the figure is credited to. */
function sharesACode(claims: readonly Claim[]): boolean {
  const entities = [...new Map(claims.map((c) => [c.entity.id, c.entity])).values()];
  return entities.some((u) => !u.known && codesOf(u.name).some((code) => entities.some((k) => k !== u && codesOf(k.name).includes(code))));
}

export const attribution: Rule = {
  id: 'attribution',
  meta: {
    description: 'A distinctive figure should not be credited to two different entities in one article',
    severity: 'warning',
    url: docsUrl('attribution'),
  },
  grouping: 'document-attribute',
  check(group, { lexicon }) {
    const figures = group.filter(creditedFigure).filter(
      // A subject taken from the heading or the title is a guess: no mix-up can rest on it.
      (c) => c.subjectVia !== 'heading' && c.subjectVia !== 'title' && isDistinctive(c.value),
    );
    const findings = [];
    for (const claims of byFigure(figures).values()) {
      const entities = [...new Set(claims.map((c) => c.entity.id))];
      if (entities.length < 2 || !claims.some(isAsserted)) continue;
      // "A and B both cost $1,199": one statement crediting several names on purpose, no mix-up.
      if (new Set(claims.map((c) => `${c.place.file}:${c.place.line}:${c.place.column}`)).size === 1) continue;
      // "X's 5,000mAh matches the Y's 5,000mAh": one sentence that compares the two means both (rule stated-arithmetic
      // speaks if it says one is larger); "X enrolled 4,212 and Y enrolled 4,212 too" compares nothing.
      if (new Set(claims.map((c) => `${c.place.file}\u0000${c.sentence}`)).size === 1 && SIDE_BY_SIDE.test(claims[0]!.sentence)) continue;
      // "A and B have invested $1B and $1B respectively": one sentence that hands its figures out to its names in order
      // gives each its own on purpose.
      if (new Set(claims.map((c) => `${c.place.file}\u0000${c.sentence}`)).size === 1 && IN_ORDER.test(claims[0]!.sentence)) continue;
      // "… a pressure of 884 mb. This ties the X of 1935 with a pressure of 884 mb.": a sentence that says one's figure
      // equals the other's repeats it on purpose.
      if (claims.some(saidEqual)) continue;
      // Members of one line share specs ("Acme 2 7B" and "Acme 2 70B" both read 128K tokens): no mix-up. So do the
      // members of one family a pack names (the Plus and the Ultra of one phone generation), except in money:
      // siblings are priced apart.
      if (new Set(claims.map((c) => lineOf(c.entity.name))).size === 1) continue;
      if (oneRelation(claims)) continue;
      // "the GX200 NVL36" and, further on, "the NVL36 rack-scale system": a name no pack knows that repeats a code of a
      // known name (a token with a digit) is a way of naming it.
      if (sharesACode(claims)) continue;
      if (!isCurrency(claims[0]!.value.unit) && oneFamily(lexicon, entities)) continue;
      // Point releases of one major version ("Acme 3 8B", "Acme 3.3") carry its specs on (a training set, a size):
      // no mix-up either, except in money.
      if (!isCurrency(claims[0]!.value.unit) && new Set(claims.map((c) => majorLineOf(c.entity.name))).size === 1) continue;
      // Rows of a table with equal values are no mix-up, nor is prose repeating an entity's own row; a
      // figure credited outside a table to an entity that no table backs with it is.
      const backed = new Set(claims.filter((c) => c.source === 'table').map((c) => c.entity.id));
      if (!claims.some((c) => c.source !== 'table' && !backed.has(c.entity.id))) continue;
      const names = [...new Set(claims.map((c) => c.entity.name))];
      const label = attributeLabel(lexicon, claims[0]!.attribute);
      findings.push({ claims, message: `${describeQuantity(claims[0]!.value)} ${label} credited to ${names.join(' and ')} in one article` });
    }
    return findings;
  },
};
