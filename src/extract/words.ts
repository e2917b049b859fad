// Words and asides in a sentence: word counts between spans in constant time, and parenthesised spans.
import type { Span } from '../types.js';

/** Han characters count one word each, since Chinese has no spaces. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*|\p{Script=Han}/gu;

const WORD_START = /[\p{L}\p{N}]/u;
/** A name's short form: "ASA", "TII", "NASA", "R&D" is two words. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;

/**
 * Word starts before each offset of a text. Two texts are kept, each in a buffer of its own that is
 * refilled in turn: calls alternate between a sentence and a window of it.
 */
const wordStarts: { text: string | null; before: Int32Array }[] = [
  { text: null, before: new Int32Array(256) },
  { text: null, before: new Int32Array(256) },
];
let olderWordStarts = 0;

function startsBefore(text: string): Int32Array {
  for (const known of wordStarts) if (known.text === text) return known.before;
  const slot = wordStarts[olderWordStarts]!;
  olderWordStarts = 1 - olderWordStarts;
  if (slot.before.length <= text.length) slot.before = new Int32Array(Math.max(text.length + 1, 2 * slot.before.length));
  const before = slot.before;
  let count = 0;
  let at = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    while (at <= m.index) before[at++] = count;
    // "the Aldmere Space Agency (ASA) on 14 March": an acronym in parentheses glosses the name before it, no word apart.
    if (text.charCodeAt(m.index - 1) === OPENING && text.charCodeAt(m.index + m[0].length) === CLOSING && ACRONYM.test(m[0])) continue;
    count++;
  }
  while (at <= text.length) before[at++] = count;
  slot.text = text;
  return before;
}

/** Words in text[from, to), in constant time: a word cut at `from` counts, as if the slice were read alone. */
export function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const before = startsBefore(text);
  return before[to]! - before[from + 1]! + (WORD_START.test(text[from]!) ? 1 : 0);
}

export function distance(text: string, a: Span, b: Span): number {
  if (a.end > b.start && b.end > a.start) return 0;
  return a.end <= b.start ? wordsBetween(text, a.end, b.start) : wordsBetween(text, b.end, a.start);
}

const HAS_CLOSING_PARENTHESIS = /[)）]/;
const OPENING = 0x28;
const CLOSING = 0x29;
const FULL_WIDTH_OPENING = 0xff08;
const FULL_WIDTH_CLOSING = 0xff09;

/** Spans of parenthesised text, for "(like X)" and for skipping asides when looking for a subject. */
export function parentheses(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  // Most sentences have none: look for one before reading character by character.
  if (!HAS_CLOSING_PARENTHESIS.test(text)) return spans;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPENING || c === FULL_WIDTH_OPENING) open.push(i);
    else if ((c === CLOSING || c === FULL_WIDTH_CLOSING) && open.length > 0) spans.push({ start: open.pop()!, end: i + 1 });
  }
  return spans;
}

export const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/** The parenthesis that holds `span`, if any, innermost first. */
export function enclosing(parens: Span[], span: Span): Span | undefined {
  return parens.filter((p) => inside(span, p)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}
