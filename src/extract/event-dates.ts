// Dates and names of a sentence that belong to another event than the one an event's word tells: the date that closes the
// conjunct before ", and its 35th launch, X, …", the dates of "following launches in 2028 and 2029", the thing "after the X
// mission" or "the upcoming X mission" names.
import type { Span } from '../types.js';

/** Between a date and an event's word after it: the date closes a conjunct, and a coordinated noun phrase of its own opens. */
const CONJUNCT_AFTER_DATE = /^\s*,\s*(?:and|but|while|whereas)\s+(?:its|the|their|our|his|her|this|that|a|an)\s[^,;:.!?]*$/iu;
/**
 * Before a date: "following launches in", "after the successful Kestrel-6 launch in", "since our last flight on": an event
 * named after a word of sequence, whose date this is (a few words, figures of a name among them, then "in" or "on").
 */
const REFERENCE_EVENT_BEFORE_DATE =
  /(?<![\p{L}])(?:following|after|since|before|ahead\s+of|prior\s+to)\s+(?:(?:the|its|their|our|his|her|this|that|a|an)\s+)?(?:[\p{L}\p{N}’'“”"-]+\s+){1,4}?(?:in|on|during)\s+$/iu;
/** Between two dates of one list: "2028 and 2029", "2028, 2029 and 2030". */
const DATE_LIST_BETWEEN = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/iu;

/**
 * Whether `date` is another event's than the one whose word is at `trigger`: it closes the conjunct before the word's own
 * (", and its 35th launch"), or it dates an event named after "following", "after", "since" or "before" (the word itself
 * outside that phrase), alone or in a list ("following launches in 2028 and 2029").
 */
export function anotherEventsDate(text: string, date: Span, trigger: Span, dates: readonly Span[]): boolean {
  if (date.end <= trigger.start && CONJUNCT_AFTER_DATE.test(text.slice(date.end, trigger.start))) return true;
  let first = date;
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    if (d.end <= first.start && DATE_LIST_BETWEEN.test(text.slice(d.end, first.start))) first = d;
  }
  const from = Math.max(0, first.start - 80);
  const phrase = REFERENCE_EVENT_BEFORE_DATE.exec(text.slice(from, first.start));
  if (!phrase) return false;
  // ("since its launch in 2012": the event's own word in the phrase keeps the date.)
  return !(trigger.start >= from + phrase.index && trigger.start < first.start);
}

/** Before a name: "following the successful", "after the", "the upcoming": what it names is another event's, or one to come. */
const REFERENCE_NAME_BEFORE = /(?<![\p{L}])(?:(?:following|after|before|ahead\s+of|prior\s+to)\s+(?:the|its|their|our|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?|(?:the|its|their|our|an)\s+(?:upcoming|forthcoming|next)\s+)[“"‘']?$/iu;

/**
 * Whether a name after an event's word is named as another event it follows or precedes ("will launch three months after
 * the “Amber Sky” mission", "our third launch following the successful X mission") or as one to come ("continues today with
 * the upcoming X mission"): it takes no part in the event the word tells.
 */
export function namedAsAnotherEvent(text: string, name: Span, trigger: Span): boolean {
  // (Not a name in the word's own phrase: "days after the release of X" is X's release.)
  // (Before the word too, past a comma: "after the X mission, the operator's first launch" says nothing of X in this sentence's
  // mood; "after the X mission launched in March" is X's own launch.)
  const apart = name.start >= trigger.end || /[,;:]/u.test(text.slice(name.end, trigger.start));
  return apart && REFERENCE_NAME_BEFORE.test(text.slice(Math.max(name.start >= trigger.end ? trigger.end : 0, name.start - 60), name.start).replace(/\[(?=[“"‘']?$)/u, ''));
}
