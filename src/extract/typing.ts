// What kind of thing a name no pack knows stands for, from what the text says of it: a type noun next to it
// ("the Lumen 3 model", "Acme's Nimbus phone"), a copula or an apposition ("Lumen 2 is a language model",
// "Orion-2, a spacecraft"), a list ("models like X and Y"), or a pack name it extends ("Acme 3 70B" of
// the family Acme). Names stay of unknown type until the text types them; a pack attribute binds only to
// entities of its subject types, so no pack decides on its own that a bridge is a model.
import { foldName, type Lexicon } from '../packs/lexicon.js';
import { AMBIGUOUS, ORGANISATION_TYPES, PLACE_TYPES, packEntityRef, resolveName, type Mention } from '../normalise/entities.js';
import type { EntityRef } from '../types.js';
import type { PackEntity } from '../packs/types.js';
import { RIVAL_NOUN, type Descriptions } from './subjects.js';
import { spacedPattern } from '../packs/phrases.js';
import { FUNCTION_WORDS } from './figure-phrases.js';

/** Phrases as one regular-expression alternation, longest first, any run of spaces matching any other. */
function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(spacedPattern)
    .join('|');
}

/** Type nouns of the packs' entity types, longest first: [noun, type]. A later pack's nouns win. */
export function typeNouns(lexicon: Lexicon): [RegExp, Map<string, string>] {
  const cached = NOUNS.get(lexicon);
  if (cached) return cached;
  const byNoun = new Map<string, string>();
  const hints = [...lexicon.pack.entityTypes].reverse();
  for (const hint of hints) {
    for (const noun of [hint.type, ...hint.headers]) {
      const n = noun.toLowerCase().trim();
      if (n === '' || n.length > 40) continue;
      if (!byNoun.has(n)) byNoun.set(n, hint.type);
      if (/\p{L}$/u.test(n) && !/\p{Script=Han}/u.test(n) && !byNoun.has(`${n}s`)) byNoun.set(`${n}s`, hint.type);
    }
  }
  const re = new RegExp(byNoun.size > 0 ? `^(?:${alternation(byNoun.keys())})(?![\\p{L}\\p{N}])` : '(?!)', 'iu');
  const result: [RegExp, Map<string, string>] = [re, byNoun];
  NOUNS.set(lexicon, result);
  return result;
}
const NOUNS = new WeakMap<Lexicon, [RegExp, Map<string, string>]>();

/**
 * The packs' type nouns as descriptions ("the lander", "the model"): a description stands for a name of its noun's type,
 * a family whose members are of it, or a name whose type is not known; never for a name of another known type.
 */
const SUBJECT_TYPES = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The entity types some attribute of the packs describes (a trial, a company); a place that none does is a scope. */
export function subjectTypes(lexicon: Lexicon): ReadonlySet<string> {
  let types = SUBJECT_TYPES.get(lexicon);
  if (!types) SUBJECT_TYPES.set(lexicon, (types = new Set(lexicon.pack.attributes.flatMap((a) => a.subjects))));
  return types;
}

/** Whether a word is one of the packs' type nouns that may stand for `entity` ("X said that the company …": "company" for X). */
export function typeNounFor(lexicon: Lexicon, word: string, entity: EntityRef): boolean {
  return typeNouns(lexicon)[1].has(word.toLowerCase()) && descriptionsOf(lexicon).describes(word, entity);
}

/**
 * Whether a type noun stands for `entity` and for none of `others` (the things of its type the page has named, or is titled by):
 * on a page about one company, "X said that the company …" does not tell which company the clause is of.
 */
export function typeNounForOnly(lexicon: Lexicon, word: string, entity: EntityRef, others: readonly EntityRef[]): boolean {
  return typeNounFor(lexicon, word, entity) && !others.some((e) => e.id !== entity.id && typeNounFor(lexicon, word, e));
}

