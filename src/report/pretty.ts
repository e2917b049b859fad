// Owns the terminal report (formatPretty) and the wording shared with the Markdown report: the
// summary line with the exit code's reason, notes on what was left out, claim origins and quote cutting.

import { alikeNote } from '../check/alike.js';
import { FOR_LENGTH, isEdition, isInstalment, isLooseVariant, isNamedPeriod } from '../rules/describe.js';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Claim, Report, Severity, Summary } from '../types.js';
import { escapeControl, neutraliseCommands } from './escape.js';

/** Quotes longer than this many characters are cut (Markdown report, claims table). */
export const MAX_QUOTE = 160;
/** The pretty report fits its claim lines in this many columns unless told the terminal's width. */
export const LINE_WIDTH = 120;
/** A quote is never cut below this many columns, however long the rest of its line. */
const MIN_QUOTE = 40;
/** Locations are aligned in a column only when that pads none of them by more than this. */
const MAX_ALIGN_PAD = 8;

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

/** The exit code of the run and why, as the command line decided it (src/cli/exit-code.ts). */
export interface ExitVerdict {
  code: number;
  reason: string;
}

/**
 * The summary line: ✔ when the run exits 0 with nothing to report, else ✖, the counts, and the exit
 * code with its reason ("✖ 1 conflict (…) in 2 files, 2 claims: exit 1, 1 conflict at or above --fail-on error").
 */
export function summaryLine(summary: Summary, verdict?: ExitVerdict): { ok: boolean; text: string } {
  const ok = summary.conflicts === 0 && (verdict === undefined || verdict.code === 0);
  const reason = verdict && verdict.reason !== '' ? `: exit ${verdict.code}, ${verdict.reason}` : '';
  return { ok, text: `${ok ? '✔' : '✖'} ${summaryText(summary)}${reason}` };
}

/** The note under a run that read no claim at all. */
export const NOTHING_READ =
  'no claim was read: the packs in use know none of these files’ words (the built-in pack knows the AI industry; for another field, write a pack: README, Writing a pack)';

/** The note under a run with the built-in pack alone that read no claim though some file holds a word it knows. */
export const NOTHING_READ_BUILTIN = 'no claim was read: the built-in pack knows the AI industry; for another field, write a pack (README, Writing a pack)';

/** The note under a run with the built-in pack alone that read fewer claims than it read files: what it read may be a stray. */
export const fewRead = (claims: number, files: number): string =>
  `only ${plural(claims, 'claim was', 'claims were')} read in ${plural(files, 'file', 'files')}: the built-in pack knows the AI industry; for another field, write a pack (README, Writing a pack)`;
/**
 * The notes under a run that read no claim from some files (read without error), or none at all while some file holds a
 * name or word of the packs: a file the packs in
 * use know nothing of is checked against nothing, which a pass would hide.
 */
export function silentFilesNotes(report: Report, cwd?: string): string[] {
  const silentFiles = report.files.filter((f) => f.claims === 0 && f.errors.length === 0);
  const empty = silentFiles.filter((f) => f.empty === true).map((f) => displayPath(f.file, cwd));
  const unknown = silentFiles.filter((f) => f.knownWords !== true && f.empty !== true).map((f) => displayPath(f.file, cwd));
  const known = silentFiles.filter((f) => f.knownWords === true).map((f) => displayPath(f.file, cwd));
  const named = (files: string[]) => (files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', '));
  const notes: string[] = [];
  // (An empty file has nothing a pack could know: said apart, so that a pack is not blamed for it.)
  if (empty.length > 0) notes.push(`${plural(empty.length, 'file is', 'files are')} empty, front matter aside (${named(empty)}): nothing to read`);
  if (unknown.length > 0) {
    notes.push(`${plural(unknown.length, 'file gave', 'files gave')} no claim (${named(unknown)}): the packs in use know none of ${unknown.length === 1 ? 'its' : 'their'} names or words (README, Writing a pack)`);
  }
  // (A file whose names the packs know gave nothing for another reason: the reader's, not the pack's.)
  if (known.length > 0) {
    notes.push(
      `${plural(known.length, 'file gave', 'files gave')} no claim though ${known.length === 1 ? 'it holds' : 'they hold'} names or words the packs in use know (${named(known)}): nothing beside them was read as a figure, a value or an event (\`claimcheck claims\` lists what is read)`,
    );
  }
  return notes;
}

