// How long a period a figure covers, read from its words (src/extract/period-length.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodCues, periodLengthAt, periodNamedAt, sentenceLength } from '../src/extract/period-length.js';

/** The length the figure that starts at `figure` (its first occurrence) is read as covering. */
const lengthOf = (sentence: string, figure: string) => periodLengthAt(sentence, periodCues(sentence), sentence.indexOf(figure));

describe('periodCues', () => {
  it('reads the words of each length, in the languages the date grammar reads', () => {
    const cases: [string, string[]][] = [
      ['Quarterly revenue and full-year revenue', ['quarter', 'year']],
      ['first-half sales, annual sales, monthly sales, weekly sales, daily sales', ['half', 'year', 'month', 'week', 'day']],
      ['ventes trimestrielles, ventas anuales, Quartalsumsatz im Geschäftsjahr', ['quarter', 'year', 'year']],
      ['第三季度营收,全年营收,上半年营收', ['quarter', 'year', 'half']],
      ['第3四半期の売上高と通期の売上高', ['quarter', 'year']],
      // A weekend's takings are a week's at most, never a running total's.
      ['its opening weekend gross, el fin de semana, am Wochenende, 周末票房', ['week', 'week', 'week', 'week']],
      // A rate in words: "64 ships a day", "twice a week", "300 toneladas al día", "日均".
      ['64 ships a day, 4 sailings each week, 300 toneladas al día, 40 trains par jour, 日均客流', ['day', 'week', 'day', 'day', 'day']],
      // A day's average: "1日平均" (Japanese), "하루 평균", "일평균" (Korean).
      ['1日平均乗客数, 하루 평균 승객, 일평균 승객', ['day', 'day', 'day']],
      // Not a day that says when: "a day after the crash", "a week earlier".
      ['a day after the crash, a week earlier, every day or two', []],
    ];
    for (const [text, lengths] of cases) expect(periodCues(text).filter((c) => !c.other).map((c) => c.length), text).toEqual(lengths);
  });

  it('reads a count of months that ends on a day as a quarter, a half or a year', () => {
    expect(periodCues('revenue for the three months to June 30, then the six months ended June and the twelve months through March').map((c) => [c.length, c.other ?? false])).toEqual([
      ['quarter', false],
      ['half', false],
      ['year', false],
    ]);
    // Months that end on nothing are no period: "three months later", "six months of talks".
    expect(periodCues('three months later, after six months of talks')).toEqual([]);
  });

  it('reads a quarter of a fiscal year as the quarter', () => {
    for (const text of ['in the third quarter of fiscal 2025', 'Q2 FY25 sales', 'sales for FY25Q2', '2025财年第二财季营收', 'fiscal 2025 second quarter']) {
      expect(
        periodCues(text).map((c) => c.length),
        text,
      ).toEqual(['quarter']);
    }
  });

  it('marks the base of a comparison and another period as not the figure’s', () => {
    for (const text of ['up 7% from the previous quarter', 'the prior quarter', 'up 5% quarter-over-quarter', 'than in the same quarter', '较上季度增长', '前四半期比']) {
      const cues = periodCues(text);
      expect(cues.length > 0 && cues.every((c) => c.other), text).toBe(true);
    }
  });

  it('reads no period in a share, a ratio over time or a word that only contains one', () => {
    expect(periodCues('revenue of $1.5 billion in a quarter is a record').filter((c) => !c.other).map((c) => c.length)).toEqual(['quarter']);
    for (const text of ['a quarter of the market', 'of which about a quarter is spent on schools', 'three quarters of its power', 'headquarters in Ardenia', 'an annualised rate', 'year-to-date, the yearbook', 'the Q4_K_M weights', 'fiscal_year_2024']) {
      expect(periodCues(text).filter((c) => !c.other), text).toEqual([]);
    }
  });
});

describe('periodLengthAt', () => {
  it('takes the nearest cue in the figure’s phrase', () => {
    const sentence = 'Quarterly revenue rose to $4.2 billion, and full-year revenue to $15.8 billion.';
    expect([lengthOf(sentence, '$4.2'), lengthOf(sentence, '$15.8')]).toEqual(['quarter', 'year']);
  });

  it('does not take a cue past a word that joins another phrase ("but", "and", "mais", "但")', () => {
    // The 6% is not the year's: its own phrase names no length, and the sentence names two.
    expect(lengthOf('Quarterly sales came to $1.3 billion, a decrease of 6% but an annual increase of 18%.', '6%')).toBeUndefined();
    expect(lengthOf('Quarterly sales came to $1.3 billion, a decrease of 6% but an annual increase of 18%.', '18%')).toBe('year');
    expect(lengthOf('Ventes trimestrielles de 1,3 milliard, en baisse de 6 % mais en hausse annuelle de 18 %.', '6 %')).toBeUndefined();
    expect(lengthOf('第四季度营收13亿美元，同比下降6%但全年增长18%。', '6%')).toBeUndefined();
    expect(lengthOf('Sales rose 6% in the quarter and 18% for the full year.', '6%')).toBe('quarter');
  });

  it('takes the one length its clause or sentence names, past commas', () => {
    expect(lengthOf('For the full year, revenue rose to $15.8 billion.', '$15.8')).toBe('year');
    expect(lengthOf('Fourth-quarter sales were $4.2 billion, up 18%; operating profit came to $1.1 billion, a record.', '$1.1')).toBe('quarter');
  });

  it('gives no length to the figure of another period, or where the cues disagree', () => {
    expect(lengthOf('Its revenue in the prior quarter had been $3.9 billion; for the fiscal year it reached $15.8 billion.', '$3.9')).toBeUndefined();
    expect(lengthOf('Quarterly and annual figures differ: revenue was $4.2 billion.', '$4.2')).toBeUndefined();
  });

  it('says null, for the paragraph or the section to decide, when the sentence says nothing of the figure’s own period', () => {
    expect(lengthOf('Revenue was $4.2 billion.', '$4.2')).toBeNull();
    expect(lengthOf('The segment made $2.9 billion, flat on the previous quarter.', '$2.9')).toBeNull();
  });
});

