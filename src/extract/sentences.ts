// Splitting a block's text into sentences: Intl.Segmenter per block, with repairs for abbreviations and names.
import type { Span } from '../types.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'vs', 'e.g', 'i.e', 'etc', 'cf', 'al', 'approx', 'est', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'p',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

/** A break right after "vs." or "e.g." is not a sentence end. */
function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[\s(\[“"'])([\p{L}.]+)\.\s*$/u.exec(text);
  return m !== null && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

const MAX_SEGMENT_INPUT = 20_000;

/**
 * Sentence spans of `text` (offsets relative to it), trimmed of surrounding white space, empty
 * ones dropped. A break inside a token ("01.AI", "3.5") or after an abbreviation is undone;
 * a newline always ends a sentence. Very long lines are split into chunks at white space first,
 * so that no single Segmenter call is given a huge input.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (let chunk = lineStart; chunk < lineEnd; ) {
      let chunkEnd = Math.min(lineEnd, chunk + MAX_SEGMENT_INPUT);
      if (chunkEnd < lineEnd) {
        const space = text.lastIndexOf(' ', chunkEnd);
        if (space > chunk) chunkEnd = space + 1;
      }
      splitLine(text, chunk, chunkEnd, spans);
      chunk = chunkEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let pending: Span | null = null;
  for (const { segment, index } of segmenter.segment(line)) {
    const span = { start: from + index, end: from + index + segment.length };
    if (pending) {
      const previous = text.slice(pending.start, pending.end);
      // Latin sentences end in white space; a break with none after it fell inside a token ("01.AI").
      const midToken = !/\s$/.test(previous) && !/[。！？][”’」』)）]*$/.test(previous);
      if (midToken || endsWithAbbreviation(previous)) {
        pending.end = span.end;
        continue;
      }
      pushTrimmed(text, pending, out);
    }
    pending = span;
  }
  if (pending) pushTrimmed(text, pending, out);
}

function pushTrimmed(text: string, span: Span, out: Span[]): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
