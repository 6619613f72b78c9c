import type { CueMatch } from './types';

/**
 * An actor named as subject with a finite verb of doing: "mijn student geeft twee klassen", "we spreken elkaar in de
 * docentenkamer", "the school-based educator checks in with the pairs". Not after an inverted subject ("daar sta ik
 * achter": the word after it is no verb; reading the verb before it cost more than it gained on dev).
 * Read from the sentence structure, not from a list of verbs, since each new writer brings verbs of their own
 * (meelopen, co-teach, plaatsen, reageren): the word right after a subject that opens its clause, in the shape of a
 * finite verb, that is not a copula, an auxiliary or modal, a verb of opinion, knowing or wishing, a generic verb of
 * the partnership (werken, zorgen, begeleiden, leren, bieden) or a function word. Something it is done to or with
 * must follow in the clause. As an activity it is generic: it needs an anchor other than a document
 * (`activity-example.ts`).
 */

/** Not a verb of doing: copulas, auxiliaries, modals, opinion, knowing, wishing, generic verbs, and function words. */
const NOT_DOING = new Set(
  [
    // copulas and auxiliaries
    'is', 'zijn', 'ben', 'bent', 'was', 'waren', 'wordt', 'worden', 'word', 'werd', 'werden', 'blijft', 'blijven', 'blijf', 'lijkt', 'lijken', 'heet', 'heten',
    'heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'staat', 'staan', 'sta', 'ligt', 'liggen', 'valt', 'vallen', 'hoort', 'horen',
    // modals and plans
    'kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'wilt', 'willen',
    'wilde', 'wilden', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'ga', 'gaat', 'gaan', 'ging', 'gingen', 'hoef', 'hoeft', 'hoeven', 'probeer', 'probeert',
    'proberen', 'streef', 'streeft', 'streven', 'hoop', 'hoopt', 'hopen', 'plan', 'plannen',
    // opinion, knowing, feeling, noticing
    'vind', 'vindt', 'vinden', 'vond', 'vonden', 'denk', 'denkt', 'denken', 'dacht', 'dachten', 'weet', 'weten', 'wist', 'wisten', 'merk', 'merkt',
    'merken', 'zie', 'ziet', 'zien', 'zag', 'zagen', 'ken', 'kent', 'kennen', 'snap', 'snapt', 'snappen', 'begrijp', 'begrijpt', 'begrijpen', 'mis',
    'mist', 'missen', 'voel', 'voelt', 'voelen', 'geloof', 'gelooft', 'geloven', 'verwacht', 'verwachten', 'ervaar', 'ervaart', 'ervaren', 'herken',
    'herkent', 'herkennen', 'twijfel', 'twijfelt', 'twijfelen', 'maak', 'maakt', 'maken',
    // generic verbs of the partnership: without an anchor they say nothing the committee could picture
    'werk', 'werkt', 'werken', 'zorg', 'zorgt', 'zorgen', 'begeleid', 'begeleidt', 'begeleiden', 'leer', 'leert', 'leren', 'ondersteun',
    'ondersteunt', 'ondersteunen', 'bied', 'biedt', 'bieden', 'investeer', 'investeert', 'investeren', 'hanteer', 'hanteert', 'hanteren', 'gebruik',
    'gebruikt', 'gebruiken', 'doe', 'doet', 'doen', 'krijgt', 'krijgen', 'krijg', 'regel', 'regelt', 'regelen', 'begin', 'begint', 'beginnen',
    'miss', 'misses', 'missed',
    // function words
    'en', 'of', 'maar', 'als', 'dat', 'die', 'dit', 'deze', 'wat', 'wie', 'waar', 'hoe', 'niet', 'geen', 'nooit', 'ook', 'nog', 'al', 'wel', 'zelf',
    'allemaal', 'allebei', 'alleen', 'eigenlijk', 'gewoon', 'echt', 'vaak', 'soms', 'altijd', 'nu', 'dan', 'toen', 'er', 'daar', 'hier', 'het', 'de',
    'een', 'van', 'voor', 'met', 'in', 'op', 'aan', 'bij', 'om', 'naar', 'uit', 'over', 'door', 'te', 'tot', 'zo', 'heel', 'erg', 'meer', 'veel',
    'vooral', 'omdat', 'want', 'dus', 'zodat', 'terwijl', 'wanneer', 'hebben', 'ze', 'zij', 'we', 'wij', 'ik', 'hij', 'je', 'jij', 'u', 'men',
    'ons', 'onze', 'mijn', 'hun', 'haar', 'zijn', 'elkaar', 'samen', 'per', 'elke', 'elk', 'iedere', 'ieder', 'alle', 'beide', 'twee', 'drie',
    'zeggen', 'zegt', 'zeg', 'noemen', 'noemt',
    // English
    'am', 'are', 'were', 'be', 'been', 'have', 'has', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'can', 'could', 'will', 'would', 'should',
    'must', 'may', 'might', 'shall', 'need', 'needs', 'want', 'wants', 'wanted', 'try', 'tries', 'tried', 'hope', 'hopes', 'plan', 'plans',
    'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'believe', 'believes', 'know', 'knows', 'knew', 'see', 'sees', 'saw', 'notice',
    'notices', 'find', 'finds', 'like', 'likes', 'work', 'works', 'worked', 'ensure', 'ensures', 'make', 'makes', 'made', 'support', 'supports',
    'supervise', 'supervises', 'guide', 'guides', 'coach', 'coaches', 'learn', 'learns', 'offer', 'offers', 'provide', 'provides', 'use', 'uses',
    'get', 'gets', 'got', 'talk', 'talks', 'experience', 'experiences', 'hear', 'hears', 'hoor', 'hoort', 'horen', 'seem', 'seems', 'say', 'says', 'said', 'go', 'goes', 'going',
    'and', 'or', 'but', 'also', 'often', 'always', 'usually', 'sometimes', 'then', 'still', 'now', 'really', 'just', 'only', 'never', 'not', 'all',
    'both', 'who', 'that', 'which', 'the', 'a', 'an', 'of', 'in', 'at', 'on', 'with', 'to', 'for', 'from', 'by', 'as', 'too', 'here', 'there', 'each',
    "i'm", "we're", "they're", "she's", "he's", "i've", "we've", "i'd", "we'd",
  ],
);

