// Who a span of a sentence is about: a name in the sentence (nearest fitting, coordinated, the object of
// "like"/"such as", a possessive's owner), never the object of a comparison; else a subject from context
// (a pronoun's antecedent, the article's topic).
import type { Mention } from '../normalise/entities.js';
import type { PackAttribute } from '../packs/types.js';
import type { EntityRef, Span } from '../types.js';
import { enclosing, inside, wordsBetween } from './words.js';

/** Confidence of a claim whose subject was found in context (a pronoun's antecedent, the article's topic). */
export const CONTEXT_SUBJECT_CONFIDENCE = 0.8;
const SUBJECT_PRONOUN = /^\s*["“'‘(]?\s*(?:it|he|she|they|its|his|her|their)(?![\p{L}])/iu;
const PRONOUN = /(?<![\p{L}])(?:it|he|she|they)(?![\p{L}])/iu;
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;

export function compatible(attribute: PackAttribute, entity: EntityRef): boolean {
  return attribute.subjects.includes(entity.type);
}

/** Mentions joined to `mention` by "and" or a comma, nearest first: "A and B as closed systems". */
export function coordinated(text: string, mentions: Mention[], mention: Mention, direction: 'before' | 'after'): Mention[] {
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
export const SUBJECT_WINDOW = { category: 10, quantity: 14 };
/** A name right after these is what something is compared with, not the subject. */
export const COMPARED_WITH = /(?<![\p{L}])(?:than|as|unlike|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?$/iu;
const CONTRAST_BARRIER = /(?:[;—]|(?<![\p{L}])(?:but|however|whereas)(?![\p{L}]))/iu;

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

const LIKE = /^\s*(?:[\p{L}-]+\s+){0,3}?\(?\s*(?:like|such as|e\.g\.,?|including)\s+$/iu;
const POSSESSIVE_PRONOUN = /(?:^|[^\p{L}])(?:its|their|his|her|our|your)\s+(?:[\p{L}-]+\s+)?$/iu;

export function categorySubjects(
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

/** What a sentence's reader knows of the text before it. */
export interface SubjectContext {
  /** The mentions of the paragraph's earlier sentences, each list in text order. */
  previousSentences: Mention[][];
  /** What the article is about: the names in its title. */
  topic: EntityRef[];
}

/**
 * A subject from context, when the sentence names none that fits: the antecedent of a pronoun that
 * opens the sentence (the first fitting name of the nearest earlier sentence in the paragraph), else
 * the article's topic when its title names exactly one fitting entity.
 */
export function contextSubject(
  text: string,
  mentions: Mention[],
  context: SubjectContext,
  attribute: PackAttribute,
  allowTopic: boolean,
  at?: Span,
): EntityRef | undefined {
  // "…, and his 19 goals": the pronoun's antecedent is the nearest fitting name before it.
  const possessive = at && POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, at.start - 30), at.start));
  if (possessive) {
    const pronounAt = Math.max(0, at.start - 30) + possessive.index;
    const owner = [...mentions].reverse().find((m) => m.end <= pronounAt && compatible(attribute, m.entity));
    if (owner) return owner.entity;
  }
  if (mentions.some((m) => compatible(attribute, m.entity))) return undefined;
  if (SUBJECT_PRONOUN.test(text) || (at && PRONOUN.test(text.slice(0, at.start)))) {
    for (let i = context.previousSentences.length - 1; i >= 0; i--) {
      const antecedent = context.previousSentences[i]!.find((m) => compatible(attribute, m.entity));
      if (antecedent) return antecedent.entity;
    }
    return undefined;
  }
  const topic = allowTopic ? context.topic.filter((e) => compatible(attribute, e)) : [];
  return topic.length === 1 ? topic[0] : undefined;
}
