// The `facts` command's output: one fact sheet, entity × attribute, each value with its sources and agreement.
import type { Claim, Conflict } from '../types.js';
import { describeValue } from '../rules/describe.js';
import { escapeControl, escapeJsonText, neutraliseCommands } from './escape.js';
import { escapeMarkdown } from './markdown.js';

export type FactsFormat = 'pretty' | 'markdown' | 'json';

export interface Fact {
  entity: { id: string; name: string; type: string };
  attribute: string;
  status: 'agree' | 'conflict';
  conflicts: string[];
  values: { value: string; sources: { file: string; line: number; column: number; source: string; modality: string; derived: boolean }[] }[];
}

/** Groups claims into facts, sorted by entity name then attribute. */
export function buildFacts(claims: readonly Claim[], conflicts: readonly Conflict[]): Fact[] {
  const facts = new Map<string, Fact>();
  for (const c of claims) {
    // A stated product or sum is a statement about figures, not a value of its entity (rule stated-arithmetic).
    if (c.scope === 'member' || c.arithmetic) continue;
    const key = `${c.entity.id}\u0000${c.attribute}`;
    let fact = facts.get(key);
    if (!fact) {
      fact = { entity: { id: c.entity.id, name: c.entity.name, type: c.entity.type }, attribute: c.attribute, status: 'agree', conflicts: [], values: [] };
      facts.set(key, fact);
    }
    const text = describeValue(c.value);
    let value = fact.values.find((v) => v.value === text);
    if (!value) {
      value = { value: text, sources: [] };
      fact.values.push(value);
    }
    value.sources.push({ file: c.place.file, line: c.place.line, column: c.place.column, source: c.source, modality: c.modality, derived: c.derivedFrom !== undefined });
  }
  for (const conflict of conflicts) {
    const fact = facts.get(`${conflict.entity.id}\u0000${conflict.attribute}`);
    if (fact) {
      fact.status = 'conflict';
      fact.conflicts.push(`${conflict.rule}:${conflict.id}`);
    }
  }
  return [...facts.values()].sort(
    (a, b) => a.entity.name.localeCompare(b.entity.name, 'en') || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0) || (a.attribute < b.attribute ? -1 : 1),
  );
}

const where = (s: Fact['values'][number]['sources'][number]) =>
  `${s.file}:${s.line}:${s.column}${s.modality !== 'asserted' ? ` [${s.modality}]` : ''}${s.derived ? ' (derived)' : ''}`;

export function formatFacts(facts: readonly Fact[], format: FactsFormat): string {
  if (format === 'json') return `${escapeJsonText(JSON.stringify({ version: 1, facts }, null, 2))}\n`;
  if (format === 'markdown') {
    const lines = ['# claimcheck fact sheet', '', '| entity | attribute | value | sources | status |', '|---|---|---|---|---|'];
    for (const f of facts) {
      f.values.forEach((v, i) => {
        const status = i === 0 ? (f.status === 'conflict' ? `**conflict** (${f.conflicts.map((c) => c.split(':')[0]).join(', ')})` : 'agree') : '';
        lines.push(`| ${i === 0 ? escapeMarkdown(f.entity.name) : ''} | ${i === 0 ? escapeMarkdown(f.attribute) : ''} | ${escapeMarkdown(v.value)} | ${v.sources.map((s) => escapeMarkdown(where(s))).join('<br>')} | ${status} |`);
      });
    }
    return neutraliseCommands(`${lines.join('\n')}\n`);
  }
  const out: string[] = [];
  let entity = '';
  for (const f of facts) {
    if (f.entity.id !== entity) {
      entity = f.entity.id;
      out.push(`${escapeControl(f.entity.name)} (${escapeControl(f.entity.type)})`);
    }
    f.values.forEach((v, i) => {
      const head = i === 0 ? escapeControl(f.attribute) : '';
      const status = i === 0 ? (f.status === 'conflict' ? `  ✖ conflict (${f.conflicts.map((c) => c.split(':')[0]).join(', ')})` : f.values.length > 1 ? '  ✔ agree' : '') : '';
      out.push(`  ${head.padEnd(26)} ${escapeControl(v.value).padEnd(16)} ${v.sources.map((s) => escapeControl(where(s))).join(', ')}${status}`);
    });
  }
  return neutraliseCommands(`${out.join('\n')}\n`);
}
