// Splitting a block's text into sentences: Intl.Segmenter per block, with repairs for abbreviations and names.
import { isMonthName } from '../normalise/dates.js';
import { shortScaleThenCurrency } from '../normalise/numbers.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Span } from '../types.js';

/** Made on first use, not when the module loads. */
let segmenter: Intl.Segmenter | undefined;

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'vs', 'e.g', 'i.e', 'etc', 'cf', 'al', 'approx', 'est', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'p',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

const LETTER = /^\p{L}$/u;
const SPACE = /\s/;
/** What may stand before the word of an abbreviation: the start, white space, an opening bracket or quote. */
const BEFORE_ABBREVIATION = new Set(['(', '[', '“', '"', "'"]);

/**
 * A break right after "vs." or "e.g." is not a sentence end: text[start, end) ends in a word of letters
 * and dots, standing alone, then a full stop and white space. Read backwards from the end, in the
 * time the last word takes.
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let j = end;
  while (j > start && SPACE.test(text[j - 1]!)) j--;
  if (j === start || text[j - 1] !== '.') return false;
  const stop = j - 1;
  let k = stop;
  while (k > start) {
    const c = text.charCodeAt(k - 1);
    if (c === 46) k--;
    else if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= start && LETTER.test(text.slice(k - 2, k))) k -= 2;
    else if (LETTER.test(text[k - 1]!)) k--;
    else break;
  }
  if (k === stop) return false;
  if (k > start && !SPACE.test(text[k - 1]!) && !BEFORE_ABBREVIATION.has(text[k - 1]!)) return false;
  return ABBREVIATIONS.has(text.slice(k, stop).toLowerCase());
}

/** A day written with a full stop, the way German, Dutch and the Nordic languages write it, right before a month: "am 10. Juni". */
const DAY_WITH_STOP = /(?<![\p{L}\p{N}.])(?:[1-9]|[12]\d|3[01])\.\s*$/u;

/** Whether a break at `end` follows such a day and comes before a month's name ("10. | Juni 2025"): no sentence ends there. */
function dayBeforeMonth(text: string, end: number): boolean {
  if (!DAY_WITH_STOP.test(text.slice(Math.max(0, end - 6), end))) return false;
  const word = /^\s*(\p{L}+)/u.exec(text.slice(end, end + 16));
  return word !== null && isMonthName(word[1]!);
}

/** A Chinese sentence end, maybe inside closing quotes or brackets: "。”". */
const CJK_STOPS = new Set(['。', '！', '？']);
const CJK_CLOSERS = new Set(['”', '’', '」', '』', ')', '）']);

const OPENING_BRACKETS = new Set(['[', '［', '(', '（']);

function endsWithCjkStop(text: string, start: number, end: number): boolean {
  let j = end;
  while (j > start && CJK_CLOSERS.has(text[j - 1]!)) j--;
  return j > start && CJK_STOPS.has(text[j - 1]!);
}

const MAX_SEGMENT_INPUT = 20_000;

/**
 * Sentence spans of `text` (offsets relative to it), trimmed of surrounding white space, empty
 * ones dropped. A break inside a token ("01.AI", "3.5") or after an abbreviation is undone;
 * a newline always ends a sentence. Very long lines are split into chunks at white space first,
 * so that no single Segmenter call is given a huge input.
 */
