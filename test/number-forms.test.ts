// Number forms: number words and Chinese numerals, lakh and crore, rupees, Indian grouping, caller scale
// words, per-document number formats, units glued to Chinese scales, Chinese hedges; and the property
// tests for each form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPageLanguage } from '../src/normalise/number-format.js';
import { ENGLISH_FORMAT, findQuantities, inferNumberFormat, parseQuantity, type FindOptions, type NumberFormat, type UnitWords } from '../src/normalise/numbers.js';
import { halfUnit } from '../src/normalise/precision.js';
import type { Quantity } from '../src/types.js';

const UNITS: UnitWords = { gpus: 'gpu', gpu: 'gpu', turbines: 'turbine', 卡: 'gpu', 星: 'star', 颗星: 'star', mah: 'mah', zoll: 'inch' };
const WORDS: FindOptions = { words: true };

function Q(min: number | null, max: number | null, unit: string, approx: boolean, text: string): Quantity {
  return { kind: 'quantity', min, max, unit, approx, text };
}
const q = (text: string, options?: FindOptions) => parseQuantity(text, UNITS, options);
/** Every match as [text, min, max, unit, word, ambiguous]. */
const all = (text: string, options?: FindOptions) =>
  findQuantities(text, UNITS, options).map((m) => [m.quantity.text, m.quantity.min, m.quantity.max, m.quantity.unit, m.word === true, m.ambiguous === true]);

describe('number words (with the words option)', () => {
  it('reads counts before a noun or a unit, marked word', () => {
    expect(all('three turbines', WORDS)).toEqual([['three turbines', 3, 3, 'turbine', true, false]]);
    expect(all('Seven new models', WORDS)).toEqual([['Seven', 7, 7, '', true, false]]);
    expect(q('twenty-five people', WORDS)).toEqual(Q(25, 25, 'person', false, 'twenty-five people'));
    expect(q('forty two GPUs', WORDS)).toEqual(Q(42, 42, 'gpu', false, 'forty two GPUs'));
    expect(q('two hundred and fifty GPUs', WORDS)).toEqual(Q(250, 250, 'gpu', false, 'two hundred and fifty GPUs'));
    expect(q('one and a half years', WORDS)).toEqual(Q(1.5, 1.5, 'year', false, 'one and a half years'));
  });

  it('reads dozens and scale words, which need no noun after them', () => {
    expect(q('a dozen', WORDS)).toEqual(Q(12, 12, '', false, 'a dozen'));
    expect(q('two dozen', WORDS)).toEqual(Q(24, 24, '', false, 'two dozen'));
    expect(q('a million downloads', WORDS)).toEqual(Q(1e6, 1e6, '', false, 'a million'));
    expect(q('two million', WORDS)).toEqual(Q(2e6, 2e6, '', false, 'two million'));
    expect(q('half a million', WORDS)).toEqual(Q(5e5, 5e5, '', false, 'half a million'));
    expect(q('two and a half million', WORDS)).toEqual(Q(2.5e6, 2.5e6, '', false, 'two and a half million'));
    expect(q('two hundred thousand', WORDS)).toEqual(Q(2e5, 2e5, '', false, 'two hundred thousand'));
    expect(q('a hundred', WORDS)).toEqual(Q(100, 100, '', false, 'a hundred'));
    expect(q('twelve hundred', WORDS)).toEqual(Q(1200, 1200, '', false, 'twelve hundred'));
  });

  it('reads hedges around number words', () => {
    expect(q('over two million users', WORDS)).toEqual(Q(2e6, null, '', true, 'over two million'));
    expect(q('nearly a dozen', WORDS)).toEqual(Q(12, 12, '', true, 'nearly a dozen'));
    expect(q('more than twenty GPUs', WORDS)).toEqual(Q(20, null, 'gpu', true, 'more than twenty GPUs'));
    expect(q('three or more GPUs', WORDS)).toEqual(Q(3, null, 'gpu', true, 'three or more GPUs'));
  });

  it('reads a scale word joined by a hyphen, as in a compound adjective: "a 70-billion-parameter model", "a $5-million deal"', () => {
    expect(all('a 70-billion-parameter model')).toEqual([['70-billion-parameter', 70e9, 70e9, 'parameter', false, false]]);
    expect(all('a $5-million deal')).toEqual([['$5-million', 5e6, 5e6, 'USD', false, false]]);
    expect(all('1.8-trillion GPUs')).toEqual([['1.8-trillion GPUs', 1.8e12, 1.8e12, 'gpu', false, false]]);
    // Only a scale word: "a 10-K filing", "3-way" are no scaled figures.
    expect(all('a 10-K filing')).toEqual([['10', 10, 10, '', false, false]]);
  });

  it('reads one and a half of a unit after "a" or "an": "an hour and a half", "an hour-and-a-half", "a mile and a half"', () => {
    expect(all('The ride was an hour-and-a-half long.', WORDS)).toEqual([['an hour-and-a-half', 1.5, 1.5, 'hour', true, false]]);
    expect(all('It took an hour and a half.', WORDS)).toEqual([['an hour and a half', 1.5, 1.5, 'hour', true, false]]);
    expect(all('a mile and a half', WORDS)).toEqual([['a mile and a half', 1.5, 1.5, 'mile', true, false]]);
    expect(all('about an hour-and-a-half', WORDS).map((m) => [m[0], m[3]])).toEqual([['about an hour-and-a-half', 'hour']]);
    // "an hour", "a half", "an hour and a quarter" alone are no figure here.
    for (const text of ['an hour later', 'a half', 'an hour and a quarter', 'an apple and a half']) expect(findQuantities(text, UNITS, WORDS), text).toEqual([]);
  });

  it('reads a range in words as a range in the second end\'s unit, as digits are: "two to three weeks", "four or five days"', () => {
    expect(all('an incubation period of two to three weeks', WORDS)).toEqual([['two to three weeks', 2, 3, 'week', true, false]]);
    expect(q('about four or five days', WORDS)).toEqual(Q(4, 5, 'day', true, 'about four or five days'));
    // The same in digits.
    expect(q('2 to 3 weeks', WORDS)).toEqual(Q(2, 3, 'week', false, '2 to 3 weeks'));
    // Not a range: a bound before the first end, a second end no greater, alternatives far apart.
    expect(q('more than two to three weeks', WORDS)).toEqual(Q(3, 3, 'week', false, 'three weeks'));
    expect(all('three to two weeks', WORDS)).toEqual([['two weeks', 2, 2, 'week', true, false]]);
    expect(all('one or nine days', WORDS)).toEqual([['nine days', 9, 9, 'day', true, false]]);
  });

  it('reads compounds: "three-way", "two-day", "top-4"', () => {
    expect(all('a three-way merger', WORDS)).toEqual([['three-way', 3, 3, '', true, false]]);
    expect(all('a two-day event', WORDS)).toEqual([['two-day', 2, 2, 'day', true, false]]);
    expect(all('a top-4 finish', WORDS)).toEqual([['top-4', 4, 4, '', true, false]]);
  });

  it('leaves pronouns, fractions, ordinals, idioms and names alone', () => {
    for (const text of [
      'one of the models', 'no one knows', 'the one that won', 'two of them', 'one another', 'two thirds of it',
      'a one-off payment', 'the twenty-first', 'Cloud Nine raised money', 'ten times cheaper', 'one.', 'a few',
      'and then three', 'a model', 'half the cost',
    ]) {
      expect(findQuantities(text, UNITS, WORDS), text).toEqual([]);
    }
  });

  it('is off by default: today\'s callers see only digits', () => {
    expect(findQuantities('three turbines, a dozen, two million, top-4, 三台', UNITS)).toEqual([]);
  });
});

