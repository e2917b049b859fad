// Captions over label lists: "**Shot clock:**" over "- Rulebook A: 24 seconds", a bare "Men" / "Women" line over the
// weight classes of each, "***Swing Beam***" over a paragraph and "**Height:** 1.4 meters". What a list under a caption
// gives is of what the caption names: the caption is a variant of the open attributes its label lines make, so that two
// lists of one page under two captions never meet, and the same caption on two pages still does.
import type { ProseState } from './readers/prose.js';
import type { Segment } from './segments.js';

/** At most this many words in a caption. */
const CAPTION_WORDS = 6;
/** At most this many words in a bare line that captions the list right under it ("Men", "Women", "Junior events"). */
const BARE_CAPTION_WORDS = 3;

/**
 * The caption a block is, folded to lower case, or undefined: a paragraph of emphasised words alone (bold, italic or both),
 * a few words, no sentence ("**Apparatus used by men are the rings.**" is one), no figure (a bold "**London, 2012**" or
 * "**2030 highlights**" line dates what follows); or a bare line of a word or three, each opening in a capital letter, no
 * mark of a sentence, right over a list. Not one that names a thing a pack knows (`named`): its lines are that thing's.
 */
export function captionOf(block: Segment, next: Segment | undefined, named = false): { text: string; bare: boolean } | undefined {
  if (block.source !== 'prose' || block.quoted || block.caption || named) return undefined;
  // (Only an emphasised line or a line over a list can be one: the other paragraphs are spared the folding of their text.)
  if (!block.emphasised && next?.source !== 'list') return undefined;
  const text = block.text.replace(/\s+/gu, ' ').trim().replace(/\s*[:：]$/u, '');
  if (text === '' || /[\p{N}.!?;,。"“”()[\]]/u.test(text)) return undefined;
  const words = text.split(' ');
  if (block.emphasised) return words.length <= CAPTION_WORDS ? { text: text.toLowerCase(), bare: false } : undefined;
  if (next?.source !== 'list' || /[:：]\s*$/u.test(block.text) || words.length > BARE_CAPTION_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return { text: text.toLowerCase(), bare: true };
}

/**
 * Keeps `state.caption` as the page is read: a heading ends it, a caption replaces it, and a prose paragraph that is no
 * caption ends a bare line's (which holds over its list only); an emphasised caption holds over the paragraphs after it
 * ("***Swing Beam***", a sentence about the beam, then its label lines) to the next caption or heading.
 */
export function noteCaption(state: ProseState, block: Segment, next: Segment | undefined, named: boolean): void {
  if (block.quoted) return;
  if (block.source === 'heading') {
    delete state.caption;
    return;
  }
  const caption = captionOf(block, next, named);
  if (caption) {
    state.caption = caption;
    return;
  }
  // A bold sentence alone stands as a heading does ("**Apparatus used by men are the rings.**"): what follows is under no caption.
  if (block.emphasised || (block.source === 'prose' && state.caption?.bare)) delete state.caption;
}

/** The variant a caption gives a label line's open attribute (none for an attribute a pack names: its label says what it is). */
export function captionVariant(state: ProseState | undefined, attribute: string): string | undefined {
  return attribute.startsWith('open.') ? state?.caption?.text : undefined;
}
