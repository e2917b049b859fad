// Per-document number formats: which mark a document uses for decimals and which between groups of
// thousands, inferred from the figures whose reading does not depend on it.
//
// Evidence, weighed per figure (a figure glued to a letter on its left, "Acme2.5", "v2.0", gives none):
// - strong (3): several groups of one mark ("1.024.000", "1,024,000", "12,34,567" Indian), or groups then
//   the other mark ("1.234,5", "1,234.5");
// - medium (1): a decimal that cannot be a group of thousands: a mark followed by one, two, or four and
//   more digits ("6,7", "€2,4", "5.25", "3.14159"), or after a lone zero ("0.125", "0,125"); a dot
//   decimal of one digit after a capitalised word ("Bluetooth 5.3", "Android 14.1") is a version as
//   often as a decimal and counts half;
// - weak (0.5): one mark followed by exactly three digits ("4.900", "30.000", "8,000"), which is a
//   group of thousands in the convention that writes it that way and an odd three-decimal figure in
//   the other; but medium evidence for the decimal point when an English scale word follows ("€4.815 billion");
// - groups of three digits after a no-break, narrow no-break or thin space ("30 000"), or after plain
//   spaces when there are two groups or more ("1 024 000"): spaces between thousands (1 each); one group after
//   one plain space ("1 000", a head of one to three digits) counts in a document of decimal commas, or in one
//   whose commas group no thousands ("4,000" beside it leaves "4 000" two figures, read as none).
//
// Figures in code (between backticks, inline or fenced) are not weighed: a program's "12,16" lists two numbers.
//
// The decimal comma wins when its evidence is at least 1 and at least twice the decimal point's, or when there is
// some and no decimal point at all in a page whose function words are German, Dutch or Romance; else
// the document follows the English convention (the default, also when there is no evidence or it is
// mixed). So a lone "4.900 mAh" (weak evidence, 0.5) leaves the document English and reads 4.9, marked
// ambiguous by the number grammar; two such figures, or one next to "6,7 Zoll", make it 4,900.

import { isD, isWordCh, cpBefore } from './scan.js';

/**
 * How a document writes numbers. `thousands` is the mark between groups of three digits; whatever the
 * declared mark, the mark that is not the decimal one ("," under '.', "." under ',') is read between
 * groups too, and ' ' adds spaces (any space, no-break, narrow no-break or thin space). '' reads no
 * groups at all.
 */
export interface NumberFormat {
  decimal: '.' | ',';
  thousands: ',' | '.' | ' ' | '';
  /**
   * The document says "thousand" after a number as Spanish, Portuguese, Italian and French do ("400 mil personas",
   * "40 mila spettatori"), whichever decimal mark it uses; implied by a decimal comma. English writes "5 mil" for
   * five million, so an English page never has it.
   */
  thousandWords?: true;
  /**
   * The language whose number words the page writes besides English ones, when its function words are German, French or
   * Spanish ("neun Meter", "cinq morts", "seis personas"): only then are that language's number words read.
   */
  words?: WordsLanguage;
}

/** The English convention: "1,024.5". The default. */
export const ENGLISH_FORMAT: NumberFormat = Object.freeze({ decimal: '.', thousands: ',' });

/** Whether `x` is a usable NumberFormat (the two marks differ). */
export function isNumberFormat(x: unknown): x is NumberFormat {
  if (typeof x !== 'object' || x === null) return false;
  const { decimal, thousands } = x as Record<string, unknown>;
  const { words } = x as Record<string, unknown>;
  return (
    (decimal === '.' || decimal === ',') &&
    (thousands === ',' || thousands === '.' || thousands === ' ' || thousands === '') &&
    decimal !== thousands &&
    (words === undefined || isWordsLanguage(words))
  );
}

/** Spaces that may stand between groups of thousands; the first is the plain space. */
export const GROUP_SPACES = ' \u00a0\u202f\u2009';

const STRONG = 3;
const MEDIUM = 1;
const WEAK = 0.5;
/** Longest digit run still read as a figure; longer runs are identifiers. */
const MAX_RUN = 30;

