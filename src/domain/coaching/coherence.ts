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

export const COHERENCE_CUES: readonly CoherenceCue[] = [
  {
    id: 'lerende-leraar',
    waarborgId: 'lerende-leraar',
    pattern: cue(
      String.raw`lerende leraar|waarborg 1|(?:onderwijs|opleidings|leer)?visies?|visiedocument(?:en)?|beroepsbeeld(?:en)?|beeld van (?:het|de) (?:beroep|leraar)|bekwaamheidseisen|startbekwaam\p{L}*|leeruitkomsten?|opleidingsdoelen|learning teacher|vision|professional profile|image of the profession|competence requirements|learning outcomes`,
    ),
    why: 'waarborg 1: vision on learning and teaching, image of the profession (beroepsbeeld), starting competences',
  },
  {
    id: 'leeromgeving',
    waarborgId: 'leeromgeving',
    pattern: cue(
      String.raw`leeromgeving(?:en)?|waarborg 2|\p{L}*programma(?:'s)?|curricul(?:um|a)|\p{L}*begeleiding|begeleiden|begeleidt|begeleid|\p{L}*beoordeling(?:en)?|beoordelings\p{L}*|beoordel(?:en|t)|beoordeeld|werkplekleren|(?:leer)?werkplek(?:ken)?|stage(?:s|periode|periodes|plek|plekken|plaats|plaatsen|bezoek|bezoeken|opdracht|opdrachten)?|lesbezoek(?:en)?|kijkwijzers?|learning environment|programmes?|programs?|supervision|mentoring|assessment|workplace learning|placements?`,
    ),
    why: 'waarborg 2: the learning environment, programme/curriculum, supervision (begeleiding), assessment, the workplace and placement',
  },
  {
    id: 'organisatie',
    waarborgId: 'organisatie',
    pattern: cue(
      String.raw`organisatie(?:structuur)?|waarborg 3|afspra(?:ak|ken)|afsprakenstructuur|\p{L}*overleg(?:gen|t|structuur)?|verantwoordelijkhe(?:id|den)|rollen|rolverdeling|rollenhuis|taakverdeling|professionalisering|\p{L}*scholing|competenties|organi[sz]ation(?:al)?(?: structure)?|agreements?|responsibilit(?:y|ies)|roles|consultation|professional development`,
    ),
    why: 'waarborg 3: consultation and agreement structure, roles and responsibilities, professional development',
  },
  {
    id: 'kwaliteitscultuur',
    waarborgId: 'kwaliteitscultuur',
    pattern: cue(
      String.raw`kwaliteitscultuur|waarborg 4|kwaliteits\p{L}+|\p{L}*evalu\p{L}*|pdca\p{L}*|verbeter\p{L}*|bijstell\p{L}*|bijgesteld|bijgestuurd|monitor\p{L}*|audits?|\p{L}*enquete\p{L}*|tevredenheidsonderzoek|meting(?:en)?|gemeten|quality culture|quality assurance|evaluat\p{L}*|improv\p{L}*|surveys?`,
    ),
    why: 'waarborg 4: quality assurance, evaluation, PDCA, improving, monitoring, surveys and audits',
  },
];

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
