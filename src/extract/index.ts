// Reading one document: its blocks and tables in order, each sentence's names typed by what the document
// says of them, and the context (title, section headings, the names met so far) that subjects fall back on.
import { dayPeriod, findDates, pageDateWord, type DateMatch, type Day } from '../normalise/dates.js';
import type { NumberFormat } from '../normalise/numbers.js';
import { findMentions, resolveName, type Mention } from '../normalise/entities.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, Quantity, TimeScope } from '../types.js';
import type { RawClaim } from './raw-claim.js';
import { inRange } from './attributes.js';
import { withdrawCorrected, withdrawDenied, withdrawRejected } from './corrections.js';
import { compatible } from './subjects.js';
import { namesPart } from './context.js';
import { inLabelRecord, markRecordOptions, recordNames } from './label-block.js';
import { FUNCTION_WORDS } from './figure-phrases.js';
import { extractFlattenedTables } from './readers/flattened-tables.js';
import { extractBlockClaims, newProseState, notePartsNamed, opensOnTime, readSentences, rememberNames, YEAR_WRITTEN, type ProseState, type SentenceReading } from './readers/prose.js';
import { noteCaption } from './captions.js';
import { titledSharedAlias } from './shared-aliases.js';
import { answerClaims, conditionCaption, labelClaims, labelHeading, opensWorkedExample, requirementHeading, underConditions, workedExampleHeading, type Question } from './readers/labels.js';
import { modalityAt } from './modality.js';
import { extractPeriodGrid, extractPeriodTable } from './readers/period-tables.js';
import { extractSpecSheet } from './readers/spec-sheets.js';
import { eventForLabel, extractTableClaims, HEADER_MARK_BEFORE, underGroupedHeaders } from './readers/tables.js';
import type { DocumentSegments, Segment, TableSegment } from './segments.js';
import { DocumentTypes, typeEvidence } from './typing.js';
import { headingPeriodLength, periodCues, periodNamedAt } from './period-length.js';
import { placeYearPeriod } from './place-year-lines.js';
import { codePointBefore, escapePattern } from '../packs/phrases.js';

export interface DocumentInput {
  /** The document's front matter (already parsed). */
  frontMatter: Record<string, unknown>;
  /** Its date, for relative dates. */
  today?: Day;
  format: 'markdown' | 'text';
  /** How the document writes numbers (src/normalise/number-format.ts). */
  numberFormat?: NumberFormat;
}

const unique = (entities: EntityRef[]) => {
  const seen = new Map<string, EntityRef>();
  for (const e of entities) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
};

/**
 * What an article is about: the names of its title (front matter `title`, else its first top-level
 * heading, else its first short block), typed as the document types them.
 */
function titleOf(lexicon: Lexicon, input: DocumentInput, blocks: readonly Segment[], readings: SentenceReading[][], types: DocumentTypes): EntityRef[] {
  const title = input.frontMatter.title;
  if (typeof title === 'string') {
    const mentions = apposedAway(title, findMentions(lexicon, title));
    typeEvidence(lexicon, title, mentions).forEach((type, i) => types.note(mentions[i]!.entity, type));
    return unique(mentions.map((m) => types.typed(m.entity)));
  }
  const first = blocks.findIndex((b) => b.source === 'heading' && b.depth === 1);
  // A record of label lines with no heading: its "title:" or "name:" line, wherever it stands (label-block.ts).
  const record = first === -1 ? recordNames(blocks, readings) : undefined;
  if (record) return unique(record.map((m) => m.entity));
  const index = first !== -1 ? first : blocks[0] && blocks[0].text.length <= 200 ? 0 : -1;
  if (index === -1) return [];
  const sentences = readings[index]!;
  if (sentences.length === 1) return unique(apposedAway(sentences[0]!.text, sentences[0]!.mentions).map((m) => m.entity));
  return unique(sentences.flatMap((r) => r.mentions.map((m) => m.entity)));
}

/**
 * A title that opens on a name, a comma and a description of it ("X, the new satellite of Y", "X, le nouveau satellite de Y",
 * "X, el cohete de Y") is about that name: the names the description holds (an owner, a maker) are not its topic.
 */
