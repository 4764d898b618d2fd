import { letterBlocks } from './letter-blocks';

describe('letterBlocks', () => {
  it('should turn a letter into headings, paragraphs and lists of plain words', () => {
    expect(letterBlocks('7 December 2026\n\nDear Sir,\nthank you\n\n## Complaint\n\n**What I want:** an apology\n\n- one\n- *two*\n\nYours')).toEqual([
      { kind: 'paragraph', text: '7 December 2026' },
      { kind: 'paragraph', text: 'Dear Sir,\nthank you' },
      { kind: 'heading', text: 'Complaint' },
      { kind: 'paragraph', text: 'What I want: an apology' },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'paragraph', text: 'Yours' },
    ]);
  });

  it('should keep markup as words, never as HTML', () => {
    expect(letterBlocks('<script>alert(1)</script> [the trust](https://example.org)')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script> the trust' },
    ]);
  });
});
