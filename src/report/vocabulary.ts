// The `vocabulary` command's output: what the packs in use know (entity types, attributes, events), by the ids a pack of one's own names.
import type { Pack } from '../packs/types.js';
import { escapeControl, escapeJsonText, neutraliseCommands } from './escape.js';

export type VocabularyFormat = 'text' | 'json';

export interface Vocabulary {
  /** The packs, in load order (a later pack's entry of the same id replaces an earlier one's). */
  packs: string[];
  entityTypes: { type: string; headers: string[]; entities: number }[];
  /** Every entity the packs name: its id, name, type, aliases and the family it is a member of. */
  entities: { id: string; name: string; type: string; aliases: string[]; family?: string }[];
  attributes: { id: string; label: string; kind: 'quantity' | 'category'; unit?: string; subjects: string[]; triggers: string[]; headers: string[]; values?: { id: string; synonyms: string[]; group?: string; makers?: string[]; broader?: string[] }[]; pack?: string }[];
  events: { id: string; claimAttribute: string; label: string; participantTypes: string[]; triggers: string[]; headers: string[] }[];
}

/** The vocabulary of a merged pack: every type a pack declares or an entity has, each attribute and each event. */
export function buildVocabulary(pack: Pack): Vocabulary {
  const types = new Map<string, { type: string; headers: string[]; entities: number }>();
  const typeOf = (type: string) => {
    let t = types.get(type);
    if (t === undefined) types.set(type, (t = { type, headers: [], entities: 0 }));
    return t;
  };
  for (const hint of pack.entityTypes) {
    const headers = typeOf(hint.type).headers;
    for (const h of hint.headers) if (!headers.includes(h)) headers.push(h);
  }
  for (const entity of pack.entities) typeOf(entity.type).entities++;
  return {
    packs: pack.name.split('+'),
    entityTypes: [...types.values()],
    entities: pack.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      ...(e.family !== undefined ? { family: e.family } : {}),
    })),
    attributes: pack.attributes.map((a) => ({
      id: a.id,
      label: a.label,
      kind: a.kind,
      ...(a.unit !== undefined ? { unit: a.unit } : {}),
      subjects: [...a.subjects],
      triggers: [...a.triggers],
      headers: [...a.headers],
      // Each value with its synonyms, group, makers and broader values: all a pack needs to copy or extend it.
      ...(a.values
        ? {
            values: a.values.map((v) => ({
              id: v.id,
              synonyms: [...v.synonyms],
              ...(v.group !== undefined ? { group: v.group } : {}),
              ...(v.makers ? { makers: [...v.makers] } : {}),
              ...(v.broader ? { broader: [...v.broader] } : {}),
            })),
          }
        : {}),
      ...(a.pack !== undefined ? { pack: a.pack } : {}),
    })),
    events: pack.events.map((e) => ({
      id: e.id,
      claimAttribute: `event.${e.id}`,
      label: e.label,
      participantTypes: [...e.participantTypes],
      triggers: [...e.triggers],
      headers: [...(e.headers ?? [])],
    })),
  };
}

/** The first `n` items of a list, then how many more. */
function first(items: readonly string[], n = 3): string {
  if (items.length === 0) return '—';
  const shown = items.slice(0, n).join(', ');
  return items.length > n ? `${shown}, … (${items.length} in all)` : shown;
}

const pad = (s: string, width: number) => (s.length >= width ? `${s} ` : s.padEnd(width));

/** `all`: every entity by type, and every trigger and header (else counts and the first three). */
export function formatVocabulary(v: Vocabulary, format: VocabularyFormat, all = false): string {
  if (format === 'json') return `${escapeJsonText(JSON.stringify(v, null, 2))}\n`;
  const some = (items: readonly string[]) => (all ? (items.length === 0 ? '—' : items.join(', ')) : first(items));
  const several = v.packs.length > 1;
  const lines: string[] = [`packs: ${v.packs.join(', ')}`, '', 'entity types (an attribute\'s subjects and an event\'s participantTypes name these):'];
  const typeWidth = Math.max(...v.entityTypes.map((t) => t.type.length), 4) + 2;
  for (const t of v.entityTypes) lines.push(`  ${pad(t.type, typeWidth)}${t.entities} ${t.entities === 1 ? 'entity' : 'entities'}; headers: ${some(t.headers)}`);
  if (all) {
    lines.push('', 'entities (by type: name, id; then aliases and the family it is a member of):');
    for (const t of v.entityTypes) {
      const of = v.entities.filter((e) => e.type === t.type);
      if (of.length === 0) continue;
      lines.push(`  ${t.type}:`);
      for (const e of of) lines.push(`    ${e.name} (${e.id}); aliases: ${some(e.aliases)}${e.family !== undefined ? `; member of ${e.family}` : ''}`);
    }
  }
  lines.push('', `attributes (id, kind and unit, the types it describes; then its ${all ? '' : 'first '}triggers and headers):`);
  const idWidth = Math.max(...v.attributes.map((a) => a.id.length), ...v.events.map((e) => e.id.length), 8) + 2;
  for (const a of v.attributes) {
    const kind = a.kind === 'quantity' ? `quantity in ${a.unit ?? '?'}` : `category of ${a.values?.length ?? 0} values`;
    lines.push(`  ${pad(a.id, idWidth)}${kind}; describes ${a.subjects.join(', ')}${several && a.pack ? `; from ${a.pack}` : ''}`);
    lines.push(`  ${' '.repeat(idWidth)}triggers: ${some(a.triggers)}; headers: ${some(a.headers)}`);
  }
  lines.push('', `events (claims name them event.<id>; the types that take part; then their ${all ? 'triggers and headers' : 'first triggers'}):`);
  for (const e of v.events) {
    lines.push(`  ${pad(e.id, idWidth)}${e.label}; participants: ${e.participantTypes.join(', ')}`);
    lines.push(`  ${' '.repeat(idWidth)}triggers: ${some(e.triggers)}${all ? `; headers: ${some(e.headers)}` : ''}`);
  }
  return neutraliseCommands(`${lines.map(escapeControl).join('\n')}\n`);
}