describe('Chinese numerals (with the words option)', () => {
  it('reads numerals before a measure word or a unit, marked word', () => {
    expect(all('三台服务器', WORDS)).toEqual([['三', 3, 3, '', true, false]]);
    expect(all('有两家公司', WORDS)).toEqual([['两', 2, 2, '', true, false]]);
    expect(all('十二个', WORDS)).toEqual([['十二', 12, 12, '', true, false]]);
    expect(all('三颗星', WORDS)).toEqual([['三颗星', 3, 3, 'star', true, false]]);
    expect(all('两千万人', WORDS)).toEqual([['两千万人', 2e7, 2e7, 'person', true, false]]);
    expect(all('三百零五名员工', WORDS)).toEqual([['三百零五名员工', 305, 305, 'person', true, false]]);
    expect(all('三年', WORDS)).toEqual([['三年', 3, 3, 'year', true, false]]);
    expect(all('两个月', WORDS)).toEqual([['两个月', 2, 2, 'month', true, false]]);
    expect(all('一千米', WORDS)).toEqual([['一千米', 1, 1, 'kilometre', true, false]]);
  });

  it('reads "增长X%至Y亿" (grew X% to Y) as two figures, and "5%至7%", "5至7亿" as ranges', () => {
    const all = (text: string) => findQuantities(text, UNITS).map((m) => [m.quantity.min, m.quantity.max, m.quantity.unit]);
    expect(all('营收同比增长38%至72亿美元')).toEqual([
      [38, 38, 'percent'],
      [7.2e9, 7.2e9, 'USD'],
    ]);
    expect(all('增长5%至7%')).toEqual([[5, 7, 'percent']]);
    expect(all('5至7亿')).toEqual([[5e8, 7e8, '']]);
  });

  it('reads hedges and 多 around numerals', () => {
    expect(q('约三万人', WORDS)).toEqual(Q(3e4, 3e4, 'person', true, '约三万人'));
    expect(q('三十多家', WORDS)).toEqual(Q(30, null, '', true, '三十多'));
    expect(q('超过两千家', WORDS)).toEqual(Q(2000, null, '', true, '超过两千'));
  });

  it('leaves ordinals, words that hold a numeral and names alone', () => {
    for (const text of ['第三个', '统一', '唯一一家', '之一', '三星', '三四家', '十一月', '万一', '这一年']) {
      expect(findQuantities(text, UNITS, WORDS), text).toEqual([]);
    }
  });
});

