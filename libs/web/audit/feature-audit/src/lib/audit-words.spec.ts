import { describeAuditEvent } from '@beside/shared/contracts';

// The audit page's words come from the shared describer (the CSV's plain column uses it too).
describe('describeAuditEvent on the audit page', () => {
  it('should say a failed sign-in failed, not "Signed in … denied"', () => {
    expect(describeAuditEvent({ action: 'auth.sign_in', entityType: 'user_account', outcome: 'denied' })).toBe('Sign-in failed');
  });

  it('should name known actions in plain words', () => {
    expect(describeAuditEvent({ action: 'journey.break_glass', entityType: 'journey', outcome: 'success' })).toBe('Used emergency access to open a journey');
    expect(describeAuditEvent({ action: 'service_user.read', entityType: 'service_user', outcome: 'success' })).toBe('Looked at her details');
  });

  it('should still say something readable, with no codes, for a new action', () => {
    expect(describeAuditEvent({ action: 'appointment.created', entityType: 'appointment', outcome: 'success' })).toBe('Added an appointment');
    expect(describeAuditEvent({ action: 'widget.frobbed', entityType: 'user_account', outcome: 'success' })).toBe('Worked on an account');
  });
});
