import type { MatchInput } from './match';
import { ACTOR_VERB } from './vocabulary';
import { addressed, inQuestion, opinionOf } from './not-carrying';
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
 * or after the "als" of a comparison ("dezelfde visie als de pabo"), nor when it only names what a
 * cooperation or contact is about ("de samenwerking met de pabo"). It does carry after a verb of receiving
 * ("krijgen we van de pabo een vragenlijst") and after "via" ("loopt via de hogeschool").
 * The board is read the same way ("het jaarverslag van het bestuur", "presented to the board").
 *
 * Any role, named ones too, does not carry when it is only addressed, receives something, is what someone
 * knows or wishes, and so on (`not-carrying.ts`), nor in a question the writer asks, nor in the writer's
 * present-tense opinion ("ik vind de samenwerking met de pabo prima"); a role inside a fronted phrase ("na
 * klachten van studenten") is no subject before the roles after the verb.
 */

const ACTOR_ROLES: ReadonlySet<PartnerRoleId> = new Set(['student', 'opleidingsschool', 'lerarenopleiding', 'bestuur', 'hr']);
/** Board members, HR advisers, the teacher of an ROC are people with a role, named like a mentor: only a body is read by its place. */
const PERSON = /bestuurder|member|adviseur|advis[eo]r|medewerker|manager|functionaris|officer|staff|docent|begeleider|coach|opleider|direct|dean/u;
/** A meeting of the board ("in het bestuurlijk overleg", "aan de bestuurlijke tafel", "every board meeting") is its members meeting: no place. */
const MEETING = /overleg|vergadering|beraad|tafel|meeting/u;
const readByPlace = (m: Found) =>
  ACTOR_ROLES.has(m.role) && !(m.role !== 'student' && (PERSON.test(m.text.toLowerCase()) || MEETING.test(m.text.toLowerCase())));
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

/** A task or responsibility that lies with someone ("… ligt bij", "… rests with"): the body after it holds it. */
const HOLDS =
  /(?<![\p{L}])(?:verantwoordelijkheid|eindverantwoordelijkheid|beoordeling|eindbeoordeling|eindoordeel|oordeel|uitvoering|regie|taak|taken|eigenaarschap|coordinatie|organisatie|zeggenschap|leiding|responsibility|assessment|final say|ownership|coordination)(?![\p{L}])(?: [\p{L}\p{N}'-]+){0,8}? (?:ligt|liggen|lag|lagen|berust|berusten|lies|lie|rests|rest)(?: [\p{L}\p{N}'-]+){0,4}$/u;
/** "in practice", "in de praktijk", "in principe": adverbs opening a clause, not a place. */
const IN_ADVERB = /^(?:practice|praktijk|principe|principle|general|fact|reality|theory|theorie|feite|wezen)$/u;
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
    const carries = !inQuestion(input, m) && (m.role === 'joint' ? !opinionOf(input, m) : (!readByPlace(m) || place) && !addressed(input, m, readByPlace(m)));
    out.push({ ...m, carries, asActor: place });
  }
  return out;
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
    // "de beoordeling ligt bij de hogeschool", "de verantwoordelijkheid voor de stage ligt bij het roc": the body holds the task.
    if ((word === 'bij' || word === 'with') && HOLDS.test(words.slice(0, k).map((t) => t.word).join(' '))) return true;
    // "In practice the school decides …", "in de praktijk doet de school …": an adverb, no place.
    if (word === 'in' && words.slice(k + 1, k + 3).some((t) => IN_ADVERB.test(t.word))) break;
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