interface Evidence {
  /** For the decimal comma: dots between groups, comma decimals. */
  comma: number;
  /** For the decimal point: commas between groups, dot decimals. */
  point: number;
  /** Spaces between groups. */
  space: number;
  /** Figures of one group after one plain space ("1 000"): a group under a decimal comma, else maybe two figures. */
  plainSpace: number;
  /** Figures whose commas group thousands ("4,000", "1,024,000", "1,234.5"). */
  commaGroups: number;
}

/** The digit runs and marks of one figure starting at `i`, and where it ends. */
function readFigure(text: string, i: number): { groups: string[]; marks: string[]; end: number } {
  const groups: string[] = [];
  const marks: string[] = [];
  let j = i;
  for (;;) {
    const s = j;
    while (isD(text, j) && j - s <= MAX_RUN) j++;
    groups.push(text.slice(s, j));
    const mark = text[j];
    if (mark === undefined || !isD(text, j + 1)) break;
    if (mark === '.' || mark === ',') {
      marks.push(mark);
      j++;
      continue;
    }
    // A space joins only a group of three digits to a group of at most three ("30 000", "1 024 000").
    const last = groups[groups.length - 1]!;
    if (GROUP_SPACES.includes(mark) && last.length <= 3 && isD(text, j + 3) && !isD(text, j + 4)) {
      marks.push(mark);
      j++;
      continue;
    }
    break;
  }
  return { groups, marks, end: j };
}

/** A capitalised word, then one space, right before `i` ("Bluetooth 5.3"). */
function afterCapitalisedWord(text: string, i: number): boolean {
  if (text[i - 1] !== ' ') return false;
  let k = i - 1;
  while (k > 0 && i - k < 24 && isWordCh(cpBefore(text, k))) k--;
  const first = text[k];
  return k < i - 1 && first !== undefined && first !== first.toLowerCase();
}

const isGroup = (g: string) => g.length === 3;
/** An English scale word right after a figure: "4.815 billion", "1.125bn". */
const ENGLISH_SCALE_AFTER = /^\s?(?:billion|million|trillion|bn|mn)(?![\p{L}])/iu;
const isSpaceMark = (m: string) => GROUP_SPACES.includes(m);

function weigh(ev: Evidence, text: string, start: number, end: number, groups: string[], marks: string[]): void {
  if (marks.length === 0) return;
  const lead = groups[0]!;
  const tail = groups.slice(1);
  const kinds = [...new Set(marks.map((m) => (isSpaceMark(m) ? ' ' : m)))];
  if (kinds.length === 1) {
    const mark = kinds[0]!;
    if (mark === ' ') {
      if (lead.length <= 3 && tail.every(isGroup)) {
        if (marks.length >= 2 || marks.some((m) => m !== ' ')) ev.space += MEDIUM;
        else ev.plainSpace += 1;
      }
      return;
    }
    if (marks.length >= 2) {
      const grouped = lead.length <= 3 && tail.every(isGroup);
      // Indian grouping: 1 or 2 digits, pairs, then three ("1,29,999", "12,34,56,789").
      const indian = mark === ',' && lead.length <= 2 && isGroup(tail[tail.length - 1]!) && tail.slice(0, -1).every((g) => g.length === 2);
      if (grouped || indian) {
        if (mark === '.') ev.comma += STRONG;
        else {
          ev.point += STRONG;
          ev.commaGroups++;
        }
      }
      return;
    }
    const frac = tail[0]!;
    if (lead === '0') {
      if (mark === '.') ev.point += MEDIUM;
      else ev.comma += MEDIUM;
      return;
    }
    if (lead.length <= 3 && frac.length === 3) {
      // "€4.815 billion": an English scale word reads its figure the English way (a Spanish page's "4.815 millones" is thousands).
      if (mark === '.' && ENGLISH_SCALE_AFTER.test(text.slice(end, end + 12))) ev.point += MEDIUM;
      else if (mark === '.') ev.comma += WEAK;
      else {
        ev.point += WEAK;
        ev.commaGroups++;
      }
      return;
    }
    if (mark === '.') {
      if (frac.length !== 3 || lead.length > 3) ev.point += frac.length === 1 && afterCapitalisedWord(text, start) ? WEAK : MEDIUM;
    } else if (lead.length <= 3 && frac.length <= 2) {
      ev.comma += MEDIUM; // "6,7"; a comma before four digits or after four is a list ("2024,2025")
    }
    return;
  }
  // Two kinds: groups of the first, then one decimal of the second ("1.234,5", "1,234.5", "1 234,5").
  const decimal = marks[marks.length - 1]!;
  const between = marks.slice(0, -1);
  if (between.some((m) => m === decimal) || !(lead.length <= 3 && tail.slice(0, -1).every(isGroup))) return;
  if (between.every(isSpaceMark)) ev.space += MEDIUM;
  else if (between.some(isSpaceMark)) return;
  if (decimal === ',') ev.comma += between.every(isSpaceMark) ? MEDIUM : STRONG;
  else if (decimal === '.') {
    ev.point += between.every(isSpaceMark) ? MEDIUM : STRONG;
    if (!between.some(isSpaceMark)) ev.commaGroups++;
  }
}

