/**
 * Word lists shared by several rules, as pattern sources for `cue()` (folded text:
 * lower case, no diacritics; a plain space stands for any white space).
 */

const TEACHER = '(?:leraar|leraren|docent|docenten|leerkracht|leerkrachten)';

/**
 * Who counts as a student (aanstaande leraar). Compounds whose last part is
 * "student" count ("pabostudent", "pabo-student", "tweedejaarsstudent"); compounds
 * that merely start with it do not ("studentenraad" is a body, "studentbegeleiding"
 * a policy word).
 */
export const STUDENT_TERM = [
  String.raw`(?:\p{L}+-)?\p{L}*student(?:en|e|es|s)?`,
  `aanstaande ${TEACHER}`,
  `toekomstige ${TEACHER}`,
  `${TEACHER} in opleiding`,
  "lio(?:'s|s)?",
  "dio(?:'s|s)?",
  'stagiair(?:e|es|s)?',
  'zij(?:-| )?instromers?',
  '(?:eerste|tweede|derde|vierde)jaars',
  // English
  'trainee(?: teachers?)?s?',
  'pre-service teachers?',
  'interns?(?! begeleid)', // "de intern begeleider" is a school's care coordinator
].join('|');

/**
 * Named moments and activities a student goes through: the concrete "what" that can
 * also make a student example. Matched as (part of) a word, so compounds count
 * ("intervisiebijeenkomst", "driehoeksgesprekken").
 */
const STUDENT_MOMENT_STEMS = [
  // conversations and visits
  'intervisie', 'lesbezoek', 'driehoeksgesprek', 'beoordelingsgesprek', 'voortgangsgesprek', 'ontwikkelgesprek',
  'ontwikkelingsgesprek', 'startgesprek', 'eindgesprek', 'evaluatiegesprek', 'feedbackgesprek', 'reflectiegesprek',
  'coachingsgesprek', 'begeleidingsgesprek', 'panelgesprek', 'criteriumgericht', 'stagebezoek', 'casusbespreking',
  // learning arrangements
  'portfolio', 'werkplekleren', 'leerteam', 'opleidingsdag', 'studiedag', 'terugkomdag', 'terugkommiddag',
  'bijeenkomst', 'scholing', 'training', 'workshop', 'masterclass', 'intake', 'praktijkonderzoek',
  'lesson(?:-| )?study', 'leerwerkta(?:ak|ken)', 'werkplekopdracht', 'stageopdracht', 'proefles', 'lesvoorbereiding',
  'supervisie', 'co-?teaching', 'duo-?stage', 'video-?opname', 'videocoaching', 'observatie', 'kijkwijzer', 'rubric',
  'beoordelingsformulier', 'assessment', 'studentenpanel', 'ontwikkelplan',
];

const STUDENT_MOMENT_PHRASES_EN = [
  'intervision', 'lesson observations?', 'classroom visits?', 'three-way (?:meeting|conversation)s?', 'tripartite',
  'workplace learning', 'feedback (?:meeting|conversation)s?', 'progress (?:review|meeting)s?', 'training days?',
  'induction days?',
];

export const STUDENT_MOMENT_TERM = [
  String.raw`\p{L}*(?:${STUDENT_MOMENT_STEMS.join('|')})\p{L}*`,
  ...STUDENT_MOMENT_PHRASES_EN,
].join('|');

/**
 * Named instruments and documents of the partnership: concrete "what", but not
 * something a student goes through (a survey figure is not a student example).
 */
const INSTRUMENT_STEMS = [
  'beoordelingsinstrument', 'opleidingsplan', 'samenwerkingsovereenkomst', 'convenant', 'rollenhuis', 'jaarplan',
  'handboek', 'competentieprofiel', 'functieprofiel', 'taakomschrijving', 'enquete', 'tevredenheidsonderzoek', 'audit',
  'kwaliteitsmonitor', 'meting', 'visitatie', 'peer(?:-| )?review',
];

export const INSTRUMENT_TERM = [
  String.raw`\p{L}*(?:${INSTRUMENT_STEMS.join('|')})\p{L}*`,
  'surveys?', 'agreements?', 'audits?', 'peer reviews?',
  // named meetings: "opleidersoverleg", "stuurgroepoverleg" (plain "overleg" is too general)
  String.raw`\p{L}+overleg`,
].join('|');

