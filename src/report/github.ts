// Owns the GitHub Actions report (formatGithub): one workflow command (annotation) per conflict and per file error.

import type { Report, Severity } from '../types.js';
import { alikeNote } from '../check/alike.js';
import { escapeControl } from './escape.js';

/** Escapes a command's message as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value as @actions/core does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning' | 'notice', properties: [string, string | number][], message: string): string {
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function kindOf(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'info' ? 'notice' : severity;
}

function filePath(file: string): string {
  return escapeControl(file.replace(/\\/g, '/'));
}

/**
 * GitHub workflow commands: for each conflict an annotation at its first claim titled with the
 * rule, whose message is the conflict's message followed by one line per other claim
 * (`file:line:col “quote”`); then `::error file=F::MESSAGE` for each file that could not be read.
 * Article text is passed through escapeControl before GitHub's own escaping. '' when there is nothing to say.
 */
export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const conflict of report.conflicts) {
    const [first, ...others] = conflict.claims;
    if (!first) continue;
    const p = first.place;
    const message = [
      escapeControl(conflict.message),
      ...(first.alike !== undefined ? [`(this side ${alikeNote(first.alike)})`] : []),
      ...others.map(
        (c) => `${filePath(c.place.file)}:${c.place.line}:${c.place.column} “${escapeControl(c.quote)}”${c.alike !== undefined ? ` (${alikeNote(c.alike)})` : ''}`,
      ),
    ].join('\n');
    lines.push(
      command(
        kindOf(conflict.severity),
        [
          ['file', filePath(p.file)],
          ['line', p.line],
          ['col', p.column],
          ['endLine', p.endLine],
          ['endColumn', p.endColumn],
          ['title', escapeControl(conflict.rule)],
        ],
        message,
      ),
    );
  }
  for (const file of report.files) {
    for (const error of file.errors) {
      lines.push(command('error', [['file', filePath(file.file)]], escapeControl(error.message)));
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}
