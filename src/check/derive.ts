// Claims implied by other claims, from the pack's derivation rules and family links; each names its sources.
import { familiesOf, entityRef, takesPart } from '../normalise/entities.js';
import { foldName, type Lexicon } from '../packs/lexicon.js';
import type { PackEntity } from '../packs/types.js';
import { membersMeant } from '../extract/typing.js';
import type { Claim, Place, Quantity } from '../types.js';

const exactPoint = (q: Quantity) => !q.approx && q.min !== null && q.min === q.max;

function sameFigure(a: Quantity, b: Quantity): boolean {
  const x = a.min!;
  const y = b.min!;
  return Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 1e-9;
}

/** "active = total parameters ⇒ dense": two equal exact figures of one entity in one row or sentence. */
function deriveFromEqualFigures(lexicon: Lexicon, claims: Claim[]): Claim[] {
  const derived: Claim[] = [];
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.value.kind !== 'quantity') continue;
    const key = `${c.place.file}\u0000${c.sentence}\u0000${c.place.line}\u0000${c.entity.id}`;
    const list = bySentence.get(key);
    if (list) list.push(c);
    else bySentence.set(key, [c]);
  }
  for (const rule of lexicon.pack.derivations) {
    for (const group of bySentence.values()) {
      const a = group.find((c) => c.attribute === rule.whenEqual[0]);
      const b = group.find((c) => c.attribute === rule.whenEqual[1]);
      if (!a || !b || a.value.kind !== 'quantity' || b.value.kind !== 'quantity') continue;
      if (!exactPoint(a.value) || !exactPoint(b.value) || !sameFigure(a.value, b.value)) continue;
      const [first, second] = a.place.column <= b.place.column ? [a, b] : [b, a];
      derived.push({
        id: `${a.id}+${b.id}>${rule.id}`,
        entity: a.entity,
        attribute: rule.then.attribute,
        value: { kind: 'category', value: rule.then.value, text: `${a.value.text} = ${b.value.text}` },
        modality: a.modality === 'asserted' && b.modality === 'asserted' ? 'asserted' : 'hedged',
        source: a.source,
        place: { ...first.place, endLine: second.place.endLine, endColumn: second.place.endColumn },
        quote: first.place.line === second.place.line ? '' : `${first.quote} … ${second.quote}`,
        sentence: a.sentence,
        confidence: Math.min(a.confidence, b.confidence),
        derivedFrom: [first.id, second.id],
        derivation: rule.label,
      });
    }
  }
  return derived;
}

