import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity, type QuantityMatch, type UnitWords } from '../src/normalise/numbers.js';
import type { Quantity } from '../src/types.js';
import { measureGrowth, superLinear } from './helpers/growth.js';

const UNITS: UnitWords = { stars: 'star', star: 'star', gpus: 'gpu', gpu: 'gpu' };

/** The quantity as plain data, or null. */
function q(text: string, units: UnitWords = UNITS): Quantity | null {
  return parseQuantity(text, units);
}

/** Shorthand for an expected quantity. */
function Q(min: number | null, max: number | null, unit: string, approx: boolean, text: string): Quantity {
  return { kind: 'quantity', min, max, unit, approx, text };
}

const slice = (text: string, s: { start: number; end: number } | undefined): string | undefined =>
  s === undefined ? undefined : text.slice(s.start, s.end);

/** The figures of a text written with a decimal comma and a thousands point ('5,9 Mrd. Euro'), number words too. */
const commaFigures = (text: string) => findQuantities(text, undefined, { words: true, format: { decimal: ',', thousands: '.' } });

/** Every match as [figure text, numberSpan text, unitSpan text, calendar]. */
function spans(text: string, units: UnitWords = UNITS): Array<[string, string, string | undefined, boolean]> {
  return findQuantities(text, units).map((m: QuantityMatch) => [
    slice(text, m.span)!,
    slice(text, m.numberSpan)!,
    slice(text, m.unitSpan),
    m.calendar === true,
  ]);
}

describe('digits', () => {
  it('reads thousands separators', () => {
    expect(q('8,000')).toEqual(Q(8000, 8000, '', false, '8,000'));
    expect(q('10,000')).toEqual(Q(10000, 10000, '', false, '10,000'));
    expect(q('1,000,000,000')).toEqual(Q(1e9, 1e9, '', false, '1,000,000,000'));
  });

  it('reads decimals', () => {
    expect(q('5.6')).toEqual(Q(5.6, 5.6, '', false, '5.6'));
    expect(q('0.14')).toEqual(Q(0.14, 0.14, '', false, '0.14'));
    expect(q('a .5 share')).toEqual(Q(0.5, 0.5, '', false, '.5'));
  });

  it('reads full-width digits and keeps offsets of the original text', () => {
    expect(q('４００')).toEqual(Q(400, 400, '', false, '４００'));
    expect(q('３万人')).toEqual(Q(30000, 30000, 'person', false, '３万人'));
  });

  it('reads signs of changes', () => {
    expect(q('+45%')).toEqual(Q(45, 45, 'percent', false, '+45%'));
    expect(q('-10%')).toEqual(Q(-10, -10, 'percent', false, '-10%'));
    expect(q('(−5%)')).toEqual(Q(-5, -5, 'percent', false, '−5%'));
  });

  it('stops at sentence punctuation', () => {
    expect(spans('It has 8,000. Then 5, 6.')).toEqual([
      ['8,000', '8,000', undefined, false],
      ['5', '5', undefined, false],
      ['6', '6', undefined, false],
    ]);
  });
});

describe('a glued "m"', () => {
  it('is metres where a word of size follows it, a million elsewhere', () => {
    expect(q('stands 1.84m tall')).toEqual(Q(1.84, 1.84, 'metre', false, '1.84m'));
    expect(q('the 12m-long hull')).toEqual(Q(12, 12, 'metre', false, '12m'));
    expect(q('a 2.5m fee')).toEqual(Q(2500000, 2500000, '', false, '2.5m'));
    // A currency makes it money, whatever follows.
    expect(q('a £5m-long saga')).toEqual(Q(5000000, 5000000, 'GBP', false, '£5m'));
  });
});

describe('basis points', () => {
  it('are a unit of their own, no percent', () => {
    expect(q('by 25 basis points')).toEqual(Q(25, 25, 'basis-point', false, '25 basis points'));
    expect(q('a 50bp cut')).toEqual(Q(50, 50, 'basis-point', false, '50bp'));
    expect(q('um 25 Basispunkte')).toEqual(Q(25, 25, 'basis-point', false, '25 Basispunkte'));
    expect(q('25 puntos básicos')).toEqual(Q(25, 25, 'basis-point', false, '25 puntos básicos'));
  });
});

