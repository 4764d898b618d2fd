import { TestBed } from '@angular/core/testing';
import type { UndeliveredMessageView } from '@beside/shared/contracts';
import { fakeApi, storeSpec } from '@beside/web/core/testing';
import { DevelopmentInbox, MessagesAdminStore } from './messages-admin.store';

const failed: UndeliveredMessageView = {
  id: 'm1',
  purpose: 'invitation',
  channel: 'email',
  status: 'failed',
  attempts: 5,
  reason: 'The mail server refused the address',
  toWoman: true,
  createdAt: '2026-12-01T09:00:00Z',
  lastAttemptAt: '2026-12-01T10:00:00Z',
};

describe('MessagesAdminStore', () => {
  const spec = storeSpec(MessagesAdminStore);

  it('should load what was not delivered', async () => {
    expect(await spec.answer(spec.sut.loadUndelivered(), '/api/messages/undelivered', [failed])).toBe(true);
    expect(spec.sut.undelivered()).toEqual([failed]);
  });

  it('should send a failed message again and read the list afresh', async () => {
    const retrying = spec.sut.retry('m1');
    const req = spec.backend.expectOne('/api/messages/m1/retry');
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    spec.backend.expectOne('/api/messages/undelivered').flush([]);
    expect((await retrying).ok).toBe(true);
    expect(spec.sut.undelivered()).toEqual([]);
  });

  it('should say why the development inbox cannot be read (404 elsewhere)', async () => {
    expect(await spec.refuse(spec.sut.loadSent(), '/api/development/sent-messages', 404, 'There is no development inbox')).toBe(false);
    expect(spec.sut.problem()).toContain('There is no development inbox');
    expect(spec.sut.sent()).toBeNull();
  });
});

describe('DevelopmentInbox', () => {
  it('should ask the status once and say whether the inbox is there', async () => {
    const backend = fakeApi();
    const inbox = TestBed.inject(DevelopmentInbox);
    const first = inbox.present();
    const second = inbox.present();
    backend.expectOne('/api/status').flush({ status: 'ok', time: '2026-12-01T09:00:00Z', developmentInbox: true });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    backend.verify();
  });
});
