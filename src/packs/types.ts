// The shape of a vocabulary pack once loaded and validated: what the engine knows, as data.

export interface PackEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  /** Id of the family this entity belongs to (Acme-X2-Pro → acme-x2). */
  family?: string;
  /** For families: unknown names whose folded form starts with one of these join the family. */
  memberPrefixes?: string[];
  /** For repositories: the entity the repository hosts. */
  hosts?: string;
}

export interface PackCategoryValue {
  id: string;
  synonyms: string[];
  /** Values of different groups exclude each other; values without a group form a group of their own. */
  group?: string;
  /** Entities whose name may stand before the value as part of it ("Acme X100"). */
  makers?: string[];
}

export interface PackAttribute {
  id: string;
  label: string;
  kind: 'quantity' | 'category';
  /** Quantity: canonical unit of the values ("star", "USD", "parameter"). */
  unit?: string;
  /** Quantity: words that name the unit after a number ("stars", "GPUs"); lower-case. */
  unitWords?: string[];
  /** Quantity: a scaled number with no unit ("21B") may be read as this attribute. */
  bareScaled?: boolean;
  /** Phrases that point a nearby value at this attribute. Empty: the unit word alone is enough. */
  triggers: string[];
  /** Table header texts that name this attribute (lower-case, compared after folding). */
  headers: string[];
  /** Entity types this attribute can describe. */
  subjects: string[];
  /** Category: the vocabulary. */
  values?: PackCategoryValue[];
  /** Category: a value given for a family member also speaks about the family (member scope). */
  liftToFamily?: boolean;
  /** Relative tolerance for exact figures (default 0.005) and for approximate ones (default 0.1). */
  tolerance?: { exact?: number; approx?: number };
  /**
   * A value fixed once and for all (a transfer fee, a training cost): figures are compared whatever
   * period they are placed in. Time scopes are still shown, and temporal-scope still sees them.
   */
  timeless?: boolean;
  /** Attributes with the same `metricOf` are alternative metric names (rule metric-label). */
  metricOf?: string;
  /** Comparative phrases that state a ratio of this attribute between two entities ("6x cheaper than"). */
  comparatives?: { phrase: string; direction: 'lower' | 'higher' }[];
}

export interface PackEvent {
  id: string;
  label: string;
  triggers: string[];
  /** Cues that, shortly before a trigger, say the event did not happen. */
  negations: string[];
  /** Phrases after a trigger that say it did not happen ("never took place"). */
  negationsAfter: string[];
  participantTypes: string[];
  minParticipants: number;
}

export interface PackDerivation {
  id: string;
  label: string;
  /** Two quantity attributes whose equal values (same entity, same row or sentence) imply `then`. */
  whenEqual: [string, string];
  then: { attribute: string; value: string };
}

export interface PackEntityTypeHint {
  type: string;
  /** First-column table headers that say the column holds entities of this type. */
  headers: string[];
}

export interface ModalityCues {
  reported: string[];
  hedged: string[];
  predicted: string[];
  hypothetical: string[];
}

export interface Pack {
  name: string;
  /** Where the pack was loaded from, for error messages. */
  source: string;
  entities: PackEntity[];
  entityTypes: PackEntityTypeHint[];
  attributes: PackAttribute[];
  events: PackEvent[];
  derivations: PackDerivation[];
  modality: ModalityCues;
}
