// Entity mentions in text and their canonical identity: pack aliases first, then names no pack knows.
import { foldName, type Lexicon } from '../packs/lexicon.js';
import { codePointBefore, escapePattern, width } from '../packs/phrases.js';
import type { PackEntity, PackEvent } from '../packs/types.js';
import type { EntityRef, Span } from '../types.js';
import { identityOf, TextMemo } from './memo.js';
import { cjkNameBeforeHyphen } from './scan.js';
import { CURRENCY_PREFIXES } from './units.js';

export interface Mention extends Span {
  text: string;
  entity: EntityRef;
}

/** The type of a name that stands for several things at once ("Acme-7/70B"): never a subject. */
export const AMBIGUOUS = 'ambiguous';

/** Confidence of a claim whose subject no pack knows. */
export const UNKNOWN_ENTITY_CONFIDENCE = 0.7;

/** A pack's entity as a claim names it, with the words the text used for it. */
export function packEntityRef(entity: PackEntity, mention: string): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type, mention, known: true };
}

/** Types of pack entity that have units: an organisation, a company. */
export const ORGANISATION_TYPES: ReadonlySet<string> = new Set(['organization', 'organisation', 'company']);
/**
 * An English noun of an organisation's unit or affiliate, capitalised, right after its name or after up to two capitalised
 * words that follow it: "Research", "Labs", "Foundation", "Charitable Trust", "Ladies", "Women".
 */
const UNIT_NOUNS = String.raw`(?:Research|Labs?|Laborator(?:y|ies)|Foundation|Institute|Ventures|Academy|Trust|Fund|Society|Ladies|Women|Reserves)`;
const UNIT_NOUN = new RegExp(String.raw`^(?: \p{Lu}\p{Ll}+){0,2} ${UNIT_NOUNS}(?![\p{L}\p{N}-])`, 'u');

/** Whether a name ends on such a noun: "Acme Ladies", "the Acme Charitable Trust" (a unit's or an affiliate's own name). */
const ENDS_ON_UNIT_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}-])${UNIT_NOUNS}$`, 'u');
export const namesAUnit = (name: string): boolean => ENDS_ON_UNIT_NOUN.test(name);

/**
 * The canonical entity for a name: a pack alias (compared folded: "acme x2" = "Acme-X2"),
 * or an unknown entity keyed by its folded name. `typeHint` types unknown names (a table's first
 * column says "Model"); otherwise a repository slug is a repository, a name with a digit a model.
 */
export function resolveName(lexicon: Lexicon, name: string, typeHint?: string): EntityRef {
  const text = name.trim().replace(/^`|`$/g, '');
  const entity = lexicon.folded.get(foldName(text));
  if (entity) return packEntityRef(entity, name);
  // "Acme X3 Pro" after the family alias "Acme X": a member of a family whose members' type the pack gives.
  if (typeHint === undefined) {
    const glued = gluedMember(lexicon, text);
    if (glued && glued.index === 0) return { id: foldName(text), name: text, type: glued.type, mention: name, known: false };
  }
  // A name no pack knows is of unknown type until the text types it (src/extract/typing.ts); a pack
  // name run on over a version or size ("Acme 3 70B") is a product of that line; a slug is a repository.
  const type = typeHint ?? (/^[\w.-]+\/[\w.-]+$/.test(text) ? 'repository' : 'unknown');
  return { id: foldName(text), name: text, type, mention: name, known: false };
}

/**
 * Per lexicon, the aliases of families whose members' type the pack gives (`memberType`, or members linked to them) and
 * that end on a letter, as a pattern that finds one with a model number glued to it ("Acme X3", "Acme X12 Ultra"): the
 * alias whole (nothing glued before it), then digits and at most three letters, and no letter or digit after them ("Acme
 * X30" is its own member, not "Acme X3"; "Acme X3D" is its own name unless a pack lists it). An alias of one or two letters
 * ("X") takes none: "X3" alone is no name.
 */
const GLUED_MEMBER_PATTERNS = new WeakMap<Lexicon, { re: RegExp; typeOf: Map<string, string> } | null>();


function gluedMemberPattern(lexicon: Lexicon): { re: RegExp; typeOf: Map<string, string> } | null {
  let found = GLUED_MEMBER_PATTERNS.get(lexicon);
  if (found !== undefined) return found;
  const typeOf = new Map<string, string>();
  for (const family of lexicon.pack.entities) {
    if (family.type !== 'family' && family.memberType === undefined) continue;
    const type =
      family.memberType ?? lexicon.pack.entities.find((e) => e.family === family.id && e.type !== 'family')?.type;
    if (type === undefined || type === 'family') continue;
    for (const alias of family.aliases) {
      const a = alias.trim();
      if (!/\p{L}$/u.test(a) || /^\p{L}{1,2}$/u.test(a) || typeOf.has(a)) continue;
      typeOf.set(a, type);
    }
  }
  const aliases = [...typeOf.keys()].sort((x, y) => y.length - x.length);
  found =
    aliases.length === 0
      ? null
      : {
          re: new RegExp(
            String.raw`(?<![\p{L}\p{N}_\-/.])(${aliases.map(escapePattern).join('|')})\d+\p{L}{0,3}(?![\p{L}\p{N}_]|[.,]\d|/\d)`,
            'gu',
          ),
          typeOf,
        };
  GLUED_MEMBER_PATTERNS.set(lexicon, found);
  return found;
}

/** The first family alias with a model number glued to it in `text` ("Acme X3"): where it starts, its end, its members' type. */
function gluedMember(lexicon: Lexicon, text: string, from = 0): { index: number; end: number; type: string } | undefined {
  const pattern = gluedMemberPattern(lexicon);
  if (!pattern) return undefined;
  pattern.re.lastIndex = from;
  const m = pattern.re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length, type: pattern.typeOf.get(m[1]!)! } : undefined;
}

/** Families an entity belongs to, nearest first: pack `family` links, then member prefixes. */
export function familiesOf(lexicon: Lexicon, entity: EntityRef): PackEntity[] {
  const chain: PackEntity[] = [];
  const seen = new Set<string>([entity.id]);
  let current: PackEntity | undefined = lexicon.entities.get(entity.id);
  let parentId = current?.family;
  if (!parentId) {
    const folded = foldName(entity.name);
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

/**
 * Whether an event takes the entity as a participant: one of its types, and a family only where the pack gives it a
 * `memberType` the event takes as well (a line of models comes out as its models do; a line of consoles is no model's
 * release, and a family with no member type may be a prefix of names no pack knows: "Acme-Math", "Acme Code").
 */
export function takesPart(lexicon: Lexicon | undefined, event: PackEvent, entity: { id: string; type: string }): boolean {
  if (!event.participantTypes.includes(entity.type)) return false;
  if (entity.type !== 'family' || lexicon === undefined) return true;
  const memberType = lexicon.entities.get(entity.id)?.memberType;
  return memberType !== undefined && memberType !== 'family' && event.participantTypes.includes(memberType);
}

/** A size in a name: "405B", "7b", "8x22B", "A3B", "1.5T". */
// A size in millions is written with two digits or more ("135M"); "1M" in a name is a context length.
const SIZE_TOKEN = /(?<![\p{L}\p{N}.])(?:(?:\d+x)?\d+(?:\.\d+)?[BT]|\d{2,}(?:\.\d+)?M)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])A\d+(?:\.\d+)?B(?![\p{L}\p{N}])/iu;
export const hasSizeToken = (name: string) => SIZE_TOKEN.test(name);

/** Whether a name may stand for a family of models rather than one: a pack family, or a name no pack knows that carries no size. */
export function mayBeFamily(lexicon: Lexicon, entity: EntityRef): boolean {
  const known = lexicon.entities.get(entity.id);
  if (known) return known.type === 'family';
  return !hasSizeToken(entity.name);
}

/** A pack entity as a claim names it (a family lifted to, a member lowered to). */
export function entityRef(entity: PackEntity): EntityRef {
  return packEntityRef(entity, entity.name);
}

// Names no pack knows: `owner/name` in code, any other code span, a capitalised token with a digit
// ("Acme-5", "Nova 9"-like single tokens such as "X200"), or a token with inner capitals ("NimbusWorks").
const SLUG = /`([\w.-]+\/[\w.-]+)`/gu;
const CODE = /`([^`\n]{2,60})`/gu;

// Capitalised tokens are read by hand, as this pattern reads them (the RegExp engine is slow on \p{Lu}):
//   /(?<![\p{L}\p{N}_\-/.])\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*(?![\p{L}\p{N}_])/gu
// ASCII characters are tested by code; others by these patterns, once per code point.

/** A yes/no question about a code point beyond ASCII, asked of a pattern once per code point. */
function memoised(pattern: RegExp): (cp: number) => boolean {
  const known = new Map<number, boolean>();
  return (cp) => {
    let answer = known.get(cp);
    if (answer === undefined) known.set(cp, (answer = pattern.test(String.fromCodePoint(cp))));
    return answer;
  };
}
const capitalBeyondAscii = memoised(/^\p{Lu}$/u);
const letterOrDigitBeyondAscii = memoised(/^[\p{L}\p{N}]$/u);
/** What may not stand right before a name: a letter, digit, underscore, hyphen, slash or dot. */
const glueBeyondAscii = memoised(/^[\p{L}\p{N}_\-/.]$/u);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetterOrDigit = (c: number) => isUpper(c) || isLower(c) || isDigit(c);

/** The code point at `i` (a lone surrogate stands for itself), or -1 past the end. */
function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

const isCjk = (cp: number) => (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af);
const isLetterOrDigit = (cp: number) => (cp < 0x80 ? isAsciiLetterOrDigit(cp) : letterOrDigitBeyondAscii(cp));

/** The end of the run of letters and digits from `i`; Han and kana end it (a capitalised name is not written in them, and Chinese puts no space after one). */
function lettersAndDigitsEnd(text: string, i: number): number {
  for (let cp = codePointAt(text, i); cp >= 0 && isLetterOrDigit(cp) && !isCjk(cp); cp = codePointAt(text, i)) i += width(cp);
  return i;
}

/**
 * The end of the capitalised token whose capital ends at `from`, or -1 when the pattern finds none
 * there: letters and digits, then groups of "-" or "." and letters and digits, not followed by a
 * letter, digit or underscore (else the pattern gives the last group back, if it has one).
 */
function capitalisedTokenEnd(text: string, from: number): number {
  let end = lettersAndDigitsEnd(text, from);
  let groupStart = -1;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c !== 45 && c !== 46) || !isLetterOrDigit(codePointAt(text, end + 1))) break;
    groupStart = end;
    end = lettersAndDigitsEnd(text, end + 1);
  }
  const next = codePointAt(text, end);
  // Han and kana after a name are the next word, as Chinese and Japanese write without spaces.
  return next === 95 || (next >= 0 && isLetterOrDigit(next) && !isCjk(next)) ? groupStart : end;
}

