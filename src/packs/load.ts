// Reading and validating vocabulary packs (YAML); every error names the pack and the entry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type {
  ModalityCues,
  Pack,
  PackAttribute,
  PackCategoryValue,
  PackDerivation,
  PackEntity,
  PackEntityTypeHint,
  PackEvent,
  NameWords,
} from './types.js';

export class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

export const BUILTIN_PACK_PATH = fileURLToPath(new URL('./ai-industry.yml', import.meta.url));

type Raw = Record<string, unknown>;

/** Checks one value at `where` and reports a PackError naming the pack and the entry. */
class Checker {
  constructor(private readonly source: string) {}

  fail(where: string, message: string): never {
    throw new PackError(`${this.source}: ${where}: ${message}`);
  }

  object(value: unknown, where: string): Raw {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'must be a mapping');
    return value as Raw;
  }

  string(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(where, 'must be a non-empty string');
    return value;
  }

  optionalString(value: unknown, where: string): string | undefined {
    return value === undefined ? undefined : this.string(value, where);
  }

  strings(value: unknown, where: string, optional = true): string[] {
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) this.fail(where, 'must be a list of strings');
    return value.map((item, i) => this.string(typeof item === 'number' ? String(item) : item, `${where}[${i}]`));
  }

  list(value: unknown, where: string): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(where, 'must be a list');
    return value;
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
    ['id', 'label', 'kind', 'unit', 'unitWords', 'bareScaled', 'triggers', 'blockers', 'outranks', 'headers', 'subjects', 'values', 'liftToFamily', 'multiValued', 'exclusiveCues', 'variesByMember', 'tolerance', 'metricOf', 'comparatives', 'timeless', 'minimum', 'maximum'],
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
  };
  for (const bound of ['minimum', 'maximum'] as const) {
    if (raw[bound] === undefined) continue;
    if (typeof raw[bound] !== 'number' || !Number.isFinite(raw[bound])) c.fail(`${where}.${bound}`, 'must be a number');
    attribute[bound] = raw[bound] as number;
  }
  if (attribute.minimum !== undefined && attribute.maximum !== undefined && attribute.minimum > attribute.maximum) c.fail(`${where}.minimum`, 'must not exceed maximum');
  if (raw.comparatives !== undefined) {
    attribute.comparatives = c.list(raw.comparatives, `${where}.comparatives`).map((v, i) => {
      const at = `${where}.comparatives[${i}]`;
      const item = c.object(v, at);
      c.known(item, ['phrase', 'direction'], at);
      if (item.direction !== 'lower' && item.direction !== 'higher') c.fail(`${at}.direction`, 'must be "lower" or "higher"');
      return { phrase: c.string(item.phrase, `${at}.phrase`), direction: item.direction };
    });
  }
  if (raw.tolerance !== undefined) {
    const t = c.object(raw.tolerance, `${where}.tolerance`);
    c.known(t, ['exact', 'approx'], `${where}.tolerance`);
    for (const key of ['exact', 'approx'] as const) {
      if (t[key] !== undefined && (typeof t[key] !== 'number' || (t[key] as number) < 0)) {
        c.fail(`${where}.tolerance.${key}`, 'must be a number >= 0');
      }
    }
    attribute.tolerance = { exact: t.exact as number | undefined, approx: t.approx as number | undefined };
  }
  if (kind === 'quantity' && !attribute.unit) c.fail(`${where}.unit`, 'a quantity attribute needs a unit');
  if (kind === 'category') {
    const values = c.list(raw.values, `${where}.values`).map((v, i) => readValue(c, v, `${where}.values[${i}]`));
    if (values.length < 2) c.fail(`${where}.values`, 'a category attribute needs at least two values');
    attribute.values = values;
  }
  return attribute;
}

function readEvent(c: Checker, value: unknown, where: string): PackEvent {
  const raw = c.object(value, where);
  c.known(raw, ['id', 'label', 'triggers', 'negations', 'negationsAfter', 'participantTypes', 'minParticipants', 'headers', 'liftToFamily'], where);
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

function readModality(c: Checker, value: unknown, where: string): ModalityCues {
  if (value === undefined) return { reported: [], hedged: [], predicted: [], hypothetical: [] };
  const raw = c.object(value, where);
  c.known(raw, ['reported', 'hedged', 'predicted', 'hypothetical'], where);
  return {
    reported: c.strings(raw.reported, `${where}.reported`),
    hedged: c.strings(raw.hedged, `${where}.hedged`),
    predicted: c.strings(raw.predicted, `${where}.predicted`),
    hypothetical: c.strings(raw.hypothetical, `${where}.hypothetical`),
  };
}

function readNames(c: Checker, value: unknown, where: string): NameWords {
  if (value === undefined) return { variants: [], notNames: [] };
  const raw = c.object(value, where);
  c.known(raw, ['variants', 'notNames'], where);
  return { variants: c.strings(raw.variants, `${where}.variants`), notNames: c.strings(raw.notNames, `${where}.notNames`) };
}

function readEntityType(c: Checker, value: unknown, where: string): PackEntityTypeHint {
  const raw = c.object(value, where);
  c.known(raw, ['type', 'headers', 'patterns'], where);
  const patterns = c.strings(raw.patterns, `${where}.patterns`);
  patterns.forEach((p, i) => {
    try {
      new RegExp(p, 'u');
    } catch (error) {
      c.fail(`${where}.patterns[${i}]`, `not a regular expression: ${(error as Error).message}`);
    }
  });
  return {
    type: c.string(raw.type, `${where}.type`),
    headers: c.strings(raw.headers, `${where}.headers`).map((h) => h.toLowerCase()),
    ...(patterns.length > 0 ? { patterns } : {}),
  };
}

/** Validates parsed YAML as a pack; `source` names it in errors. */
export function validatePack(data: unknown, source: string): Pack {
  const c = new Checker(source);
  const raw = c.object(data, 'pack');
  c.known(raw, ['name', 'entities', 'entityTypes', 'attributes', 'events', 'derivations', 'modality', 'names'], 'pack');
  const section = <T>(key: string, read: (c: Checker, v: unknown, where: string) => T): T[] =>
    c.list(raw[key], key).map((v, i) => read(c, v, entryName(v, i, key)));
  const pack: Pack = {
    name: c.string(raw.name, 'name'),
    source,
    entities: section('entities', readEntity),
    entityTypes: section('entityTypes', readEntityType),
    attributes: section('attributes', readAttribute),
    events: section('events', readEvent),
    derivations: section('derivations', readDerivation),
    modality: readModality(c, raw.modality, 'modality'),
    names: readNames(c, raw.names, 'names'),
  };
  checkReferences(c, pack);
  return pack;
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PackError(`${path}: cannot read pack: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parsePack(text, path);
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
  return {
    name: packs.map((p) => p.name).join('+'),
    source: packs.map((p) => p.source).join(', '),
    entities: byId(packs.map((p) => p.entities)),
    entityTypes: packs.flatMap((p) => p.entityTypes),
    attributes: byId(packs.map((p) => p.attributes)),
    events: byId(packs.map((p) => p.events)),
    derivations: byId(packs.map((p) => p.derivations)),
    modality: { reported: cues('reported'), hedged: cues('hedged'), predicted: cues('predicted'), hypothetical: cues('hypothetical') },
    names: { variants: packs.flatMap((p) => p.names.variants), notNames: packs.flatMap((p) => p.names.notNames) },
  };
}