describe('hedges', () => {
  it('reads lower bounds', () => {
    expect(q('over 8,000')).toEqual(Q(8000, null, '', true, 'over 8,000'));
    expect(q('more than 5')).toEqual(Q(5, null, '', true, 'more than 5'));
    expect(q('above 5')).toEqual(Q(5, null, '', true, 'above 5'));
    expect(q('at least 5')).toEqual(Q(5, null, '', true, 'at least 5'));
    expect(q('exceeding 5')).toEqual(Q(5, null, '', true, 'exceeding 5'));
    expect(q('upwards of 5')).toEqual(Q(5, null, '', true, 'upwards of 5'));
    expect(q('in excess of $5 million')).toEqual(Q(5e6, null, 'USD', true, 'in excess of $5 million'));
    expect(q('10,000+')).toEqual(Q(10000, null, '', true, '10,000+'));
    expect(q('$40B+')).toEqual(Q(40e9, null, 'USD', true, '$40B+'));
    expect(q('超过5')).toEqual(Q(5, null, '', true, '超过5'));
    expect(q('超過5')).toEqual(Q(5, null, '', true, '超過5'));
    expect(q('逾5')).toEqual(Q(5, null, '', true, '逾5'));
    expect(q('3万人以上')).toEqual(Q(30000, null, 'person', true, '3万人以上'));
    expect(q('10多家')).toEqual(Q(10, null, '', true, '10多'));
    expect(q('400多亿')).toEqual(Q(4e10, null, '', true, '400多亿'));
    expect(q('5,000 or more stars')).toEqual(Q(5000, null, 'star', true, '5,000 or more stars'));
    expect(q('8,000-plus stars')).toEqual(Q(8000, null, 'star', true, '8,000-plus stars'));
    expect(q('>5%')).toEqual(Q(5, null, 'percent', true, '>5%'));
  });

  it('reads upper bounds', () => {
    expect(q('under 5')).toEqual(Q(null, 5, '', true, 'under 5'));
    expect(q('less than 5')).toEqual(Q(null, 5, '', true, 'less than 5'));
    expect(q('below 5')).toEqual(Q(null, 5, '', true, 'below 5'));
    expect(q('fewer than 5')).toEqual(Q(null, 5, '', true, 'fewer than 5'));
    expect(q('up to 5')).toEqual(Q(null, 5, '', true, 'up to 5'));
    expect(q('at most 5')).toEqual(Q(null, 5, '', true, 'at most 5'));
    expect(q('不到5')).toEqual(Q(null, 5, '', true, '不到5'));
    expect(q('<5%')).toEqual(Q(null, 5, 'percent', true, '<5%'));
  });

  it('reads "until" words as an upper bound of a figure with a unit or a currency, and as nothing before a bare year', () => {
    const read = (text: string) => {
      const m = q(text);
      return m && [m.min, m.max, m.unit, m.text];
    };
    expect(read('hasta 325 millones de euros')).toEqual([null, 3.25e8, 'EUR', 'hasta 325 millones de euros']);
    expect(read("jusqu'à 12 km")).toEqual([null, 12, 'kilometre', "jusqu'à 12 km"]);
    expect(read('bis zu 40 Kilometer')).toEqual([null, 40, 'kilometre', 'bis zu 40 Kilometer']);
    expect(read('hasta 2027')).toEqual([2027, 2027, '', '2027']);
    expect(read("jusqu'à 2027")).toEqual([2027, 2027, '', '2027']);
  });

  it('reads a range whose two ends each carry the unit, after "between" or a verb of spread and "from"', () => {
    const read = (text: string) => {
      const m = q(text);
      return m && [m.min, m.max, m.unit];
    };
    expect(read('between 6.12 billion euros and 7.05 billion euros')).toEqual([6.12e9, 7.05e9, 'EUR']);
    expect(read('varies from 12 km to 19 km')).toEqual([12, 19, 'kilometre']);
    expect(read('ranging from $3 million to $5 million')).toEqual([3e6, 5e6, 'USD']);
    // A change is two figures ("rose from 12 km to 19 km"), and so are ends of different units or out of order.
    expect(findQuantities('rose from 12 km to 19 km').map((m) => [m.quantity.min, m.quantity.max])).toEqual([[12, 12], [19, 19]]);
    expect(findQuantities('varies from 12 km to 19 miles').map((m) => [m.quantity.min, m.quantity.max])).toEqual([[12, 12], [19, 19]]);
    expect(findQuantities('between 19 km and 12 km').map((m) => [m.quantity.min, m.quantity.max])).toEqual([[19, 19], [12, 12]]);
  });

  it('reads "between X and Y" in the languages of the date grammar', () => {
    const read = (text: string, format?: { decimal: string; thousands: string }) =>
      findQuantities(text, undefined, format ? { format } : undefined).map((m) => [m.quantity.min, m.quantity.max, m.quantity.unit]);
    expect(read('de entre 63 y 65 metros')).toEqual([[63, 65, 'metre']]);
    expect(read('zwischen 63 und 65 Metern')).toEqual([[63, 65, 'metre']]);
    expect(read("entre 2,5 et 3 millions d'euros", { decimal: ',', thousands: '.' })).toEqual([[2.5e6, 3e6, 'EUR']]);
    expect(read('tra 4 e 4,5 milioni di euro', { decimal: ',', thousands: '.' })).toEqual([[4e6, 4.5e6, 'EUR']]);
    // "entre" with no second end is no range: "entre 5 empresas" is five.
    expect(read('entre 5 empresas')).toEqual([[5, 5, '']]);
  });

  it('reads no figure of the last digits of a number split by a stray space in Chinese text', () => {
    expect(findQuantities('以61 5欧元的价格').map((m) => m.quantity.text)).toEqual(['61']);
    expect(findQuantities('以82.5欧元的价格').map((m) => [m.quantity.min, m.quantity.unit])).toEqual([[82.5, 'EUR']]);
    expect(findQuantities('in 2023 5 km').map((m) => m.quantity.text)).toEqual(['2023', '5 km']);
  });

  it('reads neither half of two groups one space parts where the page reads no space between groups ("31 400 students")', () => {
    expect(findQuantities('It had 31 400 students and 7\u202f900 staff.').map((m) => m.quantity.text)).toEqual([]);
    // The same groups where the format reads spaces are one figure; a row of three or more, a year before a count, and
    // counts of their own are figures.
    expect(findQuantities('It had 31 400 students.', undefined, { format: { decimal: ',', thousands: ' ' } }).map((m) => m.quantity.min)).toEqual([31400]);
    expect(findQuantities('Revenue 120 350 410').map((m) => m.quantity.text)).toEqual(['120', '350', '410']);
    expect(findQuantities('in 2024 400 people').map((m) => m.quantity.text)).toEqual(['2024', '400 people']);
    expect(findQuantities('3 goals in 12 matches').map((m) => m.quantity.text)).toEqual(['3', '12']);
    // A name's or a date's number before a figure: "the Arc 3 200 g", "March 3 200 protesters".
    expect(findQuantities('the Arc 3 200 g').map((m) => m.quantity.text)).toEqual(['3', '200 g']);
    expect(findQuantities('on March 3 200 protesters').map((m) => m.quantity.text)).toEqual(['200']);
  });

  it('reads a group of thousands a stray space parts from its comma ("78, 054") as one figure, never its last group alone', () => {
    expect(findQuantities('The stadium seats 78, 054 spectators.').map((m) => [m.quantity.text, m.quantity.min])).toEqual([['78, 054', 78054]]);
    // Not a list of figures; after a first group that is no group of thousands, nothing.
    expect(findQuantities('Scores of 12, 150 and 300.').map((m) => m.quantity.text)).toEqual(['12', '150', '300']);
    expect(findQuantities('In 1978, 054 was the code.').map((m) => m.quantity.text)).toEqual(['1978']);
  });

  it('reads hedges in the languages of the date grammar, before and after the figure', () => {
    const read = (text: string) => {
      const m = q(text);
      return m && [m.min, m.max, m.approx];
    };
    for (const lower of ['plus de 5', 'más de 5', 'mais de 5', 'più di 5', 'oltre 5', 'mehr als 5', 'über 5', 'mindestens 5', 'al menos 5', 'meer dan 5'])
      expect(read(lower), lower).toEqual([5, null, true]);
    for (const upper of ['moins de 5', 'menos de 5', 'meno di 5', 'weniger als 5', 'minder dan 5']) expect(read(upper), upper).toEqual([null, 5, true]);
    // After the noun of a sum, German "über" is "of": "ein Angebot über 5 Milliarden Euro" is an offer of that sum.
    for (const sum of ['ein Angebot über 5', 'ein Übernahmeangebot über 5', 'einen Auftrag über 5', 'eine Geldstrafe über 5']) expect(read(sum), sum).toEqual([5, 5, false]);
    expect(read('mit über 5')).toEqual([5, null, true]);
    for (const approx of ['environ 5', 'près de 5', 'cerca de 5', 'alrededor de 5', 'casi 5', 'quase 5', 'circa 5', 'rund 5', 'etwa 5', 'ca. 5', 'knapp 5', 'ongeveer 5', '약 5', 'およそ5'])
      expect(read(approx), approx).toEqual([5, 5, true]);
    // Korean and Japanese bounds follow the figure, a particle between ("30만 명이 넘는": more than 300,000 people).
    expect(read('30만 명이 넘는')).toEqual([300000, null, true]);
    expect(read('30만 명 이상')).toEqual([300000, null, true]);
    expect(read('30만 명 미만')).toEqual([null, 300000, true]);
    expect(read('30만 명 가량')).toEqual([300000, 300000, true]);
    expect(read('30万人余り')).toEqual([300000, null, true]);
    expect(read('30万人未満')).toEqual([null, 300000, true]);
    expect(read('30万人前後')).toEqual([300000, 300000, true]);
    // Korean 여 is Chinese 余: "30여만 명" is some 300,000 people, not 30; the 여 of 여름 (summer) is none.
    expect(read('30여만 명')).toEqual([300000, null, true]);
    expect(read('300여명')).toEqual([300, null, true]);
    expect(read('2024여름')).toEqual([2024, 2024, false]);
    // A word that only ends like a hedge is none: "계약 5억" is a contract of 500 million, not about 500 million.
    expect(read('계약 5억')).toEqual([5e8, 5e8, false]);
    expect(read('Bereich 5')).toEqual([5, 5, false]);
  });

  it('reads a verb of going past a mark as a floor ("surpassed 2 million", "a dépassé 5", "100万人を突破")', () => {
    const read = (text: string) => {
      const m = q(text);
      return m && [m.min, m.max, m.approx];
    };
    for (const lower of ['surpassed 5', 'exceeded 5', 'topped 5', 'crossed 5', 'exceeds 5', 'a dépassé 5', 'superó 5', 'ultrapassou 5', 'überstieg 5'])
      expect(read(lower), lower).toEqual([5, null, true]);
    expect(read('100万人を突破')).toEqual([1000000, null, true]);
    // Reaching a figure is no floor.
    expect(read('reached 5')).toEqual([5, 5, false]);
  });

  it('reads the longer hedge when one ends another', () => {
    expect(q('no more than 5')).toEqual(Q(null, 5, '', true, 'no more than 5'));
    expect(q('no less than 5')).toEqual(Q(5, null, '', true, 'no less than 5'));
  });

  it('reads approximate points', () => {
    for (const hedge of ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'an estimated']) {
      expect(q(`${hedge} 5`)).toEqual(Q(5, 5, '', true, `${hedge} 5`));
    }
    expect(q('~5')).toEqual(Q(5, 5, '', true, '~5'));
    expect(q('~ 5')).toEqual(Q(5, 5, '', true, '~ 5'));
    expect(q('约10')).toEqual(Q(10, 10, '', true, '约10'));
    expect(q('約10')).toEqual(Q(10, 10, '', true, '約10'));
    expect(q('大约10')).toEqual(Q(10, 10, '', true, '大约10'));
    expect(q('近3万人')).toEqual(Q(30000, 30000, 'person', true, '近3万人'));
  });

  it('reads hundredths of a currency as that currency: of the one written nearest, else the word\'s own', () => {
    const money = (text: string) => findQuantities(text).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit]);
    expect(money('It earned 64 cents a share.')).toEqual([['64 cents', 0.64, 'USD']]);
    expect(money('Net income was A$118 million, or 64 cents a share.')).toEqual([
      ['A$118 million', 118e6, 'AUD'],
      ['64 cents', 0.64, 'AUD'],
    ]);
    expect(money('Der Gewinn je Aktie lag bei 45 Cent.')).toEqual([['45 Cent', 0.45, 'EUR']]);
    expect(money('Le dividende est de 30 centimes.')).toEqual([['30 centimes', 0.3, 'EUR']]);
    expect(money('A final dividend of 9.6 pence.')).toEqual([['9.6 pence', 0.096, 'GBP']]);
    // A "p" glued to the digits is pence only where the text writes the pound; "1080p" is never money.
    expect(money('A final dividend of 9.6p, against £0.08.')).toEqual([
      ['9.6p', 0.096, 'GBP'],
      ['£0.08', 0.08, 'GBP'],
    ]);
    expect(money('It films at 24p.')).toEqual([]);
    expect(money('Pounds buy 1080p screens.')).toEqual([]);
    // "per cent" is still a share.
    expect(money('It fell 5 per cent.')).toEqual([['5 per cent', 5, 'percent']]);
  });

  it('reads "over" after "handed" or "turned" as the verb\'s particle, no floor', () => {
    expect(findQuantities('It handed over 114,800 cars.').map((m) => [m.quantity.text, m.quantity.max])).toEqual([['114,800', 114800]]);
    expect(findQuantities('It sold over 114,800 cars.').map((m) => [m.quantity.text, m.quantity.max])).toEqual([['over 114,800', null]]);
    expect(findQuantities('The trip took over 40 minutes.').map((m) => [m.quantity.text, m.quantity.max])).toEqual([['over 40 minutes', null]]);
  });

  it('reads a figure "estimated at" as approximate in five languages (English "estimated at" is stated as written)', () => {
    for (const hedge of ['estimada em', 'estimado en', 'estimée à', 'stimati in', 'geschätzte']) {
      expect(q(`${hedge} 5`)).toEqual(Q(5, 5, '', true, `${hedge} 5`));
    }
  });

  it('does not read hedges inside longer words', () => {
    expect(q('awesome 5')).toEqual(Q(5, 5, '', false, '5'));
    expect(q('leftover 5')).toEqual(Q(5, 5, '', false, '5'));
    expect(q('最近3天')).toEqual(Q(3, 3, '', false, '3'));
  });

  it('reads ranges', () => {
    expect(q('20-30%')).toEqual(Q(20, 30, 'percent', false, '20-30%'));
    expect(q('20–30%')).toEqual(Q(20, 30, 'percent', false, '20–30%'));
    expect(q('20%-30%')).toEqual(Q(20, 30, 'percent', false, '20%-30%'));
    expect(q('20 to 30 percent')).toEqual(Q(20, 30, 'percent', false, '20 to 30 percent'));
    expect(q('between 20 and 30')).toEqual(Q(20, 30, '', false, 'between 20 and 30'));
    expect(q('between $5 and $6')).toEqual(Q(5, 6, 'USD', false, 'between $5 and $6'));
    expect(q('$5-6 million')).toEqual(Q(5e6, 6e6, 'USD', false, '$5-6 million'));
    expect(q('$5-$6 million')).toEqual(Q(5e6, 6e6, 'USD', false, '$5-$6 million'));
    expect(q('-10 to -5%')).toEqual(Q(-10, -5, 'percent', false, '-10 to -5%'));
    expect(q('20~30%')).toEqual(Q(20, 30, 'percent', false, '20~30%'));
    expect(q('10 – 20 people')).toEqual(Q(10, 20, 'person', false, '10 – 20 people'));
    expect(q('5-6x faster')).toEqual(Q(5, 6, 'ratio', false, '5-6x'));
  });

  it('marks hedged ranges approximate', () => {
    expect(q('about 20-30%')).toEqual(Q(20, 30, 'percent', true, 'about 20-30%'));
  });

  it('keeps "from X to Y" as two figures (a change, not a range)', () => {
    expect(spans('from 5 to 10')).toEqual([
      ['5', '5', undefined, false],
      ['10', '10', undefined, false],
    ]);
  });

  it('reads two near whole numbers given as alternatives as one estimate\'s ends ("4 or 5", "6節或7節"), others as two figures', () => {
    expect(q('4 or 5 gpus')).toEqual(Q(4, 5, 'gpu', false, '4 or 5 gpus'));
    expect(q('10 o 12')).toEqual(Q(10, 12, '', false, '10 o 12'));
    expect(spans('前6節或7節車廂')).toEqual([['6節或7', '6節或7', undefined, false]]);
    expect(spans('2 or 30 gpus')).toEqual([
      ['2', '2', undefined, false],
      ['30 gpus', '30', 'gpus', false],
    ]);
    expect(spans('the 7B or 13B model').map((s) => s[0])).toEqual(['7B', '13B']);
    expect(spans('5 or 4').map((s) => s[0])).toEqual(['5', '4']);
  });

  it('reads a score out of a hundred ("84/100") as the score; other slashes stay no number, or a fraction before "of"', () => {
    expect(spans('a solid 71/100 from critics, 63.5/100 from players')).toEqual([
      ['71/100', '71/100', undefined, false],
      ['63.5/100', '63.5/100', undefined, false],
    ]);
    expect(findQuantities('71/100').map((m) => [m.quantity.min, m.quantity.unit])).toEqual([[71, 'score']]);
    expect(spans('rated 7/10, open 24/7')).toEqual([]);
    expect(findQuantities('71/100 of the seats').map((m) => [m.quantity.min, m.quantity.unit])).toEqual([[0.71, 'ratio']]);
  });

  it('drops "between" when no "and" follows', () => {
    expect(q('between 20 teams')).toEqual(Q(20, 20, '', false, '20'));
  });

  it('reads a plain number as a point', () => {
    expect(q('5')).toEqual(Q(5, 5, '', false, '5'));
  });
});

