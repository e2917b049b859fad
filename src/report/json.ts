// Owns the JSON report (SPEC.md "JSON report"): the projection of claims and conflicts into stable plain data, and formatJson.

import type { BaselineResult, Claim, Conflict, FileResult, Omitted, Report, Summary, Value } from '../types.js';
import { escapeJsonText } from './escape.js';

export interface JsonQuantity {
  kind: 'quantity';
  min: number | null;
  max: number | null;
  unit: string;
  approx: boolean;
  text: string;
}

export interface JsonCategory {
  kind: 'category';
  value: string;
  text: string;
}

export interface JsonEvent {
  kind: 'event';
  event: string;
  participants: string[];
  polarity: 'happened' | 'not-happened';
  text: string;
}

export type JsonValue = JsonQuantity | JsonCategory | JsonEvent;

export interface JsonClaim {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  quote: string;
  source: Claim['source'];
  modality: Claim['modality'];
  entity: { id: string; name: string; type: string; mention: string };
  attribute: string;
  value: JsonValue;
  time?: { start: string; end: string; text: string };
  /** Compared only within its page (a running level on a page with no date, a move over a span the page does not state). */
  withinPage?: true;
  latest?: true;
  /** The place the figure is said of, a name no pack knows ("in China"), in lower case. */
  where?: string;
  variant?: string;
  /** Read from a label line its block of label lines repeats: the record's key (options of one record). */
  record?: string;
  /** How long a period the figure covers, as its words say ("quarterly", "full-year"). */
  periodLength?: Claim['periodLength'];
  counterpart?: { id: string; name: string; type: string; mention: string };
  derivedFrom?: string[];
  derivation?: string;
  /** In a gate: how many other archived claims state this one alike (src/check/alike.ts). */
  alike?: number;
}

export interface JsonConflict {
  id: string;
  rule: string;
  severity: Conflict['severity'];
  entity: { id: string; name: string; type: string };
  attribute: string;
  message: string;
  claims: JsonClaim[];
}

export interface JsonReport {
  version: 1;
  files: { file: string; claims: number; errors: { code: string; message: string }[] }[];
  conflicts: JsonConflict[];
  summary: Summary;
  baseline?: BaselineResult;
  omitted?: Omitted;
}

/** A number that JSON can carry: non-finite numbers (never expected) become null. */
function num(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : n;
}

export function projectValue(value: Value): JsonValue {
  switch (value.kind) {
    case 'quantity':
      return {
        kind: 'quantity',
        min: num(value.min),
        max: num(value.max),
        unit: value.unit,
        approx: value.approx,
        text: value.text,
      };
    case 'category':
      return { kind: 'category', value: value.value, text: value.text };
    case 'event':
      return {
        kind: 'event',
        event: value.event,
        participants: [...value.participants],
        polarity: value.polarity,
        text: value.text,
      };
  }
}

/** A claim as the JSON report shows it; keys always in this order. */
export function projectClaim(claim: Claim): JsonClaim {
  const out: JsonClaim = {
    file: claim.place.file,
    line: claim.place.line,
    column: claim.place.column,
    endLine: claim.place.endLine,
    endColumn: claim.place.endColumn,
    quote: claim.quote,
    source: claim.source,
    modality: claim.modality,
    entity: {
      id: claim.entity.id,
      name: claim.entity.name,
      type: claim.entity.type,
      mention: claim.entity.mention,
    },
    attribute: claim.attribute,
    value: projectValue(claim.value),
  };
  if (claim.time !== undefined) {
    out.time = { start: claim.time.start, end: claim.time.end, text: claim.time.text };
  }
  if (claim.withinPage) out.withinPage = true;
  if (claim.latest) out.latest = true;
  if (claim.where !== undefined) out.where = claim.where;
  if (claim.variant !== undefined) out.variant = claim.variant;
  if (claim.record !== undefined) out.record = claim.record;
  if (claim.periodLength !== undefined) out.periodLength = claim.periodLength;
  if (claim.counterpart !== undefined) {
    const o = claim.counterpart;
    out.counterpart = { id: o.id, name: o.name, type: o.type, mention: o.mention };
  }
  if (claim.derivedFrom !== undefined) out.derivedFrom = [...claim.derivedFrom];
  if (claim.derivation !== undefined) out.derivation = claim.derivation;
  if (claim.alike !== undefined) out.alike = claim.alike;
  return out;
}

