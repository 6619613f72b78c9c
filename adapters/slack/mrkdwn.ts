// The core's light markdown as Slack mrkdwn. Slack reads <, > and & as control
// characters (links, @channel), so every text is escaped before anything else:
// a person's own words echoed back can never ping a channel.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack escapes &, < and > in what people type; the core wants their words as typed. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** `**bold**` → `*bold*`, "- " list lines → "• "; _italic_ and `code` are already mrkdwn. */
export function toMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^(\s*)- /gm, '$1• ');
}

/** Cuts to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Splits a text into pieces of at most `max` characters, preferring paragraph,
 * then line, then word boundaries, and never cutting an escape like `&amp;`.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = boundary(rest, max);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

function boundary(text: string, max: number): number {
  // A boundary in the first half would make a tiny piece; look for a later one first.
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, max);
    if (at >= max / 2) return at;
  }
  for (const separator of ['\n', ' ']) {
    const at = text.lastIndexOf(separator, max);
    if (at > 0) return at;
  }
  let cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp > 0 && cut - amp < 6 && !text.slice(amp, cut).includes(';')) cut = amp;
  // Keep surrogate pairs (emoji) whole.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
