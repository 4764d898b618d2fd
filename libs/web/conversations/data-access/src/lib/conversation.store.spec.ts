import { TestBed } from '@angular/core/testing';
import { answer, conversationMessage as message, conversationView as view, fakeApi, storeSpec } from '@beside/web/core/testing';
import { ConversationStore } from './conversation.store';
import { UnreadConversationsStore } from './unread-conversations.store';

describe('ConversationStore', () => {
  const spec = storeSpec(ConversationStore);

  async function loadStaff(page = view()): Promise<void> {
    await spec.answer(spec.sut.load({ audience: 'staff', journeyId: 'j1' }), '/api/journeys/j1/conversation', page);
  }

  it('should load the newest page of a journey for staff', async () => {
    await loadStaff(view({ canSend: false }));
    expect(spec.sut.messages().map((m) => m.id)).toEqual(['m1']);
    expect(spec.sut.canSend()).toBe(false);
    expect(spec.sut.hasOlder()).toBe(false);
  });

  it('should load her own conversation from her portal, naming no journey unless asked', async () => {
    const loading = spec.sut.load({ audience: 'her' });
    const req = spec.backend.expectOne((r) => r.url === '/api/my/conversation');
    expect(req.request.params.keys()).toEqual([]);
    req.flush(view());
    expect(await loading).toBe(true);
  });

  it('should put earlier messages before the ones shown, and stop when there are no more', async () => {
    await loadStaff(view({ olderCursor: 'c1' }));
    const older = spec.sut.loadOlder();
    const req = spec.backend.expectOne((r) => r.url === '/api/journeys/j1/conversation');
    expect(req.request.params.get('cursor')).toBe('c1');
    req.flush(view({ messages: [message({ id: 'm0' })], olderCursor: null }));
    await older;
    expect(spec.sut.messages().map((m) => m.id)).toEqual(['m0', 'm1']);
    expect(spec.sut.hasOlder()).toBe(false);
  });

  it('should keep what is shown and say why when earlier messages fail to load', async () => {
    await loadStaff(view({ olderCursor: 'c1' }));
    await spec.answer(spec.sut.loadOlder(), (r) => r.url === '/api/journeys/j1/conversation', { message: 'Try again' }, { status: 503, statusText: 'Unavailable' });
    expect(spec.sut.messages().map((m) => m.id)).toEqual(['m1']);
    expect(spec.sut.olderProblem()).toBeTruthy();
    expect(spec.sut.loadingOlder()).toBe(false);
  });

  it('should send with the Idempotency-Key and add the message at the end', async () => {
    await loadStaff();
    const sending = spec.sut.send('See you Tuesday', 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/conversation');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ body: 'See you Tuesday' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(message({ id: 'm2', mine: true, body: 'See you Tuesday' }));
    const result = await sending;
    expect(result.ok).toBe(true);
    expect(spec.sut.messages().map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(spec.sut.readFrom()).toBeNull();
  });

  it('should keep when her message will be read if she sent it while the service is closed', async () => {
    await spec.answer(spec.sut.load({ audience: 'her' }), '/api/my/conversation', view());
    const sending = spec.sut.send('Are you there?', 'key-2');
    const req = spec.backend.expectOne('/api/my/conversation');
    expect(req.request.body).toEqual({ body: 'Are you there?' });
    req.flush({ message: message({ id: 'm2', mine: true, authorRole: 'service_user' }), outsideOpeningHours: { readFrom: '2026-03-09T09:00:00Z' } });
    await sending;
    expect(spec.sut.readFrom()).toBe('2026-03-09T09:00:00Z');
    expect(spec.sut.messages()).toHaveLength(2);
  });

  it('should not add a message twice when a resent request answers with the same one', async () => {
    await loadStaff();
    await spec.answer(spec.sut.send('Hi', 'k'), '/api/journeys/j1/conversation', message({ id: 'm2', mine: true }));
    await spec.answer(spec.sut.send('Hi', 'k'), '/api/journeys/j1/conversation', message({ id: 'm2', mine: true }));
    expect(spec.sut.messages().map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('should change a message at the version it holds and show the new words', async () => {
    await loadStaff(view({ messages: [message({ mine: true, version: 3 })] }));
    const editing = spec.sut.edit(spec.sut.messages()[0], 'Hello again');
    const req = spec.backend.expectOne('/api/conversation-messages/m1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ body: 'Hello again', version: 3 });
    req.flush(message({ mine: true, body: 'Hello again', version: 4, earlierVersions: [{ body: 'Hello', replacedAt: '2026-03-02T10:01:00Z' }] }));
    expect((await editing).ok).toBe(true);
    expect(spec.sut.messages()[0].body).toBe('Hello again');
  });

  it('should show the message as it is now after a stale version (409 with current)', async () => {
    await loadStaff(view({ messages: [message({ mine: true })] }));
    const editing = spec.sut.edit(spec.sut.messages()[0], 'Mine');
    spec.backend
      .expectOne('/api/conversation-messages/m1')
      .flush({ message: 'This message was changed since you opened it.', current: message({ mine: true, body: 'Theirs', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await editing;
    expect(result.ok).toBe(false);
    expect(spec.sut.messages()[0]).toMatchObject({ body: 'Theirs', version: 2 });
  });

  it('should change her own message through her portal route', async () => {
    await spec.answer(spec.sut.load({ audience: 'her' }), '/api/my/conversation', view({ messages: [message({ mine: true })] }));
    const editing = spec.sut.edit(spec.sut.messages()[0], 'Changed');
    spec.backend
      .expectOne('/api/my/conversation-messages/m1')
      .flush({ message: 'A message can be changed only in the first 5 minutes after it was sent.' }, { status: 409, statusText: 'Conflict' });
    const result = await editing;
    expect(result.ok).toBe(false);
    expect(spec.sut.messages()[0].body).toBe('Hello');
  });
});

describe('UnreadConversationsStore', () => {
  it('should count unread messages by journey and forget a journey once read', async () => {
    const backend = fakeApi();
    const sut = TestBed.inject(UnreadConversationsStore);
    await answer(backend, sut.load(), '/api/conversations/unread', [
      { journeyId: 'j1', unread: 2 },
      { journeyId: 'j2', unread: 0 },
    ]);
    expect(sut.count('j1')).toBe(2);
    expect(sut.count('j2')).toBe(0);
    sut.markRead('j1');
    expect(sut.count('j1')).toBe(0);
    backend.verify();
  });
});
