// Scanning primitives over folded text: character classes, code points, bounded whitespace, phrase
// matching. Folding maps one code unit to one code unit, so offsets in the folded text are offsets in
// the original.

/** Most whitespace allowed between the words of a figure. */
export const MAX_WS = 4;
// ---------------------------------------------------------------------------------------------
// Characters

const WORD_RE = /[\p{L}\p{N}\p{M}_]/u;
export const LETTER_RE = /\p{L}/u;
export const UPPER_RE = /\p{Lu}/u;
const SPACE_RE = /\s/u;
export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A letter, digit, mark or underscore of a spaced script: what glues a number into a name. CJK does not glue. */
export function isWordCh(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return WORD_RE.test(ch) && !CJK_RE.test(ch);
}

/** Han or katakana (with the long-vowel mark): the letters of a name in Chinese or Japanese text. */
const CJK_NAME_LETTER = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
/** A Chinese or Japanese word that brings a value, after which a hyphen is a minus sign: "降至-5℃", "为-2.3%". */
const CJK_BEFORE_SIGN = new Set([...'为為至到是达達约約于於和与與及或从從零']);

/**
 * Where the Chinese or Japanese name that the hyphen at `p` glues to digits begins, or -1: Han or katakana right before the
 * hyphen, as "Tern-4" is glued in Latin letters ("燕鸥-4", "燕鸥-2-70B-Chat"); not a word that brings a value ("为-5"), nor a
 * measure word after digits ("5万-10万", "2024年-2025年"). The hyphen is then no minus sign, and the digits are the name's.
 */
export function cjkNameBeforeHyphen(f: string, p: number): number {
  if (!isD(f, p + 1)) return -1;
  const c = cpBefore(f, p);
  if (!CJK_NAME_LETTER.test(c) || CJK_BEFORE_SIGN.has(c)) return -1;
  let s = p - c.length;
  while (s > 0 && CJK_NAME_LETTER.test(cpBefore(f, s))) s -= cpBefore(f, s).length;
  return isD(f, s - 1) ? -1 : s;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(ch);
}

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(ch);
}

export function isD(f: string, i: number): boolean {
  const c = f.charCodeAt(i); // NaN out of range
  return c >= 48 && c <= 57;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point ending just before `i` ('' at the start). */
export function cpBefore(f: string, i: number): string {
  if (i <= 0) return '';
  if (i >= 2 && isLow(f.charCodeAt(i - 1)) && isHigh(f.charCodeAt(i - 2))) return f.slice(i - 2, i);
  return f.charAt(i - 1);
}

/** The code point starting at `i` ('' at the end). */
export function cpAt(f: string, i: number): string {
  if (i < 0 || i >= f.length) return '';
  if (i + 1 < f.length && isHigh(f.charCodeAt(i)) && isLow(f.charCodeAt(i + 1))) return f.slice(i, i + 2);
  return f.charAt(i);
}

export const wordBefore = (f: string, i: number): boolean => isWordCh(cpBefore(f, i));
export const wordAt = (f: string, i: number): boolean => isWordCh(cpAt(f, i));

export function skipWs(f: string, i: number, max: number): number {
  let j = i;
  while (j < f.length && j - i < max && isSpace(f[j])) j++;
  return j;
}

export function skipWsBack(f: string, i: number, max: number): number {
  let j = i;
  while (j > 0 && i - j < max && isSpace(f[j - 1])) j--;
  return j;
}

/**
 * Folds one code unit for one code unit: ASCII and full-width forms to lower-case ASCII (except the
 * full-width comma, a clause separator in Chinese), other letters lower-cased when that keeps the length,
 * Unicode minus and hyphens to '-'.
 */
export function fold(text: string): string {
  // The usual case: with none of the code units that fold treats on their own, it is lower-casing.
  if (!FOLDED_APART.test(text)) return text.toLowerCase();
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldUnit(text.charCodeAt(i));
  let folded = '';
  for (let i = 0; i < out.length; i += FOLD_CHUNK) folded += String.fromCharCode(...out.subarray(i, i + FOLD_CHUNK));
  return folded;
}

/**
 * Where lower-casing the whole text differs from fold: full-width forms, the minus and hyphens, the
 * capital sigma (final form at the end of a word), the dotted capital I (two code units in lower case)
 * and surrogates (letters beyond the BMP).
 */
const FOLDED_APART = /[\uff01-\uff5e\u2010\u2011\u2212\u03a3\u0130\ud800-\udfff]/;
/** Code units per String.fromCharCode call, well under the engine's limit on arguments. */
const FOLD_CHUNK = 4096;
/** Folded non-ASCII code units (see fold), computed once each. */
const foldedUnits = new Map<number, number>();

function foldUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) {
    const a = c - 0xfee0;
    return a >= 65 && a <= 90 ? a + 32 : a;
  }
  if (c === 0x2212 || c === 0x2010 || c === 0x2011) return 45;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let folded = foldedUnits.get(c);
  if (folded === undefined) {
    const l = String.fromCharCode(c).toLowerCase();
    folded = l.length === 1 ? l.charCodeAt(0) : c;
    foldedUnits.set(c, folded);
  }
  return folded;
}

export function normKey(raw: string): string {
  return fold(raw.trim()).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Phrases

/** Matches `phrase` (folded; a space stands for 1..MAX_WS whitespace) at `pos`; its end, or -1. */
export function matchForward(f: string, pos: number, phrase: string): number {
  let j = pos;
  for (let k = 0; k < phrase.length; k++) {
    const pc = phrase[k];
    if (pc === ' ') {
      const s = j;
      j = skipWs(f, j, MAX_WS);
      if (j === s) return -1;
    } else {
      if (f[j] !== pc) return -1;
      j++;
    }
  }
  if (isWordCh(phrase[phrase.length - 1]) && wordAt(f, j)) return -1;
  return j;
}

/** Matches `phrase` ending at `end`; its start, or -1. */
export function matchBackward(f: string, end: number, phrase: string): number {
  let j = end;
  for (let k = phrase.length - 1; k >= 0; k--) {
    const pc = phrase[k];
    if (pc === ' ') {
      const s = j;
      j = skipWsBack(f, j, MAX_WS);
      if (j === s) return -1;
    } else {
      if (j <= 0 || f[j - 1] !== pc) return -1;
      j--;
    }
  }
  if (isWordCh(phrase[0]) && wordBefore(f, j)) return -1;
  return j;
}
