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
  /** For families: the type of their members ("model", "phone"); else the type of the known members. */
  memberType?: string;
  /** For makers: the type of the products named after them ("Acme Large 2", "Acme 7B" are models of the maker Acme). */
  productType?: string;
}

export interface PackCategoryValue {
  id: string;
  synonyms: string[];
  /** Values of different groups exclude each other; values without a group form a group of their own. */
  group?: string;
  /** Entities whose name may stand before the value as part of it ("Acme X100"). */
  makers?: string[];
  /** Values this one falls under ("Apache-2.0" under "open"): compatible with it. */
  broader?: string[];
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
  /**
   * Phrases that, near a figure, say it is not this attribute's value: a stage or a setting ("pre-training",
   * "during training", "documents with" for a context window).
   */
  blockers?: string[];
  /** Attributes this one wins over when both have a trigger near a figure ("activates" over "parameters"). */
  outranks?: string[];
  /** Table header texts that name this attribute (lower-case, compared after folding). */
  headers: string[];
  /** Entity types this attribute can describe. */
  subjects: string[];
  /**
   * Set when a lexicon is compiled, never in a pack: the families whose `memberType` is one of `subjects`. A line
   * of cars is described as its cars are ("the Zephyr is 4.8 m long"), so its name may be such a figure's subject.
   */
  families?: readonly string[];
  /**
   * Set when a lexicon is compiled, never in a pack: the units and unit words of attributes that measured the same
   * quantity in another unit and were merged into this one (src/packs/lexicon.ts); figures in them are converted.
   */
  mergedUnits?: readonly { unit: string; words: readonly string[] }[];
  /** Category: the vocabulary. */
  values?: PackCategoryValue[];
  /** Category: a value given for a family member also speaks about the family (member scope). */
  liftToFamily?: boolean;
  /** The pack the attribute comes from (set when packs are merged), for `claimcheck claims`. */
  pack?: string;
  /** Where that pack stands in load order (set when packs are merged): a later pack's attribute wins a figure. */
  packOrder?: number;
  /** Quantity: the smallest and largest figure the attribute can take, in its unit (a training corpus is billions of tokens). */
  minimum?: number;
  maximum?: number;
  /** Category: an entity may hold several values at once (chips, partners); they clash only when one is said to be exclusive. */
  multiValued?: boolean;
  /** Category, multi-valued: phrases before a value that make it exclusive ("relies entirely on"); "only", "exclusively", "solely" always do. */
  exclusiveCues?: string[];
  /**
   * Values differ between a family's members (a model family's sizes): a value given for a name that
   * may stand for a family ("Acme 3 has 70B parameters") is one member's, and never conflicts.
   */
  variesByMember?: boolean;
  /** Relative tolerance for exact figures (default 0: their rounding alone) and for approximate ones (default 0.1). */
  tolerance?: { exact?: number; approx?: number };
  /**
   * A value fixed once and for all (a transfer fee, a training cost): figures are compared whatever
   * period they are placed in. Time scopes are still shown, and temporal-scope still sees them.
   */
  timeless?: boolean;
  /**
   * The value is a maximum (a context window, a top speed, a capacity): "up to 128K tokens", "bis zu 128K" state the value
   * itself, not a bound under it. Also where the attribute's id or label says so ("max", "maximum", "capacity", "top speed").
   */
  ceiling?: boolean;
  /**
   * Figures are read only when their sentence names whose they are: never from a title, a heading or an
   * earlier sentence (funding rounds, listed one company after another in digests).
   */
  namedSubject?: boolean;
  /**
   * Quantity: what a figure of a period is. A `stock` is a level at a time (stars, staff, downloads to date):
   * figures meet those of the same period or of one that contains it ("as of March 2025" and "in 2025"). A
   * `flow` is an amount over a period (revenue, funding raised in a year): figures meet only the same period.
   * A `tally` is a count that grows while something unfolds (a death toll as rescue goes on, seats declared through
   * the night, a season's goals): a figure with no period of its own holds at its article's date, so it meets only
   * figures of that date, and in an article with no date only its own article's; figures with a period meet only
   * the same period. An `act` is the amount of one act that may happen again to the same thing (an investment, a
   * payment): its figures of one period meet as a flow's, but one with no period of its own is one act among others
   * (an initial investment, an additional one, the total so far) and meets no other figure. Unset: a flow (the safe side).
   */
  measure?: 'stock' | 'flow' | 'tally' | 'act';
  /**
   * Quantity: the parts of a whole share something (a mixture of experts shares its attention layers), so a
   * product or sum of parts written beside a value ("141B (8 x 22B)") says nothing of it: rule
   * stated-arithmetic checks no product or sum that is, or may be, this attribute's value.
   */
  nonAdditive?: boolean;
  /**
   * Quantity in a count (a `unit` of no dimension): `false` says its figures are not whole ("1.828" million parameters,
   * "2.300" GFLOPs), so a figure whose reading hangs on the decimal mark ("6.200" on an English page) keeps its decimal
   * reading instead of counting thousands. Unset: a count is whole.
   */
  whole?: false;
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
  /** Table headers and labels that give the event's date ("Released", "Release date", "成立时间"). */
  headers?: string[];
  /** The event's date for a member ("Acme 3.1 70B") also dates its line ("Acme 3.1"), with member scope. */
  liftToFamily?: boolean;
  /** Words one of which the sentence must hold for a trigger to count ("led by" only beside "round", "Series", "valuation"). */
  cues?: string[];
  /** Phrases that, in a trigger's clause, say it is not this event ("on digital download" beside "was released"). */
  blockers?: string[];
  /**
   * Triggers (some of `triggers`) that name the event together with a manner of it ("open-sourced": released with open
   * weights). Under a negation they deny the manner, not the event: a negated one gives no claim.
   */
  mannerTriggers?: string[];
  /** Participants the sentence does not name come from what its section or the page is about, never from earlier sentences (an investee a profile page names only in its title). */
  topicParticipant?: boolean;
  /** Each named agent's event is its own ("The Federal Medicines Board approved X" and another agency's approval of X). */
  agentsApart?: boolean;
  /**
   * Which side of its verb the event's one participant stands on: 'object', the event happens to what the verb takes ("X killed
   * Y", "Y was killed by X": Y's); 'subject', the verb's subject does it ("X succeeded Y": X's, "Y was succeeded by X": X's).
   * Unset: the name nearest the event's word, the object first.
   */
  participantRole?: 'object' | 'subject';
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
  /** First-column table headers that say the column holds entities of this type; also nouns that type a name ("the X phone"). */
  headers: string[];
  /** Regular expressions over a name no pack knows: a name that matches is of this type ("-7B" names a model). */
  patterns?: string[];
  /** Things of this type are people ("player", "author"): a personal pronoun ("he", "she", "er", "elle") stands for them, "it" never. */
  people?: boolean;
  /**
   * Words that name a part of a thing of this type ("stage", "booster", "encoder"): a heading below the title that holds one
   * ("## First stage") heads a section about that part, not the page's thing.
   */
  parts?: string[];
}

