import type { DrillTexts } from '../sections/drills';
import { listWith, plural } from '../words';
import { list } from './words';

const either = listWith('of');
const DAYS = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const date = (d: string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${d}T12:00:00Z`));

export const drillsNl: DrillTexts = {
  questionHeading: (waarborg, group) => `Oefenvraag · ${waarborg} · ${group}`,
  source: (section) => `_Bron: DUS-I verslag 2024, ${section}_`,
  ownQuestion: '_Een vraag van jullie eigen partnerschap._',
  answerHint: 'Antwoord zoals je het de commissie op de bezoekdag zou vertellen: met een concreet voorbeeld, wie het samen doen, en hoe het bij jullie visie past.',
  answerButton: 'Beantwoorden',
  laterButton: 'Later',
  promptIntro: (count) =>
    `${count === 1 ? 'Je oefenvraag voor de bezoekdag:' : `Je ${count} oefenvragen voor de bezoekdag:`} _(\`pauze tot <datum>\` of \`stop oefenen\` om even niet mee te doen)_`,
  noQuestions: 'Voor jouw groep staan (nog) geen oefenvragen klaar.',
  unknownGroupOrWaarborg: (given) => `"${given}" ken ik niet als groep of waarborg. Probeer \`oefenen\`, \`oefenen studenten\` of \`oefenen leeromgeving\`.`,
  noOpenQuestion: 'Er staat geen oefenvraag open. Typ `oefenen` voor een nieuwe.',
  later: (d) => `Goed, deze vraag komt terug vanaf ${date(d)}.`,
  stopped: 'Je krijgt geen oefenvragen meer. Typ `hervat oefenen` om weer mee te doen.',
  resumed: 'Je doet weer mee met de oefenvragen.',
  pausedUntil: (d) => `Je krijgt geen oefenvragen tot ${date(d)}; vanaf die dag weer wel.`,
  badPauseDate: (given) => `"${given}" lees ik niet als datum. Schrijf bijvoorbeeld \`pauze tot 2027-04-20\`.`,
  feedbackTitle: 'Terugkoppeling op je antwoord',
  strength: {
    strong: 'Sterk antwoord: zo hoort de commissie het graag.',
    partial: 'Goed op weg; één ding kan sterker.',
    weak: 'Dit kan nog een stuk sterker.',
  },
  gap: {
    'no-example': 'Geef een concreet voorbeeld uit de praktijk: wie, wat, wanneer.',
    'intention-not-practice': 'Je vertelt wat jullie willen; de commissie vraagt wat er nu al gebeurt.',
    'no-partners': 'Noem wie het samen doen: school en opleiding, mentor, schoolopleider, instituutsopleider.',
  },
  example: (has, by) =>
    has
      ? { student: 'Je geeft een voorbeeld van een student.', practice: 'Je geeft een concreet voorbeeld uit de praktijk.', details: 'Je antwoord is concreet.' }[by]
      : 'Er zit nog geen concreet voorbeeld in.',
  partners: (names, joint) =>
    names.length > 0 ? `Je noemt ${list(names)}${joint ? ', en dat jullie het samen doen' : ''}.` : joint ? 'Je laat zien dat jullie het samen doen.' : 'Je noemt nog geen partners.',
  vision: (links) => (links ? 'Je legt de link naar de visie of het beroepsbeeld.' : 'Een link naar jullie visie of beroepsbeeld ontbreekt nog.'),
  intentions: (phrases) => `Voornemens in je antwoord: ${list(phrases.map((p) => `"${p}"`))}.`,
  touched: (labels) => `Je antwoord raakt ${labels.length === 1 ? 'punt' : 'de punten'} ${list(labels)} van het kader.`,
  draftNone: (label) => `Over punt ${label} staat nog niets gekozen in jullie concept (\`concept\`).`,
  draftShared: (label, terms) => `Jullie concept zegt over punt ${label} ook iets over ${list(terms)}: dat sluit aan.`,
  draftNoShared: (label) => `Let op: jullie concept gebruikt bij punt ${label} andere kernbegrippen dan jij. De commissie let op samenhang tussen tekst en gesprek.`,
  draftDisagrees: (label, answer, draft) => `Mogelijke tegenspraak bij punt ${label}: jij zegt "${answer}", het concept zegt "${draft}".`,
  draftDoesNot: (label, answer, draft) => `Mogelijke tegenspraak bij punt ${label}: jij beschrijft "${answer}" als praktijk, het concept zegt "${draft}".`,
  modelTitle: (labels) => `Zo zou een sterk antwoord kunnen klinken, uit jullie eigen concept (punt ${list(labels)}):`,
  noModel: 'Een voorbeeldantwoord maak ik zodra de coördinator voor deze punten tekst heeft gekozen (`kies`).',
  next: (d) => `Deze vraag komt terug vanaf ${date(d)}.`,
  mineTitle: 'Mijn oefening',
  mineGroup: (group) => `Je oefent voor het ${group.toLowerCase()}.`,
  mineBox: (box) => `Doos ${box}`,
  mineUnseen: (count) => `Nog niet geoefend: ${plural(count, 'vraag', 'vragen')}.`,
  mineAnswers: (count, strong) => `Je gaf ${plural(count, 'antwoord', 'antwoorden')}, waarvan ${strong} sterk.`,
  mineStatus: (status, d) =>
    status === 'stopped'
      ? 'Je hebt de oefenvragen stopgezet (`hervat oefenen`).'
      : status === 'paused'
        ? `Gepauzeerd tot ${date(d!)}.`
        : status === 'no-plan'
          ? 'Er loopt geen oefenplan; `oefenen` geeft je wel meteen een vraag.'
          : 'Je krijgt oefenvragen volgens het oefenplan.',
  proposeUsage: 'Schrijf: `vraag toevoegen <groep> <waarborg> <vraag>`, bijvoorbeeld `vraag toevoegen studenten organisatie Wie is je aanspreekpunt op school?`',
  proposed: (n) => `Dank je! Je vraag staat als nummer ${n} klaar voor de coördinator.`,
  questionsTitle: 'Eigen oefenvragen',
  noOwnQuestions: 'Er zijn nog geen eigen vragen voorgesteld (`vraag toevoegen`).',
  questionLine: (q) =>
    `${q.number}. [${q.status === 'proposed' ? 'voorgesteld' : q.status === 'accepted' ? 'geaccepteerd' : 'ingetrokken'}] ${q.group} · ${q.waarborg}: ${q.text} _(${q.by})_`,
  questionDone: (n, what) => `Vraag ${n} is ${what === 'accept' ? 'geaccepteerd' : what === 'retire' ? 'ingetrokken' : 'aangepast'}.`,
  questionUnknown: (given) => `Vraag "${given}" ken ik niet. Typ \`vragen\` voor de lijst.`,
  questionNotNow: (n) => `Dat kan niet meer met vraag ${n}.`,
  questionConflict: (n) => `Vraag ${n} is net door iemand anders veranderd. Typ \`vragen\` en probeer het opnieuw.`,
  notCoordinator: 'Dat kan alleen een coördinator van het partnerschap.',
  planTitle: 'Oefenplan',
  planOff: 'Het oefenplan staat uit. Coördinator: `oefenplan aan`.',
  planNoVisitDate: 'Zet eerst de datum van de bezoekdag in het partnerschap (`partnerschap wijzig`).',
  planSummary: (p) =>
    `Van ${date(p.start)} tot en met ${date(p.end)}, op ${list(p.weekdays.map((d) => DAYS[d]!))} om ${p.time} (${p.timeZone}), ${plural(p.perWeek, 'vraag', 'vragen')} per week, ${p.where === 'dm' ? 'als direct bericht' : 'in het kanaal'}. Feestdagen en vakanties slaan we over.`,
  planNext: (dates) => (dates.length === 0 ? 'Er komen geen oefenmomenten meer.' : `Volgende momenten: ${list(dates.map(date))}.`),
  planProblems: (problems) => `Dat plan klopt niet: ${problems.join(', ')}.`,
  planUsage: 'Coördinator: `oefenplan aan`, `oefenplan uit`, `oefenplan dagen di do`, `oefenplan tijd 16:00`, `oefenplan per-week 3`, `oefenplan start 2027-03-01`, `oefenplan kanaal` (in een kanaal) of `oefenplan dm`, per groep `oefenplan groep studenten kanaal` (in het kanaal van die groep) of `oefenplan groep studenten dm`, `oefenplan vakantie 2027-04-24 2027-05-02` (of `vakantie wis`), `oefenplan zone Europe/Amsterdam`, `oefenplan goede-vrijdag aan`, `oefenplan groep Zij-instromers studenten` (een eigen groep; leden kiezen hem met `mijn groep Zij-instromers`), `oefenplan groep opleiders lid Sam` (iemand indelen) en `oefenplan groepen` (wie oefent waar).',
  planSwitchedOn: 'Het oefenplan staat aan.',
  memberSet: (name, group) => `${name} oefent nu voor het ${group.toLowerCase()}.`,
  memberReset: (name, group) => `${name} oefent weer voor de groep van de eigen rol: het ${group.toLowerCase()}.`,
  memberUnknown: (given, known) => `"${given}" staat niet bij de deelnemers.${known.length > 0 ? ` Deelnemers: ${list(known)}.` : ''}`,
  memberAmbiguous: (given, matches) => `"${given}" kan ${either(matches)} zijn. Typ de hele naam.`,
  memberUsage:
    'Coördinator: `oefenplan groep <groep> lid <naam>` zet iemand in een groep (bijvoorbeeld `oefenplan groep opleiders lid Sam de Vries`), `oefenplan groep standaard lid <naam>` zet diegene terug in de groep van de eigen rol; `oefenplan groepen` toont wie in welke groep oefent.',
  groupsTitle: 'Oefengroepen',
  groupLine: (group, members, where) =>
    `**${group}** (${where === 'dm' ? 'direct bericht' : 'in het kanaal'}): ${members.length === 0 ? 'nog niemand' : list(members.map((m) => (m.assigned ? `${m.name} (ingedeeld)` : m.name)))}`,
  planSwitchedOff: 'Het oefenplan staat uit; er gaan geen oefenvragen meer uit.',
  skipReason: {
    superseded: 'ingehaald door een later moment',
    'visit-day-reached': 'de bezoekdag was al begonnen',
    'outside-working-hours': 'buiten werktijd gemist',
  },
  readinessTitle: 'Oefenstand per groep en waarborg',
  readinessBar: (group, waarborg) => `${group} · ${waarborg}`,
  readinessLine: (p) =>
    `${plural(p.answered, 'vraag', 'vragen')} geoefend door ${plural(p.people, 'persoon', 'personen')}; ${p.strong} sterk; ${p.mismatches} keer andere woorden of tegenspraak met het concept`,
  readinessNone: 'Er is nog niet geoefend.',
  unreachableReport: (lines) =>
    `Deze deelnemers kon ik hun oefenvraag niet sturen:\n${lines.map((l) => `- ${l}`).join('\n')}\nVraag ze de app te openen of de bot een bericht te sturen; \`bezorging\` toont wat er verder niet aankwam.`,
  readinessUnreachable: (lines) => `Niet bereikt (de afgelopen week, zie ook \`bezorging\`):\n${lines.map((l) => `- ${l}`).join('\n')}`,
  mockTitle: (group) => `Proefbezoek: ${group.toLowerCase()}`,
  mockIntro: (minutes, endsAt) => `Zoals op de bezoekdag: ${minutes} minuten, tot ${endsAt}. Beantwoord de vragen hier met z'n allen, elk in je eigen woorden.`,
  mockQuestion: (n, waarborg, text) => `${n}. _${waarborg}_: ${text}`,
  mockHint: 'Antwoord met `antwoord <nr> <je antwoord>`, bijvoorbeeld `antwoord 2 Bij ons bespreken …`. Klaar? `proefbezoek klaar`.',
  mockNoted: (n, name) => `Genoteerd: vraag ${n}, ${name}.`,
  mockUnknownNumber: (given, count) => `"${given}" is geen vraag van deze ronde (1 tot en met ${count}).`,
  mockNotOpen: 'Hier loopt geen proefbezoek. Start er een met `proefbezoek [groep]`.',
  mockRunning: (endsAt) => `Hier loopt al een proefbezoek, tot ${endsAt}.`,
  mockTimeUp: 'De tijd is om. Dit is de samenvatting:',
  mockSummaryTitle: 'Samenvatting van het proefbezoek',
  mockCovered: (names) => (names.length > 0 ? `Besproken waarborgen: ${list(names)}.` : 'Er is geen enkele vraag beantwoord.'),
  mockNotCovered: (names) => `Niet besproken: ${list(names)}.`,
  mockUnanswered: (numbers) => `Zonder antwoord: ${numbers.length === 1 ? 'vraag' : 'vragen'} ${list(numbers.map(String))}.`,
  mockExamples: (concrete, total, people) =>
    `${plural(people, 'persoon', 'personen')} ${people === 1 ? 'gaf' : 'gaven'} ${plural(total, 'antwoord', 'antwoorden')}; ${concrete} met een concreet voorbeeld.`,
  mockDivergence: (n, a, sa, b, sb) => `Vraag ${n}: ${a} zegt "${sa}", ${b} zegt "${sb}". Bespreek samen hoe het echt zit: de commissie let op samenhang tussen de gesprekken.`,
  mockNoDivergence: 'De antwoorden spreken elkaar nergens tegen.',
  date,
};
