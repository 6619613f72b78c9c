import type { MatchInput } from './match';
import { ACTIVITY_TERM, ACTOR_VERB, STUDENT_TERM } from './vocabulary';
import type { CueMatch, PartnerMention, PartnerRoleId } from './types';

/**
 * Partners named means the roles that carry the practice. A named role
 * (schoolopleider, mentor, stuurgroep …) carries what it is named in. Students,
 * schools and the institute are different: they are also what the work is done FOR or
 * TO, or the place where it happens, and "We begeleiden studenten", "de io bezoekt alle
 * scholen" or "op mijn stageschool" does not show them carrying anything. So such a
 * mention carries only when it is in the place of an actor, read lexically in its clause:
 * - it opens the clause ("Studenten bereiden …", "Alle scholen doen mee");
 * - it follows "met", "door", "tussen", "samen", "als", "vanuit", "with", "by" (a co-actor);
 * - it follows a verb with no subject before it: the subject after a fronted phrase
 *   ("Na elke stage vullen studenten …", "Op maandag oefent een derdejaars …");
 * - in a list ("de mentor en de student", "mentoren, studenten en scholen") it takes
 *   the reading of the role before it (listed with things that are not roles, it does not).
 * It does not carry after a subject and a verb ("De mentor begeleidt de studenten"), after
 * "aan", "voor", "naar", "over", "to", "for", after a place or owner word ("op", "in",
 * "bij", "van", "uit", "per", "at": "op een fijne school", "het programma van de school"),
 * or after the "als" of a comparison ("dezelfde visie als de pabo").
 * The board is read the same way ("het jaarverslag van het bestuur", "presented to the board").
 *
 * Any role, named ones too, does not carry when it is only addressed or receives something
 * (`addressed`): "ik heb de directeur gemaild", "we sturen het verslag naar de teamleiders",
 * "presented to the board", "the principal was informed", "studenten krijgen een vaste mentor";
 * nor in a question the writer asks, nor in the writer's present-tense opinion ("ik vind de
 * samenwerking met de pabo prima"); a role inside a fronted phrase ("na klachten van studenten")
 * is no subject before the roles after the verb.
 */

const ACTOR_ROLES: ReadonlySet<PartnerRoleId> = new Set(['student', 'opleidingsschool', 'lerarenopleiding', 'bestuur', 'hr']);
/** Board members, HR advisers, the teacher of an ROC are people with a role, named like a mentor: only a body is read by its place. */
const PERSON = /bestuurder|member|adviseur|advis[eo]r|medewerker|manager|functionaris|officer|staff|docent|begeleider|coach|opleider|direct|dean/u;
const readByPlace = (m: Found) => ACTOR_ROLES.has(m.role) && !(m.role !== 'student' && PERSON.test(m.text.toLowerCase()));
const VERB = new RegExp(String.raw`^(?:${ACTOR_VERB}|is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|are|were|has|have|had)$`, 'u');

