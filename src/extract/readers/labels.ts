// Label–value lines, as spec pages and list items write them: "Context length: 128K", "成立时间:2023 年 4 月",
// "QuizBench: 8B≈61%, 70B≈79%" (sizes of the family in context), "Acme Large 3: closed, 675B total" (a name as
// the label: the rest is said of it). A label that names an attribute takes the section's or the page's
// entity as subject; one no pack knows names an open attribute when the value is a single figure.
import { findDates } from '../../normalise/dates.js';
import { findQuantities } from '../../normalise/numbers.js';
import { unitWordOwners } from '../attributes.js';
import { labelNumber } from '../figure-phrases.js';
import type { PackAttribute } from '../../packs/types.js';
import { resolveName, UNKNOWN_ENTITY_CONFIDENCE } from '../../normalise/entities.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { EntityRef, Modality, SubjectVia } from '../../types.js';
import type { RawClaim } from '../raw-claim.js';
import type { Segment } from '../segments.js';
import { periodCues, periodLengthAt, type PeriodCue } from '../period-length.js';
import { isFlow, negatedBefore, sectionLength, type ProseState, type SentenceReading } from './prose.js';
import { contextEntity, familyInContext } from '../context.js';
import { typeNouns } from '../typing.js';
import { captionVariant } from '../captions.js';
import { labelColumn } from './spec-sheets.js';
import { identifierValue } from '../identifiers.js';
import { cellReadings, columnPeriod, datedEvent, ESTIMATE_WORDS, eventForLabel, fitsSubject, headerPeriod, hintOfWords, namesUndatedTime, narrowedToAPart, readHeader } from './tables.js';

/** A place's name as an item's label: a word or two, each in capitals ("Spain", "South Korea"). */
const PLACE_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;
/** Before the date in an item's value: nothing but marks of emphasis. */
const ONLY_A_DATE = /^[\s*_]*$/u;
/** "Label: rest", the label short: a few words, or a few Han characters, possibly with a gloss in parentheses. */
const LABEL_LINE = /^(\s*)([^:：\n]{1,48}?)\s*[:：]\s*(?=\S)/u;
const SIZE_LABEL = /^\s*((?:\d+x)?\d+(?:\.\d+)?)\s*([BMK])\s*$/i;
/**
 * "8B≈61%", "70b: 79%": a size and the figure after it ("128K tokens" is a figure with its unit, no size of the family; a
 * lower-case "m" or "k" is a unit: "40 m apart").
 */
const SIZE_PAIR = /^\s*((?:\d+x)?\d+(?:\.\d+)?)(?:\s*([BMK])|([b]))(?![\p{L}\p{N}])\s*(?:[:：=≈~]|\s)\s*(?=(?:[≈~约約]|[–—→-])?\s*\d)/u;

/** A part of the text after the label, as a segment of its own (offsets in the file). */
const part = (block: Segment, start: number, end: number): Segment => ({ source: block.source, start: block.start + start, end: block.start + end, text: block.text.slice(start, end) });

/** The label's words without a gloss in parentheses: "QuizBench(综合知识测评)" → "QuizBench". */
const bareLabel = (label: string) => label.replace(/[(（][^)）]*[)）]\s*$/u, '').trim();

/**
 * The claims of a label–value block, or undefined when the block is not one (it is then read as prose).
 * `sentences` are the block's first-pass readings (its names, typed).
 */