describe('scales', () => {
  it('reads suffixes glued to the digits', () => {
    expect(q('236B')).toEqual(Q(236e9, 236e9, '', false, '236B'));
    expect(q('21B')).toEqual(Q(21e9, 21e9, '', false, '21B'));
    expect(q('128K tokens')).toEqual(Q(128000, 128000, 'token', false, '128K tokens'));
    expect(q('$5.6M')).toEqual(Q(5.6e6, 5.6e6, 'USD', false, '$5.6M'));
    expect(q('€5bn')).toEqual(Q(5e9, 5e9, 'EUR', false, '€5bn'));
    expect(q('1.2T')).toEqual(Q(1.2e12, 1.2e12, '', false, '1.2T'));
    expect(q('10k+ stars')).toEqual(Q(10000, null, 'star', true, '10k+ stars'));
  });

  it('reads the abbreviated scale words of news wires and of Dutch, Italian and Polish pages ("$125 mln", "$3 bln", "€2 mld")', () => {
    expect(q('$125 mln')).toEqual(Q(125e6, 125e6, 'USD', false, '$125 mln'));
    expect(q('$3 bln')).toEqual(Q(3e9, 3e9, 'USD', false, '$3 bln'));
    expect(q('€2 mld')).toEqual(Q(2e9, 2e9, 'EUR', false, '€2 mld'));
    expect(q('€1.5 mlrd')).toEqual(Q(1.5e9, 1.5e9, 'EUR', false, '€1.5 mlrd'));
  });

  it('reads a scale word after a plus as the figure\'s own ("$200+ billion" is at least $200 billion)', () => {
    expect(q('$200+ billion')).toEqual(Q(200e9, null, 'USD', true, '$200+ billion'));
    expect(q('1.3+ million stars')).toEqual(Q(1.3e6, null, 'star', true, '1.3+ million stars'));
    expect(q('10+ stars')).toEqual(Q(10, null, 'star', true, '10+ stars'));
  });

  it('reads scale words', () => {
    expect(q('$5.6 million')).toEqual(Q(5.6e6, 5.6e6, 'USD', false, '$5.6 million'));
    expect(q('$40 billion')).toEqual(Q(40e9, 40e9, 'USD', false, '$40 billion'));
    expect(q('1.2 trillion')).toEqual(Q(1.2e12, 1.2e12, '', false, '1.2 trillion'));
    expect(q('5 thousand')).toEqual(Q(5000, 5000, '', false, '5 thousand'));
  });

  it('reads Italian and Spanish scale and currency words ("15 milioni di dollari", "40 mila euro", "14,2 millones de libras")', () => {
    const read = (text: string) => commaFigures(text).map((m) => [m.quantity.min, m.quantity.unit]);
    expect(read('un riscatto di 15 milioni di dollari')).toEqual([[15e6, 'USD']]);
    expect(read('ricavi per 1,24 miliardi di euro')).toEqual([[1.24e9, 'EUR']]);
    expect(read('40 mila euro, 40 mil euros, 15.000.000 dollari')).toEqual([[40e3, 'EUR'], [40e3, 'EUR'], [15e6, 'USD']]);
    expect(read('14,2 millones de libras, 3 milioni di sterline, 5 Millionen Pfund')).toEqual([[14.2e6, 'GBP'], [3e6, 'GBP'], [5e6, 'GBP']]);
  });

  it('reads a verb of going past a mark before an article as a floor ("supera ya los 350"), not English "the" before a name\'s size', () => {
    const read = (text: string) => commaFigures(text).map((m) => [m.quantity.min, m.quantity.max]);
    expect(read('supera ya los 350 casos')).toEqual([[350, null]]);
    expect(read('a dépassé les 2 millions de joueurs')).toEqual([[2e6, null]]);
    expect(read('surpassed the 700 million mark')).toEqual([[7e8, 7e8]]);
  });

  it('reads German "US-Dollar" and a unit after a scale written short with its full stop ("5,9 Mrd. Euro", "120 Mio. US-Dollar")', () => {
    const read = (text: string) => commaFigures(text).map((m) => [m.quantity.min, m.quantity.unit]);
    expect(read('3,6 Milliarden US-Dollar, 5,9 Mrd. Euro, 120 Mio. US-Dollar')).toEqual([
      [3.6e9, 'USD'],
      [5.9e9, 'EUR'],
      [1.2e8, 'USD'],
    ]);
    // A sentence that ends on the abbreviation keeps no unit from the next one.
    expect(read('Umsatz: 5,9 Mrd. Das Jahr davor: 4,1 Mrd.')).toEqual([[5.9e9, ''], [4.1e9, '']]);
  });

  it('reads the unit after "de", "di" or "d\'" that follows a scale word ("5,6 millones de toneladas", "1,1 million de tonnes")', () => {
    const read = (text: string) => commaFigures(text).map((m) => [m.quantity.min, m.quantity.unit]);
    expect(read('5,6 millones de toneladas, 1,1 million de tonnes, 2 milioni di tonnellate, 4,8 milhões de toneladas')).toEqual([
      [5.6e6, 'tonne'],
      [1.1e6, 'tonne'],
      [2e6, 'tonne'],
      [4.8e6, 'tonne'],
    ]);
    // Not without a scale word before "de": the number stays bare.
    expect(read('el 3 de toneladas')).toEqual([[3, '']]);
  });

  it('reads small currency amounts', () => {
    expect(q('$0.14')).toEqual(Q(0.14, 0.14, 'USD', false, '$0.14'));
    expect(q('$5.00')).toEqual(Q(5, 5, 'USD', false, '$5.00'));
    expect(q('Cost: $2.19 per million output tokens')).toEqual(Q(2.19, 2.19, 'USD', false, '$2.19'));
  });

  it('reads Chinese scales', () => {
    expect(q('400億美元')).toEqual(Q(4e10, 4e10, 'USD', false, '400億美元'));
    expect(q('超过400億美元')).toEqual(Q(4e10, null, 'USD', true, '超过400億美元'));
    expect(q('3万人')).toEqual(Q(3e4, 3e4, 'person', false, '3万人'));
    expect(q('2.5亿')).toEqual(Q(2.5e8, 2.5e8, '', false, '2.5亿'));
    expect(q('5千')).toEqual(Q(5000, 5000, '', false, '5千'));
    expect(q('3百万')).toEqual(Q(3e6, 3e6, '', false, '3百万'));
    expect(q('5千万元')).toEqual(Q(5e7, 5e7, 'CNY', false, '5千万元'));
    expect(q('3.5 亿美元')).toEqual(Q(3.5e8, 3.5e8, 'USD', false, '3.5 亿美元'));
    expect(q('人民币5亿元')).toEqual(Q(5e8, 5e8, 'CNY', false, '人民币5亿元'));
  });

  it('reads Korean scales, and a figure written in two scaled parts as one', () => {
    expect(q('55만 명')).toEqual(Q(55e4, 55e4, 'person', false, '55만 명'));
    expect(q('3천명')).toEqual(Q(3000, 3000, 'person', false, '3천명'));
    expect(q('1억 달러')).toEqual(Q(1e8, 1e8, 'USD', false, '1억 달러'));
    expect(q('2조 원')).toEqual(Q(2e12, 2e12, 'KRW', false, '2조 원'));
    expect(q('관객 41만 2530명')).toEqual(Q(412530, 412530, 'person', false, '41만 2530명'));
    expect(q('1억 4,300만 달러')).toEqual(Q(1.43e8, 1.43e8, 'USD', false, '1억 4,300만 달러'));
    expect(q('41万2530人')).toEqual(Q(412530, 412530, 'person', false, '41万2530人'));
    expect(q('2亿3500万美元')).toEqual(Q(2.35e8, 2.35e8, 'USD', false, '2亿3500万美元'));
    // Not a part: a larger second figure, a year, a figure after a word.
    expect(spans('5万 8万').map((s) => s[0])).toEqual(['5万', '8万']);
    expect(spans('5万 2024').map((s) => s[0])).toEqual(['5万', '2024']);
  });

  it('reads a Turkish figure written in parts ("38 bin 412"), and "kişi" as people', () => {
    expect(q('38 bin 412 kişi')).toEqual(Q(38412, 38412, 'person', false, '38 bin 412 kişi'));
    expect(q('2 milyon 500 bin')).toEqual(Q(2.5e6, 2.5e6, '', false, '2 milyon 500 bin'));
    expect(q('12 bin')).toEqual(Q(12000, 12000, '', false, '12 bin'));
  });

  it('reads Russian and Indonesian scale words, and dollars and euros as Russian, Turkish and Polish write them', () => {
    expect(q('450 млн долларов')).toEqual(Q(4.5e8, 4.5e8, 'USD', false, '450 млн долларов'));
    expect(q('12 тысяч')).toEqual(Q(12000, 12000, '', false, '12 тысяч'));
    expect(q('250 juta')).toEqual(Q(2.5e8, 2.5e8, '', false, '250 juta'));
    expect(q('7 milyar dolar')).toEqual(Q(7e9, 7e9, 'USD', false, '7 milyar dolar'));
    expect(q('80 млн евро')).toEqual(Q(8e7, 8e7, 'EUR', false, '80 млн евро'));
  });

  it('reads Japanese and Korean currency words after the figure', () => {
    expect(q('3000円')).toEqual(Q(3000, 3000, 'JPY', false, '3000円'));
    expect(q('2億ドル')).toEqual(Q(2e8, 2e8, 'USD', false, '2億ドル'));
    expect(q('500만 유로')).toEqual(Q(5e6, 5e6, 'EUR', false, '500만 유로'));
  });

  it('does not read 百 as a scale inside 百分点', () => {
    expect(q('5个百分点')).toEqual(Q(5, 5, 'percentage-point', false, '5个百分点'));
    expect(q('5 百分点')).toEqual(Q(5, 5, 'percentage-point', false, '5 百分点'));
  });
});

