// Entity mentions in text and their canonical identity: pack aliases first, then names no pack knows.
import { foldName, type Lexicon } from '../packs/lexicon.js';
import type { PackEntity } from '../packs/types.js';
import type { EntityRef, Span } from '../types.js';

export interface Mention extends Span {
  text: string;
  entity: EntityRef;
}

/** Confidence of a claim whose subject no pack knows. */
export const UNKNOWN_ENTITY_CONFIDENCE = 0.7;

function known(entity: PackEntity, mention: string): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type, mention, known: true };
}

/**
 * The canonical entity for a name: a pack alias (compared folded: "acme x2" = "Acme-X2"),
 * or an unknown entity keyed by its folded name. `typeHint` types unknown names (a table's first
 * column says "Model"); otherwise a repository slug is a repository, a name with a digit a model.
 */
export function resolveName(lexicon: Lexicon, name: string, typeHint?: string): EntityRef {
  const text = name.trim().replace(/^`|`$/g, '');
  const entity = lexicon.folded.get(foldName(text));
  if (entity) return known(entity, name);
  const type = typeHint ?? (/^[\w.-]+\/[\w.-]+$/.test(text) ? 'repository' : /\d/.test(text) ? 'model' : 'unknown');
  return { id: foldName(text), name: text, type, mention: name, known: false };
}

/** Families an entity belongs to, nearest first: pack `family` links, then member prefixes. */
export function familiesOf(lexicon: Lexicon, entity: EntityRef): PackEntity[] {
  const chain: PackEntity[] = [];
  const seen = new Set<string>([entity.id]);
  let current: PackEntity | undefined = lexicon.entities.get(entity.id);
  let parentId = current?.family;
  if (!parentId) {
    const folded = entity.id;
    const match = lexicon.familyPrefixes.find(
      ({ prefix, family }) => family.id !== folded && folded.startsWith(prefix) && /^[-.\d]|^$/.test(folded.slice(prefix.length)),
    );
    parentId = match?.family.id;
  }
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    current = lexicon.entities.get(parentId);
    if (!current) break;
    chain.push(current);
    parentId = current.family;
  }
  return chain;
}

export function familyRef(family: PackEntity): EntityRef {
  return known(family, family.name);
}

// Names no pack knows: `owner/name` in code, any other code span, a capitalised token with a digit
// ("GPT-5", "Pixel 9"-like single tokens such as "X200"), or a token with inner capitals ("CoreWeave").
const SLUG = /`([\w.-]+\/[\w.-]+)`/gu;
const CODE = /`([^`\n]{2,60})`/gu;
const NAME = /(?<![\p{L}\p{N}_\-/.])\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*(?![\p{L}\p{N}_])/gu;

function isNameToken(token: string): boolean {
  if (token.length < 2 || token.length > 60) return false;
  const hasDigit = /\p{N}/u.test(token);
  const innerCapital = /\p{Ll}\p{Lu}/u.test(token);
  const hyphenatedCapitals = /^\p{Lu}[\p{L}\p{N}]*-\p{Lu}/u.test(token);
  return hasDigit || innerCapital || hyphenatedCapitals;
}

/**
 * All entity mentions in `text`, left to right, not overlapping `exclude` spans (category values).
 * An alias glued by a hyphen to a name that is not an alias ("Acme-Turbo") becomes one unknown name;
 * two aliases joined by a hyphen ("Acme-Globex") stay two mentions.
 */
export function findMentions(lexicon: Lexicon, text: string, exclude: readonly Span[] = []): Mention[] {
  // Which characters a mention or value already holds: linear, however many mentions there are.
  const taken = new Uint8Array(text.length + 1);
  const take = (s: number, e: number) => taken.fill(1, s, e);
  const free = (s: number, e: number) => taken.subarray(s, e).every((x) => x === 0);
  for (const span of exclude) take(span.start, span.end);
  const mentions: Mention[] = [];
  const add = (start: number, end: number, entity: EntityRef) => {
    if (!free(start, end)) return;
    take(start, end);
    mentions.push({ start, end, text: text.slice(start, end), entity });
  };

  for (const m of text.matchAll(SLUG)) {
    const start = m.index + 1;
    add(start - 1, start + m[1]!.length + 1, resolveName(lexicon, m[1]!));
  }
  const aliasMatches = lexicon.aliases(text);
  const aliasStarts = new Set(aliasMatches.map((m) => m.start));
  for (const m of aliasMatches) {
    const glued = /^-([\p{L}\p{N}][\p{L}\p{N}.]*(?:-[\p{L}\p{N}]+)*)/u.exec(text.slice(m.end, m.end + 80));
    if (glued && !aliasStarts.has(m.end + 1)) {
      const end = m.end + glued[0].length;
      add(m.start, end, resolveName(lexicon, text.slice(m.start, end)));
      continue;
    }
    add(m.start, m.end, known(lexicon.aliasEntities[m.index]!, text.slice(m.start, m.end)));
  }
  for (const m of text.matchAll(CODE)) {
    add(m.index, m.index + m[0].length, resolveName(lexicon, m[1]!));
  }
  for (const m of text.matchAll(NAME)) {
    if (isNameToken(m[0])) add(m.index, m.index + m[0].length, resolveName(lexicon, m[0]));
  }
  return mentions.sort((a, b) => a.start - b.start);
}
