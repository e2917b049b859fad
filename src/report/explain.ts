// The `explain` command's output: one conflict, claim by claim, as text or JSON.
import type { Explanation } from '../check/explain.js';
import type { Claim } from '../types.js';
import { alikeNote } from '../check/alike.js';
import { describeValue, FOR_LENGTH, isBenchmarkSetting, isEdition, isInstalment, isNamedPeriod } from '../rules/describe.js';
import { escapeControl, escapeJsonText, neutraliseCommands } from './escape.js';
import { projectClaim, projectConflict } from './json.js';
import { placeWords } from './pretty.js';
import { isOtherMarket, isPart } from '../rules/rule.js';

const at = (c: Claim) => `${c.place.file}:${c.place.line}:${c.place.column}`;

function claimLines(c: Claim, indent: string): string[] {
  const entity = `${c.entity.mention} → ${c.entity.name} [${c.entity.type}${c.entity.known ? '' : ', not in any pack'}]`;
  return [
    `${indent}at:        ${at(c)} (${c.source}, ${c.modality})${c.alike !== undefined ? `, ${alikeNote(c.alike)}` : ''}`,
    `${indent}quote:     “${c.quote}”`,
    `${indent}sentence:  “${c.sentence}”`,
    `${indent}subject:   ${entity}`,
    ...(c.counterpart ? [`${indent}with:      ${c.counterpart.mention} → ${c.counterpart.name} [${c.counterpart.type}] (the other party of what the figure measures)`] : []),
    `${indent}value:     ${c.attribute} = ${describeValue(c.value)}`,
    ...(c.periodLength && !isNamedPeriod(c.variant) ? [`${indent}period:    ${FOR_LENGTH[c.periodLength]}, as its words say (a figure for another length is another fact)`] : []),
    // As the rules compare (src/rules/rule.ts, isPart): a figure's part with nothing but its own part; another place (or an
    // event's part) with no other place, but with a claim that names none.
    ...(c.where !== undefined
      ? [
          isPart(c.where) && c.value.kind !== 'event'
            ? `${indent}place:     ${placeWords(c.where)} (a part: not compared with a figure of the whole or of another part)`
            : isOtherMarket(c.where) && c.value.kind !== 'event'
              ? `${indent}place:     ${placeWords(c.where)} (a market: compared only with a figure of the same market, not with one that names none)`
              : `${indent}place:     ${placeWords(c.where)} (not compared with a figure said of another place or agent; compared with one that names none)`,
        ]
      : []),
    ...(c.variant !== undefined
      ? [
          isNamedPeriod(c.variant)
            ? `${indent}period:    the ${c.variant}, with no year (a figure of another quarter or half is not compared with it)`
            : isBenchmarkSetting(c.variant)
              ? `${indent}setting:   ${c.variant} (a score in another setting is not compared with it; one in none is)`
              : isInstalment(c.variant)
                ? `${indent}instalment: ${c.variant} (compared only with a figure of the same instalment)`
                : isEdition(c.variant)
                  ? `${indent}edition:   ${c.variant} (compared only with a figure of the same edition)`
                : `${indent}kind:      ${c.variant} (a figure or an event of another kind is not compared with it)`,
        ]
      : []),
    ...(c.withinPage ? [`${indent}period:    a time only its page gives (a running level on a page with no date, or a move over an unstated span): compared only within its page`] : []),
  ];
}

export function formatExplanation(e: Explanation, format: 'text' | 'json'): string {
  if (format === 'json') {
    return `${escapeJsonText(JSON.stringify(
      {
        conflict: projectConflict(e.conflict),
        rule: e.rule,
        claims: e.claims.map((c) => ({ claim: projectClaim(c.claim), reading: c.reading, derivedFrom: c.sources.map(projectClaim) })),
      },
      null,
      2,
    ))}\n`;
  }
  const c = e.conflict;
  const lines = [
    `${c.severity} ${c.rule} ${c.id}`,
    `  ${c.message}`,
    `  rule: ${e.rule.description} (${e.rule.url})`,
    `  entity: ${c.entity.name} (${c.entity.id}, ${c.entity.type}); attribute: ${c.attribute}`,
  ];
  e.claims.forEach(({ claim, reading, sources }, i) => {
    lines.push('', `claim ${i + 1}:`, ...claimLines(claim, '  '));
    if (reading) lines.push(`  reading:   ${reading}`);
    if (claim.derivation) lines.push(`  derived:   ${claim.derivation}${claim.scope === 'member' ? ' (member scope)' : ''}`);
    for (const s of sources) lines.push('  from:', ...claimLines(s, '    '));
  });
  return neutraliseCommands(`${lines.map(escapeControl).join('\n')}\n`);
}
