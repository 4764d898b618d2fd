import { HttpHeaders } from '@angular/common/http';
import { storeSpec } from '@beside/web/core/testing';
import { exampleDocument } from './examples.testing';
import { JourneyDocumentsStore } from './journey-documents.store';

const DOC = exampleDocument();

describe('JourneyDocumentsStore', () => {
  const spec = storeSpec(JourneyDocumentsStore);

  async function load(list = [DOC]): Promise<void> {
    const loading = spec.sut.load('j1');
    spec.backend.expectOne('/api/journeys/j1/documents').flush(list);
    await loading;
  }

  it('should upload the file and its fields as multipart with the Idempotency-Key, and list it first', async () => {
    await load();
    const file = new File(['png'], 'photo.png', { type: 'image/png' });
    const uploading = spec.sut.upload(file, { description: 'Photo', visibility: 'staff', challengeId: 'c1' }, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/documents');
    const form = req.request.body as FormData;
    expect(form.get('description')).toBe('Photo');
    expect(form.get('visibility')).toBe('staff');
    expect(form.get('challengeId')).toBe('c1');
    expect((form.get('file') as File).name).toBe('photo.png');
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush({ ...DOC, id: 'd2', description: 'Photo' }, { status: 201, statusText: 'Created' });
    await uploading;
    expect(spec.sut.documents().map((d) => d.id)).toEqual(['d2', 'd1']);
  });

  it('should keep nothing new when storage is down (503), so the same key can be sent again', async () => {
    await load([]);
    const uploading = spec.sut.upload(new File(['x'], 'a.txt'), { description: 'A' }, 'key-1');
    spec.backend
      .expectOne('/api/journeys/j1/documents')
      .flush({ statusCode: 503, message: 'File storage could not be reached' }, { status: 503, statusText: 'Service Unavailable' });
    const result = await uploading;
    expect(!result.ok && result.problem.status).toBe(503);
    expect(spec.sut.documents()).toEqual([]);
  });

  it('should delete with the reason in the body and keep the record with it', async () => {
    await load();
    const removing = spec.sut.remove(DOC, 'Uploaded by mistake');
    const req = spec.backend.expectOne('/api/documents/d1');
    expect(req.request.method).toBe('DELETE');
    expect(req.request.body).toEqual({ reason: 'Uploaded by mistake' });
    req.flush({ ...DOC, deletedAt: '2026-12-07T11:00:00Z', deleteReason: 'Uploaded by mistake' });
    await removing;
    expect(spec.sut.documents()[0].deleteReason).toBe('Uploaded by mistake');
  });

  it('should download the file under the name the API gives it', async () => {
    await load();
    const downloading = spec.sut.download(DOC);
    spec.backend
      .expectOne('/api/documents/d1/file')
      .flush(new Blob(['png']), { headers: new HttpHeaders({ 'Content-Disposition': 'attachment; filename="document-2026-12-07.png"' }) });
    const file = await downloading;
    expect(file.ok && file.value.filename).toBe('document-2026-12-07.png');
  });
});
