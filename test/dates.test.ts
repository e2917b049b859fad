// The date grammar: absolute, partial and relative dates, and the document date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentDate, findDates, overlaps } from '../src/normalise/dates.js';
import { splitSentences } from '../src/extract/sentences.js';

const read = (text: string, today = { year: 2026, month: 5 }) =>
  findDates(text, today).map((d) => [d.scope.text, d.scope.start, d.scope.end, d.precision]);

describe('findDates', () => {
  it('reads days, months without a day, halves, quarters and years', () => {
    expect(read('On Jun 3, 2026, then 3 June 2026, in May 2026, in 2025 H1, Q3 2024 and in 2023.')).toEqual([
      ['Jun 3, 2026', '2026-06-03', '2026-06-03', 'day'],
      ['3 June 2026', '2026-06-03', '2026-06-03', 'day'],
      ['May 2026', '2026-05-01', '2026-05-31', 'month'],
      ['2025 H1', '2025-01-01', '2025-06-30', 'half'],
      ['Q3 2024', '2024-07-01', '2024-09-30', 'quarter'],
      ['2023', '2023-01-01', '2023-12-31', 'year'],
    ]);
  });

  it('reads a half in words and the second year of a span before 1900', () => {
    expect(read('Traffic rose in the first half of 2025 and fell in the second half of 2024.')).toEqual([
      ['first half of 2025', '2025-01-01', '2025-06-30', 'half'],
      ['second half of 2024', '2024-07-01', '2024-12-31', 'half'],
    ]);
    expect(read('She reigned from 1738 to 1771.').map((d) => d[0])).toEqual(['1738', '1771']);
    expect(read('In 2019 it had between 1200 and 1500 employees.').map((d) => d[0])).toEqual(['2019']);
  });

  it('reads German, French, Spanish, Portuguese, Italian and Dutch month names, with a day, a year or both', () => {
    expect(read('Am 5. Januar 2024, le 1er mars 2024, el 3 de septiembre de 2026, em janeiro de 2024, il 5 gennaio 2024, op 5 januari 2024.')).toEqual([
      ['5. Januar 2024', '2024-01-05', '2024-01-05', 'day'],
      ['1er mars 2024', '2024-03-01', '2024-03-01', 'day'],
      ['3 de septiembre de 2026', '2026-09-03', '2026-09-03', 'day'],
      ['janeiro de 2024', '2024-01-01', '2024-01-31', 'month'],
      ['5 gennaio 2024', '2024-01-05', '2024-01-05', 'day'],
      ['5 januari 2024', '2024-01-05', '2024-01-05', 'day'],
    ]);
    const yearless = (text: string) => findDates(text, { year: 2026, month: 5, day: 10 }, { yearless: true }).map((d) => [d.scope.text, d.scope.start]);
    expect(yearless('Im März stieg der Umsatz; le 7 avril, le comité a publié son rapport.')).toEqual([
      ['März', '2026-03-01'],
      ['7 avril', '2026-04-07'],
    ]);
    // A capitalised "Mars" is the planet, not a French month.
    expect(read('The Mars 2020 rover landed.')).toEqual([['2020', '2020-01-01', '2020-12-31', 'year']]);
  });

  it('reads a quarter or a half of a year the document date places ("the last quarter of last year")', () => {
    expect(read('It shrank in the last quarter of last year and grew in the first half of this year.', { year: 2026, month: 2 })).toEqual([
      ['the last quarter of last year', '2025-10-01', '2025-12-31', 'quarter'],
      ['the first half of this year', '2026-01-01', '2026-06-30', 'half'],
    ]);
    // Without a document date, "last quarter" is a period of its own, met only by itself.
    expect(findDates('It shrank in the last quarter of last year.').map((d) => d.scope.start)).toEqual(['~last quarter']);
  });

  it('reads months that make a quarter or a half ("from April to June 2025", "between July and December last year")', () => {
    expect(read('Halden earned $2 billion from April to June 2025 and $5 billion between July and December last year.', { year: 2026, month: 2 })).toEqual([
      ['from April to June 2025', '2025-04-01', '2025-06-30', 'quarter'],
      ['between July and December last year', '2025-07-01', '2025-12-31', 'half'],
    ]);
    expect(read('in the January-March 2025 period')).toEqual([['January-March 2025', '2025-01-01', '2025-03-31', 'quarter']]);
    // Other spans of months are not read, nor is the month that ends one a date of its own ("released across March–June
    // 2025" is no release in June).
    expect(read('from February to March 2025')).toEqual([]);
    expect(read('released across March–June 2025, then between May and August 2024')).toEqual([]);
  });

  it('reads the months of a quarter or a half in French, Spanish, Portuguese, Italian and German ("entre abril y junio de 2025", "d\'avril à juin 2025")', () => {
    expect(read('Voltra transportó 2,8 millones de pasajeros entre abril y junio de 2025.')).toEqual([['entre abril y junio de 2025', '2025-04-01', '2025-06-30', 'quarter']]);
    expect(read("de abril a junio de 2025, d'avril à juin 2025, entre janvier et juin 2024").map((d) => [d[0], d[3]])).toEqual([
      ['de abril a junio de 2025', 'quarter'],
      ["d'avril à juin 2025", 'quarter'],
      ['entre janvier et juin 2024', 'half'],
    ]);
    expect(read('von April bis Juni 2025, tra aprile e giugno 2025, entre abril e junho de 2025').map((d) => d[1])).toEqual(['2025-04-01', '2025-04-01', '2025-04-01']);
    // Other spans are not read, nor is their last month a date of its own.
    expect(read('entre enero y mayo de 2025')).toEqual([]);
  });

  it('reads no date in an author-year citation ("(Kessler 2025)", "(Orlo et al., 2023; Brandt and Mey 2024)")', () => {
    expect(read('A framework was set out (Kessler 2025) and tested (Orlo et al., 2023; Brandt and Mey 2024).')).toEqual([]);
    // A month, a season or a quarter in parentheses is a date.
    expect(read('It rose (March 2025), then (Q3 2024).')).toEqual([
      ['March 2025', '2025-03-01', '2025-03-31', 'month'],
      ['Q3 2024', '2024-07-01', '2024-09-30', 'quarter'],
    ]);
  });

  it('resolves relative expressions against the document date, and leaves them out without one', () => {
    expect(read('this year and last year', { year: 2026, month: 5 })).toEqual([
      ['this year', '2026-01-01', '2026-12-31', 'year'],
      ['last year', '2025-01-01', '2025-12-31', 'year'],
    ]);
    expect(findDates('this year, yesterday')).toEqual([]);
    expect(read('yesterday', { year: 2026, month: 3, day: 1 } as never)).toEqual([['yesterday', '2026-02-28', '2026-02-28', 'day']]);
    expect(read('She last night won the prize', { year: 2025, month: 10, day: 15 } as never)).toEqual([['last night', '2025-10-14', '2025-10-14', 'day']]);
  });

  it('reads Chinese years and months, with relative years inside running text', () => {
    expect(read('英伟达去年在2025年5月投资')).toEqual([
      ['去年', '2025-01-01', '2025-12-31', 'year'],
      ['2025年5月', '2025-05-01', '2025-05-31', 'month'],
    ]);
  });

  it('gives a month "of that year" (当年, 同年) the year the sentence last wrote, and none without one', () => {
    const yearless = (text: string) => findDates(text, { year: 2026, month: 5, day: 10 }, { yearless: true }).map((d) => [d.scope.text, d.scope.start]);
    expect(yearless('2016年3月,该探测器发射升空,当年10月其着陆器失联。')).toEqual([
      ['2016年3月', '2016-03-01'],
      ['10月', '2016-10-01'],
    ]);
    expect(yearless('It launched in March 2016, and in October that year its lander was lost.')).toEqual([
      ['March 2016', '2016-03-01'],
      ['October', '2016-10-01'],
    ]);
    expect(yearless('其着陆器于当年10月失联。')).toEqual([]);
    expect(yearless('Its lander was lost in September.')).toEqual([['September', '2026-09-01']]);
  });

  it('reads a day written alone in Chinese ("21日") as a day of the document\'s month, only when asked for dates without a year', () => {
    const at = (text: string, today: { year: number; month: number; day?: number }) =>
      findDates(text, today, { yearless: true }).map((d) => [d.scope.text, d.scope.start]);
    expect(at('大会21日晚闭幕。', { year: 2023, month: 12 })).toEqual([['21日', '2023-12-21']]);
    // A day still to come on the document's date is of the month before.
    expect(at('该公司28日宣布', { year: 2024, month: 3, day: 2 })).toEqual([['28日', '2024-02-28']]);
    // Yen, a span of days, an ordinal day, and a month's day are not it.
    expect(at('售价13日元,3日内,第1日,10月8日', { year: 2023, month: 12 })).toEqual([['10月8日', '2023-10-08']]);
    expect(findDates('大会21日闭幕。', { year: 2023, month: 12 })).toEqual([]);
  });

  it('gives a month "this year" or "last year" (今年, 去年) the document\'s year, and a page with no date none', () => {
    const at = (text: string, today?: { year: number; month: number; day: number }) =>
      findDates(text, today, { yearless: true }).map((d) => [d.scope.text, d.scope.start]);
    expect(at('It said in January this year that sales rose.', { year: 2024, month: 8, day: 25 })).toEqual([['January this year', '2024-01-01']]);
    expect(at('im März letzten Jahres', { year: 2024, month: 8, day: 25 })).toEqual([['März', '2023-03-01']]);
    expect(at('早在2015年就有了计划,并在今年4月宣布')).toEqual([['2015年', '2015-01-01']]);
    // With no document date, a day takes a year written before it in its sentence, not one written after it.
    expect(at('In 2018 it was shown, and on June 9 it launched.')).toEqual([
      ['2018', '2018-01-01'],
      ['June 9', '2018-06-09'],
    ]);
    expect(at('On June 9, an analyst said the drone would ship in 2027.')).toEqual([['2027', '2027-01-01']]);
  });

  it('does not take money, counts, decimals or names for dates, nor a day the month lacks', () => {
    expect(read('$2025, 2,025 people, 2025.5 points and Qwen2025')).toEqual([]);
    expect(read('Feb 30, 2026')).toEqual([['2026', '2026-01-01', '2026-12-31', 'year']]);
  });

  it('gives periods with no calendar a name of their own that overlaps only itself', () => {
    const [last, current] = findDates('17 goals last season and 6 this season');
    expect(overlaps(last!.scope, current!.scope)).toBe(false);
    expect(overlaps(last!.scope, last!.scope)).toBe(true);
  });

  it('reads quarters in words: with their year, and without one only in a sentence that states one year', () => {
    expect(read('Output fell in the final quarter of 2024, after it rose in the third quarter.')).toEqual([
      ['final quarter of 2024', '2024-10-01', '2024-12-31', 'quarter'],
      ['the third quarter', '2024-07-01', '2024-09-30', 'quarter'],
    ]);
    expect(read('Sales of the fourth-quarter 2023 period beat the first quarter of 2024.')).toEqual([
      ['fourth-quarter 2023', '2023-10-01', '2023-12-31', 'quarter'],
      ['first quarter of 2024', '2024-01-01', '2024-03-31', 'quarter'],
    ]);
    expect(read('Output rose in the third quarter.')).toEqual([]);
  });

  it('"prior quarter" is such a period too, as "previous quarter" is', () => {
    expect(findDates("Halden's prior quarter revenue was $3.9 billion.").map((d) => d.scope.start)).toEqual(['~prior quarter']);
    expect(findDates('revenue in the previous quarter').map((d) => d.scope.start)).toEqual(['~the previous quarter']);
  });

  it('reads "N units ago" in five languages from the document date (a month or a week either side of a count of them), and as a period of its own on a page with none', () => {
    const today = { year: 2026, month: 3, day: 10 };
    const ago = (text: string) => findDates(text, today).map((d) => [d.scope.text, d.scope.start, d.scope.end]);
    expect(ago('Five months ago it was valued at $9 billion; two weeks ago, less.')).toEqual([
      ['Five months ago', '2025-09-01', '2025-11-30'],
      ['two weeks ago', '2026-02-21', '2026-02-27'],
    ]);
    expect(ago('vor drei Jahren, hace un año, il y a deux mois, 3个月前')).toEqual([
      ['vor drei Jahren', '2023-01-01', '2023-12-31'],
      ['hace un año', '2025-01-01', '2025-12-31'],
      ['il y a deux mois', '2025-12-01', '2026-02-28'],
      ['3个月前', '2025-11-01', '2026-01-31'],
    ]);
    expect(findDates('a year ago').map((d) => [d.scope.text, d.scope.start, d.scope.end])).toEqual([['a year ago', '~a year ago', '~a year ago']]);
    // Counted from something else: "three years before the launch".
    expect(ago('発売の3年前に')).toEqual([]);
  });

  it('reads years before 1900 in a date with a month, in parentheses of a life, and alone after a word that dates them', () => {
    expect(read('born on 12 March 1841, el 3 de septiembre de 1851, am 5. Januar 1871, Teodor Vasko (1841–1903), completed in 1887, seit 1799.')).toEqual([
      ['12 March 1841', '1841-03-12', '1841-03-12', 'day'],
      ['3 de septiembre de 1851', '1851-09-03', '1851-09-03', 'day'],
      ['5. Januar 1871', '1871-01-05', '1871-01-05', 'day'],
      ['1841–1903', '1841-01-01', '1903-12-31', 'year'],
      ['1887', '1887-01-01', '1887-12-31', 'year'],
      ['1799', '1799-01-01', '1799-12-31', 'year'],
    ]);
    // A number that counts, or a time of day, is no year; nor is one with no word that dates it.
    expect(read('in 1500 cases, since 1200 people, by 1100 GMT, the Lark 1500 and 1850 votes')).toEqual([]);
  });

  it('reads "the second quarter of 2025" whole, not as a quarter of the sentence’s year and a year', () => {
    expect(read('In the second quarter of 2025, revenue rose.')).toEqual([['second quarter of 2025', '2025-04-01', '2025-06-30', 'quarter']]);
  });

  it('reads a quarter or a half with its year in French, Spanish, Portuguese, Italian, German and Dutch, and as T1 / 1T', () => {
    expect(read('au premier trimestre 2025')).toEqual([['premier trimestre 2025', '2025-01-01', '2025-03-31', 'quarter']]);
    expect(read('no segundo semestre de 2024')).toEqual([['segundo semestre de 2024', '2024-07-01', '2024-12-31', 'half']]);
    expect(read('nel terzo trimestre del 2025')).toEqual([['terzo trimestre del 2025', '2025-07-01', '2025-09-30', 'quarter']]);
    expect(read('im 4. Quartal 2025')).toEqual([['4. Quartal 2025', '2025-10-01', '2025-12-31', 'quarter']]);
    expect(read('in het eerste halfjaar van 2026')).toEqual([['eerste halfjaar van 2026', '2026-01-01', '2026-06-30', 'half']]);
    expect(read('ventas del 2T 2025')).toEqual([['2T 2025', '2025-04-01', '2025-06-30', 'quarter']]);
    // No fifth quarter, no third half.
    expect(read('el quinto trimestre de 2025').map((r) => r[3])).toEqual(['year']);
  });

  it('reads "the first five months of 2024" as January to May, in six languages', () => {
    expect(read('In the first five months of 2024 the port grew.')).toEqual([['first five months of 2024', '2024-01-01', '2024-05-31', 'month']]);
    expect(read('en los primeros 8 meses de 2023')).toEqual([['primeros 8 meses de 2023', '2023-01-01', '2023-08-31', 'month']]);
    expect(read('sur les cinq premiers mois de 2024')).toEqual([['cinq premiers mois de 2024', '2024-01-01', '2024-05-31', 'month']]);
    expect(read('in den ersten sechs Monaten 2024')).toEqual([['ersten sechs Monaten 2024', '2024-01-01', '2024-06-30', 'half']]);
  });

  it('reads a day or a month that ends a span of months named before it as that span', () => {
    expect(read('in the six months ended June 30, 2025 and the quarter to March 2026')).toEqual([
      ['the six months ended June 30, 2025', '2025-01-01', '2025-06-30', 'half'],
      ['the quarter to March 2026', '2026-01-01', '2026-03-31', 'quarter'],
    ]);
    expect(read("pour l'exercice clos le 31 mars 2025, the nine months through September 30, 2025")).toEqual([
      ["l'exercice clos le 31 mars 2025", '2024-04-01', '2025-03-31', 'year'],
      ['the nine months through September 30, 2025', '2025-01-01', '2025-09-30', 'month'],
    ]);
    // Without a determiner the months are no span: a deadline moved by three months is a day.
    expect(read('The deadline was extended by three months to June 30, 2025.')).toEqual([['June 30, 2025', '2025-06-30', '2025-06-30', 'day']]);
  });

  it('reads a day with the weekday written before it as one date', () => {
    expect(read('It ignited on Sunday, Aug. 3, 2025, and on Sun. Aug 10, 2025; le dimanche 17 août 2025; am Sonntag, 24. August 2025.')).toEqual([
      ['Sunday, Aug. 3, 2025', '2025-08-03', '2025-08-03', 'day'],
      ['Sun. Aug 10, 2025', '2025-08-10', '2025-08-10', 'day'],
      ['dimanche 17 août 2025', '2025-08-17', '2025-08-17', 'day'],
      ['Sonntag, 24. August 2025', '2025-08-24', '2025-08-24', 'day'],
    ]);
  });

  it('reads a day in figures where the order of day and month shows, and only the year where it does not', () => {
    expect(read('On 19/07/2025, 7/19/2025, 09/09/2020, 19.07.2025, 2025/07/20 and 03/04/2025.')).toEqual([
      ['19/07/2025', '2025-07-19', '2025-07-19', 'day'],
      ['7/19/2025', '2025-07-19', '2025-07-19', 'day'],
      ['09/09/2020', '2020-09-09', '2020-09-09', 'day'],
      ['19.07.2025', '2025-07-19', '2025-07-19', 'day'],
      ['2025/07/20', '2025-07-20', '2025-07-20', 'day'],
      ['2025', '2025-01-01', '2025-12-31', 'year'],
    ]);
  });

  it('reads Korean years, months, days, quarters and halves, and Russian, Turkish and Arabic month names', () => {
    expect(read('1953년 4월 10일 설립, 2024년 기준, 2024년 3분기, 2025년 상반기')).toEqual([
      ['1953년 4월 10일', '1953-04-10', '1953-04-10', 'day'],
      ['2024년', '2024-01-01', '2024-12-31', 'year'],
      ['2024년 3분기', '2024-07-01', '2024-09-30', 'quarter'],
      ['2025년 상반기', '2025-01-01', '2025-06-30', 'half'],
    ]);
    expect(read('20 августа 2025 года; в августе 2024 года; 9 Eylül 2020\'de; أبريل 2021')).toEqual([
      ['20 августа 2025', '2025-08-20', '2025-08-20', 'day'],
      ['августе 2024', '2024-08-01', '2024-08-31', 'month'],
      ['9 Eylül 2020', '2020-09-09', '2020-09-09', 'day'],
      ['أبريل 2021', '2021-04-01', '2021-04-30', 'month'],
    ]);
  });

  it('reads a season or an academic year across two years as a period of its own, and FY as a fiscal year', () => {
    expect(read('FY98 and the 1990년대')).toEqual([['FY98', '~FY1998', '~FY1998', 'year']]);
    expect(read('In 2024–25, in 2024/25, in FY2024-25, FY2024, FY 23 and the 2011-12 season; not 2023-04 nor 2024-30.')).toEqual([
      ['2024–25', '~2024/25', '~2024/25', 'year'],
      ['2024/25', '~2024/25', '~2024/25', 'year'],
      ['FY2024-25', '~2024/25', '~2024/25', 'year'],
      ['FY2024', '~FY2024', '~FY2024', 'year'],
      ['FY 23', '~FY2023', '~FY2023', 'year'],
      ['2011-12', '~2011/12', '~2011/12', 'year'],
      ['2023-04', '2023-04-01', '2023-04-30', 'month'],
    ]);
  });

  it('reads a fiscal year and a quarter or a half of one as periods of their own ("~FY2025", "~FY2025 Q3"), never a calendar period', () => {
    expect(read('Q3 FY2025, FY24 H1, Q4 FY23 and Q3 fiscal 2025; not H3 FY2025.')).toEqual([
      ['Q3 FY2025', '~FY2025 Q3', '~FY2025 Q3', 'quarter'],
      ['FY24 H1', '~FY2024 H1', '~FY2024 H1', 'half'],
      ['Q4 FY23', '~FY2023 Q4', '~FY2023 Q4', 'quarter'],
      ['Q3 fiscal 2025', '~FY2025 Q3', '~FY2025 Q3', 'quarter'],
      ['FY2025', '~FY2025', '~FY2025', 'year'],
    ]);
    const labels = (text: string) => findDates(text, { year: 2026, month: 5 }).map((d) => [d.scope.text, d.scope.start]);
    expect(labels('in the third quarter of fiscal 2025, in its fiscal third quarter of 2025, in fiscal 2025\'s third quarter, FY25 Q3 and the first half of fiscal 2024')).toEqual([
      ['third quarter of fiscal 2025', '~FY2025 Q3'],
      ['fiscal third quarter of 2025', '~FY2025 Q3'],
      ["fiscal 2025's third quarter", '~FY2025 Q3'],
      ['FY25 Q3', '~FY2025 Q3'],
      ['first half of fiscal 2024', '~FY2024 H1'],
    ]);
    expect(labels('in fiscal 2025, fiscal year 2025, the 2025 financial year, GJ 2025, im Geschäftsjahr 2025, l\'exercice 2025, 2025財年, 2025财年 and 2025年度')).toEqual([
      ['fiscal 2025', '~FY2025'],
      ['fiscal year 2025', '~FY2025'],
      ['2025 financial year', '~FY2025'],
      ['GJ 2025', '~FY2025'],
      ['Geschäftsjahr 2025', '~FY2025'],
      ['exercice 2025', '~FY2025'],
      ['2025財年', '~FY2025'],
      ['2025财年', '~FY2025'],
      ['2025年度', '~FY2025'],
    ]);
    expect(labels('2025财年第三财季, 2025年度第3四半期, 2025年度上期')).toEqual([
      ['2025财年第三财季', '~FY2025 Q3'],
      ['2025年度第3四半期', '~FY2025 Q3'],
      ['2025年度上期', '~FY2025 H1'],
    ]);
    // A fiscal period meets only itself; a season across two years and a calendar period stay as they were.
    expect(labels('im Geschäftsjahr 2024/25, in the third quarter of 2025')).toEqual([
      ['2024/25', '~2024/25'],
      ['third quarter of 2025', '2025-07-01'],
    ]);
    expect(overlaps({ start: '~FY2025 Q3', end: '~FY2025 Q3' }, { start: '2025-07-01', end: '2025-09-30' })).toBe(false);
  });

  it('reads "last October", "next June" and "October last year" as the month the document\'s date places, in six languages', () => {
    const at = (text: string) => findDates(text, { year: 2025, month: 3, day: 10 }).map((d) => [d.scope.text, d.scope.start, d.precision]);
    expect(at('Rangers counted them last October and will again next June.')).toEqual([
      ['last October', '2024-10-01', 'month'],
      ['next June', '2025-06-01', 'month'],
    ]);
    // The latest such month before the document's, the first after it: "last March" in March is a year back.
    expect(at('Last March, this March and next March.')).toEqual([
      ['Last March', '2024-03-01', 'month'],
      ['this March', '2025-03-01', 'month'],
      ['next March', '2026-03-01', 'month'],
    ]);
    expect(at('In October last year, and in May of this year, it grew.')).toEqual([
      ['October last year', '2024-10-01', 'month'],
      ['May of this year', '2025-05-01', 'month'],
    ]);
    expect(at('en octobre dernier; el pasado noviembre; lo scorso dicembre; im vergangenen Februar; afgelopen januari').map((d) => d[1])).toEqual([
      '2024-10-01',
      '2024-11-01',
      '2024-12-01',
      '2025-02-01',
      '2025-01-01',
    ]);
    // A day written before the month keeps its day; "the next March" follows a date the story told, not the page's.
    expect(findDates('le 12 octobre dernier', { year: 2025, month: 12, day: 5 }, { yearless: true }).map((d) => d.scope.start)).toEqual(['2025-10-12']);
    expect(at('It went public the next March.')).toEqual([]);
    // Without a document date, nothing; "last year" alone is still the year.
    expect(findDates('last October')).toEqual([]);
    expect(at('It grew last year.')).toEqual([['last year', '2024-01-01', 'year']]);
  });

  it('gives a day the time written before it with "local time" or a weekday between', () => {
    const at = (text: string) => findDates(text, { year: 2025, month: 9, day: 20 }, { yearless: true }).map((d) => [d.scope.text, d.scope.start, d.value.time?.minutes ?? null]);
    expect(at('It made landfall at 03:40 local time on 14 September.')).toEqual([['03:40 local time on 14 September', '2025-09-14', 220]]);
    expect(at('It made landfall at about 3:40 a.m. on Sunday, September 14.')).toEqual([['3:40 a.m. on Sunday, September 14', '2025-09-14', 220]]);
    // A race's time is no time of day.
    expect(at('Omondi clocked 2:05:30 on Sunday, 14 September.')).toEqual([['Sunday, 14 September', '2025-09-14', null]]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(findDates(s, { year: 2026, month: 1 }))), { numRuns: 300 });
  });
});

