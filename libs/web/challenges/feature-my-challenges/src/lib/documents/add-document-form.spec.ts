import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { DocumentView } from '@beside/shared/contracts';
import { MyDocumentsStore } from '@beside/web/challenges/data-access';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { AddDocumentForm } from './add-document-form';

const SAVED: DocumentView = {
  id: 'd1',
  journeyId: 'j1',
  challengeId: null,
  description: 'Letter from the trust',
  sizeBytes: 4,
  visibility: 'shared',
  scan: 'not_scanned',
  byHer: true,
  uploadedBy: null,
  createdAt: '2027-03-01T10:00:00Z',
  deletedAt: null,
  deleteReason: null,
};

describe('AddDocumentForm', () => {
  const api = apiSpec(MyDocumentsStore);
  let fixture: ComponentFixture<AddDocumentForm>;
  const page = pageOf(() => fixture);
  const fileInput = () => page.el().querySelector('#my-document-file') as HTMLInputElement;

  function chooseFile(): void {
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });
    Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
    fileInput().dispatchEvent(new Event('change'));
  }

  async function send(): Promise<void> {
    (page.el().querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await page.settle(2);
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(AddDocumentForm);
    await page.settle();
  });

  it('should offer the camera and files of the kinds taken, described by its hint', () => {
    expect(fileInput().getAttribute('accept')).toBe('image/*,application/pdf,.docx,text/plain');
    expect(fileInput().getAttribute('aria-describedby')).toBe('my-document-file-hint');
  });

  it('should ask for a file and her words before sending anything, each error beside its field', async () => {
    await send();
    api.backend.expectNone('/api/my/documents');
    expect(page.text()).toContain('Choose the file to send, or take a photo');
    expect(page.text()).toContain('Say in a few words what this is');
    expect(fileInput().getAttribute('aria-describedby')).toBe('my-document-file-hint my-document-file-error');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
  });

  it('should say plainly when the file is too big, beside the file', async () => {
    chooseFile();
    page.type('#my-document-description', 'Letter from the trust');
    await send();
    api.backend.expectOne('/api/my/documents').flush({ statusCode: 413, message: 'File too large' }, { status: 413, statusText: 'Payload Too Large' });
    await page.settle(3);
    expect(page.el().querySelector('#my-document-file-error')?.textContent).toContain('This file is too big to send.');
    expect(page.button('Try again')).toBeUndefined();
  });

  it('should offer to try again when storage is down, sending the same Idempotency-Key, then clear the form', async () => {
    chooseFile();
    page.type('#my-document-description', 'Letter from the trust');
    await send();
    const first = api.backend.expectOne('/api/my/documents');
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toBeTruthy();
    first.flush({ statusCode: 503, message: 'Storage unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await page.settle(3);
    expect(page.text()).toContain('We could not store your file just now. Nothing was saved.');
    page.button('Try again').click();
    await page.settle(2);
    const again = api.backend.expectOne('/api/my/documents');
    expect(again.request.headers.get('Idempotency-Key')).toBe(key);
    again.flush(SAVED);
    await page.settle(3);
    expect(page.text()).toContain('Sent. “Letter from the trust” is in your documents');
    expect((page.el().querySelector('#my-document-description') as HTMLInputElement).value).toBe('');
    expect(page.text()).not.toContain('Say in a few words what this is');
  });
});