/** Capitalised tokens in `text`, left to right, each as [start, end). */
function capitalisedTokens(text: string): number[] {
  const tokens: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const cp = c < 0x80 ? c : codePointAt(text, i);
    if (cp < 0x80 ? isUpper(cp) : capitalBeyondAscii(cp)) {
      const before = codePointBefore(text, i);
      const glued = before >= 0 && (before < 0x80 ? isAsciiLetterOrDigit(before) || before === 95 || before === 45 || before === 47 || before === 46 : glueBeyondAscii(before));
      const end = glued ? -1 : capitalisedTokenEnd(text, i + width(cp));
      if (end >= 0) {
        tokens.push(i, end);
        i = end;
        continue;
      }
    }
    i += width(cp);
  }
  return tokens;
}

const DIGIT = /\p{N}/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const HYPHENATED_CAPITALS = /^\p{Lu}[\p{L}\p{N}]*-\p{Lu}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isNameToken(token: string): boolean {
  if (token.length < 2 || token.length > 60) return false;
  if (ASCII_ONLY.test(token)) return isAsciiNameToken(token);
  return DIGIT.test(token) || INNER_CAPITAL.test(token) || HYPHENATED_CAPITALS.test(token);
}

/** isNameToken for ASCII, in one pass: a digit, a lower-case letter before a capital, or a capital after a hyphen that ends the first run of letters ("AB-CD"). */
function isAsciiNameToken(token: string): boolean {
  let run = isUpper(token.charCodeAt(0));
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isDigit(c)) return true;
    if (isLower(c) && isUpper(token.charCodeAt(i + 1))) return true;
    if (run && i > 0) {
      if (c === 45 && isUpper(token.charCodeAt(i + 1))) return true;
      run = isUpper(c) || isLower(c);
    }
  }
  return false;
}

/** The middle dots that part a foreign person's names in Chinese and Japanese: "·", "・", "•". */
const NAME_DOT = /^[·・•‧]$/u;
/**
 * Whether an alias written in Han or kana is a piece of such a name: a dot on one side and more of the name glued on the other
 * ("查德·阿里穆拉"; not "启航智驾·澜江", a brand and a place the dot parts whole).
 */
