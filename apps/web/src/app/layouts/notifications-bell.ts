import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import type { NotificationView } from '@beside/shared/contracts';
import { formatLondonDateTime } from '@beside/shared/util';
import { NOTIFICATION_POLL_MS, NotificationsStore } from '@beside/web/safeguarding/data-access';
import { NOTIFICATION_KIND_LABELS } from '@beside/web/safeguarding/ui';

/**
 * The bell in the staff toolbar: unread count, and a menu of notifications that link to what they are about.
 * Each request renews the session's idle timer, so it polls only while someone is using the page:
 * an unattended screen still times out.
 */
@Component({
  selector: 'bs-notifications-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule],
  providers: [NotificationsStore],
  template: `
    <button mat-button type="button" class="bs-bell" [matMenuTriggerFor]="menu" [attr.aria-label]="label()" (menuOpened)="store.refresh()">
      <svg class="bs-bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      @if (store.unread()) {
        <span class="bs-bell__count" aria-hidden="true">{{ store.unread() > 99 ? '99+' : store.unread() }}</span>
      }
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="bs-notifications-menu">
      @if (store.unread()) {
        <button mat-menu-item type="button" (click)="store.markAllRead()">Mark all as read</button>
      }
      @for (n of store.items(); track n.id) {
        <button mat-menu-item type="button" class="bs-notification" [class.bs-notification--unread]="!n.readAt" (click)="open(n)">
          <span class="bs-notification__kind">{{ n.readAt ? '' : 'Unread: ' }}{{ kinds[n.kind] }}</span>
          <span class="bs-notification__text">{{ n.text }}</span>
          <span class="bs-notification__time">{{ dateTime(n.createdAt) }}</span>
        </button>
      } @empty {
        <button mat-menu-item type="button" disabled>You have no notifications</button>
      }
      @if (store.failed()) {
        <button mat-menu-item type="button" disabled>We could not check for new notifications. We will try again.</button>
      }
    </mat-menu>
  `,
  styles: `
    .bs-bell {
      color: var(--mat-sys-on-primary) !important;
      min-width: 48px;
    }
    .bs-bell__icon {
      vertical-align: middle;
    }
    .bs-bell__count {
      display: inline-block;
      margin-left: 0.25rem;
      min-width: 1.5rem;
      padding: 0 0.375rem;
      border-radius: 0.75rem;
      background: #ffffff;
      color: #8c1d18;
      font-weight: 700;
      font-size: 0.875rem;
      line-height: 1.5rem;
    }
    .bs-notification {
      height: auto !important;
      padding-top: 0.5rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-notification span {
      display: block;
      line-height: 1.4;
      white-space: normal;
    }
    .bs-notification__kind {
      font-size: 0.875rem;
      color: var(--bs-text-secondary);
    }
    .bs-notification--unread .bs-notification__text {
      font-weight: 700;
    }
    .bs-notification__time {
      font-size: 0.875rem;
      color: var(--bs-text-secondary);
    }
  `,
})
export class NotificationsBell implements OnInit {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly kinds = NOTIFICATION_KIND_LABELS;
  protected readonly dateTime = formatLondonDateTime;
  protected readonly label = computed(() => {
    const unread = this.store.unread();
    return unread ? `Notifications, ${unread} unread` : 'Notifications';
  });
  private activeSinceLastPoll = true;

  ngOnInit(): void {
    const seen = () => (this.activeSinceLastPoll = true);
    const events = ['pointerdown', 'keydown', 'scroll'] as const;
    for (const e of events) this.document.addEventListener(e, seen, { passive: true, capture: true });
    void this.store.refresh();
    const timer = setInterval(() => {
      if (this.document.visibilityState !== 'visible' || !this.activeSinceLastPoll) return;
      this.activeSinceLastPoll = false;
      void this.store.refresh();
    }, NOTIFICATION_POLL_MS);
    this.destroyRef.onDestroy(() => {
      clearInterval(timer);
      for (const e of events) this.document.removeEventListener(e, seen, { capture: true });
    });
  }

  protected async open(notification: NotificationView): Promise<void> {
    await this.store.markRead(notification);
    // Links are app routes from our own API; anything else is not followed.
    if (notification.link.startsWith('/') && !notification.link.startsWith('//')) void this.router.navigateByUrl(notification.link);
  }
}
