// What a count of people counts: the whole a stock is of ("has 18,000 students", "its 1,500 staff"), or a group of them
// that the words around the count name by what they did ("800 employees signed a letter"), what befell them on one
// occasion ("all 90 riders were evacuated"), what they make up ("a committee of seven students"), what they were the
// agents of ("a survey completed by 1,000 students") or what a place holds ("a capacity for 4,000 people"). One reader,
// one vocabulary, for the attribute binder.
import type { QuantityMatch } from '../normalise/numbers.js';
import { canonicalUnit, isCountUnit } from '../normalise/units.js';
import type { PackAttribute } from '../packs/types.js';
import type { Span } from '../types.js';

/** Words that hedge a count: "over", "nearly", "only", "a total of". */
const HEDGE = String.raw`(?:about|around|some|approximately|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|under|up\s+to|at\s+least|only|just|a\s+total\s+of)`;
/**
 * After a count of people and its noun, what the group did or what befell it: "signed", "voted", "attended", "organised",
 * "took part", "turned up", "came together", "managed to", "expressed interest", "behind" (those responsible); "evacuated",
 * "injured", "rescued", "on board" (English, French, Spanish, German, Italian).
 */
const GROUP_WORD = String.raw`(?:signed|co-signed|wrote|left|quit|resigned|departed|threatened|protested|voted|walked\s+out|laid\s+off|let\s+go|fired|dismissed|attended|organi[sz]ed|co-organi[sz]ed|marched|rallied|demonstrated|gathered|participated|took\s+part|joined|volunteered|campaigned|boycotted|turned\s+(?:out|up)|showed\s+up|c[oa]me\s+together|put\s+together|managed\s+to|helped|competed|performed|applied|(?:expressed|exhibited|shown|showed|registered)\s+(?:an\s+)?interest|behind|evacuated|injured|hurt|wounded|killed|rescued|hospitali[sz]ed|stranded|suffered|survived|escaped|on\s+board|aboard|évacué(?:e|s|es)?|blessé(?:e|s|es)?|tué(?:e|s|es)?|secouru(?:e|s|es)?|à\s+bord|evacuad[oa]s?|herid[oa]s?|rescatad[oa]s?|a\s+bordo|evakuiert|verletzt|an\s+Bord|evacuat[ioe]|ferit[ioe])(?![\p{L}])`;
/** Auxiliaries before such a word: "were", "had been", "ont été", "fueron", "wurden"; then an adverb: "safely", "légèrement". */
const AUXILIARY = String.raw`(?:(?:were|was|had|have|has|are|ont|sont|furent|fueron|resultaron|han|wurden|sind|sono|furono)\s+(?:been\s+|été\s+|sido\s+|worden\s+|stati\s+|state\s+)?)?(?:(?:all|later|safely|tous|todos|[\p{L}]+(?:ly|ment|mente))\s+)?`;
/**
 * After a count and its noun, the group's word: a word or two on ("in total have come together", "also managed to"), an aside
 * set off by dashes, commas or parentheses ("800 employees — nearly the entire staff — signed"), or a phrase of "of", "on",
 * "from" ("of the night crossing were evacuated") and another count joined by "and" ("and 6 crew were evacuated").
 */
const GROUP_AFTER = new RegExp(
  String.raw`^(?:\s*(?:[—–]\s*[^—–.;!?]{1,80}?\s*[—–]|\s-\s[^.;!?]{1,80}?\s-|,\s*[^,.;!?]{1,80}?,|[(（][^()（）]{1,80}[)）])\s*|(?:\s+(?:of|on|from|in|de|du|des|del|von|di)\s+[^,.;:!?()]{1,60}?)?(?:\s+(?:and|et|y|und|e)\s+\d[\d,.]*\s+[\p{L}-]+)?\s+|\s+(?:[\p{L}-]+\s+){0,2}?)(?<!(?<![\p{L}])(?:and|or|but|et|ou|y|o|und|oder|e)\s+)${AUXILIARY}(${GROUP_WORD})`,
  'iu',
);
/**
 * The nouns of a body of people, whose members a count after "made up of" counts ("teams are made up of 15"); of those that
 * are a few chosen for a task, the count right after "of" too ("a committee of seven", "a panel of five"), where "a team of
 * 38" may be all who run a thing.
 */
