import type { MatchInput } from './match';
import type { CueMatch, PartnerRoleId } from './types';
import { ACTIVITY_TERM, STUDENT_TERM } from './vocabulary';

/**
 * A role can stand in the place of an actor and still carry nothing: it is only addressed or sent something
 * ("ik heb de directeur gemaild", "we sturen het verslag naar de teamleiders", "we houden de directeur op de
 * hoogte"), it receives something ("studenten krijgen een vaste mentor", "the principal received our report"),
 * it is what someone knows or wonders about ("ik weet niet wie mijn mentor is"), what students wish for ("dat ze
 * meer feedback willen van hun werkplekbegeleider"), what someone becomes ("mentor te willen worden"), a body
 * compared, composed or described ("onze scholen verschillen", "bestaat uit", "is een Daltonschool", "elke school
 * heeft een eigen programma"), or it is inside a question the writer asks or the writer's opinion. `carriers.ts` asks these after reading the place.
 *
 * The role from which the writer observes ("als werkplekbegeleider merk ik dat …") names that role: round 5 read it
 * as carrying nothing after one author's labels (d4-lo-071, d4-lo-092); ten of the eleven such answers in dev, by
 * the other authors, count it (round 7).
 */

type Found = CueMatch & { role: PartnerRoleId };

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
const SEND_VERB = String.raw`(?:ver|door|op|toe)?stur(?:en|de|den)|voorstel|voorstellen|voorgesteld|proposal|proposals|proposed|(?:ge|ver|door|op|toe)?stuur\p{L}*|(?:ge|ver|door|op|toe)?stuurd|(?:ge)?stuurt|gemaild|mailen|gepresenteerd|presenteren|voorgelegd|voorleggen|gerapporteerd|rapporteren|teruggekoppeld|terugkoppelen|aangeboden|gedeeld|sent|send|sends|presented|shared|reported|forwarded|submitted|mailed|emailed|handed`;
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
/**
 * "we hebben de uitkomsten gedeeld met alle scholen", "the results are shared with all schools": those it is shared with
 * receive it (a verb, not "een gedeeld beeld met de pabo" or "a shared programme with the pabo").
 */
