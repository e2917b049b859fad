// Suppression directives in HTML comments: which rules are disabled on which lines of a document.
//   <!-- claimcheck-disable-next-line [rule ...] -->
//   <!-- claimcheck-disable [rule ...] -->  …  <!-- claimcheck-enable [rule ...] -->

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

const DIRECTIVE = /^<!--\s*claimcheck-(disable-next-line|disable|enable)\b([^]*?)-->\s*$/;

export function parseDirective(comment: string, line: number, endLine: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const rules = m[2]!
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '' && r !== '--');
  return { kind: m[1] as Directive['kind'], rules, line, endLine };
}

/** The rules disabled on a line ('*' for all), as a function of the line. */
export function disabledRules(directives: readonly Directive[]): (line: number) => string[] {
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  return (line) => {
    let all = false;
    const some = new Set<string>();
    for (const d of sorted) {
      if (d.kind === 'disable-next-line') {
        if (line === d.endLine + 1) {
          if (d.rules.length === 0) return ['*'];
          d.rules.forEach((r) => some.add(r));
        }
        continue;
      }
      if (d.line > line) break;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) all = true;
        else d.rules.forEach((r) => some.add(r));
      } else if (d.rules.length === 0) {
        all = false;
        some.clear();
      } else d.rules.forEach((r) => some.delete(r));
    }
    return all ? ['*'] : [...some].sort();
  };
}
