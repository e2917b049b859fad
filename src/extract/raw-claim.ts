// A claim as a reader returns it, before places and ids: spans are offsets in the file.
import type { EntityRef, Modality, SourceKind, Span, TimeScope, Value } from '../types.js';

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
  relation?: { other: EntityRef; direction: 'lower' | 'higher' };
}