/** Words between the role and what decides its place: articles, quantities, adjectives. */
const DETERMINERS = new Set(
  (
    'de het een alle ons onze hun haar zijn mijn jouw je uw elke iedere enkele veel sommige twee drie vier vijf zes deze die dit ' +
    'andere nieuwe eigen betrokken eerste tweede derde vierde individuele aanstaande beide ' +
    'the a an our their my your his her all each every some many several two three four these those other new own both individual'
  ).split(' '),
);
// "als": an apposition to the subject ("wij als opleidingsschool").
// "via": "de kwaliteitszorg loopt via de hogeschool" (the body that does it).
const CO_ACTOR = new Set('met door tussen samen als vanuit namens via with by between together alongside as'.split(' '));
const RECEIVE = /^(?:krijg|krijgt|krijgen|kreeg|kregen|gekregen|ontvang|ontvangt|ontvangen|ontving|ontvingen|get|gets|got|receive|receives|received)$/u;
/** A verb of receiving before "van", with no other preposition between ("een plek gekregen in het beleid van de besturen" is an owner). */
const receivedFrom = (between: readonly string[]) => {
  const verb = between.findIndex((w) => RECEIVE.test(w));
  return verb >= 0 && !between.slice(verb + 1).some((w) => PLACE.has(w) || BENEFICIARY.has(w) || PREPOSITION.has(w) || CO_ACTOR.has(w));
};
const MOTION = /^(?:loop|loopt|lopen|liep|liepen|wandel|wandelt|wandelen|wandelde|wandelden|rondleiding|rondleidingen|lopend|fiets|fietsen|rijden|rijd|rijdt)$/u;
const TOPIC_WITH = new Set('met tussen with between'.split(' '));
const TOPIC_NOUN = /^(?:samenwerking|communicatie|contact|contacten|relatie|band|verbinding|collaboration|cooperation|co-operation|communication|relationship|relations|contact|links?)$/u;
// A place or an owner: "op mijn stageschool", "het programma van de school", "deelnemers uit alle scholen".
const PLACE = new Set('op in bij binnen van uit per at on in within from of per'.split(' '));
/** "dezelfde visie als de pabo": the "als" of a comparison names no co-actor. */
const COMPARISON = /(?<![\p{L}])(?:dezelfde|hetzelfde|zelfde|zoals|net zo|even \p{L}+|meer|minder|beter|anders|the same|as \p{L}+)(?![\p{L}])/u;

