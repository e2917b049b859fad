// A page that opens on a block of `label: value` lines with no front-matter fences (a reading log's or a catalogue's
// record: "name: …", "isbn: …", "title: …", "author: …", "year: …"): which of its lines names the thing the record is of.
import type { Mention } from '../normalise/entities.js';
import type { SentenceReading } from './readers/prose.js';
import type { Segment } from './segments.js';

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
    // The next line of the same paragraph: one line break (a carriage return perhaps) after the line before.
    if (b.source !== 'prose' || b.start - prev.end > 2 || b.start <= prev.end) break;
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
