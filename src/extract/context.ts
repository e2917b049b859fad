// The subject a table, a label or a bare size takes from its context: the one name the section's heading or the page's
// title gives, and the family a size alone ("| 405B |", "| | 7B | 70B |") is a member of.
import { hasSizeToken, PRODUCT_ONLY_TYPES, resolveName } from '../normalise/entities.js';
import { typeNouns } from './typing.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, SubjectVia } from '../types.js';
import type { ProseState } from './readers/prose.js';
import { spacedPattern } from '../packs/phrases.js';

/** A size alone in a cell: "7B", "8x22B", "405b". */
export const SIZE_ONLY = /^\s*((?:\d+x)?\d+(?:\.\d+)?)\s*([BMK])\s*$/i;

/** The entity the page or section is about, for a label–value table: exactly one fitting name, or none. */
export function contextEntity(state: ProseState | undefined): { entity: EntityRef; via: SubjectVia } | undefined {
  if (!state) return undefined;
  for (let i = state.sections.length - 1; i >= 0; i--) {
    const named = state.sections[i]!.entities;
    if (named.length === 0 && state.sections[i]!.opaque) return undefined;
    if (named.length === 1) return { entity: named[0]!, via: 'heading' };
    if (named.length > 1) return undefined;
  }
  return state.topic.length === 1 ? { entity: state.topic[0]!, via: 'title' } : undefined;
}

/** The family a bare size refers to ("180B" in "| | 7B | 34B | 180B |"): the nearest name of the section or the page without a size. */
export function familyInContext(state: ProseState | undefined, before: readonly EntityRef[] = []): EntityRef | undefined {
  if (!state) return undefined;
  // (Not a maker, a person or a place: "Larkspur unveiled it in Velmora. The 72B is …" names no "Velmora 72B".)
  const familyLike = (e: EntityRef) => !hasSizeToken(e.name) && !PRODUCT_ONLY_TYPES.has(e.type) && e.type !== 'event' && e.type !== 'unknown';
  // The sentence's own names first, then the section's heading and the page's title, then the names met before.
  for (let i = before.length - 1; i >= 0; i--) if (familyLike(before[i]!)) return before[i];
  for (let i = state.sections.length - 1; i >= 0; i--) {
    const named = state.sections[i]!.entities.filter(familyLike);
    if (named.length === 1) return named[0];
  }
  const topic = state.topic.filter(familyLike);
  if (topic.length === 1) return topic[0];
  for (let i = state.sectionNames.length - 1; i >= 0; i--) if (familyLike(state.sectionNames[i]!)) return state.sectionNames[i];
  return undefined;
}

/** The member of the family in context that a size alone names ("405B" on a page about "Acme 3" is "Acme 3 405B"), if any. */
export function memberOfSize(lexicon: Lexicon, text: string, state: ProseState | undefined): EntityRef | undefined {
  const size = SIZE_ONLY.exec(text);
  const family = size ? familyInContext(state) : undefined;
  if (!family) return undefined;
  const member = resolveName(lexicon, `${family.name} ${size![1]}${size![2]!.toUpperCase()}`);
  return state?.types?.typed(member) ?? member;
}

/** Words that name a part of any thing, in any field: "## Sub-model specification", "## Components". */
const PART_WORDS = ['component', 'sub-model', 'submodel', 'subsystem', 'sub-system'];
/** Words that say which thing a type noun means, not another of its kind: "## About the model", "## Our model". */
const DETERMINERS = /^(?:the|a|an|this|that|these|its|their|our|your|my|his|her|each|every|one|same|whole|entire|full|about|of|for|on|in|to|and|with|per)$/iu;
/** After a type noun, a word that calls the section a description of it ("## Encoder model specification"). */
const SECTION_WORDS = /^(?:specifications?|specs?|details|overview|summary|architecture|description|profile)$/iu;
/** The words of a line: letters, digits and the marks inside a word ("mel-spectrogram", "0.5", "x_1"). */
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’_.+-]*/gu;
const PART_PATTERNS = new WeakMap<Lexicon, { within: RegExp; whole: RegExp }>();

