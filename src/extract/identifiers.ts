// An identifier is no figure: a label line's or a table label's value that is a code ("isbn: 2070000011", "Product ID:
// 40021", "| Serial number | 7731002 |") gives no open attribute, so two editions' codes never clash as two counts.
import type { Lexicon } from '../packs/lexicon.js';

/**
 * Whether a label names an identifier: its words (an aside in parentheses left out, and before "of": "Lines of code" counts
 * lines) end on a word or words of the packs' `names.identifiers` ("ISBN", "Product ID", "Catalogue number").
 */
export function identifierLabel(lexicon: Lexicon, label: string): boolean {
  if (lexicon.identifierWords.size === 0) return false;
  const head = label
    .replace(/[(（][^()（）]*[)）]/gu, ' ')
    .replace(/[*_`:：]/gu, ' ')
    .split(/\s+of\s+/iu)[0]!
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  for (let n = 1; n <= Math.min(3, head.length); n++) if (lexicon.identifierWords.has(head.slice(-n).join(' '))) return true;
  return false;
}

/**
 * A value that is a code whatever its label: ten digits or more with no unit, no grouping mark and no decimal point
 * ("2070000011", "9780201733860", an ISBN's check letter "080442957X"), or digits in three hyphenated groups or more
 * ("978-0-201-73386-0"). No count is written so.
 */
export function identifierValue(value: string): boolean {
  const v = value.replace(/[*_`]/gu, ' ').trim();
  if (/^\d{9,}[\dXx]$/u.test(v)) return true;
  return /^\d+(?:-\d+){2,}(?:-[\dXx])?$/u.test(v) && v.replace(/\D/gu, '').length >= 10;
}