/** Verbs of doing, present and past, Dutch and English. */
export const ACTION_VERB = [
  'bereidt', 'bereiden', 'bereidde', 'bereidden', 'voert', 'voeren', 'voerde', 'voerden', 'geeft', 'geven', 'gaf',
  'gaven', 'oefent', 'oefenen', 'oefende', 'oefenden', 'filmt', 'filmen', 'filmde', 'filmden', 'presenteert',
  'presenteren', 'presenteerde', 'presenteerden', 'observeert', 'observeren', 'observeerde', 'observeerden',
  'ontwerpt', 'ontwerpen', 'ontwierp', 'ontwierpen', 'maakt', 'maken', 'maakte', 'maakten', 'schrijft', 'schrijven',
  'houdt', 'houden', 'hield', 'hielden', 'kiest', 'kiezen', 'koos', 'kozen', 'bespreekt', 'bespreken', 'besprak',
  'bespraken', 'loopt', 'lopen', 'liep', 'liepen', 'draait', 'draaien', 'draaide', 'draaiden', 'doet', 'doen', 'deed',
  'deden', 'onderzoekt', 'onderzoeken', 'onderzocht', 'onderzochten', 'reflecteert', 'reflecteren', 'neemt', 'nemen',
  'nam', 'namen', 'krijgt', 'krijgen', 'kreeg', 'kregen', 'werkt', 'werken', 'werkte', 'werkten', 'verzorgt',
  'verzorgen', 'verzorgde', 'ontvangt', 'ontvangen', 'ontving', 'vult', 'vullen', 'vulde', 'vulden', 'levert',
  'leveren', 'leverde', 'sluit', 'sluiten', 'sloot', 'volgt', 'volgen', 'volgde', 'volgden', 'bezoekt', 'bezoeken',
  'bezocht', 'bezochten', 'leert', 'leren', 'leerde', 'leerden', 'zit', 'zitten', 'zat', 'zaten', 'gaat', 'gaan',
  'ging', 'gingen', 'verzamelt', 'verzamelen', 'verzamelde', 'verzamelden', 'komt', 'komen', 'kwam', 'kwamen',
  'voorbereiden', 'uitvoeren', 'lesgeven', 'stelt', 'stellen', 'stelde', 'stelden',
  // English
  'prepares?', 'prepared', 'gives?', 'gave', 'teach(?:es)?', 'taught', 'films?', 'filmed', 'presents?', 'presented',
  'observes?', 'observed', 'designs?', 'designed', 'keeps?', 'kept', 'chooses?', 'chose', 'discuss(?:es)?',
  'discussed', 'joins?', 'joined', 'receives?', 'received', 'takes?', 'took', 'writes?', 'wrote', 'leads?', 'led',
  'runs?', 'ran', 'fill(?:s)?', 'filled', 'attends?', 'attended', 'completes?', 'completed', 'works?', 'worked',
  'visits?', 'visited', 'reflects?', 'reflected', 'learns?', 'learned', 'learnt', 'go', 'goes', 'went',
].join('|');

/**
 * What other actors do in a concrete example (a stuurgroep meets and sets the year
 * plan, an io visits and observes): the verbs of doing plus meeting, assessing,
 * organising and deciding. Not used for students: "studenten worden begeleid" and
 * "de student heeft een portfolio" describe structure.
 */
export const ACTOR_VERB = [
  ACTION_VERB,
  // what other actors do: meet, visit, assess, organise, decide
  'vergadert', 'vergaderen', 'vergaderde', 'vergaderden', 'overlegt', 'overleggen', 'overlegde', 'overlegden',
  'organiseert', 'organiseren', 'organiseerde', 'organiseerden', 'beoordeelt', 'beoordelen', 'beoordeelde',
  'beoordeelden', 'begeleidt', 'begeleiden', 'begeleidde', 'begeleidden', 'evalueert', 'evalueren', 'evalueerde',
  'evalueerden', 'plant', 'plannen', 'plande', 'planden', 'bezoekt', 'coacht', 'coachen', 'coachte', 'coachten',
  'kijkt', 'kijken', 'keek', 'keken', 'spreekt', 'spreken', 'sprak', 'spraken', 'legt', 'leggen', 'legde', 'legden',
  'verzorgt', 'ondersteunt', 'ondersteunen', 'ondersteunde', 'ontwikkelt', 'ontwikkelen', 'ontwikkelde',
  'ontwikkelden', 'verdeelt', 'verdelen', 'verdeelde', 'bepaalt', 'bepalen', 'bepaalde', 'bepaalden', 'besluit',
  'besluiten', 'besloot', 'besloten', 'stuurt', 'sturen', 'stuurde', 'stuurden', 'leidt', 'leiden', 'leidde',
  'leidden', 'zet', 'zetten', 'zette', 'zetten', 'brengt', 'brengen', 'bracht', 'brachten', 'nodigt', 'nodigen',
  'nodigde', 'nodigden',
  // English
  'meets?', 'holds?', 'held', 'organi[sz]es?', 'organi[sz]ed', 'assess(?:es)?', 'assessed', 'evaluates?',
  'evaluated', 'plans?', 'planned', 'coach(?:es)?', 'coached', 'supervises?', 'supervised', 'sets?', 'decides?',
  'decided', 'supports?', 'supported', 'develops?', 'developed', 'invites?', 'invited', 'share', 'shares', 'shared',
  'review', 'reviews', 'reviewed', 'agree', 'agrees', 'agreed',
].join('|');

