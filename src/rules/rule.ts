// The contract of a conflict rule, and the wrapper that stamps id, severity, entity and a stable hash on its findings.
import { createHash } from 'node:crypto';
import type { Grouping } from '../check/group.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Claim, Conflict, Modality, Severity } from '../types.js';

/** What a rule body reports: the claims in conflict and a message; nothing about severity or places. */
export interface Finding {
  claims: Claim[];
  message: string;
  /** The claim whose entity and attribute the conflict is about (default: the first of `claims`). */
  subject?: Claim;
}

export interface RuleContext {
  lexicon: Lexicon;
  /** Every claim about an entity's attribute in the corpus, for rules that compare across entities. */
  claimsOf(entity: string, attribute: string): readonly Claim[];
}

export interface Rule {
  id: string;
  meta: { description: string; severity: Severity; url: string };
  /** How the claims a rule looks at are grouped (default 'fact': entity, attribute, time scope). */
  grouping?: Grouping;
  /** Looks at stated-arithmetic claims (Claim.arithmetic), and only at them; every other rule never sees them. */
  arithmetic?: true;
  /** Looks at one group of claims (one entity, attribute and time scope). Pure. */
  check(group: readonly Claim[], context: RuleContext): Finding[];
  /**
   * Whether a claim can be a side of this rule's findings (every claim can, when absent): a claim it cannot be is
   * one the rule sets aside before it compares anything. The CI gate (src/index/gate.ts) runs a new claim's group
   * only for rules it can be a side of, since it reports only conflicts with a side in a new article. A claim
   * the rule takes from claimsOf is no side of this kind: rules that report such claims leave this out.
   */
  sides?(claim: Claim, lexicon: Lexicon): boolean;
  /** How the rule reads one claim, for `claimcheck explain` (e.g. the interval compared). */
  explainClaim?(claim: Claim, context: RuleContext): string;
}

/** Each rule documents itself in its source file, next to its fixtures in fixtures/<rule-id>/. */
export const docsUrl = (id: string) => `https://github.com/claimcheck/claimcheck/blob/main/src/rules/${id}.ts`;

/** Claims the article itself stands behind. Only asserted (and derived-from-asserted) claims make conflicts. */
/** A claim's place without the word that singles it out of a whole (src/extract/where.ts): "corvalia alone" is said of Corvalia. */
export const placeName = (where: string | undefined): string | undefined => where?.replace(/ alone$/u, '');
/** A place said as a part of a whole ("in Corvalia alone") or of the subject ("on the core stage", a table's part row: "encoder part"): not compared with the whole. */
export const isPart = (where: string | undefined): boolean => where !== undefined && (where.startsWith('on the ') || where.endsWith(' alone') || where.endsWith(' part'));
/**
 * A market other than the home one ("worldwide", "overseas"): compared only with figures of that market, never with one that
 * names none, which is mostly the home market's ("$131 million worldwide" against "opened to $48 million").
 */
export const isOtherMarket = (where: string | undefined): boolean => where === 'worldwide' || where === 'overseas';

export const isAsserted = (c: Claim) => c.modality === 'asserted';

/** Claims that may stand as supporting evidence next to an asserted one. */
const SUPPORTING: readonly Modality[] = ['asserted', 'hedged'];
export const isSupporting = (c: Claim) => SUPPORTING.includes(c.modality);

export function compareClaims(a: Claim, b: Claim): number {
  return (
    (a.place.file < b.place.file ? -1 : a.place.file > b.place.file ? 1 : 0) ||
    a.place.line - b.place.line ||
    a.place.column - b.place.column ||
    (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A conflict's identity: rule, entity, attribute and the places of its claims. */
export function conflictId(rule: string, subject: Claim, claims: readonly Claim[]): string {
  const places = claims.map((c) => `${c.place.file}:${c.place.line}:${c.place.column}`).join(',');
  return createHash('sha256').update(`${rule}\u0000${subject.entity.id}\u0000${subject.attribute}\u0000${places}`).digest('hex').slice(0, 16);
}

/** Runs a rule over a group and stamps its findings. */
export function runRule(rule: Rule, severity: Severity, group: readonly Claim[], context: RuleContext): Conflict[] {
  const active = group.filter((c) => !c.suppressed?.some((r) => r === '*' || r === rule.id) && (c.arithmetic !== undefined) === (rule.arithmetic === true));
  if (active.length === 0) return [];
  return rule.check(active, context).map((finding) => {
    const claims = [...finding.claims].sort(compareClaims);
    const subject = finding.subject ?? finding.claims[0]!;
    const entity = subject.entity;
    return {
      id: conflictId(rule.id, subject, claims),
      rule: rule.id,
      severity,
      entity: { id: entity.id, name: entity.name, type: entity.type },
      attribute: subject.attribute,
      message: finding.message,
      claims,
    };
  });
}
