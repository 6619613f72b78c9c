import { context, cue, findCue, withoutOverlaps, type CueDefinition, type MatchInput } from './match';
import type { CueMatch, PartnerMention, PartnerRoleId } from './types';
import { PARTNER_ROLE_IDS } from './types';
import { carriesWork } from './carriers';
import { STUDENT_TERM } from './vocabulary';

/**
 * Which partners and roles carry what the answer describes. The committee looks at
 * "de samenwerking tussen de partners" and wants activities "ontwikkeld en uitgevoerd
 * door actoren van alle partners" (DUS-I verslag, bijlage 3). Each cue maps wording
 * to one or more canonical role ids; `joint` marks an explicit joint word.
 */

export type PartnerCue = CueDefinition & { roles: readonly PartnerRoleId[] };

/** Roles on the school side and on the institute side of a partnership. */
export const SCHOOL_SIDE: readonly PartnerRoleId[] = ['schoolopleider', 'werkplekbegeleider', 'opleidingsschool', 'schoolleider'];
export const INSTITUTE_SIDE: readonly PartnerRoleId[] = ['instituutsopleider', 'lerarenopleiding'];

/** "geen gezamenlijk curriculum", "niet samen": a negated joint word. */
const NEGATED = context(String.raw`(?:^|[^\p{L}])(?:geen|niet|nauwelijks|onvoldoende|weinig|not|no|little)(?: \p{L}+)? $`);

/** A meeting of a body or of role holders ("kernteamvergadering", "coördinatorenoverleg"): they take part in it. */
const MEETING = '(?:overleg|overleggen|vergadering(?:en)?|beraad)';