/** Verbs that only address or inform someone: the role before their participle, or after them, is a recipient. */
// A phone call is a conversation between the two ("de wpb belt de coördinator"), so not listed.
// Past participles only: "ik heb de directeur gemaild"; in "de schoolopleider mailt" the role is the subject.
const ADDRESS_VERB = String.raw`ge-?mai?ld|ge-?e-?maild|ge-?appt|aangeschreven|geinformeerd|ingelicht|op de hoogte (?:gebracht|gesteld|gehouden)`;
/** The passive: "de schoolopleider wordt op de hoogte gebracht", "the principal was informed": the subject is addressed. */
const ADDRESSED_PASSIVE = new RegExp(
  String.raw`^ (?:wordt|worden|werd|werden|is|zijn|was|were|are|has been|have been|gets|got) (?:[\p{L}-]+ ){0,6}?(?:${ADDRESS_VERB}|informed|e-?mailed|notified|told|contacted|updated)(?![\p{L}])`.replace(/ /g, String.raw`\s+`),
  'u',
);
/** Verbs of sending or presenting: with "naar", "aan" or "to" they make the role a recipient. */
const SEND_VERB = String.raw`(?:ver|door|op|toe)?stur(?:en|de|den)|(?:ge|ver|door|op|toe)?stuur\p{L}*|(?:ge|ver|door|op|toe)?stuurd|(?:ge)?stuurt|gemaild|mailen|gepresenteerd|presenteren|voorgelegd|voorleggen|gerapporteerd|rapporteren|teruggekoppeld|terugkoppelen|aangeboden|gedeeld|sent|send|sends|presented|shared|reported|forwarded|submitted|mailed|emailed|handed`;
// Up to six words between ("de directeur van de hogeschool twee keer gemaild"), but no auxiliary: in "dat de
// directeur de ouders heeft gemaild" the role is the subject.
const ADDRESSED_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:heeft|hebben|had|hadden|is|zijn|was|waren|has|have)(?![\p{L}]))[\p{L}-]+){0,6}?\s+(?:${ADDRESS_VERB.replace(/ /g, String.raw`\s+`)})(?![\p{L}])`,
  'u',
);
/** "mail ik de directeur", "we mailen de teamleiders": the present tense, with its subject right beside the verb. */
const ADDRESSING_PRESENT =
  /(?<![\p{L}])(?:(?:ik|we|wij|ze|zij|hij|je|i|they) (?:e-?)?mail(?:t|en|s)?|(?:e-?)?mail(?:t|en)? (?:ik|we|wij|ze|zij|hij|je))(?:\s+(?:de|het|een|onze|ons|mijn|hun|haar|zijn|alle|the|our|my|their|all))*\s*$/u;
const ADDRESSING_BEFORE = /(?<![\p{L}])(?:mailt|e-mailt|mailde|mailden|mailen|informeer\p{L}*|e-?mailed|informed|told|notified|contacted)(?:\s+[\p{L}-]+){0,3}\s*$/u;
/** "De directeur heeft gemaild": a role opening its sentence is the subject, not the one addressed. */
const OPENS_SENTENCE = /^[\s\p{P}]*(?:(?:de|het|een|onze|ons|mijn|hun|haar|zijn|the|our|my|their|her|his)\s+)*$/u;
/** "… wordt door de mentor geïnformeerd": the agent of the passive informs, it is not addressed. */
const AGENT_BEFORE = /(?<![\p{L}])(?:door|by)\s+(?:(?:de|het|een|onze|ons|mijn|hun|haar|zijn|the|our|my|their|her|his)\s+)*$/u;
// up to five words: "naar de directeur en de teamleiders"
const RECIPIENT_BEFORE = /(?<![\p{L}])(?:naar|aan|to)(?:\s+[\p{L}-]+){0,5}\s*$/u;
const SENDING = new RegExp(String.raw`(?<![\p{L}])(?:${SEND_VERB})(?![\p{L}])`, 'u');
/** "studenten krijgen een vaste mentor": the role is what they get. */
const RECEIVED_BEFORE = /(?<![\p{L}])(?:krijgen|krijgt|kregen|kreeg|get|gets|got|receive|receives|received|(?:is|are|were|was) assigned|toegewezen)(?:\s+(?:een|a|an|hun|haar|zijn|their|his|her|vaste|eigen|own|fixed|personal|persoonlijke|nieuwe|new))+\s*$/u;
/** "studenten krijgen een vaste plek en een vaste mentor": the last item of what they get (no verb or clause break between). */
const RECEIVED_LIST_BEFORE = /(?<![\p{L}])(?:krijgen|krijgt|kregen|kreeg|get|gets|got|receive|receives|received)(?:\s+[^\s.,;:!?]+){1,8}?\s+(?:en|and|&)(?:\s+(?:een|a|an|hun|haar|zijn|their|his|her|vaste|eigen|own|fixed|personal|persoonlijke|nieuwe|new))+\s*$/u;
/**
 * "ik weet (niet) wie mijn mentor is", "I don't know who my tutor is", "wat mijn taken als mentor zijn": the role is
 * what someone knows about, inside the question after "weet" or "know", not who carries a practice.
 */
const KNOWING_BEFORE =
  /(?<![\p{L}])(?:weet|weten|wist|wisten|know|knows|knew|kennen|ken|idee|idea|sure|zeker|duidelijk|onduidelijk|clear|unclear|vraag me af|vraag ik me af|vraag mij af|vragen we ons af|wonder|wondered)(?:\s+[\p{L}'’-]+){0,5}?\s+(?:wie|wat|of|hoe|who|what|whether|how)(?:\s+[\p{L}-]+){0,4}?\s*$/u;
// The embedded question ends its clause: "wie mijn mentor is (en wie …)", "wat de pabo van mij verwacht."
const KNOWN_AFTER =
  /^(?:(?:\s+[\p{L}-]+){0,2}?\s+(?:is|zijn|are|was|were|waren|doet|doen|does|do|inhoudt|betekent|means)(?![\p{L}])\s*(?:[,;.!?]|$|(?:en|and|of|or)\s+(?:wie|wat|who|what)(?![\p{L}]))|(?:\s+(?!(?:en|and|maar|but|die|dat|who|which|that)(?![\p{L}]))[\p{L}-]+){1,7}\s*(?:[,;.!?]|$))/u;
/** "aangeeft mentor te willen worden", "to become a mentor": the role is what someone becomes, the predicate. */
const BECOMING_BEFORE = /(?<![\p{L}])(?:become|becomes|became|becoming)\s+(?:a|an|the)?\s*$/u;
// Not the passive "studenten worden begeleid": "te" or a modal before "worden", or "worden" ending the clause.
const BECOMING_AFTER = /^\s+(?:te\s+(?:(?:willen|kunnen|mogen)\s+)?worden|(?:wil|wilt|willen|kan|kunnen|mag|mogen)\s+worden|worden(?=\s*(?:[.,;:!?]|$)))(?![\p{L}])/u;
const DOCUMENT = String.raw`(?:\p{L}*mail\p{L}*|bericht\p{L}*|appje|brief|berichten|message|note|letter|update|updates|\p{L}*verslag(?:en)?|\p{L}*rapport\p{L}*|reports?|overzicht(?:en)?|nieuwsbrief|newsletter|notulen|minutes|uitnodiging|invitation|resultaten|results|cijfers|figures)`;
const SENT_THING_AFTER = new RegExp(String.raw`^\s+(?:een|a|an|het|de|the|ons|onze|our|my|mijn)\s+(?:[\p{L}-]+\s+)?${DOCUMENT}(?![\p{L}])`, 'u');
const RECEIVES_DOCUMENT_AFTER = new RegExp(
  String.raw`^\s+(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen|receives|received|receive|gets|got|get)\s+(?:(?:een|het|de|ons|onze|hun|a|an|the|our|their|every|each|elk|elke)\s+)*(?:[\p{L}-]+\s+)?${DOCUMENT}(?![\p{L}])(?:\s+(?!(?:en|and|maar|but|om|to)(?![\p{L}]))[\p{L}-]+){0,5}\s*(?:[,.;:!?]|$)`,
  'u',
);
const KEEP_BEFORE = /(?<![\p{L}])(?:keep|keeps|kept|keeping|houden|houdt|hield|hielden|gehouden)(?:\s+(?:de|het|een|onze|ons|alle|the|our|all|their))*\s*$/u;
const INFORMED_AFTER = /^\s+(?:informed|updated|posted|in the loop|op de hoogte|in de loop)(?![\p{L}])/u;
/** "mijn stageschool is een Daltonschool", "de pabo is een belangrijke partner": a body described, not acting. */
const DESCRIBED_AFTER = /^\s+(?:is|zijn|was|waren|are|were)\s+(?:een|a|an)\s/u;
/** "elke docent kan mentor zijn": the role after a modal, as the predicate of "zijn" or "worden". */
const PREDICATE_BEFORE = /(?<![\p{L}])(?:kan|kunnen|mag|mogen|wil|willen|moet|moeten|can|may|could)\s+(?:een\s+|a\s+|an\s+)?$/u;
const PREDICATE_AFTER = /^\s+(?:zijn|worden|be|become)(?![\p{L}])/u;
/**
 * "Als directeur merk ik dat …", "wat ik als directeur merk is …", "As a principal I see …": the writer names the role
 * from which she observes; observing is no practice the role carries.
 */
const OBSERVER_BEFORE = /(?<![\p{L}])(?:als|as(?:\s+(?:a|an|the))?)\s*$/u;
const OBSERVING =
  /(?<![\p{L}])(?:(?:ik|we|wij)\s+(?:(?:\p{L}+\s+){0,6}?)(?:merk|merken|zie|zien|heb\s+gezien|hebben\s+gezien|ervaar|ervaren)|(?:merk|zie|ervaar)\s+(?:ik|we|wij)|(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\p{L}+\s+){0,5}?gezien|i\s+(?:\p{L}+\s+)?(?:see|notice|noticed|have\s+seen))(?![\p{L}])(?!\s+(?:erop|er\s+op)\s+toe|\s+to\s+it)/u;
/** "Maar of de begeleiders er echt mee werken, dat weten we niet": the role in a question nobody can answer. */
const UNKNOWN_WHETHER_BEFORE = /(?:^|[,;:]\s*|(?<![\p{L}])(?:maar|en|but|and)\s+)(?:of|whether)\s+[^,;:.!?]*$/u;
const UNKNOWN_WHETHER_AFTER = /^[^.!?;:]*?,?\s*(?:(?:dat|dit)\s+)?(?:weet|weten|wist|wisten)\s+(?:ik|we|wij|je)(?:\s+\p{L}+){0,3}?\s+(?:niet|nooit)(?![\p{L}])/u;
/** "onze scholen verschillen erg in …", "it varies per school": schools compared are not acting. */
// Its composition neither: "onze opleidingsschool bestaat uit 14 basisscholen en de pabo".
const DIFFER_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:verschillen|verschilden|varieren|varieerden|differ|differed|vary|varied|bestaat uit|bestaan uit|bestond uit|consists of|consist of|is made up of)(?![\p{L}])/u;
/**
 * "Nu heeft elke school nog een eigen programma", "iedere school doet zijn eigen ding", "each school has its own
 * plan": each school having its own, or going its own way, is not a partner carrying the shared practice (labelling
 * guide, x-kc-039). Each school acting on its own still acts: "each ROC runs its own survey" (h2-kc-044).
 */
const EACH_BEFORE = /(?<![\p{L}])(?:elke|iedere|ieder|elk|each|every)\s*$/u;
const OWN_AFTER =
  /^\s+(?:(?:heeft|hebben|had|hadden|has|have|kent|houdt)(?:\s+[\p{L}-]+){0,3}?\s+(?:eigen|own)(?![\p{L}])|[^,;:.!?]*?(?<![\p{L}])(?:eigen ding|eigen weg|eigen gang|eigen manier|eigen wijze|own thing|own way)(?![\p{L}]))/u;
/** "Nu heeft elke school nog een eigen programma": the verb of having before the school, inverted. */
const HAS_EACH_BEFORE = /(?<![\p{L}])(?:heeft|hebben|had|hadden|kent|houdt)\s+(?:elke|iedere|ieder|elk)\s*$/u;
const OWN_SOON_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+eigen(?![\p{L}])/u;
const eachOnItsOwn = (before: string, after: string) =>
  (EACH_BEFORE.test(before) && OWN_AFTER.test(after)) || (HAS_EACH_BEFORE.test(before) && OWN_SOON_AFTER.test(after));
/**
 * A wish someone else reports ("studenten geven aan dat ze meer feedback willen van hun werkplekbegeleider", "they want
 * more contact with the university"): the role is what they miss, not who carries a practice. The wisher is a pronoun
 * or a student; the wish verb stands in the same clause, before the role or (Dutch) at its end.
 */
const WISHER = String.raw`(?:ze|zij|hij|they|he|she|${STUDENT_TERM})`;
const WISH_VERB = String.raw`(?:willen|wilden|wil|wensen|wenst|wensten|missen|misten|mist|zouden graag|zou graag|want|wants|wanted|would like|would love|wish|wishes|wished|miss|misses|missed)`;
const WISH_BEFORE = new RegExp(String.raw`(?<![\p{L}])${WISHER}\s+(?:[\p{L}-]+\s+){0,8}?${WISH_VERB}(?![\p{L}])[^,;:]*$`, 'u');
const WISH_AFTER = new RegExp(String.raw`^[^,;:.!?]*?(?<![\p{L}])${WISH_VERB}\s*(?:[,;:.!?]|$)`, 'u');
const WISH_CLAUSE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:dat|that)\s+${WISHER}(?![\p{L}])[^,;:]*$`, 'u');
/**
 * The writer's opinion ("ik vind de samenwerking met de pabo prima", "als bestuur vinden we het belangrijk dat …"):
 * the roles in it are what the opinion is about, not who carries a practice. A clause after "dat" or "als"
 * ("ik vind het fijn dat de mentor elke week meekijkt") is a description again.
 */
