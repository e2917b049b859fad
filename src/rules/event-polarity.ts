// Rule event-polarity: one event asserted as having happened and as not having happened.
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
    const claims = group.filter((c): c is Claim & { value: EventValue } => c.value.kind === 'event' && isSupporting(c));
    const asserted = claims.filter(isAsserted);
    const happened = asserted.some((c) => c.value.polarity === 'happened');
    const denied = asserted.some((c) => c.value.polarity === 'not-happened');
    if (!happened || !denied) return [];
    const first = claims[0]!;
    const label = lexicon.pack.events.find((e) => e.id === first.value.event)?.label ?? first.value.event;
    return [{ claims, message: `${first.entity.name} ${label}: happened vs did not happen` }];
  },
};
