// The phrase matcher reads text as one RegExp over the phrases would: the first phrase (longest first)
// that matches at the leftmost place, case folded as the engine folds it, bounded against letters of
// alphabetic scripts and digits but not against CJK. The RegExp below is that reading, kept as the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, escapePattern, spacedPattern, type PhraseMatch } from '../src/packs/phrases.js';

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NEIGHBOUR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}_]';

/** The matcher as one RegExp with a capture group per phrase, for comparison. */
function oracle(phrases: readonly string[], options: { ignoreCase?: boolean } = {}): (text: string) => PhraseMatch[] {
  const pattern = (phrase: string) => {
    const p = phrase.trim();
    const body = p.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const before = WORD_CHAR.test(p[0] ?? '') && !HAN.test(p[0] ?? '') ? `(?<!${NEIGHBOUR})` : '';
    const after = WORD_CHAR.test(p.slice(-1)) && !HAN.test(p.slice(-1)) ? `(?!${NEIGHBOUR})` : '';
    return `${before}${body}${after}`;
  };
  const exact: number[] = [];
  const folded: number[] = [];
  phrases.forEach((phrase, index) => {
    const p = phrase.trim();
    if (p === '') return;
    const caseSensitive = options.ignoreCase === false || (options.ignoreCase !== true && (p.length <= 3 || (p === p.toUpperCase() && /\p{Lu}/u.test(p))));
    (caseSensitive ? exact : folded).push(index);
  });
  const run = (indices: number[], flags: string, text: string, out: PhraseMatch[]) => {
    if (indices.length === 0) return;
    const order = [...indices].sort((a, b) => phrases[b]!.length - phrases[a]!.length || a - b);
    const re = new RegExp(order.map((i) => `(${pattern(phrases[i]!)})`).join('|'), flags);
    for (const m of text.matchAll(re)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({ start: m.index, end: m.index + m[0].length, index: order[group - 1]! });
    }
  };
  return (text) => {
    const found: PhraseMatch[] = [];
    run(exact, 'gu', text, found);
    run(folded, 'giu', text, found);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let end = -1;
    return found.filter((m) => m.start >= end && ((end = m.end), true));
  };
}

const spans = (matches: PhraseMatch[]) => matches.map(({ start, end, index }) => [start, end, index]);

describe('compilePhrases', () => {
  it('matches whole words, ignoring case for long phrases and spacing between words', () => {
    const match = compilePhrases(['Acme', 'mixture of experts', 'MIT']);
    expect(spans(match('ACME and acme, not Acmes; a Mixture  of\nExperts; MIT, not mit'))).toEqual([
      [0, 4, 0],
      [9, 13, 0],
      [28, 47, 1],
      [49, 52, 2],
    ]);
  });

  it('needs no boundary next to CJK text, and none at a phrase end that is not a letter or digit', () => {
    const match = compilePhrases(['Acme', '阿里', 'Mixture-of-Experts (MoE)']);
    expect(spans(match('Acme超过阿里巴巴 Mixture-of-Experts (MoE)x'))).toEqual([
      [0, 4, 0],
      [6, 8, 1],
      [11, 35, 2],
    ]);
  });

  it('takes, at the leftmost place, the first phrase (longest first) that matches with its boundaries', () => {
    const match = compilePhrases(['GPT', 'GPT-4', 'trained', 'trained on'], { ignoreCase: true });
    expect(spans(match('GPT-4o was trained onward; GPT-4 trained on'))).toEqual([
      [0, 3, 0],
      [11, 18, 2],
      [27, 32, 1],
      [33, 43, 3],
    ]);
  });

  it('folds case as the RegExp engine does: long s, Kelvin sign, Greek accents, letters with no one-letter upper case', () => {
    const match = compilePhrases(['stars', 'kelvin', 'σοφία', 'ΐδε', 'ﬆar'], { ignoreCase: true });
    expect(spans(match('ſtars Kelvin ΣΟΦΊΑ σοφίας ΐδε ﬅar'))).toEqual([
      [0, 5, 0],
      [6, 12, 1],
      [13, 18, 2],
      [26, 29, 3],
      [30, 33, 4],
    ]);
  });

  it('reads as the RegExp over the phrases on any text', () => {
    const letters = ['a', 'A', 's', 'S', 'ſ', 'k', 'K', 'K', 'µ', 'μ', 'σ', 'ς', 'Σ', 'ß', 'ẞ', 'ΐ', 'ΐ', 'ı', 'I', '1', '_', '-', '.', '(', '阿', '里', 'я', '𐐀', '𐐨', '\u0345', 'ι', '\ud800'];
    const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(...spaces)).map(([w, s]) => w.join(s));
    const text = fc.array(fc.oneof(word, fc.constantFrom(...spaces)), { maxLength: 20 }).map((t) => t.join(''));
    const options = fc.constantFrom({}, { ignoreCase: true }, { ignoreCase: false });
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), options, fc.array(text, { maxLength: 5 }), (list, opts, texts) => {
        const match = compilePhrases(list, opts);
        const expected = oracle(list, opts);
        // Texts made of the phrases themselves, so that matches are frequent.
        for (const t of [...texts, list.join(' '), list.join('').toUpperCase(), list.join('-').toLowerCase()]) {
          expect(match(t)).toEqual(expected(t));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('escapePattern and spacedPattern', () => {
  it('escape every character with a meaning in a pattern, and nothing else', () => {
    expect(escapePattern('Velora X2 (Pro)+ [v1.5]? $9^{a|b}*\\')).toBe('Velora X2 \\(Pro\\)\\+ \\[v1\\.5\\]\\? \\$9\\^\\{a\\|b\\}\\*\\\\');
    expect(new RegExp(`^${escapePattern('a.b*c')}$`, 'u').test('a.b*c')).toBe(true);
    expect(new RegExp(`^${escapePattern('a.b*c')}$`, 'u').test('axbbc')).toBe(false);
  });

  it('a phrase: each run of white space between its words is \\s+', () => {
    expect(spacedPattern('per  cent')).toBe('per\\s+cent');
    expect(spacedPattern('Ardenia\u00a0Q.4')).toBe('Ardenia\\s+Q\\.4');
  });
});
