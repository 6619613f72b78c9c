import { context, cue, findCue, withoutOverlaps, type CueDefinition, type MatchInput } from './match';
import type { CueMatch, DetailMatch, PartnerMention, StudentExampleEvidence, StudentSignal, StudentSignalMatch } from './types';
import { doingVerbs } from './doing-verb';
import { practiceSpan } from './practice-span';
import { TIME_BUDGET } from './time-budget';
import { ACTIVITY_TERM, MONTH_NL, WHERE_TERM } from './vocabulary';

/**
 * A concrete example is what the committee asks for: what a student OR another actor
 * does or experiences, or a named activity with when, where or who. "De stuurgroep
 * komt vier keer per jaar bijeen en stelt het jaarplan vast" is one; "dat gaat
 * goed" is not. The student rules (`student-example.ts`) cover students; this one
 * covers every actor, per practice sentence (no intention cue), from signals outside
 * a negation's scope:
 * - `actor`: a role that carries (not in a passive sentence), or a person ("ik", "we");
 *   `co-actor`: a second one, or a joint word ("samen");
 * - `activity`: a named activity or meeting ("evaluatiedag", "rekenles", "overleg",
 *   "komt bijeen", "a lesson");
 * - `time-or-number`: when or how often, or a number; `where`: a class, group or school;
 * - `past-event`: something that happened ("hebben we … gehouden", "I designed");
 * - `instrument`: a named document it works on ("het jaarplan"); `example-marker`.
 * It is an example with at least three different signals, of which one is a named
 * activity, or one is an actor and one anchors it in time (a time, a past event).
 * "De schoolopleider begeleidt de studenten" (one) and "dat gaat goed" (none) are not;
 * "Elk jaar in juni houden we een evaluatiedag met mentoren" (four) is.
 */

const MIN_SIGNALS = 3;

/** "de verslagen van het overleg": the document of a meeting names the meeting, it does not show it. */
// Not "de agenda van het overleg": what is on a meeting's agenda is discussed there.
const DOCUMENT_OF = context(String.raw`(?:^|[^\p{L}])(?:verslag|verslagen|notulen|uitkomsten|resultaten|opbrengsten|planning|minutes|results|outcomes|report|reports) (?:van|of) (?:de|het|een|elke|iedere|the|each|every) $`);
/** Verbs of activity that are generic without an anchor: MORE_ACTIVITY names them, GENERIC_ACTIVITY tells them apart. */
const DISCUSS = 'bespreekt|bespreken|besprak|bespraken|besproken|discuss(?:es|ed)?';
const ASK = '(?:vraag|vraagt|vragen|vroeg|vroegen)';
const SCHEDULE = 'roostert|roosteren|roosterde|roosterden|ingeroosterd|inroosteren';
const ANALYSE_OR_TEST = 'analyseer|analyseert|analyseren|analyseerde|analyseerden|geanalyseerd|analy[sz]es?|analy[sz]ed|testen|testte|testten|getest|piloten|pilots?';
const ACTIVITY_CUE: CueDefinition = { id: 'activity', pattern: cue(ACTIVITY_TERM), why: 'a named activity or meeting', unlessBefore: DOCUMENT_OF };
/**
 * More named activities, by class: evaluations of any kind ("tussenevaluatie", "zelfevaluatie",
 * "evaluations"), meeting expressions ("komt bij elkaar", "zitten om tafel", "samenkomen"), named
 * days ("heidag", "teamdag"), lessons with a named first part ("praktijkles"), tests and
 * presentations, visits ("komt langs"), assignments, and deciding or reviewing a named thing
 * ("stelt het jaarplan vast", "is geëvalueerd", "herziening").
 */
