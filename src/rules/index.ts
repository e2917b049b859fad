// The registry of conflict rules, nothing else.
import { attribution } from './attribution.js';
import { attributionAcross } from './attribution-across.js';
import { categoricalExclusive } from './categorical-exclusive.js';
import { derivedArithmetic } from './derived-arithmetic.js';
import { eventPolarity } from './event-polarity.js';
import { metricLabel } from './metric-label.js';
import { numericMismatch } from './numeric-mismatch.js';
import type { Rule } from './rule.js';
import { statedArithmetic } from './stated-arithmetic.js';
import { temporalScope } from './temporal-scope.js';

export const rules: readonly Rule[] = [numericMismatch, categoricalExclusive, eventPolarity, derivedArithmetic, statedArithmetic, temporalScope, attribution, attributionAcross, metricLabel];
