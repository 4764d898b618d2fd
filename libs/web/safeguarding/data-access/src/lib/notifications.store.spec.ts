import type { NotificationList } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
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
  const spec = storeSpec(NotificationsStore);

  beforeEach(async () => {
    await spec.answer(spec.sut.refresh(), '/api/notifications', LIST);
  });

  it('should hold the list and the unread count', () => {
    expect(spec.sut.items().length).toBe(3);
    expect(spec.sut.unread()).toBe(2);
  });

  it('should mark one read and count one fewer unread', async () => {
    await spec.answer(spec.sut.markRead(spec.sut.items()[0]), { method: 'POST', url: '/api/notifications/n1/read' }, null, { status: 204, statusText: 'No Content' });
    expect(spec.sut.unread()).toBe(1);
    expect(spec.sut.items()[0].readAt).not.toBeNull();
  });

  it('should not ask again for one already read', async () => {
    await spec.sut.markRead(spec.sut.items()[2]);
    spec.backend.expectNone('/api/notifications/n3/read');
    expect(spec.sut.unread()).toBe(2);
  });

  it('should mark all read', async () => {
    await spec.answer(spec.sut.markAllRead(), { method: 'POST', url: '/api/notifications/read-all' }, null, { status: 204, statusText: 'No Content' });
    expect(spec.sut.unread()).toBe(0);
    expect(spec.sut.items().every((n) => n.readAt)).toBe(true);
  });

  it('should keep what it has and say so when a poll fails', async () => {
    await spec.answer(spec.sut.refresh(), '/api/notifications', null, { status: 0, statusText: 'Unknown Error' });
    expect(spec.sut.failed()).toBe(true);
    expect(spec.sut.unread()).toBe(2);
  });
});
