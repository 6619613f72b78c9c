import { framework } from '../../domain/framework';
import type { TimelineTexts } from '../sections/timeline';
import { list as listNl } from './words';

const milestones: Record<string, string> = {
  'development-oriented.critical-reflection': 'Kritische reflectie op de vier waarborgen',
  'development-oriented.questions': 'Vraagstukken voor het panel',
  'development-oriented.participants': 'Wie er deelneemt',
  'development-oriented.panel': 'Bezoekende Onderwijsregio en expertise van het panel',
  'development-oriented.programme': 'Programma van het bezoek',
  'development-oriented.send-to-panel': 'Reflectie en programma naar het panel',
  'development-oriented.visit': 'Peer review: bezoek met dialoogrondes',
  'development-oriented.joint-close': 'Gezamenlijke afsluiting',
  'development-oriented.report': 'Verslag naar de voorzitter van het panel',
  'development-oriented.chair-comments': 'Opmerkingen van de panelvoorzitter',
  'development-oriented.final-report': 'Definitief verslag',
  'development-oriented.action-points': 'Actiepunten voor de komende vier jaar',
  'development-oriented.next-review': 'Volgende peer review',
  'assessment-oriented.concept-self-evaluation': 'Conceptzelfevaluatie',
  'assessment-oriented.own-questions': 'Eigen vragen voor het feedbackgesprek',
  'assessment-oriented.feedback-conversation': 'Feedbackgesprek',
  'assessment-oriented.final-dossier': 'Definitief dossier: zelfevaluatie, ID-document, samenwerkingsovereenkomst',
  'assessment-oriented.panel-pre-meeting': 'Voorbespreking van het panel',
  'assessment-oriented.visit': 'Bezoekdag: drie gesprekken van 45 minuten',
  'assessment-oriented.assessment-meeting': 'Beoordelingsvergadering',
  'assessment-oriented.advice-letter': 'Adviesbrief',
  'assessment-oriented.closing-conversation': 'Afsluitend gesprek',
};

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const phaseName = (id: string) => framework.reviews.flatMap((r) => r.phases).find((p) => p.id === id)?.name.nl ?? id;