/** Lines that say what the report leaves out and why: --new / --changed-since, --quiet, a baseline. */
export function omittedNotes(report: Report): string[] {
  const notes: string[] = [];
  const o = report.omitted;
  if (o?.outsideNew) notes.push(`${plural(o.outsideNew, 'conflict', 'conflicts')} with no side in the new or changed files not shown (--new, --changed-since)`);
  if (o?.quiet) notes.push(`${plural(o.quiet, 'conflict', 'conflicts')} below --fail-on not shown (--quiet)`);
  if (report.baseline) {
    const b = report.baseline;
    if (b.matched > 0) notes.push(`${plural(b.matched, 'baselined conflict', 'baselined conflicts')} hidden (${b.file})`);
    if (b.grown?.length) notes.push(`${plural(b.grown.length, 'baselined conflict has', 'baselined conflicts have')} a new side, reported above (marked +)`);
  }
  return notes;
}

/**
 * When and where a claim holds, as its reading says: its time, "within its page", a place, a variant, a period length
 * ("2025", "in china", "for a quarter"); what decides which claims are compared.
 */
/** A claim's place as a report says it: "in corvalia", "by federal medicines board" (an event's agent). */
/** A claim's place as words: "in corvalia", but a scope, an agent or a part as written ("worldwide", "elsewhere", "by the cma", "on the core stage"). */
export const placeWords = (where: string): string => (/^(?:by|on|in|across)\s|^(?:elsewhere|worldwide|domestic|overseas)$/u.test(where) ? where : `in ${where}`);

export function claimScope(claim: Claim): string[] {
  return [
    ...(claim.time ? [claim.time.text] : []),
    ...(claim.withinPage ? ['within its page'] : []),
    ...(claim.where !== undefined ? [placeWords(claim.where)] : []),
    // "fourth quarter" says its length too.
    ...(isLooseVariant(claim.variant) || isInstalment(claim.variant) || isEdition(claim.variant) ? [claim.variant!] : claim.variant !== undefined ? [`${claim.variant} ${claim.attribute.replace(/^event\.|\.date$/gu, '')}`] : []),
    ...(claim.periodLength && !isNamedPeriod(claim.variant) ? [FOR_LENGTH[claim.periodLength]] : []),
  ];
}

/**
 * Where a claim comes from, as plain (unescaped) parts: the source kind (with the time scope and the
 * period length its words give), the modality when it is not `asserted`, and the derivation for derived claims.
 */
export function claimOrigin(claim: Claim): { source: string; modality?: string; derived?: string; alike?: string } {
  const out: { source: string; modality?: string; derived?: string; alike?: string } = {
    source: [claim.source, ...claimScope(claim)].join(', '),
  };
  if (claim.modality !== 'asserted') out.modality = claim.modality;
  if (claim.derivation !== undefined || claim.derivedFrom !== undefined) {
    out.derived = claim.derivation !== undefined ? `derived (${claim.derivation})` : 'derived';
  }
  if (claim.alike !== undefined) out.alike = alikeNote(claim.alike);
  return out;
}

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide: false });
  return width;
}

/** The longest prefix of `chars` (from the end when `fromEnd`) that fits in `columns`. */
function fit(chars: string[], columns: number, fromEnd = false): string[] {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[fromEnd ? chars.length - 1 - i : i]!;
    used += displayWidth(ch);
    if (used > columns) break;
    out.push(ch);
  }
  return fromEnd ? out.reverse() : out;
}

