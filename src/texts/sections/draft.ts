import type { DraftFormat, DraftVariant } from '../../domain/draft/types';
import type { AssessmentCriterionId, SourceDocument } from '../../domain/framework';
import type { ReviewType, Sector } from '../../domain/partnership';
import type { DossierCheckTexts } from './dossier-check';

/** The numbers behind one waarborg's line in the overview and the documents. */
export interface WaarborgSummary {
  words: number;
  limit: number;
  chosen: number;
  total: number;
  /** Items with contributions but no chosen text. */
  notChosen: number;
  /** Items with neither contributions nor chosen text. */
  empty: number;
  /** Intention phrases in the chosen texts. */
  intentions: number;
}

/** The status of one text: its length and what the coaching found in it. */
export interface TextStatus {
  words: number;
  /** Short names of the criteria it covers. */
  criteria: readonly string[];
  /** Intention phrases as written. */
  intentions: readonly string[];
}

/** Texts of the draft capability; values in src/texts/nl/draft.ts and src/texts/en/draft.ts. */
export interface DraftTexts {
  /** Short names of the four assessment criteria, for status lines. */
  criteria: Record<AssessmentCriterionId, string>;
  /** "12 woorden · criteria: concreet · voornemens: "we willen"". */
  textStatus: (status: TextStatus) => string;
  /** "320/1500 woorden · 2 van 4 items gekozen · 1 leeg". */
  waarborgSummary: (summary: WaarborgSummary) => string;
  /** The command that chooses an item, for hints: "kies leeromgeving 2". */
  chooseCommand: (waarborg: string, number: number) => string;

  overview: {
    title: (document: string, partnership: string) => string;
    waarborgLine: (heading: string, summary: string) => string;
    /** Under the overview; `example` is a waarborg name to use in the examples. */
    hint: (example: string) => string;
    coordinatorHint: (example: string) => string;
  };
  waarborg: {
    chosen: (editor: string, status: string) => string;
    notChosen: (contributions: number) => string;
    empty: string;
    chooseButton: (label: string) => string;
    hint: (command: string) => string;
  };
  choose: {
    title: (label: string) => string;
    current: (editor: string, text: string) => string;
    nothingChosen: string;
    contributions: (count: number) => string;
    noContributions: string;
    contribution: (author: string, role: string, status: string, text: string) => string;
    useThis: string;
    editThis: string;
    editCurrent: string;
    writeOwn: string;
  };
  form: {
    /** Slack shows at most 24 characters of a modal title. */
    title: string;
    submit: string;
    field: (label: string, item: string) => string;
    /** The text is longer than a form field can hold; it is shown in full instead. */
    tooLongToEdit: (max: number) => string;
  };
  save: {
    saved: (label: string, status: string, waarborg: string) => string;
    alreadySaved: (label: string) => string;
    emptyText: string;
    tooLong: (max: number) => string;
    conflict: (label: string, editor: string) => string;
    /** The one who saved in between was the same person (another window, a form sent twice). */
    conflictSelf: (label: string) => string;
    theirs: (editor: string, text: string) => string;
    yours: (text: string) => string;
    keepTheirs: string;
    keepMine: string;
    editMine: string;
    keptTheirs: (label: string) => string;
    conflictGone: (command: string) => string;
    contributionGone: (command: string) => string;
    /** Typed text while a conflict waits for a button. */
    pendingHint: string;
    backToWaarborg: string;
    /** Next steps after a save: the next item without a chosen text, the draft, the check when all are chosen. */
    nextItem: (label: string) => string;
    toOverview: string;
    toCheck: string;
  };
  /** `dossiercheck` / `check` and the appendix of the working .docx. */
  dossierCheck: DossierCheckTexts;
  errors: {
    notCoordinator: string;
    unknownWaarborg: (given: string) => string;
    itemUsage: string;
    unknownItem: (waarborg: string, count: number, given: string) => string;
  };
  download: {
    prompt: string;
    /** The three buttons: the clean Word file, the working Word file, Markdown. */
    button: { clean: string; working: string; md: string };
    unknownFormat: (given: string) => string;
    /** `document`: the document's name for this review type (Kritische reflectie). */
    ready: (format: DraftFormat, variant: DraftVariant, document: string) => string;
    /** Under the clean file: how to get the other versions. */
    others: string;
  };
  /** Adapter chrome for a file reply (a link in Teams, an upload in Slack). */
  delivery: {
    link: (name: string) => string;
    linkValid: (hours: number) => string;
    sentToDm: string;
    failed: string;
  };
  document: {
    title: Record<ReviewType, string>;
    /** Start of the file name, without date or extension. */
    fileBase: Record<ReviewType, string>;
    /** Added to the file name of the working version. */
    workingSuffix: string;
    /** Under the title of the working version: what it is, and not to send it. */
    workingMark: string;
    partnership: string;
    region: string;
    sectors: string;
    sectorNames: Record<Sector, string>;
    review: string;
    reviewType: Record<ReviewType, string>;
    visitDate: string;
    noVisitDate: string;
    /** The date of this version. */
    date: string;
    readingGuideHeading: string;
    /** The reading guide's paragraphs. */
    readingGuide: (guide: { title: string; partnership: string; reviewType: ReviewType; wordLimit: number; vraagstukken: boolean }) => string[];
    tocHeading: string;
    /** The footer: "Kritische reflectie · Samen Opleiden Utrecht · pagina " before the page number. */
    footer: (title: string, partnership: string) => string;
    /** The author of the working version's comments. */
    commentAuthor: string;
    /** Language tag of the document (w:lang). */
    language: string;
    formatDate: (isoDate: string) => string;
    waarborgHeading: (number: number, name: string) => string;
    statusLine: (status: string) => string;
    source: (document: SourceDocument, section: string) => string;
    notChosen: (contributions: number) => string;
    empty: string;
  };
}
