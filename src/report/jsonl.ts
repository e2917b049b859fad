// Owns the JSONL report: one projected conflict per line, nothing else.

import type { Report } from '../types.js';
import { projectConflict } from './json.js';

/** One JSON object per conflict (the JSON report's projection), each ending in a newline; '' when there are none. */
export function formatJsonl(report: Report): string {
  return report.conflicts.map((c) => `${JSON.stringify(projectConflict(c))}\n`).join('');
}