const SHARED_WITH_BEFORE =
  /(?<![\p{L}])(?<!(?:een|a|the|de|het|onze|our)\s+)(?:gedeeld|delen|deelt|deelde|deelden|deel|shared|share|shares)(?![\p{L}])(?:\s+[\p{L}'’-]+){0,6}?\s+(?:met|with)(?:\s+[\p{L}-]+){0,5}?\s*$/u;
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
// Also the course that makes one: "de opleiding tot schoolopleider", "opgeleid tot mentor", "trained as a mentor".
const BECOMING_BEFORE =
  /(?<![\p{L}])(?:become|becomes|became|becoming|(?:opleiding|opleidingen|cursus|training|leergang|opgeleid|opleiden|opgeleid worden)\s+tot(?:\s+(?:geregistreerd|gecertificeerd|erkend))?|trained\s+as|training\s+as)\s+(?:a|an|the|een)?\s*$/u;
/**
 * "een functieprofiel voor de schoolopleider", "de rolverdeling tussen schoolopleider en instituutsopleider is
 * vastgelegd", "the job description of the mentor": the role is what a document describes, not who carries a practice.
 */
const DESCRIBED_IN_BEFORE =
  /(?<![\p{L}])(?:\p{L}*profiel(?:en)?|\p{L}*beschrijving(?:en)?|\p{L}*omschrijving(?:en)?|rolverdeling|taakverdeling|(?:job|role|task) descriptions?|(?:competence|role) profiles?|division of (?:roles|tasks))\s+(?:voor|van|tussen|of|for|between)(?:\s+(?!(?:die|dat|wat|who|which|that)(?![\p{L}]))[\p{L}-]+){0,4}?\s*$/u;
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
// Not a time or frequency: "het bestuur is een keer per jaar aanwezig", "the board is a day a year on site".
const DESCRIBED_AFTER = /^\s+(?:is|zijn|was|waren|are|were)\s+(?:een|a|an)\s(?!(?:keer|paar|dag|dagdeel|week|maand|middag|ochtend|avond|uur|jaar|time|day|week|month|year|few|couple)(?![\p{L}]))/u;
/**
 * "onze school is sinds twee jaar opleidingsschool", "herkenbaar als opleidingsschool", "every school in our trust is a
 * training school": the status of a school, the body and its status both described, not acting.
 */
const STATUS = String.raw`(?:een\s+|a\s+)?(?:erkende\s+|gecertificeerde\s+|recognised\s+|accredited\s+)?(?:opleidingsschool|opleidingsscholen|training\s+schools?)(?![\p{L}])`;
const STATUS_NAME = new RegExp(String.raw`^${STATUS}`, 'u');
const STATUS_BEFORE = /(?<![\p{L}])(?:(?:is|zijn|wordt|worden|werd|werden|was|waren|are|were|became|become|becomes)(?:\s+(?!(?:dat|die|en|and|that|who)(?![\p{L}]))[\p{L}\p{N}-]+){0,4}?|(?:herkenbaar|erkend|bekend|geregistreerd|gecertificeerd|gekwalificeerd|accredited|recognised|recognized|known)\s+als|(?:recognised|recognized|accredited|known)\s+as)\s+(?:een\s+|a\s+)?(?:erkende\s+|gecertificeerde\s+|recognised\s+|accredited\s+)?$/u;
const STATUS_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:en|and|maar|but|die|dat|who|that)(?![\p{L}]))[\p{L}\p{N}-]+){0,4}?\s+(?:is|zijn|wordt|werd|are|is\s+now)(?:\s+(?!(?:dat|die|en|and|that)(?![\p{L}]))[\p{L}\p{N}-]+){0,3}?\s+(?:herkenbaar\s+als\s+|erkend\s+als\s+|recognised\s+as\s+)?${STATUS}`,
  'u',
);
/** "wat ik mis is afstemming met de opleiding", "what I miss is contact with her tutor": the role is in what the writer misses. */
const MISSED_BEFORE = /(?<![\p{L}])(?:wat|what)\s+(?:ik|we|wij|i)\s+(?:(?:nog|echt|wel|vooral|really|still)\s+)*(?:mis|missen|miste|misten|miss|missed)\s*,?\s+(?:is|was)(?![\p{L}])[^.:;!?]*$/u;
/** "elke docent kan mentor zijn": the role after a modal, as the predicate of "zijn" or "worden". */
const PREDICATE_BEFORE = /(?<![\p{L}])(?:kan|kunnen|mag|mogen|wil|willen|moet|moeten|can|may|could)\s+(?:een\s+|a\s+|an\s+)?$/u;
const PREDICATE_AFTER = /^\s+(?:zijn|worden|be|become)(?![\p{L}])/u;
/** "Maar of de begeleiders er echt mee werken, dat weten we niet": the role in a question nobody can answer. */
const UNKNOWN_WHETHER_BEFORE = /(?:^|[,;:]\s*|(?<![\p{L}])(?:maar|en|but|and)\s+)(?:of|whether)\s+[^,;:.!?]*$/u;
const UNKNOWN_WHETHER_AFTER = /^[^.!?;:]*?,?\s*(?:(?:dat|dit)\s+)?(?:weet|weten|wist|wisten)\s+(?:ik|we|wij|je)(?:\s+\p{L}+){0,3}?\s+(?:niet|nooit)(?![\p{L}])/u;
/** "onze scholen verschillen erg in …", "it varies per school": schools compared are not acting. */
// Its composition or location neither: "onze opleidingsschool bestaat uit 14 basisscholen en de pabo", "onze scholen
// staan in een wijk met veel nieuwkomers".
const DIFFER_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:verschillen|verschilden|varieren|varieerden|differ|differed|vary|varied|bestaat uit|bestaan uit|bestond uit|consists of|consist of|is made up of|(?:staat|staan|ligt|liggen|lag|lagen|is gevestigd|zijn gevestigd|is located|are located|lies|lie)\s+(?:\p{L}+\s+)?(?:in|op|aan|bij|at|on|near)\s+(?:een|de|het|a|an|the)\s+(?:\p{L}+\s+)?(?:wijk|stad|dorp|regio|buurt|gebied|omgeving|centrum|plaats|district|city|town|village|region|area|neighbourhood|neighborhood|centre|center)(?![\p{L}])|(?:in|op|aan|bij|at|on|near)\s+(?:een|de|het|a|an|the)\s+(?:\p{L}+\s+)?(?:wijk|stad|dorp|regio|buurt|gebied|omgeving|centrum|plaats|district|city|town|village|region|area|neighbourhood|neighborhood|centre|center)(?![\p{L}])(?:\s+[\p{L}-]+){0,4}?\s+(?:staat|staan|ligt|liggen|lag|lagen))(?![\p{L}])/u;
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

/** Whether the role is only addressed or receives something (see the module comment). */
export function addressed(input: MatchInput, m: Found, byPlace: boolean): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  const start = sentence ? sentence.start : 0;
  const end = sentence ? sentence.end : input.lower.length;
  const before = input.lower.slice(start, m.start);
  const after = input.lower.slice(m.end, end);
  const agent = AGENT_BEFORE.test(before);
  if ((ADDRESSED_AFTER.test(after) && !OPENS_SENTENCE.test(before) && !agent) || ADDRESSED_PASSIVE.test(after) || ((ADDRESSING_BEFORE.test(before) || ADDRESSING_PRESENT.test(before)) && !agent)) return true;
  if (RECEIVED_BEFORE.test(before) || RECEIVED_LIST_BEFORE.test(before)) return true;
  if (SHARED_WITH_BEFORE.test(before) && !agent) return true;
  if (KNOWING_BEFORE.test(before) && KNOWN_AFTER.test(after)) return true;
  // "we hebben de teamleiders een mail gestuurd", "I sent the coordinator an email": the role before what is sent
  if (SENT_THING_AFTER.test(after) && SENDING.test(input.lower.slice(start, end))) return true;
  // "the principal received our report": a role that only receives a document
  if (RECEIVES_DOCUMENT_AFTER.test(after)) return true;
  // "we houden de directeur op de hoogte", "we keep the principal informed"
  if (KEEP_BEFORE.test(before) && INFORMED_AFTER.test(after)) return true;
  if (DESCRIBED_IN_BEFORE.test(before)) return true;
  if (BECOMING_BEFORE.test(before) || BECOMING_AFTER.test(after) || (PREDICATE_BEFORE.test(before) && PREDICATE_AFTER.test(after))) return true;
  if (UNKNOWN_WHETHER_BEFORE.test(before) && UNKNOWN_WHETHER_AFTER.test(after)) return true;
  if (byPlace && (DIFFER_AFTER.test(after) || DESCRIBED_AFTER.test(after) || eachOnItsOwn(before, after))) return true;
  if (m.role === 'opleidingsschool' && ((STATUS_BEFORE.test(before) && STATUS_NAME.test(m.text.toLowerCase())) || STATUS_AFTER.test(after))) return true;
  if (m.role !== 'student' && MISSED_BEFORE.test(before)) return true;
  if (m.role !== 'student' && (WISH_BEFORE.test(before) || (WISH_CLAUSE_BEFORE.test(before) && WISH_AFTER.test(after)))) return true;
  if (opinionOf(input, m)) return true;
  return RECIPIENT_BEFORE.test(before) && SENDING.test(input.lower.slice(start, end));
}

/**
 * A role in a question the writer asks ("wie is eigenlijk verantwoordelijk, de schoolopleider?") carries
 * nothing: the question is the part of a sentence ending in "?" after its last colon.
 */
export function inQuestion(input: MatchInput, m: Found): boolean {
  const sentence = input.sentences[m.sentenceIndex];
  if (!sentence || !input.lower.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return false;
  const colon = input.lower.lastIndexOf(':', sentence.end - 1);
  return colon < sentence.start || colon < m.start;
}

/** Whether the mention is in the clause of the writer's opinion (see `inOpinion`). */
export function opinionOf(input: MatchInput, m: Found): boolean {
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
