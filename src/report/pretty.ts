// Owns the terminal report (formatPretty) and the summary and claim-origin wording shared with the Markdown report.

import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, Report, Severity, Summary } from '../types.js';
import { escapeControl } from './escape.js';

/** Quotes longer than this many characters are cut in the middle. */
export const MAX_QUOTE = 160;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "7 conflicts (4 errors, 2 warnings, 1 info) in 5 files, 230 claims" or "no conflicts in 5 files, 230 claims". */
export function summaryText(summary: Summary): string {
  const where = `in ${plural(summary.files, 'file', 'files')}, ${plural(summary.claims, 'claim', 'claims')}`;
  if (summary.conflicts === 0) return `no conflicts ${where}`;
  const counts = [
    plural(summary.error, 'error', 'errors'),
    plural(summary.warning, 'warning', 'warnings'),
    `${summary.info} info`,
  ].join(', ');
  return `${plural(summary.conflicts, 'conflict', 'conflicts')} (${counts}) ${where}`;
}

/**
 * Where a claim comes from, as plain (unescaped) parts: the source kind (with the time scope),
 * the modality when it is not `asserted`, and the derivation for derived claims.
 */
export function claimOrigin(claim: Claim): { source: string; modality?: string; derived?: string } {
  const out: { source: string; modality?: string; derived?: string } = {
    source: claim.time ? `${claim.source}, ${claim.time.text}` : claim.source,
  };
  if (claim.modality !== 'asserted') out.modality = claim.modality;
  if (claim.derivation !== undefined || claim.derivedFrom !== undefined) {
    out.derived = claim.derivation !== undefined ? `derived (${claim.derivation})` : 'derived';
  }
  return out;
}

/** Cuts `text` to MAX_QUOTE characters (code points) with '…' in the middle. */
export function shortenQuote(text: string, max = MAX_QUOTE): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

function displayPath(file: string, cwd: string | undefined): string {
  let shown = file;
  if (cwd !== undefined && path.isAbsolute(file)) {
    const rel = path.relative(cwd, file);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) shown = rel;
  }
  return escapeControl(shown.split(path.sep).join('/'));
}

function paint(chalk: ChalkInstance, severity: Severity, text: string): string {
  switch (severity) {
    case 'error':
      return chalk.red(text);
    case 'warning':
      return chalk.yellow(text);
    case 'info':
      return chalk.blue(text);
  }
}

/**
 * The human report: one block per conflict (severity, rule, message, then one line per claim:
 * file:line:col, the quote, where it comes from), the files that could not be read, and a summary.
 * Every piece of article text is passed through escapeControl. No colour codes when `color` is false.
 */
export function formatPretty(report: Report, options: { color: boolean; cwd?: string }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const sections: string[] = [];

  for (const conflict of report.conflicts) {
    const lines: string[] = [
      `${paint(chalk, conflict.severity, conflict.severity)}  ${chalk.dim(escapeControl(conflict.rule))}  ${escapeControl(conflict.message)}`,
    ];
    const places = conflict.claims.map((claim) => ({
      file: displayPath(claim.place.file, options.cwd),
      pos: `:${claim.place.line}:${claim.place.column}`,
    }));
    const width = Math.max(...places.map((p) => p.file.length + p.pos.length));
    conflict.claims.forEach((claim, i) => {
      const place = places[i]!;
      const pad = ' '.repeat(width - place.file.length - place.pos.length);
      const origin = claimOrigin(claim);
      let line = `  ${chalk.underline(place.file)}${chalk.dim(place.pos)}${pad}  “${escapeControl(shortenQuote(claim.quote))}”  (${escapeControl(origin.source)})`;
      if (origin.modality !== undefined) line += ` ${chalk.yellow(`[${origin.modality}]`)}`;
      if (origin.derived !== undefined) line += `  ${chalk.dim(escapeControl(origin.derived))}`;
      lines.push(line);
    });
    sections.push(lines.join('\n'));
  }

  const fileErrors: string[] = [];
  for (const file of report.files) {
    for (const error of file.errors) {
      fileErrors.push(
        `${chalk.underline(displayPath(file.file, options.cwd))}: ${chalk.red('error')}: ${escapeControl(error.message)}`,
      );
    }
  }
  if (fileErrors.length > 0) sections.push(fileErrors.join('\n'));

  if (report.baseline) {
    const b = report.baseline;
    const lines = [chalk.dim(`${plural(b.matched, 'baselined conflict', 'baselined conflicts')} hidden (${escapeControl(b.file)})`)];
    if (b.fixed.length > 0) {
      lines.push(chalk.green(`${plural(b.fixed.length, 'baselined conflict is', 'baselined conflicts are')} no longer found (fixed):`));
      for (const f of b.fixed) lines.push(`  ${chalk.dim(escapeControl(f.rule))}  ${escapeControl(f.message)}`);
    }
    sections.push(lines.join('\n'));
  }

  const s = report.summary;
  const summary = summaryText(s);
  if (s.conflicts === 0) {
    sections.push(chalk.green(`✔ ${summary}`));
  } else {
    const worst: Severity = s.error > 0 ? 'error' : s.warning > 0 ? 'warning' : 'info';
    sections.push(chalk.bold(paint(chalk, worst, `✖ ${summary}`)));
  }
  return `${sections.join('\n\n')}\n`;
}
