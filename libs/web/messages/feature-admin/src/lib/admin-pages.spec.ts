import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { SentMessageView, UndeliveredMessageView } from '@beside/shared/contracts';
import { apiSpec } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { SentMessagesPage } from './sent-messages-page';
import { UndeliveredPage } from './undelivered-page';

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r));
};

const message = (overrides: Partial<UndeliveredMessageView>): UndeliveredMessageView => ({
  id: 'm1',
  purpose: 'reminder',
  channel: 'text',
  status: 'failed',
  attempts: 5,
  reason: 'The provider refused the number',
  toWoman: true,
  createdAt: '2026-12-01T09:00:00Z',
  lastAttemptAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

describe('admin message pages', () => {
  const answer = { value: true };
  // The confirmation dialog answers as the test says.
  const api = apiSpec({ provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(answer.value) }) } });

  it('should list what was not delivered with its marker and reason, and offer Send again only for a failed one', async () => {
    const fixture = TestBed.createComponent(UndeliveredPage);
    api.backend.expectOne('/api/messages/undelivered').flush([message({}), message({ id: 'm2', status: 'withdrawn', toWoman: false, purpose: 'staff_alert' })]);
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const items = [...el.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Appointment reminder');
    expect(items[0].textContent).toContain('To a woman supported');
    expect(items[0].textContent).toContain('The provider refused the number');
    expect(items[0].querySelector('button')?.textContent).toContain('Send again');
    expect(items[1].textContent).not.toContain('To a woman supported');
    expect(items[1].textContent).toContain('Not sent');
    expect(items[1].querySelector('button')).toBeNull();
  });

  it('should send again only once confirmed, and say so', async () => {
    const fixture = TestBed.createComponent(UndeliveredPage);
    api.backend.expectOne('/api/messages/undelivered').flush([message({})]);
    await settle();
    fixture.detectChanges();
    const button = () => (fixture.nativeElement as HTMLElement).querySelector('li button') as HTMLButtonElement;

    answer.value = false;
    button().click();
    await settle();
    api.backend.expectNone('/api/messages/m1/retry');

    answer.value = true;
    button().click();
    await settle();
    api.backend.expectOne('/api/messages/m1/retry').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    api.backend.expectOne('/api/messages/undelivered').flush([]);
    await settle();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('The message is queued to be sent again.');
  });

  it('should show what the development inbox caught, its links as links and the rest as text', async () => {
    const fixture = TestBed.createComponent(SentMessagesPage);
    const caught: SentMessageView = {
      id: 's1',
      channel: 'email',
      to: ['iris@example.test'],
      from: '"Appointments" <no-reply@messages.invalid>',
      subject: 'Your invitation',
      text: 'Hello. <b>Choose</b> your password: http://localhost:3000/invitation#token=abc\nThanks',
      receivedAt: '2026-12-01T09:00:00Z',
    };
    api.backend.expectOne('/api/development/sent-messages').flush([caught]);
    await settle();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('This page exists only in development.');
    const link = el.querySelector('.bs-sent__text a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://localhost:3000/invitation#token=abc');
    expect(el.querySelector('.bs-sent__text b')).toBeNull();
    expect(el.querySelector('.bs-sent__text')?.textContent).toContain('<b>Choose</b>');
    expect(el.textContent).toContain('iris@example.test');
  });
});
