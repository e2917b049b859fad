// Reading and validating vocabulary packs (YAML); every error names the pack and the entry.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fileReadError, MAX_BYTES, readRegularText } from '../input/regular-file.js';
import { canonicalUnit, convertible, CURRENCY_CODES, isCountUnit, otherCurrencyOfWord } from '../normalise/units.js';
import { foldName } from './lexicon.js';
import type {
  ModalityCues,
  Pack,
  PackAttribute,
  PackCategoryValue,
  PackDerivation,
  PackEntity,
  PackEntityTypeHint,
  PackEvent,
  PackExtension,
  NameWords,
} from './types.js';

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

export const BUILTIN_PACK_PATH = fileURLToPath(new URL('./ai-industry.yml', import.meta.url));
/**
 * The built-in pack's data as JSON, written beside the YAML by the build (scripts/copy-packs.js):
 * parsing the YAML costs a run's start-up more than everything else a small check does. Absent when
 * running from the sources; then the YAML is read.
 */
const BUILTIN_PACK_JSON = fileURLToPath(new URL('./ai-industry.json', import.meta.url));

type Raw = Record<string, unknown>;

/**
 * What one pack may hold. A pack is data from the checkout, and every run pays for it: matching
 * walks each phrase at each place of the text (so time grows with the longest phrase), and the
 * lexicon holds a trie of every phrase (so memory grows with their number). Far above any real
 * pack (the built-in one: 43 entities, 392 phrases of at most 28 characters).
 */
export const PACK_LIMITS = {
  /** Characters in any string: an id, a name, an alias, a trigger, a cue. */
  string: 100,
  /** Items in any list of an entry (aliases, triggers, synonyms…), and entries in a section other than `entities`. */
  list: 1_000,
  /** Entities in one pack. */
  entities: 50_000,
  /** Phrases matched in text, all kinds together (aliases, synonyms, triggers, headers, unit words, cues). */
  phrases: 150_000,
  /** Attribute triggers in all (each is compared with every other when the lexicon is built). */
  triggers: 5_000,
} as const;

/** Packs with more phrases than this get a note on stderr: loading them takes seconds, in every run and every reader thread. */
export const LARGE_PACK_PHRASES = 20_000;

const count = (n: number) => n.toLocaleString('en-US');

/** Checks one value at `where` and reports a PackError naming the pack and the entry. */
class Checker {
  /** What the pack does that is odd but readable, named like an error (see Pack.notes). */
  readonly notes: string[] = [];
  constructor(private readonly source: string) {}

  note(where: string, message: string): void {
    this.notes.push(`${this.source}: ${where}: ${message}`);
  }

  fail(where: string, message: string): never {
    throw new PackError(`${this.source}: ${where}: ${message}`);
  }

  object(value: unknown, where: string): Raw {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'must be a mapping');
    return value as Raw;
  }

  string(value: unknown, where: string): string {
    if (value === undefined) this.fail(where, 'is required: a non-empty string');
    if (typeof value !== 'string' || value.trim() === '') this.fail(where, 'must be a non-empty string');
    if (value.length > PACK_LIMITS.string) this.fail(where, `too long (${count(value.length)} characters; at most ${PACK_LIMITS.string})`);
    return value;
  }

  optionalString(value: unknown, where: string): string | undefined {
    return value === undefined ? undefined : this.string(value, where);
  }

  strings(value: unknown, where: string, optional = true): string[] {
    if (value === undefined && optional) return [];
    if (value === undefined) this.fail(where, 'is required: a list of strings');
    if (!Array.isArray(value)) this.fail(where, 'must be a list of strings');
    this.size(value, where, PACK_LIMITS.list);
    // "[standard gauge, 1,435 mm]": a comma in a list written in brackets parts its entries, so the number is two.
    value.forEach((item, i) => {
      const next = value[i + 1];
      if (Number.isInteger(item) && (item as number) >= 0 && (item as number) < 1000 && typeof next === 'string' && /^\d{3}(?!\d)/u.test(next)) {
        this.notes.push(`${this.source}: ${where}[${i}]: "${item}" and "${next}" are two entries: a comma parts the entries of a list in brackets; write the number in quotes ("${item},${next}")`);
      }
    });
    return value.map((item, i) => this.string(typeof item === 'number' ? String(item) : item, `${where}[${i}]`));
  }

  list(value: unknown, where: string, max: number = PACK_LIMITS.list): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(where, 'must be a list');
    this.size(value, where, max);
    return value;
  }

  size(value: unknown[], where: string, max: number): void {
    if (value.length > max) this.fail(where, `too many entries (${count(value.length)}; at most ${count(max)})`);
  }

  known(raw: Raw, keys: string[], where: string): void {
    for (const key of Object.keys(raw)) {
      if (!keys.includes(key)) this.fail(where, `unknown key "${key}" (expected one of: ${keys.join(', ')})`);
    }
  }
}

function entryName(raw: unknown, index: number, section: string): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as Raw).id : undefined;
  return typeof id === 'string' ? `${section}[${index}] (${id})` : `${section}[${index}]`;
}

function readEntity(c: Checker, value: unknown, where: string): PackEntity {
  const raw = c.object(value, where);
  c.known(raw, ['id', 'name', 'type', 'aliases', 'family', 'memberPrefixes', 'hosts', 'memberType', 'productType'], where);
  const name = c.string(raw.name, `${where}.name`);
  const aliases = c.strings(raw.aliases, `${where}.aliases`);
  return {
    id: c.string(raw.id, `${where}.id`).toLowerCase(),
    name,
    type: c.string(raw.type, `${where}.type`),
    aliases: aliases.includes(name) ? aliases : [name, ...aliases],
    family: c.optionalString(raw.family, `${where}.family`)?.toLowerCase(),
    memberPrefixes: raw.memberPrefixes === undefined ? undefined : c.strings(raw.memberPrefixes, `${where}.memberPrefixes`),
    hosts: c.optionalString(raw.hosts, `${where}.hosts`)?.toLowerCase(),
    memberType: c.optionalString(raw.memberType, `${where}.memberType`),
    productType: c.optionalString(raw.productType, `${where}.productType`),
  };
}

