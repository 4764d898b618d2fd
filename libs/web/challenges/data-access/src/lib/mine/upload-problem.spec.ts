import type { ApiProblem } from '@beside/web/core';
import { uploadProblem, UPLOAD_WORDS } from './upload-problem';

const problem = (status: number, messages: string[] = ['x']): ApiProblem => ({ status, messages, requestId: null, retryAfterSeconds: null });

describe('uploadProblem', () => {
  it('should say a file is too big, of a type not taken, or refused by the virus check, about the file, with no retry', () => {
    expect(uploadProblem(problem(413, ['File too large']))).toEqual({ message: UPLOAD_WORDS.tooLarge, field: 'file', retry: false });
    expect(uploadProblem(problem(400, ['file must be a PDF, a photo …; this one is application/zip']))).toEqual({ message: UPLOAD_WORDS.wrongType, field: 'file', retry: false });
    expect(uploadProblem(problem(400, ['file: choose a file to upload (it must not be empty)']))).toEqual({ message: UPLOAD_WORDS.noFile, field: 'file', retry: false });
    expect(uploadProblem(problem(422, ['The virus scanner found something harmful']))).toEqual({ message: UPLOAD_WORDS.harmful, field: 'file', retry: false });
  });

  it('should put a problem with her words on the description', () => {
    expect(uploadProblem(problem(400, ['description must be shorter than or equal to 200 characters'])).field).toBe('description');
  });

  it('should offer to try again when storage or the connection failed', () => {
    expect(uploadProblem(problem(503))).toEqual({ message: UPLOAD_WORDS.storageDown, field: null, retry: true });
    expect(uploadProblem(problem(0, ['We could not reach Beside.']))).toEqual({ message: 'We could not reach Beside.', field: null, retry: true });
  });
});
