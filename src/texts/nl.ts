import { promptsNl } from './nl/coaching';
import { deliveryNl } from './nl/delivery';
import { draftNl } from './nl/draft';
import { drillsNl } from './nl/drills';
import { partnershipNl } from './nl/partnership';
import { reflectionNl } from './nl/reflection';
import { timelineNl } from './nl/timeline';
import { welcomeNl } from './nl/welcome';
import type { Texts } from './types';

export const nl: Texts = {
  roles: {
    coordinator: 'coördinator',
    school_based_educator: 'schoolopleider',
    institute_based_educator: 'instituutsopleider',
    workplace_mentor: 'werkplekbegeleider',
    student: 'student',
    board_member: 'bestuurder',
  },
  coaching: promptsNl,
  partnership: partnershipNl,
  reflection: reflectionNl,
  draft: draftNl,
  delivery: deliveryNl,
  drills: drillsNl,
  timeline: timelineNl,
  welcome: welcomeNl,
  help: {
    title: 'Samen Opleiden peer review: hulp',
    intro:
      'Ik help jullie partnerschap de peer review voor te bereiden: reflecties per waarborg verzamelen, ' +
      'met coaching op wat de beoordelaars zoeken, en daar samen de zelfevaluatie basiskwaliteit of kritische reflectie van maken (wat bij jullie peer review hoort).',
    commands: [
      { usage: 'hulp', description: 'dit overzicht' },
      { usage: 'partnerschap', description: 'je partnerschap bekijken of opzetten (formulier); `partnerschap wijzig`, `partnerschap kanaal`' },
      { usage: 'rol', description: 'kies je rol in het partnerschap' },
      { usage: 'reflectie [waarborg]', description: 'reflecteer per waarborg, punt voor punt, met coaching; `voortgang` toont hoe ver je bent, met een knop om elk antwoord te bewerken' },
      { usage: 'consistentie [waarborg]', description: 'wat studenten, opleiders en bestuurders zeiden, naast elkaar' },
      { usage: 'deelname', description: 'coördinator: per waarborg en gesprek wie al iets schreef, met een herinnering voor wie nog niets schreef (één per dag)' },
      { usage: 'concept [waarborg]', description: 'het concept van jullie zelfevaluatie basiskwaliteit of kritische reflectie, met woorden, criteria en lege punten' },
      { usage: 'kies [waarborg] [nr]', description: 'coördinator: kies of bewerk de tekst van een punt' },
      { usage: 'download [werkversie] [md]', description: 'het concept als Word-bestand om in te sturen; `download werkversie` met bronnen, status per punt en de dossiercheck als bijlage; `download md` als Markdown' },
      { usage: 'dossiercheck', description: 'coördinator: lees het concept zoals de commissie het leest, per waarborg en beoordelingscriterium, met wensen in plaats van praktijk en waar de gesprekken uiteenlopen; ook als bijlage in `download werkversie`' },
      { usage: 'bezorging', description: 'coördinator: welke berichten van de bot niet aankwamen, en bij wie' },
      { usage: 'status', description: 'de fase van de review, de eerstvolgende deadlines en de voortgang; `status regio` voor de regio' },
      { usage: 'planning', description: 'de planning van de review; de coördinator verplaatst, meldt klaar en voegt toe' },
      { usage: 'vraagstuk <tekst>', description: 'stel een vraagstuk voor het bezoekende panel voor; `vraagstukken` toont ze, de coördinator kiest met `vraagstuk kies <nrs>`' },
      { usage: 'oefenen [groep] [waarborg]', description: 'een oefenvraag voor de bezoekdag, met terugkoppeling en een voorbeeldantwoord uit jullie concept; `later`, `stop oefenen`, `pauze tot <datum>`, `hervat oefenen`, `mijn oefening`' },
      { usage: 'proefbezoek [groep]', description: 'een proefronde van 45 minuten in deze thread, met `antwoord <nr> <tekst>` en een samenvatting' },
      { usage: 'vraag toevoegen <groep> <waarborg> <vraag>', description: 'stel een eigen oefenvraag voor; `vragen` toont ze; coördinator: `vraag accepteer|wijzig|intrekken <nr>`' },
      { usage: 'oefenplan', description: 'wanneer de oefenvragen komen; coördinator: `oefenplan aan`, `dagen`, `tijd`, `per-week`, `kanaal`; `oefenstand` per groep en waarborg' },
      { usage: 'taal', description: 'kies Nederlands of Engels' },
    ],
    startHere: 'Meteen beginnen:',
    buttons: { reflect: 'Reflectie schrijven', progress: 'Voortgang', status: 'Stand van de review', partnership: 'Partnerschap' },
    footer: 'In Slack: `/peerreview hulp`, een direct bericht of noem @peerreview. In Teams: een persoonlijke chat of @vermelding in een kanaal. English? Type `help en`.',
  },
  language: {
    prompt: 'In welke taal wil je dat ik antwoord?',
    set: 'Ik antwoord je voortaan in het Nederlands.',
    unknown: (given) => `"${given}" ken ik niet als taal. Kies Nederlands (nl) of Engels (en).`,
    dutch: 'Nederlands',
    english: 'English',
  },
  platform: {
    openForm: 'Open formulier',
    submit: 'Versturen',
    cancel: 'Annuleren',
    teamsRequiredField: 'Vul dit veld in.',
    downloadGone: {
      title: 'Deze downloadlink werkt niet meer',
      body: 'Een downloadlink werkt 24 uur en alleen zoals hij is verstuurd. Vraag in de chat met de bot opnieuw om `download` voor een nieuwe link.',
    },
  },
  errors: {
    unknownCommand: (given) => `"${given}" ken ik niet. Typ \`hulp\` voor wat ik kan.`,
    emptyInput: 'Ik kreeg een leeg bericht. Typ `hulp` voor wat ik kan.',
    tooLong: (max) => `Dat bericht is te lang (meer dan ${max} tekens). Knip het op in delen; er is niets verloren gegaan.`,
    staleAction: 'Deze knop hoort bij een gesprek dat al voorbij is. Typ `hulp` om verder te gaan.',
    internal: 'Er ging aan mijn kant iets mis: je laatste bericht kon ik niet verwerken. Stuur het zo nog eens.',
  },
};
