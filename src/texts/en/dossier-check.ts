import type { DossierCheckTexts } from '../sections/dossier-check';
import { list } from './words';

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

export const dossierCheckEn: DossierCheckTexts = {
  title: (partnership) => `Dossier check: ${partnership}`,
  intro:
    'This is how the committee reads your chosen texts: per waarborg the four assessment criteria (concrete description, coherence with the other waarborgen, execution in practice, jointness), ' +
    'sentences that describe a wish rather than what happens now, and where the three conversations diverge.',
  notCoordinator: (coordinators) =>
    `The dossier check is for the coordinator, who sends the dossier${coordinators.length > 0 ? ` (${list(coordinators)})` : ''}. Anyone can read the draft: type \`draft\`.`,
  emptyDraft:
    'No text has been chosen for the draft yet, so there is nothing to check. Choose a text per item with `choose <waarborg> <nr>`; `draft` shows where contributions wait for a choice.',
  emptyDraftButton: 'Show the draft',
  matrixHeading: 'Per waarborg: chosen texts that show the criterion',
  cell: (met, chosen) => (chosen === 0 ? '–' : `${met === chosen ? '✓' : met === 0 ? '✗' : '◐'} ${met}/${chosen}`),
  legend: '_✓ all chosen texts · ◐ some · ✗ none · – nothing chosen yet_',
  waarborgHeading: (number, name) => `**${number}. ${name}**`,
  allMet: '✓ Every chosen text shows all four criteria.',
  missing: (criterion, groups) => `✗ **${criterion}** missing in ${groups.map((g) => `${list(g.labels)} (${g.reason})`).join('; ')}`,
  unchosen: (labels) => `No text chosen yet: ${list(labels)}. The committee reads nothing there.`,
  wishesHeading: 'Wishes instead of current practice:',
  wish: (label, sentence, words) => `- ${label}: “${sentence}” (note ${quoted(words)})`,
  more: (count) => `_and ${count} more; all of it is in the Dossier check appendix of the working version_`,
  chooseButton: (label) => `Choose ${label}`,
  divergencesHeading: '**Where the conversations diverge**',
  divergencesWhy: 'The committee weighs the consistency between the three conversations heavily; this comes from reflections and practice answers.',
  noDivergences: 'No contradiction found between students, teacher educators and board members, in reflections and practice answers.',
  divergence: (label, sentence) => `- **${label}** ${sentence}`,
  sourced: (author, source) => `${author}, ${source === 'drill' ? 'in a practice answer' : 'in a reflection'}`,
  footer: 'The whole check, with every sentence, is an appendix of the working version: `download working`. The version to send does not have it.',
  downloadButton: 'Download the working version',
  caveat: '_The check reads words, not intentions: it points to where the committee will look._',
  appendix: {
    heading: 'Appendix: Dossier check',
    intro:
      'This appendix is only in the working version. It shows how the bot’s coaching reads the chosen texts against the four assessment criteria, ' +
      'which sentences describe a wish rather than current practice, and where the reflections and practice answers of students, teacher educators and board members diverge. ' +
      'The check reads words, not intentions: discuss together what it points to.',
    waarborgColumn: 'Waarborg',
    metItems: (labels) => `yes: ${labels.join(', ')}`,
    unmetItems: (labels) => `no: ${labels.join(', ')}`,
    noneChosen: 'nothing chosen yet',
  },
};
