// Where a figure or an event is said to hold: a place no pack knows, named after "in" in its own clause ("$52 million in
// Corvalia", "In Ardenia alone, the film took …"), or places other than the first ("when it launches in more countries").
// A figure's market scope ("$1.2 billion worldwide", "$480 million domestically", "海外票房") is such a place too.
// Two figures said of two different places are not compared.
import { MONTH_NAMES } from '../normalise/dates.js';
import type { Span } from '../types.js';

const IN = String.raw`(?:[Ii]n|[Aa]cross|[Ee]n|[Aa]u|[Aa]ux|[Ii]m|[Nn]el|[Nn]ella|[Nn]o|[Nn]a|[Ee]m)`;
const ARTICLE = String.raw`(?:(?:the|la|le|les|el|los|der|die|dem|den|l['’])\s*)?`;
/** A place's name: up to three capitalised words ("North Ardenia", "the United States"), not one numbered ("Phase 3"). */
const NAME = String.raw`(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?![\p{L}\p{N}'’]|\s+\p{N})`;
/** After the figure, in its clause: "$38 million in its third week in the United States". */
const PLACE_AFTER = new RegExp(String.raw`^[^,;:.!?()（）\[\]]{0,40}?(?<![\p{L}])${IN}\s+${ARTICLE}${NAME}`, 'u');
/** Fronted, opening the sentence: "In Ardenia alone, …", "En Corvalie, …". */
const PLACE_FRONTED = new RegExp(String.raw`^\s*${IN}\s+${ARTICLE}${NAME}(\s+alone|\s+seul(?:e|ement)?|\s+solo|\s+allein)?\s*,`, 'u');
/** Before "in" and a place, words that make it where a thing is based ("based in", "con sede en", "mit Sitz in"): no place of its figure or event. */
const SEAT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:based|headquartered|head-quartered|sede|siège|Sitz|sediad[oa]|domicili[ée]e?s?)\s+${IN}\s+${ARTICLE}$`, 'iu');
/** Right before "in" and a place, the word of a comparison ("than", "als", "wie", "que", "qu'", "che"): the place is the other term's. */
const THAN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:than|als|wie|que|qu['’]|che)\s*${IN}\s+${ARTICLE}$`, 'u');
/** Right after a place's name, the word that singles it out of a whole: "in Corvalia alone". */
const ALONE_AFTER = /^\s+(?:alone|seul(?:e|ement)?|solo|allein)(?![\p{L}])/u;
/**
 * Lower-case words that may follow a place's name ("in Corvalia last week", "in Ardenia alone"), where a noun would make the
 * name its qualifier; among them the words that open a clause of reason or condition ("in Corvalia because of …", "unless",
 * "despite", "parce que", "porque", "weil"), which leave the place to what came before them.
 */
const AFTER_A_PLACE =
  /^(?:and|or|at|on|in|for|from|to|by|with|as|after|before|during|over|since|until|while|when|where|which|who|alone|last|this|next|earlier|later|so|but|is|was|were|are|has|had|have|will|would|the|a|an|its|their|of|than|through|about|across|including|only|too|also|ahead|compared|because|although|though|unless|if|despite|due|owing|amid|pending|whereas|whilst|once|yet|parce|puisque|car|malgré|porque|pues|aunque|debido|pese|devido|embora|apesar|perché|poiché|sebbene|weil|obwohl|wegen|trotz)$/u;
/** Capitalised words after "in" that name a time, not a place: a month the dates reader knows, a weekday, a German month. */
const TIMES = new Set([...MONTH_NAMES, ...'monday tuesday wednesday thursday friday saturday sunday januar februar märz juni juli oktober dezember'.split(' ')]);
/** Whether a capitalised name opens on a word of time ("March", "Monday"), not a place's. */
export const namesATime = (name: string): boolean => TIMES.has(name.split(/\s+/u)[0]!.replace(/\.$/u, '').toLowerCase());

