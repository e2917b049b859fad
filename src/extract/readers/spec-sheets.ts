// Spec sheets: tables whose first column holds labels ("Parameters", "Context length", "KV Heads") rather
// than entities. Two shapes: a two-column label–value table (an empty or generic header; the subject is a
// "Model: X" row, else the section heading's or the page's entity, never a guess across entities), an infobox (the
// thing's name over an empty cell: "| Halden Bridge | |"; the subject is that name, else the section's or the page's), and a
// transposed table whose header names the entities ("| | Acme 7B | Acme 70B |", or sizes "| | 8B | 70B |"
// that make members of the family the section is about). A label no pack knows becomes an open attribute.
import { findMentions, hasSizeToken, UNKNOWN_ENTITY_CONFIDENCE } from '../../normalise/entities.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { EntityRef, SubjectVia } from '../../types.js';
import { openAttribute } from '../attributes.js';
import { identifierLabel } from '../identifiers.js';
import { statisticOf } from '../figure-phrases.js';
import type { RawClaim } from '../raw-claim.js';
import type { Segment, TableSegment } from '../segments.js';
import type { ProseState } from './prose.js';
import { cellReadings, cellText, columnPeriod, datedEvent, eventForLabel, fitsSubject, narrowedToAPart, readHeader, rowSettings, withRowSetting, type ColumnReading } from './tables.js';
import { contextEntity, memberOfSize, SIZE_ONLY } from '../context.js';
import { typeNouns } from '../typing.js';

/**
 * Header cells that say "these are labels and values", not names: in Chinese and Japanese too ("| 项目 | 内容 |",
 * "| 字段 | 值 |", "| 参数 | 数值 |", "| 項目 | 内容 |").
 */
const GENERIC_HEADER =
  /^\s*(?:attribute|attributes|property|properties|field|fields|item|items|spec|specs|specification|specifications|feature|features|metric|metrics|parameter|key|detail|details|characteristic|value|values|description|info|information|data|名称|項目|项目|参数|參數|规格|規格|数值|數值|内容|內容|字段|欄位|值|値|说明|說明|説明|属性|屬性|指标|指標)?\s*$/iu;
const ROLE_LABEL = /^\s*(?:model|model name|name|product|device|phone|company|organization|organisation)\s*$/iu;

/** A header cell without its asides: "Value (from the paper)" is a generic "Value". */
const headerWords = (text: string) => text.replace(/[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]/g, ' ').trim();

/**
 * How a label reads: a pack attribute by its header (of those that list it, one that `fits` first), else an open attribute
 * named by the label.
 */
export function labelColumn(lexicon: Lexicon, label: string, fits?: (a: PackAttribute) => boolean): ColumnReading | undefined {
  return readHeader(lexicon, label, fits) ?? (narrowedToAPart(label) || identifierLabel(lexicon, label) ? undefined : openColumn(label));
}

function openColumn(label: string): ColumnReading | undefined {
  const open = openAttribute(label);
  return open ? { outer: open.attribute, scale: 1, ...(open.unit ? { unit: open.unit } : {}), ...(open.variant !== undefined ? { variant: open.variant } : {}) } : undefined;
}

/** The share of first-column cells that read as labels of some pack attribute or event. */
function labelShare(lexicon: Lexicon, rows: TableSegment['rows']): number {
  const labels = rows.map((r) => cellText(r.cells[0])).filter((t) => t !== '');
  if (labels.length === 0) return 0;
  return labels.filter((l) => readHeader(lexicon, l) !== undefined || eventForLabel(lexicon, l) !== undefined).length / labels.length;
}

/**
 * The entity a header cell of a transposed table names: a name, or a size of the family in context; 'variant' when
 * words follow a name a pack knows or one with a size ("Acme 7B - It", "Acme 7B chat": a variant the name does not
 * say); undefined when it names nothing ("Notes", "Typical Use").
 */