/**
 * Cuts `quote` to `columns` with '…' where text was left out, keeping `figure` (the value as
 * written, when the quote holds it) in view with as much of its context on each side as fits;
 * without a figure in the quote, the middle is cut. Deterministic.
 */
export function cutQuote(quote: string, figure: string | undefined, columns: number): string {
  if (displayWidth(quote) <= columns) return quote;
  const at = figure ? quote.indexOf(figure) : -1;
  if (at < 0 || figure === undefined) {
    const head = fit(Array.from(quote), Math.ceil((columns - 1) / 2));
    const tail = fit(Array.from(quote), columns - 1 - displayWidth(head.join('')), true);
    return `${head.join('')}…${tail.join('')}`;
  }
  const before = Array.from(quote.slice(0, at));
  const middle = Array.from(figure);
  const after = Array.from(quote.slice(at + figure.length));
  const needBefore = displayWidth(before.join(''));
  const needAfter = displayWidth(after.join(''));
  // Columns for context: an ellipsis is paid for on each side that is cut.
  let room = columns - displayWidth(figure) - (needBefore > 0 ? 1 : 0) - (needAfter > 0 ? 1 : 0);
  if (room <= 0) return `…${fit(middle, columns - 2).join('')}…`;
  // Context split evenly; a side that needs less gives the rest (and its ellipsis) to the other.
  let left = Math.min(needBefore, Math.floor(room / 2));
  if (left === needBefore && needBefore > 0) room += 1;
  const right = Math.min(needAfter, room - left);
  if (right === needAfter && needAfter > 0) room += 1;
  left = Math.min(needBefore, room - right);
  const head = fit(before, left, true).join('');
  const tail = fit(after, right).join('');
  return `${head.length < before.join('').length ? '…' : ''}${head}${figure}${tail}${tail.length < after.join('').length ? '…' : ''}`;
}