export function descriptionsOf(lexicon: Lexicon): Descriptions {
  let found = DESCRIPTIONS.get(lexicon);
  if (!found) {
    const [noun, byNoun] = typeNouns(lexicon);
    const typeOf = (word: string) => byNoun.get(word.toLowerCase().replace(/\s+/gu, ' '));
    // The one entity the packs know of each type, or null for a type they know several of.
    const onlyOfType = new Map<string, PackEntity | null>();
    for (const e of lexicon.pack.entities) onlyOfType.set(e.type, onlyOfType.has(e.type) ? null : e);
    // Types of people: `person`, and those a pack marks; where a pack marks some (or names a person), no other type is.
    const peopleTypes = lexicon.peopleTypes;
    const saysWhoArePeople = peopleTypes.size > 1 || lexicon.pack.entities.some((e) => e.type === 'person');
    found = {
      noun,
      holdsFigures: (entity) => subjectTypes(lexicon).has(entity.type),
      person: (entity) =>
        peopleTypes.has(entity.type) ? true
        : ORGANISATION_TYPES.has(entity.type) || PLACE_TYPES.has(entity.type) || (saysWhoArePeople && entity.type !== 'unknown') ? false
        : undefined,
      only: (word) => {
        const type = typeOf(word);
        const entity = type === undefined ? undefined : onlyOfType.get(type);
        return entity ? packEntityRef(entity, word) : undefined;
      },
      variant: (base, word) => {
        // "Lark 7" and "Max": the name a pack gives "Lark 7 Max", else the one member of Lark 7's family named "… Max".
        const entity = lexicon.entities.get(base.id);
        for (const name of new Set([base.name, base.mention, ...(entity?.aliases ?? [])])) {
          const found = lexicon.folded.get(foldName(`${name} ${word}`));
          if (found && found.id !== base.id) return packEntityRef(found, word);
        }
        const family = entity?.family ?? (entity?.type === 'family' ? entity.id : undefined);
        if (family === undefined) return undefined;
        const tail = `-${foldName(word)}`;
        const members = lexicon.pack.entities.filter((e) => e.family === family && e.id !== base.id && foldName(e.name).endsWith(tail));
        return members.length === 1 ? packEntityRef(members[0]!, word) : undefined;
      },
      siblings: (a, b) => {
        const family = lexicon.entities.get(a.id)?.family;
        return family !== undefined && family === lexicon.entities.get(b.id)?.family;
      },
      describes: (word, entity) => {
        const type = typeOf(word);
        if (type === undefined || entity.type === type || entity.type === 'unknown' || entity.type === AMBIGUOUS) return true;
        if (entity.type !== 'family') return false;
        const members = memberType(lexicon, entity.id);
        return members === undefined || members === type;
      },
    };
    DESCRIPTIONS.set(lexicon, found);
  }
  return found;
}
const DESCRIPTIONS = new WeakMap<Lexicon, Descriptions>();

/**
 * Every bare type noun a clause opens on in `between`, the text from a name to a figure (after a comma, a semicolon or a
 * list's dash), in order: its type, where the clause opens and where the noun ends ("…，着陆器重1500千克", "…, lander
 * 1,500 kg"). "the lander" is left alone, since it most often refers back to the name.
 */
export function clauseNouns(lexicon: Lexicon, between: string): { type: string; at: number; end: number }[] {
  let re = CLAUSE_NOUNS.get(lexicon);
  if (!re) {
    // A single Han character ("機") is too often part of another word ("機長", the captain).
    const nouns = [...typeNouns(lexicon)[1].keys()].filter((n) => !/^\p{Script=Han}$/u.test(n));
    re =
      nouns.length > 0
        ? new RegExp(String.raw`(?:[,，、;；]|\s[-–—•]\s)\s*(${alternation(nouns)})(?:(?<=\p{Script=Han})|(?![\p{L}\p{N}]))(?!\s*(?:that|which|who)(?![\p{L}]))`, 'giu')
        : /(?!)/gu;
    CLAUSE_NOUNS.set(lexicon, re);
  }
  const found: { type: string; at: number; end: number }[] = [];
  for (const m of between.matchAll(re)) {
    const type = typeNouns(lexicon)[1].get(m[1]!.toLowerCase().replace(/\s+/gu, ' '));
    if (type) found.push({ type, at: m.index, end: m.index + m[0].length });
  }
  return found;
}
const CLAUSE_NOUNS = new WeakMap<Lexicon, RegExp>();