export function labelClaims(lexicon: Lexicon, block: Segment, state: ProseState, sentences: SentenceReading[]): RawClaim[] | undefined {
  if (block.source === 'heading' || block.text.length > 400) return undefined;
  const m = LABEL_LINE.exec(block.text);
  if (!m) return undefined;
  const label = m[2]!.trim();
  // "Weight (screen alone): 610 g": a part's value, or one of several; no value of the line's subject.
  if (narrowedToAPart(label)) return [];
  // "Population (Today): 0", "Deaths (initial): 31": the value of a time the line names but no date says; not read.
  if (namesUndatedTime(label)) return [];
  const words = label.split(/\s+/);
  const han = /\p{Script=Han}/u.test(label);
  if ((!han && words.length > 6) || (han && label.replace(/\s/g, '').length > 12) || /[.!?。]$/u.test(label)) return undefined;
  const restStart = m[0].length;
  const rest = block.text.slice(restStart);
  const labelStart = m[1]!.length;
  const claims: RawClaim[] = [];
  // "Revenue (Q4): $22.1 billion": how long a period the figures cover, as the line or its section's heading says.
  let cues: PeriodCue[] | undefined;
  // "Estimated budget: $2.9 billion", "Projected cost: …": the label's own words say how the line stands behind its value.
  // Inside a worked example ("## Example", "Suppose …", "Example entry:") a label line is the example's, no fact.
  const labelStands = inWorkedExample(state) ? 'hypothetical' : labelModality(label);
  // "Players (Offline): 1" beside "Players (Online): 2-8": the label's qualifier keeps its figures apart, a variant.
  const qualifier = labelQualifier(label);
  const push = (entity: EntityRef, via: SubjectVia, cell: Segment, column: NonNullable<ReturnType<typeof labelColumn>>) => {
    if (!fitsSubject(column.outer, entity)) return;
    for (const read of cellReadings(lexicon, cell, column, state?.format)) {
      const stands = read.modality === 'asserted' && labelStands !== 'asserted' ? { ...read, modality: labelStands } : read;
      // "**Shot clock:**" over "- Rulebook A: 24 seconds": the caption over an open attribute's list is its variant too.
      const variant = qualifier ?? captionVariant(state, stands.attribute);
      const qualified = variant !== undefined && stands.variant === undefined && column.time === undefined ? { ...stands, variant } : stands;
      // "**Architecture:** … the models are not a mixture of experts": a category value a negation before it denies, in the
      // label's sentence as in prose (negatedBefore).
      const reading = qualified.value.kind === 'category' && negatedBefore(block.text, qualified.span.start - block.start) ? { ...qualified, value: { ...qualified.value, negated: true as const } } : qualified;
      const own = reading.value.kind === 'quantity' && isFlow(lexicon, reading.attribute) ? periodLengthAt(block.text, (cues ??= periodCues(block.text)), reading.span.start - block.start) : undefined;
      const periodLength = own === null ? sectionLength(state) : own;
      claims.push({
        entity,
        sentence: { start: block.start, end: block.end },
        source: block.source,
        confidence: entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
        subjectVia: via,
        // "Revenue (2024): €4.1 billion": a label that names a period beside its attribute dates the line's figures.
        ...columnPeriod(column),
        ...reading,
        ...(periodLength ? { periodLength } : {}),
      });
    }
  };

  // "8B: 4.9 GB, 128K context": a size of the family in context as the label; the rest is read as prose about it.
  const size = SIZE_LABEL.exec(label);
  if (size) return undefined; // read as prose, with the size member as a name (see readers/prose.ts)

  // "2023-04: the company is founded": a timeline item; its events take the label's date.
  const dated = findDates(label, state.today).find((d) => d.start === 0 && d.end >= label.length - 1 && !d.scope.start.startsWith('~'));
  if (dated) {
    // "Container throughput at X, year by year:" then "- 2023: 9.1 million TEU": an item with no trigger of its own gives
    // the quantity its introduction named, for the label's period.
    // So does an item that is one figure in a unit only one attribute's words name ("- 2024: 9.8 million TEU").
    const attribute = lexicon.triggers(rest).length === 0 ? (state.sections.at(-1)?.attribute ?? unitOwner(lexicon, rest)) : undefined;
    const subject = attribute ? contextEntity(state) : undefined;
    if (attribute && subject) {
      push(subject.entity, subject.via, part(block, restStart, block.text.length), { outer: attribute, scale: 1, time: dated.scope });
      if (claims.length > 0) return claims;
    }
    state.pendingDate = dated.scope;
    return undefined;
  }
  // "**Release dates**" then "- Spain: 18 July 2025": under a bold line that names an event, an item whose label is a place's
  // name (a word or two in capitals, no name a pack knows) and whose value is a date dates the subject's event there.
  const listed = state.sections.at(-1)?.event;
  if (listed && block.source === 'list' && PLACE_LABEL.test(label) && !eventForLabel(lexicon, bareLabel(label)) && !(sentences[0]?.mentions ?? []).some((n) => n.start < labelStart + label.length)) {
    const subject = contextEntity(state);
    const found = subject && datedEvent(listed, subject.entity, part(block, restStart, block.text.length), state.today, undefined, lexicon);
    if (!found || !ONLY_A_DATE.test(block.text.slice(restStart, found.span.start - block.start))) return [];
    claims.push({ ...found, where: `in ${label.toLowerCase()}`, sentence: { start: block.start, end: block.end }, source: block.source, confidence: subject.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE, subjectVia: subject.via });
    return claims;
  }
  // Under "**Minimum Requirements:**", "## System Requirements" or "**Amiga Version:**": a requirement, or a version's value,
  // none of the subject's (a label that is a name or a note, "Note: …", is still read as prose).
  const conditioned = underConditions(state);
  // "成立时间: 2023 年 4 月", "Release date: July 23, 2024": the subject's event, dated.
  const event = eventForLabel(lexicon, bareLabel(label));
  if (event && conditioned) return [];
  if (event) {
    const subject = contextEntity(state);
    const cell = part(block, restStart, block.text.length);
    const found = subject && datedEvent(event, subject.entity, cell, state.today, bareLabel(label), lexicon);
    if (!found) return undefined;
    claims.push({ ...found, sentence: { start: block.start, end: block.end }, source: block.source, confidence: subject.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE, subjectVia: subject.via });
    return claims;
  }
  // "Revenue (2024): …": a period in the label's parentheses dates its figures; another gloss is left out ("QuizBench(综合知识测评)").
  const periodColumn = readHeader(lexicon, label);
  const column = periodColumn?.time ? periodColumn : readHeader(lexicon, bareLabel(label));
  if (column) {
    if (conditioned) return [];
    // "QuizBench: 8B≈61%, 70B≈79%, 405B≈85.2%": one value per size of the family in context.
    const pieces = splitList(rest);
    const sized = pieces.map((p) => ({ p, size: SIZE_PAIR.exec(p.text) })).filter((x) => x.size !== null);
    if (sized.length >= 1) {
      const family = familyInContext(state);
      if (!family) return claims;
      for (const { p, size: s } of sized) {
        const member = resolveName(lexicon, `${family.name} ${s![1]}${(s![2] ?? s![3])!.toUpperCase()}`);
        const entity = state.types?.typed(member) ?? member;
        push(entity, 'label', part(block, restStart + p.start + s![0].length, restStart + p.end), column);
      }
      return claims;
    }
    const subject = contextEntity(state);
    if (!subject) return claims;
    push(subject.entity, subject.via, part(block, restStart, block.text.length), column);
    return claims;
  }

  // A name as the label ("Acme Large 3: …"): prose about that name, read by the prose reader.
  const names = sentences[0]?.mentions ?? [];
  if (names.some((n) => n.start <= labelStart + 1 && n.end >= labelStart + label.length - 1)) return undefined;
  // "Confirmed Radiation Deaths: 1", "Thermal power: 3,200 MW": a label whose noun is an attribute's, narrowed by words of a
  // kind before it, counts a part (one kind of death), no value of the whole: at most an open attribute of its own words.
  // (Only a line whose value is a figure: "**Longer Context:** Process …" is a headline over prose, read as prose.)
  const kind = !han && VALUE_FIRST.test(rest) && namesAKind(lexicon, bareLabel(label)) && !names.some((n) => n.start < labelStart + label.length);
  const none = kind ? [] : undefined;

  // A label no pack knows: an open attribute when the value is one figure.
  // On a line, a label in title case ("Pixtral Large: 124B") is more likely a name than an attribute.
  if (han || words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return none;
  // "Population (1991): 31,000": a year in the parentheses dates the figure, as it does a known attribute's.
  const period = headerPeriod(label);
  const undated = labelColumn(lexicon, bareLabel(period ? period.rest : label));
  const open = undated && period ? { ...undated, time: period.time } : undated;
  if (!open) return none;
  // "isbn: 2070000011": a code, no count (identifiers.ts).
  if (identifierValue(rest)) return [];
  const subject = contextEntity(state);
  if (!subject) return none;
  push(subject.entity, subject.via, part(block, restStart, block.text.length), open);
  return claims.length > 0 ? (conditioned ? [] : claims) : none;
}

/**
 * The qualifier a label's aside in parentheses gives it, folded to lower case: "Players (Offline)" → "offline", "Range (city
 * driving)" → "city driving". Words only (a year or a date dates the line instead), at most three, in a script with cases
 * (not a gloss: "QuizBench(综合知识测评)"); not a unit or a scale ("(mAh)", "(EUR m)"), an estimate ("(est.)"), a sum or a
 * bound ("(total)", "(max)"), a part ("(each)") nor a time no date is read from ("(today)"), which are read otherwise.
 */
function labelQualifier(label: string): string | undefined {
  const aside = /[(（]([^()（）]*)[)）]\s*$/u.exec(label.trim())?.[1]?.trim();
  if (!aside || !/^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u.test(aside) || !/[\p{Lu}\p{Ll}]/u.test(aside)) return undefined;
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(aside)) return undefined;
  // "Mixture-of-Experts (MoE)": the label's own initials, no qualifier.
  const words = label.replace(/[(（][^)）]*[)）]\s*$/u, '').split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('').toLowerCase();
  const letters = aside.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters === initials(words) || letters === initials(words.filter((w) => /^\p{Lu}/u.test(w)))) return undefined;
  const hint = hintOfWords(aside);
  if (hint.unit !== undefined || hint.scale !== 1 || findQuantities(`1 ${aside}`)[0]?.quantity.unit) return undefined;
  if (ESTIMATE_WORDS.test(aside) || aside.toLowerCase().split(/\s+/u).some((w) => WHOLE_WORDS.has(w)) || narrowedToAPart(label) || namesUndatedTime(label)) return undefined;
  return aside.toLowerCase().replace(/\s+/gu, ' ');
}

