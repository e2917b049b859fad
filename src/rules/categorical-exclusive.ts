// Rule categorical-exclusive: one entity given values from mutually exclusive groups (MoE vs dense).
//
// A value said not to hold ("was not released under Apache 2.0") clashes with the same value, or one under
// it, said to hold; with no other.
//
// Values may fall under broader ones (`broader`: "Apache-2.0" under "open"): a value never clashes with
// one it falls under. A multi-valued attribute (`multiValued`: the GPUs a lab uses) clashes only when a
// claim says its value is the only one ("only", "exclusively", a pack's `exclusiveCues`).
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
    /** The classes a class falls under, through its values' `broader` links. */
    const ancestors = new Map<string, Set<string>>();
    const ancestorsOf = (k: string): Set<string> => {
      let found = ancestors.get(k);
      if (found) return found;
      found = new Set<string>();
      ancestors.set(k, found);
      const queue = attribute.values!.filter((v) => (v.group ?? v.id) === k).flatMap((v) => v.broader ?? []);
      while (queue.length > 0) {
        const id = queue.shift()!;
        const v = attribute.values!.find((x) => x.id === id);
        const cls = v?.group ?? id;
        if (found.has(cls)) continue;
        found.add(cls);
        queue.push(...(v?.broader ?? []));
      }
      return found;
    };
    const claims = group.filter((c): c is Claim & { value: Category } => c.value.kind === 'category' && isSupporting(c));
    const stated = claims.filter(isAsserted);
    // "not under Apache 2.0" clashes with "under Apache 2.0" (or with a value under a denied broader one), never with other values.
    const denied = stated.filter((c) => c.value.negated);
    const asserted = stated.filter((c) => !c.value.negated);
    // Two members' values lifted to their family say nothing of each other: one side must be said of the entity itself.
    const deniedClasses = (direct: boolean) => new Set(denied.filter((c) => !direct || c.scope !== 'member').map(classOf));
    const meets = (c: Claim & { value: Category }, classes: Set<string>) => classes.has(classOf(c)) || [...ancestorsOf(classOf(c))].some((k) => classes.has(k));
    const contradicted =
      denied.length > 0 &&
      (asserted.some((c) => c.scope !== 'member' && meets(c, deniedClasses(false))) || asserted.some((c) => meets(c, deniedClasses(true))));
    // Linear: a clash needs a class stated for the entity itself and any other class.
    const classes = new Map<string, { direct: boolean }>();
    for (const c of asserted) {
      const entry = classes.get(classOf(c)) ?? { direct: false };
      entry.direct ||= c.scope !== 'member';
      classes.set(classOf(c), entry);
    }
    // A broader value is compatible with the values under it ("open" with "Apache-2.0"): only classes no
    // other present class falls under can clash.
    const leaves = [...classes.keys()].filter((k) => ![...classes.keys()].some((other) => other !== k && ancestorsOf(other).has(k)));
    const direct = (k: string) => classes.get(k)!.direct || [...classes.keys()].some((other) => ancestorsOf(k).has(other) && classes.get(other)!.direct);
    // One sentence giving one entity several values lists them or offers them as alternatives ("the A or B
    // chipset, depending on the region"): it contradicts nothing by itself. A clash needs a sentence that gives
    // one value alone, and another value given elsewhere.
    const leafOf = (c: Claim & { value: Category }) => leaves.find((k) => k === classOf(c) || ancestorsOf(classOf(c)).has(k));
    const leavesBySentence = new Map<string, Set<string | undefined>>();
    for (const c of asserted) {
      const key = `${c.place.file}\u0000${c.place.line}\u0000${c.sentence}`;
      leavesBySentence.set(key, (leavesBySentence.get(key) ?? new Set()).add(leafOf(c)));
    }
    const alone = [...leavesBySentence.entries()].filter(([, ls]) => ls.size === 1);
    const clashAcross = alone.some(([key, ls]) => {
      const [leaf] = ls;
      return [...leavesBySentence.entries()].some(([other, ols]) => other !== key && [...ols].some((l) => l !== leaf));
    });
    let clash = leaves.length >= 2 && leaves.some(direct) && clashAcross;
    // Several values of a multi-valued attribute (two chips, two cloud partners) are no clash, unless one
    // is said to be the only one ("relies exclusively on X").
    if (clash && attribute.multiValued) clash = asserted.some((c) => c.exclusive === true);
    if (!clash && !contradicted) return [];
    const values: string[] = [];
    for (const c of stated) {
      const v = c.value.negated ? `not ${c.value.value}` : c.value.value;
      if (!values.includes(v)) values.push(v);
    }
    const first = claims[0]!;
    return [{ claims, message: `${first.entity.name} ${attribute.label}: ${values.join(' vs ')}` }];
  },
};
