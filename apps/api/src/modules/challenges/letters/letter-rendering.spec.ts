import { strFromU8, unzipSync } from 'fflate';
import { BadRequestException } from '@nestjs/common';
import { letterBlocks } from './letter-blocks';
import { letterDocx } from './letter-docx';
import { letterPdf } from './letter-pdf';
import { fillTemplate, templateFields } from './merge-fields';

const LETTER = `# Complaint about my care

Dear Complaints Manager,

I am writing about **my appointments** at _North Riverside_ on 3 March 2026 & after.

- I was not listened to
- My medication was changed without asking me

Yours faithfully,
Nia Campbell — Łódź, Caerdydd, ŵ`;

/** The words of the 400 a call answers with. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof BadRequestException) return JSON.stringify(e.getResponse());
    throw e;
  }
  throw new Error('not refused');
}

describe('letters', () => {
  it('should read the Markdown a template may use as headings, paragraphs and lists with emphasis', () => {
    const blocks = letterBlocks(LETTER);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'list', 'paragraph']);
    expect(blocks[2]).toMatchObject({ runs: expect.arrayContaining([{ text: 'my appointments', bold: true, italics: false }, { text: 'North Riverside', bold: false, italics: true }]) });
    expect(JSON.stringify(blocks)).toContain('& after');
  });

  it('should make a PDF (its text is read back in the integration tests, which can load pdf.js)', async () => {
    const pdf = await letterPdf('Letter', letterBlocks(LETTER));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('should make a Word document whose text reads back', async () => {
    const docx = await letterDocx('Letter', letterBlocks(LETTER));
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
    for (const words of ['Complaint about my care', 'My medication was changed without asking me', 'ŵ']) expect(xml).toContain(words);
    expect(xml).toContain('<w:b/>');
  });

  it('should fill merge fields, and refuse an unknown field or one this challenge has no value for', () => {
    expect(fillTemplate('Dear {{ body.name }}, I am {{her.name}}.', { 'body.name': 'Riverside Council', 'her.name': 'Nia Campbell' })).toBe('Dear Riverside Council, I am Nia Campbell.');
    expect(refusal(() => templateFields('Hello {{her.shoeSize}}'))).toContain('unknown merge fields: {{her.shoeSize}}');
    expect(refusal(() => fillTemplate('Aware since {{challenge.awareOn}}', { 'challenge.awareOn': null }))).toContain('when she became aware of it ({{challenge.awareOn}})');
  });
});
