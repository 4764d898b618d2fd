import type { Block, Run } from './letter-blocks';

// pdfmake's server build (CommonJS, no types): Roboto ships with it, so the letter needs no font from the system.
const pdfmake = require('pdfmake') as {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
const ROBOTO = require('pdfmake/fonts/Roboto') as { Roboto: Record<string, string> };
pdfmake.setFonts(ROBOTO);
// A letter never fetches anything: no images or fonts from addresses, no files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => Object.values(ROBOTO.Roboto).includes(path));

const text = (runs: Run[]) => runs.map((r) => ({ text: r.text, bold: r.bold, italics: r.italics }));

/** A neutral A4 letter: plain type, no logo, no service name; the title is the document's own, never shown on the page. */
export function letterPdf(title: string, blocks: Block[]): Promise<Buffer> {
  const content = blocks.map((b) => {
    if (b.kind === 'heading') return { text: text(b.runs), fontSize: b.level === 1 ? 15 : 13, bold: true, margin: [0, 10, 0, 6] };
    if (b.kind === 'paragraph') return { text: text(b.runs), margin: [0, 0, 0, 8] };
    return { [b.ordered ? 'ol' : 'ul']: b.items.map((item) => ({ text: text(item) })), margin: [0, 0, 0, 8] };
  });
  return pdfmake
    .createPdf({ info: { title, creator: '', producer: '' }, pageSize: 'A4', pageMargins: [60, 60, 60, 60], defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 }, content })
    .getBuffer();
}
