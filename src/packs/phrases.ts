// Compiling a list of phrases into one matcher: leftmost-longest, word-bounded, linear-time.
//
// The matcher reads as the RegExp `(?<!N)p1(?!N)|(?<!N)p2(?!N)|…` over the phrases (longest first)
// would, flags `gu` or `giu`: at the leftmost place where some phrase matches, the first phrase of
// that order that matches there wins, and the search goes on after it. It walks a trie of the
// phrases instead, one path per place, and asks the RegExp engine itself what a letter folds to and
// what counts as a neighbour, so that case folding and boundaries are exactly those of the RegExp.
import type { Span } from '../types.js';

export interface PhraseMatch extends Span {
  /** Index of the phrase in the list given to compilePhrases. */
  index: number;
}

export type PhraseMatcher = (text: string) => PhraseMatch[];

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** What may not touch a word-bounded phrase: letters of alphabetic scripts and digits ("Acme超过" still matches "Acme"). */
const NEIGHBOUR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}_]';

/** `text` as a RegExp pattern that matches it literally: each character that has a meaning in a pattern escaped. */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a RegExp pattern: its words literally, each run of white space between them as `\s+` ("per cent" → `per\s+cent`). */
export const spacedPattern = (phrase: string): string => escapePattern(phrase).replace(/\s+/g, '\\s+');

/** The code point at `i` (a lone surrogate stands for itself), as the RegExp engine reads text with the `u` flag. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** UTF-16 code units of a code point. */
export const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** `\s` of a RegExp: white space and line terminators. */
function isRegExpSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** One side of the comparison: how a code point is read (its case class) and whether it is a neighbour. */
interface Reading {
  key(cp: number): number;
  /** `key` of each ASCII character. */
  asciiKey: Uint8Array;
  neighbour(cp: number): boolean;
}

const asciiKeys = (key: (cp: number) => number) => Uint8Array.from({ length: 0x80 }, (_, c) => key(c));

/** A yes/no question about a code point, asked of the RegExp engine once per code point. */
function memoised(test: (cp: number) => boolean, ascii: (cp: number) => boolean): (cp: number) => boolean {
  const known = new Map<number, boolean>();
  const table = Uint8Array.from({ length: 0x80 }, (_, cp) => (ascii(cp) ? 1 : 0));
  return (cp) => {
    if (cp < 0x80) return cp >= 0 && table[cp] === 1;
    let answer = known.get(cp);
    if (answer === undefined) known.set(cp, (answer = test(cp)));
    return answer;
  };
}

const isAsciiNeighbour = (cp: number) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;

function neighbourTest(flags: string): (cp: number) => boolean {
  const re = new RegExp(`^${NEIGHBOUR}$`, flags);
  return memoised((cp) => re.test(String.fromCodePoint(cp)), isAsciiNeighbour);
}

const EXACT: Reading = { key: (cp) => cp, asciiKey: asciiKeys((cp) => cp), neighbour: neighbourTest('u') };

/** Whether the engine, ignoring case, takes `a` and `b` for the same letter. */
const sameLetter = (a: number, b: number) => new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(String.fromCodePoint(b));

/** Case classes met so far that the rule below does not name ("ΐ" and "ΐ", "ß" and "ẞ"), by upper case of the lower case. */
const otherClasses = new Map<string, number[]>();

/**
 * One code point for each case class of the engine ignoring case (`iu`: simple case folding): the
 * upper case of the lower case, which the letters of a class share ("ſ", "s" → "S"; "ι", "\u0345" →
 * "Ι"), or else the first letter met of that class.
 */
function caseClassOf(cp: number): number {
  const form = String.fromCodePoint(cp).toLowerCase().toUpperCase();
  const other = form.codePointAt(0)!;
  if (form.length === width(other) && sameLetter(cp, other)) return other;
  let classes = otherClasses.get(form);
  if (!classes) otherClasses.set(form, (classes = []));
  const known = classes.find((letter) => sameLetter(cp, letter));
  if (known !== undefined) return known;
  classes.push(cp);
  return cp;
}

