import { context, cue, findCue, withoutOverlaps, type CueDefinition, type MatchInput } from './match';
import type { IntentionHit } from './types';
import { MONTH_NL } from './vocabulary';

/**
 * Statements of intention instead of current practice. The committee assesses what
 * is realised now ("stand van zaken"); partnerships tend to write ambitions and
 * development wishes instead (DUS-I verslag 2024, "Concept zelfevaluatie
 * basiskwaliteit"). Each cue below is one way Dutch (or English) writers announce
 * the future, a wish or something not yet done.
 *
 * Decisions (see README): "we gaan uit van" is a present principle, not an
 * intention; "gaan we" in a sentence with a habit marker ("elke week gaan we …")
 * is present practice; "die/welke/wat we willen" is a relative clause describing
 * the vision ("de leraar die we willen opleiden"); "nog niet" states a present gap
 * and is not an intention; past forms ("wilden", "waren van plan") are not cues.
 */

const WE = '(?:we|wij)';
/** "wij als opleidingsschool", "we als partnerschap": the subject with an apposition. */
const WE_AS = String.raw`${WE}(?: als(?: \p{L}+){1,2})?`;
const BODY = '(?:partnerschap|opleidingsschool|stuurgroep|werkgroep|projectgroep|kernteam|bestuur|schoolbestuur|hogeschool|pabo|lerarenopleiding)';
/** Organisations as the subject of an English wish: "our board wants …". */
const EN_BODY = '(?:partnership|board|school board|steering group|university|institute|college|school)';
/** English month names, all of them: after "from" or "starting in" "may" and "april" are months too. */
const MONTH_EN_ALL = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Relative clause right before: "die we willen opleiden" describes, it does not plan. */
/** Someone else's advice reported before the modal: "my mentor says … I should just use the method" (round 8). */
const REPORTED_ADVICE_EN = context(String.raw`(?:^|[^\p{L}])(?:says|said|tells me|told me|tells us|told us|keeps saying)(?: [\p{L}'-]+){0,8} $`);
const RELATIVE_BEFORE = context(String.raw`(?:^|[^\p{L}])(?:die|welke|wat|(?:wat voor(?: een)?|welk|welke)(?: [\p{L}-]+){1,2}) $`);
/** Habit or since-markers: "elke week gaan we op lesbezoek" is what happens now. */
const HABIT = context(
  String.raw`(?:^|[^\p{L}])(?:elke|iedere|elk|ieder) \p{L}*(?:dag|week|maand|periode|kwartaal|semester|blok|jaar|les|stage|bijeenkomst)(?!\p{L})` +
    String.raw`|(?:^|[^\p{L}])(?:(?:twee|drie|half)?(?:dage|weke|maande|jaar)lijkse?|altijd|telkens|steeds|standaard|doorgaans|meestal|gewoonlijk|vervolgens|sinds|sindsdien|inmiddels)(?!\p{L})`,
);
/** A frequency: "twee keer per jaar", "drie keer per blok". */
const FREQUENCY = String.raw`(?:^|[^\p{L}])(?:\p{L}+|\p{N}+) (?:keer|maal) (?:per|in het|in de|elk|elke) (?:week|maand|jaar|blok|periode|semester|kwartaal|schooljaar|studiejaar)(?!\p{L})`;
/**
 * The next year as what a routine is about: "(elk jaar) … nemen we mee in de planning van volgend jaar",
 * "twee keer per jaar bespreken we wie volgend jaar mentor wil worden". A habit or frequency before it,
 * then an owner ("van/voor") or a question word right before the period.
 */
const ROUTINE_ABOUT_NEXT = context(
  String.raw`(?:${HABIT.source}|${FREQUENCY}).*(?:(?:^|[^\p{L}])(?:van|voor)(?: het| de)?|(?:^|[^\p{L}])(?:wie|welke|wat|of|hoeveel)(?: [\p{L}-]+){0,3}) $`,
);
/**
 * The period ahead as what a step of the cycle sets or chooses: "stellen we de prioriteiten voor het volgende jaar
 * vast", "waar we de verbeterpunten voor het volgende jaar vaststellen", "picks two improvements for the next year".
 * Priorities or improvements, and a verb of setting or choosing, in the sentence ("mijn plan voor volgend jaar",
 * "de doelen voor volgend jaar zijn" keep their cue).
 */
const SET_FOR_NEXT = context(
  String.raw`^(?=[\s\S]*(?:^|[^\p{L}])(?:vaststellen|vastgesteld|stellen|stelt|bepalen|bepaalt|kiezen|kiest|set|sets|pick|picks|choose|chooses|select|selects)(?!\p{L}))` +
    String.raw`[\s\S]*(?:^|[^\p{L}])(?:prioriteiten|verbeterpunten|verbeteracties|priorities|improvements|improvement points)(?: [\p{L}\p{N}-]+){0,2} (?:voor|for) (?:het |de |the )?(?:volgende?|komende?|aankomende?|next|coming|following) (?:school|studie)?(?:jaar|year|periode|tijd)(?!\p{L})`,
);
/**
 * The next occurrence of a recurring routine ("de eerste keer is volgend schooljaar", "the next round is
 * next year") is a scheduled date, not a plan (guide: "de volgende stuurgroep is in maart"); and a period
 * inside an indirect question ("hoeveel studenten kunnen de colleges het komende jaar plaatsen") is what
 * is asked, not what the writer intends.
 */
const SCHEDULED_OR_ASKED = context(
  String.raw`(?:(?:^|[^\p{L}])(?:de |het |the )?(?:(?:eerste|volgende|eerstvolgende|first|next) (?:keer|ronde|editie|cyclus|time|round|edition|cycle)|(?:volgende|eerstvolgende|next) \p{L}*(?:stuurgroep|vergadering|bijeenkomst|overleg|sessie|audit|visitatie|evaluatie|meting|peiling|terugkomdag|meeting|session|survey|review)) (?:is|vindt plaats|valt|will be|takes place)(?: (?:in|pas|al|then))?|(?:^|[^\p{L}])(?:hoeveel|wie|welke)(?: [\p{L}\p{N}'-]+){0,5}) $`,
);
/** "zoals altijd", "zoals elk jaar", "as every year": the writer marks the period ahead as part of a routine. */
const AS_ALWAYS = context(
  String.raw`(?:^|[^\p{L}])(?:zoals (?:altijd|gebruikelijk|gewoonlijk|elk jaar|ieder jaar|elke keer|ieder blok|elk blok)|net als (?:elk|ieder|vorig) jaar|as (?:always|usual|every year|each year))(?!\p{L})`,
);
/** Realised ambitions are no longer intentions. */
const REALISED = context(
  String.raw`(?:^|[^\p{L}])(?:gerealiseerd|waargemaakt|behaald|bereikt|gelukt|achieved|realised|realized)(?!\p{L})`,
);

/** A plan word under a negation right before it: "het is niet de bedoeling dat" is a norm, "we zijn niet van plan" no plan. */
const NEGATED_BEFORE = String.raw`(?:niet|nooit|geen|not|never|no|don't|doesn't|didn't)(?: \p{L}+)?`;
/** A plan that was dropped or carried out is no intention ("het plan … is van tafel"). */
const DROPPED_OR_DONE = context(
  String.raw`(?:^|[^\p{L}])(?:van tafel|geschrapt|afgeblazen|afgewezen|verworpen|losgelaten|opgegeven|ingetrokken|rejected|niet doorgegaan|in de ijskast|uitgevoerd|doorgevoerd|dropped|abandoned|shelved|scrapped|cancell?ed|carried out)(?!\p{L})`,
);
/**
 * A conditional routine: "als een school boven het gemiddelde zit, gaan we in gesprek" is
 * what happens each time (an indefinite case), not a plan ("als de pilot slaagt, gaan we …"
 * keeps its cue).
 */
const CONDITIONAL_ROUTINE = context(
  String.raw`^[\s*•·-]*(?:als|wanneer|zodra|indien|telkens als|elke keer als|iedere keer als) (?:er|een|iemand|ergens|studenten|mentoren|scholen|(?:de )?(?:student|stagiair\p{L}*|leerling\p{L}*))(?!\p{L})`,
);
/** English habit markers: "after each lesson the mentor will discuss it" is routine. */
/** English habit words other than "every/each", and a clause opening with "if/when/once": shared by the two habit markers below. */
const HABIT_EN_WORDS = 'always|usually|normally|typically|whenever|weekly|monthly|daily|since';
const HABIT_EN_IF = String.raw`^[\s*•·-]*(?:if|when|once) `;
const HABIT_EN = context(String.raw`(?:^|[^\p{L}])(?:every|each|${HABIT_EN_WORDS})(?!\p{L})|${HABIT_EN_IF}`);
/**
 * The text announcing itself ("hieronder zal ik laten zien hoe we werken", "in this answer I will explain our
 * approach", "ik zal een voorbeeld geven"): a way of writing, as "we willen graag benadrukken" is.
 */
const TEXT_FILLER = String.raw`(?: (?:ik|we|wij|eerst|kort|nog|ook|nu|first|briefly|now|also|then))*`;
const TEXT_DEIXIS = String.raw`(?: (?:hieronder|hierna|hier|below|here|(?:in )?(?:dit|this) (?:antwoord|stuk|deel|answer|section|text|part)))`;
const TEXT_VERB = String.raw`(?:beschrijven|uitleggen|toelichten|schetsen|illustreren|laten zien|ingaan op|describe|explain|illustrate|outline|elaborate on|show)`;
const TEXT_ACT_AFTER = context(
  String.raw`^(?:${TEXT_FILLER}${TEXT_DEIXIS}${TEXT_FILLER} ${TEXT_VERB}|${TEXT_FILLER}${TEXT_DEIXIS}?${TEXT_FILLER} (?:(?:graag )?een voorbeeld geven|iets (?:vertellen|zeggen) over|something about|(?:eerlijk|kort) zijn|be (?:honest|brief|short|frank)|voorbeelden geven|give (?:an |some |a few )?examples?|${TEXT_VERB}(?= (?:hoe|wat|waarom|welke|how|what|why|which|our|ons|onze|kort|briefly)(?!\p{L})|\s*[.:,;]|\s*$)))`,
);
/** A sentence that opens by pointing at the text itself: "Hieronder zal ik de drie onderdelen beschrijven", "Below I will describe …". */
const TEXT_ACT_SENTENCE = context(
  String.raw`^[\s*•·-]*(?:hieronder|hierna|in dit (?:antwoord|stuk|deel)|below|in this (?:answer|section|text|part))(?!\p{L}).*(?:beschrijven|uitleggen|toelichten|schetsen|illustreren|laten zien|ingaan|describe|explain|illustrate|outline|show|elaborate)`,
);
/**
 * A hope about the answer itself, the closing line of many self-evaluations ("ik hoop dat dit duidelijk is",
 * "hopelijk geeft dit een beeld van onze werkwijze", "I hope I have shown how we work"): a way of writing.
 */
