// Sentences → raw claims: figures, category values and events, each bound to its subject.
import { findQuantities, type QuantityMatch } from '../normalise/numbers.js';
import { findMentions, UNKNOWN_ENTITY_CONFIDENCE, type Mention } from '../normalise/entities.js';
import type { CompiledValue, Lexicon } from '../packs/lexicon.js';
import type { PackAttribute } from '../packs/types.js';
import { findDates, type Day } from '../normalise/dates.js';
import type { EntityRef, Modality, SourceKind, Span, TimeScope, Value } from '../types.js';
import { modalityAt } from './modality.js';
import type { Segment } from './segments.js';
import { splitSentences } from './sentences.js';

/** A claim as read, before places and ids: spans are offsets in the file. */
export interface RawClaim {
  entity: EntityRef;
  attribute: string;
  value: Value;
  span: Span;
  sentence: Span;
  modality: Modality;
  source: SourceKind;
  confidence: number;
  time?: TimeScope;
  relation?: { other: EntityRef; direction: 'lower' | 'higher' };
}

/** What one document's reading carries from sentence to sentence. */
export interface ProseState {
  /** The participants of the last event of each type, for "the failed negotiation". */
  lastEventParticipants: Map<string, EntityRef[]>;
  /** The document's date, for "this year" and "yesterday". */
  today?: Day;
  /** What the article is about: the names in its title. */
  topic: EntityRef[];
}

export const newProseState = (today?: Day, topic: EntityRef[] = []): ProseState => ({ lastEventParticipants: new Map(), today, topic });

/** Confidence of a claim whose subject was found in context (a pronoun's antecedent, the article's topic). */
const CONTEXT_SUBJECT_CONFIDENCE = 0.8;
const SUBJECT_PRONOUN = /^\s*["“'‘(]?\s*(?:it|he|she|they|its|his|her|their)(?![\p{L}])/iu;
const PRONOUN = /(?<![\p{L}])(?:it|he|she|they)(?![\p{L}])/iu;
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Bounds that keep one pathological sentence linear: prose never comes near them. */
const MAX_FIGURES = 40;
const MAX_VALUES = 40;
const MAX_TRIGGERS = 80;
const MAX_EVENT_TRIGGERS = 12;

/** How far (in words) a date may stand from the statement it scopes. */
const DATE_WINDOW = 8;

/** How far (in words) a trigger may stand from its figure or value. */
const TRIGGER_WINDOW = 6;
/**
 * A figure set off by a dash restates a noun phrase earlier in the sentence ("on a budget that
 * critics called a joke—just $5 million"): its trigger may stand this far before the dash.
 */
const APPOSITION_WINDOW = 10;
const APPOSITIVE_DASH = /[—–]\s*(?:just|only|about|around|roughly|some|nearly)?\s*$/iu;
/** How far (in words) an event's negation may stand before its trigger. */
const NEGATION_WINDOW = 5;
/** Han characters count one word each, since Chinese has no spaces. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*|\p{Script=Han}/gu;

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Word starts before each offset of a text. Two texts are kept, each in a buffer of its own that is
 * refilled in turn: calls alternate between a sentence and a window of it.
 */
const wordStarts: { text: string | null; before: Int32Array }[] = [
  { text: null, before: new Int32Array(256) },
  { text: null, before: new Int32Array(256) },
];
let olderWordStarts = 0;

function startsBefore(text: string): Int32Array {
  for (const known of wordStarts) if (known.text === text) return known.before;
  const slot = wordStarts[olderWordStarts]!;
  olderWordStarts = 1 - olderWordStarts;
  if (slot.before.length <= text.length) slot.before = new Int32Array(Math.max(text.length + 1, 2 * slot.before.length));
  const before = slot.before;
  let count = 0;
  let at = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    while (at <= m.index) before[at++] = count;
    count++;
  }
  while (at <= text.length) before[at++] = count;
  slot.text = text;
  return before;
}

/** Words in text[from, to), in constant time: a word cut at `from` counts, as if the slice were read alone. */
function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const before = startsBefore(text);
  return before[to]! - before[from + 1]! + (WORD_START.test(text[from]!) ? 1 : 0);
}

