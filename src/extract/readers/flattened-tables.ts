// Tables that lost their cell separators when a page was saved as text: read only when the columns are certain.
//
// Two shapes are read:
//   a comparison  "Aspect  Acme  Globex"            then rows "Battery 5,000 mAh 4,500 mAh"
//   a spec sheet  "Acme X1 specifications"          then rows "Battery 5,000 mAh"
// A row is read only when its label names an attribute (by the pack's table headers) and it holds exactly
// one readable value per column; anything else is skipped, never guessed.
import { findQuantities } from '../../normalise/numbers.js';
import { findMentions, UNKNOWN_ENTITY_CONFIDENCE, type Mention } from '../../normalise/entities.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { EntityRef, Span, Value } from '../../types.js';
import type { RawClaim } from '../raw-claim.js';
import { compatible } from '../subjects.js';
import type { Segment } from '../segments.js';
import type { DocumentTypes } from '../typing.js';

const MAX_ROW = 140;
const MAX_LABEL_WORDS = 5;
const SPEC_SHEET_TITLE = /^\s*(?:specifications?|specs|spec sheet|at a glance|key facts|factsheet|fact sheet)\s*:?\s*$/i;
const CAPTION = /^\s*(?:table|figure|fig\.)\s*\d+\s*[:.]/i;

const isRowLike = (b: Segment) => b.source !== 'list' && b.text.trim().length <= MAX_ROW && !/[.!?。]\s*$/.test(b.text.trim()) && !CAPTION.test(b.text);

/** The names of a line, typed as the document types them. */
const typedMentions = (lexicon: Lexicon, text: string, types?: DocumentTypes): Mention[] =>
  findMentions(lexicon, text).map((m) => (types ? { ...m, entity: types.typed(m.entity) } : m));

/** The entity columns of a header line: a first label word(s), then only entity names (with asides). */
function headerColumns(lexicon: Lexicon, text: string, types?: DocumentTypes): Mention[] | undefined {
  const mentions = typedMentions(lexicon, text, types).filter((m) => m.entity.type !== 'unknown');
  if (mentions.length < 2) return undefined;
  const rest = text.slice(mentions[0]!.start);
  let cursor = 0;
  for (const m of mentions) {
    const gap = rest.slice(cursor, m.start - mentions[0]!.start);
    if (!/^\s*(?:\([^)]*\)\s*)?$/.test(gap)) return undefined;
    cursor = m.end - mentions[0]!.start;
  }
  if (!/^\s*(?:\([^)]*\)\s*)?$/.test(rest.slice(cursor))) return undefined;
  const label = text.slice(0, mentions[0]!.start).trim();
  return label.split(/\s+/).length <= 3 ? mentions : undefined;
}

/** The single entity a spec sheet is about: "Acme X1 specifications" or "Acme X1" alone on its line. */
function sheetSubject(lexicon: Lexicon, text: string, types?: DocumentTypes): Mention | undefined {
  const mentions = typedMentions(lexicon, text, types);
  if (mentions.length !== 1) return undefined;
  const m = mentions[0]!;
  const rest = text.slice(0, m.start) + text.slice(m.end);
  return rest.trim() === '' || SPEC_SHEET_TITLE.test(rest) ? m : undefined;
}

/** The attribute a row's label names, and where the values start. */
function rowLabel(lexicon: Lexicon, text: string): { attribute: PackAttribute; valuesAt: number } | undefined {
  const words = [...text.matchAll(/\S+/g)];
  for (let n = Math.min(MAX_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    const last = words[n - 1]!;
    const label = text.slice(0, last.index + last[0].length).trim().toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');
    const attribute = lexicon.pack.attributes.find((a) => a.headers.includes(label));
    if (attribute) return { attribute, valuesAt: last.index + last[0].length };
  }
  return undefined;
}

/** Exactly `count` values of the attribute in `text`, or undefined. */
function rowValues(lexicon: Lexicon, attribute: PackAttribute, text: string, count: number): { value: Value; span: Span }[] | undefined {
  if (attribute.kind === 'quantity') {
    const found = findQuantities(text, lexicon.unitWords).filter((q) => !q.calendar && (q.quantity.unit === '' || q.quantity.unit === attribute.unit));
    if (found.length !== count) return undefined;
    return found.map((q) => ({ value: { ...q.quantity, unit: attribute.unit! }, span: q.span }));
  }
  const found = lexicon
    .values(text)
    .map((m) => ({ m, entry: lexicon.valueEntries[m.index]! }))
    .filter(({ entry }) => entry.attribute === attribute);
  if (found.length !== count) return undefined;
  return found.map(({ m, entry }) => ({ value: { kind: 'category', value: entry.value.id, text: text.slice(m.start, m.end) }, span: m }));
}

/** Reads flattened tables among a document's blocks (in document order). */
export function extractFlattenedTables(lexicon: Lexicon, blocks: readonly Segment[], types?: DocumentTypes): RawClaim[] {
  const claims: RawClaim[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    if (!isRowLike(head)) continue;
    const columns = headerColumns(lexicon, head.text, types);
    const subject = columns ? undefined : sheetSubject(lexicon, head.text, types);
    const entities: EntityRef[] | undefined = columns?.map((m) => m.entity) ?? (subject ? [subject.entity] : undefined);
    if (!entities) continue;
    let j = i + 1;
    const rows: RawClaim[] = [];
    for (; j < blocks.length && isRowLike(blocks[j]!); j++) {
      const row = blocks[j]!;
      const label = rowLabel(lexicon, row.text);
      if (!label) continue;
      const values = rowValues(lexicon, label.attribute, row.text.slice(label.valuesAt), entities.length);
      if (!values) continue;
      values.forEach(({ value, span }, k) => {
        const entity = entities[k]!;
        if (!compatible(label.attribute, entity)) return;
        rows.push({
          entity,
          attribute: label.attribute.id,
          value,
          span: { start: row.start + label.valuesAt + span.start, end: row.start + label.valuesAt + span.end },
          sentence: { start: row.start, end: row.end },
          modality: 'asserted',
          source: 'table',
          confidence: entity.known ? 0.9 : UNKNOWN_ENTITY_CONFIDENCE,
        });
      });
    }
    // One readable row is not yet a table.
    if (rows.length >= 2 || (rows.length >= 1 && entities.length >= 2)) {
      claims.push(...rows);
      i = j - 1;
    }
  }
  return claims;
}
