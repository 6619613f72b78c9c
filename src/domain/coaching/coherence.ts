import { WAARBORG_IDS } from '../framework';
import { context, cue, findCue, type CueDefinition, type MatchInput } from './match';
import type { CoherenceMention, WaarborgId } from './types';
import { STUDENT_TERM } from './vocabulary';

/**
 * Coherence with the other waarborgen (criterion 2). The committee advises to
 * translate the vision to the other waarborgen and to make the link between
 * waarborg 1 and 2 concrete (DUS-I verslag, "Bevindingen per waarborg").
 *
 * The check is lexical: an answer "links" to another waarborg when it names it
 * ("waarborg 2", "leeromgeving") or one of its key themes. Mentions of the waarborg
 * being answered never count.
 */

export type CoherenceCue = CueDefinition & { waarborgId: WaarborgId };

/** A sentence that names people who train others: their "competenties" and "training" are organisatie. */
const EDUCATORS = String.raw`(?:\p{L}*opleiders?|mentor(?:en|s)?|\p{L}*begeleid(?:er|ers|ster|sters)|coach(?:es|s)?|educators?|supervisors?|tutors?|teamleden|docenten)`;
/** "verbeteren" is a link when it rests on data ("op basis van de enquête"), not as a general claim. */
const DATA = `(?:${[
  String.raw`op basis (?:van|daarvan|hiervan)|naar aanleiding (?:van|daarvan|hiervan)|n\.?a\.?v\.?|uitkomst\p{L}*|resultaten|opbrengst(?:en)?|bevindingen|gegevens|data|cijfers|scores?|scoorden`,
  String.raw`\p{L}*vragenlijst\p{L}*|\p{L}*enquete\p{L}*|evalu\p{L}*|feedback|signalen|klachten|verzamel\p{L}*|opgehaald|gaven (?:\p{L}+ ){0,3}aan|aangegeven|zeiden|lieten (?:\p{L}+ ){0,2}weten`,
  // English
  String.raw`survey\p{L}*|results?|findings|outcomes?|complaints|collected|gathered|based on|on that basis|following|said|told us|indicated`,
].join('|')})`;
/** The teacher's roles in the beroepsbeeld (pedagoog, didacticus …): "rollen" there are lerende leraar, not the organisation's. */
/** Facilitering counts only in a sentence that names the educators it is for. */
const NOT_ABOUT_EDUCATORS = context(String.raw`^(?!.*(?:^|[^\p{L}])${EDUCATORS}(?!\p{L}))`);
/** Or names the writer: "ik krijg 20 uur voor de begeleiding" is the writer's own time as an educator. */
const NOT_ABOUT_EDUCATORS_OR_WRITER = context(String.raw`^(?!.*(?:^|[^\p{L}])(?:${EDUCATORS}|ik|i)(?!\p{L}))`);
const TEACHER_ROLES = String.raw`beroepsbeeld\p{L}*|beroepsprofiel\p{L}*|pedagoog|didacticus|vakinhoudelijk(?:e)? (?:expert|deskundige)|professional profiles?|teacher standards|pedagogue`;
/** Roles and tasks of people: "de competenties die we per rol vragen" are the educators', organisatie. */
const ROLE_WORDS = String.raw`rol|rollen|functies?|functieprofiel(?:en)?|roles?|job descriptions?`;
/** A lesson as what is evaluated: that is feedback on the lesson, not an evaluation of the practice. */
const LESSON = String.raw`(?:(?:reken|taal|lees|proef|gast|video)?les|lessen|lesje|lessons?|proeflessen)`;
/** A sentence about a lesson: feedback or questions on it are no evaluation of the programme. */
const ABOUT_A_LESSON = context(String.raw`(?:^|[^\p{L}])${LESSON}(?!\p{L})`);
/** Role nouns before a place phrase: "begeleider op de werkplek" names a person, not the workplace as learning environment. */
const ROLE_AT = String.raw`(?:begeleid(?:er|ers|ster|sters)|mentor(?:en|s)?|coach(?:es|s)?|opleid(?:er|ers|ster)|supervisors?|educators?|tutors?) (?:op|van|in|at|from) (?:de|het|hun|haar|zijn|mijn|the|their|her|his|my) $`;

/**
 * Assessing pupils or a student's own learning is no evaluation of the programme: "formatief evalueren" is about
 * pupils, a "leerlingvragenlijst" is pupils judging a trainee's lesson, monitoring "de voortgang van de studenten" is
 * the progress review (assessment, leeromgeving).
 */
const PUPIL_ASSESSMENT = String.raw`formatie\p{L}*|summatie\p{L}*|formative|summative`;
const STUDENT_PROGRESS = String.raw` (?:[\p{L}-]+ ){0,4}?(?:voortgang|progress) (?:van|of) (?:de |het |mijn |onze |alle |elke |the |my |our |all |each )?(?:${STUDENT_TERM})(?!\p{L})`;

/** A space within one line: a talk verb and its object do not run across a list item or a heading. */
const H = String.raw`[^\S\n]+`;

/** Only in a sentence that also holds `words`. */
const inSentence = (words: string) => context(String.raw`^(?!.*(?:^|[^\p{L}])${words}(?!\p{L}))`);

const w = (waarborgId: WaarborgId, id: string, pattern: string, why: string, extra: Partial<CueDefinition> = {}): CoherenceCue => ({
  id: `${waarborgId}.${id}`,
  waarborgId,
  pattern: cue(pattern),
  why,
  ...extra,
});

/**
 * The framework's own vocabulary per waarborg (Kwaliteitskader § 2, DUS-I bijlage 3),
 * with inflections, compounds and English equivalents; `cue()` adds the word boundaries.
 * Role names are not links ("werkplekbegeleider" is not leeromgeving, "mentor" not
 * organisatie); neither are place words ("op mijn stageschool") or generic words
 * ("begeleiding", "stage", "samenwerken", "kwaliteit" alone).
 */
