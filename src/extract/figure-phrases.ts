// The words around a figure that say what it is when it is not simply its subject's value: an increment, the amount
// of a change, a running level, a milestone, a window; and when a number in words is a figure at all. Shared by the
// attribute binder and the prose reader.
import type { QuantityMatch } from '../normalise/numbers.js';
import { CURRENCY_CODES } from '../normalise/units.js';
import type { Span } from '../types.js';

/**
 * Words that are no noun a figure counts ("48 of", "31 in all competitions", "500 sales and 7 dealerships": "and"
 * ends the phrase, "dealerships" is counted), in English and in the other languages a figure is read in.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'and or but nor of in on at to for with from by as than per via into onto is are was were be been being has have had that which who whom while whereas vs versus the a an each across over under using up down out about its their his her it this these those will can could would should may might must do does did not also only more less most least such so then there here when where if after before during between against among within without through around approximately roughly nearly just times last next since en de del dans au aux à im bei für vor nach nel nella em no na por para durante con et e y und oder ou'.split(
    ' ',
  ),
);

/**
 * Words that say a level holds now, in the languages news is read in: "now", "currently", "today", "jetzt", "derzeit",
 * "désormais", "actuellement", "ahora", "hoy", "ora", "oggi", "agora", "hoje". One list for every rule that asks
 * (src/extract/attributes.ts, src/extract/readers/prose.ts).
 */
export const NOW_WORDS = String.raw`(?:now|currently|presently|today|at\s+present|jetzt|nun|heute|derzeit|aktuell|inzwischen|désormais|maintenant|aujourd['’]hui|actuellement|ahora|hoy|actualmente|ora|adesso|oggi|attualmente|agora|hoje|atualmente)`;
/**
 * A verb in the past right beside such a word: "and now had", "und hatte nun", "e ora aveva": "now" in a story told in the
 * past is the story's time, not the time of writing.
 */
export const PAST_BESIDE_NOW = String.raw`(?:had|was|were|hatte|hatten|war|waren|avait|avaient|était|étaient|tenía|tenían|había|habían|era|eran|contaba|contaban|aveva|avevano|erano|tinha|tinham|havia)`;

/** The definite articles a noun phrase opens on, in the languages news is read in: "the club", "der Verein", "la squadra". */
export const DEFINITE_ARTICLES = String.raw`the|der|die|das|den|le|la|l['’]|el|il|lo|o|a`;

/** The text of a position's clause before it, at most `max` characters back: to a comma, colon or stop. */
export function clauseBefore(text: string, start: number, max = start): string {
  let from = start;
  while (from > 0 && start - from < max && !/[.;,:!?。；，：！？]/u.test(text[from - 1]!)) from--;
  return text.slice(from, start);
}

/**
 * Words that set a state after an event, then the event's noun phrase, in the languages news is read in: "after the final
 * burn", "since the separation", "following the burn", "après la manœuvre", "depuis la séparation", "tras la maniobra",
 * "después del encendido", "dopo la manovra", "após a manobra", "nach dem Manöver", "seit der Trennung". The noun phrase
 * opens on a lowercase word or a determiner (German: a determiner, then a noun that is no source's "nach Angaben", "nach
 * dem Bericht"), never a name or a number ("second after Orla-3", "since 2019" are left alone); "following" and German
 * take a determiner only ("the following configuration").
 */
const AFTER_EVENT = String.raw`(?:(?:after|since|après|depuis|suite\s+à|à\s+la\s+suite\s+d(?:e|u|es)|tras|después\s+de|desde|dopo|in\s+seguito\s+a|após|depois\s+de)\s+(?:(?:the|a|an|its|his|her|their|this|le|la|les|une?|son|sa|ses|cette|ce|el|los|las|una?|su|sus|este|esta|il|lo|gli|i|uno|o|os|as|um|uma|seu|sua)\s+|l['’]|d['’]|del\s+|al\s+|do\s+|da\s+|dos\s+|das\s+|della\s+|dello\s+|del\s+)?(?!(?:it|its|they|he|she|we|you|there|this|that|which|all|whom)(?![\p{L}]))\p{Ll}|following\s+(?:the|a|an|its|his|her|their|this)\s+\p{Ll}|(?:nach|seit)\s+(?:dem|der|den|einem|einer|seinem|seiner|ihrem|ihrer)\s+(?:\p{Ll}+\s+)?(?!(?:Angaben|Bericht|Berichten|Aussage|Aussagen|Schätzung|Schätzungen|Ansicht|Meinung|Darstellung|Auskunft|Informationen|Daten)(?![\p{L}]))\p{Lu})`;
/** Right after a figure: ", after the final burn", " après la manœuvre". */
const AFTER_EVENT_AFTER = new RegExp(String.raw`^\s*,?\s*(?<![\p{L}])${AFTER_EVENT}`, 'u');
/** Right before a figure, in its clause: "wiegt nach dem Manöver 900 kg". */
const AFTER_EVENT_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])${AFTER_EVENT}[\p{L}-]*\s+$`, 'u');
/** Opening the sentence, set off by a comma, the figure in the clause after it: "After the burn, Wren weighs 900 kg". */
const AFTER_EVENT_OPENING = new RegExp(String.raw`^\s*${AFTER_EVENT}[^,;:.!?]{0,60},[^,;:.!?]*$`, 'u');

/**
 * Whether a figure states a level after an event ("weighs 900 kg after the final burn", "After the burn, Wren weighs 900
 * kg", "pèse 900 kg après la manœuvre", "wiegt nach dem Manöver 900 kg"): `sentence` is the figure's sentence, `figure`
 * its span. For an attribute that never changes, such a level is no value (as one said to hold "now" is not).
 */
export const afterAnEvent = (sentence: string, figure: Span): boolean => {
  const before = sentence.slice(0, figure.start);
  const after = sentence.slice(figure.end, figure.end + 80);
  return AFTER_EVENT_AFTER.test(after) || AFTER_EVENT_RIGHT_BEFORE.test(before.slice(-80)) || AFTER_EVENT_OPENING.test(before.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
};

/** Verbs by which a level rises or falls, with or without an object ("revenue rose", "rose 5%"). */
const RISE_OR_FALL = String.raw`(?:increased|increases|grew|grows|rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|decreased|decreases|sank|slipped|slumped|plummeted|plummeting|plummets|plunged|plunging|plunges|tumbled|tumbling|tumbles|soared|soaring|soars|surged|surging|surges|dipped|dipping|dips|slid|slides|sliding)`;
/** Verbs by which a level changes, up or down, in the forms news uses. */
const CHANGE_VERBS = String.raw`(?:${RISE_OR_FALL}|cut|cuts|cutting|reduced|reduces|reducing|diminished|diminishes|lowered|lowers|raised|raises|boosted|boosts|lifted|lifts|shrank|shrunk|shrinks|slashed|slashes|trimmed|trims|expanded|expands|marked\s+down|marks\s+down|wrote\s+down|writes\s+down)`;

/**
 * "an additional 5 trillion tokens", "another $2 billion", "altre 9.000 pezzi", "weitere 3.000", "otros 500": an increment,
 * not the attribute's value.
 */
const INCREMENT =
  /(?<![\p{L}])(?:an?\s+additional|additional|another|a\s+further|further|an\s+extra|extra|altr[ei]|ulteriori|weitere[n]?|zusätzliche[n]?|otr[oa]s|adicionales|outr[oa]s|再|额外|額外|新增)\s*$/iu;

/** "for $129 more", "$40 extra", "$100 more than the base model": an amount paid on top, or a difference, not a price. */
const MONEY_MORE_AFTER = /^\s*(?:more|extra)(?![\p{L}])/iu;

/** "210万ドル（約3億円）が追加された", "30億円を上乗せ": an amount added, said after the figure (Japanese). */
const INCREMENT_AFTER = /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:が|を)?\s*(?:追加|上乗せ|加算)/u;

/** "第12届", "第3回": an ordinal in Chinese or Japanese, the rank of an edition, not a figure. */
const ORDINAL_BEFORE = /第\s*$/u;

/**
 * "its first two episodes", "the final two", "the other six episodes", "die ersten zwei Folgen", "les deux premiers épisodes": a
 * count limited to the first, last or other few of a whole is a part of it, no value of the whole.
 */
const FEW_OF_A_WHOLE_BEFORE = /(?<![\p{L}])(?:first|last|final|other|opening|closing|ersten|letzten|anderen|primeros|primeras|últimos|últimas|otros|otras|primi|prime|ultimi|ultime|altri|altre|primeiros|primeiras|outros|outras)\s+$/iu;
const FEW_OF_A_WHOLE_AFTER = /^\s+(?:premiers|premières|derniers|dernières|autres)(?![\p{L}])/iu;

/**
 * "the fastest to reach 30 goals", "on course to hit 40", "wins after reaching 320 seats", "…, crossing the $800 million
 * threshold": a milestone or a target (a participle of passing opening its phrase takes "the": "…, reaching $800 million" may
 * state the level reached).
 */
const MILESTONE =
  /(?<![\p{L}])(?:to\s+(?:reach|hit|pass|surpass|cross|top|break|exceed)|(?:after|on|upon|by)\s+(?:reaching|hitting|passing|surpassing|crossing|topping))\s+(?:the\s+)?$|[,;—–]\s*(?:passing|surpassing|crossing|topping)\s+the\s+$/iu;

/**
 * "300K is the largest context window to date of any available model", "300K ist das bisher größte Kontextfenster eines
 * verfügbaren Modells", "300K était la plus grande …", "es el mayor", "è il più grande", "é o maior": a figure that is itself
 * the subject of a superlative, opening its clause, is the record of a class, a comparison's mark, no value of the thing the
 * sentence is about ("X has the largest window of any model, 2M", "X hat mit 400K das größte …" and "Revenue of $5 billion
 * was the highest in its history" keep theirs: a name or a noun holds the figure).
 */
const SUPERLATIVE = String.raw`(?:largest|longest|biggest|highest|greatest|lowest|smallest|shortest|fastest|best|worst|most|least|strongest|widest|deepest|heaviest|cheapest|größte[nrs]?|längste[nrs]?|höchste[nrs]?|beste[nrs]?|meiste[nrs]?|kleinste[nrs]?|niedrigste[nrs]?|stärkste[nrs]?|schnellste[nrs]?|plus\s+(?:grand|grande|long|longue|élevée?|haute?|fort|forte|rapide)|meilleure?|mayor|menor|mejor|más\s+(?:grande|larga?|alta?|rápida?)|maggiore|migliore|più\s+(?:grande|lunga?|alta?|veloce)|maior|melhor|mais\s+(?:longa?|alta?|rápida?))`;
const RECORD_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}]+)?\s+(?:is|was|remains|remained|had\s+been|ist|war|bleibt|blieb|est|était|reste|es|era|fue|sigue\s+siendo|è|era|resta|é|foi|continua\s+sendo)\s+(?:(?:the|das|der|die|den|la|le|l['’]|el|lo|il|o|a)\s*)?(?:(?:bisher|bislang|jemals|previous|former|prior|current|so-far|ancien(?:ne)?|anterior|precedente)\s+)?${SUPERLATIVE}(?![\p{L}])`,
  'iu',
);
/** Before a figure, the opening of its clause. */
const CLAUSE_OPENS = /(?:^|[,;:—–]\s*)$/u;
/** "beating the previous record of 300K tokens", "den bisherigen Rekord von 300K", "l'ancien record de": the record a figure beat. */
const RECORD_BEFORE =
  /(?<![\p{L}])(?:(?:previous|prior|former|old|earlier|existing)\s+(?:record|best|high|maximum)|(?:bisherigen?|alten?|vorherigen?)\s+(?:Rekord|Höchstwert|Bestwert)|(?:ancien|précédent)\s+record|record\s+(?:anterior|precedente|previo)|(?:precedente|vecchio)\s+record|recorde\s+anterior)\s*(?:(?:of|von|de|di|du|del|do|at|was|stood\s+at|war|était|era|foi)\s+)?(?:(?:about|around|roughly|some|just|etwa|rund|environ|unos|circa|cerca\s+de)\s+)?[~≈]?$/iu;