function readValue(c: Checker, value: unknown, where: string): PackCategoryValue {
  const raw = c.object(value, where);
  c.known(raw, ['id', 'synonyms', 'group', 'makers', 'broader'], where);
  const id = c.string(raw.id, `${where}.id`);
  const synonyms = c.strings(raw.synonyms, `${where}.synonyms`);
  return {
    id,
    synonyms: synonyms.length > 0 ? synonyms : [id],
    group: c.optionalString(raw.group, `${where}.group`),
    makers: raw.makers === undefined ? undefined : c.strings(raw.makers, `${where}.makers`).map((m) => m.toLowerCase()),
    ...(raw.broader === undefined ? {} : { broader: c.strings(raw.broader, `${where}.broader`) }),
  };
}

function readAttribute(c: Checker, value: unknown, where: string): PackAttribute {
  const raw = c.object(value, where);
  c.known(
    raw,
    ['id', 'label', 'kind', 'unit', 'unitWords', 'bareScaled', 'triggers', 'blockers', 'outranks', 'headers', 'subjects', 'values', 'liftToFamily', 'multiValued', 'exclusiveCues', 'variesByMember', 'tolerance', 'metricOf', 'comparatives', 'timeless', 'namedSubject', 'measure', 'nonAdditive', 'whole', 'minimum', 'maximum', 'ceiling'],
    where,
  );
  const kind = raw.kind;
  if (kind !== 'quantity' && kind !== 'category') c.fail(`${where}.kind`, 'must be "quantity" or "category"');
  const attribute: PackAttribute = {
    id: c.string(raw.id, `${where}.id`),
    label: c.string(raw.label, `${where}.label`),
    kind,
    unit: c.optionalString(raw.unit, `${where}.unit`),
    unitWords: c.strings(raw.unitWords, `${where}.unitWords`).map((w) => w.toLowerCase()),
    bareScaled: raw.bareScaled === true,
    triggers: c.strings(raw.triggers, `${where}.triggers`),
    blockers: c.strings(raw.blockers, `${where}.blockers`),
    outranks: c.strings(raw.outranks, `${where}.outranks`),
    headers: c.strings(raw.headers, `${where}.headers`).map((h) => h.toLowerCase()),
    subjects: c.strings(raw.subjects, `${where}.subjects`, false),
    liftToFamily: raw.liftToFamily === true,
    multiValued: raw.multiValued === true,
    exclusiveCues: c.strings(raw.exclusiveCues, `${where}.exclusiveCues`),
    variesByMember: raw.variesByMember === true,
    metricOf: c.optionalString(raw.metricOf, `${where}.metricOf`),
    timeless: raw.timeless === true,
    ...(raw.namedSubject === true ? { namedSubject: true } : {}),
  };
  if (raw.ceiling !== undefined) {
    if (typeof raw.ceiling !== 'boolean') c.fail(`${where}.ceiling`, 'must be true or false');
    if (kind !== 'quantity') c.fail(`${where}.ceiling`, 'only a quantity attribute is a maximum');
    if (raw.ceiling) attribute.ceiling = true;
  }
  if (raw.nonAdditive !== undefined) {
    if (typeof raw.nonAdditive !== 'boolean') c.fail(`${where}.nonAdditive`, 'must be true or false');
    if (kind !== 'quantity') c.fail(`${where}.nonAdditive`, 'only a quantity attribute has parts');
    if (raw.nonAdditive) attribute.nonAdditive = true;
  }
  if (raw.whole !== undefined) {
    if (typeof raw.whole !== 'boolean') c.fail(`${where}.whole`, 'must be true or false');
    if (kind !== 'quantity' || attribute.unit === undefined || !isCountUnit(attribute.unit)) c.fail(`${where}.whole`, 'only a count (a quantity in a unit of no dimension, no currency, share or score) is whole or not');
    if (raw.whole === false) attribute.whole = false;
  }
  for (const bound of ['minimum', 'maximum'] as const) {
    if (raw[bound] === undefined) continue;
    if (typeof raw[bound] !== 'number' || !Number.isFinite(raw[bound])) c.fail(`${where}.${bound}`, 'must be a number');
    attribute[bound] = raw[bound] as number;
  }
  if (attribute.minimum !== undefined && attribute.maximum !== undefined && attribute.minimum > attribute.maximum) c.fail(`${where}.minimum`, 'must not exceed maximum');
  if (raw.measure !== undefined) {
    if (raw.measure !== 'stock' && raw.measure !== 'flow' && raw.measure !== 'tally' && raw.measure !== 'act') c.fail(`${where}.measure`, 'must be "stock", "flow", "tally" or "act"');
    // A category that changes as news unfolds (a status, a decision) is a tally too: its values meet only those of one date.
    if (kind !== 'quantity' && raw.measure !== 'tally') c.fail(`${where}.measure`, 'a category attribute may only be a tally (a state that changes as news unfolds); a stock or a flow is a quantity');
    if (attribute.timeless) c.fail(`${where}.measure`, 'a timeless attribute meets every period already: drop "measure" or "timeless"');
    attribute.measure = raw.measure as 'stock' | 'flow' | 'tally' | 'act';
  }
  if (raw.comparatives !== undefined) {
    attribute.comparatives = c.list(raw.comparatives, `${where}.comparatives`).map((v, i) => {
      const at = `${where}.comparatives[${i}]`;
      const item = c.object(v, at);
      c.known(item, ['phrase', 'direction'], at);
      if (item.direction !== 'lower' && item.direction !== 'higher') c.fail(`${at}.direction`, 'must be "lower" or "higher"');
      return { phrase: c.string(item.phrase, `${at}.phrase`), direction: item.direction };
    });
  }
  if (raw.tolerance !== undefined) attribute.tolerance = readTolerance(c, raw.tolerance, where);
  if (kind === 'quantity' && !attribute.unit) c.fail(`${where}.unit`, 'a quantity attribute needs a unit');
  // "unit: money" would be a count of things called money: an amount of money is in a currency.
  if (kind === 'quantity' && /^(?:money|currency|cash|price|amount)$/iu.test(attribute.unit!.trim())) {
    c.fail(`${where}.unit`, `"${attribute.unit}" names no currency: write its code (USD, EUR, GBP, CNY, JPY, …); figures in other currencies are then compared each apart`);
  }
  // A unit word of another currency is read in that currency (lexicon.ts), never as this one: said, since the pack meant otherwise.
  const others = kind === 'quantity' ? attribute.unitWords!.map((w) => [w, otherCurrencyOfWord(w, attribute.unit!)] as const).filter(([, other]) => other !== undefined) : [];
  for (const currency of new Set(others.map(([, other]) => other))) {
    const words = [...new Set(others.filter(([, other]) => other === currency).map(([w]) => `"${w}"`))];
    c.note(
      `${where}.unitWords`,
      `${words.join(', ')} ${words.length === 1 ? 'names' : 'name'} another currency (${currency}) than the attribute's unit ${attribute.unit}: figures written with ${words.length === 1 ? 'it are' : 'them are'} read in ${currency}, and never compared with ${attribute.unit}`,
    );
  }
  if (kind === 'category') {
    const values = c.list(raw.values, `${where}.values`).map((v, i) => readValue(c, v, `${where}.values[${i}]`));
    if (values.length < 2) c.fail(`${where}.values`, 'a category attribute needs at least two values');
    attribute.values = values;
  }
  return attribute;
}

