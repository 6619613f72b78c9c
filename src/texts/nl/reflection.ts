import type { ReflectionTexts } from '../sections/reflection';
import { perspectiveNl } from './perspectives';
import { list } from './words';

export const reflectionNl: ReflectionTexts = {
  overviewTitle: 'Reflectie per waarborg',
  overviewIntro:
    'Kies een waarborg. Ik loop met je de punten door die minimaal zichtbaar moeten zijn, één vraag tegelijk; ' +
    'elk antwoord bewaar ik meteen.',
  progressTitle: 'Jouw voortgang per waarborg',
  waarborgProgress: (waarborg, others) =>
    others === 0 ? waarborg : `${waarborg} (anderen: ${others} ${others === 1 ? 'bijdrage' : 'bijdragen'})`,
  waarborgButton: (waarborg, done, total) => `${waarborg} (${done}/${total})`,
  chooseWaarborg: 'Kies een waarborg:',
  unknownWaarborg: (given) => `"${given}" ken ik niet als waarborg. Kies er een:`,
  openNow: (waarborg, item, total) => `Je bent nu bij ${waarborg}, punt ${item} van ${total}. Typ \`ga door\` om verder te gaan.`,
  start: (waarborg, total) =>
    `We lopen de ${total} punten van ${waarborg} door. Elk antwoord bewaar ik meteen; ` +
    'typ `pauze` om later verder te gaan, `terug` voor het vorige punt of `voortgang` voor je overzicht.',

  itemHeading: (waarborg, item, total) => `${waarborg} · punt ${item} van ${total}`,
  theme: (names) => `_${names.length > 1 ? "Thema's" : 'Thema'}: ${names.join(' · ')}_`,
  lookFor: (hint) => `**Waar de commissie op let:** ${hint}`,
  othersWrote: (people) => `Hierover schreven ook: ${list(people)}.`,
  person: (name, role) => `${name} (${role})`,
  yourAnswer: '**Jouw antwoord tot nu toe.** Een nieuw antwoord vervangt het; met overslaan blijft het zoals het is.',
  answerPrompt: 'Typ je antwoord: wat gebeurt er nu, wie doen het samen, en wat merkt een student ervan? Of kies:',
  answerAgainPrompt: 'Typ een nieuw antwoord, of kies:',
  progressLabel: (waarborg) => `Jouw voortgang ${waarborg}`,
  skipButton: 'Overslaan',
  backButton: 'Terug',
  pauseButton: 'Pauze',
  continueButton: 'Ga door',

  saved: (name, role) => `**Bewaard** als bijdrage van ${name} (${role}).`,
  added: '**Aanvulling bewaard** bij je antwoord.',
  criteriaTitle: 'Wat je antwoord laat zien op de vier beoordelingscriteria:',
  criterionLine: (covered, name, reason) => `- ${covered ? '✓' : '✗'} **${name}**: ${reason}`,
  reasons: {
    'specific-details': 'noemt concreet wie, wat, wanneer of hoeveel',
    'details-with-student-example': 'concrete details en een voorbeeld van wat een student doet of ervaart',
    'details-with-example': 'concrete details en een voorbeeld uit de praktijk: wie doet wat, en wanneer',
    'too-general': 'nog algemeen; noem wie, wat, wanneer en hoeveel',
    'links-other-waarborg': 'legt een verband met een andere waarborg',
    'no-link': 'nog geen verband met de andere waarborgen',
    'current-practice-with-example': 'beschrijft wat er nu gebeurt, met een voorbeeld uit de praktijk',
    'current-practice-with-detail': 'beschrijft concreet wat er nu gebeurt',
    'only-intentions': 'beschrijft vooral plannen, nog niet wat er nu gebeurt',
    'no-practice-detail': 'nog niet zichtbaar wat er nu in de praktijk gebeurt',
    'both-partner-sides': 'school en opleiding voeren het samen uit',
    'joint-wording': 'de partners doen het samen',
    'separate-work': 'de partners werken hier nog los van elkaar',
    'partners-not-together': 'noemt rollen, maar niet van school én opleiding samen',
    'no-partners': 'noemt nog niet wie het uitvoeren',
    negated: 'je schrijft dat dit niet gebeurt; vertel wat er wel gebeurt, en wie het doet',
    'not-yet': 'je schrijft dat dit nog niet gebeurt; wat gebeurt er nu al wel?',
    'empty-answer': 'nog geen antwoord',
  },
  linkedWith: (waarborgen) => `legt een verband met ${list(waarborgen)}`,
  negatedWith: (words) => `je schrijft "${words}": dat telt niet als wat er gebeurt; vertel wat er wel gebeurt, en wie het doet`,
  notYetWith: (words) => `je schrijft "${words}": een eerlijk gat, nog geen praktijk; wat gebeurt er nu al wel?`,
  switchAsk: (open, item, wanted) =>
    `Hier staat ${open} nog open, bij punt ${item}. Wil je daarmee verder, of nu ${wanted} beginnen? Je antwoorden over ${open} blijven bewaard; je kunt er later verder mee.`,
  switchKeep: (open) => `Verder met ${open}`,
  switchTo: (wanted) => `Begin ${wanted}`,
  movedToPrivate:
    'Een reflectie schrijf je in een persoonlijk gesprek met mij: hier in het kanaal hoor ik je antwoorden alleen als je me noemt. Ik heb je een bericht gestuurd; daar gaan we verder.',
  privateStart: (waarborg) =>
    `Hier schrijf je je reflectie${waarborg ? ` over ${waarborg}` : ''}. Alleen jij en ik zien dit gesprek; je antwoorden komen in het concept van het partnerschap. Klik om te beginnen.`,
  privateStartButton: 'Begin hier',
  followUpFor: (waarborg, item, total) => `*Vervolgvraag bij ${waarborg}, punt ${item} van ${total}*`,
  followUpHint: '_Wat je nu typt, voeg ik toe aan je antwoord op dit punt._',
  dontKnowNoted:
    'Genoteerd: je weet het (nog) niet. Dat is ook een antwoord: in het overzicht van de antwoorden ziet de coördinator ' +
    'waar het voor jou nog niet zichtbaar is. We gaan door.',
  perspectiveTitle: '*Vanuit jouw plek gevraagd*',
  perspective: perspectiveNl,
  declineButton: 'Nee, ga door',
  declined: 'Prima, daar vraag ik niet meer naar.',
  emptyFollowUp: 'Ik kreeg geen antwoord op de vraag. Typ je aanvulling, of kies "Nee, ga door".',
  tooLongTogether: (max) =>
    `Met deze aanvulling wordt je antwoord langer dan ${max} tekens. Maak de aanvulling korter, ` +
    'of herschrijf het hele antwoord met `herzie [nummer]`. Er is niets veranderd.',

  skipped: (item) => `Punt ${item} overgeslagen.`,
  keptAnswer: (item) => `Je antwoord bij punt ${item} blijft zoals het was.`,
  firstItem: 'Dit is het eerste punt; verder terug kan niet.',
  paused: (waarborg, item) =>
    `Gepauzeerd bij ${waarborg}, punt ${item}. Alles wat je schreef is bewaard. ` +
    'Typ `ga door` of `reflectie` wanneer je verder wilt, ook later.',
  pausedReminder: 'Je reflectie staat op pauze, dus dit heb ik niet bewaard. Typ `ga door` om verder te gaan.',
  resumed: (waarborg, item) => `Welkom terug bij ${waarborg}, punt ${item}.`,
  stopped: 'Gestopt. Je antwoorden zijn bewaard; met `reflectie` ga je later verder bij het eerste open punt.',
  notOpen: 'Er staat hier geen reflectie open. Typ `reflectie` om een waarborg te kiezen.',
  staleButton: 'Die knop hoort bij een eerdere vraag. Hier ben je nu:',
  staleNoReflection: 'Die knop hoort bij een reflectie die hier niet meer openstaat. Typ `reflectie` om verder te gaan.',
  reviseWhich: 'Welk punt wil je herzien? Typ `herzie [nummer]`:',
  reviseBadNumber: (given, total) => `"${given}" is geen punt van deze waarborg. Kies een nummer van 1 tot ${total}.`,

  conflictTitle: 'Je hebt dit punt intussen ook ergens anders aangepast.',
  conflictStored: '**Wat er nu bewaard is:**',
  conflictYours: '**Wat je hier schreef:**',
  conflictQuestion: 'Welke wil je houden? Tot je kiest, blijft de bewaarde tekst staan.',
  conflictPending: 'Kies eerst welke tekst je wilt houden.',
  keepStoredButton: 'Bewaarde tekst houden',
  useMineButton: 'Mijn tekst gebruiken',
  addMineButton: 'Mijn aanvulling toevoegen',
  keepBothButton: 'Allebei houden',
  keptStored: 'De bewaarde tekst blijft staan.',
  mergeEditButton: 'Samenvoegen en bewerken',

  editTitle: 'Antwoord bewerken',
  editSubmit: 'Opslaan',
  editField: (label, item) => `${label}. ${item}`,
  editTooLong: (max) =>
    `Je antwoord is langer dan ${max} tekens, meer dan het formulier kan tonen. Hieronder staat het in zijn geheel: kopieer wat je wilt houden naar het formulier.`,
  editChoose: 'Een antwoord bewerken:',
  editButton: (label) => `Bewerk ${label}`,
  editNothing: (label) => `Op punt ${label} heb je nog niets geschreven. Typ \`reflectie\` om het te beantwoorden.`,
  editUnchanged: (label) => `Je antwoord op punt ${label} is al zo bewaard. Er is niets veranderd.`,
  editEmpty: 'Het formulier was leeg. Je bewaarde antwoord blijft staan.',
  editFormSentPrivately: 'Je antwoord bewerk je in een persoonlijk gesprek met mij, niet in het kanaal: ik heb je het formulier gestuurd.',
  editSavedPrivately: (label) => `Punt ${label} is bewaard. Wat ik erover zeg, heb ik je persoonlijk gestuurd.`,
  editChangedPrivately: (label) => `Je antwoord op punt ${label} was intussen veranderd. Ik heb je beide teksten persoonlijk gestuurd, om samen te voegen.`,

  summaryTitle: (waarborg) => `${waarborg}: overzicht`,
  summaryCounts: (answered, skipped, open, total) =>
    `Je beantwoordde ${answered} van de ${total} punten` +
    (skipped > 0 ? `, ${skipped} overgeslagen` : '') +
    (open > 0 ? `, ${open} nog open` : '') +
    '.',
  summaryItem: (item, text, status) => `- ${item}. ${text}: ${status}`,
  statusSkipped: 'overgeslagen',
  statusOpen: 'nog niet beantwoord',
  criterionMark: (covered, name) => `${covered ? '✓' : '✗'} ${name}`,
  criterionShort: { concrete: 'concreet', coherence: 'samenhang', practice: 'praktijk', jointness: 'samen' },
  summaryRevise: 'Iets aanpassen? Kies "Bewerk" bij een punt, of typ `herzie [nummer]` om het opnieuw te beantwoorden. Overgeslagen punten pak je op met `ga door`.',
  otherWaarborgen: 'Verder met een andere waarborg:',
  finishedHint: (waarborg) =>
    `Je reflectie op ${waarborg} is rond. Typ \`herzie [nummer]\` om iets aan te passen, of kies een andere waarborg met \`reflectie\`.`,

  list,
};
