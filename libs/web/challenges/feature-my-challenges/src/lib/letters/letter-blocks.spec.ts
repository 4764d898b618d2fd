import { letterBlocks } from './letter-blocks';

describe('letterBlocks', () => {
  it('should read headings, paragraphs, lists and emphasis as the PDF does', () => {
    const blocks = letterBlocks('## Complaint\n\nMy name is **Nia** and *this* matters.\n\n- one\n- two\n\n1. first');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Complaint', bold: false, italics: false }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'My name is ', bold: false, italics: false },
          { text: 'Nia', bold: true, italics: false },
          { text: ' and ', bold: false, italics: false },
          { text: 'this', bold: false, italics: true },
          { text: ' matters.', bold: false, italics: false },
        ],
      },
      { kind: 'list', ordered: false, items: [[{ text: 'one', bold: false, italics: false }], [{ text: 'two', bold: false, italics: false }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'first', bold: false, italics: false }]] },
    ]);
  });

  it('should keep raw HTML as plain text, never as markup', () => {
    const blocks = letterBlocks('<img src=x onerror="alert(1)">\n\nA & B <b>bold</b>');
    const text = blocks.flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.runs)).map((r) => r.text).join('|');
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(text).toContain('A & B');
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});
