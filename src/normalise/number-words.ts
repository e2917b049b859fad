// Numbers written in words, values only: English number words ("three", "twenty-five", "two hundred and
// fifty", "a dozen", "a million", "one and a half", "half a") and Chinese numerals ("三", "两", "十二",
// "三百零五", "两千万"). Hedges, units and when a word is a number at all are the number grammar's.
//
// Both readers work on folded text (see scan.ts), read a bounded number of words or characters, and
// never backtrack. "Keep it sane": no ordinals, no fractions other than "a half", no ranges of words,
// and at most two scale words ("two hundred thousand", "a lakh crore").
import type { WordsLanguage } from './number-format.js';
import { isLetter, skipWs, MAX_WS } from './scan.js';

export interface WordNumber {
  value: number;
  /** End of the last word read (in the folded text). */
  end: number;
  /** The words hold a multiplier ("hundred", "dozen", "million", a caller's scale word). */
  scaled: boolean;
}

/** A scale word at a position: its power of ten and end, or null. */
export type ScaleAt = (f: string, pos: number) => { exp: number; end: number } | null;

const ONES: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i) => [w, i + 1]),
);
const TENS: ReadonlyMap<string, number> = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i]));
/** Longest number word ("seventeen"), to give up early on long words. */
const LONGEST = 9;

/** The words that may open a number in words: "a", "an" ("an hour and a half"), "half" and the words above. */
export const NUMBER_WORD_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'half', ...ONES.keys(), ...TENS.keys()]);
/**
 * A cheap signature of a word (first letter, second letter, length) from char codes, so that a scanner
 * can skip words that open no number without making a string of them.
 */
export const wordSignature = (first: number, second: number, length: number): number => (first * 128 + second) * 16 + Math.min(length, 15);
/** The signatures of the openers ("a" has second letter 0). */
export const NUMBER_WORD_SIGNATURES: ReadonlySet<number> = new Set([...NUMBER_WORD_OPENERS].map((w) => wordSignature(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)));

/** The ASCII letter run at `k` in the folded text, if it is a whole word of at most LONGEST letters. */
export function asciiWordAt(f: string, k: number): { word: string; end: number } | null {
  let e = k;
  while (e < f.length && e - k <= LONGEST && f.charCodeAt(e) >= 97 && f.charCodeAt(e) <= 122) e++;
  if (e === k || e - k > LONGEST || isLetter(f[e])) return null;
  return { word: f.slice(k, e), end: e };
}

/** The next word after whitespace (1..MAX_WS) at `k`. */
function nextWord(f: string, k: number): { word: string; end: number } | null {
  const s = skipWs(f, k, MAX_WS);
  return s === k ? null : asciiWordAt(f, s);
}

/** 1..99: "seven", "seventeen", "forty", "forty-two", "forty two". */
function readSmall(f: string, k: number): { value: number; end: number } | null {
  const w = asciiWordAt(f, k);
  if (!w) return null;
  const one = ONES.get(w.word);
  if (one !== undefined) return { value: one, end: w.end };
  const tens = TENS.get(w.word);
  if (tens === undefined) return null;
  const sep = f[w.end];
  if (sep === '-' || sep === ' ') {
    const u = asciiWordAt(f, w.end + 1);
    const unit = u ? ONES.get(u.word) : undefined;
    if (u && unit !== undefined && unit < 10) return { value: tens + unit, end: u.end };
  }
  return { value: tens, end: w.end };
}

const times = (value: number, exp: number): number => Number(`${value}e${exp}`);

/**
 * A number in English words starting at `i` (folded text, `i` at a word start), or null. `scaleAt`
 * reads scale words ("thousand", "million", a caller's "crore"), tried after "hundred".
 */
