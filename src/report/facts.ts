// The `facts` command's output: one fact sheet, entity × attribute, each value with its sources and agreement.
import type { Claim, Conflict } from '../types.js';
import { describeValue } from '../rules/describe.js';
import { escapeControl, escapeJsonText, neutraliseCommands } from './escape.js';
import { escapeMarkdown } from './markdown.js';

export type FactsFormat = 'pretty' | 'markdown' | 'json';

export interface Fact {
  entity: { id: string; name: string; type: string };
  attribute: string;
  /** For a relational figure, the other party ("Corvane stake" with Marrow Capital): each party's figures are a fact of their own. */
  counterpart?: { id: string; name: string };
  status: 'agree' | 'conflict';
  conflicts: string[];
  /** `conflict`: the value is a side of one of the fact's conflicts (another value of the fact may be in none). */
  values: { value: string; conflict?: true; sources: { file: string; line: number; column: number; source: string; modality: string; derived: boolean; time?: string }[] }[];
}

const factKey = (entity: string, attribute: string, counterpart = '') => `${entity}\u0000${attribute}\u0000${counterpart}`;
const factOf = (c: Claim) => factKey(c.entity.id, c.attribute, c.counterpart?.id);

/** Groups claims into facts, sorted by entity name then attribute (then other party). */
export function buildFacts(claims: readonly Claim[], conflicts: readonly Conflict[]): Fact[] {
  const facts = new Map<string, Fact>();
  for (const c of claims) {
    // A stated product or sum is a statement about figures, not a value of its entity (rule stated-arithmetic).
    if (c.scope === 'member' || c.arithmetic) continue;
    const key = factOf(c);
    let fact = facts.get(key);
    if (!fact) {
      fact = {
        entity: { id: c.entity.id, name: c.entity.name, type: c.entity.type },
        attribute: c.attribute,
        ...(c.counterpart ? { counterpart: { id: c.counterpart.id, name: c.counterpart.name } } : {}),
        status: 'agree',
        conflicts: [],
        values: [],
      };
      facts.set(key, fact);
    }
    const text = describeValue(c.value);
    let value = fact.values.find((v) => v.value === text);
    if (!value) {
      value = { value: text, sources: [] };
      fact.values.push(value);
    }
    value.sources.push({
      file: c.place.file,
      line: c.place.line,
      column: c.place.column,
      source: c.source,
      modality: c.modality,
      derived: c.derivedFrom !== undefined,
      ...(c.time ? { time: c.time.text } : {}),
    });
  }
  for (const conflict of conflicts) {
    // The fact of the conflict's entity and attribute, and those of its other parties (a relational figure told from either side).
    const keys = new Set([factKey(conflict.entity.id, conflict.attribute), ...conflict.claims.filter((c) => c.counterpart && c.attribute === conflict.attribute).map(factOf)]);
    for (const key of keys) {
      const fact = facts.get(key);
      if (fact && !fact.conflicts.includes(`${conflict.rule}:${conflict.id}`)) {
        fact.status = 'conflict';
        fact.conflicts.push(`${conflict.rule}:${conflict.id}`);
      }
    }
    // The values that are its sides: "4.2 million" is in no conflict when 2.4 million and 2 are the ones that clash.
    for (const c of conflict.claims) {
      const value = facts.get(factOf(c))?.values.find((v) => v.value === describeValue(c.value));
      if (value) value.conflict = true;
    }
  }
  const other = (f: Fact) => f.counterpart?.id ?? '';
  return [...facts.values()].sort(
    (a, b) =>
      a.entity.name.localeCompare(b.entity.name, 'en') ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0) ||
      (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0) ||
      (other(a) < other(b) ? -1 : other(a) > other(b) ? 1 : 0),
  );
}

/** The attribute as the sheet names it, with a relational figure's other party ("stake (with Marrow Capital)"). */
const attributeOf = (f: Fact) => (f.counterpart ? `${f.attribute} (with ${f.counterpart.name})` : f.attribute);

const where = (s: Fact['values'][number]['sources'][number]) =>
  `${s.file}:${s.line}:${s.column}${s.time !== undefined ? ` (${s.time})` : ''}${s.modality !== 'asserted' ? ` [${s.modality}]` : ''}${s.derived ? ' (derived)' : ''}`;

/** Whether a fact's row is marked as a conflict's side: a value that is one, else (no side among its values) its first row. */
const sideOf = (f: Fact, v: Fact['values'][number], i: number) => f.status === 'conflict' && (v.conflict === true || (i === 0 && !f.values.some((o) => o.conflict)));

export function formatFacts(facts: readonly Fact[], format: FactsFormat): string {
  if (format === 'json') return `${escapeJsonText(JSON.stringify({ version: 1, facts }, null, 2))}\n`;
  if (format === 'markdown') {
    const lines = ['# claimcheck fact sheet', '', '| entity | attribute | value | sources | status |', '|---|---|---|---|---|'];
    for (const f of facts) {
      f.values.forEach((v, i) => {
        const status = sideOf(f, v, i) ? `**conflict** (${f.conflicts.map((c) => c.split(':')[0]).join(', ')})` : i === 0 && f.status !== 'conflict' ? 'no conflict' : '';
        lines.push(`| ${i === 0 ? escapeMarkdown(f.entity.name) : ''} | ${i === 0 ? escapeMarkdown(attributeOf(f)) : ''} | ${escapeMarkdown(v.value)} | ${v.sources.map((s) => escapeMarkdown(where(s))).join('<br>')} | ${status} |`);
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
      const head = i === 0 ? escapeControl(attributeOf(f)) : '';
      const status = sideOf(f, v, i) ? `  ✖ conflict (${f.conflicts.map((c) => c.split(':')[0]).join(', ')})` : i === 0 && f.status !== 'conflict' && f.values.length > 1 ? '  ✔ no conflict' : '';
      out.push(`  ${head.padEnd(26)} ${escapeControl(v.value).padEnd(16)} ${v.sources.map((s) => escapeControl(where(s))).join(', ')}${status}`);
    });
  }
  return neutraliseCommands(`${out.join('\n')}\n`);
}