function apposedAway<M extends { start: number; end: number }>(title: string, mentions: M[]): M[] {
  const first = mentions[0];
  if (!first || mentions.length < 2 || /\S/u.test(title.slice(0, first.start).replace(/^[\s#*_"“]+/u, ''))) return mentions;
  return TITLE_APPOSITIVE.test(title.slice(first.end)) ? [first] : mentions;
}
/** After a title's first name: a comma and an article that opens a description of it. */
const TITLE_APPOSITIVE =
  /^\s*,\s*(?:the|a|an|le|la|les|l['’]|un|une|el|los|las|il|lo|gli|uno|una|der|die|das|ein|eine|einer|o|os|um|uma)(?![\p{L}])/iu;

/**
 * The depth of the section an introduction ("Specifications of X:") or a line of bold words ("**Full-year 2023 highlights**")
 * opens: deeper than any heading, so any heading closes it, and the next such line too.
 */
const INTRODUCTION = 7;
/** A bold paragraph that is a short line of words, with no sentence inside (no figure but a year or a period's code, tested apart). */
const BOLD_LINE = /^(?![^\n]*:\s*$)\s*[^\n.!?]{3,80}$/u;
/** A year and the codes of a quarter, a half or a fiscal year ("2023", "Q4", "H1", "FY2024", "4Q"): the figures a bold line may hold. */
const PERIOD_CODES = /(?<![\p{L}\d])(?:(?:19|20)\d\d|Q[1-4]|[1-4]Q|H[12]|FY\s?(?:(?:19|20)?\d\d))(?![\p{L}\d])/gu;
/** The one period a bold line names, with at most three words besides ("First nine months of 2031", "2030 highlights"). */
function boldPeriod(text: string, today?: Day): TimeScope | undefined {
  const dates = findDates(text, today).filter((d) => !d.scope.start.startsWith('~') && d.precision !== 'quarter' && d.precision !== 'half' && d.precision !== 'day');
  if (dates.length !== 1) return undefined;
  const rest = (text.slice(0, dates[0]!.start) + ' ' + text.slice(dates[0]!.end)).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return rest.length <= 3 ? dates[0]!.scope : undefined;
}

/**
 * The one season a heading names ("2024–25 Wexley Rovers season", "2023/24 season"), or the one span of days a chart's
 * heading names ("Weekend box office, July 11–13, 2025", a weekend or a week), which dates the flows and tallies below it
 * that name no date; not one it counts from or to ("since 2019–20").
 */
function headingSeason(text: string, today?: Day): TimeScope | undefined {
  const dates = findDates(text, today);
  const days = dates[0]?.precision === 'day' && dates[0].scope.start !== dates[0].scope.end;
  if (dates.length !== 1 || !(days || /^~\d{4}\/\d\d$/u.test(dates[0]!.scope.start))) return undefined;
  const before = text.slice(0, dates[0]!.start);
  if (HEADER_MARK_BEFORE.test(before) || SEASON_FROM_BEFORE.test(before) || SEASON_ON_AFTER.test(text.slice(dates[0]!.end))) return undefined;
  return dates[0]!.scope;
}
/** Before a heading's season, a word it counts from: "From 2019–20", "Ab 2019/20", "À partir de 2019-20", "Dès 2019-20". */
const SEASON_FROM_BEFORE = /(?<![\p{L}])(?:from|starting|ab|à\s+partir\s+de|a\s+partir\s+de|dès)\s*$/iu;
/** After a heading's season, words that count on from it: "2019–20 onwards", "2019/20 to date", "2019–20 – present". */
const SEASON_ON_AFTER = /^\s*(?:onwards?|on\s*$|and\s+after|to\s+(?:date|the\s+present|present)|[-–—]\s*(?:present|today|now)|\+|en\s+adelante|in\s+poi|et\s+après)/iu;

/** A mark between a label and its date ("Listing – Q3 2021", "Funding: March 2024"). */
const LABEL_MARK = /\s[-–—|·]\s|:/u;
/** Whether a line's words before its first date end on such a mark ("Listing – Q3 2021"), not "Fourth quarter 2024: highlights". */
function labelBeforeDate(text: string, dates: readonly DateMatch[]): boolean {
  return dates[0] !== undefined && LABEL_MARK.test(text.slice(0, dates[0].start));
}

/** Ends the section an introduction opened, if one is open (a prose paragraph keeps a place and a year's: `held`). */
function closeIntroduction(state: ProseState, keepHeld = false): void {
  if (state.sections.at(-1)?.depth === INTRODUCTION && !(keepHeld && state.sections.at(-1)!.held)) state.sections.pop();
}

/**
 * The one name of a paragraph's last sentence, if it names one only, and not as where or with what ("On a single X node:"),
 * unless the sentence names a quantity the name may have ("Container throughput at the port of X:").
 */
function introducedName(sentences: SentenceReading[], quantity: PackAttribute | undefined): EntityRef | undefined {
  const last = sentences.at(-1);
  if (!last) return undefined;
  const names = unique(last.mentions.map((m) => m.entity));
  if (names.length !== 1) return undefined;
  if (quantity && compatible(quantity, names[0]!)) return names[0];
  const where = last.mentions.some((m) => SETTING_BEFORE.test(last.text.slice(Math.max(0, m.start - 40), m.start)));
  return where ? undefined : names[0];
}

/** The one quantity attribute whose triggers a paragraph's last sentence names, if it names one and no figure ("Container throughput at X:"). */
function introducedQuantity(lexicon: Lexicon, sentences: SentenceReading[]): PackAttribute | undefined {
  const last = sentences.at(-1);
  if (!last || /\p{N}/u.test(last.text.replace(/(?<![\p{N}])(?:1[89]|20)\d\d(?![\p{N}])/gu, ''))) return undefined;
  const attributes = new Set(lexicon.triggers(last.text).flatMap((m) => lexicon.triggerAttributes[m.index]!.filter((a) => a.kind === 'quantity')));
  return attributes.size === 1 ? [...attributes][0] : undefined;
}

/** "on a single 8× X node", "in the X", "with X", "using X": a name as the setting of what follows, not its subject. */
const SETTING_BEFORE = /(?<![\p{L}])(?:on|in|at|with|using|via|across|under|for|against|vs\.?|versus|than)\s+(?:[\p{L}\p{N}×x.-]+\s+){0,3}$/iu;

/** An "owner/name" token: a repository, a handle, a path. */
const SLUG = /(?<![\p{L}\p{N}/.-])[A-Za-z0-9][\w.-]+\/[A-Za-z0-9][\w.-]+(?![\p{L}\p{N}/])/u;

/**
 * A heading's last words after a noun of action and "of" (or "de", "di" …; not German's, whose nouns are all capitalised):
 * "Evacuation of Tessby", "Burning of Tessby", "Bombardement de Tessby"; one to three capitalised words. (A noun that
 * describes the name before it, "Pride of Tessby", is no action done to the place.)
 */
const OF_NAME = /\p{L}{2,}(?:tion|sion|ment|ing|ure|age|ance|ence|ción|zione|ção)\s+(?:of|de|d['’]|du|des|di|del|della|do|da)\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*$/u;

/**
 * "Evacuation of Tessby": a heading that ends on an action, "of" and a name, where every word of the name is one the page's text
 * writes only capitalised, and at least once inside a sentence (after a word in lower case), so a name, not a common word
 * in title case ("Evacuation of Residents").
 */
function namesUnreadThing(heading: string, text: string): boolean {
  const found = OF_NAME.exec(heading.trim());
  if (!found) return false;
  return found[1]!.split(/\s+/u).every((word) => {
    const escaped = escapePattern(word);
    const lower = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
    const inside = new RegExp(`\\p{Ll}[,;]?\\s+${escaped}(?![\\p{L}\\p{N}])`, 'u');
    const all = text.match(new RegExp(lower.source, 'giu')) ?? [];
    return inside.test(text) && all.every((w) => w[0] !== w[0]!.toLowerCase());
  });
}

/** A short block that only dates what follows: "Funding - Mar 2024", "Milestone – Feb 2025", "March 2024". */
function dateLabel(lexicon: Lexicon, block: Segment, today?: Day): TimeScope | undefined {
  const text = block.text.trim();
  if (block.source === 'heading' || text.length > 40) return undefined;
  const date = findDates(text, today).find((d) => !d.scope.start.startsWith('~') && d.precision !== 'year');
  if (!date) return undefined;
  const rest = (text.slice(0, date.start) + text.slice(date.end)).trim();
  // A label must name what is dated ("Funding - Mar 2024"); a date alone on its line is the article's dateline, and so is
  // one that says it is the page's ("Published: …", "Updated: …").
  if (pageDateWord(rest) !== undefined) return undefined;
  // "- Commercial operation: 2 June 2025": a list item an event's header labels dates that event, read as a label line (a
  // line of its own before a heading, "Commissioned: June 2023", still dates the next heading's thing).
  if (block.source === 'list' && eventForLabel(lexicon, rest.replace(/\s*[-–—:|·]\s*$/u, '')) !== undefined) return undefined;
  return /^[\p{L}&/ ]{1,24}?\s*[-–—:|·]?\s*$/u.test(rest) && /\p{L}/u.test(rest) ? date.scope : undefined;
}

/**
 * A heading that asks: it ends on a question mark, or opens on a question's words ("How much", "When", "Combien", "Cuánto",
 * "Wie viel", "Quanto") or holds them ("多少", "何", "いくら").
 */
const QUESTION_MARK = /[?？]\s*$/u;
const QUESTION_OPENING =
  /^\s*(?:how\s+(?:much|many|big|large|long|tall|high|fast|heavy|old)|when|what\s+is|what['’]s|combien|quand|quel(?:le)?s?\s+est|cu[aá]nt[oa]s?|cu[aá]ndo|qu[eé]\s+es|wie\s+(?:viel|viele|gro[ßs]|hoch|lang|schwer|alt)|wann|was\s+ist|quant[oaie]|quando|qual\s+[eé]|o\s+que\s+[eé])(?![\p{L}])/iu;
/**
 * The question words of Chinese and Japanese, not inside the words that hold them and ask nothing: 几乎 and 幾乎 (almost),
 * 几十, 几百, 几千, 几万 (dozens, hundreds …), 几何 (geometry), 任何 (any), 何况 (let alone), 何ら, 何も (none at all).
 */
const QUESTION_WORDS = /多少|[几幾](?![乎十百千万萬亿億何])|(?<![任几幾])何(?![况況らも])|いくら|いつ/u;

/**
 * What a question heading asks ("### How much power does X use?"): its one name, and the one quantity of that name its
 * trigger words give, asked of the present or the past (not "How much will X cost?").
 */
function questionOf(lexicon: Lexicon, text: string, entities: readonly EntityRef[]): Question | undefined {
  if (entities.length !== 1 || !(QUESTION_MARK.test(text) || QUESTION_OPENING.test(text) || QUESTION_WORDS.test(text))) return undefined;
  const entity = entities[0]!;
  const found = lexicon.triggers(text);
  const attributes = new Set(found.flatMap((m) => lexicon.triggerAttributes[m.index]!.filter((a) => a.kind === 'quantity' && compatible(a, entity))));
  // (Its words read as a statement: a question mark alone makes any sentence hypothetical.)
  const statement = text.replace(/[?？]\s*$/u, '.');
  if (attributes.size !== 1 || found.some((m) => modalityAt(lexicon, statement, m.start) !== 'asserted')) return undefined;
  return { entity, attribute: [...attributes][0]! };
}

/** An abbreviation: one word of capitals (perhaps with digits, "&", "." or a lower-case letter among them: "HKEx"). */
const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}&.\p{Ll}-]{2,10}$/u;

/** The capitals that open a name's capitalised words: "Varnholm Stock Exchange" → "VSE", "Orlen Trust & Settlement Corporation" → "OTSC". */
const initials = (name: string) => (name.match(/(?<![\p{L}\p{N}])\p{Lu}/gu) ?? []).join('');

/** Capitalised words that end right before a parenthesis (two at least, perhaps "of", "and", "&" between): a name spelled out. */
const SPELLED_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|for|&)\s+)?\p{Lu}[\p{L}'’.-]*)+\s*[(（]\s*$/u;

/**
 * The abbreviations of packs' names that a page spells out as a name no pack knows: capitalised words right before a
 * parenthesis that holds nothing but an alias ("Cadwick Stock Exchange (CSE)", in a title too), where no name a pack knows
 * ends those words. By the alias's text: the spelled-out name, and the ids the alias stands for. The first spelling counts.
 */
function pageAbbreviations(lexicon: Lexicon, readings: SentenceReading[][]): Map<string, { entity: EntityRef; ids: Set<string> }> {
  const found = new Map<string, { entity: EntityRef; ids: Set<string> }>();
  for (const sentences of readings) {
    for (const r of sentences) {
      for (const short of r.mentions) {
        if (!short.entity.known || !ABBREVIATION.test(short.text) || !/^\s*[)）]/u.test(r.text.slice(short.end))) continue;
        const spelled = SPELLED_NAME.exec(r.text.slice(Math.max(0, short.start - 400), short.start));
        if (!spelled) continue;
        const name = spelled[0].replace(/\s*[(（]\s*$/u, '').replace(/^(?:The|A|An)\s+/u, '').replace(/\s+/gu, ' ');
        const end = short.start - (spelled[0].length - spelled[0].replace(/\s*[(（]\s*$/u, '').length);
        // "Varnholm Stock Exchange (VSE)", "Port Anselm Stock Exchange (PASE)": a name a pack knows is no other thing.
        if (!/\s/u.test(name) || r.mentions.some((m) => m !== short && m.end === end && m.entity.known)) continue;
        // Only where the pack says what the abbreviation stands for, as another name ("Varnholm Stock Exchange" for VSE), and
        // the page's is none of its names, "and" and "&" alike ("Orlen Trust and Settlement Corporation" for OTSC).
        const entity = lexicon.entities.get(short.entity.id);
        if (!entity?.aliases.some((a) => initials(a).startsWith(short.text.replace(/[^\p{Lu}]/gu, '')) && /\s/u.test(a))) continue;
        if ([name, name.replace(/\s+and\s+/gu, ' & '), name.replace(/\s*&\s*/gu, ' and ')].some((n) => resolveName(lexicon, n).known)) continue;
        const seen = found.get(short.text);
        if (seen) seen.ids.add(short.entity.id);
        else found.set(short.text, { entity: resolveName(lexicon, name), ids: new Set([short.entity.id]) });
      }
    }
  }
  return found;
}

/** A title that is a name and nothing else: one to four capitalised words (a digit, "&", "." or an apostrophe among them). */
const TITLE_NAME = /^\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’+-]*){0,3}$/u;

/**
 * The page's own subject where no pack names it: a title that is only a name ("Heronbay Works"), which the page's sentences
 * say is a thing of a pack's type ("Heronbay Works is a software company", "Heronbay Works, a design studio, …"). Its
 * occurrences in the page's sentences become mentions of that name, typed by what the page says (below), so that the
 * type's attributes apply to it. A title the packs read as a name already, or one no sentence types, changes nothing.
 */
function namedByTitle(lexicon: Lexicon, input: DocumentInput, blocks: readonly Segment[], readings: SentenceReading[][]): EntityRef | undefined {
  const raw = typeof input.frontMatter.title === 'string' ? input.frontMatter.title : blocks.find((b) => b.source === 'heading' && b.depth === 1)?.text;
  const title = raw?.trim().replace(/\s+/gu, ' ');
  if (!title || title.length > 60 || !TITLE_NAME.test(title)) return undefined;
  if (findMentions(lexicon, title).length > 0) return undefined;
  const entity = resolveName(lexicon, title);
  const added: { r: SentenceReading; m: Mention }[] = [];
  let typed = false;
  for (const sentences of readings) {
    for (const r of sentences) {
      for (const start of wholeWordsAt(r.text, title)) {
        const end = start + title.length;
        if (r.mentions.some((m) => m.start < end && m.end > start)) continue;
        // "released Heronbay Works Monitor": the title's words inside a longer capitalised name are that name's.
        if (/^\s+\p{Lu}/u.test(r.text.slice(end, end + 3)) || /\p{Lu}[\p{L}\p{N}'’.-]*\s+$/u.test(r.text.slice(Math.max(0, start - 30), start))) continue;
        const m: Mention = { start, end, text: title, entity };
        added.push({ r, m });
        typed ||= typeEvidence(lexicon, r.text, [m]).size > 0;
      }
    }
  }
  if (!typed) return undefined;
  for (const { r, m } of added) r.mentions = [...r.mentions, m].sort((a, b) => a.start - b.start);
  return entity;
}

/** Whether a code point is a letter or a digit (`[\p{L}\p{N}]`). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigit = (cp: number) => cp >= 0 && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));

/**
 * Where `text` holds `words` (whole code points, none of them a lone surrogate) with no letter or digit touching either end,
 * left to right, not overlapping: as `(?<![\p{L}\p{N}])words(?![\p{L}\p{N}])` with the flags `gu` would find them, without
 * compiling a pattern for each page's title.
 */
function wholeWordsAt(text: string, words: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(words); at !== -1; ) {
    const end = at + words.length;
    if (!letterOrDigit(codePointBefore(text, at)) && !letterOrDigit(end < text.length ? text.codePointAt(end)! : -1)) {
      found.push(at);
      at = text.indexOf(words, end);
    } else at = text.indexOf(words, at + 1);
  }
  return found;
}

/**
 * Grammar words that a pack's name may also be: capitalised only because they open a sentence, they are that word, not the
 * name. The function words a figure never counts (FUNCTION_WORDS), and more prepositions, quantifiers, pronouns and adverbs.
 */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...(
    'above again all almost along alongside already although always amid amongst another any away back because behind below beneath beside besides ' +
    'beyond both despite either even ever every except few fewer he i inside later like many me much my near neither never none now off often once ' +
    'other our outside own past quite rather same several she some sometimes soon still them they though throughout till today too toward towards ' +
    'underneath unlike until upon us very we well whether yet you your'
  ).split(' '),
]);

/**
 * A pack's one-word name, written capitalised, that is also a common word ("Over", "Around", "Close"), matched where a sentence opens on it: there the
 * capital says nothing, so it is the word, not the name, when it is a grammar word or the page writes it in lower case elsewhere
 * ("Over 500 employees" on another company's page). A name the title gives the page stays the name ("Over is a design app").
 */
function dropCommonWordOpenings(lexicon: Lexicon, readings: SentenceReading[][], blocks: readonly Segment[], topic: readonly EntityRef[]): void {
  let lowerWords: Set<string> | undefined;
  const writtenLower = (word: string) => {
    lowerWords ??= new Set(blocks.flatMap((b) => b.text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []));
    return lowerWords.has(word);
  };
  const titled = new Set(topic.map((e) => e.id));
  for (const sentences of readings) {
    for (const r of sentences) {
      const first = r.mentions[0];
      if (!first || !first.entity.known || titled.has(first.entity.id) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) continue;
      if (/[\p{L}\p{N}]/u.test(r.text.slice(0, first.start))) continue;
      // (A name the pack writes in lower case, "trelizumab", is written so in the text too: its capital is the sentence's.)
      const entity = lexicon.entities.get(first.entity.id);
      if (!entity || ![entity.name, ...entity.aliases].includes(first.text)) continue;
      const word = first.text.toLowerCase();
      if (GRAMMAR_WORDS.has(word) || writtenLower(word)) r.mentions = r.mentions.slice(1);
    }
  }
}

/** Reads a document's claims from its segments. */
export function extractDocument(lexicon: Lexicon, input: DocumentInput, segments: DocumentSegments): RawClaim[] {
  const { blocks, tables } = segments;
  const types = new DocumentTypes(lexicon);
  // First pass: each sentence's values and names; what the document says of a name types it everywhere.
  const titleText = typeof input.frontMatter.title === 'string' ? input.frontMatter.title : (blocks.find((b) => b.source === 'heading' && b.depth === 1)?.text ?? '');
  const readings = blocks.map((block) => readSentences(lexicon, block, titleText));
  // "Heronbay Works is a software company …" on the page titled "Heronbay Works": the title's name, no pack's, is a name.
  const pageName = namedByTitle(lexicon, input, blocks, readings);
  for (const sentences of readings) {
    for (const r of sentences) typeEvidence(lexicon, r.text, r.mentions).forEach((type, i) => types.note(r.mentions[i]!.entity, type));
  }
  const retype = (m: Mention): Mention => {
    const entity = types.typed(m.entity);
    return entity === m.entity ? m : { ...m, entity };
  };
  for (const sentences of readings) for (const r of sentences) r.mentions = r.mentions.map(retype);
  // "the Cadwick Stock Exchange (CSE)": a pack's abbreviation the page spells out as another name means that name on the page.
  const spelledOut = pageAbbreviations(lexicon, readings);
  if (spelledOut.size > 0) {
    for (const sentences of readings) {
      for (const r of sentences) r.mentions = r.mentions.map((m) => (m.entity.known && spelledOut.get(m.text)?.ids.has(m.entity.id) ? { ...m, entity: spelledOut.get(m.text)!.entity } : m));
    }
  }

  let prose: string | undefined;
  const pageText = () => (prose ??= blocks.filter((b) => b.source !== 'heading').map((b) => b.text).join('\n'));
  const titled = titleOf(lexicon, input, blocks, readings, types);
  // "Ostkirk" under "# Ostkirk, Lorvania", where two entities list "Ostkirk": the one the title names (shared-aliases.ts).
  const ownAlias = titledSharedAlias(lexicon, titled, (e) => types.typed(e));
  for (const sentences of readings) for (const r of sentences) r.mentions = r.mentions.map(ownAlias);
  const topic = titled.length === 0 && pageName ? [types.typed(pageName)] : titled;
  // "Over 500 employees" where a pack lists a company "Over": a common word opening a sentence is no name.
  dropCommonWordOpenings(lexicon, readings, blocks, topic);
  const state = newProseState(input.today, topic, types, input.numberFormat);
  state.titled = typeof input.frontMatter.title === 'string' || blocks.some((b) => b.source === 'heading' && b.depth === 1);
  // A live page: dated to the day, with two paragraphs or more that open on a time ("**14:07** — …"): its entries are of that day.
  if (input.today?.day !== undefined && blocks.filter((b) => b.source === 'prose' && opensOnTime(b.text)).length >= 2) {
    const day = dayPeriod(input.today);
    state.timedEntries = { ...day, text: day.start };
  }
  const raw: RawClaim[] = [];
  // Blocks and tables in document order, so that headings open sections for both.
  const order: ({ kind: 'block'; index: number; start: number } | { kind: 'table'; table: TableSegment; start: number })[] = [
    ...blocks.map((b, index) => ({ kind: 'block' as const, index, start: b.start })),
    ...tables.map((table) => ({ kind: 'table' as const, table, start: table.start })),
  ].sort((a, b) => a.start - b.start);
  let carriedDate: { scope: TimeScope; blocks: number } | undefined;
  // What the last heading asked, for the block right under it (a table or any other block ends it).
  let question: Question | undefined;
  // The names read before a block quote, put aside while it is read: a quote's "this model" is its own speaker's.
  let beforeQuote: Pick<ProseState, 'sectionNames' | 'lastNamed' | 'lastSentence'> | undefined;
  // The callout whose caption opened the section on top (its start), while its blocks are read.
  let captioned: number | undefined;
  for (const item of order) {
    const asked = question;
    question = undefined;
    // The names a heading keeps when a description of its first name holds others ("# X, the new satellite of Y").
    let apposed: EntityRef[] | undefined;
    if (captioned !== undefined && (item.kind === 'table' ? item.table.callout : blocks[item.index]!.callout) !== captioned) {
      // The caption of a callout holds to the callout's end.
      closeIntroduction(state);
      captioned = undefined;
    }
    if (item.kind === 'table') {
      if (underGroupedHeaders(item.table)) continue;
      // A table under "## System Requirements" or "**Minimum Requirements:**" lists requirements, no values of the subject.
      if (underConditions(state)) continue;
      raw.push(
        ...(extractPeriodTable(lexicon, item.table, state) ??
          extractPeriodGrid(lexicon, item.table, state) ??
          extractSpecSheet(lexicon, item.table, state) ??
          extractTableClaims(lexicon, item.table, state)),
      );
      continue;
    }
    const block = blocks[item.index]!;
    if (block.quoted && !beforeQuote) {
      beforeQuote = { sectionNames: state.sectionNames, ...(state.lastNamed ? { lastNamed: state.lastNamed } : {}), ...(state.lastSentence ? { lastSentence: state.lastSentence } : {}) };
      state.sectionNames = [];
      delete state.lastNamed;
      delete state.lastSentence;
    } else if (!block.quoted && beforeQuote) {
      state.sectionNames = beforeQuote.sectionNames;
      if (beforeQuote.lastNamed) state.lastNamed = beforeQuote.lastNamed;
      else delete state.lastNamed;
      if (beforeQuote.lastSentence) state.lastSentence = beforeQuote.lastSentence;
      else delete state.lastSentence;
      beforeQuote = undefined;
    }
    // A heading inside a quote is the quote's, not a section of the page.
    if (block.source === 'heading' && !block.quoted) {
      const depth = block.depth ?? 1;
      while (state.sections.length > 0 && state.sections[state.sections.length - 1]!.depth >= depth) state.sections.pop();
      const sentences = readings[item.index]!;
      // "# X, the new satellite of Y": a heading about X (not its owner Y).
      const all = sentences.flatMap((r) => r.mentions);
      const mentions = sentences.length === 1 ? apposedAway(sentences[0]!.text, all) : all;
      apposed = mentions.length < all.length ? mentions.map((m) => m.entity) : undefined;
      // "### 1. acme-lab/widget", "### Acme/Widget": a heading naming a repository (or such) that no pack reads is
      // about that thing, not about the names inside it nor the headings above.
      const slug = SLUG.exec(block.text)?.[0];
      // "## Evacuation of Tessby": a heading about a place (or other thing) no pack reads, named after "of", is about that
      // thing too: its section's figures are not the page's subject's.
      const opaque = (slug !== undefined && !mentions.some((m) => m.text.includes(slug))) || (mentions.length === 0 && namesUnreadThing(block.text, pageText()));
      const named = unique(mentions.filter((m) => !(slug !== undefined && opaque && slug.includes(m.text))).map((m) => m.entity));
      // "## Encoder model specification", "## First stage" under the title: a part of the page's thing (or another thing of
      // its kind) no pack names, whose figures are not the thing's: a section of no one's, as under a name no pack reads.
      const part =
        depth > 1 &&
        named.every((e) => state.topic.some((t) => t.id === e.id)) &&
        namesPart(lexicon, block.text, titleText, sentences.flatMap((r) => r.mentions.map((m) => ({ start: r.span.start + m.start, end: r.span.start + m.end }))));
      const entities = part ? [] : named;
      const periodLength = headingPeriodLength(block.text);
      const seasonDate = headingSeason(block.text, state.today);
      state.sections.push({
        depth,
        entities,
        ...((opaque && entities.length === 0) || part ? { opaque: true as const } : {}),
        ...(periodLength ? { periodLength } : {}),
        ...(depth > 1 && YEAR_WRITTEN.test(block.text) ? { namesYear: true as const } : {}),
        ...(seasonDate ? { seasonDate } : {}),
        ...(workedExampleHeading(block.text) ? { example: true as const } : {}),
        ...(requirementHeading(block.text) ? { conditions: true as const } : {}),
      });
      delete state.supposed;
      state.sectionNames = [];
      delete state.sectionText;
      delete state.lastNamed;
      delete state.lastSentence;
      question = questionOf(lexicon, block.text, entities) ?? labelHeading(lexicon, block.text, depth, state);
    }
    // "**Shot clock:**", a bare "Women" over a list: a caption whose open attributes' lines are of what it names (captions.ts).
    noteCaption(state, block, blocks[item.index + 1], readings[item.index]!.some((r) => r.mentions.length > 0));
    // "> [!info] Velora X2", "> [!info]- Game Info": a callout's title is a caption over its label lines. One that names one
    // thing gives them that thing, one that names none the section's or the page's subject, one that names requirements or a
    // version ("> [!note] Amiga Version") no one's; to the callout's end.
    if (block.caption) {
      closeIntroduction(state);
      const caption = block.text.trim().replace(/[:：]?$/u, ':');
      const conditions = conditionCaption({ ...block, text: caption });
      const named = conditions ? undefined : introducedName(readings[item.index]!, undefined);
      state.sections.push({ depth: INTRODUCTION, entities: named ? [types.typed(named)] : [], ...(conditions ? { conditions: true as const } : {}) });
      captioned = block.callout;
      continue;
    }
    // "**Full-year 2023 highlights**", "**Q4 2023 highlights**": a paragraph of bold words alone, as press releases head their
    // lists, says how long a period the figures below it cover, as a heading would, until the next such line or heading; its
    // quarter, dated, is one the page names. One with no mark between its words is no date label of the events below it
    // ("**Listing – third quarter of 2021**" is one).
    const boldLine = block.source === 'prose' && block.bold === true && BOLD_LINE.test(block.text) && !/\d/u.test(block.text.replace(PERIOD_CODES, ''));
    const boldLength = boldLine ? headingPeriodLength(block.text) : undefined;
    const boldDates = boldLength ? findDates(block.text, state.today) : [];
    const boldSection = () => {
      closeIntroduction(state);
      if (!boldLength) return;
      const periodNamed = periodNamedAt(block.text, periodCues(block.text), 0);
      state.sections.push({ depth: INTRODUCTION, entities: [], periodLength: boldLength, ...(periodNamed ? { periodNamed } : {}) });
      if (boldLength === 'quarter' || boldLength === 'half') notePartsNamed(state, boldDates);
    };
    // "**Velora, 2012**": a bold line of a place and a year heads the paragraphs and lists below it (place-year-lines.ts).
    const placeYear = block.source === 'prose' && block.bold === true ? placeYearPeriod(block.text, state.today) : undefined;
    if (placeYear) {
      closeIntroduction(state);
      state.sections.push({ depth: INTRODUCTION, entities: [], periodLength: 'year', periodDate: placeYear, held: true });
      continue;
    }
    // "**First nine months of 2031**", "**2030 highlights**": a bold line that is a period (a year or a span of months; its
    // quarter or half is one the page names, above), and a word or three, dates the figures below it that name no date.
    const periodLine = boldLine && (boldLength === undefined || boldLength === 'year') ? boldPeriod(block.text, state.today) : undefined;
    if (periodLine && !labelBeforeDate(block.text, findDates(block.text, state.today))) {
      closeIntroduction(state);
      state.sections.push({ depth: INTRODUCTION, entities: [], ...(boldLength ? { periodLength: boldLength } : {}), periodDate: periodLine });
      continue;
    }
    if (boldLine && boldLength && !labelBeforeDate(block.text, boldDates)) {
      boldSection();
      continue;
    }
    // "Funding - Mar 2024" on a line of its own dates the events of the next two blocks (a heading and its text).
    // (Not an item under a bold line that names an event: "- Spain: 18 July 2025" dates that event there, read as a label line.)
    const dateLine = (block.source === 'list' && state.sections.at(-1)?.event) || inLabelRecord(blocks, item.index) ? undefined : dateLabel(lexicon, block, state.today);
    if (dateLine) {
      carriedDate = { scope: dateLine, blocks: 2 };
      continue;
    }
    if (carriedDate) {
      state.pendingDate = carriedDate.scope;
      if (--carriedDate.blocks === 0) carriedDate = undefined;
    }
    if (boldLine) {
      boldSection();
      // "**Release dates**" over "- Spain: 18 July 2025": a bold line that names an event dates it, item by item (labels.ts).
      const listed = eventForLabel(lexicon, block.text);
      if (listed) state.sections.push({ depth: INTRODUCTION, entities: [], event: listed });
      continue;
    }
    // "**Minimum Requirements:**", "*Recommended:*", "**Amiga Version:**": a caption whose label lines are requirements or a
    // version's values, to the next heading, caption or paragraph of prose.
    if (!block.quoted && conditionCaption(block)) {
      closeIntroduction(state);
      state.sections.push({ depth: INTRODUCTION, entities: [], conditions: true });
      continue;
    }
    const labelled = labelClaims(lexicon, block, state, readings[item.index]!);
    // A paragraph of prose after a list that an introduction opened ends that list: the introduction's subject with it.
    if (!labelled && block.source === 'prose') closeIntroduction(state, true);
    if (labelled) {
      raw.push(...labelled);
      const names = readings[item.index]!.flatMap((r) => r.mentions.map((m) => m.entity));
      rememberNames(state, names);
    } else {
      const made = raw.length;
      raw.push(...extractBlockClaims(lexicon, block, state, readings[item.index]!));
      // The names a heading's description of its subject holds are not what the text below it goes on about.
      if (apposed && block.source === 'heading') state.lastNamed = apposed;
      // A bare answer under a question heading: read only where the paragraph's first sentence gave nothing of its own.
      const first = readings[item.index]![0];
      const firstEnd = first ? block.start + first.span.end : block.start;
      if (asked && !block.quoted && !raw.slice(made).some((c) => c.span.start < firstEnd)) raw.push(...answerClaims(lexicon, block, asked, state, readings[item.index]!));
    }
    delete state.pendingDate;
    // "Suppose a saver sells …", "Example entry:": a paragraph that opens a worked example makes its label lines hypothetical.
    if (block.source === 'prose' && !block.quoted && opensWorkedExample(block.text)) state.supposed = true;
    // "Specs of the Lark, in short:", "The Lark Max, in short:": a paragraph that ends on a colon and whose
    // last sentence names one thing opens the label lines and list items after it, as a heading does.
    const opens = block.source === 'prose' && /[:：]\s*$/u.test(block.text);
    const attribute = opens ? introducedQuantity(lexicon, readings[item.index]!) : undefined;
    const introduced = opens ? introducedName(readings[item.index]!, attribute) : undefined;
    if (introduced) {
      closeIntroduction(state);
      state.sections.push({ depth: INTRODUCTION, entities: [types.typed(introduced)], ...(attribute ? { attribute } : {}) });
    }
  }
  if (input.format === 'text') raw.push(...extractFlattenedTables(lexicon, blocks, types));
  // "¥430 billion": the sign is the yuan's on a Chinese page (Han, no kana) or for an attribute a pack keeps in yuan, the
  // yen's elsewhere.
  // The page's script is looked at only when such a figure was read.
  const yenSigned = (c: RawClaim) => c.value.kind === 'quantity' && c.value.unit === 'CNY' && YEN_SIGN.test(c.value.text) && lexicon.attributes.get(c.attribute)?.unit !== 'CNY';
  const yen = raw.some(yenSigned) && !chinesePage(blocks) ? raw.map((c) => (yenSigned(c) ? { ...c, value: { ...(c.value as Quantity), unit: 'JPY' } } : c)) : raw;
  // A figure outside what the attribute can be (a training corpus of 8,192 tokens) is not its value, whichever reader bound it.
  // "year: 2006" over "year: 1996" in one block of label lines: options of one record (label-block.ts).
  markRecordOptions(blocks, yen);
  return withdrawDenied(
    withdrawRejected(
      withdrawCorrected(
        yen.filter((c) => c.value.kind !== 'quantity' || inRange(lexicon.attributes.get(c.attribute), c.value)),
        blocks,
      ),
      blocks,
    ),
    blocks,
  );
}

/** A figure written with the yen or yuan sign ("¥430 billion", "￥3,000"). */
const YEN_SIGN = /^[\s~≈约約]*[¥￥]/u;
/** Whether a page is written in Chinese: Han characters and no kana. */
function chinesePage(blocks: readonly Segment[]): boolean {
  let han = false;
  for (const b of blocks) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(b.text)) return false;
    han ||= /\p{Script=Han}/u.test(b.text);
  }
  return han;
}
