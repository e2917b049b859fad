// The number grammar: finds figures in text (digits, scales, currencies, hedges, ranges, units) and reads them as Quantity values.
//
// The scanner is hand-written and runs left to right over a folded copy of the text (ASCII lower-case,
// full-width forms made ASCII, one code unit for one code unit, so offsets carry over). Every look-ahead
// and look-behind is bounded, so the whole scan is linear in the length of the text and never backtracks.
//
// Decisions on ambiguous input:
// - A number glued to a letter ("X800", "Abc2.5", "ABC-4", "V3", "8x22B", "1990s", "5th") is not a number;
//   nor is anything in a dotted, colon or slash chain ("2.0.1", "11:44", "24/7", "4/1/2026") or a date
//   ("2026-04-01", "2020-04"). A number standing alone after a name ("Model 3 70B", "License 2.0") is
//   returned as is: callers decide what names mean.
// - "N/M" is a fraction (unit ratio) only with an ordinal ending ("1/10th") or before "of" ("1/3 of").
// - "X to Y" is a range, except after "from" ("from 5 to 10" is a change, so two separate figures).
// - A bare 4-digit year-like number does not reach across name tokens for its unit ("In 2024 Acme GPUs"),
//   only to a unit right after it.
// - Scale suffixes (K, M, B, bn, T) are read as scales before unit words, so a caller's "m" cannot turn "$5M"
//   into metres.
// - A comma not followed by exactly three digits ("1,2", "2024,2025") makes the whole token not a number.

import type { Quantity, Span } from '../types.js';
import {
  CJK_SCALES,
  CURRENCY_PREFIXES,
  CURRENCY_SYMBOLS,
  FRACTION_ORDINALS,
  GLUED_UNIT_WORDS,
  PERCENT,
  RATIO,
  RATIO_SUFFIXES,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  UNIT_WORDS,
  UPPER_SCALE_SUFFIXES,
} from './units.js';

/** Lower-cased word or phrase → canonical unit, e.g. {"stars": "star", "star": "star", "gpus": "gpu"}. */
export interface UnitWords {
  [word: string]: string;
}

export interface QuantityMatch {
  /** [start,end) in the input of the whole figure incl. hedge words and unit, e.g. "over 8,000 stars". */
  span: Span;
  /** Just the numeric core incl. currency symbol and scale, e.g. "8,000" or "$5.6M". */
  numberSpan: Span;
  /** `quantity.text === input.slice(span.start, span.end)`; unit '' when none. */
  quantity: Quantity;
  /** Where the unit word was found, when it is a word after the number. */
  unitSpan?: Span;
  /** True for a bare 4-digit year 1900–2100 with no unit/currency/scale (callers usually skip these). */
  year?: boolean;
}

/** Most whitespace allowed between the words of a figure. */
const MAX_WS = 4;
/** Longest name token that may stand between a number and its unit ("10,000 Acme X800 GPUs"). */
const MAX_NAME_TOKEN = 40;
/** How many name tokens may stand between a number and its unit. */
const MAX_NAME_TOKENS = 2;

// ---------------------------------------------------------------------------------------------
// Characters

const WORD_RE = /[\p{L}\p{N}\p{M}_]/u;
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const SPACE_RE = /\s/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A letter, digit, mark or underscore of a spaced script: what glues a number into a name. CJK does not glue. */
function isWordCh(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return WORD_RE.test(ch) && !CJK_RE.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER_RE.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(ch);
}

