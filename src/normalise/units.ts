// Generic unit tables for the number grammar: currencies, scale words and suffixes, percent, ratios and common unit words.

/** Canonical unit names used by the grammar itself. */
export const PERCENT = 'percent';
export const PERCENTAGE_POINT = 'percentage-point';
export const RATIO = 'ratio';

/**
 * Currency marks written before the number ("$5", "US$ 5", "USD 5", "人民币5亿").
 * Keys are lower-case; matched longest first. Symbols glued to a letter on their left
 * ("HK$5", "A$5") are foreign dollars, and the grammar refuses the figure rather than guess.
 */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'us$': 'USD',
  usd: 'USD',
  $: 'USD',
  eur: 'EUR',
  '€': 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
  rmb: 'CNY',
  cny: 'CNY',
  '¥': 'CNY',
  '￥': 'CNY',
  人民币: 'CNY',
  人民幣: 'CNY',
  jpy: 'JPY',
};

/** Currency prefixes that are symbols rather than words. */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '￥']);

/**
 * Scale suffixes glued to the digits ("236B", "128K", "$5.6M", "$3bn"), lower-cased, as powers of ten.
 * An upper-case `T` also means 1e12 (lower-case `t` is left alone: it is usually tonnes).
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['m', 6],
  ['mn', 6],
  ['b', 9],
  ['bn', 9],
  ['tn', 12],
]);
export const UPPER_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([['T', 12]]);

/** Scale words after the number and a space ("$5.6 million", "1.2 trillion"), as powers of ten. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['mn', 6],
  ['billion', 9],
  ['bn', 9],
  ['trillion', 12],
  ['tn', 12],
]);

/**
 * Chinese scale characters after the digits, as powers of ten. They multiply when they follow one
 * another: 百万 = 1e6, 千万 = 1e7, 万亿 = 1e12.
 */
export const CJK_SCALES: ReadonlyMap<string, number> = new Map([
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
]);

/** Ratio marks glued to the number: "35x", "35×", "6x cheaper". */
export const RATIO_SUFFIXES: ReadonlySet<string> = new Set(['x', '×']);

/**
 * Built-in unit words after the number (lower-case; phrases may have several words).
 * Callers' `unitWords` take precedence over these.
 */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  // percent
  '%': PERCENT,
  percent: PERCENT,
  'per cent': PERCENT,
  pct: PERCENT,
  'percentage points': PERCENTAGE_POINT,
  'percentage point': PERCENTAGE_POINT,
  个百分点: PERCENTAGE_POINT,
  個百分點: PERCENTAGE_POINT,
  百分点: PERCENTAGE_POINT,
  百分點: PERCENTAGE_POINT,
  // ratios
  倍: RATIO,
  // currencies after the number
  dollars: 'USD',
  dollar: 'USD',
  'us dollars': 'USD',
  usd: 'USD',
  美元: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  欧元: 'EUR',
  歐元: 'EUR',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  gbp: 'GBP',
  英镑: 'GBP',
  英鎊: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  人民幣: 'CNY',
  yen: 'JPY',
  jpy: 'JPY',
  日元: 'JPY',
  日圓: 'JPY',
  // people
  people: 'person',
  person: 'person',
  persons: 'person',
  employees: 'person',
  employee: 'person',
  staff: 'person',
  人: 'person',
  // model sizes
  tokens: 'token',
  token: 'token',
  parameters: 'parameter',
  parameter: 'parameter',
  params: 'parameter',
  param: 'parameter',
  // power
  gigawatts: 'gigawatt',
  gigawatt: 'gigawatt',
  gw: 'gigawatt',
  megawatts: 'megawatt',
  megawatt: 'megawatt',
  mw: 'megawatt',
  kilowatts: 'kilowatt',
  kilowatt: 'kilowatt',
  kw: 'kilowatt',
};

/** Unit abbreviations accepted only when glued to the digits ("3pp"): spaced, they are too ambiguous. */
export const GLUED_UNIT_WORDS: Readonly<Record<string, string>> = {
  pp: PERCENTAGE_POINT,
};

/** Ordinal endings allowed after a fraction ("1/10th", "1/3rd"). Elsewhere an ordinal is not a quantity. */
export const FRACTION_ORDINALS: ReadonlySet<string> = new Set(['th', 'ths', 'rd', 'rds', 'nd', 'nds']);
