// Period tables: a statement's table whose rows name attributes and whose columns name periods of the page's one
// subject ("| | Three Months Ended June 30, | | % Change | … |", then "| In millions | 2025 | 2024 | | … |", then
// "| Revenue | $ 9,120 | $ 8,004 | 14 % | … |"), or whose columns are periods ("| | Q1 2025 | Q1 2024 |" over
// "| Revenue (€m) | 1,320 | 1,180 |"), or whose rows are ("| Year | Revenue (€ bn) |" over "| 2024 | 5.9 |"): each
// figure is the subject's, for its column's or its row's period.
import { findDates, monthsEnding, type DateMatch } from '../../normalise/dates.js';
import { CURRENCY_CODES } from '../../normalise/units.js';
import { flowPeriods, periodRuleOf, type Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { EntityRef, PeriodLength, TimeScope } from '../../types.js';
import { contextEntity } from '../context.js';
import type { RawClaim } from '../raw-claim.js';
import type { ProseState } from './prose.js';
import type { TableSegment } from '../segments.js';
import { cellReadings, cellText, fitsSubject, hintOfWords, readHeader, type ColumnReading } from './tables.js';

/** "Three Months Ended December 31,", "Twelve months ended June 30", "Quarter ended", "Year Ended": a span of months ending on a day. */
const ENDED = /^(three|six|nine|twelve|3|6|9|12)\s+months\s+ended\b|^(quarter|year|fiscal\s+year)\s+ended\b/iu;
const MONTHS_OF: Record<string, number> = { three: 3, '3': 3, six: 6, '6': 6, nine: 9, '9': 9, twelve: 12, '12': 12, quarter: 3, year: 12, 'fiscal year': 12 };
/** A column of changes between the periods, not of values: "% Change", "Change", "YoY", "Veränderung", "Variation", "増減". */
const CHANGE = /^(?:%\s*)?(?:change|chg\.?|yoy|y\/y|variance|growth|veränderung|veränd\.?|änderung|variation|variación|variazione|variação|var\.|δ|増減率?|前年比|前年同期比|同比)(?:\s*(?:%|in\s+%))?$/iu;
/** A year alone, as the row under the spans writes it. */
const YEAR = /^(?:FY\s?)?((?:19|20)\d\d)$/u;
/** "In millions, except percentages and per share amounts": the scale of money cells, and what it leaves out. */
const IN_MILLIONS = /\bin\s+(thousands|millions|billions)\b/iu;
const SCALE: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };
const PER_SHARE = /\bper\s+share\b|\b[ED]PS\b|je\s+Aktie|par\s+action|por\s+acción|per\s+azione|1株当たり|\((?:p|pence|cents?|¢)\)/iu;

/**
 * Reads a period table, or returns undefined when the table is not one: its header names spans of months ended on a
 * day, a row under it names the years, and the page (or its section) is about one thing the rows' attributes describe.
 */
export function extractPeriodTable(lexicon: Lexicon, table: TableSegment, state?: ProseState): RawClaim[] | undefined {
  const [header, years, ...body] = table.rows;
  if (!header || !years || body.length === 0 || header.cells.length < 3) return undefined;
  // The spans, each header cell carried over the empty cells after it; a change column carries nothing.
  const spans: ({ months: number; day: string; text: string } | undefined)[] = [];
  let carried: { months: number; day: string; text: string } | undefined;
  let named = 0;
  for (const [i, cell] of header.cells.entries()) {
    const text = cellText(cell);
    if (i === 0) {
      spans.push(undefined);
      continue;
    }
    const ended = ENDED.exec(text);
    if (ended) {
      const day = /ended\s+(.*?)[,.\s]*$/iu.exec(text)?.[1] ?? '';
      carried = { months: MONTHS_OF[(ended[1] ?? ended[2]!).toLowerCase().replace(/\s+/g, ' ')]!, day, text: text.replace(/[,.\s]+$/u, '') };
      named++;
    } else if (text !== '') carried = undefined;
    spans.push(carried);
  }
  if (named === 0) return undefined;
  // The row of years under the spans: each column's period ends on the span's day of that year.
  const periods: ({ time: TimeScope; length: PeriodLength } | undefined)[] = years.cells.map((cell, i) => {
    const span = spans[i];
    const year = YEAR.exec(cellText(cell))?.[1];
    if (!span || !year || CHANGE.test(cellText(header.cells[i]))) return undefined;
    const end = findDates(`${span.day} ${year}`, undefined).find((d) => d.precision === 'day');
    if (!end) return undefined;
    return { time: monthsEnding(end.scope.start, span.months, `${span.text} ${year}`), length: span.months === 3 ? 'quarter' : span.months === 6 ? 'half' : 'year' };
  });
  if (periods.filter(Boolean).length === 0) return undefined;
  // The section's or the page's subject; on a page whose title names nothing (a press release under "Q4 Highlights"),
  // the one thing the rows' attributes describe that the page has named before the table.
  const subject = contextEntity(state) ?? onlyNamed(lexicon, body, state);
  if (!subject) return [];
  const corner = `${cellText(header.cells[0])} ${cellText(years.cells[0])}`;
  const scale = SCALE[IN_MILLIONS.exec(corner)?.[1]?.toLowerCase() ?? ''] ?? 1;

  const claims: RawClaim[] = [];
  for (const row of body) {
    const label = cellText(row.cells[0]);
    const read = readHeader(lexicon, label);
    if (!read || !fitsSubject(read.outer, subject.entity)) continue;
    // Money rows take the table's scale and the label's currency ("Revenue (€m)"); a per-share amount, a share or a count is written whole.
    const money = read.outer.unit !== undefined && CURRENCY_CODES.has(read.outer.unit);
    const column: ColumnReading = { ...read, scale: money && !PER_SHARE.test(label) ? scale : 1, ...(money ? { unit: read.unit ?? read.outer.unit } : {}) };
    row.cells.forEach((cell, i) => {
      const period = periods[i];
      if (!period || cell.text.trim() === '') return;
      for (const reading of cellReadings(lexicon, cell, column, state?.format)) {
        claims.push(claimOf(subject, row, reading, period, column.outer));
      }
    });
  }
  return claims;
}