describe('currencies, percent and ratios', () => {
  it('reads currency prefixes and words', () => {
    expect(q('US$ 5')).toEqual(Q(5, 5, 'USD', false, 'US$ 5'));
    expect(q('USD 5')).toEqual(Q(5, 5, 'USD', false, 'USD 5'));
    expect(q('5 dollars')).toEqual(Q(5, 5, 'USD', false, '5 dollars'));
    expect(q('£3')).toEqual(Q(3, 3, 'GBP', false, '£3'));
    expect(q('5 euros')).toEqual(Q(5, 5, 'EUR', false, '5 euros'));
    expect(q('¥100')).toEqual(Q(100, 100, 'CNY', false, '¥100'));
    expect(q('100 yuan')).toEqual(Q(100, 100, 'CNY', false, '100 yuan'));
    expect(q('100 yen')).toEqual(Q(100, 100, 'JPY', false, '100 yen'));
    expect(q('100日元')).toEqual(Q(100, 100, 'JPY', false, '100日元'));
    expect(q('RMB 100')).toEqual(Q(100, 100, 'CNY', false, 'RMB 100'));
  });

  it('reads foreign dollars as their own currency, never as USD', () => {
    expect(q('HK$5 billion')?.unit).toBe('HKD');
  });

  it('reads percent forms', () => {
    expect(q('5 %')).toEqual(Q(5, 5, 'percent', false, '5 %'));
    expect(q('5 percent')).toEqual(Q(5, 5, 'percent', false, '5 percent'));
    expect(q('5 per cent')).toEqual(Q(5, 5, 'percent', false, '5 per cent'));
    expect(q('18 Prozent')).toEqual(Q(18, 18, 'percent', false, '18 Prozent'));
    expect(q('18 pour cent')).toEqual(Q(18, 18, 'percent', false, '18 pour cent'));
    expect(q('18 por ciento')).toEqual(Q(18, 18, 'percent', false, '18 por ciento'));
    expect(q('18 per cento')).toEqual(Q(18, 18, 'percent', false, '18 per cento'));
    expect(q('5％')).toEqual(Q(5, 5, 'percent', false, '5％'));
    expect(q('5 percentage points')).toEqual(Q(5, 5, 'percentage-point', false, '5 percentage points'));
    expect(q('3pp')).toEqual(Q(3, 3, 'percentage-point', false, '3pp'));
  });

  it('reads ratios', () => {
    expect(q('35x')).toEqual(Q(35, 35, 'ratio', false, '35x'));
    expect(q('35×')).toEqual(Q(35, 35, 'ratio', false, '35×'));
    expect(q('6x cheaper')).toEqual(Q(6, 6, 'ratio', false, '6x'));
    expect(q('3.5X')).toEqual(Q(3.5, 3.5, 'ratio', false, '3.5X'));
  });

  it('reads fractions only with an ordinal ending or before "of"', () => {
    expect(q('1/10th')).toEqual(Q(0.1, 0.1, 'ratio', false, '1/10th'));
    expect(q('1/4 of the cost')).toEqual(Q(0.25, 0.25, 'ratio', false, '1/4'));
    expect(findQuantities('24/7 and 1/2')).toEqual([]);
  });
});