/** Words before a label's noun that keep it the whole: a sum, an estimate, a source's word, a maximum ("Total deaths"). */
const WHOLE_WORDS = new Set(['total', 'overall', 'all', 'combined', 'cumulative', 'estimated', 'est', 'approximate', 'approx', 'reported', 'official', 'known', 'recorded', 'number', 'of', 'the', 'a', 'an', 'max', 'maximum', 'projected', 'planned', 'expected', 'forecast', 'final']);

/**
 * Whether a label is an attribute's trigger narrowed by other words before it ("Radiation deaths", "Direct deaths",
 * "Confirmed deaths"): the trigger ends the label, no trigger of a pack is the whole label, and a word before it is none
 * of a sum, an estimate or a source (WHOLE_WORDS).
 */
function namesAKind(lexicon: Lexicon, label: string): boolean {
  const hits = lexicon.triggers(label);
  if (hits.some((h) => h.start === 0 && h.end === label.length)) return false;
  const head = hits.find((h) => h.end === label.length && h.start > 0);
  if (!head) return false;
  // (A type's noun names the whole thing: "Model parameters".)
  const nouns = typeNouns(lexicon)[1];
  const before = label.slice(0, head.start).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return before.length > 0 && before.some((w) => !WHOLE_WORDS.has(w) && !nouns.has(w));
}

