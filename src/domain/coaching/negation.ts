import { context, cue, findCue, type CueDefinition, type MatchInput } from './match';
import type { NegationHit, NegationKind, Sentence } from './types';
import { ACTOR_VERB } from './vocabulary';

/**
 * What a sentence says does NOT happen is no evidence for a criterion: "Op mijn
 * stageschool hebben we het nooit over de startbekwaamheden gehad" names a school
 * and a theme, but as something that is absent. Each hit is a negation word and
 * its scope: the clause it stands in. Evidence (roles, details, links, example
 * signals) inside a scope is left out of the judgement, and the coaching says what
 * it noticed instead (reason `negated` / `not-yet`).
 *
 * Scope, lexically:
 * - a sentence is cut into clauses at ";", ":", a dash, and before a contrast word
 *   ("maar", "alleen", "wel", "terwijl", ", anders", "but", "only", "whereas"), so in "geen
 *   gezamenlijk plan, maar de mentor en de io bespreken elk lesbezoek" only the first
 *   part is negated;
 * - a clause opened by a subordinator ("omdat", "als", "because") ends at its comma,
 *   and so does a relative clause ("studenten die geen stageplek hebben, krijgen …"):
 *   a negation there stays in it, and one outside it does not reach into it.
 * "nog niet" / "not yet" is kind `not-yet`: an honest gap, intention-ish, not practice.
 * "alleen op de hogeschool" is kind `only`: it happens there, on one side only, so a
 * role in it does not pair with one elsewhere to make both partner sides.
 */

const AFFIRMING_AFTER = context(
  String.raw`^ (?:alleen|enkel|slechts|zonder|meer weg te denken|(?:enkel(?:e)? )?(?:probleem|problemen|twijfel|uitzondering|bezwaar)|only|just|without|(?:a )?problem|doubt|exception)(?!\p{L})`,
);

/**
 * "wat goed gaat en wat niet", "what worked and what didn't": the second half of a pair names both
 * sides of a review, it says nothing is absent ("wat wel en niet werkt" is "wel en" above).
 */
const WHAT_PAIR = String.raw`(?:(?:en|of|and|or) |(?<=,) ?)(?:wat|what|waar|where)(?: (?:does|did|do|is|was|went|goes|gaat|ging))?`;

/**
 * Two negations affirm: "geen week zonder overleg met de mentor", "no decision is made without the school-based
 * educator", "zonder de pabo zou dit niet lukken", "de mentor slaat nooit een lesbezoek over", "never misses".
 */
const DOUBLE_AFTER = String.raw`^(?:[^,;:.!?]*?(?<![\p{L}])(?:zonder|without)(?![\p{L}])|(?: [\p{L}-]+){0,2}? (?:mist|misten|miste|mis|misses|missed|miss|fails? to|failed to|verzuimt|verzuimen)(?![\p{L}])|(?: [\p{L}-]+){1,4}? over(?=\s*(?:[.,;:!?]|$)))`;
const DOUBLE_BEFORE = String.raw`(?:^|[^\p{L}])(?:zonder|without)(?![\p{L}])[^;:.!?]*$`;

type NegationCue = CueDefinition & { kind: NegationKind };

const NEGATION_CUES: readonly NegationCue[] = [
  {
    id: 'nl.nog-niet',
    kind: 'not-yet',
    pattern: cue(
      [
        'nog (?:steeds |altijd )?(?:niet|geen)|not yet|(?:has|have|had)(?: not|n\'t) yet|no (?:\\p{L}+ )?yet',
        // still searching: "we zijn als pabo nog zoekende naar hoe …", "we are still figuring out how …"
        'nog (?:(?:echt|erg|wat|een beetje|volop) )?(?:zoekende|zoekend|aan het zoeken|op zoek|aan het uitzoeken|aan het verkennen)|still (?:searching|looking for|figuring out|exploring|finding (?:our|their) way)',
      ].join('|'),
    ),
    why: '"nog niet", "nog geen", "not yet", "nog zoekende": a present gap',
  },
  {
    id: 'nl.niet',
    kind: 'negation',
    pattern: cue('niet|nooit|geen|niemand|nergens|niets|nauwelijks|zelden|noch|weinig'),
    why: '"niet", "nooit", "geen", "niemand", "nauwelijks", "weinig (contact)"',
    // "niet alleen … maar ook", "geen probleem", "niet meer weg te denken" affirm;
    // "al dan niet", "wel of niet" leave it open, and so does the contrast pair "wat goed gaat en wat niet";
    // "te weinig", "too little" say it happens, not enough ("vergadert te weinig, vorig jaar één keer").
    unlessAfter: context(`${AFFIRMING_AFTER.source}|${DOUBLE_AFTER}`),
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:al dan|wel of|wel en|of|te|${WHAT_PAIR}) $|${DOUBLE_BEFORE}`),
  },
  {
    id: 'en.not',
    kind: 'negation',
    pattern: cue("not|never|no|none|nobody|nothing|nowhere|hardly|rarely|little|cannot|(?:do|does|did|is|are|was|were|have|has|had|ca|wo|could|would|should)n't"),
    why: '"not", "never", "no", "don\'t"',
    unlessAfter: context(`${AFFIRMING_AFTER.source}|${DOUBLE_AFTER}`),
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:or|whether or|a|and|too|${WHAT_PAIR}) $|${DOUBLE_BEFORE}`),
  },
  {
    id: 'only',
    kind: 'only',
    pattern: cue('alleen|uitsluitend|enkel|slechts|only'),
    why: '"alleen op de hogeschool": one place or side, not both',
    // "niet alleen", "not only" affirm more, they do not restrict.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:niet|not) $`),
    unlessAfter: context(String.raw`^ (?:al|maar|ook|also)(?!\p{L})`),
  },
];

