import { context, cue, type CueDefinition } from '../coaching/match';

/**
 * Wordings that say something is not there, not yet, or not known: the other side
 * of a group that describes it as practice. Patterns over folded text, as in the
 * coaching cue lists (`cue()` adds word boundaries; a space is any white space).
 */
export const NEGATION_CUES: readonly CueDefinition[] = [
  {
    id: 'nl.nog-niet',
    pattern: cue('nog (?:steeds |altijd )?(?:niet|geen)'),
    why: '"nog niet", "nog geen": an honest gap today',
  },
  {
    id: 'nl.weten-niet',
    pattern: cue('(?:weten|weet)(?: (?:we|wij|ik|ze|zij|men))? (?:het )?niet|geen idee|onduidelijk|onbekend|niet duidelijk'),
    why: '"weten we niet", "geen idee", "onduidelijk": nobody can say it happens',
  },
  {
    id: 'nl.ontbreekt',
    pattern: cue(String.raw`ontbre\p{L}*|ontbrak\p{L}*|(?:missen|mist) (?:we|wij|ik|nog)`),
    why: '"ontbreekt", "ontbreken", "missen we"',
  },
  {
    id: 'nl.geen',
    pattern: cue('geen|niets|nergens|nooit|niemand'),
    why: '"geen", "niets", "nooit", "niemand"',
    // "geen probleem", "geen uitzondering": a negated problem is a positive statement.
    unlessAfter: context('^ (?:enkel(?:e)? )?(?:probleem|problemen|moeite|twijfel|uitzondering|overbodige luxe)(?![\\p{L}])'),
  },
  {
    id: 'nl.niet',
    pattern: cue('niet'),
    why: '"niet"',
    // "niet alleen … maar ook", "niet zonder", "niet meer weg te denken" affirm.
    unlessAfter: context('^ (?:alleen|enkel|slechts|zonder|meer weg te denken)(?![\\p{L}])'),
  },
  {
    id: 'en.dont-know',
    pattern: cue("(?:we|i|they)(?: do not|don't) know|no idea|unclear|unknown"),
    why: '"we don\'t know", "unclear"',
  },
  {
    id: 'en.missing',
    pattern: cue('missing|lacking|lacks|lack of|absent'),
    why: '"missing", "lacking"',
  },
  {
    id: 'en.not',
    pattern: cue("not|cannot|(?:do|does|did|is|are|was|were|have|has|ca|wo)n't|never|none|nothing|nobody|no"),
    why: '"not", "never", "no"',
    unlessAfter: context('^ (?:only|just|without|a problem|problem|doubt|exception)(?![\\p{L}])'),
  },
];