/** A label's value that opens on a figure: "1 (a worker …)", "~3,200 MW", "$4 billion". */
const VALUE_FIRST = /^[\s*_]*(?:[~≈≥>+]\s*)?[$€£¥]?\s*\d/u;

/** A label's word of plan: "Projected cost", "Planned capacity" (its words of estimate are a cell's: ESTIMATE_WORDS). */
const LABEL_PLAN = /(?<![\p{L}])(?:projected|planned|expected|forecast)(?![\p{L}])/iu;

/**
 * How a label–value line stands behind its value, by its label's words of estimate or plan. Not by every cue of prose: a
 * label is a noun phrase, whose "speculative" or "claimed" names a thing ("Speculative execution", "Claimed weight").
 */
function labelModality(label: string): Modality {
  return LABEL_PLAN.test(label) ? 'predicted' : ESTIMATE_WORDS.test(label) ? 'hedged' : 'asserted';
}

/** Whether a block stands under a heading or a caption of requirements or of a version (`conditions`). */
export const underConditions = (state: ProseState) => state.sections.some((s) => s.conditions);

/**
 * Words that name requirements: "System Requirements", "Prerequisites", "Systemanforderungen", "Configuration requise",
 * "Requisitos", "配置要求", "動作環境" (a singular "requirement" names one, as "The Revenue Requirement" does: no list).
 */