/** Finite verbs (and plural forms) that follow the subject of a main clause. */
const FINITE = String.raw`(?:${ACTOR_VERB}|zie|lukt|lukken|lukte|is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|kan|kunnen|moet|moeten|mag|mogen|wil|willen|zal|zullen|regelt|regelen|zorgt|zorgen|weet|weten|beslist|beslissen|vraagt|vragen|vroeg|vroegen|zegt|zeggen|zei|kent|kennen|ziet|zien|blijft|blijven|staat|staan|ligt|liggen|are|were|has|have|does|do|can|will|must|needs|need|asks|ask|asked|says|said|decides|knows|sees|stays)`;
/**
 * A comma before a new main clause: Dutch puts the finite verb right after the subject
 * ("…, dat regelt de opleiding", "…, de school heeft daar niets over te zeggen"); a subordinate or
 * relative clause puts it last, so "die geen stageplek hebben" is not cut here.
 */
const MAIN_CLAUSE_SUBJECT = String.raw`(?:(?:dat|dit|die|het|er|daar|hier|toen|dan|nu|verder|daarnaast|bovendien|soms|vaak|we|wij|ik|ze|zij|hij|je|men|they|we|i|he|she|it|there)|(?:de|het|een|alle|elke|iedere|onze|mijn|hun|dat|dit|die|deze|the|our|my|their|each|every|this|that) [\p{L}'’-]+(?: (?:met|van|with|of) (?:de|het|mijn|onze|hun|the|my|our) [\p{L}'’-]+)?)`;
// A personal pronoun right after the comma is the subject of a new main clause whatever its verb ("…, we spreken elkaar
// tussendoor", "…, ik ben in juni gevraagd"); a subordinate clause starts with its conjunction.
const PRONOUN_SUBJECT = String.raw`(?:we|wij|ik|zij|hij|i|they|he|she) (?!(?:en|of|and|or|zelf|allebei|alleen|niet|nooit|geen|not|never)(?![\p{L}]))\p{L}+`;
const MAIN_CLAUSE_AFTER_COMMA = String.raw`,\s*(?=${MAIN_CLAUSE_SUBJECT} ${FINITE}(?![\p{L}])|${PRONOUN_SUBJECT})`;
/**
 * "… hebben we er 1 college over gehad en op mijn stageschool heeft mijn begeleider het er nooit over", "de training
 * is op donderdagavond en dat lukt mij niet": a main clause joined by "en"/"and" after a clause with its own verb
 * is a clause of its own (not "mijn mentor en de instituutsopleider hebben elkaar nooit gesproken": one subject).
 */
const MAIN_CLAUSE_AFTER_AND = String.raw`(?<=(?<![\p{L}])${FINITE}(?![\p{L}])[^,;:.!?]*)\s+(?=(?:en|and) (?:${MAIN_CLAUSE_SUBJECT}|(?:op|in|bij|aan|on|at) (?:de|het|een|mijn|onze|hun|the|my|our) [\p{L}'’-]+) ${FINITE}(?![\p{L}]))`;
/** Where a clause ends: strong punctuation, right before a contrast word, or before a new main clause after a comma. */
const CLAUSE_BREAK = new RegExp(
  String.raw`[;:]|\s[-–—]\s|,\s*(?=(?:alleen|wel|terwijl|daarentegen|anders|only|whereas|while|otherwise)(?![\p{L}]))|\s+(?=(?:maar|but|dus|daarom|so|therefore)(?![\p{L}]))|${MAIN_CLAUSE_AFTER_COMMA}|${MAIN_CLAUSE_AFTER_AND}`.replace(/ /g, String.raw`\s+`),
  'gu',
);
/** A comma-separated part that is a subordinate or relative clause. */
const SUBORDINATE_START = /^(?:omdat|als|wanneer|hoewel|doordat|zodra|tenzij|indien|toen|nadat|voordat|zodat|because|if|when|although|since|unless|once)(?![\p{L}])/u;
// "what goes well and what doesn't": a clause introduced by "what" keeps its negation inside, like "wat".
const RELATIVE = /(?<![\p{L}])(?:die|dat|wat|waar|waarin|waarbij|who|which|that|where|what)\s/u;