const HOPE_ABOUT_TEXT = context(
  String.raw`^(?: (?:dat|that))?(?: (?:geeft|biedt|maakt|schetst|gives|makes|paints))?(?: (?:dit|deze (?:tekst|beschrijving|toelichting)|hiermee|ik hiermee|ik|this|these|i|i've|we)(?: [\p{L}'-]+){0,5}? (?:duidelijk|helder|beeld|indruk|laat zien|laten zien|heb laten zien|hebben laten zien|beantwoord\p{L}*|clear|shown|picture|impression|answers?|answered|overzicht|overview|illustreert|illustrates)| (?:het|dat|it) (?:is|was) (?:zo |nu )?(?:duidelijk|helder|clear)| (?:het|dat|alles) (?:zo |nu )?(?:duidelijk|helder) (?:is|was|geworden))(?!\p{L})`,
);
/** An English frequency or a rule's source: "twice a term", "per week", "according to the handbook" mark a routine in force. */
const FREQUENCY_EN = String.raw`(?:^|[^\p{L}])(?:(?:once|twice|three times|four times|\p{N}+ times) (?:a|per|each|every) (?:week|month|term|semester|block|period|year|placement)|per (?:week|month|term|semester|block|period|year|placement)|according to|in line with the)(?!\p{L})`;
/** English habit markers of time only: "every trainee" quantifies people and is no habit ("it is our goal that every trainee …"). */
const HABIT_EN_TIME = context(
  String.raw`(?:^|[^\p{L}])(?:(?:every|each) (?:\p{L}+ )?(?:day|week|month|term|semester|block|period|year|lesson|meeting|visit|placement|morning|afternoon|time)s?|${HABIT_EN_WORDS})(?!\p{L})|${HABIT_EN_IF}`,
);
/** Infinitives of introducing or changing something, at the end of a "gaat/gaan …" clause. */
const CHANGE_INF =
  '(?:invoeren|starten|beginnen|gebruiken|ontwikkelen|aanpassen|uitbreiden|opzetten|introduceren|toevoegen|inrichten|aanbieden|oppakken|uitwerken|opstellen|herzien|verbeteren|vernieuwen|uitproberen|werken|organiseren|evalueren|inzetten|aansluiten|meedoen|deelnemen|regelen|onderzoeken|verkennen|samenwerken|inplannen|vastleggen|uitvoeren|krijgen|veranderen|afschaffen|uitrollen|vormgeven)';

/**
 * Infinitives of carrying out a task (round 9, h6/h7 errors: "zij gaat het beroepsbeeld weer op de kaart zetten",
 * "dat ze een vervangingsregeling gaan maken", "ik ga die leerteams begeleiden"): the plan is a piece of work, not a
 * change of the programme. Verbs only: a plural noun ending the clause ("gaan naar de scholen") is no infinitive.
 */
const TASK_INF =
  '(?:maken|doen|zetten|begeleiden|bespreken|ontwerpen|schrijven|opnemen|betrekken|bijstellen|agenderen|trainen|coachen|uitnodigen|opleiden|ondersteunen|koppelen|borgen|monitoren|volgen|houden|voeren|leggen)';

export type IntentionCue = CueDefinition & { lang: 'nl' | 'en' };