/** The part words of the engine and the packs: found within a heading (`within`), or standing alone in a cell (`whole`). */
function partPatterns(lexicon: Lexicon): { within: RegExp; whole: RegExp } {
  let parts = PART_PATTERNS.get(lexicon);
  if (!parts) {
    // PART_WORDS is never empty, so neither is the pattern.
    const alternatives = partWordsPattern(lexicon) as string;
    parts = { within: new RegExp(`(?<![\\p{L}\\p{N}-])${alternatives}(?![\\p{L}\\p{N}-])`, 'iu'), whole: new RegExp(`^${alternatives}$`, 'iu') };
    PART_PATTERNS.set(lexicon, parts);
  }
  return parts;
}

/**
 * Whether a name is a part word alone, of the engine's (PART_WORDS) or a pack's (`entityTypes[].parts`): "encoder",
 * "Decoders", "component" (a table's row of a part of the thing in the row above).
 */
export const isPartWord = (lexicon: Lexicon, name: string): boolean => partPatterns(lexicon).whole.test(name.trim());

/**
 * The part words of the packs (`entityTypes[].parts`) and the engine's (PART_WORDS), as one group of a pattern, each with an
 * optional plural ending ("wing", "wings"); `except`: words left out (an attribute's own: "wings" of a wingspan).
 */
export function partWordsPattern(lexicon: Lexicon, except: ReadonlySet<string> = new Set()): string | undefined {
  const words = [...new Set([...PART_WORDS, ...lexicon.pack.entityTypes.flatMap((t) => t.parts ?? [])].map((w) => w.toLowerCase()))]
    .filter((w) => !except.has(w) && !except.has(`${w}s`) && !except.has(`${w}es`))
    .map(spacedPattern);
  return words.length === 0 ? undefined : `(?:${words.join('|')})(?:s|es)?`;
}

/** The part words of the packs but an attribute's own words ("wings" of a wingspan, "population" of a population), as one group of a pattern. */
export function partWordsBesides(lexicon: Lexicon, attribute: PackAttribute): string | undefined {
  const own = new Set([...attribute.triggers, ...attribute.headers, ...(attribute.unitWords ?? []), attribute.label].flatMap((w) => w.toLowerCase().split(/\s+/u)));
  return partWordsPattern(lexicon, own);
}

/**
 * Whether a heading below the title names a part of the page's thing, or another thing of its kind, and not the thing:
 * a word the packs list as a part of a thing of some type (`entityTypes[].parts`: "## First stage", "## Side boosters") or
 * one of the engine's (PART_WORDS); or a type noun of the packs (a plural only before such a word), right after a word of its own that is no
 * determiner, number or word of the title, at the heading's end or before a word that calls it a description
 * ("## Encoder model specification", "## Encoder models specification", "## Duration prediction model", "## x-1-decoder model
 * specification" under "# x-1";
 * not "## Model specification", "## About this model", "## The X model" nor "## Composite model specification" under
 * "# X (composite)"). `names`: the spans of the heading's names, which hold no such word.
 */
export function namesPart(lexicon: Lexicon, heading: string, title: string, names: readonly { start: number; end: number }[]): boolean {
  let text = heading;
  for (const n of names) text = text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end);
  if (partPatterns(lexicon).within.test(text)) return true;
  const nouns = typeNouns(lexicon)[1];
  const titleWords = new Set((title.match(WORDS) ?? []).map((w) => w.toLowerCase()));
  // The heading's words as written (names included: "x-1-decoder" is a word of its own, not the name "x-1").
  const words = heading.match(WORDS) ?? [];
  for (let i = 1; i < words.length; i++) {
    const noun = words[i]!.toLowerCase();
    if (!nouns.has(noun)) continue;
    const after = words[i + 1];
    if (after !== undefined && (!SECTION_WORDS.test(after) || i + 2 < words.length)) continue;
    // A plural ("## Recommended models") only before a word that calls it a description ("## Encoder models specification").
    if (after === undefined && noun.endsWith('s') && nouns.has(noun.slice(0, -1))) continue;
    const before = words[i - 1]!;
    if (DETERMINERS.test(before) || titleWords.has(before.toLowerCase()) || /^\d/u.test(before) || nouns.has(before.toLowerCase())) continue;
    return true;
  }
  return false;
}
