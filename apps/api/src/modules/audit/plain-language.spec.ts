import { ACCESS_LOG_PHRASES, describeForHer, describeForStaff } from './plain-language';

describe('describeForHer', () => {
  it.each([
    ['journey.read', 'journey', 'Looked at your journey'],
    ['journey.list', 'journey', 'Saw your journey in a list'],
    ['journey.reassigned', 'journey', 'Changed who your advocates are'],
    ['journey.break_glass', 'journey', 'Opened your record in an emergency and gave a reason'],
    ['service_user.update', 'service_user', 'Updated your details'],
    ['service_user.updated', 'service_user', 'Updated your details'],
    ['service_user.export', 'service_user', 'Downloaded a copy of your data'],
    ['appointment.list', 'appointment', 'Looked at your appointments'],
    ['appointment.export', 'appointment', 'Saved an appointment to a calendar'],
    ['accompaniment.created', 'accompaniment', 'Planned who comes with you to an appointment'],
    ['plan.read', 'plan', 'Looked at your plan'],
    ['step.created', 'step', 'Added a step to your plan'],
    ['check_in.list', 'check_in', 'Looked at your check-ins'],
    ['note.read', 'note', 'Read a note'],
    ['concern.updated', 'concern', 'Worked on a concern'],
    ['consent.created', 'consent', 'Wrote down a consent you gave'],
    ['change_proposal.list', 'change_proposal', 'Looked at the changes you asked for'],
    ['change_proposal.updated', 'change_proposal', 'Answered a change you asked for'],
    ['change_proposal.read', 'change_proposal', 'Looked at a change you asked for'],
    ['account.invited', 'user_account', 'Invited you to use Beside'],
    ['audit.access_log_read', 'audit_event', 'Looked at who has looked at your record'],
  ])('should say %s on a %s as "%s"', (action, entity, words) => {
    expect(describeForHer(action, entity)).toBe(words);
  });

  it('should fall back to plain words for actions it does not know', () => {
    expect(describeForHer('something.new', 'thing')).toBe('Used your record');
    expect(describeForHer('goal.delete', 'goal')).toBe('Removed something from your record');
    expect(describeForHer('step.deleted', 'step')).toBe('Removed a step from your plan');
    expect(describeForHer('thing.list', 'thing')).toBe('Looked at a list with your record');
  });

  it('should make every sentence short and plain: no codes, no awkward doubling', () => {
    for (const phrase of ACCESS_LOG_PHRASES) {
      expect([phrase, /^[A-Z][a-z]/.test(phrase)]).toEqual([phrase, true]);
      expect([phrase, phrase.split(' ').length <= 10]).toEqual([phrase, true]);
      expect(phrase).not.toMatch(/_|\.|,|Saw in a list|Changed a change|Used /);
    }
  });
});

describe('describeForStaff', () => {
  it('should say a failed sign-in failed, not "Signed in … denied"', () => {
    expect(describeForStaff('auth.sign_in', 'user_account', 'denied')).toBe('Sign-in failed');
    expect(describeForStaff('auth.sign_in', 'user_account', 'success')).toBe('Signed in');
  });

  it('should never show a code for an action it does not know', () => {
    expect(describeForStaff('widget.created', 'service_user', 'success')).toBe('Added her details');
    expect(describeForStaff('widget.read', 'user_account', 'success')).toBe('Looked at an account');
    expect(describeForStaff('widget.frobbed', 'some_new_thing', 'success')).not.toMatch(/[._]/);
  });
});

describe('describeForHer: challenges and safety planning', () => {
  it('should tell her in her words what was done with her complaints, letters, documents, assessments and safety plan', () => {
    expect(describeForHer('challenge.stage_moved', 'challenge')).toBe('Moved a complaint or appeal to its next step');
    expect(describeForHer('letter.shared', 'letter')).toBe('Shared a letter with you');
    expect(describeForHer('document.downloaded', 'document')).toBe('Opened a document');
    expect(describeForHer('risk_assessment.created', 'risk_assessment')).toBe('Wrote down a checklist done with you');
    expect(describeForHer('safety_plan.section_saved', 'safety_plan')).toBe('Wrote in your plan');
    expect(describeForHer('sharing_decision.recorded', 'sharing_decision')).toBe('Wrote down that your information was shared with another agency');
  });
});
