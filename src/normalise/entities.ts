// Entity mentions in text and their canonical identity: pack aliases first, then names no pack knows.
import { foldName, type Lexicon } from '../packs/lexicon.js';
import { codePointBefore, width } from '../packs/phrases.js';
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

const isLetterOrDigit = (cp: number) => (cp < 0x80 ? isAsciiLetterOrDigit(cp) : letterOrDigitBeyondAscii(cp));

/** The end of the run of letters and digits from `i`. */
function lettersAndDigitsEnd(text: string, i: number): number {
  for (let cp = codePointAt(text, i); cp >= 0 && isLetterOrDigit(cp); cp = codePointAt(text, i)) i += width(cp);
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
  return next === 95 || (next >= 0 && isLetterOrDigit(next)) ? groupStart : end;
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

/**
 * All entity mentions in `text`, left to right, not overlapping `exclude` spans (category values).
 * An alias glued by a hyphen to a name that is not an alias ("Acme-Turbo") becomes one unknown name;
 * two aliases joined by a hyphen ("Acme-Globex") stay two mentions.
 */
export function findMentions(lexicon: Lexicon, text: string, exclude: readonly Span[] = []): Mention[] {
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
    if (!free(start, end)) return;
    take(start, end);
    mentions.push({ start, end, text: text.slice(start, end), entity });
  };

  const code = text.includes('`');
  if (code) {
    for (const m of text.matchAll(SLUG)) {
      const start = m.index + 1;
      add(start - 1, start + m[1]!.length + 1, resolveName(lexicon, m[1]!));
    }
  }
  const aliasMatches = lexicon.aliases(text);
  let aliasStarts: Set<number> | undefined;
  for (const m of aliasMatches) {
    const glued = text[m.end] === '-' ? GLUED.exec(text.slice(m.end, m.end + 80)) : null;
    if (glued && !(aliasStarts ??= new Set(aliasMatches.map((a) => a.start))).has(m.end + 1)) {
      const end = m.end + glued[0].length;
      add(m.start, end, resolveName(lexicon, text.slice(m.start, end)));
      continue;
    }
    add(m.start, m.end, known(lexicon.aliasEntities[m.index]!, text.slice(m.start, m.end)));
  }
  if (code) {
    for (const m of text.matchAll(CODE)) {
      add(m.index, m.index + m[0].length, resolveName(lexicon, m[1]!));
    }
  }
  const tokens = capitalisedTokens(text);
  for (let k = 0; k < tokens.length; k += 2) {
    const token = text.slice(tokens[k], tokens[k + 1]);
    if (isNameToken(token)) add(tokens[k]!, tokens[k + 1]!, resolveName(lexicon, token));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** One buffer for `taken`, cleared for each text: findMentions does not call itself. */
let takenMarks = new Uint8Array(1024);
function takenBuffer(length: number): Uint8Array {
  if (takenMarks.length < length) takenMarks = new Uint8Array(Math.max(length, 2 * takenMarks.length));
  else takenMarks.fill(0, 0, length);
  return takenMarks;
}

/** A name glued by a hyphen after an alias: "-Turbo" in "Acme-Turbo". */
const GLUED = /^-([\p{L}\p{N}][\p{L}\p{N}.]*(?:-[\p{L}\p{N}]+)*)/u;