/** "among the top ten contributors", "a top-5 finish", "one of 12 contributors": a place among them, or one of a whole, no count. */
const RANK_BEFORE = /(?<![\p{L}])(?:top[\s-]+|one\s+of\s+(?:the\s+)?)$/iu;

/**
 * "does not depend on one person", "is not tied to a single vendor": a negation in the clause before "one" says there is
 * no such one, and counts nothing.
 */
const NEGATED_BEFORE = /(?:(?<![\p{L}])(?:not|never|no\s+longer)|n['’]t)(?:\s+[\p{L}-]+){0,4}\s+$/iu;
const ONE = /^(?:one|a\s+single|single|1)(?![\p{L}\p{N}])/iu;

/**
 * "well above the minimum 257 km/h of the top category", "below the 5% threshold", "under the limit of 40 tonnes": a class's
 * bound or a rule's limit the subject is measured against, not its own figure.
 */
const MEASURED_AGAINST = String.raw`(?<![\p{L}])(?:above|below|over|under|exceed(?:s|ed|ing)?|beyond|past|near|within)\s+(?:the|a|its|their)\s+`;
const THRESHOLD_BEFORE = new RegExp(
  String.raw`${MEASURED_AGAINST}(?:(?:official|legal|required|minimum|maximum)\s+)?(?:minimum|maximum|threshold|limit|cap|floor|ceiling|cut-?off)(?:\s+of)?\s+(?:[\d.,]+\s*[\p{L}/%]*\s*[(（]\s*)?$`,
  'iu',
);
const THRESHOLD_AFTER = /^\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:threshold|limit|cap|ceiling|cut-?off)(?![\p{L}])/iu;
const BOUND_BEFORE = new RegExp(`${MEASURED_AGAINST}$`, 'iu');

/**
 * A window of time or of games the figure is counted over ("died in the past 24 hours", "14 in a 9-match run",
 * "a million downloads in its first three days"): an amount over that stretch, not the subject's figure.
 */
const WINDOW_NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)`;
/** Nouns of games or appearances, in English. */
const GAME_UNIT = String.raw`(?:games?|matches?|fixtures?|outings?|appearances?|starts?|races?|rounds?)`;
const WINDOW_UNIT = String.raw`(?:hours?|days?|weeks?|months?|years?|${GAME_UNIT}|sessions?)`;
const WINDOW_AFTER = new RegExp(
  String.raw`^[^,;:.!?()]{0,30}?(?<![\p{L}])(?:in|over|during|within|across)\s+(?:(?:the|his|her|their|its)\s+(?:past|last|previous|first|opening)\s+${WINDOW_NUMBER}[\s-]+${WINDOW_UNIT}|an?\s+${WINDOW_NUMBER}[\s-]+(?:game|match|day|week|month)\s+(?:[\p{L}-]+\s+)?(?:run|streak|spell|stretch|span))(?![\p{L}])`,
  'iu',
);
const WINDOW_BEFORE = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:in|over|during|within)\s+the\s+(?:past|last|previous|first)\s+${WINDOW_NUMBER}[\s-]+${WINDOW_UNIT}\s*,\s*[^,;:.!?]{0,60}$`,
  'iu',
);

/** "in her last six league games", "over the past 24 hours": the length of a window, not a value of the subject. */
const WINDOW_ITSELF = /(?<![\p{L}])(?:in|over|during|within|across)\s+(?:the|his|her|their|its)\s+(?:past|last|previous|first|opening|next)\s+$/iu;

/**
 * "9 goals in six appearances", "27 goals in just 24 league appearances": the games another figure was counted over,
 * named by a noun of games or appearances right after it, not a value of the subject (a span of time after "in" may be
 * one: "trained on 15T tokens in 54 days").
 */
const RATE_BEFORE = new RegExp(
  String.raw`(?:\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[\d.,]*\s+(?:[\p{L}-]+\s+){0,6}?(?:in|from|over|across|en|dans|lors\s+de|em|nei|nelle|in\s+den|bei)\s+(?:(?:just|only|seulement|solo|sólo|apenas|nur|ses|leurs|les|sus|los|las|suoi|seinen|den)\s+){0,2}$`,
  'iu',
);
/** Nouns of games or appearances, in the languages news is written in ("rencontres", "partidos", "Spielen"). */
const GAMES = String.raw`(?:${GAME_UNIT}|rencontres?|matchs?|apparitions?|partidos?|encuentros?|partite|presenze|Spiele[n]?|Einsätzen|jogos|partidas)`;
const COUNTED_OVER = new RegExp(String.raw`^[\p{L}\p{N}.,-]+\s+(?:[\p{L}-]+\s+)?${GAMES}(?![\p{L}])`, 'iu');

/**
 * "with 41 seats still to be declared", "met nog 17 zetels te verdelen", "noch 12 Sitze zu vergeben", "12 sièges restant à
 * attribuer", "12 escaños por asignar", "12 seggi ancora da assegnare": what is yet to be handed out, no one's value.
 * Games left to play are left alone: a season's games remaining is a value packs read.
 */