const caseClasses = new Map<number, number>();
const foldedKey = (cp: number): number => {
  if (cp < 0x80) return cp >= 97 && cp <= 122 ? cp - 32 : cp;
  let key = caseClasses.get(cp);
  if (key === undefined) caseClasses.set(cp, (key = caseClassOf(cp)));
  return key;
};
const FOLDED: Reading = { key: foldedKey, asciiKey: asciiKeys(foldedKey), neighbour: neighbourTest('iu') };

interface Ending {
  /** Place of the phrase in the order of trial: longest first, then list order. */
  rank: number;
  index: number;
  /** The phrase begins (ends) with a letter or digit of an alphabetic script and needs a boundary there. */
  before: boolean;
  after: boolean;
}

interface TrieNode {
  /** Children by key, once there are two or more (one child is `onlyChild`): most nodes of a large pack have one. */
  next: Map<number, TrieNode> | null;
  /** Where a run of white space leads (a space in the phrase). */
  space: TrieNode | null;
  /** Phrases that end here, by rank (NO_ENDINGS, shared, until one does). */
  endings: Ending[];
  /** Every phrase through this node needs a boundary before it: a place right after a neighbour can be skipped. */
  allBounded: boolean;
  /** The key of the one character that goes on from here, or NO_KEY (none) or MANY_KEYS (see `next`). */
  onlyKey: number;
  onlyChild: TrieNode | undefined;
}

const NO_KEY = -1;
const MANY_KEYS = -2;

/** The endings of a node where no phrase ends: one shared empty list, never added to. */
const NO_ENDINGS: Ending[] = [];

/** A node holds no Map and no list of its own until it needs one: a pack of 100,000 names makes millions of nodes. */
const newNode = (): TrieNode => ({ next: null, space: null, endings: NO_ENDINGS, allBounded: true, onlyKey: NO_KEY, onlyChild: undefined });

/** The node after `node` for a character of key `key`. */
function childOf(node: TrieNode, key: number): TrieNode | undefined {
  if (node.onlyKey === key) return node.onlyChild;
  return node.onlyKey === MANY_KEYS ? node.next!.get(key) : undefined;
}

function addChild(node: TrieNode, key: number): TrieNode {
  let child = childOf(node, key);
  if (!child) {
    child = newNode();
    if (node.onlyKey === NO_KEY) {
      node.onlyKey = key;
      node.onlyChild = child;
    } else {
      node.next ??= new Map([[node.onlyKey, node.onlyChild!]]);
      node.next.set(key, child);
      node.onlyKey = MANY_KEYS;
      node.onlyChild = undefined;
    }
  }
  return child;
}

interface Trie {
  reading: Reading;
  /** Names: a phrase that a dotted version runs on from is a piece of that version (see `dottedTokens`). */
  dotted: boolean;
  /** First step from the root for ASCII characters, by code; other characters go through `childOf(root, …)`. */
  ascii: (TrieNode | undefined)[];
  /**
   * By two ASCII codes (first × 128 + second), whether a phrase may start with those two characters
   * (1) or not (0): most places are ruled out without a walk.
   */
  pairs: Uint8Array;
  root: TrieNode;
}

function buildTrie(phrases: readonly string[], indices: number[], reading: Reading, dotted = false): Trie | null {
  if (indices.length === 0) return null;
  const ordered = [...indices].sort((a, b) => phrases[b]!.length - phrases[a]!.length || a - b);
  const root = newNode();
  ordered.forEach((index, rank) => {
    const phrase = phrases[index]!.trim();
    const first = phrase[0] ?? '';
    const last = phrase.slice(-1);
    const ending: Ending = {
      rank,
      index,
      before: WORD_CHAR.test(first) && !HAN.test(first),
      after: WORD_CHAR.test(last) && !HAN.test(last),
    };
    let node = root;
    phrase.split(/\s+/).forEach((word, w) => {
      if (w > 0) node = node.space ??= newNode();
      for (const ch of word) {
        node = addChild(node, reading.key(ch.codePointAt(0)!));
        if (!ending.before) node.allBounded = false;
      }
    });
    if (node.endings === NO_ENDINGS) node.endings = [];
    node.endings.push(ending);
  });
  const pairs = new Uint8Array(0x80 * 0x80);
  for (let c = 0; c < 0x80; c++) {
    const node = childOf(root, reading.key(c));
    if (!node) continue;
    for (let d = 0; d < 0x80; d++) {
      const goesOn = node.endings.length > 0 || (isRegExpSpace(d) ? node.space !== null : childOf(node, reading.key(d)) !== undefined);
      pairs[c * 0x80 + d] = goesOn ? 1 : 0;
    }
  }
  const ascii: (TrieNode | undefined)[] = [];
  for (let c = 0; c < 0x80; c++) ascii.push(childOf(root, reading.key(c)));
  return { reading, dotted, ascii, pairs, root };
}

