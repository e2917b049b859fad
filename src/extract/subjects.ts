// Who a span of a sentence is about: a name in the sentence (nearest fitting, coordinated, the object of
// "like"/"such as", a possessive's owner), never the object of a comparison; else a subject from context
// (a pronoun's antecedent, the article's topic).
import { AMBIGUOUS, ORGANISATION_TYPES, PLACE_TYPES, type Mention } from '../normalise/entities.js';
import { CJK_MEASURE_WORDS } from '../normalise/units.js';
import { isMonthName } from '../normalise/dates.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, Span, SubjectVia } from '../types.js';
export type { SubjectVia } from '../types.js';
import { FUNCTION_WORDS } from './figure-phrases.js';
import { enclosing, inside, wordsBetween } from './words.js';
import { escapePattern, spacedPattern } from '../packs/phrases.js';

/** Confidence of a claim whose subject was found in context (a pronoun's antecedent, the article's topic). */
export const CONTEXT_SUBJECT_CONFIDENCE = 0.8;
/**
 * A sentence that opens with a subject pronoun: "It", "She", "Its", and in the languages of Europe news is written in "Elle",
 * "Ils", "Er", "Sie", "Ella", "Ele", "Lei" (not "Il", Italian's article, nor "Es", a Spanish verb).
 */
const SUBJECT_PRONOUN = /^\s*["“'‘(]?\s*(?:it|he|she|they|its|his|her|their|elle|elles|ils|er|sie|él|ella|ellos|ellas|ele|ela|eles|elas|lui|lei|esso|essa)(?![\p{L}])/iu;
/** A sentence that opens with a pronoun for a thing: "It is", "They were", "Its weights are". */
const THING_PRONOUN = /^\s*["“'‘(]?\s*(?:it|they|its|their)(?![\p{L}])(?:\s+(?:weights|models?|licen[cs]e|architecture|design))?/iu;
const PRONOUN = /(?<![\p{L}])(?:it|he|she|they)(?![\p{L}])/iu;
/** PRONOUN searched for all through a text. */
const PRONOUNS_ALL = new RegExp(PRONOUN.source, 'giu');
/** After a name, its verb (a word or three) and a pronoun for it: " says it", " operates its", " said that they" (not ", which it"). */
const OPENER_THEN_PRONOUN = /^\s+(?:\p{Ll}+\s+){1,3}(?:it|he|she|they|(?:its|his|her|their)\s+own)(?![\p{L}])/u;
/**
 * A phrase before the main clause, up to its comma: "With 16GB of RAM, …", "Thanks to its 5,000mAh cell, …". Not a comma inside
 * a list the phrase holds ("With 20 staff and partnerships with A, B, and C, D provides": the next words close the list).
 */
export const FRONTED_PHRASE = /^\s*(?:with|thanks\s+to|packing|featuring|boasting|at)\s(?:[^,;:.]|(?<=\d)[.,](?=\d)){1,80},(?![^,;:.]{1,60},\s*(?:and|or)\s)\s*/iu;
/** A thing named as another than one already met: "another train", "a second truck", "the other plane". */
const ANOTHER_THING = /(?<![\p{L}])(?:another|a\s+second|a\s+third|the\s+other|one\s+other)\s+\p{L}/iu;
/** Before "their", the nearest word of its clause that looks like a plural noun ("labs", "companies"), in group 1. */
const PLURAL_BEFORE_THEIR = /(?<![\p{L}])(\p{Ll}{3,}s)(?:\s+(?!of(?![\p{L}]))\p{Ll}+){0,3}\s+their\s+$/u;
/** Words in "s" that are no plural noun. */
const NOT_PLURAL = new Set(['this', 'thus', 'does', 'goes', 'always', 'across', 'perhaps', 'unless', 'whereas', 'besides', 'less', 'various', 'was', 'has', 'its', 'yes', 'plus', 'ours', 'yours', 'sometimes', 'nevertheless', 'afterwards', 'towards', 'regardless']);
/**
 * Whether "their" at the end of `before` stands for a plural common noun of its clause that describes no thing the figure
 * could be of (`standsForSubject`: "models" on a model's page) — "closed labs building their $100 billion training
 * clusters", "companies and their budgets": the figure after it is those things'.
 */
function pluralOwnerBefore(before: string, standsForSubject: (noun: string) => boolean): boolean {
  const plural = PLURAL_BEFORE_THEIR.exec(before);
  if (!plural || NOT_PLURAL.has(plural[1]!) || /(?:ss|us|is)$/u.test(plural[1]!)) return false;
  const singular = plural[1]!.replace(/ies$/u, 'y').replace(/s$/u, '');
  return !standsForSubject(plural[1]!) && !standsForSubject(singular);
}
/** A possessive pronoun right before a span, a word perhaps between: "its 5,000mAh cell", "its own lender". */
export const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether an attribute may describe an entity: one of its subject types, or a family of such things. */
export function compatible(attribute: PackAttribute, entity: EntityRef): boolean {
  return attribute.subjects.includes(entity.type) || (attribute.families?.includes(entity.id) ?? false);
}

/** The last mention that ends at or before `at`. */
export function lastBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.end <= at) return mentions[i];
  return undefined;
}

/** Mentions joined to `mention` by "and" or a comma, nearest first: "A and B as closed systems". */
export function coordinated(text: string, mentions: Mention[], mention: Mention, direction: 'before' | 'after', bothOnly = false): Mention[] {
  // `bothOnly`: names joined by "and" only ("A or B" is one of them, not both); "and the" allowed.
  const joiner = bothOnly ? /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/i : /^\s*(?:,|and|or|&|,\s*and)\s*$/i;
  const chain = [mention];
  let current = mention;
  for (;;) {
    const next = direction === 'before' ? lastBefore(mentions, current.start) : mentions.find((m) => m.start >= current.end);
    if (!next) break;
    const gap = direction === 'before' ? text.slice(next.end, current.start) : text.slice(current.end, next.start);
    if (!joiner.test(gap)) break;
    // With `bothOnly`, a list ends in "and": "A, B and C" (the first step back from C, or some step on from A); a
    // bare comma is an apposition or a fronted phrase ("Unlike X, the Y …"), not a list.
    if (bothOnly && direction === 'before' && chain.length === 1 && !/and|&/i.test(gap)) break;
    chain.push(next);
    current = next;
  }
  if (bothOnly && direction === 'after' && chain.length > 1) {
    let last = 0;
    for (let i = 1; i < chain.length; i++) if (/and|&/i.test(text.slice(chain[i - 1]!.end, chain[i]!.start))) last = i;
    return chain.slice(0, last + 1);
  }
  return chain;
}

/** Words between a subject and its value past which we no longer guess. */
export const SUBJECT_WINDOW = { category: 10, quantity: 14 };
/**
 * Words of comparison, right before a name (with "the", "a" or "an"): "than X", "outperforms the X", "similar to X", "to
 * compete with X", "competing against X".
 */
const COMPARISON =
  String.raw`(?<![\p{L}])(?:than|as|compet(?:e|es|ed|ing)\s+(?:with|against)|unlike|versus|vs\.?|compared\s+(?:with|to)|outperform(?:s|ed|ing)?|match(?:es|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|outshin(?:es|ed|ing|e)|outclass(?:es|ed|ing)?|rival(?:s|ed|ing)|(?:to|can|could|may|might|will|would|should|does|do|did)\s+rival|trail(?:s|ed|ing)?|exceed(?:s|ed|ing)?|overtak(?:es|en|ing)|on\s+par\s+with|comparable\s+to|similar\s+to|close\s+to|against|supersed(?:es|ed|ing)|replac(?:es|ed|ing)|succeed(?:s|ed|ing)|successor\s+to|predecessor|over)\s+(?:the\s+|a\s+|an\s+)?$`;
/** A place something is located by: "near the border with X", "north of X", "90 km from X". */
const REFERENCE_PLACE = String.raw`(?<![\p{L}])(?:(?:the\s+)?border\s+with|frontera\s+con|frontière\s+avec|Grenze\s+(?:zu|zur|mit)|confine\s+con|fronteira\s+com|near|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|off\s+the\s+coast\s+of|(?:km|kilomet(?:er|re)s?|miles)\s+from|around|rund\s+um|in\s+der\s+Nähe\s+von|nahe|autour\s+de|près\s+de|alrededor\s+de|cerca\s+de|intorno\s+a|vicino\s+a|perto\s+de|em\s+torno\s+de)\s+(?:the\s+)?$`;
/** Before a name, words that place something else around it: "near", "around", "rund um", "autour de". */
const AROUND_PLACE = new RegExp(REFERENCE_PLACE, 'iu');
/** Comparison in other European languages: "parecido a un X", "par rapport à la X", "im Vergleich zum X". */
const COMPARISON_ELSEWHERE = String.raw`(?<![\p{L}])(?:parecid[oa]s?\s+a|similar(?:es)?\s+a|semblables?\s+à|comparables?\s+à|par\s+rapport\s+à|frente\s+a|comparad[oa]s?\s+con|rispetto\s+a|ähnlich\s+wie|vergleichbar\s+mit|gegenüber|im\s+Vergleich\s+zu[mr]?|vergeleken\s+met)\s+(?:(?:un|una|el|la|le|les|il|lo|der|die|das|den|dem|het|de|o|a|al|au|aux|zum|zur)\s+)?$`;
/**
 * Nouns for what rivals a thing, in the languages the grammar reads: before the name ("the rival to X", "concorrente do
 * X"), after it ("an X rival", "der X-Konkurrent") and closing a compound name (src/extract/typing.ts).
 */
export const RIVAL_NOUN = String.raw`rivals?|rivalen?|rivales?|competitors?|challengers?|alternatives?|killers?|konkurrent(?:en|in)?|konkurrenz|herausforderer|gegner|concorrentes?|concurrente?s?|competidor(?:es)?`;
/** What something rivals: "the rival to X", "concorrente do X", "Konkurrent des X". */
const RIVAL_OF = String.raw`(?<![\p{L}])(?:${RIVAL_NOUN}|answer)\s+(?:to|of|for|de\s+la|de|du|des|do|da|dos|das|del|della|dello|di|von|vom|zum|zur|für|van|voor|til|al)\s+(?:(?:the|a|an|o|le|la|el|il|lo|der|die|das|den|dem|het)\s+)?$`;
/** An earlier version: "from the previous X", "than last year's X". */
const EARLIER = String.raw`(?<![\p{L}])(?:from|over|than|to)\s+(?:the\s+|its\s+|their\s+)?(?:previous|earlier|older|prior|last\s+year['’]s)\s+$`;
const COMPARISON_HAN = String.raw`(?:超越|超过|超過|优于|優於|媲美|对标|對標|相比|比肩|接近|取代|替代|不如|落后于|落後於|打破了?|刷新了?)\s*$`;
/** A record-holder whose mark is broken: "to break X's record", "shattered X's world record", "bettering X's time". */
const BROKEN_FROM = String.raw`(?<![\p{L}])(?:break(?:s|ing)?|broke|broken|shatter(?:s|ed|ing)?|smash(?:es|ed|ing)?|eclips(?:e|es|ed|ing)|better(?:s|ed|ing)|eras(?:e|es|ed|ing)|batt(?:re|u|ant)|bati(?:r|ó|endo)|brach|brechen|gebrochen|pulverisiert)\s+(?:(?:the|le|el|den|die|das)\s+)?$`;
/**
 * The owner of a figure compared with: "against 3.1 times for X", "compared with 8,500 kg for the standard X", "contre 12 % pour
 * X", "frente al 9% de X", "up from 80GB on the X". Read on the 80 characters before a name.
 */
