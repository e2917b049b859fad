// Suppression directives in HTML comments: which rules are disabled on which lines of a document.
//   <!-- claimcheck-disable-next-line [rule ...] [-- reason] -->
//   <!-- claimcheck-disable [rule ...] -->  …  <!-- claimcheck-enable [rule ...] -->

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

/** A comment meant as a directive that does nothing: a misspelt directive, or an unknown rule id. */
export interface DirectiveProblem {
  line: number;
  message: string;
}

/** A directive word, then rule ids (spaces or commas between them), then an optional `-- reason`, as ESLint writes them. */
const DIRECTIVE = /^<!--\s*claimcheck-(disable-next-line|disable|enable)(?=\s|-->)([^]*?)-->\s*$/;
/** A comment that means to be a directive: `claimcheck` in any case, spelt with or without a hyphen. */
const MEANT_AS_DIRECTIVE = /^<!--\s*(claim[-_ ]?check[^\s]*)/i;
const DIRECTIVE_NAMES = 'claimcheck-disable, claimcheck-enable or claimcheck-disable-next-line';
/** Text from a comment quoted in a message is cut to this length. */
const QUOTED = 40;

const quoted = (s: string) => JSON.stringify(s.length > QUOTED ? `${s.slice(0, QUOTED)}…` : s);

/**
 * Reads a comment: a directive (its unknown rule ids dropped), a problem when the comment means to
 * be a directive but would do nothing (or less than it says), or neither for any other comment.
 */
export function readDirective(comment: string, line: number, endLine: number, knownRules: readonly string[]): { directive?: Directive; problems: DirectiveProblem[] } {
  const text = comment.trim();
  const m = DIRECTIVE.exec(text);
  if (!m) {
    const meant = MEANT_AS_DIRECTIVE.exec(text);
    if (!meant) return { problems: [] };
    return { problems: [{ line, message: `unknown suppression comment ${quoted(meant[1]!)} (expected ${DIRECTIVE_NAMES}); it does nothing` }] };
  }
  const kind = m[1] as Directive['kind'];
  const [ids] = m[2]!.split(/(?:^|\s)--(?:\s|$)/, 1);
  const named = ids!
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const problems: DirectiveProblem[] = [];
  const rules = named.filter((id) => {
    if (knownRules.includes(id)) return true;
    problems.push({ line, message: `unknown rule ${quoted(id)} in claimcheck-${kind} (known rules: ${knownRules.join(', ')}); it is ignored` });
    return false;
  });
  // Naming only unknown rules would otherwise disable every rule: such a directive does nothing.
  if (named.length > 0 && rules.length === 0) return { problems };
  return { directive: { kind, rules, line, endLine }, problems };
}

/** What is disabled at some place: every rule, or these. */
interface Disabled {
  all: boolean;
  rules: ReadonlySet<string>;
}

const NOTHING: Disabled = { all: false, rules: new Set() };

/**
 * The rules disabled on a line ('*' for all), as a function of the line. Built in one pass over the
 * directives sorted by line; each question is a binary search, so n directives and m claims cost
 * O((n + m) log n), whatever their number.
 */
export function disabledRules(directives: readonly Directive[]): (line: number) => string[] {
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  // The state after each disable/enable, from its line on.
  const fromLines: number[] = [];
  const states: Disabled[] = [];
  let current = NOTHING;
  // disable-next-line, by the line it disables.
  const nextLine = new Map<number, { all: boolean; rules: Set<string> }>();
  for (const d of sorted) {
    if (d.kind === 'disable-next-line') {
      let at = nextLine.get(d.endLine + 1);
      if (!at) nextLine.set(d.endLine + 1, (at = { all: false, rules: new Set() }));
      if (d.rules.length === 0) at.all = true;
      else for (const r of d.rules) at.rules.add(r);
      continue;
    }
    const rules = new Set(current.rules);
    let all = current.all;
    if (d.kind === 'disable') {
      if (d.rules.length === 0) all = true;
      else for (const r of d.rules) rules.add(r);
    } else if (d.rules.length === 0) {
      all = false;
      rules.clear();
    } else {
      for (const r of d.rules) rules.delete(r);
    }
    current = { all, rules };
    if (fromLines[fromLines.length - 1] === d.line) states[states.length - 1] = current;
    else {
      fromLines.push(d.line);
      states.push(current);
    }
  }
  const stateAt = (line: number): Disabled => {
    let lo = 0;
    let hi = fromLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fromLines[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? NOTHING : states[lo - 1]!;
  };
  return (line) => {
    const span = stateAt(line);
    const next = nextLine.get(line);
    if (span.all || next?.all) return ['*'];
    if (!next) return [...span.rules].sort();
    return [...new Set([...span.rules, ...next.rules])].sort();
  };
}