function isD(f: string, i: number): boolean {
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
function cpBefore(f: string, i: number): string {
  if (i <= 0) return '';
  if (i >= 2 && isLow(f.charCodeAt(i - 1)) && isHigh(f.charCodeAt(i - 2))) return f.slice(i - 2, i);
  return f.charAt(i - 1);
}

/** The code point starting at `i` ('' at the end). */
function cpAt(f: string, i: number): string {
  if (i < 0 || i >= f.length) return '';
  if (i + 1 < f.length && isHigh(f.charCodeAt(i)) && isLow(f.charCodeAt(i + 1))) return f.slice(i, i + 2);
  return f.charAt(i);
}

const wordBefore = (f: string, i: number): boolean => isWordCh(cpBefore(f, i));
const wordAt = (f: string, i: number): boolean => isWordCh(cpAt(f, i));

function skipWs(f: string, i: number, max: number): number {
  let j = i;
  while (j < f.length && j - i < max && isSpace(f[j])) j++;
  return j;
}

function skipWsBack(f: string, i: number, max: number): number {
  let j = i;
  while (j > 0 && i - j < max && isSpace(f[j - 1])) j--;
  return j;
}

/**
 * Folds one code unit for one code unit: ASCII and full-width forms to lower-case ASCII (except the
 * full-width comma, a clause separator in Chinese), other letters lower-cased when that keeps the length,
 * Unicode minus and hyphens to '-'.
 */
function fold(text: string): string {
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

function normKey(raw: string): string {
  return fold(raw.trim()).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Phrases

/** Matches `phrase` (folded; a space stands for 1..MAX_WS whitespace) at `pos`; its end, or -1. */
function matchForward(f: string, pos: number, phrase: string): number {
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
function matchBackward(f: string, end: number, phrase: string): number {
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

type HedgeKind = 'lower' | 'upper' | 'approx' | 'between' | 'from' | 'none';

interface Phrase {
  /** Folded phrase; for post-hedges without the leading space. */
  phrase: string;
  kind: HedgeKind;
  /** Post-hedges only: whitespace must come before the phrase (" or more"). */
  spaced: boolean;
}

/** Phrases grouped by one end character (last for pre-hedges, first for post-hedges), longest first. */
function phraseIndex(groups: Record<HedgeKind, string[]>, byLast: boolean): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const kind of Object.keys(groups) as HedgeKind[]) {
    for (const raw of groups[kind]) {
      const spaced = !byLast && raw[0] === ' ';
      const phrase = spaced ? raw.slice(1) : raw;
      const key = byLast ? phrase[phrase.length - 1]! : phrase[0]!;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ phrase, kind, spaced });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

/** Words before the number. `none` entries block a shorter hedge inside a longer word (最近 "recently"). */
const PRE_HEDGES = phraseIndex(
  {
    lower: [
      'over', 'more than', 'above', 'at least', 'exceeding', 'upwards of', 'upward of', 'in excess of',
      'greater than', 'no less than', 'no fewer than', 'not less than', '>', '>=', '≥',
      '超过', '超過', '逾', '多于', '多於',
    ],
    upper: [
      'under', 'less than', 'below', 'fewer than', 'up to', 'at most', 'no more than', 'not more than',
      'as many as', 'as much as', '<', '<=', '≤', '不到', '不足', '最多', '至多', '多达', '多達',
    ],
    approx: [
      '~', '≈', 'about', 'around', 'roughly', 'approximately', 'approx.', 'nearly', 'almost', 'some',
      'an estimated', 'estimated', 'circa', '约', '約', '近', '大约', '大約', '将近', '將近', '接近', '大概',
    ],
    between: ['between'],
    from: ['from'],
    none: ['最近', '附近'],
  },
  true,
);

/** Words after the number or its unit. A leading space stands for whitespace before the phrase. */
const POST_HEDGES = phraseIndex(
  {
    lower: ['以上', '多', '余', '餘', ' or more', '-plus'],
    upper: ['以下', '以内', '以內', ' or less', ' or fewer'],
    approx: ['左右', ' or so'],
    between: [],
    from: [],
    none: [],
  },
  false,
);

const CJK_MORE = new Set(['多', '余', '餘']);

interface Found {
  kind: HedgeKind;
  start: number;
  end: number;
}

function hedgeBefore(f: string, s: number, lastEnd: number): Found | null {
  const e = skipWsBack(f, s, MAX_WS);
  if (e <= 0) return null;
  const list = PRE_HEDGES.get(f[e - 1]!);
  if (!list) return null;
  for (const h of list) {
    // A hedge ending in a letter must be a separate word.
    if (e === s && isWordCh(h.phrase[h.phrase.length - 1])) continue;
    const start = matchBackward(f, e, h.phrase);
    if (start >= 0 && start >= lastEnd) return { kind: h.kind, start, end: e };
  }
  return null;
}

function hedgeAfter(f: string, p: number): Found | null {
  const q = skipWs(f, p, MAX_WS);
  for (const at of q > p ? [p, q] : [p]) {
    const list = POST_HEDGES.get(f[at]!);
    if (!list) continue;
    for (const h of list) {
      if (h.spaced !== (at > p)) continue;
      const end = matchForward(f, at, h.phrase);
      if (end >= 0) return { kind: h.kind, start: p, end };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Units

interface UnitEntry {
  key: string;
  unit: string;
  startsWithLetter: boolean;
}

interface UnitTable {
  byFirst: Map<string, UnitEntry[]>;
  exact: Map<string, string>;
}

function buildTable(table: Readonly<Record<string, unknown>>): UnitTable {
  const exact = new Map<string, string>();
  for (const raw of Object.keys(table)) {
    const unit = table[raw];
    if (typeof unit !== 'string') continue;
    const key = normKey(raw);
    if (key !== '') exact.set(key, unit);
  }
  const byFirst = new Map<string, UnitEntry[]>();
  for (const [key, unit] of exact) {
    const first = key[0]!;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push({ key, unit, startsWithLetter: isLetter(cpAt(key, 0)) });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return { byFirst, exact };
}

const BUILTIN_UNITS = buildTable(UNIT_WORDS);

/** A caller's unit words are built into a table once per object (a pack's lexicon passes the same object every time). */
const CALLER_TABLES = new WeakMap<object, UnitTable>();
function callerTable(words: UnitWords): UnitTable {
  let table = CALLER_TABLES.get(words);
  if (!table) {
    table = buildTable(words);
    CALLER_TABLES.set(words, table);
  }
  return table;
}
const GLUED_UNITS = buildTable(GLUED_UNIT_WORDS);
const CURRENCY_KEYS = Object.keys(CURRENCY_PREFIXES).sort((a, b) => b.length - a.length);
const CURRENCY_LAST = new Set(CURRENCY_KEYS.map((k) => k[k.length - 1]!));
const CURRENCY_FIRST = new Set(CURRENCY_KEYS.map((k) => k[0]!));
const SCALE_WORD_FIRST = new Set([...SCALE_WORDS.keys()].map((k) => k[0]!));

interface Ctx {
  f: string;
  text: string;
  tables: UnitTable[];
}

interface UnitHit {
  unit: string;
  start: number;
  end: number;
  key: string;
}

/** A unit word or phrase at `pos` (callers' table first, then the built-in one), longest first. */
function unitAt(ctx: Ctx, pos: number, letterStart: boolean): UnitHit | null {
  const f = ctx.f;
  const first = f[pos];
  if (first === undefined) return null;
  for (const table of ctx.tables) {
    const list = table.byFirst.get(first);
    if (!list) continue;
    for (const e of list) {
      if (letterStart && !e.startsWithLetter) continue;
      if (isWordCh(e.key[0]) && wordBefore(f, pos)) continue;
      const end = matchForward(f, pos, e.key);
      if (end >= 0) return { unit: e.unit, start: pos, end, key: e.key };
    }
  }
  return null;
}

function gluedUnit(ctx: Ctx, run: string): string | undefined {
  for (const table of ctx.tables) {
    const u = table.exact.get(run);
    if (u !== undefined) return u;
  }
  return GLUED_UNITS.exact.get(run);
}

/** A capitalised or letters-and-digits token that may stand between a number and its unit; its end, or -1. */
function nameTokenEnd(ctx: Ctx, q: number): number {
  const f = ctx.f;
  let e = q;
  let letters = false;
  let digits = false;
  while (e < f.length && !isSpace(f[e])) {
    if (e - q > MAX_NAME_TOKEN) return -1;
    const ch = cpAt(f, e);
    if (isD(f, e)) digits = true;
    else if (isLetter(ch)) letters = true;
    else if (ch !== '-' && ch !== '.' && ch !== "'" && ch !== '’') return -1;
    e += ch.length;
  }
  if (e === q || !letters) return -1;
  const lastCh = f[e - 1];
  if (lastCh === '-' || lastCh === '.' || lastCh === "'" || lastCh === '’') return -1;
  if (!(UPPER_RE.test(cpAt(ctx.text, q)) || digits)) return -1;
  return e;
}

/** The unit word after a figure ending at `p`. */
function unitAfter(ctx: Ctx, p: number, acrossNames: boolean): UnitHit | null {
  const f = ctx.f;
  let hit = unitAt(ctx, p, false);
  if (hit) return hit;
  if (f[p] === '-' && isLetter(cpAt(f, p + 1))) {
    hit = unitAt(ctx, p + 1, true); // "70B-parameter"
    if (hit) return hit;
  }
  let q = skipWs(f, p, MAX_WS);
  if (q === p) return null;
  hit = unitAt(ctx, q, false);
  if (hit || !acrossNames) return hit;
  for (let t = 0; t < MAX_NAME_TOKENS; t++) {
    const te = nameTokenEnd(ctx, q);
    if (te < 0) return null;
    const q2 = skipWs(f, te, MAX_WS);
    if (q2 === te) return null;
    hit = unitAt(ctx, q2, true);
    if (hit) return hit;
    q = q2;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** One number as written: one end of a range, or the whole figure. */
interface NumPart {
  /** Start incl. sign and currency. */
  start: number;
  mantissa: string;
  neg: boolean;
  signed: boolean;
  /** Four digits, nothing else: may be a year. */
  plainInt4: boolean;
  /** Power of ten from a scale, or null when unscaled. */
  exp: number | null;
  fraction: number | null;
  currency: string | null;
  /** A unit glued to the digits: %, x, GW, ... */
  unit: string | null;
  unitSpan?: Span;
  /** A Chinese 多/余 inside the figure ("400多亿"). */
  more: boolean;
  /** End of digits and scale. */
  numEnd: number;
  /** End incl. a glued unit. */
  end: number;
}

/** Reads digits at `d` and what is glued to them; null when the token is not a number. */
function readNumber(ctx: Ctx, d: number, start: number, currency: string | null, neg: boolean, signed: boolean): NumPart | null {
  const f = ctx.f;
  let j = d;
  let intPart = '';
  let hadComma = false;
  if (isD(f, j)) {
    let r = j;
    while (isD(f, r)) r++;
    if (r - j <= 3) {
      while (f[r] === ',' && isD(f, r + 1) && isD(f, r + 2) && isD(f, r + 3) && !isD(f, r + 4)) {
        r += 4;
        hadComma = true;
      }
    }
    intPart = hadComma ? f.slice(j, r).replace(/,/g, '') : f.slice(j, r);
    j = r;
  }
  let frac = '';
  if (f[j] === '.' && isD(f, j + 1)) {
    let r = j + 1;
    while (isD(f, r)) r++;
    frac = f.slice(j + 1, r);
    j = r;
  }
  if (intPart === '' && frac === '') return null;
  // Versions, times, malformed groups: "2.0.1", "11:44", "1,2".
  if ((f[j] === '.' || f[j] === ',' || f[j] === ':') && isD(f, j + 1)) return null;

  const part: NumPart = {
    start,
    mantissa: (intPart === '' ? '0' : intPart) + (frac === '' ? '' : '.' + frac),
    neg,
    signed,
    plainInt4: !hadComma && frac === '' && intPart.length === 4,
    exp: null,
    fraction: null,
    currency,
    unit: null,
    more: false,
    numEnd: j,
    end: j,
  };

  if (f[j] === '/' && isD(f, j + 1)) return readFraction(f, part, j, intPart, hadComma || frac !== '');

  let exp = 0;
  let scaled = false;
  if (CJK_MORE.has(f[j]!)) {
    part.more = true;
    j++;
  } else if (f[j] === ' ' && CJK_SCALES.has(f[j + 1]!) && !unitAt(ctx, j + 1, false)) {
    j++; // "3.5 亿美元"
  }
  for (let n = 0; n < 3 && CJK_SCALES.has(f[j]!) && !unitAt(ctx, j, false); n++) {
    exp += CJK_SCALES.get(f[j]!)!;
    j++;
    scaled = true;
  }
  if (scaled && !part.more && CJK_MORE.has(f[j]!)) {
    part.more = true;
    j++;
  }
  let end = j;
  if (!scaled && !part.more) {
    let r = j;
    while (r < f.length && f.charCodeAt(r) >= 97 && f.charCodeAt(r) <= 122) r++;
    if (r > j) {
      if (r - j > 16 || wordAt(f, r)) return null;
      const run = f.slice(j, r);
      const scale = SCALE_SUFFIXES.get(run) ?? UPPER_SCALE_SUFFIXES.get(ctx.text.slice(j, r));
      if (RATIO_SUFFIXES.has(run)) {
        part.unit = RATIO;
        end = r;
      } else if (scale !== undefined) {
        exp = scale;
        scaled = true;
        j = end = r;
      } else {
        const u = gluedUnit(ctx, run);
        if (u === undefined) return null; // "5th", "80GB", "1990s"
        part.unit = u;
        part.unitSpan = { start: j, end: r };
        end = r;
      }
    } else if (RATIO_SUFFIXES.has(f[j]!)) {
      if (wordAt(f, j + 1)) return null; // "3×4"
      part.unit = RATIO;
      end = j + 1;
    }
  }
  if (!scaled && part.unit === null) {
    const k = skipWs(f, j, 2);
    if (k > j && SCALE_WORD_FIRST.has(f[k]!)) {
      for (const [word, e] of SCALE_WORDS) {
        const we = matchForward(f, k, word);
        if (we >= 0) {
          exp = e;
          scaled = true;
          j = end = we;
          break;
        }
      }
    }
  }
  if (part.unit === null && f[end] === '%') {
    part.unit = PERCENT;
    end++;
  }
  if (wordAt(f, end)) return null;
  part.exp = scaled ? exp : null;
  part.numEnd = j;
  part.end = end;
  return part;
}

/** "1/10th", "1/3 of": a fraction, unit ratio. Anything else with a slash is not a number. */
function readFraction(f: string, part: NumPart, j: number, intPart: string, decorated: boolean): NumPart | null {
  if (decorated || part.currency !== null || part.neg) return null;
  let r = j + 1;
  while (isD(f, r)) r++;
  if (f[r] === '/' || ((f[r] === '.' || f[r] === ',' || f[r] === ':') && isD(f, r + 1))) return null;
  const den = Number(f.slice(j + 1, r));
  if (!(den > 0) || r - j > 10 || intPart.length > 9) return null;
  let e = r;
  while (e < f.length && f.charCodeAt(e) >= 97 && f.charCodeAt(e) <= 122 && e - r <= 3) e++;
  const suffix = f.slice(r, e);
  if (suffix !== '' && !FRACTION_ORDINALS.has(suffix)) return null;
  if (wordAt(f, e)) return null;
  if (suffix === '') {
    const k = skipWs(f, r, MAX_WS);
    if (k === r || matchForward(f, k, 'of') < 0) return null;
  }
  part.fraction = Number(intPart) / den;
  part.unit = RATIO;
  part.numEnd = r;
  part.end = e;
  return part;
}

/** A currency prefix ending at digit `d` ("$", "US$ ", "USD ", "人民币"); 'reject' for "HK$5". */
function currencyBefore(f: string, d: number, lastEnd: number): { start: number; code: string } | 'reject' | null {
  const ends = [d];
  if (d >= 1 && (f[d - 1] === ' ' || f[d - 1] === '\u00a0')) ends.push(d - 1);
  for (const e of ends) {
    if (e <= 0 || !CURRENCY_LAST.has(f[e - 1]!)) continue;
    for (const key of CURRENCY_KEYS) {
      const cs = e - key.length;
      if (cs < 0 || !f.startsWith(key, cs)) continue;
      const cjk = CJK_RE.test(key[0]!);
      if (!cjk && wordBefore(f, cs)) {
        if (CURRENCY_SYMBOLS.has(key) && e === d) return 'reject';
        continue;
      }
      if (cs < lastEnd) return null;
      return { start: cs, code: CURRENCY_PREFIXES[key]! };
    }
  }
  return null;
}

/** A sign at `p` is a sign when nothing number-like or word-like is glued to its left. */
function signOk(f: string, p: number): boolean {
  const c = cpBefore(f, p);
  if (c === '') return true;
  return !isWordCh(c) && !'.,-+–—/\\:'.includes(c);
}

/** Nothing glues the figure starting at `s` to a name or another number on its left. */
function leftOk(f: string, s: number): boolean {
  const c = cpBefore(f, s);
  if (c === '') return true;
  if (isWordCh(c)) return false;
  if ('.,:/-–—+_×*^'.includes(c) && wordBefore(f, s - 1)) return false;
  return true;
}

/** The second end of a range, read forward from `k`: optional sign (after words only), currency, digits. */
function readForward(ctx: Ctx, k: number, allowSign: boolean): NumPart | null {
  const f = ctx.f;
  const start = k;
  let neg = false;
  let signed = false;
  if (allowSign && (f[k] === '-' || f[k] === '+')) {
    neg = f[k] === '-';
    signed = true;
    k++;
  }
  let currency: string | null = null;
  for (const key of CURRENCY_FIRST.has(f[k]!) ? CURRENCY_KEYS : []) {
    if (!f.startsWith(key, k)) continue;
    let j = k + key.length;
    if (f[j] === ' ') j++;
    if (isD(f, j)) {
      currency = CURRENCY_PREFIXES[key]!;
      k = j;
    }
    break;
  }
  if (!isD(f, k) && !(f[k] === '.' && isD(f, k + 1))) return null;
  return readNumber(ctx, k, start, currency, neg, signed);
}

interface RangeTry {
  b: NumPart | null;
  /** A tight hyphen ("2026-04"): when it fails, the whole token is not a number. */
  tight: boolean;
}

function tryRange(ctx: Ctx, a: NumPart, hedge: HedgeKind | null): RangeTry | null {
  const f = ctx.f;
  if (a.fraction !== null) return null;
  const j = a.end;
  const ws1 = skipWs(f, j, 1) - j;
  const sc = f[j + ws1];
  if (sc === '-' || sc === '–' || sc === '—') {
    const after = j + ws1 + 1;
    const ws2 = skipWs(f, after, 1) - after;
    if (ws1 !== ws2 || (sc === '—' && ws1 > 0)) return null;
    const tight = ws1 === 0;
    if (!isD(f, after + ws2) && !(f[after + ws2] === '$' || f[after + ws2] === '€' || f[after + ws2] === '£')) {
      return null;
    }
    return { b: readForward(ctx, after + ws2, false), tight };
  }
  if ((sc === '~' && ws1 === 0) || sc === '至' || sc === '到') {
    const k = skipWs(f, j + ws1 + 1, 1);
    return { b: readForward(ctx, k, false), tight: false };
  }
  if (ws1 === 0) return null;
  const word = hedge === 'between' ? 'and' : hedge === 'from' ? null : 'to';
  if (word === null) return null;
  const we = matchForward(f, j + ws1, word);
  if (we < 0) return null;
  const k = skipWs(f, we, MAX_WS);
  if (k === we) return null;
  return { b: readForward(ctx, k, true), tight: false };
}

function valueOf(p: NumPart, exp: number | null): number {
  if (p.fraction !== null) return p.fraction;
  const v = Number(`${p.mantissa}e${exp ?? 0}`);
  if (v === 0) return 0;
  return p.neg ? -v : v;
}

function isYearValue(p: NumPart, v: number): boolean {
  return p.plainInt4 && !p.signed && p.currency === null && p.exp === null && p.unit === null && !p.more && v >= 1900 && v <= 2100;
}

/** Parses the figure whose digits start at `d`; null when it is not a number. */
function parseAt(ctx: Ctx, d: number, lastEnd: number): QuantityMatch | null {
  const f = ctx.f;
  let start = d;
  let currency: string | null = null;
  const cur = currencyBefore(f, d, lastEnd);
  if (cur === 'reject') return null;
  if (cur) {
    start = cur.start;
    currency = cur.code;
  }
  let neg = false;
  let signed = false;
  const sc = f[start - 1];
  if ((sc === '-' || sc === '+') && start - 1 >= lastEnd && signOk(f, start - 1)) {
    neg = sc === '-';
    signed = true;
    start--;
  }
  if (!leftOk(f, start)) return null;
  const a = readNumber(ctx, d, start, currency, neg, signed);
  if (a === null) return null;

  let hedge = hedgeBefore(f, start, lastEnd);

  // Ranges.
  let b: NumPart | null = null;
  let expA = a.exp;
  let expB: number | null = null;
  const r = tryRange(ctx, a, hedge?.kind ?? null);
  if (r) {
    let ok = r.b !== null;
    const rb = r.b;
    if (rb !== null) {
      if (r.tight) {
        // Dates and codes: "2026-04-01", "2026-04".
        if ((f[rb.end] === '-' || f[rb.end] === '–') && isD(f, rb.end + 1)) return null;
        if (/^0\d/.test(rb.mantissa)) return null;
      }
      expA = a.exp ?? rb.exp;
      expB = rb.exp ?? a.exp;
      if (a.unit !== null && rb.unit !== null && a.unit !== rb.unit) ok = false;
      if (a.currency !== null && rb.currency !== null && a.currency !== rb.currency) ok = false;
      if (a.fraction !== null || rb.fraction !== null) ok = false;
      if (ok && !(valueOf(a, expA) <= valueOf(rb, expB))) ok = false;
    }
    if (ok) b = rb;
    else if (r.tight) return null;
    else expA = a.exp;
  }
  if (hedge && (hedge.kind === 'none' || hedge.kind === 'from' || (hedge.kind === 'between' && b === null))) {
    hedge = null;
  }

  const last = b ?? a;
  let end = last.end;
  const numEnd = last.numEnd;
  currency = a.currency ?? b?.currency ?? null;
  let unit: string | null = currency ?? b?.unit ?? a.unit;
  let unitSpan: Span | undefined = b ? b.unitSpan : a.unitSpan;

  let plus = false;
  if (f[end] === '+') {
    if (isD(f, end + 1)) return null; // "5+3"
    plus = true;
    end++;
  }

  let post = hedgeAfter(f, end);
  if (post) end = post.end;

  const yearLike = b === null && isYearValue(a, valueOf(a, expA)) && !plus && post === null;
  if (unit === null || (currency !== null && a.unit === null && b?.unit == null)) {
    const hit = unitAfter(ctx, end, unit === null && !yearLike);
    if (hit && (unit === null || hit.unit === unit)) {
      unit = hit.unit;
      end = hit.end;
      if (LETTER_RE.test(hit.key)) unitSpan = { start: hit.start, end: hit.end };
      if (!post) {
        post = hedgeAfter(f, end);
        if (post) end = post.end;
      }
    }
  }

  // Values.
  const lo = valueOf(a, expA);
  const hi = b ? valueOf(b, expB) : lo;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;

  const preKind = hedge && hedge.kind !== 'between' ? hedge.kind : null;
  const postKind = post ? post.kind : null;
  let min: number | null = lo;
  let max: number | null = hi;
  let approx = false;
  let bound: HedgeKind | null = null;
  if (b) {
    approx = preKind !== null || postKind !== null || plus || a.more || b.more;
  } else {
    if (preKind === 'lower' || preKind === 'upper') bound = preKind;
    else if (plus || a.more) bound = 'lower';
    else if (postKind === 'lower' || postKind === 'upper') bound = postKind;
    approx = preKind !== null || postKind !== null || plus || a.more;
    if (bound === 'lower') max = null;
    if (bound === 'upper') min = null;
  }

  const spanStart = hedge ? hedge.start : start;
  const finalUnit = unit ?? '';
  const match: QuantityMatch = {
    span: { start: spanStart, end },
    numberSpan: { start, end: numEnd },
    quantity: { kind: 'quantity', min, max, unit: finalUnit, approx, text: ctx.text.slice(spanStart, end) },
  };
  if (unitSpan && finalUnit !== '') match.unitSpan = unitSpan;
  const year = finalUnit === '' && bound === null && !plus && (b ? isYearValue(a, lo) && isYearValue(b, hi) : isYearValue(a, lo));
  if (year) match.year = true;
  return match;
}

// ---------------------------------------------------------------------------------------------
// API

/** Every figure in `text`, left to right, non-overlapping. Never throws; linear in the length of `text`. */
export function findQuantities(text: string, unitWords?: UnitWords): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const tables = unitWords && typeof unitWords === 'object' ? [callerTable(unitWords), BUILTIN_UNITS] : [BUILTIN_UNITS];
  const ctx: Ctx = { f: fold(text), text, tables };
  const f = ctx.f;
  const n = f.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    const startsNumber = (c >= 48 && c <= 57) || (c === 46 && isD(f, i + 1) && !isD(f, i - 1));
    if (!startsNumber) {
      i++;
      continue;
    }
    const m = parseAt(ctx, i, lastEnd);
    if (m) {
      out.push(m);
      i = m.span.end;
      lastEnd = i;
      continue;
    }
    i++;
    while (i < n && isD(f, i)) i++;
  }
  return out;
}

/** The first figure in `text`, or null. */
export function parseQuantity(text: string, unitWords?: UnitWords): Quantity | null {
  const all = findQuantities(text, unitWords);
  return all.length > 0 ? all[0]!.quantity : null;
}