/** A conflict as the JSON and JSONL reports show it; keys always in this order. */
export function projectConflict(conflict: Conflict): JsonConflict {
  return {
    id: conflict.id,
    rule: conflict.rule,
    severity: conflict.severity,
    entity: { id: conflict.entity.id, name: conflict.entity.name, type: conflict.entity.type },
    attribute: conflict.attribute,
    message: conflict.message,
    claims: conflict.claims.map(projectClaim),
  };
}

function projectFile(file: FileResult): JsonReport['files'][number] {
  return {
    file: file.file,
    claims: file.claims,
    errors: file.errors.map((e) => ({ code: e.code, message: e.message })),
  };
}

/** The whole report as plain data in the shape schema/report.schema.json describes. */
export function projectReport(report: Report): JsonReport {
  const s = report.summary;
  return {
    version: 1,
    files: report.files.map(projectFile),
    conflicts: report.conflicts.map(projectConflict),
    summary: {
      files: s.files,
      claims: s.claims,
      conflicts: s.conflicts,
      error: s.error,
      warning: s.warning,
      info: s.info,
    },
    ...(report.baseline ? { baseline: report.baseline } : {}),
    ...(report.omitted ? { omitted: report.omitted } : {}),
  };
}

/**
 * Pieces of text joined into chunks of about this many characters: few writes, and no string large
 * enough to skip V8's young generation (garbage there is cheap; large strings wait for a full GC).
 */
const CHUNK_CHARS = 1 << 14;

/**
 * Joins small pieces of JSON text into chunks of about CHUNK_CHARS characters, each piece passed
 * through escapeJsonText (pieces are whole JSON values or punctuation, so no string is split).
 */
export function* inChunks(pieces: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += escapeJsonText(piece);
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep (JSON strings hold no raw newline). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** A top-level array of the report, item by item, as JSON.stringify(…, null, 2) would print it. */
function* arrayPieces<T>(items: readonly T[], project: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[' : ','}\n    ${nested(project(items[i]!), 2)}`;
  yield '\n  ]';
}

/**
 * One conflict as it stands in the report's array (depth 2), claim by claim: a conflict may hold
 * thousands of claims, and one string for all of them would be megabytes.
 */
function* conflictPieces(conflict: Conflict): Generator<string> {
  const { claims: _claims, ...head } = projectConflict({ ...conflict, claims: [] });
  // `"claims": []` closes the conflict; the claims go between the brackets.
  const shell = nested({ ...head, claims: [] }, 2);
  const tail = '[]\n    }';
  if (conflict.claims.length === 0 || !shell.endsWith(tail)) {
    yield nested(projectConflict(conflict), 2);
    return;
  }
  yield shell.slice(0, -tail.length);
  for (let i = 0; i < conflict.claims.length; i++) yield `${i === 0 ? '[' : ','}\n        ${nested(projectClaim(conflict.claims[i]!), 4)}`;
  yield '\n      ]\n    }';
}

function* jsonPieces(report: Report): Generator<string> {
  const { summary, baseline, omitted } = projectReport({ ...report, files: [], conflicts: [] });
  yield '{\n  "version": 1,\n  "files": ';
  yield* arrayPieces(report.files, projectFile);
  yield ',\n  "conflicts": ';
  if (report.conflicts.length === 0) yield '[]';
  for (let i = 0; i < report.conflicts.length; i++) {
    yield `${i === 0 ? '[' : ','}\n    `;
    yield* conflictPieces(report.conflicts[i]!);
  }
  if (report.conflicts.length > 0) yield '\n  ]';
  yield `,\n  "summary": ${nested(summary, 1)}`;
  if (baseline) yield `,\n  "baseline": ${nested(baseline, 1)}`;
  if (omitted) yield `,\n  "omitted": ${nested(omitted, 1)}`;
  yield '\n}\n';
}

/**
 * The JSON report in chunks: the same bytes as `formatJson`, made and written a piece at a time, so
 * that a report on 100,000 articles never has to be one string in memory.
 */
export function formatJsonChunks(report: Report): Iterable<string> {
  return inChunks(jsonPieces(report));
}

/** The JSON report: 2-space indent, trailing newline. The report's order is kept as given. */
export function formatJson(report: Report): string {
  return [...formatJsonChunks(report)].join('');
}
