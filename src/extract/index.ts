// Reading one document: its blocks and tables in order, each sentence's names typed by what the document
// says of them, and the context (title, section headings, the names met so far) that subjects fall back on.
import type { Day } from '../normalise/dates.js';
import type { NumberFormat } from '../normalise/numbers.js';
import { findMentions, type Mention } from '../normalise/entities.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { EntityRef } from '../types.js';
import type { RawClaim } from './raw-claim.js';
import { extractFlattenedTables } from './readers/flattened-tables.js';
import { extractBlockClaims, newProseState, readSentences, type SentenceReading } from './readers/prose.js';
import { labelClaims } from './readers/labels.js';
import { extractSpecSheet } from './readers/spec-sheets.js';
import { extractTableClaims } from './readers/tables.js';
import type { DocumentSegments, Segment, TableSegment } from './segments.js';
import { DocumentTypes, typeEvidence } from './typing.js';

export interface DocumentInput {
  /** The document's front matter (already parsed). */
  frontMatter: Record<string, unknown>;
  /** Its date, for relative dates. */
  today?: Day;
  format: 'markdown' | 'text';
  /** How the document writes numbers (src/normalise/number-format.ts). */
  numberFormat?: NumberFormat;
}

const unique = (entities: EntityRef[]) => {
  const seen = new Map<string, EntityRef>();
  for (const e of entities) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
};

/**
 * What an article is about: the names of its title (front matter `title`, else its first top-level
 * heading, else its first short block), typed as the document types them.
 */
function titleOf(lexicon: Lexicon, input: DocumentInput, blocks: readonly Segment[], readings: SentenceReading[][], types: DocumentTypes): EntityRef[] {
  const title = input.frontMatter.title;
  if (typeof title === 'string') {
    const mentions = findMentions(lexicon, title);
    typeEvidence(lexicon, title, mentions).forEach((type, i) => types.note(mentions[i]!.entity, type));
    return unique(mentions.map((m) => types.typed(m.entity)));
  }
  const first = blocks.findIndex((b) => b.source === 'heading' && b.depth === 1);
  const index = first !== -1 ? first : blocks[0] && blocks[0].text.length <= 200 ? 0 : -1;
  if (index === -1) return [];
  return unique(readings[index]!.flatMap((r) => r.mentions.map((m) => m.entity)));
}

/** Reads a document's claims from its segments. */
export function extractDocument(lexicon: Lexicon, input: DocumentInput, segments: DocumentSegments): RawClaim[] {
  const { blocks, tables } = segments;
  const types = new DocumentTypes(lexicon);
  // First pass: each sentence's values and names; what the document says of a name types it everywhere.
  const readings = blocks.map((block) => readSentences(lexicon, block));
  for (const sentences of readings) {
    for (const r of sentences) typeEvidence(lexicon, r.text, r.mentions).forEach((type, i) => types.note(r.mentions[i]!.entity, type));
  }
  const retype = (m: Mention): Mention => {
    const entity = types.typed(m.entity);
    return entity === m.entity ? m : { ...m, entity };
  };
  for (const sentences of readings) for (const r of sentences) r.mentions = r.mentions.map(retype);

  const state = newProseState(input.today, titleOf(lexicon, input, blocks, readings, types), types, input.numberFormat);
  const raw: RawClaim[] = [];
  // Blocks and tables in document order, so that headings open sections for both.
  const order: ({ kind: 'block'; index: number; start: number } | { kind: 'table'; table: TableSegment; start: number })[] = [
    ...blocks.map((b, index) => ({ kind: 'block' as const, index, start: b.start })),
    ...tables.map((table) => ({ kind: 'table' as const, table, start: table.start })),
  ].sort((a, b) => a.start - b.start);
  for (const item of order) {
    if (item.kind === 'table') {
      raw.push(...(extractSpecSheet(lexicon, item.table, state) ?? extractTableClaims(lexicon, item.table, state)));
      continue;
    }
    const block = blocks[item.index]!;
    if (block.source === 'heading') {
      const depth = block.depth ?? 1;
      while (state.sections.length > 0 && state.sections[state.sections.length - 1]!.depth >= depth) state.sections.pop();
      state.sections.push({ depth, entities: unique(readings[item.index]!.flatMap((r) => r.mentions.map((m) => m.entity))) });
      state.sectionNames = [];
    }
    const labelled = labelClaims(lexicon, block, state, readings[item.index]!);
    if (labelled) {
      raw.push(...labelled);
      state.sectionNames.push(...readings[item.index]!.flatMap((r) => r.mentions.map((m) => m.entity)));
      continue;
    }
    raw.push(...extractBlockClaims(lexicon, block, state, readings[item.index]!));
  }
  if (input.format === 'text') raw.push(...extractFlattenedTables(lexicon, blocks, types));
  return raw;
}