/** An attribute's `tolerance`: `exact` and `approx`, each a number >= 0. */
function readTolerance(c: Checker, value: unknown, where: string): { exact?: number; approx?: number } {
  const t = c.object(value, `${where}.tolerance`);
  c.known(t, ['exact', 'approx'], `${where}.tolerance`);
  for (const key of ['exact', 'approx'] as const) {
    if (t[key] !== undefined && (typeof t[key] !== 'number' || (t[key] as number) < 0)) {
      c.fail(`${where}.tolerance.${key}`, 'must be a number >= 0');
    }
  }
  return { exact: t.exact as number | undefined, approx: t.approx as number | undefined };
}

/** The keys an entry that extends another may hold: the words it adds, and a tolerance of its own. */
const EXTENSION_KEYS = {
  attributes: ['id', 'extends', 'triggers', 'headers', 'blockers', 'unitWords', 'exclusiveCues', 'values', 'variesByMember', 'tolerance'],
  events: ['id', 'extends', 'triggers', 'headers', 'negations', 'negationsAfter', 'cues', 'blockers'],
} as const;

/** Whether an entry of `attributes` or `events` extends an earlier pack's entry of its id (`extends: true`). */
function extending(c: Checker, value: unknown, where: string): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as Raw).extends === undefined) return false;
  const flag = (value as Raw).extends;
  if (typeof flag !== 'boolean') c.fail(`${where}.extends`, 'must be true or false');
  return flag;
}

/** An entry with `extends: true`: the words it adds to an earlier pack's attribute or event of its id. */
function readExtension(c: Checker, value: unknown, where: string, section: 'attributes' | 'events'): PackExtension {
  const raw = c.object(value, where);
  const keys: readonly string[] = EXTENSION_KEYS[section];
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) {
      c.fail(`${where}.${key}`, `an entry with "extends: true" only adds words to the earlier entry of its id (${keys.filter((k) => k !== 'id' && k !== 'extends').join(', ')}); to change its ${key}, replace the entry whole: drop "extends"`);
    }
  }
  const extension: PackExtension = {
    section,
    id: c.string(raw.id, `${where}.id`),
    where,
    triggers: c.strings(raw.triggers, `${where}.triggers`),
    headers: c.strings(raw.headers, `${where}.headers`).map((h) => h.toLowerCase()),
  };
  if (section === 'attributes') {
    if (raw.blockers !== undefined) extension.blockers = c.strings(raw.blockers, `${where}.blockers`);
    if (raw.unitWords !== undefined) extension.unitWords = c.strings(raw.unitWords, `${where}.unitWords`).map((w) => w.toLowerCase());
    if (raw.exclusiveCues !== undefined) extension.exclusiveCues = c.strings(raw.exclusiveCues, `${where}.exclusiveCues`);
    if (raw.values !== undefined) extension.values = c.list(raw.values, `${where}.values`).map((v, i) => readValue(c, v, `${where}.values[${i}]`));
    if (raw.variesByMember !== undefined) {
      if (typeof raw.variesByMember !== 'boolean') c.fail(`${where}.variesByMember`, 'must be true or false');
      extension.variesByMember = raw.variesByMember as boolean;
    }
    if (raw.tolerance !== undefined) extension.tolerance = readTolerance(c, raw.tolerance, where);
  } else {
    if (raw.negations !== undefined) extension.negations = c.strings(raw.negations, `${where}.negations`);
    if (raw.negationsAfter !== undefined) extension.negationsAfter = c.strings(raw.negationsAfter, `${where}.negationsAfter`);
    if (raw.cues !== undefined) extension.cues = c.strings(raw.cues, `${where}.cues`);
    if (raw.blockers !== undefined) extension.blockers = c.strings(raw.blockers, `${where}.blockers`);
  }
  const adds = Object.entries(extension).some(([key, v]) => ((Array.isArray(v) && v.length > 0) || typeof v === 'boolean' || key === 'tolerance') && key !== 'section');
  if (!adds) c.fail(where, `extends "${extension.id}" but adds nothing: give the ${keys.filter((k) => k !== 'id' && k !== 'extends').join(', ')} to add`);
  return extension;
}

/** Words in a list, then those of `more` it lacks (case aside). */
const joined = (list: readonly string[], more: readonly string[] | undefined): string[] => {
  const seen = new Set(list.map((w) => w.toLowerCase()));
  return [...list, ...(more ?? []).filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()))];
};