const BODY_NOUN = String.raw`(?:team|committee|sub-?committee|panel|board|jury|crew|squad|group|delegation|cohort|council|cast|choir|band|troupe|class)s?`;
const CHOSEN_BODY_NOUN = String.raw`(?:committee|sub-?committee|panel|jury|delegation|task\s+force|working\s+group)s?`;
/** Verbs whose agents may be all of a thing's people ("is run by 12,500 employees", "helped by"): a group only as "the N" named before. */
const RUN_BY = String.raw`(?:run|helped|staffed|powered|driven|supported|backed|operated|manned|served|employed)`;
/**
 * Verbs that act on some of a thing's people, right before their count: "lays off 8,000", "is reassigning 7,000", "will
 * cut 1,200": a change or a part, not how many it has.
 */
const ACTED_ON = String.raw`(?:lay(?:s|ing)?\s+off|laid\s+off|let(?:s|ting)?\s+go(?:\s+of)?|cut(?:s|ting)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|eliminat(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|sack(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|furlough(?:s|ed|ing)?|reassign(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?)`;
/**
 * A verb of discovery, or one of finding in its -ing form, right before a count: "after finding two moons", "discovered three",
 * "has detected two": a count of what one effort found, not how many the thing has. (Not "found", "identified" or "uncovered"
 * as a finite verb: "The latest audit of X found 3 open flaws" says how many X has.)
 */
const FOUND = String.raw`(?:finding|identifying|uncovering|discover(?:s|ed|ing)?|detect(?:s|ed|ing)?|spot(?:s|ted|ting)?)`;
/**
 * Before a count of people, words that make it a group: a sample ("a survey of 16 staff", "interviews with"), others who
 * join the subject ("along with 20,000 people"), the members of a body ("a committee of only seven", "teams are made up of"),
 * what a place holds ("a capacity for 4,000", "room for 300"), the agents of a thing done ("completed by over a thousand
 * students", "managed by four students", "run by the four students"), a verb that acts on them ("laid off 8,000"), a verb
 * of finding ("after finding two").
 */
const GROUP_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:survey(?:ed)?|poll(?:ed)?|sample|interviews?|interviewed)\s+(?:of\s+|with\s+)?|(?:along\s+with|together\s+with|alongside)\s+|${BODY_NOUN}\s+(?:(?:is|are|was|were|will\s+be)\s+)?(?:(?:made\s+up|composed|comprised|formed)\s+of|consist(?:s|ed)?\s+of)\s+|${CHOSEN_BODY_NOUN}\s+of\s+|(?:capacity\s+(?:for|of)|room\s+for|space\s+for|seat(?:s|ing)?\s+for|places\s+for)\s+|(?<![\p{L}])(?!${RUN_BY}\s)(?:[\p{L}]{2,}(?:ed|en)|led|held|made|done|set|won|taught|put|kept|built)\s+by\s+(?:the\s+|its\s+|their\s+)?|${RUN_BY}\s+by\s+the\s+|(?<![\p{L}])(?:${ACTED_ON}|${FOUND})\s+(?:(?:another|an\s+additional|a\s+further)\s+)?)(?:${HEDGE}\s+)?$`,
  'iu',
);

/** Whether an attribute is a stock counted in people or in a noun of the pack's own ("students", "members"). */
const stockOfPeople = (attribute: PackAttribute) =>
  attribute.unit !== undefined && (canonicalUnit(attribute.unit) === 'person' || (attribute.measure === 'stock' && isCountUnit(attribute.unit)));

/**
 * Whether a count (`q`) counts a group of the people the attribute counts, not the attribute: the words before it or after it
 * name the group (above). Of a stock of people, or of any count in a noun whose trigger is at most that noun ("90 riders were
 * evacuated" is no count of riders carried). Not where those words hold a trigger of the attribute's own ("3,000 people
 * attended" of an attendance, "a team of 40" of a team's size, "12 riders were hurt" of a count of the hurt).
 */
export function countsAGroup(text: string, q: QuantityMatch, attribute: PackAttribute, trigger: Span | undefined, triggers: readonly (Span & { attributes: readonly PackAttribute[] })[]): boolean {
  const counted = attribute.unit !== undefined && isCountUnit(attribute.unit) && (trigger === undefined || trigger.end <= q.span.end);
  if (!stockOfPeople(attribute) && !counted) return false;
  const before = text.slice(Math.max(0, q.span.start - 60), q.span.start);
  const b = GROUP_BEFORE.exec(before);
  const after = b ? null : GROUP_AFTER.exec(text.slice(q.span.end, q.span.end + 160));
  if (!b && !after) return false;
  // (The group's own words: those before the count, or the word after it, not an aside between.)
  const words: Span = b ? { start: q.span.start - before.length + b.index, end: q.span.start } : { start: q.span.end + after![0].length - after![1]!.length, end: q.span.end + after![0].length };
  return !triggers.some((t) => t.attributes.includes(attribute) && t.start < words.end && t.end > words.start);
}
