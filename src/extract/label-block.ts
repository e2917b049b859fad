// A page that opens on a block of `label: value` lines with no front-matter fences (a reading log's or a catalogue's
// record: "name: …", "isbn: …", "title: …", "author: …", "year: …"): which of its lines names the thing the record is of.
import type { Mention } from '../normalise/entities.js';
import type { SentenceReading } from './readers/prose.js';
import type { Segment } from './segments.js';
import type { RawClaim } from './raw-claim.js';

/** A label that names the record's thing: "title:", "name:" (and "titre:", "Titel:", "título:", "titolo:", "nom:", "nombre:", "nome:"). */
const NAMING_LABEL = /^\s*(?:title|name|titre|titel|título|titolo|nom|nombre|nome)\s*[:：]/iu;

/**
 * The indexes of the label lines the page opens on: its first paragraph, when every one of its two or more lines is a label
 * line (segments.ts then makes each line a block of its own, one line break apart).
 */
export function openingLabelLines(blocks: readonly Segment[]): number[] {
  const first = blocks[0];
  if (!first || first.source !== 'prose' || first.quoted || first.callout !== undefined || !/[:：]/u.test(first.text)) return [];
  const lines = [0];
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = blocks[i - 1]!;
    // The next line of the same paragraph: one line break after the line before (a carriage return stays in the line's text).
    if (b.source !== 'prose' || b.start - prev.end !== 1) break;
    lines.push(i);
  }
  return lines.length >= 2 ? lines : [];
}

/**
 * The names of the record the page opens on, as its `title:` and `name:` lines give them (plainly or as a link), wherever
 * they stand in the block: "isbn: …" over "title: [Velora Tides](…)" is Velora Tides's record, and its other lines are
 * Velora Tides's. A name is the line's whole value, not a part of a longer title; a record whose naming lines name nothing a
 * pack knows so names no one. Undefined when the page opens on no record with such a line: then the title is found as
 * before (its first short block).
 */
export function recordNames(blocks: readonly Segment[], readings: readonly SentenceReading[][]): Mention[] | undefined {
  const names: Mention[] = [];
  let naming = false;
  for (const i of openingLabelLines(blocks)) {
    const text = blocks[i]!.text;
    const label = NAMING_LABEL.exec(text);
    if (!label) continue;
    naming = true;
    // The name is the whole value: "title: Refactoring Drills" or "title: Velora Tides, Second Edition" is another book's record.
    const from = label[0].length + (text.slice(label[0].length).length - text.slice(label[0].length).trimStart().length);
    const to = text.trimEnd().length;
    for (const r of readings[i] ?? []) names.push(...r.mentions.filter((m) => m.entity.known && r.span.start + m.start === from && r.span.start + m.end === to));
  }
  return names.length > 0 || naming ? names : undefined;
}

/** A label line's label, folded: "Year: 1996" → "year", "**ISBN:** …" → "isbn". */
function labelOf(text: string): string | undefined {
  const m = /^\s*([^:：]{1,48})[:：]/u.exec(text);
  return m ? m[1]!.replace(/[*_`]/gu, ' ').trim().replace(/\s+/gu, ' ').toLowerCase() : undefined;
}

/**
 * Marks the claims read from a label line that its block of label lines repeats ("year: 2006" over "year: 1996", one `year:`
 * a volume, an original's and an edition's `isbn:`): options of one record, which numeric-mismatch never sets against each
 * other, and any of which a figure elsewhere may agree with. A block is a paragraph whose every line is a label line
 * (segments.ts makes each line a block, one line break apart); its key is its first line's offset and the label.
 */
export function markRecordOptions(blocks: readonly Segment[], claims: RawClaim[]): void {
  const keyAt = new Map<number, string>();
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.source === 'prose' && blocks[i]!.source === 'prose' && blocks[j]!.start - blocks[j - 1]!.end === 1) j++;
    if (j - i >= 2) {
      const labels = blocks.slice(i, j).map((b) => labelOf(b.text));
      labels.forEach((label, k) => {
        if (label !== undefined && labels.indexOf(label) !== labels.lastIndexOf(label)) keyAt.set(blocks[i + k]!.start, `${blocks[i]!.start}:${label}`);
      });
    }
    i = j;
  }
  if (keyAt.size === 0) return;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    const key = keyAt.get(c.sentence.start);
    if (key !== undefined && c.span.start >= c.sentence.start) claims[k] = { ...c, record: key };
  }
}

/**
 * Whether a block is a line of a block of label lines (a line break from another line of its paragraph): "stop: 2020-01-09"
 * in a reading log's record dates its own label, not the events of the blocks after it, as a date line of its own would.
 */
export function inLabelRecord(blocks: readonly Segment[], i: number): boolean {
  const b = blocks[i];
  if (!b || b.source !== 'prose') return false;
  const next = (x: Segment | undefined, y: Segment | undefined) => x !== undefined && y !== undefined && x.source === 'prose' && y.source === 'prose' && y.start - x.end === 1;
  return next(blocks[i - 1], b) || next(b, blocks[i + 1]);
}
