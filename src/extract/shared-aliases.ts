// Two things of the packs that share an alias ("Ostkirk" for "Ostkirk, Ardenia" and "Ostkirk, Lorvania"): the first listed
// takes it everywhere (the loader warns), except on a page whose title names another of them, where the alias is that one.
import { packEntityRef, type Mention } from '../normalise/entities.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { PackEntity } from '../packs/types.js';
import type { EntityRef } from '../types.js';

const key = (alias: string) => alias.trim().replace(/\s+/gu, ' ').toLowerCase();

const SHARED = new WeakMap<Lexicon, Map<string, PackEntity[]>>();
/** The aliases two entities or more list (folded), each with those entities in the packs' order. */
function sharedAliases(lexicon: Lexicon): Map<string, PackEntity[]> {
  let shared = SHARED.get(lexicon);
  if (!shared) {
    const by = new Map<string, PackEntity[]>();
    for (const e of lexicon.pack.entities) {
      for (const a of new Set([e.name, ...e.aliases].map(key))) by.set(a, [...(by.get(a) ?? []), e]);
    }
    shared = new Map([...by].filter(([, es]) => es.length > 1));
    SHARED.set(lexicon, shared);
  }
  return shared;
}

/**
 * On a page whose title names one of the entities that share an alias, the alias written alone is that one: "Ostkirk was founded
 * in 1879" under "# Ostkirk, Lorvania" is Ostkirk, Lorvania's, though "Ostkirk, Ardenia" lists "Ostkirk" first. (`retype`: the
 * page's typing of a name.)
 */
export function titledSharedAlias(lexicon: Lexicon, titled: readonly EntityRef[], retype: (e: EntityRef) => EntityRef): (m: Mention) => Mention {
  const shared = sharedAliases(lexicon);
  if (shared.size === 0 || titled.length === 0) return (m) => m;
  return (m) => {
    if (!m.entity.known) return m;
    const sharing = shared.get(key(m.text));
    if (!sharing || !sharing.some((e) => e.id === m.entity.id)) return m;
    const named = sharing.filter((e) => titled.some((t) => t.id === e.id));
    if (named.length !== 1 || named[0]!.id === m.entity.id) return m;
    return { ...m, entity: retype(packEntityRef(named[0]!, m.text)) };
  };
}