// Present tense only: "ik vond het gesprek met de schoolopleider nuttig" reports an event that took place.
const OPINION = /(?<![\p{L}])(?:ik vind|vind ik|we vinden|wij vinden|vinden we|vinden wij|i think|we think|i find|we find|in mijn ogen|naar mijn mening|in my view|in my opinion)(?![\p{L}])/u;
/** A named activity in the opinion clause ("ik vind de gesprekken met mijn mentor fijn"): the opinion is about a practice. */
const ACTIVITY = new RegExp(String.raw`(?<![\p{L}])(?:${ACTIVITY_TERM})(?![\p{L}])`, 'u');
const OPINION_END = /(?<![\p{L}])(?:dat|als|wanneer|omdat|hoe|that|when|if|because|how)(?![\p{L}])/gu;
// Dutch without an article ("als school"); "als de mentor meekijkt" is a clause again.
const APPOSITION_END = /(?<![\p{L}])(?:als|as(?:\s+(?:a|an|our))?)\s*$/u;
const BENEFICIARY = new Set('aan voor naar over om tot to for about towards'.split(' '));
/** Other prepositions that open a fronted phrase ("na klachten van studenten", "after complaints from trainees"). */
const PREPOSITION = new Set('na voor tijdens volgens via dankzij zonder after before during according via without'.split(' '));
const LIST = new Set(['en', 'of', 'and', 'or', '&', '/', ',']);
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:we|wij|ik|zij|ze|hij|men|jullie|i|they|he|she)(?![\p{L}])/u;
/** Where the clause around a role starts. */
const CLAUSE_START = /[,;:()]|(?<![\p{L}])(?:maar|but|want|omdat|terwijl|dat|die|wat|what|waar|waarin|waarbij|waarmee|waarna|wie|who|which|that|where|because|while)(?![\p{L}])/gu;