function distance(text: string, a: Span, b: Span): number {
  if (a.end > b.start && b.end > a.start) return 0;
  return a.end <= b.start ? wordsBetween(text, a.end, b.start) : wordsBetween(text, b.end, a.start);
}

const HAS_CLOSING_PARENTHESIS = /[)）]/;
const OPENING = 0x28;
const CLOSING = 0x29;
const FULL_WIDTH_OPENING = 0xff08;
const FULL_WIDTH_CLOSING = 0xff09;

/** Spans of parenthesised text, for "(like X)" and for skipping asides when looking for a subject. */
function parentheses(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  // Most sentences have none: look for one before reading character by character.
  if (!HAS_CLOSING_PARENTHESIS.test(text)) return spans;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPENING || c === FULL_WIDTH_OPENING) open.push(i);
    else if ((c === CLOSING || c === FULL_WIDTH_CLOSING) && open.length > 0) spans.push({ start: open.pop()!, end: i + 1 });
  }
  return spans;
}

const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/** The parenthesis that holds `span`, if any, innermost first. */
function enclosing(parens: Span[], span: Span): Span | undefined {
  return parens.filter((p) => inside(span, p)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

function compatible(attribute: PackAttribute, entity: EntityRef): boolean {
  return attribute.subjects.includes(entity.type);
}

/** Mentions joined to `mention` by "and" or a comma, nearest first: "A and B as closed systems". */
function coordinated(text: string, mentions: Mention[], mention: Mention, direction: 'before' | 'after'): Mention[] {
  const chain = [mention];
  let current = mention;
  for (;;) {
    const next =
      direction === 'before'
        ? [...mentions].reverse().find((m) => m.end <= current.start)
        : mentions.find((m) => m.start >= current.end);
    if (!next) break;
    const gap = direction === 'before' ? text.slice(next.end, current.start) : text.slice(current.end, next.start);
    if (!/^\s*(?:,|and|or|&|,\s*and)\s*$/i.test(gap)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** Words between a subject and its value past which we no longer guess. */
const SUBJECT_WINDOW = { category: 10, quantity: 14 };
/** A name right after these is what something is compared with, not the subject. */
const COMPARED_WITH = /(?<![\p{L}])(?:than|as|unlike|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?$/iu;
const CONTRAST_BARRIER = /(?:[;—]|(?<![\p{L}])(?:but|however|whereas)(?![\p{L}]))/iu;

/**
 * The nearest compatible mention before `at`, within `window` words. Asides in parentheses that do
 * not hold `at` are skipped, and so are names that are the object of a comparison ("the same
 * capacity as X", "cheaper than X"). For a category value the search stops at an incompatible
 * possessor ("Acme's move toward closed models": the value is Acme's business, not an earlier
 * name's). The search does not cross a contrast ("but", ";") once it has passed over another name.
 */
function nearestBefore(
  text: string,
  mentions: Mention[],
  parens: Span[],
  at: Span,
  window: number,
  accept: (m: Mention) => boolean,
  stopAtPossessor = false,
): Mention | undefined {
  const own = enclosing(parens, at);
  let skipped = false;
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
    const gap = text.slice(m.end, at.start);
    if (wordsBetween(text, m.end, at.start) > window) return undefined;
    if (skipped && CONTRAST_BARRIER.test(gap)) return undefined;
    // "than Rui Salgado, who signed for €19m": the figure in a relative clause belongs to its antecedent.
    const relative = /^\s*,\s*(?:who|whose|which)(?![\p{L}])/iu.test(gap);
    const compared = !relative && COMPARED_WITH.test(text.slice(Math.max(0, m.start - 20), m.start));
    if (!compared && accept(m)) return m;
    if (stopAtPossessor && /^['’]s\b/.test(gap)) return undefined;
    skipped = true;
  }
  return undefined;
}

function hasScale(match: QuantityMatch, text: string): boolean {
  return /\d\s*(?:[KMBT]|bn|tn|thousand|million|billion|trillion|万|萬|亿|億)(?![\p{L}])/iu.test(
    text.slice(match.numberSpan.start, match.numberSpan.end + 12),
  );
}

interface TriggerHit extends Span {
  attributes: PackAttribute[];
}

function quantityClaims(
  lexicon: Lexicon,
  text: string,
  quantities: QuantityMatch[],
  triggers: TriggerHit[],
  mentions: Mention[],
  parens: Span[],
): { entity?: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span }[] {
  // Each trigger belongs to the figure nearest to it; a tie goes to the figure before it ("236B total").
  const owned = new Map<QuantityMatch, TriggerHit[]>();
  const reach = (t: Span, q: QuantityMatch) => {
    const d = distance(text, t, q.span);
    const appositive = t.end <= q.span.start && APPOSITIVE_DASH.test(text.slice(t.end, q.span.start));
    return appositive && d <= APPOSITION_WINDOW && !quantities.some((o) => o !== q && o.span.start >= t.end && o.span.end <= q.span.start) ? Math.min(d, TRIGGER_WINDOW) : d;
  };
  for (const t of triggers) {
    let best: QuantityMatch | undefined;
    let bestDistance = Infinity;
    // Figures are in text order: only the figures next to the trigger can be the nearest.
    const next = quantities.findIndex((q) => q.span.end > t.start);
    const neighbours = next === -1 ? quantities.slice(-1) : quantities.slice(Math.max(0, next - 1), next + 2);
    for (const q of neighbours) {
      const d = reach(t, q);
      if (d < bestDistance || (d === bestDistance && best && q.span.end <= t.start)) {
        best = q;
        bestDistance = d;
      }
    }
    if (best && bestDistance <= TRIGGER_WINDOW) owned.set(best, [...(owned.get(best) ?? []), t]);
  }
  const out: { entity?: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span }[] = [];
  let previous: { q: QuantityMatch; attribute: PackAttribute; entity?: EntityRef } | undefined;
  for (const q of quantities) {
    const unitWord = q.unitSpan ? text.slice(q.unitSpan.start, q.unitSpan.end).toLowerCase() : '';
    // "23 league goals and 31 in all competitions": a bare number joined to a figure shares its unit.
    const joined = previous !== undefined && isParallel(text, previous.q, q, previous.attribute, mentions);
    const elided = joined && q.quantity.unit === '' && !hasScale(q, text) && !/^-\p{L}/u.test(text.slice(q.span.end, q.span.end + 2));
    let chosen: { attribute: PackAttribute; distance: number; trigger?: Span }[] = [];
    for (const attribute of lexicon.pack.attributes) {
      if (attribute.kind !== 'quantity') continue;
      const unit = elided ? previous!.q.quantity.unit || previous!.attribute.unit : q.quantity.unit;
      const unitOk = unit === attribute.unit || (unit === '' && attribute.bareScaled === true && hasScale(q, text));
      if (!unitOk) continue;
      let best: { distance: number; trigger?: Span } | undefined;
      if (attribute.triggers.length === 0) {
        if (unitWord && attribute.unitWords?.includes(unitWord)) best = { distance: 0 };
      } else {
        for (const t of owned.get(q) ?? []) {
          if (!t.attributes.includes(attribute)) continue;
          const d = reach(t, q);
          if (!best || d < best.distance) best = { distance: d, trigger: t };
        }
      }
      // With its unit borrowed, the figure keeps the attribute before it unless a trigger says otherwise.
      if (!best && elided && attribute === previous!.attribute) best = { distance: TRIGGER_WINDOW + 1 };
      if (!best) continue;
      if (chosen.length === 0 || best.distance < chosen[0]!.distance) chosen = [{ attribute, ...best }];
      else if (best.distance === chosen[0]!.distance) chosen.push({ attribute, ...best });
    }
    // "rose to 21% in 2025 from 19% in 2024": a figure in parallel with the one before it, with no
    // trigger of its own, is another value of the same attribute for the same subject.
    if (chosen.length === 0 && previous && joined && previous.q.quantity.unit === q.quantity.unit) {
      const fits = (m: Mention) => compatible(previous!.attribute, m.entity);
      // "41% … against 18% for the comparator": what follows "for"/"with" owns the figure; if that is
      // no name we know, the figure is someone else's and is left alone.
      const owner = OWNER_AFTER.exec(text.slice(q.span.end, q.span.end + 40));
      const after = owner ? mentions.find((m) => m.start === q.span.end + owner[0].length && fits(m)) : undefined;
      if (owner && !after) continue;
      const between = mentions.find((m) => m.start >= previous!.q.span.end && m.end <= q.span.start && fits(m));
      const entity = after?.entity ?? between?.entity ?? previous.entity;
      out.push({ entity, attribute: previous.attribute, match: q, span: q.span });
      previous = { q, attribute: previous.attribute, entity };
      continue;
    }
    // Two attributes equally near: the figure is ambiguous, and we would rather miss it than guess.
    if (chosen.length !== 1) continue;
    const { attribute, trigger } = chosen[0]!;
    // The subject stands before the figure ("it trained X on $5M"), or before a trigger that comes
    // first and stands far from the figure ("X matched Y while training on a budget … $5M").
    const accept = (m: Mention) => compatible(attribute, m.entity);
    const subject =
      nearestBefore(text, mentions, parens, q.numberSpan, SUBJECT_WINDOW.quantity, accept) ??
      (trigger && trigger.start < q.numberSpan.start ? nearestBefore(text, mentions, parens, trigger, SUBJECT_WINDOW.quantity, accept) : undefined);
    const span = trigger
      ? { start: Math.min(trigger.start, q.span.start), end: Math.max(trigger.end, q.span.end) }
      : q.span;
    out.push({ entity: subject?.entity, attribute, match: q, span });
    previous = { q, attribute, entity: subject?.entity };
  }
  return out;
}

/**
 * Two figures in parallel: joined by "and", "from", "to", "versus" within four words, with no name
 * between them that could not hold the attribute ("$1,199, and Acme bundles a 45-watt charger" is not).
 */
function isParallel(text: string, a: QuantityMatch, b: QuantityMatch, attribute: PackAttribute, mentions: Mention[]): boolean {
  const gap = text.slice(a.span.end, b.span.start);
  if (!PARALLEL.test(gap) || wordsBetween(text, a.span.end, b.span.start) > 4) return false;
  return !mentions.some((m) => m.start >= a.span.end && m.end <= b.span.start && !compatible(attribute, m.entity));
}

/** "… for X", "… with X" right after a figure: X is whose figure it is. */
const OWNER_AFTER = /^\s*(?:for|with|among)\s+(?:the\s+)?(?=\p{L})/iu;

/** Words that join two figures of one attribute: "to 21% … from 19%", "17 and 23", "$5 versus $7". */
const PARALLEL = /^[^.;:]{0,40}?(?<![\p{L}])(?:from|to|and|versus|vs\.?|against|compared\s+with)(?![\p{L}])[^.;:\d]{0,30}$/iu;

/** "1,000mAh larger than", "24-year-old": a difference or an age, not the value of an attribute. */
const DIFFERENCE_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:more|less|fewer|larger|bigger|smaller|higher|lower|greater|longer|shorter|heavier|lighter|faster|slower|cheaper|dearer|costlier|pricier)\s+than(?![\p{L}])|^-?\s*(?:years?|months?)[-\s]old(?![\p{L}])/iu;
/** "up from 4,800mAh", "than 5,000": an earlier or compared value, not the one stated. */
const COMPARED_BEFORE = /(?:(?:up|down|rising|falling|increased?|decreased?|rose|fell|dropped)\s+from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?(?:just\s+|only\s+|about\s+)?$/iu;

function isStatedValue(text: string, q: QuantityMatch): boolean {
  return !DIFFERENCE_AFTER.test(text.slice(q.span.end, q.span.end + 40)) && !COMPARED_BEFORE.test(text.slice(Math.max(0, q.span.start - 30), q.span.start));
}

/** The clause around `at`: participants of an event are named in its own clause. */
const CLAUSE_BREAK = /[;；—，]|[,，]\s*但|,\s+(?:and|but|while|whereas|although|though|yet)(?![\p{L}])/giu;
function clauseOf(text: string, at: Span, breaks: readonly RegExpExecArray[] = [...text.matchAll(CLAUSE_BREAK)]): Span {
  let start = 0;
  let end = text.length;
  for (const m of breaks) {
    if (m.index + m[0].length <= at.start) start = m.index + m[0].length;
    else if (m.index >= at.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** The longest quote an event may have, so that evidence stays readable. */
const MAX_EVENT_QUOTE = 120;

/** An event's quote: the trigger (with its negation) widened over the participants named in its clause. */
function quoteWithParticipants(text: string, core: Span, clause: Span, named: Mention[]): Span {
  const nearest = new Map<string, Mention>();
  for (const m of named.filter((n) => inside(n, clause))) {
    const best = nearest.get(m.entity.id);
    if (!best || distance(text, m, core) < distance(text, best, core)) nearest.set(m.entity.id, m);
  }
  const inClause = [...nearest.values()];
  let start = Math.min(core.start, ...inClause.map((m) => m.start));
  let end = Math.max(core.end, ...inClause.map((m) => m.end));
  // Keep parentheses balanced: "release a new model (X)".
  const opened = (text.slice(start, end).match(/\(/g)?.length ?? 0) - (text.slice(start, end).match(/\)/g)?.length ?? 0);
  if (opened > 0 && text[end] === ')') end++;
  if (end - start > MAX_EVENT_QUOTE) [start, end] = [core.start, core.end];
  return { start, end };
}

/** "did not just merge": a negation that scopes over "just", not over the event. */
const NOT_NEGATING = /^\s*(?:just|only|merely|simply|necessarily)(?![\p{L}])/iu;

const THAN = /^\s*(?:than|over|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$/iu;

/** "6x cheaper than X", "a 35x cost advantage over X": a ratio of an attribute between two entities. */
function ratioClaims(lexicon: Lexicon, text: string, quantities: QuantityMatch[], mentions: Mention[], parens: Span[]) {
  const out: { subject: Mention; other: Mention; attribute: PackAttribute; direction: 'lower' | 'higher'; quantity: QuantityMatch['quantity']; span: Span }[] = [];
  for (const q of quantities) {
    if (q.quantity.unit !== 'ratio') continue;
    const window = text.slice(q.span.end, q.span.end + 60);
    const comparative = lexicon.comparatives(window)[0];
    if (!comparative || wordsBetween(window, 0, comparative.start) > 2) continue;
    const other = mentions.find((m) => m.start >= q.span.end + comparative.end);
    if (!other || !THAN.test(text.slice(q.span.end + comparative.end, other.start))) continue;
    const entry = lexicon.comparativeEntries[comparative.index]!.find((e) => compatible(e.attribute, other.entity));
    if (!entry) continue;
    const { attribute, direction } = entry;
    // "1.4x more than X per head of population": the comparison is of another attribute.
    const qualifier = lexicon.triggers(text.slice(other.end, other.end + 40))[0];
    if (qualifier && wordsBetween(text, other.end, other.end + qualifier.start) <= 2 && !lexicon.triggerAttributes[qualifier.index]!.includes(attribute)) continue;
    const subject = nearestBefore(text, mentions, parens, q.span, SUBJECT_WINDOW.quantity, (m) => compatible(attribute, m.entity) && m.entity.id !== other.entity.id);
    if (!subject) continue;
    out.push({ subject, other, attribute, direction, quantity: q.quantity, span: { start: q.span.start, end: other.end } });
  }
  return out;
}

const LIKE = /^\s*(?:[\p{L}-]+\s+){0,3}?\(?\s*(?:like|such as|e\.g\.,?|including)\s+$/iu;
const POSSESSIVE_PRONOUN = /(?:^|[^\p{L}])(?:its|their|his|her|our|your)\s+(?:[\p{L}-]+\s+)?$/iu;

function categorySubjects(
  text: string,
  value: Span,
  attribute: PackAttribute,
  mentions: Mention[],
  parens: Span[],
): { subjects: Mention[]; quote: Span } {
  const ok = (m: Mention) => compatible(attribute, m.entity);
  // 1. "MoE in some variants (like X)", "open models such as X and Y".
  const after = mentions.find((m) => m.start >= value.end);
  if (after && after.start - value.end < 60 && LIKE.test(text.slice(value.end, after.start))) {
    const subjects = coordinated(text, mentions, after, 'after').filter(ok);
    const last = subjects[subjects.length - 1] ?? after;
    const paren = enclosing(parens, after);
    return { subjects, quote: { start: value.start, end: Math.max(last.end, paren && !inside(value, paren) ? paren.end : 0) } };
  }
  // 2. The value as an adjective right before its subject: "its proprietary X series".
  if (after && /^\s{1,2}$/.test(text.slice(value.end, after.start)) && ok(after)) {
    return { subjects: [after], quote: { start: value.start, end: after.end } };
  }
  // 3. "its proprietary stack": the owner is the name the pronoun stands for, the nearest before it;
  // if that name cannot hold the value, the value is about something else.
  const pronoun = POSSESSIVE_PRONOUN.exec(text.slice(Math.max(0, value.start - 40), value.start));
  if (pronoun) {
    const at = Math.max(0, value.start - 40) + pronoun.index;
    const owner = [...mentions].reverse().find((m) => m.end <= at && !enclosing(parens, m));
    return { subjects: owner && ok(owner) && wordsBetween(text, owner.end, at) <= SUBJECT_WINDOW.category ? [owner] : [], quote: value };
  }
  // 4. The nearest compatible mention before, with those coordinated with it.
  const before = nearestBefore(text, mentions, parens, value, SUBJECT_WINDOW.category, ok, true);
  if (!before) return { subjects: [], quote: value };
  return { subjects: coordinated(text, mentions, before, 'before').filter(ok), quote: value };
}

interface ValueHit extends Span {
  entry: CompiledValue;
}

/** Category values, each widened over a maker's name standing before it ("Acme's X100" → maker + value). */
function findValues(lexicon: Lexicon, text: string): { values: ValueHit[]; mentions: Mention[] } {
  const found = lexicon.values(text);
  // As with figures, a "sentence" of dozens of values is a data dump: read none of them.
  const values: ValueHit[] = found.length > MAX_VALUES ? [] : found.map((m) => ({ start: m.start, end: m.end, entry: lexicon.valueEntries[m.index]! }));
  let mentions = findMentions(lexicon, text, values);
  for (const v of values) {
    const makers = v.entry.value.makers;
    if (!makers) continue;
    const maker = [...mentions].reverse().find((m) => m.end <= v.start);
    if (maker && makers.includes(maker.entity.id) && /^(?:['’]s)?\s{1,2}$/.test(text.slice(maker.end, v.start))) {
      v.start = maker.start;
      mentions = mentions.filter((m) => m !== maker);
    }
  }
  return { values, mentions };
}

/** Reads one block (paragraph, heading or list item) and returns its claims. */
export function extractBlockClaims(lexicon: Lexicon, block: Segment, state: ProseState): RawClaim[] {
  const claims: RawClaim[] = [];
  const seen = new Set<string>();
  const blockMentions: Mention[] = [];
  const previousSentences: Mention[][] = [];
  const push = (claim: RawClaim) => {
    const v = claim.value;
    const key = [claim.entity.id, claim.attribute, v.kind === 'quantity' ? `${v.min}:${v.max}` : v.kind === 'category' ? v.value : v.polarity, claim.sentence.start, claim.time?.start ?? '', claim.relation?.other.id ?? ''].join('|');
    if (seen.has(key)) return;
    seen.add(key);
    claims.push(claim);
  };

  for (const sentenceSpan of splitSentences(block.text)) {
    const text = block.text.slice(sentenceSpan.start, sentenceSpan.end);
    const base = block.start + sentenceSpan.start;
    const sentence = { start: base, end: base + text.length };
    const abs = (s: Span): Span => ({ start: base + s.start, end: base + s.end });
    const { values, mentions } = findValues(lexicon, text);
    const parens = parentheses(text);
    // "last year's chip", "than in 2024": a date that qualifies something else, not the statement.
    const dates = findDates(text, state.today).filter(
      (d) => !/^['’]s(?![\p{L}])/u.test(text.slice(d.end, d.end + 3)) && !/(?:than|since|from)\s+(?:in\s+)?$/iu.test(text.slice(Math.max(0, d.start - 12), d.start)),
    );
    const timeOf = (span: Span): TimeScope | undefined => {
      let best: { d: number; scope: TimeScope } | undefined;
      // On a tie the date after the statement wins: "21% in 2025 from 19% in 2024".
      for (const date of dates) {
        const d = distance(text, date, span) - (date.start >= span.end ? 0.5 : 0);
        if (d <= DATE_WINDOW && (!best || d < best.d)) best = { d, scope: date.scope };
      }
      return best?.scope;
    };
    const claim = (entity: EntityRef, attribute: string, value: Value, span: Span, anchor: number, confidence?: number, fromContext = false) => {
      const time = timeOf(span);
      const modality = modalityAt(lexicon, text, anchor);
      push({
        entity,
        attribute,
        value,
        span: abs(span),
        sentence,
        modality: fromContext && modality === 'asserted' ? 'hedged' : modality,
        source: block.source,
        confidence: Math.min(confidence ?? 1, entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE),
        ...(time ? { time } : {}),
      });
    };

    const triggers: TriggerHit[] = lexicon
      .triggers(text)
      .slice(0, MAX_TRIGGERS)
      .map((m) => ({ start: m.start, end: m.end, attributes: lexicon.triggerAttributes[m.index]! }));
    const blocked = [...mentions, ...values];
    const quantities = findQuantities(text, lexicon.unitWords).filter(
      (q) =>
        !q.year &&
        blocked.every((b) => q.numberSpan.end <= b.start || q.numberSpan.start >= b.end) &&
        (q.quantity.unit === 'ratio' || isStatedValue(text, q)),
    );
    // A "sentence" with this many figures is a data dump, not prose: read none of them.
    if (quantities.length > MAX_FIGURES) quantities.length = 0;
    /**
     * A subject from context, when the sentence names none that fits: the antecedent of a pronoun that
     * opens the sentence (the first fitting name of the nearest earlier sentence in the paragraph), else
     * the article's topic when its title names exactly one fitting entity.
     */
    const contextSubject = (attribute: PackAttribute, allowTopic: boolean, at?: Span): EntityRef | undefined => {
      // "…, and his 19 goals": the pronoun's antecedent is the nearest fitting name before it.
      const possessive = at && POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, at.start - 30), at.start));
      if (possessive) {
        const pronounAt = Math.max(0, at.start - 30) + possessive.index;
        const owner = [...mentions].reverse().find((m) => m.end <= pronounAt && compatible(attribute, m.entity));
        if (owner) return owner.entity;
      }
      if (mentions.some((m) => compatible(attribute, m.entity))) return undefined;
      if (SUBJECT_PRONOUN.test(text) || (at && PRONOUN.test(text.slice(0, at.start)))) {
        for (let i = previousSentences.length - 1; i >= 0; i--) {
          const antecedent = previousSentences[i]!.find((m) => compatible(attribute, m.entity));
          if (antecedent) return antecedent.entity;
        }
        return undefined;
      }
      const topic = allowTopic ? state.topic.filter((e) => compatible(attribute, e)) : [];
      return topic.length === 1 ? topic[0] : undefined;
    };
    for (const { entity, attribute, match, span } of quantityClaims(lexicon, text, quantities, triggers, mentions, parens)) {
      const subject = entity ?? contextSubject(attribute, true, match.numberSpan);
      if (!subject) continue;
      claim(subject, attribute.id, { ...match.quantity, unit: attribute.unit! }, span, match.span.start, entity ? undefined : CONTEXT_SUBJECT_CONFIDENCE);
    }

    for (const r of ratioClaims(lexicon, text, quantities, mentions, parens)) {
      const ratio = r.quantity;
      push({
        entity: r.subject.entity,
        attribute: `ratio.${r.attribute.id}`,
        value: ratio,
        span: abs(r.span),
        sentence,
        modality: modalityAt(lexicon, text, r.span.start),
        source: block.source,
        confidence: r.subject.entity.known && r.other.entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
        relation: { other: r.other.entity, direction: r.direction },
      });
    }

    for (const v of values) {
      const attribute = v.entry.attribute;
      if (attribute.triggers.length > 0) {
        const near = triggers.some((t) => t.attributes.includes(attribute) && distance(text, t, v) <= TRIGGER_WINDOW);
        if (!near) continue;
      }
      const { subjects, quote } = categorySubjects(text, v, attribute, mentions, parens);
      const value: Value = { kind: 'category', value: v.entry.value.id, text: text.slice(v.start, v.end) };
      for (const subject of subjects) claim(subject.entity, attribute.id, value, quote, v.start);
      const fromContext = subjects.length === 0 ? contextSubject(attribute, false) : undefined;
      if (fromContext) claim(fromContext, attribute.id, value, quote, v.start, CONTEXT_SUBJECT_CONFIDENCE);
    }

    // Clause breaks and negations matter only to a sentence with an event trigger: most have none.
    let breaks: RegExpExecArray[] | undefined;
    for (const { event, triggers: eventTriggers, negations, negationsAfter } of lexicon.events) {
      const triggerMatches = eventTriggers(text);
      if (triggerMatches.length === 0) continue;
      const negationMatches = negations(text);
      const negationAfterMatches = negationsAfter(text);
      breaks ??= [...text.matchAll(CLAUSE_BREAK)];
      // One claim per clause: "X never acquired a maker; its bid for Y fell through" states two.
      const clauses = new Set<number>();
      for (const trigger of triggerMatches.slice(0, MAX_EVENT_TRIGGERS)) {
        const clause = clauseOf(text, trigger, breaks);
        const clauseStart = clause.start;
        const inClause = (n: Span) => n.start >= clauseStart;
        if (clauses.has(clauseStart)) continue;
        clauses.add(clauseStart);
        const negation = negationMatches.find(
          (n) => inClause(n) && n.end <= trigger.start && wordsBetween(text, n.end, trigger.start) <= NEGATION_WINDOW && !NOT_NEGATING.test(text.slice(n.end, n.end + 12)),
        );
        const negationAfter = negationAfterMatches.find((n) => n.start >= trigger.end && wordsBetween(text, trigger.end, n.start) <= 4);
        const participants: EntityRef[] = [];
        const addParticipant = (e: EntityRef) => {
          if (event.participantTypes.includes(e.type) && !participants.some((p) => p.id === e.id)) participants.push(e);
        };
        if (event.minParticipants === 1) {
          // One participant ("released X", "X was launched"): the nearest fitting name to the trigger, the object first.
          const near = mentions
            .filter((m) => event.participantTypes.includes(m.entity.type) && distance(text, m, trigger) <= TRIGGER_WINDOW)
            .sort((a, b) => distance(text, a, trigger) - distance(text, b, trigger) || (a.start >= trigger.end ? -1 : 1));
          if (near[0]) addParticipant(near[0].entity);
        } else {
          for (const m of mentions) if (inside(m, clause)) addParticipant(m.entity);
          // Then, as context: the rest of the sentence, nearest first.
          const rest = [...mentions].filter((m) => !inside(m, clause)).sort((a, b) => distance(text, a, trigger) - distance(text, b, trigger));
          for (const m of rest) if (participants.length < event.minParticipants) addParticipant(m.entity);
          for (let i = blockMentions.length - 1; i >= 0 && participants.length < event.minParticipants; i--) addParticipant(blockMentions[i]!.entity);
          for (const e of state.lastEventParticipants.get(event.id) ?? []) {
            if (participants.length >= event.minParticipants) break;
            addParticipant(e);
          }
        }
        if (participants.length < event.minParticipants) {
          clauses.delete(clauseStart);
          continue;
        }
        // Participants taken from earlier sentences ("the approval", "the two sides") are a guess from
        // context: such a claim supports others but does not make a conflict on its own.
        const fromContext = participants.some((p) => !mentions.some((m) => m.entity.id === p.id));
        participants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        state.lastEventParticipants.set(event.id, participants);
        const core = {
          start: negation ? negation.start : trigger.start,
          end: negationAfter ? negationAfter.end : trigger.end,
        };
        const span = quoteWithParticipants(text, core, clause, mentions.filter((m) => participants.some((p) => p.id === m.entity.id)));
        const entity: EntityRef = {
          id: participants.map((p) => p.id).join('+'),
          name: participants.map((p) => p.name).join(' & '),
          type: 'event',
          mention: text.slice(span.start, span.end),
          known: participants.every((p) => p.known),
        };
        claim(
          entity,
          `event.${event.id}`,
          {
            kind: 'event',
            event: event.id,
            participants: participants.map((p) => p.id),
            polarity: negation || negationAfter ? 'not-happened' : 'happened',
            text: text.slice(span.start, span.end),
          },
          span,
          trigger.start,
          undefined,
          fromContext,
        );
      }
    }
    blockMentions.push(...mentions);
    previousSentences.push(mentions.filter((m) => !COMPARED_WITH.test(text.slice(Math.max(0, m.start - 20), m.start))));
  }
  return claims;
}
