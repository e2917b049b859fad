// A unit of a series named by its ordinal: "the first Wren spacecraft", "its second Wren spacecraft", "Velora Space's 3rd
// Wren". The name is the series' (a model, a product line); the ordinal picks one unit of it, and that unit's events (its
// launch, its delivery) are its own: a kind of the event (`variant` "unit N"), never set against another unit's, nor against
// what is said of the series with no ordinal. The ordinal may stand in the sentence before the event's, in one paragraph
// ("announced its second Wren spacecraft is on orbit. The mission launched January 14").
import type { Mention } from '../normalise/entities.js';

/** English ordinals in words, by their number. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
/**
 * Right before a name: a determiner or a possessive, then an ordinal ("the first ", "its second ", "Velora Space's 3rd ").
 * (Not an ordinal that opens a sentence with no determiner, "First Wren …", nor one after the name: "launched Wren first".)
 */
const ORDINAL_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:the|its|their|our|his|her|this|that)|\p{L}['’]s?)\s+(${Object.keys(ORDINAL_WORDS).join('|')}|\d{1,3}(?:st|nd|rd|th))\s+$`,
  'iu',
);

/** After the name, its noun phrase going on to "of" ("+ model of the", " spacecraft of"): a rank among a whole's members. */
const RANK_AMONG_AFTER = /^\+?(?:\s+[\p{Ll}-]+){0,2}\s+of\s/u;

/** The unit of its series an ordinal right before a mention names ("the second Wren": "unit 2"), if any. */
export function unitOrdinalAt(text: string, m: Mention): string | undefined {
  // "the first 100B+ model of the X series": a rank among a whole's members, the member named elsewhere; no unit.
  if (RANK_AMONG_AFTER.test(text.slice(m.end, m.end + 40))) return undefined;
  const word = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  const n = ORDINAL_WORDS[word] ?? Number.parseInt(word, 10);
  return Number.isFinite(n) && n > 0 ? `unit ${n}` : undefined;
}

/** The unit each mention of an earlier sentence named, read when its sentence was (its text is gone by the event's). */
const UNIT_OF = new WeakMap<Mention, string>();

/** Notes, for the sentences after it, the units a sentence's mentions name. */
export function rememberUnitOrdinals(text: string, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    const unit = unitOrdinalAt(text, m);
    if (unit !== undefined) UNIT_OF.set(m, unit);
  }
}

/**
 * The unit an event's one participant is: as the sentence names it (an ordinal before its mention there), or, where the
 * sentence does not name it, as the paragraph's last earlier mention of it did.
 */
export function participantUnit(text: string, participant: string, mentions: readonly Mention[], blockMentions: readonly Mention[]): string | undefined {
  const own = mentions.filter((m) => m.entity.id === participant);
  if (own.length > 0) {
    const units = new Set(own.map((m) => unitOrdinalAt(text, m)));
    return units.size === 1 ? [...units][0] : undefined;
  }
  const earlier = [...blockMentions].reverse().find((m) => m.entity.id === participant);
  return earlier === undefined ? undefined : UNIT_OF.get(earlier);
}