/** Where a run of exactly `run` backticks starts at or after `from`, or -1. */
function closingRun(text: string, from: number, run: number): number {
  const fence = '`'.repeat(run);
  let at = text.indexOf(fence, from);
  while (at >= 0) {
    let end = at + run;
    if (text[end] !== '`') return at;
    while (text[end] === '`') end++;
    at = text.indexOf(fence, end);
  }
  return -1;
}

/**
 * The number format of a document, from the evidence of all its figures (see the top of this module).
 * Linear in the length of `text`; never throws; the English convention when `text` is not a string.
 */
export function inferNumberFormat(text: string): NumberFormat {
  if (typeof text !== 'string') return ENGLISH_FORMAT;
  const ev: Evidence = { comma: 0, point: 0, space: 0, plainSpace: 0, commaGroups: 0 };
  const n = text.length;
  let i = 0;
  // Backtick runs whose closing run was not found further on: none is found later either.
  const unclosed = new Set<number>();
  while (i < n) {
    // Code ("`12,16,  19,36`", "`[0,1]`", a fenced block) writes figures as a program does: a comma there lists, and says
    // nothing of the page's decimal mark; nothing in it is weighed.
    if (text[i] === '`') {
      let k = i;
      while (text[k] === '`') k++;
      const run = k - i;
      // (At most 16 run lengths are looked for, each once where it closes nothing: linear in the length of `text`.)
      const close = run > 16 || unclosed.has(run) ? -1 : closingRun(text, k, run);
      if (close < 0) unclosed.add(run);
      i = close < 0 ? k : close + run;
      continue;
    }
    if (!isD(text, i)) {
      i++;
      continue;
    }
    const glued = isWordCh(cpBefore(text, i)) || ((text[i - 1] === '.' || text[i - 1] === ',') && isD(text, i - 2));
    const { groups, marks, end } = readFigure(text, i);
    // A figure that goes on with a mark and digits, or a colon, slash or hyphen and digits, is a version,
    // a time or a date ("2.0.1" is read whole above and weighed as a chain; "11:44", "4/1", "2024-01").
    const next = text[end];
    const chained = (next === ':' || next === '/' || next === '-') && isD(text, end + 1);
    if (!glued && !chained) weigh(ev, text, i, end, groups, marks);
    i = Math.max(end, i + 1);
  }
  // A page in a language that writes decimal commas, with no decimal point anywhere, reads a lone "24.000 GPUs" as thousands.
  const count = wordCounter(text);
  const decimal = (ev.comma >= 1 && ev.comma >= 2 * ev.point) || (ev.comma > 0 && ev.point === 0 && writtenWithDecimalCommas(count)) ? ',' : '.';
  // "plus de 1 000 morts" beside "magnitude 7,8": where the comma is the decimal mark, one plain space before three digits
  // is a group too, as French and the Nordic languages write them; so it is where the page groups no thousands with commas
  // ("trained on 4 000 billion tokens", "2 048 GPUs"; beside "4,000 GPUs" such a figure stays unread, maybe two figures).
  const plainGroups = ev.plainSpace >= 1 && (decimal === ',' || ev.commaGroups === 0);
  const thousands = ev.space >= 1 || plainGroups ? ' ' : decimal === ',' ? '.' : ',';
  const words = wordsLanguage(count);
  const format: NumberFormat = decimal === '.' && THOUSAND_WORD.test(text) && writtenInRomance(count) ? { decimal, thousands, thousandWords: true } : { decimal, thousands };
  return words ? { ...format, words } : format;
}

