import type { PartnershipTexts } from '../sections/partnership';
import { list } from './words';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const partnershipNl: PartnershipTexts = {
  noPartnership:
    'Je hoort nog bij geen partnerschap. Zet er een op met `partnerschap`, of vraag je coördinator je toe te voegen; kies daarna je rol met `rol`.',
  names: {
    sectors: { PO: 'PO (primair onderwijs)', VO: 'VO (voortgezet onderwijs)', MBO: 'MBO (middelbaar beroepsonderwijs)' },
    reviewTypes: {
      assessment: 'beoordelingsgericht (aspirant-partnerschap)',
      development: 'ontwikkelingsgericht (erkend partnerschap)',
    },
    roles: {
      coordinator: 'coördinator',
      school_based_educator: 'schoolopleider',
      institute_based_educator: 'instituutsopleider',
      workplace_mentor: 'werkplekbegeleider / mentor',
      student: 'student (aanstaande leraar)',
      board_member: 'bestuurder',
    },
    conversations: {
      students: 'het gesprek met studenten',
      'teacher-educators': 'het gesprek met opleiders',
      'board-members': 'het gesprek met bestuurders',
    },
    groups: { students: 'Studenten', 'teacher-educators': 'Opleiders', 'board-members': 'Bestuurders' },
    list,
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
  },
  usage: (given) =>
    `"${given}" ken ik niet na \`partnerschap\`. Typ \`partnerschap\` (bekijken of opzetten), \`partnerschap wijzig\`, \`partnerschap kanaal\` of \`partnerschap nieuw\`.`,
  overview: {
    title: (name) => `Partnerschap ${name}`,
    region: 'Onderwijsregio',
    sectors: 'Sectoren',
    reviewType: 'Soort peer review',
    visitDate: 'Bezoekdag',
    noVisitDate: 'nog niet bekend',
    updatesChannel: 'Kanaal voor updates',
    channelHere: 'dit kanaal',
    channelElsewhere: 'ingesteld (een ander kanaal)',
    channelNotSet: 'nog niet ingesteld: typ `partnerschap kanaal` in het kanaal dat de updates moet krijgen',
    wordLimit: 'Woordlimiet per waarborg',
    words: (count) => `${count.toLocaleString('nl-NL')} woorden`,
    members: 'Leden',
    yourRole: (role) => `Jouw rol: ${role}. Een andere rol kiezen? Typ \`rol\`.`,
    coordinatorHint: 'Als coördinator kun je de gegevens wijzigen (`partnerschap wijzig`) en het kanaal voor updates instellen (`partnerschap kanaal`).',
    memberHint: 'Bekijk met `consistentie` hoe de drie gesprekken op elkaar aansluiten.',
    editButton: 'Wijzigen',
  },
  form: {
    createTitle: 'Partnerschap opzetten',
    editTitle: 'Partnerschap wijzigen',
    createSubmit: 'Opzetten',
    editSubmit: 'Opslaan',
    name: 'Naam van het partnerschap',
    region: 'Onderwijsregio',
    sectors: 'Sectoren (meer dan één kan)',
    reviewType: 'Soort peer review',
    visitDate: 'Datum van de bezoekdag (als die al bekend is)',
    wordLimit: 'Woordlimiet per waarborg',
    createIntro: 'Je hoort nog bij geen partnerschap. Vul dit formulier in om er een op te zetten; jij wordt dan de coördinator.',
    existingHint: (names) =>
      `In deze werkruimte ${names.length === 1 ? 'bestaat al' : 'bestaan al'} ${list(names.map((n) => `**${n}**`))}. Hoor je daarbij? Typ dan \`rol\` in plaats van een nieuw partnerschap op te zetten.`,
  },
  remove: {
    ask: (name, members, answers) =>
      `Weet je zeker dat je **${name}** wilt verwijderen? Dan verdwijnt alles van dit partnerschap: de rollen van ${members} ${members === 1 ? 'lid' : 'leden'}, ` +
      `${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}, het concept, de planning en de oefenvragen. Andere partnerschappen blijven zoals ze zijn. Dit kan niet ongedaan worden gemaakt.`,
    confirm: (name) => `Ja, verwijder ${name}`,
    cancel: 'Nee, laat staan',
    cancelled: 'Goed, er is niets verwijderd.',
    done: (name) => `**${name}** is verwijderd, met alles wat erbij hoorde.`,
    gone: 'Dat partnerschap bestaat niet meer; er is niets verwijderd.',
    onlyCoordinator: (coordinators) =>
      `Alleen een coördinator kan een partnerschap verwijderen${coordinators.length > 0 ? `: vraag het ${list(coordinators)}` : ''}.`,
  },
  another: {
    ask: (existing, name) =>
      `In deze werkruimte ${existing.length === 1 ? 'bestaat al' : 'bestaan al'} ${list(existing.map((n) => `**${n}**`))}. ` +
      `Wil je er echt nog een partnerschap bij maken${name ? `, **${name}**` : ''}? Hoor je bij een bestaand partnerschap, kies dan "Nee" en typ \`rol\`.`,
    confirm: 'Ja, maak het nieuwe partnerschap',
    cancel: 'Nee, niets aanmaken',
    cancelled: 'Goed, er is niets aangemaakt. Typ `rol` om je rol in het bestaande partnerschap te kiezen.',
  },
  invalid: {
    intro: 'Dat kon ik nog niet opslaan:',
    nameEmpty: 'Vul de naam van het partnerschap in.',
    nameTooLong: (max) => `De naam mag hoogstens ${max} tekens lang zijn.`,
    nameTaken: (name) => `Er is in deze werkruimte al een ander partnerschap met de naam **${name}**. Kies een andere naam.`,
    regionEmpty: 'Vul de Onderwijsregio in.',
    regionTooLong: (max) => `De Onderwijsregio mag hoogstens ${max} tekens lang zijn.`,
    sectorsEmpty: 'Kies minstens één sector: PO, VO of MBO.',
    sectorsUnknown: (given) => `${list(given.map((g) => `"${g}"`))} ken ik niet als sector. Kies uit PO, VO en MBO.`,
    reviewType: 'Kies het soort peer review: beoordelingsgericht (aspirant-partnerschap) of ontwikkelingsgericht (erkend partnerschap).',
    visitDateInvalid: (given) => `"${given}" is geen bestaande datum. Kies de bezoekdag in de kalender, of laat het veld leeg als de datum nog niet bekend is.`,
    visitDatePast: (date) => `De bezoekdag (${date}) ligt in het verleden. Kies een datum vanaf vandaag, of laat het veld leeg.`,
    wordLimit: (given, min, max) => `"${given}" kan ik niet als woordlimiet gebruiken: kies een heel getal van ${min} tot en met ${max}.`,
    outro: 'Wat je invulde staat nog in het formulier; pas het aan en verstuur opnieuw.',
  },
  created: {
    done: (name) => `Partnerschap **${name}** staat klaar. Jij bent de coördinator.`,
    channel: 'Dit kanaal krijgt de updates over de fasen van de peer review.',
    inDm: 'Updates over de fasen gaan naar een kanaal: typ `partnerschap kanaal` in het kanaal dat ze moet krijgen (nodig de bot daar eerst uit).',
    nextSteps: 'Daarna: zet de data van de review klaar, of schrijf zelf de eerste reflectie.',
    planningButton: 'Planning bekijken',
    reflectButton: 'Reflectie schrijven',
    next: 'Vraag de anderen in het partnerschap `rol` te typen: zo kiezen ze hun rol en zie je wie bij welk gesprek op de bezoekdag hoort.',
  },
  exists: (name) => `Partnerschap **${name}** bestaat al; ik heb er geen tweede gemaakt.`,
  existsJoin: 'Hoor je erbij maar ben je nog geen lid? Typ `rol` om je rol te kiezen.',
  edit: {
    onlyCoordinator: (coordinators) =>
      coordinators.length > 0
        ? `Alleen een coördinator kan het partnerschap wijzigen. Vraag het aan ${list(coordinators)}.`
        : 'Alleen een coördinator kan het partnerschap wijzigen.',
    saved: (name) => `Opgeslagen: dit zijn nu de gegevens van **${name}**.`,
    conflict: 'Iemand anders heeft het partnerschap gewijzigd terwijl jij het formulier invulde, dus ik heb jouw wijzigingen nog niet opgeslagen. Zo staat het er nu:',
    conflictRetry: 'Jouw wijzigingen staan nog in het formulier. Vergelijk ze met het bovenstaande en verstuur opnieuw als ze nog kloppen.',
    gone: 'Dit partnerschap bestaat niet meer. Typ `partnerschap` om verder te gaan.',
  },
  channel: {
    set: (name) => `Dit kanaal krijgt voortaan de updates van **${name}**.`,
    inDm: 'Typ `partnerschap kanaal` in het kanaal dat de updates moet krijgen (noem daar @peerreview of gebruik `/peerreview partnerschap kanaal`), niet in een privégesprek.',
  },
  role: {
    prompt: (partnership) => `Welke rol heb je in **${partnership}**?`,
    current: (role, partnership) => `Je bent nu ${role} in **${partnership}**.`,
    choosePartnership: 'In deze werkruimte zijn meerdere partnerschappen. Bij welk partnerschap hoor je?',
    noPartnershipHere: 'In deze werkruimte is nog geen partnerschap. Zet er een op met `partnerschap`.',
    unknown: (given, roles) => `"${given}" ken ik niet als rol. Kies: ${list(roles)}.`,
    set: (role, partnership) => `Je bent nu ${role} in **${partnership}**.`,
    firstMember: (partnership) => `Je bent de eerste in **${partnership}**, dus je bent de coördinator.`,
    conversation: (conversation) => `Op de bezoekdag schuif je aan bij ${conversation}.`,
    nextStep: 'Wat nu? Schrijf vanuit je rol over de vier waarborgen.',
    reflectButton: 'Reflectie schrijven',
    helpButton: 'Wat kan ik nog meer?',
    onlyCoordinatorAppoints: (coordinators) =>
      coordinators.length > 0
        ? `Alleen een coördinator kan iemand coördinator maken. Vraag het aan ${list(coordinators)}.`
        : 'Alleen een coördinator kan iemand coördinator maken.',
    lastCoordinator: (partnership) =>
      `Je bent de enige coördinator van **${partnership}**. Maak eerst iemand anders coördinator (\`rol coördinator\`); daarna kun je zelf een andere rol kiezen.`,
    appointPrompt: 'Je bent al coördinator. Wie maak je ook coördinator?',
    appointNobody: 'Je bent al coördinator. Zodra anderen met `rol` lid zijn geworden, kun je hier iemand anders coördinator maken.',
    appointButton: (name) => name,
    appointed: (name, partnership) => `${name} is nu coördinator van **${partnership}**.`,
    gone: 'Dat partnerschap of die persoon kan ik niet meer vinden. Typ `rol` om opnieuw te kiezen.',
  },
  consistency: {
    choose: 'Van welke waarborg wil je zien hoe de drie gesprekken op elkaar aansluiten?',
    unknown: (given, names) => `"${given}" ken ik niet als waarborg. Kies uit ${list(names)}.`,
    title: (waarborg) => `Consistentie: ${waarborg}`,
    why: 'Waarom dit telt: de commissie weegt de consistentie tussen de drie gesprekken op de bezoekdag (studenten, opleiders, bestuurders) zwaar mee in haar oordeel.',
    nothingYet: (waarborg) => `Voor ${waarborg} heeft nog niemand in jullie partnerschap iets geschreven. Zodra er reflecties zijn, zie je hier per onderdeel wat de drie groepen zeggen.`,
    item: (number, text) => `**${number}. ${text}**`,
    answer: (group, author, quote) => `- **${group}** (${author}): „${quote}”`,
    silentAnswer: (group) => `- **${group}**: _nog niets_`,
    more: (group, count) => `- **${group}**: _en nog ${count} ${count === 1 ? 'bijdrage' : 'bijdragen'}_`,
    summary: (items) =>
      items.length === 0
        ? 'Geen stille groepen en geen tegenspraak gevonden. Loop de citaten toch samen door.'
        : `Kijk vooral naar: ${list(
            items.map((i) => `punt ${i.number} (${[i.contradiction ? 'mogelijke tegenspraak' : '', i.silent ? 'nog niet alle groepen' : ''].filter(Boolean).join(', ')})`),
          )}.`,
    silent: (groups) => `⚠ Nog stil: ${list(groups.map((g) => g.toLowerCase()))}. De commissie spreekt alle drie de groepen over dit onderdeel.`,
    contradiction: (c) =>
      `⚠ Mogelijke tegenspraak over ${list(c.terms)}: ${c.inPlace.group.toLowerCase()} beschrijven het als praktijk („${c.inPlace.quote}”, ${c.inPlace.author}), ` +
      (c.kind === 'present-vs-absent'
        ? `${c.other.group.toLowerCase()} zeggen dat het er (nog) niet is of weten het niet („${c.other.quote}”, ${c.other.author}; let op „${c.other.cue}”).`
        : `${c.other.group.toLowerCase()} noemen het alleen als plan („${c.other.quote}”, ${c.other.author}; let op „${c.other.cue}”).`),
    otherItems: 'Bij de waarborg in het algemeen',
    caveat: '_De check leest woorden, geen bedoelingen: bespreek samen wat hij aanwijst._',
    keyTerms: {
      beroepsbeeld: 'beroepsbeeld',
      bekwaamheden: 'bekwaamheden',
      leeruitkomsten: 'leeruitkomsten',
      visie: 'visie',
      uitgangspunten: 'uitgangspunten',
      draagvlak: 'draagvlak',
      programma: 'opleidingsprogramma',
      samenwerking: 'gezamenlijke uitvoering',
      doelen: 'doelstellingen',
      feedback: 'feedback',
      beoordeling: 'beoordeling',
      werkplek: 'werkplek',
      begeleiding: 'begeleiding',
      overleg: 'overleg',
      besluitvorming: 'besluitvorming',
      afspraken: 'afspraken',
      verantwoordelijkheden: 'verantwoordelijkheden en rollen',
      structuur: 'organisatiestructuur',
      professionalisering: 'professionalisering',
      kwaliteitszorg: 'kwaliteitszorg',
      basiskwaliteit: 'basiskwaliteit',
      kwaliteitsgesprek: 'gesprek over kwaliteit',
      evaluatie: 'evaluatie',
      gegevens: 'gegevens',
      verbetering: 'vervolgstappen',
    },
  },
  participation: {
    title: (partnership) => `Deelname aan de reflecties van ${partnership}`,
    intro: 'Per waarborg: hoeveel mensen per gesprek van de bezoekdag er iets over schreven.',
    count: (group, written, total) =>
      `${written} van ${total} ${{ students: 'studenten', 'teacher-educators': 'opleiders', 'board-members': 'bestuurders' }[group]}`,
    waarborgLine: (waarborg, counts) => `- **${waarborg}**: ${counts.join(' · ')}`,
    overallLine: (counts) => `**Bij minstens één waarborg:** ${counts.join(' · ')}`,
    noMembers: 'Er zijn nog geen leden met een rol. Vraag ze `rol` te typen.',
    silent: (names, count) => `Nog niets geschreven (${count}): ${list(names)}.`,
    everyoneWrote: 'Iedereen heeft al iets geschreven.',
    remindButton: 'Stuur een herinnering',
    coordinatorOnly: (coordinators) =>
      coordinators.length > 0
        ? `De deelname bekijkt de coördinator van het partnerschap: ${list(coordinators)}.`
        : 'De deelname bekijkt de coördinator van het partnerschap; dat is nu niemand.',
    reminded: (count) => `Ik heb ${count === 1 ? '1 persoon' : `${count} mensen`} een vriendelijke herinnering gestuurd.`,
    alreadyReminded: 'Er is vandaag al een herinnering gestuurd. Morgen kan het weer.',
    nobodyToRemind: 'Er is niemand om te herinneren: iedereen heeft al iets geschreven.',
    reminder: (name, coordinator, partnership) =>
      `Hallo ${name}! ${coordinator} vraagt je om mee te schrijven aan de reflectie van ${partnership} voor de peer review. ` +
      'Je vertelt vanuit je eigen ervaring, per punt een paar zinnen; "ik weet het niet" mag ook. Het kost ongeveer een kwartier.',
    reminderButton: 'Begin met de reflectie',
  },
};
