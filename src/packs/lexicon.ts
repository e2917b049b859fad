// A pack compiled for matching: alias, value, trigger and cue matchers, entity look-ups, and the periods an
// attribute's figures meet in.
import { canonicalUnit, convertible, CURRENCY_CODES, CURRENCY_PREFIXES, dimensionOf, inUnit, otherCurrencyOfWord, PERCENT, PERCENTAGE_POINT, sameUnit, SPACED_ONLY_UNIT_WORDS, UNIT_WORDS, DURATION_WORDS_WHERE_TIMED } from '../normalise/units.js';
import { compilePhrases, type PhraseMatch, type PhraseMatcher } from './phrases.js';
import type { Pack, PackAttribute, PackCategoryValue, PackEntity, PackEvent } from './types.js';
import type { Span } from '../types.js';

export interface CompiledValue {
  attribute: PackAttribute;
  value: PackCategoryValue;
}

export interface Lexicon {
  pack: Pack;
  /** Known entity aliases; match index → entity. */
  aliases: PhraseMatcher;
  aliasEntities: PackEntity[];
  /** Category value synonyms of every category attribute; match index → value. */
  values: PhraseMatcher;
  valueEntries: CompiledValue[];
  /** Trigger phrases of every attribute; match index → the attributes that phrase points at. */
  triggers: PhraseMatcher;
  triggerAttributes: PackAttribute[][];
  events: { event: PackEvent; triggers: PhraseMatcher; negations: PhraseMatcher; negationsAfter: PhraseMatcher; cues?: PhraseMatcher; blockers?: PhraseMatcher }[];
  /**
   * Every event's triggers in one matcher. Like each event's own, it ignores case, so it finds a match
   * wherever one of them would (at the leftmost place where any trigger matches, at least): a sentence
   * where it finds none has no event trigger, read in one pass instead of one per event.
   */
  anyEventTrigger: PhraseMatcher;
  modality: { reported: PhraseMatcher; hedged: PhraseMatcher; predicted: PhraseMatcher; hypothetical: PhraseMatcher };
  /** Comparative phrases ("cheaper", "cost advantage"); match index → attribute and direction. */
  comparatives: PhraseMatcher;
  /** Per comparative phrase, every attribute that uses it (two packs may share "cheaper"). */
  comparativeEntries: { attribute: PackAttribute; direction: 'lower' | 'higher' }[][];
  /** Lower-case unit word → canonical unit, from the pack's quantity attributes. */
  unitWords: Record<string, string>;
  /**
   * Units of counts that share a unit word ("people" for `deaths` and for `injured`), each to the others: a figure in one
   * is a count any of them may take, which the triggers then tell apart.
   */
  sharedUnits: ReadonlyMap<string, ReadonlySet<string>>;
  attributes: Map<string, PackAttribute>;
  /** Types of people: `person`, and the entity types a pack marks `people: true`. */
  peopleTypes: ReadonlySet<string>;
  entities: Map<string, PackEntity>;
  /** Folded alias → entity, so "acme x2" finds "Acme-X2". */
  folded: Map<string, PackEntity>;
  /** Families with member prefixes, longest prefix first. */
  familyPrefixes: { prefix: string; family: PackEntity }[];
  /** Makers whose names open product names, with the products' type ("acme" → model), longest first. */
  productPrefixes: { prefix: string; type: string }[];
  /** Lower-case words that continue a product name (pack `names.variants`). */
  variantWords: Set<string>;
  /** Lower-case tokens that are never names (pack `names.notNames`, and `names.builds`). */
  notNames: Set<string>;
  /** Lower-case tokens that name a build or a format made from a thing (pack `names.builds`): "q4_k_m", "fp8". */
  builds: Set<string>;
  /** Lower-case words of an edition, a remake or a port (pack `names.editions`): "edition", "remastered". */
  editionWords: Set<string>;
  /** Lower-case words a label of an identifier ends on (pack `names.identifiers`): "isbn", "serial number". */
  identifierWords: Set<string>;
  /**
   * Per percentage attribute that is the change of other quantities (its id or label opens on theirs: `revenue.growth.yoy`,
   * "revenue growth" of `revenue`), their ids: a change whose sentence names another quantity before it ("Gaming revenue
   * rose 16%", "operating expenses rose 48%") is that quantity's change, not this one.
   */
  changeOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per attribute id, the phrases that say a nearby figure is not its value (pack `blockers`). */
  blockers: Map<string, PhraseMatcher>;
  /** Name patterns of entity types (pack `entityTypes[].patterns`), a later pack's first. */
  typePatterns: { re: RegExp; type: string }[];
  /** The same patterns, to find such names in text: whole, between word boundaries. */
  typeFinders: { find: RegExp; type: string }[];
}

/** Names folded so far: the same names come back in every article. Emptied when it grows large. */
const foldedNames = new Map<string, string>();
const MAX_FOLDED_NAMES = 10_000;

