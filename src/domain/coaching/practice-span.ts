import { TIME_BUDGET } from './time-budget';
import type { Sentence } from './types';

/**
 * Which part of a sentence tells current practice, for the example rules: a sentence in the
 * conditional, a need, a step of the plan just stated is none of it; in a wish, the reason after
 * "want" / "because" is; after "zorg dat" / "make sure that" the rest is a norm the actor sees to.
 */

/**
 * The conditional: a norm or a wish ("zou(den) … moeten", "zou fijn zijn als we … bij elkaar komen", "ought
 * to", "I'd like", "it would help if …"), not what happens (not "should": often a rule in force). Only in a
 * main clause: "opgeschreven wat ik wel en niet zou overnemen" is what was written down.
 */
const COUNTERFACTUAL =
  /(?:^|(?<!(?:wat|die|welke|hoe|waar|wanneer|wie)\s)(?<![\p{L}])(?:het|dat|dit|er|we|wij|ik|je|jij|ze|zij|men|hij)\s+)(?:zou|zouden)(?![\p{L}])|(?<![\p{L}])(?:zou|zouden)\s+(?:het|we|wij|ik|je|ze|zij|er|men)(?![\p{L}])|(?<![\p{L}])(?:ought to|would (?:like|love|be|help|prefer)|i'd|we'd)(?![\p{L}])/u;

/** A need named as such: "wat we nodig hebben is een eenvoudige cyclus", "we also need to train more mentors" (not "students need to …": a rule). */
const NEED = /(?<![\p{L}])(?:wat (?:we|wij|ik|je|jullie) (?:nog |echt |eigenlijk )?nodig (?:hebben|heb|hebt) is|what (?:we|i) (?:still |really )?need is|(?:we|i) (?:also |still |really )?need to)(?![\p{L}])/u;

/**
 * A sentence opening as a step of the plan just stated ("Voor het nieuwe schooljaar gaan we de taken
 * herverdelen. Daarvoor volgen alle werkplekbegeleiders in augustus een training"), unless it says the
 * step is a habit or already happened.
 */
const PLAN_STEP = /^(?:daarvoor|hiervoor|daarna|dan|vervolgens|als eerste stap|de eerste stap|een eerste stap|to do (?:this|that)|for (?:this|that)|the first step|as a first step|then)(?![\p{L}])/u;
const HABIT = /(?<![\p{L}])(?:elke|iedere|elk|ieder|altijd|al|inmiddels|sinds|wekelijks|maandelijks|jaarlijks|every|each|always|already|since|hebben|heeft|hebt|heb|hadden|had|have|has|did)(?![\p{L}])/u;

/** In a wish, the reason tells what happens now ("ik zou willen dat zij beoordelaar is, want zij ziet me elke dag lesgeven") … */
const REASON_NOW = /,\s*(?:want|because)\s+/u;
/** … unless the reason itself is the plan ("…, want we willen dat volgend jaar verbeteren"). */
const PLAN_WORD = /(?<![\p{L}])(?:wil|willen|wilt|gaan|gaat|ga|zal|zullen|zou|zouden|moet|moeten|straks|volgend|komend|want to|wants to|will|going to|plan|plans|would|need to|hope)(?![\p{L}])/u;