describe('units', () => {
  it('reads a unit word right after the number', () => {
    expect(q('over 8,000 stars')).toEqual(Q(8000, null, 'star', true, 'over 8,000 stars'));
    expect(spans('over 8,000 stars')).toEqual([['over 8,000 stars', '8,000', 'stars', false]]);
  });

  it('reads a unit word after up to two name tokens', () => {
    const text = 'It used 10,000+ Nvidia H800 GPUs.';
    const [m] = findQuantities(text, { gpus: 'gpu' });
    expect(m!.quantity).toEqual(Q(10000, null, 'gpu', true, '10,000+ Nvidia H800 GPUs'));
    expect(slice(text, m!.unitSpan)).toBe('GPUs');
    expect(slice(text, m!.numberSpan)).toBe('10,000');
    expect(q('over 8,000 GitHub stars')).toEqual(Q(8000, null, 'star', true, 'over 8,000 GitHub stars'));
  });

  it('does not cross lower-case words, punctuation or three names', () => {
    expect(q('8,000 new stars')).toEqual(Q(8000, 8000, '', false, '8,000'));
    expect(q('8,000 Nvidia, GPUs')).toEqual(Q(8000, 8000, '', false, '8,000'));
    expect(q('8,000 Big Nvidia H800 GPUs')).toEqual(Q(8000, 8000, '', false, '8,000'));
  });

  it('matches multi-word unit phrases case-insensitively on word boundaries', () => {
    const units = { 'nvidia h800 gpus': 'h800', 'h800 gpus': 'h800' };
    expect(q('2,048 NVIDIA H800 GPUs', units)).toEqual(Q(2048, 2048, 'h800', false, '2,048 NVIDIA H800 GPUs'));
    expect(q('2,048 H800 GPUsX', units)).toEqual(Q(2048, 2048, '', false, '2,048'));
  });

  it("lets callers' unit words take precedence over built-in ones", () => {
    expect(q('5 staff', { staff: 'staffer' })).toEqual(Q(5, 5, 'staffer', false, '5 staff'));
    expect(q('5 staff')).toEqual(Q(5, 5, 'person', false, '5 staff'));
  });

  it("reads a Chinese scale inside a caller's unit word (\"万元\", 万 and 元) as the scale; not one that makes a unit of its own (\"千克\")", () => {
    const yuan = { 万元: 'CNY', 萬元: 'CNY', 元: 'CNY' };
    expect(q('售价18.36万元', yuan)).toEqual(Q(183600, 183600, 'CNY', false, '18.36万元'));
    expect(q('售價 26.4 萬元', yuan)).toEqual(Q(264000, 264000, 'CNY', false, '26.4 萬元'));
    expect(q('重1400千克', { 千克: 'kg', 克: 'g' })).toEqual(Q(1400, 1400, 'kg', false, '1400千克'));
  });

  it('reads generic unit words', () => {
    expect(q('5 people')).toEqual(Q(5, 5, 'person', false, '5 people'));
    expect(q('5 employees')).toEqual(Q(5, 5, 'person', false, '5 employees'));
    expect(q('5 tokens')).toEqual(Q(5, 5, 'token', false, '5 tokens'));
    expect(q('7B params')).toEqual(Q(7e9, 7e9, 'parameter', false, '7B params'));
    expect(q('70B-parameter model')).toEqual(Q(70e9, 70e9, 'parameter', false, '70B-parameter'));
    expect(q('5 gigawatts')).toEqual(Q(5, 5, 'gigawatt', false, '5 gigawatts'));
    expect(q('5 GW')).toEqual(Q(5, 5, 'gigawatt', false, '5 GW'));
    expect(q('100GW')).toEqual(Q(100, 100, 'gigawatt', false, '100GW'));
    expect(q('300 MW')).toEqual(Q(300, 300, 'megawatt', false, '300 MW'));
    expect(q('300 megawatts')).toEqual(Q(300, 300, 'megawatt', false, '300 megawatts'));
  });

  it('keeps a prefix currency over a later unit word', () => {
    expect(q('$5 USD')).toEqual(Q(5, 5, 'USD', false, '$5 USD'));
    expect(q('$5 stars')).toEqual(Q(5, 5, 'USD', false, '$5'));
  });
});

