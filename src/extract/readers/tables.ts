// GFM tables → raw claims: the first column names the entity, a header names the attribute.
import { findDates, type DateMatch, type Day } from '../../normalise/dates.js';
import { findQuantities, metresNotMillions, wholeCount, type NumberFormat, type QuantityMatch } from '../../normalise/numbers.js';
import { findMentions, mayBeFamily, resolveName, takesPart, UNKNOWN_ENTITY_CONFIDENCE } from '../../normalise/entities.js';
import { canonicalUnit, CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SYMBOLS, dimensionOf, inUnit, sameUnit, takesAsWritten } from '../../normalise/units.js';
import { foldName, type Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute, PackEvent } from '../../packs/types.js';
import type { EntityRef, Quantity, Span, TimeScope } from '../../types.js';
import type { RawClaim } from '../raw-claim.js';
import { benchmarkSetting, COMPARED_WITH_WORDS, instalmentLabel, settingSpans, statisticOf } from '../figure-phrases.js';
import { compatible } from '../subjects.js';
import type { Segment, TableSegment } from '../segments.js';
import { labelKind } from './prose-events.js';
import { countsOverTime, sectionSeason, type ProseState } from './prose.js';
import { isPartWord, memberOfSize } from '../context.js';
import { namesATime } from '../where.js';
import { wholeYear } from '../period-length.js';
import { flowPeriods, periodRuleOf } from '../../packs/lexicon.js';

export interface ColumnReading {
  /** The attribute of the cell's main value. */
  outer: PackAttribute;
  /** The attribute of a value in parentheses, for headers like "Parameters (Active)". */
  inner?: PackAttribute;
  /** Scale and unit given by the header, e.g. "($B)" or "(USD)". */
  scale: number;
  unit?: string;
  /** The period a header names beside its attribute ("Revenue Q2 2025 (€m)", "2024 revenue"): every figure of the column is that period's. */
  time?: TimeScope;
  /** The setting of a benchmark's scores its header names ("CodeTrial pass@1", "QuizBench (5-shot)"): scores in another setting are other facts. */
  variant?: string;
  /** The place a header names in parentheses beside its attribute, where another column gives that attribute for another place ("Price (Ardenia)"). */
  where?: string;
}

const normaliseHeader = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Per pack's attribute list, each header to the first attribute that lists it: every row's cells ask. */
const headerIndexes = new WeakMap<readonly PackAttribute[], Map<string, PackAttribute[]>>();

/**
 * The attribute a header names: the first that lists it, or, where several attributes of the packs list it ("GPUs" for
 * what a lab uses and for a data centre's count), the first that `fits` (one that describes the thing the rows are about).
 */
function attributeForHeader(lexicon: Lexicon, header: string, fits?: (a: PackAttribute) => boolean): PackAttribute | undefined {
  const attributes = lexicon.pack.attributes;
  let byHeader = headerIndexes.get(attributes);
  if (!byHeader) {
    byHeader = new Map();
    for (const a of attributes) for (const h of a.headers) byHeader.set(h, [...(byHeader.get(h) ?? []), a]);
    headerIndexes.set(attributes, byHeader);
  }
  const listed = byHeader.get(normaliseHeader(header));
  return (fits && listed?.find(fits)) || listed?.[0];
}

const SCALE_HINTS: [RegExp, number][] = [
  [/\b(?:k|thousands?|tsd)\b/i, 1e3],
  [/\b(?:m|mn|millions?|mio|millionen|millions?\s+de|millones)\b/i, 1e6],
  [/\b(?:b|bn|billions?|mrd|milliarden|milliards?|mil\s+millones)\b/i, 1e9],
  [/\b(?:t|tn|trillions?)\b/i, 1e12],
];
/** A scale written as one letter ("(€m)", "(k)"), which may also be a unit: "(m)" metres, "(t)" tonnes. */
const LETTER_SCALE = /(?<![\p{L}/])[kmbt](?![\p{L}/])/giu;
/** A unit written with a slash ("t/ha", "€/t", "km/h"): its letters are no scale. */
const SLASHED_UNIT = /(?:\p{L}+\s*)?\/\s*\p{L}+/gu;

/**
 * The scale and unit a header's aside gives its column ("(€m)", "(USD bn)", "(%)"). A letter in a unit with a slash
 * ("(t/ha)", "(€/t)") is no scale, nor is a lone letter where the attribute is in a unit of measure ("Height (m)").
 */
function hintOf(text: string, attribute?: PackAttribute): { scale: number; unit?: string } {
  const words = text.replace(SLASHED_UNIT, ' ');
  const measured = attribute?.unit !== undefined && dimensionOf(canonicalUnit(attribute.unit)) !== undefined;
  // "Campus (acres)", "Length (ft)": a unit of the attribute's dimension, in which the column's bare figures are written.
  if (measured) {
    const unit = findQuantities(`1 ${text.trim()}`)[0]?.quantity.unit;
    if (unit && unit !== canonicalUnit(attribute.unit!) && dimensionOf(canonicalUnit(unit)) === dimensionOf(canonicalUnit(attribute.unit!))) return { scale: cjkScaleOf(text)?.scale ?? 1, unit };
  }
  return cjkScaleOf(text) ?? hintOfWords(measured ? words.replace(LETTER_SCALE, ' ') : words);
}

/** An aside's opening label of units ("单位：", "단위:"), before its scale. */
const UNIT_LABEL = /^\s*(?:单位|單位|단위)\s*[:：]\s*/u;
/** A sign a Chinese, Japanese or Korean scale opens with. */
const CJK_SCALE_START = /^[百千万萬亿億兆백천만억조]/u;

/**
 * A Chinese, Japanese or Korean scale that opens a header's aside ("（万人次）", "（亿元）", "（百万美元）", "(만 명)", "(억 원)"),
 * read as the figure reader reads it after a digit, and a currency it names: a unit whose first sign is a scale's ("千米",
 * kilometres) has no scale, nor has a Korean word a scale's syllable opens ("천연가스").
 */
function cjkScaleOf(aside: string): { scale: number; unit?: string } | undefined {
  const text = aside.replace(UNIT_LABEL, '');
  if (!CJK_SCALE_START.test(text)) return undefined;
  const match = findQuantities(`1${text}`)[0];
  if (!match || match.span.start !== 0 || match.quantity.min === null || match.quantity.min < 100 || !Number.isInteger(Math.log10(match.quantity.min))) return undefined;
  const unit = match.quantity.unit;
  if (unit === '' && /^\p{Script=Hangul}/u.test(`1${text}`.slice(match.numberSpan.end))) return undefined;
  return { scale: match.quantity.min, ...(CURRENCY_CODES.has(unit) ? { unit } : {}) };
}

export function hintOfWords(text: string): { scale: number; unit?: string } {
  const lower = text.toLowerCase();
  const currency = Object.entries(CURRENCY_PREFIXES)
    .sort((a, b) => b[0].length - a[0].length)
    .find(([mark]) => (CURRENCY_SYMBOLS.has(mark) || /[^a-z]/.test(mark) ? lower.includes(mark) : new RegExp(`(?<![a-z])${mark}(?![a-z])`).test(lower)));
  const unit = currency?.[1] ?? (/%|percent/i.test(text) ? 'percent' : undefined);
  const scale = SCALE_HINTS.find(([re]) => re.test(text.replace(/[$€£¥￥]/g, ' ')))?.[1] ?? 1;
  return { scale, unit };
}