const STILL_TO_COME = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+)?\s+(?:(?:still|yet|left|remaining)\s+)?(?:to\s+(?:be\s+)?(?:declared|declare|counted|count|decided|decide|allocated|allocate|distributed|called|call|awarded|filled)|te\s+(?:verdelen|vergeven|tellen|beslissen)|zu\s+(?:vergeben|verteilen|zählen|entscheiden)|(?:restant\s+|restent\s+|encore\s+)?à\s+(?:attribuer|pourvoir|répartir|décider)|(?:aún\s+|todavía\s+)?por\s+(?:asignar|repartir|decidir|contar|adjudicar)|(?:ancora\s+)?da\s+(?:assegnare|attribuire|distribuire|decidere)|(?:ainda\s+)?(?:por|a)\s+(?:atribuir|distribuir|decidir))(?![\p{L}])`,
  'iu',
);

/** English words that set something before or up to a point in time: "before", "ahead of", "until". */
export const BEFORE_OR_UNTIL_WORDS = String.raw`before|prior\s+to|ahead\s+of|until|till`;

/** Words before what a figure or a date is compared with: "than", "against", "versus", "compared with". */
export const COMPARED_WITH_WORDS = String.raw`than|against|versus|vs\.?|compared\s+(?:with|to)`;
/**
 * Between the words of a comparison and the figure compared with, a noun of change and its "of": "compared with an increase
 * of 1.7%", "against a gain of", "versus growth of", "contre une hausse de", "frente a un aumento del", "rispetto a un
 * aumento dell'", "gegenüber einem Anstieg von", "em relação a uma subida de". (At most one word before the noun: "a smaller
 * increase of".)
 */
export const COMPARED_CHANGE_NOUN = String.raw`(?:(?:an?|the|une?|la|el|una?|uno|um|uma|o|einen?|einem|einer|dem|der)\s+)?(?:[\p{L}-]+\s+)?(?:increase|rise|gain|growth|advance|jump|decline|decrease|drop|fall|dip|slide|hausse|baisse|progression|croissance|augmentation|recul|repli|diminution|aumento|subida|alza|crecimiento|incremento|caída|descenso|bajada|crescita|calo|rialzo|flessione|diminuzione|crescimento|queda|descida|alta|recuo|Anstieg|Zuwachs|Wachstum|Plus|Rückgang|Minus|Steigerung)\s+(?:of\s+|de\s+|d['’]|del\s+|dell['’]|dello\s+|della\s+|di\s+|do\s+|da\s+|von\s+|um\s+)`;

/**
 * "per", as languages news is written in say it before what a rate is counted by; "for every", "out of every"; and, before a
 * number only, "pour", "je", "ogni", "por cada" ("106 cases for every 100,000 residents", "12 cas pour 100 000 habitants").
 * Not before a definite article: "por el jugador", "per il giocatore" say what a sum is paid for, or who did something.
 */
const PER_AFTER =
  /^\s*(?:(?:per|par|pro|por)\s+(?!(?:the|el|la|los|las|il|lo|gli|le|les|der|die|das|den|dem|o|os|as)\s|l['’])(?:(?:one|a|an|un|une|uno|una|ein|eine|cada|chaque|each)\s+)?|(?:for|in|out\s+of)\s+(?:every|each)\s+|(?:pour|je|ogni|por\s+cada|para\s+cada|a\s+cada)\s+(?=\p{N}))([$€£¥]|\p{N}|[\p{L}][\p{L}-]*)/iu;
/** What a figure may be counted per and still be its subject's value: a span of time ("per year", "par jour"), or a hundred ("per cent"). */
const PER_TIME = /^(?:second|seconds|sec|minute|minutes|min|hour|hours|hr|day|days|week|weeks|month|months|quarter|quarters|year|years|annum|cent|centum|jours?|semaines?|mois|ans?|années?|trimestres?|Sekunden?|Minuten?|Stunden?|Tage?|Wochen?|Monate?|Quartale?|Jahre?|segundos?|minutos?|horas?|días?|semanas?|mes|meses|años?|giorni|giorno|settimane|settimana|mese|mesi|anno|anni|anos?|dias?)$/iu;

/** "/100 km", "/100km", "/km" after a figure; "百公里电耗", "每公里" before one: a rate per distance. */
const PER_DISTANCE_AFTER = /^\s*\/\s*(?:100\s*)?(?:km|mi|kilomet|miles?)(?![\p{L}])/iu;
const PER_DISTANCE_BEFORE = /(?:每?百公里|每公里)\p{Script=Han}{0,3}\s*$/u;

/** "4B of 40B parameters per forward pass": the whole a part is counted of; what "per" says is the part's. */
const WHOLE_OF = /\p{N}[\p{L}\p{N}.,]*\s+(?:of|out\s+of)\s+$/iu;

/**
 * "2.4 TB/s per GPU", "95 TFLOPS per $1,000", "650 W par GPU": what a figure is counted per, when that is no span of time
 * ("per year", "par jour", "per cent") nor the attribute's own words ("$52,000 per unit" for a unit price whose triggers hold
 * "per unit", "active parameters per token"): the word after "per", or undefined. Such a figure is a rate of that thing,
 * not its subject's value, unless the thing is the subject's own kind ("90 kW per rack" of a rack).
 */
export function countedPer(text: string, span: { start: number; end: number }, ...ownWords: readonly (readonly string[] | undefined)[]): string | undefined {
  const after = text.slice(span.end, span.end + 40);
  // "13.2 kWh/100 km", "百公里电耗13.2kWh": a consumption, counted per distance.
  if (PER_DISTANCE_AFTER.test(after) || PER_DISTANCE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) return 'km';
  const m = PER_AFTER.exec(after);
  if (!m || PER_TIME.test(m[1]!) || WHOLE_OF.test(text.slice(Math.max(0, span.start - 20), span.start))) return undefined;
  // "pour 2024", "for every 3 months": a year, or a number of a span of time, is no thing a rate is counted by.
  if (/\p{N}/u.test(m[1]!)) {
    const counted = /^[\d.,\s]*?(\d+)\s*(\p{L}+)?/u.exec(after.slice(m.index + m[0].length - 1));
    if (!counted?.[2] ? /^(?:19|20)\d\d$/u.test(counted?.[1] ?? '') : PER_TIME.test(counted[2])) return undefined;
  }
  const phrase = after.trimStart().toLowerCase().replace(/\s+/gu, ' ');
  const own = (w: string) => /^(?:per|par|pro|por)\s/iu.test(w) && phrase.startsWith(w.toLowerCase().replace(/\s+/gu, ' '));
  return ownWords.some((words) => words?.some(own)) ? undefined : m[1]!;
}

/**
 * "harm occurs when the daily dose is greater than 5 mg", "if the level exceeds 40 mg", "unless it is above 2%": a figure
 * compared in a condition is the condition's threshold, no value of the thing. The condition's word ("when", "if",
 * "whenever", "unless", "once") opens its clause, at most eight words before a word of comparison right before the figure.
 * A past "when" ("in 2019, when revenue was over $5 billion") tells what was, no condition.
 */
const CONDITION_THRESHOLD_BEFORE =
  /(?<![\p{L}])(?:when|whenever|if|unless|once)\s+(?:(?!(?:was|were)\s)[^\s,;:.!?()\[\]]+\s+){0,8}?(?:(?:greater|higher|more|larger|less|lower|smaller|fewer)\s+than|above|below|over|under|beyond|exceeds?|exceeding|surpass(?:es)?|at\s+least|at\s+most)\s*$|(?<![\p{L}])(?:when|whenever|if|unless|once)\s+(?:(?!(?:was|were)\s)[^\s,;:.!?()\[\]]+\s+){0,8}?(?:[^\s,;:.!?()\[\]]+\s*)?(?:>|<|≥|≤|>=|<=)\s*$/iu;
export function conditionThreshold(text: string, numberStart: number): boolean {
  return CONDITION_THRESHOLD_BEFORE.test(text.slice(Math.max(0, numberStart - 120), numberStart));
}

/** After a figure, in its noun phrase: "each", "apiece", "chacun", "cada uno", "ciascuno", "cada um", "jeweils". */
const EACH_AFTER = /^\s*(?:each|apiece|chacun(?:e|s|es)?|cada\s+un[oa]|ciascun[oa]|cada\s+uma?|jeweils)(?![\p{L}])/iu;
/** Before a figure: "each with", "chacun doté de", "cada uno con", "ciascuno con", "cada um com", "mit je", "每个节点配备" (not "每年"). */
const EACH_BEFORE =
  /(?:(?<![\p{L}])(?:each|chacun(?:e)?|cada\s+un[oa]|ciascun[oa]|cada\s+uma?)\s+(?:with|having|holding|carrying|containing|housing|avec|doté\s+de|dotée\s+de|con|com)\s+|(?<![\p{L}])(?:mit\s+)?(?:je|jeweils)\s+|每(?![年月日天周週季])(?:(?:个|個|台|块|塊|颗|顆|座)\p{Script=Han}{0,4}?(?:配备|配備|搭载|搭載|装有|裝有|有|含)?|\p{Script=Han}{1,4}?(?:配备|配備|搭载|搭載|装有|裝有|有|含))\s*)$/iu;

/**
 * "256 nodes with four GPUs each", "256 nodes, each with four GPUs", "256 Knoten mit je vier GPUs", "每个节点配备8块GPU": a figure
 * of each one of some things, no figure of the whole they make up.
 */
export function eachOnes(text: string, span: { start: number; end: number }): boolean {
  const each = EACH_AFTER.exec(text.slice(span.end, span.end + 16));
  // ("300 units each month", "each year": "each" is the determiner of the noun after it.)
  const next = each ? /^\s*(\p{L}+)/u.exec(text.slice(span.end + each[0].length, span.end + each[0].length + 30))?.[1] : undefined;
  return (each !== null && (next === undefined || FUNCTION_WORDS.has(next.toLowerCase()))) || EACH_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * Nouns a number after them labels, never counts: "phase 3", "stage 4", "grade 2", "version 5", "cycle 6", "level 3", "step 2",
 * "visit 4", "season 2", "episode 9", "chapter 7", in the languages news is written in.
 */
const LABEL_NOUNS = String.raw`phases?|stages?|grades?|versions?|cycles?|levels?|tiers?|steps?|visits?|seasons?|episodes?|chapters?|sections?|pages?|phase|stade|grade|version|cycle|niveau|étape|saison|épisode|chapitre|Phase|Stadium|Stufe|Version|Zyklus|Staffel|Kapitel|fase|estadio|estadío|grado|versión|ciclo|nivel|etapa|temporada|episodio|capítulo|estágio|grau|versão|nível|episódio|stadio|versione|livello|tappa|stagione|capitolo`;
/** Nouns of a span of time that, right before a number, name one of a count of them: "at week 12", "on day 3", "à la semaine 12". */
const TIME_LABEL_NOUNS = String.raw`weeks?|days?|months?|years?|semaine|jour|mois|Woche|Tag|Monat|semana|día|dia|mes|mês|settimana|giorno|mese`;
/** A word before a noun of time that makes it a span a figure is counted over, not a label: "a day", "per week", "al día", "am Tag", "last week". */
const TIME_AS_SPAN = /(?<![\p{L}])(?:a|an|per|each|every|this|that|last|next|one|same|whole|entire|previous|following|par|chaque|cette|ce|al|por|cada|este|esta|ese|esa|ao|am|pro|je|jeden|jede|diese[mn]?|letzte[nm]?|nächste[nm]?|ogni|questo|questa|quel|quella)\s+$/iu;
const LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${LABEL_NOUNS})\s+(?:(?:no\.?|nr\.?|n\.?º|#)\s*)?$`, 'iu');
const TIME_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TIME_LABEL_NOUNS})\s+$`, 'iu');

/**
 * Whether a bare number is a label of what the noun before it names, no figure: "phase 3", "grade 2", "version 5" always;
 * "at week 12", "on day 3", "à la semaine 12" when the noun of time is no span the figure is counted over ("a day", "per
 * week", "al día", "last week") and the number counts nothing of its own ("am Tag 300.000 Fahrgäste" counts passengers).
 */
export function labelNumber(text: string, q: QuantityMatch): boolean {
  if (q.quantity.unit !== '' || !/^\d+[a-z]?$/u.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return false;
  const before = text.slice(Math.max(0, q.span.start - 30), q.span.start);
  if (q.span.start !== q.numberSpan.start) return false;
  if (LABEL_BEFORE.test(before)) return true;
  const time = TIME_LABEL_BEFORE.exec(before);
  if (!time) return false;
  if (TIME_AS_SPAN.test(before.slice(0, time.index))) return false;
  const word = /^\s*(\p{L}+|\p{N})/u.exec(text.slice(q.span.end, q.span.end + 40))?.[1];
  return word === undefined || FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * "down one place", "climbed two places", "fell 5 places", "went up three positions": a move in a ranking (a verb of rise or
 * fall, or "up"/"down", right before a count of places), no position in it.
 */
const PLACES_MOVED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${RISE_OR_FALL}|up|down|slips|slip|slipping|moved|moves|moving|went|goes|going|jumping|climb|fall|drop|rise)\s+(?:(?:up|down)\s+)?(?:by\s+)?(?:another\s+|a\s+further\s+|just\s+|only\s+)?$`,
  'iu',
);
const PLACES_MOVED_AFTER = /^[\p{L}\p{N}.,-]+\s+(?:places?|positions?|spots?|notches?|rungs?)(?![\p{L}])/iu;

/** "No two people work in the same city", "no 10 stores are alike": a count after "no" counts nothing there is. */
const NO_BEFORE = /(?<![\p{L}\p{N}])no\s+$/iu;
/**
 * "does not have 56 billion parameters", "isn't 40 employees", "never had 12": a figure right after a denied verb (a hedge
 * may stand between) is said not to hold. A bound ("not more than 5", "does not exceed 5") is no denial: its words are not here.
 */