export interface ModalityCues {
  reported: string[];
  hedged: string[];
  predicted: string[];
  hypothetical: string[];
}

/** How product names are written in a field: words that continue a name, tokens that are never names. */
export interface NameWords {
  /** Words that continue a product name after its version or size ("Instruct", "Sonnet", "Ultra"). */
  variants: string[];
  /** Tokens that look like names and are not ("FP8", "W4A16"); compared case-insensitively. */
  notNames: string[];
  /**
   * Tokens that name a build or a format made from a thing, no thing ("Q4_K_M", "GGUF", "FP8"): never names either, and a name
   * they follow or that "the … build of" puts them before is that build's, not the thing's. Compared case-insensitively.
   */
  builds?: string[];
  /**
   * Words of an edition, a remake or a port ("Edition", "Remake", "Remastered", "Deluxe"): a known name extended with one
   * ("X: Gold Edition", "X Remastered", "X (2015 remake)") names another thing, not the name's.
   */
  editions?: string[];
  /**
   * Words a label of an identifier ends on ("ISBN", "DOI", "ID", "serial number", "catalogue number"): such a label's value
   * is a code, no figure, and gives no open attribute. Compared case-insensitively, as whole words.
   */
  identifiers?: string[];
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
  names: NameWords;
  /** What loading found odd but read anyway, for a warning on stderr (a number a comma parted in a list in brackets). */
  notes?: string[];
  /**
   * Entries marked `extends: true`: words added to an earlier pack's attribute or event of the same id (its triggers,
   * headers, values' synonyms…), which merging applies; a merged pack holds none.
   */
  extensions?: PackExtension[];
}

/** Words a pack adds to an earlier pack's attribute or event of the same id; `where` names the entry for errors. */
export interface PackExtension {
  section: 'attributes' | 'events';
  id: string;
  where: string;
  triggers: string[];
  headers: string[];
  /** An attribute's. */
  blockers?: string[];
  unitWords?: string[];
  exclusiveCues?: string[];
  values?: PackCategoryValue[];
  /** Members of a family differ in it (`variesByMember`): set or unset on the earlier attribute. */
  variesByMember?: boolean;
  /** The earlier attribute's tolerance, key by key (`exact`, `approx`). */
  tolerance?: { exact?: number; approx?: number };
  /** An event's. */
  negations?: string[];
  negationsAfter?: string[];
  cues?: string[];
}
