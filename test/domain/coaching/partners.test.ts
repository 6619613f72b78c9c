import { describe, expect, it } from 'vitest';
import { analyseAnswer, PARTNER_CUES, PARTNER_ROLE_IDS, type PartnerRoleId } from '../../../src/domain/coaching';

const roles = (text: string) => analyseAnswer(text, { waarborgId: 'organisatie' }).partnersNamed;

describe('partners', () => {
  it.each<[string, PartnerRoleId[]]>([
    ['De schoolopleiders en de instituutsopleiders overleggen.', ['schoolopleider', 'instituutsopleider']],
    ['De instituuts- en schoolopleiders overleggen.', ['schoolopleider', 'instituutsopleider']],
    ['De instituutopleider komt op bezoek.', ['instituutsopleider']],
    ["De so'ers en io'ers overleggen.", ['schoolopleider', 'instituutsopleider']],
    ['De WPB en de SO voeren het gesprek.', ['schoolopleider', 'werkplekbegeleider']],
    ['Het SO en het VSO doen mee.', []],
    ['Elke mentor heeft een training gevolgd.', ['werkplekbegeleider']],
    ['De praktijkbegeleiders zijn geschoold.', ['werkplekbegeleider']],
    ['Alle basisscholen en vo-scholen doen mee.', ['opleidingsschool']],
    ['De hogeschool en de universiteit leveren opleiders.', ['lerarenopleiding']],
    ['De pabo-studenten lopen stage.', ['student']],
    ['De docenten van de pabo geven les.', ['instituutsopleider', 'lerarenopleiding']],
    ['Tussen school en opleiding is veel contact.', ['opleidingsschool', 'lerarenopleiding']],
    ['De schoolleiders en de directie zijn betrokken.', ['schoolleider']],
    ['Het college van bestuur en de schoolbesturen tekenen.', ['bestuur']],
    ['De stuurgroep en de regiegroep vergaderen.', ['stuurgroep']],
    ['De werkgroep kwaliteit rapporteert.', ['werkgroep']],
    ['De opleidingscoördinator en de projectleider plannen.', ['coordinator']],
    ['Aanstaande leraren, lio’s en zij-instromers leren samen.', ['student', 'joint']],
    ['Leraren in opleiding en stagiairs lopen mee.', ['student']],
    ['De partners werken gezamenlijk aan het programma.', ['joint']],
    ['Beide partners tekenen.', ['joint']],
    ['Samen Opleiden is vanzelfsprekend.', []],
    ['Er is nog geen gezamenlijk curriculum.', []],
    ['De mentor bespreekt dit samen met de student.', ['werkplekbegeleider', 'student']],
    ['The school-based and institute-based teacher educators meet.', ['schoolopleider', 'instituutsopleider']],
    ['The university and the school boards work together.', ['lerarenopleiding', 'bestuur', 'joint']],
    ['The steering group and the working group meet; trainees attend.', ['stuurgroep', 'werkgroep', 'student']],
  ])('%j → %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('reports each mention with its role, text and offsets', () => {
    const text = 'De schoolopleider en de hogeschool werken samen.';
    const mentions = analyseAnswer(text, { waarborgId: 'organisatie' }).partnerMentions;
    expect(mentions.map((m) => `${m.role}:${m.text}`)).toEqual(['schoolopleider:schoolopleider', 'lerarenopleiding:hogeschool', 'joint:samen']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('has a cue for every role and unique cue ids', () => {
    const covered = new Set(PARTNER_CUES.flatMap((c) => c.roles));
    for (const r of PARTNER_ROLE_IDS) expect(covered.has(r)).toBe(true);
    const ids = PARTNER_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