export const PARTNER_CUES: readonly PartnerCue[] = [
  {
    id: 'schoolopleider',
    roles: ['schoolopleider'],
    pattern: cue(
      "(?:school|praktijk)(?:-| )?opleid(?:er|ers|ster|sters)(?:overleg|netwerk|bijeenkomst(?:en)?|intervisie)?|so'?ers?|(?<=(?:de|onze|mijn|jouw|hun) )so(?:'s)?(?= (?!(?:is|en|of)(?!\\p{L}))\\p{L}+)|(?:opleiders?|opleidingsdocent(?:en)?) (?:in|op|van) de school|bovenschoolse opleiders?|school-based (?:teacher )?educators?",
    ),
    why: 'school-based teacher educator (glossary); "praktijkopleider" is its name in many mbo partnerships',
  },
  {
    id: 'abbreviation.so-io',
    roles: [],
    pattern: /(?<![\p{L}\p{N}])(?<=(?:de|De) )(?<hit>SO|IO)(?:'s)?(?![\p{L}\p{N}-])/dgu,
    caseSensitive: true,
    why: '"de SO", "de IO" (abbreviations; "het SO" is speciaal onderwijs and not matched); roles set per match',
  },
  {
    id: 'school-en-instituutsopleider',
    roles: ['schoolopleider', 'instituutsopleider'],
    pattern: cue(
      'instituuts?- (?:en|of) schoolopleiders?|school- (?:en|of) instituuts?opleiders?|school-based and institute-based(?: teacher)? educators?|institute-based and school-based(?: teacher)? educators?',
    ),
    why: 'elliptic compound naming both: "instituuts- en schoolopleiders"',
  },
  {
    id: 'instituutsopleider',
    roles: ['instituutsopleider'],
    pattern: cue(
      "(?:instituuts?|lerarenopleiding)(?:-| )?opleiders?(?:overleg|netwerk|bijeenkomst(?:en)?)?|io'?ers?|(?<=(?:de|onze|mijn|je|jouw|hun|haar|zijn|als) )io(?:'s)?|(?:opleiders?|docent(?:en)?|(?:stage|praktijk)?begeleiders?|collega'?s?|iemand|mensen|medewerkers?) (?:van|vanuit|namens) (?:de |het )?(?:pabo|hogeschool|universiteit|lerarenopleiding|opleiding|instituut)|(?:someone|colleagues?|people|staff(?: members?)?|lecturers?|teachers?) (?:from|of) the (?:university|institute|teacher training college|teacher education institute)|(?:university |institute )?lecturers?|lerarenopleiders?|stagedocent(?:en)?|(?:pabo|hogeschool|hbo|universiteits)docent(?:en)?|vakdidactic(?:us|i)|studieloopbaanbegeleid(?:er|ers|ster|sters)|slb'?ers?|opleidingscoach(?:es|s)?|coach(?:es)? (?:van|vanuit) de (?:opleiding|pabo|hogeschool)|institute-based (?:teacher )?educators?|(?:university|institute|academic) (?:tutors?|supervisors?|teacher educators?)|(?<!(?:workplace|school|school-based|placement) )(?:link |visiting |placement |college )?tutors?|(?<!(?:school-based|institute-based) )teacher educators?",
    ),
    why: 'institute-based teacher educator; "instituutopleider" (sic) as in the source; "lerarenopleider" is read as institute-based',
  },
  {
    id: 'werkplekbegeleider',
    roles: ['werkplekbegeleider'],
    pattern: cue(
      "(?:werkplek|praktijk|stage)(?:-| )?begeleid(?:er|ers|ster|sters)(?! (?:van|vanuit|namens) (?:de |het )?(?:pabo|hogeschool|universiteit|lerarenopleiding|opleiding|instituut))|(?<!interne? )begeleid(?:er|ers|ster|sters)(?! (?:van|vanuit|namens) (?:de |het )?(?:pabo|hogeschool|universiteit|lerarenopleiding|opleiding|instituut|roc|mbo-instelling))|mentor(?:en|s)?(?:overleg|bijeenkomst(?:en)?|netwerk|intervisie|training(?:en)?|teams?)?|(?:werkplek|praktijk|stage|vak)?(?<!(?:^|[^\\p{L}])(?:we|wij|ik|i|they|you|to|also|ook|who|can|will|should|must|then|dan) )coach(?:es|s)?(?! (?:van|vanuit) de (?:opleiding|pabo|hogeschool))|workplace (?:mentors?|coach(?:es)?|supervisors?|tutors?)|(?:cooperating|host|supervising) teachers?|(?<!(?:university|institute|academic) )supervisors?|wpb(?:'?ers?)?",
    ),
    why: 'workplace mentor in the classroom (glossary: werkplekbegeleider / mentor; the eval guide counts a plain "begeleider" too, not an intern begeleider nor the begeleider of the institute); "mentorenoverleg" names the mentors taking part; "we coach", "ik coach", "to coach" is the verb, not the role',
  },
  {
    id: 'opleidingsschool',
    roles: ['opleidingsschool'],
    pattern: cue("(?:opleidings|partner|stage|basis|praktijk|vo-?|po-?|mbo-?)?scho(?:ol|len)(?!-| boards?| opleid| leaders?| leadership| management| heads?)|(?:partner |training |placement )?schools|roc(?:'?s)?"),
    why: 'the school side: opleidingsschool, partner schools, "de scholen", an ROC (mbo) ("hogeschool" and "schoolbestuur" are other roles)',
  },
  {
    id: 'roc-person',
    roles: ['opleidingsschool'],
    pattern: cue(String.raw`(?:\p{L}*docent(?:en)?|begeleiders?|coach(?:es)?|opleiders?|medewerkers?) (?:van|vanuit|namens) (?:het |de |een )?(?:roc(?:'?s)?|mbo-instelling(?:en)?)`),
    why: 'a person of the ROC ("de docent van het roc") carries as a named role, as "de docent van de opleiding" does',
  },
  {
    id: 'schoolleider',
    roles: ['schoolleider'],
    pattern: cue(
      `schoolleid(?:er|ers|ing)|(?:locatie|adjunct-?|bouw|sector|afdelings)?directeur(?:en|s)?(?:overleg|beraad)?|directies?|directie${MEETING}|afdelingshoofd(?:en)?|sectieleiders?|heads? of (?:the )?(?:school|department|section|year|studies)|deputy heads?|headmasters?|headmistress(?:es)?|locatieleiders?|teamleiders?|afdelingsleiders?|opleidingsmanagers?|teammanagers?|leidinggevenden?|(?:con)?rector(?:en|s)?|school leaders?|school leadership|school management|(?:senior )?leadership teams?|management(?: |-)?teams?|mt-overleg|school heads?|principals?|headteachers?|head teachers?|team leaders?|line managers?`,
    ),
    why: 'school leadership (tactical level); "leidinggevenden" as in the framework',
  },
  {
    id: 'lerarenopleiding',
    roles: ['lerarenopleiding'],
    pattern: cue(
      [
        'lerarenopleiding(?:en)?',
        "pabo(?:'s)?(?!-?student)", // "pabo-student" names a student, not the institute
        'alo',
        'ulo',
        'hogescho(?:ol|len)',
        'universiteit(?:en)?',
        '(?:opleidings)?instituut',
        'instituten',
        '(?<=(?:op|vanuit|namens|met) de )opleiding(?:en)?', // the preposition decides whether it carries (carriers.ts)
        // a task that lies with the institute: "het eindoordeel ligt formeel bij de opleiding"
        String.raw`(?<=(?:ligt|liggen|lag|lagen|berust)(?: \p{L}+){0,3} bij de )opleiding`,
        // "De opleiding monitort …", "dat regelt de opleiding": the institute as the subject of its verb
        // also opening a clause after a comma or a conjunction ("…, en de opleiding komt één dag per week")
        String.raw`(?<=(?:^|[.!?;:,\n]\s*|(?<![\p{L}])(?:en|maar|want|dus|terwijl) )de )opleiding(?= (?!tot|niet|want|echt|dat|wat|uit|met|ooit|zelf|duurt|bestaat|omvat|bevat|telt|kost|start|begint|eindigt|past|gaat)\p{L}{2,}t(?!\p{L}))`,
        '(?<=(?:regelt|doet|organiseert|verzorgt|bepaalt|beoordeelt|begeleidt|levert|houdt|monitort|stuurt|zorgt|heeft|verwerkt) de )opleiding',
        // a subordinate clause with its verb at the end: "ik vind dat de opleiding wel erg veel opdrachten geeft"
        String.raw`(?<=(?:dat|omdat|als|wanneer|zodat|terwijl|doordat) de )opleiding(?=(?: [\p{L}-]+){1,7}? (?!(?:duurt|bestaat|omvat|bevat|telt|kost|start|begint|eindigt|past|gaat|heet|is|wordt)(?!\p{L}))\p{L}{2,}t(?:\s*(?:[.,;:!?]|$)| (?:die|dat|wat|waar|zodat|omdat)(?!\p{L})))`,
        // with the writer's side as co-subject: "de opleiding en wij hebben de opdrachten afgestemd"
        '(?<=de )opleiding(?= (?:en|and) (?:wij|we|ik)(?!\\p{L}))',
        '(?<=scho(?:ol|len) (?:en|of) (?:de )?)opleiding(?:en)?', // "school en opleiding"
        'opleiding(?:en)?(?= (?:en|of) (?:de )?scho(?:ol|len))',
        'universit(?:y|ies)',
        // the institute's management as persons: "de pabodirectie", "the dean"
        '(?:pabo|opleidings|instituuts|academie)direct(?:eur|eurs|ie|ies)',
        'deans?',
        'teacher (?:education|training) (?:institute|college|programme|program)s?',
        'institutes?(?!-based)',
        'university of applied sciences',
      ].join('|'),
    ),
    why: 'the institute side: lerarenopleiding, pabo, hogeschool, universiteit; "de opleiding" only next to "school" or after "op/vanuit"',
  },
  {
    id: 'bestuur',
    roles: ['bestuur'],
    // "bestuurlijk overleg", "de bestuurlijke tafel", "het bestuurdersoverleg": the board members meeting (round 7: new
    // writers label it as the board acting, as they do a named meeting of any body)
    pattern: cue(`(?:school)?besturen|(?:school)?bestuur|bestuurders?(?:${MEETING})?|bestuurs${MEETING}|bestuurlijke? (?:tafel|${MEETING})|college van bestuur|cvb|(?:school )?boards?(?: meetings?)?|board members?`),
    why: 'board level (strategic): schoolbestuur, bestuurder',
  },
  {
    id: 'stuurgroep',
    roles: ['stuurgroep'],
    pattern: cue(`stuur(?:-| )?groep(?:en)?(?:${MEETING})?|regiegroep(?:en)?(?:${MEETING})?|steering (?:group|committee)s?(?: meetings?)?`),
    why: 'the steering group of the partnership',
  },
  {
    id: 'werkgroep',
    roles: ['werkgroep'],
    pattern: cue(`werk(?:-| )?groep(?:en)?|projectgroep(?:en)?|kerngroep(?:en)?|kern(?:-| )?teams?(?:${MEETING})?|core (?:teams?|groups?)(?: meetings?)?|klankbordgroep(?:en)?|(?:opleidings|curriculum|stage|kwaliteits|programma|toetsings?)commissies?|opleidingsteams?|ontwikkelteams?|ontwikkelgroep(?:en)?|working groups?|project groups?|design teams?`),
    why: 'working groups that carry parts of the partnership',
  },
  {
    id: 'coordinator',
    roles: ['coordinator'],
    pattern: cue(String.raw`\p{L}*co-?ordinator(?:en|s)?(?:${MEETING})?|projectleiders?|programmaleiders?|programmamanagers?|(?:project|programme|program) (?:leader|manager)s?`),
    why: 'coördinator, projectleider (folded: "coordinator")',
  },
  {
    id: 'hr',
    roles: ['hr'],
    // "HR-beleid", "HRM" are policy words (organisatie links), not the department
    pattern: cue(
      String.raw`hr(?!-(?!afdeling|adviseur|medewerker|manager|functionaris)\p{L})(?:-afdeling(?:en)?|-adviseurs?|-medewerkers?|-managers?|-functionaris(?:sen)?)?|p&o(?:-adviseurs?|-afdeling)?|personeelszaken|afdeling (?:hr|p&o|personeelszaken)|hr (?:department|advis[eo]rs?|staff|managers?|officers?)|human resources(?: department)?`,
    ),
    why: 'the HR department as a partner in the organisation (eval guide: "HR-afdeling"); "HR-beleid" is a policy word',
  },
  {
    id: 'student',
    roles: ['student'],
    pattern: cue(`${STUDENT_TERM}|studentenraad|studentenpanel|studentenvertegenwoordiging`),
    why: 'students (aanstaande leraren, zij-instromers, lio, stagiairs) and their bodies',
  },
  {
    id: 'joint.samen',
    roles: ['joint'],
    pattern: cue('samen(?! opleiden)|together'),
    why: '"samen": explicit jointness; "Samen Opleiden" is the name of the programme and does not count',
    unlessBefore: NEGATED,
    // "samen met de student" is working with a student, not between partners.
    unlessAfter: context(String.raw`^ (?:met|with) (?:de |een |het |haar |zijn |hun |onze |alle |the |a |their )?(?:\p{L}+ )?(?:${STUDENT_TERM}|studentenraad|studentenpanel)(?!\p{L})`),
  },
  {
    id: 'joint.gezamenlijk',
    roles: ['joint'],
    pattern: cue(
      String.raw`gezamenlijke?|gezamenlijkheid|samenwerk(?:ing|en|t|ten)|samenwerkings\p{L}*|(?:alle|beide|de) partners|met elkaar|in overleg met|jointly|joint|(?:both|all|the) partners|in collaboration with|collaborat(?:e|es|ed|ively|ion)`,
    ),
    why: '"gezamenlijk", "samenwerking", "beide partners", "met elkaar"',
    unlessBefore: NEGATED,
  },
];

/**
 * Wording that says the partners work side by side, not together ("elk met een
 * eigen programma", "los van elkaar"). It cancels jointness in the same sentence.
 */
const SEPARATION_CUES: readonly CueDefinition[] = [
  {
    id: 'separation',
    pattern: cue(
      'elk (?:met )?(?:een )?eigen|ieder (?:met )?(?:een )?eigen|elk hun eigen|los van elkaar|afzonderlijk|apart|naast elkaar|separately|each (?:with )?(?:their|its) own',
    ),
    why: 'side by side is not together',
  },
];

const ABBREVIATION_CUE = PARTNER_CUES.find((c) => c.id === 'abbreviation.so-io')!;
const ABBREVIATION_ROLE: Readonly<Record<string, PartnerRoleId>> = { SO: 'schoolopleider', IO: 'instituutsopleider' };

/**
 * Every partner mention, per role without overlaps, sorted by position. `carries`
 * says whether the role carries the practice (see `carriesWork`).
 */
export function findPartners(input: MatchInput): PartnerMention[] {
  const abbreviations = findCue(input, ABBREVIATION_CUE);
  const found: Array<CueMatch & { role: PartnerRoleId }> = [];
  for (const role of PARTNER_ROLE_IDS) {
    const matches = PARTNER_CUES.filter((c) => c.roles.includes(role)).flatMap((c) => findCue(input, c));
    matches.push(...abbreviations.filter((m) => ABBREVIATION_ROLE[m.text] === role));
    for (const m of withoutOverlaps(matches)) found.push({ ...m, role });
  }
  found.sort((a, b) => a.start - b.start || PARTNER_ROLE_IDS.indexOf(a.role) - PARTNER_ROLE_IDS.indexOf(b.role));
  return carriesWork(input, found);
}

export function findSeparations(input: MatchInput): CueMatch[] {
  return SEPARATION_CUES.flatMap((c) => findCue(input, c));
}

/** Distinct roles in `PARTNER_ROLE_IDS` order. */
export function distinctRoles(mentions: readonly PartnerMention[]): PartnerRoleId[] {
  const found = new Set(mentions.map((m) => m.role));
  return PARTNER_ROLE_IDS.filter((r) => found.has(r));
}