describe('rates and short periods', () => {
  it('say the length of their own phrase’s figure only', () => {
    expect(lengthOf('Northgate runs 3 sessions per day in pre-season.', '3')).toBe('day');
    expect(lengthOf('The app counts 12 million users, and its daily sessions keep growing.', '12')).toBeNull();
    expect(['It runs 3 sessions per day.', 'Monthly fees rose.', 'Its annual fee rose.'].map((s) => sentenceLength(periodCues(s)))).toEqual([null, null, 'year']);
  });

  it('"a year", "a month" after a figure are its rate ("$118,000 a year"), not "a year earlier", "a month after"', () => {
    expect(lengthOf('The list price is $118,000 a year.', '$118,000')).toBe('year');
    expect(lengthOf('The list price is $9,800 a month.', '$9,800')).toBe('month');
    expect(lengthOf('The list price is $9,800, up from $9,100 a year earlier.', '$9,800')).toBeNull();
    expect(lengthOf('A month after launch, the list price was $9,800.', '$9,800')).toBeNull();
  });
});

describe('sentenceLength', () => {
  it('says null when no cue names the sentence’s own period, undefined when they disagree, else the one length', () => {
    expect(['Revenue rose.', 'Quarterly and annual revenue rose.', 'Revenue rose from the previous quarter.', 'Full-year revenue rose.'].map((s) => sentenceLength(periodCues(s)))).toEqual([null, undefined, null, 'year']);
  });
});

describe('properties', () => {
  it('cues lie inside the text, in order, apart, and a figure’s length is one of theirs', () => {
    const word = fc.constantFrom('quarterly', 'full-year', 'Q4', 'FY24', 'fiscal', 'year', 'the', 'previous', 'from', 'of', '第四季度', '全年', '上', ',', ';', ' ', 'revenue', '$4.2', 'half', 'first');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 30 }), fc.nat(), (words, n) => {
        const text = words.join(' ');
        const cues = periodCues(text);
        let end = 0;
        for (const c of cues) {
          expect(c.start).toBeGreaterThanOrEqual(end);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(text.length);
          end = c.end;
        }
        const length = periodLengthAt(text, cues, text.length === 0 ? 0 : n % text.length);
        if (length) expect(cues.map((c) => c.length)).toContain(length);
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });
});

describe('a clause of time or cause after the figure’s', () => {
  it('says when something else happened, not how long the figure’s period is', () => {
    const s = 'The mine produced 412,000 tonnes in 2024, as its second line reached its design rate in the third quarter.';
    expect(lengthOf(s, '412,000')).toBe(null);
    expect(lengthOf('The mine produced 98,000 tonnes in the third quarter.', '98,000')).toBe('quarter');
  });
});

describe('periodNamedAt', () => {
  const named = (sentence: string, figure: string) => periodNamedAt(sentence, periodCues(sentence), sentence.indexOf(figure));
  it('is the quarter or the half the figure\'s phrase names, in the languages the cues are read in', () => {
    expect(named('It reported first-quarter revenue of $6.13 billion.', '$6.13')).toBe('first quarter');
    expect(named('Fourth-quarter revenue was $6.2 billion.', '$6.2')).toBe('fourth quarter');
    expect(named('Revenue in Q3 was $2.4 billion.', '$2.4')).toBe('third quarter');
    expect(named('First-half sales rose to €4 billion.', '€4')).toBe('first half');
    expect(named('第四季度营收为120亿元。', '120')).toBe('fourth quarter');
  });
  it('is none for a quarter no ordinal names, another length, or a comparison\'s base', () => {
    expect(named('Quarterly revenue was $6.2 billion.', '$6.2')).toBeUndefined();
    expect(named('Full-year revenue was $22 billion.', '$22')).toBeUndefined();
    expect(named('Revenue was $6.2 billion, up from the previous quarter.', '$6.2')).toBeUndefined();
  });
});