export function readEnglishNumber(f: string, i: number, scaleAt: ScaleAt): WordNumber | null {
  const first = asciiWordAt(f, i);
  if (!first) return null;
  let value: number;
  let end: number;
  let scaled = false;
  let hundred = false;
  /** The scale word "a" opened on ("a thousand"), which the group after it stays below. */
  let opened: number | undefined;
  if (first.word === 'a' || first.word === 'half') {
    // "a hundred", "a dozen", "a million"; "half a million".
    let k = first.end;
    if (first.word === 'half') {
      const a = nextWord(f, k);
      if (!a || a.word !== 'a') return null;
      k = a.end;
    }
    const next = nextWord(f, k);
    if (next && next.word === 'hundred') {
      value = 100;
      end = next.end;
      hundred = true;
    } else if (next && next.word === 'dozen' && first.word === 'a') {
      value = 12;
      end = next.end;
    } else {
      const s = skipWs(f, k, MAX_WS);
      const scale = s > k ? scaleAt(f, s) : null;
      if (!scale) return null;
      value = times(1, scale.exp);
      end = scale.end;
      opened = scale.exp;
    }
    if (first.word === 'half') value /= 2;
    scaled = true;
  } else {
    const small = readSmall(f, i);
    if (!small) return null;
    value = small.value;
    end = small.end;
    const next = nextWord(f, end);
    if (next && next.word === 'hundred' && value < 100) {
      value *= 100;
      end = next.end;
      scaled = true;
      hundred = true;
    } else if (next && next.word === 'dozen') {
      value *= 12;
      end = next.end;
      scaled = true;
    }
  }
  if (hundred) {
    // "two hundred and fifty", "a hundred twenty".
    let k = end;
    const and = nextWord(f, k);
    if (and && and.word === 'and') k = and.end;
    const s = skipWs(f, k, MAX_WS);
    const rest = s > k ? readSmall(f, s) : null;
    if (rest) {
      value += rest.value;
      end = rest.end;
    }
  } else {
    // "one and a half", "two and a half million".
    const and = nextWord(f, end);
    const a = and && and.word === 'and' ? nextWord(f, and.end) : null;
    const half = a && a.word === 'a' ? nextWord(f, a.end) : null;
    if (half && half.word === 'half') {
      value += 0.5;
      end = half.end;
    }
  }
  const read = withScales(f, { value, end, scaled }, hundred ? 2 : opened ?? 0, scaleAt);
  return withRest(f, { ...read, lastExp: read.lastExp ?? opened }, scaleAt);
}

/**
 * "three thousand two hundred and thirty", "one million and five", "a thousand one hundred": after a scale word of a
 * thousand or more, the smaller group that follows (a number in words below that scale, opening on a number word, not "a")
 * is added to it, as a number written in words always does.
 */
function withRest(f: string, read: WordNumber & { lastExp?: number }, scaleAt: ScaleAt): WordNumber {
  const { value, end, scaled, lastExp } = read;
  if (lastExp === undefined || lastExp < 3 || !Number.isInteger(value)) return { value, end, scaled };
  let k = end;
  const and = nextWord(f, k);
  if (and && and.word === 'and') k = and.end;
  const s = skipWs(f, k, MAX_WS);
  const opener = s > k ? asciiWordAt(f, s) : null;
  if (!opener || !(ONES.has(opener.word) || TENS.has(opener.word))) return { value, end, scaled };
  const rest = readEnglishNumber(f, s, scaleAt);
  if (!rest || !Number.isInteger(rest.value) || rest.value >= times(1, lastExp)) return { value, end, scaled };
  return { value: value + rest.value, end: rest.end, scaled: true };
}

/** A number read up to `read.end` and the scale words after it: at most two, the second larger ("two hundred thousand", "1 lakh crore"). */
function withScales(f: string, read: WordNumber, lastExp: number, scaleAt: ScaleAt): WordNumber & { lastExp?: number } {
  let { value, end, scaled } = read;
  let last: number | undefined;
  for (let n = 0; n < 2; n++) {
    const s = skipWs(f, end, MAX_WS);
    if (s === end) break;
    const scale = scaleAt(f, s);
    if (!scale || scale.exp <= lastExp) break;
    value = times(value, scale.exp);
    end = scale.end;
    lastExp = scale.exp;
    last = scale.exp;
    scaled = true;
  }
  return { value, end, scaled, ...(last !== undefined ? { lastExp: last } : {}) };
}

// ---------------------------------------------------------------------------------------------
// German, French, Spanish, Portuguese and Italian number words: the small counts news writes in words ("neun Meter", "cinq morts", "seis
// personas"), two to twenty and the tens, one word each, read only on a page written in that language. "One" is left
// out in every language: it is an article as often.

const FOREIGN_WORDS: Readonly<Record<WordsLanguage, ReadonlyMap<string, number>>> = {
  de: new Map([
    ...['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'].map((w, i) => [w, i + 2] as const),
    ...['dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'].map((w, i) => [w, 30 + 10 * i] as const),
  ]),
  fr: new Map([
    ...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].map((w, i) => [w, i + 2] as const),
    ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ]),
  es: new Map([
    ...['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'].map((w, i) => [w, i + 2] as const),
    ...['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'].map((w, i) => [w, 30 + 10 * i] as const),
  ]),
  pt: new Map([
    ...['dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze'].map((w, i) => [w, i + 2] as const),
    ['duas', 2], ['quatorze', 14], ['dezesseis', 16], ['dezasseis', 16], ['dezessete', 17], ['dezassete', 17], ['dezoito', 18], ['dezenove', 19], ['dezanove', 19], ['vinte', 20],
    ...['trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'].map((w, i) => [w, 30 + 10 * i] as const),
  ]),
  it: new Map([
    ...['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti'].map((w, i) => [w, i + 2] as const),
    ...['trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'].map((w, i) => [w, 30 + 10 * i] as const),
  ]),
};

