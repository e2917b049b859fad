// The subject a table, a label or a bare size takes from its context: the one name the section's heading or the page's
// title gives, and the family a size alone ("| 405B |", "| | 7B | 70B |") is a member of.
import { hasSizeToken, PRODUCT_ONLY_TYPES, resolveName } from '../normalise/entities.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { EntityRef, SubjectVia } from '../types.js';
import type { ProseState } from './readers/prose.js';

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