/** A value of a family member also speaks about its family, with member scope (liftToFamily). */
function liftToFamilies(lexicon: Lexicon, claims: Claim[]): Claim[] {
  const lifted: Claim[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (!lexicon.attributes.get(c.attribute)?.liftToFamily) continue;
    for (const family of familiesOf(lexicon, c.entity)) {
      // "A and B as closed systems": one statement, one lifted claim.
      const key = `${family.id}\u0000${c.id}\u0000${c.value.kind === 'category' ? c.value.value : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lifted.push({
        ...c,
        id: `${c.id}>${family.id}`,
        entity: { ...entityRef(family), mention: c.entity.mention },
        scope: 'member',
        derivedFrom: [c.id],
        derivation: `${c.entity.name} is a member of ${family.name}`,
      });
    }
  }
  return lifted;
}

const MEMBERS = new WeakMap<Lexicon, Map<string, PackEntity[]>>();

/** The pack's members of each family, by the family's id. */
function membersOf(lexicon: Lexicon, family: string): PackEntity[] {
  let byFamily = MEMBERS.get(lexicon);
  if (!byFamily) {
    byFamily = new Map();
    for (const e of lexicon.pack.entities) {
      if (!e.family) continue;
      const members = byFamily.get(e.family);
      if (members) members.push(e);
      else byFamily.set(e.family, [e]);
    }
    MEMBERS.set(lexicon, byFamily);
  }
  return byFamily.get(family) ?? [];
}

/** "All", "every" or "each" opening the sentence right before a family's name (not "the largest of all", "not all"). */
const EVERY_BEFORE = /(?:^|[.;:!?]\s+|^[\s*_-]+)(?:all|every|each)\s+(?:the\s+)?$/iu;
/** A noun of members right after a family's name: "models", "variants", "sizes". */
const MEMBERS_AFTER = /^\s+(?:models?|variants?|versions?|members?|sizes?|checkpoints?)(?![\p{L}])/iu;
/** Whether the sentence says the claim of every member of its family: the family's name after "all models in the". */
function saidOfEveryMember(lexicon: Lexicon, c: Claim): boolean {
  const mention = c.entity.mention;
  for (let at = c.sentence.indexOf(mention); at !== -1; at = c.sentence.indexOf(mention, at + 1)) {
    if (membersMeant(lexicon, c.sentence.slice(Math.max(0, at - 40), at)) === 'every') return true;
    // "All Rook-3 models were trained on …", "Every Acme 2 variant ships with …": the family's name between "all" and a noun of members.
    if (EVERY_BEFORE.test(c.sentence.slice(0, at)) && MEMBERS_AFTER.test(c.sentence.slice(at + mention.length, at + mention.length + 16))) return true;
  }
  return false;
}

/** "All models in the X range shipped with Y": a family's value said of each member is each member's (the pack's members). */
function lowerToMembers(lexicon: Lexicon, claims: Claim[]): Claim[] {
  const lowered: Claim[] = [];
  for (const c of claims) {
    if (c.scope || c.derivedFrom || !c.entity.known || c.modality !== 'asserted') continue;
    const members = membersOf(lexicon, c.entity.id);
    if (members.length === 0 || !saidOfEveryMember(lexicon, c)) continue;
    for (const member of members) {
      lowered.push({
        ...c,
        id: `${c.id}>${member.id}`,
        entity: { ...entityRef(member), mention: c.entity.mention },
        derivedFrom: [c.id],
        derivation: `said of every member of ${c.entity.name}`,
      });
    }
  }
  return lowered;
}

const toDays = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

/**
 * "Released in December 2023": an event that happened at a stated time gives its date as a value, so that
 * two dates of one event can disagree ("June 2022" agrees with "June 14, 2022", not with "May 2022"). The
 * date is the value, not a period the claim is placed in: date claims of one event meet whatever they say.
 */
function eventDates(claims: Claim[], dateAt: (claim: Claim) => Place | undefined, quoteOf: (claim: Claim) => string): Claim[] {
  return claims.flatMap((c) => {
    if (c.value.kind !== 'event' || c.value.polarity !== 'happened' || !c.time || c.time.start.startsWith('~')) return [];
    const { time, ...rest } = c;
    // The date is quoted where its sentence writes it ("… released … on March 3, 2025": "March 3, 2025"), else with the event.
    const place = dateAt(c);
    return [
      {
        ...rest,
        ...(place ? { place, quote: quoteOf({ ...c, place }) } : {}),
        id: `${c.id}>date`,
        attribute: `${c.attribute}.date`,
        value: { kind: 'quantity' as const, min: toDays(time.start), max: toDays(time.end), unit: 'date', approx: false, text: time.text },
        derivedFrom: [c.id],
        derivation: 'the date of the event',
      },
    ];
  });
}

/**
 * A name without its size: the release line it belongs to ("Acme 3.1 405B" → "Acme 3.1"). Variant words
 * stay, since a coder or instruct variant may come out later than its line ("Acme 3 Coder").
 */
export function lineName(name: string): string | undefined {
  const m = /^(.*?\S)[\s_-]+(?:\d+x)?\d+(?:\.\d+)?[BMKTbmkt](?:-A\d+(?:\.\d+)?[Bb])?$/u.exec(name.trim());
  return m && /\p{L}/u.test(m[1]!) ? m[1] : undefined;
}

/**
 * The date of an event whose pack says it is shared by a line's members (a release: "Acme 3.1 70B" came
 * out with "Acme 3.1") also speaks about the line, with member scope: it meets what is said of the line
 * itself, never another member's date.
 */
function liftDatesToLines(lexicon: Lexicon, dates: Claim[]): Claim[] {
  const lifted: Claim[] = [];
  for (const c of dates) {
    const event = lexicon.pack.events.find((e) => c.attribute === `event.${e.id}.date`);
    if (!event?.liftToFamily || c.value.kind !== 'quantity') continue;
    const participant = c.entity.name;
    const line = lineName(participant);
    if (!line) continue;
    const id = foldName(line);
    // A family the event takes as a participant states its own date: a member's, who may have come out later, is not its.
    const known = lexicon.entities.get(id);
    if (known?.type === 'family' && takesPart(lexicon, event, known)) continue;
    lifted.push({
      ...c,
      id: `${c.id}>${id}`,
      entity: { ...c.entity, id, name: line },
      scope: 'member',
      derivedFrom: [c.id],
      derivation: `${participant} is a member of ${line}`,
    });
  }
  return lifted;
}

/**
 * The claims one document's stated claims imply (its stated claims are not repeated). `quoteOf` fills
 * the exact quote of a derived claim whose sources share a line (the span between them), since only
 * the caller holds the text; `dateAt`, where an event's sentence writes its date.
 */
export function deriveClaims(lexicon: Lexicon, claims: Claim[], quoteOf: (claim: Claim) => string, dateAt: (claim: Claim) => Place | undefined = () => undefined): Claim[] {
  const fromFigures = deriveFromEqualFigures(lexicon, claims).map((c) => (c.quote === '' ? { ...c, quote: quoteOf(c) } : c));
  const dates = eventDates(claims, dateAt, quoteOf);
  return [...fromFigures, ...liftToFamilies(lexicon, [...claims, ...fromFigures]), ...lowerToMembers(lexicon, claims), ...dates, ...liftDatesToLines(lexicon, dates)];
}
