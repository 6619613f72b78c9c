import { describe, expect, it } from 'vitest';
import { analyseAnswer, type WaarborgId } from '../../../src/domain/coaching';

const run = (text: string, waarborgId: WaarborgId = 'leeromgeving') => analyseAnswer(text, { waarborgId });
const doing = (text: string) =>
  run(text).studentExamples.flatMap((e) => e.signals.filter((s) => s.cueId === 'activity.doing').map((s) => s.text.toLowerCase()));

describe('doing verb: an actor as subject of a finite verb of doing, read from the structure (tuning round 7, h6)', () => {
  it.each<[string, string]>([
    ['Mijn student (tweedejaars) geeft nu twee klassen zelfstandig en ik zit er de eerste tien minuten bij.', 'geeft'],
    ['We plaatsen elk jaar zo\'n vijftien studenten, vooral bij de exacte vakken.', 'plaatsen'],
    ['Ik heb geen vaste momenten, we spreken elkaar tussendoor wel even in de docentenkamer.', 'spreken'],
    ['I co-teach the 3 havo class with another teacher, in room 12.', 'co-teach'],
    ['The school releases two hours a week for each mentor.', 'releases'],
  ])('found: %j', (text, verb) => {
    expect(run(text).hasStudentExample).toBe(true);
    expect(doing(text)).toContain(verb);
  });
  it.each([
    // copulas, modals, opinion, generic verbs; no anchor but a document; an inverted subject
    'De schoolopleider begeleidt de studenten in de school.',
    'Wij vinden het belangrijk dat studenten op de werkplek leren.',
    'We gaan ervan uit dat studenten leren op de werkplek.',
    'We vullen regelmatig enquêtes in over de opleidingsschool.',
    'Mijn stagiaire houdt een logboek bij, dat helpt haar om te reflecteren.',
    'Daar sta ik als schoolopleider helemaal achter, op school.',
    'They experience the university and the school as two separate worlds.',
    'De opleiding regelt de rest op school.',
  ])('not found: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
  it('needs something after the verb', () => {
    expect(doing('Elke week op school lees ik, en mijn mentor kijkt.')).toEqual([]);
  });
});