/** A header over a column of periods: "Year", "Quarter", "Année", "Jahr", "年度". */
const PERIOD_HEADER = /^(?:years?|quarters?|periods?|fiscal\s+years?|fy|season|année|an|año|anno|jahr|geschäftsjahr|periode|période|periodo|jaar|kwartaal|年|年度|年份|季度|期間|期间)$/iu;

/** After a column's year, the mark of an actual figure ("FY24A", "2024A") or of an estimate ("FY25E", "2025e", "2026F"). */
const ACTUAL_OR_ESTIMATE = /(?<=\d)([AaEeFf])$/u;

/**
 * A cell that is a year, a quarter or a half and nothing more ("2024", "Q1 2025", "H1 2025", "FY 2024", "FY24", "Q3
 * FY2025", "2024年"), as a period; a year marked as an estimate ("FY25E", "2025e") is a forecast's column.
 */
function periodCell(text: string): { time: TimeScope; length: PeriodLength; forecast?: true } | undefined {
  const bare = text.replace(/^[*_\s]+|[*_\s]+$/gu, '').replace(/^(?:fiscal\s+year)\s*(?=\d)/iu, 'FY');
  const mark = ACTUAL_OR_ESTIMATE.exec(bare)?.[1];
  const t = mark ? bare.slice(0, -1) : bare;
  if (!/^[\p{L}\d][\p{L}\d\s./–-]{0,14}$/u.test(t)) return undefined;
  const dates = findDates(t);
  if (dates.length !== 1) return undefined;
  const [date] = dates as [DateMatch];
  if (date.start !== 0 || t.slice(date.end).replace(/^\s*年度?/u, '').trim() !== '') return undefined;
  const length = date.precision === 'quarter' || date.precision === 'half' || date.precision === 'year' ? date.precision : undefined;
  // The mark follows a year alone ("FY25E"), not a quarter's name ("Q3 2025E" is no shape a table writes).
  if (mark && length !== 'year') return undefined;
  return length && { time: date.scope, length, ...(mark && /[EeFf]/u.test(mark) ? { forecast: true as const } : {}) };
}

/**
 * Reads a table of one subject whose columns are periods ("| | Q1 2025 | Q1 2024 |" over "| Revenue (€m) | 1,320 | 1,180 |")
 * or whose rows are ("| Year | Revenue (€ bn) |" over "| 2024 | 5.9 |"); undefined when the table is neither, or reads nothing.
 */