function columnEntity(lexicon: Lexicon, text: string, state: ProseState | undefined): EntityRef | 'variant' | undefined {
  const clean = headerWords(text.replace(/[*_`]/g, ' '));
  if (clean === '') return undefined;
  if (SIZE_ONLY.test(clean)) return memberOfSize(lexicon, clean, state);
  const mentions = findMentions(lexicon, clean);
  if (mentions.length !== 1 || clean.slice(0, mentions[0]!.start).trim() !== '' && !/^(?:the\s+)?$/i.test(clean.slice(0, mentions[0]!.start).trim())) return undefined;
  const entity = mentions[0]!.entity;
  if (/[\p{L}\p{N}]/u.test(clean.slice(mentions[0]!.end))) return entity.known || hasSizeToken(entity.name) ? 'variant' : undefined;
  return state?.types?.typed(entity) ?? entity;
}

/**
 * Reads a table as a spec sheet, or returns undefined when it is not one (the header-per-attribute reader
 * then reads it). A header cell marked rumoured makes its column's claims reported.
 */
export function extractSpecSheet(lexicon: Lexicon, table: TableSegment, state?: ProseState): RawClaim[] | undefined {
  const [header, ...body] = table.rows;
  if (!header || body.length === 0 || header.cells.length < 2) return undefined;
  const headerTexts = header.cells.map(cellText);
  const firstHeaderGeneric = GENERIC_HEADER.test(headerWords(headerTexts[0]!));
  const share = labelShare(lexicon, body);
  // Columns named by entities: the header cells after the first name them. The first header cell may say what the
  // rows are ("| Benchmark | Acme 8B | Acme 70B |"), so long as it names no entity and no attribute itself.
  // A column whose header names nothing ("Notes") is left out, if at least two others name entities; a column of a
  // variant no pack names leaves the whole table unread (its rows would mix the variant's values with the model's).
  const headerNames = headerTexts.slice(1).map((t) => columnEntity(lexicon, t, state));
  const entityColumns = headerNames.map((e) => (e === 'variant' ? undefined : e));
  const firstHeaderLabels =
    firstHeaderGeneric || (readHeader(lexicon, headerTexts[0]!) === undefined && findMentions(lexicon, headerTexts[0]!).length === 0);
  const nameCount = entityColumns.filter((e) => e !== undefined).length;
  // "| Metric | Salt Lanterns |" over rows most of which no pack knows: a header of known names under a generic first cell says
  // what the rows are about, and the rows a pack knows are read, however few.
  const namedByPacks = firstHeaderGeneric && nameCount === headerNames.length && entityColumns.every((e) => e !== undefined && e.known);
  const transposed = firstHeaderLabels && !headerNames.includes('variant') && (nameCount === headerNames.length || nameCount >= 2) && (share >= 0.3 || (namedByPacks && share > 0));
  const fewKnown = transposed && share < 0.3;
  const twoColumn = !transposed && header.cells.length === 2 && firstHeaderGeneric && (GENERIC_HEADER.test(headerWords(headerTexts[1]!)) || share >= 0.5);
  // An infobox: "| Halden Bridge | |" over rows of labels and values; the header names the thing the rows describe.
  const infobox =
    !transposed && !twoColumn && header.cells.length === 2 && !firstHeaderGeneric && headerTexts[1] === '' && body.some((r) => labelColumn(lexicon, cellText(r.cells[0])) !== undefined || eventForLabel(lexicon, cellText(r.cells[0])) !== undefined);
  // "| Metric | Mean value | Std value |" over "| MAD | 5.66 | 6.21 |": columns of statistics of the row's metric.
  const statistics = !transposed && !infobox && firstHeaderGeneric ? statisticColumns(headerTexts) : undefined;
  if (!transposed && !twoColumn && !infobox && !statistics) return undefined;

  const claims: RawClaim[] = [];
  const push = (entity: EntityRef, via: SubjectVia, row: TableSegment['rows'][number], cell: Segment, column: ColumnReading, reported: boolean) => {
    if (!fitsSubject(column.outer, entity)) return;
    for (const reading of cellReadings(lexicon, cell, column, state?.format)) {
      claims.push({
        entity,
        sentence: { start: row.start, end: row.end },
        source: 'table',
        confidence: entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
        subjectVia: via,
        // "| Transits (2024) | 14,210 |": a label that names a period beside its attribute dates the row's figures.
        ...columnPeriod(column),
        ...reading,
        modality: reported && reading.modality === 'asserted' ? 'reported' : reading.modality,
      });
    }
  };

  if (transposed) {
    const rumoured = headerTexts.map((t) => /\b(?:rumou?red|leaked|expected|tipped)\b/i.test(t));
    // "| Benchmark | Shots | X | Y |": the setting column's cell is the row's scores' setting.
    const settingOf = rowSettings(table.rows, (h) => readHeader(lexicon, h) !== undefined);
    for (const row of body) {
      // "| Opened | 12 May 2019 | 3 June 2021 |": each column's thing's event, dated.
      const event = eventForLabel(lexicon, cellText(row.cells[0]));
      if (event) {
        row.cells.slice(1).forEach((cell, i) => {
          const entity = entityColumns[i];
          const dated = entity && datedEvent(event, entity, cell, state?.today, cellText(row.cells[0]), lexicon);
          if (dated) claims.push({ ...dated, sentence: { start: row.start, end: row.end }, source: 'table', confidence: entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE, subjectVia: 'column' });
        });
        continue;
      }
      // Read for its few known rows, a table reads no label no pack knows (a match's "Shots", "Corners").
      const label = fewKnown ? readHeader(lexicon, cellText(row.cells[0])) : labelColumn(lexicon, cellText(row.cells[0]));
      if (!label) continue;
      const column = withRowSetting(label, settingOf?.(row));
      row.cells.slice(1).forEach((cell, i) => {
        const entity = entityColumns[i];
        if (entity && cell.text.trim() !== '') push(entity, 'column', row, cell, column, rumoured[i + 1]!);
      });
    }
    return claims;
  }

  // Two columns: a "Model | X" row names the subject; else the section's or the page's entity.
  // "| CVE ID | CVE-2024-0001 |": a label that is a type noun of the packs ("cve id" a header of a type) names it too, when it is
  // the one such row, another row's attribute describes that type, and no row's attribute describes the thing the section or
  // the page is about (a club's "| Stadium | X |", an album's "| Artist | X |" are what the page's subject has).
  const kinds = typeNouns(lexicon)[1];
  const typeOfRow = (r: (typeof body)[number]) => kinds.get(cellText(r.cells[0]).trim().toLowerCase().replace(/\s+/gu, ' '));
  const rowAttributes = body.map((r) => readHeader(lexicon, cellText(r.cells[0]))?.outer);
  const around = infobox ? undefined : contextEntity(state);
  const typedRows =
    infobox || (around !== undefined && rowAttributes.some((a) => a !== undefined && fitsSubject(a, around.entity)))
      ? []
      : body.filter((r) => {
          const type = typeOfRow(r);
          return type !== undefined && rowAttributes.some((a, i) => body[i] !== r && a?.subjects.includes(type) === true);
        });
  const named = body.find((r) => ROLE_LABEL.test(cellText(r.cells[0]))) ?? (typedRows.length === 1 ? typedRows[0] : undefined);
  const rowName = named ? columnEntity(lexicon, cellText(named.cells[1]).replace(/^[^:：]*[:：]\s*/, ''), state) : undefined;
  const boxName = infobox ? columnEntity(lexicon, headerTexts[0]!, state) : undefined;
  const fromRow = rowName === 'variant' ? undefined : rowName;
  const fromBox = boxName === 'variant' ? undefined : boxName;
  const subject = fromRow ? { entity: fromRow, via: 'row' as const } : fromBox ? { entity: fromBox, via: 'column' as const } : contextEntity(state);
  for (const row of body) {
    const label = cellText(row.cells[0]);
    if (ROLE_LABEL.test(label) || row === named) continue;
    if (statistics) {
      // Each cell the metric's figure of its column's statistic: a mean and a standard deviation are other facts, never compared.
      const column = subject && labelColumn(lexicon, label, (a) => fitsSubject(a, subject.entity));
      if (!column || column.variant !== undefined) continue;
      row.cells.slice(1).forEach((cell, i) => {
        if (cell.text.trim() !== '' && i < statistics.length) push(subject.entity, subject.via, row, cell, { ...column, variant: statistics[i]! }, false);
      });
      continue;
    }
    const cell = row.cells[1];
    if (!cell || cell.text.trim() === '') continue;
    // "| Released | 2025-03-11 |", "| VMO approval | 4 June 2024 |": the subject's event, dated (a name in an event's header, as
    // in a column's, is its agent, not the thing the row is about).
    const event = eventForLabel(lexicon, label);
    if (event) {
      const dated = subject && datedEvent(event, subject.entity, cell, state?.today, label, lexicon);
      if (dated) claims.push({ ...dated, sentence: { start: row.start, end: row.end }, source: 'table', confidence: subject.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE, subjectVia: subject.via });
      continue;
    }
    // "| Service Module Weight | 1,930 kg |": a label that names a part or another thing the pack knows is about it.
    // "| GPUs | 100,000 |" in a data centre's box: a label two attributes list is the one that describes the subject.
    const column = labelColumn(lexicon, label, subject && ((a) => fitsSubject(a, subject.entity)));
    const own = column && !fromRow ? namedInLabel(lexicon, label, column, state) : undefined;
    if (own) {
      push(own, 'row', row, cell, column!, false);
      continue;
    }
    if (!subject) continue;
    if (!column) continue;
    push(subject.entity, subject.via, row, cell, column, false);
  }
  return claims;
}

/**
 * The statistic each header after the first names, when each names one ("Mean value", "Std", "Median", "P90"; see
 * statisticOf): the columns of such a table hold the row's metric in each statistic. Undefined when one names none.
 */
function statisticColumns(headerTexts: readonly string[]): string[] | undefined {
  const stats = headerTexts.slice(1).map((t) => {
    const words = headerWords(t.replace(/[*_`]/g, ' ')).trim();
    return words === '' ? undefined : statisticOf(`(${words})`);
  });
  return stats.length > 0 && stats.every((s) => s !== undefined) ? (stats as string[]) : undefined;
}

/**
 * The known name a row label opens with, before the attribute's words ("Service Module Weight"), when it fits; not
 * a name later in the label ("QuizBench (vs X)").
 */
function namedInLabel(lexicon: Lexicon, label: string, column: ColumnReading, state: ProseState | undefined): EntityRef | undefined {
  const known = findMentions(lexicon, label).filter((m) => m.entity.known);
  if (known.length !== 1 || label.slice(0, known[0]!.start).trim() !== '' || known[0]!.end >= label.trim().length) return undefined;
  const entity = state?.types?.typed(known[0]!.entity) ?? known[0]!.entity;
  return fitsSubject(column.outer, entity) ? entity : undefined;
}