/** An earlier pack's attribute with the words an extension adds: triggers, headers, blockers, unit words, and values or their synonyms. */
function extendAttribute(target: PackAttribute, x: PackExtension, source: string): PackAttribute {
  const fail = (key: string, message: string): never => {
    throw new PackError(`${source}: ${x.where}.${key}: ${message}`);
  };
  if (x.values !== undefined && target.kind !== 'category') fail('values', `"${x.id}" is a quantity attribute: it has no values to add to`);
  if (x.unitWords !== undefined && target.kind !== 'quantity') fail('unitWords', `"${x.id}" is a category attribute: it has no unit`);
  const values = target.values?.map((v) => ({ ...v }));
  for (const [i, v] of (x.values ?? []).entries()) {
    const earlier = values!.find((e) => e.id === v.id);
    if (earlier === undefined) values!.push(v);
    else {
      if (v.group !== undefined && v.group !== earlier.group)
        fail(
          `values[${i}].group`,
          `"${v.id}" is a value "${x.id}" has already (from pack "${target.pack ?? 'built-in'}", in group "${earlier.group ?? v.id}"), and an extension may not move it to another group: drop "group" here to add synonyms to it ({id: ${v.id}, synonyms: [...]}), or give a new id for a value of your own (claimcheck vocabulary --format json lists the values an attribute has)`,
        );
      earlier.synonyms = joined(earlier.synonyms, v.synonyms);
      if (v.makers) earlier.makers = joined(earlier.makers ?? [], v.makers);
      if (v.broader) earlier.broader = joined(earlier.broader ?? [], v.broader);
    }
  }
  return {
    ...target,
    triggers: joined(target.triggers, x.triggers),
    headers: joined(target.headers, x.headers),
    ...(x.blockers ? { blockers: joined(target.blockers ?? [], x.blockers) } : {}),
    ...(x.unitWords ? { unitWords: joined(target.unitWords ?? [], x.unitWords) } : {}),
    ...(x.exclusiveCues ? { exclusiveCues: joined(target.exclusiveCues ?? [], x.exclusiveCues) } : {}),
    ...(values ? { values } : {}),
    ...(x.variesByMember !== undefined ? { variesByMember: x.variesByMember } : {}),
    ...(x.tolerance !== undefined ? { tolerance: { ...target.tolerance, ...Object.fromEntries(Object.entries(x.tolerance).filter(([, v]) => v !== undefined)) } } : {}),
  };
}

/** The error for an extension of an id no earlier pack has. */
function nothingToExtend(pack: Pack, x: PackExtension, known: Iterable<string>): PackError {
  const kind = x.section === 'attributes' ? 'an attribute' : 'an event';
  return new PackError(`${pack.source}: ${x.where}.extends: no earlier pack has ${kind} "${x.id}" to extend (known: ${[...known].sort().join(', ')}; see claimcheck vocabulary)`);
}

function readEvent(c: Checker, value: unknown, where: string): PackEvent {
  const raw = c.object(value, where);
  c.known(raw, ['id', 'label', 'triggers', 'negations', 'negationsAfter', 'participantTypes', 'minParticipants', 'headers', 'liftToFamily', 'cues', 'blockers', 'topicParticipant', 'agentsApart', 'participantRole', 'mannerTriggers'], where);
  const min = raw.minParticipants ?? 2;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) c.fail(`${where}.minParticipants`, 'must be a whole number >= 1');
  const event: PackEvent = {
    id: c.string(raw.id, `${where}.id`),
    label: c.string(raw.label, `${where}.label`),
    triggers: c.strings(raw.triggers, `${where}.triggers`, false),
    negations: c.strings(raw.negations, `${where}.negations`),
    negationsAfter: c.strings(raw.negationsAfter, `${where}.negationsAfter`),
    participantTypes: c.strings(raw.participantTypes, `${where}.participantTypes`, false),
    minParticipants: min,
    headers: c.strings(raw.headers, `${where}.headers`).map((h) => h.toLowerCase()),
    liftToFamily: raw.liftToFamily === true,
  };
  if (raw.cues !== undefined) event.cues = c.strings(raw.cues, `${where}.cues`, false);
  if (raw.blockers !== undefined) event.blockers = c.strings(raw.blockers, `${where}.blockers`);
  if (raw.mannerTriggers !== undefined) {
    const manner = c.strings(raw.mannerTriggers, `${where}.mannerTriggers`);
    const triggers = new Set(event.triggers.map((t) => t.toLowerCase()));
    for (const t of manner) if (!triggers.has(t.toLowerCase())) c.fail(`${where}.mannerTriggers`, `"${t}" is not one of the event's triggers`);
    event.mannerTriggers = manner;
  }
  if (raw.agentsApart !== undefined) {
    if (typeof raw.agentsApart !== 'boolean') c.fail(`${where}.agentsApart`, 'must be true or false');
    if (raw.agentsApart === true) event.agentsApart = true;
  }
  if (raw.participantRole !== undefined) {
    if (raw.participantRole !== 'object' && raw.participantRole !== 'subject') c.fail(`${where}.participantRole`, 'must be object or subject');
    else if (event.minParticipants !== 1) c.fail(`${where}.participantRole`, 'is for an event of one participant (minParticipants: 1)');
    else event.participantRole = raw.participantRole;
  }
  if (raw.topicParticipant !== undefined) {
    if (typeof raw.topicParticipant !== 'boolean') c.fail(`${where}.topicParticipant`, 'must be true or false');
    if (raw.topicParticipant === true) event.topicParticipant = true;
  }
  if (event.triggers.length === 0) c.fail(`${where}.triggers`, 'an event needs at least one trigger');
  return event;
}

function readDerivation(c: Checker, value: unknown, where: string): PackDerivation {
  const raw = c.object(value, where);
  c.known(raw, ['id', 'label', 'whenEqual', 'then'], where);
  const whenEqual = c.strings(raw.whenEqual, `${where}.whenEqual`, false);
  if (whenEqual.length !== 2) c.fail(`${where}.whenEqual`, 'must name exactly two attributes');
  const then = c.object(raw.then, `${where}.then`);
  c.known(then, ['attribute', 'value'], `${where}.then`);
  return {
    id: c.string(raw.id, `${where}.id`),
    label: c.string(raw.label, `${where}.label`),
    whenEqual: [whenEqual[0]!, whenEqual[1]!],
    then: { attribute: c.string(then.attribute, `${where}.then.attribute`), value: c.string(then.value, `${where}.then.value`) },
  };
}

/** A map of lists of strings under known keys ("modality", "names"): each key a list, an absent map or key an empty list. */
function readStringLists<K extends string>(c: Checker, value: unknown, where: string, keys: readonly K[]): Record<K, string[]> {
  const raw = value === undefined ? {} : c.object(value, where);
  if (value !== undefined) c.known(raw, [...keys], where);
  return Object.fromEntries(keys.map((k) => [k, c.strings((raw as Record<string, unknown>)[k], `${where}.${k}`)])) as Record<K, string[]>;
}

