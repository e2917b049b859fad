// Generic unit tables for the number grammar (currencies, scale words and suffixes, percent, ratios, unit
// words) and conversions between units of one dimension (2 years = 730 days, 1.5 t = 1,500 kg).
import type { Quantity } from '../types.js';

/** Canonical unit names used by the grammar itself. */
export const PERCENT = 'percent';
export const PERCENTAGE_POINT = 'percentage-point';
/** A hundredth of a percentage point, the step of a rate's move ("raised by 25 basis points"): no level of a rate. */
export const BASIS_POINT = 'basis-point';
export const RATIO = 'ratio';
/**
 * Hundredths of a currency, read as that currency in parseAt ("64 cents" is $0.64): of the currency its text writes nearest,
 * else of the one each names ("cents" the dollar's, "centimes", "céntimos", "Cent" the euro's; "pence" always the pound's).
 */
export const HUNDREDTHS: Readonly<Record<string, { fixed?: string; otherwise: string }>> = {
  cent: { otherwise: 'USD' },
  'euro-cent': { otherwise: 'EUR' },
  penny: { fixed: 'GBP', otherwise: 'GBP' },
};

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
  '₹': 'INR',
  inr: 'INR',
  rs: 'INR',
  // Other dollars and currencies by their sign or code: "R$ 18 milhões" is no US dollar amount.
  'r$': 'BRL',
  'a$': 'AUD',
  'au$': 'AUD',
  'c$': 'CAD',
  'ca$': 'CAD',
  'hk$': 'HKD',
  's$': 'SGD',
  'nz$': 'NZD',
  'nt$': 'TWD',
  'mx$': 'MXN',
  '₩': 'KRW',
  krw: 'KRW',
  brl: 'BRL',
  aud: 'AUD',
  cad: 'CAD',
  hkd: 'HKD',
  chf: 'CHF',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
};

/**
 * Currency abbreviations written with a dot ("Rs. 1,29,999"), read by the number grammar only: a table
 * header's search for currency marks would find "rs." inside "hrs.".
 */
export const DOTTED_CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'rs.': 'INR',
};

/** Currency prefixes that are symbols rather than words. */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '￥', '₹', '₩']);
/** Canonical currency units: never converted, never bare, always distinctive as a credited amount. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'INR', 'KRW', 'CHF', 'CAD', 'AUD', 'BRL', 'HKD', 'SGD', 'NZD', 'TWD', 'MXN', 'SEK', 'NOK', 'DKK']);

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

/**
 * Scale words after the number and a space ("$5.6 million", "1.2 trillion", "₹450 crore"), as powers of
 * ten. Two may follow one another and multiply ("1.5 lakh crore" = 1.5e12). Callers add their own
 * (`scaleWords` of findQuantities); theirs are tried first.
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['mn', 6],
  // News wires' "$125 mln", "$3 bln"; Dutch, Italian and Polish "mld", "mlrd" (a milliard).
  ['mln', 6],
  ['billion', 9],
  ['bn', 9],
  ['bln', 9],
  ['mld', 9],
  ['mlrd', 9],
  ['trillion', 12],
  ['tn', 12],
  ['lakh', 5],
  ['lakhs', 5],
  ['lac', 5],
  ['lacs', 5],
  ['crore', 7],
  ['crores', 7],
  ['लाख', 5],
  ['करोड़', 7],
  ['करोड़', 7],
  // Other European languages ("20 Millionen Euro", "5 millions d'euros", "1.700 millones", "2,5 miljard"). German
  // "Billion" is 10^12, but the English word wins: pages write "Milliarden".
  ['millionen', 6],
  ['mio', 6],
  ['milliarde', 9],
  ['milliarden', 9],
  ['mrd', 9],
  ['mrds', 9],
  // German "Billion(en)" and "Bio." are 10^12; French "Md", "Mds" milliards (these two and "Bio." before a currency only).
  ['billionen', 12],
  ['bio', 12],
  ['md', 9],
  ['mds', 9],
  ['tausend', 3],
  ['millions', 6],
  ['milliard', 9],
  ['milliards', 9],
  ['millón', 6],
  ['millones', 6],
  ['mil millones', 9],
  ['milione', 6],
  ['milioni', 6],
  ['miliardo', 9],
  ['miliardi', 9],
  ['milhão', 6],
  ['milhões', 6],
  ['bilhão', 9],
  ['bilhões', 9],
  ['miljoen', 6],
  ['miljard', 9],
  ['millioner', 6],
  ['milliarder', 9],
  ['miljon', 6],
  ['miljoner', 6],
  ['miljarder', 9],
  ['bin', 3],
  ['milyon', 6],
  ['milyar', 9],
  ['ribu', 3],
  ['juta', 6],
  ['miliar', 9],
  ['тысяч', 3],
  ['тысячи', 3],
  ['тысяча', 3],
  ['тыс', 3],
  ['млн', 6],
  ['млрд', 9],
]);

/**
 * Chinese (and Korean) scale characters after the digits, as powers of ten. They multiply when they follow one
 * another: 百万 = 1e6, 千万 = 1e7, 万亿 = 1e12, 천만 = 1e7.
 */
