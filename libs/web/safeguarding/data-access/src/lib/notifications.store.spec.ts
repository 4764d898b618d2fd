import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { NotificationList } from '@beside/shared/contracts';
import { NotificationsStore } from './notifications.store';

const LIST: NotificationList = {
  unread: 2,
  items: [
    { id: 'n1', kind: 'concern.raised', text: 'New high concern C-1', link: '/concerns/c1', createdAt: '2026-03-01T09:00:00Z', readAt: null },
    { id: 'n2', kind: 'concern.overdue', text: 'Triage overdue C-2', link: '/concerns/c2', createdAt: '2026-03-01T08:00:00Z', readAt: null },
    { id: 'n3', kind: 'journey.reassigned', text: 'A journey was reassigned', link: '/caseload', createdAt: '2026-02-28T08:00:00Z', readAt: '2026-02-28T09:00:00Z' },
  ],
};

describe('NotificationsStore', () => {
  let sut: NotificationsStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [NotificationsStore, provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(NotificationsStore);
    backend = TestBed.inject(HttpTestingController);
    const refreshing = sut.refresh();
    backend.expectOne('/api/notifications').flush(LIST);
    await refreshing;
  });

  afterEach(() => backend.verify());

  it('should hold the list and the unread count', () => {
    expect(sut.items().length).toBe(3);
    expect(sut.unread()).toBe(2);
  });

  it('should mark one read and count one fewer unread', async () => {
    const marking = sut.markRead(sut.items()[0]);
    backend.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush(null, { status: 204, statusText: 'No Content' });
    await marking;
    expect(sut.unread()).toBe(1);
    expect(sut.items()[0].readAt).not.toBeNull();
  });

  it('should not ask again for one already read', async () => {
    await sut.markRead(sut.items()[2]);
    backend.expectNone('/api/notifications/n3/read');
    expect(sut.unread()).toBe(2);
  });

  it('should mark all read', async () => {
    const marking = sut.markAllRead();
    backend.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush(null, { status: 204, statusText: 'No Content' });
    await marking;
    expect(sut.unread()).toBe(0);
    expect(sut.items().every((n) => n.readAt)).toBe(true);
  });

  it('should keep what it has and say so when a poll fails', async () => {
    const refreshing = sut.refresh();
    backend.expectOne('/api/notifications').flush(null, { status: 0, statusText: 'Unknown Error' });
    await refreshing;
    expect(sut.failed()).toBe(true);
    expect(sut.unread()).toBe(2);
  });
});