describe('documentDate', () => {
  it('takes front matter first, then a dateline among the first lines', () => {
    expect(documentDate({ date: '2026-06-03' }, 'May 2025\nText.')).toEqual({ year: 2026, month: 6, day: 3 });
    expect(documentDate({}, 'Jun 3, 2026 · 11:44 PM\nSubscribe\n')).toEqual({ year: 2026, month: 6, day: 3 });
    expect(documentDate({}, 'Title\n\nMay 2026\nBody')).toEqual({ year: 2026, month: 5 });
  });

  it('takes a line that says the date is the page\'s ("Published: …"), not the day it was updated', () => {
    expect(documentDate({}, 'Published: Mar 3, 2024\nText.')).toEqual({ year: 2024, month: 3, day: 3 });
    expect(documentDate({}, 'Veröffentlicht am 5. März 2024\nText.')).toEqual({ year: 2024, month: 3, day: 5 });
    expect(documentDate({}, 'Updated: Nov 14, 2025\nText.')).toBeUndefined();
    expect(documentDate({}, 'Mis à jour le 2 mars 2024\nText.')).toBeUndefined();
    // Other words are a label, not a dateline.
    expect(documentDate({}, 'Funding round: Mar 3, 2024\nText.')).toBeUndefined();
  });

  it('takes the day a post\'s file name opens on ("_posts/2023-11-13-weekly.md"), after the date fields and the address, before a dateline', () => {
    expect(documentDate({}, 'Text.', 'blog/_posts/2023-11-13-weekly.md')).toEqual({ year: 2023, month: 11, day: 13 });
    expect(documentDate({}, 'May 2026\nText.', '_posts/digests/2025-10-20-324.md')).toEqual({ year: 2025, month: 10, day: 20 });
    expect(documentDate({ date: '2026-06-03' }, '', '_posts/2023-11-13-weekly.md')).toEqual({ year: 2026, month: 6, day: 3 });
    expect(documentDate({ url: 'https://news.example/2022/06/06/x' }, '', '_posts/2023-11-13-weekly.md')).toEqual({ year: 2022, month: 6, day: 6 });
    // Only a whole day that opens the name: not a year alone, a day in a folder's name, nor a day that does not exist.
    expect(documentDate({}, 'Text.', 'notes/2023-report.md')).toBeUndefined();
    expect(documentDate({}, 'Text.', '2023-11-13/report.md')).toBeUndefined();
    expect(documentDate({}, 'Text.', '_posts/2023-02-30-weekly.md')).toBeUndefined();
    expect(documentDate({}, 'Text.', 'notes/v2023-11-13.md')).toBeUndefined();
  });

  it('takes the day a page’s address holds, after the date fields and before a dateline', () => {
    expect(documentDate({ url: 'https://news.example/2022/06/06/musk-deal' }, 'May 2026\nText.')).toEqual({ year: 2022, month: 6, day: 6 });
    expect(documentDate({ link: 'https://news.example/news/2022/jun/06/musk-deal/' }, '')).toEqual({ year: 2022, month: 6, day: 6 });
    expect(documentDate({ url: 'https://news.example/2024-05-14-storm-toll' }, '')).toEqual({ year: 2024, month: 5, day: 14 });
    expect(documentDate({ url: 'https://news.example/2024/05/storm-ardo' }, '')).toEqual({ year: 2024, month: 5 });
    expect(documentDate({ date: '2026-06-03', url: 'https://news.example/2022/06/06/x' }, '')).toEqual({ year: 2026, month: 6, day: 3 });
    expect(documentDate({ url: 'https://news.example/2022/13/06/x' }, '')).toBeUndefined();
    expect(documentDate({ url: 'https://news.example/2023/02/30/x' }, '')).toBeUndefined();
    expect(documentDate({ url: 'https://news.example/v2/page-1200' }, '')).toBeUndefined();
  });

  it('does not take a date inside a longer line for a dateline', () => {
    expect(documentDate({}, 'The deal was signed in May 2026 after talks.\n')).toBeUndefined();
  });

  it('does not take a table’s row for a dateline: an infobox’s "Date" is its event’s', () => {
    expect(documentDate({}, '| Vote | |\n|---|---|\n| Date | 9 May 2027 |\n')).toBeUndefined();
    expect(documentDate({}, '| 9 May 2027 |\nText.')).toBeUndefined();
  });
});

