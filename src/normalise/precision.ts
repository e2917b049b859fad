// How precise a stated figure is: "$0.14" stands for 0.135–0.145, "35x" for 34.5–35.5, "roughly 6x" for ±10%.
import type { Quantity } from '../types.js';

/** The share of a figure that "about", "~" and "roughly" allow. */
export const APPROX_SHARE = 0.1;

/**
 * The first numeral of a figure's text with its marks: digits joined by '.', ',' or a space before a
 * group of three ("1,024.5", "1.024.000", "6,7", "30 000").
 */
const LITERAL = /\d(?:[\d.,]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))*/;
/** Words that make a figure written in words a rounded one ("two million", "三万"). */
const SCALE_IN_WORDS = /hundred|thousand|million|billion|trillion|lakh|crore|百|千|万|萬|亿|億/i;

/** A figure's text with full-width digits made ASCII, and its first numeral (LITERAL), if it has one. */
function written(q: Quantity): { text: string; literal: RegExpExecArray | null } {
  const text = q.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return { text, literal: LITERAL.exec(text) };
}

/**
 * Half a unit of the last digit written, in the quantity's own scale ("236B": ±0.5B; "6,7" in a
 * document with decimal commas: ±0.05). Whatever the marks mean, the last digit written is worth
 * value / (all the digits read as one integer), so the number format need not be known. A figure in
 * words counts as its digits ("twenty-five" ±0.5), with the zeros a scale word stands for dropped
 * ("two million" ±0.5 million, like "2 million").
 */
export function halfUnit(q: Quantity): number {
  const value = Math.abs(q.min ?? q.max ?? 0);
  const { text, literal } = written(q);
  if (!literal) return wordsHalfUnit(value, text);
  const digits = literal[0].replace(/\D/g, '');
  const whole = Number(digits);
  if (whole === 0 || !Number.isFinite(whole)) {
    // "0", "0.0": the digits after the last mark are the decimals.
    const last = Math.max(literal[0].lastIndexOf('.'), literal[0].lastIndexOf(','));
    const decimals = last < 0 ? 0 : literal[0].length - last - 1;
    return 0.5 * Math.pow(10, -decimals);
  }
  return (0.5 * value) / whole;
}

/** A fraction of one or two digits after a mark ("21.7", "4,35"); three digits after a mark are a group ("1,024"). */
const FRACTION = /[.,]\d{1,2}$/;

/**
 * How a figure's last written digit was reached: 'cut' when it may have been cut short rather than rounded (a whole
 * number of four digits or more ending in a digit other than 0: "1604 kg" for 1,604.37 kg; one of two or three digits
 * written to a scale: "46B" for 46.7B), 'zeros' when a whole
 * number of three digits or more ends in zeros that may be rounding ("470 g" for 474 g, "28,000" for 28,310; `zeros`
 * says how many), 'rounded' otherwise ("57.23", "$21.7 billion", "11", "40"), and 'words' for a figure with no digits
 * ("two million").
 */
export function lastDigit(q: Quantity): { how: 'cut' | 'zeros' | 'rounded' | 'words'; zeros: number } {
  const { text, literal } = written(q);
  if (!literal) return { how: 'words', zeros: 0 };
  const digits = literal[0].replace(/\D/g, '').replace(/^0+/, '');
  if (FRACTION.test(literal[0])) return { how: 'rounded', zeros: 0 };
  const zeros = /0*$/.exec(digits)![0].length;
  if (zeros > 0 && zeros < digits.length && digits.length >= 3) return { how: 'zeros', zeros };
  // "46B", "$13 billion": a whole number of two or three digits written to a scale may be one with a decimal cut short
  // ("46.7B"), as a long whole number may.
  const scaled = digits.length >= 2 && scaleAfter(text.slice(literal.index + literal[0].length));
  return { how: zeros === 0 && (digits.length >= 4 || scaled) ? 'cut' : 'rounded', zeros: 0 };
}

/** Whether a scale follows a numeral: "46B", "13 billion", "2,5 Mrd.", "46万" (a letter in its case: "46 m" is metres). */
const scaleAfter = (after: string) => SCALE_LETTER.test(after) || SCALE_WORD.test(after);
const SCALE_LETTER = /^\s?[KMBTk](?![\p{L}])/u;
const SCALE_WORD = /^\s?(?:bn|mn|tn|thousand|million|billion|trillion|mio\.?|mrd\.?|millions?|milliards?|millionen|milliarden?|millones|mil\s+millones|万|萬|亿|億|兆)(?![\p{L}])/iu;

function wordsHalfUnit(value: number, text: string): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  if (!Number.isInteger(value) && !Number.isInteger(value * 2)) return 0;
  let digits = value;
  if (SCALE_IN_WORDS.test(text)) {
    // Scaled words: the significant digits only ("two and a half million" as 25).
    let mantissa = Number(value.toPrecision(15));
    while (mantissa >= 10 && mantissa % 10 === 0) mantissa /= 10;
    while (!Number.isInteger(mantissa)) mantissa *= 10;
    digits = mantissa;
  } else if (!Number.isInteger(value)) {
    digits = value * 10; // "one and a half": 15 tenths
  }
  return (0.5 * value) / digits;
}

/** The values a stated point figure allows, given its rounding and hedges. */
export function statedRange(q: Quantity): [number, number] {
  const lo = q.min ?? q.max ?? 0;
  const hi = q.max ?? q.min ?? 0;
  const slack = Math.max(halfUnit(q), q.approx ? Math.abs(lo) * APPROX_SHARE : 0);
  return [lo - slack, hi + slack];
}