export function extractPeriodGrid(lexicon: Lexicon, table: TableSegment, state?: ProseState): RawClaim[] | undefined {
  const [header, ...body] = table.rows;
  if (!header || body.length === 0 || header.cells.length < 2) return undefined;
  const heads = header.cells.map(cellText);
  const columnPeriods = heads.map((h, i) => (i === 0 ? undefined : periodCell(h)));
  const byColumns = columnPeriods.some(Boolean) && heads.every((h, i) => i === 0 || h === '' || columnPeriods[i] !== undefined || CHANGE.test(h));
  const byRows = !byColumns && (PERIOD_HEADER.test(heads[0]!.replace(/[*_]/gu, '').trim()) || body.every((row) => periodCell(cellText(row.cells[0])) !== undefined));
  if (!byColumns && !byRows) return undefined;
  const columns = byRows ? heads.map((h, i) => (i === 0 ? undefined : readHeader(lexicon, h))) : [];
  const attributes = byRows
    ? columns.flatMap((c) => (c ? [c.outer] : []))
    : body.flatMap((row) => readHeader(lexicon, cellText(row.cells[0]))?.outer ?? []);
  if (attributes.length === 0) return undefined;
  const subject = contextEntity(state) ?? onlyNamed(lexicon, attributes, state);
  if (!subject) return undefined;
  // The corner over the rows' labels ("£m", "in Mio. €", "(in millions, except per-share data)") gives the money rows'
  // scale and currency, where a row's label gives none.
  const corner = byColumns ? heads[0]!.replace(/[*_]/gu, '') : '';
  const cornerHint = hintOfWords(corner);
  const cornerScale = SCALE[IN_MILLIONS.exec(corner)?.[1]?.toLowerCase() ?? ''] ?? cornerHint.scale;
  const cornerUnit = cornerHint.unit !== undefined && CURRENCY_CODES.has(cornerHint.unit) ? cornerHint.unit : undefined;
  // A period that labels two rows ("2024–25 | Club A | 4" and "2024–25 | Club B | 7") labels parts of it, neither its whole.
  const rowPeriods = body.map((row) => (byRows ? periodCell(cellText(row.cells[0])) : undefined));
  const labels = rowPeriods.map((p) => (p ? `${p.time.start}/${p.time.end}/${p.length}` : ''));
  const claims: RawClaim[] = [];
  for (const [r, row] of body.entries()) {
    const rowPeriod = rowPeriods[r] && labels.indexOf(labels[r]!) === labels.lastIndexOf(labels[r]!) ? rowPeriods[r] : undefined;
    const rowReading = byColumns ? inCorner(readHeader(lexicon, cellText(row.cells[0])), cellText(row.cells[0]), cornerScale, cornerUnit) : undefined;
    row.cells.forEach((cell, i) => {
      const period = byRows ? rowPeriod : columnPeriods[i];
      const column = byRows ? columns[i] : rowReading;
      if (i === 0 || !period || !column || !fitsSubject(column.outer, subject.entity) || cell.text.trim() === '') return;
      // A per-share row under a corner that scales money ("£m") names no currency of its own ("EPS (p)" may be pence):
      // only a figure that writes its currency is read.
      if (column.unit === UNKNOWN_CURRENCY && hintOfWords(cell.text).unit === undefined) return;
      const written = column.unit === UNKNOWN_CURRENCY ? { ...column, unit: undefined } : column;
      for (const reading of cellReadings(lexicon, cell, written, state?.format)) claims.push(claimOf(subject, row, reading, period, column.outer));
    });
  }
  return claims.length > 0 ? claims : undefined;
}

/** A column whose money figures' currency the table leaves unknown. */
const UNKNOWN_CURRENCY = '?';

/**
 * A row's reading in a table whose corner names a scale or a currency: a money row whose label names neither takes the
 * corner's; a per-share row takes no scale, and the corner's currency only where the corner scales nothing.
 */
function inCorner(read: ColumnReading | undefined, label: string, scale: number, unit: string | undefined): ColumnReading | undefined {
  if (!read || read.outer.unit === undefined || !CURRENCY_CODES.has(read.outer.unit) || (scale === 1 && unit === undefined)) return read;
  if (PER_SHARE.test(label)) return read.unit !== undefined ? read : { ...read, unit: scale === 1 ? unit : UNKNOWN_CURRENCY };
  return { ...read, scale: read.scale !== 1 ? read.scale : scale, unit: read.unit ?? unit };
}

/** The one entity named before the table that the rows' attributes describe, if the page named one only. */
function onlyNamed(lexicon: Lexicon, body: TableSegment['rows'] | PackAttribute[], state?: ProseState): { entity: EntityRef; via: RawClaim['subjectVia'] } | undefined {
  const attributes = body.flatMap((row) => ('cells' in row ? (readHeader(lexicon, cellText(row.cells[0]))?.outer ?? []) : [row]));
  const fitting = new Map<string, EntityRef>();
  for (const e of state?.pageNames ?? []) if (attributes.some((a) => fitsSubject(a, e))) fitting.set(e.id, e);
  // A name a pack knows before one it does not ("Halden Inc. (Nasdaq: HLDN)": the ticker is no second company).
  const known = [...fitting.values()].filter((e) => e.known !== false);
  const candidates = known.length > 0 ? known : [...fitting.values()];
  return candidates.length === 1 ? { entity: candidates[0]!, via: 'reference' } : undefined;
}

function claimOf(
  subject: { entity: EntityRef; via: RawClaim['subjectVia'] },
  row: TableSegment['rows'][number],
  reading: ReturnType<typeof cellReadings>[number],
  period: { time: TimeScope; length: PeriodLength; forecast?: true },
  attribute: PackAttribute,
): RawClaim {
  return {
    entity: subject.entity,
    sentence: { start: row.start, end: row.end },
    source: 'table',
    confidence: 1,
    subjectVia: subject.via,
    ...reading,
    ...(period.forecast ? { modality: 'predicted' as const } : {}),
    time: period.time,
    // Only a flow's figure takes its period's length (a stock's or a tally's is what the period held or counted).
    ...(flowPeriods(periodRuleOf(attribute)) ? { periodLength: period.length } : {}),
  };
}
