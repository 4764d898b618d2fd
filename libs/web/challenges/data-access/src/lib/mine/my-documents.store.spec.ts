import { HttpEventType } from '@angular/common/http';
import type { DocumentView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { MyDocumentsStore } from './my-documents.store';

function document(overrides: Partial<DocumentView> = {}): DocumentView {
  return {
    id: 'd1',
    journeyId: 'j1',
    challengeId: null,
    description: 'Letter from the trust',
    sizeBytes: 2048,
    visibility: 'shared',
    scan: 'clean',
    byHer: true,
    uploadedBy: null,
    createdAt: '2027-03-01T10:00:00Z',
    deletedAt: null,
    deleteReason: null,
    ...overrides,
  };
}

describe('MyDocumentsStore', () => {
  const spec = storeSpec(MyDocumentsStore);
  const file = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });

  it('should list her documents, leaving out any deleted', async () => {
    await spec.answer(spec.sut.load(), '/api/my/documents', [document(), document({ id: 'gone', deletedAt: '2027-03-02T10:00:00Z' })]);
    expect(spec.sut.documents().map((d) => d.id)).toEqual(['d1']);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should send the file with her words and challenge as multipart, with its key, show progress, and add the answer first', async () => {
    const sending = spec.sut.upload({ file, description: 'Letter from the trust', challengeId: 'c1' }, 'key-1');
    const req = spec.backend.expectOne('/api/my/documents');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    const form = req.request.body as FormData;
    expect(form.get('description')).toBe('Letter from the trust');
    expect(form.get('challengeId')).toBe('c1');
    expect((form.get('file') as File).name).toBe('photo.png');
    req.event({ type: HttpEventType.UploadProgress, loaded: 2, total: 4 });
    expect(spec.sut.progress()).toBe(50);
    expect(spec.sut.sending()).toBe(true);
    req.flush(document({ id: 'new', challengeId: 'c1' }));
    const result = await sending;
    expect(result.ok).toBe(true);
    expect(spec.sut.progress()).toBeNull();
    expect(spec.sut.documents()[0].id).toBe('new');
    expect(spec.sut.forChallenge('c1').map((d) => d.id)).toEqual(['new']);
  });

  it('should leave out a challenge she did not choose, and keep nothing when storage is down', async () => {
    const sending = spec.sut.upload({ file, description: 'Photo', challengeId: null });
    const req = spec.backend.expectOne('/api/my/documents');
    expect((req.request.body as FormData).has('challengeId')).toBe(false);
    req.flush({ statusCode: 503, message: 'Storage unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    const result = await sending;
    expect(result.ok ? 0 : result.problem.status).toBe(503);
    expect(spec.sut.documents()).toEqual([]);
    expect(spec.sut.progress()).toBeNull();
  });

  it('should say a held document is waiting for its virus check', async () => {
    const downloading = spec.sut.download(document({ scan: 'held' }));
    const message = 'This document is waiting for a virus scan before anyone can open it. Try again later.';
    spec.backend.expectOne('/api/my/documents/d1/file').flush(new Blob([JSON.stringify({ statusCode: 409, message })]), { status: 409, statusText: 'Conflict' });
    const file = await downloading;
    expect(file).toEqual({ ok: false, message: 'This document is waiting for a virus check before anyone can open it. Please try again later.' });
  });
});
