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
// stated for the family itself, never with another member's: members of one family may differ. Where the
// corpus gives its members different values, no member's value speaks for the family at all.
import type { Category, Claim } from '../types.js';
import { docsUrl, isAsserted, isSupporting, type Rule } from './rule.js';

/** Between two values of one sentence, a coordination that lists both as holding: "A shares and B shares", "A y B". */
const AND_BETWEEN = /^[^;:.!?()]{0,40}?(?<![\p{L}])(?:and|as\s+well\s+as|y|e|et|und|sowie)(?![\p{L}])[^;:.!?()]{0,40}$|^[^;:.!?()]{0,20}?[和及与與、][^;:.!?()]{0,20}$/iu;
/** Words that set two values against each other rather than list them: "A rather than B", "ditches A for B", "A or B". */
const NOT_TOGETHER = /(?<![\p{L}])(?:or|than|instead|rather|for|not|but|nor|ou|oder|o|pas|nicht|no|sino|statt|anstatt|plutôt)(?![\p{L}])|或|而非|不是|而不/iu;

/** Whether the text between two value claims of one sentence joins them with "and". */
function joinedByAnd(a: Claim, b: Claim): boolean {
  const [ia, ib] = [a.sentence.indexOf(a.quote), b.sentence.indexOf(b.quote)];
  if (ia < 0 || ib < 0 || ia === ib) return false;
  const [first, second] = ia < ib ? [{ at: ia, quote: a.quote }, { at: ib }] : [{ at: ib, quote: b.quote }, { at: ia }];
  const between = a.sentence.slice(first.at + first.quote.length, second.at);
  return AND_BETWEEN.test(between) && !NOT_TOGETHER.test(between);
}

export const categoricalExclusive: Rule = {
  id: 'categorical-exclusive',
  meta: {
    description: 'An entity cannot hold values from two exclusive groups of one attribute',
    severity: 'error',
    url: docsUrl('categorical-exclusive'),
  },
  // "Developer: A" and "Developer (PC port): B": values of two variants (a label's qualifier, an edition) are other facts, as
  // figures of two variants are; each variant's values are checked apart.
  check(group, context) {
    const byVariant = new Map<string, Claim[]>();
    for (const c of group) byVariant.set(c.variant ?? '', [...(byVariant.get(c.variant ?? '') ?? []), c]);
    return [...byVariant.values()].flatMap((claims) => checkVariant(claims, context));
  },
};

function checkVariant(group: Claim[], { lexicon, claimsOf }: Parameters<Rule['check']>[1]): ReturnType<Rule['check']> {
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
  // Members given different values (an 8B model under Apache 2.0, a 70B under a licence of its own), on this page or another:
  // no member's value speaks for the family, which then has only what is said of it.
  const lifted = claimsOf(group[0]!.entity.id, group[0]!.attribute).filter(
    (c): c is Claim & { value: Category } => c.scope === 'member' && c.derivedFrom !== undefined && c.value.kind === 'category' && !c.value.negated && isAsserted(c),
  );
  const liftedClasses = [...new Set(lifted.map(classOf))];
  const membersDiffer =
    attribute.variesByMember === true || liftedClasses.some((a) => liftedClasses.some((b) => a !== b && !ancestorsOf(a).has(b) && !ancestorsOf(b).has(a)));
  const claims = group.filter((c): c is Claim & { value: Category } => c.value.kind === 'category' && isSupporting(c) && !(membersDiffer && c.scope === 'member' && c.derivedFrom !== undefined));
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
  // one value alone, and another value given elsewhere; not one that a sentence joins to it with "and" ("divided into
  // A shares and B shares"): that sentence says the two hold together.
  const leafOf = (c: Claim & { value: Category }) => leaves.find((k) => k === classOf(c) || ancestorsOf(classOf(c)).has(k));
  const bySentence = new Map<string, (Claim & { value: Category })[]>();
  for (const c of asserted) {
    const key = `${c.place.file}\u0000${c.place.line}\u0000${c.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  const leavesBySentence = new Map([...bySentence].map(([key, cs]) => [key, new Set(cs.map(leafOf))]));
  const together = new Set<string>();
  for (const cs of bySentence.values()) {
    for (const a of cs) for (const b of cs) if (leafOf(a) !== leafOf(b) && joinedByAnd(a, b)) together.add(`${leafOf(a)}\u0000${leafOf(b)}`).add(`${leafOf(b)}\u0000${leafOf(a)}`);
  }
  const alone = [...leavesBySentence.entries()].filter(([, ls]) => ls.size === 1);
  const clashAcross = alone.some(([key, ls]) => {
    const [leaf] = ls;
    return [...leavesBySentence.entries()].some(([other, ols]) => other !== key && [...ols].some((l) => l !== leaf && !together.has(`${leaf}\u0000${l}`)));
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
}
