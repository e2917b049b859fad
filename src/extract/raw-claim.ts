// A claim as a reader returns it, before places and ids: spans are offsets in the file.
import type { EntityRef, Modality, PeriodLength, SourceKind, Span, StatedArithmetic, SubjectVia, TimeScope, Value } from '../types.js';

export interface RawClaim {
  entity: EntityRef;
  attribute: string;
  value: Value;
  span: Span;
  sentence: Span;
  modality: Modality;
  source: SourceKind;
  confidence: number;
  time?: TimeScope;
  /** For an event, where its date is written in the file, when its own sentence gives it: the event's date claim quotes it. */
  timeAt?: Span;
  /** A running level on a page with no date, or a move over a span its page does not state ("jumped 7%"): compared only within its page. */
  withinPage?: true;
  /** A level said to hold at the time of writing ("so far", "still", "截至目前"): within its page, a later state than the page's figures without such a word. */
  latest?: true;
  /** The place a figure is said of, a name no pack knows (src/extract/where.ts). */
  where?: string;
  /** For an event, the kind its words make it ("full approval"): src/extract/readers/prose-events.ts. */
  variant?: string;
  /** Read from a label line a block of label lines repeats ("year: 2006" over "year: 1996"): the record's key (src/extract/label-block.ts). */
  record?: string;
  /** How long a period a figure covers, as its words say (src/extract/period-length.ts). */
  periodLength?: PeriodLength;
  relation?: { other: EntityRef; direction: 'lower' | 'higher' };
  /** The other party of a relational figure ("Marrow Capital's 81% stake in Corvane", "a $117 billion bid for Pellucid Networks"). */
  counterpart?: EntityRef;
  /** 'member': said of some of a family's members ("MoE models like X"), not of the family as a whole. */
  scope?: 'member';
  /** How the subject was found: in the sentence (or row), or by falling back on context. */
  subjectVia?: SubjectVia;
  /** A value said to be the only one ("relies exclusively on X"). */
  exclusive?: true;
  /** One side of a stated product, sum or share (src/extract/readers/arithmetic.ts). */
  arithmetic?: StatedArithmetic;
}
