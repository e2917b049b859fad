// Sentences → raw claims: figures, category values and events, each bound to its subject.
import { findQuantities, type QuantityMatch } from '../normalise/numbers.js';
import { findMentions, UNKNOWN_ENTITY_CONFIDENCE, type Mention } from '../normalise/entities.js';
import type { CompiledValue, Lexicon } from '../packs/lexicon.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, Modality, SourceKind, Span, Value } from '../types.js';
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
}

/** What one document's reading carries from sentence to sentence. */
export interface ProseState {
  /** The participants of the last event of each type, for "the failed negotiation". */
  lastEventParticipants: Map<string, EntityRef[]>;
}

export const newProseState = (): ProseState => ({ lastEventParticipants: new Map() });

/** How far (in words) a trigger may stand from its figure or value. */
const TRIGGER_WINDOW = 6;
/** How far (in words) an event's negation may stand before its trigger. */
const NEGATION_WINDOW = 5;
/** Han characters count one word each, since Chinese has no spaces. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*|\p{Script=Han}/gu;

function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  let count = 0;
  for (const _ of text.slice(from, to).matchAll(WORD)) count++;
  return count;
}

function distance(text: string, a: Span, b: Span): number {
  if (a.end > b.start && b.end > a.start) return 0;
  return a.end <= b.start ? wordsBetween(text, a.end, b.start) : wordsBetween(text, b.end, a.start);
}

/** Spans of parenthesised text, for "(like X)" and for skipping asides when looking for a subject. */
function parentheses(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length > 0) spans.push({ start: open.pop()!, end: i + 1 });
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
const CONTRAST_BARRIER = /(?:[;—]|(?<![\p{L}])(?:but|however|whereas|while|yet)(?![\p{L}]))/iu;

/**
 * The nearest compatible mention before `at`, within `window` words. Asides in parentheses that do
 * not hold `at` are skipped. The search stops at an incompatible possessor ("Acme's move toward
 * closed models": the value is Acme's business, not an earlier name's), and does not cross a
 * contrast ("but", ";") once it has passed over another name.
 */