describe('a day written with a full stop before a month ("am 10. Juni")', () => {
  const sentences = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
  it('ends no sentence, so the day stays with its month; a number and a stop before another word still end one', () => {
    expect(sentences('Es kam am 10. Juni 2025 zum Rückruf. Er kam am 1. März zurück.')).toEqual(['Es kam am 10. Juni 2025 zum Rückruf.', 'Er kam am 1. März zurück.']);
    expect(sentences('Sie wurde Platz 3. Danach kam nichts.')).toEqual(['Sie wurde Platz 3.', 'Danach kam nichts.']);
  });
});

describe('a sentence’s full stop after a month', () => {
  it('is no part of the date; an abbreviation’s is', () => {
    expect(findDates('The vote of 10 May. Then', { year: 2026, month: 5, day: 20 }, { yearless: true }).map((d) => d.scope.text)).toEqual(['10 May']);
    expect(findDates('on 3 Sept. 2025', undefined).map((d) => d.scope.text)).toEqual(['3 Sept. 2025']);
  });
});

describe('a span of months that ends near a month’s end', () => {
  it('is the calendar months a fiscal calendar of weeks stands for', () => {
    const span = (text: string) => findDates(text, undefined).map((d) => [d.scope.start, d.scope.end, d.precision]);
    expect(span('revenue for the three months ended September 27, 2025')).toEqual([['2025-07-01', '2025-09-30', 'quarter']]);
    expect(span('revenue for the three months ended October 2, 2025')).toEqual([['2025-07-01', '2025-09-30', 'quarter']]);
    expect(span('revenue for the six months ended June 30, 2025')).toEqual([['2025-01-01', '2025-06-30', 'half']]);
  });
});

