// Compiling a list of phrases into one matcher: leftmost-longest, word-bounded, linear-time.
import type { Span } from '../types.js';

export interface PhraseMatch extends Span {
  /** Index of the phrase in the list given to compilePhrases. */
  index: number;
}

export type PhraseMatcher = (text: string) => PhraseMatch[];

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** What may not touch a word-bounded phrase: letters of alphabetic scripts and digits ("Acme超过" still matches "Acme"). */
const NEIGHBOUR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase's pattern: spaces match any run of white space; latin ends need a word boundary. */
function phrasePattern(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s+');
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().slice(-1);
  const before = WORD_CHAR.test(first) && !HAN.test(first) ? `(?<!${NEIGHBOUR})` : '';
  const after = WORD_CHAR.test(last) && !HAN.test(last) ? `(?!${NEIGHBOUR})` : '';
  return `${before}${body}${after}`;
}

/**
 * Short phrases (three characters or fewer, or all capitals like "MIT") match case-sensitively;
 * longer ones ignore case. Returns non-overlapping matches, leftmost first, longest at a position.
 */
export function compilePhrases(phrases: readonly string[], options: { ignoreCase?: boolean } = {}): PhraseMatcher {
  const exact: number[] = [];
  const folded: number[] = [];
  phrases.forEach((phrase, index) => {
    const p = phrase.trim();
    if (p === '') return;
    const caseSensitive = options.ignoreCase === false || (options.ignoreCase !== true && (p.length <= 3 || (p === p.toUpperCase() && /\p{Lu}/u.test(p))));
    (caseSensitive ? exact : folded).push(index);
  });
  const build = (indices: number[], flags: string): RegExp | null => {
    if (indices.length === 0) return null;
    const ordered = [...indices].sort((a, b) => phrases[b]!.length - phrases[a]!.length || a - b);
    return new RegExp(ordered.map((i) => `(${phrasePattern(phrases[i]!)})`).join('|'), flags);
  };
  const exactOrder = [...exact].sort((a, b) => phrases[b]!.length - phrases[a]!.length || a - b);
  const foldedOrder = [...folded].sort((a, b) => phrases[b]!.length - phrases[a]!.length || a - b);
  const exactRe = build(exact, 'gu');
  const foldedRe = build(folded, 'giu');

  const run = (re: RegExp | null, order: number[], text: string, out: PhraseMatch[]): void => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({ start: m.index, end: m.index + m[0].length, index: order[group - 1]! });
    }
  };

  return (text: string) => {
    const found: PhraseMatch[] = [];
    run(exactRe, exactOrder, text, found);
    run(foldedRe, foldedOrder, text, found);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const result: PhraseMatch[] = [];
    let end = -1;
    for (const m of found) {
      if (m.start >= end) {
        result.push(m);
        end = m.end;
      }
    }
    return result;
  };
}