/** Nouns for a family's members in any field; the packs' type nouns ("phones", "players") join them. */
const MEMBER_NOUNS = ['member', 'members', 'model', 'models', 'variant', 'variants', 'version', 'versions', 'edition', 'editions'];
const QUANTIFIERS = new WeakMap<Lexicon, { every: RegExp; some: RegExp }>();

/**
 * What the words right before a family's name say of its members: each of them ("All models in the X range",
 * "every variant of the X"), some of them ("most models in the X range", "two of the X phones", "some X"), or
 * nothing said (undefined).
 */
export function membersMeant(lexicon: Lexicon, before: string): 'every' | 'some' | undefined {
  let q = QUANTIFIERS.get(lexicon);
  if (!q) {
    const nouns = alternation(new Set([...MEMBER_NOUNS, ...typeNouns(lexicon)[1].keys()]));
    const tail = `(?:\\s+of)?(?:\\s+(?:the\\s+)?(?:${nouns}))?\\s+(?:in|of|across|from)\\s+(?:the\\s+)?$`;
    q = {
      every: new RegExp(`(?<![\\p{L}])(?:all|every|each)${tail}`, 'iu'),
      some: new RegExp(`(?<![\\p{L}])(?:most|many|some|several|few|a\\s+few|two|three|four|five|one|both|half|certain|select|older|newer|cheaper|pricier)${tail}|(?<![\\p{L}])(?:some|most|many|several)\\s+$`, 'iu'),
    };
    QUANTIFIERS.set(lexicon, q);
  }
  return q.every.test(before) ? 'every' : q.some.test(before) ? 'some' : undefined;
}