function inDottedName(text: string, start: number, end: number): boolean {
  if (!isCjk(codePointAt(text, start))) return false;
  return (NAME_DOT.test(text[start - 1] ?? '') && isCjk(codePointAt(text, end))) || (NAME_DOT.test(text[end] ?? '') && isCjk(codePointBefore(text, start)));
}

/** What findMentions read, by its lexicon, the spans it leaves out and its text: readers ask again for the same. */
const READ_MENTIONS = new TextMemo<Mention[]>();

/**
 * All entity mentions in `text`, left to right, not overlapping `exclude` spans (category values).
 * A name runs on over its version, size and variant words ("Acme 3.1 405B Instruct", "Acme-Turbo",
 * "Nimbus 4x12B", "Zephyr Large 2"); two aliases joined by a hyphen ("Acme-Globex") stay two mentions.
 * Capitalised words no pack knows are names when a version or size follows them ("Lumen 2"). The same text with the
 * same lexicon and spans is read once (memo.ts): the caller gets a copy.
 */
export function findMentions(lexicon: Lexicon, text: string, exclude: readonly Span[] = []): Mention[] {
  let context = identityOf(lexicon);
  for (const span of exclude) context += ` ${span.start}-${span.end}`;
  return READ_MENTIONS.get(context, text, () => readMentions(lexicon, text, exclude));
}