const readModality = (c: Checker, value: unknown, where: string): ModalityCues =>
  readStringLists(c, value, where, ['reported', 'hedged', 'predicted', 'hypothetical'] as const);

const readNames = (c: Checker, value: unknown, where: string): NameWords => readStringLists(c, value, where, ['variants', 'notNames', 'builds', 'editions', 'identifiers'] as const);

function readEntityType(c: Checker, value: unknown, where: string): PackEntityTypeHint {
  const raw = c.object(value, where);
  c.known(raw, ['type', 'headers', 'patterns', 'people', 'parts'], where);
  const parts = c.strings(raw.parts, `${where}.parts`).map((w) => w.toLowerCase().trim()).filter((w) => w !== '');
  const patterns = c.strings(raw.patterns, `${where}.patterns`);
  if (raw.people !== undefined && typeof raw.people !== 'boolean') c.fail(`${where}.people`, 'must be true or false');
  const people = raw.people === true;
  patterns.forEach((p, i) => {
    try {
      new RegExp(p, 'u');
    } catch (error) {
      c.fail(`${where}.patterns[${i}]`, `not a regular expression: ${(error as Error).message}`);
    }
    const risk = backtrackingRisk(p);
    if (risk) c.fail(`${where}.patterns[${i}]`, `${risk}: such a pattern can take exponential time on some names`);
  });
  return {
    type: c.string(raw.type, `${where}.type`),
    headers: c.strings(raw.headers, `${where}.headers`).map((h) => h.toLowerCase()),
    ...(patterns.length > 0 ? { patterns } : {}),
    ...(people ? { people: true } : {}),
    ...(parts.length > 0 ? { parts } : {}),
  };
}

/**
 * Why a pack's regular expression could backtrack exponentially, or null. JavaScript's RegExp
 * engine backtracks: a repeated group that itself repeats or alternates, as in `(a+)+` or `(a|ab)*`,
 * can take time exponential in the length of the text, and a back-reference makes matching hard in
 * general. A pattern is data from the checkout, so both are refused; an optional group (`(?:x+)?`)
 * is fine.
 */
export function backtrackingRisk(pattern: string): string | null {
  const groups: { repeats: boolean; alternates: boolean }[] = [{ repeats: false, alternates: false }];
  /** After an atom at `i`, whether a quantifier that repeats (not `?`, not `{0,1}`/`{1}`) follows, and where it ends. */
  const quantifierAt = (i: number): { repeats: boolean; any: boolean } => {
    const q = pattern[i];
    if (q === '*' || q === '+') return { repeats: true, any: true };
    if (q === '?') return { repeats: false, any: true };
    if (q === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(i, i + 24));
      if (m) return { repeats: m[2] === ',' ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1, any: true };
    }
    return { repeats: false, any: false };
  };
  const markQuantified = (repeats: boolean) => {
    if (!repeats) return;
    for (const g of groups) g.repeats = true;
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (/[1-9]/.test(pattern[i + 1] ?? '') || (pattern[i + 1] === 'k' && pattern[i + 2] === '<')) return 'a back-reference';
      i++;
      markQuantified(quantifierAt(i + 1).repeats);
    } else if (ch === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
      markQuantified(quantifierAt(i + 1).repeats);
    } else if (ch === '(') {
      groups.push({ repeats: false, alternates: false });
      if (pattern[i + 1] === '?') i += pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!' ? pattern.indexOf('>', i) - i : 2;
    } else if (ch === ')') {
      const group = groups.length > 1 ? groups.pop()! : { repeats: false, alternates: false };
      const q = quantifierAt(i + 1);
      if (q.repeats && group.repeats) return 'a repeated group that repeats inside';
      if (q.repeats && group.alternates) return 'a repeated group of alternatives';
      if (group.repeats) markQuantified(true);
      markQuantified(q.repeats);
    } else if (ch === '|') {
      groups[groups.length - 1]!.alternates = true;
    } else if (ch !== '*' && ch !== '+' && ch !== '?' && ch !== '{' && ch !== '}' && ch !== '^' && ch !== '$') {
      markQuantified(quantifierAt(i + 1).repeats);
    }
  }
  return null;
}

/** Validates parsed YAML as a pack; `source` names it in errors. */
export function validatePack(data: unknown, source: string): Pack {
  const c = new Checker(source);
  const raw = c.object(data, 'pack');
  c.known(raw, ['name', 'entities', 'entityTypes', 'attributes', 'events', 'derivations', 'modality', 'names'], 'pack');
  const section = <T>(key: string, read: (c: Checker, v: unknown, where: string) => T): T[] =>
    c.list(raw[key], key, key === 'entities' ? PACK_LIMITS.entities : PACK_LIMITS.list).map((v, i) => read(c, v, entryName(v, i, key)));
  // An entry with "extends: true" adds words to an earlier pack's entry of its id, applied when packs are merged.
  const extensions: PackExtension[] = [];
  const orExtension =
    <T>(name: 'attributes' | 'events', read: (c: Checker, v: unknown, where: string) => T) =>
    (c: Checker, v: unknown, where: string): T | undefined => {
      if (!extending(c, v, where)) return read(c, v, where);
      extensions.push(readExtension(c, v, where, name));
      return undefined;
    };
  const present = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);
  const pack: Pack = {
    name: c.string(raw.name, 'name'),
    source,
    entities: section('entities', readEntity),
    entityTypes: section('entityTypes', readEntityType),
    attributes: present(section('attributes', orExtension('attributes', readAttribute))),
    events: present(section('events', orExtension('events', readEvent))),
    derivations: section('derivations', readDerivation),
    modality: readModality(c, raw.modality, 'modality'),
    names: readNames(c, raw.names, 'names'),
  };
  for (const x of extensions) {
    const own = x.section === 'attributes' ? pack.attributes : pack.events;
    if (own.some((e) => e.id === x.id)) c.fail(`${x.where}.extends`, `this pack also defines "${x.id}": extend an earlier pack's entry, or define it once`);
    if (extensions.some((o) => o !== x && o.section === x.section && o.id === x.id)) c.fail(`${x.where}.extends`, `"${x.id}" is extended twice in this pack: write its words in one entry`);
  }
  if (extensions.length > 0) pack.extensions = extensions;
  checkReferences(c, pack);
  noteSharedValues(c, pack.attributes);
  noteSharedAliases(c, pack.entities);
  checkTotals(pack, (message) => c.fail('pack', message));
  return c.notes.length > 0 ? { ...pack, notes: c.notes } : pack;
}