describe('lakh, crore, rupees and caller scale words', () => {
  it('reads lakh and crore, and two scale words that multiply', () => {
    expect(q('₹450 crore')).toEqual(Q(4.5e9, 4.5e9, 'INR', false, '₹450 crore'));
    expect(q('Rs 2.5 lakh')).toEqual(Q(2.5e5, 2.5e5, 'INR', false, 'Rs 2.5 lakh'));
    expect(q('INR 1.5 lakh crore')).toEqual(Q(1.5e12, 1.5e12, 'INR', false, 'INR 1.5 lakh crore'));
    expect(q('450 करोड़ रुपये')).toEqual(Q(4.5e9, 4.5e9, 'INR', false, '450 करोड़ रुपये'));
    expect(q('2 lakhs rupees')).toEqual(Q(2e5, 2e5, 'INR', false, '2 lakhs rupees'));
    expect(q('$5 hundred million')).toEqual(Q(5e8, 5e8, 'USD', false, '$5 hundred million'));
  });

  it('reads Indian digit grouping and rupee marks', () => {
    expect(q('Rs. 1,29,999')).toEqual(Q(129999, 129999, 'INR', false, 'Rs. 1,29,999'));
    expect(q('₹12,34,56,789')).toEqual(Q(123456789, 123456789, 'INR', false, '₹12,34,56,789'));
    expect(q('1,00,000 users')).toEqual(Q(1e5, 1e5, '', false, '1,00,000'));
    expect(findQuantities('Mrs. 5 and hrs 6').map((m) => m.quantity.unit)).toEqual(['', '']);
  });

  it('reads scale words declared by the caller, before the built-in ones', () => {
    const scaleWords = { myriad: 4, crore: 8 };
    expect(parseQuantity('3 myriad', undefined, { scaleWords })).toEqual(Q(3e4, 3e4, '', false, '3 myriad'));
    expect(parseQuantity('3 crore', undefined, { scaleWords })).toEqual(Q(3e8, 3e8, '', false, '3 crore'));
    expect(parseQuantity('two myriad', undefined, { scaleWords, words: true })).toEqual(Q(2e4, 2e4, '', false, 'two myriad'));
    expect(parseQuantity('3 myriad')).toEqual(Q(3, 3, '', false, '3'));
  });
});

