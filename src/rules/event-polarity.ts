// Rule event-polarity: one event asserted as having happened and as not having happened. Events of two kinds ("full
// approval", "conditional approval": the claims' variant) are two events.
import type { Claim, EventValue } from '../types.js';
import { docsUrl, isAsserted, isSupporting, type Rule } from './rule.js';

export const eventPolarity: Rule = {
  id: 'event-polarity',
  meta: {
    description: 'An event cannot be asserted both to have happened and not to have happened',
    severity: 'error',
    url: docsUrl('event-polarity'),
  },
  check(group, { lexicon }) {
    const events = group.filter((c): c is Claim & { value: EventValue } => c.value.kind === 'event' && isSupporting(c));
    const kinds = new Set(events.filter(isAsserted).map((c) => c.variant ?? ''));
    const clashing = [...kinds].filter((kind) => {
      const asserted = events.filter((c) => isAsserted(c) && (c.variant ?? '') === kind);
      return asserted.some((c) => c.value.polarity === 'happened') && asserted.some((c) => c.value.polarity === 'not-happened');
    });
    if (clashing.length === 0) return [];
    const claims = events.filter((c) => clashing.includes(c.variant ?? ''));
    const first = claims[0]!;
    const label = lexicon.pack.events.find((e) => e.id === first.value.event)?.label ?? first.value.event;
    return [{ claims, message: `${first.entity.name} ${label}: happened vs did not happen` }];
  },
};
