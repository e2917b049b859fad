// The `claims` command's output: every normalised claim as a table (terminal), JSON or JSON Lines.
import type { Claim } from '../types.js';
import { describeValue } from '../rules/describe.js';
import { escapeControl, escapeJsonText, neutraliseCommands } from './escape.js';
import { projectClaim } from './json.js';
import { claimScope, cutQuote } from './pretty.js';

export type ClaimsFormat = 'table' | 'json' | 'jsonl';

function row(c: Claim, packOf: (attribute: string) => string | undefined): string[] {
  const where = `${c.place.file}:${c.place.line}:${c.place.column}`;
  const value = describeValue(c.value);
  const pack = packOf(c.attribute);
  const notes = [c.source, c.modality !== 'asserted' ? c.modality : '', c.counterpart ? `with ${c.counterpart.name}` : '', c.derivation ? `derived: ${c.derivation}` : '', pack ? `pack: ${pack}` : ''].filter(Boolean).join(', ');
  return [where, c.entity.name, c.attribute, value, claimScope(c).join(', '), notes, `“${cutQuote(c.quote, c.value.text, 60)}”`].map(escapeControl);
}

/** `packOf` names the pack that bound an attribute, for the table's notes (a user's pack over the built-in one). */
export function formatClaims(claims: readonly Claim[], format: ClaimsFormat, packOf: (attribute: string) => string | undefined = () => undefined): string {
  if (format === 'json') return `${escapeJsonText(JSON.stringify(claims.map(projectClaim), null, 2))}\n`;
  if (format === 'jsonl') return claims.map((c) => `${escapeJsonText(JSON.stringify(projectClaim(c)))}\n`).join('');
  // "scope": when and where each claim holds (what decides which claims are compared), as the report's evidence says it.
  const rows = [['place', 'entity', 'attribute', 'value', 'scope', 'notes', 'quote'], ...claims.map((c) => row(c, packOf))];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return neutraliseCommands(rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n');
}