/** "Thousand" on its own: a number word only before a larger scale word ("mil millones", "mille milliards"). */
const FOREIGN_THOUSAND: Readonly<Record<WordsLanguage, string>> = { de: 'tausend', fr: 'mille', es: 'mil', pt: 'mil', it: 'mille' };
/** "Thousand" after a number word, where the language says it otherwise ("tre mila"). */
const FOREIGN_THOUSANDS: Readonly<Record<WordsLanguage, string>> = { ...FOREIGN_THOUSAND, it: 'mila' };

/**
 * A German, French, Spanish, Portuguese or Italian number word at `i` (folded text, a word start) on a page of that language, and the
 * scale words after it ("dos millones", "mil millones"), or null. As Mexican pages write it, "mil 275 millones" is
 * 1,275 million: "thousand", one to three digits and a scale word of a million or more.
 */
export function readForeignNumber(f: string, i: number, language: WordsLanguage, scaleAt: ScaleAt): WordNumber | null {
  let e = i;
  while (e < f.length && e - i <= 12 && isLetter(f[e])) e++;
  const word = f.slice(i, e);
  if (word === FOREIGN_THOUSAND[language]) {
    const digits = /^[ \u00a0](\d{1,3})(?![\d.,])/u.exec(f.slice(e, e + 5));
    const at = digits ? e + digits[0].length : e;
    const s = skipWs(f, at, MAX_WS);
    const scale = s > at ? scaleAt(f, s) : null;
    if (!scale || scale.exp < 6) return null;
    return withScales(f, { value: 1000 + (digits ? Number(digits[1]) : 0), end: at, scaled: false }, digits ? 0 : 3, scaleAt);
  }
  const value = FOREIGN_WORDS[language].get(word);
  if (value === undefined) return null;
  // "dos mil millones": "thousand" after a number word multiplies it, wherever the page writes its decimals.
  const s = skipWs(f, e, MAX_WS);
  const thousands = FOREIGN_THOUSANDS[language];
  const thousand = s > e && f.startsWith(thousands, s) && !isLetter(f[s + thousands.length]);
  return thousand ? withScales(f, { value: value * 1000, end: s + thousands.length, scaled: true }, 3, scaleAt) : withScales(f, { value, end: e, scaled: false }, 0, scaleAt);
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

const CJK_DIGITS: ReadonlyMap<string, number> = new Map([
  ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const CJK_ZEROS: ReadonlySet<string> = new Set(['零', '〇']);
const CJK_SMALL_UNITS: ReadonlyMap<string, number> = new Map([['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000]]);
const CJK_BIG_UNITS: ReadonlyMap<string, number> = new Map([['万', 4], ['萬', 4], ['亿', 8], ['億', 8]]);
/** Longest numeral read. */
const MAX_CJK = 16;

/** Characters that may open a Chinese numeral: the digits one to nine, 两, and 十 ("十二"). */
export const CJK_NUMERAL_FIRST: ReadonlySet<string> = new Set([...CJK_DIGITS.keys(), '十']);
/** Every character of a Chinese numeral. */
export const CJK_NUMERAL_CHARS: ReadonlySet<string> = new Set([...CJK_DIGITS.keys(), ...CJK_ZEROS, ...CJK_SMALL_UNITS.keys(), ...CJK_BIG_UNITS.keys()]);

/**
 * A Chinese numeral starting at `i`, or null when the characters do not make one ("三四" is "three or
 * four", not a number). `stop(k)` is asked before each character after the first: true ends the numeral
 * there (a unit such as 千米 starts at `k`).
 */
export function readCjkNumeral(f: string, i: number, stop: (k: number) => boolean): WordNumber | null {
  if (!CJK_NUMERAL_FIRST.has(f[i]!)) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = Infinity;
  let scaled = false;
  let k = i;
  while (k < f.length && k - i < MAX_CJK) {
    const ch = f[k]!;
    if (k > i && stop(k)) break;
    const d = CJK_DIGITS.get(ch);
    if (d !== undefined) {
      if (digit !== -1) return null;
      digit = d;
      k++;
      continue;
    }
    if (CJK_ZEROS.has(ch)) {
      if (k === i || digit !== -1) return null;
      k++;
      continue;
    }
    const small = CJK_SMALL_UNITS.get(ch);
    if (small !== undefined) {
      if (small >= lastUnit) return null;
      if (digit === -1) {
        if (small !== 10 || section !== 0 || k !== i) return null;
        digit = 1; // "十二" = 12
      }
      section += digit * small;
      digit = -1;
      lastUnit = small;
      if (small > 10) scaled = true;
      k++;
      continue;
    }
    const big = CJK_BIG_UNITS.get(ch);
    if (big !== undefined) {
      if (digit !== -1) section += digit;
      digit = -1;
      if (section === 0 && total === 0) return null;
      total = big === 8 ? times(total + section, 8) : total + times(section, 4);
      section = 0;
      lastUnit = Infinity;
      scaled = true;
      k++;
      continue;
    }
    break;
  }
  if (digit !== -1) section += digit;
  const value = total + section;
  if (k === i || value === 0) return null;
  return { value, end: k, scaled };
}