/**
 * The place `figure` (offsets in `text`, one sentence) is said of, folded to lower case without an article, or undefined;
 * `names` are the spans of the names packs know, which are never such a place (a pack's own name is the subject's or the
 * counterpart's).
 */
export function placeOf(text: string, figure: Span, names: readonly Span[]): string | undefined {
  const after = PLACE_AFTER.exec(text.slice(figure.end, figure.end + 90));
  let found = after ? { name: after[1]!, start: figure.end + after.index + after[0].length - after[1]!.length } : undefined;
  if (found) {
    // "in the U.S. An inquiry later …": an abbreviation's dot may end the sentence the splitter kept whole.
    const cut = /^(\p{Lu}[\p{L}]*\.(?:\p{L}+\.)+)\s/u.exec(found.name);
    if (cut) found = { ...found, name: cut[1]! };
    // "shown in Corvalian trade filings": a word that qualifies the noun after it is no place.
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(found.start + found.name.length, found.start + found.name.length + 24));
    if (next && !AFTER_A_PLACE.test(next[1]!)) found = undefined;
    // "founded in 1887 and based in Tarragona", "fundada en 1887 con sede en Tarragona": where it is based, not where it happened.
    if (found && SEAT_BEFORE.test(text.slice(Math.max(0, found.start - 40), found.start))) found = undefined;
    // "€49,900, more than in Corvalia", "mehr als in Corvalien", "de plus qu'en Corvalie": the place compared with, not the figure's.
    if (found && THAN_BEFORE.test(text.slice(figure.end, found.start))) found = undefined;
  }
  // "more than 300 outlets across Portugal, Spain and Brazil": a figure said of a list of places is said of all of them, never
  // of the first alone; a list broken by a word that makes its last name a qualifier ("in Ardenia and Corvalian markets") is
  // no place.
  if (found) {
    const list = placeList(text, found.start + found.name.length, names);
    if (list === null) return undefined;
    if (list.length > 0) return [found.name, ...list].map((n) => n.replace(/\.$/u, '').replace(/\s+/gu, ' ').toLowerCase()).join(', ').replace(/, ([^,]*)$/u, ' and $1');
  }
  const fronted = found ? undefined : PLACE_FRONTED.exec(text);
  // "expanding in Ardenia, where it has 74 shops", "presença em Espanha, onde conta com 74 lojas": a place before a relative
  // "where" whose clause holds the figure is the figure's.
  const relative = found || (fronted && fronted[0].length <= figure.start) ? null : PLACE_BEFORE_WHERE.exec(text.slice(0, figure.start));
  const place =
    found ??
    (fronted && fronted[0].length <= figure.start
      ? { name: fronted[1]!, start: fronted[0].indexOf(fronted[1]!) }
      : relative && placeList(text, relative.index + relative[0].length - relative[2]!.length - relative[1]!.length, names)?.length === 0
        ? { name: relative[1]!, start: relative.index + relative[0].length - relative[2]!.length - relative[1]!.length }
        : undefined);
  if (!place) return undefined;
  if (TIMES.has(place.name.split(/\s+/u)[0]!.replace(/\.$/u, '').toLowerCase())) return undefined;
  const end = place.start + place.name.length;
  if (names.some((n) => n.start < end && n.end > place.start)) return undefined;
  // "in China." ends the sentence; "in the U.S." keeps its abbreviation's dots.
  const name = /^[^.]+\.$/u.test(place.name) ? place.name.slice(0, -1) : place.name;
  // "In Corvalia alone, it sold 58,000": a part of a whole, not compared with a figure that names no place (isPart).
  const alone = found ? ALONE_AFTER.test(text.slice(end, end + 16)) : fronted?.[2] !== undefined;
  return `${name.replace(/\s+/gu, ' ').toLowerCase()}${alone ? ' alone' : ''}`;
}