const REQUIREMENT_NOUN =
  /(?<![\p{L}])(?:requirements|prerequisites|[\p{L}]*anforderungen|configuration\s+(?:requise|minimale|recommandée)|requisitos|requisiti|exigences)(?![\p{L}])|配置要求|最低配置|推荐配置|推薦配置|動作環境|必要環境|推奨環境/iu;
/** A level of requirement: "Minimum", "Recommended", "Optimal", "Mindest", "Empfohlen", "Recommandée", "Mínimos". */
const REQUIREMENT_LEVEL = /^(?:minimum|minimal|min|recommended|optimal|required|suggested|mindest|empfohlene?|minimale?s?|recommandée?s?|m[ií]nim[oa]s?|recomendad[oa]s?|minim[oi]|consigliat[oi])$/iu;
/** The words that may stand beside a level alone: "Minimum Specs", "Recommended PC configuration" (not "Recommended models"). */
const LEVEL_COMPANY = /^(?:specs?|specifications?|settings|configuration|config|system|hardware|pc|setup|spezifikationen|konfiguration|configuración|and|or|&)$/iu;
/** The noun of a version of a work or a product, ending a caption: "Amiga Version", "Disc Edition", "2019 Re-release". */
const VERSION_NOUN = /^(?:versions?|editions?|ports?|remake|remaster|re-?release|fassung|ausgabe|édition|edición|edizione|versión|versione|versão)$/iu;

