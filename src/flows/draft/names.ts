// The draft flow's name, its button actions, and how buttons and the edit form
// carry what they act on. Buttons carry everything they need, so an old
// message still works after a restart; the edit form's id carries the version
// the editor started from, so a late or repeated save is caught as a conflict.
export const FLOW = 'draft';

export const ACTIONS = {
  show: `${FLOW}.show`,
  choose: `${FLOW}.choose`,
  use: `${FLOW}.use`,
  edit: `${FLOW}.edit`,
  keepTheirs: `${FLOW}.keep-theirs`,
  keepMine: `${FLOW}.keep-mine`,
  editMine: `${FLOW}.edit-mine`,
  download: `${FLOW}.download`,
} as const;

const SAVE_FORM = `${FLOW}.save`;
const NONE = '-';

/** The text field of the edit form. */
export const TEXT_FIELD = 'text';

export interface ItemAction {
  itemId: string;
  contributionId: string | null;
  /** The draft entry's version when the button was made; null when there was none. */
  version: number | null;
}

/** `itemId|contributionId|version`: ids never hold a "|". */
export function itemActionValue({ itemId, contributionId, version }: ItemAction): string {
  return [itemId, contributionId ?? NONE, version ?? NONE].join('|');
}

export function parseItemAction(value: string): ItemAction | undefined {
  const [itemId, contributionId, version, ...rest] = value.split('|');
  if (!itemId || contributionId === undefined || version === undefined || rest.length > 0) return undefined;
  const parsedVersion = parseVersion(version);
  if (parsedVersion === undefined) return undefined;
  return { itemId, contributionId: contributionId === NONE ? null : contributionId, version: parsedVersion };
}

export function saveFormId(action: ItemAction): string {
  return `${SAVE_FORM}|${itemActionValue(action)}`;
}

export function parseSaveFormId(form: string): ItemAction | undefined {
  return form.startsWith(`${SAVE_FORM}|`) ? parseItemAction(form.slice(SAVE_FORM.length + 1)) : undefined;
}

function parseVersion(text: string): number | null | undefined {
  if (text === NONE) return null;
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}