/** The phrase matching at `start` that comes first in the order of trial, if any; `at` is past its first character. */
function matchAt(trie: Trie, text: string, start: number, at: number, first: TrieNode, afterNeighbour: boolean): PhraseMatch | null {
  const { reading } = trie;
  const { asciiKey } = reading;
  let best: Ending | null = null;
  let bestEnd = 0;
  let node: TrieNode | undefined = first;
  while (node) {
    for (const ending of node.endings) {
      if (best && best.rank <= ending.rank) break;
      if (ending.before && afterNeighbour) continue;
      if (ending.after && at < text.length && reading.neighbour(codePointAt(text, at))) continue;
      if (ending.after && trie.dotted && versionGoesOn(text, at)) continue;
      best = ending;
      bestEnd = at;
      break;
    }
    if (at >= text.length) break;
    const c = text.charCodeAt(at);
    if (c < 0x80 && ASCII_KIND[c] !== SPACE) {
      node = childOf(node, asciiKey[c]!);
      at++;
    } else if (isRegExpSpace(c)) {
      if (!node.space) break;
      node = node.space;
      do at++;
      while (at < text.length && isRegExpSpace(text.charCodeAt(at)));
    } else {
      const cp = codePointAt(text, at);
      node = childOf(node, reading.key(cp));
      at += width(cp);
    }
  }
  return best ? { start, end: bestEnd, index: best.index } : null;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether a dotted version goes on at `at`: a "." and a digit, or a "." and a lone "x" ("8.4.x", "v0.8.41"). A hyphen and
 * a number after a name make a new name of it elsewhere (entities.ts), not a piece of a token.
 */
function versionGoesOn(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46) return false;
  const c = text.charCodeAt(at + 1);
  if (isAsciiDigit(c)) return true;
  return (c === 120 || c === 88) && !(at + 2 < text.length && isAsciiNeighbour(text.charCodeAt(at + 2)));
}

const OTHER = 0;
const WORD = 1;
const SPACE = 2;
/** ASCII characters as places to start: a letter, digit or underscore, white space, or other. */
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => (isAsciiNeighbour(c) ? WORD : isRegExpSpace(c) ? SPACE : OTHER));

/**
 * Where in `text` a phrase may start, for any matcher: not white space (phrases are trimmed), not an
 * ASCII letter or digit right after another (every phrase that starts with one needs a boundary
 * before it), and not inside a surrogate pair; with the code units at, before and after each place
 * (a space for none). Every matcher of a lexicon reads the same sentence in turn: the last few texts
 * are kept.
 */
interface Starts {
  text: string | null;
  count: number;
  places: Int32Array;
  at: Uint16Array;
  before: Uint16Array;
  after: Uint16Array;
}
const NONE = 0x20;

function newStarts(size: number): Starts {
  return { text: null, count: 0, places: new Int32Array(size), at: new Uint16Array(size), before: new Uint16Array(size), after: new Uint16Array(size) };
}

/** A few slots, the oldest reused first, each keeping its buffers. */
const recentStarts: Starts[] = Array.from({ length: 4 }, () => newStarts(256));
let oldestStarts = 0;

