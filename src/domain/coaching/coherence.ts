import { WAARBORG_IDS } from '../framework';
import { cue, findCue, type CueDefinition, type MatchInput } from './match';
import type { CoherenceMention, WaarborgId } from './types';

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

/**
 * The framework's own vocabulary per waarborg (Kwaliteitskader § 2, DUS-I bijlage 3),
 * with inflections, compounds and English equivalents. Written as alternatives so
 * each can be read and tested on its own; `cue()` adds the word boundaries.
 */
const VOCABULARY: Readonly<Record<WaarborgId, readonly string[]>> = {
  'lerende-leraar': [
    'lerende leraa?r(?:en|s)?|waarborg 1|learning teachers?',
    // "visie", "opleidingsvisie", "visiedocument"; not "supervisie", "intervisie", "televisie"
    String.raw`(?:onderwijs|opleidings|leer|ontwikkel|kern|gedeelde |gezamenlijke )?visie(?:s|document|documenten|stuk|stukken|ontwikkeling)?`,
    String.raw`beroepsbeeld\p{L}*|beeld van (?:het|de) (?:beroep|leraar)|\p{L}*bekwaamheidseisen|startbekwaam\p{L}*|basisbekwaam\p{L}*`,
    String.raw`(?:beoogde )?leeruitkomst(?:en)?|opleidingsdoelen|professionele identiteit|onderzoekende (?:houding|leraar|leraren)`,
    'visions?|professional profiles?|image of the (?:profession|teacher)|competence requirements|starting competenc(?:e|es|ies)|learning outcomes?|(?:professional|teacher) identity|inquiring (?:attitude|stance)',
  ],
  leeromgeving: [
    'leeromgeving(?:en)?|waarborg 2|learning environments?',
    String.raw`\p{L}*programma(?:'s)?|curricul(?:um|a)\p{L}*|\p{L}*opleidingsplan(?:nen)?|opleidingsprogramma\p{L}*`,
    String.raw`\p{L}*begeleiding|begeleiden|begeleidt|begeleid`,
    String.raw`\p{L}*beoordeling(?:en)?|beoordelings\p{L}*|beoordel(?:en|t|aar|aars)|beoordeeld|toetsing|toetsbeleid|examinering`,
    String.raw`werkplekleren|(?:leer)?werkplek(?:ken)?|stage(?:s|periode|periodes|plek|plekken|plaats|plaatsen|bezoek|bezoeken|opdracht|opdrachten)?|lesbezoek(?:en)?|kijkwijzers?`,
    'programmes?|programs?|curricul(?:um|a)|training plans?|supervision|mentoring|assessments?|assessing|workplace learning|workplaces?|placements?|internships?|lesson observations?',
  ],
  organisatie: [
    String.raw`organisatie(?:structuur)?|waarborg 3|organi[sz]ation(?:al)?(?: structure)?`,
    String.raw`afspra(?:ak|ken)|afsprakenstructuur|\p{L}*overleg(?:gen|t|structuur)?|overlegstructuur`,
    String.raw`(?:de |een )?rol van (?:de|het|een)|rollen|rolverdeling|rolbeschrijving(?:en)?|rollenhuis|taken|taakverdeling|taakomschrijving(?:en)?|taakbeleid|taaktoedeling|verantwoordelijkhe(?:id|den)`,
    String.raw`stuurgroep(?:en)?|regiegroep(?:en)?|kernteams?|governance`,
    String.raw`hrm|hr-?beleid|personeelsbeleid|functiemix|functieprofiel(?:en)?|\p{L}*professionalisering\p{L}*|\p{L}*scholing|competenties`,
    'roles|tasks|division of tasks|agreements?|responsibilit(?:y|ies)|consultation|steering (?:group|committee)s?|core teams?|human resources|hr policy|hrm|professional development|staff development',
  ],
  kwaliteitscultuur: [
    'kwaliteitscultuur|waarborg 4|quality culture',
    String.raw`kwaliteits\p{L}+|\p{L}*evalu\p{L}*|pdca\p{L}*|verbeter\p{L}*|bijstell\p{L}*|bijgesteld|bijgestuurd`,
    String.raw`monitor\p{L}*|audits?|\p{L}*enquete\p{L}*|tevredenheid\p{L}*|meting(?:en)?|gemeten|peer(?:-| )?reviews?|visitatie\p{L}*|dashboards?`,
    String.raw`quality (?:assurance|cycle|care|monitoring)|evaluat\p{L}*|improv\p{L}*|surveys?|plan-do-check-act|peer reviews?`,
  ],
};

export const COHERENCE_CUES: readonly CoherenceCue[] = WAARBORG_IDS.map((waarborgId) => ({
  id: waarborgId,
  waarborgId,
  pattern: cue(VOCABULARY[waarborgId].join('|')),
  why: `the framework's words for ${waarborgId}, Dutch and English`,
}));

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
