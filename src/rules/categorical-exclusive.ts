// Rule categorical-exclusive: one entity given values from mutually exclusive groups (MoE vs dense).
//
// A value stated for a family member and lifted to its family (scope "member") clashes with a value
// stated for the family itself, never with another member's: members of one family may differ.
import type { Category, Claim } from '../types.js';
import { docsUrl, isAsserted, isSupporting, type Rule } from './rule.js';

export const categoricalExclusive: Rule = {
  id: 'categorical-exclusive',
  meta: {
    description: 'An entity cannot hold values from two exclusive groups of one attribute',
    severity: 'error',
    url: docsUrl('categorical-exclusive'),
  },
  check(group, { lexicon }) {
    const attribute = lexicon.attributes.get(group[0]!.attribute);
    if (!attribute?.values) return [];
    const classOf = (c: Claim & { value: Category }) => {
      const value = attribute.values!.find((v) => v.id === c.value.value);
      return value?.group ?? c.value.value;
    };
    const claims = group.filter((c): c is Claim & { value: Category } => c.value.kind === 'category' && isSupporting(c));
    const asserted = claims.filter(isAsserted);
    // Linear: a clash needs a class stated for the entity itself and any other class.
    const classes = new Map<string, { direct: boolean }>();
    for (const c of asserted) {
      const entry = classes.get(classOf(c)) ?? { direct: false };
      entry.direct ||= c.scope !== 'member';
      classes.set(classOf(c), entry);
    }
    const clash = classes.size >= 2 && [...classes.values()].some((e) => e.direct);
    if (!clash) return [];
    const values: string[] = [];
    for (const c of asserted) if (!values.includes(c.value.value)) values.push(c.value.value);
    const first = claims[0]!;
    return [{ claims, message: `${first.entity.name} ${attribute.label}: ${values.join(' vs ')}` }];
  },
};
