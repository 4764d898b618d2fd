import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConversationMessageView, ConversationView } from '@beside/shared/contracts';
import { ConversationStore } from './conversation.store';
import { UnreadConversationsStore } from './unread-conversations.store';

function message(overrides: Partial<ConversationMessageView> = {}): ConversationMessageView {
  return {
    id: 'm1',
    journeyId: 'j1',
    authorName: 'Asha',
    authorRole: 'advocate',
    mine: false,
    body: 'Hello',
    sentAt: '2026-03-02T10:00:00Z',
    editedAt: null,
    earlierVersions: [],
    editableUntil: null,
    version: 1,
    ...overrides,
  };
}

function view(overrides: Partial<ConversationView> = {}): ConversationView {
  return { journeyId: 'j1', messages: [message()], olderCursor: null, unread: 0, canSend: true, alertProblem: null, ...overrides };
}

describe('ConversationStore', () => {
  let sut: ConversationStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ConversationStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(ConversationStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function loadStaff(answer = view()): Promise<void> {
    const loading = sut.load({ audience: 'staff', journeyId: 'j1' });
    backend.expectOne('/api/journeys/j1/conversation').flush(answer);
    await loading;
  }

  it('should load the newest page of a journey for staff', async () => {
    await loadStaff(view({ canSend: false }));
    expect(sut.messages().map((m) => m.id)).toEqual(['m1']);
    expect(sut.canSend()).toBe(false);
    expect(sut.hasOlder()).toBe(false);
  });

  it('should load her own conversation from her portal, naming no journey unless asked', async () => {
    const loading = sut.load({ audience: 'her' });
    const req = backend.expectOne((r) => r.url === '/api/my/conversation');
    expect(req.request.params.keys()).toEqual([]);
    req.flush(view());
    expect(await loading).toBe(true);
  });

  it('should put earlier messages before the ones shown, and stop when there are no more', async () => {
    await loadStaff(view({ olderCursor: 'c1' }));
    const older = sut.loadOlder();
    const req = backend.expectOne((r) => r.url === '/api/journeys/j1/conversation');
    expect(req.request.params.get('cursor')).toBe('c1');
    req.flush(view({ messages: [message({ id: 'm0' })], olderCursor: null }));
    await older;
    expect(sut.messages().map((m) => m.id)).toEqual(['m0', 'm1']);
    expect(sut.hasOlder()).toBe(false);
  });

  it('should keep what is shown and say why when earlier messages fail to load', async () => {
    await loadStaff(view({ olderCursor: 'c1' }));
    const older = sut.loadOlder();
    backend.expectOne((r) => r.url === '/api/journeys/j1/conversation').flush({ message: 'Try again' }, { status: 503, statusText: 'Unavailable' });
    await older;
    expect(sut.messages().map((m) => m.id)).toEqual(['m1']);
    expect(sut.olderProblem()).toBeTruthy();
    expect(sut.loadingOlder()).toBe(false);
  });

  it('should send with the Idempotency-Key and add the message at the end', async () => {
    await loadStaff();
    const sending = sut.send('See you Tuesday', 'key-1');
    const req = backend.expectOne('/api/journeys/j1/conversation');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ body: 'See you Tuesday' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(message({ id: 'm2', mine: true, body: 'See you Tuesday' }));
    const result = await sending;
    expect(result.ok).toBe(true);
    expect(sut.messages().map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(sut.readFrom()).toBeNull();
  });

  it('should keep when her message will be read if she sent it while the service is closed', async () => {
    const loading = sut.load({ audience: 'her' });
    backend.expectOne('/api/my/conversation').flush(view());
    await loading;
    const sending = sut.send('Are you there?', 'key-2');
    const req = backend.expectOne('/api/my/conversation');
    expect(req.request.body).toEqual({ body: 'Are you there?' });
    req.flush({ message: message({ id: 'm2', mine: true, authorRole: 'service_user' }), outsideOpeningHours: { readFrom: '2026-03-09T09:00:00Z' } });
    await sending;
    expect(sut.readFrom()).toBe('2026-03-09T09:00:00Z');
    expect(sut.messages()).toHaveLength(2);
  });

  it('should not add a message twice when a resent request answers with the same one', async () => {
    await loadStaff();
    const first = sut.send('Hi', 'k');
    backend.expectOne('/api/journeys/j1/conversation').flush(message({ id: 'm2', mine: true }));
    await first;
    const again = sut.send('Hi', 'k');
    backend.expectOne('/api/journeys/j1/conversation').flush(message({ id: 'm2', mine: true }));
    await again;
    expect(sut.messages().map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('should change a message at the version it holds and show the new words', async () => {
    await loadStaff(view({ messages: [message({ mine: true, version: 3 })] }));
    const editing = sut.edit(sut.messages()[0], 'Hello again');
    const req = backend.expectOne('/api/conversation-messages/m1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ body: 'Hello again', version: 3 });
    req.flush(message({ mine: true, body: 'Hello again', version: 4, earlierVersions: [{ body: 'Hello', replacedAt: '2026-03-02T10:01:00Z' }] }));
    expect((await editing).ok).toBe(true);
    expect(sut.messages()[0].body).toBe('Hello again');
  });

  it('should show the message as it is now after a stale version (409 with current)', async () => {
    await loadStaff(view({ messages: [message({ mine: true })] }));
    const editing = sut.edit(sut.messages()[0], 'Mine');
    backend
      .expectOne('/api/conversation-messages/m1')
      .flush({ message: 'This message was changed since you opened it.', current: message({ mine: true, body: 'Theirs', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await editing;
    expect(result.ok).toBe(false);
    expect(sut.messages()[0]).toMatchObject({ body: 'Theirs', version: 2 });
  });

  it('should change her own message through her portal route', async () => {
    const loading = sut.load({ audience: 'her' });
    backend.expectOne('/api/my/conversation').flush(view({ messages: [message({ mine: true })] }));
    await loading;
    const editing = sut.edit(sut.messages()[0], 'Changed');
    backend.expectOne('/api/my/conversation-messages/m1').flush({ message: 'A message can be changed only in the first 5 minutes after it was sent.' }, { status: 409, statusText: 'Conflict' });
    const result = await editing;
    expect(result.ok).toBe(false);
    expect(sut.messages()[0].body).toBe('Hello');
  });
});

describe('UnreadConversationsStore', () => {
  it('should count unread messages by journey and forget a journey once read', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const sut = TestBed.inject(UnreadConversationsStore);
    const backend = TestBed.inject(HttpTestingController);
    const loading = sut.load();
    backend.expectOne('/api/conversations/unread').flush([
      { journeyId: 'j1', unread: 2 },
      { journeyId: 'j2', unread: 0 },
    ]);
    await loading;
    expect(sut.count('j1')).toBe(2);
    expect(sut.count('j2')).toBe(0);
    sut.markRead('j1');
    expect(sut.count('j1')).toBe(0);
    backend.verify();
  });
});
