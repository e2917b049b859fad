// Owns the Markdown report (formatMarkdown) that a person reads in a pull request comment or job summary.

import type { Report, Severity } from '../types.js';
import { escapeControl, neutraliseCommands } from './escape.js';
import { claimOrigin, cutQuote, MAX_QUOTE, newSides, omittedNotes, summaryLine, type ExitVerdict } from './pretty.js';

/** A zero-width space as an entity: breaks a mention or a link in the rendered text, and the report's bytes stay visible. */
const BREAK = '&#8203;';

/**
 * Makes article text inert in GitHub-flavoured Markdown, table cells included: control characters
 * escaped, Markdown punctuation (`\`, backtick, `*`, `_`, `[`, `]`, `~`, `|`) backslash-escaped,
 * `&`, `<`, `>` written as entities, and what GitHub would turn into a notification or a link
 * broken with a zero-width space entity: `@user` and `@org/team` mentions, `#123` references,
 * bare URLs (`https://`, `www.`).
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text)
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/#(?=\d)/g, `#${BREAK}`) // before the others: BREAK itself holds "#8"
    .replace(/@/g, `@${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`);
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
 * A Markdown report: a heading, the summary (with the exit code's reason) and what was left out,
 * then per conflict a heading (severity and rule), its message and a table of its claims
 * (`file:line:col`, quote, origin), then the files that could not be read.
 */
export function formatMarkdown(report: Report, options: { verdict?: ExitVerdict } = {}): string {
  const out: string[] = ['## claimcheck report', ''];
  out.push(escapeMarkdown(summaryLine(report.summary, options.verdict).text), '');
  const notes = omittedNotes(report);
  if (notes.length > 0) out.push(...notes.map((n) => `- ${escapeMarkdown(n)}`), '');

  const grown = newSides(report);
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
      if (origin.alike !== undefined) parts.push(origin.alike);
      if (grown.get(conflict.id)?.has(`${p.file}:${p.line}:${p.column}`)) parts.push('new side');
      out.push(
        `| ${codeSpan(`${p.file.replace(/\\/g, '/')}:${p.line}:${p.column}`)} | “${escapeMarkdown(cutQuote(claim.quote, claim.value.text, MAX_QUOTE))}” | ${escapeMarkdown(parts.join(', '))} |`,
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

  return neutraliseCommands(`${out.join('\n').replace(/\n+$/, '')}\n`);
}