export const COHERENCE_CUES: readonly CoherenceCue[] = [
  // --- Lerende leraar -------------------------------------------------------------------
  w('lerende-leraar', 'name', 'lerende leraa?r(?:en|s)?|waarborg 1|learning teachers?', 'the waarborg by name'),
  w(
    'lerende-leraar',
    'visie',
    // "visie", "opleidingsvisie", "visiedocument"; not "supervisie", "intervisie", "televisie"
    String.raw`(?:onderwijs|opleidings|leer|ontwikkel|kern|gedeelde |gezamenlijke )?visie(?:s|document|documenten|stuk|stukken|ontwikkeling)?|visions?`,
    'the vision on learning and teaching',
  ),
  w(
    'lerende-leraar',
    'beroepsbeeld',
    String.raw`beroepsbeeld\p{L}*|beroeps(?:-| )beeld|beeld van (?:het|de) (?:beroep|leraar)|professional profiles?|image of the (?:profession|teacher)`,
    'the image of the profession',
  ),
  w(
    'lerende-leraar',
    'bekwaamheden',
    String.raw`\p{L}*bekwaamheid\p{L}*|\p{L}*bekwaamheden|startbekwaam\p{L}*|basisbekwaam\p{L}*|beroepsprofiel(?:en)?|beroepsidentiteit|(?:beoogde )?leeruitkomst(?:en)?|opleidingsdoelen|professionele identiteit|competence requirements|starting competenc(?:e|es|ies)|learning outcomes?|teacher standards|(?:professional|teacher) identity|professional standards|views? (?:of|on) (?:learning|teaching|training|the teacher|the profession)`,
    'starting competences, learning outcomes',
  ),
  w('lerende-leraar', 'competenties', String.raw`competenties|competencies|competences|competen(?:ce|cy) (?:profile|framework)s?`, "the student's competences", {
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:${EDUCATORS}|${ROLE_WORDS})(?!\p{L})`),
  }),
  // --- Leeromgeving ---------------------------------------------------------------------
  w('leeromgeving', 'name', String.raw`\p{L}*leeromgeving(?:en)?|opleidingsomgeving(?:en)?|waarborg 2|learning environments?`, 'the waarborg by name'),
  w(
    'leeromgeving',
    'programma',
    String.raw`\p{L}*programma(?:'s)?|curricul(?:um|a)\p{L}*|\p{L}*opleidingsplan(?:nen)?|opleidings(?:-| )plan(?:nen)?|\p{L}*modules?|\p{L}*leerlijn(?:en)?|\p{L}*leerroutes?|leerarrangement(?:en)?|didactisch ontwerp|programmes?|programs?|training plans?|learning (?:routes?|paths?|lines?|trajector(?:y|ies))`,
    'programme, curriculum, opleidingsplan, module, leerlijn',
  ),
  w(
    'leeromgeving',
    'beoordeling',
    String.raw`\p{L}*beoordeling(?:en)?|beoordelings\p{L}*|beoordel(?:en|t|de|den)|beoordee(?:l|lt|lde|lden|ld)|\p{L}*beoordelaa?rs?|beoordelaars\p{L}+|toetsing|toetsbeleid|examinering|\p{L}*assessments?|assess(?:es)?|assessing|assessed|assessors?`,
    'assessment (a beoordelaar names the assessment itself)',
  ),
  w(
    'leeromgeving',
    'voortgang',
    // a student's progress review is assessment, not an evaluation of the programme (that is kwaliteitscultuur)
    String.raw`(?:tussen|eind|midden|midterm|mid-term)(?:-| )?evaluaties?|(?:tussen|eind|midden)evaluatiegesprek(?:ken)?|voortgangs(?:gesprek|gesprekken|evaluatie|evaluaties|beoordeling|toets|dossier)|(?:progress|mid-term|midterm|mid-placement|end-of-placement) (?:reviews?|evaluations?|assessments?|meetings?)`,
    "a student's progress review: the tussenevaluatie or voortgangsgesprek is assessment",
  ),
  w(
    'leeromgeving',
    'werkplek',
    String.raw`werkplekleren|werkplek(?:-| )leren|(?:leer)?werkplek(?:ken)?|stageprogramma\p{L}*|workplace learning|workplaces?(?! (?:supervisors?|coach(?:es)?|mentors?|educators?|tutors?))`,
    'the workplace as learning environment ("werkplekbegeleider" is a role and does not match, nor "de begeleider op de werkplek")',
    { unlessBefore: context(String.raw`(?:^|[^\p{L}])${ROLE_AT}`) },
  ),
  // --- Organisatie ----------------------------------------------------------------------
  w('organisatie', 'name', String.raw`organisatie(?:structuur)?|waarborg 3|organi[sz]ation(?:al)?(?: structure)?`, 'the waarborg by name'),
  // a school meeting about pupils ("een zorgoverleg", "leerlingoverleg", "ouderoverleg") is not the partnership's overleg (round 8)
  w('organisatie', 'overleg', String.raw`afsprakenstructuur|(?!(?:zorg|leerling|leerlingen|ouder|ouders)overleg)\p{L}*overleg(?:gen|t|structuur|de|den|momenten|moment|ronde|rondes|vorm|vormen)?|overlegen|consultation`, 'consultation ("overlegen" as often misspelled)'),
  w(
    'organisatie',
    'rollen',
    String.raw`(?:mijn |onze |zijn |haar |de |een )?rol (?:als|van)|rollen|rolverdeling|rolbeschrijving(?:en)?|rollenhuis|roles`,
    'roles',
    // "de vijf rollen" of the teacher in the beroepsbeeld are lerende leraar.
    {
      // also "the teacher roles", "de leraarrollen" written apart (round 8, h6)
      unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:twee|drie|vier|vijf|zes|zeven|two|three|four|five|six|seven|\d+|per|teacher|teachers'|teacher's|teaching|leraar|leraren|docent|docenten) $`),
      // "de rol van onderzoekende leraar", "the role of the teacher as researcher": a role of the teacher (lerende leraar)
      // also "de rollen van de leraar", "the roles of the teacher" (round 7)
      unlessAfter: context(String.raw`^ (?:van |of )?(?:de |het |een |the |a )?(?:[\p{L}-]+ )?(?:leraar|leraren|leerkracht|docent|docenten|pedagoog|didacticus|teacher|teachers)(?!\p{L})`),
      // in a sentence about the beroepsbeeld or naming the teacher's roles, "rollen" are the teacher's (lerende leraar)
      unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:${TEACHER_ROLES})(?!\p{L})`),
    },
  ),
  // "mijn rol in de kwaliteitscultuur", "onze rol als bestuurders", "our role as board members", "welke rol de bestuurder
  // had": the role of a person in the partnership, also in a sentence about the beroepsbeeld (not the teacher's role)
  w(
    'organisatie',
    'rol-van-actor',
    String.raw`(?:mijn|onze|ons|zijn|haar|hun|jullie) rol(?!\p{L})|welke rol (?!(?:de |het |een |mijn |onze |jouw |je )?(?:${STUDENT_TERM}|leerling\p{L}*|ik|je|jij)(?!\p{L}))(?:\p{L}+ ){0,4}?(?:speelt|spelen|speelde|had|hadden|heeft|hebben)|(?:my|our|their|his|her|your) roles?|what (?:is |was )?(?:the |our |my )?role (?:of|do|does|did)|(?:de |een )?rol van (?:de |het |een )?(?:${EDUCATORS}|bestuur\p{L}*|directeur\p{L}*|schoolleid\p{L}*|coordinator\p{L}*|stuurgroep|kernteam|pabo|hogeschool|opleiding|school|scholen)(?!\p{L})`,
    'the role of a person or body in the partnership',
    // "mijn rol als leraar", "our role as teachers": a role of the teacher (lerende leraar)
    // and "mijn rol in de klas", "my role as a trainee": the student's
    {
      unlessAfter: context(
        String.raw`^ (?:(?:\p{L}+ )?(?:als|as|in de klas|in class)(?: (?:a|an|een|de|the))? (?:[\p{L}-]+ )?(?:leraar|leraren|leerkracht|leerkrachten|docent|docenten|pedagoog|didacticus|teacher|teachers)|(?:\p{L}+ )?(?:in de klas|in de groep|in class|in the classroom|als student|als stagiair|as a (?:student|trainee)))(?!\p{L})`,
      ),
    },
  ),
  w(
    'organisatie',
    'taken',
    String.raw`taken|taakverdeling|taakomschrijving(?:en)?|taakbeschrijving(?:en)?|taakbeleid|taaktoedeling|taakuren|taakbelasting|takenpakket(?:ten)?|(?:begeleidings|opleidings|coordinatie|mentor|coach|beoordelings|management|kern)ta(?:ak|ken)|taak (?:als|van)|(?:als |as a )?(?:vaste|formele|fixed|formal) (?:taak|task)|verantwoordelijkheden|tasks|task hours|task time|division of tasks|responsibilities`,
    'tasks and responsibilities ("vier taakuren" counts; only the number before "rollen" names the teacher\'s roles)',
    // "the workplace tasks", "stagetaken" are the student's assignments.
    {
      unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:workplace|placement|practice|student|students'|trainee|trainees'|werkplek|stage|praktijk) $`),
      // "de taak van de student" is the student's assignment
      unlessAfter: context(String.raw`^ (?:de |het |een |zijn |haar )?(?:${STUDENT_TERM})(?!\p{L})`),
    },
  ),
  w('organisatie', 'verantwoordelijkheid', String.raw`verantwoordelijkheid|responsibility`, 'a responsibility of an actor', {
    // "een gezamenlijke verantwoordelijkheid voor de leeromgeving" is the jointness of waarborg 2, not the organisation's tasks;
    // responsibility taken or given ("studenten krijgen meer verantwoordelijkheid", "given responsibility") is ownership
    unlessBefore: context(
      String.raw`(?:^|[^\p{L}])(?:gezamenlijke|gedeelde|samen|shared|joint|collective|(?:krijg|krijgen|krijgt|kregen|neem|nemen|neemt|namen|geven|geeft|gaven|draag|dragen|draagt|give|given|gives|gave|take|takes|took|taking|get|gets|got)(?: (?:steeds|veel|meer|de|een|eigen|zelf|more|much|the|early|their|own))*) $`,
    ),
  }),
  w('organisatie', 'wie-wat', String.raw`wie (?:wat|welke taak|welke taken) doet|who does what|wie (?:er |daar |daarvoor |waarvoor |hiervoor )?(?:eigenlijk |nu |precies )?verantwoordelijk (?:is|zijn|was|waren)|wie (?:is|zijn|was) (?:er )?(?:(?:eigenlijk|nu|precies|dan) ){0,2}verantwoordelijk|who (?:is|was|are) (?:actually |really |now )?responsible`, 'who does what: the division of tasks'),
  w(
    'organisatie',
    'uren',
    // a few words may stand between ("een uur per week in hun rooster hebben voor de begeleiding", round 8)
    String.raw`(?:uren|uur|tijd|time|hours) (?:(?:per|a|an|each|every) [\p{L}]+ )?(?:[\p{L}-]+ ){0,4}?(?:voor|for) (?:de |hun |het |zijn |haar |die |the |their |this )?(?:begeleiding|begeleiden|opleiden|taak|taken|rol|supervision|supervising|mentoring|coaching|guidance|guiding|role|task|tasks)(?!\p{L})`,
    'hours or time for the educators\' task: facilitering',
    // the writer's own hours count too: "ik krijg 20 uur per jaar voor de begeleiding" (round 8, h6)
    { unlessSentence: NOT_ABOUT_EDUCATORS_OR_WRITER },
  ),
  // "how much time the mentors get", "hoeveel tijd de schoolopleider ervoor krijgt", "dat mentoren meer uren krijgen": the
  // time given to educators (round 8, h6); a student getting more time for the basics names no educator
  w(
    'organisatie',
    'tijd-krijgen',
    String.raw`(?:hoeveel|how much|how many|genoeg|enough|meer|more|extra|weinig|little|geen|no) (?:tijd|uren|taakuren|time|hours) (?:[\p{L}-]+ ){0,4}?(?:krijgen|krijgt|kregen|kreeg|get|gets|got|receive|receives|received)(?!\p{L})`,
    'the time educators get for their task: facilitering',
    { unlessSentence: NOT_ABOUT_EDUCATORS },
  ),
  // "die daarvoor 40 uur per jaar krijgt", "ruimte in het rooster zodat werkplekbegeleiders …", "een middag vrij",
  // "vrijroosteren", "time allocated for the guidance": facilitering, in a sentence about educators
  w(
    'organisatie',
    'facilitering',
    String.raw`\p{N}+ (?:uur|uren) (?:per (?:week|maand|jaar|periode|student) )?(?:krijgt|krijgen|kreeg|voor|beschikbaar)|(?:een|twee|drie|vier|vijf|zes|acht|tien|twaalf|anderhalf|half) (?:uur|uren|dagdelen|dagdeel) per (?:week|maand|jaar|periode|student) (?:krijgt|krijgen|kreeg|beschikbaar|voor(?! (?:de|een|hun|zijn|haar|mijn) (?:klas|groep)))|(?:krijgt|krijgen|kreeg|kregen) (?:\p{L}+ ){0,3}\p{N}+ (?:uur|uren)|ruimte in (?:het|de) roosters?|(?:een |twee |\p{N}+ )?(?:middag|middagen|dag|dagen|ochtend|uur|uren) vrij(?!\p{L})|vrij(?:ge)?roosteren|vrijgeroosterd|vrij geroosterd|(?:time|hours) (?:allocated|set aside|freed up)|(?:allocated|dedicated) (?:time|hours)`,
    'hours, a free afternoon or room in the timetable for the educators\' task: facilitering',
    { unlessSentence: NOT_ABOUT_EDUCATORS },
  ),
  // "we facilitate every school-based educator with two days a month", "facilitated with 0.2 fte", "een schoolopleider met
  // 0,2 fte": time or money given to the educators' task (a bare "het leren faciliteren" is the kader's wording, not this)
  w(
    'organisatie',
    'faciliteren-met',
    String.raw`(?:facilitat(?:e|es|ed|ing)|faciliteren|faciliteert|faciliteerde|faciliteerden|gefaciliteerd) (?:[\p{L}-]+ ){0,3}?(?:with|met) (?:(?:\p{N}+(?:[.,]\p{N}+)?|een|twee|drie|vier|vijf|half|one|two|three|four|five|a|an|extra) (?:uur|uren|taakuren|dagen|dag|dagdelen|dagdeel|middagen|middag|fte|hours?|days?|afternoons?)|geld|uren|taakuren|tijd|money|hours|time|budget)(?!\p{L})|\p{N}+(?:[.,]\p{N}+)? fte(?!\p{L})`,
    'time, fte or money given to the educators\' task: facilitering',
    { unlessSentence: NOT_ABOUT_EDUCATORS },
  ),
  w('organisatie', 'stuurgroep', String.raw`stuurgroep\p{L}*|stuur(?:-| )groep(?:en)?|regiegroep(?:en)?|kernteams?|kernteamvergadering(?:en)?|kern(?:-| )teams?|beslisstructuur|besluitvormingsstructuur|governance|decision-making structures?|steering (?:group|committee)s?|core teams?`, 'the steering group and core team'),
  w(
    'organisatie',
    'hrm',
    String.raw`hrm|hr|hr-\p{L}+|p&o|personeelszaken|personeelsbeleid|functiemix|functieprofiel(?:en)?|functiehuis|functieomschrijving(?:en)?|functiebeschrijving(?:en)?|facilitering|gefaciliteerd|human resources|hr (?:policy|department)s?|job descriptions?|allocated hours|time allocation`,
    'HRM, facilities for the educators',
  ),
  w(
    'organisatie',
    'professionalisering',
    String.raw`\p{L}*professionalisering\p{L}*|professionaliseren|professionaliseert|geprofessionaliseerd|\p{L}*scholing(?:en|s\p{L}+)?|(?:bij)?geschoold(?:e|en)?|bijscholen|(?:mentor|mentoren|begeleiders?|opleiders?|coach)(?:training|cursus|opleiding)(?:en|sen)?|brlo|beroepsregister\p{L}*|registeropleiders?|professional development|staff development`,
    'professional development of educators and mentors',
  ),
  w('organisatie', 'training', String.raw`\p{L}*trainingen|\p{L}*training|getraind|trained|(?:train|trains|trainen|traint|trainden)(?= (?:(?:we|wij|ze|more|new|our|the|all|extra|onze|de|het|nieuwe|alle|meer) ){0,3}${EDUCATORS}(?!\p{L}))|(?:basis)?cursus(?:sen)?|courses?`, 'training of educators and mentors', {
    // only in a sentence about educators: "de mentoren krijgen een training"
    unlessSentence: context(String.raw`^(?!.*(?:^|[^\p{L}])(?:${EDUCATORS}|${ROLE_WORDS})(?!\p{L}))`),
  }),
  // "een training gehad van de pabo over begeleiden", "a course on mentoring": a training whose subject is guiding
  // students is the educators' training, also when the sentence names no educator ("ik ben mentor" stood before)
  w(
    'organisatie',
    'training-in-begeleiden',
    String.raw`(?:\p{L}*trainingen|\p{L}*training|\p{L}*cursus(?:sen)?|courses?|workshops?) (?:[\p{L}-]+ ){0,4}?(?:over|in|on|about|voor|for) (?:het |de |the )?(?:begeleiden|beoordelen|mentorschap|coachen|coaching|mentoring|supervising|supervision|assessing|(?:feedback geven|giving feedback|feedback) (?:aan|to) (?:de |the )?(?:${STUDENT_TERM}))(?!\p{L})`,
    'a training in guiding students: the educators\' training',
  ),
  // Round 8 (h6): the educators trained for their role ("docenten opgeleid als werkplekbegeleider", "wordt opgeleid tot
  // schoolopleider") and a study day for them ("een studiedag voor mentoren en pabodocenten"); "opgeleid tot het
  // beroepsbeeld" is the student's and "studiedag met alle begeleiders" a meeting, neither counts
  w(
    'organisatie',
    'opgeleid-als',
    String.raw`(?:opgeleid|opleiden|opleidt|opgeleide|trained) (?:als|tot|as) (?:een |de |het |a |an )?(?:\p{L}*opleiders?|\p{L}*begeleid(?:er|ers|ster|sters)|mentor(?:en|s)?|coach(?:es|s)?|educators?|supervisors?|tutors?)(?!\p{L})|(?:studie|scholings|trainings)(?:dag|dagen|middag|middagen|ochtend|ochtenden|bijeenkomst|bijeenkomsten) (?:voor|for) (?:[\p{L}-]+ ){0,2}?${EDUCATORS}(?!\p{L})|(?:study|training) (?:days?|afternoons?|mornings?) for (?:[\p{L}-]+ ){0,2}?${EDUCATORS}(?!\p{L})`,
    'educators trained for their role, or a study day for them: professionalisering',
  ),
  // "de competenties van de mentoren", "benodigde competenties": the educators' (a student's competenties are lerende leraar,
  // also with a mentor in the sentence: "mijn werkplekbegeleider vindt de competenties belangrijk")
  w(
    'organisatie',
    'competenties',
    String.raw`benodigde competenties|(?:competenties|competencies|competences|competentieprofiel(?:en)?|competen(?:ce|cy) (?:profiles?|frameworks?)) (?:van|voor|of|for) (?:de |het |onze |alle |hun |onze eigen |the |our |all |their )?${EDUCATORS}(?!\p{L})|${EDUCATORS}(?:competenties|profiel(?:en)?)|(?:mentor|mentoren|begeleiders|opleiders)(?:competenties|profiel)`,
    'competences of educators and mentors',
  ),
  // --- Kwaliteitscultuur ----------------------------------------------------------------
  w('kwaliteitscultuur', 'name', 'kwaliteitscultuur|waarborg 4|quality culture', 'the waarborg by name'),
  w(
    'kwaliteitscultuur',
    'evaluatie',
    // a student's progress review ("tussenevaluatie", "eindevaluatie") is assessment, not an evaluation of the programme
    String.raw`(?!(?:tussen|eind|midden|stage|les|zelf)evalu)\p{L}*evalu\p{L}*|evaluat\p{L}*`,
    'evaluation of the practice (evaluating a lesson is feedback on it: "na de les evalueren we", "de evaluatie van de les")',
    {
      unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:${LESSON}(?: [\p{L}-]+){0,1}|${PUPIL_ASSESSMENT}) $`),
      unlessAfter: context(String.raw`^ (?:(?:van|of|we|wij|ik|ze|zij|hij|samen|together|de|het|een|mijn|zijn|haar|hun|jouw|elke|iedere|die|deze|the|a|their|her|his|my|each|every|that) ){0,3}${LESSON}(?!\p{L})`),
    },
  ),
  w(
    'kwaliteitscultuur',
    'kwaliteitszorg',
    String.raw`kwaliteits\p{L}+|kwaliteits(?:-| )(?:zorg|cyclus|borging|beleid)|kwaliteit (?:(?:van|in) (?:[\p{L}-]+ ){1,4})?(?:bewaken|bewaakt|bewaakten|borgen|borgt|borgden|geborgd|meten|meet|gemeten|monitoren|monitort|verbeteren|verbetert)|(?:bewaken|bewaakt|bewaakte|bewaakten|borgen|borgt|borgde|borgden|meten|meet|monitoren|monitort|verbeteren|verbetert) (?:we |wij |ze |zij |zo )?(?:de |onze |hun |die )?kwaliteit|(?:bewaakt|bewaken|bewaakte) (?:\p{L}+ ){0,2}(?:of|hoe)|(?:monitort|monitoren) (?:\p{L}+ ){0,2}(?:of|dat|hoe)|kwaliteit (?:zorg|borging|cyclus)|pdca\p{L}*|plan(?:-| )do(?:-| )(?:check|study)(?:-| )act|monitor\p{L}*(?!${STUDENT_PROGRESS})|gemonitord|gemonitored|\p{L}*audits?|(?!leerling)\p{L}*enquett?e\p{L}*|(?!leerling)\p{L}*vragen?lijst\p{L}*|evaul\p{L}*|\p{L}*tevredenheid\p{L}*|\p{L}*peiling(?:en)?|nse|\p{L}*meting(?:en)?|gemeten|critical friends?|gevisiteerd|visiteren|visiteert|(?:zicht|grip|oog) (?:houden |hebben |te houden )?op (?:de |onze )?kwaliteit|kwaliteit (?:in het oog|in de gaten)|inspectie\p{L}*|inspectorate|studentenpanel\p{L}*|student panels?|focus(?:-| )?groups?|doen we (?:het goede|de goede dingen)|hoe weten we (?:dat|of)|are we doing the right things|how do we know|peer(?:-| )?reviews?|visitatie\p{L}*|accreditatie\p{L}*|jaarverslag(?:en)?|verbetercycl(?:us|i)|verbeterplan(?:nen)?|verbeteragenda|verbeteractie(?:s)?|verbetertraject(?:en)?|dashboards?|quality (?:assurance|cycle|care|monitoring|audit|review|report|system|framework|team|officer|manager|coordinator|committee|agenda|indicator|dashboard|improvement|control)s?|(?:monitor|monitors|monitored|assure|assures|assured|safeguard|safeguards|measure|measures|measured) (?:the |our |its |their )?quality|improvement (?:cycle|plan|agenda|action)s?|continuous improvement|accreditation|benchmark\p{L}*|satisfaction|(?:programme|program|partnership) reviews?|review(?:s|ed)? (?:the|our) (?:programme|program|partnership|curriculum)|surveys?|questionn?aires?`,
    'quality assurance, monitoring, surveys, peer review',
  ),
  w('kwaliteitscultuur', 'zelfevaluatie', String.raw`zelfevaluatie(?:s|rapport|rapporten)?`, "the partnership's self-evaluation (a student's one is about the student)", {
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:${STUDENT_TERM})(?!\p{L})`),
  }),
  w(
    'kwaliteitscultuur',
    'feedback',
    [
      String.raw`(?:verzamel\p{L}*|collect\p{L}*|gather\p{L}*|ophalen|halen) (?:(?:elk|elke|ieder|iedere|per|every|each) \p{L}+ |jaarlijks |yearly )?(?:\p{L}+ ){0,2}(?:feedback|ervaringen)`,
      // feedback on how the practice works: "feedback op de begeleiding", "feedback on the programme" (not on a lesson)
      String.raw`feedback (?:op|over|on|about) (?:de |het |onze |ons |the |our |their )?(?:begeleiding|programma|opleiding|stage|stages|samenwerking|organisatie|supervision|programme|program|placements?|course|modules?|partnership|support|mentoring)(?!\p{L})`,
      String.raw`(?:haal|halen|haalt) (?:[\p{L}-]+ ){0,5}(?:feedback|ervaringen) op|(?:feedback|ervaringen) (?:[\p{L}-]+ ){0,4}op te halen`,
      String.raw`feedback (?:van|from|of) (?:\p{L}+ )?(?:${STUDENT_TERM}|studentenraad|studentenpanel|student panel|alumni|oud-studenten|deelnemers|participants)(?!\p{L})`,
      'student voice',
      // an evaluative question to the participants: "ik vraag studenten wat ze gemist hebben", "we ask mentors what could be improved"
      String.raw`(?:vraag|vragen|vraagt|vroeg|vroegen|bevraag\p{L}*|bevraagd|ask|asks|asked) (?:[\p{L}-]+ ){0,14}?(?:wat (?:ze|zij|hij|je|jullie) (?:[\p{L}-]+ ){0,4}(?:gemist|missen|misten|mist|miste)|wat (?:er )?(?:beter (?:kan|kon|moet)|anders (?:kan|moet))|what (?:they|he|she) (?:\p{L}+ ){0,3}missed|what could be (?:better|improved)|what (?:can|should) (?:be )?improve)`,
      // "we vragen de studenten wat ze van het programma vonden", "asked what they thought of the meetings" (not of a lesson: feedback on it)
      // also the passive ("wordt gevraagd wat ze van het programma vinden") and telling ("zodat zij ons vertellen hoe zij … ervaren")
      String.raw`(?:vraag|vragen|vraagt|vroeg|vroegen|gevraagd|bevraag\p{L}*|vertellen|vertelt|vertelden|ask|asks|asked|tell|tells|told) (?:[\p{L}-]+ ){0,8}?(?:wat (?:ze|zij|we|wij|jullie|je|hij) (?:er )?van (?!(?:de |het |hun |zijn |haar |mijn |je |jouw |die |deze )?${LESSON}(?!\p{L}))(?:[\p{L}-]+ ){1,6}?(?:vinden|vonden|vindt|vond|vind)|hoe (?:ze|zij|we|wij|jullie|je|hij) (?:[\p{L}-]+ ){1,6}?(?:ervaren|ervaart|ervaarden|ervoeren|ervoer)|(?:what|how) (?:they|we|you|he|she) (?:think|thought|felt|feel|experienced?) (?:of|about)(?! (?:the |their |his |her |my |your |that |this )?lessons?(?!\p{L})))`,
      // "we ask mentors every year how the supervision went", "we vragen de mentoren hoe de begeleiding ging"
      String.raw`(?:vraag|vragen|vraagt|vroeg|vroegen|ask|asks|asked) (?:[\p{L}-]+ ){0,5}?(?:how|hoe) (?:the |their |our |de |het |onze |hun )?(?:supervision|programme|program|placements?|cooperation|collaboration|partnership|guidance|mentoring|begeleiding|programma|stage|stages|samenwerking|opleiding) (?:went|goes|is going|worked|works|ging|gaat|verliep|verloopt|liep|loopt|bevalt|beviel)(?!\p{L})`,
    ].join('|'),
    'feedback collected, or given by students, on how the practice works is an evaluation (feedback on a lesson, or kept in a portfolio, is not)',
  ),
  // Round 7 (h4/h5): the evaluative question with the question first ("over hoe we de opleiding vinden zijn we nooit
  // bevraagd") and a say in how the programme works ("een plek waar we ons zegje kunnen doen over de opleiding").
  w(
    'kwaliteitscultuur',
    'bevraagd',
    String.raw`(?:hoe|wat) (?:ze|zij|we|wij|jullie|je|studenten|mentoren) (?:[\p{L}-]+ ){1,6}?(?:vinden|vonden|ervaren|ervoeren) (?:[\p{L}-]+ ){0,4}?(?:gevraagd|bevraagd)|(?:zegje|inspraak|a say) (?:[\p{L}-]+ ){0,3}?(?:over|in|on|about) (?:de |het |onze |the |our )?(?:opleiding|programma|programme|program|begeleiding|partnerschap|partnership|organisatie)(?!\p{L})`,
    'the participants asked, or given a say, about how the programme works: an evaluation',
    { unlessSentence: ABOUT_A_LESSON },
  ),
  // Round 8 (h6): an evaluative talk in other words - an exit interview with the student about the placement, and discussing
  // what works and what does not ("bespreken we wat goed gaat en wat niet", "to discuss what is and isn't working in the
  // collaboration"); a bare heading "Wat goed werkt:" or a talk about a lesson is not one
  w(
    'kwaliteitscultuur',
    'wat-werkt',
    [
      String.raw`exitgesprek(?:ken)?|exit(?:-| )(?:interviews?|gesprek(?:ken)?|surveys?)`,
      String.raw`(?:bespreken|bespreekt|bespraken|besproken|bespreek|discuss|discussed|discusses|discussing|talk about|talked about|talking about) (?:[\p{L}-]+ ){0,4}?(?:wat|what) (?:er )?(?:is |are )?(?:and isn't |and aren't |and is not |en niet )?(?:goed |wel |well )?(?:werkt|gaat|loopt|works|working|goes|going)(?: well)? (?:(?:en|and) (?:wat|what) (?:niet|beter kan|not|doesn't|does not|isn't|could be better)|in (?:de|het|onze|ons|the|our) (?:samenwerking|partnerschap|begeleiding|programma|opleiding|collaboration|partnership|cooperation|programme|program|supervision))(?!\p{L})`,
    ].join('|'),
    'an exit interview, or discussing what works and what does not in the practice: an evaluation',
    { unlessSentence: ABOUT_A_LESSON },
  ),
  // Round 9 (h7): reviewing the practice in other words - talking over what can be better or how the programme runs
  // ("we bespreken de studenten, maar ook hoe het programma loopt en wat er beter kan"), the review idioms ("tegen het
  // licht houden", "onder de loep nemen") and proposing changes ("propose changes", "voorstellen voor aanpassingen").
  // A heading "Wat beter kan:" has no talk verb before it; a talk about a lesson is feedback on it.
  w(
    'kwaliteitscultuur',
    'wat-beter-kan',
    [
      String.raw`(?:bespreken|bespreekt|bespreek|bespraken|besproken|praten|praat|praatten|spreken|spreekt|spraken|kijken|kijkt|keken|doorlopen|doorloopt|discuss|discussed|discusses|discussing|talk|talks|talked|talking|look${H}at|looks${H}at|looked${H}at)${H}(?:[\p{L}-]+,?${H}){0,10}?(?:over${H}|about${H})?(?:wat|what)${H}(?:er${H})?(?:nog${H})?(?:beter${H}(?:kan|kon|moet|moest)|anders${H}(?:kan|kon|moet)|(?:can|could)${H}be${H}(?:better|improved|done${H}better))(?!\p{L})`,
      String.raw`(?:bespreken|bespreekt|bespreek|bespraken|besproken|praten|praat|spreken|spraken|discuss|discussed|discusses|discussing|talk${H}about|talked${H}about)${H}(?:[\p{L}-]+,?${H}){0,10}?(?:hoe|how)${H}(?:het|de|onze|ons|the|our)${H}(?:programma|opleiding|samenwerking|begeleiding|stages?|partnerschap|programme|program|placements?|cooperation|collaboration|partnership|supervision)${H}(?:loopt|liep|gaat|ging|verloopt|verliep|runs|ran|goes|went|is${H}going|works|worked)(?!\p{L})`,
      String.raw`tegen het licht (?:houden|houdt|hield|hielden|gehouden)|(?:houden|houdt|hield|hielden|houd) (?:[\p{L}-]+ ){0,6}?tegen het licht|onder de loep (?:nemen|neemt|nam|namen|genomen)|(?:nemen|neemt|nam|namen) (?:[\p{L}-]+ ){0,6}?onder de loep`,
      String.raw`voorstel(?:len)? (?:voor|tot) (?:\p{L}+ )?(?:verbetering(?:en)?|aanpassing(?:en)?|wijziging(?:en)?)|(?:suggest|suggests|suggested|propose|proposes|proposed|proposing) (?:\p{L}+ ){0,2}?(?:changes|improvements|adjustments)`,
    ].join('|'),
    'reviewing the practice: talking over what can be better or how the programme runs, holding it against the light, proposing changes',
    { unlessSentence: ABOUT_A_LESSON },
  ),
  w(
    'kwaliteitscultuur',
    'bijhouden',
    String.raw`(?:keep|keeps|kept|keeping) track of|(?:houd|houdt|houden|hield|hielden) (?:[\p{L}-]+ ){0,3}?bij (?:hoe vaak|hoeveel|of)|bijhouden (?:hoe vaak|hoeveel|of)`,
    'keeping track of the practice: "we keep track of how many trainees drop out", "ik houd bij hoe vaak de mentoren hun studenten spreken" (not pupils counting their pages)',
    { unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:kinderen|kind|leerling\p{L}*|pupils?|children|kids|klas)(?!\p{L})`) },
  ),
  w(
    'kwaliteitscultuur',
    'feedback-ervan',
    String.raw`(?:vraag|vragen|vraagt|vroeg|vroegen|gevraagd|bevraag\p{L}*|ask|asks|asked) (?:[\p{L}-]+ ){0,8}?wat (?:ze|zij|we|wij|jullie|je|hij) (?:er|daar|hier)van (?:[\p{L}-]+ ){0,3}?(?:vinden|vonden|vindt|vond|vind)`,
    '"we worden nooit gevraagd wat we ervan vinden": the evaluative question with "ervan" (not in a sentence about a lesson)',
    { unlessSentence: ABOUT_A_LESSON },
  ),
  w(
    'kwaliteitscultuur',
    'terugblik',
    // looking back on the programme or the year, not a student looking back on a lesson
    [
      String.raw`(?:kijk|kijken|kijkt|keek|keken|blik|blikken|blikt|blikte|blikten) (?:[\p{L}-]+ ){0,4}?terug op (?:het |de |ons |onze |dit |afgelopen |elk |elke |ieder |iedere )*(?:[\p{L}-]+ )?(?:programma|\p{L}*jaar|samenwerking|stage(?:periode)?s?|periode|opleiding|afspraken|begeleiding|aanpak)(?!\p{L})`,
      String.raw`terugblik op (?:het |de |ons |onze |dit |afgelopen )*(?:[\p{L}-]+ )?(?:programma|\p{L}*jaar|samenwerking|periode|stage(?:periode)?s?|aanpak)(?!\p{L})`,
      String.raw`(?:look|looks|looked|looking) back (?:on|at) (?:the |our |this |each |every |last )*(?:[\p{L}-]+ )?(?:programme|program|year|placements?|partnership|cooperation|collaboration|approach)(?!\p{L})`,
    ].join('|'),
    'looking back on the programme or the year is an evaluation (a student looking back on a lesson is not)',
  ),
  w(
    'kwaliteitscultuur',
    'gegevens',
    // "gegevens die systematisch zijn verzameld" (framework): data on the practice collected, analysed or discussed
    [
      String.raw`(?:gegevens|data|\p{L}+cijfers) (?:[\p{L}-]+ ){0,4}?(?:verzamel\p{L}*|verzameld|bijgehouden|geanalyseerd|gevolgd|besproken|collected|gathered|analy[sz]ed)`,
      String.raw`(?:verzamel\p{L}*|analyse\p{L}*|analyser\p{L}*|bespreken|bespreekt|bespraken|besproken|collect\p{L}*|gather\p{L}*|analy[sz]\p{L}*) (?:[\p{L}-]+ ){0,4}?(?:gegevens|data|\p{L}+cijfers)`,
      String.raw`(?:kwantitatieve|kwalitatieve) gegevens|(?:quantitative|qualitative) data`,
      // monitoring figures: "de cijfers over uitval", "uitvalcijfers", "dropout rates"
      String.raw`(?:cijfers|gegevens|data|figures|rates|numbers) (?:over|van|on|about|of) (?:de |het |onze )?(?:uitval|uitstroom|doorstroom|instroom|retentie|tevredenheid|verzuim|dropout|drop-out|retention|attrition|satisfaction)(?!\p{L})|(?:uitval|uitstroom|doorstroom|instroom|retentie|tevredenheids|verzuim)cijfers|(?:dropout|drop-out|retention|attrition) (?:rates?|figures)`,
    ].join('|'),
    'data on the practice collected systematically (a student\'s research data is not)',
    { unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:\p{L}*onderzoek\p{L}*|research|afstudeer\p{L}*|thesis|leerling\p{L}*|pupils?)(?!\p{L})`) },
  ),
  w(
    'kwaliteitscultuur',
    'analyse',
    // analysing results or dropout: monitoring the practice (a student analysing a lesson is not)
    String.raw`(?:analyse\p{L}*|analyser\p{L}*|geanalyseerd|analy[sz]e|analy[sz]es|analy[sz]ed) (?:[\p{L}-]+ ){0,4}?(?:uitval\p{L}*|uitstroom\p{L}*|doorstroom\p{L}*|retentie|rendement\p{L}*|resultaten|uitkomsten|scores|dropout|drop-out|retention|results|outcomes)(?!\p{L})`,
    'analysing results, dropout or retention',
  ),
  w(
    'kwaliteitscultuur',
    'bijstellen',
    // separable verbs: "stellen we het programma bij", "passen we de opdrachten aan", "sturen we bij" (the particle ends the clause)
    String.raw`(?:stel|stelt|stellen|stelde|stelden|pas|past|passen|paste|pasten|stuur|stuurt|sturen|stuurde|stuurden) (?:[\p{L}-]+ ){0,6}?(?:bij|aan)(?=\s*(?:[.,;:!?)]|$|(?:en|of|als|zodat|omdat|wanneer|waar)\s))`,
    'adjusting on the basis of data, written with a separable verb',
    { unlessSentence: inSentence(DATA) },
  ),
  w('kwaliteitscultuur', 'terugkoppeling', String.raw`terugkoppel\p{L}*|teruggekoppeld|koppelen (?:\p{L}+ ){0,4}terug`, 'reporting the results of an evaluation back', {
    unlessSentence: inSentence(DATA),
  }),
  w('kwaliteitscultuur', 'verbeteren', String.raw`verbeter\p{L}*|bijstell\p{L}*|bijgesteld|bijgestuurd|bijsturen|aangepast|aanpass\p{L}*|aangescherpt|herzien|herziening(?:en)?|improv\p{L}*|adjust\p{L}*|revised|adapted`, 'improving or adjusting on the basis of data', {
    unlessSentence: inSentence(DATA),
  }),
];

/**
 * An answer that names the teacher's roles ("de vijf rollen", "the five roles", "rollen uit het beroepsbeeld") keeps
 * that reading for a plain "rollen" / "roles" later on ("of alle rollen evenwichtig verdeeld zijn").
 */
const TEACHERS_ROLES_NAMED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:twee|drie|vier|vijf|zes|zeven|two|three|four|five|six|seven|\d+) (?:rollen|roles)|(?:rol|rollen|roles?) (?:uit|van|in|from|of|in) (?:het|ons|onze|the|our) (?:${TEACHER_ROLES}))(?!\p{L})`,
  'u',
);
const PLAIN_ROLES = /^(?:rollen|roles)$/u;

/** Mentions of the other three waarborgen (never `answered`), sorted by position. */
export function findCoherence(input: MatchInput, answered: WaarborgId): CoherenceMention[] {
  const teachersRoles = TEACHERS_ROLES_NAMED.test(input.lower);
  return COHERENCE_CUES.filter((c) => c.waarborgId !== answered)
    .flatMap((c) => findCue(input, c).map((m) => ({ ...m, waarborgId: c.waarborgId })))
    .filter((m) => !(teachersRoles && m.cueId === 'organisatie.rollen' && PLAIN_ROLES.test(m.text.toLowerCase())))
    .sort((a, b) => a.start - b.start);
}

/** Distinct waarborgen in framework order. */
export function distinctWaarborgen(mentions: readonly CoherenceMention[]): WaarborgId[] {
  const found = new Set(mentions.map((m) => m.waarborgId));
  return WAARBORG_IDS.filter((w) => found.has(w));
}
