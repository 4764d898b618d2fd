import { HttpHeaders } from '@angular/common/http';
import { storeSpec, tick } from '@beside/web/core/testing';
import { ChallengeLettersStore } from './challenge-letters.store';
import { exampleLetter } from './examples.testing';

const LETTER = exampleLetter();

describe('ChallengeLettersStore', () => {
  const spec = storeSpec(ChallengeLettersStore);

  async function load(): Promise<void> {
    const loading = spec.sut.load('c1');
    spec.backend.expectOne('/api/challenges/c1/letters').flush([LETTER]);
    spec.backend.expectOne('/api/letter-templates').flush([
      { key: 'nhs_complaint', name: 'NHS complaint', challengeTypeKey: 'nhs_complaint', stageKey: 'complaint', title: 'Complaint', body: '', shipped: true, changed: false, archived: false },
      { key: 'gone', name: 'Gone', challengeTypeKey: null, stageKey: null, title: 'x', body: '', shipped: false, changed: true, archived: true },
    ]);
    await loading;
  }

  it('should load the letters and the templates still in use', async () => {
    await load();
    expect(spec.sut.letters()).toEqual([LETTER]);
    expect(spec.sut.templates().map((t) => t.key)).toEqual(['nhs_complaint']);
  });

  it('should draft from a template with the Idempotency-Key, and show the 400 naming a missing merge field', async () => {
    await load();
    const drafting = spec.sut.draft('nhs_complaint', 'key-1');
    const req = spec.backend.expectOne('/api/challenges/c1/letters');
    expect(req.request.body).toEqual({ templateKey: 'nhs_complaint' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush({ ...LETTER, id: 'l2' }, { status: 201, statusText: 'Created' });
    await drafting;
    expect(spec.sut.letters().map((l) => l.id)).toEqual(['l1', 'l2']);

    const missing = 'this letter needs her date of birth ({{her.dateOfBirth}}), which this challenge does not have yet: add it, or choose another template';
    const refused = await spec.refuse(spec.sut.draft('nhs_complaint'), '/api/challenges/c1/letters', 400, [missing]);
    expect(!refused.ok && refused.problem.messages).toEqual([missing]);
  });

  it('should save, share and record as sent with the version it holds', async () => {
    await load();
    const saving = spec.sut.save(LETTER, { title: 'New', body: 'Words' });
    const patch = spec.backend.expectOne('/api/letters/l1');
    expect(patch.request.body).toEqual({ version: 1, title: 'New', body: 'Words' });
    patch.flush({ ...LETTER, title: 'New', version: 2 });
    await saving;
    const sharing = spec.sut.share(spec.sut.letters()[0]);
    const share = spec.backend.expectOne('/api/letters/l1/share');
    expect(share.request.body).toEqual({ version: 2 });
    share.flush({ ...LETTER, status: 'shared', version: 3 }, { status: 201, statusText: 'Created' });
    await sharing;
    const sending = spec.sut.sent(spec.sut.letters()[0], '2026-12-07');
    const sent = spec.backend.expectOne('/api/letters/l1/sent');
    expect(sent.request.body).toEqual({ version: 3, on: '2026-12-07' });
    sent.flush({ ...LETTER, status: 'sent', sentOn: '2026-12-07', version: 4 }, { status: 201, statusText: 'Created' });
    await sending;
    expect(spec.sut.letters()[0].status).toBe('sent');
  });

  it('should put the letter as it is now when it was sent meanwhile (409)', async () => {
    await load();
    const sharing = spec.sut.share(LETTER);
    const now = { ...LETTER, status: 'sent' as const, version: 5 };
    spec.backend.expectOne('/api/letters/l1/share').flush({ statusCode: 409, message: 'This letter has been sent.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect((await sharing).ok).toBe(false);
    expect(spec.sut.letters()[0]).toEqual(now);
  });

  it('should download a version as a file named as the API names it, and read a refusal sent as a blob', async () => {
    await load();
    const downloading = spec.sut.download(LETTER, 'pdf', 1);
    spec.backend
      .expectOne('/api/letters/l1/pdf?version=1')
      .flush(new Blob(['%PDF-1.7']), { headers: new HttpHeaders({ 'Content-Disposition': 'attachment; filename="letter-2026-12-07.pdf"' }) });
    const file = await downloading;
    expect(file.ok && file.value.filename).toBe('letter-2026-12-07.pdf');

    const refused = spec.sut.download(LETTER, 'docx', 9);
    spec.backend
      .expectOne('/api/letters/l1/docx?version=9')
      .flush(new Blob([JSON.stringify({ statusCode: 400, message: ["version must be one of this letter's versions (1 to 1)"] })]), { status: 400, statusText: 'Bad Request' });
    const answer = await refused;
    expect(!answer.ok && answer.problem.messages).toEqual(["version must be one of this letter's versions (1 to 1)"]);
  });
});