/** Phrases a pack makes the matcher look for, and how many of them are attribute triggers. */
export function packSize(pack: Pack): { phrases: number; triggers: number } {
  let phrases = 0;
  let triggers = 0;
  for (const e of pack.entities) phrases += e.aliases.length + (e.memberPrefixes?.length ?? 0);
  for (const a of pack.attributes) {
    triggers += a.triggers.length;
    phrases += a.triggers.length + (a.blockers?.length ?? 0) + a.headers.length + (a.unitWords?.length ?? 0) + (a.comparatives?.length ?? 0) + (a.exclusiveCues?.length ?? 0);
    for (const v of a.values ?? []) phrases += v.synonyms.length;
  }
  for (const e of pack.events) phrases += e.triggers.length + e.negations.length + e.negationsAfter.length + (e.headers?.length ?? 0) + (e.blockers?.length ?? 0);
  for (const x of pack.extensions ?? []) {
    if (x.section === 'attributes') triggers += x.triggers.length;
    phrases += x.triggers.length + x.headers.length + (x.blockers?.length ?? 0) + (x.unitWords?.length ?? 0) + (x.exclusiveCues?.length ?? 0) + (x.negations?.length ?? 0) + (x.negationsAfter?.length ?? 0) + (x.cues?.length ?? 0);
    for (const v of x.values ?? []) phrases += v.synonyms.length;
  }
  for (const t of pack.entityTypes) phrases += t.headers.length + (t.patterns?.length ?? 0) + (t.parts?.length ?? 0);
  phrases += (pack.names?.variants.length ?? 0) + (pack.names?.notNames.length ?? 0) + (pack.names?.builds?.length ?? 0) + (pack.names?.editions?.length ?? 0) + (pack.names?.identifiers?.length ?? 0);
  for (const cues of Object.values(pack.modality)) phrases += cues.length;
  return { phrases, triggers };
}

function checkTotals(pack: Pack, fail: (message: string) => never): void {
  const { phrases, triggers } = packSize(pack);
  if (phrases > PACK_LIMITS.phrases) fail(`${count(phrases)} phrases (aliases, synonyms, triggers, headers, unit words and cues); at most ${count(PACK_LIMITS.phrases)}`);
  if (triggers > PACK_LIMITS.triggers) fail(`${count(triggers)} attribute triggers; at most ${count(PACK_LIMITS.triggers)}`);
}

/** What a user should know about the packs a run loads (merged): a note when they are large enough to be slow. */
export function packNotes(pack: Pack): string[] {
  const { phrases } = packSize(pack);
  const size = phrases <= LARGE_PACK_PHRASES ? [] : [`packs ${pack.source}: ${count(phrases)} phrases; loading them takes seconds in every run (and again in every reader thread)`];
  return [...(pack.notes ?? []), ...size];
}

function checkReferences(c: Checker, pack: Pack): void {
  const seen = new Set<string>();
  pack.entities.forEach((e, i) => {
    const where = `entities[${i}] (${e.id})`;
    if (seen.has(e.id)) c.fail(where, `duplicate entity id "${e.id}"`);
    seen.add(e.id);
  });
  const ids = new Set(pack.attributes.map((a) => a.id));
  pack.derivations.forEach((d, i) => {
    const where = `derivations[${i}] (${d.id})`;
    for (const a of [...d.whenEqual, d.then.attribute]) {
      if (!ids.has(a)) c.fail(where, `unknown attribute "${a}"`);
    }
    const target = pack.attributes.find((a) => a.id === d.then.attribute);
    if (target?.kind !== 'category' || !target.values?.some((v) => v.id === d.then.value)) {
      c.fail(`${where}.then.value`, `"${d.then.value}" is not a value of attribute "${d.then.attribute}"`);
    }
  });
}

/**
 * A value word names one attribute's value: where two category attributes of a pack list the same words, the one listed
 * first takes them and the other never reads them (every "developed by" sentence gives nothing when "developer" lists the
 * people "creator" lists). Said at load, naming both attributes; an attribute that reads nothing at all is said so.
 */
function noteSharedValues(c: Checker, attributes: readonly PackAttribute[]): void {
  const key = (word: string) => word.trim().toLowerCase().replace(/\s+/gu, ' ');
  const owner = new Map<string, PackAttribute>();
  const written = new Map<string, string>();
  attributes.forEach((a, i) => {
    if (a.kind !== 'category') return;
    for (const v of a.values ?? []) for (const w of v.synonyms) if (!written.has(key(w))) written.set(key(w), w.trim());
    const words = [...new Set((a.values ?? []).flatMap((v) => v.synonyms.map(key)))];
    const taken = new Map<PackAttribute, string[]>();
    for (const w of words) {
      const first = owner.get(w);
      if (first && first !== a) taken.set(first, [...(taken.get(first) ?? []), w]);
      else if (!first) owner.set(w, a);
    }
    const none = [...taken.values()].reduce((n, shared) => n + shared.length, 0) === words.length && words.length > 0;
    for (const [first, shared] of taken) {
      const all = shared.length === words.length;
      const shown = shared.slice(0, 3).map((w) => `"${written.get(w) ?? w}"`).join(', ') + (shared.length > 3 ? ', …' : '');
      c.note(
        `attributes[${i}] (${a.id})`,
        all
          ? `every value word of "${a.id}" (${shown}) is also a value of "${first.id}", listed first, which takes them: "${a.id}" reads nothing; give each attribute words of its own, or make them one attribute`
          : `${shared.length} of the value words of "${a.id}" (${shown}) are also values of "${first.id}", listed first, which takes them: "${a.id}" never reads them${none ? ' (and, with the words other attributes take, reads nothing)' : ''}`,
      );
    }
  });
}

