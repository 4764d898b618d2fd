import type { ApiProblem } from '@beside/web/core';

/** Why a document of hers was not kept, in plain words, and whether sending it again could help. */
export interface UploadProblem {
  message: string;
  /** The field it is about, when it is one. */
  field: 'file' | 'description' | null;
  /** Storage or the connection failed: the same upload may be sent again (with the same Idempotency-Key). */
  retry: boolean;
}

export const UPLOAD_WORDS = {
  tooLarge: 'This file is too big to send. Try a smaller photo or file, or ask your advocate for help.',
  wrongType: 'We can only take a PDF, a photo (such as JPEG or PNG), a Word document or a plain text file.',
  harmful: 'Our virus check found a problem with this file, so we did not keep it. If you think it is safe, tell your advocate.',
  noFile: 'Choose a file to send. It cannot be empty.',
  storageDown: 'We could not store your file just now. Nothing was saved. Please try again.',
} as const;

export function uploadProblem(problem: ApiProblem): UploadProblem {
  switch (problem.status) {
    case 413:
      return { message: UPLOAD_WORDS.tooLarge, field: 'file', retry: false };
    case 422:
      return { message: UPLOAD_WORDS.harmful, field: 'file', retry: false };
    case 0:
      return { message: problem.messages.join(' '), field: null, retry: true };
    case 400: {
      const about = problem.messages.find((m) => /^description\b/i.test(m));
      if (about) return { message: 'Say in a few words what this is (up to 200 characters).', field: 'description', retry: false };
      if (problem.messages.some((m) => /choose a file/i.test(m))) return { message: UPLOAD_WORDS.noFile, field: 'file', retry: false };
      if (problem.messages.some((m) => /^file\b/i.test(m))) return { message: UPLOAD_WORDS.wrongType, field: 'file', retry: false };
      return { message: problem.messages.join(' '), field: null, retry: false };
    }
    default:
      if (problem.status >= 500) return { message: UPLOAD_WORDS.storageDown, field: null, retry: true };
      return { message: problem.messages.join(' '), field: null, retry: false };
  }
}