type Found = CueMatch & { role: PartnerRoleId };

export function carriesWork(input: MatchInput, found: readonly Found[]): PartnerMention[] {
  const out: PartnerMention[] = [];
  const actorPlace = new Map<Found, boolean>();
  for (const m of found) {
    const place = readPlace(input, m, found, actorPlace);
    actorPlace.set(m, place);
    const carries = !inQuestion(input, m) && (m.role === 'joint' ? !opinionOf(input, m) : (!readByPlace(m) || place) && !addressed(input, m));
    out.push({ ...m, carries, asActor: place });
  }
  return out;
}

/** Whether the role is only addressed or receives something (see the module comment). */
function addressed(input: MatchInput, m: Found): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  const start = sentence ? sentence.start : 0;
  const end = sentence ? sentence.end : input.lower.length;
  const before = input.lower.slice(start, m.start);
  const after = input.lower.slice(m.end, end);
  const agent = AGENT_BEFORE.test(before);
  if ((ADDRESSED_AFTER.test(after) && !OPENS_SENTENCE.test(before) && !agent) || ADDRESSED_PASSIVE.test(after) || ((ADDRESSING_BEFORE.test(before) || ADDRESSING_PRESENT.test(before)) && !agent)) return true;
  if (RECEIVED_BEFORE.test(before) || RECEIVED_LIST_BEFORE.test(before)) return true;
  if (KNOWING_BEFORE.test(before) && KNOWN_AFTER.test(after)) return true;
  // "we hebben de teamleiders een mail gestuurd", "I sent the coordinator an email": the role before what is sent
  if (SENT_THING_AFTER.test(after) && SENDING.test(input.lower.slice(start, end))) return true;
  // "the principal received our report": a role that only receives a document
  if (RECEIVES_DOCUMENT_AFTER.test(after)) return true;
  // "we houden de directeur op de hoogte", "we keep the principal informed"
  if (KEEP_BEFORE.test(before) && INFORMED_AFTER.test(after)) return true;
  if (BECOMING_BEFORE.test(before) || BECOMING_AFTER.test(after) || (PREDICATE_BEFORE.test(before) && PREDICATE_AFTER.test(after))) return true;
  if (OBSERVER_BEFORE.test(before) && OBSERVING.test(input.lower.slice(start, end))) return true;
  if (UNKNOWN_WHETHER_BEFORE.test(before) && UNKNOWN_WHETHER_AFTER.test(after)) return true;
  if (readByPlace(m) && (DIFFER_AFTER.test(after) || DESCRIBED_AFTER.test(after) || eachOnItsOwn(before, after))) return true;
  if (m.role !== 'student' && (WISH_BEFORE.test(before) || (WISH_CLAUSE_BEFORE.test(before) && WISH_AFTER.test(after)))) return true;
  if (opinionOf(input, m)) return true;
  return RECIPIENT_BEFORE.test(before) && SENDING.test(input.lower.slice(start, end));
}

