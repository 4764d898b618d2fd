import { BadRequestException } from '@nestjs/common';
// file-type 16 (the last CommonJS line, with its security fixes): later versions are ES modules only, which neither
// the API's CommonJS build nor its jest suites load.
import { fromBuffer } from 'file-type';

/** What may be uploaded, told by the content itself (file-type), never by the name or the browser's word. */
export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
};

/** Plain text: valid UTF-8 with no control characters but tabs and line ends. */
function isPlainText(content: Buffer): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  if (text.includes('\uFFFD')) return false;
  for (const byte of content) if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) return false;
  return true;
}

/** The content's type, or a 400 naming what is allowed. */
export async function documentType(content: Buffer): Promise<{ mime: string; extension: string }> {
  const found = await fromBuffer(content);
  const mime = found?.mime ?? (isPlainText(content) ? 'text/plain' : null);
  const extension = mime ? ALLOWED_TYPES[mime] : undefined;
  if (!mime || !extension) {
    throw new BadRequestException([`file must be a PDF, a photo (JPEG, PNG, GIF, WebP, HEIC), a Word document (DOCX) or plain text; this one is ${found ? found.mime : 'not one Beside can tell'}`]);
  }
  return { mime, extension };
}
