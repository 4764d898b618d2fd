import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MyUnreadMessagesStore } from './my-unread-messages.store';

describe('MyUnreadMessagesStore', () => {
  it('should count her unread messages without reading them, and clear the count while she reads', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const sut = TestBed.inject(MyUnreadMessagesStore);
    const backend = TestBed.inject(HttpTestingController);
    const loading = sut.load();
    backend.expectOne({ method: 'GET', url: '/api/my/conversation/unread' }).flush({ unread: 3 });
    await loading;
    expect(sut.count()).toBe(3);
    sut.markRead();
    expect(sut.count()).toBe(0);
    backend.verify();
  });
});
