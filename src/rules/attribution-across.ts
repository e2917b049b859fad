// Rule attribution-across: one rare, exact figure credited to two different entities in two articles (the
// same "$3.1 million" training run given to one model here and to another there). Stricter than
// attribution within one article, since two articles may well state two entities' equal values:
// - the figure has at least three significant digits, or is a currency amount with two, and is no standard size ("128K", "4,096");
// - both sides name their entity in the sentence, the row or the column (no heading, title or reference fallback),
//   and not both in tables (a grid binds a cell to its row and column: one score in two grids is more often chance);
// - exactly two entities of one type, of different lines (not one a variant of the other, nor of one size), carry it in the whole corpus (a value three
//   entities share is a common value, like a context length), in different articles;
// - at least one of the two is given a different value for the attribute elsewhere in the corpus, so
//   the figure is in dispute, not merely shared: a value rule numeric-mismatch reads as another ("8,192 tokens" beside
//   "32,768 tokens"; not "32K tokens", the same value written otherwise), of a figure it would meet (the same fact group:
//   not a tally's figure of another date, an act's undated amount, a flow's of another period);
// - no side's sentence names the other entity too: "Halden set a price of €41.20 a share for its unit Corvane" gives the
//   figure of a deal between the two, which another page may well credit to either.
import type { Claim, Quantity } from '../types.js';
import { byFigure, creditedFigure, isCurrency, isDistinctive, lineOf, oneRelation, significantDigits, sizeOf } from './attribution.js';
import { attributeLabel, describeQuantity } from './describe.js';
import { docsUrl, isAsserted, type Rule } from './rule.js';
import { findMentions } from '../normalise/entities.js';
import { figuresClash } from './numeric-mismatch.js';
import { periodRuleOf, type Lexicon } from '../packs/lexicon.js';
import { groupKey } from '../check/group.js';

function rare(q: Quantity): boolean {
  if (!isDistinctive(q)) return false;
  return significantDigits(q.min!) >= (isCurrency(q.unit) ? 2 : 3);
}

/** Names of one line, one a variant of the other ("Acme 2 Coder 3B" of "Acme 2"), or of one size ("… 3B" and "… 3B"): equal figures are expected. */
function related(a: string, b: string): boolean {
  const [la, lb] = [lineOf(a), lineOf(b)];
  if (la === lb || la.startsWith(`${lb}-`) || lb.startsWith(`${la}-`)) return true;
  return sizeOf(a) !== '' && sizeOf(a) === sizeOf(b);
}

/** Whether a side's sentence names both entities: the figure is of something between them. */
const namesBoth = (lexicon: Lexicon, claims: readonly Claim[], ids: readonly string[]) =>
  claims.some((c) => {
    const named = new Set(findMentions(lexicon, c.sentence).map((m) => m.entity.id));
    return ids.every((id) => named.has(id));
  });

const named = (c: Claim) => c.subjectVia === undefined || c.subjectVia === 'sentence' || c.subjectVia === 'row' || c.subjectVia === 'column';

/** The figures the rule compares: credited, asserted, named in place, rare; no other claim is ever a side. */
const sideOf = (c: Claim): c is Claim & { value: Quantity } => creditedFigure(c) && isAsserted(c) && named(c) && rare(c.value);

export const attributionAcross: Rule = {
  id: 'attribution-across',
  meta: {
    description: 'A rare figure credited to one entity in one article and to another entity in another, while one of them is given a different value',
    severity: 'warning',
    url: docsUrl('attribution-across'),
  },
  // One figure of one attribute: the other figures an entity is given are asked of claimsOf, for the few entities
  // that share a rare figure (an 'attribute' group would grow with the corpus, and the claim index with it).
  grouping: 'figure',
  sides: (claim) => sideOf(claim),
  check(group, { lexicon, claimsOf }) {
    const figures = group.filter(sideOf);
    if (figures.length < 2) return [];
    // Whether an entity is given another value for the attribute than its figures here, to tell a disputed value from a shared one.
    // Only a value numeric-mismatch would meet the figure with counts: one of the same fact group (a tally's figure of
    // another date, an act's undated amount, a flow's of another period hold beside it).
    const periods = (attribute: string) => periodRuleOf(lexicon.attributes.get(attribute));
    const meet = (a: Claim, b: Claim) => groupKey(a, 'fact', periods) === groupKey(b, 'fact', periods);
    const givenOther = (entity: string, own: readonly Claim[]) =>
      claimsOf(entity, own[0]!.attribute)
        .filter(creditedFigure)
        .filter(isAsserted)
        .some((c) => own.some((f) => meet(c, f) && figuresClash(c, f, lexicon)));
    const findings = [];
    for (const claims of byFigure(figures).values()) {
      const entities = [...new Map(claims.map((c) => [c.entity.id, c.entity])).values()];
      if (entities.length !== 2) continue;
      const [a, b] = entities as [Claim['entity'], Claim['entity']];
      if (a.type !== b.type || related(a.name, b.name) || oneRelation(claims)) continue;
      // Tables bind a cell to its row and column: one score in two grids of scores is more often chance than a mix-up.
      if (claims.every((c) => c.source === 'table')) continue;
      const files = (id: string) => new Set(claims.filter((c) => c.entity.id === id).map((c) => c.place.file));
      const filesA = files(a.id);
      const filesB = files(b.id);
      // Within one article, rule attribution speaks.
      if ([...filesA].some((f) => filesB.has(f))) continue;
      const disputed = [a, b].some((e) => givenOther(e.id, claims.filter((c) => c.entity.id === e.id)));
      if (!disputed || namesBoth(lexicon, claims, [a.id, b.id])) continue;
      const label = attributeLabel(lexicon, claims[0]!.attribute);
      findings.push({ claims, message: `${describeQuantity(claims[0]!.value)} ${label} credited to ${a.name} in one article and to ${b.name} in another` });
    }
    return findings;
  },
};