const MORE_ACTIVITY = [
  String.raw`\p{L}*evaluaties?|\p{L}*evaluatie(?:middag|ochtend|avond|dag|gesprek|bijeenkomst|moment|ronde|sessie|vergadering)(?:en|s)?|evaluations?|\p{L}*peilingen|\p{L}*peiling`,
  String.raw`(?:komt|komen|kwam|kwamen) (?:\p{L}+ ){0,4}?(?:bij elkaar|samen)|bij elkaar (?:komen|komt|kwamen)|samenkomen|samenkomt|samenkomsten?|om (?:de )?tafel|get together|come together|sit down together`,
  String.raw`\p{L}*(?:heidag|teamdag|inwerkdag|introductiedag|startdag|kick-?off|werkmiddag|werkochtend|teammiddag|intervisiemiddag)(?:en)?`,
  // a day part named by what happens in it ("opleidingsmiddag", "introductiemiddag", "studieochtend"); not a weekday or a
  // plain time ("woensdagmiddag", "vanavond", "namiddag")
  String.raw`(?!(?:maan|dins|woens|donder|vrij|zater|zon)dag|van|gister|morgen|na|voor|eer|zater)\p{L}{4,}(?:middag|ochtend|avond)(?:en)?`,
  String.raw`(?:praktijk|theorie|instructie|kring|buiten|voorbeeld|demonstratie|stage|introductie|vak|kook|invals|klassen|examen|proef|gast|oefen)les(?:sen)?`,
  String.raw`\p{L}*toets(?:en)?|tentamens?|presentaties?|tests?|exams?|presentations?`,
  // a named assessment moment ("bij de eindbeoordeling"; a plain "beoordeling" is a function), teaching
  String.raw`(?:eind|tussen|praktijk|stage|les|midterm)beoordeling(?:en)?|final assessments?|lesgeven|lesgeeft|lesgaf|lesgaven`,
  String.raw`(?:komt|komen|kwam|kwamen) (?:[\p{L}\p{N}]+ ){0,5}?langs|langskomen|langskomt|langskwam`,
  String.raw`\p{L}*opdracht(?:en)?|assignments?`,
  String.raw`geevalueerd|monitort|monitoren|monitorde|gemonitord`,
  // the debrief before or after a lesson named by its verb ("nabespreken doen we in de pauze", "hebben we de les nabesproken"),
  // like the noun "nabespreking"; a plain "bespreken" stays generic
  String.raw`(?:na|voor)(?:bespreken|bespreekt|bespreek|besprak|bespraken|besproken)`,
  String.raw`\p{L}*bespreking(?:en)?|mentoruur|mentorenuur|begeleidingsuur|spreekuur|debrief(?:ing)?s?|check-?ins?|team teaching|supervision sessions?`,
  // discussing, on an agenda, taking part: "bespreken de opbrengsten één keer per jaar", "staat op de
  // agenda van het bestuurlijk overleg", "een vast agendapunt"
  String.raw`${DISCUSS}|op de agenda|\p{L}*agendapunt(?:en)?|on the agenda|agenda items?`,
  // asking about it, scheduling: "na een stageperiode vraag ik de werkplekbegeleiders hoe het ging", "de
  // school roostert studenten in blokken van twee dagen" (generic: they need an anchor)
  String.raw`${ASK} (?:[\p{L}\p{N}'-]+ ){0,5}?(?:naar|hoe|wat|of)|${SCHEDULE}`,
  // a course followed ("volgt de cursus 'Coachen van studenten'"); analysing and testing (generic)
  String.raw`\p{L}*cursus(?:sen)?`,
  ANALYSE_OR_TEST,
].join('|');
const MORE_ACTIVITY_CUE: CueDefinition = { id: 'activity', pattern: cue(MORE_ACTIVITY), why: 'a named activity: an evaluation, a meeting, a test, a visit', unlessBefore: DOCUMENT_OF };
/**
 * Setting or revising a named thing is an activity when it recurs ("het jaarplan wordt elk jaar in
 * oktober vastgesteld", "elke twee jaar herzien"); a one-off "visie vastgesteld" is a fact, not an
 * activity the committee could picture.
 */
const RECURRING_DECISION_CUE: CueDefinition = {
  id: 'activity.decision',
  pattern: cue(String.raw`vaststellen|vastgesteld|(?:stelt|stellen|stelde|stelden) (?:[\p{L}\p{N}'-]+ ){1,6}?vast|herzien|herziening(?:en)?|bijgesteld|bijstellen`),
  why: 'a recurring decision or revision',
  unlessSentence: context(
    String.raw`^(?![\s\S]*(?:^|[^\p{L}])(?:elk|elke|ieder|iedere|per|om de|(?:twee|drie|vier|half)?(?:jaar|maande|weke)lijkse?|every|each|annually|yearly)(?!\p{L}))`,
  ),
};
const WHERE_CUE: CueDefinition = { id: 'where', pattern: cue(WHERE_TERM), why: 'where it happens' };
/** The writer or a group acting ("ik", "we", "ze"); not a partner, but an actor of the example. */
const PERSON_CUE: CueDefinition = {
  id: 'person',
  pattern: cue('ik|we|wij|ze|zij|hij|i|they|she|he|(?<=(?:met|with) )(?:mij|hem|haar|hen|ons|me|him|her|them|us)'),
  why: 'a person acting, or taking part ("een gesprek met mij", "reads it with them")',
};
/** Frequent participles without ge- (be-, ver-, ont-, her-): "hebben … besproken", "werd … bezocht" (not "besloten", "afgesproken": a decision or agreement is policy, not an event the committee could picture). */
const PREFIX_PARTICIPLE =
  '(?:besproken|bezocht|begeleid|beoordeeld|bekeken|beschreven|bedacht|behandeld|verzorgd|verzameld|verwerkt|verbeterd|vernieuwd|verteld|verstuurd|ontwikkeld|ontworpen|ontvangen|herzien|herschreven)';