/** Characters that do not show: zero-width spaces and joiners, the word joiner, the byte-order mark. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Folds a name for comparison: case, width, separators and the joint between a word and its version
 * number do not matter ("Acme3.1 405B" = "acme-3.1-405b" = "Acme 3.1 405B"). A single letter keeps
 * its number ("S24", "V3", "M2.5"), since there the two read as one token.
 */
export function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = name
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .toLowerCase()
      .replace(/(?<![\p{L}\p{N}])(\p{L}{2,})(?=\d)/gu, '$1-')
      .replace(/[\s_]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    if (foldedNames.size >= MAX_FOLDED_NAMES) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

/**
 * The pack with each attribute's `families`: those whose members are of a type the attribute describes, by their
 * `memberType` (stated, not guessed from known members: a family a pack types only through its members keeps to
 * what the pack says of families).
 */
function withFamilies(pack: Pack): Pack {
  const families = pack.entities.filter((e) => e.memberType !== undefined);
  if (families.length === 0) return pack;
  return {
    ...pack,
    attributes: pack.attributes.map((a) => {
      const ids = families.filter((f) => a.subjects.includes(f.memberType!) && !a.subjects.includes(f.type)).map((f) => f.id);
      return ids.length > 0 ? { ...a, families: ids } : a;
    }),
  };
}

/**
 * An attribute whose unit is a share or a currency written as a symbol or words (`unit: "%"`, `per cent`, `percentage
 * points`, `dollars`, `euros`, `"€"`, `usd`) takes the grammar's name for it, as the text's figures do: a share or an amount
 * of money is then read, compared and described as one ("35%", a move of a price, "€4.3 billion") whichever way its pack
 * wrote the unit.
 */
function withGrammarUnits(pack: Pack): Pack {
  const renamed = (a: PackAttribute) => {
    if (a.unit === undefined) return a;
    const canonical = CURRENCY_PREFIXES[a.unit.toLowerCase()] ?? canonicalUnit(a.unit);
    const grammar = canonical === PERCENT || canonical === PERCENTAGE_POINT || CURRENCY_CODES.has(canonical);
    return canonical !== a.unit && grammar ? { ...a, unit: canonical } : a;
  };
  return pack.attributes.some((a) => renamed(a) !== a) ? { ...pack, attributes: pack.attributes.map(renamed) } : pack;
}

/**
 * One quantity written as two attributes, one per unit (`length.m` and `length.mm`, `power.kw` and `power.bhp`): two
 * quantity attributes of one pack with the same subjects, a trigger or header in common and units of one dimension.
 * Figures convert within a dimension, so the later one is merged into the first (its triggers, headers, blockers, range
 * converted, and its unit words, which still name its unit), and "4.5 m" meets "4,650 mm"; an `outranks` that named it names the first. An
 * attribute a derivation or `metricOf` names is never merged away.
 */
function withOneAttributePerQuantity(pack: Pack): Pack {
  const named = new Set([...pack.attributes.flatMap((a) => (a.metricOf ? [a.id] : [])), ...pack.derivations.flatMap((d) => [...d.whenEqual, d.then.attribute])]);
  const candidate = (a: PackAttribute) => a.kind === 'quantity' && a.unit !== undefined && !named.has(a.id);
  const words = (a: PackAttribute) => new Set([...a.triggers, ...a.headers].map((w) => w.toLowerCase()));
  const sameSubjects = (a: PackAttribute, b: PackAttribute) => a.subjects.length === b.subjects.length && a.subjects.every((t) => b.subjects.includes(t));
  const merged = new Map<string, PackAttribute>();
  /** Merged attribute → the one it was merged into. */
  const dropped = new Map<string, string>();
  for (const [i, a] of pack.attributes.entries()) {
    if (!candidate(a) || dropped.has(a.id)) continue;
    let into = a;
    for (const b of pack.attributes.slice(i + 1)) {
      if (!candidate(b) || dropped.has(b.id) || b.pack !== a.pack || sameUnit(a.unit!, b.unit!) || !convertible(b.unit!, a.unit!) || !sameSubjects(a, b)) continue;
      const shared = words(a);
      if (![...words(b)].some((w) => shared.has(w))) continue;
      const bound = (n: number | undefined) => (n === undefined ? undefined : inUnit({ kind: 'quantity', min: n, max: n, unit: b.unit!, approx: false, text: '' }, a.unit!)?.min ?? undefined);
      const low = bound(b.minimum);
      const high = bound(b.maximum);
      into = {
        ...into,
        triggers: [...new Set([...into.triggers, ...b.triggers])],
        headers: [...new Set([...into.headers, ...b.headers])],
        // Its unit words are the merged attribute's (they bind figures to it) and still name its unit (`mergedUnits`).
        unitWords: [...new Set([...(into.unitWords ?? []), ...(b.unitWords ?? [])])],
        mergedUnits: [...(into.mergedUnits ?? []), { unit: b.unit!, words: b.unitWords ?? [] }],
        ...(into.blockers || b.blockers ? { blockers: [...new Set([...(into.blockers ?? []), ...(b.blockers ?? [])])] } : {}),
        ...(into.minimum !== undefined && low !== undefined ? { minimum: Math.min(into.minimum, low) } : {}),
        ...(into.maximum !== undefined && high !== undefined ? { maximum: Math.max(into.maximum, high) } : {}),
      };
      if (into.minimum !== undefined && low === undefined) delete into.minimum;
      if (into.maximum !== undefined && high === undefined) delete into.maximum;
      dropped.set(b.id, a.id);
    }
    if (into !== a) merged.set(a.id, into);
  }
  if (merged.size === 0) return pack;
  // "outranks: [power.bhp]" now names the attribute power.bhp was merged into.
  return {
    ...pack,
    attributes: pack.attributes
      .filter((a) => !dropped.has(a.id))
      .map((a) => merged.get(a.id) ?? a)
      .map((a) => (a.outranks?.some((o) => dropped.has(o)) ? { ...a, outranks: [...new Set(a.outranks.map((o) => dropped.get(o) ?? o))].filter((o) => o !== a.id) } : a)),
  };
}

/**
 * Which periods an attribute's figures meet in: `equal` only the same period (a flow: revenue in a year, the
 * default); `containing` the same period or one that contains it (a stock: a level at a time, stars or staff;
 * its timed figures are one 'fact' group, and the rules compare only nested periods); `any` every period (a
 * timeless value: a transfer fee); `writing` the same period, a figure with no period of its own holding at its article's
 * date (a tally: a death toll as rescue goes on, seats declared through the night), so that it meets the figures of
 * that date and, in an article with no date, only its own article's. Otherwise figures with no period meet only each
 * other, whatever the attribute.
 */
export type PeriodRule = 'equal' | 'containing' | 'any' | 'writing' | 'dated';

/**
 * A pack attribute's period rule: every period for one marked `timeless`, containing ones for a stock (`measure:
 * stock`), the article's date for a tally (`measure: tally`), else only the same period (a flow, and an attribute no
 * pack names: the safe side); a one-off act's amount (`measure: act`) meets only the same period, and one with no period
 * none ('dated').
 */
export const periodRuleOf = (a: PackAttribute | undefined): PeriodRule =>
  a?.timeless === true ? 'any' : a?.measure === 'stock' ? 'containing' : a?.measure === 'tally' ? 'writing' : a?.measure === 'act' ? 'dated' : 'equal';

/** Whether a period rule is a flow's, figures of one period meeting: a flow's own or a one-off act's. */
export const flowPeriods = (rule: PeriodRule) => rule === 'equal' || rule === 'dated';

/** The unit of a dimension a word names, if the grammar knows one ("pounds" of mass is the pound, though alone it is money). */
function unitOfDimension(word: string, dimension: string): string | undefined {
  const lower = word.toLowerCase();
  const candidates = [UNIT_WORDS[lower], canonicalUnit(word), canonicalUnit(lower.replace(/(?<=[a-z]{3})e?s$/, ''))];
  return candidates.find((u) => u !== undefined && dimensionOf(canonicalUnit(u)) === dimension);
}

/**
 * The base form of a one-word English verb in -ed, where the spelling of its -s form is sure (thirdPersonOf: "signed" → "sign",
 * "launched" → "launch", "fined" → "fine", "carried" → "carry"), else nothing.
 */
function baseFormOf(word: string): string | undefined {
  const third = thirdPersonOf(word);
  if (third === undefined) return undefined;
  if (third.endsWith('ies')) return `${third.slice(0, -3)}y`;
  return /(?:ch|sh|x|ss|zz)es$/.test(third) ? third.slice(0, -2) : third.slice(0, -1);
}

/**
 * An event's trigger that opens on an English verb in -ed, in its base form ("signed for" → "sign for"): after "did", "does",
 * "do" (with "not", "n't" or "never"), which take the base form ("did not sign for"), and nowhere else ("to sign for" is a
 * plan). Nothing where the pack lists that form itself.
 */
function baseFormTriggers(triggers: readonly string[]): string[] {
  const listed = new Set(triggers.map((t) => t.toLowerCase()));
  const out: string[] = [];
  for (const trigger of triggers) {
    const [first, ...rest] = trigger.trim().split(/\s+/u);
    const base = first === undefined ? undefined : baseFormOf(first);
    if (base === undefined) continue;
    const phrase = [base, ...rest].join(' ');
    if (!listed.has(phrase) && !out.includes(phrase)) out.push(phrase);
  }
  return out;
}
/** Right before a verb's base form, the auxiliary "do" that takes it: "did not ", "didn't ", "does never ", "did ". */
const DO_SUPPORT_BEFORE = /(?<![\p{L}])(?:did|does|do)(?:n['’]t|\s+not|\s+never)?\s+(?:(?:yet|ever|actually|really|finally|formally|officially|in\s+fact)\s+)?$/iu;
/** A matcher of `phrases`, those from `firstBase` on base forms found only after the auxiliary "do". */
function withBaseForms(phrases: readonly string[], firstBase: number): PhraseMatcher {
  const matcher = compilePhrases(phrases, { ignoreCase: true });
  if (firstBase >= phrases.length) return matcher;
  return (text) => matcher(text).filter((m) => m.index < firstBase || DO_SUPPORT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
}

/** "didn't", "hasn't", "wasn't": the contracted "not" of English, a negation wherever an event's negations hold "not". */
const CONTRACTED_NOT = /(?<![\p{L}])\p{L}+n['’]t(?![\p{L}])/giu;
/** An event's negations, with the contracted "not" when they hold "not". */
function negationsOf(event: PackEvent): PhraseMatcher {
  const matcher = compilePhrases(event.negations, { ignoreCase: true });
  if (!event.negations.some((n) => n.trim().toLowerCase() === 'not')) return matcher;
  return (text) => {
    const found = matcher(text);
    if (!/n['’]t/iu.test(text)) return found;
    const contracted = [...text.matchAll(CONTRACTED_NOT)].map((m) => ({ start: m.index, end: m.index + m[0].length, index: -1 }));
    return [...found.filter((f) => !contracted.some((c) => c.start < f.end && f.start < c.end)), ...contracted].sort((a, b) => a.start - b.start);
  };
}

/** The -ing form of a one-word English verb in -ed ("killed" → "killing", "carried" → "carrying"), else nothing. */
function progressiveOf(trigger: string): string | undefined {
  const word = trigger.toLowerCase();
  if (!/^[a-z]{3,}ed$/.test(word) || /(?:eed|need)$/.test(word)) return undefined;
  return word.endsWith('ied') ? `${word.slice(0, -3)}ying` : `${word.slice(0, -2)}ing`;
}

/**
 * The -s form of a one-word English verb in -ed, where its spelling says it for sure ("fined" → "fines", "killed" → "kills",
 * "carried" → "carries", "launched" → "launches", "dropped" → "drops", "raised" → "raises"), else nothing: "opened", "limited",
 * "created" may be "open" or "opene", "limit" or "limite", and are left alone.
 */
function thirdPersonOf(trigger: string): string | undefined {
  const word = trigger.toLowerCase();
  if (!/^[a-z]{3,}ed$/.test(word) || /(?:eed|need)$/.test(word)) return undefined;
  if (word.endsWith('ied')) return word.length > 4 ? `${word.slice(0, -3)}ies` : undefined;
  const stem = word.slice(0, -2);
  // "dropped", "planned": a doubled last consonant is the -ed form's.
  if (/([bdgkmnprt])\1$/.test(stem)) return `${stem.slice(0, -1)}s`;
  // "launched", "fixed", "passed": -es.
  if (/(?:ch|sh|x|ss|zz)$/.test(stem)) return `${stem}es`;
  // "raised", "approved", "produced", "charged", "issued": the stem lost an "e".
  if (/(?:[^s]s|[cgvzu])$/.test(stem)) return `${stem}es`;
  // "settled", "handled": a consonant and "l" lost an "e".
  if (/[bcdfgkpstz]l$/.test(stem)) return `${stem}es`;
  // "killed", "listed", "landed", "played", "showed": a cluster of consonants, or -w, -y: -s.
  if (/(?:[^aeiou][bdfhklmnprtw]|[aeiou][wy])$/.test(stem) && !/(?:ng)$/.test(stem)) return `${stem}s`;
  // "fined", "rated", "voted": one vowel, then one consonant, in a word of one syllable (which would double it, "stopped",
  // had it no "e"): the stem lost an "e".
  if (/^[^aeiou]*[aeiou][bdfklmnprt]$/.test(stem)) return `${stem}es`;
  // "gained", "joined", "sealed": a vowel pair, then one consonant (not "created", "treated", "routed": "-eat", "-out" are
  // left alone, as are "acquired", "evacuated").
  if (/(?:ai|ea|oa|oi|oo|ou)[bdfklmnprt]$/.test(stem) && !/(?:eat|out)$/.test(stem)) return `${stem}s`;
  return undefined;
}

/**
 * Before an -s form, what makes it a noun: a number, at most one word before it ("40 road signs", "11 orbital launches"), or
 * a determiner, a possessive or "of" right before it ("the launches", "its signs", "X's launches", "of launches").
 */
const NOUN_FORM_BEFORE =
  /(?:(?:\p{N}|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?))[\s-]+(?:\p{Ll}[\p{Ll}-]*\s+)?|(?<![\p{L}])(?:the|a|an|its|their|his|her|our|my|your|these|those|this|that|of|some|many|several|few|all|both|more|fewer|no|any|each|every)\s+|['’]s?\s+)$/iu;
/**
 * After an -s form that is a verb, what it takes: an object that opens on a name, a number, a sign of money, a determiner
 * or a pronoun, or a particle ("fines X €2 billion", "launches 40 satellites", "signs a deal", "signs for X").
 */
const VERB_FORM_AFTER =
  /^\s+(?:\p{Lu}|\p{N}|\p{Sc}|(?:the|a|an|its|their|his|her|him|them|it|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|more|up|off|back|out|for|with|to|about|around|over|nearly|almost|roughly|only|just|at\s+least)(?![\p{L}]))/u;
/**
 * A matcher that finds the -s forms of triggers in -ed (`forms`: their indexes) only where they stand as verbs: not after
 * what makes them a noun ("40 road signs", "the launches"), and with an object after them ("road signs cost €40,000",
 * "launches: 11" are nouns).
 */
function verbsOnly(matcher: PhraseMatcher, forms: ReadonlySet<number>): PhraseMatcher {
  if (forms.size === 0) return matcher;
  return (text) => {
    const found = matcher(text);
    if (!found.some((m) => forms.has(m.index))) return found;
    return found.filter((m) => !forms.has(m.index) || (!NOUN_FORM_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && VERB_FORM_AFTER.test(text.slice(m.end, m.end + 24))));
  };
}

/**
 * The plural of an alias written all in lower case, a common noun ("tuatara", "fruit fly", "finch"): its last word with "s",
 * "es" after s, x, z, ch or sh, "ies" for a "y" after a consonant; none for an alias with a capital, a digit or a mark
 * other than a space or a hyphen, or one that already ends in "s".
 */
function pluralOf(alias: string): string | undefined {
  if (!/^[a-z]+(?:[ -][a-z]+)*$/u.test(alias) || alias.length < 3 || /s$/u.test(alias)) return undefined;
  if (/(?:x|z|ch|sh)$/u.test(alias)) return `${alias}es`;
  if (/[^aeiou]y$/u.test(alias)) return `${alias.slice(0, -1)}ies`;
  return `${alias}s`;
}

export function compileLexicon(given: Pack): Lexicon {
  const pack = withFamilies(withOneAttributePerQuantity(withGrammarUnits(given)));
  const aliasEntities: PackEntity[] = [];
  const aliasList: string[] = [];
  const folded = new Map<string, PackEntity>();
  for (const entity of pack.entities) {
    for (const alias of entity.aliases) {
      aliasList.push(alias);
      aliasEntities.push(entity);
      if (!folded.has(foldName(alias))) folded.set(foldName(alias), entity);
    }
  }
  // A common noun's plural names the same thing ("tuataras" for the alias "tuatara"): an alias in lower case only, unless a
  // pack lists that form itself.
  for (const entity of pack.entities) {
    for (const alias of entity.aliases) {
      const plural = pluralOf(alias);
      if (plural === undefined || folded.has(foldName(plural))) continue;
      aliasList.push(plural);
      aliasEntities.push(entity);
      folded.set(foldName(plural), entity);
    }
  }

  const valueEntries: CompiledValue[] = [];
  const valueList: string[] = [];
  const triggerAttributes: PackAttribute[][] = [];
  const triggerList: string[] = [];
  const triggerIndex = new Map<string, number>();
  const unitWords: Record<string, string> = {};
  const sharedUnits = new Map<string, Set<string>>();
  const countUnitsOfWord = new Map<string, Set<string>>();
  const comparativeList: string[] = [];
  const comparativeEntries: { attribute: PackAttribute; direction: 'lower' | 'higher' }[][] = [];
  for (const attribute of pack.attributes) {
    for (const value of attribute.values ?? []) {
      for (const synonym of value.synonyms) {
        valueList.push(synonym);
        valueEntries.push({ attribute, value });
      }
    }
    for (const trigger of attribute.triggers) {
      const key = trigger.toLowerCase();
      let index = triggerIndex.get(key);
      if (index === undefined) {
        index = triggerList.push(trigger) - 1;
        triggerIndex.set(key, index);
        triggerAttributes.push([]);
      }
      triggerAttributes[index]!.push(attribute);
    }
    // Its own unit, then those of attributes merged into it (each word names its own unit: "bhp" stays bhp, converted).
    for (const { unit, words } of [{ unit: attribute.unit, words: attribute.unitWords }, ...(attribute.mergedUnits ?? [])]) {
      // A word the grammar knows as another unit of the attribute's dimension ("pounds" where weight is in g) keeps
      // its own unit, so that the figure is converted, not relabelled.
      const dimension = unit ? dimensionOf(canonicalUnit(unit)) : undefined;
      for (const word of words ?? []) {
        // "people" for a count of deaths and for one of injured: the count units that share a word (below).
        if (unit && dimension === undefined && !CURRENCY_CODES.has(canonicalUnit(unit))) {
          const units = countUnitsOfWord.get(word.toLowerCase()) ?? new Set<string>();
          units.add(unit);
          countUnitsOfWord.set(word.toLowerCase(), units);
        }
        const own = dimension !== undefined ? unitOfDimension(word, dimension) : undefined;
        // A word of another currency ("yuan", "万元" on a price in EUR) keeps its currency: never relabelled, never converted.
        const currency = unit ? otherCurrencyOfWord(word, unit) : undefined;
        unitWords[word] = currency ?? (own !== undefined && canonicalUnit(own) !== canonicalUnit(unit!) ? own : unit!);
      }
      // "上映時間は118分", "121분": the words of a length of time the grammar reads only for an attribute measured in time.
      if (attribute.kind === 'quantity' && dimension === 'time') {
        for (const [word, own] of Object.entries(DURATION_WORDS_WHERE_TIMED)) {
          if (unitWords[word] === undefined) unitWords[word] = canonicalUnit(own) === canonicalUnit(unit!) ? unit! : own;
        }
      }
      // A pack's own unit is a word for it too ("12GB" with unit GB, "108MP" with unit MP), unless the grammar knows it
      // and already reads it glued: the built-in units read only spaced ("80GB" is a variant's name in general text)
      // are read glued where a pack says its attribute is measured in them.
      const key = unit?.toLowerCase();
      if (attribute.kind === 'quantity' && key !== undefined && /^[\p{L}]{1,6}$/u.test(key) && (canonicalUnit(unit!) === unit || SPACED_ONLY_UNIT_WORDS.has(key))) {
        if (unitWords[key] === undefined && !['x', 'score', 'count', 'date', 'year', 'person', 'token', 'parameter', 'star', 'gpu'].includes(key)) unitWords[key] = unit!;
        // So are the other units of its dimension that the grammar reads only spaced ("130TB" where memory is in GB).
        const spacedDimension = SPACED_ONLY_UNIT_WORDS.has(key) ? dimension : undefined;
        for (const word of spacedDimension === undefined ? [] : SPACED_ONLY_UNIT_WORDS) {
          const sibling = UNIT_WORDS[word];
          if (word.length > 1 && sibling !== undefined && unitWords[word] === undefined && dimensionOf(canonicalUnit(sibling)) === spacedDimension) unitWords[word] = sibling;
        }
      }
    }
    for (const { phrase, direction } of attribute.comparatives ?? []) {
      let index = comparativeList.findIndex((p) => p.toLowerCase() === phrase.toLowerCase());
      if (index === -1) index = comparativeList.push(phrase) - 1;
      (comparativeEntries[index] ??= []).push({ attribute, direction });
    }
  }

  // "killed" also names its count as "killing 85": a trigger that is an English verb in -ed is found in -ing too, unless
  // a pack lists that word itself (as a trigger, a blocker, a header, a unit word or an event's trigger).
  const listed = new Set(
    [...pack.attributes.flatMap((a) => [...a.triggers, ...(a.blockers ?? []), ...a.headers, ...(a.unitWords ?? [])]), ...pack.events.flatMap((e) => e.triggers)].map((w) => w.toLowerCase()),
  );
  // So is its -s form ("fined": "Ardenia fines X €2 billion"), where its spelling is sure (thirdPersonOf), as a verb only
  // (asVerb: "40 road signs", "the launches" are nouns).
  const thirdForms = new Set<number>();
  for (const [index, trigger] of [...triggerList.entries()]) {
    for (const form of [progressiveOf(trigger), thirdPersonOf(trigger)]) {
      if (form === undefined || listed.has(form) || triggerIndex.has(form)) continue;
      const at = triggerList.push(form) - 1;
      triggerIndex.set(form, at);
      triggerAttributes.push([...triggerAttributes[index]!]);
      if (form === thirdPersonOf(trigger)) thirdForms.add(at);
    }
  }

  // A longer trigger hides a shorter one at the same place ("trained on" hides "trained"): the match
  // counts for the attributes of every trigger that is a word-prefix of it.
  const lowered = triggerList.map((p) => p.toLowerCase().trim().split(/\s+/).join(' '));
  lowered.forEach((phrase, i) => {
    lowered.forEach((shorter, j) => {
      if (j !== i && phrase.startsWith(`${shorter} `)) {
        for (const a of triggerAttributes[j]!) if (!triggerAttributes[i]!.includes(a)) triggerAttributes[i]!.push(a);
      }
    });
  });

  const familyPrefixes = pack.entities
    .flatMap((family) => (family.memberPrefixes ?? []).map((prefix) => ({ prefix: foldName(prefix), family })))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  for (const units of countUnitsOfWord.values()) {
    if (units.size < 2) continue;
    for (const a of units) for (const b of units) if (a !== b) (sharedUnits.get(a) ?? sharedUnits.set(a, new Set()).get(a)!).add(b);
  }
  const changeOf = new Map<string, Set<string>>();
  const labelWords = (a: PackAttribute) => a.label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const opensOn = (whole: string[], part: string[]) => part.length > 0 && part.length < whole.length && part.every((w, i) => whole[i] === w);
  for (const change of pack.attributes) {
    if (change.kind !== 'quantity' || change.unit !== 'percent') continue;
    const bases = pack.attributes.filter(
      (a) => a !== change && a.kind === 'quantity' && a.unit !== 'percent' && (change.id.startsWith(`${a.id}.`) || opensOn(labelWords(change), labelWords(a))),
    );
    if (bases.length > 0) changeOf.set(change.id, new Set(bases.map((a) => a.id)));
  }
  const cues = (list: string[]) => compilePhrases(list, { ignoreCase: true });
  // "1,435 mm" written unquoted in a YAML flow list is two phrases, "1" and "435 mm": a value or trigger that starts or
  // ends on a digit is never the piece of a longer number ("5.1 million", "1,435").
  const wholeNumbers = (matcher: PhraseMatcher): PhraseMatcher => (text) => {
    const found = matcher(text);
    return found.some((m) => inLongerNumber(text, m)) ? found.filter((m) => !inLongerNumber(text, m)) : found;
  };
  // "pre-release", "预发布" (pre-release), "non-launch": a trigger that a prefix makes part of a longer word is another word
  // (a pack that means the longer word lists it: "pre-training" is a trigger of its own, and the longest phrase wins).
  const unprefixed = (matcher: PhraseMatcher): PhraseMatcher => (text) => {
    const found = matcher(text);
    return found.some((m) => prefixed(text, m)) ? found.filter((m) => !prefixed(text, m)) : found;
  };
  // "on MMLU-Pro", "HumanEval-Plus": a trigger that a hyphen joins to a word after it is the head of a longer word, another
  // name. The longest trigger that opens on its last word and runs into the compound stands in its place ("MMLU-Pro",
  // when a pack lists it); with none, no trigger is there ("MMLU-style tasks" name no MMLU score).
  const whole = (matcher: PhraseMatcher): PhraseMatcher => (text) => {
    const found = matcher(text);
    if (!found.some((m) => compoundHead(text, m))) return found;
    const out: PhraseMatch[] = [];
    for (const m of found) {
      if (out.length > 0 && m.start < out[out.length - 1]!.end) continue;
      if (!compoundHead(text, m)) {
        out.push(m);
        continue;
      }
      const from = lastWordStart(text, m);
      const longer = matcher(text.slice(from, compoundEnd(text, m.end))).find((l) => l.start === 0 && from + l.end > m.end);
      if (longer) out.push({ start: from, end: from + longer.end, index: longer.index });
    }
    return out;
  };
  return {
    pack,
    aliases: capitalsKept(compilePhrases(aliasList, { dottedTokens: true }), aliasList),
    aliasEntities,
    // "a non–quellin Z blocker", "post-punk": a value that a prefix makes part of a longer word is another value, or its opposite.
    values: unprefixed(wholeNumbers(compilePhrases(valueList))),
    valueEntries,
    triggers: verbsOnly(whole(unprefixed(wholeNumbers(compilePhrases(triggerList, { ignoreCase: true })))), thirdForms),
    triggerAttributes,
    events: pack.events.map((event) => ({
      event,
      triggers: unprefixed(withBaseForms([...event.triggers, ...baseFormTriggers(event.triggers)], event.triggers.length)),
      negations: negationsOf(event),
      negationsAfter: compilePhrases(event.negationsAfter, { ignoreCase: true }),
      ...(event.cues ? { cues: compilePhrases(event.cues, { ignoreCase: true }) } : {}),
      ...(event.blockers && event.blockers.length > 0 ? { blockers: compilePhrases(event.blockers, { ignoreCase: true }) } : {}),
    })),
    anyEventTrigger: unprefixed(
      withBaseForms(
        [...pack.events.flatMap((event) => event.triggers), ...pack.events.flatMap((event) => baseFormTriggers(event.triggers))],
        pack.events.reduce((n, event) => n + event.triggers.length, 0),
      ),
    ),
    modality: {
      reported: cues(pack.modality.reported),
      hedged: cues(pack.modality.hedged),
      predicted: cues(pack.modality.predicted),
      hypothetical: cues(pack.modality.hypothetical),
    },
    peopleTypes: new Set(['person', ...pack.entityTypes.filter((t) => t.people).map((t) => t.type)]),
    comparatives: compilePhrases(comparativeList, { ignoreCase: true }),
    comparativeEntries,
    unitWords,
    sharedUnits,
    changeOf,
    attributes: new Map(pack.attributes.map((a) => [a.id, a])),
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    folded,
    familyPrefixes,
    productPrefixes: pack.entities
      .filter((e) => e.productType)
      .flatMap((e) => e.aliases.map((a) => ({ prefix: foldName(a), type: e.productType! })))
      .sort((a, b) => b.prefix.length - a.prefix.length),
    variantWords: new Set((pack.names?.variants ?? []).map((w) => w.toLowerCase())),
    notNames: new Set([...(pack.names?.notNames ?? []), ...(pack.names?.builds ?? [])].map((w) => w.toLowerCase())),
    builds: new Set((pack.names?.builds ?? []).map((w) => w.toLowerCase())),
    editionWords: new Set((pack.names?.editions ?? []).map((w) => w.toLowerCase())),
    identifierWords: new Set((pack.names?.identifiers ?? []).map((w) => w.toLowerCase().trim().replace(/\s+/gu, ' '))),
    blockers: blockerMatchers(pack.attributes),
    typePatterns: [...pack.entityTypes].reverse().flatMap((hint) => (hint.patterns ?? []).map((p) => ({ re: new RegExp(p, 'iu'), type: hint.type }))),
    // (A pattern with an anchor, "(?:^|[\s_-])\d+B", tests a part of a name: it types names found otherwise, and finds none.)
    typeFinders: [...pack.entityTypes]
      .reverse()
      .flatMap((hint) => (hint.patterns ?? []).filter((p) => !/[$^]/u.test(p)).map((p) => ({ find: new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${p})(?![\p{L}\p{N}_])`, 'giu'), type: hint.type }))),
  };
}

/** Each attribute's blocker matcher; attributes that list the same blockers (a pack's funding rounds) share one. */
function blockerMatchers(attributes: readonly PackAttribute[]): Map<string, PhraseMatcher> {
  const byList = new Map<string, PhraseMatcher>();
  const out = new Map<string, PhraseMatcher>();
  for (const a of attributes) {
    if (!a.blockers || a.blockers.length === 0) continue;
    const key = a.blockers.join('\u0000');
    let matcher = byList.get(key);
    if (!matcher) byList.set(key, (matcher = compilePhrases(a.blockers, { ignoreCase: true })));
    out.set(a.id, matcher);
  }
  return out;
}

/**
 * A prefix glued before a word by a hyphen or an en dash ("non–quellin Z blocker", as style guides join a prefix to an
 * open compound): "pre-", "post-", "non-", "un-" (in lower case, or capitalised: "UN-backed" is the United
 * Nations), Chinese 预/預 (pre-) and 非 (non-), Japanese プレ.
 */
const PREFIX_BEFORE = /(?:(?<![\p{L}\p{N}])(?:[Pp]re|[Pp]ost|[Nn]on|[Uu]n)[-‐–]|[预預]|(?<!\p{Script=Han})非|プレ)$/u;
/** Whether a phrase found in a text is the end of a longer word that a prefix opens ("pre-release", "预发布"). */
function prefixed(text: string, m: Span): boolean {
  return PREFIX_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start));
}

/** Whether a phrase found in a text ends on a letter or digit that a hyphen joins to a word after it ("MMLU" in "MMLU-Pro"). */
function compoundHead(text: string, m: Span): boolean {
  return /[\p{L}\p{N}]$/u.test(text.slice(m.start, m.end)) && /^[-‐][\p{L}\p{N}]/u.test(text.slice(m.end, m.end + 2)) && !CLITIC_AFTER.test(text.slice(m.end, m.end + 12));
}
/** A pronoun a hyphen joins to a verb, French or Portuguese: "emploie-t-elle", "produit-il", "vendeu-se", "lançou-o". */
const CLITIC_AFTER = /^[-‐](?:t[-‐])?(?:il|ils|elle|elles|on|je|tu|nous|vous|ce|y|en|le|la|les|lui|leur|se|o|a|os|as|lo|los|las|lhe|lhes|me|te|nos|vos)(?![\p{L}\p{N}])/iu;
/** Where the last word of a phrase found in a text begins. */
function lastWordStart(text: string, m: Span): number {
  const inner = text.slice(m.start, m.end);
  const space = inner.search(/\s\S*$/u);
  return space === -1 ? m.start : m.start + space + 1;
}
/** Where a hyphenated compound that goes on at `at` ends ("-Pro-Max", up to the space or mark after it). */
function compoundEnd(text: string, at: number): number {
  const m = /^(?:[-‐][\p{L}\p{N}]+)+/u.exec(text.slice(at, at + 80));
  return at + (m ? m[0].length : 0);
}

/** Whether a match begins right after "5." / "5," or ends right before ".1" / ",435": it is a piece of a longer number. */
/**
 * "Quarry" the firm is not "the quarry", nor a changelog's "**meta**:" label: an alias the pack writes with a capital is no
 * match where the text writes it with none (an alias written all in lower case matches in any case, as before).
 */
function capitalsKept(matcher: PhraseMatcher, aliases: readonly string[]): PhraseMatcher {
  const capital = /\p{Lu}/u;
  const written = aliases.map((alias) => capital.test(alias));
  return (text) => {
    const found = matcher(text);
    const lower = (m: PhraseMatch) => written[m.index] === true && !capital.test(text.slice(m.start, m.end));
    return found.some(lower) ? found.filter((m) => !lower(m)) : found;
  };
}

function inLongerNumber(text: string, m: Span): boolean {
  return (/^\p{N}/u.test(text.slice(m.start, m.start + 1)) && /\p{N}[.,]$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) ||
    (/\p{N}$/u.test(text.slice(m.end - 1, m.end)) && /^[.,]\p{N}/u.test(text.slice(m.end, m.end + 2)));
}
