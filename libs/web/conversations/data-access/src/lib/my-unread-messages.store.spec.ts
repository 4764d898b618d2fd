import { TestBed } from '@angular/core/testing';
import { answer, fakeApi } from '@beside/web/core/testing';
import { MyUnreadMessagesStore } from './my-unread-messages.store';

describe('MyUnreadMessagesStore', () => {
  it('should count her unread messages without reading them, and clear the count while she reads', async () => {
    const backend = fakeApi();
    const sut = TestBed.inject(MyUnreadMessagesStore);
    await answer(backend, sut.load(), { method: 'GET', url: '/api/my/conversation/unread' }, { unread: 3 });
    expect(sut.count()).toBe(3);
    sut.markRead();
    expect(sut.count()).toBe(0);
    backend.verify();
  });
});