/** Number words counted as a quantity ("een" is left out: it is mostly the article). */
const NUMBER_WORD =
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|' +
  'tientallen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozens';

// also recurring meetings: "op de agenda van elk schoolopleidersoverleg", "na iedere vergadering"
const PERIOD_NOUN = String.raw`\p{L}*(?:dag|week|maand|periode|kwartaal|semester|blok|jaar|les|stage|bijeenkomst|lesbezoek|ronde|overleg|vergadering|sessie)`;
const WEEKDAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|middag|middagen|ochtend|ochtenden)?';
export const MONTH_NL = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTH_EN = 'january|february|march|june|july|august|october'; // "may", "april"… overlap or are ambiguous
const EN_WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?: (?:morning|afternoon|evening)s?)?';
const NUMBER_NL = '(?:\\d+|twee|drie|vier|vijf|zes|acht|tien|twaalf)';
const NUMBER_EN = '(?:\\d+|two|three|four|five|six|eight|ten|twelve)';
const ORDINAL_NL = '(?:eerste|tweede|derde|vierde|vijfde|laatste|eerstvolgende)';
const ORDINAL_EN = '(?:first|second|third|fourth|fifth|final|last)';


/**
 * Time expressions of present or past practice: dates, periods, frequencies.
 * Future expressions ("volgend jaar") are intention cues instead.
 */
