import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { InvitationCreated } from '@beside/shared/contracts';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { InviteForm } from './invite-form';

function render(invitation: (InvitationCreated & { email: string }) | null): string {
  TestBed.configureTestingModule({
    providers: [{ provide: JourneyStore, useValue: { invitation: signal(invitation), profile: signal(null), invite: jest.fn() } }],
  });
  const fixture = TestBed.createComponent(InviteForm);
  fixture.detectChanges();
  return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
}

const sent = { accountId: 'a1', expiresAt: '2026-12-10T09:00:00Z', awaitingApproval: false, email: 'iris@example.test' };

describe('InviteForm', () => {
  it('should say where the invitation went when it was sent', () => {
    const text = render({ ...sent, notSentBecause: null });
    expect(text).toContain('Invitation sent to iris@example.test');
    expect(text).not.toContain('not sent');
  });

  it('should say plainly when it was not sent, and why, never as a success', () => {
    const text = render({ ...sent, notSentBecause: 'She has not marked email or text as a safe way to contact her.' });
    expect(text).toContain(
      'The invitation was not sent: She has not marked email or text as a safe way to contact her. Update her safe contact, then send it again.',
    );
    expect(text).not.toContain('Invitation sent to');
  });
});
