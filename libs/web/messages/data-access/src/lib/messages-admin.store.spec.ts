import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UndeliveredMessageView } from '@beside/shared/contracts';
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
  let sut: MessagesAdminStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [MessagesAdminStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(MessagesAdminStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should load what was not delivered', async () => {
    const loading = sut.loadUndelivered();
    backend.expectOne('/api/messages/undelivered').flush([failed]);
    expect(await loading).toBe(true);
    expect(sut.undelivered()).toEqual([failed]);
  });

  it('should send a failed message again and read the list afresh', async () => {
    const retrying = sut.retry('m1');
    const req = backend.expectOne('/api/messages/m1/retry');
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    backend.expectOne('/api/messages/undelivered').flush([]);
    expect((await retrying).ok).toBe(true);
    expect(sut.undelivered()).toEqual([]);
  });

  it('should say why the development inbox cannot be read (404 elsewhere)', async () => {
    const loading = sut.loadSent();
    backend
      .expectOne('/api/development/sent-messages')
      .flush({ statusCode: 404, message: 'There is no development inbox' }, { status: 404, statusText: 'Not Found' });
    expect(await loading).toBe(false);
    expect(sut.problem()).toContain('There is no development inbox');
    expect(sut.sent()).toBeNull();
  });
});

describe('DevelopmentInbox', () => {
  it('should ask the status once and say whether the inbox is there', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const inbox = TestBed.inject(DevelopmentInbox);
    const backend = TestBed.inject(HttpTestingController);
    const first = inbox.present();
    const second = inbox.present();
    backend.expectOne('/api/status').flush({ status: 'ok', time: '2026-12-01T09:00:00Z', developmentInbox: true });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    backend.verify();
  });
});