export const INTENTION_CUES: readonly IntentionCue[] = [
  // --- Dutch: wanting, going to, will ----------------------------------------------
  {
    id: 'nl.willen',
    lang: 'nl',
    pattern: cue(`${WE_AS} willen(?: graag)?`),
    why: '"we willen (graag)": a wish, the most frequent way to write an ambition',
    unlessBefore: RELATIVE_BEFORE,
    // "dat willen we graag zo houden": keeping what already happens is not a plan.
    // "we willen graag benadrukken dat …" is a way of writing, not a plan.
    unlessAfter: context(
      String.raw`^(?:(?: \p{L}+){0,3}? (?:zo houden|behouden|vasthouden|voortzetten|continueren)|(?: graag| hier| daarbij| nog| ook)* (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|delen|laten zien))(?!\p{L})|${TEXT_ACT_AFTER.source}`,
    ),
    unlessSentence: TEXT_ACT_SENTENCE,
  },
  {
    id: 'nl.willen-we',
    lang: 'nl',
    pattern: cue(`willen ${WE}(?: graag)?(?: als(?: \\p{L}+){1,2})?(?: graag)?`),
    why: '"willen we": the inverted wish. A verb before its subject is a main clause, so "die willen we samen maken" is a plan (only "die we willen …" is relative)',
    unlessAfter: context(
      String.raw`^(?:(?: \p{L}+){0,3}? (?:zo houden|behouden|vasthouden|voortzetten|continueren)|(?: graag| hier| daarbij| nog| ook)* (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|delen|laten zien))(?!\p{L})|${TEXT_ACT_AFTER.source}`,
    ),
    unlessSentence: TEXT_ACT_SENTENCE,
    // "wat voor leraar willen we opleiden?": the vision's question, like "wat voor docent we willen worden"
    unlessBefore: context(String.raw`(?:^|[^\p{L}])wat voor(?: een)?(?: [\p{L}-]+){1,2} $`),
  },
  {
    id: 'nl.wat-we-willen',
    lang: 'nl',
    pattern: cue(
      // round 9 (h5-h7 errors), the same pseudo-cleft with other fillers and verbs: "wat ik zelf zou willen is",
      // "wat we wel gaan doen is", "waar we naartoe willen is dat"
      String.raw`(?:wat|waar) (?:we|wij|ik)(?: graag| nog| ook| verder| vooral| eigenlijk| zelf| wel| echt| naartoe| heen| aan)* (?:willen|wil|(?:gaan|ga)(?= (?:\p{L}+ )?\p{L}+en(?!\p{L}))|zouden(?: \p{L}+)? (?:willen|zien)|zou(?: \p{L}+)? (?:willen|zien))(?:(?: \p{L}+)? \p{L}+en)?(?=\s?:|,? is(?!\p{L}))`,
    ),
    why: '"Wat we willen:" heading a list of plans, "wat we nog willen (verbeteren) is dat …", "wat we wel gaan doen is", "waar we naartoe willen is dat": the wish or plan as the subject of "is" (a relative "wat we willen" describes and is not matched)',
  },
  {
    id: 'nl.zouden-graag',
    lang: 'nl',
    pattern: cue(`${WE} zouden graag|zouden ${WE} graag|graag zouden ${WE}|ik zou graag|zou ik graag|graag zou ik`),
    why: '"we zouden graag", "ik zou graag meer scholen zien": a wish; "dat zouden we niet willen missen" is deliberately not covered',
  },
  {
    id: 'nl.body-wil',
    lang: 'nl',
    pattern: cue(`(?:het|ons|onze|de) ${BODY} wil|wil (?:het|ons|onze|de) ${BODY}|(?:de|onze|alle) (?:scholen|opleidingsscholen|besturen|partners|hogescholen|pabo's) willen|willen (?:de|onze|alle) (?:scholen|opleidingsscholen|besturen|partners)`),
    why: '"het partnerschap wil": the same wish with the partnership as subject',
    unlessBefore: RELATIVE_BEFORE,
  },
  {
    id: 'nl.gaan',
    lang: 'nl',
    pattern: cue(`${WE_AS} gaan|gaan ${WE}`),
    why: '"we gaan …" / "gaan we …": announces the future in everyday Dutch',
    // "we gaan het curriculum niet aanpassen" is a negated plan, no intention ("niet meer … maar
    // digitaal" and "niet alleen … maar ook" still announce a change).
    unlessAfter: context(
      String.raw`^(?:(?: [\p{L}']+){0,4}? (?:uit van|ervan uit|daarvan uit|hiervan uit|mee om|om met|over tot|in op|op in)|(?: [\p{L}']+){0,4}? (?:niet|geen|nooit)(?! (?:meer|alleen|langer))(?! \p{L}+ (?:maar|but)))(?!\p{L})`,
    ),
    unlessSentence: context(`${HABIT.source}|${CONDITIONAL_ROUTINE.source}`),
  },
  {
    id: 'nl.gaan-infinitief',
    lang: 'nl',
    pattern: cue(String.raw`(?<hit>gaat|gaan)(?: (?!(?:niet|geen|nooit|maar|waar|wat|hoe|omdat|moet|moeten|kan|kunnen|mag|mogen|wil|willen|zal|zullen)(?!\p{L}))[\p{L}\p{N}'-]+){0,10}? (?:${CHANGE_INF}|${TASK_INF})(?=\s*(?:[.,;:!?)]|$)|\s+(?:en|om|zodat|omdat|want|maar|samen)(?!\p{L}))`),
    why: '"de scholen gaan met de nieuwe kijkwijzer werken", "dat wij dit gaan invoeren", "zij gaat het beroepsbeeld op de kaart zetten": any subject, the verb of a change or a task at the end of its clause ("studenten gaan naar de pabo" is movement and has none)',
    // "wat de student dit semester gaat doen", "welke klassen ze gaat begeleiden": a relative or indirect question describes.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:het|dat|dit|er) $|(?:^|[^\p{L}])(?:die|welke|wat|waar\p{L}*|hoe|wie)(?: [\p{L}'-]+){0,4} $`),
    // A step of a procedure ("daarna gaan de studenten in tweetallen werken") describes practice.
    unlessSentence: context(String.raw`${HABIT.source}|${CONDITIONAL_ROUTINE.source}|(?:^|[^\p{L}])(?:daarna|daarop|dan|eerst|na afloop|tijdens)(?!\p{L})`),
  },
  {
    id: 'nl.willen-bijzin',
    lang: 'nl',
    pattern: cue(String.raw`(?:omdat|zodat|(?<=,\s)dat) (?:we|wij|ik)(?: [\p{L}\p{N}'-]+){0,5}? (?<hit>willen|wil|zouden willen)(?= \p{L}+en(?!\p{L})|\s*[.,;:!?]|\s*$)`),
    why: '"omdat we dit willen verbeteren": the wish in a subordinate clause, the verb at its end (a relative "die we willen …" is not matched)',
  },
  {
    id: 'nl.gaan-bijzin',
    lang: 'nl',
    pattern: cue(String.raw`(?:dat|omdat|zodat|waarna|wanneer|nu) ${WE}(?: [\p{L}'-]+){1,5} (?<hit>gaan|zullen) \p{L}+en`),
    why: 'subordinate clause with the verb at the end: "zodat we de intervisie gaan uitbreiden"',
    unlessSentence: HABIT,
  },
  {
    id: 'nl.body-gaat',
    lang: 'nl',
    pattern: cue(`${BODY} gaat(?! (?:het|er|over|om|uit|goed|samen)(?![\\p{L}]))`),
    why: '"de stuurgroep gaat … herzien": future with a body as subject ("gaat het om", "gaat over" excluded)',
    // "als ze met de pabo gaat overlegen": a body after a preposition is no subject
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:met|naar|bij|van|aan|voor|door|op|in|over|tot|zonder) (?:de |het |onze |ons |hun )?$`),
    unlessSentence: HABIT,
  },
  {
    id: 'nl.zullen',
    lang: 'nl',
    pattern: cue(`${WE} zullen|zullen ${WE}|zal|zullen`),
    why: '"we zullen", "alle scholen zullen …", "zal … worden": explicit future in a self-evaluation',
    // "het zal duidelijk zijn dat …" is a figure of speech, not a plan.
    // "we zullen dat niet doen" is a negated plan, like "we gaan … niet aanpassen" ("niet meer/langer" still changes).
    unlessAfter: context(
      String.raw`^(?:(?: \p{L}+)? (?:duidelijk|helder|bekend) zijn|(?: [\p{L}']+){0,3}? (?:niet|geen|nooit)(?! (?:meer|alleen|langer))(?! \p{L}+ (?:maar|but)))(?!\p{L})|${TEXT_ACT_AFTER.source}`,
    ),
    unlessSentence: TEXT_ACT_SENTENCE,
  },
  {
    id: 'nl.er-komt',
    lang: 'nl',
    pattern: cue('er (?:komt|komen)|(?:komt|komen) er'),
    why: '"er komt een kernteam", "daarvoor komt er een werkgroep": something that does not exist yet',
    // "er komt geen …" is no plan; "er komt bij dat", "daar komt uit", "komt aan bod" are no arrival.
    unlessAfter: context(
      String.raw`^ (?:\p{L}+ )?(?:geen|niet|nooit|niets|bij|uit|aan bod|naar voren|weinig|veel|vaak|soms|regelmatig|wel eens|weleens|op neer)(?!\p{L})`,
    ),
    // "er komen studenten langs", "daar komt veel bij kijken": coming by, not coming into being.
    unlessSentence: context(
      String.raw`${HABIT.source}|(?:^|[^\p{L}])(?:langs|terecht|bij kijken|aan te pas|op (?:\p{L}+ )?af)(?!\p{L})` +
        // a step of a procedure: "daarna komt er een eindgesprek", "aan het eind van de stage komt er een beoordelingsgesprek"
        String.raw`|(?:^|[^\p{L}])(?:daarna|daarop|na afloop|aan het (?:eind|einde|begin|slot) van (?:de|het|elke|iedere|elk|ieder) \p{L}+|na (?:de|het|elke|iedere|elk|ieder) (?:les|lesbezoek|stage|stageperiode|periode|blok|gesprek|bijeenkomst|observatie))(?!\p{L})`,
    ),
  },
  {
    id: 'nl.modal-komen',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:er (?:kan|kunnen|moet|moeten|mag|mogen|zou|zouden)|(?:kan|kunnen|moet|moeten|mag|mogen|zou|zouden) er)(?!\s+nog(?!\p{L}))(?!(?:\s+[\p{L}\p{N}'-]+){0,5}?\s+moeten\s+komen)(?: [\p{L}\p{N}'-]+){0,5}? (?:bij )?komen`,
    ),
    why: '"misschien kan er een studentenraad komen", "er moet een vast aanspreekpunt komen": something that does not exist yet ("er moet nog …" and "er zou … moeten komen" have their own cues)',
    unlessAfter: context(String.raw`^ (?:langs|terecht|naar|op af)(?!\p{L})`),
    unlessSentence: context(String.raw`${HABIT.source}|(?:^|[^\p{L}])(?:langs|terecht|naar|niet|geen|nooit)(?!\p{L})`),
  },
  {
    id: 'nl.intentie',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:onze|de|mijn) intentie (?:is )?(?:om|dat)|(?:het is|is het) (?:onze|de|mijn) intentie|(?:we|wij|ik) (?:hebben|heb) (?:de|als) intentie|(?:(?:onze|de|mijn) )?wens (?:is )?(?:om|dat)|het is (?:onze|de|mijn) wens|(?:we|wij|ik) zien graag|zien (?:we|wij|ik) graag|zou(?:den)?(?: (?:we|wij|ik))? graag zien|(?:we|wij) hebben (?:als|tot) doel|(?:er is|we hebben|wij hebben|ik heb) (?:\p{L}+ )?behoefte aan`,
    ),
    why: '"het is onze intentie om", "de wens is om", "wij zien graag dat", "we hebben als doel dat", "er is behoefte aan": an aim or a need not met ("de intervisie heeft als doel" states a purpose; "studenten hebben behoefte aan" is reported)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])van (?:de |het )?$`),
  },
  {
    id: 'nl.verbeterpunt',
    lang: 'nl',
    pattern: cue(String.raw`(?:verbeter|ontwikkel)punt(?:en)?(?: voor (?:ons|\p{L}+ \p{L}+|\p{L}+))? (?:is|zijn|blijft|blijven)`),
    why: '"een verbeterpunt is dat we …": what is still to be improved ("verbeterpunten uit de evaluatie nemen we mee" is the routine of the cycle; a heading "Verbeterpunten:" over a list of shortcomings names gaps, and its items carry their own cues if they plan)',
    // "of die verbeterpunten zijn opgepakt", "de verbeterpunten zijn doorgevoerd": a perfect or passive reports what was done.
    unlessAfter: context(String.raw`^ (?:\p{L}+ )?(?:al |inmiddels |ook |allemaal )?\p{L}*ge\p{L}+(?:d|t|en)(?!\p{L})`),
  },
  {
    id: 'nl.kijken-of',
    lang: 'nl',
    pattern: cue(String.raw`(?:we|wij) (?:kijken|onderzoeken|bekijken|verkennen|bespreken|zoeken uit) (?:nog |nu |momenteel )?of (?:we|wij|er)(?: [\p{L}\p{N}'-]+){0,6}? (?:kunnen|kan|zouden|gaan|willen)`),
    why: '"we kijken of we een audit kunnen organiseren": a plan being weighed ("we kijken of de opdrachten nog passen" is an evaluation and is not matched)',
  },
  {
    id: 'nl.voorstel',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:er wordt|wordt er) (?:nu |momenteel )?nagedacht over|(?:er )?wordt (?:nu |momenteel )?(?:onderzocht|gekeken|bekeken|verkend) of(?: [\p{L}\p{N}'-]+){0,6}? (?:kan|kunnen|haalbaar|mogelijk)|(?:er ligt|we doen|wij doen|het) (?:een |ons )?voorstel (?:om|voor|is|dat)` +
        // a proposal still pending: "dat voorstel ligt nu bij de stuurgroep", "ik heb voorgesteld om vaste koppels te maken"
        String.raw`|(?:dat|dit|het|ons|mijn|een|onze) (?:\p{L}+ )?voorstel (?:ligt|is) (?:nu |momenteel |inmiddels |al )?(?:bij|ter|op tafel|in behandeling)|(?:ik heb|we hebben|wij hebben|heb ik|hebben we|hebben wij)(?: [\p{L}\p{N}'-]+){0,6}? voorgesteld (?:om|dat|te)`,
    ),
    why: '"er wordt nagedacht over", "er wordt onderzocht of dat kan", "er ligt een voorstel om", "dat voorstel ligt nu bij de stuurgroep", "ik heb voorgesteld om": a plan being weighed or proposed ("er wordt gekeken of het programma nog past" is an evaluation; a proposal taken up or turned down is not matched)',
    unlessSentence: context(
      String.raw`${DROPPED_OR_DONE.source}|(?:^|[^\p{L}])(?:aangenomen|goedgekeurd|overgenomen|ingevoerd|besloten|gehouden|gedaan|gestart|uitgevoerd|sindsdien|inmiddels (?:\p{L}+ )?(?:gebeurt|doen|werken)|vorig(?:e)? (?:jaar|schooljaar|maand|week|keer)|destijds|toen)(?!\p{L})`,
    ),
  },
  {
    id: 'nl.kop',
    lang: 'nl',
    pattern: cue(String.raw`(?:(?:onze|mijn|our|my) )?(?:(?:toekomst)?plannen|wensen|wens|vervolgstappen|volgende stappen|actiepunten|actiepunt|toekomst|next steps|(?:future )?plans|wishes|wish|action points|to do|todo)`),
    why: '"Plannen:", "Wensen:", "Wens:", "Actiepunten:", "Toekomst:", "Vervolgstappen:", "Next steps:" heading a list: its items are plans ("Plan:" alone is the PDCA step and is not matched)',
    unlessBefore: context(String.raw`[^\s*•·>-]\s*$`),
    unlessAfter: context(String.raw`^(?!\s?:)`),
  },
  {
    id: 'nl.lijkt-goed',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:het )?lijkt (?:me|mij|ons)(?: \p{L}+)? (?:goed|mooi|fijn|zinvol|verstandig|handig|prettig|waardevol|nuttig|beter|een goed idee)(?= (?:als|wanneer|om|dat)(?!\p{L}))|(?:ik|we|wij) zou(?:den)? het(?: \p{L}+)? (?:goed|mooi|fijn|zinvol|prettig|wenselijk|handig|waardevol|nuttig|beter) vinden|zou(?:den)? (?:ik|we|wij) het(?: \p{L}+)? (?:goed|mooi|fijn|zinvol|prettig|wenselijk|handig|waardevol|nuttig|beter) vinden`,
    ),
    why: '"het lijkt me goed als er …", "ik zou het fijn vinden als …": a wish put as an opinion',
  },
  {
    id: 'nl.kan-beter',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:kan|kunnen|mag|mogen|moet|moeten)(?: (?:we|wij|het|dit|dat|er))?(?: (?:nog|echt|wel|veel|een stuk))+ (?:beter|sterker|scherper|strakker|vaker|duidelijker|concreter)|(?:kan|kunnen|mag|mogen|moet|moeten)(?: (?:we|wij|het|dit|dat|er))? (?:beter|sterker|duidelijker|anders)(?=\s*(?:[.!;]|$))|(?:moet|moeten)(?: [\p{L}\p{N}'-]+){0,4}? (?:verbeterd|versterkt|verduidelijkt|aangescherpt|herzien) (?:worden)|wat (?:er )?(?:nog )?(?:beter|anders) moet(?: worden)?(?=\s*:)`,
    ),
    why: '"dat kan nog beter", "dit mag echt vaker", "Wat nog beter moet:": a need not met yet ("de student kan beter reflecteren dan vorig jaar" is no cue; the heading "Wat nog beter kan:" introduces shortcomings, a gap)',
    // "de student kan nog beter reflecteren": a student assessed, not a need of the partnership.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:student|studenten|stagiair\p{L}*|leerling\p{L}*|trainee\p{L}*|lio|zij-instromer\p{L}*|hij|zij|ze)(?: [\p{L}'-]+)? $`),
  },
  {
    id: 'nl.in-wording',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:zijn|is|ben)(?: [\p{L}\p{N}'-]+){0,8}? aan het (?:ontwikkelen|opstellen|uitwerken|ontwerpen|opzetten|herschrijven|vernieuwen|herzien|inrichten|verkennen|uitzoeken)|(?:we|wij) (?:zijn|ben)(?: [\p{L}\p{N}'-]+){0,8}? aan het (?:maken|schrijven|bouwen|voorbereiden)|(?:zijn|is|ben) (?:we|wij)(?: [\p{L}\p{N}'-]+){0,8}? aan het (?:maken|schrijven|bouwen|voorbereiden)` +
        String.raw`|(?:ontwikkelt|ontwikkelen|ontwerpt|ontwerpen|herschrijft|herschrijven|herziet|herzien|vernieuwt|vernieuwen)(?: (?:we|wij|ze))? (?:nu|momenteel|op dit moment)|(?:nu|momenteel|op dit moment) (?:ontwikkelt|ontwikkelen|ontwerpt|ontwerpen|herschrijft|herschrijven|herziet|herzien|vernieuwt|vernieuwen)` +
        String.raw`|(?:stelt|stellen|werkt|werken|richt|richten|zet|zetten)(?: (?:we|wij|ze))? (?:nu|momenteel|op dit moment)(?: [\p{L}\p{N}'-]+){1,6}? (?<!(?:zet|zetten)(?: [\p{L}\p{N}'-]+){1,9} )(?:op|uit|in)(?=\s*(?:[.,;:!?]|$)|\s+(?:en|om|zodat|omdat)(?!\p{L}))`,
    ),
    why: '"we zijn een format aan het maken", "de werkgroep stelt nu een beroepsbeeld op", "momenteel ontwikkelen we": work on something that is not in use yet',
  },
  {
    id: 'nl.wordt-ingevoerd',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:wordt|worden)(?: [\p{L}\p{N}'-]+){0,6}? (?:ingevoerd|geintroduceerd|uitgerold|opgericht|opgestart|uitgebreid (?:naar|met|tot)|aangeschaft|in gebruik genomen)`,
    ),
    why: '"het portfolio wordt in september ingevoerd": the present passive of an introduction announces it ("de resultaten worden toegevoegd aan het portfolio" is a routine and is not matched)',
    unlessSentence: HABIT,
  },
  {
    id: 'nl.dit-jaar-nieuw',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:dit|deze|vanaf nu|nu) (?:school|studie|cursus)?(?:jaar|periode|semester|voorjaar|najaar|blok)(?: [\p{L}'-]+){0,3}? (?:voegen|voegt|breiden|breidt|stappen|stapt) (?:\p{L}+ ){0,6}?(?:toe|uit|over)|(?:we|wij) (?:voegen|breiden|stappen)(?: [\p{L}'-]+){0,3}? (?:dit|deze) (?:school|studie|cursus)?(?:jaar|periode|semester|voorjaar|najaar|blok)(?: [\p{L}\p{N}'-]+){0,6}? (?:toe|uit|over)`,
    ),
    why: '"dit schooljaar voegen we er een audit aan toe": a change being made now, not yet in place',
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:sinds|sindsdien|elk|elke|ieder|iedere|jaarlijks)(?!\p{L})`),
  },
  {
    id: 'nl.moet-gaan',
    lang: 'nl',
    pattern: cue(String.raw`(?:moet|moeten|zal|zullen)(?: [\p{L}'-]+){1,9}? gaan \p{L}+en`),
    why: '"dat moet de afstemming gaan regelen": a task still ahead',
    unlessSentence: HABIT,
  },
  // --- Dutch: aims, plans, hopes -------------------------------------------------------
  {
    id: 'nl.streven',
    lang: 'nl',
    pattern: cue(`stre(?:ven|eft|ef)(?: ${WE})?(?: er)?(?: ook)?(?: naar| ernaar)?`),
    why: '"we streven (ernaar)", "het streven is": an aim ("streefcijfer", a present norm, is not matched)',
  },
  {
    id: 'nl.ambitie',
    lang: 'nl',
    pattern: cue('ambities?|ambie(?:ren|ert|er|erde|erden)|geambieerd'),
    why: '"ambitie", "ambiëren": the framework\'s own word for what goes beyond the current state',
    unlessSentence: REALISED,
  },
  {
    id: 'nl.bedoeling',
    lang: 'nl',
    pattern: cue('(?:het is de )?bedoeling(?: is)?'),
    why: '"het is de bedoeling dat": describes what should happen, not what happens',
    // "de bedoeling van het gesprek is …" states a purpose; "het was de bedoeling" is past.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:(?:was|waren|met) de|${NEGATED_BEFORE}) $`),
    unlessAfter: context('^ van(?!\\p{L})'),
    unlessSentence: REALISED,
  },
  {
    id: 'nl.plan',
    lang: 'nl',
    pattern: cue(`(?:${WE} zijn |zijn ${WE} )?van plan|(?:het|ons) plan is (?:om|dat)|plan(?:nen)? om`),
    why: '"we zijn van plan", "het plan is om": a plan ("we zijn niet van plan" is none)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])${NEGATED_BEFORE} $`),
    unlessSentence: DROPPED_OR_DONE,
  },
  {
    id: 'nl.voornemen',
    lang: 'nl',
    pattern: cue(String.raw`voornemens?|${WE} nemen ons(?: \p{L}+){0,2}? voor|nemen ${WE} ons(?: \p{L}+){0,2}? voor|ik neem (?:me|mij)(?: \p{L}+){0,2}? voor|neem ik (?:me|mij)(?: \p{L}+){0,2}? voor`),
    why: '"voornemen", "we nemen ons voor": a resolution',
    unlessSentence: DROPPED_OR_DONE,
  },
  {
    id: 'nl.overwegen',
    lang: 'nl',
    pattern: cue(
      String.raw`${WE} overwegen|overwegen ${WE}|${WE} denken (?:erover|eraan|er over|na over)|denken ${WE} (?:erover|eraan|na)|het idee is (?:om|dat)|${WE} (?:zijn|gaan) (?:aan het )?verkennen`,
    ),
    why: '"we overwegen", "we denken erover na om", "het idee is dat": a plan being weighed',
  },
  {
    id: 'nl.hopen',
    lang: 'nl',
    pattern: cue(`${WE} hopen|hopen ${WE}|hopelijk`),
    why: '"we hopen": hope is not practice',
    unlessAfter: HOPE_ABOUT_TEXT,
  },
  {
    id: 'nl.beogen',
    lang: 'nl',
    pattern: cue(`${WE} beogen|beogen ${WE}`),
    why: '"we beogen" (the adjective "beoogde leeruitkomsten" names present goals and is not matched)',
  },
  {
    id: 'nl.wens',
    lang: 'nl',
    pattern: cue(`idealiter|ontwikkelwens(?:en)?|(?:onze|de) wens is|${WE} wensen|wenselijk`),
    why: '"ontwikkelwensen" is the committee\'s word for what replaced the current state',
  },
  {
    id: 'nl.zou-goed-zijn',
    lang: 'nl',
    pattern: cue(
      String.raw`het zou (?:\p{L}+ ){0,2}?(?:zijn|helpen|schelen) (?:als|wanneer|om)|het zou helpen|(?:ik|we|wij) zou(?:den)? (?:graag |eigenlijk |liever )?willen|zou(?:den)? het (?:\p{L}+ ){0,2}?(?:zijn|helpen|schelen) (?:als|wanneer|om)|(?:ik|we|wij) zou(?:den)?(?: (?!(?:niet|geen|nooit)(?!\p{L}))[\p{L}'-]+){0,6}? moeten|zou(?:den)? (?:ik|we|wij)(?: (?!(?:niet|geen|nooit)(?!\p{L}))[\p{L}'-]+){0,4}? moeten|zou (?:mooi|fijn|goed|prettig|wenselijk|handig|beter|fijner|leuk) zijn (?:als|wanneer|om)|zou(?:den)?(?: (?:al|echt|enorm|erg|veel|ook|wel|ons|me|mij|heel|zeker|enorm))* helpen|dat zou (?:wel |echt |toch |eigenlijk |ook )?(?:moeten|mooi zijn)|zou(?:den)?(?: [\p{L}'-]+){0,6}? moeten(?: \p{L}+)? (?:komen|worden|zijn|krijgen|hebben|gebeuren|staan)|(?:het )?zou (?:moeten|(?:mooi|fijn|goed|prettig|wenselijk|handig) zijn)(?=\s?:)`,
    ),
    why: '"het zou goed zijn als", "(het) zou fijn zijn als", "ik zou willen", "we zouden … (eens) moeten", "dat zouden we … moeten", "zou al enorm helpen": a wish, not practice',
    // "ik weet niet wat ik zou moeten doen", "welke aanpak zou helpen": a question asks, it wishes nothing.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:wat|waar\p{L}*|hoe|welke|welk|die|of|wie)(?: [\p{L}\p{N}'-]+){0,3} $`),
  },
  {
    id: 'nl.zou-willen',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:(?:ik|we|wij) zou(?:den)?|zou(?:den)? (?:ik|we|wij))(?: (?!(?:niet|geen|nooit|dat|die|omdat|want|maar)(?!\p{L}))[\p{L}\p{N}'-]+){1,10}? willen(?! (?:\p{L}+ )?(?:missen|kwijt|benadrukken|opmerken|noemen|vermelden|zeggen|toelichten|aangeven)(?!\p{L}))`,
    ),
    why: '"ik zou wel willen dat …", "ik zou als mentor graag een terugkomdag willen": the conditional wish with words between ("dat zouden we niet willen missen" is not matched)',
  },
  {
    // Round 7 (h4/h5): the conditional wish in inverted or subordinate order, which the cues above read only upright.
    id: 'nl.zou-omgekeerd',
    lang: 'nl',
    pattern: cue(
      String.raw`zou(?:den)? (?:ik|we|wij) (?:graag |best |eigenlijk |liever )?willen(?= (?:dat|graag|\p{L}+en(?!\p{L})))|(?:ik|we|wij)(?: (?:best|wel|graag|eigenlijk|ook|echt|liever|zelf|juist|heel))+ zou(?:den)? willen|zou(?:den)? (?:de |een )?(?:volgende|eerste|logische|mogelijke) stap(?:pen)? (?:zijn|wezen)|het(?: (?!(?:niet|geen|nooit)(?!\p{L}))\p{L}+){0,2}? zou (?:\p{L}+ )?(?:werken|zijn|helpen|schelen) (?:als|wanneer|om)(?!\p{L})`,
    ),
    why: '"wel zou ik willen dat", "terwijl ik best zou willen horen", "wat mij betreft zou de volgende stap zijn dat", "dat het beter zou werken als we": a wish or a next step in inverted or subordinate order ("dat zou ik niet willen" is negated)',
    // "wat mij betreft" is an opinion marker, no question.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:wat(?! (?:mij|ons) betreft)|waar\p{L}*|hoe|welke|welk|die|wie)(?: [\p{L}\p{N}'-]+){0,3} $`),
  },
  {
    id: 'nl.zou-moeten',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:zou|zouden)(?: (?!(?:niet|geen|nooit)(?!\p{L}))[\p{L}\p{N}'-]+){0,8}? moeten|(?:zou|zouden)(?: (?!(?:niet|geen|nooit)(?!\p{L}))[\p{L}\p{N}'-]+){0,3}? (?:helpen|schelen)|(?:zou|zouden)(?: (?:al|ook|wel|echt|heel|veel|enorm|erg|toch|best|zo))* (?:fijn|mooi|goed|prettig|handig|wenselijk|waardevol|nuttig|fantastisch|geweldig|ideaal|beter|een uitkomst|een verbetering) (?:zijn|wezen)`,
    ),
    why: '"dat zouden we beter moeten monitoren", "we zouden in de sectie ook eens moeten bespreken", "een leerlijn op één A4 zou al enorm helpen", "zou fijn zijn als …": the conditional states a need or wish with any words between ("wat ik zou moeten doen" asks, "wat er zou gebeuren" tells a past)',
    // "de mentor zei dat ik meer zou moeten oefenen": someone else's advice, reported (guide: a reported wish is no intention).
    unlessBefore: context(
      String.raw`(?:^|[^\p{L}])(?:wat|waar\p{L}*|hoe|welke|welk|die|of|wie)(?: [\p{L}\p{N}'-]+){0,3} $|(?:^|[^\p{L}])(?:zei|zegt|zeiden|zeggen|vindt|adviseerde|adviseert|adviseerden|vertelde|vertelt|gaf aan|geeft aan|gaven aan|geven aan)(?: (?:me|mij|ons|hem|haar))? dat(?: [\p{L}\p{N}'-]+){0,8} $`,
    ),
  },
  {
    id: 'nl.moeten-wens',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:(?:eigenlijk|misschien|wellicht) (?:moet|moeten)(?: (?:we|wij)(?!\p{L})| (?:de|het|ons|onze) \p{L}+)?|(?:misschien|wellicht) (?:kan|kunnen))(?! (?:[\p{L}'-]+ ){0,3}(?:niet|geen|nooit)(?!\p{L}))|(?:moet|moeten)(?: (?:we|wij|ik|het|dat|dit|er|de [\p{L}-]+|het [\p{L}-]+))? (?:eigenlijk|misschien|wellicht)|(?:kan|kunnen) (?:we|wij|ik|het|dat|dit|er|de [\p{L}-]+|het [\p{L}-]+) (?:misschien|wellicht)(?! (?:[\p{L}'-]+ )?(?:niet|geen|nooit)(?!\p{L}))` +
        String.raw`|(?:ik denk|ik vind|wij vinden|we vinden|volgens mij|volgens ons)(?: (?:eigenlijk|wel|ook|echt))*(?: dat)?(?: (?!(?:maar|omdat|want|zodat|wat|wie|hoe|waar|welke|die|wanneer|student|studenten|stagiair|stagiairs|leerling|leerlingen|je|jij)(?!\p{L}))[\p{L}\p{N}'-]+){0,8}? (?:moet|moeten)(?!\p{L})` +
        String.raw`|(?:dat|dit|daar|hier) (?:moet|moeten) (?:we|wij) als (?!(?:student|studenten|stagiair|stagiairs|lio|lios)(?!\p{L}))[\p{L}-]+`,
    ),
    why: '"eigenlijk moeten we veel meer …", "misschien moet de opleiding dat beter communiceren", "ik denk dat we daar een stap in moeten zetten", "dat moeten we als bestuur agenderen" (a problem just named, taken up): a need put as a suggestion, an opinion or a body\'s own task ("studenten moeten elke week hun logboek bijwerken" and "wij als opleidingsschool moeten voldoen aan de eisen" are rules in force, and a habit or frequency in the sentence keeps one)',
    // "misschien kan ik hier een voorbeeld geven": the text announcing itself.
    unlessAfter: TEXT_ACT_AFTER,
    // "wie moet dat eigenlijk uitleggen?": in a question "eigenlijk" only asks.
    unlessSentence: context(`${HABIT.source}|${FREQUENCY}|\\?`),
  },
  {
    id: 'nl.vanaf-maand-gaan',
    lang: 'nl',
    // the start of a change with an explicit future: the habit in the sentence ("elke week") is what will start
    pattern: cue(String.raw`(?:vanaf|met ingang van|per) (?:${MONTH_NL}|\p{N}{1,2} (?:${MONTH_NL}))(?: \p{N}{4})?(?: [\p{L}'-]+){0,3}? (?<hit>gaan|gaat|zullen|zal)(?!\p{L})`),
    why: '"vanaf september gaan de mentoren elke week observeren": a start date with "gaan" or "zullen" is a plan, also with a habit in it',
  },
  {
    id: 'en.from-month-will',
    lang: 'en',
    pattern: cue(String.raw`(?:from|starting(?: in| from)?|as of|beginning(?: in)?) (?:${MONTH_EN_ALL})(?: \p{N}{4})?,?(?: [\p{L}'-]+){0,3}? (?<hit>will|are going to|is going to)(?!\p{L})`),
    why: '"from September the mentors will observe every week": a start date with "will" is a plan, also with a habit in it',
  },
  {
    id: 'nl.need-not-met',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:een )?stap(?:pen)? in (?:moeten |moet )?zetten|(?:moeten|moet) (?:we|wij)(?: als \p{L}+)?(?: [\p{L}'-]+){0,6}? (?:een keer|eens)(?: [\p{L}'-]+){0,4}? \p{L}+en(?=\s*(?:[.,;:!?]|$))|(?:de )?volgende stap is (?:dat|om)|volgende stap:|(?:er )?ligt (?:er )?(?:nog )?een (?:taak|uitdaging|opdracht|klus) (?:om|voor|in|bij)|(?:aan het )?(?:onderzoeken|verkennen|uitzoeken) (?:of|hoe) (?:we|wij)(?: [\p{L}'-]+){0,6}? (?:kunnen|kan)(?!\p{L})|(?:wat|die|dat|zoals) (?:we|wij|ik) (?:\p{L}+ )?voor ogen (?:hebben|heb|hadden)|(?:we|wij|ik) (?:hebben|heb) (?:\p{L}+ ){0,3}?voor ogen|(?:hebben|heb) (?:we|wij|ik) (?:\p{L}+ ){0,3}?voor ogen`,
    ),
    why: '"de aanpak die we voor ogen hebben:", "er ligt nog een taak om", "we zijn aan het onderzoeken of we … kunnen", "daar moeten we een stap in zetten", "daar moeten we een keer voor gaan zitten", "volgende stap is": a need not met yet, or the next step of a plan',
    // "elke periode moeten we een keer een lesbezoek plannen" is a rule in force.
    unlessSentence: context(`${HABIT.source}|${FREQUENCY}`),
  },
  // round 9 (h5-h7 errors): the writer's side stating a plain need, no comparative or "nog" to carry it
  {
    id: 'nl.we-moeten',
    lang: 'nl',
    pattern: cue(String.raw`(?:we|wij)(?: als [\p{L}-]+)? moeten`),
    why: '"We moeten die visie opnieuw met elkaar bespreken" opening its sentence: a need of the writer\'s own side ("we moeten van de pabo … / voldoen aan", a habit or frequency are rules in force; inside a sentence "dat we moeten …" is left to the other cues)',
    // only opening its sentence, or after a colon
    unlessBefore: context(String.raw`[\p{L}\p{N}][^:;]*$`),
    unlessAfter: context(String.raw`^(?: [\p{L}'-]+){0,4}? (?:voldoen|verantwoorden|verantwoording|aanleveren|inleveren|rapporteren|volgens|van (?:de|het|onze|ons))(?!\p{L})` +
        // a negation is no need; "nog", a comparative or "een stap" leave the need to their own, more precise cues
        String.raw`|(?:^|[^\p{L}])(?:niet|geen|nooit|nog|beter|meer|vaker|stap)(?!\p{L})`),
    unlessSentence: context(String.raw`${HABIT.source}|${FREQUENCY}|(?:^|[^\p{L}])als (?:student|studenten|stagiair\p{L}*|lio)(?!\p{L})`),
  },
  {
    id: 'nl.moet-gebeuren',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:moet|moeten)(?: [\p{L}\p{N}'-]+){0,2}? (?:echt|eindelijk|nu eens|snel|in (?:de|het) (?:volgende|komende) [\p{L}-]+|dit jaar|volgend jaar)(?: [\p{L}\p{N}'-]+){0,2}? gebeuren`,
    ),
    why: '"dit jaar moet het echt gebeuren", "dat moet in de volgende kwaliteitscyclus gebeuren": something needed that has not happened, with urgency or a time ahead ("de beoordeling moet binnen twee weken gebeuren" is a rule and has neither)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:of|wat|hoe|wanneer|waar|wie|die)(?: [\p{L}\p{N}'-]+){0,3} $`),
    unlessSentence: context(`${HABIT.source}|${FREQUENCY}`),
  },
  {
    id: 'nl.wat-we-moeten',
    lang: 'nl',
    pattern: cue(String.raw`(?:wat|waar) (?:we|wij)(?: nog| ook| echt| aan| mee)* moeten(?: \p{L}+en)?(?=\s?:|,? is(?!\p{L}))`),
    why: '"waar we nog aan moeten werken is", "wat we nog moeten doen:": the need as the subject of "is", like "wat we willen is" (a student\'s "waar ik nog aan moet werken" is a learning goal and is not matched)',
  },
  {
    id: 'nl.moet-beter-inf',
    lang: 'nl',
    pattern: cue(String.raw`(?:moet|moeten)(?: (?:nog|echt|wel))* beter (?:aansluiten|afstemmen|aansluiten|samenwerken|verbinden|worden|gaan|gebruiken|inzetten|benutten|vastleggen|communiceren|organiseren|regelen|uitwerken)(?!\p{L})`),
    why: '"de rolbeschrijvingen moeten beter aansluiten bij de visie": a need not met yet (a student who "moet beter plannen" is assessed, not planned)',
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:student|studenten|stagiair|stagiaires|leerling|leerlingen|trainee|trainees)(?!\p{L})`),
  },
  {
    id: 'nl.moet-veel-meer',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:moet|moeten)(?: (?!(?:niet|geen|nooit)(?!\p{L}))[\p{L}'-]+){1,10}? (?:nog )?(?:veel|nog|echt|een stuk|veel vaker|wel) (?:meer|beter|vaker|duidelijker|sterker|eerder|steviger)(?: [\p{L}'-]+){0,6}? \p{L}+en(?=\s*(?:[.,;:!?]|$))`,
    ),
    why: '"volgens mij moet de opleiding dat veel meer samen met de scholen oppakken": a need not met yet, with its verb at the end (a student who "moet nog beter leren reflecteren" is assessed, not planned)',
    unlessSentence: context(String.raw`(?:^|[^\p{L}])(?:student|studenten|stagiair|stagiaires|leerling|leerlingen|trainee|trainees)(?!\p{L})`),
  },
  {
    id: 'nl.moet-vergrotend',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:moet|moeten)(?: (?!(?:niet|geen|nooit|dan|als|die|dat|wat)(?!\p{L}))[\p{L}'-]+){0,5}? (?:meer|beter|vaker|duidelijker|eerder|sterker|steviger|explicieter|concreter|strakker|scherper|zichtbaarder|structureler|planmatiger)(?! dan(?!\p{L}))(?!\p{L})` +
        // "we kunnen de mentoren nog meer betrekken": room still to improve, as "dat kan nog beter"
        String.raw`|(?:kan|kunnen)(?: (?!(?:niet|geen|nooit|dan|als|die|dat|wat)(?!\p{L}))[\p{L}'-]+){0,4}? nog (?:veel |wel )?(?:meer|beter|vaker|duidelijker|eerder|sterker|steviger|explicieter|concreter)(?! dan(?!\p{L}))(?!\p{L})`,
    ),
    why: '"we moeten de rol van de stuurgroep explicieter maken", "het beroepsbeeld moet beter gedragen worden": "moeten" with a comparative states a need to improve; a rule in force has no comparative ("meer dan" compares, and a student who "moet beter plannen" is assessed)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:student|studenten|stagiair\p{L}*|leerling\p{L}*|trainee\p{L}*|lio|zij-instromer\p{L}*|hij|zij|ze)(?: [\p{L}'-]+)? $`),
    unlessSentence: context(
      String.raw`${HABIT.source}|${FREQUENCY}|(?:^|[^\p{L}])(?:student|studenten|stagiair|stagiaires|stagiairs|leerling|leerlingen|trainee|trainees|je|jij|u)(?!\p{L})`,
    ),
  },
  {
    id: 'nl.ik-hoop',
    lang: 'nl',
    pattern: cue('(?:ik|we|wij) hoop(?:t)?|hoop ik|ik hoop'),
    why: '"ik hoop dat": hope is not practice',
    unlessAfter: HOPE_ABOUT_TEXT,
  },
  {
    id: 'nl.doel-is',
    lang: 'nl',
    pattern: cue(String.raw`(?:ons|onze|mijn) (?:doel|streven|streefbeeld) is`),
    why: '"ons doel is dat …": a state aimed for ("het doel van de bijeenkomst is" states a purpose and is not matched)',
  },
  {
    id: 'nl.ik-wil',
    lang: 'nl',
    pattern: cue('ik wil(?: graag)?|wil ik(?: graag)?'),
    why: '"ik wil", "wil ik": the writer\'s own wish',
    // "wat voor leraar ik wil worden" is the content of a reflection, not a plan.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:die|welke|wat|wat voor|wat voor een|hoe)(?: [\p{L}-]+){0,2} $`),
    unlessAfter: context(String.raw`^(?: graag)? (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|zeggen)(?!\p{L})|${TEXT_ACT_AFTER.source}`),
    unlessSentence: TEXT_ACT_SENTENCE,
  },
  {
    id: 'nl.ik-ga-infinitief',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:ik ga|ga ik)(?: (?!(?:niet|geen|nooit|maar|waar|wat|hoe|omdat|naar|langs)(?!\p{L}))[\p{L}\p{N}'-]+){0,6}? (?:${CHANGE_INF}|${TASK_INF}|plannen|vragen|navragen|voorstellen|aankaarten|aanvragen|proberen|bekijken|uitzoeken|oefenen|toepassen|voorbereiden)(?=\s*(?:[.,;:!?)]|$)|\s+(?:en|om|zodat|omdat|want|maar|met|bij|samen)(?!\p{L}))`,
    ),
    why: '"ik ga dit bespreken met mijn mentor", "dat ga ik oppakken": the writer\'s own plan, its verb at the end ("ik ga elke week naar de pabo" is movement, "daarna ga ik …" a step of a routine)',
    // "welke klassen ik ga overnemen": a relative clause describes.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:die|welke|wat|waar\p{L}*|hoe|wie)(?: [\p{L}-]+){0,3} $`),
    unlessSentence: context(String.raw`${HABIT.source}|${FREQUENCY}|${CONDITIONAL_ROUTINE.source}|(?:^|[^\p{L}])(?:daarna|daarop|dan|eerst|na afloop|tijdens)(?!\p{L})`),
  },
  {
    id: 'nl.wens-nodig',
    lang: 'nl',
    pattern: cue(
      String.raw`wat (?:we|wij|ik)(?: (?:nog|echt|eigenlijk|vooral|wel))* nodig (?:hebben|heb)(?=\s?:|,? is(?!\p{L}))|(?:een|onze|mijn|de) (?:\p{L}+ )?wens is (?:(?:nog|wel|ook|verder) )+(?:om|dat)|het liefst(?:e)? (?:zien|hebben|willen) (?:we|wij|ik)|(?:er ligt|we hebben|wij hebben) (?:een |het )?(?:\p{L}+ )?plan (?:klaar )?(?:om|voor|dat)` +
        String.raw`|(?:een |de |als )?(?:volgende|eerste|logische|mogelijke) stap(?:pen)? (?:zou|zouden|kan|kunnen) (?:\p{L}+ )?zijn|zou(?:den)? het(?: \p{L}+)? (?:waarderen|op prijs stellen|toejuichen)|(?:we|wij|ik) verwacht(?:en)?(?! van)(?: [\p{L}\p{N}'-]+){0,6}? te \p{L}+en(?!\p{L})|(?:er is|er zijn|we hebben|wij hebben|ik heb|hebben we|hebben wij|heb ik)(?: (?:echt|dus|daarom|wel|ook|eigenlijk))* (?:meer|extra|betere|nog)(?: [\p{L}\p{N}'-]+){0,4}? nodig(?!\p{L})`,
    ),
    why: '"wat we nodig hebben is", "een wens is nog dat", "het liefst zien we", "er ligt een plan klaar om", "een volgende stap zou zijn", "ik zou het waarderen als", "we verwachten het in maart af te ronden", "er is meer tijd nodig", "we hebben extra uren nodig": a need, wish or plan in other words ("we verwachten van studenten dat …" is a norm for others)',
    unlessSentence: DROPPED_OR_DONE,
  },
  {
    id: 'nl.nog-te-doen',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:we|wij) (?:zijn|ben)(?: (?:nu|momenteel|ook|nog|daarom|volop))* aan het (?:nadenken|onderzoeken|(?:be)?kijken (?:hoe|of|welke|wat)|uitzoeken|verkennen)|(?:zijn|ben) (?:we|wij)(?: (?:nu|momenteel|ook|nog|daarom|volop))* aan het (?:nadenken|onderzoeken|(?:be)?kijken (?:hoe|of|welke|wat)|uitzoeken|verkennen)` +
        String.raw`|(?:nog )?(?:veel |genoeg )?werk aan de winkel|nog een (?:\p{L}+ )?weg te gaan|(?:nog )?(?:veel |wat )?winst te (?:behalen|halen|boeken)|(?:het )?wordt (?:nu |hoog |echt )?tijd (?:voor|om|dat)|het is (?:hoog|de hoogste) tijd|(?:moet|moeten)(?: (?:echt|wel|nog|dus|toch))+ anders(?=\s*(?:[.!;:]|$))`,
    ),
    why: '"we zijn aan het nadenken over", "we zijn aan het kijken hoe", "er is nog werk aan de winkel", "we hebben nog een weg te gaan", "het wordt tijd voor", "dat moet echt anders": a plan being weighed or work still ahead ("de studenten zijn aan het onderzoeken" is their activity)',
    unlessSentence: HABIT,
  },
  {
    id: 'nl.meenemen',
    lang: 'nl',
    pattern: cue(String.raw`(?:dat|dit) (?:nemen|pakken) (?:we|wij)(?: (?:zeker|ook|dan|nu|graag))* (?:mee|op)(?!\p{L})|(?:we|wij) (?:nemen|pakken) (?:dat|dit)(?: (?:zeker|ook|dan|nu|graag))* (?:mee|op)(?!\p{L})`),
    why: '"studenten willen meer oefenen. Dat nemen we mee: …", "dat pakken we op": a wish just reported, taken up by the writer (guide: "dat willen we oppakken"); the cycle\'s "verbeterpunten nemen we mee in de planning" is a routine and is not matched',
    unlessSentence: context(`${HABIT.source}|${FREQUENCY}`),
  },
  {
    id: 'nl.over-termijn',
    lang: 'nl',
    pattern: cue(String.raw`(?<=^|[,:;]\s?)over (?:een|twee|drie|vier|zes|enkele|een paar|\p{N}+) (?:weken|maanden|jaar|jaren)(?= (?:gaan|gaat|starten|start|beginnen|begint|willen|wil|moet|moeten|zal|zullen|is|zijn|hebben|heeft|krijgt|krijgen|komt|komen)(?!\p{L}))`),
    why: '"over twee maanden starten we met de pilot": a point ahead, opening its clause ("we praten over twee weken stage" is about, not ahead; "voortaan" and "vanaf nu" are not matched: "afgesproken dat de mentor voortaan …" is an agreement in force)',
    unlessSentence: HABIT,
  },
  // --- Dutch: time ahead -----------------------------------------------------------------
  {
    id: 'nl.toekomst',
    lang: 'nl',
    pattern: cue('in (?:de )?(?:nabije |verre |komende )?toekomst'),
    why: '"in de toekomst" ("toekomstige leraren" is not matched: it names students)',
  },
  {
    id: 'nl.termijn',
    lang: 'nl',
    pattern: cue('op (?:(?:korte|middellange|lange|langere) )?termijn|op den duur'),
    why: '"op termijn", "op korte termijn"',
  },
  {
    id: 'nl.volgend-jaar',
    lang: 'nl',
    pattern: cue(
      '(?:het )?(?:volgend|volgende|volgnd|komend|komende) (?:school|studie|college|cursus)?jaar|(?:de |het )?komende (?:jaren|periode|periodes|maanden|weken|schooljaren|tijd)|de volgende stap is|als volgende stap|(?:na|vanaf) de zomer(?:vakantie)?',
    ),
    why: '"volgend (school)jaar", "de komende periode", "na de zomer": a point in the future ("de volgende les" in a routine is not matched)',
    // In a routine, "de planning van volgend jaar" or "bespreken we wie volgend jaar mentor wil worden" names what the
    // routine is about, not a plan of the writer ("volgend jaar gaan we elke week …" keeps its cue).
    unlessBefore: context(`${ROUTINE_ABOUT_NEXT.source}|${SCHEDULED_OR_ASKED.source}`),
    unlessSentence: context(`${AS_ALWAYS.source}|${SET_FOR_NEXT.source}`),
  },
  {
    id: 'nl.volgende-periode',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:het |de )?(?:komend|komende|aankomend|aankomende) (?:blok|semester|kwartaal|trimester|stageperiode|onderwijsperiode|lesperiode|schooljaren|studiejaren|voorjaar|najaar|zomer|winter)|(?:het )?(?:aankomend|aankomende) (?:school|studie|college|cursus)?jaar|(?:in|vanaf|per|met ingang van) het nieuwe (?:school|studie|college|cursus)?jaar`,
    ),
    why: '"komend blok", "aankomend schooljaar", "in het nieuwe schooljaar": a period ahead ("het nieuwe schooljaar is begonnen" is not matched)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:elk|elke|ieder|iedere) $`),
    unlessSentence: HABIT,
  },
  {
    id: 'nl.volgend-blok',
    lang: 'nl',
    pattern: cue('(?:volgend|volgende|eerstvolgend|eerstvolgende) (?:blok|semester|kwartaal|trimester|stageperiode|onderwijsperiode|lesperiode|voorjaar|najaar)'),
    why: '"volgend blok start de pilot": the next period from now; after an article or in a routine it is relative ("in het overleg van het volgende kwartaal", "wat ik het volgende blok ga doen", "elk volgend blok")',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:het|de|elk|elke|ieder|iedere|van|dat|die) $`),
    unlessSentence: HABIT,
  },
  {
    id: 'nl.binnenkort',
    lang: 'nl',
    pattern: cue('binnenkort|straks'),
    why: '"binnenkort", "straks"',
    // "de collega's van straks", "het onderwijs van straks", "tot straks": the coming generation or a greeting, no plan.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:van|tot|voor) $`),
  },
  // --- Dutch: not done yet ---------------------------------------------------------------
  {
    id: 'nl.moet-nog',
    lang: 'nl',
    pattern: cue(
      String.raw`(?:moet|moeten)(?: ${WE})?(?: ook| echter| wel)? nog|nog (?:verder )?(?:moet|moeten)|(?:moet|moeten)(?: (?!nog)[\p{L}'-]+){1,4} nog(?! (?:steeds|altijd|elke|iedere|elk|ieder|eens|een keer|wekelijks|dagelijks)(?!\p{L}))(?= \p{L}+en(?!\p{L}))`,
    ),
    why: '"moet(en) nog", "moeten we nog", "we moeten het programma nog bijstellen": still to be done',
  },
  {
    id: 'nl.vanaf-wel',
    lang: 'nl',
    pattern: cue(String.raw`vanaf (?:\p{L}+ ){0,2}?[\p{L}\p{N}]+ wel`),
    why: '"nog niet, maar vanaf februari wel": the second half is a plan',
  },
  {
    id: 'nl.nog-te',
    lang: 'nl',
    pattern: cue(String.raw`nog (?:verder )?(?:\p{L}+ )?te \p{L}+en`),
    why: '"nog te ontwikkelen", "nog uit te werken"',
  },
  {
    id: 'nl.in-ontwikkeling',
    lang: 'nl',
    pattern: cue(
      String.raw`in (?:volle )?ontwikkeling|in (?:de )?opbouw|in voorbereiding|in de maak|in de steigers|(?:wordt|worden) (?:momenteel|nu|op dit moment|nog)(?: \p{L}+){0,3}? (?:ontwikkeld|uitgewerkt|opgesteld|ontworpen|herschreven|voorbereid|opgezet|ingericht|vormgegeven)|(?:${WE} zijn|zijn ${WE})(?: (?:daarom|dus|nu|momenteel|op dit moment|druk|nog|ook|volop|hard|daar|hier|er|mee|daarmee|hiermee|ermee))*? bezig`,
    ),
    // the passive of the other verbs of work in progress too ("dat besluit wordt nu uitgewerkt", "wordt nog ontworpen", round 8)
    why: '"in ontwikkeling", "wordt momenteel ontwikkeld", "wordt nu uitgewerkt", "we zijn bezig met": not in place yet',
    // "een leraar is voortdurend in ontwikkeling" describes the vision of a learning teacher.
    unlessBefore: context(
      String.raw`(?:^|[^\p{L}])(?:(?:voortdurend|continu|constant|permanent|altijd|steeds|blijvend|levenslang|blijven|blijft)|(?:leraar|leraren|docent|docenten|leerkracht|leerkrachten|student|studenten|professional|professionals|mens|mensen|leerling|leerlingen)(?: \p{L}+)?) $`,
    ),
  },
  {
    id: 'nl.werken-aan',
    lang: 'nl',
    pattern: cue(
      `(?:er )?wordt (?:(?:momenteel|nu|hard|volop|ook) )*gewerkt aan|${WE} werken (?:(?:momenteel|nu|hard|volop|ook) )*aan(?! de hand)|werken ${WE} (?:(?:momenteel|nu|hard|volop|ook) )*aan(?! de hand)`,
    ),
    why: '"er wordt gewerkt aan", "we werken aan": not finished yet ("aan de hand van" is excluded)',
    // "daar werken we aan de opdrachten uit de leerlijn": working on a student's tasks is the activity itself.
    unlessAfter: context(
      String.raw`^ (?:(?:de|het|een|onze|hun|mijn|jouw|die|deze|eigen|alle)(?!\p{L}) )*(?:[\p{L}-]+ )?(?:\p{L}*opdracht(?:en)?|taken(?! van)|leerdoel(?:en)?|leervra(?:ag|gen)|portfolio|casus(?:sen)?|werkstuk(?:ken)?|verslag(?:en)?|lesvoorbereiding(?:en)?|praktijkonderzoek|eigen ontwikkeling)(?!\p{L})`,
    ),
  },
  {
    id: 'nl.gepland',
    lang: 'nl',
    pattern: cue(String.raw`(?:staat|staan)(?: \p{L}+){0,3}? gepland|op de planning`),
    why: '"staat gepland", "op de planning"',
  },
  // --- English ----------------------------------------------------------------------------
  {
    id: 'en.want',
    lang: 'en',
    pattern: cue("we (?:really |now |also |still )?want|we(?: would|'d) (?:like|love)|we wish|we (?:still |also |really )?need (?:to )?(?:\\p{L}+ )?more|(?<!(?:trainees?|students?|he|she|they|i) )(?:is|are) currently (?:developing|designing|drafting|setting up)(?! (?:their|his|her|my) )|going forward|(?:exploring|looking into|investigating) (?:whether|how) we (?:could|can|might)|(?:my|our) hope is|(?:i|we) would (?:expect|want|prefer)|(?:the )?next step is (?:to|that)"),
    why: '"we (now) want", "we would like", "my hope is", "I would expect", "the next step is"',
    // "we want to stress that …" is a way of writing, as "we willen graag benadrukken" is
    unlessAfter: context(String.raw`^ (?:to )?(?:stress|emphasi[sz]e|point out|mention|note|say|highlight|underline|share|thank|(?:show|describe|explain|illustrate|outline) (?:how|what|why|which|you))(?!\p{L})`),
  },
  {
    id: 'en.will',
    lang: 'en',
    pattern: cue(
      "we(?: will|'ll| shall)|we(?: are|'re) going to|(?:will|shall) be (?:developed|introduced|implemented|expanded|extended|set up|started|piloted|rolled out|organi[sz]ed|added|formali[sz]ed|\\p{L}+ed)",
    ),
    why: '"we will", "we are going to", "will be introduced"',
    // "we will continue to …" describes ongoing practice.
    unlessAfter: context(`^ (?:continue|keep|still|not|never)(?!\\p{L})|${TEXT_ACT_AFTER.source}`),
    unlessSentence: TEXT_ACT_SENTENCE,
  },
  {
    id: 'en.will-any',
    lang: 'en',
    pattern: cue(String.raw`(?<hit>(?<!(?:free|own|good|ill|as soon as) )(?!(?:free|own|good|ill)(?!\p{L}))[\p{L}'-]+ (?:will|shall))(?! be (?:\p{L}+ed|set up|rolled out)(?!\p{L}))(?= (?:be |have |also |soon |now )?\p{L}+)`),
    why: '"all schools will use the rubric", "the board will introduce …": the future with any subject, reported with its subject word ("will then" describes a procedure; "will be redesigned" is en.will)',
    unlessAfter: context(String.raw`^ (?:(?:also )?(?:continue|keep|still|not|never|always|usually|often|normally|typically|then|generally|regularly))(?!\p{L})|${TEXT_ACT_AFTER.source}`),
    unlessSentence: context(`${HABIT_EN.source}|${TEXT_ACT_SENTENCE.source}`),
  },
  {
    id: 'en.need',
    lang: 'en',
    pattern: cue(
      String.raw`(?:we|i) still need to|(?:we|i)(?: really| also)? need to (?:improve|strengthen|develop|work on|get better|find|agree|decide|invest|involve|clarify|set up|start|organi[sz]e|formali[sz]e|expand|build|create|change)|still needs? to|needs? to be (?:improved|developed|strengthened|clarified|addressed|revised|updated|expanded|better|more)|there (?:should|ought to) be|(?:is|are) to be (?:set up|introduced|established|appointed|developed|created)|(?:is|are) due to (?:start|begin|be)`,
    ),
    why: '"we still need to agree on the roles", "this needs to be improved", "there should be a joint evaluation": a need not met yet ("students need to hand in their log every week", "I need to hand in my portfolio", "trainees are to be assessed by two assessors" are rules in force)',
    unlessSentence: HABIT_EN,
  },
  {
    id: 'en.wish',
    lang: 'en',
    pattern: cue(
      String.raw`ideally|the intention is|(?:our|my|the) wish is|(?:one of )?(?:our|my) (?:goals|aims|ambitions|priorities) (?:is|are|for)|(?:we|i)(?: are|'re|'m| am) (?:looking to|thinking (?:about|of))|(?:we|i) expect to|(?:a|the|our|my|this|that) proposal (?:is|to)|(?:i|we)(?: have)? proposed (?:to|that)|(?:proposal|proposals|plan|plans|decision|request) (?:is|are) (?:still |now )?pending|(?:we|i) have (?:concrete |clear |firm )?plans (?:to|for)|plans are being (?:made|drawn up|developed)|(?:i|we)(?: really)? want to(?! be(?:come)? (?:a|an|the)(?!\p{L}))(?! (?:stress|emphasi[sz]e|point out|mention|note|say|highlight|underline|share|thank)(?!\p{L}))(?! (?:show|describe|explain|illustrate|outline) (?:how|what|why|which|you)(?!\p{L}))|(?:i'm|i am|is|are|'s|'re) going to(?! (?:the|a|an|my|our|their|his|her|school|work|class|university|college|lessons?)(?!\p{L}))`,
    ),
    why: '"ideally", "the intention is", "we are looking to", "we have plans to", "I want to", "the school is going to", "I proposed that", "the proposal is still pending": a wish or plan ("going to the school" is movement; "I want to be a teacher who …" is the content of a reflection)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:what|which|how|who|that|kind of)(?: \p{L}+){0,3} $`),
    unlessSentence: DROPPED_OR_DONE,
  },
  {
    id: 'en.in-progress',
    lang: 'en',
    pattern: cue(
      String.raw`we(?: are|'re)(?: currently| now| still)? (?:developing|drafting|designing|setting up|working on|rewriting|redesigning|exploring|looking into|in the process of)|(?:is|are) being (?:introduced|implemented|set up|rolled out|piloted|designed|drafted|rewritten|redesigned|prepared|formali[sz]ed)`,
    ),
    why: '"we are currently developing a rubric", "a survey is being set up": not in use yet',
  },
  {
    id: 'en.aim',
    lang: 'en',
    pattern: cue('we aim|our (?:aim|goal|intention) is|we intend|we strive|strive to|we hope|hopefully'),
    why: '"we aim", "we intend", "we hope"',
    unlessAfter: HOPE_ABOUT_TEXT,
  },
  {
    id: 'en.would-be',
    lang: 'en',
    pattern: cue(
      `it would (?:be )?(?:\\p{L}+ )?(?:if|to)|it would help|(?:i|we)(?: would|'d) (?:like|love|prefer)|(?:i|we) (?:should|ought to)|should (?:\\p{L}+ ){1,2}more(?!\\p{L})|not (?:really |quite )?(?:how|what) it should be|i hope|(?:the|our|my) (?:plan|idea|goal|aim) is (?:to|that)|the (?:aim|goal|ambition|plan|idea) is(?= (?:a|an|for)(?!\\p{L}))|(?:we are|we're) working towards|we are considering|(?:the|our) (?:${EN_BODY}|schools|universities|mentors|boards) wants?(?= (?:to|every|all|each|a|an|the|more|us|our)(?!\\p{L}))`,
    ),
    why: '"it would be great if", "the plan is to", "we are working towards"',
    // "I hope I have shown how we work": a hope about the answer itself.
    unlessAfter: HOPE_ABOUT_TEXT,
    // "my mentor says that's too much work and I should just use the method": someone else's advice reported (round 8)
    unlessBefore: REPORTED_ADVICE_EN,
  },
  {
    id: 'en.should',
    lang: 'en',
    pattern: cue(
      String.raw`(?!(?:what|which|who|whom|that|how|where|when|whether|if)\s)(?:[\p{L}'-]+ )(?<hit>should|ought to)(?! not(?!\p{L})|n't| (?:tell|ask|explain to|answer) you(?!\p{L}))(?= (?:really |also |probably |definitely |perhaps |maybe |at least |more |better |all |both )*\p{L}+)|(?:not|isn't|is not|aren't|are not)(?: really| quite| exactly)? (?:how|what|the way|as) (?:it|things|this|that) should (?:be|work|go)`,
    ),
    why: '"the school and the university should talk more", "not really how it should be": a need not met, with any subject ("what a student should be able to do" describes a standard, "students should hand in their log every week" is a rule in force)',
    // A question word or relative before it describes a standard; a sentence-initial "That" is a demonstrative.
    // Someone else's advice reported ("my mentor says that's too much work and I should just use …") is not the writer's
    // need, nor is pointing the reader elsewhere ("the school leaders should tell you") (round 8, h6).
    unlessBefore: context(
      String.raw`(?:^|[^\p{L}])(?:what|which|how|who|whether|if|where|when)(?: [\p{L}'-]+){0,3} $|[^\p{L}]that(?: [\p{L}'-]+){0,3} $|${REPORTED_ADVICE_EN.source}`,
    ),
    unlessSentence: context(`${HABIT_EN.source}|${FREQUENCY_EN}`),
  },
  {
    id: 'en.wish-more',
    lang: 'en',
    pattern: cue(
      String.raw`(?:i|we)(?: would|'d)(?: really| also| very much| much| definitely)+ (?:like|love|prefer)|(?:i|we)(?: are|'re|'m| am) (?:keen|eager|hoping|determined) to|what (?:we|i)(?: really| still)? (?:need|want|would like|'d like|are missing) (?:is|are)|(?:we|i|they|it|this|that) (?:still (?:have|has) to|(?:have|has) yet to)|planning to|there (?:is|are) (?:a |some |concrete )?plans? (?:for|to)` +
        String.raw`|(?:we|i)(?: are|'re|'m| am)(?: currently| now| still)? looking at (?:ways|how|whether|options|the possibility)|(?:i|we)(?: would)? (?:suggest|recommend|propose)(?! (?:to )?(?:the )?(?:student|trainee)s?(?!\p{L}))(?! (?:this|our|the|my|it|him|her|them)(?: [\p{L}-]+)? to(?!\p{L}))|(?:maybe|perhaps) (?:we|the [\p{L}-]+|our [\p{L}-]+|they|it|this|that|schools|mentors|i) (?:could|should|can|might)|(?:it|that|this) (?:might|could) help|i wish(?! to (?:point out|stress|emphasi[sz]e|mention|note|say|thank|share|highlight|add|underline)(?!\p{L}))`,
    ),
    why: '"we\'d really like", "we are keen to", "what we need is", "we still have to agree", "the board is planning to", "there are plans for", "we are looking at ways to", "I would suggest", "perhaps the university could", "it might help", "I wish": English wishes and plans in other words ("students have to hand in …" is a rule in force)',
    unlessSentence: HABIT_EN_TIME,
  },
  {
    id: 'en.aim-more',
    lang: 'en',
    pattern: cue(
      String.raw`(?:we|i)(?: are|'re|'m| am)(?: now| also| still)? (?:aiming (?:to|for|at)|hoping (?:that|the|to|for|we))|it is (?:our|my) (?:goal|aim|ambition|intention|wish|hope) (?:that|to)|(?:we|i) would (?:welcome|appreciate)|there is (?:a |an |still a |still an )?(?:clear |real |strong |great )?need (?:for|to)|(?:more|better|extra|additional)(?: [\p{L}-]+){0,4} (?:is|are) (?:still |really |urgently )?needed` +
        String.raw`|(?:still )?(?:have|has) (?:some |a lot of |more )?work to do|(?:a|still a|still) work in progress|(?:our|my|the) (?:wish list|wishlist|to-?do list)|in the middle of (?:setting up|developing|designing|drafting|rewriting|redesigning)|in the making|(?:plan|proposal|idea)s? (?:is|are) (?:now |currently )?being (?:discussed|considered|prepared)`,
    ),
    why: '"we\'re aiming to", "we\'re hoping the university joins", "it is our goal that", "we would welcome", "there is a need for", "more time is needed", "we still have work to do", "a work in progress", "our wish list", "in the making", "the plan is being discussed": an aim, a need or work still ahead ("a VOG is needed" is a rule and has no comparative; "students need …" is reported)',
    unlessSentence: HABIT_EN_TIME,
  },
  {
    id: 'en.soon-more',
    lang: 'en',
    pattern: cue(
      String.raw`(?:i|they|he|she|it|you)'ll(?! (?:be (?:fine|ok|okay|alright|clear|honest|brief|short|frank|quick)|see|try to (?:explain|describe)|start with|begin with)(?!\p{L}))|(?<!(?:the|for|of|that|this|each|every) )next (?:week|month)|in (?:a|one|two|three|a few|\p{N}+) (?:weeks?|months?|years?)(?= time| from now|,|\s*[.!;]|$)`,
    ),
    why: '"I\'ll discuss this with my mentor", "next week I start a log", "in two months\' time": the future in other English forms ("my lesson plan for the next week" is a routine\'s object)',
    unlessAfter: TEXT_ACT_AFTER,
    unlessSentence: HABIT_EN_TIME,
  },
  {
    id: 'en.ambition',
    lang: 'en',
    pattern: cue('ambitions?'),
    why: '"ambition"',
    unlessSentence: REALISED,
  },
  {
    id: 'en.plan',
    lang: 'en',
    pattern: cue("we(?: are|'re)? plan(?:ning)?|plans? to|(?:is|are) planned"),
    why: '"we plan", "is planned" ("we don\'t plan to", "there are no plans to" are none)',
    unlessBefore: context(String.raw`(?:^|[^\p{L}])${NEGATED_BEFORE} $`),
    unlessSentence: DROPPED_OR_DONE,
  },
  {
    id: 'en.future',
    lang: 'en',
    pattern: cue(
      'in (?:the )?(?:near )?future|next (?:school |academic )?year|next (?:term|semester|block|period|placement|spring|autumn|fall|summer|winter)|in the coming (?:years?|months|period|semesters?|terms?|(?:school |academic )year)|(?:the |in the )?upcoming (?:school |academic )?(?:year|term|semester|block)|(?:in|over) the next (?:few |two |three |couple of )?(?:years|months|terms)|in the long (?:run|term)|eventually|soon|in due course|after the summer',
    ),
    why: '"in the future", "next year", "soon" ("as soon as" is not matched; "the next round is next year" is a scheduled date)',
    unlessBefore: context(`(?:^|[^\\p{L}])as $|${SCHEDULED_OR_ASKED.source}`),
    unlessSentence: context(`${AS_ALWAYS.source}|${SET_FOR_NEXT.source}`),
  },
  {
    id: 'en.development',
    lang: 'en',
    pattern: cue('under development|(?:is|are) being developed|still (?:has|have|needs?) to be|yet to be|still to be'),
    why: '"under development", "yet to be"',
  },
];