const DENIED_BEFORE =
  /(?<![\p{L}])(?:(?:does|do|did|has|have|had|is|are|was|were)(?:\s+not|n['’]t)|never)\s+(?:(?:have|has|had|contain|weigh|cost|hold|carry|employ|use)\s+)?(?:(?:about|around|roughly|some|exactly|quite|nearly|almost)\s+)?$/iu;

/**
 * Whether the figure at `span` (in `unit`) is an increment, an amount paid on top, a milestone, a threshold, an amount over
 * a window or the window itself: no value of its subject. (Where two patterns must both match, the one anchored at the start
 * of the text after the figure is asked first: it fails at once on most figures and spares the other, tried at every place.)
 */
export function notItsValue(text: string, span: { start: number; end: number }, unit: string): boolean {
  const before = (n: number) => text.slice(Math.max(0, span.start - n), span.start);
  return (
    NO_BEFORE.test(before(4)) ||
    DENIED_BEFORE.test(before(40)) ||
    ORDINAL_BEFORE.test(before(2)) ||
    FEW_OF_A_WHOLE_BEFORE.test(before(12)) ||
    FEW_OF_A_WHOLE_AFTER.test(text.slice(span.end, span.end + 12)) ||
    (PLACES_MOVED_AFTER.test(text.slice(span.start, span.end + 24)) && PLACES_MOVED_BEFORE.test(before(40))) ||
    RANK_BEFORE.test(before(12)) ||
    (ONE.test(text.slice(span.start, span.end)) && NEGATED_BEFORE.test(clauseBefore(text, span.start, 40))) ||
    INCREMENT.test(before(20)) ||
    INCREMENT_AFTER.test(text.slice(span.end, span.end + 40)) ||
    (CURRENCY_CODES.has(unit) && MONEY_MORE_AFTER.test(text.slice(span.end, span.end + 12))) ||
    MILESTONE.test(before(24)) ||
    RECORD_BEFORE.test(before(50)) ||
    (CLAUSE_OPENS.test(before(4)) && RECORD_AFTER.test(text.slice(span.end, span.end + 80))) ||
    THRESHOLD_BEFORE.test(before(60)) ||
    (THRESHOLD_AFTER.test(text.slice(span.end, span.end + 40)) && BOUND_BEFORE.test(before(24))) ||
    WINDOW_ITSELF.test(before(30)) ||
    WINDOW_AFTER.test(text.slice(span.end, span.end + 100)) ||
    WINDOW_BEFORE.test(before(100)) ||
    STILL_TO_COME.test(text.slice(span.end, span.end + 60)) ||
    (COUNTED_OVER.test(text.slice(span.start, span.start + 60)) && RATE_BEFORE.test(before(60))) ||
    listedPart(before(120), text.slice(span.end, span.end + 100)) ||
    SEGMENT_BEFORE.test(before(60)) ||
    SEGMENT_COMPOUND_BEFORE.test(before(60)) ||
    APART_AFTER.test(text.slice(span.end, span.end + 24))
  );
}

/** A small number, in digits or in English words, as a ratio writes its terms ("1", "one", "three", "1,000"). */
const RATIO_TERM = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+hundred|a\s+thousand)`;
/** The joint of a ratio: "1 in 10", "3 out of 4", "2 of every 5" (not "112 of 151", a rank among others). */
const RATIO_JOINT = String.raw`\s+(?:in|out\s+of|of\s+every)\s+`;
const RATIO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${RATIO_TERM}${RATIO_JOINT}$`, 'iu');
/** (Not "1 in 2016", a year.) */
const RATIO_AFTER = new RegExp(String.raw`^${RATIO_JOINT}(?!(?:19|20)\d\d(?![\p{N}]))${RATIO_TERM}(?![\p{L}\p{N}])`, 'iu');

/**
 * Whether the figure is a term of a ratio ("1 in 10 students", "3 out of 4 students", "one in five", "2 of every 5"): a
 * proportion, no count of the noun that follows.
 */
export function ratioTerm(text: string, q: QuantityMatch): boolean {
  return RATIO_BEFORE.test(text.slice(Math.max(0, q.numberSpan.start - 24), q.numberSpan.start)) || RATIO_AFTER.test(text.slice(q.numberSpan.end, q.numberSpan.end + 40));
}

/**
 * A count of the people a sentence cites, no figure of it: "according to two people with knowledge of the talks", "three
 * sources said", "two officials told …", "según dos personas", "selon deux sources", "zwei Insidern zufolge", "关系者2人によると",
 * "据两名知情人士".
 */
const CITING_BEFORE =
  /(?<![\p{L}])(?:according\s+to|citing|quoting|selon|d['’]après|según|de\s+acuerdo\s+con|citando|laut|secondo|segundo|de\s+acordo\s+com|conforme)\s+(?:(?:some|about|around|at\s+least|more\s+than|environ|au\s+moins|unas?|unos|al\s+menos|mindestens|almeno|pelo\s+menos)\s+)?$|[据據]\s*$|(?:関係者|消息筋|情報筋|捜査関係者)\s*$/iu;
/** Nouns of those who speak for a story (never a count the story is about when they speak in it). */
const SPEAKERS = String.raw`(?:sources|officials|insiders|executives|people|persons|individuals|fuentes|funcionarios|personas|personnes|responsables|Quellen|Insider[n]?|Personen|fonti|funzionari|persone|fontes|pessoas)`;
/** What makes them speakers: "familiar with", "with knowledge of", "briefed on", "close to", "who spoke on condition". */
const SPEAKING = String.raw`(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?knowledge|knowledgeable|briefed\s+on|close\s+to|in\s+the\s+know|who\s+(?:spoke|asked|requested|declined|(?:were|are)\s+not\s+authori[sz]ed)|familiarizad[oa]s|conocedor[ae]s|al\s+tanto|cercan[oa]s\s+a|proches?\s+d|au\s+fait|informées|vertraute|zufolge|vicin[ei]\s+a|a\s+conoscenza|informat[ei]|pr[óo]xim[oa]s\s+(?:a|de|do|da)|familiarizad[oa]s)`;
/** Verbs of saying right after sources or officials: "three sources said", "two officials told Reuters". */
const SAYING = String.raw`(?:said|say|says|told|confirmed|dijeron|indicaron|señalaron|confirmaron|explicaron|ont\s+(?:indiqué|déclaré|confirmé|affirmé|dit|expliqué)|sagten|berichteten|bestätigten|hanno\s+(?:detto|riferito|confermato)|disseram|afirmaram|confirmaram)`;
const SPEAKERS_AFTER = new RegExp(
  String.raw`^\s*(?:${SPEAKERS}\s+(?:[\p{L}-]+\s+){0,3}?${SPEAKING}|(?:sources|officials|insiders|fuentes|funcionarios|responsables|Quellen|Insider[n]?|fonti|funzionari|fontes)\s+${SAYING}|(?:[\p{L}-]+\s+){1,4}vertraute[n]?\s+(?:Personen|Kreise[n]?|Quellen))(?![\p{L}])`,
  'iu',
);
/** "関係者2人によると", "2人の関係者", "两名知情人士": a count of insiders, in Japanese or Chinese. */
const SPEAKERS_AFTER_HAN = /^\s*(?:[人名])?\s*(?:によると|によれば|の(?:関係者|捜査関係者)|が明らかに)|^\s*[名位个個]?\s*(?:知情人士|消息人士|知情者|消息来源|消息來源)/u;

/** Whether the figure counts the people the sentence cites ("according to two people"), no value of its own. */
export function countsItsSources(text: string, q: QuantityMatch): boolean {
  if (CURRENCY_CODES.has(q.quantity.unit)) return false;
  const before = text.slice(Math.max(0, q.span.start - 40), q.span.start);
  if (CITING_BEFORE.test(before)) return true;
  const after = text.slice(q.numberSpan.end, q.numberSpan.end + 80);
  return SPEAKERS_AFTER.test(after) || SPEAKERS_AFTER_HAN.test(after);
}

/** After a figure, what makes it the gap between two things: "two bores 40 m apart", "given eleven days apart", "à 40 m l'un de l'autre". */
const APART_AFTER = /^\s*(?:apart(?!\s+from)|from\s+each\s+other|from\s+one\s+another|voneinander(?:\s+entfernt)?|l['’]une?\s+de\s+l['’]autre|de\s+distancia\s+entre\s+s[ií]|di\s+distanza)(?![\p{L}])/iu;

/**
 * "Revenue of its software division was ¥498 billion", "the cloud segment's sales", "ソフトウエア部門の売上高", "게임 부문
 * 매출": a figure of one division, segment or subsidiary in its clause, no value of the whole company (one segment named).
 */
const SEGMENT_BEFORE =
  /(?<![\p{L}])(?:its|their|the|a|his|her|seine?|ihre?|sa|son|su|sua)\s+(?:[\p{L}-]+\s+){0,3}?(?:division|segment|business\s+unit|subsidiary|Sparte|Geschäftsbereich|branche|pôle|filiale|división|filial|segmento|divisione|controllata)(?:['’]s\s+(?:[\p{L}-]+\s+){0,3}?|\s+(?:was|were|is|are|rose|fell|grew|reached|totalled|totaled|hit|came\s+to|stood\s+at)\s+(?:to\s+|at\s+)?)$|(?:部門|事業部|セグメント|부문|사업부|部门|事业部|板块)[^，。；、,;.]{0,12}$/iu;

/**
 * "Snacks segment net sales were", "Memory division revenue:": a division or a segment named in lower case right before the
 * words of the figure (case-sensitive: "the Premier Division season" is a league's).
 */
const SEGMENT_COMPOUND_BEFORE =
  /(?<![\p{L}])(?:division|segment|división|segmento|divisione)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]*\s*(?:[:：]\s*|\s(?:was|were|is|are|rose|fell|grew|reached|totalled|totaled|hit|came\s+to|stood\s+at)\s+(?:to\s+|at\s+)?)$/u;
/** "is made up of", "consists of", "split into", "se compone de", "besteht aus": what follows lists the parts of a whole. */
const PARTS_LISTED =
  /(?<![\p{L}])(?:made\s+up\s+of|consists?\s+of|consisted\s+of|comprises|comprised\s+of|composed\s+of|split\s+(?:into|between)|broken\s+down\s+into|divided\s+into|se\s+compone\s+de|compuesto\s+por|composé\s+de|se\s+décompose\s+en|besteht\s+aus|setzt\s+sich\s+aus|è\s+composto\s+da)\s([^.;!?]{0,100})$/iu;
/** After a part, the next one: "and", "plus" or a comma, then a figure right after (not a year: "and opened in 2021"). */
const NEXT_PART = /^[^.;!?]{0,80}?(?:,|(?<![\p{L}])(?:and|plus|y|et|und|e)(?![\p{L}]))\s*(?:(?:up\s+to|about|around|another|some|a|an)\s+)?[$€£¥]?\s?(?!(?:19|20)\d\d(?!\d))\p{N}/iu;
/** Before a part that is not the first: the list's "and", "plus" or comma right before the figure. */
const AFTER_A_PART = /(?:,|(?<![\p{L}])(?:and|plus|y|et|und|e)(?![\p{L}]))\s*(?:(?:up\s+to|about|around|another|some|a|an)\s+)?[$€£¥]?\s?$/iu;

/**
 * "The fee is made up of a €33m guaranteed payment and up to €5m in add-ons": each figure of a list of parts after
 * "made up of" is a part, no value of the whole ("The squad consists of 25 players", one figure, is the whole's).
 */
function listedPart(before: string, after: string): boolean {
  const m = PARTS_LISTED.exec(before);
  return m !== null && ((/\p{N}/u.test(m[1]!) && AFTER_A_PART.test(m[1]!)) || NEXT_PART.test(after));
}

/** A number in words scaled by a word: "one million", "two hundred", "一百万". */
const SCALED_WORDS = /(?<![\p{L}])(?:hundred|thousand|million|billion|trillion|dozen)(?![\p{L}])|[百千万萬亿億]/iu;
/** What may stand between a number in words and the trigger that says what it counts: a word or two ("four top-tier matches remaining"). */
const NOUN_NEAR = /^(?:\s+[\p{L}][\p{L}'’-]*){0,2}\s+$/u;

/**
 * Whether a number in words ("five games left", "four hat-tricks", "one million tokens") is a figure: scaled, or naming
 * what it counts, a unit or a trigger right after it (`triggers` are asked only then). Alone it is too often no value at all ("two reasons", "两种规模",
 * "three popular benchmarks such as X").
 */
/** A number mark just before a number word: "number", "No.", "numéro", "n°". */
const AFTER_A_NUMBER_MARK = /(?<!\p{L})(?:number|no\.|num[ée]ro|n[°º])\s+$/iu;

export function namesWhatItCounts(q: QuantityMatch, text: string, triggers: () => readonly Span[]): boolean {
  if (q.quantity.unit !== '' || SCALED_WORDS.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return true;
  // "number one", "n° dix-sept": the mark says what the word is (src/normalise/numbers.ts, rankWordAt).
  if (AFTER_A_NUMBER_MARK.test(text.slice(Math.max(0, q.numberSpan.start - 12), q.numberSpan.start))) return true;
  return triggers().some((t) => t.start >= q.span.end && NOUN_NEAR.test(text.slice(q.span.end, t.start)));
}

/** A verb by which something is changed, in any form ("cut", "lowering", "extended"), before the change's ends. */
const MOVED_BY = String.raw`(?:${CHANGE_VERBS}|lower|lowering|reduce|raise|raising|increase|increasing|decrease|decreasing|trim|boost|boosting|lift|slash|shrink|extended|extends|extending|went|moved|moving|shifted|shifting|improved|improves|improving|worsened|climbed|jumped)`;

/**
 * "shares slid from last week's close of $71.40 to $63.10", "went from 12 to 30", "raised the rate by 25 basis points, from
 * 4.25% to 4.5%": the value a change started from (a verb of change, "from" and a few words before the figure, "to" and a
 * figure after it); "sizes from 7B to 65B" is a range.
 */
const FROM_BEFORE_A_CHANGE = new RegExp(
  String.raw`(?<![\p{L}])${MOVED_BY}\s+(?:\p{L}+ly\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:by\s+[\p{L}\p{N}.'’-]+(?:\s+[\p{L}-]+){0,2},?\s+)?from\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$`,
  'iu',
);
/**
 * "to $3.1 billion", also after the start's own year: "from $2.2 billion in 2019 to …", "… (FY2019) to …", or after a short
 * phrase of method or condition, four words at most and no figure: "from 71.2% with plain decoding to 80.4%".
 */
const TO_AFTER_A_CHANGE =
  /^\s*(?:,?\s*(?:in|at\s+the\s+end\s+of|as\s+of)\s+(?:(?:fiscal|FY)\s*(?:year\s+)?)?(?:19|20)\d\d(?:\s*[-–/]\s*\d\d)?\s*,?\s*|\s*\((?:FY\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*\d\d)?\)\s*|\s+for\s+(?:the|its|their)\s+(?:previous|prior|earlier|last|older|first)\s+[\p{L}-]+\s*,?\s*|\s*,?\s*(?:with|using|under|via)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s*,?\s+)?to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£¥]?\s?\d/iu;

/**
 * A change's verb, the level it reached and "from" ("slumped to 97 seats from ", "rose to $412 million, or 87 cents a share,
 * from "): the figure after it is where it started.
 */
/** A word FROM_BEFORE_A_CHANGE and TO_THEN_FROM_BEFORE need. */
const FROM = /from/iu;
const TO_THEN_FROM_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${MOVED_BY}\s+(?:\p{L}+ly\s+)?(?:[\p{L}'’-]+\s+){0,2}?to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£¥]?\s?\d[\d.,]*\s*(?:[\p{L}%]+\s*){0,2}?(?:,\s*or\s+[$€£¥]?\d[\d.,]*\s*(?:[\p{L}%]+\s*){0,3}?,\s*)?from\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$`,
  'iu',
);

/** Spanish and French verbs of change: "redujo la multa de X a Y", "a été ramenée de X à Y". */
const CHANGE_VERBS_ES_FR = String.raw`(?:redujo|reduce|reducida|reducido|rebajó|rebaja|rebajada|rebajado|recortó|recorta|recortada|recortado|aumentó|aumenta|aumentada|aumentado|elevó|eleva|elevada|elevado|subió|sube|bajó|baja|cayó|cae|pasó|pasa|creció|crece|disminuyó|disminuye|réduit|réduite|abaissé|abaissée|ramené|ramenée|ramène|passé|passée|passe|augmenté|augmentée|relevé|relevée|baissé|baissée|tombé|tombée|grimpé|diminué|diminuée|chuté)`;

/**
 * The start of a change, in the languages news is written in: the text before a figure and the text after it. English
 * "from … to"; Spanish "de … a" and French "de … à" after a verb of change; German "von … auf" ("von 2,6 auf 2,2
 * Milliarden gesenkt"); Chinese 从/由 before the figure and a verb of change with 至/到 after it ("由2.6亿降至2.2亿").
 */
const CHANGE_STARTS: readonly (readonly [before: RegExp, after: RegExp, needs?: RegExp])[] = [
  [FROM_BEFORE_A_CHANGE, TO_AFTER_A_CHANGE, FROM],
  // "slumped to 97 seats from 112 (in 2021)", "cut it to €2.2 billion from €2.6 billion": the level reached comes first.
  [TO_THEN_FROM_BEFORE, /(?:)/u, FROM],
  [
    new RegExp(String.raw`(?<![\p{L}])${CHANGE_VERBS_ES_FR}\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:de|d['’])\s*(?:(?:los|las|la|el|les)\s+)?$`, 'iu'),
    /^\s*(?:a|à|hasta)\s+(?:(?:los|las|unos|unas|environ|près\s+de)\s+)?[$€£¥]?\s?\d/iu,
  ],
  [/(?<![\p{L}])(?:von|vom)\s+(?:(?:rund|etwa|knapp|ursprünglich|zunächst)\s+)?$/iu, /^\s*auf\s+(?:(?:rund|etwa|knapp)\s+)?[$€£¥]?\s?\d/iu],
  // "从84.1提高到92.7", "从上一代的84.1提高到92.7": a few words of whose the start was may stand between.
  [/[从從由](?:[^，。；、,;\d]{0,8}?的)?\s*$/u, /^\s*(?:[降减減增涨漲跌升调調提下上回]\p{Script=Han}?\s*[至到]|[降减減增涨漲跌升]\s*为)/u],
];

/**
 * Whether a figure is the value a change started from ("cut from $2.6 billion to $2.2 billion", "redujo de 2.615 a 2.215").
 * (A word the pattern before needs, then the pattern after, anchored at its start, are asked first: most figures fail one of
 * them at once, and are spared the pattern before, tried at every place of 80 characters.)
 */
export const startsAChange = (before: string, after: string): boolean =>
  CHANGE_STARTS.some(([from, to, needs]) => (needs === undefined || needs.test(before)) && to.test(after) && from.test(before));

/** Whether "X to Y" read as one range is the two ends of a change ("climbed from its listing price of €41.20 to €44.90"). */
export const changeAsRange = (before: string): boolean => FROM_BEFORE_A_CHANGE.test(before);

/** Verbs that shift a date or a span: "moving the end of support by seven months", "pushed back by two weeks". */
const SHIFT_VERBS = String.raw`(?:move|moves|moved|moving|shift|shifts|shifted|shifting|delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|push(?:es|ed|ing)?\s+back|(?:bring|brings|bringing|brought)\s+forward|extends|extended|extending)`;

/** The same verbs in their base form, after a plural subject or an auxiliary: "fees rise by", "will increase by", "could go up by". */
const CHANGE_VERBS_BASE = String.raw`(?:increase|grow|rise|climb|jump|fall|drop|decline|decrease|sink|slip|slump|plummet|plunge|tumble|soar|surge|dip|slide|reduce|diminish|lower|raise|boost|lift|shrink|slash|trim|expand|(?:go|goes|going|went|gone)\s+(?:up|down))`;
/**
 * "cut the value of its stake by 40%", "moving the end date by seven months", "fees rise by £250": a verb of change, then
 * "by" right before the figure, in one clause.
 */
export const CHANGED_BY = new RegExp(
  String.raw`(?<![\p{L}])(${CHANGE_VERBS}|${CHANGE_VERBS_BASE}|${SHIFT_VERBS})(?![\p{L}])[^.;:!?,]{0,60}?(?<![\p{L}])by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$`,
  'iu',
);

/**
 * The same in German, French, Spanish, Italian and Portuguese: a verb of growth or decline, at most three words (its subject
 * or object, no preposition) and the preposition that gives the size of the change right before the figure: "wächst der
 * Konzern um rund 600", "augmente ses effectifs de 700", "d'environ", "crece en unos 700", "creció un 5%", "cresce di circa
 * 700", "cresceu em 700"; also "en hausse de", "in calo di". The level a change reached ("um 600 auf 9.800", "de 5 % à")
 * keeps its own preposition and is read.
 */
const GROWTH_VERBS_DE = String.raw`(?:wächst|wachsen|wuchs|wuchsen|gewachsen|steigt|steigen|stieg|stiegen|gestiegen|sinkt|sinken|sank|sanken|gesunken|fällt|fiel|fielen|gefallen|erhöht|erhöhte|erhöhten|erhöhen|senkt|senkte|senkten|gesenkt|verringert|verringerte|verringerten|reduziert|reduzierte|reduzierten|vergrößert|vergrößerte|schrumpft|schrumpfte|schrumpften|geschrumpft|nimmt|nahm|nahmen|legt|legte|legten|stockt|stockte|aufgestockt)`;
const GROWTH_VERBS_FR = String.raw`(?:augmente|augmentent|augmenté|augmentée|augmentés|augmentées|progresse|progressent|progressé|recule|reculent|reculé|baisse|baissent|baissé|baissée|diminue|diminuent|diminué|diminuée|croît|croissent|crû|grimpe|grimpent|grimpé|chute|chutent|chuté|accru|accrue|accroît|réduit|réduite|réduisent|en\s+(?:hausse|baisse|progression|recul|repli))`;
const GROWTH_VERBS_ES = String.raw`(?:crece|crecen|creció|crecieron|crecido|aumenta|aumentan|aumentó|aumentaron|aumentado|sube|suben|subió|subieron|subido|cae|caen|cayó|cayeron|caído|bajó|bajaron|bajado|disminuye|disminuyen|disminuyó|disminuyeron|disminuido|incrementa|incrementan|incrementó|incrementaron|incrementado|reduce|reducen|redujo|redujeron|reducido|amplía|amplían|amplió|ampliaron|ampliado|recorta|recortan|recortó|recortaron|recortado)`;
const GROWTH_VERBS_IT = String.raw`(?:cresce|crescono|cresciut[oaie]|aumenta|aumentano|aumentat[oaie]|sale|salgono|salit[oaie]|cala|calano|calat[oaie]|scende|scendono|sces[oaie]|diminuisce|diminuiscono|diminuit[oaie]|incrementa|incrementano|incrementat[oaie]|riduce|riducono|ridott[oaie]|in\s+(?:crescita|calo|aumento|rialzo|flessione|diminuzione))`;
const GROWTH_VERBS_PT = String.raw`(?:cresce|crescem|cresceu|cresceram|crescido|aumentou|aumentaram|subiu|subiram|caiu|caíram|diminuiu|diminuíram|reduziu|reduziram)`;
/** Words that may stand between the verb and its preposition: no preposition of their own ("avec l'arrivée de 600" is no change's size). */
const BETWEEN_VERB_AND_SIZE = String.raw`(?:(?!(?:auf|von|vom|mit|für|bei|nach|zu|avec|à|au|aux|de|du|des|par|pour|sur|dans|a|al|con|por|para|sobre|hasta|desde|di|da|per|su|fino|com|até|e|et|y|und|ou|o|oder)(?![\p{L}'’]))[\p{L}'’-]+\s+){0,3}?`;
export const CHANGED_BY_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:${GROWTH_VERBS_DE}\s+${BETWEEN_VERB_AND_SIZE}um\s+(?:(?:rund|etwa|knapp|fast|gut|ungefähr|circa|mehr\s+als|über|nahezu)\s+)?|${GROWTH_VERBS_FR}\s+${BETWEEN_VERB_AND_SIZE}(?:de\s+|d['’])(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?|${GROWTH_VERBS_ES}\s+(?:${BETWEEN_VERB_AND_SIZE}en\s+(?:(?:unos|unas|un|una|alrededor\s+de|cerca\s+de|casi|más\s+de)\s+)?|(?:unos|unas|un|una)\s+)|${GROWTH_VERBS_IT}\s+${BETWEEN_VERB_AND_SIZE}(?:di\s+|del\s+|dello\s+|della\s+|dell['’])(?:(?:circa|quasi|oltre|più\s+di)\s+)?|${GROWTH_VERBS_PT}\s+${BETWEEN_VERB_AND_SIZE}(?:em\s+|cerca\s+de\s+)(?:(?:cerca\s+de|quase|mais\s+de|uns|umas)\s+)?)$`,
  'iu',
);
/** German with the verb at the end: "um rund 600 Beschäftigte gewachsen", "um 600 zunahm" (the figure's text and after). */
const CHANGED_BY_DE_BEFORE = /(?<![\p{L}])um\s+(?:(?:rund|etwa|knapp|fast|gut|ungefähr|circa|mehr\s+als|über|nahezu)\s+)?$/iu;
const CHANGED_BY_DE_AFTER =
  /^[^.;:!?,]{0,40}?(?<![\p{L}])(?:gewachsen|gestiegen|gesunken|gefallen|zugenommen|abgenommen|zugelegt|geschrumpft|erhöht|gesenkt|verringert|reduziert|wuchs|wuchsen|stieg|stiegen|sank|sanken|fiel|fielen|zunahm|abnahm|zulegte|zulegten)(?![\p{L}])/iu;
/** Whether a German figure is the size of a change whose verb stands after it ("um 600 Beschäftigte gewachsen"). */
export const changedByAfter = (before: string, after: string): boolean => CHANGED_BY_DE_BEFORE.test(before) && CHANGED_BY_DE_AFTER.test(after);

/**
 * A pack trigger that is a verb of change or of a level only, naming no noun ("fell to", "rose to", "stood at", "stieg auf",
 * "a chuté à", "cayó a", "降至"): in "its total value locked fell to $2 million" the noun's trigger before it owns the figure.
 */
export const VERB_ONLY_TRIGGER = new RegExp(
  String.raw`^(?:(?:${CHANGE_VERBS}|reached|reaches|hit|hits|stood|stands|closed|closes|ended|ends|finished|finishes|traded|trades|trading)(?:\s+(?:back|up|down))?(?:\s+(?:to|at|by|from|around))?|(?:stieg|stiegen|steigt|steigen|fiel|fielen|fällt|fallen|sank|sanken|sinkt|sinken|kletterte|kletterten)(?:\s+(?:auf|um))?|(?:a\s+|ont\s+|est\s+|sont\s+)?(?:chuté|grimpé|baissé|augmenté|tombée?|reculé|progressé)(?:\s+(?:à|de))?|(?:cayó|cayeron|subió|subieron|bajó|bajaron|aumentó|aumentaron)(?:\s+(?:a|hasta))?|[降减減增涨漲跌升]\p{Script=Han}?[至到]|回落[至到]?)$`,
  'iu',
);

/** A move, then the level it reached: "up 4.5% to", "fell 3 points to" (before the figure). */
const MOVE_TO = String.raw`(?:${CHANGE_VERBS}|up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?[\d.,]+\s*(?:%|percent|per\s+cent|points?|cents?|pence|p)\s+to\s+`;

/**
 * The size of a move or of a miss, not a level: "rose 5 cents to 64 cents", "fell 12 cents to $4.10", "beat estimates by
 * 3 cents", "missed by 2p" (a verb of change right before and a level after "to", or a verb of beating and "by").
 */
const MOVE_SIZE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${CHANGE_VERBS}|up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+)?$`, 'iu');
/** (moveSize asks it, anchored, before MOVE_SIZE_BEFORE, which is tried at every place of the text before.) */
const LEVEL_AFTER = /^\s+to\s+[$€£¥]?\s?\d/iu;
const MISSED_BY_BEFORE = /(?<![\p{L}])(?:beat|beats|beating|missed|misses|missing|topped|tops|exceeded|exceeds|surpassed|trailed|trails)(?:\s+[\p{L}'’-]+){0,4}?\s+by\s+(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+)?$/iu;
export const moveSize = (before: string, after: string): boolean => (LEVEL_AFTER.test(after) && MOVE_SIZE_BEFORE.test(before)) || MISSED_BY_BEFORE.test(before);
/** The same in Chinese: "上涨4.1%至". */
const MOVE_TO_HAN = String.raw`(?:上涨|上漲|上扬|上揚|大涨|大漲|下跌|下挫|大跌|暴跌|涨|漲|跌)了?[\d.,]+\s*%至\p{Script=Han}{0,2}$`;
/** "up 4.5% to $41.63", "上涨4.1%至": a level a market reached after a move, which holds only at its time. */
export const MOVED_TO = new RegExp(String.raw`(?<![\p{L}])${MOVE_TO}(?:about\s+|around\s+|nearly\s+|almost\s+)?$|${MOVE_TO_HAN}`, 'iu');
/**
 * A running tally, a level at the time of writing: "took her to 27 goals", "the toll rose to 2,417", "fell to", "stood at",
 * "up 4.1% to $38.20", "上涨4.1%至",
 * "52 goals so far", "to date", "as of press time", "now has 900 staff", "currently sells for $6.29", "kostet derzeit", "12 titles to her name", "five games left", "with seven matches remaining",
 * "five are still missing", "截至目前仍有5人" (not "grew 20%": a change). Group 1, when there is one, is the
 * cue that names the time ("so far").
 */
/** "截至目前仍有5人", "目前已有", "仍有": as of press time, now, still. */
const STILL_HAN = String.raw`(?:(?:截至|截止)[^，,。；]{0,8}?(?:时|時)?[，,]?\s*(?:仍有|仍然有|尚有|仍|共有|已有|有)?|(?:目前|至今|迄今)(?:仍|已|共)?有?|仍有|仍然有|尚有)\s*(?:约|約|近|逾|超过|超過)?$`;
/** "降至约2.6亿美元", "跌至", "升到": a verb of change and 至/到 before the level it reached, as "fell to" (not "从…降至…"'s start). */
const MOVED_TO_LEVEL_HAN = String.raw`(?:下降|上升|下跌|上涨|上漲|增长|增長|减少|減少|回落|回升|降|减|減|增|涨|漲|跌|升)(?:至|到)\s*(?:约|約|近|逾|超过|超過)?$`;
export const RUNNING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:took|takes|taking|brought|brings|bringing|moved|moves|lifted|lifts|pushed|pushes)\s+(?:him|her|it|them|(?:his|her|its|their|the)\s+(?:tally|total|toll|count|number))\s+to\s+|(?:${CHANGE_VERBS}|(?:is|was|are|were|now)\s+down)\s+to\s+|${MOVE_TO}|(?:stood|stands|standing)\s+at\s+|(?:now|currently|presently|at\s+present)\s+(?:has|have|employs|employ|counts|count|numbers|number|totals|total|holds|hold|sells\s+for|sell\s+for|costs|cost|retails\s+for|retail\s+for|(?:is|are)\s+priced\s+at)\s+|(?:compte|comptent|emploie|emploient|coûte|coûtent)\s+actuellement\s+|(?:actualmente\s+(?:cuenta\s+con|cuentan\s+con|tiene|tienen|emplea|emplean|cuesta|cuestan)|(?:cuenta\s+con|cuentan\s+con|tiene|tienen|emplea|emplean|cuesta|cuestan)\s+actualmente)\s+|(?:attualmente\s+(?:conta|contano|impiega|impiegano|costa|costano)|(?:conta|contano|impiega|impiegano|costa|costano)\s+attualmente)\s+|(?:atualmente\s+(?:conta\s+com|contam\s+com|tem|têm|emprega|empregam|custa|custam)|(?:conta\s+com|contam\s+com|tem|têm|emprega|empregam|custa|custam)\s+atualmente)\s+|(?:derzeit\s+(?:hat|haben|zählt|zählen|beschäftigt|beschäftigen|kostet|kosten)|(?:hat|haben|zählt|zählen|beschäftigt|beschäftigen|kostet|kosten)\s+derzeit)\s+|(?:has\s+|have\s+)?reached\s+|(so\s+far|to\s+date|thus\s+far|(?:as\s+of|at)\s+press\s+time|as\s+of\s+(?:this\s+)?writing)\s*,?\s+(?:[\p{L}-]+\s+){0,3}?)(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$|${MOVE_TO_HAN}|${STILL_HAN}|${MOVED_TO_LEVEL_HAN}`,
  'iu',
);
export const RUNNING_AFTER =
  /^(?:[^.;:!?]{0,40}?(?<![\p{L}])(?:(so\s+far|to\s+date|thus\s+far|as\s+of\s+now|at\s+the\s+time\s+of\s+writing)|to\s+(?:his|her|its|their)\s+name|remaining|left(?=\s*(?:[,.;:!?)]|$|\s+(?:to|in|for|on|this|that)(?![\p{L}])))|to\s+go|(?:still\s+)?to\s+play)(?![\p{L}])|[\d.,]*\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:are|is|were|was)\s+still|remains?\s+(?=(?:without|missing|unaccounted|trapped|stranded|displaced|homeless|in\s+hospital|hospitali[sz]ed|offline|closed|shut|on\s+strike)(?![\p{L}]))|(?:werden|wird|sind|ist)\s+(?:immer\s+)?noch|(?:sont|est)\s+toujours|(?:siguen|sigue|continúan|continúa)\s+(?=\p{L}))|[^。；！？，、,.;!?]{0,4}?(?:仍然|依然|仍))/iu;

/** Verbs by which a price or a level moves, with no object: the figure right after one is the size of the move ("jumped 7%"). */
const MOVE_VERBS = String.raw`(?:${RISE_OR_FALL}|jumping|declining|growing|gain|gained|gains|gaining|lose|lost|loses|losing|shed|sheds|shedding|sinks|slips|slumps|rallied|rallies|spiked|spikes|skyrocketed|up|down|wiped\s+out|erased|add|added|adds|adding|ajout(?:e|er|é|ée|era|eront|ent)|añad(?:e|ir|ió|irá|en)|agreg(?:a|ar|ó|ará|an)|aggiung(?:e|ere|erà|ono)|aggiunt[oaie]|adicion(?:a|ar|ou|ará|am)|stieg(?:en)?|fiel(?:en)?|verlor(?:en)?|subió|subieron|cayó|cayeron|bajó|bajaron|perdió|perdieron|grimpé|chuté|recul[ée])`;

/** A noun that names a move, before "of" or after its figure: "a gain of 19%", "a 12% drop", "a decrease of 15%". */
const CHANGE_NOUN = '(?:gain|jump|rise|drop|fall|decline|surge|plunge|slump|slide|increase|decrease|reduction|dip)';

/**
 * A move with no base of its own, right after its verb ("jumped 7%", "up 31.4%", "rose as much as 9%", "fell nearly 3
 * percent", "lost $84 billion", "trading higher by 4%", "上扬3.71%", "stieg um 3%"), or named as one ("a gain of 19%", "a 12% drop", "a decrease of 15%", "a 7% increase"): the change up
 * to the time of writing, as a running level is the level then. Pages of different days state different moves. Read of
 * percentages, points and amounts of money only (prose.ts): "plunging 40,000 homes into darkness" is no move.
 */
export const CHANGE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])${MOVE_VERBS}\s+(?:(?:by|um|un|de)\s+)?|(?<![\p{L}])(?:higher|lower)\s+by\s+|(?<![\p{L}])(?:an?\s+)?${CHANGE_NOUN}\s+of\s+|(?:上涨|上漲|上扬|上揚|大涨|大漲|下跌|下挫|大跌|暴跌|暴涨|暴漲|跌|涨|漲)了?\s*)(?:as\s+much\s+as\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+|约|約|近|逾|超过|超過)?$`,
  'iu',
);
/** "a 12% drop", "a 5% jump in early trading", "a 7% increase": the figure names a change that follows it. */
export const CHANGE_AFTER = new RegExp(String.raw`^\s*(?:${CHANGE_NOUN}|rally)s?(?![\p{L}])`, 'iu');

/**
 * "Each node is powered by two CPUs", "Chaque nœud…", "Cada nodo…", "To put that in perspective, each server rack holds 72 GPUs": a
 * sentence about each of some parts (after an opening phrase at most), whose figures are each one's; not "each year", "every time".
 */
export const EACH_OPENING = /^\s*(?:[^,;:.!?\d]{1,40},\s*)?(?:each|every|chaque|cada|jede[rsmn]?|ogni)\s+(?!of(?![\p{L}]))(?!(?:year|month|week|day|quarter|time|season|summer|winter)(?![\p{L}]))[\p{L}]/iu;

/**
 * "Within that budget, the lander cost $30 million", "Of that amount, …", "Out of the total, …": a sentence that
 * opens on the whole it divides states parts; its figures are no value of the subject the context gives.
 */
export const PARTS_OPENING =
  /^\s*(?:within|of|out\s+of|from|inside)\s+(?:this|that|these|those|the|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:budget|amount|sum|total|figure|funding|money|cost|costs|envelope|allocation|pot|toll|number)\s*,/iu;

/**
 * The setting a benchmark score is measured in, as its words write it ("5-shot", "zero-shot", "pass@1", "maj@8", "top-1",
 * "with chain-of-thought"), lower case ("5-shot", "0-shot", "pass@1", "top-1", "cot"); undefined when none. Scores of one model in two settings
 * are two facts.
 */
export function benchmarkSetting(text: string): string | undefined {
  const m = SETTING_WORD.test(text) ? BENCHMARK_SETTING.exec(text) : null;
  if (!m) return undefined;
  if (m[1] !== undefined) return `${m[1]}-shot`;
  const word = m[0].toLowerCase().replace(/\s+/gu, '-');
  if (/^few/u.test(word)) return 'few-shot';
  const counted = SHOT_WORDS.indexOf(word.replace(/-shot$/u, ''));
  if (counted >= 0) return `${counted}-shot`;
  if (/cot|chain/u.test(word)) return 'cot';
  return word;
}
// Only Latin letters and digits bound a setting: in Chinese a setting is written against its neighbours ("的pass@1达到").
/** "zero-shot" … "ten-shot": a shot count in words, at its number's place. */
const SHOT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SETTING = String.raw`(?<![\p{Script=Latin}\p{N}])(?:(\d{1,2})[-\s]?shot|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|few)[-\s]shot|(?:pass|maj|cons)@\d{1,3}|top-\d{1,2}|CoT|chain[-\s]of[-\s]thought)(?![\p{Script=Latin}\p{N}])`;
const BENCHMARK_SETTING = new RegExp(SETTING, 'iu');
const BENCHMARK_SETTINGS = new RegExp(SETTING, 'giu');
/**
 * A word every setting holds ("shot", "@", "top-", "cot", "chain"), with SETTING's flags: a text without one holds no setting.
 * A cheap test first: SETTING's look-behind is tried at every place of every sentence, and few sentences hold a setting.
 */
const SETTING_WORD = /shot|@|top-|cot|chain/iu;

/**
 * Where a text writes a benchmark's setting ("pass@1", "maj@32", "top-1", "5 shot"): a number inside one is the setting's,
 * never a figure ("a QuizBench pass@1 of 52.3%" scores 52.3, not 1).
 */
export function settingSpans(text: string): { start: number; end: number }[] {
  if (!SETTING_WORD.test(text)) return [];
  return [...text.matchAll(BENCHMARK_SETTINGS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

let lastMasked: { text: string; masked: string } | undefined;
/** The text with the digits of its benchmark settings written "k" ("pass@k", "top-k"), for rules that read the numbers around a figure. */
export function settingsMasked(text: string): string {
  // (The sentence's last answer first: asked once per figure, the sentence is gone through once, not once per figure.)
  if (lastMasked?.text === text) return lastMasked.masked;
  const masked = SETTING_WORD.test(text) ? text.replace(BENCHMARK_SETTINGS, (s) => s.replace(/\d/gu, 'k')) : text;
  lastMasked = { text, masked };
  return masked;
}


/** Ordinal words before a noun of an instalment ("the second season", "la segunda temporada", "la deuxième saison", "die zweite Staffel"). */
const INSTALMENT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  primera: 1, segunda: 2, tercera: 3, cuarta: 4, quinta: 5, sexta: 6, primeira: 1, terceira: 3,
  première: 1, premiere: 1, deuxième: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
  erste: 1, zweite: 2, dritte: 3, vierte: 4, fünfte: 5, prima: 1, seconda: 2, terza: 3, quarta: 4,
};
/** Nouns of one instalment of a series, by language, with the form its variant takes: "season", "part". */
const SEASON_NOUNS = String.raw`season|temporada|saison|staffel|stagione`;
const INSTALMENT_NOUNS = String.raw`${SEASON_NOUNS}|part|parte|partie`;
/** "Season 2", "Temporada 2", "Saison 2", "Staffel 2", "Part 2" (a number only: not "Season Two", not "season 2023"). */
const INSTALMENT_NUMBERED = new RegExp(String.raw`(?<![\p{L}])(${INSTALMENT_NOUNS})\s+(\d{1,2})(?!\d|[.,:]\d|\p{L})`, 'giu');
/** "the second season", "la segunda temporada", "die zweite Staffel", "la deuxième saison" (seasons only: "the first part of the year" is no instalment). */
const INSTALMENT_ORDINAL = new RegExp(String.raw`(?<![\p{L}])(${Object.keys(INSTALMENT_ORDINALS).join('|')})\s+(${SEASON_NOUNS})(?![\p{L}])`, 'giu');
/** "シーズン2", "第2シーズン", "第二季" is not read. */
const INSTALMENT_CJK = /(?:第\s*(\d{1,2})\s*(シーズン|シリーズ|部)|(シーズン|パート)\s*(\d{1,2})(?!\d))/gu;

/** The variant a noun of an instalment gives: "season 2", "part 2" (the noun in English, whatever the language). */
function instalmentKind(noun: string): string {
  const n = noun.toLowerCase();
  return /^(?:part|parte|partie|パート|部)$/u.test(n) ? 'part' : 'season';
}

/**
 * The instalment of a series a figure at `anchor` of `sentence` is of, as "season 2" or "part 2": the nearest one its
 * sentence names before the figure, else the nearest after it; undefined when the sentence names none.
 * ("Kings: Season 2 drew 41.3 million hours", "The first season of Kings drew 9.6 million hours", "la temporada 2",
 * "シーズン2"). A number after its noun is a label, never a figure (`labelNumber`).
 */
export function instalmentAt(sentence: string, anchor: number): string | undefined {
  const found: { at: number; kind: string }[] = [];
  for (const m of sentence.matchAll(INSTALMENT_NUMBERED)) found.push({ at: m.index, kind: `${instalmentKind(m[1]!)} ${Number(m[2])}` });
  for (const m of sentence.matchAll(INSTALMENT_ORDINAL)) found.push({ at: m.index, kind: `${instalmentKind(m[2]!)} ${INSTALMENT_ORDINALS[m[1]!.toLowerCase()]}` });
  for (const m of sentence.matchAll(INSTALMENT_CJK)) found.push({ at: m.index, kind: m[1] !== undefined ? `${instalmentKind(m[2]!)} ${Number(m[1])}` : `${instalmentKind(m[3]!)} ${Number(m[4])}` });
  const before = found.filter((f) => f.at < anchor).sort((a, b) => b.at - a.at)[0];
  const after = found.filter((f) => f.at >= anchor).sort((a, b) => a.at - b.at)[0];
  return (before ?? after)?.kind;
}

/** Words before "edition" that name no edition of their own ("the edition", "its edition", "each edition"). */
const EDITION_NOT_QUALIFIERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'each', 'every', 'any', 'one', 'same', 'which', 'what', 'whose', 'of', 'and', 'or', 'either', 'both', 'other', 'another']);
/** Words after "édition", "edición", "edição", "edizione" that name none ("l'édition de 2024", "la edición del libro"). */
const EDITION_NOT_QUALIFIERS_AFTER = /^(?:de|du|des|d|del|della|dello|dei|degli|delle|di|da|do|dos|das|en|em|in|à|a|au|aux|al|et|e|y|ou|o|est|es|è|é|qui|que|che|se|si|ne|non|no|n)$/iu;
/** "the standard edition", "a Deluxe-Edition" (the word before "edition"); "l'édition deluxe", "la edición especial" (the word after); "디럭스 에디션". */
const EDITION_BEFORE = /(?<![\p{L}\p{N}'’])([\p{L}\p{N}][\p{L}\p{N}'’]*)[\s-]+edition(?![\p{L}])/giu;
const EDITION_AFTER = /(?<![\p{L}])(?:[Éé]dition|[Ee]dici[óo]n|[Ee]di[çc][ãa]o|[Ee]dizione)\s+([\p{L}][\p{L}'’-]*)/gu;
const EDITION_KO = /([\p{Script=Hangul}A-Za-z]+)\s*에디션/gu;

/**
 * The edition of a work a figure at `anchor` of `sentence` is of, as "deluxe edition" (the word that names it, lower-case,
 * whatever the language: "l'édition deluxe" too): the nearest one its sentence names before the figure, else the nearest
 * after it; undefined when it names none. A year names no edition (the year dates the figure).
 */
export function editionAt(sentence: string, anchor: number): string | undefined {
  const found: { at: number; kind: string }[] = [];
  const add = (at: number, word: string) => {
    const w = word.toLowerCase().replace(/[’]/gu, "'");
    if (EDITION_NOT_QUALIFIERS.has(w) || EDITION_NOT_QUALIFIERS_AFTER.test(w) || /^\d{4}$/u.test(w)) return;
    found.push({ at, kind: `${w} edition` });
  };
  for (const m of sentence.matchAll(EDITION_BEFORE)) add(m.index, m[1]!);
  for (const m of sentence.matchAll(EDITION_AFTER)) add(m.index, m[1]!);
  for (const m of sentence.matchAll(EDITION_KO)) add(m.index, m[1]!);
  const before = found.filter((f) => f.at < anchor).sort((a, b) => b.at - a.at)[0];
  const after = found.filter((f) => f.at >= anchor).sort((a, b) => a.at - b.at)[0];
  return (before ?? after)?.kind;
}

/**
 * A label that is a name and one instalment of it, after a colon or a dash ("Kings: Season 2", "Kings – Temporada 2", "Kings:
 * シーズン2"): where the name ends and the instalment, as `instalmentAt` gives it; undefined for any other label ("Kings:
 * Limited Series").
 */
export function instalmentLabel(label: string): { nameEnd: number; kind: string } | undefined {
  const m = /\s*(?::|\s[–—-])\s*([^:]+?)\s*$/u.exec(label);
  if (!m || m.index === 0) return undefined;
  const tail = m[1]!;
  const whole = new RegExp(String.raw`^(?:${INSTALMENT_NUMBERED.source}|${INSTALMENT_ORDINAL.source}|${INSTALMENT_CJK.source})$`, 'iu');
  if (!whole.test(tail)) return undefined;
  const kind = instalmentAt(tail, 0);
  return kind === undefined ? undefined : { nameEnd: m.index, kind };
}

/**
 * A statistic a label or a header qualifies its metric with ("Normalized loss (P50)", "PSNR (mean)", "Error (std)", "NE,
 * 90th percentile"): the metric's figures of two statistics are other facts (a mean and a standard deviation, a median and
 * a 90th percentile). A percentile by its pattern ("P50", "p99.9", "90th percentile"; the median is "p50"), anywhere in the
 * label; a word of statistics (mean, average, median, std, standard deviation, variance) only as the whole of the label's
 * parenthesis, so that "Mean Average Precision (mAP)" or "mean IoU" name their metric. Normalised: "mean", "std",
 * "variance", "pNN".
 */
export function statisticOf(label: string): string | undefined {
  const text = label.replace(/[*_`]/g, ' ');
  const percentile = PERCENTILE.exec(text);
  if (percentile) return `p${percentile[1] ?? percentile[2]}`;
  const aside = /[(（]\s*([^()（）]{1,30}?)\s*[)）]\s*$/u.exec(text);
  const word = aside?.[1]!.toLowerCase().replace(/[.\s]+/gu, ' ').trim();
  if (word === undefined) return undefined;
  if (/^(?:mean|average|avg|arithmetic mean)(?: values?)?$/u.test(word)) return 'mean';
  if (/^median(?: values?)?$/u.test(word)) return 'p50';
  if (/^(?:std|stdev|std dev|sd|σ|standard deviation|std deviation)(?: values?)?$/u.test(word)) return 'std';
  if (/^variance$/u.test(word)) return 'variance';
  return undefined;
}
/** "P50", "p99.9" (a letter P and a percentile, alone as a word), "90th percentile", "95. Perzentil". */
const PERCENTILE = /(?<![\p{L}\p{N}.])[Pp](\d{1,2}(?:\.\d)?)(?![\p{L}\p{N}]|\.\d)|(?<![\p{L}\p{N}])(\d{1,2}(?:\.\d)?)\s*(?:st|nd|rd|th|<sup>\s*(?:st|nd|rd|th)\s*<\/sup>|\.)?\s+(?:[\[(]?\s*)?(?:percentile|perzentil|percentil|centile)/iu;

/** Right before a figure, a perfect that sums up to now: "has now deployed", "has delivered a total of", "have flown a cumulative". */
const PERFECT_TOTAL_BEFORE =
  /(?<![\p{L}])(?:has|have)\s+(?:now\s+(?:[\p{L}-]+\s+){1,2}?(?:a\s+(?:cumulative\s+|combined\s+)?total\s+of\s+)?|(?:[\p{L}-]+\s+){1,2}?a\s+(?:cumulative\s+|combined\s+)?total\s+of\s+)(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$/iu;
/** A perfect right before a figure: "has delivered 197", "have flown over 40". */
const PERFECT_BEFORE = /(?<![\p{L}])(?:has|have)\s+(?:already\s+|now\s+)?[\p{L}-]+\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$/iu;
/** "since its first launch", "since the company's inception", "since its maiden flight in 2028": counted from the very start. */
const SINCE_THE_START =
  /(?<![\p{L}])since\s+(?:(?:its|their|our|his|her|the)\s+(?:[\p{L}-]+['’]s\s+)?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s?\s+)(?:(?:very\s+)?(?:first|maiden|inaugural|initial)\s+(?:[\p{L}-]+\s+){0,2}?(?:launch|flight|mission|release|season|game|match|sale|delivery|order)|inception|founding|foundation|creation|beginning|debut)(?![\p{L}])/iu;

/**
 * A running total said at the time of writing, a sum from the start up to now, not one event's count: "has now deployed a
 * total of 146 satellites", "Since its first launch in 2028, the rocket has delivered 197 satellites" (a perfect and, in its
 * sentence, "since" the very start). The words as written, or undefined.
 */
export function runningTotalAt(text: string, figure: number): string | undefined {
  const before = text.slice(Math.max(0, figure - 60), figure);
  const total = PERFECT_TOTAL_BEFORE.exec(before);
  if (total) return total[0].trim();
  if (!PERFECT_BEFORE.test(before)) return undefined;
  return SINCE_THE_START.exec(text)?.[0];
}