describe('not numbers', () => {
  it('skips digits glued into names and identifiers', () => {
    for (const name of [
      'Qwen2.5', 'GPT-4o', 'GPT-4', 'H800', 'H100s', 'B200', 'V3', '8x22B', 'Mixtral 8x7B', 'Qwen3.6-35B-A3B',
      'deepseek-ai/DeepSeek-V2', 'COVID-19', '5th', '1990s', "'90s", '80GB', '3×4', '5+3', 'Ｈ８００',
    ]) {
      expect(findQuantities(name), name).toEqual([]);
    }
  });

  it('skips versions, dates, times and malformed groups', () => {
    for (const text of ['2.0.1', 'v2.0.1', '192.168.0.1', '2026-04-01', '2026-04', 'season 2020-21', '04/01/2026', '11:44', '1,2,3', '12,3456']) {
      expect(findQuantities(text), text).toEqual([]);
    }
  });

  it('skips a time zone\'s offset ("GMT +2", "UTC −5", "CET+1") and hours added to a zone ("+2 hours"), not a count after them', () => {
    const units: UnitWords = { countries: 'country', hours: 'hour' };
    for (const text of ['All GMT +2 countries', 'UTC −5 countries', 'UTC - 5 countries', 'CET+1 countries', 'we overlap (+2 hours) with', 'EST ±3 hours']) {
      expect(findQuantities(text, units), text).toEqual([]);
    }
    expect(spans('operating in 12 countries, GMT +2', { countries: 'country' })).toEqual([['12 countries', '12', 'countries', false]]);
    expect(spans('an overlap of 2 hours', { hours: 'hour' })).toEqual([['2 hours', '2', 'hours', false]]);
  });

  it('keeps standalone numbers after names: callers decide what they mean', () => {
    expect(spans('Llama 3 70B')).toEqual([
      ['3', '3', undefined, false],
      ['70B', '70B', undefined, false],
    ]);
    expect(q('Apache 2.0')).toEqual(Q(2, 2, '', false, '2.0'));
  });
});

describe('years', () => {
  it('marks bare 4-digit years', () => {
    expect(spans('in 2024')).toEqual([['2024', '2024', undefined, true]]);
    expect(spans('2025年')).toEqual([['2025', '2025', undefined, true]]);
    expect(spans('circa 1990')).toEqual([['circa 1990', '1990', undefined, true]]);
    expect(spans('2020-2025')).toEqual([['2020-2025', '2020-2025', undefined, true]]);
  });

  it('does not mark figures with a unit, currency, scale, bound or separator', () => {
    for (const text of ['2000 people', '$2000', '2000%', 'over 2000', '2000+', '2,000', '2000.5', '2200', '1800', '-2000']) {
      const [m] = findQuantities(text);
      expect(m, text).toBeDefined();
      expect(m!.calendar, text).toBeUndefined();
    }
  });

  it('marks the hour and the minute of a time of day in Japanese, Chinese and Korean, not a duration', () => {
    const minutes: UnitWords = { 分: 'minute', 분: 'minute', 時間: 'hour' };
    expect(spans('午後3時20分ごろ', minutes)).toEqual([['3', '3', undefined, true], ['20分', '20', '分', true]]);
    expect(spans('下午9点40分', minutes).map((s) => s[3])).toEqual([true, true]);
    expect(spans('오후 8시15분에', minutes).map((s) => s[3])).toEqual([true, true]);
    // A duration in parts is one figure, in seconds, and no time of day.
    expect(findQuantities('2時間15分で', minutes).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit, m.calendar ?? false])).toEqual([['2時間15分', 8100, 'second', false]]);
    expect(spans('15分で消火', minutes)).toEqual([['15分', '15', '分', false]]);
  });

  it('marks a month or a day of a Chinese date, not a count of months or days', () => {
    expect(spans('6月底获批')).toEqual([['6', '6', undefined, true]]);
    expect(spans('2024年7月23日')).toEqual([
      ['2024', '2024', undefined, true],
      ['7', '7', undefined, true],
      ['23', '23', undefined, true],
    ]);
    expect(spans('6个月')).toEqual([['6', '6', undefined, false]]);
    expect(spans('32日')).toEqual([['32', '32', undefined, false]]);
  });

  it('marks a month, a day or a quarter of a Korean date and a quarter in Chinese or Japanese', () => {
    for (const text of ['7월 5일', '3분기 매출', '3季度营收', '第3四半期の売上高', '2财季']) expect(spans(text).map((s) => s[3]), text).toEqual(text.startsWith('7') ? [true, true] : [true]);
    expect(spans('3개월')).toEqual([['3', '3', undefined, false]]);
  });

  it('does not reach across names for the unit of a year', () => {
    expect(spans('In 2024 Nvidia GPUs shipped')).toEqual([['2024', '2024', undefined, true]]);
  });
});