const KNOWING = /(?<![\p{L}])(?:weet|weten|wist|wisten|know|knows|knew|duidelijk|clear|idee|idea|sure|zeker)(?:\s+[\p{L}'’-]+){0,3}\s*$/u;

/** "geen" and "no" negate the noun after them (up to three words), and so the relative clause that describes it. */
const NEGATING_NOUN = /^(?:nl\.niet|nl\.nog-niet|en\.not)$/u;
const afterNegatedNoun = (between: string) => /^(?:\s+[\p{L}-]+){1,3}\s*$/u.test(between);

interface Clause {
  start: number;
  end: number;
}

/** Clauses of one sentence as offsets into the whole text (on the folded text). */
function clausesOf(sentence: Sentence, lower: string): Clause[] {
  const text = lower.slice(sentence.start, sentence.end);
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1]! > cuts[i]!) out.push({ start: sentence.start + cuts[i]!, end: sentence.start + cuts[i + 1]! });
  }
  return out;
}

/** Comma parts of a clause that are subordinate ("omdat …,") or relative ("die geen …,"). */
function subordinateParts(clause: Clause, lower: string): Clause[] {
  const parts: Clause[] = [];
  let s = clause.start;
  const text = lower.slice(clause.start, clause.end);
  for (const m of `${text},`.matchAll(/,/g)) {
    const e = Math.min(clause.start + m.index, clause.end);
    const part = lower.slice(s, e).trimStart();
    const lead = lower.slice(s, e).length - part.length;
    if (SUBORDINATE_START.test(part)) parts.push({ start: s + lead, end: e });
    else {
      const rel = RELATIVE.exec(part);
      // "ik weet niet wie mijn mentor is": the question after a verb of knowing is what is negated, not a relative clause
      if (rel && rel.index > 0 && !KNOWING.test(part.slice(0, rel.index))) parts.push({ start: s + lead + rel.index, end: e });
    }
    s = e + 1;
  }
  return parts;
}

/** Every negation with its scope, in text order. Quoted speech is skipped. */
export function findNegations(input: MatchInput): NegationHit[] {
  const hits: NegationHit[] = [];
  for (const def of NEGATION_CUES) {
    for (const m of findCue(input, def)) {
      const sentence = input.sentences[m.sentenceIndex];
      if (!sentence) continue;
      const clause = clausesOf(sentence, input.lower).find((c) => m.start >= c.start && m.start < c.end);
      if (!clause) continue;
      const subs = subordinateParts(clause, input.lower);
      const inSub = subs.find((p) => m.start >= p.start && m.start < p.end);
      // "alleen" reaches to the end of its clause, never back before itself.
      const scope = trimmed(input.text, inSub ?? { start: def.kind === 'only' ? m.start : clause.start, end: clause.end });
      // "er is nog geen vaste plek waar we dat bespreken": a relative clause right after the negated noun is negated too
      const cutOut = inSub ? [] : subs.filter((p) => p.start >= scope.start && p.end <= scope.end && !(NEGATING_NOUN.test(def.id) && afterNegatedNoun(input.lower.slice(m.end, p.start))));
      hits.push({
        ...m,
        kind: def.kind,
        scope: { start: scope.start, end: scope.end, text: input.text.slice(scope.start, scope.end) },
        ...(cutOut.length > 0 ? { except: cutOut.map((p) => ({ start: p.start, end: p.end })) } : {}),
      });
    }
  }
  // "nog niet" and "niet" at the same place: keep the more specific one.
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.kind === 'not-yet' && h.kind === 'negation' && h.start >= o.start && h.end <= o.end));
  return kept.sort((a, b) => a.start - b.start);
}

/** Without white space at either end. */
function trimmed(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The negation (not `only`) whose scope holds `offset`, if any. */
export function negationAt(negations: readonly NegationHit[], offset: number): NegationHit | undefined {
  return negations.find((n) => n.kind !== 'only' && inScope(n, offset));
}

/** The `only` hit whose scope holds `offset`, if any. */
export function onlyAt(negations: readonly NegationHit[], offset: number): NegationHit | undefined {
  return negations.find((n) => n.kind === 'only' && inScope(n, offset));
}

function inScope(n: NegationHit, offset: number): boolean {
  if (offset < n.scope.start || offset >= n.scope.end) return false;
  return !n.except?.some((p) => offset >= p.start && offset < p.end);
}
