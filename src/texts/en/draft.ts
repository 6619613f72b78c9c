import type { DraftTexts } from '../sections/draft';
import { plural } from '../words';
import { dossierCheckEn } from './dossier-check';
import { list } from './words';

const quoted = (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', ');

export const draftEn: DraftTexts = {
  criteria: {
    concrete: 'concrete',
    coherence: 'coherence',
    practice: 'practice',
    jointness: 'jointness',
  },
  textStatus: ({ words, criteria, intentions }) =>
    [
      plural(words, 'word', 'words'),
      `criteria: ${criteria.length > 0 ? list(criteria) : 'none yet'}`,
      ...(intentions.length > 0 ? [`⚠️ intentions: ${quoted(intentions)}`] : []),
    ].join(' · '),
  waarborgSummary: (s) =>
    [
      `${s.words}/${s.limit} words`,
      ...(s.words > s.limit ? [`⚠️ ${s.words - s.limit} too many`] : []),
      `${s.chosen} of ${s.total} items chosen`,
      ...(s.notChosen > 0 ? [`${s.notChosen} still to choose`] : []),
      ...(s.empty > 0 ? [`${s.empty} empty`] : []),
      ...(s.intentions > 0 ? [`⚠️ ${plural(s.intentions, 'intention', 'intentions')}`] : []),
    ].join(' · '),
  chooseCommand: (waarborg, number) => `choose ${waarborg.toLowerCase()} ${number}`,

  overview: {
    title: (document, partnership) => `${document} (draft): ${partnership}`,
    waarborgLine: (heading, summary) => `**${heading}**\n${summary}`,
    hint: (example) =>
      `Type \`draft ${example}\` for the items of a waarborg, \`download\` for the whole draft as a Word file ready to send, \`download working\` for the version with sources and status per item, or \`download md\` for Markdown.`,
    coordinatorHint: (example) => `As coordinator you choose the text per item: \`choose ${example} 1\`.`,
  },
  waarborg: {
    chosen: (editor, status) => `Chosen by ${editor} · ${status}`,
    notChosen: (contributions) => `Not chosen yet · ${plural(contributions, 'contribution', 'contributions')}`,
    empty: 'Empty: no contributions yet',
    chooseButton: (label) => `Choose ${label}`,
    hint: (command) => `Choose or edit the text of an item with \`${command}\` or with the buttons.`,
  },
  choose: {
    title: (label) => `Item ${label}: choose the text`,
    current: (editor, text) => `**In the draft now** (saved by ${editor}):\n${text}`,
    nothingChosen: 'The draft has no text for this item yet.',
    contributions: (count) => `**${plural(count, 'contribution', 'contributions')}**`,
    noContributions: 'Nobody has written anything for this item yet. You can write a text yourself.',
    contribution: (author, role, status, text) => `**${author}** (${role}) · ${status}\n${text}`,
    useThis: 'Use this',
    editThis: 'Edit this',
    editCurrent: 'Edit text',
    writeOwn: 'Write it yourself',
  },
  form: {
    title: 'Text for the draft',
    submit: 'Save',
    field: (label, item) => `${label} ${item}`,
    tooLongToEdit: (max) =>
      `This text is longer than a form can hold (${max} characters), so here it is in full. It stays in the draft until you save a shorter version in the form.`,
  },
  save: {
    saved: (label, status, waarborg) => `Saved in the draft: item ${label} (${status}).\nThis waarborg now: ${waarborg}.`,
    alreadySaved: (label) => `The draft already has exactly this text for item ${label}; nothing changed.`,
    emptyText: 'No text was filled in, so the draft did not change.',
    tooLong: (max) => `That text is too long (over ${max} characters). Shorten it; the draft did not change.`,
    conflict: (label, editor) =>
      `${editor} saved item ${label} after you started. Both texts are below: choose which one goes into the draft. Nothing is lost.`,
    conflictSelf: (label) =>
      `You had already saved item ${label} with a different text (in another window, or the form was sent twice). Both texts are below: choose which one goes into the draft.`,
    theirs: (editor, text) => `**Text by ${editor}** (in the draft now):\n${text}`,
    yours: (text) => `**Your text** (not saved yet):\n${text}`,
    keepTheirs: 'Keep the saved text',
    keepMine: 'Use my text',
    editMine: 'Merge and edit',
    keptTheirs: (label) => `Fine, the text that was there stays in the draft for item ${label}.`,
    conflictGone: (command) => `This choice is no longer open. Your text is still in the message above; type \`${command}\` to carry on.`,
    contributionGone: (command) => `That contribution no longer exists. Type \`${command}\` for the current contributions.`,
    pendingHint: 'First choose with the buttons above which text goes into the draft, or type a command such as `draft` or `help`.',
    backToWaarborg: 'Back to the waarborg',
    nextItem: (label) => `Next: item ${label}`,
    toOverview: 'Draft overview',
    toCheck: 'Dossier check',
  },
  dossierCheck: dossierCheckEn,
  errors: {
    notCoordinator:
      'Only a coordinator chooses and edits the texts of the draft. Everyone can read and download it: type `draft`. Ask your coordinator if you want something changed.',
    unknownWaarborg: (given) =>
      `I don't know "${given}" as a waarborg. Choose learning teacher, learning environment, organisation or quality culture (or 1 to 4).`,
    itemUsage: 'Name the waarborg and the number of the item, for example `choose learning environment 2`.',
    unknownItem: (waarborg, count, given) =>
      `${waarborg} has ${plural(count, 'item', 'items')}; "${given}" is not one of them. Give a number from 1 to ${count}.`,
  },
  download: {
    prompt: 'How would you like the draft?',
    button: { clean: 'Word, ready to send', working: 'Word, working version', md: 'Markdown (.md)' },
    unknownFormat: (given) =>
      `I don't know "${given}". Type \`download\` (Word, ready to send), \`download working\` (with sources and status) or \`download md\` (Markdown).`,
    ready: (format, variant, document) =>
      variant === 'clean'
        ? `Here is your ${document.toLowerCase()} (draft) as a ${format === 'docx' ? 'Word file' : 'Markdown file'}, ready to send: without sources, status or empty items.`
        : `Here is the working version of your ${document.toLowerCase()} as a ${format === 'docx' ? 'Word file' : 'Markdown file'}: per item its source, its status and what is still missing${format === 'docx' ? ', in comments' : ''}. It is for yourselves; send the clean version (\`download\`).`,
    others: 'Would you rather have the working version with sources and status, or Markdown?',
  },
  delivery: {
    link: (name) => `Download ${name}`,
    linkValid: (hours) => `The link works for ${hours} hours.`,
    sentToDm: 'I put the file in our direct messages.',
    failed: 'I could not post the file here. Send me a direct message and ask for it there.',
  },
  document: {
    title: { assessment: 'Self-evaluation of basic quality', development: 'Critical reflection' },
    fileBase: { assessment: 'self-evaluation-basic-quality', development: 'critical-reflection' },
    workingSuffix: 'working-version',
    workingMark: 'Working version: per item its source, its status and what is still missing. Do not send.',
    partnership: 'Partnership',
    region: 'Onderwijsregio',
    sectors: 'Sectors',
    sectorNames: { PO: 'primary education (PO)', VO: 'secondary education (VO)', MBO: 'vocational education (MBO)' },
    review: 'Peer review',
    reviewType: { assessment: 'Assessment-oriented peer review', development: 'Development-oriented peer review' },
    visitDate: 'Visit date',
    noVisitDate: 'not yet set',
    date: 'Version of',
    readingGuideHeading: 'Reading guide',
    readingGuide: ({ title, partnership, reviewType, wordLimit, vraagstukken }) => [
      `This is the ${title.toLowerCase()} of ${partnership}, written for the ${reviewType === 'assessment' ? 'assessment-oriented' : 'development-oriented'} peer review. ` +
        'Students, teacher educators and board members of the partnership contributed to it.',
      'It follows the four waarborgen of the Kwaliteitskader Samen Opleiden: Lerende leraar, Leeromgeving, Organisatie and Kwaliteitscultuur. ' +
        `Each waarborg starts on a new page and describes, per item of "what must at least be visible", how the partnership does it in practice (at most ${wordLimit} words per waarborg).`,
      ...(vraagstukken ? ['The last chapter lists the vraagstukken the partnership wants to discuss with the visiting panel.'] : []),
    ],
    tocHeading: 'Contents',
    footer: (title, partnership) => `${title} · ${partnership} · page `,
    commentAuthor: 'Samen Opleiden bot',
    language: 'en-GB',
    formatDate: (isoDate) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    waarborgHeading: (number, name) => `Waarborg ${number}. ${name}`,
    statusLine: (status) => `Status: ${status}`,
    source: (document, section) =>
      `Source: ${document === 'kwaliteitskader' ? 'Kwaliteitskader Samen Opleiden' : 'DUS-I, Verslag van bevindingen 2024'}, ${section}`,
    notChosen: (contributions) => `[No text chosen yet; ${plural(contributions, 'contribution', 'contributions')} available]`,
    empty: '[Empty: no contributions yet]',
  },
};
