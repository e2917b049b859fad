// The kernel, with no file system: texts in, report out. Orchestration only:
// parse → extract → normalise → derive → group → rules → sort.
import { collapseAlike, type Placed } from './alike.js';
import { deriveClaims } from './derive.js';
import { extractDocument } from '../extract/index.js';
import type { RawClaim } from '../extract/raw-claim.js';
import { createLocator, createQuoter, detached } from '../extract/places.js';
import { dayPeriod, documentDate } from '../normalise/dates.js';
import { inferNumberFormat } from '../normalise/numbers.js';
import { withPageLanguage } from '../normalise/number-format.js';
import { collectSegments } from '../extract/segments.js';
import { groupClaims, type Grouping, type PeriodsOf } from './group.js';
import { periodRuleOf, type Lexicon } from '../packs/lexicon.js';
import { FrontMatterError, parseFrontMatter, type FrontMatter } from '../parse/front-matter.js';
import { formatOf, MarkdownBudgetError, maskTemplateAttributes, parseMarkdown } from '../parse/markdown.js';
import type { Root } from 'mdast';
import { rules as registry } from '../rules/index.js';
import { disabledRules, readDirective, type Directive } from './suppress.js';
import { compareClaims, runRule, type Rule, type RuleContext } from '../rules/rule.js';
import type { Claim, Conflict, Place, FileError, FileResult, Report, Severity, SourceText } from '../types.js';

export type RuleSetting = Severity | 'off';

/** Where document readings may be kept between runs (see src/input/cache.ts); keyed by the caller. */
export interface DocumentCache {
  get(source: SourceText): DocumentReading | undefined;
  set(source: SourceText, reading: DocumentReading): void;
}

export interface CheckOptions {
  lexicon: Lexicon;
  /** Severity per rule id; 'off' disables a rule. Rules not named keep their default. */
  rules?: Record<string, RuleSetting>;
  cache?: DocumentCache;
  /**
   * A gate's new articles (--new, --changed-since): the other files are the archive, whose claims stated alike are
   * kept once in each group (src/check/alike.ts), as the claim index gives them.
   */
  newFiles?: ReadonlySet<string>;
}

function readCached(source: SourceText, options: CheckOptions): DocumentReading {
  const cached = options.cache?.get(source);
  if (cached) return cached;
  const reading = readDocument(source, options.lexicon);
  options.cache?.set(source, reading);
  return reading;
}

/** What one document says: its stated claims, the claims they imply, and its errors. Plain data (cached, sent between threads). */
export interface DocumentReading {
  file: string;
  /** Stated claims, sorted by place. */
  claims: Claim[];
  /** Claims implied by the stated ones (src/derive.ts). */
  derived: Claim[];
  errors: FileError[];
  /** What the author should know but that changes nothing (a suppression comment that does nothing); absent when none. */
  warnings?: DocumentWarning[];
  /** A document that gave no claim though the packs know some of its names or words (an alias, a trigger, a value). */
  knownWords?: true;
  /** A document with no text but blanks (front matter aside): there was nothing to read. */
  empty?: true;
}

