// Stated ratios between two entities: "6x cheaper than X", "a 35x cost advantage over X".
import type { QuantityMatch } from '../../normalise/numbers.js';
import type { Mention } from '../../normalise/entities.js';
import type { Lexicon } from '../../packs/lexicon.js';
import type { PackAttribute } from '../../packs/types.js';
import type { Span } from '../../types.js';
import { compatible, nearestBefore, SUBJECT_WINDOW } from '../subjects.js';
import { wordsBetween } from '../words.js';

const THAN = /^\s*(?:than|over|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?$/iu;

/** "6x cheaper than X", "a 35x cost advantage over X": a ratio of an attribute between two entities. */
export function ratioClaims(lexicon: Lexicon, text: string, quantities: QuantityMatch[], mentions: Mention[], parens: Span[]) {
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
