// Plain data passed between the pipeline's stages: documents, claims, conflicts, reports.

export type SourceKind = 'prose' | 'table' | 'list' | 'heading' | 'front-matter';

/** How the article stands behind a statement. Only `asserted` and `hedged` claims make conflicts. */
export type Modality = 'asserted' | 'hedged' | 'reported' | 'predicted' | 'hypothetical';

export type Severity = 'error' | 'warning' | 'info';

/** A 1-based span in a file; `endColumn` is exclusive, as in vfile and SARIF. */
export interface Place {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A half-open character range [start, end) in some text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A number as stated. `min`/`max` are null when unbounded ("over 8,000": min 8000, max null).
 * A point value has min === max. `approx` is true when hedged ("~", "roughly", "over", "+").
 */
export interface Quantity {
  kind: 'quantity';
  min: number | null;
  max: number | null;
  unit: string;
  approx: boolean;
  /** The figure as written, e.g. "over 8,000 stars". */
  text: string;
}

export interface Category {
  kind: 'category';
  /** Canonical value from the attribute's vocabulary, e.g. "moe". */
  value: string;
  text: string;
  /** Said not to hold ("was not released under Apache 2.0", "不是 MoE"). */
  negated?: true;
}

export type Polarity = 'happened' | 'not-happened';

export interface EventValue {
  kind: 'event';
  event: string;
  /** Canonical entity ids, sorted. */
  participants: string[];
  polarity: Polarity;
  text: string;
}

export type Value = Quantity | Category | EventValue;

export interface EntityRef {
  /** Canonical id: a pack id, or the folded name of an unknown entity ("acme-v2"). */
  id: string;
  /** Display name. */
  name: string;
  type: string;
  /** The mention as written in the text. */
  mention: string;
  /** False for names that no pack knows. */
  known: boolean;
}

export interface TimeScope {
  /** Inclusive ISO dates (yyyy-mm-dd). */
  start: string;
  end: string;
  /** The expression as written, e.g. "in 2025". */
  text: string;
}

/** How long a period a figure covers, as its words say ("quarterly", "full-year"): src/extract/period-length.ts. */
export type PeriodLength = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

export type SubjectVia = 'sentence' | 'row' | 'column' | 'label' | 'reference' | 'heading' | 'title';

export interface Claim {
  /** Stable within a run: file, offset and attribute. */
  id: string;
  entity: EntityRef;
  attribute: string;
  value: Value;
  time?: TimeScope;
  /**
   * Compared only with the figures of its own page: a running level on a page with no date ("the toll rose to 2,417"; on
   * a dated page `time` is the page's date instead), or a move over a span the page does not state ("shares jumped 7%").
   */
  withinPage?: true;
  /**
   * A level said to hold at the time of writing ("so far", "five are still missing", "截至目前仍有5人"): within its page,
   * a later state than the figures the page gives without such a word ("导致9人失踪"), so not compared with them.
   */
  latest?: true;
  /**
   * The place a figure is said of, a name no pack knows after "in" in its clause ("$57 million in China"), in lower case:
   * figures said of two different places are not compared.
   */
  where?: string;
  /**
   * For an event, the kind its words make it ("full approval", "the preliminary report", "aprobación condicional"):
   * events of two kinds are different events, and their dates are not compared.
   */
  variant?: string;
  /**
   * Read from a label line that its block of label lines repeats ("year: 2006" over "year: 1996", "isbn:" twice: an original
   * and an edition, or one line a volume): the record's key, shared by the values of the repeated label. They are options
   * of one record, never rivals of each other, and a figure that agrees with any of them agrees with the record.
   */
  record?: string;
  /**
   * For a flow's figure, how long a period it covers when its words, its paragraph or its section's heading say so
   * ("quarterly revenue", "full-year profit", "第四季度"): a quarter's figure and a year's are different facts.
   */
  periodLength?: PeriodLength;
  modality: Modality;
  source: SourceKind;
  place: Place;
  /** The exact text of the quoted span. */
  quote: string;
  /** The whole sentence (or table row) the claim was read from. */
  sentence: string;
  confidence: number;
  /** Ids of the claims this one was derived from; absent for stated claims. */
  derivedFrom?: string[];
  /** Name of the derivation rule that produced this claim. */
  derivation?: string;
  /** 'member' when lifted from a family member to its family, or said of some of a family's members. */
  scope?: 'member';
  /**
   * How the subject was found: named in the sentence, the table row or column, a label; or, by falling
   * back on context, a reference ("it", "the model"), the section's heading or the page title.
   */
  subjectVia?: SubjectVia;
  /** For a value of a multi-valued attribute: said to be the only one ("relies exclusively on X"). */
  exclusive?: true;
  /** The date of the document the claim was read from, as a period (a dateline may give only a month). */
  published?: { start: string; end: string };
  /**
   * For a stated ratio ("6x cheaper than X"): the entity compared with, and whether the subject's
   * value is lower or higher. The claim's value is the ratio (unit "ratio").
   */
  relation?: { other: EntityRef; direction: 'lower' | 'higher' };
  /**
   * The other party of a relational figure: a deal's target or buyer, a stake's company or owner, the place a
   * count is of ("Marrow Capital's 81% stake in Corvane", "a $117 billion bid for Pellucid Networks", "212 deaths in Corvalia").
   * Figures of one entity's attribute with different other parties are different facts.
   */
  counterpart?: EntityRef;
  /**
   * Stated arithmetic ("€1.2 billion (6 x €160 million)"): the figure given as the result, or the expression
   * with the values it allows as the claim's value. The two claims of one statement share `at` (the
   * expression's offset in the file); `of` names the attribute the result was read as, or those it may be a
   * value of (src/extract/readers/arithmetic.ts), when there are any. Only rule
   * stated-arithmetic looks at these claims.
   */
  arithmetic?: StatedArithmetic;
  /** Rules disabled at the claim's place by a suppression comment ('*' for all). */
  suppressed?: string[];
  /**
   * In a gate (--new, --changed-since, --index): how many other archived claims state this one alike, in other
   * places (src/check/alike.ts). The archive's claims stated alike are shown once, the first by path and place.
   */
  alike?: number;
}

export interface StatedArithmetic {
  role: 'result' | 'expression';
  operation: 'product' | 'sum' | 'share' | 'higher' | 'lower';
  at: number;
  of?: string[];
}

export interface FileError {
  /** Machine-readable reason, e.g. "not-found", "binary", "invalid-utf8". */
  code: string;
  message: string;
}

export interface FileResult {
  file: string;
  claims: number;
  errors: FileError[];
  /** No claim, though the packs know some of the file's names or words (not in the JSON report). */
  knownWords?: boolean;
  /** No text but blanks, front matter aside (not in the JSON report). */
  empty?: boolean;
}

export interface Conflict {
  id: string;
  rule: string;
  severity: Severity;
  entity: { id: string; name: string; type: string };
  attribute: string;
  message: string;
  claims: Claim[];
}

export interface Summary {
  files: number;
  claims: number;
  conflicts: number;
  error: number;
  warning: number;
  info: number;
}

export interface BaselineResult {
  file: string;
  /** Baselined conflicts found again (and hidden). */
  matched: number;
  /** Baselined conflicts no longer found. */
  fixed: { fingerprint: string; rule: string; entity: string; attribute: string; message: string }[];
  /**
   * Baselined conflicts found again with new sides: reported (in `conflicts`, by id), not fixed;
   * present when there are any.
   */
  grown?: { fingerprint: string; conflict: string; newClaims: { file: string; line: number; column: number }[] }[];
}

export interface Report {
  version: 1;
  files: FileResult[];
  conflicts: Conflict[];
  summary: Summary;
  /** Present when a baseline was applied. */
  baseline?: BaselineResult;
  /** Conflicts found but left out of `conflicts`, by cause; present when an option left some out. */
  omitted?: Omitted;
}

export interface Omitted {
  /** --new / --changed-since: conflicts with no side in the new or changed files. */
  outsideNew?: number;
  /** --quiet: conflicts below --fail-on (the exit code still counts them). */
  quiet?: number;
}

/** One input as read by the CLI: a path and its decoded text, or the reason it could not be read. */
export interface SourceText {
  file: string;
  text: string;
}
