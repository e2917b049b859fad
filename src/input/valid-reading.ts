// What a well-formed document reading is, for readings that come from outside the run (the --cache file): shape and quotes checked.
import type { DocumentReading } from '../check/index.js';
import { PERIOD_LENGTHS } from '../extract/period-length.js';
import { createQuoter } from '../extract/places.js';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isPosition: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const listOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);

/** An object with exactly these fields (`optional` ones may be missing), each passing its check. */
function record(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const r = v as Record<string, unknown>;
    for (const [key, check] of Object.entries(required)) if (!(key in r) || !check(r[key])) return false;
    for (const key of Object.keys(r)) {
      if (key in required) continue;
      const check = optional[key];
      if (!check || !check(r[key])) return false;
    }
    return true;
  };
}

const entity = record({ id: isString, name: isString, type: isString, mention: isString, known: isBoolean });

const value: Check = (v) => {
  const kind = (v as { kind?: unknown } | null)?.kind;
  if (kind === 'quantity') return record({ kind: isString, min: nullable(isNumber), max: nullable(isNumber), unit: isString, approx: isBoolean, text: isString })(v);
  if (kind === 'category') return record({ kind: isString, value: isString, text: isString }, { negated: (x) => x === true })(v);
  if (kind === 'event') return record({ kind: isString, event: isString, participants: listOf(isString), polarity: oneOf('happened', 'not-happened'), text: isString })(v);
  return false;
};

const place = record({ file: isString, line: isPosition, column: isPosition, endLine: isPosition, endColumn: isPosition });

const claim = record(
  {
    id: isString,
    entity,
    attribute: isString,
    value,
    modality: oneOf('asserted', 'hedged', 'reported', 'predicted', 'hypothetical'),
    source: oneOf('prose', 'table', 'list', 'heading', 'front-matter'),
    place,
    quote: isString,
    sentence: isString,
    confidence: isNumber,
  },
  {
    time: record({ start: isString, end: isString, text: isString }),
    withinPage: (v) => v === true,
    latest: (v) => v === true,
    where: isString,
    variant: isString,
    periodLength: oneOf(...PERIOD_LENGTHS),
    derivedFrom: listOf(isString),
    derivation: isString,
    scope: oneOf('member'),
    subjectVia: isString,
    exclusive: (v) => v === true,
    published: record({ start: isString, end: isString }),
    relation: record({ other: entity, direction: oneOf('lower', 'higher') }),
    counterpart: entity,
    arithmetic: record({ role: oneOf('result', 'expression'), operation: oneOf('product', 'sum', 'share', 'higher', 'lower'), at: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 }, { of: listOf(isString) }),
    suppressed: listOf(isString),
  },
);

const reading = record(
  { file: isString, claims: listOf(claim), derived: listOf(claim), errors: listOf(record({ code: isString, message: isString })) },
  { warnings: listOf(record({ line: isPosition, message: isString })), knownWords: (v) => v === true, empty: (v) => v === true },
);

/**
 * Why `value` is not a reading of `text` as `file`, or null when it is one: the shape of every
 * field, every claim placed in this file, every stated claim quoting the text at its place, and
 * every derived claim derived from other claims of the reading.
 */
export function readingProblem(value: unknown, file: string, text: string): string | null {
  if (!reading(value)) return 'not a reading';
  const r = value as DocumentReading;
  if (r.file !== file) return 'made for another file';
  const all = [...r.claims, ...r.derived];
  if (all.some((c) => c.place.file !== file)) return 'a claim placed in another file';
  const quote = createQuoter(text);
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  for (const c of r.claims) {
    if (c.place.line > lines || c.place.endLine > lines || quote(c.place) !== c.quote) return 'a claim that does not quote the text';
  }
  // A derived claim may come from stated claims or from other derived ones (an event's date, then that date lifted to the line).
  const known = new Set(all.map((c) => c.id));
  if (r.derived.some((c) => !c.derivedFrom || c.derivedFrom.length === 0 || !c.derivedFrom.every((id) => id !== c.id && known.has(id)))) {
    return 'a derived claim without its sources';
  }
  return null;
}
