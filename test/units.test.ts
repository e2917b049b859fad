// Units: the built-in unit words after numbers, callers' words winning, and conversions within a
// dimension ("2 years" = "730 days", "1.5 t" = "1,500 kg"), with a round-trip property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, metresNotMillions, parseQuantity, wholeCount } from '../src/normalise/numbers.js';
import { baseUnitOf, convertQuantity, dimensionOf, isCountUnit, toBaseUnit, UNIT_CONVERSIONS } from '../src/normalise/units.js';
import type { Quantity } from '../src/types.js';
import { describeQuantity } from '../src/rules/describe.js';
import { interval } from '../src/rules/numeric-mismatch.js';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

function Q(min: number | null, max: number | null, unit: string, approx: boolean, text: string): Quantity {
  return { kind: 'quantity', min, max, unit, approx, text };
}
const unitOf = (text: string, units?: Record<string, string>) => parseQuantity(text, units)?.unit;

describe('unit words after numbers', () => {
  it('reads time, mass, length, data, power, energy, frequency and charge', () => {
    const cases: Array<[string, string]> = [
      ['2 years', 'year'], ['730 days', 'day'], ['3 weeks', 'week'], ['18 months', 'month'], ['90 minutes', 'minute'],
      ['24 h', 'hour'], ['24h', 'hour'], ['10 seconds', 'second'], ['1.5 t', 'tonne'], ['1,500 kg', 'kilogram'],
      ['3 tonnes', 'tonne'], ['233 g', 'gram'], ['233 grams', 'gram'], ['6.95 oz', 'ounce'], ['5 lbs', 'pound'],
      ['300 mg', 'milligram'], ['7.6 mm', 'millimetre'], ['15 cm', 'centimetre'], ['100 m', 'metre'], ['5 km', 'kilometre'],
      ['6.8 inches', 'inch'], ['6.8-inch', 'inch'], ['10 ft', 'foot'], ['26 miles', 'mile'], ['256 GB', 'gigabyte'],
      ['16 GiB', 'gibibyte'], ['1 TB', 'terabyte'], ['25W', 'watt'], ['45 W', 'watt'], ['5 kWh', 'kilowatt-hour'],
      ['3.2 GHz', 'gigahertz'], ['5000mAh', 'milliampere-hour'], ['5,000 mAh', 'milliampere-hour'],
      ['2.788M GPU hours', 'gpu-hour'], ['35万GPU小时', 'gpu-hour'], ['35 万 GPU 小时', 'gpu-hour'], ['12万卡时', 'gpu-hour'], ['3小时', 'hour'], ['5公里', 'kilometre'], ['5千克', 'kilogram'], ['3吨', 'tonne'],
      ['100 rupees', 'INR'], ['₹100', 'INR'], ['250bhp', 'horsepower'], ['201 hp', 'horsepower'], ['204 PS', 'metric-horsepower'],
      ['300 ch', 'metric-horsepower'], ['204 CV', 'metric-horsepower'], ['300马力', 'metric-horsepower'], ['204 chevaux', 'metric-horsepower'],
      ['204 caballos', 'metric-horsepower'], ['204 Pferdestärken', 'metric-horsepower'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
  });

  it('reads them in German, French, Spanish and Italian too, but not words English also has ("ore", "pies", "an")', () => {
    const cases: Array<[string, string]> = [
      ['250 Meter', 'metre'], ['15 Metern', 'metre'], ['250 mètres', 'metre'], ['250 metros', 'metre'], ['250 metri', 'metre'],
      ['540 Kilometern', 'kilometre'], ['25 kilomètres', 'kilometre'], ['12 kilómetros', 'kilometre'], ['48 Zentimeter', 'centimetre'],
      ['75 Kilogramm', 'kilogram'], ['3 toneladas', 'tonne'], ['35 Sekunden', 'second'], ['4 minutos', 'minute'], ['3 heures', 'hour'],
      ['10 Tage', 'day'], ['5 días', 'day'], ['2 semaines', 'week'], ['6 Monaten', 'month'], ['31 años', 'year'], ['2 ans', 'year'],
      ['3 Jahre', 'year'], ['912 pieds', 'foot'], ['30 millas', 'mile'], ['11 Knoten', 'knot'], ['11 nudos', 'knot'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
    for (const text of ['5 ore', '3 pies', '1 an']) expect(unitOf(text), text).not.toMatch(/hour|foot|year/u);
  });

  it('reads feet, miles, inches and ounces as Chinese writes them ("870英尺", "300呎", "5英里", "6.1吋", "8盎司")', () => {
    const cases: Array<[string, string]> = [['870英尺', 'foot'], ['300呎', 'foot'], ['5英里', 'mile'], ['12哩', 'mile'], ['6.1吋', 'inch'], ['8盎司', 'ounce']];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
  });

  it('keeps glued names and networks out: "5G", "80GB", "1990s"; single letters in their case only', () => {
    expect(findQuantities('5G phones, an 80GB card, the 1990s')).toEqual([]);
    expect(unitOf('5 M tokens')).toBe('token');
    expect(unitOf('1.5 T')).toBe('');
    expect(unitOf('5 w')).toBe('');
    expect(unitOf('$5 m')).toBe('USD');
  });

  it("lets the caller's word win a tie and the longest phrase win otherwise", () => {
    expect(unitOf('5 kg', { kg: 'kilo' })).toBe('kilo');
    expect(unitOf('4,096 GPU hours', { gpu: 'gpu', gpus: 'gpu' })).toBe('gpu-hour');
    expect(unitOf('4,096 GPUs', { gpu: 'gpu', gpus: 'gpu' })).toBe('gpu');
  });

  it('does not reach across names for a short built-in unit', () => {
    expect(unitOf('3 Model T')).toBe('');
    expect(unitOf('3 Acme kg')).toBe('');
  });
});

describe('dimensions and conversions', () => {
  it('gives each convertible unit its dimension, and none to currencies and counts', () => {
    expect(['year', 'day', 'tonne', 'kilogram', 'inch', 'kilometre', 'gigabyte', 'gibibyte', 'kilowatt', 'kilowatt-hour', 'gigahertz', 'milliampere-hour'].map(dimensionOf)).toEqual([
      'time', 'time', 'mass', 'mass', 'length', 'length', 'data', 'data', 'power', 'energy', 'frequency', 'charge',
    ]);
    expect(['USD', 'INR', 'person', 'gpu', 'percent', 'ratio', '', 'toString', 'ton'].map(dimensionOf)).toEqual(Array(9).fill(undefined));
    expect(['year', 'tonne', 'inch', 'gibibyte', 'USD'].map(baseUnitOf)).toEqual(['second', 'milligram', 'millimetre', 'byte', undefined]);
  });

  it('makes "2 years" equal "730 days" and "1.5 t" equal "1,500 kg" in base units', () => {
    const base = (text: string) => {
      const b = toBaseUnit(parseQuantity(text)!);
      return [b.min, b.max, b.unit];
    };
    expect(base('2 years')).toEqual(base('730 days'));
    expect(base('1.5 t')).toEqual(base('1,500 kg'));
    expect(base('1.5 t')).toEqual([1.5e9, 1.5e9, 'milligram']);
    expect(base('1 KiB')).toEqual([1024, 1024, 'byte']);
    expect(base('over 3 GHz')).toEqual([3e9, null, 'hertz']);
    expect(toBaseUnit(Q(5, 5, 'USD', false, '$5'))).toEqual(Q(5, 5, 'USD', false, '$5'));
  });

  it('converts horsepower, mechanical and metric, to kilowatts: "150 kW", "204 PS" and "201 bhp" are one engine', () => {
    const kw = (text: string) => convertQuantity(parseQuantity(text)!, 'kilowatt')!.min!;
    expect(Math.abs(kw('204 PS') - 150.04)).toBeLessThan(0.01);
    expect(Math.abs(kw('201 bhp') - 149.89)).toBeLessThan(0.01);
    expect(kw('150 kW')).toBe(150);
  });

  it('reads speeds, data per second and computing speed as their own dimensions: "180 km/h" is no distance, "2.4 TB/s" no size', () => {
    const cases: Array<[string, string]> = [
      ['180 km/h', 'kilometre-per-hour'], ['110 mph', 'mile-per-hour'], ['230 kph', 'kilometre-per-hour'], ['50 m/s', 'metre-per-second'],
      ['30 knots', 'knot'], ['100 kilometres per hour', 'kilometre-per-hour'], ['2.4 TB/s', 'terabyte-per-second'], ['700 GB/s', 'gigabyte-per-second'],
      ['30 petaFLOPS', 'petaflops'], ['7,000 TFLOPS', 'teraflops'], ['2.6 exaFLOPS', 'exaflops'], ['5 km', 'kilometre'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
    const to = (text: string, unit: string) => Number(convertQuantity(parseQuantity(text)!, unit)!.min!.toPrecision(6));
    expect(to('160.9344 km/h', 'mile-per-hour')).toBe(100);
    expect(to('7,000 TFLOPS', 'petaflops')).toBe(7);
    expect(to('2.6 exaFLOPS', 'petaflops')).toBe(2600);
    expect(to('700 GB/s', 'terabyte-per-second')).toBe(0.7);
    expect(convertQuantity(parseQuantity('180 km/h')!, 'kilometre')).toBeUndefined();
    // A message shows a converted figure to four significant digits, a written one as written.
    expect(describeQuantity(convertQuantity(parseQuantity('about 180 km/h')!, 'mile-per-hour')!)).toBe('~111.8');
    expect(describeQuantity(parseQuantity('1,604.37 kg')!)).toBe('1,604.37');
  });

  it('reads a rate\'s unit glued to the digits whole ("185km/h" is no distance), and no figure for a rate it does not know', () => {
    const read = (text: string) => findQuantities(text).map((m) => [m.quantity.text, m.quantity.unit]);
    expect(read('a top speed of 185km/h and 6TB/s')).toEqual([['185km/h', 'kilometre-per-hour'], ['6TB/s', 'terabyte-per-second']]);
    expect(read('a top speed of 185 kmph')).toEqual([['185 kmph', 'kilometre-per-hour']]);
    expect(read('it covers 10km/day')).toEqual([]);
    expect(read('a 3km walk')).toEqual([['3km', 'kilometre']]);
  });

  it('gives a figure in whole units with no scale its rounding ("6 TB/s" may be 6.4), a scaled one at most 7.5% ("2 trillion" is not 1.5)', () => {
    const range = (text: string) => interval(parseQuantity(text)!).map((n) => Number(n.toPrecision(6)));
    expect(range('6 TB/s')).toEqual([5.5, 6.5]);
    expect(range('2 trillion')).toEqual([1.85e12, 2.15e12]);
    expect(range('6.35 TB/s')).toEqual([6.345, 6.355]);
  });

  it('holds a figure to the digits it writes, lets zeros ending a whole number round (at most 2.5%) and a long whole number be cut short', () => {
    const range = (text: string) => interval(parseQuantity(text)!).map((n) => Number(n.toPrecision(7)));
    expect(range('3,417 kg')).toEqual([3416.5, 3418]);
    expect(range('1604 kg')).toEqual([1603.5, 1605]);
    expect(range('$57.23')).toEqual([57.225, 57.235]);
    expect(range('1,750 kg')).toEqual([1741.25, 1758.75]);
    expect(range('470 g')).toEqual([465, 475]);
    expect(range('28,000 GPUs')).toEqual([27500, 28500]);
    expect(range('5,000 mAh')).toEqual([4875, 5125]);
    expect(range('40 GPUs')).toEqual([39.5, 40.5]);
    expect(range('2,470 ppi')).toEqual([2457.65, 2482.35]);
    expect(range('11 goals')).toEqual([10.5, 11.5]);
  });

  it('lets a scaled whole number of two or three digits be cut short ("46B" for 46.7B), not a one-digit one nor one with decimals', () => {
    const range = (text: string) => interval(parseQuantity(text)!).map((n) => Number(n.toPrecision(7)));
    expect(range('46B')).toEqual([45.5e9, 47e9]);
    expect(range('46 billion')).toEqual([45.5e9, 47e9]);
    expect(range('$13B')).toEqual([12.5e9, 14e9]);
    expect(range('2 trillion')).toEqual([1.85e12, 2.15e12]);
    expect(range('46.7B')).toEqual([46.65e9, 46.75e9]);
    expect(range('46 kg')).toEqual([45.5, 46.5]);
    expect(range('46 m')).toEqual([45.5, 46.5]);
  });

  it('reads areas (hectares, acres, km², square feet) and converts them, and tonnes as Japanese, Korean and Russian write them', () => {
    const cases: Array<[string, string]> = [
      ['48,200 hectares', 'hectare'], ['96 ha', 'hectare'], ['5.000 hectáreas', 'hectare'], ['119,000 acres', 'acre'], ['50 km²', 'square-kilometre'],
      ['32 sq km', 'square-kilometre'], ['700 m²', 'square-metre'], ['5,000 square feet', 'square-foot'],
      ['12公顷', 'hectare'], ['21トン', 'tonne'], ['3톤', 'tonne'], ['6 тонн', 'tonne'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
    expect(dimensionOf('acre')).toBe('area');
    expect(convertQuantity(Q(100, 100, 'hectare', false, '100 ha'), 'square-kilometre')).toEqual(Q(1, 1, 'square-kilometre', false, '100 ha'));
    expect(Math.round(convertQuantity(Q(96, 96, 'hectare', false, '96 ha'), 'acre')!.min!)).toBe(237);
    // Spanish and Italian "ha" (has) before a participle is the verb.
    expect(unitOf('300 ha')).toBe('hectare');
    expect(findQuantities('unos 2.000 ha quemado').map((m) => m.quantity.unit)).toEqual(['']);
    expect(findQuantities('Nel 2024 ne ha già bruciati 300').map((m) => m.quantity.unit)).toEqual(['', '']);
    expect(findQuantities('8 HA nodes').map((m) => m.quantity.unit)).toEqual(['']);
  });

  it('reads the plural and abbreviated spellings of lengths and areas that travel writing uses ("kms", "mtrs", "km2", "sq kms")', () => {
    const cases: Array<[string, string]> = [
      ['163 kms', 'kilometre'], ['15 Kms', 'kilometre'], ['4440 mtrs', 'metre'], ['300 mtr', 'metre'], ['12 kmtrs', 'kilometre'],
      ['50 km2', 'square-kilometre'], ['32 sq kms', 'square-kilometre'], ['32 sq. km', 'square-kilometre'], ['700 m2', 'square-metre'],
      ['700 sq mtrs', 'square-metre'], ['3 hrs', 'hour'], ['45 mins', 'minute'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
    expect(findQuantities('Halvik is about 15 kms from Velmora.').map((m) => [m.quantity.min, m.quantity.unit])).toEqual([[15, 'kilometre']]);
  });

  it('reads metres, kilometres and kilograms as Japanese, Korean and Russian write them', () => {
    const cases: Array<[string, string]> = [
      ['2150メートル', 'metre'], ['5400キロメートル', 'kilometre'], ['30キログラム', 'kilogram'],
      ['2,150미터', 'metre'], ['3,200 킬로미터', 'kilometre'], ['30킬로그램', 'kilogram'],
      ['2150 метров', 'metre'], ['5400 километров', 'kilometre'], ['30 килограммов', 'kilogram'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
  });

  it('reads computing speed as Korean and Japanese write it', () => {
    const cases: Array<[string, string]> = [
      ['4.5페타플롭스', 'petaflops'], ['1,980 테라플롭스', 'teraflops'], ['1.2엑사플롭스', 'exaflops'],
      ['4.5ペタフロップス', 'petaflops'], ['1980テラフロップス', 'teraflops'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
  });

  it('reads nautical miles as a length ("2,810 nmi", "2,810 NM", "milles nautiques", "millas náuticas"), 1 nmi = 1,852 m; "5 nm" stays no unit', () => {
    const cases: Array<[string, string]> = [
      ['2,810 nmi', 'nautical-mile'], ['2,810 NM', 'nautical-mile'], ['2,810 nautical miles', 'nautical-mile'], ['1 nautical mile', 'nautical-mile'],
      ['2810 milles nautiques', 'nautical-mile'], ['2810 millas náuticas', 'nautical-mile'], ['100 Seemeilen', 'nautical-mile'],
    ];
    for (const [text, unit] of cases) expect(unitOf(text), text).toBe(unit);
    expect(unitOf('5 nm')).not.toBe('nautical-mile');
    expect(dimensionOf('nautical-mile')).toBe('length');
    expect(convertQuantity(parseQuantity('100 nmi')!, 'kilometre')!.min).toBeCloseTo(185.2, 9);
  });

  it('converts between units of one dimension, and refuses others', () => {
    expect(convertQuantity(Q(730, 730, 'day', false, '730 days'), 'year')).toEqual(Q(2, 2, 'year', false, '730 days'));
    expect(convertQuantity(Q(null, 12, 'inch', true, 'under 12 inches'), 'foot')).toEqual(Q(null, 1, 'foot', true, 'under 12 inches'));
    expect(convertQuantity(Q(5, 5, 'kilogram', false, '5 kg'), 'metre')).toBeUndefined();
    expect(convertQuantity(Q(5, 5, 'USD', false, '$5'), 'EUR')).toBeUndefined();
    expect(convertQuantity(Q(5, 5, 'USD', false, '$5'), 'USD')).toEqual(Q(5, 5, 'USD', false, '$5'));
  });

  it('round-trips every conversion within a dimension', () => {
    const units = Object.keys(UNIT_CONVERSIONS);
    const pairs = units.flatMap((a) => units.filter((b) => dimensionOf(a) === dimensionOf(b)).map((b) => [a, b] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1, 4, 10, 1000, 3), fc.boolean(), ([from, to], n, d, open) => {
        const v = n / d;
        const q = Q(v, open ? null : v, from, false, 'x');
        const there = convertQuantity(q, to)!;
        const back = convertQuantity(there, from)!;
        expect(back.unit).toBe(from);
        expect(back.max).toBe(open ? null : back.max);
        expect(Math.abs(back.min! - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-12);
        const viaBase = convertQuantity(toBaseUnit(q), from)!;
        expect(Math.abs(viaBase.min! - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-12);
      }),
    );
  });
});

describe('a unit written as a ratio to another ("mg/kg", "per kg") is another quantity', () => {
  const units = (text: string) => findQuantities(text).map((m) => [m.quantity.text, m.quantity.min, m.quantity.max, m.quantity.unit]);

  it('gives the figure the ratio for its unit, and keeps a rate in time or per dose in the plain unit', () => {
    expect(units('0.75 to 1 mg/kg per day')).toEqual([['0.75 to 1 mg', 0.75, 1, 'milligram/kilogram']]);
    expect(units('2 mg/kg/day')).toEqual([['2 mg', 2, 2, 'milligram/kilogram']]);
    expect(units('3 mg per kg')).toEqual([['3 mg', 3, 3, 'milligram/kilogram']]);
    expect(units('40 mg/m2')).toEqual([['40 mg', 40, 40, 'milligram/square-metre']]);
    expect(units('10 mg/dL')).toEqual([['10 mg', 10, 10, 'milligram/dL']]);
    expect(units('5 mg/d, 5 mg/dose, 20 km/week, 3 hours per day, 100 km/h')).toEqual([
      ['5 mg', 5, 5, 'milligram'],
      ['5 mg', 5, 5, 'milligram'],
      ['20 km', 20, 20, 'kilometre'],
      ['3 hours', 3, 3, 'hour'],
      ['100 km/h', 100, 100, 'kilometre-per-hour'],
    ]);
    // Money, and "per" before a word that is no unit, are the readers' to weigh.
    expect(units('$20/month, 4 GB per user')).toEqual([
      ['$20', 20, 20, 'USD'],
      ['4 GB', 4, 4, 'gigabyte'],
    ]);
  });

  const doses = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack(
        `name: doses
entityTypes:
  - {type: drug, headers: [drug]}
entities:
  - {id: tomaxilan, name: Tomaxilan, type: drug, aliases: [tomaxilan, Tomaxilan]}
attributes:
  - {id: dose, label: usual dose, kind: quantity, unit: mg, triggers: [dose], subjects: [drug], timeless: true}
  - {id: dose.per-kg, label: dose per body weight, kind: quantity, unit: mg/kg, triggers: [weight-based dose], subjects: [drug], timeless: true}
`,
        'doses.yml',
      ),
    ]),
  );

  it('reads no plain dose from a dose per kilogram, and a pack attribute in "mg/kg" takes it', () => {
    const r = analyse([{ file: 'a.md', text: '# Kidney\n\nWe use an initial dose of tomaxilan of 0.75 to 1 mg/kg per day.\n\nThe usual dose of tomaxilan is 40 mg.\n\nThe weight-based dose of tomaxilan is 2 mg/kg.\n' }], { lexicon: doses });
    expect(r.claims.map((c) => [c.entity.id, c.attribute, c.value.kind === 'quantity' ? [c.value.min, c.value.max, c.value.unit] : null])).toEqual([
      ['tomaxilan', 'dose', [40, 40, 'mg']],
      ['tomaxilan', 'dose.per-kg', [2, 2, 'mg/kg']],
    ]);
    expect(r.report.conflicts).toEqual([]);
  });
});

describe('counts of things', () => {
  it('tells a count unit from a measure, a currency, a share or a score', () => {
    expect(['deaths', 'participants', 'employee', 'star', 'gpu'].filter(isCountUnit)).toEqual(['deaths', 'participants', 'employee', 'star', 'gpu']);
    expect(['km', 'mAh', 'GB', 'USD', 'eur', '%', 'percent', 'score', 'ratio', 'x', 'date', ''].filter(isCountUnit)).toEqual([]);
  });

  it('reads a count whose reading hangs on the decimal mark as thousands, and leaves every other figure alone', () => {
    const count = (text: string) => {
      const q = wholeCount(findQuantities(text)[0]!, 'deaths');
      return [q.min, q.max];
    };
    expect(count('más de 2.300 muertos')).toEqual([2300, null]);
    expect(count('over 1.700 deaths')).toEqual([1700, null]);
    expect(count('12.400 empleados')).toEqual([12400, 12400]);
    // A whole number read with a decimal point whose zeros say it counts thousands.
    expect(count('rund 180.000 Tote')).toEqual([180000, 180000]);
    expect(count('180.000 deaths')).toEqual([180000, 180000]);
    expect(count('1.7 deaths')).toEqual([1.7, 1.7]);
    expect(count('12,400 employees')).toEqual([12400, 12400]);
    expect(count('0.125 of them')).toEqual([0.125, 0.125]);
    // Not a count: a length stays as read.
    expect(wholeCount(findQuantities('1.700 km')[0]!, 'km').min).toBe(1.7);
    // A count its pack says is not whole (millions of parameters) keeps the decimal reading.
    expect(wholeCount(findQuantities('6.200')[0]!, 'MParams', false).min).toBe(6.2);
  });

  it('reads a lowercase "m" glued to a bare number as metres for an attribute of length, and as millions otherwise', () => {
    const as = (text: string, unit: string) => {
      const q = metresNotMillions(findQuantities(text)[0]!, unit).quantity;
      return [q.min, q.unit];
    };
    expect(as('18m', 'm')).toEqual([18, 'metre']);
    expect(as('21.5m', 'km')).toEqual([21.5, 'metre']);
    expect(as('1.84m', 'ft')).toEqual([1.84, 'metre']);
    expect(as('about 40m', 'm')).toEqual([40, 'metre']);
    // Millions stay millions: a count, a currency, a capital M, a length with a unit of its own.
    expect(as('18m', 'users')).toEqual([18_000_000, '']);
    expect(as('$18m', 'm')).toEqual([18_000_000, 'USD']);
    expect(as('18M', 'm')).toEqual([18_000_000, '']);
    expect(as('18 km', 'm')).toEqual([18, 'kilometre']);
  });

  it('gives a table cell or a label line "18m" under a height in metres as 18 metres, not 18 million', () => {
    const pack = compileLexicon(
      mergePacks([
        loadPackFile(BUILTIN_PACK_PATH),
        parsePack(
          `name: masts
entityTypes:
  - {type: mast, headers: [mast]}
entities:
  - {id: tarsk-mast, name: Tarsk Mast, type: mast, aliases: [Tarsk Mast]}
attributes:
  - {id: height, label: height, kind: quantity, unit: m, triggers: [height], headers: [height], subjects: [mast], timeless: true}
`,
          'masts.yml',
        ),
      ]),
    );
    const page = '# Tarsk Mast\n\n| Field | Value |\n|---|---|\n| Height | 18m |\n\n**Height:** 18.5m\n';
    const r = analyse([{ file: 'mast.md', text: page }], { lexicon: pack });
    expect(r.claims.filter((c) => c.attribute === 'height').map((c) => [c.place.line, c.value.kind === 'quantity' ? [c.value.min, c.value.unit] : undefined])).toEqual([
      [5, [18, 'm']],
      [7, [18.5, 'm']],
    ]);
  });

  // A model card's spec table and an index table of the same models: one writes three decimals, the other fewer.
  const zoo = compileLexicon(
    mergePacks([
      loadPackFile(BUILTIN_PACK_PATH),
      parsePack(
        `name: zoo
entities:
  - {id: velora-x2, name: velora-x2, type: model, aliases: [velora-x2]}
  - {id: velora-x3, name: velora-x3, type: model, aliases: [velora-x3]}
attributes:
  - {id: mparams, label: parameters (millions), kind: quantity, unit: MParams, headers: [MParams], subjects: [model], timeless: true, whole: false}
  - {id: cells, label: cells, kind: quantity, unit: cells, headers: [Cells], subjects: [model], timeless: true}
`,
        'zoo.yml',
      ),
    ]),
  );
  const card = '# velora-x2\n\n## Specification\n\n| Metric | Value |\n|---|---|\n| Top 1 | 71.85% |\n| MParams | 6.200 |\n| Cells | 1.200 |\n';
  const index = '# Models\n\n| Model Name | MParams | Cells |\n|---|---|---|\n| velora-x2 | 6.2 | 1,200 |\n| velora-x3 | 12.45 | 900 |\n';
  const values = (r: ReturnType<typeof analyse>) => r.claims.map((c) => [c.place.file, c.entity.id, c.attribute, c.value.kind === 'quantity' ? c.value.min : null]);

  it('reads a count marked whole: false in decimals, so a card\'s "6.200" meets an index\'s "6.2"; a whole count still counts thousands', () => {
    const r = analyse([{ file: 'card.md', text: card }, { file: 'index.md', text: index }], { lexicon: zoo });
    expect(values(r)).toEqual([
      ['card.md', 'velora-x2', 'mparams', 6.2],
      ['card.md', 'velora-x2', 'cells', 1200],
      ['index.md', 'velora-x2', 'mparams', 6.2],
      ['index.md', 'velora-x2', 'cells', 1200],
      ['index.md', 'velora-x3', 'mparams', 12.45],
      ['index.md', 'velora-x3', 'cells', 900],
    ]);
    expect(r.report.conflicts).toEqual([]);
  });

  it('a page whose decimal mark is the comma reads its groups of thousands as before, whole or not', () => {
    const german = '# velora-x2\n\nDas Modell hat 1.200 Zellen und wiegt 4,5 kg; die Zahl der Zellen ist 1.200 und die MParams sind 6,2.\n\n| Metric | Value |\n|---|---|\n| MParams | 6,2 |\n| Cells | 1.200 |\n';
    expect(values(analyse([{ file: 'de.md', text: german }], { lexicon: zoo })).filter((v) => v[0] === 'de.md' && v[2] !== undefined && (v[2] === 'cells' || v[2] === 'mparams'))).toEqual([
      ['de.md', 'velora-x2', 'mparams', 6.2],
      ['de.md', 'velora-x2', 'cells', 1200],
    ]);
  });
});