/**
 * The format with the language a page declares in its front matter (`lang: de`, `language: fr-FR`): German, French or
 * Spanish number words are read on a page that says it is written in that language, and none on a page that says it is
 * in another; a page that says nothing keeps what its function words tell (`inferNumberFormat`).
 */
export function withPageLanguage(format: NumberFormat, declared: unknown, text?: string): NumberFormat {
  if (typeof declared !== 'string' || !/^[a-z]{2}(?:[-_][a-z0-9]+)*$/iu.test(declared.trim())) return format;
  const code = declared.trim().slice(0, 2).toLowerCase();
  const { words: _, ...rest } = format;
  // "Der Preis ist mit 20.000 Euro dotiert" on a page that says it is German: where its figures show no decimal point ("3.5",
  // "1.2345"), a point before three digits groups thousands, as the language writes them.
  const grouped =
    rest.decimal === '.' && DECIMAL_COMMA_LANGUAGES.has(code) && typeof text === 'string' && !UNAMBIGUOUS_POINT.test(text) && !GROUPED_BY_COMMA.test(text) && GROUPED_BY_POINT.test(text)
      ? { ...rest, decimal: ',' as const, thousands: rest.thousands === ' ' ? (' ' as const) : ('.' as const) }
      : rest;
  return isWordsLanguage(code) ? { ...grouped, words: code } : grouped;
}
/** The languages that write a decimal comma and group thousands with a point or a space. */
const DECIMAL_COMMA_LANGUAGES: ReadonlySet<string> = new Set(['de', 'fr', 'es', 'pt', 'it', 'nl', 'da', 'nb', 'no', 'sv', 'fi', 'pl', 'cs', 'tr', 'id', 'ro', 'ru', 'uk', 'el', 'hu', 'ca']);
/** A decimal point no reading of groups explains: "3.5", "12.75", "1.2345" (not "20.000"), outside a version or a date. */
const UNAMBIGUOUS_POINT = /(?<![\d.,:/-])(?<!um\s)\d+\.(?:\d{1,2}|\d{4,})(?![\d.,:/-])(?!\s*(?:Uhr|h)(?![\p{L}]))/u;
/** A comma before exactly three digits in a figure of several groups: "1,250,000" (the page groups thousands with commas). */
const GROUPED_BY_COMMA = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])/u;
/** A point before exactly three digits: "20.000", "1.250.000". */
const GROUPED_BY_POINT = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])/u;

/** The languages whose number words are read on a page written in one of them. */
export const WORDS_LANGUAGES = ['de', 'fr', 'es', 'pt', 'it'] as const;
export type WordsLanguage = (typeof WORDS_LANGUAGES)[number];
const isWordsLanguage = (x: unknown): x is WordsLanguage => (WORDS_LANGUAGES as readonly unknown[]).includes(x);

/** A list of function words, in lower case: counted by wordCounter's one pass over a text. */
type WordList = ReadonlySet<string>;
const wordList = (words: string): WordList => new Set(words.split('|'));

/** Function words that only German, only French, only Spanish, only Portuguese and only Italian are full of. */
const LANGUAGE_WORDS: readonly [WordsLanguage, WordList][] = [
  ['de', wordList('der|die|das|und|mit|nicht|ist|ein|eine|auf|für|von|den|dem|sich|auch|wird|wurde')],
  ['fr', wordList('le|les|des|et|du|est|une|pour|dans|qui|sur|au|aux|pas|été')],
  ['es', wordList('el|los|las|y|del|por|para|con|una|que|fue|han|sus|está')],
  ['pt', wordList('o|os|do|da|dos|das|em|não|uma|um|com|pelo|pela|foi|ao|são|é')],
  ['it', wordList('il|gli|della|delle|dei|degli|nel|nella|alla|sono|è|di|non|anche|ha|hanno')],
];