/**
 * An alias names one thing: where two entities of a pack list the same alias ("Ostkirk" for "Ostkirk, Ardenia" and "Ostkirk,
 * Lorvania"), the one listed first takes it wherever a page writes it alone, except on a page whose title names the other.
 * Said at load, naming both entries and the alias.
 */
function noteSharedAliases(c: Checker, entities: readonly PackEntity[]): void {
  const key = (alias: string) => alias.trim().replace(/\s+/gu, ' ').toLowerCase();
  const first = new Map<string, number>();
  entities.forEach((e, i) => {
    const byOwner = new Map<number, string[]>();
    for (const alias of new Map([e.name, ...e.aliases].map((a) => [key(a), a.trim()])).values()) {
      const k = key(alias);
      const owner = first.get(k);
      if (owner === undefined) first.set(k, i);
      else if (owner !== i) byOwner.set(owner, [...(byOwner.get(owner) ?? []), alias]);
    }
    for (const [owner, aliases] of byOwner) {
      const other = entities[owner]!;
      const shown = aliases.slice(0, 3).map((a) => `"${a}"`).join(', ') + (aliases.length > 3 ? ', …' : '');
      c.note(
        `entities[${i}] (${e.id})`,
        `${aliases.length === 1 ? 'the alias' : 'the aliases'} ${shown} of "${e.id}" ${aliases.length === 1 ? 'is' : 'are'} also ${aliases.length === 1 ? 'an alias' : 'aliases'} of "${other.id}" (entities[${owner}]), listed first, which takes ${aliases.length === 1 ? 'it' : 'them'} on every page but one whose title names "${e.name}"; give each entity a name of its own where pages write them apart`,
      );
    }
  });
}

/** Parses YAML text as a pack. */
export function parsePack(text: string, source: string): Pack {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new PackError(`${source}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return validatePack(data, source);
}

export function loadPackFile(path: string): Pack {
  if (path === BUILTIN_PACK_PATH && existsSync(BUILTIN_PACK_JSON)) return validatePack(JSON.parse(readFileSync(BUILTIN_PACK_JSON, 'utf8')), path);
  let text: string;
  try {
    text = readRegularText(path, MAX_BYTES.pack);
  } catch (error) {
    throw new PackError(`${path}: cannot read pack: ${fileReadError(error).message}`);
  }
  return parsePack(text, path);
}

/**
 * The attributes of packs merged in order, each stamped with its pack's name. A later pack wins: its
 * attribute replaces one with the same id, and a trigger, header or value word it claims is taken from the earlier
 * packs' other attributes, so that a user's "battery" or "price" binds to the user's attribute, and a city the
 * built-in pack knows is the user's value where the user's category lists it.
 */
function attributesByPrecedence(packs: Pack[]): PackAttribute[] {
  const merged = new Map<string, PackAttribute>();
  for (const [order, pack] of packs.entries()) {
    // An entry with "extends: true": the earlier attribute of its id with the words added (which it claims as its own).
    const extended = new Map<string, PackAttribute>();
    for (const x of pack.extensions ?? []) {
      if (x.section !== 'attributes') continue;
      const target = merged.get(x.id);
      if (target === undefined) throw nothingToExtend(pack, x, merged.keys());
      extended.set(x.id, extendAttribute(target, x, pack.source));
    }
    // Each word the pack claims, with the attributes that claim it.
    const claimed = new Map<string, PackAttribute[]>();
    for (const a of pack.attributes) for (const w of [...a.triggers, ...a.headers]) claimed.set(w.toLowerCase(), [...(claimed.get(w.toLowerCase()) ?? []), a]);
    for (const x of pack.extensions ?? []) {
      const a = extended.get(x.id);
      if (a) for (const w of [...x.triggers, ...x.headers]) claimed.set(w.toLowerCase(), [...(claimed.get(w.toLowerCase()) ?? []), a]);
    }
    // Each value word the pack claims (a city for a tower's place), with the attributes that claim it.
    const claimedValues = new Map<string, PackAttribute[]>();
    for (const a of [...pack.attributes, ...extended.values()]) {
      for (const v of a.values ?? []) for (const w of v.synonyms) claimedValues.set(w.toLowerCase(), [...(claimedValues.get(w.toLowerCase()) ?? []), a]);
    }
    if (claimedValues.size > 0) {
      for (const [id, earlier] of merged) {
        if (extended.has(id) || !earlier.values) continue;
        const takenValue = (w: string) => claimedValues.get(w.toLowerCase())?.some((a) => competes(earlier, a)) === true;
        if (!earlier.values.some((v) => v.synonyms.some(takenValue))) continue;
        // A value left with no word is dropped, and with it the word of any other value that falls under it.
        const kept = earlier.values.map((v) => ({ ...v, synonyms: v.synonyms.filter((w) => !takenValue(w)) })).filter((v) => v.synonyms.length > 0);
        const ids = new Set(kept.map((v) => v.id));
        const values = kept.map((v) => (v.broader ? { ...v, broader: v.broader.filter((b) => ids.has(b)) } : v));
        merged.set(id, { ...earlier, values });
      }
    }
    if (claimed.size > 0) {
      for (const [id, earlier] of merged) {
        if (extended.has(id)) continue;
        // A word is taken only by an attribute that could take the same values: a user's "trained on" for a training site (a
        // category) or a cost (money) leaves it to a count of GPUs or of tokens, which the user's attributes would never bind.
        const taken = (w: string) => claimed.get(w.toLowerCase())?.some((a) => competes(earlier, a)) === true;
        const triggers = earlier.triggers.filter((t) => !taken(t));
        const headers = earlier.headers.filter((h) => !taken(h));
        // An attribute whose every trigger the later pack claims is superseded by it (no trigger would bind it without any).
        if (earlier.triggers.length > 0 && triggers.length === 0) merged.delete(id);
        else if (triggers.length !== earlier.triggers.length || headers.length !== earlier.headers.length) merged.set(id, { ...earlier, triggers, headers });
      }
    }
    for (const [id, a] of extended) merged.set(id, a);
    for (const a of pack.attributes) merged.set(a.id, { ...a, pack: pack.name, packOrder: order });
  }
  return [...merged.values()];
}

/** The events of packs merged in order: a later pack's event replaces one of the same id; an entry with "extends: true" adds its words to it. */
function eventsByPrecedence(packs: Pack[]): PackEvent[] {
  const merged = new Map<string, PackEvent>();
  for (const pack of packs) {
    for (const x of pack.extensions ?? []) {
      if (x.section !== 'events') continue;
      const target = merged.get(x.id);
      if (target === undefined) throw nothingToExtend(pack, x, merged.keys());
      // (Cues limit an event to the sentences that have one: added to an event that has none, they would take readings away.)
      if (x.cues !== undefined && target.cues === undefined) throw new PackError(`${pack.source}: ${x.where}.cues: event "${x.id}" has no cues to add to; cues would limit it to the sentences that have one: replace the event whole to add them`);
      merged.set(x.id, {
        ...target,
        triggers: joined(target.triggers, x.triggers),
        headers: joined(target.headers ?? [], x.headers),
        negations: joined(target.negations, x.negations),
        negationsAfter: joined(target.negationsAfter, x.negationsAfter),
        ...(target.cues || x.cues ? { cues: joined(target.cues ?? [], x.cues) } : {}),
        ...(target.blockers || x.blockers ? { blockers: joined(target.blockers ?? [], x.blockers) } : {}),
      });
    }
    for (const e of pack.events) merged.set(e.id, e);
  }
  return [...merged.values()];
}

/**
 * Whether two attributes may take the same values: of one kind and, for figures, in one unit or convertible units, both in
 * money, or counts written with a word in common ("GPUs" for a count of accelerators and for one of GPUs).
 */
function competes(a: PackAttribute, b: PackAttribute): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'quantity' || a.unit === undefined || b.unit === undefined) return true;
  if (a.unit === b.unit || convertible(a.unit, b.unit) || (CURRENCY_CODES.has(canonicalUnit(a.unit)) && CURRENCY_CODES.has(canonicalUnit(b.unit)))) return true;
  const words = new Set((a.unitWords ?? []).map((w) => w.toLowerCase()));
  return (b.unitWords ?? []).some((w) => words.has(w.toLowerCase()));
}

/**
 * The entities of packs merged in order. A later pack wins: its entity replaces one with the same id, and a name or
 * alias it claims is taken from the earlier packs' other entities, so that a user's "Halden" is the user's company, not
 * the built-in pack's of the same name.
 */
function entitiesByPrecedence(packs: Pack[]): PackEntity[] {
  const merged = new Map<string, PackEntity>();
  for (const pack of packs) {
    const claimed = new Set(pack.entities.flatMap((e) => e.aliases.map(foldName)));
    if (claimed.size > 0 && merged.size > 0) {
      for (const [id, earlier] of merged) {
        const aliases = earlier.aliases.filter((a) => !claimed.has(foldName(a)));
        if (aliases.length !== earlier.aliases.length) merged.set(id, { ...earlier, aliases });
      }
    }
    for (const e of pack.entities) merged.set(e.id, e);
  }
  return [...merged.values()];
}

/** Types the engine gives things of its own: a name no pack knows, a family of sized models. */
const ENGINE_TYPES = ['unknown', 'family'];

/**
 * Every type an attribute's `subjects` or an event's `participantTypes` names is one some pack declares (in
 * `entityTypes`, or as an entity's `type`): a misspelt type ("persons") would silently read nothing.
 */
function checkTypesNamed(packs: Pack[], merged: Pack): void {
  const declared = new Set([...ENGINE_TYPES, ...merged.entityTypes.map((t) => t.type), ...merged.entities.map((e) => e.type)]);
  const known = () => [...declared].filter((t) => !ENGINE_TYPES.includes(t)).sort().join(', ');
  for (const pack of packs) {
    pack.attributes.forEach((a, i) => {
      for (const type of a.subjects)
        if (!declared.has(type)) throw new PackError(`${pack.source}: attributes[${i}] (${a.id}).subjects: "${type}" is no type a pack declares (in entityTypes or as an entity's type); known types: ${known()}`);
    });
    pack.events.forEach((e, i) => {
      for (const type of e.participantTypes)
        if (!declared.has(type)) throw new PackError(`${pack.source}: events[${i}] (${e.id}).participantTypes: "${type}" is no type a pack declares (in entityTypes or as an entity's type); known types: ${known()}`);
    });
  }
}