describe('Korean years counted from the page’s', () => {
  it('reads this, last and next year, alone or with a quarter, a half or a month', () => {
    const span = (text: string) => findDates(text, { year: 2025, month: 10, day: 23 }).map((d) => [d.scope.start, d.scope.end, d.precision]);
    expect(span('올해 3분기 영업이익')).toEqual([['2025-07-01', '2025-09-30', 'quarter']]);
    expect(span('지난해 3분기')).toEqual([['2024-07-01', '2024-09-30', 'quarter']]);
    expect(span('작년 상반기')).toEqual([['2024-01-01', '2024-06-30', 'half']]);
    expect(span('내년 4월')).toEqual([['2026-04-01', '2026-04-30', 'month']]);
    expect(findDates('올해 3분기', undefined)).toEqual([]);
  });
});

describe('a quarter a sentence names twice', () => {
  it('takes not the year the other one is given: the two are of different years', () => {
    const span = (text: string) => findDates(text, { year: 2024, month: 1, day: 18 }, { yearless: true }).map((d) => [d.scope.text, d.scope.start, d.scope.end]);
    expect(span('$6.5 billion in the fourth quarter, up from $5.4 billion in the fourth quarter of 2022')).toEqual([['fourth quarter of 2022', '2022-10-01', '2022-12-31']]);
    expect(span('$6.5 billion in the third quarter, up from $5.4 billion in the fourth quarter of 2022').map((d) => d[1])).toEqual(['2022-07-01', '2022-10-01']);
  });
});