export const timelineNl: TimelineTexts = {
  milestone: (id, ownTitle) => ownTitle ?? milestones[id] ?? id,
  phase: phaseName,
  reviewType: (id) => framework.reviews.find((r) => r.id === id)?.name.nl ?? id,
  date: (date) => dateFormat.format(new Date(`${date}T12:00:00Z`)),
  weekday: (n) => WEEKDAYS[n - 1] ?? '',
  weekdayWords: WEEKDAYS,
  notification: {
    post: (kind, subject, date) => {
      switch (kind) {
        case 'phase-started':
          return `📣 De fase **${subject}** begint vandaag.`;
        case 'deadline-in-7-days':
          return `⏳ Over een week, ${date}: **${subject}**.`;
        case 'deadline-in-1-day':
          return `⏰ Morgen, ${date}: **${subject}**.`;
        case 'deadline-passed':
          return `⚠️ **${subject}** stond op ${date} en is nog niet als klaar gemeld. Klaar? De coördinator typt \`planning klaar\` met het nummer.`;
      }
    },
    done: (milestone, by) => `✅ **${milestone}** is klaar (gemeld door ${by}).`,
    viaDm: (partnership) => `_Voor ${partnership}; er is nog geen kanaal voor de updates._`,
    channelHint:
      'Ik stuur de updates van de planning nu naar jou, omdat jullie partnerschap nog geen kanaal daarvoor heeft. ' +
      'Nodig mij uit in het kanaal van het partnerschap en typ daar `@peerreview planning kanaal`; dan komen ze daar.',
  },
  onlyCoordinator: (coordinators) =>
    coordinators.length === 0
      ? 'Alleen een coördinator van het partnerschap kan de planning wijzigen.'
      : `Alleen een coördinator van het partnerschap kan de planning wijzigen: vraag het ${listNl(coordinators)}.`,
  planning: {
    title: (name) => `Planning van ${name}`,
    summary: (type, visit, zone) => `${type}. Bezoek: **${visit}** (tijdzone ${zone}).`,
    noVisitDate: 'Er is nog geen bezoekdatum. De coördinator zet die met `planning bezoek 2027-05-11`.',
    done: 'klaar',
    overdue: 'te laat',
    movedFrom: (date) => `verplaatst, was ${date}`,
    own: 'eigen mijlpaal',
    holidays: (periods) => (periods.length === 0 ? 'Vakanties: geen.' : `Vakanties: ${periods.join('; ')}.`),
    channel: (id) => (id ? `Updates gaan naar kanaal <#${id}>.` : 'Updates gaan naar de coördinatoren (nog geen kanaal).'),
    digest: (weekday, time) => (weekday === 0 ? 'Weekoverzicht: uit.' : `Weekoverzicht: elke ${WEEKDAYS[weekday - 1]} om ${time}.`),
    coordinatorHelp:
      'Wijzigen (coördinator): `planning verplaats <nr> <datum>`, `planning klaar <nr>`, `planning nieuw <datum> <titel>`, ' +
      '`planning bezoek <datum>`, `planning type ontwikkelingsgericht|beoordelingsgericht`, `planning tijdzone <zone>`, ' +
      '`planning vakantie <van> <tot>` (of `planning vakantie wis`), `planning kanaal` (in het kanaal), `planning overzicht <dag> <tijd>` (of `uit`).',
    usage: 'Dat ken ik niet bij `planning`. Typ `planning` voor de planning en wat je kunt wijzigen.',
    moved: (m, date) => `**${m}** staat nu op ${date}.`,
    markedDone: (m) => `**${m}** is als klaar gemeld.`,
    alreadyDone: (m) => `**${m}** was al klaar.`,
    added: (title, date, phase) => `Toegevoegd: **${title}** op ${date} (${phase}).`,
    visitDateSet: (date) => `De bezoekdatum is nu ${date}; alle data zijn opnieuw berekend.`,
    reviewTypeSet: (type) => `Het type review is nu: ${type}.`,
    timeZoneSet: (zone) => `De tijdzone is nu ${zone}.`,
    holidayAdded: (from, to) => `Vakantie toegevoegd: ${from} tot en met ${to}. Werkdagen slaan die over.`,
    holidaysCleared: 'Alle vakanties zijn gewist.',
    channelSet: 'Dit kanaal krijgt voortaan de updates van de planning.',
    channelInDm: 'Typ dit in het kanaal dat de updates moet krijgen (met @peerreview ervoor).',
    digestSet: (weekday, time) => `Het weekoverzicht komt voortaan elke ${WEEKDAYS[weekday - 1]} om ${time}.`,
    digestOff: 'Er komt geen weekoverzicht meer.',
    unknownMilestone: (given) => `Mijlpaal "${given}" ken ik niet. Typ \`planning\` voor de nummers.`,
    badDate: (given) => `"${given}" is geen datum. Schrijf bijvoorbeeld 2027-05-11 of 11-5-2027.`,
    badZone: (given) => `"${given}" is geen tijdzone die ik ken. Bijvoorbeeld: Europe/Amsterdam.`,
    badReviewType: (given) => `"${given}" is geen type review: kies ontwikkelingsgericht of beoordelingsgericht.`,
    badDigest: (given) => `"${given}" begrijp ik niet. Schrijf bijvoorbeeld \`planning overzicht maandag 09:00\` of \`planning overzicht uit\`.`,
    badHoliday: 'Schrijf een vakantie als `planning vakantie 2027-02-15 2027-02-19` (begin en eind, beide inbegrepen).',
    needsVisitDate: 'Zet eerst de bezoekdatum: `planning bezoek <datum>`.',
    noTitle: 'Geef de mijlpaal een titel: `planning nieuw 2027-03-01 Generale repetitie`.',
  },
  status: {
    title: (name) => `Status van ${name}`,
    phase: (phase) => `Fase: **${phase}**`,
    notStarted: (date) => `De review begint ${date}.`,
    finished: 'De review is afgerond.',
    noVisitDate: 'Er is nog geen bezoekdatum, dus nog geen planning. De coördinator zet die met `planning bezoek <datum>`.',
    nextDeadlines: 'Eerstvolgende deadlines',
    noDeadlines: 'Geen open deadlines meer.',
    deadline: (m, date, overdue) => `- ${date}: ${m}${overdue ? ' (te laat)' : ''}`,
    progress: 'Voortgang',
    waarborgBar: (n, name) => `${n}. ${name}: punten beantwoord`,
    groupBar: (group) => `${group}: punten beantwoord`,
    words: (words, limit) => `${words} van ${limit} woorden`,
    empty: (labels) => `Nog leeg: ${labels.join(', ')}`,
    noneEmpty: 'Geen lege punten meer.',
    readiness: 'Gereedheid: gekozen teksten per beoordelingscriterium',
    criteria: ['concreet', 'samenhang', 'praktijk', 'gezamenlijk'],
    readinessRow: (n, name, cells, chosen) => `**${n} ${name}**: ${cells.join(' · ')} (van ${chosen} gekozen)`,
    vraagstukken: 'Vraagstukken voor het panel',
    region: (region, count) => `${region}: ${count === 1 ? '1 partnerschap' : `${count} partnerschappen`}`,
    regionLine: (name, phase, next, chosen, items) => `- **${name}**: ${phase}; volgende: ${next}; ${chosen} van ${items} punten gekozen`,
    notRegionLead:
      'Het regio-overzicht is voor de kwaliteitscoördinator van de Onderwijsregio. Een coördinator van een partnerschap in de regio stelt die aan met `status regio aanstellen <naam>`.',
    regionAppointed: (name, region) => `${name} volgt nu alle partnerschappen van ${region} met \`status regio\`.`,
    regionUnknownPerson: (name) => `Ik ken niet precies één persoon met de naam "${name}" in deze werkruimte. Laat diegene eerst iets tegen mij zeggen, en gebruik de naam zoals die in Slack of Teams staat.`,
    regionOnlyCoordinator: (coordinators) =>
      coordinators.length === 0 ? 'Alleen een coördinator stelt de kwaliteitscoördinator van de regio aan.' : `Alleen een coördinator stelt de kwaliteitscoördinator van de regio aan: vraag het ${listNl(coordinators)}.`,
    none: 'geen',
    noDates: 'nog geen bezoekdatum',
    noneInRegion: 'Ik ken geen partnerschappen in jouw regio.',
    open: 'open',
    buttons: { planning: 'Planning', digest: 'Weekoverzicht nu' },
  },
  digest: {
    top: (name, phase, open, overdue) =>
      `🗓️ Weekoverzicht ${name}: fase ${phase}, ${open === 1 ? '1 open mijlpaal' : `${open} open mijlpalen`}${overdue > 0 ? `, ${overdue} te laat` : ''}. Details in de draad.`,
    details: 'Details',
    openMilestones: 'Open mijlpalen',
    sentNow: (where) => (where === 'channel' ? 'Het weekoverzicht staat nu in het kanaal.' : 'Het weekoverzicht is naar de coördinatoren gestuurd (er is nog geen kanaal).'),
  },
  vraagstuk: {
    proposed: (n) => `Vraagstuk ${n} staat op de lijst. De coördinator kiest en ordent ze met \`vraagstuk kies <nrs>\`.`,
    list: 'Vraagstukken',
    none: 'Er zijn nog geen vraagstukken. Stel er een voor met `vraagstuk <tekst>`.',
    selected: 'gekozen',
    usage: 'Schrijf `vraagstuk <je vraag aan het panel>`; `vraagstukken` toont de lijst.',
    onlyDevelopment: 'Vraagstukken horen bij de ontwikkelingsgerichte peer review.',
    ordered: (numbers) => `Gekozen, in deze volgorde: ${numbers.join(', ')}.`,
    badOrder: (given) => `"${given}" zijn geen nummers van vraagstukken op de lijst.`,
    exportHeading: 'Vraagstukken voor het bezoekende panel',
    onlyCoordinatorChooses: (coordinators) =>
      coordinators.length === 0 ? 'Alleen een coördinator kiest de vraagstukken.' : `Alleen een coördinator kiest de vraagstukken: vraag het ${listNl(coordinators)}.`,
    line: (n, text, by, position) => `${n}. ${text} _(${by})_${position === null ? '' : ` · **gekozen als ${position}**`}`,
  },
};