export const CJK_SCALES: ReadonlyMap<string, number> = new Map([
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
  // Japanese (and Taiwanese) trillions: "1兆円", "1兆2400億円" (a unit such as 兆瓦, megawatts, is read first).
  ['兆', 12],
  // Korean: "55만 명", "1억 달러", "3천 명"
  ['백', 2],
  ['천', 3],
  ['만', 4],
  ['억', 8],
  ['조', 12],
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
  // hundredths of a currency (HUNDREDTHS)
  cents: 'cent',
  cent: 'euro-cent',
  eurocent: 'euro-cent',
  eurocents: 'euro-cent',
  'euro cents': 'euro-cent',
  centimes: 'euro-cent',
  "centimes d'euro": 'euro-cent',
  'centimes d’euro': 'euro-cent',
  céntimos: 'euro-cent',
  'céntimos de euro': 'euro-cent',
  centesimi: 'euro-cent',
  'centesimi di euro': 'euro-cent',
  pence: 'penny',
  penny: 'penny',
  pct: PERCENT,
  // as other languages write it ("18 Prozent", "18 pour cent", "18 por ciento", "18 per cento", "18 procent")
  prozent: PERCENT,
  'pour cent': PERCENT,
  'por ciento': PERCENT,
  'por cento': PERCENT,
  'per cento': PERCENT,
  procent: PERCENT,
  prozentpunkte: PERCENTAGE_POINT,
  'points de pourcentage': PERCENTAGE_POINT,
  'puntos porcentuales': PERCENTAGE_POINT,
  'percentage points': PERCENTAGE_POINT,
  'percentage point': PERCENTAGE_POINT,
  'basis points': BASIS_POINT,
  'basis point': BASIS_POINT,
  bps: BASIS_POINT,
  bp: BASIS_POINT,
  basispunkte: BASIS_POINT,
  basispunkten: BASIS_POINT,
  'points de base': BASIS_POINT,
  'puntos básicos': BASIS_POINT,
  'punti base': BASIS_POINT,
  'pontos-base': BASIS_POINT,
  'pontos base': BASIS_POINT,
  个基点: BASIS_POINT,
  個基點: BASIS_POINT,
  基点: BASIS_POINT,
  基點: BASIS_POINT,
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
  // German "US-Dollar"
  'us-dollar': 'USD',
  'us-dollars': 'USD',
  usd: 'USD',
  美元: 'USD',
  ドル: 'USD',
  долларов: 'USD',
  доллара: 'USD',
  доллар: 'USD',
  евро: 'EUR',
  dolar: 'USD',
  dolarów: 'USD',
  avro: 'EUR',
  달러: 'USD',
  円: 'JPY',
  엔: 'JPY',
  원: 'KRW',
  won: 'KRW',
  krw: 'KRW',
  reais: 'BRL',
  'de reais': 'BRL',
  kronor: 'SEK',
  유로: 'EUR',
  ユーロ: 'EUR',
  위안: 'CNY',
  euros: 'EUR',
  euro: 'EUR',
  // "48 €", "48 M€": the sign after the figure, as French and German write it
  '€': 'EUR',
  // "5 millions d'euros", "20 mil millones de dólares", "de dollars"
  "d'euros": 'EUR',
  'd’euros': 'EUR',
  'de euros': 'EUR',
  'de dólares': 'USD',
  'de dollars': 'USD',
  'dólares': 'USD',
  dólar: 'USD',
  dollari: 'USD',
  'di dollari': 'USD',
  'di euro': 'EUR',
  sterline: 'GBP',
  'di sterline': 'GBP',
  'de libras': 'GBP',
  'libras esterlinas': 'GBP',
  'de libras esterlinas': 'GBP',
  'livres sterling': 'GBP',
  'de livres sterling': 'GBP',
  pfund: 'GBP',
  'pfund sterling': 'GBP',
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
  rupees: 'INR',
  rupee: 'INR',
  inr: 'INR',
  रुपये: 'INR',
  रुपए: 'INR',
  // people
  people: 'person',
  person: 'person',
  persons: 'person',
  employees: 'person',
  employee: 'person',
  staff: 'person',
  人: 'person',
  명: 'person',
  kişi: 'person',
  individuals: 'person',
  residents: 'person',
  personnes: 'person',
  personas: 'person',
  pessoas: 'person',
  menschen: 'person',
  personen: 'person',
  员工: 'person',
  員工: 'person',
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
  // Horsepower: mechanical (hp, bhp) and metric (PS, CV, ch, pk, hk, 马力: 735.5 W), which car pages mix.
  horsepower: 'horsepower',
  hp: 'horsepower',
  bhp: 'horsepower',
  ps: 'metric-horsepower',
  pferdestärken: 'metric-horsepower',
  chevaux: 'metric-horsepower',
  caballos: 'metric-horsepower',
  cv: 'metric-horsepower',
  ch: 'metric-horsepower',
  pk: 'metric-horsepower',
  hk: 'metric-horsepower',
  马力: 'metric-horsepower',
  馬力: 'metric-horsepower',
  watts: 'watt',
  watt: 'watt',
  w: 'watt',
  瓦: 'watt',
  千瓦: 'kilowatt',
  兆瓦: 'megawatt',
  吉瓦: 'gigawatt',
  // energy
  'watt-hours': 'watt-hour',
  'watt-hour': 'watt-hour',
  'watt hours': 'watt-hour',
  wh: 'watt-hour',
  'kilowatt-hours': 'kilowatt-hour',
  'kilowatt-hour': 'kilowatt-hour',
  'kilowatt hours': 'kilowatt-hour',
  kwh: 'kilowatt-hour',
  千瓦时: 'kilowatt-hour',
  千瓦時: 'kilowatt-hour',
  'megawatt-hours': 'megawatt-hour',
  'megawatt hours': 'megawatt-hour',
  mwh: 'megawatt-hour',
  'gigawatt-hours': 'gigawatt-hour',
  'gigawatt hours': 'gigawatt-hour',
  gwh: 'gigawatt-hour',
  twh: 'terawatt-hour',
  'terawatt-hours': 'terawatt-hour',
  // electric charge (batteries)
  mah: 'milliampere-hour',
  毫安时: 'milliampere-hour',
  毫安時: 'milliampere-hour',
  ah: 'ampere-hour',
  // frequency
  hz: 'hertz',
  hertz: 'hertz',
  khz: 'kilohertz',
  mhz: 'megahertz',
  ghz: 'gigahertz',
  // time (below a second: "400 ms", "400 milliseconds", "50 µs"; "ms" and "ns" only in lower case, "MS" is no unit)
  milliseconds: 'millisecond',
  millisecond: 'millisecond',
  ms: 'millisecond',
  毫秒: 'millisecond',
  ミリ秒: 'millisecond',
  microseconds: 'microsecond',
  microsecond: 'microsecond',
  µs: 'microsecond',
  μs: 'microsecond',
  微秒: 'microsecond',
  マイクロ秒: 'microsecond',
  nanoseconds: 'nanosecond',
  nanosecond: 'nanosecond',
  ns: 'nanosecond',
  纳秒: 'nanosecond',
  納秒: 'nanosecond',
  ナノ秒: 'nanosecond',
  seconds: 'second',
  second: 'second',
  secs: 'second',
  sec: 'second',
  秒: 'second',
  minutes: 'minute',
  minute: 'minute',
  mins: 'minute',
  min: 'minute',
  分钟: 'minute',
  分鐘: 'minute',
  hours: 'hour',
  hour: 'hour',
  hrs: 'hour',
  hr: 'hour',
  h: 'hour',
  小时: 'hour',
  小時: 'hour',
  days: 'day',
  day: 'day',
  weeks: 'week',
  week: 'week',
  months: 'month',
  month: 'month',
  years: 'year',
  year: 'year',
  yrs: 'year',
  yr: 'year',
  // the same in German, French, Spanish and Italian (not words English also has: "ore", "an", "pie")
  millisekunde: 'millisecond',
  millisekunden: 'millisecond',
  milliseconde: 'millisecond',
  millisecondes: 'millisecond',
  milisegundo: 'millisecond',
  milisegundos: 'millisecond',
  millisecondo: 'millisecond',
  millisecondi: 'millisecond',
  mikrosekunde: 'microsecond',
  mikrosekunden: 'microsecond',
  microseconde: 'microsecond',
  microsecondes: 'microsecond',
  microsegundo: 'microsecond',
  microsegundos: 'microsecond',
  nanosekunde: 'nanosecond',
  nanosekunden: 'nanosecond',
  nanoseconde: 'nanosecond',
  nanosecondes: 'nanosecond',
  nanosegundo: 'nanosecond',
  nanosegundos: 'nanosecond',
  sekunde: 'second',
  sekunden: 'second',
  seconde: 'second',
  secondes: 'second',
  segundo: 'second',
  segundos: 'second',
  secondi: 'second',
  minuten: 'minute',
  minuto: 'minute',
  minutos: 'minute',
  minuti: 'minute',
  stunde: 'hour',
  stunden: 'hour',
  heure: 'hour',
  heures: 'hour',
  hora: 'hour',
  horas: 'hour',
  tag: 'day',
  tage: 'day',
  tagen: 'day',
  jour: 'day',
  jours: 'day',
  día: 'day',
  días: 'day',
  dias: 'day',
  giorno: 'day',
  giorni: 'day',
  woche: 'week',
  wochen: 'week',
  semaine: 'week',
  semaines: 'week',
  semana: 'week',
  semanas: 'week',
  settimane: 'week',
  monat: 'month',
  monate: 'month',
  monaten: 'month',
  mois: 'month',
  meses: 'month',
  mesi: 'month',
  jahr: 'year',
  jahre: 'year',
  jahren: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  año: 'year',
  años: 'year',
  anni: 'year',
  anno: 'year',
  ano: 'year',
  anos: 'year',
  // compute
  'gpu hours': 'gpu-hour',
  'gpu hour': 'gpu-hour',
  'gpu-hours': 'gpu-hour',
  'gpu-hour': 'gpu-hour',
  gpu小时: 'gpu-hour',
  gpu小時: 'gpu-hour',
  // "32 万 GPU 小时": Chinese text often sets a Latin word apart with spaces.
  'gpu 小时': 'gpu-hour',
  'gpu 小時': 'gpu-hour',
  卡时: 'gpu-hour',
  卡時: 'gpu-hour',
  // mass
  milligrams: 'milligram',
  milligram: 'milligram',
  mg: 'milligram',
  grams: 'gram',
  gram: 'gram',
  gramm: 'gram',
  gramme: 'gram',
  grammes: 'gram',
  gramos: 'gram',
  grammi: 'gram',
  g: 'gram',
  克: 'gram',
  kilograms: 'kilogram',
  kilogram: 'kilogram',
  kilos: 'kilogram',
  kilogramm: 'kilogram',
  kilogramme: 'kilogram',
  kilogrammes: 'kilogram',
  kilogramo: 'kilogram',
  kilogramos: 'kilogram',
  chilogrammi: 'kilogram',
  kg: 'kilogram',
  kgs: 'kilogram',
  公斤: 'kilogram',
  千克: 'kilogram',
  キログラム: 'kilogram',
  킬로그램: 'kilogram',
  килограммов: 'kilogram',
  килограмма: 'kilogram',
  килограмм: 'kilogram',
  tonnes: 'tonne',
  tonne: 'tonne',
  tonnen: 'tonne',
  トン: 'tonne',
  톤: 'tonne',
  тонн: 'tonne',
  тонны: 'tonne',
  тонна: 'tonne',
  т: 'tonne',
  tonelada: 'tonne',
  toneladas: 'tonne',
  tonnellate: 'tonne',
  'metric tons': 'tonne',
  'metric ton': 'tonne',
  t: 'tonne',
  吨: 'tonne',
  噸: 'tonne',
  lb: 'pound',
  lbs: 'pound',
  oz: 'ounce',
  // Precious metals are weighed in troy ounces (31.1 g), when the page says so.
  'troy ounces': 'troy-ounce',
  'troy ounce': 'troy-ounce',
  'troy oz': 'troy-ounce',
  ozt: 'troy-ounce',
  'oz t': 'troy-ounce',
  // "48.6 Mt": a megatonne, as mining and emissions reports write a million tonnes (capital M only).
  mt: 'megatonne',
  megatonnes: 'megatonne',
  megatonne: 'megatonne',
  盎司: 'ounce',
  ounces: 'ounce',
  ounce: 'ounce',
  // length
  millimetres: 'millimetre',
  millimetre: 'millimetre',
  millimeters: 'millimetre',
  millimeter: 'millimetre',
  millimetern: 'millimetre',
  millimètre: 'millimetre',
  millimètres: 'millimetre',
  milímetros: 'millimetre',
  millimetri: 'millimetre',
  mm: 'millimetre',
  毫米: 'millimetre',
  centimetres: 'centimetre',
  centimetre: 'centimetre',
  centimeters: 'centimetre',
  centimeter: 'centimetre',
  zentimeter: 'centimetre',
  zentimetern: 'centimetre',
  centimètre: 'centimetre',
  centimètres: 'centimetre',
  centímetros: 'centimetre',
  centimetri: 'centimetre',
  cm: 'centimetre',
  厘米: 'centimetre',
  metres: 'metre',
  // "4440 mtrs", "300 mtr": the abbreviations travel writing uses.
  mtrs: 'metre',
  mtr: 'metre',
  metre: 'metre',
  meters: 'metre',
  meter: 'metre',
  metern: 'metre',
  mètre: 'metre',
  mètres: 'metre',
  metro: 'metre',
  metros: 'metre',
  metri: 'metre',
  m: 'metre',
  米: 'metre',
  メートル: 'metre',
  미터: 'metre',
  метров: 'metre',
  метра: 'metre',
  метр: 'metre',
  kilometres: 'kilometre',
  kilometre: 'kilometre',
  kilometers: 'kilometre',
  kilometer: 'kilometre',
  kilometern: 'kilometre',
  kilomètre: 'kilometre',
  kilomètres: 'kilometre',
  kilómetro: 'kilometre',
  kilómetros: 'kilometre',
  chilometri: 'kilometre',
  km: 'kilometre',
  // "163 kms": the plural of the symbol, common in Indian and British travel writing.
  kms: 'kilometre',
  kmtrs: 'kilometre',
  公里: 'kilometre',
  千米: 'kilometre',
  キロメートル: 'kilometre',
  킬로미터: 'kilometre',
  километров: 'kilometre',
  километра: 'kilometre',
  километр: 'kilometre',
  // area
  'square metres': 'square-metre',
  'square meters': 'square-metre',
  'square metre': 'square-metre',
  'square meter': 'square-metre',
  'sq m': 'square-metre',
  'sq. m': 'square-metre',
  'sq mtrs': 'square-metre',
  m2: 'square-metre',
  'm²': 'square-metre',
  '㎡': 'square-metre',
  平方米: 'square-metre',
  hectares: 'hectare',
  hectare: 'hectare',
  ha: 'hectare',
  hektar: 'hectare',
  hectáreas: 'hectare',
  hectárea: 'hectare',
  ettari: 'hectare',
  ettaro: 'hectare',
  公顷: 'hectare',
  公頃: 'hectare',
  ヘクタール: 'hectare',
  헥타르: 'hectare',
  'square kilometres': 'square-kilometre',
  'square kilometers': 'square-kilometre',
  'square kilometre': 'square-kilometre',
  'square kilometer': 'square-kilometre',
  'sq km': 'square-kilometre',
  'sq kms': 'square-kilometre',
  'sq. km': 'square-kilometre',
  'sq. kms': 'square-kilometre',
  km2: 'square-kilometre',
  'km²': 'square-kilometre',
  '㎢': 'square-kilometre',
  平方公里: 'square-kilometre',
  平方千米: 'square-kilometre',
  acres: 'acre',
  acre: 'acre',
  'square feet': 'square-foot',
  'square foot': 'square-foot',
  'sq ft': 'square-foot',
  'square miles': 'square-mile',
  'square mile': 'square-mile',
  'sq mi': 'square-mile',
  inches: 'inch',
  inch: 'inch',
  英寸: 'inch',
  吋: 'inch',
  feet: 'foot',
  foot: 'foot',
  ft: 'foot',
  fuß: 'foot',
  pieds: 'foot',
  英尺: 'foot',
  呎: 'foot',
  miles: 'mile',
  mile: 'mile',
  meilen: 'mile',
  millas: 'mile',
  miglia: 'mile',
  mi: 'mile',
  英里: 'mile',
  哩: 'mile',
  // nautical miles (1,852 m): "NM" only in capitals ("5 nm" may be a nanometre process), "nmi" in any case
  'nautical miles': 'nautical-mile',
  'nautical mile': 'nautical-mile',
  nmi: 'nautical-mile',
  nm: 'nautical-mile',
  'milles nautiques': 'nautical-mile',
  'mille nautique': 'nautical-mile',
  'millas náuticas': 'nautical-mile',
  'milla náutica': 'nautical-mile',
  'miglia nautiche': 'nautical-mile',
  seemeilen: 'nautical-mile',
  seemeile: 'nautical-mile',
  // the lengths of astronomy: "AU" only in capitals (after a figure), "light-years" with or without the hyphen
  'light-years': 'light-year',
  'light-year': 'light-year',
  'light years': 'light-year',
  'light year': 'light-year',
  au: 'astronomical-unit',
  'astronomical units': 'astronomical-unit',
  'astronomical unit': 'astronomical-unit',
  parsecs: 'parsec',
  parsec: 'parsec',
  // data (KB, MB, ... are decimal; KiB, MiB, ... binary)
  bytes: 'byte',
  byte: 'byte',
  kb: 'kilobyte',
  kilobytes: 'kilobyte',
  mb: 'megabyte',
  megabytes: 'megabyte',
  gb: 'gigabyte',
  gigabytes: 'gigabyte',
  tb: 'terabyte',
  terabytes: 'terabyte',
  pb: 'petabyte',
  petabytes: 'petabyte',
  kib: 'kibibyte',
  mib: 'mebibyte',
  gib: 'gibibyte',
  tib: 'tebibyte',
  // speed: "180 km/h" is no distance, "8 TB/s" no size
  'km/h': 'kilometre-per-hour',
  'km/hr': 'kilometre-per-hour',
  kmh: 'kilometre-per-hour',
  kph: 'kilometre-per-hour',
  kmph: 'kilometre-per-hour',
  'kilometres per hour': 'kilometre-per-hour',
  'kilometers per hour': 'kilometre-per-hour',
  'kilometres an hour': 'kilometre-per-hour',
  'kilometers an hour': 'kilometre-per-hour',
  'kilómetros por hora': 'kilometre-per-hour',
  'kilomètres par heure': 'kilometre-per-hour',
  'km/std': 'kilometre-per-hour',
  'km per hour': 'kilometre-per-hour',
  'km an hour': 'kilometre-per-hour',
  公里每小时: 'kilometre-per-hour',
  '公里/小时': 'kilometre-per-hour',
  '公里/小時': 'kilometre-per-hour',
  mph: 'mile-per-hour',
  'miles per hour': 'mile-per-hour',
  'miles an hour': 'mile-per-hour',
  'm/s': 'metre-per-second',
  'm/sec': 'metre-per-second',
  'metres per second': 'metre-per-second',
  'meters per second': 'metre-per-second',
  'metres a second': 'metre-per-second',
  'meters a second': 'metre-per-second',
  // the speeds of spaceflight: "19 km/s" is no distance of 19 km
  'km/s': 'kilometre-per-second',
  'km/sec': 'kilometre-per-second',
  'km per second': 'kilometre-per-second',
  'km a second': 'kilometre-per-second',
  'kilometres per second': 'kilometre-per-second',
  'kilometers per second': 'kilometre-per-second',
  'kilometres a second': 'kilometre-per-second',
  'kilometers a second': 'kilometre-per-second',
  'mi/s': 'mile-per-second',
  'miles per second': 'mile-per-second',
  'miles a second': 'mile-per-second',
  knots: 'knot',
  knot: 'knot',
  knoten: 'knot',
  nœuds: 'knot',
  noeuds: 'knot',
  nudos: 'knot',
  nodi: 'knot',
  // data per second
  'kb/s': 'kilobyte-per-second',
  'mb/s': 'megabyte-per-second',
  'gb/s': 'gigabyte-per-second',
  'tb/s': 'terabyte-per-second',
  'gb/sec': 'gigabyte-per-second',
  'tb/sec': 'terabyte-per-second',
  'megabytes per second': 'megabyte-per-second',
  'gigabytes per second': 'gigabyte-per-second',
  'terabytes per second': 'terabyte-per-second',
  // computing speed (floating-point operations per second)
  flops: 'flops',
  gflops: 'gigaflops',
  gigaflops: 'gigaflops',
  tflops: 'teraflops',
  teraflops: 'teraflops',
  teraflop: 'teraflops',
  pflops: 'petaflops',
  petaflops: 'petaflops',
  petaflop: 'petaflops',
  eflops: 'exaflops',
  exaflops: 'exaflops',
  exaflop: 'exaflops',
  // as Korean and Japanese write them ("4.5페타플롭스", "1980テラフロップス")
  테라플롭스: 'teraflops',
  페타플롭스: 'petaflops',
  엑사플롭스: 'exaflops',
  テラフロップス: 'teraflops',
  ペタフロップス: 'petaflops',
  エクサフロップス: 'exaflops',
};

/**
 * Built-in unit words read only with a space before them: glued to the digits they are names or
 * other things ("5G" is a network, "80GB" names a GPU variant, "1990s" a decade).
 */
export const SPACED_ONLY_UNIT_WORDS: ReadonlySet<string> = new Set(['g', 'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'm', 't', 'mi', 'nm', 'nmi', 'ch', 'cv', 'pk', 'hk']);

/**
 * Words of a length of time in Japanese and Korean read only where a pack's attribute is measured in time ("上映時間は118分",
 * "121분", "2時間", "2시간"): elsewhere 分 is also a share or a score, and 時間 a word of many compounds.
 */
export const DURATION_WORDS_WHERE_TIMED: Readonly<Record<string, string>> = { 分: 'minute', 分間: 'minute', 분: 'minute', 時間: 'hour', 시간: 'hour' };

/**
 * Single-letter unit words match only in this case: "5 m" is metres but "5 M" is a million, "1.5 t"
 * tonnes but "1.5 T" a trillion, "5 W" watts; "400 ms" milliseconds but "400 MS" no unit; "5.2 AU" astronomical units.
 */
export const UNIT_WORD_CASE: Readonly<Record<string, string>> = { m: 'm', t: 't', g: 'g', h: 'h', w: 'W', mt: 'Mt', ms: 'ms', ns: 'ns', nm: 'NM', au: 'AU' };

/**
 * Units read only after a number written in Chinese numerals ("三年", "两个月"): after digits they are
 * dates ("2024年") or too loose ("最近3天").
 */
export const CJK_NUMERAL_UNIT_WORDS: Readonly<Record<string, string>> = {
  年: 'year',
  个月: 'month',
  個月: 'month',
  天: 'day',
  周: 'week',
  週: 'week',
};

/**
 * Chinese measure words (classifiers) that stand between a number and what it counts ("1.2万张卡",
 * "三台服务器"). A number in Chinese numerals is read only before one of these or a unit.
 */
export const CJK_MEASURE_WORDS: ReadonlySet<string> = new Set([
  '个', '個', '张', '張', '台', '块', '塊', '家', '名', '位', '颗', '顆', '枚', '款', '部', '篇', '条', '條', '项', '項',
  '次', '只', '件', '套', '辆', '輛', '架', '艘', '座', '所', '层', '層', '支', '种', '種', '轮', '輪', '场', '場', '届', '屆', '组', '組',
]);

/** Unit abbreviations accepted only when glued to the digits ("3pp"): spaced, they are too ambiguous. */
export const GLUED_UNIT_WORDS: Readonly<Record<string, string>> = {
  pp: PERCENTAGE_POINT,
  // "9.6p a share": pence, where the text also writes the pound (numbers.ts), not "1080p".
  p: 'penny',
};

/** Ordinal endings allowed after a fraction ("1/10th", "1/3rd"). Elsewhere an ordinal is not a quantity. */
export const FRACTION_ORDINALS: ReadonlySet<string> = new Set(['th', 'ths', 'rd', 'rds', 'nd', 'nds']);

// ---------------------------------------------------------------------------------------------
// Conversions

/** A unit's dimension and how many base units one of it is worth: `factor` = num / den, exactly. */
export interface UnitConversion {
  dimension: string;
  /** Base units per one of this unit (num / den). */
  factor: number;
  num: number;
  den: number;
}

const unit = (dimension: string, num: number, den = 1): UnitConversion => ({ dimension, factor: num / den, num, den });

/**
 * Units that convert within a dimension, by canonical unit name. Base units are the smallest common
 * unit of each dimension (but time): time in seconds (a millisecond a thousandth, a year is 365 days, a month a twelfth of that), mass in
 * milligrams (the avoirdupois pound and ounce), length in millimetres, data in bytes (KB decimal, KiB
 * binary), power in watts (mechanical horsepower 745.7 W, metric 735.5 W), energy in watt-hours, frequency in hertz, charge in milliampere-hours,
 * speed in metres per hour (km/h, mph, m/s, km/s, mi/s, knots), data per second in bytes per second, computing speed in FLOPS.
 * Factors are kept as whole-number fractions so that conversions round once ("12 inches" is exactly
 * "1 foot"). Currencies never convert; "ton" (short, long or metric) is not listed, nor are counts
 * (people, GPUs, tokens).
 */
export const UNIT_CONVERSIONS: Readonly<Record<string, UnitConversion>> = {
  nanosecond: unit('time', 1, 1e9),
  microsecond: unit('time', 1, 1e6),
  millisecond: unit('time', 1, 1000),
  second: unit('time', 1),
  minute: unit('time', 60),
  hour: unit('time', 3600),
  day: unit('time', 86_400),
  week: unit('time', 604_800),
  month: unit('time', 2_628_000),
  year: unit('time', 31_536_000),
  milligram: unit('mass', 1),
  gram: unit('mass', 1000),
  kilogram: unit('mass', 1e6),
  tonne: unit('mass', 1e9),
  pound: unit('mass', 45_359_237, 100),
  ounce: unit('mass', 45_359_237, 1600),
  'troy-ounce': unit('mass', 311_034_768, 10_000),
  megatonne: unit('mass', 1e15),
  millimetre: unit('length', 1),
  centimetre: unit('length', 10),
  metre: unit('length', 1000),
  kilometre: unit('length', 1e6),
  inch: unit('length', 254, 10),
  'square-metre': unit('area', 1),
  hectare: unit('area', 10_000),
  'square-kilometre': unit('area', 1e6),
  acre: unit('area', 40_468_564_224, 10_000_000),
  'square-foot': unit('area', 9_290_304, 100_000_000),
  'square-mile': unit('area', 2_589_988_110_336, 1_000_000),
  foot: unit('length', 3048, 10),
  mile: unit('length', 1_609_344),
  'nautical-mile': unit('length', 1_852_000),
  'astronomical-unit': unit('length', 149_597_870_700_000),
  'light-year': unit('length', 9_460_730_472_580_800_000),
  parsec: unit('length', 30_856_775_814_913_673_000),
  byte: unit('data', 1),
  kilobyte: unit('data', 1e3),
  megabyte: unit('data', 1e6),
  gigabyte: unit('data', 1e9),
  terabyte: unit('data', 1e12),
  petabyte: unit('data', 1e15),
  kibibyte: unit('data', 1024),
  mebibyte: unit('data', 1024 ** 2),
  gibibyte: unit('data', 1024 ** 3),
  tebibyte: unit('data', 1024 ** 4),
  watt: unit('power', 1),
  kilowatt: unit('power', 1e3),
  megawatt: unit('power', 1e6),
  gigawatt: unit('power', 1e9),
  horsepower: unit('power', 745_699_872, 1_000_000),
  'metric-horsepower': unit('power', 73_549_875, 100_000),
  'watt-hour': unit('energy', 1),
  'kilowatt-hour': unit('energy', 1e3),
  'megawatt-hour': unit('energy', 1e6),
  'gigawatt-hour': unit('energy', 1e9),
  'terawatt-hour': unit('energy', 1e12),
  hertz: unit('frequency', 1),
  kilohertz: unit('frequency', 1e3),
  megahertz: unit('frequency', 1e6),
  gigahertz: unit('frequency', 1e9),
  'milliampere-hour': unit('charge', 1),
  'ampere-hour': unit('charge', 1000),
  'metre-per-hour': unit('speed', 1),
  'kilometre-per-hour': unit('speed', 1000),
  'mile-per-hour': unit('speed', 1_609_344, 1000),
  'metre-per-second': unit('speed', 3600),
  'kilometre-per-second': unit('speed', 3_600_000),
  'mile-per-second': unit('speed', 5_793_638_400, 1000),
  knot: unit('speed', 1852),
  'byte-per-second': unit('data-rate', 1),
  'kilobyte-per-second': unit('data-rate', 1e3),
  'megabyte-per-second': unit('data-rate', 1e6),
  'gigabyte-per-second': unit('data-rate', 1e9),
  'terabyte-per-second': unit('data-rate', 1e12),
  flops: unit('compute', 1),
  gigaflops: unit('compute', 1e9),
  teraflops: unit('compute', 1e12),
  petaflops: unit('compute', 1e15),
  exaflops: unit('compute', 1e18),
};

/** The base unit of each dimension (the unit whose factor is 1). */
const BASE_UNITS: ReadonlyMap<string, string> = new Map(
  Object.entries(UNIT_CONVERSIONS)
    .filter(([, c]) => c.factor === 1)
    .map(([name, c]) => [c.dimension, name]),
);

const conversionOf = (name: string): UnitConversion | undefined =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(UNIT_CONVERSIONS, name) ? UNIT_CONVERSIONS[name] : undefined;

/** The dimension of a canonical unit ('time', 'mass', ...), or undefined when it converts to no other unit. */
export function dimensionOf(name: string): string | undefined {
  return conversionOf(name)?.dimension;
}

/** Units of shares, scores and ratios, and of dates: not counts of things. */
const NOT_COUNTS = new Set(['', 'percent', 'score', 'ratio', 'date', PERCENTAGE_POINT, BASIS_POINT]);

/**
 * Whether a pack unit counts whole things (deaths, participants, stars): no dimension to convert in, no
 * currency, no share, score or ratio.
 */
export function isCountUnit(unit: string): boolean {
  const canonical = canonicalUnit(unit);
  return !NOT_COUNTS.has(canonical) && !CURRENCY_CODES.has(canonical) && dimensionOf(canonical) === undefined;
}

/** Every unit the number grammar itself writes figures in. */
let builtinUnits: ReadonlySet<string> | undefined;

/** Whether a pack unit is a count the pack names itself ("deaths", "injured", "participants"), not one the grammar writes. */
function isNamedCount(unit: string): boolean {
  builtinUnits ??= new Set(Object.values(UNIT_WORDS));
  return isCountUnit(unit) && !builtinUnits.has(canonicalUnit(unit));
}

/**
 * Whether an attribute in `attributeUnit` takes, as they are, figures written in `unit`, which converts to it in no
 * dimension: a percentage as a score, and people counted ("1,240 people") as a count the pack names ("injured").
 */
export function takesAsWritten(attributeUnit: string, unit: string): boolean {
  return (unit === PERCENT && attributeUnit === 'score') || (unit === 'person' && isNamedCount(attributeUnit));
}

/** The base unit of a unit's dimension ('second' for 'year'), or undefined when it has none. */
export function baseUnitOf(name: string): string | undefined {
  const c = conversionOf(name);
  return c ? BASE_UNITS.get(c.dimension) : undefined;
}

/** v × num / den: one product and one quotient, each rounded once. */
function scale(v: number | null, num: number, den: number): number | null {
  if (v === null) return null;
  return (v * num) / den;
}

/**
 * The quantity in the base unit of its dimension ("2 years" → 63,072,000 second; "1.5 t" →
 * 1,500,000,000 milligram): min and max scaled, text kept. A unit without a dimension is returned as is.
 */
export function toBaseUnit(q: Quantity): Quantity {
  const c = conversionOf(q.unit);
  if (!c) return { ...q };
  return { ...q, min: scale(q.min, c.num, c.den), max: scale(q.max, c.num, c.den), unit: BASE_UNITS.get(c.dimension)! };
}

/**
 * The quantity in `unit` ("730 days" in 'year' → 2), or undefined when the two units do not share a
 * dimension. The same unit gives the quantity unchanged.
 */
export function convertQuantity(q: Quantity, to: string): Quantity | undefined {
  if (q.unit === to) return { ...q };
  const a = conversionOf(q.unit);
  const b = conversionOf(to);
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  // from → base → to: × (a.num / a.den) × (b.den / b.num), as one fraction.
  const num = a.num * b.den;
  const den = a.den * b.num;
  return { ...q, min: scale(q.min, num, den), max: scale(q.max, num, den), unit: to };
}

// ---------------------------------------------------------------------------------------------
// Unit names as packs write them

/**
 * Canonical names found so far: every figure is compared with every quantity attribute's unit, so the
 * same few names come back thousands of times an article. The answer depends on the name alone (the
 * tables are constant). Emptied when it grows large.
 */
const canonicalNames = new Map<string, string>();
const MAX_CANONICAL_NAMES = 10_000;

/** The grammar's canonical name for a unit as a pack or a text writes it: "mAh" → milliampere-hour, "x" → ratio, "W" → watt. */
export function canonicalUnit(unit: string): string {
  if (unit === '') return unit;
  let canonical = canonicalNames.get(unit);
  if (canonical === undefined) {
    canonical = readCanonicalUnit(unit);
    if (canonicalNames.size >= MAX_CANONICAL_NAMES) canonicalNames.clear();
    canonicalNames.set(unit, canonical);
  }
  return canonical;
}

/** Symbols a pack may name its unit by that the text is not read for ("5 s" is too often no time): `unit: s` is seconds. */
const UNIT_SYMBOLS: Readonly<Record<string, string>> = { s: 'second', sec: 'second', secs: 'second', min: 'minute', mins: 'minute', hr: 'hour', hrs: 'hour' };

function readCanonicalUnit(unit: string): string {
  if (UNIT_CONVERSIONS[unit] || unit === PERCENT || unit === RATIO) return unit;
  const lower = unit.toLowerCase();
  if (UNIT_SYMBOLS[lower] && !UNIT_WORDS[lower]) return UNIT_SYMBOLS[lower];
  if (RATIO_SUFFIXES.has(lower)) return RATIO;
  if (lower === '%') return PERCENT;
  const named = UNIT_WORDS[lower] ?? UNIT_WORDS[unit];
  if (named !== undefined) return named;
  // "mg/kg", "milligram/kilogram": a ratio of two units (a figure's, see ratioUnits in numbers.ts, or a pack's), each part by its name.
  const parts = unit.split('/');
  return parts.length === 2 && parts[0] !== '' && parts[1] !== '' ? parts.map(readCanonicalUnit).join('/') : unit;
}

/** Whether two unit names name one unit ("mAh" and "milliampere-hour", "x" and "ratio"). */
export const sameUnit = (a: string, b: string) => a === b || canonicalUnit(a) === canonicalUnit(b);

/**
 * Whether a figure in unit `from` can be given in `unit` (inUnit gives a quantity): the same unit, or two
 * units of one dimension. Answered without making the quantity, for callers that only ask.
 */
export function convertible(from: string, unit: string): boolean {
  if (sameUnit(from, unit)) return true;
  const a = conversionOf(canonicalUnit(from));
  const b = conversionOf(canonicalUnit(unit));
  return a !== undefined && b !== undefined && a.dimension === b.dimension;
}

/** A figure in a pack attribute's unit: the same unit renamed, or converted within its dimension ("1.5 t" → 1,500 kg); undefined when it cannot be. */
export function inUnit(q: Quantity, unit: string): Quantity | undefined {
  if (sameUnit(q.unit, unit)) return { ...q, unit };
  const converted = convertQuantity({ ...q, unit: canonicalUnit(q.unit) }, canonicalUnit(unit));
  return converted ? { ...converted, unit } : undefined;
}

/** How a report writes the units of measurement, by canonical name. */
const REPORT_SYMBOLS: Readonly<Record<string, string>> = {
  nanosecond: 'ns', microsecond: 'µs', millisecond: 'ms', second: 's', minute: 'min', hour: 'h', day: 'days', week: 'weeks', month: 'months', year: 'years',
  milligram: 'mg', gram: 'g', kilogram: 'kg', tonne: 't', pound: 'lb', ounce: 'oz', 'troy-ounce': 'oz t', megatonne: 'Mt',
  millimetre: 'mm', centimetre: 'cm', metre: 'm', kilometre: 'km', inch: 'in', foot: 'ft', mile: 'mi', 'nautical-mile': 'nmi', 'astronomical-unit': 'AU', 'light-year': 'ly', parsec: 'pc',
  'square-metre': 'm²', hectare: 'ha', 'square-kilometre': 'km²', acre: 'acres', 'square-foot': 'sq ft', 'square-mile': 'sq mi',
  byte: 'B', kilobyte: 'KB', megabyte: 'MB', gigabyte: 'GB', terabyte: 'TB', petabyte: 'PB',
  watt: 'W', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW', horsepower: 'hp', 'metric-horsepower': 'PS',
  'watt-hour': 'Wh', 'kilowatt-hour': 'kWh', 'megawatt-hour': 'MWh', 'gigawatt-hour': 'GWh', 'terawatt-hour': 'TWh',
  hertz: 'Hz', kilohertz: 'kHz', megahertz: 'MHz', gigahertz: 'GHz', 'milliampere-hour': 'mAh', 'ampere-hour': 'Ah',
  'kilometre-per-hour': 'km/h', 'mile-per-hour': 'mph', 'metre-per-second': 'm/s',
  'kilometre-per-second': 'km/s', 'mile-per-second': 'mi/s',
};

/** The symbol a report writes a unit of measurement with ("metre" → "m"), if it has one. */
export const unitSymbol = (canonical: string): string | undefined => REPORT_SYMBOLS[canonical];

/** The currencies a word "dollar" may name: a pack in one of them may read its pages' "dollars" as its own. */
const DOLLAR_CODES: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'TWD', 'MXN']);

/**
 * The currency a word names for the grammar ("yuan", "元", "万元" with its Chinese scale, "euros"), when that currency is
 * not `unit` (a pack's money attribute): a figure written with it is in that currency, whatever the pack lists, for a
 * currency is a unit of its own and is never converted. A word "dollar" may name any dollar: undefined for `unit` a dollar.
 */
export function otherCurrencyOfWord(word: string, unit: string): string | undefined {
  const own = canonicalUnit(unit);
  if (!CURRENCY_CODES.has(own)) return undefined;
  let key = word.trim().toLowerCase();
  while (key.length > 1 && CJK_SCALES.has(key[0]!)) key = key.slice(1);
  const named = UNIT_WORDS[key] ?? CURRENCY_PREFIXES[key];
  if (named === undefined || !CURRENCY_CODES.has(named) || named === own) return undefined;
  if (named === 'USD' && DOLLAR_CODES.has(own) && !/^us/u.test(key)) return undefined;
  return named;
}
