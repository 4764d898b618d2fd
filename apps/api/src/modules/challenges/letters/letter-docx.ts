import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Block, Run } from './letter-blocks';

const runs = (items: Run[]) => items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italics }));
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** The same letter as a Word document she or her advocate can change: plain styles, no service name. */
export function letterDocx(title: string, blocks: Block[]): Promise<Buffer> {
  const paragraphs = blocks.flatMap((b) => {
    if (b.kind === 'heading') return [new Paragraph({ heading: HEADINGS[Math.min(b.level, 3) - 1], children: runs(b.runs) })];
    if (b.kind === 'paragraph') return [new Paragraph({ children: runs(b.runs), spacing: { after: 160 } })];
    return b.items.map((item, i) =>
      b.ordered ? new Paragraph({ children: [new TextRun(`${i + 1}. `), ...runs(item)] }) : new Paragraph({ children: runs(item), bullet: { level: 0 } }),
    );
  });
  const document = new Document({ title, creator: '', description: '', sections: [{ children: paragraphs }] });
  return Packer.toBuffer(document);
}
