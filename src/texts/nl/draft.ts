import type { DraftTexts } from '../sections/draft';
import { plural } from '../words';
import { dossierCheckNl } from './dossier-check';
import { list } from './words';

const quoted = (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', ');

export const draftNl: DraftTexts = {
  criteria: {
    concrete: 'concreet',
    coherence: 'samenhang',
    practice: 'praktijk',
    jointness: 'gezamenlijkheid',
  },
  textStatus: ({ words, criteria, intentions }) =>
    [
      plural(words, 'woord', 'woorden'),
      `criteria: ${criteria.length > 0 ? list(criteria) : 'nog geen'}`,
      ...(intentions.length > 0 ? [`⚠️ voornemens: ${quoted(intentions)}`] : []),
    ].join(' · '),
  waarborgSummary: (s) =>
    [
      `${s.words}/${s.limit} woorden`,
      ...(s.words > s.limit ? [`⚠️ ${s.words - s.limit} te veel`] : []),
      `${s.chosen} van ${s.total} punten gekozen`,
      ...(s.notChosen > 0 ? [`${s.notChosen} nog te kiezen`] : []),
      ...(s.empty > 0 ? [`${s.empty} leeg`] : []),
      ...(s.intentions > 0 ? [`⚠️ ${plural(s.intentions, 'voornemen', 'voornemens')}`] : []),
    ].join(' · '),
  chooseCommand: (waarborg, number) => `kies ${waarborg.toLowerCase()} ${number}`,

  overview: {
    title: (document, partnership) => `${document} (concept): ${partnership}`,
    waarborgLine: (heading, summary) => `**${heading}**\n${summary}`,
    hint: (example) =>
      `Typ \`concept ${example}\` voor de punten van een waarborg, \`download\` voor het hele concept als Word-bestand om in te sturen, \`download werkversie\` voor de versie met bronnen en status per punt, of \`download md\` voor Markdown.`,
    coordinatorHint: (example) => `Als coördinator kies je per punt de tekst: \`kies ${example} 1\`.`,
  },
  waarborg: {
    chosen: (editor, status) => `Gekozen door ${editor} · ${status}`,
    notChosen: (contributions) => `Nog niet gekozen · ${plural(contributions, 'bijdrage', 'bijdragen')}`,
    empty: 'Leeg: nog geen bijdragen',
    chooseButton: (label) => `Kies ${label}`,
    hint: (command) => `Kies of bewerk de tekst van een punt met \`${command}\` of met de knoppen.`,
  },
  choose: {
    title: (label) => `Punt ${label}: kies de tekst`,
    current: (editor, text) => `**Nu in het concept** (opgeslagen door ${editor}):\n${text}`,
    nothingChosen: 'Er staat nog geen tekst in het concept voor dit punt.',
    contributions: (count) => `**${plural(count, 'bijdrage', 'bijdragen')}**`,
    noContributions: 'Nog niemand schreef iets bij dit punt. Je kunt zelf een tekst schrijven.',
    contribution: (author, role, status, text) => `**${author}** (${role}) · ${status}\n${text}`,
    useThis: 'Gebruik deze',
    editThis: 'Bewerk deze',
    editCurrent: 'Tekst bewerken',
    writeOwn: 'Zelf schrijven',
  },
  form: {
    title: 'Tekst voor het concept',
    submit: 'Opslaan',
    field: (label, item) => `${label} ${item}`,
    tooLongToEdit: (max) =>
      `Deze tekst is langer dan een formulier kan bevatten (${max} tekens), dus hij staat hieronder in zijn geheel. Hij blijft in het concept tot je in het formulier een kortere versie opslaat.`,
  },
  save: {
    saved: (label, status, waarborg) => `Opgeslagen in het concept: punt ${label} (${status}).\nDeze waarborg nu: ${waarborg}.`,
    alreadySaved: (label) => `Deze tekst staat al precies zo in het concept bij punt ${label}; er is niets veranderd.`,
    emptyText: 'Er is geen tekst ingevuld, dus het concept is niet veranderd.',
    tooLong: (max) => `Die tekst is te lang (meer dan ${max} tekens). Kort hem in; het concept is niet veranderd.`,
    conflict: (label, editor) =>
      `${editor} heeft punt ${label} opgeslagen nadat jij begon. Hieronder staan beide teksten: kies welke in het concept komt. Er gaat niets verloren.`,
    conflictSelf: (label) =>
      `Je had punt ${label} intussen al opgeslagen met een andere tekst (in een ander venster, of het formulier ging twee keer). Hieronder staan beide teksten: kies welke in het concept komt.`,
    theirs: (editor, text) => `**Tekst van ${editor}** (staat nu in het concept):\n${text}`,
    yours: (text) => `**Jouw tekst** (nog niet opgeslagen):\n${text}`,
    keepTheirs: 'Houd de opgeslagen tekst',
    keepMine: 'Gebruik mijn tekst',
    editMine: 'Samenvoegen en bewerken',
    keptTheirs: (label) => `Goed, de tekst die er stond blijft in het concept bij punt ${label}.`,
    conflictGone: (command) =>
      `Deze keuze is niet meer open. Jouw tekst staat nog in het bericht hierboven; typ \`${command}\` om verder te gaan.`,
    contributionGone: (command) => `Die bijdrage is er niet meer. Typ \`${command}\` voor de bijdragen van nu.`,
    pendingHint: 'Kies eerst met de knoppen hierboven welke tekst in het concept komt, of typ een opdracht, zoals `concept` of `hulp`.',
    backToWaarborg: 'Terug naar de waarborg',
    nextItem: (label) => `Volgende: punt ${label}`,
    toOverview: 'Overzicht van het concept',
    toCheck: 'Dossiercheck',
  },
  dossierCheck: dossierCheckNl,
  errors: {
    notCoordinator:
      'Alleen een coördinator kiest en bewerkt de teksten van het concept. Bekijken en downloaden kan iedereen: typ `concept`. Vraag je coördinator als je iets wilt veranderen.',
    unknownWaarborg: (given) =>
      `"${given}" ken ik niet als waarborg. Kies lerende leraar, leeromgeving, organisatie of kwaliteitscultuur (of 1 tot en met 4).`,
    itemUsage: 'Noem de waarborg en het nummer van het punt, bijvoorbeeld `kies leeromgeving 2`.',
    unknownItem: (waarborg, count, given) =>
      `${waarborg} heeft ${plural(count, 'punt', 'punten')}; "${given}" hoort daar niet bij. Noem een nummer van 1 tot en met ${count}.`,
  },
  download: {
    prompt: 'Hoe wil je het concept hebben?',
    button: { clean: 'Word, om in te sturen', working: 'Word, werkversie', md: 'Markdown (.md)' },
    unknownFormat: (given) =>
      `"${given}" ken ik niet. Typ \`download\` (Word, om in te sturen), \`download werkversie\` (met bronnen en status) of \`download md\` (Markdown).`,
    ready: (format, variant, document) =>
      variant === 'clean'
        ? `Hier is jullie ${document.toLowerCase()} (concept) als ${format === 'docx' ? 'Word-bestand' : 'Markdown-bestand'}, klaar om in te sturen: zonder bronnen, status en lege punten.`
        : `Hier is de werkversie van jullie ${document.toLowerCase()} als ${format === 'docx' ? 'Word-bestand' : 'Markdown-bestand'}: per punt de bron, de status en wat nog ontbreekt${format === 'docx' ? ', in opmerkingen' : ''}. Die is voor jullie zelf; stuur de gewone versie in (\`download\`).`,
    others: 'Liever de werkversie met bronnen en status, of Markdown?',
  },
  delivery: {
    link: (name) => `${name} downloaden`,
    linkValid: (hours) => `De link werkt ${hours} uur.`,
    sentToDm: 'Ik heb het bestand in ons privégesprek gezet.',
    failed: 'Ik kon het bestand hier niet plaatsen. Stuur me een direct bericht en vraag het daar nog eens.',
  },
  document: {
    title: { assessment: 'Zelfevaluatie basiskwaliteit', development: 'Kritische reflectie' },
    fileBase: { assessment: 'zelfevaluatie-basiskwaliteit', development: 'kritische-reflectie' },
    workingSuffix: 'werkversie',
    workingMark: 'Werkversie: met per punt de bron, de status en wat nog ontbreekt. Niet insturen.',
    partnership: 'Partnerschap',
    region: 'Onderwijsregio',
    sectors: 'Sectoren',
    sectorNames: { PO: 'primair onderwijs (PO)', VO: 'voortgezet onderwijs (VO)', MBO: 'middelbaar beroepsonderwijs (MBO)' },
    review: 'Peer review',
    reviewType: { assessment: 'Beoordelingsgerichte peer review', development: 'Ontwikkelingsgerichte peer review' },
    visitDate: 'Bezoekdatum',
    noVisitDate: 'nog niet vastgesteld',
    date: 'Versie van',
    readingGuideHeading: 'Leeswijzer',
    readingGuide: ({ title, partnership, reviewType, wordLimit, vraagstukken }) => [
      `Dit is de ${title.toLowerCase()} van ${partnership}, geschreven voor de ${reviewType === 'assessment' ? 'beoordelingsgerichte' : 'ontwikkelingsgerichte'} peer review. ` +
        'Studenten, opleiders en bestuurders van het partnerschap hebben eraan bijgedragen.',
      'Het document volgt de vier waarborgen van het Kwaliteitskader Samen Opleiden: Lerende leraar, Leeromgeving, Organisatie en Kwaliteitscultuur. ' +
        `Elke waarborg begint op een nieuwe pagina en beschrijft per punt van "wat moet minimaal zichtbaar zijn" hoe het partnerschap dat in de praktijk doet (ten hoogste ${wordLimit} woorden per waarborg).`,
      ...(vraagstukken ? ['Het laatste hoofdstuk noemt de vraagstukken die het partnerschap met het bezoekende panel wil bespreken.'] : []),
    ],
    tocHeading: 'Inhoud',
    footer: (title, partnership) => `${title} · ${partnership} · pagina `,
    commentAuthor: 'Samen Opleiden-bot',
    language: 'nl-NL',
    formatDate: (isoDate) =>
      new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    waarborgHeading: (number, name) => `Waarborg ${number}. ${name}`,
    statusLine: (status) => `Status: ${status}`,
    source: (document, section) =>
      `Bron: ${document === 'kwaliteitskader' ? 'Kwaliteitskader Samen Opleiden' : 'DUS-I, Verslag van bevindingen 2024'}, ${section}`,
    notChosen: (contributions) => `[Nog geen tekst gekozen; ${plural(contributions, 'bijdrage', 'bijdragen')} beschikbaar]`,
    empty: '[Leeg: nog geen bijdragen]',
  },
};
