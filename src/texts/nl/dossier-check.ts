import type { DossierCheckTexts } from '../sections/dossier-check';
import { list } from './words';

const quoted = (words: readonly string[]) => words.map((w) => `„${w}”`).join(', ');

export const dossierCheckNl: DossierCheckTexts = {
  title: (partnership) => `Dossiercheck: ${partnership}`,
  intro:
    'Zo leest de commissie jullie gekozen teksten: per waarborg de vier beoordelingscriteria (concreet beschreven, samenhang met de andere waarborgen, uitvoering in de praktijk, gezamenlijkheid), ' +
    'zinnen die een wens beschrijven in plaats van wat er nu gebeurt, en waar de drie gesprekken uiteenlopen.',
  notCoordinator: (coordinators) =>
    `De dossiercheck is voor de coördinator, die het dossier instuurt${coordinators.length > 0 ? ` (${list(coordinators)})` : ''}. Het concept bekijken kan iedereen: typ \`concept\`.`,
  emptyDraft:
    'Er staat nog geen gekozen tekst in het concept, dus er is nog niets om te checken. Kies per punt een tekst met `kies <waarborg> <nr>`; `concept` laat zien waar bijdragen op een keuze wachten.',
  emptyDraftButton: 'Concept bekijken',
  matrixHeading: 'Per waarborg: gekozen teksten die het criterium laten zien',
  cell: (met, chosen) => (chosen === 0 ? '–' : `${met === chosen ? '✓' : met === 0 ? '✗' : '◐'} ${met}/${chosen}`),
  legend: '_✓ alle gekozen teksten · ◐ een deel · ✗ geen · – nog niets gekozen_',
  waarborgHeading: (number, name) => `**${number}. ${name}**`,
  allMet: '✓ Alle gekozen teksten laten de vier criteria zien.',
  missing: (criterion, groups) => `✗ **${criterion}** ontbreekt in ${groups.map((g) => `${list(g.labels)} (${g.reason})`).join('; ')}`,
  unchosen: (labels) => `Nog geen tekst gekozen: ${list(labels)}. Daar leest de commissie niets.`,
  wishesHeading: 'Wensen in plaats van huidige praktijk:',
  wish: (label, sentence, words) => `- ${label}: „${sentence}” (let op ${quoted(words)})`,
  more: (count) => `_en nog ${count}; alles staat in de bijlage Dossiercheck van de werkversie_`,
  chooseButton: (label) => `Kies ${label}`,
  divergencesHeading: '**Waar de gesprekken uiteenlopen**',
  divergencesWhy: 'De commissie weegt de consistentie tussen de drie gesprekken zwaar; dit komt uit reflecties en oefenantwoorden.',
  noDivergences: 'Geen tegenspraak gevonden tussen studenten, opleiders en bestuurders, in reflecties en oefenantwoorden.',
  divergence: (label, sentence) => `- **${label}** ${sentence}`,
  sourced: (author, source) => `${author}, ${source === 'drill' ? 'in een oefenantwoord' : 'in een reflectie'}`,
  footer: 'De hele check, met alle zinnen, staat als bijlage in de werkversie: `download werkversie`. De versie om in te sturen heeft die bijlage niet.',
  downloadButton: 'Werkversie downloaden',
  caveat: '_De check leest woorden, geen bedoelingen: hij wijst aan waar de commissie zal kijken._',
  appendix: {
    heading: 'Bijlage: Dossiercheck',
    intro:
      'Deze bijlage staat alleen in de werkversie. Ze laat zien hoe de coaching van de bot de gekozen teksten leest tegen de vier beoordelingscriteria, ' +
      'welke zinnen een wens beschrijven in plaats van de huidige praktijk, en waar de reflecties en oefenantwoorden van studenten, opleiders en bestuurders uiteenlopen. ' +
      'De check leest woorden, geen bedoelingen: bespreek samen wat hij aanwijst.',
    waarborgColumn: 'Waarborg',
    metItems: (labels) => `wel: ${labels.join(', ')}`,
    unmetItems: (labels) => `niet: ${labels.join(', ')}`,
    noneChosen: 'nog niets gekozen',
  },
};