describe('several figures', () => {
  it('finds figures left to right without overlap', () => {
    const text = 'DeepSeek-V3 has 671B parameters, cost $5.6M and beat GPT-4o by 20-30% in 2024 with over 2,000 GPUs.';
    expect(spans(text)).toEqual([
      ['671B parameters', '671B', 'parameters', false],
      ['$5.6M', '$5.6M', undefined, false],
      ['20-30%', '20-30', undefined, false],
      ['2024', '2024', undefined, true],
      ['over 2,000 GPUs', '2,000', 'GPUs', false],
    ]);
  });

  it('does not let a hedge or currency reach into the previous figure', () => {
    expect(spans('5 USD 6')).toEqual([
      ['5 USD', '5', 'USD', false],
      ['6', '6', undefined, false],
    ]);
  });
});

describe('robustness', () => {
  it('returns nothing for empty or number-free text', () => {
    expect(findQuantities('')).toEqual([]);
    expect(parseQuantity('no figures here')).toBeNull();
  });

  it('never throws and keeps its span invariants on arbitrary strings', () => {
    const units = fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 5 }), { maxKeys: 4 });
    const numbery = fc.string({
      unit: fc.constantFrom(...'0123456789,.-–+~%$€¥ xXBbKkMm万亿多以上约超过 over about to and between stars GPUs H800 '.split('')),
      maxLength: 60,
    });
    for (const arb of [fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), numbery]) {
      fc.assert(
        fc.property(arb, units, (text, words) => {
          const all = findQuantities(text, words);
          let prev = 0;
          for (const m of all) {
            expect(m.span.start).toBeGreaterThanOrEqual(prev);
            expect(m.span.end).toBeGreaterThan(m.span.start);
            expect(m.span.end).toBeLessThanOrEqual(text.length);
            expect(m.numberSpan.start).toBeGreaterThanOrEqual(m.span.start);
            expect(m.numberSpan.end).toBeLessThanOrEqual(m.span.end);
            expect(m.quantity.text).toBe(text.slice(m.span.start, m.span.end));
            if (m.quantity.min !== null && m.quantity.max !== null) {
              expect(m.quantity.min).toBeLessThanOrEqual(m.quantity.max);
            }
            expect(m.quantity.min !== null || m.quantity.max !== null).toBe(true);
            prev = m.span.end;
          }
          const first = parseQuantity(text, words);
          expect(first).toEqual(all.length > 0 ? all[0]!.quantity : null);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('reads "over N" for any formatted integer as a lower bound of N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (n, grouped) => {
        const written = grouped ? n.toLocaleString('en-US') : String(n);
        const got = parseQuantity(`over ${written}`);
        expect(got).toEqual(Q(n, null, '', true, `over ${written}`));
      }),
    );
  });
});

