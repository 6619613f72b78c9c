// Reads a .docx back for tests: unzips it and parses word/document.xml into its
// paragraphs (style id and text), the way Word would show them, with each
// paragraph's XML beside it and the other parts a check may need.
import JSZip from 'jszip';

export interface DocxParagraph {
  style: string;
  text: string;
}

export interface ReadDocx {
  paragraphs: DocxParagraph[];
  /** The XML of each paragraph, in the same order (page breaks, bookmarks, comment references). */
  raw: string[];
  styles: string;
  sectionBreaks: number[];
  document: string;
  settings: string;
  footers: string[];
  /** The text of each Word comment (its paragraphs joined with newlines); empty without word/comments.xml. */
  comments: string[];
}

export async function readDocx(data: Buffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
  const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((file) => file.async('string')));
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  const paragraphs: DocxParagraph[] = [];
  const raw: string[] = [];
  const sectionBreaks: number[] = [];
  for (const match of body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const inner = match[1] ?? match[2] ?? '';
    if (inner.includes('<w:sectPr')) sectionBreaks.push(paragraphs.length);
    paragraphs.push({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? '', text: textOf(inner) });
    raw.push(inner);
  }
  const comments = [...commentsXml.matchAll(/<w:comment [^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1] ?? '')).join('\n'),
  );
  return { paragraphs, raw, styles, sectionBreaks, document: xml, settings, footers, comments };
}

/** Text runs, with a line break where Word shows one. */
function textOf(inner: string): string {
  return [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? ''))).join('');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