/** Words in ge- that are no participle: "we hebben het gevoel", "een gedeelde visie". */
const GE_NOUN = String.raw`(?:gevoel\p{L}*|gesprek\p{L}*|geval(?:len)?|gebied(?:en)?|gebruik|gedrag|gedachte\p{L}*|geheel|gemeente\p{L}*|geld|gelegenheid|gevolg(?:en)?|gegevens|gezicht|gezin(?:nen)?|gebouw(?:en)?|geschiedenis|gedeelde|gezamenlijke?|geschikte?|getal(?:len)?|gewoon|gewone|gericht|gerichte|genoeg|gemiddeld\p{L}*|gelijk\p{L}*|gemakkelijk|geduld|geluk|geleden|afgelopen|voorgaande|gelegen)`;
/**
 * Dutch simple past of verbs of doing, meeting and taking part ("bespraken we", "schreef ik", "gaven …
 * aan", "mocht ik meedraaien"). Not "had", "was" (a state), "besloot" (a decision is policy), "kwam naar
 * voren", "ging goed", "zagen dat" (a finding or a state; "kwam bijeen" is a meeting anyway).
 */
const PAST_DOING_NL = [
  'bereidden?', 'voerden?', 'gaf', 'gaven', 'oefenden?', 'filmden?', 'presenteerden?', 'observeerden?', 'ontwierpen?',
  'maakten?', 'schreef', 'schreven', 'hielden?', 'koos', 'kozen', 'besprak', 'bespraken', 'liepen?', 'draaiden?', 'deed',
  'deden', 'reflecteerden?', 'nam', 'namen', 'kreeg', 'kregen', 'werkten?', 'verzorgden?', 'ontvingen?', 'vulden?',
  'leverden?', 'sloot', 'sloten', 'volgden?', 'bezochten', 'leerden?', 'zat', 'zaten', 'verzamelden?', 'stelden?', 'vergaderden?', 'overlegden?', 'organiseerden?', 'beoordeelden?', 'begeleidden?', 'evalueerden?',
  'planden?', 'coachten?', 'keek', 'keken', 'sprak', 'spraken', 'legden?', 'ondersteunden?', 'ontwikkelden?',
  'verdeelden?', 'stuurden?', 'leidden?', 'zette', 'brachten?', 'nodigden?', 'hielpen?', 'lazen', 'kookten?', 'speelden?',
  'toonden?', 'probeerden?', 'mochten?', 'moesten', 'vertelden?', 'zei', 'zeiden', 'merkten?', 'vroegen?', 'vroeg',
  'belden?', 'testten', 'analyseerden?', 'startten', 'begonnen?',
].join('|');

/** Mailing or texting someone addresses them; it is not an activity the committee could picture ("ik heb de directeur gemaild"). */
const ADDRESSED = String.raw`(?:ge-?e?-?mail[dt]|ge-?appt|e-?mailed|mailed|texted|messaged)`;
/**
 * Participles of writing something down or aligning, which report the state of a document or an
 * agreement, not an event: "hebben de startbekwaamheden uitgewerkt in drie fases", "hebben het opleiden
 * opgenomen in het functieboek", "hebben de rollen goed op elkaar afgestemd"; nor of noticing ("heb ik de
 * afgelopen jaren gezien hoe belangrijk …": a finding).
 */
const DOCUMENTED = String.raw`(?:afgestemd|uitgewerkt|aangevuld|opgenomen|vastgelegd|beschreven|omschreven|gezien|gemerkt|gehoord)`;