describe('a Japanese fiscal year named by the month it ends in', () => {
  it('is the twelve months to that month ("2023年3月期"), not the month; a span of time in the month stays the month', () => {
    const span = (text: string) => findDates(text, { year: 2024, month: 6, day: 1 }).map((d) => [d.scope.text, d.scope.start, d.scope.end, d.precision]);
    expect(span('2023年3月期の連結売上高は1兆2400億円だった')).toEqual([['2023年3月期', '2022-04-01', '2023-03-31', 'year']]);
    expect(span('2023年3月期間中の売上高')).toEqual([['2023年3月', '2023-03-01', '2023-03-31', 'month']]);
  });

  it('reads a quarter or a half of it after it ("2024年3月期第3四半期" is October to December 2023)', () => {
    const span = (text: string) => findDates(text, { year: 2025, month: 6, day: 1 }).map((d) => [d.scope.start, d.scope.end, d.precision]);
    expect(span('2024年3月期第3四半期の売上高')).toEqual([['2023-10-01', '2023-12-31', 'quarter']]);
    expect(span('2025年3月期中間期の売上高')).toEqual([['2024-04-01', '2024-09-30', 'half']]);
    expect(span('2025年3月期下期の売上高')).toEqual([['2024-10-01', '2025-03-31', 'half']]);
    expect(span('2024年12月期第1四半期の売上高')).toEqual([['2024-01-01', '2024-03-31', 'quarter']]);
    // "累計": the fiscal year to the part's end.
    expect(span('2024年3月期第3四半期累計の売上高')).toEqual([['2023-04-01', '2023-12-31', 'month']]);
    expect(span('2025年3月期下期累計')).toEqual([['2024-04-01', '2025-03-31', 'year']]);
  });
});

describe('a span of years written with words', () => {
  it('is one period from the first year to the end of the last', () => {
    expect(read('Between 1989 and 2005, Kestrel Town won five cups.')).toEqual([['1989 and 2005', '1989-01-01', '2005-12-31', 'year']]);
    expect(read('From 2019 to 2023 the club grew.')).toEqual([['2019 to 2023', '2019-01-01', '2023-12-31', 'year']]);
    expect(read('Von 2019 bis 2023 wuchs der Verein.')).toEqual([['2019 bis 2023', '2019-01-01', '2023-12-31', 'year']]);
    expect(read('Entre 2019 y 2023 el club creció.')).toEqual([['2019 y 2023', '2019-01-01', '2023-12-31', 'year']]);
  });

  it('is no span where the second year comes first, or without the opening word', () => {
    expect(read('It fell from 2023 to 2019 levels.').map((d) => d[0])).toEqual(['2023', '2019']);
    expect(read('It won the 2003 and 2005 cups.').map((d) => d[0])).toEqual(['2003', '2005']);
  });
});
