// Owns how readings are held through a long run: one copy of each repeated string and entity, nothing that keeps an article's text alive.
import type { DocumentReading } from '../check/index.js';
import { detached } from '../extract/places.js';
import type { Claim, EntityRef, Value } from '../types.js';

/**
 * Returns a function that compacts readings in place and returns them. Names, attributes, units and
 * other vocabulary are shared across all readings; sentences, ids and quotes are shared within a
 * reading (several claims of one sentence, a derived claim and its source). A reading made in this
 * thread (`fromText`) has its strings copied, so that none is a view into the document's text; one
 * sent by a worker or parsed from the cache holds copies already. The data is unchanged: only its
 * layout in memory.
 */
export function createCompactor(): (reading: DocumentReading, fromText: boolean) => DocumentReading {
  const vocabulary = new Map<string, string>();
  let copy = detached;
  const word = (s: string): string => {
    let kept = vocabulary.get(s);
    if (kept === undefined) vocabulary.set((kept = copy(s)), kept);
    return kept;
  };

  return (reading, fromText) => {
    copy = fromText ? detached : (s: string) => s;
    const strings = new Map<string, string>();
    const text = (s: string): string => {
      let kept = strings.get(s);
      if (kept === undefined) strings.set((kept = copy(s)), kept);
      return kept;
    };
    const entities = new Map<string, EntityRef>();
    const entity = (e: EntityRef): EntityRef => {
      const key = `${e.id}\u0000${e.mention}\u0000${e.known}`;
      let kept = entities.get(key);
      if (kept === undefined) entities.set(key, (kept = { id: word(e.id), name: word(e.name), type: word(e.type), mention: text(e.mention), known: e.known }));
      return kept;
    };
    const value = (v: Value): Value => {
      switch (v.kind) {
        case 'quantity':
          return { kind: 'quantity', min: v.min, max: v.max, unit: word(v.unit), approx: v.approx, text: text(v.text) };
        case 'category':
          return v.negated ? { kind: 'category', value: word(v.value), text: text(v.text), negated: true } : { kind: 'category', value: word(v.value), text: text(v.text) };
        case 'event':
          return { kind: 'event', event: word(v.event), participants: v.participants.map(word), polarity: v.polarity, text: text(v.text) };
      }
    };
    const file = word(reading.file);
    const claim = (c: Claim): Claim => {
      c.id = text(c.id);
      c.entity = entity(c.entity);
      c.attribute = word(c.attribute);
      c.value = value(c.value);
      if (c.time) c.time = { start: word(c.time.start), end: word(c.time.end), text: text(c.time.text) };
      if (c.periodLength) c.periodLength = word(c.periodLength) as Claim['periodLength'];
      c.modality = word(c.modality) as Claim['modality'];
      c.source = word(c.source) as Claim['source'];
      c.place.file = file;
      c.quote = text(c.quote);
      c.sentence = text(c.sentence);
      if (c.derivedFrom) c.derivedFrom = c.derivedFrom.map(text);
      if (c.derivation !== undefined) c.derivation = word(c.derivation);
      if (c.relation) c.relation = { other: entity(c.relation.other), direction: c.relation.direction };
      if (c.counterpart) c.counterpart = entity(c.counterpart);
      if (c.suppressed) c.suppressed = c.suppressed.map(word);
      if (c.published) c.published = { start: word(c.published.start), end: word(c.published.end) };
      return c;
    };
    reading.file = file;
    reading.claims.forEach(claim);
    reading.derived.forEach(claim);
    return reading;
  };
}