/** Something that happened: a perfect tense ("heb … ingericht") or an English past of doing. */
const PAST_EVENT_CUES: readonly CueDefinition[] = [
  {
    id: 'past.perfect',
    pattern: cue(String.raw`(?:heb|hebt|hebben|heeft|had|hadden) (?:[\p{L}\p{N}'-]+ ){0,12}?(?:(?!(?:${GE_NOUN}|${ADDRESSED}|${DOCUMENTED})(?!\p{L}))(?:ge\p{L}{3,}|\p{L}+ge\p{L}{3,}(?:d|t|en))|${PREFIX_PARTICIPLE}(?!\p{L}))`),
    why: '"hebben we een werkconferentie gehouden", "heb ik de leeshoek ingericht" (nouns and adjectives in ge- are not participles)',
  },
  {
    id: 'past.passive',
    pattern: cue(
      String.raw`(?:werd|werden) (?:[\p{L}\p{N}'-]+ ){0,6}?(?:(?!${GE_NOUN}(?!\p{L}))(?:ge\p{L}{3,}|\p{L}+ge\p{L}{3,})(?:d|t|en)|${PREFIX_PARTICIPLE})|(?:is|zijn) (?:[\p{L}\p{N}'-]+ ){0,3}?(?:in (?:(?:19|20)\d{2}|${MONTH_NL}|het (?:voorjaar|najaar))|vorig(?:e)? \p{L}+|afgelopen \p{L}+|op \d{1,2} (?:${MONTH_NL}))(?: [\p{L}\p{N}'-]+){0,4}? (?:ge\p{L}{3,}|\p{L}+ge\p{L}{3,})(?:d|t|en)|(?:was|were) (?:\p{L}+ ){0,3}?(?!(?:based|involved|needed|expected|supposed|located|concerned|interested|required|allowed|used|tired|satisfied|pleased|surprised|impressed|confused|worried|scared|excited|bored|aimed|focused|focussed|linked|connected|related|designed to)(?!\p{L}))\p{L}{3,}ed`,
    ),
    why: '"werd … besproken", "zijn in september vastgesteld", "was introduced": a past event told in the passive (a state such as "is goed geregeld" has no date and is not matched)',
  },
  {
    id: 'past.simple-nl',
    pattern: cue(PAST_DOING_NL),
    why: '"bespraken we", "schreef ik", "mocht ik meepraten": a Dutch past tense of doing',
  },
  {
    id: 'past.simple-en',
    pattern: cue(String.raw`(?:i|we|they|she|he) (?:(?!${ADDRESSED}(?!\p{L}))\p{L}{3,}ed|did|went|made|took|gave|held|wrote|sat|ran|taught|chose|spoke|found)`),
    why: '"I designed", "we held"',
  },
];
const MARKER_CUE: CueDefinition = {
  id: 'marker.example',
  pattern: cue(String.raw`bijvoorbeeld|bijv\.|bv\.|een voorbeeld|for example|for instance|e\.g\.`),
  why: 'announces an example',
};
/** A passive sentence: the roles in it undergo, they are not shown acting. */
// Dutch puts the participle at the end of the clause, often several words after the auxiliary
// ("de student wordt in het eerste jaar via de opleiding geïnformeerd"), and a separable verb puts ge-
// after its particle ("wordt regelmatig bijgesteld").
const PASSIVE =
  /(?<![\p{L}])(?:(?:wordt|worden|werd|werden)\s+(?:[\p{L}-]+\s+){0,8}?(?:(?:bij|aan|op|vast|in|uit|af|door|mee|terug|voor|na|over|toe)?ge\p{L}+[dt]|begeleid|beoordeeld)|(?:is|are|was|were|been|being)\s+(?:[\p{L}-]+\s+){0,3}?(?:ge\p{L}+[dt]|begeleid|beoordeeld|\p{L}+ed))(?![\p{L}])/u;