/**
 * Merges packs in order: a later pack's entity, attribute or event with the same id replaces the
 * earlier one; cue lists are concatenated.
 */
export function mergePacks(packs: Pack[]): Pack {
  const byId = <T extends { id: string }>(lists: T[][]): T[] => {
    const map = new Map<string, T>();
    for (const list of lists) for (const item of list) map.set(item.id, item);
    return [...map.values()];
  };
  const cues = (key: keyof ModalityCues) => packs.flatMap((p) => p.modality[key]);
  const merged: Pack = {
    name: packs.map((p) => p.name).join('+'),
    source: packs.map((p) => p.source).join(', '),
    entities: entitiesByPrecedence(packs),
    entityTypes: packs.flatMap((p) => p.entityTypes),
    attributes: attributesByPrecedence(packs),
    events: eventsByPrecedence(packs),
    derivations: byId(packs.map((p) => p.derivations)),
    modality: { reported: cues('reported'), hedged: cues('hedged'), predicted: cues('predicted'), hypothetical: cues('hypothetical') },
    names: {
      variants: packs.flatMap((p) => p.names.variants),
      notNames: packs.flatMap((p) => p.names.notNames),
      builds: packs.flatMap((p) => p.names.builds ?? []),
      editions: packs.flatMap((p) => p.names.editions ?? []),
      identifiers: packs.flatMap((p) => p.names.identifiers ?? []),
    },
    ...(packs.some((p) => p.notes) ? { notes: packs.flatMap((p) => p.notes ?? []) } : {}),
  };
  checkTypesNamed(packs, merged);
  // Each pack is within the limits; together they must be too.
  if (packs.length > 1) {
    checkTotals(merged, (message) => {
      throw new PackError(`${merged.source}: together: ${message}`);
    });
  }
  return merged;
}