/** The words of a heading or a caption: no footnote marks, no emphasis, no colon at its end, no aside in parentheses. */
function captionWords(text: string): string[] {
  const bare = text.replace(/\[\^[^\]\s]*\]/gu, ' ').replace(/[*_`]/gu, ' ').trim().replace(/[:：]$/u, '').replace(/\s*[(（][^)）]*[)）]$/u, '').trim();
  return bare === '' ? [] : bare.split(/[\s/]+/u).filter((w) => w !== '');
}

/** Whether a heading's or a caption's words name requirements: "System Requirements", "Minimum", "Recommended Specs". */
function namesRequirements(text: string, words: string[]): boolean {
  if (REQUIREMENT_NOUN.test(text)) return true;
  return words.some((w) => REQUIREMENT_LEVEL.test(w)) && words.every((w) => REQUIREMENT_LEVEL.test(w) || LEVEL_COMPANY.test(w));
}

/** A heading that names requirements ("## System Requirements", "### Minimum"): its label lines and tables are requirements. */
export const requirementHeading = (text: string) => namesRequirements(text, captionWords(text));

/**
 * A caption over label lines: a short line that ends on a colon (footnote marks aside: "**Minimum Requirements:**[^3]",
 * "*Recommended:*") and names requirements, or a version of the subject ("**Amiga Version:**", "**Disc Edition:**", "**2019
 * Re-release (Windows):**"). What its lines say are requirements, or a version's values: none of the subject.
 */
export function conditionCaption(block: Segment): boolean {
  if (block.source !== 'prose' && block.source !== 'list') return false;
  const text = block.text.replace(/\[\^[^\]\s]*\]/gu, ' ').trim();
  if (!/^[^:：]{1,60}[:：]$/u.test(text)) return false;
  const words = captionWords(text);
  if (words.length === 0 || words.length > 6) return false;
  return namesRequirements(text, words) || (words.length >= 2 && VERSION_NOUN.test(words.at(-1)!));
}

/** Whether a block stands inside a worked example: a section that a heading or a paragraph before it calls one. */
const inWorkedExample = (state: ProseState) => state.supposed === true || state.sections.some((s) => s.example);

/**
 * "Example", "Practical Example", "Example Calculation", "Worked example", "Beispiel", "Exemple", "Ejemplo": a heading that
 * calls its section one example and names nothing besides: not a real case ("Historical Examples", "Real-World Example",
 * "Case Study"), nor one its subtitle or a year names ("Example: The 1987 Crash").
 */
export function workedExampleHeading(text: string): boolean {
  return EXAMPLE_WORD.test(text) && !REAL_CASE.test(text) && !/[:：\p{N}]/u.test(text);
}
/** The word "example", singular, in the languages the engine reads. */
const EXAMPLE_WORD = /(?<![\p{L}])(?:example|exemple|beispiel|rechenbeispiel|ejemplo|esempio|exemplo|voorbeeld)(?![\p{L}])|(?:示例|例题|计算例|計算例)/iu;
/** Words that call an example a real one. */
const REAL_CASE = /(?<![\p{L}])(?:historical|historic|real|real-world|actual|notable|famous|case|historique|réel|historisch|histórico|storico)(?![\p{L}])/iu;
/** A paragraph that opens on a supposition: "Suppose", "Assume", "Imagine", "Let's say", "Consider a …", "Angenommen", "Supposons". */
const SUPPOSITION =
  /^[\s*_]*(?:suppose|assume|imagine|let['’]?s\s+say|let\s+us\s+(?:say|assume|suppose)|consider\s+(?:a|an)|hypothetically|angenommen|nehmen\s+wir\s+an|supposons|imaginons|supongamos|imaginemos|supponiamo|immaginiamo|suponha|suponhamos)(?![\p{L}])/iu;
/** A paragraph's last sentence, ending on a colon, that calls what follows an example: "Example entry:", "For example:", "Here is an example of …:". */
const EXAMPLE_INTRO = /(?<![\p{L}])(?:example|for\s+instance|exemple|beispiel|ejemplo|esempio|exemplo)(?![\p{L}])[^.!?:：]*[:：]\s*$/iu;

/** Whether a paragraph of prose opens a worked example, whose label lines are the example's to the next heading. */
export function opensWorkedExample(text: string): boolean {
  if (SUPPOSITION.test(text)) return true;
  const last = text.split(/(?<=[.!?。])\s+/u).at(-1) ?? '';
  return EXAMPLE_INTRO.test(last) && !REAL_CASE.test(last) && !/(?<![\p{L}])examples(?![\p{L}])/iu.test(last);
}

/** "9.8 million TEU" and nothing else: the one quantity attribute of the pack whose unit words name the figure's unit. */
function unitOwner(lexicon: Lexicon, text: string): PackAttribute | undefined {
  const found = findQuantities(text, lexicon.unitWords);
  const only = found.length === 1 ? found[0]! : undefined;
  if (!only?.unitSpan || text.slice(0, only.span.start).trim() !== '' || /[\p{L}\p{N}]/u.test(text.slice(only.span.end))) return undefined;
  const owners = unitWordOwners(lexicon, text.slice(only.unitSpan.start, only.unitSpan.end).toLowerCase());
  return owners.length === 1 ? owners[0] : undefined;
}

/** Items of a list written on one line: "8B≈61%, 70B≈79%；405B≈85.2%". */
function splitList(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[,，;；、]/gu)) {
    if (m.index > start) out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out.filter((p) => p.text.trim() !== '');
}

/**
 * What a question heading asks: of one name, one quantity ("### How much power does X use?"). `bare`: a heading that is
 * an attribute's label ("## Company size"), as an infobox's label: only a block that is a value and nothing else answers it.
 */
export interface Question {
  entity: EntityRef;
  attribute: PackAttribute;
  bare?: true;
}

/**
 * "## Company size", "## Remote status": a heading below the title whose words are an attribute's header or label asks
 * that attribute of the page's subject, as an infobox's label does; undefined where the heading names anything, a section
 * above it names a thing, or the page has no one subject.
 */
export function labelHeading(lexicon: Lexicon, heading: string, depth: number, state: ProseState): Question | undefined {
  if (depth < 2 || state.sections.some((s) => s.entities.length > 0 || s.opaque || s.conditions || s.example)) return undefined;
  const words = heading.replace(/[\s:：]+$/u, '').trim();
  if (words === '' || words.split(/\s+/u).length > 6) return undefined;
  const folded = words.toLowerCase().replace(/\s+/gu, ' ');
  const attribute = readHeader(lexicon, words)?.outer ?? lexicon.pack.attributes.find((a) => a.label.toLowerCase() === folded);
  const subject = attribute && state.topic.length === 1 ? (state.types?.typed(state.topic[0]!) ?? state.topic[0]!) : undefined;
  if (!attribute || !subject || attribute.id.startsWith('open.') || !fitsSubject(attribute, subject)) return undefined;
  return { entity: subject, attribute, bare: true };
}

/** After a bare value: nothing but an aside in parentheses ("200+ (as of January 2020)") and a full stop. */
const VALUE_CLOSES = /^[\s*_]*(?:[(（][^()（）]*[)）])?[\s*_]*[.。]?\s*$/u;
/** Before a bare value: nothing but marks of emphasis or quotation. */
const VALUE_OPENS = /^[\s"“‘'*_]*$/u;

/**
 * The value right under a heading that is an attribute's label ("## Company size" over "11 to 50", "About 25 people",
 * "## Remote status" over "Fully remote"): a paragraph of one sentence that names nothing and is the value alone (the
 * words the figure's reading takes in, "about", "over", its unit; an aside in parentheses after it), as an infobox's line
 * of the page's subject. A sentence with words of its own ("We hire in 12 countries") is prose, read as such.
 */
function bareValueClaims(lexicon: Lexicon, block: Segment, question: Question, state: ProseState, sentences: SentenceReading[]): RawClaim[] {
  const first = sentences[0];
  if (block.source !== 'prose' || block.quoted || sentences.length !== 1 || !first || first.mentions.length > 0) return [];
  const text = first.text;
  let span: { start: number; end: number } | undefined;
  if (question.attribute.kind === 'category') {
    const value = lexicon.values(text).find((m) => lexicon.valueEntries[m.index]!.attribute === question.attribute);
    span = value && { start: value.start, end: value.end };
  } else {
    const figure = findQuantities(text, lexicon.unitWords)[0];
    span = figure && !figure.calendar && !labelNumber(text, figure) ? figure.span : undefined;
  }
  if (!span || !VALUE_OPENS.test(text.slice(0, span.start)) || !VALUE_CLOSES.test(text.slice(span.end))) return [];
  return headingAnswer(lexicon, block, first, first.span.end, question, state);
}

/** The few words a bare answer may put before its figure: "Between 22 and 26 MW", "About 1,200", "A little over 3 PB". */
const ANSWER_OPENING = /^[\s"“‘'(*_]*(?:[\p{L}’'-]+\s+){0,3}$/u;
/** After the answer's figure (and its unit): the end of its clause, perhaps after "in all" or its like. */
const ANSWER_CLOSES =
  /^(?:\s+(?:in\s+(?:all|total)|all\s+told|altogether|en\s+tout|au\s+total|insgesamt|en\s+total|in\s+tutto|ao\s+todo|no\s+total))?\s*(?:$|[,;:.!?。，；：！？)）"”*_]|[—–]|-\s)/iu;

/**
 * The answer right under a question heading: a paragraph whose first sentence names nothing and no attribute of its own
 * and opens on a figure ("Between 22 and 26 megawatts, depending on load.") gives that figure as the value the heading asks
 * of its name. The figure is read as a cell of the attribute's column is.
 */
export function answerClaims(lexicon: Lexicon, block: Segment, question: Question, state: ProseState, sentences: SentenceReading[]): RawClaim[] {
  if (question.bare) return bareValueClaims(lexicon, block, question, state, sentences);
  const first = sentences[0];
  if (block.source !== 'prose' || !first || first.mentions.length > 0 || lexicon.triggers(first.text).length > 0) return [];
  const figure = findQuantities(first.text, lexicon.unitWords)[0];
  if (!figure || figure.calendar || !ANSWER_OPENING.test(first.text.slice(0, figure.span.start))) return [];
  // "3 shifts of operators", "Up to 40 per shift", "Version 2 of the plan", "See page 12.": a figure that counts a noun of its
  // own, is a rate or is a label answers nothing; the answer's figure ends its clause ("About 120, most of them engineers.").
  if (!ANSWER_CLOSES.test(first.text.slice(figure.span.end)) || labelNumber(first.text, figure)) return [];
  if (!fitsSubject(question.attribute, question.entity)) return [];
  return headingAnswer(lexicon, block, first, first.span.start + figure.span.end, question, state);
}

/** The value a heading asks of its name, read from the first sentence under it up to `end` as a cell of the attribute's column is. */
function headingAnswer(lexicon: Lexicon, block: Segment, first: SentenceReading, end: number, question: Question, state: ProseState): RawClaim[] {
  const cell = part(block, first.span.start, end);
  return cellReadings(lexicon, cell, { outer: question.attribute, scale: 1 }, state.format).map((reading) => ({
    entity: question.entity,
    sentence: { start: block.start + first.span.start, end: block.start + first.span.end },
    source: block.source,
    confidence: question.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
    subjectVia: 'heading' as const,
    ...reading,
  }));
}
