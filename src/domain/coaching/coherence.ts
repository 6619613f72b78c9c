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
const DATA = String.raw`(?:op basis van|naar aanleiding van|n\.?a\.?v\.?|uitkomsten?|resultaten|gegevens|data|cijfers|vragenlijst\p{L}*|enquete\p{L}*|evalu\p{L}*|feedback|survey\p{L}*|results?|based on|following)`;

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
    String.raw`beroepsbeeld\p{L}*|beeld van (?:het|de) (?:beroep|leraar)|professional profiles?|image of the (?:profession|teacher)`,
    'the image of the profession',
  ),
  w(
    'lerende-leraar',
    'bekwaamheden',
    String.raw`\p{L}*bekwaamhe(?:id|den|idseisen)|startbekwaam\p{L}*|basisbekwaam\p{L}*|(?:beoogde )?leeruitkomst(?:en)?|opleidingsdoelen|professionele identiteit|competence requirements|starting competenc(?:e|es|ies)|learning outcomes?|teacher standards|(?:professional|teacher) identity`,
    'starting competences, learning outcomes',
  ),
  w('lerende-leraar', 'competenties', 'competenties|competencies|competences', "the student's competences", {
    unlessSentence: context(String.raw`(?:^|[^\p{L}])${EDUCATORS}(?!\p{L})`),
  }),
  // --- Leeromgeving ---------------------------------------------------------------------
  w('leeromgeving', 'name', 'leeromgeving(?:en)?|waarborg 2|learning environments?', 'the waarborg by name'),
  w(
    'leeromgeving',
    'programma',
    String.raw`\p{L}*programma(?:'s)?|curricul(?:um|a)\p{L}*|\p{L}*opleidingsplan(?:nen)?|modules?|\p{L}*leerlijn(?:en)?|leerroutes?|programmes?|programs?|training plans?`,
    'programme, curriculum, opleidingsplan, module, leerlijn',
  ),
  w(
    'leeromgeving',
    'beoordeling',
    String.raw`\p{L}*beoordeling(?:en)?|beoordelings\p{L}*|beoordel(?:en|t|aar|aars|de|den)|beoordeeld|toetsing|toetsbeleid|examinering|assessments?|assessing|assessed|assessors?`,
    'assessment (a beoordelaar names the assessment itself)',
  ),
  w(
    'leeromgeving',
    'werkplek',
    String.raw`werkplekleren|(?:leer)?werkplek(?:ken)?|stageprogramma\p{L}*|workplace learning|workplaces?(?! (?:supervisors?|coach(?:es)?|mentors?|educators?|tutors?))`,
    'the workplace as learning environment ("werkplekbegeleider" is a role and does not match)',
  ),
  // --- Organisatie ----------------------------------------------------------------------
  w('organisatie', 'name', String.raw`organisatie(?:structuur)?|waarborg 3|organi[sz]ation(?:al)?(?: structure)?`, 'the waarborg by name'),
  w('organisatie', 'overleg', String.raw`afsprakenstructuur|\p{L}*overleg(?:gen|t|structuur|de|den)?|overlegen|consultation`, 'consultation ("overlegen" as often misspelled)'),
  w(
    'organisatie',
    'rollen',
    String.raw`(?:mijn |onze |zijn |haar |de |een )?rol (?:als|van)|rollen|rolverdeling|rolbeschrijving(?:en)?|rollenhuis|roles`,
    'roles',
    // "de vijf rollen" of the teacher in the beroepsbeeld are lerende leraar.
    { unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:twee|drie|vier|vijf|zes|zeven|\d+|per) $`) },
  ),
  w(
    'organisatie',
    'taken',
    String.raw`taken|taakverdeling|taakomschrijving(?:en)?|taakbeschrijving(?:en)?|taakbeleid|taaktoedeling|taakuren|verantwoordelijkhe(?:id|den)|tasks|division of tasks|responsibilities`,
    'tasks and responsibilities ("vier taakuren" counts; only the number before "rollen" names the teacher\'s roles)',
    // "the workplace tasks", "stagetaken" are the student's assignments.
    { unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:workplace|placement|practice|student|students'|trainee|trainees'|werkplek|stage|praktijk) $`) },
  ),
  w('organisatie', 'stuurgroep', String.raw`stuurgroep\p{L}*|regiegroep(?:en)?|kernteams?|governance|steering (?:group|committee)s?|core teams?`, 'the steering group and core team'),
  w(
    'organisatie',
    'hrm',
    String.raw`hrm|hr|hr-\p{L}+|personeelsbeleid|functiemix|functieprofiel(?:en)?|facilitering|gefaciliteerd|human resources|hr (?:policy|department)s?`,
    'HRM, facilities for the educators',
  ),
  w(
    'organisatie',
    'professionalisering',
    String.raw`\p{L}*professionalisering\p{L}*|\p{L}*scholing|professional development|staff development`,
    'professional development of educators and mentors',
  ),
  w('organisatie', 'training', String.raw`trainingen|training|getraind|trained|benodigde competenties|competenties|competencies|competences`, 'training and competences of educators and mentors', {
    // only in a sentence about educators: "de mentoren krijgen een training"
    unlessSentence: context(String.raw`^(?!.*(?:^|[^\p{L}])${EDUCATORS}(?!\p{L}))`),
  }),
  // --- Kwaliteitscultuur ----------------------------------------------------------------
  w('kwaliteitscultuur', 'name', 'kwaliteitscultuur|waarborg 4|quality culture', 'the waarborg by name'),
  w(
    'kwaliteitscultuur',
    'evaluatie',
    // a student's progress review ("tussenevaluatie", "eindevaluatie") is assessment, not an evaluation of the programme
    String.raw`(?!(?:tussen|eind|midden|stage|les|zelf)evalu)\p{L}*evalu\p{L}*|evaluat\p{L}*`,
    'evaluation of the practice',
  ),
  w(
    'kwaliteitscultuur',
    'kwaliteitszorg',
    String.raw`kwaliteits\p{L}+|kwaliteit (?:bewaken|borgen|meten|monitoren|verbeteren)|(?:bewaken|borgen|meten) (?:we |wij )?(?:de |onze )?kwaliteit|pdca\p{L}*|plan-do-check-act|monitor\p{L}*|audits?|\p{L}*enquete\p{L}*|vragenlijst\p{L}*|tevredenheid\p{L}*|\p{L}*peiling(?:en)?|nse|meting(?:en)?|gemeten|peer(?:-| )?reviews?|visitatie\p{L}*|accreditatie\p{L}*|jaarverslag(?:en)?|verbetercycl(?:us|i)|verbeterplan(?:nen)?|dashboards?|quality (?:assurance|cycle|care|monitoring|audit|review|report|system|framework)s?|improvement (?:cycle|plan)s?|accreditation|benchmark\p{L}*|satisfaction|(?:programme|program|partnership) reviews?|review(?:s|ed)? (?:the|our) (?:programme|program|partnership|curriculum)|surveys?|questionnaires?`,
    'quality assurance, monitoring, surveys, peer review',
  ),
  w('kwaliteitscultuur', 'zelfevaluatie', String.raw`zelfevaluatie(?:s|rapport|rapporten)?`, "the partnership's self-evaluation (a student's one is about the student)", {
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:${STUDENT_TERM})(?!\p{L})`),
  }),
  w(
    'kwaliteitscultuur',
    'feedback',
    [
      String.raw`(?:verzamel\p{L}*|collect\p{L}*|gather\p{L}*|ophalen|halen) (?:\p{L}+ ){0,2}(?:feedback|ervaringen)`,
      String.raw`(?:haal|halen|haalt) (?:[\p{L}-]+ ){0,5}(?:feedback|ervaringen) op|(?:feedback|ervaringen) (?:[\p{L}-]+ ){0,4}op te halen`,
      String.raw`feedback (?:van|from|of) (?:\p{L}+ )?(?:${STUDENT_TERM}|studentenraad|studentenpanel|student panel|alumni|oud-studenten|deelnemers|participants)(?!\p{L})`,
      'student voice',
    ].join('|'),
    'feedback collected, or given by students, on how the practice works is an evaluation (feedback on a lesson, or kept in a portfolio, is not)',
  ),
  w('kwaliteitscultuur', 'terugkoppeling', String.raw`terugkoppel\p{L}*|teruggekoppeld|koppelen (?:\p{L}+ ){0,4}terug`, 'reporting the results of an evaluation back', {
    unlessSentence: inSentence(DATA),
  }),
  w('kwaliteitscultuur', 'verbeteren', String.raw`verbeter\p{L}*|bijstell\p{L}*|bijgesteld|bijgestuurd|improv\p{L}*|adjusted`, 'improving on the basis of data', {
    unlessSentence: inSentence(DATA),
  }),
];

/** Mentions of the other three waarborgen (never `answered`), sorted by position. */
export function findCoherence(input: MatchInput, answered: WaarborgId): CoherenceMention[] {
  return COHERENCE_CUES.filter((c) => c.waarborgId !== answered)
    .flatMap((c) => findCue(input, c).map((m) => ({ ...m, waarborgId: c.waarborgId })))
    .sort((a, b) => a.start - b.start);
}

/** Distinct waarborgen in framework order. */
export function distinctWaarborgen(mentions: readonly CoherenceMention[]): WaarborgId[] {
  const found = new Set(mentions.map((m) => m.waarborgId));
  return WAARBORG_IDS.filter((w) => found.has(w));
}
