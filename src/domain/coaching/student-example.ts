import { cue, findCue, type CueDefinition, type MatchInput } from './match';
import type { CueMatch, DetailMatch, Sentence, StudentExampleEvidence, StudentSignal, StudentSignalMatch } from './types';
import { ACTION_VERB, STUDENT_TERM } from './vocabulary';

/**
 * Does the answer show what a student experiences or does? "Wat ervaart de
 * student?" is the committee's own question, and "wat de studenten in de praktijk
 * ervaren" was decisive (DUS-I verslag 2024). Policy wording ("studenten worden
 * begeleid door …") is not an example.
 *
 * Rule, per sentence that names a student and has no intention cue (a planned
 * student activity is not practice):
 * - a testimony ("een student vertelde", "volgens een zij-instromer") is enough;
 * - otherwise at least two different signals among: example marker, named moment,
 *   time or number, the student doing something ("de student bereidt …"), of which
 *   one is the student doing something or an explicit example marker.
 * When the next sentence starts with "zij/hij/ze" it continues the example and its
 * signals count too ("Neem Fatima, tweedejaars pabo-student. Zij bereidt elke week …").
 */

const S = `(?:${STUDENT_TERM})`;
const GAP = String.raw`(?: [\p{L}\p{N}'-]+,?)`;

/**
 * What a student reported: reporting verbs, and experience verbs in the past tense
 * ("ervoer", "voelde"). Present experience verbs ("studenten voelen zich welkom",
 * "studenten ervaren …") are general claims, not an example, and are left out.
 */
const TESTIMONY_VERB = [
  'vertelde', 'vertelden', 'vertelt', 'vertellen', 'zei', 'zeiden', 'zegt', 'zeggen', 'noemde', 'noemden',
  'ervoer', 'ervoeren', 'merkte', 'merkten', 'beschreef', 'beschreven', 'schreef', 'schreven', 'verwoordde',
  'verwoordden', 'vond', 'vonden', 'voelde', 'voelden', 'liet weten', 'lieten weten', 'reflecteerde', 'reflecteerden',
  // "gaf … aan dat": only with "dat" or a colon, so "geven les aan groep 5" is not testimony
  String.raw`(?:gaf|gaven|geeft|geven)(?: \p{L}+){0,4}? aan(?= dat|:|,)`,
  // English
  'said', 'says', 'told', 'tells', 'reported', 'reports', 'experienced', 'noticed', 'felt', 'described', 'wrote',
  'mentioned',
].join('|');



/**
 * Present-tense reports ("studenten geven aan dat …", "stagiairs zeggen", "students say"): like present
 * experience verbs, a general claim about what students say, not an example, unless something in the
 * sentence anchors it (a time, a number, a named moment: "vijf studenten vertellen", "in de evaluatie
 * van maart geven studenten aan").
 */
const PRESENT_REPORT = /(?<![\p{L}])(?:vertelt|vertellen|zegt|zeggen|geeft|geven|laat weten|laten weten|says|say|tells|tell|reports|report|mention|mentions)(?![\p{L}])/u;

const DETERMINER = '(?:(?:de|het|een|alle|onze|hun|twee|drie|vier|enkele|veel|sommige|elke|iedere|the|a|an|our|all|each|every|one|two|three|some|many) )?';

const TESTIMONY_CUES: readonly CueDefinition[] = [
  {
    id: 'testimony.student-says',
    pattern: cue(`${S}${GAP}{0,3}? (?:${TESTIMONY_VERB})`),
    why: '"een student vertelde", "studenten gaven in de evaluatie aan dat"',
  },
  {
    id: 'testimony.says-student',
    pattern: cue(
      String.raw`(?:vertelde|vertelden|vertelt|zei|zeiden|zegt|schreef|schreven|verwoordde|merkte|merkten|beschreef|noemde|said|told|wrote) (?:\p{L}+ ){0,3}?${S}|(?:gaf|gaven|geeft|geven) ${DETERMINER}(?:\p{L}+ )?${S} aan`,
    ),
    why: 'inverted word order: "vertelde een derdejaars student", "gaf een student aan"',
  },
  {
    id: 'testimony.according-to',
    pattern: cue(String.raw`(?:volgens|in de woorden van|according to|in the words of) (?:\p{L}+ ){0,2}?${S}`),
    why: '"volgens een zij-instromer"',
  },
  {
    id: 'testimony.evaluation',
    pattern: cue(String.raw`uit (?:de |het |een )?\p{L}+ (?:bleek|blijkt|kwam naar voren) dat (?:\p{L}+ ){0,2}?${S}`),
    why: '"uit de evaluatie bleek dat de studenten …": what students reported',
  },
  {
    id: 'testimony.quote',
    pattern: cue(`${S}${GAP}{0,3}?:(?=\\s?")`),
    why: 'a student quoted after a colon: Een student: "…"',
  },
];