/**
 * A role in a question the writer asks ("wie is eigenlijk verantwoordelijk, de schoolopleider?") carries
 * nothing: the question is the part of a sentence ending in "?" after its last colon.
 */
function inQuestion(input: MatchInput, m: Found): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  if (!sentence || !input.lower.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return false;
  const colon = input.lower.lastIndexOf(':', sentence.end - 1);
  return colon < sentence.start || colon < m.start;
}

/** Whether the mention is in the clause of the writer's opinion (see `inOpinion`). */
function opinionOf(input: MatchInput, m: Found): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  const start = sentence ? sentence.start : 0;
  return inOpinion(input.lower.slice(start, sentence ? sentence.end : input.lower.length), m.start - start, m.end - start);
}

/**
 * Whether the role (`from`–`to` in `sentence`) is in the clause of the writer's opinion: nothing that opens
 * another clause ("dat", "als", a comma) stands between the two ("Als bestuur vinden we het belangrijk dat …").
 */
function inOpinion(sentence: string, from: number, to: number): boolean {
  const opinion = OPINION.exec(sentence);
  if (!opinion) return false;
  const opinionEnd = opinion.index + opinion[0].length;
  // "vinden we als school belangrijk": the "als" of an apposition right before the role opens no clause.
  const between = (to <= opinion.index ? sentence.slice(to, opinion.index) : from >= opinionEnd ? sentence.slice(opinionEnd, from) : '').replace(APPOSITION_END, '');
  OPINION_END.lastIndex = 0;
  if (OPINION_END.test(between) || /[,;:]/u.test(between)) return false;
  // The clause of the opinion: up to the first "dat", "als" or comma after it.
  const stop = sentence.slice(opinionEnd).search(new RegExp(String.raw`[,;:]|${OPINION_END.source}`, 'u'));
  const end = stop < 0 ? sentence.length : opinionEnd + stop;
  return !ACTIVITY.test(sentence.slice(Math.min(from, opinion.index), end));
}

