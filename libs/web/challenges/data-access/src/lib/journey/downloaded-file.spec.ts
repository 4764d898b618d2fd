import { attachmentName } from './downloaded-file';

describe('attachmentName', () => {
  it('should take the quoted file name of an attachment', () => {
    expect(attachmentName('attachment; filename="letter-2026-12-07.pdf"', 'letter.pdf')).toBe('letter-2026-12-07.pdf');
  });

  it('should prefer the encoded name when both are given', () => {
    expect(attachmentName(`attachment; filename="a.pdf"; filename*=UTF-8''letter%20one.pdf`, 'x')).toBe('letter one.pdf');
  });

  it('should fall back when there is no header, no name, or a path', () => {
    expect(attachmentName(null, 'letter.pdf')).toBe('letter.pdf');
    expect(attachmentName('attachment', 'letter.pdf')).toBe('letter.pdf');
    expect(attachmentName('attachment; filename="../../etc/passwd"', 'document')).toBe('document');
  });
});
