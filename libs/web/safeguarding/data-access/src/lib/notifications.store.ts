import { computed, inject, Injectable, signal } from '@angular/core';
import type { NotificationView } from '@beside/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { SafeguardingApi } from './safeguarding-api';

export const NOTIFICATION_POLL_MS = 60_000;

/** The signed-in member of staff's in-app notifications (the bell reads them again every minute while she uses the page). */
@Injectable()
export class NotificationsStore {
  private readonly api = inject(SafeguardingApi);
  readonly items = signal<NotificationView[]>([]);
  readonly unread = signal(0);
  readonly failed = signal(false);
  readonly hasUnread = computed(() => this.unread() > 0);

  async refresh(): Promise<void> {
    try {
      const list = await firstValueFrom(this.api.notifications());
      this.items.set(list.items);
      this.unread.set(list.unread);
      this.failed.set(false);
    } catch {
      // A missed poll is not worth an alarm: the next one tries again, and the bell says so meanwhile.
      this.failed.set(true);
    }
  }

  async markRead(notification: NotificationView): Promise<void> {
    if (notification.readAt) return;
    try {
      await firstValueFrom(this.api.markRead(notification.id));
      const now = new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.id === notification.id ? { ...n, readAt: now } : n)));
      this.unread.update((count) => Math.max(0, count - 1));
    } catch {
      this.failed.set(true);
    }
  }

  async markAllRead(): Promise<void> {
    try {
      await firstValueFrom(this.api.markAllRead());
      const now = new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
      this.unread.set(0);
    } catch {
      this.failed.set(true);
    }
  }
}