/** Whether `m` stands in the place of an actor (see the module comment). */
function readPlace(input: MatchInput, m: Found, found: readonly Found[], known: ReadonlyMap<Found, boolean>): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  const sentenceStart = sentence ? sentence.start : 0;
  const before = input.lower.slice(sentenceStart, m.start);
  // The clause before the role, without what stands at its start ("," or "maar").
  let clauseFrom = 0;
  let lastBreak = '';
  for (const b of before.matchAll(CLAUSE_START)) {
    clauseFrom = b.index + b[0].length;
    lastBreak = b[0];
  }
  let words = tokens(before.slice(clauseFrom));
  // ", en de io …", ", and the tutor …": a conjunction opening a new clause.
  if (lastBreak === ',' && words[0] && (LIST.has(words[0].word) || words[0].word === 'daarna')) words = words.slice(1);
  while (words.length > 0 && DETERMINERS.has(words[words.length - 1]!.word)) words = words.slice(0, -1);
  // The role that ends right before `pos` (a comma or "en"): the previous item of a list.
  const previousRole = (pos: number) =>
    found.find((o) => o !== m && o.role !== 'joint' && o.end <= pos && pos - o.end <= 2 && input.lower.slice(o.end, pos).trim() === '');

  // A preposition shortly before, over an adjective or two ("op een fijne school"), not past another role
  // ("after complaints from trainees the university …": the preposition is the trainees').
  const clauseStart = sentenceStart + clauseFrom;
  const inOtherRole = (offset: number) => found.some((o) => o !== m && o.role !== 'joint' && o.end <= m.start && offset >= o.start && offset < o.end);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    if (inOtherRole(clauseStart + words[k]!.start)) break;
    const word = words[k]!.word;
    if (word === 'als' && COMPARISON.test(words.slice(0, k).map((t) => t.word).join(' '))) return false;
    // "de samenwerking met de pabo", "contact met de hogeschool": the body names what the noun is about; "in
    // samenwerking met de pabo" is a co-actor.
    // "krijgen we van de pabo een vragenlijst": after a verb of receiving, "van" names the giver.
    if ((word === 'van' || word === 'from') && receivedFrom(words.slice(Math.max(0, k - 6), k).map((t) => t.word))) return true;
    // "met twee studenten door de school lopen": "door" after a verb of motion is "through", a place.
    if (word === 'door' && words.slice(Math.max(0, k - 5), k).some((t) => MOTION.test(t.word))) return false;
    if (TOPIC_WITH.has(word) && k > 0 && TOPIC_NOUN.test(words[k - 1]!.word) && words[k - 2]?.word !== 'in') return false;
    if (CO_ACTOR.has(word)) return true;
    if (PLACE.has(word) || BENEFICIARY.has(word)) return false;
    if (VERB.test(word) || PRONOUN_SUBJECT.test(word) || LIST.has(word)) break;
  }
  // "het programma van de opleiding en de school sluiten aan": a list item takes the reading of the
  // place or owner before it, even right before the verb.
  const lastWord = words[words.length - 1];
  if (lastWord && LIST.has(lastWord.word)) {
    const prev = previousRole(sentenceStart + clauseFrom + lastWord.start);
    if (prev && known.get(prev) === false) return false;
  }
  // Right before its verb, it is the subject: "… en de pabo beoordeelt", "scholen roosteren".
  const next = /^\s+([\p{L}-]+)/u.exec(input.lower.slice(m.end, sentence ? sentence.end : undefined));
  if (next && VERB.test(next[1]!)) return true;

  const last = words[words.length - 1];
  if (!last) {
    // Right after a comma: a list item takes the reading of the item before it.
    if (lastBreak === ',') {
      const prev = previousRole(sentenceStart + clauseFrom - 1);
      if (prev) return known.get(prev) ?? true;
    }
    return true;
  }
  if (LIST.has(last.word)) {
    const prev = previousRole(sentenceStart + clauseFrom + last.start);
    // "over werk en school": listed with things that are not roles, it is not an actor.
    return prev ? (known.get(prev) ?? true) : false;
  }
  // After a verb: the subject of an inverted clause, unless a subject came before.
  const earlier = before.slice(clauseFrom);
  // A role inside a fronted phrase ("Na klachten van studenten hebben de pabo en de scholen …") is no subject.
  const subjectBefore =
    PRONOUN_SUBJECT.test(earlier) ||
    found.some(
      (o) =>
        o !== m &&
        o.role !== 'joint' &&
        o.sentenceIndex === m.sentenceIndex &&
        o.start >= sentenceStart + clauseFrom &&
        o.end <= m.start &&
        !afterPreposition(input.lower.slice(sentenceStart + clauseFrom, o.start)),
    );
  return !subjectBefore;
}

/** Whether the text before a role ends in a preposition, over determiners and an adjective or two. */
function afterPreposition(before: string): boolean {
  const words = tokens(before).map((t) => t.word);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
    const word = words[k]!;
    if (CO_ACTOR.has(word) || PLACE.has(word) || BENEFICIARY.has(word) || PREPOSITION.has(word)) return true;
    if (!DETERMINERS.has(word)) return false;
  }
  return false;
}

function tokens(text: string): Array<{ word: string; start: number }> {
  return [...text.matchAll(/[\p{L}\p{N}'-]+|[&/]/gu)].map((t) => ({ word: t[0], start: t.index }));
}
