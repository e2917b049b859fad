// Owns the Markdown report (formatMarkdown) that a person reads in a pull request comment or job summary.

import type { Report, Severity } from '../types.js';
import { escapeControl } from './escape.js';
import { claimOrigin, shortenQuote, summaryText } from './pretty.js';

/**
 * Makes article text inert in GitHub-flavoured Markdown, table cells included: control characters
 * escaped, Markdown punctuation (`\`, backtick, `*`, `_`, `[`, `]`, `~`, `|`) backslash-escaped,
 * and `&`, `<`, `>` written as entities.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text)
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A code span holding `text`, safe in a table cell: a fence longer than any backtick run, `|` escaped. */
export function codeSpan(text: string): string {
  const body = escapeControl(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/**
 * A Markdown report: a heading, the summary, then per conflict a heading (severity and rule), its
 * message and a table of its claims (`file:line:col`, quote, origin), then the files that could not be read.
 */
export function formatMarkdown(report: Report): string {
  const out: string[] = ['## claimcheck report', ''];
  const s = report.summary;
  out.push(`${s.conflicts === 0 ? '✔' : '✖'} ${summaryText(s)}`, '');

  report.conflicts.forEach((conflict, i) => {
    out.push(
      `### ${i + 1}. ${ICON[conflict.severity]} ${conflict.severity}: ${escapeMarkdown(conflict.rule)}`,
      '',
      escapeMarkdown(conflict.message),
      '',
      '| Location | Quote | Origin |',
      '| --- | --- | --- |',
    );
    for (const claim of conflict.claims) {
      const p = claim.place;
      const origin = claimOrigin(claim);
      const parts = [origin.source];
      if (origin.modality !== undefined) parts.push(origin.modality);
      if (origin.derived !== undefined) parts.push(origin.derived);
      out.push(
        `| ${codeSpan(`${p.file.replace(/\\/g, '/')}:${p.line}:${p.column}`)} | “${escapeMarkdown(shortenQuote(claim.quote))}” | ${escapeMarkdown(parts.join(', '))} |`,
      );
    }
    out.push('');
  });

  const errors = report.files.flatMap((file) =>
    file.errors.map(
      (error) => `- ${codeSpan(file.file.replace(/\\/g, '/'))}: ${escapeMarkdown(error.message)} (${escapeMarkdown(error.code)})`,
    ),
  );
  if (errors.length > 0) out.push('### Files not checked', '', ...errors, '');

  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
