import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ApiProblem } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { JourneyDocumentsStore } from '@beside/web/challenges/data-access';
import { UploadDocumentForm, uploadProblem } from './upload-document-form';

const problem = (status: number, messages: string[]): ApiProblem => ({ status, messages, requestId: null, retryAfterSeconds: null });

describe('uploadProblem', () => {
  it('should say a file is too large in words, on the file field', () => {
    expect(uploadProblem(problem(413, ['Payload Too Large'])).messages[0]).toMatch(/^file: This file is larger than your organisation allows/);
  });

  it('should offer trying again when storage was down or no answer came', () => {
    expect(uploadProblem(problem(503, ['x'])).messages[0]).toContain('Try again');
    expect(uploadProblem(problem(0, ['x'])).messages[0]).toContain('Try again');
  });

  it('should keep the API words for a refused type or a failed scan', () => {
    expect(uploadProblem(problem(400, ['file must be a PDF, a photo…'])).messages).toEqual(['file must be a PDF, a photo…']);
    expect(uploadProblem(problem(422, ['The virus scanner found something harmful'])).messages).toEqual(['The virus scanner found something harmful']);
  });
});

describe('UploadDocumentForm', () => {
  let fixture: ComponentFixture<UploadDocumentForm>;
  const api = apiSpec(JourneyDocumentsStore);
  const page = pageOf(() => fixture);

  beforeEach(async () => {
    const store = TestBed.inject(JourneyDocumentsStore);
    const loading = store.load('j1');
    api.backend.expectOne('/api/journeys/j1/documents').flush([]);
    await loading;
    fixture = TestBed.createComponent(UploadDocumentForm);
    fixture.componentRef.setInput('fixedChallengeId', 'c1');
    fixture.detectChanges();
  });

  function choose(file: File): void {
    const input = page.el().querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('should ask for a file and a description before sending anything', async () => {
    page.button('Upload the document').click();
    await page.settle();
    expect(page.text()).toContain('Choose a file to upload');
    expect(page.text()).toContain('Say what the document is');
    api.backend.expectNone('/api/journeys/j1/documents');
  });

  it('should send again with the same Idempotency-Key after storage was down, saying "Try again"', async () => {
    choose(new File(['png'], 'photo.png', { type: 'image/png' }));
    page.type('#document-description', 'Letter from the trust');
    page.button('Upload the document').click();
    await page.settle();
    const first = api.backend.expectOne('/api/journeys/j1/documents');
    expect((first.request.body as FormData).get('challengeId')).toBe('c1');
    const key = first.request.headers.get('Idempotency-Key');
    first.flush({ statusCode: 503, message: 'File storage could not be reached' }, { status: 503, statusText: 'Service Unavailable' });
    await page.settle(2);
    expect(page.text()).toContain('File storage could not be reached, so nothing was saved.');
    page.button('Try again').click();
    await page.settle();
    const again = api.backend.expectOne('/api/journeys/j1/documents');
    expect(again.request.headers.get('Idempotency-Key')).toBe(key);
    again.flush({ id: 'd1' }, { status: 201, statusText: 'Created' });
    await page.settle(2);
  });
});
