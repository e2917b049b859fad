// A bold line of a place and a year ("**Velora, 2012**", "**2012 – Velora**", "**Oslan, 1948:**") heads a section, as history
// pages run Games by Games, seasons by season: the figures of the paragraphs and lists below it that name no date are of that
// year, to the next such line, bold line or heading. Glued to the paragraph under it by a soft line break, the line is one of
// its own all the same.
import { findDates, type Day } from '../normalise/dates.js';
import type { TimeScope } from '../types.js';

/** A place's name: up to four capitalised words ("Mexico City", "St. Louis", "Rio de Janeiro"). */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|do|del|di|la|le|am|an|upon|on)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** "Velora, 2012", "Velora – 2012", "2012 – Velora", "2012, Velora", with a colon after it or none. */
const PLACE_YEAR = new RegExp(String.raw`^\s*(?:${PLACE}\s*(?:,|\s[–—-])\s*${YEAR}|${YEAR}\s*(?:,|[–—-]|\s[–—-])\s*${PLACE})\s*[:：]?\s*$`, 'u');

/** The year a line of a place and a year names, or undefined. */
export function placeYearPeriod(text: string, today?: Day): TimeScope | undefined {
  if (!PLACE_YEAR.test(text)) return undefined;
  const dates = findDates(text, today).filter((d) => d.precision === 'year');
  return dates.length === 1 ? dates[0]!.scope : undefined;
}

/**
 * Where a paragraph that opens on such a bold line glued to its text by a line break ("**Velora, 2012**⏎Team Ardenia won …")
 * ends its first line: the offset (in `text`, the paragraph's masked text, and `raw`, its source) past the line break, or
 * undefined.
 */
export function placeYearLead(text: string, raw: string, strongEnd: number): number | undefined {
  const br = raw.slice(strongEnd).match(/^[ \t*_:：]*\\?\r?\n/u);
  if (!br || placeYearPeriod(text.slice(0, strongEnd)) === undefined) return undefined;
  return strongEnd + br[0].length;
}