/** Capitalised words that open a phrase rather than a name after a type noun ("the film I saw"); "The Martian" is a title. */
const NOT_A_NAME_START = new Set(['A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'I', 'We', 'He', 'She', 'They']);
/** The end of a contraction: "I've", "I'd", "We'll", "I'm", "They're", "It's". */
const CONTRACTION_END = /['’](?:ve|d|ll|m|re|s)$/iu;
const TYPED_NAME_PATTERNS = new WeakMap<Lexicon, RegExp | null>();

/**
 * "the space film Gravity", "the probe Vela": a capitalised name right after one of the packs' type nouns (written in
 * lower case) is a name of that type, even one no pack knows and that looks like a plain word. The mentions of such
 * names that no other mention overlaps, in text order.
 */
export function typedNames(lexicon: Lexicon, text: string, mentions: readonly Mention[]): Mention[] {
  let re = TYPED_NAME_PATTERNS.get(lexicon);
  if (re === undefined) {
    const nouns = [...typeNouns(lexicon)[1].keys()].filter((n) => /^[\p{Ll}\s-]+$/u.test(n));
    re = nouns.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(nouns)})\\s+(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*){0,2})(?![\\p{L}\\p{N}])`, 'gu') : null;
    TYPED_NAME_PATTERNS.set(lexicon, re);
  }
  if (!re || !/\p{Lu}/u.test(text)) return [];
  const found: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[2]!;
    // ("books I've read", "the film It's …": a pronoun's contraction is the pronoun, no name.)
    if (NOT_A_NAME_START.has(name.split(/\s+/u)[0]!.replace(CONTRACTION_END, ''))) continue;
    // "a multi-chip GPU die": a type noun after another, in capitals, is no name.
    if (typeNouns(lexicon)[1].has(name.split(/\s+/u)[0]!.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (mentions.some((n) => n.start < end && n.end > start)) continue;
    found.push({ start, end, text: name, entity: resolveName(lexicon, name, typeNouns(lexicon)[1].get(m[1]!.toLowerCase().replace(/\s+/gu, ' '))) });
  }
  return found;
}

const nounAt = (lexicon: Lexicon, text: string): string | undefined => {
  const [re, byNoun] = typeNouns(lexicon);
  const m = re.exec(text);
  return m ? byNoun.get(m[0].toLowerCase().replace(/\s+/g, ' ')) : undefined;
};

/** A few words that may stand between a name and its type noun: "language", "open-source", "new". */
/** One word that may describe a type noun after it ("Irish", "remote-first", "AI"). */
const MODIFIER = /^\s*[\p{L}\p{N}'’+-]+\s+/u;
const COPULA_OR_APPOSITION = /^\s*(?:(?:is|was|are|were|remains|became|becomes)\s+(?:now\s+|also\s+|still\s+)?|,\s*)(?:an?|the|its|their|one\s+of\s+the)\s+/iu;
const DESCRIBED = /(?:^|[\s(])(?:the|a|an|its|their|our|this|that)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}-]+)\s+$/iu;
const LIST_OPENER = /(?:like|such\s+as|including|e\.g\.,?)\s*$/iu;

/**
 * The type a sentence gives each unknown mention, by mention index. Known names keep their pack type;
 * a name typed twice in different ways stays as the first evidence says.
 */
export function typeEvidence(lexicon: Lexicon, text: string, mentions: readonly Mention[]): Map<number, string> {
  const typed = new Map<number, string>();
  const [nounRe] = typeNouns(lexicon);
  if (nounRe.source === '(?!)') return typed;
  mentions.forEach((m, i) => {
    if (m.entity.known) return;
    const after = text.slice(m.end, m.end + 80);
    // "Lumen 3 model", "the Nimbus-4 phone", "Lumen 3模型"
    const direct = /^[\s-]?/.exec(after)![0];
    let type = nounAt(lexicon, after.slice(direct.length));
    // "Lumen 2 is a large language model", "Orion-2, a crewed spacecraft"
    if (!type) {
      const link = COPULA_OR_APPOSITION.exec(after);
      if (link) {
        const rest = after.slice(link[0].length);
        type = nounAt(lexicon, rest);
        // "an Irish digital marketing company": one to five words that describe the type noun, the fewest first.
        // A grammar word ends them: "an operator library for LLM inference" is no LLM.
        for (let from = 0, words = 0; !type && words < 5; words++) {
          const word = MODIFIER.exec(rest.slice(from));
          if (!word || FUNCTION_WORDS.has(word[0].trim().toLowerCase())) break;
          from += word[0].length;
          type = nounAt(lexicon, rest.slice(from));
        }
      }
    }
    if (type) {
      typed.set(i, type);
      return;
    }
    // "open models like X, Y and Z", "模型 X"
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (LIST_OPENER.test(before)) {
      const opener = before.replace(LIST_OPENER, '').trimEnd();
      const words = opener.split(/\s+/);
      for (let k = words.length; k > 0 && k >= words.length - 2; k--) {
        const t = nounAt(lexicon, words.slice(k - 1).join(' '));
        if (t) {
          typed.set(i, t);
          // The names listed with it share its type.
          for (let j = i + 1; j < mentions.length; j++) {
            if (!/^\s*(?:,|and|or|&|,\s*and|,\s*or)\s*$/iu.test(text.slice(mentions[j - 1]!.end, mentions[j]!.start))) break;
            if (!mentions[j]!.entity.known) typed.set(j, t);
          }
          return;
        }
      }
    }
    // "the AI startup X", "the language model X": a determiner, a few words and a type noun right before the name.
    const described = DESCRIBED.exec(before);
    if (described) {
      const words = described[1]!.trim().split(/\s+/);
      for (let k = 0; k < words.length; k++) {
        const phrase = words.slice(k).join(' ');
        const match = nounRe.exec(phrase);
        if (match && match[0].length === phrase.length) {
          typed.set(i, nounAt(lexicon, phrase)!);
          return;
        }
      }
    }
    const han = /(\p{Script=Han}{1,4})\s*$/u.exec(before);
    if (han) {
      for (let k = 0; k < han[1]!.length; k++) {
        const t = nounAt(lexicon, han[1]!.slice(k));
        if (t) {
          typed.set(i, t);
          return;
        }
      }
    }
  });
  return typed;
}

const RIVAL_COMPOUND = new RegExp(String.raw`-(?:${RIVAL_NOUN})$`, 'u');

/** The type a name no pack knows takes from the pack name it extends: "Acme 3 70B" of the family Acme. */
export function typeFromPack(lexicon: Lexicon, entity: EntityRef): string | undefined {
  if (entity.known) return undefined;
  const folded = foldName(entity.name);
  // "der Vela-Konkurrent", "the X-killer": a compound naming what rivals the product is not a product of its line.
  if (RIVAL_COMPOUND.test(folded)) return undefined;
  for (const { prefix, family } of lexicon.familyPrefixes) {
    if (folded !== prefix && folded.startsWith(prefix) && /^[-.\d]/.test(folded.slice(prefix.length))) return memberType(lexicon, family.id);
  }
  // "Acme Large 2", "Acme 7B": a product named after its maker.
  for (const { prefix, type } of lexicon.productPrefixes) {
    if (folded.startsWith(`${prefix}-`)) return type;
  }
  return undefined;
}

/** The type of a family's members: the pack's `memberType`, else the type of its known members. */
export function memberType(lexicon: Lexicon, familyId: string, depth = 0): string | undefined {
  const family = lexicon.entities.get(familyId);
  if (family?.memberType) return family.memberType;
  if (depth > 4) return undefined;
  for (const e of lexicon.pack.entities) if (e.family === familyId && e.type !== 'family') return e.type;
  for (const e of lexicon.pack.entities) {
    if (e.family !== familyId || e.type !== 'family') continue;
    const type = memberType(lexicon, e.id, depth + 1);
    if (type) return type;
  }
  return undefined;
}

/** Types gathered over one document: a name typed once is typed wherever the document names it. */
export class DocumentTypes {
  private readonly byKey = new Map<string, string>();

  constructor(private readonly lexicon: Lexicon) {}

  note(entity: EntityRef, type: string): void {
    const key = foldName(entity.name);
    if (!this.byKey.has(key)) this.byKey.set(key, type);
  }

  /** The entity with the type the document gives it, when no pack knows it. */
  typed(entity: EntityRef): EntityRef {
    if (entity.known || entity.type === AMBIGUOUS) return entity;
    const key = foldName(entity.name);
    let type = this.byKey.get(key);
    if (!type) {
      // A name's line shares its type: "Lumen 2" typed a model makes "Lumen 2 9B" one; and a letter after a name that ends in a
      // digit is a serial letter, no size: "Orsa-1" typed a satellite makes "Orsa-1B" one.
      for (const [k, t] of this.byKey) {
        if (key.startsWith(`${k}-`) || k.startsWith(`${key}-`) || (/\d$/u.test(k) && key.length === k.length + 1 && key.startsWith(k) && /\p{L}$/u.test(key))) {
          type = t;
          break;
        }
      }
    }
    type ??= typeFromPack(this.lexicon, entity) ?? this.lexicon.typePatterns.find((p) => p.re.test(entity.name))?.type ?? entity.type;
    return type === entity.type ? entity : { ...entity, type };
  }
}

/** Between a head noun and the name it is of: "of", "of the", "de la", "du", "von", "della" (not "der", also an article). */
const OF_BEFORE_NAME = /\s+(?:of|de|del|de\s+la|du|des|von|vom|della|dello|dei|di|do|da|dos|das)\s+(?:(?:the|la|el|le|les|los|las|o|a|il|lo)\s+|l['’])?$/iu;

/**
 * Whether a type noun of the packs of another type than the name's heads the phrase the name completes by "of": "the 5.x
 * release branch of Velto", "the oldest branch of Velto". What the phrase names (a thing of that type) is the subject of the
 * figure, not the name after "of" ("the city of X", of the name's own type, is the name).
 */
export function headedByOtherType(lexicon: Lexicon, text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const of = OF_BEFORE_NAME.exec(before);
  if (!of) return false;
  const words = before.slice(0, of.index).split(/\s+/u);
  const byNoun = typeNouns(lexicon)[1];
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const noun = words.slice(-k).join(' ').toLowerCase();
    if (byNoun.has(noun)) return !descriptionsOf(lexicon).describes(noun, m.entity);
  }
  return false;
}