/** Pronouns of one and the same person or group: "we evaluate … and we take" names one actor, not two. */
const PERSON_GROUP: Readonly<Record<string, string>> = {
  ik: 'ik', i: 'ik', mij: 'ik', me: 'ik',
  we: 'we', wij: 'we', ons: 'we', us: 'we',
  ze: 'ze', zij: 'ze', hen: 'ze', they: 'ze', them: 'ze',
  hij: 'hij', hem: 'hij', he: 'hij', him: 'hij',
  she: 'zij', her: 'zij', haar: 'zij',
};
/** A role in apposition ("als bestuur investeren we", "wij als opleidingsschool"): the role is the writer's group. */
const APPOSITION_BEFORE = /(?:^|[^\p{L}])(?:als|as)\s+(?:(?:de|het|een|the|a|an|ons|onze|our)\s+)?$/u;
/** A role as the predicate of the writer ("ik ben sinds twee jaar mentor", "I am a mentor"). */
const PREDICATE_BEFORE = /(?:^|[^\p{L}])(?:ik ben|ben ik|we zijn|wij zijn|zijn we|zijn wij|i am|i'm|we are|we're)(?:\s+[\p{L}\p{N}'-]+){0,4}?\s+$/u;
/** A role in a vague past ("hebben we ooit een enquête gehad", "ik heb wel eens een enquête ingevuld", "I filled in a survey once") is no anchor. */
const VAGUE_PAST = /(?<![\p{L}])(?:ooit|wel eens|weleens|ever|once(?!\s+(?:a|an|per|every|each|more|again)(?![\p{L}])))(?![\p{L}])/u;

/** Signals that anchor an activity in the practice: when, how many, where, that it happened, with what. */
const ANCHOR_SIGNALS: readonly StudentSignal[] = ['time-or-number', 'where', 'past-event', 'instrument', 'example-marker'];
/** What anchors a verb of doing read from the structure: not a document alone. */
const DOING_ANCHORS: readonly StudentSignal[] = ['time-or-number', 'where', 'past-event', 'example-marker'];
/**
 * Activity words that say people meet, discuss, evaluate or have assignments, not which meeting or
 * assignment: plain "overleg", "bespreken", "evalueren", "opdrachten", "meetings". Compounds name one ("directeurenoverleg",
 * "tussenevaluatie", "stageopdracht").
 */
const GENERIC_ACTIVITY = new RegExp(
  String.raw`^(?:overleg|overleggen|overlegt|overlegde|overlegden|evalueren|evalueert|evalueerde|evalueerden|geevalueerd|evaluatie|evaluaties|opdracht|opdrachten|meetings?|evaluations?|evaluates?|evaluated|assignments?|${DISCUSS}|${ASK} [\s\S]*|${SCHEDULE}|${ANALYSE_OR_TEST})$`,
  'u',
);

/** Subject pronouns only: "reads it with them" is someone else. */
const THIRD_PLURAL = /^(?:ze|zij|they)$/u;

/**
 * A meeting named by a compound ("jaargesprekken", "teamvergadering", "bestuurdersoverleg", "terugkomdag",
 * "kalibratiemiddag"): one the committee could put in a calendar, unlike a plain "gesprek" or "overleg".
 */
const NAMED_MEETING = /^\p{L}{3,}(?:vergadering|vergaderingen|gesprek|gesprekken|overleg|bijeenkomst|bijeenkomsten|dag|dagen|middag|middagen|avond|avonden|ochtend|ochtenden)$/u;

/** English writes the compound apart: "the team meetings", "every board meeting", "at the parents' evening". */
const NAMED_MEETING_EN = /(?<![\p{L}])(?:team|board|staff|department|section|steering group|progress|parents'?|parent-teacher) (?:meetings?|days?|evenings?)$/u;

/** Taking part: the meeting after "in", "bij", "tijdens", "part of" (not "de bedoeling van het driehoeksgesprek": what it is for). */
const TAKING_PART_IN = /(?<![\p{L}])(?:in|bij|tijdens|aan|op|naar|at|during|to|of)\s+(?:[\p{L}\p{N}'-]+\s+){0,4}$/u;

/** Documents that are written, not held: their frequency ("yearly report") is the document's, not an event's. */
const WRITTEN_DOCUMENT = /^(?:reports?|\p{L}*verslag(?:en)?|\p{L}*rapportage(?:s)?|\p{L}*plan(?:nen)?|\p{L}*handboek(?:en)?|\p{L}*overzicht(?:en)?)$/u;

/** Instruments that are held, not written: a survey, an audit, a review, a measurement. */
const HELD_INSTRUMENT = /(?:peer.?reviews?|audits?|visitaties?|enquetes?|surveys?|\p{L}*meting(?:en)?|tevredenheidsonderzoek(?:en)?)$/u;

/** A conversation by its plain name: with a time alone it is no picturable meeting ("in november een gesprek"). */
const PLAIN_TALK = /^(?:gesprek|gesprekken|conversations?|talks?)$/u;

/** A past event that is an agreement or decision followed by its content ("afgesproken dat", "agreed that"). */
const AGREEMENT_VERB = /(?<![\p{L}])(?:afgesproken|besloten|overeengekomen|agreed|decided)$/u;
const CONTENT_AFTER = /^,?\s+(?:dat|om|that|to)(?![\p{L}])/u;

/** Bodies that govern the partnership: their decisions are acts, not a colleague's opinion. */
const GOVERNING_BODY: ReadonlySet<string | undefined> = new Set(['bestuur', 'stuurgroep', 'werkgroep']);
/** Adopting or deciding, not followed by the content of the decision ("afgesproken dat"). */
const BODY_DECISION =
  /(?<![\p{L}])(?:vastgesteld|goedgekeurd|besloten|afgesproken|ondertekend|(?:stelde|stelden) (?:[\p{L}-]+\s+){1,5}?vast|approved|adopted|decided|signed)(?![\p{L}])(?!,?\s+(?:dat|om|that|to|whether|of)(?![\p{L}]))/gu;
/** "Het jaarplan wordt door de stuurgroep vastgesteld": a procedure in the present, not an act that happened. */
const PRESENT_PASSIVE = /(?<![\p{L}])(?:wordt|worden|is being|are being|gets|get)(?![\p{L}])/u;

type ActorMatch = CueMatch & { role?: string };

export interface ActivityExampleInput extends MatchInput {
  intentionSentences: ReadonlySet<number>;
  /** Where the intention cues start: the clause before a trailing wish is practice (see practice-span.ts). */
  intentionStarts: readonly number[];
  details: readonly DetailMatch[];
  /** Partner mentions outside a negation's scope. */
  partners: readonly PartnerMention[];
  /** Whether an offset lies in the scope of a negation. */
  negated: (offset: number) => boolean;
  /** Sentences already shown as a student example. */
  done: ReadonlySet<number>;
}

export function findActivityExamples(input: ActivityExampleInput): StudentExampleEvidence[] {
  const positive = <T extends CueMatch>(list: readonly T[]) => list.filter((m) => !input.negated(m.start));
  const activities = positive(
    withoutOverlaps([...findCue(input, ACTIVITY_CUE), ...findCue(input, MORE_ACTIVITY_CUE), ...findCue(input, RECURRING_DECISION_CUE)]),
  );
  const places = positive(findCue(input, WHERE_CUE));
  const persons = positive(findCue(input, PERSON_CUE));
  // "we hebben afgesproken dat …", "we decided that …": the content of an agreement is policy, not an event.
  const pastEvents = positive(PAST_EVENT_CUES.flatMap((c) => findCue(input, c))).filter(
    (m) => !(AGREEMENT_VERB.test(input.lower.slice(m.start, m.end)) && CONTENT_AFTER.test(input.lower.slice(m.end))),
  );
  const markers = positive(findCue(input, MARKER_CUE));
  // "samen" inside a meeting expression ("de stuurgroep komt samen") is the meeting, not a co-actor.
  const joint = input.partners.filter((p) => p.role === 'joint' && !activities.some((a) => a.start <= p.start && p.end <= a.end));
  const roles = input.partners.filter((p) => p.role !== 'joint' && p.carries && p.asActor);
  // A role that takes part without being the subject ("in het kernteam bespreken we …").
  const participants = input.partners.filter((p) => p.role !== 'joint' && p.role !== 'student' && p.carries && !p.asActor);

  const evidence: StudentExampleEvidence[] = [];
  for (const sentence of input.sentences) {
    if (input.done.has(sentence.index)) continue;
    // Only the part that tells current practice: not a wish, a need or a plan step; in a wish, the
    // reason after "want"; before "zorg dat" (see practice-span.ts).
    const span = practiceSpan(sentence, input.lower, input.intentionSentences, input.intentionStarts);
    if (!span) continue;
    const here = <T extends CueMatch>(list: readonly T[]) => list.filter((m) => m.sentenceIndex === sentence.index && m.start >= span.start && m.start < span.end);
    const signals: StudentSignalMatch[] = [];
    const add = (signal: StudentSignal, list: readonly CueMatch[]) => {
      for (const m of list) signals.push({ ...m, signal });
    };

    // Who acts: a role that carries (not in a passive sentence: "studenten worden begeleid
    // door …" describes a policy), or the writer ("ik", "we"); a second one, or "samen", is a co-actor.
    const passive = PASSIVE.test(input.lower.slice(sentence.start, sentence.end));
    const actors: ActorMatch[] = [...(passive ? [] : here(roles)), ...here(persons)].sort((x, y) => x.start - y.start);
    // Who an actor is: a role by its role, a pronoun by its person, a role in apposition ("als bestuur … we") as "we".
    const writersRole = (p: CueMatch) => {
      const before = input.lower.slice(sentence.start, p.start);
      return APPOSITION_BEFORE.test(before) || PREDICATE_BEFORE.test(before);
    };
    const writer = here(persons).map((p) => PERSON_GROUP[input.lower.slice(p.start, p.end)]).find((g) => g === 'ik' || g === 'we');
    const who = (a: ActorMatch): string => {
      const pronoun = PERSON_GROUP[input.lower.slice(a.start, a.end)];
      if (pronoun) return `person:${pronoun}`;
      // The writer's own role ("als mentor … ik", "ik ben sinds twee jaar mentor") is the writer.
      if (writersRole(a)) return `person:${writer ?? 'we'}`;
      // Two titles of one canonical role are two people ("elke teamleider bespreekt met de directeur"); a
      // plural of the same title is the same group ("de mentor … de mentoren").
      return `role:${a.role ?? ''}:${input.lower.slice(a.start, a.end).replace(/(?:'s|s|en|e)$/u, '')}`;
    };
    const firstActor = actors[0];
    // "medestudenten geven aan dat ze …": a third-person pronoun after a plural role refers back to it.
    const sameAs = (a: ActorMatch, b: ActorMatch) =>
      who(a) === who(b) || (b.start > a.start && THIRD_PLURAL.test(input.lower.slice(b.start, b.end)) && who(a).startsWith('role:'));
    const second = firstActor ? actors.find((a) => !sameAs(firstActor, a)) : undefined;
    add('actor', actors.slice(0, 1));
    // A role taking part is who, also when no one else is named as the actor ("de evaluatiebijeenkomst van
    // het kernteam", "at the moment the io checks this in the final assessment"); not in a passive.
    add('co-actor', [...(second ? [second] : []), ...here(joint).slice(0, 1), ...(!passive ? here(participants).filter((p) => !writersRole(p)).slice(0, 1) : [])]);
    add('activity', here(activities));
    // An actor as subject of a finite verb of doing ("mijn student geeft twee klassen", "we spreken elkaar in de docentenkamer").
    add('activity', positive(doingVerbs(input.lower, actors, span)).filter((d) => !signals.some((s) => s.signal === 'activity' && s.start <= d.start && d.start < s.end)));
    // "the yearly report", "het jaarlijkse verslag": how often a document appears, not when something happens.
    const documents = here(input.details.filter((d) => d.cueId === 'what.instrument' && WRITTEN_DOCUMENT.test(input.lower.slice(d.start, d.end))));
    const ofDocument = (d: DetailMatch) => documents.some((doc) => /^\s+$/u.test(input.lower.slice(d.end, doc.start)));
    add('time-or-number', positive(here(input.details.filter((d) => (d.kind === 'when' || d.kind === 'quantity') && !ofDocument(d)))));
    add('where', here(places));
    if (!VAGUE_PAST.test(input.lower.slice(sentence.start, sentence.end))) add('past-event', here(pastEvents).slice(0, 1));
    add('instrument', positive(here(input.details.filter((d) => d.cueId === 'what.instrument'))));
    add('example-marker', here(markers));

    const kinds = new Set(signals.map((s) => s.signal));
    let bodyDecision = false;
    // A named activity with two more signals; or someone acting, anchored in a time or a
    // past event, with one more. A place or a number alone does not anchor: "we gaan ervan uit
    // dat studenten leren op de werkplek" is a principle, "elke school begeleidt vier
    // studenten" an agreement.
    const anchored = signals.some((s) => s.signal === 'past-event' || (s.signal === 'time-or-number' && s.cueId.startsWith('when.')));
    // Without an anchor (a time, a number, a place, a past event, a document, "bijvoorbeeld"), who
    // met or evaluated is a general claim unless the activity is a named one: "het overleg tussen de
    // scholen en de pabo loopt goed", "met de opleiding overleggen we" are not examples; "bij de
    // tussenevaluatie bespreek ik met mijn mentor en de io …" is.
    const unanchored = !ANCHOR_SIGNALS.some((k) => kinds.has(k));
    const isGeneric = (s: StudentSignalMatch) => s.cueId === 'activity.doing' || GENERIC_ACTIVITY.test(input.lower.slice(s.start, s.end));
    // A plain conversation ("in mijn gesprekken", "in gesprek met de HR-afdeling") is as general as "overleg": it needs an anchor too.
    const named = signals.some((s) => s.signal === 'activity' && !isGeneric(s) && !PLAIN_TALK.test(input.lower.slice(s.start, s.end)));
    // A meeting named as such with its time is enough on its own ("staat twee keer per jaar op de agenda
    // van het bestuurlijk overleg", "er zijn twee sessies geweest, in november en januari"); a plain
    // conversation or a revision is not ("daar is in november een gesprek over", "elk jaar bijgesteld").
    // The time must be another phrase than the meeting ("na elk lesbezoek" is one signal, not two).
    const whens = signals.filter((s) => s.signal === 'time-or-number' && s.cueId.startsWith('when.'));
    const meeting = signals.some(
      (s) =>
        s.signal === 'activity' &&
        s.cueId !== 'activity.decision' &&
        !isGeneric(s) &&
        !PLAIN_TALK.test(input.lower.slice(s.start, s.end)) &&
        whens.some((w) => !(w.start <= s.start && s.end <= w.end)),
    );
    const when = whens.length > 0;
    // A quality event that is held, with its date or season ("bij de peer review in 2024", "in winter all mentors get
    // a short survey"): like a meeting with a time, the committee could picture it.
    const eventWithDate = signals.some(
      (s) => s.signal === 'instrument' && HELD_INSTRUMENT.test(input.lower.slice(s.start, s.end)) && whens.some((w) => !(w.start <= s.start && s.end <= w.end)),
    );
    // A verb of doing read from the structure is anchored by when, how many, where, that it happened or "bijvoorbeeld", not
    // by a document alone ("we vullen enquêtes in", "mijn stagiaire houdt een logboek bij" are routines in general).
    const onlyDoing = signals.every((s) => s.signal !== 'activity' || s.cueId === 'activity.doing');
    const doingAnchored = DOING_ANCHORS.some((k) => kinds.has(k));
    const withActivity = kinds.has('activity') && ((kinds.size >= MIN_SIGNALS && (named || !unanchored) && (!onlyDoing || doingAnchored)) || (meeting && when));
    const byActor = kinds.has('actor') && anchored && kinds.size >= MIN_SIGNALS;
    // A meeting named by a compound, with who takes part in it, is a picture on its own: "ik bespreek het in
    // de jaargesprekken", "studenten draaien mee in de bouwvergaderingen" (not "lessen", "portfolio": arrangements).
    const inNamedMeeting =
      kinds.has('actor') &&
      signals.some(
        (s) =>
          s.signal === 'activity' &&
          (NAMED_MEETING.test(input.lower.slice(s.start, s.end)) || NAMED_MEETING_EN.test(input.lower.slice(sentence.start, s.end))) &&
          TAKING_PART_IN.test(input.lower.slice(sentence.start, s.start)),
      );
    // A governing body adopting or deciding a named thing is a one-off act the committee could picture
    // ("het beroepsbeeld is vastgesteld in de stuurgroep", "het bestuur heeft het opleidingsplan met de
    // pabo vastgesteld"); not the content of an agreement ("we hebben als besturen afgesproken dat …").
    const body = [...here(roles), ...here(participants)].find((p) => GOVERNING_BODY.has(p.role));
    if (body && !PRESENT_PASSIVE.test(input.lower.slice(sentence.start, sentence.end))) {
      for (const m of input.lower.slice(sentence.start, sentence.end).matchAll(BODY_DECISION)) {
        const start = sentence.start + m.index;
        if (input.negated(start)) continue;
        signals.push({ cueId: 'activity.body-decision', signal: 'activity', start, end: start + m[0].length, text: input.text.slice(start, start + m[0].length), sentenceIndex: sentence.index });
        if (!signals.some((s) => s.start === body.start)) signals.push({ ...body, signal: 'co-actor' });
        bodyDecision = true;
        break;
      }
    }
    // A budget of time with who gets it ("als mentor krijg ik 25 uur per jaar", "every mentor gets one afternoon a month off"):
    // an arrangement the committee can picture; the role may be the subject of a passive ("is daar een dagdeel per week").
    let budget = false;
    const budgetAt = TIME_BUDGET.exec(input.lower.slice(span.start, span.end));
    const budgetStart = budgetAt ? span.start + budgetAt.index : -1;
    if (budgetAt && !input.negated(budgetStart) && (here(roles).length > 0 || here(participants).length > 0 || actors.length > 0)) {
      signals.push({ cueId: 'time.budget', signal: 'time-or-number', start: budgetStart, end: budgetStart + budgetAt[0].length, text: input.text.slice(budgetStart, budgetStart + budgetAt[0].length), sentenceIndex: sentence.index });
      budget = true;
      const who = here(roles)[0] ?? here(participants)[0];
      if (who && !signals.some((x) => x.start === who.start)) signals.push({ ...who, signal: 'co-actor' });
    }
    signals.sort((a, b) => a.start - b.start);
    if (!withActivity && !byActor && !bodyDecision && !inNamedMeeting && !eventWithDate && !budget) continue;
    const first = signals.find((s) => s.signal === 'actor') ?? signals.find((s) => s.signal === 'activity') ?? signals.find((s) => s.signal === 'instrument') ?? signals.find((s) => s.signal === 'co-actor')!;
    const { signal: _signal, ...anchorMatch } = first;
    evidence.push({ sentences: [sentence], student: anchorMatch, signals, reason: 'activity' });
  }
  return evidence;
}
