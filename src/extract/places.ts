// The one place where character offsets and 1-based line:column are turned into each other (UTF-16 code units, as vfile and ESLint count).
import type { Place } from '../types.js';

export type Locate = (file: string, start: number, end: number) => Place;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A copy of a piece of a text that does not keep the whole text alive: V8 represents a slice of a
 * long string as a view into it (and a concatenation as a pair of pointers), so one quote kept
 * from each article would keep every article in memory. A JSON round trip makes a new flat string.
 */
export function detached(piece: string): string {
  return piece.length < 13 ? piece : (JSON.parse(JSON.stringify(piece)) as string);
}

/** The other way: the exact text a Place covers (for derived claims, which have places but no offsets). */
export function createQuoter(text: string): (place: Place) => string {
  const starts = lineStarts(text);
  const offset = (line: number, column: number) => (starts[line - 1] ?? 0) + column - 1;
  return (place) => detached(text.slice(offset(place.line, place.column), offset(place.endLine, place.endColumn)));
}

/** Builds a locator for one text: offsets → Place, by binary search over line starts. */
export function createLocator(text: string): Locate {
  const starts = lineStarts(text);
  const point = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  return (file, start, end) => {
    const a = point(start);
    const b = point(end);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}
