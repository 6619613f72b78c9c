// Reads a .docx back for tests: unzips it and parses word/document.xml into its
// paragraphs (style id and text), the way Word would show them.
import JSZip from 'jszip';

export interface DocxParagraph {
  style: string;
  text: string;
}

export async function readDocx(data: Buffer): Promise<{ paragraphs: DocxParagraph[]; styles: string; sectionBreaks: number[] }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  const paragraphs: DocxParagraph[] = [];
  const sectionBreaks: number[] = [];
  for (const match of body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const inner = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? '';
    // Text runs, with a line break where Word shows one.
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? ''))).join('');
    if (inner.includes('<w:sectPr')) sectionBreaks.push(paragraphs.length);
    paragraphs.push({ style, text });
  }
  return { paragraphs, styles, sectionBreaks };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