describe('number formats', () => {
  const fmt = (decimal: NumberFormat['decimal'], thousands: NumberFormat['thousands']): NumberFormat => ({ decimal, thousands });

  it('infers the format from unambiguous evidence in the whole document', () => {
    expect(inferNumberFormat('Der Akku hat 4.900 mAh, das Display 6,7 Zoll.')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('1.024 servers and 1.024.000 users')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('Umsatz: €2,4 billion')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('1.234,56 €')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('Bluetooth 5.3 und 6,7 Zoll')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('prix 1 024,5 €')).toEqual(fmt(',', ' '));
    expect(inferNumberFormat('about 30\u202f000 people and 5.5 days')).toEqual(fmt('.', ' '));
    expect(inferNumberFormat('1,234,567.5 and 8,000')).toEqual(ENGLISH_FORMAT);
  });

  it('weighs no figure in code: a program\'s "12,16" lists two numbers and says nothing of the page\'s decimal mark', () => {
    const card = [
      '| GFLOPs | 65.984 |',
      '| MParams | 61.922 |',
      '| mAP | 86.35% |',
      '',
      'Output `boxes`, shape `1,52,52,27`. The anchor values are `12,16,  19,36,  40,28`, scores in the `[0,1]` range.',
      '',
      '```',
      'anchors = [10,13, 16,30]',
      '```',
    ].join('\n');
    expect(inferNumberFormat(card)).toEqual(ENGLISH_FORMAT);
    // The same lists outside code are decimal commas, as before.
    expect(inferNumberFormat(card.replace(/`/g, ''))).toEqual(fmt(',', '.'));
    // A lone backtick closes nothing and hides nothing after it.
    expect(inferNumberFormat('a ` mark, then 6,7 Zoll und 4.900 mAh')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('`a` then ``b ` c`` then 6,7 Zoll und 4.900 mAh')).toEqual(fmt(',', '.'));
  });

  it('reads one plain space before three digits as a group where the comma is the decimal mark, or where no comma groups thousands', () => {
    expect(inferNumberFormat('un séisme de magnitude 7,4 a fait plus de 1 000 morts')).toEqual(fmt(',', ' '));
    expect(inferNumberFormat('plus de 2 500 morts et 9 100 blessés')).toEqual(fmt('.', ' '));
    expect(inferNumberFormat('plus de 1 000 morts')).toEqual(fmt('.', ' '));
    expect(inferNumberFormat('rated 4.5 by 1 200 users and 3 400 critics')).toEqual(fmt('.', ' '));
    // Beside a comma between thousands, such a figure leaves the document English (and is read as nothing).
    expect(inferNumberFormat('rated by 1 200 users and 3,400 critics')).toEqual(ENGLISH_FORMAT);
    expect(inferNumberFormat('1 200 users, 1,234.5 hours')).toEqual(ENGLISH_FORMAT);
  });

  it('reads space-grouped thousands on a page whose commas group none, in any language, and no name\'s number as a head', () => {
    const read = (text: string) => findQuantities(text, UNITS, { format: inferNumberFormat(text) }).map((m) => [m.quantity.text, m.quantity.min]);
    expect(read('The lab trained it on 3 000 billion tokens.')).toEqual([['3 000 billion tokens', 3e12]]);
    expect(read('It ran on 4 096 GPUs for 2.5 weeks.')).toEqual([['4 096 GPUs', 4096], ['2.5 weeks', 2.5]]);
    expect(read('It ran on 4\u00a0096 GPUs and 12\u202f288 more.')).toEqual([['4\u00a0096 GPUs', 4096], ['12\u202f288', 12288]]);
    expect(read('Le modèle a été entraîné sur 3 000 milliards de tokens.')).toEqual([['3 000 milliards de tokens', 3e12]]);
    // beside "4,096": two figures, or one, cannot be told apart; neither half is read (not "000 billion", zero)
    expect(read('It used 3 000 billion tokens and 4,096 GPUs.')).toEqual([['4,096 GPUs', 4096]]);
    // a head of four digits, a group of two, a name's number
    expect(read('In 2023 400 people came.')).toEqual([['2023', 2023], ['400 people', 400]]);
    expect(read('sizes 8 16 and 32')).toEqual([['8', 8], ['16', 16], ['32', 32]]);
    expect(read('the tests on the Vela 3 200 GPUs')).toEqual([['200 GPUs', 200]]);
  });

  it('reads a lone group of three after a dot as thousands on a page whose function words are German, Dutch or Romance', () => {
    expect(inferNumberFormat('Die Modelle wurden auf zwei Clustern mit insgesamt 12.000 GPUs trainiert, die auch für andere Projekte laufen.')).toEqual({ ...fmt(',', '.'), words: 'de' });
    expect(inferNumberFormat('La empresa dice que los equipos de la planta tienen 8.000 piezas para el año.')).toEqual(fmt(',', '.'));
    // An English page, or one with a decimal point anywhere, keeps the English convention.
    expect(inferNumberFormat('The two clusters of the lab hold 12.000 GPUs and the data is from the report.')).toEqual(ENGLISH_FORMAT);
    expect(inferNumberFormat('Die Modelle wurden mit 12.000 GPUs und 2.5 Petaflops auf den Clustern von der Firma trainiert.')).toEqual({ ...ENGLISH_FORMAT, words: 'de' });
  });

  it('reads a group of three after a dot and before an English scale word as a decimal: "€4.815 billion"', () => {
    expect(inferNumberFormat('The €4.815 billion fine of 2019 was cut to €4.215 billion in 2023.')).toEqual(ENGLISH_FORMAT);
    expect(parseQuantity('€4.815 billion', undefined, { format: inferNumberFormat('The €4.815 billion fine was cut to €4.215 billion.') })?.min).toBe(4.815e9);
    // Without the scale word, two such figures are thousands; a Spanish "millones" is no English scale word.
    expect(inferNumberFormat('It sold 4.815 units, then 4.215 units.')).toEqual(fmt(',', '.'));
    expect(inferNumberFormat('Una multa de 4.815 millones, rebajada a 4.215 millones.')).toEqual(fmt(',', '.'));
  });

  it('names the language whose number words a page writes, when its function words are German, French or Spanish', () => {
    const words = (text: string) => inferNumberFormat(text).words;
    expect(words('Die Fähre hat den Hafen mit der Besatzung verlassen, die auch nicht auf der Liste stand und von dem Team gesucht wurde.')).toBe('de');
    expect(words('Le navire a quitté le port avec les marins et des passagers qui sont dans la cabine pour le voyage du soir.')).toBe('fr');
    expect(words('El barco salió del puerto con los marineros y las familias que están en la cabina para el viaje por la costa.')).toBe('es');
    // English, a mix, or too few words: none.
    expect(words('The ferry left the port with the crew and the passengers that were on the list for the trip.')).toBeUndefined();
    expect(words('Die Fähre und der Hafen.')).toBeUndefined();
  });

  it('reads number words of that language before a unit or a noun, and only on such a page', () => {
    const read = (text: string) => findQuantities(text, undefined, { words: true, format: inferNumberFormat(text) }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit]);
    expect(read('Die Fähre ist neun Meter breit und hat den Hafen mit der Besatzung verlassen, die auch nicht auf der Liste stand.')).toEqual([['neun Meter', 9, 'metre']]);
    expect(read('Le navire a quitté le port avec cinq marins et des passagers qui sont dans la cabine pour le voyage du soir.')).toEqual([['cinq', 5, '']]);
    expect(read('El barco salió del puerto con seis personas y las familias que están en la cabina para el viaje por la costa.')).toEqual([['seis personas', 6, 'person']]);
    // On an English page the same words are no figures ("once", "sept", "dos" are English words or names there).
    expect(read('The ferry carried seis personas once, in sept, with the crew and the passengers that were on the list.')).toEqual([]);
  });

  it('reads Portuguese and Italian number words too, on a page written in that language', () => {
    const read = (text: string) => findQuantities(text, undefined, { words: true, format: inferNumberFormat(text) }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit]);
    expect(inferNumberFormat('O barco saiu do porto com a tripulação e não foi uma surpresa para os passageiros da cabine.').words).toBe('pt');
    expect(inferNumberFormat('La nave è partita dal porto con gli ufficiali della flotta e non ha incontrato nel viaggio anche il mare mosso.').words).toBe('it');
    expect(read('O barco saiu do porto com a tripulação por quatro anos e não foi uma surpresa para os passageiros da cabine.')).toEqual([['quatro anos', 4, 'year']]);
    expect(read('La nave è partita dal porto con gli ufficiali della flotta per quattro anni e non ha incontrato nel viaggio il mare mosso.')).toEqual([['quattro anni', 4, 'year']]);
  });

  it('reads the scale words after such a number word, and "thousand" before a larger one', () => {
    const spanish = 'El grupo de la costa, que está en la región y los puertos del sur, ';
    const read = (tail: string) =>
      findQuantities(spanish + tail, undefined, { words: true, format: inferNumberFormat(spanish + tail) }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.max]);
    expect(read('vendió dos millones de toneladas.')).toEqual([['dos millones', 2e6, 2e6]]);
    expect(read('invirtió tres mil millones.')).toEqual([['tres mil millones', 3e9, 3e9]]);
    expect(read('superó los mil millones.')).toEqual([['superó los mil millones', 1e9, null]]);
    // As Mexican pages write 1,275 million: "mil", the digits, a scale word of a million or more.
    expect(read('facturó mil 275 millones.')).toEqual([['mil 275 millones', 1.275e9, 1.275e9]]);
    // "Mil" alone, or before a number with no such scale word, is left alone.
    expect(read('tiene mil barcos y mil 200 marineros.')).toEqual([['200', 200, 200]]);
  });

  it("takes the language a page declares in its front matter over its function words, for number words", () => {
    const short = 'Die Fähre: neun Meter.';
    expect(inferNumberFormat(short).words).toBeUndefined();
    expect(withPageLanguage(inferNumberFormat(short), 'de').words).toBe('de');
    expect(withPageLanguage(inferNumberFormat(short), 'fr-FR').words).toBe('fr');
    const read = (text: string, lang: unknown) => findQuantities(text, undefined, { words: true, format: withPageLanguage(inferNumberFormat(text), lang) }).map((m) => m.quantity.text);
    expect(read(short, 'de')).toEqual(['neun Meter']);
    expect(read(short, undefined)).toEqual([]);
    // A page declared English reads no German words, whatever its function words; a value that is no language code is ignored.
    const german = 'Die Fähre ist neun Meter breit und hat den Hafen mit der Besatzung verlassen, die auch nicht auf der Liste stand.';
    expect(read(german, 'en')).toEqual([]);
    expect(read(german, 'German, mostly')).toEqual(['neun Meter']);
    expect(read(german, 42)).toEqual(['neun Meter']);
  });

  it('groups thousands with a point on a page declared in a decimal-comma language that shows no decimal point', () => {
    const value = (text: string, lang: unknown) => findQuantities(text, undefined, { format: withPageLanguage(inferNumberFormat(text), lang, text) }).map((m) => m.quantity.min);
    expect(value('Der Preis ist mit 20.000 Euro dotiert.', 'de')).toEqual([20000]);
    expect(value('El premio, dotado con 30.000 euros, se falló.', 'es')).toEqual([30000]);
    // A decimal point elsewhere on the page, or no declared language, keeps the point a decimal mark.
    expect(value('Der Preis ist mit 20.000 Euro dotiert, die Quote liegt bei 3.5 Prozent.', 'de')).toEqual([20, 3.5]);
    expect(value('The prize carries 20.000 points.', 'en')).toEqual([20]);
    // A page that groups its own figures with commas, or writes a time "um 20.15 Uhr", is read as it writes.
    expect(value('Der Umsatz lag bei 1,250,000 Euro, bei 12.500 Mitarbeitern.', 'de')).toEqual([1250000, 12.5]);
    expect(value('Der Preis ist mit 20.000 Euro dotiert und wird um 20.15 Uhr verliehen.', 'de')[0]).toBe(20000);
  });

  it('defaults to English when evidence is absent, weak or mixed', () => {
    expect(inferNumberFormat('')).toEqual(ENGLISH_FORMAT);
    expect(inferNumberFormat('no figures')).toEqual(ENGLISH_FORMAT);
    // One figure with three decimals is weak evidence (0.5): not enough alone.
    expect(inferNumberFormat('A lone 4.900 mAh battery')).toEqual(ENGLISH_FORMAT);
    expect(inferNumberFormat('6,7 and 5.25 and 3.14')).toEqual(ENGLISH_FORMAT);
    // Names, versions, times and dates are no evidence.
    expect(inferNumberFormat('Qwen2,5 v1.024.000 at 11:44 on 2024-01-05, 1.2.3')).toEqual(ENGLISH_FORMAT);
  });

  it('reads figures by the format given', () => {
    const de = fmt(',', '.');
    expect(all('1.024 servers, 30.000 users, 6,7 Zoll, €2,4 billion, 1.234,5', { format: de })).toEqual([
      ['1.024', 1024, 1024, '', false, false],
      ['30.000', 30000, 30000, '', false, false],
      ['6,7 Zoll', 6.7, 6.7, 'inch', false, false],
      ['€2,4 billion', 2.4e9, 2.4e9, 'EUR', false, false],
      ['1.234,5', 1234.5, 1234.5, '', false, false],
    ]);
    // Under the decimal comma a dot decimal is not a number (a version, "Android 14.1").
    expect(findQuantities('Android 14.1', undefined, { format: de })).toEqual([]);
    expect(all('1 024,5 and 30\u00a0000', { format: fmt(',', ' ') })).toEqual([
      ['1 024,5', 1024.5, 1024.5, '', false, false],
      ['30\u00a0000', 30000, 30000, '', false, false],
    ]);
    // No grouping at all.
    expect(findQuantities('8,000', undefined, { format: fmt('.', '') })).toEqual([]);
  });

  it('marks one mark before exactly three digits read as a decimal ambiguous', () => {
    expect(all('4.000 and 4.900 mAh and 0.125 and 4.25 and 8,000')).toEqual([
      ['4.000', 4, 4, '', false, true],
      ['4.900 mAh', 4.9, 4.9, 'mah', false, true],
      ['0.125', 0.125, 0.125, '', false, false],
      ['4.25', 4.25, 4.25, '', false, false],
      ['8,000', 8000, 8000, '', false, false],
    ]);
    expect(all('4,000', { format: fmt(',', '.') })).toEqual([['4,000', 4, 4, '', false, true]]);
  });

  it('reads "thousand" in the words of languages that write a decimal comma, on such pages only', () => {
    const comma = { format: fmt(',', '.') };
    expect(all('48,5 mil entradas, 40 mila spettatori, 3 mille places, 2 mil millones', comma)).toEqual([
      ['48,5 mil', 48500, 48500, '', false, false],
      ['40 mila', 40000, 40000, '', false, false],
      ['3 mille', 3000, 3000, '', false, false],
      ['2 mil millones', 2e9, 2e9, '', false, false],
    ]);
    // English writes "5 mil" for five million: the word is not read there.
    expect(all('5 mil views')).toEqual([['5', 5, 5, '', false, false]]);
  });

  it('reads "thousand" in those words on a page written in such a language, whichever decimal mark it uses', () => {
    const page = (text: string) => all(text, { format: inferNumberFormat(text) }).map((m) => [m[0], m[1]]);
    // A decimal point, as Mexico writes it: "300 mil" is still 300,000.
    expect(page('Un total de 2.5 millones de personas y 300 mil hogares quedaron sin luz en la región de Halden.')).toEqual([
      ['2.5 millones de personas', 2.5e6],
      ['300 mil', 3e5],
    ]);
    expect(page('Il sindaco ha detto che 40 mila persone sono state evacuate e che la città di Halden è in allerta.')).toEqual([['40 mila', 4e4]]);
    expect(inferNumberFormat('Más de 400 mil personas quedaron sin luz en la costa de Halden, según las autoridades del país.').thousandWords).toBe(true);
    // An English page, or one with a few foreign words, keeps "mil" a word.
    expect(page('The storm left 400 mil people without power in Halden, the agency said, and it was the worst of the year.')).toEqual([['400', 400]]);
    expect(inferNumberFormat('The Casa de la Luz museum in Halden drew 5 mil visitors to the show, the city said.').thousandWords).toBeUndefined();
  });

  it('reads a duration as clocks write it, in Chinese and Japanese time words, and in parts, in seconds', () => {
    const seconds = (text: string) => findQuantities(text, undefined, { words: true }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.max, m.quantity.unit]);
    expect(seconds('She ran 2:16:41 in Halden.')).toEqual([['2:16:41', 8201, 8201, 'second']]);
    expect(seconds('a time of 2:07:09.5')).toEqual([['2:07:09.5', 7629.5, 7629.5, 'second']]);
    expect(seconds('她以2小时16分41秒夺冠')).toEqual([['2小时16分41秒', 8201, 8201, 'second']]);
    expect(seconds('以2小时零分14秒')).toEqual([['2小时零分14秒', 7214, 7214, 'second']]);
    expect(seconds('in two hours and 14 seconds')).toEqual([['two hours and 14 seconds', 7214, 7214, 'second']]);
    expect(seconds('over 2 hours, 10 minutes and 5 seconds')).toEqual([['over 2 hours, 10 minutes and 5 seconds', 7805, null, 'second']]);
    // A time of day is no duration: "at 2:16:41", a leading zero, a zone or "pm" after it.
    expect(seconds('The gun went at 7:30:00 and the race began.')).toEqual([]);
    expect(seconds('logged at 14:05:30 UTC')).toEqual([]);
    expect(seconds('at 11:44:02 pm')).toEqual([]);
    // Parts that do not shrink stay apart ("5 days and 3 hours" is two figures, as before).
    expect(seconds('for 3 hours and 5 days')).toEqual([['3 hours', 3, 3, 'hour'], ['5 days', 5, 5, 'day']]);
  });

  it('reads 兆 as a trillion before a currency or another scale, and 兆瓦 as megawatts', () => {
    const read = (text: string) => findQuantities(text, undefined, { words: true }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit]);
    expect(read('売上高は1兆円だった。')).toEqual([['1兆円', 1e12, 'JPY']]);
    expect(read('投資額は1兆2400億円。')).toEqual([['1兆2400億円', 1.24e12, 'JPY']]);
    expect(read('出力は100兆瓦。')).toEqual([['100兆瓦', 100, 'megawatt']]);
    // Before a unit of measurement, Chinese 兆 is mega: no trillion.
    expect(read('模型文件大小约为 145 兆字节。').map((r) => r[1])).not.toContain(1.45e14);
    expect(read('主频 3.2 兆赫').map((r) => r[1])).not.toContain(3.2e12);
    // Before a counted word, in Japanese, a trillion still.
    expect(read('14.8兆トークンで学習した。').map((r) => r[1])).toContain(1.48e13);
  });

  it('reads a race time under an hour, minutes first, by the fraction of a second a time of day never has', () => {
    const seconds = (text: string) => findQuantities(text, undefined, { words: true }).map((m) => [m.quantity.text, m.quantity.min, m.quantity.unit]);
    expect(seconds('She won the final in 2:05.31.')).toEqual([['2:05.31', 125.31, 'second']]);
    expect(seconds('He ran 26:31.07 and then 9:58,12.')).toEqual([['26:31.07', 1591.07, 'second'], ['9:58,12', 598.12, 'second']]);
    expect(seconds('長谷部は26分31秒07で優勝し、2分05秒31の記録も出た。')).toEqual([['26分31秒07', 1591.07, 'second'], ['2分05秒31', 125.31, 'second']]);
    // A time of day, or minutes and seconds with no fraction, are no such time.
    expect(seconds('The meeting starts at 10:15.')).toEqual([]);
    expect(seconds('at 9:58.12')).toEqual([]);
  });

  it('falls back to English on an invalid format', () => {
    expect(q('8,000', { format: { decimal: ',', thousands: ',' } as unknown as NumberFormat })).toEqual(Q(8000, 8000, '', false, '8,000'));
  });
});

describe('Chinese forms', () => {
  it('reads Latin units glued to Chinese scales, and measure words before a unit', () => {
    expect(q('35.5万GPU小时')).toEqual(Q(355000, 355000, 'gpu-hour', false, '35.5万GPU小时'));
    expect(q('1.2万张卡')).toEqual(Q(12000, 12000, 'gpu', false, '1.2万张卡'));
    expect(q('3万名员工')).toEqual(Q(30000, 30000, 'person', false, '3万名员工'));
    expect(q('1万H800')).toEqual(Q(10000, 10000, '', false, '1万'));
  });

  it('reads 突破 and 超 as lower bounds, 不超过 as an upper bound, 高达 as "up to"', () => {
    expect(q('突破35.5万')).toEqual(Q(355000, null, '', true, '突破35.5万'));
    expect(q('超5万人')).toEqual(Q(50000, null, 'person', true, '超5万人'));
    expect(q('不超过5')).toEqual(Q(null, 5, '', true, '不超过5'));
    expect(q('不少于5')).toEqual(Q(5, null, '', true, '不少于5'));
    expect(q('高达5亿')).toEqual(Q(null, 5e8, '', true, '高达5亿'));
  });

  it('reads the comparatives 低于 and 小于 as upper bounds, 高于 and 大于 as lower ones ("参数规模低于 70 亿")', () => {
    expect(q('低于 70 亿')).toEqual(Q(null, 7e9, '', true, '低于 70 亿'));
    expect(q('小於5万')).toEqual(Q(null, 5e4, '', true, '小於5万'));
    expect(q('高于30%')).toEqual(Q(30, null, 'percent', true, '高于30%'));
    expect(q('不低于5')).toEqual(Q(5, null, '', true, '不低于5'));
    // 組 is a measure word: the hedge after "150億組參數" is the figure's.
    expect(q('150億組卡以下')).toEqual(Q(null, 1.5e10, 'gpu', true, '150億組卡以下'));
  });
});

describe('precision of the new forms (halfUnit)', () => {
  const half = (text: string, options?: FindOptions) => halfUnit(parseQuantity(text, UNITS, options)!);
  it('counts the last digit written whatever the format', () => {
    expect(half('6,7', { format: { decimal: ',', thousands: '.' } })).toBeCloseTo(0.05, 12);
    expect(half('1.024', { format: { decimal: ',', thousands: '.' } })).toBeCloseTo(0.5, 12);
    expect(half('1 024,5', { format: { decimal: ',', thousands: ' ' } })).toBeCloseTo(0.05, 12);
    expect(half('Rs. 1,29,999')).toBeCloseTo(0.5, 12);
    expect(half('$5.00')).toBeCloseTo(0.005, 12);
  });
  it('reads figures in words as their digits, scale words as rounding', () => {
    expect(half('twenty-five people', WORDS)).toBe(0.5);
    expect(half('two million', WORDS)).toBe(5e5);
    expect(half('two and a half million', WORDS)).toBe(5e4);
    expect(half('a dozen', WORDS)).toBe(0.5);
    expect(half('三万人', WORDS)).toBe(5000);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 1..999 in English words. */
function inWords(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const small = r === 0 ? '' : r < 20 ? SMALL[r - 1]! : TENS[Math.floor(r / 10)]! + (r % 10 ? `-${SMALL[(r % 10) - 1]}` : '');
  if (h === 0) return small;
  return `${SMALL[h - 1]} hundred${small ? ` and ${small}` : ''}`;
}
/** 1..999,999,999 in English words, groups by scale ("three thousand two hundred and thirty", "two million and five"). */
function inLongWords(n: number): string {
  const groups: string[] = [];
  let rest = n;
  for (const [scale, size] of [['million', 1e6], ['thousand', 1e3]] as const) {
    const g = Math.floor(rest / size);
    if (g > 0) groups.push(`${inWords(g)} ${scale}`);
    rest %= size;
  }
  if (rest > 0) groups.push(groups.length > 0 && rest < 100 ? `and ${inWords(rest)}` : inWords(rest));
  return groups.join(' ');
}
const CJK_DIGITS = '零一二三四五六七八九';
/** 1..9999 in Chinese numerals. */
function inChinese(n: number): string {
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && units[i] === '十' && out === '' ? '' : CJK_DIGITS[d]!) + units[i]!;
  });
  return out;
}
const contains = (m: Quantity, v: number) => (m.min === null || m.min <= v) && (m.max === null || v <= m.max);

describe('properties of the new forms', () => {
  it('never throws, and keeps span invariants, with every option on arbitrary text', () => {
    const options = fc.record({
      words: fc.boolean(),
      format: fc.constantFrom<NumberFormat>(ENGLISH_FORMAT, { decimal: ',', thousands: '.' }, { decimal: ',', thousands: ' ' }, { decimal: '.', thousands: ' ' }, { decimal: '.', thousands: '' }),
      scaleWords: fc.dictionary(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 15 }), { maxKeys: 3 }),
    });
    const formy = fc.string({
      unit: fc.constantFrom(...'0123456789,. \u00a0-₹万亿多超突破约三两十百千个张台 three two a dozen million lakh crore Rs. top- half and hundred GPUs 人年月'.split('')),
      maxLength: 60,
    });
    for (const arb of [fc.string({ unit: 'binary', maxLength: 120 }), formy]) {
      fc.assert(
        fc.property(arb, options, (text, opts) => {
          let prev = 0;
          for (const m of findQuantities(text, UNITS, opts)) {
            expect(m.span.start).toBeGreaterThanOrEqual(prev);
            expect(m.span.end).toBeGreaterThan(m.span.start);
            expect(m.span.end).toBeLessThanOrEqual(text.length);
            expect(m.quantity.text).toBe(text.slice(m.span.start, m.span.end));
            expect(m.quantity.min !== null || m.quantity.max !== null).toBe(true);
            if (m.quantity.min !== null && m.quantity.max !== null) expect(m.quantity.min).toBeLessThanOrEqual(m.quantity.max);
            prev = m.span.end;
          }
          expect(['.', ',']).toContain(inferNumberFormat(text).decimal);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('reads English number words 1..999 as their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(q(`${inWords(n)} turbines`, WORDS)).toEqual(Q(n, n, 'turbine', false, `${inWords(n)} turbines`));
      }),
    );
  });

  it('reads English number words past a thousand as their value: "three thousand two hundred and thirty metres" is 3,230 m', () => {
    expect(q('three thousand two hundred and thirty metres', WORDS)).toEqual(Q(3230, 3230, 'metre', false, 'three thousand two hundred and thirty metres'));
    expect(q('a thousand one hundred metres', WORDS)).toEqual(Q(1100, 1100, 'metre', false, 'a thousand one hundred metres'));
    expect(q('two million and five', WORDS)).toEqual(Q(2000005, 2000005, '', false, 'two million and five'));
    // A larger group after a smaller scale is another number: "five thousand, two hundred" and "two hundred two thousand" are not joined.
    expect(all('five thousand, two hundred', WORDS).map((m) => m[1])).toEqual([5000, 200]);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), (n) => {
        const text = `${inLongWords(n)} metres`;
        expect(q(text, WORDS)).toEqual(Q(n, n, 'metre', false, text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads Chinese numerals 1..9999 as their value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const m = findQuantities(`${inChinese(n)}台`, UNITS, WORDS);
        expect(m.map((x) => [x.quantity.min, x.word])).toEqual([[n, true]]);
      }),
    );
  });

  it("a hedged value's interval contains its exact reading", () => {
    const hedged = fc.constantFrom('over ', 'about ', 'nearly ', 'up to ', 'at least ', 'under ', '超过', '约', '突破', '超', '不超过', '近', 'plus de ', 'mehr als ', 'cerca de ', 'rund ', '약 ', '');
    const postHedged = fc.constantFrom('', ' or more', ' or so', '以上', '左右', '以下', ' 이상', '이 넘는다', ' 미만', '未満', '前後');
    const figure = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((n) => ({ text: `${inWords(n)} turbines`, value: n })),
      fc.integer({ min: 1, max: 9999 }).map((n) => ({ text: `${inChinese(n)}台`, value: n })),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['lakh', 5], ['crore', 7], ['million', 6])).map(([n, [w, e]]) => ({ text: `₹${n} ${w}`, value: Number(`${n}e${e}`) })),
      fc.integer({ min: 1000, max: 99_999_999 }).map((n) => ({ text: n.toLocaleString('en-IN'), value: n })),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('万', '亿')).map(([n, s]) => ({ text: `${n}${s}GPU小时`, value: n * (s === '万' ? 1e4 : 1e8) })),
    );
    fc.assert(
      fc.property(hedged, figure, postHedged, (pre, { text, value }, post) => {
        const exact = findQuantities(text, UNITS, WORDS)[0]!;
        expect(contains(exact.quantity, value)).toBe(true);
        const m = findQuantities(`${pre}${text}${post}`, UNITS, WORDS)[0]!;
        expect(contains(m.quantity, value)).toBe(true);
      }),
    );
  });

  it('the format inference never changes a number written unambiguously', () => {
    const formats: Array<[NumberFormat, string]> = [
      [ENGLISH_FORMAT, 'en-US'],
      [{ decimal: ',', thousands: '.' }, 'de-DE'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        // A marker of the convention (several groups and a decimal), then other figures written the same way.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 6 }),
        ([format, locale], figures) => {
          const write = (n: number, cents: number) => (n + cents / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
          const text = [write(1234567, 50), ...figures.map(([n, c]) => write(n, c))].join(' and ');
          expect(inferNumberFormat(text)).toEqual(format);
          const values = findQuantities(text, undefined, { format: inferNumberFormat(text) }).map((m) => m.quantity.min);
          expect(values).toEqual([1234567.5, ...figures.map(([n, c]) => Number(`${n}.${String(c).padStart(2, '0')}`))]);
        },
      ),
    );
  });

  it('figures without marks read the same under every format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom<NumberFormat>(ENGLISH_FORMAT, { decimal: ',', thousands: '.' }, { decimal: ',', thousands: ' ' }, { decimal: '.', thousands: '' }), (n, format) => {
        expect(parseQuantity(`${n} GPUs`, UNITS, { format })).toEqual(Q(n, n, 'gpu', false, `${n} GPUs`));
      }),
    );
  });
});

describe('reference marks', () => {
  it('a plain number alone in square brackets marks a reference, not a figure', () => {
    expect(all('The team said the plan was ready.[1][4]')).toEqual([]);
    expect(all('チームは新しい計画を発表した[12]。')).toEqual([]);
    expect(all('The fleet has 24 GPUs [3] and 12 turbines.')).toEqual([
      ['24 GPUs', 24, 24, 'gpu', false, false],
      ['12 turbines', 12, 12, 'turbine', false, false],
    ]);
    // Not a reference mark: a figure with a unit, a year, a decimal, a list of values.
    expect(all('[24 GPUs]').map((m) => m[0])).toEqual(['24 GPUs']);
    expect(all('[2.5]').map((m) => m[0])).toEqual(['2.5']);
    expect(all('[1, 4]').map((m) => m[0])).toEqual(['1', '4']);
  });
});