/** "Ik zorg ervoor dat mentoren een training hebben gehad", "I make sure that every trainee gets …": a norm. */
const NORM_THAT =
  /(?<![\p{L}])(?:zorg|zorgt|zorgen|zorgde|let|letten|lette|make sure|makes sure|made sure|ensure|ensures|ensured)(?:\s+[\p{L}'-]+){0,3}?\s+(?:ervoor\s+|erop\s+|er\s+(?:voor|op)\s+)?(?:dat|that)(?![\p{L}])/u;

/** "Om te zorgen dat iedereen hetzelfde beroepsbeeld hanteert", "to make sure that …": the purpose of a practice, not a norm. */
const PURPOSE = /(?<![\p{L}])(?:om (?:ervoor |er voor )?te zorgen|in order to (?:make sure|ensure)|so as to (?:make sure|ensure))\s+(?:dat|that)(?![\p{L}])/u;

/** "Ik merk in mijn lessen dat ze het kunnen opnoemen", "als mentor merk ik dat …": what the writer notices is a finding, not an event. */
const NOTICE_THAT =
  /(?<![\p{L}])(?:(?:ik|we|wij|i)\s+(?:merk|merken|zie|zien|notice|see)|(?:merk|merken|zie|zien)\s+(?:ik|we|wij))(?:\s+[\p{L}'-]+){0,4}?\s+(?:dat|that)(?![\p{L}])/u;

/**
 * The content of a document is not an activity (the guide: "in het opleidingsplan staat welke taken de schoolopleider
 * heeft"): "In de afsprakenkaart staat precies wie wat doet: …", "In ons opleidingsplan staat dat de student …", "staat
 * bij ons in een opleidingsgids met de doelen per fase, …", "voor elke fase is beschreven wat de student moet kunnen", "in our handbook it says who does what".
 */
const DOCUMENT_SAYS = new RegExp(
  [
    String.raw`(?:in|op) (?:de|het|ons|onze|een|hun|die|dit|deze) (?:[\p{L}-]+ ){1,3}?(?:staat|staan|stond|stonden|(?:is|zijn|wordt|worden) (?:beschreven|omschreven|vastgelegd|opgenomen|vermeld))(?: (?:precies|ook|duidelijk|nauwkeurig|bij (?:elke|iedere|elk|ieder) [\p{L}-]+|per [\p{L}-]+))*(?= (?:dat|wie|wat|welke|hoe|waar|wanneer)(?![\p{L}])|:)`,
    String.raw`(?:staat|staan) (?:[\p{L}]+ ){0,3}?in (?:een|de|het|ons|onze) [\p{L}-]+(?= met(?![\p{L}])|:)`,
    String.raw`(?:is|zijn) (?:[\p{L}]+ ){0,2}?(?:beschreven|omschreven|vastgelegd)(?= (?:wat|wie|welke|hoe)(?![\p{L}]))`,
    // "In our placement handbook it says who does what", "in the agreement is described that …"
    String.raw`(?:in|on) (?:the|our|a|their) (?:[\p{L}-]+ ){1,3}?(?:it )?(?:says|states|is described|are described|is laid down|is set out)(?= (?:that|who|what|which|how)(?![\p{L}])|:)`,
  ]
    .map((p) => String.raw`(?<![\p{L}])(?:${p})`)
    .join('|'),
  'u',
);

/**
 * A wish, a need or a plan in a later clause leaves the clause before it as practice: "Het beroepsbeeld is vastgesteld
 * in de stuurgroep, maar ik zou willen dat …", "we fill in the checklist every month, which helps me see what I still
 * need to work on", "we look at it every Friday when we plan the next week". The boundary is the last comma, semicolon,
 * or "maar / but / when / wanneer" before the cue; the clause before it must hold no plan word itself.
 */
const CLAUSE_BOUNDARY = /(?:[,;]|(?<![\p{L}])(?:maar|but|when|wanneer)(?![\p{L}]))/gu;
const MIN_CLAUSE_WORDS = 4;

/** The end of the practice clause before a cue at `cue` (an offset in `lower`), or undefined when there is none. */
function clauseBefore(lower: string, from: number, cue: number): number | undefined {
  const prefix = lower.slice(from, cue);
  let end: number | undefined;
  for (const m of prefix.matchAll(CLAUSE_BOUNDARY)) end = from + m.index;
  if (end === undefined) return undefined;
  // ", maar": the comma before the conjunction ends the clause too.
  while (end > from && /[\s,;]/u.test(lower[end - 1]!)) end--;
  const clause = lower.slice(from, end);
  if (clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_CLAUSE_WORDS) return undefined;
  if (PLAN_WORD.test(clause) || COUNTERFACTUAL.test(clause) || NEED.test(clause)) return undefined;
  return end;
}

/**
 * The offsets [start, end) of the part of `sentence` that tells current practice, or undefined when none does.
 * `intentionStarts`: where the intention cues start (to keep the clause before a trailing wish).
 */
export function practiceSpan(
  sentence: Sentence,
  lower: string,
  intentionSentences: ReadonlySet<number>,
  intentionStarts: readonly number[] = [],
): { start: number; end: number } | undefined {
  let start = sentence.start;
  if (intentionSentences.has(sentence.index)) {
    const reason = REASON_NOW.exec(lower.slice(sentence.start, sentence.end));
    if (!reason) {
      const first = Math.min(...intentionStarts.filter((s) => s >= sentence.start && s < sentence.end));
      const end = Number.isFinite(first) ? clauseBefore(lower, sentence.start, first) : undefined;
      return end === undefined ? undefined : { start, end };
    }
    start = sentence.start + reason.index + reason[0].length;
    if (PLAN_WORD.test(lower.slice(start, sentence.end))) return undefined;
  }
  const text = lower.slice(start, sentence.end);
  const trailing = COUNTERFACTUAL.exec(text) ?? NEED.exec(text);
  if (trailing) {
    const end = trailing.index > 0 ? clauseBefore(lower, start, start + trailing.index) : undefined;
    return end === undefined ? undefined : { start, end };
  }
  if (intentionSentences.has(sentence.index - 1) && PLAN_STEP.test(text) && !HABIT.test(text)) return undefined;
  const whole = lower.slice(sentence.start, sentence.end);
  // A purpose is what the practice is for: a fronted one ("Om te zorgen dat …, organiseren we …") opens the
  // practice after its comma, a trailing one ends it; its "zorgen dat" is no norm.
  const purpose = PURPOSE.exec(whole);
  if (purpose) {
    if (purpose.index === 0) {
      const comma = whole.indexOf(',', purpose[0].length);
      if (comma < 0) return undefined;
      start = Math.max(start, sentence.start + comma + 1);
    } else {
      return { start, end: sentence.start + purpose.index };
    }
  }
  // What comes after a norm, a finding or what a document says is its content: the earliest of them ends the span.
  // They are looked for in the whole sentence, or after a fronted purpose's comma.
  const from = purpose ? start - sentence.start : 0;
  const rest = whole.slice(from);
  // A norm whose content gives a role a budget of time ("zorg ik dat de werkplekbegeleiders een uur per week in hun rooster
  // hebben") names an arrangement in place: it is not cut.
  const norm = NORM_THAT.exec(rest);
  const kept = norm && TIME_BUDGET.test(rest.slice(norm.index + norm[0].length)) ? null : norm;
  const cuts = [kept ?? NOTICE_THAT.exec(rest), DOCUMENT_SAYS.exec(rest)].flatMap((m) => (m ? [from + m.index + m[0].length] : []));
  return { start, end: cuts.length > 0 ? sentence.start + Math.min(...cuts) : sentence.end };
}