export const WHEN_TERM = [
  String.raw`sinds(?:dien)?(?: (?:dit |vorig |afgelopen |het |de )?(?:\d{4}(?:-\d{2,4})?|\p{L}+))?`,
  String.raw`(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?`,
  MONTH_NL,
  MONTH_EN,
  'voorjaar|najaar',
  `(?:elke|iedere|elk|ieder|per) (?:half |halve )?${PERIOD_NOUN}`,
  `(?:elke|iedere|op) ${WEEKDAY}`,
  '(?:twee|drie|vier|zes|half)?(?:dage|weke|maande|jaar)lijkse?',
  String.raw`(?:(?:\d+|een|twee|drie|vier|vijf|zes|tien) (?:keer|maal)|\d+\s?x)(?: (?:per|in het|in de) \p{L}+)?`,
  '(?:een|twee|drie|vier|vijf|zes|tien)maal(?: (?:per|in het|in de) \\p{L}+)?',
  // "eens per vier jaar", "eens per maand", "een keer per jaar"
  `(?:eens|een keer|één keer) per (?:${NUMBER_NL} )?\\p{L}+`,
  String.raw`(?:aan het |na |bij de |bij het )?(?:begin|start|eind|einde|afloop|afsluiting|opening|aanvang) van (?:elke|iedere|elk|ieder|de|het|een) \p{L}+`,
  String.raw`(?:week|periode|blok|leerjaar|jaar|studiejaar) \d+(?: en \d+)?`,
  '(?:in het )?(?:eerste|tweede|derde|vierde|laatste) (?:studie|leer|opleidings|school)?jaar',
  '(?:afgelopen|vorig|vorige|dit|deze) (?:school|studie)?(?:jaar|jaren|periode|maand|maanden|semester|week)',
  'inmiddels',
  String.raw`na (?:het|de|elk|elke|ieder|iedere|een) (?:blok|les|stage|\p{L}*periode|lesbezoek|bijeenkomst|gesprek|semester)`,
  // a standing item recurs at every meeting: "een vast agendapunt in de stuurgroep", "a standing item"
  'vaste? agendapunt(?:en)?|standing (?:agenda )?items?',
  String.raw`(?:in |tijdens )?(?:de|mijn|haar|zijn|hun) (?:eerste|tweede|derde|vierde|laatste|\d+e) (?:week|weken|dag|dagen|maand|periode|les|stageweek|stagedag|jaar)`,
  'vorige (?:week|maand|keer)|laatst|gisteren|vanochtend',
  // English
  String.raw`since(?: (?:\d{4}|last \p{L}+|the \p{L}+))?`,
  `(?:every|each) (?:other |second )?(?:day|week|month|term|semester|year|quarter|placement|lesson|block|period|spring|autumn|fall|summer|winter|meeting|session)`,
  'weekly|monthly|yearly|annual(?:ly)?',
  String.raw`(?:on|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?(?: (?:morning|afternoon|evening)s?)?`,
  'in the (?:spring|autumn|fall|summer|winter)|last (?:week|time)|yesterday',
  String.raw`in (?:block|period|week|year|term) \d+`,
  String.raw`(?:once|twice|(?:\d+|two|three|four|five|six) times) (?:a|per) \p{L}+`,
  'last (?:year|term|semester|month|spring|autumn)',
  String.raw`at the (?:start|end|beginning) of (?:the|each|every) \p{L}+`,
  'in the (?:first|second|third|fourth|final) year',
  // Intervals ("elke twee weken", "om de vier jaar"), ordinal moments ("elke eerste dinsdag van
  // de maand", "in het eerste gesprek"), numbered years or blocks in words ("in jaar twee"),
  // "na elke …", a past or present period ("afgelopen blok"), times of day.
  `(?:elke|iedere|op|om de) (?:${ORDINAL_NL}|andere) ${WEEKDAY}(?: van de maand)?`,
  `(?:elke|iedere|elk|ieder) ${ORDINAL_NL} (?:week|dag|maand|les|periode|bijeenkomst)(?: van (?:de|het|elke|iedere|elk|ieder) \\p{L}+)?`,
  `(?:elke|iedere|elk|ieder|om de) ${NUMBER_NL} (?:dagen|weken|maanden|jaar|jaren|lessen|periodes|blokken)`,
  'om de (?:dag|week|maand|periode|les)',
  "(?:elke|iedere|op de|op|in de) (?:ochtend|middag|avond|ochtenden|middagen|avonden)|'s (?:ochtends|middags|avonds)",
  '(?:every|each) (?:morning|afternoon|evening)|in the mornings?',
  `(?:afgelopen|vorige) ${WEEKDAY}|last ${EN_WEEKDAY}`,
  String.raw`(?:\d+|een|twee|drie|vier|vijf|zes|enkele|een paar) (?:dagen|dag|weken|week|maanden|maand|jaar|jaren) geleden|onlangs|recentelijk|kortgeleden|(?:\d+|a|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?|years?) ago|recently`,
  String.raw`(?:na|tijdens) (?:elk|elke|ieder|iedere) \p{L}+`,
  // "bij elke eindbeoordeling", "bij elk lesbezoek": an event; not "bij elke student hoort een mentor"
  String.raw`bij (?:elk|elke|ieder|iedere) \p{L}*(?:les|stage|bijeenkomst|beoordeling|gesprek|bezoek|overleg|assessment|toets|evaluatie|periode|blok|ronde|vergadering|presentatie|examen|bespreking)(?:sen|en|s)?`,
  '(?:afgelopen|vorig|vorige|dit|deze) (?:blok|kwartaal|stageperiode|lesweek|voorjaar|najaar|zomer|winter|stage|cursusjaar|collegejaar|trimester|ronde)',
  `(?:in|tijdens|na|bij) (?:de|het|mijn|haar|zijn|hun|onze) ${ORDINAL_NL} (?!(?:plaats|instantie)(?!\\p{L}))\\p{L}+`,
  `(?:in )?(?:week|periode|blok|leerjaar|jaar|studiejaar) (?:een|één|twee|drie|vier|vijf|zes)`,
  // English, the same classes
  `(?:each|every) ${EN_WEEKDAY}`,
  `(?:each|every) (?:${NUMBER_EN}|couple of|few) (?:days|weeks|months|years|lessons|terms)`,
  'fortnightly|biweekly|daily|termly|quarterly',
  'this (?:school |academic )?(?:year|term|semester|month|week|spring|autumn|fall|quarter|block)',
  String.raw`(?:after|during|before) (?:each|every) \p{L}+`,
  `(?:in|during|at|after) (?:the|their|her|his|our) ${ORDINAL_EN} (?!(?:place|time|instance|resort)(?!\\p{L}))\\p{L}+`,
  '(?:in |at the end of |by the end of |at the start of )?(?:year|block|term|period) (?:one|two|three|four|five|six)',
  // Seasons without an article ("in spring"), "May" after a preposition ("the survey in May"; a bare
  // "may" is the verb), and a deadline of days or weeks ("binnen een week", "within two weeks").
  'in (?:spring|autumn|fall|summer|winter)|(?:in|since|during|until|by|before|after) (?:may|april)',
  `binnen (?:een|één|${NUMBER_NL}) (?:dag|dagen|week|weken|maand|maanden)|within (?:a|one|${NUMBER_EN}) (?:days?|weeks?|months?)`,
].join('|');