/** The one language of LANGUAGE_WORDS a text is written in: at least 5 of its words, three times the English ones and the others'. */
function wordsLanguage(count: WordCount): WordsLanguage | undefined {
  const counts = LANGUAGE_WORDS.map(([lang, list]) => [lang, count(list)] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  return best![1] >= 5 && best![1] >= 3 * count(ENGLISH_WORD) && best![1] >= 3 * second![1] ? best![0] : undefined;
}

/** A number and the word for "thousand" of the languages that say it after one: "400 mil", "40 mila", "3 mille". */
const THOUSAND_WORD = /\d\s?(?:mil|mila|mille)(?![\p{L}\p{N}])/iu;
/** Words that only Spanish, Portuguese, Italian and French texts are full of, and English ones. */
const ROMANCE_WORD = wordList('de|la|el|los|las|que|del|por|para|con|una|y|em|da|do|dos|das|não|uma|di|il|che|della|per|gli|le|les|des|et|du|est|une|pour');
const ENGLISH_WORD = wordList('the|and|of|to|is|was|for|with|that|from|has|have|are|were');

/** Words that only German and Dutch texts are full of. */
const GERMANIC_WORD = wordList('der|die|das|und|mit|nicht|ist|ein|eine|auf|für|von|den|dem|sich|auch|wird|wurde|het|een|van|niet|zijn|voor');

/** The longest word of any list above: longer runs of letters are never counted. */
const LONGEST_LISTED = Math.max(...[ROMANCE_WORD, ENGLISH_WORD, GERMANIC_WORD, ...LANGUAGE_WORDS.map(([, list]) => list)].flatMap((list) => [...list].map((w) => w.length)));
const LETTER = /\p{L}/u;
/** Whether the UTF-16 unit at `i` is (part of) a letter: ASCII letters and common Han characters at once, the rest by their Unicode category. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0x4e00 && c <= 0x9fef) return true;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER.test(text.slice(i - 1, i + 1));
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** How often a text holds the words of a list: the text's whole runs of letters counted in one pass, each list summed when first asked. */
type WordCount = (list: WordList) => number;
function wordCounter(text: string): WordCount {
  let words: Map<string, number> | undefined;
  const sums = new Map<WordList, number>();
  return (list) => {
    let n = sums.get(list);
    if (n !== undefined) return n;
    words ??= shortWords(text);
    n = 0;
    for (const w of list) n += words.get(w) ?? 0;
    sums.set(list, n);
    return n;
  };
}

/** Each whole run of letters of `text` no longer than LONGEST_LISTED (in UTF-16 units), in lower case, with how often it stands. */
function shortWords(text: string): Map<string, number> {
  const words = new Map<string, number>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isLetterAt(text, end)) end++;
    if (end - i <= LONGEST_LISTED) {
      const w = text.slice(i, end).toLowerCase();
      words.set(w, (words.get(w) ?? 0) + 1);
    }
    i = end;
  }
  return words;
}

/** Whether a text's function words are those of `languages` rather than English ones: at least 5, and three times as many. */
function writtenIn(count: WordCount, ...languages: WordList[]): boolean {
  const words = languages.reduce((n, list) => n + count(list), 0);
  return words >= 5 && words >= 3 * count(ENGLISH_WORD);
}

/** German, Dutch, Spanish, Portuguese, Italian or French: languages of the decimal comma. */
const writtenWithDecimalCommas = (count: WordCount) => writtenIn(count, GERMANIC_WORD, ROMANCE_WORD);

/** Spanish, Portuguese, Italian or French rather than English. */
const writtenInRomance = (count: WordCount) => writtenIn(count, ROMANCE_WORD);