function startsOf(text: string): Starts {
  for (const known of recentStarts) if (known.text === text) return known;
  let slot = recentStarts[oldestStarts]!;
  if (slot.places.length < text.length) recentStarts[oldestStarts] = slot = newStarts(Math.max(text.length, 2 * slot.places.length));
  oldestStarts = (oldestStarts + 1) % recentStarts.length;
  const { places, at, before, after } = slot;
  let count = 0;
  let previous = NONE;
  let afterWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let starts: boolean;
    if (c < 0x80) {
      const kind = ASCII_KIND[c];
      starts = kind === OTHER || (kind === WORD && !afterWord);
      afterWord = kind === WORD;
    } else {
      const inPair = c >= 0xdc00 && c <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
      starts = !inPair && !isRegExpSpace(c);
      afterWord = false;
    }
    if (starts) {
      places[count] = i;
      at[count] = c;
      before[count] = previous;
      after[count++] = i + 1 < text.length ? text.charCodeAt(i + 1) : NONE;
    }
    previous = c;
  }
  slot.text = text;
  slot.count = count;
  return slot;
}

/** Leftmost matches, each the first in the order of trial at its place; the search resumes after each. */
function scan(trie: Trie | null, text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (!trie) return found;
  const { ascii, pairs, root, reading } = trie;
  const { count, places, at, before, after } = startsOf(text);
  let resume = 0;
  for (let k = 0; k < count; k++) {
    const c = at[k]!;
    const i = places[k]!;
    let first: TrieNode | undefined;
    let firstWidth = 1;
    if (c < 0x80) {
      const next = after[k]!;
      if (next < 0x80 && pairs[c * 0x80 + next] === 0) continue;
      first = ascii[c];
      if (first === undefined) continue;
    } else {
      const cp = codePointAt(text, i);
      first = childOf(root, reading.key(cp));
      if (first === undefined) continue;
      firstWidth = width(cp);
    }
    if (i < resume) continue;
    const previous = before[k]!;
    const afterNeighbour =
      (previous < 0x80 ? ASCII_KIND[previous] === WORD : reading.neighbour(codePointBefore(text, i))) ||
      (trie.dotted && (previous === 46 || previous === 45) && isAsciiDigit(text.charCodeAt(i - 2)));
    if (afterNeighbour && first.allBounded) continue;
    const m = matchAt(trie, text, i, i + firstWidth, first, afterNeighbour);
    if (m) {
      found.push(m);
      resume = m.end;
    }
  }
  return found;
}

/**
 * Short phrases (three characters or fewer, or all capitals like "MIT") match case-sensitively;
 * longer ones ignore case. Returns non-overlapping matches, leftmost first, longest at a position.
 * `dottedTokens` (names): a phrase is no match inside a longer dotted version, after a digit and a "." or "-" ("4.x" in
 * "8.4.x") or before a "." and a digit or a lone "x" ("v0.8" in "v0.8.41"); a "." that ends a sentence is a boundary.
 */
export function compilePhrases(phrases: readonly string[], options: { ignoreCase?: boolean; dottedTokens?: boolean } = {}): PhraseMatcher {
  const exact: number[] = [];
  const folded: number[] = [];
  phrases.forEach((phrase, index) => {
    const p = phrase.trim();
    if (p === '') return;
    const caseSensitive = options.ignoreCase === false || (options.ignoreCase !== true && (p.length <= 3 || (p === p.toUpperCase() && /\p{Lu}/u.test(p))));
    (caseSensitive ? exact : folded).push(index);
  });
  const exactTrie = buildTrie(phrases, exact, EXACT, options.dottedTokens);
  const foldedTrie = buildTrie(phrases, folded, FOLDED, options.dottedTokens);

  return (text: string) => {
    const a = scan(exactTrie, text);
    const b = scan(foldedTrie, text);
    // Both lists run left to right without overlap: merge them (at one place the longer first, the
    // case-sensitive one on a tie) and keep what does not overlap a match already kept.
    const result: PhraseMatch[] = [];
    let end = -1;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      let m: PhraseMatch;
      if (x && (!y || x.start < y.start || (x.start === y.start && x.end >= y.end))) {
        m = x;
        i++;
      } else {
        m = y!;
        j++;
      }
      if (m.start >= end) {
        result.push(m);
        end = m.end;
      }
    }
    return result;
  };
}