/**
 * Every statement of intention in the answer, in text order, without overlaps.
 * Phrases inside double quotes (a quoted student) are skipped.
 */
export function findIntentions(input: MatchInput): IntentionHit[] {
  const matches = INTENTION_CUES.flatMap((c) => findCue(input, c));
  return withoutOverlaps(matches).map((m) => ({
    ...m,
    phrase: m.text,
    sentence: input.sentences[m.sentenceIndex] ?? { index: 0, start: 0, end: input.text.length, text: input.text },
  }));
}

/** A line that starts with a bullet or a list number. */
const BULLET_LINE = /(?:^|\n)[ \t]*(?:[-*•·▪◦>]|\d{1,2}[.)])[ \t]*$/u;

/**
 * The sentences that state a plan: those with an intention cue, and the items of a list
 * that one of them introduces ("Wat we willen:" followed by "- een stuurgroep …").
 */
/**
 * A decision already taken is practice even when what it decided lies ahead: "in de stuurgroep van
 * oktober hebben we besloten dat we dat gaan veranderen", "volgend schooljaar krijgt elke schoolopleider
 * 4 uur, dat is afgesproken in de stuurgroep" (who decided, and when, can be pictured). The sentence keeps
 * its intention hit; only its roles and details count as practice again.
 */
const DECIDED = context(
  String.raw`(?:^|[^\p{L}])(?:(?:hebben|heeft|hadden|had|is|zijn|werd|werden)(?: [\p{L}\p{N}'-]+){0,6} (?:besloten|afgesproken|vastgesteld|overeengekomen|goedgekeurd|ingestemd)|(?:besloten|afgesproken|overeengekomen) (?:dat|om)|(?:have|has|had|was|were)(?: [\p{L}\p{N}'-]+){0,4} (?:decided|agreed|approved))(?!\p{L})`,
);

export function plannedSentences(intentions: readonly IntentionHit[], input: Pick<MatchInput, 'text' | 'sentences'>): Set<number> {
  const planned = new Set(intentions.filter((i) => !DECIDED.test(i.sentence.text.toLowerCase())).map((i) => i.sentenceIndex));
  for (const index of [...planned]) {
    const intro = input.sentences[index];
    if (!intro || !intro.text.trimEnd().endsWith(':')) continue;
    for (let k = index + 1; k < input.sentences.length; k++) {
      const item = input.sentences[k]!;
      if (!BULLET_LINE.test(input.text.slice(0, item.start))) break;
      planned.add(k);
    }
  }
  return planned;
}
