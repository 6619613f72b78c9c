// Short quotes of what people wrote: one line, cut at a word.
const EXCERPT_LENGTH = 300;

export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  // One line, so a quoted "- " never becomes a list item of the view.
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}