const EXAMPLE_MARKER_CUES: readonly CueDefinition[] = [
  {
    id: 'marker.example',
    pattern: cue(String.raw`bijvoorbeeld|bijv\.|bv\.|b\.v\.|een voorbeeld|voorbeelden|neem|for example|for instance|e\.g\.`),
    why: 'announces an example',
  },
];

/**
 * More verbs a student does, present and past, used only with the student BEFORE the verb ("een
 * derdejaars hielp in groep 3", "the trainee planned"), where the student is the subject; after the
 * verb a student is often the object ("de mentor begeleidt de studenten"), so there only verbs that
 * take no person as object are added ("in week 6 las de student voor", "kookten de studenten").
 * Verbs already in ACTION_VERB (the cue below) are not repeated here.
 */
const MORE_STUDENT_VERB = [
  'hielp', 'hielpen', 'helpt', 'helpen', 'las', 'lazen', 'leest', 'lezen', 'begeleidt', 'begeleiden', 'begeleidde',
  'begeleidden', 'kookt', 'koken', 'kookte', 'kookten', 'leidt', 'leiden', 'leidde', 'leidden', 'plant', 'plannen',
  'plande', 'planden', 'evalueert', 'evalueren', 'evalueerde', 'evalueerden', 'reflecteerde', 'reflecteerden',
  'ondersteunt', 'ondersteunen', 'ondersteunde', 'ondersteunden', 'speelt', 'spelen', 'speelde', 'speelden',
  'organiseert', 'organiseren', 'organiseerde', 'organiseerden', 'ontwikkelt', 'ontwikkelen', 'ontwikkelde',
  'ontwikkelden', 'schreef', 'schreven', 'legt', 'leggen', 'legde', 'legden', 'toont', 'tonen',
  'toonde', 'toonden', 'assisteert', 'assisteerde', 'mocht', 'mochten', 'probeerde', 'probeerden',
  // English
  'helped', 'helps', 'read', 'reads', 'cooked', 'planned', 'plans', 'evaluated', 'evaluates', 'supported', 'supports',
  'coached', 'coaches', 'organi[sz]ed', 'organi[sz]es', 'developed', 'develops', 'assisted', 'assists', 'tutored',
  'tutors', 'guided', 'guides', 'practi[sc]ed', 'practi[sc]es', 'showed', 'shows', 'tried', 'tries', 'explained',
  'explains', 'started', 'used', 'uses', 'tested', 'tests',
].join('|');
const MORE_INVERTED_VERB = ['las', 'lazen', 'leest', 'kookte', 'kookten', 'kookt', 'speelde', 'speelden', 'speelt', 'zong', 'zongen'].join('|');

const STUDENT_ACTION_CUES: readonly CueDefinition[] = [
  {
    id: 'action.student-does',
    pattern: cue(`${S}${GAP}{0,2}? (?:${MORE_STUDENT_VERB})`),
    why: 'more verbs with the student as subject before them: "een derdejaars hielp", "the trainee planned"',
  },
  {
    id: 'action.does-student',
    pattern: cue(String.raw`(?:${MORE_INVERTED_VERB}) ${DETERMINER}(?:\p{L}+ )?${S}`),
    why: 'verbs that take no person as object, inverted: "in week 6 las de student voor"',
  },
  {
    id: 'action.student-does',
    pattern: cue(`${S}${GAP}{0,2}? (?:${ACTION_VERB})`),
    why: 'the student is the one acting: "de student bereidt", "studenten lopen stage"',
  },
  {
    id: 'action.does-student',
    pattern: cue(String.raw`(?:${ACTION_VERB}) ${DETERMINER}(?:\p{L}+ )?${S}`),
    why: 'inverted word order after a time phrase: "na elke stage vullen studenten …"',
  },
  {
    id: 'action.teaches',
    pattern: cue(
      String.raw`${S}${GAP}{0,3}? (?:staat|staan|stond|stonden)(?: [\p{L}\p{N}]+){0,4}? voor (?:de|een|hun|haar|zijn)(?: eigen)? (?:klas|groep)|(?:staat|staan|stond|stonden) ${DETERMINER}(?:\p{L}+ )?${S}(?: [\p{L}\p{N}]+){0,4}? voor (?:de|een|hun|haar|zijn)(?: eigen)? (?:klas|groep)|${S}${GAP}{0,2}? stands? in front of (?:the|a|their|her|his) class`,
    ),
    why: 'teaching: "op een locatie stonden studenten vorig jaar wekenlang alleen voor de klas", "the trainee stands in front of the class"',
  },
  {
    id: 'action.pronoun-after-student',
    pattern: cue(String.raw`${S}[^.!?]{0,120}?(?<hit>(?:${ACTION_VERB}) (?:ze|zij)|(?:ze|zij) (?:${ACTION_VERB}))`),
    why: '"leerteams van vier studenten …; elke week bespreken ze een casus": a pronoun after the student term',
  },
];

