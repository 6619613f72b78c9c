import { context, cue, findCue, withoutOverlaps, type CueDefinition, type MatchInput } from './match';
import type { IntentionHit } from './types';

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

/** Relative clause right before: "die we willen opleiden" describes, it does not plan. */
const RELATIVE_BEFORE = context(String.raw`(?:^|[^\p{L}])(?:die|welke|wat) $`);
/** Habit or since-markers: "elke week gaan we op lesbezoek" is what happens now. */
const HABIT = context(
  String.raw`(?:^|[^\p{L}])(?:elke|iedere|elk|ieder) \p{L}*(?:dag|week|maand|periode|kwartaal|semester|blok|jaar|les|stage|bijeenkomst)(?!\p{L})` +
    String.raw`|(?:^|[^\p{L}])(?:(?:twee|drie|half)?(?:dage|weke|maande|jaar)lijkse?|altijd|telkens|steeds|standaard|doorgaans|meestal|gewoonlijk|vervolgens|sinds|sindsdien|inmiddels)(?!\p{L})`,
);
/** Realised ambitions are no longer intentions. */
const REALISED = context(
  String.raw`(?:^|[^\p{L}])(?:gerealiseerd|waargemaakt|behaald|bereikt|gelukt|achieved|realised|realized)(?!\p{L})`,
);

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
      String.raw`^(?:(?: \p{L}+){0,3}? (?:zo houden|behouden|vasthouden|voortzetten|continueren)|(?: graag| hier| daarbij| nog| ook)* (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|delen|laten zien))(?!\p{L})`,
    ),
  },
  {
    id: 'nl.willen-we',
    lang: 'nl',
    pattern: cue(`willen ${WE}(?: graag)?(?: als(?: \\p{L}+){1,2})?(?: graag)?`),
    why: '"willen we": the inverted wish. A verb before its subject is a main clause, so "die willen we samen maken" is a plan (only "die we willen …" is relative)',
    unlessAfter: context(
      String.raw`^(?:(?: \p{L}+){0,3}? (?:zo houden|behouden|vasthouden|voortzetten|continueren)|(?: graag| hier| daarbij| nog| ook)* (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|delen|laten zien))(?!\p{L})`,
    ),
  },
  {
    id: 'nl.wat-we-willen',
    lang: 'nl',
    pattern: cue(String.raw`wat (?:we|wij)(?: graag| nog| ook| verder)* willen(?=\s?:)`),
    why: '"Wat we willen:" as the heading of a list of plans (a relative "wat we willen" describes and is not matched)',
  },
  {
    id: 'nl.zouden-graag',
    lang: 'nl',
    pattern: cue(`${WE} zouden graag|zouden ${WE} graag|graag zouden ${WE}`),
    why: '"we zouden graag": a wish; "dat zouden we niet willen missen" is deliberately not covered',
  },
  {
    id: 'nl.body-wil',
    lang: 'nl',
    pattern: cue(`(?:het|ons|onze|de) ${BODY} wil|wil (?:het|ons|onze|de) ${BODY}`),
    why: '"het partnerschap wil": the same wish with the partnership as subject',
    unlessBefore: RELATIVE_BEFORE,
  },
  {
    id: 'nl.gaan',
    lang: 'nl',
    pattern: cue(`${WE} gaan|gaan ${WE}`),
    why: '"we gaan …" / "gaan we …": announces the future in everyday Dutch',
    // "we gaan het curriculum niet aanpassen" is a negated plan, no intention ("niet meer … maar
    // digitaal" and "niet alleen … maar ook" still announce a change).
    unlessAfter: context(
      String.raw`^(?:(?: [\p{L}']+){0,4}? (?:uit van|ervan uit|daarvan uit|hiervan uit|mee om|om met|over tot)|(?: [\p{L}']+){0,4}? (?:niet|geen|nooit)(?! (?:meer|alleen))(?! \p{L}+ (?:maar|but)))(?!\p{L})`,
    ),
    unlessSentence: HABIT,
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
    unlessSentence: HABIT,
  },
  {
    id: 'nl.zullen',
    lang: 'nl',
    pattern: cue(`${WE} zullen|zullen ${WE}|zal|zullen`),
    why: '"we zullen", "alle scholen zullen …", "zal … worden": explicit future in a self-evaluation',
    // "het zal duidelijk zijn dat …" is a figure of speech, not a plan.
    unlessAfter: context(String.raw`^(?: \p{L}+)? (?:duidelijk|helder|bekend) zijn(?!\p{L})`),
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
      String.raw`${HABIT.source}|(?:^|[^\p{L}])(?:langs|terecht|bij kijken|aan te pas|op (?:\p{L}+ )?af)(?!\p{L})`,
    ),
  },
  {
    id: 'nl.moet-gaan',
    lang: 'nl',
    pattern: cue(String.raw`(?:moet|moeten|zal|zullen)(?: [\p{L}'-]+){1,6}? gaan \p{L}+en`),
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
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:was|waren|met) de $`),
    unlessAfter: context('^ van(?!\\p{L})'),
    unlessSentence: REALISED,
  },
  {
    id: 'nl.plan',
    lang: 'nl',
    pattern: cue(`(?:${WE} zijn |zijn ${WE} )?van plan|(?:het|ons) plan is (?:om|dat)|plan(?:nen)? om`),
    why: '"we zijn van plan", "het plan is om": a plan',
  },
  {
    id: 'nl.voornemen',
    lang: 'nl',
    pattern: cue(String.raw`voornemens?|${WE} nemen ons(?: \p{L}+){0,2}? voor|nemen ${WE} ons(?: \p{L}+){0,2}? voor`),
    why: '"voornemen", "we nemen ons voor": a resolution',
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
      String.raw`het zou (?:\p{L}+ ){0,2}?(?:zijn|helpen|schelen) (?:als|wanneer|om)|het zou helpen|(?:ik|we|wij) zou(?:den)? (?:graag |eigenlijk |liever )?willen|(?:ik|we|wij) zou(?:den)?(?: [\p{L}'-]+){0,3}? moeten|dat zou (?:moeten|mooi zijn)|zou(?:den)?(?: [\p{L}'-]+){0,6}? moeten(?: \p{L}+)? (?:komen|worden|zijn|krijgen|hebben|gebeuren|staan)|(?:het )?zou (?:moeten|(?:mooi|fijn|goed|prettig|wenselijk|handig) zijn)(?=\s?:)`,
    ),
    why: '"het zou goed zijn als", "ik zou willen", "we zouden … moeten": a wish, not practice',
  },
  {
    id: 'nl.ik-hoop',
    lang: 'nl',
    pattern: cue('(?:ik|we|wij) hoop(?:t)?|hoop ik|ik hoop'),
    why: '"ik hoop dat": hope is not practice',
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
    unlessAfter: context(String.raw`^(?: graag)? (?:benadrukken|opmerken|noemen|vermelden|aangeven|toelichten|zeggen)(?!\p{L})`),
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
  },
  {
    id: 'nl.binnenkort',
    lang: 'nl',
    pattern: cue('binnenkort|straks'),
    why: '"binnenkort", "straks"',
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
      String.raw`in (?:volle )?ontwikkeling|in (?:de )?opbouw|in voorbereiding|in de maak|in de steigers|(?:wordt|worden) (?:momenteel|nu|op dit moment|nog)(?: \p{L}+){0,3}? ontwikkeld|(?:${WE} zijn|zijn ${WE}) (?:momenteel |nu |druk |nog )?bezig`,
    ),
    why: '"in ontwikkeling", "wordt momenteel ontwikkeld", "we zijn bezig met": not in place yet',
    // "een leraar is voortdurend in ontwikkeling" describes the vision of a learning teacher.
    unlessBefore: context(
      String.raw`(?:^|[^\p{L}])(?:(?:voortdurend|continu|constant|permanent|altijd|steeds|blijvend|levenslang|blijven|blijft)|(?:leraar|leraren|docent|docenten|leerkracht|leerkrachten|student|studenten|professional|professionals|mens|mensen|leerling|leerlingen)(?: \p{L}+)?) $`,
    ),
  },
  {
    id: 'nl.werken-aan',
    lang: 'nl',
    pattern: cue(
      `(?:er )?wordt (?:momenteel |nu |hard )?gewerkt aan|${WE} werken (?:momenteel |nu |hard )?aan(?! de hand)|werken ${WE} (?:momenteel |nu |hard )?aan(?! de hand)`,
    ),
    why: '"er wordt gewerkt aan", "we werken aan": not finished yet ("aan de hand van" is excluded)',
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
    pattern: cue("we (?:really )?want|we(?: would|'d) (?:like|love)|we wish"),
    why: '"we want", "we would like"',
  },
  {
    id: 'en.will',
    lang: 'en',
    pattern: cue(
      "we(?: will|'ll| shall)|we(?: are|'re) going to|(?:will|shall) be (?:developed|introduced|implemented|expanded|extended|set up|started|piloted|rolled out|organi[sz]ed|added|formali[sz]ed|\\p{L}+ed)",
    ),
    why: '"we will", "we are going to", "will be introduced"',
    // "we will continue to …" describes ongoing practice.
    unlessAfter: context('^ (?:continue|keep|still|not|never)(?!\\p{L})'),
  },
  {
    id: 'en.aim',
    lang: 'en',
    pattern: cue('we aim|our (?:aim|goal|intention) is|we intend|we strive|strive to|we hope|hopefully'),
    why: '"we aim", "we intend", "we hope"',
  },
  {
    id: 'en.would-be',
    lang: 'en',
    pattern: cue(
      `it would (?:be )?(?:\\p{L}+ )?(?:if|to)|it would help|(?:i|we)(?: would|'d) (?:like|love|prefer)|(?:i|we) (?:should|ought to)|i hope|(?:the|our|my) (?:plan|idea|goal|aim) is (?:to|that)|the (?:aim|goal|ambition|plan|idea) is(?= (?:a|an|for)(?!\\p{L}))|(?:we are|we're) working towards|we are considering|(?:the|our) ${EN_BODY} wants?(?= (?:to|every|all|each|a|an|the|more|us|our)(?!\\p{L}))`,
    ),
    why: '"it would be great if", "the plan is to", "we are working towards"',
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
    why: '"we plan", "is planned"',
  },
  {
    id: 'en.future',
    lang: 'en',
    pattern: cue(
      'in (?:the )?(?:near )?future|next (?:school |academic )?year|next (?:term|semester)|in the coming (?:years?|months|period|semesters?)|in the long (?:run|term)|eventually|soon|in due course|after the summer',
    ),
    why: '"in the future", "next year", "soon" ("as soon as" is not matched)',
    unlessBefore: context('(?:^|[^\\p{L}])as $'),
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
export function plannedSentences(intentions: readonly IntentionHit[], input: Pick<MatchInput, 'text' | 'sentences'>): Set<number> {
  const planned = new Set(intentions.map((i) => i.sentenceIndex));
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
