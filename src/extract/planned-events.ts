// An event's noun that a plan dates: "announced Velora Quest 2 for a 2016 release", "was slated for a late 2016 launch", "a
// planned 2016 release", "planned for 2023 release". The date is when the event was meant to happen, not when it did: the
// event is a plan (predicted), which meets no statement that it happened.

/** A date that stands before an event's noun: a year, a season or a month of it, a quarter ("late 2016", "Q3 2016", "fall 2000"). */
const NOUN_DATE = String.raw`(?:(?:early|late|mid|mid-|spring|summer|fall|autumn|winter|holiday|Q[1-4]|H[12]|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)[\s-]+)?(?:19|20)\d\d(?:['’]s)?`;
/** A verb of planning, then up to eight words of its clause (the thing planned, "Velora Quest! 2"), then "for a …": "announced X for a 2016 release". */
const PLAN_FOR = new RegExp(
  String.raw`(?<![\p{L}])(?:announced|slated|scheduled|planned|set|targeted|targeting|aimed|aiming|earmarked|pencil+ed(?:\s+in)?|intended|projected|expected|due|positioned|penciled)(?:\s+[^\s.;:?]+){0,8}?\s+for\s+(?:(?:a|an|its|the|their)\s+)?(?:(?:planned|tentative|projected|expected|targeted|scheduled|intended|proposed|anticipated)\s+)?${NOUN_DATE}\s+$`,
  'iu',
);
/** "a planned 2016 release", "planned a 2016 release", "its tentative fall 2000 launch": a word of plan before the date. */
const PLANNED_DATE = new RegExp(String.raw`(?<![\p{L}])(?:planned|tentative|projected|expected|targeted|scheduled|intended|proposed|anticipated)\s+(?:(?:a|an|its|the|their)\s+)?${NOUN_DATE}\s+$`, 'iu');

/** Whether the event's noun at `anchor` is one a plan dates (its word no verb: "release", not "released"). */
export function plannedEventNoun(text: string, anchor: number): boolean {
  const word = /^[\p{L}-]+/u.exec(text.slice(anchor))?.[0] ?? '';
  if (word === '' || /(?:ed|ing)$/iu.test(word)) return false;
  const before = text.slice(Math.max(0, anchor - 160), anchor);
  return PLAN_FOR.test(before) || PLANNED_DATE.test(before);
}
