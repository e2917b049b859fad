// The one place where character offsets become 1-based line:column (UTF-16 code units, as vfile and ESLint count).
import type { Place } from '../types.js';

export type Locate = (file: string, start: number, end: number) => Place;

/** Builds a locator for one text: offsets → Place, by binary search over line starts. */
export function createLocator(text: string): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