export function splitSentences(text: string, names: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (let chunk = lineStart; chunk < lineEnd; ) {
      let chunkEnd = Math.min(lineEnd, chunk + MAX_SEGMENT_INPUT);
      if (chunkEnd < lineEnd) {
        // The last space of this chunk: searched back to the chunk's start only (lastIndexOf would go
        // on to the start of the text, once per chunk of a long line without spaces).
        let space = chunkEnd;
        while (space > chunk && text.charCodeAt(space) !== 32) space--;
        if (space > chunk) chunkEnd = space + 1;
      }
      splitLine(text, chunk, chunkEnd, spans, names);
      chunk = chunkEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

/**
 * A citation mark, or a run of them, right after a sentence's stop and before white space and a capital or a digit:
 * "goals.[21] In 1990", ".[a] The", ".[note 3][4] He". The Segmenter breaks inside the mark ("goals.[" | "21] In"),
 * which the mid-token repair then undoes, so the two sentences would be read as one.
 */
const CITATION_AFTER_STOP =
  /(?<=[\p{L}\p{N}"”’%)][.!?]["”’)]?)(?:\[(?:\d{1,4}|\p{L}{1,2}|\p{L}{1,12}\.? ?\d{1,4}|citation needed)\])+(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/** Where such marks end a sentence in `line` (offsets within it, after the last mark), with where each mark run starts. */
function citationEnds(line: string): { markStart: number; end: number }[] {
  if (!line.includes('[')) return [];
  const found: { markStart: number; end: number }[] = [];
  for (const m of line.matchAll(CITATION_AFTER_STOP)) {
    let stop = m.index;
    while (stop > 0 && line[stop - 1] !== '.' && line[stop - 1] !== '!' && line[stop - 1] !== '?') stop--;
    // "e.g.[3] Some": a stop that ends an abbreviation ends no sentence, mark or not.
    if (line[stop - 1] === '.' && endsWithAbbreviation(line, 0, stop)) continue;
    found.push({ markStart: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The Segmenter's ends of `line`, with the ends citation marks make (and the breaks it made inside those marks dropped). */
function lineEnds(line: string): { ends: number[]; forced: Set<number> } {
  const ends = segmentEnds(line);
  const marks = citationEnds(line);
  if (marks.length === 0) return { ends, forced: new Set() };
  const kept = ends.filter((e) => !marks.some((m) => e >= m.markStart && e <= m.end));
  const all = [...new Set([...kept, ...marks.map((m) => m.end)])].sort((a, b) => a - b);
  return { ends: all, forced: new Set(marks.map((m) => m.end)) };
}

/**
 * A break after a "!" that ends no sentence: the "!" stands inside a name or ends it (`names`: the spans of the names
 * known in `text`: "Go Team! Deluxe", "Hop Hop!"), or a lower-case word or a comma follows it ("Hop Hop! was a
 * hit", "Hop Hop!, a game"). Read from the break back over white space and closing quotes to the mark.
 */
export function exclamationInName(text: string, start: number, end: number, names: readonly Span[]): boolean {
  let j = end;
  while (j > start && SPACE.test(text[j - 1]!)) j--;
  while (j > start && CLOSING_QUOTES.has(text[j - 1]!)) j--;
  if (j === start || text[j - 1] !== '!') return false;
  const mark = j - 1;
  if (names.some((n) => n.start < mark && mark < n.end)) return true;
  return /^["”’')]*\s*(?:\p{Ll}|,)/u.test(text.slice(mark + 1, mark + 12));
}

const CLOSING_QUOTES = new Set(['"', '”', '’', "'", ')']);

/**
 * Where `text` holds a name with a "!" in it (not as its first character): a pack's name or alias ("Go Team!
 * Deluxe"), and the page's title ("Hop Hop!"), found in any case. The splitter ends no sentence at such a "!".
 */
export function namesWithExclamation(lexicon: Lexicon, text: string, title = ''): Span[] {
  if (!text.includes('!')) return [];
  const spans: Span[] = lexicon.aliases(text).filter((m) => text.slice(m.start + 1, m.end).includes('!'));
  const name = title.trim();
  if (name.length > 1 && name.slice(1).includes('!')) {
    const lower = text.toLowerCase();
    const wanted = name.toLowerCase();
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + wanted.length)) spans.push({ start: at, end: at + wanted.length });
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[], names: readonly Span[]): void {
  const line = text.slice(from, to);
  let pendingStart = -1;
  let pendingEnd = -1;
  let start = from;
  const { ends, forced } = lineEnds(line);
  for (const lineEnd of ends) {
    let end = from + lineEnd;
    // "…万元。[5][6]截至…": the Segmenter ends the sentence after a citation's opening bracket; it ends at the stop.
    if (OPENING_BRACKETS.has(text[end - 1]!) && end - 1 > start && endsWithCjkStop(text, start, end - 1)) end--;
    if (pendingStart >= 0) {
      // Latin sentences end in white space; a break with none after it fell inside a token ("01.AI").
      const midToken = !SPACE.test(text[pendingEnd - 1]!) && !endsWithCjkStop(text, pendingStart, pendingEnd) && !forced.has(pendingEnd - from);
      if (midToken || endsWithAbbreviation(text, pendingStart, pendingEnd) || exclamationInName(text, pendingStart, pendingEnd, names) || dayBeforeMonth(text, pendingEnd) || shortScaleThenCurrency(text, pendingEnd)) {
        pendingEnd = end;
        start = end;
        continue;
      }
      pushTrimmed(text, pendingStart, pendingEnd, out);
    }
    pendingStart = start;
    pendingEnd = end;
    start = end;
  }
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, pendingEnd, out);
}

/**
 * What the Segmenter may end a sentence after (Unicode's sentence rules, UAX #29): a terminator (ATerm: the
 * full stops; STerm: the Sentence_Terminal characters) or a paragraph separator. It breaks nowhere else.
 */
const MAY_END_SENTENCE = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029]/u;

/** MAY_END_SENTENCE searched from a place. */
const MAY_END_SENTENCE_FROM = new RegExp(MAY_END_SENTENCE.source, 'gu');

/**
 * Where the Segmenter may first end a sentence in `line`, or -1: the first place MAY_END_SENTENCE matches,
 * but for a full stop right before a digit ("3.5", "$1.2 billion"), after which it never does (UAX #29,
 * rule SB6). The ASCII before the first other character is read without the engine (of ASCII, the class
 * holds only ". ! ? \r \n"); from there the engine searches, with no exception.
 */
function firstPossibleEnd(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x80) {
      MAY_END_SENTENCE_FROM.lastIndex = i;
      return MAY_END_SENTENCE_FROM.exec(line)?.index ?? -1;
    }
    if (c === 46) {
      const next = line.charCodeAt(i + 1);
      if (!(next >= 48 && next <= 57)) return i;
    } else if (c === 33 || c === 63 || c === 10 || c === 13) return i;
  }
  return -1;
}

/** Where the Segmenter ends the sentences of `line`; `containing` steps from break to break as iterating would, and is faster. */
function segmentEnds(line: string): number[] {
  if (line.length === 0) return [];
  // A line with no terminator, or only one as its last character (a heading, a list item, a one-sentence
  // paragraph: half the lines of an article; decimal points aside), is one sentence to the Segmenter: the
  // only place it may end one is the end of the line. Asking it costs more than all the rest of the split.
  const first = firstPossibleEnd(line);
  if (first === -1 || first === line.length - 1) return [line.length];
  const ends: number[] = [];
  const segments = (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(line);
  for (let end = 0; end < line.length; ) ends.push((end += segments.containing(end)!.segment.length));
  return ends;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