/** Before a header's date, a word that makes it a mark: "since", "before", "until", "seit", "depuis", "desde", "dal". */
export const HEADER_MARK_BEFORE = /(?<![\p{L}])(?:since|before|until|prior\s+to|after|seit|vor|bis|depuis|avant|jusqu['’]à|desde|antes\s+de|hasta|dal|dalla|prima\s+del|fino\s+al)\s*$/iu;
/** A header's one date and its words without it ("Revenue Q2 2025 (€m)" → "Revenue (€m)", Q2 2025), or nothing. */
export function headerPeriod(header: string): { rest: string; time: TimeScope } | undefined {
  if (!/\d/.test(header)) return undefined;
  const dates = findDates(header);
  if (dates.length !== 1) return undefined;
  const [date] = dates as [DateMatch];
  // "Current capacity (since 2019 expansion)", "(before 2020)": a mark counted from or to, not the figures' period.
  if (HEADER_MARK_BEFORE.test(header.slice(0, date.start))) return undefined;
  const rest = `${header.slice(0, date.start)} ${header.slice(date.end)}`
    .replace(/[(（]\s*[)）]/gu, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '')
    .replace(/[\s,;:–-]+(?=[(（])/gu, ' ')
    .replace(/\s+/g, ' ');
  return rest === '' ? undefined : { rest, time: date.scope };
}

/**
 * The period a column's header or a row's label names ("Revenue (2024)", "| Transits (2024) |"), for its figures: a
 * flow's figures dated by a whole year are that year's, as in prose.
 */
export function columnPeriod(column: ColumnReading): Pick<RawClaim, 'time' | 'periodLength'> {
  if (!column.time) return {};
  return { time: column.time, ...(flowPeriods(periodRuleOf(column.outer)) && wholeYear(column.time) ? { periodLength: 'year' as const } : {}) };
}

/** How a column is read, or undefined when its header names no attribute; a header that names a period beside its attribute gives its figures that period. */
export function readHeader(lexicon: Lexicon, header: string, fits?: (a: PackAttribute) => boolean): ColumnReading | undefined {
  const period = headerPeriod(header);
  const dated = period && readUndatedHeader(lexicon, period.rest, fits);
  const read = dated ? { ...dated, time: period.time } : readUndatedHeader(lexicon, header, fits);
  // ("PSNR (mean)", "Loss (P90)": a statistic of the metric makes its figures that statistic's, for any attribute.)
  const setting = read === undefined ? undefined : ((read.outer.metricOf !== undefined ? benchmarkSetting(header) : undefined) ?? statisticOf(header));
  return setting !== undefined ? { ...read!, variant: setting } : read;
}

function readUndatedHeader(lexicon: Lexicon, header: string, fits?: (a: PackAttribute) => boolean): ColumnReading | undefined {
  // "| CodeTrial pass@1 |", "| QuizBench 5-shot |": a benchmark's header with its setting (which keeps the column apart) around it.
  const setting = settingSpans(header)[0];
  const bare = setting && header.slice(0, setting.start) + header.slice(setting.end);
  const plain = bare !== undefined && bare.trim() !== '' && attributeForHeader(lexicon, bare.replace(/\s+/gu, ' '), fits);
  const whole = attributeForHeader(lexicon, header, fits) ?? (plain && plain.metricOf !== undefined ? plain : undefined);
  const m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(header.trim());
  // A pack may list the header with its scale ("revenue (eur m)"): the column is that attribute's, in that scale.
  if (whole) return m ? { outer: whole, ...hintOf(m[2]!, whole) } : { outer: whole, scale: 1 };
  // "Weight (screen alone)", "Price (each)", "Capacity (excluding standing)": the value of a part, or per one, not the whole's.
  if (!m || narrowedToAPart(header)) return undefined;
  const [, base, aside] = m as unknown as [string, string, string];
  const outer = attributeForHeader(lexicon, base, fits);
  if (!outer) return undefined;
  const inner = attributeForHeader(lexicon, `${aside} ${base}`, fits) ?? attributeForHeader(lexicon, `${base} ${aside}`, fits);
  if (inner && inner !== outer && inner.kind === outer.kind) return { outer, inner, scale: 1 };
  return { outer, ...hintOf(aside, outer) };
}

/** A place's name as a header or a label writes it: one to three words, each opening on a capital ("US", "North Corvalia"). */
const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * The place some words of a header or a label name, folded to lower case: capitalised words that are no time, no sum
 * ("Total"), no word a pack lists for a quantity or an event ("Output"), a header or a value, and no name a pack knows.
 */
function placeNamed(lexicon: Lexicon, words: string): string | undefined {
  if (!PLACE_WORDS.test(words) || SUMMARY_ROW.test(words) || namesATime(words)) return undefined;
  if (lexicon.triggers(words).length > 0 || lexicon.anyEventTrigger(words).length > 0 || lexicon.values(words).length > 0 || attributeForHeader(lexicon, words)) return undefined;
  if (notAName(lexicon, words) || findMentions(lexicon, words).length > 0) return undefined;
  return words.replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * The place a header's aside in parentheses names ("Price (Ardenia)" → "ardenia"): words placeNamed takes that are no scale,
 * currency or unit either ("(USD)", "(M)"), as a column of figures may name.
 */
function headerPlace(lexicon: Lexicon, header: string): string | undefined {
  const aside = /[(（]([^)）]*)[)）]\s*$/u.exec(header.trim())?.[1]?.trim();
  if (aside === undefined) return undefined;
  const hint = hintOfWords(aside);
  if (hint.unit !== undefined || hint.scale !== 1 || findQuantities(`1 ${aside}`)[0]?.quantity.unit) return undefined;
  return placeNamed(lexicon, aside);
}

/** An aside in a header that narrows it to a part or to one of several. */
const PART_ASIDE =
  /(?<![\p{L}])(?:alone|only|(?:without|excluding|excl\.?|except|sans|hors|ohne|sin|senza|sem)(?!\s*(?:VAT|tax|taxes|GST|TVA|IVA|MwSt|duties|fees)(?![\p{L}]))|each|apiece|single|seule?|allein|nur|solo|(?:per|pro)\s+(?:unit|person|head|capita|item|piece|share|one|seat|copy|Person|Stück|Kopf))(?![\p{L}])/iu;
/**
 * An aside that names a time no date is read from: "(Today)", "(current)", "(pre-disaster)", "(initial)", "(peak)". The
 * figure is of that time, which the page's date may not be (a history page is dated by its event).
 */
const UNDATED_TIME_ASIDE =
  /^\s*(?:today|now|nowadays|current(?:ly)?|present(?:ly)?|at\s+present|to\s+date|latest|recent|(?:pre|post)[-\s]?\p{L}+|before\s+\p{L}.*|after\s+\p{L}.*|prior\s+to\s+\p{L}.*|initial(?:ly)?|original(?:ly)?|at\s+first|(?:at\s+)?peak|final|formerly|heute|aktuell|derzeit|aujourd['’]hui|actuel(?:le)?ment|actuel(?:le)?|hoy|actual(?:mente)?|oggi|attuale|hoje|atual)\s*$/iu;
/** Whether a label's aside in parentheses names a time it gives no date of: "Population (Today)", "Deaths (initial)". */
export const namesUndatedTime = (label: string): boolean => UNDATED_TIME_ASIDE.test(/[(（]([^)）\d]*)[)）]\s*$/u.exec(label.trim())?.[1] ?? '1');
/** Whether a header's aside in parentheses narrows it to a part: "Weight (screen alone)", "Price (each)". */
export const narrowedToAPart = (header: string): boolean => PART_ASIDE.test(/[(（]([^)）]*)[)）]\s*$/u.exec(header.trim())?.[1] ?? '');

function entityTypeForHeader(lexicon: Lexicon, header: string): string | undefined {
  const h = normaliseHeader(header);
  return lexicon.pack.entityTypes.find((hint) => hint.headers.includes(h))?.type;
}

/** The entity a row is about: its first cell, without asides in parentheses or Markdown marks. */
/**
 * The label of a row that sums or averages the rows above it, in the languages the readers know; "total" may have a word
 * of its own before it ("Career total", "Club totals").
 */
const SUMMARY_ROW =
  /^(?:(?:[\p{L}-]+\s+)?(?:grand\s+|sub-?)?totals?|sum|overall|all|average|mean|median|gesamt|insgesamt|summe|gesamtsumme|durchschnitt|mittelwert|total\s+général|moyenne|somme|totale|media|promedio|suma|m[ée]dia|soma|合计|合計|总计|總計|小计|小計|平均|全体|全部)$/iu;

function rowName(cell: Segment): { name: string; span: Span } | undefined {
  const raw = cell.text;
  const stripped = raw.replace(/[(（][^)）]*[)）]/g, (s) => ' '.repeat(s.length)).replace(/[*_`]/g, ' ');
  const start = stripped.search(/\S/);
  if (start === -1) return undefined;
  const name = stripped.trim();
  // A row keyed by a year or a number is a time series, not an entity; "K=3", "batch size: 8" are settings.
  if (/^[\d\s.,%$–-]+$/.test(name) || /[=:]/.test(name) || name.length > 60 || name.split(/\s+/).length > 6) return undefined;
  return { name, span: { start: cell.start + start, end: cell.start + start + name.length } };
}

/** Whether a pack says a row's name is none ("names.notNames"): "Q4 K M" (the cell's "Q4_K_M"), "FP8". */
const notAName = (lexicon: Lexicon, name: string): boolean => {
  const lower = name.toLowerCase();
  return lexicon.notNames.has(lower) || lexicon.notNames.has(lower.replace(/[\s-]+/gu, '_'));
};

/** A size as a name writes it: "7B", "8x22B", "405 billion" → "405B". */
function sizeName(text: string): string | undefined {
  const m = /^\s*((?:\d+x)?\d+(?:\.\d+)?)\s*([BMKT])\b/i.exec(text) ?? /^\s*(\d+(?:\.\d+)?)\s*(billion|million|trillion)\b/i.exec(text);
  if (!m) return undefined;
  const scale = m[2]!.length === 1 ? m[2]!.toUpperCase() : ({ billion: 'B', million: 'M', trillion: 'T' } as Record<string, string>)[m[2]!.toLowerCase()]!;
  return `${m[1]}${scale}`;
}

function hasExplicitScale(text: string): boolean {
  return /\d\s*(?:[KMBT]|bn|tn|thousand|million|billion|trillion|万|萬|亿|億)(?![\p{L}])/iu.test(text);
}

function scaled(q: Quantity, factor: number, unit: string): Quantity {
  const times = (n: number | null) => (n === null ? null : Math.round(n * factor * 1e6) / 1e6);
  return { ...q, min: times(q.min), max: times(q.max), unit };
}

function quantityReadings(cell: Segment, column: ColumnReading, lexicon: Lexicon, format?: NumberFormat): { attribute: PackAttribute; match: QuantityMatch }[] {
  const matches = findQuantities(cell.text, lexicon.unitWords, format ? { format } : undefined).filter((m) => !m.calendar || column.outer.unit === 'year');
  const inParens = (m: QuantityMatch) => {
    const before = cell.text.slice(0, m.span.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const out: { attribute: PackAttribute; match: QuantityMatch }[] = [];
  // "128 / 256 GB", "256GB or 512GB": options, not one value; "152 x 71.3 x 8.1 mm": dimensions. Such
  // figures are left out; another figure of the cell ("167 g") may still be the value.
  const all = matches.filter((m) => !inParens(m));
  const joined = new Set<QuantityMatch>();
  // "2,140 firefighters, 38 engines, 11 helicopters": figures each with a noun of its own, different nouns, are a list of
  // counts of different things, no options: the one in the attribute's unit is the value.
  const nounAfter = (m: QuantityMatch) => (m.unitSpan ? cell.text.slice(m.unitSpan.start, m.unitSpan.end) : (/^\s*(\p{L}+)/u.exec(cell.text.slice(m.span.end))?.[1] ?? '')).toLowerCase();
  // Units of one dimension ("256 GB, 1 TB") are options of one value, however written.
  const oneDimension = (a: QuantityMatch, b: QuantityMatch) => {
    const [da, db] = [a.quantity.unit, b.quantity.unit].map((u) => (u === '' ? undefined : (dimensionOf(canonicalUnit(u)) ?? canonicalUnit(u))));
    return da !== undefined && da === db;
  };
  const ownNouns = (a: QuantityMatch, b: QuantityMatch) => {
    const [x, y] = [nounAfter(a), nounAfter(b)];
    return x !== '' && y !== '' && x !== y && !/^(?:or|and|x|to)$/u.test(x) && !oneDimension(a, b);
  };
  for (let i = 0; i + 1 < all.length; i++) {
    if (/^\s*(?:\/|or|,|x|×|and|–|-)\s*$/iu.test(cell.text.slice(all[i]!.span.end, all[i + 1]!.span.start)) && !ownNouns(all[i]!, all[i + 1]!)) {
      joined.add(all[i]!);
      joined.add(all[i + 1]!);
    }
  }
  const outside = all.filter((m) => !joined.has(m));
  const open = column.outer.id.startsWith('open.');
  if (open && joined.size > 0) return out;
  // An open attribute reads a cell that is one figure; a label no pack knows says too little to choose among several.
  if (open && (outside.length !== 1 || findDates(cell.text).length > 0 || cell.text.replace(/\s+/g, ' ').trim().length > outside[0]!.span.end - outside[0]!.span.start + 20)) return out;
  // The figure in the attribute's own unit ("171 g" in "152 x 71.3 mm, 171 g"), else the first one.
  const unitOf = column.unit ?? column.outer.unit;
  const outer = (unitOf ? outside.find((m) => m.quantity.unit !== '' && inUnit(m.quantity, unitOf) !== undefined) : undefined) ?? outside[0];
  if (outer) out.push({ attribute: column.outer, match: outer });
  const inner = column.inner ? matches.find((m) => inParens(m)) : undefined;
  if (inner && column.inner) out.push({ attribute: column.inner, match: inner });
  return out;
}

/** Before a date in a cell, a figure compared with, in its phrase: "up from $185 million in ", "vs. 12% in ", "(2023: " is none. */
const COMPARED_BEFORE_DATE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:up|down|rose|fell|higher|lower|increased?|decreased?|grew|growth|declined?|risen|fallen)\s+(?:[^,;:()]{0,24}\s)?from|${COMPARED_WITH_WORDS})\s+[^,;:()]*\d[^,;:()]*$`,
  'iu',
);

/** Words after a cell's bare figure that are no unit: a joining word, an estimate or an average ("400 or so", "2 avg"). */
const NO_UNIT_AFTER = new RegExp(
  String.raw`^(?:est\.?|estimated|approx\.?|approximate|preliminary|provisional|or|and|to|x|bis|oder|und|ou|et|à|avg\.?|average|on\s+average|typ\.?|typical(?:ly)?|nominal|ca\.?|circa|etwa|environ|左右|以上|以下|上下)(?![\p{L}])`,
  'iu',
);

/** Whether a word right after a bare figure names a unit the grammar does not know, under an attribute in a unit of measure. */
function unknownUnitAfter(after: string, attributeUnit: string): boolean {
  if (dimensionOf(canonicalUnit(attributeUnit)) === undefined) return false;
  const word = /^[\s*_]*(?=[\p{L}µμ])/u.exec(after);
  if (word === null || NO_UNIT_AFTER.test(after.slice(word[0].length))) return false;
  // "| 0–100 km/h | 5.9 s |": a symbol the text is not read for ("5 s") that names the attribute's own unit.
  const symbol = /^[\p{L}µμ]+/u.exec(after.slice(word[0].length))![0];
  return !sameUnit(symbol, attributeUnit);
}

/** A cell's text without Markdown's emphasis and code marks. */
export const cellText = (cell: Segment | undefined) => (cell ? cell.text.replace(/[*_`]/g, ' ').trim() : '');

/**
 * A table whose first row under the header is a second header: no figure in any cell, and a word repeated across it
 * ("Apps | Goals | Apps | Goals" under "League | Cup"). Its headers span two columns or more, so that no header names one
 * column (and a converter that flattened the spans has shifted the rows below): nothing of it is read.
 */
export function underGroupedHeaders(table: TableSegment): boolean {
  const texts = (table.rows[1]?.cells ?? []).map((c) => cellText(c).toLowerCase()).filter((t) => t !== '');
  return texts.length >= 2 && texts.every((t) => !/\d/u.test(t)) && new Set(texts).size < texts.length;
}

/** Whether an attribute may describe an entity: its pack subjects, or any named thing for an open attribute. */
export const fitsSubject = (attribute: PackAttribute, entity: EntityRef) =>
  compatible(attribute, entity) || (attribute.id.startsWith('open.') && entity.type !== 'event');

/** A word of estimate in a cell or a label ("est.", "approx.", "Estimated budget", "preliminary"). */
export const ESTIMATE_WORDS = /(?<![\p{L}])(?:est\.?|estimated|approx\.?|approximate|preliminary|provisional)(?![\p{L}])/iu;

/** What one cell states for its column: a category value, or figures (the main one and one in parentheses). */
export function cellReadings(
  lexicon: Lexicon,
  cell: Segment,
  column: ColumnReading,
  format?: NumberFormat,
): Pick<RawClaim, 'attribute' | 'value' | 'span' | 'modality' | 'time' | 'variant'>[] {
  const out: Pick<RawClaim, 'attribute' | 'value' | 'span' | 'modality' | 'time' | 'variant'>[] = [];
  // "~" and "≈" hedge a figure (its interval widens), not the statement; "reportedly", "rumored" hedge the statement.
  const reported = /\b(?:reportedly|rumou?red|leaked|expected|tipped)\b/i.test(cell.text);
  const hedged = reported || ESTIMATE_WORDS.test(cell.text);
  const modality = reported ? ('reported' as const) : ('asserted' as const);
  if (column.outer.kind === 'category') {
    const values = lexicon
      .values(cell.text)
      .map((m) => ({ m, entry: lexicon.valueEntries[m.index]! }))
      .filter(({ entry }) => entry.attribute === column.outer);
    const value = values[0];
    if (!value) return out;
    // "VL-1.0 (60B, 90B-A9B); Apache 2.0 (9B)": values each with the members that hold them in parentheses are those
    // members', none the row's subject's.
    if (new Set(values.map(({ entry }) => entry.value.id)).size > 1 && values.some(({ m }) => /^\s*[(（]/u.test(cell.text.slice(m.end)))) return out;
    out.push({
      attribute: column.outer.id,
      value: { kind: 'category', value: value.entry.value.id, text: cell.text.slice(value.m.start, value.m.end) },
      span: { start: cell.start + value.m.start, end: cell.start + value.m.end },
      modality: hedged && !reported ? 'hedged' : modality,
    });
    return out;
  }
  // "| Length | 47:12 |", "Running time: 1:02:30": a cell that is only minutes and seconds (or hours, minutes and seconds), under
  // a quantity of time, is that duration.
  const clock = clockDuration(cell, column.outer);
  if (clock) {
    out.push({ attribute: column.outer.id, ...clock, modality, ...(column.variant !== undefined ? { variant: column.variant } : {}) });
    return out;
  }
  // "€1.6 billion (2024)", "1,240 (as of May 2025)": the one date a figure's cell gives is the figure's.
  const readings = quantityReadings(cell, column, lexicon, format);
  // (Not the date of a figure compared with: "$210 million, up from $185 million in FY2031".)
  const dates = readings.length > 0 && column.outer.unit !== 'year' && /\d{4}|年/u.test(cell.text) ? findDates(cell.text).filter((d) => !COMPARED_BEFORE_DATE.test(cell.text.slice(0, d.start))) : [];
  for (const { attribute, match } of readings) {
    // (Nor a date in a parenthesis that gives a figure of its own, "548.3 (Q1 2024: 531.0)", "11 (2023: 8)": that figure's.)
    const own = dates.filter((d) => !otherFiguresDate(cell.text, d, match.span));
    const time = own.length === 1 ? own[0]!.scope : undefined;
    const unit = match.quantity.unit;
    const open = attribute.id.startsWith('open.');
    const written = open ? match.quantity : wholeCount(metresNotMillions(match, attribute.unit!), attribute.unit!, attribute.whole !== false);
    const converted = !open && unit !== '' && unit !== column.unit ? inUnit(written, attribute.unit!) : undefined;
    // "€1.31bn" under a money attribute in GBP: any currency, kept as written (never converted), as in prose.
    // "| Revenue (€ bn) |" under a money attribute in USD: a bare figure is in the header's currency, kept as written.
    const headerCurrency = !open && unit === '' && column.unit !== undefined && CURRENCY_CODES.has(column.unit) && CURRENCY_CODES.has(attribute.unit!) ? column.unit : undefined;
    // "| Campus (acres) |" over "| 297 |" for an area in hectares: the bare figure in the header's unit, converted.
    const fromHeader =
      !open && unit === '' && column.unit !== undefined && !CURRENCY_CODES.has(column.unit) && dimensionOf(canonicalUnit(column.unit)) !== undefined
        ? inUnit({ ...written, unit: column.unit }, attribute.unit!)
        : undefined;
    const currency = !open && CURRENCY_CODES.has(attribute.unit!) && CURRENCY_CODES.has(unit);
    if (!open && unit !== '' && unit !== column.unit && !converted && !currency && !takesAsWritten(attribute.unit!, unit)) continue;
    // "| Block time | 400 blips |": a bare figure with a word after it, where the attribute is in a unit of measure, is in
    // a unit the grammar does not know; it is not read as a figure in the attribute's unit.
    if (!open && unit === '' && unknownUnitAfter(cell.text.slice(match.span.end), attribute.unit!)) continue;
    const factor = hasExplicitScale(cell.text.slice(match.numberSpan.start, match.numberSpan.end + 4)) ? 1 : column.scale;
    // A value in parentheses is quoted with them: "(21B)".
    const wrapped = attribute === column.inner && cell.text[match.span.start - 1] === '(' && cell.text[match.span.end] === ')';
    const span = wrapped ? { start: match.span.start - 1, end: match.span.end + 1 } : match.span;
    out.push({
      attribute: attribute.id,
      value: scaled(converted ?? fromHeader ?? written, factor, open ? unit || column.unit || 'count' : currency ? unit : (headerCurrency ?? attribute.unit!)),
      span: { start: cell.start + span.start, end: cell.start + span.end },
      modality,
      ...(time ? { time } : {}),
      ...(column.variant !== undefined ? { variant: column.variant } : {}),
    });
  }
  return out;
}

/** A cell that is one duration on a clock's face: "47:12" (minutes and seconds), "1:02:30" (hours, minutes and seconds). */
const CLOCK_CELL = /^([\s*_]*)(\d{1,3}):([0-5]\d)(?::([0-5]\d))?[\s*_]*$/u;
/** The units of time a running time may be measured in: not days or years, whose figures no clock writes. */
const CLOCK_UNITS = new Set(['second', 'minute', 'hour']);

/**
 * A cell that is one duration on a clock's face, under a quantity measured in seconds, minutes or hours, as that quantity's
 * value in its unit; undefined for any other cell or quantity (a score "3:1", a time of day "14:30 CET" are no durations).
 */
function clockDuration(cell: Segment, attribute: PackAttribute): Pick<RawClaim, 'value' | 'span'> | undefined {
  if (attribute.unit === undefined || !CLOCK_UNITS.has(canonicalUnit(attribute.unit))) return undefined;
  const m = CLOCK_CELL.exec(cell.text);
  if (!m) return undefined;
  const [first, second, third] = [m[2], m[3], m[4]].map((n) => (n === undefined ? undefined : Number(n)));
  const seconds = third === undefined ? first! * 60 + second! : first! * 3600 + second! * 60 + third;
  const value = inUnit({ kind: 'quantity', min: seconds, max: seconds, unit: 's', approx: false, text: '' }, attribute.unit);
  if (!value || value.min === null) return undefined;
  const start = m[1]!.length;
  const text = `${m[2]}:${m[3]}${m[4] !== undefined ? `:${m[4]}` : ''}`;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);
  return { value: { ...value, min: round(value.min), max: round(value.max), text }, span: { start: cell.start + start, end: cell.start + start + text.length } };
}

/**
 * Whether a date stands in a parenthesis that also gives a figure of its own, outside the figure at `span`: "€548.3 million
 * (Q1 2024: €531.0 million)", "11 (2023: 8)", "(prior year 2023: 8)". The date is that figure's, not the one before.
 */
function otherFiguresDate(text: string, date: { start: number; end: number }, span: { start: number; end: number }): boolean {
  const open = Math.max(text.lastIndexOf('(', date.start), text.lastIndexOf('（', date.start));
  if (open < 0 || (span.start > open && span.start < date.start)) return false;
  const close = /[)）]/u.exec(text.slice(date.end));
  if (!close || /[(（]/u.test(text.slice(open + 1, date.start)) || /[(（]/u.test(text.slice(date.end, date.end + close.index))) return false;
  const end = date.end + close.index;
  if (span.start > open && span.start < end) return false;
  return /\p{N}/u.test(text.slice(open + 1, date.start) + ' ' + text.slice(date.end, end));
}

/**
 * The pack event a label or a header dates ("Released", "Release date", "成立时间"): of two that list it, the one of the
 * pack loaded last (a user's "Founded" over the built-in pack's, as with attributes).
 */
export function eventForLabel(lexicon: Lexicon, label: string): PackEvent | undefined {
  const h = normaliseHeader(label.replace(/[*_`]/g, ' ').replace(/[:：]\s*$/u, ''));
  const events = lexicon.pack.events.filter((e) => e.minParticipants === 1 && (e.headers ?? []).includes(h));
  return events[events.length - 1];
}

/** "| Opened | 1887 |": a year before 1900 alone in a cell under an event's header is that year (in prose it needs a dating word). */
function oldYearAlone(text: string): DateMatch | undefined {
  const year = /^[\s*_]*(1[0-8]\d\d)[\s*_]*$/u.exec(text);
  if (!year) return undefined;
  const date = findDates(`in ${year[1]}`)[0];
  if (!date) return undefined;
  const at = text.indexOf(year[1]!);
  return { ...date, start: at, end: at + 4 };
}

/** Words in a date's cell that make it a plan: "(planned)", "TBD", "expected", "scheduled", "target". */
const PLANNED_CELL = /(?<![\p{L}])(?:planned|scheduled|expected|target(?:ed)?|tb[ad]|projected|forecast|prévue?s?|previst[oa]s?|geplant)(?![\p{L}])/iu;
/** A day as ISO text. */
const isoDay = (d: Day) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
/** "| Released | 2025-03-11 |": the event of `subject` that a date cell dates, or nothing when the cell holds no date. */
export function datedEvent(
  event: PackEvent,
  subject: EntityRef,
  cell: Segment,
  today?: Day,
  label?: string,
  lexicon?: Lexicon,
): Pick<RawClaim, 'entity' | 'attribute' | 'value' | 'span' | 'time' | 'modality' | 'variant' | 'where'> | undefined {
  if (!takesPart(lexicon, event, subject)) return undefined;
  const date = findDates(cell.text, today, { yearless: today !== undefined }).find((d) => !d.scope.start.startsWith('~')) ?? oldYearAlone(cell.text);
  if (!date) return undefined;
  const text = cell.text.slice(date.start, date.end);
  // "2026 (planned)", "Q3 2027 (est.)", a date after the page's: what is to happen, not what happened.
  const ahead = PLANNED_CELL.test(cell.text) || (today !== undefined && date.scope.start > isoDay(today));
  // "Q3 2023 (est.)": an estimate of when it happened.
  const estimated = !ahead && ESTIMATE_WORDS.test(cell.text);
  // "| Full approval (FMB) | 12 March 2025 |": the kind the label names, as the same words in prose would.
  const kind = label !== undefined ? labelKind(event, label) : undefined;
  // "| CMA approval |": a label that names an agent other than the row's thing makes the event that agent's, as "approved by
  // the CMA" does in prose (an `agentsApart` event).
  const agent = event.agentsApart === true && label !== undefined && lexicon ? findMentions(lexicon, label).find((m) => m.entity.id !== subject.id && m.entity.type !== 'unknown') : undefined;
  // "| US approval |", "| Approval (Ardenia) |": a label that names a place or a market around another of the event's headers
  // makes the event that place's, as "approved in the US" does in prose.
  const place = agent === undefined && kind === undefined && label !== undefined ? placeInLabel(event, label, lexicon) : undefined;
  return {
    entity: { ...subject, mention: text },
    attribute: `event.${event.id}`,
    value: { kind: 'event', event: event.id, participants: [subject.id], polarity: 'happened', text },
    span: { start: cell.start + date.start, end: cell.start + date.end },
    time: date.scope,
    modality: ahead ? 'predicted' : estimated ? 'hedged' : 'asserted',
    ...(kind !== undefined ? { variant: kind } : {}),
    ...(agent ? { where: `by ${agent.entity.name.toLowerCase()}` } : place !== undefined ? { where: place } : {}),
  };
}

/** Words of order or state a label opens on, no place: "First approval", "Initial release", "Stable release", "Planned launch". */
const NOT_A_PLACE_IN_LABEL = /^(?:first|initial|original|latest|last|next|recent|stable|current|planned|expected|scheduled|official|actual|new|early|late|final|public)(?![\p{L}])/iu;
/**
 * The place a label names before another of the event's headers ("US approval" where "approval" is one) or in parentheses
 * after it ("Approval (EU)"), in lower case: a name the packs know (an agent, a thing) or a word of time is none.
 */
function placeInLabel(event: PackEvent, label: string, lexicon: Lexicon | undefined): string | undefined {
  const bare = label.replace(/[*_`]/g, ' ').replace(/[:：]\s*$/u, '').trim().replace(/\s+/g, ' ');
  for (const header of event.headers ?? []) {
    const h = normaliseHeader(header);
    if (h === '' || h === normaliseHeader(bare)) continue;
    const lower = bare.toLowerCase();
    let name: string | undefined;
    if (lower.endsWith(` ${h}`)) name = bare.slice(0, bare.length - h.length - 1);
    else if (lower.startsWith(`${h} (`) && bare.endsWith(')')) name = bare.slice(h.length + 2, -1).trim();
    if (name === undefined || NOT_A_PLACE_IN_LABEL.test(name)) continue;
    return lexicon ? placeNamed(lexicon, name) : undefined;
  }
  return undefined;
}

/** A header over a column of benchmark settings, whose bare numbers are shot counts ("| Shots |" over "| 5 |"). */
const SETTING_HEADER = /^(?:#\s*|n\s*|k\s*)?(?:shots?|-shots?|n-shots?|k-shots?|few-shot|settings?|prompting|eval(?:uation)?\s+settings?|设置|設置|设定|設定|样本数|樣本數|示例数|示例數|ショット数?)$/iu;

/**
 * A cell that holds benchmark settings and nothing more ("5-shot", "0-shot", "pass@1", "(CoT)", "8-shot, CoT"; "5" under a shots
 * header): the first, as a sentence's is read.
 */
function settingCell(text: string, shotsHeader: boolean): string | undefined {
  if (shotsHeader && /^\d{1,2}$/u.test(text)) return `${text}-shot`;
  const spans = settingSpans(text);
  if (spans.length === 0) return undefined;
  let rest = text;
  for (const span of [...spans].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return /^(?:[\s()（）,，、+/&]|and)*$/u.test(rest) ? benchmarkSetting(text) : undefined;
}

/**
 * "| Benchmark | Shots | X | Y |" over "| QuizBench | 5-shot | … |": a column (after the first) that names no attribute and holds
 * only benchmark settings gives each row's benchmark scores their setting, as a header's "(5-shot)" does; the row's own word for
 * it, where it has one, comes first. Undefined when the table has no such column.
 */
export function rowSettings(rows: TableSegment['rows'], read: (header: string) => boolean): ((row: TableSegment['rows'][number]) => string | undefined) | undefined {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return undefined;
  const index = header.cells.findIndex((cell, i) => {
    if (i === 0 || read(cellText(cell))) return false;
    const shots = SETTING_HEADER.test(cellText(cell));
    const cells = body.map((r) => cellText(r.cells[i])).filter((t) => t !== '');
    return cells.length > 0 && cells.every((t) => settingCell(t, shots) !== undefined);
  });
  if (index < 0) return undefined;
  const shots = SETTING_HEADER.test(cellText(header.cells[index]));
  return (row) => {
    const text = cellText(row.cells[index]);
    return text === '' ? undefined : settingCell(text, shots);
  };
}

/** A column's reading with the row's setting, for a benchmark's scores whose column or label names none. */
export function withRowSetting(column: ColumnReading, setting: string | undefined): ColumnReading {
  return setting !== undefined && column.variant === undefined && column.outer.metricOf !== undefined ? { ...column, variant: setting } : column;
}

/**
 * A header over a column of years or dates that date the row: "Year", "Year of count", "As of", "Census year", "Année", "年份";
 * a poll's field dates ("Field dates", "Fieldwork", "Dates du terrain", "Período de campo", "Befragungszeitraum").
 */
const YEAR_HEADER =
  /^(?:(?:census\s+|survey\s+|count\s+|fiscal\s+|reporting\s+|field(?:work)?\s+|polling\s+)?(?:year|dates?|period)(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?|fieldwork|as\s+of|année|año|anno|jahr|stand|(?:dates?|période)\s+(?:du\s+)?terrain|terrain|(?:per[íi]odo|datas?|fechas?)\s+de\s+(?:campo|realiza[çc][ãa]o)|trabalho\s+de\s+campo|trabajo\s+de\s+campo|(?:befragungs|erhebungs)zeitraum|feldzeit|年份|年度|时间|時間)$/iu;
/** A first header that numbers the rows: "Rank", "#", "No.", "Pos.", "Lot", "排名", "順位", "순위", "Rang", "Platz". */
const RANK_HEADER = /^(?:rank(?:ing)?|#|no\.?|nr\.?|n[º°]|pos\.?|position|place|lot|排名|名次|顺位|順位|순위|rang|platz|posición|puesto|posizione|posição)$/iu;
/** A cell that holds a year and nothing else: "2024". */
const YEAR_CELL = /^(?:19|20)\d\d$/u;
/** A cell that numbers its row: "1", "2.", "#3", "=4", or empty. */
const NUMBERING = /^(?:[#=]?\d{1,4}[.)]?|)$/u;
/** A cell that numbers its row and names nothing: "4", "12.", "B". */
const SMALL_NUMBERING = /^(?:\d{1,3}[.)]?|[A-Za-z])$/u;
/**
 * A numbering column's cell that holds no number: a dash, a blank, or a mark in capitals ("NEW", "RE": a chart's new entry or
 * re-entry in its "Last week" column). It numbers no row and does not stop the column numbering the others.
 */
const NO_NUMBER_CELL = /^(?:[–—-]+|\p{Lu}{2,4}|)$/u;
/** A header over a column of names: "Name", "Nom", "Nombre", "Nome", "名称", "名稱", "名前". */
const NAMES_HEADER = /^(?:names?|nom|nombre|nome|名称|名稱|名前)$/iu;

/**
 * Whether a table's first column numbers its rows and the next names them: every first cell a small number or a single
 * letter (no year: "| 2024 | … |" is a row of a series), every second cell a name, under a header of names or of a type,
 * or with a name a pack knows among them.
 */
function numberedByFirstColumn(lexicon: Lexicon, header: TableSegment['rows'][number], body: TableSegment['rows']): boolean {
  if (
    body.length === 0 ||
    !body.some((r) => SMALL_NUMBERING.test(cellText(r.cells[0]))) ||
    !body.every((r) => (SMALL_NUMBERING.test(cellText(r.cells[0])) || NO_NUMBER_CELL.test(cellText(r.cells[0]))) && r.cells[1] !== undefined && rowName(r.cells[1]) !== undefined)
  )
    return false;
  const second = cellText(header.cells[1]);
  return NAMES_HEADER.test(second) || entityTypeForHeader(lexicon, second) !== undefined || body.some((r) => lexicon.folded.has(foldName(cellText(r.cells[1]))));
}

/** A cell that is one full date and nothing else: "17 March 2024", "2024-03-17", "March 17, 2024". */
function fullDateCell(text: string, today?: Day): boolean {
  const dates = findDates(text, today);
  return dates.length === 1 && dates[0]!.precision === 'day' && dates[0]!.start === 0 && dates[0]!.end >= text.length - 1;
}

/**
 * The column of names of a table whose first column dates its rows: every first cell a full date, and the first later column
 * whose every cell is a name a pack knows, or a name under a header of the pack's type; undefined when there is none, or more
 * than one ("| Date | Home | Away |": whose row it is, no column says).
 */
function datedNamesColumn(lexicon: Lexicon, header: TableSegment['rows'][number], body: TableSegment['rows'], today?: Day): number | undefined {
  if (!body.every((r) => fullDateCell(cellText(r.cells[0]), today))) return undefined;
  // "| Date | Vehicle | Payload |" under an event's header: the one column of names whose names a pack knows are all of the
  // types the event takes part in (a launch's spacecraft, not its rocket), some of them known; none where several are.
  const types = eventForLabel(lexicon, cellText(header.cells[0]))?.participantTypes ?? [];
  if (types.length > 0) {
    const taking: number[] = [];
    for (let i = 1; i < header.cells.length; i++) {
      const things = body.map((r) => {
        const named = r.cells[i] && rowName(r.cells[i]!);
        return named ? resolveName(lexicon, named.name) : undefined;
      });
      if (things.every((t) => t !== undefined && (t.known === false || types.includes(t.type))) && things.some((t) => t!.known !== false)) taking.push(i);
    }
    if (taking.length > 0) return taking.length === 1 ? taking[0] : undefined;
  }
  const found: number[] = [];
  for (let i = 1; i < header.cells.length; i++) {
    const typed = entityTypeForHeader(lexicon, cellText(header.cells[i])) !== undefined;
    if (body.every((r) => r.cells[i] !== undefined && rowName(r.cells[i]!) !== undefined && (typed || lexicon.folded.has(foldName(cellText(r.cells[i])))))) found.push(i);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** A header's word for a group of people inside an organisation: "Team size", "Équipe", "Teamgröße", "团队规模", "チーム". */
const TEAM_WORD = /(?<![\p{L}])(?:team\p{L}*|squads?|units?|divisions?|departments?|équipes?|equipos?|equipes?|squadr[ae])(?![\p{L}])|团队|團隊|小组|小組|チーム|팀/iu;
/** Whether a header names a group inside an organisation (a team, a unit, a division). */
const namesATeam = (header: string) => TEAM_WORD.test(header);
/** Whether an attribute counts people (a headcount, a team's size). */
const countsPeople = (attribute: PackAttribute) => attribute.unit !== undefined && canonicalUnit(attribute.unit) === 'person';

/** A row's entity as the document types it. */
const retype = (state: ProseState | undefined, entity: EntityRef) => state?.types?.typed(entity) ?? entity;

/** Reads one table. Rows whose first cell is a year or number, and columns with unknown headers, are skipped. */
export function extractTableClaims(lexicon: Lexicon, table: TableSegment, state?: ProseState): RawClaim[] {
  const [header, ...body] = table.rows;
  if (!header || header.cells.length < 2) return [];
  const season = state ? sectionSeason(state) : undefined;
  // "| Rank | Model | QuizBench |" over "| 1 | X | 85.3 |", "| Lot | Artist | Price |": a leaderboard's or a catalogue's numbering
  // first; the rows' names are in the next column.
  if (header.cells.length > 2 && RANK_HEADER.test(cellText(header.cells[0])) && body.length > 0 && body.every((r) => NUMBERING.test(cellText(r.cells[0])))) {
    return extractTableClaims(lexicon, { ...table, rows: table.rows.map((r) => ({ ...r, cells: r.cells.slice(1) })) }, state);
  }
  // "| Line | Name | Length |" over "| 7 | Wrenfield Line | 11.2 km |": a first column of small numbers or single letters
  // numbers the rows whatever its header says, when the next column holds names (under a header of names or of a type, or
  // names a pack knows). A type word over the numbers ("Line") types the names.
  if (header.cells.length > 2 && numberedByFirstColumn(lexicon, header, body)) {
    const typed = entityTypeForHeader(lexicon, header.cells[0]!.text) !== undefined && entityTypeForHeader(lexicon, header.cells[1]!.text) === undefined;
    const names = typed ? { ...header.cells[1]!, text: header.cells[0]!.text } : header.cells[1]!;
    return extractTableClaims(lexicon, { ...table, rows: [{ ...header, cells: [names, ...header.cells.slice(2)] }, ...body.map((r) => ({ ...r, cells: r.cells.slice(1) }))] }, state);
  }
  // "| Outbreak | Province | Declared | … |" over "| 2024 | Tessary | … |": a first column of years before a column of names a pack
  // knows; the names name the rows, and the years date them (as a "Year" column after the names does).
  // A first header that names an event ("| Opened | Line | Stations |") keeps its word: its years date that event, not the row.
  // "| Date | Victim | Country |" over "| 17 March 2024 | Northwind Clinic | … |": a first column of full dates, and a later column
  // whose every cell is a name a pack knows (or is typed by the type its header names), likewise: the names name the rows.
  const namesAt = header.cells.length > 2 && body.length > 0 ? datedNamesColumn(lexicon, header, body, state?.today) : undefined;
  if (
    namesAt !== undefined ||
    (header.cells.length > 2 &&
      body.length > 0 &&
      body.every((r) => YEAR_CELL.test(cellText(r.cells[0])) && r.cells[1] !== undefined && rowName(r.cells[1]) !== undefined) &&
      body.some((r) => lexicon.folded.has(foldName(cellText(r.cells[1])))))
  ) {
    const at = namesAt ?? 1;
    const first = header.cells[0]!;
    const year = eventForLabel(lexicon, first.text) ? first : { ...first, text: namesAt === undefined ? 'Year' : 'Date' };
    const swap = <T extends { cells: Segment[] }>(r: T, moved?: Segment): T => ({
      ...r,
      cells: [r.cells[at]!, moved ?? r.cells[0]!, ...r.cells.slice(1).filter((_, i) => i + 1 !== at)],
    });
    return extractTableClaims(lexicon, { ...table, rows: [swap(header, year), ...body.map((r) => swap(r))] }, state);
  }
  const entityType = entityTypeForHeader(lexicon, header.cells[0]!.text);
  const read = header.cells.map((cell, i) => (i === 0 ? undefined : readHeader(lexicon, cell.text)));
  // "| Max Reasoning Tokens | Max Output Tokens |" read as one attribute: two columns of a table measure two things, which the
  // pack does not tell apart; neither is read. Two periods of one attribute ("| Revenue 2024 | Revenue 2025 |") are two columns.
  const samePeriod = (a: ColumnReading, b: ColumnReading) => a.time?.start === b.time?.start && a.time?.end === b.time?.end;
  // "| Price (Ardenia) | Price (Corvalia) |": columns of one attribute whose headers each name another place in parentheses
  // are that attribute in each place, each read with its place; where one of them names none, none is read.
  // "| Organization | Team Size |" over rows of several organisations: a team is a part of each (the one at work on what the
  // page is about), its count no organisation's headcount; a column of employees or staff is the whole's.
  const places = header.cells.map((cell, i) => (read[i] ? headerPlace(lexicon, cell.text) : undefined));
  const columns = read.map((c, i) => {
    if (!c) return c;
    if (countsPeople(c.outer) && namesATeam(cellText(header.cells[i]))) return undefined;
    const alike = read.flatMap((o, j) => (o?.outer === c.outer && samePeriod(o, c) ? [j] : []));
    if (alike.length === 1) return c;
    const named = alike.map((j) => places[j]);
    return named.every((p) => p !== undefined) && new Set(named).size === named.length ? { ...c, where: places[i]! } : undefined;
  });
  // "| Probe | Launch mass | Launch date |", "| Line | Opened |": a column headed by an event's header dates each row's event.
  const events = header.cells.map((cell, i) => (i === 0 || read[i] ? undefined : eventForLabel(lexicon, cell.text)));
  // "| Species | Year of count | Population |": a column of years (or dates) dates the other figures of its row.
  const yearColumn = header.cells.findIndex((cell, i) => i > 0 && !read[i] && !events[i] && YEAR_HEADER.test(cellText(cell)));
  // "| Model | Shots | QuizBench |": a column of settings gives each row's scores theirs.
  const settingOf = rowSettings(table.rows, (h) => readHeader(lexicon, h) !== undefined);
  const claims: RawClaim[] = [];
  // "| Chain | Product | Price |": a later column of names a pack knows, not read as an attribute: a figure whose attribute
  // describes such things and not the row's owner is that column's thing's.
  // Only a column whose header names the things' type, whole or by its last word ("| Product |", "| Pivotal trial |"): a
  // column of "| Largest chain |" or "| Anchor tenant |" beside a row of places holds no owner of the row's figure.
  const headerType = (i: number) => entityTypeForHeader(lexicon, cellText(header.cells[i]!)) ?? entityTypeForHeader(lexicon, cellText(header.cells[i]!).trim().split(/\s+/u).at(-1) ?? '');
  const thingColumns = header.cells.flatMap((_, i) => {
    if (i === 0 || read[i] || events[i] || i === yearColumn) return [];
    const type = headerType(i);
    return type ? [{ index: i, type }] : [];
  });
  /** The thing a row's figure of `attribute` is said of, in the one column of things it may describe; undefined when none or several. */
  const thingOf = (row: TableSegment['rows'][number], attribute: PackAttribute): EntityRef | undefined => {
    const fits = thingColumns.flatMap(({ index, type }) => {
      const cell = row.cells[index];
      const named = cell && rowName(cell);
      if (!named) return [];
      const thing = retype(state, resolveName(lexicon, named.name));
      // Only a name a pack knows: a column of venues may hold a town's name ("| Venue | Harwick |"), not the venue's.
      return thing.known && thing.type === type && compatible(attribute, thing) ? [thing] : [];
    });
    return fits.length === 1 ? fits[0] : undefined;
  };
  // A size column makes the entity: rows "Acme 2 | 7B" and "Acme 2 | 70B" are two models, and a row
  // with an empty first cell continues the name above it ("| | 70B |").
  const sizeColumn = columns.findIndex((c) => c?.outer.variesByMember === true && c.outer.kind === 'quantity');
  let previous: { name: string; span: Span } | undefined;
  // The thing of the last row that named one (not a part of it): the owner of the part rows under it.
  let owner: EntityRef | undefined;
  for (const row of body) {
    const first = row.cells[0];
    let named = first && rowName(first);
    // "| Kings: Season 2 | 41,300,000 |": a row of one instalment of a thing is that thing's, its figures that instalment's
    // (a variant, as "Season 2" in a sentence makes one); the row's event dates are not read (the thing's or the instalment's?).
    const instalment = !named && first ? instalmentLabel(first.text) : undefined;
    if (instalment) named = rowName({ ...first!, text: first!.text.slice(0, instalment.nameEnd) });
    if (!named && first && first.text.trim() === '' && sizeColumn > 0) named = previous;
    // "| Line | Length |" over "| 4 | 16.4 km |": a number under a type's header names the row with the header's word, where
    // a pack knows the name ("Line 4").
    if (!named && first && entityType && SMALL_NUMBERING.test(cellText(first))) {
      const name = `${cellText(header.cells[0])} ${cellText(first)}`;
      const at = first.text.indexOf(cellText(first));
      if (lexicon.folded.has(foldName(name))) named = { name, span: { start: first.start + at, end: first.start + at + cellText(first).length } };
    }
    if (!named) continue;
    // "| Q4_K_M | 71.2 |": a row of a build or a format a pack says is no name ("names.notNames") is no thing's.
    if (notAName(lexicon, named.name)) continue;
    previous = named;
    // "| 405B | 30.8M |" on a page about one family: the row is that family's member of the size.
    const line = memberOfSize(lexicon, named.name, state) ?? retype(state, resolveName(lexicon, named.name, entityType));
    // "| Total | 57 |", "| Average | … |", "| 合计 | … |": a row that sums or averages the others is no thing of its own (unless a
    // pack names a thing so).
    if (!line.known && SUMMARY_ROW.test(named.name)) continue;
    // "| encoder | 12.4 | 398 |" under "| x-1 (composite) | | |": a row named by a part word alone (the engine's or a pack's
    // `parts`) after a row of a thing is a part of that thing, not a thing of its own: its figures are the thing's, on that
    // part (`where`), compared only with figures of the same part.
    const part = !line.known && owner !== undefined && isPartWord(lexicon, named.name) ? `${named.name.trim().toLowerCase()} part` : undefined;
    const size = !part && sizeColumn > 0 && mayBeFamily(lexicon, line) && row.cells[sizeColumn] ? sizeName(row.cells[sizeColumn]!.text) : undefined;
    const entity = part ? owner! : size ? retype(state, resolveName(lexicon, `${named.name} ${size}`, entityType ?? (line.type !== 'unknown' ? line.type : undefined))) : line;
    if (!part) owner = entity.known || entity.type !== 'unknown' ? entity : undefined;
    const sentence = { start: row.start, end: row.end };
    const base = { entity, sentence, modality: 'asserted' as const, source: 'table' as const, confidence: entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE };
    const rowDates = yearColumn > 0 && row.cells[yearColumn] ? findDates(cellText(row.cells[yearColumn]), state?.today).filter((d) => !d.scope.start.startsWith('~')) : [];
    const rowTime = rowDates.length === 1 ? rowDates[0]!.scope : undefined;
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      const event = events[i];
      if (event && cell.text.trim() !== '') {
        // (A part's date is no date of its thing's event.)
        if (instalment || part) return;
        // The row's name is what the event dates, not one size of it a size column names.
        const dated = datedEvent(event, line, cell, state?.today, cellText(header.cells[i]!), lexicon);
        if (dated) claims.push({ ...base, ...dated, confidence: line.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE });
        return;
      }
      if (!column || cell.text.trim() === '') return;
      // Only where the row's own name is a thing a pack knows, of a type the attribute does not describe ("| Pepperline |
      // Classic Double | $7.99 |"): a row of a place no pack knows ("| Lisbon | Casa Ribeira | 42 |") is the place's figure.
      const thing = fitsSubject(column.outer, entity) || !entity.known ? undefined : thingOf(row, column.outer);
      if (!thing && !fitsSubject(column.outer, entity)) return;
      const own = rowTime && !column.time ? columnPeriod({ ...column, time: rowTime }) : columnPeriod(column);
      const of = thing ? { entity: thing, confidence: thing.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE } : {};
      for (const reading of cellReadings(lexicon, cell, withRowSetting(column, settingOf?.(row)), state?.format)) {
        // A flow's or a tally's figure the table dates nowhere takes the season a heading above names ("# 2024–25 … season").
        const inSeason = !own.time && !reading.time && season && countsOverTime(lexicon, reading.attribute) ? { time: season } : {};
        claims.push({
          ...base,
          ...own,
          ...of,
          ...reading,
          ...inSeason,
          ...(instalment && reading.variant === undefined ? { variant: instalment.kind } : {}),
          ...(part !== undefined ? { where: part } : column.where !== undefined ? { where: column.where } : {}),
        });
      }
    });
  }
  return claims;
}