/** Between two names of a list of places: a comma, "and" or "or" in the languages read ("Ardenia, Corvalia and Brisk"). */
const LIST_JOIN = new RegExp(String.raw`^(?:\s*,\s*(?:(?:and|or|e|ou|y|o|et|und|oder|ed)\s+)?|\s+(?:and|or|e|ou|y|o|et|und|oder|ed)\s+)${ARTICLE}${NAME}`, 'u');
/** The comma or "and" that ends a list before its last name: ", and Brisk", " and Brisk", " e Brisk". */
const LAST_JOIN = /(?:^|\s)(?:and|or|e|ou|y|o|et|und|oder|ed)\s*$/u;
/**
 * The names that go on a list of places from `end` (the first name's end): [] when none does, null when the list is broken
 * (its last name qualifies a noun after it, a pack's name stands in it, or no "and" closes a list of commas).
 */
function placeList(text: string, end: number, names: readonly Span[]): string[] | null {
  const more: string[] = [];
  let at = end;
  let closed = false;
  for (let m = LIST_JOIN.exec(text.slice(at)); m; m = LIST_JOIN.exec(text.slice(at))) {
    const start = at + m[0].length - m[1]!.length;
    if (names.some((n) => n.start < start + m![1]!.length && n.end > start)) return more.length === 0 ? [] : null;
    if (TIMES.has(m[1]!.split(/\s+/u)[0]!.toLowerCase())) break;
    closed = LAST_JOIN.test(m[0].slice(0, m[0].length - m[1]!.length).replace(/\s*(?:the|la|le|les|el|los|der|die|dem|den|l['’])\s*$/u, ' '));
    more.push(m[1]!);
    at = start + m[1]!.length;
    if (closed) break;
  }
  if (more.length === 0) return [];
  // "in Corvalia, Halden said": a comma and a name that no "and" closes is no list.
  if (!closed) return [];
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(at, at + 24));
  return next && !AFTER_A_PLACE.test(next[1]!) ? null : more;
}

/**
 * A place, then a relative "where" whose clause runs on to the figure: "in Ardenia, where", "em Espanha, onde", "en Corvalie,
 * où"; the place perhaps with its state's two capitals and the clause in parentheses ("in Tarrow, NV (where …").
 */
const PLACE_BEFORE_WHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:${IN}|[Ii]nto|[Tt]o|[Nn]ach)\s+${ARTICLE}${NAME}((?:\s*,\s*\p{Lu}{2}(?![\p{L}]))?\s*[,(（]?\s*(?:where|onde|donde|où|dove|wo)\s[^,;:.!?()（）\[\]]*)$`,
  'u',
);

/** "in other markets", "to more countries", "outside Corvalia": places other than the first, before any other figure. */
const ELSEWHERE_AFTER = new RegExp(
  String.raw`^[^,;:.!?()（）\[\]\p{N}]{0,40}?(?<![\p{L}])(?:(?:in|to|across|into)\s+(?:(?:the|some|several|many)\s+)?(?:additional|other|more|new|further|overseas|foreign|international)\s+(?:countries|markets|regions|territories)|outside\s+(?:of\s+)?${ARTICLE}${NAME})(?![\p{L}])`,
  'u',
);

/**
 * The place `at` (offsets in `text`, one sentence) is said of: a place no pack knows (`placeOf`), or "elsewhere" when
 * its clause says places other than the first ("when the phone launches in other markets"), or undefined.
 */
export function placeOrElsewhere(text: string, at: Span, names: readonly Span[]): string | undefined {
  const place = placeOf(text, at, names);
  if (place !== undefined) return place;
  const elsewhere = ELSEWHERE_AFTER.exec(text.slice(at.end, at.end + 90));
  if (!elsewhere) return scopeOf(text, at);
  // "its first restaurant outside Ardenia, in Corvalia, in 2011": the place an apposition after "outside …" names is the one
  // meant (and none where that place is no name: "outside Ardenia, in 2011").
  const end = at.end + elsewhere.index + elsewhere[0].length;
  const apposition = /^\s*,\s*(?=(?:in|en|em|nach|à|a)\s)/iu.exec(text.slice(end, end + 8));
  if (apposition) return placeOf(text, { start: end + apposition[0].length, end: end + apposition[0].length }, names);
  return 'elsewhere';
}

/**
 * "nine engines on the core stage", "two thrusters on the top stage", "four cameras on the back": a count of things said to sit on
 * a part of its subject, in lower case, "on" or "aboard" and an article or a possessive before it.
 */
const PART_AFTER = /^\s+(?:on|aboard)\s+(?:the|its|their|each)\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/u;
/** Words that end a part's name: "on the north stand this summer", "on the core stage and two on the top". */
const AFTER_A_PART = /^(?:this|that|these|those|last|next|in|at|of|for|and|or|but|while|which|who|when|since|from|to|with|by|during|after|before|today|now|alone|as|is|was|are|were|has|had|will)$/u;
/** Words after "on the" that say when or where in a list, not a part: "on the day", "on the list". */
const NOT_A_PART = /^(?:day|days|night|morning|evening|weekend|date|list|market|record|way|whole|average|other|same|first|last|next|ground|line|air)$/u;

/** The part of its subject a count is said of ("on the core stage"), as a scope: counts of two parts are not compared. */
export function partOf(text: string, at: Span): string | undefined {
  const m = PART_AFTER.exec(text.slice(at.end, at.end + 60));
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/u)) {
    if (AFTER_A_PART.test(w)) break;
    words.push(w);
  }
  if (words.length === 0 || words.some((w) => NOT_A_PART.test(w))) return undefined;
  return `on the ${words.join(' ')}`;
}

/** The scopes a figure of a market may be said of, by the words that say them in the languages news is written in. */
const SCOPES: { scope: string; words: string; han: string }[] = [
  {
    scope: 'worldwide',
    words: String.raw`[Ww]orldwide|[Gg]lobally|global|around\s+the\s+world|across\s+the\s+world|en\s+todo\s+el\s+mundo|em\s+todo\s+o\s+mundo|no\s+mundo\s+inteiro|dans\s+le\s+monde\s+entier|world-wide|[Ww]eltweit|weltweite[nmrs]?|mondial(?:e|es|ement)?|dans\s+le\s+monde|en\s+el\s+mundo|a\s+nivel\s+mundial|mundial(?:es|mente)?|global(?:es|e|ement|mente)?`,
    han: '全球|全世界',
  },
  { scope: 'domestic', words: String.raw`domestic|[Dd]omestically|at\s+home|im\s+Inland|inländische[nmrs]?|nacional(?:es)?`, han: '国内|國內|本土' },
  {
    scope: 'overseas',
    words: String.raw`[Oo]verseas|abroad|[Ii]nternationally|international|foreign|im\s+Ausland|ausländische[nmrs]?|à\s+l['’]international|à\s+l['’]étranger|internacional(?:es|mente)?|en\s+el\s+extranjero`,
    han: '海外|国际|國際|境外',
  },
];
const SCOPE_WORDS = SCOPES.map((s) => `(${s.words})`).join('|');
/** After the figure, in its clause: "$1.2 billion worldwide", "1,2 Milliarden Dollar weltweit". */
const SCOPE_AFTER = new RegExp(String.raw`^[^,;:.!?()（）\[\]\p{N}]{0,30}?(?<![\p{L}])(?:${SCOPE_WORDS})(?![\p{L}])`, 'u');
/** Before it, naming what it is: "a worldwide total of $1.2 billion", "global box office of", "海外票房12亿". */
const SCOPE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SCOPE_WORDS})(?![\p{L}])[^,;:.!?()（）\[\]\p{N}]{0,30}$`, 'u');
const SCOPE_HAN = new RegExp(SCOPES.map((s) => `(${s.han})`).join('|') + String.raw`[^，,。；;\p{N}]{0,6}$`, 'u');
/** Inside the figure's own phrase, before its number: the words a pack's trigger holds ("worldwide total passed $96.4 million", "global launch of"). */
const SCOPE_INSIDE = new RegExp(String.raw`(?<![\p{L}])(?:${SCOPE_WORDS})(?![\p{L}])`, 'u');
/** A figure and at most two words right before a market word: the word is that figure's ("$128.6 million domestically and $173.8 million …"). */
const FIGURE_BEFORE = /\p{N}[^\s,;:.!?]*(?:\s+\p{L}+){0,2}\s*$/u;

/**
 * A count of markets abroad the figure is taken from, in its clause: "$48.5 million from 27 overseas markets", "opened in 38
 * international markets and took $52.9 million": the overseas market's figure.
 */
const MARKETS_ABROAD = String.raw`(?<![\p{L}])(?:from|in|across|into)\s+(?:the\s+)?\d+\s+(?:overseas|international|foreign)\s+(?:markets|countries|territories)(?![\p{L}])`;
const MARKETS_ABROAD_AFTER = new RegExp(String.raw`^[^,;:.!?()（）\[\]]{0,40}?${MARKETS_ABROAD}`, 'u');
const MARKETS_ABROAD_BEFORE = new RegExp(String.raw`${MARKETS_ABROAD}[^,;:.!?()（）\[\]\p{N}]{0,40}$`, 'u');

/** The market scope a figure is said of ("worldwide", "domestic", "overseas"), if its clause says one only. */
function scopeOf(text: string, at: Span): string | undefined {
  const found = new Set<string>();
  const inside = text.slice(at.start, at.end);
  const number = inside.search(/[\p{N}$€£¥]/u);
  const beforeFrom = Math.max(0, at.start - 50);
  const before = SCOPE_BEFORE.exec(text.slice(beforeFrom, at.start));
  // A market word right after another figure is that figure's own: "$128.6 million domestically and $173.8 million internationally".
  const othersWord = before !== null && FIGURE_BEFORE.test(text.slice(Math.max(0, beforeFrom + before.index - 30), beforeFrom + before.index));
  for (const m of [
    SCOPE_AFTER.exec(text.slice(at.end, at.end + 50)),
    othersWord ? null : before,
    SCOPE_HAN.exec(text.slice(Math.max(0, at.start - 10), at.start)),
    number > 0 ? SCOPE_INSIDE.exec(inside.slice(0, number)) : null,
  ]) {
    const index = m ? m.slice(1).findIndex((g) => g !== undefined) : -1;
    if (index !== -1) found.add(SCOPES[index]!.scope);
  }
  if (MARKETS_ABROAD_AFTER.test(text.slice(at.end, at.end + 90)) || MARKETS_ABROAD_BEFORE.test(text.slice(Math.max(0, at.start - 100), at.start))) found.add('overseas');
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "was released in 32 markets on March 26", "in several countries": an event said of a count of places it names none of
 * ("32 markets", "several countries"), which is no place of another event (another count, or a place that is no part of them).
 */
const PLACES_COUNTED = new RegExp(
  String.raw`^[^,;:.!?()（）\[\]]{0,40}?(?<![\p{L}])(?:in|across)\s+((?:\d[\d,]*|several|many|numerous|multiple|some|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\s+(?:other\s+|more\s+|international\s+|overseas\s+|foreign\s+)?(?:markets|countries|territories|regions))(?![\p{L}])`,
  'iu',
);
export function placesCounted(text: string, at: Span): string | undefined {
  const m = PLACES_COUNTED.exec(text.slice(at.end, at.end + 90));
  return m ? m[1]!.replace(/\s+/gu, ' ').toLowerCase() : undefined;
}
