import { cue, findCue, type CueDefinition, type MatchInput } from './match';
import type { CueMatch, DetailMatch, PartnerMention, StudentExampleEvidence, StudentSignal, StudentSignalMatch } from './types';
import { ACTIVITY_TERM, ACTOR_VERB, WHERE_TERM } from './vocabulary';

/**
 * A concrete example is what the committee asks for: what a student OR another actor
 * does or experiences, or a named activity with when, where or who. "De stuurgroep
 * komt vier keer per jaar bijeen en stelt het jaarplan vast" is one; "dat gaat
 * goed" is not. The student rules (`student-example.ts`) cover students; this one
 * covers every actor, per practice sentence (no intention cue), from signals outside
 * a negation's scope:
 * - `actor-action`: a role that carries, or "we/wij", doing something ("de io bezoekt",
 *   "houden we", "the mentor observes");
 * - `activity`: a named activity or meeting ("evaluatiedag", "rekenles", "overleg",
 *   "komt bijeen", "a lesson");
 * - `time-or-number`: when or how often, or a number; `where`: a class, group or school;
 * - `co-actor`: a second role next to the one acting (or any role next to "we");
 * - `instrument`: a named document it works on ("het jaarplan"); `example-marker`.
 * It is an example when it has a named activity and at least three different signals,
 * or an actor acting, a time or place, and at least four: "De schoolopleider begeleidt
 * de studenten" (one) and "dat gaat goed" (none) are not; "Elk jaar in juni houden we
 * een evaluatiedag met mentoren" (four) is.
 */

const MIN_SIGNALS = 3;

const PRONOUN = '(?:we|wij|they|ze|zij)';

const ACTIVITY_CUE: CueDefinition = { id: 'activity', pattern: cue(ACTIVITY_TERM), why: 'a named activity or meeting' };
const WHERE_CUE: CueDefinition = { id: 'where', pattern: cue(WHERE_TERM), why: 'where it happens' };
const PRONOUN_ACTS: readonly CueDefinition[] = [
  { id: 'actor.we-do', pattern: cue(`${PRONOUN}(?: [\\p{L}'-]+){0,2}? (?:${ACTOR_VERB})`), why: '"we houden", "wij bezoeken"' },
  { id: 'actor.do-we', pattern: cue(`(?:${ACTOR_VERB}) ${PRONOUN}`), why: 'inverted: "elk jaar houden we"' },
];
const VERB_CUE: CueDefinition = { id: 'verb', pattern: cue(ACTOR_VERB), why: 'a verb of doing' };
const MARKER_CUE: CueDefinition = {
  id: 'marker.example',
  pattern: cue(String.raw`bijvoorbeeld|bijv\.|bv\.|een voorbeeld|for example|for instance|e\.g\.`),
  why: 'announces an example',
};

/** Between an actor and its verb: at most two words ("de io bezoekt", "de mentor en de io voeren"). */
const SUBJECT_VERB_GAP = /^(?:\s+[\p{L}'-]+){0,2}\s+$/u;
/** Between an inverted verb and its actor: an article or a quantity at most ("houdt het partnerschap"). */
const VERB_SUBJECT_GAP = /^\s+(?:(?:de|het|een|alle|elke|iedere|onze|the|a|an|our|all|each|every)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A verb after an auxiliary of the passive is not what the role before it does. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:wordt|worden|werd|werden|is|zijn|are|was|were|been|being|be)\s+(?:[\p{L}-]+\s+)?$/u;

export interface ActivityExampleInput extends MatchInput {
  intentionSentences: ReadonlySet<number>;
  details: readonly DetailMatch[];
  /** Partner mentions outside a negation's scope. */
  partners: readonly PartnerMention[];
  /** Whether an offset lies in the scope of a negation. */
  negated: (offset: number) => boolean;
  /** Sentences already shown as a student example. */
  done: ReadonlySet<number>;
}

export function findActivityExamples(input: ActivityExampleInput): StudentExampleEvidence[] {
  const positive = <T extends CueMatch>(list: readonly T[]) => list.filter((m) => !input.negated(m.start));
  const activities = positive(findCue(input, ACTIVITY_CUE));
  const places = positive(findCue(input, WHERE_CUE));
  const pronounActs = positive(PRONOUN_ACTS.flatMap((c) => findCue(input, c)));
  const verbs = positive(findCue(input, VERB_CUE));
  const markers = positive(findCue(input, MARKER_CUE));
  const roles = input.partners.filter((p) => p.role !== 'joint' && p.carries);

  const evidence: StudentExampleEvidence[] = [];
  for (const sentence of input.sentences) {
    if (input.intentionSentences.has(sentence.index) || input.done.has(sentence.index)) continue;
    const here = <T extends CueMatch>(list: readonly T[]) => list.filter((m) => m.sentenceIndex === sentence.index);
    const signals: StudentSignalMatch[] = [];
    const add = (signal: StudentSignal, list: readonly CueMatch[]) => {
      for (const m of list) signals.push({ ...m, signal });
    };

    const sentenceRoles = here(roles);
    const sentenceVerbs = here(verbs);
    // A role acts when a verb of doing follows it closely, or stands right before it
    // (inverted order), and is not a passive participle ("worden begeleid").
    const active = sentenceVerbs.filter((v) => !PASSIVE_BEFORE.test(input.lower.slice(sentence.start, v.start)));
    const acting = sentenceRoles.filter((r) =>
      active.some(
        (v) =>
          (v.start >= r.end && SUBJECT_VERB_GAP.test(input.lower.slice(r.end, v.start))) ||
          (r.start >= v.end && VERB_SUBJECT_GAP.test(input.lower.slice(v.end, r.start))),
      ),
    );
    const actor = acting[0] ?? here(pronounActs)[0];
    if (actor) signals.push({ ...actor, cueId: `actor.${'role' in actor ? actor.role : 'we'}`, signal: 'actor-action' });
    const coActors = sentenceRoles.filter((r) => !actor || r.start !== actor.start);
    add('co-actor', coActors.slice(0, 1));
    add('activity', here(activities));
    add('time-or-number', positive(here(input.details.filter((d) => d.kind === 'when' || d.kind === 'quantity'))));
    add('where', here(places));
    add('instrument', positive(here(input.details.filter((d) => d.cueId === 'what.instrument'))));
    add('example-marker', here(markers));

    const kinds = new Set(signals.map((s) => s.signal));
    // A named activity with two more signals; an actor acting without one needs a time or
    // place and two more ("alle scholen werken sinds 2021 met een schoolopleider" is structure).
    const withActivity = kinds.has('activity') && kinds.size >= MIN_SIGNALS;
    const byActor = kinds.has('actor-action') && (kinds.has('time-or-number') || kinds.has('where')) && kinds.size > MIN_SIGNALS;
    if (!withActivity && !byActor) continue;
    signals.sort((a, b) => a.start - b.start);
    const first = signals.find((s) => s.signal === 'actor-action') ?? signals.find((s) => s.signal === 'activity')!;
    const { signal: _signal, ...anchorMatch } = first;
    evidence.push({ sentences: [sentence], student: anchorMatch, signals, reason: 'activity' });
  }
  return evidence;
}