const POSSIBILITY = /(?<![\p{L}])(?:kan|kunnen|can)(?![\p{L}])/u;

const STUDENT_CUE: CueDefinition = { id: 'student', pattern: cue(S), why: 'who counts as a student' };

/** A sentence continuing with a pronoun as subject continues the example. */
const PRONOUN_START = /^(?:zij|hij|ze|she|he|they)(?![\p{L}])/u;
const PRONOUN_ACTION = new RegExp(String.raw`^(?:zij|hij|ze|she|he|they)\s+(?:${ACTION_VERB})(?![\p{L}])`, 'u');
/** Sentence-initial "Zo …" introduces an example in Dutch ("Zo bereidt de student …"). */
const ZO_START = /^zo\s+(?!'n|n\s)/u;

export interface StudentExampleInput extends MatchInput {
  /** Sentences with an intention cue: what a student will do is not an example of practice. */
  intentionSentences: ReadonlySet<number>;
  /** Concrete details already found (moments, times, numbers). */
  details: readonly DetailMatch[];
  /** Whether an offset lies in the scope of a negation: no evidence there. */
  negated: (offset: number) => boolean;
}

export function findStudentExamples(input: StudentExampleInput): StudentExampleEvidence[] {
  const positive = <T extends CueMatch>(list: readonly T[]) => list.filter((m) => !input.negated(m.start));
  const students = positive(findCue(input, STUDENT_CUE));
  const testimony = positive(TESTIMONY_CUES.flatMap((c) => findCue(input, c)));
  const markers = positive(EXAMPLE_MARKER_CUES.flatMap((c) => findCue(input, c)));
  // "studenten kunnen kiezen uit drie leerroutes": a possibility the programme offers, not an act.
  const actions = positive(STUDENT_ACTION_CUES.flatMap((c) => findCue(input, c))).filter((m) => !POSSIBILITY.test(input.lower.slice(m.start, m.end)));
  const lowerOf = (s: Sentence) => input.lower.slice(s.start, s.end);

  const evidence: StudentExampleEvidence[] = [];
  const seen = new Set<number>();
  for (const student of students) {
    const first = input.sentences[student.sentenceIndex];
    if (!first || seen.has(first.index) || input.intentionSentences.has(first.index)) continue;
    seen.add(first.index);

    const group: Sentence[] = [first];
    const next = input.sentences[first.index + 1];
    if (next && PRONOUN_START.test(lowerOf(next)) && !input.intentionSentences.has(next.index)) group.push(next);
    const inGroup = (m: CueMatch) => group.some((s) => s.index === m.sentenceIndex);

    const signals: StudentSignalMatch[] = [];
    const add = (signal: StudentSignal, list: readonly CueMatch[]) => {
      for (const m of list) if (inGroup(m) && !input.negated(m.start)) signals.push({ ...m, signal });
    };
    add('testimony', testimony);
    add('example-marker', markers);
    for (const s of group) {
      if (ZO_START.test(lowerOf(s))) {
        signals.push({ cueId: 'marker.zo', signal: 'example-marker', start: s.start, end: s.start + 2, text: s.text.slice(0, 2), sentenceIndex: s.index });
      }
    }
    add('moment', input.details.filter((d) => d.cueId === 'what.moment'));
    add('time-or-number', input.details.filter((d) => d.kind === 'when' || d.kind === 'quantity'));
    add('student-action', actions);
    for (const s of group.slice(1)) {
      const m = PRONOUN_ACTION.exec(lowerOf(s));
      if (m) {
        signals.push({ cueId: 'action.pronoun', signal: 'student-action', start: s.start, end: s.start + m[0].length, text: s.text.slice(0, m[0].length), sentenceIndex: s.index });
      }
    }

    // A testimony in the present tense only counts with an anchor of the report itself (before or in
    // it, not in what is reported: "geven medestudenten aan dat ze meer tijd willen voor de nabespreking").
    for (let i = signals.length - 1; i >= 0; i--) {
      const t = signals[i]!;
      if (t.signal !== 'testimony' || !PRESENT_REPORT.test(input.lower.slice(t.start, t.end))) continue;
      const anchored = signals.some(
        (s) => (s.signal === 'time-or-number' || s.signal === 'moment' || s.signal === 'example-marker') && s.start < t.end && s.sentenceIndex === t.sentenceIndex,
      );
      if (!anchored) signals.splice(i, 1);
    }
    const kinds = new Set(signals.map((s) => s.signal));
    // Without a testimony, the student must act (or the sentence must say it is an example):
    // "studenten worden betrokken via het studentenpanel, vier keer per jaar" is structure, not an example.
    const agency = kinds.has('student-action') || kinds.has('example-marker');
    const reason = kinds.has('testimony') ? 'testimony' : kinds.size >= 2 && agency ? 'two-signals' : undefined;
    if (!reason) continue;
    signals.sort((a, b) => a.start - b.start);
    evidence.push({ sentences: group, student, signals, reason });
  }
  return evidence;
}