const ENGLISH_PRONOUN = /^(?:i|we|they|she|he)$/u;
/** The shape of a Dutch finite verb after a subject other than "ik": -t, -d or -en ("geeft", "spreken"). */
const DUTCH_FINITE = /^\p{L}{2,}(?:t|d|en)$/u;
/** The shape of an English finite verb after a role: "checks", "asked". */
const ENGLISH_FINITE = /^\p{L}{2,}(?:s|ed)$/u;
/** A word of the clause, with what follows it. */
const WORD_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(\p{L}[\p{L}'’-]*)(?=([^.,;:!?]*))/u;
/** Only the opening of a clause and determiners or adjectives before the subject. */
const CLAUSE_LEAD =
  /(?:^|[,;:(]|(?<![\p{L}])(?:en|maar|want|dus|and|but|so))\s*(?:(?:de|het|een|mijn|onze|ons|hun|haar|zijn|alle|elke|iedere|veel|sommige|die|deze|the|my|our|their|a|an|every|each|all|some|most|many|this|these|[\p{L}-]+e)\s+){0,3}$/u;
/** Something it is done to or with: at least one more word in the clause. */
const MORE_WORDS = /^\s+[\p{L}\p{N}'‘"]/u;

/** An actor as the subject of a finite verb of doing, per actor match; the verb is the match. */
export function doingVerbs(lower: string, actors: readonly CueMatch[], span: { start: number; end: number }): CueMatch[] {
  const out: CueMatch[] = [];
  for (const a of actors) {
    const subject = lower.slice(a.start, a.end);
    const after = WORD_AFTER.exec(lower.slice(a.end, span.end));
    // The subject opens its clause (only determiners before it); elsewhere a pronoun is inverted or in a
    // subordinate clause and the word after it is no finite verb ("daar sta ik achter", "hebben we goed geborgd").
    const lead = CLAUSE_LEAD.exec(lower.slice(span.start, a.start));
    if (after && lead) {
      const verb = after[1]!;
      const offset = a.end + after.index + after[0].length - verb.length;
      const shaped = subject === 'ik' || ENGLISH_PRONOUN.test(subject) || DUTCH_FINITE.test(verb) || ENGLISH_FINITE.test(verb);
      if (shaped && !NOT_DOING.has(verb) && MORE_WORDS.test(after[2] ?? '')) {
        out.push({ cueId: 'activity.doing', start: offset, end: offset + verb.length, text: verb, sentenceIndex: a.sentenceIndex });
      }
    }
  }
  return out;
}
