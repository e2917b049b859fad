// How a sentence stands behind a statement at a given place: cue phrases from the pack, scoped by clause.
import type { Lexicon } from '../packs/lexicon.js';
import type { PhraseMatcher } from '../packs/phrases.js';
import type { Modality } from '../types.js';

/** A contrast starts a new assertion: "Rumours said X, but Y" asserts Y. */
const CONTRAST = /(?<![\p{L}])(?:but|however|yet|whereas|although|though)(?![\p{L}])|但是|但|然而|却|卻/giu;

function cueBefore(matcher: PhraseMatcher, sentence: string, anchor: number, barrier: number): boolean {
  const first = sentence.search(/\S/);
  return matcher(sentence).some((m) => {
    if (m.end > anchor || m.start < barrier) return false;
    const text = sentence.slice(m.start, m.end);
    // "May 2026" is a month, "If" at the start is a cue: a capitalised cue counts only as the first word.
    const capitalised = /^\p{Lu}/u.test(text) && !/^\p{Lu}{2}/u.test(text);
    return !capitalised || m.start === first;
  });
}

/** The modality of a statement anchored at `anchor` (an offset in `sentence`). */
export function modalityAt(lexicon: Lexicon, sentence: string, anchor: number): Modality {
  if (/[?？]\s*["'”’)]*\s*$/.test(sentence)) return 'hypothetical';
  let barrier = 0;
  for (const m of sentence.matchAll(CONTRAST)) {
    if (m.index < anchor) barrier = m.index;
  }
  const cues = lexicon.modality;
  if (cueBefore(cues.reported, sentence, anchor, barrier)) return 'reported';
  if (cueBefore(cues.hypothetical, sentence, anchor, barrier)) return 'hypothetical';
  if (cueBefore(cues.predicted, sentence, anchor, barrier)) return 'predicted';
  if (cueBefore(cues.hedged, sentence, anchor, barrier)) return 'hedged';
  return 'asserted';
}