export const QUANTITY_TERM = [String.raw`\d+(?:[.,]\d+)?(?:\s?%| procent| percent)?`, NUMBER_WORD].join('|');

/**
 * Named activities and meetings of any actor (not only a student's moments): the
 * "what" of a concrete example ("een evaluatiedag", "een rekenles", "het overleg",
 * "a lesson"). Plain "les" counts; compounds only with a known first part, so "alles"
 * is not a lesson.
 */
export const ACTIVITY_TERM = [
  STUDENT_MOMENT_TERM,
  String.raw`\p{L}*(?:vergadering|bijeenkomst|overleg|gesprek|gesprekken|sessie|examen|weekstart|weekopening|projectweek|evaluatiedag|studiemiddag|studieochtend|kennisdag|conferentie|symposium|kalibratie|excursie|lesobservatie|klassenbezoek|schoolbezoek|werkbezoek|meeloopdag|opendag|netwerkdag|leerteambijeenkomst)(?:en|s)?`,
  String.raw`(?:reken|taal|lees|schrijf|gym|muziek|proef|gast|video|wereldorientatie|geschiedenis|aardrijkskunde|biologie|wiskunde|engels|nederlands|natuur|techniek|tekenen|drama|beweging|spel)?les(?:sen)?`,
  // meeting and evaluating as verbs: "de stuurgroep vergadert", "elk half jaar evalueren we"
  String.raw`vergadert|vergaderen|vergaderde|vergaderden|(?:komt|komen|kwam|kwamen) (?:\p{L}+ ){0,4}?bijeen|bijeenkomt|bijeenkomen|overlegt|overleggen|overlegde|overlegden|evalueert|evalueren|evalueerde|evalueerden`,
  // English
  'meetings?|sessions?|lessons?|visits?|observations?|conferences?|workshops?|(?:evaluation|study|training) days?|meets?|met up|seminars?|tutorials?|evaluates?|evaluated',
].join('|');

/** Where it happens: a class, a group, a school, the institute. */
export const WHERE_TERM = [
  String.raw`in (?:de |het |hun |haar |zijn |onze |een )?(?:klas|klassen|klaslokaal|lokaal|lokalen|onderbouw|middenbouw|bovenbouw|brugklas)`,
  // rooms of a school: "een vaste werkplek in de docentenkamer", "in de gymzaal"
  String.raw`in (?:de |het |onze )?(?:docentenkamer|lerarenkamer|personeelskamer|teamkamer|aula|kantine|gymzaal|speelzaal|werkplaats|praktijklokaal|mediatheek|bibliotheek)`,
  String.raw`in the (?:staff\s?room|teachers' room|gym|library|workshop)`,
  String.raw`in (?:groep|klas|leerjaar) \d+(?:(?:/|-| en )\d+)?`,
  String.raw`op (?:de |het |hun |haar |zijn |onze |een |elke |iedere )?(?:\p{L}*school|pabo|hogeschool|universiteit|locatie|werkplek|academie|campus|stageplek|instituut)`,
  String.raw`in the classroom|in (?:their|her|his|the|a) class(?:room)?|in (?:year|grade|group) \d+|on (?:the )?campus`,
  String.raw`at (?:the |their |our |a |each |every |her |his )?(?:\p{L}+ )?(?:school|university|institute|campus|college)`,
].join('|');