describe('scientific notation', () => {
  const FLOP: UnitWords = { flops: 'FLOP', flop: 'FLOP' };
  const value = (text: string, format?: { decimal: '.' | ','; thousands: ',' | '.' | ' ' | '' }) =>
    findQuantities(text, FLOP, format ? { format } : undefined).map((m) => [m.quantity.text, m.quantity.min, m.quantity.max, m.quantity.unit]);

  it('reads a power of ten written with ×, x, a caret, superscripts or an e as the whole figure', () => {
    expect(value('the run used roughly 3.2 × 10^23 FLOPs')).toEqual([['roughly 3.2 × 10^23 FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3.2×10²³ FLOPs')).toEqual([['3.2×10²³ FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3.2 x 10^23 FLOPs')).toEqual([['3.2 x 10^23 FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3.2e23 FLOP')).toEqual([['3.2e23 FLOP', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3.2E+23 FLOP')).toEqual([['3.2E+23 FLOP', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('a gap of 1.5 × 10^-3 m')).toEqual([['1.5 × 10^-3 m', 0.0015, 0.0015, 'metre']]);
    expect(value('about 10^21 FLOPs')).toEqual([['about 10^21 FLOPs', 1e21, 1e21, 'FLOP']]);
    expect(value('3.2 \\times 10^{23} FLOPs')).toEqual([['3.2 \\times 10^{23} FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
  });

  it('reads a decimal comma before a power of ten on any page', () => {
    expect(value('3,2 × 10^23 FLOPs')).toEqual([['3,2 × 10^23 FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3,2 × 10^23 FLOPs', { decimal: ',', thousands: '.' })).toEqual([['3,2 × 10^23 FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
    expect(value('3.2 × 10^23 FLOPs', { decimal: ',', thousands: '.' })).toEqual([['3.2 × 10^23 FLOPs', 3.2e23, 3.2e23, 'FLOP']]);
  });

  it('reads nothing, not the mantissa, where the exponent cannot be read', () => {
    expect(value('3.2 × 10^n FLOPs')).toEqual([]);
    // "10<sup>23</sup>" with its tags masked as spaces
    expect(value('3.2 × 10     23      FLOPs')).toEqual([]);
    expect(value('3.2e999 FLOPs')).toEqual([]);
  });

  it('leaves products, sizes and codes alone', () => {
    expect(value('2 x 10 GPUs').map((v) => v[0])).toEqual(['2', '10']);
    expect(value('a 2.5 x 100 mm bolt').map((v) => v[0])).toEqual(['2.5', '100 mm']);
    expect(value('3.5x faster')).toEqual([['3.5x', 3.5, 3.5, 'ratio']]);
    expect(value('commit 5e3a')).toEqual([]);
  });

  it('reads any mantissa and exponent in every written form as mantissa × 10^exponent', () => {
    const forms = [
      (m: string, e: number) => `${m} × 10^${e}`,
      (m: string, e: number) => `${m}×10^${e}`,
      (m: string, e: number) => `${m} x 10^${e}`,
      (m: string, e: number) => `${m} × 10^{${e}}`,
      (m: string, e: number) => `${m}e${e}`,
      (m: string, e: number) => `${m}E${e < 0 ? '' : '+'}${e}`,
      (m: string, e: number) => `${m}×10${String(e).replace(/./gu, (c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]!))}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        // not three digits: "1,500 × 10^3" groups thousands on a page of decimal points
        fc.option(fc.stringMatching(/^(?:\d{1,2}|\d{4})$/u), { nil: undefined }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: forms.length - 1 }),
        fc.boolean(),
        (lead, frac, exp, form, comma) => {
          const mantissa = frac === undefined ? String(lead) : `${lead}.${frac}`;
          const written = forms[form]!(comma ? mantissa.replace('.', ',') : mantissa, exp);
          const got = findQuantities(`it used ${written} FLOPs in all`, FLOP);
          const expected = Number(`${mantissa}e${exp}`);
          expect(got.map((m) => [m.quantity.min, m.quantity.max, m.quantity.unit, m.numberSpan.end - m.numberSpan.start])).toEqual([[expected, expected, 'FLOP', written.length]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reads the mantissa alone before a power of ten it cannot read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('^', '^{', '^-', '^x', '     ', '^{12'), (lead, frac, tail) => {
        const mantissa = Number(`${lead}.${frac}`);
        const got = findQuantities(`it used ${lead}.${frac} × 10${tail}${tail.trim() === '' ? '21' : ''} FLOPs`, FLOP);
        expect(got.some((m) => m.quantity.min === mantissa || m.quantity.min === 10)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

// Last in the file: counting work wraps RegExp.prototype.exec, and V8 runs every pattern of this
// process on its slow path once the prototype has been touched, even after it is restored.
describe('growth', () => {
  it('grows linearly on adversarial input (work counted at 12.5K and 200K characters, test/helpers/growth.ts)', () => {
    const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const inputs: Record<string, (n: number) => string> = {
      digits: (n) => Array.from({ length: n }, (_, i) => '0123456789,. '[(i * 7919) % 13]).join(''),
      parentheses: repeat('('),
      nines: repeat('9'),
      thousands: repeat('1,000'),
      'one-space': repeat('1 '),
      'one-dash': repeat('1-'),
      'five to': repeat('5 to '),
      over: (n) => `${repeat('over ')(n - 1)}5`,
      'GPU units': repeat('5 Nvidia H800 '),
      CJK: repeat('3万多人以上'),
    };
    const failures = Object.entries(inputs).flatMap(([name, make]) => {
      const failure = superLinear(measureGrowth((t: string) => findQuantities(t, UNITS), make, 12_500));
      return failure ? [`${name}: ${failure}`] : [];
    });
    expect(failures).toEqual([]);
  });
});

describe('currencies by their sign or code, other than the dollar', () => {
  it('reads another dollar, the won and the Nordic crowns as their own currency, not as US dollars or a bare figure', () => {
    const units = (text: string) => findQuantities(text).map((m) => [slice(text, m.span), m.quantity.unit]);
    expect(units('R$ 18 milhões, A$5 billion, HK$3bn and US$ 5 billion')).toEqual([
      ['R$ 18 milhões', 'BRL'],
      ['A$5 billion', 'AUD'],
      ['HK$3bn', 'HKD'],
      ['US$ 5 billion', 'USD'],
    ]);
    expect(units('₩1.42 trillion, 1.42 trillion won, KRW 1.42 trillion and SEK 9.6 billion')).toEqual([
      ['₩1.42 trillion', 'KRW'],
      ['1.42 trillion won', 'KRW'],
      ['KRW 1.42 trillion', 'KRW'],
      ['SEK 9.6 billion', 'SEK'],
    ]);
  });
});

describe('a year before "to" and a figure', () => {
  it('is a date and the level reached, no range; two years are still one', () => {
    expect(spans('output fell 5% in 2024 to 112,000 tonnes').map((s) => s[0])).toEqual(['5%', '2024', '112,000 tonnes']);
    expect(q('1,900 to 2,100 stars')).toEqual(Q(1900, 2100, 'star', false, '1,900 to 2,100 stars'));
  });
});

describe('"up to" after a verb of moving', () => {
  it('is the level reached, no ceiling', () => {
    for (const verb of ['crept', 'edged', 'ticked', 'inched']) expect(parseQuantity(`margin ${verb} up to 9.8%`)?.max).toBe(9.8);
    for (const verb of ['crept', 'edged']) expect(parseQuantity(`margin ${verb} up to 9.8%`)?.min).toBe(9.8);
    expect(parseQuantity('a margin of up to 9.8%')?.min).toBe(null);
  });
});

describe('ranges and bounds a review of this stop’s rules found misread', () => {
  it('a four-digit figure before "to" is a range’s end unless a word dates it', () => {
    expect(q('costs 1999 to 2499 yuan')).toEqual(Q(1999, 2499, 'CNY', false, '1999 to 2499 yuan'));
    expect(q('a crowd of 2000 to 3000 stars')).toEqual(Q(2000, 3000, 'star', false, '2000 to 3000 stars'));
  });
  it('"scaled up to" states a capacity, a ceiling', () => {
    expect(q('can be scaled up to 1024 GPUs')).toEqual(Q(null, 1024, 'gpu', true, 'up to 1024 GPUs'));
  });
});

describe('mining’s units and Russian scales', () => {
  it('reads megatonnes (a capital M only), troy ounces and "тыс."', () => {
    expect(q('48.6 Mt')).toEqual(Q(48.6, 48.6, 'megatonne', false, '48.6 Mt'));
    expect(q('10 mt')?.unit).toBe('');
    expect(q('318,000 troy ounces')).toEqual(Q(318000, 318000, 'troy-ounce', false, '318,000 troy ounces'));
    expect(q('112 тыс. тонн')).toEqual(Q(112000, 112000, 'tonne', false, '112 тыс. тонн'));
  });
});

describe('the size of a move before "to" and the level it reached', () => {
  it('is no range when the level is many times the move; a range of moves stays one', () => {
    expect(spans('population grew by 5,000 to 426,600 residents').map((s) => s[0])).toEqual(['5,000', '426,600 residents']);
    expect(spans('revenue grew by $2 million to $40 million').map((s) => s[0])).toEqual(['$2 million', '$40 million']);
    expect(spans('prices rose by 5 to 10 percent').map((s) => s[0])).toEqual(['5 to 10 percent']);
    expect(spans('sales rose by 1.5 to 3 million units').map((s) => s[0])).toEqual(['1.5 to 3 million']);
  });
});

describe('negated bounds in the other languages', () => {
  it('"non più di", "no más de", "pas plus de", "nicht mehr als", "não mais de" are upper bounds, not the floors they hold', () => {
    const read = (text: string) => {
      const m = q(text);
      return m && [m.min, m.max, m.approx];
    };
    for (const upper of ['non più di 5', 'no más de 5', 'pas plus de 5', 'nicht mehr als 5', 'não mais de 5', 'não mais que 5', 'niet meer dan 5', 'tout au plus 5', 'al massimo 5'])
      expect(read(upper), upper).toEqual([null, 5, true]);
    for (const lower of ['non meno di 5', 'no menos de 5', 'nicht weniger als 5', 'não menos de 5', 'niet minder dan 5', 'not fewer than 5'])
      expect(read(lower), lower).toEqual([5, null, true]);
  });
});

describe('a Chinese or Japanese name glued to its number by a hyphen, and fractions written with 分の / 分之', () => {
  const figures = (text: string) => findQuantities(text).map((m) => [text.slice(m.span.start, m.span.end), m.quantity.min, m.quantity.max]);

  it('reads "燕鸥-2-70B-Chat" as a name, not a range from minus two; a minus after a word that brings a value stays one', () => {
    expect(figures('上一代的燕鸥-2-70B-Chat在测验中拿到63.2分。')).toEqual([['63.2', 63.2, 63.2]]);
    expect(figures('| 模型名称 | 燕鸥-3-72B-Instruct |')).toEqual([]);
    expect(figures('ツバメ-2の評価')).toEqual([]);
    expect(figures('夜间气温降至-5℃，增长率为-2.3%。').map((f) => f[1])).toEqual([-5, -2.3]);
    expect(figures('价格为5万-10万元')).toEqual([['5万-10万元', 50000, 100000]]);
  });

  it('reads "3分の1" and "4分之1" (a third, a quarter) as no figure; a score in 分 before another word stays one', () => {
    expect(figures('重さは旧型の3分の1ほどです')).toEqual([]);
    expect(figures('耗电量仅为旧款的4分之1')).toEqual([]);
    expect(figures('拿到61.5分之后')).toEqual([['61.5', 61.5, 61.5]]);
  });
});
