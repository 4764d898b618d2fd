import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NotificationList } from '@beside/shared/contracts';
import { NOTIFICATION_POLL_MS } from '@beside/web/safeguarding/data-access';
import { NotificationsBell } from './notifications-bell';

const EMPTY: NotificationList = { items: [], unread: 0 };
const ONE: NotificationList = {
  unread: 1,
  items: [{ id: 'n1', kind: 'concern.raised', text: 'New high concern C-1', link: '/concerns/c1', createdAt: '2026-03-01T09:00:00Z', readAt: null }],
};

describe('NotificationsBell', () => {
  let fixture: ComponentFixture<NotificationsBell>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationsBell);
    fixture.detectChanges();
    backend.expectOne('/api/notifications').flush(ONE);
    await Promise.resolve();
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    fixture.destroy();
    jest.useRealTimers();
  });

  it('should show the unread count in its name', () => {
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.getAttribute('aria-label')).toBe('Notifications, 1 unread');
  });

  it('should ask again each minute while someone is using the page', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    jest.advanceTimersByTime(NOTIFICATION_POLL_MS);
    backend.expectOne('/api/notifications').flush(EMPTY);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    jest.advanceTimersByTime(NOTIFICATION_POLL_MS);
    backend.expectOne('/api/notifications').flush(EMPTY);
  });

  it('should stop asking on an unattended screen, so that the session can still time out', () => {
    // The first minute counts the time before the bell appeared as use; after that only real use does.
    jest.advanceTimersByTime(NOTIFICATION_POLL_MS);
    backend.expectOne('/api/notifications').flush(EMPTY);
    jest.advanceTimersByTime(5 * NOTIFICATION_POLL_MS);
    backend.expectNone('/api/notifications');
  });

  it('should stop asking once the staff pages are gone', () => {
    fixture.destroy();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    jest.advanceTimersByTime(3 * NOTIFICATION_POLL_MS);
    backend.expectNone('/api/notifications');
  });
});