function readMentions(lexicon: Lexicon, text: string, exclude: readonly Span[]): Mention[] {
  // Which characters a mention or value already holds: linear, however many mentions there are.
  const taken = takenBuffer(text.length + 1);
  const take = (s: number, e: number) => taken.fill(1, s, e);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i] !== 0) return false;
    return true;
  };
  for (const span of exclude) take(span.start, span.end);
  const mentions: Mention[] = [];
  const add = (start: number, end: number, entity: EntityRef) => {
    // "Acme-7/70B": a name for two sizes at once names neither; it stands as a name of no type, so that
    // no fallback subject is taken for its sentence.
    if (text[end] === '/' && /\d/.test(text[end + 1] ?? '')) {
      const rest = /^\/[\p{L}\p{N}.]+/u.exec(text.slice(end, end + 20));
      const stop = end + (rest ? rest[0].length : 0);
      if (!free(start, stop)) return;
      take(start, stop);
      mentions.push({ start, end: stop, text: text.slice(start, stop), entity: { id: foldName(text.slice(start, stop)), name: text.slice(start, stop), type: AMBIGUOUS, mention: text.slice(start, stop), known: false } });
      return;
    }
    if (!free(start, end)) return;
    take(start, end);
    mentions.push({ start, end, text: text.slice(start, end), entity });
  };
  /** The end of a name's tail from `end`, stopping where a value or another mention begins. */
  const tailEnd = (end: number, productOnly: boolean) => {
    const stop = nameTailEnd(lexicon, text, end, productOnly);
    let e = end;
    while (e < stop && taken[e] === 0) e++;
    // Do not cut a tail token in two: keep what ends on a token boundary.
    return e === stop ? stop : end;
  };

  const code = text.includes('`');
  if (code) {
    for (const m of text.matchAll(SLUG)) {
      const start = m.index + 1;
      add(start - 1, start + m[1]!.length + 1, resolveName(lexicon, m[1]!));
    }
  }
  // "The Acme X3 Pro": a family alias with a model number glued to it is a member of the family, with its variant words.
  if (gluedMemberPattern(lexicon)) {
    for (let g = gluedMember(lexicon, text); g; g = gluedMember(lexicon, text, g.end)) {
      const end = tailEnd(g.end, false);
      add(g.index, end, resolveName(lexicon, text.slice(g.index, end)));
    }
  }
  const aliasMatches = lexicon.aliases(text);
  let aliasStarts: Set<number> | undefined;
  for (const m of aliasMatches) {
    const entity = lexicon.aliasEntities[m.index]!;
    // "查德·阿里穆拉" (Chad Arimura): Chinese and Japanese write a foreign person's names apart with a middle dot, and an alias
    // that one touches is a piece of such a name.
    if (inDottedName(text, m.start, m.end)) continue;
    // "quillup version 3.1.0", "Quillup 3.1.0", "quillup-3.1.0": a bare version number after another name is that name's version.
    if (versionOfAnotherName(text, m.start, entity, aliasMatches, lexicon.aliasEntities)) continue;
    // "Tarlo 3.1 beta", "Tarlo 3.1.0.alpha.2", "Tarlo 3.1 RC1": a version followed by a pre-release's mark names the
    // pre-release, a name of its own, not the version.
    const pre = /\p{N}$/u.test(text.slice(m.start, m.end)) ? PRE_RELEASE_AFTER.exec(text.slice(m.end, m.end + 40)) : null;
    if (pre) {
      add(m.start, m.end + pre[0].length, resolveName(lexicon, text.slice(m.start, m.end + pre[0].length)));
      continue;
    }
    // "Acme-Globex": two aliases joined by a hyphen stay two names.
    const nextIsAlias = text[m.end] === '-' && (aliasStarts ??= new Set(aliasMatches.map((a) => a.start))).has(m.end + 1);
    const glued = !nextIsAlias && text[m.end] === '-' ? GLUED.exec(text.slice(m.end, m.end + 80)) : null;
    const afterGlue = glued ? m.end + glued[0].length : m.end;
    const end = nextIsAlias ? m.end : tailEnd(afterGlue, PRODUCT_ONLY_TYPES.has(entity.type) && !entity.productType && !glued);
    // "X: Gold Edition", "X Remastered", "X VGA Remake", "X (2015 remake)": a name run on into an edition's words (pack
    // `names.editions`) names that edition, a thing of the name's type but not the name's own.
    const edition = editionEnd(lexicon, text, end, entity);
    if (edition > end && free(m.start, edition)) {
      add(m.start, edition, resolveName(lexicon, text.slice(m.start, edition), entity.type === 'family' ? undefined : entity.type));
      continue;
    }
    if (end > m.end) {
      add(m.start, end, resolveName(lexicon, text.slice(m.start, end)));
      continue;
    }
    // "QMV Venture Exchange": an organisation's alias before a capitalised word or two and a noun of its type is another thing
    // of that type whose name it opens (spaces alone between: a link's marks are blanked to spaces). Unknown, unless a pack
    // lists the whole.
    if (ORGANISATION_TYPES.has(entity.type) && text[m.end] === ' ') {
      const longer = m.end + (longerNameAfter(lexicon, entity.type, text.slice(m.end, m.end + 80))?.length ?? 0);
      if (longer > m.end) {
        add(m.start, longer, resolveName(lexicon, text.slice(m.start, longer)));
        continue;
      }
    }
    // "Acme Research was founded in 1991", "the Acme Foundation", "the Acme Charitable Trust", "Acme Ladies": an organisation's
    // name before a noun of a unit or an affiliate names that, a name of its own (unless a pack lists the whole as a name, which the longer alias already matched).
    const unit = ORGANISATION_TYPES.has(entity.type) ? UNIT_NOUN.exec(text.slice(m.end, m.end + 40)) : null;
    if (unit) {
      add(m.start, m.end + unit[0].length, resolveName(lexicon, text.slice(m.start, m.end + unit[0].length)));
      continue;
    }
    // "Sabine Dravenholt" where a pack knows "Ilse Dravenholt" (alias "Dravenholt"), "Quellby Ventures" where it knows "Quellby University"
    // (alias "Quellby"): an alias that is one word of the entity's longer name, with another capitalised word where that name
    // has its other word, is part of another name, no pack's; it names that, not the entity (a person, where the entity is one:
    // "Sabine Dravenholt … She died" is hers; else a name of unknown type).
    const longer = longerNameAround(text, m.start, m.end, entity, taken, (aliasStarts ??= new Set(aliasMatches.map((a) => a.start))));
    if (longer) {
      const person = lexicon.peopleTypes.has(entity.type);
      add(longer.start, longer.end, resolveName(lexicon, text.slice(longer.start, longer.end), person ? entity.type : undefined));
      continue;
    }
    // "drug-induced Brenner syndrome", "kelvane-velorazine", "Crest Works": an alias inside a longer noun phrase naming another thing.
    const other = anotherThingAround(lexicon, text, m.start, m.end, entity, taken, (aliasStarts ??= new Set(aliasMatches.map((a) => a.start))));
    if (other) {
      add(other.start, other.end, resolveName(lexicon, text.slice(other.start, other.end)));
      continue;
    }
    add(m.start, m.end, packEntityRef(entity, text.slice(m.start, m.end)));
  }
  // "CVE-2031-0042" where a pack's type has the pattern `CVE-\d{4}-\d{4,7}`: a name no pack lists that matches a type's
  // pattern, whole, is a name of that type.
  for (const { find, type } of lexicon.typeFinders) {
    find.lastIndex = 0;
    for (const m of text.matchAll(find)) if (/^\p{L}\S*$/u.test(m[0])) add(m.index, m.index + m[0].length, resolveName(lexicon, m[0], type));
  }
  if (code) {
    for (const m of text.matchAll(CODE)) {
      add(m.index, m.index + m[0].length, resolveName(lexicon, m[1]!));
    }
  }
  const tokens = capitalisedTokens(text);
  const kinds = tokenKindsOf(lexicon);
  for (let k = 0; k < tokens.length; k += 2) {
    const start = tokens[k]!;
    const kind = tokenKind(lexicon, kinds, text.slice(start, tokens[k + 1]));
    if (kind === TOKEN_NOT_A_NAME) continue;
    // "Acme-7/70B": a name for two sizes at once names neither.
    if (/^\/\d/.test(text.slice(tokens[k + 1]!, tokens[k + 1]! + 2))) continue;
    if (kind === TOKEN_NAME) {
      // "Neglected Low-Cost Areas", "Rain-Garden Drainage Model": in a line that capitalises its words, capitalised words joined
      // by a hyphen before another capitalised word are a compound adjective of that noun, no name.
      if (compoundBeforeNoun(text, start, tokens[k + 1]!)) continue;
      const end = tailEnd(tokens[k + 1]!, false);
      add(start, end, resolveName(lexicon, text.slice(start, end)));
      continue;
    }
    // "Lumen 2", "Kestrel 4 340B": a plain capitalised word is a name when a version or size follows it.
    if (kind === TOKEN_NOT_A_HEAD || !free(start, tokens[k + 1]!)) continue;
    const end = tailEnd(tokens[k + 1]!, false);
    if (end > tokens[k + 1]! && startsWithNumber(text, tokens[k + 1]!, end)) add(start, end, resolveName(lexicon, text.slice(start, end)));
  }
  // "上一代的燕鸥-2-70B-Chat在…": Han or katakana glued by a hyphen to digits is a name no pack knows, as "Tern-2-70B" is. Where
  // it begins is not sure (Chinese puts no space before it), so it stands as a name of no type: no fallback subject is taken.
  if (text.includes('-')) {
    for (const m of text.matchAll(CJK_HYPHEN_NAME)) {
      const hyphen = m.index + m[0].indexOf('-');
      let start = cjkNameBeforeHyphen(text, hyphen);
      if (start < 0) continue;
      while (start < hyphen && taken[start] !== 0) start++;
      const end = m.index + m[0].length;
      if (start === hyphen || !free(start, end)) continue;
      const name = text.slice(start, end);
      add(start, end, { id: foldName(name), name, type: AMBIGUOUS, mention: name, known: false });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Between the capitalised words of an edition's name: "Game of the Year Edition". */
const EDITION_SMALL_WORDS = new Set(['of', 'the']);
/** A word of a name's run: letters or digits, with the marks inside a word ("Collector's", "3-D", "II"). */
const EDITION_RUN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/u;

/** The length of the edition's words (one or more, `names.editions`) that open `rest`, or 0. */
function editionWordsAt(lexicon: Lexicon, rest: string): number {
  let at = 0;
  for (;;) {
    let found = 0;
    for (const w of lexicon.editionWords) {
      if (rest.length - at < w.length || rest.slice(at, at + w.length).toLowerCase() !== w) continue;
      if (/[\p{L}\p{N}]/u.test(rest[at + w.length] ?? '')) continue;
      found = Math.max(found, w.length);
    }
    if (found === 0) return at === 0 ? 0 : at;
    const next = at + found;
    const space = /^\s+/u.exec(rest.slice(next));
    // "Deluxe Edition", "Remastered Collection": one edition word after another.
    if (space && editionWordsAt(lexicon, rest.slice(next + space[0].length)) > 0) {
      at = next + space[0].length;
      continue;
    }
    return next;
  }
}

/**
 * Where a name run on into an edition of it ends, from `from` (the name's end), or `from`: "X: Gold Edition", "X –
 * Special Edition", "X Remastered", "X VGA Remake", "X Game of the Year Edition" (up to five capitalised words, numbers or
 * "of"/"the" between them, then an edition's word, `names.editions`), "X (2015 remake)", "X (Lumen Remake)" (a parenthesis of a
 * few words that closes on one). An edition word in lower case counts only right after the name, and not after a place's,
 * a person's or an organisation's ("the Ardley port").
 */
function editionEnd(lexicon: Lexicon, text: string, from: number, entity: PackEntity): number {
  if (lexicon.editionWords.size === 0) return from;
  const rest = text.slice(from, from + 160);
  const paren = /^\s*[(（]\s*([^()（）\n]{1,48}?)\s*[)）]/u.exec(rest);
  if (paren) {
    const words = paren[1]!.split(/\s+/u);
    for (let i = Math.max(0, words.length - 2); i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (words.length <= 4 && editionWordsAt(lexicon, tail) === tail.length) return from + paren[0].length;
    }
    return from;
  }
  const sep = /^(?:\s*[:：]\s+|\s+[-–—]\s+|[ \t]+)/u.exec(rest);
  if (!sep) return from;
  const formal = sep[0].trim() !== '';
  let at = sep[0].length;
  for (let n = 0; n < 6; n++) {
    const word = EDITION_RUN_WORD.exec(rest.slice(at))?.[0];
    if (!word) return from;
    const edition = editionWordsAt(lexicon, rest.slice(at));
    if (edition > 0) {
      const capital = /^\p{Lu}/u.test(word);
      if (!capital && (formal || n > 0 || PRODUCT_ONLY_TYPES.has(entity.type))) return from;
      return from + at + edition;
    }
    if (!/^[\p{Lu}\p{N}]/u.test(word) && !(n > 0 && EDITION_SMALL_WORDS.has(word))) return from;
    at += word.length;
    const space = /^[ \t]+/u.exec(rest.slice(at));
    if (!space) return from;
    at += space[0].length;
  }
  return from;
}

/** Per entity, the words its longer names set right before and right after each shorter one ("ilse" before "marrow"). */
const NEIGHBOURS = new WeakMap<PackEntity, { before: Map<string, Set<string>>; after: Map<string, Set<string>> }>();
function neighboursOf(entity: PackEntity): { before: Map<string, Set<string>>; after: Map<string, Set<string>> } {
  let found = NEIGHBOURS.get(entity);
  if (found) return found;
  found = { before: new Map(), after: new Map() };
  const forms = [...new Set([entity.name, ...entity.aliases].map((f) => f.trim().toLowerCase()))].map((f) => f.split(/\s+/u));
  const note = (map: Map<string, Set<string>>, key: string, word: string) => {
    let words = map.get(key);
    if (!words) map.set(key, (words = new Set()));
    words.add(word);
  };
  for (const short of forms) {
    for (const long of forms) {
      if (long.length <= short.length) continue;
      for (let i = 0; i + short.length <= long.length; i++) {
        if (!short.every((w, k) => long[i + k] === w)) continue;
        if (i > 0) note(found.before, short.join(' '), long[i - 1]!);
        if (i + short.length < long.length) note(found.after, short.join(' '), long[i + short.length]!);
      }
    }
  }
  NEIGHBOURS.set(entity, found);
  return found;
}

/**
 * Capitalised words that may stand right before or after a name without being part of it: grammar words that open a sentence
 * ("When", "After", "Did"), titles and ranks ("Professor", "Dr", "President"), in the languages the readers know.
 */
const BESIDE_A_NAME = new Set(
  (
    'when while whilst then later today now here there although though because if once until unlike like both neither either ' +
    'did does do has had have was were is are can could would should will may might must how why what where who whom which whose ' +
    'yet so thus hence however meanwhile moreover also still even soon eventually finally afterwards recently yesterday tomorrow ' +
    'let see visit many most few several other another such no not never only just every each all some any his her their its our ' +
    'my your we you they he she it i me us them this that these those ' +
    'dr mr mrs ms miss mx sir dame lady lord professor prof president vice king queen prince princess emperor empress saint st ' +
    'captain capt general gen colonel col major lieutenant lt sergeant admiral commander judge justice senator sen governor gov ' +
    'mayor chancellor minister premier bishop archbishop cardinal pope father brother sister mother uncle aunt reverend rev ' +
    'coach manager chairman chairwoman chair ceo director chief head dean rector doctor madame monsieur mme mlle señor señora ' +
    'don doña herr frau signor signora dott ' +
    'quand lorsque puis alors mais donc ainsi cependant aussi cuando luego entonces pero también así wenn dann aber auch also so ' +
    'quando poi allora ma anche così'
  ).split(' '),
);

/**
 * The longer name an alias of one word stands in, no pack's: one of the entity's longer names has a word right before the alias
 * (or right after it), and the text has there a capitalised word of letters that is none of those, no grammar word nor title,
 * no other name's start, in a line not written in title case ("Sabine Dravenholt", "Quellby Ventures"); before the alias, a word that
 * no other name word or name particle precedes.
 */
function longerNameAround(text: string, start: number, end: number, entity: PackEntity, taken: Uint8Array, aliasStarts: ReadonlySet<number>): Span | undefined {
  // (An alias of one word: "Wendric Halsk" in "Piet Wendric Halsk", "Velda 3" in "the Velda 3 Landing Module" are the same one's
  // full name or a part of it.)
  const key = text.slice(start, end).trim().toLowerCase();
  if (/[\s\d]/u.test(key)) return undefined;
  const around = neighboursOf(entity);
  const wantsBefore = around.before.get(key);
  const wantsAfter = around.after.get(key);
  if (!wantsBefore && !wantsAfter) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const words = text.slice(lineStart, lineEnd).match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_SMALL_WORDS.has(w)).length === 0) return undefined;
  const fits = (word: string, wanted: ReadonlySet<string>) => !wanted.has(word.toLowerCase()) && !BESIDE_A_NAME.has(word.toLowerCase()) && !NOT_A_HEAD.has(word.toLowerCase());
  if (wantsBefore) {
    const m = /(?:^|[^\p{L}\p{N}_\-/.'’])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(lineStart, start - 40), start));
    if (m) {
      const wordStart = start - 1 - m[1]!.length;
      // (Not a run of names: "Ilse Wendric Dravenholt", "ibn Halsk Dravenholt" give the one person's full name.)
      const run = /(?:\p{Lu}[\p{L}\p{N}'’.-]*|ibn|bin|bint|ben|van|von|al|el|abu|mac)\s$/u.test(text.slice(Math.max(lineStart, wordStart - 12), wordStart));
      if (!run && taken[wordStart] === 0 && !aliasStarts.has(wordStart) && fits(m[1]!, wantsBefore)) return { start: wordStart, end };
    }
  }
  if (wantsAfter) {
    const m = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_'’-])/u.exec(text.slice(end, end + 40));
    if (m && !aliasStarts.has(end + 1) && taken[end + 1] === 0 && fits(m[1]!, wantsAfter)) return { start, end: end + m[0].length };
  }
  return undefined;
}

/** A word glued by a hyphen right before an alias, in lower case: "kelvane-" of "kelvane-velorazine". */
const GLUED_WORD_BEFORE = /(?<![\p{L}\p{N}_'’-])(\p{Ll}{2,})[-‐]$/u;
/**
 * A compound of a cause or a source right before an alias: "drug-induced", "Drug-induced", "ventilator-associated",
 * "community-acquired", "stress-related": it makes a kind of its own of what follows.
 */
const CAUSE_COMPOUND_BEFORE = /(?<![\p{L}\p{N}_'’-])([\p{L}][\p{L}\p{N}]*[-‐](?:induced|associated|related|mediated|caused|triggered|acquired)) $/iu;
/** After an alias, a capitalised word of letters that opens no other name: " Works" of "Crest Works", " Vault" of "TQL Vault". */
const CAPITALISED_WORD_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_'’-])/u;

/**
 * The longer noun phrase an alias stands in that names another thing, no pack's: the alias glued by a hyphen after a word in
 * lower case ("a kelvane-velorazine reuptake inhibitor"), after a compound of a cause ("drug-induced Brenner syndrome",
 * "Drug-induced Brenner syndrome"), or, for an alias of one word of a thing that is no organisation or person (which have
 * rules of their own), before a capitalised word that is no name's start, no grammar word nor title, in a line not written in title case ("created by
 * Crest Works", "TQL Vault 2021"). "the X model", "X's", "X 2" are the alias's as before.
 */
function anotherThingAround(lexicon: Lexicon, text: string, start: number, end: number, entity: PackEntity, taken: Uint8Array, aliasStarts: ReadonlySet<number>): Span | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const glued = GLUED_WORD_BEFORE.exec(before);
  if (glued && taken[start - 1 - glued[1]!.length] === 0) return { start: start - glued[0].length, end };
  const cause = CAUSE_COMPOUND_BEFORE.exec(before);
  if (cause && taken[start - cause[0].length] === 0) return { start: start - cause[0].length, end };
  // (An alias of one word only: a longer alias is a whole name, and a word after it an edition's or a variant's, `names.editions`.)
  if (ORGANISATION_TYPES.has(entity.type) || lexicon.peopleTypes.has(entity.type) || /\s/u.test(text.slice(start, end).trim())) return undefined;
  const after = CAPITALISED_WORD_AFTER.exec(text.slice(end, end + 40));
  if (!after || aliasStarts.has(end + 1) || taken[end + 1] !== 0) return undefined;
  const word = after[1]!.toLowerCase();
  if (BESIDE_A_NAME.has(word) || NOT_A_HEAD.has(word) || TITLE_CASE_SMALL_WORDS.has(word)) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const words = text.slice(lineStart, lineEnd).match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_SMALL_WORDS.has(w)).length === 0) return undefined;
  return { start, end: end + after[0].length };
}

/** The nouns a pack's entity type is named by ("exchange", "bank"), by type: a pattern of a capitalised word or two and one of them. */
const LONGER_NAMES = new WeakMap<Lexicon, Map<string, RegExp>>();
/** After an alias, " Venture Exchange": a capitalised word or two and a noun of the type, which end a longer name; its text. */
function longerNameAfter(lexicon: Lexicon, type: string, after: string): string | undefined {
  let byType = LONGER_NAMES.get(lexicon);
  if (!byType) {
    byType = new Map();
    const nouns = new Map<string, Set<string>>();
    for (const t of lexicon.pack.entityTypes) {
      const own = nouns.get(t.type) ?? new Set<string>();
      nouns.set(t.type, own);
      // Each word capitalised, as a name writes it ("Stock Exchange").
      for (const n of [t.type, ...t.headers]) if (/^[\p{L} ]{3,40}$/u.test(n.trim())) own.add(n.trim().toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()));
    }
    for (const [type, own] of nouns) {
      if (own.size === 0) continue;
      const alternation = [...own].map((n) => n.replace(/\s+/g, '\\s+')).join('|');
      byType.set(type, new RegExp(String.raw`^(?: +(?!(?:The|A|An|And|Of|In|On|At|For|To)(?![\p{L}]))\p{Lu}[\p{L}'’-]*){1,2} +(?:${alternation})(?![\p{L}\p{N}-])`, 'u'));
    }
    LONGER_NAMES.set(lexicon, byType);
  }
  const m = byType.get(type)?.exec(after);
  return m ? m[0] : undefined;
}

/** After a version, the mark of a pre-release: " beta", ".alpha.2", " RC1", " release candidate", "-preview", " nightly". */
const PRE_RELEASE_AFTER = /^(?:[.\-_]|\s+)(?:alpha|beta|rc|release\s+candidate|preview|pre-?release|nightly|canary)(?:[.\-_]?\d+(?:\.\d+)*)?(?![\p{L}\p{N}])/iu;

/** A version word between a name and its number: "quillup version 3.1.0", "Quillup v. 3.1.0". */
const VERSION_WORD = /^(?:version|ver\.?|v\.?)$/iu;
/** The word before a number: glued by a hyphen ("quillup-"), or apart, with a version word between or not. */
const WORD_BEFORE_NUMBER = /(?:([\p{L}][\p{L}\p{N}_]*)-|([\p{L}][\p{L}\p{N}_-]*)\s+(?:(?:version|ver\.?|v\.?)\s*)?)$/iu;

/**
 * Whether an alias that is a bare number ("3.1.0", the release Tarlo 3.1's) stands right after another name, whose
 * version it then is: a name glued to it by a hyphen ("quillup-3.1.0"), a name some pack lists ("quillup version
 * 3.1.0"), or a capitalised word inside the sentence ("Quillup 3.1.0"); never a word of the entity's own aliases
 * ("Tarlo version 3.1.0"), a grammar word or the sentence's first word ("In 3.1.0", "the 3.1.0 release").
 */
function versionOfAnotherName(text: string, start: number, entity: PackEntity, aliasMatches: readonly { start: number; end: number; index: number }[], aliasEntities: readonly PackEntity[]): boolean {
  if (!/^\d/.test(text.slice(start, start + 1))) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const m = WORD_BEFORE_NUMBER.exec(before);
  if (!m) return false;
  const word = (m[1] ?? m[2])!;
  if (VERSION_WORD.test(word)) return false;
  const own = new Set(entity.aliases.flatMap((a) => a.toLowerCase().split(/[\s-]+/)).filter((w) => !/\d/.test(w)));
  if (own.has(word.toLowerCase())) return false;
  if (m[1] !== undefined) return true;
  const wordStart = start - before.length + m.index;
  const wordEnd = wordStart + word.length;
  if (aliasMatches.some((a) => a.end === wordEnd && aliasEntities[a.index]!.id !== entity.id)) return true;
  // A capitalised word that opens the sentence may be a grammar word ("In 3.1.0, …").
  const prior = /\S(?=\s*$)/u.exec(text.slice(0, wordStart));
  return /^\p{Lu}/u.test(word) && prior !== null && !/[.!?:;"'“‘(\[#*>|-]/u.test(prior[0]);
}

/** Capitalised words of letters alone joined by hyphens: "Low-Cost", "Media-Policy" (not "AB-CD", "Acme-7", "McKee-Lund"). */
const CAPITALISED_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
/** Grammar words a line in title case may leave in lower case, in the languages the readers know. */
const TITLE_CASE_SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for with from by as into onto over under about after before between without vs versus per via der die das und von mit für le la les des du et pour avec dans el los las del y con para il lo gli della e di da per o do da dos das em com'.split(' '),
);
/**
 * Whether the hyphenated capitalised words at [start, end) are a compound adjective before a noun: another capitalised word
 * follows, and the line writes every other word of letters capitalised (a title, a heading, a label), grammar words aside.
 */
function compoundBeforeNoun(text: string, start: number, end: number): boolean {
  if (!CAPITALISED_COMPOUND.test(text.slice(start, end)) || !/^ \p{Lu}/u.test(text.slice(end, end + 2))) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.every((w) => !/^\p{Ll}/u.test(w) || TITLE_CASE_SMALL_WORDS.has(w));
}

/** What a capitalised token is to findMentions, whatever its sentence. */
const TOKEN_NOT_A_NAME = 0;
const TOKEN_NAME = 1;
const TOKEN_NOT_A_HEAD = 2;
const TOKEN_HEAD = 3;

/** Per pack's not-names, the kinds of tokens read so far: "The", "In" and the same names come back in every sentence. Emptied when large. */
const tokenKinds = new WeakMap<ReadonlySet<string>, Map<string, number>>();
const MAX_TOKEN_KINDS = 10_000;

function tokenKindsOf(lexicon: Lexicon): Map<string, number> {
  let kinds = tokenKinds.get(lexicon.notNames);
  if (!kinds) tokenKinds.set(lexicon.notNames, (kinds = new Map()));
  return kinds;
}

function tokenKind(lexicon: Lexicon, kinds: Map<string, number>, token: string): number {
  let kind = kinds.get(token);
  if (kind === undefined) {
    const lower = token.toLowerCase();
    kind =
      lexicon.notNames.has(lower) || NOT_A_NAME.test(token) ? TOKEN_NOT_A_NAME
      : isNameToken(token) ? TOKEN_NAME
      : NOT_A_HEAD.has(lower) ? TOKEN_NOT_A_HEAD
      : TOKEN_HEAD;
    if (kinds.size >= MAX_TOKEN_KINDS) kinds.clear();
    kinds.set(token, kind);
  }
  return kind;
}

/** Pack types whose names take only variant words after them ("Zephyr Large"), never a bare number ("Globex 2 billion"). */
/** Pack types of places: a name of one of them after "in" is where a figure or an event holds ("launched in Brazil"). */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['place', 'country', 'city', 'region', 'state', 'province', 'territory', 'town', 'village', 'county', 'district', 'municipality', 'continent', 'market']);
export const PRODUCT_ONLY_TYPES: ReadonlySet<string> = new Set([...ORGANISATION_TYPES, 'person', 'outlet', ...PLACE_TYPES]);

/**
 * Words that continue a product name in most fields. A pack adds its own (`names.variants`).
 */
const VARIANT_WORDS = [
  'instruct', 'chat', 'base', 'pro', 'ultra', 'plus', 'max', 'mini', 'lite', 'turbo', 'flash', 'nano', 'vision', 'vl',
  'coder', 'math', 'omni', 'preview', 'large', 'medium', 'small', 'tiny', 'micro', 'air', 'edge', 'reasoning', 'thinking',
  'distill', 'fold', 'flip', 'se', 'fe', 'xl', 'xs', 'neo', 'prime', 'moe', 'dense', 'it', 'hf',
];
export const GENERIC_VARIANT_WORDS: ReadonlySet<string> = new Set(VARIANT_WORDS);

/** Capitalised words that a number after them does not make a name: "Table 2", "March 2024", "In 2023". */
const NOT_A_HEAD = new Set(
  (
    'table figure fig chapter section step phase part page day week month year top level stage round version option example appendix ' +
    'note item volume vol episode season series grade class type no number rank group team gen generation tier row column line test ' +
    'trial case experiment task question problem exercise lesson unit module lab term period quarter half wave batch epoch iteration ' +
    'node nodes gpu gpus cpu vs and the a an in on at of for with by to from up over under about around than since after before ' +
    'between into per via or but as is are was were be its their our his her my your this that these those all some each every both only also just ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec monday tuesday wednesday thursday friday saturday sunday q h fy cvpr iclr neurips icml acl emnlp arxiv rfc iso covid ' +
    'article issue pr commit release v ver figure tab eq equation sample run ' +
    // Articles and prepositions of the other languages the readers know, which open a sentence before a date or a figure
    // ("Al 31 dicembre 2024", "Op 1 januari", "Am 3. März", "Le 12 octobre", "El 5 de mayo", "No 1.º trimestre").
    'il lo la le les gli al allo alla ai agli alle dal dalla dai nel nella nei del della dei entro fino oltre dopo prima tra fra su ' +
    'con per da di op de het een tot na voor sinds met van rond ruim bijna am im an bis seit ab um vom zum zur der die das den dem ' +
    'des ein eine einem einer nach vor mit rund etwa au aux du en dès depuis vers avant après sur pour avec environ el los las ' +
    'del desde hasta hacia antes tras unos unas sobre os ao aos no na nos nas do dos das em até após cerca'
  )
    .split(' ')
    // currencies written as words before a sum ("Rs 830 crore", "USD 61 billion"), as the number grammar reads them
    .concat(Object.keys(CURRENCY_PREFIXES).filter((prefix) => /^\p{Ll}+$/u.test(prefix))),
);

/** Tokens that look like names and are not: identifiers, settings, dates, handles ("v2.3.1", "CVE-2021-0001", "K=3", "Day-0"). */
const NOT_A_NAME = /^(?:v\d|CVE-|GHSA-|RFC-?\d|ISO-?\d|Day-?\d|Q[1-4](?:-|$)|H[12](?:-|$)|FY\d|[A-Z]=|\d)|=|^[A-Z]{1,2}\d{1,2}$(?!x)/u;

/**
 * Han or katakana, a hyphen, digits and what a name's size and variant add in Latin letters: "燕鸥-2-70B-Chat"; not digits
 * a percentage or a scale closes, a signed change ("同比-15%", "环比-3.5%", "-2个百分点", "-3亿元").
 */
const CJK_HYPHEN_NAME =
  /[\p{Script=Han}\p{Script=Katakana}ー]+-\d[A-Za-z0-9]*(?:\.\d+[A-Za-z0-9]*)?(?:-[A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)?)*(?![\d.]*\s*(?:[%％‰]|个百分点|個百分點|百分点|[万萬亿億千百]|元|円|ポイント))/gu;

const startsWithNumber = (text: string, from: number, to: number) => /^[\s-]+(?:v?\d|\d)/.test(text.slice(from, to));

/** Words after a number that make it a figure, not a version: "2 billion", "3 times", "4 GPUs". */
const FIGURE_WORDS = new Set(
  'hundred thousand lakh lakhs crore crores million billion trillion mn bn tn k m b t times percent per cent points pts x hours days weeks months years minutes seconds people users employees gpus tokens parameters params stars downloads languages layers experts heads nodes chips cards sizes versions variants of'.split(' '),
);
/** Words that join a number to another: a figure when the other one is a figure ("2 to 3 billion"), else a version. */
const JOINERS = new Set(['to', 'and', 'or']);

/** After a number, the words that make it a part counted from a whole: "of the 180", "der 180", "von 180", "de los 180", "sur 577". */
const PART_OF_WHOLE_AFTER = /^\s+(?:of|out\s+of|der|von|de|des|sur|su|di|dei|van)\s+(?:(?:the|its|their|los|las|les|insgesamt|total)\s+)?\d/iu;

/**
 * Where a name's tail ends, from `from`: versions ("3.1", "-V2"), sizes ("405B", "8x22B", "120B-A9B") and
 * variant words ("Instruct", "Ultra", "+"), each after one space or hyphen. `productOnly`: only variant
 * words may start the tail (an organisation's product line: "Zephyr Large 2").
 */
export function nameTailEnd(lexicon: Lexicon, text: string, from: number, productOnly: boolean): number {
  let end = from;
  // "S24+", "Command R+": a plus glued to the name.
  if (text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) end++;
  for (let n = 0; n < 6; n++) {
    const rest = text.slice(end, end + 40);
    const sep = /^(?: |-|_)/.exec(rest);
    if (!sep) break;
    const after = rest.slice(sep[0].length);
    const size = SIZE_TAIL.exec(after);
    const version = size ? null : VERSION_TAIL.exec(after);
    const word = size || version ? null : (WORD_TAIL.exec(after) ?? LOWER_VARIANT_TAIL.exec(after));
    if (productOnly && n === 0 && !word) break;
    if (size) {
      end += sep[0].length + size[0].length;
      continue;
    }
    if (version) {
      const next = after.slice(version[0].length);
      // "2 billion", "3 times", "2024" after a plain word, "3:1", "1,000": figures, not versions.
      const nextWord = /^\s+([\p{L}%]+)/u.exec(next)?.[1]?.toLowerCase();
      const isFigureWord = (w: string) => FIGURE_WORDS.has(w) || lexicon.unitWords[w] !== undefined;
      // "2 to 3 billion", "7 and 13 billion": a range or a list of figures; "Acme 2 and Acme 3", "Acme 2 and 2.1 added": versions.
      const joinedFigure = nextWord !== undefined && JOINERS.has(nextWord) && isFigureWord(/^\s+\p{L}+\s+[\d.,]+\s*([\p{L}%]+)/u.exec(next)?.[1]?.toLowerCase() ?? '');
      if (/^[%:,]\d|^%/.test(next) || (nextWord && (JOINERS.has(nextWord) ? joinedFigure : isFigureWord(nextWord)))) break;
      // "gewann die PRP 54 der 180 Sitze", "the PRP 54 of the 180 seats": a part of a whole, not a version.
      if (PART_OF_WHOLE_AFTER.test(next)) break;
      if (/^(?:19|20)\d\d$/.test(version[0]) && sep[0] === ' ') break;
      end += sep[0].length + version[0].length;
      if (text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) end++;
      continue;
    }
    if (word) {
      const w = word[1]!.toLowerCase();
      if (!GENERIC_VARIANT_WORDS.has(w) && !lexicon.variantWords.has(w)) break;
      // "Large Language Model": a capitalised phrase goes on; the name stops before it.
      const next = after.slice(word[0].length);
      if (/^ \p{Lu}\p{Ll}/u.test(next) && !/^ (?:\p{Lu}\p{Ll}+)(?=[ -]\d)/u.test(next)) {
        const nw = /^ (\p{L}+)/u.exec(next)?.[1]?.toLowerCase() ?? '';
        if (!GENERIC_VARIANT_WORDS.has(nw) && !lexicon.variantWords.has(nw)) break;
      }
      end += sep[0].length + word[0].length;
      if (text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) end++;
      continue;
    }
    break;
  }
  return end;
}

const SIZE_TAIL = /^(?:\d+x)?\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?[BM])?(?![\p{L}\p{N}])|^A\d+(?:\.\d+)?B(?![\p{L}\p{N}])/iu;
const VERSION_TAIL = /^[vV]?\d+(?:\.\d+){0,2}(?![\p{L}\p{N}]|\.\d|,\d)/u;
/** A variant word, with a version glued to it ("Large3", "Ultra2"). */
const WORD_TAIL = /^(\p{Lu}[\p{L}]*|VL|HF)(?:\d+(?:\.\d+)?)?(?![\p{L}\p{N}])/u;
/**
 * A variant word in lower case that is no common word of English ("Acme 4 mini", "Acme 4 nano"): it still names another
 * model than the name before it. ("large", "base", "chat", "pro" in lower case are as often the words of the sentence.)
 */
const LOWER_VARIANT_TAIL = /^(mini|nano|lite|turbo|instruct)(?![\p{L}\p{N}'’-])/u;

/** One buffer for `taken`, cleared for each text: findMentions does not call itself. */
let takenMarks = new Uint8Array(1024);
function takenBuffer(length: number): Uint8Array {
  if (takenMarks.length < length) takenMarks = new Uint8Array(Math.max(length, 2 * takenMarks.length));
  else takenMarks.fill(0, 0, length);
  return takenMarks;
}

/**
 * A name glued by a hyphen after an alias: "-Turbo" in "Acme-Turbo", "-V2" in "Acme-V2", "-mini". Not a lower-case word of
 * more letters, which makes a compound of the name ("the Acme rack-scale system", "Acme-based", "Acme-class").
 */
const GLUED = /^-(?!\p{Ll}{5,}(?![\p{L}\p{N}]))([\p{L}\p{N}][\p{L}\p{N}.]*(?:-[\p{L}\p{N}]+)*)/u;