function nearestBefore(
  text: string,
  mentions: Mention[],
  parens: Span[],
  at: Span,
  window: number,
  accept: (m: Mention) => boolean,
): Mention | undefined {
  const own = enclosing(parens, at);
  let skipped = false;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > at.start) continue;
    const aside = enclosing(parens, m);
    if (aside && aside !== own && !(own && inside(aside, own))) continue;
    const gap = text.slice(m.end, at.start);
    if (wordsBetween(text, m.end, at.start) > window) return undefined;
    if (skipped && CONTRAST_BARRIER.test(gap)) return undefined;
    if (accept(m)) return m;
    if (/^['’]s\b/.test(gap)) return undefined;
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
): { entity: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span }[] {
  // Each trigger belongs to the figure nearest to it; a tie goes to the figure before it ("236B total").
  const owned = new Map<QuantityMatch, TriggerHit[]>();
  for (const t of triggers) {
    let best: QuantityMatch | undefined;
    let bestDistance = Infinity;
    for (const q of quantities) {
      const d = distance(text, t, q.span);
      if (d < bestDistance || (d === bestDistance && best && q.span.end <= t.start)) {
        best = q;
        bestDistance = d;
      }
    }
    if (best && bestDistance <= TRIGGER_WINDOW) owned.set(best, [...(owned.get(best) ?? []), t]);
  }
  const out: { entity: EntityRef; attribute: PackAttribute; match: QuantityMatch; span: Span }[] = [];
  for (const q of quantities) {
    const unitWord = q.unitSpan ? text.slice(q.unitSpan.start, q.unitSpan.end).toLowerCase() : '';
    let chosen: { attribute: PackAttribute; distance: number; trigger?: Span }[] = [];
    for (const attribute of lexicon.pack.attributes) {
      if (attribute.kind !== 'quantity') continue;
      const unit = q.quantity.unit;
      const unitOk = unit === attribute.unit || (unit === '' && attribute.bareScaled === true && hasScale(q, text));
      if (!unitOk) continue;
      let best: { distance: number; trigger?: Span } | undefined;
      if (attribute.triggers.length === 0) {
        if (unitWord && attribute.unitWords?.includes(unitWord)) best = { distance: 0 };
      } else {
        for (const t of owned.get(q) ?? []) {
          if (!t.attributes.includes(attribute)) continue;
          const d = distance(text, t, q.span);
          if (!best || d < best.distance) best = { distance: d, trigger: t };
        }
      }
      if (!best) continue;
      if (chosen.length === 0 || best.distance < chosen[0]!.distance) chosen = [{ attribute, ...best }];
      else if (best.distance === chosen[0]!.distance) chosen.push({ attribute, ...best });
    }
    // Two attributes equally near: the figure is ambiguous, and we would rather miss it than guess.
    if (chosen.length !== 1) continue;
    const { attribute, trigger } = chosen[0]!;
    const subject = nearestBefore(text, mentions, parens, q.numberSpan, SUBJECT_WINDOW.quantity, (m) => compatible(attribute, m.entity));
    if (!subject) continue;
    const span = trigger
      ? { start: Math.min(trigger.start, q.span.start), end: Math.max(trigger.end, q.span.end) }
      : q.span;
    out.push({ entity: subject.entity, attribute, match: q, span });
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
  // 3. "its proprietary stack": the owner is a pronoun we do not resolve.
  if (POSSESSIVE_PRONOUN.test(text.slice(Math.max(0, value.start - 40), value.start))) return { subjects: [], quote: value };
  // 4. The nearest compatible mention before, with those coordinated with it.
  const before = nearestBefore(text, mentions, parens, value, SUBJECT_WINDOW.category, ok);
  if (!before) return { subjects: [], quote: value };
  return { subjects: coordinated(text, mentions, before, 'before').filter(ok), quote: value };
}

interface ValueHit extends Span {
  entry: CompiledValue;
}

/** Category values, each widened over a maker's name standing before it ("Acme's X100" → maker + value). */
function findValues(lexicon: Lexicon, text: string): { values: ValueHit[]; mentions: Mention[] } {
  const values: ValueHit[] = lexicon.values(text).map((m) => ({ start: m.start, end: m.end, entry: lexicon.valueEntries[m.index]! }));
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
  const push = (claim: RawClaim) => {
    const v = claim.value;
    const key = [claim.entity.id, claim.attribute, v.kind === 'quantity' ? `${v.min}:${v.max}` : v.kind === 'category' ? v.value : v.polarity, claim.sentence.start].join('|');
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
    const claim = (entity: EntityRef, attribute: string, value: Value, span: Span, anchor: number) =>
      push({
        entity,
        attribute,
        value,
        span: abs(span),
        sentence,
        modality: modalityAt(lexicon, text, anchor),
        source: block.source,
        confidence: entity.known ? 1 : UNKNOWN_ENTITY_CONFIDENCE,
      });

    const triggers: TriggerHit[] = lexicon.triggers(text).map((m) => ({ start: m.start, end: m.end, attributes: lexicon.triggerAttributes[m.index]! }));
    const blocked = [...mentions, ...values];
    const quantities = findQuantities(text, lexicon.unitWords).filter(
      (q) => !q.year && blocked.every((b) => q.numberSpan.end <= b.start || q.numberSpan.start >= b.end),
    );
    for (const { entity, attribute, match, span } of quantityClaims(lexicon, text, quantities, triggers, mentions, parens)) {
      claim(entity, attribute.id, { ...match.quantity, unit: attribute.unit! }, span, match.span.start);
    }

    for (const v of values) {
      const attribute = v.entry.attribute;
      if (attribute.triggers.length > 0) {
        const near = triggers.some((t) => t.attributes.includes(attribute) && distance(text, t, v) <= TRIGGER_WINDOW);
        if (!near) continue;
      }
      const { subjects, quote } = categorySubjects(text, v, attribute, mentions, parens);
      for (const subject of subjects) {
        claim(subject.entity, attribute.id, { kind: 'category', value: v.entry.value.id, text: text.slice(v.start, v.end) }, quote, v.start);
      }
    }

    for (const { event, triggers: eventTriggers, negations, negationsAfter } of lexicon.events) {
      const trigger = eventTriggers(text)[0];
      if (!trigger) continue;
      const negation = negations(text).find((n) => n.end <= trigger.start && wordsBetween(text, n.end, trigger.start) <= NEGATION_WINDOW);
      const negationAfter = negationsAfter(text).find((n) => n.start >= trigger.end && wordsBetween(text, trigger.end, n.start) <= 4);
      const participants: EntityRef[] = [];
      const addParticipant = (e: EntityRef) => {
        if (event.participantTypes.includes(e.type) && !participants.some((p) => p.id === e.id)) participants.push(e);
      };
      for (const m of mentions) addParticipant(m.entity);
      for (let i = blockMentions.length - 1; i >= 0 && participants.length < event.minParticipants; i--) addParticipant(blockMentions[i]!.entity);
      for (const e of state.lastEventParticipants.get(event.id) ?? []) {
        if (participants.length >= event.minParticipants) break;
        addParticipant(e);
      }
      if (participants.length < event.minParticipants) continue;
      participants.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      state.lastEventParticipants.set(event.id, participants);
      const span = {
        start: negation ? negation.start : trigger.start,
        end: negationAfter ? negationAfter.end : trigger.end,
      };
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
      );
    }
    blockMentions.push(...mentions);
  }
  return claims;
}
