// Owns the JSONL report: one projected conflict per line, nothing else.

import type { Report } from '../types.js';
import { inChunks, projectConflict } from './json.js';

function* lines(report: Report): Generator<string> {
  for (const conflict of report.conflicts) yield `${JSON.stringify(projectConflict(conflict))}\n`;
}

/** The JSONL report in chunks of whole lines (see formatJsonChunks). */
export function formatJsonlChunks(report: Report): Iterable<string> {
  return inChunks(lines(report));
}

/** One JSON object per conflict (the JSON report's projection), each ending in a newline; '' when there are none. */
export function formatJsonl(report: Report): string {
  return [...formatJsonlChunks(report)].join('');
}