/** A warning about one line of a document: printed, never counted in the exit code. */
export interface DocumentWarning {
  line: number;
  message: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_IDS = registry.map((rule) => rule.id);

function toClaim(raw: RawClaim, file: string, text: string, locate: ReturnType<typeof createLocator>, sentenceAt: (start: number, end: number) => string): Claim {
  return {
    id: `${file}:${raw.span.start}:${raw.attribute}`,
    entity: raw.entity,
    attribute: raw.attribute,
    value: raw.value,
    modality: raw.modality,
    source: raw.source,
    place: locate(file, raw.span.start, raw.span.end),
    quote: detached(text.slice(raw.span.start, raw.span.end)),
    sentence: sentenceAt(raw.sentence.start, raw.sentence.end),
    confidence: raw.confidence,
    ...(raw.time ? { time: raw.time } : {}),
    ...(raw.withinPage ? { withinPage: true as const } : {}),
    ...(raw.latest ? { latest: true as const } : {}),
    ...(raw.where !== undefined ? { where: raw.where } : {}),
    ...(raw.variant !== undefined ? { variant: raw.variant } : {}),
    ...(raw.record !== undefined ? { record: raw.record } : {}),
    ...(raw.periodLength ? { periodLength: raw.periodLength } : {}),
    ...(raw.relation ? { relation: raw.relation } : {}),
    ...(raw.counterpart ? { counterpart: raw.counterpart } : {}),
    ...(raw.scope ? { scope: raw.scope } : {}),
    ...(raw.subjectVia && raw.subjectVia !== 'sentence' ? { subjectVia: raw.subjectVia } : {}),
    ...(raw.exclusive ? { exclusive: true as const } : {}),
    ...(raw.arithmetic ? { arithmetic: raw.arithmetic } : {}),
  };
}

/** Reads one document's claims. Broken front matter is the file's error, not an exception. */
export function readDocument(source: SourceText, lexicon: Lexicon): DocumentReading {
  const { file, text } = source;
  let bodyOffset = 0;
  let frontMatter: Record<string, unknown> = {};
  let unclosed: FrontMatter['unclosed'];
  try {
    ({ bodyOffset, data: frontMatter, unclosed } = parseFrontMatter(text));
  } catch (error) {
    if (error instanceof FrontMatterError) return { file, claims: [], derived: [], errors: [{ code: 'front-matter', message: error.message }] };
    throw error;
  }
  const lineOffset = text.slice(0, bodyOffset).split('\n').length - 1;
  // A component's template-literal attribute (diagram source) is no prose: masked, positions kept.
  const format = formatOf(file);
  // An unclosed block of front matter's `key: value` lines is no prose: blanked, positions kept.
  const unmasked = unclosed ? text.slice(0, unclosed.start) + text.slice(unclosed.start, unclosed.end).replace(/[^\n]/gu, ' ') + text.slice(unclosed.end) : text.slice(bodyOffset);
  const body = format === 'markdown' ? maskTemplateAttributes(unmasked) : unmasked;
  const read = body === text.slice(bodyOffset) ? text : text.slice(0, bodyOffset) + body;
  let tree: Root;
  try {
    tree = parseMarkdown(body, format, bodyOffset, lineOffset);
  } catch (error) {
    if (error instanceof MarkdownBudgetError) return { file, claims: [], derived: [], errors: [{ code: 'too-complex', message: error.message }] };
    throw error;
  }
  const segments = collectSegments(read, tree);
  const today = documentDate(frontMatter, unclosed ? body.slice(0, 2000) : text.slice(bodyOffset, bodyOffset + 2000), file);
  const raw = extractDocument(lexicon, { frontMatter, today, format: formatOf(file), numberFormat: withPageLanguage(inferNumberFormat(body), frontMatter.lang ?? frontMatter.language, body) }, segments);
  const published = today ? dayPeriod(today) : undefined;
  const locate = createLocator(text);
  const directives: Directive[] = [];
  const warnings: DocumentWarning[] = [];
  if (unclosed) {
    warnings.push({
      line: unclosed.line,
      message: `front matter opened on line 1 is not closed: "${unclosed.text}" runs the closing "---" into text (it must stand alone on its line), so the block is no front matter (no date, no title) and its key: value lines are not read`,
    });
  }
  const plain = tree.data?.plainText;
  if (plain) {
    warnings.push({ line: plain.line, message: `too costly to parse as Markdown in full from here (long or deeply nested lists, or emphasis and link marks by the thousand): ${plain.blocks.toLocaleString('en-US')} ${plain.blocks === 1 ? 'line' : 'lines'} read as plain text` });
  }
  // A page whose prose is all indented by a tab or four spaces is, as CommonMark says, code: nothing of it is read.
  const indented = format === 'markdown' ? allIndentedCode(tree, text) : undefined;
  if (indented !== undefined) {
    warnings.push({ line: indented, message: 'every paragraph of this page is indented by a tab or four spaces, which Markdown (CommonMark) reads as code, and code is not read: remove the indent to have the text read' });
  }
  // kramdown's Markdown inside HTML ("<div markdown=\"1\">") is read (parseMarkdown); what is left as HTML is counted.
  const boxed = segments.unreadMarkdown.filter((b) => knowsWords(lexicon, b.text));
  if (boxed.length > 0) {
    warnings.push({
      line: locate(file, boxed[0]!.start, boxed[0]!.start).line,
      message: `${boxed.length === 1 ? 'an HTML block' : `${boxed.length} HTML blocks`} opened with markdown="1" (kramdown's Markdown inside HTML) ${boxed.length === 1 ? "holds" : "hold"} text the packs know that is not read: such a block's text is read as Markdown where the block stands on lines of the page's own, not behind a quote's ">" or a list item's indent (and at most four such blocks deep)`,
    });
  }
  for (const c of segments.comments) {
    const place = locate(file, c.start, c.end);
    const { directive, problems } = readDirective(c.value, place.line, place.endLine, RULE_IDS);
    if (directive) directives.push(directive);
    warnings.push(...problems);
  }
  const disabledAt = disabledRules(directives);
  // One string per sentence, however many claims it holds.
  const sentences = new Map<string, string>();
  const sentenceAt = (start: number, end: number): string => {
    const key = `${start}:${end}`;
    let sentence = sentences.get(key);
    if (sentence === undefined) sentences.set(key, (sentence = detached(text.slice(start, end).replace(/\s+/g, ' ').trim())));
    return sentence;
  };
  // Where an event's date is written, for the date claim the event gives.
  const dateAt = new Map<string, Place>();
  const claims = raw
    .map((r) => {
      const claim = toClaim(r, file, text, locate, sentenceAt);
      if (r.timeAt) dateAt.set(claim.id, locate(file, r.timeAt.start, r.timeAt.end));
      if (published) claim.published = published;
      const disabled = directives.length > 0 ? disabledAt(claim.place.line) : [];
      return disabled.length > 0 ? { ...claim, suppressed: disabled } : claim;
    })
    .sort(compareClaims);
  // A derived claim spanning two cells of a line is quoted with the exact text between them.
  const quote = createQuoter(text);
  const derived = deriveClaims(lexicon, claims, (claim) => quote(claim.place), (claim) => dateAt.get(claim.id));
  return {
    file,
    claims,
    derived,
    errors: [],
    ...(warnings.length > 0 ? { warnings: capWarnings(warnings) } : {}),
    ...(claims.length === 0 && knowsWords(lexicon, body) ? { knownWords: true as const } : {}),
    ...(claims.length === 0 && !/\S/u.test(body) ? { empty: true as const } : {}),
  };
}

/**
 * The line of the first indented code block of a page whose top-level blocks are all such blocks (headings, rules, HTML,
 * link definitions, an empty quote and a paragraph of links only aside), at least one holding words; else undefined. A fenced block ("```") is code its author meant.
 */
function allIndentedCode(tree: Root, text: string): number | undefined {
  let first: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition' || node.type === 'yaml') continue;
    // (Nor an empty quote, nor a paragraph of links only: "[Visit Link](…)".)
    if (node.type === 'blockquote' && node.children.length === 0) continue;
    if (node.type === 'paragraph' && node.children.every((c) => c.type === 'link' || c.type === 'image' || (c.type === 'text' && !/\S/u.test(c.value)))) continue;
    if (node.type !== 'code') return undefined;
    const start = node.position?.start.offset ?? 0;
    if (/^ {0,3}(?:`{3,}|~{3,})/u.test(text.slice(start, start + 8)) || node.lang) return undefined;
    if (first === undefined && /\p{L}{2,}\s+\p{L}{2,}/u.test(node.value)) first = node.position?.start.line ?? 1;
  }
  return first;
}

/** Whether the packs know any of a text's names or words: an alias, an attribute's or an event's trigger, a category value. */
function knowsWords(lexicon: Lexicon, text: string): boolean {
  return lexicon.aliases(text).length > 0 || lexicon.triggers(text).length > 0 || lexicon.anyEventTrigger(text).length > 0 || lexicon.values(text).length > 0;
}

/** At most this many warnings per document; then one that counts the rest. */
const MAX_WARNINGS = 10;

function capWarnings(warnings: DocumentWarning[]): DocumentWarning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - (MAX_WARNINGS - 1);
  return [...warnings.slice(0, MAX_WARNINGS - 1), { line: warnings[MAX_WARNINGS - 1]!.line, message: `and ${rest} more suppression comments that do nothing` }];
}

function compareConflicts(a: Conflict, b: Conflict): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareClaims(a.claims[0]!, b.claims[0]!) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function activeRules(settings: Record<string, RuleSetting> = {}): { rule: Rule; severity: Severity }[] {
  return registry
    .map((rule) => ({ rule, setting: settings[rule.id] ?? rule.meta.severity }))
    .filter((r): r is { rule: Rule; setting: Severity } => r.setting !== 'off')
    .map(({ rule, setting }) => ({ rule, severity: setting }));
}

/** The grouping behind `RuleContext.claimsOf`: every claim of one entity's attribute. */
export const CLAIMS_OF_GROUPING: Grouping = 'entity-attribute';

/** Which periods each attribute's figures meet in, in the 'fact' grouping (periodRuleOf, src/packs/lexicon.ts). */
export function periodsIn(lexicon: Lexicon): PeriodsOf {
  return (attribute) => periodRuleOf(lexicon.attributes.get(attribute));
}

/** The key under which `RuleContext.claimsOf(entity, attribute)` finds claims. */
export const claimsOfKey = (entity: string, attribute: string): string => `${entity}\u0000${attribute}`;

/** What rules may consult beyond their group: the lexicon and an index of claims by entity and attribute. */
export function ruleContext(claims: readonly Claim[], lexicon: Lexicon, collapse: (group: Claim[]) => Claim[] = (group) => group): { context: RuleContext; index: Map<string, Claim[]> } {
  const index = new Map<string, Claim[]>();
  for (const group of groupClaims(claims, CLAIMS_OF_GROUPING)) index.set(claimsOfKey(group[0]!.entity.id, group[0]!.attribute), collapse(group));
  return { context: { lexicon, claimsOf: (entity, attribute) => index.get(claimsOfKey(entity, attribute)) ?? [] }, index };
}

/**
 * Runs the active rules over groups of claims: `groupsOf(grouping)` gives the groups of each grouping a
 * rule uses, built once however many rules share it. Conflicts sorted. A full run passes every group;
 * the claim index (src/index/) only those a new article touches.
 */
export function conflictsInGroups(groupsOf: (grouping: Grouping) => readonly (readonly Claim[])[], context: RuleContext, settings?: Record<string, RuleSetting>): Conflict[] {
  const conflicts: Conflict[] = [];
  const groupings = new Map<Grouping, readonly (readonly Claim[])[]>();
  for (const { rule, severity } of activeRules(settings)) {
    const grouping = rule.grouping ?? 'fact';
    if (!groupings.has(grouping)) groupings.set(grouping, groupsOf(grouping));
    for (const group of groupings.get(grouping)!) conflicts.push(...runRule(rule, severity, group, context));
  }
  return finishConflicts(conflicts);
}

/** The rules' conflicts, in the order the rules and their groups ran, as a report holds them: one per statement, sorted. */
export function finishConflicts(conflicts: Conflict[]): Conflict[] {
  return oneConflictPerStatement(conflicts).sort(compareConflicts);
}

/**
 * One disagreement found twice, once between a family and a member's value lifted to it, once between the member
 * and the family's value said of every member: the two stand on the same stated claims. The member's is kept.
 */
function oneConflictPerStatement(conflicts: Conflict[]): Conflict[] {
  const kept = new Map<string, Conflict>();
  for (const c of conflicts) {
    const key = `${c.rule}\u0000${[...new Set(c.claims.flatMap((claim) => claim.derivedFrom ?? [claim.id]))].sort().join('\u0000')}`;
    const other = kept.get(key);
    if (!other || (other.entity.type === 'family' && c.entity.type !== 'family')) kept.set(key, c);
  }
  return kept.size === conflicts.length ? conflicts : [...kept.values()];
}

/** Finds the conflicts among the claims of many documents: each grouping is built once, in one pass. */
export function findConflicts(claims: Claim[], options: CheckOptions): Conflict[] {
  const collapse = options.newFiles ? collapsingAlike(claims, options.newFiles) : undefined;
  const { context, index } = ruleContext(claims, options.lexicon, collapse);
  const periods = periodsIn(options.lexicon);
  return conflictsInGroups(
    (grouping) => (grouping === CLAIMS_OF_GROUPING ? [...index.values()] : collapse ? groupClaims(claims, grouping, periods).map(collapse) : groupClaims(claims, grouping, periods)),
    context,
    options.rules,
  );
}

/** Keeps a group's archived claims stated alike once (src/check/alike.ts); `claims` in run order, as a full run holds them. */
function collapsingAlike(claims: readonly Claim[], newFiles: ReadonlySet<string>): (group: Claim[]) => Claim[] {
  // One Placed per claim, whatever groups it is in: its alike key is worked out once.
  const placed = new Map<Claim, Placed>();
  claims.forEach((claim, seq) => placed.set(claim, { claim, path: claim.place.file, seq, count: 1 }));
  const isNew = (path: string) => newFiles.has(path);
  return (group) => collapseAlike(group.map((claim) => placed.get(claim)!), isNew);
}

export interface Analysis {
  report: Report;
  /** Every claim, stated and derived, in file order. */
  claims: Claim[];
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Reads, derives and checks; returns the report and the claims behind it. */
export function analyse(
  sources: readonly SourceText[],
  options: CheckOptions,
  inputErrors: readonly { file: string; error: FileError }[] = [],
): Analysis {
  return analyseReadings([...sources].sort(byFile).map((s) => readCached(s, options)), options, inputErrors);
}

/** Checks documents already read (by readDocument, here or in another thread, or from a cache): no texts needed. */
export function analyseReadings(
  readings: readonly DocumentReading[],
  options: CheckOptions,
  inputErrors: readonly { file: string; error: FileError }[] = [],
): Analysis {
  const sorted = [...readings].sort(byFile);
  const claims = [...sorted.flatMap((r) => r.claims), ...sorted.flatMap((r) => r.derived)];
  const conflicts = findConflicts(claims, options);
  return { report: buildReport(sorted, inputErrors, conflicts), claims: claims.sort(compareClaims) };
}

/** Checks texts and builds the report; `inputErrors` are files that could not be read at all. */
export function checkTexts(
  sources: readonly SourceText[],
  options: CheckOptions,
  inputErrors: readonly { file: string; error: FileError }[] = [],
): Report {
  return analyse(sources, options, inputErrors).report;
}

export function buildReport(
  readings: readonly DocumentReading[],
  inputErrors: readonly { file: string; error: FileError }[],
  conflicts: Conflict[],
): Report {
  return reportOf(
    [...readings.map((r) => ({ file: r.file, claims: r.claims.length, errors: r.errors, ...(r.knownWords ? { knownWords: true } : {}), ...(r.empty ? { empty: true } : {}) })), ...inputErrors.map((e) => ({ file: e.file, claims: 0, errors: [e.error] }))],
    conflicts,
  );
}

/**
 * The report of files (in any order) and their conflicts. `totals`, when given, counts files and claims that
 * `results` leaves out: a report whose files list holds only the files with errors (every format but json
 * lists no other), as the claim index gives it.
 */
export function reportOf(results: readonly FileResult[], conflicts: Conflict[], totals?: { files: number; claims: number }): Report {
  const files = [...results].sort(byFile);
  const count = (s: Severity) => conflicts.filter((c) => c.severity === s).length;
  return {
    version: 1,
    files,
    conflicts,
    summary: {
      files: totals?.files ?? files.length,
      claims: totals?.claims ?? files.reduce((n, f) => n + f.claims, 0),
      conflicts: conflicts.length,
      error: count('error'),
      warning: count('warning'),
      info: count('info'),
    },
  };
}