export const COMPARED_FIGURE_FOR =
  /(?<![\p{L}])(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down|rising|falling|rose|fell)\s+from|ahead\s+of|behind|above|below|beating|trailing|(?<!(?:more|less|fewer|greater|higher|lower|rather|other)\s)than|contre|contra|frente\s+a[l]?|gegenüber|rispetto\s+a[l]?)\s+[^,;:.!?\d]{0,24}?\d[\d.,]*[^,;:!?]{0,48}?\s+(?:for|at|in|on|pour|chez|para|de|del|do|da|für|bei|per|di)\s+(?:(?:the|its|their|le|la|les|l['’]|el|los|las|der|die|das|den|dem|il|lo|o|a)\s*)?(?:[\p{L}-]+\s+)?$/iu;
/**
 * What a thing was made after or is likened to: "inspired by the X", "modelled on X", "à l'image de la X",
 * "inspirée par la X", "sur le modèle du X", "ressemblant à la X", "inspirado en el X", "a imagen de", "nach dem Vorbild des X".
 * The name is the model, not the subject of the clause's figure.
 */
const MODELLED_ON = String.raw`(?<![\p{L}])(?:inspired\s+by|modell?ed\s+(?:on|after)|patterned\s+(?:on|after)|in\s+the\s+(?:style|image)\s+of|resembl(?:e|es|ed|ing)|inspir[ée]e?s?\s+(?:par|de|du|des)|à\s+l['’]image\s+(?:de|du|des)|sur\s+le\s+modèle\s+(?:de|du|des)|calqu[ée]e?s?\s+sur|ressembl\p{L}*\s+(?:à|au|aux)|inspirad[oa]s?\s+(?:en|por)|a\s+(?:imagen|semejanza)\s+(?:de|del)|al\s+estilo\s+(?:de|del)|inspiriert\s+(?:von|vom)|nach\s+dem\s+Vorbild\s+(?:von|vom|des|der))\s*(?:(?:the|a|an|le|la|les|l['’]|un|une|el|los|las|una|der|die|das|den|dem|des)\s*)?$`;
/** A name right after these is what something is compared with or a place it is measured from, not the subject. */
export const COMPARED_WITH = new RegExp([COMPARISON, REFERENCE_PLACE, COMPARISON_ELSEWHERE, MODELLED_ON, RIVAL_OF, EARLIER, COMPARISON_HAN, BROKEN_FROM].join('|'), 'iu');

/**
 * "the first version of X", "the original edition of X": X itself as it first came out, no other thing made from it (not
 * read as a version in BASED_ON, nor as a port by the event reader).
 */
export const FIRST_VERSION = String.raw`(?:very\s+)?(?:first|original|initial|earliest)\s+(?:version|edition)\s+of(?![\p{L}])`;
/** A name something was built from ("based on X", "fine-tuned from X", "a repro of X", "基于 X") is the base, not the subject. */
export const BASED_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:based\s+on|built\s+(?:on\s+top\s+of|on|upon|from)|initiali[sz]ed\s+(?:from|with)|fine-?tuned\s+(?:from|on)|derived\s+from|distilled\s+from|continued\s+from|a\s+fine-?tune\s+of|a\s+variant\s+of|(?:an?|the)\s+(?!${FIRST_VERSION})(?:[\p{Ll}-]+\s+){0,2}?(?:version|edition)\s+of|(?:repro|reproduction|replication|reimplementation|re-implementation|replica|clone|port|fork)\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:\*\*)?$|(?:基于|基於|源自|衍生自)\s*(?:强大的|強大的)?\s*(?:\*\*)?$`,
  'iu',
);

/**
 * A title in quotes ("the film ‘Star Harbour’ cost $90 million", "'Star Harbour' (budget: $90 million)"): a work no pack
 * knows, whose figure follows it; a figure after one is not the figure of a name before it, nor of the context's subject.
 */
export const QUOTED_TITLE = /(?:^|[\s(])[‘'"“]\p{Lu}[\p{L}\p{N}:&.-]*(?:\s+[\p{L}\p{N}:&.-]+){0,4}[’'"”](?![\p{L}])/u;
/** A title in quotes, a comma or a full stop perhaps kept inside them: "“Harbour Lights — Part One,”". */
const QUOTED_TITLES = /[‘"“](\p{Lu}[^‘’"“”\n]{0,60}?)[,.]?[’"”]/gu;

/** A sentence that opens with a phrase about something else: "Like X, …", "Shortly after X, …", "Compared to X, …". */
const INTRODUCTORY =
  /^\s*(?:(?:shortly|soon|long|just|right|well|even)\s+)?(?:like|unlike|after|before|following|besides|beyond|compared\s+(?:to|with)|similar\s+to|inspired\s+by|modell?ed\s+(?:on|after)|inspir[ée]e?s?\s+(?:par|de|du|des)|à\s+l['’]image\s+(?:de|du|des)|inspirad[oa]s?\s+(?:en|por)|as\s+with|as\s+for|apart\s+from|in\s+addition\s+to|instead\s+of|alongside|against|over|since)(?![\p{L}])[^,;.]{1,80},/iu;

/**
 * After a fronted clause's first comma, an appositive on its subject and the clause's own verb after an auxiliary ("After the
 * two raiders, Hald and Orrin, had ruled for 22 years, X raised …"): the clause goes on to the next comma. (A participle's
 * aside on the main clause's subject, "After the merger, Acme, based in Ardley, raised …", opens on no auxiliary.)
 */
const APPOSITIVE_THEN_AUXILIARY = /^\s*[^,;:.!?()]{1,60}?,\s*(?:had|has|have|was|were|is|are|would|could|did)\s[^,;:.!?]{1,100},/u;
/** Where a fronted clause that ends at `end` (past its comma) really ends: past an appositive on its subject (above). */
function pastAppositive(text: string, end: number): number {
  const more = APPOSITIVE_THEN_AUXILIARY.exec(text.slice(end));
  return more ? end + more[0].length : end;
}

/** The end of an opening phrase about something else, or 0: names before it are not the sentence's subject. */
export function introductoryEnd(text: string): number {
  const m = INTRODUCTORY.exec(text);
  return m ? pastAppositive(text, m[0].length) : 0;
}

/** A sentence's names that a later sentence may refer back to, and whether its subject is a name we do not know. */
export interface Antecedents {
  mentions: Mention[];
  /** The sentence opens with a capitalised name no pack or pattern knows ("Foo matches X"): "it" then stands for that. */
  opaque: boolean;
  /** Where the sentence names a title in quotes that no pack knows ("… shared the bill with “Harbour Lights”"), if it does. */
  title?: number;
  /** The sentence's subject is a pronoun for a thing ("It packs …"): the names in it are not what a later "it" means. */
  pronounSubject?: true;
  /**
   * The sentence's subject is a description by a type noun ("The film is a sequel to A and B.", "The film's advance sales
   * ranked second, behind A."): the names after it are not what a later "it" means, which stands for what the description does.
   */
  describedSubject?: true;
  /** The name the sentence opens on as its subject (an article at most before it), if it does. */
  opener?: EntityRef;
  /** The capitalised word an opaque sentence opens on ("Foo" of "Foo matches X"). */
  openingWord?: string;
}

/**
 * Whether the paragraph's last sentence that names anything opens on a name no pack knows ("St. Arvel's Church stands alone.
 * There is nothing else nearby."), sentences that name nothing skipped: a thing's "it" after it stands for that unknown thing.
 */
export function unknownNameBefore(previous: readonly Antecedents[]): boolean {
  for (let i = previous.length - 1; i >= 0; i--) {
    if (previous[i]!.opaque) return true;
    if (previous[i]!.mentions.length > 0) return false;
  }
  return false;
}

/** A copula and what it says the subject is: "is a club", "was the oldest …", "is Ardenia's only …". */
const COPULA_DESCRIBES = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,;.!?]{1,80},\s*)?(?:is|was|are|were|remains|has\s+been|had\s+been)\s+(?:(?:a|an|the|one|its|their)\s|\p{Lu}[\p{L}.-]*['’]s\s)/u;
/** A run of capitalised words (a name), "of", "de" and the like between them: "University of Velmor", "Velmor Rovers F.C.". */
const NAME_RUN = /^\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \u00a0]+(?:(?:of|de|di|du|des|del|della|von|the|for|and)[ \u00a0]+)*\p{Lu}[\p{L}\p{N}'’.&-]*)*/u;
/** "The oldest golf course in the city is the Tarn Golf Club": a description in lower case named by a capitalised name. */
const DESCRIPTION_NAMED = /^[\s"“'‘(*_]*(?:The|A|An|Its)\s+((?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*\s+){1,8}?)(?:is|was)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * Whether a sentence says what a thing no pack knows is, by a name a pack's name only starts or ends: "Velmor Rovers is a
 * football club.", "The University of Velmor is the oldest in the country.", "The Tarn Orchestra, based in Velmor, is the
 * only …", "The oldest golf course in the city is the Tarn Golf Club." A thing's "it" after it stands for that thing, as after a
 * sentence that opens on a name no pack knows (`opaque`). (Not where the description's noun is a type noun: "The largest city is
 * the City of Velmor" is read as a description is.)
 */
export function describesAnotherName(text: string, mentions: readonly Mention[], typeNoun?: RegExp): boolean {
  // (A name no pack lists, read as a longer name around an alias, "Velmor Rovers", is no known one.)
  const known = (m: Mention) => m.entity.type !== 'unknown';
  const lead = /^[\s"“'‘(*_]*(?:The\s+)?/u.exec(text)![0].length;
  const run = NAME_RUN.exec(text.slice(lead));
  if (run && (lead > 0 || !OPENING_WORDS.has(run[0].split(/[ \u00a0]/u)[0]!.toLowerCase()))) {
    const end = lead + run[0].length;
    // No one name is the whole run ("Velmor Rovers", "Tarn Orchestra"), and a copula describes it.
    if (!mentions.some((m) => known(m) && m.start <= lead && m.end >= end) && COPULA_DESCRIBES.test(text.slice(end))) return true;
  }
  const described = DESCRIPTION_NAMED.exec(text);
  // (The description's head noun: its last word before a preposition, "oldest golf course" of "oldest golf course in the city".)
  const head = described?.[1]!.trim().split(/\s+(?:in|of|on|at|near|from|for|with|to|by)\s/u)[0]!.split(/\s+/u).at(-1);
  if (!described || (typeNoun !== undefined && typeNoun.test(head!))) return false;
  const at = described[0].length;
  const name = NAME_RUN.exec(text.slice(at))![0];
  return !mentions.some((m) => known(m) && m.start <= at && m.end >= at + name.length);
}

/** "moved to a 48MP sensor from a 12MP sensor on the X": X is what something changed from. */
const CHANGED_FROM = /(?<![\p{L}])from\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:on|in|of)\s+(?:the\s+)?$/iu;

/** What CHANGED_FROM needs: "from" (which no other letter folds to). */
const FROM_WORD = /from/i;
/** What QUOTED_TITLES opens on. */
const OPENING_QUOTE = /[‘"“]/;
/** COMPARED_FIGURE_FOR, asked only of a text with a digit, which it needs: most of the words before a name hold none. */
const comparedFigureFor = (before: string) => /[0-9]/.test(before) && COMPARED_FIGURE_FOR.test(before);

/**
 * Before a name, words that make it the thing the writer or someone moved away from: "pulled me away from X", "got me to stop
 * using X", "switched from X", "gave up on X". What "That model" says next is not of it.
 */
const LEFT_BEHIND =
  /(?<![\p{L}])(?:(?:stop(?:s|ped|ping)?|quit(?:s|ting)?)\s+using|(?:pull(?:s|ed|ing)?|lur(?:e|es|ed|ing)|dr(?:ew|awn|aws?|awing)|dr(?:ove|ives?|iving)|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|migrat(?:e|es|ed|ing)|turn(?:s|ed|ing)?)\s+(?:(?:me|us|them|him|her|people|users|many)\s+)?away\s+from|(?:switch(?:es|ed|ing)?|migrat(?:e|es|ed|ing))\s+(?:over\s+)?from|(?:gave|give|gives|giving|given)\s+up\s+on)\s+(?:the\s+|my\s+|our\s+|their\s+)?(?:\[)?$/iu;
/** Whether the name at `m` is what someone moved away from ("pulled me away from X"): no antecedent of a later sentence. */
export function leftBehind(text: string, m: Span): boolean {
  return LEFT_BEHIND.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/** The names a later sentence may refer back to: not those compared with, nor those of an opening phrase about something else. */
export function antecedents(text: string, mentions: readonly Mention[], typeNoun?: RegExp): Antecedents {
  const intro = introductoryEnd(text);
  const kept = mentions.filter((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return (
      m.start >= intro &&
      !COMPARED_WITH.test(before.slice(-30)) &&
      !BASED_ON.test(before.slice(-30)) &&
      !(FROM_WORD.test(before) && CHANGED_FROM.test(before)) &&
      !comparedFigureFor(text.slice(Math.max(0, m.start - 80), m.start)) &&
      !comparedExample(text, mentions, m) &&
      !leftBehind(text, m)
    );
  });
  const opening = /^[\s"“'‘(]*(\p{Lu}[\p{L}\p{N}'’.-]*)/u.exec(text.slice(intro));
  const first = opening ? intro + opening.index + opening[0].length - opening[1]!.length : -1;
  const opaque =
    opening !== null &&
    !OPENING_WORDS.has(opening[1]!.toLowerCase()) &&
    !(FRONTED_VERB.test(text.slice(first)) && text.includes(',')) &&
    !mentions.some((m) => m.start <= first && m.end > first);
  const another = !opaque && describesAnotherName(text, mentions, typeNoun);
  let title: number | undefined;
  // (A title needs an opening quote: most sentences have none, and are spared the pattern.)
  for (const quoted of OPENING_QUOTE.test(text) ? text.matchAll(QUOTED_TITLES) : []) {
    const at = quoted.index + 1;
    // A title writes its longer words capitalised ("Harbour Lights — Part One"); a quoted remark does not.
    if (quoted[1]!.split(/\s+/u).some((w) => /^\p{Ll}\p{L}{3,}/u.test(w))) continue;
    if (!mentions.some((m) => m.start <= at && m.end > at)) {
      title = at;
      break;
    }
  }
  // "The Lark fever outbreak is spreading.": the sentence opens on a name, an article at most before it (not "For a …", "On …").
  const opener = mentions[0] && NAME_OPENS.test(text.slice(0, mentions[0].start)) ? mentions[0].entity : undefined;
  return {
    mentions: kept,
    opaque: opaque || another,
    ...(title !== undefined ? { title } : {}),
    // ("After landing on the coast, they raised an army and killed King X": the pronoun past an opening phrase is the subject too.)
    ...(THING_SUBJECT.test(text) || (intro > 0 && THING_SUBJECT.test(text.slice(intro))) ? { pronounSubject: true } : {}),
    ...(typeNoun !== undefined && describedSubject(text, typeNoun) ? { describedSubject: true } : {}),
    ...(opener ? { opener } : {}),
    ...(opaque ? { openingWord: opening![1]! } : {}),
  };
}

/** A sentence's opening "The" or "This" before a type noun: "The film is …", "The film's sales …". */
const DESCRIPTION_OPENING = /^[\s"“'‘(]*(?:The|This)\s+/u;
/** Whether a sentence opens on a description by a type noun (`typeNoun`, anchored) and a lower-case word or its possessive after it. */
function describedSubject(text: string, typeNoun: RegExp): boolean {
  const opening = DESCRIPTION_OPENING.exec(text);
  if (!opening) return false;
  const noun = typeNoun.exec(text.slice(opening[0].length));
  return noun !== null && /^(?:['’]s)?\s+\p{Ll}/u.test(text.slice(opening[0].length + noun[0].length));
}

/** Definite articles of the languages news is written in ("the", "el", "les", "der", "gli", "os", "het"). */
const ARTICLES = 'the|el|la|los|las|le|les|der|die|das|den|dem|il|lo|gli|i|o|os|as|de|het';

/**
 * Whether the words before a figure give its sentence no subject of its own ("Around 60 cases …", "So far, 60 …"): no
 * article, demonstrative or possessive ("The phones carry …", "Les vols …", "该平台…"), and no capitalised word past the first
 * ("Officials said Corvane …").
 */
function subjectless(before: string): boolean {
  return !ANY_DETERMINER.test(before) && !/\S\s+\p{Lu}/u.test(before) && !/[该該此这這本]/u.test(before);
}
const ANY_DETERMINER = new RegExp(
  String.raw`(?<![\p{L}])(?:${ARTICLES}|a|an|this|that|these|those|its|their|his|her|our|l['’]|un|une|des|ce|cette|ces|una|unos|unas|este|esta|ein|eine|einen|dieser|diese|uno|um|uma)(?![\p{L}])`,
  'iu',
);

/** What may stand before a name that opens a sentence as its subject: an article or a demonstrative, nothing else. */
export const NAME_OPENS = new RegExp(String.raw`^[\s"“'‘]*(?:(?:${ARTICLES}|a|an|this)\s+|l['’])?$`, 'iu');

/** A sentence whose subject is a pronoun for a thing: "It packs 192 GB, twice the X's", "And it does this …". */
const THING_SUBJECT = /^\s*["“'‘(]?\s*(?:(?:and|but|yet|so|also)\s+)?(?:it|they)(?![\p{L}])/iu;

/** Capitalised words that open a sentence without naming its subject. */
const OPENING_WORDS = new Set(
  (
    'the a an this that these those it its they their there here he she we i you our in on at for with by from to after before as if when while ' +
    'since although though but and or so yet however also additionally moreover meanwhile overall today now then still despite according ' +
    'unlike like during over under about among between both each every all some many most several other another such one two three first ' +
    'last next new what which who how why where its'
  ).split(' '),
);
/** "Shipping from May, the X …", "Unveiled in 2021, the X …": a verb opening a fronted phrase, not a name. */
const FRONTED_VERB = /^\p{Lu}\p{Ll}+(?:ing|ed)\s+(?:from|in|on|at|with|for|to|by|after|before|since|through|over|under|the|a|an|its|their)\s/u;
/**
 * Before a name that leads or backs what the sentence speaks of: "led by", "co-led by", "headed by", "backed by", "angeführt
 * von", "liderada por", "encabeçada por", "menée par", "conduite par", "guidata da", "由…领投" (a round, a list, a party: the
 * figures are what it leads, not the leader's).
 */
const LED_BY_BEFORE =
  /(?<![\p{L}])(?:(?:co-?)?led|headed|fronted|backed|joined)\s+by\s+$|(?<![\p{L}])(?:angeführt|geführt)\s+von\s+$|(?<![\p{L}])(?:liderad[oa]s?|encabezad[oa]s?|encabeçad[oa]s?|chefiad[oa]s?|capitanead[oa]s?)\s+por\s+$|(?<![\p{L}])(?:men[ée]e?s?|emmen[ée]e?s?|dirig[ée]e?s?|conduite?s?)\s+par\s+$|(?<![\p{L}])(?:guidat[oaie]|capeggiat[oaie])\s+da\s+$/iu;
/**
 * A name that only takes part beside the sentence's subject: "with X participating", "with X and Y joining", "alongside X",
 * "together with X", "avec la participation de X", "unter Beteiligung von X", "con la participación de X": not whose figures
 * the sentence gives.
 */
const ALONGSIDE_BEFORE =
  /(?<![\p{L}])(?:alongside|together\s+with|along\s+with|avec\s+la\s+participation\s+d(?:e\s+|['’])|aux\s+côtés\s+d(?:e\s+|['’])|unter\s+(?:der\s+)?Beteiligung\s+von|con\s+la\s+participación\s+de|junto\s+a|com\s+a\s+participação\s+d[eoa]s?|con\s+la\s+partecipazione\s+di|insieme\s+a)\s+(?:(?:the|la|le|el|il|der|die|das|o|a)\s+)?(?:[^,;:.!?()]{0,60}?(?:\s+and|\s+und|\s+et|\s+y|\s+e|\s*&)\s+(?:the\s+)?)?$/iu;
const WITH_BEFORE = /(?<![\p{L}])with\s+(?:the\s+)?(?:[^,;:.!?()]{0,60}?(?:,|\s+and|\s*&)\s+(?:the\s+)?)?$/iu;
/** The words by which a name takes part beside the subject: "participating", "joining", "co-investing". */
const PARTICIPATING = String.raw`(?:participating|joining|investing|co-investing|taking\s+part|contributing)`;
/** From a side party's name to a figure: its own appositive or "with" phrase, no clause of the sentence's between. */
const SIDE_PARTY_OWN_PHRASE = new RegExp(String.raw`^(?:\s*,\s*(?:the|a|an)\s[^,;:.!?]*|\s+with\s(?![^,;:.!?]*${PARTICIPATING})[^,;:.!?]*)$`, 'iu');
const PARTICIPATING_AFTER = new RegExp(
  String.raw`^(?:\s*(?:,|and|&)\s*[^,;:.!?()]{0,60}?)?\s+(?:also\s+)?${PARTICIPATING}(?:\s*[,;:.!?)]|\s*$|\s+(?:in|at|on|too|as\s+well)(?![\p{L}]))`,
  'iu',
);
/**
 * Before a name (or a list it is in), words that make it a backer of what the sentence speaks of: "with backing from X", "funding
 * from investors including X", "capital from existing backers like X and Y", "investors such as X", "con el respaldo de X", "avec
 * le soutien de X", "mit Unterstützung von X", "investisseurs comme X", "Investoren wie X".
 */
const BACKER_BEFORE =
  /(?<![\p{L}])(?:(?:(?:backing|funding|investments?|capital|money|financing|support)\s+from(?:\s+(?:its|existing|new|early|the))?(?:\s+(?:investors?|backers?|shareholders?))?|(?:backers?|investors?|shareholders?|funders?))(?:\s+(?:like|such\s+as|including))?|(?:con\s+el\s+(?:respaldo|apoyo)\s+de|avec\s+le\s+soutien\s+d(?:e|['’])|mit\s+(?:der\s+)?Unterstützung\s+(?:von|des|der)|con\s+il\s+sostegno\s+di|com\s+o\s+apoio\s+d[eoa]s?)|(?:inversores|inversionistas|investisseurs|Investoren|investitori|investidores)\s+(?:como|comme|wie|come|tales\s+como|tels\s+que))\s+(?:(?:the|el|la|le|les|der|die|das|il|lo|o|a)\s+)?(?:[^,;:.!?()]{0,60}?(?:,|\s+and|\s+und|\s+et|\s+y|\s+e|\s*&)\s+(?:the\s+)?)?$/iu;
/** After "with X", the role of a backer: " as a strategic investor", " as its lead backer", " as one of the investors". */
const AS_BACKER_AFTER = /^\s+as\s+(?:a|an|its|their|the|one\s+of\s+(?:the|its)|one\s+of\s+their)\s+(?:[\p{L}-]+\s+){0,2}?(?:investors?|backers?|shareholders?|funders?|lead)(?![\p{L}])/iu;
/**
 * Whether the name at `m` leads or backs what the sentence speaks of ("led by X", "with backing from X", "with X as a strategic
 * investor", "backers like X"), or takes part beside its subject ("with X participating"; not "with X investing $20 million",
 * whose figure is X's).
 */
export function sideParty(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const after = text.slice(m.end, m.end + 100);
  return (
    LED_BY_BEFORE.test(before.slice(-24)) ||
    ALONGSIDE_BEFORE.test(before) ||
    BACKER_BEFORE.test(before) ||
    (WITH_BEFORE.test(before) && (PARTICIPATING_AFTER.test(after) || AS_BACKER_AFTER.test(after)))
  );
}
/** Right before a name (or a list it opens), a word that makes it where people once worked: "former X", "ex-X", "onetime X", "ehemaliger X", "ancien de X". */
const PAST_AFFILIATION_BEFORE = /(?<![\p{L}])(?:former|ex|onetime|one-time|erstwhile|ehemalige[rmns]?|ancien(?:ne)?s?(?:\s+de)?|antiguos?|antiguas?)[\s-]+$/iu;
/** Right after a name (or a list it closes), a noun of those who once worked there: "X alumnus", "X alums", "X veterans". */
const PAST_AFFILIATION_AFTER = /^[\s-]*(?:alumn(?:us|a|i|ae)|alums?|veterans?)(?![\p{L}])/iu;
/** Nouns of people a company employs: "researchers", "staffers", "engineer". */
const STAFF_NOUN = String.raw`(?:researchers?|engineers?|employees?|staffers?|staff|executives?|execs?|scientists?|developers?|workers?|leaders?|founders?|co-?founders?)`;
/** After a list of names, such a noun: "A, B and C staffers", "ex-A/B researcher". */
const STAFF_AFTER = new RegExp(String.raw`^[\s-]*${STAFF_NOUN}(?![\p{L}])`, 'iu');
/** Before a list of names, such a noun and "from": "researchers from A, B and C". */
const STAFF_FROM_BEFORE = new RegExp(String.raw`(?<![\p{L}])${STAFF_NOUN}\s+from\s+(?:the\s+)?$`, 'iu');
/** A name in a list, a mention or capitalised words ("qLabs", "Halden Labs"), and what joins it to the next: ", ", " and ", ", and ", "/". */
const LISTED_NAME = String.raw`(?:\p{Lu}|\p{Ll}{1,3}\p{Lu})[\p{L}\p{N}&.'’+-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’+-]*){0,3}`;
const LIST_JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)`;
const LIST_BEFORE_NAME = new RegExp(String.raw`(?:${LISTED_NAME}${LIST_JOIN}){1,8}$`, 'u');
const LIST_AFTER_NAME = new RegExp(String.raw`^(?:${LIST_JOIN}${LISTED_NAME}){1,8}`, 'u');
const SPACE = /\s/;
/** Whether `text` ends as a LIST_JOIN ends, white space aside: on a comma, a slash, "&", "and" or "or" (LIST_BEFORE_NAME needs it). */
function endsOnJoin(text: string): boolean {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  const c = text[end - 1];
  return c === ',' || c === '/' || c === '&' || text.endsWith('and', end) || text.endsWith('or', end);
}
/** Whether `text` opens as a LIST_JOIN opens, white space aside: on a comma, a slash, "&", "and" or "or" (LIST_AFTER_NAME needs it). */
function opensOnJoin(text: string): boolean {
  let start = 0;
  while (start < text.length && SPACE.test(text[start]!)) start++;
  const c = text[start];
  return c === ',' || c === '/' || c === '&' || text.startsWith('and', start) || text.startsWith('or', start);
}
/**
 * Whether a name, alone or in a list, tells where people once worked, no subject of the sentence's figures or events: "former X
 * researchers", "ex-X staff", "a X alumnus", "founded by A, B and C alums", "ex-A, B, and C staffers", "ex-A/B researcher Ada
 * Lind", "researchers from A, B and C".
 */
export function pastAffiliation(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 160), m.start);
  const after = text.slice(m.end, m.end + 160);
  if (PAST_AFFILIATION_BEFORE.test(before.slice(-80)) || PAST_AFFILIATION_AFTER.test(after.slice(0, 16))) return true;
  // (Most names stand in no list: the patterns, which try every place of the text, are asked only where a join touches the name.)
  const listedBefore = endsOnJoin(before) ? LIST_BEFORE_NAME.exec(before) : null;
  const head = listedBefore ? before.slice(0, listedBefore.index) : before;
  const tail = opensOnJoin(after) ? after.slice(LIST_AFTER_NAME.exec(after)?.[0].length ?? 0) : after;
  if (listedBefore === null && tail.length === after.length) return STAFF_FROM_BEFORE.test(head);
  return PAST_AFFILIATION_AFTER.test(tail) || STAFF_FROM_BEFORE.test(head) || (PAST_AFFILIATION_BEFORE.test(head) && STAFF_AFTER.test(tail));
}
/**
 * The words of a part of a thing that a figure may be said of (an extension, a phase or a stage; not a stretch or a section,
 * which may be the name itself: "in the stretch of the Upper X"), in the languages the readers know: "the extension of
 * Line 7", "Phase 2 of X", "la ampliación de la Línea 5", "le prolongement de la ligne 7", "die Verlängerung der Linie 7",
 * "il prolungamento della linea 7", "a extensão da Linha 7".
 */
export const PART_NOUN =
  String.raw`extensions?|phases?|stages?|ampliaci[oó]n|prolongaci[oó]n|extensi[oó]n|fases?|etapas?|prolongement|Verl[äa]ngerung|Erweiterung|Bauabschnitts?|prolungamento|ampliamento|estensione|lotto|extens[ãa]o|prolongamento|amplia[çc][ãa]o`;
/** Capitalised part words a number or a letter names one of: "Unit 1", "Phase 2", "Block B", "Reactor 4", "Tranche 2", "Bloque 3". */
export const NUMBERED_PART = String.raw`(?:Units?|Phases?|Blocks?|Towers?|Reactors?|Stages?|Sections?|Buildings?|Wings?|Halls?|Terminals?|Platforms?|Piers?|Turbines?|Boilers?|Trains?|Modules?|Lots?|Sectors?|Zones?|Pavilions?|Gates?|Runways?|Berths?|Docks?|Shafts?|Pads?|Unité|Tranche|Réacteur|Tour|Bâtiment|Bloc|Einheit|Block|Reaktor|Turm|Gebäude|Bauabschnitt|Unidad|Bloque|Reactor|Torre|Edificio|Grupo|Fase|Etapa|Unità|Reattore|Gruppo|Lotto|Unidade|Bloco|Reator|Prédio|Edifício)\s+(?:\d+[A-Za-z]?|[A-Z]|[IVX]{1,4})(?![\p{L}\p{N}])`;
/** Before a name, a part of it: the name is the whole, and a figure after is the part's. */
const PART_OF_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${PART_NOUN})|${NUMBERED_PART})\s+(?:of|de|del|de\s+la|du|des|der|des|von|vom|della|dello|dei|di|da|do|dos|das)\s+(?:(?:the|la|el|le|les|los|las|o|a|il|lo)\s+|l['’])?$`,
  'iu',
);
/**
 * Before a name, a body of some of its people: "the steering committee for the X", "the board of X", "the working group of X".
 * A count of that body's members is the body's, not the name's.
 */
export const SUB_BODY_BEFORE =
  /(?<![\p{L}])(?:committees?|boards?|councils?|working\s+groups?|commissions?|panels?)\s+(?:of|for)\s+(?:the\s+)?$/iu;
/** After a name, a part of it: "the Line 7 extension", "X号线延伸段", "X線延伸区間". */
const PART_AFTER = /^(?:[\s-]+extensions?(?![\p{L}])|\s*(?:延伸段|延长线|延長線|延伸线|延伸線|延伸区間|延伸部|支线|支線|二期|三期))/iu;

/** A relative clause of possession after a comma: ", whose", ", cuyas", ", dessen", ", il cui", ", cujo". */
const WHOSE = /[,，]\s*(?:whose|cuy[oa]s?|dessen|deren|(?:il|la|i|le)\s+cui|cuj[oa]s?)(?![\p{L}])/giu;
/** An appositive: a noun phrase opened by an article, a possessive or a possessor ("a heart drug", "Pellham's flagship drug"). */
const APPOSITIVE_NP = /^\s*(?:(?:a|an|the|its|their|his|her|one|el|la|los|las|un|una|le|les|une|der|die|das|ein|eine|il|lo|o|um|uma|seu|sua|sein|seine|ihr|ihre|son|sa|ses|su|sus)\s|[\p{L}\p{N}][^,;:()]*?['’]s?\s)[^,;:()]*$/iu;
/**
 * Where a "whose" clause holding `at` opens, and the name it stands for: the name right before it, or right before the
 * appositive it follows ("Varnexa, Pellham's flagship drug, whose sales …": Varnexa, not Pellham); null for a clause after a
 * noun that is no name. Undefined when `at` is in no such clause.
 */
function whoseClause(text: string, mentions: readonly Mention[], at: Span): { start: number; head: Mention | null } | undefined {
  let start: number | undefined;
  for (const m of text.slice(0, at.start).matchAll(WHOSE)) start = m.index;
  // (A clause a comma closes before the figure says nothing of it: "X, which bought Y, whose founder retired in 2020, posted …".)
  if (start === undefined || /[.;!?。；,，]/u.test(text.slice(start + 1, at.start).replace(/(?<=\d)[.,](?=\d)/gu, ''))) return undefined;
  const right = (end: number) => [...mentions].reverse().find((m) => m.end <= end && /^\s*$/u.test(text.slice(m.end, end)));
  const direct = right(start);
  if (direct) return { start, head: direct };
  const comma = text.lastIndexOf(',', start - 1);
  if (comma === -1 || !APPOSITIVE_NP.test(text.slice(comma + 1, start))) return { start, head: null };
  return { start, head: right(comma) ?? null };
}
/** A name that ends right before a comma: capitalised words or a code ("Zorvan-1", "Acme Labs"). */
const NAME_BEFORE_COMMA = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’.-]*(?:[ -](?:\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}[\p{L}\p{N}.]*))*\s*$/u;
/**
 * Whether `at` stands in a "whose" clause on a name, one no pack knows included, or on the appositive after one ("…into Zorvan-1,
 * the lab's older model, whose context window stopped at 8,192 tokens"): what it says is that name's, never the context's.
 */
export function inWhoseClauseOnName(text: string, at: Span): boolean {
  let start: number | undefined;
  for (const m of text.slice(0, at.start).matchAll(WHOSE)) start = m.index;
  if (start === undefined || /[.;!?。；,，]/u.test(text.slice(start + 1, at.start).replace(/(?<=\d)[.,](?=\d)/gu, ''))) return false;
  // (A date is no name: "…, the lab's older model from July 2024, whose …".)
  const named = (end: number) => {
    const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, end - 60), end))?.[0];
    return name !== undefined && !name.split(/[\s-]+/u).some(isMonthName);
  };
  if (named(start)) return true;
  const comma = text.lastIndexOf(',', start - 1);
  return comma !== -1 && APPOSITIVE_NP.test(text.slice(comma + 1, start)) && named(comma);
}
const CONTRAST_BARRIER = /(?:[;—]|(?<![\p{L}])(?:but|however|whereas)(?![\p{L}]))/iu;
/** A version right after a name: with a maker's name, a product of it ("Acme 2"). */
const MAKER_VERSION = /^[ -]v?\d+(?:\.\d+)?(?![\p{Script=Latin}\p{N}.,]|\s*(?:%|percent|billion|million|trillion|亿|億|万|萬))/iu;
/**
 * Japanese and Chinese write no spaces in a sentence: a space between two of their characters parts the clauses of a
 * headline ("A機の3人死亡 乗客8人けが": the 8 are not A's). One space: the marks of emphasis a reader blanks leave two.
 */
const SPACED_CLAUSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** An aside between two spaced dashes. */
const DASH_ASIDE = /\s[–—]\s[^–—]{1,120}?\s[–—]\s/gu;
/** A semicolon and a contrast, or "as for", open a clause with a subject of its own ("X handles 64K; whereas the smaller models …", "；而…", "，至於…"). */
export const CLAUSE_OF_ITS_OWN = /[;；]\s*(?:而|但是|但|然而|whereas|while|but)|[,，;；]\s*(?:至於|至于|as\s+for(?![\p{L}]))/iu;
/**
 * A name that only describes the head noun after it ("X lineage", "an X-style design", "an X rival", "uses the X architecture",
 * "der Vela-Konkurrent", "X的竞争对手"): that noun, not X, is what the sentence speaks of.
 */
const DESCRIBES_ANOTHER = new RegExp(
  String.raw`^(?:-(?:style|like|inspired|derived|based)|[\s-](?:lineage|successors?|predecessors?|clones?|derivatives?|descendants?|architecture|backbone|tokeni[sz]er|${RIVAL_NOUN}))(?![\p{L}])|^\s*的?(?:竞争对手|競爭對手|对手|對手|竞品|競品)`,
  'iu',
);

/** A word of a time or a channel between a verb of saying and what is said: "on Wednesday", "in a statement", "am Mittwoch". */
const SAID_WHEN = String.raw`(?:on|in|at|a|an|the|its|statement|filing|release|press|blog|post|interview|letter|today|yesterday|tonight|last|this|week|month|earlier|late|early|morning|afternoon|evening|\p{Lu}\p{Ll}+|\d{1,4}(?:st|nd|rd|th)?|le|la|el|un|una|une|dans|en|communiqué|comunicado|hier|aujourd['’]hui|ayer|hoy|ieri|oggi|ontem|hoje|am|im|einer|Mitteilung|heute|gestern|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|mars|avril|mai|juin|juillet|août|marzo|abril|mayo|junio|julio|agosto|aprile|maggio|giugno|luglio)`;
/**
 * Right after a name, the verb by which it says what follows and the subject of the clause it says, a pronoun for the name
 * (or, where a language drops it, the clause's verb right after "que" or an infinitive): "X said on Tuesday that it had raised",
 * "X today announced that it has closed", "X a annoncé avoir levé", "X a annoncé mercredi qu'elle avait levé", "X teilte am
 * Mittwoch mit, es habe", "X anunció que había recaudado", "X ha annunciato di aver raccolto". What the clause says is the
 * name's: the frame does not count against the window (a name it reports about, "X said Y had", is nearer anyway).
 */
const SAID_OF_ITSELF = new RegExp(
  String.raw`^\s+(?:(?:today|yesterday|also|has|have|had|recently|formally|officially|publicly)\s+){0,2}` +
    String.raw`(?:(?:said|says|announced|announces|confirmed|confirms|reported|reports|stated|states|disclosed|discloses|revealed|reveals|added|adds|noted|notes)(?:\s+${SAID_WHEN}){0,5}\s*,?\s+(?:that\s+)?(?:it|they|he|she)(?:\s+(?:had|has|have|would|will|is|was|are|were))?` +
    String.raw`|(?:a\s+|ont\s+)?(?:annoncé|annonce|confirmé|confirme|indiqué|indique|déclaré|déclare|affirmé|affirme|précisé|précise|révélé|révèle)(?:\s+${SAID_WHEN}){0,5}\s*,?\s+(?:avoir|être|qu['’]\s*(?:il|elle|ils|elles)|que\s+(?:il|elle|ils|elles))(?:\s+(?:avait|a|ont|avaient|aurait|était|est))?` +
    String.raw`|(?:teilte|teilt|gab|gibt)(?:\s+${SAID_WHEN}){0,5}\s+(?:mit|bekannt)\s*,\s*(?:dass\s+)?(?:es|sie|er)(?:\s+(?:habe|hat|hätte|haben|sei|werde|wird))?|(?:sagte|sagt|erklärte|erklärt|bestätigte|bestätigt|meldete|meldet|berichtete|berichtet)(?:\s+${SAID_WHEN}){0,5}\s*,\s*(?:dass\s+)?(?:es|sie|er)(?:\s+(?:habe|hat|hätte|haben|sei|werde|wird))?` +
    String.raw`|(?:anunció|confirmó|informó|dijo|afirmó|declaró|comunicó|anunciou|confirmou|informou|disse|afirmou|declarou|ha\s+anunciado|ha\s+confirmado|ha\s+informado)(?:\s+${SAID_WHEN}){0,5}\s*,?\s+(?:que\s+(?:ha|había|habría|han|habían|tiene|tenía|tem|tinha|havia|teve)|ter|haber)` +
    String.raw`|(?:ha|hanno)\s+(?:annunciato|confermato|dichiarato|comunicato|detto|reso\s+noto)(?:\s+${SAID_WHEN}){0,5}\s*,?\s+(?:di\s+(?:aver|avere|essere)|che\s+(?:ha|aveva|avrebbe|hanno|avevano)))(?![\p{L}])`,
  'u',
);

/**
 * Right after a name, a verb by which it says or announces a clause with a subject of its own, no pronoun for the name: "X said on
 * Monday that the tribunal had issued a ruling of …", "X announced that the court had …". What that clause says is not the name's.
 */
export const SAID_OF_ANOTHER = new RegExp(
  String.raw`^\s+(?:(?:today|yesterday|also|has|have|had|recently|formally|officially|publicly)\s+){0,2}(?:said|says|announced|announces|confirmed|confirms|reported|reports|stated|states|disclosed|discloses|revealed|reveals|noted|notes)(?:\s+${SAID_WHEN}){0,5}\s*,?\s+that\s+(?!(?:it|they|he|she|we|its|their|his|her|our)(?![\p{L}]))(?:the|a|an)\s`,
  'u',
);
/**
 * Whether the text after a name (`gap`) says the name reports a clause with a subject of its own (SAID_OF_ANOTHER); not where
 * that subject's first words hold a description of the name itself ("X said that the company had opened …", "… that the food
 * company was trading at …"), which `describesIt` tells (a pack's type noun of the name's type).
 */
export function saidOfAnother(gap: string, describesIt?: (word: string) => boolean): boolean {
  const said = SAID_OF_ANOTHER.exec(gap);
  if (!said) return false;
  const words = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}/u.exec(gap.slice(said[0].length))?.[0].split(/\s+/u) ?? [];
  return describesIt === undefined || !words.some(describesIt);
}

/** In a reported clause, before its figure, another thing it speaks of: a relative clause or a "with" phrase on a noun. */
const ANOTHER_THING_SAID = /(?<![\p{L}])(?:that|which|who|whose|whom|with|dont|qui|dessen|deren|cuy[oa]s?|il\s+cui|cuj[oa]s?|mit|con|avec|com)(?![\p{L}])/iu;

/** After a name, a verb joined to the clause's by "and" and the figure's words: " and lists ", ", in May 2030, and lists ", " und bietet ". */
const OBJECT_THEN_JOINED_VERB = /^(?:\s*,[^,;:.!?()]{1,40},)?\s+(?:and|und|et|y|e)\s+(?:\p{Ll}+\s+(?:\p{Ll}+\s+)?)?$/u;
/** Right before a name, a preposition that makes it an object: "from the", "by", "with", "von der", "de la part de", "por". */
const PREPOSITION_OBJECT = /(?<![\p{L}])(?:from|by|with|to|for|of|von|vom|mit|bei|de\s+la\s+part\s+(?:de|du|des)|auprès\s+(?:de|du|des)|par|por|da|dal|dalla|con)\s+(?:(?:the|der|dem|den|la|le|les|l['’]|el|los|las|il|lo)\s*)?$/iu;
/**
 * The nearest compatible mention before `at`, within `window` words. Asides in parentheses that do
 * not hold `at` are skipped, and so are names that are the object of a comparison ("the same
 * capacity as X", "cheaper than X"). For a category value the search stops at an incompatible
 * possessor ("Acme's move toward closed models": the value is Acme's business, not an earlier
 * name's). The search does not cross a contrast ("but", ";") once it has passed over another name.
 */
export function nearestBefore(
  text: string,
  mentions: Mention[],
  parens: Span[],
  at: Span,
  window: number,
  accept: (m: Mention) => boolean,
  stopAtPossessor = false,
  /** Whether a word is a description that stands for a mention ("the company" for a company's name): see saidOfAnother. */
  describes?: (word: string, m: Mention) => boolean,
  /** Whether a noun of another thing heads the phrase a name completes by "of" ("the 5.x branch of X"): see headedByOtherType. */
  headed?: (m: Mention) => boolean,
): Mention | undefined {
  const own = enclosing(parens, at);
  // "won 312 seats – River Party had been tipped to win – on a vote share of 41%": an aside set off by dashes, as one
  // in parentheses, holds no subject for a figure outside it.
  let dashed: Span[] | undefined;
  const inDashAside = (m: Mention) =>
    (dashed ??= /[–—]/u.test(text) ? [...text.matchAll(DASH_ASIDE)].map((d) => ({ start: d.index, end: d.index + d[0].length })) : []).some((d) => inside(m, d) && !inside(at, d));
  let skipped = false;
  let whose: { start: number; head: Mention | null } | null | undefined;
  // "According to X, the line carries …", "Según X, …", "据X，…": who the sentence cites is not what it speaks of.
  // "After delivery of the trams for Line 9 in May, the network's fleet stands at 61": nor is a name in a clause of time
  // or circumstance that opens the sentence.
  const source = openingEnd(text);
  // Mentions are sorted and do not overlap: start from the last one that ends before `at`.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const aside = enclosing(parens, m);
    if (aside && aside !== own && !(own && inside(aside, own))) continue;
    if (inDashAside(m)) continue;
    // "…, Solberg's effort - three golds": another's figure.
    if (unknownPossessorBetween(text, mentions, parens, m, at)) return undefined;
    if (m.end <= source && at.start >= source) {
      skipped = true;
      continue;
    }
    if (DESCRIBES_ANOTHER.test(text.slice(m.end, m.end + 14))) {
      skipped = true;
      continue;
    }
    // "X said on Monday that the tribunal had issued a ruling of €7 million": the clause X reports is not X's (unless its subject
    // is X described: "X said that the company …").
    if (saidOfAnother(text.slice(m.end, at.start), describes && ((w) => describes(w, m)))) {
      skipped = true;
      continue;
    }
    // "raised $120 million in a round led by Halden Ventures, at a valuation of $1.1 billion": the name after "led by" is
    // who led the round, not the one the sentence's figures are of (unless the figure is in a clause about it: ", which …").
    // ("… with Copperleaf Capital participating, at a valuation of …": so is one that only takes part beside it.)
    // (A figure in the side party's own appositive or "with" phrase is its own: "alongside Y, the Texas group with sales of $2.3
    // billion", "together with Y, a rival with 800 employees", "alongside Y with revenue of …".)
    if (sideParty(text, m) && !/^[^.;:!?]{0,40}?,\s*(?:which|who|whose)(?![\p{L}])/iu.test(text.slice(m.end, at.start)) && !SIDE_PARTY_OWN_PHRASE.test(text.slice(m.end, at.start))) {
      skipped = true;
      continue;
    }
    const gap = text.slice(m.end, at.start);
    // "X holds a licence from the Y and lists 410 tokens": a name after a preposition, with a verb joined by "and" right
    // after it, is that preposition's object; the joined verb has the clause's subject.
    if (OBJECT_THEN_JOINED_VERB.test(gap) && PREPOSITION_OBJECT.test(text.slice(Math.max(0, m.start - 24), m.start))) {
      skipped = true;
      continue;
    }
    // "Varnexa, Pellham's flagship drug, whose sales passed …": past a "whose" that opens the figure's clause, only the name it
    // stands for may be the subject.
    if (whose === undefined) whose = whoseClause(text, mentions, at) ?? null;
    if (whose !== null && m.end <= whose.start) return whose.head !== null && accept(whose.head) ? whose.head : undefined;
    // "La ampliación de la Línea 5 tendrá dos estaciones", "the Line 7 extension will have two stations": the figure of a part
    // of the name is not the name's.
    // "The 5.x release branch of X carries 3 open flaws": nor is the figure of a thing of another type the name completes.
    if (PART_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || PART_AFTER.test(text.slice(m.end, m.end + 14)) || headed?.(m) === true) {
      skipped = true;
      continue;
    }
    // "X, a company that makes chips for many big and small cloud customers, said revenue rose to …": an appositive right
    // after the name does not count against the window.
    const words = wordsBetween(text, m.end, at.start);
    // "X said on Tuesday that it had raised $90 million in a round led by Y", "X ("X"), a maker of …, today announced that it
    // has closed …": nor does a frame by which the name says something of itself, after such an appositive or not.
    let uncounted = 0;
    if (words > window) {
      const named = /^\s*\([^()]{1,60}\)/u.exec(gap)?.[0].length ?? 0;
      const apposed = APPOSITIVE_AFTER_NAME.exec(gap);
      const apposedPast = !apposed && named > 0 ? APPOSITIVE_AFTER_NAME.exec(gap.slice(named)) : null;
      const from = apposed ? apposed[0].length : apposedPast ? named + apposedPast[0].length : 0;
      // (Not where the reported clause goes on to another thing before the figure: "X announced that it has closed the purchase
      // of a snack maker that had sales of …", "… a bakery chain with annual revenue of …": the figure is that thing's.)
      const said = SAID_OF_ITSELF.exec(gap.slice(from));
      const framed = said && !ANOTHER_THING_SAID.test(gap.slice(from + said[0].length)) ? said : null;
      // (An appositive alone, as ever; one past a parenthesis only before such a frame.)
      uncounted = framed ? from + framed[0].length : apposed ? apposed[0].length : 0;
      // "X, la jeune pousse fondée en 2021 dont le siège est à Y", "X, the start-up founded in 2021 whose headquarters are in
      // Y": a "whose" clause right after the appositive's noun (and a participle's date or place) is said of what it describes.
      if (uncounted === 0) uncounted = APPOSITIVE_BEFORE_WHOSE.exec(gap)?.[0].length ?? 0;
    }
    if (words - (uncounted > 0 ? wordsBetween(text, m.end, m.end + uncounted) : 0) > window) {
      // "X, the start-up behind the Y models, said that it had …": a name that cannot be the subject, inside what the window
      // does not count of an earlier name's, does not end the search.
      if (!accept(m) && /,/u.test(gap)) {
        skipped = true;
        continue;
      }
      return undefined;
    }
    // "The banks index, which includes neither X nor Y, fell 5%": a name in a relative clause that closes before the figure
    // is said of that clause, not of the main one.
    if (inClosedRelative(text, m, at.start)) {
      skipped = true;
      continue;
    }
    if ((skipped && CONTRAST_BARRIER.test(gap)) || CLAUSE_OF_ITS_OWN.test(gap) || SPACED_CLAUSE.test(gap)) return undefined;
    // "than Rui Salgado, who signed for €19m": the figure in a relative clause belongs to its antecedent.
    const relative = /^\s*(?:[\p{L}-]+\s*){0,2},\s*(?:who|whose|which)(?![\p{L}])/iu.test(gap);
    if (accept(m) && (relative || !comparedOrBase(text, mentions, m))) return m;
    if (stopAtPossessor && /^['’]s\b/.test(gap)) return undefined;
    skipped = true;
  }
  return undefined;
}

/**
 * A relative clause open before a name: "which includes", "who joined from", ", que deflagrou em", ", qui a ouvert en" (not
 * "that", which also opens what is said); an
 * appositive after a comma ("X, a regional list allied to Y, won …"; opened by "the": inClosedRelative); or a participle's aside
 * right after a name and a comma ("X, founded in 1987, employs …", "X, fundada em 1987, …", "X, fondée en 1987, …").
 */
/** A past participle of English, Spanish, Portuguese, French, Italian or German: "founded", "fundada", "fondée", "gegründet". */
const PARTICIPLE = String.raw`(?:\p{L}+(?:ed|ad[oa]s?|id[oa]s?|é|ée|ées|és|ato|ata|ati|ate|ito|ita)|[Gg]e\p{Ll}+(?:t|en))`;
const RELATIVE_OPEN = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:which|who|whose)|,\s*(?:a|an)|,\s*(?:que|qui|dont|che|cuyo|cuya|cuyos|cuyas|lequel|laquelle|il\s+quale|la\s+quale)(?!\s+(?:en|em|el|la|los|las|le|les|os|as|um|uma|un|una|il|lo|gli|de|du|des|dans|à|au|no|na|nel|nella|con|com|avec|per|por|para|pour)\s)|[\p{L}\p{N}.)]\s*,\s*${PARTICIPLE})\s[^,;:.!?()–—]*$`,
  'iu',
);
/**
 * The clause closes by a comma before the figure, the main clause's verb after it: not a word that would go on with the
 * clause ("…, after its price of …", "…, and …") or open another ("…, which …").
 */
const RELATIVE_CLOSED =
  /^[^;:.!?()–—]*?,\s*(?!(?:and|or|but|which|who|whose|that|after|before|when|while|as|since|because|although|though|with|without|in|on|at|for|by|from|to|into|of|the|a|an|its|his|her|their|according|including|despite|during|until|where|if|unless|than)(?![\p{L}]))(?:\p{L}|$)/iu;
/**
 * Whether `span` (a name, a date) stands in a relative clause that closes before `at`: "X, which sold its stake in Y two
 * years ago, now owns 10%" (neither Y nor the date is the figure's).
 */
export function inClosedRelative(text: string, span: Span, at: number): boolean {
  if (span.end > at || !RELATIVE_CLOSED.test(text.slice(span.end, at))) return false;
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  if (RELATIVE_OPEN.test(before)) return true;
  // "X, the smaller study that preceded Y, enrolled …": an appositive opened by "the" or "its", with no verb of its own
  // before a relative word ("Like Y, the X is its maker's biggest phone, …" is the main clause).
  // The name alone is no aside but the one before it named again ("Halden's flagship, the Arc 3, sells for …").
  const open = THE_APPOSITIVE_OPEN.exec(before);
  const rest = text.slice(span.end, at).split(/[,，]/u)[0]!;
  if (!open || (open[1]!.trim() === '' && rest.trim() === '')) return false;
  // "On Friday, the chief executive of X, Mara Voss, said …": a fronted phrase of time or place is no name the aside follows.
  const head = text.slice(0, Math.max(0, span.start - 80) + open.index + 1);
  // ("Fondata nel 1911, la squadra gioca allo X, che …": nor is a participle's clause that opens the sentence.)
  if (!/[,，]/u.test(head) && (FRONTED_ADVERBIAL.test(head) || FRONTED_PARTICIPLE.test(head.replace(/\s*,\s*$/u, '')))) return false;
  return !VERB_BEFORE_RELATIVE.test(open[0] + text.slice(span.start, span.end) + rest);
}
const FRONTED_ADVERBIAL = /^\s*(?:on|in|at|by|for|during|after|before|last|this|since|from|until|under|over|early|late|earlier|later|yesterday|today|meanwhile|however|still|en|dans|à|el|en|am|im|nel|no|na)(?![\p{L}])/iu;
/** (Portuguese and Spanish open an appositive on a superlative with no article: "A Coopervas, maior cooperativa de café de X, …".) */
const THE_APPOSITIVE_OPEN = /[\p{L}\p{N})+*"”»]\s*,\s*(?:the|its|their|el|la|le|der|die|das|il|maior|mayor|principal|primeira|primeiro|primera|primer)\s([^,;:.!?()–—]*)$/iu;
const VERB_BEFORE_RELATIVE =
  /^(?:(?!(?<![\p{L}])(?:that|which|who|whose|que|qui|che)(?![\p{L}]))[^;:.!?()–—])*?(?<![\p{L}])(?:is|are|was|were|has|have|had|will|es|est|ist|è|era|fue|war)(?![\p{L}])/iu;

/**
 * A participle's clause opening the sentence, its participle right before a preposition or a year: "Founded in 1889, the
 * university …", "Fundada en 1927, la empresa …", "Gegründet 1919, …".
 */
const FRONTED_PARTICIPLE = new RegExp(
  String.raw`^\s*${PARTICIPLE}\s+(?:(?:in|on|at|by|during|after|before|en|em|no|na|à|au|a|nel|nella|im|am|um|da|dal|dalla|von|vom|par|por|pelo|pela)\s|\d)[^,;:.!?()–—]*$`,
  'u',
);

/**
 * Whether a date stands in a participle's clause that opens the sentence and closes by a comma before `at`: "Founded in
 * 1889, the university received 52,700 applications" (the main clause may open on "the", as a relative clause's may not).
 */
export function inFrontedParticiple(text: string, span: Span, at: number): boolean {
  return span.end <= at && span.start <= 80 && FRONTED_PARTICIPLE.test(text.slice(0, span.start)) && /^[^;:.!?()–—,]*,/u.test(text.slice(span.end, at));
}

/** A cause named in an adjunct ("thanks to X", "due in part to X", "because of X"): not what the clause is about. */
const CAUSE = /(?<![\p{L}])(?:(?:thanks|due|owing)(?:\s*,[^,;:.]{1,20},|\s+in\s+part)?\s+to|because\s+of|courtesy\s+of)\s+(?:the\s+)?$/iu;

/** The mark a figure is measured against: "the best result since X's win", "the most since the X". */
const SINCE = /(?<![\p{L}])since\s+(?:the\s+)?$/iu;

/**
 * An example in what something is compared with: "cheaper than big models such as X", "outperforms leading models like X",
 * "performs on par with larger models such as X"; or one of "the likes of X" ("ranked over the likes of recent X models").
 */
const COMPARED_EXAMPLE = /(?<![\p{L}])(?:than|compared\s+(?:with|to)|versus|vs\.?|outperform(?:s|ed|ing)?|outscor(?:es|ed|ing|e)|beat(?:s|ing)?|surpass(?:es|ed|ing)?|outshin(?:es|ed|ing|e)|outclass(?:es|ed|ing)?|rival(?:s|ed|ing)?|exceed(?:s|ed|ing)?|on\s+par\s+with|comparable\s+to|competitive\s+with|similar\s+to)\s[^,;:.!?()—–]{0,60}?(?<![\p{L}])(?:like|such\s+as|including)\s+(?:the\s+)?$|(?<![\p{L}])the\s+likes\s+of\s+(?:[\p{Ll}-]+\s+){0,2}?/iu;

/** A name given, alone or in a list, as an example of what is compared ("outperforms leading models like X and Y"). */
function comparedExample(text: string, mentions: readonly Mention[], m: Mention): boolean {
  const example = (n: Mention) => COMPARED_EXAMPLE.test(text.slice(Math.max(0, n.start - 80), n.start));
  if (example(m)) return true;
  if (!/(?:,|(?<![\p{L}])(?:and|or)|&)\s*$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  const first = coordinated(text, [...mentions], m, 'before').at(-1)!;
  return first !== m && example(first);
}

/**
 * Whether every name a sentence gives is an example of what something is compared with ("… places them over the likes of A, B,
 * etc."): the sentence speaks of something it does not name, and a pronoun after it ("With only 37B active parameters, this is
 * …") reaches back to no name before it either.
 */
export function namesOnlyCompared(text: string, mentions: readonly Mention[]): boolean {
  return mentions.length > 0 && mentions.every((m) => comparedExample(text, mentions, m));
}

/** "As X continues to …, …": a sentence that opens on "as" opens a clause of time or cause, no comparison. */
const OPENING_AS = /^\s*as\s+(?:the\s+)?$/iu;
/** "Since X went live at block …, …": a sentence that opens on "since" and a name before its verb opens a clause of time, whose subject the name is, no mark measured from ("Since X's launch, …" still is one). */
const OPENING_SINCE = /^\s*since\s+(?:the\s+)?$/iu;

/**
 * A country named as the nationality of the people a rule is for: "citizens of X", "holders of X passports", "travellers
 * from X", "some nationalities, including X", "ressortissants de X", "ciudadanos de X", "Staatsangehörige von X" before the
 * name; "X nationals", "X passport holders" after it.
 */
const PEOPLE_OF =
  /(?<![\p{L}])(?:citizens|nationals|residents|natives|(?:passport\s+)?holders|(?:travell?ers|visitors|tourists|arrivals|passengers)\s+from|nationalities,?\s+(?:including|such\s+as|like)|ressortissants|citoyens|ciudadanos|nacionales|residentes|cittadini|cidadãos|nacionais|Staatsangehörige|Staatsbürger|Bürger)\s+(?:of|de|d['’]|du|des|del|di|dei|da|do|dos|von|aus|der)?\s*(?:(?:the|la|le|les|el|los|las|il|lo|o|a|den|dem|der)\s+)?$/iu;
const PEOPLE_AFTER = /^\s*(?:nationals|citizens|residents|passport[\s-]+holders|passports|(?:-|\s+)?Staatsangehörige)(?![\p{L}])/iu;
/** Names listed before a name, each capitalised, "the" perhaps before it: "Ostra, the Velmar Isles and " (names no pack knows too). */
const LISTED_BEFORE = /(?:(?:(?:the|la|le|les|el|los|las|il|o|a|den|dem|der)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+|et\s+|y\s+|e\s+|und\s+)?|\s+(?:and|or|et|y|e|und)\s+)(?:the\s+)?){0,30}$/u;
/** Names listed after a name: ", Ostra and the Velmar Isles". */
const LISTED_AFTER = /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,30}/u;
/**
 * Whether a name, alone or in a list ("citizens of A, B and C", "A and B passport holders", names no pack knows among them),
 * names whom a rule is for.
 */
function peopleOf(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 600), m.start);
  const list = LISTED_BEFORE.exec(before)!;
  if (PEOPLE_OF.test(before.slice(Math.max(0, list.index - 40), list.index))) return true;
  const after = text.slice(m.end, m.end + 600);
  const rest = LISTED_AFTER.exec(after)![0].length;
  return PEOPLE_AFTER.test(after.slice(rest, rest + 30));
}

/** The object of a comparison or the base something was built from ("than X", "based on X"), alone or listed with the first ("than the previous X and Y"). */
function comparedOrBase(text: string, mentions: Mention[], m: Mention): boolean {
  if (peopleOf(text, m)) return true;
  const objectOf = (n: Mention) =>
    (COMPARED_WITH.test(text.slice(Math.max(0, n.start - 24), n.start)) && !OPENING_AS.test(text.slice(0, n.start))) ||
    BASED_ON.test(text.slice(Math.max(0, n.start - 30), n.start)) ||
    COMPARED_EXAMPLE.test(text.slice(Math.max(0, n.start - 80), n.start)) ||
    CAUSE.test(text.slice(Math.max(0, n.start - 40), n.start)) ||
    (SINCE.test(text.slice(Math.max(0, n.start - 12), n.start)) && !(OPENING_SINCE.test(text.slice(0, n.start)) && /^\s+\p{Ll}/u.test(text.slice(n.end, n.end + 4)))) ||
    COMPARED_FIGURE_FOR.test(text.slice(Math.max(0, n.start - 80), n.start));
  if (objectOf(m)) return true;
  // Only a name right after a joiner can be listed with another (the list is read only then).
  if (!/(?:,|(?<![\p{L}])(?:and|or)|&)\s*$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  const first = coordinated(text, mentions, m, 'before').at(-1)!;
  if (first === m) return false;
  // "outperforms leading models such as X and Y": every example listed is compared with.
  if (COMPARED_EXAMPLE.test(text.slice(Math.max(0, first.start - 80), first.start))) return true;
  // "such as X, Y": examples, not what is compared.
  return objectOf(first) && !/such\s+as\s+$/iu.test(text.slice(Math.max(0, first.start - 10), first.start));
}

/** Nouns that stand for the name before them: "Acme models had been released under …". */
const NAME_HEAD = /^\s*(?:models?|series|family|families|weights|checkpoints?|variants?|versions?|line-?up|range)(?![\p{L}])/iu;
/*
 * The predicates below read a value said of a name in English, French, Spanish, Italian, Portuguese and German ("X is released
 * under", "X est publié sous", "X se publica bajo", "X è rilasciato con", "X é distribuído sob", "X wurde unter der … veröffentlicht"):
 * one word of another language in the gap would otherwise stop the value.
 */
/** Verbs that say what something is: "is", "remains", "had become". */
const COPULA =
  /^\s*(?:still\s+|now\s+|also\s+)?(?:(?:is|are|was|were|remains?|remained|stays?|stayed|became|becomes|become|seems?|appears?)(?:\s+(?:not|never))?|(?:has|have|had|will)\s+(?:since\s+|now\s+|also\s+)?(?:been|become|be|remain(?:ed)?|stay(?:ed)?)|(?:est|sont|était|étaient|reste|restent|demeure|devient|es|son|era|eran|fue|fueron|sigue|sigue\s+siendo|è|sono|erano|resta|rimane|é|são|foi|foram|continua|continua\s+a\s+ser|ist|sind|war|waren|bleibt|blieb|wurde|wurden)(?:\s+(?:pas|ne|no|non|não|nicht))?)(?![\p{L}])/iu;
/** Verbs of release that put a value on their object: "was released under Apache 2.0", "ships as open weights". */
const RELEASED =
  /^\s*(?:(?:(?:is|are|was|were|been|being|be|has been|have been|had been|will be|gets?|got)\s+)?(?:not\s+|never\s+|n['’]t\s+)?(?:now\s+|also\s+|fully\s+|officially\s+|publicly\s+)?(?:released|available|licen[cs]ed|distributed|published|open-sourced|shipped|ships|offered|provided|launched|made available|relicen[cs]ed|re-licen[cs]ed)|(?:(?:est|sont|était|a\s+été|ont\s+été|sera|es|son|fue|fueron|está|están|ha\s+sido|se|è|sono|è\s+stat[oaie]|sono\s+stat[ie]|viene|é|são|foi|foram|está|estão|ist|sind|war|wurde|wurden|wird|werden)\s+)?(?:(?:désormais|aussi|également|maintenant|también|ahora|anche|ora|também|agora|auch|jetzt|nun)\s+)?(?:publiée?s?|distribuée?s?|diffusée?s?|disponibles?|proposée?s?|publica|publicad[oa]s?|distribuye|distribuid[oa]s?|disponibles?|ofrecid[oa]s?|licenciad[oa]s?|rilasciat[oaie]|pubblicat[oaie]|distribuit[oaie]|disponibil[ei]|publicad[oa]s?|distribuíd[oa]s?|disponíve(?:l|is)|lançad[oa]s?|liberad[oa]s?|veröffentlicht|verfügbar|lizenziert|freigegeben))(?![\p{L}])/iu;
/** Verbs that say what something is built as: "uses a MoE architecture", "is based on a dense design". */
const USES =
  /^\s*(?:still\s+|also\s+|now\s+|all\s+|both\s+)?(?:(?:does|do|did)(?:\s+not|n['’]t)\s+|never\s+)?(?:utilise|utilisent|utilisait|emploie|adopte|usa|usan|utiliza|utilizan|emplea|adopta|utilizza|utilizzano|impiega|adotta|utilizam|emprega|adota|nutzt|nutzen|verwendet|verwenden|benutzt|uses|used|use|utili[sz]es|utili[sz]ed|employs|employed|adopts|adopted|follows|is based on|was based on|are based on|builds on|is built on|was built on|is built as|keeps|retains|switches to|switched to|moves to|moved to|moved toward|runs on|run on|runs|run|ran|ships with|ship with|shipped with|comes with|come with|came with|features|featured|boasts|sports|packs|offers|gets|get|got)(?![\p{L}])/iu;
/** One word of a modifier phrase ("the", "fully", "141B-total", "/"). */
const MODIFIER = /^\s*(?:[\p{L}\p{N}'’.+-]+|\/)/u;
/** Words that open a clause or a comparison: past them, a value is said of something else. */
const CLAUSE_WORD =
  /^(?:and|but|or|while|whereas|which|that|who|than|like|unlike|versus|vs|compared|because|although|though|with|without|for|to|from|by|of|in|on|at|its|their|his|her|et|mais|ou|qui|que|qu['’]|dont|tandis|contre|sans|pour|par|y|pero|o|quien|cuyo|cuya|mientras|para|por|sin|e|ma|che|cui|mentre|per|senza|mas|cujo|cuja|enquanto|sem|und|aber|oder|während|weil|für|ohne|gegen|dessen|deren)$/iu;
/** Han text that says what something is: "是", "采用", "基于", with an article or an adverb. */
const HAN_PREDICATE = /^\s*(?:是|为|為|采用|採用|使用|基于|基於|属于|屬於|均为|均為|全系|全部)?\s*(?:一个|一個|一款|一种|一種|完全|全|全面)?\s*$/u;
const DETERMINER = /^\s*(?:(?:an?|the|its|their|une?|la|le|les|sa|son|ses|el|los|las|una?|su|sus|il|lo|gli|sua|suo|o|os|um|uma|seu|sua|der|die|das|den|dem|eine?|einer|einem|seine?|seiner|ihre?|ihrer)(?![\p{L}])|l['’])/iu;
const UNDER_AS = /^\s*(?:under|as|with|via|sous|comme|avec|bajo|como|con|sotto|come|sob|com|unter|als|mit)(?![\p{L}])/iu;
const ELIDED_VERSION = /^\s*(?:and|&)\s+v?\d+(?:\.\d+)*(?![\p{L}\p{N}.])/iu;
const RELEASE_ASIDE = /^\s*,\s*(?:first\s+)?(?:released|launched|announced|unveiled|introduced|published)\s+(?:in|on)\s+[^,;:()]{1,30}(?:,\s*\d{4})?\s*,/iu;
const ADDED = /^\s*(?:also\s+)?(?:added|gained|got|received|put\s+out|published|opened|shipped)(?![\p{L}])/iu;
const PLACE_OR_TIME = /^\s*(?:in|on)(?![\p{L}])/iu;

/** Consumes up to `max` modifier words, none of them a clause word; returns what is left, or undefined. */
function modifiers(text: string, max: number, allowOf = false): string | undefined {
  let rest = text;
  for (let n = 0; n < max; n++) {
    const m = MODIFIER.exec(rest);
    if (!m) break;
    const word = m[0].trim();
    if (UNDER_AS.test(word)) break;
    if (CLAUSE_WORD.test(word) && !(allowOf && /^of$/iu.test(word))) return undefined;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** "under the permissive", "as an open-weight model under the": release phrases, one or more. */
function underAsChain(text: string): boolean {
  let rest = text;
  let found = false;
  for (let n = 0; n < 4; n++) {
    const m = UNDER_AS.exec(rest);
    if (!m) break;
    found = true;
    rest = rest.slice(m[0].length);
    const det = DETERMINER.exec(rest);
    if (det) rest = rest.slice(det[0].length);
    const after = modifiers(rest, 3);
    if (after === undefined) return false;
    rest = after;
  }
  return found && /^\s*$/.test(rest);
}

/**
 * Whether the text between a name and a category value says the value of that name: a copula with a
 * few modifiers ("is a fully", "had become one of the world's most-downloaded"), an apposition
 * ("X, an", "X, a 141B-total / 39B-active"), an aside or a label ("X (", "X:"), a verb of use ("uses
 * the") or a release phrase ("was released under", "as an open-weight model under the").
 */
export function predicates(gap: string): boolean {
  if (predicatesDirectly(gap)) return true;
  // "X packs 90 billion weights and runs a": a second predicate of the same subject.
  const and = /^(.*)(?:,\s*|\s)and\s+(?=\S)/isu.exec(gap);
  if (and && !/(?<![\p{L}])(?:but|while|whereas|than|like|unlike|versus|vs|which|that|who)(?![\p{L}])|[;.:!?]/iu.test(and[1]!)) {
    return predicatesDirectly(gap.slice(and[0].length - 1), false);
  }
  return false;
}

function predicatesDirectly(gap: string, allowBare = true): boolean {
  let rest = gap;
  // "X 2 and 2.1 added": a version coordinated with the name's own is part of the subject.
  const version = ELIDED_VERSION.exec(rest);
  if (version) rest = rest.slice(version[0].length);
  const head = NAME_HEAD.exec(rest);
  if (head) rest = rest.slice(head[0].length);
  if (/^\s*$/.test(rest)) return allowBare;
  // "X, released on March 3, 2026, moved to": a release aside between the name and its predicate.
  const aside = RELEASE_ASIDE.exec(rest);
  if (aside) return predicatesDirectly(rest.slice(aside[0].length), false);
  // "X gained public weights under the", "X put out its weights under": what was released, then the terms.
  const added = ADDED.exec(rest);
  if (added) {
    const left = modifiers(rest.slice(added[0].length), 3);
    if (left !== undefined && underAsChain(left)) return true;
  }
  // "X (", "X:", "X：旗舰": an aside or a label, with at most a few Han characters of its own.
  if (/^\s*[(（:：]\s*\p{Script=Han}{0,4}\s*$/u.test(rest)) return true;
  // Han text: a copula or a verb of use, a label or an aside; anything else ("向…发起挑战") is a clause.
  if (/\p{Script=Han}/u.test(rest)) return HAN_PREDICATE.test(rest);
  const apposition = /^\s*[,，–—-]\s*/u.exec(rest);
  if (apposition) {
    // "X, an open-source model": an apposition opens with an article; "X, MoE models like Y" is a list.
    let after = rest.slice(apposition[0].length);
    const det = DETERMINER.exec(after);
    // "Their flagship, X, uses a": the comma closes an apposition of the name; the predicate follows.
    if (!det && /^\s*[,，]/u.test(rest)) return predicatesDirectly(after, false);
    if (det) after = after.slice(det[0].length);
    // "X, the flagship(, of the family), is released under": an appositive closed by a comma, then the name's predicate.
    const closed = det ? /^([^,;:.!?()]*?)(?:\s*,\s*(?:of|de|du|des|del|della|di|do|da|von|der)\s[^,;:.!?()]*?)?\s*,(?=\s)/iu.exec(after) : null;
    if (closed) {
      const np = modifiers(closed[1]!, 6, true);
      if (np !== undefined && /^\s*$/u.test(np) && predicatesDirectly(after.slice(closed[0].length), false)) return true;
    }
    // "X, a state-of-the-art, next-generation": adjectives may be listed with commas.
    const left = modifiers(after.replace(/,(?=\s*[\p{L}\p{N}])/gu, ' '), 6);
    return left !== undefined && /^\s*$/.test(left);
  }
  if (underAsChain(rest)) return true;
  const released = RELEASED.exec(rest);
  if (released) {
    let after = rest.slice(released[0].length);
    if (/^\s*$/.test(after)) return true;
    const place = PLACE_OR_TIME.exec(after);
    if (place) {
      // "released in July under", "available on Hugging Face as"
      const left = modifiers(after.slice(place[0].length), 3);
      if (left === undefined) return false;
      after = left;
    }
    return underAsChain(after);
  }
  const uses = USES.exec(rest);
  if (uses) {
    const left = modifiers(rest.slice(uses[0].length), 3);
    return left !== undefined && /^\s*$/.test(left);
  }
  const copula = COPULA.exec(rest);
  if (copula) {
    // "is the best", "became one of the world's most-downloaded", "is a herd of": modifiers, no clause.
    let after = rest.slice(copula[0].length);
    // "X ist unter der MIT-Lizenz verfügbar", "X wurde unter der … veröffentlicht", "X is under the": the terms after the copula.
    if (underAsChain(after)) return true;
    const group = /^\s*(?:one|some|part|a\s+[\p{L}-]+|an\s+[\p{L}-]+)\s+of(?![\p{L}])/iu.exec(after);
    if (group) after = after.slice(group[0].length);
    const left = modifiers(after, 6);
    return left !== undefined && /^\s*$/.test(left);
  }
  return false;
}

/** A value followed by "models like", "systems such as": it is said of what the list names. */
/** Nothing but white space or a head noun between a name and its value: "X MoE", "X models dense". */
const BARE = /^\s*(?:(?:models?|series|family|families|weights|checkpoints?|variants?|versions?)\s*)?$/iu;
const LIKE_AHEAD = /^\s*(?:[\p{L}-]+\s+){0,3}?\(?\s*(?:like|such as|e\.g\.,?|including)\s/iu;
const LIKE = /^\s*(?:[\p{L}-]+\s+){0,3}?\(?\s*(?:like|such as|e\.g\.,?|including)\s+$/iu;
const POSSESSIVE_PRONOUN = /(?:^|[^\p{L}])(?:its|their|his|her|our|your)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A name's possessive right before a value: "X's Y", "X's new Y". */
const POSSESSOR_OF_VALUE = /^['’]s\s+(?:(?:new|latest|own|older|ageing|aging|previous)\s+)?$/iu;

/**
 * The name whose possessive stands right before `at` ("the X's Vireo 2100", "the X's 108MP"), outside an aside: it
 * holds the value there, even as what is compared.
 */
export function possessorBefore(text: string, mentions: readonly Mention[], parens: Span[], at: number): Mention | undefined {
  const m = lastBefore(mentions, at);
  return m && POSSESSOR_OF_VALUE.test(text.slice(m.end, at)) && !enclosing(parens, m) ? m : undefined;
}

/**
 * "A Velor ape's gestation lasts 266 days; a Tarsen ape's is 257 days": a clause after the figure before it (past a comma
 * or a semicolon, "and", "while", "but" perhaps) that opens on a name's possessive whose noun is left out, then a verb of
 * being or lasting, then the figure: the figure is that name's, and of the noun the clause before it measured. The name,
 * or undefined where the figure is in no such clause.
 */
export function elidedPossessor(text: string, mentions: readonly Mention[], before: Span, figure: Span, fits: (m: Mention) => boolean): Mention | undefined {
  if (wordsBetween(text, before.end, figure.start) > 14) return undefined;
  const m = lastBefore(mentions, figure.start);
  if (!m || m.start < before.end || !fits(m)) return undefined;
  if (!ELIDED_NOUN_AFTER.test(text.slice(m.end, figure.start)) || !CLAUSE_OPENS.test(text.slice(before.end, m.start))) return undefined;
  return m;
}

/** Between a figure and a name, the clause that opens on the name: a comma or a semicolon, "and", "while", "but", an article. */
const CLAUSE_OPENS = /^[^.;:!?]*?[,;]\s*(?:(?:and|while|whereas|but)\s+)?(?:(?:the|a|an)\s+)?$/iu;
/** After a name, its possessive with no noun, a verb of being or lasting, a hedge: "'s is ", "'s lasts about ", "’s was only ". */
const ELIDED_NOUN_AFTER =
  /^(?:['’]s|['’])\s+(?:(?:only|just|also|usually|typically|generally|normally)\s+)?(?:is|are|was|were|lasts?|lasted|averages?|averaged|measures?|measured|reaches|reached)\s+(?:(?:only|just|about|around|roughly|approximately|nearly|almost|some|over|under|up\s+to|at\s+least|at\s+most)\s+)?$/iu;

/** "in" and "in the" in the languages news is written in: "en Chile", "no Chile", "dans l'Ardenia", "im Inland", "nel Lazio". */
const IN_PLACE = String.raw`(?:in|en|dans|au|aux|em|no|na|nos|nas|nel|nella|nei|negli|im)\s+(?:(?:${ARTICLES})\s+|l['’])?`;
/** "In X, …", "Only in X, …", "Só no Chile, …": a sentence that opens on a place. */
const FRONTED_PLACE = new RegExp(String.raw`^\s*(?:(?:only|just|só|solo|sólo|seulement|rien\s+qu['’]|nur|soltanto)\s+)?${IN_PLACE}$`, 'iu');
/** Between a name and the figure it reports: "reported at least", "has recorded", "tragically recorded", "confirmed". */
export const REPORTING = String.raw`\s+(?:\p{L}+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:\p{L}+ly\s+)?(?:report(?:ed|s|ing)?|record(?:ed|s|ing)?|confirm(?:ed|s|ing)?|register(?:ed|s|ing)?|count(?:ed|s|ing)?|log(?:ged|s|ging)?)\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|over|almost)\s+)?$`;
const REPORTED_BY = new RegExp(`^${REPORTING}`, 'iu');
/** A preposition right before a name: the name is its object. */
const OBJECT_OF = /(?<![\p{L}])(?:of|for|in|into|on|from|to|by|with)\s+(?:the\s+)?$/iu;
/** A figure's phrase that ends on a preposition ("310 km south of", "120 km away from", "90 km südwestlich von"). */
const ENDS_ON_PREPOSITION = /(?<![\p{L}])(?:of|from|von|vom|de|du|des|del|di|da)\s*$/iu;
/**
 * Words that tie a figure's phrase to the other party of what it measures: "a $117 billion bid for X", "revenue in X"; right
 * after the figure, "de", "du", "von", "di" ("los $151 millones de «X»", "les 9 milliards d'euros du X") (groups 1 and 2: not "in").
 */
const COUNTERPART_AFTER = new RegExp(
  String.raw`^\s*(?:(?:[\p{L}-]+\s+){0,2}?(of|for|into)\s+(?:the\s+)?|(de|del|du|des|von|vom|di|della|dello)\s+(?:(?:la|le|les|el|los|las|der|die|das|dem|den)\s+)?[«"“„‘'‹]?\s*|${IN_PLACE})$`,
  'iu',
);

/**
 * The other party of a relational figure, beside its subject: a deal's target or buyer, a stake's owner or
 * company, the place a toll counts. When the subject is the name the figure's phrase ends on ("Marrow Capital's 81% stake
 * in Corvane", `held`), the other party is whom the figure would belong to without it: the possessor or the
 * nearest fitting name before. Otherwise it is a name right after the phrase, tied to it by "of", "for" or "into"
 * ("Halden's $117 billion bid for Pellucid Networks"), or a place (a name of a type no attribute describes), after "in" or opening
 * the sentence ("revenue of $3 billion in Ardenia", "In Ardenia, …"). Never the subject itself, nor a name in an aside.
 */
export function counterpartOf(
  text: string,
  mentions: readonly Mention[],
  parens: Span[],
  span: Span,
  subject: Mention | undefined,
  held: boolean,
  accept: (m: Mention) => boolean,
  /** Whether a name's type is one some attribute describes (a trial, a company); a place that none does is a scope. */
  holdsFigures: (m: Mention) => boolean,
): Mention | undefined {
  const other = (m: Mention) => m.entity.id !== subject?.entity.id && !enclosing(parens, m);
  if (held) {
    const possessor = possessorBefore(text, mentions, parens, span.start);
    if (possessor) return other(possessor) && accept(possessor) ? possessor : undefined;
    // "X sold its stake in Y and now owns 10% of Z": the object of a preposition is not who owns the figure.
    return nearestBefore(text, mentions as Mention[], parens, span, SUBJECT_WINDOW.quantity, (m) => accept(m) && other(m) && !OBJECT_OF.test(text.slice(Math.max(0, m.start - 12), m.start)));
  }
  // "in" ties a place, a scope that holds no figure of its own ("revenue of $3 billion in Ardenia"); "37% in the PRISM-3
  // trial" is the drug's figure, measured in a trial the pack gives figures of its own.
  const scope = (m: Mention) => !accept(m) && !holdsFigures(m);
  const after = mentions.find((m) => m.start >= span.end);
  const tie = after && after.start - span.end <= 40 ? COUNTERPART_AFTER.exec(text.slice(span.end, after.start)) : null;
  if (tie && other(after!) && ((tie[1] ?? tie[2]) !== undefined || scope(after!))) return after;
  // "about 310 km south of Halden", "90 Kilometer südwestlich von X": a phrase whose trigger ends on its preposition
  // measures the figure from the name right after it.
  if (after && other(after) && ENDS_ON_PREPOSITION.test(text.slice(span.start, span.end)) && /^\s*(?:the\s+)?$/iu.test(text.slice(span.end, after.start))) return after;
  // "Belmark reported at least 31 deaths, while Corvalia recorded 17": a name the attribute cannot describe, reporting the
  // figure as its clause's subject, is where it was counted.
  const reporter = lastBefore(mentions, span.start);
  if (reporter && other(reporter) && !accept(reporter) && REPORTED_BY.test(text.slice(reporter.end, span.start))) return reporter;
  // "In Belmark, Halden's revenue was $5 billion": a place the sentence opens with scopes its figures.
  const first = mentions[0];
  return first && first.end <= span.start && FRONTED_PLACE.test(text.slice(0, first.start)) && /^\s*,/u.test(text.slice(first.end)) && other(first) && scope(first) ? first : undefined;
}

/**
 * Right after a length, a word that measures it from or to another place: "12 km south of", "2 km from", "5 km into the trail", "15 km away", "8 km
 * to the north of", "20 km to X", "11 km between" (not "to" before another figure: "12 km to 15 km").
 */
const MEASURED_FROM_AFTER =
  /^\s*(?:(?:away|further|farther|out|off|ahead|inland|offshore|uphill|downhill|back)\s+)?(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))?(?:wards?)?\s+of|(?:up|down)stream\s+of|short\s+of|outside(?:\s+of)?|from|into|beyond|past|between|away|to(?!\s+(?:\d|about|around|over|nearly|some)))(?![\p{L}])/iu;
/** In the clause before a length, the places it runs between: "between A and B", "from A to B". */
const MEASURED_BETWEEN_BEFORE = /(?<![\p{L}])(?:between|from)\s+[^,;:.!?()]*$/iu;
/** "between Pellow and Grist", "from the mill to the road": two places a clause names, whether or not a pack knows them. */
const PLACES_BETWEEN = /(?<![\p{L}])(?:between\s+(?:the\s+\p{L}|\p{Lu})[^,;:.!?()]*\s(?:and|&)|from\s+(?:the\s+\p{L}|\p{Lu})[^,;:.!?()]*\sto)\s+\S/u;
/** Between the word that measures from a place and the place: nothing, an article, or a few words ("the town of"). */
const TO_THE_PLACE = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?$/u;

/**
 * A length measured between two places ("Tarnby is 12 km south of Korvath", "2 km from the old mill", "15 km away", "the 11 km
 * between A and B"): whether the figure is one, and the names it is measured from or to. Such a figure is a relation, and only a
 * name of its own in the sentence holds it, never the place it is measured from, nor a name the context gives.
 */
export function measuredBetween(text: string, mentions: readonly Mention[], figure: Span): { parties: Mention[] } | undefined {
  const tie = MEASURED_FROM_AFTER.exec(text.slice(figure.end));
  const clause = text.slice(0, figure.start).split(/[,;:.!?()，；：。]/u).at(-1)!;
  const before = MEASURED_BETWEEN_BEFORE.exec(clause);
  if (!tie && !before) return undefined;
  const parties: Mention[] = [];
  if (tie) {
    const tieEnd = figure.end + tie[0].length;
    const next = mentions.find((m) => m.start >= tieEnd);
    if (next && TO_THE_PLACE.test(text.slice(tieEnd, next.start))) {
      parties.push(next);
      // "between A and B": the name after "and" too.
      const other = mentions.find((m) => m.start >= next.end);
      if (/between/iu.test(tie[0]) && other && /^\s*(?:and|&)\s+(?:the\s+)?$/iu.test(text.slice(next.end, other.start))) parties.push(other);
    }
  }
  // "The road from A to B is 15 km long": a clause that names a place after "between" or "from" (not "rose from 12 km to …").
  const from = before ? figure.start - clause.length + before.index : -1;
  const named = before ? mentions.filter((m) => m.start >= from && m.end <= figure.start) : [];
  if (!tie && named.length === 0 && !PLACES_BETWEEN.test(clause)) return undefined;
  return { parties: [...parties, ...named] };
}

/** "and the all-wheel drive dual motor X": a value opening a noun phrase, a word or two of its own, then the name. */
/**
 * Whether a trigger of the attribute that opens on a hyphen ("-based") joins the value to the name after it, a region perhaps
 * between ("Columbus, Ohio-based X"), the value opening a noun phrase (or the text after a dateline's dash).
 */
function gluedTrigger(text: string, value: Span, name: Mention, attribute: PackAttribute): boolean {
  const between = text.slice(value.end, name.start);
  const m = /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?([-‐][\p{L}]+)\s{1,2}(?:the\s+)?$/u.exec(between);
  const opening = NOUN_PHRASE_START.test(text.slice(Math.max(0, value.start - 8), value.start)) || /[-–—:]\s+$/u.test(text.slice(Math.max(0, value.start - 3), value.start));
  return m !== null && opening && attribute.triggers.some((t) => /^[-‐]/u.test(t) && t.slice(1).toLowerCase() === m[1]!.slice(1).toLowerCase());
}
function adjectiveOf(text: string, value: Span, name: Mention): boolean {
  const words = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u.exec(text.slice(value.end, name.start));
  return words !== null && NOUN_PHRASE_START.test(text.slice(Math.max(0, value.start - 8), value.start)) && words[1]!.trim().split(/\s+/u).every((w) => !FUNCTION_WORDS.has(w) && w !== 'like' && !ADDED_TO.has(w));
}
/** Words that add one thing to another ("a factor Xa inhibitor plus velorazine": two agents, the value none of the name's). */
const ADDED_TO: ReadonlySet<string> = new Set(['plus', 'minus', 'alongside', 'besides', 'then', 'followed']);
const NOUN_PHRASE_START = /(?:^|(?<![\p{L}])(?:the|a|an|and|or|its|their))\s+$|^\s*$/iu;

/** Right before a value, the word of what something is compared with: "than the", "unlike", "compared with", "instead of". */
const COMPARED_VALUE_BEFORE =
  /(?<![\p{L}])(?:than|unlike|compared\s+(?:with|to)|versus|vs\.?|instead\s+of|rather\s+than|als\s+(?:die|der|das)|(?:plus|moins|más|menos|mieux|mejor|peor|pire)\s+(?:(?!(?:parce|ya|así|bien|tant|même)\s)[\p{Ll}-]+\s+)?que\s+(?:les?|la|los|las|l['’])?)\s*(?:(?:the|a|an|its|their|rivals['’]|competitors['’])\s+)?(?:[\p{Ll}-]+\s+)?$/iu;

/** Right after a name, an appositive or a relative clause set off by commas: ", a company that makes …,", ", which …,". */
/**
 * An appositive after a name whose "whose" clause holds the value: an article, a noun of at most four words with no
 * preposition but one before a year or a word ("founded in 2021", "fondée à Lyon"), up to the relative word.
 */
const APPOSITIVE_BEFORE_WHOSE = new RegExp(
  String.raw`^\s*,\s*(?:a|an|the|une?|la|le|l['’]|el|una?|il|lo|o|um|uma|der|die|das|eine?)\s*(?:(?!(?:of|de|du|des|del|di|da|do|von|with|avec|con|com|mit|and|et|y|e|und|or|ou|o|oder|which|that|who|qui|que|che|der|die|das)\s)[\p{L}\p{N}'’-]+\s+){1,4}(?:(?:in|en|à|a|em|no|na|im|nel|nella|dans)\s+[\p{L}\p{N}-]+\s*)?,?\s*(?=(?:whose|dont|cuy[oa]s?|cuj[oa]s?|dessen|deren|(?:il|la|i|le)\s+cui)\s)`,
  'iu',
);
const APPOSITIVE_AFTER_NAME = /^\s*,\s*(?:a|an|the|its|which|who|whose|one)\s(?:[^,;:.!?()]|(?<=\d)[.,](?=\d)){1,160},/iu;
/** Around a value a change starts from: "from " … " to ", "von … zu", "de … à", "da … a", "de … para". */
const FROM_BEFORE_VALUE = /(?<![\p{L}])(?:from|von|vom|de|du|da|dal|desde)\s+(?:(?:the|a|an|its|der|die|das|le|la|les|el|il|lo|o)\s+)?$/iu;
const TO_AFTER_VALUE = /^\s+(?:to|zu|zum|zur|nach|auf|à|au|a|al|alla|para|ao|hacia)\s+\S/iu;
/** A plural noun and a coordinator right before a value: the examples that follow may be of the first kind. */
const SHARED_LIST = /\p{L}{3,}s\s+(?:and|or|&)\s+$/u;

/**
 * A predicate or an appositive noun phrase opened by an article, up to a name: "is a ", "was the ", ", an open ", "as a
 * cross-platform " (an adverb perhaps between the verb and the article: "is now a", "is also the"); after a comma only "a" or
 * "an" ("Developed to …, the X network now …" opens the main clause). What stands between the article and the name is nothing
 * or words in lower case that are none of the engine's grammar words (checked by the caller).
 */
const PREDICATE_ARTICLE =
  /(?:(?<![\p{L}])(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained|as)(?:\s+(?:also|now|still|currently|\p{Ll}+ly))?\s+(?:an?|the)|,\s*an?)\s+((?:\p{Ll}[\p{Ll}\p{N}/-]*\s+){0,3})$/u;
/** After a name, a suffix glued to it by a hyphen ("-native", "-powered") and the words of the noun it modifies. */
const NOUN_AFTER_NAME = /^(?:[-‐]\p{Ll}+)?\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/u;

/**
 * Whether a name only modifies the noun after it in a predicate or an appositive ("X is a Quill toolkit created by P", "X, a
 * Quill-native editor", "X is the Quill plugin for …"): the phrase names another thing than the name (X), so the name is no
 * subject of what the sentence says. Not where a word of that noun phrase is a type noun of the name's own type ("X is the
 * Quill language": Quill itself), nor where a grammar word or a capitalised word stands before the name in the phrase ("a
 * year after Quill", "the Halden Quill"), nor where a grammar word follows the name ("is a Quill and a Brisk user").
 */
export function modifiesNounAfter(text: string, m: Mention, nouns?: Descriptions): boolean {
  const before = PREDICATE_ARTICLE.exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (!before || before[1]!.split(/\s+/u).some((w) => w !== '' && FUNCTION_WORDS.has(w))) return false;
  const after = NOUN_AFTER_NAME.exec(text.slice(m.end, m.end + 60));
  if (!after) return false;
  const words = after[1]!.split(/\s+/u);
  // (A determiner after the name opens another phrase: "…, a lancé Vento-2 le 3 février" is French, "a" a verb.)
  const stop = words.findIndex((w) => FUNCTION_WORDS.has(w) || DETERMINER.test(w));
  const phrase = stop === -1 ? words : words.slice(0, stop);
  if (phrase.length === 0) return false;
  // "the Quill programming language": the name's own type noun heads the phrase.
  for (let k = 0; k < phrase.length; k++) {
    const noun = nouns?.noun.exec(phrase.slice(k).join(' '))?.[0];
    if (noun !== undefined && nouns!.describes(noun, m.entity)) return false;
  }
  return true;
}

export function categorySubjects(
  text: string,
  value: Span,
  attribute: PackAttribute,
  mentions: Mention[],
  parens: Span[],
  triggered = attribute.triggers.length > 0,
  makersOf?: (value: Span) => readonly string[],
  nouns?: Descriptions,
): { subjects: Mention[]; quote: Span; existential?: boolean } {
  const makerIds = makersOf?.(value) ?? [];
  const ok = (m: Mention) => compatible(attribute, m.entity) && !makerIds.includes(m.entity.id);
  // 1. "MoE in some variants (like X)", "open models such as X and Y".
  const after = mentions.find((m) => m.start >= value.end);
  if (after && after.start - value.end < 60 && LIKE.test(text.slice(value.end, after.start))) {
    // "small models and open-source models like X, Y and Z": the list may belong to either kind.
    if (SHARED_LIST.test(text.slice(Math.max(0, value.start - 40), value.start))) return { subjects: [], quote: value };
    const subjects = coordinated(text, mentions, after, 'after').filter(ok);
    const last = subjects[subjects.length - 1] ?? after;
    const paren = enclosing(parens, after);
    return { subjects, quote: { start: value.start, end: Math.max(last.end, paren && !inside(value, paren) ? paren.end : 0) }, existential: true };
  }
  // "MoE models like Foo": the value is said of what follows "like", and no name we know follows.
  if (LIKE_AHEAD.test(text.slice(value.end, value.end + 60))) return { subjects: [], quote: value };
  // 2. The value as an adjective right before its subject: "its proprietary X series", or opening a noun phrase whose
  // head is the name ("the rear-wheel drive X and the all-wheel drive dual motor X Max").
  // "London-based X", "Columbus, Ohio-based X": the attribute's own trigger glued to the value by a hyphen ("-based") makes it an
  // adjective of the name right after it.
  if (after && ok(after) && (/^\s{1,2}$/.test(text.slice(value.end, after.start)) || adjectiveOf(text, value, after) || gluedTrigger(text, value, after, attribute))) {
    return { subjects: [after], quote: { start: value.start, end: after.end } };
  }
  // "investment from Silicon Valley-based Brightwell Ventures": glued so to a name no pack knows, the value is that name's.
  if (gluedToUnknownName(text, value, mentions, attribute)) return { subjects: [], quote: value };
  // "X (dense)", "X: MoE": the value of that one name, not of the names listed with it.
  const named = lastBefore(mentions, value.start);
  // "faster than the X's Vireo 2100": a possessor right before the value holds it, even as what is compared.
  const possessor = possessorBefore(text, mentions, parens, value.start);
  if (possessor && ok(possessor)) return { subjects: [possessor], quote: { start: possessor.start, end: value.end } };
  // "an LFP battery, which is heavier than the NMC packs of its rivals": what a thing is compared with is not said of it.
  if (COMPARED_VALUE_BEFORE.test(text.slice(Math.max(0, value.start - 40), value.start))) return { subjects: [], quote: value };
  // "transfer his allegiance from Norway to Ghana", "relicensed from Apache 2.0 to MIT": the value a change starts from.
  if (FROM_BEFORE_VALUE.test(text.slice(Math.max(0, value.start - 12), value.start)) && TO_AFTER_VALUE.test(text.slice(value.end, value.end + 16))) return { subjects: [], quote: value };
  if (named && ok(named) && /^\s*[(（:：]\s*$/u.test(text.slice(named.end, value.start)) && !enclosing(parens, named)) {
    return { subjects: [named], quote: { start: named.start, end: value.end }, existential: /[(（]/u.test(text.slice(named.end, value.start)) };
  }

  // 3. "its proprietary stack": the owner is the name the pronoun stands for, the nearest before it;
  // if that name cannot hold the value, the value is about something else.
  const pronoun = POSSESSIVE_PRONOUN.exec(text.slice(Math.max(0, value.start - 40), value.start));
  if (pronoun) {
    const at = Math.max(0, value.start - 40) + pronoun.index;
    const owner = [...mentions].reverse().find((m) => m.end <= at && !enclosing(parens, m));
    // The pronoun stands for a near name, or for the sentence's subject when that is the only name before it
    // ("The X still has a bright screen, a pen, and long battery life thanks to its Y chip").
    const near = owner !== undefined && wordsBetween(text, owner.end, at) <= SUBJECT_WINDOW.category;
    const subject = owner !== undefined && wordsBetween(text, 0, owner.start) <= 3 && mentions.every((m) => m.end > at || m.entity.id === owner.entity.id);
    return { subjects: owner && ok(owner) && (near || subject) ? [owner] : [], quote: value };
  }
  // 4. The nearest compatible mention before, with those coordinated with it. A value with no trigger
  // of its own must be said of that name ("X is open-source", "X, a proprietary model", "released X
  // under Apache 2.0"), not merely stand near it ("X and the best open-source models").
  // "X is a Quill toolkit created by P": a name that only modifies a noun after it is no subject (modifiesNounAfter).
  const before = nearestBefore(text, mentions, parens, value, SUBJECT_WINDOW.category, (m) => ok(m) && !modifiesNounAfter(text, m, nouns), true);
  if (!before) return { subjects: [], quote: value };
  // "Tide-2 (潮汐-2) uses a …", "潮汐-2（Tide-2）采用…": a parenthesis right after the name is another name for it, no words between.
  const gap = withoutParens(text, parens, before.end, value.start);
  // "Corvane has acquired Pellwick, a New York-based startup": an appositive set after another noun phrase (one with a
  // word in lower case between the name and the comma: a verb, a noun) describes that phrase, not the name before it.
  if (APPOSITIVE_OF_OTHER.test(gap)) return { subjects: [], quote: value };
  if (!triggered && !predicates(gap)) return { subjects: [], quote: value };
  // "X dense base models", "X MoE": said of some of X's models, if X is a family.
  const existential = !triggered && BARE.test(gap);
  return { subjects: coordinated(text, mentions, before, 'before').filter(ok), quote: value, existential };
}

/**
 * Between a name and a value, an appositive's opening after another noun phrase: words, one in lower case, a comma, an
 * article and at most three words ("has acquired Pellwick, a ", "bought a design studio, a fast-growing ").
 */
const APPOSITIVE_OF_OTHER =
  /^[^,;:.!?()]*?(?<![\p{L}])\p{Ll}[\p{L}'’-]*[^,;:.!?()]*,\s*(?:a|an|the|un|une|una|uno|um|uma|ein|eine|einen)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** The text from `start` to `end`, less a parenthesis that opens right at `start` (after spaces). */
function withoutParens(text: string, parens: readonly Span[], start: number, end: number): string {
  const gap = text.slice(start, end);
  const open = start + (gap.length - gap.trimStart().length);
  const paren = parens.find((p) => p.start === open && p.end <= end);
  return paren ? text.slice(paren.end, end) : gap;
}

/** Between a name and a figure its verb takes, the verb and a hedge: " had about ", " passed ", " has grown to ". */
const OWN_VERB_THEN_FIGURE =
  /^\s+(?:(?:has|have|had|now|also|still|already|then|just)\s+)?(?:had|has|have|is|was|were|are|counted|counts|numbered|numbers|totalled|totaled|totals|reached|reaches|passed|passes|topped|tops|crossed|exceeded|exceeds|surpassed|grew\s+to|rose\s+to|fell\s+to|dropped\s+to|climbed\s+to|hit|hits|zählte|zählt|hatte|hat|comptait|compte|contaba|cuenta|contava|conta|telde|telt)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than|less\s+than|under|just|only|rund|etwa|environ|près\s+de|unos|circa|ruim|bijna)\s+)?$/iu;

/** The packs' type nouns as descriptions ("the lander", "the model"): where one opens a text, and what it may stand for. */
export interface Descriptions {
  /** A type noun at the start of a text (src/extract/typing.ts, typeNouns). */
  noun: RegExp;
  /** Whether a name may be what a description by this noun stands for: a name of the noun's type, or of none known. */
  describes: (noun: string, entity: EntityRef) => boolean;
  /** The one thing of the noun's type the packs know, if they know one only ("the rover" where a pack names one rover). */
  only: (noun: string) => EntityRef | undefined;
  /** The member of `base`'s line that a variant word names ("Max" with "Lark 7": "Lark 7 Max"), if a pack lists it. */
  variant?: (base: EntityRef, word: string) => EntityRef | undefined;
  /** Whether a pack lists both as members of one family: two things, even where one's id begins with the other's ("Lark 7" and "Lark 7 Max"). */
  siblings?: (a: EntityRef, b: EntityRef) => boolean;
  /** Whether some attribute of the packs describes things of the name's type (a metropolitan area, a trial): a thing with figures of its own. */
  holdsFigures?: (entity: EntityRef) => boolean;
  /**
   * Whether a name is of a person: true for a type of people (`person`, a pack type marked `people: true`), false for an
   * organisation, a place, or (where a pack says which types are people) any other type; undefined where no one says.
   */
  person?: (entity: EntityRef) => boolean | undefined;
}

/** A personal pronoun: it stands for a person, never an organisation or a product ("he", "sie" aside: it is also "they"). */
const PERSONAL_PRONOUN = /^(?:he|she|his|her|him|er|ihm|ihn|sein|seine|elle|él|ella|lui|lei|egli|ele|ela|他|她|彼|彼女)$/iu;
/** A pronoun for a thing, never a person. */
const THING_PRONOUN_WORD = /^(?:it|its)$/iu;

/**
 * Whether two names are one thing or a member and its line ("Acme 2" and "Acme 2 70B"): one's id begins with the other's,
 * unless a pack lists both as members of one family.
 */
const oneLine = (a: EntityRef, b: EntityRef, descriptions?: Descriptions) =>
  a.id === b.id || ((a.id.startsWith(b.id) || b.id.startsWith(a.id)) && descriptions?.siblings?.(a, b) !== true);

/**
 * "The podium alone", "Le socle à lui seul", "Der Sockel allein": a part singled out, opening the sentence or its clause,
 * as the subject of what follows.
 */
const PART_ALONE =
  /(?:^|[,;:]\s)\s*(?:the|its|their|this|that|le|la|les|son|sa|ses|der|die|das|sein|seine|ihr|ihre)\s+((?:[\p{L}-]+\s+){0,2}?(?!(?:year|years|quarter|month|week|day|season|half|period|decade|weekend|année|mois|trimestre|Jahr|Quartal|Monat)(?![\p{L}]))[\p{L}-]+)\s+(?:alone|allein|à\s+(?:lui|elle)\s+seule?|à\s+(?:eux|elles)\s+seule?s)(?![\p{L}])[^,;:]*$/iu;
/**
 * "Tickets cost $38", "Rooms start at $300", "Apartments are priced at …": a bare plural noun opening the sentence right before
 * its verb is what the figure is said of (group 1; group 2 the verb).
 */
const BARE_PLURAL_SUBJECT =
  /^\s*(\p{Lu}\p{Ll}+s)\s+(?:(?:now|still|typically|usually|currently|only|generally|already|each)\s+)?(?:(?:are|were)\s+)?(\p{Ll}+)\s+(?:(?:at|for|from|about|around|roughly|nearly|almost|just|between|up\s+to|as\s+much\s+as)\s+)?$/u;
/**
 * Verbs by which someone's words, a finding or a judgement give a figure ("Analysts expect $5 billion", "A filing showed the
 * company had …"): the figure may be the name's in context, whatever thing says it.
 */
const SAYING_VERB = String.raw`(?:show|shows|showed|shown|found|finds|suggests|suggested|indicate|indicates|indicated|say|said|says|told|tells|confirmed|confirms|report|reported|reports|announced|announces|stated|states|noted|notes|added|adds|expect|expected|expects|forecast|forecasts|predict|predicted|predicts|project|projected|projects|quoted|cited|believe|believes|thinks|reckon|reckons|see|sees|saw|anticipate|anticipates|estimates)`;
/**
 * "A harbour study estimated at £1.2 million failed to sell", "An earlier sketch sold for $40,000": a thing the sentence
 * introduces with "a", then the figure its verb gives it: another thing than a name in context ("A record 2.1 million
 * copies", "A total of …", "A year earlier …" are no such subject).
 */
const INDEFINITE_SUBJECT = new RegExp(
  String.raw`^\s*(?:A|An)\s+(?!(?:total|record|further|additional|estimated|whopping|staggering|mere|combined|year|month|week|day|decade|quarter|third|half|number|majority|fraction|few|lot|bit|new\s+record)(?![\p{L}]))(?:(?!${SAYING_VERB}\s)[\p{L}'’-]+\s+){1,5}?(?!${SAYING_VERB}\s)(?:\p{Ll}+ed(?:\s+(?:at|for|to))?|cost|costs|worth|costing|sold\s+for|sells\s+for|fetched|made|has|had)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$`,
  'u',
);
/** "the 31-year-old", "der 31-Jährige", "il 31enne": a person named by an age (before the number, then after it). */
const AGE_DESCRIPTION_BEFORE = /(?<![\p{L}])(?:the|der|die|il|lo|la)\s+$/iu;
const AGE_DESCRIPTION_AFTER = /^(?:[-‐\s]*(?:year|yr)s?[-‐\s]*old(?![-\p{L}])|[-‐]?(?:Jährige[rn]?|enne)(?![\p{L}]))/iu;
/**
 * After a part that opens the sentence, a verb by which it says or expects something of another ("The civil defence division
 * said 45 people had died"); not "reported" or "announced", by which a part states its own results.
 */
const SAYS_BEFORE_FIGURE = /(?<![\p{L}])(?:said|says|told|tells|stated|noted|added|estimated|estimates|expects|expected|forecasts|forecast|predicts|predicted|projects|projected|sees|saw|anticipates)(?![\p{L}])/iu;
/** A sentence opening on a part of a company: "The snacks segment", "Its cloud division", "La filiale". */
const PART_OPENING =
  /^\s*(?!(?:including|excluding|after|before|in|on|at|for|with|without|from|by|during|among|across|within)\s)(?:(?:the|its|their|la|le|el|il|der|die|das|sa|son|su|sua)\s+)?(?:[\p{L}'’&-]+\s+){0,3}?(division|segment|business\s+unit|subsidiary|Sparte|Geschäftsbereich|branche|pôle|filiale|división|filial|segmento|divisione|controllata)(?![\p{L}])/iu;
/** Words by which a sentence that opens on a part speaks of the whole: a possessive part ("Phase 2's"), "its", "in total", "brings … to". */
const WHOLE_AFTER_PART = /^[^,;:.!?]{0,40}?['’]s(?![\p{L}])|(?<![\p{L}])(?:its|their|total|in\s+all|altogether|overall|brings?|brought|bringing|takes|took|taking)(?![\p{L}])/iu;
/**
 * A sentence that opens (perhaps after a fronted phrase) on a part a number or a letter names: "Unit 2 has a capacity of 380
 * MW", "Since then, Phase 2 has added …", "Tranche 2", "1号机组", "二期工程", "第2期": the part's figures, not the whole's (a
 * fronted phrase with a figure of its own is not looked past).
 */
const NUMBERED_PART_OPENING = new RegExp(
  String.raw`^\s*(?:[^,;:.!?\d]{1,40},\s*)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]e|[Ll]a|[Ee]l|[Dd]er|[Dd]ie|[Dd]as|[Ii]l|[Oo]|[Aa])\s+)?(?:${NUMBERED_PART}|第?[0-9０-９一二三四五六七八九十]+\s*(?:号|號)\s*(?:机组|機組|反应堆|反應堆|机|機|炉|爐)|第?[一二三四五六七八九十0-9０-９]+期)`,
  'u',
);
/** A clause after a comma, opened by "a" or "an" and a few words, up to its verb of having or paying and the figure. */
const INDEFINITE_CLAUSE =
  /[,;]\s*(?:(?:so\s+that|and|but|while|whereas|when|because|if|so)\s+)?(?:a|an)\s+(?!(?:year|decade|month|week|day|few|while|moment|quarter|century)\s)(?:[\p{L}'’-]+\s+){1,5}?(?:gets|receives|pays|has|costs|needs|uses|buys|earns|spends|takes|holds)\s+(?:(?:about|around|up\s+to|only|just|roughly|nearly)\s+)?$/iu;
/** Words of that shape that are no noun: "This costs …", "Its cost …", "Perhaps …". */
const NOT_A_PLURAL = /^(?:This|Its|Thus|Was|Has|Is|Does|Plus|Perhaps|Besides|Sometimes|Always|Yes|Less|Unless|Across|Towards|Afterwards|Nevertheless|Regardless|Whereas|His|Hers|Ours|Yours|Theirs|As|Us)$/u;
/** Those verbs, and the ones of a valuation ("value", "put … at", "estimated"), right after a bare plural noun. */
const JUDGEMENT_VERB = new RegExp(String.raw`^(?:${SAYING_VERB}|estimate|estimated|put|puts|value|values|valued)$`, 'u');

/**
 * Whether the text before a figure opens on a subject of its own that is no name: a part singled out by "alone", or a bare
 * plural noun other than the attribute's own words ("Deliveries rose to …" is the attribute's).
 */
function ownCommonSubject(before: string, attribute: PackAttribute, descriptions?: Descriptions): boolean {
  // The three shapes end at the figure, in its clause: the first and the last open the sentence within a few words (a longer
  // text is neither, and is not scanned), "alone" stands in the last 120 characters.
  const short = before.length <= 120;
  if (short && INDEFINITE_SUBJECT.test(before)) return true;
  // "…, so that a customer renting a whole pod gets 256 GPUs": a clause after a comma that opens on a thing "a" introduces.
  if (INDEFINITE_CLAUSE.test(before.slice(-120))) return true;
  // (Unless the part is only the cause of the whole's figure: "Phase 2's completion brought its capacity to 300 MW", "Phase 2
  // brings the campus to a total capacity of 300 MW".)
  if (short && NUMBERED_PART_OPENING.test(before) && !WHOLE_AFTER_PART.test(before)) return true;
  // "The snacks segment, which includes …, grew revenue 9% to": a sentence that opens on a part of its subject (a segment, a
  // division) states the part's figures, unless a pack knows such parts by that noun.
  const unit = short ? PART_OPENING.exec(before) : null;
  if (unit && !SAYS_BEFORE_FIGURE.test(before.slice(unit[0].length)) && !(descriptions !== undefined && descriptions.noun.exec(unit[1]!)?.index === 0)) return true;
  const part = PART_ALONE.exec(before.slice(-120));
  if (part && !(descriptions !== undefined && descriptions.noun.exec(part[1]!)?.index === 0)) return true;
  const plural = short ? BARE_PLURAL_SUBJECT.exec(before) : null;
  if (!plural || NOT_A_PLURAL.test(plural[1]!) || JUDGEMENT_VERB.test(plural[2]!)) return false;
  const word = plural[1]!.toLowerCase();
  const own = [...attribute.triggers, ...(attribute.unitWords ?? []), attribute.label].map((w) => w.toLowerCase());
  return !own.some((w) => w === word || `${w}s` === word || `${w}es` === word || w.split(/\s+/u).some((part) => part === word || `${part}s` === word));
}

/** A sentence's opening subject that is a definite description ("The e-visa can …", "For others, the factory …"): its first word. */
const DEFINITE_OPENING = /^\s*(?:[^,;:.!?]{1,60},\s*)?(?:the|this|that)\s+(\p{Ll}[\p{L}-]*\p{L})(?=\s)/iu;
/** Words after "the" that place a thing in a series or repeat it, no noun of its own ("the first", "the same"). */
const NOT_A_THING = /^(?:first|second|third|last|next|latest|same|following|previous|original|final|initial|other|whole|entire|rest|total|overall|main|new)$/iu;
/** Right before "a", a verb or preposition by which the name in context has or gives the thing ("has a 6.1-inch display"). */
const HAVING_BEFORE =
  /(?<![\p{L}])(?:has|have|had|having|with|without|features?|featuring|comes?|came|packs?|packing|includes?|including|offers?|offering|boasts?|uses?|using|sports?|gets?|adds?|added|equipped|powered|fitted|runs?|is|was|are|were|becomes?|became|as)\s+$/iu;

/**
 * Whether the text before a figure opens on a definite description of a thing the section brought in with "a" or "an"
 * before ("… or apply for an e-visa online. ¶ The e-visa …", "opened a factory in 2019. The factory employs …"), as another
 * thing than the name in context: not one the name has ("The X has a 6.1-inch display. The display …"), one the name is
 * ("is a …"), a type noun of the packs or a word of the attribute.
 */
function introducedSubject(before: string, attribute: PackAttribute, sectionText: string | undefined, descriptions?: Descriptions): boolean {
  if (sectionText === undefined || before.length > 160) return false;
  const found = DEFINITE_OPENING.exec(before);
  if (!found) return false;
  const word = found[1]!.toLowerCase();
  if (NOT_A_THING.test(word) || (descriptions !== undefined && descriptions.noun.exec(word)?.index === 0)) return false;
  const own = [...attribute.triggers, ...(attribute.unitWords ?? []), attribute.label].map((w) => w.toLowerCase());
  if (own.some((w) => w.split(/[\s]+/u).some((part) => part === word || `${part}s` === word || part === `${word}s`))) return false;
  const escaped = escapePattern(word);
  const introduced = new RegExp(`(?<![\\p{L}])(?:a|an)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${escaped}(?![\\p{L}\\p{N}-])`, 'giu');
  for (const m of sectionText.matchAll(introduced)) {
    if (!HAVING_BEFORE.test(sectionText.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

/**
 * Where a clause with a subject of its own opens in a sentence: at its start, or after a semicolon, or after a comma and "and",
 * "but", "while" or "whereas" (group 1: the clause).
 */
const LAST_CLAUSE = /(?:^|[;；]|,\s*(?:and|but|while|whereas)\s)((?:(?![;；]|,\s*(?:and|but|while|whereas)\s)[^])*)$/iu;
/**
 * A clause that opens (past a fronted phrase) on "the" and a noun phrase of one to three words in lower case (a possessive
 * among them: "the company's rival"; no verb in the past or of saying: "The office said emissions …"), right before its
 * verb: group 1 the phrase's words.
 */
const DEFINITE_SUBJECT =
  /^\s*(?:[^,;:.!?]{1,60},\s*)?[Tt]he\s+((?:(?!(?:is|are|was|were|has|have|had|said|says|told|\p{Ll}+ed)\s)\p{Ll}[\p{L}'’-]*\s+){0,2}?(?!(?:is|are|was|were|has|have|had|said|says|told|\p{Ll}+ed)\s)\p{Ll}[\p{L}-]*\p{L})\s+(?:(?:also|still|only|now|typically|usually|often|alone|then)\s+)?(?:is|are|was|were|has|have|had|can|could|may|might|will|would|\p{Ll}+s)(?![\p{L}])/u;
/** A rival's noun, the head of a description of another thing of the kind. */
const RIVAL_HEAD = new RegExp(String.raw`^(?:${RIVAL_NOUN})$`, 'iu');
/** Nouns of a figure itself, no thing of their own: "the average is …", "the total reached …". */
const FIGURE_NOUN = /^(?:average|mean|median|total|figure|number|amount|value|rate|result|estimate|sum|count|record|maximum|minimum|range|size|difference|gap|ratio|share|rest|remainder|majority|minority|latter|former)$/iu;

/**
 * Whether the figure's clause opens on a definite description of a thing no pack knows as a type, right before its verb ("The
 * fox has a 57-day gestation", "The company's rival has 300 staff"): the figure is that thing's, not the name's in context.
 * Not where its head is a type noun of the packs ("the species", "the company"), a word of the attribute ("the gestation"), a
 * noun of a figure ("the average"), a word of a name the page, its headings or the paragraph give ("the hare" on a page about
 * the Ardenian hare), or a thing the section said the name has or is ("X has a 6.1-inch display. The display …").
 */
function definiteOtherSubject(before: string, attribute: PackAttribute, context: SubjectContext, descriptions?: Descriptions): boolean {
  if (descriptions === undefined || before.length > 400) return false;
  const clause = LAST_CLAUSE.exec(before)?.[1] ?? before;
  const found = DEFINITE_SUBJECT.exec(clause);
  if (!found) return false;
  const words = found[1]!.split(/\s+/u).map((w) => w.toLowerCase());
  const head = words.at(-1)!;
  if (NOT_A_THING.test(head) || FIGURE_NOUN.test(head) || descriptions.noun.exec(head)?.index === 0) return false;
  const own = new Set([...attribute.triggers, ...(attribute.unitWords ?? []), ...attribute.headers, attribute.label].flatMap((w) => w.toLowerCase().split(/\s+/u)));
  if (words.some((w) => own.has(w) || own.has(`${w}s`) || (w.endsWith('s') && own.has(w.slice(0, -1))))) return false;
  // A word of a name in context: the title's, the headings', the section's and the paragraph's.
  const named = [
    ...context.topic,
    ...(context.sections ?? []).flatMap((s) => s.entities),
    ...(context.sectionNames ?? []),
    ...context.previousSentences.flatMap((p) => p.mentions.map((m) => m.entity)),
  ];
  const nameWords = new Set(named.flatMap((e) => [e.name, e.mention ?? ''].flatMap((n) => n.toLowerCase().split(/[\s:,-]+/u))));
  if (nameWords.has(head) || nameWords.has(`${head}s`) || (head.endsWith('s') && nameWords.has(head.slice(0, -1)))) return false;
  // Only another of the kind: a rival ("the company's rival"), or a thing after a sentence of the paragraph that named several
  // things the attribute describes ("human gestation is 266 days, while chimpanzee … The fox has …"); "The launch was valued
  // at …" on a mission's page, "The standard edition has 12 tracks" on an album's, stay the page's.
  const several = (p: Antecedents) => new Set(p.mentions.filter((m) => compatible(attribute, m.entity)).map((m) => m.entity.id)).size > 1;
  if (!RIVAL_HEAD.test(head) && !(context.previousSentences.length > 0 && several(context.previousSentences.at(-1)!))) return false;
  if (context.sectionText !== undefined) {
    const escaped = escapePattern(head);
    const introduced = new RegExp(`(?<![\\p{L}])(?:a|an)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${escaped}(?![\\p{L}\\p{N}-])`, 'giu');
    for (const m of context.sectionText.matchAll(introduced)) {
      if (HAVING_BEFORE.test(context.sectionText.slice(Math.max(0, m.index - 30), m.index))) return false;
    }
  }
  return true;
}

/** What a sentence's reader knows of the text before it. */
export interface SubjectContext {
  /** The mentions of the paragraph's earlier sentences, each list in text order. */
  previousSentences: Antecedents[];
  /** What the article is about: the names in its title. */
  topic: EntityRef[];
  /** The headings above the sentence, outermost first, with their names (`opaque`: it names something no pack reads). */
  sections?: { depth: number; entities: EntityRef[]; opaque?: true }[];
  /** The names of the current section before this paragraph, in reading order. */
  sectionNames?: EntityRef[];
  /** The names of the last sentence before this paragraph that had any, in order. */
  lastNamed?: EntityRef[];
  /** That sentence's names where they stand in it, when it was a sentence of prose. */
  lastSentence?: Antecedents;
  /** The text of the section's sentences of prose before this one. */
  sectionText?: string | undefined;
}


/** A figure said of a whole country: "nationally", "nationwide", "a nivel nacional", "à l’échelle nationale", "landesweit". */
const NATIONWIDE =
  /(?<![\p{L}])(?:nationally|nationwide|country-?wide|across\s+the\s+country|in\s+the\s+whole\s+country|a\s+nivel\s+nacional|en\s+todo\s+el\s+país|en\s+el\s+conjunto\s+del\s+país|au\s+niveau\s+national|à\s+l['’]échelle\s+nationale|dans\s+tout\s+le\s+pays|sur\s+l['’]ensemble\s+du\s+(?:pays|territoire)|landesweit|bundesweit|a\s+livello\s+nazionale|in\s+tutto\s+il\s+paese|em\s+todo\s+o\s+país|a\s+nível\s+nacional|landelijk)(?![\p{L}])/iu;

/** How far into a sentence (in characters) the name it opens on may stand: "This spring, Y …". */
const OPENING_REACH = 25;

const HAN_REFERENCE = /(?:该|該|此|这款|這款|这个|這個|本)\s*$/u;

/**
 * A subject from context, when the sentence names none that fits: the possessive's owner in the
 * sentence ("…, and his 19 goals"), else the antecedent of a reference ("it", "its", "the model") —
 * the paragraph's earlier sentences first, then the section's names, its heading and the title — else,
 * without a reference, the innermost heading, then the title, that names exactly one fitting entity.
 * A fallback is never used when the sentence names another entity that fits.
 */
export function contextSubject(
  text: string,
  mentions: Mention[],
  context: SubjectContext,
  attribute: PackAttribute,
  allowTopic: boolean,
  at?: Span,
  predicated?: Span,
  descriptions?: Descriptions,
): { entity: EntityRef; via: SubjectVia } | undefined {
  // "The podium alone cost $200 million", "Tickets cost $38": the sentence's own subject is a part or another thing, not a
  // name the context gives (a description of the name's type, "The tower alone", still stands for it).
  if (at && ownCommonSubject(text.slice(0, at.start), attribute, descriptions)) return undefined;
  // "… or apply for an e-visa online. ¶ The e-visa costs US$25 with a stay of up to 90 days": a sentence that opens on a thing
  // the section brought in with "a" is about that thing, not the name in context.
  if (at && introducedSubject(text.slice(0, at.start), attribute, context.sectionText, descriptions)) return undefined;
  // "The fox has a 57-day gestation" on a page about another animal, "The company's rival has 300 staff": a clause that opens on
  // "the" and a noun no pack knows as a type, right before its verb, is about that thing, not the name in context.
  if (at && definiteOtherSubject(text.slice(0, at.start), attribute, context, descriptions)) return undefined;
  // "…Zorvan-1, the lab's older model, whose context window stopped at 8,192 tokens": a "whose" clause on a name is that name's.
  if (at && inWhoseClauseOnName(text, at)) return undefined;
  // "Kessmoor has recorded 41 cases. Nationally, the count has reached 503": a figure said of the whole country is not
  // that of the name the sentence before opens on (the part it is set against), here or by the title.
  const local = NATIONWIDE.test(text) ? context.previousSentences.at(-1)?.opener : undefined;
  const fits = (e: EntityRef) => compatible(attribute, e) && e.id !== local?.id;
  // "…, and his 19 goals": the pronoun's antecedent is the nearest fitting name before it.
  const possessive = at && POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, at.start - 30), at.start));
  if (possessive) {
    const pronounAt = Math.max(0, at.start - 30) + possessive.index;
    const owner = [...mentions].reverse().find((m) => m.end <= pronounAt && fits(m.entity));
    if (owner) return { entity: owner.entity, via: 'sentence' };
    // "… another truck then hit the wreck, crushing its last two cars": a thing the sentence names as another than
    // the one in context may be what the pronoun stands for.
    if (ANOTHER_THING.test(text.slice(0, pronounAt))) return undefined;
  }
  // "… next to closed labs building their $100 billion training clusters": "their" stands for the plural noun before it.
  if (at && pluralOwnerBefore(text.slice(0, at.start).replace(/[\\$€£¥\s]*$/u, ' '), (noun) => [...context.topic, ...(context.sectionNames ?? [])].some((e) => compatible(attribute, e) && descriptions !== undefined && descriptions.noun.test(noun) && descriptions.describes(noun, e)))) return undefined;
  // A fitting name is the subject, unless it is only what something is compared with or built from ("the rival of X"),
  // or stands past a semicolon after the figure ("Mide 4,5 metros; recuerda a un X").
  const later = (m: Mention) => at !== undefined && m.start >= at.end && /[;；]/u.test(text.slice(at.end, m.start));
  // "the company raised $460 million in a round led by Halvard Capital": who led or backed it is no rival subject.
  const leader = (m: Mention) => sideParty(text, m);
  // "According to X, the line carries …", "After X opened, the network's fleet …": the source named, or a name in a fronted
  // clause, is no rival subject either where the main clause opens on a description of another type. (Where it could stand for
  // the source, it still keeps the figure from the page's subject: "According to Halden's annual report, the group had …".)
  const source = at !== undefined && descriptions !== undefined ? openingEnd(text) : 0;
  const mainNoun = source > 0 && at!.start >= source ? definiteReference(text.slice(source, at!.start).replace(/^[\s,，、]+/u, ''), descriptions!.noun) : undefined;
  const cited = (m: Mention) => mainNoun !== undefined && m.end <= source && !descriptions!.describes(mainNoun, m.entity);
  // "According to Tessaline's annual report, the company had …", "After Tessaline cut its prices, the company's revenue rose …": the
  // owner of the source cited, or the subject of a fronted clause, is what that description stands for, where it is the one
  // name the sentence and its context offer that the description could stand for.
  if (mainNoun !== undefined) {
    const rivals = mentions.filter((m) => fits(m.entity) && !comparedOrBase(text, mentions, m) && !later(m) && !leader(m));
    const owner = openingOwner(text, rivals, at!, source, mainNoun, attribute, descriptions!, context, fits);
    if (owner) return { entity: owner, via: 'reference' };
  }
  if (mentions.some((m) => fits(m.entity) && !comparedOrBase(text, mentions, m) && !later(m) && !leader(m) && !cited(m))) return undefined;
  // "The Acme X 3 weighs 180 g. The Zento Q9 weighs 210 g.": a sentence whose clause opens on a name no pack reads is about
  // that name, not the sentence before's, the heading's or the page's: its figure is no one's.
  if (unreadNameOpens(text, mentions, at?.start ?? predicated?.start ?? text.length)) return undefined;
  // "Rund um Ostermoor drehen sich Windräder mit 1,3 Gigawatt", "near the X campus, a wind farm produces …": a figure of what stands
  // around a name that fits is of another thing, not the context's.
  if (mentions.some((m) => fits(m.entity) && AROUND_PLACE.test(text.slice(Math.max(0, m.start - 30), m.start)))) return undefined;
  // "…," the 31-year-old wrote": a person a definite description by age stands for is the one person the text before
  // names, never the page's subject by default.
  if (at && AGE_DESCRIPTION_BEFORE.test(text.slice(Math.max(0, at.start - 8), at.start)) && AGE_DESCRIPTION_AFTER.test(text.slice(at.end, at.end + 12))) {
    const named = [...context.previousSentences].reverse().find((p) => p.mentions.some((m) => fits(m.entity)))?.mentions.map((m) => m.entity) ?? context.lastNamed ?? [];
    const people = [...new Map(named.filter(fits).map((e) => [e.id, e])).values()];
    return people.length === 1 ? { entity: people[0]!, via: 'reference' } : undefined;
  }
  // A value with no trigger of its own must be said of the pronoun: "It is open-source", not "He … open-source tooling".
  // "… 128K context. Apache 2.0.": a fragment that is the value alone, after other sentences of its paragraph
  // (not a heading or a list item on its own), lists a spec of what the text is about.
  const fragment =
    predicated !== undefined && context.previousSentences.length > 0 && /^[\s\p{P}]*$/u.test(text.slice(0, predicated.start) + text.slice(predicated.end));
  if (predicated && !fragment) {
    const pronoun = THING_PRONOUN.exec(text);
    if (!pronoun || !predicates(text.slice(pronoun[0].length, predicated.start))) return undefined;
  }
  if (fragment) allowTopic = true;
  const before = at ? text.slice(0, at.start) : text;
  // "With 16GB of RAM and fast storage, the phone never lagged": a figure in a fronted phrase belongs to the main clause's subject.
  const fronted = at && FRONTED_PHRASE.exec(text);
  const main = fronted && at.end <= fronted[0].length ? text.slice(fronted[0].length) : undefined;
  const pronoun = SUBJECT_PRONOUN.test(text) || (at !== undefined && PRONOUN.test(before)) || (main !== undefined && SUBJECT_PRONOUN.test(main));
  // "he" stands for a person, "it" for no person: the pronoun nearest before the figure, else the one the sentence opens on.
  const pronounWord = !pronoun
    ? undefined
    : ((at !== undefined ? [...before.matchAll(PRONOUNS_ALL)].at(-1)?.[0] : undefined) ?? SUBJECT_PRONOUN.exec(text)?.[0] ?? (main !== undefined ? SUBJECT_PRONOUN.exec(main)?.[0] : undefined))
        ?.replace(/^[\s"“'‘(]+/u, '');
  const personal = pronounWord !== undefined && PERSONAL_PRONOUN.test(pronounWord);
  const thing = pronounWord !== undefined && THING_PRONOUN_WORD.test(pronounWord);
  const pronounFits = (e: EntityRef) =>
    fits(e) && (personal ? descriptions?.person?.(e) !== false && !ORGANISATION_TYPES.has(e.type) && !PLACE_TYPES.has(e.type) : !thing || descriptions?.person?.(e) !== true);
  // "Varro uses its Halden cluster. Corvane says it runs its own data hall with 2,048 GPUs", "Corvane runs its own data
  // hall with 2,048 GPUs": a pronoun after the name the sentence opens on stands for that name, not for a thing of the
  // sentence before or the page's; a name the attribute cannot describe leaves the figure no one's.
  const opening = mentions[0];
  if (
    at !== undefined &&
    opening !== undefined &&
    !fits(opening.entity) &&
    NAME_OPENS.test(text.slice(0, opening.start)) &&
    !/^['’]/u.test(text.slice(opening.end)) &&
    OPENER_THEN_PRONOUN.test(before.slice(opening.end)) &&
    !/[;；]/u.test(before.slice(opening.end))
  ) {
    return undefined;
  }
  // "the model", "this phone", "该模型": a description names its type, so it may reach past other kinds of names.
  // "According to the agency, the ship …": after a clause that says who speaks, a description there is what the sentence is
  // about. "The agency said 14 cases …": else a description in that clause names the speaker, and stands for the figure's
  // subject only where a name it could mean came before ("The firm said revenue …" after a sentence on the firm).
  const speaker = pronoun || descriptions === undefined ? null : SPEAKER_OPENING.exec(before);
  const afterSpeaker = speaker ? definiteReference(before.slice(speaker[0].length), descriptions!.noun) : undefined;
  const inBefore = pronoun || descriptions === undefined ? undefined : (afterSpeaker ?? definiteReference(before, descriptions.noun));
  const described0 = inBefore ?? (main !== undefined && descriptions !== undefined && !pronoun ? definiteReference(main, descriptions.noun) : undefined);
  const speaks = speaker !== null && afterSpeaker === undefined && inBefore !== undefined;
  const antecedentOf = (n: string) =>
    context.previousSentences.some((p) => p.mentions.some((m) => fits(m.entity) && descriptions!.describes(n, m.entity))) ||
    (context.sectionNames ?? []).some((e) => fits(e) && descriptions!.describes(n, e));
  const noun = speaks && !antecedentOf(described0!) ? undefined : described0;
  const described = !pronoun && (noun !== undefined || HAN_REFERENCE.test(before.slice(-6)));
  // "The propulsion module weighs 2,310 kg. The rover weighs 30 kg.": a description of one type never stands for a name of
  // another, however near; with none of its type before it, the sentence names no subject the context gives.
  const meant = noun !== undefined ? (e: EntityRef) => fits(e) && descriptions!.describes(noun, e) : pronoun ? pronounFits : fits;
  const referring = pronoun || described;
  if (referring) {
    for (let i = context.previousSentences.length - 1; i >= 0; i--) {
      const earlier = context.previousSentences[i]!;
      // "Foo matches X. It supports …": "it" is Foo, a name we do not know.
      if (pronoun && earlier.opaque) return undefined;
      // "The Lark is new. It packs twice the Kestrel's memory. It weighs 3 kg": the second "it" is the first one's, not the
      // name the sentence between compares it with.
      if (pronoun && earlier.pronounSubject && i > 0) continue;
      // "X is a 2019 film. The film is a sequel to A and B. It is part of Phase Three": "it" is what the description stood
      // for, before it in the paragraph, else what the section or the page is about (or no one), never a name after it.
      if (pronoun && earlier.describedSubject) {
        if (i > 0) continue;
        const framed = framedSubject(pronounFits);
        return framed ? { entity: framed, via: 'reference' } : undefined;
      }
      const antecedent = earlier.mentions.find((m) => meant(m.entity));
      // "X cost less than Y, which had a budget of $90 million. The mission's cost was …": a description after a sentence
      // that names two things of its type may mean either (a member and its line are one: "Acme 2 70B, like other Acme 2 models").
      const rival = (m: Mention) => meant(m.entity) && !oneLine(m.entity, antecedent!.entity, descriptions);
      if (noun !== undefined && antecedent && earlier.mentions.some(rival)) return undefined;
      // "X shared the bill with “Harbour Lights”. It then …": a title no pack knows, named after the name, may be what "it" means.
      if (earlier.title !== undefined && (!antecedent || antecedent.start < earlier.title)) return undefined;
      if (antecedent) return { entity: antecedent.entity, via: 'reference' };
    }
    // Past the paragraph, a pronoun stands for the subject of the last sentence that named something, as within it (its
    // first name that fits: "… Varga has scored 30, beating the 25 of X and Y. ¶ She also …"), or for none;
    // a description for the last name that fits.
    const names = context.sectionNames ?? [];
    if (pronoun) {
      const last = context.lastNamed;
      if (last && last.length > 0) {
        // "# Ferro Market ¶ Opened in 1905, Ferro is … set beside Verdant Park. ¶ It is rated 4.2": the one subject the heading
        // or the title names comes before a name the paragraph before only met; not where that paragraph opened on another
        // name that fits ("Verdant Park is … ¶ It is rated 4.6" on a page titled by another site), nor on a name no pack reads
        // that is no word of it ("Lumen Teahouse sits inside Verdant Park. ¶ It is rated 4.7"): there the figure is no one's.
        // (A pronoun after sentences of its own paragraph that name nothing may stand for what they describe: as before.)
        const opensParagraph = context.previousSentences.length === 0;
        const sentence = opensParagraph ? context.lastSentence : undefined;
        const framed = opensParagraph ? framedSubject(pronounFits) : undefined;
        const ownWord = (e: EntityRef, word: string) => [e.name, e.mention].some((n) => n.split(/[\s:,-]+/u).includes(word.replace(/['’]s?$/u, '')));
        if (sentence?.opaque && !(framed && sentence.openingWord !== undefined && ownWord(framed, sentence.openingWord))) return undefined;
        if (framed) return sentence?.opener && pronounFits(sentence.opener) && sentence.opener.id !== framed.id ? undefined : { entity: framed, via: 'reference' };
        const antecedent = last.find(pronounFits);
        return antecedent ? { entity: antecedent, via: 'reference' } : undefined;
      }
    } else {
      // A description in a new paragraph stands for what the section or the page is about, when that is of its type ("The
      // queen, who died aged 61, …" on a page about a queen, after a paragraph on her general); else for the last name met.
      // (Not after a sentence of the paragraph that names something: "- **Brightmore**, a maker of …, closed a round. The
      // company, founded in 2023, …" is on that name, known or not.)
      // (A member of the topic's own line met last is more precise: "The flagship, X 72B, scored … ¶ The model was trained on
      // …" on a page about the X family.)
      const topic = context.previousSentences.every((p) => p.mentions.length === 0) ? plainSubject() : undefined;
      const last = [...names].reverse().find(meant);
      if (topic && meant(topic.entity) && !(last && oneLine(last, topic.entity, descriptions))) return topic;
      if (last) return { entity: last, via: 'reference' };
    }
  }
  if (!allowTopic && !referring) return undefined;
  // "the Pro version", "la versión Max", "das Topmodell „Max“", "Pro版": a variant the page names by its word is the member of
  // the plain name's line a pack lists by that word, or (a word no pack lists) another thing than the plain name.
  const variantWord = referring ? undefined : namedVariant(text);
  if (variantWord !== undefined) {
    const base = plainSubject();
    const member = base && descriptions?.variant?.(base.entity, variantWord);
    return member && fits(member) ? { entity: member, via: base.via } : undefined;
  }
  // "In its fastest trim, it reaches 100 km/h in 3.1 s", "the top model", "das Topmodell", "顶配": a sentence about one
  // variant of a line names another thing than the page's or the section's plain name.
  if (!referring && VARIANT_DESCRIPTION.test(text)) return undefined;
  const topic = plainSubject();
  return topic && pronoun && !pronounFits(topic.entity) ? undefined : topic;

  /** The one subject that fits the innermost heading that names any gives, else the title's (none past a heading no pack reads). */
  function framedSubject(ok: (e: EntityRef) => boolean): EntityRef | undefined {
    for (let i = (context.sections?.length ?? 0) - 1; i >= 0; i--) {
      const named = context.sections![i]!.entities.filter(ok);
      if (named.length === 0 && context.sections![i]!.opaque) return undefined;
      if (named.length > 0) return named.length === 1 ? named[0] : undefined;
    }
    const topic = context.topic.filter(ok);
    return topic.length === 1 ? topic[0] : undefined;
  }

  /** The subject the section's heading or the page's title gives, when nothing in or just before the sentence rules it out. */
  function plainSubject(): { entity: EntityRef; via: SubjectVia } | undefined {
    // "Twelve people were killed by that fire": a distal demonstrative points back at another thing of its type, not at the
    // page's or the section's.
    if (!referring && descriptions !== undefined && pointsBack(text, descriptions.noun)) return undefined;
    // "This spring, “Harbour Lights” topped the charts. The rural list won 12 seats": the paragraph is on a title no pack knows.
    if (context.previousSentences.at(-1)?.title !== undefined) return undefined;
    // A sentence that names something we cannot type, or several things at once, has a subject of its own; so has one
    // naming a product we do not know by its maker's name and a version ("Acme 2 是…", "Acme 3 was trained on …").
    if (mentions.some((m) => m.entity.type === 'unknown' || m.entity.type === AMBIGUOUS || (!fits(m.entity) && MAKER_VERSION.test(text.slice(m.end, m.end + 8))))) return undefined;
    // "Greater Brennholt, which takes in …, had about 1.08 million inhabitants": a sentence that opens on a name with figures of
    // its own, whose verb takes the figure, is about that name; a figure its attribute cannot give it is no one's, not the page's
    // ("Veltrane has kept the list price at $21,400": the name acts on another thing's figure; a name that reports a figure,
    // "Corvalia recorded 17 deaths", is where it was counted).
    const opening = mentions[0];
    if (
      !referring &&
      opening !== undefined &&
      at !== undefined &&
      opening.start <= OPENING_REACH &&
      /^\s*(?:the\s+)?$/iu.test(text.slice(0, opening.start)) &&
      opening.end <= at.start &&
      OWN_VERB_THEN_FIGURE.test(text.slice(opening.end, at.start).replace(/^\s*,[^,;]*,/u, '')) &&
      !fits(opening.entity) &&
      descriptions?.holdsFigures?.(opening.entity) === true &&
      !/^['’]s?(?![\p{L}])/u.test(text.slice(opening.end)) &&
      !REPORTED_BY.test(text.slice(opening.end, at.start))
    ) {
      return undefined;
    }
    // "This spring, River Party did well. The rural list won 12 seats": the sentence before opens on another thing of the kind,
    // which the sentence may go on about as well as the heading's (a member of its line, "the 9B", is no other thing).
    // A paragraph's first sentence goes on from the last sentence before it that named anything ("Als Spitzenmodell kommt der X Max
    // … ¶ Mit dem größeren Akku schafft er 720 Kilometer …").
    const previous = context.previousSentences.length > 0 ? context.previousSentences.at(-1) : context.lastSentence;
    const recent = referring ? undefined : previous?.mentions.find((m) => meant(m.entity));
    const opensOn = recent !== undefined && recent.start <= OPENING_REACH;
    // "North Party shared the stage with River Party. In its best week, the list won 12 seats": "its" may be either name before.
    const owned = !referring && /(?<![\p{L}])(?:its|their)(?![\p{L}])/iu.test(before);
    const named = owned ? new Set((context.previousSentences.at(-1)?.mentions ?? []).filter((m) => meant(m.entity)).map((m) => m.entity.id)) : undefined;
    const unlessRecent = (found: { entity: EntityRef; via: SubjectVia }) =>
      (opensOn && !oneLine(recent!.entity, found.entity, descriptions)) || (named !== undefined && named.size > 1) ? undefined : found;
    for (let i = (context.sections?.length ?? 0) - 1; i >= 0; i--) {
      const named = context.sections![i]!.entities.filter(meant);
      if (named.length === 0 && context.sections![i]!.opaque) return undefined;
      if (named.length === 1) return unlessRecent({ entity: named[0]!, via: 'heading' });
      if (named.length > 1) return undefined;
    }
    const topic = context.topic.filter(meant);
    if (topic.length === 1) return unlessRecent({ entity: topic[0]!, via: 'title' });
    // "The Lark fever outbreak is spreading. Around 60 cases have been confirmed.": on a page whose title names nothing it
    // could be of, a sentence that names nothing goes on about the thing the sentence before it in its paragraph opened on,
    // when that sentence named no other thing it could be of.
    const opener = context.previousSentences.at(-1)?.opener;
    if (!referring && topic.length === 0 && opener && meant(opener) && context.previousSentences.at(-1)!.mentions.filter((m) => meant(m.entity)).length === 1 && subjectless(before)) {
      return { entity: opener, via: 'reference' };
    }
    // "The rover weighs 26 kg" on a page that names no rover, where the packs know one: that one, if the page names nothing
    // the attribute could describe.
    const only = noun !== undefined && context.topic.length === 0 ? descriptions!.only(noun) : undefined;
    return only && fits(only) ? unlessRecent({ entity: only, via: 'reference' }) : undefined;
  }
}

/** A capitalised word of a nationality or a region before a noun ("the Italian handset", "the Nordic chain"): no name. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|ic)$/u;
/** A phrase of time, place or manner that opens a sentence, up to its comma: "In our tests, ", "Overall, ", "Since May, ". */
const FRONTED_OPENING =
  /^\s*(?:in|on|at|for|with|by|from|after|before|during|over|under|despite|unlike|like|since|as|when|while|however|also|meanwhile|overall|today|now|still|then|yet|\p{L}+ing)(?![\p{L}])[^,;:.!?]{0,60},\s*/iu;
/** Scripts written without spaces between words, where a "word" is a whole clause. */
const NO_SPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A word of a name: capitalised, with a capital inside or holding a digit ("Zento", "zPhone", "Q9", "X3"), or a number after such a word ("Zento 5"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}+&]*|\p{Ll}+\p{Lu}[\p{L}\p{N}+]*|[\p{L}]*\p{N}[\p{L}\p{N}+]*)(?:['’]s?)?$/u;

/**
 * Whether the sentence's clause (at its start, or past a fronted clause or a cited source) opens, before `end`, on a name no
 * pack reads: capitalised words or words with a digit that no mention covers, one of them mixing letters and digits or with a
 * capital inside ("Zento Q9 weighs", "the ZentoPhone", "vLLM serves"), or (after an article, or past a fronted clause) two
 * capitalised words ("The Quorra Mobile handset"); at the sentence's start, not an opening word or a verb's form. Capitalised words a colon follows are a label. A month, a nationality before a noun ("the
 * Italian handset") and the speaker of reported speech ("Zento Labs said the handset …") are no such subject.
 */
export function unreadNameOpens(text: string, mentions: readonly Mention[], end: number): boolean {
  const fronted = FRONTED_OPENING.exec(text);
  const starts = new Set([0, openingEnd(text), fronted ? fronted[0].length : 0]);
  for (const start of starts) {
    if (start >= end) continue;
    const clause = text.slice(start, end);
    const lead = new RegExp(String.raw`^[\s"“'‘(,，]*(?:((?:${ARTICLES}|a|an|this|that|these|those)\s+))?`, 'iu').exec(clause)!;
    const words: { word: string; at: number }[] = [];
    const re = /[^\s]+/gu;
    re.lastIndex = lead[0].length;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const word = m[0].replace(/[,;:.!?)]+$/u, '');
      if (!NAME_WORD.test(word) || (words.length === 0 && /^\p{N}/u.test(word)) || NO_SPACED_SCRIPT.test(word)) break;
      words.push({ word, at: start + m.index });
      if (word !== m[0] || /['’]s?$/u.test(word)) break;
    }
    if (words.length === 0) continue;
    const first = words[0]!.word.replace(/['’]s?$/u, '');
    // At the sentence's very start every word is capitalised: there an opening word, a verb's form ("Using …", "Released …") or
    // one plain word ("Battery life is …") is no name.
    const initial = lead[1] === undefined && start === 0;
    // Some languages capitalise every noun ("Der Flug", "Im Vergleich"): a name needs a word that mixes letters and digits or has
    // a capital inside ("Z5", "ZentoPhone", "vLLM"), or, after an article or inside the sentence, two capitalised words.
    // An acronym in capitals alone ("The EU unit", "The NHI price") is no such mark: it names a market or a body as often.
    const marked =
      words.some((w) => /\p{L}/u.test(w.word) && /\p{N}/u.test(w.word)) ||
      words.some((w) => /.\p{Lu}/u.test(w.word.replace(/['’]s?$/u, '')) && /\p{Ll}/u.test(w.word.replace(/['’]s?$/u, '')));
    if (!marked && (initial || words.length < 2)) continue;
    if (initial && (OPENING_WORDS.has(first.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first))) continue;
    if (isMonthName(first.toLowerCase())) continue;
    if (words.length === 1 && DEMONYM.test(first)) continue;
    // Every word read as a name already (or part of one): nothing unread.
    if (words.every((w) => mentions.some((m) => m.start <= w.at && m.end > w.at))) continue;
    const last = words.at(-1)!;
    // "The Pro Max version weighs …": a variant named by its word is for the variant reading, after this.
    if (/^\s+(?:version|model|variant|edition|trim)s?(?![\p{L}])/iu.test(text.slice(last.at + last.word.length))) continue;
    // "Longer Context Support: we extended …": capitalised words that a colon follows are a label, not a subject (unless they
    // hold a number, as a name does: "Zento Q9: 210 g").
    if (!words.some((w) => /\p{N}/u.test(w.word)) && /^[^.;!?]{0,40}:/u.test(text.slice(last.at + last.word.length))) continue;
    if (/^[^,.;:!?]{0,40}?\s(?:said|says|told|added|noted|reported|wrote|according)(?![\p{L}])/iu.test(text.slice(last.at + last.word.length, end))) continue;
    return true;
  }
  return false;
}

/** In an opening, after its owner, a pronoun that stands for another thing: "After X acquired it,", "Before X sued them,". */
const OTHER_IN_OPENING = /(?<![\p{L}])(?:it|them|him|her|rivals?|competitors?|ihn)(?![\p{L}])/iu;
/** Before the owner of a cited source: "According to Tessaline's annual report," (the possessive after it). */
const OWNER_OF_SOURCE = /^\s*according\s+to\s+(?:the\s+)?$/iu;
/** Before the subject of a fronted clause of time: "After Tessaline cut …", "Shortly before Tessaline's listing", "Après que Tessaline …". */
const SUBJECT_OF_FRONTED =
  /^\s*(?:(?:shortly|soon|just|right|long|even|only)\s+)?(?:after|before|following|since|once|après\s+qu['’e]\s*|avant\s+qu['’e]\s*|depuis\s+qu['’e]\s*|después\s+de\s+que|antes\s+de\s+que|desde\s+que|dopo\s+che|prima\s+che|depois\s+que|após)(?:\s+the)?\s*$/iu;

/**
 * The owner of the source an opening phrase cites ("According to Tessaline's annual report,") or the subject of a fronted clause
 * of time ("After Tessaline cut its prices,"), when a description of its type opens the main clause and stands for it: the only name
 * of the sentence (`rivals`, those that may be its subject) and of the context the description could stand for. A source's
 * speaker ("According to analysts at Quillon,") is no owner; "the company's largest supplier" is another thing.
 */
function openingOwner(
  text: string,
  rivals: readonly Mention[],
  at: Span,
  source: number,
  noun: string,
  attribute: PackAttribute,
  descriptions: Descriptions,
  context: SubjectContext,
  fits: (e: EntityRef) => boolean,
): EntityRef | undefined {
  const owner = rivals[0];
  if (owner === undefined || owner.end > source || rivals.some((m) => m.entity.id !== owner.entity.id || m.end > source)) return undefined;
  if (!descriptions.describes(noun, owner.entity)) return undefined;
  const before = text.slice(0, owner.start);
  const cite = openingsOf(text).source;
  if (owner.end <= cite ? !(OWNER_OF_SOURCE.test(before) && /^['’]s?\s/u.test(text.slice(owner.end, cite))) : !SUBJECT_OF_FRONTED.test(before.slice(cite))) return undefined;
  // "After Halden acquired it,", "After Halden bought a regional grocer,", "According to Halden's complaint against the firm,":
  // the opening names another thing the description may stand for (a pronoun, or a noun of a type), so no owner.
  const opening = text.slice(owner.end, source);
  if (OTHER_IN_OPENING.test(opening) || opening.split(/[^\p{L}-]+/u).some((w) => w.length > 2 && descriptions.noun.test(w) && descriptions.noun.exec(w)?.[0].length === w.length)) return undefined;
  const main = text.slice(source, at.start);
  // "the company it sued had revenue …", "the company that it bought": a description with a clause of its own is another thing.
  if (new RegExp(String.raw`(?<![\p{L}])${escapePattern(noun)}\s+(?:it|they|that|which|who|whom|he|she|we)(?![\p{L}])`, 'iu').test(main)) return undefined;
  // "the company's revenue", "the company's annual sales": a possessive description owns the figure's own noun, a word or two
  // before it at most; "the company's largest supplier had revenue of …" is of another thing.
  const possessed = new RegExp(String.raw`(?<![\p{L}])${escapePattern(noun)}['’]s?\s+`, 'iu').exec(main);
  if (possessed) {
    const words = [...attribute.triggers, attribute.label].map(spacedPattern);
    if (!new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}?(?:${words.join('|')})(?![\p{L}])`, 'iu').test(main.slice(possessed.index + possessed[0].length))) return undefined;
  }
  // The context before offers no other thing the description could stand for: the paragraph's sentences, the heading, the title.
  const other = (e: EntityRef) => fits(e) && descriptions.describes(noun, e) && e.id !== owner.entity.id;
  if (context.previousSentences.some((p) => p.mentions.some((m) => other(m.entity)))) return undefined;
  const heading = [...(context.sections ?? [])].reverse().find((s) => s.entities.some(fits));
  if ((heading?.entities ?? context.topic).some(other)) return undefined;
  return owner.entity;
}

/** "the Pro version", "die Max-Version", "la version Pro", "das Topmodell „Max“", "Pro版": the word that names a variant. */
const VARIANT_NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}+]*)[”"»“]?\s*-?\s*(?:version|model|variant|trim|edition|Version|Modell|Variante)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:version|modèle|variante|versión|modelo|Version|Modell|Variante|Topversion|Top-Version|Topmodell|Basisversion)\s+[„"“«]?\s*(\p{Lu}[\p{L}\p{N}+]*)` +
    String.raw`|(?<![\p{L}\p{N}])([A-Z][A-Za-z\d+]*)\s*版`,
  'gu',
);
/** Words before "version" or "model" that name no variant of their own ("This version", "the Standard model", "the European version"). */
const NOT_A_VARIANT_WORD =
  /^(?:The|This|That|These|Those|Each|Every|Its|Their|Our|Any|Which|One|New|Old|Base|Basic|Standard|Regular|Entry|Top|First|Second|Third|Final|Latest|Current|Previous|Next|European|Chinese|American|Global|International|US|EU|UK|Die|Der|Das|Diese|Dieses|La|Le|Les|El|Los|Las|Cette|Ce|Este|Esta)$/u;

/** The word that names a variant in `text` ("Pro" in "the Pro version"), unless it is a word of another kind. */
function namedVariant(text: string): string | undefined {
  for (const m of text.matchAll(VARIANT_NAMED)) {
    const word = m[1] ?? m[2] ?? m[3];
    if (word !== undefined && !NOT_A_VARIANT_WORD.test(word)) return word;
  }
  return undefined;
}

/**
 * A variant of a line named by where it stands in the range: "the top version", "its fastest model", "the base trim",
 * "el modelo más potente", "la version la plus puissante", "das Topmodell", "die Basis-Version", "顶配车型", "入门版".
 */
const VARIANT_DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:most|least)\s+[\p{L}-]+|top|top-of-the-range|top-end|top-spec|range-topping|flagship|high-end|base|entry|entry-level|cheapest|priciest|fastest|quickest|most\s+powerful)\s+(?:model|version|variant|trim|edition|configuration)s?(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:modelo|versión|variante|modèle|version|versione|modello)\s+(?:(?:la|le|el|il)\s+)?(?:más|menos|plus|moins|più)\s+\p{L}+` +
    String.raw`|(?<![\p{L}])(?:Top|Basis|Einstiegs|Spitzen)-?(?:[Vv]ersion|[Mm]odell|[Vv]ariante)(?![\p{L}])|顶配|頂配|高配|低配|入门版|入門版|基础版|基礎版`,
  'iu',
);

/** "that", "those" before a noun, in the languages news is written in ("jenes", "ce … -là" aside). */
const DISTAL = /(?<![\p{L}])(?:that|those|aquel|aquella|aquellos|aquellas|jener|jene|jenes|jenem|jenen)\s+/giu;

/** Whether a distal demonstrative stands before a type noun ("by that fire", "those phones"). */
function pointsBack(text: string, typeNoun: RegExp): boolean {
  DISTAL.lastIndex = 0;
  for (let m = DISTAL.exec(text); m !== null; m = DISTAL.exec(text)) {
    if (typeNoun.exec(text.slice(m.index + m[0].length))?.index === 0) return true;
  }
  return false;
}

/**
 * "The model was …", "This 405-billion parameter model features …", "The phone has …": a definite noun
 * phrase of a type noun that opens the sentence (after a linking adverb). Elsewhere in a sentence, and
 * with a superlative or an ordinal ("the best model", "the first model"), it names something else.
 */
function definiteReference(before: string, typeNoun: RegExp): string | undefined {
  // "该货船长300米", "这艘货船": a Chinese demonstrative and a classifier, then a type noun the next character may follow.
  const han = HAN_OPENING.exec(before);
  if (han) {
    // A classifier may stand between: "这艘货船", "该款模型".
    const after = before.slice(han[0].length);
    const rest = CJK_MEASURE_WORDS.has(after[0] ?? '') ? after.slice(1) : after;
    for (let n = Math.min(6, rest.length); n >= 1; n--) {
      const candidate = rest.slice(0, n);
      if (/^\p{Script=Han}+$/u.test(candidate) && typeNoun.test(candidate)) return candidate;
    }
  }
  // "The budget of the film was …", "Das Budget des Films betrug …": the sentence opens on something its type owns.
  const owner = OWNER_DESCRIPTION.exec(before);
  if (owner) {
    const noun = typeNoun.exec(owner[1]!)?.[0];
    if (noun !== undefined && (noun === owner[1] || noun === owner[1]!.replace(/e?s$/iu, ''))) return noun;
  }
  // "Nordline announced the ship cost …": a clause that reports the sentence may open it, unless the description opens it.
  const reported = REPORTING_OPENING.exec(before);
  const opening = OPENING_DESCRIPTION.exec(before) ?? (reported ? OPENING_DESCRIPTION.exec(before.slice(reported[0].length)) : null);
  if (!opening) return undefined;
  const words = opening[3]!.trim().split(/\s+/).filter((w) => w !== '');
  if (words.some((w) => SUPERLATIVE.test(w))) return undefined;
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    const noun = typeNoun.exec(tail)?.[0];
    if (noun === undefined) continue;
    // "The models support …", "these phones": several things, not the one name met last ("the model's weights" is one).
    const plural = PLURAL_DETERMINER.test(opening[1] ?? '') || (noun === tail && /s$/iu.test(noun) && typeNoun.exec(noun.slice(0, -1))?.[0] === noun.slice(0, -1));
    return plural ? undefined : noun;
  }
  // "The lunar orbiter cost …", "the new rocket": a word or two more, no function word or mark between, ending on the type
  // noun. Not after "our" or "its" ("Our final model has 11B parameters" may be the writers' own thing, not the page's).
  if (/^(?:our|its)$/iu.test(opening[1] ?? '')) return undefined;
  const more = [...words];
  for (const w of before.slice(opening.index + opening[0].length).split(/\s+/u).filter((x) => x !== '')) {
    if (more.length >= 3 || !/^[\p{L}\p{N}'’-]+$/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || SUPERLATIVE.test(w)) break;
    more.push(w);
    const noun = typeNoun.exec(w)?.[0];
    if (noun === undefined || noun !== w) continue;
    // "The descent module": words that with the noun make another type's noun leave the description to no one.
    if (more.slice(0, -1).some((_, k) => typeNoun.exec(more.slice(k).join(' '))?.[0] === more.slice(k).join(' '))) return undefined;
    const plural = PLURAL_DETERMINER.test(opening[1] ?? '') || (/s$/iu.test(noun) && typeNoun.exec(noun.slice(0, -1))?.[0] === noun.slice(0, -1));
    return plural ? undefined : noun;
  }
  return undefined;
}

/** A sentence opening on a Chinese demonstrative: "该", "这", "這", "此". */
const HAN_OPENING = /^\s*(?:该|該|此|这|這)/u;

const OPENING_DESCRIPTION = new RegExp(
  String.raw`^\s*(?:(?:also|additionally|moreover|further(?:more)?|meanwhile|however|still|overall|in addition|as a result|in practice|in short)\s*,?\s*)?(?:(${ARTICLES}|this|that|these|those|our|its|ce|cet|cette|ces|este|esta|estos|estas|questo|questa|questi|queste|dieser|dieses|deze|dit)\s+|(l['’]))((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}]+)(?=[\s,;:]|$)`,
  'iu',
);
/**
 * A clause that reports what follows, opening a sentence: "Nordline said (that)", "officials told reporters",
 * "According to Nordline,", "Selon Nordline,", "Según Nordline,".
 */
/**
 * A clause that says who speaks, opening a sentence, with the words of speech only ("The agency said (that)", "officials
 * told reporters that", "The agency noted that", "According to the agency,", "Selon l'agence,"): "The company reported revenue
 * of …" and "The film added $31 million" are no such clause.
 */
/** "According to X,", "Selon X,": who speaks, in a phrase before the sentence. */
const ACCORDING_TO = String.raw`(?:according\s+to|selon|d['’]après|según|de\s+acuerdo\s+con|secondo|stando\s+a|segundo|de\s+acordo\s+com|nach\s+Angaben\s+(?:von|des|der))\s+[^,.;:!?]{1,120},\s*`;
/**
 * A phrase opening the sentence that names a source: "According to X,", "Selon X,", "Según X,", "Laut X", "Secondo X,",
 * "Segundo X,", "据X，", "根据X的数据，", "Xによると、". A name in it is who says, not what the sentence is about.
 */
const SOURCE_OPENING = new RegExp(
  String.raw`^\s*(?:${ACCORDING_TO}|laut\s+[^,.;:!?]{1,60}?\s+(?=(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|zählt|zählte|beträgt|betrug|liegt|lag|transportiert|beförderte|befördert|kostet|kostete)\s)|(?:据|據|根据|根據)[^，,。；;]{1,40}[，,]\s*|[^。、，,]{1,40}?(?:によると|によれば)[、，,]?\s*)`,
  'iu',
);
/**
 * A clause of time or circumstance opening the sentence, up to its comma: "After delivery of the trams for Line 9 in May,",
 * "Following the merger,", "With Line 9 open,", "Nach der Eröffnung der Linie 9,", "Tras la apertura de la Línea 9,". Its names
 * and its dates are its own, not the main clause's subject or date.
 */
const FRONTED_CLAUSE =
  /^\s*(?:(?:shortly|soon|just|right|long|even|only)\s+)?(?:after|before|following|since|with|once|upon|nach|vor|seit|mit|après|avant|depuis|avec|tras|después\s+de|antes\s+de|desde|dopo|prima\s+di|após|depois\s+de)(?![\p{L}])(?:[^,;:.!?，；。]|(?<=\d)[.,](?=\d)){1,120},/iu;
/**
 * Where a sentence's opening source phrase and fronted clause end (0 where there is none), for the last sentence asked: every
 * figure and value of a sentence asks (nearestBefore, contextSubject, the prose reader), and the sentence is read once.
 */
let openings: { text: string; source: number; fronted: number } | undefined;
function openingsOf(text: string): { source: number; fronted: number } {
  if (openings?.text !== text) {
    const m = FRONTED_CLAUSE.exec(text);
    // "Since 2015 part of it has been bought from X, a gas-fired plant": a date alone, with no comma after it, is the whole
    // fronted phrase; the main clause follows it, not the comma.
    openings = { text, source: SOURCE_OPENING.exec(text)?.[0].length ?? 0, fronted: m && !DATE_ALONE_AFTER_OPENER.test(m[0]) ? pastAppositive(text, m[0].length) : 0 };
  }
  return openings;
}
/** Where such a clause ends (past its comma), when one opens the sentence; else 0. */
export const frontedClauseEnd = (text: string): number => openingsOf(text).fronted;
/** Where a cited source's phrase or a fronted clause that opens the sentence ends; else 0. */
const openingEnd = (text: string): number => Math.max(openingsOf(text).source, openingsOf(text).fronted);
const DATE_ALONE_AFTER_OPENER = /^\s*\p{L}+(?:\s+(?:de|di))?\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of|then)\s*)?(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\s+)?(?:\d{4}|then)\s+(?!and\s|or\s)\p{L}/u;

/** Verbs that report what follows: "said" and "says" alone, the others (and "told reporters") as speech only before "that". */
const REPORT_VERBS = 'added|adds|noted|notes|stated|states|reported|reports|announced|announces|confirmed|confirms|estimated|estimates';
const TOLD = String.raw`told\s+(?:[\p{L}-]+\s+){1,3}?(?=that\s)`;
const reportingOpening = (verbs: string) => new RegExp(String.raw`^\s*(?:${ACCORDING_TO}|[^,.;:!?]{1,60}?\s+(?:said|says|${TOLD}|${verbs})\s*,?\s*(?:that\s+)?)`, 'iu');
const SPEAKER_OPENING = reportingOpening(String.raw`(?:${REPORT_VERBS})\s+(?=that\s)`);
const REPORTING_OPENING = reportingOpening(REPORT_VERBS);
/** "The budget of the film …", "The launch cost of the probe …", "Das Budget des Films …", "Le budget du film …": the sentence opens on what its type owns. */
const OWNER_DESCRIPTION = new RegExp(
  String.raw`^\s*(?:(?:${ARTICLES}|its)\s+|l['’])(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:of\s+the|of\s+this|des|du|de\s+la|de\s+l['’]|del|della|dello|dell['’]|do|da|van\s+de|van\s+het)\s*([\p{L}-]+)(?=[\s,])`,
  'iu',
);

/** Determiners of several things: "these models", "les avions", "gli aerei". */
const PLURAL_DETERMINER = /^(?:these|those|les|ces|los|las|estos|estas|gli|i|questi|queste|os|as|deze)$/iu;
const SUPERLATIVE = /^(?:best|worst|most|least|first|last|only|next|previous|other|same|largest|smallest|biggest|latest|newest|oldest|\p{L}+est|\d+(?:st|nd|rd|th))$/iu;

/**
 * "with Varga piling up seven victories, Solberg's remarkable effort - two records, three gold medals": a capitalised word's
 * possessive (after one capitalised word or none: "Mira Solberg's") over a word in lower case that opens a phrase after a comma or a dash between a name and the figure, read as
 * no name and in no aside the figure is not in, owns the phrase the figure stands in ("X is Corvane's first open model" is
 * X's); the figure is not the name's ("(after Ardenia's Tomas Brenner)" owns nothing).
 */
export function unknownPossessorBetween(text: string, mentions: readonly Mention[], parens: readonly Span[], m: Mention, at: Span): boolean {
  for (const p of text.slice(m.end, at.start).matchAll(/(?<=[,;–—]\s*(?:(?:and|but|while)\s+)?)(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*(?:['’]s|s['’])(?=\s+\p{Ll})/gu)) {
    const start = m.end + p.index;
    if (!mentions.some((n) => n.start <= start && n.end > start) && !parens.some((q) => q.start <= start && q.end > start && !(q.start <= at.start && q.end > at.start))) return true;
  }
  return false;
}

/**
 * "not quite at the Varga standard, claiming four golds", "a swimmer of the Varga era": a person's name right after "the" and
 * before a noun in lower case (or glued to it by a hyphen: "the Varga-era records") only modifies that noun; it names a
 * standard, an era, a family, never the person the sentence's figures are of. People are not named with "the" before them,
 * so only a name of a type the packs call people is read so ("The Zephyr comes with …" keeps its product).
 */
export function personNameAsModifier(peopleTypes: ReadonlySet<string>, text: string, m: Mention): boolean {
  if (!peopleTypes.has(m.entity.type)) return false;
  if (!/(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  const next = /^(?:[-‐]|\s+)(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(m.end, m.end + 40));
  return next !== null && !FUNCTION_WORDS.has(next[1]!);
}

/** Capitalised words whose possessive names no owner of a figure: a time ("Today's", "Last year's") or a page's own common noun after "the" ("the Company's"). */
const NO_OWNER_POSSESSIVE = /^(?:today|tomorrow|yesterday|this|last|next|year|month|week|quarter|season|day|night|world|nation|country|company|group|firm|team)$/iu;
/**
 * "Halden Dynamics' team of 25 people", "Brightwell's staff of 40": a possessive of a capitalised name no pack knows right
 * before the figure's phrase (at most two lower-case words between) owns the phrase; the figure is no other name's, nor the
 * page's subject's. (Not a time, "Today's team of 40", nor one word after "the", a common noun written with a capital: "the Company's 1,100 staff",
 * "the Metro's fleet".)
 */
export function unknownPossessorOpens(text: string, mentions: readonly Mention[], at: Span): boolean {
  const lead = text.slice(Math.max(0, at.start - 80), at.start);
  const m = /(?<![\p{L}\p{N}'’])((?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(lead);
  if (!m) return false;
  const start = at.start - lead.length + m.index;
  if (mentions.some((n) => n.start < start + m[1]!.length && n.end > start)) return false;
  const words = m[1]!.split(/\s+/u).filter((w, i) => i > 0 || !/^(?:the|a|an|our|its|their|this|that)$/iu.test(w));
  if (words.every((w) => NO_OWNER_POSSESSIVE.test(w))) return false;
  // "the Metro's fleet", "The Company's team": one capitalised word after "the" is a common noun written with a capital.
  const the = words.length === 1 && (/^the\s/iu.test(m[1]!) || /(?<![\p{L}])the\s+$/iu.test(lead.slice(0, m.index)));
  return !the;
}

/**
 * "from Silicon Valley-based Brightwell Ventures": the attribute's own trigger glued to the value by a hyphen ("-based"), then
 * a capitalised name no pack knows (no mention starts there): the value is an adjective of that name, no one else's.
 */
function gluedToUnknownName(text: string, value: Span, mentions: readonly Mention[], attribute: PackAttribute): boolean {
  const m = /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?([-‐][\p{L}]+)\s{1,2}(?:the\s+)?(?=\p{Lu}\p{Ll})/u.exec(text.slice(value.end, value.end + 60));
  if (!m || !attribute.triggers.some((t) => /^[-‐]/u.test(t) && t.slice(1).toLowerCase() === m[1]!.slice(1).toLowerCase())) return false;
  const at = value.end + m[0].length;
  return !mentions.some((n) => n.start <= at && n.end > at);
}