/** For each conflict that grew from a baselined one (by id), the places of its new claims ("file:line:col"). */
export function newSides(report: Report): Map<string, Set<string>> {
  return new Map((report.baseline?.grown ?? []).map((g) => [g.conflict, new Set(g.newClaims.map((p) => `${p.file}:${p.line}:${p.column}`))]));
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

export interface PrettyOptions {
  color: boolean;
  cwd?: string;
  /** Columns to fit claim lines in (the terminal's width); LINE_WIDTH by default. */
  width?: number;
  /** The exit code and its reason, for the summary line. */
  verdict?: ExitVerdict;
  /** Whether the run loaded a pack of the user's (not the built-in pack alone): a run without one that read little says why. */
  userPacks?: boolean;
  /** Whether to name the files that gave no claim (not in a gate's run: its report is about the new files). */
  silentFiles?: boolean;
}

/**
 * The human report: one block per conflict (severity, rule, message, then one line per claim:
 * file:line:col, the quote cut to fit the line around its figure, where it comes from), the files
 * that could not be read, what was left out, and the summary with the exit code's reason. Every
 * piece of article text is passed through escapeControl, and the whole through neutraliseCommands.
 * No colour codes when `color` is false.
 */
export function formatPretty(report: Report, options: PrettyOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? LINE_WIDTH;
  const sections: string[] = [];

  const grown = newSides(report);
  for (const conflict of report.conflicts) {
    const fresh = grown.get(conflict.id);
    const lines: string[] = [
      `${paint(chalk, conflict.severity, conflict.severity)}  ${chalk.dim(escapeControl(conflict.rule))}  ${escapeControl(conflict.message)}`,
    ];
    const places = conflict.claims.map((claim) => {
      const file = displayPath(claim.place.file, options.cwd);
      const pos = `:${claim.place.line}:${claim.place.column}`;
      return { file, pos, width: displayWidth(file + pos) };
    });
    const widest = Math.max(...places.map((p) => p.width));
    const align = places.every((p) => widest - p.width <= MAX_ALIGN_PAD);
    conflict.claims.forEach((claim, i) => {
      const place = places[i]!;
      const pad = align ? ' '.repeat(widest - place.width) : '';
      const origin = claimOrigin(claim);
      const source = escapeControl(origin.source);
      const modality = origin.modality !== undefined ? ` [${origin.modality}]` : '';
      const derived = origin.derived !== undefined ? `  ${escapeControl(origin.derived)}` : '';
      const alike = origin.alike !== undefined ? `  ${origin.alike}` : '';
      // Everything on the line but the quote: "  " place pad "  “" … "”  (" source ")" modality derived alike.
      const rest = 2 + place.width + pad.length + 3 + 4 + displayWidth(source) + 1 + displayWidth(modality) + displayWidth(derived) + displayWidth(alike);
      const quote = escapeControl(cutQuote(claim.quote, claim.value.text, Math.max(MIN_QUOTE, width - rest)));
      // A baselined conflict's new side is marked "+" (the other sides are the accepted ones).
      const mark = fresh?.has(`${claim.place.file}:${claim.place.line}:${claim.place.column}`) ? chalk.green('+') : ' ';
      let line = `${mark} ${chalk.underline(place.file)}${chalk.dim(place.pos)}${pad}  “${quote}”  (${source})`;
      if (modality !== '') line += ` ${chalk.yellow(modality.trim())}`;
      if (derived !== '') line += `  ${chalk.dim(derived.trim())}`;
      if (alike !== '') line += `  ${chalk.dim(alike.trim())}`;
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

  if (report.baseline && report.baseline.fixed.length > 0) {
    const b = report.baseline;
    const lines = [chalk.green(`${plural(b.fixed.length, 'baselined conflict is', 'baselined conflicts are')} no longer found (fixed):`)];
    // An entry of the smallest baseline shape has only its fingerprint to show.
    for (const f of b.fixed) lines.push(`  ${f.rule === '' ? '' : `${chalk.dim(escapeControl(f.rule))}  `}${escapeControl(f.message || `fingerprint ${f.fingerprint}`)}`);
    sections.push(lines.join('\n'));
  }

  const notes = omittedNotes(report);
  // "✔ no conflicts … 0 claims" would read as a pass: say that nothing was read, and why that may be.
  const readFiles = report.files.filter((f) => f.errors.length === 0).length;
  // "The packs know none of these files' words" is said only when it is true: a file that holds a name or word of
  // theirs gave nothing for the reader's reason, and the notes name it apart; so does an empty file, which no pack could know.
  const someKnown = report.files.some((f) => f.errors.length === 0 && (f.knownWords === true || f.empty === true));
  if (report.summary.claims === 0 && readFiles > 0 && !someKnown) notes.push(NOTHING_READ);
  else if (report.summary.claims === 0 && readFiles > 0 && options.userPacks === false) notes.push(NOTHING_READ_BUILTIN);
  else if (report.summary.claims === 0 && readFiles > 0) notes.push('no claim was read', ...(options.silentFiles !== false ? silentFilesNotes(report, options.cwd) : []));
  // "✔ no conflicts in 12 files, 1 claim": with the built-in pack alone, fewer claims than files read is as good as none.
  else if (options.userPacks === false && report.summary.claims < readFiles) notes.push(fewRead(report.summary.claims, readFiles));
  else {
    if (options.silentFiles !== false) notes.push(...silentFilesNotes(report, options.cwd));
  }
  const summary = summaryLine(report.summary, options.verdict);
  const s = report.summary;
  const worst: Severity = s.error > 0 ? 'error' : s.warning > 0 ? 'warning' : s.info > 0 ? 'info' : 'error';
  const last = summary.ok ? chalk.green(escapeControl(summary.text)) : chalk.bold(paint(chalk, worst, escapeControl(summary.text)));
  sections.push([...notes.map((n) => chalk.dim(escapeControl(n))), last].join('\n'));
  return neutraliseCommands(`${sections.join('\n\n')}\n`);
}
