// The registry of conflict rules, nothing else.
import { categoricalExclusive } from './categorical-exclusive.js';
import { eventPolarity } from './event-polarity.js';
import { numericMismatch } from './numeric-mismatch.js';
import type { Rule } from './rule.js';

export const rules: readonly Rule[] = [numericMismatch, categoricalExclusive, eventPolarity];
